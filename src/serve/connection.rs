//! One connection's app: its own thread with its own `Store` (SQLite is blocking and a
//! connection is not shareable), fed by the SSH handler through a channel, drawing
//! through [`SshBackend`] into the SSH channel.
//!
//! The thread ends when the user quits, the client goes away (the handler, and with it
//! the sender, is dropped), the connection is idle too long, or the server shuts down.
//! A panic ends only this thread: it is caught, and the user is told.

use super::backend::{ClientSize, Out, SshBackend};
use super::hub::Hub;
pub use super::hub::ToApp;
use super::input::KeyParser;
use crate::rubric::Registry;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::app::{App, Options, SessionRole, Status};
use crate::tui::terminal::{Event, Events, run_loop};
use crate::tui::theme::ThemeName;
use ratatui::Terminal;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Size;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Alternate screen, cursor home, clear, cursor hidden, bracketed paste on (a paste
/// then arrives as one piece instead of a key press per character), mouse clicks and
/// wheel reported in SGR form (1000: buttons, 1006: SGR coordinates).
const ENTER: &[u8] = b"\x1b[?1049h\x1b[H\x1b[2J\x1b[?25l\x1b[?2004h\x1b[?1000h\x1b[?1006h";
/// Mouse and bracketed paste off, attributes reset, cursor shown, main screen back.
const LEAVE: &[u8] = b"\x1b[?1006l\x1b[?1000l\x1b[?2004l\x1b[0m\x1b[?25h\x1b[?1049l";

/// The largest terminal drawn; bigger requests are clamped (a screen buffer is
/// allocated per cell).
pub const MAX_COLS: u32 = 1000;
pub const MAX_ROWS: u32 = 500;

/// A terminal size from the client, clamped to what is drawn.
pub fn clamp_size(cols: u32, rows: u32) -> (u16, u16) {
    let c = cols.clamp(1, MAX_COLS);
    let r = rows.clamp(1, MAX_ROWS);
    (
        u16::try_from(c).unwrap_or(80),
        u16::try_from(r).unwrap_or(24),
    )
}

/// What this connection is allowed to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The screens, with this name as who made the changes.
    User { actor: String },
    /// Join the running coaching session with this join code, as this participant.
    Participant { code: String, name: String },
    /// Read only: the assessments and network screens, moving around, nothing else.
    Viewer,
}

/// Everything the app thread needs.
pub struct Setup {
    pub db_path: PathBuf,
    pub registry: Registry,
    pub role: Role,
    pub cols: u16,
    pub rows: u16,
    pub theme: Option<ThemeName>,
    pub ascii: bool,
    pub idle_timeout: Duration,
    pub shutdown: Arc<AtomicBool>,
    pub counts: Arc<super::Counts>,
    pub plan_dirs: Vec<PathBuf>,
    /// See [`super::Grace::esc_wait`].
    pub esc_wait: Duration,
    /// The server's one watcher of the database.
    pub hub: Arc<Hub>,
    /// The server's settings: key remaps, default rubric and facilitator.
    pub settings: crate::settings::Settings,
    /// The language this connection speaks.
    pub lang: crate::i18n::Lang,
    /// The server address this connection came in on (the wall's join hint).
    pub reached_at: Option<std::net::SocketAddr>,
}

/// Why the app loop ended.
enum End {
    Quit,
    Closed,
    Idle,
    Shutdown,
}

/// Starts the app thread for one connection.
pub fn spawn(setup: Setup, input: Receiver<ToApp>, out: mpsc::Sender<Out>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("touchstone-ssh".into())
        .spawn(move || {
            // Everything this connection reads, to its goodbye, is in its language.
            let lang = setup.lang;
            crate::i18n::scoped(lang, move || {
                // Counted until this thread ends, however it ends.
                let _thread = super::Slot::take(&setup.counts, |c| &c.app_threads, usize::MAX);
                let idle = setup.idle_timeout;
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    run(setup, &input, &out)
                }));
                // Where typed text the database would not take was kept, said first.
                let (result, parting) = match result {
                    Ok(Ok((end, parting))) => (Ok(Ok(end)), parting),
                    Ok(Err(m)) => (Ok(Err(m)), Vec::new()),
                    Err(e) => (Err(e), Vec::new()),
                };
                let (status, message) = match result {
                    Ok(Ok(End::Closed)) => return,
                    Ok(Ok(End::Quit)) => (0, String::new()),
                    Ok(Ok(End::Idle)) => (
                        0,
                        crate::t!("serve-idle", minutes = idle.as_secs().div_ceil(60)),
                    ),
                    Ok(Ok(End::Shutdown)) => (0, crate::t!("serve-shutting-down")),
                    Ok(Err(message)) => (1, crate::t!("serve-ended-with", message = message)),
                    Err(_) => (1, crate::t!("serve-internal-error")),
                };
                let message: String = parting
                    .iter()
                    .map(|line| format!("{}\r\n", crate::text::one_line(line)))
                    .chain([format!("{message}\r\n")])
                    .collect();
                let mut bytes = LEAVE.to_vec();
                bytes.extend_from_slice(message.as_bytes());
                let _ = out.blocking_send(Out::Data(bytes));
                let _ = out.blocking_send(Out::Finish(status));
            })
        })
        .map(|_| ())
}

