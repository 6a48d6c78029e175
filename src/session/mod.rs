//! Coaching sessions: session plans, the agenda and its timer, what each segment
//! covers, votes and their tally, the typed live state and its transitions
//! (`model`: `Phase`, `Refusal`) and what each role may see of a round (`view`).
//! Pure logic, never the database: `ops::session` loads and persists the live state
//! through the store, the screens and plain mode show it and `exchange::minutes`
//! writes it up.

pub mod agenda;
pub mod ballot;
pub mod model;
pub mod plan;
pub mod prerate;
/// What a finished coaching session leaves on its assessment (kept with the assessment, below the session rules).
pub use crate::assessment::record;
pub mod tally;
pub mod translation;
pub mod view;

pub use agenda::Agenda;
pub use model::{LiveSession, Outcome, Phase, Refusal, Role, Vote};
pub use plan::{Consensus, Coverage, Plan, Segment, SegmentKind};

use crate::diag::Diagnostic;
use crate::rubric::{Choice, Rubric};
use crate::score::Score;
use std::path::PathBuf;

/// Bundled plans, embedded so the binary works from any directory.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "sessions/full-self-assessment.toml",
        include_str!("../../sessions/full-self-assessment.toml"),
    ),
    (
        "sessions/full-self-assessment-2.toml",
        include_str!("../../sessions/full-self-assessment-2.toml"),
    ),
    (
        "sessions/baseline-check.toml",
        include_str!("../../sessions/baseline-check.toml"),
    ),
    (
        "sessions/family-engagement-deep-dive.toml",
        include_str!("../../sessions/family-engagement-deep-dive.toml"),
    ),
    (
        "sessions/action-planning.toml",
        include_str!("../../sessions/action-planning.toml"),
    ),
    (
        "sessions/csf-key-practices.toml",
        include_str!("../../sessions/csf-key-practices.toml"),
    ),
    (
        "sessions/csf-cycle-and-conditions.toml",
        include_str!("../../sessions/csf-cycle-and-conditions.toml"),
    ),
    (
        "sessions/system-review-1.toml",
        include_str!("../../sessions/system-review-1.toml"),
    ),
    (
        "sessions/system-review-2.toml",
        include_str!("../../sessions/system-review-2.toml"),
    ),
    (
        "sessions/site-module-1.toml",
        include_str!("../../sessions/site-module-1.toml"),
    ),
    (
        "sessions/site-module-2.toml",
        include_str!("../../sessions/site-module-2.toml"),
    ),
    (
        "sessions/site-module-3.toml",
        include_str!("../../sessions/site-module-3.toml"),
    ),
    (
        "sessions/site-module-4.toml",
        include_str!("../../sessions/site-module-4.toml"),
    ),
];

/// One known plan and the text it came from.
#[derive(Debug, Clone)]
pub struct PlanEntry {
    pub plan: Plan,
    pub text: String,
    /// `None` for bundled plans.
    pub path: Option<PathBuf>,
}

/// The bundled plans alone.
fn load_bundled() -> (Vec<PlanEntry>, Vec<Diagnostic>) {
    load_from(&[])
}

/// Bundled plans plus `*.toml` files in `dirs`; a user plan with a bundled plan's id
/// replaces it. Files that fail validation are left out and returned as problems.
/// Translations in `dirs` (`translation::is_translation`) are not plans: they are
/// checked against these plans and kept for display.
pub fn load_plans(dirs: &[PathBuf]) -> (Vec<PlanEntry>, Vec<Diagnostic>) {
    let (plans, mut problems) = load_from(dirs);
    problems.extend(translation::remember(dirs, &plans));
    (plans, problems)
}

