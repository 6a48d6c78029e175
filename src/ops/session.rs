//! Every change a person makes to a coaching session, for every front end (the
//! screens, plain mode, the command line, the SSH server): each loads the session
//! through the store, asks the typed model (`session::LiveSession`) whether the change
//! is allowed, has the store persist it, and returns a typed outcome or a
//! [`Failure`] — a typed [`Refusal`] (worded once, `Refusal::message`) or an error of
//! the store. The one [`Seat`] a participant holds lives here too.

use crate::error::{Error, Result};
use crate::rubric::Choice;
use crate::session::tally::Tally;
use crate::session::{
    Coverage, LiveSession, Outcome, PlanEntry, Refusal, Role, Vote, plan, weakest_standards,
};
use crate::store::{HEARTBEAT_SECONDS, Store};

/// Why an operation did not happen: the session's rules refused it, or the store
/// failed (or refused, e.g. a submitted assessment: [`Error::Submitted`]).
#[derive(Debug)]
pub enum Failure {
    /// The session's rules refused the change; nothing was written.
    Refused(Refusal),
    /// The store could not (or would not) write it.
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

impl From<Failure> for Error {
    fn from(f: Failure) -> Self {
        match f {
            Failure::Refused(r) => r.into(),
            Failure::Store(e) => e,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Refused(r) => write!(f, "{r}"),
            Failure::Store(e) => write!(f, "{e}"),
        }
    }
}

/// What an operation on a session returns.
pub type Done<T> = std::result::Result<T, Failure>;

/// The session a join code, an id or an id prefix names, as it is now.
pub fn find(store: &Store, code_or_id: &str) -> Result<LiveSession> {
    let id = store.find_session(code_or_id)?;
    store.live_session(&id)
}

/// The session as it is now.
pub fn load(store: &Store, session_id: &str) -> Result<LiveSession> {
    store.live_session(session_id)
}

/// Opens a session for silent pre-rating (with `open_voting` when the team agreed
/// that votes are not private).
pub fn open_prerating(
    store: &mut Store,
    plans: &[PlanEntry],
    assessment_id: &str,
    plan_id: &str,
    facilitator: &str,
    open_voting: bool,
) -> Result<LiveSession> {
    let (entry, weakest) = prepare(store, plans, assessment_id, plan_id)?;
    let loaded = store.load_without_sessions(assessment_id)?;
    let live = store.open_prerating(&loaded, &entry.plan, &entry.text, facilitator, &weakest)?;
    if open_voting {
        store.set_open_voting(&live.id, true)?;
    }
    Ok(live)
}

/// A participant's seat in a session, held while they take part and freed when the
/// value goes (leaving, quitting, end of input, a dropped SSH connection): one live
/// connection per name. The one seat of every front end.
#[derive(Debug)]
pub struct Seat {
    path: std::path::PathBuf,
    session: String,
    /// The name the seat was claimed under.
    claimed: String,
    /// The name the participant takes part under (a look-alike already there, or
    /// the name as typed).
    name: String,
    /// A token unique to this connection.
    holder: String,
    /// When the seat was last refreshed (seconds since the epoch).
    beat: i64,
}

impl Seat {
    /// Joins `name` to the session, taking its seat (refused while another live
    /// connection holds it). The participant then takes part under [`Seat::name`].
    pub fn join(store: &mut Store, session_id: &str, name: &str) -> Result<Seat> {
        let holder = uuid::Uuid::now_v7().to_string();
        store.claim_seat(session_id, name, &holder)?;
        let mut seat = Seat {
            path: store.path().to_path_buf(),
            session: session_id.to_string(),
            claimed: name.to_string(),
            name: name.to_string(),
            holder,
            beat: jiff::Timestamp::now().as_second(),
        };
        // Under the name of a participant whose name reads the same, if there is one.
        seat.name = store.join_session(session_id, name)?;
        Ok(seat)
    }

    /// The name this participant takes part under.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The session this seat is in.
    pub fn session(&self) -> &str {
        &self.session
    }

