//! Reads an exported assessment (DESIGN §7) and checks all of it against its rubric
//! before anything is written. Every problem is reported at its place in the file.

use super::{FORMAT, FORMAT_VERSION};
use crate::assessment::{Action, ActionStatus, Assessment, Entry, Meta, Status, now};
use crate::diag::{Diagnostic, Source};
use crate::rubric::{Rubric, Snapshot};
use crate::session::record::{self, Decision, SegmentRecord, SessionRecord, VoteRecord};
use crate::t;
use crate::text::{Shape, accept};
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::HashSet;
use std::ops::Range;
use toml::Spanned;
use toml::value::Datetime;

/// Finds the rubric (model and text) an assessment names by id and version.
pub type Resolver<'a> = dyn Fn(&str, &str) -> Option<Snapshot> + 'a;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    // Checked by `parse_located` (with `Source::check_format` saying what is wrong).
    format: String,
    format_version: i64,
    assessment: RawMeta,
    /// Informative only: recomputed on import.
    #[allow(dead_code)]
    summary: Option<toml::Value>,
    #[serde(default)]
    standards: Vec<RawStandard>,
    #[serde(default)]
    actions: Vec<Spanned<RawAction>>,
    /// Coaching sessions (optional; files from before sessions have none).
    #[serde(default)]
    session: Vec<RawSession>,
    /// The school's outcome rows (optional; files from before have none).
    #[serde(default)]
    outcomes: Vec<crate::outcomes::exchange::RawOutcome>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    id: Spanned<String>,
    plan: Spanned<String>,
    title: Spanned<String>,
    facilitator: Spanned<String>,
    started: Spanned<Datetime>,
    ended: Option<Spanned<Datetime>>,
    open_voting: Option<bool>,
    #[serde(default)]
    participants: Vec<Spanned<String>>,
    #[serde(default)]
    segments: Vec<RawSegmentRecord>,
    #[serde(default)]
    votes: Vec<RawVote>,
    #[serde(default)]
    decisions: Vec<RawDecision>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSegmentRecord {
    kind: Spanned<String>,
    title: Spanned<String>,
    planned_minutes: Spanned<i64>,
    started: Spanned<Datetime>,
    ended: Option<Spanned<Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVote {
    indicator: Spanned<String>,
    round: Spanned<i64>,
    /// Written only for open voting; an older file may name a private session's
    /// voters too, which import does not keep (`session::ballot`).
    participant: Option<Spanned<String>>,
    level: Spanned<String>,
    comment: Option<Spanned<String>>,
    at: Option<Spanned<Datetime>>,
    /// A pre-rating its member's room vote replaced (written once names are gone).
    replaced: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDecision {
    indicator: Spanned<String>,
    level: Spanned<String>,
    suggested: Option<Spanned<String>>,
    spread: Option<Spanned<i64>>,
    votes: Spanned<i64>,
    at: Spanned<Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    id: Spanned<String>,
    school: Spanned<String>,
    district: Option<Spanned<String>>,
    /// The school's state or NCES code (optional; files from before codes have none).
    school_code: Option<Spanned<String>>,
    date: Spanned<Datetime>,
    rubric: Spanned<RawRubricRef>,
    #[serde(default)]
    team: Vec<Spanned<String>>,
    facilitator: Option<Spanned<String>>,
    status: Spanned<String>,
    submitted: Option<Spanned<Datetime>>,
    #[serde(default)]
    submitted_by: Vec<Spanned<String>>,
    updated: Option<Spanned<Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRubricRef {
    id: String,
    version: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStandard {
    id: Spanned<String>,
    #[serde(default)]
    indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    level: Option<Spanned<String>>,
    note: Option<Spanned<String>>,
    #[serde(default)]
    evidence: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAction {
    indicator: Spanned<String>,
    step: Spanned<String>,
    owner: Option<Spanned<String>>,
    due: Option<Spanned<Datetime>>,
    status: Option<Spanned<String>>,
}

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

impl Checker<'_> {
    /// A date and time with an offset, like `2026-11-22T10:31:05Z`.
    fn timestamp(&mut self, value: &Spanned<Datetime>, what: &str) -> Option<jiff::Timestamp> {
        let parsed = value.get_ref().to_string().parse::<jiff::Timestamp>().ok();
        if parsed.is_none() {
            self.problem(value.span(), t!("report-import-not-a-time", what = what));
        }
        parsed
    }

    fn count(&mut self, value: &Spanned<i64>, what: &str, min: i64) -> u32 {
        let n = *value.get_ref();
        if n < min || n > i64::from(u32::MAX) {
            self.problem(
                value.span(),
                t!(
                    "report-import-not-a-count",
                    what = what,
                    min = min.to_string(),
                    max = u32::MAX.to_string()
                ),
            );
        }
        n.clamp(0, i64::from(u32::MAX)) as u32
    }

    /// A level key of the rubric, or `na`.
    fn level_key(&mut self, value: &Spanned<String>, rubric: &Rubric) -> String {
        let key = value.get_ref();
        if key != crate::rubric::NA_KEY && rubric.level_index(key).is_none() {
            self.problem(
                value.span(),
                t!(
                    "report-import-bad-level",
                    level = format!("{key:?}"),
                    keys = level_keys(rubric)
                ),
            );
        }
        key.clone()
    }

    fn known_indicator(&mut self, value: &Spanned<String>, rubric: &Rubric) -> String {
        if rubric.indicator_index(value.get_ref()).is_none() {
            self.problem(
                value.span(),
                t!(
                    "report-import-indicator-unknown",
                    indicator = format!("{:?}", value.get_ref())
                ),
            );
        }
        value.get_ref().clone()
    }

    fn session(&mut self, raw: &RawSession, rubric: &Rubric) -> Option<SessionRecord> {
        let id = match uuid::Uuid::parse_str(raw.id.get_ref()) {
            Ok(u) => Some(u.hyphenated().to_string()),
            Err(_) => {
                self.problem(
                    raw.id.span(),
                    t!(
                        "report-import-session-not-a-uuid",
                        id = format!("{:?}", raw.id.get_ref())
                    ),
                );
                None
            }
        };
        if let Some(id) = &id {
            // One id, one session: a second would overwrite the first.
            if self.sessions.iter().any(|p| &p.id == id) {
                self.problem(raw.id.span(), t!("report-import-session-twice", id = id));
            } else {
                self.sessions.push(SessionPlace {
                    id: id.clone(),
                    at: self.src.at(raw.id.span(), ""),
                });
            }
        }
        let mut participants: Vec<String> = Vec::with_capacity(raw.participants.len());
        let mut names = HashSet::new();
        for p in &raw.participants {
            let name = self.text(p, "participant", false, true);
            if !names.insert(name.clone()) {
                self.problem(
                    p.span(),
                    t!(
                        "report-import-participant-twice",
                        name = format!("{name:?}")
                    ),
                );
            }
            participants.push(name);
        }
        let started = self.timestamp(&raw.started, "started");
        let ended = raw.ended.as_ref().map(|e| self.timestamp(e, "ended"));
        let mut segments = Vec::new();
        for seg in &raw.segments {
            if crate::session::SegmentKind::parse(seg.kind.get_ref()).is_none() {
                self.problem(
                    seg.kind.span(),
                    t!(
                        "report-import-segment-kind",
                        kind = format!("{:?}", seg.kind.get_ref())
                    ),
                );
            }
            segments.push(SegmentRecord {
                kind: seg.kind.get_ref().clone(),
                title: self.text(&seg.title, "segment title", false, true),
                planned_minutes: self.count(&seg.planned_minutes, "planned_minutes", 0),
                started: self.timestamp(&seg.started, "started")?,
                ended: match &seg.ended {
                    Some(e) => Some(self.timestamp(e, "ended")?),
                    None => None,
                },
            });
        }
        let mut votes: Vec<VoteRecord> = Vec::new();
        let mut cast = HashSet::new();
        for v in &raw.votes {
            // A participant has one vote per indicator and round (a vote without a
            // name is one of a private session's).
            if let Some(participant) = &v.participant {
                let key = (
                    v.indicator.get_ref().clone(),
                    *v.round.get_ref(),
                    participant.get_ref().clone(),
                );
                if !cast.insert(key) {
                    self.problem(
                        participant.span(),
                        t!(
                            "report-import-second-vote",
                            name = format!("{:?}", participant.get_ref()),
                            indicator = format!("{:?}", v.indicator.get_ref()),
                            round = v.round.get_ref().to_string()
                        ),
                    );
                }
            }
            let round = self.count(&v.round, "round", 0);
            if let Some(replaced) = &v.replaced
                && round != crate::session::prerate::ROUND
            {
                self.problem(replaced.span(), t!("report-import-replaced-room-vote"));
            }
            votes.push(VoteRecord {
                indicator: self.known_indicator(&v.indicator, rubric),
                round,
                participant: v
                    .participant
                    .as_ref()
                    .map(|p| self.text(p, "participant", false, true)),
                level: self.level_key(&v.level, rubric),
                comment: v
                    .comment
                    .as_ref()
                    .map(|c| self.text(c, "comment", true, false))
                    .unwrap_or_default(),
                at: match &v.at {
                    Some(at) => Some(self.timestamp(at, "at")?),
                    None => None,
                },
                replaced: v.replaced.as_ref().is_some_and(|r| *r.get_ref()),
            });
        }
        let mut decisions = Vec::new();
        for d in &raw.decisions {
            decisions.push(Decision {
                indicator: self.known_indicator(&d.indicator, rubric),
                level: self.level_key(&d.level, rubric),
                suggested: d.suggested.as_ref().map(|s| self.level_key(s, rubric)),
                spread: d.spread.as_ref().map(|s| self.count(s, "spread", 0)),
                votes: self.count(&d.votes, "votes", 0),
                at: self.timestamp(&d.at, "at")?,
            });
        }
        let mut record = SessionRecord {
            id: id?,
            plan: self.text(&raw.plan, "plan", false, true),
            title: self.text(&raw.title, "title", false, true),
            facilitator: self.text(&raw.facilitator, "facilitator", false, true),
            started: started?,
            ended: match ended {
                Some(e) => Some(e?),
                None => None,
            },
            open_voting: raw.open_voting.unwrap_or(false),
            participants,
            segments,
            votes,
            decisions,
        };
        // Kept as the secret ballot lets it be kept: a private session's votes without
        // their voters' names or times, whatever an older file says.
        crate::session::ballot::public(&mut record);
        Some(record)
    }
}

fn level_keys(rubric: &Rubric) -> String {
    let keys: Vec<&str> = rubric.levels.iter().map(|l| l.key.as_str()).collect();
    format!("{}, na", keys.join(", "))
}
