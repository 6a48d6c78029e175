//! A workshop as it happens: one facilitator and several participants, each with
//! their own connection to one database file (as separate processes would have), each
//! in their own App, driven by key presses, following each other through `tick`.

use crate::common::Env;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use touchstone::exchange::minutes;
use touchstone::ops::session as start;
use touchstone::rubric::{Choice, Registry};
use touchstone::session::{load_plans, suggested};
use touchstone::store::{NewAssessment, Store};
use touchstone::tui::app::{Screen, SessionRole, StatusKind};
use touchstone::tui::screens::facilitate::FacilitateState;
use touchstone::tui::screens::participate::ParticipateState;
use touchstone::tui::{App, Options, ui};

/// One database with an assessment and a session started on it (baseline check).
struct Room {
    env: Env,
    assessment: String,
    session: String,
    code: String,
}

impl Room {
    fn new() -> Room {
        let env = Env::new();
        let mut store = Store::open(&env.db()).unwrap();
        let registry = Registry::bundled();
        let entry = registry.get("cs-site-2017", "1").unwrap();
        let new = NewAssessment {
            school: "Lincoln Elementary",
            district: None,
            date: jiff::civil::date(2026, 11, 2),
            team: &[],
            facilitator: Some("Dana"),
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        };
        let assessment = store.create(&new).unwrap();
        let plans = load_plans(&[]).0;
        let live = start::start(&mut store, &plans, &assessment, "baseline-check", "Dana");
        let live = live.unwrap();
        let (session, code) = (live.id, live.code);
        Room {
            env,
            assessment,
            session,
            code,
        }
    }

    /// A room whose facilitator has moved on to rating (cl-1 is up first).
    fn rating() -> (Room, App) {
        let room = Room::new();
        let mut dana = room.facilitator();
        keys(&mut dana, ">");
        (room, dana)
    }

    /// A fresh connection, as another process would open.
    fn store(&self) -> Store {
        Store::open(&self.env.db()).unwrap()
    }

    fn app(&self, actor: &str, role: SessionRole) -> App {
        let session = Some(role);
        let options = Options {
            theme: None,
            ascii: false,
            open: None,
            session,
            plan_dirs: Vec::new(),
        };
        let app = App::new(self.store(), Registry::bundled(), actor.into(), options);
        assert!(app.status.is_none(), "{actor}: {:?}", app.status);
        app
    }

    fn facilitator(&self) -> App {
        let session_id = self.session.clone();
        self.app("Dana", SessionRole::Facilitate { session_id })
    }

    fn participant(&self, name: &str) -> App {
        let (session_id, name) = (self.session.clone(), name.to_string());
        self.app(&name.clone(), SessionRole::Participate { session_id, name })
    }

    fn people<const N: usize>(&self, names: [&str; N]) -> [App; N] {
        names.map(|name| self.participant(name))
    }

    /// The stored levels of one round on cl-1, by participant name.
    fn levels(&self, round: u32) -> Vec<String> {
        let votes = self.store().votes(&self.session, "cl-1", round).unwrap();
        votes.into_iter().map(|v| v.level).collect()
    }
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn tick(apps: &mut [&mut App]) {
    for app in apps.iter_mut() {
        app.tick();
    }
}

/// What the person sees, as text, on an 80x24 terminal.
fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    let buffer = terminal.backend().buffer();
    let cells: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    cells.chunks(80).map(|row| row.concat() + "\n").collect()
}

/// Every `wanted` is in the text and no `hidden` is.
fn shows(text: &str, wanted: &[&str], hidden: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "{w:?} missing:\n{text}");
    }
    for h in hidden {
        assert!(!text.contains(h), "{h:?} shown:\n{text}");
    }
}

fn participating(app: &App) -> &ParticipateState {
    match &app.screen {
        Screen::Participate(state) => state,
        _ => panic!("not on the participant's screen"),
    }
}

fn facilitating(app: &App) -> &FacilitateState {
    match &app.screen {
        Screen::Facilitate(state) => state,
        _ => panic!("not on the facilitator's screen"),
    }
}

fn assert_status(app: &App, kind: StatusKind) {
    let status = app.status.as_ref().expect("a status line");
    assert_eq!(status.kind, kind, "{}", status.text);
}

const COMMENT: &str = "Team meets monthly, minutes list two decisions";

