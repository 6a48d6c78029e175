//! A save that met someone else's newer change: the screen shows both texts and the
//! user keeps theirs, takes the other, or keeps both. Nothing typed is lost: going
//! back puts the text in the editor again, and quitting (or a dropped connection)
//! while the choice is open keeps both.

use super::{AssessState, Editor, Mode};
use crate::store::{Base, Conflict, Edit, EntryState, Saved};
use crate::text::printable;
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status};
use crate::tui::input::MAX_TEXT_CHARS;
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
        self.try_save_edit(services, edit, base)
            .unwrap_or_else(Some)
    }

    /// [`save_edit`](Self::save_edit), with a refusal because the assessment was
    /// submitted meanwhile apart (`Err`, saying so): nothing was saved and the mode is
    /// as it was, so the caller keeps what was typed.
    pub(super) fn try_save_edit(
        &mut self,
        services: &mut Services,
        edit: Edit,
        base: Base,
    ) -> Result<Option<Status>, Status> {
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
                    return Ok(Some(Status::error(&e)));
                }
                Nav::Status(Status::info(message))
            }
            Err(crate::error::Error::Submitted(submitted)) => {
                return Err(self.submitted_meanwhile(services, &submitted));
            }
            Err(e) => Nav::Status(self.write_failed(services, &e)),
        };
        Ok(match status {
            Nav::Status(s) => Some(s),
            _ => None,
        })
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
    /// a conflict still open keeps both texts, so nothing typed is lost. What the
    /// database will not take — both notes together past the limit (the stored note
    /// then keeps as much of this user's as fits), or an assessment submitted under
    /// the editor — is written whole to a file beside the database
    /// ([`crate::tui::recovery`]); the returned [`Kept::file`] names it.
    pub fn keep_typed_text(&mut self, services: &mut Services) -> Kept {
        let mut kept = Kept {
            status: self.save_open_editor(services),
            file: None,
        };
        if let Some(editor) = self.take_editor() {
            // The save was refused (submitted meanwhile): the editor is still open.
            let note = editor.note.lines().join("\n");
            let evidence = editor.evidence.lines().to_vec();
            self.go_to(editor.indicator);
            let id = self.indicator_id();
            kept.recover(services, &self.assessment.meta.id, &id, &note, &evidence);
        }
        if let Some(choice) = self.conflict().cloned() {
            let both = choice.both(&services.actor);
            let mine_note = choice.mine.note.clone().unwrap_or_default();
            let fits = |edit: &Edit| {
                edit.note
                    .as_ref()
                    .is_none_or(|n| n.chars().count() <= MAX_TEXT_CHARS)
            };
            let mut stored = both.clone();
            if !fits(&both) {
                // Theirs stays whole; as much of this user's note follows as fits.
                stored.note = both.note.as_ref().map(|n| {
                    n.chars()
                        .take(MAX_TEXT_CHARS)
                        .collect::<String>()
                        .trim_end()
                        .to_string()
                });
            }
            self.go_to(choice.indicator);
            let base = Base::Parts(choice.theirs.version);
            if let Some(status) = self.save_edit(services, stored, base) {
                kept.status = Some(status);
            }
            if !fits(&both) || self.conflict().is_some() {
                let evidence = choice.mine.evidence.clone().unwrap_or_default();
                kept.recover(
                    services,
                    &self.assessment.meta.id,
                    &choice.id,
                    &mine_note,
                    &evidence,
                );
                self.close_conflict();
            }
        }
        kept
    }
}

/// What quitting did with the text typed: what to say, and the file that keeps what
/// the database would not take.
#[derive(Debug, Default)]
pub struct Kept {
    pub status: Option<Status>,
    pub file: Option<std::path::PathBuf>,
}

impl Kept {
    /// Writes this user's note and evidence to a recovery file and says where.
    fn recover(
        &mut self,
        services: &Services,
        assessment: &str,
        indicator: &str,
        note: &str,
        evidence: &[String],
    ) {
        let mut text = crate::t!(
            "assess-recovered-heading",
            id = indicator,
            assessment = assessment,
            name = &services.actor
        );
        text.push_str("\n\n");
        text.push_str(note);
        let evidence: Vec<&String> = evidence.iter().filter(|e| !e.is_empty()).collect();
        if !evidence.is_empty() {
            text.push_str("\n\n");
            text.push_str(&crate::t!("assess-recovered-evidence"));
            for item in evidence {
                text.push('\n');
                text.push_str(item);
            }
        }
        text.push('\n');
        match crate::tui::recovery::keep(services.store.path(), assessment, indicator, &text) {
            Ok(path) => {
                self.status = Some(Status::info(crate::t!(
                    "assess-recovered",
                    id = indicator,
                    path = path.display().to_string()
                )));
                self.file = Some(path);
            }
            Err(e) => {
                self.status = Some(Status {
                    text: crate::t!(
                        "assess-not-recovered",
                        id = indicator,
                        error = e.to_string()
                    ),
                    kind: crate::tui::app::StatusKind::Error,
                });
            }
        }
    }
}
