//! Taking part in a coaching session in plain mode: hear the indicator the
//! facilitator brings up, vote privately by number, hear the reveal and the decision.
//! Same store calls as the participant's screen: one seat per name
//! (`Store::claim_seat`), votes through `Store::vote`. A session still open for
//! pre-rating is rated alone first, indicator by indicator (`Store::prerate`).

mod prerate;

use super::output::{self, Lines};
use super::words::Cmd;
use crate::assessment::Assessment;
use crate::error::{Error, Result};
use crate::ops::session::{self as ops, Seat};
use crate::rubric::Choice;
use crate::session::view::RoundView;
use crate::session::{LiveSession, Role, Vote};
use crate::store::Store;
use crate::t;
use crate::text::{Shape, checked};

pub struct SessionView {
    live: LiveSession,
    name: String,
    assessment: Assessment,
    seat: Seat,
    /// The indicator and round last read out.
    heard: Option<(String, u32)>,
    /// Whether the reveal of that round was read out.
    reveal_heard: bool,
    /// Decisions of this session already told.
    decisions_told: usize,
    /// Past the first read-out at joining.
    joined: bool,
    /// The agenda segment last told.
    segment: Option<usize>,
    /// Whether the room was paused when last told (a pause is said when it starts
    /// and when it ends, as the wall shows it).
    paused: bool,
    /// A comment typed before the vote on this indicator and round: it goes with the
    /// vote when it comes, never lost (the screens keep one the same way).
    pending: Option<((String, u32), String)>,
    /// While the session is open for pre-rating: the indicator this member is on (an
    /// index into the plan's indicators, `session::prerate::planned`). `None` once
    /// the room meets.
    pre: Option<usize>,
    /// Comments written before the pre-rating, by indicator id: saved with it.
    drafts: std::collections::HashMap<String, String>,
}

fn now_seconds() -> i64 {
    jiff::Timestamp::now().as_second()
}

impl SessionView {
    /// Joins the session with this join code under `name` and reads out where it is.
    pub fn join(store: &mut Store, code: &str, name: &str, out: &mut Lines) -> Result<SessionView> {
        let name = checked(name, Shape::Line, &t!("plain-the-name")).map_err(Error::input)?;
        if name.is_empty() {
            return Err(Error::input(t!("plain-name-empty")));
        }
        let session_id = store.find_session(code.trim())?;
        let live = store.live_session(&session_id)?;
        if live.ended() {
            return Err(Error::input(t!(
                "plain-session-ended-already",
                code = &live.code
            )));
        }
        // Under the name of a participant whose name reads the same, if there is one.
        let seat = Seat::join(store, &session_id, &name)?;
        let name = seat.name().to_string();
        let assessment = store.load(&live.assessment_id)?;
        let decisions_told = super::room::decisions(&assessment, &session_id).len();
        let mut view = SessionView {
            live,
            name,
            assessment,
            seat,
            heard: None,
            reveal_heard: false,
            decisions_told,
            joined: false,
            segment: None,
            paused: false,
            pending: None,
            pre: None,
            drafts: std::collections::HashMap::new(),
        };
        if view.live.prerating() {
            view.start_prerating(store, out)?;
            return Ok(view);
        }
        out.say(t!(
            "plain-joined",
            code = &view.live.code,
            school = &view.assessment.meta.school,
            plan = &crate::session::translation::localized(&view.live.plan).title,
            name = &view.name,
            facilitator = &view.live.facilitator
        ));
        view.follow(store, out)?;
        if view.live.indicator.is_none() {
            out.say(t!("plain-waiting"));
        }
        Ok(view)
    }

    /// Keeps the seat: one small write every `HEARTBEAT_SECONDS`.
    pub fn heartbeat(&mut self, store: &mut Store, out: &mut Lines) {
        if let Some(e) = self.seat.keep(store, now_seconds()) {
            out.say(t!("plain-seat", error = e.to_string()));
        }
    }

