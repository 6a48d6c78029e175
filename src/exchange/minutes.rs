//! Workshop minutes in Markdown: agenda with actual times, decisions with their
//! votes and comments, and the notes and action steps recorded for the indicators
//! the workshop decided.

use super::markdown::{action_table, cell};
use crate::assessment::Assessment;
use crate::session::record::SessionRecord;
use crate::text::{markdown as md, markdown_code as md_code};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::borrow::Cow;
use std::fmt::Write;

fn time(t: Timestamp) -> String {
    t.to_zoned(TimeZone::system()).strftime("%H:%M").to_string()
}

fn minutes_between(a: Timestamp, b: Timestamp) -> i64 {
    (b.as_second() - a.as_second()) / 60
}

/// A segment's kind for people; a kind this version does not know, as it is.
pub fn kind_word(kind: &str) -> String {
    match kind {
        "welcome" => crate::t!("report-kind-welcome"),
        "rate" => crate::t!("report-kind-rate"),
        "discuss" => crate::t!("report-kind-discuss"),
        "reflect" => crate::t!("report-kind-reflect"),
        "plan" => crate::t!("report-kind-plan"),
        "break" => crate::t!("report-kind-break"),
        "close" => crate::t!("report-kind-close"),
        other => other.to_string(),
    }
}

/// Minutes of one session of `a`. Votes appear as a tally with their comments and no
/// names, as the room saw them at the reveal; `named` (only for a session whose team
/// agreed to open voting — the caller checks) names who voted what.
pub fn markdown(a: &Assessment, s: &SessionRecord, named: bool) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write(&mut out, a, s, named && s.open_voting);
    out
}

/// The session's facilitator, or the assessment's when the session could not tell
/// (started where no name was set).
pub fn facilitator<'a>(a: &'a Assessment, s: &'a SessionRecord) -> Cow<'a, str> {
    let known = |n: &str| !n.trim().is_empty() && n != "unknown";
    if known(&s.facilitator) {
        Cow::Borrowed(&s.facilitator)
    } else {
        a.meta
            .facilitator
            .as_deref()
            .filter(|n| known(n))
            .map_or_else(
                || Cow::Owned(crate::t!("report-not-recorded")),
                Cow::Borrowed,
            )
    }
}

/// The title of the session's plan in the reader's language, when a translation of
/// the plan it ran is known; as recorded otherwise.
pub fn plan_title(s: &SessionRecord) -> String {
    crate::session::translation::recorded_title(&s.plan, &s.title, crate::i18n::current())
}

