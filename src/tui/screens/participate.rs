//! A participant's screen: follows the facilitator's indicator, casts a private vote
//! with an optional comment, and sees the tally only once it is revealed.

use crate::assessment::Assessment;
use crate::error::Result;
use crate::rubric::Choice;
use crate::session::tally::Tally;
use crate::store::{LiveSession, Vote};
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status};
use crate::tui::input::LineInput;
use crate::tui::keymap::Ctx;
use crate::tui::remap::Remap;
use ratatui::crossterm::event::KeyEvent;

pub use super::participate_view::draw;

pub struct ParticipateState {
    pub live: LiveSession,
    pub name: String,
    pub assessment: Assessment,
    /// This participant's vote in the current round.
    pub mine: Option<Vote>,
    /// How many have voted in the current round.
    pub voted: usize,
    /// Everyone's votes: filled only once the facilitator reveals them.
    pub revealed_votes: Vec<crate::session::ballot::Shown>,
    /// How many of `revealed_votes` are pre-ratings.
    pub pre: u32,
    pub participants: usize,
    /// While the session is open for pre-rating: the indicator this member is
    /// pre-rating (flat index; each vote moves on), and how many they have pre-rated.
    pub pre_at: usize,
    pub pre_done: usize,
    pub highlight: usize,
    /// The comment being written, when the comment field is open.
    pub comment: Option<LineInput>,
    /// This connection's hold on the name: one live connection per name.
    seat: Seat,
}

/// A participant's seat in a session, held while the screen is open and freed when
/// it closes (however it closes: leaving, quitting, a dropped SSH connection).
struct Seat {
    path: std::path::PathBuf,
    session: String,
    name: String,
    /// A token unique to this connection.
    holder: String,
    /// When the seat was last refreshed (seconds since the epoch).
    beat: i64,
}

impl Drop for Seat {
    fn drop(&mut self) {
        // Nothing to tell anyone if this fails: the seat frees itself after the grace.
        let _ =
            crate::store::Store::release_seat(&self.path, &self.session, &self.name, &self.holder);
    }
}

impl ParticipateState {
    pub fn open(services: &mut Services, session_id: &str, name: &str) -> Result<ParticipateState> {
        let holder = uuid::Uuid::now_v7().to_string();
        services.store.claim_seat(session_id, name, &holder)?;
        let seat = Seat {
            path: services.store.path().to_path_buf(),
            session: session_id.to_string(),
            name: name.to_string(),
            holder,
            beat: jiff::Timestamp::now().as_second(),
        };
        // Under the name of a participant whose name reads the same, if there is one.
        let name = &services.store.join_session(session_id, name)?;
        let live = services.store.live_session(session_id)?;
        let assessment = services.store.load_without_sessions(&live.assessment_id)?;
        let mut state = ParticipateState {
            live,
            name: name.to_string(),
            assessment,
            mine: None,
            voted: 0,
            revealed_votes: Vec::new(),
            pre: 0,
            participants: 0,
            pre_at: 0,
            pre_done: 0,
            highlight: 0,
            comment: None,
            seat,
        };
        if state.live.prerating {
            // Back where this member left off: the first indicator they have not pre-rated.
            let own = services.store.own_prerates(session_id, name)?;
            state.pre_at = state
                .assessment
                .rubric
                .indicators()
                .position(|(_, ind)| !own.iter().any(|p| p.indicator == ind.id))
                .unwrap_or(0);
        }
        state.refresh(services)?;
        state.highlight_own_vote();
        Ok(state)
    }

    /// Keeps the seat: one small write every `HEARTBEAT_SECONDS` (cheap enough for
    /// every tick to call). A status when the seat was lost and could not be taken back.
    /// How long until the seat's next heartbeat is due (never zero, so an idle loop
    /// does not spin).
    pub fn until_heartbeat(&self, now: i64) -> std::time::Duration {
        let due = self.seat.beat + crate::store::HEARTBEAT_SECONDS - now;
        std::time::Duration::from_secs(due.clamp(1, crate::store::HEARTBEAT_SECONDS) as u64)
    }

    pub fn heartbeat(&mut self, services: &mut Services, now: i64) -> Option<Status> {
        if now - self.seat.beat < crate::store::HEARTBEAT_SECONDS {
            return None;
        }
        self.seat.beat = now;
        let seat = &self.seat;
        let kept = services
            .store
            .heartbeat_seat(&seat.session, &seat.name, &seat.holder);
        match kept {
            Ok(true) => None,
            // Quiet for longer than the grace (a suspended laptop): take it back if free.
            Ok(false) => services
                .store
                .claim_seat(&seat.session, &seat.name, &seat.holder)
                .err()
                .map(|e| Status::error(&e)),
            Err(e) => Some(Status::error(&e)),
        }
    }

