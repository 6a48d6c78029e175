//! Silent pre-rating (issue 12 item 3): members rate alone before the meeting, the
//! rating segments bring up only where they disagree, and the pre-ratings count at
//! the reveal without anyone seeing another's before it.

use crate::common::Env;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use touchstone::rubric::Registry;
use touchstone::store::Store;
use touchstone::tui::app::{Screen, SessionRole};
use touchstone::tui::screens::facilitate::FacilitateState;
use touchstone::tui::screens::participate::ParticipateState;
use touchstone::tui::{App, ui};

const MEMBERS: [&str; 4] = ["Ana", "Bo", "Cy", "Di"];

/// Pre-ratings of Collaborative Leadership (levels 1 to 4, `na`) by Ana, Bo, Cy, Di:
/// cl-2 and cl-5 spread by 2 or more (and cl-7 mixes N/A with levels); the rest agree.
const PRE: [(&str, [&str; 4]); 8] = [
    ("cl-1", ["2", "2", "3", "3"]),
    ("cl-2", ["1", "3", "2", "2"]),
    ("cl-3", ["4", "4", "4", "4"]),
    ("cl-4", ["na", "na", "na", "na"]),
    ("cl-5", ["1", "4", "1", "1"]),
    ("cl-6", ["3", "2", "3", "2"]),
    ("cl-7", ["2", "na", "2", "2"]),
    ("cl-8", ["1", "1", "1", "2"]),
];

/// The code from `prerate open`'s first line ("…, code ABC234.").
fn code_of(out: &str) -> String {
    let line = out.lines().next().unwrap();
    line.rsplit("code ")
        .next()
        .unwrap()
        .trim_end_matches('.')
        .to_string()
}

/// A newest-rubric assessment with pre-rating open on the part 1 plan; returns its
/// id and the code.
fn opened(env: &Env) -> (String, String) {
    let id = env
        .ok(&[
            "new",
            "--school",
            "Lincoln Elementary",
            "--rubric",
            "cs-site-2017",
            "--date",
            "2026-11-02",
        ])
        .trim()
        .to_string();
    let out = env.ok(&["session", "prerate", "open", "--assessment", &id]);
    (id, code_of(&out))
}

/// Every member pre-rates Collaborative Leadership (through the library: the same
/// call the command makes, without 32 processes).
fn everyone_prerates(env: &Env, code: &str) {
    let mut store = Store::open(&env.db()).unwrap();
    let session = store.find_session(code).unwrap();
    let assessment = store.session_assessment(&session).unwrap();
    let rubric = store.load_without_sessions(&assessment).unwrap().rubric;
    for (indicator, levels) in PRE {
        for (name, level) in MEMBERS.iter().zip(levels) {
            let key = rubric.choice_key(rubric.parse_choice(level).unwrap());
            store.prerate(&session, name, indicator, key, "").unwrap();
        }
    }
}

fn app(env: &Env, actor: &str, role: SessionRole) -> App {
    let app = app_with_status(env, actor, role);
    assert!(app.status.is_none(), "{actor}: {:?}", app.status);
    app
}

/// An App whose opening may fail (its status says why).
fn app_with_status(env: &Env, actor: &str, role: SessionRole) -> App {
    crate::common::session_app(&env.db(), actor, role)
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    let cells: Vec<&str> = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    cells
        .chunks(width as usize)
        .map(|row| row.concat() + "\n")
        .collect()
}

fn facilitating(app: &App) -> &FacilitateState {
    match &app.screen {
        Screen::Facilitate(state) => state,
        _ => panic!("not on the facilitator's screen"),
    }
}

fn participating(app: &App) -> &ParticipateState {
    match &app.screen {
        Screen::Participate(state) => state,
        _ => panic!("not on the participant's screen"),
    }
}

/// The ids of the indicators the facilitator's current segment brings up.
fn brought_up(app: &App) -> Vec<String> {
    let state = facilitating(app);
    let rubric = &state.assess.assessment.rubric;
    state
        .covered
        .iter()
        .map(|i| rubric.indicators().nth(*i).unwrap().1.id.clone())
        .collect()
}

