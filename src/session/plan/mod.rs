//! Session plans (format `touchstone-session`, version 1): a facilitator's agenda of
//! timed segments. Parsing reports every rule violation at its place in the file.

use crate::diag::{Diagnostic, Source};
use crate::rubric::Rubric;
use serde::Deserialize;
use std::collections::HashSet;
use toml::Spanned;

mod describe;
pub use describe::describe;

pub const FORMAT: &str = "touchstone-session";
pub const FORMAT_VERSION: i64 = 1;

/// How many members must have pre-rated an indicator for their pre-ratings to settle
/// it, when the plan sets no `quorum`: one member's pre-rating is never agreement.
pub const DEFAULT_QUORUM: u32 = 2;
/// The largest `quorum` a plan may set.
pub const MAX_QUORUM: i64 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    Welcome,
    Rate,
    Discuss,
    Reflect,
    Plan,
    Break,
    Close,
}

impl SegmentKind {
    pub const ALL: [SegmentKind; 7] = [
        SegmentKind::Welcome,
        SegmentKind::Rate,
        SegmentKind::Discuss,
        SegmentKind::Reflect,
        SegmentKind::Plan,
        SegmentKind::Break,
        SegmentKind::Close,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Welcome => "welcome",
            SegmentKind::Rate => "rate",
            SegmentKind::Discuss => "discuss",
            SegmentKind::Reflect => "reflect",
            SegmentKind::Plan => "plan",
            SegmentKind::Break => "break",
            SegmentKind::Close => "close",
        }
    }

    pub fn parse(s: &str) -> Option<SegmentKind> {
        SegmentKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether a segment of this kind works through indicators.
    fn may_cover(self) -> bool {
        matches!(
            self,
            SegmentKind::Rate | SegmentKind::Discuss | SegmentKind::Plan
        )
    }
}

/// What part of the rubric a segment works through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Coverage {
    Nothing,
    Standards(Vec<String>),
    Indicators(Vec<String>),
    /// Every baseline indicator.
    Baseline,
    /// The N standards with the lowest share at the full level, fixed when the
    /// session starts.
    Weakest(u32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub title: String,
    pub minutes: u32,
    pub prompts: Vec<String>,
    pub covers: Coverage,
    /// `only = "disagreement"` (rate segments): bring up only the indicators whose
    /// pre-ratings did not agree (see `session::prerate`).
    pub only_disagreement: bool,
}

/// How the facilitator's screen suggests the consensus from the votes (`consensus`
/// in the plan; the norms the plan's prompts read out must agree with it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Consensus {
    /// The median vote (the lower middle when the count is even).
    #[default]
    Median,
    /// The lowest vote: "record the lower rating for now".
    Lowest,
    /// No suggestion: the facilitator types the level the room agreed on.
    Facilitator,
}

impl Consensus {
    pub const ALL: [Consensus; 3] = [Consensus::Median, Consensus::Lowest, Consensus::Facilitator];

    pub fn as_str(self) -> &'static str {
        match self {
            Consensus::Median => "median",
            Consensus::Lowest => "lowest",
            Consensus::Facilitator => "facilitator",
        }
    }

    pub fn parse(s: &str) -> Option<Consensus> {
        Consensus::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub rubric: Option<String>,
    pub consensus: Consensus,
    /// `minutes_per_indicator`: the plan's stated assumption of how long the room
    /// needs for one indicator (votes, the reveal and discussion); checked against
    /// every rate segment when the rubric is known: a segment has that many minutes
    /// for every indicator it can bring up, or, with `only = "disagreement"`, for half
    /// of them (rounded up), pre-rating settling the rest.
    pub minutes_per_indicator: Option<u32>,
    /// `quorum`: how many members must have pre-rated an indicator before their
    /// pre-ratings can settle it without the room (at least [`DEFAULT_QUORUM`]).
    pub quorum: Option<u32>,
    pub segments: Vec<Segment>,
    /// What the facilitator prepares around the agenda (all optional in the file).
    pub preparation: Preparation,
}

