//! Text into the field in focus: typed keys that are not commands, runs of typed
//! characters and pastes.

use super::*;

impl App {
    pub(super) fn insert_run(&mut self, run: &mut String) {
        if !run.is_empty() {
            let text = std::mem::take(run);
            self.insert_text(&text);
        }
    }

    /// Pasted text goes to the text field in focus, line breaks as the terminal sent
    /// them (`\r` or `\r\n`) made `\n`; anywhere else it is ignored, so a paste can
    /// never act as a string of commands.
    pub(super) fn paste_here(&mut self, text: &str) {
        if !self.ctx().is_text() {
            return;
        }
        // Line breaks are made `\n` here and the rest of the text policy is applied
        // by each field (`text::pasted`).
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        self.insert_text(&text);
    }

    /// Inserts text into the field in focus in one step.
    pub(super) fn insert_text(&mut self, text: &str) {
        if let Some(Overlay::Prompt { input, .. }) = &mut self.overlay {
            input.insert_str(text);
            return;
        }
        if let Some(Overlay::ChoosePlan {
            plans,
            selected,
            filter,
            ..
        }) = &mut self.overlay
        {
            if filter.insert_str(text) {
                *selected =
                    crate::tui::screens::sessions::first_shown(plans, filter.text(), *selected);
            }
            return;
        }
        let status = match &mut self.screen {
            Screen::Home => {
                if self.home.filter.insert_str(text) {
                    self.home
                        .refilter(&self.services.store)
                        .err()
                        .map(|e| Status::error(&e))
                } else {
                    None
                }
            }
            Screen::New(form) => {
                form.insert_text(text);
                None
            }
            Screen::Assess(state) => state.insert_text(text),
            Screen::Facilitate(state) => state.assess.insert_text(text),
            Screen::Participate(state) => {
                state.insert_text(text);
                None
            }
            Screen::Network(state) => {
                if state.filter.insert_str(text) {
                    state.refilter();
                }
                None
            }
            Screen::Watch(_) => None,
            Screen::Outcomes(state) => {
                state.insert_text(text);
                None
            }
        };
        if status.is_some() {
            self.status = status;
        }
    }

    /// Sends a key that is not a command to the text field in focus.
    pub(super) fn type_key(&mut self, key: KeyEvent) {
        if let Some(Overlay::Prompt { input, .. }) = &mut self.overlay {
            input.handle(&key);
            return;
        }
        if let Some(Overlay::ChoosePlan {
            plans,
            selected,
            filter,
            ..
        }) = &mut self.overlay
        {
            if filter.handle(&key) {
                *selected =
                    crate::tui::screens::sessions::first_shown(plans, filter.text(), *selected);
            }
            return;
        }
        match &mut self.screen {
            Screen::Home => {
                if self.home.filter.handle(&key)
                    && let Err(e) = self.home.refilter(&self.services.store)
                {
                    self.status = Some(Status::error(&e));
                }
            }
            Screen::New(form) => form.type_key(&key),
            Screen::Assess(state) => state.type_key(key),
            Screen::Facilitate(state) => state.type_key(key),
            Screen::Participate(state) => state.type_key(key),
            Screen::Network(state) => {
                if state.filter.handle(&key) {
                    state.refilter();
                }
            }
            Screen::Watch(_) => {}
            Screen::Outcomes(state) => state.type_key(&key),
        }
    }
}
