//! The checkers of rubric and plan translation files speak the reader's language
//! (issue 15 item 2): with `--lang es`, `rubric check` and `session check` report each
//! problem at the same `FILE:LINE:COL: ` as in English (the prefix is a machine
//! format), then say what is wrong in Spanish, keeping the TOML keys as the file
//! spells them.
//!
//! The bad fixtures are the ones `rubric_translations.rs` and `plan_translations.rs`
//! check in English.

use crate::common::{self, Env};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `(rubric or plan, bad translations)` of one checker.
fn fixtures(folder: &str, first: &str) -> (PathBuf, Vec<PathBuf>) {
    let dir = root().join(folder);
    let bad = common::bad_fixtures(&dir);
    (dir.join(first), bad)
}

/// The located lines of `touchstone [--lang es] CHECK FIRST FILE` as
/// `(FILE:LINE:COL, message)`, after checking it fails with exit 2.
fn located(lang: Option<&str>, check: &[&str], first: &Path, file: &Path) -> Vec<(String, String)> {
    let env = Env::new();
    let mut cmd = env.cmd();
    if let Some(lang) = lang {
        cmd.args(["--lang", lang]);
    }
    let out = cmd.args(check).arg(first).arg(file).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{}: {stderr}", file.display());
    let shown = format!("{}:", file.display());
    let lines: Vec<(String, String)> = stderr
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix(&shown)?;
            // LINE:COL: message
            let mut parts = rest.splitn(3, ':');
            let (line, col) = (parts.next()?, parts.next()?);
            let message = parts.next()?.strip_prefix(' ')?;
            Some((format!("{shown}{line}:{col}"), message.to_string()))
        })
        .collect();
    assert!(
        !lines.is_empty(),
        "{}: nothing located: {stderr}",
        file.display()
    );
    lines
}

/// Every bad fixture: the same places in both languages, and each message in Spanish
/// differs from the English one (all but the TOML parser's own, which has no
/// Spanish).
fn same_places_other_words(folder: &str, first: &str, check: &[&str], parser_only: &[&str]) {
    let (first, bad) = fixtures(folder, first);
    assert!(bad.len() >= 9, "only {} fixtures in {folder}", bad.len());
    let mut failures = Vec::new();
    for file in &bad {
        let en = located(None, check, &first, file);
        let es = located(Some("es"), check, &first, file);
        let places = |v: &[(String, String)]| v.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
        if places(&en) != places(&es) {
            failures.push(format!(
                "{}: places differ:\n{en:#?}\n{es:#?}",
                file.display()
            ));
            continue;
        }
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if parser_only.contains(&name) {
            continue;
        }
        for ((place, en), (_, es)) in en.iter().zip(&es) {
            if en == es {
                failures.push(format!("{place}: still English in Spanish: {es}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_bad_rubric_translation_is_reported_at_its_place_in_spanish() {
    same_places_other_words(
        "tests/fixtures/translations",
        "rubric.toml",
        &["rubric", "check"],
        &[],
    );
}

#[test]
fn every_bad_plan_translation_is_reported_at_its_place_in_spanish() {
    same_places_other_words(
        "tests/fixtures/plan-translations",
        "tiny-plan.toml",
        &["session", "check"],
        // "unknown field `minutes`": the TOML parser's words.
        &["bad-unknown-key.toml"],
    );
}

#[test]
fn a_bad_rubric_translation_reads_in_spanish_with_its_keys_as_written() {
    let dir = root().join("tests/fixtures/translations");
    let file = dir.join("bad-several.toml");
    let got = located(
        Some("es"),
        &["rubric", "check"],
        &dir.join("rubric.toml"),
        &file,
    );
    let at = |lc: &str| format!("{}:{lc}", file.display());
    assert_eq!(
        got,
        vec![
            (at("10:9"), "falta el estándar \"s1\": agregue [standards.s1]".to_string()),
            (
                at("12:1"),
                "description del nivel \"no\": falta la traducción (la rúbrica tiene este texto)"
                    .to_string()
            ),
            (
                at("18:12"),
                "sobra el estándar \"s2\": la rúbrica no tiene ningún estándar con este identificador"
                    .to_string()
            ),
            (at("24:12"), "guidance del indicador \"i1\": falta el texto".to_string()),
        ]
    );
}

#[test]
fn a_bad_plan_translation_reads_in_spanish_with_its_keys_as_written() {
    let dir = root().join("tests/fixtures/plan-translations");
    let check = ["session", "check"];
    let plan = dir.join("tiny-plan.toml");
    let file = dir.join("bad-several.toml");
    let at = |file: &Path, lc: &str| format!("{}:{lc}", file.display());
    assert_eq!(
        located(Some("es"), &check, &plan, &file),
        vec![
            (
                at(&file, "7:12"),
                "language \"fr\" no es un idioma de Touchstone (en, es)".to_string()
            ),
            (
                at(&file, "14:1"),
                "title de la parte: falta la traducción (el plan tiene este texto)".to_string()
            ),
            (
                at(&file, "19:8"),
                "la parte 2 del plan es de tipo close (\"Bye\"), no rate".to_string()
            ),
        ]
    );
    let file = dir.join("bad-prompts.toml");
    assert_eq!(
        located(Some("es"), &check, &plan, &file),
        vec![
            (
                at(&file, "16:11"),
                "prompts: el plan tiene 2, esta traducción 1".to_string()
            ),
            (
                at(&file, "21:39"),
                "prompts: este elemento sobra; el plan tiene 1".to_string()
            ),
        ]
    );
}
