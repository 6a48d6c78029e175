//! The rubrics Touchstone knows: bundled ones (embedded in the binary) and user ones
//! (files in the user standards folder or a `--standards` folder).

use super::{Rubric, compare_versions, parse};
use crate::diag::{Diagnostic, read_or_diagnose, toml_files_in};
use std::path::PathBuf;
use std::sync::Arc;

/// Bundled rubric files, embedded so the binary works from any directory.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "standards/cs-site-2017.toml",
        include_str!("../../standards/cs-site-2017.toml"),
    ),
    (
        "standards/cs-site-2017-v2.toml",
        include_str!("../../standards/cs-site-2017-v2.toml"),
    ),
    (
        "standards/csf-2023.toml",
        include_str!("../../standards/csf-2023.toml"),
    ),
    (
        "standards/csf-2023-v2.toml",
        include_str!("../../standards/csf-2023-v2.toml"),
    ),
    (
        "standards/cs-system-building.toml",
        include_str!("../../standards/cs-system-building.toml"),
    ),
    (
        "standards/cs-initiative-2017.toml",
        include_str!("../../standards/cs-initiative-2017.toml"),
    ),
];

/// Bundled rubric ids kept only so that assessments made with them still load,
/// import and roll up; new assessments use the replacement. `cs-initiative-2017`
/// was mostly the 2011 system-building framework, so its id overstated its source.
pub const RETIRED: &[(&str, &str)] = &[("cs-initiative-2017", "cs-system-building")];

/// The rubric that replaces a retired one, if `id` is retired.
pub fn replacement(id: &str) -> Option<&'static str> {
    RETIRED
        .iter()
        .find(|(old, _)| *old == id)
        .map(|(_, new)| *new)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    User(PathBuf),
}

/// One known rubric: the parsed model and the exact text it came from (stored with
/// every assessment scored on it).
#[derive(Debug, Clone)]
pub struct Entry {
    pub rubric: Arc<Rubric>,
    pub text: Arc<str>,
    pub origin: Origin,
}

#[derive(Debug, Clone, Default)]
pub struct Registry {
    entries: Vec<Entry>,
}

pub use crate::paths::user_standards_dir as user_rubric_dir;

impl Registry {
    /// The bundled rubrics only.
    pub fn bundled() -> Registry {
        let mut entries = Vec::new();
        for (name, text) in BUNDLED {
            // Bundled files are checked by the test suite; a broken one is a build bug.
            if let Ok(rubric) = parse(name, text) {
                entries.push(Entry {
                    rubric: Arc::new(rubric),
                    text: Arc::from(*text),
                    origin: Origin::Bundled,
                });
            }
        }
        Registry { entries }
    }

    /// Bundled rubrics plus every `*.toml` in `dirs` (missing folders are skipped).
    /// Files that fail validation are left out and returned as problems.
    pub fn load(dirs: &[PathBuf]) -> (Registry, Vec<Diagnostic>) {
        let mut registry = Registry::bundled();
        let mut problems = Vec::new();
        for dir in dirs {
            for path in toml_files_in(dir) {
                let name = path.display().to_string();
                let text = match read_or_diagnose(&path) {
                    Ok(t) => t,
                    Err(d) => {
                        problems.push(d);
                        continue;
                    }
                };
                match parse(&name, &text) {
                    Ok(rubric) => {
                        if let Err(d) = registry.add_user(rubric, text, path) {
                            problems.push(d);
                        }
                    }
                    Err(mut d) => problems.append(&mut d),
                }
            }
        }
        (registry, problems)
    }

    fn add_user(&mut self, rubric: Rubric, text: String, path: PathBuf) -> Result<(), Diagnostic> {
        if let Some(twin) = self
            .entries
            .iter()
            .find(|e| e.rubric.id == rubric.id && e.rubric.version == rubric.version)
        {
            let (id, version) = (&rubric.id, &rubric.version);
            let message = match &twin.origin {
                Origin::Bundled => {
                    crate::t!("errors-rubric-twice-bundled", id = id, version = version)
                }
                Origin::User(p) => crate::t!(
                    "errors-rubric-twice",
                    id = id,
                    version = version,
                    file = p.display().to_string()
                ),
            };
            return Err(Diagnostic {
                file: path.display().to_string(),
                line: 1,
                col: 1,
                message,
            });
        }
        self.entries.push(Entry {
            rubric: Arc::new(rubric),
            text: Arc::from(text),
            origin: Origin::User(path),
        });
        Ok(())
    }

    /// Every rubric, sorted by id then version.
    pub fn all(&self) -> Vec<&Entry> {
        let mut all: Vec<&Entry> = self.entries.iter().collect();
        all.sort_by(|a, b| {
            a.rubric
                .id
                .cmp(&b.rubric.id)
                .then_with(|| compare_versions(&a.rubric.version, &b.rubric.version))
        });
        all
    }

    /// The highest version of a rubric.
    pub fn latest(&self, id: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .filter(|e| e.rubric.id == id)
            .max_by(|a, b| compare_versions(&a.rubric.version, &b.rubric.version))
    }

    pub fn get(&self, id: &str, version: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.rubric.id == id && e.rubric.version == version)
    }

    /// The distinct rubric ids, for "did you mean" messages.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.entries.iter().map(|e| e.rubric.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_rubric_is_valid_and_embedded() {
        for (name, text) in BUNDLED {
            if let Err(problems) = parse(name, text) {
                panic!("{name} is invalid: {problems:#?}");
            }
        }
        assert_eq!(Registry::bundled().all().len(), BUNDLED.len());
    }

    #[test]
    fn the_bundled_list_matches_the_standards_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
        let on_disk: Vec<String> = toml_files_in(&dir)
            .iter()
            .map(|p| format!("standards/{}", p.file_name().unwrap().to_string_lossy()))
            .collect();
        let mut bundled: Vec<String> = BUNDLED.iter().map(|(n, _)| n.to_string()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
    }
}
