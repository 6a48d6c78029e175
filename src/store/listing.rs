//! Queries per view: the rows a list shows, each with its stored figures (see
//! figures.rs), read a page or a stream at a time — never whole assessments. The home
//! screen pages and filters here; `list`, `history`, completions and the report's
//! trend line read what they print.

use super::Store;
use super::figures::{COLUMNS, Figures};
use crate::assessment::Status;
use crate::error::Result;
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OptionalExtension, params};

/// One assessment as lists show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    /// The assessment's id.
    pub id: String,
    /// The school's name.
    pub school: String,
    /// The school's district, if any.
    pub district: Option<String>,
    /// The assessment's date (`YYYY-MM-DD`).
    pub date: String,
    /// The rubric it is rated on.
    pub rubric_id: String,
    /// That rubric's version.
    pub rubric_version: String,
    /// Draft or submitted.
    pub status: Status,
    /// Time of last change, as stored.
    pub updated: String,
    /// Zero for an assessment whose stored rubric no longer reads (it has none).
    pub figures: Figures,
}

impl Listed {
    /// `cs-site-2017 v1.0`, as lists show (and filter) the rubric.
    pub fn rubric_label(&self) -> String {
        format!("{} v{}", self.rubric_id, self.rubric_version)
    }
}

/// The columns `Listed` reads, over `FROM_LISTED`.
fn select_listed() -> String {
    format!(
        "SELECT a.id, s.name, s.district, a.date, r.rubric_id, r.version, a.status, a.updated_at, {}",
        COLUMNS.map(|c| format!("coalesce(f.{c}, 0)")).join(", ")
    )
}

const FROM_LISTED: &str = "FROM assessments a JOIN schools s ON s.id = a.school_id
     JOIN rubric_snapshots r ON r.id = a.snapshot_id
     LEFT JOIN assessment_figures f ON f.assessment_id = a.id";

/// The home filter (?1, already lower case): a piece of the school, district, date or
/// rubric, in any case, as `to_lowercase` folds it (SQLite's `lower` folds only ASCII).
/// Schools and rubrics are matched once each (a few thousand names, not a row per
/// assessment), so it reads only the assessments table; a date is digits and dashes,
/// which no case folds.
const MATCHES: &str = "(?1 = ''
     OR a.school_id IN (SELECT id FROM schools
                        WHERE touchstone_has(name, ?1) OR touchstone_has(district, ?1))
     OR instr(a.date, ?1) > 0
     OR a.snapshot_id IN (SELECT id FROM rubric_snapshots
                          WHERE touchstone_has(rubric_id || ' v' || version, ?1)))";

/// The home list's size without a filter.
const COUNT_LIVE: &str = "SELECT count(*) FROM assessments WHERE deleted_at IS NULL";

/// Newest first, as the home list shows them (the `assessments_newest` index).
const NEWEST_FIRST: &str = "ORDER BY a.date DESC, a.updated_at DESC, a.id DESC";

fn read_listed(r: &rusqlite::Row) -> rusqlite::Result<Listed> {
    let district: String = r.get(2)?;
    let status: String = r.get(6)?;
    Ok(Listed {
        id: r.get(0)?,
        school: r.get(1)?,
        district: (!district.is_empty()).then_some(district),
        date: r.get(3)?,
        rubric_id: r.get(4)?,
        rubric_version: r.get(5)?,
        status: Status::parse(&status).ok_or_else(|| {
            rusqlite::Error::InvalidColumnType(6, "status".into(), rusqlite::types::Type::Text)
        })?,
        updated: r.get(7)?,
        figures: Figures::read(r, 8)?,
    })
}

/// The SQL functions the queries use; registered on every connection.
pub(super) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "touchstone_has",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let haystack = ctx.get_raw(0).as_str().unwrap_or("");
            let needle = ctx.get_raw(1).as_str().unwrap_or("");
            Ok(haystack.to_lowercase().contains(needle))
        },
    )
}

impl Store {
    /// How many assessments (not deleted) the home filter lets through.
    pub fn home_count(&self, filter: &str) -> Result<usize> {
        let filter = filter.to_lowercase();
        let n: i64 = if filter.is_empty() {
            self.conn
                .prepare_cached(COUNT_LIVE)?
                .query_row([], |r| r.get(0))?
        } else {
            self.conn
                .prepare_cached(&format!(
                    "SELECT count(*) FROM assessments a WHERE a.deleted_at IS NULL AND {MATCHES}"
                ))?
                .query_row([&filter], |r| r.get(0))?
        };
        Ok(n as usize)
    }

