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
    /// Nothing has the id (or code) asked for: exit 2.
    NotFound(NotFound),
    /// An id prefix that more than one thing starts with: exit 2.
    Ambiguous(Ambiguous),
    /// Someone else changed it after the version a save was based on (co-editing);
    /// nothing was written: exit 2.
    Conflict(Conflict),
    /// Not something this role may do (a viewer's read-only login): exit 2.
    Refused(Refused),
}

/// What kind of thing an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    Assessment,
    Session,
}

/// How the missing thing was asked for, which decides how the message words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// A whole id.
    Id,
    /// An id or the start of one.
    Prefix,
    /// A join code too short to be the start of an id.
    Code,
    /// A join code, or the start of an id.
    CodeOrPrefix,
}

/// Nothing has the id `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotFound {
    pub what: Thing,
    pub by: By,
    /// What was asked for, as typed.
    pub id: String,
    /// The one id a typo away from it, when there is one ("did you mean").
    pub suggestion: Option<String>,
}

/// More than one thing's id starts with `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ambiguous {
    pub what: Thing,
    pub id: String,
    /// The ids that start with it (a few, in order).
    pub candidates: Vec<String>,
}

/// What was changed by someone else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    /// An assessment's action plan.
    Plan,
}

/// Whose change a save ran into: `by` (`None`: an import) at `at`, now `version`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub what: Changed,
    pub by: Option<String>,
    pub at: Option<String>,
    /// The version to base a retry on.
    pub version: i64,
}

/// Who was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A read-only login (`viewer@`, `session watch`).
    Viewer,
}

/// A role refused an act; `message` says what it may do instead, in the words (and
/// keys) of the front end that refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub role: Role,
    pub message: String,
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
            Error::Input(_)
            | Error::Invalid(_)
            | Error::Submitted(_)
            | Error::NotFound(_)
            | Error::Ambiguous(_)
            | Error::Conflict(_)
            | Error::Refused(_) => 2,
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
            Error::NotFound(n) => f.write_str(&n.to_string()),
            Error::Ambiguous(a) => f.write_str(&a.to_string()),
            Error::Conflict(c) => f.write_str(&c.to_string()),
            Error::Refused(r) => f.write_str(&r.message),
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

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let quoted = format!("{:?}", self.id);
        f.write_str(&match (self.what, self.by, &self.suggestion) {
            (Thing::Assessment, By::Id, _) => crate::t!("store-no-such-assessment", id = &self.id),
            (Thing::Assessment, _, Some(close)) => crate::t!(
                "store-no-id-starts-with-did-you-mean",
                prefix = quoted,
                suggestion = close
            ),
            (Thing::Assessment, _, None) => crate::t!("store-no-id-starts-with", prefix = quoted),
            (Thing::Session, By::Id, _) => crate::t!("session-error-no-session", id = &self.id),
            (Thing::Session, By::Code, _) => crate::t!("session-error-no-code", code = quoted),
            (Thing::Session, By::Prefix | By::CodeOrPrefix, _) => {
                crate::t!("session-error-no-code-or-id", code = quoted)
            }
        })
    }
}

impl fmt::Display for Ambiguous {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = match self.what {
            Thing::Assessment => "store-prefix-ambiguous",
            Thing::Session => "session-error-ambiguous",
        };
        f.write_str(&crate::t!(
            id,
            prefix = &self.id,
            ids = self.candidates.join(", ")
        ))
    }
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match &self.by {
            Some(name) => crate::text::printable(name),
            None => crate::t!("errors-conflict-an-import"),
        };
        let what = match self.what {
            Changed::Plan => crate::t!("errors-conflict-plan"),
        };
        f.write_str(&match &self.at {
            Some(at) => crate::t!("errors-conflict-at", name = name, what = what, at = at),
            None => crate::t!("errors-conflict", name = name, what = what),
        })
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    fn english(e: &Error) -> String {
        scoped(Lang::En, || e.to_string())
    }

    fn not_found(what: Thing, by: By, id: &str, suggestion: Option<&str>) -> Error {
        Error::NotFound(NotFound {
            what,
            by,
            id: id.into(),
            suggestion: suggestion.map(Into::into),
        })
    }

    #[test]
    fn not_found_keeps_each_lookups_words_and_exit_2() {
        let cases = [
            (
                not_found(Thing::Assessment, By::Prefix, "abcd", None),
                "no assessment id starts with \"abcd\"",
            ),
            (
                not_found(Thing::Assessment, By::Id, "abcd-1", None),
                "no assessment with id abcd-1",
            ),
            (
                not_found(Thing::Session, By::Code, "AB", None),
                "no running session has the code \"AB\" (see `touchstone session list`)",
            ),
            (
                not_found(Thing::Session, By::CodeOrPrefix, "ABCDE", None),
                "no session has the code \"ABCDE\", nor an id starting with it (see `touchstone session list`)",
            ),
        ];
        for (e, words) in cases {
            assert!(english(&e).starts_with(words), "{}", english(&e));
            assert_eq!(e.exit_code(), 2);
        }
        let typo = not_found(Thing::Assessment, By::Prefix, "abce", Some("abcd"));
        assert!(english(&typo).contains("abcd"), "{}", english(&typo));
        assert_ne!(
            english(&typo),
            english(&not_found(Thing::Assessment, By::Prefix, "abce", None))
        );
    }

    #[test]
    fn ambiguous_names_the_candidates_and_exits_2() {
        let e = Error::Ambiguous(Ambiguous {
            what: Thing::Assessment,
            id: "0193".into(),
            candidates: vec!["0193a".into(), "0193b".into()],
        });
        assert_eq!(
            english(&e),
            "0193 matches several assessments (0193a, 0193b); give more characters"
        );
        assert_eq!(e.exit_code(), 2);
        let e = Error::Ambiguous(Ambiguous {
            what: Thing::Session,
            id: "0193".into(),
            candidates: vec!["0193a".into(), "0193b".into()],
        });
        assert_eq!(
            english(&e),
            "0193 matches several sessions (0193a, 0193b); give more characters"
        );
    }

    #[test]
    fn a_conflict_says_whose_change_and_exits_2() {
        let e = Error::Conflict(Conflict {
            what: Changed::Plan,
            by: Some("Ben".into()),
            at: Some("2026-11-02T10:00:00Z".into()),
            version: 3,
        });
        let words = english(&e);
        assert!(
            words.contains("Ben") && words.contains("the action plan"),
            "{words}"
        );
        assert!(words.contains("2026-11-02T10:00:00Z"), "{words}");
        assert_eq!(e.exit_code(), 2);
        let imported = Error::Conflict(Conflict {
            what: Changed::Plan,
            by: None,
            at: None,
            version: 3,
        });
        assert!(
            english(&imported).contains("an import"),
            "{}",
            english(&imported)
        );
        let spanish = scoped(Lang::Es, || imported.to_string());
        assert!(spanish.contains("una importación"), "{spanish}");
    }

    #[test]
    fn a_refusal_by_role_says_what_the_role_may_do_and_exits_2() {
        let e = Error::Refused(Refused {
            role: Role::Viewer,
            message: "This is a read-only view".into(),
        });
        assert_eq!(e.to_string(), "This is a read-only view");
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn the_older_kinds_keep_their_exit_codes() {
        assert_eq!(Error::input("x").exit_code(), 2);
        assert_eq!(Error::failure("x").exit_code(), 1);
        assert_eq!(Error::Invalid(Vec::new()).exit_code(), 2);
    }
}
