//! `touchstone rollup`: network figures from the database and/or exported files:
//! overall, per district, as of a date, and as a trend by year or quarter.

use super::Context;
use super::output::{print, print_exact};
pub(super) use super::rollup_figures::{
    Figures, MISSING_LISTED, NO_DISTRICT, Scorecard, TrendPoint,
};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::exchange::batch::{read_or_note, toml_files};
use crate::exchange::parse_assessment;
use crate::outcomes::headline::{Headline, SchoolStatus};
use crate::rubric::{Rubric, compare_versions};
use crate::score::{RollupBuilder, Submission, latest_per_school, score};
use jiff::civil::Date;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use std::path::PathBuf;
use std::sync::Arc;

mod over_time;
#[cfg(test)]
use over_time::period_end;
use over_time::{date_range, period_ends, scorecard, trend};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Period {
    Year,
    Quarter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    District,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Output {
    Text,
    Json,
    Csv,
    // The board report: one self-contained page.
    Html,
}

pub struct RollupArgs {
    pub rubric: Option<String>,
    pub paths: Vec<PathBuf>,
    pub include_db: bool,
    pub by: Option<GroupBy>,
    pub as_of: Option<Date>,
    pub trend: Option<Period>,
    pub output: Output,
    /// Thresholds to try instead of the rubrics' own.
    pub what_if: super::what_if::WhatIf,
    /// Count each school's latest assessment even when it is a draft.
    pub include_drafts: bool,
    /// The declared equitable-impact rule, with the parameters asked for.
    pub impact: crate::outcomes::impact::Rule,
    /// Where to write (standard output when `None`), and whether over a file.
    pub out_file: Option<PathBuf>,
    pub force: bool,
}

/// Each school's outcome rows from files, by district ("" for none) and name.
type OutcomesBySchool = HashMap<(String, String), Vec<crate::outcomes::model::Row>>;

/// What the headline measures need besides the assessments: each school's
/// equitable-impact verdict as it stood at the end of each year asked for (`caps`),
/// by district ("" for none) and name (schools without outcome data have none).
/// Judged once, one school at a time: the outcome rows are never held whole.
struct Verdicts {
    caps: Vec<i32>,
    by_school: HashMap<(String, String), Vec<crate::outcomes::impact::Verdict>>,
}

impl Verdicts {
    fn new(mut caps: Vec<i32>) -> Verdicts {
        caps.sort_unstable();
        caps.dedup();
        Verdicts {
            caps,
            by_school: HashMap::new(),
        }
    }

    fn judge(
        &mut self,
        key: (String, String),
        rows: &[crate::outcomes::model::Row],
        rule: &crate::outcomes::impact::Rule,
    ) {
        use crate::outcomes::{impact::judge_until, model::SchoolYear};
        let verdicts = self
            .caps
            .iter()
            .map(|cap| judge_until(rows, rule, SchoolYear(*cap)).verdict)
            .collect();
        self.by_school.entry(key).or_insert(verdicts);
    }

    /// The school's verdict at the end of `cap`'s year.
    fn at(&self, key: &(String, String), cap: i32) -> Option<crate::outcomes::impact::Verdict> {
        let i = self.caps.iter().position(|c| *c == cap)?;
        self.by_school.get(key).map(|v| v[i].clone())
    }
}

/// The headline measures at one moment: the verdicts as they stood at the end of
/// `cap`, and the community schools a year earlier (for new and sustained).
struct HeadlineAt<'a> {
    verdicts: &'a Verdicts,
    cap: i32,
    before: &'a HashSet<(String, String)>,
}

/// Where the assessments come from.
enum Source {
    /// Streamed from the database, one school at a time (drafts too, when `true`).
    Db(bool),
    /// Read from files (and, with `--include-db`, the database too).
    Loaded(Vec<Submission>),
}

