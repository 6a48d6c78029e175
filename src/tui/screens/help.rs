//! The help overlay, generated from the key map that drives the handlers.

use crate::tui::app::App;
use crate::tui::keymap::{self, Ctx};
use crate::tui::widgets::{centered, panel};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn draw(frame: &mut Frame, app: &App, ctx: Ctx, scroll: u16, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let mut lines = Vec::new();
    for (section, bindings) in keymap::help(ctx) {
        lines.push(Line::styled(section.title(), t.title));
        for b in bindings {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<10}", b.label), t.key),
                Span::styled(b.help, t.base),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        "Every change is saved the moment you make it.",
        t.muted,
    ));
    let height = (lines.len() as u16 + 2).min(area.height);
    let box_area = centered(area, 72, height);
    frame.render_widget(Clear, box_area);
    let block = panel(t, s, " Keys · Esc closes ", true);
    frame.render_widget(
        Paragraph::new(lines).block(block).scroll((scroll, 0)),
        box_area,
    );
}
