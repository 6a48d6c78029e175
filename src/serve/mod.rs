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
//!
//! Login names: `viewer` is read only (for the wall screen); `CODE.NAME` joins the
//! running coaching session with join code CODE as NAME; any other name opens the
//! screens with that name recorded as who made each change.

pub mod backend;
pub mod connection;
pub mod handler;
pub mod hostkey;
pub mod hub;
pub mod input;
pub mod keys;
pub mod login;
mod shared;
pub mod startups;

use crate::error::{Error, Result};
use crate::rubric::Registry;
use crate::tui::theme::ThemeName;
use handler::{Conn, Shared};
pub use keys::{AllowedKeys, Passcode};
use rand::RngExt;
use russh::Disconnect;
use russh::keys::PrivateKey;
use std::future::Future;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;

/// `touchstone serve` options.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on (0.0.0.0:2222 for every network interface)
    #[arg(long, default_value = "127.0.0.1:2222", value_name = "ADDR:PORT")]
    pub listen: SocketAddr,
    /// Let in the public keys of this OpenSSH authorized_keys file
    #[arg(long, value_name = "FILE")]
    pub authorized_keys: Option<PathBuf>,
    /// Let in whoever types a passcode made now and printed here (password or keyboard-interactive)
    #[arg(long)]
    pub passcode: bool,
    /// Also make a second passcode that only ever gets the read-only view (for the wall screen)
    #[arg(long)]
    pub viewer_passcode: bool,
    /// How long the passcodes work, in hours
    #[arg(long, default_value_t = 8, value_name = "HOURS",
          value_parser = clap::value_parser!(u64).range(1..=168))]
    pub passcode_hours: u64,
    /// Most logged-in connections at once; more are told the server is full
    #[arg(long, default_value_t = 50, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub max_connections: u64,
    /// Connections at once that have not logged in yet: N (more are dropped), or START:RATE:FULL (from START on, RATE% of new ones are dropped at random, growing to all at FULL; OpenSSH's MaxStartups)
    #[arg(long, default_value = "30:30:60", value_name = "N|START:RATE:FULL",
          value_parser = startups::max_startups_arg)]
    pub max_startups: startups::MaxStartups,
    /// Connections at once from one address (an IPv6 /64) that have not logged in yet; more from it are dropped (OpenSSH's PerSourceMaxStartups)
    #[arg(long, default_value_t = 10, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub per_source_max_startups: u64,
    /// Seconds a connection has to log in and start the screens before it is cut (OpenSSH's LoginGraceTime)
    #[arg(long, default_value_t = 30, value_name = "SECS",
          value_parser = clap::value_parser!(u64).range(1..=600))]
    pub login_grace: u64,
    /// Disconnect after this many seconds without a key press
    #[arg(long, default_value_t = 1800, value_name = "SECS",
          value_parser = clap::value_parser!(u64).range(10..=604_800))]
    pub idle_timeout: u64,
    /// The host key file, made on first start [default: ssh_host_ed25519_key in the data folder]
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
}

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

