//! `touchstone history` (one school over time) and `touchstone compare` (what changed
//! between two assessments).

use super::Context;
use super::output::{print, print_exact};
use crate::assessment::Assessment;
use crate::error::{Error, Result};
use crate::exchange::report::fraction_json;
use serde_json::{Value, json};
use std::fmt::Write;

fn pretty(value: &Value) -> Result<String> {
    let mut text = crate::text::json(
        serde_json::to_string_pretty(value).map_err(|e| Error::failure(e.to_string()))?,
    );
    text.push('\n');
    Ok(text)
}

pub fn history(
    ctx: &mut Context,
    school: &str,
    district: Option<&str>,
    as_json: bool,
) -> Result<()> {
    let all = ctx.store()?.load_all(None)?;
    // Ids as short as `list` prints them, measured over every assessment as it does.
    let ids: Vec<&str> = all.iter().map(|a| a.meta.id.as_str()).collect();
    let id_width = super::assessments::unique_prefix_len(&ids);
    let in_district: Vec<&Assessment> = all
        .iter()
        .filter(|a| {
            district.is_none_or(|d| {
                a.meta
                    .district
                    .as_deref()
                    .is_some_and(|x| x.to_lowercase() == d.to_lowercase())
            })
        })
        .collect();
    let names: Vec<&str> = in_district.iter().map(|a| a.meta.school.as_str()).collect();
    let name = school_named(&names, school)?;
    let mine: Vec<&Assessment> = in_district
        .into_iter()
        .filter(|a| a.meta.school == name)
        .collect();
    let school = name.as_str();
    if as_json {
        let rows: Vec<Value> = mine
            .iter()
            .map(|a| {
                let s = a.score();
                json!({
                    "id": a.meta.id, "date": a.meta.date.to_string(), "district": a.meta.district,
                    "rubric": {"id": a.rubric.id, "version": a.rubric.version},
                    "status": a.meta.status.as_str(), "incomplete": s.incomplete,
                    "fully_implementing": s.fully_implementing, "baseline_met": s.baseline_met,
                    "indicators": fraction_json(s.indicators), "standards": fraction_json(s.standards),
                    "rule": crate::exchange::report::rule(a),
                })
            })
            .collect();
        return print_exact(&pretty(&json!(rows))?);
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{school}: {}, oldest first",
        crate::words::count(mine.len(), "assessment", "assessments")
    );
    let _ = writeln!(
        out,
        "{:<id_width$}  {:<10}  {:<18}  {:<6}  {:<16}  {:<18}  Fully implementing · baseline",
        "ID", "Date", "Rubric", "Status", "Standards full", "Indicators full"
    );
    for a in &mine {
        let s = a.score();
        let _ = writeln!(
            out,
            "{:<id_width$}  {:<10}  {:<18}  {:<6}  {:<16}  {:<18}  {} · {}{}",
            a.meta.id.get(..id_width).unwrap_or(&a.meta.id),
            a.meta.date.to_string(),
            format!("{} v{}", a.rubric.id, a.rubric.version),
            a.meta.status.as_str(),
            s.standards.to_string(),
            s.indicators.to_string(),
            if s.fully_implementing { "yes" } else { "no" },
            if s.baseline_met { "met" } else { "not met" },
            if s.incomplete { " (incomplete)" } else { "" }
        );
    }
    // Each rubric version's rule once, in the order first met.
    let mut rules: Vec<(String, String)> = Vec::new();
    for a in &mine {
        let version = format!("{} v{}", a.rubric.id, a.rubric.version);
        if !rules.iter().any(|(v, _)| *v == version) {
            rules.push((version, crate::exchange::report::rule(a)));
        }
    }
    let _ = writeln!(out);
    for (version, rule) in rules {
        let _ = writeln!(out, "Rule ({version}): {rule}");
    }
    print(&out)
}

