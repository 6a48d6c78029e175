//! Drawing the assessment: the standards sidebar, the current indicator with its
//! levels, and the indicator in full; the panels that open over it (editor, action
//! steps) are in panels_view.rs.

use super::{AssessState, Mode};
use crate::rubric::Choice;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::hits::Target;
use crate::tui::keymap::Ctx;
use crate::tui::widgets::{clean, head, panel, style_if, truncate, wrap};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

// The panels over the indicator are drawn in panels_view.rs (the facilitator's
// screen draws them too, by these names).
use super::panels_view::status_word;
pub(in crate::tui::screens) use super::panels_view::{editor, steps};

pub fn draw(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    match state.mode {
        Mode::Review => return crate::tui::screens::review::draw(frame, app, state, area),
        Mode::Summary => return crate::tui::screens::summary::draw(frame, app, state, area),
        _ => {}
    }
    let sidebar_width = sidebar_width(app, state, area.width);
    let [side, main] =
        Layout::horizontal([Constraint::Length(sidebar_width), Constraint::Min(40)]).areas(area);
    sidebar(frame, app, state, side);
    indicator(frame, app, state, main);
    match state.mode {
        Mode::Editor(_) => editor(frame, app, state, main),
        Mode::Actions | Mode::ActionForm(_) => steps(frame, app, state, main),
        Mode::Conflict(_) => super::edits_view::conflict(frame, app, state, main),
        Mode::History { .. } => super::edits_view::history(frame, app, state, main),
        _ => {}
    }
}

/// The sidebar's width: fixed on small and middling windows; on wide ones as wide as
/// the longest standard's line needs (so no name is cut), at most a third.
fn sidebar_width(app: &App, state: &AssessState, width: u16) -> u16 {
    let fixed = if width >= 120 { 36 } else { 26 };
    if width < 160 {
        return fixed;
    }
    let s = &app.symbols;
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    let longest = rubric
        .standards
        .iter()
        .zip(&state.score.by_standard)
        .map(|(standard, figures)| {
            let count = standard_count(s, figures);
            // As `sidebar` lays a line out: pointer, mark, space, title, space, count.
            s.pointer.width()
                + s.standard_mark(figures).width()
                + 1
                + standard.title.width()
                + 1
                + count.width()
        })
        .max()
        .unwrap_or(0);
    // Two columns for the borders.
    let wanted = u16::try_from(longest + 2).unwrap_or(u16::MAX);
    wanted.clamp(fixed, width / 3)
}

/// A standard's count in the sidebar, rated and full apart: `3·1/8` is 3 of its 8
/// indicators rated (a level or N/A), 1 of them at the full level (`3:1/8` in ASCII).
fn standard_count(s: &crate::tui::theme::Symbols, figures: &crate::score::StandardScore) -> String {
    format!(
        "{}{}{}/{}",
        figures.rated,
        count_separator(s),
        figures.indicators.numerator,
        figures.rated + figures.unrated
    )
}

fn count_separator(s: &crate::tui::theme::Symbols) -> &'static str {
    if s.ascii { ":" } else { "·" }
}

