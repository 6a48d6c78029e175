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
