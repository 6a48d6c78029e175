//! Versioned edits of one indicator (level, note, evidence as one step) and of the
//! action plan. Each write names the version it was based on; when someone changed
//! the same thing since, the write is refused with a typed [`Conflict`] (who, when,
//! what is there now) instead of overwriting it. An indicator's version is the id of
//! its last entry in the event log. Also the history of one indicator.

use super::Store;
use super::rows::{
    EvidenceLog, RatingChange, append_evidence, change, log_event, upsert_rating, write_actions,
    write_evidence,
};
use crate::assessment::{Action, now};
use crate::error::{Error, Result};
use crate::text::Shape;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

/// The most evidence items one indicator holds; a save that would pass it is refused
/// (an import too), so a list never grows without bound.
pub const MAX_EVIDENCE_ITEMS: usize = 500;

/// One indicator as a save sees it: the level key, the note, the evidence list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryState {
    /// Its level key, `na`, or `None` when unrated.
    pub level: Option<String>,
    /// The note (empty: none).
    pub note: String,
    /// The evidence items, in order.
    pub evidence: Vec<String>,
}

/// What one save changes of an indicator; `None` leaves that part as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edit {
    /// `Some(level)`: set the rating (`Some(None)` clears it); `None`: leave it.
    pub level: Option<Option<String>>,
    /// `Some`: replace the note; `None`: leave it.
    pub note: Option<String>,
    /// `Some`: replace the evidence; `None`: leave it.
    pub evidence: Option<Vec<String>>,
}

impl Edit {
    /// `state` with this edit made.
    pub fn apply(&self, state: &EntryState) -> EntryState {
        EntryState {
            level: self.level.clone().unwrap_or_else(|| state.level.clone()),
            note: self.note.clone().unwrap_or_else(|| state.note.clone()),
            evidence: self
                .evidence
                .clone()
                .unwrap_or_else(|| state.evidence.clone()),
        }
    }

    /// The same parts, with their values in `state`: what puts `state` back.
    pub fn from_state(&self, state: &EntryState) -> Edit {
        Edit {
            level: self.level.as_ref().map(|_| state.level.clone()),
            note: self.note.as_ref().map(|_| state.note.clone()),
            evidence: self.evidence.as_ref().map(|_| state.evidence.clone()),
        }
    }

    /// The parts this edit sets, in words: "rating", "note and evidence".
    pub fn parts(&self) -> String {
        let parts: Vec<String> = [
            (self.level.is_some(), "store-part-rating"),
            (self.note.is_some(), "store-part-note"),
            (self.evidence.is_some(), "store-part-evidence"),
        ]
        .into_iter()
        .filter(|(set, _)| *set)
        .map(|(_, id)| crate::i18n::tr(id))
        .collect();
        match parts.as_slice() {
            [] => crate::t!("store-part-nothing"),
            [one] => one.clone(),
            [rest @ .., last] => crate::t!("store-parts-and", rest = rest.join(", "), last = last),
        }
    }
}

/// What a save was based on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// No check: the command line writes what it is told.
    Latest,
    /// Refused when a later change touched a part this save sets (a save from a
    /// screen: someone else's change to another part is kept, not a conflict).
    Parts(i64),
    /// Refused when anything about the indicator changed after this version (undo
    /// and redo, which put back exactly one change).
    Indicator(i64),
}

/// Someone changed the indicator after the version a save was based on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The indicator the save was for.
    pub indicator: String,
    /// Who made the latest of those changes, and when.
    pub actor: String,
    /// When they made it (RFC 3339).
    pub at: String,
    /// How many changes were made since the save's version.
    pub changes: usize,
    /// The indicator as it is now.
    pub now: EntryState,
    /// The version to base a retry on (the indicator's latest).
    pub version: i64,
}

/// What a versioned save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Saved as the new `version`; the indicator before and after.
    Written {
        /// The indicator's new version.
        version: i64,
        /// The indicator before the save.
        before: EntryState,
        /// The indicator after it.
        after: EntryState,
    },
    /// The indicator already was as the save would leave it.
    Unchanged {
        /// The indicator's version, unchanged.
        version: i64,
    },
    /// Someone else changed it since: nothing was written.
    Conflict(Conflict),
}

/// One entry of an indicator's history; a part is `Some((old, new))` when it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    /// The indicator's version after this change.
    pub version: i64,
    /// Who made it.
    pub actor: String,
    /// When (RFC 3339).
    pub at: String,
    /// The level before and after, when it changed.
    pub level: Option<(Option<String>, Option<String>)>,
    /// The note before and after, when it changed.
    pub note: Option<(String, String)>,
    /// The evidence before and after, when it changed.
    pub evidence: Option<(Vec<String>, Vec<String>)>,
    /// One item appended to a non-empty list (logged without the lists).
    pub evidence_added: Option<String>,
}

