//! Scoring rules of DESIGN §5, one test per rule, plus property tests over random
//! rubrics and ratings, and a recount of the network rollup.

use jiff::Timestamp;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use proptest::sample::Index;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::Arc;
use touchstone::rubric::{Choice, Rubric, parse};
use touchstone::score::{
    Fraction, Score, StandardScore, Submission, latest_per_school, rollup, score,
};

// ---------------------------------------------------------------------------------
// Helpers: rubrics from TOML text, ratings by indicator id and level key.
// ---------------------------------------------------------------------------------

/// Parses a rubric whose body (levels, optional `[scoring]`, standards) is `body`.
fn rubric(body: &str) -> Rubric {
    rubric_with("t", "1", body)
}

fn rubric_with(id: &str, version: &str, body: &str) -> Rubric {
    let text = format!(
        "format = \"touchstone-rubric\"\nformat_version = 1\nid = \"{id}\"\nversion = \"{version}\"\ntitle = \"Test rubric\"\n{body}"
    );
    parse("test.toml", &text).unwrap_or_else(|errs| {
        let msgs: Vec<String> = errs.iter().map(|d| d.to_string()).collect();
        panic!("test rubric does not parse:\n{}\n{text}", msgs.join("\n"))
    })
}

const FOUR_LEVELS: &str = r#"
levels = [
  { key = "not-yet",    label = "Not yet",            score = 1 },
  { key = "emerging",   label = "Emerging",           score = 2 },
  { key = "developing", label = "Developing",         score = 3 },
  { key = "full",       label = "Fully implementing", score = 4, full = true },
]
"#;

/// Three standards: leadership (4 indicators, two of them baseline), learning (2),
/// family (2, one baseline).
const THREE_STANDARDS: &str = r#"
[[standards]]
id = "leadership"
title = "Collaborative Leadership"
[[standards.indicators]]
id = "cl-1"
text = "A full-time coordinator is in place"
baseline = true
[[standards.indicators]]
id = "cl-2"
text = "A site leadership team meets regularly"
baseline = true
[[standards.indicators]]
id = "cl-3"
text = "Decisions are shared"
[[standards.indicators]]
id = "cl-4"
text = "Partners sit on the team"

[[standards]]
id = "learning"
title = "Powerful Learning"
[[standards.indicators]]
id = "pl-1"
text = "Learning is connected to the community"
[[standards.indicators]]
id = "pl-2"
text = "Expanded learning time is offered"

[[standards]]
id = "family"
title = "Family Engagement"
[[standards.indicators]]
id = "fe-1"
text = "A needs-and-assets assessment has been done"
baseline = true
[[standards.indicators]]
id = "fe-2"
text = "Families help lead"
"#;

/// The four-level, three-standard rubric with the given `[scoring]` table (or none).
fn standard_rubric(scoring: &str) -> Rubric {
    rubric(&format!("{FOUR_LEVELS}{scoring}\n{THREE_STANDARDS}"))
}

/// Ratings aligned with `rubric.indicators()`; unlisted indicators are unrated.
/// A rating is a level key, a 1-based level number, or `na`.
fn rate(rubric: &Rubric, given: &[(&str, &str)]) -> Vec<Option<Choice>> {
    let mut out = vec![None; rubric.indicator_count()];
    for (id, level) in given {
        let i = rubric
            .indicator_index(id)
            .unwrap_or_else(|| panic!("no indicator {id}"));
        out[i] = Some(
            rubric
                .parse_choice(level)
                .unwrap_or_else(|| panic!("no level {level}")),
        );
    }
    out
}

/// Every indicator at `level`, then the overrides.
fn rate_all(rubric: &Rubric, level: &str, overrides: &[(&str, &str)]) -> Vec<Option<Choice>> {
    let mut given: Vec<(&str, &str)> = rubric
        .indicators()
        .map(|(_, ind)| (ind.id.as_str(), level))
        .collect();
    given.extend_from_slice(overrides);
    rate(rubric, &given)
}

fn standard<'a>(rubric: &Rubric, score: &'a Score, id: &str) -> &'a StandardScore {
    let i = rubric
        .standards
        .iter()
        .position(|s| s.id == id)
        .unwrap_or_else(|| panic!("no standard {id}"));
    &score.by_standard[i]
}

fn frac(n: u32, d: u32) -> Fraction {
    Fraction::new(n, d)
}

// ---------------------------------------------------------------------------------
// §5 rules, one test each.
// ---------------------------------------------------------------------------------

#[test]
fn an_indicator_is_full_only_at_the_full_level() {
    let r = standard_rubric("");
    for (key, expect) in [
        ("not-yet", 0),
        ("emerging", 0),
        ("developing", 0),
        ("full", 1),
    ] {
        let s = score(&r, &rate(&r, &[("cl-1", key)]));
        assert_eq!(s.indicators.numerator, expect, "cl-1 at {key}");
        assert_eq!(standard(&r, &s, "leadership").indicators.numerator, expect);
    }

    // A full level that is not the top of the scale: only the level marked full
    // counts, a level above it does not ("its consensus level is the full level").
    let r = rubric(
        r#"
levels = [
  { key = "not-yet",    label = "Not yet",    score = 1 },
  { key = "emerging",   label = "Emerging",   score = 2 },
  { key = "full",       label = "Full",       score = 3, full = true },
  { key = "sustaining", label = "Sustaining", score = 4 },
]
[[standards]]
id = "s"
title = "S"
[[standards.indicators]]
id = "a"
text = "A"
[[standards.indicators]]
id = "b"
text = "B"
[[standards.indicators]]
id = "c"
text = "C"
[[standards.indicators]]
id = "d"
text = "D"
"#,
    );
    assert_eq!(r.full_level(), 2);
    let s = score(
        &r,
        &rate(
            &r,
            &[
                ("a", "not-yet"),
                ("b", "emerging"),
                ("c", "full"),
                ("d", "sustaining"),
            ],
        ),
    );
    assert_eq!(s.indicators, frac(1, 4));
    assert_eq!(s.by_standard[0].indicators, frac(1, 4));
}

