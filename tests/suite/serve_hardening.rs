//! `touchstone serve` under attack (issue 10): pastes that used to cost quadratic time,
//! silent sockets that used to lock everyone out, passcode tries, and authorized_keys
//! options. SSH tests run the server in this process on loopback and use the russh
//! client (helpers from `serve.rs`); work is counted, never timed — the deadlines
//! only keep a broken build from hanging.

use crate::serve::{PASSCODE, Server, WAIT, auth, eventually};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use russh::client::KeyboardInteractiveAuthResponse;
use russh::keys::PrivateKeyWithHashAlg;
use russh::{ChannelMsg, MethodKind};
use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;
use touchstone::rubric::Registry;
use touchstone::serve::AllowedKeys;
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::app::{Input, Screen};
use touchstone::tui::input::MAX_TEXT_CHARS;
use touchstone::tui::terminal::{BATCH, Events, run_loop};

/// Text as a paste would bring it: words and line breaks, `len` characters.
fn paste_text(len: usize) -> String {
    let words = ["assessment ", "évidence ", "team ", "meets\n", "monthly "];
    let mut text = String::new();
    let mut i = 0;
    while text.chars().count() < len {
        text.push_str(words[i % words.len()]);
        i += 1;
    }
    text.chars().take(len).collect()
}

// ---- 4: pastes cost linear work, and a client that leaves stops the work ----------

/// An app on a fresh database, open on an assessment.
fn app_on_assessment() -> (tempfile::TempDir, App, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("t.db")).expect("database");
    let id = crate::common::lincoln(&mut store);
    let options = crate::common::options(None, Some(id.clone()));
    let app = App::new(store, Registry::bundled(), "tester".into(), options);
    (dir, app, id)
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// What a terminal without bracketed paste sends for `text`: a key per character.
fn as_keys(text: &str) -> Vec<Input> {
    text.chars()
        .map(|c| match c {
            '\n' => Input::Key(KeyEvent::from(KeyCode::Enter)),
            c => Input::Key(key(c)),
        })
        .collect()
}

fn editor_inserts(app: &App) -> usize {
    match &app.screen {
        Screen::Assess(state) => state.editor().expect("editor open").inserts,
        _ => panic!("not on the assessment screen"),
    }
}

fn stored_note(dir: &tempfile::TempDir, id: &str) -> String {
    let store = Store::open(&dir.path().join("t.db")).expect("open");
    store.load(id).expect("load").entries[0].note.clone()
}

#[test]
fn a_64k_paste_as_keys_or_as_one_paste_is_one_insert_and_kept_up_to_the_limit() {
    let text = paste_text(64 * 1024);
    let expected: String = text.chars().take(MAX_TEXT_CHARS).collect();
    let expected = expected.trim_end().to_string();

    // Key by key, as a terminal without bracketed paste sends it.
    let (dir, mut app, id) = app_on_assessment();
    app.handle_key(key('e'));
    app.handle_inputs(as_keys(&text), &mut |_, _| true);
    assert_eq!(
        editor_inserts(&app),
        1,
        "one insert for the whole run of keys"
    );
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text.contains("limit of 20000")),
        "{:?}",
        app.status
    );
    app.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert_eq!(stored_note(&dir, &id), expected);

    // As one bracketed paste, with the line breaks a terminal sends (\r).
    let (dir, mut app, id) = app_on_assessment();
    app.handle_key(key('e'));
    app.handle_inputs([Input::Paste(text.replace('\n', "\r"))], &mut |_, _| true);
    assert_eq!(editor_inserts(&app), 1);
    app.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert_eq!(stored_note(&dir, &id), expected);
}

/// A scripted terminal: these events, as fast as they are asked for.
struct Script(VecDeque<Event>);

impl Events for Script {
    fn wait(
        &mut self,
        _timeout: Option<Duration>,
    ) -> std::io::Result<Option<touchstone::tui::terminal::Event>> {
        Ok(self.0.pop_front().map(Into::into))
    }
}

