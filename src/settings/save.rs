//! `T` and `L` in the screens save the theme and the language: only that line
//! changes, so comments, blank lines and the other settings stay as the user wrote
//! them.

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::tui::theme::ThemeName;
use clap::ValueEnum;
use std::path::Path;

/// Sets `theme` in the settings file at `path`, creating the file (and its folder)
/// when there is none. The file is replaced whole or not at all.
pub fn save_theme(path: &Path, theme: ThemeName) -> Result<()> {
    let name = theme
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default();
    save(path, "theme", &name, &crate::t!("common-setting-theme"))
}

/// Sets `language` (`en`, `es`) in the settings file at `path`, as [`save_theme`]
/// does the theme.
pub fn save_language(path: &Path, lang: Lang) -> Result<()> {
    save(
        path,
        "language",
        lang.code(),
        &crate::t!("common-setting-language"),
    )
}

/// Sets the top-level `key` to the text `value`; `what` names the setting in
/// messages ("the theme").
fn save(path: &Path, key: &str, value: &str, what: &str) -> Result<()> {
    let text = if path.exists() {
        crate::diag::read_or_diagnose(path).map_err(|d| Error::Invalid(vec![d]))?
    } else {
        crate::store::create_folder_for(path)?;
        String::new()
    };
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        let at = e.span().map_or(0, |s| s.start);
        let name = path.display().to_string();
        let src = crate::diag::Source::new(&name, &text);
        Error::Invalid(vec![src.at(
            at..at,
            crate::t!(
                "common-setting-not-saved",
                problem = e.message().trim(),
                setting = what
            ),
        )])
    })?;
    match doc.get_mut(key) {
        None => {
            doc.insert(key, toml_edit::value(value));
        }
        // Keeps the comment after the value on the same line.
        Some(item) => {
            let Some(old) = item.as_value_mut() else {
                // A table of that name is the user's to fix; it is not replaced.
                return Err(Error::input(crate::t!(
                    "common-setting-is-a-table",
                    key = key,
                    file = crate::text::one_line(&path.display().to_string()),
                    setting = what
                )));
            };
            let decor = old.decor().clone();
            *old = toml_edit::Value::from(value);
            *old.decor_mut() = decor;
        }
    }
    let mut text = doc.to_string();
    // A new file (or one without a final newline) ends with one, as text files do.
    if !text.ends_with('\n') {
        text.push('\n');
    }
    crate::exchange::write_file(path, &text, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_line_is_set_and_the_rest_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep").join("settings.toml");
        save_language(&path, Lang::Es).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "language = \"es\"\n"
        );
        std::fs::write(
            &path,
            "# mine\ntheme = \"monochrome\"\nlanguage = \"es\"   # for the family night\n",
        )
        .unwrap();
        save_language(&path, Lang::En).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "# mine\ntheme = \"monochrome\"\nlanguage = \"en\"   # for the family night\n"
        );
        let settings = crate::settings::load(&path).unwrap();
        assert_eq!(settings.language, Some(Lang::En));
        assert_eq!(settings.theme, Some(ThemeName::Monochrome));
    }

    #[test]
    fn a_language_table_is_left_for_the_user_to_fix() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        let text = "[language]\nx = 1\n";
        std::fs::write(&path, text).unwrap();
        let err = save_language(&path, Lang::Es).unwrap_err().to_string();
        assert!(err.contains("language in"), "{err}");
        assert!(err.contains("the language was not saved"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
}
