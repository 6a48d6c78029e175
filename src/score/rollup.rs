//! Network rollup: one latest assessment per school, then the share of schools fully
//! implementing the standards, meeting the baseline, and per standard, with the
//! spread of levels. Schools are added one at a time, so a rollup over 25,000 schools
//! streams instead of holding them all.

use super::{Fraction, Score};
use crate::rubric::{Choice, Rubric};
use jiff::Timestamp;
use jiff::civil::Date;
use std::sync::Arc;

/// One school's scored assessment, as the rollup sees it.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The school's name.
    pub school: String,
    /// Its district, for `--by district`.
    pub district: Option<String>,
    /// The assessment the figures are from.
    pub assessment_id: String,
    /// The assessment's date (the latest per school counts).
    pub date: Date,
    /// When it last changed (breaks ties on date).
    pub updated: Timestamp,
    /// The rubric it was rated on.
    pub rubric: Arc<Rubric>,
    /// Its figures.
    pub score: Score,
    /// The ratings, aligned with `rubric.indicators()` (for the level spread).
    pub choices: Vec<Option<Choice>>,
}

impl Submission {
    fn school_key(&self) -> (&str, &str) {
        (self.district.as_deref().unwrap_or(""), &self.school)
    }
}

/// Keeps each school's latest assessment: by date, then last change, then id (so the
/// choice never depends on input order).
pub fn latest_per_school(mut subs: Vec<Submission>) -> Vec<Submission> {
    subs.sort_by(|a, b| {
        a.school_key()
            .cmp(&b.school_key())
            .then_with(|| b.date.cmp(&a.date))
            .then_with(|| b.updated.cmp(&a.updated))
            .then_with(|| b.assessment_id.cmp(&a.assessment_id))
    });
    subs.dedup_by(|later, first| later.school_key() == first.school_key());
    subs
}

/// One standard's figures across the schools of a rollup.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardRollup {
    /// The standard's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Schools with this standard fully implemented ÷ schools where it applies.
    pub fully_implemented: Fraction,
    /// Ratings of this standard's indicators across the schools, per level of the
    /// rolled-up rubric (matched by level key).
    pub levels: Vec<u32>,
    /// Ratings of N/A across the schools.
    pub not_applicable: u32,
    /// Indicators not rated yet across the schools.
    pub unrated: u32,
}

/// The figures of a group of schools (a network or a district).
#[derive(Debug, Clone, PartialEq)]
pub struct Rollup {
    /// Schools counted.
    pub schools: u32,
    /// Schools whose assessment still has unrated indicators.
    pub incomplete: u32,
    /// Schools fully implementing the standards ÷ schools.
    pub fully_implementing: Fraction,
    /// Schools meeting the baseline criteria ÷ schools.
    pub baseline_met: Fraction,
    /// Each standard's figures, in the rubric's order.
    pub by_standard: Vec<StandardRollup>,
}

/// Adds up schools one at a time. The standards listed are those of the rubric
/// given to `new`; a school scored on another version counts for a standard only
/// where its own version has a standard with the same id.
pub struct RollupBuilder<'r> {
    rubric: &'r Rubric,
    figures: Rollup,
}

impl<'r> RollupBuilder<'r> {
    /// Starts an empty rollup over `rubric`'s standards.
    pub fn new(rubric: &'r Rubric) -> Self {
        let by_standard = rubric
            .standards
            .iter()
            .map(|s| StandardRollup {
                id: s.id.clone(),
                title: s.title.clone(),
                fully_implemented: Fraction::default(),
                levels: vec![0; rubric.levels.len()],
                not_applicable: 0,
                unrated: 0,
            })
            .collect();
        RollupBuilder {
            rubric,
            figures: Rollup {
                schools: 0,
                incomplete: 0,
                fully_implementing: Fraction::default(),
                baseline_met: Fraction::default(),
                by_standard,
            },
        }
    }

    /// Adds one school: its rubric (as scored), figures and ratings.
    pub fn add(&mut self, rubric: &Rubric, score: &Score, choices: &[Option<Choice>]) {
        let f = &mut self.figures;
        f.schools += 1;
        f.incomplete += u32::from(score.incomplete);
        f.fully_implementing = Fraction::new(
            f.fully_implementing.numerator + u32::from(score.fully_implementing),
            f.schools,
        );
        f.baseline_met = Fraction::new(
            f.baseline_met.numerator + u32::from(score.baseline_met),
            f.schools,
        );
        let same_levels = rubric.levels.iter().map(|l| &l.key).eq(self
            .rubric
            .levels
            .iter()
            .map(|l| &l.key));
        let mut first = 0;
        for (own, standard) in rubric.standards.iter().enumerate() {
            let range = first..first + standard.indicators.len();
            first = range.end;
            let Some(target) = f.by_standard.iter_mut().find(|s| s.id == standard.id) else {
                continue;
            };
            if let Some(figures) = score.by_standard.get(own).filter(|s| s.applicable) {
                target.fully_implemented.denominator += 1;
                target.fully_implemented.numerator += u32::from(figures.fully_implemented);
            }
            for choice in choices.get(range).unwrap_or(&[]) {
                match choice {
                    None => target.unrated += 1,
                    Some(Choice::NotApplicable) => target.not_applicable += 1,
                    Some(Choice::Level(l)) => {
                        let index = if same_levels {
                            Some(*l)
                        } else {
                            rubric
                                .levels
                                .get(*l)
                                .and_then(|lv| self.rubric.level_index(&lv.key))
                        };
                        if let Some(slot) = index.and_then(|i| target.levels.get_mut(i)) {
                            *slot += 1;
                        }
                    }
                }
            }
        }
    }

    /// The figures of the schools added so far.
    pub fn finish(self) -> Rollup {
        self.figures
    }
}

/// Rolls up one submission per school (see `latest_per_school`).
pub fn rollup(rubric: &Rubric, subs: &[Submission]) -> Rollup {
    let mut builder = RollupBuilder::new(rubric);
    for sub in subs {
        builder.add(&sub.rubric, &sub.score, &sub.choices);
    }
    builder.finish()
}
