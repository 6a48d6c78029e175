//! The help overlay, generated from the key map that drives the handlers.

use crate::tui::app::App;
use crate::tui::keymap::{self, Ctx};
use crate::tui::widgets::{centered, panel, truncate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// The help text for `ctx` in this thread's language, one line per key, each cut
/// with an ellipsis to `width` columns; `digits` is how the rating keys read for this
/// rubric ("1-4").
fn lines<'a>(app: &'a App, ctx: Ctx, digits: &'a str, width: usize) -> Vec<Line<'a>> {
    let (t, ellipsis) = (&app.theme, app.symbols.ellipsis);
    let mut lines = Vec::new();
    for (section, bindings) in keymap::help(ctx) {
        lines.push(Line::styled(
            truncate(&section.title(), width, ellipsis),
            t.title,
        ));
        for b in bindings {
            let label = if b.label == "1-7" {
                digits.into()
            } else {
                app.keys.label(b)
            };
            let label = format!("  {label:<10}");
            let room = width.saturating_sub(label.width());
            lines.push(Line::from(vec![
                Span::styled(label, t.key),
                Span::styled(truncate(&app.keys.help(b), room, ellipsis), t.base),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        truncate(&crate::t!("keys-help-saved"), width, ellipsis),
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
    let box_width = area.width.saturating_sub(4).min(76);
    let lines = lines(app, ctx, digits, box_width.saturating_sub(2) as usize);
    let total = lines.len() as u16;
    let height = (total + 2).min(area.height);
    let visible = height.saturating_sub(2);
    let scroll = scroll.min(total.saturating_sub(visible));
    let title = if total > scroll + visible {
        crate::t!("keys-help-box-more")
    } else {
        crate::t!("keys-help-box")
    };
    let title = format!(
        " {} ",
        truncate(&title, box_width.saturating_sub(4) as usize, s.ellipsis)
    );
    let box_area = centered(area, box_width, height);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines)
            .block(panel(t, s, title, true))
            .scroll((scroll, 0)),
        box_area,
    );
}
