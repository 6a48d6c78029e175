//! Small dialogs: confirm a delete, ask for a file path.

use crate::tui::app::{App, PromptKind};
use crate::tui::input::LineInput;
use crate::tui::widgets::{centered, clean, panel, wrap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn confirm(frame: &mut Frame, app: &App, label: &str, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let width = area.width.saturating_sub(4).min(72);
    let inner = width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = wrap(
        &format!("Delete the assessment of {}?", clean(label)),
        inner,
    )
    .into_iter()
    .map(|l| Line::styled(l, t.title))
    .collect();
    lines.push(Line::raw(""));
    let why =
        "It leaves the list; its ratings and history stay in the database, and u brings it back.";
    lines.extend(
        wrap(why, inner)
            .into_iter()
            .map(|l| Line::styled(l, t.base)),
    );
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("y", t.key),
        Span::raw(" delete   "),
        Span::styled("n", t.key),
        Span::raw(" keep it"),
    ]));
    let box_area = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(panel(t, s, " Delete? ", true)),
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
