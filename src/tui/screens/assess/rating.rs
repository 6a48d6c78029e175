//! Rating the current indicator, and the keys of the indicator view: moving between
//! indicators and standards, opening the editor, the steps, the history, a session.

use super::{AssessState, Mode, UndoStep, short_time};
use crate::rubric::Choice;
use crate::store::{Base, Edit, Saved};
use crate::text::printable;
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status, StatusKind};
use crate::tui::keymap::Ctx;

impl AssessState {
    pub(super) fn apply_indicator(&mut self, services: &mut Services, action: Action) -> Nav {
        let levels = self.assessment.rubric.levels.len();
        match action {
            Action::Rate(level) if level < levels => {
                return self.set_choice(services, Some(Choice::Level(level)));
            }
            Action::Rate(_) => {
                return Nav::Status(Status::info(crate::t!(
                    "assess-rate-levels",
                    levels = levels,
                    key = services.keys.key_name(Ctx::Assess, Action::NotApplicable)
                )));
            }
            Action::Select => {
                return self.set_choice(services, Some(Choice::Level(self.highlight)));
            }
            Action::NotApplicable => return self.set_choice(services, Some(Choice::NotApplicable)),
            Action::ClearRating => return self.set_choice(services, None),
            Action::Up => self.highlight = self.highlight.saturating_sub(1),
            Action::Down => self.highlight = (self.highlight + 1).min(levels.saturating_sub(1)),
            Action::NextIndicator => self.go_to((self.cursor + 1) % self.indicator_count().max(1)),
            Action::PrevIndicator => {
                let n = self.indicator_count().max(1);
                self.go_to((self.cursor + n - 1) % n);
            }
            Action::NextStandard | Action::PrevStandard => {
                let count = self.assessment.rubric.standards.len();
                let (s, _) = self.position();
                let target = if action == Action::NextStandard {
                    (s + 1) % count
                } else {
                    (s + count - 1) % count
                };
                self.go_to(self.first_of(target));
            }
            Action::NextUnrated => match self.next_unrated(self.cursor) {
                Some(i) => self.go_to(i),
                None => {
                    let key = services.keys.key_name(Ctx::Assess, Action::Summary);
                    return Nav::Status(Status::info(crate::t!(
                        "assess-all-rated-summary",
                        key = key
                    )));
                }
            },
            Action::EditNote | Action::EditEvidence => {
                if let Some(status) = self.open_editor(action == Action::EditEvidence) {
                    return Nav::Status(status);
                }
            }
            Action::Actions => {
                self.mode = Mode::Actions;
                self.step_selected = 0;
            }
            Action::Undo => return self.undo(services),
            Action::Redo => return self.redo(services),
            Action::History => return self.open_history(services),
            Action::StartSession => {
                return Nav::Overlay(crate::tui::screens::sessions::chooser(
                    services,
                    &self.assessment.meta.id,
                ));
            }
            Action::OpenPrerating => {
                let mut overlay =
                    crate::tui::screens::sessions::chooser(services, &self.assessment.meta.id);
                if let crate::tui::app::Overlay::ChoosePlan { prerate, .. } = &mut overlay {
                    *prerate = true;
                }
                return Nav::Overlay(overlay);
            }
            Action::Details => {
                self.mode = Mode::Details { scroll: 0 };
            }
            Action::Review => {
                self.review = self.cursor;
                self.mode = Mode::Review;
            }
            Action::Summary => {
                self.back_to_home = false;
                self.mode = Mode::Summary;
            }
            Action::Back => return Nav::Home(None),
            _ => {}
        }
        Nav::Stay
    }

    /// Records a rating (committed before the screen shows it) and remembers the
    /// change for undo. Based on what the screen showed: a newer rating by someone
    /// else is not overwritten.
    fn set_choice(&mut self, services: &mut Services, choice: Option<Choice>) -> Nav {
        let id = self.indicator_id();
        let before = self.assessment.entries[self.cursor].clone();
        if before.choice == choice {
            return Nav::Status(Status::info(crate::t!(
                "assess-already",
                id = &id,
                level = crate::rubric::shown(&self.assessment.rubric).choice_label(choice)
            )));
        }
        let edit = Edit {
            level: Some(choice.map(|c| self.assessment.rubric.choice_key(c).to_string())),
            ..Edit::default()
        };
        let saved = services.store.save_entry(
            &self.assessment.meta.id,
            &id,
            Base::Parts(self.seen),
            &edit,
            &services.actor,
        );
        match saved {
            Ok(Saved::Written {
                version,
                before,
                after,
            }) => {
                self.record(UndoStep::new(
                    self.cursor,
                    &id,
                    edit,
                    before,
                    after,
                    version,
                ));
                if let Err(e) = self.reload(services) {
                    return Nav::Status(Status::error(&e));
                }
                let label = crate::rubric::shown(&self.assessment.rubric)
                    .choice_label(choice)
                    .to_string();
                let hint = match self.next_unrated(self.cursor) {
                    Some(_) => crate::t!("assess-saved-hint-next"),
                    None => crate::t!(
                        "assess-saved-hint-done",
                        key = services.keys.key_name(Ctx::Assess, Action::Summary)
                    ),
                };
                Nav::Status(Status::saved(crate::t!(
                    "assess-saved-rating",
                    id = &id,
                    level = label,
                    hint = hint
                )))
            }
            Ok(Saved::Unchanged { .. }) => {
                self.after_write(services, || crate::t!("assess-unchanged", id = &id))
            }
            Ok(Saved::Conflict(c)) => {
                let label = self.level_label(c.now.level.as_deref());
                let nav = self.after_write(services, String::new);
                if let Nav::Status(s) = nav
                    && s.kind == StatusKind::Error
                {
                    return Nav::Status(s);
                }
                Nav::Status(Status::info(crate::t!(
                    "assess-rating-conflict",
                    name = printable(&c.actor),
                    id = &id,
                    level = label,
                    time = short_time(&c.at)
                )))
            }
            Err(e) => Nav::Status(self.write_failed(services, &e)),
        }
    }

    /// How a stored level key reads in this rubric.
    pub fn level_label(&self, key: Option<&str>) -> String {
        let rubric = &crate::rubric::shown(&self.assessment.rubric);
        let choice = key.and_then(|k| rubric.parse_choice(k));
        match (key, choice) {
            (Some(k), None) => k.to_string(),
            _ => rubric.choice_label(choice).to_string(),
        }
    }

    fn open_history(&mut self, services: &mut Services) -> Nav {
        let id = self.indicator_id();
        match services
            .store
            .indicator_history(&self.assessment.meta.id, &id)
        {
            Ok(mut history) => {
                history.reverse();
                self.mode = Mode::History {
                    entries: history,
                    scroll: 0,
                };
                Nav::Stay
            }
            Err(e) => Nav::Status(Status::error(&e)),
        }
    }
}
