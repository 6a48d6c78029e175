//! Key remaps from the settings file (`[keys]`, e.g. `quit = "x"`): the character keys
//! of an action are replaced by the ones named, on every screen where the action has
//! character keys. Named keys (Esc, Enter, arrows, Ctrl-C) keep working, and text
//! fields are never remapped, so typing is never taken over.

use super::action::Action;
use super::keymap::{self, BINDINGS, Binding, Ctx, Key};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::borrow::Cow;
use std::ops::Range;

/// The remaps in force; empty: the key map as built.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remap {
    entries: Vec<(Action, Vec<Key>)>,
}

/// One `[keys]` line as read from the file: the action's name and the keys given,
/// each with where it is (byte spans), for located errors.
pub struct Entry {
    pub name: String,
    pub name_span: Range<usize>,
    pub keys: Vec<(String, Range<usize>)>,
}

fn is_char(k: &Key) -> bool {
    matches!(k.code, KeyCode::Char(_))
        && !k.mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// `CycleTheme` → `cycle_theme`; the digits' `Rate(0)` → `rate`.
pub fn action_name(action: Action) -> String {
    let debug = format!("{action:?}");
    let mut name = String::new();
    for c in debug.chars().take_while(|c| c.is_alphanumeric()) {
        if c.is_uppercase() && !name.is_empty() {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    name
}

/// The actions a remap may name: every action of the key map but the digits.
pub fn actions() -> Vec<Action> {
    let mut all: Vec<Action> = Vec::new();
    for b in BINDINGS {
        if !matches!(b.action, Action::Rate(_)) && !all.contains(&b.action) {
            all.push(b.action);
        }
    }
    all
}

/// The actions a remap can change: those with a character key outside text fields.
pub fn remappable() -> Vec<Action> {
    actions()
        .into_iter()
        .filter(|a| {
            BINDINGS
                .iter()
                .any(|b| b.action == *a && !b.ctx.is_text() && b.keys.iter().any(is_char))
        })
        .collect()
}

/// How a key is written in help and the footer.
pub fn key_label(k: &Key) -> String {
    let base = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "S-Tab".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if k.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}

/// A key as the settings file writes it: one character, or `Space`.
pub fn parse_key(text: &str) -> Result<Key, String> {
    let mut chars = text.chars();
    let code = match (chars.next(), chars.next()) {
        _ if text.eq_ignore_ascii_case("space") => KeyCode::Char(' '),
        (Some(c), None) if !c.is_whitespace() && !c.is_control() => KeyCode::Char(c),
        _ => {
            return Err(crate::t!("keys-remap-not-a-key", key = format!("{text:?}")));
        }
    };
    Ok(Key {
        code,
        mods: KeyModifiers::NONE,
    })
}

impl Remap {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn for_action(&self, action: Action) -> Option<&[Key]> {
        self.entries
            .iter()
            .find(|(a, _)| *a == action)
            .map(|(_, k)| k.as_slice())
    }

    /// Whether a remap changes `b` (it has character keys, outside a text field).
    fn changes(&self, b: &Binding) -> bool {
        !b.ctx.is_text() && self.for_action(b.action).is_some() && b.keys.iter().any(is_char)
    }

    /// The keys of `b` with the remaps applied: the new keys, then its named keys.
    pub fn keys(&self, b: &Binding) -> Cow<'static, [Key]> {
        match self.for_action(b.action) {
            Some(new) if self.changes(b) => {
                let mut keys = new.to_vec();
                keys.extend(b.keys.iter().filter(|k| !is_char(k)));
                Cow::Owned(keys)
            }
            _ => Cow::Borrowed(b.keys),
        }
    }

    /// How `b`'s keys are written in help and the footer.
    pub fn label(&self, b: &Binding) -> Cow<'static, str> {
        if !self.changes(b) {
            return Cow::Borrowed(b.label);
        }
        let labels: Vec<String> = self.keys(b).iter().map(key_label).collect();
        Cow::Owned(labels.join("/"))
    }

    /// `b`'s help text in this thread's language; one naming a replaced key
    /// ("(also l)") drops that part.
    pub fn help(&self, b: &Binding) -> String {
        let text = b.help_text();
        let also = format!(" ({} ", crate::t!("keys-help-also"));
        match text.find(&also) {
            Some(i) if self.changes(b) => text[..i].to_string(),
            _ => text,
        }
    }

    /// How a message names the key for `action` in `ctx` (falling back to the
    /// global bindings): the first of its keys with the remaps applied ("u", or the
    /// key the settings gave instead). Empty if nothing binds it there.
    pub fn key_name(&self, ctx: Ctx, action: Action) -> String {
        [ctx, Ctx::Global]
            .iter()
            .find_map(|c| BINDINGS.iter().find(|b| b.ctx == *c && b.action == action))
            .and_then(|b| self.keys(b).first().map(key_label))
            .unwrap_or_default()
    }

    /// What a key does in `ctx` with the remaps applied (see [`keymap::resolve`]).
    pub fn resolve(&self, ctx: Ctx, event: &KeyEvent) -> Option<Action> {
        keymap::resolve_with(ctx, event, |b| self.keys(b))
    }

    /// Builds the remaps of a `[keys]` table, refusing unknown actions, keys that are
    /// not keys, actions without a character key to replace, and any key that would
    /// then mean two things in one place. Problems come with the span they concern.
    pub fn build(entries: &[Entry]) -> Result<Remap, Vec<(Range<usize>, String)>> {
        let known = actions();
        let mut problems = Vec::new();
        let mut remap = Remap::default();
        let mut spans: Vec<(Action, Key, Range<usize>)> = Vec::new();
        for entry in entries {
            let Some(action) = known
                .iter()
                .copied()
                .find(|a| action_name(*a) == entry.name)
            else {
                problems.push((
                    entry.name_span.clone(),
                    crate::t!(
                        "keys-remap-unknown-action",
                        action = format!("{:?}", entry.name)
                    ),
                ));
                continue;
            };
            if !remappable().contains(&action) {
                let mut named: Vec<String> = Vec::new();
                for k in BINDINGS
                    .iter()
                    .filter(|b| b.action == action)
                    .flat_map(|b| b.keys)
                {
                    if !named.contains(&key_label(k)) {
                        named.push(key_label(k));
                    }
                }
                problems.push((
                    entry.name_span.clone(),
                    crate::t!(
                        "keys-remap-named-keys-only",
                        action = &entry.name,
                        keys = named.join(", ")
                    ),
                ));
                continue;
            }
            let mut keys = Vec::new();
            for (text, span) in &entry.keys {
                match parse_key(text) {
                    Ok(k) if keys.contains(&k) => {}
                    Ok(k) => {
                        keys.push(k);
                        spans.push((action, k, span.clone()));
                    }
                    Err(why) => problems.push((span.clone(), why)),
                }
            }
            if entry.keys.is_empty() {
                problems.push((
                    entry.name_span.clone(),
                    crate::t!("keys-remap-no-key", action = &entry.name),
                ));
            }
            remap.entries.push((action, keys));
        }
        {
            for (action, key, span) in spans {
                if let Some(why) = remap.conflict(action, &key) {
                    problems.push((span, why));
                }
            }
        }
        if problems.is_empty() {
            Ok(remap)
        } else {
            Err(problems)
        }
    }

    /// Why `key`, given to `action`, would mean two things somewhere; `None` if not.
    fn conflict(&self, action: Action, key: &Key) -> Option<String> {
        let has = |b: &Binding| self.keys(b).contains(key);
        let shown = key_label(key);
        let name = action_name(action);
        for b in BINDINGS
            .iter()
            .filter(|b| b.action == action && self.changes(b))
        {
            // In the same place; and a screen's key hides a global one (help aside,
            // where `?` closing help is meant).
            let clash = BINDINGS.iter().find(|o| {
                o.action != action
                    && has(o)
                    && (o.ctx == b.ctx
                        || (b.ctx == Ctx::Global && !o.ctx.is_text() && o.ctx != Ctx::Help)
                        || (o.ctx == Ctx::Global && b.ctx != Ctx::Help))
            });
            if let Some(o) = clash {
                let taken = action_name(o.action);
                let key = format!("{shown:?}");
                return Some(if o.ctx == Ctx::Global {
                    crate::t!(
                        "keys-remap-taken-everywhere",
                        key = key,
                        action = &name,
                        other = &taken
                    )
                } else {
                    crate::t!(
                        "keys-remap-taken",
                        key = key,
                        action = &name,
                        other = &taken,
                        place = o.ctx.title()
                    )
                });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, keys: &[&str]) -> Entry {
        Entry {
            name: name.into(),
            name_span: 0..1,
            keys: keys.iter().map(|k| (k.to_string(), 2..3)).collect(),
        }
    }

    #[test]
    fn names_are_snake_case_and_cover_the_key_map() {
        assert_eq!(action_name(Action::CycleTheme), "cycle_theme");
        assert_eq!(action_name(Action::Rate(3)), "rate");
        assert!(actions().contains(&Action::Quit));
        assert!(!actions().iter().any(|a| matches!(a, Action::Rate(_))));
    }

    #[test]
    fn a_remap_replaces_character_keys_and_keeps_named_ones() {
        let remap = Remap::build(&[entry("quit", &["x"])]);
        // `x` exports on the home screen: refused.
        assert!(remap.is_err());
        let remap = Remap::build(&[entry("quit", &["Q"])]).unwrap();
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        let big_q = KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::SHIFT);
        assert_eq!(remap.resolve(Ctx::Home, &big_q), Some(Action::Quit));
        // Esc (clear the filter, with none quit) is a named key: kept.
        assert_eq!(remap.resolve(Ctx::Home, &esc), Some(Action::Cancel));
        assert_eq!(remap.resolve(Ctx::Home, &q), None);
        // Text fields are untouched.
        assert_eq!(remap.resolve(Ctx::Filter, &big_q), None);
    }

    #[test]
    fn help_drops_the_replaced_key_in_either_language() {
        use crate::i18n::{Lang, scoped};
        let next = BINDINGS
            .iter()
            .find(|b| b.ctx == Ctx::Assess && b.action == Action::NextIndicator)
            .unwrap();
        let plain = Remap::default();
        let remapped = Remap::build(&[entry("next_indicator", &["f"])]).unwrap();
        assert_eq!(plain.help(next), "next indicator (also l)");
        assert_eq!(remapped.help(next), "next indicator");
        scoped(Lang::Es, || {
            assert_eq!(plain.help(next), "indicador siguiente (también l)");
            assert_eq!(remapped.help(next), "indicador siguiente");
        });
        assert_eq!(remapped.label(next), "f/→");
    }

    #[test]
    fn messages_name_keys_as_remapped() {
        let remapped = Remap::build(&[entry("restore_deleted", &["b"])]).unwrap();
        assert_eq!(remapped.key_name(Ctx::Home, Action::RestoreDeleted), "b");
        assert_eq!(
            Remap::default().key_name(Ctx::Home, Action::RestoreDeleted),
            "u"
        );
        // Global keys are found from any screen.
        assert_eq!(Remap::default().key_name(Ctx::Assess, Action::Help), "?");
        assert_eq!(Remap::default().key_name(Ctx::Home, Action::Reveal), "");
    }

    #[test]
    fn swapping_two_keys_is_not_a_conflict() {
        let remap = Remap::build(&[entry("quit", &["n"]), entry("new_assessment", &["q"])]);
        assert!(remap.is_ok(), "{:?}", remap.err());
    }
}