/// A plan's preparation: what happens before the session, who does what, what to
/// bring, how to take part, how to vote without a device, and the words to explain.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Preparation {
    pub prework: Vec<String>,
    pub materials: Vec<String>,
    /// (role, what the person in it does)
    pub roles: Vec<(String, String)>,
    pub access: Vec<String>,
    /// How people without a device vote.
    pub voting: Option<String>,
    /// (term, meaning)
    pub glossary: Vec<(String, String)>,
}

impl Plan {
    pub fn minutes(&self) -> u32 {
        self.segments.iter().map(|s| s.minutes).sum()
    }

    /// How many members must have pre-rated an indicator before their pre-ratings can
    /// settle it: the plan's `quorum`, else [`DEFAULT_QUORUM`].
    pub fn quorum(&self) -> usize {
        self.quorum.unwrap_or(DEFAULT_QUORUM) as usize
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    // Checked before the rest by `Source::check_format`.
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    format_version: i64,
    id: Spanned<String>,
    title: Spanned<String>,
    summary: Option<Spanned<String>>,
    rubric: Option<Spanned<String>>,
    /// The stated length; when given, the segments must add up to it.
    minutes: Option<Spanned<i64>>,
    prework: Option<Spanned<Vec<Spanned<String>>>>,
    materials: Option<Spanned<Vec<Spanned<String>>>>,
    roles: Option<Spanned<Vec<Spanned<RawRole>>>>,
    access: Option<Spanned<Vec<Spanned<String>>>>,
    voting: Option<Spanned<String>>,
    glossary: Option<Spanned<Vec<Spanned<RawTerm>>>>,
    consensus: Option<Spanned<String>>,
    quorum: Option<Spanned<i64>>,
    minutes_per_indicator: Option<Spanned<i64>>,
    segments: Spanned<Vec<Spanned<RawSegment>>>,
}

/// A `[[roles]]` table; its translation has the same shape.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRole {
    pub(super) role: Spanned<String>,
    pub(super) does: Spanned<String>,
}

/// A `[[glossary]]` table; its translation has the same shape.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTerm {
    pub(super) term: Spanned<String>,
    pub(super) meaning: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSegment {
    kind: Spanned<String>,
    title: Spanned<String>,
    minutes: Spanned<i64>,
    #[serde(default)]
    prompts: Vec<Spanned<String>>,
    standards: Option<Spanned<Vec<Spanned<String>>>>,
    indicators: Option<Spanned<Vec<Spanned<String>>>>,
    baseline: Option<Spanned<bool>>,
    weakest: Option<Spanned<i64>>,
    only: Option<Spanned<String>>,
}

/// Parses and validates a plan. With `rubric`, the standards and indicators it names
/// are checked against that rubric too.
pub fn parse(name: &str, text: &str, rubric: Option<&Rubric>) -> Result<Plan, Vec<Diagnostic>> {
    parse_checked(
        name,
        text,
        rubric.map_or(RubricCheck::Skip, RubricCheck::Against),
    )
}

