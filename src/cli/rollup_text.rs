//! `rollup`'s outputs: the text for people (translated), and JSON and CSV for
//! programs (the same in every language).

use super::rollup_figures::{Figures, TrendPoint};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::exchange::report::fraction_json;
use crate::rubric::Rubric;
use crate::score::Rollup;
use jiff::civil::Date;
use serde_json::{Value, json};
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

fn rollup_json(rubric: Option<&Rubric>, r: &Rollup, level_keys: &[String]) -> Value {
    let mut v = json!({
        "schools": r.schools,
        "incomplete": r.incomplete,
        "fully_implementing": fraction_json(r.fully_implementing),
        "baseline_met": fraction_json(r.baseline_met),
        "by_standard": r.by_standard.iter().map(|s| {
            let mut levels = serde_json::Map::new();
            for (key, n) in level_keys.iter().zip(&s.levels) {
                levels.insert(key.clone(), json!(n));
            }
            levels.insert("na".into(), json!(s.not_applicable));
            levels.insert("unrated".into(), json!(s.unrated));
            json!({
                "id": s.id, "title": s.title,
                "fully_implemented": fraction_json(s.fully_implemented),
                "levels": levels,
            })
        }).collect::<Vec<_>>(),
    });
    if let (Some(rubric), Some(obj)) = (rubric, v.as_object_mut()) {
        obj.insert(
            "rubric".into(),
            json!({ "id": rubric.id, "version": rubric.version }),
        );
    }
    v
}

/// The scorecard lines as JSON.
fn scorecard_json(lines: &[crate::outcomes::scorecard::Line]) -> Value {
    json!(lines.iter().map(|l| json!({
        "measure": l.measure.key(),
        "period": l.period,
        "prior": l.prior,
        "current": l.current,
        "change": l.change,
        "target": l.target,
        "gap": l.gap,
        "trend": l.trend.map(|t| json!({"direction": t.direction.key(), "periods": t.periods})),
    })).collect::<Vec<_>>())
}

/// The headline measures as JSON.
fn headline_json(h: &crate::outcomes::headline::Headline) -> Value {
    json!({
        "community_schools": h.community,
        "new": h.new,
        "sustained": h.sustained,
        "fully_implementing_of_community": fraction_json(h.fully_of_community),
        "fully_implementing_of_assessed": fraction_json(h.fully_of_assessed),
        "equitable_impact": fraction_json(h.impact),
        "not_enough_data": h.not_enough_data,
    })
}

