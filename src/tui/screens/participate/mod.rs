//! A participant's screen: follows the facilitator's indicator, casts a private vote
//! with an optional comment, and sees the tally only once it is revealed.

use crate::assessment::Assessment;
use crate::error::Result;
use crate::ops::session::{self as ops, Seat};
use crate::rubric::Choice;
use crate::session::tally::Tally;
use crate::session::view::RoundView;
use crate::session::{LiveSession, Role, Vote};
use crate::tui::action::Action;
use crate::tui::app::{Nav, Services, Status};
use crate::tui::input::LineInput;
use crate::tui::keymap::Ctx;
use crate::tui::remap::Remap;
use ratatui::crossterm::event::KeyEvent;

mod view;
pub use view::draw;

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
    /// While the session is open for pre-rating: the indicators it asks (the plan's,
    /// in agenda order: `session::prerate::planned`), the one this member is on (an
    /// index into them; a vote moves on, the arrows skip), and how many are done.
    pub order: Vec<String>,
    pub pre_at: usize,
    pub pre_done: usize,
    /// In the room: this member's own pre-rating of the indicator under discussion,
    /// the starting choice of their vote (their own only: `session::ballot`).
    pub prerated: Option<String>,
    /// Comments written before the vote, by indicator id: kept until the vote takes
    /// them (or the comment is cleared), whatever the member moves to meanwhile.
    pub drafts: std::collections::HashMap<String, String>,
    pub highlight: usize,
    /// The comment being written, when the comment field is open.
    pub comment: Option<LineInput>,
    /// This connection's hold on the name: one live connection per name.
    seat: Seat,
}

