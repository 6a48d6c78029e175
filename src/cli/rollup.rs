//! `touchstone rollup`: network figures from the database or from exported files.

use super::Context;
use super::output::print;
use crate::assessment::Assessment;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::exchange::batch::{read_or_note, toml_files};
use crate::exchange::parse_assessment;
use crate::exchange::report::fraction_json;
use crate::rubric::{Rubric, compare_versions};
use crate::score::{Rollup, Submission, latest_per_school, rollup};
use serde_json::json;
use std::fmt::Write;
use std::path::PathBuf;
use std::sync::Arc;

pub fn run(
    ctx: &mut Context,
    rubric_id: Option<&str>,
    paths: &[PathBuf],
    as_json: bool,
) -> Result<()> {
    let (assessments, skipped) = if paths.is_empty() {
        (ctx.store()?.load_all(rubric_id)?, Vec::new())
    } else {
        from_files(ctx, paths)?
    };
    for problem in &skipped {
        eprintln!("warning: {problem} (file skipped)");
    }
    let rubric = choose_rubric(ctx, rubric_id, &assessments)?;
    let subs: Vec<Submission> = assessments
        .into_iter()
        .filter(|a| a.rubric.id == rubric.id)
        .map(|a| Submission {
            score: a.score(),
            school: a.meta.school,
            district: a.meta.district,
            assessment_id: a.meta.id,
            date: a.meta.date,
            updated: a.meta.updated,
            rubric: a.rubric,
        })
        .collect();
    let latest = latest_per_school(subs);
    let figures = rollup(&rubric, &latest);
    let text = if as_json {
        json_text(&rubric, &figures, &skipped)?
    } else {
        plain_text(&rubric, &figures, skipped.len())
    };
    print(&text)
}

/// Parses every file; those that fail are set aside with their first problem.
fn from_files(ctx: &Context, paths: &[PathBuf]) -> Result<(Vec<Assessment>, Vec<Diagnostic>)> {
    let resolve = |id: &str, version: &str| {
        ctx.registry
            .get(id, version)
            .map(|e| (e.rubric.clone(), e.text.clone()))
    };
    let mut good = Vec::new();
    let mut skipped = Vec::new();
    for file in toml_files(paths)? {
        let name = file.display().to_string();
        let Some(text) = read_or_note(&file, &mut skipped)? else {
            continue;
        };
        match parse_assessment(&name, &text, &resolve) {
            Ok(a) => good.push(a),
            Err(problems) => skipped.extend(problems.into_iter().next()),
        }
    }
    Ok((good, skipped))
}

/// The rubric asked for, or the only one in use; the highest version seen wins.
fn choose_rubric(
    ctx: &Context,
    wanted: Option<&str>,
    assessments: &[Assessment],
) -> Result<Arc<Rubric>> {
    let id = match wanted {
        Some(id) => id.to_string(),
        None => {
            let mut ids: Vec<&str> = assessments.iter().map(|a| a.rubric.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            match ids.as_slice() {
                [one] => one.to_string(),
                [] => {
                    return Err(Error::input(
                        "no assessments to roll up; name a rubric with --rubric to see empty figures",
                    ));
                }
                many => {
                    return Err(Error::input(format!(
                        "assessments of several rubrics ({}); choose one with --rubric",
                        many.join(", ")
                    )));
                }
            }
        }
    };
    let seen = assessments
        .iter()
        .filter(|a| a.rubric.id == id)
        .map(|a| &a.rubric)
        .max_by(|a, b| compare_versions(&a.version, &b.version))
        .cloned();
    seen.or_else(|| ctx.registry.latest(&id).map(|e| e.rubric.clone()))
        .ok_or_else(|| super::rubrics::unknown_rubric(ctx, &id))
}

fn plain_text(rubric: &Rubric, r: &Rollup, skipped: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({} v{})", rubric.title, rubric.id, rubric.version);
    let _ = writeln!(
        out,
        "{} schools, latest assessment each; {} incomplete",
        r.schools, r.incomplete
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Schools fully implementing the standards: {}",
        r.fully_implementing
    );
    let _ = writeln!(
        out,
        "Schools meeting the baseline criteria:    {}",
        r.baseline_met
    );
    let _ = writeln!(out);
    let width = r
        .by_standard
        .iter()
        .map(|s| s.title.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let _ = writeln!(
        out,
        "{:width$}  Schools with the standard fully implemented",
        "Standard"
    );
    for s in &r.by_standard {
        let _ = writeln!(out, "{:width$}  {}", s.title, s.fully_implemented);
    }
    if skipped > 0 {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{skipped} file(s) skipped because they did not validate (listed above)."
        );
    }
    out
}

fn json_text(rubric: &Rubric, r: &Rollup, skipped: &[Diagnostic]) -> Result<String> {
    let value = json!({
        "rubric": { "id": rubric.id, "version": rubric.version },
        "schools": r.schools,
        "incomplete": r.incomplete,
        "skipped_files": skipped.iter().map(|d| json!({
            "file": d.file, "line": d.line, "col": d.col, "message": d.message,
        })).collect::<Vec<_>>(),
        "fully_implementing": fraction_json(r.fully_implementing),
        "baseline_met": fraction_json(r.baseline_met),
        "by_standard": r.by_standard.iter().map(|s| json!({
            "id": s.id, "title": s.title, "fully_implemented": fraction_json(s.fully_implemented),
        })).collect::<Vec<_>>(),
    });
    let mut text =
        serde_json::to_string_pretty(&value).map_err(|e| Error::failure(e.to_string()))?;
    text.push('\n');
    Ok(text)
}