    /// Rows `offset..offset + limit` of the home list (newest first) under the filter,
    /// of `matching` in all. A page nearer the end is read from the oldest end, so
    /// SQLite skips the fewer rows (the End key on 74,000 assessments).
    pub fn home_page(
        &self,
        filter: &str,
        offset: usize,
        limit: usize,
        matching: usize,
    ) -> Result<Vec<Listed>> {
        let end = (offset + limit).min(matching);
        let from_end = matching - end;
        let (order, skip) = if from_end < offset {
            ("ORDER BY a.date, a.updated_at, a.id", from_end)
        } else {
            (NEWEST_FIRST, offset)
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} {FROM_LISTED} WHERE a.deleted_at IS NULL AND {MATCHES} {order}
             LIMIT ?2 OFFSET ?3",
            select_listed()
        ))?;
        let mut rows: Vec<Listed> = stmt
            .query_map(
                params![filter.to_lowercase(), limit as i64, skip as i64],
                read_listed,
            )?
            .collect::<rusqlite::Result<_>>()?;
        if order != NEWEST_FIRST {
            rows.truncate(end.saturating_sub(offset));
            rows.reverse();
        }
        Ok(rows)
    }

    /// Where an assessment is in the home list under the filter; `None` when it is
    /// deleted, gone, or filtered out.
    pub fn home_position(&self, filter: &str, id: &str) -> Result<Option<usize>> {
        let filter = filter.to_lowercase();
        let key: Option<(String, String)> = self
            .conn
            .prepare_cached(&format!(
                "SELECT a.date, a.updated_at FROM assessments a
                 WHERE a.id = ?2 AND a.deleted_at IS NULL AND {MATCHES}"
            ))?
            .query_row(params![filter, id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((date, updated)) = key else {
            return Ok(None);
        };
        // Without a filter, the count needs only the index of the list's order.
        let matches = if filter.is_empty() {
            "?1 = ''"
        } else {
            MATCHES
        };
        let before: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM assessments a WHERE a.deleted_at IS NULL AND {matches}
                   AND (a.date, a.updated_at, a.id) > (?2, ?3, ?4)"
            ))?
            .query_row(params![filter, date, updated, id], |r| r.get(0))?;
        Ok(Some(before as usize))
    }

    /// Calls `each` with every assessment (not deleted), oldest first, one row at a
    /// time; stops at the first error `each` returns.
    pub fn each_listed(&self, mut each: impl FnMut(&Listed) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} {FROM_LISTED} WHERE a.deleted_at IS NULL
             ORDER BY a.date, a.updated_at, a.id",
            select_listed()
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(&read_listed(r)?)?;
        }
        Ok(())
    }

    /// The assessments (not deleted) of these schools (row ids from `schools_with_ids`),
    /// oldest first.
    pub fn listed_of_schools(&self, school_ids: &[i64]) -> Result<Vec<Listed>> {
        let ids = serde_json::to_string(school_ids)
            .map_err(|e| crate::error::Error::failure(e.to_string()))?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} {FROM_LISTED} WHERE a.deleted_at IS NULL
               AND a.school_id IN (SELECT value FROM json_each(?1))
             ORDER BY a.date, a.updated_at, a.id",
            select_listed()
        ))?;
        let rows = stmt
            .query_map([ids], read_listed)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The same school's assessments (not deleted) of the same rubric id up to and
    /// including this one (by date, then last change), oldest first: the report's trend.
    pub fn school_trend(&self, assessment_id: &str) -> Result<Vec<Listed>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{} {FROM_LISTED}
             JOIN assessments t ON t.id = ?1 AND t.school_id = a.school_id
             JOIN rubric_snapshots tr ON tr.id = t.snapshot_id AND tr.rubric_id = r.rubric_id
             WHERE a.deleted_at IS NULL AND (a.date, a.updated_at) <= (t.date, t.updated_at)
             ORDER BY a.date, a.updated_at, a.id",
            select_listed()
        ))?;
        let rows = stmt
            .query_map([assessment_id], read_listed)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Every school with an assessment (not deleted): row id, name, district.
    pub fn schools_with_ids(&self) -> Result<Vec<(i64, String, Option<String>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.name, s.district FROM schools s
             WHERE EXISTS (SELECT 1 FROM assessments a WHERE a.school_id = s.id AND a.deleted_at IS NULL)
             ORDER BY s.name, s.district",
        )?;
        let rows = stmt
            .query_map([], |r| {
                let district: String = r.get(2)?;
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    (!district.is_empty()).then_some(district),
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Calls `each` with every assessment id (not deleted) in id order.
    pub fn each_id(&self, mut each: impl FnMut(&str)) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM assessments WHERE deleted_at IS NULL ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            each(&id);
        }
        Ok(())
    }

    /// Every assessment id (not deleted) with its school and date, oldest first: what
    /// completion offers.
    pub fn ids_with_labels(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, s.name || ' ' || a.date FROM assessments a JOIN schools s ON s.id = a.school_id
             WHERE a.deleted_at IS NULL ORDER BY a.date, a.updated_at, a.id",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The home list's page and position queries walk the newest-first index: a
    /// plan that sorts would sort every assessment on each open (a narrower index on
    /// `deleted_at` once made SQLite choose that, and the home screen took 4x longer).
    #[test]
    fn the_home_list_never_sorts_the_assessments() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("plan.db")).unwrap();
        for sql in [
            format!(
                "{} {FROM_LISTED} WHERE a.deleted_at IS NULL AND {MATCHES} {NEWEST_FIRST} LIMIT ?2 OFFSET ?3",
                select_listed()
            ),
            "SELECT count(*) FROM assessments a WHERE a.deleted_at IS NULL AND ?1 = ''
               AND (a.date, a.updated_at, a.id) > (?2, ?3, ?4)"
                .to_string(),
        ] {
            let mut stmt = store
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap();
            let nulls = vec![rusqlite::types::Null; stmt.parameter_count()];
            let steps: Vec<String> = stmt
                .query_map(rusqlite::params_from_iter(nulls), |r| r.get(3))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            assert!(
                steps.iter().all(|s| !s.contains("TEMP B-TREE")),
                "{steps:?}"
            );
            assert!(
                steps.iter().any(|s| s.contains("assessments_newest")),
                "{steps:?}"
            );
        }
    }
}
