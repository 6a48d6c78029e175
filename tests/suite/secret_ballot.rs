//! The secret ballot at every door and exit (issue 20, items 1-3): outside an
//! open-voting session, no output, order or file links a vote, a pre-rating or a
//! comment to a person. A private workshop with four members who pre-rate, then cast
//! four different levels with comments, out of alphabetical order (one of them in
//! plain mode), is read back through every output: the report in each format, the
//! minutes, the export, `history`, the screens (facilitator, participant, wall, the
//! history view), plain mode through a pipe and over SSH, and the database itself.
//! An open-voting session still names its voters where it did.

use crate::common::{self, Env};
use crate::plain_mode::Piped;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use touchstone::store::Store;
use touchstone::tui::App;
use touchstone::tui::app::SessionRole;

/// Who voted what on cl-1, in the order they cast: by name, by level and by comment
/// these are three other orders.
const CAST: [(&str, &str, &str, &str); 4] = [
    ("Cy", "full", "Fully implementing", "we decide together"),
    ("Ana", "not-yet", "Not yet", "no minutes yet"),
    ("Dee", "emerging", "Emerging", "first steps"),
    ("Bo", "developing", "Developing", "goals set"),
];

/// Their pre-ratings of cl-1 (replaced by their room votes) and cl-2 (never
/// discussed), each with a comment of its own.
const PRE: [(&str, &str, &str); 4] = [
    ("Ana", "full", "pre by the first"),
    ("Bo", "not-yet", "pre by the second"),
    ("Cy", "emerging", "pre by the third"),
    ("Dee", "developing", "pre by the fourth"),
];

const NAMES: [&str; 4] = ["Ana", "Bo", "Cy", "Dee"];

/// The comments as the room should read them: in level order.
const IN_LEVEL_ORDER: [&str; 4] = [
    "no minutes yet",
    "first steps",
    "goals set",
    "we decide together",
];

/// What would pair a person with a vote if it stood on a line with their name.
fn secrets() -> Vec<&'static str> {
    let mut all: Vec<&str> = CAST.iter().flat_map(|c| [c.2, c.3]).collect();
    all.extend(PRE.iter().map(|p| p.2));
    all.extend(["\"full\"", "\"not-yet\"", "\"emerging\"", "\"developing\""]);
    all
}

fn words(line: &str) -> Vec<&str> {
    line.split(|c: char| !c.is_alphanumeric()).collect()
}

/// No line of `text` names a member next to a level or a comment.
fn nobody_paired(what: &str, text: &str) {
    for line in text.lines() {
        let named: Vec<&str> = NAMES
            .iter()
            .copied()
            .filter(|n| words(line).contains(n))
            .collect();
        if named.is_empty() {
            continue;
        }
        for secret in secrets() {
            assert!(
                !line.contains(secret),
                "{what}: {named:?} next to {secret:?}:\n{line}\n---\n{text}"
            );
        }
    }
}

/// Where each comment first appears in `text`, as the list of comments in that order.
fn comment_order(text: &str) -> Vec<&'static str> {
    let mut found: Vec<(usize, &str)> = CAST
        .iter()
        .filter_map(|c| text.find(c.3).map(|at| (at, c.3)))
        .collect();
    found.sort();
    found.into_iter().map(|(_, c)| c).collect()
}

struct Workshop {
    env: Env,
    assessment: String,
    session: String,
    code: String,
}

