//! The figures of each assessment (rated, applicable, standards fully implemented,
//! baseline), kept in `assessment_figures` so lists of thousands of assessments read
//! one row each instead of every rating. Every write that can change a rating calls
//! `update` inside its own transaction, and the figures are always computed by
//! `score()` from the stored ratings, so they cannot disagree with a recount;
//! `touchstone db check` verifies that and rebuilds them if they ever do.

use super::{Snapshots, Store, cached_snapshot, readable_snapshot};
use crate::error::{Error, Result};
use crate::rubric::{Choice, Rubric};
use crate::score::{Fraction, Score, score};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::collections::HashMap;
use std::sync::Arc;

/// One assessment's figures, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figures {
    /// Indicators in the assessment's rubric.
    pub indicators: u32,
    /// Indicators with a level or N/A.
    pub rated: u32,
    /// Indicators at the full level.
    pub at_full: u32,
    /// Indicators not N/A (rated or not).
    pub applicable: u32,
    /// Standards fully implemented.
    pub standards_full: u32,
    /// Standards not wholly N/A.
    pub standards_applicable: u32,
    /// Enough standards are fully implemented (the school threshold).
    pub fully_implementing: bool,
    /// Every baseline indicator is at the full level.
    pub baseline_met: bool,
}

impl Figures {
    /// The stored form of an assessment's score.
    pub fn of(score: &Score) -> Figures {
        Figures {
            indicators: score.rated + score.unrated,
            rated: score.rated,
            at_full: score.indicators.numerator,
            applicable: score.indicators.denominator,
            standards_full: score.standards.numerator,
            standards_applicable: score.standards.denominator,
            fully_implementing: score.fully_implementing,
            baseline_met: score.baseline_met,
        }
    }

    /// Applicable indicators without a rating.
    pub fn unrated(&self) -> u32 {
        self.indicators.saturating_sub(self.rated)
    }

    /// Whether some indicator is still unrated.
    pub fn incomplete(&self) -> bool {
        self.unrated() > 0
    }

    /// Indicators at the full level ÷ applicable indicators.
    pub fn indicator_share(&self) -> Fraction {
        Fraction::new(self.at_full, self.applicable)
    }

    /// Standards fully implemented ÷ applicable standards.
    pub fn standards(&self) -> Fraction {
        Fraction::new(self.standards_full, self.standards_applicable)
    }

    /// The stored columns, in the order `COLUMNS` names them, from `first`.
    pub(super) fn read(row: &rusqlite::Row, first: usize) -> rusqlite::Result<Figures> {
        Ok(Figures {
            indicators: row.get(first)?,
            rated: row.get(first + 1)?,
            at_full: row.get(first + 2)?,
            applicable: row.get(first + 3)?,
            standards_full: row.get(first + 4)?,
            standards_applicable: row.get(first + 5)?,
            fully_implementing: row.get(first + 6)?,
            baseline_met: row.get(first + 7)?,
        })
    }

