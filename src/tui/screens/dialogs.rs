//! Small dialogs: confirm a delete or a replace, ask for a file path.

use crate::tui::app::{App, PromptKind};
use crate::tui::input::LineInput;
use crate::tui::widgets::{centered, clean, panel, wrap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn confirm(frame: &mut Frame, app: &App, label: &str, area: Rect) {
    yes_no(
        frame,
        app,
        area,
        " Delete? ",
        &format!("Delete the assessment of {}?", clean(label)),
        "It leaves the list; its ratings and history stay in the database, and u brings it back.",
        ("delete", "keep it"),
    );
}

pub fn confirm_replace(frame: &mut Frame, app: &App, path: &str, area: Rect) {
    yes_no(
        frame,
        app,
        area,
        " Replace? ",
        &format!("{} already exists. Replace it?", clean(path)),
        "Its contents will be lost; the new file keeps its permissions.",
        ("replace it", "choose another name"),
    );
}

pub fn confirm_submit(frame: &mut Frame, app: &App, unrated: &[String], area: Rect) {
    let why = if unrated.is_empty() {
        "Every indicator is rated. Once submitted it counts in the network's figures and is read-only until reopened (O).".to_string()
    } else {
        let shown: Vec<&str> = unrated.iter().take(12).map(String::as_str).collect();
        let more = unrated.len().saturating_sub(shown.len());
        format!(
            "Still unrated: {}{}. Once submitted it counts in the network's figures and is read-only until reopened (O).",
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        )
    };
    let question = if unrated.is_empty() {
        "Submit this assessment?".to_string()
    } else {
        format!(
            "Submit with {} unrated?",
            crate::words::count(unrated.len(), "indicator", "indicators")
        )
    };
    yes_no(
        frame,
        app,
        area,
        " Submit? ",
        &question,
        &why,
        ("submit", "keep it a draft"),
    );
}

pub fn confirm_leave(frame: &mut Frame, app: &App, undecided: usize, area: Rect) {
    let count = crate::words::count(undecided, "indicator", "indicators");
    yes_no(
        frame,
        app,
        area,
        " Next segment? ",
        &format!("{count} of this segment have no consensus yet. Move on anyway?"),
        "The agenda marks the segment partly done; < comes back to it.",
        ("move on", "stay"),
    );
}

/// A centred y/n question: the question, why it matters, and what each key does.
fn yes_no(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    title: &str,
    question: &str,
    why: &str,
    (yes, no): (&str, &str),
) {
    let (t, s) = (&app.theme, &app.symbols);
    let width = area.width.saturating_sub(4).min(72);
    let inner = width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = wrap(question, inner)
        .into_iter()
        .map(|l| Line::styled(l, t.title))
        .collect();
    lines.push(Line::raw(""));
    lines.extend(
        wrap(why, inner)
            .into_iter()
            .map(|l| Line::styled(l, t.base)),
    );
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("y", t.key),
        Span::raw(format!(" {yes}   ")),
        Span::styled("n", t.key),
        Span::raw(format!(" {no}")),
    ]));
    let box_area = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(panel(t, s, title, true)),
        box_area,
    );
}

pub fn prompt(frame: &mut Frame, app: &App, kind: &PromptKind, input: &LineInput, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let (title, help) = match kind {
        PromptKind::Export { .. } => (
            " Export to a TOML file ",
            "File to write (relative paths start where Touchstone started):",
        ),
        PromptKind::Import => (
            " Import TOML files ",
            "A file or folder of exports; all are checked before any is saved:",
        ),
    };
    let box_area = centered(area, area.width.saturating_sub(4).min(76), 5);
    frame.render_widget(Clear, box_area);
    let lines = vec![
        Line::styled(help, t.base),
        Line::raw(""),
        Line::from(vec![
            Span::styled("> ", t.key),
            Span::styled(clean(input.text()), t.base),
            Span::styled("_", t.key),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines).block(panel(t, s, title, true)),
        box_area,
    );
}

pub fn confirm_end(frame: &mut Frame, app: &App, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let lines = vec![
        Line::styled("End the session for everyone?", t.title),
        Line::raw(""),
        Line::styled(
            "Votes, decisions and times are kept with the assessment.",
            t.base,
        ),
        Line::raw(""),
        Line::from(vec![
            Span::styled("y", t.key),
            Span::raw(" end it   "),
            Span::styled("n", t.key),
            Span::raw(" keep going"),
        ]),
    ];
    let box_area = centered(
        area,
        area.width.saturating_sub(4).min(64),
        lines.len() as u16 + 2,
    );
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(panel(t, s, " End the session? ", true)),
        box_area,
    );
}

/// Esc in the note editor after typing: drop what was typed?
pub fn confirm_discard(frame: &mut Frame, app: &App, area: Rect) {
    yes_no(
        frame,
        app,
        area,
        " Discard changes? ",
        "Close the editor without saving?",
        "What you typed since opening it is lost; n goes back to it, and Ctrl-S saves it.",
        ("lose it", "keep editing"),
    );
}

pub fn choose_plan(
    frame: &mut Frame,
    app: &App,
    plans: &[(String, String, u32)],
    selected: usize,
    (filter, filtering): (&LineInput, bool),
    prerate: bool,
    area: Rect,
) {
    let (t, s) = (&app.theme, &app.symbols);
    let mut lines = vec![Line::styled("Which session plan?", t.title), Line::raw("")];
    if filtering || !filter.text().is_empty() {
        let cursor = if filtering { "_" } else { "" };
        lines.insert(
            1,
            Line::styled(format!("Filter: {}{cursor}", clean(filter.text())), t.base),
        );
    }
    let shown = plans
        .iter()
        .enumerate()
        .filter(|(_, p)| crate::tui::screens::sessions::shows(p, filter.text()));
    for (i, (id, title, minutes)) in shown {
        let pointer = if i == selected { s.pointer } else { " " };
        let style = if i == selected { t.selected } else { t.base };
        lines.push(Line::styled(
            format!("{pointer} {title} ({minutes} min) [{id}]"),
            style,
        ));
    }
    let box_area = centered(
        area,
        area.width.saturating_sub(4).min(76),
        lines.len() as u16 + 2,
    );
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(panel(
            t,
            s,
            if prerate {
                " Open silent pre-rating for a session "
            } else {
                " Start a coaching session "
            },
            true,
        )),
        box_area,
    );
}
