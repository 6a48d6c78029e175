//! `rollup`'s outputs: the text for people (translated), and JSON and CSV for
//! programs (the same in every language).

use super::rollup::Figures;
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

pub(super) fn plain(
    rubric: &Rubric,
    as_of: Option<Date>,
    f: &Figures,
    trend: &[(String, Rollup)],
    skipped: usize,
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
                let name = if d == super::rollup::NO_DISTRICT {
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
        for (label, t) in trend {
            let _ = writeln!(
                out,
                "{label:<8}  {:>sw$}  {:<22}  {}",
                t.schools,
                t.fully_implementing.to_string(),
                t.baseline_met
            );
        }
    }
    if skipped > 0 {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", crate::t!("cli-rollup-skipped", count = skipped));
    }
    out
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

pub(super) fn json(
    rubric: &Rubric,
    as_of: Option<Date>,
    f: &Figures,
    trend: &[(String, Rollup)],
    skipped: &[Diagnostic],
    rule: &super::what_if::WhatIf,
) -> Result<String> {
    let keys: Vec<String> = rubric.levels.iter().map(|l| l.key.clone()).collect();
    let mut value = rollup_json(Some(rubric), &f.overall, &keys);
    if let Some(obj) = value.as_object_mut() {
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
                    }
                    v
                })
                .collect();
            obj.insert("by_district".into(), json!(districts));
        }
        if !trend.is_empty() {
            let points: Vec<Value> = trend
                .iter()
                .map(|(label, r)| {
                    json!({
                        "period": label, "schools": r.schools, "incomplete": r.incomplete,
                        "fully_implementing": fraction_json(r.fully_implementing),
                        "baseline_met": fraction_json(r.baseline_met),
                    })
                })
                .collect();
            obj.insert("trend".into(), json!(points));
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
    trend: &[(String, Rollup)],
    rule: &str,
    what_if: bool,
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
    let mut rows = |scope: &str, name: &str, r: &Rollup, standards: bool| -> Result<()> {
        let mut measures = vec![
            ("fully_implementing".to_string(), r.fully_implementing),
            ("baseline_met".to_string(), r.baseline_met),
        ];
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
            w.write_record([
                scope,
                &crate::text::csv_cell(name),
                &measure,
                &fr.numerator.to_string(),
                &fr.denominator.to_string(),
                &percent,
                &rule,
            ])
            .map_err(fail)?;
        }
        Ok(())
    };
    rows("network", "", &f.overall, true)?;
    for (district, r) in &f.by_district {
        rows("district", district, r, true)?;
    }
    for (label, r) in trend {
        rows("period", label, r, false)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::failure(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| Error::failure(e.to_string()))
}
