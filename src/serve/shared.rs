//! What every connection of a server shares, and the ways in it offers.

use super::Counts;
use super::keys::{AllowedKeys, Passcode};
use crate::rubric::Registry;
use crate::tui::theme::ThemeName;
use russh::{MethodKind, MethodSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// What every connection shares.
pub struct Shared {
    pub db_path: PathBuf,
    pub registry: Registry,
    pub keys: AllowedKeys,
    pub passcode: Option<Passcode>,
    pub viewer_passcode: Option<Passcode>,
    pub theme: Option<ThemeName>,
    pub ascii: bool,
    pub idle_timeout: Duration,
    pub shutdown: Arc<AtomicBool>,
    /// Wrong passcodes allowed per connection (OpenSSH's NumberOfPasswordPrompts is 3).
    pub passcode_tries: usize,
    /// Authenticated connections allowed at once.
    pub max_connections: usize,
    pub counts: Arc<Counts>,
    pub plan_dirs: Vec<PathBuf>,
    pub grace: super::Grace,
    /// The one watcher of the database, which wakes the connections on a change.
    pub hub: Arc<super::hub::Hub>,
    /// The server's settings file: its key remaps and defaults, as the local screens
    /// use them.
    pub settings: crate::settings::Settings,
    /// The language of a connection whose client asks for none Touchstone speaks.
    pub lang: crate::i18n::Lang,
}

impl Shared {
    /// The authentication methods offered: public keys when some are allowed,
    /// passwords and keyboard-interactive when there is a passcode.
    pub fn methods(&self) -> MethodSet {
        let mut methods = MethodSet::empty();
        if !self.keys.is_empty() {
            methods.push(MethodKind::PublicKey);
        }
        if self.passcode.is_some() || self.viewer_passcode.is_some() {
            methods.push(MethodKind::Password);
            methods.push(MethodKind::KeyboardInteractive);
        }
        methods
    }

    /// The methods left once the passcode tries are used up.
    pub(super) fn methods_without_passcode(&self) -> MethodSet {
        let mut methods = MethodSet::empty();
        if !self.keys.is_empty() {
            methods.push(MethodKind::PublicKey);
        }
        methods
    }
}
