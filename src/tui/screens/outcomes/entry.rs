//! The outcomes screen: a school's figures for typing in, school years across and
//! the measures' figures down, for one student group at a time (all students first,
//! others on demand). Every figure is read by the CSV import's rule for a cell and
//! every changed row checked by its rule for a row (`outcomes::import`): one rule,
//! not two. Problems show beside their cells; nothing is saved while there is one,
//! and saving writes every change in one transaction.

use crate::error::Result;
use crate::outcomes::import::{check_figures, parse_figure};
use crate::outcomes::model::{ALL, Cell, Figures, GROUPS, Row, RowKey, SchoolYear, group_key};
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status};
use crate::tui::input::LineInput;
use crate::tui::keymap::Ctx;
use crate::tui::screens::assess::Mode;
use std::collections::BTreeMap;

/// Where leaving the screen goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Back {
    Home,
    /// The summary of this assessment.
    Summary(String),
}

/// One line of the grid: figure `figure` (its index in `Figures::cells`) of the row
/// without a subject, or of a growth subject's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub subject: String,
    pub figure: usize,
}

/// The figures of a row without a subject (attendance, chronic absence, stability,
/// enrollment) and of a subject's row (growth, or tested and proficient).
const PLAIN: [usize; 7] = [0, 1, 2, 3, 4, 5, 6];
const GROWTH: [usize; 4] = [7, 8, 9, 10];

/// Subjects offered when the school has no growth rows yet.
const SUBJECTS: [&str; 2] = ["math", "reading"];

/// What a row is, on this screen (the school is the screen's).
type Key = (SchoolYear, String, String);

/// A problem with what was typed, beside its cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub year: SchoolYear,
    pub group: String,
    /// Index into `fields`.
    pub field: usize,
    pub message: String,
}

/// What the keyboard is typing into, if anything.
pub enum Typing {
    None,
    /// A figure, in the selected cell.
    Cell(LineInput),
    /// A group to add: the known groups not shown yet, filtered by what is typed.
    Group {
        input: LineInput,
        selected: usize,
    },
}

pub struct OutcomesState {
    pub school: i64,
    /// The school as people read it: name (district).
    pub school_name: String,
    pub back: Back,
    pub years: Vec<SchoolYear>,
    pub groups: Vec<String>,
    /// Index into `groups`.
    pub group: usize,
    pub fields: Vec<Field>,
    /// Selected field (row of the grid) and year (column).
    pub row: usize,
    pub col: usize,
    stored: Vec<Row>,
    /// Rows changed and not yet saved: the figures as typed so far.
    edits: BTreeMap<Key, Figures>,
    /// Cells whose text is not a figure: (row, figure) → (the text, why not).
    unread: BTreeMap<(Key, usize), (String, String)>,
    pub typing: Typing,
    /// `Esc` was pressed once with changes not saved: a second one leaves them.
    leaving: bool,
}

/// The school year a day falls in (one ending in the next summer from August on).
fn school_year_of(day: jiff::civil::Date) -> SchoolYear {
    SchoolYear(i32::from(day.year()) + i32::from(day.month() >= 8))
}

impl OutcomesState {
    /// The outcomes of the school assessed in `assessment_id`.
    pub fn open(services: &Services, assessment_id: &str, back: Back) -> Result<OutcomesState> {
        let a = services.store.load_without_sessions(assessment_id)?;
        let district = a.meta.district.as_deref();
        let Some(school) = services.store.school_id(&a.meta.school, district)? else {
            return Err(crate::error::Error::input(crate::t!(
                "outcome-screens-no-school"
            )));
        };
        let stored = services.store.outcome_rows(Some(school))?;
        let mut state = OutcomesState {
            school,
            school_name: crate::store::shown_school(&a.meta.school, district.unwrap_or("")),
            back,
            years: Vec::new(),
            groups: vec![ALL.to_string()],
            group: 0,
            fields: Vec::new(),
            row: 0,
            col: 0,
            stored: Vec::new(),
            edits: BTreeMap::new(),
            unread: BTreeMap::new(),
            typing: Typing::None,
            leaving: false,
        };
        state.take(stored);
        // The latest year with figures, or this school year when there are none.
        state.col = state.years.len().saturating_sub(1);
        Ok(state)
    }

