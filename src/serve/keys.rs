//! Who may connect: the public keys of an OpenSSH `authorized_keys` file (with the
//! options Touchstone honours), and short-lived passcodes.

use crate::error::{Error, Result};
use rand::RngExt;
use russh::keys::PublicKey;
use std::net::IpAddr;
use std::path::Path;
use std::time::{Duration, Instant};

/// One listed key and what its options allow.
#[derive(Debug, Clone)]
struct Allowed {
    key: PublicKey,
    /// `from="…"`: the client addresses this key may log in from.
    from: Option<Vec<AddrPattern>>,
    /// `restrict` or `no-pty` (without a later `pty`): no terminal, so no screens.
    pty: bool,
}

/// The public keys allowed in, with the options of an OpenSSH `authorized_keys` file
/// that Touchstone honours: `from="PATTERNS"` (client addresses, CIDR blocks, `*`/`?`
/// wildcards, `!` to exclude), `restrict`, `no-pty` and `pty`; `no-port-forwarding`,
/// `no-agent-forwarding`, `no-X11-forwarding` and `no-user-rc` are always true here.
/// Any other option (`command=`, `environment=`, `permitopen=`, …) is refused when the
/// file is read, so that a restriction is never silently ignored.
#[derive(Debug, Clone, Default)]
pub struct AllowedKeys {
    keys: Vec<Allowed>,
}

impl AllowedKeys {
    /// Reads an `authorized_keys` file; a line that is not a key, or an option not
    /// honoured, is an error naming it as `FILE:LINE:COL: …`.
    pub fn load(path: &Path) -> Result<AllowedKeys> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::input(crate::t!(
                "serve-cannot-read",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        AllowedKeys::parse(&text).map_err(|e| Error::input(format!("{}:{e}", path.display())))
    }

    /// Parses the text of an `authorized_keys` file (errors start with `LINE:COL:`).
    pub fn parse(text: &str) -> std::result::Result<AllowedKeys, String> {
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - line.trim_start().len();
            keys.push(parse_line(trimmed, n + 1, indent)?);
        }
        Ok(AllowedKeys { keys })
    }

    pub fn from_keys(keys: Vec<PublicKey>) -> AllowedKeys {
        AllowedKeys {
            keys: keys
                .into_iter()
                .map(|key| Allowed {
                    key,
                    from: None,
                    pty: true,
                })
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Whether this key (its key material; comments do not matter) is listed and may
    /// log in from `peer`.
    pub fn allows(&self, key: &PublicKey, peer: IpAddr) -> bool {
        self.find(key, peer).is_some()
    }

    /// Whether a login with this key from `peer` may have a terminal (`restrict`,
    /// `no-pty`).
    pub fn pty_allowed(&self, key: &PublicKey, peer: IpAddr) -> bool {
        self.find(key, peer).is_some_and(|a| a.pty)
    }

    fn find(&self, key: &PublicKey, peer: IpAddr) -> Option<&Allowed> {
        self.keys.iter().find(|a| {
            a.key.key_data() == key.key_data()
                && a.from.as_ref().is_none_or(|p| from_matches(p, peer))
        })
    }
}

/// One line: `[OPTIONS] KEYTYPE BASE64 [COMMENT]`. `indent` is the number of bytes
/// of leading blanks the line had (for columns).
fn parse_line(line: &str, number: usize, indent: usize) -> std::result::Result<Allowed, String> {
    let col = |byte: usize| line[..byte].chars().count() + indent + 1;
    let mut allowed = Allowed {
        key: match PublicKey::from_openssh(line) {
            Ok(key) => {
                return Ok(Allowed {
                    key,
                    from: None,
                    pty: true,
                });
            }
            Err(_) => {
                PublicKey::from_openssh(line_without_options(line).1.trim_start()).map_err(|e| {
                    let why = crate::t!("serve-not-a-key", error = e.to_string());
                    format!("{number}:{}: {why}", col(0))
                })?
            }
        },
        from: None,
        pty: true,
    };
    let (options, _) = line_without_options(line);
    for (start, option) in split_options(options) {
        let (name, value) = match option.split_once('=') {
            Some((name, value)) => (name.to_ascii_lowercase(), Some(value)),
            None => (option.to_ascii_lowercase(), None),
        };
        let at = format!("{number}:{}", col(start));
        match (name.as_str(), value) {
            ("from", Some(value)) => {
                let value = unquote(value)
                    .ok_or_else(|| format!("{at}: {}", crate::t!("serve-from-needs-quotes")))?;
                let patterns = value
                    .split(',')
                    .map(AddrPattern::parse)
                    .collect::<std::result::Result<Vec<_>, _>>()
                    .map_err(|e| format!("{at}: from=: {e}"))?;
                allowed.from = Some(patterns);
            }
            ("restrict" | "no-pty", None) => allowed.pty = false,
            ("pty", None) => allowed.pty = true,
            (
                "no-port-forwarding" | "no-agent-forwarding" | "no-x11-forwarding" | "no-user-rc",
                None,
            ) => {}
            _ => {
                let shown = match value {
                    Some(_) => format!("{name}="),
                    None => name.clone(),
                };
                return Err(format!(
                    "{at}: {}",
                    crate::t!(
                        "serve-option-unsupported",
                        option = crate::text::one_line(&shown)
                    )
                ));
            }
        }
    }
    Ok(allowed)
}

/// Splits a line into its options (up to the first blank outside quotes) and the rest.
fn line_without_options(line: &str) -> (&str, &str) {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ' ' | '\t' if !quoted => return (&line[..i], &line[i..]),
            _ => {}
        }
    }
    (line, "")
}

