//! Reports of one assessment: text for people at a terminal, Markdown for documents,
//! JSON and CSV for machines (shapes in DESIGN §5).

use super::markdown::{action_table, cell};
use super::words::flag;
pub use super::words::{
    action_status_word, choice_label, completion, key_label, rule, rule_words, status_word,
    untranslated, yes_no,
};
use crate::assessment::Assessment;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::score::{Fraction, Score};
use crate::text::{csv_cell, markdown as md};
use serde_json::{Value, json};
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Md,
    Csv,
    Html,
}

/// Renders a report. `trend` is the school's history for the HTML chart (the other
/// formats do not use it).
pub fn render(a: &Assessment, format: Format, trend: &[super::html::TrendPoint]) -> Result<String> {
    let score = a.score();
    Ok(match format {
        Format::Text => text(a, &score),
        Format::Md => markdown(a, &score),
        Format::Json => {
            let mut s = crate::text::json(
                serde_json::to_string_pretty(&json_value(a, &score))
                    .map_err(|e| Error::failure(e.to_string()))?,
            );
            s.push('\n');
            s
        }
        Format::Csv => csv(a)?,
        Format::Html => super::html::render(a, &score, trend),
    })
}

/// `{"numerator", "denominator", "percent"}`, percent unrounded or null.
pub fn fraction_json(f: Fraction) -> Value {
    json!({ "numerator": f.numerator, "denominator": f.denominator, "percent": f.percent() })
}

/// The JSON report: a machine format, the same in every language.
pub fn json_value(a: &Assessment, score: &Score) -> Value {
    crate::i18n::scoped(Lang::En, || json_in_english(a, score))
}

fn json_in_english(a: &Assessment, score: &Score) -> Value {
    let m = &a.meta;
    let rubric = &a.rubric;
    let mut entries = a.entries.iter();
    let by_standard: Vec<Value> = rubric
        .standards
        .iter()
        .zip(&score.by_standard)
        .map(|(standard, figures)| {
            let ratings: Vec<Value> = standard
                .indicators
                .iter()
                .zip(entries.by_ref())
                .map(|(indicator, entry)| {
                    json!({
                        "indicator": indicator.id,
                        "level": entry.choice.map(|c| rubric.choice_key(c)),
                        "note": entry.note,
                        "evidence": entry.evidence,
                    })
                })
                .collect();
            json!({
                "id": standard.id,
                "title": standard.title,
                "fully_implemented": figures.fully_implemented,
                "applicable": figures.applicable,
                "indicators": fraction_json(figures.indicators),
                "mean_score": figures.mean_score,
                "may_be_below_full": figures.may_be_below_full,
                "ratings": ratings,
            })
        })
        .collect();
    let actions: Vec<Value> = a
        .actions
        .iter()
        .map(|x| {
            json!({
                "indicator": x.indicator, "step": x.step, "owner": x.owner,
                "due": x.due.map(|d| d.to_string()), "status": x.status.as_str(),
            })
        })
        .collect();
    json!({
        "assessment": {
            "id": m.id,
            "school": m.school,
            "district": m.district,
            "date": m.date.to_string(),
            "rubric": { "id": rubric.id, "version": rubric.version },
            "status": m.status.as_str(),
            "team": m.team,
            "facilitator": m.facilitator,
            "updated": m.updated.to_string(),
        },
        "incomplete": score.incomplete,
        "unrated": score.unrated,
        "fully_implementing": score.fully_implementing,
        "baseline_met": score.baseline_met,
        "rule": rule(a),
        "indicators": fraction_json(score.indicators),
        "standards": fraction_json(score.standards),
        "by_standard": by_standard,
        "actions": actions,
        "sessions": a.sessions.iter().map(session_json).collect::<Vec<_>>(),
    })
}

fn heading(a: &Assessment) -> String {
    let m = &a.meta;
    let place = match &m.district {
        Some(d) => format!("{} ({d})", m.school),
        None => m.school.clone(),
    };
    format!(
        "{place} — {} — {} ({} v{})",
        m.date,
        crate::rubric::shown(&a.rubric).title,
        a.rubric.id,
        a.rubric.version
    )
}

