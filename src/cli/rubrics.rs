//! `touchstone rubrics`, `rubric check`, `rubric show`.

use super::Context;
use super::output::print;
use crate::error::{Error, Result};
use crate::exchange::batch::read_or_note;
use crate::rubric::{Origin, parse};
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

pub fn check(files: &[PathBuf]) -> Result<()> {
    let mut problems = Vec::new();
    let mut out = String::new();
    for file in files {
        let name = file.display().to_string();
        let Some(text) = read_or_note(file, &mut problems)? else {
            continue;
        };
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
    let r = &entry.rubric;
    let mut out = String::new();
    let _ = writeln!(out, "{} — {} v{}", r.title, r.id, r.version);
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
