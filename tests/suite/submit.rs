//! Submitting an assessment (issue 12 item 6): a draft counts in the network's figures
//! only once submitted; submitted assessments are read-only until reopened; the
//! exchange format carries the submission.

use crate::common::Env;
use predicates::prelude::*;
use touchstone::store::Store;

/// Rates every indicator of `id` at `level` (so the assessment is complete).
fn rate_all(env: &Env, id: &str, level: &str) {
    let store = Store::open(&env.db()).expect("open");
    let a = store.load(id).expect("load");
    let ids: Vec<String> = a.rubric.indicators().map(|(_, i)| i.id.clone()).collect();
    drop(store);
    for indicator in ids {
        env.ok(&["rate", id, &indicator, level]);
    }
}

#[test]
fn a_newer_draft_leaves_the_network_figures_unchanged_until_submitted() {
    let env = Env::new();
    let lincoln = env.new_dated("Lincoln Elementary", "2026-06-02");
    rate_all(&env, &lincoln, "full");
    env.ok(&["submit", &lincoln, "--by", "Ana Ruiz,Ben Okafor"]);
    let before = env.json(&["rollup", "--json"]);
    assert_eq!(before["schools"], 1, "{before}");
    assert_eq!(before["fully_implementing"]["numerator"], 1, "{before}");

    // A new assessment with one indicator rated: a draft in progress.
    let draft = env.new_dated("Lincoln Elementary", "2026-11-02");
    env.ok(&["rate", &draft, "cl-1", "not-yet"]);
    let after = env.json(&["rollup", "--json"]);
    assert_eq!(after, before, "the draft changed the figures");
    // --include-drafts restores the old rule: the latest assessment, draft or not.
    let drafts = env.json(&["rollup", "--json", "--include-drafts"]);
    assert_eq!(drafts["fully_implementing"]["numerator"], 0, "{drafts}");
    assert_eq!(drafts["incomplete"], 1, "{drafts}");

    // Once submitted, the newer one counts.
    env.ok(&["submit", &draft]);
    let now = env.json(&["rollup", "--json"]);
    assert_eq!(now["fully_implementing"]["numerator"], 0, "{now}");
}

#[test]
fn change_since_previous_compares_with_the_last_submitted_assessment() {
    let env = Env::new();
    let first = env.new_dated("Lincoln Elementary", "2026-06-02");
    rate_all(&env, &first, "full");
    let second = env.new_dated("Lincoln Elementary", "2026-11-02");
    let store = Store::open(&env.db()).expect("open");
    let a = store.load(&second).expect("load");
    assert!(
        store.previous(&a).expect("previous").is_none(),
        "a draft is no baseline"
    );
    drop(store);
    env.ok(&["submit", &first]);
    let store = Store::open(&env.db()).expect("open");
    let previous = store
        .previous(&a)
        .expect("previous")
        .expect("the submitted one");
    assert_eq!(previous.meta.id, first);
}

#[test]
fn submitted_assessments_are_read_only_until_reopened_and_both_are_logged() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.ok(&["rate", &id, "cl-1", "emerging"]);
    let out = env.ok(&["submit", &id, "--by", "Ana Ruiz"]);
    assert!(out.contains("Still unrated: 60 indicators"), "{out}");
    env.cmd()
        .args(["rate", &id, "cl-2", "emerging"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("submitted, so it is read-only"));
    env.cmd()
        .args(["submit", &id])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already submitted"));
    env.ok(&["reopen", &id]);
    env.ok(&["rate", &id, "cl-2", "emerging"]);
    let store = Store::open(&env.db()).expect("open");
    let log: Vec<(String, String)> = store
        .status_events(&id)
        .expect("log")
        .into_iter()
        .map(|e| (e.status, e.actor))
        .collect();
    let tester = "tester".to_string();
    assert_eq!(
        log,
        [
            ("final".to_string(), tester.clone()),
            ("draft".to_string(), tester)
        ]
    );
    let a = store.load(&id).expect("load");
    assert!(
        a.meta.submitted.is_none(),
        "a reopened draft has no submission"
    );
}

