//! Malformed rubric and import files are rejected with `FILE:LINE:COL: message`, exit
//! status 2, and a database left byte-identical.
//!
//! Data-driven: every `tests/fixtures/rubrics/bad-*.toml` and
//! `tests/fixtures/imports/bad-*.toml` is one case. Each fixture starts with one or more
//! comment lines `# expect: LINE:COL: <substring of the message>`, one per problem the
//! command must report; adding a fixture adds a case.

use crate::common::{self, expectations, misplaced};
use assert_cmd::Command;
use predicates::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tempfile::TempDir;

const MIN_RUBRIC_FIXTURES: usize = 10;
const MIN_IMPORT_FIXTURES: usize = 8;
/// The assessment id in `imports/valid.toml`.
const VALID_ID: &str = "0e9d8c7b-6a59-4483-b271-605f4e3d2c1b";

fn fixtures_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
}

/// The `bad-*.toml` files of one fixture folder, sorted.
fn bad_fixtures(kind: &str) -> Vec<PathBuf> {
    common::bad_fixtures(&fixtures_dir(kind))
}

/// A private environment: database, config and data folders inside one temp dir.
struct Env {
    tmp: TempDir,
}

impl Env {
    fn new() -> Env {
        let env = Env {
            tmp: tempfile::tempdir().expect("temp dir"),
        };
        for dir in ["db", "cfg", "data", "work"] {
            std::fs::create_dir(env.tmp.path().join(dir)).expect("create dir");
        }
        env
    }

    fn db_dir(&self) -> PathBuf {
        self.tmp.path().join("db")
    }

    fn work(&self) -> PathBuf {
        self.tmp.path().join("work")
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("touchstone").expect("touchstone binary");
        cmd.current_dir(self.work())
            .env("TOUCHSTONE_DB", self.db_dir().join("touchstone.db"))
            .env("XDG_CONFIG_HOME", self.tmp.path().join("cfg"))
            .env("XDG_DATA_HOME", self.tmp.path().join("data"))
            .env("HOME", self.tmp.path());
        cmd
    }

    /// A database holding one real assessment with one rating. It is made once, by
    /// the real binary (`new`, then `rate`), and its files are copied into each case's
    /// folder: the cases number in the hundreds, and each would otherwise run the
    /// binary twice more.
    fn seeded() -> Env {
        static SEED: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
        let files = SEED.get_or_init(|| Env::seed_by_running().db_snapshot());
        let env = Env::new();
        for (name, bytes) in files {
            std::fs::write(env.db_dir().join(name), bytes).expect("copy the seed");
        }
        env
    }

    /// Seeds a database by running the binary.
    fn seed_by_running() -> Env {
        let env = Env::new();
        let out = env
            .cmd()
            .args(["new", "--school", "Seed School", "--rubric", "cs-site-2017"])
            .output()
            .expect("run new");
        assert!(out.status.success(), "new failed: {out:?}");
        let id = String::from_utf8(out.stdout).expect("utf-8 id");
        let id = id.trim();
        assert!(!id.is_empty(), "new printed no id");
        env.cmd()
            .args(["rate", id, "cl-1", "full", "--note", "seeded"])
            .assert()
            .success();
        assert!(
            env.db_dir().join("touchstone.db").is_file(),
            "the database was not created"
        );
        env
    }

    /// Every file in the database folder (the .db and any -wal/-shm) with its bytes.
    fn db_snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(self.db_dir())
            .expect("read db dir")
            .map(|e| {
                let e = e.expect("entry");
                let bytes = std::fs::read(e.path()).expect("read db file");
                (e.file_name().to_string_lossy().into_owned(), bytes)
            })
            .collect()
    }
}

