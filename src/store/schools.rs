//! Schools and their codes: the list `touchstone schools` prints (schools with an
//! assessment, a code or outcome data), setting a code, and
//! the check that an import never gives one code to two schools.

use super::Store;
use crate::assessment::Assessment;
use crate::error::{Error, Result};
use crate::schools::{School, shown};
use crate::t;
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use std::collections::HashMap;

impl Store {
    /// Every school with an assessment (not deleted) or a code, by name and district,
    /// with its code and how many assessments it has.
    pub fn school_list(&self) -> Result<Vec<School>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.name, s.district, s.code,
                    (SELECT count(*) FROM assessments a WHERE a.school_id = s.id AND a.deleted_at IS NULL)
             FROM schools s
             WHERE s.code IS NOT NULL
                OR EXISTS (SELECT 1 FROM outcomes o WHERE o.school_id = s.id)
                OR EXISTS (SELECT 1 FROM assessments a WHERE a.school_id = s.id AND a.deleted_at IS NULL)
             ORDER BY s.name, s.district, s.id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                let district: String = r.get(2)?;
                Ok(School {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    district: (!district.is_empty()).then_some(district),
                    code: r.get(3)?,
                    assessments: r.get::<_, i64>(4)? as usize,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Gives schools their codes (`None` clears one), all in one transaction. Codes
    /// are checked by the caller (`schools::check_code`); one held by a school not in
    /// `codes` is refused, naming that school, and nothing is written.
    pub fn set_school_codes(&mut self, codes: &[(i64, Option<String>)]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changing: std::collections::HashSet<i64> = codes.iter().map(|(id, _)| *id).collect();
        for (id, code) in codes {
            let Some(code) = code else { continue };
            let holder: Option<(i64, String, String)> = tx
                .prepare_cached("SELECT id, name, district FROM schools WHERE code = ?1")?
                .query_row([code], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?;
            if let Some((other, name, district)) = holder
                && other != *id
                && !changing.contains(&other)
            {
                return Err(Error::input(t!(
                    "schools-code-taken",
                    code = code.as_str(),
                    school = shown(&name, &district)
                )));
            }
        }
        // Cleared first, so two schools may swap codes in one go.
        for (id, _) in codes {
            tx.prepare_cached("UPDATE schools SET code = NULL WHERE id = ?1")?
                .execute([id])?;
        }
        for (id, code) in codes {
            if code.is_some() {
                tx.prepare_cached("UPDATE schools SET code = ?2 WHERE id = ?1")?
                    .execute(params![id, code])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The school codes a batch of imported assessments carries, checked against each
    /// other and the database: a code names one school, so a code another school
    /// holds is refused; a school whose code here differs from the file's needs
    /// `replace`. Files without a code say nothing about it.
    pub fn check_school_codes(&self, batch: &[Assessment], replace: bool) -> Result<()> {
        let mut problems = Vec::new();
        let mut by_code: HashMap<&str, (&str, &str)> = HashMap::new();
        let mut by_school: HashMap<(&str, &str), &str> = HashMap::new();
        for a in batch {
            let Some(code) = a.meta.school_code.as_deref() else {
                continue;
            };
            let here = (
                a.meta.school.as_str(),
                a.meta.district.as_deref().unwrap_or(""),
            );
            match by_code.insert(code, here) {
                Some(first) if first != here => problems.push(t!(
                    "schools-code-two-schools",
                    code = code,
                    first = shown(first.0, first.1),
                    second = shown(here.0, here.1)
                )),
                _ => {}
            }
            match by_school.insert(here, code) {
                Some(first) if first != code => problems.push(t!(
                    "schools-two-codes",
                    school = shown(here.0, here.1),
                    first = first,
                    second = code
                )),
                _ => {}
            }
            let holder: Option<(String, String)> = self
                .conn
                .prepare_cached("SELECT name, district FROM schools WHERE code = ?1")?
                .query_row([code], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((name, district)) = &holder
                && (name.as_str(), district.as_str()) != here
            {
                problems.push(t!(
                    "schools-import-code-taken",
                    id = a.meta.id.as_str(),
                    code = code,
                    school = shown(name, district),
                    file_school = shown(here.0, here.1)
                ));
                continue;
            }
            let stored: Option<Option<String>> = self
                .conn
                .prepare_cached("SELECT code FROM schools WHERE name = ?1 AND district = ?2")?
                .query_row(params![here.0, here.1], |r| r.get(0))
                .optional()?;
            if let Some(Some(stored)) = stored
                && stored != code
                && !replace
            {
                problems.push(t!(
                    "schools-import-code-differs",
                    id = a.meta.id.as_str(),
                    school = shown(here.0, here.1),
                    here = stored,
                    file = code
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            problems.push(t!("report-import-nothing-imported"));
            Err(Error::input(problems.join("\n")))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{NewAssessment, Store};

    fn store_with(schools: &[(&str, Option<&str>)]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let registry = crate::rubric::Registry::bundled();
        let entry = registry.latest("cs-site-2017").unwrap();
        for (name, district) in schools {
            store
                .create(&NewAssessment {
                    school: name,
                    district: *district,
                    date: jiff::civil::date(2026, 1, 1),
                    team: &[],
                    facilitator: None,
                    rubric: &entry.rubric,
                    rubric_text: &entry.text,
                })
                .unwrap();
        }
        (dir, store)
    }

    /// The school-code and outcome migrations on a database as the schema before them
    /// left it: every school, assessment and stored figure is kept, no school has a
    /// code, there are no outcome rows, and codes can be set from then on.
    #[test]
    fn the_migrations_keep_every_school_and_figure_of_an_older_database() {
        use crate::store::schema::MIGRATIONS;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let at = MIGRATIONS
            .iter()
            .position(|m| m.contains("ALTER TABLE schools ADD COLUMN code"))
            .unwrap();
        {
            // The rows as the previous schema held them.
            let conn = rusqlite::Connection::open(&path).unwrap();
            crate::store::schema::migrate_between(&conn, 0, at);
            let registry = crate::rubric::Registry::bundled();
            let entry = registry.latest("cs-site-2017").unwrap();
            conn.execute(
                "INSERT INTO rubric_snapshots (id, rubric_id, version, text) VALUES (1, ?1, ?2, ?3)",
                rusqlite::params![entry.rubric.id, entry.rubric.version, entry.text.as_ref()],
            )
            .unwrap();
            conn.execute_batch(
                "INSERT INTO schools (id, name, district) VALUES (1, 'Adams', 'North'), (2, 'Baker', '');
                 INSERT INTO assessments (id, school_id, date, snapshot_id, status, created_at, updated_at)
                     VALUES ('a', 1, '2026-11-02', 1, 'final', 't', '2026-11-02T10:00:00Z'),
                            ('b', 2, '2026-11-03', 1, 'draft', 't', '2026-11-03T10:00:00Z');
                 INSERT INTO ratings (assessment_id, indicator_id, level, updated_at, updated_by)
                     VALUES ('a', 'cl-1', 'full', 't', 'x'), ('b', 'cl-1', 'emerging', 't', 'x');",
            )
            .unwrap();
        }
        let mut store = Store::open(&path).unwrap();
        let schools = store.school_list().unwrap();
        assert_eq!(schools.len(), 2);
        assert!(schools.iter().all(|s| s.code.is_none()));
        assert_eq!(schools[0].district.as_deref(), Some("North"));
        for id in ["a", "b"] {
            let loaded = store.load(id).unwrap();
            let recount = crate::store::Figures::of(&loaded.score());
            assert_eq!(store.figures(id).unwrap(), Some(recount), "{id}");
            assert_eq!(loaded.meta.school_code, None);
            assert!(loaded.outcomes.is_empty());
        }
        assert_eq!(store.figures("a").unwrap().unwrap().at_full, 1);
        assert!(store.outcome_rows(None).unwrap().is_empty());
        store
            .set_school_codes(&[(schools[0].id, Some("0601".into()))])
            .unwrap();
        assert_eq!(
            store.load("a").unwrap().meta.school_code.as_deref(),
            Some("0601")
        );
    }

    #[test]
    fn codes_are_set_cleared_swapped_and_never_shared() {
        let (_dir, mut store) = store_with(&[("A", Some("North")), ("B", None)]);
        let list = store.school_list().unwrap();
        assert_eq!(list.len(), 2);
        let (a, b) = (list[0].id, list[1].id);
        store
            .set_school_codes(&[(a, Some("01".into())), (b, Some("02".into()))])
            .unwrap();
        let err = store
            .set_school_codes(&[(b, Some("01".into()))])
            .unwrap_err()
            .to_string();
        assert!(err.contains("A (North)"), "{err}");
        store
            .set_school_codes(&[(a, Some("02".into())), (b, Some("01".into()))])
            .unwrap();
        let codes: Vec<_> = store
            .school_list()
            .unwrap()
            .into_iter()
            .map(|s| s.code)
            .collect();
        assert_eq!(codes, vec![Some("02".into()), Some("01".into())]);
        store.set_school_codes(&[(a, None)]).unwrap();
        assert_eq!(store.school_list().unwrap()[0].code, None);
    }
}
