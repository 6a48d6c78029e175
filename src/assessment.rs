//! An assessment as the rest of the program sees it: who, when, which rubric, and what
//! was recorded for each indicator. Storage and exchange both produce and consume it.

pub mod record;

use crate::rubric::{Choice, Rubric};
use crate::score::{Score, score};
use jiff::Timestamp;
use jiff::civil::Date;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Draft,
    Final,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Final => "final",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "draft" => Some(Status::Draft),
            "final" => Some(Status::Final),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionStatus {
    Open,
    Done,
    Dropped,
}

impl ActionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<ActionStatus> {
        match s {
            "open" => Some(ActionStatus::Open),
            "done" => Some(ActionStatus::Done),
            "dropped" => Some(ActionStatus::Dropped),
            _ => None,
        }
    }
}

/// Who assessed, when, and the state of the assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub id: String,
    pub school: String,
    pub district: Option<String>,
    /// The school's state or NCES code, when it has one (see `crate::schools`). In an
    /// imported file, `None` says nothing about the code (older files have none).
    pub school_code: Option<String>,
    pub date: Date,
    pub team: Vec<String>,
    pub facilitator: Option<String>,
    pub status: Status,
    /// Last change, to the second.
    pub updated: Timestamp,
    /// When the team submitted it and who (kept while it stays final).
    pub submitted: Option<Submitted>,
}

/// The team's submission of an assessment: from then on it counts in the network's
/// figures, and it is read-only until reopened.
#[derive(Debug, Clone, PartialEq)]
pub struct Submitted {
    pub at: Timestamp,
    pub by: Vec<String>,
}

/// What was recorded for one indicator.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entry {
    pub choice: Option<Choice>,
    pub note: String,
    pub evidence: Vec<String>,
}

/// One step of the action plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub indicator: String,
    pub step: String,
    pub owner: Option<String>,
    pub due: Option<Date>,
    pub status: ActionStatus,
}

#[derive(Debug, Clone)]
pub struct Assessment {
    pub meta: Meta,
    /// The rubric exactly as it was when the assessment was scored.
    pub rubric: Arc<Rubric>,
    pub rubric_text: Arc<str>,
    /// One entry per indicator, aligned with `rubric.indicators()`.
    pub entries: Vec<Entry>,
    pub actions: Vec<Action>,
    /// Coaching sessions held on this assessment, oldest first.
    pub sessions: Vec<record::SessionRecord>,
    /// The school's outcome rows (see `outcomes`), as its exchange file carries them;
    /// empty when not loaded, and in files from before outcome data.
    pub outcomes: Vec<crate::outcomes::model::Row>,
}

impl Assessment {
    /// The indicators without a rating, in rubric order (what submitting leaves out).
    pub fn unrated_ids(&self) -> Vec<String> {
        self.rubric
            .indicators()
            .zip(&self.entries)
            .filter(|(_, e)| e.choice.is_none())
            .map(|((_, ind), _)| ind.id.clone())
            .collect()
    }

    pub fn choices(&self) -> Vec<Option<Choice>> {
        self.entries.iter().map(|e| e.choice).collect()
    }

    pub fn score(&self) -> Score {
        score(&self.rubric, &self.choices())
    }
}

/// The current time, to the second (what the store and exports record).
pub fn now() -> Timestamp {
    Timestamp::from_second(Timestamp::now().as_second()).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// Today's date in the local time zone.
pub fn today() -> Date {
    jiff::Zoned::now().date()
}

/// The earliest date an assessment may have: before any community school standards
/// Touchstone knows, so a year typed as `0026` or `1026` is a mistake.
pub const EARLIEST_DATE: Date = jiff::civil::date(1990, 1, 1);

/// The latest date an assessment may have: one year from today (one planned ahead).
/// A later one is a mistyped year, which would stay a school's "latest" for ever.
pub fn latest_date() -> Date {
    today()
        .checked_add(jiff::Span::new().years(1))
        .unwrap_or(Date::MAX)
}

/// Refuses an assessment date outside [`EARLIEST_DATE`] ..= [`latest_date`], saying
/// the range: the one check of the command line, the new-assessment form and import.
pub fn plausible_date(date: Date) -> Result<Date, String> {
    let latest = latest_date();
    if (EARLIEST_DATE..=latest).contains(&date) {
        Ok(date)
    } else {
        Err(crate::t!(
            "errors-date-out-of-range",
            date = date.to_string(),
            earliest = EARLIEST_DATE.to_string(),
            latest = latest.to_string()
        ))
    }
}
