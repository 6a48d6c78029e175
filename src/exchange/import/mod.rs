//! Reads an exported assessment (DESIGN §7) and checks all of it against its rubric
//! before anything is written. Every problem is reported at its place in the file.

use super::{FORMAT, FORMAT_VERSION};
use crate::assessment::{Action, ActionStatus, Assessment, Entry, Meta, Status, now};
use crate::diag::{Diagnostic, Source};
use crate::rubric::{Rubric, Snapshot};
use crate::session::record::{self, SessionRecord};
use crate::t;
use crate::text::{Shape, accept};
use jiff::civil::Date;
use std::collections::HashSet;
use std::ops::Range;
use toml::Spanned;
use toml::value::Datetime;

mod raw;
mod sessions;

use raw::*;
use sessions::level_keys;

/// Finds the rubric (model and text) an assessment names by id and version.
pub type Resolver<'a> = dyn Fn(&str, &str) -> Option<Snapshot> + 'a;

/// Parses and validates one exported assessment. `name` is what diagnostics call the
/// file; `resolve` finds the rubric it was scored on. Lists whose order means nothing
/// (participants, votes, sessions) come back in the order the store keeps them.
pub fn parse_assessment(
    name: &str,
    text: &str,
    resolve: &Resolver,
) -> Result<Assessment, Vec<Diagnostic>> {
    parse_located(name, text, resolve).map(|(a, _)| a)
}

/// Where a session id stands in its file: checks that need other files or the
/// database (a session belongs to one assessment) report there.
#[derive(Debug, Clone)]
pub struct SessionPlace {
    pub id: String,
    pub at: Diagnostic,
}

impl SessionPlace {
    pub fn problem(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            ..self.at.clone()
        }
    }
}

/// `parse_assessment`, also giving the place of each session id.
pub fn parse_located(
    name: &str,
    text: &str,
    resolve: &Resolver,
) -> Result<(Assessment, Vec<SessionPlace>), Vec<Diagnostic>> {
    let src = Source::new(name, text);
    // One parse: the header is checked on its own (a second parse) only when the file
    // does not read or names another format, so those messages stay the same.
    let raw: RawFile = match toml::from_str::<RawFile>(text) {
        Ok(raw) if raw.format == FORMAT && raw.format_version == FORMAT_VERSION => raw,
        Ok(_) => {
            src.check_format(FORMAT, FORMAT_VERSION)?;
            return Err(vec![src.at(0..0, t!("report-import-format-header"))]);
        }
        Err(e) => {
            src.check_format(FORMAT, FORMAT_VERSION)?;
            return Err(vec![src.toml_error(&e)]);
        }
    };
    let mut check = Checker {
        src: &src,
        problems: Vec::new(),
        sessions: Vec::new(),
    };
    let assessment = check.file(raw, resolve);
    match assessment {
        Some(a) if check.problems.is_empty() => Ok((a, check.sessions)),
        _ => {
            check.problems.sort_by_key(|d| (d.line, d.col));
            Err(check.problems)
        }
    }
}

struct Checker<'a> {
    src: &'a Source<'a>,
    problems: Vec<Diagnostic>,
    /// The session ids seen so far, where they are.
    sessions: Vec<SessionPlace>,
}

