//! The facilitator's screen: the agenda and its clock, the segment's prompts, the
//! indicator under discussion, who has voted, the revealed tally, and recording the
//! consensus. Notes and action steps reuse the assessment's editors.

use super::assess::{AssessState, Mode};
use crate::error::Result;
use crate::ops::session::{self as ops, Failure};
use crate::rubric::Choice;
use crate::session::tally::Tally;
use crate::session::view::RoundView;
use crate::session::{LiveSession, Refusal, Role};
use crate::tui::action::Action;
use crate::tui::app::{Nav, Overlay, Services, Status};
use crate::tui::keymap::Ctx;
use ratatui::crossterm::event::KeyEvent;

mod view;
pub use view::draw;
pub(super) use view::{rule_text, tally_lines};

/// Minutes `+` and `-` add to or take from the current segment.
pub const EXTEND_MINUTES: i64 = 5;

pub struct FacilitateState {
    pub live: LiveSession,
    /// The assessment being worked on; its cursor is the indicator under discussion.
    pub assess: AssessState,
    /// Indicators the current segment covers (flat indices).
    pub covered: Vec<usize>,
    /// The current round as the facilitator may see it (`session::view`): who has
    /// voted, never what, until the reveal.
    pub round: RoundView,
    /// Who pre-rated the indicator under discussion (first round only; never what).
    pub pre_rated: Vec<String>,
    pub participants: Vec<String>,
    /// The wall-screen view: large type, nothing else.
    pub presenting: bool,
    /// The indicators this session has recorded a consensus for.
    pub decided: Vec<String>,
    /// The first prompt of the segment shown (↑/↓ scroll them on small windows).
    pub prompt_scroll: usize,
    /// Lines the discussion panel is scrolled down by (PgDn), to read every comment.
    pub panel_scroll: u16,
}

impl FacilitateState {
    pub fn open(services: &mut Services, session_id: &str) -> Result<FacilitateState> {
        let live = services.store.live_session(session_id)?;
        if live.prerating() {
            return Err(crate::error::Error::input(
                crate::session::prerate::still_open(&live.code),
            ));
        }
        let assess = AssessState::open(services, &live.assessment_id, Mode::Indicator)?;
        let mut state = FacilitateState {
            live,
            assess,
            covered: Vec::new(),
            round: RoundView::default(),
            pre_rated: Vec::new(),
            participants: Vec::new(),
            presenting: false,
            decided: Vec::new(),
            prompt_scroll: 0,
            panel_scroll: 0,
        };
        state.refresh(services)?;
        if state.live.indicator.is_none()
            && let Some(first) = state.covered.first().copied()
        {
            state.discuss(services, first)?;
        }
        Ok(state)
    }

    pub fn ctx(&self) -> Ctx {
        match self.assess.mode {
            Mode::Editor(_) | Mode::Actions | Mode::ActionForm(_) | Mode::Conflict(_) => {
                self.assess.ctx()
            }
            _ => Ctx::Facilitate,
        }
    }

    /// Reads the live state, votes and participants again.
    pub fn refresh(&mut self, services: &mut Services) -> Result<()> {
        let before = (
            self.live.indicator.clone(),
            self.live.round(),
            self.live.revealed(),
        );
        self.live = services.store.live_session(&self.live.id)?;
        if before
            != (
                self.live.indicator.clone(),
                self.live.round(),
                self.live.revealed(),
            )
        {
            self.panel_scroll = 0;
        }
        self.assess.reload(services)?;
        let segment = self.live.plan.segments.get(self.live.agenda.segment);
        self.covered = segment.map_or_else(Vec::new, |s| {
            self.live.covers(s, &self.assess.assessment.rubric)
        });
        if let Some(i) = self
            .live
            .indicator
            .as_deref()
            .and_then(|id| self.assess.assessment.rubric.indicator_index(id))
        {
            self.assess.cursor = i;
        }
        let (votes, pre) = ops::round_votes(&services.store, &self.live)?;
        let rubric = &self.assess.assessment.rubric;
        self.round = RoundView::of(&self.live, &Role::Facilitator, rubric, &votes, &pre);
        self.pre_rated = match (&self.live.indicator, self.live.round()) {
            (Some(id), 1) => services
                .store
                .prerates(&self.live.id, id)?
                .into_iter()
                .filter_map(|v| v.participant)
                .collect(),
            _ => Vec::new(),
        };
        self.participants = services.store.participants(&self.live.id)?;
        self.decided = services.store.decided_indicators(&self.live.id)?;
        Ok(())
    }

    /// Indicators of `segment` the session has not recorded a consensus for.
    pub fn undecided(&self, segment: usize) -> Vec<usize> {
        let rubric = &self.assess.assessment.rubric;
        let Some(seg) = self.live.plan.segments.get(segment) else {
            return Vec::new();
        };
        self.live
            .covers(seg, rubric)
            .into_iter()
            .filter(|i| {
                rubric
                    .indicators()
                    .nth(*i)
                    .is_some_and(|(_, ind)| !self.decided.contains(&ind.id))
            })
            .collect()
    }