#[test]
fn na_indicators_leave_every_denominator() {
    let r = standard_rubric("");
    let s = score(
        &r,
        &rate(
            &r,
            &[
                ("cl-1", "full"),
                ("cl-2", "full"),
                ("cl-3", "na"),
                ("cl-4", "full"),
                ("pl-1", "na"),
                ("pl-2", "na"),
                ("fe-1", "full"),
                ("fe-2", "developing"),
            ],
        ),
    );
    // School: 4 at full out of 5 applicable (3 N/A left out).
    assert_eq!(s.indicators, frac(4, 5));
    // Leadership: 3 of 3 applicable, so fully implemented at threshold 1.0.
    let lead = standard(&r, &s, "leadership");
    assert_eq!(lead.indicators, frac(3, 3));
    assert!(lead.fully_implemented);
    // Learning: nothing applicable, leaves the standards denominator.
    assert_eq!(standard(&r, &s, "learning").indicators, frac(0, 0));
    assert_eq!(s.standards, frac(1, 2));
    // N/A is a recorded answer: rated, and the assessment is complete.
    assert_eq!((s.rated, s.unrated), (8, 0));
    assert!(!s.incomplete);
}

#[test]
fn unrated_indicators_count_as_not_full_and_mark_incomplete() {
    let r = standard_rubric("");
    let complete = score(&r, &rate_all(&r, "full", &[]));
    assert!(!complete.incomplete);
    assert_eq!(complete.indicators, frac(8, 8));
    assert!(complete.fully_implementing);

    let mut choices = rate_all(&r, "full", &[]);
    choices[r.indicator_index("pl-2").unwrap()] = None;
    let s = score(&r, &choices);
    assert!(s.incomplete);
    assert_eq!((s.rated, s.unrated), (7, 1));
    // Stays in the denominator, counts as not full.
    assert_eq!(s.indicators, frac(7, 8));
    let learning = standard(&r, &s, "learning");
    assert_eq!(learning.indicators, frac(1, 2));
    assert!(learning.applicable);
    assert!(!learning.fully_implemented);
    assert_eq!(learning.unrated, 1);
    assert_eq!(s.standards, frac(2, 3));
    assert!(!s.fully_implementing);
}

#[test]
fn missing_choices_are_unrated() {
    let r = standard_rubric("");
    // Fewer choices than indicators: the rest are unrated.
    let s = score(&r, &[Some(Choice::Level(3))]);
    assert_eq!(s.indicators, frac(1, 8));
    assert_eq!((s.rated, s.unrated), (1, 7));
    assert!(s.incomplete);
    let none = score(&r, &[]);
    assert_eq!(none.indicators, frac(0, 8));
    assert_eq!(none.standards, frac(0, 3));
    assert!(none.incomplete && !none.fully_implementing && !none.baseline_met);
}

#[test]
fn standard_with_only_na_is_not_applicable() {
    let r = standard_rubric("");
    let s = score(&r, &rate_all(&r, "full", &[("pl-1", "na"), ("pl-2", "na")]));
    let learning = standard(&r, &s, "learning");
    assert!(!learning.applicable);
    assert!(!learning.fully_implemented);
    assert_eq!(learning.indicators, frac(0, 0));
    assert_eq!(learning.indicators.percent(), None);
    assert_eq!(learning.mean_score, None);
    // It leaves the school's standards denominator: 2 of 2.
    assert_eq!(s.standards, frac(2, 2));
    assert!(s.fully_implementing);
}

#[test]
fn standard_threshold_defaults_to_every_applicable_indicator() {
    let r = standard_rubric("");
    assert_eq!(r.scoring.standard_threshold, 1.0);
    let s = score(&r, &rate_all(&r, "full", &[("cl-4", "developing")]));
    let lead = standard(&r, &s, "leadership");
    assert_eq!(lead.indicators, frac(3, 4));
    assert!(!lead.fully_implemented);
}

#[test]
fn standard_threshold_below_one_allows_partial() {
    let r = standard_rubric("[scoring]\nstandard_threshold = 0.75");
    let lead = |overrides: &[(&str, &str)]| {
        standard(
            &r,
            &score(&r, &rate_all(&r, "full", overrides)),
            "leadership",
        )
        .clone()
    };
    // 3/4 = 0.75 reaches 0.75 exactly.
    let s = lead(&[("cl-4", "developing")]);
    assert_eq!(s.indicators, frac(3, 4));
    assert!(s.fully_implemented);
    // 2/4 does not.
    let s = lead(&[("cl-3", "emerging"), ("cl-4", "developing")]);
    assert!(!s.fully_implemented);
    // With an N/A the share is of applicable indicators: 2/3 < 0.75.
    let s = lead(&[("cl-3", "na"), ("cl-4", "not-yet")]);
    assert_eq!(s.indicators, frac(2, 3));
    assert!(!s.fully_implemented);
    // An unrated indicator counts as not full: 3/4 still reaches.
    let mut choices = rate_all(&r, "full", &[]);
    choices[r.indicator_index("cl-4").unwrap()] = None;
    let sc = score(&r, &choices);
    assert!(standard(&r, &sc, "leadership").fully_implemented);
    assert!(sc.incomplete);

    // A half threshold: one of two is enough.
    let r = standard_rubric("[scoring]\nstandard_threshold = 0.5");
    let s = score(&r, &rate_all(&r, "full", &[("pl-1", "not-yet")]));
    assert!(standard(&r, &s, "learning").fully_implemented);
}

#[test]
fn school_threshold_defaults_to_every_applicable_standard() {
    let r = standard_rubric("");
    assert_eq!(r.scoring.school_threshold, 1.0);
    let s = score(&r, &rate_all(&r, "full", &[("fe-2", "developing")]));
    assert_eq!(s.standards, frac(2, 3));
    assert!(!s.fully_implementing);
}

#[test]
fn school_threshold_below_one() {
    let r = standard_rubric("[scoring]\nschool_threshold = 0.5");
    // 1 of 3 standards: below half.
    let s = score(
        &r,
        &rate_all(&r, "full", &[("pl-1", "emerging"), ("fe-1", "emerging")]),
    );
    assert_eq!(s.standards, frac(1, 3));
    assert!(!s.fully_implementing);
    // 2 of 3: above half.
    let s = score(&r, &rate_all(&r, "full", &[("fe-1", "emerging")]));
    assert_eq!(s.standards, frac(2, 3));
    assert!(s.fully_implementing);
    // 1 of 2 applicable (learning all N/A): exactly half reaches.
    let s = score(
        &r,
        &rate_all(
            &r,
            "full",
            &[("pl-1", "na"), ("pl-2", "na"), ("fe-1", "emerging")],
        ),
    );
    assert_eq!(s.standards, frac(1, 2));
    assert!(s.fully_implementing);
}

