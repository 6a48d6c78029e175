//! The record of every session held on an assessment, as exported with it and read
//! by reports and minutes.

use super::super::Store;
use crate::error::Result;
use crate::session::record::{Decision, SegmentRecord, SessionRecord, VoteRecord};
use jiff::Timestamp;

fn ts(t: &str) -> Timestamp {
    t.parse().unwrap_or(Timestamp::UNIX_EPOCH)
}

impl Store {
    /// The records of every session held on an assessment, oldest first.
    pub(in crate::store) fn session_records(
        &self,
        assessment_id: &str,
    ) -> Result<Vec<SessionRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, plan_id, plan_title, facilitator, started_at, ended_at, open_voting FROM sessions
             WHERE assessment_id = ?1 ORDER BY started_at, id",
        )?;
        type Head = (String, String, String, String, String, Option<String>, bool);
        let heads: Vec<Head> = stmt
            .query_map([assessment_id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut records = Vec::with_capacity(heads.len());
        for (id, plan, title, facilitator, started, ended, open_voting) in heads {
            let segments = self
                .conn
                .prepare_cached(
                    "SELECT kind, title, planned_minutes, started_at, ended_at FROM session_segments
                     WHERE session_id = ?1 ORDER BY position",
                )?
                .query_map([&id], |r| {
                    Ok(SegmentRecord {
                        kind: r.get(0)?,
                        title: r.get(1)?,
                        planned_minutes: r.get(2)?,
                        started: ts(&r.get::<_, String>(3)?),
                        ended: r.get::<_, Option<String>>(4)?.map(|t| ts(&t)),
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            let votes = self
                .conn
                .prepare_cached(
                    // Pre-ratings stay out of the record (reports, minutes, exports)
                    // until pre-rating closes, and the round the room is voting in
                    // (with, in its first round, the indicator's pre-ratings) until it
                    // is revealed: nobody sees a vote before the reveal, whatever
                    // door they read it by (issue 22).
                    "SELECT indicator_id, round, participant, level, comment, cast_at, replaced FROM votes
                     WHERE session_id = ?1
                       AND (round > 0 OR NOT (SELECT prerating FROM sessions WHERE id = ?1))
                       AND NOT EXISTS (SELECT 1 FROM sessions s
                                       WHERE s.id = ?1 AND s.ended_at IS NULL AND NOT s.revealed
                                         AND s.indicator_id = votes.indicator_id
                                         AND (s.round = votes.round OR (s.round = 1 AND votes.round = 0)))",
                )?
                .query_map([&id], |r| {
                    Ok(VoteRecord {
                        indicator: r.get(0)?,
                        round: r.get(1)?,
                        participant: r.get(2)?,
                        level: r.get(3)?,
                        comment: r.get(4)?,
                        at: r.get::<_, Option<String>>(5)?.map(|t| ts(&t)),
                        replaced: r.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            let decisions = self
                .conn
                .prepare_cached(
                    "SELECT indicator_id, level, suggested, spread, votes, decided_at FROM decisions
                     WHERE session_id = ?1 ORDER BY position",
                )?
                .query_map([&id], |r| {
                    Ok(Decision {
                        indicator: r.get(0)?,
                        level: r.get(1)?,
                        suggested: r.get(2)?,
                        spread: r.get(3)?,
                        votes: r.get(4)?,
                        at: ts(&r.get::<_, String>(5)?),
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            records.push(SessionRecord {
                participants: self.participants(&id)?,
                id,
                plan,
                title,
                facilitator,
                started: ts(&started),
                ended: ended.map(|t| ts(&t)),
                open_voting,
                segments,
                votes,
                decisions,
            });
        }
        // What leaves the store is what any output may carry: the secret ballot
        // (`session::ballot::public`) for the votes of a running private session too.
        for record in &mut records {
            crate::session::ballot::public(record);
        }
        // In Rust, not SQL: times are stored as text, whose order is not time order
        // once fractions of a second appear.
        crate::session::record::canonical(&mut records);
        Ok(records)
    }
}
