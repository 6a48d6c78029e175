//! Checks the command line and the screens share, so a value one door accepts the
//! other accepts too. Each takes the fields as typed and returns checked values or a
//! message tagged with the field it concerns (the form moves its focus there).

use crate::assessment::today;
use crate::rubric::Rubric;
use crate::store::NewAssessment;
use crate::text::{Shape, checked};
use jiff::civil::Date;

/// Parses a `YYYY-MM-DD` date; the error quotes the text and shows the format.
/// A date outside the plausible range (see [`crate::assessment::plausible_date`]) is
/// refused too.
pub fn date(text: &str) -> Result<Date, String> {
    text.parse()
        .map_err(|_| crate::t!("errors-not-a-date", text = format!("{text:?}")))
        .and_then(crate::assessment::plausible_date)
}

/// [`date`] for clap's `value_parser`: clap quotes the text and names the option.
pub fn date_arg(text: &str) -> Result<Date, String> {
    text.parse()
        .map_err(|_| crate::t!("errors-not-a-date-arg"))
        .and_then(crate::assessment::plausible_date)
}

/// Where the fields come from, which sets how they are named and what an empty one
/// means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    /// Options: an empty value given explicitly is a mistake.
    CommandLine,
    /// The new-assessment form: an empty optional field means "not given".
    Form,
}

/// A field of a new assessment that can be wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The school's name.
    School,
    /// The district (optional).
    District,
    /// The date of the assessment.
    Date,
    /// The team's names.
    Team,
    /// Who facilitates.
    Facilitator,
}

impl Door {
    /// The option's name on the command line (never translated), the field's
    /// label in the language spoken on the form.
    fn name(self, field: Field) -> String {
        match (self, field) {
            (Door::CommandLine, Field::School) => "--school".into(),
            (Door::CommandLine, Field::District) => "--district".into(),
            (Door::CommandLine, Field::Date) => "--date".into(),
            (Door::CommandLine, Field::Team) => "--team".into(),
            (Door::CommandLine, Field::Facilitator) => "--facilitator".into(),
            (Door::Form, Field::School) => crate::t!("errors-field-school"),
            (Door::Form, Field::District) => crate::t!("errors-field-district"),
            (Door::Form, Field::Date) => crate::t!("errors-field-date"),
            (Door::Form, Field::Team) => crate::t!("errors-field-team"),
            (Door::Form, Field::Facilitator) => crate::t!("errors-field-facilitator"),
        }
    }
}

/// The fields of a new assessment as typed (the rubric is chosen by each door).
pub struct NewFields<'a> {
    /// The school's name as typed.
    pub school: &'a str,
    /// The district, when one was typed.
    pub district: Option<&'a str>,
    /// `None` is today.
    pub date: Option<Date>,
    /// Blank names are dropped.
    pub team: Vec<&'a str>,
    /// Who facilitates, when typed.
    pub facilitator: Option<&'a str>,
}

/// Checked fields, ready for `Store::create` once a rubric is chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedNew {
    /// The school's name in normal form.
    pub school: String,
    /// The district, if any.
    pub district: Option<String>,
    /// The date (today when none was given).
    pub date: Date,
    /// The team's names, blanks dropped.
    pub team: Vec<String>,
    /// Who facilitates, if given.
    pub facilitator: Option<String>,
}

impl CheckedNew {
    /// The new assessment these fields make with `rubric`.
    pub fn with_rubric<'a>(
        &'a self,
        rubric: &'a Rubric,
        rubric_text: &'a str,
    ) -> NewAssessment<'a> {
        NewAssessment {
            school: &self.school,
            district: self.district.as_deref(),
            date: self.date,
            team: &self.team,
            facilitator: self.facilitator.as_deref(),
            rubric,
            rubric_text,
        }
    }
}

/// Checks the fields of a new assessment through the text policy.
pub fn check_new(door: Door, fields: &NewFields) -> Result<CheckedNew, (Field, String)> {
    let line = |field: Field, raw: &str| {
        checked(raw, Shape::Line, &door.name(field)).map_err(|why| (field, why))
    };
    let empty = |field: Field, required: bool| {
        let name = door.name(field);
        match door {
            Door::Form if required => {
                Err((field, crate::t!("errors-field-required", field = name)))
            }
            Door::Form => Ok(None),
            Door::CommandLine => Err((field, crate::t!("errors-field-empty", field = name))),
        }
    };
    let optional = |field: Field, raw: Option<&str>| match raw {
        None => Ok(None),
        Some(raw) => match line(field, raw)? {
            text if text.is_empty() => empty(field, false),
            text => Ok(Some(text)),
        },
    };
    let school = match line(Field::School, fields.school)? {
        text if text.is_empty() => empty(Field::School, true)?.unwrap_or_default(),
        text => text,
    };
    let district = optional(Field::District, fields.district)?;
    let facilitator = optional(Field::Facilitator, fields.facilitator)?;
    let mut team = Vec::new();
    for raw in &fields.team {
        let name = line(Field::Team, raw)?;
        if !name.is_empty() {
            team.push(name);
        }
    }
    Ok(CheckedNew {
        school,
        district,
        date: fields.date.unwrap_or_else(today),
        team,
        facilitator,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>() -> NewFields<'a> {
        NewFields {
            school: " Lincoln ",
            district: Some(""),
            date: None,
            team: vec!["Ana", " ", "Bo "],
            facilitator: None,
        }
    }

    #[test]
    fn an_empty_optional_field_is_absent_on_the_form_and_a_mistake_on_the_command_line() {
        let form = check_new(Door::Form, &fields()).unwrap();
        assert_eq!(form.school, "Lincoln");
        assert_eq!(form.district, None);
        assert_eq!(form.team, vec!["Ana", "Bo"]);
        assert_eq!(
            check_new(Door::CommandLine, &fields()),
            Err((Field::District, "--district is empty".to_string()))
        );
    }

    #[test]
    fn an_empty_school_is_refused_in_each_doors_words() {
        let blank = NewFields {
            school: "  ",
            ..fields()
        };
        assert_eq!(
            check_new(Door::Form, &blank),
            Err((Field::School, "School is required".to_string()))
        );
        assert_eq!(
            check_new(Door::CommandLine, &blank),
            Err((Field::School, "--school is empty".to_string()))
        );
    }

    /// The form names its fields in the language spoken; the command line keeps the
    /// option names, which do not change with the language.
    #[test]
    fn the_field_checks_speak_spanish_and_keep_the_option_names() {
        let blank = NewFields {
            school: "  ",
            ..fields()
        };
        crate::i18n::scoped(crate::i18n::Lang::Es, || {
            assert_eq!(
                check_new(Door::Form, &blank),
                Err((Field::School, "Escuela: es obligatorio".to_string()))
            );
            assert_eq!(
                check_new(Door::CommandLine, &blank),
                Err((Field::School, "--school: está vacío".to_string()))
            );
            assert_eq!(
                date("2026-13-01"),
                Err("\"2026-13-01\" no es una fecha como 2026-11-22".to_string())
            );
        });
    }

    #[test]
    fn dates_parse_or_say_the_format() {
        assert_eq!(date("2026-10-01").unwrap().to_string(), "2026-10-01");
        assert_eq!(
            date("2026-13-01"),
            Err("\"2026-13-01\" is not a date like 2026-11-22".to_string())
        );
    }
}
