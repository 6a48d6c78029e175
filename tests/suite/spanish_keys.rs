//! The keys in Spanish: the help overlay and the footer read in the thread's
//! language and hold at 80x24; `L` switches this person's language through the event
//! loop (saved in the settings file locally, nothing saved over SSH); status lines
//! that name a key name it as the settings' `[keys]` table remaps it.
//!
//! Regenerate the snapshots after an intended change:
//! `INSTA_UPDATE=always cargo test --test suite spanish_keys`, then read them.

use crate::snapshot::{cells_text, keys, press, render, screen_text, serialize};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::Duration;
use touchstone::i18n::{self, Lang};
use touchstone::rubric::Registry;
use touchstone::settings::{self, Settings};
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::app::Input;
use touchstone::tui::keymap::{self, Ctx};
use touchstone::tui::terminal::{Event, Events, run_loop};
use touchstone::tui::theme::{Theme, ThemeName};

/// An app on a fresh database in `dir` holding the usual Lincoln assessment, with
/// these settings, saving to `file` (`None`: as over SSH, nowhere).
fn app_in(dir: &Path, settings: &Settings, file: Option<PathBuf>) -> App {
    let mut store = Store::open(&dir.join("t.db")).expect("store");
    crate::common::lincoln(&mut store);
    let options = crate::common::options(Some(ThemeName::Default), None);
    App::new(store, Registry::bundled(), "tester".into(), options).with_settings(settings, file)
}

#[test]
fn help_over_the_assessing_screen_in_spanish() {
    i18n::scoped(Lang::Es, || {
        for (width, height) in [(80, 24), (160, 48)] {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut app = app_in(dir.path(), &Settings::default(), None);
            press(&mut app, KeyCode::Enter);
            press(&mut app, KeyCode::Char('?'));
            let screen = serialize(&render(&app, width, height));
            let text = screen_text(&app, width, height);
            // The help and its footer are Spanish; the language key is listed.
            assert!(text.contains("Evaluando"), "{text}");
            assert!(text.contains("Esc cerrar"), "{text}");
            if height > 24 {
                assert!(text.contains("cambiar de idioma"), "{text}");
                assert!(text.contains("En todas partes"), "{text}");
            } else {
                assert!(text.contains("↓ para ver más"), "{text}");
            }
            let mut settings = insta::Settings::clone_current();
            settings.set_description(format!(
                "Help (`?`) over the assessing screen, in Spanish ({width}x{height})"
            ));
            settings.set_omit_expression(true);
            settings.bind(|| {
                insta::assert_snapshot!(format!("help_es_{width}x{height}"), screen);
            });
        }
    });
}

/// Scrolled to the end at 80x24, help still lists the global keys, and every line
/// stays inside its box (a line longer than the box is cut with an ellipsis).
#[test]
fn help_in_spanish_scrolls_to_the_global_keys_at_80x24() {
    i18n::scoped(Lang::Es, || {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut app = app_in(dir.path(), &Settings::default(), None);
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('?'));
        for _ in 0..40 {
            press(&mut app, KeyCode::Down);
        }
        let text = screen_text(&app, 80, 24);
        assert!(
            text.contains("cambiar de idioma (English, español)"),
            "{text}"
        );
        assert!(
            text.contains("Cada cambio se guarda en el momento en que lo hace."),
            "{text}"
        );
        // The box's right border (column 77) is whole on every row it spans.
        for row in text.lines().skip(2).take(19) {
            let border = row.chars().nth(77);
            assert_eq!(border, Some('│'), "{text}");
        }
    });
}

/// A help line longer than the box ends in an ellipsis inside it.
#[test]
fn long_help_lines_are_cut_with_an_ellipsis() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &Settings::default(), None);
    // Summary's "submit the assessment: it then counts in the network (asks first)"
    // is longer than the box.
    keys(&mut app, "s?");
    let text = screen_text(&app, 80, 24);
    let row = text
        .lines()
        .find(|r| r.contains("submit the assessment"))
        .expect("the submit line");
    assert!(row.contains("network (asks fi…│"), "{text}");
}

