//! `rollup --format html`: the board report. One self-contained page (XHTML syntax,
//! inline CSS and SVG, no script, nothing fetched) that opens offline and prints:
//! the headline tiles, the network over the years, the district × year table, the
//! level spread per standard and the methods. Every chart is an inline SVG with a
//! title and a description, followed by a table of the same numbers. Its size grows
//! with districts, periods and standards, never with schools.

use super::rollup_figures::{Figures, NO_DISTRICT, TrendPoint};
use crate::exchange::html::esc;
use crate::rubric::Rubric;
use crate::score::{Fraction, Rollup};
use crate::t;
use jiff::civil::Date;
use std::fmt::Write;

mod impact;
use impact::{cross, equity, outcome_indicators};

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}\
.meta{color:#555;margin-top:0}.tiles{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}\
.tile{border:1px solid #ccc;border-radius:.5rem;padding:.6rem .9rem;min-width:13rem;flex:1}.tile b{display:block;font-size:1.5rem}\
.tile small{color:#555;display:block}table{border-collapse:collapse;width:100%;margin:.5rem 0}\
th,td{border-bottom:1px solid #e3e3e3;text-align:left;padding:.3rem .4rem;vertical-align:top}td.n{text-align:right}\
th{background:#f4f4f4}.note{border-left:4px solid #b58900;padding:.3rem .8rem;background:#fdf6e3}\
figure{margin:1rem 0}svg text{font-family:inherit}\
h3{font-size:1.05rem;margin-top:1.4rem}.sub{color:#555;font-size:.9rem}ul.missing{columns:2;font-size:.9rem}\
@media print{body{margin:0;max-width:none;font-size:10pt}h2,h3{break-after:avoid}figure,table,.tile,.keep{break-inside:avoid}.tiles{display:grid;grid-template-columns:1fr 1fr}figure{margin:.3rem 0}}";

/// The level colours, darkest for the full level.
const COLOURS: [&str; 6] = [
    "#d9d9d9", "#f4a582", "#92c5de", "#2166ac", "#1a9850", "#4d4d4d",
];

/// The district as the reader sees it.
fn district_name(name: &str) -> String {
    if name == NO_DISTRICT {
        t!("cli-rollup-no-district")
    } else {
        name.to_string()
    }
}

fn percent(f: Fraction) -> String {
    match f.percent() {
        Some(p) => format!("{p:.1}%"),
        None => "—".to_string(),
    }
}

/// The whole page. `trend` holds the periods (with each district's figures).
pub(super) fn render(
    rubric: &Rubric,
    as_of: Option<Date>,
    f: &Figures,
    trend: &[TrendPoint],
    rule_words: &str,
    impact: &crate::outcomes::impact::Rule,
    targets: &[crate::outcomes::scorecard::Target],
) -> String {
    let mut out = String::new();
    let lang = crate::i18n::current().code();
    let title = t!("board-title");
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{lang}\"><head><meta charset=\"utf-8\"/>\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>{}</title><style>{STYLE}</style></head><body>",
        esc(&title)
    );
    let day = as_of.unwrap_or_else(crate::assessment::today).to_string();
    let _ = write!(
        out,
        "<h1>{}</h1><p class=\"meta\">{}</p>",
        esc(&title),
        esc(&t!(
            "board-meta",
            rubric = format!("{} ({} v{})", rubric.title, rubric.id, rubric.version),
            date = day,
            schools = f.overall.schools
        ))
    );
    if let Some(label) = super::rollup_text::impact_what_if(impact) {
        let _ = write!(out, "<p class=\"note what-if\">{}</p>", esc(&label));
    }
    tiles(&mut out, f);
    measures_over_years(&mut out, f, trend, targets);
    over_years(&mut out, trend);
    district_years(&mut out, trend);
    spread(&mut out, rubric, &f.overall);
    outcome_indicators(&mut out, f);
    equity(&mut out, f, impact);
    cross(&mut out, f);
    methods(&mut out, f, rule_words, impact);
    out.push_str("</body></html>\n");
    out
}

fn tiles(out: &mut String, f: &Figures) {
    let h = &f.headline;
    let _ = write!(
        out,
        "<h2>{}</h2><div class=\"tiles\">",
        esc(&t!("board-headline"))
    );
    let tile = |out: &mut String, measure: &str, value: String, label: String, note: String| {
        let _ = write!(
            out,
            "<div class=\"tile\" data-measure=\"{}\" data-value=\"{}\"><small>{}</small><b>{}</b><small>{}</small></div>",
            esc(measure),
            esc(&value),
            esc(&label),
            esc(&value_shown(&value)),
            esc(&note)
        );
    };
    tile(
        out,
        "community_schools",
        h.community.to_string(),
        t!("board-tile-community"),
        t!(
            "board-tile-community-note",
            new = h.new,
            sustained = h.sustained
        ),
    );
    tile(
        out,
        "fully_implementing_of_community",
        fraction_value(h.fully_of_community),
        t!("board-tile-fully-community"),
        h.fully_of_community.to_string(),
    );
    tile(
        out,
        "fully_implementing_of_assessed",
        fraction_value(h.fully_of_assessed),
        t!("board-tile-fully-assessed"),
        h.fully_of_assessed.to_string(),
    );
    tile(
        out,
        "equitable_impact",
        fraction_value(h.impact),
        t!("board-tile-impact"),
        t!(
            "board-tile-impact-note",
            share = h.impact.to_string(),
            missing = h.not_enough_data
        ),
    );
    out.push_str("</div>");
}

/// A fraction as the tiles carry it: `numerator/denominator`.
fn fraction_value(f: Fraction) -> String {
    format!("{}/{}", f.numerator, f.denominator)
}

/// A tile's big figure: a percentage for a fraction, the count otherwise.
fn value_shown(value: &str) -> String {
    match value.split_once('/') {
        Some((n, d)) => match (n.parse::<u32>(), d.parse::<u32>()) {
            (Ok(n), Ok(d)) => percent(Fraction::new(n, d)),
            _ => value.to_string(),
        },
        None => value.to_string(),
    }
}

/// A chart: its SVG with a title and a description, then the table of its numbers.
fn figure(out: &mut String, id: &str, title: &str, desc: &str, body: &str, table: &str) {
    let _ = write!(
        out,
        "<div class=\"keep\"><figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 640 240\" width=\"100%\">\
<title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>{body}</svg></figure>{table}</div>",
        esc(title),
        esc(desc)
    );
}

/// A chart of `height` (in the 640-wide view box), as [`figure`].
fn figure_sized(
    out: &mut String,
    id: &str,
    (title, desc): (&str, &str),
    height: usize,
    body: &str,
    table: &str,
) {
    let _ = write!(
        out,
        "<div class=\"keep\"><figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 640 {height}\" width=\"100%\">\
<title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>{body}</svg></figure>{table}</div>",
        esc(title),
        esc(desc)
    );
}

/// A scale around `values`: to the nearest 5 below and above, at least 10 wide
/// (within 0 to 100 for percentages).
fn fitted(values: &[f64], percent: bool) -> (f64, f64) {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !min.is_finite() || !max.is_finite() {
        return (0.0, 100.0);
    }
    let step = if percent || max <= 200.0 {
        5.0
    } else {
        10f64.powf((max - min).max(1.0).log10().floor())
    };
    let pad = step / 5.0;
    let mut lo = ((min - pad) / step).floor() * step;
    let mut hi = ((max + pad) / step).ceil() * step;
    if hi - lo < 10.0 {
        hi = lo + 10.0;
    }
    if percent {
        lo = lo.max(0.0);
        hi = hi.min(100.0).max(lo + 10.0);
    } else {
        lo = lo.max(0.0);
    }
    (lo, hi)
}

fn over_years(out: &mut String, trend: &[TrendPoint]) {
    if trend.is_empty() {
        return;
    }
    let title = t!("board-years-title");
    let _ = write!(out, "<h2>{}</h2>", esc(&title));
    // A line of % fully implementing, 0 to 100 %.
    let (left, right, top, bottom) = (50.0, 620.0, 20.0, 200.0);
    let step = if trend.len() > 1 {
        (right - left) / (trend.len() - 1) as f64
    } else {
        0.0
    };
    let mut body = String::new();
    let _ = write!(
        body,
        "<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#999\"/><text x=\"4\" y=\"{top}\" font-size=\"12\">100%</text><text x=\"14\" y=\"{bottom}\" font-size=\"12\">0%</text>"
    );
    let mut points = Vec::new();
    let mut desc = Vec::new();
    for (i, p) in trend.iter().enumerate() {
        let x = left + step * i as f64;
        let share = p.overall.fully_implementing.percent().unwrap_or(0.0);
        let y = bottom - (bottom - top) * share / 100.0;
        points.push(format!("{x:.1},{y:.1}"));
        let _ = write!(
            body,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"#2166ac\"/><text x=\"{x:.1}\" y=\"222\" font-size=\"12\" text-anchor=\"middle\">{}</text>",
            esc(&p.label)
        );
        desc.push(format!(
            "{} {}",
            p.label,
            percent(p.overall.fully_implementing)
        ));
    }
    let _ = write!(
        body,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#2166ac\" stroke-width=\"2\"/>",
        points.join(" ")
    );
    let mut table = format!(
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&t!("cli-rollup-period")),
        esc(&t!("cli-rollup-school-count")),
        esc(&t!("cli-rollup-fully-implementing")),
        esc(&t!("cli-rollup-baseline-met"))
    );
    for p in trend {
        let _ = write!(
            table,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&p.label),
            p.overall.schools,
            esc(&p.overall.fully_implementing.to_string()),
            esc(&p.overall.baseline_met.to_string())
        );
    }
    table.push_str("</tbody></table>");
    let desc = t!("board-years-desc", points = desc.join("; "));
    figure(out, "years", &title, &desc, &body, &table);
}

fn district_years(out: &mut String, trend: &[TrendPoint]) {
    let rows = super::rollup_text::district_rows(trend);
    if rows.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<h2>{}</h2><table class=\"district-years\"><thead><tr><th>{}</th>",
        esc(&t!("cli-rollup-district-years")),
        esc(&t!("cli-rollup-district"))
    );
    for p in trend {
        let _ = write!(out, "<th>{}</th>", esc(&p.label));
    }
    out.push_str("</tr></thead><tbody>");
    let cell = |r: Option<&Rollup>| match r {
        Some(r) => format!(
            "{} ({}/{})",
            percent(r.fully_implementing),
            r.fully_implementing.numerator,
            r.fully_implementing.denominator
        ),
        None => "—".to_string(),
    };
    for (name, cells) in &rows {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th>",
            esc(&district_name(name))
        );
        for c in cells {
            let _ = write!(out, "<td class=\"n\">{}</td>", esc(&cell(*c)));
        }
        out.push_str("</tr>");
    }
    let _ = write!(
        out,
        "<tr><th scope=\"row\">{}</th>",
        esc(&t!("cli-rollup-network"))
    );
    for p in trend {
        let _ = write!(out, "<td class=\"n\">{}</td>", esc(&cell(Some(&p.overall))));
    }
    out.push_str("</tr></tbody></table>");
}

fn spread(out: &mut String, rubric: &Rubric, r: &Rollup) {
    let title = t!("board-spread-title");
    let _ = write!(out, "<h2>{}</h2>", esc(&title));
    let name = |s: &crate::score::StandardRollup| {
        rubric.standard_title(&s.id).unwrap_or(&s.title).to_string()
    };
    let height = 30 * r.by_standard.len().max(1) + 20;
    let mut body = String::new();
    let mut desc = Vec::new();
    for (i, s) in r.by_standard.iter().enumerate() {
        let y = 10 + 30 * i;
        let total: u32 = s.levels.iter().sum::<u32>() + s.not_applicable + s.unrated;
        let _ = write!(
            body,
            "<text x=\"4\" y=\"{}\" font-size=\"11\">{}</text>",
            y + 14,
            esc(&s.id)
        );
        let mut x = 120.0;
        for (k, n) in s.levels.iter().enumerate() {
            let w = if total > 0 {
                500.0 * f64::from(*n) / f64::from(total)
            } else {
                0.0
            };
            let _ = write!(
                body,
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"20\" fill=\"{}\"/>",
                COLOURS[k.min(COLOURS.len() - 1)]
            );
            x += w;
        }
        let levels: Vec<String> = rubric
            .levels
            .iter()
            .zip(&s.levels)
            .map(|(l, n)| format!("{} {n}", l.label))
            .collect();
        desc.push(format!("{}: {}", name(s), levels.join(", ")));
    }
    let body = format!(
        "<g transform=\"scale(1 {:.3})\">{body}</g>",
        240.0 / height as f64
    );
    let mut table = format!(
        "<table><thead><tr><th>{}</th><th>{}</th>",
        esc(&t!("cli-rollup-standard")),
        esc(&t!("cli-rollup-fully-implemented"))
    );
    for l in &rubric.levels {
        let _ = write!(table, "<th>{}</th>", esc(&l.label));
    }
    let _ = write!(
        table,
        "<th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&t!("board-na")),
        esc(&t!("board-unrated"))
    );
    for s in &r.by_standard {
        let _ = write!(
            table,
            "<tr><td>{}</td><td class=\"n\">{}</td>",
            esc(&name(s)),
            esc(&s.fully_implemented.to_string())
        );
        for n in &s.levels {
            let _ = write!(table, "<td class=\"n\">{n}</td>");
        }
        let _ = write!(
            table,
            "<td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            s.not_applicable, s.unrated
        );
    }
    table.push_str("</tbody></table>");
    let desc = t!("board-spread-desc", standards = desc.join("; "));
    figure(out, "spread", &title, &desc, &body, &table);
}

fn methods(
    out: &mut String,
    f: &Figures,
    rule_words: &str,
    impact: &crate::outcomes::impact::Rule,
) {
    let _ = write!(
        out,
        "<h2>{}</h2><p class=\"note\">{}</p><ul><li>{}</li><li>{}</li><li>{}</li><li>{}</li><li>{}</li></ul>",
        esc(&t!("board-methods")),
        esc(&t!("board-descriptive")),
        esc(&t!("board-methods-community")),
        esc(rule_words),
        esc(&super::rollup_text::impact_words(impact)),
        esc(&t!("board-methods-suppression", n = impact.min_n)),
        esc(&t!(
            "board-methods-missing",
            missing = f.headline.not_enough_data,
            community = f.headline.community
        ))
    );
    let _ = write!(
        out,
        "<h3>{}</h3><ul>",
        esc(&t!("board-methods-definitions"))
    );
    for m in crate::outcomes::measures::Measure::ALL {
        let _ = write!(out, "<li>{}</li>", esc(&t!(m.definition_id())));
    }
    let _ = write!(out, "<li>{}</li></ul>", esc(&t!("board-methods-pooled")));
    let missing = f.headline.not_enough_data as usize;
    let _ = write!(
        out,
        "<h3>{}</h3>",
        esc(&t!("board-methods-missing-title", count = missing))
    );
    if missing == 0 {
        let _ = write!(out, "<p>{}</p>", esc(&t!("board-methods-missing-none")));
        return;
    }
    out.push_str("<ul class=\"missing\">");
    for (district, school) in &f.missing {
        let name = match district.is_empty() {
            true => school.clone(),
            false => format!("{school} ({district})"),
        };
        let _ = write!(out, "<li>{}</li>", esc(&name));
    }
    out.push_str("</ul>");
    if missing > f.missing.len() {
        let _ = write!(
            out,
            "<p>{}</p>",
            esc(&t!(
                "board-methods-missing-more",
                count = missing - f.missing.len()
            ))
        );
    }
}

/// A percentage or count to one decimal, `—` for none.
fn one(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |v| format!("{v:.1}"))
}

