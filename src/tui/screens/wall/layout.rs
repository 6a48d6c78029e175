//! Laying the wall out: its parts top to bottom, the spare rows shared out between them.

use super::size::{Big, big};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

/// One part of the wall, top to bottom; the rows left over are shared out between
/// the parts, so the whole window is used.
#[derive(Clone)]
pub(super) enum Piece {
    /// The indicator's code and the clock side by side (or the clock alone).
    Band {
        left: Option<(String, Style)>,
        right: (String, Style),
        size: Big,
    },
    /// Lines of normal text.
    Text(Vec<Line<'static>>),
    /// Lines in large type, left-aligned (or centered).
    Large {
        lines: Vec<String>,
        size: Big,
        style: Style,
        centered: bool,
    },
}

impl Piece {
    pub(super) fn rows(&self) -> u16 {
        match self {
            Piece::Band { size, .. } => size.rows(),
            Piece::Text(lines) => lines.len() as u16,
            Piece::Large { lines, size, .. } => lines.len() as u16 * size.rows(),
        }
    }

    /// `text` in large type at `size`, or as wrapped plain lines; `None` if it does
    /// not read at this size in `width`.
    pub(super) fn sized(
        text: &str,
        size: Big,
        style: Style,
        width: u16,
        centered: bool,
    ) -> Option<Piece> {
        let lines = size.wrap(text, width)?;
        Some(if size == Big::Plain {
            Piece::Text(
                lines
                    .into_iter()
                    .map(|l| {
                        let line = Line::styled(l, style);
                        if centered { line.centered() } else { line }
                    })
                    .collect(),
            )
        } else {
            Piece::Large {
                lines,
                size,
                style,
                centered,
            }
        })
    }
}

pub(super) fn total(pieces: &[Piece]) -> u16 {
    pieces.iter().map(Piece::rows).sum()
}

/// Draws `pieces` down `area`, the spare rows shared out evenly between them (none
/// above the first); what does not fit is cut at the bottom.
pub(super) fn lay_out(frame: &mut Frame, pieces: Vec<Piece>, area: Rect) {
    let used = total(&pieces);
    let gaps = pieces.len().saturating_sub(1) as u16;
    let spare = area.height.saturating_sub(used);
    let (each, extra) = spare
        .checked_div(gaps)
        .map_or((0, 0), |each| (each, spare % gaps));
    let mut y = area.y;
    let bottom = area.y + area.height;
    for (i, piece) in pieces.into_iter().enumerate() {
        if y >= bottom {
            break;
        }
        let rows = piece.rows().min(bottom - y);
        let at = Rect::new(area.x, y, area.width, rows);
        match piece {
            Piece::Band { left, right, size } => {
                let (text, style) = right;
                match left {
                    Some((id, id_style)) => {
                        let [a, b] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
                            .areas(at);
                        big(frame, &id, id_style, size, a);
                        big(frame, &text, style, size, b);
                    }
                    None => big(frame, &text, style, size, at),
                }
            }
            Piece::Text(lines) => frame.render_widget(Paragraph::new(lines), at),
            Piece::Large {
                lines,
                size,
                style,
                centered,
            } => {
                let pixel = match size {
                    Big::Full => PixelSize::Full,
                    Big::Half => PixelSize::HalfHeight,
                    _ => PixelSize::Quadrant,
                };
                let mut builder = BigText::builder();
                builder
                    .pixel_size(pixel)
                    .style(style)
                    .lines(lines.into_iter().map(Line::raw).collect::<Vec<_>>());
                if centered {
                    builder.centered();
                }
                let widget = builder.build();
                frame.render_widget(widget, at);
            }
        }
        y = y.saturating_add(rows);
        if (i as u16) < gaps {
            y = y.saturating_add(each + u16::from((i as u16) < extra));
        }
    }
}
