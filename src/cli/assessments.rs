//! `new`, `list`, `rate`, `report`, `export`, `import`.

use super::Context;
use super::output::{emit, print, print_exact};
use super::rubrics::unknown_rubric;
use crate::assessment::Assessment;
use crate::error::{Error, Result};
use crate::exchange::batch::import_paths;
use crate::exchange::html::TrendPoint;
use crate::exchange::report::{self, Format, fraction_json};
use crate::exchange::to_toml;
use crate::ops::{self, Door, NewFields};
use serde_json::json;
use std::fmt::Write;
use std::path::{Path, PathBuf};

pub struct NewArgs {
    pub school: String,
    pub rubric: Option<String>,
    pub district: Option<String>,
    pub date: Option<jiff::civil::Date>,
    pub team: Vec<String>,
    pub facilitator: Option<String>,
}

pub fn new(ctx: &mut Context, args: NewArgs) -> Result<()> {
    let mut checked = ops::check_new(
        Door::CommandLine,
        &NewFields {
            school: &args.school,
            district: args.district.as_deref(),
            date: args.date,
            team: args.team.iter().map(String::as_str).collect(),
            facilitator: args.facilitator.as_deref(),
        },
    )
    .map_err(|(_, why)| Error::input(why))?;
    if args.facilitator.is_none() {
        checked.facilitator = ctx.settings.facilitator.clone();
    }
    let entry = match (&args.rubric, &ctx.settings.rubric) {
        (Some(id), _) => ctx
            .registry
            .latest(id)
            .cloned()
            .ok_or_else(|| unknown_rubric(ctx, id))?,
        (None, Some(placed)) => ctx.registry.latest(&placed.value).cloned().ok_or_else(|| {
            Error::Invalid(vec![placed.problem(format!(
                "the default rubric {:?} is not installed (see touchstone rubrics); fix the settings or pass --rubric",
                placed.value
            ))])
        })?,
        (None, None) => {
            return Err(Error::input(
                "say which rubric: --rubric ID (see touchstone rubrics), or set rubric in the settings file (touchstone settings)",
            ));
        }
    };
    let id = ctx
        .store()?
        .create(&checked.with_rubric(&entry.rubric, &entry.text))?;
    print(&format!("{id}\n"))
}

fn load(ctx: &mut Context, id: &str) -> Result<Assessment> {
    let store = ctx.store()?;
    let id = store.resolve(id)?;
    store.load(&id)
}

pub fn list(ctx: &mut Context, as_json: bool) -> Result<()> {
    let all = ctx.store()?.load_all(None)?;
    if as_json {
        let rows: Vec<serde_json::Value> = all
            .iter()
            .map(|a| {
                let score = a.score();
                json!({
                    "id": a.meta.id,
                    "school": a.meta.school,
                    "district": a.meta.district,
                    "date": a.meta.date.to_string(),
                    "rubric": { "id": a.rubric.id, "version": a.rubric.version },
                    "status": a.meta.status.as_str(),
                    "indicators": a.rubric.indicator_count(),
                    "rated": score.rated,
                    "unrated": score.unrated,
                    "applicable": score.indicators.denominator,
                    "standards": fraction_json(score.standards),
                    "fully_implementing": score.fully_implementing,
                })
            })
            .collect();
        let mut text = crate::text::json(
            serde_json::to_string_pretty(&rows).map_err(|e| Error::failure(e.to_string()))?,
        );
        text.push('\n');
        return print_exact(&text);
    }
    if all.is_empty() {
        return print(
            "No assessments yet. Start one with:\n  touchstone new --school \"Lincoln Elementary\" --rubric cs-site-2017\n",
        );
    }
    let mut out = String::new();
    // Columns are measured in terminal cells, so wide (CJK) names keep them aligned.
    let school_width = all
        .iter()
        .map(|a| unicode_width::UnicodeWidthStr::width(a.meta.school.as_str()))
        .max()
        .unwrap_or(6)
        .clamp(6, 32);
    let ids: Vec<&str> = all.iter().map(|a| a.meta.id.as_str()).collect();
    let id_width = unique_prefix_len(&ids);
    let fit = |s: &str, w: usize| crate::text::fit(&crate::text::one_line(s), w, "…");
    let _ = writeln!(
        out,
        "{:<id_width$}  {}  {:<10}  {:<16}  {:<6}  {:>9}  Standards fully implemented",
        "ID",
        fit("School", school_width),
        "Date",
        "Rubric",
        "Status",
        "Rated"
    );
    for a in &all {
        let score = a.score();
        let _ = writeln!(
            out,
            "{:<id_width$}  {}  {:<10}  {:<16}  {:<6}  {:>9}  {}",
            a.meta.id.get(..id_width).unwrap_or(&a.meta.id),
            fit(&a.meta.school, school_width),
            a.meta.date.to_string(),
            format!("{} v{}", a.rubric.id, a.rubric.version),
            a.meta.status.as_str(),
            format!("{}/{}", score.rated, a.rubric.indicator_count()),
            score.standards
        );
    }
    print(&out)
}

/// How many leading characters tell every id apart (at least 8), as git abbreviates
/// commits: ids made within the same minute share their first 8 characters.
pub fn unique_prefix_len(ids: &[&str]) -> usize {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    let common = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let longest = sorted
        .windows(2)
        .map(|w| common(w[0], w[1]))
        .max()
        .unwrap_or(0);
    let longest_id = ids.iter().map(|id| id.len()).max().unwrap_or(0);
    (longest + 1).max(8).min(longest_id.max(8))
}

