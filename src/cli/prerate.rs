//! `touchstone session prerate …`: opening a session for silent pre-rating, members
//! rating alone, the facilitator's progress view (names and counts, never levels),
//! and closing it when the room meets.

use super::output::print;
use super::{Context, PrerateCommand};
use crate::error::{Error, Result};
use crate::session::load_plans;
use crate::session::prerate::planned;
use crate::session::tally::Tally;
use crate::store::{AgreedLevel, LiveSession, RecordAgreed};
use crate::text::{Shape, checked};
use std::fmt::Write;

pub fn run(ctx: &mut Context, command: PrerateCommand) -> Result<()> {
    match command {
        PrerateCommand::Open {
            assessment,
            plan,
            open_voting,
        } => open(ctx, &assessment, &plan, open_voting),
        PrerateCommand::Rate {
            code,
            indicator,
            level,
            name,
            comment,
        } => rate(
            ctx,
            &code,
            name.as_deref(),
            &indicator,
            &level,
            comment.as_deref(),
        ),
        PrerateCommand::Enter {
            code,
            pairs,
            name,
            csv,
        } => match csv {
            Some(path) => super::prerate_csv::enter_csv(ctx, &code, &path),
            None => enter(ctx, &code, &name.unwrap_or_default(), &pairs),
        },
        PrerateCommand::Mine { code, name } => mine(ctx, &code, name.as_deref()),
        PrerateCommand::Status { code } => status(ctx, &code),
        PrerateCommand::Close {
            code,
            record_agreed,
        } => close(ctx, &code, record_agreed),
    }
}

fn open(ctx: &mut Context, assessment: &str, plan_id: &str, open_voting: bool) -> Result<()> {
    let (plans, _) = load_plans(&[crate::paths::user_sessions_dir()]);
    let actor = ctx.actor.clone();
    let store = ctx.store()?;
    let id = store.resolve(assessment)?;
    let live =
        crate::ops::session::open_prerating(store, &plans, &id, plan_id, &actor, open_voting)?;
    let loaded = store.load_without_sessions(&id)?;
    let code = &live.code;
    print(&format!(
        "{}\n",
        crate::t!(
            "cli-prerate-opened",
            school = &loaded.meta.school,
            date = loaded.meta.date.to_string(),
            code = code
        )
    ))
}

/// The member's name: given, or the user's; one plain line.
fn member(ctx: &Context, name: Option<&str>) -> Result<String> {
    let name = name.map_or_else(|| ctx.actor.clone(), str::to_string);
    let name = checked(&name, Shape::Line, "--name").map_err(Error::input)?;
    if name.is_empty() {
        return Err(Error::input(crate::t!("cli-name-needed")));
    }
    Ok(name)
}

/// The session a pre-rating code names.
fn session(ctx: &mut Context, code: &str) -> Result<LiveSession> {
    let store = ctx.store()?;
    let id = store.find_session(code)?;
    store.live_session(&id)
}

fn require_open(live: &LiveSession) -> Result<()> {
    if live.ended() || !live.prerating() {
        return Err(Error::input(crate::t!(
            "cli-prerate-closed-already",
            code = &live.code
        )));
    }
    Ok(())
}

fn rate(
    ctx: &mut Context,
    code: &str,
    name: Option<&str>,
    indicator: &str,
    level: &str,
    comment: Option<&str>,
) -> Result<()> {
    let name = member(ctx, name)?;
    let comment = checked(comment.unwrap_or(""), Shape::Text, "--comment").map_err(Error::input)?;
    let live = session(ctx, code)?;
    require_open(&live)?;
    let store = ctx.store()?;
    let rubric = store.load_without_sessions(&live.assessment_id)?.rubric;
    let indicator = indicator.trim();
    let (_, choice) =
        super::assessments::indicator_and_level(&rubric, indicator, level, |indicator, rubric| {
            crate::t!(
                "cli-prerate-not-an-indicator",
                indicator = indicator,
                rubric = rubric
            )
        })?;
    crate::ops::session::prerate(
        store,
        &live.id,
        &name,
        &[(indicator, rubric.choice_key(choice))],
        &comment,
    )?;
    print(&format!(
        "{}\n",
        crate::t!(
            "cli-prerated",
            indicator = indicator,
            level = rubric.choice_label(Some(choice)).to_string(),
            name = &name
        )
    ))
}

