//! The rubrics Touchstone knows: bundled ones (embedded in the binary) and user ones
//! (files in the user standards folder or a `--standards` folder).

use super::translation::{self, Translation};
use super::{Rubric, compare_versions, parse};
use crate::diag::Diagnostic;
use crate::i18n::Lang;
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
        "standards/cs-site-2017-v3.toml",
        include_str!("../../standards/cs-site-2017-v3.toml"),
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
        "standards/cs-system-building-v2.toml",
        include_str!("../../standards/cs-system-building-v2.toml"),
    ),
    (
        "standards/cs-initiative-2017.toml",
        include_str!("../../standards/cs-initiative-2017.toml"),
    ),
];

/// Bundled rubric translations (`NAME.LANG.toml` beside the rubric they translate).
pub const BUNDLED_TRANSLATIONS: &[(&str, &str)] = &[
    (
        "standards/cs-site-2017-v2.es.toml",
        include_str!("../../standards/cs-site-2017-v2.es.toml"),
    ),
    (
        "standards/cs-site-2017-v3.es.toml",
        include_str!("../../standards/cs-site-2017-v3.es.toml"),
    ),
    (
        "standards/csf-2023-v2.es.toml",
        include_str!("../../standards/csf-2023-v2.es.toml"),
    ),
    (
        "standards/cs-system-building.es.toml",
        include_str!("../../standards/cs-system-building.es.toml"),
    ),
    (
        "standards/cs-system-building-v2.es.toml",
        include_str!("../../standards/cs-system-building-v2.es.toml"),
    ),
    (
        "standards/cs-site-2017.es.toml",
        include_str!("../../standards/cs-site-2017.es.toml"),
    ),
    (
        "standards/csf-2023.es.toml",
        include_str!("../../standards/csf-2023.es.toml"),
    ),
    (
        "standards/cs-initiative-2017.es.toml",
        include_str!("../../standards/cs-initiative-2017.es.toml"),
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

/// Where a rubric or translation was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into Touchstone.
    Bundled,
    /// A file in the user's rubric folder.
    User(PathBuf),
}

/// One known rubric: the parsed model and the exact text it came from (stored with
/// every assessment scored on it).
#[derive(Debug, Clone)]
pub struct Entry {
    /// The parsed rubric, shared.
    pub rubric: Arc<Rubric>,
    /// The file's text as read, stored with each assessment that uses it.
    pub text: Arc<str>,
    /// Where it came from.
    pub origin: Origin,
}

/// One known translation of a rubric version.
#[derive(Debug, Clone)]
pub struct TranslationEntry {
    /// The parsed translation, shared.
    pub translation: Arc<Translation>,
    /// Where it came from.
    pub origin: Origin,
}

/// Every rubric and rubric translation Touchstone knows: the bundled ones and those of the
/// user's folder.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    entries: Vec<Entry>,
    translations: Vec<TranslationEntry>,
}

pub use crate::paths::user_standards_dir as user_rubric_dir;

impl Registry {
    /// The bundled rubrics only. They are parsed once per process (the store, the
    /// session code and the reports each ask for them, often many times a command)
    /// and shared: the rubrics and translations are immutable behind their `Arc`s.
    pub fn bundled() -> Registry {
        static BUNDLED_REGISTRY: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
        BUNDLED_REGISTRY
            .get_or_init(Registry::parse_bundled)
            .clone()
    }

    /// Parses the embedded rubric and translation files.
    fn parse_bundled() -> Registry {
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
        let mut registry = Registry {
            entries,
            translations: Vec::new(),
        };
        for (name, text) in BUNDLED_TRANSLATIONS {
            // Checked by the test suite, like the bundled rubrics.
            let parsed = translation::parse(name, text, &|id| registry.versions(id));
            if let Ok(t) = parsed {
                registry.translations.push(TranslationEntry {
                    translation: Arc::new(t),
                    origin: Origin::Bundled,
                });
            }
        }
        registry
    }

    /// Bundled rubrics plus every `*.toml` in `dirs` (missing folders are skipped),
    /// rubrics first, then the translations among them (which may translate a rubric
    /// of another folder). Files that fail validation are left out and returned as
    /// problems. The translations become what [`super::shown`] uses.
    pub fn load(dirs: &[PathBuf]) -> (Registry, Vec<Diagnostic>) {
        let mut registry = Registry::bundled();
        let mut problems = Vec::new();
        let mut translations = Vec::new();
        for read in crate::diag::toml_texts_in(dirs) {
            let (path, text) = match read {
                Ok(read) => read,
                Err(d) => {
                    problems.push(d);
                    continue;
                }
            };
            let name = path.display().to_string();
            if translation::is_translation(&text) {
                translations.push((path, text));
                continue;
            }
            match parse(&name, &text) {
                Ok(rubric) => {
                    if let Err(d) = registry.add_user(rubric, text, path) {
                        problems.push(d);
                    }
                }
                Err(mut d) => problems.append(&mut d),
            }
        }
        for (path, text) in translations {
            let name = path.display().to_string();
            let parsed = translation::parse(&name, &text, &|id| registry.versions(id));
            match parsed {
                Ok(t) => {
                    if let Err(d) = registry.add_translation(t, path) {
                        problems.push(d);
                    }
                }
                Err(mut d) => problems.append(&mut d),
            }
        }
        super::shown::publish(&registry);
        (registry, problems)
    }