/// The private workshop, up to the reveal of cl-1 (Ana votes in plain mode; her
/// transcript is returned with the pipe still open).
fn workshop_to_the_reveal() -> (Workshop, Piped) {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let assessment = common::lincoln(&mut store);
    let a = store.load(&assessment).unwrap();
    let plans = touchstone::session::load_plans(&[]).0;
    let plan = plans
        .iter()
        .find(|p| p.plan.id == "baseline-check")
        .unwrap();
    let live = store
        .open_prerating(&a, &plan.plan, &plan.text, "Dana", &[])
        .unwrap();
    for (i, (who, level, comment)) in PRE.iter().enumerate() {
        store
            .prerate(&live.id, who, "cl-1", level, comment)
            .unwrap();
        // cl-2's pre-ratings: the same four levels, another pairing.
        let other = PRE[(i + 1) % 4].1;
        store.prerate(&live.id, who, "cl-2", other, "").unwrap();
    }
    store.close_prerating(&live.id, &[], None).unwrap();
    store.discuss(&live.id, Some("cl-1")).unwrap();
    let mut ana = Piped::start(
        &env,
        &["--plain", "session", "join", &live.code, "--name", "Ana"],
    );
    ana.wait_for("Vote on cl-1 with a level number");
    let now = store.live_session(&live.id).unwrap();
    for (who, level, _, comment) in CAST {
        if who == "Ana" {
            ana.send("1");
            ana.wait_for("Your vote on cl-1: Not yet");
            ana.send(&format!("comment {comment}"));
            ana.wait_for("Comment saved with your vote on cl-1.");
        } else {
            store.join_session(&live.id, who).unwrap();
            store.vote(&now, who, level, comment).unwrap();
        }
    }
    store.reveal(&live.id).unwrap();
    ana.wait_for("we decide together");
    let workshop = Workshop {
        env,
        assessment,
        session: live.id,
        code: live.code,
    };
    (workshop, ana)
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

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Every text the votes of `db` can leave by, with no names left in the database for
/// what is over.
fn names_in_votes(
    store_path: &std::path::Path,
    session: &str,
) -> Vec<(i64, Option<String>, Option<String>)> {
    let conn = rusqlite::Connection::open(store_path).unwrap();
    let mut stmt = conn
        .prepare("SELECT round, participant, cast_at FROM votes WHERE session_id = ?1 AND (participant IS NOT NULL OR cast_at IS NOT NULL)")
        .unwrap();
    stmt.query_map([session], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// The change log (and every other table a trigger on `votes` writes) names nobody.
fn change_log_names_nobody(db: &std::path::Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT kind || ' ' || key FROM changes")
        .unwrap();
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for row in &rows {
        for name in NAMES {
            assert!(!words(row).contains(&name), "changes: {row}");
        }
    }
}

#[test]
fn a_private_workshop_pairs_no_one_with_a_vote_in_any_output() {
    let (w, ana) = workshop_to_the_reveal();
    let db = w.env.db();

    // The screens at the reveal: the facilitator's (and its wall), a participant's,
    // the watcher's wall, at two sizes.
    let mut dana = common::session_app(
        &db,
        "Dana",
        SessionRole::Facilitate {
            session_id: w.session.clone(),
        },
    );
    let bo = common::session_app(
        &db,
        "Bo",
        SessionRole::Participate {
            session_id: w.session.clone(),
            name: "Bo".into(),
        },
    );
    let wall = common::session_app(
        &db,
        "viewer",
        SessionRole::Watch {
            session_id: w.session.clone(),
        },
    );
    let big = draw(&dana, 160, 48);
    assert!(big.contains("we decide together"), "{big}");
    assert_eq!(comment_order(&big), IN_LEVEL_ORDER, "{big}");
    for (who, app) in [
        ("facilitator", &dana),
        ("participant", &bo),
        ("wall", &wall),
    ] {
        for (width, height) in [(80, 24), (160, 48)] {
            nobody_paired(
                &format!("{who} {width}x{height}"),
                &draw(app, width, height),
            );
        }
    }
    press(&mut dana, KeyCode::Char('p'));
    nobody_paired("facilitator's wall", &draw(&dana, 160, 48));
    press(&mut dana, KeyCode::Char('p'));

    // Plain mode, through a pipe: the tally and the comments, no names, level order.
    ana.wait_for("we decide together");
    let heard = ana.text();
    nobody_paired("plain mode", &heard);
    let reveal = &heard[heard.find("revealed").unwrap()..];
    assert_eq!(comment_order(reveal), IN_LEVEL_ORDER, "{reveal}");

    // The room decides and moves on: cl-1's round is over and keeps no names.
    press(&mut dana, KeyCode::Enter);
    let mut store = Store::open(&db).unwrap();
    assert_eq!(store.decided_indicators(&w.session).unwrap(), ["cl-1"]);
    store.discuss(&w.session, Some("cl-3")).unwrap();
    // (What the database keeps is checked last, so the outputs are checked first.)
    let left_mid: Vec<_> = names_in_votes(&db, &w.session);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let cl1_named: i64 = conn
        .query_row(
            "SELECT count(*) FROM votes WHERE session_id = ?1 AND indicator_id = 'cl-1' AND participant IS NOT NULL",
            [&w.session],
            |r| r.get(0),
        )
        .unwrap();
    store.end_session(&w.session).unwrap();
    drop(ana.finish());
    // Every output of the command line.
    let id = w.assessment.as_str();
    for format in ["text", "md", "json", "html", "csv"] {
        let out = w.env.ok(&["report", id, "--format", format]);
        nobody_paired(&format!("report --format {format}"), &out);
        if format == "md" {
            assert_eq!(comment_order(&out), IN_LEVEL_ORDER, "{out}");
        }
    }
    let minutes = w.env.ok(&["session", "minutes", &w.code]);
    nobody_paired("minutes", &minutes);
    assert!(
        minutes.contains("Ana, Bo, Cy, Dee"),
        "who took part: {minutes}"
    );
    assert_eq!(comment_order(&minutes), IN_LEVEL_ORDER, "{minutes}");
    let named = w
        .env
        .cmd()
        .args(["session", "minutes", &w.code, "--named"])
        .output()
        .unwrap();
    assert!(!named.status.success(), "--named on a private session");
    nobody_paired("history", &w.env.ok(&["history", "--school", "Lincoln"]));

    // JSON: no names, no cast times, and cl-1's votes in the order of their content.
    let json: serde_json::Value =
        serde_json::from_str(&w.env.ok(&["report", id, "--format", "json"])).unwrap();
    let votes = json["sessions"][0]["votes"].as_array().unwrap();
    assert_eq!(votes.len(), 12, "{votes:?}");
    for v in votes {
        assert!(v.get("participant").is_none() && v["at"].is_null(), "{v}");
    }
    let cl1: Vec<&str> = votes
        .iter()
        .filter(|v| v["indicator"] == "cl-1" && v["round"] == 1)
        .map(|v| v["comment"].as_str().unwrap())
        .collect();
    let by_name = [
        "no minutes yet",
        "goals set",
        "we decide together",
        "first steps",
    ];
    let by_casting = CAST.map(|c| c.3);
    assert_ne!(cl1, by_name);
    assert_ne!(cl1, by_casting);

    // The export: no participant, no time on any vote or pre-rating; it imports and
    // exports again byte for byte.
    let export = w.env.ok(&["export", id]);
    nobody_paired("export", &export);
    let parsed: toml::Value = toml::from_str(&export).unwrap();
    let votes = parsed["session"][0]["votes"].as_array().unwrap();
    assert_eq!(votes.len(), 12);
    for v in votes {
        let v = v.as_table().unwrap();
        assert!(
            !v.contains_key("participant") && !v.contains_key("at"),
            "{v:?}"
        );
    }
    let exported: Vec<&str> = votes
        .iter()
        .filter(|v| v["indicator"].as_str() == Some("cl-1") && v["round"].as_integer() == Some(1))
        .map(|v| v["comment"].as_str().unwrap())
        .collect();
    assert_ne!(exported, by_name);
    assert_ne!(exported, by_casting);
    let file = w.env.path("lincoln.toml");
    std::fs::write(&file, &export).unwrap();
    let other = w.env.path("other.db");
    let mut import = w.env.cmd_with_db(&other);
    common::assert_success(&import.args(["import"]).arg(&file).output().unwrap());
    let again = w
        .env
        .cmd_with_db(&other)
        .args(["export", id])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), export);

    // The history view of the decided indicator.
    let mut app = common::open_app(&db, "tester", Some(w.assessment.clone()), None);
    press(&mut app, KeyCode::Char('H'));
    nobody_paired("history view", &draw(&app, 160, 48));

    // The database: cl-1's round closed when the room moved on, then the session
    // ended; no name is left, nor in the change log.
    assert!(
        left_mid.iter().all(|(round, _, _)| *round == 0),
        "cl-1's room votes keep names after their round closed: {left_mid:?}"
    );
    assert_eq!(
        cl1_named, 0,
        "cl-1's pre-ratings keep names after its first round"
    );
    let left = names_in_votes(&db, &w.session);
    assert!(left.is_empty(), "names kept after the end: {left:?}");
    change_log_names_nobody(&db);
    let pre_marks: Vec<(String, bool)> = {
        let mut stmt = conn
            .prepare("SELECT indicator_id, replaced FROM votes WHERE session_id = ?1 AND round = 0 ORDER BY indicator_id")
            .unwrap();
        stmt.query_map([&w.session], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    assert_eq!(pre_marks.len(), 8);
    for (indicator, replaced) in &pre_marks {
        assert_eq!(*replaced, indicator == "cl-1", "{pre_marks:?}");
    }
}

/// An export written before the secret ballot, naming the voters of a private
/// session, is stored without the names (the replaced pre-rating still known); its
/// next export names nobody.
#[test]
fn an_older_export_naming_private_voters_imports_without_the_names() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut export = env.ok(&["export", &id]);
    export.push_str(
        r#"
[[session]]
id = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
plan = "baseline-check"
title = "Baseline check"
facilitator = "Dana"
started = 2026-11-09T14:02:00Z
ended = 2026-11-09T14:49:00Z
participants = ["Ana", "Bo"]

[[session.votes]]
indicator = "cl-1"
round = 0
participant = "Ana"
level = "full"
at = 2026-11-09T13:00:00Z

[[session.votes]]
indicator = "cl-1"
round = 0
participant = "Bo"
level = "emerging"
at = 2026-11-09T13:01:00Z

[[session.votes]]
indicator = "cl-1"
round = 1
participant = "Ana"
level = "not-yet"
comment = "no minutes yet"
at = 2026-11-09T14:10:00Z

[[session.decisions]]
indicator = "cl-1"
level = "not-yet"
votes = 2
at = 2026-11-09T14:20:00Z
"#,
    );
    let file = env.path("old.toml");
    std::fs::write(&file, &export).unwrap();
    env.ok(&["import", "--replace", file.to_str().unwrap()]);
    let db = env.db();
    let left = names_in_votes(&db, "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    assert!(left.is_empty(), "{left:?}");
    let again = env.ok(&["export", &id]);
    nobody_paired("re-export", &again);
    assert!(!again.contains("participant = "), "{again}");
    // Ana's pre-rating was replaced by her room vote; Bo's counted.
    assert_eq!(again.matches("replaced = true").count(), 1, "{again}");
    let minutes = env.ok(&["session", "minutes", "0193a1b2"]);
    assert!(minutes.contains("1 pre-rating"), "{minutes}");
    // A `replaced` mark on a room vote is refused at its place.
    let bad = again.replacen("round = 1\n", "round = 1\nreplaced = true\n", 1);
    std::fs::write(&file, bad).unwrap();
    let out = env
        .cmd()
        .args(["import", "--replace", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("old.toml:") && err.contains("replaced"),
        "{err}"
    );
}

/// With open voting the names stay where they were: in the database, in the export,
/// in `minutes --named` and in plain mode's reveal.
#[test]
fn an_open_voting_session_still_names_its_voters() {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let id = common::lincoln(&mut store);
    let live = common::start_baseline(&mut store, &id);
    store.set_open_voting(&live.id, true).unwrap();
    store.discuss(&live.id, Some("cl-1")).unwrap();
    let ana = Piped::start(
        &env,
        &["--plain", "session", "join", &live.code, "--name", "Ana"],
    );
    ana.wait_for("Vote on cl-1 with a level number");
    let now = store.live_session(&live.id).unwrap();
    store.join_session(&live.id, "Bo").unwrap();
    store.vote(&now, "Bo", "full", "we decide").unwrap();
    store.reveal(&live.id).unwrap();
    ana.wait_for("Bo voted Fully implementing");
    ana.wait_for("Comment by Bo: we decide");
    let a = store.load(&id).unwrap();
    let full = touchstone::rubric::Choice::Level(3);
    let decided = store.decide(&now, &a, "cl-1", full, Some(full), Some(0), 1, "Dana");
    decided.unwrap();
    store.discuss(&live.id, None).unwrap();
    store.end_session(&live.id).unwrap();
    drop(ana.finish());
    assert_eq!(names_in_votes(&env.db(), &live.id).len(), 1);
    let minutes = env.ok(&["session", "minutes", &live.code, "--named"]);
    assert!(minutes.contains("Bo voted Fully implementing"), "{minutes}");
    let export = env.ok(&["export", &id]);
    assert!(export.contains("participant = \"Bo\""), "{export}");
}

/// Over SSH (`CODE.NAME+plain`), the reveal of a private vote names nobody either.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_ssh_plain_mode_reads_a_private_reveal_without_names() {
    use crate::serve::Server;
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let (code, session_id) = {
        let mut store = Store::open(&server.db()).unwrap();
        let live = common::start_baseline(&mut store, &id);
        store.discuss(&live.id, Some("cl-1")).unwrap();
        (live.code, live.id)
    };
    let mut ana = server.shell(&format!("{code}.Ana+plain")).await;
    ana.wait_for("Vote on cl-1 with a level number").await;
    ana.send(b"1\r").await;
    ana.wait_for("Your vote on cl-1: Not yet").await;
    ana.send(b"comment no minutes yet\r").await;
    ana.wait_for("Comment saved").await;
    {
        let mut store = Store::open(&server.db()).unwrap();
        let now = store.live_session(&session_id).unwrap();
        for (who, level, _, comment) in CAST.iter().filter(|c| c.0 != "Ana") {
            store.join_session(&session_id, who).unwrap();
            store.vote(&now, who, level, comment).unwrap();
        }
        store.reveal(&session_id).unwrap();
    }
    ana.wait_for("we decide together").await;
    let heard = String::from_utf8_lossy(&ana.raw).replace('\r', "");
    nobody_paired("plain mode over SSH", &heard);
    server.stop().await;
}
