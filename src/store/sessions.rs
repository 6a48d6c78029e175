//! Coaching sessions in the database: the live state every screen follows (agenda,
//! indicator under discussion, whether votes are revealed), participants, votes,
//! decisions, and the records exported with an assessment. Votes and decisions are in
//! `votes`, the exported records in `records`.

mod records;
mod votes;

pub(super) use votes::{Decided, record_decision};

use super::Store;
use crate::assessment::{Assessment, now};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::session::{Agenda, Phase, Plan, plan};
pub use crate::session::{LiveSession, Vote};
use crate::text::{Shape, require_normal};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

/// A line of `touchstone session list`.
#[derive(Debug, Clone)]
pub struct SessionSummary {
    pub id: String,
    /// The join code while the session runs.
    pub code: Option<String>,
    pub school: String,
    pub plan_title: String,
    pub started: String,
    pub ended: bool,
    /// Open for pre-rating (the room has not met yet).
    pub prerating: bool,
}

/// Letters and digits that cannot be mistaken for each other when read aloud or off
/// a wall screen (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A six-character join code, each character drawn uniformly from `CODE_ALPHABET`
/// (the caller passes the generator so tests can seed it).
fn new_code<R: rand::Rng + ?Sized>(rng: &mut R) -> String {
    use rand::seq::IndexedRandom;
    (0..6)
        .filter_map(|_| CODE_ALPHABET.choose(rng))
        .map(|b| *b as char)
        .collect()
}

impl Store {
    /// Starts a session on an assessment and returns it (with its join code).
    pub fn start_session(
        &mut self,
        assessment: &Assessment,
        plan: &Plan,
        plan_text: &str,
        facilitator: &str,
        weakest: &[String],
    ) -> Result<LiveSession> {
        self.insert_session(assessment, plan, plan_text, facilitator, weakest, false)
    }

