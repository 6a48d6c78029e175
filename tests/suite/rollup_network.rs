//! The network rollup (DESIGN §5) against a hand count. Networks come from the demo
//! generator, plus hand-made schools for the edge cases: ties on date, N/A standards,
//! incomplete and worse-than-before latest assessments, one school name in several
//! districts, baseline indicators unrated or N/A, and thresholds below 1.0. The test
//! recounts every figure with a plain loop over the assessments (never calling
//! `touchstone::score`) and compares with `touchstone rollup --json` from the database
//! and from the exported files of the same network.

use crate::common::Env;
use jiff::Timestamp;
use jiff::civil::{Date, date};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use touchstone::assessment::{Assessment, Entry, Meta, Status};
use touchstone::rubric::{Choice, Registry, Rubric};
use touchstone::store::{ImportOutcome, Store};

const RUBRIC: &str = "cs-site-2017";

// ---------------------------------------------------------------------------------
// Rubrics: the bundled one, and a version 2 with thresholds below 1.0.
// ---------------------------------------------------------------------------------

fn bundled() -> (Arc<Rubric>, Arc<str>) {
    let registry = Registry::bundled();
    let entry = registry.get(RUBRIC, "1").expect("bundled cs-site-2017 v1");
    (entry.rubric.clone(), entry.text.clone())
}

/// The bundled version 1 text as version 1.5 (a user's own version, between the
/// bundled 1 and 2), with standard_threshold 0.8 and school_threshold 0.7.
fn variant_text() -> String {
    let (_, text) = bundled();
    let mut out = text.to_string();
    for (from, to) in [
        ("version = \"1\"", "version = \"1.5\""),
        ("standard_threshold = 1.0", "standard_threshold = 0.8"),
        ("school_threshold = 1.0", "school_threshold = 0.7"),
    ] {
        assert_eq!(out.matches(from).count(), 1, "{from:?} once in the rubric");
        out = out.replacen(from, to, 1);
    }
    out
}

fn variant() -> (Arc<Rubric>, Arc<str>) {
    let text = variant_text();
    let rubric = touchstone::rubric::parse("cs-site-2017-v2.toml", &text)
        .unwrap_or_else(|e| panic!("variant rubric: {e:?}"));
    (Arc::new(rubric), Arc::from(text))
}

/// Thresholds as exact fractions (numerator, denominator), per rubric version, so
/// the hand count compares shares without floating point: the decimals written in
/// the rubric files above.
fn thresholds(r: &Rubric) -> ((u64, u64), (u64, u64)) {
    let t = match r.version.as_str() {
        "1" => ((1, 1), (1, 1)),
        "1.5" => ((4, 5), (7, 10)),
        // The bundled version 2: 80%, all standards, and a floor (see `floor`).
        "2" => ((4, 5), (1, 1)),
        // The bundled version 3: the same, and its baseline indicators at full.
        "3" => ((4, 5), (1, 1)),
        v => panic!("no thresholds known for version {v}"),
    };
    // The rubric says the same thing.
    assert_eq!(r.scoring.standard_threshold, t.0.0 as f64 / t.0.1 as f64);
    assert_eq!(r.scoring.school_threshold, t.1.0 as f64 / t.1.1 as f64);
    t
}

/// The level key no applicable indicator of a fully implemented standard may be
/// below (an unrated one is below it), per rubric version.
fn floor(r: &Rubric) -> Option<&'static str> {
    match r.version.as_str() {
        "2" | "3" => Some("developing"),
        _ => None,
    }
}

/// Whether a standard counts only with its baseline indicators at the full level,
/// per rubric version (the bundled version 3 declares it).
fn baseline_at_full(r: &Rubric) -> bool {
    let declared = r.version == "3";
    assert_eq!(
        r.scoring.baseline_at_full, declared,
        "the rubric says the same"
    );
    declared
}

// ---------------------------------------------------------------------------------
// The hand count.
// ---------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct StandardCount {
    id: String,
    title: String,
    fully_implemented: u64,
    applies: u64,
    /// Level key (and "na", "unrated") → ratings.
    levels: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, PartialEq)]
struct Count {
    schools: u64,
    incomplete: u64,
    fully_implementing: u64,
    baseline_met: u64,
    standards: Vec<StandardCount>,
}

impl Count {
    fn empty(target: &Rubric) -> Count {
        let mut keys: Vec<String> = target.levels.iter().map(|l| l.key.clone()).collect();
        keys.push("na".into());
        keys.push("unrated".into());
        Count {
            schools: 0,
            incomplete: 0,
            fully_implementing: 0,
            baseline_met: 0,
            standards: target
                .standards
                .iter()
                .map(|s| StandardCount {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    fully_implemented: 0,
                    applies: 0,
                    levels: keys.iter().map(|k| (k.clone(), 0)).collect(),
                })
                .collect(),
        }
    }

    fn standard(&self, id: &str) -> &StandardCount {
        self.standards
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no standard {id}"))
    }
}

/// Whether this assessment is later than that one: by date, then last change,
/// then id.
fn later(a: &Assessment, b: &Assessment) -> bool {
    (a.meta.date, a.meta.updated, &a.meta.id) > (b.meta.date, b.meta.updated, &b.meta.id)
}

/// Each school's (district, name) latest assessment of the rubric id dated on or
/// before `as_of`.
fn latest(all: &[Assessment], as_of: Option<Date>) -> Vec<&Assessment> {
    let mut by_school: BTreeMap<(String, String), &Assessment> = BTreeMap::new();
    for a in all {
        if a.rubric.id != RUBRIC || as_of.is_some_and(|d| a.meta.date > d) {
            continue;
        }
        let key = (
            a.meta.district.clone().unwrap_or_default(),
            a.meta.school.clone(),
        );
        match by_school.get(&key) {
            Some(b) if !later(a, b) => {}
            _ => {
                by_school.insert(key, a);
            }
        }
    }
    by_school.into_values().collect()
}

