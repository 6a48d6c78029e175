//! Queries on assessments: create, find by id prefix, load, rate, import, history.

use super::rows::{
    RatingChange, Snapshots, change, current_rating, write_meta, write_rating, write_whole,
};
use super::{Store, figures};
use crate::assessment::{Action, ActionStatus, Assessment, Entry, Meta, Status, now};
use crate::error::{Ambiguous, By, Error, NotFound, Result, Thing};
use crate::rubric::{Choice, Rubric};
use crate::text::{Shape, require_normal};
use jiff::civil::Date;
use rusqlite::{OptionalExtension, TransactionBehavior};
use std::collections::HashMap;

/// What `Store::create` needs.
pub struct NewAssessment<'a> {
    /// The school's name (a new school is made for a name not seen before).
    pub school: &'a str,
    /// Its district, if any.
    pub district: Option<&'a str>,
    /// The date of the self-assessment.
    pub date: Date,
    /// The team's names.
    pub team: &'a [String],
    /// Who facilitated, if anyone.
    pub facilitator: Option<&'a str>,
    /// The rubric to rate on.
    pub rubric: &'a Rubric,
    /// The rubric's file text, stored with the assessment so it reads the same later.
    pub rubric_text: &'a str,
}

/// One entry of the append-only rating log.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingEvent {
    /// The indicator rated.
    pub indicator: String,
    /// Its level and note before and after.
    pub change: RatingChange,
    /// Who rated.
    pub actor: String,
    /// When (RFC 3339).
    pub at: String,
}

/// What importing one assessment did (or would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    /// The assessment was new here.
    Added,
    /// It was already stored exactly so.
    Unchanged,
    /// It replaced the stored one (`--replace`).
    Replaced,
    /// The id was deleted here: the assessment is brought back with the file's
    /// content (whether or not it differs, and with or without `replace`).
    Restored,
    /// The id exists with other content and `replace` was not asked for.
    Conflict,
}

