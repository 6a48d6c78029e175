//! Silent pre-rating: members rate alone before the meeting (votes of round 0), and
//! the room then discusses only where they disagree. Which indicators agree, and how
//! pre-ratings count with the room's votes at the reveal.

use super::{Consensus, Plan, SegmentKind, suggest, tally::Tally};
use crate::assessment::Assessment;
use crate::rubric::{Choice, Rubric};
use crate::session::model::Vote;
use std::collections::HashMap;

/// The round pre-ratings are stored in; the room's rounds start at 1.
pub const ROUND: u32 = 0;

/// Why a session open for pre-rating cannot be joined, run or watched yet.
pub fn still_open(code: &str) -> String {
    crate::t!("session-error-still-prerating", code = code)
}

/// The indicators a plan's rate segments bring up (what pre-rating asks and can
/// settle), as ids in agenda order: segment by segment, each indicator once, where it
/// first comes up; `weakest` as the session stored it. The one rule every front end
/// (the participant's screen, plain mode, the command line) pre-rates by.
pub fn planned(plan: &Plan, rubric: &Rubric, weakest: &[String]) -> Vec<String> {
    let mut indices: Vec<usize> = Vec::new();
    for i in plan
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Rate)
        .flat_map(|s| super::covered(s, rubric, weakest))
    {
        if !indices.contains(&i) {
            indices.push(i);
        }
    }
    let ids: Vec<&str> = rubric
        .indicators()
        .map(|(_, ind)| ind.id.as_str())
        .collect();
    indices
        .into_iter()
        .filter_map(|i| ids.get(i).map(|id| id.to_string()))
        .collect()
}

/// Whether `count` of the `members` who pre-rated anything is enough to settle an
/// indicator without the room: at least `quorum` of them (the plan's, at least two:
/// one member's pre-rating is never agreement) and at least half of them.
pub fn enough(count: usize, members: usize, quorum: usize) -> bool {
    count > 0 && count >= quorum && count * 2 >= members
}

/// Whether some pre-ratings are at the rubric's full level and some below it: the
/// boundary that decides the figures, which the room always discusses.
pub fn straddles_full(rubric: &Rubric, choices: &[Choice]) -> bool {
    let full = rubric.full_level();
    let at = |want: bool| {
        choices
            .iter()
            .any(|c| matches!(c, Choice::Level(l) if (*l == full) == want))
    };
    at(true) && at(false)
}