/// How a plan's standards and indicators are checked.
pub enum RubricCheck<'a> {
    /// Not at all.
    Skip,
    /// Against this rubric (the plan must be written for it, if it names one).
    Against(&'a Rubric),
    /// Against the rubric the plan names, found with this function; an unknown one is
    /// a problem.
    Lookup(&'a dyn Fn(&str) -> Option<std::sync::Arc<Rubric>>),
}

pub fn parse_checked(name: &str, text: &str, check: RubricCheck) -> Result<Plan, Vec<Diagnostic>> {
    let src = Source::new(name, text);
    src.check_format(FORMAT, FORMAT_VERSION)?;
    let raw: RawPlan = toml::from_str(text).map_err(|e| vec![src.toml_error(&e)])?;
    let mut problems = Vec::new();
    let mut problem = |span: std::ops::Range<usize>, msg: String| problems.push(src.at(span, msg));
    let found;
    let rubric: Option<&Rubric> = match check {
        RubricCheck::Skip => None,
        RubricCheck::Against(r) => Some(r),
        RubricCheck::Lookup(lookup) => match &raw.rubric {
            None => None,
            Some(wanted) => match lookup(wanted.get_ref()) {
                Some(r) => {
                    found = r;
                    Some(&*found)
                }
                None => {
                    problem(
                        wanted.span(),
                        crate::t!(
                            "errors-plan-rubric-missing",
                            rubric = format!("{:?}", wanted.get_ref())
                        ),
                    );
                    None
                }
            },
        },
    };
    // Titles are one line; a summary or prompt may run to paragraphs.
    let text_of = |value: &Spanned<String>,
                   what: &str,
                   problem: &mut dyn FnMut(std::ops::Range<usize>, String)| {
        let shape = if matches!(
            what,
            "summary"
                | "prompt"
                | "prework"
                | "materials"
                | "access"
                | "voting"
                | "meaning"
                | "does"
        ) {
            crate::text::Shape::Text
        } else {
            crate::text::Shape::Line
        };
        crate::diag::accepted_text(value.get_ref(), shape, || field_words(what)).unwrap_or_else(
            |msg| {
                problem(value.span(), msg);
                String::new()
            },
        )
    };
    let id = raw.id.get_ref().clone();
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        problem(
            raw.id.span(),
            crate::t!("errors-plan-id-chars", id = format!("{id:?}")),
        );
    }
    let title = text_of(&raw.title, "title", &mut problem);
    let summary = raw
        .summary
        .as_ref()
        .map(|s| text_of(s, "summary", &mut problem));
    if let (Some(wanted), Some(r)) = (&raw.rubric, rubric)
        && wanted.get_ref() != &r.id
    {
        problem(
            wanted.span(),
            crate::t!(
                "errors-plan-other-rubric",
                wanted = format!("{:?}", wanted.get_ref()),
                rubric = format!("{:?}", r.id)
            ),
        );
    }
    let consensus = match &raw.consensus {
        None => Consensus::default(),
        Some(c) => Consensus::parse(c.get_ref()).unwrap_or_else(|| {
            problem(
                c.span(),
                crate::t!(
                    "errors-plan-consensus",
                    value = format!("{:?}", c.get_ref())
                ),
            );
            Consensus::default()
        }),
    };
    let quorum = raw.quorum.as_ref().map(|q| {
        let n = *q.get_ref();
        if !(i64::from(DEFAULT_QUORUM)..=MAX_QUORUM).contains(&n) {
            problem(
                q.span(),
                crate::t!(
                    "errors-plan-quorum",
                    count = n.to_string(),
                    least = DEFAULT_QUORUM,
                    most = MAX_QUORUM
                ),
            );
        }
        n.clamp(i64::from(DEFAULT_QUORUM), MAX_QUORUM) as u32
    });
    let minutes_per_indicator = raw.minutes_per_indicator.as_ref().map(|m| {
        let n = *m.get_ref();
        if !(1..=30).contains(&n) {
            problem(
                m.span(),
                crate::t!("errors-plan-per-indicator-range", minutes = n.to_string()),
            );
        }
        n.clamp(1, 30) as u32
    });
    if raw.segments.get_ref().is_empty() {
        problem(raw.segments.span(), crate::t!("errors-plan-no-segments"));
    }
    let mut segments = Vec::new();
    for item in raw.segments.get_ref() {
        let seg = item.get_ref();
        let kind = SegmentKind::parse(seg.kind.get_ref());
        if kind.is_none() {
            let kinds: Vec<&str> = SegmentKind::ALL.iter().map(|k| k.as_str()).collect();
            problem(
                seg.kind.span(),
                crate::t!(
                    "errors-plan-kind",
                    value = format!("{:?}", seg.kind.get_ref()),
                    kinds = kinds.join(", ")
                ),
            );
        }
        let minutes = *seg.minutes.get_ref();
        if !(1..=240).contains(&minutes) {
            problem(
                seg.minutes.span(),
                crate::t!("errors-plan-minutes", minutes = minutes.to_string()),
            );
        }
        let segment_title = text_of(&seg.title, "segment title", &mut problem);
        let prompts: Vec<String> = seg
            .prompts
            .iter()
            .map(|p| text_of(p, "prompt", &mut problem))
            .collect();
        let keys = [
            seg.standards.is_some(),
            seg.indicators.is_some(),
            seg.baseline.is_some(),
            seg.weakest.is_some(),
        ];
        let given = keys.iter().filter(|k| **k).count();
        let covers = match (&seg.standards, &seg.indicators, &seg.baseline, &seg.weakest) {
            (Some(list), _, _, _) => Coverage::Standards(ids(
                list,
                "standard",
                rubric.map(standard_ids),
                &mut problem,
            )),
            (_, Some(list), _, _) => Coverage::Indicators(ids(
                list,
                "indicator",
                rubric.map(indicator_ids),
                &mut problem,
            )),
            (_, _, Some(b), _) => {
                if !b.get_ref() {
                    problem(b.span(), crate::t!("errors-plan-baseline-false"));
                }
                Coverage::Baseline
            }
            (_, _, _, Some(n)) => {
                let count = *n.get_ref();
                if !(1..=20).contains(&count) {
                    problem(
                        n.span(),
                        crate::t!("errors-plan-weakest", count = count.to_string()),
                    );
                }
                Coverage::Weakest(count.clamp(1, 20) as u32)
            }
            _ => Coverage::Nothing,
        };
        if let Some(kind) = kind {
            if given > 1 {
                problem(item.span(), crate::t!("errors-plan-covers-several"));
            } else if kind == SegmentKind::Rate && given == 0 {
                problem(item.span(), crate::t!("errors-plan-rate-covers"));
            } else if !kind.may_cover() && given > 0 {
                problem(
                    item.span(),
                    crate::t!("errors-plan-covers-wrong-kind", kind = kind.as_str()),
                );
            }
        }
        let only_disagreement = match &seg.only {
            None => false,
            Some(only) if only.get_ref() != "disagreement" => {
                problem(
                    only.span(),
                    crate::t!("errors-plan-only", value = format!("{:?}", only.get_ref())),
                );
                false
            }
            Some(only) => {
                if kind.is_some_and(|k| k != SegmentKind::Rate) {
                    problem(only.span(), crate::t!("errors-plan-only-rate"));
                }
                true
            }
        };
        if let (Some(per), Some(rubric), Some(SegmentKind::Rate)) =
            (minutes_per_indicator, rubric, kind)
        {
            // A pre-rated segment (`only = "disagreement"`) plans for half of its
            // indicators to come up (rounded up): pre-rating settles the rest.
            let all = most_indicators(&covers, rubric);
            let most = if seg.only.is_some() {
                all.div_ceil(2)
            } else {
                all
            };
            let needed = i64::from(per) * most as i64;
            if minutes < needed {
                problem(
                    seg.minutes.span(),
                    crate::t!(
                        "errors-plan-per-indicator-short",
                        title = format!("{segment_title:?}"),
                        count = most,
                        per = per,
                        needed = needed.to_string(),
                        minutes = minutes.to_string()
                    ),
                );
            }
        }
        segments.push(Segment {
            only_disagreement,
            kind: kind.unwrap_or(SegmentKind::Discuss),
            title: segment_title,
            minutes: minutes.clamp(1, 240) as u32,
            prompts,
            covers,
        });
    }
    if let Some(stated) = &raw.minutes {
        let total: i64 = segments.iter().map(|s| i64::from(s.minutes)).sum();
        if *stated.get_ref() != total {
            problem(
                stated.span(),
                crate::t!(
                    "errors-plan-total",
                    stated = stated.get_ref().to_string(),
                    total = total.to_string()
                ),
            );
        }
    }
    let preparation = {
        let mut list = |value: &Option<Spanned<Vec<Spanned<String>>>>, what: &str| {
            let Some(items) = value else {
                return Vec::new();
            };
            if items.get_ref().is_empty() {
                problem(
                    items.span(),
                    crate::t!("errors-plan-empty-list", what = what),
                );
            }
            items
                .get_ref()
                .iter()
                .map(|item| text_of(item, what, &mut problem))
                .collect()
        };
        let prework = list(&raw.prework, "prework");
        let materials = list(&raw.materials, "materials");
        let access = list(&raw.access, "access");
        let voting = raw
            .voting
            .as_ref()
            .map(|v| text_of(v, "voting", &mut problem));
        let mut seen = HashSet::new();
        let mut roles = Vec::new();
        for item in raw.roles.iter().flat_map(|r| r.get_ref()) {
            let r = item.get_ref();
            let name = text_of(&r.role, "role", &mut problem);
            if !seen.insert(name.to_lowercase()) {
                problem(
                    r.role.span(),
                    crate::t!("errors-plan-role-twice", role = format!("{name:?}")),
                );
            }
            roles.push((name, text_of(&r.does, "does", &mut problem)));
        }
        let mut seen = HashSet::new();
        let mut glossary = Vec::new();
        for item in raw.glossary.iter().flat_map(|g| g.get_ref()) {
            let g = item.get_ref();
            let term = text_of(&g.term, "term", &mut problem);
            if !seen.insert(term.to_lowercase()) {
                problem(
                    g.term.span(),
                    crate::t!("errors-plan-term-twice", term = format!("{term:?}")),
                );
            }
            glossary.push((term, text_of(&g.meaning, "meaning", &mut problem)));
        }
        Preparation {
            prework,
            materials,
            roles,
            access,
            voting,
            glossary,
        }
    };
    if problems.is_empty() {
        Ok(Plan {
            id,
            title,
            summary,
            rubric: raw.rubric.map(|r| r.into_inner()),
            consensus,
            minutes_per_indicator,
            quorum,
            segments,
            preparation,
        })
    } else {
        problems.sort_by_key(|d| (d.line, d.col));
        Err(problems)
    }
}

