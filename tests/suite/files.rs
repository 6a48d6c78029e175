//! Files, folders and diagnostics (issue 10, defects 6, 7, 11 and 15): located
//! diagnostics in linear time, folder walks that cannot be led into loops or blocked
//! by a FIFO, writes that never overwrite or follow a link unasked, bounded rubric
//! scores, and database open errors that say what happened.
//!
//! Every run of the binary has a generous timeout, only so that a regression shows
//! as a failure rather than a hung test run.

use crate::common::Env;
use std::path::{Path, PathBuf};
use std::time::Duration;

const GUARD: Duration = Duration::from_secs(120);
/// The assessment id in `imports/valid.toml`.
const VALID_ID: &str = "0e9d8c7b-6a59-4483-b271-605f4e3d2c1b";

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn valid_import() -> String {
    std::fs::read_to_string(fixture("imports/valid.toml")).expect("valid fixture")
}

/// Runs the binary with a timeout; returns (exit code, stdout, stderr).
fn run(env: &Env, args: &[&str]) -> (i32, String, String) {
    let out = env
        .cmd()
        .args(args)
        .timeout(GUARD)
        .output()
        .expect("run touchstone");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

// ---------------------------------------------------------------------------------
// Defect 6: diagnostics in linear time, printed with a cap
// ---------------------------------------------------------------------------------

/// An import file for the bundled site rubric naming `n` indicators that are not in
/// its standard: `n` problems, one per indicator.
fn many_bad_indicators(n: usize) -> String {
    let mut text = valid_import();
    text.push_str("\n[[standards]]\nid = \"family-engagement\"\n");
    for i in 0..n {
        text.push_str(&format!(
            "\n[[standards.indicators]]\nid = \"zz-{i:06}\"\nlevel = \"full\"\n"
        ));
    }
    text
}

#[test]
fn a_file_with_100k_problems_is_diagnosed_and_the_output_is_capped() {
    let env = Env::new();
    let file = env.path("many.toml");
    std::fs::write(&file, many_bad_indicators(100_000)).unwrap();
    let (code, _, stderr) = run(&env, &["import", file.to_str().unwrap()]);
    assert_eq!(code, 2, "{}", &stderr[..stderr.len().min(2000)]);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines.len(),
        102,
        "100 problems, the rest counted, the total"
    );
    assert!(
        lines[0].contains(":6: indicator \"zz-000000\" is not part of standard"),
        "{}",
        lines[0]
    );
    assert!(lines[100].ends_with("many.toml: … and 99900 more problems"));
    assert_eq!(lines[101], "error: 100000 problems found");
    assert!(!env.db().exists() || env.ok(&["list"]).contains("No assessments"));
}

// ---------------------------------------------------------------------------------
// Defect 7: folder walks
// ---------------------------------------------------------------------------------

/// A folder holding the valid import file and every trap: a link to itself, a link
/// to its parent, a link to a folder outside holding another copy, a FIFO and a
/// socket named `*.toml`, a broken link, and a second name (link) for the file.
fn trapped_folder(env: &Env) -> PathBuf {
    use std::os::unix::fs::symlink;
    let dir = env.path("incoming");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("valid.toml"), valid_import()).unwrap();
    symlink(".", dir.join("loop")).unwrap();
    symlink("..", dir.join("up")).unwrap();
    let outside = env.path("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("copy.toml"), valid_import()).unwrap();
    symlink(&outside, dir.join("elsewhere")).unwrap();
    symlink("valid.toml", dir.join("again.toml")).unwrap();
    symlink("missing.toml", dir.join("broken.toml")).unwrap();
    let fifo = dir.join("pipe.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("socket.toml")).unwrap();
    dir
}

fn assert_trap_warnings(stderr: &str) {
    for warning in [
        "loop: skipped: symbolic link to a folder",
        "up: skipped: symbolic link to a folder",
        "elsewhere: skipped: symbolic link to a folder",
        "pipe.toml: skipped: not a regular file",
        "socket.toml: skipped: not a regular file",
        "broken.toml: skipped: broken symbolic link",
        "valid.toml: skipped: the same file as one already read",
    ] {
        assert!(stderr.contains(warning), "no {warning:?} in:\n{stderr}");
    }
}

#[test]
fn import_of_a_folder_with_link_loops_and_a_fifo_finishes_without_duplicates() {
    let env = Env::new();
    let dir = trapped_folder(&env);
    let (code, stdout, stderr) = run(&env, &["import", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "imported 1 new, 0 replaced, 0 unchanged\n");
    assert_trap_warnings(&stderr);
    assert!(env.ok(&["list"]).contains("Valid Middle School"));
    let (_, again, _) = run(&env, &["import", dir.to_str().unwrap()]);
    assert_eq!(again, "imported 0 new, 0 replaced, 1 unchanged\n");
}

#[test]
fn rollup_of_a_folder_with_link_loops_and_a_fifo_counts_each_school_once() {
    let env = Env::new();
    let dir = trapped_folder(&env);
    let (code, stdout, stderr) = run(&env, &["rollup", "--json", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_trap_warnings(&stderr);
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(json["schools"], 1, "{json:#}");
}

#[test]
fn a_fifo_named_on_the_command_line_is_skipped_unopened() {
    let env = Env::new();
    let fifo = env.path("named.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.expect("mkfifo").success());
    let (code, _, stderr) = run(&env, &["import", fifo.to_str().unwrap()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("named.toml: skipped: not a regular file"),
        "{stderr}"
    );
    assert!(stderr.contains("no .toml files found there"), "{stderr}");
}
