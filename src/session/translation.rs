//! Session plan translations (format `touchstone-session-translation`, version 1):
//! the words of one plan in another language. The plan stays one plan (same id,
//! same segments, same coverage); only what a person reads changes, and only at the
//! moment it is shown, in the reader's language (`crate::i18n::current()`).
//!
//! A translation is keyed by the plan's id and follows the plan's own order: one
//! `[[segments]]` entry per segment, each naming the segment's kind so a slip in the
//! order is caught; lists (prework, prompts, roles…) item for item. It is checked
//! against the plan it translates and applied only to that very plan, so a plan
//! edited after its translation was written shows in its own words until the
//! translation is brought up to date.

use super::PlanEntry;
use super::plan::{Plan, Preparation, RawRole, RawTerm, Segment, field_words};
use crate::diag::{Diagnostic, Source, read_or_diagnose, toml_files_in};
use crate::i18n::Lang;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use toml::Spanned;

pub const FORMAT: &str = "touchstone-session-translation";
pub const FORMAT_VERSION: i64 = 1;

/// Bundled translations, embedded like the bundled plans.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "sessions/full-self-assessment.es.toml",
        include_str!("../../sessions/full-self-assessment.es.toml"),
    ),
    (
        "sessions/full-self-assessment-2.es.toml",
        include_str!("../../sessions/full-self-assessment-2.es.toml"),
    ),
    (
        "sessions/baseline-check.es.toml",
        include_str!("../../sessions/baseline-check.es.toml"),
    ),
    (
        "sessions/family-engagement-deep-dive.es.toml",
        include_str!("../../sessions/family-engagement-deep-dive.es.toml"),
    ),
    (
        "sessions/action-planning.es.toml",
        include_str!("../../sessions/action-planning.es.toml"),
    ),
    (
        "sessions/csf-key-practices.es.toml",
        include_str!("../../sessions/csf-key-practices.es.toml"),
    ),
    (
        "sessions/csf-cycle-and-conditions.es.toml",
        include_str!("../../sessions/csf-cycle-and-conditions.es.toml"),
    ),
    (
        "sessions/system-review-1.es.toml",
        include_str!("../../sessions/system-review-1.es.toml"),
    ),
    (
        "sessions/system-review-2.es.toml",
        include_str!("../../sessions/system-review-2.es.toml"),
    ),
    (
        "sessions/site-module-1.es.toml",
        include_str!("../../sessions/site-module-1.es.toml"),
    ),
    (
        "sessions/site-module-2.es.toml",
        include_str!("../../sessions/site-module-2.es.toml"),
    ),
    (
        "sessions/site-module-3.es.toml",
        include_str!("../../sessions/site-module-3.es.toml"),
    ),
    (
        "sessions/site-module-4.es.toml",
        include_str!("../../sessions/site-module-4.es.toml"),
    ),
];

/// One segment's words.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentText {
    pub title: String,
    pub prompts: Vec<String>,
}

/// A checked translation of one plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanTranslation {
    pub plan: String,
    pub language: Lang,
    pub title: String,
    pub summary: Option<String>,
    pub preparation: Preparation,
    pub segments: Vec<SegmentText>,
}

impl PlanTranslation {
    /// `plan` in this translation's words; `None` when the shapes differ (which a
    /// checked translation of this plan never does).
    pub fn apply(&self, plan: &Plan) -> Option<Plan> {
        let p = &plan.preparation;
        let t = &self.preparation;
        let fits = plan.id == self.plan
            && plan.summary.is_some() == self.summary.is_some()
            && p.voting.is_some() == t.voting.is_some()
            && p.prework.len() == t.prework.len()
            && p.materials.len() == t.materials.len()
            && p.access.len() == t.access.len()
            && p.roles.len() == t.roles.len()
            && p.glossary.len() == t.glossary.len()
            && plan.segments.len() == self.segments.len()
            && plan
                .segments
                .iter()
                .zip(&self.segments)
                .all(|(s, t)| s.prompts.len() == t.prompts.len());
        if !fits {
            return None;
        }
        let segments = plan
            .segments
            .iter()
            .zip(&self.segments)
            .map(|(s, t)| Segment {
                title: t.title.clone(),
                prompts: t.prompts.clone(),
                ..s.clone()
            })
            .collect();
        Some(Plan {
            title: self.title.clone(),
            summary: self.summary.clone(),
            preparation: self.preparation.clone(),
            segments,
            ..plan.clone()
        })
    }
}

