//! Several people on one assessment at once (issue 11 items 4-6): two apps on one
//! database (two `Store::open` of the same file, as two terminals or two SSH
//! connections have), driven with the keys a user would press. No save overwrites a
//! newer change unseen; undo and redo touch only one's own change; the history says
//! who changed what; one name has one live seat in a coaching session.
//!
//! Regenerate the snapshots after an intended change of the views:
//! `INSTA_UPDATE=always cargo test --test suite concurrent_edits`, then read the diff.

use crate::common::Env;
use crate::snapshot::{ctrl, keys, press, render, serialize};
use ratatui::crossterm::event::KeyCode;
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use touchstone::rubric::{Choice, Registry};
use touchstone::store::{NewAssessment, Store};
use touchstone::tui::App;
use touchstone::tui::app::{Screen, SessionRole, StatusKind};
use touchstone::tui::keymap::Ctx;
use touchstone::tui::screens::assess::{AssessState, Mode, short_time};

struct Shared {
    dir: TempDir,
    id: String,
}

impl Shared {
    /// A database with Lincoln Elementary's assessment (cs-site-2017), nothing rated.
    fn new() -> Shared {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let registry = Registry::bundled();
        let entry = registry.latest("cs-site-2017").unwrap();
        let id = store
            .create(&NewAssessment {
                school: "Lincoln Elementary",
                district: Some("North"),
                date: jiff::civil::date(2026, 11, 2),
                team: &[],
                facilitator: None,
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .unwrap();
        Shared { dir, id }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("t.db")
    }

    /// `actor`'s app with the assessment open at cl-1, on its own connection.
    fn app(&self, actor: &str) -> App {
        open_app(&self.db(), actor, Some(self.id.clone()), None)
    }

    /// cl-1 as stored: (level, note, evidence).
    fn cl1(&self) -> (Option<Choice>, String, Vec<String>) {
        let a = Store::open(&self.db()).unwrap().load(&self.id).unwrap();
        let e = &a.entries[0];
        (e.choice, e.note.clone(), e.evidence.clone())
    }
}

fn open_app(db: &Path, actor: &str, open: Option<String>, session: Option<SessionRole>) -> App {
    crate::common::open_app(db, actor, open, session)
}

fn assess(app: &App) -> &AssessState {
    match &app.screen {
        Screen::Assess(state) => state,
        _ => panic!("not on the assessment screen: {:?}", app.status),
    }
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Opens the note editor, types `text` at its end and saves with Ctrl-S.
fn write_note(app: &mut App, text: &str) {
    keys(app, "e");
    assert_eq!(app.ctx(), Ctx::Editor);
    keys(app, text);
    ctrl(app, 's');
}

#[test]
fn the_second_save_of_one_note_offers_the_choice_and_keep_both_keeps_both_texts() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    let mut bo = shared.app("Bo");
    // Both open cl-1's note; Ana saves first, then Bo.
    keys(&mut ana, "e");
    keys(&mut bo, "e");
    keys(&mut ana, "Minutes show monthly meetings");
    ctrl(&mut ana, 's');
    assert_eq!(shared.cl1().1, "Minutes show monthly meetings");
    keys(&mut bo, "Only two meetings this year");
    ctrl(&mut bo, 's');
    // Bo's save did not replace Ana's: Bo is asked, with both texts on screen.
    assert_eq!(shared.cl1().1, "Minutes show monthly meetings");
    assert_eq!(bo.ctx(), Ctx::Conflict, "{}", status(&bo));
    assert!(status(&bo).contains("Ana changed cl-1"), "{}", status(&bo));
    let screen = serialize(&render(&bo, 120, 30));
    assert!(screen.contains("Minutes show monthly meetings"), "{screen}");
    assert!(screen.contains("Only two meetings this year"), "{screen}");
    keys(&mut bo, "b");
    assert_eq!(bo.ctx(), Ctx::Assess);
    let note = shared.cl1().1;
    assert_eq!(
        note,
        "Minutes show monthly meetings\n\n--- also written by Bo ---\nOnly two meetings this year"
    );
}

#[test]
fn keep_mine_replaces_theirs_knowingly_and_take_theirs_saves_nothing() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    let mut bo = shared.app("Bo");
    keys(&mut bo, "e");
    write_note(&mut ana, "Ana one");
    keys(&mut bo, "Bo one");
    ctrl(&mut bo, 's');
    assert_eq!(bo.ctx(), Ctx::Conflict);
    keys(&mut bo, "m");
    assert_eq!(shared.cl1().1, "Bo one");
    // Ana's screen followed; now Bo's is stale while Ana writes again.
    ana.tick();
    keys(&mut bo, "e");
    write_note(&mut ana, " and two");
    keys(&mut bo, " and three");
    ctrl(&mut bo, 's');
    assert_eq!(bo.ctx(), Ctx::Conflict);
    keys(&mut bo, "t");
    assert_eq!(shared.cl1().1, "Bo one and two");
    assert!(
        status(&bo).contains("yours was not saved"),
        "{}",
        status(&bo)
    );
    // Esc in the choice goes back to the editor with Bo's text, nothing lost.
    keys(&mut bo, "e");
    write_note(&mut ana, "!");
    keys(&mut bo, "?");
    ctrl(&mut bo, 's');
    assert_eq!(bo.ctx(), Ctx::Conflict);
    press(&mut bo, KeyCode::Esc);
    assert_eq!(bo.ctx(), Ctx::Editor);
    let Screen::Assess(state) = &bo.screen else {
        panic!()
    };
    let editor = state.editor().unwrap();
    assert_eq!(editor.note.lines().join("\n"), "Bo one and two?");
}

#[test]
fn quitting_or_a_dropped_connection_during_the_choice_keeps_both_texts() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    let mut bo = shared.app("Bo");
    keys(&mut bo, "e");
    write_note(&mut ana, "Ana's view");
    keys(&mut bo, "Bo's view");
    ctrl(&mut bo, 's');
    assert_eq!(bo.ctx(), Ctx::Conflict);
    // What `serve` does when the connection drops, and what Ctrl-C does.
    ctrl(&mut bo, 'c');
    assert!(bo.quit);
    let note = shared.cl1().1;
    assert!(note.starts_with("Ana's view"), "{note}");
    assert!(
        note.ends_with("--- also written by Bo ---\nBo's view"),
        "{note}"
    );
    // Quitting with the editor open meets the conflict and keeps both at once.
    let mut cy = shared.app("Cy");
    ana.tick();
    keys(&mut cy, "e");
    write_note(&mut ana, " Ana again");
    keys(&mut cy, " Cy here");
    ctrl(&mut cy, 'c');
    let note = shared.cl1().1;
    assert!(note.contains("Ana again"), "{note}");
    assert!(note.ends_with("--- also written by Cy ---\nAna's view\n\n--- also written by Bo ---\nBo's view Cy here"), "{note}");
}

