//! The local terminal: raw mode, the alternate screen, bracketed paste and mouse
//! capture for as long as the app runs, restored on every exit path (ratatui's panic
//! hook covers panics; `Restore` turns paste and mouse off then too),
//! and the one event loop that every terminal (local, SSH, tests) runs.

use super::app::{App, Input};
use super::ui;
use crate::error::{Error, Result};
use crate::store::Changes;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::layout::Size;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often the local terminal looks for changes made by other processes.
const POLL: Duration = Duration::from_millis(200);

/// Most inputs handled before the next frame: everything already waiting is handled
/// in one go and drawn once (a paste without bracketed paste is thousands of keys),
/// within this bound so a flood still shows progress.
pub const BATCH: usize = 4096;

/// Restores the terminal when dropped, whatever way `run` returns.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        // Harmless after the panic hook too: it moves nothing.
        // A shell left with mouse capture on prints escape codes for every click.
        let _ = execute!(
            std::io::stdout(),
            DisableBracketedPaste,
            DisableMouseCapture
        );
        // During a panic the hook has already restored the terminal and printed the
        // message; restoring again would move the cursor back above that message.
        if !std::thread::panicking() {
            ratatui::restore();
        }
    }
}

/// What the loop handles: what the terminal delivered, and news from the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A key, a paste or a mouse event.
    Input(Input),
    /// The window is now this many columns and rows.
    Resize(u16, u16),
    /// Time to look for other connections' commits (the local terminal asks every
    /// [`POLL`]; a check costs one `PRAGMA data_version` while nobody commits).
    Poll,
    /// A watcher read what others changed (`touchstone serve`'s one watcher).
    Changed(Arc<Changes>),
    /// The terminal has gone: the loop ends.
    Closed,
}

impl From<event::Event> for Event {
    fn from(event: event::Event) -> Event {
        match event {
            event::Event::Key(key) => Event::Input(Input::Key(key)),
            event::Event::Paste(text) => Event::Input(Input::Paste(text)),
            event::Event::Mouse(mouse) => Event::Input(Input::Mouse(mouse)),
            event::Event::Resize(cols, rows) => Event::Resize(cols, rows),
            // Focus changes show nothing different.
            event::Event::FocusGained | event::Event::FocusLost => Event::Poll,
        }
    }
}

/// Where the loop gets its events: the terminal, an SSH channel, or a script in tests.
pub trait Events {
    /// The next event, waiting at most `timeout` (`None`: as long as it takes);
    /// `None` when none came.
    fn wait(&mut self, timeout: Option<Duration>) -> std::io::Result<Option<Event>>;
    /// The next event if one is already waiting.
    fn ready(&mut self) -> std::io::Result<Option<Event>> {
        self.wait(Some(Duration::ZERO))
    }
}

/// Crossterm's events, with a [`Event::Poll`] every [`POLL`] while nothing happens.
struct Crossterm {
    next_poll: Instant,
}

impl Events for Crossterm {
    fn wait(&mut self, timeout: Option<Duration>) -> std::io::Result<Option<Event>> {
        let now = Instant::now();
        let to_poll = self.next_poll.saturating_duration_since(now);
        let slice = timeout.map_or(to_poll, |t| t.min(to_poll));
        if event::poll(slice)? {
            return event::read().map(|e| Some(e.into()));
        }
        if Instant::now() >= self.next_poll {
            self.next_poll = Instant::now() + POLL;
            return Ok(Some(Event::Poll));
        }
        Ok(None)
    }

    fn ready(&mut self) -> std::io::Result<Option<Event>> {
        if event::poll(Duration::ZERO)? {
            return event::read().map(|e| Some(e.into()));
        }
        Ok(None)
    }
}

pub fn run(mut app: App) -> Result<()> {
    let ran = run_screens(&mut app);
    // After the terminal is restored, so the words stay on it.
    for line in &app.parting {
        eprintln!("{}", crate::text::one_line(line));
    }
    ran
}

