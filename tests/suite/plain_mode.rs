//! Plain mode (`--plain`, `TOUCHSTONE_PLAIN=1`, `NAME+plain@` over SSH): the real
//! binary driven through pipes as a screen-reader user or a script would, read back
//! as a transcript. Other people's changes come from a `Store` in this process (another
//! connection to the same database, as another terminal would be).
//!
//! Every wait is bounded and children are killed when a test fails.

use crate::common::{self, Env};
use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use touchstone::rubric::Choice;
use touchstone::store::{Base, Edit, LiveSession, Store};

pub(crate) const WAIT: Duration = Duration::from_secs(15);

/// No byte of plain mode's output may start an escape sequence.
pub(crate) fn assert_no_escapes(text: &str) {
    assert!(
        !text.contains('\x1b'),
        "an escape sequence in plain output:\n{text}"
    );
}

/// The binary with its standard input and output as pipes, read as it goes.
pub(crate) struct Piped {
    child: Child,
    stdin: Option<ChildStdin>,
    out: Arc<Mutex<String>>,
}

impl Piped {
    pub(crate) fn start(env: &Env, args: &[&str]) -> Piped {
        let mut child = Command::new(env!("CARGO_BIN_EXE_touchstone"))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", env.dir.path())
            .env("XDG_CONFIG_HOME", env.path("config"))
            .env("XDG_DATA_HOME", env.path("data"))
            .env("TOUCHSTONE_DB", env.db())
            .env("TOUCHSTONE_USER", "tester")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn touchstone");
        let mut stdout = child.stdout.take().expect("stdout");
        let out = Arc::new(Mutex::new(String::new()));
        let out2 = Arc::clone(&out);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                out2.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Piped {
            stdin: child.stdin.take(),
            child,
            out,
        }
    }

    pub(crate) fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(line.as_bytes()).expect("write");
        stdin.write_all(b"\n").expect("write");
        stdin.flush().expect("flush");
    }

    pub(crate) fn text(&self) -> String {
        self.out.lock().unwrap().clone()
    }

    /// Waits until the output holds `needle` `times` times in all.
    fn wait_count(&self, needle: &str, times: usize) {
        let start = Instant::now();
        while self.text().matches(needle).count() < times {
            if start.elapsed() > WAIT {
                panic!(
                    "timed out waiting for {needle:?} ({times}x); the output:\n{}",
                    self.text()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub(crate) fn wait_for(&self, needle: &str) {
        self.wait_count(needle, 1);
    }

    /// Ends the input and waits (bounded) for a clean exit; returns everything said.
    pub(crate) fn finish(mut self) -> String {
        drop(self.stdin.take());
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                assert!(status.success(), "exit {status:?}:\n{}", self.text());
                break;
            }
            assert!(start.elapsed() < WAIT, "did not exit:\n{}", self.text());
            std::thread::sleep(Duration::from_millis(20));
        }
        // The reader thread may still be copying the last bytes.
        std::thread::sleep(Duration::from_millis(100));
        self.text()
    }
}

impl Drop for Piped {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A line of the output that starts with `prefix`.
pub(crate) fn line_with<'a>(text: &'a str, prefix: &str) -> &'a str {
    text.lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in:\n{text}"))
}

/// Standard output of a plain-mode run of `cmd` given `script` as its input, checked
/// to end in success and to hold no escape byte.
pub(crate) fn transcript(cmd: &mut assert_cmd::Command, script: &str) -> String {
    let out = cmd.write_stdin(script).timeout(WAIT).output().expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(out.status.success(), "{text}");
    assert_no_escapes(&text);
    text
}

