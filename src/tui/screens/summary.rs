//! Summary: per-standard bars, the school's figures with numerators and
//! denominators, baseline, what is still unrated, and the change since the school's
//! previous assessment of the same rubric.

use super::assess::AssessState;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Ctx;
use crate::tui::widgets::{bar, clean, panel, style_if, truncate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
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
    // The school's outcome trends beside its implementation: to the right in a wide
    // window, below where the figures leave room, else not at all (the outcomes
    // screen shows them).
    let trends =
        super::outcomes::trends::trends(&state.outcomes, crate::outcomes::suppress::MIN_N_DEFAULT);
    if trends.measures.is_empty() {
        draw_figures(frame, app, state, area);
        return;
    }
    if area.width >= 140 {
        let right = (area.width * 2 / 5).min(76);
        let [left, right] =
            Layout::horizontal([Constraint::Min(60), Constraint::Length(right)]).areas(area);
        draw_figures(frame, app, state, left);
        draw_trends(frame, app, &trends, right);
        return;
    }
    let needed = figures_height(app, state, area.width.saturating_sub(2));
    if area.height >= needed + 7 {
        let [top, bottom] =
            Layout::vertical([Constraint::Length(needed), Constraint::Min(7)]).areas(area);
        draw_figures(frame, app, state, top);
        draw_trends(frame, app, &trends, bottom);
    } else {
        draw_figures(frame, app, state, area);
    }
}

/// The rows the figures' panel takes at `width` inside its borders (with its
/// borders).
fn figures_height(app: &App, state: &AssessState, width: u16) -> u16 {
    let lines = figure_lines(app, state, width as usize);
    let width = usize::from(width.max(1));
    let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(width)).sum();
    rows as u16 + 2
}

/// The school's outcome trends: per measure, all students then each group, a value
/// per school year with its direction since the year before; suppressed groups as
/// `*`, never their figures.
fn draw_trends(frame: &mut Frame, app: &App, trends: &super::outcomes::trends::Trends, area: Rect) {
    use super::outcomes::trends::{Direction, Shown, format};
    let (t, s) = (&app.theme, &app.symbols);
    let n = crate::outcomes::suppress::MIN_N_DEFAULT;
    let block = panel(
        t,
        s,
        format!(" {} ", crate::t!("outcome-screens-trends-title")),
        false,
    );
    let inner = block.inner(area);
    let width = inner.width as usize;
    let column = 9;
    let label_width = 22.min(width.saturating_sub(column));
    // The latest years that fit.
    let fit = (width.saturating_sub(label_width) / column).max(1);
    let skip = trends.years.len().saturating_sub(fit);
    let years = &trends.years[skip..];
    let (up, down) = if s.ascii { ("^", "v") } else { ("↑", "↓") };
    let mut lines = vec![Line::styled(
        format!(
            "{:label_width$}{}",
            "",
            years
                .iter()
                .map(|y| format!("{:>column$}", y.to_string()))
                .collect::<String>()
        ),
        t.muted,
    )];
    // Each measure on one line for all students; then, as far as the panel has
    // room, measures opened out into a line per group (in order).
    let value_spans = |m: &super::outcomes::trends::MeasureLines,
                       g: &super::outcomes::trends::GroupLine,
                       label: String| {
        let directions = g.directions();
        let mut spans = vec![Span::styled(
            format!(
                "{:<label_width$}",
                truncate(&label, label_width.saturating_sub(1), s.ellipsis)
            ),
            if g.group == crate::outcomes::model::ALL {
                t.key
            } else {
                t.base
            },
        )];
        for (value, direction) in g.values.iter().zip(directions).skip(skip) {
            let (text, style) = match value {
                Shown::None => ("—".to_string(), t.muted),
                Shown::Suppressed => ("*".to_string(), t.muted),
                Shown::Value(v) => {
                    let arrow = match direction {
                        Some(Direction::Up) => up,
                        Some(Direction::Down) => down,
                        Some(Direction::Same) => s.arrow,
                        None => " ",
                    };
                    let better = m
                        .measure
                        .higher_is_better()
                        .and_then(|higher| match direction {
                            Some(Direction::Up) => Some(higher),
                            Some(Direction::Down) => Some(!higher),
                            _ => None,
                        });
                    let style = match better {
                        Some(true) => t.full,
                        Some(false) => t.missing,
                        None => t.base,
                    };
                    (format!("{}{arrow}", format(m.measure, *v)), style)
                }
            };
            let pad = column.saturating_sub(text.width() + 1);
            spans.push(Span::raw(" ".repeat(pad + 1)));
            spans.push(Span::styled(text, style));
        }
        Line::from(spans)
    };
    let legend = crate::t!(
        "outcome-screens-trends-legend",
        up = up,
        down = down,
        same = s.arrow,
        n = n
    );
    let legend_rows = legend.width().max(1).div_ceil(width.max(1));
    let room = (inner.height as usize).saturating_sub(1 + legend_rows);
    let name_of = |m: &super::outcomes::trends::MeasureLines| {
        let name = crate::i18n::tr(m.measure.name_id());
        if m.subject.is_empty() {
            name
        } else {
            format!("{name} · {}", clean(&m.subject))
        }
    };
    let mut spare = room.saturating_sub(trends.measures.len());
    for m in &trends.measures {
        let all = m
            .groups
            .iter()
            .find(|g| g.group == crate::outcomes::model::ALL);
        let opened = m.groups.len();
        if opened <= spare {
            spare -= opened;
            lines.push(Line::styled(
                truncate(&name_of(m), width, s.ellipsis),
                t.key,
            ));
            for g in &m.groups {
                lines.push(value_spans(m, g, format!(" {}", group_name(&g.group))));
            }
        } else if let Some(g) = all {
            lines.push(value_spans(m, g, name_of(m)));
        } else {
            lines.push(Line::styled(
                truncate(&name_of(m), width, s.ellipsis),
                t.key,
            ));
        }
    }
    lines.truncate(room + 1);
    lines.push(Line::styled(legend, t.muted));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}

/// A student group as people read it: a known group in this language, else the
/// district's own name.
pub fn group_name(group: &str) -> String {
    if crate::outcomes::model::known_group(group) {
        crate::i18n::tr(&format!("outcome-screens-group-{group}"))
    } else {
        clean(group)
    }
}

fn draw_figures(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let block = panel(
        t,
        s,
        format!(" {} ", crate::t!("assess-summary-title")),
        true,
    );
    let inner = block.inner(area);
    let lines = figure_lines(app, state, inner.width as usize);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}

/// The summary's figures as lines for a panel `width` wide inside.
fn figure_lines(app: &App, state: &AssessState, width: usize) -> Vec<Line<'static>> {
    let (t, s) = (&app.theme, &app.symbols);
    let a = &state.assessment;
    let shown = crate::rubric::shown(&a.rubric);
    let score = &state.score;
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
    lines
}
