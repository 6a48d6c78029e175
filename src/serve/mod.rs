//! `touchstone serve`: the built-in SSH server. A team joins with plain `ssh`; each
//! connection gets its own `App` — its own terminal size, theme and screen — drawn over
//! the SSH channel, all on the same database, so everyone sees the others' changes.
//!
//! - [`handler`]: authentication and the one session channel (pty + shell); nothing
//!   else is allowed.
//! - [`connection`]: the app thread of one connection (the store is blocking).
//! - [`hub`]: the one watcher of the database, which tells the connections what
//!   changed.
//! - [`backend`]: the ratatui backend that draws into the channel.
//! - [`input`]: keys from the client's bytes.
//! - [`keys`], [`hostkey`]: who may connect, and the server's own key.
//! - [`login`]: what a login name asks for.
//! - `command`: the `touchstone serve` command (options, banner, stop signals);
//!   `reach`: who can reach the address it listens on.
//!
//! Login names: `viewer` is read only (for the wall screen); `CODE.NAME` joins the
//! running coaching session with join code CODE as NAME; any other name opens the
//! screens with that name recorded as who made each change.

pub mod backend;
mod command;
pub mod connection;
pub mod handler;
pub mod hostkey;
pub mod hub;
pub mod input;
pub mod keys;
pub mod login;
pub mod plain;
mod reach;
mod shared;
pub mod startups;

use crate::error::{Error, Result};
use crate::rubric::Registry;
use crate::tui::theme::ThemeName;
pub use command::{ServeArgs, cli};
use handler::{Conn, Shared};
pub use keys::{AllowedKeys, Passcode};
use rand::RngExt;
use russh::Disconnect;
use russh::keys::PrivateKey;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;

/// Everything the server needs to run.
pub struct ServerConfig {
    pub db_path: PathBuf,
    pub registry: Registry,
    pub host_key: PrivateKey,
    pub keys: AllowedKeys,
    pub passcode: Option<Passcode>,
    pub viewer_passcode: Option<Passcode>,
    /// Logged-in connections allowed at once.
    pub max_connections: usize,
    /// Connections not yet logged in allowed at once; more are dropped at once
    /// (`FULL` of `--max-startups`).
    pub max_startups: usize,
    /// From this many connections not yet logged in, new ones are dropped at random
    /// (`START` of `--max-startups`; at or above `max_startups`: never at random).
    pub startups_start: usize,
    /// The chance in percent of that drop at `startups_start`, growing to 100 at
    /// `max_startups` (`RATE`).
    pub startups_rate: u8,
    /// Connections not yet logged in allowed at once from one source address.
    pub per_source_max_startups: usize,
    pub idle_timeout: Duration,
    /// Wrong passcodes allowed per connection before it is cut.
    pub max_auth_attempts: usize,
    /// How long every failed login takes (slows guessing).
    pub auth_rejection_time: Duration,
    /// A connection that has not logged in and started the screens by then is cut
    /// (the login grace time).
    pub login_timeout: Duration,
    pub theme: Option<ThemeName>,
    pub ascii: bool,
    /// Live counts, shared with whoever made the config (tests watch them).
    pub counts: Arc<Counts>,
    /// The folders of the user's session plans for the plan chooser (`serve` passes
    /// `paths::user_sessions_dir()`; none by default: the bundled plans only).
    pub plan_dirs: Vec<PathBuf>,
    /// The server's waits for the other side (short in tests).
    pub grace: Grace,
    /// The settings file's key remaps and default rubric and facilitator, for every
    /// connection's screens (as the local screens take them).
    pub settings: crate::settings::Settings,
    /// The language of a connection that asks for none (see `login::ClientLocale`).
    pub lang: crate::i18n::Lang,
}

/// How long the server waits for clients before acting on its own: fixed in use,
/// shortened by tests so they do not sleep through them.
#[derive(Debug, Clone, Copy)]
pub struct Grace {
    /// On shutdown, how long connected users have to see the goodbye before being cut
    /// off.
    pub goodbye: Duration,
    /// After the app closed the channel, how long the client has to hang up by itself.
    pub hang_up: Duration,
    /// After a disconnect message, how long the client has to close the connection.
    pub disconnect: Duration,
    /// How long a lone Esc at the end of a packet waits for the rest of an escape
    /// sequence before it counts as the Esc key.
    pub esc_wait: Duration,
}

impl Default for Grace {
    fn default() -> Grace {
        Grace {
            goodbye: Duration::from_millis(1500),
            hang_up: Duration::from_secs(2),
            disconnect: Duration::from_millis(500),
            esc_wait: input::ESC_WAIT,
        }
    }
}