#[test]
fn four_members_pre_rate_and_the_segment_brings_up_only_the_spread_with_them_in_the_tally() {
    let env = Env::new();
    let (id, code) = opened(&env);
    everyone_prerates(&env, &code);
    // Nobody runs or watches the room while pre-rating is open.
    let session_id = Store::open(&env.db()).unwrap().find_session(&code).unwrap();
    for role in [
        SessionRole::Facilitate {
            session_id: session_id.clone(),
        },
        SessionRole::Watch {
            session_id: session_id.clone(),
        },
    ] {
        let early = app_with_status(&env, "Dana", role);
        let status = early.status.as_ref().expect("refused").text.clone();
        assert!(status.contains("is open for pre-rating"), "{status}");
    }
    let closed = env.ok(&["session", "prerate", "close", &code, "--record-agreed"]);
    assert!(
        closed.contains("4 members pre-rated 8 indicators"),
        "{closed}"
    );
    assert!(
        closed.contains("(their agreed levels are recorded)"),
        "{closed}"
    );

    // Agreed indicators are recorded at the median of their pre-ratings.
    let store = Store::open(&env.db()).unwrap();
    let assessment = store.load(&id).unwrap();
    let level = |ind: &str| {
        let i = assessment.rubric.indicator_index(ind).unwrap();
        assessment
            .rubric
            .choice_key(assessment.entries[i].choice.expect(ind))
            .to_string()
    };
    assert_eq!(level("cl-1"), "emerging");
    assert_eq!(level("cl-4"), "na");
    assert_eq!(level("cl-6"), "emerging");
    assert!(
        assessment.entries[assessment.rubric.indicator_index("cl-2").unwrap()]
            .choice
            .is_none()
    );

    // The facilitator moves through welcome, calibration and the data dive to the
    // Collaborative Leadership segment: exactly the spread indicators come up.
    let session_id = store.find_session(&code).unwrap();
    let mut dana = app(
        &env,
        "Dana",
        SessionRole::Facilitate {
            session_id: session_id.clone(),
        },
    );
    keys(&mut dana, ">>>");
    assert_eq!(
        facilitating(&dana).live.plan.segments[facilitating(&dana).live.agenda.segment].title,
        "Collaborative Leadership"
    );
    assert_eq!(brought_up(&dana), ["cl-2", "cl-5", "cl-7"]);
    assert_eq!(facilitating(&dana).live.indicator.as_deref(), Some("cl-2"));

    let before = screen(&dana, 120, 35);
    assert!(before.contains("Votes 0/4 · 4 pre-rated"), "{before}");
    // Not "everyone has voted" beside "Votes 0/4".
    assert!(before.contains("pre-ratings count"), "{before}");
    assert!(!before.contains("everyone has voted"), "{before}");
    // Pre-ratings alone can be revealed: cl-5 has no room vote yet.
    keys(&mut dana, "l");
    assert_eq!(facilitating(&dana).live.indicator.as_deref(), Some("cl-5"));
    keys(&mut dana, "v");
    let tally = facilitating(&dana).tally();
    assert_eq!((tally.votes, tally.pre), (4, 4), "{:?}", dana.status);
    keys(&mut dana, "h");
    assert_eq!(facilitating(&dana).live.indicator.as_deref(), Some("cl-2"));
    // Ana votes again in the room; before the reveal nobody sees a pre-rating.
    let mut ana = app(
        &env,
        "Ana",
        SessionRole::Participate {
            session_id: session_id.clone(),
            name: "Ana".into(),
        },
    );
    keys(&mut ana, "2");
    dana.tick();
    assert!(
        facilitating(&dana).round.pre == 0,
        "no pre-rating before the reveal"
    );
    let bo = app(
        &env,
        "Bo",
        SessionRole::Participate {
            session_id: session_id.clone(),
            name: "Bo".into(),
        },
    );
    assert!(participating(&bo).revealed_votes.is_empty());
    let before = screen(&bo, 120, 35);
    // Bo's own pre-rating is his starting choice (issue 24 item 1); nobody else's.
    assert!(before.contains("Your pre-rating: Developing"), "{before}");
    assert_eq!(before.matches("pre-rating").count(), 1, "{before}");
    assert!(!before.contains("Spread"), "{before}");

    // The reveal counts Ana's room vote and the other three's pre-ratings.
    keys(&mut dana, "v");
    let tally = facilitating(&dana).tally();
    assert_eq!((tally.votes, tally.pre), (4, 3));
    // Ana's room vote (Emerging) replaced her pre-rating (Not yet): 3 for Emerging, 1 Developing.
    assert_eq!(tally.per_level, vec![0, 3, 1, 0]);
    assert!(
        screen(&dana, 120, 35).contains("3 pre-ratings"),
        "{}",
        screen(&dana, 120, 35)
    );
    let mut ana = ana;
    ana.tick();
    assert_eq!(participating(&ana).tally().pre, 3);
    let shown = screen(&ana, 120, 35);
    assert!(shown.contains("3 pre-ratings"), "{shown}");
    for name in ["Bo", "Cy", "Di"] {
        assert!(!shown.contains(name), "{name} named:\n{shown}");
    }
}

