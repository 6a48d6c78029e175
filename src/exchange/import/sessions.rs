//! Checking the sessions of an exported assessment (their segments, votes and
//! decisions) and the timestamps, counts and level keys they hold.

use super::raw::*;
use super::{Checker, SessionPlace};
use crate::rubric::Rubric;
use crate::session::record::{Decision, SegmentRecord, SessionRecord, VoteRecord};
use crate::t;
use std::collections::HashSet;
use toml::Spanned;
use toml::value::Datetime;

impl Checker<'_> {
    /// A date and time with an offset, like `2026-11-22T10:31:05Z`.
    pub(super) fn timestamp(
        &mut self,
        value: &Spanned<Datetime>,
        what: &str,
    ) -> Option<jiff::Timestamp> {
        let parsed = value.get_ref().to_string().parse::<jiff::Timestamp>().ok();
        if parsed.is_none() {
            self.problem(value.span(), t!("report-import-not-a-time", what = what));
        }
        parsed
    }

    pub(super) fn count(&mut self, value: &Spanned<i64>, what: &str, min: i64) -> u32 {
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
    pub(super) fn level_key(&mut self, value: &Spanned<String>, rubric: &Rubric) -> String {
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

    pub(super) fn known_indicator(&mut self, value: &Spanned<String>, rubric: &Rubric) -> String {
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

    pub(super) fn session(&mut self, raw: &RawSession, rubric: &Rubric) -> Option<SessionRecord> {
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

pub(super) fn level_keys(rubric: &Rubric) -> String {
    let keys: Vec<&str> = rubric.levels.iter().map(|l| l.key.as_str()).collect();
    format!("{}, na", keys.join(", "))
}
