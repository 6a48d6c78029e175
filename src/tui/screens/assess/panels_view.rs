//! The panels that open over the lower part of the indicator: the note and evidence
//! editor, and the action steps (the list, and the form for one step).

use super::{AssessState, Mode, STEP_FIELDS, StepField};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Ctx;
use crate::tui::widgets::{clean, panel, style_if, truncate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// The note and evidence editor, over the lower part of the indicator panel.
pub(in crate::tui::screens) fn editor(
    frame: &mut Frame,
    app: &App,
    state: &AssessState,
    area: Rect,
) {
    let Some(editor) = state.editor() else { return };
    let (t, s) = (&app.theme, &app.symbols);
    let height = (area.height * 3 / 5).max(8).min(area.height);
    let box_area = Rect {
        y: area.y + area.height - height,
        height,
        ..area
    };
    frame.render_widget(Clear, box_area);
    let tab = |on: bool, name: &str| {
        if on {
            format!("[{name}]")
        } else {
            format!(" {name} ")
        }
    };
    let title = format!(
        " {} ",
        crate::t!(
            "assess-editor-title",
            note = tab(!editor.on_evidence, &crate::t!("assess-editor-note")),
            evidence = tab(editor.on_evidence, &crate::t!("assess-editor-evidence")),
            id = state.indicator_id()
        )
    );
    let block = panel(
        t,
        s,
        truncate(
            &title,
            box_area.width.saturating_sub(4) as usize,
            s.ellipsis,
        ),
        true,
    );
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let area_widget = if editor.on_evidence {
        &editor.evidence
    } else {
        &editor.note
    };
    frame.render_widget(area_widget, inner);
}

/// The action steps of the current indicator, and the form for one step.
pub(in crate::tui::screens) fn steps(
    frame: &mut Frame,
    app: &App,
    state: &AssessState,
    area: Rect,
) {
    let (t, s) = (&app.theme, &app.symbols);
    let height = (area.height * 3 / 5).max(9).min(area.height);
    let box_area = Rect {
        y: area.y + area.height - height,
        height,
        ..area
    };
    frame.render_widget(Clear, box_area);
    let block = panel(
        t,
        s,
        format!(
            " {} ",
            crate::t!("assess-steps-title", id = state.indicator_id())
        ),
        true,
    );
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    if let Mode::ActionForm(form) = &state.mode {
        let label = |field: &StepField| match field {
            StepField::Step => crate::t!("assess-form-step"),
            StepField::Owner => crate::t!("assess-form-owner"),
            StepField::Due => crate::t!("assess-form-due"),
            StepField::Status => crate::t!("assess-form-status"),
        };
        // The labels' column: 7 wide in English, as wide as the longest in others.
        let label_width = STEP_FIELDS
            .iter()
            .map(|f| label(f).width() + 1)
            .max()
            .unwrap_or(0)
            .max(7);
        for (i, field) in STEP_FIELDS.iter().enumerate() {
            let focused = i == form.focus;
            let value = match field {
                StepField::Step => form.step.text().to_string(),
                StepField::Owner => form.owner.text().to_string(),
                StepField::Due => form.due.text().to_string(),
                StepField::Status => format!("< {} >", status_word(form.status)),
            };
            let label = label(field);
            let pointer = if focused { s.pointer } else { " " };
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{pointer} {label:<label_width$}"),
                    style_if(focused, t.key, t.base),
                ),
                Span::styled(
                    truncate(
                        &clean(&value),
                        width.saturating_sub(label_width + 3),
                        s.ellipsis,
                    ),
                    style_if(focused, t.selected, t.base),
                ),
                Span::styled(
                    if focused && *field != StepField::Status {
                        "_"
                    } else {
                        ""
                    },
                    t.key,
                ),
                Span::styled(
                    match field {
                        StepField::Due => format!("  {}", crate::t!("assess-form-due-hint")),
                        StepField::Owner => format!("  {}", crate::t!("assess-form-owner-hint")),
                        StepField::Status => {
                            format!("  {}", crate::t!("assess-form-status-hint"))
                        }
                        StepField::Step => String::new(),
                    },
                    t.muted,
                ),
            ]));
        }
        if let Some(error) = &form.error {
            lines.push(Line::styled(format!("! {error}"), t.error));
        }
    } else {
        let current = state.current_steps();
        if current.is_empty() {
            let key = app.key_name(Ctx::Actions, Action::AddAction);
            lines.push(Line::styled(
                crate::t!("assess-steps-none", key = key),
                t.muted,
            ));
        }
        for (n, (_, step)) in current.iter().enumerate() {
            let pointer = if n == state.step_selected {
                s.pointer
            } else {
                " "
            };
            let status = format!("[{}]", status_word(step.status));
            let who = step
                .owner
                .as_deref()
                .map(|o| format!(" · {o}"))
                .unwrap_or_default();
            let due = step
                .due
                .map(|d| format!(" · {}", crate::t!("assess-steps-due", date = d.to_string())))
                .unwrap_or_default();
            let text = format!("{pointer} {status:<9} {}{who}{due}", step.step);
            lines.push(Line::styled(
                truncate(&clean(&text), width, s.ellipsis),
                style_if(n == state.step_selected, t.selected, t.base),
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// How a step's status reads on screen (the stored word stays English).
pub(super) fn status_word(status: crate::assessment::ActionStatus) -> String {
    use crate::assessment::ActionStatus;
    match status {
        ActionStatus::Open => crate::t!("assess-step-open"),
        ActionStatus::Done => crate::t!("assess-step-done"),
        ActionStatus::Dropped => crate::t!("assess-step-dropped"),
    }
}
