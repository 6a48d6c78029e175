//! Issue 20's smaller points, each kept fixed: the environment's variables read as
//! people set them, values in files refused at their place, foreign databases and
//! links named for what they are.

use crate::common::Env;

/// `TOUCHSTONE_PLAIN=` (empty) is not set, as for any variable; it used to stop every
/// command with "invalid value".
#[test]
fn an_empty_touchstone_plain_is_not_set() {
    let env = Env::new();
    env.new_assessment("Lincoln Elementary");
    let out = env
        .cmd()
        .env("TOUCHSTONE_PLAIN", "")
        .arg("list")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Lincoln Elementary"));
    // A value that is neither yes nor no is still refused, saying what works.
    let out = env
        .cmd()
        .env("TOUCHSTONE_PLAIN", "maybe")
        .arg("list")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("use 1, yes, on or true"), "{stderr}");
}

/// `TOUCHSTONE_LANG` that is not UTF-8 is said to be ignored, not silently ignored.
#[cfg(unix)]
#[test]
fn a_touchstone_lang_that_is_not_text_is_a_warning() {
    use std::os::unix::ffi::OsStrExt;
    let env = Env::new();
    let out = env
        .cmd()
        .env(
            "TOUCHSTONE_LANG",
            std::ffi::OsStr::from_bytes(b"es\xff\xfe"),
        )
        .arg("list")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: TOUCHSTONE_LANG is not UTF-8 text, so it is ignored"),
        "{stderr}"
    );
}

/// `quit = " "` is reported with the space it holds, not as `""`.
#[test]
fn a_space_given_as_a_key_is_shown_as_written() {
    let text = "[keys]\nquit = \" \"\nhelp = \" h\"\n";
    let problems = touchstone::settings::parse("s.toml", text, None).expect_err("refused");
    let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        all,
        [
            "s.toml:2:8: \" \" is not a key: write one character (\"x\", \"X\", \"?\") or \"Space\"",
            "s.toml:3:8: \" h\" is not a key: write one character (\"x\", \"X\", \"?\") or \"Space\"",
        ],
    );
}

/// A school name of only blank-looking characters (U+2800, the braille blank; the
/// Hangul filler) is refused like one of only spaces, whatever the door.
#[test]
fn a_school_name_drawn_blank_is_refused() {
    let env = Env::new();
    for blank in ["\u{2800}", "\u{2800}\u{2800}\u{2800}", "\u{3164}"] {
        let out = env
            .cmd()
            .args(["new", "--school", blank, "--rubric", "cs-site-2017"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{blank:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("has no visible characters"), "{stderr}");
    }
}
