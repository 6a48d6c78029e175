//! The session changes plain-mode facilitation makes, over the same store calls as the
//! facilitator's screen (`tui/screens/facilitate.rs`), in one place. It mirrors the
//! operations layer being built (`ops::session`: typed refusals, one role check) so
//! that `plain::lead` moves onto it by changing one import.

use crate::error::{Error, Result};
use crate::rubric::Choice;
use crate::session::PlanEntry;
use crate::session::tally::Tally;
use crate::store::{LiveSession, Store};

/// Who asks for a change. Plain mode leads as the facilitator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Facilitator,
}

/// Why a change was refused; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    LastSegment,
    FirstSegment,
    Ended,
    PreRatingOpen,
    NotPreRating,
    NoIndicator,
    AlreadyRevealed,
    NothingToReveal,
    RevealFirst,
    ChooseLevel { any_votes: bool },
    NoSuchLevel { levels: usize },
}

impl Refusal {
    pub fn message(&self) -> String {
        match self {
            Refusal::LastSegment => crate::t!("plain-lead-last-segment"),
            Refusal::FirstSegment => crate::t!("session-first-segment"),
            Refusal::Ended => crate::t!("session-error-ended"),
            Refusal::PreRatingOpen => crate::t!("session-error-prerating-open"),
            Refusal::NotPreRating => crate::t!("session-error-not-prerating"),
            Refusal::NoIndicator => crate::t!("session-nothing-up-for-vote"),
            Refusal::AlreadyRevealed => crate::t!("plain-lead-already-revealed"),
            Refusal::NothingToReveal => crate::t!("plain-lead-nothing-to-reveal"),
            Refusal::RevealFirst => crate::t!("plain-lead-reveal-first"),
            Refusal::ChooseLevel { .. } => crate::t!("plain-lead-choose-level"),
            Refusal::NoSuchLevel { levels } => crate::t!("plain-levels-range", levels = *levels),
        }
    }
}

/// Why an operation did not happen.
#[derive(Debug)]
pub enum Failure {
    Refused(Refusal),
    Store(Error),
}

impl From<Refusal> for Failure {
    fn from(r: Refusal) -> Self {
        Failure::Refused(r)
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Store(e)
    }
}

pub type Done<T> = std::result::Result<T, Failure>;

/// The session's phase as questions (the layer's `LiveSession` answers them itself).
pub trait LiveExt {
    fn round(&self) -> u32;
    fn revealed(&self) -> bool;
    fn ended(&self) -> bool;
    fn prerating(&self) -> bool;
}

impl LiveExt for LiveSession {
    fn round(&self) -> u32 {
        self.round
    }
    fn revealed(&self) -> bool {
        self.revealed
    }
    fn ended(&self) -> bool {
        self.ended
    }
    fn prerating(&self) -> bool {
        self.prerating
    }
}

fn meeting(live: &LiveSession) -> Done<()> {
    if live.ended {
        return Err(Refusal::Ended.into());
    }
    if live.prerating {
        return Err(Refusal::PreRatingOpen.into());
    }
    Ok(())
}

pub fn find(store: &Store, code_or_id: &str) -> Result<LiveSession> {
    let id = store.find_session(code_or_id)?;
    store.live_session(&id)
}

pub fn load(store: &Store, session_id: &str) -> Result<LiveSession> {
    store.live_session(session_id)
}

pub fn start(
    store: &mut Store,
    plans: &[PlanEntry],
    assessment_id: &str,
    plan_id: &str,
    facilitator: &str,
) -> Result<LiveSession> {
    crate::session::start::start(store, plans, assessment_id, plan_id, facilitator)
}

pub fn open_prerating(
    store: &mut Store,
    plans: &[PlanEntry],
    assessment_id: &str,
    plan_id: &str,
    facilitator: &str,
    _open_voting: bool,
) -> Result<LiveSession> {
    let (entry, weakest) = crate::session::start::prepare(store, plans, assessment_id, plan_id)?;
    let loaded = store.load_without_sessions(assessment_id)?;
    store.open_prerating(&loaded, &entry.plan, &entry.text, facilitator, &weakest)
}

pub fn planned(store: &Store, live: &LiveSession) -> Result<Vec<String>> {
    let rubric = store.load_without_sessions(&live.assessment_id)?.rubric;
    Ok(crate::session::prerate::planned(
        &live.plan,
        &rubric,
        &live.weakest,
    ))
}

pub fn may_close_prerating(live: &LiveSession, _role: &Role) -> Done<()> {
    if live.ended {
        return Err(Refusal::Ended.into());
    }
    if !live.prerating {
        return Err(Refusal::NotPreRating.into());
    }
    Ok(())
}

