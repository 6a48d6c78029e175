//! Small drawing helpers shared by the screens.

use super::theme::{Symbols, Theme};
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};
use unicode_width::UnicodeWidthStr;

/// A bordered panel; the focused one stands out by its border and a bold title.
pub fn panel<'a>(
    theme: &Theme,
    symbols: &Symbols,
    title: impl Into<Line<'a>>,
    focused: bool,
) -> Block<'a> {
    let border = if focused {
        theme.focus_border
    } else {
        theme.border
    };
    Block::default()
        .borders(Borders::ALL)
        .border_set(symbols.border)
        .border_style(border)
        .title(title.into().style(theme.title))
        .style(theme.base)
}

/// Cuts text to `width` columns, marking the cut.
pub fn truncate(text: &str, width: usize, ellipsis: &str) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(ellipsis.width());
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(ellipsis);
    out
}

/// The first `chars` characters of text: what a screen can show at most, so that
/// drawing a huge stored text costs what is shown, not what is stored.
pub fn head(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .map_or(text, |(i, _)| &text[..i])
}

/// Cuts text to `width` columns from the left, keeping the end (a file name).
pub fn truncate_left(text: &str, width: usize, ellipsis: &str) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let reversed: String = text.chars().rev().collect();
    let kept: String = truncate(&reversed, width.saturating_sub(ellipsis.width()), "")
        .chars()
        .rev()
        .collect();
    format!("{ellipsis}{kept}")
}

/// A horizontal bar for a share between 0 and 1.
pub fn bar(share: f64, width: usize, symbols: &Symbols) -> String {
    let filled = ((share.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    format!(
        "{}{}",
        symbols.bar_full.repeat(filled),
        symbols.bar_empty.repeat(width - filled)
    )
}

/// A rectangle of at most `width` × `height`, centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// `key label` pairs for the footer, as many as fit in `width`; the last pair (help)
/// always stays, since it lists the rest.
pub fn key_hints<'a>(
    theme: &Theme,
    hints: impl Iterator<Item = (&'a str, &'a str)>,
    width: usize,
) -> Line<'a> {
    let mut hints: Vec<(&str, &str)> = hints.collect();
    let needed = |h: &[(&str, &str)]| {
        h.iter()
            .map(|(k, l)| k.width() + 1 + l.width() + 2)
            .sum::<usize>()
    };
    while hints.len() > 1 && needed(&hints) > width + 2 {
        hints.remove(hints.len() - 2);
    }
    let mut spans = Vec::new();
    for (i, (key, label)) in hints.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("  ", theme.muted));
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {label}"), theme.muted));
    }
    Line::from(spans)
}

/// Text from files or other users is shown with control characters made visible, so
/// nothing can move the cursor or recolour the screen.
pub fn clean(text: &str) -> String {
    crate::text::printable(text)
}

pub fn style_if(cond: bool, yes: Style, no: Style) -> Style {
    if cond { yes } else { no }
}

/// Greedy word wrap to `width` columns (long words are cut).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let needed = if line.is_empty() {
                word.width()
            } else {
                line.width() + 1 + word.width()
            };
            if needed > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            while line.width() > width {
                let cut: String = truncate(&line, width, "");
                let rest = line[cut.len()..].to_string();
                lines.push(cut);
                line = rest;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_words_and_keeps_paragraphs() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("a\nb", 10), vec!["a", "b"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn head_keeps_whole_characters() {
        assert_eq!(head("éàü", 2), "éà");
        assert_eq!(head("ab", 5), "ab");
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("Collaborative Leadership", 10, "…"), "Collabora…");
        assert_eq!(truncate("short", 10, "…"), "short");
    }

    #[test]
    fn clean_neutralises_escape_sequences() {
        assert_eq!(clean("a\u{1b}[2Jb"), "a\u{FFFD}[2Jb");
    }
}