#[test]
fn a_transcript_assesses_hears_levels_rates_writes_and_hears_the_summary() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let script = "help\nlist\nopen 1\nhelp\n3\nnote Roles are written; decisions still informal\n\
                  evidence Team charter, March 2026\nevidence\nunrated\nna\nprevious\n9\nfrobnicate\nsummary\nback\nquit\n";
    let text = transcript(env.cmd().arg("--plain"), script);
    // Help at the list, then the list itself.
    assert!(
        text.contains("At the list of assessments you can type:"),
        "{text}"
    );
    assert!(
        text.contains(
            "1. Lincoln Elementary, 2026-11-02, cs-site-2017 version 1, draft: 0 of 61 rated"
        ),
        "{text}"
    );
    // The indicator with its guidance and every level as a numbered list.
    assert!(text.contains("Indicator cl-1, 1 of 6 in standard 1 of 10: Collaborative Leadership."));
    assert!(text.contains("cl-1 reads: A site leadership team"));
    assert!(text.contains("Guidance for cl-1: Evidence:"));
    assert!(text.contains("1. Not yet: There is no shared team"));
    assert!(text.contains("4. Fully implementing: "));
    assert!(text.contains("na. N/A: cl-1 does not apply here."));
    assert!(text.contains("On an assessment you can type:"));
    assert!(text.contains("Saved: cl-1 rated Developing, level 3. 1 of 61 indicators rated."));
    assert!(text.contains("Saved: note on cl-1."));
    assert!(text.contains("Saved: evidence on cl-1, now 1 item."));
    assert!(text.contains("Evidence 1 on cl-1: Team charter, March 2026"));
    // Next unrated is cl-2; N/A there.
    assert!(text.contains("Indicator cl-2, 2 of 6"));
    assert!(text.contains("Saved: cl-2 rated N/A. 2 of 61 indicators rated."));
    // Previous goes back and reads the rating, note and evidence out.
    assert!(text.contains("cl-1 is rated Developing, level 3."));
    assert!(text.contains("Note on cl-1: Roles are written; decisions still informal"));
    // A level the rubric does not have, and a word it does not know: one line each.
    assert!(text.contains("This rubric has 4 levels: type 1 to 4, or na for N/A."));
    assert!(text.contains(
        "frobnicate is not something to type on an assessment. Type help for what you can type now."
    ));
    assert!(text.contains("Goodbye. Everything is saved."));

    // The figures heard are the report's.
    let report = env.json(&["report", &id, "--format", "json"]);
    let standards = &report["standards"];
    let indicators = &report["indicators"];
    let said = |f: &serde_json::Value| {
        format!(
            "{:.1}%, {} of {}",
            f["percent"].as_f64().expect("percent"),
            f["numerator"],
            f["denominator"]
        )
    };
    assert_eq!(
        line_with(&text, "Standards fully implemented: "),
        format!("Standards fully implemented: {}.", said(standards))
    );
    assert_eq!(
        line_with(&text, "Indicators at the full level: "),
        format!("Indicators at the full level: {}.", said(indicators))
    );
    assert!(text.contains(
        "Summary of Lincoln Elementary, 2026-11-02: 2 of 61 indicators rated, 59 unrated."
    ));

    // And it is all in the database, as the screens would have saved it.
    let store = Store::open(&env.db()).expect("open");
    let a = store.load(&id).expect("load");
    assert_eq!(a.entries[0].choice, Some(Choice::Level(2)));
    assert_eq!(
        a.entries[0].note,
        "Roles are written; decisions still informal"
    );
    assert_eq!(
        a.entries[0].evidence,
        vec!["Team charter, March 2026".to_string()]
    );
    assert_eq!(a.entries[1].choice, Some(Choice::NotApplicable));
    let events = store.events(&id).expect("events");
    assert!(events.iter().all(|e| e.actor == "tester"), "{events:?}");
}

#[test]
fn the_environment_asks_for_plain_mode_and_end_of_input_ends_it_cleanly() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let text = transcript(
        env.cmd()
            .env("TOUCHSTONE_PLAIN", "1")
            .args(["assess", &id[..8]]),
        "4\n",
    );
    assert!(text.contains("Opened Lincoln Elementary"), "{text}");
    assert!(text.contains("Saved: cl-1 rated Fully implementing, level 4."));
    assert!(
        text.ends_with("End of input. Everything is saved. Goodbye.\n"),
        "{text}"
    );
    // Typed text goes through the text policy: a control character is refused.
    let out = env
        .cmd()
        .args(["--plain", "assess", &id])
        .write_stdin("note bad\x07bell\nnote\n")
        .timeout(WAIT)
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("Not saved: The note contains the control character U+0007"),
        "{text}"
    );
    // Reopened at the first unrated indicator, cl-2, with nothing written.
    assert!(text.contains("cl-2 has no note."), "{text}");
}

/// Issue 20, item 14: `evidence TEXT` appends one item (one row, the item alone in the
/// log, where it used to log the whole list twice) and stops at 500 items an
/// indicator with a clear refusal that writes nothing.
#[test]
fn adding_evidence_logs_the_item_alone_and_stops_at_500() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let planted: Vec<String> = (0..498).map(|n| format!("attendance sheet {n}")).collect();
    Store::open(&env.db())
        .expect("open")
        .set_evidence(&id, "cl-1", &planted, "coach")
        .expect("498 items");
    let text = transcript(
        env.cmd().args(["--plain", "assess", &id]),
        "evidence minutes of March\nevidence minutes of April\nevidence one too many\n",
    );
    assert!(text.contains("evidence on cl-1, now 499"), "{text}");
    assert!(text.contains("evidence on cl-1, now 500"), "{text}");
    assert!(
        text.contains(
            "not saved: cl-1 would have 501 evidence items, and one indicator holds at most 500"
        ),
        "{text}"
    );
    let store = Store::open(&env.db()).expect("open");
    let a = store.load(&id).expect("load");
    assert_eq!(a.entries[0].evidence.len(), 500);
    assert_eq!(a.entries[0].evidence[499], "minutes of April");
    // The two adds logged their items and nothing else.
    let conn = rusqlite::Connection::open(env.db()).expect("open");
    let logged: Vec<(Option<String>, Option<String>, Option<String>)> = conn
        .prepare(
            "SELECT old_evidence, new_evidence, evidence_added FROM rating_events
             WHERE indicator_id = 'cl-1' ORDER BY id DESC LIMIT 2",
        )
        .expect("query")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(
        logged,
        vec![
            (None, None, Some("minutes of April".to_string())),
            (None, None, Some("minutes of March".to_string())),
        ]
    );
}

