//! Hardening: what the storage promises under `kill -9` and under many writers at
//! once, and that text from files, the database and other people cannot drive the
//! terminal.
//!
//! The two storage tests need real processes (a thread cannot be killed mid-write,
//! and SQLite locks between processes differently than between connections of one
//! process). The worker processes are this test binary itself, re-executed with
//! `--exact worker_… --ignored`: the workers are `#[ignore]`d tests that do nothing
//! unless their environment variable is set, so a plain `cargo test` skips them.
//!
//! Every wait is bounded; a worker still running when a test gives up is killed (see
//! `Reaper`).

use crate::common::Env;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rusqlite::Connection;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use touchstone::rubric::{Choice, Registry, Rubric};
use touchstone::store::{NewAssessment, RatingEvent, Store};
use touchstone::tui::App;
use touchstone::tui::app::{Screen, SessionRole};

const RUBRIC: &str = "cs-site-2017";

// ---------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------

/// Kills (SIGKILL) and reaps every child still running when dropped, so a failing
/// test never leaves workers behind.
struct Reaper(Vec<Child>);

impl Drop for Reaper {
    fn drop(&mut self) {
        for child in &mut self.0 {
            if matches!(child.try_wait(), Ok(None)) {
                let _ = child.kill();
            }
            let _ = child.wait();
        }
    }
}

/// This test binary, re-executed to run only the ignored worker test `name`.
fn worker(name: &str, env: &[(&str, String)]) -> Child {
    let exe = std::env::current_exe().expect("the test binary's path");
    // Test names carry their module path in the one test binary.
    let name = format!("{}::{name}", module_path!().trim_start_matches("suite::"));
    Command::new(exe)
        .args([
            "--exact",
            &name,
            "--nocapture",
            "--ignored",
            "--test-threads=1",
        ])
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start a worker process")
}