#[test]
fn three_participants_vote_privately_and_the_consensus_is_recorded() {
    let room = Room::new();
    let mut dana = room.facilitator();
    let [mut ana, mut bo, mut cy] = room.people(["Ana", "Bo", "Cy"]);
    assert_eq!(facilitating(&dana).live.indicator, None, "welcome first");

    keys(&mut dana, ">");
    assert_status(&dana, StatusKind::Saved);
    tick(&mut [&mut ana, &mut bo, &mut cy, &mut dana]);
    for app in [&ana, &bo, &cy] {
        assert_eq!(participating(app).live.indicator.as_deref(), Some("cl-1"));
    }
    assert_eq!(facilitating(&dana).participants, ["Ana", "Bo", "Cy"]);

    keys(&mut ana, "2");
    keys(&mut bo, "3");
    tick(&mut [&mut dana]);
    shows(
        &screen(&dana),
        &["Votes 2/3 · ✓Ana ✓Bo ·Cy"],
        &["Developing", "Emerging"],
    );
    keys(&mut cy, "3c");
    keys(&mut cy, COMMENT);
    press(&mut cy, KeyCode::Enter);
    for app in [&ana, &bo, &cy] {
        assert_status(app, StatusKind::Saved);
    }
    tick(&mut [&mut ana, &mut bo, &mut cy, &mut dana]);

    // Before the reveal: each sees their own vote and the count, nobody else's.
    let hidden = ["Everyone's votes", "Spread", "median", "█"];
    for (app, mine, others) in [
        (&ana, "Your vote: Emerging", ["Bo ", "Cy ", "two decisions"]),
        (
            &bo,
            "Your vote: Developing",
            ["Ana ", "Cy ", "two decisions"],
        ),
        (&cy, "Your vote: Developing", ["Ana ", "Bo ", "Everyone"]),
    ] {
        let state = participating(app);
        assert!(state.revealed_votes.is_empty(), "{} knows", state.name);
        assert_eq!(state.voted, 3);
        shows(&screen(app), &[mine, "3 of 3 have voted"], &hidden);
        shows(&screen(app), &[], &others);
    }
    shows(&screen(&cy), &["two decisions"], &[]);
    let hidden = ["Developing", "Spread", "median", "two decisions", "█"];
    let all_in = "Votes 3/3 · ✓Ana ✓Bo ✓Cy · everyone has voted";
    shows(&screen(&dana), &[all_in], &hidden);
    // Recording before the reveal is refused.
    press(&mut dana, KeyCode::Enter);
    assert!(dana.status.as_ref().unwrap().text.contains("Reveal"));

    keys(&mut dana, "v");
    tick(&mut [&mut ana, &mut bo, &mut cy]);
    let (two, one) = (
        format!("▸{:<18} ████", "Developing"),
        format!(" {:<18} ███", "Emerging"),
    );
    let bars = ["Everyone's votes", &two, &one];
    for app in [&ana, &bo, &cy] {
        assert_eq!(participating(app).revealed_votes.len(), 3);
        shows(&screen(app), &bars, &[]);
    }
    // Comments are read without names: the reveal is anonymous.
    shows(
        &screen(&dana),
        &["median Developing", "\"Team meets monthly"],
        &["Cy:"],
    );
    assert_eq!(facilitating(&dana).tally().votes, 3);

    press(&mut dana, KeyCode::Enter);
    assert_status(&dana, StatusKind::Saved);
    let expected = suggested(&[Choice::Level(1), Choice::Level(2), Choice::Level(2)]);
    assert_eq!(expected, Some(Choice::Level(2)), "lower middle of 2, 3, 3");

    // Everything is in the database, as another process reads it.
    let store = room.store();
    let a = store.load(&room.assessment).unwrap();
    let cl1 = a.rubric.indicator_index("cl-1").unwrap();
    assert_eq!(a.entries[cl1].choice, expected);
    let events = store.events(&room.assessment).unwrap();
    let event = events.iter().find(|e| e.indicator == "cl-1").unwrap();
    assert_eq!(event.change.new_level.as_deref(), Some("developing"));
    assert!(event.actor.contains("(consensus)"), "{}", event.actor);
    assert_eq!(a.sessions.len(), 1);
    let record = &a.sessions[0];
    assert_eq!(record.participants, ["Ana", "Bo", "Cy"]);
    // A private session's record names no voter and keeps no cast time; its votes
    // are in the order of their content.
    let votes: Vec<_> = (record.votes.iter())
        .map(|v| (v.participant.as_deref(), &*v.level, &*v.comment, v.round))
        .collect();
    let (bo_v, ana_v) = ((None, "developing", "", 1), (None, "emerging", "", 1));
    assert_eq!(votes, [bo_v, (None, "developing", COMMENT, 1), ana_v]);
    assert!(record.votes.iter().all(|v| v.at.is_none()));
    assert_eq!(record.decisions.len(), 1);
    let d = &record.decisions[0];
    let decision = (&*d.indicator, &*d.level, d.suggested.as_deref());
    assert_eq!(decision, ("cl-1", "developing", Some("developing")));
    assert_eq!((d.spread, d.votes), (Some(1), 3));

    // The exported TOML carries the session, and survives a round trip unchanged.
    let toml = touchstone::exchange::to_toml(&a);
    assert!(toml.contains("[[session]]"), "{toml}");
    assert_eq!(toml.matches("[[session.votes]]").count(), 3, "{toml}");
    assert_eq!(toml.matches("[[session.decisions]]").count(), 1, "{toml}");
    shows(
        &toml,
        &[COMMENT, "level = \"developing\""],
        &["participant = "],
    );
    let file = room.env.path("lincoln.toml");
    std::fs::write(&file, &toml).unwrap();
    let mut other = Store::open(&room.env.path("other.db")).unwrap();
    let registry = Registry::bundled();
    let import = touchstone::exchange::batch::import_paths;
    let counts = import(&mut other, &registry, &[file], false, "tester").unwrap();
    assert_eq!(counts.added, 1);
    let again = touchstone::exchange::to_toml(&other.load(&room.assessment).unwrap());
    assert_eq!(again, toml, "export → import → export changed the file");
}

