//! Key handling of every screen, through the same App the terminal runs: keys in,
//! state and database out. No terminal needed.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;
use touchstone::rubric::{Choice, Registry};
use touchstone::store::{NewAssessment, Store};
use touchstone::tui::App;
use touchstone::tui::app::{Overlay, Screen, StatusKind};
use touchstone::tui::keymap::Ctx;
use touchstone::tui::screens::assess::Mode;
use touchstone::tui::screens::network::SortBy;

struct Fixture {
    dir: TempDir,
    app: App,
}

fn db(dir: &TempDir) -> std::path::PathBuf {
    dir.path().join("t.db")
}

fn create(store: &mut Store, school: &str, date: jiff::civil::Date) -> String {
    let registry = Registry::bundled();
    let entry = registry.get("cs-site-2017", "1").unwrap();
    store
        .create(&NewAssessment {
            school,
            district: Some("North"),
            date,
            team: &[],
            facilitator: None,
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .unwrap()
}

/// An app on a fresh database, optionally with one assessment.
fn fixture(with_assessment: bool) -> (Fixture, Option<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&db(&dir)).unwrap();
    let id = with_assessment.then(|| {
        create(
            &mut store,
            "Lincoln Elementary",
            jiff::civil::date(2026, 11, 2),
        )
    });
    let options = crate::common::options(None, None);
    let app = App::new(store, Registry::bundled(), "tester".into(), options);
    (Fixture { dir, app }, id)
}

/// What the app shows at 100x30, as text.
fn shown(app: &App) -> String {
    crate::snapshot::screen_text(app, 100, 30)
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn ctrl(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn assess(app: &App) -> &touchstone::tui::screens::assess::AssessState {
    match &app.screen {
        Screen::Assess(state) => state,
        _ => panic!("not on the assessment screen"),
    }
}

/// A second connection, as another process would have.
fn other(dir: &TempDir) -> Store {
    Store::open(&db(dir)).unwrap()
}

#[test]
fn new_form_creates_and_opens_the_assessment() {
    let (mut f, _) = fixture(false);
    let app = &mut f.app;
    assert_eq!(app.ctx(), Ctx::Home);
    press(app, KeyCode::Char('+'));
    assert_eq!(app.ctx(), Ctx::NewForm);
    typed(app, "Garfield Middle");
    press(app, KeyCode::Enter); // to District
    typed(app, "South");
    press(app, KeyCode::Tab); // to Rubric
    press(app, KeyCode::Right); // cs-system-building after cs-site-2017
    press(app, KeyCode::Right); // then csf-2023 (the retired cs-initiative-2017 is not offered)
    press(app, KeyCode::Tab); // to Date
    ctrl(app, 'u');
    typed(app, "2026-10-01");
    press(app, KeyCode::Tab);
    typed(app, "Ana, Bo");
    ctrl(app, 's');
    let state = assess(app);
    assert_eq!(state.assessment.meta.school, "Garfield Middle");
    assert_eq!(state.assessment.meta.district.as_deref(), Some("South"));
    assert_eq!(state.assessment.meta.date.to_string(), "2026-10-01");
    assert_eq!(state.assessment.meta.team, vec!["Ana", "Bo"]);
    assert_eq!(state.assessment.rubric.id, "csf-2023");
    assert_eq!(other(&f.dir).home_count("").unwrap(), 1);
}

#[test]
fn new_form_refuses_a_missing_school_and_a_bad_date() {
    let (mut f, _) = fixture(false);
    let app = &mut f.app;
    press(app, KeyCode::Char('+'));
    ctrl(app, 's');
    let Screen::New(form) = &app.screen else {
        panic!("form closed")
    };
    assert_eq!(form.error.as_deref(), Some("School is required"));
    typed(app, "X");
    for _ in 0..3 {
        press(app, KeyCode::Tab);
    }
    ctrl(app, 'u');
    typed(app, "yesterday");
    ctrl(app, 's');
    let Screen::New(form) = &app.screen else {
        panic!("form closed")
    };
    assert!(form.error.as_deref().unwrap().contains("is not a date"));
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Home);
    assert!(
        other(&f.dir).home_count("").unwrap() == 0,
        "nothing created"
    );
}

#[test]
fn number_keys_rate_and_are_committed_at_once() {
    let (mut f, id) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Assess);
    assert_eq!(
        assess(app).indicator_id(),
        "cl-1",
        "resumes at the first unrated"
    );
    press(app, KeyCode::Char('3'));
    assert_eq!(app.status.as_ref().unwrap().kind, StatusKind::Saved);
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .starts_with("Saved cl-1: Developing")
    );
    let stored = other(&f.dir).load(id.as_deref().unwrap()).unwrap();
    assert_eq!(stored.entries[0].choice, Some(Choice::Level(2)));
}

