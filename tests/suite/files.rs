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
    assert_eq!(
        stdout,
        "imported 1 new, 0 replaced, 0 unchanged, 0 restored\n"
    );
    assert_trap_warnings(&stderr);
    assert!(env.ok(&["list"]).contains("Valid Middle School"));
    let (_, again, _) = run(&env, &["import", dir.to_str().unwrap()]);
    assert_eq!(
        again,
        "imported 0 new, 0 replaced, 1 unchanged, 0 restored\n"
    );
}

#[test]
fn rollup_of_a_folder_with_link_loops_and_a_fifo_counts_each_school_once() {
    let env = Env::new();
    let dir = trapped_folder(&env);
    let (code, stdout, stderr) = run(
        &env,
        &[
            "rollup",
            "--json",
            "--include-drafts",
            dir.to_str().unwrap(),
        ],
    );
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

// ---------------------------------------------------------------------------------
// Defect 11: writes that never overwrite or follow a link unasked
// ---------------------------------------------------------------------------------

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn private_file(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn export_and_report_refuse_to_replace_a_file_without_force() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let out = env.path("out.toml");
    let out_arg = out.to_str().unwrap();
    for args in [
        vec!["export", &id, "-o", out_arg],
        vec!["report", &id, "--format", "md", "-o", out_arg],
    ] {
        private_file(&out, "keep me\n");
        let (code, stdout, stderr) = run(&env, &args);
        assert_eq!(code, 2, "{args:?} replaced the file: {stdout}{stderr}");
        assert!(stderr.contains("already exists"), "{stderr}");
        assert!(stderr.contains("--force"), "{stderr}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me\n");

        let mut forced = args.clone();
        forced.push("--force");
        let (code, _, stderr) = run(&env, &forced);
        assert_eq!(code, 0, "{stderr}");
        assert_ne!(std::fs::read_to_string(&out).unwrap(), "keep me\n");
        assert_eq!(mode(&out), 0o600, "{args:?} widened a private file");
    }
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn export_never_writes_through_a_planted_link() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let victim = env.path("victim.txt");
    private_file(&victim, "precious\n");
    // The temporary name the writer used to use, and the destination itself.
    std::os::unix::fs::symlink(&victim, env.path(".out.toml.tmp")).unwrap();
    let out = env.path("out.toml");
    let (code, _, stderr) = run(&env, &["export", &id, "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(std::fs::symlink_metadata(&out).unwrap().is_file());

    let linked = env.path("linked.toml");
    std::os::unix::fs::symlink(&victim, &linked).unwrap();
    let (code, _, stderr) = run(&env, &["export", &id, "-o", linked.to_str().unwrap()]);
    assert_eq!(code, 2, "{stderr}");
    let forced = ["export", &id, "-o", linked.to_str().unwrap(), "--force"];
    let (code, _, stderr) = run(&env, &forced);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(
        std::fs::symlink_metadata(&linked).unwrap().is_file(),
        "the link is replaced by the file, not written through"
    );
}

mod tui_export {
    use super::{mode, private_file};
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use touchstone::rubric::Registry;
    use touchstone::store::Store;
    use touchstone::tui::App;
    use touchstone::tui::keymap::Ctx;

    fn press(app: &mut App, code: KeyCode) {
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }

    fn typed(app: &mut App, text: &str) {
        for c in text.chars() {
            press(app, KeyCode::Char(c));
        }
    }

    #[test]
    fn the_export_prompt_asks_before_replacing_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let id = crate::common::lincoln(&mut store);
        let options = crate::common::options(None, None);
        let mut app = App::new(store, Registry::bundled(), "tester".into(), options);
        let out = dir.path().join("out.toml");
        private_file(&out, "keep me\n");

        press(&mut app, KeyCode::Char('x'));
        app.handle_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        typed(&mut app, out.to_str().unwrap());
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            app.ctx(),
            Ctx::Confirm,
            "the export replaced the file without asking"
        );
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me\n");

        // No: back to the prompt with the path kept, nothing written.
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.ctx(), Ctx::Prompt);
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me\n");

        // Yes: written, and still private.
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.ctx(), Ctx::Confirm);
        press(&mut app, KeyCode::Char('y'));
        assert_eq!(app.ctx(), Ctx::Home, "the prompt closed");
        assert!(std::fs::read_to_string(&out).unwrap().contains(&id));
        assert_eq!(mode(&out), 0o600);

        // A new name is written without a question.
        let fresh = dir.path().join("fresh.toml");
        press(&mut app, KeyCode::Char('x'));
        app.handle_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        typed(&mut app, fresh.to_str().unwrap());
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.ctx(), Ctx::Home, "the prompt closed");
        assert!(std::fs::read_to_string(&fresh).unwrap().contains(&id));
    }
}