#[test]
fn a_participant_who_reconnects_resumes_with_their_vote() {
    let (room, mut dana) = Room::rating();
    let [mut ana] = room.people(["Ana"]);
    keys(&mut ana, "2c");
    keys(&mut ana, "first steps only");
    press(&mut ana, KeyCode::Enter);
    keys(&mut ana, "q");
    assert!(ana.quit);
    drop(ana);

    let ana = room.participant("Ana");
    let state = participating(&ana);
    let mine = state.mine.as_ref().expect("the vote survives leaving");
    let expected = ("emerging", "first steps only");
    assert_eq!((&*mine.level, &*mine.comment), expected);
    assert_eq!(state.participants, 1, "joining again is not another person");
    let wanted = ["Your vote: Emerging", "first steps only", "1 of 1 have"];
    shows(&screen(&ana), &wanted, &[]);
    tick(&mut [&mut dana]);
    assert_eq!(facilitating(&dana).participants, ["Ana"]);
}

/// While connected, a participant's highlight moves to their vote whenever an
/// indicator comes up; rejoining should do the same, or Enter (vote for the
/// highlighted level) silently changes the vote to "Not yet".
#[test]
fn a_participant_who_reconnects_has_their_vote_highlighted() {
    let (room, _dana) = Room::rating();
    let [mut ana] = room.people(["Ana"]);
    keys(&mut ana, "3");
    drop(ana);
    let ana = room.participant("Ana");
    let at = participating(&ana).highlight;
    assert_eq!(at, 2, "after rejoining, level {} is highlighted", at + 1);
}

#[test]
fn votes_cannot_change_after_reveal_and_a_revote_opens_a_new_round() {
    let (room, mut dana) = Room::rating();
    let [mut ana, mut bo] = room.people(["Ana", "Bo"]);
    keys(&mut ana, "2");
    keys(&mut ana, "3");
    assert_status(&ana, StatusKind::Saved);
    keys(&mut bo, "4");
    tick(&mut [&mut dana, &mut ana, &mut bo]);
    keys(&mut dana, "v");
    tick(&mut [&mut ana, &mut bo]);

    keys(&mut ana, "1");
    assert_status(&ana, StatusKind::Error);
    keys(&mut ana, "n");
    assert_status(&ana, StatusKind::Error);
    assert_eq!(
        room.levels(1),
        ["developing", "full"],
        "changed after reveal"
    );
    // A comment may still be added to a revealed vote.
    keys(&mut ana, "c");
    keys(&mut ana, "we argued");
    press(&mut ana, KeyCode::Enter);
    assert_status(&ana, StatusKind::Saved);

    keys(&mut dana, "R");
    assert_eq!(facilitating(&dana).live.round(), 2);
    assert!(!facilitating(&dana).live.revealed());
    tick(&mut [&mut ana, &mut bo]);
    for app in [&ana, &bo] {
        let state = participating(app);
        assert_eq!((state.live.round(), state.voted), (2, 0));
        assert!(state.mine.is_none() && state.revealed_votes.is_empty());
        shows(&screen(app), &["0 of 2 have voted"], &["Everyone's votes"]);
    }
    keys(&mut ana, "4");
    keys(&mut bo, "4");
    tick(&mut [&mut dana, &mut ana]);
    assert!(
        participating(&ana).revealed_votes.is_empty(),
        "round 2 hidden"
    );
    shows(&screen(&ana), &["2 of 2 have voted"], &["Everyone's votes"]);
    assert_eq!(room.levels(2), ["full", "full"]);
    assert_eq!(room.levels(1), ["developing", "full"], "round 1 stays");
    keys(&mut dana, "v");
    press(&mut dana, KeyCode::Enter);
    let a = room.store().load(&room.assessment).unwrap();
    let cl1 = a.rubric.indicator_index("cl-1").unwrap();
    assert_eq!(a.entries[cl1].choice, Some(Choice::Level(3)), "round 2");
}

