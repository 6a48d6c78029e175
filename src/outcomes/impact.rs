//! "Demonstrating equitable impact": Touchstone's declared convention, with every
//! parameter in [`Rule`] (the README gives the reasons). Pure functions over one
//! school's outcome rows.
//!
//! Per indicator (attendance, stability, growth), comparing the current year with
//! the baseline year, over the groups with at least N students in both years:
//! (a) all students improved; (b) no such group fell back by more than the
//! tolerance; (c) the group furthest behind at baseline improved and, if it was
//! behind all students, its gap to them narrowed. A school demonstrates equitable
//! impact when it meets at least half of the indicators it has enough data for, with
//! enough data for at least two; otherwise it is "not enough data" (shown, outside
//! the denominator). Enrollment is a trend only.

use super::measures::{Measure, value};
use super::model::{ALL, Row, SchoolYear};
use super::suppress::{MIN_N_DEFAULT, shown};
use std::collections::BTreeMap;

/// The indicators the rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    /// Chronic absence rate (the attendance rate where chronic absence is not
    /// reported).
    Attendance,
    Stability,
    /// Median growth percentile per subject (proficiency rate where growth is not
    /// reported); met when every subject with enough data meets it.
    Growth,
}

impl Indicator {
    pub const ALL: [Indicator; 3] = [
        Indicator::Attendance,
        Indicator::Stability,
        Indicator::Growth,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Indicator::Attendance => "attendance",
            Indicator::Stability => "stability",
            Indicator::Growth => "growth",
        }
    }
}

/// The rule's parameters, all in one place.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// The baseline year; `None`: each school's earliest year with outcome data.
    pub baseline: Option<SchoolYear>,
    /// The year judged; `None`: each school's latest year with outcome data.
    pub current: Option<SchoolYear>,
    /// The smallest group counted (and shown), 10 to 30.
    pub min_n: u64,
    /// How far (percentage points, or growth percentile points) a group may fall back.
    pub tolerance: f64,
    /// The share of its evaluable indicators a school must meet.
    pub share: f64,
    /// The fewest evaluable indicators for a verdict.
    pub min_indicators: usize,
}

impl Default for Rule {
    fn default() -> Self {
        Rule {
            baseline: None,
            current: None,
            min_n: MIN_N_DEFAULT,
            tolerance: 1.0,
            share: 0.5,
            min_indicators: 2,
        }
    }
}

impl Rule {
    /// Whether the judging parameters (tolerance, share, fewest indicators) are
    /// Touchstone's declared ones; the years and N choose what is judged, not how.
    pub fn is_declared(&self) -> bool {
        let declared = Rule::default();
        self.tolerance == declared.tolerance
            && self.share == declared.share
            && self.min_indicators == declared.min_indicators
    }
}

/// What one indicator came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Met {
    Yes,
    /// Not met, with the first reason.
    No(Reason),
    NotEnoughData,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    AllDidNotImprove,
    GroupFellBack,
    GroupBehindDidNotImprove,
    GapDidNotNarrow,
}

/// A school's verdict.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Demonstrates,
    DoesNot,
    NotEnoughData,
}

/// The verdict with its workings.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub verdict: Verdict,
    pub baseline: Option<SchoolYear>,
    pub current: Option<SchoolYear>,
    pub indicators: Vec<(Indicator, Met)>,
}

/// One measure's shown values for one year: group → (value, students).
type Year = BTreeMap<String, (f64, u64)>;

/// The values of `measure` (for `subject`) in `year` that may be counted: groups of
/// at least N students, after complementary suppression.
fn year_values(
    rows: &[&Row],
    measure: Measure,
    subject: &str,
    year: SchoolYear,
    min_n: u64,
) -> Year {
    let found: Vec<(&str, Option<u64>, Option<f64>)> = rows
        .iter()
        .filter(|r| r.key.year == year && r.key.subject == subject)
        .map(|r| {
            let v = value(measure, &r.figures);
            (
                r.key.group.as_str(),
                v.and_then(|v| v.students),
                v.map(|v| v.value),
            )
        })
        .collect();
    let sizes: Vec<(&str, Option<u64>)> = found.iter().map(|(g, n, _)| (*g, *n)).collect();
    let ok = shown(&sizes, min_n);
    found
        .iter()
        .zip(ok)
        .filter_map(|((g, n, v), ok)| Some((g.to_string(), (v.filter(|_| ok)?, (*n)?))))
        .collect()
}

