//! The secret ballot, in the one place every front end and output passes. Outside a
//! session whose team agreed to open voting (`open_voting`), nothing shown, written or
//! kept links a vote, a pre-rating or a comment to a person:
//!
//! - who took part, and who has voted in a round, may be shown: names without levels;
//! - the votes only as a tally and comments without names, listed in level order and
//!   then by comment, an order that comes from neither the names nor the casting;
//! - no vote carries the time it was cast (it could be paired with who joined when);
//! - each person sees their own vote, while it can still change.
//!
//! The screens (facilitator, participant, wall), plain mode, reports in every format,
//! minutes and exports take what they show of votes from here; the store follows the
//! same rule once a vote can no longer change (`store::sessions::votes::seal`).

use crate::rubric::Rubric;
use crate::session::model::Vote;
use crate::session::record::SessionRecord;

/// One counted vote as it may be shown once revealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// A level key or `na`.
    pub level: String,
    pub comment: String,
    /// A pre-rating, counted for a member who did not vote in the room.
    pub pre: bool,
    /// The voter: only in a session that agreed to open voting.
    pub name: Option<String>,
}

/// Where a level key sits in the rubric's order: N/A after the levels, a key the
/// rubric does not know last.
fn rank(rubric: &Rubric, key: &str) -> usize {
    match rubric.levels.iter().position(|l| l.key == key) {
        Some(i) => i,
        None if key == "na" => rubric.levels.len(),
        None => rubric.levels.len() + 1,
    }
}

/// Puts shown votes in the one order that comes from their content.
fn in_order(rubric: &Rubric, mut shown: Vec<Shown>) -> Vec<Shown> {
    shown.sort_by(|a, b| {
        (rank(rubric, &a.level), &a.comment, a.pre, &a.name).cmp(&(
            rank(rubric, &b.level),
            &b.comment,
            b.pre,
            &b.name,
        ))
    });
    shown
}

/// The votes of a revealed round, the room's and the pre-ratings counted with them
/// (`prerate::counted`), as anyone may see them: in level order, then by comment;
/// named only when the session agreed to open voting.
pub fn revealed(rubric: &Rubric, open_voting: bool, room: &[Vote], pre: &[Vote]) -> Vec<Shown> {
    let shown = room
        .iter()
        .map(|v| (v, false))
        .chain(pre.iter().map(|v| (v, true)))
        .map(|(v, pre)| Shown {
            level: v.level.clone(),
            comment: v.comment.clone(),
            pre,
            name: v.participant.clone().filter(|_| open_voting),
        })
        .collect();
    in_order(rubric, shown)
}

/// Who has voted in a round, by name and never with what, in name order.
pub fn voters(room: &[Vote]) -> Vec<String> {
    let mut names: Vec<String> = room.iter().filter_map(|v| v.participant.clone()).collect();
    names.sort();
    names
}

/// This person's own vote in a round, while it still carries their name.
pub fn own<'a>(room: &'a [Vote], name: &str) -> Option<&'a Vote> {
    room.iter().find(|v| v.participant.as_deref() == Some(name))
}

/// A session's record as any output may carry it (reports in every format, minutes,
/// exports; the store reads records through this too): a pre-rating its member's
/// room vote replaced in the first round is marked `replaced` while the names still
/// say so; then, in a private session, no vote keeps its voter or its time. The
/// votes end in the record's canonical order.
pub fn public(record: &mut SessionRecord) {
    let first: Vec<(String, String)> = record
        .votes
        .iter()
        .filter(|v| v.round == 1)
        .filter_map(|v| Some((v.indicator.clone(), v.participant.clone()?)))
        .collect();
    for v in record.votes.iter_mut().filter(|v| v.round == 0) {
        if let Some(who) = &v.participant {
            v.replaced |= first.iter().any(|(i, p)| *i == v.indicator && p == who);
        }
    }
    if !record.open_voting {
        for v in &mut record.votes {
            v.participant = None;
            v.at = None;
        }
    }
    record.canonicalise();
}

