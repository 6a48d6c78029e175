//! What an action does before it reaches a screen (quit, help, theme, language), and
//! moving between screens as a screen asks (`Nav`).

use super::*;

impl App {
    pub(super) fn apply_here(&mut self, action: Action) {
        if self.read_only && !crate::tui::capability::viewer_may(self.ctx(), Some(action)) {
            let refused = crate::tui::capability::refusal(&self.keys);
            self.status = Some(Status::info(refused.to_string()));
            return;
        }
        match action {
            Action::Quit => {
                // Nothing typed is lost: an open editor is saved first, and an open
                // conflict keeps both texts.
                let open_editor = match &mut self.screen {
                    Screen::Assess(state) => Some(state.as_mut()),
                    Screen::Facilitate(state) => Some(&mut state.assess),
                    _ => None,
                };
                if let Some(kept) = open_editor.map(|s| s.keep_typed_text(&mut self.services))
                    && let Some(status) = kept.status
                {
                    // Said again once the screens close: the file keeps typed text.
                    if kept.file.is_some() || status.kind == StatusKind::Error {
                        self.parting.push(status.text.clone());
                    }
                    self.status = Some(status);
                }
                self.quit = true;
                return;
            }
            // Help opens over a dialog too (`?` there is not an answer), and closing it
            // goes back to the dialog.
            Action::Help if !matches!(self.overlay, Some(Overlay::Help { .. })) => {
                let ctx = self.ctx();
                let under = self.overlay.take().map(Box::new);
                self.overlay = Some(Overlay::Help {
                    ctx,
                    scroll: 0,
                    under,
                });
                return;
            }
            Action::CycleTheme => {
                let next = self.theme.name.next();
                self.theme = Theme::new(next);
                let theme = next.label();
                self.status = Some(match &self.settings_file {
                    None => Status::info(crate::t!("common-theme-switched", theme = &theme)),
                    Some(file) => match crate::settings::save_theme(file, next) {
                        Ok(()) => Status::saved(crate::t!("common-theme-saved", theme = &theme)),
                        Err(e) => Status {
                            text: crate::t!(
                                "common-theme-not-saved",
                                theme = &theme,
                                error = e.to_string().replace('\n', "; ")
                            ),
                            kind: StatusKind::Error,
                        },
                    },
                });
                return;
            }
            // This App's language (each SSH connection has its own App),
            // saved in the settings file only where `T` saves the theme (locally).
            Action::SwitchLanguage => {
                let next = self.lang.next();
                self.lang = next;
                // The rest of this action (its status line) in the new language.
                crate::i18n::set(next);
                self.status = Some(match &self.settings_file {
                    None => Status::info(crate::t!("common-language-switched")),
                    Some(file) => match crate::settings::save_language(file, next) {
                        Ok(()) => Status::saved(crate::t!("common-language-saved")),
                        Err(e) => Status {
                            text: crate::t!(
                                "common-language-not-saved",
                                error = e.to_string().replace('\n', "; ")
                            ),
                            kind: StatusKind::Error,
                        },
                    },
                });
                return;
            }
            _ => {}
        }
        if self.overlay.is_some() {
            self.apply_overlay(action);
            return;
        }
        let nav = match &mut self.screen {
            Screen::Home => crate::tui::screens::home::apply(self, action),
            Screen::New(form) => form.apply(&mut self.services, action),
            Screen::Assess(state) => state.apply(&mut self.services, action),
            Screen::Facilitate(state) => state.apply(&mut self.services, action, self.now),
            Screen::Participate(state) => state.apply(&mut self.services, action),
            Screen::Network(state) => state.apply(&mut self.services, action),
            Screen::Watch(state) => state.apply(action),
            Screen::Outcomes(state) => state.apply(&mut self.services, action),
        };
        self.follow(nav);
    }

    /// Moves between screens as a screen asked.
    pub(super) fn follow(&mut self, nav: Nav) {
        match nav {
            Nav::Stay => {}
            Nav::Status(status) => self.status = Some(status),
            Nav::Home(status)
                if matches!(self.screen, Screen::Assess(_)) && self.came_from_network.is_some() =>
            {
                // A status stays on its screen: the one going back says only what
                // the screen asked to say.
                self.status = status;
                if let Some(mut network) = self.came_from_network.take() {
                    if let Err(e) = network.reload(&self.services) {
                        self.status = Some(Status::error(&e));
                    }
                    self.screen = Screen::Network(network);
                }
            }
            Nav::Home(status) => {
                self.came_from_network = None;
                self.screen = Screen::Home;
                // A status stays on its screen ("Redone: …" does not follow to the
                // list); reloading the list may set its own.
                self.status = status;
                self.reload_home();
            }
            Nav::NewForm => match NewForm::new(&self.services) {
                Ok(form) => {
                    self.screen = Screen::New(Box::new(form));
                    self.status = None;
                }
                Err(e) => self.status = Some(Status::error(&e)),
            },
            Nav::Open { id, mode, status } => {
                match AssessState::open(&mut self.services, &id, mode) {
                    Ok(state) => {
                        let before =
                            std::mem::replace(&mut self.screen, Screen::Assess(Box::new(state)));
                        self.came_from_network = match before {
                            Screen::Network(network) => Some(network),
                            _ => None,
                        };
                        self.status = status;
                    }
                    Err(e) => self.status = Some(Status::error(&e)),
                }
            }
            Nav::Overlay(overlay) => self.overlay = Some(overlay),
            Nav::Facilitate(state, status) => {
                self.screen = Screen::Facilitate(state);
                self.status = Some(status);
            }
            Nav::Quit => self.quit = true,
            Nav::Outcomes {
                assessment_id,
                back,
            } => match crate::tui::screens::outcomes::OutcomesState::open(
                &self.services,
                &assessment_id,
                back,
            ) {
                Ok(state) => {
                    self.screen = Screen::Outcomes(Box::new(state));
                    self.status = None;
                }
                Err(e) => self.status = Some(Status::error(&e)),
            },
            Nav::Network => {
                match crate::tui::screens::network::NetworkState::open(&self.services) {
                    Ok(state) => {
                        self.screen = Screen::Network(Box::new(state));
                        self.status = None;
                    }
                    Err(e) => self.status = Some(Status::error(&e)),
                }
            }
        }
    }
}
