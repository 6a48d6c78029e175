//! A stack of paper pre-rating sheets entered at once (`session prerate enter CODE
//! --csv FILE`): every member's rows in one transaction, so the stack is recorded
//! whole or not at all.

use super::Store;
use crate::assessment::now;
use crate::error::{Error, Result};
use crate::session::prerate::ROUND;
use crate::text::{Shape, require_normal};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

/// One row of a paper stack: whose sheet, which indicator, the level key (or `na`,
/// checked by the caller) and the comment written beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperRow {
    /// The member's name as written on the sheet.
    pub member: String,
    /// The indicator id the row rates.
    pub indicator: String,
    /// The level key, or `na`.
    pub level: String,
    /// The comment beside the rating (empty when none).
    pub comment: String,
}

impl Store {
    /// Records every row as its member's pre-rating, in one transaction: all of them,
    /// or (the session closed meanwhile, a failure) none.
    pub fn prerate_paper(&mut self, session_id: &str, rows: &[PaperRow]) -> Result<()> {
        for row in rows {
            require_normal(&row.member, Shape::Line, "the name")?;
            require_normal(&row.comment, Shape::Text, "the comment")?;
        }
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
            Some(_) => return Err(Error::input(crate::t!("session-error-prerating-closed"))),
            None => {
                return Err(Error::input(crate::t!(
                    "session-error-no-session",
                    id = session_id
                )));
            }
        }
        for row in rows {
            tx.execute(
                "INSERT INTO session_participants (session_id, name, joined_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                params![session_id, row.member, at],
            )?;
            tx.execute(
                "INSERT INTO votes (session_id, indicator_id, round, participant, level, comment, cast_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (session_id, indicator_id, round, participant)
                 DO UPDATE SET level = excluded.level, comment = excluded.comment, cast_at = excluded.cast_at",
                params![session_id, row.indicator, ROUND, row.member, row.level, row.comment, at],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
