//! The facilitator's screen: the agenda and its clock, the segment's prompts, the
//! indicator under discussion, who has voted, the revealed tally, and recording the
//! consensus. Notes and action steps reuse the assessment's editors.

use super::assess::{AssessState, Mode};
use crate::error::Result;
use crate::rubric::Choice;
use crate::session::tally::Tally;
use crate::session::{Agenda, covered};
use crate::store::{LiveSession, Vote};
use crate::tui::action::Action;
use crate::tui::app::{Nav, Overlay, Services, Status};
use crate::tui::keymap::Ctx;
use ratatui::crossterm::event::KeyEvent;

pub use super::facilitate_view::draw;

/// Minutes `+` and `-` add to or take from the current segment.
pub const EXTEND_MINUTES: i64 = 5;

pub struct FacilitateState {
    pub live: LiveSession,
    /// The assessment being worked on; its cursor is the indicator under discussion.
    pub assess: AssessState,
    /// Indicators the current segment covers (flat indices).
    pub covered: Vec<usize>,
    /// The current round of votes on the indicator under discussion.
    pub votes: Vec<Vote>,
    pub participants: Vec<String>,
    /// The wall-screen view: large type, nothing else.
    pub presenting: bool,
}

impl FacilitateState {
    pub fn open(services: &mut Services, session_id: &str) -> Result<FacilitateState> {
        let live = services.store.live_session(session_id)?;
        let assess = AssessState::open(services, &live.assessment_id, Mode::Indicator)?;
        let mut state = FacilitateState {
            live,
            assess,
            covered: Vec::new(),
            votes: Vec::new(),
            participants: Vec::new(),
            presenting: false,
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
            Mode::Editor | Mode::Actions | Mode::ActionForm | Mode::Conflict => self.assess.ctx(),
            _ => Ctx::Facilitate,
        }
    }

    /// Reads the live state, votes and participants again.
    pub fn refresh(&mut self, services: &mut Services) -> Result<()> {
        self.live = services.store.live_session(&self.live.id)?;
        self.assess.reload(services)?;
        let segment = self.live.plan.segments.get(self.live.agenda.segment);
        self.covered = segment.map_or_else(Vec::new, |s| {
            covered(s, &self.assess.assessment.rubric, &self.live.weakest)
        });
        if let Some(i) = self
            .live
            .indicator
            .as_deref()
            .and_then(|id| self.assess.assessment.rubric.indicator_index(id))
        {
            self.assess.cursor = i;
        }
        self.votes = match &self.live.indicator {
            Some(id) => services.store.votes(&self.live.id, id, self.live.round)?,
            None => Vec::new(),
        };
        self.participants = services.store.participants(&self.live.id)?;
        Ok(())
    }

    /// The tally of the current round (only shown once revealed).
    pub fn tally(&self) -> Tally {
        let rubric = &self.assess.assessment.rubric;
        let choices: Vec<Choice> = self
            .votes
            .iter()
            .filter_map(|v| rubric.parse_choice(&v.level))
            .collect();
        Tally::new(rubric.levels.len(), &choices)
    }

    fn discuss(&mut self, services: &mut Services, indicator: usize) -> Result<()> {
        let id = self
            .assess
            .assessment
            .rubric
            .indicators()
            .nth(indicator)
            .map(|(_, i)| i.id.clone());
        services.store.discuss(&self.live.id, id.as_deref())?;
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
        let mut agenda: Agenda = self.live.agenda;
        let status = match action {
            Action::PauseTimer => {
                agenda.toggle_pause(now);
                Some(
                    if agenda.is_paused() {
                        "Clock paused"
                    } else {
                        "Clock running"
                    }
                    .to_string(),
                )
            }
            Action::Extend => {
                agenda.extend(EXTEND_MINUTES * 60, &plan);
                Some(format!("{EXTEND_MINUTES} more minutes for this segment"))
            }
            Action::Shorten => {
                agenda.extend(-EXTEND_MINUTES * 60, &plan);
                Some(format!("{EXTEND_MINUTES} minutes less for this segment"))
            }
            Action::NextSegment | Action::PrevSegment => {
                let moved = if action == Action::NextSegment {
                    agenda.next(&plan, now)
                } else {
                    agenda.previous(&plan, now)
                };
                if !moved {
                    return Ok(Nav::Status(Status::info(
                        if action == Action::NextSegment {
                            "This is the last segment; q ends the session"
                        } else {
                            "This is the first segment"
                        },
                    )));
                }
                services.store.save_agenda(&self.live, &agenda)?;
                self.refresh(services)?;
                let first = self.covered.first().copied();
                match first {
                    Some(i) => self.discuss(services, i)?,
                    None => {
                        services.store.discuss(&self.live.id, None)?;
                        self.refresh(services)?;
                    }
                }
                let title = plan
                    .segments
                    .get(agenda.segment)
                    .map_or("", |s| s.title.as_str());
                return Ok(Nav::Status(Status::saved(format!("Now: {title}"))));
            }
            Action::NextIndicator | Action::PrevIndicator => {
                if self.covered.is_empty() {
                    return Ok(Nav::Status(Status::info(
                        "This segment has no indicators; > moves to the next segment",
                    )));
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
                if self.live.indicator.is_none() {
                    return Ok(Nav::Status(Status::info("No indicator is up for a vote")));
                }
                if self.live.revealed {
                    return Ok(Nav::Status(Status::info(
                        "The votes are already revealed; R starts a new round",
                    )));
                }
                services.store.reveal(&self.live.id)?;
                self.refresh(services)?;
                return Ok(Nav::Status(Status::info("Votes revealed")));
            }
            Action::Revote => {
                services.store.revote(&self.live.id)?;
                self.refresh(services)?;
                return Ok(Nav::Status(Status::info(format!(
                    "Round {}: everyone votes again",
                    self.live.round
                ))));
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
        if agenda != self.live.agenda {
            services.store.save_agenda(&self.live, &agenda)?;
            self.refresh(services)?;
        }
        Ok(status.map_or(Nav::Stay, |s| Nav::Status(Status::info(s))))
    }

    /// Records the consensus: `choice`, or the suggested median when `None`.
    fn record(&mut self, services: &mut Services, choice: Option<Choice>) -> Result<Nav> {
        let Some(indicator) = self.live.indicator.clone() else {
            return Ok(Nav::Status(Status::info(
                "No indicator is up for a decision",
            )));
        };
        let rubric = self.assess.assessment.rubric.clone();
        if let Some(Choice::Level(l)) = choice
            && l >= rubric.levels.len()
        {
            return Ok(Nav::Status(Status::info(format!(
                "This rubric has {} levels",
                rubric.levels.len()
            ))));
        }
        let tally = self.tally();
        if !self.live.revealed && !self.votes.is_empty() {
            return Ok(Nav::Status(Status::info(
                "Reveal the votes first (v), then record the consensus",
            )));
        }
        let Some(level) = choice.or(tally.suggested) else {
            return Ok(Nav::Status(Status::info(
                "No votes yet: type the level's number to record it",
            )));
        };
        services.store.decide(
            &self.live,
            &self.assess.assessment,
            &indicator,
            level,
            tally.suggested,
            tally.spread,
            tally.votes,
            &format!("{} (consensus)", services.actor),
        )?;
        self.refresh(services)?;
        Ok(Nav::Status(Status::saved(format!(
            "Recorded {indicator}: {} — → next indicator",
            rubric.choice_label(Some(level))
        ))))
    }
}
