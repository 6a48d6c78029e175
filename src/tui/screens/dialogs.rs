//! Small dialogs: confirm a delete or a replace, ask for a file path.

use crate::tui::action::Action;
use crate::tui::app::{App, PromptKind};
use crate::tui::input::LineInput;
use crate::tui::keymap::Ctx;
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
        &crate::t!("home-delete-title"),
        &crate::t!("home-delete-question", label = clean(label)),
        &crate::t!(
            "home-delete-why",
            key = app.key_name(Ctx::Home, Action::RestoreDeleted)
        ),
        (&crate::t!("home-delete-yes"), &crate::t!("home-delete-no")),
    );
}

pub fn confirm_replace(frame: &mut Frame, app: &App, path: &str, area: Rect) {
    yes_no(
        frame,
        app,
        area,
        &crate::t!("home-replace-title"),
        &crate::t!("home-replace-question", path = clean(path)),
        &crate::t!("home-replace-why"),
        (
            &crate::t!("home-replace-yes"),
            &crate::t!("home-replace-no"),
        ),
    );
}

pub fn confirm_submit(frame: &mut Frame, app: &App, unrated: &[String], area: Rect) {
    let reopen = app.key_name(Ctx::Summary, Action::Reopen);
    let why = if unrated.is_empty() {
        crate::t!("home-submit-why-all-rated", key = reopen)
    } else {
        let shown: Vec<&str> = unrated.iter().take(12).map(String::as_str).collect();
        let more = unrated.len().saturating_sub(shown.len());
        crate::t!(
            "home-submit-why-unrated",
            key = reopen,
            ids = shown.join(", "),
            more = if more > 0 {
                crate::t!("home-submit-more", count = more)
            } else {
                String::new()
            }
        )
    };
    let question = if unrated.is_empty() {
        crate::t!("home-submit-question")
    } else {
        crate::t!("home-submit-question-unrated", count = unrated.len())
    };
    yes_no(
        frame,
        app,
        area,
        &crate::t!("home-submit-title"),
        &question,
        &why,
        (&crate::t!("home-submit-yes"), &crate::t!("home-submit-no")),
    );
}

pub fn confirm_leave(frame: &mut Frame, app: &App, undecided: usize, area: Rect) {
    yes_no(
        frame,
        app,
        area,
        &crate::t!("home-leave-title"),
        &crate::t!("home-leave-question", count = undecided),
        &crate::t!("home-leave-why"),
        (&crate::t!("home-leave-yes"), &crate::t!("home-leave-no")),
    );
}

/// The answer line of a yes/no question, naming the keys in effect (`y`/`n`, or what
/// the settings' `[keys]` give `confirm` and `cancel` instead), so the keys the line
/// names are the keys that act.
fn answers(app: &App, yes: &str, no: &str) -> Line<'static> {
    let t = &app.theme;
    Line::from(vec![
        Span::styled(app.key_name(Ctx::Confirm, Action::Confirm), t.key),
        Span::raw(format!(" {yes}   ")),
        Span::styled(app.key_name(Ctx::Confirm, Action::Cancel), t.key),
        Span::raw(format!(" {no}")),
    ])
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
    lines.push(answers(app, yes, no));
    let box_area = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(panel(t, s, format!(" {title} "), true)),
        box_area,
    );
}

pub fn prompt(frame: &mut Frame, app: &App, kind: &PromptKind, input: &LineInput, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let (title, help) = match kind {
        PromptKind::Export { .. } => (
            crate::t!("home-export-title"),
            crate::t!("home-export-help"),
        ),
        PromptKind::Import => (
            crate::t!("home-import-title"),
            crate::t!("home-import-help"),
        ),
        PromptKind::Name => (crate::t!("home-name-title"), crate::t!("home-name-help")),
    };
    let width = area.width.saturating_sub(4).min(76);
    // The help wraps in a longer language rather than running off the box.
    let mut lines: Vec<Line> = wrap(&help, width.saturating_sub(2) as usize)
        .into_iter()
        .map(|l| Line::styled(l, t.base))
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("> ", t.key),
        Span::styled(clean(input.text()), t.base),
        Span::styled("_", t.key),
    ]));
    let box_area = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(panel(t, s, format!(" {title} "), true)),
        box_area,
    );
}

pub fn confirm_end(frame: &mut Frame, app: &App, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let width = area.width.saturating_sub(4).min(64);
    let inner = width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = wrap(&crate::t!("home-end-question"), inner)
        .into_iter()
        .map(|l| Line::styled(l, t.title))
        .collect();
    lines.push(Line::raw(""));
    lines.extend(
        wrap(&crate::t!("home-end-why"), inner)
            .into_iter()
            .map(|l| Line::styled(l, t.base)),
    );
    lines.push(Line::raw(""));
    lines.push(answers(
        app,
        &crate::t!("home-end-yes"),
        &crate::t!("home-end-no"),
    ));
    let box_area = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, box_area);
    let title = format!(" {} ", crate::t!("home-end-title"));
    frame.render_widget(
        Paragraph::new(lines).block(panel(t, s, title, true)),
        box_area,
    );
}

/// Esc in the note editor after typing: drop what was typed?
pub fn confirm_discard(frame: &mut Frame, app: &App, area: Rect) {
    yes_no(
        frame,
        app,
        area,
        &crate::t!("home-discard-title"),
        &crate::t!("home-discard-question"),
        &crate::t!(
            "home-discard-why",
            key = app.key_name(Ctx::Confirm, Action::Cancel)
        ),
        (
            &crate::t!("home-discard-yes"),
            &crate::t!("home-discard-no"),
        ),
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
    let mut lines = vec![
        Line::styled(crate::t!("session-chooser-question"), t.title),
        Line::raw(""),
    ];
    if filtering || !filter.text().is_empty() {
        let cursor = if filtering { "_" } else { "" };
        lines.insert(
            1,
            Line::styled(
                crate::t!(
                    "session-chooser-filter",
                    filter = format!("{}{cursor}", clean(filter.text()))
                ),
                t.base,
            ),
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
                crate::t!("session-chooser-title-prerate")
            } else {
                crate::t!("session-chooser-title")
            },
            true,
        )),
        box_area,
    );
}