fn run(
    setup: Setup,
    input: &Receiver<ToApp>,
    out: &mpsc::Sender<Out>,
) -> Result<(End, Vec<String>), String> {
    // Before the app reads anything: what changes after this is then told to it.
    let hub_seen = setup.hub.newest();
    let store = Store::open(&setup.db_path)
        .map_err(|e| crate::t!("serve-db-cannot-open", error = e.to_string()))?;
    let (actor, session) = match &setup.role {
        Role::User { actor } => (actor.clone(), None),
        // The wall screen follows the running session, if there is one; without one
        // a viewer looks around the assessments read-only until one starts (see
        // `App::following`).
        Role::Viewer => ("viewer".to_string(), None),
        Role::Participant { code, name } => {
            // No such code is said in the join's words; an ambiguous id prefix or a
            // database that cannot be read says what it is.
            let session_id = store.find_session(code).map_err(|e| match e {
                crate::error::Error::NotFound(_) => crate::t!("serve-no-such-code", code = code),
                other => other.to_string(),
            })?;
            let live = store
                .live_session(&session_id)
                .map_err(|e| crate::t!("serve-session-cannot-read", error = e.to_string()))?;
            if live.ended() {
                return Err(crate::t!("serve-session-ended", code = code));
            }
            store
                .check_seat(&session_id, name)
                .map_err(|e| e.to_string())?;
            (
                name.clone(),
                Some(SessionRole::Participate {
                    session_id,
                    name: name.clone(),
                }),
            )
        }
    };
    let mut app = App::new(
        store,
        setup.registry.clone(),
        actor,
        Options {
            theme: setup.theme,
            ascii: setup.ascii,
            open: None,
            session,
            plan_dirs: setup.plan_dirs.clone(),
        },
    )
    // No settings file: a remote user's `T` does not change the server's.
    .with_settings(&setup.settings, None)
    .in_language(setup.lang);
    app.served_at = setup.reached_at;
    if setup.role == Role::Viewer {
        app = app.read_only().following(crate::tui::app::Follow::Any);
    }
    let size = ClientSize::new(Size::new(setup.cols, setup.rows));
    let backend = SshBackend::new(out.clone(), size.clone());
    let mut terminal = Terminal::new(backend)
        .map_err(|e| crate::t!("serve-terminal-error", error = e.to_string()))?;
    if out.blocking_send(Out::Data(ENTER.to_vec())).is_err() {
        return Ok((End::Closed, Vec::new()));
    }

    let viewer = setup.role == Role::Viewer;
    let mut gate = |app: &mut App, key: &KeyEvent| allowed(app, key, viewer);
    let mut events = SshEvents {
        input,
        out,
        keys: KeyParser::new(),
        queue: VecDeque::new(),
        size,
        setup: &setup,
        hub_seen,
        last_input: Instant::now(),
        end: None,
    };
    let end = match run_loop(&mut terminal, &mut app, &mut events, &mut gate) {
        Ok(_) => events.end.unwrap_or(End::Quit),
        Err(_) => End::Closed,
    };
    if !matches!(end, End::Quit) {
        // Leaving any other way keeps what was typed, as quitting does: an open note
        // or evidence editor is saved.
        app.apply(Action::Quit);
    }
    Ok((end, std::mem::take(&mut app.parting)))
}

/// One connection's events for the shared loop (`tui::terminal::run_loop`): keys and
/// window changes from the handler, and news from the server's watcher. Nothing
/// happens while nothing arrives: no timer, no database query, no frame. The source
/// also ends the loop when the client goes, the connection is idle too long, or the
/// server stops.
struct SshEvents<'a> {
    input: &'a Receiver<ToApp>,
    out: &'a mpsc::Sender<Out>,
    keys: KeyParser,
    /// Inputs parsed from a packet, not yet handed out.
    queue: VecDeque<Event>,
    size: ClientSize,
    setup: &'a Setup,
    /// The watcher's last read told to the app.
    hub_seen: u64,
    last_input: Instant,
    /// Why the loop was told to end.
    end: Option<End>,
}