#[test]
fn fully_implementing_requires_applicable_standards() {
    let r = standard_rubric("[scoring]\nschool_threshold = 0.5\nstandard_threshold = 0.5");
    let s = score(&r, &rate_all(&r, "na", &[]));
    assert_eq!(s.standards, frac(0, 0));
    assert_eq!(s.indicators, frac(0, 0));
    assert_eq!(s.standards.percent(), None);
    assert!(!s.fully_implementing);
    assert!(!s.incomplete);
    assert!(
        s.by_standard
            .iter()
            .all(|b| !b.applicable && !b.fully_implemented)
    );
}

#[test]
fn baseline_needs_every_baseline_indicator_at_least_baseline_level() {
    let r = standard_rubric("[scoring]\nbaseline_level = \"developing\"");
    assert_eq!(r.scoring.baseline_level, 2);
    // Baseline indicators: cl-1, cl-2, fe-1. Others may be anything.
    let met = rate_all(
        &r,
        "not-yet",
        &[
            ("cl-1", "developing"),
            ("cl-2", "full"),
            ("fe-1", "developing"),
        ],
    );
    let s = score(&r, &met);
    assert!(s.baseline_met);
    assert!(!s.fully_implementing);
    // One baseline indicator below the level is enough to miss it.
    let s = score(
        &r,
        &rate_all(&r, "full", &[("cl-1", "developing"), ("fe-1", "emerging")]),
    );
    assert!(!s.baseline_met);
}

#[test]
fn baseline_ignores_indicators_not_marked_baseline() {
    let r = standard_rubric("");
    let s = score(
        &r,
        &rate(
            &r,
            &[
                ("cl-1", "emerging"),
                ("cl-2", "emerging"),
                ("fe-1", "emerging"),
            ],
        ),
    );
    assert!(s.incomplete);
    assert!(
        s.baseline_met,
        "unrated non-baseline indicators do not matter"
    );
    let s = score(
        &r,
        &rate_all(
            &r,
            "na",
            &[
                ("cl-1", "emerging"),
                ("cl-2", "emerging"),
                ("fe-1", "emerging"),
            ],
        ),
    );
    assert!(s.baseline_met, "N/A non-baseline indicators do not matter");
}

#[test]
fn baseline_unrated_or_na_does_not_meet() {
    let r = standard_rubric("");
    let s = score(&r, &rate_all(&r, "full", &[("fe-1", "na")]));
    assert!(!s.baseline_met, "N/A baseline indicator");
    let mut choices = rate_all(&r, "full", &[]);
    choices[r.indicator_index("cl-2").unwrap()] = None;
    let s = score(&r, &choices);
    assert!(!s.baseline_met, "unrated baseline indicator");
}

#[test]
fn baseline_level_defaults_to_second_level() {
    let r = standard_rubric("");
    assert_eq!(r.scoring.baseline_level, 1);
    assert_eq!(r.levels[r.scoring.baseline_level].key, "emerging");
    let at_emerging = [
        ("cl-1", "emerging"),
        ("cl-2", "emerging"),
        ("fe-1", "emerging"),
    ];
    assert!(score(&r, &rate_all(&r, "not-yet", &at_emerging)).baseline_met);
    let s = score(
        &r,
        &rate_all(&r, "full", &[("cl-1", "emerging"), ("cl-2", "not-yet")]),
    );
    assert!(!s.baseline_met);

    // With two levels the second level is the top one.
    let r = rubric(
        r#"
levels = [
  { key = "no", label = "No", score = 0 },
  { key = "yes", label = "Yes", score = 1, full = true },
]
[[standards]]
id = "s"
title = "S"
[[standards.indicators]]
id = "a"
text = "A"
baseline = true
"#,
    );
    assert_eq!(r.scoring.baseline_level, 1);
    assert!(!score(&r, &rate(&r, &[("a", "no")])).baseline_met);
    assert!(score(&r, &rate(&r, &[("a", "yes")])).baseline_met);
}

#[test]
fn mean_score_over_rated_applicable_indicators_only() {
    // Scores that are not the level positions, so the mean must use them.
    let r = rubric(&format!(
        r#"
levels = [
  {{ key = "not-yet",    label = "Not yet",    score = 1 }},
  {{ key = "emerging",   label = "Emerging",   score = 2 }},
  {{ key = "developing", label = "Developing", score = 5 }},
  {{ key = "full",       label = "Full",       score = 10, full = true }},
]
{THREE_STANDARDS}"#
    ));
    let s = score(
        &r,
        &rate(
            &r,
            &[
                ("cl-1", "full"),
                ("cl-2", "not-yet"),
                ("cl-3", "na"),
                // cl-4 unrated
                ("fe-1", "na"),
                ("fe-2", "na"),
            ],
        ),
    );
    assert_eq!(standard(&r, &s, "leadership").mean_score, Some(5.5));
    assert_eq!(standard(&r, &s, "learning").mean_score, None, "all unrated");
    assert_eq!(standard(&r, &s, "family").mean_score, None, "all N/A");
    let s = score(
        &r,
        &rate(&r, &[("pl-1", "developing"), ("pl-2", "emerging")]),
    );
    assert_eq!(standard(&r, &s, "learning").mean_score, Some(3.5));
}

#[test]
fn percent_is_none_when_denominator_zero() {
    assert_eq!(Fraction::new(0, 0).percent(), None);
    assert_eq!(Fraction::default().percent(), None);
    assert!(!Fraction::new(0, 0).reaches(0.5));
    assert_eq!(Fraction::new(0, 3).percent(), Some(0.0));
    assert_eq!(Fraction::new(3, 3).percent(), Some(100.0));
}

#[test]
fn percent_is_unrounded() {
    assert_eq!(Fraction::new(2, 3).percent(), Some(100.0 * 2.0 / 3.0));
    assert_eq!(Fraction::new(1, 8).percent(), Some(12.5));
}

#[test]
fn fraction_display_shows_numerator_and_denominator() {
    assert_eq!(Fraction::new(4, 10).to_string(), "40.0% (4/10)");
    assert_eq!(Fraction::new(2, 3).to_string(), "66.7% (2/3)");
    assert_eq!(Fraction::new(10, 10).to_string(), "100.0% (10/10)");
    assert_eq!(Fraction::new(0, 7).to_string(), "0.0% (0/7)");
    let text = Fraction::new(0, 0).to_string();
    assert!(text.contains("(0/0)"), "{text}");

    let r = standard_rubric("");
    let s = score(&r, &rate_all(&r, "full", &[("fe-2", "emerging")]));
    assert_eq!(s.indicators.to_string(), "87.5% (7/8)");
    assert_eq!(s.standards.to_string(), "66.7% (2/3)");
}

