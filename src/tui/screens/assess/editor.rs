//! The note and evidence editor, and the typed and pasted text of every field on the
//! assessment screen (editor, action-step form, review filter).

use super::steps::next_status;
use super::{AssessState, Mode, STEP_FIELDS, StepField};
use crate::store::{Base, Edit, EntryState};
use crate::text::Shape;
use crate::tui::app::{Services, Status};
use crate::tui::input::MAX_TEXT_CHARS;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

#[derive(Debug)]
pub struct Editor {
    /// The indicator being edited (the cursor may move under a session's screen).
    pub indicator: usize,
    /// The version the text was opened at, and the note and evidence then: a save
    /// sets only what differs from them, and only over changes it has seen.
    pub base: i64,
    pub original: EntryState,
    pub note: TextArea<'static>,
    pub evidence: TextArea<'static>,
    pub on_evidence: bool,
    /// Inserts made so far: one per typed key, run of typed keys or paste (each costs
    /// as much as the text is long, so this is what a paste's cost is counted by).
    pub inserts: usize,
}

impl Editor {
    /// The text area in focus.
    fn area(&mut self) -> &mut TextArea<'static> {
        if self.on_evidence {
            &mut self.evidence
        } else {
            &mut self.note
        }
    }

    /// Inserts text at the cursor in one step, up to [`MAX_TEXT_CHARS`] in the field;
    /// returns whether some had to be left out.
    fn insert(&mut self, text: &str) -> bool {
        self.inserts += 1;
        let area = self.area();
        let lines = area.lines();
        let len = lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len() - 1;
        let room = MAX_TEXT_CHARS.saturating_sub(len);
        // The one text policy: what cannot be stored cannot be typed or pasted.
        let text = crate::text::pasted(text, Shape::Text);
        let piece: String = text.chars().take(room).collect();
        let cut = piece.len() < text.len();
        if !piece.is_empty() {
            area.insert_str(piece);
        }
        cut
    }
}

/// Text longer than the editor takes (`evidence`, or else the note).
fn too_long(evidence: bool, chars: usize) -> Status {
    let (chars, max) = (chars.to_string(), MAX_TEXT_CHARS.to_string());
    Status::info(if evidence {
        crate::t!("assess-too-long-evidence", chars = chars, max = max)
    } else {
        crate::t!("assess-too-long-note", chars = chars, max = max)
    })
}

impl AssessState {
    pub fn type_key(&mut self, key: KeyEvent) {
        match &mut self.mode {
            Mode::Editor(editor) => {
                let plain = !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
                // Text goes through the one bounded insert; other keys edit.
                match key.code {
                    KeyCode::Char(c) if plain => {
                        editor.insert(c.encode_utf8(&mut [0; 4]));
                    }
                    KeyCode::Enter if plain => {
                        editor.insert("\n");
                    }
                    _ => {
                        editor.area().input(key);
                    }
                }
            }
            Mode::ActionForm(form) => {
                form.error = None;
                match STEP_FIELDS[form.focus] {
                    StepField::Step => drop(form.step.handle(&key)),
                    StepField::Owner => drop(form.owner.handle(&key)),
                    StepField::Due => drop(form.due.handle(&key)),
                    StepField::Status => {
                        if matches!(
                            key.code,
                            KeyCode::Left | KeyCode::Right | KeyCode::Char(' ')
                        ) {
                            form.status = next_status(form.status);
                        }
                    }
                }
            }
            Mode::Review if self.review_filter.handle(&key) => self.review_refiltered(),
            _ => {}
        }
    }

    /// Text typed or pasted in one piece (see `App::handle_inputs`); a status when some
    /// of it did not fit.
    pub fn insert_text(&mut self, text: &str) -> Option<Status> {
        match &mut self.mode {
            Mode::Editor(editor) => {
                let on_evidence = editor.on_evidence;
                editor.insert(text).then(|| {
                    let max = MAX_TEXT_CHARS.to_string();
                    Status::info(if on_evidence {
                        crate::t!("assess-limit-evidence", max = max)
                    } else {
                        crate::t!("assess-limit-note", max = max)
                    })
                })
            }
            Mode::ActionForm(form) => {
                form.error = None;
                match STEP_FIELDS[form.focus] {
                    StepField::Step => {
                        form.step.insert_str(text);
                    }
                    StepField::Owner => {
                        form.owner.insert_str(text);
                    }
                    StepField::Due => {
                        form.due.insert_str(text);
                    }
                    // The status field reads keys (Space cycles), not text.
                    StepField::Status => {
                        for c in text.chars() {
                            self.type_key(KeyEvent::from(KeyCode::Char(c)));
                        }
                    }
                }
                None
            }
            Mode::Review => {
                if self.review_filter.insert_str(text) {
                    self.review_refiltered();
                }
                None
            }
            _ => None,
        }
    }