fn write(out: &mut String, a: &Assessment, s: &SessionRecord, named: bool) -> std::fmt::Result {
    // The rubric and the plan in the reader's language where a translation fits
    // (the level names of the tallies, the statements, the plan and segment titles).
    let rubric = &crate::rubric::shown(&a.rubric);
    let lang = crate::i18n::current();
    let plan_title = plan_title(s);
    let segment_title =
        |title: &str| crate::session::translation::recorded_segment(&s.plan, &s.title, title, lang);
    let label = |key: &str| super::report::key_label(rubric, key);
    writeln!(
        out,
        "# {}",
        crate::t!(
            "report-minutes-title",
            school = md(&a.meta.school),
            date = a.meta.date.to_string()
        )
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "- {}",
        crate::t!(
            "report-minutes-plan",
            title = md(&plan_title),
            plan = md_code(&s.plan)
        )
    )?;
    writeln!(
        out,
        "- {}",
        crate::t!("report-facilitator", name = md(&facilitator(a, s)))
    )?;
    let ended = s
        .ended
        .map_or_else(|| crate::t!("report-minutes-running"), time);
    let zone = s
        .started
        .to_zoned(TimeZone::system())
        .strftime("%Z")
        .to_string();
    let day = s.started.to_zoned(TimeZone::system()).date();
    writeln!(
        out,
        "- {}",
        crate::t!(
            "report-minutes-time",
            day = day.to_string(),
            start = time(s.started),
            end = ended,
            zone = zone
        )
    )?;
    writeln!(
        out,
        "- {}",
        crate::t!(
            "report-minutes-participants",
            count = s.participants.len(),
            names = md(&s.participants.join(", "))
        )
    )?;
    writeln!(
        out,
        "- {}",
        crate::t!(
            "report-minutes-assessment",
            id = &a.meta.id,
            rubric = &rubric.id,
            version = &rubric.version
        )
    )?;
    writeln!(out)?;
    writeln!(out, "## {}", crate::t!("report-minutes-agenda"))?;
    writeln!(out)?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |",
        crate::t!("report-col-segment"),
        crate::t!("report-col-kind"),
        crate::t!("report-col-planned"),
        crate::t!("report-col-actual"),
        crate::t!("report-col-started")
    )?;
    writeln!(out, "|---|---|---|---|---|")?;
    for seg in &s.segments {
        let actual = seg.ended.map_or("—".to_string(), |e| {
            crate::t!(
                "report-minutes-min",
                minutes = minutes_between(seg.started, e)
            )
        });
        writeln!(
            out,
            "| {} | {} | {} | {actual} | {} |",
            cell(&segment_title(&seg.title)),
            kind_word(&seg.kind),
            crate::t!("report-minutes-min", minutes = seg.planned_minutes),
            time(seg.started)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "## {}", crate::t!("report-minutes-decisions"))?;
    writeln!(out)?;
    if s.decisions.is_empty() {
        writeln!(out, "{}", crate::t!("report-minutes-no-decisions"))?;
    }
    for d in &s.decisions {
        let text = rubric
            .indicator_index(&d.indicator)
            .and_then(|i| rubric.indicators().nth(i))
            .map_or(String::new(), |(_, ind)| ind.text.clone());
        writeln!(out, "### {}: {}", d.indicator, label(&d.level))?;
        writeln!(out)?;
        writeln!(out, "{}", md(&text))?;
        writeln!(out)?;
        let suggested = d.suggested.as_deref().map_or("—".to_string(), label);
        let spread = d.spread.map_or("—".to_string(), |s| {
            crate::t!("report-minutes-levels", count = s)
        });
        writeln!(
            out,
            "- {}",
            crate::t!(
                "report-minutes-recorded",
                time = time(d.at),
                votes = d.votes,
                median = suggested,
                spread = spread
            )
        )?;
        // The votes the decision came from, as the secret ballot lets them be told
        // (`session::ballot`): named only with open voting and `--named`.
        let last = crate::session::ballot::decided(rubric, s, &d.indicator, named);
        let pre = last.iter().filter(|v| v.pre).count();
        if named {
            for v in &last {
                let comment = if v.comment.is_empty() {
                    String::new()
                } else {
                    format!(": \"{}\"", md(&v.comment.replace('\n', " ")))
                };
                let name = md(v.name.as_deref().unwrap_or("—"));
                let said = if v.pre {
                    crate::t!(
                        "report-minutes-pre-rated",
                        name = name,
                        level = label(&v.level)
                    )
                } else {
                    crate::t!("report-minutes-voted", name = name, level = label(&v.level))
                };
                writeln!(out, "- {said}{comment}")?;
            }
        } else {
            // The tally in level order, then the comments in level order, none with a
            // name.
            let mut counts: Vec<(String, usize)> = Vec::new();
            let keys = rubric.levels.iter().map(|l| l.key.as_str()).chain(["na"]);
            for key in keys {
                let n = last.iter().filter(|v| v.level == key).count();
                if n > 0 {
                    counts.push((label(key), n));
                }
            }
            if !counts.is_empty() {
                let tally: Vec<String> = counts.iter().map(|(l, n)| format!("{l} {n}")).collect();
                let marked = if pre == 0 {
                    String::new()
                } else {
                    format!(
                        " ({})",
                        crate::t!("report-minutes-pre-ratings", count = pre)
                    )
                };
                writeln!(
                    out,
                    "- {}{marked}",
                    crate::t!("report-minutes-votes", tally = md(&tally.join(" · ")))
                )?;
            }
            for v in last.iter().filter(|v| !v.comment.is_empty()) {
                writeln!(
                    out,
                    "- {}",
                    crate::t!(
                        "report-minutes-comment",
                        level = label(&v.level),
                        comment = md(&v.comment.replace('\n', " "))
                    )
                )?;
            }
        }
        if let Some(i) = rubric.indicator_index(&d.indicator) {
            let entry = &a.entries[i];
            if !entry.note.is_empty() {
                writeln!(
                    out,
                    "- {}",
                    crate::t!("report-note", note = md(&entry.note.replace('\n', " ")))
                )?;
            }
            for e in &entry.evidence {
                writeln!(out, "- {}", crate::t!("report-evidence", item = md(e)))?;
            }
        }
        writeln!(out)?;
    }
    let decided: Vec<&str> = s.decisions.iter().map(|d| d.indicator.as_str()).collect();
    let steps: Vec<_> = a
        .actions
        .iter()
        .filter(|x| decided.contains(&x.indicator.as_str()))
        .collect();
    if !steps.is_empty() {
        writeln!(out, "## {}", crate::t!("report-minutes-action-steps"))?;
        writeln!(out)?;
        action_table(out, steps)?;
    }
    Ok(())
}