// ---------------------------------------------------------------------------------
// Network rollup.
// ---------------------------------------------------------------------------------

fn submission(
    rubric: &Arc<Rubric>,
    school: &str,
    district: Option<&str>,
    id: &str,
    on: Date,
    updated_second: i64,
    choices: &[Option<Choice>],
) -> Submission {
    Submission {
        school: school.to_string(),
        district: district.map(str::to_string),
        assessment_id: id.to_string(),
        date: on,
        updated: Timestamp::from_second(1_700_000_000 + updated_second).unwrap(),
        rubric: Arc::clone(rubric),
        score: score(rubric, choices),
        choices: choices.to_vec(),
    }
}

fn ids(subs: &[Submission]) -> BTreeSet<String> {
    subs.iter().map(|s| s.assessment_id.clone()).collect()
}

#[test]
fn rollup_takes_latest_assessment_per_school_by_date_then_last_change() {
    let r = Arc::new(standard_rubric(""));
    let all_full = rate_all(&r, "full", &[]);
    let not_yet = rate_all(&r, "not-yet", &[]);
    let subs = vec![
        // Older date, but changed most recently: not the latest.
        submission(&r, "Adams", None, "a1", date(2024, 3, 1), 9_000, &not_yet),
        // Same newest date: the later change wins.
        submission(&r, "Adams", None, "a2", date(2024, 5, 1), 1_000, &not_yet),
        submission(&r, "Adams", None, "a3", date(2024, 5, 1), 2_000, &all_full),
        submission(&r, "Baker", None, "b1", date(2024, 1, 10), 0, &not_yet),
    ];
    let expected: BTreeSet<String> = ["a3", "b1"].iter().map(|s| s.to_string()).collect();
    for rotation in 0..subs.len() {
        let mut input = subs.clone();
        input.rotate_left(rotation);
        assert_eq!(ids(&latest_per_school(input.clone())), expected);
        input.reverse();
        assert_eq!(ids(&latest_per_school(input)), expected);
    }
    let latest = latest_per_school(subs);
    let roll = rollup(&r, &latest);
    assert_eq!(roll.schools, 2);
    assert_eq!(roll.fully_implementing, frac(1, 2));
}

#[test]
fn latest_per_school_does_not_depend_on_input_order_on_full_ties() {
    let r = Arc::new(standard_rubric(""));
    let c = rate_all(&r, "full", &[]);
    let x = submission(&r, "Adams", None, "x", date(2024, 5, 1), 100, &c);
    let y = submission(&r, "Adams", None, "y", date(2024, 5, 1), 100, &c);
    let one = ids(&latest_per_school(vec![x.clone(), y.clone()]));
    let two = ids(&latest_per_school(vec![y, x]));
    assert_eq!(one.len(), 1);
    assert_eq!(one, two);
}

#[test]
fn rollup_counts_incomplete() {
    let r = Arc::new(standard_rubric(""));
    let complete = rate_all(&r, "full", &[]);
    let mut partial = rate_all(&r, "full", &[]);
    partial[0] = None;
    let subs = latest_per_school(vec![
        // Adams: an older incomplete assessment superseded by a complete one.
        submission(&r, "Adams", None, "a1", date(2024, 1, 1), 0, &partial),
        submission(&r, "Adams", None, "a2", date(2024, 2, 1), 0, &complete),
        submission(&r, "Baker", None, "b1", date(2024, 2, 1), 0, &partial),
        submission(&r, "Carver", None, "c1", date(2024, 2, 1), 0, &[]),
    ]);
    let roll = rollup(&r, &subs);
    assert_eq!(roll.schools, 3);
    assert_eq!(roll.incomplete, 2);
    // Incomplete schools still count in every denominator.
    assert_eq!(roll.fully_implementing, frac(1, 3));
    assert_eq!(roll.baseline_met, frac(1, 3));
}

#[test]
fn rollup_fully_implementing_and_baseline_are_shares_of_all_schools() {
    let r = Arc::new(standard_rubric(""));
    let subs = vec![
        submission(
            &r,
            "Adams",
            None,
            "a",
            date(2024, 1, 1),
            0,
            &rate_all(&r, "full", &[]),
        ),
        // Meets the baseline without fully implementing.
        submission(
            &r,
            "Baker",
            None,
            "b",
            date(2024, 1, 1),
            0,
            &rate_all(&r, "emerging", &[]),
        ),
        // All N/A: neither, but still one of the schools.
        submission(
            &r,
            "Carver",
            None,
            "c",
            date(2024, 1, 1),
            0,
            &rate_all(&r, "na", &[]),
        ),
        submission(
            &r,
            "Dunbar",
            None,
            "d",
            date(2024, 1, 1),
            0,
            &rate_all(&r, "not-yet", &[]),
        ),
    ];
    let roll = rollup(&r, &latest_per_school(subs));
    assert_eq!(roll.schools, 4);
    assert_eq!(roll.incomplete, 0);
    assert_eq!(roll.fully_implementing, frac(1, 4));
    assert_eq!(roll.baseline_met, frac(2, 4));
    assert_eq!(roll.fully_implementing.to_string(), "25.0% (1/4)");
}

#[test]
fn rollup_per_standard_fraction() {
    let r = Arc::new(standard_rubric(""));
    let subs = vec![
        // Adams: leadership full, learning N/A, family not.
        submission(
            &r,
            "Adams",
            None,
            "a",
            date(2024, 1, 1),
            0,
            &rate_all(
                &r,
                "full",
                &[("pl-1", "na"), ("pl-2", "na"), ("fe-2", "emerging")],
            ),
        ),
        // Baker: leadership not, learning full, family full.
        submission(
            &r,
            "Baker",
            None,
            "b",
            date(2024, 1, 1),
            0,
            &rate_all(&r, "full", &[("cl-3", "developing")]),
        ),
        // Carver: everything full.
        submission(
            &r,
            "Carver",
            None,
            "c",
            date(2024, 1, 1),
            0,
            &rate_all(&r, "full", &[]),
        ),
    ];
    let roll = rollup(&r, &latest_per_school(subs));
    let got: Vec<(&str, &str, Fraction)> = roll
        .by_standard
        .iter()
        .map(|s| (s.id.as_str(), s.title.as_str(), s.fully_implemented))
        .collect();
    assert_eq!(
        got,
        vec![
            ("leadership", "Collaborative Leadership", frac(2, 3)),
            // Schools where the standard applies: Adams's all-N/A leaves it.
            ("learning", "Powerful Learning", frac(2, 2)),
            ("family", "Family Engagement", frac(2, 3)),
        ]
    );
    assert_eq!(roll.fully_implementing, frac(1, 3));
}

