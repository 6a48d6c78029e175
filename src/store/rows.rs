//! Row writes shared by the assessment and session halves of the store: the time of
//! last change, ratings with their log, evidence, actions, session records and whole
//! imported assessments. Both halves import this module; neither imports the other.

use crate::assessment::{Action, Assessment, Meta};
use crate::error::{Error, Result};
use crate::rubric::Rubric;
use crate::session::record::SessionRecord;
use rusqlite::{OptionalExtension, Transaction, params};
use std::collections::HashMap;
use std::sync::Arc;

/// A rating before and after one change, as the event log records it.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingChange {
    /// The level key before (`None`: unrated).
    pub old_level: Option<String>,
    /// The level key after.
    pub new_level: Option<String>,
    /// The note before.
    pub old_note: String,
    /// The note after.
    pub new_note: String,
}

/// The one gate of every change to an assessment's content (ratings, notes,
/// evidence, action steps, a consensus a session records), called inside the
/// transaction that makes the change and before it writes: a submitted assessment is
/// read-only until reopened, so the change is refused with [`Error::Submitted`] (each
/// front end says it in its own words) and the transaction, dropped, writes nothing.
/// Anything else gets `at` as its time of last change. Whole imported assessments
/// (`write_whole`) do not pass here: an import replaces the record, status included.
pub(super) fn change(tx: &Transaction, assessment_id: &str, at: &str) -> Result<()> {
    let changed = tx
        .prepare_cached(
            "UPDATE assessments SET updated_at = ?2 WHERE id = ?1 AND status IS NOT 'final'",
        )?
        .execute(params![assessment_id, at])?;
    if changed > 0 {
        return Ok(());
    }
    let submitted: Option<bool> = tx
        .prepare_cached("SELECT status = 'final' FROM assessments WHERE id = ?1")?
        .query_row([assessment_id], |r| r.get(0))
        .optional()?;
    if submitted != Some(true) {
        return Ok(());
    }
    let (by, at) = tx
        .prepare_cached(
            "SELECT actor, at FROM status_events WHERE assessment_id = ?1 AND status = 'final'
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row([assessment_id], |r| Ok((Some(r.get(0)?), Some(r.get(1)?))))
        .optional()?
        .unwrap_or((None, None));
    Err(Error::Submitted(crate::error::Submitted {
        assessment: assessment_id.to_string(),
        by,
        at,
    }))
}

pub(super) fn current_rating(
    tx: &Transaction,
    assessment: &str,
    indicator: &str,
) -> Result<(Option<String>, String)> {
    Ok(tx
        .prepare_cached(
            "SELECT level, note FROM ratings WHERE assessment_id = ?1 AND indicator_id = ?2",
        )?
        .query_row([assessment, indicator], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or_default())
}

/// Writes a rating row and its log entry (nothing when nothing changes).
pub(super) fn write_rating(
    tx: &Transaction,
    assessment: &str,
    indicator: &str,
    change: &RatingChange,
    actor: &str,
    at: &str,
) -> Result<()> {
    if change.old_level == change.new_level && change.old_note == change.new_note {
        return Ok(());
    }
    upsert_rating(tx, assessment, indicator, change, actor, at)?;
    log_event(
        tx,
        assessment,
        indicator,
        change,
        EvidenceLog::Unchanged,
        actor,
        at,
    )?;
    Ok(())
}

/// Writes the rating row as `change` leaves it (no log entry).
pub(super) fn upsert_rating(
    tx: &Transaction,
    assessment: &str,
    indicator: &str,
    change: &RatingChange,
    actor: &str,
    at: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO ratings (assessment_id, indicator_id, level, note, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET
           level = excluded.level, note = excluded.note,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )?
    .execute(params![
        assessment,
        indicator,
        change.new_level,
        change.new_note,
        at,
        actor
    ])?;
    Ok(())
}

/// Appends one entry to the event log and returns its id (the indicator's new
/// version); `evidence` is (old, new) when the evidence list changed too.
/// What an event log entry says about the evidence list.
#[derive(Debug, Clone, Copy)]
pub(super) enum EvidenceLog<'a> {
    Unchanged,
    /// The whole list before and after.
    Replaced(&'a [String], &'a [String]),
    /// One item appended to a non-empty list.
    Added(&'a str),
}

pub(super) fn log_event(
    tx: &Transaction,
    assessment: &str,
    indicator: &str,
    change: &RatingChange,
    evidence: EvidenceLog<'_>,
    actor: &str,
    at: &str,
) -> Result<i64> {
    let json =
        |list: &[String]| serde_json::to_string(list).map_err(|e| Error::failure(e.to_string()));
    let (old_evidence, new_evidence, added) = match evidence {
        EvidenceLog::Replaced(old, new) => (Some(json(old)?), Some(json(new)?), None),
        EvidenceLog::Added(item) => (None, None, Some(item)),
        EvidenceLog::Unchanged => (None, None, None),
    };
    tx.prepare_cached(
        "INSERT INTO rating_events (assessment_id, indicator_id, old_level, new_level, old_note, new_note,
                                    actor, at, old_evidence, new_evidence, evidence_added)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        assessment,
        indicator,
        change.old_level,
        change.new_level,
        change.old_note,
        change.new_note,
        actor,
        at,
        old_evidence,
        new_evidence,
        added
    ])?;
    Ok(tx.last_insert_rowid())
}

