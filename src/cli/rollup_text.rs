//! `rollup`'s text for people (translated); JSON and CSV for programs are in
//! `rollup_data`.

use super::rollup_figures::{Figures, TrendPoint};
use crate::rubric::Rubric;
use crate::score::Rollup;
use jiff::civil::Date;
use std::fmt::Write;

/// The text rollup with the rule its figures use, in words: after the figures, or,
/// under a "what if", above them too so nobody takes them for the real ones.
pub(super) fn with_rule(rubric: &Rubric, rule: &super::what_if::WhatIf, figures: String) -> String {
    if rule.is_active() {
        let label = crate::t!("cli-what-if-label", rule = rule.words(rubric));
        format!(
            "{label}\n\n{figures}\n{label}\n{}\n",
            crate::t!(
                "cli-rollup-own-rule",
                rule = rubric.scoring.in_words(&rubric.levels)
            )
        )
    } else {
        format!(
            "{figures}\n{}\n",
            crate::t!("cli-rule", rule = rule.words(rubric))
        )
    }
}

/// The equitable-impact rule in words, with its parameters (in the thread's language).
pub(super) fn impact_words(rule: &crate::outcomes::impact::Rule) -> String {
    let years = match (rule.baseline, rule.current) {
        (Some(b), Some(c)) => crate::t!(
            "outcomes-impact-years",
            baseline = b.to_string(),
            current = c.to_string()
        ),
        (Some(b), None) => crate::t!("outcomes-impact-years-from", baseline = b.to_string()),
        (None, Some(c)) => crate::t!("outcomes-impact-years-to", current = c.to_string()),
        (None, None) => crate::t!("outcomes-impact-years-each"),
    };
    crate::t!(
        "outcomes-impact-rule",
        years = years,
        n = rule.min_n,
        tolerance = rule.tolerance,
        share = format!("{}%", rule.share * 100.0),
        least = rule.min_indicators
    )
}

/// The label every output carries when equitable impact is judged under other
/// parameters than the declared rule (`--impact-share`, `--impact-min-indicators`,
/// `--impact-tolerance`).
pub(super) fn impact_what_if(rule: &crate::outcomes::impact::Rule) -> Option<String> {
    (!rule.is_declared()).then(|| crate::t!("outcomes-impact-what-if"))
}

/// A scorecard value as shown: the count, or the percentage to one decimal.
pub(super) fn sc_value(measure: crate::outcomes::scorecard::Measure, v: Option<f64>) -> String {
    match v {
        Some(v) => super::targets::shown(measure, v),
        None => crate::t!("scorecard-none"),
    }
}

/// A change as shown: signed, a count or percentage points.
pub(super) fn sc_change(measure: crate::outcomes::scorecard::Measure, v: Option<f64>) -> String {
    match v {
        Some(v) if measure.is_count() => format!("{v:+.0}"),
        Some(v) => format!("{v:+.1}"),
        None => crate::t!("scorecard-none"),
    }
}

/// The gap to target as shown: what is left to go, or "met".
pub(super) fn sc_gap(measure: crate::outcomes::scorecard::Measure, v: Option<f64>) -> String {
    match v {
        Some(v) if v <= 0.0 => crate::t!("scorecard-met"),
        Some(v) if measure.is_count() => format!("{v:.0}"),
        Some(v) => format!("{v:.1}"),
        None => crate::t!("scorecard-none"),
    }
}

/// The trend as shown: an arrow and for how many years in a row.
pub(super) fn sc_trend(t: Option<crate::outcomes::scorecard::Trend>) -> String {
    match t {
        Some(t) => crate::t!(
            "scorecard-trend-periods",
            arrow = t.direction.arrow(),
            periods = t.periods
        ),
        None => crate::t!("scorecard-none"),
    }
}