#[test]
fn rollup_same_school_name_in_two_districts_are_two_schools() {
    let r = Arc::new(standard_rubric(""));
    let full = rate_all(&r, "full", &[]);
    let subs = vec![
        submission(&r, "Lincoln", Some("North"), "n1", date(2023, 1, 1), 0, &[]),
        submission(
            &r,
            "Lincoln",
            Some("North"),
            "n2",
            date(2024, 1, 1),
            0,
            &full,
        ),
        submission(&r, "Lincoln", Some("South"), "s1", date(2023, 6, 1), 0, &[]),
        submission(&r, "Lincoln", None, "x1", date(2022, 6, 1), 0, &full),
    ];
    let latest = latest_per_school(subs);
    let expected: BTreeSet<String> = ["n2", "s1", "x1"].iter().map(|s| s.to_string()).collect();
    assert_eq!(ids(&latest), expected);
    let roll = rollup(&r, &latest);
    assert_eq!(roll.schools, 3);
    assert_eq!(roll.incomplete, 1);
    assert_eq!(roll.fully_implementing, frac(2, 3));
}

#[test]
fn rollup_matches_standards_by_id_across_rubric_versions() {
    let v1 = Arc::new(standard_rubric(""));
    // Version 2 drops "family" and adds "community".
    let v2 = Arc::new(rubric_with(
        "t",
        "2",
        &format!(
            "{FOUR_LEVELS}{}\n[[standards]]\nid = \"community\"\ntitle = \"Community\"\n[[standards.indicators]]\nid = \"co-1\"\ntext = \"Partners\"\n",
            THREE_STANDARDS
                .split("[[standards]]\nid = \"family\"")
                .next()
                .unwrap()
        ),
    ));
    assert_eq!(v2.standards.len(), 3);
    let subs = vec![
        submission(
            &v1,
            "Adams",
            None,
            "a",
            date(2024, 1, 1),
            0,
            &rate_all(&v1, "full", &[]),
        ),
        submission(
            &v2,
            "Baker",
            None,
            "b",
            date(2024, 1, 1),
            0,
            &rate_all(&v2, "full", &[]),
        ),
    ];
    let roll = rollup(&v2, &latest_per_school(subs));
    assert_eq!(roll.schools, 2);
    let by: Vec<(&str, Fraction)> = roll
        .by_standard
        .iter()
        .map(|s| (s.id.as_str(), s.fully_implemented))
        .collect();
    assert_eq!(
        by,
        vec![
            ("leadership", frac(2, 2)),
            ("learning", frac(2, 2)),
            ("community", frac(1, 1)),
        ]
    );
}

#[test]
fn rollup_of_no_schools_has_empty_fractions() {
    let r = standard_rubric("");
    let roll = rollup(&r, &[]);
    assert_eq!(roll.schools, 0);
    assert_eq!(roll.incomplete, 0);
    assert_eq!(roll.fully_implementing.percent(), None);
    assert_eq!(roll.baseline_met.percent(), None);
    assert!(
        roll.by_standard
            .iter()
            .all(|s| s.fully_implemented == Fraction::default())
    );
}

// ---------------------------------------------------------------------------------
// Property tests over generated rubrics.
// ---------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Spec {
    /// Level scores, strictly increasing; level keys are `l0`, `l1`, ….
    scores: Vec<i64>,
    full: usize,
    /// `None`: not written, so the default (second level) applies.
    baseline_level: Option<usize>,
    standard_threshold: Option<f64>,
    school_threshold: Option<f64>,
    standards: Vec<StandardSpec>,
}

#[derive(Debug, Clone)]
struct StandardSpec {
    id: String,
    indicators: Vec<IndicatorSpec>,
}

#[derive(Debug, Clone)]
struct IndicatorSpec {
    id: String,
    baseline: bool,
}

impl Spec {
    fn indicator_count(&self) -> usize {
        self.standards.iter().map(|s| s.indicators.len()).sum()
    }

    fn levels(&self) -> usize {
        self.scores.len()
    }

    fn baseline_level(&self) -> usize {
        self.baseline_level.unwrap_or(1)
    }

    /// (standard, indicator within it) of the `i`-th indicator in rubric order.
    fn locate(&self, mut i: usize) -> (usize, usize) {
        for (s, standard) in self.standards.iter().enumerate() {
            if i < standard.indicators.len() {
                return (s, i);
            }
            i -= standard.indicators.len();
        }
        panic!("indicator index out of range")
    }

    fn indicator(&self, i: usize) -> &IndicatorSpec {
        let (s, j) = self.locate(i);
        &self.standards[s].indicators[j]
    }

    fn toml(&self) -> String {
        let mut t = String::from(
            "format = \"touchstone-rubric\"\nformat_version = 1\nid = \"gen\"\nversion = \"1\"\ntitle = \"Generated\"\nlevels = [\n",
        );
        for (i, score) in self.scores.iter().enumerate() {
            let full = if i == self.full { ", full = true" } else { "" };
            writeln!(
                t,
                "  {{ key = \"l{i}\", label = \"Level {i}\", score = {score}{full} }},"
            )
            .unwrap();
        }
        t.push_str("]\n[scoring]\n");
        if let Some(x) = self.standard_threshold {
            writeln!(t, "standard_threshold = {x:?}").unwrap();
        }
        if let Some(x) = self.school_threshold {
            writeln!(t, "school_threshold = {x:?}").unwrap();
        }
        if let Some(b) = self.baseline_level {
            writeln!(t, "baseline_level = \"l{b}\"").unwrap();
        }
        for s in &self.standards {
            writeln!(
                t,
                "[[standards]]\nid = \"{0}\"\ntitle = \"Standard {0}\"",
                s.id
            )
            .unwrap();
            for i in &s.indicators {
                writeln!(
                    t,
                    "[[standards.indicators]]\nid = \"{0}\"\ntext = \"Indicator {0}\"\nbaseline = {1}",
                    i.id, i.baseline
                )
                .unwrap();
            }
        }
        t
    }

