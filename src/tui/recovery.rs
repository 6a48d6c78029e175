//! Typed text the database would not take when the screens closed (a note too long
//! once kept beside someone else's, an assessment submitted under an open editor):
//! written to a file of its own beside the database, which the user is told about,
//! so nothing typed is lost.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder beside the database that keeps such files.
pub fn folder(db: &Path) -> PathBuf {
    let parent = db
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    parent.join("touchstone-recovered")
}

/// Writes `text` to a new file (readable by its owner only) in [`folder`], named by
/// the time, the assessment and the indicator; never replaces a file.
pub fn keep(db: &Path, assessment: &str, indicator: &str, text: &str) -> std::io::Result<PathBuf> {
    let dir = folder(db);
    std::fs::create_dir_all(&dir)?;
    let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
    let safe = |s: &str, n: usize| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(n)
            .collect()
    };
    let stem = format!("{stamp}-{}-{}", safe(assessment, 8), safe(indicator, 40));
    for n in 0..1000 {
        let name = if n == 0 {
            format!("{stem}.txt")
        } else {
            format!("{stem}-{n}.txt")
        };
        let path = dir.join(name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                file.sync_all()?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::ErrorKind::AlreadyExists.into())
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_keep_is_a_new_private_file_beside_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        let a = super::keep(&db, "0195aa$(x)", "cl-1", "one").unwrap();
        let b = super::keep(&db, "0195aa$(x)", "cl-1", "two").unwrap();
        assert_ne!(a, b);
        assert_eq!(a.parent().unwrap(), dir.path().join("touchstone-recovered"));
        assert!(!a.to_string_lossy().contains('$'));
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "one");
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&a).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