/// The scorecard as a table: one row per measure (and district, when named).
fn scorecard_table(out: &mut String, sc: &super::rollup_figures::Scorecard) {
    let mut rows: Vec<[String; 7]> = Vec::new();
    let mut add = |prefix: Option<&str>, lines: &[crate::outcomes::scorecard::Line]| {
        for l in lines {
            let name = crate::t!(l.measure.label_id());
            rows.push([
                match prefix {
                    Some(p) => format!("{p}: {name}"),
                    None => name,
                },
                sc_value(l.measure, l.prior),
                sc_value(l.measure, l.current),
                sc_change(l.measure, l.change),
                sc_value(l.measure, l.target),
                sc_gap(l.measure, l.gap),
                sc_trend(l.trend),
            ]);
        }
    };
    add(None, &sc.network);
    for (district, lines) in &sc.districts {
        let name = if district == super::rollup_figures::NO_DISTRICT {
            crate::t!("cli-rollup-no-district")
        } else {
            district.clone()
        };
        add(Some(&name), lines);
    }
    let head = [
        crate::t!("targets-measure"),
        crate::t!("scorecard-prior"),
        crate::t!("scorecard-current"),
        crate::t!("scorecard-change"),
        crate::t!("targets-target"),
        crate::t!("scorecard-gap"),
        crate::t!("scorecard-trend"),
    ];
    let widths: Vec<usize> = (0..7)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([head[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let _ = writeln!(
        out,
        "{}",
        crate::t!("scorecard-heading", period = sc.period.to_string())
    );
    for r in std::iter::once(&head).chain(&rows) {
        let mut line = format!("{:w$}", r[0], w = widths[0]);
        for i in 1..6 {
            let _ = write!(line, "  {:>w$}", r[i], w = widths[i]);
        }
        let _ = write!(line, "  {}", r[6]);
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out, "{}", crate::t!("scorecard-explained"));
}

/// The three headline measures in lines of text.
fn headline_lines(out: &mut String, h: &crate::outcomes::headline::Headline) {
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "cli-rollup-community",
            count = h.community,
            new = h.new,
            sustained = h.sustained
        )
    );
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "cli-rollup-fully-community",
            community = h.fully_of_community.to_string(),
            assessed = h.fully_of_assessed.to_string()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "cli-rollup-impact",
            share = h.impact.to_string(),
            missing = h.not_enough_data
        )
    );
}

