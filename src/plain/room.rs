//! What plain mode says about a meeting room, the same for everyone who hears it —
//! the viewer that follows it and the facilitator who leads it: where the agenda is,
//! which indicator is up (naming the segment), the reveal as the secret ballot lets it
//! be told (`session::ballot`), the decisions and the end.

use super::output::{Lines, lead};
use crate::assessment::Assessment;
use crate::error::Result;
use crate::rubric::{Choice, Rubric};
use crate::session::tally::Tally;
use crate::session::view::RoundView;
use crate::session::{LiveSession, Role, Vote};
use crate::store::Store;
use crate::t;

/// The title of the segment the session is in, in the language spoken.
pub fn segment_title(live: &LiveSession) -> String {
    let plan = crate::session::translation::localized(&live.plan);
    plan.segments
        .get(live.agenda.segment)
        .map(|s| s.title.clone())
        .unwrap_or_default()
}

/// "Segment 2 of 5: Rate the baseline, 25 minutes."
pub fn segment_line(live: &LiveSession) -> String {
    let plan = crate::session::translation::localized(&live.plan);
    let minutes = plan
        .segments
        .get(live.agenda.segment)
        .map_or(0, |s| s.minutes);
    t!(
        "plain-room-segment",
        at = live.agenda.segment + 1,
        total = plan.segments.len(),
        title = segment_title(live),
        minutes = minutes
    )
}

/// "Now discussing cl-1, round 1, in Rate the baseline."
pub fn now_discussing(live: &LiveSession, id: &str) -> String {
    t!(
        "plain-now-discussing-in",
        id = id,
        round = live.round(),
        segment = segment_title(live)
    )
}

/// A stored choice key as heard: "Developing, level 3", "N/A", or the key itself.
pub fn key_label(rubric: &Rubric, key: &str) -> String {
    match rubric.parse_choice(key) {
        Some(c) => super::assess::choice_label(rubric, Some(c)),
        None => key.to_string(),
    }
}

/// The room's votes on the indicator up now, this round.
pub fn votes(store: &Store, live: &LiveSession) -> Result<Vec<Vote>> {
    match &live.indicator {
        Some(id) => store.votes(&live.id, id, live.round()),
        None => Ok(Vec::new()),
    }
}

/// The reveal: how many chose each level (with the pre-ratings it counts), the
/// suggested consensus, and the votes as the secret ballot lets them be told — in
/// level order, named only when the team agreed to open voting, a private vote's
/// comment with its level and no name.
pub fn reveal(
    store: &Store,
    live: &LiveSession,
    role: &Role,
    rubric: &Rubric,
    out: &mut Lines,
) -> Result<()> {
    let id = live.indicator.clone().unwrap_or_default();
    let (votes, pre) = crate::ops::session::round_votes(store, live)?;
    let round = RoundView::of(live, role, rubric, &votes, &pre);
    let choices: Vec<Choice> = round
        .shown
        .iter()
        .filter_map(|v| rubric.parse_choice(&v.level))
        .collect();
    let tally = Tally::new(rubric.levels.len(), &choices);
    let mut counts: Vec<String> = rubric
        .levels
        .iter()
        .zip(&tally.per_level)
        .map(|(l, n)| format!("{} {n}", l.label))
        .collect();
    counts.push(format!("N/A {}", tally.not_applicable));
    let counts = counts.join(", ");
    out.say(if round.pre == 0 {
        t!(
            "plain-revealed",
            id = &id,
            count = tally.votes,
            counts = counts
        )
    } else {
        t!(
            "plain-revealed-pre",
            id = &id,
            count = tally.votes,
            pre = round.pre,
            counts = counts
        )
    });
    if let Some(s) = tally.suggested {
        let label = key_label(rubric, rubric.choice_key(s));
        out.say(match tally.spread {
            Some(spread) => t!(
                "plain-suggested-spread",
                id = &id,
                label = label,
                spread = spread
            ),
            None => t!("plain-suggested", id = &id, label = label),
        });
    }
    // The room's votes as the view lets them be told (`session::view`): in level
    // order, named only when the team agreed to open voting. A private vote was told
    // in the tally; only its comment is read, with its level and no name.
    for v in round.room() {
        let label = key_label(rubric, &v.level);
        let by = match &v.name {
            Some(name) => {
                out.say(t!("plain-voted", name = name, label = label));
                t!("plain-comment-by", name = name)
            }
            None => t!("plain-comment-with", label = label),
        };
        if !v.comment.is_empty() {
            out.para(&lead(by), &v.comment);
        }
    }
    Ok(())
}