impl Checker<'_> {
    fn problem(&mut self, span: Range<usize>, msg: impl Into<String>) {
        self.problems.push(self.src.at(span, msg));
    }

    /// Text from the file, through the one text policy (`text::accept`): refused
    /// characters are reported at the value; what is kept is its normal form, so the
    /// file's text and the command line's agree.
    fn text(
        &mut self,
        value: &Spanned<String>,
        what: &str,
        multiline: bool,
        required: bool,
    ) -> String {
        let shape = if multiline { Shape::Text } else { Shape::Line };
        match accept(value.get_ref(), shape) {
            Ok(s) if required && s.is_empty() => {
                self.problem(value.span(), t!("report-import-empty", what = what));
                s
            }
            Ok(s) => s,
            Err(why) => {
                self.problem(
                    value.span(),
                    crate::t!("errors-text-refused", what = what, why = why.to_string()),
                );
                String::new()
            }
        }
    }

    fn date(&mut self, value: &Spanned<Datetime>, what: &str) -> Option<Date> {
        let dt = value.get_ref();
        let parsed = match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => Date::new(d.year as i16, d.month as i8, d.day as i8).ok(),
            _ => None,
        };
        if parsed.is_none() {
            self.problem(
                value.span(),
                t!(
                    "report-import-not-a-date",
                    what = what,
                    found = dt.to_string()
                ),
            );
        }
        parsed
    }

    fn file(&mut self, raw: RawFile, resolve: &Resolver) -> Option<Assessment> {
        let m = &raw.assessment;
        let rubric_ref = m.rubric.get_ref();
        let found = resolve(&rubric_ref.id, &rubric_ref.version);
        if found.is_none() {
            self.problem(
                m.rubric.span(),
                t!(
                    "report-import-rubric-missing",
                    rubric = &rubric_ref.id,
                    version = &rubric_ref.version
                ),
            );
        }
        let meta = self.meta(m);
        let (rubric, rubric_text) = found?;
        let entries = self.entries(&raw.standards, &rubric);
        let actions = self.actions(&raw.actions, &rubric);
        let mut sessions: Vec<SessionRecord> = raw
            .session
            .iter()
            .filter_map(|s| self.session(s, &rubric))
            .collect();
        record::canonical(&mut sessions);
        let (outcomes, mut problems) = crate::outcomes::exchange::read(self.src, &raw.outcomes);
        self.problems.append(&mut problems);
        Some(Assessment {
            outcomes,
            meta: meta?,
            rubric,
            rubric_text,
            entries,
            actions,
            sessions,
        })
    }

    fn meta(&mut self, m: &RawMeta) -> Option<Meta> {
        let id = match uuid::Uuid::parse_str(m.id.get_ref()) {
            Ok(u) => Some(u.hyphenated().to_string()),
            Err(_) => {
                self.problem(
                    m.id.span(),
                    t!(
                        "report-import-not-a-uuid",
                        id = format!("{:?}", m.id.get_ref())
                    ),
                );
                None
            }
        };
        let school = self.text(&m.school, "school", false, true);
        let district = m
            .district
            .as_ref()
            .map(|d| self.text(d, "district", false, false))
            .filter(|d| !d.is_empty());
        let school_code = match &m.school_code {
            None => Some(None),
            Some(code) => match crate::schools::check_code(code.get_ref()) {
                Ok(code) => Some(Some(code)),
                Err(why) => {
                    self.problem(code.span(), why);
                    None
                }
            },
        };
        let date = self.date(&m.date, "date").and_then(|d| {
            crate::assessment::plausible_date(d)
                .map_err(|why| self.problem(m.date.span(), format!("date: {why}")))
                .ok()
        });
        let team = m
            .team
            .iter()
            .map(|t| self.text(t, "team member", false, true))
            .collect();
        let facilitator = m
            .facilitator
            .as_ref()
            .map(|f| self.text(f, "facilitator", false, false));
        let status = Status::parse(m.status.get_ref());
        if status.is_none() {
            self.problem(
                m.status.span(),
                t!(
                    "report-import-bad-status",
                    status = format!("{:?}", m.status.get_ref())
                ),
            );
        }
        let updated = match &m.updated {
            None => Some(now()),
            Some(v) => {
                // Kept to the second, as the store keeps it: stored times then sort
                // in time order as text.
                let parsed = v
                    .get_ref()
                    .to_string()
                    .parse::<jiff::Timestamp>()
                    .ok()
                    .and_then(|t| jiff::Timestamp::from_second(t.as_second()).ok());
                if parsed.is_none() {
                    self.problem(v.span(), t!("report-import-not-a-time", what = "updated"));
                }
                parsed
            }
        };
        let submitted = match &m.submitted {
            None => {
                if let Some(first) = m.submitted_by.first() {
                    self.problem(first.span(), t!("report-import-submitted-by-alone"));
                }
                Some(None)
            }
            Some(v) => {
                let at = v
                    .get_ref()
                    .to_string()
                    .parse::<jiff::Timestamp>()
                    .ok()
                    .and_then(|t| jiff::Timestamp::from_second(t.as_second()).ok());
                if at.is_none() {
                    self.problem(v.span(), t!("report-import-not-a-time", what = "submitted"));
                }
                if status != Some(Status::Final) {
                    self.problem(v.span(), t!("report-import-submitted-not-final"));
                }
                let by = m
                    .submitted_by
                    .iter()
                    .map(|b| self.text(b, "submitted_by", false, true))
                    .collect();
                at.map(|at| Some(crate::assessment::Submitted { at, by }))
            }
        };
        Some(Meta {
            submitted: submitted?,
            id: id?,
            school,
            district,
            school_code: school_code?,
            date: date?,
            team,
            facilitator: facilitator.filter(|f| !f.is_empty()),
            status: status?,
            updated: updated?,
        })
    }

    fn entries(&mut self, standards: &[RawStandard], rubric: &Rubric) -> Vec<Entry> {
        let mut entries = vec![Entry::default(); rubric.indicator_count()];
        let mut seen_standards = HashSet::new();
        let mut seen = HashSet::new();
        for raw in standards {
            let Some(standard) = rubric.standards.iter().find(|s| &s.id == raw.id.get_ref()) else {
                self.problem(
                    raw.id.span(),
                    t!(
                        "report-import-standard-unknown",
                        standard = format!("{:?}", raw.id.get_ref()),
                        rubric = &rubric.id,
                        version = &rubric.version
                    ),
                );
                continue;
            };
            if !seen_standards.insert(standard.id.clone()) {
                self.problem(
                    raw.id.span(),
                    t!(
                        "report-import-standard-twice",
                        standard = format!("{:?}", standard.id)
                    ),
                );
            }
            for ind in &raw.indicators {
                let id = ind.id.get_ref();
                if !standard.indicators.iter().any(|i| &i.id == id) {
                    self.problem(
                        ind.id.span(),
                        t!(
                            "report-import-indicator-elsewhere",
                            indicator = format!("{id:?}"),
                            standard = format!("{:?}", standard.id)
                        ),
                    );
                    continue;
                }
                if !seen.insert(id.clone()) {
                    self.problem(
                        ind.id.span(),
                        t!(
                            "report-import-indicator-twice",
                            indicator = format!("{id:?}")
                        ),
                    );
                    continue;
                }
                let Some(index) = rubric.indicator_index(id) else {
                    continue;
                };
                let entry = &mut entries[index];
                if let Some(level) = &ind.level {
                    // Files carry keys or "na"; numbers are only for typing at a prompt.
                    let choice = rubric
                        .parse_choice(level.get_ref())
                        .filter(|c| rubric.choice_key(*c) == level.get_ref());
                    if choice.is_none() {
                        self.problem(
                            level.span(),
                            t!(
                                "report-import-bad-level",
                                level = format!("{:?}", level.get_ref()),
                                keys = level_keys(rubric)
                            ),
                        );
                    }
                    entry.choice = choice;
                }
                if let Some(note) = &ind.note {
                    entry.note = self.text(note, "note", true, false);
                }
                if let Some(extra) = ind.evidence.get(crate::store::MAX_EVIDENCE_ITEMS) {
                    self.problem(
                        extra.span(),
                        t!(
                            "report-import-too-much-evidence",
                            count = ind.evidence.len(),
                            max = crate::store::MAX_EVIDENCE_ITEMS
                        ),
                    );
                }
                entry.evidence = ind
                    .evidence
                    .iter()
                    .map(|e| self.text(e, "evidence", true, true))
                    .collect();
            }
        }
        entries
    }

    fn actions(&mut self, raw: &[Spanned<RawAction>], rubric: &Rubric) -> Vec<Action> {
        let mut actions = Vec::with_capacity(raw.len());
        for item in raw {
            let a = item.get_ref();
            if rubric.indicator_index(a.indicator.get_ref()).is_none() {
                self.problem(
                    a.indicator.span(),
                    t!(
                        "report-import-action-indicator",
                        indicator = format!("{:?}", a.indicator.get_ref())
                    ),
                );
            }
            let status = match &a.status {
                None => Some(ActionStatus::Open),
                Some(s) => {
                    let parsed = ActionStatus::parse(s.get_ref());
                    if parsed.is_none() {
                        self.problem(
                            s.span(),
                            t!(
                                "report-import-bad-action-status",
                                status = format!("{:?}", s.get_ref())
                            ),
                        );
                    }
                    parsed
                }
            };
            actions.push(Action {
                indicator: a.indicator.get_ref().clone(),
                step: self.text(&a.step, "action step", true, true),
                owner: a
                    .owner
                    .as_ref()
                    .map(|o| self.text(o, "owner", false, false))
                    .filter(|o| !o.is_empty()),
                due: a.due.as_ref().and_then(|d| self.date(d, "due")),
                status: status.unwrap_or(ActionStatus::Open),
            });
        }
        actions
    }
}