/// A screen's footer as drawn (`ui::footer`, from the key map) in `lang` at `width`.
fn footer_at(ctx: Ctx, lang: Lang, width: usize) -> String {
    let theme = Theme::new(ThemeName::Default);
    i18n::scoped(lang, || {
        let line = touchstone::tui::ui::footer(
            &theme,
            &touchstone::tui::remap::Remap::default(),
            ctx,
            "1-4",
            width,
            "…",
        );
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    })
}

/// Every screen's footer, in English and Spanish at 80 and 100 columns, fits, keeps its
/// way out and `?`, and drops keys only from the least important: a kept key never
/// ranks below a dropped one, and when one is dropped `?` says "more".
#[test]
fn footers_keep_their_most_important_keys_at_80_and_100_columns() {
    for &ctx in keymap::ALL.iter().filter(|c| **c != Ctx::Global) {
        let ranked = keymap::footer_ranked(ctx);
        for lang in [Lang::En, Lang::Es] {
            for width in [80, 100] {
                let text = footer_at(ctx, lang, width);
                assert!(
                    unicode_width::UnicodeWidthStr::width(text.as_str()) <= width,
                    "{ctx:?} {lang:?} {width}: {text}"
                );
                let shown = |b: &keymap::Binding| {
                    let label = if b.label == "1-7" { "1-4" } else { b.label };
                    let word = i18n::scoped(lang, || b.footer_text());
                    let more = i18n::scoped(lang, || i18n::tr("keys-footer-more"));
                    text.split("  ").any(|h| {
                        h == format!("{label} {word}")
                            || (b.action == touchstone::tui::action::Action::Help
                                && h == format!("{label} {more}"))
                    })
                };
                let way_out = ranked
                    .iter()
                    .find(|(b, _)| keymap::is_way_out(b.action))
                    .expect("a way out");
                assert!(shown(way_out.0), "{ctx:?} {lang:?} {width}: {text}");
                let kept: Vec<usize> = ranked
                    .iter()
                    .filter(|(b, _)| shown(b))
                    .map(|r| r.1)
                    .collect();
                let dropped: Vec<usize> = ranked
                    .iter()
                    .filter(|(b, _)| !shown(b))
                    .map(|r| r.1)
                    .collect();
                let help = ranked
                    .iter()
                    .any(|(b, _)| b.action == touchstone::tui::action::Action::Help);
                if let Some(first_dropped) = dropped.iter().min() {
                    assert!(
                        kept.iter().all(|k| k < first_dropped),
                        "{ctx:?} {lang:?} {width}: {text}"
                    );
                    let more = i18n::scoped(lang, || i18n::tr("keys-footer-more"));
                    if help {
                        assert!(
                            text.ends_with(&format!("? {more}")),
                            "{ctx:?} {lang:?} {width}: {text}"
                        );
                    }
                } else if help {
                    let word = i18n::scoped(lang, || i18n::tr("keys-footer-help"));
                    assert!(
                        text.ends_with(&format!("? {word}")),
                        "{ctx:?} {lang:?} {width}: {text}"
                    );
                }
            }
        }
    }
}

/// The keys issue 24 found dropped: in Spanish at 80 columns the assessment footer kept
/// neither `s resumen` nor `u`; at 100 columns the coach's footer dropped `p`.
#[test]
fn the_assessment_and_coach_footers_keep_summary_undo_and_present() {
    for lang in [Lang::En, Lang::Es] {
        let assess = footer_at(Ctx::Assess, lang, 80);
        let (summary, undo) = i18n::scoped(lang, || {
            (
                i18n::tr("keys-footer-summary"),
                i18n::tr("keys-footer-undo"),
            )
        });
        assert!(
            assess.contains(&format!("s {summary}")),
            "{lang:?}: {assess}"
        );
        assert!(assess.contains(&format!("u {undo}")), "{lang:?}: {assess}");
        assert!(assess.starts_with("1-4 "), "{lang:?}: {assess}");
        for width in [80, 100] {
            let coach = footer_at(Ctx::Facilitate, lang, width);
            let present = i18n::scoped(lang, || i18n::tr("keys-footer-present"));
            assert!(
                coach.contains(&format!("p {present}")),
                "{lang:?} {width}: {coach}"
            );
        }
    }
    assert!(footer_at(Ctx::Assess, Lang::Es, 80).ends_with("? más"));
}

