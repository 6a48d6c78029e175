//! Markdown pieces shared by the assessment report and the workshop minutes.

/// Escapes text for a Markdown table cell (the one text policy, `text::markdown_cell`).
pub use crate::text::markdown_cell as cell;
use std::fmt::Write;

/// The action plan as a Markdown table (reports and workshop minutes).
pub fn action_table<'a>(
    out: &mut String,
    actions: impl IntoIterator<Item = &'a crate::assessment::Action>,
) -> std::fmt::Result {
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |",
        crate::t!("report-col-indicator"),
        crate::t!("report-col-step"),
        crate::t!("report-col-owner"),
        crate::t!("report-col-due"),
        crate::t!("report-col-status")
    )?;
    writeln!(out, "|---|---|---|---|---|")?;
    for x in actions {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            x.indicator,
            cell(&x.step),
            cell(x.owner.as_deref().unwrap_or("")),
            x.due.map(|d| d.to_string()).unwrap_or_default(),
            super::words::action_status_word(x.status)
        )?;
    }
    Ok(())
}
