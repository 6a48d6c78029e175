//! Outcome rows as CSV in the columns `outcomes import` reads, in one stable order, so
//! export → import → export is byte-identical. Small groups leave suppressed.

use super::import::COLUMNS;
use super::model::{ALL, GROUPS, Row};
use crate::schools::School;
use std::collections::HashMap;

/// The columns written: every column import reads but `days_absent`.
pub fn header() -> Vec<&'static str> {
    COLUMNS
        .iter()
        .map(|c| c.name)
        .filter(|n| *n != "days_absent")
        .collect()
}

/// Where a group sorts: all students first, then the known groups in their order,
/// then the district's own by name.
fn group_rank(group: &str) -> (usize, &str) {
    if group == ALL {
        return (0, "");
    }
    match GROUPS.iter().position(|(name, _)| *name == group) {
        Some(i) => (i + 1, ""),
        None => (GROUPS.len() + 1, group),
    }
}

/// The CSV text of `rows` (schools looked up in `schools`; a row whose school is not
/// there is left out, which cannot happen for rows read from the same store), every
/// figure of a group under `min_n` students suppressed (see `suppress::rows`).
pub fn to_csv(rows: &[Row], schools: &[School], min_n: u64) -> String {
    let rows = &super::suppress::rows(rows, min_n);
    let by_id: HashMap<i64, &School> = schools.iter().map(|s| (s.id, s)).collect();
    let mut sorted: Vec<(&School, &Row)> = rows
        .iter()
        .filter_map(|r| by_id.get(&r.key.school).map(|s| (*s, r)))
        .collect();
    sorted.sort_by(|(sa, a), (sb, b)| {
        (
            &sa.name,
            &sa.district,
            sa.id,
            a.key.year,
            group_rank(&a.key.group),
            &a.key.subject,
        )
            .cmp(&(
                &sb.name,
                &sb.district,
                sb.id,
                b.key.year,
                group_rank(&b.key.group),
                &b.key.subject,
            ))
    });
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = out.write_record(header());
    let cell = crate::text::csv_cell;
    for (school, row) in sorted {
        let mut record = vec![
            cell(school.code.as_deref().unwrap_or("")),
            cell(&school.name),
            cell(school.district.as_deref().unwrap_or("")),
            row.key.year.to_string(),
            cell(&row.key.group),
            cell(&row.key.subject),
        ];
        record.extend(row.figures.cells().iter().map(|c| c.to_string()));
        let _ = out.write_record(&record);
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}
