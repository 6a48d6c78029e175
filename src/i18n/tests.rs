//! The languages stay in step: every message in both, with the same placeables, and
//! every id the code asks for exists.

use super::*;
use std::collections::{BTreeMap, BTreeSet};

fn ids_by_area(lang: Lang) -> BTreeMap<String, &'static str> {
    message_ids(lang).into_iter().collect()
}

#[test]
fn every_message_exists_in_both_languages_in_the_same_file() {
    let en = ids_by_area(Lang::En);
    let es = ids_by_area(Lang::Es);
    let only_en: Vec<_> = en.keys().filter(|k| !es.contains_key(*k)).collect();
    let only_es: Vec<_> = es.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in Spanish: {only_en:?}");
    assert!(only_es.is_empty(), "missing in English: {only_es:?}");
    let moved: Vec<_> = en.iter().filter(|(k, area)| es[*k] != **area).collect();
    assert!(moved.is_empty(), "in another file in Spanish: {moved:?}");
}

#[test]
fn no_message_is_written_twice() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        let twice: Vec<_> = message_ids(lang)
            .into_iter()
            .filter(|(id, _)| !seen.insert(id.clone()))
            .collect();
        assert!(twice.is_empty(), "{lang}: written twice: {twice:?}");
    }
}

#[test]
fn each_translation_uses_the_placeables_of_the_english() {
    let en = placeables(Lang::En);
    let es = placeables(Lang::Es);
    let differ: Vec<_> = en
        .iter()
        .filter(|(id, vars)| es.get(*id).is_some_and(|v| v != *vars))
        .map(|(id, vars)| format!("{id}: en {vars:?}, es {:?}", es[id]))
        .collect();
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let en = ids_by_area(Lang::En);
    let mut missing = Vec::new();
    let mut files = Vec::new();
    collect_rs(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut files);
    // This module's own examples and scanner are not requests.
    files.retain(|f| !f.components().any(|c| c.as_os_str() == "i18n"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for id in literal_ids(&text) {
            if !en.contains_key(&id) {
                missing.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(missing.is_empty(), "asked for but not in locales/en: {missing:#?}");
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(tr_in(Lang::En, "common-schools", &[("count", 1.into())]), "1 school");
    assert_eq!(tr_in(Lang::En, "common-schools", &[("count", 3.into())]), "3 schools");
    assert_eq!(tr_in(Lang::Es, "common-schools", &[("count", 1.into())]), "1 escuela");
    assert_eq!(tr_in(Lang::Es, "common-schools", &[("count", 0.into())]), "0 escuelas");
}

#[test]
fn the_thread_language_is_scoped_and_english_by_default() {
    assert_eq!(current(), Lang::En);
    let inside = scoped(Lang::Es, || t!("common-schools", count = 2));
    assert_eq!(inside, "2 escuelas");
    assert_eq!(t!("common-schools", count = 2), "2 schools");
    assert_eq!(t!("no-such-message"), "no-such-message");
}

#[test]
fn the_language_comes_from_the_flag_the_variable_the_settings_then_the_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let all = env(&[("TOUCHSTONE_LANG", "en"), ("LANG", "es_MX.UTF-8")]);
    assert_eq!(choose(Some(Lang::Es), &all, None), Ok(Lang::Es));
    assert_eq!(choose(None, &all, Some(Lang::Es)), Ok(Lang::En));
    assert_eq!(choose(None, env(&[("LANG", "es_MX.UTF-8")]), Some(Lang::En)), Ok(Lang::En));
    assert_eq!(choose(None, env(&[("LANG", "es_MX.UTF-8")]), None), Ok(Lang::Es));
    assert_eq!(
        choose(None, env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "es_ES")]), None),
        Ok(Lang::En)
    );
    assert_eq!(choose(None, env(&[("LC_ALL", ""), ("LANG", "es")]), None), Ok(Lang::Es));
    assert_eq!(choose(None, env(&[("LANG", "C")]), None), Ok(Lang::En));
    assert_eq!(choose(None, env(&[("LANG", "fr_FR.UTF-8")]), None), Ok(Lang::En));
    assert!(choose(None, env(&[("TOUCHSTONE_LANG", "fr")]), None).is_err());
}

/// Literal ids passed to `t!`, `tr`, `tr_args` and `tr_in` (ids built at run time
/// are checked by their own tests).
fn literal_ids(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for call in ["t!(\"", "tr(\"", "tr_args(\""] {
        for (at, _) in text.match_indices(call) {
            if !starts_a_name(text, at) {
                continue;
            }
            let rest = &text[at + call.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].to_string());
            }
        }
    }
    for (at, _) in text.match_indices("tr_in(") {
        if !starts_a_name(text, at) {
            continue;
        }
        let rest = &text[at..];
        if let Some(q) = rest.find('"') {
            let rest = &rest[q + 1..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].to_string());
            }
        }
    }
    out.retain(|id| id != "no-such-message" && !id.is_empty());
    out
}

/// Whether the call at `at` is its own name (`t!(`), not the end of one (`format!(`).
fn starts_a_name(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
}

fn collect_rs(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each message's variable names, sorted.
fn placeables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast;
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    for area in super::bundle::sources(lang) {
        let resource = fluent_bundle::FluentResource::try_new(area.to_string())
            .unwrap_or_else(|(_, e)| panic!("{e:?}"));
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern(v, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
    }
    out
}
