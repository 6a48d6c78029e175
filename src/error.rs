//! The one error type of the command line, and the exit status each kind maps to.

use crate::diag::Diagnostic;
use std::fmt;

#[derive(Debug)]
pub enum Error {
    /// Bad input or usage: exit 2.
    Input(String),
    /// Problems located in files: exit 2.
    Invalid(Vec<Diagnostic>),
    /// Anything else (I/O, database): exit 1.
    Failure(String),
    /// A change to a submitted assessment, refused where every change is written
    /// (`store::rows::change`, inside the writing transaction), whatever the door:
    /// exit 2. Each front end says it in its own words.
    Submitted(Submitted),
}

/// Who submitted the assessment a change was refused on, and when (from its log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    pub assessment: String,
    /// The submit's actor and time, when the log has them (an imported final
    /// assessment has no submit logged here).
    pub by: Option<String>,
    pub at: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn input(msg: impl Into<String>) -> Self {
        Error::Input(msg.into())
    }

    pub fn failure(msg: impl Into<String>) -> Self {
        Error::Failure(msg.into())
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input(_) | Error::Invalid(_) | Error::Submitted(_) => 2,
            Error::Failure(_) => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(m) | Error::Failure(m) => f.write_str(m),
            Error::Submitted(s) => f.write_str(&crate::t!(
                "cli-read-only",
                id = s.assessment.chars().take(8).collect::<String>()
            )),
            Error::Invalid(diags) => {
                for (i, d) in diags.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{d}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

impl From<crate::text::NotNormal> for Error {
    fn from(e: crate::text::NotNormal) -> Self {
        Error::Input(e.0)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        // Every write is one transaction, so a failed one left nothing half-saved.
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => {
                Error::Failure(crate::t!("errors-disk-full", error = e.to_string()))
            }
            Some(ErrorCode::ReadOnly) => {
                Error::Failure(crate::t!("errors-read-only", error = e.to_string()))
            }
            _ => Error::Failure(crate::t!("errors-database", error = e.to_string())),
        }
    }
}
