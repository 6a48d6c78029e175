//! Pre-rating follows the plan (issue 24 item 1): the screens and plain mode ask
//! exactly the indicators the plan's rate segments cover, in agenda order, with
//! "n of N" counting those; a member can skip one and come back; a comment written
//! before the vote is kept and saved with it; in the room, each member's own
//! pre-rating is the starting choice.

use crate::common::Env;
use crate::plain_mode::{WAIT, assert_no_escapes};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use touchstone::store::Store;
use touchstone::tui::app::{Screen, SessionRole};
use touchstone::tui::screens::participate::ParticipateState;
use touchstone::tui::{App, ui};

/// A new assessment with pre-rating open on `baseline-check` (cl-1, pl-1, ci-1);
/// returns the session id and the code.
fn baseline_open(env: &Env) -> (String, String) {
    let id = env.new_dated("Lincoln Elementary", "2026-11-02");
    let out = env.ok(&[
        "session",
        "prerate",
        "open",
        "--assessment",
        &id,
        "--plan",
        "baseline-check",
    ]);
    let code = out
        .lines()
        .next()
        .and_then(|l| l.rsplit("code ").next())
        .expect("a code")
        .trim_end_matches('.')
        .to_string();
    let session = Store::open(&env.db()).unwrap().find_session(&code).unwrap();
    (session, code)
}

