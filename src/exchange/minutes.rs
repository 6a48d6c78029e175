//! Workshop minutes in Markdown: agenda with actual times, decisions with their
//! votes and comments, and the notes and action steps recorded for the indicators
//! the workshop decided.

use super::markdown::{action_table, cell};
use super::words::{facilitator, plan_title};
use crate::assessment::Assessment;
use crate::session::record::{Pause, SessionRecord};
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

use crate::session::plan::kind_word;

/// Minutes of one session of `a`. Votes appear as a tally with their comments and no
/// names, as the room saw them at the reveal; `named` (only for a session whose team
/// agreed to open voting — the caller checks) names who voted what.
pub fn markdown(a: &Assessment, s: &SessionRecord, named: bool) -> String {
    with_pauses(a, s, named, &[])
}

/// Minutes as [`markdown`], with the pauses of the session's clock (from the
/// database: `Store::pauses`) listed after the agenda.
pub fn with_pauses(a: &Assessment, s: &SessionRecord, named: bool, pauses: &[Pause]) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write(&mut out, a, s, named && s.open_voting, pauses);
    out
}

fn write(
    out: &mut String,
    a: &Assessment,
    s: &SessionRecord,
    named: bool,
    pauses: &[Pause],
) -> std::fmt::Result {
    // The rubric and the plan in the reader's language where a translation fits
    // (the level names of the tallies, the statements, the plan and segment titles).
    let rubric = &crate::rubric::shown(&a.rubric);
    let lang = crate::i18n::current();
    let plan_title = plan_title(s);
    let segment_title =
        |title: &str| crate::session::translation::recorded_segment(&s.plan, &s.title, title, lang);
    let label = |key: &str| super::words::key_label(rubric, key);
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
    if !pauses.is_empty() {
        writeln!(out, "## {}", crate::t!("report-minutes-pauses"))?;
        writeln!(out)?;
        for p in pauses {
            let from = Timestamp::from_second(p.paused_at).unwrap_or(s.started);
            let line = match p.resumed_at.and_then(|t| Timestamp::from_second(t).ok()) {
                Some(to) => crate::t!(
                    "report-minutes-pause",
                    from = time(from),
                    to = time(to),
                    minutes = minutes_between(from, to),
                    segment = md(&p.segment)
                ),
                None => crate::t!(
                    "report-minutes-pause-open",
                    from = time(from),
                    segment = md(&p.segment)
                ),
            };
            writeln!(out, "- {line}")?;
        }
        writeln!(out)?;
    }
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
        // What was said before the deciding round: kept, unnamed unless open voting.
        for (round, shown) in crate::session::ballot::said_before(rubric, s, &d.indicator, named) {
            let head = if round == 0 {
                crate::t!("report-minutes-said-pre")
            } else {
                crate::t!("report-minutes-said-round", round = round)
            };
            writeln!(out, "- {head}")?;
            for v in &shown {
                let line = comment_line(v.name.as_deref(), &label(&v.level), &v.comment);
                writeln!(out, "  - {line}")?;
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
    discussed(out, a, s, &decided, named)?;
    baseline(out, a, s)?;
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

/// The indicators the room voted on without recording a decision: their comments
/// (every round, unnamed unless open voting) and the notes typed in the discussion.
fn discussed(
    out: &mut String,
    a: &Assessment,
    s: &SessionRecord,
    decided: &[&str],
    named: bool,
) -> std::fmt::Result {
    let rubric = &crate::rubric::shown(&a.rubric);
    let label = |key: &str| super::words::key_label(rubric, key);
    let mut ids: Vec<&str> = s
        .votes
        .iter()
        .filter(|v| v.round > 0 && !decided.contains(&v.indicator.as_str()))
        .map(|v| v.indicator.as_str())
        .collect();
    ids.sort_by_key(|id| rubric.indicator_index(id));
    ids.dedup();
    if ids.is_empty() {
        return Ok(());
    }
    writeln!(out, "## {}", crate::t!("report-minutes-discussed"))?;
    writeln!(out)?;
    for id in ids {
        writeln!(out, "### {id}")?;
        writeln!(out)?;
        for (round, shown) in crate::session::ballot::said_before(rubric, s, id, named)
            .into_iter()
            .chain([(
                u32::MAX,
                crate::session::ballot::decided(rubric, s, id, named),
            )])
        {
            let shown: Vec<_> = shown
                .into_iter()
                .filter(|v| !v.comment.is_empty())
                .collect();
            if shown.is_empty() {
                continue;
            }
            let head = match round {
                0 => crate::t!("report-minutes-said-pre"),
                u32::MAX => crate::t!("report-minutes-said-last"),
                r => crate::t!("report-minutes-said-round", round = r),
            };
            writeln!(out, "- {head}")?;
            for v in &shown {
                let line = comment_line(v.name.as_deref(), &label(&v.level), &v.comment);
                writeln!(out, "  - {line}")?;
            }
        }
        if let Some(entry) = rubric.indicator_index(id).and_then(|i| a.entries.get(i))
            && !entry.note.is_empty()
        {
            writeln!(
                out,
                "- {}",
                crate::t!("report-note", note = md(&entry.note.replace('\n', " ")))
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// For a baseline check (the `baseline-check` plan, or a session that decided every
/// baseline criterion): whether the school meets the baseline, and on which criterion
/// it falls short.
fn baseline(out: &mut String, a: &Assessment, s: &SessionRecord) -> std::fmt::Result {
    let rubric = &crate::rubric::shown(&a.rubric);
    let criteria: Vec<(usize, &crate::rubric::Indicator)> = rubric
        .indicators()
        .enumerate()
        .filter(|(_, (_, ind))| ind.baseline)
        .map(|(i, (_, ind))| (i, ind))
        .collect();
    let all_decided = !criteria.is_empty()
        && criteria
            .iter()
            .all(|(_, ind)| s.decisions.iter().any(|d| d.indicator == ind.id));
    if criteria.is_empty() || !(s.plan == "baseline-check" || all_decided) {
        return Ok(());
    }
    let floor = rubric.scoring.baseline_level;
    let floor_label = rubric
        .levels
        .get(floor)
        .map_or_else(String::new, |l| l.label.clone());
    let short: Vec<_> = criteria
        .iter()
        .filter_map(|(i, ind)| {
            let choice = a.entries.get(*i).and_then(|e| e.choice);
            match choice {
                Some(crate::rubric::Choice::Level(l)) if l >= floor => None,
                other => Some((ind, other)),
            }
        })
        .collect();
    writeln!(out, "## {}", crate::t!("report-minutes-baseline"))?;
    writeln!(out)?;
    let ids: Vec<&str> = criteria.iter().map(|(_, ind)| ind.id.as_str()).collect();
    if short.is_empty() {
        writeln!(
            out,
            "{}",
            crate::t!(
                "report-minutes-baseline-met",
                criteria = ids.join(", "),
                level = md(&floor_label)
            )
        )?;
    } else {
        writeln!(
            out,
            "{}",
            crate::t!(
                "report-minutes-baseline-not-met",
                count = short.len(),
                level = md(&floor_label)
            )
        )?;
        writeln!(out)?;
        for (ind, choice) in short {
            let at = match choice {
                None => crate::t!("report-minutes-baseline-unrated"),
                Some(c) => super::words::key_label(rubric, rubric.choice_key(c)),
            };
            writeln!(
                out,
                "- {}",
                crate::t!(
                    "report-minutes-baseline-short",
                    id = &ind.id,
                    text = md(&ind.text),
                    at = at,
                    level = md(&floor_label)
                )
            )?;
        }
    }
    writeln!(out)?;
    Ok(())
}

/// One comment of the minutes, with its level, and its author only when the ballot
/// names one (open voting).
fn comment_line(name: Option<&str>, level: &str, comment: &str) -> String {
    let comment = md(&comment.replace('\n', " "));
    match name {
        Some(name) => crate::t!(
            "report-minutes-comment-by",
            name = md(name),
            level = level,
            comment = comment
        ),
        None => crate::t!("report-minutes-comment", level = level, comment = comment),
    }
}
