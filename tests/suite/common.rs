//! Shared by the integration tests: an isolated home (database, config and data
//! folders in a temporary directory) and a way to run the real binary in it.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub struct Env {
    pub dir: TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("touchstone.db")
    }

    /// The binary, with every folder it could touch pointed inside the temp dir.
    pub fn cmd(&self) -> Command {
        self.cmd_with_db(&self.db())
    }

    pub fn cmd_with_db(&self, db: &Path) -> Command {
        let mut cmd = Command::cargo_bin("touchstone").expect("binary");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("TOUCHSTONE_DB", db)
            .env("TOUCHSTONE_USER", "tester");
        cmd
    }

    /// Runs the binary with `args`, expects success, returns standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run");
        assert!(
            out.status.success(),
            "touchstone {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// Creates an assessment and returns its id.
    pub fn new_assessment(&self, school: &str) -> String {
        self.ok(&[
            "new",
            "--school",
            school,
            "--rubric",
            "cs-site-2017",
            // Pinned: these tests are about behaviour, not the newest rubric's text.
            "--rubric-version",
            "1",
            "--date",
            "2026-11-02",
        ])
        .trim()
        .to_string()
    }

    /// Creates an assessment of version 2 of the site rubric on `date` and returns its
    /// id, for tests whose figures are version 2's (its indicator counts and rule).
    pub fn new_v2_dated(&self, school: &str, date: &str) -> String {
        self.ok(&[
            "new",
            "--school",
            school,
            "--rubric",
            "cs-site-2017",
            "--rubric-version",
            "2",
            "--date",
            date,
        ])
        .trim()
        .to_string()
    }

    /// Creates an assessment of the newest site rubric on `date` and returns its id.
    pub fn new_dated(&self, school: &str, date: &str) -> String {
        self.ok(&[
            "new",
            "--school",
            school,
            "--rubric",
            "cs-site-2017",
            "--date",
            date,
        ])
        .trim()
        .to_string()
    }

    /// Runs the binary with `args`, expects success (even with warnings), returns
    /// standard output and standard error.
    pub fn ok_and_warnings(&self, args: &[&str]) -> (String, String) {
        let out = self.cmd().args(args).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "touchstone {args:?} failed: {stderr}");
        (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
    }

    /// Runs `touchstone --lang LANG ARGS…` to the end, whatever its outcome.
    pub fn run_in(&self, lang: &str, args: &[&str]) -> std::process::Output {
        self.cmd()
            .args(["--lang", lang])
            .args(args)
            .output()
            .expect("run")
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).expect("json output")
    }
}

