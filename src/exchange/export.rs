//! Writes an assessment as TOML (DESIGN §7). The output is deterministic, so an
//! export → import → export round trip is byte-identical.

use super::{FORMAT, FORMAT_VERSION};
use crate::assessment::Assessment;
use std::fmt::Write;

/// A TOML string literal for any text (see `text::toml_string`).
fn s(text: &str) -> String {
    crate::text::toml_string(text)
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| s(i)).collect();
    format!("[{}]", quoted.join(", "))
}

pub fn to_toml(a: &Assessment) -> String {
    let mut out = String::new();
    // The format is the same in every language (its comments and the rule in words
    // included), so a file reads the same wherever it goes.
    crate::i18n::scoped(crate::i18n::Lang::En, || {
        // Writing to a String cannot fail.
        let _ = write_toml(&mut out, a);
    });
    out
}

fn write_toml(out: &mut String, a: &Assessment) -> std::fmt::Result {
    let m = &a.meta;
    let rubric = &a.rubric;
    let score = a.score();
    writeln!(out, "format = {}", s(FORMAT))?;
    writeln!(out, "format_version = {FORMAT_VERSION}")?;
    writeln!(out)?;
    writeln!(out, "[assessment]")?;
    writeln!(out, "id = {}", s(&m.id))?;
    writeln!(out, "school = {}", s(&m.school))?;
    if let Some(d) = &m.district {
        writeln!(out, "district = {}", s(d))?;
    }
    if let Some(code) = &m.school_code {
        writeln!(out, "school_code = {}", s(code))?;
    }
    writeln!(out, "date = {}", m.date)?;
    writeln!(
        out,
        "rubric = {{ id = {}, version = {} }}",
        s(&rubric.id),
        s(&rubric.version)
    )?;
    writeln!(out, "team = {}", list(&m.team))?;
    if let Some(f) = &m.facilitator {
        writeln!(out, "facilitator = {}", s(f))?;
    }
    writeln!(out, "status = {}", s(m.status.as_str()))?;
    if let Some(sub) = &m.submitted {
        writeln!(out, "submitted = {}", sub.at)?;
        if !sub.by.is_empty() {
            writeln!(out, "submitted_by = {}", list(&sub.by))?;
        }
    }
    writeln!(out, "updated = {}", m.updated)?;
    writeln!(out)?;
    writeln!(out, "[summary]  # informative; import recomputes it")?;
    writeln!(out, "incomplete = {}", score.incomplete)?;
    writeln!(out, "fully_implementing = {}", score.fully_implementing)?;
    writeln!(out, "baseline_met = {}", score.baseline_met)?;
    writeln!(
        out,
        "standards_fully_implemented = {}",
        score.standards.numerator
    )?;
    writeln!(
        out,
        "standards_applicable = {}",
        score.standards.denominator
    )?;
    writeln!(out, "indicators_full = {}", score.indicators.numerator)?;
    writeln!(
        out,
        "indicators_applicable = {}",
        score.indicators.denominator
    )?;
    writeln!(out, "unrated = {}", score.unrated)?;
    writeln!(
        out,
        "rule = {}",
        s(&rubric.scoring.in_words(&rubric.levels))
    )?;
    let mut entries = a.entries.iter();
    for standard in &rubric.standards {
        writeln!(out)?;
        writeln!(out, "# {}", standard.title)?;
        writeln!(out, "[[standards]]")?;
        writeln!(out, "id = {}", s(&standard.id))?;
        for indicator in &standard.indicators {
            let Some(entry) = entries.next() else { break };
            writeln!(out)?;
            writeln!(out, "[[standards.indicators]]")?;
            writeln!(out, "id = {}", s(&indicator.id))?;
            if let Some(choice) = entry.choice {
                writeln!(out, "level = {}", s(rubric.choice_key(choice)))?;
            }
            if !entry.note.is_empty() {
                writeln!(out, "note = {}", s(&entry.note))?;
            }
            if !entry.evidence.is_empty() {
                writeln!(out, "evidence = {}", list(&entry.evidence))?;
            }
        }
    }
    for action in &a.actions {
        writeln!(out)?;
        writeln!(out, "[[actions]]")?;
        writeln!(out, "indicator = {}", s(&action.indicator))?;
        writeln!(out, "step = {}", s(&action.step))?;
        if let Some(owner) = &action.owner {
            writeln!(out, "owner = {}", s(owner))?;
        }
        if let Some(due) = action.due {
            writeln!(out, "due = {due}")?;
        }
        writeln!(out, "status = {}", s(action.status.as_str()))?;
    }
    for session in &a.sessions {
        write_session(out, session)?;
    }
    crate::outcomes::exchange::write(out, &a.outcomes, crate::outcomes::suppress::MIN_N_DEFAULT)?;
    Ok(())
}

fn write_session(out: &mut String, x: &crate::session::record::SessionRecord) -> std::fmt::Result {
    // The secret ballot: a private session's votes go without voters or times.
    let mut x = x.clone();
    crate::session::ballot::public(&mut x);
    let x = &x;
    writeln!(out)?;
    writeln!(out, "[[session]]")?;
    writeln!(out, "id = {}", s(&x.id))?;
    writeln!(out, "plan = {}", s(&x.plan))?;
    writeln!(out, "title = {}", s(&x.title))?;
    writeln!(out, "facilitator = {}", s(&x.facilitator))?;
    writeln!(out, "started = {}", x.started)?;
    if let Some(ended) = x.ended {
        writeln!(out, "ended = {ended}")?;
    }
    if x.open_voting {
        writeln!(out, "open_voting = true")?;
    }
    writeln!(out, "participants = {}", list(&x.participants))?;
    for seg in &x.segments {
        writeln!(out)?;
        writeln!(out, "[[session.segments]]")?;
        writeln!(out, "kind = {}", s(&seg.kind))?;
        writeln!(out, "title = {}", s(&seg.title))?;
        writeln!(out, "planned_minutes = {}", seg.planned_minutes)?;
        writeln!(out, "started = {}", seg.started)?;
        if let Some(ended) = seg.ended {
            writeln!(out, "ended = {ended}")?;
        }
    }
    for v in &x.votes {
        writeln!(out)?;
        writeln!(out, "[[session.votes]]")?;
        writeln!(out, "indicator = {}", s(&v.indicator))?;
        writeln!(out, "round = {}", v.round)?;
        if let Some(participant) = &v.participant {
            writeln!(out, "participant = {}", s(participant))?;
        }
        writeln!(out, "level = {}", s(&v.level))?;
        if !v.comment.is_empty() {
            writeln!(out, "comment = {}", s(&v.comment))?;
        }
        if let Some(at) = v.at {
            writeln!(out, "at = {at}")?;
        }
        // Once the names are gone, the one thing they told the tally.
        if v.replaced && v.participant.is_none() {
            writeln!(out, "replaced = true")?;
        }
    }
    for d in &x.decisions {
        writeln!(out)?;
        writeln!(out, "[[session.decisions]]")?;
        writeln!(out, "indicator = {}", s(&d.indicator))?;
        writeln!(out, "level = {}", s(&d.level))?;
        if let Some(suggested) = &d.suggested {
            writeln!(out, "suggested = {}", s(suggested))?;
        }
        if let Some(spread) = d.spread {
            writeln!(out, "spread = {spread}")?;
        }
        writeln!(out, "votes = {}", d.votes)?;
        writeln!(out, "at = {}", d.at)?;
    }
    Ok(())
}
