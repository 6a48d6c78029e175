//! `touchstone session …` from the command line: checking plan files, listing plans
//! and sessions, starting and joining (which need a terminal), and the minutes.
//!
//! Every `tests/fixtures/sessions/bad-*.toml` is a malformed plan. Each starts with
//! one or more lines `# expect: LINE:COL: <substring of the message>`, one per problem
//! `touchstone session check` must report as `FILE:LINE:COL: message`. Each fixture
//! has its own test below (so a failure names the fixture), and a test checks that
//! every fixture in the folder has one.
//!
//! Every command runs in a private temporary home: the database, the config folder
//! (user plans) and the data folder all live in a temp dir (see `common::Env`).

use crate::common::{self, Env, Expect, misplaced};
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use touchstone::store::Store;

const FIXTURES: &str = "tests/fixtures/sessions";
const MIN_FIXTURES: usize = 10;

/// The bundled plans: id, minutes, segments.
const BUNDLED: [(&str, u32, usize); 13] = [
    ("action-planning", 120, 8),
    ("baseline-check", 45, 5),
    ("csf-cycle-and-conditions", 60, 6),
    ("csf-key-practices", 145, 12),
    ("family-engagement-deep-dive", 90, 7),
    ("full-self-assessment", 160, 10),
    ("full-self-assessment-2", 155, 11),
    ("site-module-1", 60, 5),
    ("site-module-2", 60, 5),
    ("site-module-3", 65, 6),
    ("site-module-4", 65, 6),
    ("system-review-1", 100, 8),
    ("system-review-2", 144, 11),
];

fn crate_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The names of the `bad-*.toml` fixtures, sorted.
fn bad_fixtures() -> Vec<String> {
    common::bad_fixtures(&crate_root().join(FIXTURES))
        .iter()
        .filter_map(|p| Some(p.file_name()?.to_str()?.to_string()))
        .collect()
}

/// The expectations at the top of a fixture (read as bytes: one is not UTF-8).
fn expectations(name: &str) -> Vec<Expect> {
    common::expectations(&crate_root().join(FIXTURES).join(name))
}

/// What is wrong with the way `output` reports the problems of fixture `name` (shown
/// as `shown`); empty when every expected problem is there, at its place, and no
/// other problem is reported for the file.
fn misreported(name: &str, shown: &str, stderr: &str) -> Vec<String> {
    misplaced(stderr, shown, &expectations(name))
}

/// `touchstone session check FIXTURE`: exit 2, and every expected problem reported as
/// `FILE:LINE:COL: message` (FILE as given on the command line).
fn assert_rejected(name: &str) {
    let env = Env::new();
    let shown = format!("{FIXTURES}/{name}");
    let out = env
        .cmd()
        .current_dir(crate_root())
        .args(["session", "check", &shown])
        .output()
        .expect("run touchstone");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut problems = misreported(name, &shown, &stderr);
    if out.status.code() != Some(2) {
        problems.insert(
            0,
            format!("exit status {:?}, expected 2", out.status.code()),
        );
    }
    if stderr.contains("panicked") {
        problems.push("panicked".to_string());
    }
    if stderr.contains("struct ") {
        problems.push("a message names an internal Rust type (`struct …`)".to_string());
    }
    if stdout.contains(": ok") {
        problems.push("stdout says the plan is ok".to_string());
    }
    assert!(
        problems.is_empty(),
        "touchstone session check {shown}\n    {}\n    stderr: {}\n    stdout: {}",
        problems.join("\n    "),
        stderr.trim_end().replace('\n', "\n            "),
        stdout.trim_end()
    );
    // Nothing to do with the database.
    assert!(!env.db().exists(), "session check created the database");
}

/// One test per fixture, so a failure names it; `FIXTURE_NAMES` must list every file.
macro_rules! rejected {
    ($($test:ident => $file:literal,)*) => {
        const FIXTURE_NAMES: &[&str] = &[$($file),*];
        $(
            #[test]
            fn $test() {
                assert_rejected($file);
            }
        )*
    };
}

