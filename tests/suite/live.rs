//! The live data flow (issue 11 items 2, 3 and the "too small" part of 6): every write
//! lands in the change log under the right key; the one event loop draws only when
//! something changed; a change made by another connection reaches the open screen
//! without a key; the "too small" screen takes only quit, help and resize; an idle SSH
//! connection is sent nothing.

use crate::common::lincoln;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tempfile::TempDir;
use touchstone::assessment::{Action, ActionStatus};
use touchstone::ops::session as start;
use touchstone::rubric::{Choice, Registry};
use touchstone::session::{Agenda, load_plans};
use touchstone::store::{Changed, NewAssessment, Store};
use touchstone::tui::app::{Input, Screen};
use touchstone::tui::keymap::Ctx;
use touchstone::tui::terminal::{Event, Events, run_loop};
use touchstone::tui::{App, Options};

/// What the log says changed since it stood at `before`, as a set of keys, leaving
/// out `marker` (the key written just before, see `check`).
fn logged(store: &Store, before: i64, marker: &str) -> HashSet<Changed> {
    let changes = store.changes_since(before).unwrap();
    assert!(!changes.everything);
    assert!(changes.last > before, "the write moved the log on");
    changes
        .keys
        .into_iter()
        .filter(|k| *k != a(marker))
        .collect()
}

fn a(id: &str) -> Changed {
    Changed::Assessment(id.to_string())
}

fn s(id: &str) -> Changed {
    Changed::Session(id.to_string())
}

fn create(store: &mut Store, school: &str) -> String {
    let registry = Registry::bundled();
    let entry = registry.latest("cs-site-2017").unwrap();
    store
        .create(&NewAssessment {
            school,
            district: Some("North"),
            date: jiff::civil::date(2026, 11, 2),
            team: &[],
            facilitator: None,
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .unwrap()
}

/// Runs `write` and checks that exactly `keys` were logged. A rating of `marker` goes
/// first, so the newest number of the log is the marker's (which the log lists again,
/// see `Store::changes_since`) and every key the write changes gets a new number.
fn check(
    store: &mut Store,
    marker: &str,
    what: &str,
    keys: &[Changed],
    write: impl FnOnce(&mut Store),
) {
    let loaded = store.load(marker).unwrap();
    let level = match loaded.entries[0].choice {
        Some(Choice::Level(1)) => 2,
        _ => 1,
    };
    store
        .rate(&loaded, "cl-1", Some(Choice::Level(level)), None, "marker")
        .unwrap();
    let before = store.last_change().unwrap();
    write(store);
    let got = logged(store, before, marker);
    let want: HashSet<Changed> = keys.iter().cloned().collect();
    assert_eq!(got, want, "{what}");
}

#[test]
fn every_kind_of_write_logs_the_key_it_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("t.db")).unwrap();
    let before = store.last_change().unwrap();
    let marker = create(&mut store, "Marker School");
    let m = marker.as_str();
    assert_eq!(logged(&store, before, ""), HashSet::from([a(m)]), "create");
    let before = store.last_change().unwrap();
    let id = create(&mut store, "Lincoln Elementary");
    assert_eq!(logged(&store, before, m), HashSet::from([a(&id)]), "create");
    let other = create(&mut store, "Roosevelt High");
    let loaded = store.load(&id).unwrap();
    check(&mut store, m, "rate", &[a(&id)], |st| {
        st.rate(&loaded, "cl-1", Some(Choice::Level(2)), None, "ana")
            .unwrap();
    });
    check(&mut store, m, "note", &[a(&id)], |st| {
        st.note(&loaded, "cl-1", "a note", "ana").unwrap();
    });
    check(&mut store, m, "evidence", &[a(&id)], |st| {
        st.set_evidence(&id, "cl-1", &["minutes".to_string()], "t")
            .unwrap();
    });
    let step = Action {
        indicator: "cl-1".into(),
        step: "Meet the families".into(),
        owner: None,
        due: None,
        status: ActionStatus::Open,
    };
    check(&mut store, m, "actions", &[a(&id)], |st| {
        st.set_actions(&id, &[step]).unwrap();
    });
    check(&mut store, m, "delete", &[a(&other)], |st| {
        st.delete(&other).unwrap()
    });
    check(&mut store, m, "restore", &[a(&other)], |st| {
        st.restore(&other).unwrap()
    });
    let mut incoming = store.load(&id).unwrap();
    incoming.entries[1].choice = Some(Choice::Level(3));
    incoming.entries[0].evidence = vec!["agenda".into(), "sign-in sheet".into()];
    check(&mut store, m, "import --replace", &[a(&id)], |st| {
        st.import(&[incoming], true, "import").unwrap();
    });

    // Sessions: their own key; a decision changes the assessment too.
    let plans = load_plans(&[]).0;
    let before = store.last_change().unwrap();
    let started = start::start(&mut store, &plans, &id, "baseline-check", "Dana").unwrap();
    assert_eq!(
        logged(&store, before, &id),
        HashSet::from([s(&started.id)]),
        "start a session"
    );
    let sid = started.id;
    check(&mut store, m, "join", &[s(&sid)], |st| {
        st.join_session(&sid, "Bo").unwrap();
    });
    check(&mut store, m, "discuss", &[s(&sid)], |st| {
        st.discuss(&sid, Some("cl-2")).unwrap()
    });
    let current = store.live_session(&sid).unwrap();
    check(&mut store, m, "vote", &[s(&sid)], |st| {
        st.vote(&current, "Bo", "3", "").unwrap()
    });
    check(&mut store, m, "reveal", &[s(&sid)], |st| {
        st.reveal(&sid).unwrap()
    });
    let current = store.live_session(&sid).unwrap();
    let assessment = store.load(&id).unwrap();
    check(&mut store, m, "decide", &[s(&sid), a(&id)], |st| {
        st.decide(
            &current,
            &assessment,
            "cl-2",
            Choice::Level(2),
            None,
            None,
            1,
            "Dana",
        )
        .unwrap()
    });
    let mut agenda: Agenda = current.agenda;
    agenda.extend(300, &current.plan);
    check(&mut store, m, "agenda", &[s(&sid)], |st| {
        st.save_agenda(&current, &agenda).unwrap()
    });
    check(&mut store, m, "end", &[s(&sid)], |st| {
        st.end_session(&sid).unwrap()
    });
}

