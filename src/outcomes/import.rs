//! Outcome rows from a district's CSV file: the documented columns (and their
//! aliases), every cell checked and every problem located `FILE:LINE:COL`, impossible
//! figures refused, suppressed cells kept as suppressed. Rows find their school by
//! code, or by exact name and district; the ones that find none are listed.

use super::model::{Cell, Figures, Row, RowKey, SchoolYear, group_key, is_suppressed_marker};
use super::table::{Column, Table};
use crate::diag::Diagnostic;
use crate::schools::{Found, Index, Key};
use crate::t;
use std::collections::HashMap;

const fn col(name: &'static str, aliases: &'static [&'static str], required: bool) -> Column {
    Column {
        name,
        aliases,
        required,
    }
}

/// The columns `outcomes import` reads, in the order `outcomes export` writes them
/// (`days_absent` is read only: it becomes `days_present`).
pub const COLUMNS: &[Column] = &[
    col(
        "school_code",
        &[
            "code",
            "school_id",
            "schoolid",
            "nces_id",
            "ncessch",
            "state_school_id",
            "st_schid",
            "location_code",
            "locationcode",
        ],
        false,
    ),
    col("school", &["school_name", "sch_name"], false),
    col("district", &["district_name", "lea_name", "network"], false),
    col(
        "school_year",
        &["year", "schoolyear", "sy", "academic_year", "end_year"],
        true,
    ),
    col(
        "student_group",
        &[
            "group",
            "subgroup",
            "student_subgroup",
            "reporting_category",
            "category",
        ],
        true,
    ),
    col("growth_subject", &["subject", "test_subject"], false),
    col(
        "days_in_membership",
        &[
            "days_enrolled",
            "membership",
            "membership_days",
            "days_membership",
            "enrolled_days",
        ],
        false,
    ),
    col(
        "days_present",
        &["days_attended", "attendance_days", "present_days"],
        false,
    ),
    col(
        "ca_eligible_n",
        &[
            "ca_eligible",
            "chronic_absence_eligible",
            "chronic_absenteeism_eligible",
            "ca_denominator",
        ],
        false,
    ),
    col(
        "ca_chronic_n",
        &[
            "ca_chronic",
            "chronically_absent",
            "chronically_absent_n",
            "chronic_absent_n",
            "ca_numerator",
        ],
        false,
    ),
    col(
        "membership_base_n",
        &["membership_base", "stability_base", "mobility_base"],
        false,
    ),
    col(
        "stable_n",
        &["stable", "stable_students", "enrolled_all_year"],
        false,
    ),
    col(
        "census_enrollment",
        &[
            "enrollment",
            "census_day_enrollment",
            "october_count",
            "fall_enrollment",
        ],
        false,
    ),
    col("growth_n", &["sgp_n", "mgp_n", "growth_students"], false),
    col(
        "median_sgp",
        &[
            "mgp",
            "median_growth_percentile",
            "median_student_growth_percentile",
        ],
        false,
    ),
    col("tested_n", &["tested", "number_tested"], false),
    col("proficient_n", &["proficient", "number_proficient"], false),
    col("days_absent", &["absences", "days_absent_total"], false),
];

const CODE: usize = 0;
const SCHOOL: usize = 1;
const DISTRICT: usize = 2;
const YEAR: usize = 3;
const GROUP: usize = 4;
const SUBJECT: usize = 5;
/// The first figure column; figures follow in `Figures::cells` order.
const FIRST_FIGURE: usize = 6;
const ABSENT: usize = 17;

/// What reading a file gave: the rows that found their school, and the lines that
/// found none (`FILE:LINE: what the row names`).
#[derive(Debug, Default)]
pub struct Read {
    pub rows: Vec<Row>,
    pub unmatched: Vec<String>,
}

/// Reads and checks a whole file; any problem means no rows (all or nothing).
pub fn read(name: &str, text: &str, schools: &Index) -> Result<Read, Vec<Diagnostic>> {
    let table = Table::read(name, text, COLUMNS)?;
    if table.at[CODE].is_none() && table.at[SCHOOL].is_none() {
        return Err(vec![table.src.at(0..0, t!("outcomes-no-school-column"))]);
    }
    let mut problems = Vec::new();
    let mut out = Read::default();
    let mut first_line: HashMap<RowKey, usize> = HashMap::new();
    for row in &table.rows {
        let before = problems.len();
        let mut check = RowCheck {
            table: &table,
            row,
            problems: &mut problems,
        };
        let year = check.year();
        let group = check.group();
        let subject = check.subject();
        let figures = check.figures(!subject.is_empty());
        let school = check.school(schools);
        if problems.len() > before {
            continue;
        }
        let (Some(year), Some(group), Some(figures)) = (year, group, figures) else {
            continue;
        };
        let line = table.line(row);
        let id = match school {
            Ok(id) => id,
            Err(named) => {
                out.unmatched.push(format!("{name}:{line}: {named}"));
                continue;
            }
        };
        let key = RowKey {
            school: id,
            year,
            group,
            subject,
        };
        if let Some(first) = first_line.insert(key.clone(), line) {
            problems.push(table.row_problem(row, t!("outcomes-row-twice", line = first)));
            continue;
        }
        out.rows.push(Row { key, figures });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        problems.sort_by_key(|d| (d.line, d.col));
        Err(problems)
    }
}

struct RowCheck<'t, 'a> {
    table: &'t Table<'a>,
    row: &'t super::table::Row,
    problems: &'t mut Vec<Diagnostic>,
}

impl RowCheck<'_, '_> {
    fn cell(&self, k: usize) -> Option<&str> {
        self.table.cell(self.row, k).filter(|c| !c.is_empty())
    }

    fn problem(&mut self, k: usize, message: String) {
        self.problems.push(self.table.problem(self.row, k, message));
    }

    fn year(&mut self) -> Option<SchoolYear> {
        let Some(raw) = self.cell(YEAR) else {
            self.problem(YEAR, t!("outcomes-cell-empty", column = "school_year"));
            return None;
        };
        let year = SchoolYear::parse(raw);
        if year.is_none() {
            let found = format!("{raw:?}");
            self.problem(YEAR, t!("outcomes-bad-year", found = found));
        }
        year
    }

    fn group(&mut self) -> Option<String> {
        let Some(raw) = self.cell(GROUP) else {
            self.problem(GROUP, t!("outcomes-cell-empty", column = "student_group"));
            return None;
        };
        match crate::text::accept(raw, crate::text::Shape::Line) {
            Ok(text) => Some(group_key(&text)),
            Err(why) => {
                let message = t!(
                    "errors-text-refused",
                    what = "student_group",
                    why = why.to_string()
                );
                self.problem(GROUP, message);
                None
            }
        }
    }

    /// The growth subject (empty for none), through the one text policy.
    fn subject(&mut self) -> String {
        let Some(raw) = self.cell(SUBJECT) else {
            return String::new();
        };
        match crate::text::accept(raw, crate::text::Shape::Line) {
            Ok(text) => text,
            Err(why) => {
                let message = t!(
                    "errors-text-refused",
                    what = "growth_subject",
                    why = why.to_string()
                );
                self.problem(SUBJECT, message);
                String::new()
            }
        }
    }

    /// The school the row names: `Ok(id)`, or `Err(what it names)` when none here is
    /// that school.
    fn school(&mut self, schools: &Index) -> Result<i64, String> {
        let code = self.cell(CODE).map(str::to_string);
        let name = self.cell(SCHOOL).map(str::to_string);
        let district = self.cell(DISTRICT).map(str::to_string);
        if let Some(code) = &code {
            match crate::schools::check_code(code) {
                Err(why) => {
                    self.problem(CODE, why);
                    return Err(String::new());
                }
                Ok(code) => {
                    if let Found::One(id) = schools.find(&Key::Code(code.clone())) {
                        return Ok(id);
                    }
                }
            }
        }
        let Some(name) = name else {
            if code.is_none() {
                self.problem(SCHOOL, t!("outcomes-no-school"));
            }
            return Err(t!(
                "outcomes-unmatched-code",
                code = code.unwrap_or_default()
            ));
        };
        let key = Key::Name {
            name: name.clone(),
            district: district.clone(),
        };
        let shown = crate::schools::shown(&name, district.as_deref().unwrap_or(""));
        match schools.find(&key) {
            Found::One(id) => Ok(id),
            Found::None => Err(match code {
                Some(code) => format!("{shown} [{code}]"),
                None => shown,
            }),
            Found::Several(_) => {
                let message = t!("schools-row-several", school = name.as_str());
                self.problem(SCHOOL, message);
                Err(String::new())
            }
        }
    }

    /// A figure cell: a whole number, a suppression marker, or empty.
    fn count(&mut self, k: usize) -> Cell {
        let Some(raw) = self.cell(k) else {
            return Cell::Missing;
        };
        match parse_count(COLUMNS[k].name, raw) {
            Ok(cell) => cell,
            Err(message) => {
                self.problem(k, message);
                Cell::Missing
            }
        }
    }

    fn percentile(&mut self, k: usize) -> Cell {
        let Some(raw) = self.cell(k) else {
            return Cell::Missing;
        };
        match parse_percentile(raw) {
            Ok(cell) => cell,
            Err(message) => {
                self.problem(k, message);
                Cell::Missing
            }
        }
    }

    /// The row's figures, each checked alone, then against each other.
    fn figures(&mut self, growth_row: bool) -> Option<Figures> {
        let before = self.problems.len();
        let mut f = Figures::default();
        let median = FIRST_FIGURE + MEDIAN;
        for (i, cell) in f.cells_mut().into_iter().enumerate() {
            let k = FIRST_FIGURE + i;
            *cell = if k == median {
                self.percentile(k)
            } else {
                self.count(k)
            };
        }
        let absent = self.count(ABSENT);
        if self.problems.len() > before {
            return None;
        }
        // Days absent, when given instead of days present.
        if !absent.is_missing() {
            match (&f.days_in_membership, &absent, &f.days_present) {
                (Cell::Count(m), Cell::Count(a), _) if a > m => {
                    let message = t!(
                        "outcomes-more-than",
                        column = "days_absent",
                        other = "days_in_membership"
                    );
                    self.problem(ABSENT, message);
                }
                (Cell::Count(m), Cell::Count(a), Cell::Missing) => {
                    f.days_present = Cell::Count(m - a)
                }
                (Cell::Count(m), Cell::Count(a), Cell::Count(p)) if p + a != *m => {
                    let message = t!("outcomes-present-absent");
                    self.problem(ABSENT, message);
                }
                (Cell::Missing, _, _) => {
                    let message = t!(
                        "outcomes-needs",
                        column = "days_absent",
                        other = "days_in_membership"
                    );
                    self.problem(ABSENT, message);
                }
                (_, _, Cell::Missing) => f.days_present = Cell::Suppressed,
                _ => {}
            }
        }
        for (i, message) in check_figures(&f, growth_row) {
            self.problem(FIRST_FIGURE + i, message);
        }
        if f.is_empty() && self.problems.len() == before {
            let message = t!("outcomes-row-empty");
            self.problems
                .push(self.table.row_problem(self.row, message));
        }
        (self.problems.len() == before).then_some(f)
    }
}

/// A count as a district writes it: a whole number up to a billion, a
/// suppression marker, or empty (not reported); anything else is refused with the
/// reason, naming `column`. The CSV import and the outcomes screen read figures
/// through this one rule.
pub fn parse_count(column: &str, raw: &str) -> Result<Cell, String> {
    if raw.is_empty() {
        return Ok(Cell::Missing);
    }
    if is_suppressed_marker(raw) {
        return Ok(Cell::Suppressed);
    }
    if raw.starts_with('-') && raw[1..].trim().parse::<f64>().is_ok() {
        return Err(t!("outcomes-negative", column = column, found = raw));
    }
    match raw.parse::<u64>() {
        Ok(n) if n <= 1_000_000_000 => Ok(Cell::Count(n)),
        _ => Err(t!(
            "outcomes-not-a-count",
            column = column,
            found = format!("{raw:?}")
        )),
    }
}

/// A median growth percentile (1 to 99, decimals allowed), a suppression marker, or
/// empty; anything else is refused with the reason.
pub fn parse_percentile(raw: &str) -> Result<Cell, String> {
    if raw.is_empty() {
        return Ok(Cell::Missing);
    }
    if is_suppressed_marker(raw) {
        return Ok(Cell::Suppressed);
    }
    match raw.parse::<f64>() {
        Ok(p)
            if (1.0..=99.0).contains(&p)
                && raw.bytes().all(|b| b.is_ascii_digit() || b == b'.') =>
        {
            Ok(Cell::Percentile(p))
        }
        _ => Err(t!("outcomes-not-a-percentile", found = format!("{raw:?}"))),
    }
}

/// Figure `i` of a row (its index in `Figures::cells`) as typed or written.
pub fn parse_figure(i: usize, raw: &str) -> Result<Cell, String> {
    if i == MEDIAN {
        parse_percentile(raw)
    } else {
        parse_count(super::model::FIGURE_COLUMNS[i], raw)
    }
}

/// The index of `median_sgp` in `Figures::cells`: the one figure that is not a count.
const MEDIAN: usize = 8;

/// The figures of one row against each other: a numerator needs its denominator
/// and is never larger; growth and proficiency figures belong to a subject's row,
/// the others to a row without one. Problems by figure (its index in
/// `Figures::cells`), in order.
pub fn check_figures(f: &Figures, growth_row: bool) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let names = super::model::FIGURE_COLUMNS;
    // (part, whole): days_present ≤ days_in_membership, ca_chronic ≤ ca_eligible,
    // stable ≤ membership_base, median_sgp with growth_n, proficient ≤ tested.
    let pairs = [(1, 0), (3, 2), (5, 4), (8, 7), (10, 9)];
    let cells = f.cells();
    for (part, whole) in pairs {
        let (p, w) = (cells[part], cells[whole]);
        let (pn, wn) = (names[part], names[whole]);
        if !p.is_missing() && w.is_missing() {
            out.push((part, t!("outcomes-needs", column = pn, other = wn)));
        } else if p.is_missing() && !w.is_missing() {
            out.push((whole, t!("outcomes-needs", column = wn, other = pn)));
        } else if let (Some(a), Some(b)) = (p.count(), w.count())
            && a > b
        {
            out.push((part, t!("outcomes-more-than", column = pn, other = wn)));
        }
    }
    let growth = [7, 8, 9, 10];
    for (i, cell) in cells.iter().enumerate() {
        if cell.is_missing() {
            continue;
        }
        if growth.contains(&i) && !growth_row {
            out.push((i, t!("outcomes-growth-needs-subject", column = names[i])));
        } else if !growth.contains(&i) && growth_row {
            out.push((i, t!("outcomes-subject-growth-only", column = names[i])));
        }
    }
    out.sort_by_key(|(i, _)| *i);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schools::School;

    fn index() -> Index {
        let school = |id, name: &str, district: Option<&str>, code: Option<&str>| School {
            id,
            name: name.into(),
            district: district.map(Into::into),
            code: code.map(Into::into),
            assessments: 1,
        };
        Index::new(&[
            school(1, "Adams", Some("North"), Some("0601")),
            school(2, "Baker", None, None),
        ])
    }

    #[test]
    fn aliases_suppression_and_days_absent() {
        let text = "NCES_ID,School Year,Subgroup,days_enrolled,Days Absent,chronically_absent,ca_eligible\n\
                    0601,2024-25,All Students,18000,900,12,100\n\
                    0601,2025,ELL,<10,*,--,*\n";
        let read = read("f.csv", text, &index()).unwrap();
        assert!(read.unmatched.is_empty());
        let all = &read.rows[0];
        assert_eq!(all.key.school, 1);
        assert_eq!(all.key.year, SchoolYear(2025));
        assert_eq!(all.key.group, "all");
        assert_eq!(all.figures.days_present, Cell::Count(17100));
        assert_eq!(all.figures.ca_chronic, Cell::Count(12));
        let el = &read.rows[1].figures;
        assert_eq!(el.days_in_membership, Cell::Suppressed);
        assert_eq!(el.days_present, Cell::Suppressed);
        assert_eq!(el.ca_chronic, Cell::Suppressed);
    }

    #[test]
    fn every_bad_cell_is_located() {
        let text = "school,district,school_year,student_group,days_in_membership,days_present,ca_eligible_n,ca_chronic_n,growth_subject,median_sgp,growth_n\n\
                    Baker,,2024-26,all,100,90,,,,,\n\
                    Baker,,2025,,100,101,10,-1,,,\n\
                    Baker,,2025,all,ten,,10,11,,,\n\
                    Baker,,2025,white,,,,,math,120,30\n\
                    Baker,,2025,black,100,90,,,math,,\n";
        let e = read("f.csv", text, &index()).unwrap_err();
        let shown: Vec<String> = e.iter().map(|d| d.to_string()).collect();
        let at: Vec<&str> = shown
            .iter()
            .map(|s| s.split(": ").next().unwrap())
            .collect();
        // Counted by hand in the rows above: the year, the empty group, the negative
        // count, "ten", 120, and the two attendance cells of a growth row. (A row with
        // a bad cell is not checked further, so 101 > 100 on line 3 waits its turn.)
        assert_eq!(
            at,
            [
                "f.csv:2:8",
                "f.csv:3:13",
                "f.csv:3:25",
                "f.csv:4:17",
                "f.csv:5:28",
                "f.csv:6:19",
                "f.csv:6:23"
            ],
            "{shown:#?}"
        );
    }

    #[test]
    fn text_cells_go_through_the_text_policy() {
        let text = "school,school_year,student_group,growth_subject,growth_n,median_sgp\n\
                    Baker,2025,all,\"ma\u{202e}th\",30,50\n\
                    Baker,2025,\"wh\u{7}ite\",math,30,50\n";
        let e = read("f.csv", text, &index()).unwrap_err();
        let at: Vec<String> = e.iter().map(|d| d.to_string()).collect();
        assert!(
            at[0].starts_with("f.csv:2:16: growth_subject contains U+202E"),
            "{at:?}"
        );
        assert!(
            at.iter()
                .any(|d| d.starts_with("f.csv:3:12: student_group contains")),
            "{at:?}"
        );
    }

    #[test]
    fn impossible_figures_and_rows_matching_no_school() {
        let text = "school,school_year,student_group,days_in_membership,days_present,ca_eligible_n,ca_chronic_n\n\
                    Baker,2025,all,100,101,10,11\n";
        let e = read("f.csv", text, &index()).unwrap_err();
        let shown: Vec<String> = e.iter().map(|d| d.to_string()).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown[0].starts_with("f.csv:2:20: "), "{shown:?}");
        assert!(shown[1].starts_with("f.csv:2:27: "), "{shown:?}");
        let text = "school,school_year,student_group,days_in_membership,days_present\n\
                    Carver,2025,all,100,90\nBaker,2025,all,100,90\n";
        let read = read("f.csv", text, &index()).unwrap();
        assert_eq!(read.rows.len(), 1);
        assert_eq!(read.unmatched, ["f.csv:2: Carver"]);
    }
}
