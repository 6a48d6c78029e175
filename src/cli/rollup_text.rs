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
    headline_lines(&mut out, &f.headline);
    let _ = writeln!(out, "{}", impact_words(impact));
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
    let with_impact = format!("{rule} {impact}");
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
        rows("period", &p.label, &p.overall, false, None)?;
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
