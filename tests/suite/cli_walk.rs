//! The command line end to end: new → rate → report → export → import → rollup.

use crate::common::Env;
use serde_json::Value;

fn standard<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["by_standard"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap()
}

#[test]
fn new_rate_report_export_import_rollup_agree() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    assert_eq!(id.len(), 36, "new prints the UUID: {id}");
    let short = &id[..8];

    // Rate every indicator of Collaborative Leadership at the full level, by key and by number.
    for (i, level) in ["full", "4", "full", "full", "4", "full"]
        .iter()
        .enumerate()
    {
        let indicator = format!("cl-{}", i + 1);
        env.ok(&["rate", short, &indicator, level]);
    }
    env.ok(&[
        "rate",
        short,
        "pl-1",
        "emerging",
        "--note",
        "Survey done in May\nshared with partners",
    ]);
    env.ok(&["rate", short, "pl-2", "na"]);

    let report = env.json(&["report", short, "--format", "json"]);
    let cl = standard(&report, "collaborative-leadership");
    assert_eq!(cl["fully_implemented"], true);
    assert_eq!(cl["indicators"]["numerator"], 6);
    assert_eq!(cl["indicators"]["denominator"], 6);
    assert_eq!(cl["indicators"]["percent"], 100.0);
    let planning = standard(&report, "planning");
    assert_eq!(planning["fully_implemented"], false);
    assert_eq!(
        planning["ratings"][0]["note"],
        "Survey done in May\nshared with partners"
    );
    assert_eq!(planning["ratings"][1]["level"], "na");
    assert_eq!(report["standards"]["numerator"], 1);
    assert_eq!(report["standards"]["denominator"], 10);
    assert_eq!(report["incomplete"], true);
    assert_eq!(report["fully_implementing"], false);
    assert_eq!(report["assessment"]["id"], id.as_str());

    // Export, import into a second database, export again: byte-identical.
    let exported = env.path("lincoln.toml");
    env.ok(&["export", short, "-o", exported.to_str().unwrap()]);
    let second_db = env.path("second.db");
    let out = env
        .cmd_with_db(&second_db)
        .args(["import", exported.to_str().unwrap()])
        .output()
        .unwrap();
    crate::common::assert_success(&out);
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 1 new"));
    let again = env
        .cmd_with_db(&second_db)
        .args(["export", &id])
        .output()
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(&exported).unwrap(),
        String::from_utf8(again.stdout).unwrap()
    );

    // Re-importing the same file changes nothing.
    let out = env
        .cmd_with_db(&second_db)
        .args(["import", exported.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 unchanged"));

    // Rollup from the database, from the second database and from the file agree.
    // (The assessment is a draft: counted with --include-drafts.)
    let from_db = env.json(&["rollup", "--json", "--include-drafts"]);
    let second = env
        .cmd_with_db(&second_db)
        .args(["rollup", "--json", "--include-drafts"])
        .output()
        .unwrap();
    let from_second: Value = serde_json::from_slice(&second.stdout).unwrap();
    let from_file = env.json(&[
        "rollup",
        "--json",
        "--include-drafts",
        exported.to_str().unwrap(),
    ]);
    assert_eq!(from_db, from_second);
    assert_eq!(from_db, from_file);
    assert_eq!(from_db["schools"], 1);
    assert_eq!(from_db["incomplete"], 1);
    let cl = standard(&from_db, "collaborative-leadership");
    assert_eq!(cl["fully_implemented"]["numerator"], 1);
    assert_eq!(from_db["fully_implementing"]["denominator"], 1);
}

#[test]
fn an_edited_copy_is_a_conflict_unless_replace() {
    let env = Env::new();
    let id = env.new_assessment("Garfield Middle");
    env.ok(&["rate", &id, "cl-1", "emerging"]);
    let file = env.path("g.toml");
    env.ok(&["export", &id, "-o", file.to_str().unwrap()]);
    env.ok(&["rate", &id, "cl-1", "developing"]);

    let out = env
        .cmd()
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("already exists") && stderr.contains("--replace"),
        "{stderr}"
    );
    let report = env.json(&["report", &id, "--format", "json"]);
    assert_eq!(
        standard(&report, "collaborative-leadership")["ratings"][0]["level"],
        "developing"
    );

    env.ok(&["import", "--replace", file.to_str().unwrap()]);
    let report = env.json(&["report", &id, "--format", "json"]);
    assert_eq!(
        standard(&report, "collaborative-leadership")["ratings"][0]["level"],
        "emerging"
    );
}

