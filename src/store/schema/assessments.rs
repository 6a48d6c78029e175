//! Migrations of assessments: the first schema, versioned edits, submitting and evidence added one item at a time.

/// 1: the first schema.
pub(super) const FIRST_SCHEMA: &str = r#"
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
"#;

/// 4: versioned edits and seats. Evidence changes join the event log (old and new
/// lists as JSON; NULL: the evidence did not change), so history and undo cover
/// them; an indicator's version is the id of its last event. The action plan
/// carries its own version (and who changed it last). A seat says which live
/// connection holds a participant's name in a session, refreshed by a heartbeat.
pub(super) const VERSIONED_EDITS_AND_SEATS: &str = r#"
ALTER TABLE rating_events ADD COLUMN old_evidence TEXT;
ALTER TABLE rating_events ADD COLUMN new_evidence TEXT;
CREATE INDEX rating_events_by_indicator ON rating_events (assessment_id, indicator_id, id);
ALTER TABLE assessments ADD COLUMN plan_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assessments ADD COLUMN plan_by TEXT;
ALTER TABLE assessments ADD COLUMN plan_at TEXT;
CREATE TABLE seats (
    session_id   TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    holder       TEXT NOT NULL,
    heartbeat_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, name)
) WITHOUT ROWID;
"#;

/// 8: submitting an assessment: when and by whom (a JSON list of names), and a log
/// of submits and reopenings. Final assessments from before keep no submit time.
pub(super) const SUBMITTING: &str = r#"
ALTER TABLE assessments ADD COLUMN submitted_at TEXT;
ALTER TABLE assessments ADD COLUMN submitted_by TEXT;
CREATE TABLE status_events (
    id            INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    status        TEXT NOT NULL,
    actor         TEXT NOT NULL,
    at            TEXT NOT NULL
);
"#;

/// evidence added one item at a time: an entry that appended one item to a
/// non-empty evidence list records that item here instead of the old and new lists
/// (which made each add cost the whole list twice). Older entries keep their lists.
pub(super) const EVIDENCE_ADDED: &str = r#"
ALTER TABLE rating_events ADD COLUMN evidence_added TEXT;
"#;
