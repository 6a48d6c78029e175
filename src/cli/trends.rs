//! `touchstone history` (one school over time) and `touchstone compare` (what changed
//! between two assessments).

use super::Context;
use super::output::{print, print_exact};
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
    let store = ctx.store()?;
    // Ids as short as `list` prints them, measured over every assessment as it does.
    let id_width = super::assessments::id_width(store)?;
    let in_district: Vec<(i64, String, Option<String>)> = store
        .schools_with_ids()?
        .into_iter()
        .filter(|(_, _, d)| {
            district.is_none_or(|want| {
                d.as_deref()
                    .is_some_and(|x| x.to_lowercase() == want.to_lowercase())
            })
        })
        .collect();
    let names: Vec<&str> = in_district.iter().map(|(_, n, _)| n.as_str()).collect();
    let name = school_named(&names, school)?;
    let school_ids: Vec<i64> = in_district
        .iter()
        .filter(|(_, n, _)| *n == name)
        .map(|(id, _, _)| *id)
        .collect();
    let mine = store.listed_of_schools(&school_ids)?;
    let school = name.as_str();
    let mut rules = Rules::default();
    if as_json {
        let rows: Vec<Value> = mine
            .iter()
            .map(|a| {
                let f = &a.figures;
                Ok(json!({
                    "id": a.id, "date": a.date, "district": a.district,
                    "rubric": {"id": a.rubric_id, "version": a.rubric_version},
                    "status": a.status.as_str(), "incomplete": f.incomplete(),
                    "fully_implementing": f.fully_implementing, "baseline_met": f.baseline_met,
                    "indicators": fraction_json(f.indicator_share()), "standards": fraction_json(f.standards()),
                    // JSON reads the same in every language.
                    "rule": crate::i18n::scoped(crate::i18n::Lang::En, || rules.of(store, a))?,
                }))
            })
            .collect::<Result<_>>()?;
        return print_exact(&pretty(&json!(rows))?);
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        crate::t!("cli-history-title", school = school, count = mine.len())
    );
    let _ = writeln!(
        out,
        "{:<id_width$}  {:<10}  {:<18}  {:<6}  {:<16}  {:<18}  {}",
        crate::t!("cli-list-id"),
        crate::t!("cli-list-date"),
        crate::t!("cli-list-rubric"),
        crate::t!("cli-list-status"),
        crate::t!("cli-history-standards-full"),
        crate::t!("cli-history-indicators-full"),
        crate::t!("cli-history-fully-baseline")
    );
    for a in &mine {
        let f = &a.figures;
        let _ = writeln!(
            out,
            "{:<id_width$}  {:<10}  {:<18}  {:<6}  {:<16}  {:<18}  {} · {}{}",
            a.id.get(..id_width).unwrap_or(&a.id),
            a.date,
            a.rubric_label(),
            a.status.as_str(),
            f.standards().to_string(),
            f.indicator_share().to_string(),
            if f.fully_implementing {
                crate::t!("cli-yes")
            } else {
                crate::t!("cli-no")
            },
            if f.baseline_met {
                crate::t!("cli-baseline-met")
            } else {
                crate::t!("cli-baseline-not-met")
            },
            if f.incomplete() {
                crate::t!("cli-incomplete")
            } else {
                String::new()
            }
        );
    }
    // Each rubric version's rule once, in the order first met.
    for a in &mine {
        rules.of(store, a)?;
    }
    let _ = writeln!(out);
    for (version, rule) in &rules.0 {
        let _ = writeln!(
            out,
            "{}",
            crate::t!("cli-rule-version", version = version, rule = rule)
        );
    }
    print(&out)
}

/// Each rubric version's scoring rule in words, read from its stored snapshot once,
/// in the order first asked for.
#[derive(Default)]
struct Rules(Vec<(String, String)>);

impl Rules {
    fn of(&mut self, store: &crate::store::Store, a: &crate::store::Listed) -> Result<String> {
        let label = a.rubric_label();
        if let Some((_, rule)) = self.0.iter().find(|(v, _)| *v == label) {
            return Ok(rule.clone());
        }
        let rule = match store.stored_rubric(&a.rubric_id, &a.rubric_version)? {
            Some((rubric, _)) => rubric.scoring.in_words(&rubric.levels),
            None => String::new(),
        };
        self.0.push((label, rule.clone()));
        Ok(rule)
    }
}

/// The one school name `typed` means, ignoring case: an exact name, or else the
/// beginning of exactly one name. Several candidates are an error that lists them.
pub(super) fn school_named(names: &[&str], typed: &str) -> Result<String> {
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
        [] => Err(Error::input(crate::t!(
            "cli-no-school-starts",
            typed = format!("{typed:?}")
        ))),
        many => Err(Error::input(crate::t!(
            "cli-school-could-be",
            typed = format!("{typed:?}"),
            names = many
                .iter()
                .map(|n| format!("{n:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

pub fn compare(ctx: &mut Context, a: &str, b: &str, as_json: bool) -> Result<()> {
    let store = ctx.store()?;
    let (a, b) = (
        store.load_without_sessions(&store.resolve(a)?)?,
        store.load_without_sessions(&store.resolve(b)?)?,
    );
    if a.rubric.id != b.rubric.id {
        return Err(Error::input(crate::t!(
            "cli-compare-rubrics-differ",
            a = &a.rubric.id,
            b = &b.rubric.id
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
        // Changed: the labels differ as the rubrics write them; shown in the
        // reader's language.
        let changed = crate::i18n::scoped(crate::i18n::Lang::En, || {
            a.rubric.choice_label(before) != b.rubric.choice_label(after)
        });
        let label = |r, c| crate::rubric::shown(r).choice_label(c).to_string();
        if changed {
            indicators.push((
                ind.id.clone(),
                label(&a.rubric, before),
                label(&b.rubric, after),
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
        "{}",
        crate::t!(
            "cli-compare-standards",
            a = sa.standards.to_string(),
            b = sb.standards.to_string()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "cli-compare-indicators",
            a = sa.indicators.to_string(),
            b = sb.indicators.to_string()
        )
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
            (Some(false) | None, true) => crate::t!("cli-compare-now-full"),
            (Some(true), false) => crate::t!("cli-compare-no-longer-full"),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "{:width$}  {was} → {}{mark}",
            s.title, after.indicators
        );
    }
    let _ = writeln!(out);
    if indicators.is_empty() {
        let _ = writeln!(out, "{}", crate::t!("cli-compare-no-change"));
    } else {
        let _ = writeln!(
            out,
            "{}",
            crate::t!("cli-compare-changed", count = indicators.len())
        );
        for (id, was, now, _, _) in &indicators {
            let _ = writeln!(out, "  {id:<8} {was} → {now}");
        }
    }
    let _ = writeln!(out);
    // For people: in their language (the JSON above keeps the English sentence).
    let (rule_a, rule_b) = (
        crate::exchange::report::rule_words(&a),
        crate::exchange::report::rule_words(&b),
    );
    if rule_a == rule_b {
        let _ = writeln!(out, "{}", crate::t!("cli-rule", rule = &rule_a));
    } else {
        for (date, rule) in [(a.meta.date, &rule_a), (b.meta.date, &rule_b)] {
            let line = crate::t!("cli-rule-for", date = date.to_string(), rule = rule);
            let _ = writeln!(out, "{line}");
        }
    }
    print(&out)
}
