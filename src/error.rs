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
            Error::Input(_) | Error::Invalid(_) => 2,
            Error::Failure(_) => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(m) | Error::Failure(m) => f.write_str(m),
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