/// A field of a plan file in the words of a message: its TOML key as written, but a
/// segment's `title` says it is the segment's.
pub(super) fn field_words(what: &str) -> String {
    match what {
        "segment title" => crate::t!("errors-plan-segment-title"),
        key => key.to_string(),
    }
}

/// The most indicators a segment can bring up: every one it covers (none settled by
/// pre-rating), and for `weakest = N` the N largest standards.
fn most_indicators(covers: &Coverage, rubric: &Rubric) -> usize {
    let size = |id: &String| {
        rubric
            .standards
            .iter()
            .find(|s| &s.id == id)
            .map_or(0, |s| s.indicators.len())
    };
    match covers {
        Coverage::Nothing => 0,
        Coverage::Standards(ids) => ids.iter().map(size).sum(),
        Coverage::Indicators(ids) => ids.len(),
        Coverage::Baseline => rubric.indicators().filter(|(_, i)| i.baseline).count(),
        Coverage::Weakest(n) => {
            let mut sizes: Vec<usize> = rubric
                .standards
                .iter()
                .map(|s| s.indicators.len())
                .collect();
            sizes.sort_unstable_by(|a, b| b.cmp(a));
            sizes.into_iter().take(*n as usize).sum()
        }
    }
}

fn standard_ids(r: &Rubric) -> HashSet<String> {
    r.standards.iter().map(|s| s.id.clone()).collect()
}

