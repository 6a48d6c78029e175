//! One watcher per server: a thread with its own connection notices every commit
//! (`PRAGMA data_version`, then the change log) and tells the connections, so no
//! connection polls the database. Each connection is woken through its input queue and
//! reads what changed since it last looked from the hub's short list of recent
//! changes; a connection that fell behind that list is told that anything may have
//! changed.

use crate::store::{Changes, Watcher};
use std::collections::VecDeque;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

/// What the SSH handler tells the app thread.
#[derive(Debug)]
pub enum ToApp {
    /// Bytes typed by the client.
    Input(Vec<u8>),
    /// The client's terminal is now this many columns and rows.
    Resize(u16, u16),
    /// The client closed the channel.
    Closed,
    /// Look at the server's watcher: the database changed, or the server is stopping.
    Wake,
}

/// How often the watcher looks for commits.
pub const POLL: Duration = Duration::from_millis(100);

/// How many recent reads of the log the hub keeps for connections to catch up from.
const RECENT: usize = 256;

/// What the watcher has seen, for the connections.
#[derive(Default)]
pub struct Hub {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// The newest reads of the log, oldest first, each with its number (one more
    /// than the one before).
    recent: VecDeque<(u64, Arc<Changes>)>,
    /// The number of the newest read.
    newest: u64,
    /// How to wake each connection's app thread. Weak: a connection that ends drops
    /// its queue, and the app thread must then see the queue close.
    wake: Vec<Weak<SyncSender<ToApp>>>,
}

impl Hub {
    /// Starts the watcher thread on the database at `path`; it stops once `stop` is
    /// set (within [`POLL`]).
    pub fn start(path: &Path, stop: Arc<AtomicBool>) -> crate::error::Result<Arc<Hub>> {
        let mut watcher = Watcher::open(path)?;
        let hub = Arc::new(Hub::default());
        let weak = Arc::downgrade(&hub);
        std::thread::Builder::new()
            .name("touchstone-watch".into())
            .spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    std::thread::sleep(POLL);
                    let Some(hub) = weak.upgrade() else { return };
                    // A failed look (the disk went away) is tried again next time.
                    if let Ok(Some(changes)) = watcher.check() {
                        hub.publish(changes);
                    }
                }
            })
            .map_err(|e| {
                crate::error::Error::failure(crate::t!(
                    "serve-cannot-start-server",
                    error = e.to_string()
                ))
            })?;
        Ok(hub)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock leaves the state whole (every change to it is
        // one push or one assignment): keep going.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes in what changed and wakes every connection.
    pub fn publish(&self, changes: Changes) {
        let wake = {
            let mut state = self.lock();
            state.newest += 1;
            let n = state.newest;
            state.recent.push_back((n, Arc::new(changes)));
            while state.recent.len() > RECENT {
                state.recent.pop_front();
            }
            state.wake.retain(|w| w.strong_count() > 0);
            state.wake.clone()
        };
        Hub::wake(&wake);
    }

    /// Wakes every connection (the server is stopping).
    pub fn wake_all(&self) {
        let wake = self.lock().wake.clone();
        Hub::wake(&wake);
    }

    fn wake(wake: &[Weak<SyncSender<ToApp>>]) {
        for tx in wake.iter().filter_map(Weak::upgrade) {
            // A full queue means the app thread is busy: it looks at the hub after
            // what it is handling anyway.
            let _ = tx.try_send(ToApp::Wake);
        }
    }

    /// Wakes this connection from now on.
    pub fn subscribe(&self, tx: &Arc<SyncSender<ToApp>>) {
        self.lock().wake.push(Arc::downgrade(tx));
    }

    /// The number of the newest read: a connection takes it before it reads the
    /// database for the first time, and asks [`Hub::since`] with it.
    pub fn newest(&self) -> u64 {
        self.lock().newest
    }

    /// Everything read after read number `seen`, and the number it brings the reader
    /// up to; "anything may have changed" for a reader older than the hub's list.
    pub fn since(&self, seen: u64) -> Option<(u64, Changes)> {
        let state = self.lock();
        if seen >= state.newest {
            return None;
        }
        let oldest = state.recent.front().map_or(state.newest, |(n, _)| *n);
        if seen + 1 < oldest {
            let last = state.recent.back().map_or(0, |(_, c)| c.last);
            let all = Changes {
                last,
                keys: Vec::new(),
                everything: true,
            };
            return Some((state.newest, all));
        }
        let mut all = Changes::default();
        for (_, changes) in state.recent.iter().filter(|(n, _)| *n > seen) {
            all.merge(changes);
        }
        Some((state.newest, all))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Changed;

    fn changed(last: i64, ids: &[&str]) -> Changes {
        Changes {
            last,
            keys: ids
                .iter()
                .map(|i| Changed::Assessment(i.to_string()))
                .collect(),
            everything: false,
        }
    }

    #[test]
    fn a_connection_catches_up_on_everything_after_what_it_saw() {
        let hub = Hub::default();
        let start = hub.newest();
        assert_eq!(hub.since(start), None, "nothing yet");
        hub.publish(changed(3, &["a"]));
        hub.publish(changed(5, &["b", "a"]));
        let (seen, all) = hub.since(start).unwrap();
        assert_eq!(all.keys, changed(0, &["a", "b"]).keys);
        assert_eq!(all.last, 5);
        assert!(!all.everything);
        assert_eq!(hub.since(seen), None, "told once");
        hub.publish(changed(6, &["c"]));
        assert_eq!(hub.since(seen).unwrap().1.keys, changed(0, &["c"]).keys);
    }

    #[test]
    fn a_connection_behind_the_list_is_told_anything_may_have_changed() {
        let hub = Hub::default();
        let start = hub.newest();
        for i in 0..RECENT as i64 + 2 {
            hub.publish(changed(i + 1, &["a"]));
        }
        let (seen, all) = hub.since(start).unwrap();
        assert!(all.everything);
        assert_eq!(seen, hub.newest());
    }

    #[test]
    fn connections_are_woken_until_they_go() {
        let hub = Hub::default();
        let (tx, rx) = std::sync::mpsc::sync_channel(4);
        let tx = Arc::new(tx);
        hub.subscribe(&tx);
        hub.publish(changed(1, &["a"]));
        assert!(matches!(rx.try_recv(), Ok(ToApp::Wake)));
        drop(tx);
        // The hub holds no sender: the queue closes with the connection.
        assert!(matches!(
            rx.try_recv(),
            Err(std::sync::mpsc::TryRecvError::Disconnected)
        ));
        hub.publish(changed(2, &["a"]));
        assert!(hub.lock().wake.is_empty());
    }
}
