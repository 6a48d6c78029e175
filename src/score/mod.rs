//! Scoring: the figures every screen, report and export agree on (DESIGN §5).
//! Pure functions over a rubric and its ratings; no I/O.

mod rollup;

pub use rollup::{Rollup, RollupBuilder, StandardRollup, Submission, latest_per_school, rollup};

use crate::rubric::{Choice, Rubric, Scoring};
use std::fmt;

/// A count out of a count, shown as `40.0% (4/10)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Fraction {
    pub numerator: u32,
    pub denominator: u32,
}

impl Fraction {
    pub fn new(numerator: u32, denominator: u32) -> Self {
        Fraction {
            numerator,
            denominator,
        }
    }

    /// 100 × numerator ÷ denominator, unrounded; `None` when nothing is counted.
    pub fn percent(&self) -> Option<f64> {
        (self.denominator > 0).then(|| 100.0 * self.numerator as f64 / self.denominator as f64)
    }

    /// Whether the share reaches `threshold` (a share between 0 and 1). An empty
    /// fraction reaches nothing.
    pub fn reaches(&self, threshold: f64) -> bool {
        self.denominator > 0 && self.numerator as f64 / self.denominator as f64 >= threshold
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.percent() {
            Some(p) => write!(f, "{p:.1}% ({}/{})", self.numerator, self.denominator),
            None => f.write_str(&crate::t!("report-fraction-none")),
        }
    }
}

/// The figures for one standard of one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardScore {
    /// False when every indicator is N/A: the standard leaves the school's denominator.
    pub applicable: bool,
    pub fully_implemented: bool,
    /// Indicators at the full level ÷ applicable indicators.
    pub indicators: Fraction,
    pub rated: u32,
    pub unrated: u32,
    /// Mean level score of the rated applicable indicators.
    pub mean_score: Option<f64>,
}

/// The figures for one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Some indicator is still unrated.
    pub incomplete: bool,
    pub fully_implementing: bool,
    pub baseline_met: bool,
    /// Indicators at the full level ÷ applicable indicators.
    pub indicators: Fraction,
    /// Standards fully implemented ÷ applicable standards.
    pub standards: Fraction,
    /// Indicators with a level or N/A.
    pub rated: u32,
    pub unrated: u32,
    pub by_standard: Vec<StandardScore>,
}

/// Scores one assessment. `choices` is aligned with `rubric.indicators()`; a missing
/// entry is unrated.
pub fn score(rubric: &Rubric, choices: &[Option<Choice>]) -> Score {
    score_with(rubric, choices, &rubric.scoring)
}

/// Scores one assessment under another rule than its rubric's own (a "what if"):
/// `scoring` replaces `rubric.scoring`.
pub fn score_with(rubric: &Rubric, choices: &[Option<Choice>], scoring: &Scoring) -> Score {
    let full = rubric.full_level();
    let mut position = 0;
    let mut by_standard = Vec::with_capacity(rubric.standards.len());
    let (mut full_total, mut applicable_total, mut rated_total, mut unrated_total) = (0, 0, 0, 0);
    let mut baseline_met = true;
    for standard in &rubric.standards {
        let (mut at_full, mut applicable, mut rated, mut unrated) = (0u32, 0u32, 0u32, 0u32);
        let (mut score_sum, mut scored) = (0i64, 0u32);
        // An applicable indicator below the floor (or unrated) holds the standard back.
        let mut below_floor = false;
        for indicator in &standard.indicators {
            let choice = choices.get(position).copied().flatten();
            position += 1;
            if indicator.baseline {
                baseline_met &=
                    matches!(choice, Some(Choice::Level(l)) if l >= rubric.scoring.baseline_level);
            }
            match choice {
                None => {
                    unrated += 1;
                    applicable += 1;
                    below_floor |= scoring.floor_level.is_some();
                }
                Some(Choice::NotApplicable) => rated += 1,
                Some(Choice::Level(l)) => {
                    rated += 1;
                    applicable += 1;
                    at_full += u32::from(l == full);
                    below_floor |= scoring.floor_level.is_some_and(|floor| l < floor);
                    score_sum += rubric.levels.get(l).map_or(0, |level| level.score);
                    scored += 1;
                }
            }
        }
        let indicators = Fraction::new(at_full, applicable);
        by_standard.push(StandardScore {
            applicable: applicable > 0,
            fully_implemented: indicators.reaches(scoring.standard_threshold) && !below_floor,
            indicators,
            rated,
            unrated,
            mean_score: (scored > 0).then(|| score_sum as f64 / scored as f64),
        });
        full_total += at_full;
        applicable_total += applicable;
        rated_total += rated;
        unrated_total += unrated;
    }
    let standards = Fraction::new(
        by_standard.iter().filter(|s| s.fully_implemented).count() as u32,
        by_standard.iter().filter(|s| s.applicable).count() as u32,
    );
    Score {
        incomplete: unrated_total > 0,
        fully_implementing: standards.reaches(scoring.school_threshold),
        baseline_met,
        indicators: Fraction::new(full_total, applicable_total),
        standards,
        rated: rated_total,
        unrated: unrated_total,
        by_standard,
    }
}
