//! Targets for the three headline measures (`touchstone targets`): set, list and
//! clear, per measure, district ('' for the network) and year.

use super::Store;
use crate::error::Result;
use crate::outcomes::scorecard::{Measure, Target};
use rusqlite::{OptionalExtension, params};

impl Store {
    /// Every target, by measure (in the headline's order), network first, district
    /// and year. Rows naming a measure this Touchstone does not know are left out.
    pub fn targets(&self) -> Result<Vec<Target>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT measure, district, year, value FROM targets")?;
        let mut targets: Vec<Target> = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i32>(2)?,
                    r.get::<_, f64>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter_map(|(m, d, year, value)| {
                Some(Target {
                    measure: Measure::from_key(&m)?,
                    district: (!d.is_empty()).then_some(d),
                    year,
                    value,
                })
            })
            .collect();
        targets.sort_by(|a, b| {
            (a.measure, &a.district, a.year).cmp(&(b.measure, &b.district, b.year))
        });
        Ok(targets)
    }

    /// Sets a target, replacing one for the same measure, district and year; returns
    /// the value it replaced.
    pub fn set_target(&mut self, t: &Target) -> Result<Option<f64>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let district = t.district.as_deref().unwrap_or("");
        let before: Option<f64> = tx
            .query_row(
                "SELECT value FROM targets WHERE measure = ?1 AND district = ?2 AND year = ?3",
                params![t.measure.key(), district, t.year],
                |r| r.get(0),
            )
            .optional()?;
        tx.execute(
            "INSERT INTO targets (measure, district, year, value) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (measure, district, year) DO UPDATE SET value = excluded.value",
            params![t.measure.key(), district, t.year, t.value],
        )?;
        tx.commit()?;
        Ok(before)
    }

    /// Removes a target; `false` when there was none.
    pub fn clear_target(
        &mut self,
        measure: Measure,
        district: Option<&str>,
        year: i32,
    ) -> Result<bool> {
        let n = self.conn.execute(
            "DELETE FROM targets WHERE measure = ?1 AND district = ?2 AND year = ?3",
            params![measure.key(), district.unwrap_or(""), year],
        )?;
        Ok(n > 0)
    }
}
