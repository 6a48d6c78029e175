//! The structure of ARCHITECTURE.md, enforced: every file of `src/` is read, each
//! reference to another part of the crate (`use crate::…`, `use super::…`, and paths
//! such as `crate::store::Store` in code) is resolved to the file that defines that
//! module, and the test fails
//!
//! - when a top-level module reaches one that ARCHITECTURE.md does not allow it to
//!   (named with the rule and the place: `session must not import store:
//!   src/session/start.rs:7`), and
//! - when files import each other, directly or round a longer loop (a circle).
//!
//! A file's own module tree is not a dependency: a `mod.rs` and the files under it
//! use each other freely. Test code (`#[cfg(test)]` items) is left out: a test may set
//! up its data through any module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may import modules of a lower layer, and of its
/// own layer only where [`SAME_LAYER`] says so; never one of a higher layer.
/// ARCHITECTURE.md draws the same picture.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "foundation",
        &[
            "error", "diag", "text", "i18n", "paths", "names", "schools", "suggest",
        ],
    ),
    ("model", &["rubric", "score", "outcomes", "assessment"]),
    ("rules", &["session"]),
    ("store", &["store"]),
    ("exchange", &["exchange", "settings", "demo"]),
    ("operations", &["ops"]),
    ("front ends", &["tui", "plain", "cli", "serve"]),
];

/// Imports between modules of one layer that are allowed (importer, imported); any
/// other pair in one layer is refused, so the modules of a layer know each other
/// only as written here (and never both ways).
const SAME_LAYER: &[(&str, &str)] = &[
    // foundation: messages are words (i18n); a problem is located (diag) and made
    // printable (text); an error carries diagnostics; names and places are cleaned
    // text.
    ("error", "diag"),
    ("error", "text"),
    ("error", "i18n"),
    ("diag", "text"),
    ("diag", "i18n"),
    ("text", "i18n"),
    ("names", "text"),
    ("names", "i18n"),
    ("paths", "i18n"),
    ("paths", "text"),
    ("schools", "i18n"),
    ("schools", "text"),
    ("suggest", "i18n"),
    // model: a rubric, then scores on it, outcome figures beside them, then the
    // assessment that holds its ratings, its outcome rows and its scores.
    ("score", "rubric"),
    ("outcomes", "score"),
    ("outcomes", "rubric"),
    ("assessment", "rubric"),
    ("assessment", "score"),
    ("assessment", "outcomes"),
    // exchange: the settings file is written like any other file; the demo data is
    // made from files.
    ("settings", "exchange"),
    ("demo", "exchange"),
    // front ends: the command line starts the others; the SSH server runs the
    // screens and plain mode.
    ("cli", "tui"),
    ("cli", "plain"),
    ("cli", "serve"),
    ("serve", "tui"),
    ("serve", "plain"),
];

/// Rules with a reason of their own, checked before the layers, so a broken one is
/// named by what it protects.
const RULES: &[(&str, &str, &str)] = &[
    (
        "session",
        "store",
        "session must not import store (the store persists sessions; a session never drives it)",
    ),
    (
        "session",
        "exchange",
        "session must not import exchange (the minutes are written from a session's record, not by it)",
    ),
    (
        "assessment",
        "session",
        "assessment must not import session (an assessment holds its sessions' records as plain data)",
    ),
];

/// Imports that break a rule today and are being removed by the `layer` branch (issue
/// 22 items 1–3: the session state machine leaves the store, the minutes leave the
/// plan, the record leaves the assessment). Each entry is (importing file, imported
/// module). The test fails when one is no longer needed, so this list only shrinks;
/// the lead empties it when `layer` is merged.
const KNOWN_UNTIL_LAYER: &[(&str, &str)] = &[];

/// Imports that break the layers and are not yet taken apart, each with what taking
/// it apart needs. The test fails when one is no longer needed.
const KNOWN_OPEN: &[(&str, &str)] = &[
    // The settings file names themes and key remaps, which the screens define
    // (tui::theme::ThemeName, tui::remap): settings and tui import each other.
    // Taking it apart moves the key map (tui::action, keymap, remap) and the theme
    // names below settings.
    ("src/settings/mod.rs", "tui"),
    ("src/settings/save.rs", "tui"),
];