/// `touchstone serve`: checks the options, opens (and if need be upgrades) the database
/// once, makes or reads the host key, prints how to connect, and serves until Ctrl-C or
/// SIGTERM.
pub fn cli(
    args: ServeArgs,
    db_path: PathBuf,
    registry: Registry,
    theme: Option<ThemeName>,
    ascii: bool,
    settings: crate::settings::Settings,
) -> Result<()> {
    let keys = match &args.authorized_keys {
        Some(path) => AllowedKeys::load(path)?,
        None => AllowedKeys::default(),
    };
    if args.authorized_keys.is_some() && keys.is_empty() && !args.passcode {
        return Err(Error::input(crate::t!("serve-no-keys-no-passcode")));
    }
    if args.authorized_keys.is_none() && !args.passcode {
        return Err(Error::input(crate::t!("serve-say-who")));
    }
    let ttl = Duration::from_secs(args.passcode_hours * 3600);
    let passcode = args.passcode.then(|| Passcode::generate(ttl));
    let viewer_passcode = args.viewer_passcode.then(|| Passcode::generate(ttl));
    // Refuse a database newer than this binary, and create or upgrade it, before anyone
    // connects.
    drop(crate::store::Store::open(&db_path)?);
    let key_path = args.host_key.clone().unwrap_or_else(hostkey::default_path);
    let (host_key, made) = hostkey::load_or_create(&key_path)?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            Error::failure(crate::t!(
                "serve-cannot-start-server",
                error = e.to_string()
            ))
        })?;
    let listener = runtime
        .block_on(TcpListener::bind(args.listen))
        .map_err(|e| {
            Error::failure(crate::t!(
                "serve-cannot-listen",
                addr = args.listen.to_string(),
                error = e.to_string()
            ))
        })?;
    let addr = listener.local_addr().unwrap_or(args.listen);

    let mut text = String::new();
    let port = addr.port();
    let reach = Reach::of(addr);
    let host = reach.host.clone();
    let p = if port == 22 {
        String::new()
    } else {
        format!("-p {port} ")
    };
    let line = |text: &mut String, line: String| {
        text.push_str(&line);
        text.push('\n');
    };
    line(
        &mut text,
        crate::t!(
            "serve-serving",
            db = db_path.display().to_string(),
            addr = addr.to_string()
        ),
    );
    let fingerprint = hostkey::fingerprint(&host_key).to_string();
    let key_file = key_path.display().to_string();
    line(
        &mut text,
        if made {
            crate::t!(
                "serve-host-key-made",
                fingerprint = &fingerprint,
                path = &key_file
            )
        } else {
            crate::t!(
                "serve-host-key",
                fingerprint = &fingerprint,
                path = &key_file
            )
        },
    );
    if !keys.is_empty() {
        let from = args
            .authorized_keys
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        line(
            &mut text,
            crate::t!("serve-keys-allowed", count = keys.len(), path = from),
        );
    }
    let until = jiff::Zoned::now()
        .checked_add(jiff::SignedDuration::from_secs(
            i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX),
        ))
        .map(|z| z.strftime("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default();
    if let Some(code) = &passcode {
        line(
            &mut text,
            crate::t!("serve-passcode", code = code.as_str(), until = &until),
        );
    }
    if let Some(code) = &viewer_passcode {
        line(
            &mut text,
            crate::t!(
                "serve-viewer-passcode",
                code = code.as_str(),
                until = &until
            ),
        );
    }
    for note in reach.notes(addr) {
        line(&mut text, note);
    }
    text.push_str(&format!(
        "\n{}\n  ssh {p}NAME@{host}          {}\n  ssh {p}CODE.NAME@{host}     {}\n  ssh {p}viewer@{host}        {}\n\n{}\n",
        crate::t!("serve-join-with"),
        crate::t!("serve-join-name"),
        crate::t!("serve-join-code"),
        crate::t!("serve-join-viewer"),
        crate::t!("serve-ctrl-c"),
    ));
    let mut stdout = std::io::stdout();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();

    let config = ServerConfig {
        keys,
        passcode,
        viewer_passcode,
        max_connections: usize::try_from(args.max_connections).unwrap_or(usize::MAX),
        max_startups: args.max_startups.full,
        startups_start: args.max_startups.start,
        startups_rate: args.max_startups.rate,
        per_source_max_startups: usize::try_from(args.per_source_max_startups)
            .unwrap_or(usize::MAX),
        login_timeout: Duration::from_secs(args.login_grace),
        idle_timeout: Duration::from_secs(args.idle_timeout),
        theme,
        ascii,
        plan_dirs: vec![crate::paths::user_sessions_dir()],
        settings,
        // The language `touchstone serve` was started in (--lang, TOUCHSTONE_LANG, the
        // settings, the locale) is that of a client that asks for none.
        lang: crate::i18n::current(),
        ..ServerConfig::new(db_path, registry, host_key)
    };
    // The translations in the server's plan folders, known to the process for display.
    crate::session::translation::use_dirs(&config.plan_dirs);
    let result = runtime.block_on(run(config, listener, stop_signal()));
    let _ = stdout.write_all(format!("{}\n", crate::t!("serve-stopped")).as_bytes());
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}

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

/// Completes on Ctrl-C or SIGTERM.
async fn stop_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

#[cfg(test)]
mod reach_tests {
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