    fn add_translation(&mut self, t: Translation, path: PathBuf) -> Result<(), Diagnostic> {
        if let Some(twin) = self.translation(&t.id, &t.version, t.lang) {
            let whose = match &twin.origin {
                Origin::Bundled => crate::t!("errors-translation-bundled"),
                Origin::User(p) => p.display().to_string(),
            };
            return Err(Diagnostic {
                file: path.display().to_string(),
                line: 1,
                col: 1,
                message: crate::t!(
                    "errors-translation-twice",
                    lang = t.lang.to_string(),
                    rubric = &t.id,
                    version = &t.version,
                    whose = whose
                ),
            });
        }
        self.translations.push(TranslationEntry {
            translation: Arc::new(t),
            origin: Origin::User(path),
        });
        Ok(())
    }

    /// Every version of a rubric id (for checking translations against).
    pub fn versions(&self, id: &str) -> Vec<Arc<Rubric>> {
        self.entries
            .iter()
            .filter(|e| e.rubric.id == id)
            .map(|e| e.rubric.clone())
            .collect()
    }

    /// The translations of one rubric version, by language.
    pub fn translations(&self, id: &str, version: &str) -> Vec<&TranslationEntry> {
        let mut found: Vec<&TranslationEntry> = self
            .translations
            .iter()
            .filter(|t| t.translation.id == id && t.translation.version == version)
            .collect();
        found.sort_by_key(|t| t.translation.lang.code());
        found
    }

    /// Every translation, for the display lookup.
    pub fn all_translations(&self) -> impl Iterator<Item = &TranslationEntry> {
        self.translations.iter()
    }

    /// The translation of rubric `id` version `version` into `lang`, if one is known.
    pub fn translation(&self, id: &str, version: &str, lang: Lang) -> Option<&TranslationEntry> {
        self.translations.iter().find(|t| {
            t.translation.id == id && t.translation.version == version && t.translation.lang == lang
        })
    }

    /// The rubric as people read it in `lang`: its translation when there is one that
    /// fits it, else the rubric itself. Ids, keys and scores are the rubric's own.
    pub fn localized(&self, rubric: &Arc<Rubric>, lang: Lang) -> Arc<Rubric> {
        self.translation(&rubric.id, &rubric.version, lang)
            .and_then(|t| t.translation.apply(rubric))
            .map_or_else(|| rubric.clone(), Arc::new)
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

    /// The rubric `id` at exactly `version`.
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

    /// The bundled rubrics are parsed once per process and shared, and what a caller
    /// adds to its copy (a user rubric) is not seen by the next caller.
    #[test]
    fn the_bundled_registry_is_parsed_once_and_shared() {
        let first = Registry::bundled();
        let second = Registry::bundled();
        assert_eq!(first.entries.len(), second.entries.len());
        for (a, b) in first.entries.iter().zip(&second.entries) {
            assert!(
                Arc::ptr_eq(&a.rubric, &b.rubric),
                "{} parsed again",
                a.rubric.id
            );
        }
        for (a, b) in first.translations.iter().zip(&second.translations) {
            assert!(Arc::ptr_eq(&a.translation, &b.translation));
        }
        let mut mine = Registry::bundled();
        mine.entries.clear();
        assert_eq!(Registry::bundled().all().len(), BUNDLED.len());
    }

    /// Each bundled translation covers its rubric exactly: it parses against it (every
    /// id, none extra, every text) and applies to it.
    #[test]
    fn every_bundled_translation_covers_its_rubric() {
        let registry = Registry::bundled();
        for (name, text) in BUNDLED_TRANSLATIONS {
            let t = match translation::parse(name, text, &|id| registry.versions(id)) {
                Ok(t) => t,
                Err(problems) => {
                    let lines: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
                    panic!("{name} is invalid:\n{}", lines.join("\n"));
                }
            };
            let rubric = registry
                .get(&t.id, &t.version)
                .expect("its rubric")
                .rubric
                .clone();
            let shown = t.apply(&rubric).expect("applies to its rubric");
            assert_eq!(shown.indicator_count(), rubric.indicator_count());
            assert!(
                name.ends_with(&format!(".{}.toml", t.lang.code())),
                "{name}: a translation file is named NAME.{}.toml",
                t.lang.code()
            );
            assert!(registry.translation(&t.id, &t.version, t.lang).is_some());
        }
    }

    #[test]
    fn the_bundled_list_matches_the_standards_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
        let on_disk: Vec<String> = crate::diag::toml_files_in(&dir)
            .iter()
            .map(|p| format!("standards/{}", p.file_name().unwrap().to_string_lossy()))
            .collect();
        let mut bundled: Vec<String> = BUNDLED
            .iter()
            .chain(BUNDLED_TRANSLATIONS)
            .map(|(n, _)| n.to_string())
            .collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
    }
}
