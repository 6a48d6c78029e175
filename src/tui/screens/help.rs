//! The help overlay, generated from the key map that drives the handlers.

use crate::tui::app::App;
use crate::tui::keymap::{self, Ctx};
use crate::tui::widgets::{centered, panel};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// The help text for `ctx`, one line per key; `digits` is how the rating keys read
/// for this rubric ("1-4").
fn lines<'a>(app: &'a App, ctx: Ctx, digits: &'a str) -> Vec<Line<'a>> {
    let t = &app.theme;
    let mut lines = Vec::new();
    for (section, bindings) in keymap::help(ctx) {
        lines.push(Line::styled(section.title(), t.title));
        for b in bindings {
            let label = if b.label == "1-7" {
                digits.into()
            } else {
                app.keys.label(b)
            };
            lines.push(Line::from(vec![
                Span::styled(format!("  {label:<10}"), t.key),
                Span::styled(app.keys.help(b), t.base),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        "Every change is saved the moment you make it.",
        t.base,
    ));
    lines
}

/// How many lines the help for `ctx` has (what `lines` produces).
pub fn line_count(ctx: Ctx) -> u16 {
    let sections = keymap::help(ctx);
    (sections.iter().map(|(_, b)| b.len() + 2).sum::<usize>() + 1) as u16
}

pub fn draw(frame: &mut Frame, app: &App, ctx: Ctx, scroll: u16, area: Rect, digits: &str) {
    let (t, s) = (&app.theme, &app.symbols);
    let lines = lines(app, ctx, digits);
    let total = lines.len() as u16;
    let height = (total + 2).min(area.height);
    let visible = height.saturating_sub(2);
    let scroll = scroll.min(total.saturating_sub(visible));
    let title = if total > scroll + visible {
        " Keys · ↓ for more · Esc closes "
    } else {
        " Keys · Esc closes "
    };
    let box_area = centered(area, area.width.saturating_sub(4).min(76), height);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines)
            .block(panel(t, s, title, true))
            .scroll((scroll, 0)),
        box_area,
    );
}
