//! The school's outcome rows in its TOML exchange file (an optional `[[outcomes]]`
//! list; files from before have none): written with small groups suppressed, read
//! back with the same checks as the CSV import, every problem at its place.

use super::model::{Cell, FIGURE_COLUMNS, Figures, Row, RowKey, SchoolYear, group_key};
use crate::diag::{Diagnostic, Source};
use crate::t;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt::Write;
use toml::Spanned;

/// One `[[outcomes]]` table as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    school_year: Spanned<String>,
    student_group: Spanned<String>,
    growth_subject: Option<Spanned<String>>,
    days_in_membership: Option<Spanned<toml::Value>>,
    days_present: Option<Spanned<toml::Value>>,
    ca_eligible_n: Option<Spanned<toml::Value>>,
    ca_chronic_n: Option<Spanned<toml::Value>>,
    membership_base_n: Option<Spanned<toml::Value>>,
    stable_n: Option<Spanned<toml::Value>>,
    census_enrollment: Option<Spanned<toml::Value>>,
    growth_n: Option<Spanned<toml::Value>>,
    median_sgp: Option<Spanned<toml::Value>>,
    tested_n: Option<Spanned<toml::Value>>,
    proficient_n: Option<Spanned<toml::Value>>,
}

impl RawOutcome {
    fn figures(&self) -> [&Option<Spanned<toml::Value>>; 11] {
        [
            &self.days_in_membership,
            &self.days_present,
            &self.ca_eligible_n,
            &self.ca_chronic_n,
            &self.membership_base_n,
            &self.stable_n,
            &self.census_enrollment,
            &self.growth_n,
            &self.median_sgp,
            &self.tested_n,
            &self.proficient_n,
        ]
    }
}

/// Writes `rows` (one school's) as `[[outcomes]]` tables, in year, group and subject
/// order, every figure of a group under `min_n` students suppressed.
pub fn write(out: &mut String, rows: &[Row], min_n: u64) -> std::fmt::Result {
    let mut rows = super::suppress::rows(rows, min_n);
    rows.sort_by(|a, b| a.key.cmp(&b.key));
    let s = crate::text::toml_string;
    for row in &rows {
        writeln!(out)?;
        writeln!(out, "[[outcomes]]")?;
        writeln!(out, "school_year = {}", s(&row.key.year.to_string()))?;
        writeln!(out, "student_group = {}", s(&row.key.group))?;
        if !row.key.subject.is_empty() {
            writeln!(out, "growth_subject = {}", s(&row.key.subject))?;
        }
        for (name, cell) in FIGURE_COLUMNS.iter().zip(row.figures.cells()) {
            match cell {
                Cell::Missing => {}
                Cell::Suppressed => writeln!(out, "{name} = \"*\"")?,
                Cell::Count(n) => writeln!(out, "{name} = {n}")?,
                Cell::Percentile(p) if p.fract() == 0.0 => writeln!(out, "{name} = {p:.1}")?,
                Cell::Percentile(p) => writeln!(out, "{name} = {p}")?,
            }
        }
    }
    Ok(())
}

/// Checks the `[[outcomes]]` tables of a file: rows with school 0 (the file's school,
/// found when stored), or the problems at their places.
pub fn read(src: &Source, raw: &[RawOutcome]) -> (Vec<Row>, Vec<Diagnostic>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut first: HashMap<RowKey, usize> = HashMap::new();
    for r in raw {
        let before = problems.len();
        let year = SchoolYear::parse(r.school_year.get_ref());
        if year.is_none() {
            let found = format!("{:?}", r.school_year.get_ref());
            problems.push(src.at(r.school_year.span(), t!("outcomes-bad-year", found = found)));
        }
        let group = match crate::text::accept(r.student_group.get_ref(), crate::text::Shape::Line) {
            Ok(g) if !g.is_empty() => group_key(&g),
            Ok(_) => {
                let message = t!("outcomes-cell-empty", column = "student_group");
                problems.push(src.at(r.student_group.span(), message));
                String::new()
            }
            Err(why) => {
                let message = t!(
                    "errors-text-refused",
                    what = "student_group",
                    why = why.to_string()
                );
                problems.push(src.at(r.student_group.span(), message));
                String::new()
            }
        };
        let subject = match &r.growth_subject {
            None => String::new(),
            Some(v) => match crate::text::accept(v.get_ref(), crate::text::Shape::Line) {
                Ok(s) => s,
                Err(why) => {
                    let message = t!(
                        "errors-text-refused",
                        what = "growth_subject",
                        why = why.to_string()
                    );
                    problems.push(src.at(v.span(), message));
                    String::new()
                }
            },
        };
        let mut figures = Figures::default();
        let spans = r.figures();
        for (i, (cell, raw)) in figures.cells_mut().into_iter().zip(spans).enumerate() {
            let Some(raw) = raw else { continue };
            let name = FIGURE_COLUMNS[i];
            *cell = match (raw.get_ref(), i == 8) {
                (toml::Value::String(m), _) if super::model::is_suppressed_marker(m) => {
                    Cell::Suppressed
                }
                (toml::Value::Integer(n), false) if (0..=1_000_000_000).contains(n) => {
                    Cell::Count(*n as u64)
                }
                (toml::Value::Integer(n), true) if (1..=99).contains(n) => {
                    Cell::Percentile(*n as f64)
                }
                (toml::Value::Float(p), true) if (1.0..=99.0).contains(p) => Cell::Percentile(*p),
                (found, true) => {
                    let message = t!("outcomes-not-a-percentile", found = found.to_string());
                    problems.push(src.at(raw.span(), message));
                    Cell::Missing
                }
                (found, false) => {
                    let message = t!(
                        "outcomes-not-a-count",
                        column = name,
                        found = found.to_string()
                    );
                    problems.push(src.at(raw.span(), message));
                    Cell::Missing
                }
            };
        }
        if problems.len() == before {
            for (i, message) in super::import::check_figures(&figures, !subject.is_empty()) {
                let span = spans[i].as_ref().map_or(r.school_year.span(), |v| v.span());
                problems.push(src.at(span, message));
            }
            if figures.is_empty() {
                problems.push(src.at(r.school_year.span(), t!("outcomes-row-empty")));
            }
        }
        let Some(year) = year else { continue };
        if problems.len() > before {
            continue;
        }
        let key = RowKey {
            school: 0,
            year,
            group,
            subject,
        };
        let line = src.position(r.school_year.span().start).0;
        if let Some(line) = first.insert(key.clone(), line) {
            problems.push(src.at(r.school_year.span(), t!("outcomes-row-twice", line = line)));
            continue;
        }
        rows.push(Row { key, figures });
    }
    (rows, problems)
}
