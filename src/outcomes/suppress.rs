//! Small groups never show. A figure whose group has fewer than N students (N from 10
//! to 30, 10 by default) is suppressed, and so is a second figure wherever the hidden
//! one could be worked out from the total and the others (complementary
//! suppression). Every output asks here before it shows a group's figure.

use super::model::{ALL, Cell, Row, SchoolYear};
use std::collections::BTreeMap;

/// The smallest group shown, by default, and the range a user may set.
pub const MIN_N_DEFAULT: u64 = 10;
pub const MIN_N_RANGE: std::ops::RangeInclusive<u64> = 10..=30;

/// The groups that together make up all students (each student in exactly one), so
/// a total less the others gives the last one.
pub const RACE_GROUPS: &[&str] = &[
    "american_indian",
    "asian",
    "black",
    "hispanic",
    "pacific_islander",
    "white",
    "two_or_more",
];

/// Checks a user's N.
pub fn min_n(n: u64) -> Result<u64, String> {
    if MIN_N_RANGE.contains(&n) {
        Ok(n)
    } else {
        Err(crate::t!(
            "outcomes-min-n-range",
            low = *MIN_N_RANGE.start(),
            high = *MIN_N_RANGE.end(),
            found = n
        ))
    }
}

/// Which of one measure's groups (in one school and year) may be shown: `groups` are
/// (group key, students); the answer is in the same order. A group is hidden when
/// its size is unknown or below `min_n`; everything is hidden when all students
/// are; and within any set of groups that adds up to the total (the race and
/// ethnicity groups, or two groups whose sizes sum to all students), a lone hidden
/// group takes the smallest shown one with it, so no subtraction recovers it.
pub fn shown(groups: &[(&str, Option<u64>)], min_n: u64) -> Vec<bool> {
    let mut shown: Vec<bool> = groups
        .iter()
        .map(|(_, n)| n.is_some_and(|n| n >= min_n))
        .collect();
    let all = groups.iter().position(|(g, _)| *g == ALL);
    if all.is_none_or(|i| !shown[i]) {
        return vec![false; groups.len()];
    }
    let total = all.and_then(|i| groups[i].1);
    let mut sets: Vec<Vec<usize>> = vec![
        (0..groups.len())
            .filter(|&i| RACE_GROUPS.contains(&groups[i].0))
            .collect(),
    ];
    for i in 0..groups.len() {
        for j in i + 1..groups.len() {
            if Some(i) == all || Some(j) == all {
                continue;
            }
            if let (Some(a), Some(b), Some(t)) = (groups[i].1, groups[j].1, total)
                && a + b == t
            {
                sets.push(vec![i, j]);
            }
        }
    }
    // Hiding one group may leave another set with a lone hidden group: repeat until
    // nothing changes.
    loop {
        let mut changed = false;
        for set in &sets {
            let hidden = set.iter().filter(|&&i| !shown[i]).count();
            if hidden != 1 {
                continue;
            }
            let smallest = set
                .iter()
                .copied()
                .filter(|&i| shown[i])
                .min_by_key(|&i| (groups[i].1.unwrap_or(0), i));
            if let Some(i) = smallest {
                shown[i] = false;
                changed = true;
            }
        }
        if !changed {
            return shown;
        }
    }
}

/// How many students a row's group has, for suppression: the growth or test count
/// in a subject's row; otherwise the chronic-absence base, the membership base or
/// the census-day count. `None` (unknown) is never shown.
pub fn row_size(row: &Row) -> Option<u64> {
    let f = &row.figures;
    if row.key.subject.is_empty() {
        super::measures::group_size(f)
    } else {
        f.growth_n.count().or(f.tested_n.count())
    }
}

/// The rows as they may leave Touchstone: every figure of a group that may not be
/// shown (see [`shown`], per school, year and subject) written as suppressed.
/// Applying it twice changes nothing, so an export of an export is the same file.
pub fn rows(rows: &[Row], min_n: u64) -> Vec<Row> {
    let mut out: Vec<Row> = rows.to_vec();
    let mut sets: BTreeMap<(i64, SchoolYear, &str), Vec<usize>> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        sets.entry((r.key.school, r.key.year, r.key.subject.as_str()))
            .or_default()
            .push(i);
    }
    for members in sets.values() {
        let groups: Vec<(&str, Option<u64>)> = members
            .iter()
            .map(|&i| (rows[i].key.group.as_str(), row_size(&rows[i])))
            .collect();
        for (&i, ok) in members.iter().zip(shown(&groups, min_n)) {
            if !ok {
                for cell in out[i].figures.cells_mut() {
                    if !cell.is_missing() {
                        *cell = Cell::Suppressed;
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_unknown_groups_are_hidden() {
        let groups = [
            ("all", Some(200)),
            ("english_learners", Some(9)),
            ("students_with_disabilities", Some(10)),
            ("Newcomers", None),
        ];
        assert_eq!(shown(&groups, 10), [true, false, true, false]);
        assert_eq!(shown(&groups, 11), [true, false, false, false]);
    }

    #[test]
    fn a_small_school_shows_nothing() {
        assert_eq!(
            shown(&[("all", Some(8)), ("white", Some(5))], 10),
            [false, false]
        );
        assert_eq!(shown(&[("white", Some(50))], 10), [false], "no total");
    }

    /// All 100 = 60 Hispanic + 32 White + 8 Black: hiding Black alone would let
    /// 100 − 60 − 32 give it back, so the next smallest (White) goes too.
    #[test]
    fn a_lone_hidden_race_group_takes_the_next_smallest_with_it() {
        let groups = [
            ("all", Some(100)),
            ("hispanic", Some(60)),
            ("white", Some(32)),
            ("black", Some(8)),
            ("econ_disadvantaged", Some(70)),
        ];
        assert_eq!(shown(&groups, 10), [true, true, false, false, true]);
    }

    /// 100 = 93 + 7: a group and its complement. The complement is hidden, so the
    /// group goes too (else 100 − 93 gives 7).
    #[test]
    fn a_group_and_its_complement() {
        let groups = [("all", Some(100)), ("Not EL", Some(93)), ("EL", Some(7))];
        assert_eq!(shown(&groups, 10), [true, false, false]);
    }

    #[test]
    fn rows_leave_with_small_groups_suppressed_and_twice_is_once() {
        use crate::outcomes::model::{Figures, RowKey};
        let row = |group: &str, eligible: u64, chronic: u64| Row {
            key: RowKey {
                school: 1,
                year: SchoolYear(2025),
                group: group.into(),
                subject: String::new(),
            },
            figures: Figures {
                ca_eligible: Cell::Count(eligible),
                ca_chronic: Cell::Count(chronic),
                ..Figures::default()
            },
        };
        let input = vec![
            row("all", 100, 20),
            row("hispanic", 60, 12),
            row("white", 32, 6),
            row("black", 8, 2),
        ];
        let once = rows(&input, 10);
        assert_eq!(once[0], input[0]);
        assert_eq!(once[1], input[1]);
        for hidden in &once[2..] {
            assert_eq!(hidden.figures.ca_eligible, Cell::Suppressed);
            assert_eq!(hidden.figures.ca_chronic, Cell::Suppressed);
            assert_eq!(hidden.figures.days_present, Cell::Missing);
        }
        assert_eq!(rows(&once, 10), once);
    }

    #[test]
    fn n_is_settable_from_10_to_30() {
        assert!(min_n(9).is_err() && min_n(31).is_err());
        assert_eq!(min_n(10), Ok(10));
        assert_eq!(min_n(30), Ok(30));
    }
}
