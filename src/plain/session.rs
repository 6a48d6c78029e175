//! Taking part in a coaching session in plain mode: hear the indicator the
//! facilitator brings up, vote privately by number, hear the reveal and the decision.
//! Same store calls as the participant's screen: one seat per name
//! (`Store::claim_seat`), votes through `Store::vote`.

use super::output::{self, Lines, count};
use super::words::Cmd;
use crate::assessment::Assessment;
use crate::error::{Error, Result};
use crate::rubric::Choice;
use crate::session::tally::Tally;
use crate::store::{LiveSession, Store, Vote};
use crate::text::{Shape, checked};

/// This participant's hold on the name, freed when the session view goes away
/// (leaving, end of input, a dropped connection).
struct Seat {
    path: std::path::PathBuf,
    session: String,
    name: String,
    holder: String,
    beat: i64,
}

impl Drop for Seat {
    fn drop(&mut self) {
        // Nothing to tell anyone if this fails: the seat frees itself after the grace.
        let _ = Store::release_seat(&self.path, &self.session, &self.name, &self.holder);
    }
}

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
}

fn now_seconds() -> i64 {
    jiff::Timestamp::now().as_second()
}

impl SessionView {
    /// Joins the session with this join code under `name` and reads out where it is.
    pub fn join(store: &mut Store, code: &str, name: &str, out: &mut Lines) -> Result<SessionView> {
        let name = checked(name, Shape::Line, "The name").map_err(Error::input)?;
        if name.is_empty() {
            return Err(Error::input("the name must be a plain, non-empty name"));
        }
        let session_id = store.find_session(code.trim())?;
        let live = store.live_session(&session_id)?;
        if live.ended {
            return Err(Error::input(format!("session {} has ended", live.code)));
        }
        if live.prerating {
            return Err(Error::input(crate::session::prerate::still_open(
                &live.code,
            )));
        }
        let holder = uuid::Uuid::now_v7().to_string();
        store.claim_seat(&session_id, &name, &holder)?;
        let seat = Seat {
            path: store.path().to_path_buf(),
            session: session_id.clone(),
            name: name.clone(),
            holder,
            beat: now_seconds(),
        };
        store.join_session(&session_id, &name)?;
        let assessment = store.load(&live.assessment_id)?;
        let decisions_told = decisions(&assessment, &session_id).len();
        let mut view = SessionView {
            live,
            name,
            assessment,
            seat,
            heard: None,
            reveal_heard: false,
            decisions_told,
            joined: false,
        };
        out.say(format!(
            "Joined session {} on {}, {}, as {}. Facilitator: {}.",
            view.live.code,
            view.assessment.meta.school,
            view.live.plan.title,
            view.name,
            view.live.facilitator
        ));
        view.follow(store, out)?;
        if view.live.indicator.is_none() {
            out.say("Waiting for the facilitator to bring up an indicator. Type help for what you can type.");
        }
        Ok(view)
    }

    /// Keeps the seat: one small write every `HEARTBEAT_SECONDS`.
    pub fn heartbeat(&mut self, store: &mut Store, out: &mut Lines) {
        let now = now_seconds();
        if now - self.seat.beat < crate::store::HEARTBEAT_SECONDS {
            return;
        }
        self.seat.beat = now;
        let seat = &self.seat;
        let kept = match store.heartbeat_seat(&seat.session, &seat.name, &seat.holder) {
            Ok(true) => Ok(()),
            Ok(false) => store.claim_seat(&seat.session, &seat.name, &seat.holder),
            Err(e) => Err(e),
        };
        if let Err(e) = kept {
            out.say(format!("Your seat in the session: {e}"));
        }
    }

