//! Rubrics: the model, loading and validation of rubric files, and the registry of
//! bundled and user rubrics. Knows nothing of storage or the terminal.

mod load;
mod registry;
mod shown;
pub mod translation;

pub use load::parse;
pub use registry::{Entry, Origin, Registry, TranslationEntry, replacement, user_rubric_dir};
pub use shown::{in_language, shown, untranslated_notice};
pub use translation::Translation;

use std::cmp::Ordering;
use std::collections::HashMap;

/// A level on the rubric's scale, lowest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Level {
    /// The short key files and commands use for the level (`developing`).
    pub key: String,
    /// The level's name as people read it.
    pub label: String,
    /// Its score, for the mean level of a standard (higher is further along).
    pub score: i64,
    /// Whether this level counts as fully implemented (the figures count these).
    pub full: bool,
    /// What the level means, shown beside its name when rating.
    pub description: Option<String>,
}

/// How ratings become figures: the thresholds of DESIGN §5.
#[derive(Debug, Clone, PartialEq)]
pub struct Scoring {
    /// Share of a standard's applicable indicators that must be full for the standard to be
    /// fully implemented.
    pub standard_threshold: f64,
    /// Share of the applicable standards that must be fully implemented for the school to
    /// be fully implementing.
    pub school_threshold: f64,
    /// Index into `Rubric::levels`.
    pub baseline_level: usize,
    /// Index into `Rubric::levels`: when set, a standard counts as fully implemented
    /// only if none of its applicable indicators is below this level (an unrated one
    /// is below it). Rubrics without it (every version 1) score as before.
    pub floor_level: Option<usize>,
    /// `baseline_at_full = true`: a standard counts only when its baseline (defining)
    /// indicators are at the full level, so the one allowed below full is never the
    /// practice that defines the standard. No bundled version 1 or 2 rubric sets it,
    /// so their figures never change.
    pub baseline_at_full: bool,
    /// `network = true`: the rubric rates a network or district, so the rule's second
    /// half says when the network (not a school) is fully implementing.
    pub network: bool,
}

impl Scoring {
    /// The rule in words, as every report, summary and rollup states it, in the
    /// thread's language (machine formats ask for it in English).
    pub fn in_words(&self, levels: &[Level]) -> String {
        let full = levels
            .iter()
            .find(|l| l.full)
            .or(levels.last())
            .map_or_else(|| crate::t!("report-rule-full-level"), |l| l.label.clone());
        let floor = self
            .floor_level
            .and_then(|i| levels.get(i))
            .map_or(String::new(), |l| {
                format!(" {}", crate::t!("report-rule-floor", level = &l.label))
            })
            + &if self.baseline_at_full {
                format!(" {}", crate::t!("report-rule-baseline-full", full = &full))
            } else {
                String::new()
            };
        crate::t!(
            "report-rule",
            standard_share = share_words(self.standard_threshold),
            full = full,
            floor = floor,
            school_share = share_words(self.school_threshold),
            subject = if self.network { "network" } else { "school" },
        )
    }
}

/// The smallest share a threshold may be (0.1%), in a rubric file or a what-if: the
/// rule is written to one decimal of a percent, so a smaller one ("1e-300") would read
/// "at least 0%", which is not what it counts.
pub const MIN_SHARE: f64 = 0.001;

/// Whether `share` may be a threshold: from [`MIN_SHARE`] to 1.
pub fn is_share(share: f64) -> bool {
    (MIN_SHARE..=1.0).contains(&share)
}

/// "all" for 1, else "at least 80%" (to one decimal when needed).
fn share_words(share: f64) -> String {
    if share >= 1.0 {
        return crate::t!("report-share-all");
    }
    let percent = share * 100.0;
    // Passed as text: the number is written the same way in both languages.
    let shown = if (percent - percent.round()).abs() < 1e-9 {
        format!("{percent:.0}")
    } else {
        format!("{percent:.1}")
    };
    crate::t!("report-share-at-least", percent = shown)
}

