//! Starting a coaching session from the screens: the plan chooser.

use crate::error::Result;
use crate::session::load_plans;
use crate::tui::app::{Overlay, Services};

/// The chooser over every plan (bundled and in `services.plan_dirs`), for one
/// assessment.
pub fn chooser(services: &Services, assessment_id: &str) -> Overlay {
    let (plans, _) = load_plans(&services.plan_dirs);
    Overlay::ChoosePlan {
        assessment_id: assessment_id.to_string(),
        plans: plans
            .iter()
            .map(|p| {
                (
                    p.plan.id.clone(),
                    crate::session::translation::localized(&p.plan)
                        .title
                        .clone(),
                    p.plan.minutes(),
                )
            })
            .collect(),
        selected: 0,
        filter: Default::default(),
        filtering: false,
        prerate: false,
    }
}

/// Opens a session for silent pre-rating and returns its code.
pub fn open_prerating(
    services: &mut Services,
    assessment_id: &str,
    plan_id: &str,
) -> Result<String> {
    let (plans, _) = load_plans(&services.plan_dirs);
    let actor = services.actor.clone();
    let store = &mut services.store;
    let (entry, weakest) = crate::ops::session::prepare(store, &plans, assessment_id, plan_id)?;
    let assessment = store.load_without_sessions(assessment_id)?;
    let live = store.open_prerating(&assessment, &entry.plan, &entry.text, &actor, &weakest)?;
    Ok(live.code)
}

/// Whether the chooser's filter lets a plan (id, title, minutes) through.
pub fn shows(plan: &(String, String, u32), filter: &str) -> bool {
    let needle = filter.to_lowercase();
    plan.0.to_lowercase().contains(&needle) || plan.1.to_lowercase().contains(&needle)
}

/// `selected` if the filter shows it, else the first plan it shows (or `selected`).
pub fn first_shown(plans: &[(String, String, u32)], filter: &str, selected: usize) -> usize {
    if plans.get(selected).is_some_and(|p| shows(p, filter)) {
        return selected;
    }
    plans
        .iter()
        .position(|p| shows(p, filter))
        .unwrap_or(selected)
}

/// Starts a session and returns its id.
pub fn start(services: &mut Services, assessment_id: &str, plan_id: &str) -> Result<String> {
    let (plans, _) = load_plans(&services.plan_dirs);
    let actor = services.actor.clone();
    let live =
        crate::ops::session::start(&mut services.store, &plans, assessment_id, plan_id, &actor)?;
    Ok(live.id)
}
