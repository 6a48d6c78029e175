//! Who can reach the address the server listens on, for its banner.

use std::net::SocketAddr;

/// Who can reach the address `serve` listens on, for its banner: the host to put in the
/// `ssh` lines, and whether only this machine can connect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reach {
    /// What to put after `NAME@` in the join lines.
    pub(crate) host: String,
    /// Listening on a loopback address: nobody else in the room can connect.
    pub(crate) loopback_only: bool,
    /// Listening on every address: the addresses others may use, if known.
    pub(crate) room_addresses: Vec<String>,
}

impl Reach {
    /// Works out the reach of `addr`; for an unspecified address (`0.0.0.0`, `::`) it
    /// asks the system for the machine's outward address (no packet is sent) and else
    /// its host name.
    pub(crate) fn of(addr: SocketAddr) -> Self {
        let ip = addr.ip();
        if ip.is_unspecified() {
            let mut room_addresses = Vec::new();
            if let Some(a) = outward_address(ip.is_ipv6()) {
                room_addresses.push(a);
            }
            let host = room_addresses
                .first()
                .cloned()
                .or_else(host_name)
                .unwrap_or_else(|| "HOST".to_string());
            Self {
                host,
                loopback_only: false,
                room_addresses,
            }
        } else {
            let host = match ip {
                std::net::IpAddr::V6(v6) => format!("[{v6}]"),
                std::net::IpAddr::V4(v4) => v4.to_string(),
            };
            Self {
                host,
                loopback_only: ip.is_loopback(),
                room_addresses: Vec::new(),
            }
        }
    }

    /// The banner's words about who can connect.
    pub(crate) fn notes(&self, addr: SocketAddr) -> Vec<String> {
        if self.loopback_only {
            vec![
                crate::t!("serve-loopback-only", addr = addr.to_string()),
                crate::t!("serve-open-to-room", port = addr.port().to_string()),
            ]
        } else if addr.ip().is_unspecified() {
            if self.room_addresses.is_empty() {
                vec![crate::t!("serve-room-host", host = self.host.as_str())]
            } else {
                vec![crate::t!(
                    "serve-room-addresses",
                    addresses = self.room_addresses.join(", ")
                )]
            }
        } else {
            Vec::new()
        }
    }
}

/// This machine's address on its default route, found by "connecting" a UDP socket
/// (which sends nothing); `None` without a network.
fn outward_address(v6: bool) -> Option<String> {
    let (bind, probe) = if v6 {
        ("[::]:0", "[2001:db8::1]:9")
    } else {
        ("0.0.0.0:0", "192.0.2.1:9")
    };
    let socket = std::net::UdpSocket::bind(bind).ok()?;
    socket.connect(probe).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    if ip.is_unspecified() || ip.is_loopback() {
        return None;
    }
    Some(match ip {
        std::net::IpAddr::V6(v6) => format!("[{v6}]"),
        std::net::IpAddr::V4(v4) => v4.to_string(),
    })
}

/// The machine's host name, from the kernel (Linux) or the environment.
fn host_name() -> Option<String> {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        })
}

#[cfg(test)]
mod tests {
    use super::Reach;

    #[test]
    fn loopback_says_only_this_machine_and_names_the_flag() {
        let addr = "127.0.0.1:2222".parse().expect("address");
        let reach = Reach::of(addr);
        assert!(reach.loopback_only);
        assert_eq!(reach.host, "127.0.0.1");
        let notes = reach.notes(addr).join("\n");
        assert!(notes.contains("only on this machine"), "{notes}");
        assert!(notes.contains("--listen 0.0.0.0:2222"), "{notes}");
    }

    #[test]
    fn every_address_names_where_the_room_connects_never_a_bare_placeholder_word() {
        let addr = "0.0.0.0:2222".parse().expect("address");
        let reach = Reach::of(addr);
        assert!(!reach.loopback_only);
        let notes = reach.notes(addr).join("\n");
        assert!(
            notes.contains("The room connects to this machine"),
            "{notes}"
        );
        assert!(!notes.contains("only on this machine"), "{notes}");
        assert!(
            notes.contains(&reach.host) || reach.host == "HOST",
            "{notes}"
        );
    }

    #[test]
    fn a_room_address_says_nothing_more() {
        let addr = "192.168.1.20:2222".parse().expect("address");
        let reach = Reach::of(addr);
        assert_eq!(reach.host, "192.168.1.20");
        assert!(reach.notes(addr).is_empty());
        let v6 = "[fe80::1]:2222".parse().expect("address");
        assert_eq!(Reach::of(v6).host, "[fe80::1]");
    }
}