/// A participant's key can arrive before their App has ticked (the terminal loop
/// ticks after each key). A revealed round must still not change.
#[test]
fn a_key_pressed_just_as_the_revote_starts_does_not_change_the_revealed_round() {
    let (room, mut dana) = Room::rating();
    let [mut ana] = room.people(["Ana"]);
    keys(&mut ana, "2");
    tick(&mut [&mut dana]);
    keys(&mut dana, "v");
    tick(&mut [&mut ana]);
    keys(&mut dana, "R");
    // Ana has not ticked since the revote: her screen still shows round 1, revealed.
    keys(&mut ana, "4");
    let status = &ana.status;
    assert_eq!(
        room.levels(1),
        ["emerging"],
        "revealed vote changed: {status:?}"
    );
}

/// Hiding the votes again (`v` twice) cannot unsee them: the round must not reopen.
#[test]
fn hiding_the_votes_again_does_not_reopen_a_round_everyone_has_seen() {
    let (room, mut dana) = Room::rating();
    let [mut ana, mut bo] = room.people(["Ana", "Bo"]);
    keys(&mut ana, "2");
    keys(&mut bo, "4");
    tick(&mut [&mut dana]);
    keys(&mut dana, "v");
    tick(&mut [&mut ana]);
    assert_eq!(participating(&ana).revealed_votes.len(), 2, "Ana saw Bo's");
    keys(&mut dana, "v");
    tick(&mut [&mut ana]);
    keys(&mut ana, "4");
    let status = &ana.status;
    assert_eq!(room.levels(1), ["emerging", "full"], "changed: {status:?}");
}

/// The tally's last line (spread and median) and the team's decision must fit a
/// participant's 80x24 screen, like everything else laid out for 80x24.
#[test]
fn a_participant_sees_the_median_and_the_decision_at_80x24() {
    let (room, mut dana) = Room::rating();
    let [mut ana, mut bo] = room.people(["Ana", "Bo"]);
    keys(&mut ana, "2");
    keys(&mut bo, "3");
    tick(&mut [&mut dana]);
    keys(&mut dana, "v");
    tick(&mut [&mut ana]);
    let revealed = screen(&ana);
    press(&mut dana, KeyCode::Enter);
    tick(&mut [&mut ana]);
    let decided = screen(&ana);
    let mut cut = Vec::new();
    for (text, wanted, what) in [
        (&revealed, "median Emerging", "revealed: the median line"),
        (
            &decided,
            "Recorded by the team: Emerging",
            "decided: the decision",
        ),
        (&decided, "│ N/A ", "decided: the N/A bar"),
        (&decided, "median Emerging", "decided: the median line"),
    ] {
        if !text.contains(wanted) {
            cut.push(what);
        }
    }
    assert!(cut.is_empty(), "cut off: {cut:?}\n{revealed}\n{decided}");
}

#[test]
fn the_session_log_has_segments_with_times_and_ends_cleanly() {
    let room = Room::new();
    let mut dana = room.facilitator();
    let [mut ana, mut bo] = room.people(["Ana", "Bo"]);
    keys(&mut dana, ">");
    tick(&mut [&mut ana, &mut bo]);
    keys(&mut ana, "2");
    keys(&mut bo, "3");
    tick(&mut [&mut dana]);
    keys(&mut dana, "v4");
    assert_status(&dana, StatusKind::Saved);
    // The other baseline indicators are undecided: moving on asks first.
    keys(&mut dana, ">");
    assert_eq!(
        room.store()
            .live_session(&room.session)
            .unwrap()
            .agenda
            .segment,
        1
    );
    keys(&mut dana, "y");
    let live = room.store().live_session(&room.session).unwrap();
    assert_eq!(live.agenda.segment, 2);

    keys(&mut dana, "q");
    assert!(!room.store().live_session(&room.session).unwrap().ended());
    keys(&mut dana, "y");
    assert!(matches!(dana.screen, Screen::Assess(_)), "not back");
    // The end message names the minutes command with this session's code.
    let said = dana.status.as_ref().unwrap().text.clone();
    assert_eq!(
        said,
        format!(
            "Session ended; its minutes: touchstone session minutes {}",
            room.code
        )
    );
    tick(&mut [&mut ana]);
    shows(&screen(&ana), &["The session has ended"], &[]);

    let store = room.store();
    let live = store.live_session(&room.session).unwrap();
    assert!(live.ended());
    // The code still finds the session (for its minutes); joining it is refused.
    assert_eq!(live.code, room.code);
    assert_eq!(store.find_session(&room.code).unwrap(), room.session);
    let join = room
        .env
        .cmd()
        .args(["session", "join", &room.code, "--name", "Cy"])
        .output();
    let join = join.unwrap();
    assert_eq!(join.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&join.stderr).contains("has ended"));
    let a = store.load(&room.assessment).unwrap();
    let record = &a.sessions[0];
    let end = record.ended.expect("the session's end is recorded");
    let kinds: Vec<&str> = record.segments.iter().map(|s| &*s.kind).collect();
    assert_eq!(kinds, ["welcome", "rate", "discuss"]);
    for pair in record.segments.windows(2) {
        assert!(pair[0].ended == Some(pair[1].started), "{pair:#?}");
    }
    for seg in &record.segments {
        let ended = seg.ended.expect("every visit is closed");
        assert!(seg.started <= ended && ended <= end, "{seg:#?}");
    }
    assert_eq!(record.segments[1].planned_minutes, 20);

    let md = minutes::markdown(&a, record, false);
    let wanted = [
        "Participants (2): Ana, Bo",
        "### cl-1: Fully implementing",
        "- Votes: Emerging 1 · Developing 1",
        "| Rate the three criteria | rate | 20 min |",
    ];
    // No voter's name goes with a vote unless the team agreed to open voting.
    shows(&md, &wanted, &["Ana voted", "Bo voted"]);

    // The real binary writes the same minutes.
    let out = room.env.ok(&["session", "minutes", &room.session]);
    assert_eq!(out.trim_end(), md.trim_end());
}

