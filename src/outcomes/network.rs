//! The network's outcome indicators, for the board report: each indicator's
//! network value per school year, the spread of the schools' values (quantiles,
//! never a row per school), and the equity view (each student group's value at a
//! baseline and a current year, with its gap to all students). Only figures that may
//! be shown count: each school's rows pass through [`super::suppress::rows`] first,
//! so a small group (and its complement) adds nothing anywhere, and a pooled
//! figure under N students is itself left out. Fed one school at a time.

use super::measures::{Measure, value};
use super::model::{ALL, Cell, Figures, Row, SchoolYear};
use std::collections::BTreeMap;

/// An indicator: a measure and, for growth and proficiency, its subject.
pub type Indicator = (Measure, String);

#[derive(Debug, Clone, Default)]
struct Pool {
    part: u64,
    whole: u64,
    /// Students behind the pooled figures.
    students: u64,
    /// Σ value × students (growth: a mean weighted by students).
    weighted: f64,
    /// Each school's value (all students only: the spread).
    values: Vec<f64>,
}

impl Pool {
    fn add(&mut self, measure: Measure, f: &Figures, v: f64, students: u64, spread: bool) {
        if let Some((part, whole)) = parts(measure, f) {
            self.part += part;
            self.whole += whole;
        }
        self.students += students;
        self.weighted += v * students as f64;
        if spread {
            self.values.push(v);
        }
    }

    /// The pooled value, or `None` under N students.
    fn value(&self, measure: Measure, min_n: u64) -> Option<f64> {
        if self.students < min_n {
            return None;
        }
        match measure {
            Measure::Growth => Some(self.weighted / self.students as f64),
            Measure::Enrollment => Some(self.part as f64),
            _ => (self.whole > 0).then(|| 100.0 * self.part as f64 / self.whole as f64),
        }
    }
}

/// The counts a measure is pooled from (part, whole); enrollment sums its count.
fn parts(measure: Measure, f: &Figures) -> Option<(u64, u64)> {
    let pair = |a: &Cell, b: &Cell| a.count().zip(b.count());
    match measure {
        Measure::AttendanceRate => pair(&f.days_present, &f.days_in_membership),
        Measure::ChronicAbsence => pair(&f.ca_chronic, &f.ca_eligible),
        Measure::Stability => pair(&f.stable, &f.membership_base),
        Measure::Proficiency => pair(&f.proficient_n, &f.tested_n),
        Measure::Enrollment => f.census_enrollment.count().map(|n| (n, 1)),
        Measure::Growth => None,
    }
}

/// The spread of the schools' values in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub schools: usize,
    pub min: f64,
    pub p10: f64,
    pub p25: f64,
    pub median: f64,
    pub p75: f64,
    pub p90: f64,
    pub max: f64,
}

/// The `q` quantile of sorted values (linear between the nearest ranks).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let at = q * (sorted.len() - 1) as f64;
    let (lo, hi) = (at.floor() as usize, at.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo as f64)
}

fn spread(values: &[f64]) -> Option<Spread> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    Some(Spread {
        schools: v.len(),
        min: v[0],
        p10: quantile(&v, 0.1),
        p25: quantile(&v, 0.25),
        median: quantile(&v, 0.5),
        p75: quantile(&v, 0.75),
        p90: quantile(&v, 0.9),
        max: v[v.len() - 1],
    })
}

/// One indicator in one school year: the network's value and the schools' spread.
#[derive(Debug, Clone, PartialEq)]
pub struct YearFigure {
    pub year: SchoolYear,
    pub network: Option<f64>,
    pub spread: Option<Spread>,
}

/// One student group in the equity view.
#[derive(Debug, Clone, PartialEq)]
pub struct EquityRow {
    pub group: String,
    pub baseline: Option<f64>,
    pub current: Option<f64>,
    /// The group's value less all students' (same year).
    pub gap_baseline: Option<f64>,
    pub gap_current: Option<f64>,
}

/// The network's outcome figures, built one school at a time.
#[derive(Debug, Clone)]
pub struct NetworkOutcomes {
    min_n: u64,
    /// Per indicator, group and year.
    pools: BTreeMap<(Indicator, String, SchoolYear), Pool>,
    /// Schools with at least one figure counted.
    pub schools: usize,
}

impl NetworkOutcomes {
    pub fn new(min_n: u64) -> NetworkOutcomes {
        NetworkOutcomes {
            min_n,
            pools: BTreeMap::new(),
            schools: 0,
        }
    }

    /// Adds one school's rows (any order): only what may be shown counts.
    pub fn add_school(&mut self, rows: &[Row]) {
        let mut counted = false;
        for r in super::suppress::rows(rows, self.min_n) {
            for measure in Measure::ALL {
                let Some(v) = value(measure, &r.figures) else {
                    continue;
                };
                // A group whose size is unknown or under N is never counted.
                let Some(students) = v.students.filter(|n| *n >= self.min_n) else {
                    continue;
                };
                let all = r.key.group == ALL;
                self.pools
                    .entry((
                        (measure, r.key.subject.clone()),
                        r.key.group.clone(),
                        r.key.year,
                    ))
                    .or_default()
                    .add(measure, &r.figures, v.value, students, all);
                counted = true;
            }
        }
        self.schools += usize::from(counted);
    }

    /// The school years with any figure, oldest first.
    pub fn years(&self) -> Vec<SchoolYear> {
        let mut years: Vec<SchoolYear> = self.pools.keys().map(|(_, _, y)| *y).collect();
        years.sort();
        years.dedup();
        years
    }

    /// The indicators with an all-students figure, in the measures' order.
    pub fn indicators(&self) -> Vec<Indicator> {
        let mut keys: Vec<Indicator> = self
            .pools
            .keys()
            .filter(|(_, g, _)| g == ALL)
            .map(|(k, _, _)| k.clone())
            .collect();
        keys.sort();
        keys.dedup();
        keys
    }