/// Adds up schools the long way: every indicator, standard and school by the rules
/// of §5, with each school's own rubric version for its thresholds.
fn count(target: &Rubric, schools: &[&Assessment]) -> Count {
    let mut c = Count::empty(target);
    for a in schools {
        let r = &a.rubric;
        let ((std_num, std_den), (school_num, school_den)) = thresholds(r);
        let floor_at = floor(r).map(|key| {
            r.levels
                .iter()
                .position(|l| l.key == key)
                .expect("the floor level")
        });
        let baseline_at = r
            .levels
            .iter()
            .position(|l| l.key == "emerging")
            .expect("the baseline level");
        assert_eq!(a.entries.len(), r.indicator_count());
        c.schools += 1;
        let mut incomplete = false;
        let mut baseline = true;
        let (mut standards_applicable, mut standards_full) = (0u64, 0u64);
        let mut entry = a.entries.iter();
        let strict = baseline_at_full(r);
        for standard in &r.standards {
            let (mut full, mut applicable) = (0u64, 0u64);
            let mut below_floor = false;
            let mut baseline_below_full = false;
            let mut slot = c.standards.iter_mut().find(|s| s.id == standard.id);
            for indicator in &standard.indicators {
                let choice = entry.next().expect("an entry per indicator").choice;
                let key = match choice {
                    None => {
                        incomplete = true;
                        applicable += 1;
                        below_floor |= floor_at.is_some();
                        "unrated"
                    }
                    Some(Choice::NotApplicable) => "na",
                    Some(Choice::Level(l)) => {
                        applicable += 1;
                        if r.levels[l].full {
                            full += 1;
                        }
                        below_floor |= floor_at.is_some_and(|f| l < f);
                        r.levels[l].key.as_str()
                    }
                };
                if indicator.baseline {
                    let at_least = matches!(choice, Some(Choice::Level(l)) if l >= baseline_at);
                    baseline = baseline && at_least;
                    // N/A leaves the standard, as it leaves every denominator.
                    let below_full = match choice {
                        Some(Choice::NotApplicable) => false,
                        Some(Choice::Level(l)) => !r.levels[l].full,
                        None => true,
                    };
                    baseline_below_full |= strict && below_full;
                }
                if let Some(n) = slot.as_mut().and_then(|s| s.levels.get_mut(key)) {
                    *n += 1;
                }
            }
            if applicable > 0 {
                let done =
                    full * std_den >= std_num * applicable && !below_floor && !baseline_below_full;
                standards_applicable += 1;
                standards_full += u64::from(done);
                if let Some(s) = slot {
                    s.applies += 1;
                    s.fully_implemented += u64::from(done);
                }
            }
        }
        let fully = standards_applicable > 0
            && standards_full * school_den >= school_num * standards_applicable;
        c.incomplete += u64::from(incomplete);
        c.fully_implementing += u64::from(fully);
        c.baseline_met += u64::from(baseline);
    }
    c
}

fn hand_count(target: &Rubric, all: &[Assessment], as_of: Option<Date>) -> Count {
    count(target, &latest(all, as_of))
}

fn hand_count_by_district(
    target: &Rubric,
    all: &[Assessment],
    as_of: Option<Date>,
) -> BTreeMap<String, Count> {
    let mut groups: BTreeMap<String, Vec<&Assessment>> = BTreeMap::new();
    for a in latest(all, as_of) {
        let name = a.meta.district.clone().unwrap_or("(no district)".into());
        groups.entry(name).or_default().push(a);
    }
    groups
        .into_iter()
        .map(|(d, schools)| (d, count(target, &schools)))
        .collect()
}

