//! `touchstone serve` in each person's language (the client's `LANG`, or `NAME+es`),
//! and with the server's settings file (key remaps, default rubric) as the local
//! screens have them.

use crate::serve::{Server, Term, WAIT};
use russh::ChannelMsg;
use russh::keys::PrivateKeyWithHashAlg;
use std::time::{Duration, Instant};
use touchstone::settings;

/// Logs in as `user` with the allowed key and opens an 80x24 shell, sending `env`.
async fn shell_with_env(server: &Server, user: &str, env: &[(&str, &str)]) -> Term {
    let mut handle = server.connect().await;
    let ok = handle
        .authenticate_publickey(user, PrivateKeyWithHashAlg::new(server.key.clone(), None))
        .await
        .expect("auth runs");
    assert!(ok.success(), "the allowed key is accepted");
    Term::open_with_env(handle, 80, 24, env).await
}

/// Presses the export key (`x`) and waits for the refusal every SSH user gets, in
/// whatever language; returns the screen.
async fn export_refusal(term: &mut Term, needle: &str) -> String {
    term.wait_for("Lincoln Elementary").await;
    term.send(b"x").await;
    term.wait_for(needle).await;
    term.contents()
}

const REFUSAL_ES: &str = "Exportar e importar no están disponibles por SSH";
const REFUSAL_EN: &str = "Export and import are not available over SSH";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_client_sending_lang_es_gets_spanish_screens() {
    let server = Server::start().await;
    server.add_assessment("Lincoln Elementary");
    let mut term = shell_with_env(&server, "ana", &[("LANG", "es_MX.UTF-8")]).await;
    export_refusal(&mut term, REFUSAL_ES).await;
    // The goodbye when the server stops is in Spanish too.
    let stopping = tokio::spawn(server.stop());
    let all = term.read_to_close(Duration::from_secs(15)).await;
    assert!(all.contains("el servidor se está apagando"), "{all:?}");
    stopping.await.expect("the server stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn name_plus_es_asks_for_spanish_whatever_the_locale() {
    let server = Server::start().await;
    server.add_assessment("Lincoln Elementary");
    let mut term = shell_with_env(&server, "ana+es", &[("LANG", "en_US.UTF-8")]).await;
    export_refusal(&mut term, REFUSAL_ES).await;
    // Another client at the same time, in English: each connection has its own.
    let mut other = shell_with_env(&server, "bo", &[("LANG", "en_US.UTF-8")]).await;
    let screen = export_refusal(&mut other, REFUSAL_EN).await;
    assert!(!screen.contains(REFUSAL_ES));
    // Changes are still recorded as "ana", without the suffix.
    term.send(b"q").await;
    term.read_to_close(WAIT).await;
    // TOUCHSTONE_LANG comes before LANG.
    let mut term = shell_with_env(
        &server,
        "bo",
        &[("LANG", "en_US.UTF-8"), ("TOUCHSTONE_LANG", "es")],
    )
    .await;
    export_refusal(&mut term, REFUSAL_ES).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn only_the_locale_variables_are_accepted() {
    let server = Server::start().await;
    let mut handle = server.connect().await;
    let ok = handle
        .authenticate_publickey("ana", PrivateKeyWithHashAlg::new(server.key.clone(), None))
        .await
        .expect("auth runs");
    assert!(ok.success());
    let mut channel = handle.channel_open_session().await.expect("channel");
    let mut answer = async |name: &str, value: &str| -> Option<bool> {
        channel.set_env(true, name, value).await.expect("send");
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, channel.wait()).await {
                Ok(Some(ChannelMsg::Success)) => return Some(true),
                Ok(Some(ChannelMsg::Failure)) => return Some(false),
                Ok(Some(_)) => {}
                _ => return None,
            }
        }
    };
    assert_eq!(answer("LANG", "es_MX.UTF-8").await, Some(true));
    assert_eq!(answer("LC_ALL", "es_US.UTF-8").await, Some(true));
    assert_eq!(answer("PATH", "/tmp").await, Some(false));
    assert_eq!(answer("LD_PRELOAD", "/tmp/x.so").await, Some(false));
    assert_eq!(answer("LANG", "es\u{1b}[31m").await, Some(false));
    server.stop().await;
}

/// Issue 14: a `[keys]` remap in the server's settings file works over SSH too.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_servers_key_remaps_apply_to_every_connection() {
    let remap = settings::parse("s", "[keys]\nquit = \"Q\"\n", None).expect("settings");
    let server = Server::start_with(move |c| c.settings = remap).await;
    server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    term.send(b"q").await;
    term.settle(Duration::from_millis(500)).await;
    assert!(!term.closed, "q no longer quits");
    term.send(b"Q").await;
    let all = term.read_to_close(WAIT).await;
    assert!(all.contains("\x1b[?1049l"), "Q quits");
    server.stop().await;
}

/// Issue 14: the new-assessment form over SSH starts on the settings' rubric and
/// facilitator.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_servers_default_rubric_is_the_forms_first_choice() {
    let defaults = settings::parse(
        "s",
        "rubric = \"csf-2023\"\nfacilitator = \"Dana Q\"\n",
        None,
    )
    .expect("settings");
    let server = Server::start_with(move |c| c.settings = defaults).await;
    server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    term.send(b"+").await;
    term.wait_for("(csf-2023)").await;
    term.wait_for("Dana Q").await;
    server.stop().await;
}

/// Issue 20, item 15: the server's `confirm`/`cancel` remaps hold over SSH as on the
/// local screens, and the question names the keys in effect: `y` keeps, `n` deletes.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn swapped_confirm_and_cancel_are_named_and_obeyed_over_ssh() {
    let swap = "[keys]\nconfirm = \"n\"\ncancel = \"y\"\n";
    let remap = settings::parse("s", swap, None).expect("settings");
    let server = Server::start_with(move |c| c.settings = remap).await;
    server.add_assessment("Lincoln Elementary");
    let count = || {
        let store = touchstone::store::Store::open(&server.db()).expect("open");
        store.home_count("").expect("count")
    };
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    term.send(b"d").await;
    term.wait_for("n delete   y keep it").await;
    term.send(b"y").await;
    term.wait_until("the question to close", WAIT, |s| !s.contains("keep it"))
        .await;
    assert_eq!(count(), 1, "y kept it");
    term.send(b"d").await;
    term.wait_for("n delete   y keep it").await;
    term.send(b"n").await;
    let deadline = Instant::now() + WAIT;
    while count() != 0 {
        assert!(Instant::now() < deadline, "n did not delete");
        term.settle(Duration::from_millis(100)).await;
    }
    server.stop().await;
}
