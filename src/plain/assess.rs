//! Assessing in plain mode: hear an indicator, rate it by number, write its note and
//! evidence, move on, hear the figures. Saves go through the same versioned save as
//! the screens (`Store::save_entry`), based on what was last read out, so someone
//! else's newer change is announced and never overwritten unseen.

use super::output::{self, Lines, lead};
use super::words::Cmd;
use crate::assessment::{Assessment, Entry};
use crate::error::{Error, Result};
use crate::rubric::Choice;
use crate::store::{Base, Edit, EntryState, Saved, Store};
use crate::t;
use crate::text::{Shape, checked};

/// What the flow asks of the engine after a command.
pub enum Next {
    Stay,
    Home,
    Quit,
}

/// One change of this person's own, which `undo` puts back and `redo` makes again
/// (as the screens' undo: exactly that change, refused over a newer one).
struct Step {
    pos: usize,
    id: String,
    /// The parts the change set.
    edit: Edit,
    before: EntryState,
    after: EntryState,
    /// The indicator's version right after the change (or its undo).
    version: i64,
}

/// A change that asks first, waiting for `yes`.
enum Pending {
    /// `clear` on a rated indicator.
    Clear { pos: usize, base: i64 },
    /// `note TEXT` over a note already there.
    Note { pos: usize, base: i64, text: String },
}

pub struct AssessView {
    pub assessment: Assessment,
    pos: usize,
    /// The assessment's version when the current indicator was last read out (or a
    /// conflict was told): saves are based on it.
    base: i64,
    /// The current indicator as last read out or announced.
    shown: Entry,
    read_only: bool,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// A change asked about, done on `yes`.
    pending: Option<Pending>,
}

impl AssessView {
    /// Opens an assessment at its first unrated indicator and reads it out.
    pub fn open(store: &Store, id: &str, read_only: bool, out: &mut Lines) -> Result<AssessView> {
        let assessment = store.load(id)?;
        let pos = assessment
            .entries
            .iter()
            .position(|e| e.choice.is_none())
            .unwrap_or(0);
        let mut view = AssessView {
            shown: assessment.entries.get(pos).cloned().unwrap_or_default(),
            assessment,
            pos,
            base: 0,
            read_only,
            undo: Vec::new(),
            redo: Vec::new(),
            pending: None,
        };
        let m = &view.assessment.meta;
        out.say(t!(
            "plain-opened",
            school = &m.school,
            date = m.date.to_string(),
            rubric = &crate::rubric::shown(&view.assessment.rubric).title,
            version = &view.assessment.rubric.version,
            rated = view.rated(),
            total = view.assessment.rubric.indicator_count()
        ));
        view.hear(store, out)?;
        Ok(view)
    }

    fn rated(&self) -> usize {
        self.assessment
            .entries
            .iter()
            .filter(|e| e.choice.is_some())
            .count()
    }

    fn id(&self) -> String {
        output::locate(&self.assessment.rubric, self.pos)
            .map(|(_, _, _, i)| i.id.clone())
            .unwrap_or_default()
    }

    fn entry(&self) -> Entry {
        self.assessment
            .entries
            .get(self.pos)
            .cloned()
            .unwrap_or_default()
    }

    /// Re-reads the assessment and reads the current indicator out in full; saves are
    /// then based on what was just heard.
    pub fn hear(&mut self, store: &Store, out: &mut Lines) -> Result<()> {
        let version = store.version(&self.assessment.meta.id)?;
        self.assessment = store.load(&self.assessment.meta.id)?;
        self.base = version;
        self.shown = self.entry();
        output::indicator(
            out,
            &crate::rubric::shown(&self.assessment.rubric),
            self.pos,
        );
        self.say_entry(out);
        out.say(t!("plain-rate-prompt", id = self.id()));
        Ok(())
    }

    /// The rating, note and evidence of the current indicator.
    fn say_entry(&self, out: &mut Lines) {
        let id = self.id();
        let entry = self.entry();
        out.say(match entry.choice {
            None => t!("plain-not-rated", id = &id),
            Some(c) => t!("plain-rated", id = &id, label = self.label(Some(c))),
        });
        if entry.note.is_empty() {
            out.say(t!("plain-no-note", id = &id));
        } else {
            out.para(&lead(t!("plain-note-on", id = &id)), &entry.note);
        }
        say_evidence(out, &id, &entry.evidence);
    }