pub fn discuss(
    store: &mut Store,
    _role: &Role,
    session_id: &str,
    indicator: Option<&str>,
) -> Done<LiveSession> {
    meeting(&store.live_session(session_id)?)?;
    store.discuss(session_id, indicator)?;
    Ok(store.live_session(session_id)?)
}

pub fn reveal(store: &mut Store, _role: &Role, session_id: &str) -> Done<LiveSession> {
    let live = store.live_session(session_id)?;
    meeting(&live)?;
    let Some(id) = live.indicator.as_deref() else {
        return Err(Refusal::NoIndicator.into());
    };
    if live.revealed {
        return Err(Refusal::AlreadyRevealed.into());
    }
    let votes = store.votes(&live.id, id, live.round)?.len();
    let pre = if live.round == 1 {
        store
            .prerates(&live.id, id)?
            .iter()
            .filter(|v| v.participant.is_some())
            .count()
    } else {
        0
    };
    if votes + pre == 0 {
        return Err(Refusal::NothingToReveal.into());
    }
    store.reveal(session_id)?;
    Ok(store.live_session(session_id)?)
}

pub fn new_round(store: &mut Store, _role: &Role, session_id: &str) -> Done<LiveSession> {
    let live = store.live_session(session_id)?;
    meeting(&live)?;
    if live.indicator.is_none() {
        return Err(Refusal::NoIndicator.into());
    }
    store.revote(session_id)?;
    Ok(store.live_session(session_id)?)
}

pub fn decide(
    store: &mut Store,
    _role: &Role,
    session_id: &str,
    choice: Option<Choice>,
    actor: &str,
) -> Done<()> {
    let live = store.live_session(session_id)?;
    meeting(&live)?;
    let Some(indicator) = live.indicator.clone() else {
        return Err(Refusal::NoIndicator.into());
    };
    let votes = store.votes(&live.id, &indicator, live.round)?;
    if !live.revealed && !votes.is_empty() {
        return Err(Refusal::RevealFirst.into());
    }
    let pre = store.prerates_counted(&live, &votes)?;
    let assessment = store.load_without_sessions(&live.assessment_id)?;
    let rubric = &assessment.rubric;
    if let Some(Choice::Level(l)) = choice
        && l >= rubric.levels.len()
    {
        return Err(Refusal::NoSuchLevel {
            levels: rubric.levels.len(),
        }
        .into());
    }
    let choices: Vec<Choice> = votes
        .iter()
        .chain(&pre)
        .filter_map(|v| rubric.parse_choice(&v.level))
        .collect();
    let tally = Tally::under(live.plan.consensus, rubric.levels.len(), &choices);
    let Some(level) = choice.or(tally.suggested) else {
        return Err(Refusal::ChooseLevel {
            any_votes: !votes.is_empty(),
        }
        .into());
    };
    store.decide(
        &live,
        &assessment,
        &indicator,
        level,
        tally.suggested,
        tally.spread,
        tally.votes,
        actor,
    )?;
    Ok(())
}

pub fn toggle_pause(store: &mut Store, _role: &Role, session_id: &str, now: i64) -> Done<bool> {
    let live = store.live_session(session_id)?;
    meeting(&live)?;
    let mut agenda = live.agenda;
    agenda.toggle_pause(now);
    store.save_agenda(&live, &agenda)?;
    Ok(agenda.is_paused())
}

pub fn move_segment(
    store: &mut Store,
    _role: &Role,
    session_id: &str,
    forward: bool,
    now: i64,
) -> Done<LiveSession> {
    let live = store.live_session(session_id)?;
    meeting(&live)?;
    let mut agenda = live.agenda;
    let moved = if forward {
        agenda.next(&live.plan, now)
    } else {
        agenda.previous(&live.plan, now)
    };
    if !moved {
        return Err(if forward {
            Refusal::LastSegment
        } else {
            Refusal::FirstSegment
        }
        .into());
    }
    store.save_agenda(&live, &agenda)?;
    let moved = store.live_session(session_id)?;
    let rubric = store.load_without_sessions(&moved.assessment_id)?.rubric;
    let first = moved
        .plan
        .segments
        .get(moved.agenda.segment)
        .and_then(|s| moved.covers(s, &rubric).first().copied())
        .and_then(|i| rubric.indicators().nth(i).map(|(_, ind)| ind.id.clone()));
    store.discuss(session_id, first.as_deref())?;
    Ok(store.live_session(session_id)?)
}

pub fn end(store: &mut Store, _role: &Role, session_id: &str) -> Done<()> {
    let live = store.live_session(session_id)?;
    if live.ended {
        return Err(Refusal::Ended.into());
    }
    store.end_session(session_id)?;
    Ok(())
}
