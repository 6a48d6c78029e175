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
    /// The team agreed that votes are not private: minutes and reports may name
    /// voters (`--named`). Otherwise votes are shown as tallies only.
    pub open_voting: bool,
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

impl SessionRecord {
    /// Puts the lists whose order means nothing into the one order the store reads them
    /// back in: participants by name, votes by indicator, round and participant.
    /// Segments and decisions keep their order, which is the order they happened in.
    pub fn canonicalise(&mut self) {
        self.participants.sort();
        self.votes.sort_by(|a, b| {
            (&a.indicator, a.round, &a.participant).cmp(&(&b.indicator, b.round, &b.participant))
        });
    }
}

/// Every session in canonical order (by start time, then id), each canonicalised, so
/// two copies of the same records compare equal however they were listed.
pub fn canonical(sessions: &mut [SessionRecord]) {
    for s in sessions.iter_mut() {
        s.canonicalise();
    }
    sessions.sort_by(|a, b| (a.started, &a.id).cmp(&(b.started, &b.id)));
}
