//! Pre-rating in plain mode: while a session is open for pre-rating, a member rates
//! each indicator alone before the workshop, through the same `Store::prerate` as
//! the participant's screen and `touchstone session prerate rate`. Nobody else's
//! pre-ratings are ever read out here; the room hears them at the reveal.

use super::{SessionView, help_prerating};
use crate::error::{Error, Result};
use crate::plain::output::{self, Lines, lead};
use crate::plain::words::Cmd;
use crate::rubric::Choice;
use crate::store::{PreRating, Store};
use crate::t;
use crate::text::{Shape, checked};

impl SessionView {
    /// Joined while pre-rating is open: says so, and reads out the first indicator
    /// this member has not pre-rated (where they left off).
    pub(super) fn start_prerating(&mut self, store: &Store, out: &mut Lines) -> Result<()> {
        // Once the room meets, changes are announced as to anyone who joined.
        self.joined = true;
        let own = self.own(store)?;
        out.say(t!(
            "plain-prerate-joined",
            code = &self.live.code,
            school = &self.assessment.meta.school,
            plan = &crate::session::translation::localized(&self.live.plan).title,
            name = &self.name
        ));
        out.say(t!(
            "plain-prerate-progress",
            done = own.len(),
            total = self.total()
        ));
        let pos = self.not_prerated_from(&own, 0).unwrap_or(0);
        self.pre = Some(pos);
        self.read_prerating(store, pos, out)
    }

    /// The indicators this session pre-rates, in agenda order: the one rule the
    /// screens use too (`session::prerate::planned`).
    fn order(&self) -> Vec<String> {
        crate::session::prerate::planned(
            &self.live.plan,
            &self.assessment.rubric,
            &self.live.weakest,
        )
    }

    fn total(&self) -> usize {
        self.order().len()
    }

    /// This member's own pre-ratings of the plan's indicators.
    fn own(&self, store: &Store) -> Result<Vec<PreRating>> {
        let order = self.order();
        Ok(store
            .own_prerates(&self.live.id, &self.name)?
            .into_iter()
            .filter(|p| order.contains(&p.indicator))
            .collect())
    }

    fn id_at(&self, pos: usize) -> String {
        self.order().get(pos).cloned().unwrap_or_default()
    }

    /// The first indicator at or after `from` (going round) that `own` lacks.
    fn not_prerated_from(&self, own: &[PreRating], from: usize) -> Option<usize> {
        let n = self.total().max(1);
        (0..n)
            .map(|k| (from + k) % n)
            .find(|&p| !own.iter().any(|o| o.indicator == self.id_at(p)))
    }

    /// Reads out one indicator with this member's own pre-rating of it.
    fn read_prerating(&self, store: &Store, pos: usize, out: &mut Lines) -> Result<()> {
        let id = self.id_at(pos);
        out.say(t!(
            "plain-prerate-at",
            id = &id,
            at = pos + 1,
            total = self.total()
        ));
        if let Some(flat) = self.assessment.rubric.indicator_index(&id) {
            output::indicator(out, &crate::rubric::shown(&self.assessment.rubric), flat);
        }
        if let Some(draft) = self.drafts.get(&id) {
            out.para(&lead(t!("plain-prerate-your-draft", id = &id)), draft);
        }
        match self.own(store)?.into_iter().find(|p| p.indicator == id) {
            Some(p) => {
                out.say(t!(
                    "plain-prerate-yours",
                    id = &id,
                    label = self.key_label(&p.level)
                ));
                out.para(
                    &lead(t!("plain-prerate-your-comment", id = &id)),
                    &p.comment,
                );
            }
            None => out.say(t!("plain-prerate-none", id = &id)),
        }
        out.say(t!("plain-prerate-prompt", id = &id));
        Ok(())
    }

    fn go(&mut self, store: &Store, pos: usize, out: &mut Lines) -> Result<()> {
        self.pre = Some(pos);
        self.read_prerating(store, pos, out)
    }