/// One statement a team rates.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// Stable id (`cl-1`) that ratings, files and commands refer to.
    pub id: String,
    /// The statement itself.
    pub text: String,
    /// Help for raters: what to look for.
    pub guidance: Option<String>,
    /// Part of the baseline criteria (all must be full for the baseline to be met).
    pub baseline: bool,
    /// What each level looks like for this indicator, aligned with `Rubric::levels`.
    pub descriptors: Vec<Option<String>>,
}

/// A group of indicators scored together.
#[derive(Debug, Clone, PartialEq)]
pub struct Standard {
    /// Stable id that figures and files refer to.
    pub id: String,
    /// The standard's title.
    pub title: String,
    /// A short title for narrow sidebars (`short` in the rubric file), used where the
    /// title does not fit; distinct within a rubric (`rubric check`).
    pub short: Option<String>,
    /// The larger area it belongs to, for grouping on screens and reports.
    pub group: Option<String>,
    /// One line saying what the standard is about.
    pub summary: Option<String>,
    /// Its indicators, in the rubric's order.
    pub indicators: Vec<Indicator>,
}

impl Standard {
    /// The standard's name for a place `room` cells wide: its title when it fits,
    /// else its short title when it has one (the caller still cuts what is too long).
    pub fn label(&self, room: usize) -> &str {
        use unicode_width::UnicodeWidthStr;
        match &self.short {
            Some(short) if self.title.width() > room => short,
            _ => &self.title,
        }
    }
}

/// What a team recorded for one indicator: not applicable, or a level (index into
/// `Rubric::levels`). "Unrated" is the absence of a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    /// The indicator does not apply to this school: it leaves every denominator.
    NotApplicable,
    /// A rating at this index into the rubric's levels.
    Level(usize),
}

/// A rubric with the exact text it was parsed from (what assessments store).
pub type Snapshot = (std::sync::Arc<Rubric>, std::sync::Arc<str>);

/// The key written for N/A wherever a level key may appear.
pub const NA_KEY: &str = "na";

/// A self-assessment rubric: levels, scoring rules and standards, as parsed from its TOML.
#[derive(Debug, Clone)]
pub struct Rubric {
    /// Stable id (`cs-site-2017`); with `version`, names the rubric an assessment uses.
    pub id: String,
    /// The rubric's version; assessments keep the version they were rated on.
    pub version: String,
    /// The title people read.
    pub title: String,
    /// Where the rubric comes from (publisher, year), shown in reports.
    pub source: Option<String>,
    /// Its levels, lowest first.
    pub levels: Vec<Level>,
    /// The thresholds figures are computed with.
    pub scoring: Scoring,
    /// Its standards, in order.
    pub standards: Vec<Standard>,
    /// Indicator id -> position in `indicators()` order.
    index: HashMap<String, usize>,
}

impl PartialEq for Rubric {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.version == other.version
            && self.title == other.title
            && self.source == other.source
            && self.levels == other.levels
            && self.scoring == other.scoring
            && self.standards == other.standards
    }
}

impl Rubric {
    /// The width of the longest level label (in characters), for lining up lists of
    /// levels; 8 for a rubric without levels.
    pub fn label_width(&self) -> usize {
        self.levels
            .iter()
            .map(|l| l.label.chars().count())
            .max()
            .unwrap_or(8)
    }

    pub(crate) fn new(
        id: String,
        version: String,
        title: String,
        source: Option<String>,
        levels: Vec<Level>,
        scoring: Scoring,
        standards: Vec<Standard>,
    ) -> Self {
        let index = standards
            .iter()
            .flat_map(|s| &s.indicators)
            .enumerate()
            .map(|(i, ind)| (ind.id.clone(), i))
            .collect();
        Rubric {
            id,
            version,
            title,
            source,
            levels,
            scoring,
            standards,
            index,
        }
    }

