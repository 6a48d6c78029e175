//! Rubric translations (format `touchstone-rubric-translation`, version 1): the words
//! of one rubric version in another language, keyed by the rubric's own ids. A
//! translation changes only what people read; assessments stay on the rubric's id,
//! version, level keys and scores, so assessments made in any language roll up together.
//!
//! A translation is checked against its rubric: every id present, none extra, every
//! text the rubric has (description, group, summary, guidance, descriptor) translated
//! and nothing it lacks. Each problem is reported at its place in the file.

use super::Rubric;
use crate::diag::{Diagnostic, Source};
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use toml::Spanned;

/// The `format` a translation file must declare, so it is never taken for a rubric.
pub const FORMAT: &str = "touchstone-rubric-translation";
/// The version of that format this Touchstone reads.
pub const FORMAT_VERSION: i64 = 1;

/// The language rubrics are written in (the rubric format has no language of its
/// own): a translation into it would replace the rubric's words for its own readers,
/// so it is refused.
pub const RUBRIC_LANGUAGE: Lang = Lang::En;

type Map<T> = Spanned<BTreeMap<Spanned<String>, Spanned<T>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    // Checked before the rest by `Source::check_format`.
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    format_version: i64,
    id: Spanned<String>,
    version: Spanned<String>,
    language: Spanned<String>,
    title: Spanned<String>,
    source: Option<Spanned<String>>,
    levels: Option<Map<RawLevel>>,
    standards: Option<Map<RawStandard>>,
    indicators: Option<Map<RawIndicator>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    label: Spanned<String>,
    description: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStandard {
    title: Spanned<String>,
    short: Option<Spanned<String>>,
    group: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    text: Spanned<String>,
    guidance: Option<Spanned<String>>,
    descriptors: Option<Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>,
}

