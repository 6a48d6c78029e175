//! The assessment: state and actions of the indicator walk, the review list, the
//! summary, action steps and the note/evidence editor. Drawing is in view.rs,
//! review.rs and summary.rs.

use crate::assessment::{Action as Step, Assessment};
use crate::error::Result;
use crate::rubric::Choice;
use crate::score::Score;
use crate::store::HistoryEntry;
use crate::text::printable;
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status};
use crate::tui::keymap::Ctx;

mod conflict;
mod editor;
pub(super) mod edits_view;
mod panels_view;
mod rating;
mod review;
mod steps;
mod undo;
pub(super) mod view;
pub use conflict::{ConflictChoice, RESOLUTIONS, Resolution};
pub use editor::Editor;
pub use steps::{STEP_FIELDS, StepField, StepForm};
use undo::Step as UndoStep;

pub use view::draw;

/// Where the assessment screen is. A mode carries what only it uses (the editor's
/// text, the conflict being decided, the history shown), so none of it can be left
/// behind in another mode.
#[derive(Debug)]
pub enum Mode {
    Indicator,
    Review,
    Summary,
    Actions,
    /// Adding or editing an action step.
    ActionForm(Box<StepForm>),
    /// The note and evidence editor.
    Editor(Box<Editor>),
    /// The indicator in full, for screens too small to show it all.
    Details {
        scroll: u16,
    },
    /// A save met someone else's newer change: keep mine, take theirs, or both.
    Conflict(Box<ConflictChoice>),
    /// Who changed the current indicator, when, from what to what.
    History {
        /// Newest first.
        entries: Vec<HistoryEntry>,
        scroll: u16,
    },
}

/// A logged time as "2026-11-29 22:10" (UTC), or as stored when it does not read.
pub fn short_time(at: &str) -> String {
    at.parse::<jiff::Timestamp>()
        .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| printable(at))
}

