//! Small dialogs: confirm a delete, ask for a file path.

use crate::tui::app::{App, PromptKind};
use crate::tui::input::LineInput;
use crate::tui::widgets::{centered, clean, panel};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

pub fn confirm(frame: &mut Frame, app: &App, label: &str, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let box_area = centered(area, 60, 7);
    frame.render_widget(Clear, box_area);
    let lines = vec![
        Line::from(vec![
            Span::raw("Delete the assessment of "),
            Span::styled(clean(label), t.title),
            Span::raw("?"),
        ]),
        Line::raw(""),
        Line::styled(
            "It disappears from the list; its ratings and history stay in the database (u brings it back).",
            t.muted,
        ),
        Line::from(vec![
            Span::styled("y", t.key),
            Span::raw(" delete   "),
            Span::styled("n", t.key),
            Span::raw(" keep it"),
        ]),
    ];
    let block = panel(t, s, " Delete? ", true);
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        box_area,
    );
}

pub fn prompt(frame: &mut Frame, app: &App, kind: &PromptKind, input: &LineInput, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let (title, help) = match kind {
        PromptKind::Export { .. } => (
            " Export to a TOML file ",
            "The file to write (relative to the folder Touchstone was started in):",
        ),
        PromptKind::Import => (
            " Import TOML files ",
            "A file or a folder of exported assessments; all are checked before any is saved:",
        ),
    };
    let box_area = centered(area, 70, 6);
    frame.render_widget(Clear, box_area);
    let lines = vec![
        Line::styled(help, t.muted),
        Line::raw(""),
        Line::from(vec![
            Span::styled("> ", t.key),
            Span::styled(clean(input.text()), t.base),
            Span::styled("_", t.key),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .block(panel(t, s, title, true))
            .wrap(Wrap { trim: false }),
        box_area,
    );
}
