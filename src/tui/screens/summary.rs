//! Summary: per-standard bars, the school's figures with numerators and
//! denominators, baseline, what is still unrated, and the change since the school's
//! previous assessment of the same rubric.

use super::assess::AssessState;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Ctx;
use crate::tui::widgets::{bar, clean, panel, style_if, truncate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

fn yes_no(b: bool) -> String {
    if b {
        crate::t!("assess-summary-yes")
    } else {
        crate::t!("assess-summary-no")
    }
}

pub fn draw(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let a = &state.assessment;
    let shown = crate::rubric::shown(&a.rubric);
    let score = &state.score;
    let block = panel(
        t,
        s,
        format!(" {} ", crate::t!("assess-summary-title")),
        true,
    );
    let inner = block.inner(area);
    let width = inner.width as usize;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{} ", crate::t!("assess-summary-standards")), t.key),
            Span::styled(score.standards.to_string(), t.title),
            Span::raw("    "),
            Span::styled(format!("{} ", crate::t!("assess-summary-fully")), t.key),
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
            Span::styled(
                format!("{} ", crate::t!("assess-summary-indicators")),
                t.key,
            ),
            Span::raw(score.indicators.to_string()),
            Span::raw("    "),
            Span::styled(format!("{} ", crate::t!("assess-summary-baseline")), t.key),
            Span::styled(
                if score.baseline_met {
                    format!("{} {}", s.full, crate::t!("assess-summary-met"))
                } else {
                    format!("{} {}", s.not_full, crate::t!("assess-summary-not-met"))
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
                Span::styled(
                    format!("{} ", crate::t!("assess-summary-since", date = &p.date)),
                    t.key,
                ),
                Span::raw(crate::t!(
                    "assess-summary-change",
                    before = before.to_string(),
                    arrow = s.arrow,
                    now = score.standards.to_string(),
                    delta = format!("{delta:+}")
                )),
            ])
        }
        None => Line::styled(crate::t!("assess-summary-no-previous"), t.muted),
    });
    // Draft or submitted: only submitted assessments count in the network's figures.
    let submit = app.key_name(Ctx::Summary, Action::SubmitAssessment);
    let reopen = app.key_name(Ctx::Summary, Action::Reopen);
    lines.push(match (&a.meta.status, &a.meta.submitted) {
        (crate::assessment::Status::Draft, _) => Line::from(vec![
            Span::styled(format!("{} ", crate::t!("assess-summary-draft")), t.key),
            Span::styled(crate::t!("assess-summary-draft-why", key = submit), t.base),
        ]),
        (_, Some(sub)) => Line::from(vec![
            Span::styled(format!("{} ", crate::t!("assess-summary-submitted")), t.key),
            Span::raw(clean(&crate::t!(
                "assess-summary-submitted-on",
                key = &reopen,
                date = sub.at.strftime("%Y-%m-%d").to_string(),
                by = if sub.by.is_empty() {
                    String::new()
                } else {
                    crate::t!("assess-summary-submitted-by", names = sub.by.join(", "))
                }
            ))),
        ]),
        (_, None) => Line::from(vec![
            Span::styled(crate::t!("assess-summary-submitted"), t.key),
            Span::raw(format!(
                " · {}",
                crate::t!("assess-summary-read-only", key = &reopen)
            )),
        ]),
    });
    lines.push(Line::raw(""));
    let bar_width = if width >= 100 { 20 } else { 10 };
    let mean_title = crate::t!("assess-summary-col-mean");
    // The mean's column: 4 wide, or as wide as its title in this language.
    let mean_width = mean_title.width().max(4);
    // How many indicators of the standard may be below full (issue 23 item 2).
    let miss_title = crate::t!("assess-summary-col-may-miss");
    let miss_width = miss_title.width().max(2);
    // The standard's column gets what the figures leave of the line (a long column
    // title in one language must not wrap the rows); a standard too long for it shows
    // its short title.
    let change_width = if previous.is_some() {
        2 + crate::t!("assess-summary-col-change")
            .width()
            .max(5 + crate::t!("assess-summary-points").width())
    } else {
        0
    };
    let figures_width = 2 + 2 + bar_width + 2 + 14 + 2 + mean_width + 2 + miss_width + change_width;
    let title_width = shown
        .standards
        .iter()
        .map(|st| st.title.chars().count())
        .max()
        .unwrap_or(10)
        .min(if width >= 100 { 40 } else { 24 })
        .min(width.saturating_sub(figures_width).max(8));
    lines.push(Line::styled(
        format!(
            "  {:<title_width$}  {:<span$}  {:>mean_width$}  {miss_title:>miss_width$}  {}",
            crate::t!("assess-summary-col-standard"),
            crate::t!("assess-summary-col-full"),
            mean_title,
            if previous.is_some() {
                crate::t!("assess-summary-col-change")
            } else {
                String::new()
            },
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
                Some(format!(
                    "{:+.0} {}",
                    now - before,
                    crate::t!("assess-summary-points")
                ))
            })
            .unwrap_or_default();
        let style = style_if(figures.fully_implemented, t.full, t.base);
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{mark} {:<title_width$}  ",
                    truncate(standard.label(title_width), title_width, s.ellipsis)
                ),
                style,
            ),
            Span::styled(
                bar(share, bar_width, s),
                style_if(figures.fully_implemented, t.full, t.partial),
            ),
            Span::raw(format!(
                "  {:<14}  {mean:>mean_width$}  {miss:>miss_width$}  {change}",
                figures.indicators.to_string(),
                miss = if figures.applicable {
                    figures.may_be_below_full.to_string()
                } else {
                    "—".to_string()
                }
            )),
        ]));
    }
    lines.push(Line::raw(""));
    if score.unrated == 0 {
        lines.push(Line::styled(
            format!("{} {}", s.full, crate::t!("assess-summary-all-rated")),
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
        let text = crate::t!(
            "assess-summary-unrated",
            count = score.unrated,
            ids = unrated.join(" · ")
        );
        lines.push(Line::styled(
            truncate(&text, width * 2, s.ellipsis),
            t.missing,
        ));
    }
    // The rule behind "fully implemented", so nobody reads the figure as the standards'.
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        crate::t!(
            "assess-summary-rule",
            rule = crate::exchange::report::rule_words(a)
        ),
        t.muted,
    ));
    lines.push(Line::styled(
        crate::t!(
            "assess-summary-may-miss",
            full = shown
                .levels
                .get(shown.full_level())
                .map_or(String::new(), |l| l.label.clone())
        ),
        t.muted,
    ));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}
