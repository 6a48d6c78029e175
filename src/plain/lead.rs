//! Facilitating a coaching session in plain mode, on the operations layer
//! (`ops::session`), as the facilitator's screen does: start a session from a plan on
//! the assessment (or open it for silent pre-rating first), resume one you lead, hear
//! the agenda, move through the indicators and segments, reveal, record the consensus,
//! start a new round, pause and resume the clock, end. What the room hears — the
//! segment, the indicator up, the reveal, the decision — is said to the facilitator in
//! the same lines (`room`), and refusals in the layer's one wording
//! (`session::Refusal::message`).

use super::output::Lines;
use super::room::{self, Heard};
use super::words::Cmd;
use crate::assessment::Assessment;
use crate::error::{Error, Result};
use crate::ops::session::{self as ops, Failure};
use crate::rubric::Choice;
use crate::session::{LiveSession, PlanEntry, Refusal, Role};
use crate::store::Store;
use crate::t;

/// A question the facilitator is asked before something that cannot be taken back.
enum Confirm {
    /// Ending the session.
    End,
    /// Moving on to the next segment with indicators still undecided.
    Leave,
}

pub struct LeadView {
    live: LiveSession,
    assessment: Assessment,
    heard: Heard,
    /// The names told as having voted in this round (never what they voted).
    voters: Vec<String>,
    /// The people told as taking part.
    people: Vec<String>,
    actor: String,
    confirm: Option<Confirm>,
}

/// What comes of a line typed while leading.
pub enum Led {
    Stay,
    /// Stop leading (the session goes on; `resume CODE` comes back).
    Leave,
    /// The session ended.
    Ended,
}

/// The plans that fit this assessment's rubric, in the order they are numbered.
pub fn plans_for(assessment: &Assessment, dirs: &[std::path::PathBuf]) -> Vec<PlanEntry> {
    crate::session::load_plans(dirs)
        .0
        .into_iter()
        .filter(|p| crate::session::plan::parse("plan", &p.text, Some(&assessment.rubric)).is_ok())
        .collect()
}

/// Says the plans that can be led on this assessment, numbered.
pub fn say_plans(assessment: &Assessment, dirs: &[std::path::PathBuf], out: &mut Lines) {
    let plans = plans_for(assessment, dirs);
    if plans.is_empty() {
        out.say(t!("plain-lead-no-plans"));
        return;
    }
    out.say(t!("plain-lead-plans", count = plans.len()));
    for (n, p) in plans.iter().enumerate() {
        let shown = crate::session::translation::localized(&p.plan);
        out.say(t!(
            "plain-lead-plan-line",
            number = n + 1,
            title = &shown.title,
            id = &p.plan.id,
            minutes = p.plan.segments.iter().map(|s| s.minutes).sum::<u32>()
        ));
    }
    out.say(t!("plain-lead-plans-hint"));
}

/// The plan `which` names (its number in [`say_plans`] or its id).
fn chosen(
    assessment: &Assessment,
    dirs: &[std::path::PathBuf],
    which: &str,
) -> std::result::Result<(Vec<PlanEntry>, String), String> {
    let plans = plans_for(assessment, dirs);
    let id = match which.parse::<usize>() {
        Ok(n) if (1..=plans.len()).contains(&n) => plans[n - 1].plan.id.clone(),
        Ok(_) => return Err(t!("plain-lead-plan-range", count = plans.len())),
        Err(_) => which.to_string(),
    };
    // Every plan the folders hold, so a plan that does not fit is told why.
    Ok((crate::session::load_plans(dirs).0, id))
}