// ---------------------------------------------------------------------------
// Finding a translation at the moment of display.

/// A translation with the plan it was checked against: it is applied to that plan
/// only.
type Entry = Arc<(Plan, PlanTranslation)>;

fn bundled_entries() -> &'static [Entry] {
    static BUNDLED_ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    BUNDLED_ENTRIES.get_or_init(|| {
        let (plans, _) = super::load_bundled();
        BUNDLED
            .iter()
            .filter_map(|(name, text)| {
                let t = parse(name, text, &plans).ok()?;
                let plan = plans.iter().find(|e| e.plan.id == t.plan)?.plan.clone();
                Some(Arc::new((plan, t)))
            })
            .collect()
    })
}

/// Translations found in user plan folders, by folder; refreshed each time the
/// plans of that folder are loaded (`session::load_plans`).
fn user_entries() -> &'static Mutex<HashMap<PathBuf, Vec<Entry>>> {
    static USER: OnceLock<Mutex<HashMap<PathBuf, Vec<Entry>>>> = OnceLock::new();
    USER.get_or_init(Default::default)
}

/// Reads the translations in `dirs`, checked against `plans` (the plans those
/// folders give), and keeps them for display. Returns the problems of the files
/// that were left out.
pub(super) fn remember(dirs: &[PathBuf], plans: &[PlanEntry]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for dir in dirs {
        let mut found = Vec::new();
        for path in toml_files_in(dir) {
            let text = match read_or_diagnose(&path) {
                Ok(t) => t,
                // Unreadable files are reported by the plan loader already.
                Err(_) => continue,
            };
            if !is_translation(&path, &text) {
                continue;
            }
            match parse(&path.display().to_string(), &text, plans) {
                Ok(t) => {
                    if let Some(entry) = plans.iter().find(|e| e.plan.id == t.plan) {
                        found.push(Arc::new((entry.plan.clone(), t)));
                    }
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
        if let Ok(mut user) = user_entries().lock() {
            user.insert(dir.clone(), found);
        }
    }
    problems
}

/// Makes the translations in the user plan folders `dirs` known to this process (the
/// screens call it once with their plan folders).
pub fn use_dirs(dirs: &[PathBuf]) {
    if !dirs.is_empty() {
        let _ = super::load_plans(dirs);
    }
}

/// `plan` in the language of this thread, when a translation of this very plan into
/// it is known; the plan as written otherwise.
pub fn localized(plan: &Plan) -> Cow<'_, Plan> {
    localized_in(plan, crate::i18n::current())
}

/// `plan` in `lang` (see [`localized`]). A translation from a user folder comes
/// before a bundled one.
pub fn localized_in(plan: &Plan, lang: Lang) -> Cow<'_, Plan> {
    let user: Vec<Entry> = user_entries()
        .lock()
        .map(|u| u.values().flatten().cloned().collect())
        .unwrap_or_default();
    user.iter()
        .chain(bundled_entries())
        .filter(|e| e.1.language == lang && e.0 == *plan)
        .find_map(|e| e.1.apply(plan))
        .map_or(Cow::Borrowed(plan), Cow::Owned)
}

/// The translations into `lang` of the plan `plan` whose own title is `title`, a
/// user folder's first: what a session recorded (the plan's words when it ran) is
/// looked up in them.
fn recorded_in(plan: &str, title: &str, lang: Lang) -> Vec<Entry> {
    let user: Vec<Entry> = user_entries()
        .lock()
        .map(|u| u.values().flatten().cloned().collect())
        .unwrap_or_default();
    user.iter()
        .chain(bundled_entries())
        .filter(|e| e.1.language == lang && e.0.id == plan && e.0.title == title)
        .cloned()
        .collect()
}

/// The title a session recorded for its plan (`plan` is the plan's id), in `lang`
/// when a translation of that plan is known; as recorded otherwise (issue 23: the
/// minutes in the reader's language).
pub fn recorded_title(plan: &str, title: &str, lang: Lang) -> String {
    recorded_in(plan, title, lang)
        .first()
        .map_or_else(|| title.to_string(), |e| e.1.title.clone())
}

/// A segment title a session recorded (in the words of the plan `plan` titled
/// `plan_title`), in `lang` when a translation of that plan knows the segment; as
/// recorded otherwise.
pub fn recorded_segment(plan: &str, plan_title: &str, segment: &str, lang: Lang) -> String {
    recorded_in(plan, plan_title, lang)
        .iter()
        .find_map(|e| {
            let at = e.0.segments.iter().position(|s| s.title == segment)?;
            e.1.segments.get(at).map(|t| t.title.clone())
        })
        .unwrap_or_else(|| segment.to_string())
}

// ---------------------------------------------------------------------------
// Telling translations from plans.

/// Whether a file of a plan folder is a translation rather than a plan: its name
/// ends in `.LANG.toml` for a language Touchstone speaks, or its format line says
/// so. Such files are never loaded as plans.
pub fn is_translation(path: &Path, text: &str) -> bool {
    language_of_name(path).is_some() || declares_format(text)
}

/// The language a file's name gives, as in `full-self-assessment.es.toml`.
fn language_of_name(path: &Path) -> Option<Lang> {
    let stem = path.file_stem()?.to_str()?;
    let (_, code) = stem.rsplit_once('.')?;
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

/// Whether `text` starts out as a translation (`format = "touchstone-session-translation"`).
pub fn declares_format(text: &str) -> bool {
    crate::diag::declares_format(text, FORMAT)
}

// ---------------------------------------------------------------------------
// Reading and checking a translation file.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    // Checked before the rest by `Source::check_format`.
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    format_version: i64,
    plan: Spanned<String>,
    language: Spanned<String>,
    title: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    prework: Option<Spanned<Vec<Spanned<String>>>>,
    materials: Option<Spanned<Vec<Spanned<String>>>>,
    roles: Option<Spanned<Vec<Spanned<RawRole>>>>,
    access: Option<Spanned<Vec<Spanned<String>>>>,
    voting: Option<Spanned<String>>,
    glossary: Option<Spanned<Vec<Spanned<RawTerm>>>>,
    segments: Option<Spanned<Vec<Spanned<RawSegment>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSegment {
    kind: Spanned<String>,
    title: Option<Spanned<String>>,
    prompts: Option<Spanned<Vec<Spanned<String>>>>,
}

/// Collects the problems of one file and turns text values into checked text.
struct Checker<'a> {
    src: Source<'a>,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn problem(&mut self, span: Range<usize>, msg: String) {
        self.problems.push(self.src.at(span, msg));
    }

    /// A text value through the one text policy: titles and names are one line, the
    /// rest may run to paragraphs (as in the plan).
    fn text(&mut self, value: &Spanned<String>, what: &str) -> String {
        let shape = if matches!(what, "title" | "segment title" | "role" | "term") {
            crate::text::Shape::Line
        } else {
            crate::text::Shape::Text
        };
        crate::diag::accepted_text(value.get_ref(), shape, || field_words(what)).unwrap_or_else(
            |msg| {
                self.problem(value.span(), msg);
                String::new()
            },
        )
    }

    /// A text the plan has or has not: present in both, or in neither.
    fn optional(
        &mut self,
        value: &Option<Spanned<String>>,
        in_plan: bool,
        what: &str,
        at: Range<usize>,
    ) -> Option<String> {
        match (value, in_plan) {
            (Some(v), true) => Some(self.text(v, what)),
            (None, true) => {
                self.problem(at, crate::t!("errors-pt-missing", what = field_words(what)));
                None
            }
            (Some(v), false) => {
                self.problem(
                    v.span(),
                    crate::t!("errors-pt-extra", what = field_words(what)),
                );
                None
            }
            (None, false) => None,
        }
    }

    /// A list of texts, item for item with the plan's.
    fn texts(
        &mut self,
        value: &Option<Spanned<Vec<Spanned<String>>>>,
        in_plan: usize,
        what: &str,
        at: Range<usize>,
    ) -> Vec<String> {
        self.items(value, in_plan, what, at, |c, v| c.text(v, what))
    }

    /// A list item for item with the plan's: `in_plan` items, each translated.
    fn items<T, R>(
        &mut self,
        value: &Option<Spanned<Vec<Spanned<T>>>>,
        in_plan: usize,
        what: &str,
        at: Range<usize>,
        mut each: impl FnMut(&mut Self, &Spanned<T>) -> R,
    ) -> Vec<R> {
        let Some(list) = value else {
            if in_plan > 0 {
                self.problem(
                    at,
                    crate::t!("errors-pt-items-missing", what = what, count = in_plan),
                );
            }
            return Vec::new();
        };
        let items = list.get_ref();
        if in_plan == 0 {
            self.problem(
                list.span(),
                crate::t!("errors-pt-extra", what = field_words(what)),
            );
            return Vec::new();
        }
        if items.len() < in_plan {
            self.problem(
                list.span(),
                crate::t!(
                    "errors-pt-items-short",
                    what = what,
                    count = in_plan,
                    found = items.len()
                ),
            );
        }
        for extra in items.iter().skip(in_plan) {
            self.problem(
                extra.span(),
                crate::t!("errors-pt-item-extra", what = what, count = in_plan),
            );
        }
        items
            .iter()
            .take(in_plan)
            .map(|item| each(self, item))
            .collect()
    }
}

