//! `touchstone session …`: plans, checking plan files, starting and joining a
//! coaching session, listing sessions and writing their minutes.

use super::Context;
use super::output::{emit, print};
use crate::error::{Error, Result};
use crate::exchange::batch::read_or_note;
use crate::exchange::minutes;
use crate::session::prerate::still_open;
use crate::session::{load_plans, plan, translation};
use crate::tui::app::SessionRole;
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn plan_dirs() -> Vec<PathBuf> {
    vec![crate::paths::user_sessions_dir()]
}

pub fn plans() -> Result<()> {
    let (plans, problems) = load_plans(&plan_dirs());
    for p in problems {
        eprintln!("warning: {p} (plan skipped)");
    }
    let mut out = String::new();
    for entry in &plans {
        let p = &entry.plan;
        let origin = entry
            .path
            .as_ref()
            .map_or("bundled".to_string(), |p| p.display().to_string());
        let _ = writeln!(
            out,
            "{:<28} {:>4} min {:>3} segments  {}  [{origin}]",
            p.id,
            p.minutes(),
            p.segments.len(),
            translation::localized(p).title
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Add your own plans to: {}",
        crate::paths::user_sessions_dir().display()
    );
    print(&out)
}

/// A plan in full, for the facilitator preparing a session.
pub fn show(id: &str) -> Result<()> {
    let (plans, problems) = load_plans(&plan_dirs());
    for p in problems {
        eprintln!("warning: {p} (plan skipped)");
    }
    let Some(entry) = plans.iter().find(|e| e.plan.id == id) else {
        let ids: Vec<&str> = plans.iter().map(|e| e.plan.id.as_str()).collect();
        return Err(crate::error::Error::input(format!(
            "no session plan {id:?}; known plans: {}",
            ids.join(", ")
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
                let _ = writeln!(
                    out,
                    "{name}: ok — {}, {}, {}",
                    p.id,
                    crate::words::count(p.segments.len(), "segment", "segments"),
                    crate::words::count(p.minutes(), "minute", "minutes")
                );
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
                let _ = writeln!(
                    out,
                    "{name}: ok — {} in {}, {}",
                    t.plan,
                    t.language.native_name(),
                    crate::words::count(t.segments.len(), "segment", "segments")
                );
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
    let store = ctx.store()?;
    let session_id = store.find_session(code)?;
    let live = store.live_session(&session_id)?;
    if live.ended {
        return Err(Error::input(format!(
            "session {code} has ended; see its minutes with `touchstone session minutes {code}`"
        )));
    }
    if live.prerating {
        return Err(Error::input(still_open(&live.code)));
    }
    Ok(SessionRole::Facilitate { session_id })
}

/// Follows a running session read-only (the wall screen).
pub fn watch(ctx: &mut Context, code: &str) -> Result<SessionRole> {
    let store = ctx.store()?;
    let session_id = store.find_session(code)?;
    let live = store.live_session(&session_id)?;
    if live.ended {
        return Err(Error::input(format!(
            "session {code} has ended; see its minutes with `touchstone session minutes {code}`"
        )));
    }
    if live.prerating {
        return Err(Error::input(still_open(&live.code)));
    }
    Ok(SessionRole::Watch { session_id })
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
    crate::session::start::prepare(store, &plans, &id, plan_id)?;
    // A session started here must be run here: no terminal, no session.
    super::require_terminal()?;
    let live = crate::session::start::start(store, &plans, &id, plan_id, &actor)?;
    if open_voting {
        store.set_open_voting(&live.id, true)?;
    }
    eprintln!(
        "Session started. Participants join with: touchstone session join {}",
        live.code
    );
    Ok(SessionRole::Facilitate {
        session_id: live.id,
    })
}

pub fn join(ctx: &mut Context, code: &str, name: Option<&str>) -> Result<SessionRole> {
    let name = name.map_or_else(|| ctx.actor.clone(), str::to_string);
    let name =
        crate::text::checked(&name, crate::text::Shape::Line, "--name").map_err(Error::input)?;
    if name.is_empty() {
        return Err(Error::input("--name must be a plain, non-empty name"));
    }
    let store = ctx.store()?;
    let session_id = store.find_session(code)?;
    let live = store.live_session(&session_id)?;
    if live.ended {
        return Err(Error::input(format!("session {code} has ended")));
    }
    // Said before the screen opens; the screen then takes the seat.
    store.check_seat(&session_id, &name)?;
    Ok(SessionRole::Participate { session_id, name })
}

pub fn list(ctx: &mut Context, all: bool) -> Result<()> {
    let sessions = ctx.store()?.sessions()?;
    if sessions.is_empty() {
        return print(
            "No sessions yet. Start one with: touchstone session start PLAN --assessment ID\n",
        );
    }
    let running = |s: &crate::store::SessionSummary| !s.ended && s.code.is_some();
    let others = sessions.iter().filter(|s| !running(s)).count();
    let mut out = String::new();
    for s in sessions.iter().filter(|s| all || running(s)) {
        let state = match (&s.code, s.ended) {
            (Some(code), false) if s.prerating => format!("pre-rating open, code {code}"),
            (Some(code), true) => format!("ended, code {code}"),
            (None, true) => "ended".to_string(),
            (Some(code), false) => format!("join code {code}"),
            (None, false) => "imported".to_string(),
        };
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {state}",
            s.id, s.started, s.school, s.plan_title
        );
    }
    if !all && others > 0 {
        let _ = writeln!(
            out,
            "{}: `touchstone session list --all` shows them",
            crate::words::count(
                others,
                "ended or imported session",
                "ended or imported sessions"
            )
        );
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
        .ok_or_else(|| Error::failure("the session's record is missing"))?;
    if named && !record.open_voting {
        return Err(Error::input(
            "--named: this session's votes are private (the team did not agree to open voting when it started); the minutes show tallies only",
        ));
    }
    emit(
        &crate::text::printable(&minutes::markdown(&assessment, record, named)),
        output,
        force,
    )
}