/// The log holds one row per assessment and per session however many ratings are
/// written; every write is found by a reader, whichever key it touched.
#[test]
fn the_log_stays_one_row_per_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = Store::open(&path).unwrap();
    let ids = [create(&mut store, "A"), create(&mut store, "B")];
    for round in 0..5 {
        for id in &ids {
            let loaded = store.load(id).unwrap();
            for (_, indicator) in loaded.rubric.indicators().take(10) {
                let before = store.last_change().unwrap();
                store
                    .rate(
                        &loaded,
                        &indicator.id,
                        Some(Choice::Level(round % 3 + 1)),
                        None,
                        "ana",
                    )
                    .unwrap();
                let changes = store.changes_since(before).unwrap();
                assert!(changes.assessment(id), "round {round}: {changes:?}");
                assert!(changes.keys.len() <= 2, "{changes:?}");
            }
        }
    }
    let rows: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM changes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 2);
    // Only what changed since a point comes back (and the key that held it).
    let loaded = store.load(&ids[0]).unwrap();
    let before = store.last_change().unwrap();
    store
        .rate(&loaded, "cl-1", Some(Choice::Level(1)), None, "ana")
        .unwrap();
    assert_eq!(logged(&store, before, &ids[1]), HashSet::from([a(&ids[0])]));
    // Nothing changed since: only the key holding the newest number is listed again.
    let again = store.changes_since(store.last_change().unwrap()).unwrap();
    assert_eq!(again.keys, vec![a(&ids[0])]);
}

/// One step of a scripted terminal.
enum Step {
    Event(Event),
    /// A wait in which nothing arrives.
    Idle,
    /// Something another process does meanwhile.
    Do(Box<dyn FnOnce()>),
}

/// A scripted terminal; Ctrl-C once the script is done.
struct Script(VecDeque<Step>);

