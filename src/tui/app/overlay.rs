//! What keys do while an overlay (help, a confirmation, the plan chooser, a prompt)
//! is open over the screens. A dialog never acts: a yes becomes a `ConfirmedAction`
//! that the screen which opened the dialog performs (`confirmed.rs`).

use super::confirmed::{
    AppConfirmed, AssessConfirmed, ConfirmedAction, FacilitateConfirmed, HomeConfirmed,
};
use super::*;

impl App {
    pub(super) fn apply_overlay(&mut self, action: Action) {
        let Some(overlay) = self.overlay.take() else {
            return;
        };
        if let Some(confirmed) = self.answer(overlay, action) {
            self.perform(confirmed);
        }
    }

    /// What `action` does to the open dialog: it stays open (changed), closes with a
    /// status, or closes with an act for its screen to perform.
    fn answer(&mut self, overlay: Overlay, action: Action) -> Option<ConfirmedAction> {
        match (overlay, action) {
            (Overlay::Help { ctx, scroll, under }, Action::Up) => {
                self.overlay = Some(Overlay::Help {
                    ctx,
                    scroll: scroll.saturating_sub(1),
                    under,
                })
            }
            (Overlay::Help { ctx, scroll, under }, Action::Down) => {
                self.overlay = Some(Overlay::Help {
                    ctx,
                    scroll: (scroll + 1).min(crate::tui::screens::help::line_count(ctx)),
                    under,
                })
            }
            (Overlay::Help { under, .. }, _) => self.overlay = under.map(|o| *o),
            (Overlay::ConfirmDelete { id, label }, Action::Confirm) => {
                return Some(ConfirmedAction::Home(HomeConfirmed::Delete { id, label }));
            }
            (Overlay::ConfirmDelete { .. }, _) => {
                self.status = Some(Status::info(crate::t!("common-nothing-deleted")))
            }
            (
                Overlay::Prompt {
                    kind: PromptKind::Name,
                    input,
                },
                Action::Confirm,
            ) => return Some(ConfirmedAction::App(AppConfirmed::Name { input })),
            (Overlay::Prompt { kind, input }, Action::Confirm) => {
                let path = input.text().trim().to_string();
                return match kind {
                    PromptKind::Export { id }
                        if crate::tui::screens::home::export_target_exists(&path) =>
                    {
                        self.overlay = Some(Overlay::ConfirmReplace { id, path, input });
                        None
                    }
                    PromptKind::Export { id } => {
                        Some(ConfirmedAction::Home(HomeConfirmed::Export {
                            id,
                            path,
                            replace: false,
                            input,
                        }))
                    }
                    PromptKind::Import => {
                        Some(ConfirmedAction::Home(HomeConfirmed::Import { path, input }))
                    }
                    PromptKind::Name => Some(ConfirmedAction::App(AppConfirmed::Name { input })),
                };
            }
            (Overlay::Prompt { .. }, Action::Cancel) => {}
            (Overlay::ConfirmReplace { id, path, input }, Action::Confirm) => {
                return Some(ConfirmedAction::Home(HomeConfirmed::Export {
                    id,
                    path,
                    replace: true,
                    input,
                }));
            }
            (Overlay::ConfirmReplace { id, input, .. }, _) => {
                self.status = Some(Status::info(crate::t!("common-nothing-written")));
                self.overlay = Some(Overlay::Prompt {
                    kind: PromptKind::Export { id },
                    input,
                });
            }
            (Overlay::ConfirmEnd, Action::Confirm) => {
                return Some(ConfirmedAction::Facilitate(FacilitateConfirmed::EndSession));
            }
            (Overlay::ConfirmEnd, _) => {
                self.status = Some(Status::info(crate::t!("common-session-goes-on")))
            }
            (Overlay::ConfirmDiscard, Action::Confirm) => {
                return Some(ConfirmedAction::Assess(AssessConfirmed::DiscardNote));
            }
            (Overlay::ConfirmDiscard, _) => {
                self.status = Some(Status::info(crate::t!("common-still-editing")))
            }
            (Overlay::ConfirmSubmit { id, .. }, Action::Confirm) => {
                return Some(ConfirmedAction::Assess(AssessConfirmed::Submit { id }));
            }
            (Overlay::ConfirmSubmit { .. }, _) => {
                self.status = Some(Status::info(crate::t!("common-not-submitted")))
            }
            (Overlay::ConfirmLeave { .. }, Action::Confirm) => {
                return Some(ConfirmedAction::Facilitate(
                    FacilitateConfirmed::LeaveSegment,
                ));
            }
            (Overlay::ConfirmLeave { .. }, _) => {
                self.status = Some(Status::info(crate::t!("common-still-in-segment")))
            }
            (
                Overlay::ChoosePlan {
                    assessment_id,
                    plans,
                    mut selected,
                    mut filter,
                    mut filtering,
                    prerate,
                },
                action,
            ) => {
                use crate::tui::screens::sessions::{first_shown, shows};
                match action {
                    Action::Up => {
                        let above = (0..selected)
                            .rev()
                            .find(|&i| shows(&plans[i], filter.text()));
                        selected = above.unwrap_or(selected);
                    }
                    Action::Down => {
                        let below =
                            (selected + 1..plans.len()).find(|&i| shows(&plans[i], filter.text()));
                        selected = below.unwrap_or(selected);
                    }
                    Action::Filter => filtering = true,
                    Action::Submit => filtering = false,
                    // Esc while typing the filter clears it; otherwise it closes.
                    Action::Cancel if filtering => {
                        filtering = false;
                        filter.set("");
                        selected = first_shown(&plans, "", selected);
                    }
                    Action::Confirm
                        if !plans.get(selected).is_some_and(|p| shows(p, filter.text())) =>
                    {
                        self.status = Some(Status::info(crate::t!("common-no-plan-matches")));
                    }
                    Action::Confirm => {
                        let plan_id = plans.get(selected).map(|p| p.0.clone()).unwrap_or_default();
                        return Some(ConfirmedAction::Assess(if prerate {
                            AssessConfirmed::OpenPrerating {
                                assessment_id,
                                plan_id,
                            }
                        } else {
                            AssessConfirmed::StartSession {
                                assessment_id,
                                plan_id,
                            }
                        }));
                    }
                    _ => return None,
                }
                self.overlay = Some(Overlay::ChoosePlan {
                    assessment_id,
                    plans,
                    selected,
                    filter,
                    filtering,
                    prerate,
                });
            }
            (overlay, _) => self.overlay = Some(overlay),
        }
        None
    }
}
