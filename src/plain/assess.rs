//! Assessing in plain mode: hear an indicator, rate it by number, write its note and
//! evidence, move on, hear the figures. Saves go through the same versioned save as
//! the screens (`Store::save_entry`), based on what was last read out, so someone
//! else's newer change is announced and never overwritten unseen.

use super::output::{self, Lines, count};
use super::words::Cmd;
use crate::assessment::{Assessment, Entry};
use crate::error::Result;
use crate::rubric::Choice;
use crate::store::{Base, Edit, Saved, Store};
use crate::text::{Shape, checked};

/// What the flow asks of the engine after a command.
pub enum Next {
    Stay,
    Home,
    Quit,
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
        };
        let m = &view.assessment.meta;
        out.say(format!(
            "Opened {}, {}, {} version {}: {} of {} indicators rated.",
            m.school,
            m.date,
            crate::rubric::shown(&view.assessment.rubric).title,
            view.assessment.rubric.version,
            view.rated(),
            view.assessment.rubric.indicator_count()
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
        out.say(format!(
            "Type a number to rate {}, na for N/A, next, unrated, or help.",
            self.id()
        ));
        Ok(())
    }

    /// The rating, note and evidence of the current indicator.
    fn say_entry(&self, out: &mut Lines) {
        let id = self.id();
        let entry = self.entry();
        out.say(match entry.choice {
            None => format!("{id} is not rated yet."),
            Some(c) => format!("{id} is rated {}.", self.label(Some(c))),
        });
        if entry.note.is_empty() {
            out.say(format!("{id} has no note."));
        } else {
            out.para(&format!("Note on {id}: "), &entry.note);
        }
        say_evidence(out, &id, &entry.evidence);
    }

    /// A choice as heard: "Developing, level 3" or "N/A".
    fn label(&self, choice: Option<Choice>) -> String {
        let rubric = &crate::rubric::shown(&self.assessment.rubric);
        match choice {
            Some(Choice::Level(l)) => format!("{}, level {}", rubric.choice_label(choice), l + 1),
            _ => rubric.choice_label(choice).to_string(),
        }
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
            .unwrap_or_else(|| "someone".to_string());
        let mut parts = Vec::new();
        if now.choice != self.shown.choice {
            parts.push(format!("rating now {}", self.label(now.choice)));
        }
        if now.note != self.shown.note {
            parts.push("note changed".to_string());
        }
        if now.evidence != self.shown.evidence {
            parts.push(format!(
                "evidence now {}",
                count(now.evidence.len(), "item", "items")
            ));
        }
        out.say(format!(
            "Changed by {who}: {id}, {}. Type read to hear it.",
            parts.join(", ")
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
        );
        if writes && self.read_only {
            out.say("This login is read only: nothing can be changed.");
            return Ok(Next::Stay);
        }
        match cmd {
            Cmd::Number(n) if (1..=levels).contains(&n) => {
                self.rate(store, actor, Some(Choice::Level(n - 1)), out)?
            }
            Cmd::Number(_) => out.say(format!(
                "This rubric has {levels} levels: type 1 to {levels}, or na for N/A."
            )),
            Cmd::Na => self.rate(store, actor, Some(Choice::NotApplicable), out)?,
            Cmd::Clear => self.rate(store, actor, None, out)?,
            Cmd::Note(None) => {
                let note = self.entry().note;
                if note.is_empty() {
                    out.say(format!(
                        "{id} has no note. Type note and then the text to write one."
                    ));
                } else {
                    out.para(&format!("Note on {id}: "), &note);
                }
            }
            Cmd::Note(Some(text)) => match checked(text, Shape::Text, "The note") {
                Ok(note) => {
                    let edit = Edit {
                        note: Some(note),
                        ..Edit::default()
                    };
                    self.save(store, actor, &edit, out)?;
                }
                Err(why) => out.say(format!("Not saved: {why}.")),
            },
            Cmd::Evidence(None) => say_evidence(out, &id, &self.entry().evidence),
            Cmd::Evidence(Some(text)) => match checked(text, Shape::Text, "The evidence") {
                Ok(item) => {
                    let mut evidence = self.shown.evidence.clone();
                    evidence.push(item);
                    let edit = Edit {
                        evidence: Some(evidence),
                        ..Edit::default()
                    };
                    self.save(store, actor, &edit, out)?;
                }
                Err(why) => out.say(format!("Not saved: {why}.")),
            },
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
                    _ => out.say(format!(
                        "{id} has {}: type remove and its number, from 1.",
                        count(evidence.len(), "evidence item", "evidence items")
                    )),
                }
            }
            Cmd::Next => self.go(store, self.pos + 1, out)?,
            Cmd::Previous => match self.pos.checked_sub(1) {
                Some(p) => self.go(store, p, out)?,
                None => out.say(format!("{id} is the first indicator.")),
            },
            Cmd::Unrated => {
                self.assessment = store.load(&self.assessment.meta.id)?;
                let n = self.assessment.entries.len();
                match (1..=n)
                    .map(|k| (self.pos + k) % n)
                    .find(|&i| self.assessment.entries[i].choice.is_none())
                {
                    Some(p) => self.go(store, p, out)?,
                    None => out.say("Every indicator is rated. Type summary for the figures."),
                }
            }
            Cmd::Go(target) => match self.assessment.rubric.indicator_index(target.trim()) {
                Some(p) => self.go(store, p, out)?,
                None => out.say(format!(
                    "There is no indicator {target}; type go and an indicator id such as {id}."
                )),
            },
            Cmd::Read => self.hear(store, out)?,
            Cmd::Summary => self.summary(store, out)?,
            Cmd::Back | Cmd::List => return Ok(Next::Home),
            Cmd::Quit => return Ok(Next::Quit),
            Cmd::Help => help(out),
            Cmd::Empty => {}
            other => super::unknown(out, &other, "an assessment"),
        }
        Ok(Next::Stay)
    }

    fn go(&mut self, store: &Store, pos: usize, out: &mut Lines) -> Result<()> {
        if pos >= self.assessment.rubric.indicator_count() {
            out.say(format!(
                "{} is the last indicator. Type unrated for the next unrated one, or summary.",
                self.id()
            ));
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
        match store.save_entry(&assessment_id, &id, Base::Parts(self.base), edit, actor)? {
            Saved::Written { version, after, .. } => {
                self.assessment = store.load(&assessment_id)?;
                self.base = version;
                self.shown = self.entry();
                let what = if edit.level.is_some() {
                    match &after.level {
                        Some(k) => format!("{id} rated {}", self.key_label(Some(k))),
                        None => format!("{id} rating cleared"),
                    }
                } else if edit.note.is_some() {
                    format!("note on {id}")
                } else {
                    format!(
                        "evidence on {id}, now {}",
                        count(after.evidence.len(), "item", "items")
                    )
                };
                let rated = self.rated();
                let total = self.assessment.rubric.indicator_count();
                out.say(format!(
                    "Saved: {what}. {rated} of {total} indicators rated."
                ));
            }
            Saved::Unchanged { .. } => out.say(match &edit.level {
                Some(key) => format!(
                    "{id} is already {}; nothing changed.",
                    match key {
                        Some(k) => format!("rated {}", self.key_label(Some(k))),
                        None => "unrated".to_string(),
                    }
                ),
                None if edit.note.is_some() => {
                    format!("The note on {id} already reads so; nothing changed.")
                }
                None => format!("The evidence on {id} already is so; nothing changed."),
            }),
            Saved::Conflict(c) => {
                self.assessment = store.load(&assessment_id)?;
                self.base = c.version;
                self.shown = self.entry();
                out.say(format!(
                    "Not saved: {} changed {id} at {} after you heard it ({}).",
                    c.actor,
                    output::time(&c.at),
                    count(c.changes, "change", "changes")
                ));
                if edit.level.is_some() {
                    out.say(format!(
                        "{id} is now rated {}.",
                        self.key_label(c.now.level.as_deref())
                    ));
                }
                if edit.note.is_some() {
                    if c.now.note.is_empty() {
                        out.say(format!("The note on {id} is now empty."));
                    } else {
                        out.para(&format!("Their note on {id}: "), &c.now.note);
                    }
                }
                if edit.evidence.is_some() {
                    say_evidence(out, &id, &c.now.evidence);
                }
                out.say(format!(
                    "Yours is not saved. Type it again to replace theirs, or read to hear {id} as it is now."
                ));
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
        out.say(format!("{id} has no evidence."));
        return;
    }
    out.say(format!(
        "Evidence on {id}, {}:",
        count(evidence.len(), "item", "items")
    ));
    for (n, item) in evidence.iter().enumerate() {
        out.para(&format!("Evidence {} on {id}: ", n + 1), item);
    }
}

/// What can be typed on an assessment.
pub fn help(out: &mut Lines) {
    out.say("On an assessment you can type:");
    out.say("a level number, such as 3: rate this indicator at that level.");
    out.say("na: not applicable here. clear: take the rating away.");
    out.say("note and then text: write the note, replacing it. note alone: hear the note.");
    out.say("evidence and then text: add an evidence item. evidence alone: hear the evidence. remove and a number: take that item away.");
    out.say("next, previous, unrated: go to the next, previous, or next unrated indicator. go and an id, such as go pl-4: go there.");
    out.say("read: hear this indicator again. summary: the figures.");
    out.say("back: the list of assessments. quit: leave Touchstone. help: this list.");
}
