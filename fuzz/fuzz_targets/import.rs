//! Any bytes given to the assessment importer's parser and checks (with the bundled
//! rubrics): an error or an assessment, never a panic; a parsed assessment exports
//! and parses again to the same TOML.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static REGISTRY: OnceLock<touchstone::rubric::Registry> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let registry = REGISTRY.get_or_init(touchstone::rubric::Registry::bundled);
    let resolve = |id: &str, version: &str| registry.get(id, version).map(|e| (e.rubric.clone(), e.text.clone()));
    if let Ok(a) = touchstone::exchange::parse_assessment("fuzz.toml", text, &resolve) {
        let once = touchstone::exchange::to_toml(&a);
        let again = touchstone::exchange::parse_assessment("again.toml", &once, &resolve)
            .expect("an export parses");
        assert_eq!(once, touchstone::exchange::to_toml(&again), "export is stable");
    }
});
