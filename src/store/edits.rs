//! Edits the assessment screens make beyond ratings: evidence, the action plan,
//! deleting and restoring, and the look-ups they need (known schools, the previous
//! assessment of a school).

use super::Store;
use super::entries::{Base, Edit};
use super::rows::{change, normal_plan, write_actions};
use crate::assessment::{Action, Assessment, now};
use crate::error::Result;
use crate::text::{Shape, require_normal};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

impl Store {
    /// Replaces the evidence list of one indicator, logging the change.
    pub fn set_evidence(
        &mut self,
        assessment_id: &str,
        indicator: &str,
        evidence: &[String],
        actor: &str,
    ) -> Result<()> {
        for e in evidence {
            require_normal(e, Shape::Text, "evidence")?;
        }
        let edit = Edit {
            evidence: Some(evidence.to_vec()),
            ..Edit::default()
        };
        self.save_entry(assessment_id, indicator, Base::Latest, &edit, actor)?;
        Ok(())
    }

    /// Replaces the whole action plan.
    pub fn set_actions(&mut self, assessment_id: &str, actions: &[Action]) -> Result<()> {
        let actions = normal_plan(actions)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        change(&tx, assessment_id, &now().to_string())?;
        write_actions(&tx, assessment_id, &actions)?;
        tx.commit()?;
        Ok(())
    }

    /// Hides an assessment; its rows and rating log stay, so `restore` brings it back.
    pub fn delete(&mut self, assessment_id: &str) -> Result<()> {
        self.set_deleted(assessment_id, Some(now().to_string()))
    }

    /// Brings back an assessment deleted from the list (the home screen's undo).
    pub fn restore(&mut self, assessment_id: &str) -> Result<()> {
        self.set_deleted(assessment_id, None)
    }

    fn set_deleted(&mut self, assessment_id: &str, at: Option<String>) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE assessments SET deleted_at = ?2 WHERE id = ?1",
            params![assessment_id, at],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Names of schools with at least one assessment, for completion.
    pub fn schools(&self) -> Result<Vec<(String, Option<String>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT s.name, s.district FROM schools s JOIN assessments a ON a.school_id = s.id
             WHERE a.deleted_at IS NULL ORDER BY s.name, s.district",
        )?;
        let rows = stmt
            .query_map([], |r| {
                let district: String = r.get(1)?;
                Ok((r.get(0)?, (!district.is_empty()).then_some(district)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The same school's submitted assessment of the same rubric just before this one
    /// (a draft in progress is no baseline for "change since previous").
    pub fn previous(&self, a: &Assessment) -> Result<Option<Assessment>> {
        let id: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT p.id FROM assessments p
                 JOIN assessments a ON a.id = ?1 AND p.school_id = a.school_id AND p.id <> a.id
                 JOIN rubric_snapshots rp ON rp.id = p.snapshot_id
                 WHERE p.deleted_at IS NULL AND rp.rubric_id = ?2 AND p.status = 'final'
                   AND (p.date, p.updated_at, p.id) < (a.date, a.updated_at, a.id)
                 ORDER BY p.date DESC, p.updated_at DESC, p.id DESC LIMIT 1",
            )?
            .query_row(params![a.meta.id, a.rubric.id], |r| r.get(0))
            .optional()?;
        id.map(|id| self.load_without_sessions(&id)).transpose()
    }
}
