//! `touchstone rubrics`, `rubric check`, `rubric show`.

use super::Context;
use super::output::print;
use crate::error::{Error, Result};
use crate::exchange::batch::read_or_note;
use crate::rubric::{Origin, parse, translation};
use std::fmt::Write;
use std::path::PathBuf;

pub fn list(ctx: &Context) -> Result<()> {
    let mut out = String::new();
    for entry in ctx.registry.all() {
        let r = &entry.rubric;
        let origin = match &entry.origin {
            Origin::Bundled => crate::t!("cli-rubrics-bundled"),
            Origin::User(p) => p.display().to_string(),
        };
        let retired = crate::rubric::replacement(&r.id).map_or(String::new(), |new| {
            crate::t!("cli-rubrics-retired", new = new)
        });
        let counts = crate::t!(
            "cli-rubrics-line",
            standards = format!("{:>3}", r.standards.len()),
            indicators = format!("{:>3}", r.indicator_count())
        );
        let _ = writeln!(
            out,
            "{:<22} v{:<4} {counts}  {}  [{origin}]{retired}",
            r.id, r.version, r.title
        );
        for t in ctx.registry.translations(&r.id, &r.version) {
            let _ = writeln!(out, "{}", translated_line(t));
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "cli-rubrics-add-yours",
            path = crate::paths::user_standards_dir().display().to_string()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "cli-rubrics-database",
            path = ctx.db_path.display().to_string()
        )
    );
    print(&out)
}

/// One line under a rubric in `touchstone rubrics` and `rubric show`.
fn translated_line(t: &crate::rubric::TranslationEntry) -> String {
    let origin = match &t.origin {
        Origin::Bundled => crate::t!("cli-rubrics-bundled"),
        Origin::User(p) => p.display().to_string(),
    };
    crate::t!(
        "cli-rubrics-translation-line",
        lang = t.translation.lang.to_string(),
        title = &t.translation.title,
        origin = origin
    )
}

/// Checks rubric files, then translation files against their rubric (a rubric
/// checked in the same command, else a known one).
pub fn check(ctx: &Context, files: &[PathBuf]) -> Result<()> {
    let mut problems = Vec::new();
    let mut out = String::new();
    let mut checked: Vec<std::sync::Arc<crate::rubric::Rubric>> = Vec::new();
    let mut translations = Vec::new();
    for file in files {
        let name = file.display().to_string();
        let Some(text) = read_or_note(file, &mut problems)? else {
            continue;
        };
        if translation::is_translation(&text) {
            translations.push((name, text));
            continue;
        }
        match parse(&name, &text) {
            Ok(r) => {
                let line = crate::t!(
                    "cli-rubric-check-ok",
                    name = &name,
                    id = &r.id,
                    version = &r.version,
                    standards = r.standards.len(),
                    indicators = r.indicator_count()
                );
                let _ = writeln!(out, "{line}");
                checked.push(std::sync::Arc::new(r));
            }
            Err(mut p) => problems.append(&mut p),
        }
    }
    let versions = |id: &str| {
        let mut all: Vec<_> = checked.iter().filter(|r| r.id == id).cloned().collect();
        for r in ctx.registry.versions(id) {
            if !all.iter().any(|c| c.version == r.version) {
                all.push(r);
            }
        }
        all
    };
    for (name, text) in translations {
        match translation::parse(&name, &text, &versions) {
            Ok(t) => {
                let line = crate::t!(
                    "cli-rubric-check-translation-ok",
                    name = &name,
                    lang = t.lang.to_string(),
                    id = &t.id,
                    version = &t.version
                );
                let _ = writeln!(out, "{line}");
            }
            Err(mut p) => problems.append(&mut p),
        }
    }
    print(&out)?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

pub fn show(ctx: &Context, id: &str) -> Result<()> {
    let entry = ctx
        .registry
        .latest(id)
        .ok_or_else(|| unknown_rubric(ctx, id))?;
    let r = &ctx
        .registry
        .localized(&entry.rubric, crate::i18n::current());
    let mut out = String::new();
    let _ = writeln!(out, "{} — {} v{}", r.title, r.id, r.version);
    if let Some(notice) = crate::rubric::untranslated_notice(&entry.rubric, crate::i18n::current())
    {
        let _ = writeln!(out, "{notice}");
    }
    for t in ctx.registry.translations(&r.id, &r.version) {
        let _ = writeln!(out, "{}", translated_line(t));
    }
    if let Some(source) = &r.source {
        let _ = writeln!(out, "{source}");
    }
    let _ = writeln!(out, "\n{}", crate::t!("cli-rubric-levels"));
    for (i, l) in r.levels.iter().enumerate() {
        let full = if l.full {
            crate::t!("cli-rubric-full")
        } else {
            String::new()
        };
        let _ = writeln!(out, "  {} {:<12} {}{full}", i + 1, l.key, l.label);
        if let Some(d) = &l.description {
            let _ = writeln!(out, "      {d}");
        }
    }
    let s = &r.scoring;
    let _ = writeln!(
        out,
        "\n{}",
        crate::t!(
            "cli-rubric-scoring",
            rule = s.in_words(&r.levels),
            level = &r.levels[s.baseline_level].label
        )
    );
    let mut group = None;
    for (n, standard) in r.standards.iter().enumerate() {
        if standard.group.is_some() && standard.group != group {
            group = standard.group.clone();
            let _ = writeln!(out, "\n== {} ==", group.as_deref().unwrap_or(""));
        }
        let _ = writeln!(out, "\n{}. {} [{}]", n + 1, standard.title, standard.id);
        if let Some(summary) = &standard.summary {
            let _ = writeln!(out, "   {summary}");
        }
        for ind in &standard.indicators {
            let baseline = if ind.baseline {
                crate::t!("cli-rubric-baseline")
            } else {
                String::new()
            };
            let _ = writeln!(out, "\n   {:<6} {}{baseline}", ind.id, ind.text);
            if let Some(g) = &ind.guidance {
                let _ = writeln!(
                    out,
                    "          {}",
                    crate::t!("cli-rubric-guidance", text = g)
                );
            }
            for (level, d) in r.levels.iter().zip(&ind.descriptors) {
                if let Some(d) = d {
                    let _ = writeln!(out, "          {}: {d}", level.label);
                }
            }
        }
    }
    print(&out)
}

pub fn unknown_rubric(ctx: &Context, id: &str) -> Error {
    Error::input(crate::t!(
        "cli-unknown-rubric",
        id = format!("{id:?}"),
        known = ctx.registry.ids().join(", ")
    ))
}
