//! The declared scoring rule (issue 13, item 4): the floor level, the rule stated in
//! words wherever figures are shown, `rollup --standard-threshold/--school-threshold`
//! labelled "what if" in text, JSON and CSV, and a version-1 export that keeps its
//! own figures.

use crate::common::Env;
use serde_json::Value;
use touchstone::rubric::{Choice, parse};
use touchstone::score::score;

/// One standard of five indicators and one of two, four levels; `scoring` is the
/// body of the `[scoring]` table (may be empty).
fn rubric_text(version: &str, scoring: &str) -> String {
    format!(
        r#"format = "touchstone-rubric"
format_version = 1
id = "rule-test"
version = "{version}"
title = "Rule test"
levels = [
  {{ key = "not-yet", label = "Not yet", score = 1 }},
  {{ key = "emerging", label = "Emerging", score = 2 }},
  {{ key = "developing", label = "Developing", score = 3 }},
  {{ key = "full", label = "Fully implementing", score = 4, full = true }},
]
[scoring]
{scoring}
[[standards]]
id = "five"
title = "Five"
[[standards.indicators]]
id = "a1"
text = "One"
baseline = true
[[standards.indicators]]
id = "a2"
text = "Two"
[[standards.indicators]]
id = "a3"
text = "Three"
[[standards.indicators]]
id = "a4"
text = "Four"
[[standards.indicators]]
id = "a5"
text = "Five"
[[standards]]
id = "two"
title = "Two"
[[standards.indicators]]
id = "b1"
text = "Six"
[[standards.indicators]]
id = "b2"
text = "Seven"
"#
    )
}

const EIGHTY_WITH_FLOOR: &str =
    "standard_threshold = 0.8\nschool_threshold = 1.0\nfloor_level = \"developing\"\n";

fn levels(keys: &[&str]) -> Vec<Option<Choice>> {
    keys.iter()
        .map(|k| match *k {
            "-" => None,
            "na" => Some(Choice::NotApplicable),
            "not-yet" => Some(Choice::Level(0)),
            "emerging" => Some(Choice::Level(1)),
            "developing" => Some(Choice::Level(2)),
            "full" => Some(Choice::Level(3)),
            other => panic!("unknown level {other}"),
        })
        .collect()
}

#[test]
fn eighty_percent_with_a_floor_counts_a_standard_with_one_indicator_just_below_full() {
    let r = parse("r.toml", &rubric_text("2", EIGHTY_WITH_FLOOR)).unwrap();
    let case = |first: &[&str]| {
        let mut keys = first.to_vec();
        keys.extend(["full", "full"]);
        score(&r, &levels(&keys))
    };
    // 4 of 5 at full, the fifth one level under: fully implemented.
    let s = case(&["full", "full", "full", "full", "developing"]);
    assert!(s.by_standard[0].fully_implemented);
    assert!(s.fully_implementing, "both standards count");
    // The fifth below the floor holds the standard back although 80% are full.
    let s = case(&["full", "full", "full", "full", "emerging"]);
    assert!(!s.by_standard[0].fully_implemented);
    assert!(!s.fully_implementing);
    // Unrated is below the floor too.
    let s = case(&["full", "full", "full", "full", "-"]);
    assert!(!s.by_standard[0].fully_implemented);
    // N/A leaves the count: 4 of 4.
    let s = case(&["full", "full", "full", "full", "na"]);
    assert!(s.by_standard[0].fully_implemented);
    // 3 of 5 is below 80%, whatever the rest.
    let s = case(&["full", "full", "full", "developing", "developing"]);
    assert!(!s.by_standard[0].fully_implemented);
}

#[test]
fn a_rubric_without_the_new_fields_scores_as_before() {
    let r = parse("r.toml", &rubric_text("1", "")).unwrap();
    assert_eq!(r.scoring.floor_level, None);
    let mut keys = vec!["full", "full", "full", "full", "developing"];
    keys.extend(["full", "full"]);
    let s = score(&r, &levels(&keys));
    assert!(
        !s.by_standard[0].fully_implemented,
        "all indicators must be full by default"
    );
    assert!(s.by_standard[1].fully_implemented);
    assert_eq!((s.standards.numerator, s.standards.denominator), (1, 2));
    assert!(!s.fully_implementing);
}

#[test]
fn the_rule_is_stated_in_words() {
    let own = parse("r.toml", &rubric_text("1", "")).unwrap();
    assert_eq!(
        own.scoring.in_words(&own.levels),
        "A standard is fully implemented when all of its applicable indicators are at Fully implementing; \
         a school is fully implementing when all of its applicable standards are. \
         These thresholds are Touchstone's convention, not part of the standards."
    );
    let v2 = parse("r.toml", &rubric_text("2", EIGHTY_WITH_FLOOR)).unwrap();
    let words = v2.scoring.in_words(&v2.levels);
    assert!(
        words.starts_with(
            "A standard is fully implemented when at least 80% of its applicable indicators are at \
             Fully implementing and none is below Developing or unrated;"
        ),
        "{words}"
    );
}