#[test]
fn arrows_and_enter_rate_the_highlighted_level_and_n_is_na() {
    let (mut f, id) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Down);
    press(app, KeyCode::Down);
    press(app, KeyCode::Down);
    press(app, KeyCode::Down); // stays on the last level
    press(app, KeyCode::Enter);
    press(app, KeyCode::Right);
    press(app, KeyCode::Char('n'));
    press(app, KeyCode::Right);
    press(app, KeyCode::Char('7')); // no seventh level: nothing is recorded
    let stored = other(&f.dir).load(id.as_deref().unwrap()).unwrap();
    assert_eq!(stored.entries[0].choice, Some(Choice::Level(3)));
    assert_eq!(stored.entries[1].choice, Some(Choice::NotApplicable));
    assert_eq!(stored.entries[2].choice, None);
    assert!(app.status.as_ref().unwrap().text.contains("4 levels"));
}

#[test]
fn moving_by_indicator_standard_and_unrated() {
    let (mut f, _) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::PageDown);
    assert_eq!(assess(app).indicator_id(), "pl-1");
    press(app, KeyCode::Char('['));
    assert_eq!(assess(app).indicator_id(), "cl-1");
    press(app, KeyCode::Left);
    assert_eq!(
        assess(app).indicator_id(),
        "ce-6",
        "wraps to the last indicator"
    );
    press(app, KeyCode::Char('1'));
    press(app, KeyCode::Tab);
    assert_eq!(
        assess(app).indicator_id(),
        "cl-1",
        "next unrated wraps around"
    );
    press(app, KeyCode::Char('1'));
    press(app, KeyCode::Tab);
    assert_eq!(assess(app).indicator_id(), "cl-2");
}

#[test]
fn undo_puts_back_the_previous_rating_and_note() {
    let (mut f, id) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('2'));
    press(app, KeyCode::Char('4'));
    press(app, KeyCode::Char('u'));
    let stored = other(&f.dir).load(id.as_deref().unwrap()).unwrap();
    assert_eq!(stored.entries[0].choice, Some(Choice::Level(1)));
    press(app, KeyCode::Char('u'));
    let stored = other(&f.dir).load(id.as_deref().unwrap()).unwrap();
    assert_eq!(stored.entries[0].choice, None);
    press(app, KeyCode::Char('u'));
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("Nothing to undo")
    );
    // Every step is in the event log, undo included.
    assert_eq!(
        other(&f.dir).events(id.as_deref().unwrap()).unwrap().len(),
        4
    );
}

/// A status stays on its screen: "Redone: …" does not follow the user to the list.
#[test]
fn the_last_status_does_not_follow_to_the_home_screen() {
    let (mut f, _) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('2'));
    press(app, KeyCode::Char('u'));
    ctrl(app, 'r');
    let said = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(said.starts_with("Redone"), "{said}");
    press(app, KeyCode::Char('q'));
    assert_eq!(app.ctx(), Ctx::Home);
    assert!(
        app.status
            .as_ref()
            .is_none_or(|s| !s.text.contains("Redone")),
        "{:?}",
        app.status.as_ref().map(|s| &s.text)
    );
}

