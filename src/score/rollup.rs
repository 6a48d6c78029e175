//! Network rollup: one latest assessment per school, then the share of schools fully
//! implementing the standards, meeting the baseline, and per standard.

use super::{Fraction, Score};
use crate::rubric::Rubric;
use jiff::Timestamp;
use jiff::civil::Date;
use std::sync::Arc;

/// One school's scored assessment, as the rollup sees it.
#[derive(Debug, Clone)]
pub struct Submission {
    pub school: String,
    pub district: Option<String>,
    pub assessment_id: String,
    pub date: Date,
    pub updated: Timestamp,
    pub rubric: Arc<Rubric>,
    pub score: Score,
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

#[derive(Debug, Clone, PartialEq)]
pub struct StandardRollup {
    pub id: String,
    pub title: String,
    /// Schools with this standard fully implemented ÷ schools where it applies.
    pub fully_implemented: Fraction,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rollup {
    pub schools: u32,
    pub incomplete: u32,
    /// Schools fully implementing the standards ÷ schools.
    pub fully_implementing: Fraction,
    /// Schools meeting the baseline criteria ÷ schools.
    pub baseline_met: Fraction,
    pub by_standard: Vec<StandardRollup>,
}

/// Rolls up one submission per school (see `latest_per_school`). The standards listed
/// are those of `rubric`; a school scored on another version counts for a standard
/// only where its own version has a standard with the same id.
pub fn rollup(rubric: &Rubric, subs: &[Submission]) -> Rollup {
    let schools = subs.len() as u32;
    let count = |f: &dyn Fn(&Score) -> bool| subs.iter().filter(|s| f(&s.score)).count() as u32;
    let by_standard = rubric
        .standards
        .iter()
        .map(|standard| {
            let mut fraction = Fraction::default();
            for sub in subs {
                let own = sub
                    .rubric
                    .standards
                    .iter()
                    .position(|s| s.id == standard.id);
                if let Some(figures) = own.and_then(|i| sub.score.by_standard.get(i)) {
                    if figures.applicable {
                        fraction.denominator += 1;
                        fraction.numerator += u32::from(figures.fully_implemented);
                    }
                }
            }
            StandardRollup {
                id: standard.id.clone(),
                title: standard.title.clone(),
                fully_implemented: fraction,
            }
        })
        .collect();
    Rollup {
        schools,
        incomplete: count(&|s| s.incomplete),
        fully_implementing: Fraction::new(count(&|s| s.fully_implementing), schools),
        baseline_met: Fraction::new(count(&|s| s.baseline_met), schools),
        by_standard,
    }
}
