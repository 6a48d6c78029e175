//! Starting a session: the plan must suit the assessment's rubric, and the standards
//! `weakest = N` segments cover are fixed from the school's previous assessment (or
//! this one, when there is none).

use super::{Coverage, PlanEntry, plan, weakest_standards};
use crate::error::{Error, Result};
use crate::store::{LiveSession, Store};

pub fn start(
    store: &mut Store,
    plans: &[PlanEntry],
    assessment_id: &str,
    plan_id: &str,
    facilitator: &str,
) -> Result<LiveSession> {
    let (entry, weakest) = prepare(store, plans, assessment_id, plan_id)?;
    let assessment = store.load_without_sessions(assessment_id)?;
    store.start_session(&assessment, &entry.plan, &entry.text, facilitator, &weakest)
}

/// Checks that the plan exists and fits the assessment's rubric, and works out the
/// weakest standards; writes nothing.
pub fn prepare<'p>(
    store: &Store,
    plans: &'p [PlanEntry],
    assessment_id: &str,
    plan_id: &str,
) -> Result<(&'p PlanEntry, Vec<String>)> {
    let entry = plans.iter().find(|p| p.plan.id == plan_id).ok_or_else(|| {
        let ids: Vec<&str> = plans.iter().map(|p| p.plan.id.as_str()).collect();
        Error::input(crate::t!(
            "session-error-no-plan",
            plan = format!("{plan_id:?}"),
            plans = ids.join(", ")
        ))
    })?;
    let assessment = store.load_without_sessions(assessment_id)?;
    if assessment.meta.status == crate::assessment::Status::Final {
        return Err(Error::input(crate::t!("session-error-submitted")));
    }
    let rubric = &assessment.rubric;
    // The plan's standards and indicators must exist in this assessment's rubric.
    plan::parse(&format!("plan {plan_id}"), &entry.text, Some(rubric)).map_err(|problems| {
        Error::input(crate::t!(
            "session-error-plan-does-not-fit",
            plan = plan_id,
            rubric = &rubric.id,
            problems = problems
                .iter()
                .map(|p| p.message.clone())
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })?;
    let wanted = entry
        .plan
        .segments
        .iter()
        .filter_map(|s| match s.covers {
            Coverage::Weakest(n) => Some(n as usize),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let basis = store
        .previous(&assessment)?
        .unwrap_or_else(|| assessment.clone());
    let weakest = weakest_standards(&basis.rubric, &basis.score(), wanted);
    Ok((entry, weakest))
}
