//! The one text policy, applied at every door and every exit.
//!
//! Doors — command-line arguments, the screens' editors and pastes, the environment,
//! imported files, rubric and session-plan files — pass what people wrote through
//! [`accept`] (or, for keys typed one at a time, [`typable`]), so the same text is
//! accepted or refused everywhere and stored in one normal form. Exits escape stored
//! text for where it goes: [`printable`] for terminals, [`one_line`] for diagnostics
//! on stderr, [`csv_cell`], [`markdown`] and [`markdown_cell`]; HTML and TOML have
//! their own escapers (`exchange::html::esc`, the TOML writer) built on the same rules.
//! Stored text is escaped at exits even though doors refuse the dangerous characters,
//! because a database written by another program, or by an older Touchstone, may
//! hold them.

use std::fmt;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Longest single-line value (a name, a title), in characters.
pub const MAX_LINE_CHARS: usize = 200;
/// Longest multi-line value (a note, an evidence item, a comment), in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One line: names, titles, districts, owners.
    Line,
    /// Paragraphs: notes, evidence, comments, action steps. Line breaks and tabs kept.
    Text,
}

impl Shape {
    pub fn max_chars(self) -> usize {
        match self {
            Shape::Line => MAX_LINE_CHARS,
            Shape::Text => MAX_TEXT_CHARS,
        }
    }
}

/// Why text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A control character (other than a line break or tab in paragraphs).
    Control(char),
    /// A character that reorders how the text around it is shown.
    Direction(char),
    /// A line break or tab in a single-line value.
    LineBreak,
    TooLong {
        max: usize,
    },
    /// Not empty, but nothing in it can be seen (only zero-width characters).
    Invisible,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // In this thread's language; follows the name of the field ("School name …").
        let code = |c: &char| format!("{:04X}", *c as u32);
        let text = match self {
            Refusal::Control(c) => crate::t!("common-text-control", code = code(c)),
            Refusal::Direction(c) => crate::t!("common-text-direction", code = code(c)),
            Refusal::LineBreak => crate::t!("common-text-line-break"),
            // As text: a number would be written with a thousands separator.
            Refusal::TooLong { max } => crate::t!("common-text-too-long", max = max.to_string()),
            Refusal::Invisible => crate::t!("common-text-invisible"),
        };
        f.write_str(&text)
    }
}

/// The door: `raw` in its normal form, or why it is refused. The normal form has line
/// breaks as `\n` (CR LF, CR and the Unicode line and paragraph separators become
/// `\n`, so files saved on any system agree), no surrounding whitespace, and is
/// returned unchanged by a second `accept`. Empty text is accepted; whether a value
/// may be empty is the caller's rule.
pub fn accept(raw: &str, shape: Shape) -> Result<String, Refusal> {
    let mut text = String::with_capacity(raw.len());
    for c in with_newlines(raw) {
        match c {
            '\n' | '\t' if shape == Shape::Line => return Err(Refusal::LineBreak),
            '\n' | '\t' => {}
            c if c.is_control() => return Err(Refusal::Control(c)),
            c if changes_direction(c) => return Err(Refusal::Direction(c)),
            _ => {}
        }
        text.push(c);
    }
    let trimmed = text.trim();
    if trimmed.chars().count() > shape.max_chars() {
        return Err(Refusal::TooLong {
            max: shape.max_chars(),
        });
    }
    if !trimmed.is_empty() && !has_visible(trimmed) {
        return Err(Refusal::Invisible);
    }
    if trimmed.len() == text.len() {
        Ok(text)
    } else {
        Ok(trimmed.to_string())
    }
}

/// [`accept`] for the field called `what`, with a message that names it.
pub fn checked(raw: &str, shape: Shape, what: &str) -> Result<String, String> {
    accept(raw, shape).map_err(|why| format!("{what} {why}"))
}

/// Text a door would refuse or write differently, refused by the store; the message
/// names the field. (An error of its own, so `text` needs nothing above it; the
/// store's `?` makes it an input error.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotNormal(pub String);

