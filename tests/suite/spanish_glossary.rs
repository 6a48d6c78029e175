//! One term for one idea in Spanish (issue 23 item 6): the words the glossary does not
//! use are listed in `locales/GLOSSARY-es.md` under "Terms not used", and none of them
//! may appear in a Spanish file: the interface (`locales/es/*.ftl`), the rubric
//! translations (`standards/*.es.toml`) and the session plan translations
//! (`sessions/*.es.toml`). The list is read from the glossary, so adding a row there
//! is all it takes to ban a word.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One row of the table: the banned forms, what to write instead, and the phrases in
/// which a banned form is allowed (all lowercase).
#[derive(Debug)]
struct Banned {
    forms: Vec<String>,
    instead: String,
    allowed: Vec<String>,
}

/// The rows of the table under the glossary's "Terms not used" heading.
fn banned_terms(glossary: &str) -> Vec<Banned> {
    let mut rows = Vec::new();
    let mut inside = false;
    for line in glossary.lines() {
        if line.starts_with('#') {
            inside = line.contains("Terms not used");
            continue;
        }
        if !inside || !line.starts_with('|') {
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.len() < 3 || cells[0] == "Not written" || cells[0].starts_with("---") {
            continue;
        }
        let split = |cell: &str, sep: &str| -> Vec<String> {
            cell.split(sep)
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty())
                .collect()
        };
        rows.push(Banned {
            forms: split(cells[0], ","),
            instead: cells[1].to_string(),
            allowed: split(cells[2], " · "),
        });
    }
    rows
}

/// The byte ranges where `term` occurs in `text` as whole words (lowercase both).
fn whole_word_hits(text: &str, term: &str) -> Vec<std::ops::Range<usize>> {
    let is_word = |c: char| c.is_alphanumeric();
    let mut hits = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(term) {
        let start = from + i;
        let end = start + term.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(is_word) && !after.is_some_and(is_word) {
            hits.push(start..end);
        }
        from = end;
    }
    hits
}

/// The banned forms found in one line of text, skipping those inside an allowed phrase.
fn offences(line: &str, banned: &[Banned]) -> Vec<String> {
    let text = line.to_lowercase();
    let mut found = Vec::new();
    for row in banned {
        let covered: Vec<std::ops::Range<usize>> = row
            .allowed
            .iter()
            .flat_map(|phrase| whole_word_hits(&text, phrase))
            .collect();
        for form in &row.forms {
            for hit in whole_word_hits(&text, form) {
                let allowed = covered
                    .iter()
                    .any(|c| c.start <= hit.start && hit.end <= c.end);
                if !allowed {
                    found.push(format!("\"{form}\" (write: {})", row.instead));
                }
            }
        }
    }
    found
}

/// What people read on one line of a file: a Fluent message's value (not its id, not
/// a comment), or a TOML line's quoted strings (not its keys, not a comment).
fn readable(path: &Path, line: &str) -> String {
    let trimmed = line.trim_start();
    if trimmed.starts_with('#') {
        return String::new();
    }
    if path.extension().is_some_and(|e| e == "ftl") {
        // `id = value` starts a message; any other line continues one.
        let message = line.split_once('=').filter(|(id, _)| {
            let id = id.trim_end();
            !id.is_empty()
                && !line.starts_with(char::is_whitespace)
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        return message.map_or(line, |(_, value)| value).to_string();
    }
    // TOML: the text between double quotes.
    line.split('"')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join(" ")
}

fn spanish_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let pick = |dir: &Path, suffix: &str, files: &mut Vec<PathBuf>| {
        let entries = std::fs::read_dir(dir).expect("read dir");
        for entry in entries {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if name.ends_with(suffix) {
                files.push(path);
            }
        }
    };
    pick(&root().join("locales/es"), ".ftl", &mut files);
    pick(&root().join("standards"), ".es.toml", &mut files);
    pick(&root().join("sessions"), ".es.toml", &mut files);
    files.sort();
    files
}

fn glossary() -> String {
    std::fs::read_to_string(root().join("locales/GLOSSARY-es.md")).expect("read glossary")
}

#[test]
fn the_glossary_lists_the_terms_it_does_not_use() {
    let banned = banned_terms(&glossary());
    let forms: Vec<&str> = banned
        .iter()
        .flat_map(|b| b.forms.iter().map(String::as_str))
        .collect();
    // The drift issue 23 found, each now one term in the glossary.
    for word in [
        "miembro",
        "media",
        "puntuación",
        "diferencia",
        "al máximo",
        "aprendizaje significativo",
        "carreras",
        "horario fijo",
    ] {
        assert!(forms.contains(&word), "{word:?} not banned: {forms:?}");
    }
    assert!(banned.iter().all(|b| !b.instead.is_empty()));
}

#[test]
fn the_matcher_takes_whole_words_and_allowed_phrases() {
    let banned = banned_terms(&glossary());
    assert_eq!(offences("Media", &banned).len(), 1);
    assert_eq!(offences("Cada miembro califica", &banned).len(), 1);
    assert_eq!(offences("Indicadores al máximo:", &banned).len(), 1);
    assert_eq!(offences("Aprendizaje significativo", &banned).len(), 1);
    // Whole words only, and allowed phrases pass.
    assert!(offences("Unas dos horas y media", &banned).is_empty());
    assert!(offences("una comedia; los medios", &banned).is_empty());
    assert!(offences("como máximo En inicio", &banned).is_empty());
    assert!(offences("Promedio · dispersión · integrantes", &banned).is_empty());
}

#[test]
fn no_spanish_file_uses_a_term_the_glossary_does_not_use() {
    let banned = banned_terms(&glossary());
    let files = spanish_files();
    // The interface, at least three rubric translations and the plan translations.
    assert!(files.len() >= 11 + 3 + 9, "only {} files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("read");
        for (n, line) in text.lines().enumerate() {
            for offence in offences(&readable(path, line), &banned) {
                let name = path.strip_prefix(root()).unwrap_or(path).display();
                failures.push(format!("{name}:{}: {offence}", n + 1));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "terms the glossary does not use (locales/GLOSSARY-es.md):\n{}",
        failures.join("\n")
    );
}
