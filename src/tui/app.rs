//! App state and `apply(Action)`: what the screens show and how actions change it.
//! No drawing here (ui.rs and screens/ draw from `&App`), no SQL (the store does).

use super::action::Action;
use super::keymap::{self, Ctx};
use super::screens::assess::{AssessState, Mode};
use super::screens::facilitate::FacilitateState;
use super::screens::home::HomeState;
use super::screens::new::NewForm;
use super::screens::participate::ParticipateState;
use super::theme::{Symbols, Theme, ThemeName};
use crate::error::Error;
use crate::rubric::Registry;
use crate::store::{Changes, Seen, Store};
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};
use std::path::PathBuf;

mod apply;
mod confirmed;
mod keys;
mod lang;
mod overlay;
mod refresh;
mod typing;

pub use confirmed::{
    AppConfirmed, AssessConfirmed, ConfirmedAction, FacilitateConfirmed, HomeConfirmed,
};

/// What a terminal delivered: a key press, text pasted at once (bracketed paste), or
/// a mouse click or wheel notch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    Paste(String),
    Mouse(MouseEvent),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Saved,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub kind: StatusKind,
}

impl Status {
    pub fn info(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            kind: StatusKind::Info,
        }
    }

    pub fn saved(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            kind: StatusKind::Saved,
        }
    }

    pub fn error(e: &Error) -> Status {
        Status {
            text: e.to_string().replace('\n', "; "),
            kind: StatusKind::Error,
        }
    }
}

pub enum Screen {
    Home,
    New(Box<NewForm>),
    Assess(Box<AssessState>),
    Facilitate(Box<FacilitateState>),
    Participate(Box<ParticipateState>),
    Network(Box<super::screens::network::NetworkState>),
    /// Following a session read-only: its wall screen.
    Watch(Box<super::screens::watch::WatchState>),
    /// A school's outcome figures, for typing in.
    Outcomes(Box<super::screens::outcomes::OutcomesState>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    Export {
        id: String,
    },
    Import,
    /// Who changes are recorded as, when nothing gave a name (kept in the settings).
    Name,
}

impl App {
    /// Asks once for the name changes are recorded as (nothing gave one: no
    /// `TOUCHSTONE_USER`, settings name or `USER`); the answer is kept in the settings.
    pub fn ask_name(mut self) -> App {
        self.overlay = Some(Overlay::Prompt {
            kind: PromptKind::Name,
            input: crate::tui::input::LineInput::new(""),
        });
        self
    }
}

pub enum Overlay {
    Help {
        ctx: Ctx,
        scroll: u16,
        /// The dialog help was opened over (a question, a prompt, the plan chooser):
        /// closing help goes back to it, unanswered.
        under: Option<Box<Overlay>>,
    },
    ConfirmDelete {
        id: String,
        label: String,
    },
    /// Replace the file an export prompt names? `n` goes back to the prompt.
    ConfirmReplace {
        id: String,
        path: String,
        input: super::input::LineInput,
    },
    /// End the running session for everyone?
    ConfirmEnd,
    /// Close the note editor and lose what was typed in it?
    ConfirmDiscard,
    /// Submit this assessment? Lists the indicators still unrated.
    ConfirmSubmit {
        id: String,
        unrated: Vec<String>,
    },
    /// Move on although the segment has indicators without a consensus?
    ConfirmLeave {
        undecided: usize,
    },
    /// Pick a session plan (id, title, minutes) to start a workshop on an assessment.
    ChoosePlan {
        assessment_id: String,
        plans: Vec<(String, String, u32)>,
        selected: usize,
        /// `/`: only plans whose title or id contains this (any case).
        filter: super::input::LineInput,
        filtering: bool,
        /// Open silent pre-rating with the plan instead of starting the workshop.
        prerate: bool,
    },
    Prompt {
        kind: PromptKind,
        input: super::input::LineInput,
    },
}

/// What the screens share: the store, rubrics, and who is making changes.
pub struct Services {
    pub store: Store,
    pub registry: Registry,
    pub actor: String,
    /// The settings file's defaults for new assessments.
    pub defaults: Defaults,
    /// The folders the plan chooser reads session plans from (besides the bundled ones).
    pub plan_dirs: Vec<PathBuf>,
    /// The settings' key remaps (the same as `App::keys`), so a screen's message can
    /// name a key as remapped: `services.keys.key_name(Ctx::Assess, Action::History)`.
    pub keys: super::remap::Remap,
}

/// Defaults for the new-assessment form, from the settings file.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    pub rubric: Option<crate::settings::Placed>,
    pub facilitator: Option<String>,
}