/// A scripted terminal: these keys, then Ctrl-C.
struct Script(VecDeque<KeyEvent>);

impl Events for Script {
    fn wait(&mut self, _timeout: Option<Duration>) -> std::io::Result<Option<Event>> {
        let key = self
            .0
            .pop_front()
            .unwrap_or_else(|| KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        Ok(Some(Event::Input(Input::Key(key))))
    }

    fn ready(&mut self) -> std::io::Result<Option<Event>> {
        Ok(None)
    }
}

fn shift_l() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT)
}

/// Runs the event loop on `app` at 80x24 with `L` pressed once; the last frame drawn
/// (before Ctrl-C quits) and the number of frames.
fn run_with_l(app: &mut App) -> (String, usize) {
    app.quit = false;
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut script = Script(VecDeque::from([shift_l()]));
    let frames = run_loop(&mut terminal, app, &mut script, &mut |_, _| true).expect("loop");
    (cells_text(terminal.backend().buffer()), frames)
}

#[test]
fn the_language_key_switches_english_spanish_english_through_the_event_loop() {
    let dir = tempfile::tempdir().expect("temp dir");
    // As over SSH: no settings file, so nothing is saved.
    let mut app = app_in(dir.path(), &Settings::default(), None);
    i18n::set(Lang::En);
    let (spanish, frames) = run_with_l(&mut app);
    assert_eq!(app.lang(), Lang::Es);
    assert_eq!(i18n::current(), Lang::En, "the thread keeps its language");
    // Drawn again at once after the key (the first frame, then the one after `L`).
    assert_eq!(frames, 2);
    assert!(spanish.contains("Idioma: español"), "{spanish}");
    assert!(spanish.contains("colores: normales · ? ayuda"), "{spanish}");
    assert!(
        spanish.contains("autoevaluación de escuela comunitaria"),
        "{spanish}"
    );
    assert!(spanish.contains("? ayuda"), "{spanish}");
    let (english, _) = run_with_l(&mut app);
    assert_eq!(app.lang(), Lang::En);
    assert!(english.contains("Language: English"), "{english}");
    assert!(english.contains("theme: default · ? help"), "{english}");
    assert!(
        english.contains("Touchstone · community school self-assessment"),
        "{english}"
    );
    // Nothing was written anywhere.
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert!(
        files
            .iter()
            .all(|f| f.to_string_lossy().starts_with("t.db")),
        "{files:?}"
    );
}

#[test]
fn the_language_key_saves_the_language_locally() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("config").join("settings.toml");
    let mut app = app_in(dir.path(), &Settings::default(), Some(file.clone()));
    i18n::set(Lang::En);
    keys(&mut app, "L");
    assert_eq!(app.lang(), Lang::Es);
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Idioma: español (guardado)")
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("saved"),
        "language = \"es\"\n"
    );
    // Back to English: the same line changes, the rest of the file is kept.
    std::fs::write(
        &file,
        "# mine\nlanguage = \"es\"  # for family night\ntheme = \"monochrome\"\n",
    )
    .expect("write");
    keys(&mut app, "L");
    assert_eq!(app.lang(), Lang::En);
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Language: English (saved)")
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("saved"),
        "# mine\nlanguage = \"en\"  # for family night\ntheme = \"monochrome\"\n"
    );
    let loaded = settings::load(&file).expect("valid settings");
    assert_eq!(loaded.language, Some(Lang::En));
    // A file that cannot be read as settings is left as it was, and the status says so.
    std::fs::write(&file, "language = \"es\n").expect("write");
    keys(&mut app, "L");
    assert_eq!(app.lang(), Lang::Es);
    let status = app.status.clone().expect("a status");
    assert!(status.text.contains("no se guardó"), "{}", status.text);
    assert_eq!(
        std::fs::read_to_string(&file).expect("kept"),
        "language = \"es\n"
    );
    i18n::set(Lang::En);
}