#[test]
fn the_editor_saves_note_and_evidence_even_on_quit() {
    let (mut f, id) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('e'));
    assert_eq!(app.ctx(), Ctx::Editor);
    typed(app, "Team meets monthly?");
    press(app, KeyCode::Enter);
    typed(app, "q and n are text here");
    press(app, KeyCode::Tab);
    typed(app, "Minutes of May");
    press(app, KeyCode::Enter);
    typed(app, "Roster");
    ctrl(app, 's');
    assert_eq!(app.ctx(), Ctx::Assess);
    let stored = other(&f.dir).load(id.as_deref().unwrap()).unwrap();
    assert_eq!(
        stored.entries[0].note,
        "Team meets monthly?\nq and n are text here"
    );
    assert_eq!(stored.entries[0].evidence, vec!["Minutes of May", "Roster"]);
    // An editor open at Ctrl-C is saved, not lost.
    press(app, KeyCode::Char('e'));
    typed(app, " More.");
    ctrl(app, 'c');
    assert!(app.quit);
    let stored = other(&f.dir).load(id.as_deref().unwrap()).unwrap();
    assert!(stored.entries[0].note.ends_with("More."));
}

#[test]
fn action_steps_can_be_added_cycled_and_removed() {
    let (mut f, id) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('a'));
    assert_eq!(app.ctx(), Ctx::Actions);
    press(app, KeyCode::Char('a'));
    assert_eq!(app.ctx(), Ctx::ActionForm);
    typed(app, "Invite two parents to the team");
    press(app, KeyCode::Tab);
    typed(app, "Ana");
    press(app, KeyCode::Tab);
    typed(app, "2027-01-15");
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Actions);
    press(app, KeyCode::Char(' '));
    let stored = other(&f.dir).load(id.as_deref().unwrap()).unwrap();
    assert_eq!(stored.actions.len(), 1);
    assert_eq!(stored.actions[0].step, "Invite two parents to the team");
    assert_eq!(stored.actions[0].owner.as_deref(), Some("Ana"));
    assert_eq!(stored.actions[0].due.unwrap().to_string(), "2027-01-15");
    assert_eq!(stored.actions[0].status.as_str(), "done");
    press(app, KeyCode::Char('d'));
    assert!(
        other(&f.dir)
            .load(id.as_deref().unwrap())
            .unwrap()
            .actions
            .is_empty()
    );
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Assess);
}

#[test]
fn review_jumps_to_the_chosen_indicator_and_summary_goes_back() {
    let (mut f, _) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('r'));
    assert_eq!(app.ctx(), Ctx::Review);
    for _ in 0..7 {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Assess);
    assert_eq!(assess(app).indicator_id(), "pl-2");
    press(app, KeyCode::Char('s'));
    assert_eq!(app.ctx(), Ctx::Summary);
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Assess);
    press(app, KeyCode::Char('q'));
    assert_eq!(app.ctx(), Ctx::Home);
    // From home, the summary returns to home.
    press(app, KeyCode::Char('s'));
    assert!(
        matches!(assess(app).mode, Mode::Summary),
        "{:?}",
        assess(app).mode
    );
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Home);
}

#[test]
fn delete_asks_first_and_can_be_undone() {
    let (mut f, _) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Char('d'));
    assert_eq!(app.ctx(), Ctx::Confirm);
    assert!(shown(app).contains("Delete the assessment of Lincoln Elementary"));
    press(app, KeyCode::Char('n'));
    assert_eq!(app.home.total, 1);
    press(app, KeyCode::Char('d'));
    press(app, KeyCode::Char('y'));
    assert!(app.home.total == 0);
    assert!(other(&f.dir).home_count("").unwrap() == 0);
    press(app, KeyCode::Char('u'));
    assert_eq!(app.home.total, 1);
}