#[test]
fn a_note_saved_meanwhile_by_someone_else_is_announced_not_overwritten() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut other = Store::open(&env.db()).expect("open");
    let bo = |text: &str| Edit {
        note: Some(text.into()),
        ..Edit::default()
    };
    other
        .save_entry(&id, "cl-1", Base::Latest, &bo("Bo's first note"), "Bo Chen")
        .expect("save");
    let mut plain = Piped::start(&env, &["--plain", "assess", &id]);
    plain.wait_for("Type a number to rate cl-1");
    // Replacing a note asks first; another process saves a note meanwhile.
    plain.send("note Ana's note");
    plain.wait_for("Replace the note on cl-1 with yours?");
    other
        .save_entry(
            &id,
            "cl-1",
            Base::Latest,
            &bo("Bo's note from the meeting"),
            "Bo Chen",
        )
        .expect("save");
    plain.send("yes");
    plain.wait_for("Not saved: Bo Chen changed cl-1 at ");
    plain.wait_for("Their note on cl-1: Bo's note from the meeting");
    let note = |s: &Store| s.load(&id).expect("load").entries[0].note.clone();
    assert_eq!(note(&other), "Bo's note from the meeting");
    // Typed again, knowing theirs: asked, and saved.
    plain.send("note Ana's note");
    plain.wait_for("cl-1 already has a note: Bo's note from the meeting");
    plain.send("yes");
    plain.wait_for("Saved: note on cl-1.");
    assert_eq!(note(&other), "Ana's note");
    // A rating by someone else is announced in one line, without a command.
    other
        .save_entry(
            &id,
            "cl-1",
            Base::Latest,
            &Edit {
                level: Some(Some("emerging".into())),
                ..Edit::default()
            },
            "Bo Chen",
        )
        .expect("rate");
    plain.wait_for("Changed by Bo Chen: cl-1, rating now Emerging, level 2. Type read to hear it.");
    let text = plain.finish();
    assert_no_escapes(&text);
}

/// Dana's store and the baseline-check session she started on assessment `id`.
pub(crate) fn dana_starts(env: &Env, id: &str) -> (Store, LiveSession) {
    let mut facilitator = Store::open(&env.db()).expect("open");
    let live = common::start_baseline(&mut facilitator, id);
    (facilitator, live)
}

/// Dana records Developing (level 3) on pl-2 after the reveal of two votes.
pub(crate) fn decide_pl2(facilitator: &mut Store, session_id: &str, id: &str) {
    let now = facilitator.live_session(session_id).expect("live");
    let assessment = facilitator.load(id).expect("load");
    facilitator
        .decide(
            &now,
            &assessment,
            "pl-2",
            Choice::Level(2),
            Some(Choice::Level(2)),
            Some(1),
            2,
            "Dana",
        )
        .expect("decide");
}

#[test]
fn a_plain_participant_follows_the_facilitator_votes_and_hears_the_reveal_and_decision() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let (mut facilitator, live) = dana_starts(&env, &id);
    let mut ana = Piped::start(
        &env,
        &["--plain", "session", "join", &live.code, "--name", "Ana"],
    );
    ana.wait_for(&format!(
        "Joined session {} on Lincoln Elementary",
        live.code
    ));
    ana.wait_for("Waiting for the facilitator to bring up an indicator.");
    ana.send("help");
    ana.wait_for("In a session you can type:");
    ana.send("zap");
    ana.wait_for("zap is not something to type on a session. Type help");
    // One seat per name: a second plain Ana is turned away.
    let again = env
        .cmd()
        .args(["--plain", "session", "join", &live.code, "--name", "Ana"])
        .write_stdin("")
        .timeout(WAIT)
        .output()
        .expect("run");
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("Ana is already taking part"),
        "{again:?}"
    );

    // The facilitator brings up an indicator: heard without typing anything.
    facilitator
        .discuss(&live.id, Some("pl-2"))
        .expect("discuss");
    ana.wait_for("The facilitator brought up a new indicator.");
    ana.wait_for("Now discussing pl-2, round 1, in Welcome and purpose.");
    ana.wait_for("Levels for pl-2, type the number to choose:");
    ana.wait_for("na. N/A: pl-2 does not apply here.");
    // A comment typed before the vote is kept and goes with it.
    ana.send("comment Goals yes");
    ana.wait_for("Comment kept: it goes with your vote on pl-2 when you vote.");
    ana.send("3");
    ana.wait_for("Your vote on pl-2: Developing, level 3. It stays private until the reveal");
    ana.wait_for("Comment saved with your vote on pl-2.");
    let mine = facilitator.votes(&live.id, "pl-2", 1).expect("votes");
    assert_eq!(mine[0].comment, "Goals yes");
    // A comment after the vote replaces it.
    ana.send("comment Goals yes, owners not yet");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while facilitator.votes(&live.id, "pl-2", 1).expect("votes")[0].comment
        != "Goals yes, owners not yet"
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the comment was not saved"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // Bo votes from another terminal; Ana hears nothing of it before the reveal.
    facilitator.join_session(&live.id, "Bo").expect("join");
    let now = facilitator.live_session(&live.id).expect("live");
    facilitator.vote(&now, "Bo", "full", "").expect("vote");
    ana.send("status");
    ana.wait_for(
        "pl-2, round 1; 2 of 2 people voted; your vote Developing, level 3; votes hidden.",
    );
    assert!(!ana.text().contains("Bo voted"));
    // Joining while an indicator is up: it is read out as what is on now.
    let cy = Piped::start(
        &env,
        &["--plain", "session", "join", &live.code, "--name", "Cy"],
    );
    cy.wait_for("Vote on pl-2 with a level number, or na.");
    assert!(
        cy.text()
            .contains("Now discussing pl-2, round 1, in Welcome and purpose.")
    );
    assert!(!cy.text().contains("brought up a new indicator"));

    facilitator.reveal(&live.id).expect("reveal");
    ana.wait_for("Votes on pl-2 revealed, 2 votes: Not yet 0, Emerging 0, Developing 1, Fully implementing 1, N/A 0.");
    // The secret ballot: the comment with its level, nobody's name.
    ana.wait_for("A comment with a vote for Developing, level 3: Goals yes, owners not yet");
    assert!(!ana.text().contains(" voted ") && !ana.text().contains("Comment by"));
    decide_pl2(&mut facilitator, &live.id, &id);
    ana.wait_for(
        "Decision on pl-2: Developing, level 3, recorded by the facilitator from 2 votes.",
    );
    // A pause is said when it starts and when it ends, as the wall shows it.
    let role = touchstone::session::Role::Facilitator;
    let at = touchstone::assessment::now().as_second();
    touchstone::ops::session::toggle_pause(&mut facilitator, &role, &live.id, at).expect("pause");
    ana.wait_for("The session is paused.");
    touchstone::ops::session::toggle_pause(&mut facilitator, &role, &live.id, at + 5)
        .expect("resume");
    ana.wait_for("The session goes on.");
    facilitator.end_session(&live.id).expect("end");
    ana.wait_for("The session has ended. Thank you; your votes are kept.");
    cy.wait_for("Votes on pl-2 revealed, 2 votes");
    assert_no_escapes(&cy.finish());
    let text = ana.finish();
    assert_no_escapes(&text);
    // The vote is in the session record, without its voter once the session ended.
    let votes = facilitator.votes(&live.id, "pl-2", 1).expect("votes");
    assert!(votes.iter().any(|v| v.level == "developing"));
    assert!(votes.iter().all(|v| v.participant.is_none()), "{votes:?}");
}

