//! `rollup`'s outputs for programs: JSON and CSV, the same in every language (the
//! text for people is `rollup_text`).

use super::rollup_figures::{Figures, TrendPoint};
use super::rollup_text::{district_rows, impact_what_if, impact_words};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::exchange::report::fraction_json;
use crate::rubric::Rubric;
use crate::score::Rollup;
use jiff::civil::Date;
use serde_json::{Value, json};

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
