//! SQLite storage: opening (pragmas, permissions, migrations), and the queries the
//! rest of the program uses. Every write is its own `BEGIN IMMEDIATE` transaction,
//! committed before the caller returns.

mod assessments;
mod changes;
mod edits;
mod entries;
mod figures;
mod listing;
mod network;
mod outcomes;
#[allow(missing_docs)] // layer adds these
mod prerate;
mod prerate_paper;
mod rows;
mod schema;
mod schools;
#[allow(missing_docs)] // layer adds these
mod seats;
#[allow(missing_docs)] // layer adds these
mod sessions;
mod submit;
mod targets;

pub use crate::schools::shown as shown_school;
pub use assessments::{ImportOutcome, NewAssessment, RatingEvent};
pub use changes::{Changed, Changes, Seen, Watcher};
pub use entries::{Base, Conflict, Edit, EntryState, HistoryEntry, MAX_EVIDENCE_ITEMS, Saved};
pub use figures::{Difference, Figures};
pub use listing::Listed;
pub use network::LatestAssessment;
pub use outcomes::{OutcomeConflict, OutcomeImport};
pub use prerate::{AgreedLevel, PreRating, RecordAgreed};
pub use prerate_paper::PaperRow;
pub use rows::RatingChange;
pub use schema::SCHEMA_VERSION;
pub use seats::{GRACE_SECONDS, HEARTBEAT_SECONDS};
pub use sessions::{LiveSession, SessionSummary, Vote};
pub use submit::StatusEvent;

use crate::error::{Error, Result};
use crate::rubric::{self, Snapshot};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// The one door to the database: every read and write of Touchstone's data goes through it
/// (no SQL elsewhere).
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Parsed rubric snapshots by row id; snapshots never change once written.
    snapshots: Snapshots,
    /// Parsed session plans by their stored text, which never changes for a session.
    plans: RefCell<HashMap<String, crate::session::Plan>>,
}

/// Parsed rubric snapshots by row id, shared by the reads and the figures kept on write.
type Snapshots = RefCell<HashMap<i64, Snapshot>>;

impl Store {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let fresh = !path.exists();
        if fresh {
            require_folder(path)?;
            create_private_file(path)?;
        } else {
            refuse_foreign_or_newer(path)?;
        }
        let opened = Store::open_existing(path);
        if opened.is_err() && fresh {
            // Leave nothing behind when a new database could not be made (a full
            // disk): only the empty file this call created, not one that another
            // process has started to fill.
            if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
                let _ = std::fs::remove_file(path);
            }
        }
        opened
    }

    fn open_existing(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|e| open_failure(path, e))?;
        configure(&conn).map_err(|e| open_failure(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            snapshots: RefCell::default(),
            plans: RefCell::default(),
        };
        store.migrate().map_err(|e| open_failure(path, e))?;
        Ok(store)
    }

    /// The database file it opened.
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

    fn migrate(&mut self) -> Result<(), OpenError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if current > SCHEMA_VERSION {
            return Err(OpenError::Refused(newer_schema(&self.path, current)));
        }
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(current as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        if current < SCHEMA_VERSION {
            // The figures table may be new: count the assessments it does not have yet.
            figures::fill_missing(&tx, &self.snapshots).map_err(OpenError::Refused)?;
        }
        if current == 0 {
            tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The rubric stored under a snapshot row, parsed once per process.
    fn snapshot(&self, snapshot_id: i64) -> Result<Snapshot> {
        cached_snapshot(&self.conn, &self.snapshots, snapshot_id)
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

/// The rubric stored under a snapshot row, parsed once into `cache`; usable inside a
/// write transaction as well as by reads.
fn cached_snapshot(conn: &Connection, cache: &Snapshots, snapshot_id: i64) -> Result<Snapshot> {
    readable_snapshot(conn, cache, snapshot_id)?
        .map_err(|problem| Error::failure(crate::t!("store-rubric-unreadable", problem = problem)))
}

/// Like `cached_snapshot`, but a stored text that no longer parses is `Ok(Err(first
/// problem))` rather than an error, for callers that can pass over it.
fn readable_snapshot(
    conn: &Connection,
    cache: &Snapshots,
    snapshot_id: i64,
) -> Result<Result<Snapshot, String>> {
    if let Some(hit) = cache.borrow().get(&snapshot_id) {
        return Ok(Ok(hit.clone()));
    }
    let text: String = conn
        .prepare_cached("SELECT text FROM rubric_snapshots WHERE id = ?1")?
        .query_row([snapshot_id], |r| r.get(0))?;
    let rubric = match rubric::parse("stored rubric", &text) {
        Ok(rubric) => rubric,
        Err(problems) => return Ok(Err(problems[0].to_string())),
    };
    let entry = (Arc::new(rubric), Arc::<str>::from(text));
    cache.borrow_mut().insert(snapshot_id, entry.clone());
    Ok(Ok(entry))
}

fn configure(conn: &Connection) -> Result<(), OpenError> {
    // Generous: eight processes writing at once on a loaded two-core machine were seen
    // to wait past 10 s; a writer that waits is better than a "database is locked".
    conn.busy_timeout(Duration::from_secs(30))?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(OpenError::Refused(Error::failure(crate::t!(
            "store-no-wal",
            mode = mode
        ))));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // The secret ballot takes voters' names off stored votes: deleted rows are
    // overwritten with zeros, so the names do not linger in free pages of the file.
    conn.pragma_update(None, "secure_delete", true)?;
    // Statement journals (every write that fires the change-log triggers has one) stay
    // in memory instead of a temporary file: a third of an import's time was writing
    // them out.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    listing::register_functions(conn)?;
    Ok(())
}

/// A new database goes into a folder that exists: a mistyped `--db` must not make
/// folders and an empty database somewhere. (The default data folder is made by
/// `create_folder_for`, before opening.)
fn require_folder(path: &Path) -> Result<()> {
    let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return Ok(());
    };
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(Error::input(crate::t!(
            "store-not-a-folder",
            folder = dir.display().to_string(),
            path = path.display().to_string()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::input(crate::t!(
            "store-no-folder",
            folder = dir.display().to_string(),
            path = path.display().to_string()
        ))),
        Err(e) => Err(Error::failure(crate::t!(
            "store-cannot-use-folder",
            folder = dir.display().to_string(),
            reason = describe_io(&e)
        ))),
    }
}

/// Makes the folder that will hold `path`: only for Touchstone's own data folder.
pub fn create_folder_for(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::failure(crate::t!(
                "store-cannot-create-folder",
                folder = dir.display().to_string(),
                reason = describe_io(&e)
            ))
        })?;
    }
    Ok(())
}

