//! A school's outcome trends as its summary shows them: each measure's value per
//! school year, for all students and each group, with the direction since the year
//! before, after suppression (a group under N students, or one that would give a
//! hidden group away, shows as suppressed and never its figure).

use crate::outcomes::measures::{self, Measure};
use crate::outcomes::model::{GROUPS, Row, SchoolYear};
use crate::outcomes::suppress;

/// One value as shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shown {
    /// Not reported that year.
    None,
    /// Hidden: a small group, a complement, or suppressed by the district.
    Suppressed,
    Value(f64),
}

/// Which way a value went since the year before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// One group's values of one measure, a value per year of [`Trends::years`].
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLine {
    /// The group's key (`all`, a known group or the district's own name).
    pub group: String,
    pub values: Vec<Shown>,
}

impl GroupLine {
    /// The direction of each year's value against the year before (both shown).
    pub fn directions(&self) -> Vec<Option<Direction>> {
        let mut out = vec![None];
        for pair in self.values.windows(2) {
            out.push(match (pair[0], pair[1]) {
                (Shown::Value(a), Shown::Value(b)) if b - a > 0.05 => Some(Direction::Up),
                (Shown::Value(a), Shown::Value(b)) if a - b > 0.05 => Some(Direction::Down),
                (Shown::Value(_), Shown::Value(_)) => Some(Direction::Same),
                _ => None,
            });
        }
        out.truncate(self.values.len());
        out
    }
}

/// One measure (of one subject, for growth and proficiency), all students first.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureLines {
    pub measure: Measure,
    pub subject: String,
    pub groups: Vec<GroupLine>,
}

/// A school's trends: the years it has data for, and each measure's lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Trends {
    pub years: Vec<SchoolYear>,
    pub measures: Vec<MeasureLines>,
}

/// Where a group comes in the lists: all students, the known groups in the order
/// districts report them, then the district's own by name.
pub fn group_order(group: &str) -> (usize, String) {
    match GROUPS.iter().position(|(name, _)| *name == group) {
        Some(i) => (i, String::new()),
        None => (GROUPS.len(), group.to_string()),
    }
}

/// The trends of one school's rows, with groups under `min_n` students (and their
/// complements) suppressed.
pub fn trends(rows: &[Row], min_n: u64) -> Trends {
    let rows = suppress::rows(rows, min_n);
    let mut years: Vec<SchoolYear> = rows.iter().map(|r| r.key.year).collect();
    years.sort();
    years.dedup();
    let mut out = Trends {
        years: years.clone(),
        measures: Vec::new(),
    };
    for measure in Measure::ALL {
        let growth = matches!(measure, Measure::Growth | Measure::Proficiency);
        let mut subjects: Vec<&str> = rows
            .iter()
            .filter(|r| r.key.subject.is_empty() != growth)
            .map(|r| r.key.subject.as_str())
            .collect();
        subjects.sort();
        subjects.dedup();
        for subject in subjects {
            let mut groups: Vec<&str> = rows
                .iter()
                .filter(|r| r.key.subject == subject)
                .map(|r| r.key.group.as_str())
                .collect();
            groups.sort_by_key(|g| group_order(g));
            groups.dedup();
            let lines: Vec<GroupLine> = groups
                .into_iter()
                .map(|group| GroupLine {
                    group: group.to_string(),
                    values: years
                        .iter()
                        .map(|year| {
                            let row = rows.iter().find(|r| {
                                r.key.year == *year
                                    && r.key.group == group
                                    && r.key.subject == subject
                            });
                            row.map_or(Shown::None, |r| shown(measure, r, min_n))
                        })
                        .collect(),
                })
                .filter(|l| l.values.iter().any(|v| *v != Shown::None))
                .collect();
            if !lines.is_empty() {
                out.measures.push(MeasureLines {
                    measure,
                    subject: subject.to_string(),
                    groups: lines,
                });
            }
        }
    }
    out
}

