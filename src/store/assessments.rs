//! Queries on assessments: create, find by id prefix, load, rate, import, history.

use super::Store;
use crate::assessment::{Action, ActionStatus, Assessment, Entry, Meta, Status, now};
use crate::error::{Error, Result};
use crate::rubric::{Choice, Rubric};
use crate::text::{Shape, require_normal};
use jiff::civil::Date;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use std::collections::HashMap;

/// What `Store::create` needs.
pub struct NewAssessment<'a> {
    pub school: &'a str,
    pub district: Option<&'a str>,
    pub date: Date,
    pub team: &'a [String],
    pub facilitator: Option<&'a str>,
    pub rubric: &'a Rubric,
    pub rubric_text: &'a str,
}

/// A rating before and after one change, as the event log records it.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingChange {
    pub old_level: Option<String>,
    pub new_level: Option<String>,
    pub old_note: String,
    pub new_note: String,
}

/// One entry of the append-only rating log.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingEvent {
    pub indicator: String,
    pub change: RatingChange,
    pub actor: String,
    pub at: String,
}

/// What importing one assessment did (or would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    Added,
    Unchanged,
    Replaced,
    /// The id was deleted here: the assessment is brought back with the file's
    /// content (whether or not it differs, and with or without `replace`).
    Restored,
    /// The id exists with other content and `replace` was not asked for.
    Conflict,
}

/// A row of `touchstone list`; the figures are computed from the full assessment.
pub type ListRow = Assessment;

