//! The network query: each school's latest assessment of one rubric, streamed with
//! its ratings, so a rollup over thousands of schools holds one school at a time.

use super::Store;
use crate::error::Result;
use crate::rubric::{Choice, Rubric};
use jiff::civil::Date;
use std::sync::Arc;

/// Each school's latest assessment of a rubric (?1) dated on or before ?2 (or ever).
const LATEST: &str = "WITH ranked AS (
        SELECT a.id, a.school_id, a.date, a.snapshot_id,
               row_number() OVER (PARTITION BY a.school_id
                                  ORDER BY a.date DESC, a.updated_at DESC, a.id DESC) AS rn
        FROM assessments a JOIN rubric_snapshots r ON r.id = a.snapshot_id
        WHERE r.rubric_id = ?1 AND a.deleted_at IS NULL AND (?2 IS NULL OR a.date <= ?2)
          AND (?3 = 0 OR a.status = 'final')
    )
    SELECT l.id, s.name, s.district, l.date, l.snapshot_id
    FROM ranked l JOIN schools s ON s.id = l.school_id
    WHERE l.rn = 1
    ORDER BY l.id";

/// One assessment's ratings, by the primary key of `ratings`.
const RATINGS: &str = "SELECT indicator_id, level FROM ratings WHERE assessment_id = ?1";

/// One school's latest assessment, as the scan hands it over.
pub struct LatestAssessment<'a> {
    /// The assessment's id.
    pub assessment_id: &'a str,
    /// The school's name.
    pub school: &'a str,
    /// The school's district, if any.
    pub district: Option<&'a str>,
    /// The assessment's date (`YYYY-MM-DD`).
    pub date: &'a str,
    /// The rubric it is rated on.
    pub rubric: &'a Arc<Rubric>,
    /// Each indicator's choice, in the rubric's order (`None`: unrated).
    pub choices: &'a [Option<Choice>],
}

impl Store {
    /// Calls `each` once per school with its latest assessment of `rubric_id` dated on
    /// or before `as_of` (by date, then last change, then id); with `submitted_only`,
    /// its latest submitted (final) one.
    pub fn scan_latest(
        &self,
        rubric_id: &str,
        as_of: Option<Date>,
        submitted_only: bool,
        mut each: impl FnMut(LatestAssessment),
    ) -> Result<()> {
        // The latest assessments first (a sort of one row per assessment), then each
        // one's ratings by its primary key: joining the ratings and ordering the result
        // would sort every rating row of the network (1.5 million at 25,000 schools).
        let mut latest = self.conn.prepare_cached(LATEST)?;
        let mut ratings = self.conn.prepare_cached(RATINGS)?;
        let mut rows = latest.query(rusqlite::params![
            rubric_id,
            as_of.map(|d| d.to_string()),
            submitted_only
        ])?;
        let mut choices: Vec<Option<Choice>> = Vec::new();
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let (rubric, _) = self.snapshot(row.get(4)?)?;
            choices.clear();
            choices.resize(rubric.indicator_count(), None);
            let mut rated = ratings.query([&id])?;
            while let Some(r) = rated.next()? {
                if let (Some(indicator), Some(level)) = (text(r, 0)?, text(r, 1)?)
                    && let Some(i) = rubric.indicator_index(indicator)
                {
                    choices[i] = rubric.parse_choice(level);
                }
            }
            let (school, district, date): (String, String, String) =
                (row.get(1)?, row.get(2)?, row.get(3)?);
            each(LatestAssessment {
                assessment_id: &id,
                school: &school,
                district: (!district.is_empty()).then_some(district.as_str()),
                date: &date,
                rubric: &rubric,
                choices: &choices,
            });
        }
        Ok(())
    }

    /// The first and last assessment dates of a rubric.
    pub fn date_range(&self, rubric_id: &str) -> Result<Option<(Date, Date)>> {
        let (first, last): (Option<String>, Option<String>) = self.conn.query_row(
            "SELECT min(a.date), max(a.date) FROM assessments a JOIN rubric_snapshots r ON r.id = a.snapshot_id
             WHERE r.rubric_id = ?1 AND a.deleted_at IS NULL",
            [rubric_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(first
            .zip(last)
            .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?))))
    }

    /// The rubric ids assessments use, for choosing what to roll up: the one most
    /// schools are assessed on first (the network's own rubric), then by number of
    /// assessments, then by id.
    pub fn rubric_ids_in_use(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.rubric_id FROM assessments a JOIN rubric_snapshots r ON r.id = a.snapshot_id
             WHERE a.deleted_at IS NULL GROUP BY r.rubric_id
             ORDER BY COUNT(DISTINCT a.school_id) DESC, COUNT(*) DESC, r.rubric_id",
        )?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// The newest rubric version assessments of `rubric_id` were scored on.
    pub fn newest_stored_rubric(&self, rubric_id: &str) -> Result<Option<Arc<Rubric>>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT version FROM rubric_snapshots WHERE rubric_id = ?1")?;
        let versions: Vec<String> = stmt
            .query_map([rubric_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let newest = versions
            .iter()
            .max_by(|a, b| crate::rubric::compare_versions(a, b));
        match newest {
            Some(v) => Ok(self.stored_rubric(rubric_id, v)?.map(|(r, _)| r)),
            None => Ok(None),
        }
    }
}

/// A text column read in place (the scan reads 1.5 million ratings at 25,000 schools).
fn text<'r>(row: &'r rusqlite::Row, i: usize) -> rusqlite::Result<Option<&'r str>> {
    row.get_ref(i)?.as_str_or_null().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan must not sort rating rows (1.5 million at 25,000 schools): only the
    /// latest assessments may be ordered, and the ratings are read by their key.
    #[test]
    fn the_scan_sorts_no_rating_rows() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("plan.db")).unwrap();
        let plan = |sql: &str| -> Vec<String> {
            let mut stmt = store
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap();
            let nulls = vec![rusqlite::types::Null; stmt.parameter_count()];
            stmt.query_map(rusqlite::params_from_iter(nulls), |r| r.get::<_, String>(3))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        // Every statement the scan runs that reads ratings (before: one joined query,
        // ordered by assessment, whose plan was "USE TEMP B-TREE FOR ORDER BY").
        for sql in [LATEST, RATINGS]
            .into_iter()
            .filter(|sql| sql.contains("ratings"))
        {
            let steps = plan(sql);
            assert!(
                steps.iter().all(|s| !s.contains("TEMP B-TREE")),
                "{steps:?}"
            );
            assert!(steps.iter().any(|s| s.contains("PRIMARY KEY")), "{steps:?}");
        }
    }
}
