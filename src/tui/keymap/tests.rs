//! The key map's rules: no key bound twice, text fields swallow typing, a way out of every screen.

use super::*;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn digits_rate_at_their_level() {
    assert_eq!(
        resolve(Ctx::Assess, &press(KeyCode::Char('1'))),
        Some(Action::Rate(0))
    );
    assert_eq!(
        resolve(Ctx::Assess, &press(KeyCode::Char('4'))),
        Some(Action::Rate(3))
    );
    assert_eq!(
        resolve(Ctx::Assess, &press(KeyCode::Char('7'))),
        Some(Action::Rate(6))
    );
    assert_eq!(resolve(Ctx::Home, &press(KeyCode::Char('4'))), None);
}

#[test]
fn typing_in_a_text_field_is_not_a_command() {
    assert_eq!(resolve(Ctx::Editor, &press(KeyCode::Char('?'))), None);
    assert_eq!(resolve(Ctx::Filter, &press(KeyCode::Char('q'))), None);
    assert_eq!(resolve(Ctx::NewForm, &press(KeyCode::Char('n'))), None);
    assert_eq!(
        resolve(Ctx::Home, &press(KeyCode::Char('?'))),
        Some(Action::Help)
    );
}

#[test]
fn ctrl_c_quits_even_while_typing() {
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(resolve(Ctx::Editor, &ctrl_c), Some(Action::Quit));
    assert_eq!(resolve(Ctx::Assess, &ctrl_c), Some(Action::Quit));
}

#[test]
fn shifted_characters_match_without_naming_shift() {
    let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(resolve(Ctx::Home, &shifted), Some(Action::Bottom));
    let theme = KeyEvent::new(KeyCode::Char('T'), KeyModifiers::SHIFT);
    assert_eq!(resolve(Ctx::Assess, &theme), Some(Action::CycleTheme));
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for a in BINDINGS {
        for b in BINDINGS {
            if std::ptr::eq(a, b) || a.ctx != b.ctx {
                continue;
            }
            for k in a.keys {
                assert!(!b.keys.contains(k), "{:?} bound twice in {:?}", k, a.ctx);
            }
        }
    }
}

#[test]
fn context_keys_do_not_shadow_global_ones_by_accident() {
    // A context binding for a global key would silently hide it from that screen.
    let globals: Vec<&Key> = BINDINGS
        .iter()
        .filter(|b| b.ctx == Ctx::Global)
        .flat_map(|b| b.keys)
        .collect();
    for b in BINDINGS
        .iter()
        .filter(|b| b.ctx != Ctx::Global && b.ctx != Ctx::Help)
    {
        for k in b.keys {
            assert!(
                !globals.contains(&k),
                "{k:?} in {:?} hides a global key",
                b.ctx
            );
        }
    }
}

#[test]
fn every_context_has_a_way_out_in_its_footer() {
    for &ctx in ALL.iter().filter(|c| **c != Ctx::Global) {
        assert!(footer(ctx).any(|b| is_way_out(b.action)), "{ctx:?}");
    }
}

// The key grammar (README "Key grammar"), checked over every context.

#[test]
fn all_lists_every_context_of_the_key_map() {
    for b in BINDINGS {
        assert!(ALL.contains(&b.ctx), "{:?} is missing from ALL", b.ctx);
    }
}

#[test]
fn esc_leaves_or_cancels_in_every_context() {
    let esc = press(KeyCode::Esc);
    for &ctx in ALL.iter().filter(|c| **c != Ctx::Global) {
        let action = resolve(ctx, &esc);
        assert!(
            matches!(action, Some(Action::Back | Action::Cancel | Action::Quit)),
            "Esc in {ctx:?} does {action:?}, not leave or cancel"
        );
    }
}

#[test]
fn question_mark_helps_everywhere_and_f1_while_typing() {
    for &ctx in ALL.iter().filter(|c| **c != Ctx::Global) {
        let (key, want) = match ctx {
            // `?` closes help again.
            Ctx::Help => (press(KeyCode::Char('?')), Action::Back),
            c if c.is_text() => (press(KeyCode::F(1)), Action::Help),
            _ => (press(KeyCode::Char('?')), Action::Help),
        };
        assert_eq!(resolve(ctx, &key), Some(want), "{ctx:?}");
    }
}

#[test]
fn slash_filters_every_list() {
    for &ctx in LISTS {
        assert_eq!(
            resolve(ctx, &press(KeyCode::Char('/'))),
            Some(Action::Filter),
            "{ctx:?}"
        );
    }
}

/// Each character key means one kind of thing on every screen: every binding of
/// a character (outside text fields and y/n questions) is one the grammar allows.
#[test]
fn each_character_means_one_kind_of_thing_everywhere() {
    for b in BINDINGS
        .iter()
        .filter(|b| !b.ctx.is_text() && b.ctx != Ctx::Confirm)
    {
        for k in b.keys {
            let KeyCode::Char(c) = k.code else { continue };
            if k.mods.contains(KeyModifiers::CONTROL) {
                continue;
            }
            let c = if ('1'..='7').contains(&c) { '1' } else { c };
            let Some((_, meaning, allowed)) = GRAMMAR.iter().find(|(g, _, _)| *g == c) else {
                panic!(
                    "{c:?} ({:?} in {:?}) is not in the key grammar",
                    b.action, b.ctx
                );
            };
            let action = match b.action {
                Action::Rate(_) => Action::Rate(0),
                a => a,
            };
            assert!(
                allowed.contains(&action),
                "{c:?} means {meaning:?}, but does {action:?} in {:?}",
                b.ctx
            );
        }
    }
}

/// Control keys too: Ctrl-S saves or creates wherever it is bound.
#[test]
fn control_keys_mean_one_thing_everywhere() {
    let grammar = [
        ('s', Action::Confirm),
        ('r', Action::Redo),
        ('f', Action::Accept),
        ('c', Action::Quit),
    ];
    for b in BINDINGS {
        for k in b.keys {
            let KeyCode::Char(c) = k.code else { continue };
            if !k.mods.contains(KeyModifiers::CONTROL) {
                continue;
            }
            assert!(
                grammar.contains(&(c, b.action)),
                "Ctrl-{c} does {:?} in {:?}",
                b.action,
                b.ctx
            );
        }
    }
}

/// The table names its help lines and footer words by message id (which the
/// i18n test of literal ids cannot see): each must exist in every language.
#[test]
fn every_help_line_and_footer_word_is_a_message_in_every_language() {
    for lang in crate::i18n::Lang::ALL {
        let ids: std::collections::HashSet<String> = crate::i18n::message_ids(lang)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        for b in BINDINGS {
            assert!(b.help.starts_with("keys-"), "{}", b.help);
            assert!(ids.contains(b.help), "{lang}: no message {}", b.help);
            assert!(
                b.footer.is_empty() || ids.contains(b.footer),
                "{lang}: no message {}",
                b.footer
            );
        }
    }
}

#[test]
fn the_language_key_switches_on_every_screen_but_text_fields() {
    let l = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
    for &ctx in ALL.iter().filter(|c| **c != Ctx::Global) {
        // In a text field `L` types an L.
        let want = (!ctx.is_text()).then_some(Action::SwitchLanguage);
        assert_eq!(resolve(ctx, &l), want, "{ctx:?}");
    }
}

#[test]
fn the_editor_saves_with_ctrl_s_and_cancels_with_esc() {
    let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(resolve(Ctx::Editor, &ctrl_s), Some(Action::Confirm));
    assert_eq!(
        resolve(Ctx::Editor, &press(KeyCode::Esc)),
        Some(Action::Cancel)
    );
}