/// Reads and checks a translation against the plan it names among `plans`: the plan
/// is known, the language is one Touchstone speaks (and the file name's, if it gives
/// one), every text of the plan is translated once, nothing more, none empty.
pub fn parse(
    name: &str,
    text: &str,
    plans: &[PlanEntry],
) -> Result<PlanTranslation, Vec<Diagnostic>> {
    let src = Source::new(name, text);
    src.check_format(FORMAT, FORMAT_VERSION)?;
    let raw: RawTranslation = toml::from_str(text).map_err(|e| vec![src.toml_error(&e)])?;
    let mut c = Checker {
        src,
        problems: Vec::new(),
    };
    let language = match Lang::ALL
        .into_iter()
        .find(|l| l.code() == raw.language.get_ref())
    {
        None => {
            let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            c.problem(
                raw.language.span(),
                crate::t!(
                    "errors-pt-language",
                    code = format!("{:?}", raw.language.get_ref()),
                    known = codes.join(", ")
                ),
            );
            None
        }
        Some(lang) => {
            if let Some(named) = language_of_name(Path::new(name))
                && named != lang
            {
                c.problem(
                    raw.language.span(),
                    crate::t!(
                        "errors-pt-language-name",
                        code = format!("{:?}", lang.code()),
                        named = format!("{:?}", named.code())
                    ),
                );
            }
            Some(lang)
        }
    };
    let Some(plan) = plans
        .iter()
        .find(|e| e.plan.id == *raw.plan.get_ref())
        .map(|e| &e.plan)
    else {
        c.problem(
            raw.plan.span(),
            crate::t!(
                "errors-pt-no-plan",
                plan = format!("{:?}", raw.plan.get_ref())
            ),
        );
        return Err(c.problems);
    };
    // Whatever is missing is reported where the file says which plan it translates.
    let at = raw.plan.span();
    let title = c
        .optional(&raw.title, true, "title", at.clone())
        .unwrap_or_default();
    let summary = c.optional(&raw.summary, plan.summary.is_some(), "summary", at.clone());
    let p = &plan.preparation;
    let preparation = Preparation {
        prework: c.texts(&raw.prework, p.prework.len(), "prework", at.clone()),
        materials: c.texts(&raw.materials, p.materials.len(), "materials", at.clone()),
        access: c.texts(&raw.access, p.access.len(), "access", at.clone()),
        voting: c.optional(&raw.voting, p.voting.is_some(), "voting", at.clone()),
        roles: c.items(&raw.roles, p.roles.len(), "roles", at.clone(), |c, r| {
            let r = r.get_ref();
            (c.text(&r.role, "role"), c.text(&r.does, "does"))
        }),
        glossary: c.items(
            &raw.glossary,
            p.glossary.len(),
            "glossary",
            at.clone(),
            |c, g| {
                let g = g.get_ref();
                (c.text(&g.term, "term"), c.text(&g.meaning, "meaning"))
            },
        ),
    };
    let segments = segments(&mut c, &raw.segments, plan, at);
    if c.problems.is_empty()
        && let Some(language) = language
    {
        Ok(PlanTranslation {
            plan: plan.id.clone(),
            language,
            title,
            summary,
            preparation,
            segments,
        })
    } else {
        c.problems.sort_by_key(|d| (d.line, d.col));
        Err(c.problems)
    }
}