impl ServerConfig {
    /// A server on `db_path` with the defaults of `touchstone serve` and no way in yet
    /// (set `keys` and/or `passcode`).
    pub fn new(db_path: PathBuf, registry: Registry, host_key: PrivateKey) -> ServerConfig {
        ServerConfig {
            db_path,
            registry,
            host_key,
            keys: AllowedKeys::default(),
            passcode: None,
            viewer_passcode: None,
            max_connections: 50,
            // A class typing the passcode at once is 30 connections not yet logged in:
            // none of them dropped; beyond that, more and more at random up to 60.
            max_startups: 60,
            startups_start: 30,
            startups_rate: 30,
            // A machine typing a passcode needs one; a room behind one address (a
            // school's NAT) raises it.
            per_source_max_startups: 10,
            idle_timeout: Duration::from_secs(1800),
            max_auth_attempts: 3,
            auth_rejection_time: Duration::from_secs(1),
            login_timeout: Duration::from_secs(30),
            theme: None,
            ascii: false,
            counts: Arc::new(Counts::default()),
            plan_dirs: Vec::new(),
            grace: Grace::default(),
            settings: crate::settings::Settings::default(),
            lang: crate::i18n::Lang::En,
        }
    }
}

/// What a running server has right now.
#[derive(Debug, Default)]
pub struct Counts {
    /// Connections that have not logged in yet.
    pub startups: AtomicUsize,
    /// The same, per source address.
    pub per_source: startups::PerSource,
    /// Logged-in connections.
    pub sessions: AtomicUsize,
    /// App threads (one per connection that started the screens) still running.
    pub app_threads: AtomicUsize,
}

/// One place counted in a [`Counts`] field while it lives.
#[derive(Debug)]
pub struct Slot(Arc<Counts>, fn(&Counts) -> &AtomicUsize);

impl Slot {
    /// Takes a place if fewer than `limit` are taken.
    pub fn take(
        counts: &Arc<Counts>,
        field: fn(&Counts) -> &AtomicUsize,
        limit: usize,
    ) -> Option<Slot> {
        field(counts)
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < limit).then_some(n + 1)
            })
            .ok()?;
        Some(Slot(counts.clone(), field))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        (self.1)(&self.0).fetch_sub(1, Ordering::SeqCst);
    }
}

/// Key offers (each key an OpenSSH client holds counts as a failed login) allowed on
/// top of the passcode tries, as OpenSSH's MaxAuthTries (6) allows.
const KEY_OFFERS: usize = 6;

