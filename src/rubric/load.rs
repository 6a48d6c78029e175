//! Parsing and validating rubric files (format `touchstone-rubric`, version 1).
//! Syntax and shape errors stop at the first; every rule violation after that is
//! reported, each at the place in the file it concerns.

use super::{Indicator, Level, Rubric, Scoring, Standard};
use crate::diag::{Diagnostic, Source};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use toml::Spanned;

pub const FORMAT: &str = "touchstone-rubric";
pub const FORMAT_VERSION: i64 = 1;

/// Level scores: small whole numbers, so sums and means over any number of schools
/// stay exact (scores near the limits of i64 overflowed into nonsense means).
pub const SCORES: std::ops::RangeInclusive<i64> = -1000..=1000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRubric {
    // Checked before the rest by `Source::check_format`.
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    format_version: i64,
    id: Spanned<String>,
    version: Spanned<String>,
    title: Spanned<String>,
    source: Option<Spanned<String>>,
    levels: Spanned<Vec<Spanned<RawLevel>>>,
    scoring: Option<RawScoring>,
    standards: Spanned<Vec<Spanned<RawStandard>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    key: Spanned<String>,
    label: Spanned<String>,
    score: Spanned<i64>,
    #[serde(default)]
    full: bool,
    description: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScoring {
    standard_threshold: Option<Spanned<f64>>,
    school_threshold: Option<Spanned<f64>>,
    baseline_level: Option<Spanned<String>>,
    floor_level: Option<Spanned<String>>,
    baseline_at_full: Option<Spanned<bool>>,
    network: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStandard {
    id: Spanned<String>,
    title: Spanned<String>,
    short: Option<Spanned<String>>,
    group: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    indicators: Spanned<Vec<Spanned<RawIndicator>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    text: Spanned<String>,
    guidance: Option<Spanned<String>>,
    #[serde(default)]
    baseline: bool,
    descriptors: Option<Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>,
}

/// Parses and validates one rubric file. `name` is what diagnostics call the file.
pub fn parse(name: &str, text: &str) -> Result<Rubric, Vec<Diagnostic>> {
    let src = Source::new(name, text);
    src.check_format(FORMAT, FORMAT_VERSION)?;
    let raw: RawRubric = toml::from_str(text).map_err(|e| vec![src.toml_error(&e)])?;
    let mut check = Checker {
        src: &src,
        problems: Vec::new(),
    };
    let rubric = check.rubric(raw);
    if check.problems.is_empty() {
        Ok(rubric)
    } else {
        check.problems.sort_by_key(|d| (d.line, d.col));
        Err(check.problems)
    }
}

struct Checker<'a> {
    src: &'a Source<'a>,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn problem(&mut self, span: std::ops::Range<usize>, msg: impl Into<String>) {
        self.problems.push(self.src.at(span, msg));
    }

    /// An identifier: lowercase letters, digits and dashes. `what` is the message id
    /// of the field's name (`errors-what-…`), looked up only when there is a problem.
    fn id(&mut self, value: &Spanned<String>, what: &str) -> String {
        let s = value.get_ref();
        let ok = !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.problem(
                value.span(),
                crate::t!(
                    "errors-id-chars",
                    what = crate::i18n::tr(what),
                    value = format!("{s:?}")
                ),
            );
        }
        s.clone()
    }

    /// Text shown to people: not empty, and accepted by the one text policy
    /// (`text::accept`); what is kept is its normal form.
    fn text(&mut self, value: &Spanned<String>, what: &str, multiline: bool) -> String {
        let shape = if multiline {
            crate::text::Shape::Text
        } else {
            crate::text::Shape::Line
        };
        crate::diag::accepted_text(value.get_ref(), shape, || crate::i18n::tr(what)).unwrap_or_else(
            |msg| {
                self.problem(value.span(), msg);
                String::new()
            },
        )
    }

    fn optional_text(&mut self, value: &Option<Spanned<String>>, what: &str) -> Option<String> {
        value.as_ref().map(|v| self.text(v, what, true))
    }

    fn rubric(&mut self, raw: RawRubric) -> Rubric {
        let id = self.id(&raw.id, "errors-what-rubric-id");
        let version = self.text(&raw.version, "errors-what-version", false);
        let title = self.text(&raw.title, "errors-what-title", false);
        let source = self.optional_text(&raw.source, "errors-what-source");
        let levels = self.levels(&raw.levels);
        let scoring = self.scoring(raw.scoring.as_ref(), &levels);
        let standards = self.standards(&raw.standards, &levels);
        Rubric::new(id, version, title, source, levels, scoring, standards)
    }

    fn levels(&mut self, raw: &Spanned<Vec<Spanned<RawLevel>>>) -> Vec<Level> {
        let list = raw.get_ref();
        if !(2..=7).contains(&list.len()) {
            self.problem(
                raw.span(),
                crate::t!("errors-levels-count", count = list.len()),
            );
        }
        let mut keys = HashSet::new();
        let mut levels = Vec::with_capacity(list.len());
        for item in list {
            let l = item.get_ref();
            let key = self.id(&l.key, "errors-what-level-key");
            if key == super::NA_KEY {
                self.problem(l.key.span(), crate::t!("errors-level-na-reserved"));
            }
            if !keys.insert(key.clone()) {
                self.problem(
                    l.key.span(),
                    crate::t!("errors-level-twice", key = format!("{key:?}")),
                );
            }
            if !SCORES.contains(l.score.get_ref()) {
                self.problem(
                    l.score.span(),
                    crate::t!(
                        "errors-score-range",
                        score = l.score.get_ref().to_string(),
                        min = SCORES.start().to_string(),
                        max = SCORES.end().to_string()
                    ),
                );
            }
            if let Some(prev) = levels.last().map(|p: &Level| p.score)
                && *l.score.get_ref() <= prev
            {
                self.problem(
                    l.score.span(),
                    crate::t!(
                        "errors-score-order",
                        score = l.score.get_ref().to_string(),
                        previous = prev.to_string()
                    ),
                );
            }
            levels.push(Level {
                key,
                label: self.text(&l.label, "errors-what-level-label", false),
                score: *l.score.get_ref(),
                full: l.full,
                description: self.optional_text(&l.description, "errors-what-level-description"),
            });
        }
        let full = levels.iter().filter(|l| l.full).count();
        if full != 1 {
            self.problem(
                raw.span(),
                crate::t!("errors-full-count", count = full.to_string()),
            );
        }
        levels
    }

    fn scoring(&mut self, raw: Option<&RawScoring>, levels: &[Level]) -> Scoring {
        let mut threshold = |value: Option<&Spanned<f64>>, name: &str| -> f64 {
            let Some(v) = value else { return 1.0 };
            let t = *v.get_ref();
            if !super::is_share(t) {
                self.problem(
                    v.span(),
                    crate::t!("errors-threshold", name = name, value = format!("{t:?}")),
                );
            }
            t
        };
        let standard_threshold = threshold(
            raw.and_then(|r| r.standard_threshold.as_ref()),
            "standard_threshold",
        );
        let school_threshold = threshold(
            raw.and_then(|r| r.school_threshold.as_ref()),
            "school_threshold",
        );
        let baseline_level = match raw.and_then(|r| r.baseline_level.as_ref()) {
            Some(key) => self.level_key(key, "baseline_level", levels).unwrap_or(0),
            // Default: the second level, where the coalition starts counting.
            None => 1.min(levels.len().saturating_sub(1)),
        };
        let floor_level = raw.and_then(|r| r.floor_level.as_ref()).and_then(|key| {
            let i = self.level_key(key, "floor_level", levels)?;
            let full = levels.iter().position(|l| l.full);
            if full.is_some_and(|full| i > full) {
                self.problem(
                    key.span(),
                    crate::t!("errors-floor-above", key = format!("{:?}", key.get_ref())),
                );
            }
            Some(i)
        });
        Scoring {
            standard_threshold,
            school_threshold,
            baseline_level,
            floor_level,
            baseline_at_full: raw
                .and_then(|r| r.baseline_at_full.as_ref())
                .is_some_and(|b| *b.get_ref()),
            network: raw
                .and_then(|r| r.network.as_ref())
                .is_some_and(|b| *b.get_ref()),
        }
    }

    /// The position of a level named in `[scoring]`, or a problem at its place.
    fn level_key(&mut self, key: &Spanned<String>, field: &str, levels: &[Level]) -> Option<usize> {
        let found = levels.iter().position(|l| &l.key == key.get_ref());
        if found.is_none() {
            let known: Vec<&str> = levels.iter().map(|l| l.key.as_str()).collect();
            self.problem(
                key.span(),
                crate::t!(
                    "errors-not-a-level",
                    field = field,
                    key = format!("{:?}", key.get_ref()),
                    known = known.join(", ")
                ),
            );
        }
        found
    }

    fn standards(
        &mut self,
        raw: &Spanned<Vec<Spanned<RawStandard>>>,
        levels: &[Level],
    ) -> Vec<Standard> {
        if raw.get_ref().is_empty() {
            self.problem(raw.span(), crate::t!("errors-no-standards"));
        }
        let mut ids = HashSet::new();
        let mut shorts = HashSet::new();
        let mut standards = Vec::new();
        for item in raw.get_ref() {
            let s = item.get_ref();
            let id = self.id(&s.id, "errors-what-standard-id");
            let short = s.short.as_ref().map(|v| {
                let short = self.text(v, "errors-what-short-title", false);
                if !short.is_empty() && !shorts.insert(short.clone()) {
                    self.problem(
                        v.span(),
                        crate::t!("errors-short-twice", short = format!("{short:?}")),
                    );
                }
                short
            });
            if !ids.insert(id.clone()) {
                self.problem(
                    s.id.span(),
                    crate::t!("errors-id-twice", id = format!("{id:?}")),
                );
            }
            if s.indicators.get_ref().is_empty() {
                self.problem(
                    item.span(),
                    crate::t!("errors-standard-empty", id = format!("{id:?}")),
                );
            }
            let mut indicators = Vec::new();
            for ind in s.indicators.get_ref() {
                let i = ind.get_ref();
                let ind_id = self.id(&i.id, "errors-what-indicator-id");
                if !ids.insert(ind_id.clone()) {
                    self.problem(
                        i.id.span(),
                        crate::t!("errors-id-twice", id = format!("{ind_id:?}")),
                    );
                }
                indicators.push(Indicator {
                    id: ind_id,
                    text: self.text(&i.text, "errors-what-indicator-text", true),
                    guidance: self.optional_text(&i.guidance, "errors-what-guidance"),
                    baseline: i.baseline,
                    descriptors: self.descriptors(i.descriptors.as_ref(), levels),
                });
            }
            standards.push(Standard {
                id,
                title: self.text(&s.title, "errors-what-standard-title", false),
                short,
                group: s
                    .group
                    .as_ref()
                    .map(|g| self.text(g, "errors-what-group", false)),
                summary: self.optional_text(&s.summary, "errors-what-summary"),
                indicators,
            });
        }
        standards
    }

    fn descriptors(
        &mut self,
        raw: Option<&Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>,
        levels: &[Level],
    ) -> Vec<Option<String>> {
        let mut out = vec![None; levels.len()];
        let Some(raw) = raw else { return out };
        for (key, value) in raw.get_ref() {
            match levels.iter().position(|l| &l.key == key.get_ref()) {
                Some(i) => out[i] = Some(self.text(value, "errors-what-descriptor", true)),
                None => self.problem(
                    key.span(),
                    crate::t!(
                        "errors-descriptor-unknown",
                        key = format!("{:?}", key.get_ref())
                    ),
                ),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field names are message ids handed to the checker (looked up only for a
    /// problem), so the test that scans for `t!` calls does not see them: every one
    /// must exist in both languages.
    #[test]
    fn every_field_name_is_a_message_in_both_languages() {
        use crate::i18n::{Lang, message_ids};
        let source = include_str!("load.rs");
        let used: Vec<&str> = source
            .split('"')
            .filter(|s| s.starts_with("errors-what-") && s.len() > "errors-what-".len())
            .collect();
        assert!(used.len() >= 15, "{used:?}");
        for lang in Lang::ALL {
            let ids = message_ids(lang);
            for id in &used {
                assert!(ids.iter().any(|(i, _)| i == id), "{lang}: no {id}");
            }
        }
    }

    /// Only the message after `FILE:LINE:COL:` follows the language.
    #[test]
    fn a_problem_is_told_in_spanish_at_the_same_place() {
        let bad = GOOD.replace("id = \"tiny\"", "id = \"Tiny Rubric\"");
        let en = parse("tiny.toml", &bad).unwrap_err()[0].to_string();
        let es = crate::i18n::scoped(crate::i18n::Lang::Es, || {
            parse("tiny.toml", &bad).unwrap_err()[0].to_string()
        });
        assert_eq!(
            en,
            "tiny.toml:4:6: rubric id \"Tiny Rubric\" must be lowercase letters, digits and dashes ([a-z0-9-]+)"
        );
        assert_eq!(
            es,
            "tiny.toml:4:6: identificador de la rúbrica \"Tiny Rubric\": solo puede tener letras minúsculas, dígitos y guiones ([a-z0-9-]+)"
        );
    }

    const GOOD: &str = r#"
format = "touchstone-rubric"
format_version = 1
id = "tiny"
version = "1"
title = "Tiny"
levels = [
  { key = "no", label = "No", score = 1 },
  { key = "some", label = "Some", score = 2 },
  { key = "yes", label = "Yes", score = 3, full = true },
]
[[standards]]
id = "s1"
title = "One"
[[standards.indicators]]
id = "i1"
text = "First"
baseline = true
descriptors = { no = "none", yes = "all" }
"#;

    #[test]
    fn a_valid_rubric_loads_with_defaults() {
        let r = parse("tiny.toml", GOOD).unwrap();
        assert_eq!(r.id, "tiny");
        assert_eq!(r.full_level(), 2);
        assert_eq!(
            r.scoring.baseline_level, 1,
            "default baseline is the second level"
        );
        assert_eq!(r.scoring.standard_threshold, 1.0);
        assert_eq!(
            r.standards[0].indicators[0].descriptors[2].as_deref(),
            Some("all")
        );
        assert_eq!(r.indicator_index("i1"), Some(0));
    }

    #[test]
    fn every_rule_violation_is_reported_with_its_place() {
        let bad = GOOD
            .replace("score = 2", "score = 1")
            .replace("id = \"i1\"", "id = \"s1\"")
            .replace("no = \"none\"", "maybe = \"?\"");
        let errs = parse("bad.toml", &bad).unwrap_err();
        let text: Vec<String> = errs.iter().map(|d| d.to_string()).collect();
        assert_eq!(errs.len(), 3, "{text:#?}");
        assert!(text[0].starts_with("bad.toml:9:43:"), "{text:#?}");
        assert!(text[0].contains("scores must increase"));
        assert!(text[1].contains("\"s1\" is used twice"));
        assert!(text[2].contains("not a level"));
    }

    #[test]
    fn syntax_errors_point_at_the_line() {
        let errs = parse("x.toml", "format = \"touchstone-rubric\"\nid = \n").unwrap_err();
        assert_eq!(errs.len(), 1);
        assert!(errs[0].to_string().starts_with("x.toml:2:"), "{}", errs[0]);
    }
}