/// The heading in Markdown: what people typed is escaped (see `text::markdown`).
fn md_heading(a: &Assessment) -> String {
    md(&heading(a))
}

fn mean(m: Option<f64>) -> String {
    m.map_or_else(|| "—".to_string(), |m| format!("{m:.2}"))
}

/// `text` padded with spaces to `width` characters (a heading as wide as its column).
fn pad(text: &str, width: usize) -> String {
    format!("{text:width$}")
}

fn text(a: &Assessment, score: &Score) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_text(&mut out, a, score);
    out
}

fn write_text(out: &mut String, a: &Assessment, score: &Score) -> std::fmt::Result {
    let rubric = &crate::rubric::shown(&a.rubric);
    writeln!(out, "{}", heading(a))?;
    if let Some(notice) = untranslated(a) {
        writeln!(out, "{notice}")?;
    }
    writeln!(
        out,
        "{}",
        crate::t!(
            "report-text-assessment",
            id = &a.meta.id,
            status = status_word(a.meta.status),
            completion = completion(score)
        )
    )?;
    writeln!(out)?;
    // The figures' labels, their values lined up one space after the longest label.
    let figures = [
        (
            crate::t!("report-fully-implementing"),
            yes_no(score.fully_implementing),
        ),
        (
            crate::t!("report-standards-full"),
            score.standards.to_string(),
        ),
        (
            crate::t!("report-indicators-full"),
            score.indicators.to_string(),
        ),
        (crate::t!("report-baseline-met"), yes_no(score.baseline_met)),
    ];
    let label_width = figures
        .iter()
        .map(|(label, _)| label.chars().count() + 1)
        .max()
        .unwrap_or(0);
    for (label, value) in &figures {
        writeln!(out, "{} {value}", pad(&format!("{label}:"), label_width))?;
    }
    writeln!(
        out,
        "{}",
        crate::t!("report-rule-line", rule = rule_words(a))
    )?;
    writeln!(out)?;
    let headings = [
        crate::t!("report-col-standard"),
        crate::t!("report-col-full"),
        crate::t!("report-col-full-indicators"),
        crate::t!("report-col-mean"),
        crate::t!("report-col-needed"),
    ];
    let wide = |text: &String, least: usize| text.chars().count().max(least);
    let width = rubric
        .standards
        .iter()
        .map(|s| s.title.chars().count())
        .max()
        .unwrap_or(8)
        .max(wide(&headings[0], 8));
    let (full_w, count_w, mean_w) = (
        wide(&headings[1], 6),
        wide(&headings[2], 18),
        wide(&headings[3], 4),
    );
    writeln!(
        out,
        "{:width$}  {:<full_w$}  {:<count_w$}  {:>mean_w$}  {}",
        headings[0], headings[1], headings[2], headings[3], headings[4]
    )?;
    for (standard, figures) in rubric.standards.iter().zip(&score.by_standard) {
        let mark = if !figures.applicable {
            crate::t!("report-mark-na")
        } else if figures.fully_implemented {
            crate::t!("report-mark-yes")
        } else {
            crate::t!("report-mark-no")
        };
        writeln!(
            out,
            "{:width$}  {:<full_w$}  {:<count_w$}  {:>mean_w$}  {}",
            standard.title,
            mark,
            figures.indicators.to_string(),
            mean(figures.mean_score),
            crate::score::needed_at_full_words(figures)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", crate::t!("report-ratings"))?;
    // Note and evidence lines are indented under the indicator's text.
    let note = crate::t!("report-text-note");
    let evidence = crate::t!("report-text-evidence");
    for ((standard, indicator), entry) in rubric.indicators().zip(&a.entries) {
        let _ = standard;
        writeln!(
            out,
            "  {:<8} {:<w$} {}",
            indicator.id,
            choice_label(rubric, entry.choice),
            first_line(&indicator.text),
            // Room for the longest label (a translation's may pass 20).
            w = rubric.label_width().max(20)
        )?;
        if !entry.note.is_empty() {
            for line in entry.note.lines() {
                writeln!(out, "           {note}: {line}")?;
            }
        }
        for e in &entry.evidence {
            writeln!(out, "           {evidence}: {e}")?;
        }
    }
    if !a.actions.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", crate::t!("report-action-plan"))?;
        for x in &a.actions {
            writeln!(
                out,
                "  [{}] {} — {}{}{}",
                action_status_word(x.status),
                x.indicator,
                x.step,
                x.owner
                    .as_ref()
                    .map(|o| format!(" · {o}"))
                    .unwrap_or_default(),
                x.due
                    .map(|d| format!(" · {}", crate::t!("report-due", date = d.to_string())))
                    .unwrap_or_default()
            )?;
        }
    }
    if !a.sessions.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", crate::t!("report-sessions"))?;
        for x in &a.sessions {
            writeln!(
                out,
                "  {}",
                crate::t!(
                    "report-text-session",
                    title = super::words::plan_title(x),
                    started = x.started.to_string(),
                    facilitator = super::words::facilitator(a, x),
                    participants = x.participants.len(),
                    decisions = x.decisions.len()
                )
            )?;
        }
    }
    Ok(())
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

fn markdown(a: &Assessment, score: &Score) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_markdown(&mut out, a, score);
    out
}

