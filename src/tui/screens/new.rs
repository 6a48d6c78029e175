//! The new-assessment form: school (completed from known schools), district,
//! rubric, date (today by default), team and facilitator.

use crate::assessment::today;
use crate::error::{Error, Result};
use crate::ops::{self, Door, NewFields};
use crate::tui::action::Action;
use crate::tui::app::{App, Nav, Services, Status};
use crate::tui::input::LineInput;
use crate::tui::screens::assess::Mode;
use crate::tui::widgets::{clean, panel};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    School,
    District,
    Rubric,
    Date,
    Team,
    Facilitator,
}

const FIELDS: [Field; 6] = [
    Field::School,
    Field::District,
    Field::Rubric,
    Field::Date,
    Field::Team,
    Field::Facilitator,
];

impl Field {
    fn label(self) -> String {
        match self {
            Field::School => crate::t!("home-new-school"),
            Field::District => crate::t!("home-new-district"),
            Field::Rubric => crate::t!("home-new-rubric"),
            Field::Date => crate::t!("home-new-date"),
            Field::Team => crate::t!("home-new-team"),
            Field::Facilitator => crate::t!("home-new-facilitator"),
        }
    }

    fn hint(self) -> String {
        match self {
            Field::School => crate::t!("home-new-school-hint"),
            Field::District => crate::t!("home-new-district-hint"),
            Field::Rubric => crate::t!("home-new-rubric-hint"),
            Field::Date => crate::t!("home-new-date-hint"),
            Field::Team => crate::t!("home-new-team-hint"),
            Field::Facilitator => crate::t!("home-new-facilitator-hint"),
        }
    }
}

impl From<ops::Field> for Field {
    fn from(field: ops::Field) -> Field {
        match field {
            ops::Field::School => Field::School,
            ops::Field::District => Field::District,
            ops::Field::Date => Field::Date,
            ops::Field::Team => Field::Team,
            ops::Field::Facilitator => Field::Facilitator,
        }
    }
}

pub struct NewForm {
    pub school: LineInput,
    pub district: LineInput,
    pub date: LineInput,
    pub team: LineInput,
    pub facilitator: LineInput,
    /// (id, title) of each rubric, and the chosen one.
    pub rubrics: Vec<(String, String)>,
    pub rubric: usize,
    pub focus: usize,
    pub known_schools: Vec<(String, Option<String>)>,
    pub error: Option<String>,
}

impl NewForm {
    pub fn new(services: &Services) -> Result<NewForm> {
        let mut rubrics: Vec<(String, String)> = Vec::new();
        for entry in services.registry.all() {
            // A retired rubric stays loadable but is not offered for new work.
            if crate::rubric::replacement(&entry.rubric.id).is_some() {
                continue;
            }
            if !rubrics.iter().any(|(id, _)| *id == entry.rubric.id) {
                rubrics.push((entry.rubric.id.clone(), entry.rubric.title.clone()));
            }
        }
        let position = |wanted: &str| rubrics.iter().position(|(id, _)| id == wanted);
        // The settings' default rubric, when it is installed; else the bundled one.
        let preferred = services.defaults.rubric.as_ref();
        let error = preferred
            .filter(|p| position(&p.value).is_none())
            .map(|p| crate::t!("home-new-rubric-missing", rubric = format!("{:?}", p.value)));
        let rubric = preferred
            .and_then(|p| position(&p.value))
            .or_else(|| position("cs-site-2017"))
            .unwrap_or(0);
        let facilitator = services.defaults.facilitator.clone().unwrap_or_default();
        Ok(NewForm {
            school: LineInput::default(),
            district: LineInput::default(),
            date: LineInput::new(today().to_string()),
            team: LineInput::default(),
            facilitator: LineInput::new(facilitator),
            rubrics,
            rubric,
            focus: 0,
            known_schools: services.store.schools()?,
            error,
        })
    }

    pub fn field(&self) -> Field {
        FIELDS[self.focus]
    }

    fn input(&mut self, field: Field) -> Option<&mut LineInput> {
        match field {
            Field::School => Some(&mut self.school),
            Field::District => Some(&mut self.district),
            Field::Date => Some(&mut self.date),
            Field::Team => Some(&mut self.team),
            Field::Facilitator => Some(&mut self.facilitator),
            Field::Rubric => None,
        }
    }

    /// The known school the typed name could complete to.
    pub fn suggestion(&self) -> Option<&(String, Option<String>)> {
        let typed = self.school.text().trim().to_lowercase();
        if typed.is_empty() {
            return None;
        }
        self.known_schools.iter().find(|(name, _)| {
            name.to_lowercase().starts_with(&typed) && name.to_lowercase() != typed
        })
    }

    pub fn type_key(&mut self, key: &KeyEvent) {
        let field = self.field();
        if field == Field::Rubric {
            let n = self.rubrics.len().max(1);
            match key.code {
                KeyCode::Left => self.rubric = (self.rubric + n - 1) % n,
                KeyCode::Right | KeyCode::Char(' ') => self.rubric = (self.rubric + 1) % n,
                _ => {}
            }
            return;
        }
        if let Some(input) = self.input(field) {
            input.handle(key);
        }
        self.error = None;
    }