rejected! {
    check_rejects_a_syntax_error => "bad-syntax.toml",
    check_rejects_a_rubric_format_line => "bad-format.toml",
    check_rejects_format_version_2 => "bad-format-version.toml",
    check_rejects_a_missing_format_line => "bad-missing-format.toml",
    check_rejects_a_bad_plan_id => "bad-id.toml",
    check_rejects_an_unknown_kind => "bad-kind.toml",
    check_rejects_an_unknown_consensus_rule => "bad-consensus.toml",
    check_rejects_zero_minutes => "bad-minutes-zero.toml",
    check_rejects_500_minutes => "bad-minutes-500.toml",
    check_rejects_minutes_as_a_string => "bad-minutes-string.toml",
    check_rejects_a_rate_segment_covering_nothing => "bad-rate-covers-nothing.toml",
    check_rejects_two_coverage_keys => "bad-two-coverage-keys.toml",
    check_rejects_a_welcome_segment_with_standards => "bad-welcome-standards.toml",
    check_rejects_an_unknown_segment_key => "bad-unknown-key.toml",
    check_rejects_an_unknown_plan_key => "bad-unknown-top-key.toml",
    check_rejects_an_empty_title => "bad-empty-title.toml",
    check_rejects_a_blank_segment_title => "bad-blank-segment-title.toml",
    check_rejects_a_control_character_in_a_prompt => "bad-control-char.toml",
    check_counts_columns_in_characters => "bad-control-char-after-accent.toml",
    check_rejects_a_bidi_override => "bad-bidi-override.toml",
    check_rejects_weakest_zero => "bad-weakest-zero.toml",
    check_rejects_baseline_false => "bad-baseline-false.toml",
    check_rejects_an_empty_standards_list => "bad-empty-standards.toml",
    check_rejects_a_plan_without_segments => "bad-no-segments.toml",
    check_rejects_a_file_that_is_not_utf8 => "bad-not-utf8.toml",
    check_rejects_an_unknown_standard_of_the_rubric => "bad-unknown-standard.toml",
    check_rejects_an_unknown_indicator_of_the_rubric => "bad-unknown-indicator.toml",
    check_reports_every_problem_in_file_order => "bad-several.toml",
    check_rejects_a_stated_length_the_segments_do_not_add_up_to => "bad-stated-minutes.toml",
    check_rejects_empty_or_repeated_preparation => "bad-preparation.toml",
    check_rejects_an_unknown_role_field => "bad-role-field.toml",
    // Known to fail (bugs in src/cli/sessions.rs `check`): a plan naming a rubric
    // that does not exist passes, and the rubric's ids are only checked once every
    // other problem is fixed.
    check_rejects_an_unknown_rubric => "bad-unknown-rubric.toml",
    check_reports_rubric_ids_along_with_other_problems => "bad-several-with-rubric.toml",
}

/// Fixtures whose expected problems `session check` does not report yet (see above);
/// left out of the tests that combine fixtures, so those test what they are about.
const KNOWN_MISSED: [&str; 2] = ["bad-unknown-rubric.toml", "bad-several-with-rubric.toml"];

#[test]
fn every_fixture_has_a_test_and_states_its_expectations() {
    let on_disk = bad_fixtures();
    assert!(
        on_disk.len() >= MIN_FIXTURES,
        "only {} session fixtures",
        on_disk.len()
    );
    let mut listed: Vec<String> = FIXTURE_NAMES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        listed, on_disk,
        "the `rejected!` list and the fixture folder differ"
    );
    for name in &on_disk {
        expectations(name);
    }
    assert!(
        on_disk.iter().any(|f| expectations(f).len() >= 3),
        "no fixture with several problems"
    );
}