/// The segments, one for one with the plan's, each of the same kind.
fn segments(
    c: &mut Checker,
    value: &Option<Spanned<Vec<Spanned<RawSegment>>>>,
    plan: &Plan,
    at: Range<usize>,
) -> Vec<SegmentText> {
    let n = plan.segments.len();
    let Some(list) = value else {
        c.problem(at, crate::t!("errors-pt-segments-missing", count = n));
        return Vec::new();
    };
    let items = list.get_ref();
    for (i, missing) in plan.segments.iter().enumerate().skip(items.len()) {
        c.problem(
            list.span(),
            crate::t!(
                "errors-pt-segment-missing",
                number = i + 1,
                kind = missing.kind.as_str(),
                title = format!("{:?}", missing.title)
            ),
        );
    }
    for (i, extra) in items.iter().enumerate().skip(n) {
        c.problem(
            extra.span(),
            crate::t!("errors-pt-segment-extra", number = i + 1, count = n),
        );
    }
    let mut out = Vec::new();
    for (i, (item, seg)) in items.iter().zip(&plan.segments).enumerate() {
        let raw = item.get_ref();
        if raw.kind.get_ref() != seg.kind.as_str() {
            c.problem(
                raw.kind.span(),
                crate::t!(
                    "errors-pt-segment-kind",
                    number = i + 1,
                    kind = seg.kind.as_str(),
                    title = format!("{:?}", seg.title),
                    found = raw.kind.get_ref()
                ),
            );
        }
        let title = c
            .optional(&raw.title, true, "segment title", item.span())
            .unwrap_or_default();
        let prompts = c.items(
            &raw.prompts,
            seg.prompts.len(),
            "prompts",
            item.span(),
            |c, v| c.text(v, "prompt"),
        );
        out.push(SegmentText { title, prompts });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_is_known_by_its_name_or_its_format_line() {
        let plan = "format = \"touchstone-session\"\n";
        let translation = "format = \"touchstone-session-translation\"\n";
        assert!(is_translation(Path::new("d/x.es.toml"), plan));
        assert!(is_translation(Path::new("d/x.en.toml"), "not toml ["));
        assert!(is_translation(Path::new("d/x-spanish.toml"), translation));
        assert!(!is_translation(Path::new("d/x.toml"), plan));
        assert!(!is_translation(Path::new("d/x.fr.toml"), plan));
        assert!(!is_translation(Path::new("d/es.toml"), plan));
    }

    #[test]
    fn every_bundled_translation_is_checked_and_kept() {
        assert_eq!(bundled_entries().len(), BUNDLED.len());
        for entry in bundled_entries() {
            assert_eq!(entry.0.id, entry.1.plan);
            assert!(entry.1.apply(&entry.0).is_some());
        }
    }
}