/// One measure of one (suppressed) row as shown: a value only when its group's size
/// is known and at least `min_n`.
fn shown(measure: Measure, row: &Row, min_n: u64) -> Shown {
    match measures::value(measure, &row.figures) {
        Some(v) if v.students.is_some_and(|n| n >= min_n) => Shown::Value(v.value),
        Some(_) => Shown::Suppressed,
        None => {
            let cells = row.figures.cells();
            let used: &[usize] = match measure {
                Measure::AttendanceRate => &[0, 1],
                Measure::ChronicAbsence => &[2, 3],
                Measure::Stability => &[4, 5],
                Measure::Enrollment => &[6],
                Measure::Growth => &[7, 8],
                Measure::Proficiency => &[9, 10],
            };
            if used
                .iter()
                .any(|&i| matches!(cells[i], crate::outcomes::model::Cell::Suppressed))
            {
                Shown::Suppressed
            } else {
                Shown::None
            }
        }
    }
}

/// A value as the screens write it: a rate with one decimal and `%`, a count, or a
/// percentile.
pub fn format(measure: Measure, value: f64) -> String {
    match measure {
        Measure::Enrollment => format!("{value:.0}"),
        Measure::Growth => format!("{value:.0}"),
        _ => format!("{value:.1}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcomes::model::{ALL, Cell, Figures, RowKey};

    fn row(year: i32, group: &str, eligible: u64, chronic: u64) -> Row {
        Row {
            key: RowKey {
                school: 1,
                year: SchoolYear(year),
                group: group.into(),
                subject: String::new(),
            },
            figures: Figures {
                ca_eligible: Cell::Count(eligible),
                ca_chronic: Cell::Count(chronic),
                ..Figures::default()
            },
        }
    }

    /// All students first, then the groups; a group of 7 students shows as
    /// suppressed, never its figure.
    #[test]
    fn values_arrows_and_suppression() {
        let rows = vec![
            row(2024, "hispanic", 40, 12),
            row(2024, ALL, 100, 30),
            row(2025, ALL, 100, 20),
            row(2025, "hispanic", 40, 8),
            row(2025, "econ_disadvantaged", 7, 3),
        ];
        let t = trends(&rows, 10);
        assert_eq!(t.years, [SchoolYear(2024), SchoolYear(2025)]);
        let chronic = t
            .measures
            .iter()
            .find(|m| m.measure == Measure::ChronicAbsence)
            .expect("chronic absence");
        let groups: Vec<&str> = chronic.groups.iter().map(|g| g.group.as_str()).collect();
        assert_eq!(groups, [ALL, "econ_disadvantaged", "hispanic"]);
        assert_eq!(
            chronic.groups[0].values,
            [Shown::Value(30.0), Shown::Value(20.0)]
        );
        assert_eq!(
            chronic.groups[0].directions(),
            [None, Some(Direction::Down)]
        );
        // Seven students: never the figure.
        assert_eq!(chronic.groups[1].values, [Shown::None, Shown::Suppressed]);
        assert_eq!(chronic.groups[2].values[0], Shown::Value(30.0));
        assert_eq!(format(Measure::ChronicAbsence, 30.0), "30.0%");
    }

    /// The screens name every known group in every language (the ids are made from
    /// the group keys, so the i18n test of literal ids cannot see them).
    #[test]
    fn every_known_group_has_a_name_in_every_language() {
        for lang in crate::i18n::Lang::ALL {
            let ids: std::collections::HashSet<String> = crate::i18n::message_ids(lang)
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            for (group, _) in GROUPS {
                let id = format!("outcome-screens-group-{group}");
                assert!(ids.contains(&id), "{lang}: no message {id}");
            }
        }
    }

    #[test]
    fn a_school_without_rows_has_no_trends() {
        assert_eq!(trends(&[], 10), Trends::default());
    }
}