#[test]
fn thirty_participants() {
    let (room, mut dana) = Room::rating();
    let mut people: Vec<Store> = (0..30).map(|_| room.store()).collect();
    let keys_ = ["not-yet", "emerging", "developing", "full"];
    let mut choices = Vec::new();
    for (i, store) in people.iter_mut().enumerate() {
        let name = format!("P{i:02}");
        store.join_session(&room.session, &name).unwrap();
        let live = store.live_session(&room.session).unwrap();
        let (choice, key) = match i % 10 {
            9 => (Choice::NotApplicable, "na"),
            _ => (Choice::Level(i % 4), keys_[i % 4]),
        };
        store.vote(&live, &name, key, "").unwrap();
        choices.push(choice);
    }
    tick(&mut [&mut dana]);
    shows(&screen(&dana), &["Votes 30/30 · ✓ everyone has voted"], &[]);
    keys(&mut dana, "v");
    let tally = facilitating(&dana).tally();
    assert_eq!((tally.votes, tally.not_applicable), (30, 3));
    assert_eq!(tally.per_level.iter().sum::<u32>(), 27);
    let expected = suggested(&choices);
    assert_eq!(tally.suggested, expected);
    press(&mut dana, KeyCode::Enter);
    let a = room.store().load(&room.assessment).unwrap();
    assert_eq!(a.entries[0].choice, expected);
    assert_eq!(a.sessions[0].decisions[0].votes, 30);
    assert_eq!(a.sessions[0].participants.len(), 30);
}

/// Importing (with replace) an export taken mid-workshop into the database where the
/// workshop still runs must not end it: "live sessions (with a plan) keep their state".
#[test]
fn importing_an_export_taken_mid_workshop_keeps_the_live_session_running() {
    let (room, mut dana) = Room::rating();
    let [mut ana] = room.people(["Ana"]);
    keys(&mut ana, "2");
    let file = room.env.path("mid.toml");
    let a = room.store().load(&room.assessment).unwrap();
    std::fs::write(&file, touchstone::exchange::to_toml(&a)).unwrap();
    tick(&mut [&mut dana]);
    keys(&mut dana, "v3");
    let import = touchstone::exchange::batch::import_paths;
    import(
        &mut room.store(),
        &Registry::bundled(),
        &[file],
        true,
        "lead",
    )
    .unwrap();
    let live = room.store().live_session(&room.session);
    assert!(live.is_ok(), "the running session broke: {:?}", live.err());
    tick(&mut [&mut dana, &mut ana]);
    let error = dana
        .status
        .as_ref()
        .filter(|s| s.kind == touchstone::tui::app::StatusKind::Error);
    assert_eq!(error, None, "the facilitator's screen shows an error");
}

/// An app on the room's assessment whose plan chooser reads `plan_dirs`.
fn assessing(room: &Room, plan_dirs: Vec<std::path::PathBuf>) -> App {
    let options = Options {
        theme: None,
        ascii: false,
        open: Some(room.assessment.clone()),
        session: None,
        plan_dirs,
    };
    App::new(room.store(), Registry::bundled(), "Dana".into(), options)
}

/// The plan ids `w` offers.
fn offered(app: &mut App) -> Vec<String> {
    press(app, KeyCode::Char('w'));
    match &app.overlay {
        Some(touchstone::tui::app::Overlay::ChoosePlan { plans, .. }) => {
            plans.iter().map(|(id, _, _)| id.clone()).collect()
        }
        _ => panic!("no plan chooser: {:?}", app.status),
    }
}

