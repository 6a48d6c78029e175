//! What keys do while an overlay (help, a confirmation, the plan chooser, a prompt)
//! is open over the screens.

use super::*;

impl App {
    pub(super) fn apply_overlay(&mut self, action: Action) {
        let Some(overlay) = self.overlay.take() else {
            return;
        };
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
                match self.services.store.delete(&id) {
                    Ok(()) => {
                        self.home.last_deleted = Some(id);
                        let key = self.key_name(Ctx::Home, Action::RestoreDeleted);
                        self.status = Some(Status::saved(crate::t!(
                            "common-deleted",
                            label = &label,
                            key = key
                        )));
                    }
                    Err(e) => self.status = Some(Status::error(&e)),
                }
                self.reload_home();
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
            ) => match crate::text::name_from(input.text()) {
                Some(name) => {
                    self.services.actor = name.clone();
                    self.status = Some(match &self.settings_file {
                        None => Status::info(crate::t!("home-name-set", name = &name)),
                        Some(file) => match crate::settings::save_name(file, &name) {
                            Ok(()) => Status::saved(crate::t!("home-name-saved", name = &name)),
                            Err(e) => Status::error(&e),
                        },
                    });
                }
                None => {
                    self.status = Some(Status::info(crate::t!("home-name-first")));
                    self.overlay = Some(Overlay::Prompt {
                        kind: PromptKind::Name,
                        input,
                    });
                }
            },
            (Overlay::Prompt { kind, input }, Action::Confirm) => {
                let path = input.text().trim().to_string();
                if let PromptKind::Export { id } = &kind
                    && crate::tui::screens::home::export_target_exists(&path)
                {
                    self.overlay = Some(Overlay::ConfirmReplace {
                        id: id.clone(),
                        path,
                        input,
                    });
                    return;
                }
                let result = crate::tui::screens::home::run_prompt(self, &kind, &path, false);
                match result {
                    Ok(status) => self.status = Some(status),
                    Err(e) => {
                        // Keep the prompt open so the path can be corrected.
                        self.status = Some(Status::error(&e));
                        self.overlay = Some(Overlay::Prompt { kind, input });
                    }
                }
            }
            (Overlay::Prompt { .. }, Action::Cancel) => {}
            (Overlay::ConfirmReplace { id, path, input }, Action::Confirm) => {
                let kind = PromptKind::Export { id };
                match crate::tui::screens::home::run_prompt(self, &kind, &path, true) {
                    Ok(status) => self.status = Some(status),
                    Err(e) => {
                        self.status = Some(Status::error(&e));
                        self.overlay = Some(Overlay::Prompt { kind, input });
                    }
                }
            }
            (Overlay::ConfirmReplace { id, input, .. }, _) => {
                self.status = Some(Status::info(crate::t!("common-nothing-written")));
                self.overlay = Some(Overlay::Prompt {
                    kind: PromptKind::Export { id },
                    input,
                });
            }
            (Overlay::ConfirmEnd, Action::Confirm) => {
                if let Screen::Facilitate(state) = &self.screen {
                    let id = state.live.assessment_id.clone();
                    let code = state.live.code.clone();
                    match self.services.store.end_session(&state.live.id) {
                        Ok(()) => self.follow(Nav::Open {
                            id,
                            mode: Mode::Summary,
                            status: Some(Status::saved(crate::t!(
                                "common-session-ended",
                                code = code
                            ))),
                        }),
                        Err(e) => self.status = Some(Status::error(&e)),
                    }
                }
            }
            (Overlay::ConfirmDiscard, Action::Confirm) => {
                let assess = match &mut self.screen {
                    Screen::Assess(state) => Some(state.as_mut()),
                    Screen::Facilitate(state) => Some(&mut state.assess),
                    _ => None,
                };
                if let Some(state) = assess {
                    state.discard_editor();
                    self.status = Some(Status::info(crate::t!("common-closed-unsaved")));
                }
            }
            (Overlay::ConfirmDiscard, _) => {
                self.status = Some(Status::info(crate::t!("common-still-editing")))
            }
            (Overlay::ConfirmEnd, _) => {
                self.status = Some(Status::info(crate::t!("common-session-goes-on")))
            }
            (Overlay::ConfirmSubmit { id, .. }, Action::Confirm) => {
                let actor = self.services.actor.clone();
                let result = self.services.store.submit(&id, &[], &actor);
                let status = match result {
                    Ok(()) => Status::saved(crate::t!(
                        "common-submitted",
                        key = self.key_name(Ctx::Summary, Action::Reopen)
                    )),
                    Err(e) => Status::error(&e),
                };
                if let Screen::Assess(state) = &mut self.screen
                    && let Err(e) = state.reload(&mut self.services)
                {
                    self.status = Some(Status::error(&e));
                    return;
                }
                self.status = Some(status);
            }
            (Overlay::ConfirmSubmit { .. }, _) => {
                self.status = Some(Status::info(crate::t!("common-not-submitted")))
            }
            (Overlay::ConfirmLeave { .. }, Action::Confirm) => {
                let now = self.now;
                if let Screen::Facilitate(state) = &mut self.screen {
                    let nav = state
                        .move_segment(&mut self.services, true, now)
                        .unwrap_or_else(|e| Nav::Status(Status::error(&e)));
                    self.follow(nav);
                }
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
                        if prerate {
                            self.status = Some(
                                match crate::tui::screens::sessions::open_prerating(
                                    &mut self.services,
                                    &assessment_id,
                                    &plan_id,
                                ) {
                                    Ok(code) => Status::saved(crate::t!(
                                        "common-prerating-open",
                                        code = code
                                    )),
                                    Err(e) => Status::error(&e),
                                },
                            );
                            return;
                        }
                        match crate::tui::screens::sessions::start(
                            &mut self.services,
                            &assessment_id,
                            &plan_id,
                        ) {
                            Ok(session_id) => {
                                match FacilitateState::open(&mut self.services, &session_id) {
                                    Ok(state) => {
                                        let code = state.live.code.clone();
                                        self.screen = Screen::Facilitate(Box::new(state));
                                        self.status = Some(Status::saved(crate::t!(
                                            "common-session-started",
                                            code = code
                                        )));
                                    }
                                    Err(e) => self.status = Some(Status::error(&e)),
                                }
                            }
                            Err(e) => self.status = Some(Status::error(&e)),
                        }
                        return;
                    }
                    _ => return,
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
    }
}
