//! The migrations on databases older schemas left.

use super::*;
use crate::store::Store;
use rusqlite::Connection;

/// A database as schema 2 left it, with two assessments and a session of the first.
fn schema_2_database(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    migrate_between(&conn, 0, 2);
    conn.execute_batch(
        "INSERT INTO schools (id, name) VALUES (1, 'S');
         INSERT INTO rubric_snapshots (id, rubric_id, version, text) VALUES (1, 'r', '1', '');
         INSERT INTO assessments (id, school_id, date, snapshot_id, status, created_at, updated_at)
             VALUES ('a', 1, '2026-11-02', 1, 'draft', 't', 't'), ('b', 1, '2026-11-02', 1, 'draft', 't', 't');
         INSERT INTO sessions (id, assessment_id, plan_id, plan_title, facilitator, started_at)
             VALUES ('s', 'a', 'p', 'P', 'F', 't');",
    )
    .unwrap();
}

/// Migration 5 on a database as schema 4 left it: the log starts empty, the data
/// stays, and from then on every write is logged, even one made with plain SQL.
#[test]
fn migration_5_logs_changes_on_an_old_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    {
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, 4);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.last_change().unwrap(), 0, "nothing logged yet");
    let conn = Connection::open(&path).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let kept: i64 = conn
        .query_row("SELECT count(*) FROM assessments", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 2);
    conn.execute_batch(
        "INSERT INTO ratings (assessment_id, indicator_id, level, updated_at, updated_by)
             VALUES ('b', 'cl-1', '2', 't', 'x');
         INSERT INTO votes (session_id, indicator_id, round, participant, level, cast_at)
             VALUES ('s', 'cl-1', 1, 'Bo', '2', 't');",
    )
    .unwrap();
    let changes = store.changes_since(0).unwrap();
    assert_eq!(
        changes.keys,
        vec![
            crate::store::Changed::Assessment("b".into()),
            crate::store::Changed::Session("s".into())
        ]
    );
    assert_eq!(changes.last, 2);
    // Deleting the assessment logs it again (and its session, by the cascade).
    conn.execute("DELETE FROM assessments WHERE id = 'a'", [])
        .unwrap();
    let changes = store.changes_since(2).unwrap();
    assert!(
        changes.assessment("a") && changes.session("s"),
        "{changes:?}"
    );
    assert!(!changes.assessment("b"));
}

#[test]
fn migration_3_keeps_each_session_with_its_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let moved = conn.execute("UPDATE sessions SET assessment_id = 'b' WHERE id = 's'", []);
    let err = moved.unwrap_err().to_string();
    assert!(err.contains("cannot be moved"), "{err}");
    let upsert = conn.execute(
        "INSERT INTO sessions (id, assessment_id, plan_id, plan_title, facilitator, started_at)
         VALUES ('s', 'b', 'p', 'P', 'F', 't')
         ON CONFLICT (id) DO UPDATE SET assessment_id = excluded.assessment_id",
        [],
    );
    assert!(upsert.is_err());
    // Other changes to a session, and the data already there, are untouched.
    conn.execute(
        "UPDATE sessions SET plan_title = 'Q', assessment_id = 'a'",
        [],
    )
    .unwrap();
    let owner: String = conn
        .query_row(
            "SELECT assessment_id FROM sessions WHERE id = 's'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(owner, "a");
}

/// The evidence-added migration on a database made by the schema before it: old
/// entries keep their lists, the next add to a non-empty list logs only the item,
/// and a stale save based on the old version still meets it.
#[test]
fn evidence_added_migration_keeps_old_lists_and_logs_adds_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    let at = MIGRATIONS
        .iter()
        .position(|m| m.contains("ADD COLUMN evidence_added"))
        .unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, at);
        conn.execute_batch(
            "INSERT INTO evidence (assessment_id, indicator_id, position, text) VALUES ('a', 'cl-1', 0, 'Roster');
             INSERT INTO rating_events (assessment_id, indicator_id, old_level, new_level, old_note, new_note,
                                        actor, at, old_evidence, new_evidence)
                 VALUES ('a', 'cl-1', NULL, NULL, '', '', 'ana', 't', '[]', '[\"Roster\"]');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let version = store.version("a").unwrap();
    let history = store.indicator_history("a", "cl-1").unwrap();
    assert_eq!(history[0].evidence, Some((vec![], vec!["Roster".into()])));
    assert_eq!(history[0].evidence_added, None);
    let add = crate::store::Edit {
        evidence: Some(vec!["Roster".into(), "Minutes".into()]),
        ..Default::default()
    };
    let saved = store
        .save_entry("a", "cl-1", crate::store::Base::Parts(version), &add, "bo")
        .unwrap();
    assert!(
        matches!(saved, crate::store::Saved::Written { .. }),
        "{saved:?}"
    );
    let history = store.indicator_history("a", "cl-1").unwrap();
    assert_eq!(history[1].evidence, None);
    assert_eq!(history[1].evidence_added.as_deref(), Some("Minutes"));
    let stale = crate::store::Edit {
        evidence: Some(vec!["Roster".into(), "Agenda".into()]),
        ..Default::default()
    };
    let saved = store
        .save_entry(
            "a",
            "cl-1",
            crate::store::Base::Parts(version),
            &stale,
            "cy",
        )
        .unwrap();
    assert!(
        matches!(saved, crate::store::Saved::Conflict(_)),
        "{saved:?}"
    );
}