/// A paper sheet typed in: `ID=LEVEL` pairs, each checked as a typed pre-rating is,
/// every problem named with its place; written in one transaction only when all are
/// right.
fn enter(ctx: &mut Context, code: &str, name: &str, args: &[String]) -> Result<()> {
    let name = member(ctx, Some(name))?;
    let live = session(ctx, code)?;
    require_open(&live)?;
    let store = ctx.store()?;
    let rubric = store.load_without_sessions(&live.assessment_id)?.rubric;
    let planned = crate::ops::session::planned(store, &live)?;
    let mut problems = Vec::new();
    let mut levels: Vec<(String, &str)> = Vec::new();
    let pairs = args.iter().flat_map(|a| a.split_whitespace());
    for (n, pair) in pairs.enumerate() {
        let at = |message: String| {
            crate::t!(
                "cli-enter-at",
                n = n + 1,
                pair = format!("{:?}", crate::text::one_line(pair)),
                message = message
            )
        };
        let Some((indicator, level)) = pair.split_once('=') else {
            problems.push(at(crate::t!("cli-enter-not-a-pair")));
            continue;
        };
        if rubric.indicator_index(indicator).is_none() {
            problems.push(at(crate::t!(
                "cli-prerate-not-an-indicator",
                indicator = format!("{indicator:?}"),
                rubric = &rubric.id
            )));
            continue;
        }
        let Some(choice) = rubric.parse_choice(level) else {
            problems.push(at(crate::t!(
                "cli-not-a-level",
                level = format!("{level:?}"),
                hint = rubric.level_keys_hint()
            )));
            continue;
        };
        if let Err(refusal) = live.prerate(indicator, &planned) {
            problems.push(at(refusal.message()));
            continue;
        }
        if levels.iter().any(|(i, _)| i == indicator) {
            problems.push(at(crate::t!("cli-enter-twice", indicator = indicator)));
            continue;
        }
        levels.push((indicator.to_string(), rubric.choice_key(choice)));
    }
    if !problems.is_empty() {
        problems.push(crate::t!("cli-enter-nothing", count = problems.len()));
        return Err(Error::input(problems.join("\n")));
    }
    let pairs: Vec<(&str, &str)> = levels.iter().map(|(i, l)| (i.as_str(), *l)).collect();
    crate::ops::session::prerate(store, &live.id, &name, &pairs, "")?;
    print(&format!(
        "{}\n",
        crate::t!(
            "cli-entered",
            count = pairs.len(),
            name = &name,
            code = &live.code
        )
    ))
}

fn mine(ctx: &mut Context, code: &str, name: Option<&str>) -> Result<()> {
    let name = member(ctx, name)?;
    let live = session(ctx, code)?;
    let store = ctx.store()?;
    let rubric = store.load_without_sessions(&live.assessment_id)?.rubric;
    let own = store.own_prerates(&live.id, &name)?;
    let mut out = String::new();
    let (done, total) = (own.len(), rubric.indicators().count());
    let line = if live.prerating() {
        crate::t!("cli-prerate-mine", name = &name, done = done, total = total)
    } else {
        crate::t!(
            "cli-prerate-mine-closed",
            name = &name,
            done = done,
            total = total
        )
    };
    let _ = writeln!(out, "{line}");
    for p in &own {
        let label = rubric.choice_label(rubric.parse_choice(&p.level));
        let _ = write!(out, "  {:<8} {label}", p.indicator);
        if !p.comment.is_empty() {
            let _ = write!(out, " · {}", crate::text::one_line(&p.comment));
        }
        let _ = writeln!(out);
    }
    print(&out)
}

