//! The live state of a session as one typed value: where the room is (`Phase`), the
//! agenda and its clock, the indicator under discussion. Every change a person can
//! make is a method here that either says what follows or gives a typed [`Refusal`];
//! `ops::session` loads the session, applies the method and has the store persist
//! the result, so no front end decides these rules itself. Pure: no database.

use super::agenda::Agenda;
use super::plan::{Plan, Segment};
use crate::i18n::Lang;
use crate::rubric::Rubric;

/// One vote (or pre-rating) as the store gives it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Vote {
    /// The voter, while the vote can still change; `None` once its round is over in a
    /// private session (see `session::ballot`).
    pub participant: Option<String>,
    /// The level key voted, or `na`.
    pub level: String,
    /// What the voter wrote with it.
    pub comment: String,
    /// A pre-rating whose member's room vote replaced it in the first round's tally
    /// (kept once the name that told it is gone).
    pub replaced: bool,
}

/// Where a session is. The combinations the old flags allowed but that never made
/// sense (revealed while pre-rating, a round during pre-rating) cannot be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Members rate alone before the room meets; nobody sees anyone else's.
    PreRating,
    /// The room votes on the indicator under discussion; the votes are hidden.
    Voting {
        /// The round of votes, from 1.
        round: u32,
    },
    /// The votes of this round are shown; a vote cast stands (only its comment may
    /// still be added to) until a new round.
    Revealed {
        /// The round of votes, from 1.
        round: u32,
    },
    /// Over: nothing changes any more. Keeps where the room stood, for what the
    /// screens show of the end.
    Ended {
        /// The round the room was in.
        round: u32,
        /// Whether that round's votes had been revealed.
        revealed: bool,
    },
}

impl Phase {
    /// The phase the stored columns describe (the store keeps the flags; this is the
    /// one place they are read together).
    pub fn from_stored(round: u32, revealed: bool, ended: bool, prerating: bool) -> Phase {
        let round = round.max(1);
        if ended {
            Phase::Ended {
                round,
                revealed: revealed && !prerating,
            }
        } else if prerating {
            Phase::PreRating
        } else if revealed {
            Phase::Revealed { round }
        } else {
            Phase::Voting { round }
        }
    }

    /// The round of votes (1 before the room meets).
    pub fn round(self) -> u32 {
        match self {
            Phase::PreRating => 1,
            Phase::Voting { round } | Phase::Revealed { round } | Phase::Ended { round, .. } => {
                round
            }
        }
    }

    /// Whether this round's votes are shown.
    pub fn revealed(self) -> bool {
        matches!(
            self,
            Phase::Revealed { .. } | Phase::Ended { revealed: true, .. }
        )
    }

    /// Whether the session is over.
    pub fn ended(self) -> bool {
        matches!(self, Phase::Ended { .. })
    }

    /// Whether members are still pre-rating alone.
    pub fn prerating(self) -> bool {
        self == Phase::PreRating
    }
}

/// Who is acting on a session, as the front end that acts knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The person running the session (the facilitator's screen, `session` commands).
    Facilitator,
    /// A member of the room, under the name they joined with.
    Participant(String),
    /// Someone watching (the wall, `viewer@`): sees what the room sees, changes nothing.
    Viewer,
}

/// Why a change to a session was refused. The wording is `Refusal::message`'s, in
/// Fluent: every front end says the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Only the facilitator leads the session.
    NotFacilitator,
    /// The session has ended.
    Ended,
    /// The session is still open for pre-rating; the room has not met.
    PreRatingOpen,
    /// The session is not (or no longer) open for pre-rating.
    NotPreRating,
    /// No indicator is up for discussion.
    NoIndicator,
    /// The votes of this round are already shown.
    AlreadyRevealed,
    /// No vote (nor pre-rating) to reveal yet.
    NothingToReveal,
    /// There are hidden votes: reveal them before recording the consensus.
    RevealFirst,
    /// The room has moved to another indicator or round than the one voted on.
    MovedOn,
    /// After the reveal a vote stands; only its comment may change.
    VoteStands,
    /// The indicator is not one this session's plan pre-rates.
    NotInPlan {
        /// The indicator asked for.
        indicator: String,
        /// The indicators the plan pre-rates.
        planned: Vec<String>,
    },
    /// Already at the first segment.
    FirstSegment,
    /// Already at the last segment.
    LastSegment,
    /// No level was given and the votes suggest none (no votes, or a plan that leaves
    /// the consensus to the facilitator): the level must be named.
    ChooseLevel {
        /// Whether there were votes (the plan leaves it to the facilitator) or none.
        any_votes: bool,
    },
    /// A level beyond the rubric's.
    NoSuchLevel {
        /// How many levels the rubric has.
        levels: usize,
    },
}