    /// The tally of the current round (nothing before the reveal).
    pub fn tally(&self) -> Tally {
        self.round
            .tally(&self.assess.assessment.rubric, self.live.plan.consensus)
    }

    fn discuss(&mut self, services: &mut Services, indicator: usize) -> Result<()> {
        let id = self
            .assess
            .assessment
            .rubric
            .indicators()
            .nth(indicator)
            .map(|(_, i)| i.id.clone());
        ops::discuss(
            &mut services.store,
            &Role::Facilitator,
            &self.live.id,
            id.as_deref(),
        )?;
        self.refresh(services)
    }

    pub fn type_key(&mut self, key: KeyEvent) {
        self.assess.type_key(key);
    }

    pub fn apply(&mut self, services: &mut Services, action: Action, now: i64) -> Nav {
        if self.ctx() != Ctx::Facilitate {
            // The note editor and action steps behave as on the assessment screen.
            let nav = self.assess.apply(services, action);
            return match nav {
                Nav::Home(_) => Nav::Stay,
                other => other,
            };
        }
        match self.apply_facilitate(services, action, now) {
            Ok(nav) => nav,
            Err(e) => Nav::Status(Status::error(&e)),
        }
    }

    fn apply_facilitate(
        &mut self,
        services: &mut Services,
        action: Action,
        now: i64,
    ) -> Result<Nav> {
        let plan = self.live.plan.clone();
        let agenda = self.live.agenda;
        let me = Role::Facilitator;
        let status = match action {
            Action::PauseTimer => {
                let paused = ops::toggle_pause(&mut services.store, &me, &self.live.id, now)?;
                self.refresh(services)?;
                Some(if paused {
                    crate::t!("session-clock-paused")
                } else {
                    crate::t!("session-clock-running")
                })
            }
            Action::Extend | Action::Shorten => {
                let sign = if action == Action::Extend { 1 } else { -1 };
                ops::extend(
                    &mut services.store,
                    &me,
                    &self.live.id,
                    sign * EXTEND_MINUTES * 60,
                )?;
                self.refresh(services)?;
                Some(if sign > 0 {
                    crate::t!("session-extended", minutes = EXTEND_MINUTES)
                } else {
                    crate::t!("session-shortened", minutes = EXTEND_MINUTES)
                })
            }
            Action::NextSegment => {
                // Leaving indicators behind is a choice, not a slip of the key.
                let left = self.undecided(agenda.segment).len();
                if left > 0 && agenda.segment + 1 < plan.segments.len() {
                    return Ok(Nav::Overlay(Overlay::ConfirmLeave { undecided: left }));
                }
                return self.move_segment(services, true, now);
            }
            Action::PrevSegment => return self.move_segment(services, false, now),
            Action::PageDown => {
                // The drawing clamps it to what there is to read.
                self.panel_scroll = self.panel_scroll.saturating_add(10);
                return Ok(Nav::Stay);
            }
            Action::PageUp => {
                self.panel_scroll = self.panel_scroll.saturating_sub(10);
                return Ok(Nav::Stay);
            }
            Action::Up | Action::Down => {
                let n = plan
                    .segments
                    .get(agenda.segment)
                    .map_or(0, |s| s.prompts.len());
                self.prompt_scroll = if action == Action::Up {
                    self.prompt_scroll.saturating_sub(1)
                } else {
                    (self.prompt_scroll + 1).min(n.saturating_sub(1))
                };
                return Ok(Nav::Stay);
            }
            Action::NextIndicator | Action::PrevIndicator => {
                if self.covered.is_empty() {
                    return Ok(Nav::Status(Status::info(crate::t!(
                        "session-no-indicators-in-segment",
                        key = services.keys.key_name(Ctx::Facilitate, Action::NextSegment)
                    ))));
                }
                let at = self
                    .covered
                    .iter()
                    .position(|i| *i == self.assess.cursor)
                    .unwrap_or(0);
                let n = self.covered.len();
                let next = if action == Action::NextIndicator {
                    (at + 1) % n
                } else {
                    (at + n - 1) % n
                };
                self.discuss(services, self.covered[next])?;
                return Ok(Nav::Stay);
            }
            Action::Reveal => {
                // Votes cast since the last tick count too: the operation reads them.
                let revealed = ops::reveal(&mut services.store, &me, &self.live.id);
                self.refresh(services)?;
                return Ok(match revealed {
                    Ok(_) => Nav::Status(Status::info(crate::t!("session-revealed"))),
                    Err(f) => self.refused(services, f)?,
                });
            }
            Action::Revote => {
                let round = ops::new_round(&mut services.store, &me, &self.live.id);
                self.refresh(services)?;
                return Ok(match round {
                    Ok(live) => Nav::Status(Status::info(crate::t!(
                        "session-revote",
                        round = live.round()
                    ))),
                    Err(f) => self.refused(services, f)?,
                });
            }
            Action::Rate(level) => return self.record(services, Some(Choice::Level(level))),
            Action::NotApplicable => return self.record(services, Some(Choice::NotApplicable)),
            Action::Select => return self.record(services, None),
            Action::EditNote | Action::EditEvidence | Action::Actions => {
                return Ok(self.assess.apply(services, action));
            }
            Action::Present => {
                self.presenting = !self.presenting;
                return Ok(Nav::Stay);
            }
            Action::Back => return Ok(Nav::Overlay(Overlay::ConfirmEnd)),
            _ => None,
        };
        Ok(status.map_or(Nav::Stay, |s| Nav::Status(Status::info(s))))
    }

