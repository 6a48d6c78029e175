//! The assessment: state and actions of the indicator walk, the review list, the
//! summary, action steps and the note/evidence editor. Drawing is in assess_view.rs,
//! review.rs and summary.rs.

use crate::assessment::{Action as Step, Assessment};
use crate::error::Result;
use crate::rubric::Choice;
use crate::score::Score;
use crate::store::{Base, Edit, EntryState, HistoryEntry, Saved};
use crate::text::Shape;
use crate::text::printable;
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status, StatusKind};
use crate::tui::input::MAX_TEXT_CHARS;
use crate::tui::keymap::Ctx;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

mod conflict;
mod steps;
mod undo;
pub use conflict::{ConflictChoice, RESOLUTIONS, Resolution};
use steps::next_status;
pub use steps::{STEP_FIELDS, StepField, StepForm};
use undo::Step as UndoStep;

pub use super::assess_view::draw;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Indicator,
    Review,
    Summary,
    Actions,
    ActionForm,
    Editor,
    /// The indicator in full, for screens too small to show it all.
    Details,
    /// A save met someone else's newer change: keep mine, take theirs, or both.
    Conflict,
    /// Who changed the current indicator, when, from what to what.
    History,
}

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

/// A logged time as "2026-11-29 22:10" (UTC), or as stored when it does not read.
pub fn short_time(at: &str) -> String {
    at.parse::<jiff::Timestamp>()
        .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| printable(at))
}

/// Text longer than the editor takes.
fn too_long(what: &str, chars: usize) -> Status {
    Status::info(format!(
        "This {what} has {chars} characters, more than the editor takes ({MAX_TEXT_CHARS}); change it with touchstone rate --note, or by import"
    ))
}

/// The figures of the same school's previous assessment of this rubric.
pub struct Previous {
    pub date: String,
    pub score: Score,
    /// Standard ids of the previous rubric version, aligned with `score.by_standard`.
    pub standard_ids: Vec<String>,
}

pub struct AssessState {
    pub assessment: Assessment,
    pub score: Score,
    /// Flat index of the current indicator.
    pub cursor: usize,
    /// Level highlighted for arrows + Enter.
    pub highlight: usize,
    pub mode: Mode,
    /// The summary was opened from the home screen; Back returns there.
    pub back_to_home: bool,
    /// Selected indicator in the review list.
    pub review: usize,
    /// `/` in review: only indicators whose id, statement or note contains this.
    pub review_filter: crate::tui::input::LineInput,
    pub review_filtering: bool,
    undo: Vec<UndoStep>,
    redo: Vec<UndoStep>,
    /// The assessment's version when it was last loaded: a rating is based on it.
    seen: i64,
    /// The action plan's version when it was last loaded.
    plan_seen: i64,
    pub editor: Option<Editor>,
    pub conflict: Option<ConflictChoice>,
    /// The current indicator's history while it is shown, newest first.
    pub history: Vec<HistoryEntry>,
    pub history_scroll: u16,
    /// Selected step among the current indicator's steps.
    pub step_selected: usize,
    pub step_form: Option<StepForm>,
    pub previous: Option<Previous>,
    pub details_scroll: u16,
}

impl AssessState {
    /// Opens an assessment at its first unrated indicator.
    pub fn open(services: &mut Services, id: &str, mode: Mode) -> Result<AssessState> {
        // Versions first: whatever the load reads is at least as new.
        let seen = services.store.version(id)?;
        let plan_seen = services.store.plan_version(id)?;
        let assessment = services.store.load_without_sessions(id)?;
        let previous = services.store.previous(&assessment)?.map(|p| Previous {
            date: p.meta.date.to_string(),
            score: p.score(),
            standard_ids: p.rubric.standards.iter().map(|s| s.id.clone()).collect(),
        });
        let score = assessment.score();
        let cursor = assessment
            .entries
            .iter()
            .position(|e| e.choice.is_none())
            .unwrap_or(0);
        let mut state = AssessState {
            assessment,
            score,
            cursor,
            highlight: 0,
            mode,
            back_to_home: mode == Mode::Summary,
            review: cursor,
            review_filter: Default::default(),
            review_filtering: false,
            undo: Vec::new(),
            redo: Vec::new(),
            seen,
            plan_seen,
            editor: None,
            conflict: None,
            history: Vec::new(),
            history_scroll: 0,
            step_selected: 0,
            step_form: None,
            previous,
            details_scroll: 0,
        };
        state.sync_highlight();
        Ok(state)
    }