/// A signed difference to one decimal, `—` for none.
fn signed(v: Option<f64>) -> String {
    // Less than shown is no change (never "-0.0").
    v.map_or("—".to_string(), |v| {
        format!("{:+.1}", if v.abs() < 0.05 { 0.0 } else { v })
    })
}

/// The three headline measures over the years, with their targets, and the
/// scorecard (network and districts).
fn measures_over_years(
    out: &mut String,
    f: &Figures,
    trend: &[TrendPoint],
    targets: &[crate::outcomes::scorecard::Target],
) {
    use super::rollup_text::{sc_change, sc_gap, sc_trend, sc_value};
    use crate::outcomes::scorecard::{Measure, target_for};
    let period = f.scorecard.period;
    // Each year of the trend, then the figures' own year when the trend ends before.
    let mut years: Vec<(i32, &crate::outcomes::headline::Headline)> = trend
        .iter()
        .filter_map(|p| p.label.parse::<i32>().ok().map(|y| (y, &p.headline)))
        .filter(|(y, _)| *y < period)
        .collect();
    years.push((period, &f.headline));
    let title = t!("board-scorecard-title");
    let _ = write!(out, "<h2>{}</h2>", esc(&title));
    let (left, right, top, bottom) = (50.0, 600.0, 20.0, 200.0);
    let step = if years.len() > 1 {
        (right - left) / (years.len() - 1) as f64
    } else {
        0.0
    };
    let y_of = |v: f64| bottom - (bottom - top) * v / 100.0;
    let mut body = format!(
        "<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#999\"/><text x=\"4\" y=\"{top}\" font-size=\"12\">100%</text><text x=\"14\" y=\"{bottom}\" font-size=\"12\">0%</text>"
    );
    let mut desc = Vec::new();
    for (measure, colour) in [
        (Measure::FullyImplementing, "#2166ac"),
        (Measure::EquitableImpact, "#1a9850"),
    ] {
        let mut points = Vec::new();
        for (i, (year, h)) in years.iter().enumerate() {
            let x = left + step * i as f64;
            if let Some(v) = measure.value(h) {
                points.push(format!("{x:.1},{:.1}", y_of(v)));
                let _ = write!(
                    body,
                    "<circle cx=\"{x:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{colour}\"/>",
                    y_of(v)
                );
            }
            if let Some(target) = target_for(targets, measure, None, *year) {
                let _ = write!(
                    body,
                    "<line x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" stroke-width=\"3\" stroke-dasharray=\"4 2\"/>",
                    x - 10.0,
                    x + 10.0,
                    y = y_of(target)
                );
            }
            desc.push(format!(
                "{year} {}: {} ({} {})",
                t!(measure.label_id()),
                one(measure.value(h)).replace('—', "-"),
                t!("board-target"),
                one(target_for(targets, measure, None, *year)).replace('—', "-")
            ));
        }
        if points.len() > 1 {
            let _ = write!(
                body,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>",
                points.join(" ")
            );
        }
    }
    for (i, (year, _)) in years.iter().enumerate() {
        let _ = write!(
            body,
            "<text x=\"{:.1}\" y=\"222\" font-size=\"12\" text-anchor=\"middle\">{year}</text>",
            left + step * i as f64
        );
    }
    let _ = write!(
        body,
        "<rect x=\"50\" y=\"4\" width=\"10\" height=\"10\" fill=\"#2166ac\"/><text x=\"64\" y=\"13\" font-size=\"11\">{}</text><rect x=\"250\" y=\"4\" width=\"10\" height=\"10\" fill=\"#1a9850\"/><text x=\"264\" y=\"13\" font-size=\"11\">{}</text>",
        esc(&t!("board-legend-fully")),
        esc(&t!("board-legend-impact"))
    );
    let mut table = format!(
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&t!("board-year")),
        esc(&t!("scorecard-community")),
        esc(&t!("board-target")),
        esc(&t!("scorecard-fully")),
        esc(&t!("board-target")),
        esc(&t!("scorecard-impact")),
        esc(&t!("board-target")),
    );
    for (year, h) in &years {
        let _ = write!(table, "<tr><td>{year}</td>");
        for m in Measure::ALL {
            let _ = write!(
                table,
                "<td class=\"n\">{}</td><td class=\"n\">{}</td>",
                esc(&sc_value(m, m.value(h))),
                esc(&sc_value(m, target_for(targets, m, None, *year)))
            );
        }
        table.push_str("</tr>");
    }
    table.push_str("</tbody></table>");
    let desc = t!("board-scorecard-desc", points = desc.join("; "));
    figure(out, "measures", &title, &desc, &body, &table);
    // The scorecard: the network, then each district.
    let _ = write!(
        out,
        "<h3>{}</h3><table class=\"scorecard\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&t!("scorecard-heading", period = period.to_string())),
        esc(&t!("targets-measure")),
        esc(&t!("scorecard-prior")),
        esc(&t!("scorecard-current")),
        esc(&t!("scorecard-change")),
        esc(&t!("targets-target")),
        esc(&t!("scorecard-gap")),
        esc(&t!("scorecard-trend")),
    );
    let mut rows = |scope: Option<&str>, lines: &[crate::outcomes::scorecard::Line]| {
        for l in lines {
            let name = t!(l.measure.label_id());
            let name = match scope {
                Some(d) => format!("{}: {name}", district_name(d)),
                None => name,
            };
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                esc(&name),
                esc(&sc_value(l.measure, l.prior)),
                esc(&sc_value(l.measure, l.current)),
                esc(&sc_change(l.measure, l.change)),
                esc(&sc_value(l.measure, l.target)),
                esc(&sc_gap(l.measure, l.gap)),
                esc(&sc_trend(l.trend)),
            );
        }
    };
    rows(None, &f.scorecard.network);
    for (d, lines) in &f.scorecard.districts {
        rows(Some(d), lines);
    }
    let _ = write!(
        out,
        "</tbody></table><p class=\"sub\">{}</p>",
        esc(&t!("scorecard-explained"))
    );
}
