//! Spanish everywhere (issue 23 item 6): with `--lang es` no English is left on any
//! screen, in any report for people or in the minutes, and none in a Spanish content
//! file; the narrow sidebars tell every standard apart in both languages.
//!
//! "English" is found two ways. An interface message of `locales/en` whose Spanish
//! counterpart differs must not make up a line (or, on a screen, a panel's piece of a
//! line) of the Spanish output; a message's placeables match anything. And the
//! rubric's and the plan's own English words (titles, statements, level names) must not
//! appear where their translation differs.

use crate::common::{self, Env};
use crate::snapshot::{cells_text, render};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use touchstone::assessment::Assessment;
use touchstone::exchange::report::{Format, render as report};
use touchstone::i18n::{self, Lang};
use touchstone::rubric::{Choice, Registry};
use touchstone::store::Store;

/// Single-line messages of one locale folder: id → text. Select expressions (plurals)
/// and multi-line messages are left out: their lines are checked as the other
/// messages' are only where they are single lines.
fn messages(lang: &str) -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut out = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locale folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read ftl");
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            let continued = lines
                .get(i + 1)
                .is_some_and(|next| next.starts_with(' ') || next.starts_with('.'));
            let is_id = id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_id && !continued && !value.contains("->") && !value.trim().is_empty() {
                out.insert(id.to_string(), value.trim().to_string());
            }
        }
    }
    out
}

/// A message as the literal pieces between its placeables (`{ $x }`, `{ -term }`).
fn pieces(message: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0;
    for c in message.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push(String::new());
                }
            }
            '}' if depth > 0 => depth -= 1,
            c if depth == 0 => out.last_mut().expect("a piece").push(c),
            _ => {}
        }
    }
    out
}

/// Whether `line` is `pieces` with anything in place of the placeables.
fn matches(pieces: &[String], line: &str) -> bool {
    let (first, rest) = pieces.split_first().expect("a piece");
    let Some(mut left) = line.strip_prefix(first.as_str()) else {
        return false;
    };
    let Some((last, middle)) = rest.split_last() else {
        return left.is_empty();
    };
    for piece in middle {
        match left.find(piece.as_str()) {
            Some(at) => left = &left[at + piece.len()..],
            None => return false,
        }
    }
    left.ends_with(last.as_str())
}

/// Words that are the same in both languages and may stand alone on a line: ids,
/// level numbers, N/A, proper names, the product's name.
const ALLOWED: &[&str] = &[
    "N/A",
    "Touchstone",
    "ok",
    "SSH",
    "ID",
    "CSV",
    "JSON",
    "HTML",
];

/// The English interface messages that differ in Spanish and have enough words to be
/// told apart (at least one literal word of three letters).
fn english_messages() -> Vec<(String, Vec<String>)> {
    let en = messages("en");
    let es = messages("es");
    en.into_iter()
        .filter(|(id, text)| es.get(id).is_some_and(|s| s != text))
        .filter(|(_, text)| !ALLOWED.contains(&text.as_str()))
        .map(|(id, text)| (id, pieces(&text)))
        .filter(|(_, p)| {
            // Enough words of its own to be told apart from any other line: two of
            // three letters or more, or one when the message has no placeable.
            let words = p
                .iter()
                .flat_map(|piece| piece.split(|c: char| !c.is_alphabetic()))
                .filter(|w| w.chars().count() >= 3)
                .count();
            words >= 2 || (p.len() == 1 && words == 1)
        })
        .collect()
}

