//! Migrations of what a network sets for itself.

/// Targets for the three headline measures (`touchstone targets`): per measure,
/// district ('' for the whole network) and year; a count of community schools or a
/// percentage (0 to 100).
pub(super) const TARGETS: &str = r#"
CREATE TABLE targets (
    measure  TEXT NOT NULL,
    district TEXT NOT NULL DEFAULT '',
    year     INTEGER NOT NULL,
    value    REAL NOT NULL,
    PRIMARY KEY (measure, district, year)
) WITHOUT ROWID;
"#;