    pub fn ctx(&self) -> Ctx {
        if self.comment.is_some() {
            Ctx::Comment
        } else {
            Ctx::Participate
        }
    }

    /// The indicator under discussion, as a flat index.
    pub fn indicator(&self) -> Option<usize> {
        self.live
            .indicator
            .as_deref()
            .and_then(|id| self.assessment.rubric.indicator_index(id))
    }

    pub fn refresh(&mut self, services: &mut Services) -> Result<()> {
        let before = self.live.indicator.clone();
        self.live = services.store.live_session(&self.live.id)?;
        self.assessment = services
            .store
            .load_without_sessions(&self.live.assessment_id)?;
        if self.live.prerating {
            return self.refresh_prerating(services);
        }
        let votes = match &self.live.indicator {
            Some(id) => services.store.votes(&self.live.id, id, self.live.round)?,
            None => Vec::new(),
        };
        self.voted = votes.len();
        self.mine = crate::session::ballot::own(&votes, &self.name).cloned();
        // Other people's votes stay out of this screen until the reveal.
        let pre = services.store.prerates_counted(&self.live, &votes)?;
        self.pre = pre.len() as u32;
        self.revealed_votes = if self.live.revealed {
            let rubric = &self.assessment.rubric;
            crate::session::ballot::revealed(rubric, self.live.open_voting, &votes, &pre)
        } else {
            Vec::new()
        };
        self.participants = services.store.participants(&self.live.id)?.len();
        if before != self.live.indicator {
            self.highlight_own_vote();
        }
        Ok(())
    }

    /// While pre-rating is open the screen follows this member, not the room: the
    /// indicator they are on and their own pre-rating of it, nobody else's.
    fn refresh_prerating(&mut self, services: &mut Services) -> Result<()> {
        let rubric = &self.assessment.rubric;
        let count = rubric.indicators().count().max(1);
        self.pre_at %= count;
        let id = rubric
            .indicators()
            .nth(self.pre_at)
            .map(|(_, i)| i.id.clone());
        let own = services.store.own_prerates(&self.live.id, &self.name)?;
        self.pre_done = own.len();
        self.mine = own
            .into_iter()
            .find(|p| Some(&p.indicator) == id.as_ref())
            .map(|p| Vote {
                participant: Some(self.name.clone()),
                level: p.level,
                comment: p.comment,
                replaced: false,
            });
        self.live.indicator = id;
        self.voted = 0;
        self.revealed_votes = Vec::new();
        self.pre = 0;
        self.participants = services.store.participants(&self.live.id)?.len();
        self.highlight_own_vote();
        Ok(())
    }

    /// What changed in the room since `before`, said in the status line so it never
    /// goes on saying what stopped being true (such as "hidden until the reveal").
    /// `None` when nothing the status line speaks of changed.
    pub fn news(&self, before: &LiveSession, keys: &Remap) -> Option<Status> {
        let now = &self.live;
        let text = if before.prerating && !now.prerating {
            crate::t!("session-news-prerating-closed")
        } else if now.prerating {
            return None;
        } else if now.ended && !before.ended {
            crate::t!(
                "session-news-ended",
                key = keys.key_name(Ctx::Participate, Action::Back)
            )
        } else if now.indicator != before.indicator {
            match &now.indicator {
                Some(id) => crate::t!("session-news-indicator", indicator = id),
                None => crate::t!("session-news-nothing"),
            }
        } else if now.round != before.round {
            crate::t!("session-news-round", round = now.round)
        } else if now.revealed && !before.revealed {
            crate::t!("session-news-revealed")
        } else if now.agenda.segment != before.agenda.segment {
            // The segment's title in the participant's language.
            let shown = crate::session::translation::localized(&now.plan);
            let title = shown
                .segments
                .get(now.agenda.segment)
                .map_or("", |s| s.title.as_str());
            crate::t!("session-now", title = title)
        } else if now.agenda.is_paused() != before.agenda.is_paused() {
            if now.agenda.is_paused() {
                crate::t!("session-news-paused")
            } else {
                crate::t!("session-news-resumed")
            }
        } else {
            return None;
        };
        Some(Status::info(text))
    }

    /// Puts the highlight on this participant's vote (or the first level).
    fn highlight_own_vote(&mut self) {
        let mine = self
            .mine
            .as_ref()
            .and_then(|v| self.assessment.rubric.parse_choice(&v.level));
        self.highlight = match mine {
            Some(Choice::Level(l)) => l,
            _ => 0,
        };
    }

