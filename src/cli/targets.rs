//! `touchstone targets`: targets for the three headline measures, network-wide or
//! per district, for a year; `rollup` and the board report show each beside its
//! measure with the gap to it.

use super::Context;
use super::output::{print, print_exact};
use crate::error::{Error, Result};
use crate::outcomes::scorecard::{Measure, Target};
use crate::t;
use std::fmt::Write;

/// The measure as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MeasureArg {
    #[value(name = "community_schools")]
    CommunitySchools,
    #[value(name = "fully_implementing")]
    FullyImplementing,
    #[value(name = "equitable_impact")]
    EquitableImpact,
}

impl From<MeasureArg> for Measure {
    fn from(m: MeasureArg) -> Measure {
        match m {
            MeasureArg::CommunitySchools => Measure::CommunitySchools,
            MeasureArg::FullyImplementing => Measure::FullyImplementing,
            MeasureArg::EquitableImpact => Measure::EquitableImpact,
        }
    }
}

/// `--year`: a year from 1990 to 2200, or a school year (its end year).
pub fn year_arg(raw: &str) -> std::result::Result<i32, String> {
    crate::outcomes::model::SchoolYear::parse(raw)
        .map(|y| y.0)
        .filter(|y| (1990..=2200).contains(y))
        .ok_or_else(|| t!("targets-bad-year", found = raw))
}

/// A target's value: a whole number of community schools, or a percentage written
/// `60%` or `0.6` (0 to 100%).
pub fn value_arg(measure: Measure, raw: &str) -> std::result::Result<f64, String> {
    let text = raw.trim();
    if measure.is_count() {
        return match text.parse::<u32>() {
            Ok(n) if n <= 1_000_000 => Ok(f64::from(n)),
            _ => Err(t!("targets-bad-count", found = raw)),
        };
    }
    let percent = match text.strip_suffix('%') {
        Some(n) => n.trim().parse::<f64>().ok(),
        None => text
            .parse::<f64>()
            .ok()
            .filter(|x| *x <= 1.0)
            .map(|x| x * 100.0),
    };
    match percent {
        Some(p) if (0.0..=100.0).contains(&p) => Ok(p),
        _ => Err(t!("targets-bad-percent", found = raw)),
    }
}

/// A target's value as shown: the count, or the percentage to one decimal.
pub fn shown(measure: Measure, value: f64) -> String {
    if measure.is_count() {
        format!("{value:.0}")
    } else {
        format!("{value:.1}%")
    }
}

/// The district as the schools here spell it (in any case); an unknown one is
/// refused, naming those there are.
fn district_of(ctx: &mut Context, typed: Option<&str>) -> Result<Option<String>> {
    let Some(typed) = typed else {
        return Ok(None);
    };
    let typed = crate::text::accept(typed, crate::text::Shape::Line)
        .map_err(|e| Error::input(e.to_string()))?;
    let mut known: Vec<String> = ctx
        .store()?
        .school_list()?
        .into_iter()
        .filter_map(|s| s.district)
        .collect();
    known.sort();
    known.dedup();
    known
        .iter()
        .find(|d| d.to_lowercase() == typed.to_lowercase())
        .cloned()
        .map(Some)
        .ok_or_else(|| {
            Error::input(match known.is_empty() {
                true => t!("targets-no-districts", district = typed.clone()),
                false => t!(
                    "targets-unknown-district",
                    district = typed.clone(),
                    known = known.join(", ")
                ),
            })
        })
}

fn where_(district: Option<&str>) -> String {
    match district {
        Some(d) => d.to_string(),
        None => t!("targets-network"),
    }
}