    /// A new session; with `prerating`, open for pre-rating until it closes. The
    /// room's language is the language of the thread starting it (the facilitator's).
    pub(super) fn insert_session(
        &mut self,
        assessment: &Assessment,
        plan: &Plan,
        plan_text: &str,
        facilitator: &str,
        weakest: &[String],
        prerating: bool,
    ) -> Result<LiveSession> {
        require_normal(facilitator, Shape::Line, "the facilitator")?;
        let id = uuid::Uuid::now_v7().to_string();
        let at = now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut rng = rand::rng();
        let mut code = new_code(&mut rng);
        while tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM sessions WHERE code = ?1)",
            [&code],
            |r| r.get::<_, bool>(0),
        )? {
            code = new_code(&mut rng);
        }
        let weakest_json =
            serde_json::to_string(weakest).map_err(|e| Error::failure(e.to_string()))?;
        tx.execute(
            "INSERT INTO sessions (id, code, assessment_id, plan_id, plan_title, plan_text, facilitator, weakest,
                                   started_at, segment_started, prerating, lang)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![id, code, assessment.meta.id, plan.id, plan.title, plan_text, facilitator, weakest_json, at.to_string(), at.as_second(), prerating, crate::i18n::current().code()],
        )?;
        begin_segment(&tx, &id, plan, 0, at)?;
        tx.commit()?;
        self.live_session(&id)
    }

    /// The session a join code (any case), an id, or an id prefix of at least 4
    /// characters names.
    pub fn find_session(&self, code_or_id: &str) -> Result<String> {
        let wanted = code_or_id.trim();
        let by_code: Option<String> = self
            .conn
            .query_row(
                "SELECT id FROM sessions WHERE code = upper(?1)",
                [wanted],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = by_code {
            return Ok(id);
        }
        let prefix = wanted.to_ascii_lowercase();
        let not_found = |by| {
            Error::NotFound(crate::error::NotFound {
                what: crate::error::Thing::Session,
                by,
                id: wanted.to_string(),
                suggestion: None,
            })
        };
        if prefix.len() < 4 {
            return Err(not_found(crate::error::By::Code));
        }
        let ids = self.ids_with_prefix(
            "SELECT id FROM sessions WHERE substr(id, 1, ?2) = ?1 ORDER BY id LIMIT 6",
            &prefix,
        )?;
        match ids.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(not_found(crate::error::By::CodeOrPrefix)),
            many => Err(Error::Ambiguous(crate::error::Ambiguous {
                what: crate::error::Thing::Session,
                id: wanted.to_string(),
                candidates: many.to_vec(),
            })),
        }
    }

    pub fn live_session(&self, id: &str) -> Result<LiveSession> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT code, assessment_id, plan_text, facilitator, weakest, ended_at, segment, segment_started,
                        paused_at, paused_total, extra, indicator_id, round, revealed, prerating, agreed, lang,
                        open_voting
                 FROM sessions WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    Agenda {
                        segment: r.get::<_, i64>(6)? as usize,
                        started: r.get(7)?,
                        paused_at: r.get(8)?,
                        paused_total: r.get(9)?,
                        extra: r.get(10)?,
                    },
                    r.get::<_, Option<String>>(11)?,
                    r.get::<_, i64>(12)?,
                    r.get::<_, bool>(13)?,
                    r.get::<_, bool>(14)?,
                    r.get::<_, String>(15)?,
                    r.get::<_, String>(16)?,
                    r.get::<_, bool>(17)?,
                ))
            })
            .optional()?
            .ok_or_else(|| Error::input(crate::t!("session-error-no-session", id = id)))?;
        let (
            code,
            assessment_id,
            plan_text,
            facilitator,
            weakest,
            ended,
            agenda,
            indicator,
            round,
            revealed,
            prerating,
            agreed,
            lang,
            open_voting,
        ) = row;
        let plan_text =
            plan_text.ok_or_else(|| Error::input(crate::t!("session-error-imported")))?;
        let plan = self.stored_plan(plan_text)?;
        Ok(LiveSession {
            id: id.to_string(),
            code: code.unwrap_or_default(),
            assessment_id,
            plan,
            facilitator,
            weakest: serde_json::from_str(&weakest).unwrap_or_default(),
            agenda,
            indicator,
            phase: Phase::from_stored(round.max(1) as u32, revealed, ended.is_some(), prerating),
            agreed: serde_json::from_str(&agreed).unwrap_or_default(),
            // A language this build does not speak reads as English.
            lang: Lang::from_code(&lang).unwrap_or_default(),
            open_voting,
        })
    }

    /// A stored session plan, parsed once per process: every screen following a
    /// session reads it again on each change.
    fn stored_plan(&self, text: String) -> Result<Plan> {
        if let Some(hit) = self.plans.borrow().get(&text) {
            return Ok(hit.clone());
        }
        let plan = plan::parse("stored session plan", &text, None).map_err(|p| {
            Error::failure(crate::t!(
                "session-error-plan-unreadable",
                problem = p[0].to_string()
            ))
        })?;
        self.plans.borrow_mut().insert(text, plan.clone());
        Ok(plan)
    }

    /// Saves the agenda; a move to another segment closes the visit to the old one
    /// and opens one for the new.
    pub fn save_agenda(&mut self, session: &LiveSession, agenda: &Agenda) -> Result<()> {
        let at = now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if agenda.segment != session.agenda.segment {
            close_segment(&tx, &session.id, at)?;
            begin_segment(&tx, &session.id, &session.plan, agenda.segment, at)?;
        }
        tx.execute(
            "UPDATE sessions SET segment = ?2, segment_started = ?3, paused_at = ?4, paused_total = ?5, extra = ?6 WHERE id = ?1",
            params![session.id, agenda.segment as i64, agenda.started, agenda.paused_at, agenda.paused_total, agenda.extra],
        )?;
        // Pauses are kept with their times for the minutes: a pause opens a row, and
        // whatever ends it (restarting the clock, another segment) closes it.
        match (session.agenda.paused_at, agenda.paused_at) {
            (None, Some(from)) => {
                let title = session
                    .plan
                    .segments
                    .get(agenda.segment)
                    .map_or("", |s| s.title.as_str());
                tx.execute(
                    "INSERT INTO session_pauses (session_id, segment, paused_at) VALUES (?1, ?2, ?3)",
                    params![session.id, title, from],
                )?;
            }
            (Some(_), None) => {
                tx.execute(
                    "UPDATE session_pauses SET resumed_at = ?2 WHERE session_id = ?1 AND resumed_at IS NULL",
                    params![session.id, jiff::Timestamp::now().as_second()],
                )?;
            }
            _ => {}
        }
        tx.commit()?;
        Ok(())
    }

    /// The pauses of a session's clock, in the order they happened.
    pub fn pauses(&self, session_id: &str) -> Result<Vec<crate::session::record::Pause>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT segment, paused_at, resumed_at FROM session_pauses
             WHERE session_id = ?1 ORDER BY paused_at, id",
        )?;
        let rows = stmt
            .query_map([session_id], |r| {
                Ok(crate::session::record::Pause {
                    segment: r.get(0)?,
                    paused_at: r.get(1)?,
                    resumed_at: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Brings an indicator up for discussion: its latest round of votes, hidden
    /// unless that round was already decided (then there is nothing left to hide).
    pub fn discuss(&mut self, session_id: &str, indicator: Option<&str>) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Leaving a revealed round closes it: its votes lose their names.
        let (was, revealed): (Option<String>, bool) = tx.query_row(
            "SELECT indicator_id, revealed FROM sessions WHERE id = ?1",
            [session_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if let Some(was) = was.filter(|_| revealed) {
            votes::seal(&tx, session_id, Some(&was))?;
        }
        let round: i64 = tx.query_row(
            "SELECT max(1, coalesce(max(round), 1)) FROM votes WHERE session_id = ?1 AND indicator_id = ?2",
            params![session_id, indicator],
            |r| r.get(0),
        )?;
        let decided: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM decisions WHERE session_id = ?1 AND indicator_id = ?2)",
            params![session_id, indicator],
            |r| r.get(0),
        )?;
        // A round whose votes (or, in the first, pre-ratings) have lost their names
        // was revealed and closed: it stays revealed.
        let sealed: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM votes WHERE session_id = ?1 AND indicator_id = ?2
                           AND (round = ?3 OR (?3 = 1 AND round = 0)) AND participant IS NULL)",
            params![session_id, indicator, round],
            |r| r.get(0),
        )?;
        tx.execute(
            "UPDATE sessions SET indicator_id = ?2, round = ?3, revealed = ?4 WHERE id = ?1",
            params![session_id, indicator, round, decided || sealed],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Shows everyone's votes on the indicator under discussion. There is no hiding
    /// them again: once seen, a round is closed (`revote` starts a new one).
    pub fn reveal(&mut self, session_id: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE sessions SET revealed = 1 WHERE id = ?1",
            [session_id],
        )?;
        Ok(())
    }

    /// Starts a new, hidden round of votes on the indicator under discussion.
    /// The round it closes loses its voters' names (`votes::seal`).
    pub fn revote(&mut self, session_id: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let indicator: Option<String> = tx.query_row(
            "SELECT indicator_id FROM sessions WHERE id = ?1",
            [session_id],
            |r| r.get(0),
        )?;
        if let Some(indicator) = &indicator {
            votes::seal(&tx, session_id, Some(indicator))?;
        }
        tx.execute(
            "UPDATE sessions SET round = round + 1, revealed = 0 WHERE id = ?1",
            [session_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The assessment a session works on.
    pub fn session_assessment(&self, session_id: &str) -> Result<String> {
        Ok(self.conn.query_row(
            "SELECT assessment_id FROM sessions WHERE id = ?1",
            [session_id],
            |r| r.get(0),
        )?)
    }

    pub fn end_session(&mut self, session_id: &str) -> Result<()> {
        let at = now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        close_segment(&tx, session_id, at)?;
        tx.execute(
            // The join code stays with the session, so its minutes can be asked for by
            // the code people know; joining an ended session is refused.
            "UPDATE sessions SET ended_at = ?2 WHERE id = ?1 AND ended_at IS NULL",
            params![session_id, at.to_string()],
        )?;
        // Nothing can change any more: no vote or pre-rating keeps a name.
        votes::seal(&tx, session_id, None)?;
        tx.commit()?;
        Ok(())
    }

    /// The running session started last, if any (what a viewer's wall follows).
    pub fn running_session(&self) -> Result<Option<String>> {
        Ok(self
            .sessions()?
            .into_iter()
            .find(|s| !s.ended && !s.prerating && s.code.is_some())
            .map(|s| s.id))
    }

    /// The running session started last whose room is meeting (not ended, not still
    /// pre-rating), of this assessment or, with `None`, of any: what a viewer follows.
    pub fn running_session_of(&self, assessment: Option<&str>) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id FROM sessions
                 WHERE ended_at IS NULL AND prerating = 0 AND code IS NOT NULL
                   AND (?1 IS NULL OR assessment_id = ?1)
                 ORDER BY started_at DESC LIMIT 1",
            )?
            .query_row([assessment], |r| r.get(0))
            .optional()?)
    }

    /// Sessions of any assessment, newest first.
    pub fn sessions(&self) -> Result<Vec<SessionSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT x.id, x.code, s.name, x.plan_title, x.started_at, x.ended_at IS NOT NULL, x.prerating
             FROM sessions x JOIN assessments a ON a.id = x.assessment_id JOIN schools s ON s.id = a.school_id
             ORDER BY x.started_at DESC",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(SessionSummary {
                    id: r.get(0)?,
                    code: r.get(1)?,
                    school: r.get(2)?,
                    plan_title: r.get(3)?,
                    started: r.get(4)?,
                    ended: r.get(5)?,
                    prerating: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The assessment each of these sessions belongs to, for those that exist here.
    pub fn session_owners<'a>(
        &self,
        session_ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT assessment_id FROM sessions WHERE id = ?1")?;
        let mut owners = Vec::new();
        for id in session_ids {
            if let Some(owner) = stmt.query_row([id], |r| r.get::<_, String>(0)).optional()? {
                owners.push((id.to_string(), owner));
            }
        }
        Ok(owners)
    }
}