// ---------------------------------------------------------------------------------
// The command line: reports state the rule; rollup's what-if in every format.
// ---------------------------------------------------------------------------------

/// A database with two schools on the test rubric (version 1: all-or-nothing):
/// Adams has 4 of 5 and 2 of 2 at full, Baker 3 of 5 and 2 of 2.
fn two_schools() -> (Env, Vec<String>) {
    let env = Env::new();
    let dir = env.path("rubrics");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("rule-test.toml"), rubric_text("1", "")).unwrap();
    let standards = dir.to_str().unwrap().to_string();
    let mut ids = Vec::new();
    for (school, full) in [("Adams", 4), ("Baker", 3)] {
        let id = env
            .ok(&[
                "--standards",
                &standards,
                "new",
                "--school",
                school,
                "--rubric",
                "rule-test",
                "--date",
                "2026-10-01",
            ])
            .trim()
            .to_string();
        for (n, ind) in ["a1", "a2", "a3", "a4", "a5", "b1", "b2"]
            .iter()
            .enumerate()
        {
            let level = if n < full || n >= 5 {
                "full"
            } else {
                "developing"
            };
            env.ok(&["--standards", &standards, "rate", &id, ind, level]);
        }
        // Only submitted assessments count in a rollup.
        env.ok(&["--standards", &standards, "submit", &id]);
        ids.push(id);
    }
    (env, ids)
}

fn with_standards(env: &Env, args: &[&str]) -> Vec<String> {
    let mut all = vec![
        "--standards".to_string(),
        env.path("rubrics").to_str().unwrap().to_string(),
    ];
    all.extend(args.iter().map(|s| s.to_string()));
    all
}

fn run(env: &Env, args: &[&str]) -> String {
    let all = with_standards(env, args);
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    env.ok(&refs)
}

#[test]
fn every_report_format_states_the_rule() {
    let (env, ids) = two_schools();
    let rule = "A standard is fully implemented when all of its applicable indicators are at Fully implementing";
    let text = run(&env, &["report", &ids[0]]);
    assert!(text.contains(&format!("Rule: {rule}")), "{text}");
    let md = run(&env, &["report", &ids[0], "--format", "md"]);
    assert!(md.contains(&format!("- Rule: {rule}")), "{md}");
    let html = run(&env, &["report", &ids[0], "--format", "html"]);
    assert!(html.contains(rule), "{html}");
    let json: Value =
        serde_json::from_str(&run(&env, &["report", &ids[0], "--format", "json"])).expect("json");
    assert!(json["rule"].as_str().unwrap().starts_with(rule));
    let export = run(&env, &["export", &ids[0]]);
    assert!(export.contains(&format!("rule = \"{rule}")), "{export}");
}

#[test]
fn rollup_states_the_rubric_rule_and_no_what_if_by_default() {
    let (env, _) = two_schools();
    let text = run(&env, &["rollup"]);
    assert!(!text.contains("WHAT IF"), "{text}");
    assert!(
        text.contains("Rule: A standard is fully implemented when all"),
        "{text}"
    );
    assert!(text.contains("Schools fully implementing the standards: 0.0% (0/2)"));
    let json: Value = serde_json::from_str(&run(&env, &["rollup", "--json"])).unwrap();
    assert!(json["what_if"].is_null());
    assert!(json["rule"].as_str().unwrap().contains("when all of"));
    let csv = run(&env, &["rollup", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("scope,name,measure,numerator,denominator,percent,rule")
    );
    assert!(lines.all(|l| l.contains(",\"A standard is fully implemented when all")));
}

#[test]
fn rollup_what_if_text_is_labelled_above_and_below_the_figures() {
    let (env, _) = two_schools();
    let text = run(&env, &["rollup", "--standard-threshold", "80%"]);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("WHAT IF: these figures use another rule than the rubric's own."),
        "{text}"
    );
    assert!(
        first.contains("at least 80% of its applicable indicators"),
        "{first}"
    );
    // Adams (4 of 5) now counts; Baker (3 of 5) does not.
    assert!(
        text.contains("Schools fully implementing the standards: 50.0% (1/2)"),
        "{text}"
    );
    assert!(text.contains("The rubric's own rule: A standard is fully implemented when all"));
    assert_eq!(text.matches("WHAT IF").count(), 2, "{text}");
}