fn load_from(dirs: &[PathBuf]) -> (Vec<PlanEntry>, Vec<Diagnostic>) {
    let mut plans: Vec<PlanEntry> = BUNDLED
        .iter()
        .filter_map(|(name, text)| {
            plan::parse(name, text, None).ok().map(|plan| PlanEntry {
                plan,
                text: text.to_string(),
                path: None,
            })
        })
        .collect();
    let mut problems = Vec::new();
    for read in crate::diag::toml_texts_in(dirs) {
        let (path, text) = match read {
            Ok(read) => read,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let name = path.display().to_string();
        if translation::is_translation(&path, &text) {
            continue;
        }
        match plan::parse(&name, &text, None) {
            Ok(plan) => {
                plans.retain(|p| p.plan.id != plan.id);
                plans.push(PlanEntry {
                    plan,
                    text,
                    path: Some(path),
                });
            }
            Err(mut p) => problems.append(&mut p),
        }
    }
    plans.sort_by(|a, b| a.plan.id.cmp(&b.plan.id));
    (plans, problems)
}

/// The standards with the lowest share of indicators at the full level (ties: lower
/// mean score, then rubric order), for `weakest = N` segments. Standards that do not
/// apply are skipped.
pub fn weakest_standards(rubric: &Rubric, score: &Score, n: usize) -> Vec<String> {
    let mut ranked: Vec<(usize, f64, f64)> = score
        .by_standard
        .iter()
        .enumerate()
        .filter(|(_, s)| s.applicable)
        .map(|(i, s)| {
            (
                i,
                s.indicators.percent().unwrap_or(0.0),
                s.mean_score.unwrap_or(0.0),
            )
        })
        .collect();
    ranked.sort_by(|a, b| {
        a.1.total_cmp(&b.1)
            .then(a.2.total_cmp(&b.2))
            .then(a.0.cmp(&b.0))
    });
    ranked
        .into_iter()
        .take(n)
        .map(|(i, _, _)| rubric.standards[i].id.clone())
        .collect()
}

/// The indicators a segment works through, as flat indices into the rubric, in
/// rubric order. `weakest` is the list fixed when the session started.
pub fn covered(segment: &Segment, rubric: &Rubric, weakest: &[String]) -> Vec<usize> {
    let in_standards = |ids: &[String]| -> Vec<usize> {
        rubric
            .indicators()
            .enumerate()
            .filter(|(_, (s, _))| ids.contains(&s.id))
            .map(|(i, _)| i)
            .collect()
    };
    match &segment.covers {
        Coverage::Nothing => Vec::new(),
        Coverage::Standards(ids) => in_standards(ids),
        Coverage::Weakest(_) => in_standards(weakest),
        Coverage::Indicators(ids) => rubric
            .indicators()
            .enumerate()
            .filter(|(_, (_, ind))| ids.contains(&ind.id))
            .map(|(i, _)| i)
            .collect(),
        Coverage::Baseline => rubric
            .indicators()
            .enumerate()
            .filter(|(_, (_, ind))| ind.baseline)
            .map(|(i, _)| i)
            .collect(),
    }
}

/// The consensus the facilitator is offered: the median vote (the lower middle when
/// the count is even, so the suggestion never overstates), ignoring N/A votes unless
/// everyone chose N/A.
pub fn suggested(votes: &[Choice]) -> Option<Choice> {
    let mut levels: Vec<usize> = votes
        .iter()
        .filter_map(|c| match c {
            Choice::Level(l) => Some(*l),
            Choice::NotApplicable => None,
        })
        .collect();
    if levels.is_empty() {
        return (!votes.is_empty()).then_some(Choice::NotApplicable);
    }
    levels.sort_unstable();
    Some(Choice::Level(levels[(levels.len() - 1) / 2]))
}

/// The consensus a plan's rule suggests: the median, the lowest level voted (N/A
/// only when everyone chose it), or nothing when the facilitator decides.
pub fn suggest(rule: Consensus, votes: &[Choice]) -> Option<Choice> {
    match rule {
        Consensus::Median => suggested(votes),
        Consensus::Facilitator => None,
        Consensus::Lowest => votes
            .iter()
            .filter_map(|c| match c {
                Choice::Level(l) => Some(*l),
                Choice::NotApplicable => None,
            })
            .min()
            .map(Choice::Level)
            .or_else(|| (!votes.is_empty()).then_some(Choice::NotApplicable)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_plan_is_valid_against_its_rubric() {
        let registry = crate::rubric::Registry::bundled();
        for (name, text) in BUNDLED {
            let plan = plan::parse(name, text, None).unwrap_or_else(|p| panic!("{name}: {p:#?}"));
            let rubric = plan
                .rubric
                .as_deref()
                .and_then(|id| registry.latest(id))
                .map(|e| e.rubric.clone());
            if let Err(p) = plan::parse(name, text, rubric.as_deref()) {
                panic!("{name} does not fit its rubric: {p:#?}");
            }
        }
        assert_eq!(load_plans(&[]).0.len(), BUNDLED.len());
    }

    /// Issue 23 item 4: every bundled plan states its minutes per indicator (votes,
    /// reveal, discussion and interpreting: at least 4, as the README says), and every
    /// rate segment has that many for each indicator it can bring up (half, when
    /// pre-rating settles the rest), against its rubric or, for a plan that names
    /// none (action planning), against the newest version of every offered rubric.
    #[test]
    fn every_bundled_plan_fits_its_stated_minutes_per_indicator() {
        let registry = crate::rubric::Registry::bundled();
        let offered = ["cs-site-2017", "csf-2023", "cs-system-building"];
        for (name, text) in BUNDLED {
            let plan = plan::parse(name, text, None).unwrap();
            let per = plan.minutes_per_indicator;
            assert!(per.is_some_and(|m| m >= 4), "{name}: {per:?}");
            let rubrics: Vec<&str> = match &plan.rubric {
                Some(id) => vec![id.as_str()],
                None => offered.to_vec(),
            };
            for id in rubrics {
                let rubric = &registry.latest(id).unwrap().rubric;
                if let Err(p) = plan::parse(name, text, Some(rubric)) {
                    panic!("{name} does not fit {id}: {p:#?}");
                }
            }
        }
        // A segment short of the plan's assumption is a located problem.
        let registry_rubric = &registry.latest("cs-site-2017").unwrap().rubric;
        let text = "format = \"touchstone-session\"\nformat_version = 1\nid = \"q\"\ntitle = \"Q\"\nminutes_per_indicator = 4\n[[segments]]\nkind = \"rate\"\ntitle = \"Rate\"\nminutes = 10\nstandards = [\"collaborative-leadership\"]\n";
        let problems = plan::parse("q.toml", text, Some(registry_rubric)).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 9);
        assert!(
            problems[0].message.contains("needs 32 minutes"),
            "{}",
            problems[0].message
        );
        // Pre-rated, half of its 8 indicators: 16 minutes.
        let pre = text.replace("minutes = 10\n", "minutes = 16\nonly = \"disagreement\"\n");
        assert!(plan::parse("q.toml", &pre, Some(registry_rubric)).is_ok());
    }

    #[test]
    fn the_median_suggestion_takes_the_lower_middle_and_skips_na() {
        use Choice::{Level as L, NotApplicable as Na};
        assert_eq!(suggested(&[L(0), L(3), L(2)]), Some(L(2)));
        assert_eq!(suggested(&[L(1), L(3)]), Some(L(1)));
        assert_eq!(suggested(&[Na, L(3), Na]), Some(L(3)));
        assert_eq!(suggested(&[Na, Na]), Some(Na));
        assert_eq!(suggested(&[]), None);
    }

    #[test]
    fn each_consensus_rule_suggests_its_own_level() {
        use Choice::{Level as L, NotApplicable as Na};
        let votes = [L(3), L(1), Na, L(2)];
        assert_eq!(suggest(Consensus::Median, &votes), Some(L(2)));
        assert_eq!(suggest(Consensus::Lowest, &votes), Some(L(1)));
        assert_eq!(suggest(Consensus::Facilitator, &votes), None);
        assert_eq!(suggest(Consensus::Lowest, &[Na]), Some(Na));
        assert_eq!(suggest(Consensus::Lowest, &[]), None);
    }
}