#[test]
fn a_member_sees_only_their_own_pre_ratings_and_the_facilitator_only_counts() {
    let env = Env::new();
    let (_, code) = opened(&env);
    env.ok(&[
        "session",
        "prerate",
        "rate",
        &code,
        "--name",
        "Ana",
        "cl-1",
        "2",
        "--comment",
        "Minutes show two decisions",
    ]);
    env.ok(&[
        "session",
        "prerate",
        "rate",
        &code,
        "--name",
        "Bo",
        "cl-1",
        "developing",
    ]);
    env.ok(&[
        "session", "prerate", "rate", &code, "--name", "Bo", "cl-2", "na",
    ]);
    let ana = env.ok(&["session", "prerate", "mine", &code, "--name", "Ana"]);
    assert!(ana.contains("Ana: 1 of"), "{ana}");
    assert!(
        ana.contains("cl-1     Emerging · Minutes show two decisions"),
        "{ana}"
    );
    assert!(
        !ana.contains("cl-2") && !ana.contains("Developing") && !ana.contains("Bo"),
        "{ana}"
    );
    let status = env.ok(&["session", "prerate", "status", &code]);
    assert!(status.contains("Pre-rating open"), "{status}");
    assert!(
        status.contains("  Ana: 1 of ") && status.contains("  Bo: 2 of "),
        "{status}"
    );
    for level in ["Emerging", "Developing", "N/A", "Minutes"] {
        assert!(!status.contains(level), "{level} shown:\n{status}");
    }
    // Nor do reports or exports show a pre-rating while pre-rating is open.
    let id = Store::open(&env.db())
        .unwrap()
        .session_assessment(&Store::open(&env.db()).unwrap().find_session(&code).unwrap())
        .unwrap();
    for args in [vec!["report", &id, "--format", "json"], vec!["export", &id]] {
        let out = env.ok(&args);
        assert!(
            !out.contains("developing") && !out.contains("Minutes show"),
            "{args:?}:\n{out}"
        );
    }
    let list = env.ok(&["session", "list"]);
    assert!(
        list.contains(&format!("pre-rating open, code {code}")),
        "{list}"
    );
}

#[test]
fn prerate_commands_refuse_bad_input_and_a_closed_pre_rating() {
    let env = Env::new();
    let (_, code) = opened(&env);
    let fails = |args: &[&str], says: &str| {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    };
    fails(
        &[
            "session", "prerate", "rate", &code, "--name", "Ana", "zz-9", "2",
        ],
        "\"zz-9\" is not an indicator",
    );
    fails(
        &[
            "session", "prerate", "rate", &code, "--name", "Ana", "cl1", "2",
        ],
        "\"cl1\" is not an indicator of cs-site-2017: did you mean cl-1?",
    );
    fails(
        &[
            "session", "prerate", "rate", &code, "--name", "Ana", "cl-1", "7",
        ],
        "\"7\" is not a level",
    );
    fails(
        &[
            "session", "prerate", "rate", &code, "--name", "", "cl-1", "2",
        ],
        "--name",
    );
    fails(
        &[
            "session",
            "prerate",
            "open",
            "--assessment",
            "nope-nope",
            "--plan",
            "full-self-assessment",
        ],
        "nope",
    );
    let store = Store::open(&env.db()).unwrap();
    let session = store.find_session(&code).unwrap();
    assert!(
        store.prerate_progress(&session).unwrap().is_empty(),
        "nothing written"
    );
    drop(store);
    env.ok(&["session", "prerate", "close", &code]);
    fails(
        &[
            "session", "prerate", "rate", &code, "--name", "Ana", "cl-1", "2",
        ],
        "has closed",
    );
    fails(&["session", "prerate", "close", &code], "has closed");
    let status = env.ok(&["session", "prerate", "status", &code]);
    assert!(status.contains("Pre-rating closed"), "{status}");
}