pub fn run(ctx: &mut Context, args: RollupArgs) -> Result<()> {
    let as_of = args.as_of;
    let use_db = args.paths.is_empty() || args.include_db;
    let mut outcomes = OutcomesBySchool::new();
    let (mut loaded, skipped) = if args.paths.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        from_files(ctx, &args.paths, args.include_drafts, &mut outcomes)?
    };
    for problem in &skipped {
        eprintln!(
            "{}",
            crate::t!("cli-file-skipped", problem = problem.to_string())
        );
    }
    let rubric_id = choose_rubric_id(ctx, args.rubric.as_deref(), use_db, &loaded)?;
    if use_db && !args.paths.is_empty() {
        let store = ctx.store()?;
        let submitted_only = !args.include_drafts;
        store.scan_latest(&rubric_id, None, submitted_only, |l| {
            loaded.push(submission_of(&l))
        })?;
    }
    let rubric = newest_rubric(ctx, &rubric_id, use_db, &loaded)?;
    let source = if args.paths.is_empty() {
        Source::Db(args.include_drafts)
    } else {
        loaded.retain(|s| s.rubric.id == rubric_id);
        // The same assessment from the database and a file counts once.
        loaded.sort_by(|a, b| {
            a.assessment_id
                .cmp(&b.assessment_id)
                .then_with(|| b.updated.cmp(&a.updated))
        });
        loaded.dedup_by(|a, b| a.assessment_id == b.assessment_id);
        Source::Loaded(loaded)
    };
    let html = args.output == Output::Html;
    // The board report always shows districts and the years.
    let by_district = html || args.by == Some(GroupBy::District);
    let period = match html {
        true => Some(args.trend.unwrap_or(Period::Year)),
        false => args.trend,
    };
    let rule = &args.what_if;
    // The day the figures are for, and a year earlier (the prior period).
    let day = as_of.unwrap_or_else(crate::assessment::today);
    let prior_day = day
        .checked_sub(jiff::Span::new().years(1))
        .unwrap_or(Date::MIN);
    let range = match period {
        Some(_) => date_range(ctx, &source, &rubric.id)?,
        None => None,
    };
    let periods = range.map_or(Vec::new(), |(first, last)| {
        period_ends(first, last, as_of, period.unwrap_or(Period::Year))
    });
    // Judged one school at a time, as it stood at the end of each year needed.
    let mut caps = vec![day.year().into(), prior_day.year().into()];
    caps.extend(periods.iter().map(|(end, _)| i32::from(end.year())));
    let mut verdicts = Verdicts::new(caps);
    let mut network =
        html.then(|| crate::outcomes::network::NetworkOutcomes::new(args.impact.min_n));
    if use_db {
        let store = ctx.store()?;
        let schools: HashMap<i64, crate::schools::School> = store
            .school_list()?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
        store.each_school_outcomes(|id, rows| {
            if let Some(s) = schools.get(&id) {
                let key = (s.district.clone().unwrap_or_default(), s.name.clone());
                verdicts.judge(key, rows, &args.impact);
                if let Some(n) = network.as_mut() {
                    n.add_school(rows);
                }
            }
        })?;
    }
    for (key, rows) in outcomes {
        // A school in the database too counts once (its rows from the database).
        if !verdicts.by_school.contains_key(&key)
            && let Some(n) = network.as_mut()
        {
            n.add_school(&rows);
        }
        verdicts.judge(key, &rows, &args.impact);
    }
    let nobody = HashSet::new();
    let prior = figures(
        ctx,
        &source,
        &rubric,
        Some(prior_day),
        by_district,
        rule,
        Some(HeadlineAt {
            verdicts: &verdicts,
            cap: prior_day.year().into(),
            before: &nobody,
        }),
    )?;
    let mut now = figures(
        ctx,
        &source,
        &rubric,
        as_of,
        by_district,
        rule,
        Some(HeadlineAt {
            verdicts: &verdicts,
            cap: day.year().into(),
            before: &prior.community,
        }),
    )?;
    let trend = trend(
        ctx,
        &source,
        &rubric,
        (&periods, period.unwrap_or(Period::Year)),
        by_district,
        rule,
        &verdicts,
    )?;
    // Targets live in the database: read when there is one.
    let targets = match use_db || ctx.db_path.exists() {
        true => ctx.store()?.targets()?,
        false => Vec::new(),
    };
    now.scorecard = scorecard(day.year().into(), &prior, &now, &trend, &targets);
    now.outcomes = network;
    let text = match args.output {
        // Machine formats read the same in every language (the rule in English too).
        Output::Json => crate::i18n::scoped(crate::i18n::Lang::En, || {
            super::rollup_data::json(&rubric, as_of, &now, &trend, &skipped, rule, &args.impact)
        })?,
        Output::Csv => crate::i18n::scoped(crate::i18n::Lang::En, || {
            super::rollup_data::csv(
                &now,
                &trend,
                &rule.words(&rubric),
                rule.is_active(),
                &super::rollup_text::impact_words(&args.impact),
                !args.impact.is_declared(),
            )
        })?,
        Output::Html => {
            let shown = crate::rubric::shown(&rubric);
            let page = super::board::render(
                &shown,
                as_of,
                &now,
                &trend,
                &rule.words(&shown),
                &args.impact,
                &targets,
            );
            return super::output::emit(&page, args.out_file.as_deref(), args.force);
        }
        Output::Text => {
            // For people: the rubric's words in their language (same ids and levels).
            let shown = crate::rubric::shown(&rubric);
            let figures =
                super::rollup_text::plain(&shown, as_of, &now, &trend, skipped.len(), &args.impact);
            let text = super::rollup_text::with_rule(&shown, rule, figures);
            return match &args.out_file {
                Some(path) => {
                    super::output::emit(&crate::text::printable(&text), Some(path), args.force)
                }
                None => print(&text),
            };
        }
    };
    match &args.out_file {
        Some(path) => super::output::emit(&text, Some(path), args.force),
        None => print_exact(&text),
    }
}