    /// Takes the stored rows (on opening and after a save): years, groups and
    /// subjects grow to show them all.
    fn take(&mut self, stored: Vec<Row>) {
        for r in &stored {
            if !self.years.contains(&r.key.year) {
                self.years.push(r.key.year);
            }
            if !self.groups.contains(&r.key.group) {
                self.groups.push(r.key.group.clone());
            }
        }
        if self.years.is_empty() {
            self.years.push(school_year_of(crate::assessment::today()));
        }
        self.years.sort();
        let first = self.groups.remove(0);
        self.groups.sort_by_key(|g| super::trends::group_order(g));
        self.groups.insert(0, first);
        let mut subjects: Vec<String> = stored
            .iter()
            .filter(|r| !r.key.subject.is_empty())
            .map(|r| r.key.subject.clone())
            .collect();
        for f in &self.fields {
            if !f.subject.is_empty() {
                subjects.push(f.subject.clone());
            }
        }
        if subjects.is_empty() {
            subjects = SUBJECTS.iter().map(|s| s.to_string()).collect();
        }
        subjects.sort();
        subjects.dedup();
        let mut fields: Vec<Field> = PLAIN
            .iter()
            .map(|&figure| Field {
                subject: String::new(),
                figure,
            })
            .collect();
        for subject in subjects {
            fields.extend(GROWTH.iter().map(|&figure| Field {
                subject: subject.clone(),
                figure,
            }));
        }
        self.fields = fields;
        self.stored = stored;
    }

    pub fn ctx(&self) -> Ctx {
        match self.typing {
            Typing::None => Ctx::Outcomes,
            Typing::Cell(_) => Ctx::OutcomeCell,
            Typing::Group { .. } => Ctx::OutcomeGroup,
        }
    }

    /// The group shown.
    pub fn group_key(&self) -> &str {
        self.groups.get(self.group).map_or(ALL, String::as_str)
    }

    fn key(&self, year: SchoolYear, field: usize) -> Key {
        let subject = self
            .fields
            .get(field)
            .map_or(String::new(), |f| f.subject.clone());
        (year, self.group_key().to_string(), subject)
    }

    fn stored_figures(&self, key: &Key) -> Option<&Figures> {
        self.stored
            .iter()
            .find(|r| r.key.year == key.0 && r.key.group == key.1 && r.key.subject == key.2)
            .map(|r| &r.figures)
    }

    /// A row's figures as they stand: typed, else stored, else none.
    fn figures(&self, key: &Key) -> Figures {
        self.edits
            .get(key)
            .or_else(|| self.stored_figures(key))
            .cloned()
            .unwrap_or_default()
    }

    /// What a cell shows: the text typed (when it is not a figure), else the figure
    /// as the CSV writes it (empty: not reported), and whether it was changed.
    pub fn cell(&self, year: SchoolYear, field: usize) -> (String, bool) {
        let key = self.key(year, field);
        let figure = self.fields[field].figure;
        if let Some((text, _)) = self.unread.get(&(key.clone(), figure)) {
            return (text.clone(), true);
        }
        let now = self.figures(&key);
        let changed = self.edits.contains_key(&key)
            && self
                .stored_figures(&key)
                .map_or(!now.cells()[figure].is_missing(), |f| {
                    f.cells()[figure] != now.cells()[figure]
                });
        (now.cells()[figure].to_string(), changed)
    }