/// Files that may import a file that imports them (a circle), and why.
fn circle_allowed(from: &str, to: &str) -> bool {
    // The App holds every screen's state and every screen is drawn from, and acts
    // on, the App that holds it (the one run loop's state; see ARCHITECTURE.md).
    to == "src/tui/app.rs" && from.starts_with("src/tui/")
}

/// A reference from one file to another part of the crate.
#[derive(Debug, Clone)]
struct Reference {
    line: usize,
    /// The module path, from the crate root (`["store", "sessions"]`).
    path: Vec<String>,
}

/// One file of the crate: its place in the module tree and what it refers to.
#[derive(Debug)]
struct File {
    /// `src/store/mod.rs`, relative to the crate's folder.
    name: String,
    module: Vec<String>,
    references: Vec<Reference>,
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The module a file defines: `src/lib.rs` is the root, `src/a/mod.rs` and `src/a.rs`
/// are `a`, `src/a/b.rs` is `a::b`.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

/// `text` with comments, string and character literals blanked out (line breaks
/// kept, so lines still count), so only code is read.
fn code_only(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if (c == 'r' || (c == 'b' && next == Some('r')))
            && !prev_is_ident(&b, i)
            && raw_string_start(&b, i + usize::from(c == 'b')).is_some()
        {
            let start = i + usize::from(c == 'b');
            let hashes = raw_string_start(&b, start).unwrap_or(0);
            // r, the hashes and the opening quote.
            let open = start + 1 + hashes + 1;
            while i < open {
                out.push(' ');
                i += 1;
            }
            while i < b.len() {
                if b[i] == '"' && (1..=hashes).all(|k| b.get(i + k) == Some(&'#')) {
                    for _ in 0..=hashes {
                        out.push(' ');
                    }
                    i += hashes + 1;
                    break;
                }
                out.push(blank(b[i]));
                i += 1;
            }
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < b.len() {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' {
            // A character literal ('a', '\n', '\u{1F600}'), or a lifetime ('a).
            let end = if next == Some('\\') {
                (i + 2..b.len()).find(|&k| b[k] == '\'')
            } else if b.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(end) => {
                    for _ in i..=end {
                        out.push(' ');
                    }
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(b: &[char], i: usize) -> bool {
    i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_')
}

/// At `b[i] == 'r'`: the number of `#` of a raw string starting here.
fn raw_string_start(b: &[char], i: usize) -> Option<usize> {
    if b.get(i) != Some(&'r') {
        return None;
    }
    let hashes = b[i + 1..].iter().take_while(|c| **c == '#').count();
    (b.get(i + 1 + hashes) == Some(&'"')).then_some(hashes)
}

/// A token of code, with its line.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Path,
    Open,
    Close,
    Comma,
    Other(char),
}

fn tokens(code: &str) -> Vec<(Tok, usize)> {
    let b: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            out.push((Tok::Ident(b[start..i].iter().collect()), line));
        } else if c == ':' && b.get(i + 1) == Some(&':') {
            out.push((Tok::Path, line));
            i += 2;
        } else {
            out.push((
                match c {
                    '{' => Tok::Open,
                    '}' => Tok::Close,
                    ',' => Tok::Comma,
                    _ => Tok::Other(c),
                },
                line,
            ));
            i += 1;
        }
    }
    out
}

/// The tokens without `#[cfg(test)]` items (a test module, a test function).
fn without_tests(toks: Vec<(Tok, usize)>) -> Vec<(Tok, usize)> {
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    let is = |t: &Tok, s: &str| matches!(t, Tok::Ident(x) if x == s);
    while i < toks.len() {
        let cfg_test = toks[i].0 == Tok::Other('#')
            && toks.get(i + 1).is_some_and(|t| t.0 == Tok::Other('['))
            && toks.get(i + 2).is_some_and(|t| is(&t.0, "cfg"))
            && toks.get(i + 3).is_some_and(|t| t.0 == Tok::Other('('))
            && toks.get(i + 4).is_some_and(|t| is(&t.0, "test"))
            && toks.get(i + 5).is_some_and(|t| t.0 == Tok::Other(')'));
        if !cfg_test {
            out.push(toks[i].clone());
            i += 1;
            continue;
        }
        // Skip to the end of the item: its braces, or its `;`.
        i += 7;
        let mut depth = 0;
        while i < toks.len() {
            match toks[i].0 {
                Tok::Open => depth += 1,
                Tok::Close => {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        break;
                    }
                }
                Tok::Other(';') if depth == 0 => {
                    i += 1;
                    break;
                }
                _ => {}
            }
            i += 1;
        }
    }
    out
}

/// Every path that starts at `crate`, `super` or `self` in `toks`, with use groups
/// (`use crate::{a, b::c}`) expanded, relative to `module`.
fn references(toks: &[(Tok, usize)], module: &[String]) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let start = match &toks[i].0 {
            Tok::Ident(s) if s == "crate" || s == "super" || s == "self" => s.as_str(),
            _ => {
                i += 1;
                continue;
            }
        };
        let after_path = i > 0 && toks[i - 1].0 == Tok::Path;
        // `$crate::`, `pub(in crate::…)`: not a reference.
        let skipped = i > 0
            && (toks[i - 1].0 == Tok::Other('$')
                || matches!(&toks[i - 1].0, Tok::Ident(s) if s == "in"));
        if after_path || skipped || toks.get(i + 1).is_none_or(|t| t.0 != Tok::Path) {
            i += 1;
            continue;
        }
        let mut base: Vec<String> = match start {
            "crate" => Vec::new(),
            _ => module.to_vec(),
        };
        if start == "super" {
            base.pop();
        }
        let line = toks[i].1;
        i = tree(toks, i + 1, base, line, &mut out);
    }
    out
}