    /// What differs from `other`, said as `rated 3 → 4, …`.
    fn describe_change(&self, other: &Figures) -> String {
        let fields = |f: &Figures| {
            [
                ("store-figure-indicators", f.indicators.to_string()),
                ("store-figure-rated", f.rated.to_string()),
                ("store-figure-at-full", f.at_full.to_string()),
                ("store-figure-applicable", f.applicable.to_string()),
                ("store-figure-standards-full", f.standards_full.to_string()),
                (
                    "store-figure-standards-applicable",
                    f.standards_applicable.to_string(),
                ),
                (
                    "store-figure-fully-implementing",
                    yes_no(f.fully_implementing),
                ),
                ("store-figure-baseline-met", yes_no(f.baseline_met)),
            ]
        };
        fields(self)
            .into_iter()
            .zip(fields(other))
            .filter(|((_, a), (_, b))| a != b)
            .map(|((id, a), (_, b))| format!("{} {a} → {b}", crate::i18n::tr(id)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn yes_no(b: bool) -> String {
    if b {
        crate::t!("store-yes")
    } else {
        crate::t!("store-no")
    }
}

/// The figure columns of `assessment_figures` (prefix them with the table's alias).
pub(super) const COLUMNS: [&str; 8] = [
    "indicators",
    "rated",
    "at_full",
    "applicable",
    "standards_full",
    "standards_applicable",
    "fully_implementing",
    "baseline_met",
];

/// Recounts one assessment's figures from its stored ratings and stores them. Every
/// write that can change a rating calls this in its own transaction, after writing.
pub(super) fn update(conn: &Connection, snapshots: &Snapshots, assessment_id: &str) -> Result<()> {
    if let Some(figures) = recount(conn, snapshots, assessment_id)? {
        store(conn, assessment_id, &figures)?;
    }
    Ok(())
}

/// The figures `score()` gives for the stored ratings; `None` for an unknown id.
fn recount(
    conn: &Connection,
    snapshots: &Snapshots,
    assessment_id: &str,
) -> Result<Option<Figures>> {
    let snapshot: Option<i64> = conn
        .prepare_cached("SELECT snapshot_id FROM assessments WHERE id = ?1")?
        .query_row([assessment_id], |r| r.get(0))
        .optional()?;
    let Some(snapshot) = snapshot else {
        return Ok(None);
    };
    let (rubric, _) = cached_snapshot(conn, snapshots, snapshot)?;
    let mut choices: Vec<Option<Choice>> = vec![None; rubric.indicator_count()];
    let mut stmt = conn.prepare_cached(
        "SELECT indicator_id, level FROM ratings WHERE assessment_id = ?1 AND level IS NOT NULL",
    )?;
    let mut rows = stmt.query([assessment_id])?;
    while let Some(r) = rows.next()? {
        let (indicator, level): (String, String) = (r.get(0)?, r.get(1)?);
        // As `Store::load` reads them: a rating of an indicator the rubric does not
        // have, or a level it does not know, counts as unrated.
        if let Some(i) = rubric.indicator_index(&indicator) {
            choices[i] = rubric.parse_choice(&level);
        }
    }
    Ok(Some(Figures::of(&score(&rubric, &choices))))
}

fn store(conn: &Connection, assessment_id: &str, f: &Figures) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO assessment_figures (assessment_id, indicators, rated, at_full,
             applicable, standards_full, standards_applicable, fully_implementing, baseline_met)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        assessment_id,
        f.indicators,
        f.rated,
        f.at_full,
        f.applicable,
        f.standards_full,
        f.standards_applicable,
        f.fully_implementing,
        f.baseline_met
    ])?;
    Ok(())
}

/// Counts the assessments that have no figures yet (all of them, the first time a
/// database is opened by a Touchstone that keeps figures). One whose stored rubric no
/// longer reads is passed over: it could not be opened either, and lists show it
/// without figures rather than refusing the whole database.
pub(super) fn fill_missing(conn: &Connection, snapshots: &Snapshots) -> Result<()> {
    let mut counted = Vec::new();
    recount_all(conn, snapshots, true, |id, figures| {
        if let Ok(figures) = figures {
            counted.push((id.to_string(), figures));
        }
        Ok(())
    })?;
    for (id, figures) in &counted {
        store(conn, id, figures)?;
    }
    Ok(())
}

/// A rubric, or why its stored text no longer reads.
type Readable = std::result::Result<Arc<Rubric>, String>;

/// Recounts every assessment (or only those without figures) in one scan of the
/// ratings in assessment order, so a migration or `db check` over 74,000 assessments
/// runs one query rather than two per assessment. `each` gets each id with its
/// figures, or why its stored rubric does not read.
fn recount_all(
    conn: &Connection,
    snapshots: &Snapshots,
    only_missing: bool,
    mut each: impl FnMut(&str, std::result::Result<Figures, String>) -> Result<()>,
) -> Result<()> {
    let which = if only_missing {
        "WHERE NOT EXISTS (SELECT 1 FROM assessment_figures f WHERE f.assessment_id = a.id)"
    } else {
        ""
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT a.id, a.snapshot_id, x.indicator_id, x.level
         FROM assessments a
         LEFT JOIN ratings x ON x.assessment_id = a.id AND x.level IS NOT NULL
         {which}
         ORDER BY a.id"
    ))?;
    let mut rows = stmt.query([])?;
    let mut current: Option<(String, Readable)> = None;
    let mut choices: Vec<Option<Choice>> = Vec::new();
    // Four million rating rows at 74,000 assessments: read as borrowed text.
    while let Some(r) = rows.next()? {
        let id = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        if current.as_ref().is_none_or(|(c, _)| c != id) {
            let id = id.to_string();
            finish(current.take(), &choices, &mut each)?;
            let rubric = readable_snapshot(conn, snapshots, r.get(1)?)?.map(|(rubric, _)| rubric);
            choices.clear();
            if let Ok(rubric) = &rubric {
                choices.resize(rubric.indicator_count(), None);
            }
            current = Some((id, rubric));
        }
        let (indicator, level) = (r.get_ref(2)?, r.get_ref(3)?);
        // As `Store::load` reads them: a rating of an indicator the rubric does not
        // have, or a level it does not know, counts as unrated.
        if let (Some((_, Ok(rubric))), Ok(Some(indicator)), Ok(Some(level))) =
            (&current, indicator.as_str_or_null(), level.as_str_or_null())
            && let Some(i) = rubric.indicator_index(indicator)
        {
            choices[i] = rubric.parse_choice(level);
        }
    }
    finish(current, &choices, &mut each)
}