/// Inserts or updates the assessment row (with its school and rubric snapshot).
pub(super) fn write_meta(
    tx: &Transaction,
    meta: &Meta,
    rubric: &Rubric,
    rubric_text: &str,
    exists: bool,
) -> Result<()> {
    let snapshot = snapshot_id(tx, rubric, rubric_text)?;
    write_assessment_row(tx, meta, snapshot, exists)
}

/// The id of a rubric snapshot, stored first if new.
fn snapshot_id(tx: &Transaction, rubric: &Rubric, rubric_text: &str) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO rubric_snapshots (rubric_id, version, text) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
    )?
    .execute(params![rubric.id, rubric.version, rubric_text])?;
    let snapshot: i64 = tx
        .prepare_cached(
            "SELECT id FROM rubric_snapshots WHERE rubric_id = ?1 AND version = ?2 AND text = ?3",
        )?
        .query_row(params![rubric.id, rubric.version, rubric_text], |r| {
            r.get(0)
        })?;
    Ok(snapshot)
}

/// Snapshot ids already stored in one transaction, so that a batch of imported
/// assessments binds and compares a rubric's text (tens of KB) once, not once each.
#[derive(Default)]
pub(super) struct Snapshots(Vec<(Arc<str>, String, String, i64)>);

impl Snapshots {
    fn id(&mut self, tx: &Transaction, rubric: &Rubric, text: &Arc<str>) -> Result<i64> {
        let known = self.0.iter().find(|(t, id, version, _)| {
            *id == rubric.id && *version == rubric.version && (Arc::ptr_eq(t, text) || t == text)
        });
        if let Some((.., snapshot)) = known {
            return Ok(*snapshot);
        }
        let snapshot = snapshot_id(tx, rubric, text)?;
        self.0.push((
            text.clone(),
            rubric.id.clone(),
            rubric.version.clone(),
            snapshot,
        ));
        Ok(snapshot)
    }
}

/// Inserts or updates the assessment row and its school.
fn write_assessment_row(tx: &Transaction, meta: &Meta, snapshot: i64, exists: bool) -> Result<()> {
    let district = meta.district.as_deref().unwrap_or("");
    tx.prepare_cached(
        "INSERT INTO schools (name, district) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?
    .execute(params![meta.school, district])?;
    let school: i64 = tx
        .prepare_cached("SELECT id FROM schools WHERE name = ?1 AND district = ?2")?
        .query_row(params![meta.school, district], |r| r.get(0))?;
    if let Some(code) = &meta.school_code {
        // Checked before writing (`Store::check_school_codes`): no other school has it.
        tx.prepare_cached("UPDATE schools SET code = ?2 WHERE id = ?1 AND code IS NOT ?2")?
            .execute(params![school, code])?;
    }
    let team = serde_json::to_string(&meta.team).map_err(|e| Error::failure(e.to_string()))?;
    let submitted_by = match &meta.submitted {
        Some(s) => Some(serde_json::to_string(&s.by).map_err(|e| Error::failure(e.to_string()))?),
        None => None,
    };
    let values = params![
        meta.id,
        school,
        meta.date.to_string(),
        snapshot,
        team,
        meta.facilitator,
        meta.status.as_str(),
        meta.updated.to_string(),
        meta.submitted.as_ref().map(|s| s.at.to_string()),
        submitted_by,
    ];
    if exists {
        tx.prepare_cached(
            "UPDATE assessments SET school_id = ?2, date = ?3, snapshot_id = ?4, team = ?5,
               facilitator = ?6, status = ?7, updated_at = ?8, deleted_at = NULL,
               submitted_at = ?9, submitted_by = ?10 WHERE id = ?1",
        )?
        .execute(values)?;
    } else {
        tx.prepare_cached(
            "INSERT INTO assessments (id, school_id, date, snapshot_id, team, facilitator, status, created_at, updated_at,
                                      submitted_at, submitted_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)",
        )?
        .execute(values)?;
    }
    Ok(())
}

