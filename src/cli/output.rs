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
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::failure(format!(
            "cannot write to standard output: {e}"
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
