//! Issue 20's smaller points, each kept fixed: the environment's variables read as
//! people set them, values in files refused at their place, foreign databases and
//! links named for what they are.

use crate::common::Env;

/// One year from today: the latest date an assessment may have (written out here
/// rather than asked of the code it checks).
fn next_year() -> jiff::civil::Date {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().years(1))
        .expect("a year from today")
}

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

/// `touchstone man` is the one page: it named 22 pages (`touchstone-rubrics(1)`, …)
/// that nothing makes. Each command is named as it is typed instead.
#[test]
fn the_man_page_refers_to_no_page_that_nothing_makes() {
    let env = Env::new();
    let page = env.ok(&["man"]);
    assert!(
        page.starts_with(".ie") || page.contains(".TH touchstone"),
        "{page}"
    );
    let references: Vec<&str> = page
        .lines()
        .filter(|l| l.contains("(1)") || l.contains("touchstone\\-"))
        .collect();
    assert!(references.is_empty(), "{references:?}");
    for command in ["rubrics", "new", "rate", "report", "serve", "session"] {
        assert!(
            page.contains(&format!("\ntouchstone {command}\n")),
            "{command}: {page}"
        );
    }
    assert!(
        page.contains("Each command's options and examples: touchstone COMMAND \\-\\-help."),
        "{page}"
    );
}

/// `import /etc`: a folder holding only links the walk skips is an error ("no .toml
/// files"), and each skipped link is a warning, not an error of its own.
#[cfg(unix)]
#[test]
fn a_skipped_link_is_a_warning_even_when_nothing_is_found() {
    let env = Env::new();
    let dir = env.path("etc");
    std::fs::create_dir_all(dir.join("ssl")).unwrap();
    std::os::unix::fs::symlink(dir.join("ssl"), dir.join("certs")).unwrap();
    std::os::unix::fs::symlink(dir.join("gone.toml"), dir.join("old.toml")).unwrap();
    let out = env
        .cmd()
        .args(["import", dir.to_str().unwrap()])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines[0], "error: no .toml files found there", "{stderr}");
    let link = format!(
        "warning: {}: skipped: symbolic link to a folder",
        dir.join("certs").display()
    );
    assert!(lines.contains(&link.as_str()), "{stderr}");
    let broken = format!(
        "warning: {}: skipped: broken symbolic link",
        dir.join("old.toml").display()
    );
    assert!(lines.contains(&broken.as_str()), "{stderr}");
    assert_eq!(lines.len(), 3, "{stderr}");
}

/// `--standard-threshold 1e-300` was labelled "at least 0%": a share below 0.1%
/// cannot be said truthfully to one decimal, so it is refused (in a rubric file too:
/// `tests/fixtures/rubrics/bad-threshold-tiny.toml`).
#[test]
fn a_share_too_small_to_say_is_refused() {
    let env = Env::new();
    env.new_assessment("Lincoln Elementary");
    for share in ["1e-300", "0.0001", "0.01%"] {
        let out = env
            .cmd()
            .args(["rollup", "--include-drafts", "--standard-threshold", share])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{share}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("a share is from 0.001 (0.1%) to 1 (100%)"),
            "{stderr}"
        );
    }
    let out = env.ok(&["rollup", "--include-drafts", "--standard-threshold", "0.1%"]);
    assert!(out.contains("at least 0.1%"), "{out}");
}

/// Dates are 1990-01-01 to one year from today, at every door: a mistyped year was
/// kept, and stayed a school's "latest" for ever.
#[test]
fn an_implausible_date_is_refused_on_the_command_line() {
    let env = Env::new();
    let next_year = next_year();
    let too_late = next_year.tomorrow().unwrap().to_string();
    for date in ["9999-01-01", "0026-11-02", "1989-12-31", too_late.as_str()] {
        let out = env
            .cmd()
            .args([
                "new",
                "--school",
                "Lincoln",
                "--rubric",
                "cs-site-2017",
                "--date",
                date,
            ])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{date}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!(
                "{date} is outside the dates Touchstone takes, 1990-01-01 to {next_year}"
            )),
            "{stderr}"
        );
    }
    let list = env.ok(&["list"]);
    assert!(
        list.contains("No assessments yet"),
        "nothing was created: {list}"
    );
    // The edges are taken.
    env.new_dated("Lincoln", "1990-01-01");
    env.new_dated("Adams", &next_year.to_string());
}

/// The new-assessment form refuses it too, at its date field.
#[test]
fn an_implausible_date_is_refused_by_the_form() {
    use crate::snapshot::{ctrl, keys, press};
    use ratatui::crossterm::event::KeyCode;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = touchstone::store::Store::open(&dir.path().join("t.db")).expect("store");
    let mut app = touchstone::tui::App::new(
        store,
        touchstone::rubric::Registry::bundled(),
        "Ana".into(),
        crate::common::options(None, None),
    );
    keys(&mut app, "+Lincoln");
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    ctrl(&mut app, 'u');
    keys(&mut app, "2099-01-01");
    ctrl(&mut app, 's');
    let touchstone::tui::app::Screen::New(form) = &app.screen else {
        panic!("the form closed: something was created");
    };
    let error = form.error.clone().unwrap_or_default();
    assert!(
        error.contains("2099-01-01 is outside the dates Touchstone takes"),
        "{error}"
    );
}

/// A trend over a database holding dates no door takes now (year 1 and 9999, from an
/// older Touchstone) stays within the range, says so, and does not print tens of
/// thousands of periods.
#[test]
fn a_trend_over_implausible_stored_dates_stays_within_the_range() {
    let env = Env::new();
    env.new_dated("Lincoln", "2026-11-02");
    {
        let mut store = touchstone::store::Store::open(&env.db()).expect("store");
        let registry = touchstone::rubric::Registry::bundled();
        let entry = registry.latest("cs-site-2017").expect("rubric");
        for (school, date) in [
            ("Adams", jiff::civil::date(1, 1, 1)),
            ("Zeta", jiff::civil::date(9999, 1, 1)),
        ] {
            store
                .create(&touchstone::store::NewAssessment {
                    school,
                    district: None,
                    date,
                    team: &[],
                    facilitator: None,
                    rubric: &entry.rubric,
                    rubric_text: &entry.text,
                })
                .expect("create");
        }
    }
    let out = env
        .cmd()
        .args([
            "rollup",
            "--include-drafts",
            "--trend",
            "quarter",
            "--format",
            "csv",
        ])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("some assessments are dated outside 1990-01-01 to"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut periods: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("period,"))
        .filter_map(|l| l.split(',').next())
        .collect();
    periods.dedup();
    // 1990 to next year, one line a quarter: not 40,000.
    let next_year = next_year();
    let last = format!("{}-Q{}", next_year.year(), (next_year.month() - 1) / 3 + 1);
    assert_eq!(periods.first(), Some(&"1990-Q1"), "{periods:?}");
    assert_eq!(periods.last(), Some(&last.as_str()), "{periods:?}");
    assert!(periods.len() < 160, "{} periods", periods.len());
}
