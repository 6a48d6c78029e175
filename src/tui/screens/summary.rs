//! Summary: per-standard bars, the school's figures with numerators and
//! denominators, baseline, what is still unrated, and the change since the school's
//! previous assessment of the same rubric.

use super::assess::AssessState;
use crate::tui::app::App;
use crate::tui::widgets::{bar, clean, panel, style_if, truncate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

pub fn draw(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let a = &state.assessment;
    let shown = crate::rubric::shown(&a.rubric);
    let score = &state.score;
    let block = panel(t, s, " Summary ", true);
    let inner = block.inner(area);
    let width = inner.width as usize;
    let mut lines = vec![
        Line::from(vec![
            Span::styled("Standards fully implemented: ", t.key),
            Span::styled(score.standards.to_string(), t.title),
            Span::raw("    "),
            Span::styled("Fully implementing: ", t.key),
            Span::styled(
                format!(
                    "{} {}",
                    if score.fully_implementing {
                        s.full
                    } else {
                        s.not_full
                    },
                    yes_no(score.fully_implementing)
                ),
                style_if(score.fully_implementing, t.full, t.base),
            ),
        ]),
        Line::from(vec![
            Span::styled("Indicators at the full level: ", t.key),
            Span::raw(score.indicators.to_string()),
            Span::raw("    "),
            Span::styled("Baseline criteria: ", t.key),
            Span::styled(
                if score.baseline_met {
                    format!("{} met", s.full)
                } else {
                    format!("{} not met", s.not_full)
                },
                style_if(score.baseline_met, t.full, t.missing),
            ),
        ]),
    ];
    let previous = state.previous.as_ref();
    lines.push(match previous {
        Some(p) => {
            let before = p.score.standards;
            let delta = i64::from(score.standards.numerator) - i64::from(before.numerator);
            Line::from(vec![
                Span::styled(format!("Since {}: ", p.date), t.key),
                Span::raw(format!(
                    "standards {before} {} {} ({delta:+})",
                    s.arrow, score.standards
                )),
            ])
        }
        None => Line::styled(
            "No earlier submitted assessment of this school with this rubric.",
            t.muted,
        ),
    });
    // Draft or submitted: only submitted assessments count in the network's figures.
    lines.push(match (&a.meta.status, &a.meta.submitted) {
        (crate::assessment::Status::Draft, _) => Line::from(vec![
            Span::styled("Draft: ", t.key),
            Span::styled("not counted in the network until submitted (S)", t.base),
        ]),
        (_, Some(sub)) => Line::from(vec![
            Span::styled("Submitted ", t.key),
            Span::raw(clean(&format!(
                "{}{} · read-only until reopened (O)",
                sub.at.strftime("%Y-%m-%d"),
                if sub.by.is_empty() {
                    String::new()
                } else {
                    format!(" by {}", sub.by.join(", "))
                }
            ))),
        ]),
        (_, None) => Line::from(vec![
            Span::styled("Submitted", t.key),
            Span::raw(" · read-only until reopened (O)"),
        ]),
    });
    lines.push(Line::raw(""));
    let title_width = shown
        .standards
        .iter()
        .map(|st| st.title.chars().count())
        .max()
        .unwrap_or(10)
        .min(if width >= 100 { 40 } else { 24 });
    let bar_width = if width >= 100 { 20 } else { 10 };
    lines.push(Line::styled(
        format!(
            "  {:<title_width$}  {:<span$}  {:>4}  {}",
            "Standard",
            "Full indicators",
            "Mean",
            if previous.is_some() { "Change" } else { "" },
            span = bar_width + 2 + 14
        ),
        t.muted,
    ));
    for (i, (standard, figures)) in shown.standards.iter().zip(&score.by_standard).enumerate() {
        let mark = s.standard_mark(figures);
        let share = figures.indicators.percent().unwrap_or(0.0) / 100.0;
        let mean = figures
            .mean_score
            .map_or("—".to_string(), |m| format!("{m:.2}"));
        let change = previous
            .and_then(|p| {
                let j = p.standard_ids.iter().position(|id| *id == standard.id)?;
                let before = p.score.by_standard.get(j)?.indicators.percent()?;
                let now = figures.indicators.percent()?;
                let _ = i;
                Some(format!("{:+.0} pts", now - before))
            })
            .unwrap_or_default();
        let style = style_if(figures.fully_implemented, t.full, t.base);
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{mark} {:<title_width$}  ",
                    truncate(&standard.title, title_width, s.ellipsis)
                ),
                style,
            ),
            Span::styled(
                bar(share, bar_width, s),
                style_if(figures.fully_implemented, t.full, t.partial),
            ),
            Span::raw(format!(
                "  {:<14}  {mean:>4}  {change}",
                figures.indicators.to_string()
            )),
        ]));
    }
    lines.push(Line::raw(""));
    if score.unrated == 0 {
        lines.push(Line::styled(
            format!("{} Every indicator is rated.", s.full),
            t.full,
        ));
    } else {
        let mut unrated = Vec::new();
        let mut flat = 0;
        for standard in &a.rubric.standards {
            let ids: Vec<&str> = standard
                .indicators
                .iter()
                .enumerate()
                .filter(|(k, _)| a.entries[flat + k].choice.is_none())
                .map(|(_, i)| i.id.as_str())
                .collect();
            flat += standard.indicators.len();
            if !ids.is_empty() {
                unrated.push(ids.join(" "));
            }
        }
        let text = format!("Still unrated ({}): {}", score.unrated, unrated.join(" · "));
        lines.push(Line::styled(
            truncate(&text, width * 2, s.ellipsis),
            t.missing,
        ));
    }
    // The rule behind "fully implemented", so nobody reads the figure as the standards'.
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("Rule: {}", a.rubric.scoring.in_words(&a.rubric.levels)),
        t.muted,
    ));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}