    /// One command while pre-rating; false when the member leaves.
    pub(super) fn handle_prerating(
        &mut self,
        store: &mut Store,
        pos: usize,
        cmd: Cmd,
        out: &mut Lines,
    ) -> Result<bool> {
        let levels = self.assessment.rubric.levels.len();
        let id = self.id_at(pos);
        match cmd {
            Cmd::Number(n) if (1..=levels).contains(&n) => {
                self.prerate(store, pos, Choice::Level(n - 1), out)?
            }
            Cmd::Number(_) => out.say(t!("plain-levels-range", levels = levels)),
            Cmd::Na => self.prerate(store, pos, Choice::NotApplicable, out)?,
            Cmd::Comment(None) => out.say(t!("plain-comment-hint")),
            Cmd::Comment(Some(text)) => {
                match checked(text, Shape::Text, &t!("plain-the-comment")) {
                    Ok(comment) => match self.own(store)?.into_iter().find(|p| p.indicator == id) {
                        Some(p) => {
                            match prerate(store, &self.live.id, &self.name, &id, &p.level, &comment)
                            {
                                Ok(()) => out.say(t!("plain-prerate-comment-saved", id = &id)),
                                Err(Error::Input(why)) => {
                                    out.say(t!("plain-prerate-not-saved", why = why))
                                }
                                Err(e) => return Err(e),
                            }
                        }
                        // Written before the pre-rating: kept, and saved with it.
                        None => {
                            self.drafts.insert(id.clone(), comment);
                            out.say(t!("plain-prerate-comment-kept", id = &id));
                        }
                    },
                    Err(why) => out.say(t!("plain-not-saved", why = why)),
                }
            }
            Cmd::Next if pos + 1 < self.total() => self.go(store, pos + 1, out)?,
            Cmd::Next => out.say(t!("plain-prerate-last", id = &id)),
            Cmd::Previous => match pos.checked_sub(1) {
                Some(p) => self.go(store, p, out)?,
                None => out.say(t!("plain-first", id = &id)),
            },
            Cmd::Unrated => match self.not_prerated_from(&self.own(store)?, pos + 1) {
                Some(p) => self.go(store, p, out)?,
                None => out.say(t!("plain-prerate-all")),
            },
            Cmd::Go(target) => match self.order().iter().position(|i| i == target.trim()) {
                Some(p) => self.go(store, p, out)?,
                None if self
                    .assessment
                    .rubric
                    .indicator_index(target.trim())
                    .is_some() =>
                {
                    out.say(t!(
                        "plain-prerate-not-planned",
                        target = target.trim(),
                        ids = self.order().join(", ")
                    ))
                }
                None => out.say(crate::plain::no_such_indicator(
                    &self.assessment.rubric,
                    target,
                    &id,
                )),
            },
            Cmd::Read => self.read_prerating(store, pos, out)?,
            Cmd::Summary => self.say_own(store, out)?,
            Cmd::Status => {
                let people = store.participants(&self.live.id)?.len();
                out.say(t!(
                    "plain-prerate-status",
                    code = &self.live.code,
                    done = self.own(store)?.len(),
                    total = self.total(),
                    people = people
                ));
            }
            Cmd::Quit | Cmd::Back => {
                out.say(t!("plain-prerate-left"));
                return Ok(false);
            }
            Cmd::Help => help_prerating(out),
            Cmd::Empty => {}
            other => crate::plain::unknown(out, &other, crate::plain::Place::Prerate),
        }
        Ok(true)
    }

    /// Saves this member's pre-rating of the indicator at `pos` (keeping its comment),
    /// then reads out the next one they have not pre-rated.
    fn prerate(
        &mut self,
        store: &mut Store,
        pos: usize,
        choice: Choice,
        out: &mut Lines,
    ) -> Result<()> {
        let id = self.id_at(pos);
        let key = self.assessment.rubric.choice_key(choice).to_string();
        let comment = match self.drafts.get(&id) {
            Some(draft) => draft.clone(),
            None => self
                .own(store)?
                .into_iter()
                .find(|p| p.indicator == id)
                .map(|p| p.comment)
                .unwrap_or_default(),
        };
        match prerate(store, &self.live.id, &self.name, &id, &key, &comment) {
            Ok(()) => {
                self.drafts.remove(&id);
            }
            // Closed meanwhile: said here, and the next look at the session tells
            // that the room meets.
            Err(Error::Input(why)) => {
                out.say(t!("plain-prerate-not-saved", why = why));
                return Ok(());
            }
            Err(e) => return Err(e),
        }
        let own = self.own(store)?;
        out.say(t!(
            "plain-prerate-saved",
            id = &id,
            label = self.key_label(&key),
            done = own.len(),
            total = self.total()
        ));
        match self.not_prerated_from(&own, pos + 1) {
            Some(next) => self.go(store, next, out),
            None => {
                out.say(t!("plain-prerate-all"));
                Ok(())
            }
        }
    }

    /// This member's own pre-ratings, one a line, in rubric order.
    fn say_own(&self, store: &Store, out: &mut Lines) -> Result<()> {
        let own = self.own(store)?;
        if own.is_empty() {
            out.say(t!("plain-prerate-mine-none"));
            return Ok(());
        }
        out.say(t!(
            "plain-prerate-mine-head",
            done = own.len(),
            total = self.total()
        ));
        for indicator in self.order() {
            if let Some(p) = own.iter().find(|p| p.indicator == indicator) {
                out.say(t!(
                    "plain-prerate-mine-line",
                    id = &p.indicator,
                    label = self.key_label(&p.level)
                ));
                out.para(
                    &lead(t!("plain-prerate-your-comment", id = &p.indicator)),
                    &p.comment,
                );
            }
        }
        Ok(())
    }
}

/// A pre-rating through the operations layer (`ops::session::prerate`), its refusal
/// as the error plain mode reads out.
fn prerate(
    store: &mut crate::store::Store,
    session_id: &str,
    member: &str,
    indicator: &str,
    level: &str,
    comment: &str,
) -> crate::error::Result<()> {
    crate::ops::session::prerate(store, session_id, member, &[(indicator, level)], comment)?;
    Ok(())
}
