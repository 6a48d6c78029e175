//! The README shows the key map exactly as the key map defines it. Run with
//! `UPDATE_README=1` to rewrite the README's table from the key map.

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

#[test]
fn the_readme_key_map_is_the_key_map() {
    let readme = std::fs::read_to_string(README).unwrap();
    let table = touchstone::tui::keymap::markdown();
    if std::env::var_os("UPDATE_README").is_some() {
        let start = readme
            .find("| where | keys |")
            .expect("the README has a key map table");
        let end = readme[start..]
            .find("\n\n")
            .map_or(readme.len(), |i| start + i + 1);
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write(README, updated).unwrap();
        return;
    }
    assert!(
        readme.contains(&table),
        "README.md's key map is out of date; run `UPDATE_README=1 cargo test --test suite readme`"
    );
}

#[test]
fn the_readme_shows_the_two_commands() {
    let readme = std::fs::read_to_string(README).unwrap();
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
}