impl LeadView {
    /// Starts a session (or, with `prerating`, opens one for silent pre-rating) on the
    /// assessment with the plan `which` (its number among [`say_plans`] or its id),
    /// led by `actor`. A plan that does not exist or fit is an input error, said.
    #[allow(clippy::too_many_arguments)]
    pub fn start(
        store: &mut Store,
        assessment: &Assessment,
        dirs: &[std::path::PathBuf],
        which: &str,
        actor: &str,
        prerating: bool,
        open_voting: bool,
        out: &mut Lines,
    ) -> Result<LeadView> {
        let (plans, id) = chosen(assessment, dirs, which).map_err(Error::input)?;
        let live = if prerating {
            ops::open_prerating(store, &plans, &assessment.meta.id, &id, actor, open_voting)?
        } else {
            let live = ops::start(store, &plans, &assessment.meta.id, &id, actor)?;
            if open_voting {
                store.set_open_voting(&live.id, true)?;
            }
            live
        };
        out.say(if prerating {
            t!(
                "plain-lead-prerating-opened",
                code = &live.code,
                school = &assessment.meta.school
            )
        } else {
            t!(
                "plain-lead-started",
                code = &live.code,
                school = &assessment.meta.school
            )
        });
        out.say(t!("plain-lead-join-hint", code = &live.code));
        Self::lead(store, live, actor, out)
    }

    /// Resumes leading the running session with this join code.
    pub fn resume(store: &mut Store, code: &str, actor: &str, out: &mut Lines) -> Result<LeadView> {
        let live = ops::find(store, code.trim())?;
        if live.ended() {
            return Err(Error::input(t!(
                "plain-session-ended-already",
                code = &live.code
            )));
        }
        out.say(t!("plain-lead-resumed", code = &live.code));
        Self::lead(store, live, actor, out)
    }

    /// Takes the lead of `live` and says where it is.
    fn lead(
        store: &mut Store,
        live: LiveSession,
        actor: &str,
        out: &mut Lines,
    ) -> Result<LeadView> {
        let assessment = store.load(&live.assessment_id)?;
        let mut view = LeadView {
            heard: Heard::now(&live, &assessment),
            live,
            assessment,
            voters: Vec::new(),
            people: Vec::new(),
            actor: actor.to_string(),
            confirm: None,
        };
        view.people = store.participants(&view.live.id)?;
        if view.live.prerating() {
            view.prerating_status(store, out)?;
            return Ok(view);
        }
        // The first indicator of the segment comes up, as on the screens.
        if view.live.indicator.is_none()
            && let Some(first) = view.covered().first().copied()
        {
            view.bring_up(store, first, out)?;
        }
        view.where_we_are(store, out)?;
        Ok(view)
    }

    /// The segment, and the indicator up (read out) with its votes.
    fn where_we_are(&mut self, store: &Store, out: &mut Lines) -> Result<()> {
        out.say(room::segment_line(&self.live));
        if self.live.agenda.is_paused() {
            out.say(t!("plain-room-paused"));
        }
        let rubric = crate::rubric::shown(&self.assessment.rubric);
        match self.live.indicator.clone() {
            Some(id) => {
                room::read_up(&self.live, &rubric, &id, out);
                if self.live.revealed() {
                    room::reveal(
                        store,
                        &self.live,
                        &crate::session::Role::Facilitator,
                        &rubric,
                        out,
                    )?;
                } else {
                    self.votes_line(store, out)?;
                }
            }
            None => out.say(t!("plain-lead-no-indicators")),
        }
        self.heard = Heard::now(&self.live, &self.assessment);
        Ok(())
    }

    /// The flat rubric indices the current segment covers.
    fn covered(&self) -> Vec<usize> {
        self.live
            .plan
            .segments
            .get(self.live.agenda.segment)
            .map_or_else(Vec::new, |s| self.live.covers(s, &self.assessment.rubric))
    }

    /// The indicators of the current segment without a decision in this session.
    fn undecided(&self) -> usize {
        let decided: Vec<String> = room::decisions(&self.assessment, &self.live.id)
            .into_iter()
            .map(|d| d.indicator)
            .collect();
        self.covered()
            .into_iter()
            .filter_map(|i| self.assessment.rubric.indicators().nth(i))
            .filter(|(_, ind)| !decided.contains(&ind.id))
            .count()
    }