fn indicator_ids(r: &Rubric) -> HashSet<String> {
    r.indicators().map(|(_, i)| i.id.clone()).collect()
}

/// A list of ids: not empty, each known to the rubric when there is one.
fn ids(
    list: &Spanned<Vec<Spanned<String>>>,
    what: &str,
    known: Option<HashSet<String>>,
    problem: &mut dyn FnMut(std::ops::Range<usize>, String),
) -> Vec<String> {
    if list.get_ref().is_empty() {
        problem(list.span(), crate::t!("errors-plan-ids-empty", what = what));
    }
    for id in list.get_ref() {
        if let Some(known) = &known
            && !known.contains(id.get_ref())
        {
            problem(
                id.span(),
                crate::t!(
                    "errors-plan-id-unknown",
                    what = what,
                    id = format!("{:?}", id.get_ref())
                ),
            );
        }
    }
    list.get_ref().iter().map(|i| i.get_ref().clone()).collect()
}

/// A segment's kind for people; a kind this version does not know, as it is.
pub fn kind_word(kind: &str) -> String {
    match kind {
        "welcome" => crate::t!("report-kind-welcome"),
        "rate" => crate::t!("report-kind-rate"),
        "discuss" => crate::t!("report-kind-discuss"),
        "reflect" => crate::t!("report-kind-reflect"),
        "plan" => crate::t!("report-kind-plan"),
        "break" => crate::t!("report-kind-break"),
        "close" => crate::t!("report-kind-close"),
        other => other.to_string(),
    }
}