#[test]
fn pre_ratings_go_out_and_come_back_with_the_session_record_byte_for_byte() {
    let env = Env::new();
    let (id, code) = opened(&env);
    everyone_prerates(&env, &code);
    env.ok(&["session", "prerate", "close", &code, "--record-agreed"]);
    // The minutes show the agreed indicators' tallies as pre-ratings, without names.
    let minutes = env.ok(&["session", "minutes", &code]);
    assert!(
        minutes.contains("- Votes: Emerging 2 · Developing 2 (4 pre-ratings)"),
        "{minutes}"
    );
    for name in MEMBERS {
        assert!(
            !minutes.contains(&format!("- {name} ")),
            "{name}:\n{minutes}"
        );
    }
    let first = env.ok(&["export", &id]);
    assert_eq!(first.matches("round = 0").count(), 32, "{first}");
    let file = env.path("lincoln.toml");
    std::fs::write(&file, &first).unwrap();
    let other = Env::new();
    other.ok(&["import", file.to_str().unwrap()]);
    let again = other.ok(&["export", &id]);
    assert_eq!(first, again);
}

#[test]
fn only_disagreement_is_checked_where_it_is_written() {
    let env = Env::new();
    let file = env.path("plan.toml");
    std::fs::write(
        &file,
        r#"format = "touchstone-session"
format_version = 1
id = "p"
title = "P"

[[segments]]
kind = "rate"
title = "Rate"
minutes = 10
baseline = true
only = "loud"

[[segments]]
kind = "discuss"
title = "Talk"
minutes = 10
only = "disagreement"
"#,
    )
    .unwrap();
    let out = env
        .cmd()
        .args(["session", "check", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("plan.toml:11:8: only \"loud\" is not known"),
        "{err}"
    );
    assert!(
        err.contains("plan.toml:17:8: only = \"disagreement\" belongs on a rate segment"),
        "{err}"
    );
}

/// A member pre-rates in the participant's screen (as over SSH): each vote is private,
/// moves on to the next indicator, and another member's screen shows none of it.
/// One name, one seat: a second screen under the same name is refused.
#[test]
fn members_pre_rate_in_the_screens_privately_one_seat_each() {
    let env = Env::new();
    let (_, code) = opened(&env);
    let session_id = Store::open(&env.db()).unwrap().find_session(&code).unwrap();
    let member = |name: &str| SessionRole::Participate {
        session_id: session_id.clone(),
        name: name.into(),
    };
    let mut ana = app(&env, "Ana", member("Ana"));
    assert_eq!(participating(&ana).live.indicator.as_deref(), Some("cl-1"));
    keys(&mut ana, "3");
    let said = ana.status.as_ref().unwrap().text.clone();
    assert!(said.contains("Pre-rated cl-1: Developing"), "{said}");
    assert_eq!(participating(&ana).live.indicator.as_deref(), Some("cl-2"));
    keys(&mut ana, "n");
    let twice = app_with_status(&env, "Ana", member("Ana"));
    assert!(
        !matches!(twice.screen, Screen::Participate(_)),
        "a second seat for Ana"
    );
    let store = Store::open(&env.db()).unwrap();
    let own = store.own_prerates(&session_id, "Ana").unwrap();
    let levels: Vec<&str> = own.iter().map(|p| p.level.as_str()).collect();
    assert_eq!(levels, ["developing", "na"]);
    assert!(
        store.votes(&session_id, "cl-1", 1).unwrap().is_empty(),
        "no room vote"
    );

    let bo = app(&env, "Bo", member("Bo"));
    assert_eq!(participating(&bo).live.indicator.as_deref(), Some("cl-1"));
    assert!(participating(&bo).mine.is_none());
    let seen = screen(&bo, 120, 35);
    assert!(seen.contains("Pre-rating: 0 of"), "{seen}");
    for hidden in ["Your vote", "Developing ●", "Ana", "Spread"] {
        assert!(!seen.contains(hidden), "{hidden:?} shown:\n{seen}");
    }
    // Ana comes back where she left off.
    drop(ana);
    let ana = app(&env, "Ana", member("Ana"));
    assert_eq!(participating(&ana).live.indicator.as_deref(), Some("cl-3"));
}

/// `W` on the assessment's screen opens pre-rating with the chosen plan: the status
/// gives the code, the coach stays on the assessment, and the key is in the help.
#[test]
fn w_on_the_assessment_opens_pre_rating_with_the_chosen_plan() {
    let env = Env::new();
    let id = env
        .ok(&[
            "new",
            "--school",
            "Lincoln Elementary",
            "--rubric",
            "cs-site-2017",
        ])
        .trim()
        .to_string();
    let options = crate::common::options(None, Some(id));
    let mut dana = App::new(
        Store::open(&env.db()).unwrap(),
        Registry::bundled(),
        "Dana".into(),
        options,
    );
    keys(&mut dana, "W");
    let at = match &dana.overlay {
        Some(touchstone::tui::app::Overlay::ChoosePlan { plans, prerate, .. }) => {
            assert!(*prerate);
            plans
                .iter()
                .position(|(p, _, _)| p == "full-self-assessment")
                .unwrap()
        }
        _ => panic!("no plan chooser: {:?}", dana.status),
    };
    assert!(screen(&dana, 120, 35).contains("Open silent pre-rating"));
    for _ in 0..at {
        dana.handle_key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    }
    dana.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let said = dana.status.as_ref().unwrap().text.clone();
    assert!(said.starts_with("Pre-rating open, code "), "{said}");
    assert!(matches!(dana.screen, Screen::Assess(_)));
    let sessions = Store::open(&env.db()).unwrap().sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    assert!(sessions[0].prerating);
    assert!(
        said.contains(sessions[0].code.as_deref().unwrap()),
        "{said}"
    );
    keys(&mut dana, "?");
    let help = screen(&dana, 120, 60);
    assert!(
        help.contains("open silent pre-rating before the workshop"),
        "{help}"
    );
}

/// Over SSH, `CODE.NAME@` opens the member's private pre-rating walk, and a second
/// connection under the same name is refused (one seat).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn members_pre_rate_over_ssh_by_name() {
    use crate::serve::{Server, WAIT};
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let (session, code) = {
        let mut store = Store::open(&server.db()).unwrap();
        let plans = touchstone::session::load_plans(&[]).0;
        let (entry, weakest) =
            touchstone::ops::session::prepare(&store, &plans, &id, "baseline-check").unwrap();
        let a = store.load_without_sessions(&id).unwrap();
        let live = store
            .open_prerating(&a, &entry.plan, &entry.text, "Dana", &weakest)
            .unwrap();
        (live.id, live.code)
    };
    let mut ana = server.shell(&format!("{code}.Ana")).await;
    ana.wait_for("Silent pre-rating").await;
    ana.send(b"3").await;
    ana.wait_for("Pre-rated cl-1").await;
    let mut again = server.shell(&format!("{code}.Ana")).await;
    let all = again.read_to_close(WAIT).await;
    assert!(all.contains("already taking part"), "{all:?}");
    let own = Store::open(&server.db())
        .unwrap()
        .own_prerates(&session, "Ana")
        .unwrap();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].indicator, "cl-1");
    server.stop().await;
}