#[test]
fn the_terminal_loop_draws_once_per_batch_not_once_per_key() {
    let text = paste_text(64 * 1024);
    let (dir, mut app, id) = app_on_assessment();
    let mut events: VecDeque<Event> = VecDeque::new();
    events.push_back(Event::Key(key('e')));
    for c in text.chars() {
        events.push_back(Event::Key(match c {
            '\n' => KeyEvent::from(KeyCode::Enter),
            c => key(c),
        }));
    }
    // Ctrl-C quits, saving the open editor.
    events.push_back(Event::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    )));
    let keys = events.len();
    let mut terminal = Terminal::new(TestBackend::new(100, 40)).expect("terminal");
    let frames = run_loop(&mut terminal, &mut app, &mut Script(events), &mut |_, _| {
        true
    })
    .expect("the loop runs");
    assert!(
        frames <= keys / BATCH + 2,
        "{frames} frames for {keys} keys: at most one per batch of {BATCH}"
    );
    let expected: String = text.chars().take(MAX_TEXT_CHARS).collect();
    assert_eq!(stored_note(&dir, &id), expected.trim_end());
}

#[test]
fn a_huge_stored_note_is_not_opened_in_the_editor() {
    let (dir, app, id) = app_on_assessment();
    drop(app);
    // The store refuses such a note (the text policy's limit), so it is planted the
    // way a database from another program could hold it.
    let huge = "word ".repeat(2_000_000);
    rusqlite::Connection::open(dir.path().join("t.db"))
        .expect("rusqlite")
        .execute(
            "INSERT INTO ratings (assessment_id, indicator_id, level, note, updated_at, updated_by)
             VALUES (?1, 'cl-1', NULL, ?2, '2026-11-02T10:00:00Z', 'import')",
            [&id, &huge],
        )
        .expect("a long note");
    let store = Store::open(&dir.path().join("t.db")).expect("open");
    let options = crate::common::options(None, Some(id.clone()));
    let mut app = App::new(store, Registry::bundled(), "tester".into(), options);
    app.handle_key(key('e'));
    let Screen::Assess(state) = &app.screen else {
        panic!("not on the assessment screen")
    };
    assert!(state.editor().is_none(), "the editor does not take 10 MB");
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text.contains("more than the editor takes")),
        "{:?}",
        app.status
    );
    // Drawing shows the start of the note, whatever its size.
    let mut terminal = Terminal::new(TestBackend::new(100, 60)).expect("terminal");
    terminal
        .draw(|f| touchstone::tui::ui::draw(f, &app))
        .expect("draws");
    assert_eq!(stored_note(&dir, &id), huge, "the note is left as it was");
}