fn write_markdown(out: &mut String, a: &Assessment, score: &Score) -> std::fmt::Result {
    let rubric = &crate::rubric::shown(&a.rubric);
    writeln!(out, "# {}", md_heading(a))?;
    writeln!(out)?;
    if let Some(notice) = untranslated(a) {
        writeln!(out, "> {}", md(&notice))?;
        writeln!(out)?;
    }
    writeln!(
        out,
        "- {}",
        crate::t!(
            "report-md-assessment",
            id = &a.meta.id,
            status = status_word(a.meta.status),
            completion = completion(score)
        )
    )?;
    if !a.meta.team.is_empty() {
        writeln!(
            out,
            "- {}",
            crate::t!("report-team", team = md(&a.meta.team.join(", ")))
        )?;
    }
    if let Some(f) = &a.meta.facilitator {
        writeln!(out, "- {}", crate::t!("report-facilitator", name = md(f)))?;
    }
    writeln!(
        out,
        "- {}: **{}**",
        crate::t!("report-fully-implementing"),
        yes_no(score.fully_implementing)
    )?;
    writeln!(
        out,
        "- {}: {}",
        crate::t!("report-standards-full"),
        score.standards
    )?;
    writeln!(
        out,
        "- {}: {}",
        crate::t!("report-indicators-full"),
        score.indicators
    )?;
    writeln!(
        out,
        "- {}: {}",
        crate::t!("report-baseline-met"),
        yes_no(score.baseline_met)
    )?;
    writeln!(
        out,
        "- {}",
        crate::t!("report-rule-line", rule = md(&rule_words(a)))
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |",
        crate::t!("report-col-standard"),
        crate::t!("report-col-fully-implemented"),
        crate::t!("report-col-full-indicators"),
        crate::t!("report-col-mean-score"),
        crate::t!("report-col-needed")
    )?;
    writeln!(out, "|---|---|---|---|---|")?;
    for (standard, figures) in rubric.standards.iter().zip(&score.by_standard) {
        let full = if figures.applicable {
            yes_no(figures.fully_implemented)
        } else {
            crate::t!("report-mark-na")
        };
        writeln!(
            out,
            "| {} | {full} | {} | {} | {} |",
            cell(&standard.title),
            figures.indicators,
            mean(figures.mean_score),
            crate::score::needed_at_full_words(figures)
        )?;
    }
    let mut entries = a.entries.iter();
    for standard in &rubric.standards {
        writeln!(out)?;
        writeln!(out, "## {}", md(&standard.title))?;
        writeln!(out)?;
        writeln!(
            out,
            "| {} | {} | {} |",
            crate::t!("report-col-indicator"),
            crate::t!("report-col-level"),
            crate::t!("report-col-note")
        )?;
        writeln!(out, "|---|---|---|")?;
        for (indicator, entry) in standard.indicators.iter().zip(entries.by_ref()) {
            writeln!(
                out,
                "| {} {} | {} | {} |",
                indicator.id,
                cell(&indicator.text),
                choice_label(rubric, entry.choice),
                cell(&entry.note)
            )?;
        }
    }
    if !a.actions.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", crate::t!("report-action-plan"))?;
        writeln!(out)?;
        action_table(out, &a.actions)?;
    }
    for session in &a.sessions {
        writeln!(out)?;
        // The minutes, one heading level down, so they sit under this report.
        for line in super::minutes::markdown(a, session, false).lines() {
            if line.starts_with('#') {
                writeln!(out, "#{line}")?;
            } else {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// One row per indicator; the header names are part of the stable contract.
fn csv(a: &Assessment) -> Result<String> {
    // A machine format: the same in every language (the level labels are the rubric's).
    let rubric = &a.rubric;
    let full = rubric.full_level();
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| Error::failure(e.to_string());
    w.write_record([
        "assessment",
        "school",
        "date",
        "rubric",
        "standard",
        "standard_title",
        "indicator",
        "baseline",
        "level",
        "level_label",
        "score",
        "full",
        "note",
        "evidence",
    ])
    .map_err(fail)?;
    for ((standard, indicator), entry) in rubric.indicators().zip(&a.entries) {
        let (level_score, at_full) = match entry.choice {
            Some(crate::rubric::Choice::Level(l)) => {
                (rubric.levels[l].score.to_string(), l == full)
            }
            _ => (String::new(), false),
        };
        w.write_record([
            a.meta.id.as_str(),
            &csv_cell(&a.meta.school),
            &a.meta.date.to_string(),
            &rubric.id,
            &standard.id,
            &csv_cell(&standard.title),
            &indicator.id,
            flag(indicator.baseline),
            entry.choice.map_or("", |c| rubric.choice_key(c)),
            &csv_cell(&if entry.choice.is_some() {
                rubric.choice_label(entry.choice)
            } else {
                "".into()
            }),
            &level_score,
            flag(at_full),
            &csv_cell(&entry.note),
            &csv_cell(&entry.evidence.join("; ")),
        ])
        .map_err(fail)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::failure(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| Error::failure(e.to_string()))
}

fn session_json(x: &crate::session::record::SessionRecord) -> Value {
    // The secret ballot: a private session's votes without voters, times or any
    // order that comes from either.
    let mut x = x.clone();
    crate::session::ballot::public(&mut x);
    json!({
        "id": x.id,
        "plan": x.plan,
        "title": x.title,
        "facilitator": x.facilitator,
        "started": x.started.to_string(),
        "ended": x.ended.map(|t| t.to_string()),
        "participants": x.participants,
        "segments": x.segments.iter().map(|s| json!({
            "kind": s.kind, "title": s.title, "planned_minutes": s.planned_minutes,
            "started": s.started.to_string(), "ended": s.ended.map(|t| t.to_string()),
        })).collect::<Vec<_>>(),
        "votes": x.votes.iter().map(|v| json!({
            // No voter's name goes with a vote in a report, even with open voting
            // (`session minutes --named` names them); a time only with open voting.
            "indicator": v.indicator, "round": v.round,
            "level": v.level, "comment": v.comment, "at": v.at.map(|t| t.to_string()),
            "replaced": v.replaced,
        })).collect::<Vec<_>>(),
        "decisions": x.decisions.iter().map(|d| json!({
            "indicator": d.indicator, "level": d.level, "suggested": d.suggested,
            "spread": d.spread, "votes": d.votes, "at": d.at.to_string(),
        })).collect::<Vec<_>>(),
    })
}