/// Issue 22: a pre-rating of an indicator the plan does not pre-rate is refused where
/// every door passes (`ops::session::prerate`), so the command line refuses it too:
/// baseline-check pre-rates cl-1, pl-1 and ci-1, never cl-2. Typed or from a paper
/// sheet, nothing is written.
#[test]
fn a_pre_rating_outside_the_plans_indicators_is_refused_at_every_door() {
    let env = Env::new();
    let id = env
        .ok(&[
            "new",
            "--school",
            "Lincoln Elementary",
            "--rubric",
            "cs-site-2017",
            "--date",
            "2026-11-02",
        ])
        .trim()
        .to_string();
    let out = env.ok(&[
        "session",
        "prerate",
        "open",
        "--assessment",
        &id,
        "--plan",
        "baseline-check",
    ]);
    let code = code_of(&out);
    let refused = |args: &[&str]| {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(
                "cl-2 is not one of the indicators this session pre-rates (cl-1, pl-1, ci-1)"
            ),
            "{args:?}: {err}"
        );
    };
    refused(&[
        "session", "prerate", "rate", &code, "--name", "Ana", "cl-2", "2",
    ]);
    refused(&[
        "session", "prerate", "enter", &code, "--name", "Ana", "cl-1=2", "cl-2=3",
    ]);
    let store = Store::open(&env.db()).unwrap();
    let session = store.find_session(&code).unwrap();
    assert!(store.prerate_progress(&session).unwrap().is_empty());
    drop(store);
    env.ok(&[
        "session", "prerate", "rate", &code, "--name", "Ana", "cl-1", "2",
    ]);
    // The library call every front end makes refuses it too.
    let mut store = Store::open(&env.db()).unwrap();
    let refusal =
        touchstone::ops::session::prerate(&mut store, &session, "Bo", &[("cl-2", "full")], "")
            .unwrap_err();
    assert!(matches!(
        refusal,
        touchstone::ops::session::Failure::Refused(touchstone::session::Refusal::NotInPlan { .. })
    ));
    assert_eq!(store.prerate_progress(&session).unwrap().len(), 1);
}