    pub fn ctx(&self) -> Ctx {
        match self.mode {
            Mode::Indicator => Ctx::Assess,
            Mode::Review if self.review_filtering => Ctx::Filter,
            Mode::Review => Ctx::Review,
            Mode::Summary => Ctx::Summary,
            Mode::Actions => Ctx::Actions,
            Mode::ActionForm => Ctx::ActionForm,
            Mode::Editor => Ctx::Editor,
            Mode::Details => Ctx::Details,
            Mode::Conflict => Ctx::Conflict,
            Mode::History => Ctx::History,
        }
    }

    pub fn indicator_count(&self) -> usize {
        self.assessment.entries.len()
    }

    /// (standard index, index within the standard) of the current indicator.
    pub fn position(&self) -> (usize, usize) {
        let mut left = self.cursor;
        for (s, standard) in self.assessment.rubric.standards.iter().enumerate() {
            if left < standard.indicators.len() {
                return (s, left);
            }
            left -= standard.indicators.len();
        }
        (0, 0)
    }

    /// Flat index of a standard's first indicator.
    fn first_of(&self, standard: usize) -> usize {
        self.assessment.rubric.standards[..standard]
            .iter()
            .map(|s| s.indicators.len())
            .sum()
    }

    pub fn indicator_id(&self) -> String {
        self.assessment
            .rubric
            .indicators()
            .nth(self.cursor)
            .map(|(_, i)| i.id.clone())
            .unwrap_or_default()
    }

    /// Steps of the action plan for the current indicator: (index in the plan, step).
    pub fn current_steps(&self) -> Vec<(usize, &Step)> {
        let id = self.indicator_id();
        self.assessment
            .actions
            .iter()
            .enumerate()
            .filter(|(_, a)| a.indicator == id)
            .collect()
    }

    /// Puts the highlight on the rated level; N/A or no rating leaves it where the
    /// user had it (so `n` does not make it jump to the first level).
    fn sync_highlight(&mut self) {
        let levels = self.assessment.rubric.levels.len();
        if let Some(Choice::Level(l)) = self
            .assessment
            .entries
            .get(self.cursor)
            .and_then(|e| e.choice)
        {
            self.highlight = l;
        }
        self.highlight = self.highlight.min(levels.saturating_sub(1));
    }

    fn go_to(&mut self, indicator: usize) {
        self.cursor = indicator.min(self.indicator_count().saturating_sub(1));
        self.step_selected = 0;
        // Another indicator: its own level, or the first.
        self.highlight = 0;
        self.sync_highlight();
    }

    /// The next unrated indicator after `from`, wrapping around.
    fn next_unrated(&self, from: usize) -> Option<usize> {
        let n = self.indicator_count();
        (1..=n)
            .map(|k| (from + k) % n)
            .find(|&i| self.assessment.entries[i].choice.is_none())
    }

    /// Reloads from the database; returns whether anything shown changed.
    pub fn reload(&mut self, services: &mut Services) -> Result<bool> {
        let id = &self.assessment.meta.id;
        let seen = services.store.version(id)?;
        let plan_seen = services.store.plan_version(id)?;
        let fresh = services.store.load_without_sessions(id)?;
        self.seen = seen;
        self.plan_seen = plan_seen;
        let changed = fresh.entries != self.assessment.entries
            || fresh.actions != self.assessment.actions
            || fresh.meta != self.assessment.meta;
        self.score = fresh.score();
        self.assessment = fresh;
        match self.mode {
            Mode::Indicator => self.sync_highlight(),
            // An open history follows new changes too.
            Mode::History => {
                let indicator = self.indicator_id();
                let mut history = services
                    .store
                    .indicator_history(&self.assessment.meta.id, &indicator)?;
                history.reverse();
                self.history = history;
            }
            _ => {}
        }
        Ok(changed)
    }

