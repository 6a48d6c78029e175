//! `new`, `list`, `rate`, `report`, `export`, `import`.

use super::Context;
use super::output::{Stream, emit, print};
use super::rubrics::unknown_rubric;
use crate::assessment::Assessment;
use crate::error::{Error, Result};
use crate::exchange::batch::import_paths;
use crate::exchange::html::TrendPoint;
use crate::exchange::report::{self, Format};
use crate::exchange::to_toml;
use crate::ops::{self, Door, NewFields};
use std::fmt::Write;
use std::path::{Path, PathBuf};

pub struct NewArgs {
    pub school: String,
    pub rubric: Option<String>,
    pub rubric_version: Option<String>,
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
    if let Some(new) = args.rubric.as_deref().and_then(crate::rubric::replacement) {
        return Err(Error::input(crate::t!(
            "cli-rubric-retired",
            id = format!("{:?}", args.rubric.as_deref().unwrap_or_default()),
            new = new
        )));
    }
    let entry = match (&args.rubric, &ctx.settings.rubric) {
        (Some(id), _) if args.rubric_version.is_some() => {
            let version = args.rubric_version.as_deref().unwrap_or_default();
            ctx.registry.get(id, version).cloned().ok_or_else(|| {
                Error::input(crate::t!(
                    "cli-rubric-no-version",
                    id = format!("{id:?}"),
                    version = format!("{version:?}")
                ))
            })?
        }
        (Some(id), _) => ctx
            .registry
            .latest(id)
            .cloned()
            .ok_or_else(|| unknown_rubric(ctx, id))?,
        (None, Some(placed)) => ctx.registry.latest(&placed.value).cloned().ok_or_else(|| {
            Error::Invalid(vec![placed.problem(crate::t!(
                "cli-default-rubric-missing",
                id = format!("{:?}", placed.value)
            ))])
        })?,
        (None, None) => {
            return Err(Error::input(crate::t!("cli-say-which-rubric")));
        }
    };
    let id = ctx
        .store()?
        .create(&checked.with_rubric(&entry.rubric, &entry.text))?;
    print(&format!("{id}\n"))
}

/// The assessment with its coaching sessions, for what prints or exports them.
fn load(ctx: &mut Context, id: &str) -> Result<Assessment> {
    let store = ctx.store()?;
    let id = store.resolve(id)?;
    store.load(&id)
}

pub fn list(ctx: &mut Context, as_json: bool) -> Result<()> {
    let store = ctx.store()?;
    if as_json {
        return list_json(store);
    }
    // Column widths first, from the ids and school names alone; then the rows, one
    // query streamed to the terminal.
    if store.home_count("")? == 0 {
        return print(&format!(
            "{}\n  touchstone new --school \"Lincoln Elementary\" --rubric cs-site-2017\n",
            crate::t!("cli-list-empty")
        ));
    }
    let id_width = id_width(store)?;
    // Columns are measured in terminal cells, so wide (CJK) names keep them aligned.
    let school_width = store
        .schools()?
        .iter()
        .map(|(name, _)| unicode_width::UnicodeWidthStr::width(name.as_str()))
        .max()
        .unwrap_or(6)
        .clamp(6, 32);
    let fit = |s: &str, w: usize| crate::text::fit(&crate::text::one_line(s), w, "…");
    // The status in the reader's language (issue 23: `list` printed "draft" in
    // Spanish), its column as wide as its longest word.
    use crate::assessment::Status;
    let status_width = [Status::Draft, Status::Final]
        .map(|s| crate::exchange::report::status_word(s).chars().count())
        .into_iter()
        .chain([crate::t!("cli-list-status").chars().count()])
        .max()
        .unwrap_or(6);
    let mut out = Stream::new();
    out.text(&format!(
        "{:<id_width$}  {}  {:<10}  {:<16}  {:<status_width$}  {:>9}  {}\n",
        crate::t!("cli-list-id"),
        fit(&crate::t!("cli-list-school"), school_width),
        crate::t!("cli-list-date"),
        crate::t!("cli-list-rubric"),
        crate::t!("cli-list-status"),
        crate::t!("cli-list-rated"),
        crate::t!("cli-list-standards")
    ))?;
    store.each_listed(|a| {
        let f = &a.figures;
        out.text(&format!(
            "{:<id_width$}  {}  {:<10}  {:<16}  {:<status_width$}  {:>9}  {}\n",
            a.id.get(..id_width).unwrap_or(&a.id),
            fit(&a.school, school_width),
            a.date,
            a.rubric_label(),
            crate::exchange::report::status_word(a.status),
            format!("{}/{}", f.rated, f.indicators),
            f.standards()
        ))
    })?;
    out.finish()
}

/// One row of `list --json`. Fields in alphabetical order: the order the `json!` map
/// this replaced printed them in (kept, as scripts may read the text).
#[derive(serde::Serialize)]
struct ListJson<'a> {
    applicable: u32,
    date: &'a str,
    district: Option<&'a str>,
    fully_implementing: bool,
    id: &'a str,
    indicators: u32,
    rated: u32,
    rubric: RubricJson<'a>,
    school: &'a str,
    standards: FractionJson,
    status: &'a str,
    unrated: u32,
}

#[derive(serde::Serialize)]
struct RubricJson<'a> {
    id: &'a str,
    version: &'a str,
}

/// As `report::fraction_json` writes a fraction.
#[derive(serde::Serialize)]
struct FractionJson {
    denominator: u32,
    numerator: u32,
    percent: Option<f64>,
}