/// Says a pause when it starts and when it ends; `heard` is whether the hearer was
/// last told the room is paused.
pub fn tell_pause(heard: &mut bool, live: &LiveSession, out: &mut Lines) {
    let paused = live.agenda.is_paused();
    if paused != *heard {
        out.say(if paused {
            t!("plain-room-paused")
        } else {
            t!("plain-room-resumed")
        });
        *heard = paused;
    }
}

/// The decisions recorded so far in one session of an assessment.
pub fn decisions(a: &Assessment, session_id: &str) -> Vec<crate::session::record::Decision> {
    a.sessions
        .iter()
        .find(|s| s.id == session_id)
        .map(|s| s.decisions.clone())
        .unwrap_or_default()
}

/// "Decision on pl-2: Developing, level 3, recorded by the facilitator from 2 votes."
pub fn decision_line(rubric: &Rubric, d: &crate::session::record::Decision) -> String {
    t!(
        "plain-decision",
        id = &d.indicator,
        label = key_label(rubric, &d.level),
        count = d.votes
    )
}

/// What the room last heard, so only what changed is said.
#[derive(Debug, Default)]
pub struct Heard {
    segment: Option<usize>,
    indicator: Option<(String, u32)>,
    revealed: bool,
    paused: bool,
    decisions: usize,
}

impl Heard {
    /// Everything as it is now counts as heard (what is up is then read out by the
    /// caller as it wishes).
    pub fn now(live: &LiveSession, assessment: &Assessment) -> Heard {
        Heard {
            segment: Some(live.agenda.segment),
            indicator: live.indicator.clone().map(|i| (i, live.round())),
            revealed: live.revealed(),
            paused: live.agenda.is_paused(),
            decisions: decisions(assessment, &live.id).len(),
        }
    }

    /// Says what changed since last heard: decisions, the segment, another indicator
    /// or round (read out in full), the reveal, a pause. Of a session that ended,
    /// only its last decisions (the caller words the end its own way).
    pub fn tell(
        &mut self,
        store: &Store,
        live: &LiveSession,
        assessment: &Assessment,
        out: &mut Lines,
    ) -> Result<()> {
        let rubric = &crate::rubric::shown(&assessment.rubric);
        let all = decisions(assessment, &live.id);
        for d in all.iter().skip(self.decisions) {
            out.say(decision_line(rubric, d));
        }
        self.decisions = all.len();
        if live.ended() {
            return Ok(());
        }
        tell_pause(&mut self.paused, live, out);
        if self.segment != Some(live.agenda.segment) {
            out.say(segment_line(live));
            self.segment = Some(live.agenda.segment);
        }
        let now = live.indicator.clone().map(|i| (i, live.round()));
        if now != self.indicator {
            match (&now, &self.indicator) {
                (Some((id, round)), Some((was, _))) if id == was => {
                    out.say(t!("plain-room-new-round", id = id, round = *round));
                }
                (Some((id, _)), _) => read_up(live, rubric, id, out),
                (None, _) => out.say(t!("plain-room-between")),
            }
            self.indicator = now;
            self.revealed = false;
        }
        if live.revealed() && !self.revealed && live.indicator.is_some() {
            reveal(store, live, &Role::Viewer, rubric, out)?;
        }
        self.revealed = live.revealed();
        Ok(())
    }
}

/// Reads out the indicator up now, naming its segment.
pub fn read_up(live: &LiveSession, rubric: &Rubric, id: &str, out: &mut Lines) {
    out.say(now_discussing(live, id));
    match rubric.indicator_index(id) {
        Some(pos) => super::output::indicator(out, rubric, pos),
        None => out.say(t!("plain-not-in-rubric", id = id)),
    }
}
