//! Read-only means read-only at every door (issue 20 item 4): a submitted assessment's
//! ratings, notes, evidence, action steps and a session's consensus are refused by one
//! check where every change is written (`store::rows::change`, inside the writing
//! transaction), and each front end says so in its own words: the store's own calls,
//! the command line, plain mode (`open` then `4`), a note editor left open while
//! someone else submits, and a running session's decision after a submit.

use crate::common::{Env, open_app, session_app, start_baseline};
use crate::plain_mode::transcript;
use crate::snapshot::{ctrl, keys};
use predicates::prelude::*;
use rusqlite::Connection;
use std::path::Path;
use touchstone::assessment::{Action as Step, ActionStatus};
use touchstone::rubric::Choice;
use touchstone::store::{Base, Edit, Store};
use touchstone::tui::app::SessionRole;
use touchstone::tui::keymap::Ctx;

/// Everything the database holds about assessments and sessions, as text: equal
/// before and after means nothing was written.
fn contents(db: &Path) -> String {
    let conn = Connection::open(db).unwrap();
    let mut out = String::new();
    for table in [
        "assessments",
        "ratings",
        "evidence",
        "actions",
        "rating_events",
        "sessions",
        "votes",
        "decisions",
    ] {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = stmt.column_count();
        let rows: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        out.push_str(&format!("{table}:\n{}\n", rows.join("\n")));
    }
    out
}

fn refused<T: std::fmt::Debug>(what: &str, result: touchstone::error::Result<T>) {
    match result {
        Err(e) => {
            assert_eq!(e.exit_code(), 2, "{what}: {e}");
            assert!(
                e.to_string().contains("submitted, so it is read-only"),
                "{what}: {e}"
            );
        }
        Ok(v) => panic!("{what} was not refused on a submitted assessment: {v:?}"),
    }
}

/// Every call of the store that changes an assessment's content, on a submitted one:
/// each is refused the same way and the database is left exactly as it was. After
/// reopening, the same calls write.
#[test]
fn every_write_to_a_submitted_assessment_is_refused_where_it_is_written() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.ok(&["rate", &id, "cl-1", "emerging", "--note", "Minutes"]);
    let mut store = Store::open(&env.db()).unwrap();
    // A session running on it, with votes on ci-1, and another open for pre-rating.
    let live = start_baseline(&mut store, &id);
    store.join_session(&live.id, "Ana").unwrap();
    store.discuss(&live.id, Some("ci-1")).unwrap();
    let live = store.live_session(&live.id).unwrap();
    store.vote(&live, "Ana", "developing", "").unwrap();
    store.reveal(&live.id).unwrap();
    drop(store);
    let opened = env.ok(&["session", "prerate", "open", "--assessment", &id]);
    let code = opened
        .lines()
        .next()
        .unwrap()
        .rsplit("code ")
        .next()
        .unwrap()
        .trim_end_matches('.')
        .to_string();
    // Two members agree on cl-2 (one member's pre-rating alone never settles it).
    for name in ["Bo", "Cy"] {
        env.ok(&[
            "session", "prerate", "rate", &code, "--name", name, "cl-2", "full",
        ]);
    }
    env.ok(&["submit", &id, "--by", "Ana Ruiz"]);

    let before = contents(&env.db());
    let mut store = Store::open(&env.db()).unwrap();
    let a = store.load(&id).unwrap();
    let version = store.version(&id).unwrap();
    let plan = store.plan_version(&id).unwrap();
    let step = Step {
        indicator: "cl-1".into(),
        step: "Publish the minutes".into(),
        owner: None,
        due: None,
        status: ActionStatus::Open,
    };
    let level = |c| Edit {
        level: Some(Some(a.rubric.choice_key(c).to_string())),
        ..Edit::default()
    };
    refused(
        "rate",
        store.rate(&a, "cl-1", Some(Choice::Level(3)), None, "x"),
    );
    refused("note", store.note(&a, "cl-1", "changed", "x"));
    refused(
        "a versioned save",
        store.save_entry(
            &id,
            "cl-1",
            Base::Parts(version),
            &level(Choice::Level(3)),
            "x",
        ),
    );
    refused(
        "a save of anything",
        store.save_entry(
            &id,
            "cl-2",
            Base::Latest,
            &level(Choice::NotApplicable),
            "x",
        ),
    );
    refused(
        "evidence",
        store.set_evidence(&id, "cl-1", &["Charter".to_string()], "x"),
    );
    refused(
        "the action plan",
        store.set_actions(&id, std::slice::from_ref(&step)),
    );
    refused(
        "a versioned action plan",
        store.set_actions_based(&id, plan, std::slice::from_ref(&step), "x"),
    );
    refused(
        "a session's consensus",
        store.decide(
            &live,
            &a,
            "ci-1",
            Choice::Level(2),
            None,
            None,
            1,
            "Dana (consensus)",
        ),
    );
    drop(store);
    // The command line: a rating, and closing pre-rating with its agreed levels.
    env.cmd()
        .args(["rate", &id, "cl-2", "emerging"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("submitted, so it is read-only"));
    env.cmd()
        .args(["session", "prerate", "close", &code, "--record-agreed"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("submitted, so it is read-only"));
    assert_eq!(contents(&env.db()), before, "something was written");

    // Reopened, the same calls write.
    env.ok(&["reopen", &id]);
    let mut store = Store::open(&env.db()).unwrap();
    let a = store.load(&id).unwrap();
    store
        .rate(&a, "cl-1", Some(Choice::Level(3)), None, "x")
        .unwrap();
    store.set_actions(&id, &[step]).unwrap();
    store
        .decide(&live, &a, "ci-1", Choice::Level(2), None, None, 1, "Dana")
        .unwrap();
    let a = store.load(&id).unwrap();
    assert_eq!(a.entries[0].choice, Some(Choice::Level(3)));
    assert_eq!(a.actions.len(), 1);
}

/// Plain mode: `open`, then `4` on a submitted assessment is refused in plain words
/// and the rating stays as it was (it used to say "Saved: cl-1 rated Fully
/// implementing" while the status stayed final).
#[test]
fn plain_mode_cannot_rate_a_submitted_assessment() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.ok(&["submit", &id, "--by", "Ana Ruiz"]);
    let before = contents(&env.db());
    let text = transcript(
        env.cmd().arg("--plain"),
        "open 1\n4\nnote Changed\nevidence Charter\nquit\n",
    );
    assert!(!text.contains("Saved:"), "{text}");
    assert!(
        text.contains("Not saved: cl-1 stays as it was. tester submitted this assessment at "),
        "{text}"
    );
    assert!(
        text.contains("so it is read-only; reopen it first"),
        "{text}"
    );
    assert_eq!(contents(&env.db()), before);
}

