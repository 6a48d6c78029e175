//! Issue 22's acceptance: what a person may see of a session is decided once
//! (`session::view`), so one private session driven through every front end — the
//! facilitator's, a participant's and the wall's screens (TestBackend), plain mode
//! through a pipe, and the command line (`session list`, `session minutes`,
//! `report`) — shows no one's level or comment before the reveal (a participant sees
//! only their own), and no name beside a level or a comment after it.

use crate::common::{self, Env};
use crate::plain_mode::Piped;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use touchstone::ops::session as ops;
use touchstone::session::Role;
use touchstone::session::view::RoundView;
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::app::SessionRole;

/// Who votes what on cl-1, with a comment only they wrote (Ana votes in plain mode).
const CAST: [(&str, &str, &str, &str); 4] = [
    ("Cy", "full", "Fully implementing", "cy-says-we-decide"),
    ("Ana", "not-yet", "Not yet", "ana-says-no-minutes"),
    ("Dee", "emerging", "Emerging", "dee-says-first-steps"),
    ("Bo", "developing", "Developing", "bo-says-goals-set"),
];

const NAMES: [&str; 4] = ["Ana", "Bo", "Cy", "Dee"];

fn words(line: &str) -> Vec<&str> {
    line.split(|c: char| !c.is_alphanumeric()).collect()
}

/// No line of `text` names a member beside a level or a comment.
fn nobody_paired(door: &str, text: &str) {
    for line in text.lines() {
        let named: Vec<&str> = NAMES
            .iter()
            .copied()
            .filter(|n| words(line).contains(n))
            .collect();
        if named.is_empty() {
            continue;
        }
        for (_, _, label, comment) in CAST {
            assert!(
                !line.contains(label) && !line.contains(comment),
                "{door}: {named:?} beside {label:?} or {comment:?}:\n{line}\n---\n{text}"
            );
        }
    }
}

/// Before the reveal `text` (what `who` sees) carries nobody else's comment.
fn no_other_vote(door: &str, who: Option<&str>, text: &str) {
    for (voter, _, _, comment) in CAST {
        if Some(voter) == who {
            continue;
        }
        assert!(
            !text.contains(comment),
            "{door}: {voter}'s vote shows before the reveal:\n{text}"
        );
    }
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| touchstone::tui::ui::draw(frame, app))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let cells: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    cells
        .chunks(width as usize)
        .map(|row| row.concat() + "\n")
        .collect()
}

/// Every screen of the room at two sizes, as (door, whose screen, text).
fn screens(apps: &[(&str, Option<&str>, &App)]) -> Vec<(String, Option<String>, String)> {
    let mut all = Vec::new();
    for (door, who, app) in apps {
        for (w, h) in [(80, 24), (160, 48)] {
            all.push((
                format!("{door} {w}x{h}"),
                who.map(str::to_string),
                draw(app, w, h),
            ));
        }
    }
    all
}

/// What the command line says of the session (minutes, list, report).
fn command_line(env: &Env, code: &str, assessment: &str) -> Vec<(String, String)> {
    let mut all = vec![
        ("session list".to_string(), env.ok(&["session", "list"])),
        (
            "session minutes".to_string(),
            env.ok(&["session", "minutes", code]),
        ),
    ];
    for format in ["text", "md", "json"] {
        all.push((
            format!("report --format {format}"),
            env.ok(&["report", assessment, "--format", format]),
        ));
    }
    all
}