#[test]
fn the_plan_chooser_reads_the_plan_folders_it_is_given() {
    // The screens take the user's plan folder from their options (the CLI and `serve`
    // pass the config folder's), never from the environment.
    let room = Room::new();
    let folder = room.env.path("my-plans");
    std::fs::create_dir_all(&folder).unwrap();
    let bundled = include_str!("../../sessions/baseline-check.toml");
    let own = bundled
        .replace("id = \"baseline-check\"", "id = \"our-own-check\"")
        .replace("title = \"Baseline check\"", "title = \"Our own check\"");
    assert_ne!(own, bundled);
    std::fs::write(folder.join("our-own-check.toml"), own).unwrap();

    let mut without = assessing(&room, Vec::new());
    assert!(!offered(&mut without).contains(&"our-own-check".to_string()));

    let mut dana = assessing(&room, vec![folder]);
    let ids = offered(&mut dana);
    let at = ids
        .iter()
        .position(|id| id == "our-own-check")
        .unwrap_or_else(|| panic!("the folder's plan is not offered: {ids:?}"));
    for _ in 0..at {
        press(&mut dana, KeyCode::Down);
    }
    press(&mut dana, KeyCode::Enter);
    match &dana.screen {
        Screen::Facilitate(state) => assert_eq!(state.live.plan.id, "our-own-check"),
        _ => panic!("no session started: {:?}", dana.status),
    }
}

/// What the person sees on a terminal of this size.
fn screen_at(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    let buffer = terminal.backend().buffer();
    let cells: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    cells
        .chunks(width as usize)
        .map(|row| row.concat() + "\n")
        .collect()
}