/// The indicators whose pre-ratings agree, in rubric order, each with the level they
/// agree on. Only indicators of `planned` (the plan's rate segments) can agree, and
/// only when [`enough`] of the `members` who pre-rated pre-rated them (`quorum`: the
/// plan's [`Plan::quorum`]); then they agree when the pre-ratings lie within one level
/// of each other (or all chose N/A) without straddling the full level
/// ([`straddles_full`]), and the level the plan's rule suggests (the median when the
/// facilitator decides) is the one the previous submitted assessment recorded, if
/// there is one.
pub fn agreed(
    rubric: &Rubric,
    pre: &HashMap<String, Vec<Choice>>,
    previous: &HashMap<String, Choice>,
    rule: Consensus,
    planned: &[String],
    (members, quorum): (usize, usize),
) -> Vec<(String, Choice)> {
    let rule = match rule {
        Consensus::Facilitator => Consensus::Median,
        other => other,
    };
    rubric
        .indicators()
        .filter(|(_, ind)| planned.contains(&ind.id))
        .filter_map(|(_, ind)| {
            let choices = pre
                .get(&ind.id)
                .filter(|c| enough(c.len(), members, quorum))?;
            let tally = Tally::under(rule, rubric.levels.len(), choices);
            let all_na = tally.not_applicable == tally.votes;
            let mixed_na = tally.not_applicable > 0 && !all_na;
            let close = all_na
                || (!mixed_na
                    && tally.spread.is_some_and(|s| s <= 1)
                    && !straddles_full(rubric, choices));
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
        let planned: Vec<String> = (1..=8).map(|n| format!("cl-{n}")).collect();
        let agreed = |pre: &HashMap<String, Vec<Choice>>,
                      previous: &HashMap<String, Choice>,
                      rule: Consensus,
                      members: usize| {
            agreed(rubric, pre, previous, rule, &planned, (members, 2))
        };
        assert_eq!(
            ids(agreed(&pre, &HashMap::new(), Consensus::Median, 3)),
            ["cl-1", "cl-3", "cl-5"]
        );
        assert_eq!(
            agreed(&pre, &HashMap::new(), Consensus::Lowest, 3)[0],
            ("cl-1".to_string(), L(1))
        );
        // Last time cl-5 was rated one level lower: it comes up.
        let previous = HashMap::from([("cl-5".to_string(), L(2)), ("cl-1".to_string(), L(2))]);
        assert_eq!(
            ids(agreed(&pre, &previous, Consensus::Median, 3)),
            ["cl-1", "cl-3"]
        );
        // Five members took part: two pre-ratings are not enough to settle cl-3 or
        // cl-5; cl-1's three are.
        assert_eq!(
            ids(agreed(&pre, &HashMap::new(), Consensus::Median, 5)),
            ["cl-1"]
        );
    }

    /// Only the plan's rate segments' indicators can agree (issue 20 item 9): N/A
    /// pre-rated everywhere settles nothing outside them.
    #[test]
    fn only_the_plans_indicators_pre_rated_by_enough_members_agree() {
        let registry = crate::rubric::Registry::bundled();
        let rubric = &registry.latest("cs-site-2017").unwrap().rubric;
        let plans = crate::session::load_plans(&[]).0;
        let plan = &plans
            .iter()
            .find(|p| p.plan.id == "baseline-check")
            .unwrap()
            .plan;
        let planned = planned(plan, rubric, &[]);
        assert_eq!(planned, ["cl-1", "pl-1", "ci-1"]);
        let pre: HashMap<String, Vec<Choice>> = rubric
            .indicators()
            .map(|(_, i)| (i.id.clone(), vec![Choice::NotApplicable; 2]))
            .collect();
        let agreed = agreed(
            rubric,
            &pre,
            &HashMap::new(),
            Consensus::Median,
            &planned,
            (2, 2),
        );
        let ids: Vec<&str> = agreed.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, ["cl-1", "pl-1", "ci-1"]);
        assert!(enough(2, 4, 2) && !enough(1, 3, 2) && !enough(0, 0, 2));
    }

    fn site_rubric() -> std::sync::Arc<Rubric> {
        let registry = crate::rubric::Registry::bundled();
        registry.latest("cs-site-2017").unwrap().rubric.clone()
    }

    fn pre_of(rows: &[(&str, Vec<Choice>)]) -> HashMap<String, Vec<Choice>> {
        rows.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    fn agreed_ids(
        rubric: &Rubric,
        pre: &HashMap<String, Vec<Choice>>,
        members: usize,
        quorum: usize,
    ) -> Vec<String> {
        let planned: Vec<String> = rubric.indicators().map(|(_, i)| i.id.clone()).collect();
        agreed(
            rubric,
            pre,
            &HashMap::new(),
            Consensus::Median,
            &planned,
            (members, quorum),
        )
        .into_iter()
        .map(|(i, _)| i)
        .collect()
    }

    /// Issue 23 item 1: Developing against Fully implementing is one level apart, but
    /// it is the boundary that decides the figures, so the room discusses it; a
    /// Developing/Emerging split one level apart still agrees, and so does a room all
    /// at the full level.
    #[test]
    fn pre_ratings_that_straddle_the_full_level_never_agree() {
        use Choice::Level as L;
        let rubric = site_rubric();
        let full = rubric.full_level();
        assert_eq!(rubric.levels[full].key, "full");
        let pre = pre_of(&[
            ("cl-1", vec![L(full - 1), L(full), L(full)]),
            ("cl-2", vec![L(full - 2), L(full - 1), L(full - 1)]),
            ("cl-3", vec![L(full), L(full), L(full)]),
            ("cl-4", vec![L(full), L(full - 1)]),
        ]);
        assert_eq!(agreed_ids(&rubric, &pre, 3, 2), ["cl-2", "cl-3"]);
        assert!(straddles_full(&rubric, &[L(full), L(full - 1)]));
        assert!(!straddles_full(&rubric, &[L(full), Choice::NotApplicable]));
        assert!(!straddles_full(&rubric, &[L(0), L(1)]));
    }

    /// Issue 23 item 1: one member's pre-rating is never agreement, even when that
    /// member is the only one who pre-rated anything.
    #[test]
    fn one_pre_rater_never_agrees() {
        use Choice::Level as L;
        let rubric = site_rubric();
        let pre = pre_of(&[("cl-1", vec![L(2)]), ("cl-2", vec![Choice::NotApplicable])]);
        assert!(agreed_ids(&rubric, &pre, 1, 2).is_empty());
        assert!(!enough(1, 1, 2));
        // Two of two agree.
        let pre = pre_of(&[("cl-1", vec![L(2), L(1)])]);
        assert_eq!(agreed_ids(&rubric, &pre, 2, 2), ["cl-1"]);
    }

    /// Issue 23 item 1: a plan's `quorum` raises how many pre-raters an indicator
    /// needs: three close pre-ratings agree under the default, not under quorum 4.
    #[test]
    fn the_plans_quorum_sets_how_many_pre_raters_agreement_needs() {
        use Choice::Level as L;
        let rubric = site_rubric();
        let pre = pre_of(&[
            ("cl-1", vec![L(1), L(2), L(2)]),
            ("cl-2", vec![L(1), L(1), L(1), L(2)]),
        ]);
        assert_eq!(agreed_ids(&rubric, &pre, 4, 2), ["cl-1", "cl-2"]);
        assert_eq!(agreed_ids(&rubric, &pre, 4, 4), ["cl-2"]);
        let plan_text = |quorum: &str| {
            format!(
                "format = \"touchstone-session\"\nformat_version = 1\nid = \"q\"\ntitle = \"Q\"\n{quorum}\n[[segments]]\nkind = \"rate\"\ntitle = \"Rate\"\nminutes = 10\nbaseline = true\n"
            )
        };
        let plan = crate::session::plan::parse("q.toml", &plan_text("quorum = 4"), None).unwrap();
        assert_eq!(plan.quorum(), 4);
        let plan = crate::session::plan::parse("q.toml", &plan_text(""), None).unwrap();
        assert_eq!(plan.quorum(), 2);
        for bad in ["quorum = 1", "quorum = 0", "quorum = 101"] {
            let problems =
                crate::session::plan::parse("q.toml", &plan_text(bad), None).unwrap_err();
            assert_eq!(problems.len(), 1, "{bad}");
            assert_eq!((problems[0].line, problems[0].col), (5, 10), "{bad}");
            assert!(problems[0].message.contains("quorum"), "{bad}");
        }
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
