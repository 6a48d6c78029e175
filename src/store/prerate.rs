//! Silent pre-rating in the database: a session opened for pre-rating takes each
//! member's private votes (round 0 of the votes table, so they are kept and exported
//! with the session record) until the facilitator closes it and the room meets.

use super::Store;
use super::sessions::{Decided, LiveSession, record_decision};
use crate::assessment::{Assessment, now};
use crate::error::{Error, Result};
use crate::rubric::Choice;
use crate::session::Plan;
use crate::session::prerate::ROUND;
use crate::store::Vote;
use crate::text::{Shape, require_normal};
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use std::collections::HashMap;

/// One of a member's own pre-ratings.
#[derive(Debug, Clone, PartialEq)]
pub struct PreRating {
    pub indicator: String,
    pub level: String,
    pub comment: String,
}

impl Store {
    /// Opens a session for pre-rating; its join code is what members rate with.
    pub fn open_prerating(
        &mut self,
        assessment: &Assessment,
        plan: &Plan,
        plan_text: &str,
        facilitator: &str,
        weakest: &[String],
    ) -> Result<LiveSession> {
        self.insert_session(assessment, plan, plan_text, facilitator, weakest, true)
    }

    /// Records (or changes) a member's pre-rating of one indicator. The level is a
    /// key of the assessment's rubric or `na`, checked by the caller.
    pub fn prerate(
        &mut self,
        session_id: &str,
        member: &str,
        indicator: &str,
        level: &str,
        comment: &str,
    ) -> Result<()> {
        self.prerate_many(session_id, member, &[(indicator, level)], comment)
    }

    /// Records a member's pre-ratings of several indicators (a paper sheet typed in)
    /// in one transaction: all of them, or (refused, failed) none. Each level is a key
    /// of the assessment's rubric or `na`, checked by the caller.
    pub fn prerate_many(
        &mut self,
        session_id: &str,
        member: &str,
        levels: &[(&str, &str)],
        comment: &str,
    ) -> Result<()> {
        require_normal(member, Shape::Line, "the name")?;
        require_normal(comment, Shape::Text, "the comment")?;
        let at = now().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let open: Option<(bool, bool)> = tx
            .query_row(
                "SELECT prerating, ended_at IS NOT NULL FROM sessions WHERE id = ?1",
                [session_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match open {
            Some((true, false)) => {}
            Some(_) => {
                return Err(Error::input(crate::t!("session-error-prerating-closed")));
            }
            None => {
                return Err(Error::input(crate::t!(
                    "session-error-no-session",
                    id = session_id
                )));
            }
        }
        tx.execute(
            "INSERT INTO session_participants (session_id, name, joined_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
            params![session_id, member, at],
        )?;
        for (indicator, level) in levels {
            tx.execute(
                "INSERT INTO votes (session_id, indicator_id, round, participant, level, comment, cast_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (session_id, indicator_id, round, participant)
                 DO UPDATE SET level = excluded.level, comment = excluded.comment, cast_at = excluded.cast_at",
                params![session_id, indicator, ROUND, member, level, comment, at],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A member's own pre-ratings, by indicator id (what they may see of them).
    pub fn own_prerates(&self, session_id: &str, member: &str) -> Result<Vec<PreRating>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT indicator_id, level, comment FROM votes
             WHERE session_id = ?1 AND round = ?2 AND participant = ?3 ORDER BY indicator_id",
        )?;
        let rows = stmt
            .query_map(params![session_id, ROUND, member], |r| {
                Ok(PreRating {
                    indicator: r.get(0)?,
                    level: r.get(1)?,
                    comment: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Who has pre-rated and how many indicators each, by name; never the levels.
    pub fn prerate_progress(&self, session_id: &str) -> Result<Vec<(String, usize)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT participant, count(*) FROM votes
             WHERE session_id = ?1 AND round = ?2 AND participant IS NOT NULL
             GROUP BY participant ORDER BY participant",
        )?;
        let rows = stmt
            .query_map(params![session_id, ROUND], |r| {
                Ok((r.get(0)?, r.get::<_, i64>(1)? as usize))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The pre-ratings of one indicator (for the reveal).
    pub fn prerates(&self, session_id: &str, indicator: &str) -> Result<Vec<Vote>> {
        self.votes(session_id, indicator, ROUND)
    }

    /// Every pre-rated level, by indicator (for working out which agree).
    pub fn prerated_levels(&self, session_id: &str) -> Result<HashMap<String, Vec<String>>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT indicator_id, level FROM votes WHERE session_id = ?1 AND round = ?2
             ORDER BY indicator_id, participant",
        )?;
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        let rows = stmt.query_map(params![session_id, ROUND], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (indicator, level) = row?;
            out.entry(indicator).or_default().push(level);
        }
        Ok(out)
    }

    /// Closes pre-rating: fixes the indicators that agreed, starts the agenda's clock
    /// now, as the room meets, and with `record` records each agreed level as a
    /// decision of the session — all in one transaction, so a failure (or a kill) at
    /// any point leaves it open with nothing recorded. Refused when it is not open for
    /// pre-rating (closed already, or ended), and, when recording, when the assessment
    /// is submitted ([`Error::Submitted`]).
    pub fn close_prerating(
        &mut self,
        session_id: &str,
        agreed: &[String],
        record: Option<&RecordAgreed>,
    ) -> Result<()> {
        let at = now();
        let agreed = serde_json::to_string(agreed).map_err(|e| Error::failure(e.to_string()))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = tx.execute(
            "UPDATE sessions SET prerating = 0, agreed = ?2, started_at = ?3, segment_started = ?4
             WHERE id = ?1 AND prerating = 1 AND ended_at IS NULL",
            params![session_id, agreed, at.to_string(), at.as_second()],
        )?;
        if changed == 0 {
            return Err(Error::input(crate::t!("session-error-not-prerating")));
        }
        tx.execute(
            "UPDATE session_segments SET started_at = ?2 WHERE session_id = ?1",
            params![session_id, at.to_string()],
        )?;
        if let Some(record) = record {
            let at = at.to_string();
            for level in &record.levels {
                let decision = Decided {
                    indicator: &level.indicator,
                    choice: level.choice,
                    suggested: Some(level.choice),
                    spread: level.spread,
                    votes: level.votes,
                };
                record_decision(
                    &tx,
                    session_id,
                    record.assessment,
                    &decision,
                    &record.actor,
                    &at,
                )?;
            }
            super::figures::update(&tx, &self.snapshots, &record.assessment.meta.id)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// What `close_prerating` records with `--record-agreed`: each agreed level, by whom.
pub struct RecordAgreed<'a> {
    pub assessment: &'a Assessment,
    pub levels: Vec<AgreedLevel>,
    pub actor: String,
}

/// One agreed level with the tally of the pre-ratings it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreedLevel {
    pub indicator: String,
    pub choice: Choice,
    pub spread: Option<usize>,
    pub votes: u32,
}

impl Store {
    /// The pre-ratings that count with the room's votes `room` at the reveal: none
    /// before it, nor after the first round (see `session::prerate::counted`).
    pub fn prerates_counted(&self, live: &LiveSession, room: &[Vote]) -> Result<Vec<Vote>> {
        let Some(indicator) = live.indicator.as_deref().filter(|_| live.revealed()) else {
            return Ok(Vec::new());
        };
        let pre = self.prerates(&live.id, indicator)?;
        let (all, n) = crate::session::prerate::counted(room, &pre, live.round());
        let room_count = all.len() - n as usize;
        Ok(all.into_iter().skip(room_count).collect())
    }
}
