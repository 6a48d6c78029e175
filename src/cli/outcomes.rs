//! `touchstone outcomes import` and `outcomes export`: outcome data as districts
//! export it (CSV), all or nothing.

use super::Context;
use super::output::{emit, print};
use crate::error::{Error, Result};
use crate::outcomes::model::RowKey;
use crate::schools::{Index, School};
use crate::t;
use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

/// Lines listed before "… and N more".
const LISTED: usize = 20;

/// `outcomes import FILE.csv [--replace]`.
pub fn import(ctx: &mut Context, file: &Path, replace: bool) -> Result<()> {
    let text = crate::exchange::batch::read(file)?;
    let name = file.display().to_string();
    let store = ctx.store()?;
    let schools = store.school_list()?;
    let read = crate::outcomes::import::read(&name, &text, &Index::new(&schools))
        .map_err(Error::Invalid)?;
    let done = store.import_outcomes(&read.rows, replace)?;
    let by_id: HashMap<i64, &School> = schools.iter().map(|s| (s.id, s)).collect();
    if !done.conflicts.is_empty() && !replace {
        let mut lines: Vec<String> = done
            .conflicts
            .iter()
            .take(LISTED)
            .map(|c| {
                let what = c
                    .differences
                    .iter()
                    .map(|(column, file, here)| {
                        t!(
                            "outcomes-differs",
                            column = *column,
                            file = file.as_str(),
                            here = here.as_str()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                format!("{name}: {}: {what}", key_words(&c.key, &by_id))
            })
            .collect();
        if done.conflicts.len() > LISTED {
            lines.push(t!("schools-more", count = done.conflicts.len() - LISTED));
        }
        lines.push(t!("outcomes-conflicts", count = done.conflicts.len()));
        return Err(Error::input(lines.join("\n")));
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!(
            "outcomes-imported",
            added = done.added,
            replaced = done.replaced,
            unchanged = done.unchanged,
            unmatched = read.unmatched.len()
        )
    );
    if !read.unmatched.is_empty() {
        let _ = writeln!(out, "{}", t!("outcomes-unmatched-heading"));
        for line in read.unmatched.iter().take(LISTED) {
            let _ = writeln!(out, "  {line}");
        }
        if read.unmatched.len() > LISTED {
            let _ = writeln!(
                out,
                "  {}",
                t!("schools-more", count = read.unmatched.len() - LISTED)
            );
        }
    }
    print(&out)
}

/// "Adams (North) 2024-25 all students math".
fn key_words(key: &RowKey, schools: &HashMap<i64, &School>) -> String {
    let school = schools.get(&key.school).map_or(String::new(), |s| {
        crate::store::shown_school(&s.name, s.district.as_deref().unwrap_or(""))
    });
    let mut words = format!("{school} {} {}", key.year, key.group);
    if !key.subject.is_empty() {
        words.push(' ');
        words.push_str(&key.subject);
    }
    words
}

/// `outcomes export [-o FILE] [--min-n N]`.
pub fn export(ctx: &mut Context, output: Option<&Path>, force: bool, min_n: u64) -> Result<()> {
    let store = ctx.store()?;
    let rows = store.outcome_rows(None)?;
    let schools = store.school_list()?;
    let csv = crate::outcomes::export::to_csv(&rows, &schools, min_n);
    emit(&csv, output, force)
}

/// `--min-n`: the smallest group shown, 10 to 30.
pub fn min_n_arg(raw: &str) -> std::result::Result<u64, String> {
    let n: u64 = raw
        .trim()
        .parse()
        .map_err(|_| t!("outcomes-min-n-range", low = 10, high = 30, found = raw))?;
    crate::outcomes::suppress::min_n(n)
}

/// `--impact-baseline`, `--impact-year`: a school year.
pub fn school_year_arg(
    raw: &str,
) -> std::result::Result<crate::outcomes::model::SchoolYear, String> {
    crate::outcomes::model::SchoolYear::parse(raw)
        .ok_or_else(|| t!("outcomes-bad-year", found = format!("{raw:?}")))
}

/// `--impact-min-indicators`: 1 to 3 (the rule has three indicators).
pub fn min_indicators_arg(raw: &str) -> std::result::Result<usize, String> {
    let most = crate::outcomes::impact::Indicator::ALL.len();
    match raw.trim().parse::<usize>() {
        Ok(n) if (1..=most).contains(&n) => Ok(n),
        _ => Err(t!(
            "outcomes-min-indicators-range",
            high = most,
            found = raw
        )),
    }
}

/// `--impact-tolerance`: points, from 0 to 50.
pub fn tolerance_arg(raw: &str) -> std::result::Result<f64, String> {
    match raw.trim().parse::<f64>() {
        Ok(x) if (0.0..=50.0).contains(&x) => Ok(x),
        _ => Err(t!("outcomes-tolerance-range", found = raw)),
    }
}
