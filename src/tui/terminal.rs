//! The local terminal: raw mode, the alternate screen, bracketed paste and mouse
//! capture for as long as the app runs, restored on every exit path (ratatui's panic
//! hook covers panics; `Restore` turns paste and mouse off then too),
//! and the event loop that polls for keys and for other processes' changes.

use super::app::{App, Input};
use super::ui;
use crate::error::{Error, Result};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::execute;
use std::time::Duration;

/// How often the app looks for changes made by other processes.
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

/// Where the loop gets its events: the terminal, or a script in tests.
pub trait Events {
    /// The next event, waiting at most `timeout`; `None` when none came.
    fn wait(&mut self, timeout: Duration) -> std::io::Result<Option<Event>>;
    /// The next event if one is already waiting.
    fn ready(&mut self) -> std::io::Result<Option<Event>> {
        self.wait(Duration::ZERO)
    }
}

/// Crossterm's events.
struct Crossterm;

impl Events for Crossterm {
    fn wait(&mut self, timeout: Duration) -> std::io::Result<Option<Event>> {
        if event::poll(timeout)? {
            event::read().map(Some)
        } else {
            Ok(None)
        }
    }
}

pub fn run(mut app: App) -> Result<()> {
    let io = |e: std::io::Error| Error::failure(format!("terminal: {e}"));
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
    run_loop(&mut terminal, &mut app, &mut Crossterm, &mut gate).map_err(io)?;
    Ok(())
}

/// The event loop until the app quits: a frame, then everything that arrived
/// (see [`BATCH`]) handled at once, then a look for other processes' changes.
/// Returns the number of frames drawn.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut dyn Events,
    gate: &mut dyn FnMut(&mut App, &event::KeyEvent) -> bool,
) -> std::io::Result<usize> {
    let mut frames = 0;
    while !app.quit {
        terminal
            .draw(|frame| ui::draw(frame, app))
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        frames += 1;
        if let Some(first) = events.wait(POLL)? {
            let mut inputs = Vec::new();
            push(&mut inputs, first);
            while inputs.len() < BATCH {
                match events.ready()? {
                    Some(more) => push(&mut inputs, more),
                    None => break,
                }
            }
            app.handle_inputs(inputs, gate);
        }
        app.tick();
    }
    Ok(frames)
}

fn push(inputs: &mut Vec<Input>, event: Event) {
    match event {
        Event::Key(key) => inputs.push(Input::Key(key)),
        Event::Paste(text) => inputs.push(Input::Paste(text)),
        Event::Mouse(mouse) => inputs.push(Input::Mouse(mouse)),
        // A resize is drawn by the next frame anyway.
        _ => {}
    }
}