    fn pool(&self, key: &Indicator, group: &str, year: SchoolYear) -> Option<&Pool> {
        self.pools.get(&(key.clone(), group.to_string(), year))
    }

    fn pooled(&self, key: &Indicator, group: &str, year: SchoolYear) -> Option<f64> {
        self.pool(key, group, year)?.value(key.0, self.min_n)
    }

    /// An indicator over the years: the network's value and the schools' spread.
    pub fn over_years(&self, key: &Indicator) -> Vec<YearFigure> {
        self.years()
            .into_iter()
            .filter_map(|year| {
                let pool = self.pool(key, ALL, year)?;
                Some(YearFigure {
                    year,
                    network: pool.value(key.0, self.min_n),
                    spread: spread(&pool.values),
                })
            })
            .collect()
    }

    /// Each group's value at `baseline` and `current`, with its gap to all students
    /// (all students first; groups with no figure in either year left out).
    pub fn equity(
        &self,
        key: &Indicator,
        baseline: SchoolYear,
        current: SchoolYear,
    ) -> Vec<EquityRow> {
        let mut groups: Vec<&String> = self
            .pools
            .keys()
            .filter(|(k, _, y)| k == key && (*y == baseline || *y == current))
            .map(|(_, g, _)| g)
            .collect();
        groups.sort_by_key(|g| (g.as_str() != ALL, g.as_str()));
        groups.dedup();
        let all_base = self.pooled(key, ALL, baseline);
        let all_now = self.pooled(key, ALL, current);
        groups
            .into_iter()
            .filter_map(|g| {
                let b = self.pooled(key, g, baseline);
                let c = self.pooled(key, g, current);
                (b.is_some() || c.is_some()).then(|| EquityRow {
                    group: g.clone(),
                    baseline: b,
                    current: c,
                    gap_baseline: b.zip(all_base).map(|(g, a)| g - a),
                    gap_current: c.zip(all_now).map(|(g, a)| g - a),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcomes::model::RowKey;

    fn ca(school: i64, year: i32, group: &str, eligible: u64, chronic: u64) -> Row {
        Row {
            key: RowKey {
                school,
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

    /// Worked by hand. School 1: all 100 (20 chronic), hispanic 40 (12), EL 6 (3):
    /// EL is under N = 10 and hidden (it is not a race group, and no group here is
    /// its complement, so it goes alone). School 2: all 50 (5), hispanic 20 (4).
    /// Network 2025: all 25/150 = 16.7%; hispanic 16/60 = 26.7% (gap +10.0); EL not
    /// shown anywhere. School values of all students: 20% and 10%: median 15%.
    #[test]
    fn pooled_spread_and_equity_worked_by_hand() {
        let mut n = NetworkOutcomes::new(10);
        n.add_school(&[
            ca(1, 2025, "all", 100, 20),
            ca(1, 2025, "hispanic", 40, 12),
            ca(1, 2025, "english_learners", 6, 3),
            ca(1, 2024, "all", 100, 30),
            ca(1, 2024, "hispanic", 40, 16),
        ]);
        n.add_school(&[ca(2, 2025, "all", 50, 5), ca(2, 2025, "hispanic", 20, 4)]);
        assert_eq!(n.schools, 2);
        let key = (Measure::ChronicAbsence, String::new());
        assert!(n.indicators().contains(&key));
        let years = n.over_years(&key);
        assert_eq!(years.len(), 2);
        let now = &years[1];
        assert!((now.network.unwrap() - 100.0 * 25.0 / 150.0).abs() < 1e-9);
        let s = now.spread.unwrap();
        assert_eq!((s.schools, s.min, s.median, s.max), (2, 10.0, 15.0, 20.0));
        let eq = n.equity(&key, SchoolYear(2024), SchoolYear(2025));
        let groups: Vec<&str> = eq.iter().map(|r| r.group.as_str()).collect();
        assert_eq!(groups, ["all", "hispanic"], "EL never counted");
        let h = &eq[1];
        assert!((h.baseline.unwrap() - 40.0).abs() < 1e-9);
        assert!((h.current.unwrap() - 100.0 * 16.0 / 60.0).abs() < 1e-9);
        assert!((h.gap_baseline.unwrap() - 10.0).abs() < 1e-9);
        assert!(
            (h.gap_current.unwrap() - (100.0 * 16.0 / 60.0 - 100.0 * 25.0 / 150.0)).abs() < 1e-9
        );
    }

    /// Race groups add up to all students: hiding one small group hides the next
    /// smallest too, so neither adds to the network's figure.
    #[test]
    fn a_complement_hidden_at_a_school_counts_nowhere() {
        let mut n = NetworkOutcomes::new(10);
        n.add_school(&[
            ca(1, 2025, "all", 100, 20),
            ca(1, 2025, "white", 60, 10),
            ca(1, 2025, "black", 33, 7),
            ca(1, 2025, "asian", 7, 3),
        ]);
        let key = (Measure::ChronicAbsence, String::new());
        let eq = n.equity(&key, SchoolYear(2025), SchoolYear(2025));
        let groups: Vec<&str> = eq.iter().map(|r| r.group.as_str()).collect();
        assert_eq!(groups, ["all", "white"], "{eq:?}");
    }

    #[test]
    fn quantiles_interpolate_between_ranks() {
        let v = [10.0, 20.0, 30.0, 40.0, 50.0];
        assert_eq!(quantile(&v, 0.5), 30.0);
        assert_eq!(quantile(&v, 0.25), 20.0);
        assert_eq!(quantile(&v, 0.1), 14.0);
        assert_eq!(spread(&[]), None);
    }
}