/// One measure between two years: (a), (b) and (c) of the rule.
pub fn judge_measure(base: &Year, now: &Year, higher_is_better: bool, tolerance: f64) -> Met {
    let better = |from: f64, to: f64| {
        if higher_is_better {
            to - from
        } else {
            from - to
        }
    };
    let (Some(all_base), Some(all_now)) = (base.get(ALL), now.get(ALL)) else {
        return Met::NotEnoughData;
    };
    let groups: Vec<(&String, f64, f64)> = base
        .iter()
        .filter(|(g, _)| g.as_str() != ALL)
        .filter_map(|(g, (b, _))| now.get(g).map(|(n, _)| (g, *b, *n)))
        .collect();
    if groups.is_empty() {
        return Met::NotEnoughData;
    }
    if better(all_base.0, all_now.0) <= 0.0 {
        return Met::No(Reason::AllDidNotImprove);
    }
    if groups.iter().any(|(_, b, n)| better(*b, *n) < -tolerance) {
        return Met::No(Reason::GroupFellBack);
    }
    // The group furthest behind at baseline (ties: the first by key).
    let behind = groups
        .iter()
        .min_by(|x, y| {
            let (a, b) = (better(0.0, x.1), better(0.0, y.1));
            a.total_cmp(&b)
        })
        .copied();
    let Some((_, b, n)) = behind else {
        return Met::NotEnoughData;
    };
    if better(b, n) <= 0.0 {
        return Met::No(Reason::GroupBehindDidNotImprove);
    }
    let gap_base = better(b, all_base.0);
    let gap_now = better(n, all_now.0);
    if gap_base > 0.0 && gap_now >= gap_base {
        return Met::No(Reason::GapDidNotNarrow);
    }
    Met::Yes
}

/// Judges one school from its outcome rows (any order, any school years).
pub fn judge(rows: &[Row], rule: &Rule) -> Judgement {
    judge_rows(rows.iter().collect(), rule)
}

/// Judges one school as it stood when the school years ending in `cap` or before
/// were all there were (a year judged after `cap` is taken as `cap`).
pub fn judge_until(rows: &[Row], rule: &Rule, cap: SchoolYear) -> Judgement {
    let capped = Rule {
        current: rule.current.map(|c| c.min(cap)),
        ..rule.clone()
    };
    judge_rows(rows.iter().filter(|r| r.key.year <= cap).collect(), &capped)
}

fn judge_rows(rows: Vec<&Row>, rule: &Rule) -> Judgement {
    let years: Vec<SchoolYear> = {
        let mut y: Vec<SchoolYear> = rows.iter().map(|r| r.key.year).collect();
        y.sort();
        y.dedup();
        y
    };
    let baseline = rule.baseline.or(years.first().copied());
    let current = rule.current.or(years.last().copied());
    let mut indicators = Vec::new();
    for indicator in Indicator::ALL {
        let met = match (baseline, current) {
            (Some(b), Some(c)) if b < c => judge_indicator(&rows, indicator, b, c, rule),
            _ => Met::NotEnoughData,
        };
        indicators.push((indicator, met));
    }
    let evaluable = indicators
        .iter()
        .filter(|(_, m)| *m != Met::NotEnoughData)
        .count();
    let met = indicators.iter().filter(|(_, m)| *m == Met::Yes).count();
    let verdict = if evaluable < rule.min_indicators.max(1) {
        Verdict::NotEnoughData
    } else if met as f64 >= rule.share * evaluable as f64 {
        Verdict::Demonstrates
    } else {
        Verdict::DoesNot
    };
    Judgement {
        verdict,
        baseline,
        current,
        indicators,
    }
}

fn judge_indicator(
    rows: &[&Row],
    indicator: Indicator,
    b: SchoolYear,
    c: SchoolYear,
    rule: &Rule,
) -> Met {
    let one = |measure: Measure, subject: &str| {
        let base = year_values(rows, measure, subject, b, rule.min_n);
        let now = year_values(rows, measure, subject, c, rule.min_n);
        judge_measure(
            &base,
            &now,
            measure.higher_is_better().unwrap_or(true),
            rule.tolerance,
        )
    };
    let first_with_data = |measures: &[Measure], subject: &str| {
        measures
            .iter()
            .map(|m| one(*m, subject))
            .find(|m| *m != Met::NotEnoughData)
            .unwrap_or(Met::NotEnoughData)
    };
    match indicator {
        Indicator::Attendance => {
            first_with_data(&[Measure::ChronicAbsence, Measure::AttendanceRate], "")
        }
        Indicator::Stability => one(Measure::Stability, ""),
        Indicator::Growth => {
            let mut subjects: Vec<&str> = rows
                .iter()
                .map(|r| r.key.subject.as_str())
                .filter(|s| !s.is_empty())
                .collect();
            subjects.sort_unstable();
            subjects.dedup();
            let results: Vec<Met> = subjects
                .iter()
                .map(|s| first_with_data(&[Measure::Growth, Measure::Proficiency], s))
                .filter(|m| *m != Met::NotEnoughData)
                .collect();
            results
                .iter()
                .find(|m| **m != Met::Yes)
                .cloned()
                .or_else(|| results.first().cloned())
                .unwrap_or(Met::NotEnoughData)
        }
    }
}

#[cfg(test)]
mod tests;