    /// A choice as heard: "Developing, level 3" or "N/A".
    fn label(&self, choice: Option<Choice>) -> String {
        choice_label(&crate::rubric::shown(&self.assessment.rubric), choice)
    }

    fn key_label(&self, key: Option<&str>) -> String {
        let choice = key.and_then(|k| self.assessment.rubric.parse_choice(k));
        match (key, choice) {
            (Some(k), None) => k.to_string(),
            _ => self.label(choice),
        }
    }

    /// Someone else changed the assessment: re-read it, and say so in one line when
    /// the indicator being worked on changed.
    pub fn refresh(&mut self, store: &Store, out: &mut Lines) -> Result<()> {
        self.assessment = store.load(&self.assessment.meta.id)?;
        let now = self.entry();
        if now == self.shown {
            return Ok(());
        }
        let id = self.id();
        let who = store
            .indicator_history(&self.assessment.meta.id, &id)?
            .last()
            .map(|h| h.actor.clone())
            .unwrap_or_else(|| t!("plain-someone"));
        let mut parts = Vec::new();
        if now.choice != self.shown.choice {
            parts.push(t!("plain-change-rating", label = self.label(now.choice)));
        }
        if now.note != self.shown.note {
            parts.push(t!("plain-change-note"));
        }
        if now.evidence != self.shown.evidence {
            parts.push(t!("plain-change-evidence", count = now.evidence.len()));
        }
        out.say(t!(
            "plain-changed-by",
            who = who,
            id = &id,
            changes = parts.join(", ")
        ));
        self.shown = now;
        Ok(())
    }

