//! Importing many files at once: find them, check them all, then write them in one
//! transaction (or nothing). Shared by `touchstone import` and the import prompt.

use super::parse_assessment;
use crate::diag::{Diagnostic, ReadError, read_text};
use crate::error::{Error, Result};
use crate::rubric::Registry;
use crate::store::{ImportOutcome, Store};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use super::walk::{Found, toml_files};

/// Reads a file named by the user.
pub fn read(path: &Path) -> Result<String> {
    read_text(path).map_err(|e| match e {
        ReadError::Io(e) => Error::input(format!("cannot read {}: {e}", path.display())),
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

/// How many assessments an import added, replaced and found unchanged, and what the
/// folder walk skipped (links to folders, FIFOs…), to be shown as warnings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportCounts {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub skipped: Vec<String>,
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
        // What was skipped explains why nothing was found.
        let mut message = skipped.join("\n");
        if !message.is_empty() {
            message.push('\n');
        }
        message.push_str("no .toml files found there");
        return Err(Error::input(message));
    }
    let mut batch = Vec::new();
    let mut names = Vec::new();
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
            match parse_assessment(&name, &text, &resolve) {
                Ok(a) => {
                    if let Some(other) = first_file.insert(a.meta.id.clone(), name.clone()) {
                        problems.push(Diagnostic {
                            file: name.clone(),
                            line: 1,
                            col: 1,
                            message: format!(
                                "assessment {} is also in {other}; import one of them",
                                a.meta.id
                            ),
                        });
                    }
                    names.push(name);
                    batch.push(a);
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let outcomes = store.import(&batch, replace, actor)?;
    let conflicts: Vec<String> = names
        .iter()
        .zip(&batch)
        .zip(&outcomes)
        .filter(|(_, o)| **o == ImportOutcome::Conflict)
        .map(|((name, a), _)| {
            format!(
                "{name}: assessment {} already exists here with other content",
                a.meta.id
            )
        })
        .collect();
    if !conflicts.is_empty() {
        return Err(Error::input(format!(
            "{}\nnothing was imported; import with --replace to overwrite those assessments",
            conflicts.join("\n")
        )));
    }
    let count = |kind| outcomes.iter().filter(|o| **o == kind).count();
    Ok(ImportCounts {
        added: count(ImportOutcome::Added),
        replaced: count(ImportOutcome::Replaced),
        unchanged: count(ImportOutcome::Unchanged),
        skipped,
    })
}