#[test]
fn rollup_what_if_json_carries_the_label_and_the_thresholds() {
    let (env, _) = two_schools();
    let json: Value = serde_json::from_str(&run(
        &env,
        &[
            "rollup",
            "--json",
            "--standard-threshold",
            "0.6",
            "--school-threshold",
            "0.5",
        ],
    ))
    .unwrap();
    let what_if = &json["what_if"];
    assert!(what_if["label"].as_str().unwrap().starts_with("WHAT IF"));
    assert_eq!(what_if["standard_threshold"], 0.6);
    assert_eq!(what_if["school_threshold"], 0.5);
    assert!(json["rule"].as_str().unwrap().contains("at least 60%"));
    assert_eq!(json["fully_implementing"]["numerator"], 2);
    assert_eq!(json["fully_implementing"]["denominator"], 2);
    assert_eq!(json["by_standard"][0]["fully_implemented"]["numerator"], 2);
    // Only the school threshold: Adams and Baker both have "two" full (1 of 2 standards).
    let json: Value = serde_json::from_str(&run(
        &env,
        &["rollup", "--json", "--school-threshold", "50%"],
    ))
    .unwrap();
    assert!(json["what_if"]["standard_threshold"].is_null());
    assert_eq!(json["fully_implementing"]["numerator"], 2);
}

#[test]
fn rollup_what_if_csv_labels_every_row() {
    let (env, _) = two_schools();
    let csv = run(
        &env,
        &[
            "rollup",
            "--format",
            "csv",
            "--standard-threshold",
            "0.8",
            "--trend",
            "year",
        ],
    );
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        assert!(
            row.contains(",\"what if: A standard is fully implemented when at least 80%"),
            "{row}"
        );
    }
    assert!(csv.contains("network,,fully_implementing,1,2,50,"), "{csv}");
}

#[test]
fn rollup_refuses_a_share_out_of_range() {
    let (env, _) = two_schools();
    for bad in ["0", "1.5", "120%", "most"] {
        let all = with_standards(&env, &["rollup", "--standard-threshold", bad]);
        let out = env.cmd().args(&all).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(out.stdout.is_empty());
    }
}

// ---------------------------------------------------------------------------------
// A version-1 export keeps its snapshot and its figures.
// ---------------------------------------------------------------------------------

const V1_EXPORT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/v1/cs-site-2017-v1-export.toml"
);

#[test]
fn a_version_1_export_imports_and_scores_exactly_as_before() {
    let env = Env::new();
    env.ok(&["import", V1_EXPORT]);
    let list: Value = env.json(&["list", "--json"]);
    let id = list[0]["id"].as_str().unwrap().to_string();
    let report = env.json(&["report", &id, "--format", "json"]);
    assert_eq!(report["assessment"]["rubric"]["version"], "1");
    // The figures this file had when it was written by Touchstone with rubric v1.
    let fraction = |v: &Value| {
        (
            v["numerator"].as_u64().unwrap(),
            v["denominator"].as_u64().unwrap(),
        )
    };
    assert_eq!(fraction(&report["standards"]), (2, 10));
    assert_eq!(fraction(&report["indicators"]), (39, 61));
    assert_eq!(report["fully_implementing"], false);
    assert_eq!(report["baseline_met"], true);
    assert_eq!(report["incomplete"], true);
    assert!(
        report["rule"]
            .as_str()
            .unwrap()
            .contains("when all of its applicable indicators")
    );
    // The rollup of the file alone and of the database agree.
    // The export is a draft, as every v1 export was; drafts count when asked.
    let files = env.json(&["rollup", V1_EXPORT, "--json", "--include-drafts"]);
    assert_eq!(files["rubric"]["version"], "1");
    assert_eq!(fraction(&files["fully_implementing"]), (0, 1));
    assert_eq!(fraction(&files["baseline_met"]), (1, 1));
    let full: Vec<u64> = files["by_standard"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["fully_implemented"]["numerator"].as_u64().unwrap())
        .collect();
    assert_eq!(full.iter().sum::<u64>(), 2);
}

#[test]
fn history_and_compare_state_each_versions_rule() {
    let env = Env::new();
    let old = env.ok(&[
        "new",
        "--school",
        "Adams",
        "--rubric",
        "cs-site-2017",
        "--rubric-version",
        "1",
        "--date",
        "2025-05-01",
    ]);
    let new = env.ok(&[
        "new",
        "--school",
        "Adams",
        "--rubric",
        "cs-site-2017",
        "--date",
        "2026-05-01",
    ]);
    let history = env.ok(&["history", "--school", "Adams"]);
    assert!(
        history.contains("Rule (cs-site-2017 v1): A standard is fully implemented when all of"),
        "{history}"
    );
    assert!(
        history
            .contains("Rule (cs-site-2017 v3): A standard is fully implemented when at least 80%"),
        "{history}"
    );
    let compare = env.ok(&["compare", old.trim(), new.trim()]);
    assert!(
        compare.contains("Rule for 2025-05-01: A standard is fully implemented when all of"),
        "{compare}"
    );
    assert!(
        compare.contains("Rule for 2026-05-01: A standard is fully implemented when at least 80%"),
        "{compare}"
    );
    let json = env.json(&["compare", old.trim(), new.trim(), "--json"]);
    assert!(json["b"]["rule"].as_str().unwrap().contains("at least 80%"));
}