fn begin_segment(
    tx: &Transaction,
    session_id: &str,
    plan: &Plan,
    index: usize,
    at: Timestamp,
) -> Result<()> {
    let Some(segment) = plan.segments.get(index) else {
        return Ok(());
    };
    tx.execute(
        "INSERT INTO session_segments (session_id, position, kind, title, planned_minutes, started_at)
         VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM session_segments WHERE session_id = ?1), ?2, ?3, ?4, ?5)",
        params![session_id, segment.kind.as_str(), segment.title, segment.minutes, at.to_string()],
    )?;
    Ok(())
}

fn close_segment(tx: &Transaction, session_id: &str, at: Timestamp) -> Result<()> {
    tx.execute(
        "UPDATE session_segments SET ended_at = ?2
         WHERE session_id = ?1 AND ended_at IS NULL",
        params![session_id, at.to_string()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{CODE_ALPHABET, new_code};
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    /// Codes are six characters from the alphabet, and every character is drawn
    /// evenly: over 31 000 seeded codes (186 000 characters, 6 000 expected for each)
    /// no character strays more than 5% from its share. The old `byte % 31` drew the
    /// first eight characters 12.5% more often than the rest.
    #[test]
    fn join_codes_draw_each_character_evenly() {
        let mut rng = StdRng::seed_from_u64(14);
        let mut counts = [0usize; 256];
        for _ in 0..31_000 {
            let code = new_code(&mut rng);
            assert_eq!(code.len(), 6, "{code}");
            for b in code.bytes() {
                assert!(CODE_ALPHABET.contains(&b), "{code}");
                counts[b as usize] += 1;
            }
        }
        for &c in CODE_ALPHABET {
            let n = counts[c as usize];
            assert!(
                (5_700..=6_300).contains(&n),
                "{} drawn {n} times",
                c as char
            );
        }
    }

    /// Every screen following a session reads it again on each change; its plan is
    /// parsed once.
    #[test]
    fn a_session_plan_is_parsed_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::store::Store::open(&dir.path().join("t.db")).unwrap();
        let registry = crate::rubric::Registry::bundled();
        let entry = registry.latest("cs-site-2017").unwrap();
        let id = store
            .create(&crate::store::NewAssessment {
                school: "Lincoln Elementary",
                district: None,
                date: jiff::civil::date(2026, 11, 2),
                team: &[],
                facilitator: None,
                rubric: &entry.rubric,
                rubric_text: &entry.text,
            })
            .unwrap();
        let plans = crate::session::load_plans(&[]).0;
        let live =
            crate::ops::session::start(&mut store, &plans, &id, "baseline-check", "Dana").unwrap();
        for _ in 0..3 {
            let again = store.live_session(&live.id).unwrap();
            assert_eq!(again.plan, live.plan);
        }
        assert_eq!(store.plans.borrow().len(), 1);
    }
}
