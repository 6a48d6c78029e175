//! The figures of one assessment, one sentence a line: the same `score` the summary
//! screen and `touchstone report` use, so what is heard is what is reported.

use super::output::{Lines, share};
use crate::assessment::Assessment;

/// The figures, as the summary screen and `touchstone report` give them.
pub fn say(out: &mut Lines, a: &Assessment) {
    let score = a.score();
    out.say(format!(
        "Summary of {}, {}: {} of {} indicators rated, {} unrated.",
        a.meta.school,
        a.meta.date,
        score.rated,
        a.rubric.indicator_count(),
        score.unrated
    ));
    out.say(format!(
        "Standards fully implemented: {}.",
        share(score.standards)
    ));
    out.say(format!(
        "Indicators at the full level: {}.",
        share(score.indicators)
    ));
    out.say(format!(
        "Fully implementing the standards: {}.",
        if score.fully_implementing {
            "yes"
        } else {
            "no"
        }
    ));
    out.say(format!(
        "Meets the baseline criteria: {}.",
        if score.baseline_met { "yes" } else { "no" }
    ));
    for (n, (standard, s)) in crate::rubric::shown(&a.rubric)
        .standards
        .iter()
        .zip(&score.by_standard)
        .enumerate()
    {
        let state = if !s.applicable {
            "not applicable".to_string()
        } else if s.fully_implemented {
            "fully implemented".to_string()
        } else {
            "not fully implemented".to_string()
        };
        let mean = s
            .mean_score
            .map_or("no mean yet".to_string(), |m| format!("mean {m:.2}"));
        out.say(format!(
            "Standard {}, {}: {state}; full level {}; {mean}; {} unrated.",
            n + 1,
            standard.title,
            share(s.indicators),
            s.unrated
        ));
    }
    let unrated: Vec<&str> = a
        .rubric
        .indicators()
        .zip(&a.entries)
        .filter(|(_, e)| e.choice.is_none())
        .map(|((_, i), _)| i.id.as_str())
        .collect();
    if unrated.is_empty() {
        out.say("Every indicator is rated.");
    } else {
        out.say(format!(
            "Still unrated, {}: {}.",
            unrated.len(),
            unrated.join(", ")
        ));
    }
}
