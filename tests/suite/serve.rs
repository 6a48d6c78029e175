//! `touchstone serve` end to end: the server runs in this process on a free loopback
//! port, and russh clients log in, request a pty and a shell, read the screens through
//! a terminal emulator (vt100) and type keys as raw bytes.
//!
//! Every wait is bounded, so these tests never hang.

use russh::ChannelMsg;
use russh::client::{self, Handle};
use russh::keys::{Algorithm, PrivateKey, PrivateKeyWithHashAlg, PublicKey};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tempfile::TempDir;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use touchstone::rubric::{Choice, Registry};
use touchstone::serve::{AllowedKeys, Passcode, ServerConfig};
use touchstone::store::{NewAssessment, Store};

pub(crate) const PASSCODE: &str = "abcde-fghjk";
const VIEWER_PASSCODE: &str = "vwxyz-23456";
pub(crate) const WAIT: Duration = Duration::from_secs(15);

/// A server on a temp database, stopped when dropped.
pub(crate) struct Server {
    pub(crate) dir: TempDir,
    pub(crate) addr: std::net::SocketAddr,
    pub(crate) host_key: PublicKey,
    /// An allowed client key.
    pub(crate) key: Arc<PrivateKey>,
    /// The server's live counts.
    pub(crate) counts: Arc<touchstone::serve::Counts>,
    stop: Option<oneshot::Sender<()>>,
    done: Option<tokio::task::JoinHandle<touchstone::error::Result<()>>>,
}

pub(crate) fn random_key() -> PrivateKey {
    PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).expect("a key")
}

impl Server {
    pub(crate) async fn start() -> Server {
        Server::start_with(|_| {}).await
    }

    pub(crate) async fn start_with(adjust: impl FnOnce(&mut ServerConfig)) -> Server {
        Server::start_with_key_options("", adjust).await
    }

    /// Like `start_with`, with `options` in front of the allowed key in authorized_keys.
    pub(crate) async fn start_with_key_options(
        options: &str,
        adjust: impl FnOnce(&mut ServerConfig),
    ) -> Server {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("t.db");
        drop(Store::open(&db).expect("database"));
        let key = random_key();
        // The allowed key goes through a real authorized_keys file.
        let line = key.public_key().to_openssh().expect("public line");
        let keys_file = dir.path().join("authorized_keys");
        std::fs::write(
            &keys_file,
            format!("# the team\n{options}{line} ana@laptop\n"),
        )
        .expect("write");
        let host_key = random_key();
        let host_public = host_key.public_key().clone();
        let mut config = ServerConfig::new(db, Registry::bundled(), host_key);
        config.keys = AllowedKeys::load(&keys_file).expect("keys");
        config.passcode = Some(Passcode::new(PASSCODE, Duration::from_secs(3600)));
        config.viewer_passcode = Some(Passcode::new(VIEWER_PASSCODE, Duration::from_secs(3600)));
        config.auth_rejection_time = Duration::from_millis(200);
        // The test client does not hang up when its channel closes, as `ssh` does; the
        // server's wait for that would only slow down every stop with a client still
        // connected. (The goodbye grace is kept: users must see the goodbye.)
        config.grace.hang_up = Duration::from_millis(50);
        // Every test client comes from 127.0.0.1, some twenty at once: the per-address
        // limit is tested on its own (`serve_hardening`).
        config.per_source_max_startups = 1000;
        adjust(&mut config);
        let counts = config.counts.clone();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (stop, stopped) = oneshot::channel::<()>();
        let done = tokio::spawn(touchstone::serve::run(config, listener, async {
            let _ = stopped.await;
        }));
        Server {
            dir,
            addr,
            host_key: host_public,
            key: Arc::new(key),
            counts,
            stop: Some(stop),
            done: Some(done),
        }
    }

    pub(crate) fn db(&self) -> PathBuf {
        self.dir.path().join("t.db")
    }

