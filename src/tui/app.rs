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

mod overlay;

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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    Export { id: String },
    Import,
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
    pub fn new(store: Store, registry: Registry, actor: String, options: Options) -> App {
        crate::session::translation::use_dirs(&options.plan_dirs);
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
            now: jiff::Timestamp::now().as_second(),
            keys: Default::default(),
            settings_file: None,
            hits: Default::default(),
            window: ratatui::layout::Size::new(super::ui::MIN_WIDTH, super::ui::MIN_HEIGHT),
            seen,
            came_from_network: None,
            read_only: false,
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
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        let ctx = self.ctx();
        match self.keys.resolve(ctx, &key) {
            Some(action) => self.apply(action),
            None if ctx.is_text() => self.type_key(key),
            // Any other key closes help.
            None if ctx == Ctx::Help => self.close_help(),
            None if self.read_only => {
                self.status = Some(Status::info(super::capability::read_only_hint(&self.keys)))
            }
            None => self.status = Some(Status::info(self.unbound_hint(&key))),
        }
    }

    /// The quiet line an unbound key gets: "x does nothing here — ? for keys", with
    /// the help key as remapped.
    pub fn unbound_hint(&self, key: &KeyEvent) -> String {
        let pressed = super::remap::key_label(&keymap::Key {
            code: key.code,
            mods: key.modifiers & KeyModifiers::CONTROL,
        });
        crate::t!(
            "common-unbound-key",
            key = pressed,
            help = self.key_name(Ctx::Global, Action::Help)
        )
    }

    /// How a message names the key for `action` in `ctx` (or everywhere), as the
    /// settings' `[keys]` table remaps it: "press u to bring it back".
    pub fn key_name(&self, ctx: Ctx, action: Action) -> String {
        self.keys.key_name(ctx, action)
    }

    /// Handles everything that arrived since the last frame, in order. Characters typed
    /// in a row into a text field are inserted at once, so a paste that arrives as
    /// thousands of key presses costs one insert rather than one per character (each
    /// insert costs as much as the text is long). `gate` sees every key first and may
    /// refuse it (over SSH: what a remote or read-only user may not do).
    ///
    /// Returns whether any of it may have changed what is shown (a key press, a paste,
    /// a click or the wheel; not a mouse move or a key release).
    pub fn handle_inputs(
        &mut self,
        inputs: impl IntoIterator<Item = Input>,
        gate: &mut dyn FnMut(&mut App, &KeyEvent) -> bool,
    ) -> bool {
        // What keys do with time (pausing a session's clock) counts from now, however
        // long the app was idle.
        self.now = jiff::Timestamp::now().as_second();
        let mut run = String::new();
        let mut acted = false;
        for input in inputs {
            acted |= match &input {
                Input::Key(key) => key.kind == KeyEventKind::Press,
                Input::Paste(_) => true,
                Input::Mouse(mouse) => !matches!(
                    mouse.kind,
                    MouseEventKind::Moved | MouseEventKind::Drag(_) | MouseEventKind::Up(_)
                ),
            };
            if self.too_small() {
                // Nothing else shows: only what still makes sense without seeing the
                // screens acts (quit, help); the rest would act unseen.
                self.insert_run(&mut run);
                if let Input::Key(key) = input
                    && key.kind == KeyEventKind::Press
                    && self.acts_unseen(&key)
                    && gate(self, &key)
                {
                    self.handle_key(key);
                }
                continue;
            }
            match input {
                Input::Key(key) if key.kind != KeyEventKind::Press => {}
                Input::Mouse(mouse) => {
                    self.insert_run(&mut run);
                    if !self.mouse(mouse, gate) {
                        // The screen may have changed: the map no longer says what
                        // is where until the next frame.
                        self.hits.get_mut().clear();
                    }
                }
                Input::Key(key) => {
                    // Keys may move what the last frame drew; clicks wait for the next.
                    self.hits.get_mut().clear();
                    // Typing does not change where keys go, so the run stays valid.
                    if let Some(c) = typed_char(self.ctx(), &key) {
                        if gate(self, &key) {
                            run.push(c);
                        }
                        continue;
                    }
                    self.insert_run(&mut run);
                    if gate(self, &key) {
                        self.handle_key(key);
                    }
                }
                Input::Paste(text) => {
                    self.hits.get_mut().clear();
                    self.insert_run(&mut run);
                    self.paste(&text);
                }
            }
        }
        self.insert_run(&mut run);
        acted
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

    /// Keys that act while the window is too small: quit, and opening or closing help.
    fn acts_unseen(&self, key: &KeyEvent) -> bool {
        let ctx = self.ctx();
        match self.keys.resolve(ctx, key) {
            Some(Action::Quit | Action::Help) => true,
            Some(Action::Back) => ctx == Ctx::Help,
            _ => false,
        }
    }

    fn insert_run(&mut self, run: &mut String) {
        if !run.is_empty() {
            let text = std::mem::take(run);
            self.insert_text(&text);
        }
    }

    /// Pasted text goes to the text field in focus, line breaks as the terminal sent
    /// them (`\r` or `\r\n`) made `\n`; anywhere else it is ignored, so a paste can
    /// never act as a string of commands.
    pub fn paste(&mut self, text: &str) {
        if !self.ctx().is_text() {
            return;
        }
        // Line breaks are made `\n` here and the rest of the text policy is applied
        // by each field (`text::pasted`).
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        self.insert_text(&text);
    }

    /// Inserts text into the field in focus in one step.
    fn insert_text(&mut self, text: &str) {
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
                *selected = super::screens::sessions::first_shown(plans, filter.text(), *selected);
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
        };
        if status.is_some() {
            self.status = status;
        }
    }

    /// Sends a key that is not a command to the text field in focus.
    fn type_key(&mut self, key: KeyEvent) {
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
                *selected = super::screens::sessions::first_shown(plans, filter.text(), *selected);
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
        }
    }

    pub fn apply(&mut self, action: Action) {
        if self.read_only && !super::capability::viewer_may(self.ctx(), Some(action)) {
            self.status = Some(Status::info(super::capability::read_only_hint(&self.keys)));
            return;
        }
        match action {
            Action::Quit => {
                // Nothing typed is lost: an open editor is saved first, and an open
                // conflict keeps both texts.
                let open_editor = match &mut self.screen {
                    Screen::Assess(state) => Some(state.as_mut()),
                    Screen::Facilitate(state) => Some(&mut state.assess),
                    _ => None,
                };
                if let Some(status) =
                    open_editor.and_then(|s| s.keep_typed_text(&mut self.services))
                {
                    self.status = Some(status);
                }
                self.quit = true;
                return;
            }
            // Help opens over a dialog too (`?` there is not an answer), and closing it
            // goes back to the dialog.
            Action::Help if !matches!(self.overlay, Some(Overlay::Help { .. })) => {
                let ctx = self.ctx();
                let under = self.overlay.take().map(Box::new);
                self.overlay = Some(Overlay::Help {
                    ctx,
                    scroll: 0,
                    under,
                });
                return;
            }
            Action::CycleTheme => {
                let next = self.theme.name.next();
                self.theme = Theme::new(next);
                let theme = next.label();
                self.status = Some(match &self.settings_file {
                    None => Status::info(crate::t!("common-theme-switched", theme = &theme)),
                    Some(file) => match crate::settings::save_theme(file, next) {
                        Ok(()) => Status::saved(crate::t!("common-theme-saved", theme = &theme)),
                        Err(e) => Status {
                            text: crate::t!(
                                "common-theme-not-saved",
                                theme = &theme,
                                error = e.to_string().replace('\n', "; ")
                            ),
                            kind: StatusKind::Error,
                        },
                    },
                });
                return;
            }
            // This person's language: the thread's (each SSH connection has its own),
            // saved in the settings file only where `T` saves the theme (locally).
            Action::SwitchLanguage => {
                let next = crate::i18n::current().next();
                crate::i18n::set(next);
                self.status = Some(match &self.settings_file {
                    None => Status::info(crate::t!("common-language-switched")),
                    Some(file) => match crate::settings::save_language(file, next) {
                        Ok(()) => Status::saved(crate::t!("common-language-saved")),
                        Err(e) => Status {
                            text: crate::t!(
                                "common-language-not-saved",
                                error = e.to_string().replace('\n', "; ")
                            ),
                            kind: StatusKind::Error,
                        },
                    },
                });
                return;
            }
            _ => {}
        }
        if self.overlay.is_some() {
            self.apply_overlay(action);
            return;
        }
        let nav = match &mut self.screen {
            Screen::Home => super::screens::home::apply(self, action),
            Screen::New(form) => form.apply(&mut self.services, action),
            Screen::Assess(state) => state.apply(&mut self.services, action),
            Screen::Facilitate(state) => state.apply(&mut self.services, action, self.now),
            Screen::Participate(state) => state.apply(&mut self.services, action),
            Screen::Network(state) => state.apply(&mut self.services, action),
            Screen::Watch(state) => state.apply(action),
        };
        self.follow(nav);
    }

    /// Moves between screens as a screen asked.
    fn follow(&mut self, nav: Nav) {
        match nav {
            Nav::Stay => {}
            Nav::Status(status) => self.status = Some(status),
            Nav::Home(status)
                if matches!(self.screen, Screen::Assess(_)) && self.came_from_network.is_some() =>
            {
                if let Some(mut network) = self.came_from_network.take() {
                    if let Err(e) = network.reload(&self.services) {
                        self.status = Some(Status::error(&e));
                    }
                    self.screen = Screen::Network(network);
                }
                if status.is_some() {
                    self.status = status;
                }
            }
            Nav::Home(status) => {
                self.came_from_network = None;
                self.screen = Screen::Home;
                self.reload_home();
                if status.is_some() {
                    self.status = status;
                }
            }
            Nav::NewForm => match NewForm::new(&self.services) {
                Ok(form) => self.screen = Screen::New(Box::new(form)),
                Err(e) => self.status = Some(Status::error(&e)),
            },
            Nav::Open { id, mode, status } => {
                match AssessState::open(&mut self.services, &id, mode) {
                    Ok(state) => {
                        let before =
                            std::mem::replace(&mut self.screen, Screen::Assess(Box::new(state)));
                        self.came_from_network = match before {
                            Screen::Network(network) => Some(network),
                            _ => None,
                        };
                        self.status = status;
                    }
                    Err(e) => self.status = Some(Status::error(&e)),
                }
            }
            Nav::Overlay(overlay) => self.overlay = Some(overlay),
            Nav::Quit => self.quit = true,
            Nav::Network => match super::screens::network::NetworkState::open(&self.services) {
                Ok(state) => self.screen = Screen::Network(Box::new(state)),
                Err(e) => self.status = Some(Status::error(&e)),
            },
        }
    }

    pub fn reload_home(&mut self) {
        if let Err(e) = self.home.refresh(&self.services.store) {
            self.status = Some(Status::error(&e));
        }
    }

    /// Looks for other connections' commits (other SSH users, the CLI) and shows
    /// those that touch what is on screen, without a key press; moves the clock on.
    /// Returns whether the screen needs drawing again.
    pub fn tick(&mut self) -> bool {
        let clock = self.tick_clock();
        self.refresh() || clock
    }

    /// Moves `now` on; whether a clock on screen changed with it. A participant's
    /// seat is kept on the same beat (see [`App::clock_wait`]).
    pub fn tick_clock(&mut self) -> bool {
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
        !live.ended && !live.agenda.is_paused() && !self.too_small()
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
    pub fn notice(&mut self, changes: &Changes) -> bool {
        if self.cares(changes) {
            return self.refresh();
        }
        self.seen.skip(changes);
        false
    }

    /// Whether these changes touch the screen in front.
    fn cares(&self, changes: &Changes) -> bool {
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
            Screen::New(_) | Screen::Network(_) => false,
        }
    }

    /// Reads what other connections changed since the last look (nothing is read
    /// unless one has committed) and refreshes the screen in front if it is touched.
    /// Screens not in front are read again when they are next opened. Whether the
    /// screen needs drawing again.
    pub fn refresh(&mut self) -> bool {
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
                    .map(|_| state.news(&before))
            }
            Screen::New(_) | Screen::Network(_) => Ok(None),
        };
        match result {
            Ok(Some(status)) => self.status = Some(status),
            Ok(None) => {}
            Err(e) => self.status = Some(Status::error(&e)),
        }
        true
    }
}

/// The character a key types into the text field of `ctx`, if it only types one:
/// a plain (or shifted) character that is not a command there, or Enter in the note
/// editor.
fn typed_char(ctx: Ctx, key: &KeyEvent) -> Option<char> {
    if !ctx.is_text() || keymap::resolve(ctx, key).is_some() {
        return None;
    }
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    match key.code {
        KeyCode::Char(c) if !c.is_control() => Some(c),
        KeyCode::Enter if ctx == Ctx::Editor => Some('\n'),
        _ => None,
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
}
