//! Review: every indicator with its level and note, grouped by standard; Enter
//! jumps to edit one.

use super::assess::AssessState;
use crate::tui::app::App;
use crate::tui::widgets::{clean, head, panel, truncate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Cell, Row, Table, TableState};

pub fn draw(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let rubric = &state.assessment.rubric;
    let mut rows = Vec::new();
    // What each row shows, for the mouse: an indicator, or a standard's heading.
    let mut items = Vec::new();
    let mut selected_row = 0;
    let mut flat = 0;
    // Columns: indicator (or standard title), level, note; the note takes what is left
    // after the borders, the highlight mark and the column gaps.
    let first = if area.width >= 120 { 44 } else { 30 };
    let note_width = (area.width as usize).saturating_sub(first + 20 + 2 + 2 + 2);
    for (standard, figures) in rubric.standards.iter().zip(&state.score.by_standard) {
        let mark = s.standard_mark(figures);
        rows.push(
            Row::new(vec![
                Cell::from(truncate(
                    &format!("{mark} {}", standard.title),
                    first,
                    s.ellipsis,
                )),
                Cell::from(""),
                Cell::from(figures.indicators.to_string()),
            ])
            .style(t.title),
        );
        items.push(None);
        for indicator in &standard.indicators {
            let entry = &state.assessment.entries[flat];
            if flat == state.review {
                selected_row = rows.len();
            }
            let level = match entry.choice {
                None => format!("{} Unrated", s.unrated),
                choice => rubric.choice_label(choice).to_string(),
            };
            // The cell shows one line: a few hundred characters are plenty.
            let note = clean(head(&entry.note, 400)).replace('\n', " / ");
            // Only the level cell marks what is missing, so a fresh review is not a
            // wall of red.
            let level_style = if entry.choice.is_none() {
                t.missing
            } else {
                t.base
            };
            rows.push(
                Row::new(vec![
                    Cell::from(format!("   {}", indicator.id)),
                    Cell::from(level).style(level_style),
                    Cell::from(truncate(&note, note_width, s.ellipsis)),
                ])
                .style(t.base),
            );
            items.push(Some(flat));
            flat += 1;
        }
    }
    let title = format!(
        " Review: {} of {} rated · Enter edits · Tab next unrated ",
        state.score.rated,
        state.indicator_count()
    );
    let table = Table::new(
        rows,
        [
            Constraint::Length(first as u16),
            Constraint::Length(20),
            Constraint::Fill(1),
        ],
    )
    .block(panel(t, s, title, true))
    .row_highlight_style(t.selected)
    .highlight_symbol(format!("{} ", s.pointer));
    let mut table_state = TableState::default().with_selected(Some(selected_row));
    frame.render_stateful_widget(table, area, &mut table_state);
    app.hits
        .borrow_mut()
        .add_table(area, 0, table_state.offset(), &items);
}
