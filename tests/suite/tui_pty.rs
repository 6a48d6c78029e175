//! End-to-end tests of the interactive screens: the real binary in a pseudo-terminal,
//! its output parsed by a terminal emulator (vt100), keys sent as raw bytes.
//!
//! Every wait is bounded and the child is killed when a test fails, so these tests
//! never hang. Each test has its own database and home folders in a temp dir.

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, SlavePty};
use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tempfile::TempDir;

const ROWS: u16 = 30;
const COLS: u16 = 100;
const TIMEOUT: Duration = Duration::from_secs(10);

const ESC: &[u8] = b"\x1b";
const RIGHT: &[u8] = b"\x1b[C";
const CTRL_S: &[u8] = b"\x13";

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_touchstone"))
}

/// The environment every run gets: nothing outside the temp dir.
fn isolated_env(dir: &Path) -> Vec<(String, PathBuf)> {
    vec![
        (
            "PATH".into(),
            std::env::var_os("PATH").unwrap_or_default().into(),
        ),
        ("HOME".into(), dir.to_path_buf()),
        ("XDG_CONFIG_HOME".into(), dir.join("config")),
        ("XDG_DATA_HOME".into(), dir.join("data")),
        ("TOUCHSTONE_DB".into(), dir.join("t.db")),
        ("TOUCHSTONE_USER".into(), "tester".into()),
        ("TERM".into(), "xterm-256color".into()),
    ]
}

