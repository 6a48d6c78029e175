//! The database schema, as an ordered list of migrations. `PRAGMA user_version` holds
//! how many have been applied; a database with a higher number is from a newer
//! Touchstone and is refused untouched.

/// Marks a file as a Touchstone database (`PRAGMA application_id`): "TchS".
pub const APPLICATION_ID: i64 = 0x5463_6853;

/// The SQL that gives the key `$key` (an expression) of `$kind` the next sequence
/// number in `changes`.
macro_rules! bump {
    ($kind:literal, $key:expr) => {
        concat!(
            "INSERT INTO changes (kind, key, seq) VALUES ('",
            $kind,
            "', ",
            $key,
            ", (SELECT ifnull(max(seq), 0) + 1 FROM changes)) ",
            "ON CONFLICT (kind, key) DO UPDATE SET seq = excluded.seq;"
        )
    };
}

/// When a trigger bumps the key `$key`: unless it is NULL or already holds the newest
/// number. A write of thousands of ratings to one assessment then costs one update of
/// the log, not thousands (and an index look-up per row). Readers ask for `seq >=`
/// the last they saw (see `store::changes`), so a change of the key that holds the
/// newest number is never missed.
macro_rules! unless_newest {
    ($kind:literal, $key:expr) => {
        concat!(
            "WHEN ",
            $key,
            " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM (SELECT kind, key FROM changes ",
            "ORDER BY seq DESC LIMIT 1) WHERE kind = '",
            $kind,
            "' AND key = ",
            $key,
            ")"
        )
    };
}

/// One trigger: after `$event` (INSERT, UPDATE, DELETE; `$lower` its name in the
/// trigger's name) on `$table`, the `$kind` that `$row.$column` names is bumped.
macro_rules! change_trigger {
    ($table:literal, $kind:literal, $column:literal, $event:literal, $lower:literal, $row:literal) => {
        concat!(
            "CREATE TRIGGER ",
            $table,
            "_",
            $lower,
            "_changes AFTER ",
            $event,
            " ON ",
            $table,
            " ",
            unless_newest!($kind, concat!($row, ".", $column)),
            " BEGIN ",
            bump!($kind, concat!($row, ".", $column)),
            " END;\n",
        )
    };
}

/// Triggers that record every insert, update and delete of `$table` as a change of
/// the `$kind` its `$column` names. (No write moves a row to another key: ids never
/// change, and a session stays with its assessment by migration 3. Every trigger is
/// compiled into each statement that writes the table, so there are no more than
/// these.)
macro_rules! change_triggers {
    ($table:literal, $kind:literal, $column:literal) => {
        concat!(
            change_trigger!($table, $kind, $column, "INSERT", "insert", "NEW"),
            change_trigger!($table, $kind, $column, "UPDATE", "update", "NEW"),
            change_trigger!($table, $kind, $column, "DELETE", "delete", "OLD"),
        )
    };
}

mod assessments;
mod changes;
mod network;
mod schools;
mod sessions;

/// Every migration, in the order it is applied: the schema version of a database is
/// how many it has. Append new ones at the end; never change or reorder one.
pub const MIGRATIONS: &[&str] = &[
    assessments::FIRST_SCHEMA,
    sessions::COACHING_SESSIONS,
    sessions::SESSIONS_STAY_WITH_THEIR_ASSESSMENT,
    assessments::VERSIONED_EDITS_AND_SEATS,
    changes::CHANGE_LOG,
    changes::FIGURES,
    sessions::OPEN_VOTING,
    assessments::SUBMITTING,
    sessions::PRERATING,
    sessions::ROOM_LANGUAGE,
    sessions::SECRET_BALLOT,
    assessments::EVIDENCE_ADDED,
    schools::SCHOOL_CODE,
    schools::OUTCOMES,
    sessions::PAUSES,
    network::TARGETS,
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
/// For tests of a migration: brings `conn` from schema `from` to schema `to` by the
/// migrations between, marked as a Touchstone of schema `to` leaves a database.
#[cfg(test)]
pub(crate) fn migrate_between(conn: &rusqlite::Connection, from: usize, to: usize) {
    for sql in &MIGRATIONS[from..to] {
        conn.execute_batch(sql).expect("a migration applies");
    }
    conn.pragma_update(None, "user_version", to as i64)
        .expect("user_version is set");
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .expect("application_id is set");
}

#[cfg(test)]
mod tests;
