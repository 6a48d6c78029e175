//! Each App speaks its own language. Every way in that can produce text — a key, a
//! batch of input, a paste, an action, a tick, a change from another connection, a
//! frame (`ui::draw`) — runs inside `i18n::scoped(self.lang, …)`, which puts the
//! thread's language back when it returns. So two Apps on one thread (or a pool of
//! connections sharing threads) never read each other's language, and nothing is left
//! set for longer than one call.

use super::*;
use crate::i18n::{self, Lang};

impl App {
    /// The language this App shows its screens in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Shows this App's screens in `lang` (an SSH connection: its client's language).
    pub fn in_language(mut self, lang: Lang) -> App {
        self.lang = lang;
        self
    }

    /// From now on shows this App's screens in `lang`.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// A key press, resolved through the key map (see `handle_key_here`).
    pub fn handle_key(&mut self, key: KeyEvent) {
        let lang = self.lang;
        i18n::scoped(lang, || self.handle_key_here(key))
    }

    /// Everything that arrived since the last frame (see `handle_inputs_here`).
    pub fn handle_inputs(
        &mut self,
        inputs: impl IntoIterator<Item = Input>,
        gate: &mut dyn FnMut(&mut App, &KeyEvent) -> bool,
    ) -> bool {
        let lang = self.lang;
        i18n::scoped(lang, || self.handle_inputs_here(inputs, gate))
    }

    /// The quiet line an unbound key gets (see `unbound_hint_here`).
    pub fn unbound_hint(&self, key: &KeyEvent) -> String {
        i18n::scoped(self.lang, || self.unbound_hint_here(key))
    }

    /// Does what `action` says (see `apply_here`).
    pub fn apply(&mut self, action: Action) {
        let lang = self.lang;
        i18n::scoped(lang, || self.apply_here(action))
    }

    /// Pasted text into the field in focus (see `paste_here`).
    pub fn paste(&mut self, text: &str) {
        let lang = self.lang;
        i18n::scoped(lang, || self.paste_here(text))
    }

    /// Other connections' commits and the clock (see `tick_here`).
    pub fn tick(&mut self) -> bool {
        let lang = self.lang;
        i18n::scoped(lang, || self.tick_here())
    }

    /// Moves the clock on (see `tick_clock_here`).
    pub fn tick_clock(&mut self) -> bool {
        let lang = self.lang;
        i18n::scoped(lang, || self.tick_clock_here())
    }

    /// A watcher's report of others' changes (see `notice_here`).
    pub fn notice(&mut self, changes: &Changes) -> bool {
        let lang = self.lang;
        i18n::scoped(lang, || self.notice_here(changes))
    }

    /// Reads what other connections changed (see `refresh_here`).
    pub fn refresh(&mut self) -> bool {
        let lang = self.lang;
        i18n::scoped(lang, || self.refresh_here())
    }
}