    pub fn handle(
        &mut self,
        store: &mut Store,
        actor: &str,
        cmd: Cmd,
        out: &mut Lines,
    ) -> Result<Next> {
        // A question asked first: `yes` does it, anything else keeps what is there
        // (and a command typed instead runs as well).
        if let Some(pending) = self.pending.take() {
            match cmd {
                Cmd::Yes => {
                    self.confirmed(store, actor, pending, out)?;
                    return Ok(Next::Stay);
                }
                Cmd::No | Cmd::Empty => {
                    self.kept(pending, out);
                    return Ok(Next::Stay);
                }
                _ => self.kept(pending, out),
            }
        }
        let levels = self.assessment.rubric.levels.len();
        let id = self.id();
        let writes = matches!(
            cmd,
            Cmd::Number(_)
                | Cmd::Na
                | Cmd::Clear
                | Cmd::Note(Some(_))
                | Cmd::Evidence(Some(_))
                | Cmd::Remove(_)
                | Cmd::Undo
                | Cmd::Redo
        );
        if writes && self.read_only {
            out.say(t!("plain-read-only-change"));
            return Ok(Next::Stay);
        }
        match cmd {
            Cmd::Number(n) if (1..=levels).contains(&n) => {
                self.rate(store, actor, Some(Choice::Level(n - 1)), out)?
            }
            Cmd::Number(_) => out.say(t!("plain-levels-range", levels = levels)),
            Cmd::Na => self.rate(store, actor, Some(Choice::NotApplicable), out)?,
            Cmd::Clear => match self.entry().choice {
                // Nothing to lose: said as already unrated.
                None => self.rate(store, actor, None, out)?,
                Some(c) => {
                    out.say(t!("plain-clear-ask", id = &id, label = self.label(Some(c))));
                    // The question says the rating as it is now: `yes` is based on it.
                    let base = store.version(&self.assessment.meta.id)?;
                    self.pending = Some(Pending::Clear {
                        pos: self.pos,
                        base,
                    });
                }
            },
            Cmd::Undo => self.replay(store, actor, true, out)?,
            Cmd::Redo => self.replay(store, actor, false, out)?,
            Cmd::Note(None) => {
                let note = self.entry().note;
                if note.is_empty() {
                    out.say(t!("plain-no-note-hint", id = &id));
                } else {
                    out.para(&lead(t!("plain-note-on", id = &id)), &note);
                }
            }
            Cmd::Note(Some(text)) => match checked(text, Shape::Text, &t!("plain-the-note")) {
                Ok(note) => {
                    let there = self.entry().note;
                    if there.is_empty() || there == note {
                        self.save_note(store, actor, note, out)?;
                    } else {
                        // Replacing a note asks first, and says what would be lost.
                        out.para(&lead(t!("plain-note-replace-there", id = &id)), &there);
                        out.say(t!("plain-note-replace-ask", id = &id));
                        // The note there was just read out: `yes` is based on it, and
                        // a change made after the question is still refused.
                        let base = store.version(&self.assessment.meta.id)?;
                        self.pending = Some(Pending::Note {
                            pos: self.pos,
                            base,
                            text: note,
                        });
                    }
                }
                Err(why) => out.say(t!("plain-not-saved", why = why)),
            },
            Cmd::Evidence(None) => say_evidence(out, &id, &self.entry().evidence),
            Cmd::Evidence(Some(text)) => {
                match checked(text, Shape::Text, &t!("plain-the-evidence")) {
                    Ok(item) => {
                        let mut evidence = self.shown.evidence.clone();
                        evidence.push(item);
                        let edit = Edit {
                            evidence: Some(evidence),
                            ..Edit::default()
                        };
                        self.save(store, actor, &edit, out)?;
                    }
                    Err(why) => out.say(t!("plain-not-saved", why = why)),
                }
            }
            Cmd::Remove(which) => {
                let evidence = self.shown.evidence.clone();
                match which.parse::<usize>() {
                    Ok(n) if (1..=evidence.len()).contains(&n) => {
                        let mut evidence = evidence;
                        evidence.remove(n - 1);
                        let edit = Edit {
                            evidence: Some(evidence),
                            ..Edit::default()
                        };
                        self.save(store, actor, &edit, out)?;
                    }
                    _ => out.say(t!("plain-remove-hint", id = &id, count = evidence.len())),
                }
            }
            Cmd::Next => self.go(store, self.pos + 1, out)?,
            Cmd::Previous => match self.pos.checked_sub(1) {
                Some(p) => self.go(store, p, out)?,
                None => out.say(t!("plain-first", id = &id)),
            },
            Cmd::Unrated => {
                self.assessment = store.load(&self.assessment.meta.id)?;
                let n = self.assessment.entries.len();
                match (1..=n)
                    .map(|k| (self.pos + k) % n)
                    .find(|&i| self.assessment.entries[i].choice.is_none())
                {
                    Some(p) => self.go(store, p, out)?,
                    None => out.say(t!("plain-all-rated-hint")),
                }
            }
            Cmd::Go(target) => match self.assessment.rubric.indicator_index(target.trim()) {
                Some(p) => self.go(store, p, out)?,
                None => out.say(super::no_such_indicator(
                    &self.assessment.rubric,
                    target,
                    &id,
                )),
            },
            Cmd::Read => self.hear(store, out)?,
            Cmd::Summary => self.summary(store, out)?,
            Cmd::Back | Cmd::List => return Ok(Next::Home),
            Cmd::Quit => return Ok(Next::Quit),
            Cmd::Help => help(out),
            Cmd::Empty => {}
            other => super::unknown(out, &other, super::Place::Assess),
        }
        Ok(Next::Stay)
    }

    fn save_note(
        &mut self,
        store: &mut Store,
        actor: &str,
        note: String,
        out: &mut Lines,
    ) -> Result<()> {
        let edit = Edit {
            note: Some(note),
            ..Edit::default()
        };
        self.save(store, actor, &edit, out)
    }

    /// `yes` to a question asked first.
    fn confirmed(
        &mut self,
        store: &mut Store,
        actor: &str,
        pending: Pending,
        out: &mut Lines,
    ) -> Result<()> {
        match pending {
            // The question was about the indicator heard then; moving cancels it, so
            // the place is the same.
            Pending::Clear { pos, base } if pos == self.pos => {
                self.base = base;
                self.rate(store, actor, None, out)
            }
            Pending::Note { pos, base, text } if pos == self.pos => {
                self.base = base;
                self.save_note(store, actor, text, out)
            }
            other => {
                self.kept(other, out);
                Ok(())
            }
        }
    }

    /// Anything but `yes` to a question asked first.
    fn kept(&self, pending: Pending, out: &mut Lines) {
        let id = self.id();
        out.say(match pending {
            Pending::Clear { .. } => t!(
                "plain-clear-kept",
                id = &id,
                label = self.label(self.entry().choice)
            ),
            Pending::Note { .. } => t!("plain-note-kept", id = &id),
        });
    }