#[test]
fn filter_narrows_the_list_and_esc_clears_it() {
    let (mut f, _) = fixture(true);
    {
        let mut store = other(&f.dir);
        create(&mut store, "Roosevelt High", jiff::civil::date(2026, 9, 1));
    }
    let app = &mut f.app;
    app.tick();
    assert_eq!(
        app.home.total, 2,
        "another process's new assessment appears"
    );
    press(app, KeyCode::Char('/'));
    assert_eq!(app.ctx(), Ctx::Filter);
    typed(app, "roose");
    assert_eq!(app.home.matching, 1);
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Home);
    assert_eq!(app.home.matching, 1, "Enter keeps the filter");
    press(app, KeyCode::Char('/'));
    press(app, KeyCode::Esc);
    assert_eq!(app.home.matching, 2);
    // Esc on the list with a kept filter clears the filter, not the app; with none
    // left it quits.
    press(app, KeyCode::Char('/'));
    typed(app, "roose");
    press(app, KeyCode::Enter);
    press(app, KeyCode::Esc);
    assert!(!app.quit, "Esc with a kept filter does not quit");
    assert_eq!(app.home.matching, 2);
    press(app, KeyCode::Esc);
    assert!(app.quit);
}

#[test]
fn export_and_import_prompts_write_and_read_files() {
    let (mut f, id) = fixture(true);
    let path = f.dir.path().join("out.toml");
    let app = &mut f.app;
    press(app, KeyCode::Char('x'));
    assert_eq!(app.ctx(), Ctx::Prompt);
    ctrl(app, 'u');
    typed(app, path.to_str().unwrap());
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Home, "the prompt closed");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(id.as_deref().unwrap()));

    // A bad file: a clear error, the prompt stays open, nothing written.
    let bad = f.dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "format = \"touchstone-assessment\"\nformat_version = 7\n",
    )
    .unwrap();
    let app = &mut f.app;
    press(app, KeyCode::Char('i'));
    typed(app, bad.to_str().unwrap());
    press(app, KeyCode::Enter);
    let status = app.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Error);
    assert!(
        status.text.contains("bad.toml:2:18: format_version 7"),
        "{}",
        status.text
    );
    assert_eq!(app.ctx(), Ctx::Prompt);
    press(app, KeyCode::Esc);
    press(app, KeyCode::Char('i'));
    typed(app, path.to_str().unwrap());
    press(app, KeyCode::Enter);
    assert!(app.status.as_ref().unwrap().text.contains("1 unchanged"));
}

#[test]
fn another_process_rating_shows_on_tick() {
    let (mut f, id) = fixture(true);
    let id = id.unwrap();
    press(&mut f.app, KeyCode::Enter);
    let mut store = other(&f.dir);
    let a = store.load(&id).unwrap();
    store
        .rate(&a, "cl-1", Some(Choice::Level(3)), None, "cli")
        .unwrap();
    f.app.tick();
    assert_eq!(
        assess(&f.app).assessment.entries[0].choice,
        Some(Choice::Level(3))
    );
    assert!(
        f.app
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("another session")
    );
}

#[test]
fn help_lists_the_keys_of_the_current_screen() {
    let (mut f, _) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('?'));
    assert_eq!(app.ctx(), Ctx::Help);
    let help = shown(app);
    assert!(
        help.contains(&Ctx::Assess.title()),
        "help for the screen under it:\n{help}"
    );
    press(app, KeyCode::Char('4'));
    assert_eq!(app.ctx(), Ctx::Assess, "any key closes help");
    app.handle_key(KeyEvent::new(KeyCode::Char('T'), KeyModifiers::SHIFT));
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .starts_with("Theme: high contrast")
    );
}