fn sidebar(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    let (current, _) = state.position();
    let width = area.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    for (i, (standard, figures)) in rubric
        .standards
        .iter()
        .zip(&state.score.by_standard)
        .enumerate()
    {
        let mark = s.standard_mark(figures);
        let pointer = if i == current { s.pointer } else { " " };
        let count = standard_count(s, figures);
        let used = count.chars().count() + 1 + pointer.width() + mark.width() + 1;
        let room = width.saturating_sub(used);
        // The short title where the full one does not fit (issue 23: two standards
        // read "Participación au…" at 80 columns).
        let title = truncate(standard.label(room), room, s.ellipsis);
        let pad = room.saturating_sub(title.width());
        let style = if i == current {
            t.selected
        } else {
            style_if(figures.fully_implemented, t.full, t.base)
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{pointer}{mark} "), style),
            Span::styled(format!("{title}{} {count}", " ".repeat(pad)), style),
        ]));
    }
    lines.push(Line::raw(""));
    let total = state.indicator_count();
    // The totals and the key wrap (a Spanish line is longer than the sidebar).
    let totals = crate::t!(
        "assess-sidebar-rated",
        rated = state.score.rated,
        full = state.score.indicators.numerator,
        total = total
    );
    let key = crate::t!("assess-sidebar-key", sep = count_separator(s));
    for text in [totals, key] {
        for line in crate::tui::widgets::wrap(&text, width) {
            lines.push(Line::styled(truncate(&line, width, s.ellipsis), t.muted));
        }
    }
    let block = panel(
        t,
        s,
        format!(" {} ", crate::t!("assess-sidebar-title")),
        false,
    );
    let inner = block.inner(area);
    let mut hits = app.hits.borrow_mut();
    for i in 0..rubric.standards.len().min(inner.height as usize) {
        let row = Rect::new(inner.x, inner.y + i as u16, inner.width, 1);
        hits.add(row, Target::Standard(i));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn indicator(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    let (si, _) = state.position();
    let standard = &rubric.standards[si];
    let title = format!(
        " {} ",
        crate::t!(
            "assess-indicator-title",
            number = si + 1,
            count = rubric.standards.len(),
            standard = &standard.title,
            unrated = state.score.unrated
        )
    );
    let title = truncate(&title, area.width.saturating_sub(4) as usize, s.ellipsis);
    let block = panel(t, s, title, matches!(state.mode, Mode::Indicator));
    let inner = block.inner(area);
    let (width, room) = (inner.width as usize, inner.height as usize);
    let mut level_lines = Vec::new();
    // The note in full, each evidence item and each action step: on a tall panel, or
    // whenever they fit (a 120x40 window usually has room for them).
    let mut lines = indicator_lines(app, state, width, true, true, &mut level_lines);
    let roomy = inner.height >= 36 || lines.len() <= room;
    // Every level's descriptor in full (wrapped) when the panel is wide, or when it is
    // tall enough to hold them; otherwise one cut line each and the highlighted one
    // in full below.
    if !roomy {
        level_lines.clear();
        lines = indicator_lines(app, state, width, roomy, true, &mut level_lines);
    }
    if width < 100 && lines.len() > room {
        level_lines.clear();
        lines = indicator_lines(app, state, width, roomy, false, &mut level_lines);
    }
    // The lines shown in full (the last one says "more" when they do not all fit).
    let shown = if lines.len() > room {
        room.saturating_sub(1)
    } else {
        room
    };
    let mut hits = app.hits.borrow_mut();
    for &(line, level) in level_lines.iter().filter(|(line, _)| *line < shown) {
        let row = Rect::new(inner.x, inner.y + line as u16, inner.width, 1);
        hits.add(row, Target::Level(level));
    }
    drop(hits);
    if lines.len() > room && room > 0 {
        // Never cut silently: say where the rest is.
        lines.truncate(room - 1);
        lines.push(Line::styled(
            format!(
                "{} {}",
                s.ellipsis,
                crate::t!(
                    "assess-indicator-more",
                    key = app.key_name(Ctx::Assess, Action::Details)
                )
            ),
            t.key,
        ));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
    if let Mode::Details { scroll } = state.mode {
        details(frame, app, state, area, scroll);
    }
}

/// The current indicator: heading, text, levels (each descriptor wrapped in full, or
/// cut to one line when `full_levels` is false), note summary and guidance;
/// `level_lines` gets each line that shows a level (line index, level index).
fn indicator_lines<'a>(
    app: &'a App,
    state: &'a AssessState,
    width: usize,
    roomy: bool,
    full_levels: bool,
    level_lines: &mut Vec<(usize, usize)>,
) -> Vec<Line<'a>> {
    let (t, s) = (&app.theme, &app.symbols);
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    let (si, ii) = state.position();
    let standard = &rubric.standards[si];
    let ind = &standard.indicators[ii];
    let entry = &state.assessment.entries[state.cursor];
    let mut lines = Vec::new();
    let mut head = vec![
        Span::styled(format!("{} ", ind.id), t.key),
        Span::styled(
            crate::t!(
                "assess-indicator-position",
                number = ii + 1,
                count = standard.indicators.len()
            ),
            t.base,
        ),
    ];
    if ind.baseline {
        head.push(Span::styled(
            format!(" {} {}", s.dot, crate::t!("assess-indicator-baseline")),
            t.base,
        ));
    }
    if entry.choice.is_none() {
        head.push(Span::styled(
            format!("  {} {}", s.unrated, crate::t!("assess-indicator-unrated")),
            t.missing,
        ));
    }
    lines.push(Line::from(head));
    for l in wrap(&clean(&ind.text), width) {
        lines.push(Line::styled(l, t.title));
    }
    // On a big screen, what the standard is about, for everyone in the room.
    if let (true, Some(summary)) = (roomy, &standard.summary) {
        lines.push(Line::raw(""));
        for l in wrap(&clean(summary), width) {
            lines.push(Line::styled(l, t.muted));
        }
    }
    lines.push(Line::raw(""));
    let wide = full_levels;
    let label_width = rubric.label_width();
    for (i, level) in rubric.levels.iter().enumerate() {
        let chosen = entry.choice == Some(Choice::Level(i));
        let highlighted = i == state.highlight && matches!(state.mode, Mode::Indicator);
        let mark = if chosen { s.chosen } else { " " };
        let pointer = if highlighted { s.pointer } else { " " };
        let head = format!("{pointer}{} {mark} {:<label_width$}", i + 1, level.label);
        let descriptor = descriptor(state, i).unwrap_or_default();
        let room = width.saturating_sub(head.chars().count() + 3);
        let style = if highlighted {
            t.selected
        } else {
            style_if(chosen, t.full, t.base)
        };
        let suffix = if chosen {
            format!("  {}", crate::t!("assess-level-current"))
        } else {
            String::new()
        };
        let first_line = lines.len();
        if wide {
            let mut parts = wrap(&clean(&format!("{descriptor}{suffix}")), room).into_iter();
            lines.push(Line::from(vec![
                Span::styled(head.clone(), style),
                Span::styled(format!("  {}", parts.next().unwrap_or_default()), style),
            ]));
            for rest in parts {
                lines.push(Line::styled(
                    format!("{}  {rest}", " ".repeat(head.chars().count())),
                    t.base,
                ));
            }
        } else {
            let text = truncate(
                &clean(&descriptor),
                room.saturating_sub(suffix.width()),
                s.ellipsis,
            );
            lines.push(Line::from(vec![
                Span::styled(head, style),
                Span::styled(format!("  {text}{suffix}"), style),
            ]));
        }
        level_lines.extend((first_line..lines.len()).map(|line| (line, i)));
    }
    let na = entry.choice == Some(Choice::NotApplicable);
    lines.push(Line::from(vec![
        Span::styled(
            format!(
                " n {} {:<label_width$}",
                if na { s.chosen } else { " " },
                "N/A"
            ),
            style_if(na, t.full, t.base),
        ),
        Span::styled(
            if na {
                format!(
                    "  {} {}",
                    crate::t!("assess-level-na"),
                    crate::t!("assess-level-current")
                )
            } else {
                format!("  {}", crate::t!("assess-level-na"))
            },
            t.base,
        ),
    ]));
    if !wide {
        // Narrow: the highlighted level's descriptor in full, below the list.
        let level = &rubric.levels[state.highlight.min(rubric.levels.len() - 1)];
        if let Some(d) = descriptor(state, state.highlight) {
            for (k, l) in wrap(
                &clean(&format!("{}: {d}", level.label)),
                width.saturating_sub(4),
            )
            .into_iter()
            .enumerate()
            {
                let indent = if k == 0 {
                    format!("  {} ", s.pointer)
                } else {
                    "    ".to_string()
                };
                lines.push(Line::styled(format!("{indent}{l}"), t.base));
            }
        }
    }
    lines.push(Line::raw(""));
    lines.extend(record_lines(app, state, width, roomy));
    if let Some(guidance) = &ind.guidance {
        lines.push(Line::raw(""));
        // The label's width in this language sets the indent ("Guidance: " is 10).
        let label = format!("{} ", crate::t!("assess-guidance-label"));
        let indent = label.width();
        for (k, l) in wrap(&clean(guidance), width.saturating_sub(indent))
            .into_iter()
            .enumerate()
        {
            let head = if k == 0 {
                label.clone()
            } else {
                " ".repeat(indent)
            };
            lines.push(Line::from(vec![
                Span::styled(head, t.key),
                Span::styled(l, t.base),
            ]));
        }
    }
    lines
}