#[test]
fn export_import_export_keeps_the_submission_byte_for_byte() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.ok(&["rate", &id, "cl-1", "emerging"]);
    env.ok(&["submit", &id, "--by", "Ana Ruiz,Ben Okafor"]);
    let first = env.ok(&["export", &id]);
    assert!(first.contains("status = \"final\""), "{first}");
    assert!(first.contains("\nsubmitted = 20"), "{first}");
    assert!(
        first.contains("submitted_by = [\"Ana Ruiz\", \"Ben Okafor\"]"),
        "{first}"
    );
    let file = env.path("lincoln.toml");
    std::fs::write(&file, &first).expect("write");
    let other = Env::new();
    let out = other.ok(&["import", file.to_str().expect("utf-8")]);
    assert!(out.contains("imported 1 new"), "{out}");
    let again = other.ok(&["export", &id]);
    assert_eq!(first, again);
    let store = Store::open(&other.db()).expect("open");
    let a = store.load(&id).expect("load");
    let sub = a.meta.submitted.expect("kept");
    assert_eq!(sub.by, ["Ana Ruiz", "Ben Okafor"]);
}

#[test]
fn a_submission_time_on_a_draft_is_refused_at_its_place() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let text = env.ok(&["export", &id]);
    let bad = text.replacen(
        "status = \"draft\"\n",
        "status = \"draft\"\nsubmitted = 2026-11-02T10:00:00Z\n",
        1,
    );
    let line = bad
        .lines()
        .position(|l| l.starts_with("submitted ="))
        .expect("line")
        + 1;
    let file = env.path("bad.toml");
    std::fs::write(&file, &bad).expect("write");
    let shown = file.display().to_string();
    let other = Env::new();
    other
        .cmd()
        .args(["import", &shown])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{shown}:{line}:13: submitted is only for status = \"final\""
        )));
}

#[test]
fn the_summary_screen_submits_after_listing_what_is_unrated_and_reopens() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use touchstone::assessment::Status;
    use touchstone::tui::{App, ui};

    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.ok(&["rate", &id, "cl-1", "emerging"]);
    let options = crate::common::options(None, Some(id.clone()));
    let store = Store::open(&env.db()).expect("open");
    let mut app = App::new(
        store,
        touchstone::rubric::Registry::bundled(),
        "Dana".into(),
        options,
    );
    let key = |app: &mut App, c: char| {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    };
    let screen = |app: &App| {
        let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
        t.draw(|f| ui::draw(f, app)).unwrap();
        let cells: Vec<&str> = t
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        cells
            .chunks(100)
            .map(|r| r.concat() + "\n")
            .collect::<String>()
    };
    key(&mut app, 's');
    key(&mut app, 'S');
    let asked = screen(&app);
    assert!(
        asked.contains("Submit with 60 indicators unrated?"),
        "{asked}"
    );
    assert!(asked.contains("Still unrated: cl-2, cl-3"), "{asked}");
    key(&mut app, 'n');
    let store = Store::open(&env.db()).expect("open");
    assert_eq!(store.load(&id).unwrap().meta.status, Status::Draft);
    key(&mut app, 'S');
    key(&mut app, 'y');
    let a = store.load(&id).unwrap();
    assert_eq!(a.meta.status, Status::Final);
    assert_eq!(a.meta.submitted.expect("submitted").by, ["Dana"]);
    assert!(screen(&app).contains("Submitted 20"), "{}", screen(&app));
    // Read-only: rating is refused on the screen.
    app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    key(&mut app, '3');
    let status = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(status.contains("read-only"), "{status}");
    let cl1 = a.rubric.indicator_index("cl-1").unwrap();
    assert_eq!(
        store.load(&id).unwrap().entries[cl1].choice,
        a.entries[cl1].choice
    );
    key(&mut app, 's');
    key(&mut app, 'O');
    assert_eq!(store.load(&id).unwrap().meta.status, Status::Draft);
}
