//! Storage guarantees: committed ratings survive a killed process, a newer or foreign
//! database is refused untouched, the file is private, and other connections' writes
//! are noticed.

use crate::common::Env;
use rusqlite::Connection;
use std::process::{Command, Stdio};
use std::time::Duration;
use touchstone::rubric::Choice;
use touchstone::store::{SCHEMA_VERSION, Store};

fn levels(env: &Env, id: &str) -> Vec<(String, Option<String>)> {
    let report = env.json(&["report", id, "--format", "json"]);
    report["by_standard"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["ratings"].as_array().unwrap().clone())
        .map(|r| {
            (
                r["indicator"].as_str().unwrap().to_string(),
                r["level"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn killing_a_rate_never_loses_an_earlier_one() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let indicators: Vec<String> = (1..=6)
        .map(|i| format!("cl-{i}"))
        .chain((1..=5).map(|i| format!("pl-{i}")))
        .collect();
    let mut acknowledged = Vec::new();
    for (n, indicator) in indicators.iter().enumerate() {
        // Every other rate is killed at a different moment of its life.
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("touchstone"))
            .args(["rate", &id, indicator, "developing"])
            .env("TOUCHSTONE_DB", env.db())
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if n % 2 == 1 {
            std::thread::sleep(Duration::from_millis(3 * n as u64));
            let _ = child.kill();
        }
        let out = child.wait_with_output().unwrap();
        if out.status.success() && String::from_utf8_lossy(&out.stdout).contains("(saved)") {
            acknowledged.push(indicator.clone());
        }
    }
    assert!(
        acknowledged.len() >= indicators.len() / 2,
        "the unkilled rates all finish"
    );
    let stored = levels(&env, &id);
    for indicator in &acknowledged {
        let level = stored
            .iter()
            .find(|(i, _)| i == indicator)
            .and_then(|(_, l)| l.clone());
        assert_eq!(
            level.as_deref(),
            Some("developing"),
            "{indicator} was acknowledged but lost"
        );
    }
    let conn = Connection::open(env.db()).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn a_database_from_a_newer_touchstone_is_refused_untouched() {
    let env = Env::new();
    env.new_assessment("Lincoln Elementary");
    {
        let conn = Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(env.db()).unwrap();
    for args in [
        &["list"][..],
        &["new", "--school", "X", "--rubric", "cs-site-2017"],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("newer Touchstone") && stderr.contains("left untouched"),
            "{stderr}"
        );
    }
    assert_eq!(
        before,
        std::fs::read(env.db()).unwrap(),
        "the file is byte-identical"
    );
    assert!(!env.path("touchstone.db-wal").exists());
}

/// Issue 20: a database with Touchstone's mark but `user_version` -1 opened as
/// current, and one with 0 ran the first migration over its tables and printed its
/// SQL. Both are refused as damaged or foreign, untouched, without any SQL.
#[test]
fn a_database_with_an_impossible_schema_version_is_refused_untouched() {
    // `user_version` is a signed 32-bit number.
    for version in [-1_i64, 0, i64::from(i32::MIN)] {
        let env = Env::new();
        env.new_assessment("Lincoln Elementary");
        {
            let conn = Connection::open(env.db()).unwrap();
            conn.pragma_update(None, "user_version", version).unwrap();
            conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        }
        let before = std::fs::read(env.db()).unwrap();
        for args in [
            &["list"][..],
            &["new", "--school", "X", "--rubric", "cs-site-2017"],
        ] {
            let out = env.cmd().args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{version} {args:?}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.contains(&format!(
                    "schema version {version}, which no Touchstone writes"
                )),
                "{stderr}"
            );
            assert!(!stderr.contains("CREATE"), "{stderr}");
        }
        assert_eq!(before, std::fs::read(env.db()).unwrap(), "{version}");
    }
}

#[test]
fn a_sqlite_file_of_another_program_is_refused() {
    let env = Env::new();
    {
        let conn = Connection::open(env.db()).unwrap();
        conn.execute_batch("CREATE TABLE other (x)").unwrap();
    }
    let before = std::fs::read(env.db()).unwrap();
    let out = env.cmd().args(["list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a Touchstone one"));
    assert_eq!(before, std::fs::read(env.db()).unwrap());
}

#[cfg(unix)]
#[test]
fn the_database_file_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.new_assessment("Lincoln Elementary");
    let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn the_default_database_lives_in_the_data_folder() {
    let env = Env::new();
    let out = env
        .cmd()
        .env_remove("TOUCHSTONE_DB")
        .args(["new", "--school", "S", "--rubric", "csf-2023"])
        .output()
        .unwrap();
    crate::common::assert_success(&out);
    assert!(env.path("data/touchstone/touchstone.db").exists());
}

fn open_with_assessment(path: &std::path::Path) -> (Store, String) {
    let mut store = Store::open(path).unwrap();
    let id = crate::common::lincoln(&mut store);
    (store, id)
}

#[test]
fn another_connections_write_changes_data_version_and_is_seen() {
    let env = Env::new();
    let (mut writer, id) = open_with_assessment(&env.db());
    let reader = Store::open(&env.db()).unwrap();
    let before = reader.data_version().unwrap();
    let assessment = writer.load(&id).unwrap();
    writer
        .rate(
            &assessment,
            "cl-1",
            Some(Choice::Level(3)),
            Some("ok"),
            "someone",
        )
        .unwrap();
    assert_ne!(reader.data_version().unwrap(), before);
    let seen = reader.load(&id).unwrap();
    assert_eq!(seen.entries[0].choice, Some(Choice::Level(3)));
    assert_eq!(seen.entries[0].note, "ok");
}

#[test]
fn every_change_is_logged_with_old_and_new_values() {
    let env = Env::new();
    let (mut store, id) = open_with_assessment(&env.db());
    let a = store.load(&id).unwrap();
    store
        .rate(&a, "cl-1", Some(Choice::Level(1)), None, "ana")
        .unwrap();
    store
        .rate(&a, "cl-1", Some(Choice::Level(2)), Some("better"), "bo")
        .unwrap();
    store
        .rate(&a, "cl-1", Some(Choice::Level(2)), Some("better"), "bo")
        .unwrap();
    let events = store.events(&id).unwrap();
    assert_eq!(
        events.len(),
        2,
        "a change to the same value is not a change"
    );
    assert_eq!(events[0].change.old_level, None);
    assert_eq!(events[0].change.new_level.as_deref(), Some("emerging"));
    assert_eq!(events[0].actor, "ana");
    assert_eq!(events[1].change.old_level.as_deref(), Some("emerging"));
    assert_eq!(events[1].change.new_level.as_deref(), Some("developing"));
    assert_eq!(events[1].change.new_note, "better");
}