    /// Puts back the state before (undo) or after (redo) the last change of one's own,
    /// refused when anything about that indicator changed after it.
    fn replay(
        &mut self,
        store: &mut Store,
        actor: &str,
        undo: bool,
        out: &mut Lines,
    ) -> Result<()> {
        let popped = if undo {
            self.undo.pop()
        } else {
            self.redo.pop()
        };
        let Some(step) = popped else {
            out.say(if undo {
                t!("plain-undo-nothing")
            } else {
                t!("plain-redo-nothing")
            });
            return Ok(());
        };
        let target = if undo { &step.before } else { &step.after };
        let edit = step.edit.from_state(target);
        let assessment_id = self.assessment.meta.id.clone();
        let saved = store.save_entry(
            &assessment_id,
            &step.id,
            Base::Indicator(step.version),
            &edit,
            actor,
        );
        let version = match saved {
            Ok(Saved::Written { version, .. } | Saved::Unchanged { version }) => version,
            Ok(Saved::Conflict(c)) => {
                let (id, at) = (step.id.clone(), output::time(&c.at));
                if undo {
                    self.undo.push(step);
                } else {
                    self.redo.push(step);
                }
                out.say(if undo {
                    t!("plain-undo-refused", who = &c.actor, id = &id, at = at)
                } else {
                    t!("plain-redo-refused", who = &c.actor, id = &id, at = at)
                });
                return Ok(());
            }
            Err(Error::Submitted(_)) => {
                let id = step.id.clone();
                if undo {
                    self.undo.push(step);
                } else {
                    self.redo.push(step);
                }
                out.say(t!("plain-submitted", id = &id));
                return Ok(());
            }
            Err(e) => {
                if undo {
                    self.undo.push(step);
                } else {
                    self.redo.push(step);
                }
                return Err(e);
            }
        };
        // The next step of this indicator on the same stack now meets the indicator
        // as it left it.
        let rest = if undo { &mut self.undo } else { &mut self.redo };
        if let Some(next) = rest.iter_mut().rev().find(|s| s.id == step.id) {
            next.version = version;
        }
        // Back on the indicator the change was on, based on what it is now.
        self.pos = step.pos;
        self.assessment = store.load(&assessment_id)?;
        self.base = store.version(&assessment_id)?;
        self.shown = self.entry();
        let what = match (&edit.level, edit.note.is_some() || edit.evidence.is_some()) {
            (Some(level), false) => t!(
                "plain-undo-rating",
                id = &step.id,
                label = self.key_label(level.as_deref())
            ),
            _ => t!("plain-undo-parts", parts = edit.parts(), id = &step.id),
        };
        let (rated, total) = (self.rated(), self.assessment.rubric.indicator_count());
        out.say(if undo {
            t!("plain-undone", what = what, rated = rated, total = total)
        } else {
            t!("plain-redone", what = what, rated = rated, total = total)
        });
        let step = Step { version, ..step };
        if undo {
            self.redo.push(step);
        } else {
            self.undo.push(step);
        }
        Ok(())
    }

    fn go(&mut self, store: &Store, pos: usize, out: &mut Lines) -> Result<()> {
        if pos >= self.assessment.rubric.indicator_count() {
            out.say(t!("plain-last", id = self.id()));
            return Ok(());
        }
        self.pos = pos;
        self.hear(store, out)
    }

    fn rate(
        &mut self,
        store: &mut Store,
        actor: &str,
        choice: Option<Choice>,
        out: &mut Lines,
    ) -> Result<()> {
        let edit = Edit {
            level: Some(choice.map(|c| self.assessment.rubric.choice_key(c).to_string())),
            ..Edit::default()
        };
        self.save(store, actor, &edit, out)
    }

