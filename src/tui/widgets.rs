//! Small drawing helpers shared by the screens.

use super::theme::{Symbols, Theme};
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};
use unicode_truncate::UnicodeTruncateStr;
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

/// Cuts text to `width` columns, marking the cut (wide characters count two
/// columns; `unicode-truncate` never splits one, nor a character from its accents).
pub fn truncate(text: &str, width: usize, ellipsis: &str) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let (kept, _) = text.unicode_truncate(width.saturating_sub(ellipsis.width()));
    format!("{kept}{ellipsis}")
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
    let (kept, _) = text.unicode_truncate_start(width.saturating_sub(ellipsis.width()));
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

/// `(key, label, keep)` hints for the footer, as many as fit in `width`: the last
/// (help) always stays, since it lists the rest, and so do those marked `keep` (the
/// way out); the others go from the end first. What still does not fit (a long
/// translation in a narrow window) is cut with `ellipsis`.
/// One footer key: its label, its word, and its rank (0 is dropped last).
pub struct Hint<'a> {
    pub key: &'a str,
    pub word: &'a str,
    pub rank: usize,
    /// `?`: when keys are dropped, its word becomes `more` (`more` is what it shows).
    pub more: bool,
}

/// The footer line: the keys that fit in `width`, in their own order. When they do not
/// all fit, the lowest-ranked are dropped first and `?`'s word says `more`, since help
/// lists what is not shown.
pub fn footer_line<'a>(
    theme: &Theme,
    mut hints: Vec<Hint<'a>>,
    more: &'a str,
    width: usize,
    ellipsis: &str,
) -> Line<'a> {
    let needed = |h: &[Hint]| {
        h.iter()
            .map(|h| h.key.width() + 1 + h.word.width() + 2)
            .sum::<usize>()
    };
    let mut dropped = false;
    while needed(&hints) > width + 2 {
        let Some((drop, _)) = hints
            .iter()
            .enumerate()
            .filter(|(_, h)| h.rank > 0)
            .max_by_key(|(_, h)| h.rank)
        else {
            break;
        };
        hints.remove(drop);
        if !dropped {
            dropped = true;
            for h in hints.iter_mut().filter(|h| h.more) {
                h.word = more;
            }
        }
    }
    key_hints(
        theme,
        hints.into_iter().map(|h| (h.key, h.word, true)),
        width,
        ellipsis,
    )
}

pub fn key_hints<'a>(
    theme: &Theme,
    hints: impl Iterator<Item = (&'a str, &'a str, bool)>,
    width: usize,
    ellipsis: &str,
) -> Line<'a> {
    let mut hints: Vec<(&str, &str, bool)> = hints.collect();
    let needed = |h: &[(&str, &str, bool)]| {
        h.iter()
            .map(|(k, l, _)| k.width() + 1 + l.width() + 2)
            .sum::<usize>()
    };
    while needed(&hints) > width + 2 {
        let last = hints.len().saturating_sub(1);
        let Some(drop) = (0..last).rev().find(|&i| !hints[i].2) else {
            break;
        };
        hints.remove(drop);
    }
    let mut spans = Vec::new();
    let mut room = width;
    for (i, (key, label, _)) in hints.into_iter().enumerate() {
        let gap = if i > 0 { "  " } else { "" };
        let label = format!(" {label}");
        if gap.width() + key.width() + label.width() > room {
            let cut = truncate(&format!("{gap}{key}{label}"), room, ellipsis);
            spans.push(Span::styled(cut, theme.muted));
            break;
        }
        room -= gap.width() + key.width() + label.width();
        if i > 0 {
            spans.push(Span::styled(gap, theme.muted));
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(label, theme.muted));
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

/// Greedy word wrap to `width` columns with `textwrap`: each paragraph (`\n`) starts
/// a line, words are separated by one space (runs of spaces and tabs count as one),
/// wide characters count two columns, and words longer than a line are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width.max(1))
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .break_words(true);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let words = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.is_empty() {
            lines.push(String::new());
            continue;
        }
        lines.extend(
            textwrap::wrap(&words, &options)
                .into_iter()
                .map(|line| line.into_owned()),
        );
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
        // Blank paragraphs stay; runs of spaces and tabs are one space.
        assert_eq!(wrap("a\n\n  b \t c", 10), vec!["a", "", "b c"]);
        assert_eq!(wrap("", 10), vec![""]);
        // A long word after a short one starts its own line, then is cut.
        assert_eq!(wrap("ab abcdefghij", 7), vec!["ab", "abcdefg", "hij"]);
        // Zero width still makes progress.
        assert_eq!(wrap("ab", 0), vec!["a", "b"]);
    }

    #[test]
    fn wrap_counts_wide_characters_twice() {
        assert_eq!(wrap("学校学校学", 4), vec!["学校", "学校", "学"]);
        assert_eq!(wrap("el 学校 de", 6), vec!["el", "学校", "de"]);
        for line in wrap("Évaluation 学校 comunitaria, año 2026", 7) {
            assert!(line.width() <= 7, "{line:?}");
        }
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
        assert_eq!(truncate("Liderazgo colaborativo", 10, "~"), "Liderazgo~");
    }

    #[test]
    fn truncate_never_splits_a_wide_character_or_an_accent() {
        // 学 is two columns: three of them do not fit in 5 with the ellipsis.
        assert_eq!(truncate("学校学校", 5, "…"), "学校…");
        assert_eq!(truncate("学校学校", 4, ""), "学校");
        // e + combining acute stays whole.
        assert_eq!(truncate("cafe\u{301} con leche", 5, "…"), "cafe\u{301}…");
        assert_eq!(truncate("x", 0, "…"), "…");
    }

    #[test]
    fn truncate_left_keeps_the_end() {
        assert_eq!(
            truncate_left("/home/ana/exports/lincoln.toml", 14, "…"),
            "…/lincoln.toml"
        );
        assert_eq!(truncate_left("short.toml", 14, "…"), "short.toml");
        assert_eq!(truncate_left("学校学校.toml", 8, "…"), "…校.toml");
    }

    #[test]
    fn clean_neutralises_escape_sequences() {
        assert_eq!(clean("a\u{1b}[2Jb"), "a\u{FFFD}[2Jb");
    }
}
