//! Any bytes given to the session-plan parser, also checked against the bundled site
//! rubric: an error or a plan, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static REGISTRY: OnceLock<touchstone::rubric::Registry> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let registry = REGISTRY.get_or_init(touchstone::rubric::Registry::bundled);
    let _ = touchstone::session::plan::parse("fuzz.toml", text, None);
    if let Some(entry) = registry.latest("cs-site-2017") {
        let _ = touchstone::session::plan::parse("fuzz.toml", text, Some(&entry.rubric));
    }
});