    fn role() -> Role {
        Role::Facilitator
    }

    fn now() -> i64 {
        jiff::Timestamp::now().as_second()
    }

    /// Re-reads the session and says what changed: who joined, who has voted (never
    /// what), and what the room hears. False once the session has ended.
    pub fn follow(&mut self, store: &Store, out: &mut Lines) -> Result<bool> {
        self.live = ops::load(store, &self.live.id)?;
        self.assessment = store.load(&self.live.assessment_id)?;
        let people = store.participants(&self.live.id)?;
        for name in people.iter().filter(|p| !self.people.contains(p)) {
            out.say(t!("plain-lead-joined", name = name, count = people.len()));
        }
        self.people = people;
        if self.live.ended() {
            out.say(t!("common-session-ended", code = &self.live.code));
            return Ok(false);
        }
        if self.live.prerating() {
            return Ok(true);
        }
        let before = self.heard_indicator();
        self.heard.tell(store, &self.live, &self.assessment, out)?;
        if before != self.heard_indicator() {
            self.voters.clear();
        }
        if !self.live.revealed() {
            self.votes_line_if_new(store, out)?;
        }
        Ok(true)
    }

    fn heard_indicator(&self) -> Option<(String, u32)> {
        self.live.indicator.clone().map(|i| (i, self.live.round()))
    }

    /// "Votes on cl-1: 2 of 3 — Ana, Bo." when someone voted since last told.
    fn votes_line_if_new(&mut self, store: &Store, out: &mut Lines) -> Result<()> {
        let votes = room::votes(store, &self.live)?;
        let names = crate::session::ballot::voters(&votes);
        if names != self.voters && !names.is_empty() {
            self.say_votes(&names, out);
        }
        self.voters = names;
        Ok(())
    }

    fn votes_line(&mut self, store: &Store, out: &mut Lines) -> Result<()> {
        let votes = room::votes(store, &self.live)?;
        let names = crate::session::ballot::voters(&votes);
        self.say_votes(&names, out);
        self.voters = names;
        Ok(())
    }

