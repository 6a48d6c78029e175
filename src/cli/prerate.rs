//! `touchstone session prerate …`: opening a session for silent pre-rating, members
//! rating alone, the facilitator's progress view (names and counts, never levels),
//! and closing it when the room meets.

use super::output::print;
use super::{Context, PrerateCommand};
use crate::error::{Error, Result};
use crate::rubric::Choice;
use crate::session::load_plans;
use crate::session::prerate::{agreed, ratings};
use crate::session::tally::Tally;
use crate::store::LiveSession;
use crate::text::{Shape, checked};
use std::collections::HashMap;
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
    let (entry, weakest) = crate::session::start::prepare(store, &plans, &id, plan_id)?;
    let loaded = store.load_without_sessions(&id)?;
    let live = store.open_prerating(&loaded, &entry.plan, &entry.text, &actor, &weakest)?;
    if open_voting {
        store.set_open_voting(&live.id, true)?;
    }
    let code = &live.code;
    print(&format!(
        "Pre-rating open on {} {}, code {code}.\n\
         Each member rates alone: touchstone session prerate rate {code} --name NAME INDICATOR LEVEL\n\
         Progress (names and counts only): touchstone session prerate status {code}\n\
         When the room meets: touchstone session prerate close {code}, then touchstone session resume {code}\n",
        loaded.meta.school, loaded.meta.date
    ))
}

/// The member's name: given, or the user's; one plain line.
fn member(ctx: &Context, name: Option<&str>) -> Result<String> {
    let name = name.map_or_else(|| ctx.actor.clone(), str::to_string);
    let name = checked(&name, Shape::Line, "--name").map_err(Error::input)?;
    if name.is_empty() {
        return Err(Error::input("--name must be a plain, non-empty name"));
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
    if live.ended || !live.prerating {
        return Err(Error::input(format!(
            "pre-rating on session {} has closed; pre-ratings made before are kept",
            live.code
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
    if rubric.indicator_index(indicator).is_none() {
        return Err(Error::input(format!(
            "{indicator:?} is not an indicator of rubric {} (see `touchstone rubric show {}`)",
            rubric.id, rubric.id
        )));
    }
    let choice = rubric.parse_choice(level).ok_or_else(|| {
        Error::input(format!(
            "{level:?} is not a level; use {}",
            rubric.level_keys_hint()
        ))
    })?;
    store.prerate(
        &live.id,
        &name,
        indicator,
        rubric.choice_key(choice),
        &comment,
    )?;
    print(&format!(
        "Pre-rated {indicator}: {} ({name}; nobody else sees it before the reveal).\n",
        rubric.choice_label(Some(choice))
    ))
}

fn mine(ctx: &mut Context, code: &str, name: Option<&str>) -> Result<()> {
    let name = member(ctx, name)?;
    let live = session(ctx, code)?;
    let store = ctx.store()?;
    let rubric = store.load_without_sessions(&live.assessment_id)?.rubric;
    let own = store.own_prerates(&live.id, &name)?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{name}: {} of {} indicators pre-rated{}",
        own.len(),
        rubric.indicators().count(),
        if live.prerating { "" } else { " (closed)" }
    );
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
    let state = if live.prerating && !live.ended {
        "open"
    } else {
        "closed"
    };
    let mut out = format!(
        "Pre-rating {state}, code {}: {} so far.\n",
        live.code,
        crate::words::count(progress.len(), "member", "members")
    );
    for (name, n) in &progress {
        let _ = writeln!(out, "  {name}: {n} of {total} indicators");
    }
    print(&out)
}

fn close(ctx: &mut Context, code: &str, record_agreed: bool) -> Result<()> {
    let actor = ctx.actor.clone();
    let live = session(ctx, code)?;
    require_open(&live)?;
    let store = ctx.store()?;
    let assessment = store.load_without_sessions(&live.assessment_id)?;
    if record_agreed && assessment.meta.status == crate::assessment::Status::Final {
        return Err(Error::input(
            "--record-agreed: this assessment is submitted, so it is read-only; reopen it first (`touchstone reopen ID`)",
        ));
    }
    let rubric = &assessment.rubric;
    let levels = store.prerated_levels(&live.id)?;
    let choices: HashMap<String, Vec<Choice>> = levels
        .iter()
        .map(|(id, ls)| {
            let cs = ls.iter().filter_map(|l| rubric.parse_choice(l)).collect();
            (id.clone(), cs)
        })
        .collect();
    let previous = store
        .previous(&assessment)?
        .map(|p| ratings(&p))
        .unwrap_or_default();
    let agreed = agreed(rubric, &choices, &previous, live.plan.consensus);
    let ids: Vec<String> = agreed.iter().map(|(id, _)| id.clone()).collect();
    store.close_prerating(&live.id, &ids)?;
    let live = store.live_session(&live.id)?;
    if record_agreed {
        for (indicator, level) in &agreed {
            let votes = &choices[indicator];
            let tally = Tally::under(live.plan.consensus, rubric.levels.len(), votes);
            store.decide(
                &live,
                &assessment,
                indicator,
                *level,
                Some(*level),
                tally.spread,
                tally.votes,
                &format!("{actor} (pre-ratings agreed)"),
            )?;
        }
    }
    let disputed: Vec<&str> = rubric
        .indicators()
        .map(|(_, i)| i.id.as_str())
        .filter(|id| !ids.iter().any(|a| a == id))
        .collect();
    let mut out = format!(
        "Pre-rating closed: {} pre-rated {}.\n",
        crate::words::count(store.prerate_progress(&live.id)?.len(), "member", "members"),
        crate::words::count(levels.len(), "indicator", "indicators"),
    );
    let _ = writeln!(
        out,
        "{} agree{}; {} to discuss: {}",
        crate::words::count(ids.len(), "indicator", "indicators"),
        if record_agreed {
            " (their agreed levels are recorded)"
        } else {
            ""
        },
        disputed.len(),
        match disputed.len() {
            0 => "none".to_string(),
            n if n > 12 => format!("{}, and {} more", disputed[..12].join(", "), n - 12),
            _ => disputed.join(", "),
        }
    );
    let _ = writeln!(
        out,
        "Run the session with: touchstone session resume {}",
        live.code
    );
    print(&out)
}