fn finish(
    gathered: Option<(String, Readable)>,
    choices: &[Option<Choice>],
    each: &mut impl FnMut(&str, std::result::Result<Figures, String>) -> Result<()>,
) -> Result<()> {
    match gathered {
        Some((id, rubric)) => each(&id, rubric.map(|r| Figures::of(&score(&r, choices)))),
        None => Ok(()),
    }
}

/// An assessment whose stored figures differ from a recount.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// The assessment whose figures differ.
    pub assessment_id: String,
    /// Its school.
    pub school: String,
    /// Its date.
    pub date: String,
    /// `None`: no figures were stored at all.
    pub stored: Option<Figures>,
    /// What the rubric gives today.
    pub recounted: Figures,
}

impl Difference {
    /// `stored → recounted` for each figure that differs.
    pub fn describe(&self) -> String {
        match &self.stored {
            Some(stored) => stored.describe_change(&self.recounted),
            None => crate::t!("store-no-figures"),
        }
    }
}

impl Store {
    /// Recounts every assessment's figures (deleted ones too: `restore` brings them
    /// back) and returns those that differ from the stored ones; with `repair`, the
    /// recounted figures replace them, in one transaction.
    pub fn check_figures(&mut self, repair: bool) -> Result<Vec<Difference>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut stored: HashMap<String, Figures> = HashMap::new();
        {
            let mut stmt = tx.prepare(&format!(
                "SELECT assessment_id, {} FROM assessment_figures",
                COLUMNS.join(", ")
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                stored.insert(r.get(0)?, Figures::read(r, 1)?);
            }
        }
        let mut differing = Vec::new();
        recount_all(&tx, &self.snapshots, false, |id, recounted| {
            let recounted = recounted.map_err(|problem| {
                Error::failure(crate::t!(
                    "store-cannot-recount",
                    id = id,
                    problem = problem
                ))
            })?;
            let was = stored.remove(id);
            if was != Some(recounted) {
                differing.push((id.to_string(), was, recounted));
            }
            Ok(())
        })?;
        let mut differences = Vec::with_capacity(differing.len());
        for (id, stored, recounted) in differing {
            let (school, date) = tx.query_row(
                "SELECT s.name, a.date FROM assessments a JOIN schools s ON s.id = a.school_id
                 WHERE a.id = ?1",
                [&id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            differences.push(Difference {
                assessment_id: id,
                school,
                date,
                stored,
                recounted,
            });
        }
        if repair {
            for d in &differences {
                store(&tx, &d.assessment_id, &d.recounted)?;
            }
            tx.commit()?;
        }
        Ok(differences)
    }

    /// The stored figures of one assessment, if it has any.
    pub fn figures(&self, assessment_id: &str) -> Result<Option<Figures>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {} FROM assessment_figures WHERE assessment_id = ?1",
                COLUMNS.join(", ")
            ))?
            .query_row([assessment_id], |r| Figures::read(r, 0))
            .optional()?)
    }

    /// The figures `score()` gives for the stored ratings of one assessment.
    pub fn recount_figures(&self, assessment_id: &str) -> Result<Option<Figures>> {
        recount(&self.conn, &self.snapshots, assessment_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    fn figures(n: u32, yes: bool) -> Figures {
        Figures {
            indicators: n,
            rated: n,
            at_full: n,
            applicable: n,
            standards_full: n,
            standards_applicable: n,
            fully_implementing: yes,
            baseline_met: yes,
        }
    }

    /// The figures' names are ids built in a table: each must be in both languages
    /// (a missing one would show as its id).
    #[test]
    fn every_figure_is_named_in_both_languages() {
        let (a, b) = (figures(1, false), figures(2, true));
        let english = scoped(Lang::En, || a.describe_change(&b));
        assert_eq!(
            english,
            "indicators 1 → 2, rated 1 → 2, at the full level 1 → 2, applicable 1 → 2, \
             standards fully implemented 1 → 2, applicable standards 1 → 2, \
             fully implementing no → yes, baseline met no → yes"
        );
        let spanish = scoped(Lang::Es, || a.describe_change(&b));
        assert_eq!(
            spanish,
            "indicadores 1 → 2, calificados 1 → 2, en el nivel completo 1 → 2, aplicables 1 → 2, \
             estándares implementados por completo 1 → 2, estándares aplicables 1 → 2, \
             implementa por completo no → sí, cumple el nivel base no → sí"
        );
    }
}