impl Script {
    fn new(steps: impl IntoIterator<Item = Step>) -> Script {
        Script(steps.into_iter().collect())
    }
}

impl Events for Script {
    fn wait(&mut self, _timeout: Option<Duration>) -> std::io::Result<Option<Event>> {
        loop {
            return Ok(match self.0.pop_front() {
                Some(Step::Event(event)) => Some(event),
                Some(Step::Idle) => None,
                Some(Step::Do(action)) => {
                    action();
                    continue;
                }
                None => Some(key_event(ctrl('c'))),
            });
        }
    }

    /// Each step is its own wait, so every step can draw.
    fn ready(&mut self) -> std::io::Result<Option<Event>> {
        Ok(None)
    }
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn key_event(key: KeyEvent) -> Event {
    Event::Input(Input::Key(key))
}

fn press(code: KeyCode) -> Step {
    Step::Event(key_event(KeyEvent::from(code)))
}

fn idle(n: usize) -> impl Iterator<Item = Step> {
    (0..n).flat_map(|_| [Step::Idle, Step::Event(Event::Poll)])
}

/// A database with two assessments; an app open on `open` (an index) or on home.
struct Desk {
    dir: TempDir,
    ids: Vec<String>,
    app: App,
    terminal: Terminal<TestBackend>,
}

impl Desk {
    fn new(open: Option<usize>, cols: u16, rows: u16) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let ids = vec![lincoln(&mut store), create(&mut store, "Roosevelt High")];
        let options = crate::common::options(None, open.map(|i| ids[i].clone()));
        let app = App::new(store, Registry::bundled(), "tester".into(), options);
        assert!(app.status.is_none(), "{:?}", app.status);
        let terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
        Desk {
            dir,
            ids,
            app,
            terminal,
        }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("t.db")
    }

    /// Runs the loop over `steps`; the number of frames drawn.
    fn run(&mut self, steps: impl IntoIterator<Item = Step>) -> usize {
        self.app.quit = false;
        let mut script = Script::new(steps);
        run_loop(
            &mut self.terminal,
            &mut self.app,
            &mut script,
            &mut |_, _| true,
        )
        .unwrap()
    }

    fn screen(&self) -> String {
        let buffer = self.terminal.backend().buffer();
        let mut text = String::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                text.push_str(buffer[(x, y)].symbol());
            }
            text.push('\n');
        }
        text
    }
}

/// Another process rates an indicator.
fn rate_elsewhere(db: &Path, id: &str, indicator: &str, level: usize) -> Step {
    let (db, id, indicator) = (db.to_path_buf(), id.to_string(), indicator.to_string());
    Step::Do(Box::new(move || {
        let mut store = Store::open(&db).unwrap();
        let loaded = store.load(&id).unwrap();
        store
            .rate(&loaded, &indicator, Some(Choice::Level(level)), None, "cli")
            .unwrap();
    }))
}

fn stored_choice(db: &Path, id: &str, indicator: usize) -> Option<Choice> {
    Store::open(db).unwrap().load(id).unwrap().entries[indicator].choice
}

#[test]
fn an_idle_app_draws_no_frame_after_the_first() {
    for open in [None, Some(0)] {
        let mut desk = Desk::new(open, 100, 30);
        // Ctrl-C ends the loop without a frame.
        let frames = desk.run(idle(50));
        assert_eq!(frames, 1, "one frame in 50 idle waits (open: {open:?})");
    }
}

#[test]
fn a_change_from_another_connection_reaches_the_open_screen_without_a_key() {
    let mut desk = Desk::new(Some(0), 100, 30);
    let (db, id) = (desk.db(), desk.ids[0].clone());
    let frames = desk.run([
        rate_elsewhere(&db, &id, "cl-1", 3),
        Step::Event(Event::Poll),
    ]);
    assert_eq!(frames, 2, "the first frame and the change");
    let Screen::Assess(state) = &desk.app.screen else {
        panic!("not on the assessment screen")
    };
    assert_eq!(state.assessment.entries[0].choice, Some(Choice::Level(3)));
    assert!(
        desk.screen().contains("another session"),
        "{}",
        desk.screen()
    );

    // On home: the list shows the other process's rating.
    let mut desk = Desk::new(None, 100, 30);
    let (db, id) = (desk.db(), desk.ids[1].clone());
    assert!(desk.app.home.held().iter().all(|r| r.rated == 0));
    let frames = desk.run([
        rate_elsewhere(&db, &id, "cl-1", 2),
        Step::Event(Event::Poll),
    ]);
    assert_eq!(frames, 2);
    assert!(
        desk.app
            .home
            .held()
            .iter()
            .any(|r| r.id == id && r.rated == 1)
    );
}

