//! What a rollup works out, before it is written in any format: the network's and
//! each district's figures, at one moment and over a trend. `rollup` fills them;
//! `rollup_text` and `board` write them.

use crate::outcomes::headline::Headline;
use crate::score::Rollup;
use std::collections::BTreeMap;

/// The group of schools without a district (as JSON and CSV name it; the text says it
/// in the reader's language).
pub(super) const NO_DISTRICT: &str = "(no district)";

/// One period of a trend: the network's figures at its end and, when asked by
/// district, each district's (the district × period table).
pub(super) struct TrendPoint {
    pub(super) label: String,
    pub(super) overall: Rollup,
    pub(super) by_district: Vec<(String, Rollup)>,
}

/// The figures for one moment: the network and, when asked, each district.
pub(super) struct Figures {
    pub(super) overall: Rollup,
    pub(super) by_district: Vec<(String, Rollup)>,
    /// The three headline measures, for the network and per district (by name).
    pub(super) headline: Headline,
    pub(super) headlines: BTreeMap<String, Headline>,
}