    /// Adds an assessment of `school`; returns its id.
    pub(crate) fn add_assessment(&self, school: &str) -> String {
        let mut store = Store::open(&self.db()).expect("open");
        let registry = Registry::bundled();
        let entry = registry.get("cs-site-2017", "1").expect("bundled rubric");
        store
            .create(&NewAssessment {
                school,
                district: None,
                date: jiff::civil::date(2026, 11, 2),
                team: &[],
                facilitator: None,
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .expect("create")
    }

    /// The choices of an assessment, in rubric order.
    fn choices(&self, id: &str) -> Vec<Option<Choice>> {
        let store = Store::open(&self.db()).expect("open");
        store.load(id).expect("load").choices()
    }

    pub(crate) async fn connect(&self) -> Handle<Client> {
        connect_to(self.addr, self.host_key.clone()).await
    }

    /// Logs in as `user` with the allowed key, opens a pty of 80x24 and a shell.
    pub(crate) async fn shell(&self, user: &str) -> Term {
        let mut handle = self.connect().await;
        let ok = handle
            .authenticate_publickey(user, PrivateKeyWithHashAlg::new(self.key.clone(), None))
            .await
            .expect("auth runs");
        assert!(ok.success(), "the allowed key is accepted");
        Term::open(handle, 80, 24).await
    }

    /// Like `shell`, but `None` when the server turns the connection away.
    pub(crate) async fn try_shell(&self, user: &str) -> Option<Term> {
        let config = Arc::new(client::Config::default());
        let client = Client {
            host_key: self.host_key.clone(),
        };
        let mut handle = tokio::time::timeout(WAIT, client::connect(config, self.addr, client))
            .await
            .ok()?
            .ok()?;
        let ok = handle
            .authenticate_publickey(user, PrivateKeyWithHashAlg::new(self.key.clone(), None))
            .await
            .ok()?;
        ok.success().then_some(())?;
        Some(Term::open(handle, 80, 24).await)
    }

    pub(crate) async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(done) = self.done.take() {
            let result = tokio::time::timeout(Duration::from_secs(10), done)
                .await
                .expect("the server stops within 10 s")
                .expect("the server task does not panic");
            result.expect("the server ends without an error");
        }
    }
}

/// The test client: trusts only the server's host key.
pub(crate) struct Client {
    pub(crate) host_key: PublicKey,
}

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(match key {
            russh::keys::PublicKeyOrCertificate::PublicKey { key, .. } => {
                key.key_data() == self.host_key.key_data()
            }
            _ => false,
        })
    }
}

pub(crate) async fn connect_to(addr: std::net::SocketAddr, host_key: PublicKey) -> Handle<Client> {
    let config = Arc::new(client::Config::default());
    tokio::time::timeout(WAIT, client::connect(config, addr, Client { host_key }))
        .await
        .expect("connects in time")
        .expect("connects")
}

/// A shell channel with what it shows.
pub(crate) struct Term {
    /// Kept so the connection stays up.
    _handle: Handle<Client>,
    pub(crate) channel: russh::Channel<client::Msg>,
    pub(crate) screen: vt100::Parser,
    /// Every byte received, for what the screen does not keep.
    pub(crate) raw: Vec<u8>,
    pub(crate) closed: bool,
}

impl Term {
    pub(crate) async fn open(handle: Handle<Client>, cols: u32, rows: u32) -> Term {
        Term::open_with_env(handle, cols, rows, &[]).await
    }

    /// Like `open`, sending these environment variables first (as `ssh -o SendEnv`
    /// does; the server's answers are not waited for).
    pub(crate) async fn open_with_env(
        handle: Handle<Client>,
        cols: u32,
        rows: u32,
        env: &[(&str, &str)],
    ) -> Term {
        let channel = handle
            .channel_open_session()
            .await
            .expect("session channel");
        for (name, value) in env {
            channel
                .set_env(false, *name, *value)
                .await
                .expect("env request");
        }
        channel
            .request_pty(true, "xterm-256color", cols, rows, 0, 0, &[])
            .await
            .expect("pty request");
        channel.request_shell(true).await.expect("shell request");
        Term {
            _handle: handle,
            channel,
            screen: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            raw: Vec::new(),
            closed: false,
        }
    }

