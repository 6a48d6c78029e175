//! SQLite storage: opening (pragmas, permissions, migrations), and the queries the
//! rest of the program uses. Every write is its own `BEGIN IMMEDIATE` transaction,
//! committed before the caller returns.

mod assessments;
mod edits;
mod network;
mod schema;
mod sessions;

pub use assessments::{ImportOutcome, ListRow, NewAssessment, RatingChange, RatingEvent};
pub use network::LatestAssessment;
pub use schema::SCHEMA_VERSION;
pub use sessions::{LiveSession, SessionSummary, Vote};

use crate::error::{Error, Result};
use crate::rubric::{self, Snapshot};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Parsed rubric snapshots by row id; snapshots never change once written.
    snapshots: RefCell<HashMap<i64, Snapshot>>,
}

impl Store {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let fresh = !path.exists();
        if fresh {
            create_private_file(path)?;
        } else {
            refuse_foreign_or_newer(path)?;
        }
        let conn = Connection::open(path)
            .map_err(|e| Error::failure(format!("cannot open {}: {e}", path.display())))?;
        configure(&conn)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            snapshots: RefCell::default(),
        };
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Changes whenever another connection commits; poll it to notice other
    /// processes' writes.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if current > SCHEMA_VERSION {
            return Err(newer_schema(&self.path, current));
        }
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(current as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        if current == 0 {
            tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The rubric stored under a snapshot row, parsed once per process.
    fn snapshot(&self, snapshot_id: i64) -> Result<Snapshot> {
        if let Some(hit) = self.snapshots.borrow().get(&snapshot_id) {
            return Ok(hit.clone());
        }
        let text: String = self.conn.query_row(
            "SELECT text FROM rubric_snapshots WHERE id = ?1",
            [snapshot_id],
            |r| r.get(0),
        )?;
        let rubric = rubric::parse("stored rubric", &text).map_err(|problems| {
            Error::failure(format!(
                "a rubric stored in the database no longer reads: {}",
                problems[0]
            ))
        })?;
        let entry = (Arc::new(rubric), Arc::<str>::from(text));
        self.snapshots
            .borrow_mut()
            .insert(snapshot_id, entry.clone());
        Ok(entry)
    }

    /// Ids that start with `prefix`, by a query taking the prefix (?1) and its length
    /// (?2); at most six, enough to list an ambiguous prefix.
    fn ids_with_prefix(&self, sql: &str, prefix: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let ids = stmt
            .query_map(rusqlite::params![prefix, prefix.len() as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Stored rubric text for an id and version, for rubrics no longer installed.
    pub fn stored_rubric(&self, id: &str, version: &str) -> Result<Option<Snapshot>> {
        let row: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM rubric_snapshots WHERE rubric_id = ?1 AND version = ?2
                 ORDER BY id DESC LIMIT 1",
                [id, version],
                |r| r.get(0),
            )
            .optional()?;
        row.map(|snapshot| self.snapshot(snapshot)).transpose()
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(10))?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::failure(format!(
            "the database could not switch to WAL mode (it is in {mode} mode)"
        )));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

/// Creates the database file readable only by its owner (SQLite gives its WAL and
/// shared-memory files the same mode).
fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::failure(format!("cannot create the folder {}: {e}", dir.display()))
        })?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another process created it first: open theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::failure(format!(
            "cannot create {}: {e}",
            path.display()
        ))),
    }
}

/// Looks at an existing file read-only before anything writes to it: it must be a
/// Touchstone database (or empty) no newer than this binary.
fn refuse_foreign_or_newer(path: &Path) -> Result<()> {
    let bad = |e: rusqlite::Error| {
        Error::input(format!(
            "{} is not a Touchstone database: {e}",
            path.display()
        ))
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(bad)?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(bad)?;
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(bad)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(bad)?;
    if app != schema::APPLICATION_ID && (app != 0 || tables > 0) {
        return Err(Error::input(format!(
            "{} is a SQLite database, but not a Touchstone one; choose another file with --db",
            path.display()
        )));
    }
    if version > SCHEMA_VERSION {
        return Err(newer_schema(path, version));
    }
    Ok(())
}

fn newer_schema(path: &Path, version: i64) -> Error {
    Error::input(format!(
        "{} was written by a newer Touchstone (schema {version}; this one knows up to {SCHEMA_VERSION}); \
         it was left untouched — upgrade Touchstone to open it",
        path.display()
    ))
}
