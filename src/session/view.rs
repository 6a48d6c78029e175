//! What a person may see of the room's votes, decided once for every front end: a
//! view of the current round for a role (facilitator, participant, viewer) under the
//! session's voting (private or open), built from the secret ballot's rule
//! (`session::ballot`). The facilitator's, participants' and wall screens and plain
//! mode render from it; none of them looks at the store's votes itself.
//!
//! - everyone: how many have voted; after the reveal the votes as `ballot::revealed`
//!   gives them (levels and comments, named only under open voting);
//! - the facilitator: also who has voted, by name and never with what;
//! - a participant: also their own vote, while it can still change;
//! - nobody, before the reveal, anything of anyone else's level.

use super::ballot::{self, Shown};
use super::model::{LiveSession, Role, Vote};
use super::plan::Consensus;
use super::tally::Tally;
use crate::rubric::{Choice, Rubric};

/// The current round as one role may see it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoundView {
    /// How many have voted in the round (room votes, not pre-ratings).
    pub voted: usize,
    /// Who has voted, in name order, without what: the facilitator's only.
    pub voters: Vec<String>,
    /// This participant's own vote in the round, while it carries their name.
    pub mine: Option<Vote>,
    /// Once revealed: the round's votes and the pre-ratings counted with them, in
    /// the ballot's order, named only under open voting. Empty before the reveal.
    pub shown: Vec<Shown>,
    /// How many of `shown` are pre-ratings.
    pub pre: u32,
}

impl RoundView {
    /// The view of the round for `role`: `room` are the round's votes and `pre` the
    /// pre-ratings counted with them at the reveal (`ops::session::round_votes`).
    pub fn of(
        live: &LiveSession,
        role: &Role,
        rubric: &Rubric,
        room: &[Vote],
        pre: &[Vote],
    ) -> RoundView {
        let revealed = live.revealed() && live.indicator.is_some();
        let shown = if revealed {
            ballot::revealed(rubric, live.open_voting, room, pre)
        } else {
            Vec::new()
        };
        RoundView {
            voted: room.len(),
            voters: match role {
                Role::Facilitator => ballot::voters(room),
                _ => Vec::new(),
            },
            mine: match role {
                Role::Participant(name) => ballot::own(room, name).cloned(),
                _ => None,
            },
            pre: if revealed { pre.len() as u32 } else { 0 },
            shown,
        }
    }

    /// The tally of the revealed votes under the plan's rule (nothing is counted
    /// before the reveal).
    pub fn tally(&self, rubric: &Rubric, consensus: Consensus) -> Tally {
        let choices: Vec<Choice> = self
            .shown
            .iter()
            .filter_map(|v| rubric.parse_choice(&v.level))
            .collect();
        let mut tally = Tally::under(consensus, rubric.levels.len(), &choices);
        tally.pre = self.pre;
        tally
    }

    /// The room's revealed votes (not the pre-ratings), as shown.
    pub fn room(&self) -> impl Iterator<Item = &Shown> {
        self.shown.iter().filter(|s| !s.pre)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::model::Phase;

    fn vote(who: &str, level: &str) -> Vote {
        Vote {
            participant: Some(who.into()),
            level: level.into(),
            comment: format!("{who} says"),
            replaced: false,
        }
    }

    fn live(phase: Phase, open_voting: bool) -> LiveSession {
        crate::session::model::sample(phase, Some("cl-1"), open_voting)
    }

    fn rubric() -> std::sync::Arc<Rubric> {
        crate::rubric::Registry::bundled()
            .latest("cs-site-2017")
            .unwrap()
            .rubric
            .clone()
    }

    fn roles() -> [Role; 3] {
        [
            Role::Facilitator,
            Role::Participant("Ana".into()),
            Role::Viewer,
        ]
    }

    /// Before the reveal no role sees a level of anyone else's; the facilitator sees
    /// who voted, a participant their own vote, a viewer only the count.
    #[test]
    fn before_the_reveal_no_role_sees_anyone_elses_level() {
        let rubric = rubric();
        let room = [vote("Ana", "full"), vote("Bo", "emerging")];
        for role in roles() {
            let v = RoundView::of(
                &live(Phase::Voting { round: 1 }, false),
                &role,
                &rubric,
                &room,
                &[],
            );
            assert_eq!(v.voted, 2);
            assert!(v.shown.is_empty(), "{role:?}");
            let text = format!("{v:?}");
            assert!(!text.contains("emerging"), "{role:?}: {text}");
            assert!(!text.contains("Bo says"), "{role:?}: {text}");
            match &role {
                Role::Facilitator => assert_eq!(v.voters, ["Ana", "Bo"]),
                Role::Participant(_) => {
                    assert!(v.voters.is_empty());
                    assert_eq!(v.mine.as_ref().map(|m| m.level.as_str()), Some("full"));
                }
                Role::Viewer => assert!(v.voters.is_empty() && v.mine.is_none()),
            }
        }
    }

    /// After the reveal every role sees the same votes, without names in a private
    /// session and with them under open voting.
    #[test]
    fn after_the_reveal_every_role_sees_the_votes_named_only_when_open() {
        let rubric = rubric();
        let room = [vote("Ana", "full"), vote("Bo", "emerging")];
        let pre = [vote("Cy", "developing")];
        for open in [false, true] {
            let session = live(Phase::Revealed { round: 1 }, open);
            let views: Vec<RoundView> = roles()
                .iter()
                .map(|r| RoundView::of(&session, r, &rubric, &room, &pre))
                .collect();
            for v in &views {
                assert_eq!(v.shown, views[2].shown);
                assert_eq!(v.shown.len(), 3);
                assert_eq!(v.pre, 1);
                assert_eq!(v.room().count(), 2);
                assert_eq!(v.shown.iter().all(|s| s.name.is_some()), open);
                assert_eq!(v.tally(&rubric, Consensus::Median).votes, 3);
            }
        }
    }
}