    /// Re-reads the session and tells what is new: another indicator or round, the
    /// reveal, a decision, the end. Returns false once the session has ended.
    pub fn follow(&mut self, store: &Store, out: &mut Lines) -> Result<bool> {
        self.live = store.live_session(&self.live.id)?;
        self.assessment = store.load(&self.live.assessment_id)?;
        let all = decisions(&self.assessment, &self.live.id);
        for d in all.iter().skip(self.decisions_told) {
            out.say(format!(
                "Decision on {}: {}, recorded by the facilitator from {}.",
                d.indicator,
                self.key_label(&d.level),
                count(d.votes as usize, "vote", "votes")
            ));
        }
        self.decisions_told = all.len();
        if self.live.ended {
            out.say("The session has ended. Thank you; your votes are kept.");
            return Ok(false);
        }
        let now = self.live.indicator.clone().map(|i| (i, self.live.round));
        let joined = std::mem::replace(&mut self.joined, true);
        if now != self.heard {
            match (&now, &self.heard) {
                (Some((id, round)), Some((was, _))) if id == was => {
                    out.say(format!(
                        "New round of votes on {id}: round {round}. Vote again."
                    ));
                }
                (Some(_), heard) => {
                    // On joining, what is up now is simply read out.
                    if heard.is_some() || joined {
                        out.say("The facilitator brought up a new indicator.");
                    }
                    self.read(store, out)?;
                }
                (None, _) => out.say("The facilitator is between indicators. Waiting."),
            }
            self.heard = now;
            self.reveal_heard = false;
        }
        if self.live.revealed && !self.reveal_heard && self.live.indicator.is_some() {
            self.reveal(store, out)?;
            self.reveal_heard = true;
        }
        Ok(true)
    }

    /// Reads out the indicator under discussion.
    fn read(&self, store: &Store, out: &mut Lines) -> Result<()> {
        let rubric = &crate::rubric::shown(&self.assessment.rubric);
        let Some(id) = &self.live.indicator else {
            out.say("No indicator is up yet. Waiting for the facilitator.");
            return Ok(());
        };
        let Some(pos) = rubric.indicator_index(id) else {
            out.say(format!(
                "The facilitator brought up {id}, which this rubric does not have."
            ));
            return Ok(());
        };
        out.say(format!("Now discussing {id}, round {}.", self.live.round));
        output::indicator(out, rubric, pos);
        match self.mine(store)? {
            Some(v) => out.say(format!("Your vote on {id}: {}.", self.key_label(&v.level))),
            None => out.say(format!(
                "Vote on {id} with a level number, or na. Your vote stays private until the reveal."
            )),
        }
        Ok(())
    }

    fn votes(&self, store: &Store) -> Result<Vec<Vote>> {
        match &self.live.indicator {
            Some(id) => store.votes(&self.live.id, id, self.live.round),
            None => Ok(Vec::new()),
        }
    }

    fn mine(&self, store: &Store) -> Result<Option<Vote>> {
        Ok(self
            .votes(store)?
            .into_iter()
            .find(|v| v.participant == self.name))
    }

    fn key_label(&self, key: &str) -> String {
        let rubric = &crate::rubric::shown(&self.assessment.rubric);
        match rubric.parse_choice(key) {
            Some(Choice::Level(l)) => format!("{}, level {}", rubric.levels[l].label, l + 1),
            Some(c) => rubric.choice_label(Some(c)).to_string(),
            None => key.to_string(),
        }
    }

    /// Everyone's votes, once the facilitator reveals them.
    fn reveal(&self, store: &Store, out: &mut Lines) -> Result<()> {
        let id = self.live.indicator.clone().unwrap_or_default();
        let votes = self.votes(store)?;
        let pre = store.prerates_counted(&self.live, &votes)?;
        let rubric = &crate::rubric::shown(&self.assessment.rubric);
        let choices: Vec<Choice> = votes
            .iter()
            .chain(&pre)
            .filter_map(|v| rubric.parse_choice(&v.level))
            .collect();
        let tally = Tally::new(rubric.levels.len(), &choices);
        let mut counts: Vec<String> = rubric
            .levels
            .iter()
            .zip(&tally.per_level)
            .map(|(l, n)| format!("{} {n}", l.label))
            .collect();
        counts.push(format!("N/A {}", tally.not_applicable));
        out.say(format!(
            "Votes on {id} revealed, {}{}: {}.",
            count(tally.votes as usize, "vote", "votes"),
            if pre.is_empty() {
                String::new()
            } else {
                format!(" ({})", count(pre.len(), "pre-rating", "pre-ratings"))
            },
            counts.join(", ")
        ));
        if let Some(s) = tally.suggested {
            let spread = tally.spread.map_or(String::new(), |s| {
                format!("; spread {}", count(s, "level", "levels"))
            });
            out.say(format!(
                "Suggested consensus on {id}, the median: {}{spread}.",
                self.key_label(rubric.choice_key(s))
            ));
        }
        for v in &votes {
            out.say(format!(
                "{} voted {}.",
                v.participant,
                self.key_label(&v.level)
            ));
            if !v.comment.is_empty() {
                out.para(&format!("Comment by {}: ", v.participant), &v.comment);
            }
        }
        Ok(())
    }

