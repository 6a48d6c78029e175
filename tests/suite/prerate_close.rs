//! Closing pre-rating and what an import does to it (issue 20 items 5, 6 and 9):
//! `prerate close --record-agreed` closes and records in one transaction (a failure
//! part-way leaves it open with nothing recorded; a second close is refused and
//! changes nothing); it records only the plan's indicators that enough members
//! pre-rated; `import --replace` of a file exported while pre-rating was open keeps
//! every member's pre-rating.

use crate::common::Env;
use predicates::prelude::*;
use rusqlite::Connection;
use touchstone::store::Store;

const MEMBERS: [&str; 4] = ["Ana", "Bo", "Cy", "Di"];

/// A new cs-site-2017 assessment with pre-rating open on `plan`: (id, code).
fn opened(env: &Env, plan: &str) -> (String, String) {
    let id = env.new_assessment("Lincoln Elementary");
    let out = env.ok(&[
        "session",
        "prerate",
        "open",
        "--assessment",
        &id,
        "--plan",
        plan,
    ]);
    let code = out
        .lines()
        .next()
        .unwrap()
        .rsplit("code ")
        .next()
        .unwrap()
        .trim_end_matches('.')
        .to_string();
    (id, code)
}

/// Each member pre-rates each indicator of `levels` (through the library, the call the
/// command makes).
fn prerate(env: &Env, code: &str, members: &[&str], levels: &[(&str, &str)]) {
    let mut store = Store::open(&env.db()).unwrap();
    let session = store.find_session(code).unwrap();
    for (indicator, level) in levels {
        for name in members {
            store.prerate(&session, name, indicator, level, "").unwrap();
        }
    }
}

fn count(env: &Env, sql: &str) -> i64 {
    Connection::open(env.db())
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

/// The indicators of the assessment that have a rating.
fn rated(env: &Env, id: &str) -> Vec<String> {
    let a = Store::open(&env.db()).unwrap().load(id).unwrap();
    a.rubric
        .indicators()
        .zip(&a.entries)
        .filter(|(_, e)| e.choice.is_some())
        .map(|((_, i), _)| i.id.clone())
        .collect()
}

/// A fault on the third recorded decision (a trigger planted in the test database,
/// as a kill -9 or a full disk would stop it part-way): the close fails, nothing is
/// recorded and pre-rating is still open. Without the fault the close records all;
/// a second close is refused and changes nothing.
#[test]
fn closing_with_its_agreed_levels_is_one_transaction() {
    let env = Env::new();
    let (id, code) = opened(&env, "baseline-check");
    prerate(
        &env,
        &code,
        &MEMBERS,
        &[("cl-1", "emerging"), ("pl-1", "developing"), ("ci-1", "na")],
    );
    let conn = Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER fault AFTER INSERT ON decisions
         WHEN (SELECT count(*) FROM decisions) >= 3
         BEGIN SELECT RAISE(ABORT, 'injected fault'); END;",
    )
    .unwrap();
    env.cmd()
        .args(["session", "prerate", "close", &code, "--record-agreed"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("injected fault"));
    assert_eq!(count(&env, "SELECT count(*) FROM decisions"), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM rating_events"), 0);
    assert!(rated(&env, &id).is_empty(), "{:?}", rated(&env, &id));
    let status = env.ok(&["session", "prerate", "status", &code]);
    assert!(status.starts_with("Pre-rating open"), "{status}");

    conn.execute_batch("DROP TRIGGER fault").unwrap();
    let out = env.ok(&["session", "prerate", "close", &code, "--record-agreed"]);
    assert!(out.contains("3 indicators agree"), "{out}");
    assert_eq!(rated(&env, &id), ["cl-1", "pl-1", "ci-1"]);
    assert_eq!(count(&env, "SELECT count(*) FROM decisions"), 3);

    let before = count(&env, "SELECT count(*) FROM rating_events");
    env.cmd()
        .args(["session", "prerate", "close", &code, "--record-agreed"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "has closed already, so nothing was changed",
        ));
    assert_eq!(count(&env, "SELECT count(*) FROM decisions"), 3);
    assert_eq!(count(&env, "SELECT count(*) FROM rating_events"), before);
}

/// `baseline-check` rates three indicators: N/A pre-rated by everyone on every
/// indicator records those three only, never N/A on the 58 nobody will discuss; and
/// an indicator of the plan that one member of four pre-rated is left for the room.
#[test]
fn record_agreed_records_only_the_plans_indicators_that_enough_members_pre_rated() {
    let env = Env::new();
    let (id, code) = opened(&env, "baseline-check");
    let store = Store::open(&env.db()).unwrap();
    let rubric = store.load(&id).unwrap().rubric;
    drop(store);
    let everything: Vec<(String, &str)> = rubric
        .indicators()
        .map(|(_, i)| (i.id.clone(), "na"))
        .filter(|(i, _)| i != "ci-1")
        .collect();
    let everything: Vec<(&str, &str)> = everything.iter().map(|(i, l)| (i.as_str(), *l)).collect();
    prerate(&env, &code, &MEMBERS, &everything);
    // ci-1: Ana alone.
    prerate(&env, &code, &["Ana"], &[("ci-1", "full")]);
    let out = env.ok(&["session", "prerate", "close", &code, "--record-agreed"]);
    assert_eq!(rated(&env, &id), ["cl-1", "pl-1"], "{out}");
    assert!(out.contains("2 indicators agree"), "{out}");
    assert!(out.contains("1 to discuss: ci-1"), "{out}");
}

/// An export made while pre-rating is open leaves the pre-ratings out (nobody sees
/// them before the reveal); replacing the assessment with it keeps them.
#[test]
fn import_replace_of_a_file_exported_during_pre_rating_keeps_every_pre_rating() {
    let env = Env::new();
    let (id, code) = opened(&env, "baseline-check");
    prerate(
        &env,
        &code,
        &MEMBERS[..3],
        &[("cl-1", "emerging"), ("pl-1", "developing")],
    );
    let file = env.path("lincoln.toml");
    env.ok(&["export", &id, "-o", file.to_str().unwrap()]);
    // The database moves on, so the file is a replacement, not a repeat.
    env.ok(&["rate", &id, "cl-5", "full"]);
    let out = env.ok(&["import", "--replace", file.to_str().unwrap()]);
    assert!(out.contains("1 replaced"), "{out}");
    let status = env.ok(&["session", "prerate", "status", &code]);
    assert!(status.contains("3 members so far"), "{status}");
    for name in &MEMBERS[..3] {
        let mine = env.ok(&["session", "prerate", "mine", &code, "--name", name]);
        assert!(mine.contains("2 of 61 indicators pre-rated"), "{mine}");
    }
    // And closing counts them.
    let out = env.ok(&["session", "prerate", "close", &code, "--record-agreed"]);
    assert!(out.contains("3 members pre-rated 2 indicators"), "{out}");
    assert_eq!(rated(&env, &id), ["cl-1", "pl-1"]);
}