/// `list --json`: the same array `serde_json` would print whole, written one
/// assessment at a time.
fn list_json(store: &crate::store::Store) -> Result<()> {
    let mut out = Stream::new();
    let mut first = true;
    let mut text = String::new();
    store.each_listed(|a| {
        let f = &a.figures;
        let standards = f.standards();
        let row = ListJson {
            applicable: f.applicable,
            date: &a.date,
            district: a.district.as_deref(),
            fully_implementing: f.fully_implementing,
            id: &a.id,
            indicators: f.indicators,
            rated: f.rated,
            rubric: RubricJson {
                id: &a.rubric_id,
                version: &a.rubric_version,
            },
            school: &a.school,
            standards: FractionJson {
                denominator: standards.denominator,
                numerator: standards.numerator,
                percent: standards.percent(),
            },
            status: a.status.as_str(),
            unrated: f.unrated(),
        };
        let pretty =
            serde_json::to_string_pretty(&row).map_err(|e| Error::failure(e.to_string()))?;
        text.clear();
        text.push_str(if first { "[\n" } else { ",\n" });
        first = false;
        for (i, line) in pretty.lines().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str("  ");
            text.push_str(line);
        }
        out.exact(&crate::text::json(std::mem::take(&mut text)))
    })?;
    out.exact(if first { "[]\n" } else { "\n]\n" })?;
    out.finish()
}

/// The shortest unique prefix length over ids given one at a time in sorted order:
/// the longest prefix two neighbours share, plus one.
#[derive(Default)]
struct PrefixWidth {
    count: usize,
    previous: String,
    longest_common: usize,
    longest_id: usize,
}

impl PrefixWidth {
    fn add(&mut self, id: &str) {
        if self.count > 0 {
            let common = self
                .previous
                .bytes()
                .zip(id.bytes())
                .take_while(|(x, y)| x == y)
                .count();
            self.longest_common = self.longest_common.max(common);
        }
        self.count += 1;
        self.longest_id = self.longest_id.max(id.len());
        self.previous.clear();
        self.previous.push_str(id);
    }

    fn width(&self) -> usize {
        (self.longest_common + 1).max(8).min(self.longest_id.max(8))
    }
}

/// How many leading characters tell every id apart (at least 8), as git abbreviates
/// commits: ids made within the same minute share their first 8 characters.
pub fn id_width(store: &crate::store::Store) -> Result<usize> {
    let mut ids = PrefixWidth::default();
    store.each_id(|id| ids.add(id))?;
    Ok(ids.width())
}

pub fn rate(
    ctx: &mut Context,
    id: &str,
    indicator: &str,
    level: &str,
    note: Option<&str>,
) -> Result<()> {
    let assessment = {
        let store = ctx.store()?;
        let id = store.resolve(id)?;
        store.load_without_sessions(&id)?
    };
    // A submitted assessment is refused where every change is written (the store's
    // one check), with `touchstone reopen` in the message.
    let rubric = &crate::rubric::shown(&assessment.rubric);
    let (index, choice) = indicator_and_level(rubric, indicator, level, |indicator, rubric| {
        crate::t!(
            "cli-not-an-indicator",
            indicator = indicator,
            rubric = rubric
        )
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
        "{}\n",
        crate::t!(
            "cli-rated",
            indicator = indicator,
            before = rubric.choice_label(before).to_string(),
            after = rubric.choice_label(Some(choice)).to_string()
        )
    ))
}

/// The indicator and the level a command names, checked against `rubric`: an unknown
/// indicator is refused with the closest one offered (else with `unknown(indicator
/// as quoted, rubric id)`), an unknown level with the rubric's keys.
pub(super) fn indicator_and_level(
    rubric: &crate::rubric::Rubric,
    indicator: &str,
    level: &str,
    unknown: impl FnOnce(String, &str) -> String,
) -> Result<(usize, crate::rubric::Choice)> {
    let Some(index) = rubric.indicator_index(indicator) else {
        return Err(Error::input(match rubric.closest_indicator(indicator) {
            Some(close) => crate::t!(
                "cli-not-an-indicator-did-you-mean",
                indicator = format!("{indicator:?}"),
                rubric = &rubric.id,
                suggestion = close
            ),
            None => unknown(format!("{indicator:?}"), &rubric.id),
        }));
    };
    let choice = rubric.parse_choice(level).ok_or_else(|| {
        Error::input(crate::t!(
            "cli-not-a-level",
            level = format!("{level:?}"),
            hint = rubric.level_keys_hint()
        ))
    })?;
    Ok((index, choice))
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
    Ok(ctx
        .store()?
        .school_trend(&a.meta.id)?
        .iter()
        .map(|x| TrendPoint {
            date: x.date.clone(),
            standards: x.figures.standards().percent().unwrap_or(0.0),
            indicators: x.figures.indicator_share().percent().unwrap_or(0.0),
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
    let mut out = crate::t!(
        "cli-submitted",
        school = &assessment.meta.school,
        date = assessment.meta.date.to_string()
    );
    out.push('\n');
    if !unrated.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            crate::t!(
                "cli-still-unrated",
                count = unrated.len(),
                ids = unrated.join(", ")
            )
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
        "{}\n",
        crate::t!(
            "cli-reopened",
            school = &assessment.meta.school,
            date = assessment.meta.date.to_string()
        )
    ))
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
        eprintln!(
            "{}",
            crate::t!("cli-warning", message = crate::text::one_line(warning))
        );
    }
    print(&format!(
        "{}\n",
        crate::t!("cli-imported", counts = counts.to_string())
    ))
}