/// Serves connections from `listener` until `shutdown` completes, then tells everyone
/// connected and closes their connections (within a few seconds).
pub async fn run(
    config: ServerConfig,
    listener: TcpListener,
    shutdown: impl Future<Output = ()>,
) -> Result<()> {
    let stopping = Arc::new(AtomicBool::new(false));
    // The watcher stops with the server, however `run` returns.
    let _stop_watcher = StopOnDrop(stopping.clone());
    let hub = hub::Hub::start(&config.db_path, stopping.clone())?;
    let lang = config.lang;
    let shared = Arc::new(Shared {
        db_path: config.db_path,
        registry: config.registry,
        keys: config.keys,
        passcode: config.passcode,
        viewer_passcode: config.viewer_passcode,
        theme: config.theme,
        ascii: config.ascii,
        idle_timeout: config.idle_timeout,
        shutdown: stopping.clone(),
        passcode_tries: config.max_auth_attempts,
        max_connections: config.max_connections,
        counts: config.counts.clone(),
        plan_dirs: config.plan_dirs,
        grace: config.grace,
        hub: hub.clone(),
        settings: config.settings,
        lang: config.lang,
    });
    if shared.methods().is_empty() {
        return Err(Error::input(crate::t!("serve-nobody-could-log-in")));
    }
    let ssh = Arc::new(russh::server::Config {
        methods: shared.methods(),
        keys: vec![config.host_key],
        // The first "none" probe, the keys a client offers and the passcode tries (the
        // handler counts those and ends the connection after the last).
        max_auth_attempts: config.max_auth_attempts + KEY_OFFERS + 1,
        auth_rejection_time: config.auth_rejection_time,
        // The first "none" probe every client sends is answered at once.
        auth_rejection_time_initial: Some(Duration::ZERO),
        // Until the shell starts; then the app's own idle timer counts key presses.
        inactivity_timeout: Some(config.idle_timeout),
        keepalive_interval: Some(Duration::from_secs(60)),
        keepalive_max: 3,
        nodelay: true,
        ..Default::default()
    });
    let (stop_tx, stop_rx) = watch::channel(false);
    let counts = config.counts.clone();
    let early_drop = startups::MaxStartups {
        start: config.startups_start,
        rate: config.startups_rate.clamp(1, 100),
        full: config.max_startups,
    };
    let mut connections = JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((socket, peer)) => {
                    // Connections that have not logged in are limited on their own, so
                    // silent sockets cannot take the places of people who log in
                    // (OpenSSH's MaxStartups and PerSourceMaxStartups): per source
                    // address, then at random from START, then all beyond FULL.
                    let Some(source) = startups::SourceSlot::take(&counts, peer.ip(), config.per_source_max_startups) else {
                        drop(socket);
                        continue;
                    };
                    let taken = counts.startups.load(Ordering::SeqCst);
                    if early_drop.drops(taken, rand::rng().random_range(0..100)) {
                        drop(socket);
                        continue;
                    }
                    let Some(startup) = Slot::take(&counts, |c| &c.startups, config.max_startups) else {
                        drop(socket);
                        continue;
                    };
                    let started = Arc::new(AtomicBool::new(false));
                    let mut conn = Conn::new(shared.clone(), started.clone(), peer.ip(), (startup, source));
                    // Where the room reaches this server: the wall's join hint.
                    conn.reached_at = socket.local_addr().ok();
                    connections.spawn(serve_one(
                        ssh.clone(),
                        socket,
                        conn,
                        Watch {
                            stop: stop_rx.clone(),
                            started,
                            login_timeout: config.login_timeout,
                            grace: config.grace,
                            lang,
                        },
                    ));
                }
                // Out of file descriptors and the like: wait a moment, keep serving.
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    // Tell every app thread (they say goodbye within a tick) and every connection.
    stopping.store(true, Ordering::SeqCst);
    hub.wake_all();
    let _ = stop_tx.send(true);
    let all_done = async { while connections.join_next().await.is_some() {} };
    let _ = tokio::time::timeout(config.grace.goodbye + Duration::from_secs(2), all_done).await;
    connections.abort_all();
    Ok(())
}

/// Sets the flag when dropped.
struct StopOnDrop(Arc<AtomicBool>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// What a connection task watches besides its session.
struct Watch {
    /// Becomes true when the server stops.
    stop: watch::Receiver<bool>,
    /// Set by the handler when the screens start.
    started: Arc<AtomicBool>,
    login_timeout: Duration,
    grace: Grace,
    /// The server's language, for the disconnect reasons.
    lang: crate::i18n::Lang,
}

/// One connection from hello to goodbye.
async fn serve_one(
    ssh: Arc<russh::server::Config>,
    socket: TcpStream,
    handler: Conn,
    mut watch: Watch,
) {
    let login = tokio::time::sleep(watch.login_timeout);
    let mut login = std::pin::pin!(login);
    let session = tokio::select! {
        started = russh::server::run_stream(ssh, socket, handler) => match started {
            Ok(session) => session,
            Err(_) => return,
        },
        () = &mut login => return,
        () = stopped(&mut watch.stop) => return,
    };
    let handle = session.handle();
    let mut session = std::pin::pin!(session);
    let mut login_pending = true;
    // A finished session must not be polled again: every branch that sees it finish
    // returns.
    loop {
        tokio::select! {
            _ = &mut session => return,
            () = &mut login, if login_pending => {
                login_pending = false;
                if !watch.started.load(Ordering::SeqCst) {
                    // Logged in and started the screens in time, or out.
                    let _ = handle
                        .disconnect(
                            Disconnect::ByApplication,
                            crate::i18n::tr_in(watch.lang, "serve-login-too-slow", &[]),
                            String::new(),
                        )
                        .await;
                    let _ = tokio::time::timeout(watch.grace.disconnect, &mut session).await;
                    return;
                }
            }
            () = stopped(&mut watch.stop) => {
                // The app thread writes its goodbye and closes the channel; then hang up.
                if tokio::time::timeout(watch.grace.goodbye, &mut session)
                    .await
                    .is_err()
                {
                    let _ = handle
                        .disconnect(
                            Disconnect::ByApplication,
                            crate::i18n::tr_in(watch.lang, "serve-shutting-down-disconnect", &[]),
                            String::new(),
                        )
                        .await;
                    let _ = tokio::time::timeout(watch.grace.disconnect, &mut session).await;
                }
                return;
            }
        }
    }
}

/// Completes once the server is stopping.
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}
