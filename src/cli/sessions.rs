//! `touchstone session …`: plans, checking plan files, starting and joining a
//! coaching session, listing sessions and writing their minutes.

use super::Context;
use super::output::{emit, print};
use crate::error::{Error, Result};
use crate::exchange::batch::read_or_note;
use crate::exchange::minutes;
use crate::session::prerate::still_open;
use crate::session::{load_plans, plan, translation};
use crate::tui::app::{Follow, SessionRole};
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn plan_dirs() -> Vec<PathBuf> {
    vec![crate::paths::user_sessions_dir()]
}

pub fn plans() -> Result<()> {
    let (plans, problems) = load_plans(&plan_dirs());
    for p in problems {
        eprintln!("{}", crate::t!("cli-plan-skipped", problem = p.to_string()));
    }
    let mut out = String::new();
    for entry in &plans {
        let p = &entry.plan;
        let origin = entry
            .path
            .as_ref()
            .map_or(crate::t!("cli-rubrics-bundled"), |p| {
                p.display().to_string()
            });
        let counts = crate::t!(
            "cli-plans-line",
            minutes = format!("{:>4}", p.minutes()),
            segments = format!("{:>3}", p.segments.len())
        );
        let _ = writeln!(
            out,
            "{:<28} {counts}  {}  [{origin}]",
            p.id,
            translation::localized(p).title
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "cli-plans-add-yours",
            path = crate::paths::user_sessions_dir().display().to_string()
        )
    );
    print(&out)
}

/// A plan in full, for the facilitator preparing a session.
pub fn show(id: &str) -> Result<()> {
    let (plans, problems) = load_plans(&plan_dirs());
    for p in problems {
        eprintln!("{}", crate::t!("cli-plan-skipped", problem = p.to_string()));
    }
    let Some(entry) = plans.iter().find(|e| e.plan.id == id) else {
        let ids: Vec<&str> = plans.iter().map(|e| e.plan.id.as_str()).collect();
        return Err(crate::error::Error::input(crate::t!(
            "cli-unknown-plan",
            id = format!("{id:?}"),
            known = ids.join(", ")
        )));
    };
    let plan = translation::localized(&entry.plan);
    print(&crate::session::plan::describe(&plan))
}

