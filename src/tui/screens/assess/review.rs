//! The review list and the summary: the review filter, moving through them, and what
//! their keys do. Drawing is in screens/review.rs and screens/summary.rs.

use super::{AssessState, Mode};
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status};
use crate::tui::keymap::Ctx;

impl AssessState {
    /// Whether the review filter lets indicator `flat` through (any case).
    pub fn review_shows(&self, flat: usize) -> bool {
        let needle = self.review_filter.text().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let entry = &self.assessment.entries[flat];
        let (id, statement) = self
            .assessment
            .rubric
            .indicators()
            .nth(flat)
            .map(|(_, i)| (i.id.to_lowercase(), i.text.to_lowercase()))
            .unwrap_or_default();
        id.contains(&needle)
            || statement.contains(&needle)
            || entry.note.to_lowercase().contains(&needle)
    }

    /// After the review filter changed: the selection moves to a shown indicator.
    pub(super) fn review_refiltered(&mut self) {
        if !self.review_shows(self.review) {
            let n = self.indicator_count();
            if let Some(i) = (0..n).find(|&i| self.review_shows(i)) {
                self.review = i;
            }
        }
    }

    /// The shown indicator `steps` rows below (or above) the selection in review.
    fn review_step(&self, steps: usize, down: bool) -> usize {
        let n = self.indicator_count();
        let mut at = self.review;
        let mut left = steps;
        let mut i = at;
        while left > 0 {
            i = match (down, i) {
                (true, i) if i + 1 < n => i + 1,
                (false, i) if i > 0 => i - 1,
                _ => break,
            };
            if self.review_shows(i) {
                at = i;
                left -= 1;
            }
        }
        at
    }
    pub(super) fn apply_review(&mut self, action: Action) -> Nav {
        match action {
            Action::Up => self.review = self.review_step(1, false),
            Action::Down => self.review = self.review_step(1, true),
            Action::PageUp => self.review = self.review_step(10, false),
            Action::PageDown => self.review = self.review_step(10, true),
            Action::Filter => self.review_filtering = true,
            Action::Submit => self.review_filtering = false,
            Action::Cancel => {
                self.review_filtering = false;
                self.review_filter.set("");
            }
            Action::NextUnrated => match self.next_unrated(self.review) {
                Some(i) => self.review = i,
                None => return Nav::Status(Status::info(crate::t!("assess-all-rated"))),
            },
            Action::Select => {
                self.go_to(self.review);
                self.mode = Mode::Indicator;
            }
            Action::Summary => {
                self.back_to_home = false;
                self.mode = Mode::Summary;
            }
            Action::Back => self.mode = Mode::Indicator,
            _ => {}
        }
        Nav::Stay
    }

    pub(super) fn apply_summary(&mut self, services: &mut Services, action: Action) -> Nav {
        match action {
            // The school's outcome figures (whatever the assessment's status: they
            // belong to the school, not to this assessment).
            Action::Outcomes => {
                return Nav::Outcomes {
                    assessment_id: self.assessment.meta.id.clone(),
                    back: crate::tui::screens::outcomes::Back::Summary(
                        self.assessment.meta.id.clone(),
                    ),
                };
            }
            Action::SubmitAssessment => {
                if self.assessment.meta.status == crate::assessment::Status::Final {
                    let key = services.keys.key_name(Ctx::Summary, Action::Reopen);
                    return Nav::Status(Status::info(crate::t!(
                        "assess-already-submitted",
                        key = key
                    )));
                }
                let unrated = self.assessment.unrated_ids();
                return Nav::Overlay(crate::tui::app::Overlay::ConfirmSubmit {
                    id: self.assessment.meta.id.clone(),
                    unrated,
                });
            }
            Action::Reopen => {
                if self.assessment.meta.status != crate::assessment::Status::Final {
                    let key = services
                        .keys
                        .key_name(Ctx::Summary, Action::SubmitAssessment);
                    return Nav::Status(Status::info(crate::t!("assess-already-draft", key = key)));
                }
                let actor = services.actor.clone();
                let result = services
                    .store
                    .reopen(&self.assessment.meta.id, &actor)
                    .and_then(|_| self.reload(services));
                return match result {
                    Ok(_) => Nav::Status(Status::saved(crate::t!("assess-reopened"))),
                    Err(e) => Nav::Status(Status::error(&e)),
                };
            }
            Action::Review => {
                self.review = self.cursor;
                self.mode = Mode::Review;
            }
            Action::Select => {
                let start = self
                    .cursor
                    .checked_sub(1)
                    .unwrap_or(self.indicator_count().saturating_sub(1));
                if let Some(i) = self.next_unrated(start) {
                    self.go_to(i);
                }
                self.mode = Mode::Indicator;
            }
            Action::Back if self.back_to_home => return Nav::Home(None),
            Action::Back => self.mode = Mode::Indicator,
            _ => {}
        }
        Nav::Stay
    }
}

impl AssessState {
    /// Performs what a dialog this screen opened was confirmed for.
    pub fn perform(
        &mut self,
        services: &mut Services,
        act: crate::tui::app::AssessConfirmed,
    ) -> Nav {
        use crate::tui::app::AssessConfirmed;
        use crate::tui::screens::{facilitate::FacilitateState, sessions};
        match act {
            AssessConfirmed::Submit { id } => {
                let actor = services.actor.clone();
                let status = match services.store.submit(&id, &[], &actor) {
                    Ok(()) => Status::saved(crate::t!(
                        "common-submitted",
                        key = services.keys.key_name(Ctx::Summary, Action::Reopen)
                    )),
                    Err(e) => Status::error(&e),
                };
                match self.reload(services) {
                    Ok(_) => Nav::Status(status),
                    Err(e) => Nav::Status(Status::error(&e)),
                }
            }
            AssessConfirmed::DiscardNote => {
                self.discard_editor();
                Nav::Status(Status::info(crate::t!("common-closed-unsaved")))
            }
            AssessConfirmed::OpenPrerating {
                assessment_id,
                plan_id,
            } => Nav::Status(
                match sessions::open_prerating(services, &assessment_id, &plan_id) {
                    Ok(code) => Status::saved(crate::t!("common-prerating-open", code = code)),
                    Err(e) => Status::error(&e),
                },
            ),
            AssessConfirmed::StartSession {
                assessment_id,
                plan_id,
            } => {
                let opened = sessions::start(services, &assessment_id, &plan_id)
                    .and_then(|session_id| FacilitateState::open(services, &session_id));
                match opened {
                    Ok(state) => {
                        let status = Status::saved(crate::t!(
                            "common-session-started",
                            code = state.live.code.clone()
                        ));
                        Nav::Facilitate(Box::new(state), status)
                    }
                    Err(e) => Nav::Status(Status::error(&e)),
                }
            }
        }
    }
}