#[test]
fn evidence_added_by_both_is_merged_and_a_change_of_another_part_is_no_conflict() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    let mut bo = shared.app("Bo");
    keys(&mut ana, "E");
    keys(&mut bo, "E");
    keys(&mut ana, "Roster");
    ctrl(&mut ana, 's');
    keys(&mut bo, "Minutes");
    ctrl(&mut bo, 's');
    assert_eq!(bo.ctx(), Ctx::Conflict);
    keys(&mut bo, "b");
    assert_eq!(shared.cl1().2, vec!["Roster", "Minutes"]);
    // Ana rates while Bo writes the note: different parts, both kept.
    bo.tick();
    keys(&mut bo, "e");
    keys(&mut ana, "3");
    keys(&mut bo, "Seen in May");
    ctrl(&mut bo, 's');
    assert_eq!(bo.ctx(), Ctx::Assess, "{}", status(&bo));
    let (level, note, _) = shared.cl1();
    assert_eq!(level, Some(Choice::Level(2)));
    assert_eq!(note, "Seen in May");
}

#[test]
fn undo_puts_back_a_note_and_evidence_save_as_one_step_and_redo_makes_it_again() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    keys(&mut ana, "2e");
    keys(&mut ana, "Team meets");
    press(&mut ana, KeyCode::Tab);
    keys(&mut ana, "Minutes");
    ctrl(&mut ana, 's');
    assert_eq!(
        shared.cl1(),
        (
            Some(Choice::Level(1)),
            "Team meets".into(),
            vec!["Minutes".into()]
        )
    );
    keys(&mut ana, "u");
    assert_eq!(
        shared.cl1(),
        (Some(Choice::Level(1)), String::new(), vec![])
    );
    assert!(
        status(&ana).contains("Undone: the note and evidence of cl-1"),
        "{}",
        status(&ana)
    );
    ctrl(&mut ana, 'r');
    assert_eq!(
        shared.cl1(),
        (
            Some(Choice::Level(1)),
            "Team meets".into(),
            vec!["Minutes".into()]
        )
    );
    assert!(status(&ana).contains("Redone: the note and evidence of cl-1"));
    keys(&mut ana, "uu");
    assert_eq!(shared.cl1(), (None, String::new(), vec![]));
    assert!(
        status(&ana).contains("Undone: the rating of cl-1 (Unrated"),
        "{}",
        status(&ana)
    );
    ctrl(&mut ana, 'r');
    assert_eq!(shared.cl1().0, Some(Choice::Level(1)));
    // A new change leaves nothing to redo.
    keys(&mut ana, "3");
    ctrl(&mut ana, 'r');
    assert!(status(&ana).contains("Nothing to redo"), "{}", status(&ana));
}