    fn say_votes(&self, names: &[String], out: &mut Lines) {
        let Some(id) = &self.live.indicator else {
            return;
        };
        let waiting: Vec<&String> = self.people.iter().filter(|p| !names.contains(p)).collect();
        out.say(t!(
            "plain-lead-votes",
            id = id,
            voted = names.len(),
            people = self.people.len(),
            names = if names.is_empty() {
                t!("plain-lead-nobody")
            } else {
                names.join(", ")
            },
            waiting = if waiting.is_empty() {
                t!("plain-lead-nobody")
            } else {
                waiting
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        ));
    }

    /// Brings up the indicator at flat index `pos`.
    fn bring_up(&mut self, store: &mut Store, pos: usize, out: &mut Lines) -> Result<()> {
        let id = self
            .assessment
            .rubric
            .indicators()
            .nth(pos)
            .map(|(_, i)| i.id.clone());
        match ops::discuss(store, &Self::role(), &self.live.id, id.as_deref()) {
            Ok(live) => self.live = live,
            Err(f) => return refused(f, out),
        }
        Ok(())
    }

    /// Says what the room now hears after one of the facilitator's own changes.
    fn after(&mut self, store: &Store, out: &mut Lines) -> Result<Led> {
        Ok(if self.follow(store, out)? {
            Led::Stay
        } else {
            Led::Ended
        })
    }

    pub fn handle(&mut self, store: &mut Store, cmd: Cmd, out: &mut Lines) -> Result<Led> {
        if let Some(confirm) = self.confirm.take() {
            match (cmd, confirm) {
                (Cmd::Yes, Confirm::End) => return self.end(store, out),
                (Cmd::Yes, Confirm::Leave) => return self.move_segment(store, true, out),
                (Cmd::No | Cmd::Empty, _) => {
                    out.say(t!("plain-lead-kept"));
                    return Ok(Led::Stay);
                }
                (other, _) => {
                    out.say(t!("plain-lead-kept"));
                    return self.handle(store, other, out);
                }
            }
        }
        if self.live.prerating() {
            return self.handle_prerating(store, cmd, out);
        }
        let levels = self.assessment.rubric.levels.len();
        match cmd {
            Cmd::Agenda => self.agenda(out),
            Cmd::Next => return self.step(store, true, out),
            Cmd::Previous => return self.step(store, false, out),
            Cmd::Go(target) => match self.assessment.rubric.indicator_index(target.trim()) {
                Some(pos) if self.covered().contains(&pos) => {
                    self.bring_up(store, pos, out)?;
                    return self.after(store, out);
                }
                Some(_) => out.say(t!(
                    "plain-lead-not-in-segment",
                    target = target,
                    segment = room::segment_title(&self.live)
                )),
                None => out.say(super::no_such_indicator(
                    &self.assessment.rubric,
                    target,
                    self.live.indicator.as_deref().unwrap_or("cl-1"),
                )),
            },
            Cmd::Reveal => {
                match ops::reveal(store, &Self::role(), &self.live.id) {
                    Ok(live) => self.live = live,
                    Err(f) => return refused(f, out).map(|()| Led::Stay),
                }
                return self.after(store, out);
            }
            Cmd::Round => {
                match ops::new_round(store, &Self::role(), &self.live.id) {
                    Ok(live) => self.live = live,
                    Err(f) => return refused(f, out).map(|()| Led::Stay),
                }
                return self.after(store, out);
            }
            Cmd::Number(n) if (1..=levels).contains(&n) => {
                return self.decide(store, Some(Choice::Level(n - 1)), out);
            }
            Cmd::Number(_) => out.say(t!("plain-levels-range", levels = levels)),
            Cmd::Na => return self.decide(store, Some(Choice::NotApplicable), out),
            Cmd::Decide => return self.decide(store, None, out),
            Cmd::Pause | Cmd::Resume(None) => {
                let wants_pause = matches!(cmd, Cmd::Pause);
                if wants_pause == self.live.agenda.is_paused() {
                    out.say(if wants_pause {
                        t!("plain-room-paused")
                    } else {
                        t!("plain-room-resumed")
                    });
                    return Ok(Led::Stay);
                }
                if let Err(f) = ops::toggle_pause(store, &Self::role(), &self.live.id, Self::now())
                {
                    return refused(f, out).map(|()| Led::Stay);
                }
                return self.after(store, out);
            }
            Cmd::End => {
                out.say(t!("plain-lead-end-ask", code = &self.live.code));
                self.confirm = Some(Confirm::End);
            }
            Cmd::Read => self.where_we_are(store, out)?,
            Cmd::Status => self.status(store, out)?,
            Cmd::Back | Cmd::Quit => {
                out.say(t!("plain-lead-left", code = &self.live.code));
                return Ok(Led::Leave);
            }
            Cmd::Help => help(out),
            Cmd::Empty => {}
            other => super::unknown(out, &other, super::Place::Lead),
        }
        Ok(Led::Stay)
    }

    /// While members pre-rate alone: hear how far they are, close it so the room
    /// meets, or end.
    fn handle_prerating(&mut self, store: &mut Store, cmd: Cmd, out: &mut Lines) -> Result<Led> {
        match cmd {
            Cmd::Status | Cmd::Read => self.prerating_status(store, out)?,
            Cmd::Close => {
                if let Err(f) = ops::may_close_prerating(&self.live, &Self::role()) {
                    refused(f, out)?;
                    return Ok(Led::Stay);
                }
                let agreed = agreed(store, &self.live)?;
                match store.close_prerating(&self.live.id, &agreed, None) {
                    Ok(()) => {}
                    Err(Error::Input(why)) => {
                        out.say(t!("plain-lead-refused", why = why));
                        return Ok(Led::Stay);
                    }
                    Err(e) => return Err(e),
                }
                out.say(t!(
                    "plain-lead-prerating-closed",
                    count = agreed.len(),
                    ids = agreed.join(", ")
                ));
                self.live = ops::load(store, &self.live.id)?;
                self.assessment = store.load(&self.live.assessment_id)?;
                if self.live.indicator.is_none()
                    && let Some(first) = self.covered().first().copied()
                {
                    self.bring_up(store, first, out)?;
                }
                self.where_we_are(store, out)?;
            }
            Cmd::Agenda => self.agenda(out),
            Cmd::End => {
                out.say(t!("plain-lead-end-ask", code = &self.live.code));
                self.confirm = Some(Confirm::End);
            }
            Cmd::Back | Cmd::Quit => {
                out.say(t!("plain-lead-left", code = &self.live.code));
                return Ok(Led::Leave);
            }
            Cmd::Help => help_prerating(out),
            Cmd::Empty => {}
            _ => out.say(t!("plain-lead-prerating-only")),
        }
        Ok(Led::Stay)
    }

    fn prerating_status(&self, store: &Store, out: &mut Lines) -> Result<()> {
        let progress = store.prerate_progress(&self.live.id)?;
        let total = ops::planned(store, &self.live)?.len();
        out.say(t!(
            "plain-lead-prerating-status",
            code = &self.live.code,
            members = progress.len(),
            total = total
        ));
        for (name, done) in progress {
            out.say(t!(
                "plain-lead-prerating-member",
                name = name,
                done = done,
                total = total
            ));
        }
        out.say(t!("plain-lead-prerating-close-hint"));
        Ok(())
    }

    fn agenda(&self, out: &mut Lines) {
        let plan = crate::session::translation::localized(&self.live.plan);
        out.say(t!(
            "plain-lead-agenda",
            title = &plan.title,
            count = plan.segments.len()
        ));
        for (n, s) in plan.segments.iter().enumerate() {
            let line = t!(
                "plain-lead-agenda-line",
                number = n + 1,
                title = &s.title,
                minutes = s.minutes
            );
            out.say(if n == self.live.agenda.segment {
                t!("plain-lead-agenda-now", line = line)
            } else {
                line
            });
        }
    }

    /// `next` / `previous`: the next indicator of the segment; past its last (or in a
    /// segment without indicators) the next segment, asking first when indicators
    /// of this one have no decision yet.
    fn step(&mut self, store: &mut Store, forward: bool, out: &mut Lines) -> Result<Led> {
        let covered = self.covered();
        let at = self
            .live
            .indicator
            .as_deref()
            .and_then(|id| self.assessment.rubric.indicator_index(id))
            .and_then(|pos| covered.iter().position(|p| *p == pos));
        let next = match (at, forward) {
            (Some(a), true) => covered.get(a + 1).copied(),
            (Some(a), false) => a.checked_sub(1).and_then(|a| covered.get(a).copied()),
            (None, _) => None,
        };
        if let Some(pos) = next {
            self.bring_up(store, pos, out)?;
            return self.after(store, out);
        }
        if forward {
            let left = self.undecided();
            let last = self.live.agenda.segment + 1 >= self.live.plan.segments.len();
            if left > 0 && !last {
                out.say(t!(
                    "plain-lead-leave-ask",
                    count = left,
                    segment = room::segment_title(&self.live)
                ));
                self.confirm = Some(Confirm::Leave);
                return Ok(Led::Stay);
            }
        }
        self.move_segment(store, forward, out)
    }

    fn move_segment(&mut self, store: &mut Store, forward: bool, out: &mut Lines) -> Result<Led> {
        match ops::move_segment(store, &Self::role(), &self.live.id, forward, Self::now()) {
            Ok(live) => self.live = live,
            Err(Failure::Refused(Refusal::LastSegment)) => {
                out.say(t!("plain-lead-last-segment"));
                return Ok(Led::Stay);
            }
            Err(f) => return refused(f, out).map(|()| Led::Stay),
        }
        let led = self.after(store, out)?;
        if self.live.indicator.is_none() {
            out.say(t!("plain-lead-no-indicators"));
        }
        Ok(led)
    }

    fn decide(
        &mut self,
        store: &mut Store,
        choice: Option<Choice>,
        out: &mut Lines,
    ) -> Result<Led> {
        let actor = format!("{} (consensus)", self.actor);
        match ops::decide(store, &Self::role(), &self.live.id, choice, &actor) {
            Ok(_) => {}
            Err(Failure::Store(Error::Submitted(_))) => {
                out.say(t!(
                    "plain-lead-submitted",
                    id = self.live.indicator.as_deref().unwrap_or("")
                ));
                return Ok(Led::Stay);
            }
            Err(f) => return refused(f, out).map(|()| Led::Stay),
        }
        let led = self.after(store, out)?;
        out.say(t!("plain-lead-decided-hint"));
        Ok(led)
    }

    fn end(&mut self, store: &mut Store, out: &mut Lines) -> Result<Led> {
        if let Err(f) = ops::end(store, &Self::role(), &self.live.id) {
            refused(f, out)?;
            return Ok(Led::Stay);
        }
        self.after(store, out)
    }

    fn status(&mut self, store: &Store, out: &mut Lines) -> Result<()> {
        out.say(room::segment_line(&self.live));
        let clock = crate::session::agenda::clock(
            self.live
                .agenda
                .remaining(&self.live.plan, Self::now())
                .max(0),
        );
        out.say(t!("plain-lead-clock", clock = clock));
        if self.live.agenda.is_paused() {
            out.say(t!("plain-room-paused"));
        }
        out.say(t!(
            "plain-lead-people",
            count = self.people.len(),
            names = if self.people.is_empty() {
                t!("plain-lead-nobody")
            } else {
                self.people.join(", ")
            }
        ));
        if self.live.indicator.is_some() && !self.live.revealed() {
            self.votes_line(store, out)?;
        }
        Ok(())
    }
}

/// Says a refusal in the layer's words; a store error goes up.
fn refused(f: Failure, out: &mut Lines) -> Result<()> {
    match f {
        Failure::Refused(r) => {
            out.say(t!("plain-lead-refused", why = r.message()));
            Ok(())
        }
        Failure::Store(Error::Input(why)) => {
            out.say(t!("plain-lead-refused", why = why));
            Ok(())
        }
        Failure::Store(e) => Err(e),
    }
}

/// The plan's indicators whose pre-ratings agree, as `prerate close` finds them.
fn agreed(store: &Store, live: &LiveSession) -> Result<Vec<String>> {
    let assessment = store.load_without_sessions(&live.assessment_id)?;
    Ok(ops::pre_agreement(store, live, &assessment)?
        .agreed
        .into_iter()
        .map(|(id, _)| id)
        .collect())
}

/// What can be typed while leading.
pub fn help(out: &mut Lines) {
    out.say(t!("plain-help-lead"));
    out.say(t!("plain-help-lead-move"));
    out.say(t!("plain-help-lead-reveal"));
    out.say(t!("plain-help-lead-decide"));
    out.say(t!("plain-help-lead-clock"));
    out.say(t!("plain-help-lead-read"));
    out.say(t!("plain-help-lead-leave"));
    out.say(t!("plain-help-lang"));
}

/// What can be typed while the members pre-rate.
pub fn help_prerating(out: &mut Lines) {
    out.say(t!("plain-help-lead-prerating"));
    out.say(t!("plain-help-lead-leave"));
    out.say(t!("plain-help-lang"));
}