/// The pauses migration on a database made by the schema before it: an old
/// session has no pauses, and a pause of its clock is then kept with its times.
#[test]
fn pauses_migration_keeps_old_sessions_and_records_their_pauses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    let at = MIGRATIONS
        .iter()
        .position(|m| m.contains("CREATE TABLE session_pauses"))
        .unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, at);
        conn.execute_batch("UPDATE sessions SET code = 'ABCDEF' WHERE id = 's';")
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert!(store.pauses("s").unwrap().is_empty());
    // The old session takes pauses from now on (the clock's writes are tested in
    // `minutes_kept`).
    store
        .conn
        .execute_batch(
            "INSERT INTO session_pauses (session_id, segment, paused_at) VALUES ('s', 'Welcome', 1000);",
        )
        .unwrap();
    let pauses = store.pauses("s").unwrap();
    assert_eq!(
        (
            pauses[0].segment.as_str(),
            pauses[0].paused_at,
            pauses[0].resumed_at
        ),
        ("Welcome", 1000, None)
    );
}

/// The room-language migration on a database made by the schema before it: old
/// sessions were held in English, and keep everything else.
#[test]
fn room_language_migration_reads_old_sessions_as_english() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    let at = MIGRATIONS
        .iter()
        .position(|m| m.contains("ADD COLUMN lang"))
        .unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, at);
        conn.execute_batch(
            "UPDATE sessions SET code = 'ABCDEF', agreed = '[\"cl-1\"]' WHERE id = 's';",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let lang: String = store
        .conn
        .query_row("SELECT lang FROM sessions WHERE id = 's'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(lang, "en");
    let (code, agreed): (String, String) = store
        .conn
        .query_row(
            "SELECT code, agreed FROM sessions WHERE id = 's'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((code.as_str(), agreed.as_str()), ("ABCDEF", "[\"cl-1\"]"));
    assert_eq!(store.find_session("abcdef").unwrap(), "s");
}

/// The pre-rating migration on a database made by the schema before it: old
/// sessions are not open for pre-rating, agree on nothing, and keep their votes.
#[test]
fn prerating_migration_keeps_old_sessions_closed_with_their_votes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    let at = MIGRATIONS
        .iter()
        .position(|m| m.contains("ADD COLUMN prerating"))
        .unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, at);
        conn.execute_batch(
            "INSERT INTO votes (session_id, indicator_id, round, participant, level, cast_at)
                 VALUES ('s', 'cl-1', 1, 'Bo', '2', 't');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let listed = store.sessions().unwrap();
    assert_eq!(listed.len(), 1);
    assert!(!listed[0].prerating);
    let agreed: String = store
        .conn
        .query_row("SELECT agreed FROM sessions WHERE id = 's'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(agreed, "[]");
    assert_eq!(store.votes("s", "cl-1", 1).unwrap().len(), 1);
    assert!(store.prerate_progress("s").unwrap().is_empty());
}

/// The secret-ballot migration on a database made by the schema before it, with
/// named votes and the change-log rows their writes left: an ended private
/// session, an imported one and the closed rounds of a running one lose every
/// name and cast time (pre-ratings the room replaced marked so); an open-voting
/// session and the live round keep theirs; nothing in `changes` names anyone.
#[test]
fn secret_ballot_migration_takes_names_off_what_is_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    let at = MIGRATIONS
        .iter()
        .position(|m| m.contains("CREATE TABLE votes_sealed"))
        .unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, at);
        // s: ended, private. o: ended, open voting. i: imported (no code).
        // r: running, private, on cl-2 round 1 (hidden); cl-1 went to round 2.
        conn.execute_batch(
            "UPDATE sessions SET code = 'AAAAAA', ended_at = 'e' WHERE id = 's';
             INSERT INTO sessions (id, code, assessment_id, plan_id, plan_title, facilitator, started_at, ended_at, open_voting)
                 VALUES ('o', 'BBBBBB', 'a', 'p', 'P', 'F', 't', 'e', 1);
             INSERT INTO sessions (id, code, assessment_id, plan_id, plan_title, facilitator, started_at)
                 VALUES ('i', NULL, 'a', 'p', 'P', 'F', 't');
             INSERT INTO sessions (id, code, assessment_id, plan_id, plan_title, facilitator, started_at, indicator_id, round, revealed)
                 VALUES ('r', 'CCCCCC', 'a', 'p', 'P', 'F', 't', 'cl-2', 1, 0);
             INSERT INTO votes (session_id, indicator_id, round, participant, level, comment, cast_at) VALUES
                 ('s', 'cl-1', 0, 'Ana', 'emerging', 'pre', '2026-11-09T14:01:00Z'),
                 ('s', 'cl-1', 0, 'Bo', 'full', '', '2026-11-09T14:01:30Z'),
                 ('s', 'cl-1', 1, 'Ana', 'not-yet', 'why', '2026-11-09T14:02:00Z'),
                 ('s', 'cl-1', 1, 'Cy', 'developing', '', '2026-11-09T14:03:00Z'),
                 ('o', 'cl-1', 1, 'Ana', 'full', '', '2026-11-09T14:02:00Z'),
                 ('i', 'cl-1', 1, 'Bo', 'full', '', '2026-11-09T14:02:00Z'),
                 ('r', 'cl-1', 0, 'Ana', 'full', '', '2026-11-09T14:00:00Z'),
                 ('r', 'cl-1', 1, 'Ana', 'emerging', '', '2026-11-09T14:02:00Z'),
                 ('r', 'cl-1', 2, 'Ana', 'developing', '', '2026-11-09T14:04:00Z'),
                 ('r', 'cl-2', 0, 'Bo', 'full', '', '2026-11-09T14:00:00Z'),
                 ('r', 'cl-2', 1, 'Bo', 'emerging', '', '2026-11-09T14:05:00Z');",
        )
        .unwrap();
        let logged: i64 = conn
            .query_row(
                "SELECT count(*) FROM changes WHERE kind = 'session'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(logged > 0, "the old writes were logged");
    }
    let store = Store::open(&path).unwrap();
    type Row = (String, String, i64, Option<String>, Option<String>, bool);
    let rows = |sql: &str| -> Vec<Row> {
        let mut stmt = store.conn.prepare(sql).unwrap();
        stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    };
    let named = rows(
        "SELECT session_id, indicator_id, round, participant, cast_at, replaced FROM votes
         WHERE participant IS NOT NULL OR cast_at IS NOT NULL ORDER BY session_id, indicator_id, round",
    );
    let kept: Vec<(&str, &str, i64, Option<&str>)> = named
        .iter()
        .map(|(s, i, r, p, _, _)| (s.as_str(), i.as_str(), *r, p.as_deref()))
        .collect();
    assert_eq!(
        kept,
        [
            ("o", "cl-1", 1, Some("Ana")),
            ("r", "cl-1", 2, Some("Ana")),
            ("r", "cl-2", 0, Some("Bo")),
            ("r", "cl-2", 1, Some("Bo")),
        ],
        "only open voting and what can still change keep a name"
    );
    assert!(named.iter().all(|r| r.4.is_some() == r.3.is_some()));
    // Ana's pre-rating was replaced by her room vote; Bo's was not.
    let pre = rows(
        "SELECT session_id, indicator_id, round, participant, level, replaced FROM votes
         WHERE round = 0 AND participant IS NULL ORDER BY session_id, level",
    );
    let marks: Vec<(&str, Option<&str>, bool)> = pre
        .iter()
        .map(|(s, _, _, _, level, replaced)| (s.as_str(), level.as_deref(), *replaced))
        .collect();
    assert_eq!(
        marks,
        [
            ("r", Some("full"), true),
            ("s", Some("emerging"), true),
            ("s", Some("full"), false)
        ]
    );
    // Four votes of the ended session, all there, without a name.
    assert_eq!(store.votes("s", "cl-1", 1).unwrap().len(), 2);
    // The change log names no one (it holds session ids only).
    let mut stmt = store.conn.prepare("SELECT kind, key FROM changes").unwrap();
    let keys: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for name in ["Ana", "Bo", "Cy"] {
        assert!(!keys.iter().any(|(_, k)| k.contains(name)), "{keys:?}");
    }
    // The triggers came back with the table: a new vote is logged.
    let before = store.changes_since(0).unwrap().last;
    store
        .conn
        .execute(
            "INSERT INTO votes (session_id, indicator_id, round, participant, level) VALUES ('o', 'cl-3', 1, 'Dee', 'full')",
            [],
        )
        .unwrap();
    assert!(store.changes_since(0).unwrap().last > before);
}

