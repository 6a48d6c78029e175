//! Finding the `.toml` files under the paths a user names, without being led astray:
//! a walk never follows a symbolic link to a folder (so `ln -s . loop` or a link to
//! `..` cannot make it loop or read a folder twice), never visits one folder twice
//! (bind mounts), reads each file once however many names lead to it, and never opens
//! anything that is not a regular file (a FIFO named `x.toml` would block forever).
//! What it skips it says, as warnings for standard error.

use crate::error::{Error, Result};
use crate::t;
use crate::text::one_line as printable;
use std::collections::HashSet;
use std::fs::Metadata;
use std::path::{Path, PathBuf};

/// The files to read, sorted within each folder, and what was skipped and why.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<PathBuf>,
    /// One line per skipped entry, already safe to print.
    pub warnings: Vec<String>,
}

/// The `.toml` files named, and those inside named folders (recursively). A named
/// path may itself be a link: naming it is asking for it.
pub fn toml_files(paths: &[PathBuf]) -> Result<Found> {
    let mut walk = Walk::default();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk.folder(path, &meta)?,
            Ok(meta) => walk.file(path, &meta),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::input(format!(
                    "{}: {}",
                    printable(&path.display().to_string()),
                    t!("report-walk-missing")
                )));
            }
            Err(e) => {
                return Err(Error::input(t!(
                    "report-import-cannot-read",
                    path = printable(&path.display().to_string()),
                    error = e.to_string()
                )));
            }
        }
    }
    Ok(walk.found)
}

#[derive(Default)]
struct Walk {
    found: Found,
    /// (device, inode) of the folders entered and the files taken.
    folders: HashSet<(u64, u64)>,
    files: HashSet<(u64, u64)>,
}

impl Walk {
    fn skip(&mut self, path: &Path, why: String) {
        self.found.warnings.push(format!(
            "{}: {}",
            printable(&path.display().to_string()),
            t!("report-walk-skipped", why = why)
        ));
    }

    fn folder(&mut self, dir: &Path, meta: &Metadata) -> Result<()> {
        if !self.folders.insert(identity(meta)) {
            self.skip(dir, t!("report-walk-folder-again"));
            return Ok(());
        }
        let read = std::fs::read_dir(dir).map_err(|e| {
            Error::input(t!(
                "report-walk-cannot-read-folder",
                path = printable(&dir.display().to_string()),
                error = e.to_string()
            ))
        })?;
        let mut entries: Vec<PathBuf> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for path in entries {
            // Not following links: what the entry itself is.
            let Ok(own) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            let is_toml = path.extension().is_some_and(|x| x == "toml");
            if own.is_dir() {
                self.folder(&path, &own)?;
            } else if own.file_type().is_symlink() {
                match std::fs::metadata(&path) {
                    Ok(target) if target.is_dir() => {
                        self.skip(&path, t!("report-walk-link-to-folder"))
                    }
                    Ok(target) if is_toml => self.file(&path, &target),
                    Err(_) if is_toml => self.skip(&path, t!("report-walk-broken-link")),
                    _ => {}
                }
            } else if is_toml {
                self.file(&path, &own);
            }
        }
        Ok(())
    }

    /// Takes a file the walk found or the user named, if it is a regular file not
    /// already taken under another name.
    fn file(&mut self, path: &Path, meta: &Metadata) {
        if !meta.is_file() {
            self.skip(path, t!("report-walk-not-a-file"));
        } else if !self.files.insert(identity(meta)) {
            self.skip(path, t!("report-walk-same-file"));
        } else {
            self.found.files.push(path.to_path_buf());
        }
    }
}

#[cfg(unix)]
fn identity(meta: &Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

/// Without inode numbers, nothing is known to be the same; links to folders are still
/// never followed, so a walk still ends.
#[cfg(not(unix))]
fn identity(_meta: &Metadata) -> (u64, u64) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    (u64::MAX, NEXT.fetch_add(1, Ordering::Relaxed))
}