/// The store's last line of defence: `value` must be what [`accept`] makes of it, so
/// no code path can store text that a door would refuse or write differently (and
/// that an export of it would then fail to import).
pub fn require_normal(value: &str, shape: Shape, what: &str) -> Result<(), NotNormal> {
    match accept(value, shape) {
        Ok(normal) if normal == value => Ok(()),
        Ok(_) => Err(NotNormal(crate::t!("common-text-not-normal", what = what))),
        Err(why) => Err(NotNormal(format!("{what} {why}"))),
    }
}

/// The characters of `raw` with every line break as `\n`: CR LF, CR and the Unicode
/// line and paragraph separators, so files saved on any system agree.
fn with_newlines(raw: &str) -> impl Iterator<Item = char> + '_ {
    let mut chars = raw.chars().peekable();
    std::iter::from_fn(move || {
        let c = chars.next()?;
        Some(match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                '\n'
            }
            '\u{2028}' | '\u{2029}' => '\n',
            c => c,
        })
    })
}

/// Whether a key typed into an editor of `shape` may insert `c`. Editors drop the
/// rest, so what they save passes [`accept`].
pub fn typable(c: char, shape: Shape) -> bool {
    match c {
        '\n' | '\t' => shape == Shape::Text,
        c => !c.is_control() && !changes_direction(c) && !matches!(c, '\u{2028}' | '\u{2029}'),
    }
}

/// Text pasted into an editor of `shape`, made acceptable: line breaks become `\n` (in
/// a single-line field, a space, as do tabs), and refused characters are dropped.
/// Length is the editor's to limit.
pub fn pasted(raw: &str, shape: Shape) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in with_newlines(raw) {
        match (c, shape) {
            ('\n' | '\t', Shape::Line) => out.push(' '),
            (c, _) if typable(c, shape) => out.push(c),
            _ => {}
        }
    }
    out
}

/// A value for the event log and records from a name this process was given (the
/// environment, an SSH login): refused characters dropped, one line, trimmed, at most
/// [`MAX_LINE_CHARS`]; `None` when nothing visible is left.
pub fn name_from(raw: &str) -> Option<String> {
    let line: String = pasted(raw, Shape::Line)
        .trim()
        .chars()
        .take(MAX_LINE_CHARS)
        .collect();
    accept(&line, Shape::Line).ok().filter(|s| !s.is_empty())
}