    /// Every indicator with its standard, in rubric order.
    pub fn indicators(&self) -> impl Iterator<Item = (&Standard, &Indicator)> {
        self.standards
            .iter()
            .flat_map(|s| s.indicators.iter().map(move |i| (s, i)))
    }

    /// How many indicators the rubric has across all standards.
    pub fn indicator_count(&self) -> usize {
        self.index.len()
    }

    /// A standard's title, by id (a rollup names standards by the rubric it was made
    /// with; a reader in another language gets this rubric's words for them).
    pub fn standard_title(&self, id: &str) -> Option<&str> {
        self.standards
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.as_str())
    }

    /// Position of an indicator in `indicators()` order.
    pub fn indicator_index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The indicator id closest to `given`, for "did you mean" ([`crate::suggest`]).
    pub fn closest_indicator(&self, given: &str) -> Option<&str> {
        crate::suggest::closest(given, self.indicators().map(|(_, i)| i.id.as_str()))
    }

    /// The index of the level whose key is `key`, if any.
    pub fn level_index(&self, key: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.key == key)
    }

    /// Index of the one level marked `full`.
    pub fn full_level(&self) -> usize {
        self.levels
            .iter()
            .position(|l| l.full)
            .unwrap_or(self.levels.len() - 1)
    }

    /// Reads a level as a user types it: a key, its 1-based number, or `na`.
    pub fn parse_choice(&self, text: &str) -> Option<Choice> {
        let text = text.trim();
        if text.eq_ignore_ascii_case(NA_KEY) {
            return Some(Choice::NotApplicable);
        }
        if let Some(i) = self.level_index(text) {
            return Some(Choice::Level(i));
        }
        match text.parse::<usize>() {
            Ok(n) if (1..=self.levels.len()).contains(&n) => Some(Choice::Level(n - 1)),
            _ => None,
        }
    }

    /// The key stored and exported for a choice.
    pub fn choice_key(&self, choice: Choice) -> &str {
        match choice {
            Choice::NotApplicable => NA_KEY,
            Choice::Level(i) => &self.levels[i].key,
        }
    }

    /// The label shown to people for a choice ("Unrated" in the reader's language;
    /// "N/A" is the same in both).
    pub fn choice_label(&self, choice: Option<Choice>) -> std::borrow::Cow<'_, str> {
        match choice {
            None => crate::t!("common-unrated").into(),
            Some(Choice::NotApplicable) => "N/A".into(),
            Some(Choice::Level(i)) => self.levels[i].label.as_str().into(),
        }
    }

    /// The label shown for a stored level key (a vote, a decision); a key the rubric
    /// does not know is shown as it is.
    pub fn key_label(&self, key: &str) -> String {
        self.parse_choice(key)
            .map_or(key.to_string(), |c| self.choice_label(Some(c)).to_string())
    }

    /// The valid level words, for error messages.
    pub fn level_keys_hint(&self) -> String {
        let keys: Vec<&str> = self.levels.iter().map(|l| l.key.as_str()).collect();
        crate::t!(
            "errors-level-keys-hint",
            keys = keys.join(", "),
            count = self.levels.len().to_string(),
            na = NA_KEY
        )
    }
}

/// Orders rubric versions: numeric parts compare as numbers ("10" after "9").
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    let mut left = a.split('.');
    let mut right = b.split('.');
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let ord = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(x), Ok(y)) => x.cmp(&y),
                    _ => x.cmp(y),
                };
                if ord != Ordering::Equal {
                    return ord;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_numerically() {
        assert_eq!(compare_versions("10", "9"), Ordering::Greater);
        assert_eq!(compare_versions("1.2", "1.10"), Ordering::Less);
        assert_eq!(compare_versions("2", "2"), Ordering::Equal);
        assert_eq!(compare_versions("1", "1.1"), Ordering::Less);
    }
}