impl Store {
    /// Creates an empty assessment and returns its id.
    pub fn create(&mut self, new: &NewAssessment) -> Result<String> {
        require_normal(new.school, Shape::Line, "the school")?;
        if new.school.is_empty() {
            return Err(Error::input(crate::t!("store-school-empty")));
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
            school_code: None,
            date: new.date,
            team: new.team.to_vec(),
            facilitator: new.facilitator.map(str::to_string),
            status: Status::Draft,
            updated: now(),
            submitted: None,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_meta(&tx, &meta, new.rubric, new.rubric_text, false)?;
        figures::update(&tx, &self.snapshots, &id)?;
        tx.commit()?;
        Ok(id)
    }

    /// Finds the one assessment whose id is `prefix` or starts with it (at least 4
    /// characters).
    pub fn resolve(&self, prefix: &str) -> Result<String> {
        let prefix = prefix.trim().to_ascii_lowercase();
        if prefix.chars().count() < 4 {
            return Err(Error::input(crate::t!(
                "store-prefix-too-short",
                prefix = format!("{prefix:?}")
            )));
        }
        // Ids are hexadecimal with dashes: anything else cannot begin one.
        let not_found = |suggestion| {
            Error::NotFound(NotFound {
                what: Thing::Assessment,
                by: By::Prefix,
                id: prefix.clone(),
                suggestion,
            })
        };
        if !prefix.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return Err(not_found(None));
        }
        let ids = self.ids_with_prefix(
            "SELECT id FROM assessments WHERE deleted_at IS NULL AND substr(id, 1, ?2) = ?1 ORDER BY id LIMIT 6",
            &prefix,
        )?;
        match ids.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(not_found(self.close_id(&prefix)?)),
            many => Err(Error::Ambiguous(Ambiguous {
                what: Thing::Assessment,
                id: prefix.clone(),
                candidates: many.to_vec(),
            })),
        }
    }

    /// For "did you mean": the one assessment id whose start is a typo away from
    /// `prefix` (one character wrong, missing or extra), as long as `prefix`.
    fn close_id(&self, prefix: &str) -> Result<Option<String>> {
        let ids = self.ids_with_prefix(
            "SELECT id FROM assessments WHERE deleted_at IS NULL AND ?1 = ?1 AND ?2 = ?2 ORDER BY id",
            prefix,
        )?;
        let n = prefix.chars().count();
        let mut close = ids.iter().filter(|id| {
            [n.saturating_sub(1), n, n + 1].into_iter().any(|len| {
                let start: String = id.chars().take(len).collect();
                crate::suggest::edit_distance(prefix, &start) == 1
            })
        });
        Ok(match (close.next(), close.next()) {
            (Some(one), None) => Some(one.chars().take(n.max(8)).collect()),
            _ => None,
        })
    }

    /// Loads one assessment with everything recorded for it, coaching sessions
    /// included: what export, reports, minutes and import's comparison need.
    pub fn load(&self, id: &str) -> Result<Assessment> {
        self.load_parts(id, true)
    }

    /// Loads one assessment's ratings, evidence and action plan, without its coaching
    /// sessions (`sessions` is empty): for the screens and commands that show or
    /// change ratings, which never read sessions and reload on every change.
    pub fn load_without_sessions(&self, id: &str) -> Result<Assessment> {
        self.load_parts(id, false)
    }

    fn load_parts(&self, id: &str, with_sessions: bool) -> Result<Assessment> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT a.id, s.name, s.district, a.date, a.team, a.facilitator, a.status,
                        a.updated_at, a.snapshot_id, a.submitted_at, a.submitted_by, s.code, s.id
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
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, Option<String>>(10)?,
                    r.get::<_, Option<String>>(11)?,
                    r.get::<_, i64>(12)?,
                ))
            })
            .optional()?
            .ok_or_else(|| {
                Error::NotFound(NotFound {
                    what: Thing::Assessment,
                    by: By::Id,
                    id: id.to_string(),
                    suggestion: None,
                })
            })?;
        let (
            id,
            school,
            district,
            date,
            team,
            facilitator,
            status,
            updated,
            snapshot,
            sub_at,
            sub_by,
            school_code,
            school_id,
        ) = row;
        let (rubric, rubric_text) = self.snapshot(snapshot)?;
        let corrupt = |what: &str| {
            Error::failure(crate::t!(
                "store-unreadable-field",
                id = id.as_str(),
                what = what
            ))
        };
        let meta = Meta {
            school,
            district: (!district.is_empty()).then_some(district),
            school_code,
            date: date.parse().map_err(|_| corrupt("date"))?,
            team: serde_json::from_str(&team).map_err(|_| corrupt("team"))?,
            facilitator,
            status: Status::parse(&status).ok_or_else(|| corrupt("status"))?,
            updated: updated.parse().map_err(|_| corrupt("change time"))?,
            submitted: match sub_at {
                None => None,
                Some(at) => Some(crate::assessment::Submitted {
                    at: at.parse().map_err(|_| corrupt("submit time"))?,
                    by: serde_json::from_str(sub_by.as_deref().unwrap_or("[]"))
                        .map_err(|_| corrupt("submitters"))?,
                }),
            },
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
            sessions: if with_sessions {
                self.session_records(&id)?
            } else {
                Vec::new()
            },
            outcomes: if with_sessions {
                self.outcome_rows(Some(school_id))?
            } else {
                Vec::new()
            },
        })
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
        // Put in normal form rather than refused when only spaces or line endings
        // differ: `u` may put back a note an older Touchstone stored that way.
        let note = note
            .map(|n| crate::text::checked(n, Shape::Text, "the note").map_err(Error::input))
            .transpose()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let at = now().to_string();
        change(&tx, assessment_id, &at)?;
        let (old_level, old_note) = current_rating(&tx, assessment_id, indicator)?;
        let rating = RatingChange {
            new_level: level.unwrap_or_else(|| old_level.clone()),
            old_level,
            new_note: note.unwrap_or_else(|| old_note.clone()),
            old_note,
        };
        write_rating(&tx, assessment_id, indicator, &rating, actor, &at)?;
        figures::update(&tx, &self.snapshots, assessment_id)?;
        tx.commit()?;
        Ok(rating)
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
        self.check_school_codes(batch, replace)?;
        self.check_batch_outcomes(batch, replace)?;
        let mut outcomes = Vec::with_capacity(batch.len());
        for incoming in batch {
            let deleted: Option<bool> = self
                .conn
                .prepare_cached("SELECT deleted_at IS NOT NULL FROM assessments WHERE id = ?1")?
                .query_row([&incoming.meta.id], |r| r.get(0))
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
        let mut snapshots = Snapshots::default();
        // An id given twice in one batch exists by its second write.
        let mut written = std::collections::HashSet::new();
        for (incoming, outcome) in batch.iter().zip(&outcomes) {
            if *outcome != ImportOutcome::Unchanged {
                let id = incoming.meta.id.as_str();
                let exists = *outcome != ImportOutcome::Added || !written.insert(id);
                write_whole(&tx, incoming, exists, &mut snapshots, actor)?;
                figures::update(&tx, &self.snapshots, &incoming.meta.id)?;
            }
        }
        super::outcomes::write_batch(&tx, batch)?;
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
            Some((_, code)) => Err(Error::input(crate::t!(
                "store-session-running",
                id = &incoming.meta.id,
                code = code
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
                    problems.push(crate::t!(
                        "store-session-elsewhere",
                        session = &session,
                        owner = &here,
                        id = &a.meta.id
                    ));
                }
            }
            for s in &a.sessions {
                match owner.insert(&s.id, &a.meta.id) {
                    Some(first) if first != a.meta.id => problems.push(crate::t!(
                        "store-session-twice",
                        session = &s.id,
                        owner = first,
                        id = &a.meta.id
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
        school_code: None,
        ..m.clone()
    };
    // A file without a school code says nothing about it (files from before codes).
    let code = |x: &Assessment| x.meta.school_code.clone();
    let codes_agree = code(b).is_none() || code(a) == code(b);
    meta(&a.meta) == meta(&b.meta)
        && codes_agree
        && a.rubric.id == b.rubric.id
        && a.rubric.version == b.rubric.version
        && a.entries == b.entries
        && a.actions == b.actions
        && sessions(a) == sessions(b)
}
