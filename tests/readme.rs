//! The README shows the key map exactly as the key map defines it.

#[test]
fn the_readme_key_map_is_the_key_map() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = touchstone::tui::keymap::markdown();
    assert!(
        readme.contains(&table),
        "README.md's key map is out of date; replace its table with:\n\n{table}"
    );
}

#[test]
fn the_readme_shows_the_two_commands() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}
