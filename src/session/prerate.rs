//! Silent pre-rating: members rate alone before the meeting (votes of round 0), and
//! the room then discusses only where they disagree. Which indicators agree, and how
//! pre-ratings count with the room's votes at the reveal.

use super::{Consensus, suggest, tally::Tally};
use crate::assessment::Assessment;
use crate::rubric::{Choice, Rubric};
use crate::store::Vote;
use std::collections::HashMap;

/// The round pre-ratings are stored in; the room's rounds start at 1.
pub const ROUND: u32 = 0;

/// Why a session open for pre-rating cannot be joined, run or watched yet.
pub fn still_open(code: &str) -> String {
    crate::t!("session-error-still-prerating", code = code)
}

/// The indicators whose pre-ratings agree, in rubric order, each with the level they
/// agree on. They agree when someone pre-rated the indicator, the pre-ratings lie
/// within one level of each other (or all chose N/A), and the level the plan's rule
/// suggests (the median when the facilitator decides) is the one the previous
/// submitted assessment recorded, if there is one.
pub fn agreed(
    rubric: &Rubric,
    pre: &HashMap<String, Vec<Choice>>,
    previous: &HashMap<String, Choice>,
    rule: Consensus,
) -> Vec<(String, Choice)> {
    let rule = match rule {
        Consensus::Facilitator => Consensus::Median,
        other => other,
    };
    rubric
        .indicators()
        .filter_map(|(_, ind)| {
            let choices = pre.get(&ind.id).filter(|c| !c.is_empty())?;
            let tally = Tally::under(rule, rubric.levels.len(), choices);
            let all_na = tally.not_applicable == tally.votes;
            let mixed_na = tally.not_applicable > 0 && !all_na;
            let close = all_na || (!mixed_na && tally.spread.is_some_and(|s| s <= 1));
            let level = suggest(rule, choices)?;
            let unchanged = previous.get(&ind.id).is_none_or(|was| *was == level);
            (close && unchanged).then(|| (ind.id.clone(), level))
        })
        .collect()
}

/// An assessment's ratings by indicator id (what `agreed` compares with).
pub fn ratings(assessment: &Assessment) -> HashMap<String, Choice> {
    assessment
        .rubric
        .indicators()
        .zip(&assessment.entries)
        .filter_map(|((_, ind), e)| e.choice.map(|c| (ind.id.clone(), c)))
        .collect()
}

/// The votes counted at a reveal: the room's, then the pre-ratings of members who
/// have not voted in the room (a member's room vote replaces their pre-rating, so
/// nobody counts twice; once the names are gone, `replaced` says so). Pre-ratings
/// count in the first round only; returns how many were counted.
pub fn counted(room: &[Vote], pre: &[Vote], round: u32) -> (Vec<Vote>, u32) {
    let mut all = room.to_vec();
    if round > 1 {
        return (all, 0);
    }
    let mut n = 0;
    for p in pre {
        let replaced = p.replaced
            || p.participant
                .as_ref()
                .is_some_and(|who| room.iter().any(|v| v.participant.as_ref() == Some(who)));
        if !replaced {
            all.push(p.clone());
            n += 1;
        }
    }
    (all, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vote(who: &str, level: &str) -> Vote {
        Vote {
            participant: Some(who.into()),
            level: level.into(),
            comment: String::new(),
            replaced: false,
        }
    }

    /// Pre-ratings agree when within one level and at last time's rating; an
    /// indicator nobody pre-rated, or whose N/A and levels mix, comes up.
    #[test]
    fn agreement_needs_a_close_spread_and_last_times_level() {
        use Choice::{Level as L, NotApplicable as Na};
        let registry = crate::rubric::Registry::bundled();
        let rubric = &registry.latest("cs-site-2017").unwrap().rubric;
        let pre: HashMap<String, Vec<Choice>> = [
            ("cl-1", vec![L(1), L(2), L(2)]),
            ("cl-2", vec![L(0), L(2)]),
            ("cl-3", vec![Na, Na]),
            ("cl-4", vec![Na, L(1)]),
            ("cl-5", vec![L(3), L(3)]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let ids = |a: Vec<(String, Choice)>| a.into_iter().map(|(i, _)| i).collect::<Vec<_>>();
        assert_eq!(
            ids(agreed(rubric, &pre, &HashMap::new(), Consensus::Median)),
            ["cl-1", "cl-3", "cl-5"]
        );
        assert_eq!(
            agreed(rubric, &pre, &HashMap::new(), Consensus::Lowest)[0],
            ("cl-1".to_string(), L(1))
        );
        // Last time cl-5 was rated one level lower: it comes up.
        let previous = HashMap::from([("cl-5".to_string(), L(2)), ("cl-1".to_string(), L(2))]);
        assert_eq!(
            ids(agreed(rubric, &pre, &previous, Consensus::Median)),
            ["cl-1", "cl-3"]
        );
    }

    #[test]
    fn a_room_vote_replaces_the_members_pre_rating_and_revotes_leave_them_out() {
        let room = [vote("Ana", "3")];
        let pre = [vote("Ana", "1"), vote("Bo", "2")];
        let (all, n) = counted(&room, &pre, 1);
        assert_eq!(n, 1);
        assert_eq!(all, vec![vote("Ana", "3"), vote("Bo", "2")]);
        assert_eq!(counted(&room, &pre, 2), (room.to_vec(), 0));
        // Without names, the mark left when they were taken off says the same.
        let anonymous = |v: Vote, replaced| Vote {
            participant: None,
            replaced,
            ..v
        };
        let room = [anonymous(vote("Ana", "3"), false)];
        let pre = [
            anonymous(vote("Ana", "1"), true),
            anonymous(vote("Bo", "2"), false),
        ];
        let (all, n) = counted(&room, &pre, 1);
        assert_eq!((all.len(), n), (2, 1));
        assert_eq!(all[1].level, "2");
    }
}