/// Runs a command-line subcommand in the same isolated environment; returns stdout.
fn cli(dir: &Path, args: &[&str]) -> String {
    let mut cmd = assert_cmd::Command::new(bin());
    cmd.env_clear().args(args).timeout(TIMEOUT);
    for (k, v) in isolated_env(dir) {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run touchstone");
    assert!(
        out.status.success(),
        "touchstone {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Polls `check` every 20 ms until it holds or `timeout` passes.
fn poll(timeout: Duration, mut check: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    loop {
        if check() {
            return true;
        }
        if start.elapsed() > timeout {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits until the parsed screen shows `needle`; panics with the screen otherwise.
fn wait_for(screen: &Mutex<vt100::Parser>, needle: &str, timeout: Duration) {
    let found = poll(timeout, || {
        screen.lock().unwrap().screen().contents().contains(needle)
    });
    if !found {
        let dump = screen.lock().unwrap().screen().contents();
        panic!("timed out after {timeout:?} waiting for {needle:?}; the screen:\n{dump}");
    }
}

/// The binary running in a pseudo-terminal.
struct Tui {
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for escape sequences the screen does not keep.
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    /// Kept open so the terminal settings can still be read after the child exits.
    _slave: Box<dyn SlavePty + Send>,
}

impl Tui {
    fn start(dir: &Path, args: &[&str], extra_env: &[(&str, &str)]) -> Tui {
        let pair = portable_pty::native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(bin());
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env_clear();
        for (k, v) in isolated_env(dir) {
            cmd.env(k, v);
        }
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn touchstone");
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            ROWS.try_into().unwrap(),
            COLS.try_into().unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (screen2, raw2) = (Arc::clone(&screen), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                raw2.lock().unwrap().extend_from_slice(&buf[..n]);
                screen2.lock().unwrap().process(&buf[..n]);
            }
        });
        Tui {
            screen,
            raw,
            writer,
            child,
            master: pair.master,
            _slave: pair.slave,
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the pty");
        self.writer.flush().expect("flush the pty");
        if bytes == ESC {
            // A lone Esc followed at once by another byte would read as Alt+key.
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    fn wait_for(&self, needle: &str) {
        wait_for(&self.screen, needle, TIMEOUT);
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn raw_text(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }

    /// Waits (bounded) for the program to exit.
    fn wait_exit(&mut self) -> ExitStatus {
        let mut status = None;
        poll(TIMEOUT, || {
            status = self.child.try_wait().expect("try_wait");
            status.is_some()
        });
        status.unwrap_or_else(|| {
            panic!(
                "touchstone did not exit within {TIMEOUT:?}; the screen:\n{}",
                self.contents()
            )
        })
    }

    /// (canonical mode, echo) of the pty as the program left it, where measurable.
    fn cooked_flags(&self) -> Option<(bool, bool)> {
        // Values from <termios.h>; the flags field is a plain tcflag_t.
        #[cfg(target_os = "linux")]
        const ICANON_ECHO: (u64, u64) = (0o2, 0o10);
        #[cfg(target_os = "macos")]
        const ICANON_ECHO: (u64, u64) = (0x100, 0x8);
        #[cfg(any(target_os = "linux", target_os = "macos"))]
        {
            let bits = self.master.get_termios()?.local_flags.bits() as u64;
            Some((bits & ICANON_ECHO.0 != 0, bits & ICANON_ECHO.1 != 0))
        }
        #[cfg(not(any(target_os = "linux", target_os = "macos")))]
        None
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failed test must not leave the program running.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The ratings of a JSON report, by indicator id: (level, note).
fn ratings(report: &Value) -> Vec<(String, Value, String)> {
    report["by_standard"]
        .as_array()
        .expect("by_standard")
        .iter()
        .flat_map(|s| s["ratings"].as_array().expect("ratings").iter())
        .map(|r| {
            (
                r["indicator"].as_str().unwrap_or_default().to_string(),
                r["level"].clone(),
                r["note"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn create_rate_note_quit_then_report_shows_it() {
    let dir = TempDir::new().unwrap();
    let mut tui = Tui::start(dir.path(), &[], &[]);
    tui.wait_for("Welcome to Touchstone");

    tui.send(b"+");
    tui.wait_for("School");
    tui.wait_for("Facilitator");
    tui.send(b"Lincoln Elementary");
    tui.wait_for("Lincoln Elementary");
    tui.send(CTRL_S);
    tui.wait_for("cl-1");
    tui.wait_for("Assessment created");

    tui.send(b"4");
    tui.wait_for("Saved cl-1: Fully implementing");
    tui.send(RIGHT);
    tui.send(b"2");
    tui.wait_for("Saved cl-2: Emerging");
    tui.send(RIGHT);
    tui.send(b"n");
    tui.wait_for("Saved cl-3: N/A");

    tui.send(b"e");
    tui.wait_for("Ctrl-S saves");
    let note = "Roles are written down; decisions still informal";
    tui.send(note.as_bytes());
    tui.wait_for("decisions still informal");
    tui.send(CTRL_S);
    tui.wait_for("Saved the note for cl-3");
    tui.wait_for(&format!("Note: {note}"));

    tui.send(b"q");
    tui.wait_for("Assessments (1 of 1)");
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "exit status {status:?}");

    let list: Value = serde_json::from_str(&cli(dir.path(), &["list", "--json"])).unwrap();
    let list = list.as_array().expect("a JSON array");
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["school"], "Lincoln Elementary");
    assert_eq!(list[0]["rated"], 3);
    let id = list[0]["id"].as_str().expect("id");

    let report: Value =
        serde_json::from_str(&cli(dir.path(), &["report", id, "--format", "json"])).unwrap();
    let rated: Vec<_> = ratings(&report)
        .into_iter()
        .filter(|(_, level, note)| !level.is_null() || !note.is_empty())
        .collect();
    assert_eq!(
        rated,
        vec![
            ("cl-1".to_string(), Value::from("full"), String::new()),
            ("cl-2".to_string(), Value::from("emerging"), String::new()),
            ("cl-3".to_string(), Value::from("na"), note.to_string()),
        ]
    );
}

#[test]
fn a_cli_rating_appears_without_a_key_press() {
    let dir = TempDir::new().unwrap();
    let id = cli(
        dir.path(),
        &[
            "new",
            "--school",
            "S",
            "--rubric",
            "cs-site-2017",
            "--rubric-version",
            "1",
        ],
    )
    .trim()
    .to_string();
    let mut tui = Tui::start(dir.path(), &["assess", &id], &[]);
    tui.wait_for("cl-1");
    tui.wait_for("not rated yet");
    tui.wait_for("0/6");
    assert!(!tui.contents().contains("(current)"), "{}", tui.contents());

    cli(dir.path(), &["rate", &id, "cl-1", "full"]);

    // No key is sent: the app must notice the other process's commit by itself.
    tui.wait_for("Updated with changes from another session");
    tui.wait_for("1/6");
    tui.wait_for("(current)");
    let screen = tui.contents();
    assert!(!screen.contains("not rated yet"), "{screen}");
    // The chosen mark is on the rated level's line ("(current)" ends its descriptor,
    // which may wrap onto later lines when the panel is tall enough to show it in full).
    assert!(screen.contains("● Fully implementing"), "{screen}");

    tui.send(b"q");
    tui.wait_for("Assessments (1 of 1)");
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn a_panic_restores_the_terminal() {
    let dir = TempDir::new().unwrap();
    let mut tui = Tui::start(dir.path(), &[], &[("TOUCHSTONE_TEST_PANIC_KEY", "P")]);
    tui.wait_for("Welcome to Touchstone");
    assert!(tui.screen.lock().unwrap().screen().alternate_screen());
    assert!(
        tui.raw_text().contains("\x1b[?1049h"),
        "entered the alternate screen"
    );
    if let Some((icanon, echo)) = tui.cooked_flags() {
        assert!(
            !icanon && !echo,
            "raw mode while running: icanon {icanon}, echo {echo}"
        );
    }

    tui.send(b"P");
    let status = tui.wait_exit();
    assert!(
        !status.success(),
        "a panic must fail the process: {status:?}"
    );

    // The panic message arrives after the terminal is restored; wait for all of the
    // output (the message, then nothing more for 300 ms).
    let mut seen = (0, Instant::now());
    let printed = poll(TIMEOUT, || {
        let raw = tui.raw_text();
        if raw.len() != seen.0 {
            seen = (raw.len(), Instant::now());
        }
        raw.contains("test panic requested") && seen.1.elapsed() > Duration::from_millis(300)
    });
    let raw = tui.raw_text();
    assert!(printed, "no panic message in the output:\n{raw:?}");
    // Left before the message was printed, and not entered again afterwards.
    let entered = raw
        .rfind("\x1b[?1049h")
        .expect("entered the alternate screen");
    let message = raw.find("test panic requested").unwrap_or_default();
    let left = raw[entered..].find("\x1b[?1049l").map(|i| entered + i);
    assert!(
        left.is_some_and(|l| l < message),
        "the message went to the alternate screen:\n{raw:?}"
    );
    // Mouse capture is turned off too: a shell would print every click.
    let capture = raw.rfind("\x1b[?1000h").expect("mouse capture on");
    assert!(
        raw[capture..].contains("\x1b[?1000l"),
        "mouse capture left on after the panic:\n{raw:?}"
    );
    assert!(
        !tui.screen.lock().unwrap().screen().alternate_screen(),
        "still in the alternate screen:\n{}",
        tui.contents()
    );
    assert!(
        tui.contents().contains("test panic requested"),
        "{}",
        tui.contents()
    );
    if let Some((icanon, echo)) = tui.cooked_flags() {
        assert!(
            icanon && echo,
            "raw mode left on: icanon {icanon}, echo {echo}"
        );
    }
    // The shell goes on where the cursor is left: below the message. Leaving the
    // alternate screen a second time (CSI ?1049l restores the cursor saved on entry,
    // in xterm, tmux and vt100 alike) puts it back above the message, and the next
    // prompt and command output overwrite the panic message.
    let (row, _) = tui.screen.lock().unwrap().screen().cursor_position();
    let contents = tui.contents();
    let lines: Vec<&str> = contents.lines().collect();
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    assert!(
        last.is_some_and(|last| row as usize > last),
        "the cursor was left on row {row}, above the end of the panic message \
         (the shell prompt would overwrite it); leaves of the alternate screen: {}\n{contents}",
        raw.matches("\x1b[?1049l").count()
    );
}

#[test]
fn a_mouse_click_opens_an_assessment_and_capture_is_turned_off_at_exit() {
    let dir = TempDir::new().unwrap();
    for school in ["Lincoln Elementary", "Garfield Middle"] {
        cli(
            dir.path(),
            &["new", "--school", school, "--rubric", "cs-site-2017"],
        );
    }
    let mut tui = Tui::start(dir.path(), &[], &[]);
    tui.wait_for("Assessments (2 of 2)");
    assert!(
        tui.raw_text().contains("\x1b[?1000h") && tui.raw_text().contains("\x1b[?1006h"),
        "mouse capture (SGR reports) turned on"
    );
    // Newest first: Lincoln is the second row, not selected yet.
    let contents = tui.contents();
    let (row, line) = contents
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Lincoln Elementary"))
        .expect("Lincoln on the screen");
    let column = line[..line.find("Lincoln").unwrap()].chars().count();
    // SGR reports count from 1; button 0 is the left one, M pressed, m released.
    let click = format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        column + 1,
        row + 1,
        column + 1,
        row + 1
    );
    tui.send(click.as_bytes());
    // The first click selects (the pointer moves to Lincoln's row), the second opens.
    let selected = poll(TIMEOUT, || {
        tui.contents()
            .lines()
            .nth(row)
            .is_some_and(|l| l.contains('▸'))
    });
    assert!(selected, "the click did not select:\n{}", tui.contents());
    tui.send(click.as_bytes());
    tui.wait_for("not rated yet");
    tui.wait_for("Lincoln Elementary ·");
    tui.send(b"q");
    tui.wait_for("Assessments (2 of 2)");
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    // The reader may still be taking in the last bytes written before the exit.
    let turned_off = poll(TIMEOUT, || {
        let raw = tui.raw_text();
        let on = raw.rfind("\x1b[?1000h").expect("capture on");
        raw[on..].contains("\x1b[?1000l")
    });
    assert!(turned_off, "mouse capture left on at exit");
}

/// `touchstone demo` on a terminal shows how many schools are written as it goes; the
/// bar is cleared at the end. Through a pipe it says nothing on standard error.
#[test]
fn demo_shows_progress_on_a_terminal_and_stays_quiet_in_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &["demo", "--schools", "150"], &[]);
    // A debug build on a loaded machine takes its time: up to a minute.
    let mut status = None;
    poll(Duration::from_secs(60), || {
        status = tui.child.try_wait().expect("try_wait");
        status.is_some()
    });
    let status = status.unwrap_or_else(|| tui.wait_exit());
    assert!(status.success(), "{}", tui.raw_text());
    let raw = tui.raw_text();
    assert!(raw.contains(" of 150 schools written"), "{raw:?}");
    assert!(tui.contents().contains("Made "), "{}", tui.contents());

    let piped = tempfile::tempdir().unwrap();
    let mut cmd = assert_cmd::Command::new(bin());
    cmd.env_clear()
        .args(["demo", "--schools", "50"])
        .timeout(TIMEOUT);
    for (k, v) in isolated_env(piped.path()) {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run touchstone");
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Made "));
}
