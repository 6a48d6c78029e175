//! Who may connect: the public keys of an OpenSSH `authorized_keys` file, and
//! short-lived passcodes.

use crate::error::{Error, Result};
use rand::RngExt;
use russh::keys::PublicKey;
use russh::keys::ssh_key::AuthorizedKeys;
use std::path::Path;
use std::time::{Duration, Instant};

/// The public keys allowed in. Options in front of a key (`from=`, `command=`, …) are
/// not interpreted: a listed key may log in, and only ever gets the Touchstone screens.
#[derive(Debug, Clone, Default)]
pub struct AllowedKeys {
    keys: Vec<PublicKey>,
}

impl AllowedKeys {
    /// Reads an `authorized_keys` file; a line that is not a key is an error naming it.
    pub fn load(path: &Path) -> Result<AllowedKeys> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::input(format!("cannot read {}: {e}", path.display())))?;
        AllowedKeys::parse(&text).map_err(|e| Error::input(format!("{}:{e}", path.display())))
    }

    /// Parses the text of an `authorized_keys` file (errors start with the line number).
    pub fn parse(text: &str) -> std::result::Result<AllowedKeys, String> {
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let entry = AuthorizedKeys::new(trimmed)
                .next()
                .ok_or_else(|| format!("{}: not a public key", n + 1))?
                .map_err(|e| format!("{}: not a public key ({e})", n + 1))?;
            keys.push(entry.public_key().clone());
        }
        Ok(AllowedKeys { keys })
    }

    pub fn from_keys(keys: Vec<PublicKey>) -> AllowedKeys {
        AllowedKeys { keys }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Whether this key (its key material; comments do not matter) is listed.
    pub fn allows(&self, key: &PublicKey) -> bool {
        self.keys.iter().any(|k| k.key_data() == key.key_data())
    }
}

/// Letters and digits that cannot be mistaken for each other when read off a screen.
const PASSCODE_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A passcode that stops working after a while.
#[derive(Clone)]
pub struct Passcode {
    value: String,
    expires: Instant,
}

impl std::fmt::Debug for Passcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Passcode")
            .field("value", &"***")
            .field("expires", &self.expires)
            .finish()
    }
}

impl Passcode {
    /// A fresh random passcode of 10 characters (about 50 bits), valid for `ttl`.
    pub fn generate(ttl: Duration) -> Passcode {
        let mut rng = rand::rng();
        let mut value = String::new();
        for i in 0..10 {
            if i == 5 {
                value.push('-');
            }
            let c = PASSCODE_ALPHABET[rng.random_range(0..PASSCODE_ALPHABET.len())];
            value.push(c as char);
        }
        Passcode::new(value, ttl)
    }

    /// A given passcode, valid for `ttl`.
    pub fn new(value: impl Into<String>, ttl: Duration) -> Passcode {
        let now = Instant::now();
        Passcode {
            value: value.into(),
            expires: now.checked_add(ttl).unwrap_or(now),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.value
    }

    pub fn expired(&self) -> bool {
        Instant::now() >= self.expires
    }

    /// Whether `given` is this passcode and it has not expired. Takes the same time
    /// whatever position a wrong character is at.
    pub fn matches(&self, given: &str) -> bool {
        if self.expired() || self.value.is_empty() {
            return false;
        }
        let (a, b) = (self.value.as_bytes(), given.trim().as_bytes());
        let mut diff = a.len() ^ b.len();
        for (i, x) in a.iter().enumerate() {
            diff |= usize::from(x ^ b.get(i).copied().unwrap_or(0));
        }
        diff == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ana@laptop";

    #[test]
    fn parses_keys_comments_and_options() {
        let text = format!("# team\n\n{KEY}\nrestrict,pty {KEY}\n");
        let keys = AllowedKeys::parse(&text).expect("parses");
        assert_eq!(keys.len(), 2);
        let other = AllowedKeys::parse(KEY).expect("parses");
        assert!(keys.allows(&other.keys[0]));
    }

    #[test]
    fn a_bad_line_is_named() {
        let err = AllowedKeys::parse(&format!("{KEY}\nnot a key\n")).unwrap_err();
        assert!(err.starts_with("2:"), "{err}");
    }

    #[test]
    fn passcodes_match_exactly_and_expire() {
        let p = Passcode::new("abcde-fghjk", Duration::from_secs(60));
        assert!(p.matches("abcde-fghjk"));
        assert!(p.matches(" abcde-fghjk\n"));
        assert!(!p.matches("abcde-fghj"));
        assert!(!p.matches("abcde-fghjkx"));
        assert!(!p.matches(""));
        let old = Passcode::new("abcde-fghjk", Duration::ZERO);
        assert!(!old.matches("abcde-fghjk"));
        let fresh = Passcode::generate(Duration::from_secs(60));
        assert_eq!(fresh.as_str().len(), 11);
        assert!(fresh.matches(fresh.as_str()));
    }
}