    /// One versioned save, and what came of it in words.
    fn save(&mut self, store: &mut Store, actor: &str, edit: &Edit, out: &mut Lines) -> Result<()> {
        let id = self.id();
        let assessment_id = self.assessment.meta.id.clone();
        let saved = match store.save_entry(&assessment_id, &id, Base::Parts(self.base), edit, actor)
        {
            Err(Error::Submitted(s)) => {
                self.assessment = store.load(&assessment_id)?;
                self.shown = self.entry();
                out.say(match (&s.by, &s.at) {
                    (Some(who), Some(at)) => t!(
                        "plain-submitted-by",
                        id = &id,
                        who = who,
                        at = output::time(at)
                    ),
                    _ => t!("plain-submitted", id = &id),
                });
                return Ok(());
            }
            other => other?,
        };
        match saved {
            Saved::Written {
                version,
                before,
                after,
            } => {
                self.undo.push(Step {
                    pos: self.pos,
                    id: id.clone(),
                    edit: edit.clone(),
                    before,
                    after: after.clone(),
                    version,
                });
                self.redo.clear();
                self.assessment = store.load(&assessment_id)?;
                self.base = version;
                self.shown = self.entry();
                let rated = self.rated();
                let total = self.assessment.rubric.indicator_count();
                out.say(if edit.level.is_some() {
                    match &after.level {
                        Some(k) => t!(
                            "plain-saved-rated",
                            id = &id,
                            label = self.key_label(Some(k)),
                            rated = rated,
                            total = total
                        ),
                        None => t!(
                            "plain-saved-cleared",
                            id = &id,
                            rated = rated,
                            total = total
                        ),
                    }
                } else if edit.note.is_some() {
                    t!("plain-saved-note", id = &id, rated = rated, total = total)
                } else {
                    t!(
                        "plain-saved-evidence",
                        id = &id,
                        count = after.evidence.len(),
                        rated = rated,
                        total = total
                    )
                });
            }
            Saved::Unchanged { .. } => out.say(match &edit.level {
                Some(Some(k)) => t!(
                    "plain-unchanged-rated",
                    id = &id,
                    label = self.key_label(Some(k))
                ),
                Some(None) => t!("plain-unchanged-unrated", id = &id),
                None if edit.note.is_some() => t!("plain-unchanged-note", id = &id),
                None => t!("plain-unchanged-evidence", id = &id),
            }),
            Saved::Conflict(c) => {
                self.assessment = store.load(&assessment_id)?;
                self.base = c.version;
                self.shown = self.entry();
                out.say(t!(
                    "plain-conflict",
                    who = &c.actor,
                    id = &id,
                    at = output::time(&c.at),
                    count = c.changes
                ));
                if edit.level.is_some() {
                    out.say(t!(
                        "plain-conflict-rated",
                        id = &id,
                        label = self.key_label(c.now.level.as_deref())
                    ));
                }
                if edit.note.is_some() {
                    if c.now.note.is_empty() {
                        out.say(t!("plain-conflict-note-empty", id = &id));
                    } else {
                        out.para(
                            &lead(t!("plain-conflict-their-note", id = &id)),
                            &c.now.note,
                        );
                    }
                }
                if edit.evidence.is_some() {
                    say_evidence(out, &id, &c.now.evidence);
                }
                out.say(t!("plain-conflict-yours", id = &id));
            }
        }
        Ok(())
    }

    /// The figures, re-read first.
    fn summary(&mut self, store: &Store, out: &mut Lines) -> Result<()> {
        self.assessment = store.load(&self.assessment.meta.id)?;
        super::summary::say(out, &self.assessment);
        Ok(())
    }
}

fn say_evidence(out: &mut Lines, id: &str, evidence: &[String]) {
    if evidence.is_empty() {
        out.say(t!("plain-no-evidence", id = id));
        return;
    }
    out.say(t!(
        "plain-evidence-heading",
        id = id,
        count = evidence.len()
    ));
    for (n, item) in evidence.iter().enumerate() {
        out.para(
            &lead(t!("plain-evidence-item", number = n + 1, id = id)),
            item,
        );
    }
}

/// A choice as heard: "Developing, level 3", "N/A" or "Unrated".
pub fn choice_label(rubric: &crate::rubric::Rubric, choice: Option<Choice>) -> String {
    match choice {
        Some(Choice::Level(l)) => t!(
            "plain-choice-level",
            label = rubric.choice_label(choice),
            number = l + 1
        ),
        Some(Choice::NotApplicable) => rubric.choice_label(choice).to_string(),
        None => t!("plain-choice-unrated"),
    }
}

/// What can be typed on an assessment.
pub fn help(out: &mut Lines) {
    out.say(t!("plain-help-assess"));
    out.say(t!("plain-help-assess-rate"));
    out.say(t!("plain-help-assess-na"));
    out.say(t!("plain-help-assess-note"));
    out.say(t!("plain-help-assess-evidence"));
    out.say(t!("plain-help-assess-undo"));
    out.say(t!("plain-help-assess-move"));
    out.say(t!("plain-help-assess-read"));
    out.say(t!("plain-help-assess-lead"));
    out.say(t!("plain-help-assess-back"));
    out.say(t!("plain-help-lang"));
}
