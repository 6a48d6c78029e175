//! Every change a person makes to an assessment, for every front end: rating, notes,
//! evidence, action steps, submitting and reopening, and the steps undo and redo put
//! back. Each goes through the one check where the store writes it (read-only once
//! submitted: `Error::Submitted`; a stale edit is a conflict, not an overwrite), so
//! the screens, plain mode, the command line and the server cannot differ.

use crate::assessment::{Action, Assessment};
use crate::error::Result;
use crate::rubric::Choice;
use crate::store::{Base, Edit, RatingChange, Saved, Store};

/// Records a level (or clears it with `None`) and optionally a note, logged as one
/// change by `actor`.
pub fn rate(
    store: &mut Store,
    assessment: &Assessment,
    indicator: &str,
    choice: Option<Choice>,
    note: Option<&str>,
    actor: &str,
) -> Result<RatingChange> {
    store.rate(assessment, indicator, choice, note, actor)
}

/// Records a note and keeps the level.
pub fn note(
    store: &mut Store,
    assessment: &Assessment,
    indicator: &str,
    note: &str,
    actor: &str,
) -> Result<RatingChange> {
    store.note(assessment, indicator, note, actor)
}

/// Replaces the evidence list of one indicator.
pub fn evidence(
    store: &mut Store,
    assessment_id: &str,
    indicator: &str,
    evidence: &[String],
    actor: &str,
) -> Result<()> {
    store.set_evidence(assessment_id, indicator, evidence, actor)
}

/// One edit of an indicator (level, note, evidence) as one logged step, unless
/// `base` says it would overwrite someone's newer change: what the editors save and
/// what undo and redo put back.
pub fn edit(
    store: &mut Store,
    assessment_id: &str,
    indicator: &str,
    base: Base,
    edit: &Edit,
    actor: &str,
) -> Result<Saved> {
    store.save_entry(assessment_id, indicator, base, edit, actor)
}

/// Replaces the whole action plan.
pub fn steps(store: &mut Store, assessment_id: &str, actions: &[Action]) -> Result<()> {
    store.set_actions(assessment_id, actions)
}

/// Replaces the action plan unless it changed after version `base`: the new version,
/// or who changed it.
pub fn steps_based(
    store: &mut Store,
    assessment_id: &str,
    base: i64,
    actions: &[Action],
    actor: &str,
) -> Result<i64> {
    store.set_actions_based(assessment_id, base, actions, actor)
}

/// Submits the assessment (read-only from then on), signed by `by`.
pub fn submit(store: &mut Store, id: &str, by: &[String], actor: &str) -> Result<()> {
    store.submit(id, by, actor)
}

/// Makes a submitted assessment a draft again.
pub fn reopen(store: &mut Store, id: &str, actor: &str) -> Result<()> {
    store.reopen(id, actor)
}