#[test]
fn undo_refuses_over_someone_elses_newer_change() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    let mut bo = shared.app("Bo");
    write_note(&mut ana, "Ana's note");
    bo.tick();
    write_note(&mut bo, " with Bo's part");
    assert_eq!(shared.cl1().1, "Ana's note with Bo's part");
    // Ana presses u: Bo's note stays, and Ana is told who changed it and when.
    keys(&mut ana, "u");
    assert_eq!(shared.cl1().1, "Ana's note with Bo's part");
    let said = status(&ana);
    assert!(said.contains("Not undone: Bo changed cl-1 at"), "{said}");
    assert_eq!(ana.status.as_ref().unwrap().kind, StatusKind::Error);
    // Bo's undo is his own to make; it is a change after Ana's too.
    keys(&mut bo, "u");
    assert_eq!(shared.cl1().1, "Ana's note");
    keys(&mut ana, "u");
    assert!(status(&ana).contains("Not undone: Bo"), "{}", status(&ana));
    // A rating by Bo blocks Ana's undo of her rating, too.
    let cl2 = |s: &Shared| Store::open(&s.db()).unwrap().load(&s.id).unwrap().entries[1].choice;
    press(&mut ana, KeyCode::Right);
    press(&mut bo, KeyCode::Right);
    keys(&mut ana, "2");
    bo.tick();
    keys(&mut bo, "4");
    keys(&mut ana, "u");
    assert_eq!(cl2(&shared), Some(Choice::Level(3)));
    assert!(
        status(&ana).contains("Not undone: Bo changed cl-2"),
        "{}",
        status(&ana)
    );
}

#[test]
fn a_stale_rating_is_not_saved_over_a_newer_one() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    let mut bo = shared.app("Bo");
    keys(&mut ana, "2");
    // Bo's screen has not seen Ana's rating (no tick yet).
    keys(&mut bo, "4");
    assert_eq!(shared.cl1().0, Some(Choice::Level(1)));
    assert!(
        status(&bo).contains("Not saved: Ana rated cl-1"),
        "{}",
        status(&bo)
    );
    // Now Bo's screen shows it: rating again is a knowing change.
    keys(&mut bo, "4");
    assert_eq!(shared.cl1().0, Some(Choice::Level(3)));
}

#[test]
fn history_lists_every_change_of_the_indicator_with_its_actor() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    let mut bo = shared.app("Bo");
    keys(&mut ana, "2");
    write_note(&mut ana, "Ana's note");
    bo.tick();
    keys(&mut bo, "E");
    keys(&mut bo, "Roster");
    ctrl(&mut bo, 's');
    keys(&mut bo, "3");
    keys(&mut ana, "H");
    assert_eq!(ana.ctx(), Ctx::History);
    let history = assess(&ana).history();
    let actors: Vec<&str> = history.iter().map(|h| h.actor.as_str()).collect();
    assert_eq!(actors, ["Bo", "Bo", "Ana", "Ana"], "newest first");
    assert_eq!(
        history[0].level,
        Some((Some("emerging".into()), Some("developing".into())))
    );
    assert_eq!(history[1].evidence, Some((vec![], vec!["Roster".into()])));
    assert_eq!(history[2].note, Some((String::new(), "Ana's note".into())));
    let screen = serialize(&render(&ana, 120, 30));
    for shown in [
        "Emerging → Developing",
        "+ Roster",
        "(empty) → Ana's note",
        "Ana",
        "Bo",
    ] {
        assert!(screen.contains(shown), "{shown} missing:\n{screen}");
    }
    // An open history follows changes made meanwhile.
    keys(&mut bo, "1");
    ana.tick();
    assert_eq!(assess(&ana).history().len(), 5);
    assert_eq!(assess(&ana).history()[0].actor, "Bo");
    keys(&mut ana, "H");
    assert_eq!(ana.ctx(), Ctx::Assess);
}

