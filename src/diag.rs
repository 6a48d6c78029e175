//! Diagnostics that point at a place in a file: `FILE:LINE:COL: message`.

use std::fmt;
use std::ops::Range;

/// One problem found in a file, with the 1-based line and column it starts at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

/// A file's name and text, able to turn byte spans into diagnostics.
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

impl<'a> Source<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Source { name, text }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }

    /// A diagnostic at the start of `span`.
    pub fn at(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        let (line, col) = self.position(span.start);
        Diagnostic {
            file: self.name.to_string(),
            line,
            col,
            message: message.into(),
        }
    }

    /// A TOML syntax or shape error, placed where the parser says it is.
    pub fn toml_error(&self, err: &toml::de::Error) -> Diagnostic {
        let span = err.span().unwrap_or(0..0);
        self.at(span, err.message().trim().to_string())
    }
}

/// Characters that may not appear in user text: control characters other than the
/// newline and tab that multi-line notes need.
pub fn forbidden_char(text: &str, multiline: bool) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| {
        c.is_control() && !(multiline && (c == '\n' || c == '\t')) || is_bidi_override(c)
    })
}

/// Bidirectional overrides can make text display differently from what it says.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let src = Source::new("f.toml", "ab\nçd = 1\n");
        assert_eq!(src.position(0), (1, 1));
        assert_eq!(src.position(3), (2, 1));
        // 'ç' is two bytes; the column counts it once.
        assert_eq!(src.position(5), (2, 2));
        assert_eq!(src.at(5..6, "x").to_string(), "f.toml:2:2: x");
    }

    #[test]
    fn control_characters_are_found_but_newlines_allowed_in_notes() {
        assert_eq!(forbidden_char("a\nb", true), None);
        assert_eq!(forbidden_char("a\nb", false), Some((1, '\n')));
        assert_eq!(forbidden_char("a\u{1b}[31m", true), Some((1, '\u{1b}')));
        assert_eq!(forbidden_char("x\u{202E}y", true), Some((1, '\u{202E}')));
    }
}