#[test]
fn a_change_to_another_assessment_draws_nothing() {
    let mut desk = Desk::new(Some(0), 100, 30);
    let (db, other) = (desk.db(), desk.ids[1].clone());
    let frames = desk.run([
        rate_elsewhere(&db, &other, "cl-1", 3),
        Step::Event(Event::Poll),
        Step::Idle,
    ]);
    assert_eq!(frames, 1, "the open assessment did not change");
    // Going home shows it.
    desk.run([press(KeyCode::Esc)]);
    assert!(
        desk.app
            .home
            .held()
            .iter()
            .any(|r| r.id == other && r.rated == 1)
    );
}

#[test]
fn a_resize_draws() {
    let mut desk = Desk::new(None, 100, 30);
    let frames = desk.run([Step::Idle, Step::Event(Event::Resize(120, 40)), Step::Idle]);
    assert_eq!(frames, 2);
}

/// Issue 11: at 60x15 the "too small" note was up, yet `Esc Tab 2` saved a rating
/// nobody could see.
#[test]
fn the_too_small_screen_takes_only_quit_help_and_resize() {
    let mut desk = Desk::new(Some(0), 60, 15);
    let (db, id) = (desk.db(), desk.ids[0].clone());
    desk.run([
        press(KeyCode::Esc),
        press(KeyCode::Tab),
        Step::Event(key_event(key('2'))),
        Step::Event(Event::Input(Input::Paste("pasted".into()))),
    ]);
    assert!(
        desk.screen().contains("needs a window"),
        "{}",
        desk.screen()
    );
    assert!(
        matches!(desk.app.screen, Screen::Assess(_)),
        "Esc did not leave"
    );
    assert_eq!(stored_choice(&db, &id, 0), None, "nothing was rated");
    assert!(desk.app.quit, "Ctrl-C quits");

    // Help opens; once the window is large enough, keys act again.
    desk.run([Step::Event(key_event(key('?')))]);
    assert_eq!(desk.app.ctx(), Ctx::Help, "help opens");
    desk.terminal.backend_mut().resize(100, 30);
    desk.run([
        Step::Event(Event::Resize(100, 30)),
        press(KeyCode::Esc),
        Step::Event(key_event(key('2'))),
    ]);
    assert_ne!(desk.app.ctx(), Ctx::Help, "help closed");
    assert_eq!(stored_choice(&db, &id, 0), Some(Choice::Level(1)));
}

/// Over SSH: once the first screen is drawn, an idle connection is sent nothing; a
/// rating made elsewhere reaches its home list without a key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_ssh_connection_is_sent_nothing_until_something_changes() {
    use crate::serve::Server;
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana").await;
    term.wait_for("Lincoln Elementary").await;
    // Whatever follows the first frame (nothing should), then a quiet second and a half.
    let settle = read_for(&mut term, Duration::from_millis(500)).await;
    let quiet = read_for(&mut term, Duration::from_millis(1500)).await;
    assert_eq!(
        quiet, 0,
        "an idle connection is sent nothing (then {settle})"
    );
    let before = term.contents();
    {
        let mut store = Store::open(&server.db()).unwrap();
        let loaded = store.load(&id).unwrap();
        store
            .rate(&loaded, "cl-1", Some(Choice::Level(2)), None, "cli")
            .unwrap();
    }
    term.wait_until(
        "the rating on the home list",
        crate::serve::WAIT,
        move |now| now != before,
    )
    .await;
    server.stop().await;
}

