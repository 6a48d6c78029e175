//! Drawing a participant's screen.

use super::ParticipateState;
use crate::rubric::Choice;
use crate::session::agenda::clock;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Ctx;
use crate::tui::screens::facilitate::tally_lines;
use crate::tui::widgets::{clean, panel, style_if, truncate, wrap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(frame: &mut Frame, app: &App, state: &ParticipateState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let plan = &crate::session::translation::localized(&state.live.plan);
    let segment = plan.segments.get(state.live.agenda.segment);
    let remaining = state.live.agenda.remaining(plan, app.now).max(0);
    let clock_text = if state.live.ended() {
        crate::t!("session-clock-ended")
    } else if state.live.agenda.is_paused() {
        crate::t!("session-clock-paused-left", clock = clock(remaining))
    } else {
        crate::t!("session-timer-left", clock = clock(remaining))
    };
    // Pre-rating happens before the meeting: no agenda, no clock.
    let title = if state.live.prerating() {
        let title = crate::t!(
            "session-title-prerating",
            at = state.pre_at + 1,
            total = state.order.len(),
            name = clean(&state.name)
        );
        format!(" {title} ")
    } else {
        let title = crate::t!(
            "session-title-participant",
            segment = segment.map_or("", |s| s.title.as_str()),
            clock = clock_text,
            name = clean(&state.name)
        );
        format!(" {title} ")
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
    if state.live.ended() {
        let key = app.key_name(Ctx::Participate, Action::Back);
        for l in wrap(&crate::t!("session-ended-thanks", key = key), width) {
            lines.push(Line::styled(l, t.title));
        }
        for l in wrap(&crate::t!("session-ended-kept"), width) {
            lines.push(Line::styled(l, t.base));
        }
        frame.render_widget(Paragraph::new(lines).block(block), area);
        return;
    }
    if state.live.agenda.is_paused() {
        for l in wrap(&crate::t!("session-facilitator-paused"), width) {
            lines.push(Line::styled(l, t.key));
        }
    }
    let rubric = &crate::rubric::shown(&state.assessment.rubric);
    match state
        .indicator()
        .and_then(|i| rubric.indicators().nth(i).map(|x| (i, x)))
    {
        None => {
            for l in wrap(&crate::t!("session-nothing-now"), width) {
                lines.push(Line::styled(l, t.title));
            }
            for l in wrap(&crate::t!("session-will-bring-up"), width) {
                lines.push(Line::styled(l, t.base));
            }
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
                state.live.revealed(),
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
                None => Line::styled(crate::t!("session-not-voted"), t.missing),
                Some(v) => Line::from(vec![
                    Span::styled(format!("{} ", crate::t!("session-your-vote")), t.key),
                    Span::styled(rubric.choice_label(mine).to_string(), t.full),
                    Span::styled(
                        if v.comment.is_empty() {
                            format!(
                                " · {}",
                                crate::t!(
                                    "session-add-comment",
                                    key = app.key_name(Ctx::Participate, Action::EditNote)
                                )
                            )
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
            // The member's own pre-rating, the starting choice of the room's vote.
            if let (None, false, Some(level)) =
                (&state.mine, state.live.prerating(), &state.prerated)
            {
                let label = rubric.choice_label(rubric.parse_choice(level));
                for l in wrap(&crate::t!("session-your-prerating", level = label), width) {
                    lines.push(Line::styled(l, t.key));
                }
            }
            // A comment written before the vote, kept until the vote takes it.
            let draft = (state.comment.is_none())
                .then(|| {
                    state
                        .live
                        .indicator
                        .as_ref()
                        .and_then(|i| state.drafts.get(i))
                })
                .flatten();
            if let Some(draft) = draft {
                lines.push(Line::from(vec![
                    Span::styled(format!("{} ", crate::t!("session-your-draft")), t.key),
                    Span::styled(
                        format!(
                            "\"{}\"",
                            truncate(&clean(draft), width.saturating_sub(40), s.ellipsis)
                        ),
                        t.base,
                    ),
                ]));
            }
            if let Some(input) = &state.comment {
                lines.push(Line::from(vec![
                    Span::styled(format!("{} ", crate::t!("session-comment-label")), t.key),
                    Span::styled(clean(input.text()), t.selected),
                    Span::styled("_", t.key),
                ]));
            }
            if let Some(recorded) = state.assessment.entries.get(index).and_then(|e| e.choice) {
                let label = rubric.choice_label(Some(recorded));
                lines.push(Line::styled(
                    crate::t!("session-recorded-by-team", level = label),
                    t.full,
                ));
            }
            if state.live.revealed() {
                lines.push(Line::styled(crate::t!("session-everyone-votes"), t.key));
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
            } else if state.live.prerating() {
                let text = crate::t!(
                    "session-prerating-progress",
                    done = state.pre_done,
                    total = state.order.len()
                );
                for l in wrap(&text, width) {
                    lines.push(Line::styled(l, t.base));
                }
            } else {
                let text = crate::t!(
                    "session-voted-of",
                    voted = state.voted,
                    total = state.participants
                );
                for l in wrap(&text, width) {
                    lines.push(Line::styled(l, t.base));
                }
            }
        }
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
