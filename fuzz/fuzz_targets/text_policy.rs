//! The one text policy (`touchstone::text`): anything accepted at one door is accepted
//! at every door in the same normal form — the command line and files use `accept`,
//! editors `typable` and `pasted` — and what is accepted is exported and imported
//! again byte-identically.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use touchstone::text::{Refusal, Shape, accept, pasted, toml_string, typable};

static REGISTRY: OnceLock<touchstone::rubric::Registry> = OnceLock::new();

/// An export of the site rubric with the school and the note of cl-1 as TOML values.
fn export(school: &str, note: &str) -> String {
    format!(
        "format = \"touchstone-assessment\"\nformat_version = 1\n\n[assessment]\n\
         id = \"01a228c8-7092-70ae-aa7e-3865a5394076\"\nschool = {school}\ndate = 2026-11-02\n\
         rubric = {{ id = \"cs-site-2017\", version = \"1\" }}\nteam = []\n\
         status = \"draft\"\nupdated = 2026-11-29T10:00:00Z\n\n\
         [[standards]]\nid = \"collaborative-leadership\"\n\n\
         [[standards.indicators]]\nid = \"cl-1\"\nlevel = \"emerging\"\nnote = {note}\n"
    )
}

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else { return };
    let registry = REGISTRY.get_or_init(touchstone::rubric::Registry::bundled);
    let resolve = |id: &str, version: &str| {
        registry.get(id, version).map(|e| (e.rubric.clone(), e.text.clone()))
    };
    for shape in [Shape::Line, Shape::Text] {
        // A paste is always made acceptable, but for its length or having nothing visible.
        match accept(&pasted(raw, shape), shape) {
            Ok(_) | Err(Refusal::TooLong { .. }) | Err(Refusal::Invisible) => {}
            Err(why) => panic!("a paste was made into refused text: {why}"),
        }
        let Ok(text) = accept(raw, shape) else { continue };
        assert_eq!(accept(&text, shape), Ok(text.clone()), "accept is idempotent");
        assert!(text.chars().all(|c| typable(c, shape)), "an editor can type it");
        assert_eq!(pasted(&text, shape), text, "pasting it keeps it");
        if text.is_empty() {
            continue;
        }
        let file = match shape {
            Shape::Line => export(&toml_string(&text), "\"n\""),
            Shape::Text => export("\"School\"", &toml_string(&text)),
        };
        let a = touchstone::exchange::parse_assessment("fuzz.toml", &file, &resolve)
            .unwrap_or_else(|e| panic!("accepted text refused by import: {e:?}"));
        match shape {
            Shape::Line => assert_eq!(a.meta.school, text),
            Shape::Text => assert_eq!(a.entries[0].note, text),
        }
        let once = touchstone::exchange::to_toml(&a);
        let again = touchstone::exchange::parse_assessment("again.toml", &once, &resolve)
            .expect("an export parses");
        assert_eq!(once, touchstone::exchange::to_toml(&again), "export is stable");
    }
});