pub fn rate(
    ctx: &mut Context,
    id: &str,
    indicator: &str,
    level: &str,
    note: Option<&str>,
) -> Result<()> {
    let assessment = load(ctx, id)?;
    read_only_if_submitted(&assessment)?;
    let rubric = &assessment.rubric;
    let Some(index) = rubric.indicator_index(indicator) else {
        return Err(Error::input(format!(
            "{indicator:?} is not an indicator of {} (see `touchstone rubric show {}`)",
            rubric.id, rubric.id
        )));
    };
    let choice = rubric.parse_choice(level).ok_or_else(|| {
        Error::input(format!(
            "{level:?} is not a level; use {}",
            rubric.level_keys_hint()
        ))
    })?;
    let note = note
        .map(|n| crate::text::checked(n, crate::text::Shape::Text, "--note"))
        .transpose()
        .map_err(Error::input)?;
    let before = assessment.entries[index].choice;
    let actor = ctx.actor.clone();
    ctx.store()?.rate(
        &assessment,
        indicator,
        Some(choice),
        note.as_deref(),
        &actor,
    )?;
    print(&format!(
        "{indicator}: {} → {} (saved)\n",
        rubric.choice_label(before),
        rubric.choice_label(Some(choice))
    ))
}

pub fn report(
    ctx: &mut Context,
    id: &str,
    format: Format,
    output: Option<&Path>,
    force: bool,
) -> Result<()> {
    let assessment = load(ctx, id)?;
    let trend = if format == Format::Html {
        school_trend(ctx, &assessment)?
    } else {
        Vec::new()
    };
    let text = report::render(&assessment, format, &trend)?;
    // Reports for people are made safe to print; JSON, CSV and HTML escape in their own way.
    let text = match format {
        Format::Text | Format::Md => crate::text::printable(&text),
        _ => text,
    };
    emit(&text, output, force)
}

/// The school's assessments of the same rubric up to this one, oldest first.
fn school_trend(ctx: &mut Context, a: &Assessment) -> Result<Vec<TrendPoint>> {
    let all = ctx.store()?.load_all(Some(&a.rubric.id))?;
    Ok(all
        .iter()
        .filter(|x| x.meta.school == a.meta.school && x.meta.district == a.meta.district)
        .filter(|x| (x.meta.date, x.meta.updated) <= (a.meta.date, a.meta.updated))
        .map(|x| {
            let s = x.score();
            TrendPoint {
                date: x.meta.date.to_string(),
                standards: s.standards.percent().unwrap_or(0.0),
                indicators: s.indicators.percent().unwrap_or(0.0),
            }
        })
        .collect())
}

/// `touchstone submit ID [--by NAMES]`: says what is still unrated, then submits.
pub fn submit(ctx: &mut Context, id: &str, by: &[String]) -> Result<()> {
    let by = by
        .iter()
        .map(|n| crate::text::checked(n, crate::text::Shape::Line, "--by"))
        .filter(|n| !matches!(n, Ok(s) if s.is_empty()))
        .collect::<std::result::Result<Vec<String>, String>>()
        .map_err(Error::input)?;
    let actor = ctx.actor.clone();
    let assessment = load(ctx, id)?;
    let unrated = assessment.unrated_ids();
    ctx.store()?.submit(&assessment.meta.id, &by, &actor)?;
    let mut out = format!(
        "Submitted {} {}: it now counts in the network's figures and is read-only until reopened.\n",
        assessment.meta.school, assessment.meta.date
    );
    if !unrated.is_empty() {
        let _ = writeln!(
            out,
            "Still unrated: {} ({})",
            crate::words::count(unrated.len(), "indicator", "indicators"),
            unrated.join(", ")
        );
    }
    print(&out)
}

/// `touchstone reopen ID`: a draft again, logged.
pub fn reopen(ctx: &mut Context, id: &str) -> Result<()> {
    let actor = ctx.actor.clone();
    let assessment = load(ctx, id)?;
    ctx.store()?.reopen(&assessment.meta.id, &actor)?;
    print(&format!(
        "Reopened {} {}: a draft again, not counted in the network's figures until submitted.\n",
        assessment.meta.school, assessment.meta.date
    ))
}

/// A submitted assessment is changed only after `touchstone reopen`.
pub fn read_only_if_submitted(a: &crate::assessment::Assessment) -> Result<()> {
    if a.meta.status == crate::assessment::Status::Final {
        return Err(Error::input(format!(
            "this assessment is submitted, so it is read-only; `touchstone reopen {}` makes it a draft again",
            &a.meta.id[..8.min(a.meta.id.len())]
        )));
    }
    Ok(())
}

pub fn export(ctx: &mut Context, id: &str, output: Option<&Path>, force: bool) -> Result<()> {
    let assessment = load(ctx, id)?;
    emit(&to_toml(&assessment), output, force)
}

pub fn import(ctx: &mut Context, paths: &[PathBuf], replace: bool) -> Result<()> {
    let registry = ctx.registry.clone();
    let actor = format!("{} (import)", ctx.actor);
    let counts = import_paths(ctx.store()?, &registry, paths, replace, &actor)?;
    for warning in &counts.skipped {
        eprintln!("warning: {}", crate::text::one_line(warning));
    }
    print(&format!("imported {counts}\n"))
}
