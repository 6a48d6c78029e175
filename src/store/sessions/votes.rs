//! Who takes part in a session and what they say: participants, the votes of each
//! round, and the consensus the room records.

use super::super::Store;
use super::super::rows::{RatingChange, change, current_rating, write_rating};
use super::{LiveSession, Vote};
use crate::assessment::{Assessment, now};
use crate::error::{Error, Result};
use crate::rubric::Choice;
use crate::text::{Shape, require_normal};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

impl Store {
    /// Joins `name` to the session and returns the name it takes part under: that of
    /// a participant already there whose name reads the same (`ANA` or `Аna` after
    /// `Ana`, see [`crate::names`]), who then comes back with their votes, or else
    /// `name` as typed. One person, one participant, as one seat.
    pub fn join_session(&mut self, session_id: &str, name: &str) -> Result<String> {
        require_normal(name, Shape::Line, "the name")?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let key = crate::names::seat_key(name);
        let existing = tx
            .prepare_cached(
                "SELECT name FROM session_participants WHERE session_id = ?1 ORDER BY joined_at, name",
            )?
            .query_map([session_id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .find(|other| crate::names::seat_key(other) == key);
        let name = match existing {
            Some(other) => other,
            None => {
                tx.execute(
                    "INSERT INTO session_participants (session_id, name, joined_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                    params![session_id, name, now().to_string()],
                )?;
                name.to_string()
            }
        };
        tx.commit()?;
        Ok(name)
    }

    pub fn participants(&self, session_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name FROM session_participants WHERE session_id = ?1 ORDER BY joined_at, name",
        )?;
        let names = stmt
            .query_map([session_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }

    /// Records (or changes) a participant's vote in the current round. Refused once
    /// the votes are revealed, so nobody changes their vote after seeing the others.
    pub fn vote(
        &mut self,
        session: &LiveSession,
        participant: &str,
        level: &str,
        comment: &str,
    ) -> Result<()> {
        let Some(indicator) = &session.indicator else {
            return Err(Error::input(crate::t!("session-error-no-indicator")));
        };
        require_normal(participant, Shape::Line, "the name")?;
        require_normal(comment, Shape::Text, "the comment")?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (current, round, revealed, ended, prerating): (Option<String>, u32, bool, bool, bool) = tx.query_row(
            "SELECT indicator_id, round, revealed, ended_at IS NOT NULL, prerating FROM sessions WHERE id = ?1",
            [&session.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        // A screen that has not seen the end yet cannot add to the record.
        if ended {
            return Err(Error::input(crate::t!("session-error-ended")));
        }
        if prerating {
            return Err(Error::input(crate::t!("session-error-prerating-open")));
        }
        // The screen may be a moment behind the facilitator: vote only on what the
        // room is voting on now.
        if current.as_deref() != Some(indicator) || round != session.round() {
            return Err(Error::input(crate::t!("session-error-moved-on")));
        }
        if revealed {
            // After the reveal a vote stands; only its comment may still be added to.
            let cast: Option<String> = tx
                .query_row(
                    "SELECT level FROM votes WHERE session_id = ?1 AND indicator_id = ?2 AND round = ?3 AND participant = ?4",
                    params![session.id, indicator, round, participant],
                    |r| r.get(0),
                )
                .optional()?;
            if cast.as_deref() != Some(level) {
                return Err(Error::input(crate::t!("session-error-revealed")));
            }
        }
        tx.execute(
            "INSERT INTO votes (session_id, indicator_id, round, participant, level, comment, cast_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (session_id, indicator_id, round, participant)
             DO UPDATE SET level = excluded.level, comment = excluded.comment, cast_at = excluded.cast_at",
            params![session.id, indicator, session.round(), participant, level, comment, now().to_string()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The votes of one round on one indicator, in the order of their content (never
    /// of names or casting): what the screens show goes through `session::ballot`.
    pub fn votes(&self, session_id: &str, indicator: &str, round: u32) -> Result<Vec<Vote>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT participant, level, comment, replaced FROM votes
             WHERE session_id = ?1 AND indicator_id = ?2 AND round = ?3
             ORDER BY level, comment, replaced, participant",
        )?;
        let votes = stmt
            .query_map(params![session_id, indicator, round], |r| {
                Ok(Vote {
                    participant: r.get(0)?,
                    level: r.get(1)?,
                    comment: r.get(2)?,
                    replaced: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(votes)
    }

    /// Records the consensus: the assessment's rating (logged like any rating) and
    /// the decision with the tally it came from, in one transaction. Refused, writing
    /// nothing, when the assessment was submitted meanwhile ([`Error::Submitted`]).
    #[allow(clippy::too_many_arguments)]
    pub fn decide(
        &mut self,
        session: &LiveSession,
        assessment: &Assessment,
        indicator: &str,
        choice: Choice,
        suggested: Option<Choice>,
        spread: Option<usize>,
        votes: u32,
        actor: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let decision = Decided {
            indicator,
            choice,
            suggested,
            spread,
            votes,
        };
        record_decision(
            &tx,
            &session.id,
            assessment,
            &decision,
            actor,
            &now().to_string(),
        )?;
        super::super::figures::update(&tx, &self.snapshots, &assessment.meta.id)?;
        tx.commit()?;
        Ok(())
    }

    /// Records that the team agreed to open voting (votes not private).
    pub fn set_open_voting(&mut self, session_id: &str, open: bool) -> Result<()> {
        self.conn.execute(
            "UPDATE sessions SET open_voting = ?2 WHERE id = ?1",
            params![session_id, open],
        )?;
        Ok(())
    }

    /// The indicators a session has recorded a consensus for, in no order.
    pub fn decided_indicators(&self, session_id: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT indicator_id FROM decisions WHERE session_id = ?1")?;
        let ids = stmt
            .query_map([session_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}

/// One consensus to record: the level chosen and the tally it came from.
pub(in crate::store) struct Decided<'a> {
    pub indicator: &'a str,
    pub choice: Choice,
    pub suggested: Option<Choice>,
    pub spread: Option<usize>,
    pub votes: u32,
}

/// Writes a consensus inside `tx`: the rating, through the one gate of every change
/// (`rows::change`: refused when submitted), and the session's decision. The caller
/// updates the assessment's figures and commits.
pub(in crate::store) fn record_decision(
    tx: &Transaction,
    session_id: &str,
    assessment: &Assessment,
    decision: &Decided,
    actor: &str,
    at: &str,
) -> Result<()> {
    let rubric = &assessment.rubric;
    let level = rubric.choice_key(decision.choice).to_string();
    change(tx, &assessment.meta.id, at)?;
    let (old_level, old_note) = current_rating(tx, &assessment.meta.id, decision.indicator)?;
    let rating = RatingChange {
        old_level,
        new_level: Some(level.clone()),
        new_note: old_note.clone(),
        old_note,
    };
    write_rating(
        tx,
        &assessment.meta.id,
        decision.indicator,
        &rating,
        actor,
        at,
    )?;
    let position: i64 = tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM decisions WHERE session_id = ?1",
        [session_id],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO decisions (session_id, position, indicator_id, level, suggested, spread, votes, decided_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            session_id,
            position,
            decision.indicator,
            level,
            decision.suggested.map(|c| rubric.choice_key(c).to_string()),
            decision.spread.map(|s| s as i64),
            decision.votes,
            at
        ],
    )?;
    Ok(())
}

/// Takes the voters' names off what can no longer change, in a private session (the
/// secret ballot, `session::ballot`): every vote and pre-rating on `indicator` (its
/// round has closed: revealed and left, or a new round opened), or of the whole
/// session when it ends (`None`). A pre-rating its member's first-round room vote
/// replaced is marked `replaced` first, which is all the tally needed the name for.
/// The rows are written again in the order of their content, so neither a name nor
/// the casting order survives in the table (its surrogate key included), and the
/// cast time goes with the name. Open-voting sessions keep everything.
pub(in crate::store) fn seal(
    tx: &Transaction,
    session_id: &str,
    indicator: Option<&str>,
) -> Result<()> {
    let open: bool = tx.query_row(
        "SELECT open_voting FROM sessions WHERE id = ?1",
        [session_id],
        |r| r.get(0),
    )?;
    if open {
        return Ok(());
    }
    let which = "session_id = ?1 AND participant IS NOT NULL AND (?2 IS NULL OR indicator_id = ?2)";
    tx.execute(
        &format!(
            "UPDATE votes SET replaced = 1 WHERE {which} AND round = 0
               AND EXISTS (SELECT 1 FROM votes r WHERE r.session_id = votes.session_id
                           AND r.indicator_id = votes.indicator_id AND r.round = 1
                           AND r.participant = votes.participant)"
        ),
        params![session_id, indicator],
    )?;
    tx.execute(
        &format!(
            "INSERT INTO votes (session_id, indicator_id, round, participant, level, comment, cast_at, replaced)
             SELECT session_id, indicator_id, round, NULL, level, comment, NULL, replaced FROM votes
             WHERE {which} ORDER BY indicator_id, round, level, comment, replaced"
        ),
        params![session_id, indicator],
    )?;
    tx.execute(
        &format!("DELETE FROM votes WHERE {which}"),
        params![session_id, indicator],
    )?;
    Ok(())
}
