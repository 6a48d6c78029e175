//! The action steps of an assessment: the list under an indicator and the form that
//! adds or edits a step.

use super::{AssessState, Mode};
use crate::assessment::{Action as Step, ActionStatus};
use crate::text::{Shape, printable};
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status};
use crate::tui::input::LineInput;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepField {
    Step,
    Owner,
    Due,
    Status,
}

pub const STEP_FIELDS: [StepField; 4] = [
    StepField::Step,
    StepField::Owner,
    StepField::Due,
    StepField::Status,
];

#[derive(Debug)]
pub struct StepForm {
    /// Index into the assessment's actions when editing one.
    pub editing: Option<usize>,
    pub step: LineInput,
    pub owner: LineInput,
    pub due: LineInput,
    pub status: ActionStatus,
    pub focus: usize,
    pub error: Option<String>,
}

impl AssessState {
    pub(super) fn apply_actions(&mut self, services: &mut Services, action: Action) -> Nav {
        let steps: Vec<usize> = self.current_steps().iter().map(|(i, _)| *i).collect();
        let selected = steps.get(self.step_selected).copied();
        match action {
            Action::Up => self.step_selected = self.step_selected.saturating_sub(1),
            Action::Down => {
                self.step_selected = (self.step_selected + 1).min(steps.len().saturating_sub(1))
            }
            Action::AddAction => self.open_step_form(None),
            Action::Select if selected.is_some() => self.open_step_form(selected),
            Action::CycleStatus => {
                if let Some(i) = selected {
                    let mut plan = self.assessment.actions.clone();
                    plan[i].status = next_status(plan[i].status);
                    let message = match plan[i].status {
                        ActionStatus::Open => crate::t!("assess-step-marked-open"),
                        ActionStatus::Done => crate::t!("assess-step-marked-done"),
                        ActionStatus::Dropped => crate::t!("assess-step-marked-dropped"),
                    };
                    return self.save_plan(services, plan, message, None);
                }
            }
            Action::RemoveAction => {
                if let Some(i) = selected {
                    let mut plan = self.assessment.actions.clone();
                    plan.remove(i);
                    self.step_selected = self.step_selected.saturating_sub(1);
                    return self.save_plan(services, plan, crate::t!("assess-step-removed"), None);
                }
            }
            Action::Back => self.mode = Mode::Indicator,
            _ => {}
        }
        Nav::Stay
    }

    fn open_step_form(&mut self, editing: Option<usize>) {
        let existing = editing
            .and_then(|i| self.assessment.actions.get(i))
            .cloned();
        self.fill_step_form(editing, existing.as_ref());
    }

    /// Opens the form on `existing`'s values (a new step when `None`).
    fn fill_step_form(&mut self, editing: Option<usize>, existing: Option<&Step>) {
        self.mode = Mode::ActionForm(Box::new(StepForm {
            editing,
            step: LineInput::new(existing.map(|a| a.step.clone()).unwrap_or_default()),
            owner: LineInput::new(existing.and_then(|a| a.owner.clone()).unwrap_or_default()),
            due: LineInput::new(
                existing
                    .and_then(|a| a.due)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
            status: existing.map_or(ActionStatus::Open, |a| a.status),
            focus: 0,
            error: None,
        }));
    }

    pub(super) fn apply_step_form(&mut self, services: &mut Services, action: Action) -> Nav {
        let indicator = self.indicator_id();
        let Mode::ActionForm(form) = &mut self.mode else {
            self.mode = Mode::Actions;
            return Nav::Stay;
        };
        match action {
            Action::NextField => form.focus = (form.focus + 1) % STEP_FIELDS.len(),
            Action::PrevField => {
                form.focus = (form.focus + STEP_FIELDS.len() - 1) % STEP_FIELDS.len()
            }
            Action::Cancel => self.mode = Mode::Actions,
            Action::Confirm => {
                let (step_label, owner_label) = (
                    crate::t!("assess-form-step-label"),
                    crate::t!("assess-form-owner-label"),
                );
                let checked = crate::text::checked(form.step.text(), Shape::Text, &step_label)
                    .and_then(|step| {
                        crate::text::checked(form.owner.text(), Shape::Line, &owner_label)
                            .map(|owner| (step, owner))
                    });
                let (step, owner) = match checked {
                    Ok(both) => both,
                    Err(why) => {
                        form.error = Some(why);
                        return Nav::Stay;
                    }
                };
                if step.is_empty() {
                    form.error = Some(crate::t!("assess-form-step-first"));
                    form.focus = 0;
                    return Nav::Stay;
                }
                let due_text = form.due.text().trim();
                let due = if due_text.is_empty() {
                    None
                } else {
                    match due_text.parse() {
                        Ok(d) => Some(d),
                        Err(_) => {
                            form.error = Some(crate::t!(
                                "assess-form-bad-date",
                                text = format!("{due_text:?}")
                            ));
                            form.focus = 2;
                            return Nav::Stay;
                        }
                    }
                };
                let owner = Some(owner).filter(|o| !o.is_empty());
                let new_step = Step {
                    indicator,
                    step,
                    owner,
                    due,
                    status: form.status,
                };
                let mut plan = self.assessment.actions.clone();
                let original = form.editing.and_then(|i| plan.get(i).cloned());
                match form.editing {
                    Some(i) if i < plan.len() => plan[i] = new_step.clone(),
                    _ => plan.push(new_step.clone()),
                }
                self.mode = Mode::Actions;
                let retry = Some((original, new_step));
                return self.save_plan(services, plan, crate::t!("assess-step-saved"), retry);
            }
            _ => {}
        }
        Nav::Stay
    }

    /// Writes the plan over the version this screen showed. When someone changed the
    /// plan since, nothing is written: the screen shows their plan, and a step typed
    /// in the form (`retry`: the step it edited, and the typed one) is put back in the
    /// form, editing the same step in their plan if it is still there.
    fn save_plan(
        &mut self,
        services: &mut Services,
        plan: Vec<Step>,
        message: String,
        retry: Option<(Option<Step>, Step)>,
    ) -> Nav {
        let saved = services.store.set_actions_based(
            &self.assessment.meta.id,
            self.plan_seen,
            &plan,
            &services.actor,
        );
        let conflict = match saved {
            Ok(_) => return self.after_write(services, || message),
            Err(crate::error::Error::Conflict(conflict)) => conflict,
            Err(e) => return Nav::Status(self.write_failed(services, &e)),
        };
        if let Err(e) = self.reload(services) {
            return Nav::Status(Status::error(&e));
        }
        let who = conflict
            .by
            .as_deref()
            .map_or_else(|| crate::t!("assess-plan-an-import"), printable);
        let when = conflict
            .at
            .as_deref()
            .map(|at| crate::t!("assess-plan-at", time = super::short_time(at)))
            .unwrap_or_default();
        let then = match retry {
            Some((original, typed)) => {
                let editing =
                    original.and_then(|o| self.assessment.actions.iter().position(|a| *a == o));
                self.fill_step_form(editing, Some(&typed));
                crate::t!("assess-plan-retry-form")
            }
            None => crate::t!("assess-plan-retry-again"),
        };
        Nav::Status(Status::info(crate::t!(
            "assess-plan-conflict",
            name = who,
            when = when,
            then = then
        )))
    }
}

pub(super) fn next_status(status: ActionStatus) -> ActionStatus {
    match status {
        ActionStatus::Open => ActionStatus::Done,
        ActionStatus::Done => ActionStatus::Dropped,
        ActionStatus::Dropped => ActionStatus::Open,
    }
}