pub struct App {
    pub services: Services,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub home: HomeState,
    pub theme: Theme,
    pub symbols: Symbols,
    pub status: Option<Status>,
    pub quit: bool,
    /// What to say once the screens have closed (printed on stderr locally, sent
    /// after the screens over SSH): where typed text the database would not take was
    /// kept.
    pub parting: Vec<String>,
    /// The time screens count down against (seconds since the epoch), set on every tick.
    pub now: i64,
    /// Key remaps from the settings file.
    pub keys: super::remap::Remap,
    /// Where `T` saves the theme and `L` the language; `None`: nowhere (over SSH, and
    /// in tests that say so). The language itself is the thread's (`i18n::current`):
    /// each SSH connection's app runs on its own thread, so each person has their own.
    pub settings_file: Option<std::path::PathBuf>,
    /// What the last frame drew where, for mouse clicks (filled while drawing, which
    /// only sees `&App`).
    pub hits: std::cell::RefCell<super::hits::HitMap>,
    /// The size of the window drawn into (the event loop keeps it current); keys act
    /// only when it is large enough to show what they do.
    pub window: ratatui::layout::Size,
    /// The last change in the database this app has taken in (see `store::changes`).
    seen: Seen,
    /// The network screen a school was opened from: leaving that school returns to it,
    /// sort and selection kept.
    pub came_from_network: Option<Box<super::screens::network::NetworkState>>,
    /// Read only (a viewer): actions that would change anything are refused here,
    /// whatever door the keys came through.
    pub read_only: bool,
    /// A viewer's room: the wall opens by itself when a session for it is running,
    /// from any screen, and goes back to the list when it ends (see `refresh`).
    pub follow: Option<Follow>,
    /// Served over `touchstone serve`: the address this connection came in on, so
    /// the wall's join hint is the SSH command the room can type (`None`: a local
    /// terminal, and the hint is `touchstone session join CODE`).
    pub served_at: Option<std::net::SocketAddr>,
    /// The language this App shows (`lang.rs`): its own, not the thread's.
    lang: crate::i18n::Lang,
}

/// Which sessions a viewer's wall follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Follow {
    /// Any session that is running (`ssh viewer@`, `session watch` with no code).
    Any,
    /// The sessions of this assessment (`session watch ASSESSMENT`).
    Assessment(String),
    /// This one session (`session watch CODE`), once its room meets.
    Session(String),
}

/// How the app starts.
pub struct Options {
    pub theme: Option<ThemeName>,
    pub ascii: bool,
    /// Open this assessment (a full id) instead of the home screen.
    pub open: Option<String>,
    /// Open a coaching session instead.
    pub session: Option<SessionRole>,
    /// The folders of the user's session plans (the CLI and `serve` pass
    /// `paths::user_sessions_dir()`; tests an empty list), passed in rather than read
    /// from the environment so the screens depend only on what they are given.
    pub plan_dirs: Vec<PathBuf>,
}

/// How to open a coaching session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionRole {
    Facilitate {
        session_id: String,
    },
    Participate {
        session_id: String,
        name: String,
    },
    /// Follow the session read-only on its wall screen (a viewer, the projector).
    Watch {
        session_id: String,
    },
}

impl App {
    /// An App in the language of the thread that makes it (change it with
    /// [`App::in_language`]); making it sets nothing on the thread or the process.
    pub fn new(store: Store, registry: Registry, actor: String, options: Options) -> App {
        let lang = crate::i18n::current();
        crate::i18n::scoped(lang, || App::made(store, registry, actor, options, lang))
    }

