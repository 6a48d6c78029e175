//! The screens' hints and status lines name a key as the settings' `[keys]` table
//! remaps it (issue 14): "(e writes one)" says the key that writes a note, the empty
//! steps panel the key that adds one, and so on, in English and in Spanish. With the
//! default keys they read as before (the snapshots check that).

use crate::snapshot::{keys, press, render};
use ratatui::crossterm::event::KeyCode;
use std::path::Path;
use touchstone::i18n::Lang;
use touchstone::ops::session as start;
use touchstone::rubric::Registry;
use touchstone::session::load_plans;
use touchstone::settings::{self, Settings};
use touchstone::store::Store;
use touchstone::tui::app::SessionRole;
use touchstone::tui::theme::ThemeName;
use touchstone::tui::{App, Options};

/// Every key these tests remap, to keys no screen uses for anything else.
const REMAPS: &str = "[keys]\nedit_note = \"x\"\nadd_action = \"A\"\n\
                      submit_assessment = \"Z\"\nhistory = \"J\"\nback = \"Q\"\n";

fn remapped() -> Settings {
    settings::parse("settings.toml", REMAPS, None).expect("valid remaps")
}

/// An app on the database in `dir` (holding Lincoln's assessment if `lincoln`), with
/// these settings, saving them nowhere.
fn app_in(dir: &Path, settings: &Settings, lincoln: bool) -> App {
    let mut store = Store::open(&dir.join("t.db")).expect("store");
    if lincoln {
        crate::common::lincoln(&mut store);
    }
    let options = Options {
        theme: Some(ThemeName::Default),
        ascii: false,
        open: None,
        session: None,
        plan_dirs: Vec::new(),
    };
    App::new(store, Registry::bundled(), "Ana".into(), options).with_settings(settings, None)
}

fn screen_text(app: &App) -> String {
    let (width, height) = (120, 40);
    let buffer = render(app, width, height);
    let mut text = String::new();
    for y in 0..height {
        for x in 0..width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn the_assessing_screen_names_the_remapped_note_and_step_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &remapped(), true);
    press(&mut app, KeyCode::Enter);
    let screen = screen_text(&app);
    assert!(screen.contains("none yet (x writes one)"), "{screen}");
    assert!(!screen.contains("(e writes one)"), "{screen}");
    // In Spanish too.
    app.set_lang(Lang::Es);
    let screen = screen_text(&app);
    assert!(screen.contains("(x escribe una)"), "{screen}");
    app.set_lang(Lang::En);
    // The steps panel, empty, says which key adds a step.
    keys(&mut app, "a");
    let screen = screen_text(&app);
    assert!(
        screen.contains("No steps yet for this indicator. Press A to add one."),
        "{screen}"
    );
}

#[test]
fn the_summary_names_the_remapped_submit_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &remapped(), true);
    keys(&mut app, "s");
    let screen = screen_text(&app);
    assert!(
        screen.contains("not counted in the network until submitted (Z)"),
        "{screen}"
    );
}

#[test]
fn a_refused_undo_names_the_remapped_history_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ana = app_in(dir.path(), &remapped(), true);
    let mut bo = App::new(
        Store::open(&dir.path().join("t.db")).expect("store"),
        Registry::bundled(),
        "Bo".into(),
        Options {
            theme: Some(ThemeName::Default),
            ascii: false,
            open: None,
            session: None,
            plan_dirs: Vec::new(),
        },
    );
    press(&mut ana, KeyCode::Enter);
    press(&mut bo, KeyCode::Enter);
    keys(&mut ana, "2");
    bo.tick();
    keys(&mut bo, "3");
    // Ana's undo would overwrite Bo's newer rating: refused, pointing at the history.
    keys(&mut ana, "u");
    let said = status(&ana);
    assert!(said.starts_with("Not undone: Bo changed"), "{said}");
    assert!(
        said.ends_with("after you — press J for its history"),
        "{said}"
    );
}

#[test]
fn the_empty_network_names_the_remapped_back_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &remapped(), false);
    keys(&mut app, "N");
    let screen = screen_text(&app);
    assert!(
        screen.contains("no network to show. Press Q to go back."),
        "{screen}"
    );
    // Without remaps the same text names q, as always.
    let plain_dir = tempfile::tempdir().expect("temp dir");
    let mut plain = app_in(plain_dir.path(), &Settings::default(), false);
    keys(&mut plain, "N");
    let screen = screen_text(&plain);
    assert!(screen.contains("Press q to go back."), "{screen}");
}

#[test]
fn submitting_and_the_network_name_the_remapped_keys() {
    let remaps = "[keys]\nsummary = \"z\"\nsubmit_assessment = \"Z\"\nreopen = \"Y\"\n\
                  sort = \"b\"\nsort_back = \"B\"\n";
    let settings = settings::parse("settings.toml", remaps, None).expect("valid remaps");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &settings, true);
    keys(&mut app, "zZ");
    let screen = screen_text(&app);
    assert!(screen.contains("read-only until reopened (Y)."), "{screen}");
    keys(&mut app, "y");
    assert!(status(&app).ends_with("; Y reopens it"), "{}", status(&app));
    keys(&mut app, "Z");
    assert_eq!(status(&app), "Already submitted; Y reopens it");
    let screen = screen_text(&app);
    assert!(screen.contains("read-only until reopened (Y)"), "{screen}");
    press(&mut app, KeyCode::Esc);
    keys(&mut app, "N");
    let screen = screen_text(&app);
    assert!(screen.contains("· B b sort · Enter opens"), "{screen}");
}

