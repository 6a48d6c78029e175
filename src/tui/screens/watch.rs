//! The viewer's screen: follows a running session read-only and shows its wall
//! screen, so the projector laptop needs no facilitator keys. It reads what everyone
//! may see: the count of votes before the reveal, the votes only after it.

use crate::assessment::Assessment;
use crate::error::Result;
use crate::session::view::RoundView;
use crate::session::{LiveSession, Role};
use crate::tui::action::Action;
use crate::tui::app::{App, Nav, Services};
use ratatui::Frame;
use ratatui::layout::Rect;

pub struct WatchState {
    pub live: LiveSession,
    pub assessment: Assessment,
    /// The current round as a viewer may see it (`session::view`): the count of
    /// votes, and the votes only once revealed.
    pub round: RoundView,
    pub participants: usize,
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
            round: RoundView::default(),
            participants: 0,
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
        // Nothing of what people voted reaches this screen before the reveal.
        let (votes, pre) = crate::ops::session::round_votes(&services.store, &self.live)?;
        let rubric = &self.assessment.rubric;
        self.round = RoundView::of(&self.live, &Role::Viewer, rubric, &votes, &pre);
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
    let tally = state
        .live
        .revealed()
        .then(|| state.round.tally(rubric, state.live.plan.consensus));
    let wall = super::wall::Wall {
        live: &state.live,
        assessment: &state.assessment,
        voted: state.round.voted,
        participants: state.participants,
        tally,
        decided: &state.decided,
    };
    super::wall::draw(frame, app, &wall, area);
}