    /// Text typed or pasted in one piece (see `App::handle_inputs`).
    pub fn insert_text(&mut self, text: &str) {
        let field = self.field();
        if field == Field::Rubric {
            // The rubric chooser reads keys, not text.
            for c in text.chars() {
                self.type_key(&KeyEvent::from(KeyCode::Char(c)));
            }
            return;
        }
        if let Some(input) = self.input(field) {
            input.insert_str(text);
        }
        self.error = None;
    }

    pub fn apply(&mut self, services: &mut Services, action: Action) -> Nav {
        match action {
            Action::NextField => self.focus = (self.focus + 1) % FIELDS.len(),
            Action::PrevField => self.focus = (self.focus + FIELDS.len() - 1) % FIELDS.len(),
            Action::Accept => {
                if let Some((name, district)) = self.suggestion().cloned() {
                    self.school.set(name);
                    if let Some(d) = district {
                        self.district.set(d);
                    }
                }
            }
            Action::Submit if self.focus + 1 < FIELDS.len() => self.focus += 1,
            Action::Submit | Action::Confirm => return self.create(services),
            Action::Cancel => {
                return Nav::Home(Some(Status::info(crate::t!("home-new-cancelled"))));
            }
            _ => {}
        }
        Nav::Stay
    }

    fn create(&mut self, services: &mut Services) -> Nav {
        match self.try_create(services) {
            Ok(id) => Nav::Open {
                id,
                mode: Mode::Indicator,
                status: Some(Status::saved(crate::t!("home-new-created"))),
            },
            Err((field, message)) => {
                self.focus = FIELDS.iter().position(|f| *f == field).unwrap_or(0);
                self.error = Some(message);
                Nav::Stay
            }
        }
    }

    fn try_create(&self, services: &mut Services) -> Result<String, (Field, String)> {
        let date = ops::date(self.date.text().trim()).map_err(|why| (Field::Date, why))?;
        let checked = ops::check_new(
            Door::Form,
            &NewFields {
                school: self.school.text(),
                district: Some(self.district.text()),
                date: Some(date),
                team: self.team.text().split(',').collect(),
                facilitator: Some(self.facilitator.text()),
            },
        )
        .map_err(|(field, why)| (Field::from(field), why))?;
        let rubric_id = self
            .rubrics
            .get(self.rubric)
            .map(|(id, _)| id.as_str())
            .unwrap_or("");
        let entry = services
            .registry
            .latest(rubric_id)
            .cloned()
            .ok_or_else(|| (Field::Rubric, crate::t!("home-new-choose-rubric")))?;
        services
            .store
            .create(&checked.with_rubric(&entry.rubric, &entry.text))
            .map_err(|e: Error| (Field::School, e.to_string()))
    }
}

pub fn draw(frame: &mut Frame, app: &App, form: &NewForm, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let block = panel(t, s, format!(" {} ", crate::t!("home-new-title")), true);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = Layout::vertical(
        std::iter::repeat_n(Constraint::Length(2), FIELDS.len())
            .chain([Constraint::Length(2), Constraint::Min(0)]),
    )
    .split(inner);
    for (i, field) in FIELDS.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { s.pointer } else { " " };
        let value = match field {
            Field::Rubric => {
                let (id, title) = form.rubrics.get(form.rubric).cloned().unwrap_or_default();
                // The rubric's name in the reader's language (its translation).
                let title = app
                    .services
                    .registry
                    .latest(&id)
                    .map_or(title, |e| crate::rubric::shown(&e.rubric).title.clone());
                format!("< {title} ({id}) >")
            }
            Field::School => form.school.text().to_string(),
            Field::District => form.district.text().to_string(),
            Field::Date => form.date.text().to_string(),
            Field::Team => form.team.text().to_string(),
            Field::Facilitator => form.facilitator.text().to_string(),
        };
        let mut spans = vec![
            Span::styled(
                format!("{marker} {:<12}", field.label()),
                if focused { t.key } else { t.base },
            ),
            Span::styled(clean(&value), if focused { t.selected } else { t.base }),
        ];
        // The cursor mark; a grey suggestion after the typed name shows the place instead.
        let suggesting = *field == Field::School && form.suggestion().is_some();
        if focused && *field != Field::Rubric && !suggesting {
            spans.push(Span::styled("_", t.key));
        }
        if *field == Field::School
            && let Some((name, district)) = form.suggestion()
        {
            let typed = form.school.text().chars().count();
            let rest: String = name.chars().skip(typed).collect();
            let district = district
                .as_deref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            spans.push(Span::styled(
                clean(&format!("{rest}{district}  (Ctrl-F)")),
                t.muted,
            ));
        }
        let hint = Line::styled(format!("               {}", field.hint()), t.muted);
        frame.render_widget(Paragraph::new(vec![Line::from(spans), hint]), rows[i]);
    }
    if let Some(error) = &form.error {
        let line = Line::styled(format!("! {}", clean(error)), t.error);
        frame.render_widget(Paragraph::new(line), rows[FIELDS.len()]);
    }
}
