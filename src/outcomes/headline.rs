//! The three headline measures of the national goal, from each school's status:
//! how many community schools (meeting the baseline criteria, which the Coalition set
//! to decide which schools count), new and sustained from a year earlier; how well
//! (% of community schools fully implementing, and beside it % of all assessed
//! schools); and is anyone better off (% of community schools demonstrating
//! equitable impact, over those with enough data).

use super::impact::Verdict;
use crate::score::Fraction;

/// One school as the headline measures see it.
#[derive(Debug, Clone, PartialEq)]
pub struct SchoolStatus {
    /// Meets the baseline criteria (a coordinator, a leadership team that decides
    /// together, a needs and assets assessment) in its latest assessment.
    pub community: bool,
    /// Met them in its latest assessment a year earlier.
    pub community_before: bool,
    pub fully_implementing: bool,
    /// Its equitable-impact verdict (`None`: no outcome data at all).
    pub impact: Option<Verdict>,
}

/// The headline measures of a set of schools.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Headline {
    /// Schools assessed.
    pub assessed: u32,
    /// Community schools: assessed schools meeting the baseline.
    pub community: u32,
    /// Community schools that were not one a year earlier.
    pub new: u32,
    /// Community schools that were one a year earlier too.
    pub sustained: u32,
    /// Community schools fully implementing ÷ community schools.
    pub fully_of_community: Fraction,
    /// Schools fully implementing ÷ all assessed schools.
    pub fully_of_assessed: Fraction,
    /// Community schools demonstrating equitable impact ÷ community schools with
    /// enough data.
    pub impact: Fraction,
    /// Community schools without enough outcome data (outside the denominator).
    pub not_enough_data: u32,
    /// Implementation × impact, community schools only (descriptive, not causal):
    /// rows fully implementing, not fully implementing; columns demonstrating
    /// equitable impact, not demonstrating it, not enough data.
    pub cross: [[u32; 3]; 2],
}

impl Headline {
    pub fn add(&mut self, s: &SchoolStatus) {
        self.assessed += 1;
        let fully = u32::from(s.fully_implementing);
        self.fully_of_assessed =
            Fraction::new(self.fully_of_assessed.numerator + fully, self.assessed);
        if !s.community {
            return;
        }
        self.community += 1;
        if s.community_before {
            self.sustained += 1;
        } else {
            self.new += 1;
        }
        self.fully_of_community =
            Fraction::new(self.fully_of_community.numerator + fully, self.community);
        let column = match s.impact {
            Some(Verdict::Demonstrates) => 0,
            Some(Verdict::DoesNot) => 1,
            Some(Verdict::NotEnoughData) | None => 2,
        };
        self.cross[usize::from(!s.fully_implementing)][column] += 1;
        match s.impact {
            Some(Verdict::Demonstrates) => {
                self.impact = Fraction::new(self.impact.numerator + 1, self.impact.denominator + 1)
            }
            Some(Verdict::DoesNot) => {
                self.impact = Fraction::new(self.impact.numerator, self.impact.denominator + 1)
            }
            Some(Verdict::NotEnoughData) | None => self.not_enough_data += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn school(community: bool, before: bool, fully: bool, impact: Option<Verdict>) -> SchoolStatus {
        SchoolStatus {
            community,
            community_before: before,
            fully_implementing: fully,
            impact,
        }
    }

    /// Five schools worked by hand: three community schools (two sustained, one new),
    /// one of them fully implementing; a fully implementing school below the baseline
    /// counts among all assessed only; impact over the two community schools with a
    /// verdict, the third "not enough data".
    #[test]
    fn new_and_sustained_community_schools_and_the_two_denominators() {
        let mut h = Headline::default();
        for s in [
            school(true, true, true, Some(Verdict::Demonstrates)),
            school(true, true, false, Some(Verdict::DoesNot)),
            school(true, false, false, Some(Verdict::NotEnoughData)),
            school(false, true, true, Some(Verdict::Demonstrates)),
            school(false, false, false, None),
        ] {
            h.add(&s);
        }
        assert_eq!((h.assessed, h.community, h.new, h.sustained), (5, 3, 1, 2));
        assert_eq!(h.fully_of_community, Fraction::new(1, 3));
        assert_eq!(h.fully_of_assessed, Fraction::new(2, 5));
        assert_eq!(h.impact, Fraction::new(1, 2));
        assert_eq!(h.not_enough_data, 1);
        // Community schools only: the fully implementing one demonstrates; of the
        // two others, one does not and one has not enough data.
        assert_eq!(h.cross, [[1, 0, 0], [0, 1, 1]]);
    }
}
