//! The declared definitions of the outcome measures: each a pure function of one
//! row's counts, with the number of students it stands on (what suppression and the
//! impact rule look at). The README states them in words, and so does every output.

use super::model::{Cell, Figures};

/// An outcome indicator (the four the national goal names; attendance is read as
/// chronic absence, the per-student measure, when a district reports it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    /// Pooled days present ÷ days in membership (higher is better).
    AttendanceRate,
    /// Students chronically absent (missing 10% or more of their enrolled days, for
    /// any reason) ÷ students eligible (lower is better).
    ChronicAbsence,
    /// Students enrolled all year without interruption ÷ students in the membership
    /// base (higher is better).
    Stability,
    /// The census-day count (a trend, not better or worse).
    Enrollment,
    /// The school's median student growth percentile in a subject (50 is typical).
    Growth,
    /// Students proficient ÷ students tested, where growth is not reported.
    Proficiency,
}

impl Measure {
    pub const ALL: [Measure; 6] = [
        Measure::AttendanceRate,
        Measure::ChronicAbsence,
        Measure::Stability,
        Measure::Enrollment,
        Measure::Growth,
        Measure::Proficiency,
    ];

    /// Whether a larger value is better (`None`: neither, a trend only).
    pub fn higher_is_better(self) -> Option<bool> {
        match self {
            Measure::ChronicAbsence => Some(false),
            Measure::Enrollment => None,
            _ => Some(true),
        }
    }

    /// Its key in CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Measure::AttendanceRate => "attendance_rate",
            Measure::ChronicAbsence => "chronic_absence_rate",
            Measure::Stability => "stability_rate",
            Measure::Enrollment => "enrollment",
            Measure::Growth => "median_growth_percentile",
            Measure::Proficiency => "proficiency_rate",
        }
    }

    /// The message id of its name.
    pub fn name_id(self) -> &'static str {
        match self {
            Measure::AttendanceRate => "outcomes-measure-attendance",
            Measure::ChronicAbsence => "outcomes-measure-chronic",
            Measure::Stability => "outcomes-measure-stability",
            Measure::Enrollment => "outcomes-measure-enrollment",
            Measure::Growth => "outcomes-measure-growth",
            Measure::Proficiency => "outcomes-measure-proficiency",
        }
    }

    /// The message id of its definition in words.
    pub fn definition_id(self) -> &'static str {
        match self {
            Measure::AttendanceRate => "outcomes-define-attendance",
            Measure::ChronicAbsence => "outcomes-define-chronic",
            Measure::Stability => "outcomes-define-stability",
            Measure::Enrollment => "outcomes-define-enrollment",
            Measure::Growth => "outcomes-define-growth",
            Measure::Proficiency => "outcomes-define-proficiency",
        }
    }
}

/// One measure's value for one group in one year, and the students behind it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Value {
    /// A percentage (0–100) for rates, a percentile for growth, a count for
    /// enrollment.
    pub value: f64,
    /// The students the value stands on (`None` when the row does not say: such a
    /// value is never shown, since its group's size cannot be checked).
    pub students: Option<u64>,
}

/// The students a row's group has that year, for the measures that count days:
/// the first reported of the chronic-absence base, the membership base and the
/// census-day count.
pub fn group_size(f: &Figures) -> Option<u64> {
    f.ca_eligible
        .count()
        .or(f.membership_base.count())
        .or(f.census_enrollment.count())
}

fn rate(part: &Cell, whole: &Cell) -> Option<f64> {
    let (p, w) = (part.count()?, whole.count()?);
    (w > 0).then(|| 100.0 * p as f64 / w as f64)
}

/// The measure's value from one row's figures, or `None` when it is not reported,
/// suppressed by the district, or has no base.
pub fn value(measure: Measure, f: &Figures) -> Option<Value> {
    let (value, students) = match measure {
        Measure::AttendanceRate => (rate(&f.days_present, &f.days_in_membership)?, group_size(f)),
        Measure::ChronicAbsence => (rate(&f.ca_chronic, &f.ca_eligible)?, f.ca_eligible.count()),
        Measure::Stability => (
            rate(&f.stable, &f.membership_base)?,
            f.membership_base.count(),
        ),
        Measure::Enrollment => {
            let n = f.census_enrollment.count()?;
            (n as f64, Some(n))
        }
        Measure::Growth => (f.median_sgp.percentile()?, f.growth_n.count()),
        Measure::Proficiency => (rate(&f.proficient_n, &f.tested_n)?, f.tested_n.count()),
    };
    Some(Value { value, students })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures() -> Figures {
        Figures {
            days_in_membership: Cell::Count(18_000),
            days_present: Cell::Count(16_920),
            ca_eligible: Cell::Count(100),
            ca_chronic: Cell::Count(17),
            membership_base: Cell::Count(110),
            stable: Cell::Count(99),
            census_enrollment: Cell::Count(104),
            ..Figures::default()
        }
    }

    /// Worked by hand: 16,920 ÷ 18,000 = 94.0%; 17 ÷ 100 = 17.0%; 99 ÷ 110 = 90.0%.
    #[test]
    fn the_declared_definitions_on_a_worked_row() {
        let f = figures();
        let v = |m| value(m, &f).unwrap();
        assert!((v(Measure::AttendanceRate).value - 94.0).abs() < 1e-9);
        assert_eq!(v(Measure::AttendanceRate).students, Some(100));
        assert!((v(Measure::ChronicAbsence).value - 17.0).abs() < 1e-9);
        assert!((v(Measure::Stability).value - 90.0).abs() < 1e-9);
        assert_eq!(v(Measure::Stability).students, Some(110));
        assert_eq!(v(Measure::Enrollment).value, 104.0);
        assert_eq!(value(Measure::Growth, &f), None);
        let growth = Figures {
            growth_n: Cell::Count(40),
            median_sgp: Cell::Percentile(55.5),
            tested_n: Cell::Count(44),
            proficient_n: Cell::Count(11),
            ..Figures::default()
        };
        assert_eq!(value(Measure::Growth, &growth).unwrap().value, 55.5);
        assert_eq!(value(Measure::Proficiency, &growth).unwrap().value, 25.0);
        // A suppressed part or a base of zero gives no value.
        let hidden = Figures {
            ca_chronic: Cell::Suppressed,
            stable: Cell::Count(0),
            membership_base: Cell::Count(0),
            ..figures()
        };
        assert_eq!(value(Measure::ChronicAbsence, &hidden), None);
        assert_eq!(value(Measure::Stability, &hidden), None);
    }
}
