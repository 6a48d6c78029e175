//! The README's key map is the key map: every binding is listed with its words.

use touchstone::tui::keymap::BINDINGS;

#[test]
fn the_readme_lists_every_key_binding() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for b in BINDINGS {
        let entry = format!("`{}` {}", b.label, b.help);
        assert!(
            readme.contains(&entry),
            "README.md lacks the key map entry {entry:?} ({:?})",
            b.ctx
        );
    }
}

#[test]
fn the_readme_shows_the_two_commands() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}