#[test]
fn list_json_shows_completion_and_standards() {
    let env = Env::new();
    let id = env.new_assessment("Roosevelt High");
    env.ok(&["rate", &id, "cl-1", "full"]);
    env.ok(&["rate", &id, "cl-2", "na"]);
    let list = env.json(&["list", "--json"]);
    let row = &list[0];
    assert_eq!(row["id"], id.as_str());
    assert_eq!(row["school"], "Roosevelt High");
    assert_eq!(row["date"], "2026-11-02");
    assert_eq!(row["rubric"]["id"], "cs-site-2017");
    assert_eq!(row["status"], "draft");
    assert_eq!(row["rated"], 2);
    assert_eq!(row["applicable"], 60);
    assert_eq!(row["standards"]["numerator"], 0);
    assert_eq!(row["standards"]["denominator"], 10);
}

#[test]
fn other_report_formats_render() {
    let env = Env::new();
    let id = env.new_assessment("Jefferson K-8");
    env.ok(&["rate", &id, "cl-1", "full", "--note", "Team meets monthly"]);
    let md = env.ok(&["report", &id, "--format", "md"]);
    assert!(md.starts_with("# Jefferson K-8"), "{md}");
    assert!(md.contains("| Collaborative Leadership |"));
    let csv = env.ok(&["report", &id, "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("assessment,school,date,rubric,standard,")
    );
    assert_eq!(
        csv.lines().count(),
        1 + 61,
        "a header and one row per indicator"
    );
    assert!(csv.contains("cl-1,yes,full,Fully implementing,4,yes,Team meets monthly"));
    let text = env.ok(&["report", &id]);
    assert!(
        text.contains("Standards fully implemented:      0.0% (0/10)"),
        "{text}"
    );
}

#[test]
fn bad_usage_exits_2_with_a_clear_message() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    for (args, needle) in [
        (
            vec!["rate", &id[..], "cl-1", "excellent"],
            "is not a level; use not-yet, emerging",
        ),
        (vec!["rate", &id[..], "zz-9", "full"], "is not an indicator"),
        (
            vec!["rate", &id[..], "cl1", "full"],
            "\"cl1\" is not an indicator of cs-site-2017: did you mean cl-1?",
        ),
        (vec!["rate", &id[..], "CL 2", "full"], "did you mean cl-2?"),
        (vec!["rate", "abc", "cl-1", "full"], "at least 4 characters"),
        (
            vec!["rate", "ffff", "cl-1", "full"],
            "no assessment id starts with \"ffff\"",
        ),
        (
            vec!["new", "--school", "X", "--rubric", "nope"],
            "no rubric \"nope\"",
        ),
        (
            vec![
                "new",
                "--school",
                "X",
                "--rubric",
                "cs-site-2017",
                "--date",
                "2026-13-01",
            ],
            "is not a date",
        ),
        (
            vec!["new", "--school", "  ", "--rubric", "cs-site-2017"],
            "--school is empty",
        ),
        (vec!["rubric", "show", "nope"], "no rubric"),
        (vec!["import", "missing.toml"], "no such file"),
        (vec!["frobnicate"], "unrecognized subcommand"),
    ] {
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn bundled_rubrics_pass_the_checker() {
    let env = Env::new();
    let root = env!("CARGO_MANIFEST_DIR");
    let out = env
        .cmd()
        .current_dir(root)
        .args([
            "rubric",
            "check",
            "standards/cs-initiative-2017.toml",
            "standards/cs-site-2017.toml",
            "standards/csf-2023.toml",
        ])
        .output()
        .unwrap();
    crate::common::assert_success(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("standards/cs-site-2017.toml: ok — cs-site-2017 v1, 10 standards"),
        "{stdout}"
    );
    let rubrics = env.ok(&["rubrics"]);
    assert!(rubrics.contains("cs-site-2017") && rubrics.contains("csf-2023"));
    let shown = env.ok(&["rubric", "show", "cs-site-2017"]);
    assert!(shown.contains("Coordinating Infrastructure") && shown.contains("[baseline]"));
}

#[test]
fn a_user_rubric_with_a_higher_version_shadows_the_bundled_one() {
    let env = Env::new();
    let dir = env.path("extra");
    std::fs::create_dir_all(&dir).unwrap();
    let bundled = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/standards/csf-2023.toml"
    ))
    .unwrap();
    std::fs::write(dir.join("same.toml"), &bundled).unwrap();
    let out = env
        .cmd()
        .args(["--standards", dir.to_str().unwrap(), "rubrics"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("already defined by a bundled rubric"),
        "{stderr}"
    );

    std::fs::write(
        dir.join("same.toml"),
        bundled.replace("version = \"1\"", "version = \"2\""),
    )
    .unwrap();
    let id = env
        .cmd()
        .args([
            "--standards",
            dir.to_str().unwrap(),
            "new",
            "--school",
            "S",
            "--rubric",
            "csf-2023",
        ])
        .output()
        .unwrap();
    let id = String::from_utf8(id.stdout).unwrap();
    let report = env.json(&[
        "--standards",
        dir.to_str().unwrap(),
        "report",
        id.trim(),
        "--format",
        "json",
    ]);
    assert_eq!(report["assessment"]["rubric"]["version"], "2");
    // The rubric text is stored with the assessment: it still reports without the folder.
    let report = env.json(&["report", id.trim(), "--format", "json"]);
    assert_eq!(report["assessment"]["rubric"]["version"], "2");
}

/// Dates are typed clap arguments (`--date`, `--as-of`): a bad one is refused before
/// anything runs, with exit status 2, the option named and the format shown, and what
/// was typed quoted without its control characters.
#[test]
fn date_options_are_typed_and_quoted_safely() {
    let env = Env::new();
    const BAD: &str = "2026-13-01\u{7}\u{1b}[2J";
    for (option, command) in [("--date", "new"), ("--as-of", "rollup")] {
        let mut args = vec![command, option, BAD, "--rubric", "cs-site-2017"];
        if command == "new" {
            args.extend(["--school", "X"]);
        }
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(option), "{args:?}: {stderr}");
        assert!(
            stderr.contains("is not a date like 2026-11-22"),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains("'2026-13-01"), "{args:?}: {stderr}");
        assert!(
            !stderr.contains(['\u{7}', '\u{1b}']),
            "raw control: {stderr:?}"
        );
    }
    assert!(
        env.ok(&["list"]).contains("No assessments yet"),
        "nothing was created"
    );
}

/// An assessment id with one character wrong gets "did you mean" with the right start;
/// one that is far from every id gets the plain message.
#[test]
fn a_mistyped_assessment_id_gets_did_you_mean() {
    let env = Env::new();
    let id = env.new_assessment("Lincoln Elementary");
    let mut typo: Vec<char> = id.chars().take(8).collect();
    typo[5] = if typo[5] == 'a' { 'b' } else { 'a' };
    let typo: String = typo.into_iter().collect();
    let out = env
        .cmd()
        .args(["rate", &typo, "cl-1", "full"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("did you mean {}?", &id[..8])),
        "{stderr}"
    );
    let out = env
        .cmd()
        .args(["rate", "ffffffff", "cl-1", "full"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("did you mean"), "{stderr}");
}