#[test]
fn an_unknown_indicator_gets_did_you_mean() {
    let env = Env::new();
    env.new_assessment("Lincoln Elementary");
    let text = transcript(env.cmd().arg("--plain"), "open 1\ngo cl1\ngo zz-9\nquit\n");
    assert!(
        text.contains("There is no indicator cl1; did you mean cl-1? Type go cl-1."),
        "{text}"
    );
    assert!(
        text.contains("There is no indicator zz-9; type go"),
        "{text}"
    );
}

#[test]
fn help_and_hints_at_the_list() {
    let env = Env::new();
    let text = transcript(
        env.cmd().arg("--plain"),
        "3\nopen nothing-here\nopen 1\njoin ZZZZZZ Ana\nhelp\n",
    );
    assert!(
        text.contains("number is not something to type on the list of assessments."),
        "{text}"
    );
    assert!(
        text.contains("Type list to hear the assessments."),
        "{text}"
    );
    assert!(
        text.contains("There are no assessments to open yet."),
        "{text}"
    );
    assert!(text.contains("Cannot join: "), "{text}");
    assert!(
        text.contains("join, the session code and your name"),
        "{text}"
    );
    // Without --plain, a pipe gets a pointer to plain mode.
    let out = env.cmd().write_stdin("list\n").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("plain mode (`touchstone --plain`)"));
}

/// `--plain session start` leads the session in plain mode (issue 24 item 6; it used
/// to say facilitating needs the screens); a plan that does not exist is refused with
/// exit 2 and nothing started.
#[test]
fn the_command_line_starts_plain_facilitation() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let out = env
        .cmd()
        .args([
            "--plain",
            "session",
            "start",
            "no-such-plan",
            "--assessment",
            &id,
        ])
        .write_stdin("")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no session plan \"no-such-plan\""),
        "{out:?}"
    );
    let store = Store::open(&env.db()).expect("open");
    assert_eq!(store.running_session_of(None).expect("running"), None);
    let text = transcript(
        env.cmd().args([
            "--plain",
            "session",
            "start",
            "baseline-check",
            "--assessment",
            &id,
        ]),
        "next\nend\nyes\nquit\n",
    );
    assert!(
        text.contains("started on Lincoln Elementary. You lead it."),
        "{text}"
    );
    assert!(
        text.contains("Now discussing cl-1, round 1, in Rate the three criteria."),
        "{text}"
    );
    assert!(
        text.contains("Session ended; its minutes: touchstone session minutes"),
        "{text}"
    );
}

