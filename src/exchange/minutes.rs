//! Workshop minutes in Markdown: agenda with actual times, decisions with their
//! votes and comments, and the notes and action steps recorded for the indicators
//! the workshop decided.

use super::markdown::{action_table, cell};
use crate::assessment::Assessment;
use crate::session::record::SessionRecord;
use crate::text::{markdown as md, markdown_code as md_code};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::fmt::Write;

fn time(t: Timestamp) -> String {
    t.to_zoned(TimeZone::system()).strftime("%H:%M").to_string()
}

fn minutes_between(a: Timestamp, b: Timestamp) -> i64 {
    (b.as_second() - a.as_second()) / 60
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
pub fn facilitator<'a>(a: &'a Assessment, s: &'a SessionRecord) -> &'a str {
    let known = |n: &str| !n.trim().is_empty() && n != "unknown";
    if known(&s.facilitator) {
        &s.facilitator
    } else {
        a.meta
            .facilitator
            .as_deref()
            .filter(|n| known(n))
            .unwrap_or("not recorded")
    }
}

fn write(out: &mut String, a: &Assessment, s: &SessionRecord, named: bool) -> std::fmt::Result {
    let rubric = &a.rubric;
    let label = |key: &str| rubric.key_label(key);
    writeln!(
        out,
        "# Workshop minutes: {}, {}",
        md(&a.meta.school),
        a.meta.date
    )?;
    writeln!(out)?;
    writeln!(out, "- Plan: {} ({})", md(&s.title), md_code(&s.plan))?;
    writeln!(out, "- Facilitator: {}", md(facilitator(a, s)))?;
    let ended = s.ended.map_or("still running".to_string(), time);
    let zone = s
        .started
        .to_zoned(TimeZone::system())
        .strftime("%Z")
        .to_string();
    let day = s.started.to_zoned(TimeZone::system()).date();
    writeln!(
        out,
        "- Time: {day}, {} to {ended} ({zone})",
        time(s.started)
    )?;
    writeln!(
        out,
        "- Participants ({}): {}",
        s.participants.len(),
        md(&s.participants.join(", "))
    )?;
    writeln!(
        out,
        "- Assessment: `{}` ({} v{})",
        a.meta.id, rubric.id, rubric.version
    )?;
    writeln!(out)?;
    writeln!(out, "## Agenda")?;
    writeln!(out)?;
    writeln!(out, "| Segment | Kind | Planned | Actual | Started |")?;
    writeln!(out, "|---|---|---|---|---|")?;
    for seg in &s.segments {
        let actual = seg.ended.map_or("—".to_string(), |e| {
            format!("{} min", minutes_between(seg.started, e))
        });
        writeln!(
            out,
            "| {} | {} | {} min | {actual} | {} |",
            cell(&seg.title),
            seg.kind,
            seg.planned_minutes,
            time(seg.started)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "## Decisions")?;
    writeln!(out)?;
    if s.decisions.is_empty() {
        writeln!(out, "No consensus was recorded.")?;
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
            crate::words::count(s, "level", "levels")
        });
        writeln!(
            out,
            "- Recorded at {}; {}; median {suggested}; spread {spread}",
            time(d.at),
            crate::words::count(d.votes, "vote", "votes")
        )?;
        let round = s
            .votes
            .iter()
            .filter(|v| v.indicator == d.indicator)
            .map(|v| v.round)
            .max()
            .unwrap_or(1);
        let mut last: Vec<_> = s
            .votes
            .iter()
            .filter(|v| v.indicator == d.indicator && v.round == round)
            .collect();
        // In the first round the pre-ratings of members who did not vote in the room
        // counted too (as at the reveal).
        if round == 1 {
            let pre: Vec<_> = s
                .votes
                .iter()
                .filter(|v| v.indicator == d.indicator && v.round == 0)
                .filter(|p| !last.iter().any(|v| v.participant == p.participant))
                .collect();
            last.extend(pre);
        }
        let pre = last.iter().filter(|v| v.round == 0).count();
        if named {
            for v in &last {
                let comment = if v.comment.is_empty() {
                    String::new()
                } else {
                    format!(": \"{}\"", md(&v.comment.replace('\n', " ")))
                };
                writeln!(
                    out,
                    "- {} {} {}{comment}",
                    md(&v.participant),
                    if v.round == 0 { "pre-rated" } else { "voted" },
                    label(&v.level)
                )?;
            }
        } else {
            // The tally in level order, then the comments, none with a name.
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
                        crate::words::count(pre, "pre-rating", "pre-ratings")
                    )
                };
                writeln!(out, "- Votes: {}{marked}", md(&tally.join(" · ")))?;
            }
            for v in last.iter().filter(|v| !v.comment.is_empty()) {
                writeln!(
                    out,
                    "- Comment ({}): \"{}\"",
                    label(&v.level),
                    md(&v.comment.replace('\n', " "))
                )?;
            }
        }
        if let Some(i) = rubric.indicator_index(&d.indicator) {
            let entry = &a.entries[i];
            if !entry.note.is_empty() {
                writeln!(out, "- Note: {}", md(&entry.note.replace('\n', " ")))?;
            }
            for e in &entry.evidence {
                writeln!(out, "- Evidence: {}", md(e))?;
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
        writeln!(out, "## Action steps")?;
        writeln!(out)?;
        action_table(out, steps)?;
    }
    Ok(())
}