/// What a level looks like for the current indicator (or the level's general text).
pub(super) fn descriptor(state: &AssessState, level: usize) -> Option<String> {
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    let (_, ind) = rubric.indicators().nth(state.cursor)?;
    ind.descriptors
        .get(level)
        .cloned()
        .flatten()
        .or_else(|| rubric.levels.get(level)?.description.clone())
}

/// The note, evidence and action steps recorded for the current indicator; in full
/// on tall screens (a projector), as one-line summaries otherwise.
fn record_lines<'a>(
    app: &'a App,
    state: &'a AssessState,
    width: usize,
    roomy: bool,
) -> Vec<Line<'a>> {
    let (t, s) = (&app.theme, &app.symbols);
    let entry = &state.assessment.entries[state.cursor];
    let mut lines = Vec::new();
    let note_label = crate::t!("assess-note-label");
    if entry.note.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(format!("{note_label} "), t.key),
            Span::styled(
                crate::t!(
                    "assess-note-none",
                    key = app.key_name(Ctx::Assess, Action::EditNote)
                ),
                t.base,
            ),
        ]));
    } else if roomy {
        lines.push(Line::styled(note_label, t.key));
        // A screen shows a few thousand characters at most.
        let shown = head(&entry.note, width.saturating_mul(100));
        for l in wrap(&clean(shown), width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {l}"), t.base));
        }
    } else {
        let note = clean(head(&entry.note, width.saturating_mul(2))).replace('\n', " / ");
        let room = width.saturating_sub(note_label.width() + 1);
        lines.push(Line::from(vec![
            Span::styled(format!("{note_label} "), t.key),
            Span::styled(truncate(&note, room, s.ellipsis), t.base),
        ]));
    }
    let steps = state.current_steps();
    let open = steps
        .iter()
        .filter(|(_, a)| a.status == crate::assessment::ActionStatus::Open)
        .count();
    let evidence_label = format!("{} ", crate::t!("assess-evidence-label"));
    let evidence = format!(
        "{}   ",
        crate::t!("assess-evidence-items", count = entry.evidence.len())
    );
    let steps_label = format!("{} ", crate::t!("assess-steps-label"));
    // The step count gets what is left of the line, cut with a mark if need be.
    let used = evidence_label.width() + evidence.width() + steps_label.width();
    let steps_count = truncate(
        &crate::t!("assess-steps-count", count = steps.len(), open = open),
        width.saturating_sub(used),
        s.ellipsis,
    );
    lines.push(Line::from(vec![
        Span::styled(evidence_label, t.key),
        Span::styled(evidence, t.base),
        Span::styled(steps_label, t.key),
        Span::styled(steps_count, t.base),
    ]));
    if roomy {
        for e in &entry.evidence {
            lines.push(Line::styled(
                truncate(&format!("  {} {}", s.dot, clean(e)), width, s.ellipsis),
                t.base,
            ));
        }
        for (_, step) in &steps {
            let text = format!("  [{}] {}", status_word(step.status), clean(&step.step));
            lines.push(Line::styled(truncate(&text, width, s.ellipsis), t.base));
        }
    }
    lines
}

