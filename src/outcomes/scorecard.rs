//! The results-based scorecard of the three headline measures: for each, the
//! period, its prior value (a year earlier), the current value, the change, the
//! target a lead set (`touchstone targets`) with the gap to it, and the trend over
//! the years (which way the last changes went, and for how many periods in a row).
//! Pure functions over [`Headline`]s.

use super::headline::Headline;

/// The three headline measures a target can be set for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    /// How many: community schools (a count).
    CommunitySchools,
    /// How well: % of community schools fully implementing.
    FullyImplementing,
    /// Is anyone better off: % of community schools (with enough outcome data)
    /// demonstrating equitable impact.
    EquitableImpact,
}

impl Measure {
    pub const ALL: [Measure; 3] = [
        Measure::CommunitySchools,
        Measure::FullyImplementing,
        Measure::EquitableImpact,
    ];

    /// The name in JSON, CSV, the database and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Measure::CommunitySchools => "community_schools",
            Measure::FullyImplementing => "fully_implementing",
            Measure::EquitableImpact => "equitable_impact",
        }
    }

    pub fn from_key(key: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The Fluent id of its name for people.
    pub fn label_id(self) -> &'static str {
        match self {
            Measure::CommunitySchools => "scorecard-community",
            Measure::FullyImplementing => "scorecard-fully",
            Measure::EquitableImpact => "scorecard-impact",
        }
    }

    /// A count (community schools) rather than a percentage.
    pub fn is_count(self) -> bool {
        self == Measure::CommunitySchools
    }

    /// Its value in a set of schools: the count, or the percentage (0 to 100; `None`
    /// when its denominator is empty).
    pub fn value(self, h: &Headline) -> Option<f64> {
        match self {
            Measure::CommunitySchools => Some(f64::from(h.community)),
            Measure::FullyImplementing => h.fully_of_community.percent(),
            Measure::EquitableImpact => h.impact.percent(),
        }
    }
}

/// A target for one measure, network-wide (`district` None) or for a district, for
/// a year: a count of community schools, or a percentage (0 to 100).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub measure: Measure,
    pub district: Option<String>,
    pub year: i32,
    pub value: f64,
}

/// Which way a measure went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Flat,
}

impl Direction {
    pub fn key(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Flat => "flat",
        }
    }

    pub fn arrow(self) -> &'static str {
        match self {
            Direction::Up => "↑",
            Direction::Down => "↓",
            Direction::Flat => "→",
        }
    }
}

/// The trend: the direction of the latest change and for how many periods in a row
/// the measure moved that way (the scorecard's "current trend").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trend {
    pub direction: Direction,
    pub periods: usize,
}

/// The trend of a series of values, oldest first (periods without a value are
/// passed over). `None` with fewer than two values.
pub fn trend(series: &[Option<f64>]) -> Option<Trend> {
    let values: Vec<f64> = series.iter().flatten().copied().collect();
    let direction = |d: f64| {
        // Shown to one decimal: smaller moves are no move.
        if d.abs() < 0.05 {
            Direction::Flat
        } else if d > 0.0 {
            Direction::Up
        } else {
            Direction::Down
        }
    };
    let moves: Vec<Direction> = values.windows(2).map(|w| direction(w[1] - w[0])).collect();
    let last = *moves.last()?;
    let periods = moves.iter().rev().take_while(|d| **d == last).count();
    Some(Trend {
        direction: last,
        periods,
    })
}

/// One line of the scorecard.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub measure: Measure,
    /// The year the current value is for.
    pub period: i32,
    pub prior: Option<f64>,
    pub current: Option<f64>,
    /// Current less prior.
    pub change: Option<f64>,
    pub target: Option<f64>,
    /// Target less current: how far there is still to go (0 or less: met).
    pub gap: Option<f64>,
    pub trend: Option<Trend>,
}

/// The scorecard line of `measure`: `series` holds its values over the years,
/// oldest first, ending with the current one (at least prior and current).
pub fn line(
    measure: Measure,
    period: i32,
    prior: &Headline,
    current: &Headline,
    series: &[Option<f64>],
    target: Option<f64>,
) -> Line {
    let (p, c) = (measure.value(prior), measure.value(current));
    Line {
        measure,
        period,
        prior: p,
        current: c,
        change: p.zip(c).map(|(p, c)| c - p),
        target,
        gap: target.zip(c).map(|(t, c)| t - c),
        trend: trend(series),
    }
}