/// Logs in, opens the first assessment's note editor over SSH.
async fn editor_over_ssh(server: &Server) -> crate::serve::Term {
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    term.send(b"\r").await;
    term.wait_for("cl-1").await;
    term.send(b"e").await;
    term.wait_for("[Note]").await;
    term
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_64k_paste_over_ssh_is_saved_up_to_the_limit() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let term = editor_over_ssh(&server).await;
    // Key by key (no bracketed paste), the way a plain terminal sends it: \r for Enter.
    let text = paste_text(64 * 1024);
    for chunk in text.replace('\n', "\r").as_bytes().chunks(8 * 1024) {
        term.send(chunk).await;
    }
    term.send(b"\x13").await; // Ctrl-S saves and closes
    let expected: String = text.chars().take(MAX_TEXT_CHARS).collect();
    let expected = expected.trim_end().to_string();
    let db = server.db();
    let saved = eventually(WAIT, || {
        Store::open(&db)
            .and_then(|s| s.load(&id))
            .is_ok_and(|a| a.entries[0].note == expected)
    })
    .await;
    assert!(
        saved,
        "the pasted note is saved, cut at {MAX_TEXT_CHARS} characters"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_bracketed_paste_over_ssh_is_one_piece_with_its_line_breaks() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let term = editor_over_ssh(&server).await;
    // The line break comes as \r, as terminals send it; Ctrl-S after it saves.
    term.send(b"\x1b[200~first line\rsecond line\x1b[201~\x13")
        .await;
    let db = server.db();
    let saved = eventually(WAIT, || {
        Store::open(&db)
            .and_then(|s| s.load(&id))
            .is_ok_and(|a| a.entries[0].note == "first line\nsecond line")
    })
    .await;
    assert!(saved, "the paste is saved as pasted");
    server.stop().await;
}

/// Issue 20, item 12: an arrow whose `ESC [` and `D` come in packets far more than
/// the Esc wait apart moves the cursor; it used to type "D" into the note.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_arrow_split_across_slow_packets_moves_and_types_nothing() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let term = editor_over_ssh(&server).await;
    term.send(b"ab").await;
    term.send(b"\x1b[").await;
    // Far longer than the Esc wait (80 ms): the server has long looked at the pause.
    tokio::time::sleep(Duration::from_millis(400)).await;
    term.send(b"D").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    term.send(b"X\x13").await; // typed before the b, then Ctrl-S
    let db = server.db();
    let mut note = String::new();
    let saved = eventually(WAIT, || {
        note = Store::open(&db)
            .and_then(|s| s.load(&id))
            .map(|a| a.entries[0].note.clone())
            .unwrap_or_default();
        !note.is_empty()
    })
    .await;
    assert!(saved, "the note is saved");
    assert_eq!(
        note, "aXb",
        "the split arrow moved the cursor and typed nothing"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_client_that_pastes_and_leaves_frees_its_thread() {
    let server = Server::start().await;
    server.add_assessment("Lincoln Elementary");
    let counts = server.counts.clone();
    let mut term = editor_over_ssh(&server).await;
    assert_eq!(counts.app_threads.load(Ordering::SeqCst), 1);
    let text = paste_text(256 * 1024).replace('\n', "\r");
    for chunk in text.as_bytes().chunks(32 * 1024) {
        term.send(chunk).await;
    }
    // The server has the paste and is working through it when the client leaves.
    term.wait_for("monthly").await;
    drop(term);
    assert!(
        eventually(WAIT, || counts.app_threads.load(Ordering::SeqCst) == 0
            && counts.sessions.load(Ordering::SeqCst) == 0)
        .await,
        "the connection's thread ends soon after the client left (threads {}, sessions {})",
        counts.app_threads.load(Ordering::SeqCst),
        counts.sessions.load(Ordering::SeqCst)
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_idle_timeout_holds_while_a_paste_is_worked_through() {
    let server = Server::start_with(|c| c.idle_timeout = Duration::from_secs(2)).await;
    server.add_assessment("Lincoln Elementary");
    let mut term = editor_over_ssh(&server).await;
    let text = paste_text(128 * 1024).replace('\n', "\r");
    for chunk in text.as_bytes().chunks(32 * 1024) {
        term.send(chunk).await;
    }
    let all = term.read_to_close(WAIT).await;
    assert!(all.contains("without a key press"), "cut for idling");
    server.stop().await;
}

// ---- 5: connections that have not logged in have their own limit -----------------

/// Opens `n` TCP connections that never say anything.
async fn silent_sockets(server: &Server, n: usize) -> Vec<TcpStream> {
    let mut sockets = Vec::new();
    for _ in 0..n {
        sockets.push(TcpStream::connect(server.addr).await.expect("connects"));
    }
    sockets
}

/// Reads until the server closes the socket; false if it does not within `timeout`.
async fn closed_by_server(socket: &mut TcpStream, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    let mut buf = [0u8; 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        match tokio::time::timeout(left, socket.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => {}
            Err(_) => return false,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn silent_sockets_do_not_lock_out_people_who_log_in() {
    let server = Server::start_with(|c| {
        c.max_connections = 5;
        c.login_timeout = Duration::from_secs(120);
    })
    .await;
    server.add_assessment("Lincoln Elementary");
    let counts = server.counts.clone();
    let _silent = silent_sockets(&server, 5).await;
    assert!(
        eventually(WAIT, || counts.startups.load(Ordering::SeqCst) == 5).await,
        "five connections waiting to log in"
    );
    let mut term = server
        .try_shell("ana")
        .await
        .expect("a real user gets in past five silent sockets");
    term.wait_for("Lincoln Elementary").await;
    assert_eq!(counts.sessions.load(Ordering::SeqCst), 1);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn silent_sockets_are_cut_after_the_login_grace_time() {
    let server = Server::start_with(|c| c.login_timeout = Duration::from_secs(1)).await;
    let counts = server.counts.clone();
    let mut silent = silent_sockets(&server, 3).await;
    for socket in &mut silent {
        assert!(
            closed_by_server(socket, WAIT).await,
            "cut after the grace time"
        );
    }
    assert!(eventually(WAIT, || counts.startups.load(Ordering::SeqCst) == 0).await);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn beyond_max_startups_new_connections_are_dropped_until_places_free_up() {
    let server = Server::start_with(|c| {
        c.max_startups = 2;
        c.login_timeout = Duration::from_secs(120);
    })
    .await;
    server.add_assessment("Lincoln Elementary");
    let counts = server.counts.clone();
    let silent = silent_sockets(&server, 2).await;
    assert!(eventually(WAIT, || counts.startups.load(Ordering::SeqCst) == 2).await);
    // Long before the grace time ends, the third is closed at once.
    let mut third = TcpStream::connect(server.addr).await.expect("connects");
    assert!(
        closed_by_server(&mut third, WAIT).await,
        "dropped past the startups limit"
    );
    drop(silent);
    assert!(eventually(WAIT, || counts.startups.load(Ordering::SeqCst) == 0).await);
    let mut term = server.try_shell("ana").await.expect("room again");
    term.wait_for("Lincoln Elementary").await;
    server.stop().await;
}

/// Like `Server::try_shell`, from the loopback address `source` (127.0.0.2, …: all
/// of 127.0.0.0/8 is this machine).
async fn try_shell_from(server: &Server, source: &str, user: &str) -> Option<crate::serve::Term> {
    let socket = tokio::net::TcpSocket::new_v4().ok()?;
    socket.bind(format!("{source}:0").parse().ok()?).ok()?;
    let stream = tokio::time::timeout(WAIT, socket.connect(server.addr))
        .await
        .ok()?
        .ok()?;
    let client = crate::serve::Client {
        host_key: server.host_key.clone(),
    };
    let config = std::sync::Arc::new(russh::client::Config::default());
    let mut handle =
        tokio::time::timeout(WAIT, russh::client::connect_stream(config, stream, client))
            .await
            .ok()?
            .ok()?;
    let ok = handle
        .authenticate_publickey(user, PrivateKeyWithHashAlg::new(server.key.clone(), None))
        .await
        .ok()?;
    ok.success().then_some(())?;
    Some(crate::serve::Term::open(handle, 80, 24).await)
}

/// Issue 20, item 11: one address holding and reopening more silent sockets than
/// `--max-startups` (30) used to lock everyone out (0 of 40 logins). Now it holds at
/// most its own share (`--per-source-max-startups`), the rest of its sockets are
/// closed at once, and people from another address log in, all of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_flood_from_one_address_leaves_room_for_everyone_else() {
    let server = Server::start_with(|c| {
        c.max_startups = 30;
        c.startups_start = 30;
        c.per_source_max_startups = 10;
        c.login_timeout = Duration::from_secs(120);
    })
    .await;
    server.add_assessment("Lincoln Elementary");
    let counts = server.counts.clone();
    let mut flood = silent_sockets(&server, 40).await;
    assert!(
        eventually(WAIT, || counts.startups.load(Ordering::SeqCst) == 10).await,
        "the flooding address holds at most 10 places, not {}",
        counts.startups.load(Ordering::SeqCst)
    );
    let mut closed = 0;
    for socket in &mut flood {
        if closed_by_server(socket, Duration::from_millis(200)).await {
            closed += 1;
        }
    }
    assert_eq!(closed, 30, "every socket beyond its 10 is closed at once");
    // It reopens as it is cut: still no more than its 10.
    let mut again = silent_sockets(&server, 30).await;
    for socket in &mut again {
        assert!(closed_by_server(socket, WAIT).await, "dropped again");
    }
    assert_eq!(counts.startups.load(Ordering::SeqCst), 10);
    // People at another address all get in while the flood holds its places.
    let mut people = Vec::new();
    for i in 0..12 {
        let mut term = try_shell_from(&server, "127.0.0.2", &format!("member{i}"))
            .await
            .unwrap_or_else(|| panic!("member {i} from 127.0.0.2 gets in"));
        term.wait_for("Lincoln Elementary").await;
        people.push(term);
    }
    assert_eq!(counts.sessions.load(Ordering::SeqCst), 12);
    // The flooding address itself must wait for its places.
    assert!(server.try_shell("ana").await.is_none());
    drop(flood);
    assert!(eventually(WAIT, || counts.startups.load(Ordering::SeqCst) == 0).await);
    let mut term = server.try_shell("ana").await.expect("room again");
    term.wait_for("Lincoln Elementary").await;
    server.stop().await;
}

/// Logs in with the allowed key and asks for the screens; returns what the server
/// says before closing the channel.
pub(crate) async fn shell_when_full(server: &Server) -> String {
    let mut handle = server.connect().await;
    auth(&mut handle, &server.key).await;
    let mut channel = handle.channel_open_session().await.expect("channel");
    channel
        .request_pty(true, "xterm", 80, 24, 0, 0, &[])
        .await
        .expect("pty");
    channel.request_shell(true).await.expect("shell request");
    let mut said = Vec::new();
    let deadline = Instant::now() + WAIT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(!left.is_zero(), "told in time");
        match tokio::time::timeout(left, channel.wait()).await {
            Ok(Some(ChannelMsg::ExtendedData { data, .. } | ChannelMsg::Data { data })) => {
                said.extend_from_slice(&data)
            }
            Ok(Some(ChannelMsg::Close | ChannelMsg::Eof)) | Ok(None) => break,
            Ok(Some(_)) => {}
            Err(_) => break,
        }
    }
    String::from_utf8_lossy(&said).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn logged_in_sessions_are_still_limited_and_told_the_server_is_full() {
    let server = Server::start_with(|c| c.max_connections = 1).await;
    server.add_assessment("Lincoln Elementary");
    let mut first = server.shell("ana").await;
    first.wait_for("Lincoln Elementary").await;
    let said = shell_when_full(&server).await;
    assert!(said.contains("the server is full"), "{said:?}");
    // The first user is unaffected.
    first.send(b"N").await;
    first.wait_for("Network").await;
    server.stop().await;
}

// ---- 14: three passcode tries, by password and by keyboard-interactive ------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_passcode_tries_by_password() {
    let server = Server::start().await;
    let mut handle = server.connect().await;
    // Every client begins with "none".
    let none = handle.authenticate_none("ana").await.expect("auth runs");
    assert!(!none.success());
    for attempt in 1..=2 {
        let result = handle
            .authenticate_password("ana", format!("wrong-{attempt}"))
            .await
            .expect("auth runs");
        match result {
            russh::client::AuthResult::Failure {
                remaining_methods, ..
            } => assert!(
                remaining_methods.contains(&MethodKind::Password),
                "the passcode is still offered after {attempt} wrong: {remaining_methods:?}"
            ),
            other => panic!("wrong passcode accepted: {other:?}"),
        }
    }
    let ok = handle
        .authenticate_password("ana", PASSCODE)
        .await
        .expect("auth runs");
    assert!(ok.success(), "the third try gets in");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_passcode_tries_by_keyboard_interactive() {
    let server = Server::start().await;
    let mut handle = server.connect().await;
    let none = handle.authenticate_none("ana").await.expect("auth runs");
    assert!(!none.success());
    for attempt in 1..=3 {
        let prompt = handle
            .authenticate_keyboard_interactive_start("ana", None::<String>)
            .await
            .expect("auth runs");
        assert!(
            matches!(prompt, KeyboardInteractiveAuthResponse::InfoRequest { .. }),
            "prompt {attempt}: {prompt:?}"
        );
        let answer = if attempt < 3 {
            format!("wrong-{attempt}")
        } else {
            PASSCODE.to_string()
        };
        let reply = handle
            .authenticate_keyboard_interactive_respond(vec![answer])
            .await
            .expect("auth runs");
        if attempt < 3 {
            assert!(
                matches!(reply, KeyboardInteractiveAuthResponse::Failure { ref remaining_methods, .. }
                    if remaining_methods.contains(&MethodKind::KeyboardInteractive)),
                "try {attempt}: {reply:?}"
            );
        } else {
            assert!(
                matches!(reply, KeyboardInteractiveAuthResponse::Success),
                "the third try gets in: {reply:?}"
            );
        }
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_fourth_passcode_after_three_wrong_is_refused() {
    let server = Server::start().await;
    let mut handle = server.connect().await;
    let none = handle.authenticate_none("ana").await.expect("auth runs");
    assert!(!none.success());
    for attempt in 1..=3 {
        let result = handle
            .authenticate_password("ana", format!("wrong-{attempt}"))
            .await
            .expect("auth runs");
        assert!(!result.success());
        if attempt == 3 {
            // The passcode is no longer offered; keys still are.
            let russh::client::AuthResult::Failure {
                remaining_methods, ..
            } = result
            else {
                unreachable!()
            };
            assert!(!remaining_methods.contains(&MethodKind::Password));
            assert!(!remaining_methods.contains(&MethodKind::KeyboardInteractive));
            assert!(remaining_methods.contains(&MethodKind::PublicKey));
        }
    }
    let fourth = tokio::time::timeout(WAIT, handle.authenticate_password("ana", PASSCODE)).await;
    assert!(
        !matches!(fourth, Ok(Ok(ref r)) if r.success()),
        "no fourth try: {fourth:?}"
    );
    assert!(
        eventually(WAIT, || handle.is_closed()).await,
        "and the connection is cut"
    );
    server.stop().await;
}

// ---- 15: authorized_keys options are honoured or refused --------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_key_allowed_from_loopback_logs_in() {
    let server = Server::start_with_key_options("from=\"127.0.0.1,::1\" ", |_| {}).await;
    server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_key_allowed_only_from_elsewhere_is_refused() {
    let server =
        Server::start_with_key_options("no-agent-forwarding,from=\"10.0.0.0/8\" ", |_| {}).await;
    let mut handle = server.connect().await;
    let result = handle
        .authenticate_publickey("ana", PrivateKeyWithHashAlg::new(server.key.clone(), None))
        .await
        .expect("auth runs");
    assert!(!result.success(), "from=10.0.0.0/8 keeps loopback out");
    // A negated pattern keeps out what a wider one lets in.
    let server2 = Server::start_with_key_options("from=\"!127.0.0.1,127.0.0.0/8\" ", |_| {}).await;
    let mut handle = server2.connect().await;
    let result = handle
        .authenticate_publickey("ana", PrivateKeyWithHashAlg::new(server2.key.clone(), None))
        .await
        .expect("auth runs");
    assert!(!result.success(), "!127.0.0.1 wins");
    server.stop().await;
    server2.stop().await;
}

#[test]
fn options_that_are_not_honoured_stop_the_server_from_starting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = crate::serve::random_key();
    let line = key.public_key().to_openssh().expect("public line");
    let file = dir.path().join("authorized_keys");
    std::fs::write(
        &file,
        format!("# team\n{line} ana\ncommand=\"/bin/sh -c 'echo hi'\",no-pty {line} bo\n"),
    )
    .expect("write");
    let err = AllowedKeys::load(&file).expect_err("refused").to_string();
    assert!(
        err.contains("authorized_keys:3:1: option \"command=\" is not supported"),
        "{err}"
    );
    // The real command says the same and does not start.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_touchstone"))
        .arg("--db")
        .arg(dir.path().join("t.db"))
        .args(["serve", "--listen", "127.0.0.1:0", "--authorized-keys"])
        .arg(&file)
        .env("HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("authorized_keys:3:1: option \"command=\" is not supported"),
        "{stderr}"
    );
}