/// The rubric's and the plans' English words whose Spanish translation differs: the
/// titles, short titles, statements and level names of every bundled rubric, and the
/// titles and segment titles of every bundled plan.
fn english_content() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let registry = Registry::bundled();
    for entry in registry.all() {
        let en = &entry.rubric;
        let es = touchstone::rubric::in_language(en, Lang::Es);
        let mut pairs = vec![(en.title.clone(), es.title.clone())];
        for (a, b) in en.levels.iter().zip(&es.levels) {
            pairs.push((a.label.clone(), b.label.clone()));
        }
        for (a, b) in en.standards.iter().zip(&es.standards) {
            pairs.push((a.title.clone(), b.title.clone()));
            if let (Some(x), Some(y)) = (&a.short, &b.short) {
                pairs.push((x.clone(), y.clone()));
            }
            for (x, y) in a.indicators.iter().zip(&b.indicators) {
                pairs.push((x.text.clone(), y.text.clone()));
            }
        }
        out.extend(pairs.into_iter().filter(|(a, b)| a != b).map(|(a, _)| a));
    }
    let (plans, _) = touchstone::session::load_plans(&[]);
    for entry in &plans {
        let en = &entry.plan;
        let es = touchstone::session::translation::localized_in(en, Lang::Es);
        if en.title != es.title {
            out.insert(en.title.clone());
        }
        for (a, b) in en.segments.iter().zip(&es.segments) {
            if a.title != b.title {
                out.insert(a.title.clone());
            }
        }
    }
    // Words too short to be told from Spanish text or a name are left to the
    // messages' check.
    out.retain(|s| s.chars().count() >= 5);
    out
}