/// Bytes received in `time`.
async fn read_for(term: &mut crate::serve::Term, time: Duration) -> usize {
    let deadline = tokio::time::Instant::now() + time;
    let mut bytes = 0;
    while let Ok(Some(message)) = tokio::time::timeout_at(deadline, term.channel.wait()).await {
        if let russh::ChannelMsg::Data { data } = message {
            bytes += data.len();
            term.screen.process(&data);
        }
    }
    bytes
}

/// The loop no longer ticks while idle, so what keys do with time (pausing a session's
/// clock) must not count from when the app last drew.
#[test]
fn keys_count_time_from_when_they_arrive() {
    let mut desk = Desk::new(None, 100, 30);
    desk.app.now = 0;
    desk.app
        .handle_inputs([Input::Key(key('j'))], &mut |_, _| true);
    assert!(desk.app.now >= jiff::Timestamp::now().as_second() - 60);
}

/// A watcher's news (as `touchstone serve` sends it) draws only when it touches the
/// screen in front.
#[test]
fn news_from_a_watcher_draws_only_what_it_touches() {
    use std::sync::Arc;
    use touchstone::store::Changes;
    let mut desk = Desk::new(Some(0), 100, 30);
    let (db, id, other) = (desk.db(), desk.ids[0].clone(), desk.ids[1].clone());
    let news = |keys: Vec<Changed>| {
        let last = Store::open(&db).unwrap().last_change().unwrap();
        Step::Event(Event::Changed(Arc::new(Changes {
            last,
            keys,
            everything: false,
        })))
    };
    let frames = desk.run([
        rate_elsewhere(&db, &other, "cl-1", 2),
        Step::Do(Box::new(|| {})),
    ]);
    assert_eq!(frames, 1);
    let unrelated = news(vec![a(&other)]);
    assert_eq!(desk.run([unrelated, Step::Idle]), 1, "another assessment");
    let frames = desk.run([rate_elsewhere(&db, &id, "cl-2", 3)]);
    assert_eq!(frames, 1, "nothing tells the app yet");
    let related = news(vec![a(&id)]);
    assert_eq!(desk.run([related, Step::Idle]), 2, "its own assessment");
    let Screen::Assess(state) = &desk.app.screen else {
        panic!("not on the assessment screen")
    };
    assert_eq!(state.assessment.entries[1].choice, Some(Choice::Level(3)));
}

/// The clock wakes the loop only on a screen that shows a running clock.
#[test]
fn only_a_running_session_clock_wakes_the_loop() {
    let desk = Desk::new(Some(0), 100, 30);
    assert_eq!(desk.app.clock_wait(), None, "the assessment screen");
    let db = desk.db();
    let mut store = Store::open(&db).unwrap();
    let plans = load_plans(&[]).0;
    let live = start::start(&mut store, &plans, &desk.ids[0], "baseline-check", "Dana").unwrap();
    let options = |session| Options {
        theme: None,
        ascii: false,
        open: None,
        session: Some(session),
        plan_dirs: Vec::new(),
    };
    let facilitator = App::new(
        Store::open(&db).unwrap(),
        Registry::bundled(),
        "Dana".into(),
        options(touchstone::tui::app::SessionRole::Facilitate {
            session_id: live.id.clone(),
        }),
    );
    let wait = facilitator
        .clock_wait()
        .expect("the facilitator's clock runs");
    assert!(wait <= Duration::from_millis(1001), "{wait:?}");
    let mut paused = live.agenda;
    paused.toggle_pause(jiff::Timestamp::now().as_second());
    store.save_agenda(&live, &paused).unwrap();
    let participant = App::new(
        Store::open(&db).unwrap(),
        Registry::bundled(),
        "Bo".into(),
        options(touchstone::tui::app::SessionRole::Participate {
            session_id: live.id.clone(),
            name: "Bo".into(),
        }),
    );
    // A paused clock stands still: the participant's loop wakes only to keep its seat.
    let wait = participant
        .clock_wait()
        .expect("a participant keeps its seat");
    assert!(wait > Duration::from_secs(1), "{wait:?}");
    assert!(
        wait <= Duration::from_secs(touchstone::store::HEARTBEAT_SECONDS as u64),
        "{wait:?}"
    );
}
