//! Writing results: to standard output (a closed pipe is not an error) or to a file
//! (written whole or not at all).

use crate::error::{Error, Result};
use crate::exchange::write_file;
use std::io::Write;
use std::path::Path;

/// Writes text for people to standard output, with any control character in stored
/// text made harmless (see `text::printable`); `touchstone list | head` must not fail.
pub fn print(text: &str) -> Result<()> {
    print_exact(&crate::text::printable(text))
}

/// Writes machine-readable output (JSON, CSV, TOML) exactly as given.
pub fn print_exact(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::failure(crate::t!(
            "cli-cannot-write-stdout",
            error = e.to_string()
        ))),
        _ => Ok(()),
    }
}

/// Prints to standard output or writes the file, as the user asked; an existing file
/// is replaced only with `force` (`--force`).
pub fn emit(text: &str, output: Option<&Path>, force: bool) -> Result<()> {
    match output {
        Some(path) => write_file(path, text, force),
        None => print_exact(text),
    }
}

/// Standard output written a piece at a time, for long listings that should not be
/// held whole. A closed pipe ends the output quietly (`touchstone list | head`).
pub struct Stream {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    closed: bool,
}

impl Stream {
    pub fn new() -> Stream {
        Stream {
            out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock()),
            closed: false,
        }
    }

    /// Writes machine-readable text exactly as given.
    pub fn exact(&mut self, text: &str) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        let written = self.out.write_all(text.as_bytes());
        self.settle(written)
    }

    /// Writes text for people, made safe to print (see `print`).
    pub fn text(&mut self, text: &str) -> Result<()> {
        self.exact(&crate::text::printable(text))
    }

    pub fn finish(mut self) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        let flushed = self.out.flush();
        self.settle(flushed)
    }

    fn settle(&mut self, result: std::io::Result<()>) -> Result<()> {
        match result {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            Err(e) => Err(Error::failure(crate::t!(
                "cli-cannot-write-stdout",
                error = e.to_string()
            ))),
            Ok(()) => Ok(()),
        }
    }
}
