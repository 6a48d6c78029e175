//! Keeping the screen current without a key press: other connections' changes (the
//! change log) and the clock a session's screens show.

use super::*;

impl App {
    pub fn reload_home(&mut self) {
        if let Err(e) = self.home.refresh(&self.services.store) {
            self.status = Some(Status::error(&e));
        }
    }

    /// Looks for other connections' commits (other SSH users, the CLI) and shows
    /// those that touch what is on screen, without a key press; moves the clock on.
    /// Returns whether the screen needs drawing again.
    pub(super) fn tick_here(&mut self) -> bool {
        let clock = self.tick_clock();
        self.refresh() || clock
    }

    /// Moves `now` on; whether a clock on screen changed with it. A participant's
    /// seat is kept on the same beat (see [`App::clock_wait`]).
    pub(super) fn tick_clock_here(&mut self) -> bool {
        let now = jiff::Timestamp::now().as_second();
        let moved = now != self.now;
        self.now = now;
        let mut status_changed = false;
        if let Screen::Participate(state) = &mut self.screen
            && let Some(status) = state.heartbeat(&mut self.services, now)
        {
            self.status = Some(status);
            status_changed = true;
        }
        (moved && self.shows_clock()) || status_changed
    }

    /// Whether a running clock is on screen: a coaching session's segment timer
    /// (stopped once the session ends or while it is paused). Nothing else on any
    /// screen moves with time.
    pub fn shows_clock(&self) -> bool {
        let live = match &self.screen {
            Screen::Facilitate(state) => &state.live,
            Screen::Participate(state) => &state.live,
            Screen::Watch(state) => &state.live,
            _ => return false,
        };
        !live.ended() && !live.agenda.is_paused() && !self.too_small()
    }

    /// How long the loop may sleep: until a clock on screen next shows a different
    /// second, or (for a participant, clock or not) until the seat's next heartbeat.
    pub fn clock_wait(&self) -> Option<std::time::Duration> {
        if !self.shows_clock() {
            return match &self.screen {
                Screen::Participate(state) => Some(state.until_heartbeat(self.now)),
                _ => None,
            };
        }
        let subsec = jiff::Timestamp::now()
            .subsec_nanosecond()
            .clamp(0, 999_999_999);
        // A little past the turn of the second, so the clock has moved when it is read.
        Some(std::time::Duration::from_nanos(
            1_000_000_000 - subsec as u64 + 1_000_000,
        ))
    }

    /// A watcher says what others changed: if it touches what this app shows, the
    /// app reads the change log itself (its own writes, which the watcher also
    /// reports, are then told apart); otherwise nothing is read. Returns whether the
    /// screen needs drawing again.
    pub(super) fn notice_here(&mut self, changes: &Changes) -> bool {
        if self.cares(changes) {
            return self.refresh();
        }
        self.seen.skip(changes);
        false
    }

    /// Whether these changes touch the screen in front.
    fn cares(&self, changes: &Changes) -> bool {
        // A viewer's room may have started or ended a session.
        if self.follow.is_some() && changes.any_session() {
            return true;
        }
        match &self.screen {
            Screen::Home => changes.any_assessment(),
            Screen::Assess(state) => changes.assessment(&state.assessment.meta.id),
            Screen::Facilitate(state) => {
                changes.session(&state.live.id) || changes.assessment(&state.live.assessment_id)
            }
            Screen::Participate(state) => {
                changes.session(&state.live.id) || changes.assessment(&state.live.assessment_id)
            }
            Screen::Watch(state) => {
                changes.session(&state.live.id) || changes.assessment(&state.live.assessment_id)
            }
            // The new-assessment form shows nothing stored; the network screen is read
            // when opened (its roll-up reads every school).
            Screen::New(_) | Screen::Network(_) | Screen::Outcomes(_) => false,
        }
    }

    /// Reads what other connections changed since the last look (nothing is read
    /// unless one has committed) and refreshes the screen in front if it is touched.
    /// Screens not in front are read again when they are next opened. Whether the
    /// screen needs drawing again.
    pub(super) fn refresh_here(&mut self) -> bool {
        let changes = match self.seen.check(&self.services.store) {
            Ok(Some(changes)) => changes,
            Ok(None) => return false,
            Err(e) => {
                self.status = Some(Status::error(&e));
                return true;
            }
        };
        if !self.cares(&changes) {
            return false;
        }
        let result = match &mut self.screen {
            Screen::Home => {
                self.reload_home();
                Ok(None)
            }
            Screen::Assess(state) => state.reload(&mut self.services).map(|changed| {
                changed.then(|| Status::info(crate::t!("common-updated-elsewhere")))
            }),
            Screen::Facilitate(state) => state.refresh(&mut self.services).map(|_| None),
            Screen::Watch(state) => state.refresh(&mut self.services).map(|_| None),
            Screen::Participate(state) => {
                let before = state.live.clone();
                state
                    .refresh(&mut self.services)
                    .map(|_| state.news(&before, &self.services.keys))
            }
            Screen::New(_) | Screen::Network(_) | Screen::Outcomes(_) => Ok(None),
        };
        match result {
            Ok(Some(status)) => self.status = Some(status),
            Ok(None) => {}
            Err(e) => self.status = Some(Status::error(&e)),
        }
        self.follow_room();
        true
    }

    /// A viewer's wall follows its room: when the session it shows has ended, back to
    /// the list (saying so); when a session it follows is running, onto its wall from
    /// whatever screen or dialog is open. Nothing for anyone else.
    pub(super) fn follow_room(&mut self) {
        let Some(room) = self.follow.clone() else {
            return;
        };
        if let Screen::Watch(state) = &self.screen {
            if !state.live.ended() {
                return;
            }
            let code = state.live.code.clone();
            self.screen = Screen::Home;
            self.reload_home();
            self.status = Some(Status::info(crate::t!("session-viewer-ended", code = code)));
        }
        let store = &self.services.store;
        let running = match room {
            Follow::Any => store.running_session_of(None),
            Follow::Assessment(id) => store.running_session_of(Some(&id)),
            Follow::Session(id) => store.live_session(&id).map(|live| {
                (!live.ended() && !live.prerating() && !live.code.is_empty()).then_some(live.id)
            }),
        };
        let opened = match running {
            Ok(Some(session_id)) => {
                super::super::screens::watch::WatchState::open(&mut self.services, &session_id)
            }
            Ok(None) => return,
            Err(e) => Err(e),
        };
        match opened {
            Ok(state) => {
                self.screen = Screen::Watch(Box::new(state));
                self.overlay = None;
                self.status = None;
            }
            Err(e) => self.status = Some(Status::error(&e)),
        }
    }
}