/// The votes a decision on `indicator` was made from, as the record keeps them: the
/// last round voted on it, and in the first round the pre-ratings that counted with
/// it (those no room vote replaced). Named only when the session agreed to open
/// voting and `named` asks for it.
pub fn decided(
    rubric: &Rubric,
    record: &SessionRecord,
    indicator: &str,
    named: bool,
) -> Vec<Shown> {
    let mut record = record.clone();
    public(&mut record);
    let round = record
        .votes
        .iter()
        .filter(|v| v.indicator == indicator)
        .map(|v| v.round)
        .max()
        .unwrap_or(1)
        .max(1);
    let named = named && record.open_voting;
    let shown = record
        .votes
        .iter()
        .filter(|v| v.indicator == indicator)
        .filter(|v| v.round == round || (round == 1 && v.round == 0 && !v.replaced))
        .map(|v| Shown {
            level: v.level.clone(),
            comment: v.comment.clone(),
            pre: v.round == 0,
            name: v.participant.clone().filter(|_| named),
        })
        .collect();
    in_order(rubric, shown)
}

/// The comments on `indicator` that the decision's votes ([`decided`]) do not carry:
/// earlier rounds', and pre-ratings that did not count, by round (0 for pre-ratings),
/// each round's in level order. What was said stays in the minutes even when the
/// decision came in a later round. Named only when the session agreed to open voting
/// and `named` asks for it.
pub fn said_before(
    rubric: &Rubric,
    record: &SessionRecord,
    indicator: &str,
    named: bool,
) -> Vec<(u32, Vec<Shown>)> {
    let mut record = record.clone();
    public(&mut record);
    let last = record
        .votes
        .iter()
        .filter(|v| v.indicator == indicator)
        .map(|v| v.round)
        .max()
        .unwrap_or(1)
        .max(1);
    let named = named && record.open_voting;
    let mut rounds: Vec<u32> = record
        .votes
        .iter()
        .filter(|v| v.indicator == indicator)
        .map(|v| v.round)
        .collect();
    rounds.sort_unstable();
    rounds.dedup();
    rounds
        .into_iter()
        .filter_map(|round| {
            let shown: Vec<Shown> = record
                .votes
                .iter()
                .filter(|v| v.indicator == indicator && v.round == round)
                .filter(|v| !v.comment.is_empty())
                // Not one of the votes the decision came from.
                .filter(|v| !(round == last || (last == 1 && round == 0 && !v.replaced)))
                .map(|v| Shown {
                    level: v.level.clone(),
                    comment: v.comment.clone(),
                    pre: v.round == 0,
                    name: v.participant.clone().filter(|_| named),
                })
                .collect();
            (!shown.is_empty()).then(|| (round, in_order(rubric, shown)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::record::VoteRecord;

    fn vote(who: &str, level: &str, comment: &str) -> Vote {
        Vote {
            participant: Some(who.into()),
            level: level.into(),
            comment: comment.into(),
            replaced: false,
        }
    }

    fn rubric() -> std::sync::Arc<Rubric> {
        let registry = crate::rubric::Registry::bundled();
        registry.latest("cs-site-2017").unwrap().rubric.clone()
    }

    /// Four votes cast out of alphabetical order come out in level order, unnamed;
    /// with open voting the names come too, in the same order.
    #[test]
    fn a_reveal_lists_votes_by_level_then_comment_and_names_only_open_votes() {
        let rubric = rubric();
        let room = [
            vote("Cy", "not-yet", "no minutes"),
            vote("Ana", "full", "we decide"),
            vote("Dee", "developing", ""),
            vote("Bo", "emerging", "a start"),
        ];
        let pre = [vote("Eve", "emerging", "")];
        let shown = revealed(&rubric, false, &room, &pre);
        let levels: Vec<&str> = shown.iter().map(|s| s.level.as_str()).collect();
        assert_eq!(
            levels,
            ["not-yet", "emerging", "emerging", "developing", "full"]
        );
        assert!(shown.iter().all(|s| s.name.is_none()));
        assert_eq!(
            (shown[1].pre, shown[2].pre),
            (true, false),
            "by comment: \"\" first"
        );
        let open = revealed(&rubric, true, &room, &pre);
        assert_eq!(open[0].name.as_deref(), Some("Cy"));
        assert_eq!(voters(&room), ["Ana", "Bo", "Cy", "Dee"]);
        assert_eq!(own(&room, "Dee").map(|v| &*v.level), Some("developing"));
    }

    /// A private record loses names and times, after marking the pre-ratings the
    /// room replaced; an open one keeps them.
    #[test]
    fn a_public_record_of_a_private_session_names_nobody() {
        let at = Some(jiff::Timestamp::UNIX_EPOCH);
        let v = |round, who: &str, level: &str| VoteRecord {
            indicator: "cl-1".into(),
            round,
            participant: Some(who.into()),
            level: level.into(),
            comment: String::new(),
            at,
            replaced: false,
        };
        let mut record = SessionRecord {
            id: "s".into(),
            plan: "p".into(),
            title: "P".into(),
            facilitator: "Dana".into(),
            started: jiff::Timestamp::UNIX_EPOCH,
            ended: None,
            open_voting: false,
            participants: vec!["Ana".into(), "Bo".into()],
            segments: Vec::new(),
            votes: vec![
                v(1, "Bo", "full"),
                v(0, "Bo", "not-yet"),
                v(0, "Ana", "emerging"),
                v(1, "Ana", "developing"),
            ],
            decisions: Vec::new(),
        };
        let mut open = record.clone();
        open.open_voting = true;
        public(&mut open);
        assert!(
            open.votes
                .iter()
                .all(|v| v.participant.is_some() && v.at.is_some())
        );
        public(&mut record);
        assert!(
            record
                .votes
                .iter()
                .all(|v| v.participant.is_none() && v.at.is_none())
        );
        assert!(
            record
                .votes
                .iter()
                .filter(|v| v.round == 0)
                .all(|v| v.replaced)
        );
        let levels: Vec<&str> = record.votes.iter().map(|v| v.level.as_str()).collect();
        assert_eq!(levels, ["emerging", "not-yet", "developing", "full"]);
        // The decision counted the room only: both pre-ratings were replaced.
        let counted = decided(&rubric(), &record, "cl-1", true);
        assert_eq!(counted.len(), 2);
        assert!(counted.iter().all(|s| !s.pre && s.name.is_none()));
        let again = record.clone();
        public(&mut record);
        assert_eq!(record, again, "public is idempotent");
    }

    /// What was said before the deciding round stays: earlier rounds' comments and
    /// the pre-ratings', unnamed unless open voting and asked for; the deciding
    /// round's are left to `decided`.
    #[test]
    fn earlier_rounds_comments_are_kept_apart_from_the_deciding_rounds() {
        let v = |round, who: &str, level: &str, comment: &str| VoteRecord {
            indicator: "cl-1".into(),
            round,
            participant: Some(who.into()),
            level: level.into(),
            comment: comment.into(),
            at: None,
            replaced: false,
        };
        let mut record = SessionRecord {
            id: "s".into(),
            plan: "p".into(),
            title: "P".into(),
            facilitator: "Dana".into(),
            started: jiff::Timestamp::UNIX_EPOCH,
            ended: None,
            open_voting: true,
            participants: vec!["Ana".into(), "Bo".into()],
            segments: Vec::new(),
            votes: vec![
                v(0, "Ana", "emerging", "before"),
                v(1, "Ana", "developing", "first"),
                v(1, "Bo", "full", ""),
                v(2, "Ana", "full", "second"),
            ],
            decisions: Vec::new(),
        };
        let rubric = rubric();
        let said = said_before(&rubric, &record, "cl-1", true);
        let rounds: Vec<(u32, Vec<&str>)> = said
            .iter()
            .map(|(r, shown)| (*r, shown.iter().map(|s| s.comment.as_str()).collect()))
            .collect();
        assert_eq!(rounds, [(0, vec!["before"]), (1, vec!["first"])]);
        assert_eq!(said[1].1[0].name.as_deref(), Some("Ana"));
        let last = decided(&rubric, &record, "cl-1", true);
        assert_eq!(last.len(), 1);
        assert_eq!(last[0].comment, "second");
        assert!(
            said_before(&rubric, &record, "cl-1", false)
                .iter()
                .all(|(_, shown)| shown.iter().all(|s| s.name.is_none()))
        );
        record.open_voting = false;
        assert!(
            said_before(&rubric, &record, "cl-1", true)
                .iter()
                .all(|(_, shown)| shown.iter().all(|s| s.name.is_none()))
        );
    }
}