/// Creates the database file readable only by its owner (SQLite gives its WAL and
/// shared-memory files the same mode).
fn create_private_file(path: &Path) -> Result<()> {
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
        Err(e) => Err(Error::failure(crate::t!(
            "store-cannot-create",
            path = path.display().to_string(),
            reason = describe_io(&e)
        ))),
    }
}

/// Looks at an existing file read-only before anything writes to it: it must be a
/// Touchstone database (or empty) no newer than this binary.
fn refuse_foreign_or_newer(path: &Path) -> Result<()> {
    let bad = |e: rusqlite::Error| open_failure(path, e);
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
        return Err(Error::input(crate::t!(
            "store-foreign-database",
            path = path.display().to_string()
        )));
    }
    if version > SCHEMA_VERSION {
        return Err(newer_schema(path, version));
    }
    // No Touchstone writes a negative version, and every Touchstone database with
    // tables has one: either is damaged or another program's, and refused as such
    // before a migration could run (and fail, quoting its SQL).
    if version < 0 || (version == 0 && tables > 0) {
        return Err(Error::input(crate::t!(
            "store-bad-schema-version",
            path = path.display().to_string(),
            version = version.to_string()
        )));
    }
    Ok(())
}

fn newer_schema(path: &Path, version: i64) -> Error {
    // The schema numbers as text: a number placeable would not change the words.
    Error::input(crate::t!(
        "store-newer-schema",
        path = path.display().to_string(),
        version = version.to_string(),
        known = SCHEMA_VERSION.to_string()
    ))
}

/// Why opening failed: SQLite's error, or a refusal already worded for people.
enum OpenError {
    Sqlite(rusqlite::Error),
    Refused(Error),
}

impl From<rusqlite::Error> for OpenError {
    fn from(e: rusqlite::Error) -> Self {
        OpenError::Sqlite(e)
    }
}

