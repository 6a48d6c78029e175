//! `T` and `L` in the screens save the theme and the language: only that line
//! changes, so comments, blank lines and the other settings stay as the user wrote
//! them.

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::tui::theme::ThemeName;
use clap::ValueEnum;
use std::path::{Path, PathBuf};

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

/// Sets `name` (who changes are recorded as) in the settings file at `path`, as
/// [`save_theme`] does the theme.
pub fn save_name(path: &Path, name: &str) -> Result<()> {
    save(path, "name", name, &crate::t!("common-setting-name"))
}

/// The file a save writes: `path` itself, or, when `path` is a link (a settings file
/// kept in a dotfiles folder), the file it points to, so the link stays a link. A
/// link to nothing, and a file made read-only (by its permissions, even for a user
/// who could write it anyway), are refused: the setting then holds for this run only.
fn writable_target(path: &Path, what: &str) -> Result<PathBuf> {
    let shown = |p: &Path| crate::text::one_line(&p.display().to_string());
    let target = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => match std::fs::canonicalize(path) {
            Ok(target) => target,
            Err(_) => {
                let to = std::fs::read_link(path).unwrap_or_default();
                return Err(Error::input(crate::t!(
                    "common-setting-broken-link",
                    file = shown(path),
                    target = shown(&to),
                    setting = what
                )));
            }
        },
        _ => path.to_path_buf(),
    };
    if let Ok(meta) = std::fs::metadata(&target) {
        let refused = meta.is_file()
            && (meta.permissions().readonly()
                || std::fs::OpenOptions::new()
                    .write(true)
                    .open(&target)
                    .is_err());
        if refused {
            return Err(Error::input(crate::t!(
                "common-setting-read-only",
                file = shown(&target),
                setting = what
            )));
        }
    }
    Ok(target)
}

/// Sets the top-level `key` to the text `value`; `what` names the setting in
/// messages ("the theme").
fn save(path: &Path, key: &str, value: &str, what: &str) -> Result<()> {
    let target = writable_target(path, what)?;
    let path = target.as_path();
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

    /// Issue 20, item 16: a linked settings file stays a link, and what it points to
    /// gets the new line.
    #[cfg(unix)]
    #[test]
    fn a_linked_settings_file_is_written_through_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("dotfiles").join("touchstone.toml");
        std::fs::create_dir_all(real.parent().unwrap()).unwrap();
        std::fs::write(&real, "# kept in dotfiles\ntheme = \"default\"\n").unwrap();
        let link = dir.path().join("settings.toml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        save_theme(&link, ThemeName::Monochrome).unwrap();
        let meta = std::fs::symlink_metadata(&link).unwrap();
        assert!(meta.file_type().is_symlink(), "the link is still a link");
        assert_eq!(
            std::fs::read_to_string(&real).unwrap(),
            "# kept in dotfiles\ntheme = \"monochrome\"\n"
        );
        // A link to nothing is refused, and stays as it was.
        let broken = dir.path().join("broken.toml");
        std::os::unix::fs::symlink(dir.path().join("gone.toml"), &broken).unwrap();
        let err = save_language(&broken, Lang::Es).unwrap_err().to_string();
        assert!(err.contains("gone.toml, which does not exist"), "{err}");
        assert!(err.contains("the language was not saved"), "{err}");
        assert!(
            std::fs::symlink_metadata(&broken)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(!dir.path().join("gone.toml").exists());
    }

    /// Issue 20, item 16: a settings file made read-only is not written over.
    #[cfg(unix)]
    #[test]
    fn a_read_only_settings_file_is_not_written_over() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        let text = "theme = \"default\"\n";
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let err = save_theme(&path, ThemeName::HighContrast)
            .unwrap_err()
            .to_string();
        assert!(err.contains("is read-only"), "{err}");
        assert!(err.contains("the theme was not saved"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o444);
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