/// The one school name `typed` means, ignoring case: an exact name, or else the
/// beginning of exactly one name. Several candidates are an error that lists them.
fn school_named(names: &[&str], typed: &str) -> Result<String> {
    let want = typed.trim().to_lowercase();
    let mut distinct: Vec<&str> = names.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let lower = |n: &str| n.to_lowercase();
    if let Some(exact) = distinct.iter().find(|n| lower(n) == want) {
        return Ok(exact.to_string());
    }
    let starting: Vec<&str> = distinct
        .iter()
        .copied()
        .filter(|n| !want.is_empty() && lower(n).starts_with(&want))
        .collect();
    match starting.as_slice() {
        [one] => Ok(one.to_string()),
        [] => Err(Error::input(format!(
            "no school name starts with {typed:?} (see `touchstone list`)"
        ))),
        many => Err(Error::input(format!(
            "{typed:?} could be {}; type more of the name",
            many.iter()
                .map(|n| format!("{n:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

pub fn compare(ctx: &mut Context, a: &str, b: &str, as_json: bool) -> Result<()> {
    let store = ctx.store()?;
    let (a, b) = (
        store.load(&store.resolve(a)?)?,
        store.load(&store.resolve(b)?)?,
    );
    if a.rubric.id != b.rubric.id {
        return Err(Error::input(format!(
            "the assessments use different rubrics ({} and {}); compare assessments of one rubric",
            a.rubric.id, b.rubric.id
        )));
    }
    let (sa, sb) = (a.score(), b.score());
    let mut standards = Vec::new();
    for (j, standard) in b.rubric.standards.iter().enumerate() {
        let before = a
            .rubric
            .standards
            .iter()
            .position(|s| s.id == standard.id)
            .and_then(|i| sa.by_standard.get(i));
        let after = &sb.by_standard[j];
        standards.push((standard, before, after));
    }
    let mut indicators = Vec::new();
    for (i, (_, ind)) in b.rubric.indicators().enumerate() {
        let before = a
            .rubric
            .indicator_index(&ind.id)
            .and_then(|k| a.entries[k].choice);
        let after = b.entries[i].choice;
        let label = |r: &crate::rubric::Rubric, c| r.choice_label(c).to_string();
        let (was, now) = (label(&a.rubric, before), label(&b.rubric, after));
        if was != now {
            indicators.push((
                ind.id.clone(),
                was,
                now,
                before.map(|c| a.rubric.choice_key(c).to_string()),
                after.map(|c| b.rubric.choice_key(c).to_string()),
            ));
        }
    }
    if as_json {
        let value = json!({
            "a": {"id": a.meta.id, "date": a.meta.date.to_string(), "standards": fraction_json(sa.standards), "rule": crate::exchange::report::rule(&a)},
            "b": {"id": b.meta.id, "date": b.meta.date.to_string(), "standards": fraction_json(sb.standards), "rule": crate::exchange::report::rule(&b)},
            "by_standard": standards.iter().map(|(s, before, after)| json!({
                "id": s.id,
                "a": before.map(|f| json!({"fully_implemented": f.fully_implemented, "indicators": fraction_json(f.indicators), "mean_score": f.mean_score})),
                "b": {"fully_implemented": after.fully_implemented, "indicators": fraction_json(after.indicators), "mean_score": after.mean_score},
            })).collect::<Vec<_>>(),
            "changed_indicators": indicators.iter().map(|(id, _, _, was, now)| json!({"indicator": id, "a": was, "b": now})).collect::<Vec<_>>(),
        });
        return print_exact(&pretty(&value)?);
    }
    let mut out = String::new();
    let _ = writeln!(out, "{} {} → {}", b.meta.school, a.meta.date, b.meta.date);
    let _ = writeln!(
        out,
        "Standards fully implemented: {} → {}",
        sa.standards, sb.standards
    );
    let _ = writeln!(
        out,
        "Indicators at the full level: {} → {}",
        sa.indicators, sb.indicators
    );
    let _ = writeln!(out);
    let width = standards
        .iter()
        .map(|(s, _, _)| s.title.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    for (s, before, after) in &standards {
        let was = before.map_or("—".to_string(), |f| f.indicators.to_string());
        let mark = match (before.map(|f| f.fully_implemented), after.fully_implemented) {
            (Some(false) | None, true) => "  now fully implemented",
            (Some(true), false) => "  no longer fully implemented",
            _ => "",
        };
        let _ = writeln!(
            out,
            "{:width$}  {was} → {}{mark}",
            s.title, after.indicators
        );
    }
    let _ = writeln!(out);
    if indicators.is_empty() {
        let _ = writeln!(out, "No indicator changed.");
    } else {
        let _ = writeln!(out, "Indicators that changed ({}):", indicators.len());
        for (id, was, now, _, _) in &indicators {
            let _ = writeln!(out, "  {id:<8} {was} → {now}");
        }
    }
    let _ = writeln!(out);
    let (rule_a, rule_b) = (
        crate::exchange::report::rule(&a),
        crate::exchange::report::rule(&b),
    );
    if rule_a == rule_b {
        let _ = writeln!(out, "Rule: {rule_a}");
    } else {
        let _ = writeln!(out, "Rule for {}: {rule_a}", a.meta.date);
        let _ = writeln!(out, "Rule for {}: {rule_b}", b.meta.date);
    }
    print(&out)
}