#[test]
fn check_reports_each_bad_file_among_good_ones() {
    // All the fixtures in one run, with two bundled plans before and after: exit 2,
    // each bad file's problems at their places, the good ones ok.
    let env = Env::new();
    let bad: Vec<String> = bad_fixtures()
        .into_iter()
        .filter(|n| !KNOWN_MISSED.contains(&n.as_str()))
        .collect();
    let mut args = vec![
        "session".to_string(),
        "check".to_string(),
        "sessions/baseline-check.toml".to_string(),
    ];
    args.extend(bad.iter().map(|n| format!("{FIXTURES}/{n}")));
    args.push("sessions/action-planning.toml".to_string());
    let out = env
        .cmd()
        .current_dir(crate_root())
        .args(&args)
        .output()
        .expect("run touchstone");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    let mut problems = Vec::new();
    for name in &bad {
        problems.extend(misreported(name, &format!("{FIXTURES}/{name}"), &stderr));
    }
    assert!(
        problems.is_empty(),
        "{}\nstderr:\n{stderr}",
        problems.join("\n")
    );
    for good in ["baseline-check", "action-planning"] {
        assert!(
            stdout.contains(&format!("sessions/{good}.toml: ok — {good}")),
            "stdout: {stdout}"
        );
    }
    let total: usize = bad.iter().map(|n| expectations(n).len()).sum();
    assert!(
        stderr.contains(&format!("error: {total} problems found")),
        "expected a count of {total} problems; stderr:\n{stderr}"
    );
}

#[test]
fn the_bundled_plans_pass_the_check() {
    let env = Env::new();
    let mut files: Vec<String> = std::fs::read_dir(crate_root().join("sessions"))
        .expect("sessions folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        // Plans only: their translations (`*.es.toml`) are checked in plan_translations.
        .filter(|n| n.ends_with(".toml") && !n.ends_with(".es.toml"))
        .map(|n| format!("sessions/{n}"))
        .collect();
    files.sort();
    assert_eq!(files.len(), BUNDLED.len(), "bundled plans: {files:?}");
    let out = env
        .cmd()
        .current_dir(crate_root())
        .args(["session", "check"])
        .args(&files)
        .output()
        .expect("run touchstone");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "", "nothing on stderr");
    for (id, minutes, segments) in BUNDLED {
        let line = format!("sessions/{id}.toml: ok — {id}, {segments} segments, {minutes} minutes");
        assert!(
            stdout.lines().any(|l| l == line),
            "no `{line}` in:\n{stdout}"
        );
    }
}

#[test]
fn check_of_a_missing_file_says_so() {
    let env = Env::new();
    env.cmd()
        .args(["session", "check", "no-such-plan.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-plan.toml"))
        .stderr(predicate::str::contains("panicked").not());
}

/// The line of `session plans` for one plan id.
fn plan_line<'a>(stdout: &'a str, id: &str) -> Option<&'a str> {
    stdout
        .lines()
        .find(|l| l.split_whitespace().next() == Some(id))
}

#[test]
fn plans_lists_the_bundled_plans_with_their_minutes() {
    let env = Env::new();
    let stdout = env.ok(&["session", "plans"]);
    for (id, minutes, segments) in BUNDLED {
        let line = plan_line(&stdout, id).unwrap_or_else(|| panic!("{id} missing:\n{stdout}"));
        assert!(line.contains(&format!(" {minutes} min")), "{line}");
        assert!(line.contains(&format!(" {segments} segments")), "{line}");
        assert!(line.ends_with("[bundled]"), "{line}");
    }
    let folder = env.path("config").join("touchstone").join("sessions");
    assert!(
        stdout.contains(&format!("Add your own plans to: {}", folder.display())),
        "stdout: {stdout}"
    );
}

const USER_PLAN: &str = r#"format = "touchstone-session"
format_version = 1
id = "lunch-and-learn"
title = "Lunch and learn"
rubric = "cs-site-2017"

[[segments]]
kind = "welcome"
title = "Grab a plate"
minutes = 10

[[segments]]
kind = "rate"
title = "Rate one practice"
minutes = 25
indicators = ["fe-1"]
"#;

fn user_sessions(env: &Env) -> PathBuf {
    let dir = env.path("config").join("touchstone").join("sessions");
    std::fs::create_dir_all(&dir).expect("user sessions folder");
    dir
}