    fn build(&self) -> Rubric {
        let text = self.toml();
        parse("gen.toml", &text).unwrap_or_else(|errs| {
            let msgs: Vec<String> = errs.iter().map(|d| d.to_string()).collect();
            panic!(
                "generated rubric does not parse:\n{}\n{text}",
                msgs.join("\n")
            )
        })
    }

    /// The same rubric without the `i`-th indicator (and without its standard if that
    /// was its only indicator). `None` when nothing would be left.
    fn without(&self, i: usize) -> Option<Spec> {
        let (s, j) = self.locate(i);
        let mut out = self.clone();
        out.standards[s].indicators.remove(j);
        if out.standards[s].indicators.is_empty() {
            out.standards.remove(s);
        }
        (!out.standards.is_empty()).then_some(out)
    }
}

fn threshold() -> impl Strategy<Value = Option<f64>> {
    prop::sample::select(vec![None, Some(0.5), Some(0.75), Some(1.0)])
}

/// 1–5 standards of 1–6 indicators, 2–7 levels with increasing scores, the full level
/// anywhere (or on top), random thresholds, baseline level and baseline flags.
fn spec_strategy(full_on_top: bool) -> impl Strategy<Value = Spec> {
    (2usize..=7)
        .prop_flat_map(move |n| {
            let full = if full_on_top {
                Just(n - 1).boxed()
            } else {
                (0..n).boxed()
            };
            (
                prop::collection::vec(1i64..=4, n),
                -3i64..=3,
                full,
                prop::option::of(0..n),
                threshold(),
                threshold(),
                prop::collection::vec(prop::collection::vec(any::<bool>(), 1..=6), 1..=5),
            )
        })
        .prop_map(|(steps, start, full, baseline_level, st, sc, flags)| {
            let mut score = start;
            let scores = steps
                .iter()
                .map(|step| {
                    score += step;
                    score
                })
                .collect();
            let standards = flags
                .iter()
                .enumerate()
                .map(|(s, flags)| StandardSpec {
                    id: format!("s{s}"),
                    indicators: flags
                        .iter()
                        .enumerate()
                        .map(|(i, &baseline)| IndicatorSpec {
                            id: format!("s{s}-i{i}"),
                            baseline,
                        })
                        .collect(),
                })
                .collect();
            Spec {
                scores,
                full,
                baseline_level,
                standard_threshold: st,
                school_threshold: sc,
                standards,
            }
        })
}

/// Unrated, N/A, any level, or (often, so that thresholds are reached) the full level.
fn choice(levels: usize, full: usize) -> impl Strategy<Value = Option<Choice>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Choice::NotApplicable)),
        2 => (0..levels).prop_map(|l| Some(Choice::Level(l))),
        3 => Just(Some(Choice::Level(full))),
    ]
}

fn rated(full_on_top: bool) -> impl Strategy<Value = (Spec, Vec<Option<Choice>>)> {
    spec_strategy(full_on_top).prop_flat_map(|spec| {
        let choices =
            prop::collection::vec(choice(spec.levels(), spec.full), spec.indicator_count());
        (Just(spec), choices)
    })
}

/// The figures recounted from DESIGN §5, straight from the spec (not the parsed rubric).
fn recount(spec: &Spec, choices: &[Option<Choice>]) -> Score {
    let reaches = |f: Fraction, t: Option<f64>| {
        f.denominator > 0 && f64::from(f.numerator) >= t.unwrap_or(1.0) * f64::from(f.denominator)
    };
    let mut at = 0;
    let mut by_standard = Vec::new();
    let mut baseline_met = true;
    for s in &spec.standards {
        let mine = &choices[at..at + s.indicators.len()];
        for (ind, c) in s.indicators.iter().zip(mine) {
            if ind.baseline {
                baseline_met &= matches!(c, Some(Choice::Level(l)) if *l >= spec.baseline_level());
            }
        }
        at += s.indicators.len();
        let levels: Vec<usize> = mine
            .iter()
            .filter_map(|c| match c {
                Some(Choice::Level(l)) => Some(*l),
                _ => None,
            })
            .collect();
        let unrated = mine.iter().filter(|c| c.is_none()).count() as u32;
        let na = mine
            .iter()
            .filter(|c| **c == Some(Choice::NotApplicable))
            .count() as u32;
        let indicators = Fraction::new(
            levels.iter().filter(|&&l| l == spec.full).count() as u32,
            mine.len() as u32 - na,
        );
        let sum: i64 = levels.iter().map(|&l| spec.scores[l]).sum();
        by_standard.push(StandardScore {
            applicable: indicators.denominator > 0,
            fully_implemented: reaches(indicators, spec.standard_threshold),
            indicators,
            rated: mine.len() as u32 - unrated,
            unrated,
            mean_score: (!levels.is_empty()).then(|| sum as f64 / levels.len() as f64),
            // Counted here from the threshold by hand: the most misses that still reach it.
            may_be_below_full: (0..=indicators.denominator)
                .rev()
                .find(|k| {
                    reaches(
                        Fraction::new(indicators.denominator - k, indicators.denominator),
                        spec.standard_threshold,
                    )
                })
                .unwrap_or(0),
        });
    }
    let total = |f: &dyn Fn(&StandardScore) -> u32| by_standard.iter().map(f).sum::<u32>();
    let indicators = Fraction::new(
        total(&|b| b.indicators.numerator),
        total(&|b| b.indicators.denominator),
    );
    let standards = Fraction::new(
        total(&|b| u32::from(b.fully_implemented)),
        total(&|b| u32::from(b.applicable)),
    );
    let (rated, unrated) = (total(&|b| b.rated), total(&|b| b.unrated));
    Score {
        incomplete: unrated > 0,
        fully_implementing: reaches(standards, spec.school_threshold),
        baseline_met,
        indicators,
        standards,
        rated,
        unrated,
        by_standard,
    }
}

fn check_percent(what: &str, f: Fraction) -> Result<(), TestCaseError> {
    prop_assert!(f.numerator <= f.denominator, "{what}: {f:?}");
    match f.percent() {
        None => prop_assert_eq!(f.denominator, 0, "{}: percent None with {:?}", what, f),
        Some(p) => {
            prop_assert!(f.denominator > 0, "{what}: percent with 0 denominator");
            let expect = 100.0 * f64::from(f.numerator) / f64::from(f.denominator);
            prop_assert!((p - expect).abs() <= 1e-9, "{what}: {p} != {expect}");
        }
    }
    Ok(())
}

