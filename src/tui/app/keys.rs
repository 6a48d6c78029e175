//! Keys and other input as they arrive: a run of typed characters at once, the rest
//! resolved through the key map to an `Action` (or typed into the field in focus).

use super::*;

impl App {
    pub(super) fn handle_key_here(&mut self, key: KeyEvent) {
        let ctx = self.ctx();
        match self.keys.resolve(ctx, &key) {
            Some(action) => self.apply(action),
            None if ctx.is_text() => self.type_key(key),
            // Any other key closes help.
            None if ctx == Ctx::Help => self.close_help(),
            None if self.read_only => {
                self.status = Some(Status::info(crate::tui::capability::read_only_hint(
                    &self.keys,
                )))
            }
            None => self.status = Some(Status::info(self.unbound_hint(&key))),
        }
    }

    /// The quiet line an unbound key gets: "x does nothing here — ? for keys", with
    /// the help key as remapped.
    pub(super) fn unbound_hint_here(&self, key: &KeyEvent) -> String {
        let pressed = crate::tui::remap::key_label(&keymap::Key {
            code: key.code,
            mods: key.modifiers & KeyModifiers::CONTROL,
        });
        crate::t!(
            "common-unbound-key",
            key = pressed,
            help = self.key_name(Ctx::Global, Action::Help)
        )
    }

    /// How a message names the key for `action` in `ctx` (or everywhere), as the
    /// settings' `[keys]` table remaps it: "press u to bring it back".
    pub fn key_name(&self, ctx: Ctx, action: Action) -> String {
        self.keys.key_name(ctx, action)
    }

    /// Handles everything that arrived since the last frame, in order. Characters typed
    /// in a row into a text field are inserted at once, so a paste that arrives as
    /// thousands of key presses costs one insert rather than one per character (each
    /// insert costs as much as the text is long). `gate` sees every key first and may
    /// refuse it (over SSH: what a remote or read-only user may not do).
    ///
    /// Returns whether any of it may have changed what is shown (a key press, a paste,
    /// a click or the wheel; not a mouse move or a key release).
    pub(super) fn handle_inputs_here(
        &mut self,
        inputs: impl IntoIterator<Item = Input>,
        gate: &mut dyn FnMut(&mut App, &KeyEvent) -> bool,
    ) -> bool {
        // What keys do with time (pausing a session's clock) counts from now, however
        // long the app was idle.
        self.now = jiff::Timestamp::now().as_second();
        let mut run = String::new();
        let mut acted = false;
        for input in inputs {
            acted |= match &input {
                Input::Key(key) => key.kind == KeyEventKind::Press,
                Input::Paste(_) => true,
                Input::Mouse(mouse) => !matches!(
                    mouse.kind,
                    MouseEventKind::Moved | MouseEventKind::Drag(_) | MouseEventKind::Up(_)
                ),
            };
            if self.too_small() {
                // Nothing else shows: only what still makes sense without seeing the
                // screens acts (quit, help); the rest would act unseen.
                self.insert_run(&mut run);
                if let Input::Key(key) = input
                    && key.kind == KeyEventKind::Press
                    && self.acts_unseen(&key)
                    && gate(self, &key)
                {
                    self.handle_key(key);
                }
                continue;
            }
            match input {
                Input::Key(key) if key.kind != KeyEventKind::Press => {}
                Input::Mouse(mouse) => {
                    self.insert_run(&mut run);
                    if !self.mouse(mouse, gate) {
                        // The screen may have changed: the map no longer says what
                        // is where until the next frame.
                        self.hits.get_mut().clear();
                    }
                }
                Input::Key(key) => {
                    // Keys may move what the last frame drew; clicks wait for the next.
                    self.hits.get_mut().clear();
                    // Typing does not change where keys go, so the run stays valid.
                    if let Some(c) = typed_char(self.ctx(), &key) {
                        if gate(self, &key) {
                            run.push(c);
                        }
                        continue;
                    }
                    self.insert_run(&mut run);
                    if gate(self, &key) {
                        self.handle_key(key);
                    }
                }
                Input::Paste(text) => {
                    self.hits.get_mut().clear();
                    self.insert_run(&mut run);
                    self.paste(&text);
                }
            }
        }
        self.insert_run(&mut run);
        acted
    }

    /// Keys that act while the window is too small: quit, and opening or closing help.
    fn acts_unseen(&self, key: &KeyEvent) -> bool {
        let ctx = self.ctx();
        match self.keys.resolve(ctx, key) {
            Some(Action::Quit | Action::Help) => true,
            Some(Action::Back) => ctx == Ctx::Help,
            _ => false,
        }
    }
}

/// The character a key types into the text field of `ctx`, if it only types one:
/// a plain (or shifted) character that is not a command there, or Enter in the note
/// editor.
fn typed_char(ctx: Ctx, key: &KeyEvent) -> Option<char> {
    if !ctx.is_text() || keymap::resolve(ctx, key).is_some() {
        return None;
    }
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    match key.code {
        KeyCode::Char(c) if !c.is_control() => Some(c),
        KeyCode::Enter if ctx == Ctx::Editor => Some('\n'),
        _ => None,
    }
}