fn member(env: &Env, session: &str, name: &str) -> App {
    let role = SessionRole::Participate {
        session_id: session.to_string(),
        name: name.into(),
    };
    let app = crate::common::session_app(&env.db(), name, role);
    assert!(app.status.is_none(), "{name}: {:?}", app.status);
    app
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn state(app: &App) -> &ParticipateState {
    match &app.screen {
        Screen::Participate(state) => state,
        _ => panic!("not on the participant's screen"),
    }
}

fn at(app: &App) -> String {
    state(app).live.indicator.clone().unwrap_or_default()
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

/// (indicator, level, comment) of a member's pre-ratings.
fn own(env: &Env, session: &str, name: &str) -> Vec<(String, String, String)> {
    Store::open(&env.db())
        .unwrap()
        .own_prerates(session, name)
        .unwrap()
        .into_iter()
        .map(|p| (p.indicator, p.level, p.comment))
        .collect()
}

/// `baseline-check` on the screens: "1 of 3", `→`/`]`/`Tab` move without voting (a
/// skipped indicator stays unrated), `←` comes back, and pressing `n` over and over
/// records N/A on the plan's three indicators and on nothing else.
#[test]
fn the_screens_pre_rate_exactly_the_plans_three_indicators() {
    let env = Env::new();
    let (session, _) = baseline_open(&env);
    let mut ana = member(&env, &session, "Ana");
    assert_eq!(state(&ana).order, ["cl-1", "pl-1", "ci-1"]);
    assert_eq!(at(&ana), "cl-1");
    let seen = screen(&ana, 80, 24);
    assert!(seen.contains("Silent pre-rating · 1 of 3"), "{seen}");
    assert!(seen.contains("Pre-rating: 0 of 3"), "{seen}");
    // Skipping: each key moves on; nothing is recorded.
    press(&mut ana, KeyCode::Right);
    assert_eq!(at(&ana), "pl-1");
    keys(&mut ana, "]");
    assert_eq!(at(&ana), "ci-1");
    press(&mut ana, KeyCode::Right);
    assert_eq!(at(&ana), "ci-1", "no fourth indicator");
    let said = ana.status.as_ref().unwrap().text.clone();
    assert!(said.contains("3 of 3"), "{said}");
    press(&mut ana, KeyCode::Tab);
    assert_eq!(at(&ana), "cl-1", "Tab goes round to the next not pre-rated");
    press(&mut ana, KeyCode::Left);
    assert_eq!(at(&ana), "cl-1");
    assert!(
        own(&env, &session, "Ana").is_empty(),
        "skipping records nothing"
    );
    // Rate pl-1 only; cl-1 stays unrated and Tab comes back to it.
    press(&mut ana, KeyCode::Right);
    keys(&mut ana, "3");
    assert_eq!(at(&ana), "ci-1");
    assert!(screen(&ana, 80, 24).contains("Silent pre-rating · 3 of 3"));
    press(&mut ana, KeyCode::Tab);
    assert_eq!(at(&ana), "cl-1");
    assert_eq!(
        own(&env, &session, "Ana"),
        [("pl-1".into(), "developing".into(), String::new())]
    );
    // `n` on and on: the three, and nothing else.
    keys(&mut ana, "nnnnnn");
    let ids: Vec<String> = own(&env, &session, "Ana")
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    for id in ["cl-1", "pl-1", "ci-1"] {
        assert!(ids.contains(&id.to_string()), "{ids:?}");
    }
    let seen = screen(&ana, 80, 24);
    assert!(seen.contains("Pre-rating: 3 of 3"), "{seen}");
}

/// A comment typed before the vote is kept (it used to be thrown away with "Vote
/// first"), shown, saved with the vote on the same indicator, and survives moving
/// away and back.
#[test]
fn a_comment_typed_before_the_pre_rating_is_kept_with_it() {
    let env = Env::new();
    let (session, _) = baseline_open(&env);
    let mut ana = member(&env, &session, "Ana");
    keys(&mut ana, "c");
    keys(&mut ana, "Minutes show two decisions");
    press(&mut ana, KeyCode::Enter);
    let said = ana.status.as_ref().unwrap().text.clone();
    assert!(said.contains("Comment kept for cl-1"), "{said}");
    assert!(own(&env, &session, "Ana").is_empty());
    let seen = screen(&ana, 100, 30);
    assert!(seen.contains("Minutes show two decisions"), "{seen}");
    // Away and back: still there.
    press(&mut ana, KeyCode::Right);
    press(&mut ana, KeyCode::Left);
    assert_eq!(at(&ana), "cl-1");
    keys(&mut ana, "2");
    assert_eq!(
        own(&env, &session, "Ana"),
        [(
            "cl-1".into(),
            "emerging".into(),
            "Minutes show two decisions".into()
        )]
    );
    // `c` now edits the comment of the indicator on screen (pl-1), not the next one.
    assert_eq!(at(&ana), "pl-1");
    keys(&mut ana, "c");
    keys(&mut ana, "Draft only");
    press(&mut ana, KeyCode::Enter);
    keys(&mut ana, "4");
    let all = own(&env, &session, "Ana");
    assert!(
        all.contains(&("pl-1".into(), "full".into(), "Draft only".into())),
        "{all:?}"
    );
}

/// When the room meets, a member's own pre-rating is the starting choice: the
/// screen highlights it and says so; another member's screen shows none of it.
#[test]
fn in_the_room_the_own_pre_rating_is_the_starting_choice() {
    let env = Env::new();
    let (session, code) = baseline_open(&env);
    let mut ana = member(&env, &session, "Ana");
    keys(&mut ana, "3");
    drop(ana);
    env.ok(&["session", "prerate", "close", &code]);
    let mut facilitator = Store::open(&env.db()).unwrap();
    facilitator.discuss(&session, Some("cl-1")).unwrap();
    let ana = member(&env, &session, "Ana");
    assert_eq!(at(&ana), "cl-1");
    assert!(state(&ana).mine.is_none(), "no room vote yet");
    assert_eq!(state(&ana).highlight, 2, "Developing highlighted");
    let seen = screen(&ana, 100, 30);
    assert!(seen.contains("Your pre-rating: Developing"), "{seen}");
    let bo = member(&env, &session, "Bo");
    assert_eq!(state(&bo).highlight, 0);
    assert!(!screen(&bo, 100, 30).contains("pre-rating: Developing"));
}

/// Plain mode asks the same three, says "n of 3", refuses `go` to an indicator the
/// plan does not pre-rate, keeps a comment written first, records nothing else, and
/// in the room says the member's own pre-rating as the starting choice.
#[test]
fn plain_mode_pre_rates_the_plans_indicators_and_keeps_an_early_comment() {
    let env = Env::new();
    let (session, code) = baseline_open(&env);
    let script = "comment Coordinator is full time\nnext\nnext\nnext\ngo cl-2\ngo cl-1\n3\nna\nna\nna\nna\nleave\n";
    let out = env
        .cmd()
        .args(["--plain", "session", "join", &code, "--name", "Ana"])
        .write_stdin(script)
        .timeout(WAIT)
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(out.status.success(), "{text}");
    assert_no_escapes(&text);
    assert!(
        text.contains("You have pre-rated 0 of 3 indicators."),
        "{text}"
    );
    assert!(text.contains("Pre-rating 1 of 3: cl-1."), "{text}");
    assert!(text.contains("Pre-rating 2 of 3: pl-1."), "{text}");
    assert!(text.contains("Pre-rating 3 of 3: ci-1."), "{text}");
    assert!(text.contains("Comment kept for cl-1"), "{text}");
    assert!(text.contains("ci-1 is the last indicator."), "{text}");
    assert!(
        text.contains("This session does not pre-rate cl-2; it pre-rates cl-1, pl-1, ci-1."),
        "{text}"
    );
    assert!(text.contains("3 of 3 indicators pre-rated."), "{text}");
    let mine = own(&env, &session, "Ana");
    assert_eq!(mine.len(), 3, "{mine:?}");
    assert!(mine.contains(&(
        "cl-1".into(),
        "developing".into(),
        "Coordinator is full time".into()
    )));
    // In the room: the starting choice is said, to Ana only.
    env.ok(&["session", "prerate", "close", &code]);
    Store::open(&env.db())
        .unwrap()
        .discuss(&session, Some("cl-1"))
        .unwrap();
    let out = env
        .cmd()
        .args(["--plain", "session", "join", &code, "--name", "Ana"])
        .write_stdin("leave\n")
        .timeout(WAIT)
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("Your pre-rating of cl-1 was Developing, level 3: your starting choice. Type 3 to vote for it"),
        "{text}"
    );
}
