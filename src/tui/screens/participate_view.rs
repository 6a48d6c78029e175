//! Drawing a participant's screen.

use super::facilitate_view::tally_lines;
use super::participate::ParticipateState;
use crate::rubric::Choice;
use crate::session::agenda::clock;
use crate::tui::app::App;
use crate::tui::widgets::{clean, panel, style_if, truncate, wrap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(frame: &mut Frame, app: &App, state: &ParticipateState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let plan = &state.live.plan;
    let segment = plan.segments.get(state.live.agenda.segment);
    let remaining = state.live.agenda.remaining(plan, app.now).max(0);
    let clock_text = if state.live.ended {
        "ended".to_string()
    } else if state.live.agenda.is_paused() {
        format!("paused, {} left", clock(remaining))
    } else {
        format!("{} left", clock(remaining))
    };
    // Pre-rating happens before the meeting: no agenda, no clock.
    let title = if state.live.prerating {
        format!(
            " Silent pre-rating · {} of {} · you are {} ",
            state.pre_at + 1,
            state.assessment.rubric.indicators().count(),
            clean(&state.name)
        )
    } else {
        format!(
            " Now: {} · {clock_text} · you are {} ",
            segment.map_or("", |s| s.title.as_str()),
            clean(&state.name)
        )
    };
    let block = panel(
        t,
        s,
        truncate(&title, area.width.saturating_sub(4) as usize, s.ellipsis),
        true,
    );
    let inner = block.inner(area);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    if state.live.ended {
        lines.push(Line::styled(
            "The session has ended. Thank you for taking part. q leaves.",
            t.title,
        ));
        lines.push(Line::styled(
            "Your votes and comments are kept with the workshop's record.",
            t.base,
        ));
        frame.render_widget(Paragraph::new(lines).block(block), area);
        return;
    }
    if state.live.agenda.is_paused() {
        lines.push(Line::styled("The facilitator has paused the clock.", t.key));
    }
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    match state
        .indicator()
        .and_then(|i| rubric.indicators().nth(i).map(|x| (i, x)))
    {
        None => {
            lines.push(Line::styled("Nothing to vote on right now.", t.title));
            lines.push(Line::styled(
                "The facilitator will bring up an indicator; this screen follows along.",
                t.base,
            ));
        }
        Some((index, (standard, ind))) => {
            lines.push(Line::from(vec![
                Span::styled(format!("{} ", ind.id), t.key),
                Span::styled(clean(&standard.title), t.base),
            ]));
            for l in wrap(&clean(&ind.text), width) {
                lines.push(Line::styled(l, t.title));
            }
            lines.push(Line::raw(""));
            let mine = state
                .mine
                .as_ref()
                .and_then(|v| rubric.parse_choice(&v.level));
            let label_width = rubric.label_width();
            for (i, level) in rubric.levels.iter().enumerate() {
                let chosen = mine == Some(Choice::Level(i));
                let highlighted = i == state.highlight;
                let descriptor = ind
                    .descriptors
                    .get(i)
                    .cloned()
                    .flatten()
                    .unwrap_or_default();
                let head = format!(
                    "{}{} {} {:<label_width$}",
                    if highlighted { s.pointer } else { " " },
                    i + 1,
                    if chosen { s.chosen } else { " " },
                    level.label
                );
                let room = width.saturating_sub(head.chars().count() + 2);
                let style = if highlighted {
                    t.selected
                } else {
                    style_if(chosen, t.full, t.base)
                };
                lines.push(Line::from(vec![
                    Span::styled(head, style),
                    Span::styled(
                        format!("  {}", truncate(&clean(&descriptor), room, s.ellipsis)),
                        style,
                    ),
                ]));
            }
            // Before the reveal, the highlighted level in full, so nothing needed for
            // the vote is cut; afterwards the room goes to the tally.
            let highlighted = ind.descriptors.get(state.highlight).cloned().flatten();
            if let (false, Some(level), Some(d)) = (
                state.live.revealed,
                rubric.levels.get(state.highlight),
                highlighted,
            ) {
                let text = format!("{}: {d}", level.label);
                for (k, l) in wrap(&clean(&text), width.saturating_sub(4))
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
            let na = mine == Some(Choice::NotApplicable);
            lines.push(Line::styled(
                format!(" n {} N/A", if na { s.chosen } else { " " }),
                style_if(na, t.full, t.base),
            ));
            lines.push(Line::raw(""));
            let yours = match &state.mine {
                None => Line::styled("You have not voted yet: press a number.", t.missing),
                Some(v) => Line::from(vec![
                    Span::styled("Your vote: ", t.key),
                    Span::styled(rubric.choice_label(mine).to_string(), t.full),
                    Span::styled(
                        if v.comment.is_empty() {
                            " · c adds a comment".to_string()
                        } else {
                            format!(
                                " · \"{}\"",
                                truncate(&clean(&v.comment), width.saturating_sub(30), s.ellipsis)
                            )
                        },
                        t.base,
                    ),
                ]),
            };
            lines.push(yours);
            if let Some(input) = &state.comment {
                lines.push(Line::from(vec![
                    Span::styled("Comment: ", t.key),
                    Span::styled(clean(input.text()), t.selected),
                    Span::styled("_", t.key),
                ]));
            }
            if let Some(recorded) = state.assessment.entries.get(index).and_then(|e| e.choice) {
                let label = rubric.choice_label(Some(recorded));
                lines.push(Line::styled(
                    format!("Recorded by the team: {label}"),
                    t.full,
                ));
            }
            if state.live.revealed {
                lines.push(Line::styled("Everyone's votes:", t.key));
                tally_lines(
                    &mut lines,
                    t,
                    s,
                    rubric,
                    &state.tally(),
                    plan.consensus,
                    width,
                    false,
                );
            } else if state.live.prerating {
                let text = format!(
                    "Pre-rating: {} of {} indicators done. Private: nobody sees it before the reveal. A vote moves to the next indicator; go round again to change one.",
                    state.pre_done,
                    rubric.indicators().count()
                );
                for l in wrap(&text, width) {
                    lines.push(Line::styled(l, t.base));
                }
            } else {
                let text = format!(
                    "{} of {} have voted. Votes stay hidden until the facilitator reveals them.",
                    state.voted, state.participants
                );
                lines.push(Line::styled(text, t.base));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