    pub(crate) fn contents(&self) -> String {
        self.screen.screen().contents()
    }

    /// Reads until `check` holds on the screen; panics with the screen after `timeout`.
    pub(crate) async fn wait_until(
        &mut self,
        what: &str,
        timeout: Duration,
        check: impl Fn(&str) -> bool,
    ) {
        let deadline = Instant::now() + timeout;
        loop {
            if check(&self.contents()) {
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || self.closed {
                panic!(
                    "timed out waiting for {what}; the screen:\n{}",
                    self.contents()
                );
            }
            match tokio::time::timeout(left, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => {
                    self.screen.process(&data);
                    self.raw.extend_from_slice(&data);
                }
                Ok(Some(ChannelMsg::Close | ChannelMsg::Eof)) | Ok(None) => self.closed = true,
                Ok(Some(_)) => {}
                Err(_) => {}
            }
        }
    }

    pub(crate) async fn wait_for(&mut self, needle: &str) {
        let n = needle.to_string();
        self.wait_until(needle, WAIT, move |s| s.contains(&n)).await;
    }

    /// Reads whatever arrives for `d`.
    pub(crate) async fn settle(&mut self, d: Duration) {
        let deadline = Instant::now() + d;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || self.closed {
                return;
            }
            match tokio::time::timeout(left, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => {
                    self.screen.process(&data);
                    self.raw.extend_from_slice(&data);
                }
                Ok(Some(ChannelMsg::Close)) | Ok(None) => self.closed = true,
                Ok(Some(_)) => {}
                Err(_) => return,
            }
        }
    }

    pub(crate) async fn send(&self, bytes: &[u8]) {
        self.channel
            .data_bytes(bytes.to_vec())
            .await
            .expect("send keys");
    }

    /// Reads until the channel closes; returns everything received.
    pub(crate) async fn read_to_close(&mut self, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        while !self.closed {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "the channel did not close in time");
            match tokio::time::timeout(left, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => {
                    self.screen.process(&data);
                    self.raw.extend_from_slice(&data);
                }
                Ok(Some(ChannelMsg::Close)) | Ok(None) => self.closed = true,
                Ok(Some(_)) => {}
                Err(_) => {}
            }
        }
        String::from_utf8_lossy(&self.raw).into_owned()
    }
}

fn nonzero(n: u32) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(u16::try_from(n).expect("small")).expect("not zero")
}