/// Plain mode in a real terminal: a prompt, the terminal's own echo, and a change made
/// by another process announced while the user types nothing.
#[test]
fn in_a_terminal_a_change_by_another_process_is_announced_without_input() {
    use portable_pty::{CommandBuilder, PtySize};
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let pair = portable_pty::native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_touchstone"));
    cmd.args(["--plain", "assess", &id]);
    cmd.cwd(env.dir.path());
    cmd.env_clear();
    cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd.env("HOME", env.dir.path());
    cmd.env("XDG_CONFIG_HOME", env.path("config"));
    cmd.env("XDG_DATA_HOME", env.path("data"));
    cmd.env("TOUCHSTONE_DB", env.db());
    cmd.env("TOUCHSTONE_USER", "tester");
    cmd.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let mut writer = pair.master.take_writer().expect("writer");
    let raw = Arc::new(Mutex::new(Vec::<u8>::new()));
    let raw2 = Arc::clone(&raw);
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            raw2.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let text = || String::from_utf8_lossy(&raw.lock().unwrap()).into_owned();
    let wait_for = |needle: &str| {
        let start = Instant::now();
        while !text().contains(needle) {
            if start.elapsed() > WAIT {
                panic!("timed out waiting for {needle:?}; the output:\n{}", text());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    wait_for("Type a number to rate cl-1");
    wait_for("assess> ");
    // Someone else rates cl-1; nothing is typed here.
    let mut other = Store::open(&env.db()).expect("open");
    other
        .save_entry(
            &id,
            "cl-1",
            Base::Latest,
            &Edit {
                level: Some(Some("developing".into())),
                ..Edit::default()
            },
            "Bo Chen",
        )
        .expect("rate");
    wait_for("Changed by Bo Chen: cl-1, rating now Developing, level 3. Type read to hear it.");
    writer.write_all(b"4\r").expect("type");
    writer.flush().expect("flush");
    wait_for("Not saved: Bo Chen changed cl-1 at ");
    writer.write_all(b"4\rquit\r").expect("type");
    writer.flush().expect("flush");
    wait_for("Goodbye. Everything is saved.");
    let start = Instant::now();
    while child.try_wait().expect("try_wait").is_none() {
        if start.elapsed() > WAIT {
            let _ = child.kill();
            panic!("did not exit:\n{}", text());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_no_escapes(&text());
    let a = other.load(&id).expect("load");
    assert_eq!(a.entries[0].choice, Some(Choice::Level(3)));
}

/// Over SSH, `NAME+plain` gets plain mode: with a pty (keys echoed by the server,
/// backspace handled, no escape sequence) and without one (`ssh -T`, lines whole).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_ssh_name_plus_plain_gets_plain_mode() {
    use crate::serve::Server;
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana+plain").await;
    term.wait_for("Touchstone, plain mode.").await;
    term.send(b"list\r").await;
    term.wait_for("1. Lincoln Elementary, 2026-11-02").await;
    term.send(b"open 1\r").await;
    term.wait_for("Type a number to rate cl-1").await;
    // A typo, rubbed out, then Enter.
    term.send(b"2\x7f3\r").await;
    term.wait_for("Saved: cl-1 rated Developing, level 3.")
        .await;
    term.send(b"quit\r").await;
    let all = term.read_to_close(super::serve::WAIT).await;
    assert!(all.contains("Goodbye. Everything is saved."), "{all:?}");
    assert!(!all.contains('\x1b'), "{all:?}");
    let store = Store::open(&server.db()).expect("open");
    let a = store.load(&id).expect("load");
    assert_eq!(a.entries[0].choice, Some(Choice::Level(2)));
    // Who rated it is the login name without +plain.
    let events = store.events(&id).expect("events");
    assert_eq!(events.last().expect("an event").actor, "ana");

    // Without a pty: lines in, lines out.
    let handle = server.connect().await;
    let mut handle = handle;
    let ok = handle
        .authenticate_publickey(
            "bo+plain",
            russh::keys::PrivateKeyWithHashAlg::new(server.key.clone(), None),
        )
        .await
        .expect("auth runs");
    assert!(ok.success());
    let mut channel = handle.channel_open_session().await.expect("channel");
    channel.request_shell(true).await.expect("shell");
    channel
        .data_bytes(b"open 1\nsummary\nquit\n".to_vec())
        .await
        .expect("send");
    let mut got = Vec::new();
    let deadline = Instant::now() + WAIT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(
            !left.is_zero(),
            "no close; got {:?}",
            String::from_utf8_lossy(&got)
        );
        match tokio::time::timeout(left, channel.wait()).await {
            Ok(Some(russh::ChannelMsg::Data { data })) => got.extend_from_slice(&data),
            Ok(Some(russh::ChannelMsg::Close | russh::ChannelMsg::Eof)) | Ok(None) => break,
            _ => {}
        }
    }
    let got = String::from_utf8_lossy(&got);
    assert!(got.contains("Summary of Lincoln Elementary"), "{got}");
    assert!(got.contains("Goodbye."), "{got}");
    assert!(!got.contains('\x1b') && !got.contains('\r'), "{got:?}");
    server.stop().await;
}

/// `CODE.NAME+plain` joins the running session in plain mode; `viewer+plain` hears
/// but cannot change.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_ssh_a_plain_participant_votes_and_a_plain_viewer_only_listens() {
    use crate::serve::Server;
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let (code, session_id) = {
        let mut store = Store::open(&server.db()).expect("open");
        let live = crate::common::start_baseline(&mut store, &id);
        (live.code, live.id)
    };
    let mut ana = server.shell(&format!("{code}.Ana+plain")).await;
    ana.wait_for("as Ana. Facilitator: Dana.").await;
    Store::open(&server.db())
        .expect("open")
        .discuss(&session_id, Some("cl-3"))
        .expect("discuss");
    ana.wait_for("Now discussing cl-3, round 1, in Welcome and purpose.")
        .await;
    ana.send(b"2\r").await;
    ana.wait_for("Your vote on cl-3: Emerging, level 2.").await;
    ana.send(b"leave\r").await;
    ana.wait_for("You left the session.").await;
    assert!(
        !ana.raw.contains(&0x1b),
        "{:?}",
        String::from_utf8_lossy(&ana.raw)
    );
    let votes = Store::open(&server.db())
        .expect("open")
        .votes(&session_id, "cl-3", 1)
        .expect("votes");
    assert_eq!(votes.len(), 1);
    assert_eq!(
        (votes[0].participant.as_deref(), votes[0].level.as_str()),
        (Some("Ana"), "emerging")
    );

    let mut wall = server.shell("viewer+plain").await;
    wall.wait_for("This login is read only").await;
    // The viewer follows the running session; back leaves it for the list.
    wall.wait_for("You follow it as a viewer").await;
    wall.send(b"back\r").await;
    wall.wait_for("You stopped following this session").await;
    wall.send(b"open 1\r").await;
    wall.wait_for("Type a number to rate cl-1").await;
    wall.send(b"4\r").await;
    wall.wait_for("This login is read only: nothing can be changed.")
        .await;
    let a = Store::open(&server.db())
        .expect("open")
        .load(&id)
        .expect("load");
    assert!(a.entries.iter().all(|e| e.choice.is_none()));
    server.stop().await;
}

/// A whole standard assessed with notes through a pipe: the figures heard are the
/// report's, standard by standard.
#[test]
fn a_whole_standard_with_notes_gives_the_reports_figures() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut script = String::from("open 1\n");
    // Standard 1 of version 1 has six indicators: five at the full level, one N/A.
    for n in 1..=6 {
        script.push_str(if n == 4 { "na\n" } else { "4\n" });
        script.push_str(&format!("note Seen in the minutes, item {n}\n"));
        script.push_str("unrated\n");
    }
    script.push_str("2\nsummary\n");
    let text = transcript(env.cmd().arg("--plain"), &script);
    assert_eq!(text.matches("Saved: note on cl-").count(), 6, "{text}");
    let report = env.json(&["report", &id, "--format", "json"]);
    let said = |f: &serde_json::Value| {
        format!(
            "{:.1}%, {} of {}",
            f["percent"].as_f64().expect("percent"),
            f["numerator"],
            f["denominator"]
        )
    };
    assert_eq!(
        line_with(&text, "Standards fully implemented: "),
        format!(
            "Standards fully implemented: {}.",
            said(&report["standards"])
        )
    );
    assert_eq!(
        line_with(&text, "Indicators at the full level: "),
        format!(
            "Indicators at the full level: {}.",
            said(&report["indicators"])
        )
    );
    for (n, s) in report["by_standard"]
        .as_array()
        .expect("standards")
        .iter()
        .enumerate()
    {
        let line = line_with(&text, &format!("Standard {}, ", n + 1));
        let state = if s["fully_implemented"].as_bool() == Some(true) {
            "fully implemented"
        } else {
            "not fully implemented"
        };
        assert!(line.contains(state), "{line} vs {s}");
        assert!(
            line.contains(&format!("full level {};", said(&s["indicators"]))),
            "{line} vs {s}"
        );
        if let Some(mean) = s["mean_score"].as_f64() {
            assert!(line.contains(&format!("mean {mean:.2}")), "{line} vs {s}");
        }
    }
    assert!(text.contains("Standard 1, Collaborative Leadership: fully implemented; full level 100.0%, 5 of 5; mean 4.00; 0 unrated."), "{text}");
    let notes: Vec<String> = report["by_standard"][0]["ratings"]
        .as_array()
        .expect("ratings")
        .iter()
        .map(|r| r["note"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(notes[5], "Seen in the minutes, item 6");
}

/// A session run by a facilitator in the screens (the real `App`, driven by keys),
/// with one participant in the screens and one in plain mode: the plain participant
/// hears what the screens show, and the votes, reveal and decision agree for all.
#[test]
fn a_facilitator_in_the_screens_and_a_plain_participant_agree() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use touchstone::tui::App;
    use touchstone::tui::app::SessionRole;
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut store = Store::open(&env.db()).expect("open");
    let live = crate::common::start_baseline(&mut store, &id);
    let app = |actor: &str, role: SessionRole| common::session_app(&env.db(), actor, role);
    let press =
        |app: &mut App, code: KeyCode| app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    let mut dana = app(
        "Dana",
        SessionRole::Facilitate {
            session_id: live.id.clone(),
        },
    );
    let mut bo = app(
        "Bo",
        SessionRole::Participate {
            session_id: live.id.clone(),
            name: "Bo".into(),
        },
    );
    let mut ana = Piped::start(
        &env,
        &["--plain", "session", "join", &live.code, "--name", "Ana"],
    );
    ana.wait_for("Waiting for the facilitator");
    // The facilitator moves on to rating: cl-1 comes up.
    press(&mut dana, KeyCode::Char('>'));
    // The announcement names the segment (issue 24 item 6), and the segment is told.
    ana.wait_for("Segment 2 of 5: Rate the three criteria, 20 minutes.");
    ana.wait_for("Now discussing cl-1, round 1, in Rate the three criteria.");
    ana.wait_for("na. N/A: cl-1 does not apply here.");
    ana.send("2");
    ana.wait_for("Your vote on cl-1: Emerging, level 2.");
    bo.tick();
    press(&mut bo, KeyCode::Char('2'));
    dana.tick();
    press(&mut dana, KeyCode::Char('v'));
    ana.wait_for("Votes on cl-1 revealed, 2 votes: Not yet 0, Emerging 2, Developing 0, Fully implementing 0, N/A 0.");
    ana.wait_for("Suggested consensus on cl-1, the median: Emerging, level 2; spread 0 levels.");
    dana.tick();
    press(&mut dana, KeyCode::Enter);
    ana.wait_for("Decision on cl-1: Emerging, level 2, recorded by the facilitator from 2 votes.");
    // What everyone's record says: the decision is the assessment's rating.
    let a = Store::open(&env.db())
        .expect("open")
        .load(&id)
        .expect("load");
    assert_eq!(a.entries[0].choice, Some(Choice::Level(1)));
    let votes = store.votes(&live.id, "cl-1", 1).expect("votes");
    let pairs: Vec<(Option<&str>, &str)> = votes
        .iter()
        .map(|v| (v.participant.as_deref(), v.level.as_str()))
        .collect();
    // The round is still up (a comment can still be added): the names are kept.
    assert_eq!(pairs, [(Some("Ana"), "emerging"), (Some("Bo"), "emerging")]);
    let text = ana.finish();
    assert_no_escapes(&text);
}

/// Plain mode over SSH keeps the server's idle timeout, and says why it closes.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_ssh_an_idle_plain_connection_is_closed_with_a_word() {
    use crate::serve::Server;
    let server = Server::start_with(|c| c.idle_timeout = Duration::from_secs(2)).await;
    let mut term = server.shell("ana+plain").await;
    term.wait_for("Touchstone, plain mode.").await;
    let all = term.read_to_close(Duration::from_secs(10)).await;
    assert!(all.contains("without a key press"), "{all:?}");
    assert!(!all.contains('\x1b'), "{all:?}");
    server.stop().await;
}

/// Opens pre-rating on a new assessment of the newest site rubric the way a
/// facilitator does (`session prerate open`); returns the assessment id and the code.
pub(crate) fn prerating_opened(env: &Env) -> (String, String) {
    let id = env.new_dated("Lincoln Elementary", "2026-11-02");
    let out = env.ok(&["session", "prerate", "open", "--assessment", &id]);
    let code = out
        .lines()
        .next()
        .and_then(|l| l.rsplit("code ").next())
        .expect("a code")
        .trim_end_matches('.')
        .to_string();
    (id, code)
}

/// A member pre-rates alone in plain mode before the workshop: hears each indicator,
/// rates by number, comments, moves, hears their own pre-ratings and nobody else's;
/// what is saved is what `session prerate mine` shows.
#[test]
fn a_plain_member_pre_rates_alone_before_the_workshop() {
    let env = Env::new();
    let (_, code) = prerating_opened(&env);
    // Bo pre-rated already; Ana must never hear his level.
    env.ok(&[
        "session", "prerate", "rate", &code, "--name", "Bo", "cl-1", "4",
    ]);
    let script =
        "help\n3\nprevious\ncomment Roles are clear\nnext\nna\nsummary\nstatus\nzap\nleave\n";
    let out = env
        .cmd()
        .args(["--plain", "session", "join", &code, "--name", "Ana"])
        .write_stdin(script)
        .timeout(WAIT)
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_no_escapes(&text);
    let joined = line_with(
        &text,
        &format!("Joined session {code} on Lincoln Elementary, "),
    );
    assert!(
        joined.ends_with(", as Ana, to pre-rate: rate each indicator alone before the workshop. Nobody else sees your pre-ratings before the reveal."),
        "{joined}"
    );
    assert!(text.contains("You have pre-rated 0 of "), "{text}");
    assert!(text.contains("Indicator cl-1, 1 of "), "{text}");
    assert!(text.contains("You have not pre-rated cl-1 yet."), "{text}");
    assert!(text.contains("Type a number to pre-rate cl-1, na for N/A, next, unrated, or help."));
    assert!(text.contains("While pre-rating you can type:"), "{text}");
    assert!(
        text.contains(
            "Pre-rated cl-1: Developing, level 3. Nobody else sees it before the reveal. 1 of "
        ),
        "{text}"
    );
    // Rating moves on to the next indicator not pre-rated; previous comes back.
    assert!(text.contains("Indicator cl-2, 2 of "), "{text}");
    assert!(
        text.contains("Your pre-rating of cl-1: Developing, level 3."),
        "{text}"
    );
    assert!(
        text.contains("Comment saved with your pre-rating of cl-1."),
        "{text}"
    );
    assert!(text.contains("Pre-rated cl-2: N/A. Nobody else sees it before the reveal. 2 of "));
    assert!(text.contains("Your pre-ratings, 2 of "), "{text}");
    assert!(
        text.contains("Your comment on cl-1: Roles are clear"),
        "{text}"
    );
    assert!(text.contains("Your pre-rating of cl-2: N/A."), "{text}");
    assert!(
        text.contains(&format!(
            "Session {code} is open for pre-rating: you have pre-rated 2 of "
        )),
        "{text}"
    );
    assert!(text.contains("2 people taking part."), "{text}");
    assert!(
        text.contains("zap is not something to type while pre-rating."),
        "{text}"
    );
    assert!(text.contains("You left. Your pre-ratings stay; join again to go on."));
    // Nothing of Bo's: not his name, not his level.
    assert!(!text.contains("Bo"), "{text}");
    // Saved through the same store call as the screens and the command.
    let mine = env.ok(&["session", "prerate", "mine", &code, "--name", "Ana"]);
    assert!(mine.contains("Ana: 2 of "), "{mine}");
    assert!(
        mine.contains("cl-1     Developing · Roles are clear"),
        "{mine}"
    );
    assert!(mine.contains("cl-2     N/A"), "{mine}");
    // Joining again goes on where Ana left off: the first indicator she has not rated.
    let out = env
        .cmd()
        .args(["--plain", "session", "join", &code, "--name", "Ana"])
        .write_stdin("")
        .timeout(WAIT)
        .output()
        .expect("run");
    let again = String::from_utf8(out.stdout).expect("utf-8");
    assert!(again.contains("You have pre-rated 2 of "), "{again}");
    assert!(again.contains("Type a number to pre-rate cl-3,"), "{again}");
}

/// Pre-rating closes while the member listens: they hear that the room meets, then
/// follow the facilitator, and their pre-rating counts at the first reveal.
#[test]
fn a_plain_member_hears_pre_rating_close_and_their_pre_rating_count_at_the_reveal() {
    let env = Env::new();
    let (_, code) = prerating_opened(&env);
    let mut ana = Piped::start(
        &env,
        &["--plain", "session", "join", &code, "--name", "Ana"],
    );
    ana.wait_for("Type a number to pre-rate cl-1");
    ana.send("2");
    ana.wait_for("Pre-rated cl-1: Emerging, level 2.");
    env.ok(&["session", "prerate", "close", &code]);
    ana.wait_for("Pre-rating has closed and the room meets now");
    // The facilitator brings cl-1 up and reveals: Ana's pre-rating stands in.
    let mut facilitator = Store::open(&env.db()).expect("open");
    let session = facilitator.find_session(&code).expect("session");
    facilitator
        .discuss(&session, Some("cl-1"))
        .expect("discuss");
    ana.wait_for("Now discussing cl-1, round 1, in ");
    facilitator.reveal(&session).expect("reveal");
    ana.wait_for("Votes on cl-1 revealed, 1 vote (1 pre-rating): Not yet 0, Emerging 1,");
    ana.send("leave");
    ana.wait_for("You left the session.");
    assert_no_escapes(&ana.finish());
}

/// Over SSH, `CODE.NAME+plain` on a session open for pre-rating pre-rates, as the
/// screens do for `CODE.NAME@`.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_ssh_a_plain_member_pre_rates() {
    use crate::serve::Server;
    let server = Server::start().await;
    let id = server.add_assessment("Lincoln Elementary");
    let (code, session_id) = {
        let mut store = Store::open(&server.db()).expect("open");
        let plans = touchstone::session::load_plans(&[]).0;
        let (entry, weakest) =
            touchstone::ops::session::prepare(&store, &plans, &id, "baseline-check")
                .expect("prepare");
        let loaded = store.load_without_sessions(&id).expect("load");
        let live = store
            .open_prerating(&loaded, &entry.plan, &entry.text, "Dana", &weakest)
            .expect("open pre-rating");
        (live.code, live.id)
    };
    let mut ana = server.shell(&format!("{code}.Ana+plain")).await;
    ana.wait_for("as Ana, to pre-rate:").await;
    ana.wait_for("Type a number to pre-rate cl-1").await;
    ana.send(b"2\r").await;
    ana.wait_for("Pre-rated cl-1: Emerging, level 2.").await;
    ana.send(b"leave\r").await;
    ana.wait_for("You left. Your pre-ratings stay").await;
    assert!(
        !ana.raw.contains(&0x1b),
        "{:?}",
        String::from_utf8_lossy(&ana.raw)
    );
    let own = Store::open(&server.db())
        .expect("open")
        .own_prerates(&session_id, "Ana")
        .expect("own");
    assert_eq!(own.len(), 1);
    assert_eq!(
        (own[0].indicator.as_str(), own[0].level.as_str()),
        ("cl-1", "emerging")
    );
    server.stop().await;
}

/// Over SSH, `NAME+plain+es` hears plain mode in Spanish from its first line (the
/// connection's thread takes the language asked for at login).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_ssh_name_plus_plain_plus_es_hears_spanish() {
    use crate::serve::Server;
    let server = Server::start().await;
    server.add_assessment("Lincoln Elementary");
    let mut term = server.shell("ana+plain+es").await;
    term.wait_for("Touchstone, modo de texto simple.").await;
    term.send(b"salir\r").await;
    let all = term.read_to_close(super::serve::WAIT).await;
    assert!(!all.contains("Touchstone, plain mode."), "{all:?}");
    assert!(!all.contains('\x1b'), "{all:?}");
}