pub(super) fn json(
    rubric: &Rubric,
    as_of: Option<Date>,
    f: &Figures,
    trend: &[TrendPoint],
    skipped: &[Diagnostic],
    rule: &super::what_if::WhatIf,
    impact: &crate::outcomes::impact::Rule,
) -> Result<String> {
    let keys: Vec<String> = rubric.levels.iter().map(|l| l.key.clone()).collect();
    let mut value = rollup_json(Some(rubric), &f.overall, &keys);
    if let Some(obj) = value.as_object_mut() {
        obj.insert("headline".into(), headline_json(&f.headline));
        obj.insert("scorecard".into(), scorecard_json(&f.scorecard.network));
        obj.insert(
            "impact_rule".into(),
            json!({
                "words": impact_words(impact),
                "baseline": impact.baseline.map(|y| y.to_string()),
                "current": impact.current.map(|y| y.to_string()),
                "min_n": impact.min_n,
                "tolerance": impact.tolerance,
                "share": impact.share,
                "min_indicators": impact.min_indicators,
                "what_if": impact_what_if(impact),
            }),
        );
        obj.insert("as_of".into(), json!(as_of.map(|d| d.to_string())));
        obj.insert("rule".into(), json!(rule.words(rubric)));
        let what_if = rule.label(rubric).map(|label| {
            json!({
                "label": label,
                "standard_threshold": rule.standard_threshold,
                "school_threshold": rule.school_threshold,
            })
        });
        obj.insert("what_if".into(), json!(what_if));
        obj.insert(
            "skipped_files".into(),
            json!(skipped.iter().map(|d| json!({"file": d.file, "line": d.line, "col": d.col, "message": d.message})).collect::<Vec<_>>()),
        );
        if !f.by_district.is_empty() {
            let districts: Vec<Value> = f
                .by_district
                .iter()
                .map(|(name, r)| {
                    let mut v = rollup_json(None, r, &keys);
                    if let Some(o) = v.as_object_mut() {
                        o.insert("district".into(), json!(name));
                        if let Some(h) = f.headlines.get(name) {
                            o.insert("headline".into(), headline_json(h));
                        }
                        if let Some(lines) = f.scorecard.districts.get(name) {
                            o.insert("scorecard".into(), scorecard_json(lines));
                        }
                    }
                    v
                })
                .collect();
            obj.insert("by_district".into(), json!(districts));
        }
        if !trend.is_empty() {
            let points: Vec<Value> = trend
                .iter()
                .map(|p| {
                    let r = &p.overall;
                    json!({
                        "period": p.label, "schools": r.schools, "incomplete": r.incomplete,
                        "fully_implementing": fraction_json(r.fully_implementing),
                        "baseline_met": fraction_json(r.baseline_met),
                        "headline": {
                            "community_schools": p.headline.community,
                            "fully_implementing_of_community": fraction_json(p.headline.fully_of_community),
                            "equitable_impact": fraction_json(p.headline.impact),
                            "not_enough_data": p.headline.not_enough_data,
                        },
                    })
                })
                .collect();
            obj.insert("trend".into(), json!(points));
            // The district × period table: each district's % fully implementing at
            // the end of every period (null before its first assessment).
            let rows = district_rows(trend);
            if !rows.is_empty() {
                let table: Vec<Value> = rows
                    .iter()
                    .map(|(name, cells)| {
                        let periods: Vec<Value> = trend
                            .iter()
                            .zip(cells)
                            .map(|(p, r)| {
                                json!({
                                    "period": p.label,
                                    "schools": r.map_or(0, |r| r.schools),
                                    "fully_implementing": r.map(|r| fraction_json(r.fully_implementing)),
                                })
                            })
                            .collect();
                        json!({ "district": name, "periods": periods })
                    })
                    .collect();
                obj.insert("district_trend".into(), json!(table));
            }
        }
    }
    let mut text = crate::text::json(
        serde_json::to_string_pretty(&value).map_err(|e| Error::failure(e.to_string()))?,
    );
    text.push('\n');
    Ok(text)
}

