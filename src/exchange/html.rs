//! The HTML report: one self-contained, well-formed file (XHTML syntax, inline CSS
//! and SVG, no scripts, nothing fetched) that opens in any browser offline.

use super::words::{self, yes_no};
use crate::assessment::Assessment;
use crate::score::Score;
use crate::t;
use std::fmt::Write;

/// One earlier (or this) assessment of the school, for the trend line.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub date: String,
    /// % of standards fully implemented.
    pub standards: f64,
    /// % of indicators at the full level.
    pub indicators: f64,
}

/// Escapes text for HTML content and attribute values, after the terminal's rule
/// (`text::printable`): control characters and direction changes cannot hide in a
/// page either.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}\
.meta{color:#555;margin-top:0}.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}\
.card{border:1px solid #ccc;border-radius:.5rem;padding:.6rem .9rem;min-width:11rem}.card b{display:block;font-size:1.4rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #e3e3e3;text-align:left;padding:.3rem .4rem;vertical-align:top}\
th{background:#f4f4f4}.full{color:#176317;font-weight:600}.missing{color:#a40000}svg text{font-family:inherit}\
@media print{h2{break-after:avoid}}";

/// The whole page. `trend` lists the school's assessments of this rubric up to this
/// one, oldest first (a line is drawn when there are at least two).
pub fn render(a: &Assessment, score: &Score, trend: &[TrendPoint]) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write(&mut out, a, score, trend);
    out
}

fn write(
    out: &mut String,
    a: &Assessment,
    score: &Score,
    trend: &[TrendPoint],
) -> std::fmt::Result {
    let m = &a.meta;
    // The rubric in the reader's language (its translation when one fits), as the
    // text and Markdown reports show it; ids, keys and scores are the same.
    let rubric = &crate::rubric::shown(&a.rubric);
    let title = format!("{} — {}", m.school, m.date);
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(
        out,
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{}\">",
        crate::i18n::current().code()
    )?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\"/>")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
    )?;
    writeln!(out, "<title>{}</title>", esc(&title))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<h1>{}</h1>", esc(&title))?;
    let district = m
        .district
        .as_deref()
        .map(|d| format!("{} · ", esc(d)))
        .unwrap_or_default();
    writeln!(
        out,
        "<p class=\"meta\">{district}{} ({} v{}) · {} · {}</p>",
        esc(&rubric.title),
        esc(&rubric.id),
        esc(&rubric.version),
        esc(&words::status_word(m.status)),
        esc(&words::completion(score))
    )?;
    if let Some(notice) = words::untranslated(a) {
        writeln!(out, "<p class=\"notice\">{}</p>", esc(&notice))?;
    }
    writeln!(out, "<div class=\"cards\">")?;
    let card = |out: &mut String, label: String, value: String| {
        writeln!(
            out,
            "<div class=\"card\">{}<b>{}</b></div>",
            esc(&label),
            esc(&value)
        )
    };
    card(
        out,
        t!("report-standards-full"),
        score.standards.to_string(),
    )?;
    card(
        out,
        t!("report-fully-implementing"),
        yes_no(score.fully_implementing),
    )?;
    card(out, t!("report-baseline-met"), yes_no(score.baseline_met))?;
    card(
        out,
        t!("report-indicators-full"),
        score.indicators.to_string(),
    )?;
    writeln!(out, "</div>")?;
    writeln!(out, "<p class=\"rule\">{}</p>", esc(&words::rule_words(a)))?;
    writeln!(out, "<h2>{}</h2>", esc(&t!("report-html-standards")))?;
    bars(out, rubric, score)?;
    if trend.len() >= 2 {
        writeln!(out, "<h2>{}</h2>", esc(&t!("report-html-over-time")))?;
        line_chart(out, trend)?;
    }
    writeln!(out, "<h2>{}</h2>", esc(&t!("report-ratings")))?;
    let mut entries = a.entries.iter();
    for (standard, figures) in rubric.standards.iter().zip(&score.by_standard) {
        let mark = if figures.fully_implemented {
            format!(" ✓ {}", esc(&t!("report-html-fully-implemented")))
        } else {
            String::new()
        };
        writeln!(
            out,
            "<h3>{} <small>{} · {}{mark}</small></h3>",
            esc(&standard.title),
            figures.indicators,
            esc(&t!(
                "report-needed-line",
                needed = crate::score::needed_at_full_words(figures)
            ))
        )?;
        header_row(
            out,
            &[
                t!("report-col-indicator"),
                t!("report-col-level"),
                t!("report-col-note-evidence"),
            ],
        )?;
        for (indicator, entry) in standard.indicators.iter().zip(entries.by_ref()) {
            let level = words::choice_label(rubric, entry.choice);
            let class = match entry.choice {
                None => " class=\"missing\"",
                Some(crate::rubric::Choice::Level(l)) if l == rubric.full_level() => {
                    " class=\"full\""
                }
                _ => "",
            };
            let mut notes = esc(&entry.note).replace('\n', "<br/>");
            for e in &entry.evidence {
                let _ = write!(
                    notes,
                    "<br/>{}",
                    esc(&t!("report-evidence", item = e.as_str()))
                );
            }
            writeln!(
                out,
                "<tr><td><b>{}</b> {}</td><td{class}>{}</td><td>{notes}</td></tr>",
                esc(&indicator.id),
                esc(&indicator.text),
                esc(&level)
            )?;
        }
        writeln!(out, "</tbody></table>")?;
    }
    if !a.actions.is_empty() {
        writeln!(out, "<h2>{}</h2>", esc(&t!("report-action-plan")))?;
        header_row(
            out,
            &[
                t!("report-col-indicator"),
                t!("report-col-step"),
                t!("report-col-owner"),
                t!("report-col-due"),
                t!("report-col-status"),
            ],
        )?;
        for x in &a.actions {
            writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&x.indicator),
                esc(&x.step),
                esc(x.owner.as_deref().unwrap_or("")),
                x.due.map(|d| d.to_string()).unwrap_or_default(),
                esc(&words::action_status_word(x.status))
            )?;
        }
        writeln!(out, "</tbody></table>")?;
    }
    for x in &a.sessions {
        writeln!(
            out,
            "<h2>{}</h2>",
            esc(&t!(
                "report-html-session",
                title = super::words::plan_title(x)
            ))
        )?;
        writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            esc(&t!(
                "report-html-session-meta",
                facilitator = super::words::facilitator(a, x),
                participants = x.participants.len(),
                started = x.started.to_string()
            ))
        )?;
        if !x.decisions.is_empty() {
            header_row(
                out,
                &[
                    t!("report-col-indicator"),
                    t!("report-col-consensus"),
                    t!("report-col-median"),
                    t!("report-col-votes"),
                ],
            )?;
            for d in &x.decisions {
                let label = |key: &str| words::key_label(rubric, key);
                writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&d.indicator),
                    esc(&label(&d.level)),
                    esc(&d.suggested.as_deref().map(label).unwrap_or_default()),
                    d.votes
                )?;
            }
            writeln!(out, "</tbody></table>")?;
        }
    }
    writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        esc(&t!("report-html-footer", id = &m.id))
    )?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")?;
    Ok(())
}