/// Each year or quarter from the first assessment to the last (or to `as_of`),
/// with its label (`2024` or `2024-Q3`), and the day its figures are counted to
/// (the period's end, or `as_of` when that is earlier).
fn period_ends(all: &[Assessment], quarter: bool, as_of: Option<Date>) -> Vec<(String, Date)> {
    let dates: Vec<Date> = all
        .iter()
        .filter(|a| a.rubric.id == RUBRIC)
        .map(|a| a.meta.date)
        .collect();
    let (Some(&first), Some(&last)) = (dates.iter().min(), dates.iter().max()) else {
        return Vec::new();
    };
    let last = as_of.map_or(last, |d| d.min(last));
    let mut out = Vec::new();
    let (mut year, mut q) = (first.year(), (first.month() - 1) / 3);
    loop {
        let (label, end) = if quarter {
            let month = q * 3 + 3;
            let day = [31, 30, 30, 31][q as usize];
            (format!("{year}-Q{}", q + 1), date(year, month, day))
        } else {
            (year.to_string(), date(year, 12, 31))
        };
        out.push((label, end.min(last)));
        if end >= last {
            break;
        }
        if quarter && q < 3 {
            q += 1;
        } else {
            q = 0;
            year += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------
// Comparing the command's JSON with the hand count.
// ---------------------------------------------------------------------------------

fn assert_fraction(actual: &Value, numerator: u64, denominator: u64, what: &str) {
    assert_eq!(
        (actual["numerator"].as_u64(), actual["denominator"].as_u64()),
        (Some(numerator), Some(denominator)),
        "{what}: {actual}"
    );
    if denominator == 0 {
        assert!(actual["percent"].is_null(), "{what}: percent of 0/0");
    } else {
        let want = 100.0 * numerator as f64 / denominator as f64;
        let got = actual["percent"].as_f64().expect("percent");
        assert!((got - want).abs() < 1e-9, "{what}: percent {got} ≠ {want}");
    }
}

/// The figures shared by the network and each district.
fn assert_count(actual: &Value, want: &Count, what: &str) {
    assert_eq!(
        actual["schools"].as_u64(),
        Some(want.schools),
        "{what}: schools"
    );
    assert_eq!(
        actual["incomplete"].as_u64(),
        Some(want.incomplete),
        "{what}: incomplete"
    );
    assert_fraction(
        &actual["fully_implementing"],
        want.fully_implementing,
        want.schools,
        &format!("{what}: fully_implementing"),
    );
    assert_fraction(
        &actual["baseline_met"],
        want.baseline_met,
        want.schools,
        &format!("{what}: baseline_met"),
    );
    let by_standard = actual["by_standard"].as_array().expect("by_standard");
    let ids: Vec<&str> = by_standard
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    let want_ids: Vec<&str> = want.standards.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, want_ids, "{what}: standards");
    for (got, s) in by_standard.iter().zip(&want.standards) {
        let here = format!("{what}: standard {}", s.id);
        assert_eq!(got["title"].as_str(), Some(s.title.as_str()), "{here}");
        assert_fraction(
            &got["fully_implemented"],
            s.fully_implemented,
            s.applies,
            &here,
        );
        let levels: Map<String, Value> = s
            .levels
            .iter()
            .map(|(k, n)| (k.clone(), json!(n)))
            .collect();
        assert_eq!(got["levels"], Value::Object(levels), "{here}: levels");
    }
}

fn assert_network(actual: &Value, target: &Rubric, want: &Count, what: &str) {
    assert_eq!(
        actual["rubric"],
        json!({"id": target.id, "version": target.version}),
        "{what}: rubric"
    );
    assert_eq!(actual["skipped_files"], json!([]), "{what}: skipped_files");
    assert_count(actual, want, what);
}

fn assert_districts(actual: &Value, want: &BTreeMap<String, Count>, what: &str) {
    let got = actual["by_district"].as_array().expect("by_district");
    let names: Vec<&str> = got.iter().filter_map(|d| d["district"].as_str()).collect();
    let want_names: Vec<&str> = want.keys().map(String::as_str).collect();
    assert_eq!(names, want_names, "{what}: districts");
    for (d, (name, c)) in got.iter().zip(want) {
        assert_count(d, c, &format!("{what}: district {name}"));
    }
}

fn assert_trend(
    actual: &Value,
    target: &Rubric,
    all: &[Assessment],
    quarter: bool,
    as_of: Option<Date>,
    what: &str,
) {
    let got = actual["trend"].as_array().expect("trend");
    let ends = period_ends(all, quarter, as_of);
    let labels: Vec<&str> = got.iter().filter_map(|p| p["period"].as_str()).collect();
    let want_labels: Vec<&str> = ends.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, want_labels, "{what}: trend periods");
    for (point, (label, end)) in got.iter().zip(&ends) {
        let c = hand_count(target, all, Some(*end));
        let here = format!("{what}: trend {label}");
        assert_eq!(point["schools"].as_u64(), Some(c.schools), "{here}");
        assert_eq!(point["incomplete"].as_u64(), Some(c.incomplete), "{here}");
        assert_fraction(
            &point["fully_implementing"],
            c.fully_implementing,
            c.schools,
            &here,
        );
        assert_fraction(&point["baseline_met"], c.baseline_met, c.schools, &here);
    }
    assert_district_trend(actual, target, all, &ends, what);
}

/// The district × period table (asked with `--by district` and a trend): every
/// district ever assessed, and in each period its % fully implementing at the
/// period's end, counted by hand (null before its first assessment).
fn assert_district_trend(
    actual: &Value,
    target: &Rubric,
    all: &[Assessment],
    ends: &[(String, Date)],
    what: &str,
) {
    if actual.get("by_district").is_none() {
        assert!(
            actual.get("district_trend").is_none(),
            "{what}: no districts asked"
        );
        return;
    }
    let got = actual["district_trend"].as_array().expect("district_trend");
    let per_end: Vec<BTreeMap<String, Count>> = ends
        .iter()
        .map(|(_, end)| hand_count_by_district(target, all, Some(*end)))
        .collect();
    let mut want_names: Vec<&String> = per_end.iter().flat_map(|m| m.keys()).collect();
    want_names.sort();
    want_names.dedup();
    let names: Vec<&str> = got.iter().filter_map(|d| d["district"].as_str()).collect();
    assert_eq!(names, want_names, "{what}: district × period rows");
    assert!(got.len() >= 2, "{what}: several districts to check");
    for row in got {
        let name = row["district"].as_str().expect("district");
        let periods = row["periods"].as_array().expect("periods");
        assert_eq!(
            periods.len(),
            ends.len(),
            "{what}: {name}: one cell per period"
        );
        for ((cell, (label, _)), counts) in periods.iter().zip(ends).zip(&per_end) {
            let here = format!("{what}: district {name} in {label}");
            assert_eq!(cell["period"].as_str(), Some(label.as_str()), "{here}");
            match counts.get(name) {
                Some(c) => {
                    assert_eq!(cell["schools"].as_u64(), Some(c.schools), "{here}");
                    assert_fraction(
                        &cell["fully_implementing"],
                        c.fully_implementing,
                        c.schools,
                        &here,
                    );
                }
                None => {
                    assert_eq!(cell["schools"].as_u64(), Some(0), "{here}");
                    assert!(cell["fully_implementing"].is_null(), "{here}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// Hand-made schools.
// ---------------------------------------------------------------------------------

fn uuid(n: u32) -> String {
    format!("00000000-0000-4000-8000-{n:012x}")
}

fn at(text: &str) -> Timestamp {
    text.parse().expect("timestamp")
}

fn level(r: &Rubric, key: &str) -> Option<Choice> {
    Some(Choice::Level(r.level_index(key).expect("level key")))
}

/// Ratings for the whole rubric: `rate(standard index, indicator id, position in
/// the standard)` gives each choice.
fn ratings(r: &Rubric, rate: impl Fn(usize, &str, usize) -> Option<Choice>) -> Vec<Option<Choice>> {
    r.standards
        .iter()
        .enumerate()
        .flat_map(|(s, standard)| {
            standard
                .indicators
                .iter()
                .enumerate()
                .map(move |(i, indicator)| (s, indicator.id.clone(), i))
        })
        .map(|(s, id, i)| rate(s, &id, i))
        .collect()
}

fn all_at(r: &Rubric, key: &str) -> Vec<Option<Choice>> {
    let choice = level(r, key);
    ratings(r, |_, _, _| choice)
}

struct School<'a> {
    name: &'a str,
    district: Option<&'a str>,
}

fn made(
    (r, text): &(Arc<Rubric>, Arc<str>),
    id: u32,
    school: &School,
    day: Date,
    updated: &str,
    choices: Vec<Option<Choice>>,
) -> Assessment {
    assert_eq!(choices.len(), r.indicator_count());
    Assessment {
        outcomes: Vec::new(),
        meta: Meta {
            submitted: None,
            id: uuid(id),
            school: school.name.to_string(),
            district: school.district.map(str::to_string),
            school_code: None,
            date: day,
            team: vec!["Tester".to_string()],
            facilitator: None,
            status: Status::Final,
            updated: at(updated),
        },
        rubric: r.clone(),
        rubric_text: text.clone(),
        entries: choices
            .into_iter()
            .map(|choice| Entry {
                choice,
                note: String::new(),
                evidence: Vec::new(),
            })
            .collect(),
        actions: Vec::new(),
        sessions: Vec::new(),
    }
}

const EDGE: Option<&str> = Some("Edge District");

/// The edge cases, on rubric `rr`; ids start at `base` so several sets can share a
/// database. See `hand_made_cases_by_hand` for what each one is for.
fn hand_made(rr: &(Arc<Rubric>, Arc<str>), base: u32) -> Vec<Assessment> {
    let r = &rr.0;
    let school = |name| School {
        name,
        district: EDGE,
    };
    let mut out = Vec::new();
    // 1. Two assessments on one day: the later last change wins, although its id
    //    is the smaller one.
    let tie = school("Tie Date Elementary");
    out.push(made(
        rr,
        base + 2,
        &tie,
        date(2025, 3, 10),
        "2025-03-10T09:00:00Z",
        all_at(r, "full"),
    ));
    out.push(made(
        rr,
        base + 1,
        &tie,
        date(2025, 3, 10),
        "2025-03-10T15:00:00Z",
        all_at(r, "developing"),
    ));
    // 2. Same day and same last change: the larger id wins.
    let full_tie = school("Full Tie Middle");
    out.push(made(
        rr,
        base + 3,
        &full_tie,
        date(2025, 4, 1),
        "2025-04-01T12:00:00Z",
        all_at(r, "full"),
    ));
    out.push(made(
        rr,
        base + 4,
        &full_tie,
        date(2025, 4, 1),
        "2025-04-01T12:00:00Z",
        all_at(r, "not-yet"),
    ));
    // 3. Every indicator of Planning N/A (pl-1 is a baseline indicator): the standard
    //    leaves the school's denominator; the baseline is not met.
    let (full, na) = (level(r, "full"), Some(Choice::NotApplicable));
    out.push(made(
        rr,
        base + 5,
        &school("All NA Standard K-8"),
        date(2025, 2, 2),
        "2025-02-02T12:00:00Z",
        ratings(r, |s, _, _| if s == 1 { na } else { full }),
    ));
    // 4. Complete and full before; the latest is incomplete (first ten unrated) and
    //    dated after the as-of day used below.
    let incomplete = school("Incomplete Academy");
    out.push(made(
        rr,
        base + 6,
        &incomplete,
        date(2024, 10, 1),
        "2024-10-01T12:00:00Z",
        all_at(r, "full"),
    ));
    let mut latest = all_at(r, "full");
    latest[..10].fill(None);
    out.push(made(
        rr,
        base + 7,
        &incomplete,
        date(2025, 9, 1),
        "2025-09-01T12:00:00Z",
        latest,
    ));
    // 5. The latest is worse than the one before.
    let backslide = school("Backslide High");
    out.push(made(
        rr,
        base + 8,
        &backslide,
        date(2024, 5, 5),
        "2024-05-05T12:00:00Z",
        all_at(r, "full"),
    ));
    let developing = level(r, "developing");
    let not_yet = level(r, "not-yet");
    out.push(made(
        rr,
        base + 9,
        &backslide,
        date(2025, 5, 5),
        "2025-05-05T12:00:00Z",
        ratings(
            r,
            |_, id, _| if id == "cl-1" { not_yet } else { developing },
        ),
    ));
    // 6–8. One name, three schools: two districts and none.
    for (n, district, key) in [
        (10, Some("Edge District North"), "full"),
        (11, Some("Edge District South"), "emerging"),
        (12, None, "developing"),
    ] {
        let twin = School {
            name: "Twin Name Elementary",
            district,
        };
        out.push(made(
            rr,
            base + n,
            &twin,
            date(2025, 1, 20),
            "2025-01-20T12:00:00Z",
            all_at(r, key),
        ));
    }
    // 9. A baseline indicator N/A (its standard is still fully implemented).
    out.push(made(
        rr,
        base + 13,
        &school("Baseline NA School"),
        date(2025, 2, 14),
        "2025-02-14T12:00:00Z",
        ratings(r, |_, id, _| if id == "ci-1" { na } else { full }),
    ));
    // 10. A baseline indicator unrated.
    out.push(made(
        rr,
        base + 14,
        &school("Baseline Unrated School"),
        date(2025, 3, 3),
        "2025-03-03T12:00:00Z",
        ratings(r, |_, id, _| if id == "pl-1" { None } else { full }),
    ));
    // 11. Exactly at both lower thresholds: Planning 4 of 5 applicable at full
    //     (0.8), 7 of 10 standards (0.7).
    let boundary_planning = |id: &str| match id {
        "pl-5" => developing,
        "pl-6" => na,
        _ => full,
    };
    out.push(made(
        rr,
        base + 15,
        &school("Boundary Community School"),
        date(2025, 4, 15),
        "2025-04-15T12:00:00Z",
        ratings(r, |s, id, _| match s {
            1 => boundary_planning(id),
            7..=9 => developing,
            _ => full,
        }),
    ));
    // 12. Just below the school threshold: 6 of 10 standards.
    out.push(made(
        rr,
        base + 16,
        &school("Just Below School"),
        date(2025, 4, 16),
        "2025-04-16T12:00:00Z",
        ratings(r, |s, id, _| match s {
            1 => boundary_planning(id),
            6..=9 => developing,
            _ => full,
        }),
    ));
    // 13. Every standard 5 of 6 (6 of 7) at full: above 0.8 but below 1.0.
    out.push(made(
        rr,
        base + 17,
        &school("Five Sixths School"),
        date(2025, 4, 17),
        "2025-04-17T12:00:00Z",
        ratings(r, |_, _, i| if i == 0 { developing } else { full }),
    ));
    // 14. Only one assessment, after the as-of day.
    out.push(made(
        rr,
        base + 18,
        &school("Future Only School"),
        date(2025, 12, 1),
        "2025-12-01T12:00:00Z",
        all_at(r, "full"),
    ));
    out
}

// ---------------------------------------------------------------------------------
// Databases, files and the binary.
// ---------------------------------------------------------------------------------

fn write_db(db: &Path, batch: &[Assessment]) {
    let mut store = Store::open(db).expect("open the database");
    let outcomes = store.import(batch, false, "test").expect("import");
    assert!(
        outcomes.iter().all(|o| *o == ImportOutcome::Added),
        "every assessment is new: {outcomes:?}"
    );
}

/// Writes every assessment in the database to `dir` as exported TOML, one folder
/// per district (the rollup searches folders recursively); returns them.
fn export_all(db: &Path, dir: &Path) -> Vec<Assessment> {
    let store = Store::open(db).expect("open the database");
    let mut ids = Vec::new();
    store
        .each_listed(|a| {
            if a.rubric_id == RUBRIC {
                ids.push(a.id.clone());
            }
            Ok(())
        })
        .expect("list");
    let all: Vec<Assessment> = ids.iter().map(|id| store.load(id).expect("load")).collect();
    for a in &all {
        let folder = dir.join(
            a.meta
                .district
                .as_deref()
                .unwrap_or("none")
                .replace(' ', "-"),
        );
        std::fs::create_dir_all(&folder).expect("folder");
        std::fs::write(
            folder.join(format!("{}.toml", a.meta.id)),
            touchstone::exchange::to_toml(a),
        )
        .expect("write");
    }
    all
}

/// The hand count counts every school's latest assessment, draft or not: today's rule
/// before submitting existed, which `--include-drafts` keeps.
fn rollup(env: &Env, extra: &[&str]) -> Value {
    let mut args = vec!["rollup", "--json", "--include-drafts"];
    args.extend_from_slice(extra);
    env.json(&args)
}

/// A generated network on `rr` (demo generator) with the hand-made schools.
fn network(rr: &(Arc<Rubric>, Arc<str>), schools: usize, seed: u64) -> Vec<Assessment> {
    let mut all = touchstone::demo::network(&rr.0, &rr.1, schools, seed);
    all.extend(hand_made(rr, 0));
    all
}

const AS_OF: &str = "2025-06-30";

fn as_of() -> Date {
    AS_OF.parse().expect("date")
}

/// The rollups every source is checked with: the plain one; per district with a
/// yearly trend; and as of a day, per district, with a quarterly trend.
const RUNS: [&[&str]; 3] = [
    &[],
    &["--by", "district", "--trend", "year"],
    &[
        "--rubric", RUBRIC, "--as-of", AS_OF, "--by", "district", "--trend", "quarter",
    ],
];

/// `rollup --json` with `before`, each of `RUNS`, then `after` (paths).
fn runs(env: &Env, before: &[&str], after: &[&str]) -> Vec<Value> {
    RUNS.iter()
        .map(|run| {
            let args: Vec<&str> = [before, run, after].concat();
            rollup(env, &args)
        })
        .collect()
}

/// Every figure of `RUNS` (overall, per district, trend) against the hand count.
fn check_runs(got: &[Value], target: &Rubric, all: &[Assessment], what: &str) {
    let [plain, yearly, quarterly] = got else {
        panic!("{what}: one answer per run");
    };
    let now = hand_count(target, all, None);
    assert_network(plain, target, &now, what);
    assert!(plain["as_of"].is_null(), "{what}: as_of");
    assert!(
        plain.get("by_district").is_none(),
        "{what}: no districts asked"
    );
    assert!(plain.get("trend").is_none(), "{what}: no trend asked");

    assert_network(yearly, target, &now, what);
    assert_districts(yearly, &hand_count_by_district(target, all, None), what);
    assert_trend(yearly, target, all, false, None, what);

    let what = format!("{what} as of {AS_OF}");
    let then = Some(as_of());
    assert_eq!(quarterly["as_of"], json!(AS_OF), "{what}");
    assert_network(quarterly, target, &hand_count(target, all, then), &what);
    assert_districts(quarterly, &hand_count_by_district(target, all, then), &what);
    assert_trend(quarterly, target, all, true, then, &what);
}

// ---------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------

/// The hand-made schools alone, with figures worked out on paper, so the hand
/// count itself is checked before it checks anything else.
#[test]
fn hand_made_cases_by_hand() {
    let v1 = bundled();
    let v2 = variant();
    for (rr, fully, fully_then, planning) in [
        // v1: All NA, Twin North, Baseline NA, Future Only.
        (&v1, 4, 4, (3, 13)),
        // v2 adds Incomplete Academy (8/10 standards), Baseline Unrated (planning
        // 5/6), Boundary (exactly 0.8 and 0.7) and Five Sixths; not Just Below.
        (&v2, 8, 7, (7, 13)),
    ] {
        let what = format!("hand-made, v{}", rr.0.version);
        let all = hand_made(rr, 0);
        let c = hand_count(&rr.0, &all, None);
        assert_eq!(c.schools, 14, "{what}");
        assert_eq!(
            c.incomplete, 2,
            "{what}: Incomplete Academy, Baseline Unrated"
        );
        assert_eq!(c.fully_implementing, fully, "{what}");
        // Tie Date, the three twins, Boundary, Just Below, Five Sixths, Future Only.
        assert_eq!(c.baseline_met, 8, "{what}");
        let p = c.standard("planning");
        assert_eq!(
            (p.fully_implemented, p.applies),
            planning,
            "{what}: planning"
        );
        assert_eq!(
            c.standard("collaborative-leadership").levels["unrated"],
            6,
            "{what}: Incomplete Academy"
        );
        assert_eq!(
            p.levels["na"],
            6 + 2,
            "{what}: All NA, Boundary, Just Below"
        );
        assert_eq!(
            c.standard("coordinating-infrastructure").levels["na"],
            1,
            "{what}: Baseline NA"
        );

        // As of 2025-06-30: Incomplete Academy counts its earlier assessment
        // (complete, all full, baseline met), Future Only is absent, Backslide High
        // counts its worse assessment (dated 2025-05-05).
        let then = hand_count(&rr.0, &all, Some(as_of()));
        assert_eq!(then.schools, 13, "{what} then");
        assert_eq!(then.incomplete, 1, "{what} then: Baseline Unrated");
        assert_eq!(then.fully_implementing, fully_then, "{what} then");
        assert_eq!(then.baseline_met, 8, "{what} then");

        let env = Env::new();
        write_db(&env.db(), &all);
        check_runs(&runs(&env, &[], &[]), &rr.0, &all, &what);
    }
}

#[test]
fn database_rollup_matches_a_hand_count_on_generated_networks() {
    let v1 = bundled();
    for (schools, seed) in [(30, 1), (150, 2026)] {
        let what = format!("{schools} schools, seed {seed}");
        let all = network(&v1, schools, seed);
        let c = hand_count(&v1.0, &all, None);
        assert_eq!(c.schools as usize, schools + 14, "{what}: names are unique");
        assert!(
            c.incomplete > 2,
            "{what}: some generated schools incomplete"
        );
        let env = Env::new();
        write_db(&env.db(), &all);
        check_runs(&runs(&env, &[], &[]), &v1.0, &all, &what);
    }
}

#[test]
fn the_demo_command_network_rolls_up_like_the_hand_count() {
    // The demo uses the newest bundled version (3: 80% with a floor, baseline
    // indicators at full); the hand-made edge cases are version 1, so the rollup
    // mixes the two.
    let v1 = bundled();
    let registry = Registry::bundled();
    let newest = registry.latest(RUBRIC).expect("bundled site rubric");
    assert_eq!(newest.rubric.version, "3");
    let v2 = (newest.rubric.clone(), newest.text.clone());
    let env = Env::new();
    let db = env.path("demo.db");
    let d = db.to_str().expect("utf-8");
    env.ok(&["--db", d, "demo", "--schools", "40", "--seed", "9"]);
    let mut all = touchstone::demo::network(&v2.0, &v2.1, 40, 9);
    let edges = hand_made(&v1, 0);
    write_db(&db, &edges);
    all.extend(edges);
    let got = env.json(&[
        "--db",
        d,
        "rollup",
        "--json",
        "--by",
        "district",
        "--include-drafts",
    ]);
    assert_network(&got, &v2.0, &hand_count(&v2.0, &all, None), "demo");
    assert_districts(&got, &hand_count_by_district(&v2.0, &all, None), "demo");
}

#[test]
fn thresholds_below_one_and_mixed_versions() {
    let v1 = bundled();
    let v2 = variant();
    let env = Env::new();
    let standards = env.path("standards");
    std::fs::create_dir_all(&standards).expect("folder");
    std::fs::write(standards.join("cs-site-2017-v2.toml"), variant_text()).expect("write");
    let dir = standards.to_str().expect("utf-8");
    let rubrics = env.ok(&["--standards", dir, "rubrics"]);
    assert!(
        rubrics
            .lines()
            .any(|l| l.starts_with("cs-site-2017") && l.contains("v1.5") && l.contains(dir)),
        "the variant is installed: {rubrics}"
    );

    // A v2 network with the hand-made schools, and a small v1 network whose schools
    // may share names with it (then the later assessment counts, whatever version).
    let mut all = network(&v2, 50, 5);
    all.extend(touchstone::demo::network(&v1.0, &v1.1, 15, 6));
    // v1 copies of some hand-made schools, a day later than their v2 ones: these
    // count, each with its own version's thresholds.
    for mut a in hand_made(&v1, 1000) {
        if matches!(
            a.meta.school.as_str(),
            "Five Sixths School" | "Twin Name Elementary"
        ) {
            a.meta.date = a.meta.date.tomorrow().expect("date");
            all.push(a);
        }
    }
    // The same generated schools count more often on the lower thresholds.
    let on_v1 = hand_count(&v1.0, &network(&v1, 50, 5), None);
    let on_v2 = hand_count(&v2.0, &network(&v2, 50, 5), None);
    assert!(
        on_v2.fully_implementing > on_v1.fully_implementing,
        "{} vs {}",
        on_v2.fully_implementing,
        on_v1.fully_implementing
    );
    let standards_done = |c: &Count| c.standards.iter().map(|s| s.fully_implemented).sum::<u64>();
    assert!(standards_done(&on_v2) > standards_done(&on_v1));

    write_db(&env.db(), &all);
    let from_db = runs(&env, &["--standards", dir], &[]);
    check_runs(&from_db, &v2.0, &all, "v2 network");

    // The files of the same network roll up the same.
    let files = env.path("files");
    export_all(&env.db(), &files);
    let f = files.to_str().expect("utf-8");
    let from_files = runs(&env, &["--standards", dir], &[f]);
    for (run, (got, want)) in RUNS.iter().zip(from_files.iter().zip(&from_db)) {
        assert_eq!(got, want, "files and database, {run:?}");
    }
}

#[test]
fn database_and_exported_files_agree_exactly() {
    let v1 = bundled();
    for (schools, seed) in [(60, 42)] {
        let what = format!("{schools} schools, seed {seed}");
        let env = Env::new();
        let mut all = network(&v1, schools, seed);
        write_db(&env.db(), &all);
        // Deleting Backslide High's latest brings back the one before.
        let gone = uuid(9);
        Store::open(&env.db())
            .expect("open")
            .delete(&gone)
            .expect("delete");
        all.retain(|a| a.meta.id != gone);

        let files = env.path("files");
        let exported = export_all(&env.db(), &files);
        assert_eq!(
            exported.len(),
            all.len(),
            "{what}: every assessment exported"
        );
        // `touchstone export` writes the same files.
        for a in exported.iter().step_by(37) {
            let out = env.path("one.toml");
            let out_arg = out.to_str().expect("utf-8");
            env.ok(&["export", &a.meta.id, "-o", out_arg, "--force"]);
            assert_eq!(
                std::fs::read_to_string(&out).expect("read"),
                touchstone::exchange::to_toml(a),
                "{what}: export {}",
                a.meta.id
            );
        }
        let f = files.to_str().expect("utf-8");
        let from_db = runs(&env, &[], &[]);
        let from_files = runs(&env, &[], &[f]);
        for (run, (got, want)) in RUNS.iter().zip(from_files.iter().zip(&from_db)) {
            assert_eq!(got, want, "{what}: files and database, {run:?}");
        }
        // And both are the hand count.
        check_runs(&from_db, &v1.0, &all, &what);
    }
}

#[test]
fn malformed_files_are_skipped_and_not_counted() {
    let v1 = bundled();
    let env = Env::new();
    let all = network(&v1, 40, 8);
    write_db(&env.db(), &all);
    let files = env.path("files");
    export_all(&env.db(), &files);

    // A well-formed file of a new school with one level key that does not exist:
    // counted, it would add a school.
    let extra = made(
        &v1,
        500,
        &School {
            name: "Broken File School",
            district: EDGE,
        },
        date(2025, 1, 1),
        "2025-01-01T12:00:00Z",
        all_at(&v1.0, "full"),
    );
    let text = touchstone::exchange::to_toml(&extra);
    let bad_line = text
        .lines()
        .position(|l| l == "level = \"full\"")
        .expect("a level line")
        + 1;
    let mut lines: Vec<&str> = text.lines().collect();
    lines[bad_line - 1] = "level = \"superb\"";
    let bad_level = files.join("bad-level.toml");
    std::fs::write(&bad_level, lines.join("\n") + "\n").expect("write");
    // Not TOML at all.
    let bad_syntax = files.join("none/bad-syntax.toml");
    std::fs::create_dir_all(bad_syntax.parent().expect("parent")).expect("folder");
    std::fs::write(
        &bad_syntax,
        "format = \"touchstone-assessment\"\nformat_version = 1\n[assessment\nid = 1\n",
    )
    .expect("write");

    let out = env
        .cmd()
        .args([
            "rollup",
            "--json",
            "--include-drafts",
            files.to_str().expect("utf-8"),
        ])
        .output()
        .expect("run");
    crate::common::assert_success(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad-level.toml"), "warned: {stderr}");
    assert!(stderr.contains("bad-syntax.toml"), "warned: {stderr}");
    let got: Value = serde_json::from_slice(&out.stdout).expect("json");

    let skipped = got["skipped_files"].as_array().expect("skipped_files");
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    let find = |path: &Path| {
        skipped
            .iter()
            .find(|s| s["file"].as_str() == Some(path.to_str().expect("utf-8")))
            .unwrap_or_else(|| panic!("{} in {skipped:?}", path.display()))
    };
    let level = find(&bad_level);
    assert_eq!(level["line"].as_u64(), Some(bad_line as u64), "{level}");
    assert_eq!(level["col"].as_u64(), Some(9), "{level}: at the value");
    let message = level["message"].as_str().expect("message");
    assert!(message.contains("superb"), "{message}");
    let syntax = find(&bad_syntax);
    assert_eq!(syntax["line"].as_u64(), Some(3), "{syntax}");
    assert!(syntax["col"].as_u64().is_some_and(|c| c >= 1), "{syntax}");
    assert!(
        syntax["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{syntax}"
    );

    // Nothing else changes: the totals are the database's (and the hand count's).
    let mut without = got.clone();
    without["skipped_files"] = json!([]);
    assert_eq!(without, rollup(&env, &[]));
    assert_network(&without, &v1.0, &hand_count(&v1.0, &all, None), "files");
}

/// Last changes are kept to the second (as the store keeps them). Two changes within
/// one second are the same second: the larger id decides, and the database and the
/// files agree on which assessment counts.
#[test]
fn last_change_within_one_second() {
    let v1 = bundled();
    let school = School {
        name: "Split Second School",
        district: EDGE,
    };
    let day = date(2025, 3, 10);
    // Half a second apart: the same second once kept to the second.
    let larger_id = made(
        &v1,
        2,
        &school,
        day,
        "2025-03-10T10:00:00Z",
        all_at(&v1.0, "developing"),
    );
    let smaller_id = made(
        &v1,
        1,
        &school,
        day,
        "2025-03-10T10:00:00.5Z",
        all_at(&v1.0, "full"),
    );
    let env = Env::new();
    let files = env.path("files");
    std::fs::create_dir_all(&files).expect("folder");
    for a in [&larger_id, &smaller_id] {
        std::fs::write(
            files.join(format!("{}.toml", a.meta.id)),
            touchstone::exchange::to_toml(a),
        )
        .expect("write");
    }
    let f = files.to_str().expect("utf-8");
    env.ok(&["import", f]);
    // The hand count over the times as kept: whole seconds.
    let kept: Vec<Assessment> = [larger_id, smaller_id]
        .into_iter()
        .map(|mut a| {
            a.meta.updated =
                jiff::Timestamp::from_second(a.meta.updated.as_second()).expect("time");
            a
        })
        .collect();
    let want = hand_count(&v1.0, &kept, None);
    assert_eq!(
        want.fully_implementing, 0,
        "a tie on the second goes to the larger id (developing)"
    );
    assert_network(&rollup(&env, &[f]), &v1.0, &want, "files");
    assert_network(&rollup(&env, &[]), &v1.0, &want, "database");
}

/// A last change written with an offset is the same instant in UTC.
#[test]
fn last_change_with_an_offset() {
    let v1 = bundled();
    let school = School {
        name: "Offset School",
        district: EDGE,
    };
    let day = date(2025, 3, 10);
    // 11:30+02:00 is 09:30Z, before 10:00Z, though its text sorts after it.
    let earlier = made(
        &v1,
        2,
        &school,
        day,
        "2025-03-10T11:30:00+02:00",
        all_at(&v1.0, "developing"),
    );
    let later = made(
        &v1,
        1,
        &school,
        day,
        "2025-03-10T10:00:00Z",
        all_at(&v1.0, "full"),
    );
    let all = vec![earlier, later];
    let want = hand_count(&v1.0, &all, None);
    assert_eq!(want.fully_implementing, 1);

    let env = Env::new();
    let files = env.path("files");
    std::fs::create_dir_all(&files).expect("folder");
    let mut offsets = 0;
    for a in &all {
        let text = touchstone::exchange::to_toml(a).replace(
            "updated = 2025-03-10T09:30:00Z",
            "updated = 2025-03-10T11:30:00+02:00",
        );
        offsets += text.matches("+02:00").count();
        std::fs::write(files.join(format!("{}.toml", a.meta.id)), text).expect("write");
    }
    assert_eq!(offsets, 1, "one file carries the offset");
    let f = files.to_str().expect("utf-8");
    env.ok(&["import", f]);
    assert_network(&rollup(&env, &[f]), &v1.0, &want, "files");
    assert_network(&rollup(&env, &[]), &v1.0, &want, "database");
}

// ---------------------------------------------------------------------------------
// The network screen opens on the rubric the network uses most, not a fixed one.
// ---------------------------------------------------------------------------------

#[test]
fn the_network_screen_opens_on_the_rubric_most_schools_use() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use touchstone::store::NewAssessment;
    use touchstone::tui::App;
    use touchstone::tui::app::Screen;

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("t.db")).unwrap();
    let registry = Registry::bundled();
    for (school, rubric) in [
        ("Adams", "csf-2023"),
        ("Baker", "csf-2023"),
        ("Carver", "csf-2023"),
        ("Adams", RUBRIC),
        ("Douglass", RUBRIC),
    ] {
        let entry = registry.get(rubric, "1").unwrap();
        let id = store
            .create(&NewAssessment {
                school,
                district: Some("North"),
                date: date(2026, 11, 2),
                team: &[],
                facilitator: None,
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .unwrap();
        store.submit(&id, &[], "tester").unwrap();
    }
    assert_eq!(
        store.rubric_ids_in_use().unwrap(),
        vec!["csf-2023".to_string(), RUBRIC.to_string()],
        "most schools first"
    );
    let options = crate::common::options(None, None);
    let mut app = App::new(store, registry, "tester".into(), options);
    app.handle_key(KeyEvent::new(KeyCode::Char('N'), KeyModifiers::NONE));
    let Screen::Network(network) = &app.screen else {
        panic!("not on the network screen")
    };
    assert_eq!(network.rubric.as_ref().unwrap().id, "csf-2023");
    assert_eq!(network.rows.len(), 3);
}

/// `demo` writes its network 500 assessments at a time as it makes them, never holding
/// it whole: across chunk boundaries the database holds exactly `demo::network`.
#[test]
fn the_demo_network_is_written_as_it_is_made() {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let registry = Registry::bundled();
    let entry = registry.latest("cs-site-2017").unwrap().clone();
    let made = touchstone::demo::network(&entry.rubric, &entry.text, 400, 11);
    assert!(
        made.len() > 2 * 500,
        "{} assessments: cross two chunks",
        made.len()
    );
    let summary =
        touchstone::demo::generate(&mut store, &entry.rubric, &entry.text, 400, 11).unwrap();
    assert_eq!((summary.schools, summary.assessments), (400, made.len()));
    let lazily: Vec<Assessment> =
        touchstone::demo::Network::new(&entry.rubric, &entry.text, 400, 11).collect();
    let ids = |all: &[Assessment]| all.iter().map(|a| a.meta.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&lazily), ids(&made));
    for a in &made {
        let stored = store.load(&a.meta.id).unwrap();
        assert_eq!(
            (&stored.meta, &stored.entries, &stored.actions),
            (&a.meta, &a.entries, &a.actions)
        );
    }
}

/// Now that `demo` streams, networks beyond 100,000 schools are allowed (250,000 is
/// benchmarked); zero, and more than 250,000 (issue 20: a million, some 70 GB, was
/// accepted without a word), are refused, saying the size it would take, writing
/// nothing.
#[test]
fn the_demo_size_bound_is_the_benchmarked_network_and_says_the_size() {
    let env = Env::new();
    let db = env.path("big.db");
    for (schools, said) in [
        ("0", "--schools must be at least 1"),
        (
            "1000000",
            "--schools 1000000 would make a demo database of about 70 GB; \
             the most is 250000 schools (about 18 GB)",
        ),
        ("250001", "the most is 250000 schools"),
    ] {
        let out = env
            .cmd()
            .args(["--db", db.to_str().unwrap(), "demo", "--schools", schools])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(said), "{err}");
        assert!(!db.exists(), "nothing written");
    }
}

/// Issue 20: a demo stopped half-way (kill -9) leaves no database that the next
/// `demo` refuses: it is made beside the target and moved into place when finished.
#[cfg(unix)]
#[test]
fn a_killed_demo_leaves_nothing_the_next_demo_refuses() {
    let env = Env::new();
    let db = env.path("demo.db");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_touchstone"))
        .env_clear()
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .args(["--db", db.to_str().unwrap(), "demo", "--schools", "20000"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once it has started writing.
    let partial = env.path(".demo.db.partial");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !std::fs::metadata(&partial).is_ok_and(|m| m.len() > 100_000) {
        assert!(
            std::time::Instant::now() < deadline,
            "the demo never started"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the demo ended too soon"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!db.exists(), "no half-made database at the target");
    let out = env.ok(&["--db", db.to_str().unwrap(), "demo", "--schools", "3"]);
    assert!(out.contains("Made 3 schools"), "{out}");
    assert!(!partial.exists(), "what the killed demo left is gone");
    let list = env.ok(&["--db", db.to_str().unwrap(), "list"]);
    assert!(!list.trim().is_empty(), "{list}");
}
