//! Scoring: the figures every screen, report and export agree on (DESIGN §5).
//! Pure functions over a rubric and its ratings; no I/O.

mod rollup;

pub use rollup::{Rollup, RollupBuilder, StandardRollup, Submission, latest_per_school, rollup};

use crate::rubric::{Choice, Rubric, Scoring};
use std::fmt;

/// A count out of a count, shown as `40.0% (4/10)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Fraction {
    /// How many count (for example, indicators at the full level).
    pub numerator: u32,
    /// Out of how many (0: nothing applies, shown as a dash rather than 0%).
    pub denominator: u32,
}

impl Fraction {
    /// `numerator` out of `denominator`.
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
    /// The share of full indicators reaches the rubric's standard threshold.
    pub fully_implemented: bool,
    /// Indicators at the full level ÷ applicable indicators.
    pub indicators: Fraction,
    /// Applicable indicators with a level.
    pub rated: u32,
    /// Applicable indicators not rated yet.
    pub unrated: u32,
    /// Mean level score of the rated applicable indicators.
    pub mean_score: Option<f64>,
    /// How many of this standard's applicable indicators may be below the full level
    /// while it still counts as fully implemented ([`may_be_below_full`]): the rule
    /// as a team says it ("all but one of 8").
    pub may_be_below_full: u32,
}

/// How many of `applicable` indicators may be below the full level while the share at
/// the full level still reaches `threshold` (the rubric's `standard_threshold`): 0
/// under all-or-nothing; under 80%, 0 for 4 or fewer, 1 for 5 to 9, 2 for 10 to 14.
/// Computed with [`Fraction::reaches`], the very test the scoring applies.
pub fn may_be_below_full(threshold: f64, applicable: u32) -> u32 {
    (0..=applicable)
        .find(|at_full| Fraction::new(*at_full, applicable).reaches(threshold))
        .map_or(0, |needed| applicable - needed)
}

/// The rule for one standard as a team says it aloud: how many of its applicable
/// indicators must be at the full level ("all but one of 8", "all 4"); `—` for a
/// standard that does not apply.
pub fn needed_at_full_words(figures: &StandardScore) -> String {
    if !figures.applicable {
        return "—".to_string();
    }
    crate::t!(
        "report-needed-at-full",
        below = figures.may_be_below_full,
        count = figures.indicators.denominator
    )
}

/// The figures for one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Some indicator is still unrated.
    pub incomplete: bool,
    /// Enough standards are fully implemented (the rubric's school threshold).
    pub fully_implementing: bool,
    /// Every baseline indicator is at the full level.
    pub baseline_met: bool,
    /// Indicators at the full level ÷ applicable indicators.
    pub indicators: Fraction,
    /// Standards fully implemented ÷ applicable standards.
    pub standards: Fraction,
    /// Indicators with a level or N/A.
    pub rated: u32,
    /// Indicators with no rating yet.
    pub unrated: u32,
    /// The figures of each standard, in the rubric's order.
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
                    below_floor |= scoring.floor_level.is_some()
                        || (scoring.baseline_at_full && indicator.baseline);
                }
                Some(Choice::NotApplicable) => rated += 1,
                Some(Choice::Level(l)) => {
                    rated += 1;
                    applicable += 1;
                    at_full += u32::from(l == full);
                    below_floor |= scoring.floor_level.is_some_and(|floor| l < floor);
                    // A defining indicator is never the allowed miss (v3's rule).
                    below_floor |= scoring.baseline_at_full && indicator.baseline && l != full;
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
            may_be_below_full: may_be_below_full(scoring.standard_threshold, applicable),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 23 item 2: 80% is "all but one" from 5 to 9 indicators, two from 10 to
    /// 14 (Student-Centered Data's 11), none with 4 or fewer; all-or-nothing is none.
    #[test]
    fn the_threshold_becomes_a_count_a_team_can_say() {
        let at_80: Vec<u32> = (0..=15).map(|n| may_be_below_full(0.8, n)).collect();
        assert_eq!(at_80, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3]);
        assert!((0..=20).all(|n| may_be_below_full(1.0, n) == 0));
        // The count agrees with the scoring's own test at every size.
        for n in 1..=30u32 {
            for threshold in [0.5, 0.6, 0.75, 0.8, 0.9, 1.0] {
                let k = may_be_below_full(threshold, n);
                assert!(Fraction::new(n - k, n).reaches(threshold));
                assert!(k == n || !Fraction::new(n - k - 1, n).reaches(threshold));
            }
        }
    }

    /// Issue 23 item 2's decision, as a rubric can declare it: with
    /// `baseline_at_full`, Collaborative Leadership does not count with cl-1 (its
    /// defining indicator) at Developing, though 7 of 8 at full is within 80%; under
    /// version 2's own rule (no such field) it counts, as stored figures have it.
    #[test]
    fn a_rubric_can_declare_that_the_defining_indicator_is_never_the_miss() {
        let registry = crate::rubric::Registry::bundled();
        let site = registry.get("cs-site-2017", "2").unwrap().rubric.clone();
        let full = site.full_level();
        let mut choices: Vec<Option<Choice>> = vec![None; site.indicators().count()];
        for (i, (standard, _)) in site.indicators().enumerate() {
            if standard.id == "collaborative-leadership" {
                choices[i] = Some(Choice::Level(full));
            }
        }
        let cl1 = site.indicator_index("cl-1").unwrap();
        choices[cl1] = Some(Choice::Level(full - 1));
        assert!(score(&site, &choices).by_standard[0].fully_implemented);
        let mut strict = (*site).clone();
        strict.scoring.baseline_at_full = true;
        assert!(!score(&strict, &choices).by_standard[0].fully_implemented);
        // Another indicator as the one miss still counts.
        let cl2 = site.indicator_index("cl-2").unwrap();
        choices[cl1] = Some(Choice::Level(full));
        choices[cl2] = Some(Choice::Level(full - 1));
        assert!(score(&strict, &choices).by_standard[0].fully_implemented);
        let words = crate::i18n::scoped(crate::i18n::Lang::En, || {
            strict.scoring.in_words(&strict.levels)
        });
        assert!(words.contains("its baseline indicators"), "{words}");
        // Version 3 of the site rubric declares it: cl-1 at Developing, the rest at
        // full, and Collaborative Leadership does not count.
        let v3 = registry.get("cs-site-2017", "3").unwrap().rubric.clone();
        assert!(v3.scoring.baseline_at_full);
        let mut choices: Vec<Option<Choice>> = vec![None; v3.indicators().count()];
        for (i, (standard, _)) in v3.indicators().enumerate() {
            if standard.id == "collaborative-leadership" {
                choices[i] = Some(Choice::Level(full));
            }
        }
        choices[v3.indicator_index("cl-1").unwrap()] = Some(Choice::Level(full - 1));
        assert!(!score(&v3, &choices).by_standard[0].fully_implemented);
        choices[v3.indicator_index("cl-1").unwrap()] = Some(Choice::Level(full));
        choices[v3.indicator_index("cl-2").unwrap()] = Some(Choice::Level(full - 1));
        assert!(score(&v3, &choices).by_standard[0].fully_implemented);
    }
}
