//! Plain mode's lines: every piece of stored or typed text goes out through
//! `text::printable`, one sentence a line, no escape sequences, so a screen reader (or
//! a transcript) reads each line on its own.

use crate::text::printable;

/// Lines waiting to be written.
#[derive(Debug, Default)]
pub struct Lines(Vec<String>);

impl Lines {
    /// Adds one line; text that holds line breaks becomes several lines, each after
    /// `prefix` again so it still says what it belongs to.
    pub fn say(&mut self, line: impl AsRef<str>) {
        for part in printable(line.as_ref()).split('\n') {
            self.0.push(part.trim_end().to_string());
        }
    }

    /// `prefix` then the text, every line of the text prefixed alike.
    pub fn para(&mut self, prefix: &str, text: &str) {
        for part in text.lines().filter(|l| !l.trim().is_empty()) {
            self.say(format!("{prefix}{}", part.trim()));
        }
    }

    pub fn take(&mut self) -> Vec<String> {
        std::mem::take(&mut self.0)
    }
}

/// A stored time as "2026-11-29 22:10 UTC", or as stored when it does not read.
pub fn time(at: &str) -> String {
    at.parse::<jiff::Timestamp>()
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|_| at.to_string())
}

/// Reads out an indicator: where it is, its statement, guidance and each level as a
/// numbered list (the numbers are what is typed to rate or vote).
pub fn indicator(out: &mut Lines, rubric: &crate::rubric::Rubric, pos: usize) {
    let Some((standard_no, standard, within, indicator)) = locate(rubric, pos) else {
        return;
    };
    let id = &indicator.id;
    out.say(crate::t!(
        "plain-indicator-where",
        id = id,
        within = within + 1,
        count = standard.indicators.len(),
        standard = standard_no + 1,
        standards = rubric.standards.len(),
        title = &standard.title
    ));
    out.para(
        &lead(crate::t!("plain-indicator-reads", id = id)),
        &indicator.text,
    );
    if let Some(guidance) = &indicator.guidance {
        out.para(
            &lead(crate::t!("plain-indicator-guidance", id = id)),
            guidance,
        );
    }
    out.say(crate::t!("plain-levels-for", id = id));
    for (i, level) in rubric.levels.iter().enumerate() {
        let descriptor = indicator
            .descriptors
            .get(i)
            .cloned()
            .flatten()
            .or_else(|| level.description.clone());
        match descriptor {
            Some(d) => out.say(crate::t!(
                "plain-level-described",
                number = i + 1,
                label = &level.label,
                descriptor = one_paragraph(&d)
            )),
            None => out.say(crate::t!(
                "plain-level-bare",
                number = i + 1,
                label = &level.label
            )),
        }
    }
    out.say(crate::t!("plain-level-na", id = id));
}

/// A message that leads a line of text, with the space before the text (Fluent trims
/// a message's trailing space).
pub fn lead(message: String) -> String {
    message + " "
}

/// Several lines of rubric text as one spoken line.
fn one_paragraph(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The standard (its number), the place within it and the indicator at a flat index.
pub fn locate(
    rubric: &crate::rubric::Rubric,
    pos: usize,
) -> Option<(
    usize,
    &crate::rubric::Standard,
    usize,
    &crate::rubric::Indicator,
)> {
    let mut start = 0;
    for (n, standard) in rubric.standards.iter().enumerate() {
        let len = standard.indicators.len();
        if pos < start + len {
            return Some((n, standard, pos - start, &standard.indicators[pos - start]));
        }
        start += len;
    }
    None
}

/// A share as words: "10.0%, 1 of 10" (or "none applicable").
pub fn share(f: crate::score::Fraction) -> String {
    match f.percent() {
        Some(p) => crate::t!(
            "plain-share",
            percent = format!("{p:.1}"),
            numerator = f.numerator,
            denominator = f.denominator
        ),
        None => crate::t!("plain-share-none"),
    }
}