#[test]
fn a_step_typed_over_a_newer_plan_stays_in_the_form_and_both_steps_are_kept() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana");
    let mut bo = shared.app("Bo");
    keys(&mut ana, "aa");
    keys(&mut bo, "aa");
    keys(&mut ana, "Print the roster");
    press(&mut ana, KeyCode::Enter);
    keys(&mut bo, "Book the room");
    press(&mut bo, KeyCode::Enter);
    let said = status(&bo);
    assert!(
        said.contains("Not saved: Ana changed the action plan"),
        "{said}"
    );
    assert_eq!(bo.ctx(), Ctx::ActionForm);
    press(&mut bo, KeyCode::Enter);
    let plan = Store::open(&shared.db())
        .unwrap()
        .load(&shared.id)
        .unwrap()
        .actions;
    let steps: Vec<&str> = plan.iter().map(|a| a.step.as_str()).collect();
    assert_eq!(steps, ["Print the roster", "Book the room"]);
}

/// A running session of the assessment and its join code.
fn session(shared: &Shared) -> (String, String) {
    let mut store = Store::open(&shared.db()).unwrap();
    let live = crate::common::start_baseline(&mut store, &shared.id);
    (live.id, live.code)
}

fn participant(shared: &Shared, session_id: &str, name: &str) -> App {
    let role = SessionRole::Participate {
        session_id: session_id.into(),
        name: name.into(),
    };
    open_app(&shared.db(), name, None, Some(role))
}