/// Characters that make text display differently from what it says: the bidirectional
/// embeddings, overrides and isolates.
pub fn changes_direction(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// At least one character takes space on a screen and shows something there (not
/// only zero-width joiners, marks, spaces, or characters drawn blank).
fn has_visible(text: &str) -> bool {
    text.chars()
        .any(|c| !c.is_whitespace() && !draws_blank(c) && c.width().is_some_and(|w| w > 0))
}

/// Characters that take space but draw nothing, though Unicode does not call them
/// spaces: the blank braille pattern and the Hangul fillers (a name of only these
/// looks empty), and the Mongolian vowel separator.
fn draws_blank(c: char) -> bool {
    matches!(
        c,
        '\u{2800}' | '\u{3164}' | '\u{115F}' | '\u{1160}' | '\u{FFA0}' | '\u{180E}'
    )
}

/// The exit to a terminal: control characters (other than line breaks) and direction
/// changes become U+FFFD, so stored text can never move the cursor, clear the screen
/// or reorder what is shown; a tab becomes four spaces.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            c if c.is_control() || changes_direction(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The exit to one line of a diagnostic or warning (a file name, a message): as
/// [`printable`], and line breaks become U+FFFD too, so one problem is one line.
pub fn one_line(text: &str) -> String {
    printable(text).replace('\n', "\u{FFFD}")
}

/// The exit to a CSV cell: text a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`, as OWASP
/// advises; control characters other than line breaks and tabs become U+FFFD.
pub fn csv_cell(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| {
            if (c.is_control() && c != '\n' && c != '\t') || changes_direction(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    if clean.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{clean}")
    } else {
        clean
    }
}

/// The exit to Markdown running text: as [`printable`], with the characters that
/// make markup escaped, so what people wrote shows as written — never as a link, an
/// image, emphasis, a heading, raw HTML or a character reference — and line breaks
/// as `<br>`. Other punctuation is left alone so the file stays readable as text.
pub fn markdown(text: &str) -> String {
    escape_markdown(text, false)
}

fn escape_markdown(text: &str, in_table: bool) -> String {
    let text = printable(text);
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    let mut line_start = true;
    while let Some(c) = chars.next() {
        let markup = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' => true,
            '|' => in_table,
            '#' => line_start,
            // `&#8238;` or `&amp;` would be read as a character.
            '&' => chars
                .peek()
                .is_some_and(|n| *n == '#' || n.is_ascii_alphabetic()),
            _ => false,
        };
        if markup {
            out.push('\\');
        }
        if c == '\n' {
            out.push_str("<br>");
        } else {
            out.push(c);
        }
        line_start = c == '\n';
    }
    out
}

/// The exit to Markdown code (an id): in backticks when that is safe, else escaped.
pub fn markdown_code(text: &str) -> String {
    let line = one_line(text);
    if line.is_empty() || line.contains('`') {
        markdown(&line)
    } else {
        format!("`{line}`")
    }
}

/// The exit to a Markdown table cell: as [`markdown`], and `|` is escaped too.
pub fn markdown_cell(text: &str) -> String {
    escape_markdown(text, true)
}

/// The exit to JSON: serde_json escapes C0 control characters but writes DEL, the C1
/// controls and direction changes as they are; those become `\uXXXX` escapes too
/// (the same data), so the output cannot drive or reorder a terminal. Only for JSON
/// text, where such characters can only occur inside strings.
pub fn json(serialized: String) -> String {
    let risky = |c: char| (c.is_control() && c != '\n') || changes_direction(c);
    if !serialized.chars().any(risky) {
        return serialized;
    }
    let mut out = String::with_capacity(serialized.len() + 16);
    for c in serialized.chars() {
        if risky(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The exit to a TOML string: the TOML writer's own choice of quoting, unless the text
/// holds a control character or direction change, which are then written as escapes
/// in a basic string (the same data, harmless to look at).
pub fn toml_string(text: &str) -> String {
    let risky = |c: char| (c.is_control() && c != '\n' && c != '\t') || changes_direction(c);
    if !text.chars().any(risky) {
        return toml::Value::String(text.to_string()).to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if risky(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` in exactly `width` terminal columns: cut with `ellipsis` when wider, padded
/// with spaces when narrower. Wide (CJK) characters count two columns.
pub fn fit(text: &str, width: usize, ellipsis: &str) -> String {
    use unicode_truncate::UnicodeTruncateStr;
    let mut out = if text.width() > width {
        let (kept, _) = text.unicode_truncate(width.saturating_sub(ellipsis.width()));
        format!("{kept}{ellipsis}")
    } else {
        text.to_string()
    };
    let pad = width.saturating_sub(out.width());
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_are_normalised_and_surrounding_space_trimmed() {
        assert_eq!(
            accept("a\r\nb\rc\u{2028}d", Shape::Text),
            Ok("a\nb\nc\nd".into())
        );
        assert_eq!(accept("  Lincoln  ", Shape::Line), Ok("Lincoln".into()));
        assert_eq!(accept("\n note \n", Shape::Text), Ok("note".into()));
        assert_eq!(accept("a\tb", Shape::Text), Ok("a\tb".into()));
        assert_eq!(accept("", Shape::Line), Ok(String::new()));
    }

    #[test]
    fn controls_directions_breaks_and_invisible_text_are_refused() {
        assert_eq!(
            accept("a\u{1b}[2J", Shape::Text),
            Err(Refusal::Control('\u{1b}'))
        );
        assert_eq!(
            accept("a\u{9b}1m", Shape::Text),
            Err(Refusal::Control('\u{9b}'))
        );
        assert_eq!(
            accept("x\u{202E}y", Shape::Line),
            Err(Refusal::Direction('\u{202E}'))
        );
        assert_eq!(accept("a\nb", Shape::Line), Err(Refusal::LineBreak));
        assert_eq!(accept("a\tb", Shape::Line), Err(Refusal::LineBreak));
        assert_eq!(
            accept("\u{200B}\u{200D}", Shape::Line),
            Err(Refusal::Invisible)
        );
        assert_eq!(accept("né\u{200D}", Shape::Line), Ok("né\u{200D}".into()));
        // Issue 20: characters drawn blank are invisible too, alone or together...
        for blank in [
            "\u{2800}",
            "\u{2800}\u{2800}",
            "\u{3164}",
            "\u{FFA0} \u{115F}\u{1160}",
        ] {
            assert_eq!(
                accept(blank, Shape::Line),
                Err(Refusal::Invisible),
                "{blank:?}"
            );
        }
        // ...but may stand beside visible ones.
        assert_eq!(
            accept("Lincoln\u{2800}1", Shape::Line),
            Ok("Lincoln\u{2800}1".into())
        );
        let long = "x".repeat(MAX_LINE_CHARS + 1);
        assert_eq!(
            accept(&long, Shape::Line),
            Err(Refusal::TooLong {
                max: MAX_LINE_CHARS
            })
        );
    }

    #[test]
    fn accept_is_idempotent_and_pasted_text_is_accepted() {
        for raw in [
            "a\r\n\u{1b}b\u{202E}\tc ",
            " \u{9b}x\u{2029}y",
            "\r\r\n\u{85}",
        ] {
            for shape in [Shape::Line, Shape::Text] {
                let p = pasted(raw, shape);
                let once = accept(&p, shape).expect("pasted text is acceptable");
                assert_eq!(accept(&once, shape), Ok(once.clone()));
            }
        }
        assert_eq!(pasted("a\r\nb\tc", Shape::Line), "a b c");
        assert_eq!(pasted("a\r\nb\u{1b}", Shape::Text), "a\nb");
    }

    #[test]
    fn names_from_the_environment_are_made_acceptable() {
        assert_eq!(name_from(" Ana\u{1b}]0;x\u{7} "), Some("Ana]0;x".into()));
        assert_eq!(name_from("\u{202E}\u{200B}"), None);
        assert_eq!(
            name_from(&"y".repeat(500)).map(|s| s.len()),
            Some(MAX_LINE_CHARS)
        );
    }

    #[test]
    fn exits_escape_for_where_text_goes() {
        assert_eq!(printable("a\u{1b}[2Jb\tc\n"), "a\u{FFFD}[2Jb    c\n");
        assert_eq!(one_line("f\nx\u{1b}.toml"), "f\u{FFFD}x\u{FFFD}.toml");
        assert_eq!(csv_cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
        assert_eq!(csv_cell("@SUM"), "'@SUM");
        assert_eq!(csv_cell("Lincoln"), "Lincoln");
        assert_eq!(csv_cell("a\u{1b}b\nc"), "a\u{FFFD}b\nc");
        assert_eq!(
            markdown("<b>x</b> [y](z)\n# a#b"),
            "\\<b\\>x\\</b\\> \\[y\\](z)<br>\\# a#b"
        );
        assert_eq!(markdown("A & B &#8238; &amp;"), "A & B \\&#8238; \\&amp;");
        assert_eq!(markdown("a | b"), "a | b");
        assert_eq!(markdown_cell("a | b"), "a \\| b");
    }

    #[test]
    fn json_and_toml_exits_escape_what_they_carry() {
        assert_eq!(json("\"a\u{202E}b\u{9b}\"".into()), "\"a\\u202eb\\u009b\"");
        let risky = "a\u{1b}b\u{202E}\"c\\\n";
        let quoted = toml_string(risky);
        assert!(!quoted.contains(['\u{1b}', '\u{202E}']), "{quoted}");
        let parsed: toml::Table = toml::from_str(&format!("x = {quoted}")).expect("toml");
        assert_eq!(parsed["x"].as_str(), Some(risky));
        assert_eq!(toml_string("plain"), "\"plain\"");
    }

    #[test]
    fn fit_counts_wide_characters_twice() {
        assert_eq!(fit("学校", 6, "…"), "学校  ");
        assert_eq!(fit("学校学校", 5, "…"), "学校…");
        assert_eq!(fit("Lincoln", 5, "…"), "Linc…");
        // A wide character that does not fit whole leaves a space, never half of it.
        assert_eq!(fit("a学校", 4, "…"), "a学…");
        assert_eq!(fit("a学校", 3, "…"), "a… ");
        assert_eq!(fit("Mañana", 8, "…"), "Mañana  ");
    }
}
