//! What the wall shows under the statement: every level with its descriptor, one line a level, or the revealed votes as bars.

use super::layout::Piece;
use super::size::Big;
use super::{Wall, pre_note};
use crate::rubric::Rubric;
use crate::session::Consensus;
use crate::session::tally::Tally;
use crate::tui::app::App;
use crate::tui::widgets::{clean, truncate, wrap};
use ratatui::text::{Line, Span};

/// What is shown under the statement, at one size.
#[derive(Clone, Copy, Debug)]
pub(super) enum Detail {
    /// Every level with its descriptor, at this size (plain: wrapped in full).
    Levels(Big),
    /// One line a level, cut to the width.
    Short,
    /// The revealed bars, this many rows a level.
    Bars(u16),
}

impl Detail {
    pub(super) fn pieces(
        self,
        app: &App,
        wall: &Wall,
        rubric: &Rubric,
        ind: &crate::rubric::Indicator,
        width: u16,
    ) -> Option<Vec<Piece>> {
        let t = &app.theme;
        let descriptor = |i: usize| {
            clean(
                &ind.descriptors
                    .get(i)
                    .cloned()
                    .flatten()
                    .unwrap_or_default(),
            )
        };
        let mut out = Vec::new();
        match self {
            Detail::Levels(size) if size != Big::Plain => {
                for (i, level) in rubric.levels.iter().enumerate() {
                    let text = format!("{} {}: {}", i + 1, level.label, descriptor(i));
                    let lines = size.wrap(&text, width)?;
                    out.push(Piece::Large {
                        lines,
                        size,
                        style: t.base,
                        centered: false,
                    });
                }
            }
            Detail::Levels(_) | Detail::Short => {
                let mut lines = Vec::new();
                levels(
                    &mut lines,
                    app,
                    rubric,
                    ind,
                    width as usize,
                    matches!(self, Detail::Levels(_)),
                );
                // A level's lines stay together; the spare rows go between levels.
                let mut level: Vec<Line<'static>> = Vec::new();
                for line in lines {
                    let starts = line
                        .spans
                        .first()
                        .is_some_and(|s| s.content.starts_with(|c: char| c.is_ascii_digit()));
                    if starts && !level.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut level)));
                    }
                    level.push(line);
                }
                if !level.is_empty() {
                    out.push(Piece::Text(level));
                }
            }
            Detail::Bars(rows) => {
                let tally = wall.tally.as_ref()?;
                let mut lines = Vec::new();
                bars(
                    &mut lines,
                    app,
                    rubric,
                    tally,
                    wall.live.plan.consensus,
                    width as usize,
                    rows,
                );
                out.push(Piece::Text(lines));
            }
        }
        Some(out)
    }
}

/// Each level with what it means for this indicator, descriptors wrapped in full
/// (`in_full`), else one line each.
fn levels<'a>(
    lines: &mut Vec<Line<'a>>,
    app: &App,
    rubric: &Rubric,
    ind: &crate::rubric::Indicator,
    width: usize,
    in_full: bool,
) {
    let t = &app.theme;
    let label_width = rubric.label_width();
    let indent = label_width + 5;
    let text_width = width.saturating_sub(indent).max(10);
    let descriptor = |i: usize| {
        clean(
            &ind.descriptors
                .get(i)
                .cloned()
                .flatten()
                .unwrap_or_default(),
        )
    };
    for (i, level) in rubric.levels.iter().enumerate() {
        let head = format!("{} {:<label_width$}   ", i + 1, level.label);
        let text = descriptor(i);
        let wrapped = if in_full {
            wrap(&text, text_width)
        } else {
            vec![truncate(&text, text_width, app.symbols.ellipsis)]
        };
        for (k, l) in wrapped.into_iter().enumerate() {
            let lead = if k == 0 {
                head.clone()
            } else {
                " ".repeat(indent)
            };
            lines.push(Line::from(vec![
                Span::styled(lead, t.key),
                Span::styled(l, t.base),
            ]));
        }
    }
}

/// The revealed votes: a bar per level (`rows` rows each, at most 3), the spread and
/// the suggestion.
fn bars<'a>(
    lines: &mut Vec<Line<'a>>,
    app: &App,
    rubric: &Rubric,
    tally: &Tally,
    rule: Consensus,
    width: usize,
    rows: u16,
) {
    let (t, s) = (&app.theme, &app.symbols);
    let label_width = rubric.label_width();
    let most = tally.largest();
    let bar_width = width.saturating_sub(label_width + 10);
    let entries = rubric
        .levels
        .iter()
        .map(|l| l.label.as_str())
        .zip(tally.per_level.iter().copied())
        .chain([("N/A", tally.not_applicable)]);
    for (label, count) in entries {
        let filled = (count as usize * bar_width).div_ceil(most as usize);
        let chosen = tally
            .suggested
            .is_some_and(|c| rubric.choice_label(Some(c)) == label);
        let mark = if chosen { s.pointer } else { " " };
        let bar = s.bar_full.repeat(filled);
        let style = if count > 0 { t.partial } else { t.muted };
        let line = |first: bool| {
            Line::from(vec![
                Span::styled(
                    if first {
                        format!("{mark} {label:<label_width$} ")
                    } else {
                        " ".repeat(label_width + 3)
                    },
                    if chosen { t.key } else { t.title },
                ),
                Span::styled(bar.clone(), style),
                Span::styled(
                    if first {
                        format!(" {count}")
                    } else {
                        String::new()
                    },
                    t.title,
                ),
            ])
        };
        lines.push(line(true));
        // Thick bars where the window has the rows: two a bar, then a blank one.
        if rows >= 2 {
            lines.push(line(false));
        }
        if rows >= 3 {
            lines.push(Line::raw(""));
        }
    }
    let spread = tally.spread.map_or("—".to_string(), |d| {
        crate::t!("session-wall-levels", count = d)
    });
    let suggested = rubric.choice_label(tally.suggested);
    let rule_text = crate::tui::screens::facilitate::rule_text(rule, &suggested);
    lines.push(Line::styled(
        crate::t!(
            "session-wall-tally",
            votes = tally.votes,
            pre = pre_note(tally),
            spread = spread,
            rule = rule_text
        ),
        t.title,
    ));
}