#[derive(Debug, Clone, PartialEq)]
struct LevelText {
    label: String,
    description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct StandardText {
    title: String,
    short: Option<String>,
    group: Option<String>,
    summary: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct IndicatorText {
    text: String,
    guidance: Option<String>,
    /// Level key -> descriptor.
    descriptors: HashMap<String, String>,
}

/// One checked translation of one rubric version.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    /// The rubric id and version it translates.
    pub id: String,
    /// The version of the rubric it translates (it applies to that version only).
    pub version: String,
    /// The language it translates into.
    pub lang: Lang,
    /// The rubric's title in that language.
    pub title: String,
    source: Option<String>,
    levels: HashMap<String, LevelText>,
    standards: HashMap<String, StandardText>,
    indicators: HashMap<String, IndicatorText>,
}

impl Translation {
    /// A copy of `rubric` with this translation's words and the rubric's own ids,
    /// keys, scores and scoring. `None` when the rubric is not the one translated (a
    /// different id or version, or a user rubric edited without raising its version),
    /// so the caller shows the rubric's own words rather than a partial mix.
    pub fn apply(&self, rubric: &Rubric) -> Option<Rubric> {
        if rubric.id != self.id || rubric.version != self.version {
            return None;
        }
        let mut out = rubric.clone();
        out.title = self.title.clone();
        if let Some(source) = &self.source {
            out.source = Some(source.clone());
        }
        for level in &mut out.levels {
            let t = self.levels.get(&level.key)?;
            if level.description.is_some() != t.description.is_some() {
                return None;
            }
            level.label = t.label.clone();
            level.description = t.description.clone();
        }
        for standard in &mut out.standards {
            let t = self.standards.get(&standard.id)?;
            if standard.group.is_some() != t.group.is_some()
                || standard.summary.is_some() != t.summary.is_some()
            {
                return None;
            }
            standard.title = t.title.clone();
            // The translation's short title, or none: never the rubric's own words
            // in another language. (A stored copy of the rubric made before it had
            // short titles still takes the translation's.)
            standard.short = t.short.clone();
            standard.group = t.group.clone();
            standard.summary = t.summary.clone();
            for ind in &mut standard.indicators {
                let t = self.indicators.get(&ind.id)?;
                if ind.guidance.is_some() != t.guidance.is_some() {
                    return None;
                }
                ind.text = t.text.clone();
                ind.guidance = t.guidance.clone();
                for (level, d) in rubric.levels.iter().zip(&mut ind.descriptors) {
                    if d.is_some() {
                        *d = Some(t.descriptors.get(&level.key)?.clone());
                    }
                }
                // A descriptor the rubric does not have means another rubric.
                let described = ind.descriptors.iter().filter(|d| d.is_some()).count();
                if described != t.descriptors.len() {
                    return None;
                }
            }
        }
        let ids = out.standards.len() + out.indicator_count() + out.levels.len();
        if ids != self.standards.len() + self.indicators.len() + self.levels.len() {
            return None;
        }
        Some(out)
    }
}

/// The `format` line of a TOML text, if it has one: tells translation files from
/// rubric files in a standards folder without parsing either.
pub fn is_translation(text: &str) -> bool {
    crate::diag::declares_format(text, FORMAT)
}

/// Parses one translation file and checks it against its rubric. `versions` gives
/// every known version of a rubric id (none when the id is unknown).
pub fn parse(
    name: &str,
    text: &str,
    versions: &dyn Fn(&str) -> Vec<std::sync::Arc<Rubric>>,
) -> Result<Translation, Vec<Diagnostic>> {
    let src = Source::new(name, text);
    src.check_format(FORMAT, FORMAT_VERSION)?;
    let raw: RawTranslation = toml::from_str(text).map_err(|e| vec![src.toml_error(&e)])?;
    let mut check = Checker {
        src: &src,
        problems: Vec::new(),
    };
    let lang = check.language(&raw.language);
    let rubric = check.rubric(&raw.id, &raw.version, versions);
    let translation = match (lang, rubric) {
        (Some(lang), Some(rubric)) => Some(check.translation(&raw, lang, &rubric)),
        // Without the rubric nothing else can be checked; the texts still must be
        // acceptable text.
        _ => {
            check.line(&raw.title, Field::Top("title"));
            None
        }
    };
    match translation {
        Some(t) if check.problems.is_empty() => Ok(t),
        _ => {
            check.problems.sort_by_key(|d| (d.line, d.col));
            Err(check.problems)
        }
    }
}

/// Where a text of the file is, for its messages: the TOML keys as the file spells
/// them, with the id or level key of their table. Put in words only for a problem.
#[derive(Clone, Copy)]
enum Field<'a> {
    /// A key at the top of the file (`title`, `source`).
    Top(&'static str),
    /// A key of `[levels.KEY]`.
    Level(&'a str, &'static str),
    /// A key of `[standards.ID]`.
    Standard(&'a str, &'static str),
    /// A key of `[indicators.ID]`.
    Indicator(&'a str, &'static str),
    /// A descriptor of an indicator: its id, then the level key.
    Descriptor(&'a str, &'a str),
}

impl Field<'_> {
    fn words(self) -> String {
        let quoted = |s: &str| format!("{s:?}");
        match self {
            Field::Top(field) => field.to_string(),
            Field::Level(key, field) => {
                crate::t!("errors-rt-level-field", key = quoted(key), field = field)
            }
            Field::Standard(id, field) => {
                crate::t!("errors-rt-standard-field", id = quoted(id), field = field)
            }
            Field::Indicator(id, field) => {
                crate::t!("errors-rt-indicator-field", id = quoted(id), field = field)
            }
            Field::Descriptor(id, key) => {
                crate::t!(
                    "errors-rt-descriptor-field",
                    id = quoted(id),
                    key = quoted(key)
                )
            }
        }
    }
}