    fn made(
        store: Store,
        registry: Registry,
        actor: String,
        options: Options,
        lang: crate::i18n::Lang,
    ) -> App {
        let mut services = Services {
            store,
            registry,
            actor,
            defaults: Defaults::default(),
            plan_dirs: options.plan_dirs.clone(),
            keys: Default::default(),
        };
        let mut status = None;
        // Before anything is read: a change made while the screens load is then seen
        // again rather than missed.
        let seen = Seen::now(&services.store).unwrap_or_else(|e| {
            status = Some(Status::error(&e));
            Seen::default()
        });
        let home = HomeState::load(&services).unwrap_or_else(|e| {
            status = Some(Status::error(&e));
            HomeState::default()
        });
        let opened = match (&options.session, options.open.as_deref()) {
            (Some(SessionRole::Facilitate { session_id }), _) => Some(
                FacilitateState::open(&mut services, session_id)
                    .map(|s| Screen::Facilitate(Box::new(s))),
            ),
            (Some(SessionRole::Participate { session_id, name }), _) => Some(
                ParticipateState::open(&mut services, session_id, name)
                    .map(|s| Screen::Participate(Box::new(s))),
            ),
            (Some(SessionRole::Watch { session_id }), _) => Some(
                super::screens::watch::WatchState::open(&mut services, session_id)
                    .map(|s| Screen::Watch(Box::new(s))),
            ),
            (None, Some(id)) => Some(
                AssessState::open(&mut services, id, Mode::Indicator)
                    .map(|s| Screen::Assess(Box::new(s))),
            ),
            (None, None) => None,
        };
        let screen = match opened {
            Some(Ok(screen)) => screen,
            Some(Err(e)) => {
                status = Some(Status::error(&e));
                Screen::Home
            }
            None => Screen::Home,
        };
        App {
            services,
            screen,
            overlay: None,
            home,
            theme: Theme::new(Theme::initial(options.theme)),
            symbols: Symbols::new(options.ascii),
            status,
            quit: false,
            parting: Vec::new(),
            now: jiff::Timestamp::now().as_second(),
            keys: Default::default(),
            settings_file: None,
            hits: Default::default(),
            window: ratatui::layout::Size::new(super::ui::MIN_WIDTH, super::ui::MIN_HEIGHT),
            seen,
            came_from_network: None,
            read_only: false,
            follow: None,
            served_at: None,
            lang,
        }
    }

    /// Takes the settings file's key remaps and defaults; `T` and `L` will save the
    /// theme and the language to `file`. (The theme to start with is `Options::theme`;
    /// the language, the thread's, which the CLI sets from `--lang` and the settings.)
    pub fn with_settings(
        mut self,
        settings: &crate::settings::Settings,
        file: Option<std::path::PathBuf>,
    ) -> App {
        self.keys = settings.keys.clone();
        self.services.keys = settings.keys.clone();
        self.settings_file = file;
        self.services.defaults = Defaults {
            rubric: settings.rubric.clone(),
            facilitator: settings.facilitator.clone(),
        };
        self
    }

    /// This app only looks: see `capability::viewer_may`.
    pub fn read_only(mut self) -> App {
        self.read_only = true;
        self
    }

    /// A viewer that follows `room`: its wall opens when a session there is running
    /// (now, or whenever one starts) and closes when it ends.
    pub fn following(mut self, room: Follow) -> App {
        self.follow = Some(room);
        self.follow_room();
        self
    }

    /// Where keys are being read right now.
    pub fn ctx(&self) -> Ctx {
        match &self.overlay {
            Some(Overlay::Help { .. }) => return Ctx::Help,
            Some(
                Overlay::ConfirmDelete { .. }
                | Overlay::ConfirmReplace { .. }
                | Overlay::ConfirmEnd
                | Overlay::ConfirmDiscard
                | Overlay::ConfirmLeave { .. }
                | Overlay::ConfirmSubmit { .. },
            ) => return Ctx::Confirm,
            Some(Overlay::Prompt { .. }) => return Ctx::Prompt,
            Some(Overlay::ChoosePlan {
                filtering: true, ..
            }) => return Ctx::Filter,
            Some(Overlay::ChoosePlan { .. }) => return Ctx::Choose,
            None => {}
        }
        match &self.screen {
            Screen::Home if self.home.filtering => Ctx::Filter,
            Screen::Home => Ctx::Home,
            Screen::New(_) => Ctx::NewForm,
            Screen::Assess(state) => state.ctx(),
            Screen::Facilitate(state) => state.ctx(),
            Screen::Participate(state) => state.ctx(),
            Screen::Network(state) if state.filtering => Ctx::Filter,
            Screen::Network(_) => Ctx::Network,
            Screen::Watch(_) => Ctx::Watch,
            Screen::Outcomes(state) => state.ctx(),
        }
    }

    /// Closes help, back to the dialog it was opened over, if any.
    pub fn close_help(&mut self) {
        if let Some(Overlay::Help { under, .. }) = self.overlay.take() {
            self.overlay = under.map(|o| *o);
        }
    }

    /// Whether the window is too small for the screens (`ui` then shows only a note).
    pub fn too_small(&self) -> bool {
        self.window.width < super::ui::MIN_WIDTH || self.window.height < super::ui::MIN_HEIGHT
    }
}

/// Where a screen wants to go after an action.
pub enum Nav {
    Stay,
    Status(Status),
    Home(Option<Status>),
    NewForm,
    Open {
        id: String,
        mode: Mode,
        status: Option<Status>,
    },
    Overlay(Overlay),
    Quit,
    Network,
    /// The outcomes of the school assessed in this assessment.
    Outcomes {
        assessment_id: String,
        back: super::screens::outcomes::Back,
    },
    /// The coach's screen of a session just started, with what to say.
    Facilitate(Box<FacilitateState>, Status),
}