fn status_text(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn reveal_with_no_votes_says_so_and_reveals_nothing() {
    let (room, mut dana) = Room::rating();
    keys(&mut dana, "v");
    assert!(
        status_text(&dana).contains("No votes yet"),
        "{}",
        status_text(&dana)
    );
    assert!(!room.store().live_session(&room.session).unwrap().revealed());
}

#[test]
fn leaving_a_segment_with_undecided_indicators_asks_and_marks_it_partly_done() {
    let (room, mut dana) = Room::rating();
    let [mut ana] = room.people(["Ana"]);
    tick(&mut [&mut ana, &mut dana]);
    keys(&mut ana, "2");
    tick(&mut [&mut dana]);
    keys(&mut dana, "v");
    press(&mut dana, KeyCode::Enter);
    // cl-1 is decided; two baseline indicators are not.
    keys(&mut dana, ">");
    shows(
        &screen(&dana),
        &["2 indicators of this segment have no consensus yet"],
        &[],
    );
    keys(&mut dana, "n");
    assert_eq!(
        room.store()
            .live_session(&room.session)
            .unwrap()
            .agenda
            .segment,
        1
    );
    keys(&mut dana, ">y");
    assert_eq!(
        room.store()
            .live_session(&room.session)
            .unwrap()
            .agenda
            .segment,
        2
    );
    shows(&screen(&dana), &["◐ Rate the three", "◐ partly done"], &[]);
    // A segment whose indicators were all decided is done, and moving on does not ask.
    let store = room.store();
    assert_eq!(store.decided_indicators(&room.session).unwrap(), ["cl-1"]);
}

#[test]
fn the_plans_consensus_rule_is_what_enter_records_and_the_screen_says() {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let registry = Registry::bundled();
    let entry = registry.latest("cs-site-2017").unwrap();
    let assessment = store
        .create(&NewAssessment {
            school: "Lincoln Elementary",
            district: None,
            date: jiff::civil::date(2026, 11, 2),
            team: &[],
            facilitator: Some("Dana"),
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .unwrap();
    // A team whose norm is "record the lower rating for now" says so in its plan.
    let bundled = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/baseline-check.toml"),
    )
    .unwrap();
    let lowest = bundled
        .replacen("id = \"baseline-check\"", "id = \"lower-rating\"", 1)
        .replacen("minutes = 45", "minutes = 45\nconsensus = \"lowest\"", 1);
    let plans_dir = env.path("plans");
    std::fs::create_dir_all(&plans_dir).unwrap();
    std::fs::write(plans_dir.join("lower-rating.toml"), lowest).unwrap();
    let plans = load_plans(&[plans_dir]).0;
    assert!(plans.iter().any(|p| p.plan.id == "lower-rating"));
    let live = start::start(&mut store, &plans, &assessment, "lower-rating", "Dana");
    let room = Room {
        env,
        assessment,
        session: live.unwrap().id,
        code: String::new(),
    };
    let mut dana = room.facilitator();
    keys(&mut dana, ">");
    let [mut ana, mut bo, mut cy] = room.people(["Ana", "Bo", "Cy"]);
    tick(&mut [&mut dana]);
    let up = facilitating(&dana)
        .live
        .indicator
        .clone()
        .expect("an indicator is up");
    keys(&mut ana, "4");
    keys(&mut bo, "2");
    keys(&mut cy, "3");
    tick(&mut [&mut dana]);
    keys(&mut dana, "v");
    shows(
        &screen(&dana),
        &["lowest vote Emerging · Enter records it"],
        &["median"],
    );
    press(&mut dana, KeyCode::Enter);
    let a = room.store().load(&room.assessment).unwrap();
    let i = a.rubric.indicator_index(&up).unwrap();
    assert_eq!(
        a.entries[i].choice,
        Some(Choice::Level(1)),
        "the lowest vote"
    );
}

#[test]
fn participants_status_lines_follow_the_reveal_the_new_round_a_pause_and_the_end() {
    let (room, mut dana) = Room::rating();
    let [mut ana, mut bo] = room.people(["Ana", "Bo"]);
    tick(&mut [&mut ana, &mut bo, &mut dana]);
    keys(&mut ana, "2");
    keys(&mut bo, "3");
    assert!(status_text(&ana).contains("hidden until the reveal"));
    tick(&mut [&mut dana]);
    keys(&mut dana, "v");
    tick(&mut [&mut ana]);
    assert!(
        status_text(&ana).contains("Votes revealed"),
        "{}",
        status_text(&ana)
    );
    keys(&mut dana, "R");
    tick(&mut [&mut ana]);
    assert!(
        status_text(&ana).starts_with("Round 2"),
        "{}",
        status_text(&ana)
    );
    keys(&mut dana, " ");
    tick(&mut [&mut ana]);
    assert!(
        status_text(&ana).contains("paused"),
        "{}",
        status_text(&ana)
    );
    shows(
        &screen(&ana),
        &["paused,", "The facilitator has paused the clock"],
        &[],
    );
    keys(&mut dana, " qy");
    tick(&mut [&mut ana]);
    let text = screen(&ana);
    shows(
        &text,
        &["The session has ended"],
        &["will bring up", "hidden until"],
    );
    assert!(
        status_text(&ana).contains("has ended"),
        "{}",
        status_text(&ana)
    );
    // A key pressed afterwards casts nothing.
    keys(&mut ana, "4");
    assert!(
        status_text(&ana).contains("has ended"),
        "{}",
        status_text(&ana)
    );
    // Nor from a screen that has not caught up with the end yet (the store refuses).
    keys(&mut bo, "4");
    assert!(
        status_text(&bo).contains("has ended"),
        "{}",
        status_text(&bo)
    );
    let round2 = room.store().votes(&room.session, "cl-1", 2).unwrap();
    assert!(round2.is_empty(), "{round2:?}");
}

#[test]
fn the_facilitator_scrolls_the_prompts_and_reads_long_comments_at_80x24() {
    let room = Room::new();
    let mut dana = room.facilitator();
    keys(&mut dana, ">");
    let [mut ana, mut bo, mut cy] = room.people(["Ana", "Bo", "Cy"]);
    tick(&mut [&mut ana, &mut bo, &mut cy, &mut dana]);
    let long = "We meet monthly but the agenda is set by the principal alone, families rarely speak, and decisions are announced rather than made together at the table";
    for (app, key) in [(&mut ana, "1"), (&mut bo, "2"), (&mut cy, "3")] {
        keys(app, key);
        keys(app, "c");
        keys(app, long);
        press(app, KeyCode::Enter);
    }
    tick(&mut [&mut dana]);
    keys(&mut dana, "v");
    let first = screen(&dana);
    assert!(first.contains("PgDn: more"), "{first}");
    press(&mut dana, KeyCode::PageDown);
    let then = screen(&dana);
    assert!(then.contains("at the table\" (Developing)"), "{then}");
    press(&mut dana, KeyCode::PageUp);
    // The rating segment has more prompts than fit above the indicator at 80x24.
    let plan = facilitating(&dana).live.plan.clone();
    let last = plan.segments[1].prompts.last().unwrap().clone();
    let ending = last.split_whitespace().last().unwrap().to_string();
    shows(&screen(&dana), &["more prompts: ↓ shows them"], &[&ending]);
    for _ in 0..plan.segments[1].prompts.len() {
        keys(&mut dana, "j");
    }
    shows(&screen(&dana), &[&ending, "↑ shows"], &[]);
}

#[test]
fn the_close_segment_reads_back_the_steps_recorded_in_the_session() {
    let (room, mut dana) = Room::rating();
    keys(&mut dana, "3");
    let mut store = room.store();
    let steps = vec![touchstone::assessment::Action {
        indicator: "cl-1".into(),
        step: "Invite two parents to the leadership team".into(),
        owner: Some("Maria".into()),
        due: Some(jiff::civil::date(2027, 1, 15)),
        status: touchstone::assessment::ActionStatus::Open,
    }];
    store.set_actions(&room.assessment, &steps).unwrap();
    tick(&mut [&mut dana]);
    for _ in 0..3 {
        keys(&mut dana, ">");
        if dana.overlay.is_some() {
            keys(&mut dana, "y");
        }
    }
    let live = room.store().live_session(&room.session).unwrap();
    assert_eq!(live.plan.segments[live.agenda.segment].title, "Close");
    shows(
        &screen_at(&dana, 120, 35),
        &[
            "Our next steps",
            "cl-1: Invite two parents to the leadership team (Maria, by 2027-01-15)",
        ],
        &[],
    );
}

fn watching(app: &App) -> &touchstone::tui::screens::watch::WatchState {
    match &app.screen {
        Screen::Watch(state) => state,
        _ => panic!("not on the wall screen"),
    }
}

#[test]
fn a_viewer_follows_the_room_and_never_shows_a_vote_before_the_reveal() {
    let room = Room::new();
    let mut dana = room.facilitator();
    let [mut ana, mut bo, mut cy] = room.people(["Ana", "Bo", "Cy"]);
    let session_id = room.session.clone();
    let mut wall = room
        .app("viewer", SessionRole::Watch { session_id })
        .read_only();
    shows(
        &screen(&wall),
        &[
            "segment 1 of 5: Welcome and purpose",
            "Next: Rate the three",
        ],
        &[],
    );

    keys(&mut dana, ">");
    tick(&mut [&mut ana, &mut bo, &mut cy, &mut wall]);
    assert_eq!(watching(&wall).live.indicator.as_deref(), Some("cl-1"));
    shows(
        &screen(&wall),
        &["A site leadership team", "1 Not yet", "0 of 3 have voted"],
        &[],
    );

    keys(&mut ana, "2");
    keys(&mut bo, "3c");
    keys(&mut bo, COMMENT);
    press(&mut bo, KeyCode::Enter);
    keys(&mut cy, "3");
    tick(&mut [&mut wall]);
    // The count, never what anyone voted, nor a comment.
    let before = screen(&wall);
    shows(
        &before,
        &["3 of 3 have voted"],
        &["spread", "median", "two decisions", "Ana", "Bo"],
    );
    assert!(watching(&wall).round.shown.is_empty());

    // The viewer has no facilitator keys: nothing it presses changes the room.
    keys(&mut wall, "v3> ");
    press(&mut wall, KeyCode::Enter);
    let live = room.store().live_session(&room.session).unwrap();
    assert!(!live.revealed() && !live.agenda.is_paused() && live.agenda.segment == 1);
    assert!(
        status_text(&wall).contains("read-only"),
        "{}",
        status_text(&wall)
    );

    keys(&mut dana, "v");
    tick(&mut [&mut wall]);
    assert_eq!(watching(&wall).round.shown.len(), 3);
    shows(
        &screen(&wall),
        &["3 votes · spread 1 level · median Developing"],
        &["two decisions"],
    );

    // A pause shows on the participants' screens and on the wall.
    keys(&mut dana, " ");
    tick(&mut [&mut ana, &mut wall]);
    shows(
        &screen(&ana),
        &["The facilitator has paused the clock"],
        &[],
    );
    shows(&screen(&wall), &["PAUSED", "The clock is paused"], &[]);

    keys(&mut dana, " +");
    tick(&mut [&mut wall]);
    shows(&screen(&wall), &["+5 min"], &["PAUSED"]);

    keys(&mut dana, "qy");
    tick(&mut [&mut ana, &mut wall]);
    shows(&screen(&wall), &["The session has ended"], &[]);
    shows(&screen(&ana), &["The session has ended"], &[]);
    keys(&mut wall, "q");
    assert!(wall.quit);
}

#[test]
fn with_no_session_a_viewer_opens_a_summary_read_only() {
    let room = Room::new();
    let options = crate::common::options(None, None);
    let mut viewer =
        App::new(room.store(), Registry::bundled(), "viewer".into(), options).read_only();
    keys(&mut viewer, "s");
    match &viewer.screen {
        Screen::Assess(state) => assert_eq!(state.assessment.meta.id, room.assessment),
        _ => panic!("the summary did not open"),
    }
    shows(
        &screen(&viewer),
        &["Summary", "Standards fully implemented"],
        &[],
    );
    // Submitting, reviewing into a rating, rating: all refused.
    keys(&mut viewer, "S");
    assert!(
        status_text(&viewer).contains("read-only"),
        "{}",
        status_text(&viewer)
    );
    press(&mut viewer, KeyCode::Enter);
    keys(&mut viewer, "3");
    let a = room.store().load(&room.assessment).unwrap();
    assert_eq!(a.meta.status, touchstone::assessment::Status::Draft);
    assert!(a.entries.iter().all(|e| e.choice.is_none()));
    press(&mut viewer, KeyCode::Esc);
    assert!(matches!(viewer.screen, Screen::Home | Screen::Assess(_)));
}