/// The target of `measure` for `district` (None: the network) in `year`.
pub fn target_for(
    targets: &[Target],
    measure: Measure,
    district: Option<&str>,
    year: i32,
) -> Option<f64> {
    targets
        .iter()
        .find(|t| t.measure == measure && t.district.as_deref() == district && t.year == year)
        .map(|t| t.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::Fraction;

    fn headline(community: u32, fully: u32, impact: (u32, u32)) -> Headline {
        Headline {
            assessed: community + 1,
            community,
            fully_of_community: Fraction::new(fully, community),
            impact: Fraction::new(impact.0, impact.1),
            ..Headline::default()
        }
    }

    /// Worked by hand: 8 community schools a year ago, 3 fully implementing
    /// (37.5%), impact 2 of 4 (50%); now 10, 6 fully implementing (60%), impact
    /// 2 of 5 (40%). Targets 12 schools and 50%: the first still 2 to go, the second
    /// met (gap −10 points).
    #[test]
    fn prior_current_change_target_and_gap_worked_by_hand() {
        let prior = headline(8, 3, (2, 4));
        let now = headline(10, 6, (2, 5));
        let community = line(
            Measure::CommunitySchools,
            2026,
            &prior,
            &now,
            &[Some(8.0), Some(10.0)],
            Some(12.0),
        );
        assert_eq!(
            (community.prior, community.current, community.change),
            (Some(8.0), Some(10.0), Some(2.0))
        );
        assert_eq!((community.target, community.gap), (Some(12.0), Some(2.0)));
        let fully = line(
            Measure::FullyImplementing,
            2026,
            &prior,
            &now,
            &[Some(37.5), Some(60.0)],
            Some(50.0),
        );
        assert_eq!(fully.change, Some(22.5));
        assert_eq!(fully.gap, Some(-10.0));
        let impact = line(
            Measure::EquitableImpact,
            2026,
            &prior,
            &now,
            &[Some(50.0), Some(40.0)],
            None,
        );
        assert_eq!(impact.change, Some(-10.0));
        assert_eq!((impact.target, impact.gap), (None, None));
        assert_eq!(
            impact.trend,
            Some(Trend {
                direction: Direction::Down,
                periods: 1
            })
        );
        // No community school with enough data a year ago: no prior, no change.
        let empty = line(
            Measure::EquitableImpact,
            2026,
            &headline(0, 0, (0, 0)),
            &now,
            &[None, Some(40.0)],
            Some(50.0),
        );
        assert_eq!((empty.prior, empty.change), (None, None));
        assert_eq!(empty.gap, Some(10.0));
        assert_eq!(empty.trend, None);
    }

    #[test]
    fn the_trend_counts_the_periods_in_a_row_the_latest_move_went() {
        let t = |s: &[Option<f64>]| trend(s).map(|t| (t.direction, t.periods));
        assert_eq!(
            t(&[Some(10.0), Some(20.0), Some(15.0), Some(18.0), Some(30.0)]),
            Some((Direction::Up, 2))
        );
        assert_eq!(
            t(&[Some(30.0), Some(20.0), Some(10.0)]),
            Some((Direction::Down, 2))
        );
        // A year without a value is passed over; a move under 0.05 is flat.
        assert_eq!(
            t(&[Some(10.0), None, Some(20.0), Some(20.01)]),
            Some((Direction::Flat, 1))
        );
        assert_eq!(t(&[Some(10.0)]), None);
        assert_eq!(t(&[]), None);
    }

    #[test]
    fn targets_are_found_by_measure_district_and_year() {
        let targets = vec![
            Target {
                measure: Measure::FullyImplementing,
                district: None,
                year: 2026,
                value: 50.0,
            },
            Target {
                measure: Measure::FullyImplementing,
                district: Some("North".into()),
                year: 2026,
                value: 70.0,
            },
        ];
        let find = |d, y| target_for(&targets, Measure::FullyImplementing, d, y);
        assert_eq!(find(None, 2026), Some(50.0));
        assert_eq!(find(Some("North"), 2026), Some(70.0));
        assert_eq!(find(Some("South"), 2026), None);
        assert_eq!(find(None, 2025), None);
        assert_eq!(
            target_for(&targets, Measure::EquitableImpact, None, 2026),
            None
        );
    }
}