    /// Opens the note and evidence editor; a note or evidence too long for it (from an
    /// import or an older version) is refused with a status instead, as editing it
    /// would cost more than it is worth and saving would have to cut it.
    pub(super) fn open_editor(&mut self, on_evidence: bool) -> Option<Status> {
        let entry = &self.assessment.entries[self.cursor];
        let note_chars = entry.note.chars().count();
        if note_chars > MAX_TEXT_CHARS {
            return Some(too_long(false, note_chars));
        }
        let evidence_chars = entry
            .evidence
            .iter()
            .map(|e| e.chars().count() + 1)
            .sum::<usize>();
        if evidence_chars > MAX_TEXT_CHARS {
            return Some(too_long(true, evidence_chars));
        }
        let lines = |text: Vec<String>| {
            if text.is_empty() {
                vec![String::new()]
            } else {
                text
            }
        };
        let mut note = TextArea::new(lines(entry.note.lines().map(str::to_string).collect()));
        note.move_cursor(ratatui_textarea::CursorMove::Bottom);
        note.move_cursor(ratatui_textarea::CursorMove::End);
        let mut evidence = TextArea::new(lines(entry.evidence.clone()));
        // Long notes wrap at words instead of scrolling sideways out of sight.
        note.set_wrap_mode(ratatui_textarea::WrapMode::Word);
        evidence.set_wrap_mode(ratatui_textarea::WrapMode::Word);
        let original = EntryState {
            level: None,
            note: entry.note.clone(),
            evidence: entry.evidence.clone(),
        };
        self.mode = Mode::Editor(Box::new(Editor {
            indicator: self.cursor,
            base: self.seen,
            original,
            note,
            evidence,
            on_evidence,
            inserts: 0,
        }));
        None
    }

    /// Whether the open editor holds text other than what it opened with.
    pub fn editor_changed(&self) -> bool {
        self.editor().is_some_and(|e| {
            e.note.lines().join("\n") != e.original.note
                || e.evidence
                    .lines()
                    .iter()
                    .filter(|l| !l.is_empty())
                    .ne(e.original.evidence.iter())
        })
    }

    /// Closes the editor without saving.
    pub fn discard_editor(&mut self) {
        if let Some(editor) = self.take_editor() {
            self.go_to(editor.indicator);
        }
    }

    /// Closes the open editor (back to the indicator) and hands back what it held.
    pub(super) fn take_editor(&mut self) -> Option<Box<Editor>> {
        if !matches!(self.mode, Mode::Editor(_)) {
            return None;
        }
        match std::mem::replace(&mut self.mode, Mode::Indicator) {
            Mode::Editor(editor) => Some(editor),
            _ => None,
        }
    }

    /// Saves what the editor holds, if anything changed, and closes it.
    /// Text the policy refuses (too long) keeps the editor open with the reason.
    pub fn save_open_editor(&mut self, services: &mut Services) -> Option<Status> {
        let editor = self.editor()?;
        let (note_label, evidence_label) = (
            crate::t!("assess-editor-note-label"),
            crate::t!("assess-editor-evidence-label"),
        );
        let note = crate::text::checked(&editor.note.lines().join("\n"), Shape::Text, &note_label);
        let evidence: Result<Vec<String>, String> = editor
            .evidence
            .lines()
            .iter()
            .map(|l| crate::text::checked(l, Shape::Text, &evidence_label))
            .filter(|l| !l.as_ref().is_ok_and(String::is_empty))
            .collect();
        let (note, evidence) = match (note, evidence) {
            (Ok(note), Ok(evidence)) => (note, evidence),
            (Err(why), _) | (_, Err(why)) => return Some(Status::info(why)),
        };
        let editor = self.take_editor()?;
        self.go_to(editor.indicator);
        let edit = Edit {
            level: None,
            note: (note != editor.original.note).then_some(note),
            evidence: (evidence != editor.original.evidence).then_some(evidence),
        };
        if edit == Edit::default() {
            return Some(Status::info(crate::t!("assess-editor-no-changes")));
        }
        match self.try_save_edit(services, edit, Base::Parts(editor.base)) {
            Ok(status) => status,
            // Submitted meanwhile: nothing was saved, and the text stays in the editor
            // (Esc asks before dropping it; quitting keeps it in a file).
            Err(refused) => {
                self.mode = Mode::Editor(editor);
                Some(Status::info(format!(
                    "{} {}",
                    refused.text,
                    crate::t!("assess-submitted-text-kept")
                )))
            }
        }
    }
}
