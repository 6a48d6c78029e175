//! Outcome rows (see `outcomes`): reading them in one order, and importing a file's
//! rows in one transaction — unchanged rows left alone, differing rows written only
//! with `replace`.

use super::Store;
use crate::error::Result;
use crate::outcomes::model::{Cell, Figures, Row, RowKey, SchoolYear};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

const FIGURES: &str = "days_in_membership, days_present, ca_eligible_n, ca_chronic_n, \
    membership_base_n, stable_n, census_enrollment, growth_n, median_sgp, tested_n, proficient_n";

/// One stored row that a file gives other figures.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeConflict {
    /// The row (school, year, measure, group) that differs.
    pub key: RowKey,
    /// (column, the file's figure, the stored one)
    pub differences: Vec<(&'static str, String, String)>,
}

/// What importing outcome rows did (or, with conflicts, would need `replace` to do).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutcomeImport {
    /// Rows that were new.
    pub added: usize,
    /// Rows already stored with the same figures.
    pub unchanged: usize,
    /// Rows whose stored figures were replaced.
    pub replaced: usize,
    /// Rows stored with other figures; when not empty (and not `replace`), nothing
    /// was written.
    pub conflicts: Vec<OutcomeConflict>,
}

fn to_sql(cell: &Cell) -> Value {
    match cell {
        Cell::Missing => Value::Null,
        Cell::Suppressed => Value::Text("*".into()),
        Cell::Count(n) => Value::Integer(*n as i64),
        Cell::Percentile(p) => Value::Real(*p),
    }
}

fn from_sql(value: ValueRef, percentile: bool) -> Cell {
    match value {
        ValueRef::Null => Cell::Missing,
        ValueRef::Integer(n) if percentile => Cell::Percentile(n as f64),
        ValueRef::Integer(n) => Cell::Count(n.max(0) as u64),
        ValueRef::Real(p) => Cell::Percentile(p),
        ValueRef::Text(_) | ValueRef::Blob(_) => Cell::Suppressed,
    }
}

fn read_row(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    let mut figures = Figures::default();
    for (i, cell) in figures.cells_mut().into_iter().enumerate() {
        *cell = from_sql(r.get_ref(4 + i)?, i == 8);
    }
    Ok(Row {
        key: RowKey {
            school: r.get(0)?,
            year: SchoolYear(r.get(1)?),
            group: r.get(2)?,
            subject: r.get(3)?,
        },
        figures,
    })
}

/// Whether a file's cell says something other than the stored one. A suppressed
/// cell where a figure is stored knows less, not otherwise: an export (small groups
/// suppressed) imported where it came from changes nothing.
fn differs(file: &Cell, here: &Cell) -> bool {
    match (file, here) {
        (Cell::Suppressed, h) => h.is_missing(),
        (f, h) => f != h,
    }
}

/// The figures a file gives otherwise than stored: (column, the file's, the stored
/// one's), in words.
fn differences(file: &Figures, here: &Figures) -> Vec<(&'static str, String, String)> {
    crate::outcomes::model::FIGURE_COLUMNS
        .iter()
        .zip(file.cells().iter().zip(here.cells()))
        .filter(|(_, (f, h))| differs(f, h))
        .map(|(name, (f, h))| (*name, f.words(), h.words()))
        .collect()
}

impl Store {
    /// Every outcome row (of one school, if given), by school, year, group and
    /// subject.
    pub fn outcome_rows(&self, school: Option<i64>) -> Result<Vec<Row>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT school_id, year, student_group, subject, {FIGURES} FROM outcomes
             WHERE ?1 IS NULL OR school_id = ?1
             ORDER BY school_id, year, student_group, subject"
        ))?;
        let rows = stmt
            .query_map([school], read_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The store's id of the school with this name and district, if there is one.
    pub fn school_id(&self, name: &str, district: Option<&str>) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM schools WHERE name = ?1 AND district = ?2")?
            .query_row(params![name, district.unwrap_or("")], |r| r.get(0))
            .optional()?)
    }

    /// The outcome rows of the school with this name and district (none when no
    /// such school is stored).
    pub fn outcomes_of_school(&self, name: &str, district: Option<&str>) -> Result<Vec<Row>> {
        match self.school_id(name, district)? {
            Some(id) => self.outcome_rows(Some(id)),
            None => Ok(Vec::new()),
        }
    }

    /// Calls `each` with every school's outcome rows in turn (by school id), holding
    /// one school's rows at a time: what the network's figures read.
    pub fn each_school_outcomes(&self, mut each: impl FnMut(i64, &[Row])) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT school_id, year, student_group, subject, {FIGURES} FROM outcomes
             ORDER BY school_id, year, student_group, subject"
        ))?;
        let mut rows = stmt.query([])?;
        let mut school: Vec<Row> = Vec::new();
        while let Some(r) = rows.next()? {
            let row = read_row(r)?;
            if school
                .first()
                .is_some_and(|f| f.key.school != row.key.school)
            {
                each(school[0].key.school, &school);
                school.clear();
            }
            school.push(row);
        }
        if let Some(first) = school.first() {
            each(first.key.school, &school);
        }
        Ok(())
    }

    /// Imports outcome rows in one transaction. A row stored with other figures is a
    /// conflict; unless `replace`, any conflict means nothing is written.
    pub fn import_outcomes(&mut self, rows: &[Row], replace: bool) -> Result<OutcomeImport> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut result = OutcomeImport::default();
        let mut writes = Vec::new();
        for row in rows {
            match stored(&tx, &row.key)? {
                None => {
                    result.added += 1;
                    writes.push(row);
                }
                Some(here) => {
                    let differences = differences(&row.figures, &here.figures);
                    if differences.is_empty() {
                        result.unchanged += 1;
                        continue;
                    }
                    result.conflicts.push(OutcomeConflict {
                        key: row.key.clone(),
                        differences,
                    });
                    result.replaced += 1;
                    writes.push(row);
                }
            }
        }
        if !result.conflicts.is_empty() && !replace {
            result.replaced = 0;
            return Ok(result);
        }
        for row in writes {
            insert(&tx, row)?;
        }
        tx.commit()?;
        Ok(result)
    }
}