#[test]
fn the_network_screen_sorts_and_drills_into_a_school() {
    let (mut f, _) = fixture(false);
    {
        let mut store = other(&f.dir);
        let registry = Registry::bundled();
        let entry = registry.get("cs-site-2017", "1").unwrap().clone();
        touchstone::demo::generate(&mut store, &entry.rubric, &entry.text, 12, 3).unwrap();
    }
    let app = &mut f.app;
    app.tick();
    press(app, KeyCode::Char('N'));
    assert_eq!(app.ctx(), Ctx::Network);
    let Screen::Network(network) = &app.screen else {
        panic!("not on the network screen")
    };
    assert_eq!(network.rows.len(), 12, "one row per school");
    let rollup = network.rollup.as_ref().unwrap();
    assert_eq!(rollup.schools, 12);
    let shares: Vec<f64> = network
        .rows
        .iter()
        .map(|r| r.standards.percent().unwrap_or(0.0))
        .collect();
    assert!(
        shares.windows(2).all(|w| w[0] <= w[1]),
        "weakest first: {shares:?}"
    );
    press(app, KeyCode::Char('>'));
    let Screen::Network(network) = &app.screen else {
        panic!()
    };
    let names: Vec<&str> = network.rows.iter().map(|r| r.school.as_str()).collect();
    assert!(
        names.windows(2).all(|w| w[0] <= w[1]),
        "by school: {names:?}"
    );
    let first = network.rows[0].assessment_id.clone();
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Summary);
    assert_eq!(assess(app).assessment.meta.id, first);
}

/// Issue 14: the sort cycles both ways, and leaving a school opened from the
/// network goes back to the network, its sort and selection kept.
#[test]
fn the_network_sorts_both_ways_and_a_school_goes_back_to_it() {
    let (mut f, _) = fixture(false);
    {
        let mut store = other(&f.dir);
        let registry = Registry::bundled();
        let entry = registry.get("cs-site-2017", "1").unwrap().clone();
        touchstone::demo::generate(&mut store, &entry.rubric, &entry.text, 12, 3).unwrap();
    }
    let app = &mut f.app;
    app.tick();
    press(app, KeyCode::Char('N'));
    let sort = |app: &App| match &app.screen {
        Screen::Network(n) => n.sort,
        _ => panic!("not on the network screen"),
    };
    // Backwards from the first sort is the last (date), and forwards again.
    press(app, KeyCode::Char('<'));
    assert_eq!(sort(app), SortBy::Date);
    press(app, KeyCode::Char('>'));
    assert_eq!(sort(app), SortBy::Standards);
    press(app, KeyCode::Char('>'));
    press(app, KeyCode::Char('>'));
    assert_eq!(sort(app), SortBy::District);
    press(app, KeyCode::Down);
    press(app, KeyCode::Down);
    let Screen::Network(network) = &app.screen else {
        panic!()
    };
    let chosen = network.rows[2].assessment_id.clone();
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Summary);
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Network, "Esc from the summary goes back");
    assert_eq!(sort(app), SortBy::District);
    let Screen::Network(network) = &app.screen else {
        panic!()
    };
    assert_eq!(network.rows[network.selected].assessment_id, chosen);
    // Rating from the summary, then q: still back to the network.
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Assess);
    press(app, KeyCode::Char('q'));
    assert_eq!(app.ctx(), Ctx::Network);
    // And from there, back home as before.
    press(app, KeyCode::Char('q'));
    assert_eq!(app.ctx(), Ctx::Home);
}

