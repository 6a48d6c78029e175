//! The database schema, as an ordered list of migrations. `PRAGMA user_version` holds
//! how many have been applied; a database with a higher number is from a newer
//! Touchstone and is refused untouched.

/// Marks a file as a Touchstone database (`PRAGMA application_id`): "TchS".
pub const APPLICATION_ID: i64 = 0x5463_6853;

pub const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
CREATE TABLE schools (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    district TEXT NOT NULL DEFAULT '',
    UNIQUE (name, district)
);

-- The exact rubric text each assessment was scored on, shared by identical copies.
CREATE TABLE rubric_snapshots (
    id        INTEGER PRIMARY KEY,
    rubric_id TEXT NOT NULL,
    version   TEXT NOT NULL,
    text      TEXT NOT NULL,
    UNIQUE (rubric_id, version, text)
);

CREATE TABLE assessments (
    id          TEXT PRIMARY KEY,
    school_id   INTEGER NOT NULL REFERENCES schools(id),
    date        TEXT NOT NULL,
    snapshot_id INTEGER NOT NULL REFERENCES rubric_snapshots(id),
    team        TEXT NOT NULL DEFAULT '[]',
    facilitator TEXT,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX assessments_by_school ON assessments (school_id, date);

CREATE TABLE ratings (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_id  TEXT NOT NULL,
    level         TEXT,
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, indicator_id)
) WITHOUT ROWID;

CREATE TABLE evidence (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_id  TEXT NOT NULL,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (assessment_id, indicator_id, position)
) WITHOUT ROWID;

CREATE TABLE actions (
    id            INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    indicator_id  TEXT NOT NULL,
    step          TEXT NOT NULL,
    owner         TEXT,
    due           TEXT,
    status        TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped'))
);
CREATE INDEX actions_by_assessment ON actions (assessment_id, position);

-- Append-only: every change of a rating or note, so nothing overwritten is lost.
-- No foreign key, so the history outlives the assessment it describes.
CREATE TABLE rating_events (
    id            INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL,
    indicator_id  TEXT NOT NULL,
    old_level     TEXT,
    new_level     TEXT,
    old_note      TEXT NOT NULL,
    new_note      TEXT NOT NULL,
    actor         TEXT NOT NULL,
    at            TEXT NOT NULL
);
CREATE INDEX rating_events_by_assessment ON rating_events (assessment_id, id);
"#,
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