/// A table's start and its header row, each heading escaped.
fn header_row(out: &mut String, headings: &[String]) -> std::fmt::Result {
    out.push_str("<table><thead><tr>");
    for h in headings {
        write!(out, "<th>{}</th>", esc(h))?;
    }
    writeln!(out, "</tr></thead><tbody>")
}

/// Horizontal bars: the share of each standard's indicators at the full level.
fn bars(out: &mut String, rubric: &crate::rubric::Rubric, score: &Score) -> std::fmt::Result {
    let (label_w, bar_w, row_h) = (300.0, 360.0, 28.0);
    let n = rubric.standards.len() as f64;
    let height = row_h * n + 30.0;
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 760 {height}\" width=\"100%\" aria-label=\"{}\">",
        esc(&t!("report-html-bars-label"))
    )?;
    for (i, (standard, figures)) in rubric.standards.iter().zip(&score.by_standard).enumerate() {
        let y = i as f64 * row_h + 6.0;
        let share = figures.indicators.percent().unwrap_or(0.0) / 100.0;
        let color = if figures.fully_implemented {
            "#2e7d32"
        } else {
            "#e0a800"
        };
        let mark = if figures.fully_implemented {
            " ✓"
        } else {
            ""
        };
        writeln!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"13\">{}{mark}</text>",
            y + 15.0,
            esc(&standard.title)
        )?;
        writeln!(
            out,
            "<rect x=\"{label_w}\" y=\"{y}\" width=\"{bar_w}\" height=\"18\" fill=\"#eeeeee\"/>"
        )?;
        writeln!(
            out,
            "<rect x=\"{label_w}\" y=\"{y}\" width=\"{:.1}\" height=\"18\" fill=\"{color}\"/>",
            bar_w * share
        )?;
        let text = if figures.applicable {
            figures.indicators.to_string()
        } else {
            t!("report-mark-na")
        };
        writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            label_w + bar_w + 8.0,
            y + 14.0,
            esc(&text)
        )?;
    }
    writeln!(
        out,
        "<text x=\"{label_w}\" y=\"{}\" font-size=\"11\" fill=\"#555\">{}</text>",
        height - 6.0,
        esc(&t!("report-html-bars-legend"))
    )?;
    writeln!(out, "</svg>")
}

/// The school's % of standards fully implemented (solid) and of indicators at full
/// (dashed) at each assessment.
fn line_chart(out: &mut String, trend: &[TrendPoint]) -> std::fmt::Result {
    let (left, top, w, h) = (50.0, 10.0, 660.0, 180.0);
    let x = |i: usize| left + w * i as f64 / (trend.len() - 1) as f64;
    let y = |p: f64| top + h * (1.0 - p.clamp(0.0, 100.0) / 100.0);
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 760 250\" width=\"100%\" aria-label=\"{}\">",
        esc(&t!("report-html-trend-label"))
    )?;
    for p in [0.0, 50.0, 100.0] {
        writeln!(
            out,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"#dddddd\"/>",
            left + w,
            y(p),
            y(p)
        )?;
        writeln!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"11\">{p}%</text>",
            y(p) + 4.0
        )?;
    }
    for (series, pick, dash) in [
        (t!("report-html-series-standards"), 0, ""),
        (
            t!("report-html-series-indicators"),
            1,
            " stroke-dasharray=\"6 4\"",
        ),
    ] {
        let points: Vec<String> = trend
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(
                    "{:.1},{:.1}",
                    x(i),
                    y(if pick == 0 { t.standards } else { t.indicators })
                )
            })
            .collect();
        writeln!(
            out,
            "<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"{dash} points=\"{}\"><title>{}</title></polyline>",
            points.join(" "),
            esc(&series)
        )?;
    }
    for (i, t) in trend.iter().enumerate() {
        writeln!(
            out,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"#1f5fa8\"/>",
            x(i),
            y(t.standards)
        )?;
        writeln!(
            out,
            "<text x=\"{:.1}\" y=\"225\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
            x(i),
            esc(&t.date)
        )?;
    }
    writeln!(
        out,
        "<text x=\"{left}\" y=\"245\" font-size=\"11\" fill=\"#555\">{}</text>",
        esc(&t!("report-html-trend-legend"))
    )?;
    writeln!(out, "</svg>")
}