/// The comma-separated options with their byte offsets (commas in quotes do not split).
fn split_options(options: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let (mut quoted, mut start) = (false, 0);
    for (i, c) in options.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push((start, &options[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push((start, &options[start..]));
    out
}

fn unquote(value: &str) -> Option<&str> {
    value.strip_prefix('"')?.strip_suffix('"')
}

/// One entry of a `from=` list, as OpenSSH reads it (without host names: the server
/// does not look up the client's name).
#[derive(Debug, Clone)]
struct AddrPattern {
    negated: bool,
    kind: PatternKind,
}

#[derive(Debug, Clone)]
enum PatternKind {
    /// `10.0.0.0/8`, `2001:db8::/32`.
    Cidr(IpAddr, u8),
    /// An address, or a pattern with `*` and `?` matched against the address's text.
    Wildcard(String),
}

impl AddrPattern {
    fn parse(text: &str) -> std::result::Result<AddrPattern, String> {
        let (negated, body) = match text.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        if body.is_empty() {
            return Err(crate::t!("serve-empty-pattern"));
        }
        let kind = match body.split_once('/') {
            Some((addr, bits)) => {
                let addr: IpAddr = addr.parse().map_err(|_| {
                    crate::t!("serve-not-an-address", pattern = format!("{body:?}"))
                })?;
                let max = if addr.is_ipv4() { 32 } else { 128 };
                let bits: u8 =
                    bits.parse().ok().filter(|b| *b <= max).ok_or_else(|| {
                        crate::t!("serve-bad-prefix", pattern = format!("{body:?}"))
                    })?;
                PatternKind::Cidr(addr, bits)
            }
            None => PatternKind::Wildcard(body.to_ascii_lowercase()),
        };
        Ok(AddrPattern { negated, kind })
    }

    fn matches(&self, peer: IpAddr) -> bool {
        match &self.kind {
            PatternKind::Cidr(net, bits) => in_block(peer, *net, *bits),
            PatternKind::Wildcard(pattern) => {
                wildcard(pattern.as_bytes(), peer.to_string().as_bytes())
            }
        }
    }
}

/// OpenSSH's rule: a matching negated pattern refuses; otherwise any matching pattern
/// allows.
fn from_matches(patterns: &[AddrPattern], peer: IpAddr) -> bool {
    // An IPv4 client on an IPv6 socket is seen as ::ffff:a.b.c.d.
    let peer = match peer {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(peer, IpAddr::V4),
        v4 => v4,
    };
    let mut allowed = false;
    for p in patterns {
        if p.matches(peer) {
            if p.negated {
                return false;
            }
            allowed = true;
        }
    }
    allowed
}

fn in_block(peer: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (peer, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(a) & mask == u32::from(b) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(b)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(a) & mask == u128::from(b) & mask
        }
        _ => false,
    }
}

/// `*` any run, `?` any one character; iterative, so linear-ish and no recursion.
fn wildcard(pattern: &[u8], text: &[u8]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == b'?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == b'*' {
            star = Some((p, t));
            p += 1;
        } else if let Some((sp, st)) = star {
            p = sp + 1;
            t = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == b'*')
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

    fn local() -> IpAddr {
        IpAddr::from([127, 0, 0, 1])
    }

    #[test]
    fn parses_keys_comments_and_options() {
        let text = format!("# team\n\n{KEY}\nrestrict,pty {KEY}\n");
        let keys = AllowedKeys::parse(&text).expect("parses");
        assert_eq!(keys.len(), 2);
        let other = AllowedKeys::parse(KEY).expect("parses");
        assert!(keys.allows(&other.keys[0].key, local()));
        assert!(keys.pty_allowed(&other.keys[0].key, local()));
    }

    #[test]
    fn a_bad_line_is_named() {
        let err = AllowedKeys::parse(&format!("{KEY}\nnot a key\n")).unwrap_err();
        assert!(err.starts_with("2:1:"), "{err}");
    }

    #[test]
    fn restrict_without_pty_takes_the_terminal_away() {
        let keys = AllowedKeys::parse(&format!("restrict {KEY}")).expect("parses");
        let key = &keys.keys[0].key;
        assert!(keys.allows(key, local()));
        assert!(!keys.pty_allowed(key, local()));
    }

    #[test]
    fn unsupported_options_are_refused_at_their_column() {
        let err =
            AllowedKeys::parse(&format!("{KEY}\n  no-pty,command=\"ls -l\" {KEY}\n")).unwrap_err();
        assert!(
            err.starts_with("2:10: option \"command=\" is not supported"),
            "{err}"
        );
        let err = AllowedKeys::parse(&format!("environment=\"A=1\" {KEY}")).unwrap_err();
        assert!(err.starts_with("1:1: option \"environment=\""), "{err}");
        let err = AllowedKeys::parse(&format!("from=\"10.0.0.0/99\" {KEY}")).unwrap_err();
        assert!(err.starts_with("1:1: from=:"), "{err}");
    }

    #[test]
    fn from_patterns_with_cidr_wildcards_and_negation() {
        let allows = |from: &str, ip: [u8; 4]| {
            let keys = AllowedKeys::parse(&format!("from=\"{from}\" {KEY}")).expect("parses");
            keys.allows(&keys.keys[0].key, IpAddr::from(ip))
        };
        assert!(allows("127.0.0.1", [127, 0, 0, 1]));
        assert!(!allows("10.0.0.0/8", [127, 0, 0, 1]));
        assert!(allows("10.0.0.0/8", [10, 9, 8, 7]));
        assert!(allows("192.168.1.*", [192, 168, 1, 40]));
        assert!(!allows("192.168.1.?", [192, 168, 1, 40]));
        assert!(allows("192.168.1.??", [192, 168, 1, 40]));
        assert!(!allows("!10.0.0.5,10.0.0.0/8", [10, 0, 0, 5]));
        assert!(allows("!10.0.0.5,10.0.0.0/8", [10, 0, 0, 6]));
        assert!(allows("0.0.0.0/0", [8, 8, 8, 8]));
        // An IPv4 client seen through an IPv6 socket.
        let keys = AllowedKeys::parse(&format!("from=\"127.0.0.1\" {KEY}")).expect("parses");
        let mapped: IpAddr = "::ffff:127.0.0.1".parse().expect("address");
        assert!(keys.allows(&keys.keys[0].key, mapped));
        let v6 = AllowedKeys::parse(&format!("from=\"2001:db8::/32\" {KEY}")).expect("parses");
        let inside: IpAddr = "2001:db8::1".parse().expect("address");
        assert!(v6.allows(&v6.keys[0].key, inside));
        assert!(!v6.allows(&v6.keys[0].key, local()));
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
