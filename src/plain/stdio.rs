//! Plain mode on standard input and output: a terminal, or pipes (scripts, tests by
//! transcript). Lines are read on their own thread so the engine can look for other
//! people's changes about once a second while nobody types; end of input ends plain
//! mode cleanly.

use super::Engine;
use crate::error::Result;
use std::io::{BufRead, IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

/// How often changes by others are looked for while waiting for a line.
pub const POLL: Duration = Duration::from_secs(1);

pub fn run(mut engine: Engine) -> Result<()> {
    let terminal = std::io::stdin().is_terminal();
    let (tx, rx) = mpsc::channel::<Option<String>>();
    std::thread::Builder::new()
        .name("touchstone-plain-input".into())
        .spawn(move || {
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            loop {
                let mut bytes = Vec::new();
                let line = match input.read_until(b'\n', &mut bytes) {
                    Ok(0) | Err(_) => None,
                    Ok(_) => Some(String::from_utf8_lossy(&bytes).into_owned()),
                };
                let end = line.is_none();
                if tx.send(line).is_err() || end {
                    return;
                }
            }
        })
        .map_err(|e| {
            crate::error::Error::failure(crate::t!("plain-input-unreadable", error = e.to_string()))
        })?;
    let mut stdout = std::io::stdout();
    // A prompt is shown on a terminal only: a transcript has nothing but sentences.
    let mut prompting = write(&mut stdout, &mut engine, terminal, false);
    while !engine.done() {
        match rx.recv_timeout(POLL) {
            Ok(Some(line)) => {
                prompting = false;
                engine.tick();
                engine.line(&line);
            }
            Ok(None) | Err(RecvTimeoutError::Disconnected) => engine.finish(),
            Err(RecvTimeoutError::Timeout) => engine.tick(),
        }
        prompting = write(&mut stdout, &mut engine, terminal, prompting);
    }
    Ok(())
}

/// Writes what the engine has to say, then the prompt on a terminal. Returns whether
/// a prompt is showing (an announcement then starts on a line of its own).
fn write(
    stdout: &mut std::io::Stdout,
    engine: &mut Engine,
    terminal: bool,
    prompting: bool,
) -> bool {
    let lines = engine.take();
    if lines.is_empty() && prompting {
        return true;
    }
    let mut text = String::new();
    if prompting && !lines.is_empty() {
        text.push('\n');
    }
    for line in lines {
        text.push_str(&line);
        text.push('\n');
    }
    let prompt = terminal && !engine.done();
    if prompt {
        text.push_str(&engine.prompt());
    }
    // A closed output (the reader went away) ends nothing here: input ends it.
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    prompt
}