/// Everything about the indicator, wrapped and scrollable (`scroll` lines down): for
/// small screens.
fn details(frame: &mut Frame, app: &App, state: &AssessState, area: Rect, scroll: u16) {
    let (t, s) = (&app.theme, &app.symbols);
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    let Some((standard, ind)) = rubric.indicators().nth(state.cursor) else {
        return;
    };
    frame.render_widget(Clear, area);
    let block = panel(
        t,
        s,
        format!(" {} ", crate::t!("assess-details-title", id = &ind.id)),
        true,
    );
    let width = block.inner(area).width as usize;
    let mut lines = vec![Line::styled(clean(&standard.title), t.key)];
    lines.extend(
        wrap(&clean(&ind.text), width)
            .into_iter()
            .map(|l| Line::styled(l, t.title)),
    );
    if let Some(g) = &ind.guidance {
        lines.push(Line::raw(""));
        lines.push(Line::styled(crate::t!("assess-details-guidance"), t.key));
        lines.extend(
            wrap(&clean(g), width)
                .into_iter()
                .map(|l| Line::styled(l, t.base)),
        );
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(crate::t!("assess-details-levels"), t.key));
    for (i, level) in rubric.levels.iter().enumerate() {
        let text = format!(
            "{} {}: {}",
            i + 1,
            level.label,
            descriptor(state, i).unwrap_or_default()
        );
        lines.extend(
            wrap(&clean(&text), width)
                .into_iter()
                .map(|l| Line::styled(l, t.base)),
        );
    }
    lines.push(Line::raw(""));
    lines.extend(record_lines(app, state, width, true));
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), area);
}