fn status(ctx: &mut Context, code: &str) -> Result<()> {
    let live = session(ctx, code)?;
    let store = ctx.store()?;
    let total = store
        .load_without_sessions(&live.assessment_id)?
        .rubric
        .indicators()
        .count();
    let progress = store.prerate_progress(&live.id)?;
    let members = progress.len();
    let mut out = if live.prerating() && !live.ended() {
        crate::t!(
            "cli-prerate-status-open",
            code = &live.code,
            members = members
        )
    } else {
        crate::t!(
            "cli-prerate-status-closed",
            code = &live.code,
            members = members
        )
    };
    out.push('\n');
    for (name, n) in &progress {
        let line = crate::t!("cli-prerate-member", name = name, done = *n, total = total);
        let _ = writeln!(out, "{line}");
    }
    print(&out)
}

fn close(ctx: &mut Context, code: &str, record_agreed: bool) -> Result<()> {
    let actor = ctx.actor.clone();
    let live = session(ctx, code)?;
    if live.ended() || !live.prerating() {
        return Err(Error::input(crate::t!(
            "cli-prerate-close-again",
            code = &live.code
        )));
    }
    let store = ctx.store()?;
    let assessment = store.load_without_sessions(&live.assessment_id)?;
    let rubric = &assessment.rubric;
    let crate::ops::session::PreAgreement { choices, agreed } =
        crate::ops::session::pre_agreement(store, &live, &assessment)?;
    let planned = planned(&live.plan, rubric, &live.weakest);
    let ids: Vec<String> = agreed.iter().map(|(id, _)| id.clone()).collect();
    // Closing and recording are one transaction: all of it or (refused, failed,
    // killed) none of it, still open.
    let record = record_agreed.then(|| RecordAgreed {
        assessment: &assessment,
        levels: agreed
            .iter()
            .map(|(indicator, level)| {
                let tally = Tally::under(
                    live.plan.consensus,
                    rubric.levels.len(),
                    &choices[indicator],
                );
                AgreedLevel {
                    indicator: indicator.clone(),
                    choice: *level,
                    spread: tally.spread,
                    votes: tally.votes,
                }
            })
            .collect(),
        actor: format!("{actor} (pre-ratings agreed)"),
    });
    match store.close_prerating(&live.id, &ids, record.as_ref()) {
        Err(Error::Submitted(_)) => {
            return Err(Error::input(crate::t!("cli-prerate-agreed-read-only")));
        }
        Err(Error::Input(_)) => {
            // Someone closed it between the check above and this transaction.
            return Err(Error::input(crate::t!(
                "cli-prerate-close-again",
                code = &live.code
            )));
        }
        other => other?,
    }
    // What the plan's rate segments leave for the room.
    let disputed: Vec<&str> = planned
        .iter()
        .map(String::as_str)
        .filter(|id| !ids.iter().any(|a| a == id))
        .collect();
    let mut out = crate::t!(
        "cli-prerate-close-summary",
        members = store.prerate_progress(&live.id)?.len(),
        indicators = choices.len()
    );
    out.push('\n');
    let list = match disputed.len() {
        0 => crate::t!("cli-prerate-none"),
        n if n > 12 => crate::t!(
            "cli-prerate-and-more",
            list = disputed[..12].join(", "),
            more = n - 12
        ),
        _ => disputed.join(", "),
    };
    let agree = if record_agreed {
        crate::t!(
            "cli-prerate-agree-recorded",
            agree = ids.len(),
            disputed = disputed.len(),
            list = &list
        )
    } else {
        crate::t!(
            "cli-prerate-agree",
            agree = ids.len(),
            disputed = disputed.len(),
            list = &list
        )
    };
    let _ = writeln!(out, "{agree}");
    let _ = writeln!(out, "{}", crate::t!("cli-prerate-run", code = &live.code));
    print(&out)
}