    /// A refusal said on the status line (with the key that helps, where one does);
    /// a failure of the store is an error.
    fn refused(&self, services: &Services, failure: Failure) -> Result<Nav> {
        let key = |action| services.keys.key_name(Ctx::Facilitate, action);
        let text = match failure {
            Failure::Store(e) => return Err(e),
            Failure::Refused(Refusal::AlreadyRevealed) => {
                crate::t!("session-already-revealed", key = key(Action::Revote))
            }
            Failure::Refused(Refusal::RevealFirst) => {
                crate::t!("session-reveal-first", key = key(Action::Reveal))
            }
            Failure::Refused(Refusal::LastSegment) => {
                crate::t!("session-last-segment", key = key(Action::Back))
            }
            Failure::Refused(r) => r.message(),
        };
        Ok(Nav::Status(Status::info(text)))
    }

    /// Moves to the next (or previous) segment, bringing up its first indicator.
    pub fn move_segment(
        &mut self,
        services: &mut Services,
        forward: bool,
        now: i64,
    ) -> Result<Nav> {
        let plan = self.live.plan.clone();
        let moved = ops::move_segment(
            &mut services.store,
            &Role::Facilitator,
            &self.live.id,
            forward,
            now,
        );
        let agenda = match moved {
            Ok(live) => live.agenda,
            Err(f) => return self.refused(services, f),
        };
        self.prompt_scroll = 0;
        self.refresh(services)?;
        // The segment's title in the facilitator's language (the plan's translation).
        let shown = crate::session::translation::localized(&plan);
        let title = shown
            .segments
            .get(agenda.segment)
            .map_or("", |s| s.title.as_str());
        Ok(Nav::Status(Status::saved(crate::t!(
            "session-now",
            title = title
        ))))
    }

    /// Records the consensus: `choice`, or the one the plan's rule suggests when `None`.
    fn record(&mut self, services: &mut Services, choice: Option<Choice>) -> Result<Nav> {
        let Some(indicator) = self.live.indicator.clone() else {
            return Ok(Nav::Status(Status::info(crate::t!(
                "session-nothing-up-for-decision"
            ))));
        };
        let decided = ops::decide(
            &mut services.store,
            &Role::Facilitator,
            &self.live.id,
            choice,
            &format!("{} (consensus)", services.actor),
        );
        let decision = match decided {
            Ok(d) => d,
            // Submitted under the running session: the session goes on, but nothing is
            // recorded on a read-only assessment until someone reopens it.
            Err(Failure::Store(crate::error::Error::Submitted(submitted))) => {
                self.refresh(services)?;
                let key = services.keys.key_name(Ctx::Summary, Action::Reopen);
                return Ok(Nav::Status(Status::info(match &submitted.by {
                    Some(name) => crate::t!(
                        "session-submitted-meanwhile",
                        indicator = &indicator,
                        name = crate::text::printable(name),
                        key = key
                    ),
                    None => crate::t!(
                        "session-submitted-not-recorded",
                        indicator = &indicator,
                        key = key
                    ),
                })));
            }
            Err(f) => return self.refused(services, f),
        };
        self.refresh(services)?;
        let rubric = crate::rubric::shown(&self.assess.assessment.rubric);
        Ok(Nav::Status(Status::saved(crate::t!(
            "session-recorded",
            indicator = &decision.indicator,
            level = rubric.choice_label(Some(decision.choice))
        ))))
    }
}

impl FacilitateState {
    /// Performs what a dialog this screen opened was confirmed for.
    pub fn perform(
        &mut self,
        services: &mut Services,
        act: crate::tui::app::FacilitateConfirmed,
        now: i64,
    ) -> Nav {
        use crate::tui::app::FacilitateConfirmed;
        let done = match act {
            FacilitateConfirmed::EndSession => {
                services
                    .store
                    .end_session(&self.live.id)
                    .map(|()| Nav::Open {
                        id: self.live.assessment_id.clone(),
                        mode: Mode::Summary,
                        status: Some(Status::saved(crate::t!(
                            "common-session-ended",
                            code = self.live.code.clone()
                        ))),
                    })
            }
            FacilitateConfirmed::LeaveSegment => self.move_segment(services, true, now),
        };
        done.unwrap_or_else(|e| Nav::Status(Status::error(&e)))
    }
}
