//! Any bytes given to the assessment importer's parser and checks (with the bundled
//! rubrics): an error or an assessment, never a panic. A parsed assessment, sessions
//! included, is already in canonical order, exports, and parses again to the same
//! assessment and the same TOML.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;
use std::sync::OnceLock;
use touchstone::assessment::Assessment;
use touchstone::exchange::{parse_assessment, to_toml};
use touchstone::session::record::canonical;

static REGISTRY: OnceLock<touchstone::rubric::Registry> = OnceLock::new();

fn assert_same(a: &Assessment, b: &Assessment) {
    assert_eq!(a.meta, b.meta, "meta survives export");
    assert_eq!((&a.rubric.id, &a.rubric.version), (&b.rubric.id, &b.rubric.version));
    assert_eq!(a.entries, b.entries, "ratings survive export");
    assert_eq!(a.actions, b.actions, "actions survive export");
    assert_eq!(a.sessions, b.sessions, "sessions survive export");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let registry = REGISTRY.get_or_init(touchstone::rubric::Registry::bundled);
    let resolve = |id: &str, version: &str| registry.get(id, version).map(|e| (e.rubric.clone(), e.text.clone()));
    let Ok(a) = parse_assessment("fuzz.toml", text, &resolve) else { return };
    // What the store would keep: one session per id, one vote per participant,
    // indicator and round, no participant twice, everything in canonical order.
    let mut sorted = a.sessions.clone();
    canonical(&mut sorted);
    assert_eq!(sorted, a.sessions, "parsed sessions are in canonical order");
    let ids: HashSet<&str> = a.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), a.sessions.len(), "session ids are unique");
    for s in &a.sessions {
        let names: HashSet<&str> = s.participants.iter().map(String::as_str).collect();
        assert_eq!(names.len(), s.participants.len(), "participants are unique");
        // Named votes (open voting only) are one per participant; a private session's
        // carry no name and may repeat.
        let named: Vec<_> = s.votes.iter().filter(|v| v.participant.is_some()).collect();
        let votes: HashSet<_> = named.iter().map(|v| (&v.indicator, v.round, &v.participant)).collect();
        assert_eq!(votes.len(), named.len(), "one vote per participant, indicator and round");
        assert!(s.open_voting || s.votes.iter().all(|v| v.participant.is_none() && v.at.is_none()), "a private vote is named");
    }
    let once = to_toml(&a);
    let again = parse_assessment("again.toml", &once, &resolve).expect("an export parses");
    assert_same(&a, &again);
    let twice = to_toml(&again);
    assert_eq!(once, twice, "export is stable");
    assert_same(&again, &parse_assessment("twice.toml", &twice, &resolve).expect("parses"));
});
