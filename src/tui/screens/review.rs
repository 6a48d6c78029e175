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
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    let mut rows = Vec::new();
    // What each row shows, for the mouse: an indicator, or a standard's heading.
    let mut items = Vec::new();
    let mut selected_row = 0;
    let mut flat = 0;
    // Columns: indicator (or standard title), level, note; the note takes what is left
    // after the borders, the highlight mark and the column gaps.
    let first = match area.width {
        // Half of what the level column leaves: statements and notes share the room.
        160.. => (area.width as usize - 30) / 2,
        120.. => 44,
        _ => 30,
    };
    let note_width = (area.width as usize).saturating_sub(first + 20 + 2 + 2 + 2);
    // With room to spare, each row says what the indicator asks (after its id) and
    // the note's first line, so the review reads without opening every indicator.
    let wide = area.width >= 100;
    for (standard, figures) in rubric.standards.iter().zip(&state.score.by_standard) {
        // With a filter, a standard shows only if one of its indicators does.
        let shown = (flat..flat + standard.indicators.len()).any(|i| state.review_shows(i));
        if !shown {
            flat += standard.indicators.len();
            continue;
        }
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
            if !state.review_shows(flat) {
                flat += 1;
                continue;
            }
            let entry = &state.assessment.entries[flat];
            if flat == state.review {
                selected_row = rows.len();
            }
            let level = match entry.choice {
                None => format!("{} {}", s.unrated, crate::t!("assess-review-unrated")),
                choice => rubric.choice_label(choice).to_string(),
            };
            // The cell shows one line: a few hundred characters are plenty.
            let note = if wide {
                first_line(&entry.note, s.ellipsis)
            } else {
                clean(head(&entry.note, 400)).replace('\n', " / ")
            };
            let label = if wide {
                let statement = clean(head(&indicator.text, 400)).replace('\n', " ");
                truncate(
                    &format!("   {} {statement}", indicator.id),
                    first,
                    s.ellipsis,
                )
            } else {
                format!("   {}", indicator.id)
            };
            // Only the level cell marks what is missing, so a fresh review is not a
            // wall of red.
            let level_style = if entry.choice.is_none() {
                t.missing
            } else {
                t.base
            };
            rows.push(
                Row::new(vec![
                    Cell::from(label),
                    Cell::from(level).style(level_style),
                    Cell::from(truncate(&note, note_width, s.ellipsis)),
                ])
                .style(t.base),
            );
            items.push(Some(flat));
            flat += 1;
        }
    }
    let filter = if state.review_filtering || !state.review_filter.text().is_empty() {
        let cursor = if state.review_filtering { "_" } else { "" };
        format!(
            "{} · ",
            crate::t!(
                "assess-review-filter",
                filter = format!("{}{cursor}", clean(state.review_filter.text()))
            )
        )
    } else {
        String::new()
    };
    let title = format!(
        " {} ",
        crate::t!(
            "assess-review-title",
            rated = state.score.rated,
            total = state.indicator_count(),
            filter = filter
        )
    );
    // Cut with a mark, never by the border.
    let title = truncate(&title, (area.width as usize).saturating_sub(4), s.ellipsis);
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

/// The note's first line, ending with the ellipsis when more lines follow.
fn first_line(note: &str, ellipsis: &str) -> String {
    let text = clean(head(note, 400));
    match text.split_once('\n') {
        Some((first, _)) => format!("{}{ellipsis}", first.trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::first_line;

    #[test]
    fn first_line_marks_the_lines_left_out() {
        assert_eq!(first_line("One line.", "…"), "One line.");
        assert_eq!(first_line("First.  \nSecond.", "…"), "First.…");
    }
}