#[test]
fn a_private_session_shows_no_vote_before_the_reveal_and_no_name_after_it_at_any_door() {
    let env = Env::new();
    let db = env.db();
    let mut store = Store::open(&db).unwrap();
    let assessment = common::lincoln(&mut store);
    let plans = touchstone::session::load_plans(&[]).0;
    let live = ops::start(&mut store, &plans, &assessment, "baseline-check", "Dana").unwrap();
    let (session, code) = (live.id.clone(), live.code.clone());
    ops::discuss(&mut store, &Role::Facilitator, &session, Some("cl-1")).unwrap();

    // Ana takes part in plain mode; the others through the operations layer.
    let mut ana = Piped::start(
        &env,
        &["--plain", "session", "join", &code, "--name", "Ana"],
    );
    ana.wait_for("Vote on cl-1 with a level number");
    let seen = store.live_session(&session).unwrap();
    for (who, level, _, comment) in CAST {
        if who == "Ana" {
            ana.send("1");
            ana.wait_for("Your vote on cl-1: Not yet");
            ana.send(&format!("comment {comment}"));
            ana.wait_for("Comment saved with your vote on cl-1.");
        } else {
            store.join_session(&session, who).unwrap();
            ops::vote(&mut store, &seen, who, level, comment).unwrap();
        }
    }
    let mut dana = common::session_app(
        &db,
        "Dana",
        SessionRole::Facilitate {
            session_id: session.clone(),
        },
    );
    let bo = common::session_app(
        &db,
        "Bo",
        SessionRole::Participate {
            session_id: session.clone(),
            name: "Bo".into(),
        },
    );
    let mut wall = common::session_app(
        &db,
        "viewer",
        SessionRole::Watch {
            session_id: session.clone(),
        },
    );

    // Before the reveal. The view itself, for each role:
    let (votes, pre) = ops::round_votes(&store, &seen).unwrap();
    let rubric = store.load(&assessment).unwrap().rubric;
    for role in [
        Role::Facilitator,
        Role::Participant("Bo".into()),
        Role::Viewer,
    ] {
        let view = RoundView::of(&seen, &role, &rubric, &votes, &pre);
        assert_eq!(view.voted, 4, "{role:?}");
        assert!(view.shown.is_empty(), "{role:?}: {view:?}");
    }
    // ... and every door.
    let apps = [
        ("facilitator", None, &dana),
        ("participant Bo", Some("Bo"), &bo),
        ("wall", None, &wall),
    ];
    for (door, who, text) in screens(&apps) {
        no_other_vote(&door, who.as_deref(), &text);
        nobody_paired(&door, &text);
    }
    let mut presenting = common::session_app(
        &db,
        "Dana",
        SessionRole::Facilitate {
            session_id: session.clone(),
        },
    );
    presenting.handle_key(ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('p'),
        ratatui::crossterm::event::KeyModifiers::NONE,
    ));
    no_other_vote("facilitator's wall", None, &draw(&presenting, 160, 48));
    let heard = ana.text();
    no_other_vote("plain mode", Some("Ana"), &heard);
    nobody_paired("plain mode", &heard);
    for (door, text) in command_line(&env, &code, &assessment) {
        no_other_vote(&door, None, &text);
        nobody_paired(&door, &text);
    }

    // The reveal, by the facilitator's key: every door now shows the votes, and
    // still no one beside theirs.
    dana.handle_key(ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('v'),
        ratatui::crossterm::event::KeyModifiers::NONE,
    ));
    assert!(store.live_session(&session).unwrap().revealed());
    ana.wait_for("cy-says-we-decide");
    let mut bo = bo;
    bo.tick();
    wall.tick();
    presenting.tick();
    let apps = [
        ("facilitator", None, &dana),
        ("participant Bo", Some("Bo"), &bo),
        ("wall", None, &wall),
        ("facilitator's wall", None, &presenting),
    ];
    let all = screens(&apps);
    let everything: String = all.iter().map(|(_, _, t)| t.as_str()).collect();
    assert!(
        everything.contains("cy-says-we-decide"),
        "the reveal shows the comments:\n{everything}"
    );
    for (door, _, text) in &all {
        nobody_paired(door, text);
    }
    let heard = ana.text();
    nobody_paired("plain mode", &heard);
    for (_, _, _, comment) in CAST {
        assert!(
            heard.contains(comment),
            "plain mode hears {comment}:\n{heard}"
        );
    }
    for (door, text) in command_line(&env, &code, &assessment) {
        nobody_paired(&door, &text);
    }
    // Decided and ended: the minutes and report name no one beside a vote.
    dana.handle_key(ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Enter,
        ratatui::crossterm::event::KeyModifiers::NONE,
    ));
    ops::end(&mut store, &Role::Facilitator, &session).unwrap();
    let heard = ana.finish();
    nobody_paired("plain mode to the end", &heard);
    for (door, text) in command_line(&env, &code, &assessment) {
        nobody_paired(&door, &text);
        assert!(
            !door.starts_with("session minutes") || text.contains("cy-says-we-decide"),
            "{door}:\n{text}"
        );
    }
}
