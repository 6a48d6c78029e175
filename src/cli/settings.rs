//! `touchstone settings`: where the settings file is, and whether it is valid.

use super::output::print;
use crate::error::{Error, Result};

#[derive(Debug, clap::Subcommand)]
pub enum SettingsCommand {
    /// Print the settings file's path (it may not exist yet)
    Path,
    /// Check the settings file; every problem is reported as FILE:LINE:COL
    Check,
}

pub fn run(command: Option<&SettingsCommand>) -> Result<()> {
    let path = crate::settings::path();
    let shown = path.display().to_string();
    if let Some(SettingsCommand::Path) = command {
        return print(&format!("{shown}\n"));
    }
    if !path.exists() {
        return print(&format!(
            "{}\n",
            crate::t!("cli-settings-none", path = &shown)
        ));
    }
    crate::settings::load(&path).map_err(Error::Invalid)?;
    print(&format!(
        "{}\n",
        crate::t!("cli-settings-valid", path = &shown)
    ))
}