    pub fn tally(&self) -> Tally {
        let rubric = &self.assessment.rubric;
        let choices: Vec<Choice> = self
            .revealed_votes
            .iter()
            .filter_map(|v| rubric.parse_choice(&v.level))
            .collect();
        let mut tally = Tally::under(self.live.plan.consensus, rubric.levels.len(), &choices);
        tally.pre = self.pre;
        tally
    }

    /// Text typed or pasted in one piece (see `App::handle_inputs`).
    pub fn insert_text(&mut self, text: &str) {
        if let Some(input) = &mut self.comment {
            input.insert_str(text);
        }
    }

    pub fn type_key(&mut self, key: KeyEvent) {
        if let Some(input) = &mut self.comment {
            input.handle(&key);
        }
    }

    pub fn apply(&mut self, services: &mut Services, action: Action) -> Nav {
        let levels = self.assessment.rubric.levels.len();
        let result = match action {
            Action::Rate(l) if l < levels => self.vote(services, Choice::Level(l)),
            Action::Rate(_) => {
                return Nav::Status(Status::info(crate::t!(
                    "session-rubric-levels",
                    count = levels
                )));
            }
            Action::NotApplicable => self.vote(services, Choice::NotApplicable),
            Action::Select => self.vote(services, Choice::Level(self.highlight)),
            Action::Up => {
                self.highlight = self.highlight.saturating_sub(1);
                return Nav::Stay;
            }
            Action::Down => {
                self.highlight = (self.highlight + 1).min(levels.saturating_sub(1));
                return Nav::Stay;
            }
            Action::EditNote => {
                let current = self
                    .mine
                    .as_ref()
                    .map(|v| v.comment.clone())
                    .unwrap_or_default();
                self.comment = Some(LineInput::new(current));
                return Nav::Stay;
            }
            Action::Cancel => {
                self.comment = None;
                return Nav::Stay;
            }
            Action::Confirm => {
                let Some(input) = self.comment.take() else {
                    return Nav::Stay;
                };
                let Some(mine) = self.mine.clone() else {
                    return Nav::Status(Status::info(crate::t!("session-comment-needs-vote")));
                };
                let comment = match crate::text::checked(
                    input.text(),
                    crate::text::Shape::Text,
                    "The comment",
                ) {
                    Ok(c) => c,
                    Err(why) => return Nav::Status(Status::info(why)),
                };
                let saved = match (&self.live.indicator, self.live.prerating) {
                    (Some(id), true) => {
                        services
                            .store
                            .prerate(&self.live.id, &self.name, id, &mine.level, &comment)
                    }
                    _ => services
                        .store
                        .vote(&self.live, &self.name, &mine.level, &comment),
                };
                saved
                    .and_then(|_| self.refresh(services))
                    .map(|_| crate::t!("session-comment-saved"))
            }
            Action::Back | Action::Quit => return Nav::Quit,
            _ => return Nav::Stay,
        };
        match result {
            Ok(message) => Nav::Status(Status::saved(message)),
            Err(e) => Nav::Status(Status::error(&e)),
        }
    }

    fn vote(&mut self, services: &mut Services, choice: Choice) -> Result<String> {
        if self.live.ended {
            return Ok(crate::t!(
                "session-vote-ended",
                key = services.keys.key_name(Ctx::Participate, Action::Back)
            ));
        }
        if self.live.indicator.is_none() {
            return Ok(crate::t!("session-vote-nothing-yet"));
        }
        let rubric = &self.assessment.rubric;
        let key = rubric.choice_key(choice).to_string();
        let comment = self
            .mine
            .as_ref()
            .map(|v| v.comment.clone())
            .unwrap_or_default();
        if self.live.prerating
            && let Some(id) = self.live.indicator.clone()
        {
            services
                .store
                .prerate(&self.live.id, &self.name, &id, &key, &comment)?;
            self.pre_at += 1;
            self.refresh(services)?;
            let next = self.live.indicator.clone().unwrap_or_default();
            return Ok(crate::t!(
                "session-prerated",
                indicator = &id,
                level = crate::rubric::shown(&self.assessment.rubric).choice_label(Some(choice)),
                next = next
            ));
        }
        services
            .store
            .vote(&self.live, &self.name, &key, &comment)?;
        if let Choice::Level(l) = choice {
            self.highlight = l;
        }
        self.refresh(services)?;
        Ok(crate::t!(
            "session-vote-saved",
            level = crate::rubric::shown(&self.assessment.rubric).choice_label(Some(choice))
        ))
    }
}