/// The English found in `output` (named `what`): each line, and each piece of a line
/// between panel borders or wide gaps, that is an English message; each English
/// rubric or plan text found in a line as whole words.
fn english_in(what: &str, output: &str) -> Vec<String> {
    let messages = english_messages();
    let content = english_content();
    let mut found = Vec::new();
    for line in output.lines() {
        // Panel borders, Markdown table cells and wide gaps part a line; a Markdown
        // heading's or list item's marker is not part of the message.
        let borders = |c: char| "│╭╮╰╯─┌┐└┘├┤┬┴┼║═|".contains(c);
        let unmarked = |p: &str| {
            p.trim()
                .trim_start_matches(['#', '-', '*', '>'])
                .trim()
                .to_string()
        };
        let mut parts: Vec<String> = line
            .split(borders)
            .flat_map(|p| p.split("  ").map(unmarked).collect::<Vec<_>>())
            .filter(|p| !p.is_empty())
            .collect();
        parts.push(line.trim().to_string());
        parts.push(unmarked(line));
        for part in &parts {
            if ALLOWED.contains(&part.as_str()) {
                continue;
            }
            for (id, p) in &messages {
                if matches(p, part) {
                    found.push(format!("{what}: {id} in {line:?}"));
                }
            }
        }
        for text in &content {
            // A word of a name cited as it is (a source's title) is not English
            // left over.
            let in_name = NAMES
                .iter()
                .any(|n| n.contains(text.as_str()) && line.contains(n));
            if in_name {
                continue;
            }
            if let Some(at) = line.find(text.as_str()) {
                let before = line[..at].chars().next_back();
                let after = line[at + text.len()..].chars().next();
                if !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                {
                    found.push(format!("{what}: {text:?} in {line:?}"));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The text of an HTML page, one text node a line (entities of the escaping decoded).
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push('\n');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    // The inline style sheet is code, not words.
    out.lines()
        .filter(|l| !l.contains('{'))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// Lincoln Elementary on the site rubric (v1, as most stored assessments), rated in
/// part, with an N/A, a note and a workshop whose team recorded ci-1 after two votes.
fn assessment(db: &Path) -> Assessment {
    let mut store = Store::open(db).expect("open store");
    let id = common::riverside_lincoln(&mut store);
    let a = store.load(&id).expect("load");
    for (i, level) in [(1, 3), (2, 2), (3, 1), (4, 0)] {
        store
            .rate(
                &a,
                &format!("cl-{i}"),
                Some(Choice::Level(level)),
                None,
                "t",
            )
            .expect("rate");
    }
    store
        .rate(
            &a,
            "pl-2",
            Some(Choice::NotApplicable),
            Some("Sin plan aún"),
            "t",
        )
        .expect("rate");
    let live = common::ci1_decided(&mut store, &id, "María coordina 3 días a la semana");
    store.end_session(&live.id).expect("end");
    store.load(&id).expect("load")
}

#[test]
fn the_check_finds_english_where_it_is() {
    // The check itself: the English report is full of what it looks for, and a
    // Spanish line with an English message in it is caught.
    let env = Env::new();
    let a = assessment(&env.db());
    let english = i18n::scoped(Lang::En, || report(&a, Format::Md, &[])).expect("render");
    let found = english_in("English Markdown", &english);
    assert!(
        found.iter().any(|f| f.contains("Collaborative Leadership")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|f| f.contains("-unrated in")),
        "{found:#?}"
    );
    // A message with placeables, filled in, on a line of its own and in a panel.
    let (id, message) = english_messages()
        .into_iter()
        .find(|(_, p)| p.len() > 2)
        .expect("a message with placeables");
    let line = message.join("Baseline");
    let found = english_in("filled", &format!("{line}\n│ {line}  │ x │"));
    assert!(
        found
            .iter()
            .filter(|f| f.contains(&format!(" {id} in ")))
            .count()
            == 2,
        "{found:#?}"
    );
    assert!(english_in("Spanish", "Calificaciones\nSin calificar").is_empty());
}

#[test]
fn no_english_in_spanish_reports_and_minutes() {
    let env = Env::new();
    let a = assessment(&env.db());
    let mut found = Vec::new();
    i18n::scoped(Lang::Es, || {
        for format in [Format::Text, Format::Md] {
            let text = report(&a, format, &[]).expect("render");
            found.extend(english_in(&format!("{format:?}"), &text));
        }
        let html = report(&a, Format::Html, &[]).expect("render");
        found.extend(english_in("HTML", &html_text(&html)));
        let minutes = touchstone::exchange::minutes::markdown(&a, &a.sessions[0], false);
        found.extend(english_in("minutes", &minutes));
    });
    assert!(
        found.is_empty(),
        "English left in Spanish output:\n{found:#?}"
    );
}

#[test]
fn no_english_on_any_spanish_screen() {
    // Every Spanish screen as its snapshot test draws it (home, assess, review,
    // summary, network, help, dialogs, the form, facilitator, participant, wall): the
    // snapshots are asserted equal to what the screens draw.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/suite/snapshots");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("snapshots")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.starts_with("suite__spanish_screens__")
                || n.starts_with("suite__spanish_sessions__")
                || n.starts_with("suite__spanish_keys__help_es")
        })
        .collect();
    names.sort();
    assert!(names.len() >= 50, "{} Spanish screens", names.len());
    let mut found = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).expect("read snapshot");
        // The screen's rows: `NN "…"` lines, before the styles.
        let rows: String = text
            .lines()
            .take_while(|l| !l.starts_with("-- styles"))
            .filter_map(|l| {
                let (_, row) = l.trim_start().split_once(" \"")?;
                row.strip_suffix('"').map(|r| format!("{r}\n"))
            })
            .collect();
        found.extend(english_in(name, &rows));
    }
    assert!(
        found.is_empty(),
        "English left on Spanish screens:\n{found:#?}"
    );
}

/// The labels of the assess screen's sidebar at 80x24, one per standard.
fn sidebar_labels(app: &touchstone::tui::App, count: usize) -> Vec<String> {
    let screen = cells_text(&render(app, 80, 24));
    screen
        .lines()
        .skip(2)
        .take(count)
        .map(|row| {
            let inside: String = row.chars().skip(1).take(24).collect();
            // The pointer and the mark, then the label, then the count.
            let label: String = inside.chars().skip(2).collect();
            let label = label.trim_end();
            label
                .rsplit_once(' ')
                .map_or(label, |(l, _)| l)
                .trim()
                .to_string()
        })
        .collect()
}

#[test]
fn narrow_sidebars_tell_every_standard_apart() {
    let registry = Registry::bundled();
    for entry in registry.all() {
        for lang in Lang::ALL {
            let dir = tempfile::tempdir().expect("temp dir");
            let db = dir.path().join("t.db");
            let mut store = Store::open(&db).expect("open store");
            let id = store
                .create(&touchstone::store::NewAssessment {
                    school: "Lincoln Elementary",
                    district: None,
                    date: jiff::civil::date(2026, 11, 2),
                    team: &[],
                    facilitator: None,
                    rubric: &entry.rubric,
                    rubric_text: &entry.text,
                })
                .expect("create");
            let app = common::open_app(&db, "tester", Some(id), None);
            let n = entry.rubric.standards.len();
            let labels = i18n::scoped(lang, || sidebar_labels(&app, n));
            let distinct: BTreeSet<&String> = labels.iter().collect();
            assert_eq!(
                distinct.len(),
                n,
                "{} v{} in {lang:?}: {labels:#?}",
                entry.rubric.id,
                entry.rubric.version
            );
            assert!(labels.iter().all(|l| !l.is_empty()), "{labels:#?}");
        }
    }
}

/// Words of English that a Spanish content file has no use for; Spanish words
/// spelled the same ("plan", "no", "a", "principal", "general") are not in it.
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "with",
    "for",
    "is",
    "are",
    "was",
    "were",
    "this",
    "that",
    "these",
    "those",
    "which",
    "their",
    "our",
    "your",
    "from",
    "by",
    "at",
    "on",
    "who",
    "what",
    "when",
    "how",
    "where",
    "school",
    "schools",
    "team",
    "level",
    "levels",
    "student",
    "students",
    "family",
    "families",
    "community",
    "each",
    "every",
    "all",
    "not",
    "yet",
    "have",
    "will",
    "can",
    "should",
    "rating",
    "standard",
    "standards",
    "indicator",
    "indicators",
    "code",
    "name",
    "votes",
    "meeting",
    "staff",
    "partner",
    "partners",
    "parent",
    "parents",
    "teacher",
    "teachers",
    "support",
    "supports",
    "leadership",
    "learning",
    "engagement",
    "planning",
    "coordinator",
    "before",
    "after",
    "during",
    "about",
    "into",
    "than",
    "then",
    "there",
    "they",
    "them",
    "it",
    "its",
    "be",
    "been",
    "or",
    "if",
    "an",
    "evidence",
    "note",
    "notes",
    "developing",
    "emerging",
    "excelling",
    "maturing",
    "exploring",
];

