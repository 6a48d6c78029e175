//! The settings file (`settings.toml` in the platform config folder): theme, language,
//! default rubric, facilitator name, database path and key remaps. Every problem is
//! reported at its place (`FILE:LINE:COL`), all at once.

mod save;

pub use save::{save_language, save_name, save_theme};

use crate::diag::{Diagnostic, Source};
use crate::tui::remap::{Entry, Remap};
use crate::tui::theme::ThemeName;
use clap::ValueEnum;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};

/// A value with where the file said it, for problems found when it is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub value: String,
    pub file: String,
    pub line: usize,
    pub col: usize,
}

impl Placed {
    /// A problem with this value, at its place in the file.
    pub fn problem(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: self.file.clone(),
            line: self.line,
            col: self.col,
            message: message.into(),
        }
    }
}

/// What the file says; `None`: not set (the built-in default applies).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub theme: Option<ThemeName>,
    pub language: Option<crate::i18n::Lang>,
    /// Checked against the installed rubrics when used (`new`, the new-assessment form).
    pub rubric: Option<Placed>,
    pub facilitator: Option<String>,
    /// The name changes are recorded as, asked once by the screens when nothing else
    /// gives one (see [`known_actor`]).
    pub name: Option<String>,
    pub database: Option<PathBuf>,
    pub keys: Remap,
}

/// Where the settings file is (it may not exist).
pub fn path() -> PathBuf {
    crate::paths::settings_file()
}

/// Reads the settings file at `path`; a missing file is no settings.
pub fn load(path: &Path) -> Result<Settings, Vec<Diagnostic>> {
    if !path.exists() {
        return Ok(Settings::default());
    }
    let text = crate::diag::read_or_diagnose(path).map_err(|d| vec![d])?;
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    parse(&path.display().to_string(), &text, home.as_deref())
}

/// Parses and validates settings text; `home` is what a leading `~/` in `database`
/// stands for.
pub fn parse(name: &str, text: &str, home: Option<&Path>) -> Result<Settings, Vec<Diagnostic>> {
    let src = Source::new(name, text);
    let table = DeTable::parse(text).map_err(|e| vec![src.toml_error(&e)])?;
    let mut problems = Vec::new();
    let mut settings = Settings::default();
    for (key, value) in table.get_ref() {
        let span = value.span();
        let mut problem = |message: String| problems.push(src.at(span.clone(), message));
        let key_name = key.get_ref().as_ref();
        if key_name == "keys" {
            match keys(&src, value) {
                Ok(remap) => settings.keys = remap,
                Err(mut p) => problems.append(&mut p),
            }
            continue;
        }
        let known = [
            "theme",
            "language",
            "rubric",
            "facilitator",
            "name",
            "database",
        ];
        if !known.contains(&key_name) {
            problems.push(src.at(
                key.span(),
                crate::t!("errors-settings-unknown", key = format!("{key_name:?}")),
            ));
            continue;
        }
        let DeValue::String(raw) = value.get_ref() else {
            problem(crate::t!("errors-settings-quotes", key = key_name));
            continue;
        };
        let text = match crate::text::checked(raw, crate::text::Shape::Line, key_name) {
            Ok(t) if t.is_empty() => {
                problem(crate::t!("errors-text-empty", what = key_name));
                continue;
            }
            Ok(t) => t,
            Err(why) => {
                problem(why);
                continue;
            }
        };
        match key_name {
            "theme" => match ThemeName::from_str(&text, false) {
                Ok(theme) => settings.theme = Some(theme),
                Err(_) => problem(crate::t!(
                    "errors-settings-theme",
                    value = format!("{text:?}")
                )),
            },
            "language" => match crate::i18n::Lang::from_code(&text) {
                Some(lang) => settings.language = Some(lang),
                None => problem(crate::t!(
                    "errors-settings-language",
                    value = format!("{text:?}")
                )),
            },
            "rubric" => {
                let (line, col) = src.position(span.start);
                settings.rubric = Some(Placed {
                    value: text,
                    file: name.to_string(),
                    line,
                    col,
                });
            }
            "facilitator" => settings.facilitator = Some(text),
            "name" => settings.name = Some(text),
            _ => match database(&text, home) {
                Ok(path) => settings.database = Some(path),
                Err(why) => problem(why),
            },
        }
    }
    if problems.is_empty() {
        Ok(settings)
    } else {
        problems.sort_by_key(|d| (d.line, d.col));
        Err(problems)
    }
}

/// The database path: absolute, or from the home folder with `~/`, so it does not
/// depend on the folder a command is run from.
fn database(text: &str, home: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(rest) = text.strip_prefix("~/") {
        return home
            .map(|h| h.join(rest))
            .ok_or_else(|| crate::t!("errors-settings-no-home"));
    }
    let path = PathBuf::from(text);
    if path.is_absolute() {
        Ok(path)
    } else {
        Err(crate::t!(
            "errors-settings-database",
            value = format!("{text:?}")
        ))
    }
}

/// The `[keys]` table: action = "key" or action = ["key", …].
fn keys(src: &Source, value: &toml::Spanned<DeValue>) -> Result<Remap, Vec<Diagnostic>> {
    let DeValue::Table(table) = value.get_ref() else {
        return Err(vec![
            src.at(value.span(), crate::t!("errors-settings-keys-table")),
        ]);
    };
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (name, keys) in table {
        let mut listed = Vec::new();
        let mut one = |v: &toml::Spanned<DeValue>| match v.get_ref() {
            // A key is one character: a space around it (`" "`, `" x"`) is not
            // trimmed away but shown as written.
            DeValue::String(s) if s.trim().len() != s.len() => problems.push(src.at(
                v.span(),
                crate::t!("keys-remap-not-a-key", key = format!("{s:?}")),
            )),
            DeValue::String(s) => {
                match crate::text::checked(
                    s,
                    crate::text::Shape::Line,
                    &crate::t!("errors-settings-a-key"),
                ) {
                    Ok(key) => listed.push((key, v.span())),
                    Err(why) => problems.push(src.at(v.span(), why)),
                }
            }
            _ => problems.push(src.at(v.span(), crate::t!("errors-settings-key-quotes"))),
        };
        match keys.get_ref() {
            DeValue::Array(items) => items.iter().for_each(&mut one),
            _ => one(keys),
        }
        entries.push(Entry {
            name: name.get_ref().to_string(),
            name_span: name.span(),
            keys: listed,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Remap::build(&entries).map_err(|p| {
        p.into_iter()
            .map(|(span, message)| src.at(span, message))
            .collect()
    })
}

/// The name recorded in the event log (and as a facilitator or participant) for
/// changes made from this process: `TOUCHSTONE_USER`, then the settings' facilitator,
/// then the login name. The environment is typed by people too, so it passes the text
/// policy like any other door (`text::name_from`).
pub fn actor(settings: &Settings) -> String {
    known_actor(settings).unwrap_or_else(|| "unknown".to_string())
}

/// As [`actor`], `None` when nothing gives a name: `TOUCHSTONE_USER`, the settings'
/// `name`, its facilitator, then the login name (`USER`, `USERNAME`). The screens then
/// ask for one and keep it as `name` in the settings file.
pub fn known_actor(settings: &Settings) -> Option<String> {
    let env =
        |v: &str| std::env::var_os(v).and_then(|s| crate::text::name_from(&s.to_string_lossy()));
    env("TOUCHSTONE_USER")
        .or_else(|| settings.name.clone())
        .or_else(|| settings.facilitator.clone())
        .or_else(|| env("USER"))
        .or_else(|| env("USERNAME"))
}
