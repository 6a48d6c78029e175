//! The board report's impact sections: each outcome indicator over the years with the
//! spread of school values, the equity view per student group, and implementation
//! beside impact. Only figures that suppression lets through are drawn.

use super::*;

/// An indicator's name, with its subject for growth and proficiency.
fn indicator_name(key: &crate::outcomes::network::Indicator) -> String {
    let name = t!(key.0.name_id());
    match key.1.is_empty() {
        true => name,
        false => format!("{name} ({})", key.1),
    }
}

/// A student group's name as the reader says it (a district's own as written).
fn group_name(key: &str) -> String {
    match crate::outcomes::model::known_group(key) {
        true => t!(&format!("outcomes-group-{}", key.replace('_', "-"))),
        false => key.to_string(),
    }
}

/// Each outcome indicator's network value over the school years, and the spread of
/// the schools' values (a box from the 25th to the 75th percentile, a line from the
/// 10th to the 90th, the median marked; the network's value as a dot).
pub(super) fn outcome_indicators(out: &mut String, f: &Figures) {
    let _ = write!(out, "<h2>{}</h2>", esc(&t!("board-outcomes-title")));
    let Some(n) = f.outcomes.as_ref().filter(|n| !n.indicators().is_empty()) else {
        let _ = write!(out, "<p>{}</p>", esc(&t!("board-no-outcomes")));
        return;
    };
    let _ = write!(
        out,
        "<p>{}</p>",
        esc(&t!("board-outcomes-intro", schools = n.schools))
    );
    use crate::outcomes::measures::Measure;
    for (i, key) in n.indicators().iter().enumerate() {
        let years = n.over_years(key);
        let name = indicator_name(key);
        let _ = write!(
            out,
            "<h3>{}</h3><p class=\"sub\">{}</p>",
            esc(&name),
            esc(&t!(key.0.definition_id()))
        );
        // The scale fits the figures (to the nearest 5 around them), labelled.
        let shown_values: Vec<f64> = years
            .iter()
            .flat_map(|y| {
                let s = y.spread;
                [y.network, s.map(|s| s.p10), s.map(|s| s.p90)]
            })
            .flatten()
            .collect();
        let (lo, hi) = fitted(&shown_values, key.0 != Measure::Enrollment);
        let (left, right, top, bottom) = (60.0, 620.0, 20.0, 140.0);
        let slot = (right - left) / years.len().max(1) as f64;
        let y_of = |v: f64| bottom - (bottom - top) * ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
        let unit = match key.0 {
            Measure::Enrollment | Measure::Growth => "",
            _ => "%",
        };
        let mut body = format!(
            "<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#999\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{right}\" y2=\"{top}\" stroke=\"#eee\"/><text x=\"4\" y=\"{}\" font-size=\"12\">{hi:.0}{unit}</text><text x=\"4\" y=\"{bottom}\" font-size=\"12\">{lo:.0}{unit}</text>",
            top + 4.0
        );
        let mut desc = Vec::new();
        for (k, y) in years.iter().enumerate() {
            let x = left + slot * (k as f64 + 0.5);
            if let Some(s) = y.spread {
                let _ = write!(
                    body,
                    "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#555\"/><rect x=\"{:.1}\" y=\"{:.1}\" width=\"30\" height=\"{:.1}\" fill=\"#92c5de\" stroke=\"#555\"/><line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#1b1b1b\" stroke-width=\"2\"/>",
                    y_of(s.p90),
                    y_of(s.p10),
                    x - 15.0,
                    y_of(s.p75),
                    (y_of(s.p25) - y_of(s.p75)).max(1.0),
                    x - 15.0,
                    y_of(s.median),
                    x + 15.0,
                    y_of(s.median)
                );
            }
            if let Some(v) = y.network {
                let _ = write!(
                    body,
                    "<circle cx=\"{x:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"#b2182b\"/>",
                    y_of(v)
                );
            }
            let _ = write!(
                body,
                "<text x=\"{x:.1}\" y=\"162\" font-size=\"12\" text-anchor=\"middle\">{}</text>",
                y.year
            );
            desc.push(format!(
                "{} {}: {}",
                y.year,
                t!("board-network"),
                one(y.network).replace('—', "-")
            ));
        }
        let mut table = format!(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            esc(&t!("board-year")),
            esc(&t!("board-schools")),
            esc(&t!("board-network")),
            esc(&t!("board-p10")),
            esc(&t!("board-p25")),
            esc(&t!("board-median")),
            esc(&t!("board-p75")),
            esc(&t!("board-p90")),
        );
        for y in &years {
            let s = y.spread;
            let _ = write!(
                table,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                y.year,
                s.map_or(0, |s| s.schools),
                one(y.network),
                one(s.map(|s| s.p10)),
                one(s.map(|s| s.p25)),
                one(s.map(|s| s.median)),
                one(s.map(|s| s.p75)),
                one(s.map(|s| s.p90)),
            );
        }
        table.push_str("</tbody></table>");
        let desc = t!(
            "board-outcome-desc",
            measure = name.clone(),
            points = desc.join("; ")
        );
        figure_sized(
            out,
            &format!("outcome-{i}"),
            (&name, &desc),
            170,
            &body,
            &table,
        );
    }
}