#[test]
fn plans_lists_a_user_plan_from_the_config_folder() {
    let env = Env::new();
    let file = user_sessions(&env).join("lunch.toml");
    std::fs::write(&file, USER_PLAN).expect("write plan");
    let out = env.cmd().args(["session", "plans"]).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "stderr: {stderr}");
    assert_eq!(stderr, "", "no warnings for a good plan");
    let line = plan_line(&stdout, "lunch-and-learn")
        .unwrap_or_else(|| panic!("user plan missing:\n{stdout}"));
    assert!(line.contains(" 35 min"), "{line}");
    assert!(line.contains("Lunch and learn"), "{line}");
    assert!(line.contains(&file.display().to_string()), "{line}");
    for (id, ..) in BUNDLED {
        assert!(plan_line(&stdout, id).is_some(), "{id} missing:\n{stdout}");
    }
}

#[test]
fn a_user_plan_with_a_bundled_id_replaces_it() {
    let env = Env::new();
    let file = user_sessions(&env).join("mine.toml");
    std::fs::write(
        &file,
        USER_PLAN
            .replace("lunch-and-learn", "baseline-check")
            .replace("Lunch and learn", "Our baseline check"),
    )
    .expect("write plan");
    let stdout = env.ok(&["session", "plans"]);
    let lines: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("baseline-check "))
        .collect();
    assert_eq!(lines.len(), 1, "stdout: {stdout}");
    assert!(lines[0].contains("Our baseline check"), "{}", lines[0]);
    assert!(lines[0].contains(" 35 min"), "{}", lines[0]);
}

#[test]
fn bad_user_plans_are_warnings_and_skipped() {
    // Every fixture whose problems do not depend on a rubric, dropped in the user
    // folder: `session plans` still works, warns about each at its place, and lists
    // only good plans.
    let env = Env::new();
    let dir = user_sessions(&env);
    let rubric_only = ["bad-unknown-standard.toml", "bad-unknown-indicator.toml"];
    let fixtures: Vec<String> = bad_fixtures()
        .into_iter()
        .filter(|n| !rubric_only.contains(&n.as_str()) && !KNOWN_MISSED.contains(&n.as_str()))
        .collect();
    for name in &fixtures {
        std::fs::copy(crate_root().join(FIXTURES).join(name), dir.join(name)).expect("copy");
    }
    let out = env.cmd().args(["session", "plans"]).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    for (id, ..) in BUNDLED {
        assert!(plan_line(&stdout, id).is_some(), "{id} missing:\n{stdout}");
    }
    assert_eq!(
        stdout.lines().filter(|l| l.ends_with(']')).count(),
        BUNDLED.len(),
        "only the bundled plans are listed:\n{stdout}"
    );
    let mut missing = Vec::new();
    for name in &fixtures {
        let first = &expectations(name)[0];
        let prefix = format!(
            "warning: {}:{}:{}: ",
            dir.join(name).display(),
            first.line,
            first.col
        );
        let found = stderr.lines().any(|l| {
            l.starts_with(&prefix) && l.contains(&first.message) && l.ends_with("(plan skipped)")
        });
        if !found {
            missing.push(format!("{prefix}…{}… (plan skipped)", first.message));
        }
    }
    assert!(
        missing.is_empty(),
        "missing warnings:\n{}\nstderr:\n{stderr}",
        missing.join("\n")
    );
}

#[test]
fn list_without_sessions_says_so() {
    let env = Env::new();
    let stdout = env.ok(&["session", "list"]);
    assert!(stdout.contains("No sessions yet"), "stdout: {stdout}");
    assert!(
        stdout.contains("touchstone session start PLAN --assessment ID"),
        "stdout: {stdout}"
    );
}

#[test]
fn join_with_an_unknown_code_exits_2_and_says_why() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["session", "join", "NOPE", "--name", "Ana"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.starts_with("error: no session has the code \"NOPE\""),
        "stderr: {stderr}"
    );
    assert!(
        stderr.contains("touchstone session list"),
        "stderr: {stderr}"
    );
    assert!(out.stdout.is_empty(), "nothing on stdout");
}

#[test]
fn join_with_an_empty_name_exits_2() {
    let env = Env::new();
    env.cmd()
        .args(["session", "join", "ABCDEF", "--name", "  "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--name must be a plain, non-empty name",
        ));
}