impl SshEvents<'_> {
    fn ended(&mut self, why: End) -> Option<Event> {
        self.end = Some(why);
        Some(Event::Closed)
    }

    /// What is due without waiting: queued inputs, the end, the watcher's news.
    fn due(&mut self) -> Option<Event> {
        if let Some(event) = self.queue.pop_front() {
            return Some(event);
        }
        if self.end.is_some() {
            return Some(Event::Closed);
        }
        if self.setup.shutdown.load(Ordering::Relaxed) {
            return self.ended(End::Shutdown);
        }
        if self.out.is_closed() {
            return self.ended(End::Closed);
        }
        if self.last_input.elapsed() >= self.setup.idle_timeout {
            return self.ended(End::Idle);
        }
        if let Some((seen, changes)) = self.setup.hub.since(self.hub_seen) {
            self.hub_seen = seen;
            return Some(Event::Changed(Arc::new(changes)));
        }
        None
    }

    /// Takes one message from the handler.
    fn take(&mut self, message: ToApp) -> Option<Event> {
        match message {
            ToApp::Input(bytes) => {
                self.last_input = Instant::now();
                let parsed = self.keys.feed(&bytes);
                self.queue.extend(parsed.into_iter().map(Event::Input));
                self.queue.pop_front()
            }
            ToApp::Resize(cols, rows) => {
                self.size.set(Size::new(cols, rows));
                Some(Event::Resize(cols, rows))
            }
            // Gone: what is still queued is not worth handling.
            ToApp::Closed => self.ended(End::Closed),
            ToApp::Wake => self.due(),
        }
    }
}

impl Events for SshEvents<'_> {
    fn wait(&mut self, timeout: Option<Duration>) -> std::io::Result<Option<Event>> {
        let start = Instant::now();
        loop {
            if let Some(event) = self.due() {
                return Ok(Some(event));
            }
            // Wait for the first of: what the loop asked, the idle limit, the rest of
            // an escape sequence.
            let idle = (self.last_input + self.setup.idle_timeout)
                .saturating_duration_since(Instant::now());
            let mut wait = idle;
            if let Some(t) = timeout {
                wait = wait.min(t.saturating_sub(start.elapsed()));
            }
            // Only a lone Esc has a timeout; an unfinished sequence waits for its end.
            let pending = self.keys.lone_esc();
            if pending {
                wait = wait.min(self.setup.esc_wait);
            }
            match self.input.recv_timeout(wait) {
                Ok(message) => {
                    if let Some(event) = self.take(message) {
                        return Ok(Some(event));
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(self.ended(End::Closed)),
                Err(RecvTimeoutError::Timeout) => {
                    if pending {
                        // A lone Esc: nothing more came, so it was the Esc key.
                        let flushed = self.keys.flush();
                        self.queue.extend(flushed.into_iter().map(Event::Input));
                        if let Some(event) = self.queue.pop_front() {
                            return Ok(Some(event));
                        }
                    }
                    if timeout.is_some_and(|t| start.elapsed() >= t) {
                        return Ok(None);
                    }
                }
            }
        }
    }

    fn ready(&mut self) -> std::io::Result<Option<Event>> {
        loop {
            if let Some(event) = self.due() {
                return Ok(Some(event));
            }
            match self.input.try_recv() {
                Ok(message) => {
                    if let Some(event) = self.take(message) {
                        return Ok(Some(event));
                    }
                }
                Err(TryRecvError::Empty) => return Ok(None),
                Err(TryRecvError::Disconnected) => return Ok(self.ended(End::Closed)),
            }
        }
    }
}

/// Whether this connection may press this key now; if not, the user is told why.
fn allowed(app: &mut App, key: &KeyEvent, viewer: bool) -> bool {
    let ctx = app.ctx();
    let action = app.keys.resolve(ctx, key);
    // Export and import read and write files on the server: not for remote users.
    if matches!(action, Some(Action::Export | Action::Import)) {
        app.status = Some(Status::info(crate::t!("serve-no-export")));
        return false;
    }
    if viewer && !viewer_may(ctx, action) {
        app.status = Some(Status::info(crate::tui::capability::READ_ONLY));
        return false;
    }
    true
}

pub use crate::tui::capability::viewer_may;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::Ctx;

    #[test]
    fn sizes_are_clamped() {
        assert_eq!(clamp_size(80, 24), (80, 24));
        assert_eq!(clamp_size(0, 0), (1, 1));
        assert_eq!(clamp_size(u32::MAX, u32::MAX), (1000, 500));
    }

    #[test]
    fn viewers_only_look() {
        assert!(viewer_may(Ctx::Home, Some(Action::Down)));
        assert!(viewer_may(Ctx::Home, Some(Action::Network)));
        assert!(viewer_may(Ctx::Network, Some(Action::Back)));
        assert!(!viewer_may(Ctx::Home, Some(Action::Select)));
        assert!(!viewer_may(Ctx::Home, Some(Action::Delete)));
        assert!(!viewer_may(Ctx::Home, Some(Action::NewAssessment)));
        assert!(!viewer_may(Ctx::Home, Some(Action::RestoreDeleted)));
        assert!(!viewer_may(Ctx::Network, Some(Action::Select)));
        assert!(!viewer_may(Ctx::Assess, Some(Action::Rate(2))));
        assert!(!viewer_may(Ctx::Home, None));
    }
}