#[test]
fn migration_8_leaves_old_assessments_as_they_were_and_logs_submits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    {
        // As schema 7 left it, with a final assessment from before submitting.
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, 7);
        conn.execute("UPDATE assessments SET status = 'final' WHERE id = 'b'", [])
            .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let row: (String, Option<String>) = store
        .conn
        .query_row(
            "SELECT status, submitted_at FROM assessments WHERE id = 'b'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(row, ("final".to_string(), None));
    store.reopen("b", "ana").unwrap();
    store.submit("a", &[], "bo").unwrap();
    assert_eq!(store.status_events("b").unwrap()[0].status, "draft");
    assert_eq!(store.status_events("a").unwrap()[0].actor, "bo");
}

#[test]
fn migration_7_keeps_old_sessions_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    {
        // As schema 6 left it.
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, 6);
    }
    let mut store = Store::open(&path).unwrap();
    let open: bool = store
        .conn
        .query_row("SELECT open_voting FROM sessions WHERE id = 's'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(
        !open,
        "a session from before the choice existed stays private"
    );
    store.set_open_voting("s", true).unwrap();
    let records = store.session_records("a").unwrap();
    assert!(records[0].open_voting);
}

#[test]
fn migration_4_logs_evidence_versions_the_plan_and_adds_seats() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    {
        // As schema 3 left it, with a rating logged the old way.
        let conn = Connection::open(&path).unwrap();
        migrate_between(&conn, 2, 3);
        conn.execute_batch(
            "INSERT INTO ratings (assessment_id, indicator_id, level, note, updated_at, updated_by)
                 VALUES ('a', 'cl-1', 'emerging', 'old note', 't', 'ana');
             INSERT INTO rating_events (assessment_id, indicator_id, old_level, new_level, old_note, new_note, actor, at)
                 VALUES ('a', 'cl-1', NULL, 'emerging', '', 'old note', 'ana', 't');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let history = store.indicator_history("a", "cl-1").unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].evidence, None);
    assert_eq!(history[0].note, Some((String::new(), "old note".into())));
    // The old entry is the indicator's version: a save based on it goes through,
    // and logs the evidence with the note as one entry.
    let version = store.version("a").unwrap();
    let edit = crate::store::Edit {
        note: Some("new note".into()),
        evidence: Some(vec!["Roster".into()]),
        level: None,
    };
    let saved = store
        .save_entry("a", "cl-1", crate::store::Base::Parts(version), &edit, "bo")
        .unwrap();
    assert!(
        matches!(saved, crate::store::Saved::Written { .. }),
        "{saved:?}"
    );
    let history = store.indicator_history("a", "cl-1").unwrap();
    assert_eq!(history[1].evidence, Some((vec![], vec!["Roster".into()])));
    // A save based on the old version now meets Bo's change.
    let stale = store
        .save_entry(
            "a",
            "cl-1",
            crate::store::Base::Parts(version),
            &edit.clone(),
            "cy",
        )
        .unwrap();
    assert!(matches!(stale, crate::store::Saved::Unchanged { .. }));
    let other = crate::store::Edit {
        note: Some("Cy's note".into()),
        ..Default::default()
    };
    match store
        .save_entry(
            "a",
            "cl-1",
            crate::store::Base::Parts(version),
            &other,
            "cy",
        )
        .unwrap()
    {
        crate::store::Saved::Conflict(c) => {
            assert_eq!(c.actor, "bo");
            assert_eq!(c.now.note, "new note");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(store.plan_version("a").unwrap(), 0);
    assert!(store.set_actions_based("a", 0, &[], "bo").is_ok());
    match store.set_actions_based("a", 0, &[], "cy") {
        Err(crate::error::Error::Conflict(c)) => assert_eq!(c.by.as_deref(), Some("bo")),
        other => panic!("{other:?}"),
    }
    store.claim_seat("s", "Ana", "one").unwrap();
    assert!(store.claim_seat("s", "Ana", "two").is_err());
}

/// A database as the schema before the figures table left it: two assessments of
/// the bundled site rubric, one rated, one deleted.
fn before_figures_database(path: &std::path::Path) -> usize {
    let figures_at = MIGRATIONS
        .iter()
        .position(|m| m.contains("CREATE TABLE assessment_figures"))
        .unwrap();
    let conn = Connection::open(path).unwrap();
    migrate_between(&conn, 0, figures_at);
    let registry = crate::rubric::Registry::bundled();
    let entry = registry.latest("cs-site-2017").unwrap();
    conn.execute(
        "INSERT INTO rubric_snapshots (id, rubric_id, version, text) VALUES (1, ?1, ?2, ?3)",
        rusqlite::params![entry.rubric.id, entry.rubric.version, entry.text.as_ref()],
    )
    .unwrap();
    conn.execute_batch(
        "INSERT INTO schools (id, name) VALUES (1, 'S');
         INSERT INTO assessments (id, school_id, date, snapshot_id, status, created_at, updated_at, deleted_at)
             VALUES ('a', 1, '2026-11-02', 1, 'draft', 't', '2026-11-02T10:00:00Z', NULL),
                    ('b', 1, '2026-11-03', 1, 'draft', 't', '2026-11-03T10:00:00Z', 't');
         INSERT INTO ratings (assessment_id, indicator_id, level, updated_at, updated_by)
             VALUES ('a', 'cl-1', 'full', 't', 'x'), ('a', 'cl-2', 'na', 't', 'x'),
                    ('b', 'cl-1', 'emerging', 't', 'x');",
    )
    .unwrap();
    figures_at
}

/// The targets migration on a database made by the schema before it: every
/// school, assessment and outcome row stays, there are no targets, and one can be
/// set, replaced and cleared.
#[test]
fn targets_migration_keeps_everything_and_starts_with_no_targets() {
    use crate::outcomes::scorecard::{Measure, Target};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_2_database(&path);
    let at = MIGRATIONS
        .iter()
        .position(|m| m.contains("CREATE TABLE targets"))
        .unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        for sql in &MIGRATIONS[2..at] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", at as i64).unwrap();
        conn.execute_batch(
            "UPDATE schools SET district = 'North', code = '0601' WHERE id = 1;
             INSERT INTO outcomes (school_id, year, student_group, ca_eligible_n, ca_chronic_n)
                 VALUES (1, 2025, 'all', 100, 17);",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.school_list().unwrap().len(), 1);
    assert_eq!(store.outcome_rows(None).unwrap().len(), 1);
    let kept: (i64, i64) = store
        .conn
        .query_row(
            "SELECT (SELECT count(*) FROM assessments), (SELECT count(*) FROM sessions)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(kept, (2, 1));
    assert!(store.targets().unwrap().is_empty());
    let target = Target {
        measure: Measure::FullyImplementing,
        district: Some("North".into()),
        year: 2026,
        value: 60.0,
    };
    assert_eq!(store.set_target(&target).unwrap(), None);
    let higher = Target {
        value: 70.0,
        ..target.clone()
    };
    assert_eq!(store.set_target(&higher).unwrap(), Some(60.0));
    assert_eq!(store.targets().unwrap(), vec![higher]);
    assert!(
        store
            .clear_target(Measure::FullyImplementing, Some("North"), 2026)
            .unwrap()
    );
    assert!(
        !store
            .clear_target(Measure::FullyImplementing, Some("North"), 2026)
            .unwrap()
    );
    assert!(store.targets().unwrap().is_empty());
}

#[test]
fn the_figures_migration_counts_existing_assessments() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    before_figures_database(&path);
    let store = Store::open(&path).unwrap();
    for id in ["a", "b"] {
        let stored = store.figures(id).unwrap();
        let recount = crate::store::Figures::of(&store.load(id).unwrap().score());
        assert_eq!(stored, Some(recount), "{id}");
    }
    let a = store.figures("a").unwrap().unwrap();
    assert_eq!((a.rated, a.at_full), (2, 1));
    assert_eq!(a.applicable, a.indicators - 1, "cl-2 is N/A");
    assert_eq!(store.figures("b").unwrap().unwrap().rated, 1);
}
