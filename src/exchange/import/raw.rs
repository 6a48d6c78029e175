//! The shape of an exported assessment file as it is read, every value with its place
//! in the file, before any check.

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    // Checked by `parse_located` (with `Source::check_format` saying what is wrong).
    pub(super) format: String,
    pub(super) format_version: i64,
    pub(super) assessment: RawMeta,
    /// Informative only: recomputed on import.
    #[allow(dead_code)]
    pub(super) summary: Option<toml::Value>,
    #[serde(default)]
    pub(super) standards: Vec<RawStandard>,
    #[serde(default)]
    pub(super) actions: Vec<Spanned<RawAction>>,
    /// Coaching sessions (optional; files from before sessions have none).
    #[serde(default)]
    pub(super) session: Vec<RawSession>,
    /// The school's outcome rows (optional; files from before have none).
    #[serde(default)]
    pub(super) outcomes: Vec<crate::outcomes::exchange::RawOutcome>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSession {
    pub(super) id: Spanned<String>,
    pub(super) plan: Spanned<String>,
    pub(super) title: Spanned<String>,
    pub(super) facilitator: Spanned<String>,
    pub(super) started: Spanned<Datetime>,
    pub(super) ended: Option<Spanned<Datetime>>,
    pub(super) open_voting: Option<bool>,
    #[serde(default)]
    pub(super) participants: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) segments: Vec<RawSegmentRecord>,
    #[serde(default)]
    pub(super) votes: Vec<RawVote>,
    #[serde(default)]
    pub(super) decisions: Vec<RawDecision>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSegmentRecord {
    pub(super) kind: Spanned<String>,
    pub(super) title: Spanned<String>,
    pub(super) planned_minutes: Spanned<i64>,
    pub(super) started: Spanned<Datetime>,
    pub(super) ended: Option<Spanned<Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawVote {
    pub(super) indicator: Spanned<String>,
    pub(super) round: Spanned<i64>,
    /// Written only for open voting; an older file may name a private session's
    /// voters too, which import does not keep (`session::ballot`).
    pub(super) participant: Option<Spanned<String>>,
    pub(super) level: Spanned<String>,
    pub(super) comment: Option<Spanned<String>>,
    pub(super) at: Option<Spanned<Datetime>>,
    /// A pre-rating its member's room vote replaced (written once names are gone).
    pub(super) replaced: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDecision {
    pub(super) indicator: Spanned<String>,
    pub(super) level: Spanned<String>,
    pub(super) suggested: Option<Spanned<String>>,
    pub(super) spread: Option<Spanned<i64>>,
    pub(super) votes: Spanned<i64>,
    pub(super) at: Spanned<Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMeta {
    pub(super) id: Spanned<String>,
    pub(super) school: Spanned<String>,
    pub(super) district: Option<Spanned<String>>,
    /// The school's state or NCES code (optional; files from before codes have none).
    pub(super) school_code: Option<Spanned<String>>,
    pub(super) date: Spanned<Datetime>,
    pub(super) rubric: Spanned<RawRubricRef>,
    #[serde(default)]
    pub(super) team: Vec<Spanned<String>>,
    pub(super) facilitator: Option<Spanned<String>>,
    pub(super) status: Spanned<String>,
    pub(super) submitted: Option<Spanned<Datetime>>,
    #[serde(default)]
    pub(super) submitted_by: Vec<Spanned<String>>,
    pub(super) updated: Option<Spanned<Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRubricRef {
    pub(super) id: String,
    pub(super) version: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStandard {
    pub(super) id: Spanned<String>,
    #[serde(default)]
    pub(super) indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIndicator {
    pub(super) id: Spanned<String>,
    pub(super) level: Option<Spanned<String>>,
    pub(super) note: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) evidence: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAction {
    pub(super) indicator: Spanned<String>,
    pub(super) step: Spanned<String>,
    pub(super) owner: Option<Spanned<String>>,
    pub(super) due: Option<Spanned<Datetime>>,
    pub(super) status: Option<Spanned<String>>,
}
