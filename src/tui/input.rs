//! A one-line text field: the filter, form fields and file prompts.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The most characters a text field or the note editor holds (the text policy's limit
/// for paragraphs); it keeps every edit's cost bounded, whatever is typed or pasted.
pub use crate::text::MAX_TEXT_CHARS;
use crate::text::{Shape, pasted, typable};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Cursor position in characters.
    cursor: usize,
}

impl LineInput {
    pub fn new(text: impl Into<String>) -> LineInput {
        let text = text.into();
        LineInput {
            cursor: text.chars().count(),
            text,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn set(&mut self, text: impl Into<String>) {
        *self = LineInput::new(text);
    }

    fn byte(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Inserts text at the cursor in one step (a paste, or a run of typed characters):
    /// line breaks and tabs become spaces, other control characters are left out (as
    /// typing them is), and the field stops at [`MAX_TEXT_CHARS`]. Returns whether the
    /// text changed.
    pub fn insert_str(&mut self, text: &str) -> bool {
        let len = self.text.chars().count();
        let room = MAX_TEXT_CHARS.saturating_sub(len);
        let piece: String = pasted(text, Shape::Line).chars().take(room).collect();
        if piece.is_empty() {
            return false;
        }
        let at = self.byte(self.cursor);
        self.text.insert_str(at, &piece);
        self.cursor += piece.chars().count();
        true
    }

    /// Applies an editing key; returns whether the text or cursor changed.
    pub fn handle(&mut self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let len = self.text.chars().count();
        match key.code {
            KeyCode::Char('u') if ctrl => self.set(""),
            KeyCode::Char('a') if ctrl => self.cursor = 0,
            KeyCode::Char('e') if ctrl => self.cursor = len,
            KeyCode::Char('w') if ctrl => {
                let before: Vec<char> = self.text.chars().take(self.cursor).collect();
                let mut start = self.cursor;
                while start > 0 && before[start - 1] == ' ' {
                    start -= 1;
                }
                while start > 0 && before[start - 1] != ' ' {
                    start -= 1;
                }
                let (from, to) = (self.byte(start), self.byte(self.cursor));
                self.text.replace_range(from..to, "");
                self.cursor = start;
            }
            KeyCode::Char(c) if !ctrl && typable(c, Shape::Line) && len < MAX_TEXT_CHARS => {
                let at = self.byte(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
            }
            KeyCode::Backspace if self.cursor > 0 => {
                let at = self.byte(self.cursor - 1);
                self.text.remove(at);
                self.cursor -= 1;
            }
            KeyCode::Delete if self.cursor < len => {
                let at = self.byte(self.cursor);
                self.text.remove(at);
            }
            KeyCode::Left if self.cursor > 0 => self.cursor -= 1,
            KeyCode::Right if self.cursor < len => self.cursor += 1,
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = len,
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn edits_at_the_cursor_with_multibyte_text() {
        let mut input = LineInput::new("Éco");
        input.handle(&key(KeyCode::Left));
        input.handle(&key(KeyCode::Char('l')));
        assert_eq!(input.text(), "Éclo");
        input.handle(&key(KeyCode::Backspace));
        input.handle(&key(KeyCode::Home));
        input.handle(&key(KeyCode::Delete));
        assert_eq!(input.text(), "co");
        assert_eq!(input.cursor(), 0);
    }

    #[test]
    fn pasted_text_is_one_line_and_bounded() {
        let mut input = LineInput::new("ab");
        input.handle(&key(KeyCode::Left));
        assert!(input.insert_str("1\r\n2\t3\n4\x1b"));
        assert_eq!(input.text(), "a1 2 3 4b");
        assert_eq!(input.cursor(), 8);
        let mut long = LineInput::new("");
        long.insert_str(&"x".repeat(MAX_TEXT_CHARS + 10));
        assert_eq!(long.text().chars().count(), MAX_TEXT_CHARS);
        assert!(!long.insert_str("y"));
        long.handle(&key(KeyCode::Char('z')));
        assert_eq!(long.text().chars().count(), MAX_TEXT_CHARS);
    }

    #[test]
    fn ctrl_w_deletes_a_word_and_ctrl_u_the_line() {
        let mut input = LineInput::new("Lincoln Elementary");
        input.handle(&KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(input.text(), "Lincoln ");
        input.handle(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(input.text(), "");
    }
}
