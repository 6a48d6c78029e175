//! A viewer follows its room from any moment (issue 24, item 2): connected before a
//! session starts, during pre-rating or between sessions, `ssh viewer@` shows the
//! wall as soon as a session is running and goes back to the list when it ends; its
//! footer offers only what a viewer may do.

use crate::serve::{Server, WAIT};
use std::time::Duration;
use touchstone::store::Store;

fn baseline_plan() -> touchstone::session::PlanEntry {
    touchstone::session::load_plans(&[])
        .0
        .into_iter()
        .find(|p| p.plan.id == "baseline-check")
        .expect("bundled plan")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_viewer_connected_first_follows_the_session_that_starts_later_and_returns_when_it_ends() {
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("viewer").await;
    term.wait_for("Lincoln Elementary").await;
    // The list's footer offers nothing a viewer cannot do.
    let footer = term
        .contents()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    for word in ["new", "export", "import"] {
        assert!(
            !footer.split_whitespace().any(|w| w == word),
            "a viewer's footer offers `{word}`: {footer:?}"
        );
    }
    assert!(footer.contains("quit"), "a way out stays: {footer:?}");

    // Pre-rating opens: the room is not meeting yet, so the list stays.
    let live = {
        let mut store = Store::open(&server.db()).expect("open");
        let a = store.load(&id).expect("load");
        let plan = baseline_plan();
        store
            .open_prerating(&a, &plan.plan, &plan.text, "Dana", &[])
            .expect("open pre-rating")
    };
    term.settle(Duration::from_millis(700)).await;
    assert!(
        term.contents().contains("Lincoln Elementary") && !term.contents().contains("Now:"),
        "no wall during pre-rating:\n{}",
        term.contents()
    );

    // The meeting starts: the wall opens by itself, no key pressed.
    {
        let mut store = Store::open(&server.db()).expect("open");
        store
            .close_prerating(&live.id, &[], None)
            .expect("close pre-rating");
    }
    term.wait_for("segment 1 of 5: Welcome and purpose").await;
    term.wait_for(&format!("join code {}", live.code)).await;
    // The room joins over SSH too: the wall says how, at the address it came in on.
    term.wait_for(&format!(
        "ssh -p {} {}.NAME@127.0.0.1",
        server.addr.port(),
        live.code
    ))
    .await;

    // It ends: back to the list, saying so.
    {
        let mut store = Store::open(&server.db()).expect("open");
        store.end_session(&live.id).expect("end");
    }
    term.wait_for(&format!("Session {} has ended", live.code))
        .await;
    assert!(term.contents().contains("Assessments (1 of 1)"));

    // Between sessions: the next one is followed too.
    let next = {
        let mut store = Store::open(&server.db()).expect("open");
        crate::common::start_baseline(&mut store, &id)
    };
    term.wait_until("the next session's wall", WAIT, |s| {
        s.contains(&format!("join code {}", next.code)) && s.contains("segment 1 of 5: Welcome")
    })
    .await;
    server.stop().await;
}
