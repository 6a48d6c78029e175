//! Creating an assessment in plain mode: `new` (or `new SCHOOL`) asks the form's
//! fields one question a line — school, district, date, team, facilitator, rubric —
//! and checks each answer with the same checks as the form and the command line
//! (`ops::check_new`, `ops::date`). An empty answer takes the default the question
//! names; `cancel` stops and creates nothing.

use super::output::Lines;
use crate::error::Result;
use crate::ops::{self, Door, Field, NewFields};
use crate::rubric::Registry;
use crate::store::Store;
use crate::t;
use jiff::civil::Date;

/// The defaults a new assessment starts from (the settings file's `rubric` and
/// `facilitator`), and the rubrics there are to choose from.
#[derive(Clone)]
pub struct Library {
    pub registry: Registry,
    /// The settings' default rubric id.
    pub rubric: Option<String>,
    /// The settings' default facilitator.
    pub facilitator: Option<String>,
    /// Folders of session plans besides the bundled ones.
    pub plan_dirs: Vec<std::path::PathBuf>,
}

impl Default for Library {
    fn default() -> Library {
        Library {
            registry: Registry::bundled(),
            rubric: None,
            facilitator: None,
            plan_dirs: Vec::new(),
        }
    }
}

/// The question being asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    School,
    District,
    Date,
    Team,
    Facilitator,
    Rubric,
}

/// What came of one answer.
pub enum Answer {
    /// Ask the next (or the same) question.
    Asking,
    /// Nothing created; back to the list.
    Cancelled,
    /// Created: the new assessment's id.
    Created(String),
}

/// The answers so far.
pub struct NewFlow {
    step: Step,
    school: String,
    district: Option<String>,
    date: Option<Date>,
    team: Vec<String>,
    facilitator: Option<String>,
    /// (id, title in the language spoken) of each rubric offered.
    rubrics: Vec<(String, String)>,
    /// The one an empty answer chooses.
    preferred: usize,
}

impl NewFlow {
    /// Starts asking; `school` is what followed `new`, if anything.
    pub fn start(library: &Library, school: Option<&str>, out: &mut Lines) -> NewFlow {
        let mut rubrics: Vec<(String, String)> = Vec::new();
        for entry in library.registry.all() {
            // A retired rubric stays loadable but is not offered for new work.
            if crate::rubric::replacement(&entry.rubric.id).is_some()
                || rubrics.iter().any(|(id, _)| *id == entry.rubric.id)
            {
                continue;
            }
            let title = library.registry.latest(&entry.rubric.id).map_or_else(
                || entry.rubric.title.clone(),
                |e| crate::rubric::shown(&e.rubric).title.clone(),
            );
            rubrics.push((entry.rubric.id.clone(), title));
        }
        let position = |wanted: &str| rubrics.iter().position(|(id, _)| id == wanted);
        let preferred = library
            .rubric
            .as_deref()
            .and_then(position)
            .or_else(|| position("cs-site-2017"))
            .unwrap_or(0);
        let mut flow = NewFlow {
            step: Step::School,
            school: String::new(),
            district: None,
            date: None,
            team: Vec::new(),
            facilitator: library.facilitator.clone(),
            rubrics,
            preferred,
        };
        out.say(t!("plain-new-start"));
        match school {
            Some(text) => {
                flow.answer_step(text, out);
            }
            None => flow.ask(out),
        }
        flow
    }

    /// Says the question of the current step.
    fn ask(&self, out: &mut Lines) {
        match self.step {
            Step::School => out.say(t!("plain-new-ask-school")),
            Step::District => out.say(t!("plain-new-ask-district")),
            Step::Date => out.say(t!(
                "plain-new-ask-date",
                today = crate::assessment::today().to_string()
            )),
            Step::Team => out.say(t!("plain-new-ask-team")),
            Step::Facilitator => out.say(match &self.facilitator {
                Some(name) => t!("plain-new-ask-facilitator-default", name = name),
                None => t!("plain-new-ask-facilitator"),
            }),
            Step::Rubric => {
                out.say(t!("plain-new-ask-rubric", count = self.rubrics.len()));
                for (n, (id, title)) in self.rubrics.iter().enumerate() {
                    out.say(t!(
                        "plain-new-rubric-line",
                        number = n + 1,
                        title = title,
                        id = id
                    ));
                }
                if let Some((_, title)) = self.rubrics.get(self.preferred) {
                    out.say(t!(
                        "plain-new-rubric-default",
                        number = self.preferred + 1,
                        title = title
                    ));
                }
            }
        }
    }