struct Checker<'a> {
    src: &'a Source<'a>,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn problem(&mut self, span: Range<usize>, msg: impl Into<String>) {
        self.problems.push(self.src.at(span, msg));
    }

    fn language(&mut self, value: &Spanned<String>) -> Option<Lang> {
        let code = value.get_ref();
        let lang = Lang::ALL.into_iter().find(|l| l.code() == code);
        if lang == Some(RUBRIC_LANGUAGE) {
            // It would replace the rubric's own words for its own readers.
            let others: Vec<&str> = Lang::ALL
                .iter()
                .filter(|l| **l != RUBRIC_LANGUAGE)
                .map(|l| l.code())
                .collect();
            self.problem(
                value.span(),
                crate::t!(
                    "errors-rt-own-language",
                    code = format!("{code:?}"),
                    known = others.join(", ")
                ),
            );
            return None;
        }
        if lang.is_none() {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            self.problem(
                value.span(),
                crate::t!(
                    "errors-rt-language",
                    code = format!("{code:?}"),
                    known = known.join(", ")
                ),
            );
        }
        lang
    }

    fn rubric(
        &mut self,
        id: &Spanned<String>,
        version: &Spanned<String>,
        versions: &dyn Fn(&str) -> Vec<std::sync::Arc<Rubric>>,
    ) -> Option<std::sync::Arc<Rubric>> {
        let known = versions(id.get_ref());
        if known.is_empty() {
            self.problem(
                id.span(),
                crate::t!(
                    "errors-rt-no-rubric",
                    rubric = format!("{:?}", id.get_ref())
                ),
            );
            return None;
        }
        let found = known.iter().find(|r| &r.version == version.get_ref());
        if found.is_none() {
            let mut list: Vec<&str> = known.iter().map(|r| r.version.as_str()).collect();
            list.sort_by(|a, b| super::compare_versions(a, b));
            self.problem(
                version.span(),
                crate::t!(
                    "errors-rt-no-version",
                    rubric = format!("{:?}", id.get_ref()),
                    version = format!("{:?}", version.get_ref()),
                    known = list.join(", ")
                ),
            );
        }
        found.cloned()
    }

    /// Text people read: not empty and accepted by the one text policy.
    fn text(&mut self, value: &Spanned<String>, what: Field) -> String {
        self.shaped(value, what, crate::text::Shape::Text)
    }

    /// A title or label: one line, as in the rubric.
    fn line(&mut self, value: &Spanned<String>, what: Field) -> String {
        self.shaped(value, what, crate::text::Shape::Line)
    }

    fn shaped(
        &mut self,
        value: &Spanned<String>,
        what: Field,
        shape: crate::text::Shape,
    ) -> String {
        crate::diag::accepted_text(value.get_ref(), shape, || what.words()).unwrap_or_else(|msg| {
            self.problem(value.span(), msg);
            String::new()
        })
    }

    /// A text the rubric may or may not have: translated exactly when it has it.
    /// `at` is where to report a missing one (the table that should hold it).
    fn optional(
        &mut self,
        value: Option<&Spanned<String>>,
        in_rubric: bool,
        what: Field,
        at: Range<usize>,
    ) -> Option<String> {
        match (value, in_rubric) {
            (Some(v), true) => Some(self.text(v, what)),
            (None, true) => {
                self.problem(at, crate::t!("errors-rt-missing", what = what.words()));
                None
            }
            (Some(v), false) => {
                self.problem(v.span(), crate::t!("errors-rt-extra", what = what.words()));
                None
            }
            (None, false) => None,
        }
    }

    fn translation(&mut self, raw: &RawTranslation, lang: Lang, rubric: &Rubric) -> Translation {
        let top = raw.title.span();
        let title = self.line(&raw.title, Field::Top("title"));
        let source = match &raw.source {
            // The source is optional: without it the rubric's own is shown.
            Some(s) if rubric.source.is_some() => Some(self.text(s, Field::Top("source"))),
            Some(s) => {
                self.problem(
                    s.span(),
                    crate::t!("errors-rt-extra", what = Field::Top("source").words()),
                );
                None
            }
            None => None,
        };

        let level_keys: Vec<&str> = rubric.levels.iter().map(|l| l.key.as_str()).collect();
        let mut levels = HashMap::new();
        for (key, value) in self.known(&raw.levels, &level_keys, "level", top.clone()) {
            let l = value.get_ref();
            let level = rubric.levels.iter().find(|x| x.key == key);
            let has_description = level.is_some_and(|x| x.description.is_some());
            let label = self.line(&l.label, Field::Level(&key, "label"));
            let description = self.optional(
                l.description.as_ref(),
                has_description,
                Field::Level(&key, "description"),
                value.span(),
            );
            levels.insert(key, LevelText { label, description });
        }

        let standard_ids: Vec<&str> = rubric.standards.iter().map(|s| s.id.as_str()).collect();
        let mut standards = HashMap::new();
        let mut shorts = std::collections::HashSet::new();
        for (id, value) in self.known(&raw.standards, &standard_ids, "standard", top.clone()) {
            let s = value.get_ref();
            let Some(standard) = rubric.standards.iter().find(|x| x.id == id) else {
                continue;
            };
            let title = self.line(&s.title, Field::Standard(&id, "title"));
            // `short` as the rubric has it: given here when, and only when, the
            // rubric gives one; one line, and no two standards the same.
            let short = match (&s.short, standard.short.is_some()) {
                (Some(v), true) => {
                    let short = self.line(v, Field::Standard(&id, "short"));
                    if !short.is_empty() && !shorts.insert(short.clone()) {
                        self.problem(
                            v.span(),
                            crate::t!("errors-short-twice", short = format!("{short:?}")),
                        );
                    }
                    Some(short)
                }
                (None, true) => {
                    let what = Field::Standard(&id, "short").words();
                    self.problem(value.span(), crate::t!("errors-rt-missing", what = what));
                    None
                }
                (Some(v), false) => {
                    let what = Field::Standard(&id, "short").words();
                    self.problem(v.span(), crate::t!("errors-rt-extra", what = what));
                    None
                }
                (None, false) => None,
            };
            let group = self.optional(
                s.group.as_ref(),
                standard.group.is_some(),
                Field::Standard(&id, "group"),
                value.span(),
            );
            let summary = self.optional(
                s.summary.as_ref(),
                standard.summary.is_some(),
                Field::Standard(&id, "summary"),
                value.span(),
            );
            standards.insert(
                id,
                StandardText {
                    title,
                    short,
                    group,
                    summary,
                },
            );
        }

        let indicator_ids: Vec<&str> = rubric.indicators().map(|(_, i)| i.id.as_str()).collect();
        let mut indicators = HashMap::new();
        for (id, value) in self.known(&raw.indicators, &indicator_ids, "indicator", top.clone()) {
            let i = value.get_ref();
            let Some((_, ind)) = rubric.indicators().find(|(_, x)| x.id == id) else {
                continue;
            };
            let text = self.text(&i.text, Field::Indicator(&id, "text"));
            let guidance = self.optional(
                i.guidance.as_ref(),
                ind.guidance.is_some(),
                Field::Indicator(&id, "guidance"),
                value.span(),
            );
            let descriptors = self.descriptors(&id, i, ind, rubric, value.span());
            indicators.insert(
                id,
                IndicatorText {
                    text,
                    guidance,
                    descriptors,
                },
            );
        }

        Translation {
            id: rubric.id.clone(),
            version: rubric.version.clone(),
            lang,
            title,
            source,
            levels,
            standards,
            indicators,
        }
    }

    /// The entries of one table whose ids the rubric has, in file order; an extra id
    /// is reported at its key, a missing one next to its neighbour in rubric order.
    fn known<'r, T>(
        &mut self,
        raw: &'r Option<Map<T>>,
        ids: &[&str],
        what: &str,
        top: Range<usize>,
    ) -> Vec<(String, &'r Spanned<T>)> {
        let Some(map) = raw.as_ref().map(|m| m.get_ref()) else {
            for id in ids {
                let table = Self::table(what);
                self.problem(
                    top.clone(),
                    crate::t!(
                        "errors-rt-missing-id",
                        kind = what,
                        id = format!("{id:?}"),
                        table = table,
                        key = *id
                    ),
                );
            }
            return Vec::new();
        };
        let mut found = Vec::new();
        for (key, value) in map {
            if ids.contains(&key.get_ref().as_str()) {
                found.push((key.get_ref().clone(), value));
            } else {
                self.problem(
                    key.span(),
                    crate::t!(
                        "errors-rt-extra-id",
                        kind = what,
                        id = format!("{:?}", key.get_ref())
                    ),
                );
            }
        }
        let span_of = |id: &str| {
            map.iter()
                .find(|(k, _)| k.get_ref() == id)
                .map(|(_, v)| v.span())
        };
        for (n, id) in ids.iter().enumerate() {
            if span_of(id).is_some() {
                continue;
            }
            // Report where it belongs: after the one before it, else before the one
            // after it, else at the title.
            let before = ids[..n]
                .iter()
                .rev()
                .find_map(|p| span_of(p).map(|s| (*p, s)));
            let after = ids[n + 1..]
                .iter()
                .find_map(|p| span_of(p).map(|s| (*p, s)));
            let table = Self::table(what);
            let quoted = format!("{id:?}");
            let (at, message) = match (before, after) {
                (Some((p, s)), _) => (
                    s,
                    crate::t!(
                        "errors-rt-missing-id-after",
                        kind = what,
                        id = quoted,
                        next = format!("{p:?}"),
                        table = table,
                        key = *id
                    ),
                ),
                (None, Some((p, s))) => (
                    s,
                    crate::t!(
                        "errors-rt-missing-id-before",
                        kind = what,
                        id = quoted,
                        next = format!("{p:?}"),
                        table = table,
                        key = *id
                    ),
                ),
                (None, None) => (
                    top.clone(),
                    crate::t!(
                        "errors-rt-missing-id",
                        kind = what,
                        id = quoted,
                        table = table,
                        key = *id
                    ),
                ),
            };
            self.problem(at, message);
        }
        found
    }

    /// The table of the file that holds one kind of id.
    fn table(what: &str) -> &'static str {
        match what {
            "level" => "levels",
            "standard" => "standards",
            _ => "indicators",
        }
    }

    fn descriptors(
        &mut self,
        id: &str,
        raw: &RawIndicator,
        ind: &super::Indicator,
        rubric: &Rubric,
        at: Range<usize>,
    ) -> HashMap<String, String> {
        let empty = BTreeMap::new();
        let map = raw.descriptors.as_ref().map_or(&empty, |m| m.get_ref());
        let mut out = HashMap::new();
        for (key, value) in map {
            let level = rubric.levels.iter().position(|l| &l.key == key.get_ref());
            match level {
                Some(i) if ind.descriptors[i].is_some() => {
                    let text = self.text(value, Field::Descriptor(id, key.get_ref()));
                    out.insert(key.get_ref().clone(), text);
                }
                _ => self.problem(
                    key.span(),
                    crate::t!(
                        "errors-rt-extra-descriptor",
                        key = format!("{:?}", key.get_ref()),
                        id = format!("{id:?}")
                    ),
                ),
            }
        }
        for (level, d) in rubric.levels.iter().zip(&ind.descriptors) {
            if d.is_some() && !map.keys().any(|k| k.get_ref() == &level.key) {
                let at = raw.descriptors.as_ref().map_or(at.clone(), |m| m.span());
                self.problem(
                    at,
                    crate::t!(
                        "errors-rt-missing-descriptor",
                        id = format!("{id:?}"),
                        key = format!("{:?}", level.key)
                    ),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
