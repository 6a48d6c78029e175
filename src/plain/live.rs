//! The one place plain mode asks whether anyone else changed the database. Today it
//! polls SQLite's `data_version` (changes whenever another connection commits); a
//! change log can replace this function without touching the flows, which only ask
//! "did something change?" and then re-read what they show.

use crate::error::Result;
use crate::store::Store;

/// What was last seen of the database.
#[derive(Debug, Default)]
pub struct Watch {
    seen: Option<i64>,
}

impl Watch {
    /// True when another connection committed since the last call (false the first
    /// time: what is shown was read just now).
    pub fn changed(&mut self, store: &Store) -> Result<bool> {
        let now = store.data_version()?;
        let changed = self.seen.is_some_and(|seen| seen != now);
        self.seen = Some(now);
        Ok(changed)
    }
}
