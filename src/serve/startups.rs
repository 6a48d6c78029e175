//! Limits on connections that have not logged in yet, as OpenSSH's `MaxStartups
//! start:rate:full` and `PerSourceMaxStartups`: silent sockets, from one address or
//! many, cannot take the places of the people who log in.
//!
//! - Beyond `start` unauthenticated connections a new one is dropped at random, with a
//!   chance of `rate` percent that grows linearly to 100% at `full` (random early drop:
//!   a flood cannot fill every place, and someone retrying gets in).
//! - One source address (an IPv6 address counts by its /64 network) may hold at most
//!   `per_source` of them; more from it are dropped at once, whatever the others do.
//!
//! A connection gives its places back when it logs in or ends.

use super::Counts;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// `--max-startups`: `N` (drop everything beyond N) or `START:RATE:FULL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaxStartups {
    pub start: usize,
    /// Percent, 1 to 100.
    pub rate: u8,
    pub full: usize,
}

/// The most `--max-startups` and `--per-source-max-startups` take.
const MOST: usize = 10_000;

impl MaxStartups {
    /// Drop every connection beyond `n`.
    pub fn hard(n: usize) -> MaxStartups {
        MaxStartups {
            start: n,
            rate: 100,
            full: n,
        }
    }

    /// Whether a new connection is dropped while `taken` others have not logged in;
    /// `roll` is a random number from 0 to 99.
    pub fn drops(&self, taken: usize, roll: u8) -> bool {
        let start = self.start.min(self.full);
        if taken >= self.full {
            return true;
        }
        if taken < start {
            return false;
        }
        // From `rate`% at `start` to 100% at `full`, as OpenSSH's drop_connection.
        let span = (self.full - start).max(1);
        let rate = usize::from(self.rate);
        let chance = rate + (100 - rate) * (taken - start) / span;
        usize::from(roll) < chance
    }
}

impl std::fmt::Display for MaxStartups {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.start == self.full {
            write!(f, "{}", self.full)
        } else {
            write!(f, "{}:{}:{}", self.start, self.rate, self.full)
        }
    }
}

/// Reads `--max-startups`: `N`, or `START:RATE:FULL` with 1 ≤ START ≤ FULL ≤ 10000 and
/// RATE a percentage from 1 to 100.
pub fn max_startups_arg(text: &str) -> Result<MaxStartups, String> {
    let count = |part: &str| {
        part.trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MOST).contains(n))
    };
    let bad = || crate::t!("serve-max-startups-bad", value = text.trim());
    let parts: Vec<&str> = text.split(':').collect();
    match parts.as_slice() {
        [n] => count(n).map(MaxStartups::hard).ok_or_else(bad),
        [start, rate, full] => {
            let (Some(start), Some(full)) = (count(start), count(full)) else {
                return Err(bad());
            };
            let rate = rate
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|r| (1..=100).contains(r))
                .ok_or_else(bad)?;
            if start > full {
                return Err(bad());
            }
            Ok(MaxStartups { start, rate, full })
        }
        _ => Err(bad()),
    }
}

/// The address a connection counts under: an IPv4 address (also when mapped into
/// IPv6), or the /64 network of an IPv6 address (one machine may hold a whole /64).
pub fn source_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
    }
}

/// Unauthenticated connections per source address.
#[derive(Debug, Default)]
pub struct PerSource(Mutex<HashMap<IpAddr, usize>>);

impl PerSource {
    /// How many connections from `ip`'s source have not logged in yet.
    pub fn of(&self, ip: IpAddr) -> usize {
        self.0
            .lock()
            .map(|m| m.get(&source_of(ip)).copied().unwrap_or(0))
            .unwrap_or(0)
    }
}

/// One place of a source address among the unauthenticated connections, given back
/// when dropped.
#[derive(Debug)]
pub struct SourceSlot {
    counts: Arc<Counts>,
    source: IpAddr,
}

impl SourceSlot {
    /// Takes a place for `ip` if its source holds fewer than `limit`.
    pub fn take(counts: &Arc<Counts>, ip: IpAddr, limit: usize) -> Option<SourceSlot> {
        let source = source_of(ip);
        let mut map = counts.per_source.0.lock().ok()?;
        let held = map.entry(source).or_insert(0);
        if *held >= limit {
            return None;
        }
        *held += 1;
        Some(SourceSlot {
            counts: counts.clone(),
            source,
        })
    }
}

impl Drop for SourceSlot {
    fn drop(&mut self) {
        if let Ok(mut map) = self.counts.per_source.0.lock()
            && let Some(held) = map.get_mut(&self.source)
        {
            *held = held.saturating_sub(1);
            if *held == 0 {
                map.remove(&self.source);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_reads_as_openssh_does() {
        assert_eq!(max_startups_arg("30"), Ok(MaxStartups::hard(30)));
        assert_eq!(
            max_startups_arg("10:30:60"),
            Ok(MaxStartups {
                start: 10,
                rate: 30,
                full: 60
            })
        );
        assert_eq!(
            max_startups_arg("10:30:60").unwrap().to_string(),
            "10:30:60"
        );
        assert_eq!(MaxStartups::hard(30).to_string(), "30");
        for bad in [
            "",
            "0",
            "x",
            "10:30",
            "10:0:60",
            "10:101:60",
            "61:30:60",
            "1:2:3:4",
            "10001",
            "-1",
            "10:30:0",
        ] {
            let refused = max_startups_arg(bad).unwrap_err();
            assert!(refused.contains("START:RATE:FULL"), "{bad}: {refused}");
        }
    }

    #[test]
    fn random_early_drop_grows_from_rate_to_everything() {
        let m = MaxStartups {
            start: 10,
            rate: 30,
            full: 30,
        };
        let dropped = |taken| (0..100).filter(|&roll| m.drops(taken, roll)).count();
        assert_eq!(dropped(0), 0);
        assert_eq!(dropped(9), 0);
        assert_eq!(dropped(10), 30);
        assert_eq!(dropped(20), 65);
        assert_eq!(dropped(29), 96);
        assert_eq!(dropped(30), 100);
        assert_eq!(dropped(31), 100);
        // A plain N drops nothing below N and everything from N.
        let hard = MaxStartups::hard(2);
        assert!(!hard.drops(1, 0) && !hard.drops(1, 99));
        assert!(hard.drops(2, 0) && hard.drops(2, 99));
    }

    #[test]
    fn a_source_holds_its_own_places() {
        let counts = Arc::new(Counts::default());
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        let one = SourceSlot::take(&counts, a, 2).unwrap();
        let two = SourceSlot::take(&counts, a, 2).unwrap();
        assert!(SourceSlot::take(&counts, a, 2).is_none());
        let other = SourceSlot::take(&counts, b, 2).unwrap();
        assert_eq!(counts.per_source.of(a), 2);
        drop(one);
        assert_eq!(counts.per_source.of(a), 1);
        let _three = SourceSlot::take(&counts, a, 2).unwrap();
        drop((two, other));
        assert_eq!(counts.per_source.of(b), 0);
        // One IPv6 /64 is one source; an IPv4-mapped address is its IPv4 address.
        let v6a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let v6b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let v6c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(source_of(v6a), source_of(v6b));
        assert_ne!(source_of(v6a), source_of(v6c));
        assert_eq!(source_of("::ffff:127.0.0.1".parse().unwrap()), a);
    }
}