fn run_screens(app: &mut App) -> Result<()> {
    let io = |e: std::io::Error| {
        Error::failure(crate::t!("common-terminal-error", error = e.to_string()))
    };
    let mut terminal = ratatui::try_init().map_err(io)?;
    let _restore = Restore;
    // A paste then arrives as one event instead of a key press per character.
    // Clicks and the wheel arrive as mouse events.
    execute!(std::io::stdout(), EnableBracketedPaste, EnableMouseCapture).map_err(io)?;
    let panic_key =
        std::env::var_os("TOUCHSTONE_TEST_PANIC_KEY").and_then(|k| k.into_string().ok());
    let mut gate = |_: &mut App, key: &event::KeyEvent| {
        // Test-only: proves a panic leaves the terminal usable.
        if let (Some(k), event::KeyCode::Char(c)) = (&panic_key, key.code)
            && k.starts_with(c)
        {
            panic!("test panic requested with TOUCHSTONE_TEST_PANIC_KEY");
        }
        true
    };
    let mut events = Crossterm {
        next_poll: Instant::now() + POLL,
    };
    run_loop(&mut terminal, app, &mut events, &mut gate).map_err(io)?;
    Ok(())
}

/// The one event loop, for the local terminal, SSH and tests, until the app quits or
/// the terminal goes. It draws only when something may have changed what is shown: an
/// input, a resize, a change in the database that touches the screen in front, a
/// status message, or a running clock on screen (once a second). An idle screen draws
/// nothing and writes nothing. Everything that arrived (see [`BATCH`]) is handled
/// before the next frame, inputs before database changes, so a refresh never holds up
/// a key. Returns the number of frames drawn.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut dyn Events,
    gate: &mut dyn FnMut(&mut App, &event::KeyEvent) -> bool,
) -> std::io::Result<usize> {
    let failed = |e: B::Error| std::io::Error::other(e.to_string());
    app.window = terminal.size().map_err(failed)?;
    let mut frames = 0;
    let mut dirty = true;
    while !app.quit {
        if dirty {
            let frame = terminal
                .draw(|frame| ui::draw(frame, app))
                .map_err(failed)?;
            app.window = frame.area.as_size();
            frames += 1;
        }
        let Some(first) = events.wait(app.clock_wait())? else {
            dirty = app.tick_clock();
            continue;
        };
        let mut batch = Batch::default();
        batch.add(app, first, gate);
        while batch.inputs.len() < BATCH && !batch.closed {
            match events.ready()? {
                Some(more) => batch.add(app, more, gate),
                None => break,
            }
        }
        dirty = batch.finish(app, gate);
        if batch.closed {
            break;
        }
    }
    Ok(frames)
}

/// Everything that arrived before the next frame.
#[derive(Default)]
struct Batch {
    inputs: Vec<Input>,
    dirty: bool,
    poll: bool,
    changed: Option<Changes>,
    closed: bool,
}

impl Batch {
    fn add(
        &mut self,
        app: &mut App,
        event: Event,
        gate: &mut dyn FnMut(&mut App, &event::KeyEvent) -> bool,
    ) {
        match event {
            Event::Input(input) => self.inputs.push(input),
            Event::Resize(cols, rows) => {
                // Keys before the resize act in the window they were pressed in.
                self.handle_inputs(app, gate);
                app.window = Size::new(cols, rows);
                self.dirty = true;
            }
            Event::Poll => self.poll = true,
            Event::Changed(changes) => match &mut self.changed {
                Some(all) => all.merge(&changes),
                None => self.changed = Some(changes.as_ref().clone()),
            },
            // Once the terminal has gone, nothing more is handled.
            Event::Closed => {
                self.closed = true;
                self.inputs.clear();
            }
        }
    }

    fn handle_inputs(
        &mut self,
        app: &mut App,
        gate: &mut dyn FnMut(&mut App, &event::KeyEvent) -> bool,
    ) {
        if !self.inputs.is_empty() {
            let status = app.status.clone();
            self.dirty |= app.handle_inputs(std::mem::take(&mut self.inputs), gate);
            self.dirty |= app.status != status;
        }
    }

    /// Handles what is left, then the database's news; whether to draw.
    fn finish(
        &mut self,
        app: &mut App,
        gate: &mut dyn FnMut(&mut App, &event::KeyEvent) -> bool,
    ) -> bool {
        self.handle_inputs(app, gate);
        if self.closed {
            return false;
        }
        let status = app.status.clone();
        if let Some(changes) = &self.changed {
            self.dirty |= app.notice(changes);
        }
        if self.poll {
            self.dirty |= app.refresh();
        }
        self.dirty |= app.tick_clock();
        self.dirty || app.status != status
    }
}