/// Polls `check` every 20 ms for up to `timeout`.
pub(crate) async fn eventually(timeout: Duration, mut check: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if check() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn integrity_ok(db: &Path) -> bool {
    let conn = rusqlite::Connection::open(db).expect("open");
    let result: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity check");
    result == "ok"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_key_and_no_passcode_is_refused() {
    let server = Server::start().await;
    let mut handle = server.connect().await;
    let none = handle.authenticate_none("ana").await.expect("auth runs");
    assert!(!none.success(), "no credentials: refused");
    // A key that is not in authorized_keys.
    let stranger = Arc::new(random_key());
    let other = handle
        .authenticate_publickey("ana", PrivateKeyWithHashAlg::new(stranger, None))
        .await
        .expect("auth runs");
    assert!(!other.success(), "an unknown key: refused");
    // Nothing can be opened without logging in.
    let channel = tokio::time::timeout(WAIT, handle.channel_open_session()).await;
    assert!(
        !matches!(channel, Ok(Ok(_))),
        "no channel without logging in"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn wrong_passcodes_are_refused_then_the_connection_is_cut() {
    let server = Server::start().await;
    let mut handle = server.connect().await;
    for attempt in 1..=3 {
        let result = handle
            .authenticate_password("ana", format!("wrong-{attempt}"))
            .await
            .expect("auth runs");
        assert!(!result.success(), "wrong passcode {attempt}: refused");
    }
    // Past the limit even the right passcode gets nowhere: the server hangs up.
    let after = tokio::time::timeout(WAIT, handle.authenticate_password("ana", PASSCODE)).await;
    assert!(
        !matches!(after, Ok(Ok(ref r)) if r.success()),
        "no login after the attempt limit: {after:?}"
    );
    assert!(
        eventually(WAIT, || handle.is_closed()).await,
        "the connection is closed after too many attempts"
    );

    // The right passcode on a fresh connection works, by password ...
    let mut fresh = server.connect().await;
    let ok = fresh
        .authenticate_password("ana", PASSCODE)
        .await
        .expect("auth runs");
    assert!(ok.success(), "the passcode is accepted");
    // ... and by keyboard-interactive.
    let mut ki = server.connect().await;
    let prompt = ki
        .authenticate_keyboard_interactive_start("ana", None::<String>)
        .await
        .expect("auth runs");
    assert!(
        matches!(prompt, client::KeyboardInteractiveAuthResponse::InfoRequest { ref prompts, .. } if prompts.len() == 1),
        "one prompt: {prompt:?}"
    );
    let answer = ki
        .authenticate_keyboard_interactive_respond(vec![PASSCODE.to_string()])
        .await
        .expect("auth runs");
    assert!(
        matches!(answer, client::KeyboardInteractiveAuthResponse::Success),
        "keyboard-interactive with the passcode: {answer:?}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_allowed_key_gets_the_screens_and_a_rating_lands_in_the_database() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana").await;
    term.wait_for("Assessments (1 of 1)").await;
    term.wait_for("Lincoln Elementary").await;
    // The alternate screen is entered and the cursor hidden.
    let raw = String::from_utf8_lossy(&term.raw).into_owned();
    assert!(raw.contains("\x1b[?1049h"), "alternate screen");
    assert!(raw.contains("\x1b[?25l"), "cursor hidden");

    term.send(b"\r").await; // open: the first unrated indicator, cl-1
    term.wait_for("cl-1").await;
    term.send(b"3").await;
    let db = server.db();
    let rated = eventually(WAIT, || {
        Store::open(&db)
            .and_then(|s| s.load(&id))
            .is_ok_and(|a| a.entries[0].choice == Some(Choice::Level(2)))
    })
    .await;
    assert!(rated, "cl-1 is rated 3 (level index 2) in the database");
    let store = Store::open(&db).expect("open");
    let events = store.events(&id).expect("events");
    assert_eq!(events.last().map(|e| e.actor.as_str()), Some("ana"));

    // A window change redraws at the new size.
    term.channel
        .window_change(100, 30, 0, 0)
        .await
        .expect("window change");
    term.screen.screen_mut().set_size(nonzero(30), nonzero(100));
    term.wait_for("cl-1").await;

    // Quitting restores the client's terminal and closes the channel.
    term.send(b"q").await;
    term.wait_for("Assessments (1 of 1)").await;
    term.send(b"q").await;
    let all = term.read_to_close(WAIT).await;
    assert!(all.contains("\x1b[?1049l"), "main screen restored");
    assert!(all.contains("\x1b[?25h"), "cursor shown again");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn exec_sftp_forwarding_and_shells_without_a_pty_are_refused() {
    let server = Server::start().await;

    // exec
    let mut handle = server.connect().await;
    auth(&mut handle, &server.key).await;
    let mut channel = handle
        .channel_open_session()
        .await
        .expect("session channel");
    channel
        .exec(true, "cat /etc/passwd")
        .await
        .expect("send exec");
    assert!(refused(&mut channel).await, "exec refused");
    // Only one session channel per connection.
    let second = tokio::time::timeout(WAIT, handle.channel_open_session()).await;
    assert!(
        !matches!(second, Ok(Ok(_))),
        "a second session channel is refused"
    );
    // Port forwarding, both ways.
    let forward = tokio::time::timeout(WAIT, handle.tcpip_forward("127.0.0.1", 0)).await;
    assert!(!matches!(forward, Ok(Ok(_))), "remote forwarding refused");
    let direct = tokio::time::timeout(
        WAIT,
        handle.channel_open_direct_tcpip(
            "127.0.0.1",
            u32::from(server.addr.port()),
            "127.0.0.1",
            5555,
        ),
    )
    .await;
    assert!(!matches!(direct, Ok(Ok(_))), "local forwarding refused");
    drop(handle);

    // SFTP (a subsystem)
    let mut handle = server.connect().await;
    auth(&mut handle, &server.key).await;
    let mut channel = handle
        .channel_open_session()
        .await
        .expect("session channel");
    channel
        .request_subsystem(true, "sftp")
        .await
        .expect("send subsystem");
    assert!(refused(&mut channel).await, "sftp refused");

    // A shell without a pty (`ssh -T ana@`) gets no screens: the channel is closed
    // with exit status 1 and, on stderr, the hint of `ana+plain@`, which needs no
    // terminal (issue 20: `ssh` said only "shell request failed").
    let mut handle = server.connect().await;
    auth(&mut handle, &server.key).await;
    let mut channel = handle
        .channel_open_session()
        .await
        .expect("session channel");
    channel.request_shell(true).await.expect("send shell");
    let (stderr, status) = closed_with(&mut channel).await;
    assert!(
        stderr.contains("connect with ssh -t, or log in as ana+plain@ for plain mode"),
        "{stderr:?}"
    );
    assert_eq!(status, Some(1), "a shell without a pty ends at once");

    // Agent and X11 forwarding
    let mut handle = server.connect().await;
    auth(&mut handle, &server.key).await;
    let mut channel = handle
        .channel_open_session()
        .await
        .expect("session channel");
    channel
        .agent_forward(true)
        .await
        .expect("send agent request");
    assert!(refused(&mut channel).await, "agent forwarding refused");
    channel
        .request_x11(true, false, "MIT-MAGIC-COOKIE-1", "00", 0)
        .await
        .expect("send x11 request");
    assert!(refused(&mut channel).await, "x11 forwarding refused");
    server.stop().await;
}

pub(crate) async fn auth(handle: &mut Handle<Client>, key: &Arc<PrivateKey>) {
    let ok = handle
        .authenticate_publickey("ana", PrivateKeyWithHashAlg::new(key.clone(), None))
        .await
        .expect("auth runs");
    assert!(ok.success(), "the allowed key is accepted");
}

/// Whether the next answer to a request on `channel` is a failure.
/// Reads a channel until it closes: what came on stderr and the exit status.
async fn closed_with(channel: &mut russh::Channel<client::Msg>) -> (String, Option<u32>) {
    let deadline = Instant::now() + WAIT;
    let (mut stderr, mut status) = (Vec::new(), None);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(!left.is_zero(), "the channel did not close in time");
        match tokio::time::timeout(left, channel.wait()).await {
            Ok(Some(ChannelMsg::ExtendedData { data, ext: 1 })) => stderr.extend_from_slice(&data),
            Ok(Some(ChannelMsg::ExitStatus { exit_status })) => status = Some(exit_status),
            Ok(Some(ChannelMsg::Close)) | Ok(None) => break,
            Ok(Some(_)) | Err(_) => {}
        }
    }
    (String::from_utf8_lossy(&stderr).into_owned(), status)
}

async fn refused(channel: &mut russh::Channel<client::Msg>) -> bool {
    let deadline = Instant::now() + WAIT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        match tokio::time::timeout(left, channel.wait()).await {
            Ok(Some(ChannelMsg::Failure)) => return true,
            Ok(Some(ChannelMsg::Success)) => return false,
            Ok(Some(ChannelMsg::Close)) | Ok(None) => return true,
            Ok(Some(_)) => {}
            Err(_) => return false,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn twenty_clients_at_once_each_render_and_rate() {
    let server = Arc::new(Server::start().await);
    let ids: Vec<String> = (0..20)
        .map(|i| server.add_assessment(&format!("School {i:02}")))
        .collect();
    let started = Instant::now();
    let mut clients = tokio::task::JoinSet::new();
    for i in 0..20 {
        let server = server.clone();
        clients.spawn(async move {
            let mut term = server.shell(&format!("user{i:02}")).await;
            term.wait_for("Assessments (20 of 20)").await;
            // Filter down to this client's school, keep the filter, open it, rate 3.
            term.send(b"/").await;
            term.send(format!("School {i:02}").as_bytes()).await;
            term.wait_for("Assessments (1 of 20)").await;
            term.send(b"\r").await;
            term.send(b"\r").await;
            term.wait_for("cl-1").await;
            term.send(b"3").await;
            term.settle(Duration::from_millis(300)).await;
            term
        });
    }
    let mut terms = Vec::new();
    while let Some(done) = tokio::time::timeout(Duration::from_secs(40), clients.join_next())
        .await
        .expect("all clients finish in time")
    {
        terms.push(done.expect("a client task"));
    }
    assert_eq!(terms.len(), 20);
    let db = server.db();
    let all_rated = eventually(WAIT, || {
        let Ok(store) = Store::open(&db) else {
            return false;
        };
        ids.iter().all(|id| {
            store
                .load(id)
                .is_ok_and(|a| a.entries[0].choice == Some(Choice::Level(2)))
        })
    })
    .await;
    assert!(all_rated, "every client's rating is in the database");
    assert!(
        started.elapsed() < Duration::from_secs(45),
        "20 clients took {:?}",
        started.elapsed()
    );
    drop(terms);
    if let Ok(server) = Arc::try_unwrap(server) {
        server.stop().await;
    }
}

/// Forwards one TCP connection to the server; aborting the task cuts both sides at
/// once, as a dropped network would.
async fn proxy(to: std::net::SocketAddr) -> (std::net::SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let task = tokio::spawn(async move {
        if let Ok((mut inbound, _)) = listener.accept().await
            && let Ok(mut outbound) = TcpStream::connect(to).await
        {
            let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
        }
    });
    (addr, task)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_client_dropped_mid_edit_leaves_the_database_whole_and_the_server_serving() {
    let server = Server::start_with(|c| c.max_connections = 2).await;
    let id = server.add_assessment("Lincoln Elementary");
    let (via, cut) = proxy(server.addr).await;
    let mut handle = connect_to(via, server.host_key.clone()).await;
    auth(&mut handle, &server.key).await;
    let mut term = Term::open(handle, 80, 24).await;
    term.wait_for("Lincoln Elementary").await;
    term.send(b"\r").await;
    term.wait_for("cl-1").await;
    term.send(b"3").await;
    let db = server.db();
    assert!(
        eventually(WAIT, || Store::open(&db)
            .and_then(|s| s.load(&id))
            .is_ok_and(|a| a.entries[0].choice == Some(Choice::Level(2))))
        .await,
        "the rating before the drop is saved"
    );
    term.send(b"e").await; // the note editor
    term.send(b"half a thought about the team").await;
    term.wait_for("half a thought").await;
    cut.abort();
    drop(term);

    // The database is whole and the committed rating is there.
    assert!(integrity_ok(&db), "PRAGMA integrity_check is ok");
    assert_eq!(server.choices(&id)[0], Some(Choice::Level(2)));

    // What was being typed is kept, as quitting would keep it.
    let note_kept = eventually(WAIT, || {
        Store::open(&db)
            .and_then(|s| s.load(&id))
            .is_ok_and(|a| a.entries[0].note == "half a thought about the team")
    })
    .await;
    let notes: Vec<String> = Store::open(&db)
        .and_then(|s| s.load(&id))
        .map(|a| {
            a.entries
                .iter()
                .enumerate()
                .filter(|(_, e)| !e.note.is_empty())
                .map(|(i, e)| format!("{i}: {}", e.note))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        note_kept,
        "the open note is saved when the connection drops: {notes:?}"
    );
    assert!(integrity_ok(&db), "still whole after the save");

    // The dropped connection's slot is freed: two new clients fit under the limit of 2.
    let mut a = None;
    for _ in 0..50 {
        if let Some(term) = server.try_shell("bo").await {
            a = Some(term);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut a = a.expect("a new client is served after the drop");
    let mut b = server.shell("cy").await;
    b.wait_for("Lincoln Elementary").await;
    a.wait_for("Lincoln Elementary").await;

    // A third is told the server is full: the limit holds.
    let said = crate::serve_hardening::shell_when_full(&server).await;
    assert!(
        said.contains("the server is full"),
        "a connection beyond the limit is refused: {said:?}"
    );
    drop((a, b));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn shutdown_tells_connected_users() {
    let server = Server::start().await;
    server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    let Server { stop, done, .. } = &mut { server };
    let _ = stop.take().map(|s| s.send(()));
    let all = term.read_to_close(WAIT).await;
    assert!(all.contains("shutting down"), "the user is told: {all:?}");
    assert!(all.contains("\x1b[?1049l"), "main screen restored");
    let done = done.take().expect("running");
    let result = tokio::time::timeout(Duration::from_secs(10), done)
        .await
        .expect("stops in time")
        .expect("no panic");
    assert!(result.is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn viewers_can_look_but_not_change() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let mut handle = server.connect().await;
    let ok = handle
        .authenticate_password("wall", VIEWER_PASSCODE)
        .await
        .expect("auth runs");
    assert!(ok.success(), "the viewer passcode is accepted");
    let mut term = Term::open(handle, 80, 24).await;
    term.wait_for("Lincoln Elementary").await;
    term.send(b"\r").await; // open: not for viewers
    term.wait_for("read-only").await;
    term.send(b"3d").await;
    term.settle(Duration::from_millis(500)).await;
    assert!(term.contents().contains("Assessments (1 of 1)"));
    assert!(server.choices(&id).iter().all(Option::is_none));
    // The network screen is fine.
    term.send(b"N").await;
    term.wait_for("Network").await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn code_dot_name_joins_the_running_session_as_a_participant() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let code = {
        let mut store = Store::open(&server.db()).expect("open");
        crate::common::start_baseline(&mut store, &id).code
    };
    let mut term = server.shell(&format!("{code}.Ana")).await;
    term.wait_for("you are Ana").await;
    term.wait_for(&format!("Session {code}")).await;

    // An unknown code is said so, and the channel closes.
    let mut other = server.shell("ABCDEF.Bo").await;
    let all = other.read_to_close(WAIT).await;
    assert!(all.contains("join code ABCDEF"), "{all:?}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn viewer_follows_the_running_session_on_the_wall_screen() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let code = {
        let mut store = Store::open(&server.db()).expect("open");
        crate::common::start_baseline(&mut store, &id).code
    };
    let mut term = server.shell("viewer").await;
    term.wait_for("segment 1 of 5: Welcome and purpose").await;
    term.wait_for(&format!("join code {code}")).await;
    // The facilitator moves on; the wall follows without a key press.
    {
        let mut store = Store::open(&server.db()).expect("open");
        let session = store.find_session(&code).expect("session");
        store.discuss(&session, Some("cl-1")).expect("discuss");
    }
    term.wait_for("A site leadership team").await;
    // Facilitator keys do nothing here.
    term.send(b"v").await;
    term.settle(Duration::from_millis(500)).await;
    let store = Store::open(&server.db()).expect("open");
    let session = store.find_session(&code).expect("session");
    assert!(!store.live_session(&session).expect("live").revealed());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_idle_connection_is_closed_with_a_word() {
    let server = Server::start_with(|c| c.idle_timeout = Duration::from_secs(2)).await;
    server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    let all = term.read_to_close(Duration::from_secs(10)).await;
    assert!(all.contains("without a key press"), "{all:?}");
    server.stop().await;
}

/// The real binary: `touchstone serve --passcode` prints how to connect, makes its host
/// key (0600) in the data folder, serves, and stops cleanly on SIGTERM.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_serve_command_prints_the_passcode_serves_and_stops_on_sigterm() {
    use std::io::BufRead;
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_touchstone"))
        .args(["serve", "--listen", "127.0.0.1:0", "--passcode"])
        .env_clear()
        .env("HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("TOUCHSTONE_DB", dir.path().join("t.db"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn touchstone serve");
    struct Kill(u32);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &self.0.to_string()])
                .status();
        }
    }
    let guard = Kill(child.id());
    let stdout = child.stdout.take().expect("stdout");
    let (lines_tx, lines) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut printed = Vec::new();
    let (mut addr, mut passcode) = (None, None);
    while addr.is_none() || passcode.is_none() {
        let line = lines
            .recv_timeout(WAIT)
            .unwrap_or_else(|_| panic!("the server prints how to connect: {printed:?}"));
        if let Some(rest) = line.split(" over SSH on ").nth(1) {
            addr = rest.trim().parse::<std::net::SocketAddr>().ok();
        }
        if let Some(rest) = line.strip_prefix("Passcode: ") {
            passcode = rest.split_whitespace().next().map(str::to_string);
        }
        printed.push(line);
    }
    // The rest of the banner (who can connect, how to join) follows at once.
    while let Ok(line) = lines.recv_timeout(Duration::from_millis(300)) {
        let done = line.starts_with("Ctrl-C");
        printed.push(line);
        if done {
            break;
        }
    }
    let text = printed.join("\n");
    assert!(text.contains("Host key SHA256:"), "{text}");
    assert!(
        text.contains("Listening only on this machine (127.0.0.1:")
            && text.contains("--listen 0.0.0.0:"),
        "a loopback server says so and how to open it to the room: {text}"
    );
    let key_file = dir.path().join("data/touchstone/ssh_host_ed25519_key");
    let mode = std::fs::metadata(&key_file)
        .expect("host key in the data folder")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let host_key = russh::keys::PrivateKey::from_openssh(
        std::fs::read_to_string(&key_file).expect("read key"),
    )
    .expect("an OpenSSH key")
    .public_key()
    .clone();

    let addr = addr.expect("address");
    let mut handle = connect_to(addr, host_key).await;
    let ok = handle
        .authenticate_password("ana", passcode.expect("passcode"))
        .await
        .expect("auth runs");
    assert!(ok.success(), "the printed passcode works");
    let mut term = Term::open(handle, 80, 24).await;
    term.wait_for("Welcome to Touchstone").await;

    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill -TERM");
    assert!(status.success());
    let all = term.read_to_close(WAIT).await;
    assert!(all.contains("shutting down"), "{all:?}");
    let deadline = Instant::now() + WAIT;
    let exit = loop {
        if let Some(exit) = child.try_wait().expect("wait") {
            break exit;
        }
        assert!(Instant::now() < deadline, "the server exits after SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(exit.success(), "exit status {exit:?}");
    let mut stderr = String::new();
    if let Some(mut err) = child.stderr.take() {
        use std::io::Read;
        let _ = err.read_to_string(&mut stderr);
    }
    assert!(
        !stderr.contains("panicked"),
        "no panic on the way out: {stderr}"
    );
    drop(guard);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn connections_that_do_not_start_the_screens_in_time_are_cut() {
    let server = Server::start_with(|c| c.login_timeout = Duration::from_secs(1)).await;
    server.add_assessment("Lincoln Elementary");
    // Never logs in.
    let idle = server.connect().await;
    // Logs in but never asks for the screens.
    let mut lurker = server.connect().await;
    auth(&mut lurker, &server.key).await;
    // Starts the screens: stays.
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    assert!(
        eventually(Duration::from_secs(6), || idle.is_closed()
            && lurker.is_closed())
        .await,
        "cut after the login timeout"
    );
    term.send(b"N").await;
    term.wait_for("Network").await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_client_that_stops_reading_does_not_hold_up_the_others() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    // This client makes the server draw a lot (full redraws on every resize) and never
    // reads a byte of it.
    let slow = server.shell("slow").await;
    for i in 0..300u32 {
        let _ = tokio::time::timeout(
            Duration::from_millis(200),
            slow.channel.window_change(80 + i % 120, 24 + i % 40, 0, 0),
        )
        .await;
    }
    let started = Instant::now();
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    term.send(b"\r").await;
    term.wait_for("cl-1").await;
    term.send(b"3").await;
    let db = server.db();
    assert!(
        eventually(WAIT, || Store::open(&db)
            .and_then(|s| s.load(&id))
            .is_ok_and(|a| a.entries[0].choice == Some(Choice::Level(2))))
        .await,
        "the other client's rating lands"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    drop(slow);
    server.stop().await;
}
