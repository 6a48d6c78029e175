//! The change log: what changed since a sequence number. Triggers (schema migration 4)
//! keep one row per assessment and per session with the number of its last change, so
//! a screen that has seen the log up to `seq` asks only for the keys changed since.
//!
//! `PRAGMA data_version` stays the cheap "did another connection commit?" check; the
//! log is read only when it says yes ([`Watcher`]).

use super::Store;
use crate::error::Result;
use std::path::Path;

/// One key in the change log.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Changed {
    /// The assessment with this id: its row, ratings, evidence or actions.
    Assessment(String),
    /// The coaching session with this id: its live state, participants, segments,
    /// votes or decisions.
    Session(String),
}

/// What changed between two points of the log.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    /// The sequence number these changes bring the reader up to.
    pub last: i64,
    /// The keys that changed, each once.
    pub keys: Vec<Changed>,
    /// Too much changed to list, or the log went back (another database file was put
    /// in place): anything may have changed.
    pub everything: bool,
}

impl Changes {
    /// Whether this assessment may have changed.
    pub fn assessment(&self, id: &str) -> bool {
        self.everything
            || self
                .keys
                .iter()
                .any(|k| matches!(k, Changed::Assessment(a) if a == id))
    }

    /// Whether this session may have changed.
    pub fn session(&self, id: &str) -> bool {
        self.everything
            || self
                .keys
                .iter()
                .any(|k| matches!(k, Changed::Session(s) if s == id))
    }

    /// Whether any assessment may have changed.
    pub fn any_assessment(&self) -> bool {
        self.everything
            || self
                .keys
                .iter()
                .any(|k| matches!(k, Changed::Assessment(_)))
    }

    /// Whether any session may have changed (started, moved on, ended).
    pub fn any_session(&self) -> bool {
        self.everything || self.keys.iter().any(|k| matches!(k, Changed::Session(_)))
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        !self.everything && self.keys.is_empty()
    }

    /// Adds later changes to these.
    pub fn merge(&mut self, later: &Changes) {
        self.last = self.last.max(later.last);
        self.everything |= later.everything;
        if self.everything {
            self.keys.clear();
            return;
        }
        for key in &later.keys {
            if !self.keys.contains(key) {
                self.keys.push(key.clone());
            }
        }
    }
}

/// More keys than this in one read count as "everything changed": the screens then
/// refresh what they show instead of looking through the list.
pub const MAX_KEYS: usize = 10_000;

impl Store {
    /// The sequence number of the newest change (0 for none).
    pub fn last_change(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT ifnull(max(seq), 0) FROM changes", [], |r| r.get(0))?)
    }

    /// The keys changed since the log stood at `seq`, in one read (one snapshot of
    /// the database). The key that held `seq` is always among them: the triggers do
    /// not renumber the key that already holds the newest number (so a long write to
    /// one assessment costs one update of the log), so it may have changed since.
    pub fn changes_since(&self, seq: i64) -> Result<Changes> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, key, seq FROM changes WHERE seq >= ?1 ORDER BY seq LIMIT ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![seq, MAX_KEYS as i64 + 1])?;
        let mut changes = Changes {
            last: seq,
            ..Changes::default()
        };
        while let Some(row) = rows.next()? {
            let kind: String = row.get(0)?;
            let key: String = row.get(1)?;
            changes.last = changes.last.max(row.get(2)?);
            changes.keys.push(match kind.as_str() {
                "session" => Changed::Session(key),
                _ => Changed::Assessment(key),
            });
        }
        if changes.keys.len() > MAX_KEYS {
            changes.keys.clear();
            changes.everything = true;
            changes.last = self.last_change()?;
        }
        Ok(changes)
    }
}

/// Notices other connections' commits and reads what they changed: `data_version`
/// first (no read of the log while nobody commits), then the log after the last
/// change seen.
#[derive(Debug, Clone, Copy, Default)]
pub struct Seen {
    data_version: i64,
    seq: i64,
}

impl Seen {
    /// Where `store` stands now. Take this before reading what a screen shows, so a
    /// change made in between is seen again rather than missed.
    pub fn now(store: &Store) -> Result<Seen> {
        Ok(Seen {
            data_version: store.data_version()?,
            seq: store.last_change()?,
        })
    }

    /// The last change seen.
    pub fn seq(&self) -> i64 {
        self.seq
    }

    /// What other connections changed since `self`, if they committed anything; then
    /// `self` stands after it. Own writes are in the log too: they come along with
    /// the next change of someone else.
    pub fn check(&mut self, store: &Store) -> Result<Option<Changes>> {
        let version = store.data_version()?;
        if version == self.data_version {
            return Ok(None);
        }
        self.data_version = version;
        let mut changes = store.changes_since(self.seq)?;
        if changes.keys.is_empty() && !changes.everything {
            // Nothing after our number: fine, unless the log now ends before it (the
            // file was replaced by an older copy).
            let last = store.last_change()?;
            if last < self.seq {
                changes = Changes {
                    last,
                    keys: Vec::new(),
                    everything: true,
                };
            }
        }
        self.seq = changes.last;
        Ok((!changes.is_empty()).then_some(changes))
    }

    /// Moves past changes learned some other way and found not to matter (a
    /// server's watcher said which keys changed). The next [`Seen::check`] still reads
    /// the log if another connection committed since.
    pub fn skip(&mut self, changes: &Changes) {
        if !changes.everything {
            self.seq = self.seq.max(changes.last);
        }
    }
}

/// A connection of its own that watches the database for others: `touchstone
/// serve`'s one watcher, which tells every connection what changed.
pub struct Watcher {
    store: Store,
    seen: Seen,
}

impl Watcher {
    /// Watches the database at `path` for other connections' commits.
    pub fn open(path: &Path) -> Result<Watcher> {
        let store = Store::open(path)?;
        let seen = Seen::now(&store)?;
        Ok(Watcher { store, seen })
    }

    /// What changed since the last call, if anyone committed.
    pub fn check(&mut self) -> Result<Option<Changes>> {
        self.seen.check(&self.store)
    }

    /// The last change seen.
    pub fn seq(&self) -> i64 {
        self.seen.seq()
    }
}