    /// Every problem with what was typed (in every group), in order.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let field_of = |subject: &str, figure: usize| {
            self.fields
                .iter()
                .position(|f| f.subject == subject && f.figure == figure)
                .unwrap_or(0)
        };
        for (key, figures) in &self.edits {
            let unread: Vec<_> = self
                .unread
                .iter()
                .filter(|((k, _), _)| k == key)
                .map(|((_, figure), (_, why))| (*figure, why.clone()))
                .collect();
            // A row with a figure that could not be read is not checked further,
            // as in an import.
            let problems = if unread.is_empty() {
                check_figures(figures, !key.2.is_empty())
            } else {
                unread
            };
            out.extend(problems.into_iter().map(|(figure, message)| Problem {
                year: key.0,
                group: key.1.clone(),
                field: field_of(&key.2, figure),
                message,
            }));
        }
        out
    }

    /// Whether anything typed is not saved yet.
    pub fn unsaved(&self) -> bool {
        !self.edits.is_empty()
    }

    /// The known groups a user may add (not shown yet) that match what is typed, by
    /// key or by name in this language.
    pub fn addable(&self, typed: &str) -> Vec<&'static str> {
        let needle = typed.trim().to_lowercase();
        GROUPS
            .iter()
            .map(|(key, _)| *key)
            .filter(|key| !self.groups.iter().any(|g| g == key))
            .filter(|key| {
                needle.is_empty()
                    || key.contains(&needle)
                    || crate::tui::screens::summary::group_name(key)
                        .to_lowercase()
                        .contains(&needle)
            })
            .collect()
    }

    pub fn insert_text(&mut self, text: &str) {
        match &mut self.typing {
            Typing::Cell(input) => {
                input.insert_str(text);
            }
            Typing::Group { input, selected } => {
                if input.insert_str(text) {
                    *selected = 0;
                }
            }
            Typing::None => {}
        }
    }

    pub fn type_key(&mut self, key: &ratatui::crossterm::event::KeyEvent) {
        match &mut self.typing {
            Typing::Cell(input) => {
                input.handle(key);
            }
            Typing::Group { input, selected } => {
                if input.handle(key) {
                    *selected = 0;
                }
            }
            Typing::None => {}
        }
    }

    /// Sets the selected cell from `raw` (trimmed): a figure by the import's rule, or
    /// the text kept with why it is not one.
    pub fn set_cell(&mut self, raw: &str) {
        let Some(&year) = self.years.get(self.col) else {
            return;
        };
        let key = self.key(year, self.row);
        let figure = self.fields[self.row].figure;
        let mut figures = self.figures(&key);
        match parse_figure(figure, raw.trim()) {
            Ok(cell) => {
                self.unread.remove(&(key.clone(), figure));
                figures.cells_mut()[figure].clone_from(&cell);
            }
            Err(why) => {
                self.unread
                    .insert((key.clone(), figure), (raw.trim().to_string(), why));
                figures.cells_mut()[figure].clone_from(&Cell::Missing);
            }
        }
        let unchanged = self
            .stored_figures(&key)
            .map_or(figures.is_empty(), |f| *f == figures)
            && !self.unread.keys().any(|(k, _)| *k == key);
        if unchanged {
            self.edits.remove(&key);
        } else {
            self.edits.insert(key, figures);
        }
    }

    pub fn apply(&mut self, services: &mut Services, action: Action) -> Nav {
        match std::mem::replace(&mut self.typing, Typing::None) {
            Typing::Cell(input) => {
                match action {
                    Action::Submit => {
                        self.set_cell(input.text());
                        self.row = (self.row + 1).min(self.fields.len().saturating_sub(1));
                    }
                    Action::Cancel => {}
                    _ => self.typing = Typing::Cell(input),
                }
                return Nav::Stay;
            }
            Typing::Group { input, selected } => {
                let shown = self.addable(input.text());
                match action {
                    Action::Up => {
                        self.typing = Typing::Group {
                            selected: selected.saturating_sub(1),
                            input,
                        }
                    }
                    Action::Down => {
                        self.typing = Typing::Group {
                            selected: (selected + 1).min(shown.len().saturating_sub(1)),
                            input,
                        }
                    }
                    Action::Submit => return self.add_group(&input, shown.get(selected).copied()),
                    Action::Cancel => {}
                    _ => self.typing = Typing::Group { input, selected },
                }
                return Nav::Stay;
            }
            Typing::None => {}
        }
        if action != Action::Back {
            self.leaving = false;
        }
        let last_year = self.years.len().saturating_sub(1);
        match action {
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::Down => self.row = (self.row + 1).min(self.fields.len().saturating_sub(1)),
            // Past the first year, the year before; past the last, the year after
            // (up to this school year).
            Action::PrevIndicator if self.col == 0 => {
                if let Some(&first) = self.years.first()
                    && first.0 > 1990
                {
                    self.years.insert(0, SchoolYear(first.0 - 1));
                }
            }
            Action::PrevIndicator => self.col -= 1,
            Action::NextIndicator if self.col == last_year => {
                let now = school_year_of(crate::assessment::today());
                if let Some(&last) = self.years.last()
                    && last < now
                {
                    self.years.push(SchoolYear(last.0 + 1));
                    self.col += 1;
                }
            }
            Action::NextIndicator => self.col += 1,
            Action::NextField | Action::PrevField => {
                let n = self.groups.len();
                self.group = if action == Action::NextField {
                    (self.group + 1) % n
                } else {
                    (self.group + n - 1) % n
                };
            }
            // Typing replaces the figure (Esc keeps it).
            Action::Select => self.typing = Typing::Cell(LineInput::new("")),
            Action::ClearRating => self.set_cell(""),
            Action::AddAction => {
                self.typing = Typing::Group {
                    input: LineInput::new(""),
                    selected: 0,
                }
            }
            Action::Confirm => return self.save(services),
            Action::Back => {
                if self.unsaved() && !self.leaving {
                    self.leaving = true;
                    return Nav::Status(Status::info(crate::t!(
                        "outcome-screens-unsaved",
                        save = services.keys.key_name(Ctx::Outcomes, Action::Confirm),
                        back = services.keys.key_name(Ctx::Outcomes, Action::Back)
                    )));
                }
                return match &self.back {
                    Back::Home => Nav::Home(None),
                    Back::Summary(id) => Nav::Open {
                        id: id.clone(),
                        mode: Mode::Summary,
                        status: None,
                    },
                };
            }
            _ => {}
        }
        Nav::Stay
    }

    /// Adds the group chosen from the list, else the one typed (a known group by any
    /// of its names, or the district's own), and shows it.
    fn add_group(&mut self, input: &LineInput, chosen: Option<&'static str>) -> Nav {
        let key = match chosen {
            Some(key) => key.to_string(),
            None => match crate::text::accept(input.text(), crate::text::Shape::Line) {
                Ok(name) if !name.is_empty() => group_key(&name),
                Ok(_) => return Nav::Stay,
                Err(why) => {
                    return Nav::Status(Status::info(crate::t!(
                        "errors-text-refused",
                        what = crate::t!("outcome-screens-group"),
                        why = why.to_string()
                    )));
                }
            },
        };
        match self.groups.iter().position(|g| *g == key) {
            Some(at) => self.group = at,
            None => {
                self.groups.push(key);
                self.group = self.groups.len() - 1;
            }
        }
        Nav::Stay
    }

    /// Saves every changed row in one transaction, or nothing while a problem stays.
    fn save(&mut self, services: &mut Services) -> Nav {
        let problems = self.problems();
        if let Some(first) = problems.first() {
            return Nav::Status(Status {
                text: crate::t!(
                    "outcome-screens-not-saved",
                    count = problems.len(),
                    first = first.message.as_str()
                ),
                kind: crate::tui::app::StatusKind::Error,
            });
        }
        if self.edits.is_empty() {
            return Nav::Status(Status::info(crate::t!("outcome-screens-nothing")));
        }
        let mut write = Vec::new();
        let mut removed = Vec::new();
        for ((year, group, subject), figures) in &self.edits {
            let key = RowKey {
                school: self.school,
                year: *year,
                group: group.clone(),
                subject: subject.clone(),
            };
            if figures.is_empty() {
                removed.push(key);
            } else {
                write.push(Row {
                    key,
                    figures: figures.clone(),
                });
            }
        }
        let saved = write.len() + removed.len();
        let result = services
            .store
            .save_outcomes(&write, &removed)
            .and_then(|()| services.store.outcome_rows(Some(self.school)));
        match result {
            Ok(stored) => {
                self.edits.clear();
                self.unread.clear();
                self.leaving = false;
                self.take(stored);
                Nav::Status(Status::saved(crate::t!(
                    "outcome-screens-saved",
                    count = saved
                )))
            }
            Err(e) => Nav::Status(Status::error(&e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn school_years_turn_in_august() {
        let d = jiff::civil::date;
        assert_eq!(school_year_of(d(2026, 7, 31)), SchoolYear(2026));
        assert_eq!(school_year_of(d(2026, 8, 1)), SchoolYear(2027));
    }
}