pub fn check(ctx: &Context, files: &[PathBuf]) -> Result<()> {
    let mut problems = Vec::new();
    let mut out = String::new();
    let mut translations = Vec::new();
    let (mut plans, _) = load_plans(&plan_dirs());
    for file in files {
        let Some(text) = read_or_note(file, &mut problems)? else {
            continue;
        };
        let name = file.display().to_string();
        if translation::is_translation(file, &text) {
            translations.push((name, text));
            continue;
        }
        // A plan that names a rubric is checked against it.
        let lookup = |id: &str| ctx.registry.latest(id).map(|e| e.rubric.clone());
        match plan::parse_checked(&name, &text, plan::RubricCheck::Lookup(&lookup)) {
            Ok(p) => {
                let line = crate::t!(
                    "cli-plan-check-ok",
                    name = &name,
                    id = &p.id,
                    segments = p.segments.len(),
                    minutes = p.minutes()
                );
                let _ = writeln!(out, "{line}");
                // A translation checked alongside goes by this plan.
                plans.retain(|e| e.plan.id != p.id);
                plans.push(crate::session::PlanEntry {
                    plan: p,
                    text,
                    path: Some(file.clone()),
                });
            }
            Err(mut p) => problems.append(&mut p),
        }
    }
    for (name, text) in translations {
        match translation::parse(&name, &text, &plans) {
            Ok(t) => {
                let line = crate::t!(
                    "cli-plan-check-translation-ok",
                    name = &name,
                    plan = &t.plan,
                    language = t.language.native_name(),
                    segments = t.segments.len()
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

/// Reopens the facilitator's screen on a running session.
pub fn resume(ctx: &mut Context, code: &str) -> Result<SessionRole> {
    let session_id = running(ctx, code)?;
    Ok(SessionRole::Facilitate { session_id })
}

/// What a wall follows: the session with this join code (or id) once its room meets,
/// else the sessions of this assessment, else (no argument) any running session. A
/// session that has ended is refused (its minutes are named); one still pre-rating,
/// or an assessment with none running, is waited for.
pub fn watch(ctx: &mut Context, code: Option<&str>) -> Result<Follow> {
    let Some(code) = code else {
        return Ok(Follow::Any);
    };
    let store = ctx.store()?;
    let session = store.find_session(code);
    let session_id = match session {
        Ok(id) => id,
        // Not a session: perhaps an assessment. A prefix several sessions share, or
        // a database that cannot be read, is said as it is.
        Err(not_a_code @ Error::NotFound(_)) => {
            return match store.resolve(code) {
                Ok(id) => Ok(Follow::Assessment(id)),
                Err(_) => Err(not_a_code),
            };
        }
        Err(other) => return Err(other),
    };
    let live = store.live_session(&session_id)?;
    if live.ended() {
        return Err(Error::input(crate::t!(
            "cli-session-ended-see-minutes",
            code = code
        )));
    }
    Ok(Follow::Session(session_id))
}

/// The id of the session with join code `code`, if the room is meeting: not ended,
/// and not still open for pre-rating.
fn running(ctx: &mut Context, code: &str) -> Result<String> {
    let store = ctx.store()?;
    let session_id = store.find_session(code)?;
    let live = store.live_session(&session_id)?;
    if live.ended() {
        return Err(Error::input(crate::t!(
            "cli-session-ended-see-minutes",
            code = code
        )));
    }
    if live.prerating() {
        return Err(Error::input(still_open(&live.code)));
    }
    Ok(session_id)
}

/// Starts a session and returns the options that open the facilitator's screen.
pub fn start(
    ctx: &mut Context,
    plan_id: &str,
    assessment: &str,
    open_voting: bool,
) -> Result<SessionRole> {
    let (plans, _) = load_plans(&plan_dirs());
    let actor = ctx.actor.clone();
    let store = ctx.store()?;
    let id = store.resolve(assessment)?;
    crate::ops::session::prepare(store, &plans, &id, plan_id)?;
    // A session started here must be run here: no terminal, no session.
    super::require_terminal()?;
    let live = crate::ops::session::start(store, &plans, &id, plan_id, &actor)?;
    if open_voting {
        store.set_open_voting(&live.id, true)?;
    }
    eprintln!("{}", crate::t!("cli-session-started", code = &live.code));
    Ok(SessionRole::Facilitate {
        session_id: live.id,
    })
}

pub fn join(ctx: &mut Context, code: &str, name: Option<&str>) -> Result<SessionRole> {
    let name = name.map_or_else(|| ctx.actor.clone(), str::to_string);
    let name =
        crate::text::checked(&name, crate::text::Shape::Line, "--name").map_err(Error::input)?;
    if name.is_empty() {
        return Err(Error::input(crate::t!("cli-name-needed")));
    }
    let store = ctx.store()?;
    let session_id = store.find_session(code)?;
    let live = store.live_session(&session_id)?;
    if live.ended() {
        return Err(Error::input(crate::t!("cli-session-ended", code = code)));
    }
    // Said before the screen opens; the screen then takes the seat.
    store.check_seat(&session_id, &name)?;
    Ok(SessionRole::Participate { session_id, name })
}

pub fn list(ctx: &mut Context, all: bool) -> Result<()> {
    let sessions = ctx.store()?.sessions()?;
    if sessions.is_empty() {
        return print(&format!("{}\n", crate::t!("cli-sessions-none")));
    }
    let running = |s: &crate::store::SessionSummary| !s.ended && s.code.is_some();
    let others = sessions.iter().filter(|s| !running(s)).count();
    let mut out = String::new();
    for s in sessions.iter().filter(|s| all || running(s)) {
        let state = match (&s.code, s.ended) {
            (Some(code), false) if s.prerating => {
                crate::t!("cli-session-state-prerating", code = code)
            }
            (Some(code), true) => crate::t!("cli-session-state-ended-code", code = code),
            (None, true) => crate::t!("cli-session-state-ended"),
            (Some(code), false) => crate::t!("cli-session-state-join", code = code),
            (None, false) => crate::t!("cli-session-state-imported"),
        };
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {state}",
            s.id, s.started, s.school, s.plan_title
        );
    }
    if !all && others > 0 {
        let _ = writeln!(out, "{}", crate::t!("cli-sessions-others", count = others));
    }
    print(&out)
}

pub fn write_minutes(
    ctx: &mut Context,
    session: &str,
    output: Option<&Path>,
    force: bool,
    named: bool,
) -> Result<()> {
    let store = ctx.store()?;
    let id = store.find_session(session)?;
    let assessment_id: String = store.session_assessment(&id)?;
    let assessment = store.load(&assessment_id)?;
    let record = assessment
        .sessions
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| Error::failure(crate::t!("cli-session-record-missing")))?;
    if named && !record.open_voting {
        return Err(Error::input(crate::t!("cli-named-private")));
    }
    let pauses = store.pauses(&id)?;
    emit(
        &crate::text::printable(&minutes::with_pauses(&assessment, record, named, &pauses)),
        output,
        force,
    )
}

/// `session sheet PLAN|CODE`: the printable pre-rating sheet and ballot for a plan
/// (its rubric's newest version) or a session (its assessment's rubric, its school
/// and code).
pub fn sheet(
    ctx: &mut Context,
    plan_or_code: &str,
    bilingual: bool,
    output: Option<&Path>,
    force: bool,
) -> Result<()> {
    use crate::exchange::sheet::{Sheet, render};
    use crate::session::{Coverage, SegmentKind};
    let (plans, _) = load_plans(&plan_dirs());
    let wanted = plan_or_code.trim();
    // What the plan's rate segments bring up; a "weakest" segment before the session
    // has picked its standards brings up every indicator.
    let positions =
        |plan: &crate::session::Plan, rubric: &crate::rubric::Rubric, weakest: &[String]| {
            let mut all: Vec<usize> = Vec::new();
            for seg in plan.segments.iter().filter(|s| s.kind == SegmentKind::Rate) {
                if matches!(seg.covers, Coverage::Weakest(_)) && weakest.is_empty() {
                    all.extend(0..rubric.indicators().count());
                } else {
                    all.extend(crate::session::covered(seg, rubric, weakest));
                }
            }
            all.sort_unstable();
            all.dedup();
            all
        };
    let text = if let Some(entry) = plans.iter().find(|e| e.plan.id == wanted) {
        let plan = &entry.plan;
        let Some(rubric_id) = &plan.rubric else {
            return Err(Error::input(crate::t!(
                "cli-sheet-no-rubric",
                plan = wanted
            )));
        };
        let Some(found) = ctx.registry.latest(rubric_id) else {
            return Err(Error::input(crate::t!(
                "cli-sheet-no-rubric",
                plan = wanted
            )));
        };
        let rubric = found.rubric.clone();
        render(&Sheet {
            indicators: positions(plan, &rubric, &[]),
            rubric: &rubric,
            plan_title: translation::localized(plan).title.clone(),
            school: None,
            code: None,
            bilingual,
        })
    } else {
        let store = ctx.store()?;
        let Ok(id) = store.find_session(wanted) else {
            let ids: Vec<&str> = plans.iter().map(|e| e.plan.id.as_str()).collect();
            return Err(Error::input(crate::t!(
                "cli-sheet-unknown",
                what = format!("{wanted:?}"),
                plans = ids.join(", ")
            )));
        };
        let live = store.live_session(&id)?;
        let assessment = store.load_without_sessions(&live.assessment_id)?;
        render(&Sheet {
            indicators: positions(&live.plan, &assessment.rubric, &live.weakest),
            rubric: &assessment.rubric,
            plan_title: translation::localized(&live.plan).title.clone(),
            school: Some(assessment.meta.school.clone()),
            code: Some(live.code.clone()),
            bilingual,
        })
    };
    emit(&text, output, force)
}