    /// Re-reads the session and tells what is new: another indicator or round, the
    /// reveal, a decision, the end. Returns false once the session has ended.
    pub fn follow(&mut self, store: &Store, out: &mut Lines) -> Result<bool> {
        self.live = store.live_session(&self.live.id)?;
        self.assessment = store.load(&self.live.assessment_id)?;
        if self.live.prerating() && !self.live.ended() {
            // Members rate alone: nothing of anyone else's is told.
            return Ok(true);
        }
        if self.pre.take().is_some() && !self.live.ended() {
            out.say(t!("plain-prerate-closed"));
        }
        let all = super::room::decisions(&self.assessment, &self.live.id);
        let rubric = crate::rubric::shown(&self.assessment.rubric);
        for d in all.iter().skip(self.decisions_told) {
            out.say(super::room::decision_line(&rubric, d));
        }
        self.decisions_told = all.len();
        if self.live.ended() {
            out.say(t!("plain-session-ended"));
            return Ok(false);
        }
        super::room::tell_pause(&mut self.paused, &self.live, out);
        // The agenda's segment, when it moves (and on joining): where the room is.
        if self.segment != Some(self.live.agenda.segment) {
            out.say(super::room::segment_line(&self.live));
            self.segment = Some(self.live.agenda.segment);
        }
        let now = self.live.indicator.clone().map(|i| (i, self.live.round()));
        let joined = std::mem::replace(&mut self.joined, true);
        if now != self.heard {
            match (&now, &self.heard) {
                (Some((id, round)), Some((was, _))) if id == was => {
                    out.say(t!("plain-new-round", id = id, round = *round));
                }
                (Some(_), heard) => {
                    // On joining, what is up now is simply read out.
                    if heard.is_some() || joined {
                        out.say(t!("plain-new-indicator"));
                    }
                    self.read(store, out)?;
                }
                (None, _) => out.say(t!("plain-between")),
            }
            self.heard = now;
            self.reveal_heard = false;
        }
        if self.live.revealed() && !self.reveal_heard && self.live.indicator.is_some() {
            self.reveal(store, out)?;
            self.reveal_heard = true;
        }
        Ok(true)
    }

    /// Reads out the indicator under discussion.
    fn read(&self, store: &Store, out: &mut Lines) -> Result<()> {
        let rubric = &crate::rubric::shown(&self.assessment.rubric);
        let Some(id) = &self.live.indicator else {
            out.say(t!("plain-nothing-up"));
            return Ok(());
        };
        let Some(pos) = rubric.indicator_index(id) else {
            out.say(t!("plain-not-in-rubric", id = id));
            return Ok(());
        };
        // Named with its segment, as the room hears it (`room`).
        out.say(super::room::now_discussing(&self.live, id));
        output::indicator(out, rubric, pos);
        match self.mine(store)? {
            Some(v) => out.say(t!(
                "plain-your-vote-on",
                id = id,
                label = self.key_label(&v.level)
            )),
            None => {
                // This member's own pre-rating, and nobody else's: the starting choice.
                let own = store.own_prerates(&self.live.id, &self.name)?;
                if let Some(p) = own.iter().find(|p| &p.indicator == id) {
                    let number = match rubric.parse_choice(&p.level) {
                        Some(Choice::Level(l)) => (l + 1).to_string(),
                        _ => "na".to_string(),
                    };
                    out.say(t!(
                        "plain-your-prerating-start",
                        id = id,
                        label = self.key_label(&p.level),
                        number = number
                    ));
                }
                out.say(t!("plain-vote-prompt", id = id))
            }
        }
        Ok(())
    }

    /// The current round as this participant may see it (`session::view`).
    fn round(&self, store: &Store) -> Result<RoundView> {
        let (votes, pre) = ops::round_votes(store, &self.live)?;
        let role = Role::Participant(self.name.clone());
        Ok(RoundView::of(
            &self.live,
            &role,
            &self.assessment.rubric,
            &votes,
            &pre,
        ))
    }

    fn mine(&self, store: &Store) -> Result<Option<Vote>> {
        Ok(self.round(store)?.mine)
    }

    fn key_label(&self, key: &str) -> String {
        let rubric = &crate::rubric::shown(&self.assessment.rubric);
        match rubric.parse_choice(key) {
            Some(c) => super::assess::choice_label(rubric, Some(c)),
            None => key.to_string(),
        }
    }

    /// Everyone's votes, once the facilitator reveals them, as the room hears them.
    fn reveal(&self, store: &Store, out: &mut Lines) -> Result<()> {
        let rubric = crate::rubric::shown(&self.assessment.rubric);
        let role = Role::Participant(self.name.clone());
        super::room::reveal(store, &self.live, &role, &rubric, out)
    }

