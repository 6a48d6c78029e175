//! `touchstone completions SHELL` and `touchstone man` (issue 14, item 1).

use crate::common::Env;
use std::io::Write;
use std::process::{Command, Stdio};

fn available(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

#[test]
fn bash_completions_load_and_register_touchstone() {
    let env = Env::new();
    let script = env.ok(&["completions", "bash"]);
    assert!(script.contains("touchstone"), "{script}");
    if !available("bash") {
        eprintln!("skipped: bash is not installed");
        return;
    }
    let file = env.path("touchstone.bash");
    std::fs::write(&file, &script).unwrap();
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c"])
        .arg(format!(
            "source {} && complete -p touchstone",
            file.display()
        ))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let registered = String::from_utf8_lossy(&out.stdout);
    assert!(
        registered.starts_with("complete ") && registered.trim_end().ends_with(" touchstone"),
        "{registered}"
    );
    // The subcommands are offered.
    for word in ["report", "rollup", "completions", "session"] {
        assert!(script.contains(word), "{word} missing");
    }
}

#[test]
fn every_other_shell_gets_a_script() {
    let env = Env::new();
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let script = env.ok(&["completions", shell]);
        assert!(
            script.len() > 500 && script.contains("touchstone") && script.contains("rollup"),
            "{shell}: {script}"
        );
    }
    let out = env.cmd().args(["completions", "tcsh"]).output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn the_man_page_names_the_commands_and_renders() {
    let env = Env::new();
    let page = env.ok(&["man"]);
    assert!(page.starts_with(".ie") || page.contains(".TH"), "{page}");
    for command in ["report", "rollup", "history", "session", "completions"] {
        assert!(
            page.contains(command),
            "{command} missing from the man page"
        );
    }
    if !available("man") {
        eprintln!("skipped rendering: man is not installed");
        return;
    }
    let mut child = Command::new("man")
        .args(["-l", "-"])
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MANWIDTH", "100")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for heading in ["NAME", "SYNOPSIS", "SUBCOMMANDS"] {
        assert!(text.contains(heading), "{heading} missing:\n{text}");
    }
    assert!(
        text.contains("touchstone-report") || text.contains("report"),
        "{text}"
    );
}
