//! `T` in the screens saves the theme: only the `theme` line changes, so comments,
//! blank lines and the other settings stay as the user wrote them.

use crate::error::{Error, Result};
use crate::tui::theme::ThemeName;
use clap::ValueEnum;
use std::path::Path;

/// Sets `theme` in the settings file at `path`, creating the file (and its folder)
/// when there is none. The file is replaced whole or not at all.
pub fn save_theme(path: &Path, theme: ThemeName) -> Result<()> {
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
            format!("{} (the theme was not saved)", e.message().trim()),
        )])
    })?;
    let name = theme
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default();
    match doc.get_mut("theme") {
        None => {
            doc.insert("theme", toml_edit::value(name));
        }
        // Keeps the comment after the value on the same line.
        Some(item) => {
            let Some(value) = item.as_value_mut() else {
                // A `[theme]` table is the user's to fix; it is not replaced.
                return Err(Error::input(format!(
                    "theme in {} is a table, not text; the theme was not saved",
                    crate::text::one_line(&path.display().to_string())
                )));
            };
            let decor = value.decor().clone();
            *value = toml_edit::Value::from(name);
            *value.decor_mut() = decor;
        }
    }
    let mut text = doc.to_string();
    // A new file (or one without a final newline) ends with one, as text files do.
    if !text.ends_with('\n') {
        text.push('\n');
    }
    crate::exchange::write_file(path, &text, true)
}
