//! Drawing the outcomes screen: the grid of one group's figures (school years
//! across), the problems beside their cells and listed below, and the group chooser.

use super::entry::{OutcomesState, Typing};
use crate::outcomes::model::FIGURE_COLUMNS;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Ctx;
use crate::tui::widgets::{clean, panel, truncate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// A figure's name on the screen (its CSV column beside it for those who know it).
fn figure_label(figure: usize, subject: &str) -> String {
    let name = crate::i18n::tr(&format!(
        "outcome-screens-figure-{}",
        FIGURE_COLUMNS[figure]
    ));
    if subject.is_empty() {
        name
    } else {
        format!("{} · {name}", clean(subject))
    }
}

pub fn draw(frame: &mut Frame, app: &App, state: &OutcomesState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let group = crate::tui::screens::summary::group_name(state.group_key());
    let title = format!(
        " {} ",
        crate::t!(
            "outcome-screens-title",
            school = clean(&state.school_name),
            group = group,
            at = state.group + 1,
            of = state.groups.len()
        )
    );
    let block = panel(
        t,
        s,
        truncate(&title, area.width.saturating_sub(4) as usize, s.ellipsis),
        true,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let problems = state.problems();
    let shown_problems: Vec<_> = problems
        .iter()
        .filter(|p| p.group == state.group_key())
        .collect();
    let below = (shown_problems.len().min(4) as u16) + 2;
    let [grid, notes] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(below)]).areas(inner);

    let width = grid.width as usize;
    let label_width = state
        .fields
        .iter()
        .map(|f| figure_label(f.figure, &f.subject).width())
        .max()
        .unwrap_or(10)
        .min(width / 2)
        .max(10);
    let column = 11;
    let visible = ((width.saturating_sub(label_width + 1)) / column).max(1);
    let first = (state.col + 1).saturating_sub(visible);
    let years = state.years.iter().enumerate().skip(first).take(visible);
    let mut lines = vec![Line::styled(
        format!(
            "{:label_width$} {}",
            "",
            years
                .clone()
                .map(|(_, y)| format!("{:>column$}", y.to_string()))
                .collect::<String>()
        ),
        t.muted,
    )];
    // Rows the grid has room for, keeping the selected one in sight.
    let room = (grid.height as usize).saturating_sub(1).max(1);
    let top = (state.row + 1).saturating_sub(room);
    for (i, field) in state.fields.iter().enumerate().skip(top).take(room) {
        let mut spans = vec![Span::styled(
            format!(
                "{:<label_width$} ",
                truncate(
                    &figure_label(field.figure, &field.subject),
                    label_width,
                    s.ellipsis
                )
            ),
            if i == state.row { t.title } else { t.base },
        )];
        for (c, year) in years.clone() {
            let selected = i == state.row && c == state.col;
            let wrong = problems
                .iter()
                .any(|p| p.year == *year && p.field == i && p.group == state.group_key());
            let (text, changed) = match (&state.typing, selected) {
                (Typing::Cell(input), true) => (format!("{}_", input.text()), true),
                _ => state.cell(*year, i),
            };
            let text = match text.as_str() {
                "" => "·".to_string(),
                _ if wrong => format!("{text}!"),
                _ => text,
            };
            let style = if selected {
                t.selected
            } else if wrong {
                t.missing
            } else if changed {
                t.partial
            } else {
                t.base
            };
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                format!(
                    "{:>w$}",
                    truncate(&text, column - 1, s.ellipsis),
                    w = column - 1
                ),
                style,
            ));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), grid);

    // Beside the grid: what is wrong (this group's problems, the selected cell's
    // first), and the rule for typing.
    let mut notes_lines: Vec<Line> = Vec::new();
    let mut ordered = shown_problems.clone();
    ordered.sort_by_key(|p| !(p.field == state.row && state.years.get(state.col) == Some(&p.year)));
    for p in ordered.iter().take(4) {
        let field = &state.fields[p.field];
        notes_lines.push(Line::styled(
            truncate(
                &format!(
                    "! {} · {}: {}",
                    p.year,
                    figure_label(field.figure, &field.subject),
                    p.message
                ),
                notes.width as usize,
                s.ellipsis,
            ),
            t.missing,
        ));
    }
    let elsewhere = problems.len() - shown_problems.len();
    if elsewhere > 0 {
        notes_lines.push(Line::styled(
            crate::t!("outcome-screens-problems-elsewhere", count = elsewhere),
            t.missing,
        ));
    }
    notes_lines.push(Line::styled(
        crate::t!(
            "outcome-screens-hint",
            save = app.key_name(Ctx::Outcomes, Action::Confirm),
            unsaved = if state.unsaved() {
                crate::t!("outcome-screens-unsaved-mark")
            } else {
                String::new()
            }
        ),
        t.muted,
    ));
    frame.render_widget(
        Paragraph::new(notes_lines).wrap(Wrap { trim: false }),
        notes,
    );

    if let Typing::Group { input, selected } = &state.typing {
        draw_chooser(frame, app, state, input.text(), *selected, inner);
    }
}

/// The groups a user may add, over the grid.
fn draw_chooser(
    frame: &mut Frame,
    app: &App,
    state: &OutcomesState,
    typed: &str,
    selected: usize,
    area: Rect,
) {
    let (t, s) = (&app.theme, &app.symbols);
    let shown = state.addable(typed);
    let height = (shown.len() as u16 + 4).min(area.height);
    let width = 56.min(area.width);
    let at = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, at);
    let block = panel(
        t,
        s,
        format!(" {} ", crate::t!("outcome-screens-add-title")),
        true,
    );
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!("{} ", crate::t!("outcome-screens-add-typed")),
            t.key,
        ),
        Span::raw(format!("{}_", clean(typed))),
    ])];
    for (i, key) in shown.iter().enumerate() {
        let name = crate::tui::screens::summary::group_name(key);
        lines.push(if i == selected {
            Line::styled(format!("{} {name}", s.pointer), t.selected)
        } else {
            Line::raw(format!("  {name}"))
        });
    }
    if shown.is_empty() {
        lines.push(Line::styled(crate::t!("outcome-screens-add-own"), t.muted));
    }
    frame.render_widget(Paragraph::new(lines).block(block), at);
}