/// One row per figure: `scope, name, measure, numerator, denominator, percent,
/// rule`; `rule` states the scoring rule in words, starting `what if:` when it is
/// not the rubric's own.
pub(super) fn csv(
    f: &Figures,
    trend: &[TrendPoint],
    rule: &str,
    what_if: bool,
    impact: &str,
    impact_what_if: bool,
) -> Result<String> {
    let rule = if what_if {
        format!("what if: {rule}")
    } else {
        rule.to_string()
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| Error::failure(e.to_string());
    w.write_record([
        "scope",
        "name",
        "measure",
        "numerator",
        "denominator",
        "percent",
        "rule",
    ])
    .map_err(fail)?;
    // The impact rows say "what if" when the impact rule's parameters are not the
    // declared ones, even under the rubric's own scoring rule.
    let with_impact = match impact_what_if && !what_if {
        true => format!("what if: {rule} {impact}"),
        false => format!("{rule} {impact}"),
    };
    let mut rows = |scope: &str,
                    name: &str,
                    r: &Rollup,
                    standards: bool,
                    headline: Option<&crate::outcomes::headline::Headline>|
     -> Result<()> {
        let mut measures = vec![
            ("fully_implementing".to_string(), r.fully_implementing),
            ("baseline_met".to_string(), r.baseline_met),
        ];
        if let Some(h) = headline {
            measures.extend([
                (
                    "community_schools".to_string(),
                    crate::score::Fraction::new(h.community, h.assessed),
                ),
                (
                    "community_new".to_string(),
                    crate::score::Fraction::new(h.new, h.community),
                ),
                (
                    "community_sustained".to_string(),
                    crate::score::Fraction::new(h.sustained, h.community),
                ),
                (
                    "fully_implementing_of_community".to_string(),
                    h.fully_of_community,
                ),
                ("equitable_impact".to_string(), h.impact),
                (
                    "impact_not_enough_data".to_string(),
                    crate::score::Fraction::new(h.not_enough_data, h.community),
                ),
            ]);
        }
        if standards {
            measures.extend(
                r.by_standard
                    .iter()
                    .map(|s| (format!("standard:{}", s.id), s.fully_implemented)),
            );
        }
        // A period's headline has no new and sustained (not worked out per period).
        if scope == "period" {
            measures.retain(|(m, _)| {
                !m.starts_with("community_new") && !m.starts_with("community_sustained")
            });
        }
        for (measure, fr) in measures {
            let percent = fr.percent().map_or(String::new(), |p| p.to_string());
            // The district is typed by people: never a live formula in a spreadsheet.
            let words = match measure.as_str() {
                "equitable_impact" | "impact_not_enough_data" => &with_impact,
                _ => &rule,
            };
            w.write_record([
                scope,
                &crate::text::csv_cell(name),
                &measure,
                &fr.numerator.to_string(),
                &fr.denominator.to_string(),
                &percent,
                words,
            ])
            .map_err(fail)?;
        }
        Ok(())
    };
    rows("network", "", &f.overall, true, Some(&f.headline))?;
    for (district, r) in &f.by_district {
        rows("district", district, r, true, f.headlines.get(district))?;
    }
    for p in trend {
        rows("period", &p.label, &p.overall, false, Some(&p.headline))?;
    }
    // The scorecard: per measure, `MEASURE:prior`, `:current`, `:change`, `:target`
    // and `:gap` with the value in `percent` (a count for community schools), and
    // `MEASURE:trend:up|down|flat` with the years in a row as numerator.
    let mut scorecard =
        |scope: &str, name: &str, lines: &[crate::outcomes::scorecard::Line]| -> Result<()> {
            for l in lines {
                let key = l.measure.key();
                let words = match l.measure {
                    crate::outcomes::scorecard::Measure::EquitableImpact => &with_impact,
                    _ => &rule,
                };
                let number = |v: Option<f64>| {
                    v.map_or(String::new(), |v| format!("{}", (v * 10.0).round() / 10.0))
                };
                for (what, v) in [
                    ("prior", l.prior),
                    ("current", l.current),
                    ("change", l.change),
                    ("target", l.target),
                    ("gap", l.gap),
                ] {
                    w.write_record([
                        scope,
                        &crate::text::csv_cell(name),
                        &format!("{key}:{what}:{}", l.period),
                        "",
                        "",
                        &number(v),
                        words,
                    ])
                    .map_err(fail)?;
                }
                if let Some(t) = l.trend {
                    w.write_record([
                        scope,
                        &crate::text::csv_cell(name),
                        &format!("{key}:trend:{}", t.direction.key()),
                        &t.periods.to_string(),
                        "",
                        "",
                        words,
                    ])
                    .map_err(fail)?;
                }
            }
            Ok(())
        };
    scorecard("scorecard", "", &f.scorecard.network)?;
    for (district, lines) in &f.scorecard.districts {
        scorecard("district_scorecard", district, lines)?;
    }
    // The district × period table: scope `district_period`, the district as name,
    // the measure `fully_implementing:PERIOD` (a district not yet assessed is left out).
    for p in trend {
        for (district, r) in &p.by_district {
            let fr = r.fully_implementing;
            w.write_record([
                "district_period",
                &crate::text::csv_cell(district),
                &format!("fully_implementing:{}", p.label),
                &fr.numerator.to_string(),
                &fr.denominator.to_string(),
                &fr.percent().map_or(String::new(), |p| p.to_string()),
                &rule,
            ])
            .map_err(fail)?;
        }
    }
    let bytes = w.into_inner().map_err(|e| Error::failure(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| Error::failure(e.to_string()))
}