/// Issue 14: Esc in the note editor cancels (asking first when something was typed);
/// Ctrl-S saves.
#[test]
fn esc_in_the_editor_cancels_and_asks_before_losing_text() {
    let (mut f, id) = fixture(true);
    let app = &mut f.app;
    let stored_note = |f: &Fixture| {
        other(&f.dir).load(id.as_deref().unwrap()).unwrap().entries[0]
            .note
            .clone()
    };
    press(app, KeyCode::Enter);
    // Nothing typed: Esc just closes.
    press(app, KeyCode::Char('e'));
    press(app, KeyCode::Esc);
    assert_eq!(
        app.ctx(),
        Ctx::Assess,
        "nothing typed: closed without asking"
    );
    // Typed, then Esc: asked; n goes back to the text.
    press(app, KeyCode::Char('e'));
    typed(app, "Draft");
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Confirm);
    assert!(shown(app).contains("Close the editor without saving?"));
    press(app, KeyCode::Char('n'));
    assert_eq!(app.ctx(), Ctx::Editor);
    typed(app, " kept");
    // y loses it.
    press(app, KeyCode::Esc);
    press(app, KeyCode::Char('y'));
    assert_eq!(app.ctx(), Ctx::Assess);
    assert_eq!(stored_note(&f), "");
    let app = &mut f.app;
    // Ctrl-S saves.
    press(app, KeyCode::Char('e'));
    typed(app, "Saved note");
    ctrl(app, 's');
    assert_eq!(app.ctx(), Ctx::Assess);
    assert_eq!(stored_note(&f), "Saved note");
}

/// Issue 14: a key that does nothing says so, quietly, in the status line.
#[test]
fn an_unbound_key_gets_a_quiet_hint() {
    let (mut f, _) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Char('z'));
    let status = app.status.clone().unwrap();
    assert_eq!(status.text, "z does nothing here — ? for keys");
    assert_eq!(status.kind, StatusKind::Info);
    press(app, KeyCode::Enter);
    ctrl(app, 'y');
    assert_eq!(
        app.status.as_ref().unwrap().text,
        "Ctrl-Y does nothing here — ? for keys"
    );
    // Typing in a text field is never "nothing".
    press(app, KeyCode::Char('e'));
    app.status = None;
    press(app, KeyCode::Char('z'));
    assert!(app.status.is_none());
}

/// Issue 14: N/A keeps the highlight where it was instead of jumping to the first
/// level ("Not yet").
#[test]
fn not_applicable_keeps_the_highlight() {
    let (mut f, _) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Down);
    press(app, KeyCode::Down);
    assert_eq!(assess(app).highlight, 2);
    press(app, KeyCode::Char('n'));
    assert!(app.status.as_ref().unwrap().text.contains("N/A"));
    assert_eq!(assess(app).highlight, 2);
    // Another indicator starts at its own level, or the first.
    press(app, KeyCode::Right);
    assert_eq!(assess(app).highlight, 0);
}