    /// How long until the next heartbeat is due (never zero, so an idle loop does
    /// not spin).
    pub fn until_heartbeat(&self, now: i64) -> std::time::Duration {
        let due = self.beat + HEARTBEAT_SECONDS - now;
        std::time::Duration::from_secs(due.clamp(1, HEARTBEAT_SECONDS) as u64)
    }

    /// Keeps the seat: one small write every `HEARTBEAT_SECONDS` (cheap enough to
    /// call on every tick). When it was lost (quiet for longer than the grace, a
    /// suspended laptop) it is taken back if free; the error when it could not be.
    pub fn keep(&mut self, store: &mut Store, now: i64) -> Option<Error> {
        if now - self.beat < HEARTBEAT_SECONDS {
            return None;
        }
        self.beat = now;
        match store.heartbeat_seat(&self.session, &self.claimed, &self.holder) {
            Ok(true) => None,
            Ok(false) => store
                .claim_seat(&self.session, &self.claimed, &self.holder)
                .err(),
            Err(e) => Some(e),
        }
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        // Nothing to tell anyone if this fails: the seat frees itself after the grace.
        let _ = Store::release_seat(&self.path, &self.session, &self.claimed, &self.holder);
    }
}

/// A member's pre-ratings of one or more indicators, `(indicator, level key)`, in
/// one transaction: refused unless the session is open for pre-rating and every
/// indicator is one its plan pre-rates (`session::prerate::planned`).
pub fn prerate(
    store: &mut Store,
    session_id: &str,
    member: &str,
    levels: &[(&str, &str)],
    comment: &str,
) -> Done<Outcome> {
    let live = store.live_session(session_id)?;
    let planned = planned(store, &live)?;
    for (indicator, _) in levels {
        live.prerate(indicator, &planned)?;
    }
    store.prerate_many(session_id, member, levels, comment)?;
    Ok(Outcome::Recorded)
}

/// The pre-ratings of a session as closing reads them: each indicator's pre-rated
/// choices, and the plan's indicators whose pre-ratings agree (under the plan's rule
/// and quorum, `session::prerate::agreed`), with the level they agree on. The command
/// line and plain mode's facilitator close pre-rating with the same answer.
pub struct PreAgreement {
    /// Each pre-rated indicator's choices.
    pub choices: std::collections::HashMap<String, Vec<Choice>>,
    /// The plan's indicators whose pre-ratings agree, with the agreed level.
    pub agreed: Vec<(String, Choice)>,
}

/// [`PreAgreement`] of `live`, on its `assessment` (loaded without sessions).
pub fn pre_agreement(
    store: &Store,
    live: &LiveSession,
    assessment: &crate::assessment::Assessment,
) -> Result<PreAgreement> {
    let rubric = &assessment.rubric;
    let choices: std::collections::HashMap<String, Vec<Choice>> = store
        .prerated_levels(&live.id)?
        .iter()
        .map(|(id, ls)| {
            let cs = ls.iter().filter_map(|l| rubric.parse_choice(l)).collect();
            (id.clone(), cs)
        })
        .collect();
    let previous = store
        .previous(assessment)?
        .map(|p| crate::session::prerate::ratings(&p))
        .unwrap_or_default();
    let members = store.prerate_progress(&live.id)?.len();
    let planned = crate::session::prerate::planned(&live.plan, rubric, &live.weakest);
    let agreed = crate::session::prerate::agreed(
        rubric,
        &choices,
        &previous,
        live.plan.consensus,
        &planned,
        (members, live.plan.quorum()),
    );
    Ok(PreAgreement { choices, agreed })
}

/// The indicators a session pre-rates, in agenda order.
pub fn planned(store: &Store, live: &LiveSession) -> Result<Vec<String>> {
    let rubric = store.load_without_sessions(&live.assessment_id)?.rubric;
    Ok(crate::session::prerate::planned(
        &live.plan,
        &rubric,
        &live.weakest,
    ))
}

/// A participant's vote (and comment) on what their screen showed (`seen`: the
/// indicator and round). Refused when the room has moved on, the session ended or
/// is still pre-rating, or — after the reveal — when it would change the level.
pub fn vote(
    store: &mut Store,
    seen: &LiveSession,
    participant: &str,
    level: &str,
    comment: &str,
) -> Done<Outcome> {
    let Some(indicator) = seen.indicator.as_deref() else {
        return Err(Refusal::NoIndicator.into());
    };
    let now = store.live_session(&seen.id)?;
    let cast = store
        .votes(&now.id, indicator, now.round())?
        .into_iter()
        .find(|v| v.participant.as_deref() == Some(participant))
        .map(|v| v.level);
    let outcome = now.vote(indicator, seen.round(), cast.as_deref(), level)?;
    // The store checks again inside its transaction (a reveal may land in between).
    store.vote(seen, participant, level, comment)?;
    Ok(outcome)
}

/// Brings an indicator (or, with `None`, nothing) up for discussion: its latest
/// round, hidden unless that round was decided or closed.
pub fn discuss(
    store: &mut Store,
    role: &Role,
    session_id: &str,
    indicator: Option<&str>,
) -> Done<LiveSession> {
    let live = store.live_session(session_id)?;
    live.discuss(role)?;
    store.discuss(session_id, indicator)?;
    Ok(store.live_session(session_id)?)
}

/// The current round's votes and the pre-ratings counted with them once revealed.
pub fn round_votes(store: &Store, live: &LiveSession) -> Result<(Vec<Vote>, Vec<Vote>)> {
    let votes = match &live.indicator {
        Some(id) => store.votes(&live.id, id, live.round())?,
        None => Vec::new(),
    };
    let pre = store.prerates_counted(live, &votes)?;
    Ok((votes, pre))
}

/// How many would be revealed now: the round's votes and, in the first round, the
/// pre-ratings of the indicator (they alone can be revealed).
fn revealable(store: &Store, live: &LiveSession) -> Result<usize> {
    let Some(id) = &live.indicator else {
        return Ok(0);
    };
    let votes = store.votes(&live.id, id, live.round())?.len();
    let pre = if live.round() == 1 {
        store
            .prerates(&live.id, id)?
            .iter()
            .filter(|v| v.participant.is_some())
            .count()
    } else {
        0
    };
    Ok(votes + pre)
}

/// Shows everyone the votes on the indicator under discussion. There is no hiding
/// them again: `new_round` starts another.
pub fn reveal(store: &mut Store, role: &Role, session_id: &str) -> Done<LiveSession> {
    let live = store.live_session(session_id)?;
    let counted = revealable(store, &live)?;
    live.reveal(role, counted)?;
    store.reveal(session_id)?;
    Ok(store.live_session(session_id)?)
}

/// Starts a new, hidden round on the indicator under discussion; the round it
/// closes loses its voters' names.
pub fn new_round(store: &mut Store, role: &Role, session_id: &str) -> Done<LiveSession> {
    let live = store.live_session(session_id)?;
    live.new_round(role)?;
    store.revote(session_id)?;
    Ok(store.live_session(session_id)?)
}

/// A consensus recorded: the indicator and the level.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The indicator decided.
    pub indicator: String,
    /// The level (or N/A) recorded.
    pub choice: Choice,
}