/// Reads a path tree from `toks[i]` (at a `::`) on top of `prefix`; returns where it
/// ends.
fn tree(
    toks: &[(Tok, usize)],
    mut i: usize,
    mut prefix: Vec<String>,
    line: usize,
    out: &mut Vec<Reference>,
) -> usize {
    while toks.get(i).is_some_and(|t| t.0 == Tok::Path) {
        match toks.get(i + 1).map(|t| &t.0) {
            Some(Tok::Ident(s)) if s == "super" => {
                prefix.pop();
                i += 2;
            }
            Some(Tok::Ident(s)) if s == "self" => i += 2,
            Some(Tok::Ident(s)) => {
                prefix.push(s.clone());
                i += 2;
            }
            Some(Tok::Open) => {
                i += 2;
                loop {
                    match toks.get(i).map(|t| &t.0) {
                        None => return i,
                        Some(Tok::Close) => return i + 1,
                        Some(Tok::Comma) => i += 1,
                        Some(Tok::Ident(s)) if s == "self" => {
                            out.push(Reference {
                                line: toks[i].1,
                                path: prefix.clone(),
                            });
                            i += 1;
                        }
                        Some(Tok::Ident(s)) if s == "as" => i += 2,
                        Some(Tok::Ident(s)) => {
                            let mut p = prefix.clone();
                            p.push(s.clone());
                            let at = toks[i].1;
                            i = tree(toks, i + 1, p, at, out);
                        }
                        Some(_) => i += 1,
                    }
                }
            }
            _ => break,
        }
    }
    out.push(Reference { line, path: prefix });
    i
}

/// Reads the crate: every file under `src/` but the binary's `main.rs`.
fn read_crate(root: &Path) -> Vec<File> {
    let src = root.join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths
        .into_iter()
        .filter(|p| p != &src.join("main.rs"))
        .map(|p| {
            let relative = p.strip_prefix(&src).expect("under src");
            let module = module_of(relative);
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{e}"));
            let toks = without_tests(tokens(&code_only(&text)));
            File {
                name: format!("src/{}", relative.display()),
                references: references(&toks, &module),
                module,
            }
        })
        .collect()
}