impl ParticipateState {
    pub fn open(services: &mut Services, session_id: &str, name: &str) -> Result<ParticipateState> {
        // Under the name of a participant whose name reads the same, if there is one.
        let seat = Seat::join(&mut services.store, session_id, name)?;
        let name = &seat.name().to_string();
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
            order: Vec::new(),
            pre_at: 0,
            pre_done: 0,
            prerated: None,
            drafts: std::collections::HashMap::new(),
            highlight: 0,
            comment: None,
            seat,
        };
        if state.live.prerating() {
            // Back where this member left off: the first indicator they have not pre-rated.
            state.order = state.planned();
            let own = services.store.own_prerates(session_id, name)?;
            state.pre_at = state
                .order
                .iter()
                .position(|id| !own.iter().any(|p| &p.indicator == id))
                .unwrap_or(0);
        }
        state.refresh(services)?;
        state.load_prerated(services)?;
        state.highlight_own_vote();
        Ok(state)
    }

    /// Keeps the seat: one small write every `HEARTBEAT_SECONDS` (cheap enough for
    /// every tick to call). A status when the seat was lost and could not be taken back.
    /// How long until the seat's next heartbeat is due (never zero, so an idle loop
    /// does not spin).
    pub fn until_heartbeat(&self, now: i64) -> std::time::Duration {
        self.seat.until_heartbeat(now)
    }

    pub fn heartbeat(&mut self, services: &mut Services, now: i64) -> Option<Status> {
        self.seat
            .keep(&mut services.store, now)
            .map(|e| Status::error(&e))
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
        if self.live.prerating() {
            return self.refresh_prerating(services);
        }
        // What a participant may see of the round: their own vote, the count, and
        // everyone's only once revealed (`session::view`).
        let (votes, pre) = ops::round_votes(&services.store, &self.live)?;
        let role = Role::Participant(self.name.clone());
        let view = RoundView::of(&self.live, &role, &self.assessment.rubric, &votes, &pre);
        self.voted = view.voted;
        self.mine = view.mine;
        self.pre = view.pre;
        self.revealed_votes = view.shown;
        self.participants = services.store.participants(&self.live.id)?.len();
        if before != self.live.indicator {
            self.load_prerated(services)?;
            self.highlight_own_vote();
        }
        Ok(())
    }

    /// In the room: this member's own pre-rating of the indicator under discussion.
    fn load_prerated(&mut self, services: &mut Services) -> Result<()> {
        self.prerated = match (&self.live.indicator, self.live.prerating()) {
            (Some(id), false) => services
                .store
                .own_prerates(&self.live.id, &self.name)?
                .into_iter()
                .find(|p| &p.indicator == id)
                .map(|p| p.level),
            _ => None,
        };
        Ok(())
    }

    /// The indicators this session pre-rates, in agenda order (one rule for every
    /// front end: `session::prerate::planned`).
    fn planned(&self) -> Vec<String> {
        crate::session::prerate::planned(
            &self.live.plan,
            &self.assessment.rubric,
            &self.live.weakest,
        )
    }

    /// While pre-rating is open the screen follows this member, not the room: the
    /// indicator they are on and their own pre-rating of it, nobody else's.
    fn refresh_prerating(&mut self, services: &mut Services) -> Result<()> {
        self.order = self.planned();
        self.pre_at = self.pre_at.min(self.order.len().saturating_sub(1));
        let id = self.order.get(self.pre_at).cloned();
        let own = services.store.own_prerates(&self.live.id, &self.name)?;
        self.pre_done = own
            .iter()
            .filter(|p| self.order.contains(&p.indicator))
            .count();
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
        let text = if before.prerating() && !now.prerating() {
            crate::t!("session-news-prerating-closed")
        } else if now.prerating() {
            return None;
        } else if now.ended() && !before.ended() {
            crate::t!(
                "session-news-ended",
                key = keys.key_name(Ctx::Participate, Action::Back)
            )
        } else if now.indicator != before.indicator {
            match &now.indicator {
                Some(id) => crate::t!("session-news-indicator", indicator = id),
                None => crate::t!("session-news-nothing"),
            }
        } else if now.round() != before.round() {
            crate::t!("session-news-round", round = now.round())
        } else if now.revealed() && !before.revealed() {
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

    /// Puts the highlight on this participant's vote, else (in the room) on their own
    /// pre-rating of the indicator, else on the first level.
    fn highlight_own_vote(&mut self) {
        let prerated = (!self.live.prerating())
            .then_some(self.prerated.as_deref())
            .flatten();
        let mine = self
            .mine
            .as_ref()
            .map(|v| v.level.as_str())
            .or(prerated)
            .and_then(|level| self.assessment.rubric.parse_choice(level));
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
                let draft = self
                    .live
                    .indicator
                    .as_ref()
                    .and_then(|i| self.drafts.get(i));
                let current = draft
                    .or(self.mine.as_ref().map(|v| &v.comment))
                    .cloned()
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
                let comment = match crate::text::checked(
                    input.text(),
                    crate::text::Shape::Text,
                    "The comment",
                ) {
                    Ok(c) => c,
                    Err(why) => {
                        // Nothing typed is lost: the field stays open with the text.
                        self.comment = Some(input);
                        return Nav::Status(Status::info(why));
                    }
                };
                let Some(mine) = self.mine.clone() else {
                    // Written before the vote: kept, and saved with the vote.
                    let Some(id) = self.live.indicator.clone() else {
                        return Nav::Status(Status::info(crate::t!("session-vote-nothing-yet")));
                    };
                    if comment.is_empty() {
                        self.drafts.remove(&id);
                    } else {
                        self.drafts.insert(id.clone(), comment);
                    }
                    return Nav::Status(Status::info(crate::t!(
                        "session-comment-kept",
                        indicator = id
                    )));
                };
                let saved = match (&self.live.indicator, self.live.prerating()) {
                    (Some(id), true) => ops::prerate(
                        &mut services.store,
                        &self.live.id,
                        &self.name,
                        &[(id, &mine.level)],
                        &comment,
                    ),
                    _ => ops::vote(
                        &mut services.store,
                        &self.live,
                        &self.name,
                        &mine.level,
                        &comment,
                    ),
                };
                saved
                    .map_err(crate::error::Error::from)
                    .and_then(|_| self.refresh(services))
                    .map(|_| crate::t!("session-comment-saved"))
            }
            Action::NextIndicator
            | Action::PrevIndicator
            | Action::NextStandard
            | Action::PrevStandard
            | Action::NextUnrated => return self.step(services, action),
            Action::Back | Action::Quit => return Nav::Quit,
            _ => return Nav::Stay,
        };
        match result {
            Ok(message) => Nav::Status(Status::saved(message)),
            Err(e) => Nav::Status(Status::error(&e)),
        }
    }

    fn vote(&mut self, services: &mut Services, choice: Choice) -> Result<String> {
        if self.live.ended() {
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
        let id = self.live.indicator.clone().unwrap_or_default();
        // A comment written before the vote goes with it; else the vote keeps its own.
        let comment = match self.drafts.get(&id) {
            Some(draft) => draft.clone(),
            None => self
                .mine
                .as_ref()
                .map(|v| v.comment.clone())
                .unwrap_or_default(),
        };
        if self.live.prerating() {
            ops::prerate(
                &mut services.store,
                &self.live.id,
                &self.name,
                &[(&id, &key)],
                &comment,
            )?;
            self.drafts.remove(&id);
            // On to the next indicator this member has not pre-rated (going round).
            let own = services.store.own_prerates(&self.live.id, &self.name)?;
            let n = self.order.len();
            if let Some(next) = (1..=n)
                .map(|k| (self.pre_at + k) % n)
                .find(|&p| !own.iter().any(|o| o.indicator == self.order[p]))
            {
                self.pre_at = next;
            }
            self.refresh(services)?;
            let next = self.live.indicator.clone().unwrap_or_default();
            return Ok(crate::t!(
                "session-prerated",
                indicator = &id,
                level = crate::rubric::shown(&self.assessment.rubric).choice_label(Some(choice)),
                next = next
            ));
        }
        ops::vote(&mut services.store, &self.live, &self.name, &key, &comment)?;
        self.drafts.remove(&id);
        if let Choice::Level(l) = choice {
            self.highlight = l;
        }
        self.refresh(services)?;
        Ok(crate::t!(
            "session-vote-saved",
            level = crate::rubric::shown(&self.assessment.rubric).choice_label(Some(choice))
        ))
    }

    /// Moves between the indicators pre-rating asks, without voting (a skipped one
    /// stays unrated); in the room the facilitator chooses the indicator.
    fn step(&mut self, services: &mut Services, action: Action) -> Nav {
        if !self.live.prerating() || self.live.ended() {
            return Nav::Status(Status::info(crate::t!("session-follows-facilitator")));
        }
        let n = self.order.len();
        if n == 0 {
            return Nav::Stay;
        }
        let rubric = &self.assessment.rubric;
        let standard_of = |id: &str| {
            rubric
                .indicators()
                .find(|(_, ind)| ind.id == id)
                .map(|(s, _)| s.id.clone())
        };
        let here = standard_of(&self.order[self.pre_at]);
        let next = match action {
            Action::NextIndicator => (self.pre_at + 1 < n).then_some(self.pre_at + 1),
            Action::PrevIndicator => self.pre_at.checked_sub(1),
            Action::NextStandard => {
                (self.pre_at + 1..n).find(|&p| standard_of(&self.order[p]) != here)
            }
            Action::PrevStandard => (0..self.pre_at)
                .rev()
                .find(|&p| standard_of(&self.order[p]) != here),
            _ => {
                let own = match services.store.own_prerates(&self.live.id, &self.name) {
                    Ok(own) => own,
                    Err(e) => return Nav::Status(Status::error(&e)),
                };
                (1..n)
                    .map(|k| (self.pre_at + k) % n)
                    .find(|&p| !own.iter().any(|o| o.indicator == self.order[p]))
            }
        };
        let Some(next) = next else {
            let edge = if matches!(action, Action::NextUnrated) {
                crate::t!("session-prerating-none-left")
            } else {
                crate::t!("session-prerating-edge", at = self.pre_at + 1, total = n)
            };
            return Nav::Status(Status::info(edge));
        };
        self.pre_at = next;
        match self.refresh(services) {
            Ok(()) => Nav::Stay,
            Err(e) => Nav::Status(Status::error(&e)),
        }
    }
}
