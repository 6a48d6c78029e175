//! What a workshop leaves behind: the segments with their actual times, every vote
//! and comment, and each consensus decision. Stored with the assessment, exported
//! with it, and written up as minutes.

use jiff::Timestamp;

#[derive(Debug, Clone, PartialEq)]
pub struct SessionRecord {
    pub id: String,
    /// The plan's id and title.
    pub plan: String,
    pub title: String,
    pub facilitator: String,
    pub started: Timestamp,
    pub ended: Option<Timestamp>,
    pub participants: Vec<String>,
    pub segments: Vec<SegmentRecord>,
    pub votes: Vec<VoteRecord>,
    pub decisions: Vec<Decision>,
}

/// One visit to a segment of the plan (going back to a segment is a new visit).
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentRecord {
    pub kind: String,
    pub title: String,
    pub planned_minutes: u32,
    pub started: Timestamp,
    pub ended: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VoteRecord {
    pub indicator: String,
    /// Votes on one indicator are counted again after a re-vote.
    pub round: u32,
    pub participant: String,
    /// A level key or `na`.
    pub level: String,
    pub comment: String,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub indicator: String,
    /// The level recorded (a key or `na`).
    pub level: String,
    /// The median the facilitator was offered, if there were votes.
    pub suggested: Option<String>,
    pub spread: Option<u32>,
    pub votes: u32,
    pub at: Timestamp,
}