    pub fn handle(&mut self, store: &mut Store, cmd: Cmd, out: &mut Lines) -> Result<bool> {
        let levels = self.assessment.rubric.levels.len();
        match cmd {
            Cmd::Number(n) if (1..=levels).contains(&n) => {
                self.vote(store, Choice::Level(n - 1), None, out)?
            }
            Cmd::Number(_) => out.say(format!(
                "This rubric has {levels} levels: vote 1 to {levels}, or na for N/A."
            )),
            Cmd::Na => self.vote(store, Choice::NotApplicable, None, out)?,
            Cmd::Comment(None) => out.say("Type comment and then the text to add it to your vote."),
            Cmd::Comment(Some(text)) => match checked(text, Shape::Text, "The comment") {
                Ok(comment) => match self.mine(store)? {
                    Some(v) => match self.assessment.rubric.parse_choice(&v.level) {
                        Some(c) => self.vote(store, c, Some(comment), out)?,
                        None => out.say("Your vote cannot be read back; vote again."),
                    },
                    None => out.say("Vote first; the comment goes with your vote."),
                },
                Err(why) => out.say(format!("Not saved: {why}.")),
            },
            Cmd::Read => self.read(store, out)?,
            Cmd::Status => self.status(store, out)?,
            Cmd::Quit | Cmd::Back => {
                out.say("You left the session. Your votes stay; join again to come back.");
                return Ok(false);
            }
            Cmd::Help => help(out),
            Cmd::Empty => {}
            other => super::unknown(out, &other, "a session"),
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
            out.say("Nothing to vote on yet: wait for the facilitator.");
            return Ok(());
        };
        let key = self.assessment.rubric.choice_key(choice).to_string();
        let commented = comment.is_some();
        let comment = match comment {
            Some(c) => c,
            None => self.mine(store)?.map(|v| v.comment).unwrap_or_default(),
        };
        match store.vote(&self.live, &self.name, &key, &comment) {
            Ok(()) if commented => out.say(format!("Comment saved with your vote on {id}.")),
            Ok(()) => out.say(format!(
                "Your vote on {id}: {}. It stays private until the reveal; you can change it until then.",
                self.key_label(&key)
            )),
            // Refusals (the facilitator moved on, the votes are revealed) are said.
            Err(Error::Input(why)) => out.say(format!("Vote not saved: {why}.")),
            Err(e) => return Err(e),
        }
        Ok(())
    }

    fn status(&self, store: &Store, out: &mut Lines) -> Result<()> {
        let people = store.participants(&self.live.id)?.len();
        match &self.live.indicator {
            None => out.say(format!(
                "Session {}: no indicator up yet; {} taking part.",
                self.live.code,
                count(people, "person", "people")
            )),
            Some(id) => {
                let votes = self.votes(store)?;
                let mine = votes
                    .iter()
                    .find(|v| v.participant == self.name)
                    .map_or("you have not voted".to_string(), |v| {
                        format!("your vote {}", self.key_label(&v.level))
                    });
                out.say(format!(
                    "Session {}: {id}, round {}; {} of {} voted; {mine}; votes {}.",
                    self.live.code,
                    self.live.round,
                    votes.len(),
                    count(people, "person", "people"),
                    if self.live.revealed {
                        "revealed"
                    } else {
                        "hidden"
                    }
                ));
            }
        }
        Ok(())
    }
}

/// The decisions recorded so far in one session of an assessment.
fn decisions(a: &Assessment, session_id: &str) -> Vec<crate::session::record::Decision> {
    a.sessions
        .iter()
        .find(|s| s.id == session_id)
        .map(|s| s.decisions.clone())
        .unwrap_or_default()
}

/// What can be typed in a session.
pub fn help(out: &mut Lines) {
    out.say("In a session you can type:");
    out.say("a level number, such as 3: your private vote on the indicator under discussion. na: vote N/A.");
    out.say("comment and then text: add a comment to your vote.");
    out.say("read: hear the indicator again. status: who has voted, and whether the votes are revealed.");
    out.say("leave: leave the session; your votes stay. help: this list.");
    out.say("New indicators, the reveal and the decision are read out as they happen.");
}
