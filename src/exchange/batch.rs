//! Importing many files at once: find them, check them all, then write them in one
//! transaction (or nothing). Shared by `touchstone import` and the import prompt.

use super::{SessionPlace, parse_located};
use crate::diag::{Diagnostic, ReadError, read_text};
use crate::error::{Error, Result};
use crate::rubric::Registry;
use crate::store::{ImportOutcome, Store};
use crate::t;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use super::walk::{Found, toml_files};

/// Reads a file named by the user.
pub fn read(path: &Path) -> Result<String> {
    read_text(path).map_err(|e| match e {
        ReadError::Io(e) => Error::input(t!(
            "report-import-cannot-read",
            path = path.display().to_string(),
            error = e.to_string()
        )),
        ReadError::Invalid(d) => Error::Invalid(vec![d]),
    })
}

/// Reads a file; a text problem (not UTF-8) is added to `problems` and gives `None`,
/// so callers can go on to the next file and report every problem at once.
pub fn read_or_note(path: &Path, problems: &mut Vec<Diagnostic>) -> Result<Option<String>> {
    match read(path) {
        Ok(text) => Ok(Some(text)),
        Err(Error::Invalid(mut p)) => {
            problems.append(&mut p);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// How many assessments an import added, replaced, found unchanged and brought back
/// from deletion, and what the folder walk skipped (links to folders, FIFOs…), to be
/// shown as warnings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportCounts {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub restored: usize,
    pub skipped: Vec<String>,
}

impl std::fmt::Display for ImportCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "report-import-counts",
            added = self.added,
            replaced = self.replaced,
            unchanged = self.unchanged,
            restored = self.restored
        ))
    }
}

/// Imports every assessment file under `paths`. Every file is checked first; any
/// problem or conflict (without `replace`) means nothing is written.
pub fn import_paths(
    store: &mut Store,
    registry: &Registry,
    paths: &[PathBuf],
    replace: bool,
    actor: &str,
) -> Result<ImportCounts> {
    let Found {
        files,
        warnings: skipped,
    } = toml_files(paths)?;
    if files.is_empty() {
        // What was skipped explains why nothing was found: after the error, each as
        // the warning it is (a skipped link is not an error of its own).
        let mut message = t!("report-import-no-files");
        for line in &skipped {
            message.push('\n');
            message.push_str(&t!("cli-warning", message = line.as_str()));
        }
        return Err(Error::input(message));
    }
    let mut batch = Vec::new();
    let mut names = Vec::new();
    let mut places = Vec::new();
    let mut problems = Vec::new();
    {
        let resolve = |id: &str, version: &str| {
            registry
                .get(id, version)
                .map(|e| (e.rubric.clone(), e.text.clone()))
                .or_else(|| store.stored_rubric(id, version).ok().flatten())
        };
        let mut first_file: HashMap<String, String> = HashMap::new();
        for file in &files {
            let name = file.display().to_string();
            let Some(text) = read_or_note(file, &mut problems)? else {
                continue;
            };
            match parse_located(&name, &text, &resolve) {
                Ok((a, at)) => {
                    if let Some(other) = first_file.insert(a.meta.id.clone(), name.clone()) {
                        problems.push(Diagnostic {
                            file: name.clone(),
                            line: 1,
                            col: 1,
                            message: t!("report-import-also-in", id = &a.meta.id, other = &other),
                        });
                    }
                    names.push(name);
                    batch.push(a);
                    places.push(at);
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
    }
    problems.extend(moved_sessions(store, &batch, &names, &places)?);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let outcomes = store.import(&batch, replace, actor)?;
    let mut conflicts = Vec::new();
    for ((name, a), outcome) in names.iter().zip(&batch).zip(&outcomes) {
        if *outcome != ImportOutcome::Conflict {
            continue;
        }
        // Say what differs, so an edited copy can be told from a stale one.
        let what = super::differences::summary(a, &store.load(&a.meta.id)?);
        let what = if what.is_empty() {
            t!("report-import-other-content")
        } else {
            what.join("; ")
        };
        // The file's name stays first, as a `FILE: ` prefix.
        conflicts.push(format!(
            "{name}: {}",
            t!("report-import-conflict", id = &a.meta.id, what = what)
        ));
    }
    if !conflicts.is_empty() {
        return Err(Error::input(format!(
            "{}\n{}",
            conflicts.join("\n"),
            t!("report-import-nothing-imported")
        )));
    }
    let count = |kind| outcomes.iter().filter(|o| **o == kind).count();
    Ok(ImportCounts {
        added: count(ImportOutcome::Added),
        replaced: count(ImportOutcome::Replaced),
        unchanged: count(ImportOutcome::Unchanged),
        restored: count(ImportOutcome::Restored),
        skipped,
    })
}

/// A session belongs to the assessment it was held on: each session id of the batch
/// that already belongs to another assessment, here or in an earlier file, is a
/// problem at its place.
fn moved_sessions(
    store: &Store,
    batch: &[crate::assessment::Assessment],
    names: &[String],
    places: &[Vec<SessionPlace>],
) -> Result<Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut first: HashMap<&str, (&str, &str)> = HashMap::new();
    for ((a, name), at) in batch.iter().zip(names).zip(places) {
        let owners: HashMap<String, String> = store
            .session_owners(at.iter().map(|p| p.id.as_str()))?
            .into_iter()
            .collect();
        for place in at {
            let id = a.meta.id.as_str();
            if let Some(owner) = owners.get(&place.id).filter(|o| *o != id) {
                problems.push(place.problem(t!(
                    "report-import-session-here",
                    session = &place.id,
                    owner = owner
                )));
            } else if let Some((owner, file)) = first
                .get(place.id.as_str())
                .filter(|(owner, _)| *owner != id)
            {
                problems.push(place.problem(t!(
                    "report-import-session-in-file",
                    session = &place.id,
                    owner = *owner,
                    file = *file
                )));
            } else {
                first.insert(&place.id, (id, name));
            }
        }
    }
    Ok(problems)
}