fn submission_of(l: &crate::store::LatestAssessment) -> Submission {
    Submission {
        school: l.school.to_string(),
        district: l.district.map(str::to_string),
        assessment_id: l.assessment_id.to_string(),
        date: l.date.parse().unwrap_or(Date::MIN),
        updated: jiff::Timestamp::UNIX_EPOCH,
        rubric: l.rubric.clone(),
        score: score(l.rubric, l.choices),
        choices: l.choices.to_vec(),
    }
}

/// Parses every file (with a progress bar on a terminal); files that fail are set
/// aside with their first problem.
fn from_files(
    ctx: &Context,
    paths: &[PathBuf],
    include_drafts: bool,
    outcomes: &mut OutcomesBySchool,
) -> Result<(Vec<Submission>, Vec<Diagnostic>)> {
    let resolve = |id: &str, version: &str| {
        ctx.registry
            .get(id, version)
            .map(|e| (e.rubric.clone(), e.text.clone()))
    };
    let found = toml_files(paths)?;
    for warning in &found.warnings {
        eprintln!(
            "{}",
            crate::t!("cli-warning", message = crate::text::one_line(warning))
        );
    }
    let files = found.files;
    let progress = progress_bar(files.len() as u64);
    let mut good = Vec::with_capacity(files.len());
    let mut skipped = Vec::new();
    let mut drafts = 0;
    for file in files {
        progress.inc(1);
        let mut problems = Vec::new();
        let Some(text) = read_or_note(&file, &mut problems)? else {
            skipped.extend(problems.into_iter().next());
            continue;
        };
        match parse_assessment(&file.display().to_string(), &text, &resolve) {
            // A draft counts once submitted (status = "final"), unless asked.
            Ok(a) if !include_drafts && a.meta.status != crate::assessment::Status::Final => {
                drafts += 1
            }
            Ok(a) => good.push({
                // The school's outcome rows, from the first of its files that has any.
                let key = (
                    a.meta.district.clone().unwrap_or_default(),
                    a.meta.school.clone(),
                );
                if !a.outcomes.is_empty() {
                    outcomes.entry(key).or_insert_with(|| a.outcomes.clone());
                }
                Submission {
                    score: a.score(),
                    choices: a.choices(),
                    school: a.meta.school,
                    district: a.meta.district,
                    assessment_id: a.meta.id,
                    date: a.meta.date,
                    updated: a.meta.updated,
                    rubric: a.rubric,
                }
            }),
            Err(problems) => skipped.extend(problems.into_iter().next()),
        }
    }
    progress.finish_and_clear();
    if drafts > 0 {
        // Otherwise a folder of drafts rolls up to nothing without a word why.
        eprintln!("{}", crate::t!("cli-drafts-not-counted", count = drafts));
    }
    Ok((good, skipped))
}

/// A progress bar on standard error, only when a person is watching a long run.
fn progress_bar(len: u64) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if len < 200 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    let template = format!(
        "{} {{pos}}/{{len}} {} {{wide_bar}} {{eta}}",
        crate::t!("cli-progress-reading"),
        crate::t!("cli-progress-files")
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar
}

/// The rubric asked for, or the only one in use.
fn choose_rubric_id(
    ctx: &mut Context,
    wanted: Option<&str>,
    use_db: bool,
    loaded: &[Submission],
) -> Result<String> {
    if let Some(id) = wanted {
        return Ok(id.to_string());
    }
    let mut ids: Vec<String> = loaded.iter().map(|s| s.rubric.id.clone()).collect();
    if use_db {
        ids.extend(ctx.store()?.rubric_ids_in_use()?);
    }
    ids.sort_unstable();
    ids.dedup();
    match ids.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::input(crate::t!("cli-rollup-nothing"))),
        many => Err(Error::input(crate::t!(
            "cli-rollup-several",
            ids = many.join(", ")
        ))),
    }
}