/// The equity view: each student group's value at the baseline and current school
/// years, pooled over the schools where it may be shown, with its gap to all
/// students. A chart for the first indicator; a table for every one.
pub(super) fn equity(out: &mut String, f: &Figures, impact: &crate::outcomes::impact::Rule) {
    let _ = write!(out, "<h2>{}</h2>", esc(&t!("board-equity-title")));
    let Some(n) = f.outcomes.as_ref() else {
        let _ = write!(out, "<p>{}</p>", esc(&t!("board-no-outcomes")));
        return;
    };
    let years = n.years();
    let (Some(first), Some(last)) = (years.first(), years.last()) else {
        let _ = write!(out, "<p>{}</p>", esc(&t!("board-no-outcomes")));
        return;
    };
    let baseline = impact.baseline.unwrap_or(*first);
    let current = impact.current.unwrap_or(*last);
    let _ = write!(
        out,
        "<p>{}</p>",
        esc(&t!(
            "board-equity-intro",
            n = impact.min_n,
            baseline = baseline.to_string(),
            current = current.to_string()
        ))
    );
    use crate::outcomes::measures::Measure;
    let mut charted = false;
    // Chronic absence first (the attendance measure the rule reads): it is charted.
    let mut keys = n.indicators();
    keys.sort_by_key(|k| k.0 != Measure::ChronicAbsence);
    for (i, key) in keys.iter().enumerate() {
        if key.0 == Measure::Enrollment {
            continue;
        }
        let rows = n.equity(key, baseline, current);
        if rows.is_empty() {
            continue;
        }
        let name = indicator_name(key);
        let mut table = format!(
            "<table><thead><tr><th>{}</th><th>{baseline}</th><th>{current}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            esc(&t!("board-group")),
            esc(&t!("board-change")),
            esc(&t!("board-gap", year = baseline.to_string())),
            esc(&t!("board-gap", year = current.to_string())),
        );
        for r in &rows {
            let _ = write!(
                table,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&group_name(&r.group)),
                one(r.baseline),
                one(r.current),
                signed(r.baseline.zip(r.current).map(|(b, c)| c - b)),
                signed(r.gap_baseline),
                signed(r.gap_current),
            );
        }
        table.push_str("</tbody></table>");
        if charted {
            let _ = write!(
                out,
                "<h3>{}</h3><div class=\"keep\">{table}</div>",
                esc(&name)
            );
            continue;
        }
        charted = true;
        // A dumbbell per group: baseline (open) to current (filled), 0 to 100.
        let _ = write!(out, "<h3>{}</h3>", esc(&name));
        let row_h = 22.0;
        let height = 30.0 + row_h * rows.len() as f64;
        let values: Vec<f64> = rows
            .iter()
            .flat_map(|r| [r.baseline, r.current])
            .flatten()
            .collect();
        let (lo, hi) = fitted(&values, true);
        let x_of = |v: f64| 180.0 + 420.0 * ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
        let mut body = String::new();
        let mut desc = Vec::new();
        for (k, r) in rows.iter().enumerate() {
            let y = 20.0 + row_h * k as f64;
            let _ = write!(
                body,
                "<text x=\"4\" y=\"{:.1}\" font-size=\"11\">{}</text>",
                y + 4.0,
                esc(&group_name(&r.group))
            );
            if let (Some(b), Some(c)) = (r.baseline, r.current) {
                let _ = write!(
                    body,
                    "<line x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#999\" stroke-width=\"2\"/>",
                    x_of(b),
                    x_of(c)
                );
            }
            if let Some(b) = r.baseline {
                let _ = write!(
                    body,
                    "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#fff\" stroke=\"#2166ac\" stroke-width=\"2\"/>",
                    x_of(b)
                );
            }
            if let Some(c) = r.current {
                let _ = write!(
                    body,
                    "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#2166ac\"/>",
                    x_of(c)
                );
            }
            desc.push(format!(
                "{} {} → {}",
                group_name(&r.group),
                one(r.baseline).replace('—', "-"),
                one(r.current).replace('—', "-")
            ));
        }
        let _ = write!(
            body,
            "<line x1=\"180\" y1=\"{0:.1}\" x2=\"600\" y2=\"{0:.1}\" stroke=\"#999\"/><text x=\"180\" y=\"{1:.1}\" font-size=\"10\" text-anchor=\"middle\">{lo:.0}</text><text x=\"600\" y=\"{1:.1}\" font-size=\"10\" text-anchor=\"middle\">{hi:.0}</text>",
            height - 12.0,
            height - 2.0
        );
        let desc = t!(
            "board-equity-desc",
            measure = name.clone(),
            baseline = baseline.to_string(),
            current = current.to_string(),
            points = desc.join("; ")
        );
        let _ = write!(
            out,
            "<div class=\"keep\"><figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"equity-{i}-t equity-{i}-d\" viewBox=\"0 0 640 {height:.0}\" width=\"100%\">\
<title id=\"equity-{i}-t\">{}</title><desc id=\"equity-{i}-d\">{}</desc>{body}</svg></figure>{table}</div>",
            esc(&name),
            esc(&desc)
        );
    }
}

/// Implementation beside impact: community schools by both, labelled descriptive,
/// not causal.
pub(super) fn cross(out: &mut String, f: &Figures) {
    let c = &f.headline.cross;
    let _ = write!(
        out,
        "<h2>{}</h2><p class=\"note\">{}</p><table class=\"cross\"><thead><tr><th></th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(&t!("board-cross-title")),
        esc(&t!("board-cross-intro")),
        esc(&t!("board-cross-demonstrates")),
        esc(&t!("board-cross-does-not")),
        esc(&t!("board-cross-not-enough")),
        esc(&t!("board-cross-total")),
        esc(&t!("board-cross-share")),
    );
    for (row, label) in c
        .iter()
        .zip([t!("board-cross-fully"), t!("board-cross-not-fully")])
    {
        let total: u32 = row.iter().sum();
        let judged = row[0] + row[1];
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{total}</td><td class=\"n\">{}</td></tr>",
            esc(&label),
            row[0],
            row[1],
            row[2],
            esc(&Fraction::new(row[0], judged).to_string()),
        );
    }
    out.push_str("</tbody></table>");
}