pub(super) fn plain(
    rubric: &Rubric,
    as_of: Option<Date>,
    f: &Figures,
    trend: &[TrendPoint],
    skipped: usize,
    impact: &crate::outcomes::impact::Rule,
) -> String {
    let r = &f.overall;
    let mut out = String::new();
    let _ = writeln!(out, "{} ({} v{})", rubric.title, rubric.id, rubric.version);
    let schools = match as_of {
        Some(d) => crate::t!(
            "cli-rollup-schools-as-of",
            count = r.schools,
            date = d.to_string(),
            incomplete = r.incomplete
        ),
        None => crate::t!(
            "cli-rollup-schools",
            count = r.schools,
            incomplete = r.incomplete
        ),
    };
    let _ = writeln!(out, "{schools}");
    let _ = writeln!(out);
    let label = impact_what_if(impact);
    if let Some(label) = &label {
        let _ = writeln!(out, "{label}");
    }
    headline_lines(&mut out, &f.headline);
    let _ = writeln!(out, "{}", impact_words(impact));
    if let Some(label) = &label {
        let _ = writeln!(out, "{label}");
    }
    let _ = writeln!(out);
    scorecard_table(&mut out, &f.scorecard);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        crate::t!("cli-rollup-fully", share = r.fully_implementing.to_string())
    );
    let _ = writeln!(
        out,
        "{}",
        crate::t!("cli-rollup-baseline", share = r.baseline_met.to_string())
    );
    let _ = writeln!(out);
    // Each standard's title as the shown rubric words it.
    let title = |s: &crate::score::StandardRollup| {
        rubric.standard_title(&s.id).unwrap_or(&s.title).to_string()
    };
    let width = r
        .by_standard
        .iter()
        .map(|s| title(s).chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let keys: Vec<&str> = rubric.levels.iter().map(|l| l.label.as_str()).collect();
    let _ = writeln!(
        out,
        "{:width$}  {:<22}  {}",
        crate::t!("cli-rollup-standard"),
        crate::t!("cli-rollup-fully-implemented"),
        crate::t!("cli-rollup-ratings", levels = keys.join(" / "))
    );
    for s in &r.by_standard {
        let levels: Vec<String> = s.levels.iter().map(|n| n.to_string()).collect();
        let _ = writeln!(
            out,
            "{:width$}  {:<22}  {} / {} / {}",
            title(s),
            s.fully_implemented.to_string(),
            levels.join(" / "),
            s.not_applicable,
            s.unrated
        );
    }
    if !f.by_district.is_empty() {
        let _ = writeln!(out);
        let named: Vec<(String, &Rollup)> = f
            .by_district
            .iter()
            .map(|(d, r)| {
                let name = if d == super::rollup_figures::NO_DISTRICT {
                    crate::t!("cli-rollup-no-district")
                } else {
                    d.clone()
                };
                (name, r)
            })
            .collect();
        let dw = named
            .iter()
            .map(|(d, _)| d.chars().count())
            .max()
            .unwrap_or(8)
            .max(8);
        let schools = crate::t!("cli-rollup-school-count");
        // As wide as the heading in the language shown ("Schools", "Escuelas").
        let sw = schools.chars().count().max(7);
        let _ = writeln!(
            out,
            "{:dw$}  {schools:>sw$}  {:<22}  {}",
            crate::t!("cli-rollup-district"),
            crate::t!("cli-rollup-fully-implementing"),
            crate::t!("cli-rollup-baseline-met")
        );
        for (district, d) in &named {
            let _ = writeln!(
                out,
                "{district:dw$}  {:>sw$}  {:<22}  {}",
                d.schools,
                d.fully_implementing.to_string(),
                d.baseline_met
            );
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", crate::t!("cli-rollup-headline-by-district"));
        for ((key, _), (district, _)) in f.by_district.iter().zip(&named) {
            if let Some(h) = f.headlines.get(key) {
                let _ = writeln!(
                    out,
                    "{district:dw$}  {}",
                    crate::t!(
                        "cli-rollup-district-headline",
                        count = h.community,
                        new = h.new,
                        sustained = h.sustained,
                        fully = h.fully_of_community.to_string(),
                        impact = h.impact.to_string(),
                        missing = h.not_enough_data
                    )
                );
            }
        }
    }
    if !trend.is_empty() {
        let _ = writeln!(out);
        let schools = crate::t!("cli-rollup-school-count");
        let sw = schools.chars().count().max(7);
        let _ = writeln!(
            out,
            "{:<8}  {schools:>sw$}  {:<22}  {}",
            crate::t!("cli-rollup-period"),
            crate::t!("cli-rollup-fully-implementing"),
            crate::t!("cli-rollup-baseline-met")
        );
        for p in trend {
            let t = &p.overall;
            let _ = writeln!(
                out,
                "{:<8}  {:>sw$}  {:<22}  {}",
                p.label,
                t.schools,
                t.fully_implementing.to_string(),
                t.baseline_met
            );
        }
        district_years(&mut out, trend);
    }
    if skipped > 0 {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", crate::t!("cli-rollup-skipped", count = skipped));
    }
    out
}

/// The districts of a trend by district, in order, each with its figures per period
/// (`None` where it had no school assessed yet).
pub(super) fn district_rows(trend: &[TrendPoint]) -> Vec<(String, Vec<Option<&Rollup>>)> {
    let mut names: Vec<&String> = trend
        .iter()
        .flat_map(|p| p.by_district.iter().map(|(d, _)| d))
        .collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|name| {
            let cells = trend
                .iter()
                .map(|p| {
                    p.by_district
                        .iter()
                        .find(|(d, _)| d == name)
                        .map(|(_, r)| r)
                })
                .collect();
            (name.clone(), cells)
        })
        .collect()
}

/// The district × period table of % fully implementing (one row per district, one
/// column per period, the network last), when the trend was asked by district.
fn district_years(out: &mut String, trend: &[TrendPoint]) {
    let rows = district_rows(trend);
    if rows.is_empty() {
        return;
    }
    let shown = |name: &str| {
        if name == super::rollup_figures::NO_DISTRICT {
            crate::t!("cli-rollup-no-district")
        } else {
            name.to_string()
        }
    };
    let cell = |r: Option<&Rollup>| match r.and_then(|r| r.fully_implementing.percent()) {
        Some(p) => format!("{p:.1}%"),
        None => "—".to_string(),
    };
    let network = crate::t!("cli-rollup-network");
    let dw = rows
        .iter()
        .map(|(d, _)| shown(d).chars().count())
        .chain([
            network.chars().count(),
            crate::t!("cli-rollup-district").chars().count(),
        ])
        .max()
        .unwrap_or(8);
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", crate::t!("cli-rollup-district-years"));
    let _ = write!(out, "{:dw$}", crate::t!("cli-rollup-district"));
    for p in trend {
        let _ = write!(out, "  {:>8}", p.label);
    }
    let _ = writeln!(out);
    for (name, cells) in &rows {
        let _ = write!(out, "{:dw$}", shown(name));
        for c in cells {
            let _ = write!(out, "  {:>8}", cell(*c));
        }
        let _ = writeln!(out);
    }
    let _ = write!(out, "{network:dw$}");
    for p in trend {
        let _ = write!(out, "  {:>8}", cell(Some(&p.overall)));
    }
    let _ = writeln!(out);
}