impl Store {
    /// The latest version of any indicator of an assessment: a screen that loaded
    /// after reading it has seen every change up to it.
    pub fn version(&self, assessment_id: &str) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT coalesce(max(id), 0) FROM rating_events WHERE assessment_id = ?1",
            )?
            .query_row([assessment_id], |r| r.get(0))?)
    }

    /// Saves one edit of an indicator as one logged step, unless `base` says it
    /// would overwrite someone's newer change. Committed before it returns.
    pub fn save_entry(
        &mut self,
        assessment_id: &str,
        indicator: &str,
        base: Base,
        edit: &Edit,
        actor: &str,
    ) -> Result<Saved> {
        // Put in normal form rather than refused when only spaces or line endings
        // differ: undo may put back text an older Touchstone stored that way.
        let normal =
            |text: &str, what| crate::text::checked(text, Shape::Text, what).map_err(Error::input);
        let edit = Edit {
            level: edit.level.clone(),
            note: edit
                .note
                .as_deref()
                .map(|n| normal(n, "the note"))
                .transpose()?,
            evidence: edit
                .evidence
                .as_ref()
                .map(|list| {
                    list.iter()
                        .map(|e| normal(e, "evidence"))
                        .filter(|e| !e.as_ref().is_ok_and(String::is_empty))
                        .collect::<Result<Vec<_>>>()
                })
                .transpose()?,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let before = entry_state(&tx, assessment_id, indicator)?;
        let after = edit.apply(&before);
        if after.evidence.len() > MAX_EVIDENCE_ITEMS && after.evidence.len() > before.evidence.len()
        {
            return Err(Error::input(crate::t!(
                "store-evidence-too-many",
                indicator = indicator,
                count = after.evidence.len(),
                max = MAX_EVIDENCE_ITEMS
            )));
        }
        if after == before {
            return Ok(Saved::Unchanged {
                version: indicator_version(&tx, assessment_id, indicator)?,
            });
        }
        // Refused when submitted before anything else: no conflict choice to settle
        // on an assessment nobody may change.
        let at = now().to_string();
        change(&tx, assessment_id, &at)?;
        if let Some(conflict) = conflict(&tx, assessment_id, indicator, base, &edit, &before)? {
            return Ok(Saved::Conflict(conflict));
        }
        let rating = RatingChange {
            old_level: before.level.clone(),
            new_level: after.level.clone(),
            old_note: before.note.clone(),
            new_note: after.note.clone(),
        };
        if rating.old_level != rating.new_level || rating.old_note != rating.new_note {
            upsert_rating(&tx, assessment_id, indicator, &rating, actor, &at)?;
        }
        if rating.old_level != rating.new_level {
            super::figures::update(&tx, &self.snapshots, assessment_id)?;
        }
        // One item added to a list that has some: one row written and the item logged,
        // so adding costs the same however long the list is. Any other change writes
        // and logs the whole list.
        let evidence = match after.evidence.split_last() {
            _ if before.evidence == after.evidence => EvidenceLog::Unchanged,
            Some((added, rest)) if !before.evidence.is_empty() && rest == before.evidence => {
                append_evidence(&tx, assessment_id, indicator, rest.len(), added)?;
                EvidenceLog::Added(added)
            }
            _ => {
                write_evidence(&tx, assessment_id, indicator, &after.evidence)?;
                EvidenceLog::Replaced(&before.evidence, &after.evidence)
            }
        };
        let version = log_event(&tx, assessment_id, indicator, &rating, evidence, actor, &at)?;
        tx.commit()?;
        Ok(Saved::Written {
            version,
            before,
            after,
        })
    }

    /// Everything logged about one indicator, oldest first.
    pub fn indicator_history(
        &self,
        assessment_id: &str,
        indicator: &str,
    ) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, actor, at, old_level, new_level, old_note, new_note, old_evidence, new_evidence,
                    evidence_added
             FROM rating_events WHERE assessment_id = ?1 AND indicator_id = ?2 ORDER BY id",
        )?;
        let mut rows = stmt.query([assessment_id, indicator])?;
        let mut history = Vec::new();
        let list = |json: Option<String>| -> Result<Option<Vec<String>>> {
            json.map(|j| {
                serde_json::from_str(&j)
                    .map_err(|_| Error::failure(crate::t!("store-evidence-unreadable")))
            })
            .transpose()
        };
        while let Some(r) = rows.next()? {
            let (old_level, new_level): (Option<String>, Option<String>) = (r.get(3)?, r.get(4)?);
            let (old_note, new_note): (String, String) = (r.get(5)?, r.get(6)?);
            let evidence = match (list(r.get(7)?)?, list(r.get(8)?)?) {
                (Some(old), Some(new)) => Some((old, new)),
                _ => None,
            };
            history.push(HistoryEntry {
                version: r.get(0)?,
                actor: r.get(1)?,
                at: r.get(2)?,
                level: (old_level != new_level).then_some((old_level, new_level)),
                note: (old_note != new_note).then_some((old_note, new_note)),
                evidence,
                evidence_added: r.get(9)?,
            });
        }
        Ok(history)
    }

    /// The action plan's version, for [`Store::set_actions_based`].
    pub fn plan_version(&self, assessment_id: &str) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT plan_version FROM assessments WHERE id = ?1")?
            .query_row([assessment_id], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }

    /// Replaces the action plan unless it changed after version `base`; returns the
    /// new version, or `Error::Conflict` saying who changed it (nothing written).
    pub fn set_actions_based(
        &mut self,
        assessment_id: &str,
        base: i64,
        actions: &[Action],
        actor: &str,
    ) -> Result<i64> {
        let actions = super::rows::normal_plan(actions)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (version, by, at): (i64, Option<String>, Option<String>) = tx.query_row(
            "SELECT plan_version, plan_by, plan_at FROM assessments WHERE id = ?1",
            [assessment_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if version != base {
            return Err(Error::Conflict(crate::error::Conflict {
                what: crate::error::Changed::Plan,
                by,
                at,
                version,
            }));
        }
        let at = now().to_string();
        change(&tx, assessment_id, &at)?;
        write_actions(&tx, assessment_id, &actions)?;
        tx.execute(
            "UPDATE assessments SET plan_by = ?2, plan_at = ?3 WHERE id = ?1",
            params![assessment_id, actor, at],
        )?;
        tx.commit()?;
        Ok(version + 1)
    }
}

fn indicator_version(tx: &Transaction, assessment_id: &str, indicator: &str) -> Result<i64> {
    Ok(tx
        .prepare_cached(
            "SELECT coalesce(max(id), 0) FROM rating_events WHERE assessment_id = ?1 AND indicator_id = ?2",
        )?
        .query_row([assessment_id, indicator], |r| r.get(0))?)
}

/// The indicator as stored now.
fn entry_state(tx: &Transaction, assessment_id: &str, indicator: &str) -> Result<EntryState> {
    let (level, note) = super::rows::current_rating(tx, assessment_id, indicator)?;
    let evidence = tx
        .prepare_cached(
            "SELECT text FROM evidence WHERE assessment_id = ?1 AND indicator_id = ?2 ORDER BY position",
        )?
        .query_map([assessment_id, indicator], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(EntryState {
        level,
        note,
        evidence,
    })
}

/// The changes after `base` that `edit` would overwrite, if any.
fn conflict(
    tx: &Transaction,
    assessment_id: &str,
    indicator: &str,
    base: Base,
    edit: &Edit,
    now: &EntryState,
) -> Result<Option<Conflict>> {
    let (version, any) = match base {
        Base::Latest => return Ok(None),
        Base::Parts(v) => (v, false),
        Base::Indicator(v) => (v, true),
    };
    let (changes, latest): (usize, Option<i64>) = tx
        .prepare_cached(
            "SELECT count(*), max(id) FROM rating_events
             WHERE assessment_id = ?1 AND indicator_id = ?2 AND id > ?3
               AND (?4 OR (?5 AND old_level IS NOT new_level) OR (?6 AND old_note <> new_note)
                    OR (?7 AND (new_evidence IS NOT NULL OR evidence_added IS NOT NULL)))",
        )?
        .query_row(
            params![
                assessment_id,
                indicator,
                version,
                any,
                edit.level.is_some(),
                edit.note.is_some(),
                edit.evidence.is_some()
            ],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
    let Some(latest) = latest else {
        return Ok(None);
    };
    let (actor, at) = tx.query_row(
        "SELECT actor, at FROM rating_events WHERE id = ?1",
        [latest],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(Some(Conflict {
        indicator: indicator.to_string(),
        actor,
        at,
        changes,
        now: now.clone(),
        version: indicator_version(tx, assessment_id, indicator)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::Edit;
    use crate::i18n::{Lang, scoped};

    /// The parts' words are ids chosen in a table: each must be in both languages.
    #[test]
    fn the_parts_of_an_edit_in_both_languages() {
        let all = Edit {
            level: Some(None),
            note: Some(String::new()),
            evidence: Some(Vec::new()),
        };
        let none = Edit {
            level: None,
            note: None,
            evidence: None,
        };
        assert_eq!(
            scoped(Lang::En, || all.parts()),
            "rating, note and evidence"
        );
        assert_eq!(scoped(Lang::En, || none.parts()), "nothing");
        assert_eq!(
            scoped(Lang::Es, || all.parts()),
            "calificación, nota y evidencia"
        );
        assert_eq!(scoped(Lang::Es, || none.parts()), "nada");
    }

    /// Issue 20, item 14: adding one evidence item costs the same, in rows written and
    /// bytes logged, to a list of 2 items as to one of 400 (it used to write and log
    /// the whole list twice), and the list stops at `MAX_EVIDENCE_ITEMS` with a clear
    /// refusal that writes nothing.
    #[test]
    fn adding_evidence_costs_the_same_however_long_the_list_and_stops_at_the_cap() {
        use super::{Base, MAX_EVIDENCE_ITEMS, Saved};
        use crate::rubric::Registry;
        use crate::store::{NewAssessment, Store};
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let registry = Registry::bundled();
        let entry = registry.latest("cs-site-2017").unwrap();
        let id = store
            .create(&NewAssessment {
                school: "Lincoln Elementary",
                district: None,
                date: jiff::civil::date(2026, 11, 2),
                team: &[],
                facilitator: None,
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .unwrap();
        let logged = |store: &Store| -> i64 {
            store
                .conn
                .query_row(
                    "SELECT coalesce(sum(length(coalesce(old_evidence, '')) + length(coalesce(new_evidence, ''))
                                          + length(coalesce(evidence_added, ''))), 0)
                     FROM rating_events",
                    [],
                    |r| r.get(0),
                )
                .unwrap()
        };
        // As plain mode's `evidence TEXT` does: the list it shows, one item longer,
        // based on the version it read.
        let mut list: Vec<String> = Vec::new();
        let mut base = 0;
        let mut cost = Vec::new();
        for n in 0..MAX_EVIDENCE_ITEMS {
            list.push(format!("sign-in sheet {n:04}"));
            let edit = Edit {
                evidence: Some(list.clone()),
                ..Edit::default()
            };
            let (rows, bytes) = (store.conn.total_changes(), logged(&store));
            match store
                .save_entry(&id, "cl-1", Base::Parts(base), &edit, "ana")
                .unwrap()
            {
                Saved::Written { version, .. } => base = version,
                other => panic!("{other:?}"),
            }
            cost.push((store.conn.total_changes() - rows, logged(&store) - bytes));
        }
        // The second add and every later one: the same rows, the item's bytes.
        assert!(cost[1..].iter().all(|c| c == &cost[1]), "{:?}", &cost[..5]);
        assert_eq!(cost[1].1, "sign-in sheet 0001".len() as i64);
        assert!(cost[1].0 <= 6, "{:?}", cost[1]);
        let total: i64 = logged(&store);
        assert!(
            total < 40 * MAX_EVIDENCE_ITEMS as i64,
            "{total} bytes logged"
        );
        // What was added is what is stored, in order, and the history says each add.
        let stored = store.load(&id).unwrap().entries[0].evidence.clone();
        assert_eq!(stored, list);
        let history = store.indicator_history(&id, "cl-1").unwrap();
        assert_eq!(history.len(), MAX_EVIDENCE_ITEMS);
        assert_eq!(history[0].evidence, Some((vec![], vec![list[0].clone()])));
        assert_eq!(history[1].evidence, None);
        assert_eq!(history[1].evidence_added.as_deref(), Some(list[1].as_str()));
        // One more is refused, and nothing is written.
        list.push("one too many".into());
        let edit = Edit {
            evidence: Some(list.clone()),
            ..Edit::default()
        };
        let rows = store.conn.total_changes();
        let refused = crate::i18n::scoped(crate::i18n::Lang::En, || {
            store
                .save_entry(&id, "cl-1", Base::Parts(base), &edit, "ana")
                .unwrap_err()
                .to_string()
        });
        assert!(
            refused.contains("cl-1 would have 501 evidence items")
                && refused.contains("at most 500"),
            "{refused}"
        );
        assert_eq!(store.conn.total_changes(), rows);
        assert_eq!(store.load(&id).unwrap().entries[0].evidence.len(), 500);
        // Removing one still works, and an edit that changes other items logs the lists.
        list.truncate(MAX_EVIDENCE_ITEMS - 1);
        let edit = Edit {
            evidence: Some(list.clone()),
            ..Edit::default()
        };
        assert!(matches!(
            store
                .save_entry(&id, "cl-1", Base::Latest, &edit, "ana")
                .unwrap(),
            Saved::Written { .. }
        ));
        let last = store.indicator_history(&id, "cl-1").unwrap().pop().unwrap();
        assert_eq!(
            last.evidence.map(|(old, new)| (old.len(), new.len())),
            Some((500, 499))
        );
    }
}