impl Store {
    /// Creates an empty assessment and returns its id.
    pub fn create(&mut self, new: &NewAssessment) -> Result<String> {
        require_normal(new.school, Shape::Line, "the school")?;
        if new.school.is_empty() {
            return Err(Error::input("the school is empty"));
        }
        for (value, what) in [
            (new.district, "the district"),
            (new.facilitator, "the facilitator"),
        ] {
            require_normal(value.unwrap_or(""), Shape::Line, what)?;
        }
        for member in new.team {
            require_normal(member, Shape::Line, "a team member")?;
        }
        let id = uuid::Uuid::now_v7().to_string();
        let meta = Meta {
            id: id.clone(),
            school: new.school.to_string(),
            district: new.district.map(str::to_string),
            date: new.date,
            team: new.team.to_vec(),
            facilitator: new.facilitator.map(str::to_string),
            status: Status::Draft,
            updated: now(),
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_meta(&tx, &meta, new.rubric, new.rubric_text, false)?;
        tx.commit()?;
        Ok(id)
    }

    /// Finds the one assessment whose id is `prefix` or starts with it (at least 4
    /// characters).
    pub fn resolve(&self, prefix: &str) -> Result<String> {
        let prefix = prefix.trim().to_ascii_lowercase();
        if prefix.chars().count() < 4 {
            return Err(Error::input(format!(
                "{prefix:?} is too short: give at least 4 characters of the id (see `touchstone list`)"
            )));
        }
        // Ids are hexadecimal with dashes: anything else cannot begin one.
        if !prefix.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Err(Error::input(format!(
                "no assessment id starts with {prefix:?} (see `touchstone list`)"
            )));
        }
        let ids = self.ids_with_prefix(
            "SELECT id FROM assessments WHERE deleted_at IS NULL AND substr(id, 1, ?2) = ?1 ORDER BY id LIMIT 6",
            &prefix,
        )?;
        match ids.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(Error::input(format!(
                "no assessment id starts with {prefix:?} (see `touchstone list`)"
            ))),
            many => Err(Error::input(format!(
                "{prefix} matches several assessments ({}); give more characters",
                many.join(", ")
            ))),
        }
    }

    /// Loads one assessment with everything recorded for it.
    pub fn load(&self, id: &str) -> Result<Assessment> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT a.id, s.name, s.district, a.date, a.team, a.facilitator, a.status,
                        a.updated_at, a.snapshot_id
                 FROM assessments a JOIN schools s ON s.id = a.school_id WHERE a.id = ?1",
            )?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, i64>(8)?,
                ))
            })
            .optional()?
            .ok_or_else(|| Error::input(format!("no assessment with id {id}")))?;
        let (id, school, district, date, team, facilitator, status, updated, snapshot) = row;
        let (rubric, rubric_text) = self.snapshot(snapshot)?;
        let corrupt =
            |what: &str| Error::failure(format!("assessment {id}: stored {what} is unreadable"));
        let meta = Meta {
            school,
            district: (!district.is_empty()).then_some(district),
            date: date.parse().map_err(|_| corrupt("date"))?,
            team: serde_json::from_str(&team).map_err(|_| corrupt("team"))?,
            facilitator,
            status: Status::parse(&status).ok_or_else(|| corrupt("status"))?,
            updated: updated.parse().map_err(|_| corrupt("change time"))?,
            id: id.clone(),
        };
        let mut entries = vec![Entry::default(); rubric.indicator_count()];
        let mut ratings = self.conn.prepare_cached(
            "SELECT indicator_id, level, note FROM ratings WHERE assessment_id = ?1",
        )?;
        let mut rows = ratings.query([&meta.id])?;
        while let Some(r) = rows.next()? {
            let indicator: String = r.get(0)?;
            let Some(i) = rubric.indicator_index(&indicator) else {
                continue;
            };
            let level: Option<String> = r.get(1)?;
            entries[i].choice = level.and_then(|l| rubric.parse_choice(&l));
            entries[i].note = r.get(2)?;
        }
        let mut evidence = self.conn.prepare_cached(
            "SELECT indicator_id, text FROM evidence WHERE assessment_id = ?1 ORDER BY indicator_id, position",
        )?;
        let mut rows = evidence.query([&meta.id])?;
        while let Some(r) = rows.next()? {
            let indicator: String = r.get(0)?;
            if let Some(i) = rubric.indicator_index(&indicator) {
                entries[i].evidence.push(r.get(1)?);
            }
        }
        let mut actions_stmt = self.conn.prepare_cached(
            "SELECT indicator_id, step, owner, due, status FROM actions WHERE assessment_id = ?1 ORDER BY position",
        )?;
        let mut rows = actions_stmt.query([&meta.id])?;
        let mut actions = Vec::new();
        while let Some(r) = rows.next()? {
            let due: Option<String> = r.get(3)?;
            let status: String = r.get(4)?;
            actions.push(Action {
                indicator: r.get(0)?,
                step: r.get(1)?,
                owner: r.get(2)?,
                due: due
                    .map(|d| d.parse())
                    .transpose()
                    .map_err(|_| corrupt("due date"))?,
                status: ActionStatus::parse(&status).ok_or_else(|| corrupt("action status"))?,
            });
        }
        Ok(Assessment {
            meta,
            rubric,
            rubric_text,
            entries,
            actions,
            sessions: self.session_records(&id)?,
        })
    }

    /// Every assessment (not deleted), optionally of one rubric id, oldest first.
    pub fn load_all(&self, rubric_id: Option<&str>) -> Result<Vec<Assessment>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id FROM assessments a JOIN rubric_snapshots r ON r.id = a.snapshot_id
             WHERE a.deleted_at IS NULL AND (?1 IS NULL OR r.rubric_id = ?1)
             ORDER BY a.date, a.updated_at, a.id",
        )?;
        let ids: Vec<String> = stmt
            .query_map([rubric_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| self.load(id)).collect()
    }

    /// Records a level (or clears it with `None`) and optionally a note, and logs
    /// the change. Committed before it returns.
    pub fn rate(
        &mut self,
        assessment: &Assessment,
        indicator: &str,
        choice: Option<Choice>,
        note: Option<&str>,
        actor: &str,
    ) -> Result<RatingChange> {
        let level = choice.map(|c| assessment.rubric.choice_key(c).to_string());
        self.change_rating(&assessment.meta.id, indicator, Some(level), note, actor)
    }

    /// Records a note and keeps the level, logging the change.
    pub fn note(
        &mut self,
        assessment: &Assessment,
        indicator: &str,
        note: &str,
        actor: &str,
    ) -> Result<RatingChange> {
        self.change_rating(&assessment.meta.id, indicator, None, Some(note), actor)
    }

    /// One logged change of a rating: `level` None keeps the level, `note` None the note.
    fn change_rating(
        &mut self,
        assessment_id: &str,
        indicator: &str,
        level: Option<Option<String>>,
        note: Option<&str>,
        actor: &str,
    ) -> Result<RatingChange> {
        if let Some(note) = note {
            require_normal(note, Shape::Text, "the note")?;
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (old_level, old_note) = current_rating(&tx, assessment_id, indicator)?;
        let change = RatingChange {
            new_level: level.unwrap_or_else(|| old_level.clone()),
            old_level,
            new_note: note.map_or_else(|| old_note.clone(), str::to_string),
            old_note,
        };
        let at = now().to_string();
        write_rating(&tx, assessment_id, indicator, &change, actor, &at)?;
        touch(&tx, assessment_id, &at)?;
        tx.commit()?;
        Ok(change)
    }

    /// Imports a batch of assessments in one transaction. Nothing is written when any
    /// of them is a conflict (existing id, other content, `replace` false), and an
    /// error is returned when a session would move from one assessment to another.
    pub fn import(
        &mut self,
        batch: &[Assessment],
        replace: bool,
        actor: &str,
    ) -> Result<Vec<ImportOutcome>> {
        if let Some(problem) = self.moved_sessions(batch)?.into_iter().next() {
            return Err(Error::input(problem));
        }
        let mut outcomes = Vec::with_capacity(batch.len());
        for incoming in batch {
            let deleted: Option<bool> = self
                .conn
                .query_row(
                    "SELECT deleted_at IS NOT NULL FROM assessments WHERE id = ?1",
                    [&incoming.meta.id],
                    |r| r.get(0),
                )
                .optional()?;
            outcomes.push(if deleted.is_none() {
                ImportOutcome::Added
            } else if deleted == Some(true) {
                ImportOutcome::Restored
            } else if same_content(&self.load(&incoming.meta.id)?, incoming) {
                ImportOutcome::Unchanged
            } else if replace {
                ImportOutcome::Replaced
            } else {
                ImportOutcome::Conflict
            });
        }
        if outcomes.contains(&ImportOutcome::Conflict) {
            return Ok(outcomes);
        }
        for (incoming, outcome) in batch.iter().zip(&outcomes) {
            if *outcome == ImportOutcome::Replaced {
                self.refuse_ending_a_running_session(incoming)?;
            }
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (incoming, outcome) in batch.iter().zip(&outcomes) {
            if *outcome != ImportOutcome::Unchanged {
                write_whole(&tx, incoming, actor)?;
            }
        }
        tx.commit()?;
        Ok(outcomes)
    }

    /// Replacing removes the sessions a file does not have; a workshop still running
    /// on the assessment must not vanish from under its facilitator and participants.
    fn refuse_ending_a_running_session(&self, incoming: &Assessment) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, code FROM sessions
             WHERE assessment_id = ?1 AND ended_at IS NULL AND code IS NOT NULL",
        )?;
        let running: Vec<(String, String)> = stmt
            .query_map([&incoming.meta.id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        match running
            .iter()
            .find(|(id, _)| !incoming.sessions.iter().any(|s| &s.id == id))
        {
            Some((_, code)) => Err(Error::input(format!(
                "assessment {} has a coaching session running (join code {code}) that the file does not have; end the session before replacing the assessment",
                incoming.meta.id
            ))),
            None => Ok(()),
        }
    }

    /// Sessions of the batch that belong to another assessment, here or earlier in the
    /// batch, each said in a sentence (no file positions: `batch::import_paths` gives
    /// those before it gets here).
    pub fn moved_sessions(&self, batch: &[Assessment]) -> Result<Vec<String>> {
        let mut owner: HashMap<&str, &str> = HashMap::new();
        let mut problems = Vec::new();
        for a in batch {
            let ids = a.sessions.iter().map(|s| s.id.as_str());
            for (session, here) in self.session_owners(ids)? {
                if here != a.meta.id {
                    problems.push(format!(
                        "session {session} belongs to assessment {here}; it cannot be imported into assessment {}",
                        a.meta.id
                    ));
                }
            }
            for s in &a.sessions {
                match owner.insert(&s.id, &a.meta.id) {
                    Some(first) if first != a.meta.id => problems.push(format!(
                        "session {} belongs to assessment {first}; it cannot be imported into assessment {} too",
                        s.id, a.meta.id
                    )),
                    _ => {}
                }
            }
        }
        Ok(problems)
    }

    /// The rating log of one assessment, oldest first.
    pub fn events(&self, assessment_id: &str) -> Result<Vec<RatingEvent>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT indicator_id, old_level, new_level, old_note, new_note, actor, at
             FROM rating_events WHERE assessment_id = ?1 ORDER BY id",
        )?;
        let events = stmt
            .query_map([assessment_id], |r| {
                Ok(RatingEvent {
                    indicator: r.get(0)?,
                    change: RatingChange {
                        old_level: r.get(1)?,
                        new_level: r.get(2)?,
                        old_note: r.get(3)?,
                        new_note: r.get(4)?,
                    },
                    actor: r.get(5)?,
                    at: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(events)
    }
}

/// Equal apart from the time of last change, comparing sessions in canonical order.
fn same_content(a: &Assessment, b: &Assessment) -> bool {
    let sessions = |x: &Assessment| {
        let mut s = x.sessions.clone();
        crate::session::record::canonical(&mut s);
        s
    };
    let meta = |m: &Meta| Meta {
        updated: jiff::Timestamp::UNIX_EPOCH,
        ..m.clone()
    };
    meta(&a.meta) == meta(&b.meta)
        && a.rubric.id == b.rubric.id
        && a.rubric.version == b.rubric.version
        && a.entries == b.entries
        && a.actions == b.actions
        && sessions(a) == sessions(b)
}

/// Records the time of last change.
pub(super) fn touch(tx: &Transaction, assessment_id: &str, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE assessments SET updated_at = ?2 WHERE id = ?1",
        params![assessment_id, at],
    )?;
    Ok(())
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
    tx.prepare_cached(
        "INSERT INTO rating_events (assessment_id, indicator_id, old_level, new_level, old_note, new_note, actor, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        assessment,
        indicator,
        change.old_level,
        change.new_level,
        change.old_note,
        change.new_note,
        actor,
        at
    ])?;
    Ok(())
}

/// Inserts or updates the assessment row (with its school and rubric snapshot).
fn write_meta(
    tx: &Transaction,
    meta: &Meta,
    rubric: &Rubric,
    rubric_text: &str,
    exists: bool,
) -> Result<()> {
    let district = meta.district.as_deref().unwrap_or("");
    tx.execute(
        "INSERT INTO schools (name, district) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![meta.school, district],
    )?;
    let school: i64 = tx.query_row(
        "SELECT id FROM schools WHERE name = ?1 AND district = ?2",
        params![meta.school, district],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO rubric_snapshots (rubric_id, version, text) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![rubric.id, rubric.version, rubric_text],
    )?;
    let snapshot: i64 = tx.query_row(
        "SELECT id FROM rubric_snapshots WHERE rubric_id = ?1 AND version = ?2 AND text = ?3",
        params![rubric.id, rubric.version, rubric_text],
        |r| r.get(0),
    )?;
    let team = serde_json::to_string(&meta.team).map_err(|e| Error::failure(e.to_string()))?;
    let values = params![
        meta.id,
        school,
        meta.date.to_string(),
        snapshot,
        team,
        meta.facilitator,
        meta.status.as_str(),
        meta.updated.to_string(),
    ];
    if exists {
        tx.execute(
            "UPDATE assessments SET school_id = ?2, date = ?3, snapshot_id = ?4, team = ?5,
               facilitator = ?6, status = ?7, updated_at = ?8, deleted_at = NULL WHERE id = ?1",
            values,
        )?;
    } else {
        tx.execute(
            "INSERT INTO assessments (id, school_id, date, snapshot_id, team, facilitator, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            values,
        )?;
    }
    Ok(())
}

/// Writes an imported assessment over whatever the database had for its id, logging
/// each rating that changes.
pub(super) fn write_whole(tx: &Transaction, a: &Assessment, actor: &str) -> Result<()> {
    let exists: bool = tx.query_row(
        "SELECT EXISTS(SELECT 1 FROM assessments WHERE id = ?1)",
        [&a.meta.id],
        |r| r.get(0),
    )?;
    write_meta(tx, &a.meta, &a.rubric, &a.rubric_text, exists)?;
    let id = &a.meta.id;
    let mut old: HashMap<String, (Option<String>, String)> = HashMap::new();
    {
        let mut stmt = tx.prepare_cached(
            "SELECT indicator_id, level, note FROM ratings WHERE assessment_id = ?1",
        )?;
        let mut rows = stmt.query([id])?;
        while let Some(r) = rows.next()? {
            old.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
        }
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
        write_rating(tx, id, &indicator.id, &change, actor, &at)?;
    }
    tx.execute("DELETE FROM evidence WHERE assessment_id = ?1", [id])?;
    for ((_, indicator), entry) in a.rubric.indicators().zip(&a.entries) {
        write_evidence(tx, id, &indicator.id, &entry.evidence)?;
    }
    write_actions(tx, id, &a.actions)?;
    super::sessions::write_session_records(tx, id, &a.sessions)?;
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
    tx.execute("DELETE FROM actions WHERE assessment_id = ?1", [id])?;
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