/// Writes an imported assessment over whatever the database had for its id (`exists`:
/// whether it has a row, deleted or not). Every indicator whose rating, note or
/// evidence the file changes gets one entry in the change log, by `actor`, like any
/// save: the history shows the import, undo will not put an older value back over it,
/// and an editor opened before it is offered the choice rather than saving over it.
pub(super) fn write_whole(
    tx: &Transaction,
    a: &Assessment,
    exists: bool,
    snapshots: &mut Snapshots,
    actor: &str,
) -> Result<()> {
    let snapshot = snapshots.id(tx, &a.rubric, &a.rubric_text)?;
    write_assessment_row(tx, &a.meta, snapshot, exists)?;
    let id = &a.meta.id;
    let mut old: HashMap<String, (Option<String>, String)> = HashMap::new();
    let mut old_evidence: HashMap<String, Vec<String>> = HashMap::new();
    // A new assessment has no rows to read or remove.
    if exists {
        let mut stmt = tx.prepare_cached(
            "SELECT indicator_id, level, note FROM ratings WHERE assessment_id = ?1",
        )?;
        let mut rows = stmt.query([id])?;
        while let Some(r) = rows.next()? {
            old.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
        }
        let mut stmt = tx.prepare_cached(
            "SELECT indicator_id, text FROM evidence WHERE assessment_id = ?1 ORDER BY indicator_id, position",
        )?;
        let mut rows = stmt.query([id])?;
        while let Some(r) = rows.next()? {
            old_evidence.entry(r.get(0)?).or_default().push(r.get(1)?);
        }
        tx.prepare_cached("DELETE FROM evidence WHERE assessment_id = ?1")?
            .execute([id])?;
    }
    let at = a.meta.updated.to_string();
    for ((_, indicator), entry) in a.rubric.indicators().zip(&a.entries) {
        let (old_level, old_note) = old.remove(&indicator.id).unwrap_or_default();
        let change = RatingChange {
            old_level,
            new_level: entry.choice.map(|c| a.rubric.choice_key(c).to_string()),
            old_note,
            new_note: entry.note.clone(),
        };
        let was = old_evidence.remove(&indicator.id).unwrap_or_default();
        let evidence = if was == entry.evidence {
            EvidenceLog::Unchanged
        } else {
            EvidenceLog::Replaced(&was, &entry.evidence)
        };
        let rated = change.old_level != change.new_level || change.old_note != change.new_note;
        if rated {
            upsert_rating(tx, id, &indicator.id, &change, actor, &at)?;
        }
        if rated || !matches!(evidence, EvidenceLog::Unchanged) {
            log_event(tx, id, &indicator.id, &change, evidence, actor, &at)?;
        }
        insert_evidence(tx, id, &indicator.id, &entry.evidence)?;
    }
    write_actions(tx, id, &a.actions)?;
    write_session_records(tx, id, &a.sessions)?;
    Ok(())
}

/// Replaces the evidence list of one indicator.
pub(super) fn write_evidence(
    tx: &Transaction,
    id: &str,
    indicator: &str,
    evidence: &[String],
) -> Result<()> {
    tx.prepare_cached("DELETE FROM evidence WHERE assessment_id = ?1 AND indicator_id = ?2")?
        .execute(params![id, indicator])?;
    insert_evidence(tx, id, indicator, evidence)
}

/// Appends one item to an indicator's evidence list of `position` items.
pub(super) fn append_evidence(
    tx: &Transaction,
    id: &str,
    indicator: &str,
    position: usize,
    text: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO evidence (assessment_id, indicator_id, position, text) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, indicator, position as i64, text])?;
    Ok(())
}

/// Adds an evidence list (the indicator has none yet).
fn insert_evidence(tx: &Transaction, id: &str, indicator: &str, evidence: &[String]) -> Result<()> {
    for (position, text) in evidence.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO evidence (assessment_id, indicator_id, position, text) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, indicator, position as i64, text])?;
    }
    Ok(())
}

/// Replaces the action plan of an assessment.
pub(super) fn write_actions(tx: &Transaction, id: &str, actions: &[Action]) -> Result<()> {
    tx.prepare_cached("DELETE FROM actions WHERE assessment_id = ?1")?
        .execute([id])?;
    // A new plan version; who made it is set by `set_actions_based` (none: an import).
    tx.prepare_cached(
        "UPDATE assessments SET plan_version = plan_version + 1, plan_by = NULL, plan_at = NULL WHERE id = ?1",
    )?
    .execute([id])?;
    for (position, action) in actions.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO actions (assessment_id, position, indicator_id, step, owner, due, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            id,
            position as i64,
            action.indicator,
            action.step,
            action.owner,
            action.due.map(|d| d.to_string()),
            action.status.as_str()
        ])?;
    }
    Ok(())
}