/// The highest version of the rubric among the assessments (or installed).
fn newest_rubric(
    ctx: &mut Context,
    id: &str,
    use_db: bool,
    loaded: &[Submission],
) -> Result<Arc<Rubric>> {
    let mut candidates: Vec<Arc<Rubric>> = loaded
        .iter()
        .filter(|s| s.rubric.id == id)
        .map(|s| s.rubric.clone())
        .collect();
    if use_db {
        candidates.extend(ctx.store()?.newest_stored_rubric(id)?);
    }
    let newest = candidates
        .into_iter()
        .max_by(|a, b| compare_versions(&a.version, &b.version));
    newest
        .or_else(|| ctx.registry.latest(id).map(|e| e.rubric.clone()))
        .ok_or_else(|| super::rubrics::unknown_rubric(ctx, id))
}

fn figures(
    ctx: &mut Context,
    source: &Source,
    rubric: &Rubric,
    as_of: Option<Date>,
    by_district: bool,
    rule: &super::what_if::WhatIf,
    at: Option<HeadlineAt>,
) -> Result<Figures> {
    let mut community = HashSet::new();
    let mut missing = BTreeSet::new();
    let mut overall = RollupBuilder::new(rubric);
    let mut districts: BTreeMap<String, RollupBuilder> = BTreeMap::new();
    let mut headline = Headline::default();
    let mut headlines: BTreeMap<String, Headline> = BTreeMap::new();
    let mut add = |district: Option<&str>,
                   school: &str,
                   r: &Rubric,
                   s: &crate::score::Score,
                   choices: &[Option<crate::rubric::Choice>]| {
        overall.add(r, s, choices);
        let status = at.as_ref().map(|at| {
            let key = (district.unwrap_or("").to_string(), school.to_string());
            let status = SchoolStatus {
                community: s.baseline_met,
                community_before: at.before.contains(&key),
                fully_implementing: s.fully_implementing,
                impact: match s.baseline_met {
                    true => at.verdicts.at(&key, at.cap),
                    false => None,
                },
            };
            if s.baseline_met {
                if !matches!(
                    status.impact,
                    Some(crate::outcomes::impact::Verdict::Demonstrates)
                        | Some(crate::outcomes::impact::Verdict::DoesNot)
                ) {
                    missing.insert(key.clone());
                    if missing.len() > MISSING_LISTED {
                        missing.pop_last();
                    }
                }
                community.insert(key);
            }
            status
        });
        if let Some(status) = &status {
            headline.add(status);
        }
        if by_district {
            let key = district.unwrap_or(NO_DISTRICT).to_string();
            if let Some(status) = &status {
                headlines.entry(key.clone()).or_default().add(status);
            }
            districts
                .entry(key)
                .or_insert_with(|| RollupBuilder::new(rubric))
                .add(r, s, choices);
        }
    };
    match source {
        Source::Db(drafts) => ctx.store()?.scan_latest(&rubric.id, as_of, !drafts, |l| {
            let s = rule.score(l.rubric, l.choices);
            add(l.district, l.school, l.rubric, &s, l.choices);
        })?,
        Source::Loaded(subs) => {
            let dated: Vec<Submission> = subs
                .iter()
                .filter(|s| as_of.is_none_or(|d| s.date <= d))
                .cloned()
                .collect();
            for s in latest_per_school(dated) {
                let figures = match rule.is_active() {
                    true => rule.score(&s.rubric, &s.choices),
                    false => s.score,
                };
                add(
                    s.district.as_deref(),
                    &s.school,
                    &s.rubric,
                    &figures,
                    &s.choices,
                );
            }
        }
    }
    Ok(Figures {
        overall: overall.finish(),
        by_district: districts
            .into_iter()
            .map(|(k, b)| (k, b.finish()))
            .collect(),
        headline,
        headlines,
        community,
        missing,
        outcomes: None,
        scorecard: Scorecard::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn periods_end_on_the_last_day_of_the_year_or_quarter() {
        assert_eq!(
            period_end(date(2025, 2, 10), Period::Quarter),
            date(2025, 3, 31)
        );
        assert_eq!(
            period_end(date(2025, 11, 30), Period::Quarter),
            date(2025, 12, 31)
        );
        assert_eq!(
            period_end(date(2025, 4, 1), Period::Year),
            date(2025, 12, 31)
        );
    }
}
