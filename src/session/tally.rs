//! Counting votes for one indicator: how many chose each level, how far apart they
//! are, and the consensus to suggest.

use crate::rubric::Choice;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Votes per level, aligned with the rubric's levels.
    pub per_level: Vec<u32>,
    pub not_applicable: u32,
    pub votes: u32,
    /// Levels between the lowest and highest level voted (0 = everyone agrees).
    pub spread: Option<usize>,
    pub suggested: Option<Choice>,
    /// How many of the votes are pre-ratings (set by the caller that counted them).
    pub pre: u32,
}

impl Tally {
    /// The most votes any one choice (a level or N/A) got, at least 1: the length a
    /// vote bar is scaled against.
    pub fn largest(&self) -> u32 {
        self.per_level
            .iter()
            .copied()
            .chain([self.not_applicable])
            .max()
            .unwrap_or(0)
            .max(1)
    }

    pub fn new(levels: usize, votes: &[Choice]) -> Tally {
        Tally::under(super::Consensus::Median, levels, votes)
    }

    /// The tally with the consensus the plan's rule suggests.
    pub fn under(rule: super::Consensus, levels: usize, votes: &[Choice]) -> Tally {
        let mut per_level = vec![0; levels];
        let mut not_applicable = 0;
        for vote in votes {
            match vote {
                Choice::Level(l) if *l < levels => per_level[*l] += 1,
                Choice::Level(_) => {}
                Choice::NotApplicable => not_applicable += 1,
            }
        }
        let voted: Vec<usize> = (0..levels).filter(|l| per_level[*l] > 0).collect();
        let spread = match (voted.first(), voted.last()) {
            (Some(lo), Some(hi)) => Some(hi - lo),
            _ => None,
        };
        Tally {
            per_level,
            not_applicable,
            votes: votes.len() as u32,
            spread,
            suggested: super::suggest(rule, votes),
            pre: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Choice::{Level as L, NotApplicable as Na};

    #[test]
    fn counts_levels_na_and_spread() {
        let t = Tally::new(4, &[L(1), L(3), L(1), Na]);
        assert_eq!(t.per_level, vec![0, 2, 0, 1]);
        assert_eq!(t.not_applicable, 1);
        assert_eq!(t.votes, 4);
        assert_eq!(t.spread, Some(2));
        assert_eq!(t.suggested, Some(L(1)));
        assert_eq!(Tally::new(4, &[]).spread, None);
        assert_eq!(Tally::new(4, &[L(2), L(2)]).spread, Some(0));
    }
}