/// Proper names in English that a Spanish text may cite as they are.
const NAMES: &[&str] = &[
    "Standards for Community School Initiatives",
    "Brookings Center for Universal Education",
    "Learning Policy Institute",
    "Children's Aid",
    "Coalition for Community Schools",
    "Institute for Educational Leadership",
    "National Center for Community Schools",
    "Community Schools Forward",
    "Community School Standards",
];

#[test]
fn no_english_words_in_spanish_content_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for folder in ["standards", "sessions"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(folder))
            .expect("folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.to_string_lossy().ends_with(".es.toml"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "Spanish files in {folder}");
        for path in files {
            let text = std::fs::read_to_string(&path).expect("read");
            let value: toml::Value = toml::from_str(&text).expect("toml");
            let mut strings = Vec::new();
            collect(&value, "", &mut strings);
            for (key, s) in strings {
                let mut s = s.clone();
                for name in NAMES {
                    s = s.replace(name, "");
                }
                // Ids, flags and keys (`is-5`, `--name`, `action-planning`) are
                // not words.
                let words = s
                    .split_whitespace()
                    .filter(|t| {
                        !t.contains(['-', '_']) && !t.contains(|c: char| c.is_ascii_digit())
                    })
                    .flat_map(|t| t.split(|c: char| !c.is_alphabetic()));
                for word in words {
                    if ENGLISH_WORDS.contains(&word.to_lowercase().as_str()) {
                        found.push(format!("{}: {key}: {word:?}", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English words in Spanish files:\n{found:#?}"
    );
}

/// Every string of a TOML value with its key path, leaving out the keys whose values
/// are ids, formats or kinds rather than words.
fn collect(value: &toml::Value, key: &str, out: &mut Vec<(String, String)>) {
    const NOT_WORDS: &[&str] = &[
        "id", "format", "language", "version", "plan", "kind", "covers", "only", "rubric",
    ];
    match value {
        toml::Value::String(s) => {
            let last = key.rsplit('.').next().unwrap_or(key);
            if !NOT_WORDS.contains(&last) {
                out.push((key.to_string(), s.clone()));
            }
        }
        toml::Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                collect(x, &format!("{key}.{i}"), out);
            }
        }
        toml::Value::Table(t) => {
            for (k, x) in t {
                collect(x, &format!("{key}.{k}"), out);
            }
        }
        _ => {}
    }
}