/// Reads a child's pipe to the end on a thread (a full pipe would block the child).
fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Joins a drain thread, giving up (with what is known) after `timeout`.
fn join_within(handle: JoinHandle<String>, timeout: Duration) -> String {
    let deadline = Instant::now() + timeout;
    while !handle.is_finished() {
        if Instant::now() > deadline {
            return "<the pipe was still open when the test gave up>".to_string();
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    handle.join().unwrap_or_default()
}

fn rubric_entry() -> touchstone::rubric::Entry {
    Registry::bundled()
        .get(RUBRIC, "1")
        .cloned()
        .expect("bundled rubric")
}

fn create_assessment(store: &mut Store, school: &str) -> String {
    let entry = rubric_entry();
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
        .expect("create assessment")
}

fn indicator_ids(rubric: &Rubric) -> Vec<String> {
    rubric.indicators().map(|(_, i)| i.id.clone()).collect()
}

fn integrity(db: &Path) -> String {
    let conn = Connection::open(db).expect("open for integrity_check");
    let rows: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| {
            s.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .expect("integrity_check");
    rows.join("; ")
}

/// The level key stored for every indicator of an assessment (None: unrated).
fn stored_levels(store: &Store, id: &str) -> BTreeMap<String, Option<String>> {
    let a = store.load(id).expect("load");
    a.rubric
        .indicators()
        .zip(&a.entries)
        .map(|((_, ind), entry)| {
            (
                ind.id.clone(),
                entry.choice.map(|c| a.rubric.choice_key(c).to_string()),
            )
        })
        .collect()
}

/// A few bits of the clock, to vary kill points from run to run.
fn jitter(modulo: u64) -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    u64::from(nanos / 1000) % modulo.max(1)
}

// ---------------------------------------------------------------------------------
// 1. kill -9 during a storm of ratings
// ---------------------------------------------------------------------------------

const STORM_DB: &str = "TOUCHSTONE_HARDENING_STORM_DB";
const STORM_ID: &str = "TOUCHSTONE_HARDENING_STORM_ID";
const STORM_RATINGS: usize = 1000;
/// A kill by time happens by this acknowledgement at the latest.
const LATEST_KILL: usize = 950;

/// The storm: rating n goes to indicator n mod K at level (n div K) mod L, so every
/// rating changes its indicator's level (and is logged), and the parent can recompute
/// exactly what each acknowledgement means.
fn storm_plan(rubric: &Rubric) -> Vec<(String, String)> {
    let ids = indicator_ids(rubric);
    let levels = rubric.levels.len();
    assert!(levels >= 2, "the storm needs two levels to alternate");
    (0..STORM_RATINGS)
        .map(|n| {
            let level = &rubric.levels[(n / ids.len()) % levels].key;
            (ids[n % ids.len()].clone(), level.clone())
        })
        .collect()
}

/// Worker of `kill_9_during_a_storm_of_1000_ratings_loses_nothing_acknowledged`:
/// 1,000 ratings, printing `ack N INDICATOR LEVEL` after each `Store::rate` returned.
#[test]
#[ignore = "worker process; run by kill_9_during_a_storm_of_1000_ratings_loses_nothing_acknowledged"]
fn worker_storm() {
    let Some(db) = std::env::var_os(STORM_DB) else {
        return;
    };
    let id = std::env::var(STORM_ID).expect("assessment id");
    let mut store = Store::open(Path::new(&db)).expect("worker: open the database");
    let a = store.load(&id).expect("worker: load the assessment");
    let plan = storm_plan(&a.rubric);
    let mut out = std::io::stdout().lock();
    for (n, (indicator, level)) in plan.iter().enumerate() {
        let choice = a.rubric.parse_choice(level).expect("a level key");
        if let Err(e) = store.rate(&a, indicator, Some(choice), None, "storm") {
            panic!("worker: rating {n} ({indicator} {level}) failed: {e}");
        }
        writeln!(out, "ack {n} {indicator} {level}")
            .and_then(|()| out.flush())
            .expect("worker: write the acknowledgement");
    }
}

/// How a storm run chooses its moment to kill.
#[derive(Debug, Clone, Copy)]
enum KillAt {
    /// This long after the first acknowledgement.
    Millis(u64),
    /// Right after this many acknowledgements (plus the jitter, in milliseconds).
    Acks(usize),
}

/// One run: start the worker, kill it with SIGKILL at `kill_at`, then check the file.
/// Returns (acknowledged, committed) for the log line.
fn storm_run(kill_at: KillAt) -> (usize, usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("storm.db");
    let (id, plan) = {
        let mut store = Store::open(&db).expect("open");
        let id = create_assessment(&mut store, "Storm Elementary");
        let plan = storm_plan(&store.load(&id).expect("load").rubric);
        (id, plan)
    };
    let mut reaper = Reaper(vec![worker(
        "worker_storm",
        &[(STORM_DB, db.display().to_string()), (STORM_ID, id.clone())],
    )]);
    let child = &mut reaper.0[0];
    let stderr = drain(child.stderr.take().expect("stderr"));
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });

    // Acknowledgements in order; other lines are the test harness talking.
    let mut acks: Vec<(usize, String, String)> = Vec::new();
    let record = |line: String, acks: &mut Vec<(usize, String, String)>| {
        let Some(at) = line.find("ack ") else { return };
        if let ["ack", n, indicator, level] = line[at..].split_whitespace().collect::<Vec<_>>()[..]
        {
            acks.push((
                n.parse().expect("ack number"),
                indicator.to_string(),
                level.to_string(),
            ));
        }
    };

    let deadline = Instant::now() + Duration::from_secs(40);
    let mut first_ack: Option<Instant> = None;
    let mut killed = false;
    let extra = Duration::from_millis(jitter(4));
    loop {
        let due = match (kill_at, first_ack) {
            // On a machine fast enough to finish first, kill near the end instead.
            (KillAt::Millis(ms), Some(t)) => {
                Instant::now() >= t + Duration::from_millis(ms) || acks.len() >= LATEST_KILL
            }
            (KillAt::Acks(k), _) => acks.len() >= k,
            _ => false,
        };
        if due {
            if let KillAt::Acks(_) = kill_at {
                std::thread::sleep(extra);
            }
            // `Child::kill` is SIGKILL on unix: no destructor, no flush, no rollback.
            killed = child.kill().is_ok();
            break;
        }
        if Instant::now() > deadline {
            panic!(
                "{kill_at:?}: gave up after 40 s with {} acknowledgements; stderr:\n{}",
                acks.len(),
                join_within(stderr, Duration::from_secs(1))
            );
        }
        match rx.recv_timeout(Duration::from_millis(1)) {
            Ok(line) => {
                record(line, &mut acks);
                first_ack = first_ack.or(Some(Instant::now()).filter(|_| !acks.is_empty()));
            }
            Err(RecvTimeoutError::Timeout) => {}
            // The worker finished (or died) before the kill.
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    let status = child.wait().expect("wait for the worker");
    // Whatever the worker wrote before it died is still in the pipe: read it all.
    loop {
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(line) => record(line, &mut acks),
            Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => panic!("the worker's stdout stayed open"),
        }
    }
    let _ = reader.join();
    let stderr = join_within(stderr, Duration::from_secs(10));
    // Killed by our SIGKILL, or (only if it outran the kill) finished cleanly; a
    // worker that failed on its own exits with an ordinary error code instead.
    #[cfg(unix)]
    let by_kill = {
        use std::os::unix::process::ExitStatusExt;
        killed && status.signal() == Some(9)
    };
    #[cfg(not(unix))]
    let by_kill = killed;
    assert!(
        by_kill || status.success(),
        "{kill_at:?}: the worker failed on its own ({status}):\n{stderr}"
    );
    assert!(
        acks.len() < STORM_RATINGS,
        "{kill_at:?}: the worker finished all {STORM_RATINGS} ratings before the kill, so \
         nothing was tested; kill earlier"
    );

    // The acknowledgements are exactly the plan's first ones, in order.
    for (k, (n, indicator, level)) in acks.iter().enumerate() {
        assert_eq!(
            (n, indicator, level),
            (&k, &plan[k].0, &plan[k].1),
            "{kill_at:?}: acknowledgement {k} is not the planned rating"
        );
    }
    let acked = acks.len();

    // A fresh process opens the file (WAL recovery happens here).
    let store = Store::open(&db).expect("reopen after kill -9");
    assert_eq!(integrity(&db), "ok", "{kill_at:?}: integrity_check");
    let events: Vec<RatingEvent> = store.events(&id).expect("events");

    // The worker prints ack N only after rating N committed, and starts rating N+1
    // only after printing, so at most one rating (the one in flight, number `acked`)
    // can have committed without an acknowledgement. Each rating here is a change, so
    // each commit adds exactly one event: the log holds `acked` or `acked + 1` of them.
    assert!(
        events.len() == acked || (events.len() == acked + 1 && acked < plan.len()),
        "{kill_at:?}: {acked} ratings were acknowledged but the log holds {} events \
         (expected {acked}, or {} if the one in flight committed)",
        events.len(),
        acked + 1
    );
    let committed = events.len();
    // The log is the plan's prefix, event for event, with the right old values.
    let mut level_now: HashMap<&str, Option<&str>> = HashMap::new();
    for (k, event) in events.iter().enumerate() {
        let (indicator, level) = (&plan[k].0, &plan[k].1);
        let old = level_now.insert(indicator, Some(level)).flatten();
        assert_eq!(
            (
                event.indicator.as_str(),
                event.change.old_level.as_deref(),
                event.change.new_level.as_deref(),
                event.actor.as_str()
            ),
            (indicator.as_str(), old, Some(level.as_str()), "storm"),
            "{kill_at:?}: event {k} is not planned rating {k}"
        );
    }

    // Ratings: for every indicator, the last acknowledged level, except that the
    // indicator of the one rating in flight (number `acked`) may hold that rating's
    // level instead. Nothing else is allowed: an older level means an acknowledged
    // rating was lost; anything else means a rating nobody made.
    let stored = stored_levels(&store, &id);
    let in_flight = plan.get(acked);
    for (indicator, level) in &stored {
        let last_acked = plan[..acked]
            .iter()
            .rev()
            .find(|(i, _)| i == indicator)
            .map(|(_, l)| l.as_str());
        let flight = in_flight
            .filter(|(i, _)| i == indicator)
            .map(|(_, l)| l.as_str());
        assert!(
            level.as_deref() == last_acked || (flight.is_some() && level.as_deref() == flight),
            "{kill_at:?}: {indicator} holds {level:?}, but its last acknowledged level is \
             {last_acked:?} (in flight: {flight:?}; {acked} acknowledged)"
        );
        // Which of the two it is follows from the log: the rating row and its event
        // are written in one transaction, so they agree.
        let by_log = plan[..committed]
            .iter()
            .rev()
            .find(|(i, _)| i == indicator)
            .map(|(_, l)| l.as_str());
        assert_eq!(
            level.as_deref(),
            by_log,
            "{kill_at:?}: {indicator}: the rating and the log disagree ({committed} events)"
        );
    }
    (acked, committed)
}

#[test]
fn kill_9_during_a_storm_of_1000_ratings_loses_nothing_acknowledged() {
    let started = Instant::now();
    // Three kill points, each moved a little by the clock: 50-80 ms and 150-250 ms
    // after the first acknowledgement, and after 600-900 acknowledgements.
    let runs = [
        KillAt::Millis(50 + jitter(30)),
        KillAt::Millis(150 + jitter(100)),
        KillAt::Acks(600 + jitter(300) as usize),
    ];
    let mut log = Vec::new();
    for kill_at in runs {
        let (acked, committed) = storm_run(kill_at);
        log.push(format!(
            "{kill_at:?}: {acked} acknowledged, {committed} committed"
        ));
    }
    eprintln!(
        "storm runs ({:.1} s): {}",
        started.elapsed().as_secs_f64(),
        log.join("; ")
    );
}

// ---------------------------------------------------------------------------------
// 2. eight processes rating at once
// ---------------------------------------------------------------------------------

const RATER_DB: &str = "TOUCHSTONE_HARDENING_RATER_DB";
const RATER_INDEX: &str = "TOUCHSTONE_HARDENING_RATER_INDEX";
const RATER_ASSESSMENT: &str = "TOUCHSTONE_HARDENING_RATER_ASSESSMENT";
const RATER_GO: &str = "TOUCHSTONE_HARDENING_RATER_GO";
const WORKERS: usize = 8;
const RATINGS_PER_WORKER: usize = 500;
/// Workers 0..4 each have an assessment; workers 4..8 share one, each with its own
/// quarter of the indicators.
const SOLO: usize = 4;

/// One planned rating: indicator, level key, and the note (None keeps the note).
type Planned = (String, String, Option<String>);

/// Worker `w`'s 500 ratings. Levels come from a small LCG seeded by `w`, so some
/// ratings repeat the current level (no change, nothing logged); every seventh sets a
/// note, some of them the same note again.
fn rater_plan(rubric: &Rubric, w: usize) -> Vec<Planned> {
    let ids: Vec<String> = indicator_ids(rubric)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| w < SOLO || i % (WORKERS - SOLO) == w - SOLO)
        .map(|(_, id)| id)
        .collect();
    let mut seed = 0x9E37_79B9_u64.wrapping_mul(w as u64 + 1);
    (0..RATINGS_PER_WORKER)
        .map(|n| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let level = &rubric.levels[(seed >> 33) as usize % rubric.levels.len()].key;
            let note = (n % 7 == 0).then(|| format!("worker {w}, note {}", n % 3));
            (
                ids[(n * 7 + (seed >> 40) as usize % 3) % ids.len()].clone(),
                level.clone(),
                note,
            )
        })
        .collect()
}