    /// Takes one typed line as the answer to the question asked.
    pub fn answer(
        &mut self,
        store: &mut Store,
        library: &Library,
        line: &str,
        out: &mut Lines,
    ) -> Result<Answer> {
        let text = line.trim();
        match text.to_lowercase().as_str() {
            "cancel" | "cancelar" => {
                out.say(t!("plain-new-cancelled"));
                return Ok(Answer::Cancelled);
            }
            "help" | "?" | "ayuda" => {
                out.say(t!("plain-new-help"));
                self.ask(out);
                return Ok(Answer::Asking);
            }
            _ => {}
        }
        if self.step == Step::Rubric {
            return self.choose_rubric(store, library, text, out);
        }
        self.answer_step(text, out);
        Ok(Answer::Asking)
    }

    /// An answer to one of the text fields: checked, kept and the next question
    /// asked, or the problem said and the same question asked again.
    fn answer_step(&mut self, text: &str, out: &mut Lines) {
        let mut next = self.fields();
        match self.step {
            Step::School => next.school = text.to_string(),
            Step::District => next.district = (!text.is_empty()).then(|| text.to_string()),
            Step::Date if text.is_empty() => next.date = None,
            Step::Date => match ops::date(text) {
                Ok(date) => next.date = Some(date),
                Err(why) => {
                    out.say(t!("plain-new-problem", why = why));
                    self.ask(out);
                    return;
                }
            },
            Step::Team => next.team = text.split(',').map(str::to_string).collect(),
            Step::Facilitator => {
                if !text.is_empty() {
                    next.facilitator = Some(text.to_string());
                }
            }
            Step::Rubric => return,
        }
        match next.check() {
            Ok(checked) => {
                *self = NewFlow {
                    step: self.step,
                    school: checked.school,
                    district: checked.district,
                    date: next.date,
                    team: checked.team,
                    facilitator: checked.facilitator,
                    rubrics: std::mem::take(&mut self.rubrics),
                    preferred: self.preferred,
                };
                self.step = match self.step {
                    Step::School => Step::District,
                    Step::District => Step::Date,
                    Step::Date => Step::Team,
                    Step::Team => Step::Facilitator,
                    Step::Facilitator | Step::Rubric => Step::Rubric,
                };
            }
            // Only the field just answered can be wrong: the others were checked.
            Err((_, why)) => out.say(t!("plain-new-problem", why = why)),
        }
        self.ask(out);
    }

    fn choose_rubric(
        &mut self,
        store: &mut Store,
        library: &Library,
        text: &str,
        out: &mut Lines,
    ) -> Result<Answer> {
        let chosen = if text.is_empty() {
            Some(self.preferred)
        } else {
            match text.parse::<usize>() {
                Ok(n) if (1..=self.rubrics.len()).contains(&n) => Some(n - 1),
                _ => self.rubrics.iter().position(|(id, _)| id == text),
            }
        };
        let Some(entry) = chosen
            .and_then(|n| self.rubrics.get(n))
            .and_then(|(id, _)| library.registry.latest(id))
        else {
            out.say(t!(
                "plain-new-rubric-range",
                text = text,
                count = self.rubrics.len()
            ));
            return Ok(Answer::Asking);
        };
        let checked = match self.fields().check() {
            Ok(c) => c,
            Err((_, why)) => {
                out.say(t!("plain-new-problem", why = why));
                return Ok(Answer::Asking);
            }
        };
        let id = store.create(&checked.with_rubric(&entry.rubric, &entry.text))?;
        let title = crate::rubric::shown(&entry.rubric).title.clone();
        out.say(match &checked.district {
            Some(district) => t!(
                "plain-new-created-district",
                school = &checked.school,
                district = district,
                date = checked.date.to_string(),
                rubric = title,
                id = &id[..8.min(id.len())]
            ),
            None => t!(
                "plain-new-created",
                school = &checked.school,
                date = checked.date.to_string(),
                rubric = title,
                id = &id[..8.min(id.len())]
            ),
        });
        Ok(Answer::Created(id))
    }

    /// The answers so far, as the checks take them.
    fn fields(&self) -> Answers {
        Answers {
            school: self.school.clone(),
            district: self.district.clone(),
            date: self.date,
            team: self.team.clone(),
            facilitator: self.facilitator.clone(),
        }
    }
}

/// Owned answers, checked as the form checks its fields.
struct Answers {
    school: String,
    district: Option<String>,
    date: Option<Date>,
    team: Vec<String>,
    facilitator: Option<String>,
}

impl Answers {
    fn check(&self) -> std::result::Result<ops::CheckedNew, (Field, String)> {
        ops::check_new(
            Door::Form,
            &NewFields {
                school: &self.school,
                district: self.district.as_deref(),
                date: self.date,
                team: self.team.iter().map(String::as_str).collect(),
                facilitator: self.facilitator.as_deref(),
            },
        )
    }
}
