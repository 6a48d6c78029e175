//! Exchange with the world outside the database: the TOML assessment format (export
//! and import) and the report renderers.

pub mod batch;
pub mod export;
pub mod html;
pub mod import;
pub mod report;
pub mod walk;

pub use export::to_toml;
pub use import::{Resolver, parse_assessment};

/// The `format` line of an exported assessment.
pub const FORMAT: &str = "touchstone-assessment";
pub const FORMAT_VERSION: i64 = 1;

/// Writes `text` to `path` through a temporary file and a rename, so a reader never
/// sees half a file.
pub fn write_file(path: &std::path::Path, text: &str) -> crate::error::Result<()> {
    use crate::error::Error;
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