/// Records the consensus on the indicator under discussion: `choice`, or the one
/// the plan's rule suggests from the revealed votes when `None`. Refused while
/// votes are hidden; [`Error::Submitted`] (as `Failure::Store`) when the assessment
/// was submitted meanwhile.
pub fn decide(
    store: &mut Store,
    role: &Role,
    session_id: &str,
    choice: Option<Choice>,
    actor: &str,
) -> Done<Decision> {
    let live = store.live_session(session_id)?;
    let (votes, pre) = round_votes(store, &live)?;
    live.decide(role, votes.len())?;
    let Some(indicator) = live.indicator.clone() else {
        return Err(Refusal::NoIndicator.into());
    };
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
    Ok(Decision {
        indicator,
        choice: level,
    })
}

/// Pauses the clock, or starts it again, at `now` (seconds); true when now paused.
pub fn toggle_pause(store: &mut Store, role: &Role, session_id: &str, now: i64) -> Done<bool> {
    let live = store.live_session(session_id)?;
    let (outcome, agenda) = live.toggle_pause(role, now)?;
    store.save_agenda(&live, &agenda)?;
    Ok(outcome == Outcome::Paused(true))
}

/// Gives the current segment `seconds` more (fewer when negative).
pub fn extend(store: &mut Store, role: &Role, session_id: &str, seconds: i64) -> Done<()> {
    let live = store.live_session(session_id)?;
    let agenda = live.extend(role, seconds)?;
    store.save_agenda(&live, &agenda)?;
    Ok(())
}

