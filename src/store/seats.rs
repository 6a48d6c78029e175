//! Seats: which live connection holds a participant's name in a coaching session, so
//! two terminals (two processes, or two SSH connections to one server) cannot take
//! part under one name and share its vote. The holder refreshes its seat with a cheap
//! heartbeat (one small UPDATE every [`HEARTBEAT_SECONDS`]) and frees it when it
//! leaves; a seat not refreshed for [`GRACE_SECONDS`] is free, so a terminal that
//! vanished without leaving (a crash, a killed process) holds the name only briefly.
//!
//! A seat is the name as people read it ([`crate::names::seat_key`]): `Ana`, `ana`,
//! `Ana` with a zero-width space and `Аna` with a Cyrillic `А` are one seat. The
//! `seats.name` column holds that key; the message of a refusal names the name as the
//! joiner typed it.

use super::Store;
use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, params};
use std::path::Path;
use std::time::Duration;

/// How often a holder refreshes its seat.
pub const HEARTBEAT_SECONDS: i64 = 10;
/// How long a seat stays taken without a heartbeat.
pub const GRACE_SECONDS: i64 = 30;

fn now_seconds() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// Why a name cannot be taken: said the same way wherever a participant joins.
fn taken(name: &str) -> Error {
    Error::input(crate::t!(
        "store-seat-taken",
        name = crate::text::one_line(name),
        seconds = GRACE_SECONDS
    ))
}

