//! What an import may and may not do to the database: a session stays with the
//! assessment it was held on, every stored list comes back in one canonical order (so
//! export → import → export is byte-identical and a re-import changes nothing), and
//! importing the export of a deleted assessment brings it back.

use crate::common::Env;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use touchstone::assessment::Assessment;
use touchstone::exchange::{parse_assessment, to_toml};
use touchstone::rubric::Registry;
use touchstone::session::record::{Decision, SegmentRecord, SessionRecord, VoteRecord};
use touchstone::store::{ImportOutcome, NewAssessment, Store};

/// The assessment and session ids in `imports/valid-session.toml`.
const ASSESSMENT: &str = "5a1c2d3e-4f50-4617-8829-3a4b5c6d7e8f";
const SESSION: &str = "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";
const OTHER: &str = "9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/imports")
        .join(name)
}

fn session_file() -> String {
    std::fs::read_to_string(fixture("valid-session.toml")).unwrap()
}

fn write(env: &Env, name: &str, text: &str) -> String {
    let path = env.path(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// 1-based line and column of the first `needle` in `text`.
fn place(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle in text");
    let line = text[..at].matches('\n').count() + 1;
    let col = at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, col)
}

fn run(env: &Env, args: &[&str]) -> (Option<i32>, String, String) {
    let out = env.cmd().args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn resolve(id: &str, version: &str) -> Option<touchstone::rubric::Snapshot> {
    let registry = Registry::bundled();
    registry
        .get(id, version)
        .map(|e| (e.rubric.clone(), e.text.clone()))
}

fn parse(text: &str) -> Assessment {
    parse_assessment("test.toml", text, &resolve).unwrap_or_else(|p| panic!("{p:?}"))
}

#[test]
fn a_session_of_one_assessment_cannot_be_imported_into_another() {
    let env = Env::new();
    let first = write(&env, "first.toml", &session_file());
    env.ok(&["import", &first]);
    let exported = env.ok(&["export", ASSESSMENT]);

    // The same session in a file for another assessment.
    let other = session_file().replace(ASSESSMENT, OTHER);
    let second = write(&env, "other.toml", &other);
    let (line, col) = place(&other, &format!("\"{SESSION}\""));
    for replace in [false, true] {
        let mut args = vec!["import", second.as_str()];
        if replace {
            args.push("--replace");
        }
        let (code, _, stderr) = run(&env, &args);
        assert_eq!(code, Some(2), "replace {replace}: {stderr}");
        let want =
            format!("{second}:{line}:{col}: session {SESSION} belongs to assessment {ASSESSMENT}");
        assert!(stderr.contains(&want), "replace {replace}: {stderr}");
        assert!(!stderr.contains("UNIQUE"), "{stderr}");
        // Nothing written: the session is still the first assessment's, the other
        // assessment does not exist.
        assert_eq!(env.ok(&["export", ASSESSMENT]), exported);
        let (code, _, _) = run(&env, &["export", OTHER]);
        assert_ne!(code, Some(0));
    }
}

#[test]
fn the_library_import_refuses_to_move_a_session_too() {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let a = parse(&session_file());
    assert_eq!(
        store.import(std::slice::from_ref(&a), false, "t").unwrap(),
        [ImportOutcome::Added]
    );
    let b = parse(&session_file().replace(ASSESSMENT, OTHER));
    let refused = store.import(std::slice::from_ref(&b), true, "t");
    assert!(refused.is_err(), "{refused:?}");
    assert_eq!(store.load(ASSESSMENT).unwrap().sessions, a.sessions);
    assert!(store.load(OTHER).is_err());
    // Two assessments claiming one session in one batch: neither is written.
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    assert!(store.import(&[a, b], false, "t").is_err());
    assert!(store.load(ASSESSMENT).is_err());
}

#[test]
fn two_files_of_one_batch_cannot_claim_one_session_for_two_assessments() {
    let env = Env::new();
    let first = write(&env, "a.toml", &session_file());
    let other = session_file().replace(ASSESSMENT, OTHER);
    let second = write(&env, "b.toml", &other);
    let (line, col) = place(&other, &format!("\"{SESSION}\""));
    let (code, _, stderr) = run(&env, &["import", &first, &second]);
    assert_eq!(code, Some(2), "{stderr}");
    let want =
        format!("{second}:{line}:{col}: session {SESSION} belongs to assessment {ASSESSMENT}");
    assert!(stderr.contains(&want), "{stderr}");
    assert!(stderr.contains(&first), "names the other file: {stderr}");
    let (_, list, _) = run(&env, &["list", "--json"]);
    assert!(
        !list.contains(ASSESSMENT) && !list.contains(OTHER),
        "{list}"
    );
}

#[test]
fn a_file_in_no_canonical_order_reimports_as_unchanged_and_round_trips() {
    // valid-session.toml lists participants, votes and the team out of name order.
    let env = Env::new();
    let file = write(&env, "s.toml", &session_file());
    let (code, out, err) = run(&env, &["import", &file]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("1 new"), "{out}");
    let (code, out, err) = run(&env, &["import", &file]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("1 unchanged"), "{out}");

    let exported = env.ok(&["export", ASSESSMENT]);
    assert!(
        exported.contains(r#"participants = ["Ana", "Mo", "Zoe"]"#),
        "{exported}"
    );
    // The team is a list the user ordered: kept as given.
    assert!(exported.contains(r#"team = ["Zoe", "Ana"]"#), "{exported}");
    let again_file = write(&env, "again.toml", &exported);
    let second = Env::new();
    let (code, _, err) = run(&second, &["import", &again_file]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(second.ok(&["export", ASSESSMENT]), exported);
    let (_, out, _) = run(&second, &["import", &again_file]);
    assert!(out.contains("1 unchanged"), "{out}");
}

#[test]
fn participants_who_joined_out_of_name_order_round_trip() {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let registry = Registry::bundled();
    let entry = registry.get("cs-site-2017", "1").unwrap();
    let id = store
        .create(&NewAssessment {
            school: "Lincoln Elementary",
            district: None,
            date: jiff::civil::date(2026, 11, 2),
            team: &[],
            facilitator: Some("Dana"),
            rubric: &entry.rubric,
            rubric_text: &entry.text,
        })
        .unwrap();
    let live = crate::common::start_baseline(&mut store, &id);
    // Join times are kept to the second: Zoe joins a second before Ana and Mo.
    store.join_session(&live.id, "Zoe").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    store.join_session(&live.id, "Mo").unwrap();
    store.join_session(&live.id, "Ana").unwrap();
    store.end_session(&live.id).unwrap();

    let exported = to_toml(&store.load(&id).unwrap());
    let file = write(&env, "live.toml", &exported);
    let second = Env::new();
    let (code, _, err) = run(&second, &["import", &file]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(second.ok(&["export", &id]), exported);
    let (_, out, _) = run(&second, &["import", &file]);
    assert!(out.contains("1 unchanged"), "{out}");
    // Into the database it came from: unchanged too.
    let (_, out, _) = run(&env, &["import", &file]);
    assert!(out.contains("1 unchanged"), "{out}");
}

#[test]
fn replacing_an_assessment_replaces_its_sessions() {
    let env = Env::new();
    let file = write(&env, "s.toml", &session_file());
    env.ok(&["import", &file]);
    // The same assessment without its session.
    let text = session_file();
    let without = &text[..text.find("[[session]]").unwrap()];
    let file = write(&env, "without.toml", without);
    let out = env.ok(&["import", &file, "--replace"]);
    assert!(out.contains("1 replaced"), "{out}");
    assert!(!env.ok(&["export", ASSESSMENT]).contains("[[session]]"));
    let out = env.ok(&["import", &file, "--replace"]);
    assert!(out.contains("0 replaced, 1 unchanged"), "{out}");
}

/// `--replace` with a file that lacks a session still running on the assessment is
/// refused: the workshop would vanish from under the room.
#[test]
fn replacing_cannot_remove_a_running_session() {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let id = crate::common::lincoln(&mut store);
    let before = env.ok(&["export", &id]);
    let live = crate::common::start_baseline(&mut store, &id);
    let changed = before.replace("school = \"Lincoln Elementary\"", "school = \"Lincoln\"");
    let file = write(&env, "old.toml", &changed);
    let (code, _, err) = run(&env, &["import", &file, "--replace"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains(&live.code), "{err}");
    assert!(!store.live_session(&live.id).unwrap().ended());
    assert!(env.ok(&["export", &id]).contains("[[session]]"));
    // Once the session has ended, replacing is the user's call again.
    store.end_session(&live.id).unwrap();
    let (code, out, err) = run(&env, &["import", &file, "--replace"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("1 replaced"), "{out}");
}

#[test]
fn importing_the_export_of_a_deleted_assessment_restores_it() {
    for (replace, changed) in [(false, false), (true, false), (false, true), (true, true)] {
        let env = Env::new();
        let file = write(&env, "s.toml", &session_file());
        env.ok(&["import", &file]);
        let exported = env.ok(&["export", ASSESSMENT]);
        Store::open(&env.db()).unwrap().delete(ASSESSMENT).unwrap();
        let (code, _, _) = run(&env, &["export", ASSESSMENT]);
        assert_ne!(code, Some(0), "deleted assessments are hidden");

        let text = if changed {
            exported.replace("school = \"Session Elementary\"", "school = \"Renamed\"")
        } else {
            exported.clone()
        };
        let file = write(&env, "back.toml", &text);
        let mut args = vec!["import", file.as_str()];
        if replace {
            args.push("--replace");
        }
        let (code, out, err) = run(&env, &args);
        assert_eq!(code, Some(0), "{replace} {changed}: {err}");
        assert!(
            out.contains("0 new, 0 replaced, 0 unchanged, 1 restored"),
            "{replace} {changed}: {out}"
        );
        assert_eq!(env.ok(&["export", ASSESSMENT]), text, "{replace} {changed}");
        assert!(
            env.ok(&["list"])
                .contains(if changed { "Renamed" } else { "Session" })
        );
        // And importing it once more is a no-op.
        let out = env.ok(&["import", &file]);
        assert!(out.contains("1 unchanged, 0 restored"), "{out}");
    }
}

// ---- the property: any sessions, in any order, survive export → import → export ----

fn names() -> impl Strategy<Value = Vec<String>> {
    // Distinct names in a random (join) order, some differing only in case or accents.
    let pool = ["Zoe", "ana", "Ana", "Åsa", "Mo", "bo", "Li Wei", "O'Neil"];
    Just(pool.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        .prop_shuffle()
        .prop_flat_map(|all| (0..=all.len()).prop_map(move |n| all[..n].to_vec()))
}

fn at(second: i64, half: bool) -> jiff::Timestamp {
    let t = jiff::Timestamp::from_second(1_795_000_000 + second).unwrap();
    if half {
        t + jiff::SignedDuration::from_millis(500)
    } else {
        t
    }
}

fn session() -> impl Strategy<Value = SessionRecord> {
    let indicators = prop::sample::subsequence(vec!["cl-1", "cl-2", "pl-1", "ci-3"], 0..=4);
    (
        names(),
        indicators,
        0i64..4,
        any::<bool>(),
        any::<bool>(),
        // Round 0: pre-ratings, some replaced by a first-round vote of the same name.
        prop::collection::vec((any::<u8>(), 0u32..=3, 0usize..4, any::<bool>()), 0..12),
        0usize..3,
    )
        .prop_map(
            |(people, indicators, start, half, ended, raw_votes, decided)| {
                let levels = ["not-yet", "emerging", "developing", "full", "na"];
                let mut votes: Vec<VoteRecord> = Vec::new();
                for (who, round, level, comment) in raw_votes {
                    if people.is_empty() || indicators.is_empty() {
                        break;
                    }
                    let participant = people[who as usize % people.len()].clone();
                    let indicator = indicators[who as usize % indicators.len()].to_string();
                    if votes.iter().any(|v| {
                        v.participant.as_ref() == Some(&participant)
                            && v.indicator == indicator
                            && v.round == round
                    }) {
                        continue;
                    }
                    votes.push(VoteRecord {
                        indicator,
                        round,
                        participant: Some(participant),
                        replaced: false,
                        level: levels[level].to_string(),
                        comment: if comment {
                            "why, \"quoted\"\nsecond line".into()
                        } else {
                            String::new()
                        },
                        at: Some(at(100 + votes.len() as i64, half)),
                    });
                }
                let decisions = indicators
                    .iter()
                    .take(decided)
                    .enumerate()
                    .map(|(i, ind)| Decision {
                        indicator: ind.to_string(),
                        level: levels[i % 5].to_string(),
                        suggested: (i % 2 == 0).then(|| "emerging".to_string()),
                        spread: (i % 2 == 0).then_some(i as u32),
                        votes: i as u32,
                        at: at(200 + i as i64, false),
                    })
                    .collect();
                SessionRecord {
                    // Overwritten with a unique id below.
                    id: String::new(),
                    plan: "baseline-check".into(),
                    title: "Baseline check".into(),
                    facilitator: "Dana".into(),
                    started: at(start, half),
                    ended: ended.then(|| at(3000, false)),
                    open_voting: ended,
                    participants: people,
                    segments: vec![
                        SegmentRecord {
                            kind: "welcome".into(),
                            title: "Welcome".into(),
                            planned_minutes: 5,
                            started: at(start, half),
                            ended: Some(at(60, false)),
                        },
                        SegmentRecord {
                            kind: "rate".into(),
                            title: "Rate".into(),
                            planned_minutes: 30,
                            started: at(60, false),
                            ended: None,
                        },
                    ],
                    votes,
                    decisions,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_sessions_round_trip_byte_identical(mut sessions in prop::collection::vec(session(), 0..4)) {
        for (i, s) in sessions.iter_mut().enumerate() {
            s.id = format!("7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0{i}");
        }
        let mut a = parse(&std::fs::read_to_string(fixture("valid.toml")).unwrap());
        a.sessions = sessions;
        // A file as another tool might write it: lists in any order.
        let file = to_toml(&a);
        let parsed = parse(&file);
        let canonical = to_toml(&parsed);
        let again = parse(&canonical);
        prop_assert_eq!(&again.meta, &parsed.meta);
        prop_assert_eq!(&again.entries, &parsed.entries);
        prop_assert_eq!(&again.actions, &parsed.actions);
        prop_assert_eq!(&again.sessions, &parsed.sessions);
        prop_assert_eq!(&to_toml(&parse(&canonical)), &canonical);

        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        prop_assert_eq!(store.import(std::slice::from_ref(&parsed), false, "t").unwrap(), [ImportOutcome::Added]);
        let stored = store.load(&parsed.meta.id).unwrap();
        prop_assert_eq!(&to_toml(&stored), &canonical);
        prop_assert_eq!(store.import(&[parse(&file)], false, "t").unwrap(), [ImportOutcome::Unchanged]);
        prop_assert_eq!(store.import(&[parse(&canonical)], false, "t").unwrap(), [ImportOutcome::Unchanged]);
    }
}

/// Each file is parsed once; a wrong header is still reported by itself and at its
/// place, before any other problem of the file.
#[test]
fn a_wrong_header_is_reported_before_anything_else() {
    let good = session_file();
    let cases = [
        (
            good.replace("format_version = 1", "format_version = 2"),
            "format_version = 2",
            "format_version 2 is not supported",
        ),
        (
            good.replace("\"touchstone-assessment\"", "\"touchstone-rubric\""),
            "\"touchstone-rubric\"",
            "format is \"touchstone-rubric\"",
        ),
        // With a problem later in the file too: the header is what is said.
        (
            good.replace("format_version = 1", "format_version = 2")
                .replace("status = \"draft\"", "status = \"draft\"\ncolour = \"red\""),
            "format_version = 2",
            "format_version 2 is not supported",
        ),
    ];
    for (text, at, message) in cases {
        let problems = parse_assessment("h.toml", &text, &resolve).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        let (line, col) = place(&text, at);
        let col = if at.starts_with("format_version") {
            col + "format_version = ".len()
        } else {
            col
        };
        assert_eq!(
            (problems[0].line, problems[0].col),
            (line, col),
            "{problems:?}"
        );
        assert!(problems[0].message.contains(message), "{problems:?}");
    }
    let missing = good.replace("format = \"touchstone-assessment\"\n", "");
    let problems = parse_assessment("h.toml", &missing, &resolve).unwrap_err();
    assert!(
        problems[0]
            .message
            .contains("missing `format = \"touchstone-assessment\"`"),
        "{problems:?}"
    );
    // A right header and an unknown key: the key is reported at its place.
    let unknown = good.replace("status = \"draft\"", "status = \"draft\"\ncolour = \"red\"");
    let problems = parse_assessment("h.toml", &unknown, &resolve).unwrap_err();
    assert_eq!(
        (problems[0].line, problems[0].col),
        place(&unknown, "colour"),
        "{problems:?}"
    );
    assert!(problems[0].message.contains("colour"), "{problems:?}");
}

/// The batch write skips reading and deleting rows of assessments that are new; an
/// assessment replaced, or given twice in one batch, still ends with exactly the
/// evidence, ratings and actions of its last version.
#[test]
fn a_batch_write_leaves_exactly_the_last_version_of_each_assessment() {
    let env = Env::new();
    let mut store = Store::open(&env.db()).unwrap();
    let mut first = parse(&session_file());
    first.sessions.clear();
    first.entries[0].evidence = vec!["minutes".into(), "agenda".into()];
    first.entries[1].evidence = vec!["survey".into()];
    first.entries[1].note = "kept".into();
    let mut second = first.clone();
    second.entries[0].evidence = vec!["sign-in sheet".into()];
    second.entries[1].evidence.clear();
    second.entries[2].evidence = vec!["photos".into()];
    second.actions.clear();
    let outcomes = store
        .import(&[first.clone(), second.clone()], true, "t")
        .unwrap();
    assert_eq!(outcomes, [ImportOutcome::Added, ImportOutcome::Added]);
    let stored = store.load(&second.meta.id).unwrap();
    assert_eq!(stored.entries, second.entries);
    assert_eq!(stored.actions, second.actions);
    // Replacing it again with the first version brings that back whole.
    let outcomes = store
        .import(std::slice::from_ref(&first), true, "t")
        .unwrap();
    assert_eq!(outcomes, [ImportOutcome::Replaced]);
    let stored = store.load(&first.meta.id).unwrap();
    assert_eq!(stored.entries, first.entries);
    assert_eq!(stored.actions, first.actions);
}
