//! Migrations of what readers follow: the change log and each assessment's stored figures.

/// 5: the change log (see `store::changes`): one row per assessment and per session
/// holding the sequence number of its last change, written by triggers so every
/// write path is covered. Coalesced: it grows with assessments, not with ratings.
pub(super) const CHANGE_LOG: &str = concat!(
    r#"
CREATE TABLE changes (
    kind TEXT NOT NULL CHECK (kind IN ('assessment', 'session')),
    key  TEXT NOT NULL,
    seq  INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE INDEX changes_by_seq ON changes (seq);
"#,
    change_triggers!("assessments", "assessment", "id"),
    change_triggers!("ratings", "assessment", "assessment_id"),
    change_triggers!("evidence", "assessment", "assessment_id"),
    change_triggers!("actions", "assessment", "assessment_id"),
    change_triggers!("sessions", "session", "id"),
    change_triggers!("session_participants", "session", "session_id"),
    change_triggers!("session_segments", "session", "session_id"),
    change_triggers!("votes", "session", "session_id"),
    change_triggers!("decisions", "session", "session_id"),
);

/// 6: figures: each assessment's figures, so lists read one row per assessment
/// instead of every rating. Written by every write that can change a rating, in the
/// same transaction (store/figures.rs); filled for existing assessments when the
/// database is opened (`figures::fill_missing`); `touchstone db check` recounts them.
/// Also the index the home list pages through, newest first; it carries the school
/// and rubric so counting under a filter reads the index alone.
pub(super) const FIGURES: &str = r#"
CREATE TABLE assessment_figures (
    assessment_id        TEXT PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    indicators           INTEGER NOT NULL,
    rated                INTEGER NOT NULL,
    at_full              INTEGER NOT NULL,
    applicable           INTEGER NOT NULL,
    standards_full       INTEGER NOT NULL,
    standards_applicable INTEGER NOT NULL,
    fully_implementing   INTEGER NOT NULL,
    baseline_met         INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX assessments_newest
    ON assessments (date DESC, updated_at DESC, id DESC, school_id, snapshot_id)
    WHERE deleted_at IS NULL;
"#;