/// `targets set`.
pub fn set(
    ctx: &mut Context,
    measure: MeasureArg,
    value: &str,
    year: i32,
    district: Option<&str>,
) -> Result<()> {
    let measure = Measure::from(measure);
    let value = value_arg(measure, value).map_err(Error::input)?;
    let district = district_of(ctx, district)?;
    let target = Target {
        measure,
        district: district.clone(),
        year,
        value,
    };
    let before = ctx.store()?.set_target(&target)?;
    let said = t!(
        "targets-set",
        measure = t!(measure.label_id()),
        scope = where_(district.as_deref()),
        year = year,
        value = shown(measure, value)
    );
    let said = match before {
        Some(old) if old != value => {
            format!("{said} {}", t!("targets-was", value = shown(measure, old)))
        }
        _ => said,
    };
    print(&format!("{said}\n"))
}

/// `targets clear`.
pub fn clear(
    ctx: &mut Context,
    measure: MeasureArg,
    year: i32,
    district: Option<&str>,
) -> Result<()> {
    let measure = Measure::from(measure);
    let district = district_of(ctx, district)?;
    let args = (t!(measure.label_id()), where_(district.as_deref()), year);
    if !ctx
        .store()?
        .clear_target(measure, district.as_deref(), year)?
    {
        return Err(Error::input(t!(
            "targets-none-to-clear",
            measure = args.0,
            scope = args.1,
            year = args.2
        )));
    }
    print(&format!(
        "{}\n",
        t!(
            "targets-cleared",
            measure = args.0,
            scope = args.1,
            year = args.2
        )
    ))
}

/// `targets` and `targets list`.
pub fn list(ctx: &mut Context, as_json: bool) -> Result<()> {
    let targets = ctx.store()?.targets()?;
    if as_json {
        let rows: Vec<serde_json::Value> = targets
            .iter()
            .map(|t| {
                serde_json::json!({
                    "measure": t.measure.key(), "district": t.district,
                    "year": t.year, "value": t.value,
                })
            })
            .collect();
        let text =
            serde_json::to_string_pretty(&rows).map_err(|e| Error::failure(e.to_string()))?;
        return print_exact(&format!("{}\n", crate::text::json(text)));
    }
    if targets.is_empty() {
        return print(&format!("{}\n", t!("targets-none")));
    }
    let rows: Vec<[String; 4]> = targets
        .iter()
        .map(|x| {
            [
                t!(x.measure.label_id()),
                where_(x.district.as_deref()),
                x.year.to_string(),
                shown(x.measure, x.value),
            ]
        })
        .collect();
    let head = [
        t!("targets-measure"),
        t!("targets-district"),
        t!("targets-year"),
        t!("targets-target"),
    ];
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([head[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2) = (width(0), width(1), width(2));
    let mut out = String::new();
    for r in std::iter::once(&head).chain(&rows) {
        let _ = writeln!(out, "{:w0$}  {:w1$}  {:w2$}  {}", r[0], r[1], r[2], r[3]);
    }
    print(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_counts_or_percentages() {
        let c = Measure::CommunitySchools;
        let p = Measure::FullyImplementing;
        assert_eq!(value_arg(c, "120"), Ok(120.0));
        assert!(value_arg(c, "12.5").is_err());
        assert!(value_arg(c, "-3").is_err());
        assert!(value_arg(c, "60%").is_err());
        assert_eq!(value_arg(p, "60%"), Ok(60.0));
        assert_eq!(value_arg(p, "0.6"), Ok(60.0));
        assert_eq!(value_arg(p, " 100% "), Ok(100.0));
        assert_eq!(value_arg(p, "0"), Ok(0.0));
        // 60 alone could be 60% or 6000%: written as a share or with %.
        assert!(value_arg(p, "60").is_err());
        assert!(value_arg(p, "120%").is_err());
        assert!(value_arg(p, "-5%").is_err());
        assert!(value_arg(p, "NaN%").is_err());
    }

    #[test]
    fn years_are_calendar_years_or_school_years() {
        assert_eq!(year_arg("2026"), Ok(2026));
        assert_eq!(year_arg("2025-26"), Ok(2026));
        assert!(year_arg("26").is_err());
        assert!(year_arg("1850").is_err());
    }
}