#[test]
fn rating_and_reopening_hints_name_the_remapped_keys() {
    let remaps = "[keys]\nnot_applicable = \"X\"\nsubmit_assessment = \"Z\"\nreopen = \"Y\"\n";
    let settings = settings::parse("settings.toml", remaps, None).expect("valid remaps");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &settings, true);
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "7");
    assert!(status(&app).ends_with(", or X for N/A"), "{}", status(&app));
    keys(&mut app, "sY");
    assert_eq!(status(&app), "This is a draft already: Z submits it");
    app.set_lang(Lang::Es);
    keys(&mut app, "Y");
    assert_eq!(status(&app), "Ya es un borrador: Z la entrega");
}

/// A facilitator and a participant in a session on Lincoln's assessment, each with
/// these settings.
fn session_apps(dir: &Path, settings: &Settings) -> (App, App) {
    let mut store = Store::open(&dir.join("t.db")).expect("store");
    let assessment = crate::common::lincoln(&mut store);
    let plans = load_plans(&[]).0;
    let live = start::start(&mut store, &plans, &assessment, "baseline-check", "Dana");
    let session_id = live.expect("session started").id;
    let app = |actor: &str, role: SessionRole| {
        let options = Options {
            theme: Some(ThemeName::Default),
            ascii: false,
            open: None,
            session: Some(role),
            plan_dirs: Vec::new(),
        };
        let store = Store::open(&dir.join("t.db")).expect("store");
        App::new(store, Registry::bundled(), actor.into(), options).with_settings(settings, None)
    };
    let dana = app(
        "Dana",
        SessionRole::Facilitate {
            session_id: session_id.clone(),
        },
    );
    let ana = app(
        "Ana",
        SessionRole::Participate {
            session_id,
            name: "Ana".into(),
        },
    );
    (dana, ana)
}

#[test]
fn a_session_names_the_remapped_keys() {
    let remaps = "[keys]\nnext_segment = \"}\"\nreveal = \"V\"\nrevote = \"Y\"\n\
                  edit_note = \"x\"\n";
    let settings = settings::parse("settings.toml", remaps, None).expect("valid remaps");
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut dana, mut ana) = session_apps(dir.path(), &settings);
    let screen = screen_text(&dana);
    assert!(
        screen.contains("No indicators in this segment: } moves to the next one."),
        "{screen}"
    );
    keys(&mut dana, "}");
    ana.tick();
    keys(&mut ana, "2");
    let screen = screen_text(&ana);
    assert!(screen.contains("x adds a comment"), "{screen}");
    dana.tick();
    let screen = screen_text(&dana);
    assert!(
        screen.contains("Votes are hidden. V reveals them to everyone."),
        "{screen}"
    );
    keys(&mut dana, "2");
    assert_eq!(
        status(&dana),
        "Reveal the votes first (V), then record the consensus"
    );
    keys(&mut dana, "VV");
    assert_eq!(
        status(&dana),
        "The votes are already revealed; Y starts a new round"
    );
}

#[test]
fn the_delete_dialog_names_the_remapped_restore_key() {
    let remaps = "[keys]\nrestore_deleted = \"b\"\n";
    let settings = settings::parse("settings.toml", remaps, None).expect("valid remaps");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &settings, true);
    keys(&mut app, "d");
    let screen = screen_text(&app);
    assert!(screen.contains("│b brings it back."), "{screen}");
    app.set_lang(Lang::Es);
    let screen = screen_text(&app);
    assert!(screen.contains("y b la recupera."), "{screen}");
}

/// Issue 20, item 15: with `confirm` and `cancel` swapped, the yes/no line of every
/// question names the keys in effect, and those keys do what the line says.
#[test]
fn swapped_confirm_and_cancel_are_named_and_obeyed() {
    let remaps = "[keys]\nconfirm = \"n\"\ncancel = \"y\"\n";
    let settings = settings::parse("settings.toml", remaps, None).expect("valid remaps");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &settings, true);
    keys(&mut app, "d");
    let screen = screen_text(&app);
    assert!(screen.contains("n delete   y keep it"), "{screen}");
    assert!(!screen.contains("y delete"), "{screen}");
    app.set_lang(Lang::Es);
    let screen = screen_text(&app);
    assert!(screen.contains("n eliminar   y conservarla"), "{screen}");
    // y keeps it, as the line says.
    keys(&mut app, "y");
    assert!(app.overlay.is_none());
    assert_eq!(app.home.total, 1);
    // n deletes it, as the line says.
    keys(&mut app, "dn");
    assert_eq!(app.home.total, 0);
    // The submit question names them too.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_in(dir.path(), &settings, true);
    keys(&mut app, "sS");
    let screen = screen_text(&app);
    assert!(screen.contains("n submit   y keep it a draft"), "{screen}");
}