/// Moves to the next (`forward`) or previous segment at `now` and brings up its
/// first indicator (or nothing, when it covers none).
pub fn move_segment(
    store: &mut Store,
    role: &Role,
    session_id: &str,
    forward: bool,
    now: i64,
) -> Done<LiveSession> {
    let live = store.live_session(session_id)?;
    let Outcome::Moved(agenda) = live.move_segment(role, forward, now)? else {
        return Ok(live);
    };
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

/// Ends the session: nothing changes in it any more, and no vote keeps a name.
pub fn end(store: &mut Store, role: &Role, session_id: &str) -> Done<Outcome> {
    let live = store.live_session(session_id)?;
    let outcome = live.end(role)?;
    store.end_session(session_id)?;
    Ok(outcome)
}

/// Checks that a pre-rating session may close (the facilitator, open, not ended).
pub fn may_close_prerating(live: &LiveSession, role: &Role) -> Done<Outcome> {
    Ok(live.close_prerating(role)?)
}

/// Starts a session on an assessment with a plan, led by `facilitator`.
pub fn start(
    store: &mut Store,
    plans: &[PlanEntry],
    assessment_id: &str,
    plan_id: &str,
    facilitator: &str,
) -> Result<LiveSession> {
    let (entry, weakest) = prepare(store, plans, assessment_id, plan_id)?;
    let assessment = store.load_without_sessions(assessment_id)?;
    store.start_session(&assessment, &entry.plan, &entry.text, facilitator, &weakest)
}

/// Checks that the plan exists and fits the assessment's rubric, and works out the
/// weakest standards; writes nothing.
pub fn prepare<'p>(
    store: &Store,
    plans: &'p [PlanEntry],
    assessment_id: &str,
    plan_id: &str,
) -> Result<(&'p PlanEntry, Vec<String>)> {
    let entry = plans.iter().find(|p| p.plan.id == plan_id).ok_or_else(|| {
        let ids: Vec<&str> = plans.iter().map(|p| p.plan.id.as_str()).collect();
        Error::input(crate::t!(
            "session-error-no-plan",
            plan = format!("{plan_id:?}"),
            plans = ids.join(", ")
        ))
    })?;
    let assessment = store.load_without_sessions(assessment_id)?;
    if assessment.meta.status == crate::assessment::Status::Final {
        return Err(Error::input(crate::t!("session-error-submitted")));
    }
    let rubric = &assessment.rubric;
    // The plan's standards and indicators must exist in this assessment's rubric.
    plan::parse(&format!("plan {plan_id}"), &entry.text, Some(rubric)).map_err(|problems| {
        Error::input(crate::t!(
            "session-error-plan-does-not-fit",
            plan = plan_id,
            rubric = &rubric.id,
            problems = problems
                .iter()
                .map(|p| p.message.clone())
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })?;
    let wanted = entry
        .plan
        .segments
        .iter()
        .filter_map(|s| match s.covers {
            Coverage::Weakest(n) => Some(n as usize),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let basis = store
        .previous(&assessment)?
        .unwrap_or_else(|| assessment.clone());
    let weakest = weakest_standards(&basis.rubric, &basis.score(), wanted);
    Ok((entry, weakest))
}