#[test]
fn start_with_an_unknown_plan_exits_2_and_lists_the_plans() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let out = env
        .cmd()
        .args(["session", "start", "nope", "--assessment", &id])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.contains("no session plan \"nope\""),
        "stderr: {stderr}"
    );
    for (plan, ..) in BUNDLED {
        assert!(stderr.contains(plan), "{plan} not offered: {stderr}");
    }
    assert!(env.ok(&["session", "list"]).contains("No sessions yet"));
}

#[test]
fn start_with_an_unknown_assessment_exits_2() {
    let env = Env::new();
    env.new_assessment("Lincoln Elementary");
    env.cmd()
        .args(["session", "start", "baseline-check", "--assessment", "ffff"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no assessment id starts with \"ffff\"",
        ));
}

#[test]
fn start_without_a_terminal_says_the_screens_need_one() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let out = env
        .cmd()
        .args(["session", "start", "baseline-check", "--assessment", &id])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.contains("error: the screens need a terminal"),
        "stderr: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
}

#[test]
fn start_without_a_terminal_leaves_no_session_running() {
    // Known to fail: `session start` writes the session (with a live join code)
    // before it finds there is no terminal, and nothing can end that session later.
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    env.cmd()
        .args(["session", "start", "baseline-check", "--assessment", &id])
        .assert()
        .code(2);
    let list = env.ok(&["session", "list"]);
    assert!(
        list.contains("No sessions yet"),
        "a failed `session start` left a session behind:\n{list}"
    );
}

/// A session started through the library on the test's database: Lincoln Elementary
/// (cs-site-2017, 2026-11-02), plan baseline-check, facilitated by Dana; Ana and Ben
/// vote on ci-1 and the team records Developing. Returns (session id, join code).
fn workshop(db: &Path, end: bool) -> (String, String) {
    let mut store = Store::open(db).expect("open store");
    let id = common::riverside_lincoln(&mut store);
    let live = common::ci1_decided(&mut store, &id, "Maria coordinates | 3 days a week");
    if end {
        store.end_session(&live.id).expect("end");
    }
    (live.id, live.code)
}

fn check_minutes(md: &str) {
    for wanted in [
        "# Workshop minutes: Lincoln Elementary, 2026-11-02",
        "- Plan: Baseline check (`baseline-check`)",
        "- Facilitator: Dana",
        "- Participants (2): Ana, Ben",
        "## Agenda",
        "| Segment | Kind | Planned | Actual | Started |",
        "| Welcome and purpose | welcome | 5 min |",
        "## Decisions",
        "### ci-1: Developing",
        "At least one person is dedicated to coordinating partnerships",
        "2 votes; median Emerging; spread 1 level",
        "- Votes: Emerging 1 · Developing 1",
        "- Comment (Developing): \"Maria coordinates | 3 days a week\"",
    ] {
        assert!(md.contains(wanted), "no `{wanted}` in the minutes:\n{md}");
    }
    // Participants were told their votes stay private.
    assert!(!md.contains("voted"), "a voter is named:\n{md}");
}

#[test]
fn minutes_of_a_running_session_by_its_join_code() {
    let env = Env::new();
    let (_, code) = workshop(&env.db(), false);
    let md = env.ok(&["session", "minutes", &code.to_lowercase()]);
    check_minutes(&md);
    assert!(md.contains("still running"), "minutes:\n{md}");
}

#[test]
fn minutes_of_an_ended_session_by_id_to_a_file() {
    let env = Env::new();
    let (id, code) = workshop(&env.db(), true);
    // The join code people know still finds the ended session's minutes.
    let md = env.ok(&["session", "minutes", &code]);
    check_minutes(&md);
    assert_eq!(env.ok(&["session", "minutes", &id]), md);
    assert!(!md.contains("still running"), "minutes:\n{md}");
    let file = env.path("minutes.md");
    let file_arg = file.display().to_string();
    env.ok(&["session", "minutes", &id[..8], "-o", &file_arg]);
    assert_eq!(std::fs::read_to_string(&file).expect("minutes file"), md);
    // `session list` shows running sessions and says how to see the others;
    // `--all` shows the ended one with its code.
    let list = env.ok(&["session", "list"]);
    assert!(!list.contains("Lincoln Elementary"), "{list}");
    assert!(
        list.contains("1 ended or imported session: `touchstone session list --all`"),
        "{list}"
    );
    let all = env.ok(&["session", "list", "--all"]);
    assert!(all.contains("Lincoln Elementary"), "{all}");
    assert!(all.contains("Baseline check"), "{all}");
    assert!(all.contains(&format!("ended, code {code}")), "{all}");
}