/// The parts an edit sets, in words: "note", "note and evidence" (as
/// `Edit::parts`, in the reader's language).
pub fn parts_words(edit: &crate::store::Edit) -> String {
    let names: Vec<String> = [
        (edit.level.is_some(), "rating"),
        (edit.note.is_some(), "note"),
        (edit.evidence.is_some(), "evidence"),
    ]
    .into_iter()
    .filter(|(set, _)| *set)
    .map(|(_, part)| match part {
        "rating" => crate::t!("assess-part-rating"),
        "note" => crate::t!("assess-part-note"),
        _ => crate::t!("assess-part-evidence"),
    })
    .collect();
    match names.as_slice() {
        [] => crate::t!("assess-part-nothing"),
        [one] => one.clone(),
        [rest @ .., last] => crate::t!("assess-part-list", list = rest.join(", "), last = last),
    }
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
    /// Selected step among the current indicator's steps.
    pub step_selected: usize,
    pub previous: Option<Previous>,
    /// The school's outcome rows (its summary shows their trends).
    pub outcomes: Vec<crate::outcomes::model::Row>,
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
            back_to_home: matches!(mode, Mode::Summary),
            mode,
            review: cursor,
            review_filter: Default::default(),
            review_filtering: false,
            undo: Vec::new(),
            redo: Vec::new(),
            seen,
            plan_seen,
            step_selected: 0,
            previous,
            outcomes: Vec::new(),
        };
        state.outcomes = services.store.outcomes_of_school(
            &state.assessment.meta.school,
            state.assessment.meta.district.as_deref(),
        )?;
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
            Mode::ActionForm(_) => Ctx::ActionForm,
            Mode::Editor(_) => Ctx::Editor,
            Mode::Details { .. } => Ctx::Details,
            Mode::Conflict(_) => Ctx::Conflict,
            Mode::History { .. } => Ctx::History,
        }
    }

    /// The open note and evidence editor, if any.
    pub fn editor(&self) -> Option<&Editor> {
        match &self.mode {
            Mode::Editor(editor) => Some(editor),
            _ => None,
        }
    }

    /// The conflict being decided, if any.
    pub fn conflict(&self) -> Option<&ConflictChoice> {
        match &self.mode {
            Mode::Conflict(choice) => Some(choice),
            _ => None,
        }
    }

    /// The current indicator's history while it is shown (newest first); empty
    /// otherwise.
    pub fn history(&self) -> &[HistoryEntry] {
        match &self.mode {
            Mode::History { entries, .. } => entries,
            _ => &[],
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
            Mode::History { .. } => {
                let indicator = self.indicator_id();
                let mut history = services
                    .store
                    .indicator_history(&self.assessment.meta.id, &indicator)?;
                history.reverse();
                if let Mode::History { entries, .. } = &mut self.mode {
                    *entries = history;
                }
            }
            _ => {}
        }
        Ok(changed)
    }

    /// A write the store refused because the assessment was submitted meanwhile
    /// (someone else's `S`, `touchstone submit`): re-read it, so the screen shows it
    /// read-only, and say who submitted it. Nothing was saved.
    pub fn submitted_meanwhile(
        &mut self,
        services: &mut Services,
        submitted: &crate::error::Submitted,
    ) -> Status {
        if let Err(e) = self.reload(services) {
            return Status::error(&e);
        }
        let key = services.keys.key_name(Ctx::Summary, Action::Reopen);
        Status::info(match (&submitted.by, &submitted.at) {
            (Some(name), Some(at)) => crate::t!(
                "assess-submitted-meanwhile",
                name = printable(name),
                time = short_time(at),
                key = key
            ),
            _ => crate::t!("assess-submitted-not-saved", key = key),
        })
    }

    /// What a failed write says: [`submitted_meanwhile`](Self::submitted_meanwhile)
    /// for a submitted assessment, the error otherwise.
    pub fn write_failed(&mut self, services: &mut Services, e: &crate::error::Error) -> Status {
        match e {
            crate::error::Error::Submitted(s) => self.submitted_meanwhile(services, s),
            e => Status::error(e),
        }
    }

    /// Reloads after a write; a failed reload is reported (the write itself stands).
    fn after_write(&mut self, services: &mut Services, message: impl FnOnce() -> String) -> Nav {
        match self.reload(services) {
            Ok(_) => Nav::Status(Status::saved(message())),
            Err(e) => Nav::Status(Status::error(&e)),
        }
    }

    pub fn apply(&mut self, services: &mut Services, action: Action) -> Nav {
        // A submitted assessment is read-only until reopened.
        if self.assessment.meta.status == crate::assessment::Status::Final
            && writes(&self.mode, action)
        {
            return Nav::Status(Status::info(crate::t!("assess-read-only")));
        }
        match &mut self.mode {
            Mode::Indicator => self.apply_indicator(services, action),
            Mode::Review => self.apply_review(action),
            Mode::Summary => self.apply_summary(services, action),
            Mode::Details { scroll } => {
                match action {
                    Action::Up => *scroll = scroll.saturating_sub(1),
                    Action::Down => *scroll = scroll.saturating_add(1).min(200),
                    Action::Back => self.mode = Mode::Indicator,
                    _ => {}
                }
                Nav::Stay
            }
            Mode::Conflict(_) => self.apply_conflict(services, action),
            Mode::History { entries, scroll } => {
                match action {
                    Action::Up => *scroll = scroll.saturating_sub(1),
                    Action::Down => {
                        let most = entries.len().saturating_mul(4).min(u16::MAX.into());
                        *scroll = (*scroll + 1).min(most as u16)
                    }
                    Action::Back => self.mode = Mode::Indicator,
                    _ => {}
                }
                Nav::Stay
            }
            Mode::Actions => self.apply_actions(services, action),
            Mode::ActionForm(_) => self.apply_step_form(services, action),
            Mode::Editor(_) => match action {
                Action::Confirm => self
                    .save_open_editor(services)
                    .map_or(Nav::Stay, Nav::Status),
                // Esc cancels, as everywhere; typed text is only dropped once confirmed.
                Action::Cancel if self.editor_changed() => {
                    Nav::Overlay(crate::tui::app::Overlay::ConfirmDiscard)
                }
                Action::Cancel => {
                    self.discard_editor();
                    Nav::Status(Status::info(crate::t!("assess-editor-closed")))
                }
                Action::NextField => {
                    if let Mode::Editor(editor) = &mut self.mode {
                        editor.on_evidence = !editor.on_evidence;
                    }
                    Nav::Stay
                }
                _ => Nav::Stay,
            },
        }
    }
}

/// Whether `action` in `mode` would change the assessment (refused once submitted).
fn writes(mode: &Mode, action: Action) -> bool {
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

#[cfg(test)]
mod tests {
    use super::parts_words;
    use crate::i18n::{Lang, scoped};
    use crate::store::Edit;

    /// Every combination of parts an edit can set.
    fn edits() -> Vec<Edit> {
        (0..8)
            .map(|bits| Edit {
                level: (bits & 1 != 0).then_some(None),
                note: (bits & 2 != 0).then(String::new),
                evidence: (bits & 4 != 0).then(Vec::new),
            })
            .collect()
    }

    #[test]
    fn parts_read_in_english_as_the_store_writes_them() {
        for edit in edits() {
            assert_eq!(scoped(Lang::En, || parts_words(&edit)), edit.parts());
        }
    }

    #[test]
    fn parts_read_in_spanish_with_their_articles() {
        let both = Edit {
            note: Some(String::new()),
            evidence: Some(Vec::new()),
            ..Edit::default()
        };
        assert_eq!(
            scoped(Lang::Es, || parts_words(&both)),
            "la nota y la evidencia"
        );
        let all = &edits()[7];
        assert_eq!(
            scoped(Lang::Es, || parts_words(all)),
            "la calificación, la nota y la evidencia"
        );
    }
}
