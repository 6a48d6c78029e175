//! Submitting an assessment and reopening it. A draft becomes final when the team
//! submits it: from then on it counts in the network's figures and is read-only until
//! reopened. Both steps are logged (`status_events`), with who and when.

use super::Store;
use crate::assessment::now;
use crate::error::{Error, Result};
use crate::text::{Shape, require_normal};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

/// One submit or reopening, as the log keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusEvent {
    /// `final` (submitted) or `draft` (reopened).
    pub status: String,
    /// Who submitted or reopened it.
    pub actor: String,
    /// When (RFC 3339).
    pub at: String,
}

impl Store {
    /// Marks a draft final, submitted now by `by` (the team members who submitted;
    /// `actor` when empty).
    pub fn submit(&mut self, id: &str, by: &[String], actor: &str) -> Result<()> {
        for name in by {
            require_normal(name, Shape::Line, "a submitter's name")?;
        }
        let by: Vec<String> = if by.is_empty() {
            vec![actor.to_string()]
        } else {
            by.to_vec()
        };
        let names = serde_json::to_string(&by).map_err(|e| Error::failure(e.to_string()))?;
        self.change_status(id, "final", Some(&names), actor)
    }

    /// Makes a final assessment a draft again, so it can be changed.
    pub fn reopen(&mut self, id: &str, actor: &str) -> Result<()> {
        self.change_status(id, "draft", None, actor)
    }

    fn change_status(
        &mut self,
        id: &str,
        status: &str,
        by: Option<&str>,
        actor: &str,
    ) -> Result<()> {
        let at = now().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: Option<String> = tx
            .query_row(
                "SELECT status FROM assessments WHERE id = ?1 AND deleted_at IS NULL",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        match current.as_deref() {
            None => {
                return Err(Error::input(crate::t!(
                    "session-error-no-assessment",
                    id = id
                )));
            }
            Some(s) if s == status => {
                return Err(Error::input(if status == "final" {
                    crate::t!("session-error-already-submitted")
                } else {
                    crate::t!("session-error-already-draft")
                }));
            }
            Some(_) => {}
        }
        tx.execute(
            "UPDATE assessments SET status = ?2, submitted_at = ?3, submitted_by = ?4, updated_at = ?5
             WHERE id = ?1",
            params![id, status, by.map(|_| at.clone()), by, at],
        )?;
        tx.execute(
            "INSERT INTO status_events (assessment_id, status, actor, at) VALUES (?1, ?2, ?3, ?4)",
            params![id, status, actor, at],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every submit and reopening of an assessment, oldest first.
    pub fn status_events(&self, id: &str) -> Result<Vec<StatusEvent>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT status, actor, at FROM status_events WHERE assessment_id = ?1 ORDER BY id",
        )?;
        let events = stmt
            .query_map([id], |r| {
                Ok(StatusEvent {
                    status: r.get(0)?,
                    actor: r.get(1)?,
                    at: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(events)
    }
}
