//! The local terminal: raw mode and the alternate screen for as long as the app
//! runs, restored on every exit path (ratatui's panic hook covers panics), and the
//! event loop that polls for keys and for other processes' changes.

use super::app::App;
use super::ui;
use crate::error::{Error, Result};
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::time::Duration;

/// How often the app looks for changes made by other processes.
const POLL: Duration = Duration::from_millis(200);

/// Restores the terminal when dropped, whatever way `run` returns.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        // During a panic the hook has already restored the terminal and printed the
        // message; restoring again would move the cursor back above that message.
        if !std::thread::panicking() {
            ratatui::restore();
        }
    }
}

pub fn run(mut app: App) -> Result<()> {
    let io = |e: std::io::Error| Error::failure(format!("terminal: {e}"));
    let mut terminal = ratatui::try_init().map_err(io)?;
    let _restore = Restore;
    let panic_key =
        std::env::var_os("TOUCHSTONE_TEST_PANIC_KEY").and_then(|k| k.into_string().ok());
    while !app.quit {
        terminal.draw(|frame| ui::draw(frame, &app)).map_err(io)?;
        if event::poll(POLL).map_err(io)? {
            match event::read().map_err(io)? {
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    // Test-only: proves a panic leaves the terminal usable.
                    if let (Some(k), event::KeyCode::Char(c)) = (&panic_key, key.code)
                        && k.starts_with(c)
                    {
                        panic!("test panic requested with TOUCHSTONE_TEST_PANIC_KEY");
                    }
                    app.handle_key(key);
                }
                _ => {}
            }
        }
        app.tick();
    }
    Ok(())
}
