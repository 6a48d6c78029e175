//! The wall's large type: which size fits a window and a symbol set, and drawing one line at that size.

use crate::tui::widgets::wrap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

/// How large the large type is, for this window and symbol set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Big {
    /// Eight rows a character: only `█`, which `--ascii` draws as `#`.
    Full,
    /// Four rows a character, eight columns wide.
    Half,
    /// Four rows a character, four columns wide.
    Quadrant,
    /// Plain text.
    Plain,
}

impl Big {
    pub(super) fn rows(self) -> u16 {
        match self {
            Big::Full => 8,
            Big::Half | Big::Quadrant => 4,
            Big::Plain => 1,
        }
    }

    pub(super) fn cols_per_char(self) -> u16 {
        match self {
            Big::Full | Big::Half => 8,
            Big::Quadrant => 4,
            Big::Plain => 1,
        }
    }

    /// The sizes this symbol set can draw, largest first, plain text last: `--ascii`
    /// has only `#` blocks (`Full`).
    pub(super) fn sizes(ascii: bool) -> &'static [Big] {
        if ascii {
            &[Big::Full, Big::Plain]
        } else {
            &[Big::Full, Big::Half, Big::Quadrant, Big::Plain]
        }
    }

    /// The largest size that fits `chars` characters in `width` on this window.
    pub(super) fn choose(ascii: bool, width: u16, height: u16, chars: usize) -> Big {
        let fits = |b: Big| (chars as u16).saturating_mul(b.cols_per_char()) <= width;
        let tall_enough = |b: Big| height >= b.rows() * 4;
        Big::sizes(ascii)
            .iter()
            .copied()
            .find(|b| *b == Big::Plain || (fits(*b) && tall_enough(*b)))
            .unwrap_or(Big::Plain)
    }

    /// `text` wrapped for this size across `width` columns, if it reads there: large
    /// type needs at least a dozen characters a line (and never splits a word).
    pub(super) fn wrap(self, text: &str, width: u16) -> Option<Vec<String>> {
        let per_line = (width / self.cols_per_char()) as usize;
        if self != Big::Plain && per_line < 12 {
            return None;
        }
        let lines = wrap(text, per_line.max(1));
        let split_word = text
            .split_whitespace()
            .any(|w| w.chars().count() > per_line);
        (self == Big::Plain || !split_word).then_some(lines)
    }
}

pub(super) fn big(frame: &mut Frame, text: &str, style: Style, size: Big, area: Rect) {
    let pixel = match size {
        Big::Full => PixelSize::Full,
        Big::Half => PixelSize::HalfHeight,
        Big::Quadrant => PixelSize::Quadrant,
        Big::Plain => {
            let line = Line::styled(
                text.to_string(),
                style.add_modifier(ratatui::style::Modifier::BOLD),
            );
            frame.render_widget(Paragraph::new(line).centered(), area);
            return;
        }
    };
    let widget = BigText::builder()
        .pixel_size(pixel)
        .style(style)
        .lines(vec![Line::raw(text.to_string())])
        .centered()
        .build();
    frame.render_widget(widget, area);
}