/// Says why a database could not be opened. Only a file SQLite does not recognise is
/// "not a Touchstone database"; a full disk, a read-only or immutable file or folder,
/// or missing permissions are said as such. SQLite reports most of those as "unable
/// to open" or "disk I/O error", so the file and its folder are tried directly to
/// find the system's own reason.
fn open_failure(path: &Path, e: impl Into<OpenError>) -> Error {
    use rusqlite::ErrorCode;
    let e = match e.into() {
        OpenError::Refused(refusal) => return refusal,
        OpenError::Sqlite(e) => e,
    };
    let shown = path.display();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => {
            return Error::input(crate::t!(
                "store-not-a-database",
                path = shown.to_string(),
                error = e.to_string()
            ));
        }
        Some(ErrorCode::DatabaseCorrupt) => {
            return Error::failure(crate::t!(
                "store-damaged",
                path = shown.to_string(),
                error = e.to_string()
            ));
        }
        Some(ErrorCode::DiskFull) => {
            return Error::failure(crate::t!(
                "store-cannot-open",
                path = shown.to_string(),
                reason = crate::t!("store-disk-full", error = e.to_string())
            ));
        }
        _ => {}
    }
    match system_reason(path) {
        Some(reason) => Error::failure(crate::t!(
            "store-cannot-open",
            path = shown.to_string(),
            reason = reason
        )),
        None => Error::failure(crate::t!(
            "store-cannot-open",
            path = shown.to_string(),
            reason = e.to_string()
        )),
    }
}

/// What the system says when the database file is opened for writing, or when a file
/// like SQLite's `-wal` and `-shm` is made beside it; `None` when both work.
fn system_reason(path: &Path) -> Option<String> {
    use std::io::Write;
    if let Err(e) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
    {
        return Some(describe_io(&e));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // The shared-memory file SQLite makes is 32 KiB: a folder with room for an empty
    // file but not for that is full.
    let probe_path = dir.join(format!(
        ".touchstone-probe-{}",
        uuid::Uuid::new_v4().simple()
    ));
    let probe = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe_path)
        .and_then(|mut f| {
            let written = f.write_all(&[0; 32 * 1024]).and_then(|_| f.sync_all());
            let _ = std::fs::remove_file(&probe_path);
            written
        });
    match probe {
        Err(e) => Some(crate::t!(
            "store-no-wal-files",
            folder = dir.display().to_string(),
            reason = describe_io(&e)
        )),
        Ok(()) => None,
    }
}

fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    // EPERM: what an immutable (chattr +i) file or folder answers, even to root.
    if e.raw_os_error() == Some(1) {
        return crate::t!("store-not-permitted", error = e.to_string());
    }
    let error = e.to_string();
    match e.kind() {
        ErrorKind::PermissionDenied => crate::t!("store-permission-denied", error = error),
        ErrorKind::ReadOnlyFilesystem => crate::t!("store-read-only", error = error),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            crate::t!("store-disk-full", error = error)
        }
        _ => error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::Registry;

    fn full() -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None)
    }

    /// SQLite's own "full": a page limit the database has already reached.
    #[test]
    fn a_full_database_says_the_disk_is_full() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let pages: i64 = store
            .conn
            .pragma_query_value(None, "page_count", |r| r.get(0))
            .unwrap();
        store
            .conn
            .pragma_update(None, "max_page_count", pages)
            .unwrap();
        let registry = Registry::bundled();
        let entry = registry.latest("cs-site-2017").unwrap();
        let err = store
            .create(&NewAssessment {
                school: "Lincoln Elementary",
                district: None,
                date: jiff::civil::date(2026, 11, 2),
                team: &[],
                facilitator: None,
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("the disk is full; nothing was saved"),
            "{err}"
        );
        assert!(
            open_failure(Path::new("x.db"), full())
                .to_string()
                .contains("the disk is full")
        );
    }

    /// "Not a Touchstone database" only for what SQLite does not recognise; a file that
    /// cannot be opened says why, from the system.
    #[test]
    fn open_failures_say_what_happened() {
        let dir = tempfile::tempdir().unwrap();
        let cant_open = || {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                None,
            )
        };
        let said = open_failure(dir.path(), cant_open()).to_string();
        assert!(said.contains("Is a directory"), "{said}");
        let file = dir.path().join("plain");
        std::fs::write(&file, "x").unwrap();
        let said = open_failure(&file.join("t.db"), cant_open()).to_string();
        assert!(said.contains("Not a directory"), "{said}");
        assert!(!said.contains("not a Touchstone database"), "{said}");
        let not_db = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_NOTADB),
            None,
        );
        let said = open_failure(&file, not_db).to_string();
        assert!(said.contains("is not a Touchstone database"), "{said}");
    }
}