/// Creates the usual test assessment (Lincoln Elementary, 2 November 2026, the site
/// rubric, version 1) through the library and returns its id.
pub fn lincoln(store: &mut touchstone::store::Store) -> String {
    let registry = touchstone::rubric::Registry::bundled();
    let entry = registry.get("cs-site-2017", "1").expect("bundled rubric");
    store
        .create(&touchstone::store::NewAssessment {
            school: "Lincoln Elementary",
            district: None,
            date: jiff::civil::date(2026, 11, 2),
            team: &[],
            facilitator: None,
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .expect("create an assessment")
}

/// Fails the test with the command's standard error unless it succeeded.
#[track_caller]
pub fn assert_success(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The `bad-*.toml` files of a fixture folder, sorted: each one is a test case.
pub fn bad_fixtures(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with("bad-") && name.ends_with(".toml")
        })
        .collect();
    files.sort();
    files
}

/// One `# expect: LINE:COL: message` line at the top of a bad fixture.
#[derive(Debug)]
pub struct Expect {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// The expectations at the top of a bad fixture, at least one. Read as bytes: some
/// fixtures are not valid UTF-8 on purpose.
pub fn expectations(path: &Path) -> Vec<Expect> {
    let bytes = std::fs::read(path).expect("read fixture");
    let text = String::from_utf8_lossy(&bytes);
    let expects: Vec<Expect> = text
        .lines()
        .map_while(|l| l.strip_prefix("# expect: "))
        .map(|rest| {
            let mut parts = rest.splitn(3, ':');
            let mut number = || -> usize {
                parts
                    .next()
                    .and_then(|n| n.trim().parse().ok())
                    .unwrap_or_else(|| panic!("{}: bad `# expect:` line {rest:?}", path.display()))
            };
            let line = number();
            let col = number();
            let message = parts.next().unwrap_or_default().trim().to_string();
            assert!(
                !message.is_empty(),
                "{}: `# expect:` line without a message",
                path.display()
            );
            Expect { line, col, message }
        })
        .collect();
    assert!(
        !expects.is_empty(),
        "{} does not start with `# expect: LINE:COL: message`",
        path.display()
    );
    expects
}

/// What `stderr` gets wrong about the file it calls `shown`: each expectation must be
/// a line `SHOWN:LINE:COL: …message…`, and no other line may be located in that file.
/// Empty when all is as expected.
pub fn misplaced(stderr: &str, shown: &str, expects: &[Expect]) -> Vec<String> {
    let mut problems = Vec::new();
    for e in expects {
        let prefix = format!("{shown}:{}:{}: ", e.line, e.col);
        if !stderr
            .lines()
            .any(|l| l.starts_with(&prefix) && l[prefix.len()..].contains(&e.message))
        {
            problems.push(format!("missing `{prefix}…{}…`", e.message));
        }
    }
    let located = stderr
        .lines()
        .filter(|l| l.starts_with(&format!("{shown}:")))
        .count();
    if located != expects.len() {
        problems.push(format!(
            "{located} located problem(s) reported for the file, expected {}",
            expects.len()
        ));
    }
    problems
}

/// The app of one person in a live session on `db` (default theme, no plan folders).
pub fn session_app(
    db: &Path,
    actor: &str,
    role: touchstone::tui::app::SessionRole,
) -> touchstone::tui::App {
    touchstone::tui::App::new(
        touchstone::store::Store::open(db).expect("open store"),
        touchstone::rubric::Registry::bundled(),
        actor.to_string(),
        touchstone::tui::Options {
            theme: None,
            ascii: false,
            open: None,
            session: Some(role),
            plan_dirs: Vec::new(),
        },
    )
}

/// Lincoln Elementary of Riverside Unified (cs-site-2017 v1, 2026-11-02), team Ana
/// Ruiz and Ben Okafor, facilitator Dana; returns its id.
pub fn riverside_lincoln(store: &mut touchstone::store::Store) -> String {
    lincoln_of_riverside(
        store,
        "1",
        jiff::civil::date(2026, 11, 2),
        &["Ana Ruiz", "Ben Okafor"],
        "Dana",
    )
}

/// Lincoln Elementary of Riverside Unified, assessed on `on` with `version` of the
/// site rubric (cs-site-2017) by `team`, with `facilitator`; returns its id.
pub fn lincoln_of_riverside(
    store: &mut touchstone::store::Store,
    version: &str,
    on: jiff::civil::Date,
    team: &[&str],
    facilitator: &str,
) -> String {
    let registry = touchstone::rubric::Registry::bundled();
    let entry = registry
        .get("cs-site-2017", version)
        .expect("bundled rubric");
    let team: Vec<String> = team.iter().map(|t| t.to_string()).collect();
    store
        .create(&touchstone::store::NewAssessment {
            school: "Lincoln Elementary",
            district: Some("Riverside Unified"),
            date: on,
            team: &team,
            facilitator: Some(facilitator),
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .expect("create assessment")
}

/// A workshop on assessment `id` (plan baseline-check, facilitated by Dana): Ana
/// (commenting `comment`) and Ben vote on ci-1, and the team records Developing.
/// Returns the session, still running.
pub fn ci1_decided(
    store: &mut touchstone::store::Store,
    id: &str,
    comment: &str,
) -> touchstone::store::LiveSession {
    use touchstone::rubric::Choice;
    let live = start_baseline(store, id);
    store.join_session(&live.id, "Ana").expect("join");
    store.join_session(&live.id, "Ben").expect("join");
    store.discuss(&live.id, Some("ci-1")).expect("discuss");
    let live = store.live_session(&live.id).expect("live");
    store
        .vote(&live, "Ana", "developing", comment)
        .expect("vote");
    store.vote(&live, "Ben", "emerging", "").expect("vote");
    store.reveal(&live.id).expect("reveal");
    let assessment = store.load(id).expect("load");
    store
        .decide(
            &live,
            &assessment,
            "ci-1",
            Choice::Level(2),
            Some(Choice::Level(1)),
            Some(1),
            2,
            "Dana (consensus)",
        )
        .expect("decide");
    live
}

/// How the app starts in these tests: `theme` (`None`: the terminal's colours), the
/// home screen or the assessment `open`, no session, no plan folders.
pub fn options(
    theme: Option<touchstone::tui::theme::ThemeName>,
    open: Option<String>,
) -> touchstone::tui::Options {
    touchstone::tui::Options {
        theme,
        ascii: false,
        open,
        session: None,
        plan_dirs: Vec::new(),
    }
}

/// Rates `id` as "tester": each indicator with its choice and note, in order.
pub fn rate(
    store: &mut touchstone::store::Store,
    id: &str,
    ratings: &[(&str, touchstone::rubric::Choice, Option<&str>)],
) {
    for (indicator, choice, note) in ratings {
        let assessment = store.load(id).expect("load");
        store
            .rate(&assessment, indicator, Some(*choice), *note, "tester")
            .expect("rate");
    }
}

/// Dana starts the bundled plan baseline-check on assessment `id` (in the language of
/// this thread) and returns the session.
pub fn start_baseline(
    store: &mut touchstone::store::Store,
    id: &str,
) -> touchstone::store::LiveSession {
    let plans = touchstone::session::load_plans(&[]).0;
    touchstone::ops::session::start(store, &plans, id, "baseline-check", "Dana")
        .expect("start session")
}

/// The app of `actor` in the default theme: on the assessment `open`, or in `session`.
pub fn open_app(
    db: &Path,
    actor: &str,
    open: Option<String>,
    session: Option<touchstone::tui::app::SessionRole>,
) -> touchstone::tui::App {
    touchstone::tui::App::new(
        touchstone::store::Store::open(db).expect("open store"),
        touchstone::rubric::Registry::bundled(),
        actor.to_string(),
        touchstone::tui::Options {
            theme: Some(touchstone::tui::theme::ThemeName::Default),
            ascii: false,
            open,
            session,
            plan_dirs: Vec::new(),
        },
    )
}