/// A note editor opened on a draft, then someone else submits: saving is refused,
/// the typed text stays in the editor, and quitting keeps it in a file it names.
#[test]
fn a_note_editor_left_open_across_a_submit_saves_nothing_and_loses_nothing() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut ana = open_app(&env.db(), "Ana", Some(id.clone()), None);
    keys(&mut ana, "e");
    assert_eq!(ana.ctx(), Ctx::Editor);
    keys(&mut ana, "Decisions are minuted");
    // Bo submits from another process meanwhile.
    env.cmd()
        .env("TOUCHSTONE_USER", "Bo")
        .args(["submit", &id])
        .assert()
        .success();
    ctrl(&mut ana, 's');
    let status = ana
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert_eq!(
        Store::open(&env.db()).unwrap().load(&id).unwrap().entries[0].note,
        "",
        "the note was saved on a submitted assessment"
    );
    assert!(
        status.contains("Not saved: Bo submitted this assessment"),
        "{status}"
    );
    assert!(
        status.contains("Your text is still in the editor"),
        "{status}"
    );
    assert_eq!(ana.ctx(), Ctx::Editor, "the typed text was closed away");
    // Ctrl-C: nothing can be saved, so the text goes to a file beside the database.
    ctrl(&mut ana, 'c');
    assert!(ana.quit);
    let folder = env.db().parent().unwrap().join("touchstone-recovered");
    let files: Vec<_> = std::fs::read_dir(&folder)
        .expect("a recovery folder")
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let kept = std::fs::read_to_string(&files[0]).unwrap();
    assert!(kept.contains("Decisions are minuted"), "{kept}");
    let status = ana
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(status.contains(&files[0].display().to_string()), "{status}");
    assert_eq!(
        Store::open(&env.db()).unwrap().load(&id).unwrap().entries[0].note,
        ""
    );
}

/// A running session whose assessment is submitted under it goes on, but its
/// consensus is not recorded: "submitted meanwhile — reopen to record". After a
/// reopen the same key records it.
#[test]
fn a_sessions_decision_after_a_submit_is_refused_until_reopened() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut store = Store::open(&env.db()).unwrap();
    let live = start_baseline(&mut store, &id);
    store.join_session(&live.id, "Ana").unwrap();
    drop(store);
    let mut dana = session_app(
        &env.db(),
        "Dana",
        SessionRole::Facilitate {
            session_id: live.id.clone(),
        },
    );
    // To the rating segment, where ci-1 (or the first baseline indicator) comes up.
    keys(&mut dana, ">");
    env.cmd()
        .env("TOUCHSTONE_USER", "Bo")
        .args(["submit", &id])
        .assert()
        .success();
    let before = contents(&env.db());
    keys(&mut dana, "3");
    let status = dana
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert_eq!(contents(&env.db()), before, "{status}");
    assert!(
        status.contains("Not recorded: Bo submitted the assessment meanwhile"),
        "{status}"
    );
    assert!(status.contains("reopen it"), "{status}");
    env.ok(&["reopen", &id]);
    dana.tick();
    keys(&mut dana, "3");
    let status = dana
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(status.starts_with("Recorded "), "{status}");
    let decided = Store::open(&env.db())
        .unwrap()
        .decided_indicators(&live.id)
        .unwrap();
    assert_eq!(decided.len(), 1, "{decided:?}");
}