/// The file that defines the longest prefix of `path` (`None`: the crate root).
fn resolve<'a>(files: &BTreeMap<Vec<String>, &'a File>, path: &[String]) -> Option<&'a File> {
    (1..=path.len())
        .rev()
        .find_map(|n| files.get(&path[..n]).copied())
}

/// Each file's imports of other files outside its own module tree: (importer,
/// imported, line of the first reference).
fn edges(files: &[File]) -> Vec<(&File, &File, usize)> {
    let by_module: BTreeMap<Vec<String>, &File> =
        files.iter().map(|f| (f.module.clone(), f)).collect();
    let mut out: Vec<(&File, &File, usize)> = Vec::new();
    for f in files {
        let mut seen = BTreeSet::new();
        for r in &f.references {
            let Some(to) = resolve(&by_module, &r.path) else {
                continue;
            };
            let related = to.module.starts_with(&f.module) || f.module.starts_with(&to.module);
            if !related && seen.insert(to.name.clone()) {
                out.push((f, to, r.line));
            }
        }
    }
    out
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module))
}

/// What is wrong with `from` importing `to` (two top-level modules), if anything.
fn broken_rule(from: &str, to: &str) -> Option<String> {
    if let Some((_, _, why)) = RULES.iter().find(|(a, b, _)| *a == from && *b == to) {
        return Some((*why).to_string());
    }
    let (Some(a), Some(b)) = (layer_of(from), layer_of(to)) else {
        return Some(format!(
            "{} is in no layer of ARCHITECTURE.md",
            if layer_of(from).is_none() { from } else { to }
        ));
    };
    if b > a {
        Some(format!(
            "{from} must not import {to} ({} is below {})",
            LAYERS[a].0, LAYERS[b].0
        ))
    } else if a == b && !SAME_LAYER.contains(&(from, to)) {
        Some(format!(
            "{from} must not import {to} (both are {}, and ARCHITECTURE.md does not let {from} use {to})",
            LAYERS[a].0
        ))
    } else {
        None
    }
}

/// Every import that breaks a rule, as `rule: file:line`, and the known ones found.
fn violations(files: &[File]) -> (Vec<String>, BTreeSet<(String, String)>) {
    let mut out = Vec::new();
    let mut known = BTreeSet::new();
    for (from, to, line) in edges(files) {
        let (Some(a), Some(b)) = (from.module.first(), to.module.first()) else {
            continue;
        };
        if a == b {
            continue;
        }
        if let Some(rule) = broken_rule(a, b) {
            let at = (from.name.as_str(), b.as_str());
            if KNOWN_UNTIL_LAYER.contains(&at) || KNOWN_OPEN.contains(&at) {
                known.insert((from.name.clone(), b.clone()));
            } else {
                out.push(format!("{rule}: {}:{line}", from.name));
            }
        }
    }
    (out, known)
}