#[test]
fn named_minutes_only_for_a_team_that_agreed_to_open_voting() {
    let env = Env::new();
    // The team agrees while the session runs: a private session keeps no names once
    // its votes are over, so nothing can name them afterwards.
    let (id, code) = workshop(&env.db(), false);
    env.cmd()
        .args(["session", "minutes", &code, "--named"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("votes are private"));
    let mut store = Store::open(&env.db()).expect("open");
    store.set_open_voting(&id, true).expect("agree");
    store.end_session(&id).expect("end");
    let md = env.ok(&["session", "minutes", &code, "--named"]);
    assert!(
        md.contains("- Ana voted Developing: \"Maria coordinates"),
        "{md}"
    );
    assert!(md.contains("- Ben voted Emerging"), "{md}");
    // Without --named the minutes stay anonymous even then.
    assert!(!env.ok(&["session", "minutes", &code]).contains("voted"));
    // The agreement travels with the export and survives a round trip.
    let toml = env.ok(&["export", &id[..8]]);
    assert!(toml.contains("open_voting = true"), "{toml}");
}

#[test]
fn reports_never_name_voters() {
    let env = Env::new();
    let (id, _) = workshop(&env.db(), true);
    for format in ["text", "md", "html", "json"] {
        let out = env.ok(&["report", &id[..8], "--format", format]);
        assert!(
            out.contains("Maria coordinates") || format == "text" || format == "html",
            "{format}:\n{out}"
        );
        for named in ["Ana voted", "\"participant\": \"Ana\"", "Ben voted"] {
            assert!(
                !out.contains(named),
                "{format} names a voter ({named}):\n{out}"
            );
        }
    }
}

#[test]
fn minutes_name_the_assessments_facilitator_when_the_session_could_not() {
    let env = Env::new();
    let (id, code) = workshop(&env.db(), true);
    let conn = rusqlite::Connection::open(env.db()).expect("open");
    conn.execute(
        "UPDATE sessions SET facilitator = 'unknown' WHERE id = ?1",
        [&id],
    )
    .expect("update");
    let md = env.ok(&["session", "minutes", &code]);
    assert!(md.contains("- Facilitator: Dana"), "{md}");
    assert!(!md.contains("unknown"), "{md}");
}

#[test]
fn join_with_a_good_code_needs_a_terminal() {
    let env = Env::new();
    let (_, code) = workshop(&env.db(), false);
    let out = env
        .cmd()
        .args(["session", "join", &code, "--name", "Chloe"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.contains("error: the screens need a terminal"),
        "stderr: {stderr}"
    );
    let list = env.ok(&["session", "list"]);
    assert!(list.contains(&format!("join code {code}")), "{list}");
}

#[test]
fn join_an_ended_session_exits_2() {
    let env = Env::new();
    let (id, _) = workshop(&env.db(), true);
    env.cmd()
        .args(["session", "join", &id, "--name", "Chloe"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has ended"));
}

#[test]
fn minutes_of_an_unknown_session_exits_2() {
    let env = Env::new();
    env.cmd()
        .args(["session", "minutes", "NOPE"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no session has the code \"NOPE\""));
}

#[test]
fn session_list_tells_sessions_apart() {
    // Known to fail: the list shows the first 8 characters of the session id, which
    // for time-ordered (v7) UUIDs are the same for every session started within about
    // a minute, and the same as the assessment's.
    let env = Env::new();
    let (first, _) = workshop(&env.db(), true);
    let (second, _) = workshop(&env.db(), false);
    assert_ne!(first, second);
    let list = env.ok(&["session", "list"]);
    let shown: Vec<&str> = list
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(shown.len(), 2, "{list}");
    assert_ne!(
        shown[0], shown[1],
        "two sessions look the same in `session list`:\n{list}"
    );
}