impl Refusal {
    /// The refusal in the reader's language: the one wording every front end uses.
    pub fn message(&self) -> String {
        match self {
            Refusal::NotFacilitator => crate::t!("session-refusal-not-facilitator"),
            Refusal::Ended => crate::t!("session-refusal-ended"),
            Refusal::PreRatingOpen => crate::t!("session-error-prerating-open"),
            Refusal::NotPreRating => crate::t!("session-error-not-prerating"),
            Refusal::NoIndicator => crate::t!("session-nothing-up-for-vote"),
            Refusal::AlreadyRevealed => crate::t!("session-refusal-already-revealed"),
            Refusal::NothingToReveal => crate::t!("session-nothing-to-reveal"),
            Refusal::RevealFirst => crate::t!("session-refusal-reveal-first"),
            Refusal::MovedOn => crate::t!("session-error-moved-on"),
            Refusal::VoteStands => crate::t!("session-error-revealed"),
            Refusal::NotInPlan { indicator, planned } => crate::t!(
                "session-refusal-not-in-plan",
                indicator = indicator.as_str(),
                planned = planned.join(", ")
            ),
            Refusal::FirstSegment => crate::t!("session-first-segment"),
            Refusal::LastSegment => crate::t!("session-refusal-last-segment"),
            Refusal::ChooseLevel { any_votes: false } => {
                crate::t!("session-no-votes-type-level")
            }
            Refusal::ChooseLevel { any_votes: true } => crate::t!("session-room-decides-type"),
            Refusal::NoSuchLevel { levels } => {
                crate::t!("session-rubric-levels", count = *levels)
            }
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl From<Refusal> for crate::error::Error {
    fn from(refusal: Refusal) -> Self {
        crate::error::Error::input(refusal.message())
    }
}

/// What an accepted change did, for the front end to say or to act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The session moved to this phase.
    Phase(Phase),
    /// The vote (or pre-rating) is recorded.
    Recorded,
    /// The clock is paused (`true`) or running again (`false`).
    Paused(bool),
    /// The agenda moved to another segment.
    Moved(Agenda),
}

/// A session as the live screens see it.
#[derive(Debug, Clone)]
pub struct LiveSession {
    /// The session's id.
    pub id: String,
    /// The join code people type (empty for an imported session).
    pub code: String,
    /// The assessment the session works on.
    pub assessment_id: String,
    /// The plan as it was when the session started.
    pub plan: Plan,
    /// Who started it.
    pub facilitator: String,
    /// The standards `weakest = N` segments cover, fixed at the start.
    pub weakest: Vec<String>,
    /// The agenda and its clock (paused or running).
    pub agenda: Agenda,
    /// The indicator under discussion.
    pub indicator: Option<String>,
    /// Where the room is.
    pub phase: Phase,
    /// Indicators whose pre-ratings agreed when pre-rating closed; `only =
    /// "disagreement"` segments leave them out.
    pub agreed: Vec<String>,
    /// The room's language: the wall screen speaks it, whatever each person reads.
    pub lang: Lang,
    /// The team agreed that votes are not private (`session start --open-voting`).
    pub open_voting: bool,
}

impl LiveSession {
    /// The round of votes on the indicator under discussion.
    pub fn round(&self) -> u32 {
        self.phase.round()
    }

    /// Whether the current round's votes are shown.
    pub fn revealed(&self) -> bool {
        self.phase.revealed()
    }

    /// Whether the session has ended.
    pub fn ended(&self) -> bool {
        self.phase.ended()
    }

    /// Whether members are still pre-rating alone.
    pub fn prerating(&self) -> bool {
        self.phase.prerating()
    }

    /// The indicators `segment` brings up in this session, as flat rubric indices.
    pub fn covers(&self, segment: &Segment, rubric: &Rubric) -> Vec<usize> {
        let all = super::covered(segment, rubric, &self.weakest);
        if !segment.only_disagreement {
            return all;
        }
        all.into_iter()
            .filter(|i| {
                rubric
                    .indicators()
                    .nth(*i)
                    .is_none_or(|(_, ind)| !self.agreed.contains(&ind.id))
            })
            .collect()
    }

    fn lead(&self, role: &Role) -> Result<(), Refusal> {
        if *role != Role::Facilitator {
            return Err(Refusal::NotFacilitator);
        }
        if self.ended() {
            return Err(Refusal::Ended);
        }
        Ok(())
    }

    fn meeting(&self, role: &Role) -> Result<(), Refusal> {
        self.lead(role)?;
        if self.prerating() {
            return Err(Refusal::PreRatingOpen);
        }
        Ok(())
    }

    /// Closing pre-rating: the room meets, in the first round.
    pub fn close_prerating(&self, role: &Role) -> Result<Outcome, Refusal> {
        self.lead(role)?;
        if !self.prerating() {
            return Err(Refusal::NotPreRating);
        }
        Ok(Outcome::Phase(Phase::Voting { round: 1 }))
    }

    /// Bringing an indicator (or nothing) up for discussion. The round it comes up in
    /// is the store's to find (its latest); this says whether it may.
    pub fn discuss(&self, role: &Role) -> Result<(), Refusal> {
        self.meeting(role)
    }

    /// Showing this round's votes, `counted` of them (room votes and the pre-ratings
    /// that count with them).
    pub fn reveal(&self, role: &Role, counted: usize) -> Result<Outcome, Refusal> {
        self.meeting(role)?;
        if self.indicator.is_none() {
            return Err(Refusal::NoIndicator);
        }
        match self.phase {
            Phase::Revealed { .. } => Err(Refusal::AlreadyRevealed),
            Phase::Voting { .. } if counted == 0 => Err(Refusal::NothingToReveal),
            Phase::Voting { round } => Ok(Outcome::Phase(Phase::Revealed { round })),
            Phase::PreRating => Err(Refusal::PreRatingOpen),
            Phase::Ended { .. } => Err(Refusal::Ended),
        }
    }

    /// A new, hidden round on the indicator under discussion.
    pub fn new_round(&self, role: &Role) -> Result<Outcome, Refusal> {
        self.meeting(role)?;
        if self.indicator.is_none() {
            return Err(Refusal::NoIndicator);
        }
        Ok(Outcome::Phase(Phase::Voting {
            round: self.round() + 1,
        }))
    }

    /// Recording the consensus on the indicator under discussion; `hidden` is how
    /// many votes of this round are still hidden.
    pub fn decide(&self, role: &Role, hidden: usize) -> Result<(), Refusal> {
        self.meeting(role)?;
        if self.indicator.is_none() {
            return Err(Refusal::NoIndicator);
        }
        if !self.revealed() && hidden > 0 {
            return Err(Refusal::RevealFirst);
        }
        Ok(())
    }

    /// A member's vote on `indicator` in `round` (what their screen showed), when
    /// they already cast `cast` in it and now vote `level`.
    pub fn vote(
        &self,
        indicator: &str,
        round: u32,
        cast: Option<&str>,
        level: &str,
    ) -> Result<Outcome, Refusal> {
        match self.phase {
            Phase::Ended { .. } => Err(Refusal::Ended),
            Phase::PreRating => Err(Refusal::PreRatingOpen),
            _ if self.indicator.is_none() => Err(Refusal::NoIndicator),
            _ if self.indicator.as_deref() != Some(indicator) || self.round() != round => {
                Err(Refusal::MovedOn)
            }
            Phase::Revealed { .. } if cast != Some(level) => Err(Refusal::VoteStands),
            _ => Ok(Outcome::Recorded),
        }
    }

    /// A member's pre-rating of `indicator`; `planned` is what the plan pre-rates
    /// (`session::prerate::planned`).
    pub fn prerate(&self, indicator: &str, planned: &[String]) -> Result<Outcome, Refusal> {
        match self.phase {
            Phase::Ended { .. } => Err(Refusal::Ended),
            Phase::PreRating if !planned.iter().any(|p| p == indicator) => {
                Err(Refusal::NotInPlan {
                    indicator: indicator.to_string(),
                    planned: planned.to_vec(),
                })
            }
            Phase::PreRating => Ok(Outcome::Recorded),
            _ => Err(Refusal::NotPreRating),
        }
    }

    /// Pausing the clock, or starting it again, at `now` (seconds).
    pub fn toggle_pause(&self, role: &Role, now: i64) -> Result<(Outcome, Agenda), Refusal> {
        self.lead(role)?;
        let mut agenda = self.agenda;
        agenda.toggle_pause(now);
        Ok((Outcome::Paused(agenda.is_paused()), agenda))
    }

    /// Giving the current segment `seconds` more (or fewer, when negative).
    pub fn extend(&self, role: &Role, seconds: i64) -> Result<Agenda, Refusal> {
        self.lead(role)?;
        let mut agenda = self.agenda;
        agenda.extend(seconds, &self.plan);
        Ok(agenda)
    }

    /// Moving to the next segment (`forward`) or the previous one at `now`.
    pub fn move_segment(&self, role: &Role, forward: bool, now: i64) -> Result<Outcome, Refusal> {
        self.meeting(role)?;
        let mut agenda = self.agenda;
        if forward {
            if !agenda.next(&self.plan, now) {
                return Err(Refusal::LastSegment);
            }
        } else if !agenda.previous(&self.plan, now) {
            return Err(Refusal::FirstSegment);
        }
        Ok(Outcome::Moved(agenda))
    }

    /// Ending the session.
    pub fn end(&self, role: &Role) -> Result<Outcome, Refusal> {
        self.lead(role)?;
        Ok(Outcome::Phase(Phase::Ended {
            round: self.round(),
            revealed: self.revealed(),
        }))
    }
}

/// A session of the bundled baseline-check plan in `phase`, for unit tests.
#[cfg(test)]
pub(crate) fn sample(phase: Phase, indicator: Option<&str>, open_voting: bool) -> LiveSession {
    let (plans, _) = crate::session::load_plans(&[]);
    let plan = plans
        .into_iter()
        .find(|p| p.plan.id == "baseline-check")
        .map(|p| p.plan)
        .expect("the bundled baseline-check plan");
    LiveSession {
        id: "s".into(),
        code: "ABCDEF".into(),
        assessment_id: "a".into(),
        plan,
        facilitator: "Dana".into(),
        weakest: Vec::new(),
        agenda: Agenda::start(0),
        indicator: indicator.map(str::to_string),
        phase,
        agreed: Vec::new(),
        lang: Lang::default(),
        open_voting,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(phase: Phase, indicator: Option<&str>) -> LiveSession {
        sample(phase, indicator, false)
    }

    const F: Role = Role::Facilitator;

    #[test]
    fn the_stored_flags_read_as_one_phase() {
        assert_eq!(Phase::from_stored(1, false, false, true), Phase::PreRating);
        // A revealed flag left over from pre-rating cannot come back as revealed.
        assert_eq!(Phase::from_stored(3, true, false, true), Phase::PreRating);
        assert_eq!(
            Phase::from_stored(0, false, false, false),
            Phase::Voting { round: 1 }
        );
        assert_eq!(
            Phase::from_stored(2, true, false, false),
            Phase::Revealed { round: 2 }
        );
        let ended = Phase::from_stored(2, true, true, false);
        assert_eq!(
            ended,
            Phase::Ended {
                round: 2,
                revealed: true
            }
        );
        assert!(ended.ended() && ended.revealed() && !ended.prerating());
        assert!(!Phase::from_stored(1, true, true, true).revealed());
        assert_eq!(Phase::PreRating.round(), 1);
    }

    #[test]
    fn a_round_is_voted_then_revealed_then_followed_by_a_new_one() {
        let s = session(Phase::Voting { round: 1 }, Some("cl-1"));
        assert_eq!(
            s.reveal(&F, 3),
            Ok(Outcome::Phase(Phase::Revealed { round: 1 }))
        );
        assert_eq!(
            s.new_round(&F),
            Ok(Outcome::Phase(Phase::Voting { round: 2 }))
        );
        let r = session(Phase::Revealed { round: 2 }, Some("cl-1"));
        assert_eq!(
            r.new_round(&F),
            Ok(Outcome::Phase(Phase::Voting { round: 3 }))
        );
        assert_eq!(r.decide(&F, 4), Ok(()));
        assert_eq!(s.decide(&F, 0), Ok(()));
        assert_eq!(s.discuss(&F), Ok(()));
        assert_eq!(
            r.end(&F),
            Ok(Outcome::Phase(Phase::Ended {
                round: 2,
                revealed: true
            }))
        );
    }

    #[test]
    fn reveal_refuses_what_cannot_be_revealed() {
        let s = session(Phase::Voting { round: 1 }, Some("cl-1"));
        assert_eq!(s.reveal(&F, 0), Err(Refusal::NothingToReveal));
        let none = session(Phase::Voting { round: 1 }, None);
        assert_eq!(none.reveal(&F, 2), Err(Refusal::NoIndicator));
        assert_eq!(none.new_round(&F), Err(Refusal::NoIndicator));
        assert_eq!(none.decide(&F, 0), Err(Refusal::NoIndicator));
        let r = session(Phase::Revealed { round: 1 }, Some("cl-1"));
        assert_eq!(r.reveal(&F, 2), Err(Refusal::AlreadyRevealed));
        let pre = session(Phase::PreRating, Some("cl-1"));
        assert_eq!(pre.reveal(&F, 2), Err(Refusal::PreRatingOpen));
        assert_eq!(pre.new_round(&F), Err(Refusal::PreRatingOpen));
        assert_eq!(pre.discuss(&F), Err(Refusal::PreRatingOpen));
        assert_eq!(pre.move_segment(&F, true, 5), Err(Refusal::PreRatingOpen));
        assert_eq!(s.decide(&F, 2), Err(Refusal::RevealFirst));
    }

    #[test]
    fn only_the_facilitator_leads_and_nothing_changes_after_the_end() {
        let s = session(Phase::Voting { round: 1 }, Some("cl-1"));
        for role in [Role::Participant("Ana".into()), Role::Viewer] {
            assert_eq!(s.reveal(&role, 2), Err(Refusal::NotFacilitator));
            assert_eq!(s.new_round(&role), Err(Refusal::NotFacilitator));
            assert_eq!(s.decide(&role, 0), Err(Refusal::NotFacilitator));
            assert_eq!(s.end(&role), Err(Refusal::NotFacilitator));
            assert_eq!(s.toggle_pause(&role, 1), Err(Refusal::NotFacilitator));
            assert_eq!(s.extend(&role, 60), Err(Refusal::NotFacilitator));
            assert_eq!(s.move_segment(&role, true, 1), Err(Refusal::NotFacilitator));
            assert_eq!(s.close_prerating(&role), Err(Refusal::NotFacilitator));
        }
        let e = session(
            Phase::Ended {
                round: 1,
                revealed: false,
            },
            Some("cl-1"),
        );
        assert_eq!(e.reveal(&F, 2), Err(Refusal::Ended));
        assert_eq!(e.new_round(&F), Err(Refusal::Ended));
        assert_eq!(e.decide(&F, 0), Err(Refusal::Ended));
        assert_eq!(e.end(&F), Err(Refusal::Ended));
        assert_eq!(e.toggle_pause(&F, 1), Err(Refusal::Ended));
        assert_eq!(e.close_prerating(&F), Err(Refusal::Ended));
        assert_eq!(e.vote("cl-1", 1, None, "full"), Err(Refusal::Ended));
        assert_eq!(e.prerate("cl-1", &["cl-1".into()]), Err(Refusal::Ended));
    }

    #[test]
    fn a_vote_counts_only_on_what_the_room_votes_on_now() {
        let s = session(Phase::Voting { round: 2 }, Some("cl-1"));
        assert_eq!(s.vote("cl-1", 2, None, "full"), Ok(Outcome::Recorded));
        assert_eq!(
            s.vote("cl-1", 2, Some("full"), "emerging"),
            Ok(Outcome::Recorded)
        );
        assert_eq!(s.vote("cl-2", 2, None, "full"), Err(Refusal::MovedOn));
        assert_eq!(s.vote("cl-1", 1, None, "full"), Err(Refusal::MovedOn));
        let r = session(Phase::Revealed { round: 2 }, Some("cl-1"));
        assert_eq!(
            r.vote("cl-1", 2, Some("full"), "full"),
            Ok(Outcome::Recorded)
        );
        assert_eq!(
            r.vote("cl-1", 2, Some("full"), "emerging"),
            Err(Refusal::VoteStands)
        );
        assert_eq!(
            r.vote("cl-1", 2, None, "emerging"),
            Err(Refusal::VoteStands)
        );
        let none = session(Phase::Voting { round: 1 }, None);
        assert_eq!(
            none.vote("cl-1", 1, None, "full"),
            Err(Refusal::NoIndicator)
        );
        let pre = session(Phase::PreRating, Some("cl-1"));
        assert_eq!(
            pre.vote("cl-1", 1, None, "full"),
            Err(Refusal::PreRatingOpen)
        );
    }

    #[test]
    fn pre_rating_takes_only_the_plans_indicators_and_closes_into_round_one() {
        let planned = vec!["cl-1".to_string(), "cl-3".to_string()];
        let pre = session(Phase::PreRating, None);
        assert_eq!(pre.prerate("cl-1", &planned), Ok(Outcome::Recorded));
        assert_eq!(
            pre.prerate("cl-2", &planned),
            Err(Refusal::NotInPlan {
                indicator: "cl-2".into(),
                planned: planned.clone()
            })
        );
        assert_eq!(
            pre.close_prerating(&F),
            Ok(Outcome::Phase(Phase::Voting { round: 1 }))
        );
        let room = session(Phase::Voting { round: 1 }, None);
        assert_eq!(room.prerate("cl-1", &planned), Err(Refusal::NotPreRating));
        assert_eq!(room.close_prerating(&F), Err(Refusal::NotPreRating));
    }

    #[test]
    fn the_clock_pauses_and_the_agenda_moves_within_the_plan() {
        let s = session(Phase::Voting { round: 1 }, None);
        let (outcome, paused) = s.toggle_pause(&F, 30).unwrap();
        assert_eq!(outcome, Outcome::Paused(true));
        let mut p = s.clone();
        p.agenda = paused;
        assert_eq!(p.toggle_pause(&F, 40).unwrap().0, Outcome::Paused(false));
        assert_eq!(s.move_segment(&F, false, 5), Err(Refusal::FirstSegment));
        let Ok(Outcome::Moved(agenda)) = s.move_segment(&F, true, 5) else {
            panic!("no move");
        };
        assert_eq!(agenda.segment, 1);
        let mut last = s.clone();
        last.agenda.segment = s.plan.segments.len() - 1;
        assert_eq!(last.move_segment(&F, true, 5), Err(Refusal::LastSegment));
        assert!(s.extend(&F, 300).unwrap().extra > s.agenda.extra);
    }
}