/// A rating as stored: level key (None: unrated) and note.
type Rated = (Option<String>, String);

/// One logged change: indicator, before, after.
type Change = (String, Rated, Rated);

/// What applying `plan` to an empty assessment does: the final rating of each
/// indicator it touches, and the changes in order. A rating equal to the current one
/// is no change and logs nothing (`write_rating`).
fn simulate(plan: &[Planned]) -> (BTreeMap<String, Rated>, Vec<Change>) {
    let mut now: BTreeMap<String, Rated> = BTreeMap::new();
    let mut changes = Vec::new();
    for (indicator, level, note) in plan {
        let old = now.get(indicator).cloned().unwrap_or_default();
        let new = (
            Some(level.clone()),
            note.clone().unwrap_or_else(|| old.1.clone()),
        );
        if new != old {
            changes.push((indicator.clone(), old, new.clone()));
            now.insert(indicator.clone(), new);
        }
    }
    (now, changes)
}

/// Worker of `eight_processes_rate_500_times_each_without_locking_errors`.
#[test]
#[ignore = "worker process; run by eight_processes_rate_500_times_each_without_locking_errors"]
fn worker_rater() {
    let Some(db) = std::env::var_os(RATER_DB) else {
        return;
    };
    let w: usize = std::env::var(RATER_INDEX)
        .expect("index")
        .parse()
        .expect("index");
    let id = std::env::var(RATER_ASSESSMENT).expect("assessment id");
    let go = PathBuf::from(std::env::var_os(RATER_GO).expect("go file"));
    // Everyone starts together, opening included, for the most contention.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !go.exists() {
        assert!(Instant::now() < deadline, "worker {w}: no go signal");
        std::thread::sleep(Duration::from_millis(1));
    }
    let mut store = Store::open(Path::new(&db))
        .unwrap_or_else(|e| panic!("worker {w}: open the database: {e}"));
    let a = store
        .load(&id)
        .unwrap_or_else(|e| panic!("worker {w}: load: {e}"));
    let plan = rater_plan(&a.rubric, w);
    let mut effective = 0;
    for (n, (indicator, level, note)) in plan.iter().enumerate() {
        let choice = a.rubric.parse_choice(level).expect("a level key");
        match store.rate(
            &a,
            indicator,
            Some(choice),
            note.as_deref(),
            &format!("w{w}"),
        ) {
            Ok(change) => {
                if change.old_level != change.new_level || change.old_note != change.new_note {
                    effective += 1;
                }
            }
            Err(e) => panic!("worker {w}: rating {n} ({indicator} {level}) failed: {e}"),
        }
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "done {w} {effective}")
        .and_then(|()| out.flush())
        .expect("stdout");
}

