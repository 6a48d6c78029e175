//! A plain-mode viewer (`viewer+plain@`) following its room: when a session starts
//! (for any assessment, as the screens' viewer follows it) it is announced, then read
//! as it goes — the segment, each indicator brought up, new rounds, the reveal as the
//! secret ballot lets it be told, the decisions, pauses — and when it ends the viewer
//! is back at the list. A viewer hears; it never votes or changes anything.

use super::output::Lines;
use super::room::{self, Heard};
use super::words::Cmd;
use crate::assessment::Assessment;
use crate::error::Result;
use crate::store::{LiveSession, Store};
use crate::t;

pub struct WatchView {
    live: LiveSession,
    assessment: Assessment,
    heard: Heard,
}

/// The session a viewer should be following now, if one is running.
pub fn running(store: &Store) -> Result<Option<String>> {
    store.running_session_of(None)
}

impl WatchView {
    /// Starts following `session_id` and says where it is.
    pub fn open(store: &Store, session_id: &str, out: &mut Lines) -> Result<WatchView> {
        let live = store.live_session(session_id)?;
        let assessment = store.load(&live.assessment_id)?;
        out.say(t!(
            "plain-watch-started",
            code = &live.code,
            school = &assessment.meta.school,
            plan = &crate::session::translation::localized(&live.plan).title,
            facilitator = &live.facilitator
        ));
        out.say(room::segment_line(&live));
        if live.agenda.is_paused() {
            out.say(t!("plain-room-paused"));
        }
        let rubric = crate::rubric::shown(&assessment.rubric);
        match &live.indicator {
            Some(id) => {
                room::read_up(&live, &rubric, id, out);
                if live.revealed() {
                    room::reveal(store, &live, &crate::session::Role::Viewer, &rubric, out)?;
                }
            }
            None => out.say(t!("plain-room-between")),
        }
        let heard = Heard::now(&live, &assessment);
        Ok(WatchView {
            live,
            assessment,
            heard,
        })
    }

    /// The session followed.
    pub fn session_id(&self) -> &str {
        &self.live.id
    }

    /// Re-reads the session and tells what is new. False once it has ended.
    pub fn follow(&mut self, store: &Store, out: &mut Lines) -> Result<bool> {
        self.live = store.live_session(&self.live.id)?;
        self.assessment = store.load(&self.live.assessment_id)?;
        self.heard.tell(store, &self.live, &self.assessment, out)?;
        if self.live.ended() {
            out.say(t!("plain-watch-ended", code = &self.live.code));
            return Ok(false);
        }
        Ok(true)
    }

    /// What a viewer can type while following: hear again, hear where it is, leave.
    /// False to stop following (`quit` is the engine's).
    pub fn handle(&mut self, store: &Store, cmd: Cmd, out: &mut Lines) -> Result<()> {
        match cmd {
            Cmd::Read => {
                let rubric = crate::rubric::shown(&self.assessment.rubric);
                match &self.live.indicator {
                    Some(id) => room::read_up(&self.live, &rubric, id, out),
                    None => out.say(t!("plain-room-between")),
                }
            }
            Cmd::Status => self.status(store, out)?,
            Cmd::Help => {
                out.say(t!("plain-help-watch"));
                out.say(t!("plain-help-watch-read"));
                out.say(t!("plain-help-watch-quit"));
                out.say(t!("plain-help-lang"));
            }
            Cmd::Empty => {}
            Cmd::Number(_) | Cmd::Na | Cmd::Comment(_) => out.say(t!("plain-watch-no-vote")),
            other => super::unknown(out, &other, super::Place::Watch),
        }
        Ok(())
    }

    fn status(&self, store: &Store, out: &mut Lines) -> Result<()> {
        out.say(room::segment_line(&self.live));
        let people = store.participants(&self.live.id)?.len();
        match &self.live.indicator {
            None => out.say(t!(
                "plain-status-none",
                code = &self.live.code,
                people = people
            )),
            Some(id) => {
                let voted = room::votes(store, &self.live)?.len();
                out.say(if self.live.revealed() {
                    t!(
                        "plain-watch-status-revealed",
                        code = &self.live.code,
                        id = id,
                        round = self.live.round(),
                        voted = voted,
                        people = people
                    )
                } else {
                    t!(
                        "plain-watch-status-hidden",
                        code = &self.live.code,
                        id = id,
                        round = self.live.round(),
                        voted = voted,
                        people = people
                    )
                });
            }
        }
        Ok(())
    }
}
