//! The figures of one assessment, one sentence a line: the same `score` the summary
//! screen and `touchstone report` use, so what is heard is what is reported.

use super::output::{Lines, share};
use crate::assessment::Assessment;
use crate::t;

/// The figures, as the summary screen and `touchstone report` give them.
pub fn say(out: &mut Lines, a: &Assessment) {
    let score = a.score();
    out.say(t!(
        "plain-summary-head",
        school = &a.meta.school,
        date = a.meta.date.to_string(),
        rated = score.rated,
        total = a.rubric.indicator_count(),
        unrated = score.unrated
    ));
    out.say(t!(
        "plain-summary-standards",
        share = share(score.standards)
    ));
    out.say(t!(
        "plain-summary-indicators",
        share = share(score.indicators)
    ));
    out.say(if score.fully_implementing {
        t!("plain-summary-fully-yes")
    } else {
        t!("plain-summary-fully-no")
    });
    out.say(if score.baseline_met {
        t!("plain-summary-baseline-yes")
    } else {
        t!("plain-summary-baseline-no")
    });
    for (n, (standard, s)) in crate::rubric::shown(&a.rubric)
        .standards
        .iter()
        .zip(&score.by_standard)
        .enumerate()
    {
        let state = if !s.applicable {
            t!("plain-standard-na")
        } else if s.fully_implemented {
            t!("plain-standard-full")
        } else {
            t!("plain-standard-not-full")
        };
        let mean = s.mean_score.map_or_else(
            || t!("plain-no-mean"),
            |m| t!("plain-mean", mean = format!("{m:.2}")),
        );
        out.say(t!(
            "plain-summary-standard",
            number = n + 1,
            title = &standard.title,
            state = state,
            share = share(s.indicators),
            mean = mean,
            unrated = s.unrated
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
        out.say(t!("plain-summary-all-rated"));
    } else {
        out.say(t!(
            "plain-summary-unrated",
            count = unrated.len(),
            ids = unrated.join(", ")
        ));
    }
}
