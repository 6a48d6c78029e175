//! The rollup over time: the periods a trend runs over, the figures at the end of
//! each, and the scorecard of the headline measures (prior, current, change, target,
//! gap and trend).

use super::*;

/// The first and last assessment dates of the rollup's assessments.
pub(super) fn date_range(
    ctx: &mut Context,
    source: &Source,
    rubric: &str,
) -> Result<Option<(Date, Date)>> {
    Ok(match source {
        Source::Db(_) => ctx.store()?.date_range(rubric)?,
        Source::Loaded(subs) => {
            let dates = subs.iter().map(|s| s.date);
            dates.clone().min().zip(dates.max())
        }
    })
}

/// The periods of a trend from the first assessment to the last (or to `--as-of`):
/// each period's end and the day its figures are cut at (the end, or the last day).
pub(super) fn period_ends(
    first: Date,
    last: Date,
    as_of: Option<Date>,
    period: Period,
) -> Vec<(Date, Date)> {
    // Dates from before the range every door keeps to (an older database or file may
    // hold year 0000 or 9999) would make tens of thousands of periods: the periods
    // stay within the range, and it is said.
    let (earliest, latest) = (
        crate::assessment::EARLIEST_DATE,
        crate::assessment::latest_date(),
    );
    if first < earliest || last > latest {
        eprintln!(
            "{}",
            crate::t!(
                "cli-warning",
                message = crate::t!(
                    "cli-trend-clamped",
                    earliest = earliest.to_string(),
                    latest = latest.to_string()
                )
            )
        );
    }
    let first = first.clamp(earliest, latest);
    let last = last.clamp(earliest, latest);
    let last = as_of.map_or(last, |d| d.min(last));
    let mut ends = Vec::new();
    let mut end = period_end(first, period);
    loop {
        ends.push((end, end.min(last)));
        if end >= last {
            break;
        }
        match end.tomorrow() {
            Ok(next) => end = period_end(next, period),
            Err(_) => break,
        }
    }
    ends
}

/// The label of the period ending on `end`.
pub(super) fn period_label(end: Date, period: Period) -> String {
    match period {
        Period::Year => end.year().to_string(),
        Period::Quarter => format!("{}-Q{}", end.year(), (end.month() - 1) / 3 + 1),
    }
}

/// The network figures (and headline measures) at the end of each period.
pub(super) fn trend(
    ctx: &mut Context,
    source: &Source,
    rubric: &Rubric,
    (periods, period): (&[(Date, Date)], Period),
    by_district: bool,
    rule: &crate::cli::what_if::WhatIf,
    verdicts: &Verdicts,
) -> Result<Vec<TrendPoint>> {
    let nobody = HashSet::new();
    let mut points = Vec::new();
    for (end, cut) in periods {
        let at = HeadlineAt {
            verdicts,
            cap: end.year().into(),
            before: &nobody,
        };
        let f = figures(ctx, source, rubric, Some(*cut), by_district, rule, Some(at))?;
        points.push(TrendPoint {
            label: period_label(*end, period),
            overall: f.overall,
            by_district: f.by_district,
            headline: f.headline,
            headlines: f.headlines,
        });
    }
    Ok(points)
}

/// The scorecard of the three headline measures, for the network and each
/// district: prior (a year earlier), current, change, target and gap, and the trend
/// over the years (from a yearly trend when there is one, else prior → current).
pub(super) fn scorecard(
    period: i32,
    prior: &Figures,
    now: &Figures,
    trend: &[TrendPoint],
    targets: &[crate::outcomes::scorecard::Target],
) -> Scorecard {
    use crate::outcomes::scorecard::{Measure, line, target_for};
    let yearly: Vec<&TrendPoint> = trend
        .iter()
        .filter(|p| p.label.parse::<i32>().is_ok_and(|y| y < period))
        .collect();
    let yearly = match trend.iter().all(|p| p.label.parse::<i32>().is_ok()) {
        true => yearly,
        false => Vec::new(),
    };
    let lines = |district: Option<&str>, before: &Headline, current: &Headline| {
        Measure::ALL
            .iter()
            .map(|m| {
                let mut series: Vec<Option<f64>> = match yearly.is_empty() {
                    // Without a yearly trend: the prior year, then now.
                    true => vec![m.value(before)],
                    false => yearly
                        .iter()
                        .map(|p| match district {
                            None => m.value(&p.headline),
                            Some(d) => p.headlines.get(d).and_then(|h| m.value(h)),
                        })
                        .collect(),
                };
                series.push(m.value(current));
                line(
                    *m,
                    period,
                    before,
                    current,
                    &series,
                    target_for(targets, *m, district, period),
                )
            })
            .collect::<Vec<_>>()
    };
    let empty = Headline::default();
    Scorecard {
        period,
        network: lines(None, &prior.headline, &now.headline),
        districts: now
            .headlines
            .iter()
            .map(|(d, h)| {
                let name = (d != NO_DISTRICT).then_some(d.as_str());
                let before = prior.headlines.get(d).unwrap_or(&empty);
                (d.clone(), lines(name, before, h))
            })
            .collect(),
    }
}

/// The last day of the year or quarter `d` falls in.
pub(super) fn period_end(d: Date, period: Period) -> Date {
    let month = match period {
        Period::Year => 12,
        Period::Quarter => ((d.month() - 1) / 3 + 1) * 3,
    };
    let first = Date::new(d.year(), month, 1).unwrap_or(d);
    first.last_of_month()
}
