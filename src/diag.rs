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
            crate::text::one_line(&self.file),
            self.line,
            self.col,
            crate::text::one_line(&self.message)
        )
    }
}

/// A file's name and text, able to turn byte spans into diagnostics.
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
    /// Built on the first lookup, so a file with many problems is scanned once rather
    /// than once per problem.
    index: std::cell::OnceCell<Vec<Mark>>,
    /// Bytes read by position lookups after the index was built (tests check that
    /// this stays proportional to the number of lookups, not to the file).
    scanned: std::cell::Cell<usize>,
}

/// A place whose line and column are known: every line start, and every
/// `MARK_EVERY` bytes within a long line, so counting columns never reads more than
/// that many bytes.
#[derive(Debug, Clone, Copy)]
struct Mark {
    offset: usize,
    line: usize,
    col: usize,
}

const MARK_EVERY: usize = 256;

impl<'a> Source<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Source {
            name,
            text,
            index: std::cell::OnceCell::new(),
            scanned: std::cell::Cell::new(0),
        }
    }

    fn index(&self) -> &[Mark] {
        self.index.get_or_init(|| {
            let mut marks = vec![Mark {
                offset: 0,
                line: 1,
                col: 1,
            }];
            let (mut line, mut col, mut last) = (1, 1, 0);
            for (i, c) in self.text.char_indices() {
                if i - last >= MARK_EVERY {
                    marks.push(Mark {
                        offset: i,
                        line,
                        col,
                    });
                    last = i;
                }
                if c == '\n' {
                    line += 1;
                    col = 1;
                    last = i + 1;
                    marks.push(Mark {
                        offset: last,
                        line,
                        col,
                    });
                } else {
                    col += 1;
                }
            }
            marks
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let index = self.index();
        // The last mark at or before `offset` (the first mark is at 0).
        let mark = index[index.partition_point(|m| m.offset <= offset) - 1];
        let between = &self.text[mark.offset..offset];
        self.scanned.set(self.scanned.get() + between.len());
        (mark.line, mark.col + between.chars().count())
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

    /// A TOML syntax or shape error, placed where the parser says it is. Names of
    /// our internal types (`struct RawScoring`) mean nothing to users: say "a table".
    pub fn toml_error(&self, err: &toml::de::Error) -> Diagnostic {
        let span = err.span().unwrap_or(0..0);
        let mut message = err.message().trim().to_string();
        while let Some(start) = message.find("struct Raw") {
            let end = message[start + 7..]
                .find(|c: char| !c.is_alphanumeric())
                .map_or(message.len(), |i| start + 7 + i);
            message.replace_range(start..end, "a table");
        }
        self.at(span, message)
    }

    /// Checks the `format` and `format_version` lines before anything else, so a file
    /// of the wrong kind is reported as such rather than by its first unknown key.
    pub fn check_format(&self, format: &str, version: i64) -> Result<(), Vec<Diagnostic>> {
        #[derive(serde::Deserialize)]
        struct Header {
            format: Option<toml::Spanned<String>>,
            format_version: Option<toml::Spanned<toml::Value>>,
        }
        let header: Header = toml::from_str(self.text).map_err(|e| vec![self.toml_error(&e)])?;
        let mut problems = Vec::new();
        match &header.format {
            Some(f) if f.get_ref() != format => problems.push(self.at(
                f.span(),
                crate::t!(
                    "errors-format-wrong",
                    found = format!("{:?}", f.get_ref()),
                    format = format
                ),
            )),
            None => {
                problems.push(self.at(0..0, crate::t!("errors-format-missing", format = format)))
            }
            Some(_) => {}
        }
        if let Some(v) = &header.format_version
            && problems.is_empty()
            && v.get_ref().as_integer() != Some(version)
            && v.get_ref().is_integer()
        {
            problems.push(self.at(
                v.span(),
                crate::t!(
                    "errors-format-version",
                    version = v.get_ref().to_string(),
                    supported = version.to_string()
                ),
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// Whether a TOML text says `format = FORMAT`: tells a translation from the file it
/// translates without checking either.
pub fn declares_format(text: &str, format: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Header {
        format: Option<String>,
    }
    toml::from_str::<Header>(text).is_ok_and(|h| h.format.as_deref() == Some(format))
}

/// A text of a file that people read, through the one text policy (`text::accept`):
/// its normal form, or the problem to report at its place (refused, or empty). `what`
/// names the field in the reader's words; it is worked out only for a problem.
pub fn accepted_text(
    value: &str,
    shape: crate::text::Shape,
    what: impl FnOnce() -> String,
) -> Result<String, String> {
    match crate::text::accept(value, shape) {
        Ok(s) if s.is_empty() => Err(crate::t!("errors-text-empty", what = what())),
        Ok(s) => Ok(s),
        Err(why) => Err(crate::t!(
            "errors-text-refused",
            what = what(),
            why = why.to_string()
        )),
    }
}

/// Reads a text file; bytes that are not UTF-8 are reported at their place.
pub fn read_text(path: &std::path::Path) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        // Everything before the bad byte is valid, so positions can be counted there.
        let text = String::from_utf8_lossy(&bytes[..valid]).into_owned();
        let name = path.display().to_string();
        ReadError::Invalid(Source::new(&name, &text).at(valid..valid, crate::t!("errors-not-utf8")))
    })
}

/// Reads a file of a user folder: any problem becomes a diagnostic, so one bad file
/// is reported and skipped rather than stopping the rest.
pub fn read_or_diagnose(path: &std::path::Path) -> Result<String, Diagnostic> {
    read_text(path).map_err(|e| match e {
        ReadError::Invalid(d) => d,
        ReadError::Io(e) => Diagnostic {
            file: path.display().to_string(),
            line: 1,
            col: 1,
            message: crate::t!("errors-cannot-read", error = e.to_string()),
        },
    })
}

/// Every `*.toml` file directly in each of `dirs` (see [`toml_files_in`]), in order:
/// its path and text, or why it could not be read.
pub fn toml_texts_in(
    dirs: &[std::path::PathBuf],
) -> impl Iterator<Item = Result<(std::path::PathBuf, String), Diagnostic>> + '_ {
    dirs.iter().flat_map(|dir| toml_files_in(dir)).map(|path| {
        let text = read_or_diagnose(&path)?;
        Ok((path, text))
    })
}

/// The `*.toml` files directly in `dir`, sorted; none when it does not exist.
pub fn toml_files_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<std::path::PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    files.sort();
    files
}

/// The lines to print for `problems`: at most `per_file` for each file, then one line
/// saying how many more that file has, so a file with a hundred thousand problems does
/// not flood the terminal. Problems of one file are expected together, as the checkers
/// return them.
pub fn capped_lines(problems: &[Diagnostic], per_file: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut rest = problems;
    while let Some(first) = rest.first() {
        let same = rest
            .iter()
            .position(|d| d.file != first.file)
            .unwrap_or(rest.len());
        let (group, after) = rest.split_at(same);
        lines.extend(group.iter().take(per_file).map(|d| d.to_string()));
        if group.len() > per_file {
            let more = group.len() - per_file;
            lines.push(crate::t!(
                "errors-more-problems",
                file = crate::text::one_line(&first.file),
                count = more
            ));
        }
        rest = after;
    }
    lines
}

#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    Invalid(Diagnostic),
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
    fn positions_agree_with_a_plain_count_everywhere() {
        let text = "a\nçé = \"x\"\n\n\u{1F600}z\n".repeat(3) + &"é".repeat(700) + "\nend";
        let src = Source::new("f", &text);
        for offset in 0..=text.len() + 2 {
            let mut o = offset.min(text.len());
            while !text.is_char_boundary(o) {
                o -= 1;
            }
            let before = &text[..o];
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let col = before[start..].chars().count() + 1;
            assert_eq!(src.position(offset), (line, col), "offset {offset}");
        }
    }

    /// One diagnostic per line of a 100,000-line file: the index is built once and
    /// each lookup reads at most a few bytes, where it used to rescan from the top.
    #[test]
    fn many_lookups_read_the_file_about_once() {
        let text = "[[x]]\nid = \"bad\"\n".repeat(50_000);
        let src = Source::new("f", &text);
        let mut lookups = 0;
        for (i, _) in text.match_indices("bad") {
            let d = src.at(i..i + 3, "bad");
            assert_eq!(d.col, 7);
            lookups += 1;
        }
        assert_eq!(lookups, 50_000);
        assert!(
            src.scanned.get() <= lookups * 8,
            "lookups read {} bytes of a {}-byte file",
            src.scanned.get(),
            text.len()
        );
    }

    #[test]
    fn lookups_on_one_long_line_read_a_bounded_stretch() {
        let text = "é".repeat(500_000);
        let src = Source::new("f", &text);
        for k in 0..10_000 {
            let offset = k * 100;
            assert_eq!(src.position(offset), (1, offset / 2 + 1));
        }
        assert!(src.scanned.get() <= 10_000 * MARK_EVERY);
    }

    #[test]
    fn printed_problems_are_capped_per_file_with_a_count() {
        let d = |file: &str, line| Diagnostic {
            file: file.into(),
            line,
            col: 1,
            message: "m".into(),
        };
        let mut problems: Vec<Diagnostic> = (1..=5).map(|l| d("a", l)).collect();
        problems.push(d("b", 1));
        let lines = capped_lines(&problems, 3);
        assert_eq!(
            lines,
            [
                "a:1:1: m",
                "a:2:1: m",
                "a:3:1: m",
                "a: … and 2 more problems",
                "b:1:1: m"
            ]
        );
        assert_eq!(capped_lines(&problems, 100).len(), 6);
    }
}