/// The circles among files: each group of files that reach each other through their
/// imports, with the imports that join them.
fn circles(files: &[File]) -> Vec<Vec<String>> {
    let edges = edges(files);
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let index = |n: &str| names.iter().position(|x| *x == n).expect("a file");
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    let edges: Vec<_> = edges
        .into_iter()
        .filter(|(from, to, _)| {
            let known = |list: &[(&str, &str)]| {
                list.iter()
                    .any(|(f, m)| *f == from.name && to.module.first().is_some_and(|t| t == m))
            };
            !circle_allowed(&from.name, &to.name) && !known(KNOWN_UNTIL_LAYER)
        })
        .collect();
    for (from, to, _) in &edges {
        next[index(&from.name)].push(index(&to.name));
    }
    // Which files each file reaches.
    let reach = |start: usize| {
        let mut seen = vec![false; names.len()];
        let mut stack = vec![start];
        while let Some(n) = stack.pop() {
            for &m in &next[n] {
                if !seen[m] {
                    seen[m] = true;
                    stack.push(m);
                }
            }
        }
        seen
    };
    let reached: Vec<Vec<bool>> = (0..names.len()).map(reach).collect();
    let mut done = vec![false; names.len()];
    let mut out = Vec::new();
    for a in 0..names.len() {
        if done[a] || !reached[a][a] {
            continue;
        }
        let group: Vec<usize> = (0..names.len())
            .filter(|&b| reached[a][b] && reached[b][a])
            .collect();
        for &g in &group {
            done[g] = true;
        }
        let mut lines = Vec::new();
        for (from, to, line) in &edges {
            let (f, t) = (index(&from.name), index(&to.name));
            if group.contains(&f) && group.contains(&t) {
                lines.push(format!("{}:{line} imports {}", from.name, to.name));
            }
        }
        out.push(lines);
    }
    out
}

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_module_imports_one_its_layer_may_not() {
    let files = read_crate(&crate_root());
    let (broken, _) = violations(&files);
    assert!(
        broken.is_empty(),
        "imports that break ARCHITECTURE.md's layers:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_known_exceptions_are_all_still_needed() {
    let files = read_crate(&crate_root());
    let (_, known) = violations(&files);
    let stale: Vec<String> = KNOWN_UNTIL_LAYER
        .iter()
        .chain(KNOWN_OPEN)
        .filter(|(f, m)| !known.contains(&(f.to_string(), m.to_string())))
        .map(|(f, m)| {
            format!("{f} no longer imports {m}: take it off the list of known exceptions")
        })
        .collect();
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn no_files_import_each_other() {
    let files = read_crate(&crate_root());
    let found: Vec<String> = circles(&files)
        .into_iter()
        .map(|lines| format!("a circle:\n  {}", lines.join("\n  ")))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Every top-level module is in a layer, every layer names a module that exists, and
/// no two modules of a layer may import each other: the picture stays complete and
/// free of circles as the crate grows.
#[test]
fn every_module_has_a_layer() {
    let both_ways: Vec<_> = SAME_LAYER
        .iter()
        .filter(|(a, b)| SAME_LAYER.contains(&(*b, *a)))
        .collect();
    assert!(both_ways.is_empty(), "allowed both ways: {both_ways:?}");
    let files = read_crate(&crate_root());
    let tops: BTreeSet<String> = files
        .iter()
        .filter_map(|f| f.module.first().cloned())
        .collect();
    let missing: Vec<&String> = tops.iter().filter(|m| layer_of(m).is_none()).collect();
    assert!(missing.is_empty(), "modules in no layer: {missing:?}");
    let named: Vec<&str> = LAYERS
        .iter()
        .flat_map(|(_, ms)| ms.iter().copied())
        .collect();
    let gone: Vec<&&str> = named.iter().filter(|m| !tops.contains(**m)).collect();
    assert!(
        gone.is_empty(),
        "layers name modules that do not exist: {gone:?}"
    );
}

/// The reader itself: groups, `super`, `self`, visibility and macros are read as Rust
/// reads them, and strings and comments are not code.
#[test]
fn the_reader_resolves_paths_as_rust_does() {
    let src = r##"
use crate::{store::{self, Store}, text};
use super::super::x::Y;
pub(in crate::tui) fn f() {}
pub(crate) fn g() { crate::t!("x"); let s = "crate::exchange::y"; }
// crate::serve::z
let r = r#"crate::plain::q"#; let c = '"'; crate::score::f();
#[cfg(test)]
mod tests { use crate::cli::x; }
"##;
    let toks = without_tests(tokens(&code_only(src)));
    let module: Vec<String> = vec!["a".into(), "b".into(), "c".into()];
    let found: Vec<(usize, String)> = references(&toks, &module)
        .into_iter()
        .map(|r| (r.line, r.path.join("::")))
        .collect();
    let want: Vec<(usize, String)> = vec![
        (2, "store".into()),
        (2, "store::Store".into()),
        (2, "text".into()),
        (3, "a::x::Y".into()),
        (5, "t".into()),
        (7, "score::f".into()),
    ];
    assert_eq!(found, want);
}