impl Store {
    /// Refuses when another live connection holds `name` in the session; for a clear
    /// message before a screen opens (the claim itself is [`Store::claim_seat`]).
    pub fn check_seat(&self, session_id: &str, name: &str) -> Result<()> {
        let key = crate::names::seat_key(name);
        let held: bool = self
            .conn
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM seats WHERE session_id = ?1 AND name = ?2 AND heartbeat_at >= ?3)",
            )?
            .query_row(
                params![session_id, key, now_seconds() - GRACE_SECONDS],
                |r| r.get(0),
            )?;
        if held { Err(taken(name)) } else { Ok(()) }
    }

    /// Takes the seat of `name` for `holder` (a token unique to one connection), or
    /// refuses while another holder's heartbeat is fresh. Taking one's own seat again
    /// (rejoining) just refreshes it.
    pub fn claim_seat(&mut self, session_id: &str, name: &str, holder: &str) -> Result<()> {
        let key = crate::names::seat_key(name);
        let now = now_seconds();
        let changed = self
            .conn
            .prepare_cached(
                "INSERT INTO seats (session_id, name, holder, heartbeat_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (session_id, name) DO UPDATE SET holder = excluded.holder,
                 heartbeat_at = excluded.heartbeat_at
             WHERE seats.holder = excluded.holder OR seats.heartbeat_at < ?5",
            )?
            .execute(params![session_id, key, holder, now, now - GRACE_SECONDS])?;
        if changed == 1 {
            Ok(())
        } else {
            Err(taken(name))
        }
    }

    /// Refreshes `holder`'s seat; false when it no longer holds it (another
    /// connection took the name after this one went quiet for too long).
    pub fn heartbeat_seat(&mut self, session_id: &str, name: &str, holder: &str) -> Result<bool> {
        let key = crate::names::seat_key(name);
        let changed = self
            .conn
            .prepare_cached(
                "UPDATE seats SET heartbeat_at = ?4 WHERE session_id = ?1 AND name = ?2 AND holder = ?3",
            )?
            .execute(params![session_id, key, holder, now_seconds()])?;
        Ok(changed == 1)
    }

    /// Frees `holder`'s seat, over a connection of its own so it can run from a
    /// destructor whatever else holds the store.
    pub fn release_seat(path: &Path, session_id: &str, name: &str, holder: &str) -> Result<()> {
        // Never creates a database: a file gone by now has no seat to free.
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.execute(
            "DELETE FROM seats WHERE session_id = ?1 AND name = ?2 AND holder = ?3",
            params![session_id, crate::names::seat_key(name), holder],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_session(dir: &Path) -> Store {
        let store = Store::open(&dir.join("t.db")).unwrap();
        store
            .conn
            .execute_batch(
                "INSERT INTO schools (id, name) VALUES (1, 'S');
                 INSERT INTO rubric_snapshots (id, rubric_id, version, text) VALUES (1, 'r', '1', '');
                 INSERT INTO assessments (id, school_id, date, snapshot_id, status, created_at, updated_at)
                     VALUES ('a', 1, '2026-11-02', 1, 'draft', 't', 't');
                 INSERT INTO sessions (id, assessment_id, plan_id, plan_title, facilitator, started_at)
                     VALUES ('s', 'a', 'p', 'P', 'F', 't');",
            )
            .unwrap();
        store
    }

    #[test]
    fn one_name_one_live_holder_and_a_silent_seat_frees_itself() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store_with_session(dir.path());
        store.claim_seat("s", "Ana", "one").unwrap();
        store.claim_seat("s", "Ana", "one").unwrap();
        let refused = store.claim_seat("s", "Ana", "two").unwrap_err().to_string();
        assert!(refused.contains("Ana is already taking part"), "{refused}");
        assert!(store.check_seat("s", "Ana").is_err());
        store.claim_seat("s", "Bo", "two").unwrap();
        assert!(store.heartbeat_seat("s", "Ana", "one").unwrap());
        assert!(!store.heartbeat_seat("s", "Ana", "two").unwrap());
        // The holder went quiet for longer than the grace period: the name is free.
        store
            .conn
            .execute(
                "UPDATE seats SET heartbeat_at = heartbeat_at - ?1 WHERE name = ?2",
                params![GRACE_SECONDS + 1, crate::names::seat_key("Ana")],
            )
            .unwrap();
        store.check_seat("s", "Ana").unwrap();
        store.claim_seat("s", "Ana", "two").unwrap();
        assert!(!store.heartbeat_seat("s", "Ana", "one").unwrap());
        Store::release_seat(store.path(), "s", "Ana", "two").unwrap();
        store.claim_seat("s", "Ana", "three").unwrap();
    }

    /// Issue 20, item 13: look-alike names take one seat; the refusal names the name as
    /// the second joiner typed it.
    #[test]
    fn look_alike_names_take_one_seat() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store_with_session(dir.path());
        store.claim_seat("s", "ana", "first").unwrap();
        for (n, name) in ["ANA", "Ana\u{200B}", "\u{0410}na", "\u{FEFF}ana"]
            .into_iter()
            .enumerate()
        {
            let holder = format!("other-{n}");
            let refused = store
                .claim_seat("s", name, &holder)
                .unwrap_err()
                .to_string();
            assert!(
                refused.contains("is already taking part"),
                "{name:?}: {refused}"
            );
            assert!(store.check_seat("s", name).is_err(), "{name:?}");
        }
        // An accented name: composed and decomposed are one seat.
        store.claim_seat("s", "\u{00C1}na", "accent").unwrap();
        assert!(store.claim_seat("s", "A\u{0301}na", "other").is_err());
        // The holder keeps it under any spelling of its name, and frees it.
        assert!(store.heartbeat_seat("s", "Ana", "first").unwrap());
        Store::release_seat(store.path(), "s", "ANA", "first").unwrap();
        store.claim_seat("s", "Ana\u{200B}", "other-1").unwrap();
        // Other names are other seats.
        store.claim_seat("s", "Anna", "anna").unwrap();
    }

    /// Issue 20, item 13: a look-alike name joining after the first has left comes
    /// back as that participant (with their votes), not as a second one.
    #[test]
    fn a_look_alike_name_joins_as_the_participant_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store_with_session(dir.path());
        assert_eq!(store.join_session("s", "Ana").unwrap(), "Ana");
        for name in ["ANA", "ana\u{200B}", "\u{0410}na"] {
            assert_eq!(store.join_session("s", name).unwrap(), "Ana", "{name:?}");
        }
        assert_eq!(store.join_session("s", "Bo").unwrap(), "Bo");
        assert_eq!(store.participants("s").unwrap(), vec!["Ana", "Bo"]);
    }
}
