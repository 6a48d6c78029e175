//! `rollup --standard-threshold X --school-threshold Y`: the network under another
//! scoring rule than the rubrics' own ("what if"). Each assessment keeps its own
//! snapshot (levels, floor, baseline); only the thresholds named here change.

use crate::rubric::{Choice, Rubric, Scoring};
use crate::score::{Score, score, score_with};

/// The thresholds asked for on the command line; none means the rubrics' own rule.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct WhatIf {
    pub standard_threshold: Option<f64>,
    pub school_threshold: Option<f64>,
}

impl WhatIf {
    pub fn is_active(&self) -> bool {
        self.standard_threshold.is_some() || self.school_threshold.is_some()
    }

    /// A rubric's own rule with the thresholds asked for put in its place.
    pub fn apply(&self, own: &Scoring) -> Scoring {
        Scoring {
            standard_threshold: self.standard_threshold.unwrap_or(own.standard_threshold),
            school_threshold: self.school_threshold.unwrap_or(own.school_threshold),
            ..own.clone()
        }
    }

    /// One assessment's figures: by its own rule, or under the what-if.
    pub fn score(&self, rubric: &Rubric, choices: &[Option<Choice>]) -> Score {
        if self.is_active() {
            score_with(rubric, choices, &self.apply(&rubric.scoring))
        } else {
            score(rubric, choices)
        }
    }

    /// The rule the figures were computed under, in words.
    pub fn words(&self, rubric: &Rubric) -> String {
        self.apply(&rubric.scoring).in_words(&rubric.levels)
    }

    /// The label every output carries when the rule is not the rubric's own.
    pub fn label(&self, rubric: &Rubric) -> Option<String> {
        self.is_active().then(|| {
            format!(
                "WHAT IF: these figures use another rule than the rubric's own. {}",
                self.words(rubric)
            )
        })
    }
}

/// A share typed on the command line: `0.8` or `80%`, from 0.1% to 1 (see
/// [`crate::rubric::MIN_SHARE`]).
pub fn share_arg(text: &str) -> Result<f64, String> {
    let text = text.trim();
    let (number, scale) = match text.strip_suffix('%') {
        Some(n) => (n.trim(), 100.0),
        None => (text, 1.0),
    };
    let share = number
        .parse::<f64>()
        .map(|n| n / scale)
        .map_err(|_| crate::t!("cli-share-not-a-share"))?;
    if crate::rubric::is_share(share) {
        Ok(share)
    } else {
        Err(crate::t!("cli-share-range"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_read_as_fractions_or_percentages() {
        assert_eq!(share_arg("0.8"), Ok(0.8));
        assert_eq!(share_arg("80%"), Ok(0.8));
        assert_eq!(share_arg("1"), Ok(1.0));
        assert!(share_arg("0").is_err());
        // Issue 20: too small to say truthfully to one decimal of a percent.
        assert!(share_arg("1e-300").is_err());
        assert!(share_arg("0.05%").is_err());
        assert_eq!(share_arg("0.1%"), Ok(0.001));
        assert!(share_arg("1.5").is_err());
        assert!(share_arg("120%").is_err());
        assert!(share_arg("NaN").is_err());
        assert!(share_arg("most").is_err());
    }
}
