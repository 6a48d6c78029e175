//! The command line's small courtesies (issue 14, item 6): names matched as people type
//! them, ids that can be used, messages that say what is wrong, proper plurals, help
//! that describes every argument once and shows examples, and `--db` winning.

use crate::common::Env;
use std::process::Output;

fn run(env: &Env, args: &[&str]) -> Output {
    env.cmd().args(args).output().expect("run")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn history_matches_names_ignoring_case_and_by_unique_prefix_and_prints_usable_ids() {
    let env = Env::new();
    let early = env.new_dated("Lincoln Elementary", "2025-10-01");
    let late = env.new_dated("Lincoln Elementary", "2026-10-01");
    env.new_dated("Lincoln Middle", "2026-10-01");
    env.new_dated("Adams High", "2026-10-01");

    // Any case, any unique beginning.
    let out = env.ok(&["history", "--school", "lincoln e"]);
    assert!(out.contains("Lincoln Elementary"), "{out}");
    // The short ids `list` prints, which `compare` takes.
    let list = env.ok(&["list"]);
    let short: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| early.starts_with(w) || late.starts_with(w))
        .collect();
    assert_eq!(short.len(), 2, "no ids in:\n{out}");
    for id in &short {
        assert!(list.contains(id), "{id} is not how list shows it:\n{list}");
    }
    env.ok(&["compare", short[0], short[1]]);
    assert!(
        env.ok(&["history", "--school", "ADAMS"])
            .contains("Adams High")
    );

    // An ambiguous beginning names the candidates.
    let out = run(&env, &["history", "--school", "lin"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("Lincoln Elementary") && err.contains("Lincoln Middle"),
        "{err}"
    );
    let out = run(&env, &["history", "--school", "Zebra"]);
    assert!(!out.status.success());
}

#[test]
fn an_exact_name_wins_over_a_longer_one_it_begins() {
    let env = Env::new();
    env.new_dated("Lincoln", "2026-01-01");
    env.new_dated("Lincoln Middle", "2026-01-01");
    let out = env.ok(&["history", "--school", "LINCOLN"]);
    assert!(out.starts_with("Lincoln:"), "{out}");
}

#[test]
fn an_id_nothing_starts_with_is_called_that() {
    let env = Env::new();
    env.new_assessment("Adams High");
    for args in [
        &["report", "zzzz"][..],
        &["export", "zzzz"],
        &["rate", "zzzz", "cl-1", "full"],
        &["compare", "zzzz", "yyyy"],
        &["report", "0000"],
    ] {
        let out = run(&env, args);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(
            err.contains("no assessment id starts with"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("is not an assessment id"), "{args:?}: {err}");
    }
    let err = stderr(&run(&env, &["report", "ab"]));
    assert!(err.contains("at least 4 characters"), "{err}");
}

#[test]
fn an_import_conflict_says_what_differs() {
    let env = Env::new();
    let id = env.new_assessment("Garfield Middle");
    env.ok(&["rate", &id, "cl-1", "emerging"]);
    let file = env.path("g.toml");
    let f = file.to_str().unwrap();
    env.ok(&["export", &id, "-o", f]);
    env.ok(&["rate", &id, "cl-1", "developing", "--note", "grew"]);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Garfield Middle", "Garfield Upper")).unwrap();

    let out = run(&env, &["import", f]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("school"), "{err}");
    assert!(
        err.contains("1 rating differs") && err.contains("cl-1"),
        "{err}"
    );
    assert!(err.contains("1 note differs"), "{err}");
    assert!(!err.contains("date"), "the date is the same:\n{err}");
}

#[test]
fn counts_of_one_are_singular() {
    let env = Env::new();
    let id = env.new_assessment("Adams High");
    env.ok(&["rate", &id, "cl-1", "full"]);
    let history = env.ok(&["history", "--school", "Adams High"]);
    assert!(history.contains("1 assessment,"), "{history}");
    env.ok(&["submit", &id]);
    let rollup = env.ok(&["rollup"]);
    assert!(rollup.contains("1 school,"), "{rollup}");
    let demo = env.path("demo.db");
    let out = env.ok(&["--db", demo.to_str().unwrap(), "demo", "--schools", "1"]);
    assert!(out.contains("Made 1 school with"), "{out}");
    for text in [&history, &rollup, &out] {
        assert!(!text.contains("(s)"), "{text}");
    }
}

/// Output written as "item(s)" anywhere in the command line, reports or minutes.
#[test]
fn no_maybe_plurals_in_messages_reports_or_minutes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for dir in ["cli", "exchange", "session", "serve", "store", "tui"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (n, line) in text.lines().enumerate() {
                        let maybe_plural = line.match_indices("(s)").any(|(i, _)| {
                            line[..i].ends_with(|c: char| c.is_alphabetic())
                                && line[i + 3..].starts_with([' ', '"', ';', ':', '\\'])
                        });
                        if maybe_plural && line.contains('"') {
                            found.push(format!("{}:{}: {line}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The lines of one section of a help text ("Arguments:", "Options:"…).
fn section<'a>(help: &'a str, title: &str) -> Vec<&'a str> {
    help.lines()
        .skip_while(|l| l.trim() != title)
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect()
}

fn help(env: &Env, args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.push("--help");
    env.ok(&all)
}

#[test]
fn options_for_every_command_are_described_once() {
    let env = Env::new();
    let top = help(&env, &[]);
    let short = env.ok(&["-h"]);
    let options = section(&short, "Options:");
    for flag in ["--db", "--standards", "--theme", "--ascii"] {
        let lines = options.iter().filter(|l| l.contains(flag)).count();
        assert_eq!(lines, 1, "{flag} in:\n{top}");
    }
    for sub in [
        &["list"][..],
        &["report"],
        &["session", "start"],
        &["rollup"],
    ] {
        let text = help(&env, sub);
        for flag in ["--db ", "--standards", "--theme", "--ascii"] {
            assert!(!text.contains(flag), "{sub:?} repeats {flag}:\n{text}");
        }
    }
    // Given before or after the command, they still work.
    let other = env.path("other.db");
    let o = other.to_str().unwrap();
    env.ok(&[
        "--db",
        o,
        "new",
        "--school",
        "Adams",
        "--rubric",
        "cs-site-2017",
    ]);
    assert!(env.ok(&["list", "--db", o]).contains("Adams"));
    assert!(!env.ok(&["list"]).contains("Adams"));
}

#[test]
fn every_argument_has_a_description() {
    let env = Env::new();
    let top = help(&env, &[]);
    let mut commands: Vec<Vec<String>> = section(&top, "Commands:")
        .iter()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(|c| vec![c.to_string()])
        .collect();
    for group in ["session", "rubric"] {
        let text = help(&env, &[group]);
        for line in section(&text, "Commands:") {
            if let Some(c) = line.split_whitespace().next().filter(|c| *c != "help") {
                commands.push(vec![group.to_string(), c.to_string()]);
            }
        }
    }
    assert!(commands.len() > 15, "{commands:?}");
    for command in &commands {
        let args: Vec<&str> = command.iter().map(String::as_str).collect();
        let text = help(&env, &args);
        for line in section(&text, "Arguments:") {
            let words: Vec<&str> = line.split_whitespace().collect();
            assert!(words.len() > 1, "{args:?}: undescribed {line:?}");
        }
    }
}

#[test]
fn the_main_commands_show_examples() {
    let env = Env::new();
    for command in [
        &["new"][..],
        &["list"],
        &["rate"],
        &["report"],
        &["export"],
        &["import"],
        &["rollup"],
        &["history"],
        &["compare"],
        &["demo"],
        &["session", "start"],
        &["completions"],
    ] {
        let text = help(&env, command);
        assert!(text.contains("Examples:"), "{command:?}:\n{text}");
        let line = section(&text, "Examples:").join("\n");
        assert!(line.contains("touchstone "), "{command:?}:\n{text}");
    }
}

#[test]
fn high_contrast_is_described_as_drawn() {
    let env = Env::new();
    let text = help(&env, &[]);
    assert!(!text.contains("black on white"), "{text}");
    assert!(text.contains("on black"), "{text}");
}

#[test]
fn an_explicit_db_wins_over_the_same_environment_variable_for_demo() {
    let env = Env::new();
    let db = env.path("mine.db");
    let out = env
        .cmd_with_db(&db)
        .args(["--db", db.to_str().unwrap(), "demo", "--schools", "2"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("mine.db"), "{}", stdout(&out));
    assert!(db.exists());
    // After the command too.
    let after = env.path("after.db");
    let out = env
        .cmd_with_db(&after)
        .args(["demo", "--schools", "2", "--db", after.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(after.exists());
    // TOUCHSTONE_DB alone still never receives demo data.
    let other = env.path("everyday.db");
    let out = env
        .cmd_with_db(&other)
        .args(["demo", "--schools", "2"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!other.exists());
    assert!(
        stdout(&out).contains("touchstone-demo.db"),
        "{}",
        stdout(&out)
    );
}