/// Runs `args` (plus the fixture paths) in a seeded environment and checks the three
/// promises: exit status 2, every expected `FILE:LINE:COL: message` on stderr (and no
/// other located problem for that file), the database byte-identical. Returns the
/// problems found, empty when all is well.
fn check_rejected(args: &[&str], files: &[&Path], bad: &Path) -> Vec<String> {
    let env = Env::seeded();
    let before = env.db_snapshot();
    let out = env
        .cmd()
        .args(args)
        .args(files)
        .output()
        .expect("run touchstone");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let shown = bad.display().to_string();
    let command = format!(
        "touchstone {} {}",
        args.join(" "),
        files
            .iter()
            .map(|f| f.file_name().unwrap_or_default().to_string_lossy())
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut problems = Vec::new();
    if out.status.code() != Some(2) {
        problems.push(format!("exit status {:?}, expected 2", out.status.code()));
    }
    if predicate::str::contains("panicked").eval(&stderr) {
        problems.push("panicked".to_string());
    }
    // serde's "expected struct RawFoo" names a type of the program, not of the file.
    if predicate::str::contains("struct ").eval(&stderr) {
        problems.push("a message names an internal Rust type (`struct …`)".to_string());
    }
    problems.extend(misplaced(&stderr, &shown, &expectations(bad)));
    if env.db_snapshot() != before {
        problems.push("the database folder changed".to_string());
    }
    if problems.is_empty() {
        return problems;
    }
    vec![format!(
        "{command}\n    {}\n    stderr: {}\n    stdout: {}",
        problems.join("\n    "),
        stderr.trim_end().replace('\n', "\n            "),
        stdout.trim_end()
    )]
}

fn finish(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn enough_fixtures_exist_and_each_states_its_expectation() {
    let rubrics = bad_fixtures("rubrics");
    let imports = bad_fixtures("imports");
    assert!(
        rubrics.len() >= MIN_RUBRIC_FIXTURES,
        "only {} rubric fixtures",
        rubrics.len()
    );
    assert!(
        imports.len() >= MIN_IMPORT_FIXTURES,
        "only {} import fixtures",
        imports.len()
    );
    for f in rubrics.iter().chain(&imports) {
        expectations(f);
    }
    // At least one fixture of each kind reports several problems at once.
    assert!(rubrics.iter().any(|f| expectations(f).len() >= 3));
    assert!(imports.iter().any(|f| expectations(f).len() >= 3));
}

#[test]
fn rubric_check_rejects_every_bad_rubric() {
    let mut failures = Vec::new();
    for bad in bad_fixtures("rubrics") {
        failures.extend(check_rejected(&["rubric", "check"], &[&bad], &bad));
    }
    finish(failures);
}

#[test]
fn rubric_check_reports_a_bad_file_among_good_ones() {
    // A valid bundled rubric next to the bad one: still exit 2, bad one located.
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards/csf-2023.toml");
    let mut failures = Vec::new();
    for bad in bad_fixtures("rubrics") {
        failures.extend(check_rejected(&["rubric", "check"], &[&good, &bad], &bad));
    }
    finish(failures);
}

#[test]
fn the_valid_import_fixture_imports() {
    // Guards the all-or-nothing cases below: the file they pair with bad ones is good.
    let env = Env::seeded();
    let before = env.db_snapshot();
    env.cmd()
        .arg("import")
        .arg(fixtures_dir("imports").join("valid.toml"))
        .assert()
        .code(0);
    // And the snapshot comparison used below does notice a write.
    assert_ne!(
        env.db_snapshot(),
        before,
        "an import left the database unchanged"
    );
    env.cmd()
        .args(["list", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(VALID_ID));
}

#[test]
fn import_rejects_every_bad_file() {
    let mut failures = Vec::new();
    for bad in bad_fixtures("imports") {
        failures.extend(check_rejected(&["import"], &[&bad], &bad));
    }
    finish(failures);
}

#[test]
fn import_is_all_or_nothing_with_a_valid_file_alongside() {
    let valid = fixtures_dir("imports").join("valid.toml");
    let mut failures = Vec::new();
    for bad in bad_fixtures("imports") {
        // Both orders: the valid file first and last. An unchanged database also means
        // the valid assessment was not imported.
        failures.extend(check_rejected(&["import"], &[&valid, &bad], &bad));
        failures.extend(check_rejected(&["import"], &[&bad, &valid], &bad));
    }
    finish(failures);
}

#[test]
fn import_of_a_folder_with_bad_files_writes_nothing() {
    let env = Env::seeded();
    let before = env.db_snapshot();
    let dir = fixtures_dir("imports");
    let out = env
        .cmd()
        .arg("import")
        .arg(&dir)
        .output()
        .expect("run import");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert_eq!(env.db_snapshot(), before, "the database changed");
    env.cmd()
        .args(["list", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(VALID_ID).not());
}

#[test]
fn bad_rubrics_in_a_standards_folder_are_warnings_and_skipped() {
    let env = Env::seeded();
    let dir = env.tmp.path().join("standards");
    std::fs::create_dir(&dir).expect("create standards dir");
    let fixtures = bad_fixtures("rubrics");
    for f in &fixtures {
        std::fs::copy(f, dir.join(f.file_name().expect("name"))).expect("copy fixture");
    }
    let before = env.db_snapshot();
    let dir_arg = dir.display().to_string();

    let out = env
        .cmd()
        .args(["--standards", &dir_arg, "rubrics"])
        .output()
        .expect("run rubrics");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    // The bundled rubrics are still listed; the bad ones (id "tiny") are not.
    assert!(stdout.contains("cs-site-2017"), "stdout: {stdout}");
    assert!(stdout.contains("csf-2023"), "stdout: {stdout}");
    assert!(!stdout.contains("tiny"), "stdout: {stdout}");

    let mut failures = Vec::new();
    for f in &fixtures {
        let copied = dir.join(f.file_name().expect("name")).display().to_string();
        // Syntax and shape errors stop at the first problem; rule violations are all
        // reported. Either way the first expected one must be there as a warning.
        let first = &expectations(f)[0];
        let prefix = format!("warning: {copied}:{}:{}: ", first.line, first.col);
        let found = stderr
            .lines()
            .any(|l| l.starts_with(&prefix) && l[prefix.len()..].contains(&first.message));
        if !found {
            failures.push(format!("no warning `{prefix}…{}…`", first.message));
        }
    }
    if !failures.is_empty() {
        failures.push(format!(
            "stderr of `touchstone --standards DIR rubrics`:\n{stderr}"
        ));
    }

    // Other commands still work with the bad folder in place.
    env.cmd()
        .args(["--standards", &dir_arg, "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Seed School"))
        .stderr(predicate::str::contains("warning: "));
    env.cmd()
        .args(["--standards", &dir_arg, "rubric", "show", "cs-site-2017"])
        .assert()
        .success();
    assert_eq!(env.db_snapshot(), before, "the database changed");
    // A rubric that was skipped cannot be used.
    env.cmd()
        .args([
            "--standards",
            &dir_arg,
            "new",
            "--school",
            "X",
            "--rubric",
            "tiny",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("error: "));
    assert_eq!(env.db_snapshot(), before, "the database changed");
    finish(failures);
}
