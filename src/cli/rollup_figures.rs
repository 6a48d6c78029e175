//! What a rollup works out, before it is written in any format: the network's and
//! each district's figures, at one moment and over a trend. `rollup` fills them;
//! `rollup_text` and `board` write them.

use crate::outcomes::headline::Headline;
use crate::score::Rollup;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// How many community schools without enough outcome data the board report names
/// (it counts them all).
pub(super) const MISSING_LISTED: usize = 50;

/// The group of schools without a district (as JSON and CSV name it; the text says it
/// in the reader's language).
pub(super) const NO_DISTRICT: &str = "(no district)";

/// One period of a trend: the network's figures at its end and, when asked by
/// district, each district's (the district × period table), with the headline
/// measures (their new and sustained counts are not worked out for a period).
pub(super) struct TrendPoint {
    pub(super) label: String,
    pub(super) overall: Rollup,
    pub(super) by_district: Vec<(String, Rollup)>,
    pub(super) headline: Headline,
    pub(super) headlines: BTreeMap<String, Headline>,
}

/// The scorecard: the network's lines and each district's (when by district).
#[derive(Default)]
pub(super) struct Scorecard {
    pub(super) period: i32,
    pub(super) network: Vec<crate::outcomes::scorecard::Line>,
    pub(super) districts: BTreeMap<String, Vec<crate::outcomes::scorecard::Line>>,
}

/// The figures for one moment: the network and, when asked, each district.
pub(super) struct Figures {
    pub(super) overall: Rollup,
    pub(super) by_district: Vec<(String, Rollup)>,
    /// The three headline measures, for the network and per district (by name).
    pub(super) headline: Headline,
    pub(super) headlines: BTreeMap<String, Headline>,
    /// The community schools (district, name), when the headline was asked for.
    pub(super) community: HashSet<(String, String)>,
    /// Community schools without enough outcome data: the first (by district and
    /// name) [`MISSING_LISTED`] of them.
    pub(super) missing: BTreeSet<(String, String)>,
    /// The network's outcome indicators (the board report only).
    pub(super) outcomes: Option<crate::outcomes::network::NetworkOutcomes>,
    /// The scorecard of the headline measures (filled in by `run`).
    pub(super) scorecard: Scorecard,
}