/// Writes imported session records for an assessment, replacing what it had: its
/// sessions not in `records` are removed.
fn write_session_records(
    tx: &Transaction,
    assessment_id: &str,
    records: &[SessionRecord],
) -> Result<()> {
    let keep = serde_json::to_string(&records.iter().map(|s| &s.id).collect::<Vec<_>>())
        .map_err(|e| Error::failure(e.to_string()))?;
    tx.prepare_cached(
        "DELETE FROM sessions WHERE assessment_id = ?1 AND id NOT IN (SELECT value FROM json_each(?2))",
    )?
    .execute(params![assessment_id, keep])?;
    // A session held here keeps its live state (plan, code, agenda); its record
    // (times, participants, votes, decisions) is replaced by the imported one. A
    // session belongs to one assessment: the schema refuses to move it (migration 3),
    // and import checks it first to say where.
    for s in records {
        // A session open for pre-rating here keeps its members' pre-ratings (round 0):
        // an export leaves them out while it is open, so the file has none to give.
        let prerating: bool = tx
            .query_row(
                "SELECT prerating AND ended_at IS NULL FROM sessions WHERE id = ?1",
                [&s.id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(false);
        tx.execute(
            "INSERT INTO sessions (id, code, assessment_id, plan_id, plan_title, plan_text, facilitator, started_at, ended_at, open_voting)
             VALUES (?1, NULL, ?2, ?3, ?4, NULL, ?5, ?6, ?7, ?8)
             ON CONFLICT (id) DO UPDATE SET assessment_id = excluded.assessment_id, plan_id = excluded.plan_id,
                 plan_title = excluded.plan_title, facilitator = excluded.facilitator,
                 started_at = excluded.started_at, ended_at = excluded.ended_at, open_voting = excluded.open_voting",
            params![s.id, assessment_id, s.plan, s.title, s.facilitator, s.started.to_string(), s.ended.map(|t| t.to_string()), s.open_voting],
        )?;
        for table in ["session_segments", "decisions"] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE session_id = ?1"),
                [&s.id],
            )?;
        }
        if prerating {
            tx.execute(
                "DELETE FROM votes WHERE session_id = ?1 AND round > 0",
                [&s.id],
            )?;
            tx.execute(
                "DELETE FROM session_participants WHERE session_id = ?1
                   AND name NOT IN (SELECT participant FROM votes WHERE session_id = ?1)",
                [&s.id],
            )?;
        } else {
            tx.execute("DELETE FROM votes WHERE session_id = ?1", [&s.id])?;
            tx.execute(
                "DELETE FROM session_participants WHERE session_id = ?1",
                [&s.id],
            )?;
        }
        for name in &s.participants {
            tx.execute(
                "INSERT INTO session_participants (session_id, name, joined_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO NOTHING",
                params![s.id, name, s.started.to_string()],
            )?;
        }
        for (position, seg) in s.segments.iter().enumerate() {
            tx.execute(
                "INSERT INTO session_segments (session_id, position, kind, title, planned_minutes, started_at, ended_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![s.id, position as i64, seg.kind, seg.title, seg.planned_minutes, seg.started.to_string(), seg.ended.map(|t| t.to_string())],
            )?;
        }
        // The record as the secret ballot lets it be kept (an older file may name the
        // voters of a private session), in its canonical order.
        let mut s = s.clone();
        crate::session::ballot::public(&mut s);
        for v in s.votes.iter().filter(|v| !(prerating && v.round == 0)) {
            tx.execute(
                "INSERT INTO votes (session_id, indicator_id, round, participant, level, comment, cast_at, replaced)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![s.id, v.indicator, v.round, v.participant, v.level, v.comment, v.at.map(|t| t.to_string()), v.replaced],
            )?;
        }
        for (position, d) in s.decisions.iter().enumerate() {
            tx.execute(
                "INSERT INTO decisions (session_id, position, indicator_id, level, suggested, spread, votes, decided_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![s.id, position as i64, d.indicator, d.level, d.suggested, d.spread, d.votes, d.at.to_string()],
            )?;
        }
    }
    Ok(())
}

/// The whole plan is written each time, steps nobody touched included: those are put
/// in normal form (an older import kept surrounding spaces) rather than refused, so a
/// plan from an older Touchstone stays editable; refused characters are refused.
pub(super) fn normal_plan(
    actions: &[crate::assessment::Action],
) -> crate::error::Result<Vec<crate::assessment::Action>> {
    use crate::assessment::Action;
    use crate::text::Shape;
    let normal = |value: &str, shape, what| {
        crate::text::checked(value, shape, what).map_err(crate::error::Error::input)
    };
    actions
        .iter()
        .map(|a| {
            Ok(Action {
                step: normal(&a.step, Shape::Text, "an action step")?,
                owner: match &a.owner {
                    Some(o) => Some(normal(o, Shape::Line, "an owner")?).filter(|o| !o.is_empty()),
                    None => None,
                },
                ..a.clone()
            })
        })
        .collect()
}
