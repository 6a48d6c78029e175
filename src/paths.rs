//! Where Touchstone keeps things on this machine.

use directories::ProjectDirs;
use std::path::PathBuf;

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "touchstone")
}

/// The data folder: `$XDG_DATA_HOME/touchstone` on Linux, the platform's equivalent
/// elsewhere; `./touchstone-data` when the platform has no home folder.
pub fn data_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("touchstone-data"))
}

/// The database used when neither `--db` nor `TOUCHSTONE_DB` names one.
pub fn default_db() -> PathBuf {
    data_dir().join("touchstone.db")
}

/// The folder users drop their own rubric files into.
pub fn user_standards_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.config_dir().join("standards"))
        .unwrap_or_else(|| PathBuf::from("touchstone-standards"))
}

/// The folder users drop their own session plans into.
pub fn user_sessions_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.config_dir().join("sessions"))
        .unwrap_or_else(|| PathBuf::from("touchstone-sessions"))
}

/// The settings file: `$XDG_CONFIG_HOME/touchstone/settings.toml` on Linux.
pub fn settings_file() -> PathBuf {
    project_dirs()
        .map(|d| d.config_dir().join("settings.toml"))
        .unwrap_or_else(|| PathBuf::from("touchstone-settings.toml"))
}
