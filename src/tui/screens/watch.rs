//! The viewer's screen: follows a running session read-only and shows its wall
//! screen, so the projector laptop needs no facilitator keys. It reads what everyone
//! may see: the count of votes before the reveal, the votes only after it.

use crate::assessment::Assessment;
use crate::error::Result;
use crate::rubric::Choice;
use crate::session::tally::Tally;
use crate::store::LiveSession;
use crate::tui::action::Action;
use crate::tui::app::{App, Nav, Services};
use ratatui::Frame;
use ratatui::layout::Rect;

pub struct WatchState {
    pub live: LiveSession,
    pub assessment: Assessment,
    /// How many have voted in the current round.
    pub voted: usize,
    pub participants: usize,
    /// The round's votes as levels: filled only once revealed.
    pub revealed: Vec<Choice>,
    /// How many of `revealed` are pre-ratings.
    pub pre: u32,
    /// The indicators this session has decided (the Close segment's next steps).
    pub decided: Vec<String>,
}

impl WatchState {
    pub fn open(services: &mut Services, session_id: &str) -> Result<WatchState> {
        let live = services.store.live_session(session_id)?;
        if live.prerating() {
            return Err(crate::error::Error::input(
                crate::session::prerate::still_open(&live.code),
            ));
        }
        let assessment = services.store.load_without_sessions(&live.assessment_id)?;
        let mut state = WatchState {
            live,
            assessment,
            voted: 0,
            participants: 0,
            revealed: Vec::new(),
            pre: 0,
            decided: Vec::new(),
        };
        state.refresh(services)?;
        Ok(state)
    }

    pub fn refresh(&mut self, services: &mut Services) -> Result<()> {
        self.live = services.store.live_session(&self.live.id)?;
        self.assessment = services
            .store
            .load_without_sessions(&self.live.assessment_id)?;
        let votes = match &self.live.indicator {
            Some(id) => services.store.votes(&self.live.id, id, self.live.round())?,
            None => Vec::new(),
        };
        self.voted = votes.len();
        // Nothing of what people voted reaches this screen before the reveal.
        let rubric = &self.assessment.rubric;
        let pre = services.store.prerates_counted(&self.live, &votes)?;
        self.pre = pre.len() as u32;
        self.revealed = if self.live.revealed() {
            votes
                .iter()
                .chain(&pre)
                .filter_map(|v| rubric.parse_choice(&v.level))
                .collect()
        } else {
            Vec::new()
        };
        self.participants = services.store.participants(&self.live.id)?.len();
        self.decided = services.store.decided_indicators(&self.live.id)?;
        Ok(())
    }

    pub fn apply(&mut self, action: Action) -> Nav {
        match action {
            Action::Back | Action::Quit => Nav::Quit,
            _ => Nav::Stay,
        }
    }
}

pub fn draw(frame: &mut Frame, app: &App, state: &WatchState, area: Rect) {
    let rubric = &state.assessment.rubric;
    let tally = state.live.revealed().then(|| {
        let mut tally = Tally::under(
            state.live.plan.consensus,
            rubric.levels.len(),
            &state.revealed,
        );
        tally.pre = state.pre;
        tally
    });
    let wall = super::wall::Wall {
        live: &state.live,
        assessment: &state.assessment,
        voted: state.voted,
        participants: state.participants,
        tally,
        decided: &state.decided,
    };
    super::wall::draw(frame, app, &wall, area);
}