// ---------------------------------------------------------------------------------
// Defect 15: rubric scores, database folders and open errors
// ---------------------------------------------------------------------------------

/// (The rubric with scores at the ends of i64 is `fixtures/rubrics/bad-score-range.toml`,
/// checked with the other malformed rubrics.)
#[test]
fn rubric_scores_near_the_limits_of_i64_are_refused() {
    let env = Env::new();
    let file = fixture("rubrics/bad-score-range.toml");
    let (code, _, stderr) = run(&env, &["rubric", "check", file.to_str().unwrap()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains(":9:39: level score -9223372036854775808 is out of range"));
    assert!(stderr.contains(":11:41: level score 9223372036854775807 is out of range"));
}

#[test]
fn a_db_in_a_missing_folder_is_an_error_and_nothing_is_created() {
    let env = Env::new();
    let db = env.path("no/such/dir/x.db");
    for args in [
        vec!["list"],
        vec!["new", "--school", "A", "--rubric", "cs-site-2017"],
    ] {
        let out = env
            .cmd_with_db(&db)
            .args(&args)
            .timeout(GUARD)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("the folder"), "{stderr}");
        assert!(stderr.contains("does not exist"), "{stderr}");
        assert!(!String::from_utf8_lossy(&out.stdout).contains("No assessments"));
        assert!(!env.path("no").exists(), "{args:?} created folders");
    }
}

#[test]
fn the_default_data_folder_is_still_created() {
    let env = Env::new();
    let out = env
        .cmd()
        .env_remove("TOUCHSTONE_DB")
        .args(["list"])
        .timeout(GUARD)
        .output()
        .unwrap();
    crate::common::assert_success(&out);
    assert!(env.path("data/touchstone/touchstone.db").is_file());
}

#[test]
fn a_db_path_that_is_a_folder_is_not_called_a_foreign_database() {
    let env = Env::new();
    let folder = env.path("folder.db");
    std::fs::create_dir(&folder).unwrap();
    let out = env
        .cmd_with_db(&folder)
        .arg("list")
        .timeout(GUARD)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(!stderr.contains("not a Touchstone database"), "{stderr}");
    assert!(stderr.contains("Is a directory"), "{stderr}");
}

/// Makes a folder unwritable even for root where that is possible (`chattr +i`), else
/// by permissions (enforced only for other users); undoes it when dropped.
struct Unwritable {
    dir: PathBuf,
    immutable: bool,
}

impl Unwritable {
    fn make(dir: &Path) -> Option<Unwritable> {
        use std::os::unix::fs::PermissionsExt;
        let root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
        if root {
            let made = std::process::Command::new("chattr")
                .arg("+i")
                .arg(dir)
                .stderr(std::process::Stdio::null())
                .status();
            return made.is_ok_and(|s| s.success()).then(|| Unwritable {
                dir: dir.to_path_buf(),
                immutable: true,
            });
        }
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).ok()?;
        Some(Unwritable {
            dir: dir.to_path_buf(),
            immutable: false,
        })
    }
}

impl Drop for Unwritable {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.dir)
                .status();
        } else {
            let _ = std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o700));
        }
    }
}

#[test]
fn a_database_in_an_unwritable_folder_says_so() {
    let env = Env::new();
    let dir = env.path("locked");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("t.db");
    let made = env
        .cmd_with_db(&db)
        .args(["new", "--school", "A", "--rubric", "cs-site-2017"])
        .output()
        .unwrap();
    assert!(made.status.success());
    assert!(
        !dir.join("t.db-wal").exists(),
        "the last connection removes its WAL"
    );
    let Some(_locked) = Unwritable::make(&dir) else {
        eprintln!("skipped: this system cannot make a folder unwritable for this user");
        return;
    };
    let out = env
        .cmd_with_db(&db)
        .arg("list")
        .timeout(GUARD)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("not a Touchstone database"), "{stderr}");
    assert!(
        stderr.contains(&format!("cannot open {}", db.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("not permitted") || stderr.contains("permission denied"),
        "{stderr}"
    );
}
