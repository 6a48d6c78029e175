//! Migrations of coaching sessions: the session tables, open voting, pre-rating, the room's language, the secret ballot and pauses.

/// 2: coaching sessions.
pub(super) const COACHING_SESSIONS: &str = r#"
CREATE TABLE sessions (
    id              TEXT PRIMARY KEY,
    -- The join code while the session runs; NULL once imported from elsewhere.
    code            TEXT UNIQUE,
    assessment_id   TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    plan_id         TEXT NOT NULL,
    plan_title      TEXT NOT NULL,
    plan_text       TEXT,
    facilitator     TEXT NOT NULL,
    -- The standards `weakest = N` segments cover, fixed at the start (JSON list).
    weakest         TEXT NOT NULL DEFAULT '[]',
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    -- The live state every screen follows.
    segment         INTEGER NOT NULL DEFAULT 0,
    segment_started INTEGER NOT NULL DEFAULT 0,
    paused_at       INTEGER,
    paused_total    INTEGER NOT NULL DEFAULT 0,
    extra           INTEGER NOT NULL DEFAULT 0,
    indicator_id    TEXT,
    round           INTEGER NOT NULL DEFAULT 1,
    revealed        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_by_assessment ON sessions (assessment_id, started_at);

CREATE TABLE session_participants (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    joined_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, name)
) WITHOUT ROWID;

-- Each visit to a segment, with its actual times.
CREATE TABLE session_segments (
    session_id      TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

CREATE TABLE votes (
    session_id   TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    round        INTEGER NOT NULL,
    participant  TEXT NOT NULL,
    level        TEXT NOT NULL,
    comment      TEXT NOT NULL DEFAULT '',
    cast_at      TEXT NOT NULL,
    PRIMARY KEY (session_id, indicator_id, round, participant)
) WITHOUT ROWID;

CREATE TABLE decisions (
    session_id   TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    indicator_id TEXT NOT NULL,
    level        TEXT NOT NULL,
    suggested    TEXT,
    spread       INTEGER,
    votes        INTEGER NOT NULL,
    decided_at   TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;
"#;

/// 3: a session belongs to the assessment it was held on, forever. Import checks
/// this first (to say where in which file); this keeps every other path honest.
pub(super) const SESSIONS_STAY_WITH_THEIR_ASSESSMENT: &str = r#"
CREATE TRIGGER sessions_stay_with_their_assessment
BEFORE UPDATE OF assessment_id ON sessions
WHEN NEW.assessment_id IS NOT OLD.assessment_id
BEGIN
    SELECT RAISE(ABORT, 'a session belongs to one assessment and cannot be moved to another');
END;
"#;

/// 7: open voting. A team may agree that votes are not private; only then may the
/// minutes and reports name who voted what (`--named`).
pub(super) const OPEN_VOTING: &str = r#"
ALTER TABLE sessions ADD COLUMN open_voting INTEGER NOT NULL DEFAULT 0;
"#;

/// 9: silent pre-rating. A session opened for pre-rating takes members' private
/// votes (round 0) until it closes; the indicators whose pre-ratings agree are
/// fixed then (JSON list), for `only = "disagreement"` rate segments.
pub(super) const PRERATING: &str = r#"
ALTER TABLE sessions ADD COLUMN prerating INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN agreed TEXT NOT NULL DEFAULT '[]';
"#;

/// 10: the room's language: what the wall screen speaks (the facilitator's language
/// when the session started). Sessions from before were held in English.
pub(super) const ROOM_LANGUAGE: &str = r#"
ALTER TABLE sessions ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
"#;

/// The secret ballot (see `session::ballot`): a vote keeps its voter's name only
/// while it can still change. Votes get a surrogate key so a vote can lose its name
/// (`participant` and `cast_at` NULL); `replaced` marks a pre-rating its member's
/// room vote replaced in the first round's tally (what the name told before). Rows
/// are copied in the order of their content, not of casting. What is already over
/// in a private session loses its names now: everything of an ended or imported
/// session, and in a running one every round that was revealed (a later round
/// exists, it is revealed now, or it was decided and is not the live round), with
/// the pre-ratings of an indicator whose first round is over.
pub(super) const SECRET_BALLOT: &str = concat!(
    r#"
CREATE TABLE votes_sealed (
    id           INTEGER PRIMARY KEY,
    session_id   TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    round        INTEGER NOT NULL,
    participant  TEXT,
    level        TEXT NOT NULL,
    comment      TEXT NOT NULL DEFAULT '',
    cast_at      TEXT,
    replaced     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, indicator_id, round, participant)
);
INSERT INTO votes_sealed (session_id, indicator_id, round, participant, level, comment, cast_at)
    SELECT session_id, indicator_id, round, participant, level, comment, cast_at FROM votes
    ORDER BY session_id, indicator_id, round, level, comment;
DROP TABLE votes;
ALTER TABLE votes_sealed RENAME TO votes;
CREATE TEMP TABLE closed_rounds AS
    SELECT DISTINCT v.session_id AS session_id, v.indicator_id AS indicator_id, v.round AS round
    FROM votes v JOIN sessions s ON s.id = v.session_id
    WHERE NOT s.open_voting AND v.round >= 1 AND (
        s.ended_at IS NOT NULL OR s.code IS NULL
        OR v.round < (SELECT max(r.round) FROM votes r
                      WHERE r.session_id = v.session_id AND r.indicator_id = v.indicator_id)
        OR (s.indicator_id = v.indicator_id AND s.round = v.round AND s.revealed)
        OR (EXISTS (SELECT 1 FROM decisions d
                    WHERE d.session_id = v.session_id AND d.indicator_id = v.indicator_id)
            AND NOT (s.indicator_id IS v.indicator_id AND s.round = v.round)));
UPDATE votes SET replaced = 1
    WHERE round = 0 AND participant IS NOT NULL
      AND EXISTS (SELECT 1 FROM closed_rounds c WHERE c.session_id = votes.session_id
                  AND c.indicator_id = votes.indicator_id AND c.round = 1)
      AND EXISTS (SELECT 1 FROM votes r WHERE r.session_id = votes.session_id
                  AND r.indicator_id = votes.indicator_id AND r.round = 1
                  AND r.participant = votes.participant);
UPDATE votes SET participant = NULL, cast_at = NULL
    WHERE participant IS NOT NULL AND (
        EXISTS (SELECT 1 FROM closed_rounds c WHERE c.session_id = votes.session_id
                AND c.indicator_id = votes.indicator_id
                AND c.round = CASE WHEN votes.round = 0 THEN 1 ELSE votes.round END)
        OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = votes.session_id AND NOT s.open_voting
                   AND (s.ended_at IS NOT NULL OR s.code IS NULL)));
DROP TABLE closed_rounds;
"#,
    change_triggers!("votes", "session", "session_id"),
);

/// Pauses of a session's clock, with their times and the segment they fell in, for
/// the minutes (issue 24 item 5). `resumed_at` is empty while the clock is paused
/// (and stays so for a session that ended paused). Times are Unix seconds.
pub(super) const PAUSES: &str = r#"
CREATE TABLE session_pauses (
    id         INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    segment    TEXT NOT NULL,
    paused_at  INTEGER NOT NULL,
    resumed_at INTEGER
);
CREATE INDEX session_pauses_by_session ON session_pauses (session_id);
"#;