    pub fn type_key(&mut self, key: KeyEvent) {
        match self.mode {
            Mode::Editor => {
                if let Some(editor) = &mut self.editor {
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
            }
            Mode::ActionForm => {
                if let Some(form) = &mut self.step_form {
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
            }
            Mode::Review if self.review_filter.handle(&key) => self.review_refiltered(),
            _ => {}
        }
    }

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
    fn review_refiltered(&mut self) {
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

    /// Text typed or pasted in one piece (see `App::handle_inputs`); a status when some
    /// of it did not fit.
    pub fn insert_text(&mut self, text: &str) -> Option<Status> {
        match self.mode {
            Mode::Editor => {
                let editor = self.editor.as_mut()?;
                let what = if editor.on_evidence {
                    "evidence"
                } else {
                    "note"
                };
                editor.insert(text).then(|| {
                    Status::info(format!(
                        "The {what} is at its limit of {MAX_TEXT_CHARS} characters; the rest was left out"
                    ))
                })
            }
            Mode::ActionForm => {
                let form = self.step_form.as_mut()?;
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

    pub fn apply(&mut self, services: &mut Services, action: Action) -> Nav {
        // A submitted assessment is read-only until reopened.
        if self.assessment.meta.status == crate::assessment::Status::Final
            && writes(self.mode, action)
        {
            return Nav::Status(Status::info(
                "This assessment is submitted, so it is read-only; O on the summary (s) reopens it",
            ));
        }
        match self.mode {
            Mode::Indicator => self.apply_indicator(services, action),
            Mode::Review => self.apply_review(action),
            Mode::Summary => self.apply_summary(services, action),
            Mode::Details => {
                match action {
                    Action::Up => self.details_scroll = self.details_scroll.saturating_sub(1),
                    Action::Down => {
                        self.details_scroll = self.details_scroll.saturating_add(1).min(200)
                    }
                    Action::Back => self.mode = Mode::Indicator,
                    _ => {}
                }
                Nav::Stay
            }
            Mode::Conflict => self.apply_conflict(services, action),
            Mode::History => {
                match action {
                    Action::Up => self.history_scroll = self.history_scroll.saturating_sub(1),
                    Action::Down => {
                        let most = self.history.len().saturating_mul(4).min(u16::MAX.into());
                        self.history_scroll = (self.history_scroll + 1).min(most as u16)
                    }
                    Action::Back => self.mode = Mode::Indicator,
                    _ => {}
                }
                Nav::Stay
            }
            Mode::Actions => self.apply_actions(services, action),
            Mode::ActionForm => self.apply_step_form(services, action),
            Mode::Editor => match action {
                Action::Confirm => self
                    .save_open_editor(services)
                    .map_or(Nav::Stay, Nav::Status),
                // Esc cancels, as everywhere; typed text is only dropped once confirmed.
                Action::Cancel if self.editor_changed() => {
                    Nav::Overlay(crate::tui::app::Overlay::ConfirmDiscard)
                }
                Action::Cancel => {
                    self.discard_editor();
                    Nav::Status(Status::info("Closed; nothing changed"))
                }
                Action::NextField => {
                    if let Some(editor) = &mut self.editor {
                        editor.on_evidence = !editor.on_evidence;
                    }
                    Nav::Stay
                }
                _ => Nav::Stay,
            },
        }
    }

    fn apply_indicator(&mut self, services: &mut Services, action: Action) -> Nav {
        let levels = self.assessment.rubric.levels.len();
        match action {
            Action::Rate(level) if level < levels => {
                return self.set_choice(services, Some(Choice::Level(level)));
            }
            Action::Rate(_) => {
                return Nav::Status(Status::info(format!(
                    "This rubric has {levels} levels: 1-{levels}, or n for N/A"
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
                    return Nav::Status(Status::info(
                        "Every indicator is rated — press s for the summary",
                    ));
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
                return Nav::Overlay(super::sessions::chooser(services, &self.assessment.meta.id));
            }
            Action::OpenPrerating => {
                let mut overlay = super::sessions::chooser(services, &self.assessment.meta.id);
                if let crate::tui::app::Overlay::ChoosePlan { prerate, .. } = &mut overlay {
                    *prerate = true;
                }
                return Nav::Overlay(overlay);
            }
            Action::Details => {
                self.details_scroll = 0;
                self.mode = Mode::Details;
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
            return Nav::Status(Status::info(format!(
                "{id} is already {}",
                crate::rubric::shown(&self.assessment.rubric).choice_label(choice)
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
                    Some(_) => " — Tab: next unrated, →: next",
                    None => " — every indicator is rated; s: summary",
                };
                Nav::Status(Status::saved(format!("Saved {id}: {label}{hint}")))
            }
            Ok(Saved::Unchanged { .. }) => {
                self.after_write(services, || format!("{id} is unchanged"))
            }
            Ok(Saved::Conflict(c)) => {
                let label = self.level_label(c.now.level.as_deref());
                let nav = self.after_write(services, String::new);
                if let Nav::Status(s) = nav
                    && s.kind == StatusKind::Error
                {
                    return Nav::Status(s);
                }
                Nav::Status(Status::info(format!(
                    "Not saved: {} rated {id} {label} at {} — it shows now; rate again to change it",
                    printable(&c.actor),
                    short_time(&c.at)
                )))
            }
            Err(e) => Nav::Status(Status::error(&e)),
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

    /// Reloads after a write; a failed reload is reported (the write itself stands).
    fn after_write(&mut self, services: &mut Services, message: impl FnOnce() -> String) -> Nav {
        match self.reload(services) {
            Ok(_) => Nav::Status(Status::saved(message())),
            Err(e) => Nav::Status(Status::error(&e)),
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
                self.history = history;
                self.history_scroll = 0;
                self.mode = Mode::History;
                Nav::Stay
            }
            Err(e) => Nav::Status(Status::error(&e)),
        }
    }

    /// Opens the note and evidence editor; a note or evidence too long for it (from an
    /// import or an older version) is refused with a status instead, as editing it
    /// would cost more than it is worth and saving would have to cut it.
    fn open_editor(&mut self, on_evidence: bool) -> Option<Status> {
        let entry = &self.assessment.entries[self.cursor];
        let note_chars = entry.note.chars().count();
        if note_chars > MAX_TEXT_CHARS {
            return Some(too_long("note", note_chars));
        }
        let evidence_chars = entry
            .evidence
            .iter()
            .map(|e| e.chars().count() + 1)
            .sum::<usize>();
        if evidence_chars > MAX_TEXT_CHARS {
            return Some(too_long("evidence", evidence_chars));
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
        self.editor = Some(Editor {
            indicator: self.cursor,
            base: self.seen,
            original,
            note,
            evidence,
            on_evidence,
            inserts: 0,
        });
        self.mode = Mode::Editor;
        None
    }

    /// Whether the open editor holds text other than what it opened with.
    pub fn editor_changed(&self) -> bool {
        self.editor.as_ref().is_some_and(|e| {
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
        if let Some(editor) = self.editor.take() {
            self.mode = Mode::Indicator;
            self.go_to(editor.indicator);
        }
    }

    /// Saves what the editor holds, if anything changed, and closes it.
    /// Text the policy refuses (too long) keeps the editor open with the reason.
    pub fn save_open_editor(&mut self, services: &mut Services) -> Option<Status> {
        let editor = self.editor.as_ref()?;
        let note = crate::text::checked(&editor.note.lines().join("\n"), Shape::Text, "The note");
        let evidence: Result<Vec<String>, String> = editor
            .evidence
            .lines()
            .iter()
            .map(|l| crate::text::checked(l, Shape::Text, "Evidence"))
            .filter(|l| !l.as_ref().is_ok_and(String::is_empty))
            .collect();
        let (note, evidence) = match (note, evidence) {
            (Ok(note), Ok(evidence)) => (note, evidence),
            (Err(why), _) | (_, Err(why)) => return Some(Status::info(why)),
        };
        let editor = self.editor.take()?;
        self.mode = Mode::Indicator;
        self.go_to(editor.indicator);
        let edit = Edit {
            level: None,
            note: (note != editor.original.note).then_some(note),
            evidence: (evidence != editor.original.evidence).then_some(evidence),
        };
        if edit == Edit::default() {
            return Some(Status::info("No changes to the note or evidence"));
        }
        self.save_edit(services, edit, Base::Parts(editor.base))
    }

    fn apply_review(&mut self, action: Action) -> Nav {
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
                None => return Nav::Status(Status::info("Every indicator is rated")),
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

    fn apply_summary(&mut self, services: &mut Services, action: Action) -> Nav {
        match action {
            Action::SubmitAssessment => {
                if self.assessment.meta.status == crate::assessment::Status::Final {
                    return Nav::Status(Status::info("Already submitted; O reopens it"));
                }
                let unrated = self.assessment.unrated_ids();
                return Nav::Overlay(crate::tui::app::Overlay::ConfirmSubmit {
                    id: self.assessment.meta.id.clone(),
                    unrated,
                });
            }
            Action::Reopen => {
                if self.assessment.meta.status != crate::assessment::Status::Final {
                    return Nav::Status(Status::info("This is a draft already: S submits it"));
                }
                let actor = services.actor.clone();
                let result = services
                    .store
                    .reopen(&self.assessment.meta.id, &actor)
                    .and_then(|_| self.reload(services));
                return match result {
                    Ok(_) => Nav::Status(Status::saved(
                        "Reopened: a draft again, not counted until submitted",
                    )),
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

/// Whether `action` in `mode` would change the assessment (refused once submitted).
fn writes(mode: Mode, action: Action) -> bool {
    match mode {
        Mode::Indicator => matches!(
            action,
            Action::Rate(_)
                | Action::Select
                | Action::NotApplicable
                | Action::ClearRating
                | Action::EditNote
                | Action::EditEvidence
                | Action::Undo
                | Action::Redo
                | Action::StartSession
                | Action::OpenPrerating
        ),
        Mode::Actions => matches!(
            action,
            Action::AddAction | Action::Select | Action::CycleStatus | Action::RemoveAction
        ),
        _ => false,
    }
}