#[test]
fn eight_processes_rate_500_times_each_without_locking_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("many.db");
    let go = dir.path().join("go");
    // One assessment per solo worker, one shared by the others.
    let (assessment_of, rubric) = {
        let mut store = Store::open(&db).expect("open");
        let shared = create_assessment(&mut store, "Shared Elementary");
        let of: Vec<String> = (0..WORKERS)
            .map(|w| {
                if w < SOLO {
                    create_assessment(&mut store, &format!("Solo School {w}"))
                } else {
                    shared.clone()
                }
            })
            .collect();
        let rubric = store.load(&shared).expect("load").rubric;
        (of, rubric)
    };
    let plans: Vec<Vec<Planned>> = (0..WORKERS).map(|w| rater_plan(&rubric, w)).collect();

    let mut reaper = Reaper(
        (0..WORKERS)
            .map(|w| {
                worker(
                    "worker_rater",
                    &[
                        (RATER_DB, db.display().to_string()),
                        (RATER_INDEX, w.to_string()),
                        (RATER_ASSESSMENT, assessment_of[w].clone()),
                        (RATER_GO, go.display().to_string()),
                    ],
                )
            })
            .collect(),
    );
    let pipes: Vec<(JoinHandle<String>, JoinHandle<String>)> = reaper
        .0
        .iter_mut()
        .map(|c| {
            (
                drain(c.stdout.take().expect("stdout")),
                drain(c.stderr.take().expect("stderr")),
            )
        })
        .collect();
    std::fs::write(&go, b"go").expect("go file");
    let started = Instant::now();
    let limit = Duration::from_secs(55);
    let mut statuses = [None; WORKERS];
    while statuses.iter().any(Option::is_none) {
        for (w, child) in reaper.0.iter_mut().enumerate() {
            if statuses[w].is_none() {
                statuses[w] = child.try_wait().expect("try_wait");
            }
        }
        if started.elapsed() > limit {
            let done = statuses.iter().filter(|s| s.is_some()).count();
            drop(reaper); // kills the rest
            panic!(
                "the 8 workers did not finish {} ratings within {limit:?} ({done} of 8 finished)",
                WORKERS * RATINGS_PER_WORKER
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let elapsed = started.elapsed();
    let outputs: Vec<(String, String)> = pipes
        .into_iter()
        .map(|(o, e)| {
            (
                join_within(o, Duration::from_secs(10)),
                join_within(e, Duration::from_secs(10)),
            )
        })
        .collect();

    let mut problems = Vec::new();
    for (w, (status, (stdout, stderr))) in statuses.iter().zip(&outputs).enumerate() {
        let status = status.expect("finished");
        let lower = stderr.to_lowercase();
        if !status.success() {
            problems.push(format!("worker {w} exited with {status}:\n{stderr}"));
        } else if lower.contains("database is locked") || lower.contains("busy") {
            problems.push(format!("worker {w} reported locking trouble:\n{stderr}"));
        }
        let (_, changes) = simulate(&plans[w]);
        if status.success() && !stdout.contains(&format!("done {w} {}", changes.len())) {
            problems.push(format!(
                "worker {w}: expected `done {w} {}` (its effective changes) in its output:\n{stdout}",
                changes.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));

    // Ratings and the log, per assessment.
    let store = Store::open(&db).expect("reopen");
    assert_eq!(integrity(&db), "ok");
    let mut ids: Vec<&String> = assessment_of.iter().collect();
    ids.dedup();
    for id in ids {
        let writers: Vec<usize> = (0..WORKERS).filter(|&w| assessment_of[w] == *id).collect();
        let a = store.load(id).expect("load");
        let events = store.events(id).expect("events");
        let mut expected_events = 0;
        for &w in &writers {
            let (last, changes) = simulate(&plans[w]);
            expected_events += changes.len();
            for (indicator, (level, note)) in &last {
                let i = a.rubric.indicator_index(indicator).expect("indicator");
                let entry = &a.entries[i];
                assert_eq!(
                    (
                        entry.choice.map(|c| a.rubric.choice_key(c).to_string()),
                        &entry.note
                    ),
                    (level.clone(), note),
                    "worker {w}'s last write to {indicator} is not what is stored"
                );
            }
            // Each indicator has one writer, so its part of the log is exactly that
            // worker's effective changes, in order.
            let logged: Vec<Change> = events
                .iter()
                .filter(|e| e.actor == format!("w{w}"))
                .map(|e| {
                    let c = &e.change;
                    (
                        e.indicator.clone(),
                        (c.old_level.clone(), c.old_note.clone()),
                        (c.new_level.clone(), c.new_note.clone()),
                    )
                })
                .collect();
            assert_eq!(
                logged, changes,
                "worker {w}: the log is not its sequence of effective changes"
            );
        }
        // Indicators nobody wrote stay unrated.
        let written: Vec<String> = writers
            .iter()
            .flat_map(|&w| simulate(&plans[w]).0.into_keys())
            .collect();
        for ((_, ind), entry) in a.rubric.indicators().zip(&a.entries) {
            if !written.contains(&ind.id) {
                assert_eq!(entry.choice, None, "{} was never rated", ind.id);
            }
        }
        assert_eq!(
            events.len(),
            expected_events,
            "assessment {id} (workers {writers:?}): the log must hold one event per effective change"
        );
    }
    let total: usize = (0..WORKERS).map(|w| simulate(&plans[w]).1.len()).sum();
    eprintln!(
        "8 workers × {RATINGS_PER_WORKER} ratings ({total} effective changes) took {:.1} s",
        elapsed.as_secs_f64()
    );
}

// ---------------------------------------------------------------------------------
// 3. hostile text on screen and in the text report
// ---------------------------------------------------------------------------------

/// Erase the screen, set the window title, C1 CSI colour, a right-to-left override,
/// carriage return and backspace.
const NASTY: &str = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}gnp.exe\r\u{8}X";

/// `MARKER` followed by the hostile text: the marker proves the text reached the screen.
fn nasty(marker: &str) -> String {
    format!("{marker}{NASTY}end")
}

/// Bidirectional overrides and isolates: the text policy (`text::accept`) refuses
/// them at every door ("can make text display differently from what it says").
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What is wrong with a text meant for a terminal, if anything.
fn unsafe_chars(text: &str, allow_newline: bool) -> Vec<char> {
    let mut found: Vec<char> = text
        .chars()
        .filter(|&c| (c.is_control() && !(allow_newline && c == '\n')) || is_bidi_control(c))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

fn open_app(db: &Path, actor: &str, open: Option<String>, session: Option<SessionRole>) -> App {
    crate::common::open_app(db, actor, open, session)
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn render(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| touchstone::tui::ui::draw(frame, app))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// Draws `app` at 80x24 and 160x48 and lists every cell that would send a control
/// character or a bidi override to the terminal; `markers` must be on the large
/// screen (so the hostile text was really drawn there).
fn check_screen(app: &App, name: &str, markers: &[&str], findings: &mut Vec<String>) {
    for (width, height) in [(80, 24), (160, 48)] {
        let buffer = render(app, width, height);
        for y in 0..height {
            for x in 0..width {
                let symbol = buffer[(x, y)].symbol();
                let bad = unsafe_chars(symbol, false);
                if !bad.is_empty() {
                    findings.push(format!(
                        "{name} {width}x{height}: cell ({x},{y}) is {symbol:?} (contains {bad:?})"
                    ));
                }
            }
        }
        // (ESC and the C1 CSI are control characters, so raw escapes are among them.)
        let text = crate::snapshot::cells_text(&buffer);
        if width == 160 {
            for marker in markers {
                assert!(
                    text.contains(marker),
                    "{name}: {marker} is not on screen, so this screen checks nothing:\n{text}"
                );
            }
        }
    }
}

#[test]
fn text_from_files_and_people_cannot_inject_terminal_escapes() {
    let env = Env::new();
    let db = env.db();
    let entry = rubric_entry();
    let (id, session_id) = {
        let mut store = Store::open(&db).expect("open");
        let id = store
            .create(&NewAssessment {
                school: "placeholder",
                district: Some("placeholder"),
                date: jiff::civil::date(2026, 11, 2),
                team: &["Ana".to_string()],
                facilitator: Some("Dana"),
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .expect("create");
        // School and district, straight into the table (no validation on this path).
        let conn = Connection::open(&db).expect("rusqlite");
        conn.execute(
            "UPDATE schools SET name = ?1, district = ?2",
            [nasty("SCHOOLMARK"), nasty("DISTRICTMARK")],
        )
        .expect("update schools");
        // The store refuses such text (`text::require_normal`), so the rest is written
        // with plain markers through the API and made hostile straight in the tables:
        // a database from another program may hold anything.
        let a = store.load(&id).expect("load");
        let first = a
            .rubric
            .indicators()
            .next()
            .expect("indicator")
            .1
            .id
            .clone();
        store
            .rate(
                &a,
                &first,
                Some(Choice::Level(1)),
                Some("NOTEMARK"),
                "tester",
            )
            .expect("rate");
        store
            .set_evidence(
                &id,
                &first,
                &["EVIDMARK".into(), "EVID2MARK".into()],
                "storm",
            )
            .expect("evidence");
        store
            .set_actions(
                &id,
                &[touchstone::assessment::Action {
                    indicator: first.clone(),
                    step: "STEPMARK".into(),
                    owner: Some("OWNERMARK".into()),
                    due: None,
                    status: touchstone::assessment::ActionStatus::Open,
                }],
            )
            .expect("actions");
        let plans = touchstone::session::load_plans(&[]).0;
        let live =
            touchstone::ops::session::start(&mut store, &plans, &id, "baseline-check", "FACILMARK")
                .expect("start session");
        let suffix = format!("{NASTY}end");
        conn.execute(
            "UPDATE ratings SET note = ?1 WHERE note = 'NOTEMARK'",
            [format!("{}\nsecond line {NASTY}", nasty("NOTEMARK"))],
        )
        .expect("plant note");
        for sql in [
            "UPDATE evidence SET text = text || ?1",
            "UPDATE actions SET step = step || ?1, owner = owner || ?1",
            "UPDATE sessions SET facilitator = facilitator || ?1",
        ] {
            conn.execute(sql, [&suffix]).expect(sql);
        }
        (id, live.id)
    };

    // What reaches the terminal that should not: the screens' cells, then the
    // command line's output. Collected, so one run shows every place.
    let mut findings = Vec::new();

    // Home, and its dialogs that quote the school.
    let home = open_app(&db, "tester", None, None);
    check_screen(
        &home,
        "home",
        &["SCHOOLMARK", "DISTRICTMARK"],
        &mut findings,
    );
    for (key, name) in [('d', "home: confirm delete"), ('x', "home: export prompt")] {
        let mut app = open_app(&db, "tester", None, None);
        press(&mut app, KeyCode::Char(key));
        check_screen(&app, name, &["SCHOOLMARK"], &mut findings);
    }
    // The network counts submitted assessments: submitted for this look, then reopened.
    Store::open(&db)
        .expect("open")
        .submit(&id, &[], "tester")
        .expect("submit");
    let mut network = open_app(&db, "tester", None, None);
    press(&mut network, KeyCode::Char('N'));
    assert!(matches!(network.screen, Screen::Network(_)));
    check_screen(&network, "network", &["SCHOOLMARK"], &mut findings);
    Store::open(&db)
        .expect("open")
        .reopen(&id, "tester")
        .expect("reopen");

    // The assessment: indicator, details, editors, action steps, review, summary.
    let screens: [(&str, &[KeyCode], &[&str]); 7] = [
        (
            "assess",
            &[],
            &["SCHOOLMARK", "NOTEMARK", "EVIDMARK", "STEPMARK"],
        ),
        (
            "assess: details (I)",
            &[KeyCode::Char('I')],
            &["SCHOOLMARK"],
        ),
        (
            "assess: note editor (e)",
            &[KeyCode::Char('e')],
            &["NOTEMARK"],
        ),
        (
            "assess: evidence editor (E)",
            &[KeyCode::Char('E')],
            &["EVIDMARK", "EVID2MARK"],
        ),
        (
            "assess: action steps (a)",
            &[KeyCode::Char('a')],
            &["STEPMARK", "OWNERMARK"],
        ),
        ("review (r)", &[KeyCode::Char('r')], &["NOTEMARK"]),
        ("summary (s)", &[KeyCode::Char('s')], &["SCHOOLMARK"]),
    ];
    for (name, keys, markers) in screens {
        let mut app = open_app(&db, "tester", Some(id.clone()), None);
        assert!(
            matches!(app.screen, Screen::Assess(_)),
            "{name}: did not open: {:?}",
            app.status
        );
        // It opens on the first unrated indicator; the hostile record is on the first.
        press(&mut app, KeyCode::Left);
        for &key in keys {
            press(&mut app, key);
        }
        check_screen(&app, name, markers, &mut findings);
    }

    // A coaching session: the facilitator brings up the first indicator, people with
    // hostile names vote with hostile comments, the votes are revealed.
    let facilitator_role = SessionRole::Facilitate {
        session_id: session_id.clone(),
    };
    let mut facilitator = open_app(&db, "Dana", None, Some(facilitator_role));
    assert!(
        matches!(facilitator.screen, Screen::Facilitate(_)),
        "the facilitator's screen did not open: {:?}",
        facilitator.status
    );
    press(&mut facilitator, KeyCode::Char('>'));
    let people = ["PERSONAMARK", "PERSONBMARK"];
    {
        let mut store = Store::open(&db).expect("open");
        let live = store.live_session(&session_id).expect("live session");
        assert!(live.indicator.is_some(), "no indicator under discussion");
        for (k, person) in people.iter().enumerate() {
            store.join_session(&session_id, person).expect("join");
            let level = &entry.rubric.levels[k + 1].key;
            store
                .vote(&live, person, level, &format!("COMMENT{k}MARK"))
                .expect("vote");
        }
        // Hostile names and comments, straight into the tables (see above).
        let conn = Connection::open(&db).expect("rusqlite");
        let suffix = format!("{NASTY}end");
        // Ana keeps a plain name, so her own screen can open as her (a name is a door).
        for sql in [
            "UPDATE session_participants SET name = name || ?1 WHERE name = 'PERSONBMARK'",
            "UPDATE votes SET participant = participant || ?1 WHERE participant = 'PERSONBMARK'",
            "UPDATE votes SET comment = comment || ?1",
        ] {
            conn.execute(sql, [&suffix]).expect(sql);
        }
    }
    facilitator.tick();
    check_screen(
        &facilitator,
        "facilitator (votes hidden)",
        &["SCHOOLMARK"],
        &mut findings,
    );
    press(&mut facilitator, KeyCode::Char('v'));
    facilitator.tick();
    check_screen(
        &facilitator,
        "facilitator (revealed)",
        // The reveal is anonymous: comments without names (names are checked on the
        // participant's screen, whose title carries them).
        &["COMMENT0MARK", "COMMENT1MARK"],
        &mut findings,
    );
    press(&mut facilitator, KeyCode::Char('p'));
    check_screen(
        &facilitator,
        "presentation (p)",
        &["SCHOOLMARK"],
        &mut findings,
    );
    let participant = open_app(
        &db,
        people[0],
        None,
        Some(SessionRole::Participate {
            session_id: session_id.clone(),
            name: people[0].to_string(),
        }),
    );
    assert!(
        matches!(participant.screen, Screen::Participate(_)),
        "the participant's screen did not open: {:?}",
        participant.status
    );
    check_screen(
        &participant,
        "participant (revealed)",
        &["PERSONAMARK", "COMMENT0MARK"],
        &mut findings,
    );

    // The command line: the text report, the lists and the minutes (Markdown, but
    // printed to the terminal unless -o is given) are read in a terminal too, so they
    // must neutralise such text as the screens do (newlines in notes may stay). JSON,
    // CSV and TOML exits are checked in text_policy.rs.
    for (args, marker) in [
        (vec!["report", id.as_str()], "NOTEMARK"),
        (vec!["list"], "SCHOOLMARK"),
        (vec!["session", "list"], "SCHOOLMARK"),
        (vec!["session", "minutes", session_id.as_str()], "FACILMARK"),
    ] {
        let out = env.cmd().args(&args).output().expect("run touchstone");
        assert!(
            out.status.success(),
            "touchstone {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(marker), "touchstone {args:?}:\n{stdout}");
        let bad = unsafe_chars(&stdout, true);
        if !bad.is_empty() {
            let line = stdout
                .lines()
                .find(|l| !unsafe_chars(l, false).is_empty())
                .unwrap_or_default();
            findings.push(format!(
                "`touchstone {}` prints {bad:?} to the terminal, e.g. {line:?}",
                args.join(" ")
            ));
        }
    }

    // An import file with such text is refused, and nothing is written.
    let valid = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/imports/valid.toml"),
    )
    .expect("valid fixture");
    let hostile = valid.replace(
        "school = \"Valid Middle School\"",
        "school = \"Valid \\u001b]0;pwned\\u0007 School\"",
    );
    assert_ne!(hostile, valid, "the fixture's school line moved");
    let file = env.path("hostile.toml");
    std::fs::write(&file, hostile).expect("write import file");
    let before = env.ok(&["list", "--json"]);
    let out = env
        .cmd()
        .args(["import", file.to_str().expect("utf-8 path")])
        .output()
        .expect("run import");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "import must be refused: {stderr}"
    );
    assert!(
        stderr.contains("control character"),
        "the refusal names the problem: {stderr}"
    );
    assert_eq!(env.ok(&["list", "--json"]), before, "nothing was imported");

    assert!(
        findings.is_empty(),
        "control characters or bidi overrides reach the terminal:\n{}",
        findings.join("\n")
    );
}