#[test]
fn a_second_live_participant_under_one_name_is_refused_until_the_first_leaves() {
    let shared = Shared::new();
    let (session_id, code) = session(&shared);
    let first = participant(&shared, &session_id, "Ana");
    assert!(
        matches!(first.screen, Screen::Participate(_)),
        "{}",
        status(&first)
    );
    // Another terminal of this process (another SSH connection) under the same name.
    let second = participant(&shared, &session_id, "Ana");
    assert!(!matches!(second.screen, Screen::Participate(_)));
    assert!(
        status(&second).contains("Ana is already taking part"),
        "{}",
        status(&second)
    );
    // Another process: the command refuses before any screen opens.
    let env = Env::new();
    let out = env
        .cmd_with_db(&shared.db())
        .args(["session", "join", &code, "--name", "Ana"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Ana is already taking part"), "{stderr}");
    // Another name is welcome meanwhile.
    let bo = participant(&shared, &session_id, "Bo");
    assert!(matches!(bo.screen, Screen::Participate(_)));
    // The first leaves (or its connection drops: the app goes away either way).
    drop(first);
    let again = participant(&shared, &session_id, "Ana");
    assert!(
        matches!(again.screen, Screen::Participate(_)),
        "{}",
        status(&again)
    );
    let out = env
        .cmd_with_db(&shared.db())
        .args(["session", "join", &code, "--name", "Bo"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("already taking part"));
    drop(bo);
    let out = env
        .cmd_with_db(&shared.db())
        .args(["session", "join", &code, "--name", "Bo"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("already taking part"), "{stderr}");
}

#[test]
fn a_held_seat_is_refreshed_by_the_tick_at_most_every_heartbeat() {
    let shared = Shared::new();
    let (session_id, _) = session(&shared);
    let mut ana = participant(&shared, &session_id, "Ana");
    let count = |db: &Path| -> i64 {
        rusqlite::Connection::open(db)
            .unwrap()
            .query_row("SELECT count(*) FROM seats", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count(&shared.db()), 1);
    let version = |db: &Path| -> i64 {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row("SELECT heartbeat_at FROM seats", [], |r| r.get(0))
            .unwrap()
    };
    let first = version(&shared.db());
    ana.tick();
    ana.tick();
    assert_eq!(
        version(&shared.db()),
        first,
        "no write before the heartbeat is due"
    );
    ana.quit = true;
    drop(ana);
    assert_eq!(count(&shared.db()), 0, "leaving frees the seat");
}

/// Replaces each logged time shown (minutes change from run to run) by a fixed one.
fn pinned(screen: String, times: &[String]) -> String {
    times
        .iter()
        .fold(screen, |s, t| s.replace(t.as_str(), "2026-11-29 10:00"))
}

fn snap(app: &App, name: &str, what: &str, times: &[String]) {
    for (width, height) in [(80, 24), (160, 48)] {
        let screen = pinned(serialize(&render(app, width, height)), times);
        let mut settings = insta::Settings::clone_current();
        settings.set_description(format!("{what} ({width}x{height})"));
        settings.set_omit_expression(true);
        settings.bind(|| {
            insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen);
        });
    }
}

fn logged_times(shared: &Shared) -> Vec<String> {
    let store = Store::open(&shared.db()).unwrap();
    let mut times: Vec<String> = store
        .indicator_history(&shared.id, "cl-1")
        .unwrap()
        .iter()
        .map(|h| short_time(&h.at))
        .collect();
    times.dedup();
    times
}

#[test]
fn snapshots_of_the_conflict_and_history_views() {
    let shared = Shared::new();
    let mut ana = shared.app("Ana Ruiz");
    let mut bo = shared.app("Ben Okafor");
    keys(&mut ana, "2");
    bo.tick();
    keys(&mut ana, "e");
    keys(&mut bo, "e");
    keys(
        &mut ana,
        "Minutes from September and October show the team meets monthly.",
    );
    press(&mut ana, KeyCode::Tab);
    keys(&mut ana, "Team roster");
    ctrl(&mut ana, 's');
    keys(
        &mut bo,
        "Only two meetings this year; the roster is out of date.",
    );
    ctrl(&mut bo, 's');
    assert!(matches!(assess(&bo).mode, Mode::Conflict(_)));
    let times = logged_times(&shared);
    snap(
        &bo,
        "conflict",
        "Ben saves cl-1's note after Ana saved hers: both texts and the three choices",
        &times,
    );
    keys(&mut bo, "b");
    keys(&mut bo, "E");
    keys(&mut bo, "Agendas");
    press(&mut bo, KeyCode::Enter);
    ctrl(&mut bo, 's');
    keys(&mut bo, "H");
    let times = logged_times(&shared);
    snap(
        &bo,
        "history",
        "History of cl-1: Ana's rating and note, Ben's note kept beside hers, his evidence",
        &times,
    );
}

/// Polls `check` until it holds or `timeout` passes.
async fn eventually(timeout: std::time::Duration, check: impl Fn() -> bool) -> bool {
    let deadline = std::time::Instant::now() + timeout;
    while std::time::Instant::now() < deadline {
        if check() {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    check()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_ssh_one_name_has_one_connection_and_a_closed_one_frees_it() {
    use crate::serve::{Server, WAIT};
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let code = {
        let mut store = Store::open(&server.db()).unwrap();
        crate::common::start_baseline(&mut store, &id).code
    };
    let mut first = server.shell(&format!("{code}.Ana")).await;
    first.wait_for("you are Ana").await;
    let mut second = server.shell(&format!("{code}.Ana")).await;
    let all = second.read_to_close(WAIT).await;
    assert!(all.contains("Ana is already taking part"), "{all:?}");
    let mut bo = server.shell(&format!("{code}.Bo")).await;
    bo.wait_for("you are Bo").await;
    // The first connection goes away without leaving: the name is free again.
    first.channel.close().await.unwrap();
    let db = server.db();
    let freed = eventually(WAIT, || {
        rusqlite::Connection::open(&db)
            .and_then(|c| {
                c.query_row("SELECT count(*) FROM seats WHERE name = 'Ana'", [], |r| {
                    r.get::<_, i64>(0)
                })
            })
            .is_ok_and(|n| n == 0)
    })
    .await;
    assert!(freed, "the closed connection's seat is freed");
    let mut again = server.shell(&format!("{code}.Ana")).await;
    again.wait_for("you are Ana").await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_ssh_a_connection_dropped_during_the_choice_keeps_both_texts() {
    use crate::serve::{Server, WAIT};
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let mut bo = server.shell("bo").await;
    bo.wait_for("Lincoln Elementary").await;
    bo.send(b"\r").await;
    bo.wait_for("cl-1").await;
    bo.send(b"e").await;
    bo.send(b"Bo's thought").await;
    bo.wait_for("Bo's thought").await;
    // Meanwhile another process saves a note on the same indicator.
    {
        let mut store = Store::open(&server.db()).unwrap();
        let a = store.load(&id).unwrap();
        store.note(&a, "cl-1", "Ana's thought", "ana").unwrap();
    }
    bo.send(b"\x13").await; // Ctrl-S saves
    bo.wait_for("keep both").await;
    bo.channel.close().await.unwrap();
    let db = server.db();
    let both = eventually(WAIT, || {
        Store::open(&db).and_then(|s| s.load(&id)).is_ok_and(|a| {
            a.entries[0].note == "Ana's thought\n\n--- also written by bo ---\nBo's thought"
        })
    })
    .await;
    let note = Store::open(&db).unwrap().load(&id).unwrap().entries[0]
        .note
        .clone();
    assert!(both, "{note:?}");
    server.stop().await;
}