/// Issue 14: `/` filters the network, review and plan lists as it does the home list:
/// typing narrows the list, Enter keeps the filter, Esc clears it.
#[test]
fn slash_filters_the_network_review_and_plan_lists() {
    let (mut f, _) = fixture(false);
    {
        let mut store = other(&f.dir);
        let registry = Registry::bundled();
        let entry = registry.get("cs-site-2017", "1").unwrap().clone();
        touchstone::demo::generate(&mut store, &entry.rubric, &entry.text, 12, 3).unwrap();
    }
    let app = &mut f.app;
    app.tick();
    press(app, KeyCode::Char('N'));
    let network = |app: &App| match &app.screen {
        Screen::Network(n) => (n.rows.len(), n.rows.first().map(|r| r.school.clone())),
        _ => panic!("not on the network screen"),
    };
    let (all, first) = network(app);
    let name = first.unwrap();
    press(app, KeyCode::Char('/'));
    assert_eq!(app.ctx(), Ctx::Filter);
    // Any case; `q` and `s` are text here.
    typed(app, &name.to_uppercase());
    assert_eq!(app.ctx(), Ctx::Filter);
    let (shown, first) = network(app);
    assert!(shown >= 1 && shown < all, "{shown} of {all}");
    assert_eq!(first.as_deref(), Some(name.as_str()));
    press(app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Network);
    assert_eq!(network(app).0, shown, "Enter keeps the filter");
    press(app, KeyCode::Char('/'));
    press(app, KeyCode::Esc);
    assert_eq!(network(app).0, all, "Esc clears it");
    assert_eq!(app.ctx(), Ctx::Network);

    // Review: by indicator id, statement or note.
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('r'));
    assert_eq!(app.ctx(), Ctx::Review);
    press(app, KeyCode::Char('/'));
    typed(app, "PL-");
    press(app, KeyCode::Enter);
    let state = assess(app);
    let shown: Vec<usize> = (0..state.indicator_count())
        .filter(|&i| state.review_shows(i))
        .collect();
    assert!(!shown.is_empty());
    let ids: Vec<String> = shown
        .iter()
        .map(|&i| {
            state
                .assessment
                .rubric
                .indicators()
                .nth(i)
                .unwrap()
                .1
                .id
                .clone()
        })
        .collect();
    assert!(ids.iter().all(|id| id.starts_with("pl-")), "{ids:?}");
    assert!(ids.len() < state.indicator_count());
    // The selection moved onto a shown indicator, and moves among them only.
    assert!(state.review_shows(state.review));
    assert!(shown.contains(&state.review));
    press(app, KeyCode::Down);
    let state = assess(app);
    assert!(state.review_shows(state.review));
    press(app, KeyCode::Enter);
    assert!(assess(app).indicator_id().starts_with("pl-"));

    // The plan chooser (on a draft: the network's assessments are submitted).
    let (mut g, _) = fixture(true);
    let app = &mut g.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('w'));
    assert_eq!(app.ctx(), Ctx::Choose);
    press(app, KeyCode::Char('/'));
    typed(app, "family");
    let Some(Overlay::ChoosePlan {
        plans, selected, ..
    }) = &app.overlay
    else {
        panic!("the chooser closed")
    };
    assert_eq!(plans[*selected].0, "family-engagement-deep-dive");
    press(app, KeyCode::Enter);
    press(app, KeyCode::Down);
    let Some(Overlay::ChoosePlan { selected, .. }) = &app.overlay else {
        panic!("the chooser closed")
    };
    assert_eq!(
        plans_id(app, *selected),
        "family-engagement-deep-dive",
        "↓ stays among the plans shown"
    );
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Assess, "Esc outside the filter closes");
}

fn plans_id(app: &App, i: usize) -> String {
    match &app.overlay {
        Some(Overlay::ChoosePlan { plans, .. }) => plans[i].0.clone(),
        _ => panic!("no chooser"),
    }
}

/// Issue 14: `?` helps in a dialog too (it used to answer it), and closing help goes
/// back to the dialog, still unanswered.
#[test]
fn question_mark_in_a_dialog_shows_help_and_comes_back_to_it() {
    let (mut f, _) = fixture(true);
    let app = &mut f.app;
    press(app, KeyCode::Char('d'));
    assert_eq!(app.ctx(), Ctx::Confirm);
    press(app, KeyCode::Char('?'));
    assert_eq!(app.ctx(), Ctx::Help);
    let help = shown(app);
    assert!(
        help.contains(&Ctx::Confirm.title()),
        "help for the screen under it:\n{help}"
    );
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Confirm);
    assert!(shown(app).contains("Delete the assessment of Lincoln Elementary"));
    press(app, KeyCode::Char('n'));
    assert_eq!(app.ctx(), Ctx::Home);
    assert_eq!(other(&f.dir).home_count("").unwrap(), 1, "nothing deleted");
    // The plan chooser, and F1 in a file prompt (where `?` is typed).
    let app = &mut f.app;
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('w'));
    press(app, KeyCode::Char('?'));
    assert_eq!(app.ctx(), Ctx::Help);
    press(app, KeyCode::Char('?'));
    assert_eq!(app.ctx(), Ctx::Choose);
    press(app, KeyCode::Esc);
    press(app, KeyCode::Char('q'));
    press(app, KeyCode::Char('x'));
    assert_eq!(app.ctx(), Ctx::Prompt);
    press(app, KeyCode::F(1));
    assert_eq!(app.ctx(), Ctx::Help);
    press(app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Prompt);
}
