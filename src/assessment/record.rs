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
    /// The voter: kept only by an open-voting session (`session::ballot`).
    pub participant: Option<String>,
    /// A level key or `na`.
    pub level: String,
    pub comment: String,
    /// When it was cast: kept only by an open-voting session.
    pub at: Option<Timestamp>,
    /// A pre-rating (round 0) its member's room vote replaced in the first round's
    /// tally.
    pub replaced: bool,
}

/// A pause of the session's clock (kept by the database for the minutes; not part
/// of the exported record).
#[derive(Debug, Clone, PartialEq)]
pub struct Pause {
    /// The title of the segment it fell in.
    pub segment: String,
    /// Unix seconds.
    pub paused_at: i64,
    /// Unix seconds; `None` while paused, or when the session ended paused.
    pub resumed_at: Option<i64>,
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
    /// back in: participants by name, votes by indicator, round, participant (when
    /// named), level and comment. Segments and decisions keep their order, which is the
    /// order they happened in.
    pub fn canonicalise(&mut self) {
        self.participants.sort();
        self.votes.sort_by(|a, b| vote_order(a).cmp(&vote_order(b)));
    }
}

/// What a vote's place in the canonical order comes from.
type VoteOrder<'a> = (
    &'a str,
    u32,
    Option<&'a str>,
    &'a str,
    &'a str,
    bool,
    Option<Timestamp>,
);

fn vote_order(v: &VoteRecord) -> VoteOrder<'_> {
    (
        &v.indicator,
        v.round,
        v.participant.as_deref(),
        &v.level,
        &v.comment,
        v.replaced,
        v.at,
    )
}

/// Every session in canonical order (by start time, then id), each canonicalised, so
/// two copies of the same records compare equal however they were listed.
pub fn canonical(sessions: &mut [SessionRecord]) {
    for s in sessions.iter_mut() {
        s.canonicalise();
    }
    sessions.sort_by(|a, b| (a.started, &a.id).cmp(&(b.started, &b.id)));
}
