//! Undo and redo of the user's own changes on this screen, each exactly as it was made
//! (a rating, or a note and evidence saved together). Each puts back one logged change
//! and is refused when anything about that indicator changed after it.

use super::{AssessState, Mode};
use crate::store::{Base, Edit, EntryState, Saved};
use crate::text::printable;
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status, StatusKind};
use crate::tui::keymap::Ctx;

/// One change this screen made.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    indicator: usize,
    id: String,
    /// The parts the change set.
    edit: Edit,
    before: EntryState,
    after: EntryState,
    /// The indicator's version right after the change (or its undo).
    version: i64,
}

impl Step {
    pub fn new(
        indicator: usize,
        id: &str,
        edit: Edit,
        before: EntryState,
        after: EntryState,
        version: i64,
    ) -> Step {
        Step {
            indicator,
            id: id.to_string(),
            edit,
            before,
            after,
            version,
        }
    }
}

impl AssessState {
    /// A new change of the user's own: undoable, and nothing left to redo.
    pub(super) fn record(&mut self, step: Step) {
        self.undo.push(step);
        self.redo.clear();
    }

    pub(super) fn undo(&mut self, services: &mut Services) -> Nav {
        self.replay(services, true)
    }

    pub(super) fn redo(&mut self, services: &mut Services) -> Nav {
        self.replay(services, false)
    }

    /// Puts back the state before (undo) or after (redo) the last step.
    fn replay(&mut self, services: &mut Services, undo: bool) -> Nav {
        let popped = if undo {
            self.undo.pop()
        } else {
            self.redo.pop()
        };
        let Some(step) = popped else {
            return Nav::Status(Status::info(if undo {
                crate::t!("assess-undo-nothing")
            } else {
                crate::t!("assess-redo-nothing")
            }));
        };
        self.mode = Mode::Indicator;
        self.go_to(step.indicator);
        let target = if undo { &step.before } else { &step.after };
        let edit = step.edit.from_state(target);
        let saved = services.store.save_entry(
            &self.assessment.meta.id,
            &step.id,
            Base::Indicator(step.version),
            &edit,
            &services.actor,
        );
        let what = match (
            &step.edit.level,
            step.edit.note.is_some() || step.edit.evidence.is_some(),
        ) {
            (Some(_), false) => crate::t!(
                "assess-undo-rating",
                id = &step.id,
                level = self.level_label(target.level.as_deref())
            ),
            _ => crate::t!(
                "assess-undo-parts",
                parts = super::parts_words(&step.edit),
                id = &step.id
            ),
        };
        let version = match saved {
            Ok(Saved::Written { version, .. } | Saved::Unchanged { version }) => version,
            Ok(Saved::Conflict(c)) => {
                let id = step.id.clone();
                if undo {
                    self.undo.push(step);
                } else {
                    self.redo.push(step);
                }
                let _ = self.reload(services);
                return Nav::Status(Status {
                    text: {
                        let (name, time) = (printable(&c.actor), super::short_time(&c.at));
                        let key = services.keys.key_name(Ctx::Assess, Action::History);
                        if undo {
                            crate::t!(
                                "assess-undo-refused",
                                name = name,
                                id = &id,
                                time = time,
                                key = key
                            )
                        } else {
                            crate::t!(
                                "assess-redo-refused",
                                name = name,
                                id = &id,
                                time = time,
                                key = key
                            )
                        }
                    },
                    kind: StatusKind::Error,
                });
            }
            Err(e) => {
                if undo {
                    self.undo.push(step);
                } else {
                    self.redo.push(step);
                }
                return Nav::Status(self.write_failed(services, &e));
            }
        };
        // The next step of this indicator on the same stack now meets the indicator
        // as it left it: its version is this one.
        let rest = if undo { &mut self.undo } else { &mut self.redo };
        if let Some(next) = rest.iter_mut().rev().find(|s| s.id == step.id) {
            next.version = version;
        }
        let step = Step { version, ..step };
        if undo {
            self.redo.push(step);
        } else {
            self.undo.push(step);
        }
        let nav = self.after_write(services, || {
            if undo {
                crate::t!("assess-undone", what = what)
            } else {
                crate::t!("assess-redone", what = what)
            }
        });
        self.sync_highlight();
        nav
    }
}