#[test]
fn the_app_starts_in_the_threads_language() {
    i18n::scoped(Lang::Es, || {
        let dir = tempfile::tempdir().expect("temp dir");
        let app = app_in(dir.path(), &Settings::default(), None);
        let text = screen_text(&app, 80, 24);
        assert!(text.contains("colores: normales · ? ayuda"), "{text}");
    });
}

/// Status lines that name a key name it as remapped (issue 14): the delete's "press
/// u to bring it back", the unknown-key hint, the title bar's help key and a viewer's
/// read-only hint.
#[test]
fn status_lines_name_the_remapped_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "[keys]\nrestore_deleted = \"b\"\nhelp = \"F\"\nsummary = \"z\"\n";
    let remapped = settings::parse("s", text, None).expect("valid remaps");
    let mut app = app_in(dir.path(), &remapped, None);
    keys(&mut app, "dy");
    let status = app.status.clone().expect("a status").text;
    assert!(status.ends_with("press b to bring it back"), "{status}");
    // (`v` is a key the list does not use; `o` now opens a school's outcomes.)
    keys(&mut app, "v");
    let status = app.status.clone().expect("a status").text;
    assert_eq!(status, "v does nothing here — F for keys");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("theme: default · F help"), "{screen}");
    // In Spanish too.
    app.set_lang(Lang::Es);
    keys(&mut app, "v");
    let status = app.status.clone().expect("a status").text;
    assert_eq!(status, "v no hace nada aquí — F muestra las teclas");
    // Submitting says which key reopens.
    let submit_dir = tempfile::tempdir().expect("temp dir");
    let reopen = settings::parse("s", "[keys]\nreopen = \"Z\"\n", None).expect("valid");
    let mut submitter = app_in(submit_dir.path(), &reopen, None);
    keys(&mut submitter, "sSy");
    let status = submitter.status.clone().expect("a status").text;
    assert_eq!(
        status,
        "Submitted: it now counts in the network's figures; Z reopens it"
    );
    // A viewer's hint names the summary and help keys in effect.
    let viewer_dir = tempfile::tempdir().expect("temp dir");
    let mut viewer = app_in(viewer_dir.path(), &remapped, None).read_only();
    keys(&mut viewer, "+");
    let status = viewer.status.clone().expect("a status").text;
    assert_eq!(
        status,
        "This is a read-only view: ↑/↓ move, z summary, N network, F help, q quit"
    );
}

/// With no remaps the same lines name the default keys, as before.
#[test]
fn status_lines_name_the_default_keys_without_remaps() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &Settings::default(), None);
    keys(&mut app, "dy");
    let status = app.status.clone().expect("a status").text;
    assert!(status.starts_with("Deleted Lincoln Elementary"), "{status}");
    assert!(status.ends_with(" — press u to bring it back"), "{status}");
    keys(&mut app, "v");
    let status = app.status.clone().expect("a status").text;
    assert_eq!(status, "v does nothing here — ? for keys");
}

/// A viewer (read only) may switch their language too: it changes nothing stored.
#[test]
fn a_viewer_switches_language_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut viewer = app_in(dir.path(), &Settings::default(), None).read_only();
    i18n::set(Lang::En);
    keys(&mut viewer, "L");
    assert_eq!(viewer.lang(), Lang::Es);
    assert_eq!(i18n::current(), Lang::En, "the thread keeps its language");
    assert_eq!(
        viewer.status.as_ref().map(|s| s.text.as_str()),
        Some("Idioma: español")
    );
    i18n::set(Lang::En);
}
