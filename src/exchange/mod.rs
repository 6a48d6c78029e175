//! Exchange with the world outside the database: the TOML assessment format (export
//! and import) and the report renderers.

pub mod batch;
pub mod differences;
pub mod export;
pub mod html;
pub mod import;
pub mod markdown;
pub mod minutes;
pub mod report;
pub mod sheet;
pub mod walk;
pub mod words;

pub use export::to_toml;
pub use import::{Resolver, SessionPlace, parse_assessment, parse_located};

/// The `format` line of an exported assessment.
pub const FORMAT: &str = "touchstone-assessment";
pub const FORMAT_VERSION: i64 = 1;

/// Writes `text` to `path` whole or not at all: into a new temporary file in the same
/// folder (a random name created exclusively, so a link planted there is never
/// followed), flushed to disk, then moved into place. An existing file (or link) at
/// `path` is refused unless `replace`; when replaced, the new file keeps the old one's
/// permissions, so a private file stays private. A new file gets the usual
/// permissions (0666 less the umask).
pub fn write_file(path: &std::path::Path, text: &str, replace: bool) -> crate::error::Result<()> {
    use crate::error::Error;
    use std::io::Write;
    let shown = || crate::text::one_line(&path.display().to_string());
    let fail = |e: std::io::Error| {
        Error::failure(crate::t!(
            "report-write-failed",
            path = shown(),
            error = e.to_string()
        ))
    };
    let exists = || Error::input(crate::t!("report-write-exists", path = shown()));
    if path.file_name().is_none() {
        return Err(Error::input(crate::t!(
            "report-write-not-a-name",
            path = shown()
        )));
    }
    let old = std::fs::symlink_metadata(path).ok();
    match &old {
        Some(meta) if meta.is_dir() => {
            return Err(Error::input(crate::t!(
                "report-write-folder",
                path = shown()
            )));
        }
        Some(_) if !replace => return Err(exists()),
        _ => {}
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".touchstone-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(fail)?;
    if let Some(meta) = old.as_ref().filter(|m| m.is_file()) {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .map_err(fail)?;
    }
    tmp.write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    // The temporary file is removed when `tmp` (or the error holding it) is dropped.
    if replace {
        tmp.persist(path).map_err(|e| fail(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                exists()
            } else {
                fail(e.error)
            }
        })?;
    }
    Ok(())
}
