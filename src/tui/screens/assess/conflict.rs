//! A save that met someone else's newer change: the screen shows both texts and the
//! user keeps theirs, takes the other, or keeps both. Nothing typed is lost: going
//! back puts the text in the editor again, and quitting (or a dropped connection)
//! while the choice is open keeps both.

use super::{AssessState, Editor, Mode};
use crate::store::{Base, Conflict, Edit, EntryState, Saved};
use crate::text::printable;
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// The three ways out, in the order the screen lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    KeepMine,
    TakeTheirs,
    KeepBoth,
}

pub const RESOLUTIONS: [Resolution; 3] = [
    Resolution::KeepMine,
    Resolution::TakeTheirs,
    Resolution::KeepBoth,
];

/// The conflict being decided.
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictChoice {
    pub indicator: usize,
    pub id: String,
    /// What this user's save set.
    pub mine: Edit,
    /// Who changed it, when, and what is stored now.
    pub theirs: Conflict,
    pub selected: usize,
}

impl ConflictChoice {
    /// Their text with this user's appended under a marked line; evidence items of
    /// this user's that they do not have follow theirs.
    pub fn both(&self, me: &str) -> Edit {
        let now = &self.theirs.now;
        let note = self.mine.note.as_ref().map(|mine| {
            if now.note.is_empty() || mine.is_empty() || now.note == *mine {
                if mine.is_empty() {
                    now.note.clone()
                } else {
                    mine.clone()
                }
            } else {
                let mark = crate::t!("assess-conflict-also-written", name = me);
                format!("{}\n\n--- {mark} ---\n{mine}", now.note)
            }
        });
        let evidence = self.mine.evidence.as_ref().map(|mine| {
            let mut list = now.evidence.clone();
            list.extend(mine.iter().filter(|e| !now.evidence.contains(e)).cloned());
            list
        });
        Edit {
            level: None,
            note,
            evidence,
        }
    }
}

impl AssessState {
    /// Saves an edit of the current indicator's note and evidence as one undoable
    /// step; a newer change by someone else opens the choice instead.
    pub(super) fn save_edit(
        &mut self,
        services: &mut Services,
        edit: Edit,
        base: Base,
    ) -> Option<Status> {
        let id = self.indicator_id();
        let saved =
            services
                .store
                .save_entry(&self.assessment.meta.id, &id, base, &edit, &services.actor);
        let parts = super::parts_words(&edit);
        let status = match saved {
            Ok(Saved::Written {
                version,
                before,
                after,
            }) => {
                self.record(super::UndoStep::new(
                    self.cursor,
                    &id,
                    edit,
                    before,
                    after,
                    version,
                ));
                self.close_conflict();
                self.after_write(services, || {
                    crate::t!("assess-saved-parts", parts = &parts, id = &id)
                })
            }
            Ok(Saved::Unchanged { .. }) => {
                self.close_conflict();
                self.after_write(services, || {
                    crate::t!("assess-unchanged-parts", parts = &parts, id = &id)
                })
            }
            Ok(Saved::Conflict(theirs)) => {
                let message = crate::t!(
                    "assess-conflict-status",
                    name = printable(&theirs.actor),
                    id = &id,
                    time = super::short_time(&theirs.at)
                );
                self.mode = Mode::Conflict(Box::new(ConflictChoice {
                    indicator: self.cursor,
                    id,
                    mine: edit,
                    theirs,
                    selected: 0,
                }));
                if let Err(e) = self.reload(services) {
                    return Some(Status::error(&e));
                }
                Nav::Status(Status::info(message))
            }
            Err(e) => Nav::Status(Status::error(&e)),
        };
        match status {
            Nav::Status(s) => Some(s),
            _ => None,
        }
    }

    fn close_conflict(&mut self) {
        if matches!(self.mode, Mode::Conflict(_)) {
            self.mode = Mode::Indicator;
        }
    }

    pub(super) fn apply_conflict(&mut self, services: &mut Services, action: Action) -> Nav {
        let Mode::Conflict(choice) = &mut self.mode else {
            self.mode = Mode::Indicator;
            return Nav::Stay;
        };
        let resolution = match action {
            Action::Up => {
                choice.selected = choice.selected.saturating_sub(1);
                return Nav::Stay;
            }
            Action::Down => {
                choice.selected = (choice.selected + 1).min(RESOLUTIONS.len() - 1);
                return Nav::Stay;
            }
            Action::Select => RESOLUTIONS[choice.selected],
            Action::KeepMine => Resolution::KeepMine,
            Action::TakeTheirs => Resolution::TakeTheirs,
            Action::KeepBoth => Resolution::KeepBoth,
            Action::Cancel => return self.back_to_editor(),
            _ => return Nav::Stay,
        };
        self.resolve(services, resolution)
            .map_or(Nav::Stay, Nav::Status)
    }

    /// Settles the open conflict as chosen.
    pub fn resolve(&mut self, services: &mut Services, how: Resolution) -> Option<Status> {
        let choice = self.conflict()?.clone();
        self.go_to(choice.indicator);
        let base = Base::Parts(choice.theirs.version);
        match how {
            Resolution::KeepMine => self.save_edit(services, choice.mine, base),
            Resolution::KeepBoth => {
                let both = choice.both(&services.actor);
                self.save_edit(services, both, base)
            }
            Resolution::TakeTheirs => {
                self.close_conflict();
                let _ = self.reload(services);
                Some(Status::info(crate::t!(
                    "assess-conflict-took-theirs",
                    name = printable(&choice.theirs.actor),
                    parts = super::parts_words(&choice.mine),
                    id = &choice.id
                )))
            }
        }
    }

    /// Back to the editor with this user's text, now based on the other change (which
    /// the conflict screen showed): saving it replaces theirs.
    fn back_to_editor(&mut self) -> Nav {
        let Mode::Conflict(choice) = std::mem::replace(&mut self.mode, Mode::Indicator) else {
            return Nav::Stay;
        };
        let now = &choice.theirs.now;
        let note = choice.mine.note.clone().unwrap_or_else(|| now.note.clone());
        let evidence = choice
            .mine
            .evidence
            .clone()
            .unwrap_or_else(|| now.evidence.clone());
        let area = |lines: Vec<String>| {
            let mut area = TextArea::new(if lines.is_empty() {
                vec![String::new()]
            } else {
                lines
            });
            area.set_wrap_mode(WrapMode::Word);
            area.move_cursor(CursorMove::Bottom);
            area.move_cursor(CursorMove::End);
            area
        };
        self.mode = Mode::Editor(Box::new(Editor {
            indicator: choice.indicator,
            base: choice.theirs.version,
            original: EntryState {
                level: None,
                note: now.note.clone(),
                evidence: now.evidence.clone(),
            },
            note: area(note.lines().map(str::to_string).collect()),
            evidence: area(evidence),
            on_evidence: choice.mine.note.is_none(),
            inserts: 0,
        }));
        Nav::Status(Status::info(crate::t!(
            "assess-conflict-back",
            name = printable(&choice.theirs.actor)
        )))
    }

    /// Before quitting (or when the connection drops): an open editor is saved, and
    /// a conflict still open keeps both texts, so nothing typed is lost.
    pub fn keep_typed_text(&mut self, services: &mut Services) -> Option<Status> {
        let mut status = self.save_open_editor(services);
        if self.conflict().is_some() {
            status = self.resolve(services, Resolution::KeepBoth).or(status);
        }
        status
    }
}