fn check_all_percents(s: &Score) -> Result<(), TestCaseError> {
    check_percent("school indicators", s.indicators)?;
    check_percent("school standards", s.standards)?;
    for (i, b) in s.by_standard.iter().enumerate() {
        check_percent(&format!("standard {i} indicators"), b.indicators)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// `score` agrees with a direct recount of the §5 rules.
    #[test]
    fn score_agrees_with_a_recount_of_the_rules((spec, choices) in rated(false)) {
        let r = spec.build();
        prop_assert_eq!(r.full_level(), spec.full);
        prop_assert_eq!(r.scoring.baseline_level, spec.baseline_level());
        prop_assert_eq!(score(&r, &choices), recount(&spec, &choices));
    }

    /// percent == 100 × numerator ÷ denominator for every fraction of a score, and
    /// None exactly when the denominator is 0.
    #[test]
    fn every_percent_is_numerator_over_denominator((spec, choices) in rated(false)) {
        let s = score(&spec.build(), &choices);
        check_all_percents(&s)?;
    }

    /// N/A is the same as leaving the indicator out of the rubric: with indicator k set
    /// to N/A, every count (school indicators, school standards, fully_implementing,
    /// incomplete, unrated, and every standard's figures) equals the count for the
    /// rubric with indicator k removed (its standard too, if k was its only
    /// indicator), except that N/A is a recorded answer (rated + 1) and an N/A
    /// baseline indicator fails the baseline.
    #[test]
    fn na_is_the_same_as_removing_the_indicator(
        (spec, mut choices) in rated(false),
        which in any::<Index>(),
    ) {
        let k = which.index(choices.len());
        choices[k] = Some(Choice::NotApplicable);
        let with_na = score(&spec.build(), &choices);
        let (s, _) = spec.locate(k);
        let baseline = spec.indicator(k).baseline;
        let Some(reduced) = spec.without(k) else {
            // The only indicator of the rubric: nothing is applicable.
            prop_assert_eq!(with_na.indicators, Fraction::new(0, 0));
            prop_assert_eq!(with_na.standards, Fraction::new(0, 0));
            prop_assert!(!with_na.fully_implementing);
            prop_assert_eq!(with_na.baseline_met, !baseline);
            return Ok(());
        };
        let mut fewer = choices.clone();
        fewer.remove(k);
        let removed = score(&reduced.build(), &fewer);

        prop_assert_eq!(with_na.indicators, removed.indicators);
        prop_assert_eq!(with_na.standards, removed.standards);
        prop_assert_eq!(with_na.fully_implementing, removed.fully_implementing);
        prop_assert_eq!(with_na.incomplete, removed.incomplete);
        prop_assert_eq!(with_na.unrated, removed.unrated);
        prop_assert_eq!(with_na.rated, removed.rated + 1);
        if baseline {
            prop_assert!(!with_na.baseline_met, "an N/A baseline indicator fails the baseline");
        } else {
            prop_assert_eq!(with_na.baseline_met, removed.baseline_met);
        }
        let standard_gone = reduced.standards.len() < spec.standards.len();
        if standard_gone {
            let b = &with_na.by_standard[s];
            prop_assert!(!b.applicable && !b.fully_implemented);
            prop_assert_eq!(b.indicators, Fraction::new(0, 0));
        }
        for (i, b) in with_na.by_standard.iter().enumerate() {
            let j = match i.cmp(&s) {
                std::cmp::Ordering::Less => i,
                std::cmp::Ordering::Equal if standard_gone => continue,
                std::cmp::Ordering::Equal => i,
                std::cmp::Ordering::Greater => if standard_gone { i - 1 } else { i },
            };
            let o = &removed.by_standard[j];
            prop_assert_eq!(b.applicable, o.applicable);
            prop_assert_eq!(b.fully_implemented, o.fully_implemented);
            prop_assert_eq!(b.indicators, o.indicators);
            prop_assert_eq!(b.mean_score, o.mean_score);
            prop_assert_eq!(b.unrated, o.unrated);
            prop_assert_eq!(b.rated, o.rated + u32::from(i == s));
        }
    }

    /// Replacing a non-full rating (unrated, or a level other than the full level)
    /// with N/A never changes `indicators.numerator`, of the school or of the
    /// indicator's standard; it lowers those denominators by exactly one. (The
    /// standards *numerator* may rise: a smaller denominator can bring a standard
    /// over its threshold. It never falls.)
    #[test]
    fn na_in_place_of_a_non_full_rating_keeps_indicator_numerators(
        (spec, choices) in rated(false),
        which in any::<Index>(),
    ) {
        let k = which.index(choices.len());
        if choices[k] == Some(Choice::Level(spec.full)) || choices[k] == Some(Choice::NotApplicable) {
            return Ok(());
        }
        let r = spec.build();
        let (s, _) = spec.locate(k);
        let before = score(&r, &choices);
        let mut na = choices.clone();
        na[k] = Some(Choice::NotApplicable);
        let after = score(&r, &na);
        prop_assert_eq!(after.indicators.numerator, before.indicators.numerator);
        prop_assert_eq!(after.indicators.denominator + 1, before.indicators.denominator);
        prop_assert_eq!(after.by_standard[s].indicators.numerator, before.by_standard[s].indicators.numerator);
        prop_assert_eq!(after.by_standard[s].indicators.denominator + 1, before.by_standard[s].indicators.denominator);
        prop_assert!(after.standards.numerator >= before.standards.numerator);
        for (i, (a, b)) in after.by_standard.iter().zip(&before.by_standard).enumerate() {
            if i != s {
                prop_assert_eq!(a, b);
            }
        }
    }

    /// N/A never beats the full level: with indicator k at the full level instead of
    /// N/A, the school's indicators numerator is exactly one more, no standard's
    /// numerator and not the standards numerator is lower, and fully_implementing /
    /// baseline_met / each fully_implemented true under N/A stays true at full.
    #[test]
    fn na_never_counts_for_more_than_the_full_level(
        (spec, mut choices) in rated(false),
        which in any::<Index>(),
    ) {
        let r = spec.build();
        let k = which.index(choices.len());
        choices[k] = Some(Choice::NotApplicable);
        let na = score(&r, &choices);
        choices[k] = Some(Choice::Level(spec.full));
        let full = score(&r, &choices);
        prop_assert_eq!(full.indicators.numerator, na.indicators.numerator + 1);
        prop_assert!(full.standards.numerator >= na.standards.numerator);
        prop_assert!(!na.fully_implementing || full.fully_implementing);
        prop_assert!(!na.baseline_met || full.baseline_met);
        for (f, n) in full.by_standard.iter().zip(&na.by_standard) {
            prop_assert!(f.indicators.numerator >= n.indicators.numerator);
            prop_assert!(!n.fully_implemented || f.fully_implemented);
        }
    }

    /// With the full level on top of the scale, raising one rating (unrated to any
    /// level, or level i to level j > i) never lowers any percentage (school
    /// indicators, school standards, each standard's indicators), never turns
    /// fully_implementing, baseline_met or any fully_implemented from true to false,
    /// never lowers a standard's mean score when a level is raised, and never makes
    /// a complete assessment incomplete.
    #[test]
    fn raising_one_rating_never_lowers_any_figure(
        (spec, choices) in rated(true),
        which in any::<Index>(),
        to in any::<Index>(),
    ) {
        let n = spec.levels();
        let k = which.index(choices.len());
        let raised = match choices[k] {
            None => Choice::Level(to.index(n)),
            Some(Choice::Level(l)) if l + 1 < n => Choice::Level(l + 1 + to.index(n - l - 1)),
            _ => return Ok(()),
        };
        let r = spec.build();
        let before = score(&r, &choices);
        let mut up = choices.clone();
        up[k] = Some(raised);
        let after = score(&r, &up);

        prop_assert!(after.indicators.percent() >= before.indicators.percent(),
            "indicators {} -> {}", before.indicators, after.indicators);
        prop_assert!(after.standards.percent() >= before.standards.percent(),
            "standards {} -> {}", before.standards, after.standards);
        prop_assert!(!before.fully_implementing || after.fully_implementing);
        prop_assert!(!before.baseline_met || after.baseline_met);
        prop_assert!(before.incomplete || !after.incomplete);
        for (a, b) in after.by_standard.iter().zip(&before.by_standard) {
            prop_assert!(a.indicators.percent() >= b.indicators.percent(),
                "standard {} -> {}", b.indicators, a.indicators);
            prop_assert!(!b.fully_implemented || a.fully_implemented);
            if choices[k].is_some() {
                prop_assert!(a.mean_score >= b.mean_score);
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// Rollup recount.
// ---------------------------------------------------------------------------------

const SCHOOLS: [&str; 3] = ["Adams", "Baker", "Carver"];
const DISTRICTS: [Option<&str>; 3] = [None, Some("North"), Some("South")];

#[derive(Debug, Clone)]
struct SubSpec {
    school: usize,
    district: usize,
    day: i8,
    updated: i64,
    choices: Vec<Option<Choice>>,
}

fn network() -> impl Strategy<Value = (Spec, Vec<SubSpec>)> {
    spec_strategy(false).prop_flat_map(|spec| {
        let sub = (
            0..SCHOOLS.len(),
            0..DISTRICTS.len(),
            1i8..=4,
            0i64..3,
            prop::collection::vec(choice(spec.levels(), spec.full), spec.indicator_count()),
        )
            .prop_map(|(school, district, day, updated, choices)| SubSpec {
                school,
                district,
                day,
                updated,
                choices,
            });
        (Just(spec), prop::collection::vec(sub, 0..14))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// latest_per_school and rollup agree with a recount: group by (district, school),
    /// keep the greatest (date, last change) — ties broken by any fixed rule, but the
    /// same whatever the input order — then count schools, incomplete, fully
    /// implementing, baseline met, and per standard over schools where it applies.
    #[test]
    fn rollup_equals_a_recount((spec, specs) in network(), shift in any::<Index>()) {
        let r = Arc::new(spec.build());
        let subs: Vec<Submission> = specs
            .iter()
            .enumerate()
            .map(|(i, s)| {
                submission(
                    &r,
                    SCHOOLS[s.school],
                    DISTRICTS[s.district],
                    &format!("a{i:02}"),
                    date(2024, 1, s.day),
                    s.updated,
                    &s.choices,
                )
            })
            .collect();

        // Latest per school, recounted: the greatest (date, updated), and among
        // exact ties the set of candidates.
        let mut groups: BTreeMap<(Option<&str>, &str), Vec<&Submission>> = BTreeMap::new();
        for s in &subs {
            groups.entry((s.district.as_deref(), s.school.as_str())).or_default().push(s);
        }
        let latest = latest_per_school(subs.clone());
        prop_assert_eq!(latest.len(), groups.len());
        for sub in &latest {
            let group = &groups[&(sub.district.as_deref(), sub.school.as_str())];
            let best = group.iter().map(|s| (s.date, s.updated)).max().unwrap();
            prop_assert_eq!((sub.date, sub.updated), best, "{} is not the latest", &sub.assessment_id);
        }
        // The choice does not depend on input order.
        let mut shuffled = subs.clone();
        if !shuffled.is_empty() {
            let by = shift.index(shuffled.len());
            shuffled.rotate_left(by);
        }
        shuffled.reverse();
        prop_assert_eq!(ids(&latest_per_school(shuffled)), ids(&latest));

        let roll = rollup(&r, &latest);
        let count = |f: &dyn Fn(&Score) -> bool| latest.iter().filter(|s| f(&s.score)).count() as u32;
        let schools = groups.len() as u32;
        prop_assert_eq!(roll.schools, schools);
        prop_assert_eq!(roll.incomplete, count(&|s| s.incomplete));
        prop_assert_eq!(roll.fully_implementing, Fraction::new(count(&|s| s.fully_implementing), schools));
        prop_assert_eq!(roll.baseline_met, Fraction::new(count(&|s| s.baseline_met), schools));
        prop_assert_eq!(roll.by_standard.len(), spec.standards.len());
        for (i, (got, want)) in roll.by_standard.iter().zip(&spec.standards).enumerate() {
            prop_assert_eq!(&got.id, &want.id);
            let applies = count(&|s| s.by_standard[i].applicable);
            let full = count(&|s| s.by_standard[i].fully_implemented);
            prop_assert_eq!(got.fully_implemented, Fraction::new(full, applies));
            check_percent(&format!("rollup standard {i}"), got.fully_implemented)?;
        }
        check_percent("rollup fully implementing", roll.fully_implementing)?;
        check_percent("rollup baseline", roll.baseline_met)?;
        for s in &latest {
            check_all_percents(&s.score)?;
        }
    }
}
