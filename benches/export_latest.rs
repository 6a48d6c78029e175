//! Not a benchmark: the helper `benches/compare.sh` uses to write each school's latest
//! assessment of a rubric to `DIR/ID.toml`, exactly as `touchstone export ID -o FILE`
//! writes it, without starting 25,000 processes.
//!
//! ```sh
//! cargo bench --bench export_latest -- DB DIR [RUBRIC]
//! ```
//!
//! Run with no arguments (as a plain `cargo bench` does) it prints how to use it and
//! does nothing.

use std::path::PathBuf;
use std::process::ExitCode;
use touchstone::exchange::{to_toml, write_file};
use touchstone::store::Store;

fn main() -> ExitCode {
    // Cargo adds `--bench` (and a filter may add more); only the plain words count.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let (db, dir, rubric) = match args.as_slice() {
        [db, dir] => (db, dir, "cs-site-2017"),
        [db, dir, rubric] => (db, dir, rubric.as_str()),
        _ => {
            eprintln!(
                "export_latest: not a benchmark; usage: cargo bench --bench export_latest -- DB DIR [RUBRIC]"
            );
            return ExitCode::SUCCESS;
        }
    };
    match export(&PathBuf::from(db), &PathBuf::from(dir), rubric) {
        Ok(n) => {
            println!("exported {n} assessments to {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("export_latest: {e}");
            ExitCode::FAILURE
        }
    }
}

fn export(
    db: &std::path::Path,
    dir: &std::path::Path,
    rubric: &str,
) -> touchstone::error::Result<usize> {
    let store = Store::open(db)?;
    let mut ids = Vec::new();
    store.scan_latest(rubric, None, false, |l| {
        ids.push(l.assessment_id.to_string())
    })?;
    std::fs::create_dir_all(dir).map_err(|e| {
        touchstone::error::Error::failure(format!("cannot create {}: {e}", dir.display()))
    })?;
    for id in &ids {
        let assessment = store.load(id)?;
        write_file(&dir.join(format!("{id}.toml")), &to_toml(&assessment), true)?;
    }
    Ok(ids.len())
}
