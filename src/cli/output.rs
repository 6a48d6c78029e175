//! Writing results: to standard output (a closed pipe is not an error) or to a file
//! (written whole or not at all).

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Writes to standard output; `touchstone list | head` must not fail.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::failure(format!(
            "cannot write to standard output: {e}"
        ))),
        _ => Ok(()),
    }
}

/// Writes `text` to `path` through a temporary file and a rename, so a reader never
/// sees half a file.
pub fn write_file(path: &Path, text: &str) -> Result<()> {
    let fail = |e: std::io::Error| Error::failure(format!("cannot write {}: {e}", path.display()));
    let name = path
        .file_name()
        .ok_or_else(|| Error::input(format!("{} is not a file name", path.display())))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(".tmp");
    let tmp = path.with_file_name(tmp_name);
    std::fs::write(&tmp, text).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}

/// Prints to standard output or writes the file, as the user asked.
pub fn emit(text: &str, output: Option<&Path>) -> Result<()> {
    match output {
        Some(path) => write_file(path, text),
        None => print(text),
    }
}