    pub fn handle(&mut self, store: &mut Store, cmd: Cmd, out: &mut Lines) -> Result<bool> {
        if let Some(pos) = self.pre {
            return self.handle_prerating(store, pos, cmd, out);
        }
        let levels = self.assessment.rubric.levels.len();
        match cmd {
            Cmd::Number(n) if (1..=levels).contains(&n) => {
                self.vote(store, Choice::Level(n - 1), None, out)?
            }
            Cmd::Number(_) => out.say(t!("plain-vote-range", levels = levels)),
            Cmd::Na => self.vote(store, Choice::NotApplicable, None, out)?,
            Cmd::Comment(None) => out.say(t!("plain-comment-hint")),
            Cmd::Comment(Some(text)) => {
                match checked(text, Shape::Text, &t!("plain-the-comment")) {
                    Ok(comment) => match self.mine(store)? {
                        Some(v) => match self.assessment.rubric.parse_choice(&v.level) {
                            Some(c) => self.vote(store, c, Some(comment), out)?,
                            None => out.say(t!("plain-vote-unreadable")),
                        },
                        None => match self.live.indicator.clone() {
                            Some(id) => {
                                out.say(t!("plain-comment-kept", id = &id));
                                self.pending = Some(((id, self.live.round()), comment));
                            }
                            None => out.say(t!("plain-nothing-to-vote")),
                        },
                    },
                    Err(why) => out.say(t!("plain-not-saved", why = why)),
                }
            }
            Cmd::Read => self.read(store, out)?,
            Cmd::Status => self.status(store, out)?,
            Cmd::Quit | Cmd::Back => {
                out.say(t!("plain-left"));
                return Ok(false);
            }
            Cmd::Help => help(out),
            Cmd::Empty => {}
            other => super::unknown(out, &other, super::Place::Session),
        }
        Ok(true)
    }

    fn vote(
        &mut self,
        store: &mut Store,
        choice: Choice,
        comment: Option<String>,
        out: &mut Lines,
    ) -> Result<()> {
        let Some(id) = self.live.indicator.clone() else {
            out.say(t!("plain-nothing-to-vote"));
            return Ok(());
        };
        let key = self.assessment.rubric.choice_key(choice).to_string();
        // A comment typed before this vote goes with it (only on the indicator and
        // round it was typed for).
        let waiting = self
            .pending
            .take()
            .filter(|(at, _)| *at == (id.clone(), self.live.round()));
        let kept = waiting.is_some() && comment.is_none();
        let comment = comment.or(waiting.map(|(_, text)| text));
        let commented = comment.is_some() && !kept;
        let comment = match comment {
            Some(c) => c,
            None => self.mine(store)?.map(|v| v.comment).unwrap_or_default(),
        };
        match ops::vote(store, &self.live, &self.name, &key, &comment).map_err(Error::from) {
            Ok(_) if commented => out.say(t!("plain-comment-saved", id = &id)),
            Ok(_) => {
                out.say(t!(
                    "plain-vote-saved",
                    id = &id,
                    label = self.key_label(&key)
                ));
                if kept {
                    out.say(t!("plain-comment-saved", id = &id));
                }
            }
            // Refusals (the facilitator moved on, the votes are revealed) are said.
            Err(Error::Input(why)) => out.say(t!("plain-vote-not-saved", why = why)),
            Err(e) => return Err(e),
        }
        Ok(())
    }

    fn status(&self, store: &Store, out: &mut Lines) -> Result<()> {
        let people = store.participants(&self.live.id)?.len();
        match &self.live.indicator {
            None => out.say(t!(
                "plain-status-none",
                code = &self.live.code,
                people = people
            )),
            Some(id) => {
                let view = self.round(store)?;
                let mine = view.mine.as_ref().map_or_else(
                    || t!("plain-status-not-voted"),
                    |v| t!("plain-status-your-vote", label = self.key_label(&v.level)),
                );
                let (code, round, voted) = (&self.live.code, self.live.round(), view.voted);
                out.say(if self.live.revealed() {
                    t!(
                        "plain-status-revealed",
                        code = code,
                        id = id,
                        round = round,
                        voted = voted,
                        people = people,
                        mine = mine
                    )
                } else {
                    t!(
                        "plain-status-hidden",
                        code = code,
                        id = id,
                        round = round,
                        voted = voted,
                        people = people,
                        mine = mine
                    )
                });
            }
        }
        Ok(())
    }
}

/// What can be typed in a session.
pub fn help(out: &mut Lines) {
    out.say(t!("plain-help-session"));
    out.say(t!("plain-help-session-vote"));
    out.say(t!("plain-help-session-comment"));
    out.say(t!("plain-help-session-read"));
    out.say(t!("plain-help-session-leave"));
    out.say(t!("plain-help-session-news"));
    out.say(t!("plain-help-lang"));
}

/// What can be typed while pre-rating.
pub fn help_prerating(out: &mut Lines) {
    out.say(t!("plain-help-prerate"));
    out.say(t!("plain-help-prerate-rate"));
    out.say(t!("plain-help-prerate-comment"));
    out.say(t!("plain-help-prerate-move"));
    out.say(t!("plain-help-prerate-read"));
    out.say(t!("plain-help-prerate-leave"));
    out.say(t!("plain-help-lang"));
}
