//! A plan read out as text (`session plans PLAN`): what to prepare, then the agenda
//! with its minutes and prompts.

use super::*;

/// The whole plan as text: what to prepare, then the agenda with minutes and prompts.
pub fn describe(plan: &Plan) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "session-describe-head",
            title = &plan.title,
            id = &plan.id,
            minutes = plan.minutes()
        )
    );
    if let Some(rubric) = &plan.rubric {
        let _ = writeln!(
            out,
            "{}",
            crate::t!("session-describe-rubric", rubric = rubric)
        );
    }
    if let Some(summary) = &plan.summary {
        let _ = writeln!(out, "{summary}");
    }
    let p = &plan.preparation;
    let mut section = |title: String, lines: Vec<String>| {
        if !lines.is_empty() {
            let _ = writeln!(out, "\n{title}");
            for line in lines {
                let _ = writeln!(out, "  - {line}");
            }
        }
    };
    section(crate::t!("session-describe-prework"), p.prework.clone());
    section(
        crate::t!("session-describe-roles"),
        p.roles.iter().map(|(r, d)| format!("{r}: {d}")).collect(),
    );
    section(crate::t!("session-describe-materials"), p.materials.clone());
    section(crate::t!("session-describe-access"), p.access.clone());
    section(
        crate::t!("session-describe-voting"),
        p.voting.iter().cloned().collect(),
    );
    section(
        crate::t!("session-describe-glossary"),
        p.glossary
            .iter()
            .map(|(t, m)| format!("{t}: {m}"))
            .collect(),
    );
    let _ = writeln!(out, "\n{}", crate::t!("session-describe-agenda"));
    for (n, seg) in plan.segments.iter().enumerate() {
        let covers = match &seg.covers {
            Coverage::Nothing => String::new(),
            Coverage::Standards(ids) => {
                crate::t!("session-describe-standards", ids = ids.join(", "))
            }
            Coverage::Indicators(ids) => {
                crate::t!("session-describe-indicators", ids = ids.join(", "))
            }
            Coverage::Baseline => crate::t!("session-describe-baseline"),
            Coverage::Weakest(k) => crate::t!("session-describe-weakest", count = *k),
        } + &if seg.only_disagreement {
            crate::t!("session-describe-disagreement")
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "\n{}. {} ({} min, {}){covers}",
            n + 1,
            seg.title,
            seg.minutes,
            kind_word(seg.kind.as_str())
        );
        for prompt in &seg.prompts {
            let _ = writeln!(out, "   · {prompt}");
        }
    }
    out
}
