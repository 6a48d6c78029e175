//! The server's host key: an ed25519 key made on first start and kept, readable only by
//! its owner (0600), in the data folder, so clients see the same fingerprint each time.

use crate::error::{Error, Result};
use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, HashAlg, PrivateKey};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where the host key lives unless `--host-key` names another file.
pub fn default_path() -> PathBuf {
    crate::paths::data_dir().join("ssh_host_ed25519_key")
}

/// A message about `path` that failed with `error` (`serve-cannot-read` and the like).
fn said(id: &str, path: &Path, error: &dyn std::fmt::Display) -> String {
    crate::i18n::tr_args(
        id,
        &[
            ("path", crate::i18n::Arg::from(path.display().to_string())),
            ("error", crate::i18n::Arg::from(error.to_string())),
        ],
    )
}

/// Reads the host key at `path`, or makes and saves a new one when there is none.
/// Returns the key and whether it was made now. A link is refused, saying where it points: the key must be the file itself, so
/// the owner-only check is of the key and nothing can swap it underneath.
pub fn load_or_create(path: &Path) -> Result<(PrivateKey, bool)> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        let target = std::fs::read_link(path).unwrap_or_default();
        return Err(Error::failure(crate::t!(
            "serve-key-is-link",
            path = path.display().to_string(),
            target = target.display().to_string()
        )));
    }
    if path.exists() {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::failure(said("serve-cannot-read", path, &e)))?;
        let key = PrivateKey::from_openssh(text.trim_end())
            .map_err(|e| Error::failure(said("serve-not-a-private-key", path, &e)))?;
        if key.is_encrypted() {
            return Err(Error::failure(crate::t!(
                "serve-key-encrypted",
                path = path.display().to_string()
            )));
        }
        check_private(path)?;
        return Ok((key, false));
    }
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .map_err(|e| Error::failure(crate::t!("serve-cannot-make-key", error = e.to_string())))?;
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| Error::failure(crate::t!("serve-cannot-encode-key", error = e.to_string())))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::failure(said("serve-cannot-create", dir, &e)))?;
    }
    let mut file =
        create_private(path).map_err(|e| Error::failure(said("serve-cannot-create", path, &e)))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::failure(said("serve-cannot-write", path, &e)))?;
    Ok((key, true))
}

/// The key's SHA-256 fingerprint as `ssh` shows it (`SHA256:…`).
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(unix)]
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

/// Refuses a host key others can read (as `sshd` does).
#[cfg(unix)]
fn check_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| Error::failure(said("serve-cannot-read", path, &e)))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        return Err(Error::failure(crate::t!(
            "serve-key-readable",
            path = path.display().to_string(),
            mode = format!("{:o}", mode & 0o777)
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_path: &Path) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `said` takes its ids as values, which the i18n test cannot see.
    #[test]
    fn every_message_said_exists_in_both_languages() {
        let whole = include_str!("hostkey.rs");
        let code = &whole[..whole.rfind("#[cfg(test)]").unwrap_or(whole.len())];
        let ids: Vec<&str> = code
            .match_indices("said(\"")
            .filter_map(|(at, _)| code[at + 6..].split_once('"').map(|(id, _)| id))
            .collect();
        assert!(ids.len() >= 4, "{ids:?}");
        for lang in crate::i18n::Lang::ALL {
            let known = crate::i18n::message_ids(lang);
            for id in &ids {
                assert!(known.iter().any(|(k, _)| k == id), "{id} in {lang}");
            }
        }
    }

    #[test]
    fn made_once_then_reused_and_private() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sub").join("host_key");
        let (first, made) = load_or_create(&path).expect("made");
        assert!(made);
        let (again, made) = load_or_create(&path).expect("read");
        assert!(!made);
        assert_eq!(fingerprint(&first), fingerprint(&again));
        assert!(fingerprint(&first).starts_with("SHA256:"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
            assert!(load_or_create(&path).is_err());
        }
    }

    /// Issue 20: a host key that is a link to another file (here a binary one) was
    /// reported as "containing a NUL byte"; it is refused as the link it is, and a
    /// link to nothing is not "made" over.
    #[cfg(unix)]
    #[test]
    fn a_linked_host_key_is_refused_as_a_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        let binary = dir.path().join("binary");
        std::fs::write(&binary, b"\x7fELF\0\0\0").expect("write");
        let link = dir.path().join("host_key");
        std::os::unix::fs::symlink(&binary, &link).expect("link");
        let err = load_or_create(&link).expect_err("refused").to_string();
        assert!(err.contains("is a symbolic link (to "), "{err}");
        assert!(err.contains("binary"), "{err}");
        assert!(!err.contains("NUL"), "{err}");
        let dangling = dir.path().join("dangling_key");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).expect("link");
        let err = load_or_create(&dangling).expect_err("refused").to_string();
        assert!(err.contains("is a symbolic link"), "{err}");
        assert!(!dir.path().join("nowhere").exists());
    }
}