impl Store {
    /// Saves the rows typed on the outcomes screen in one transaction: each of
    /// `rows` written (over a stored row with the same school, year, group and
    /// subject), each of `removed` deleted. Nothing is written if any fails.
    pub fn save_outcomes(&mut self, rows: &[Row], removed: &[RowKey]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for row in rows {
            insert(&tx, row)?;
        }
        {
            let mut delete = tx.prepare_cached(
                "DELETE FROM outcomes
                 WHERE school_id = ?1 AND year = ?2 AND student_group = ?3 AND subject = ?4",
            )?;
            for k in removed {
                delete.execute(params![k.school, k.year.0, k.group, k.subject])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// The stored row with the same school, year, group and subject.
fn stored(tx: &rusqlite::Connection, key: &RowKey) -> Result<Option<Row>> {
    let mut find = tx.prepare_cached(&format!(
        "SELECT school_id, year, student_group, subject, {FIGURES} FROM outcomes
         WHERE school_id = ?1 AND year = ?2 AND student_group = ?3 AND subject = ?4"
    ))?;
    Ok(find
        .query_row(
            params![key.school, key.year.0, key.group, key.subject],
            read_row,
        )
        .optional()?)
}

/// The school row of an assessment's name and district, if stored.
fn school_of(
    conn: &rusqlite::Connection,
    a: &crate::assessment::Assessment,
) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM schools WHERE name = ?1 AND district = ?2")?
        .query_row(
            params![a.meta.school, a.meta.district.as_deref().unwrap_or("")],
            |r| r.get(0),
        )
        .optional()?)
}

impl Store {
    /// The outcome rows a batch of exchange files carries, against those stored for
    /// their schools: a row stored with other figures needs `replace`.
    pub(super) fn check_batch_outcomes(
        &self,
        batch: &[crate::assessment::Assessment],
        replace: bool,
    ) -> Result<()> {
        if replace {
            return Ok(());
        }
        let mut problems = Vec::new();
        for a in batch.iter().filter(|a| !a.outcomes.is_empty()) {
            let Some(school) = school_of(&self.conn, a)? else {
                continue;
            };
            for row in &a.outcomes {
                let key = RowKey {
                    school,
                    ..row.key.clone()
                };
                let Some(here) = stored(&self.conn, &key)? else {
                    continue;
                };
                let what: Vec<String> = differences(&row.figures, &here.figures)
                    .into_iter()
                    .map(|(column, file, here)| {
                        crate::t!(
                            "outcomes-differs",
                            column = column,
                            file = file,
                            here = here
                        )
                    })
                    .collect();
                if !what.is_empty() {
                    problems.push(crate::t!(
                        "outcomes-exchange-differs",
                        id = a.meta.id.as_str(),
                        year = key.year.to_string(),
                        group = key.group.as_str(),
                        what = what.join("; ")
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            problems.push(crate::t!("report-import-nothing-imported"));
            Err(crate::error::Error::input(problems.join("\n")))
        }
    }
}

/// Writes the outcome rows of a batch of exchange files (their schools are stored by
/// now): new rows, and rows that say more or otherwise (checked before, or
/// `replace`); a row that knows less than the stored one leaves it as it is.
pub(super) fn write_batch(
    tx: &rusqlite::Transaction,
    batch: &[crate::assessment::Assessment],
) -> Result<()> {
    for a in batch.iter().filter(|a| !a.outcomes.is_empty()) {
        let Some(school) = school_of(tx, a)? else {
            continue;
        };
        for row in &a.outcomes {
            let key = RowKey {
                school,
                ..row.key.clone()
            };
            let write = match stored(tx, &key)? {
                None => true,
                Some(here) => row
                    .figures
                    .cells()
                    .iter()
                    .zip(here.figures.cells())
                    .any(|(f, h)| differs(f, h)),
            };
            if write {
                insert(
                    tx,
                    &Row {
                        key,
                        figures: row.figures.clone(),
                    },
                )?;
            }
        }
    }
    Ok(())
}

fn insert(tx: &rusqlite::Connection, row: &Row) -> Result<()> {
    let mut write = tx.prepare_cached(&format!(
        "INSERT OR REPLACE INTO outcomes (school_id, year, student_group, subject, {FIGURES})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
    ))?;
    let k = &row.key;
    let mut values: Vec<Value> = vec![
        Value::Integer(k.school),
        Value::Integer(k.year.0 as i64),
        Value::Text(k.group.clone()),
        Value::Text(k.subject.clone()),
    ];
    values.extend(row.figures.cells().iter().map(|c| to_sql(c)));
    write.execute(rusqlite::params_from_iter(values))?;
    Ok(())
}
