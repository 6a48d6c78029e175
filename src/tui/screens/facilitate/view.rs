//! Drawing the facilitator's screen and the presentation view for the wall.

use super::FacilitateState;
use crate::rubric::Rubric;
use crate::session::Consensus;
use crate::session::agenda::clock;
use crate::session::tally::Tally;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Ctx;
use crate::tui::screens::assess::view::{editor, steps};
use crate::tui::screens::assess::{AssessState, Mode};
use crate::tui::theme::{Symbols, Theme};
use crate::tui::widgets::{bar, clean, panel, style_if, truncate, wrap};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(frame: &mut Frame, app: &App, state: &FacilitateState, area: Rect) {
    if state.presenting {
        return present(frame, app, state, area);
    }
    let agenda_width = if area.width >= 120 { 36 } else { 26 };
    let [left, main] =
        Layout::horizontal([Constraint::Length(agenda_width), Constraint::Min(40)]).areas(area);
    agenda(frame, app, state, left);
    discussion(frame, app, state, main);
    match state.assess.mode {
        Mode::Editor(_) => editor(frame, app, &state.assess, main),
        Mode::Conflict(_) => {
            crate::tui::screens::assess::edits_view::conflict(frame, app, &state.assess, main)
        }
        Mode::Actions | Mode::ActionForm(_) => steps(frame, app, &state.assess, main),
        _ => {}
    }
}

/// `12:05 left`, `paused, 3:10 left`, or `over by 1:20`.
fn timer_text(state: &FacilitateState, now: i64) -> String {
    let remaining = state.live.agenda.remaining(&state.live.plan, now);
    let c = clock(remaining.abs());
    match (state.live.agenda.is_paused(), remaining >= 0) {
        (false, true) => crate::t!("session-timer-left", clock = c),
        (false, false) => crate::t!("session-timer-over", clock = c),
        (true, true) => crate::t!("session-timer-paused-left", clock = c),
        (true, false) => crate::t!("session-timer-paused-over", clock = c),
    }
}

fn agenda(frame: &mut Frame, app: &App, state: &FacilitateState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let plan = &crate::session::translation::localized(&state.live.plan);
    let current = state.live.agenda.segment;
    let width = area.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    for (i, seg) in plan.segments.iter().enumerate() {
        // A segment left with indicators undecided is only partly done.
        let partly = i < current && !state.undecided(i).is_empty();
        let mark = if partly {
            if s.ascii { "~" } else { "◐" }
        } else if i < current {
            s.full
        } else if i == current {
            s.pointer
        } else {
            " "
        };
        let minutes = crate::t!("session-agenda-minutes", minutes = seg.minutes);
        let room = width.saturating_sub(minutes.chars().count() + 3);
        let title = truncate(&seg.title, room, s.ellipsis);
        let pad = room.saturating_sub(unicode_width::UnicodeWidthStr::width(title.as_str()));
        let style = if i == current {
            t.selected
        } else {
            style_if(i < current, t.muted, t.base)
        };
        lines.push(Line::styled(
            format!("{mark} {title}{} {minutes}", " ".repeat(pad)),
            style,
        ));
    }
    lines.push(Line::raw(""));
    if (0..current).any(|i| !state.undecided(i).is_empty()) {
        let mark = if s.ascii { "~" } else { "◐" };
        let text = format!("{mark} {}", crate::t!("session-partly-done"));
        lines.push(Line::styled(truncate(&text, width, s.ellipsis), t.muted));
    }
    let left = state.live.agenda.minutes_after(plan);
    lines.push(Line::styled(
        truncate(
            &crate::t!("session-minutes-after", minutes = left),
            width,
            s.ellipsis,
        ),
        t.base,
    ));
    lines.push(Line::raw(""));
    // The code whole, on a line of its own when the label leaves no room for it.
    let label = crate::t!("session-join-code");
    if label.chars().count() + 1 + state.live.code.chars().count() <= width {
        lines.push(Line::from(vec![
            Span::styled(format!("{label} "), t.key),
            Span::styled(state.live.code.clone(), t.title),
        ]));
    } else {
        lines.push(Line::styled(truncate(&label, width, s.ellipsis), t.key));
        lines.push(Line::styled(state.live.code.clone(), t.title));
    }
    let command = format!("touchstone session join {}", state.live.code);
    if command.chars().count() <= width {
        lines.push(Line::styled(command, t.base));
    }
    lines.push(Line::styled(
        crate::t!("session-participants", count = state.participants.len()),
        t.base,
    ));
    let title = truncate(&format!(" {} ", plan.title), width, s.ellipsis);
    frame.render_widget(Paragraph::new(lines).block(panel(t, s, title, false)), area);
}

fn discussion(frame: &mut Frame, app: &App, state: &FacilitateState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let plan = &crate::session::translation::localized(&state.live.plan);
    let Some(segment) = plan.segments.get(state.live.agenda.segment) else {
        return;
    };
    let title = format!(" {} · {} ", segment.title, timer_text(state, app.now));
    let over = state.live.agenda.remaining(plan, app.now) < 0;
    let block = panel(
        t,
        s,
        truncate(&title, area.width.saturating_sub(4) as usize, s.ellipsis),
        matches!(state.assess.mode, Mode::Indicator),
    );
    let block = if over {
        block.border_style(t.missing)
    } else {
        block
    };
    let inner = block.inner(area);
    let width = inner.width as usize;
    // The indicator and votes come first in importance; prompts fill what is left,
    // whole prompts only, with a note of how many did not fit.
    let mut below = Vec::new();
    if segment.kind == crate::session::SegmentKind::Close {
        close_steps(&mut below, app, state, width);
    }
    let note = match state.live.indicator.as_deref() {
        None if state.covered.is_empty() && segment.kind == crate::session::SegmentKind::Close => {
            None
        }
        None if state.covered.is_empty() => Some(crate::t!(
            "session-note-no-indicators",
            key = app.key_name(Ctx::Facilitate, Action::NextSegment)
        )),
        None => Some(crate::t!("session-note-first-indicator")),
        Some(_) => {
            indicator_block(&mut below, app, state, width);
            None
        }
    };
    if let Some(note) = note {
        below.extend(
            wrap(&note, width)
                .into_iter()
                .map(|l| Line::styled(l, t.muted)),
        );
    }
    let room = (inner.height as usize).saturating_sub(below.len() + 1);
    let prompts: Vec<Vec<String>> = segment
        .prompts
        .iter()
        .map(|p| wrap(&clean(p), width.saturating_sub(2)))
        .collect();
    let mut lines = Vec::new();
    let first = state.prompt_scroll.min(prompts.len().saturating_sub(1));
    if first > 0 {
        lines.push(Line::styled(
            crate::t!("session-prompts-earlier", count = first),
            t.muted,
        ));
    }
    let mut shown = first;
    for prompt in &prompts[first.min(prompts.len())..] {
        let reserve = if shown + 1 < prompts.len() { 1 } else { 0 };
        // A prompt scrolled to is shown even when it pushes the indicator down
        // (PgDn reaches the rest).
        let asked = first > 0 && shown == first;
        if lines.len() + prompt.len() + reserve > room && !asked {
            break;
        }
        for (k, l) in prompt.iter().enumerate() {
            let head = if k == 0 {
                format!("{} ", s.dot)
            } else {
                "  ".to_string()
            };
            lines.push(Line::styled(format!("{head}{l}"), t.base));
        }
        shown += 1;
    }
    if shown < prompts.len() {
        let hidden = prompts.len() - shown;
        lines.push(Line::styled(
            crate::t!("session-prompts-more", count = hidden),
            t.muted,
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(below);
    // Long comments are read in full by scrolling the panel (PgDn/PgUp).
    let height = inner.height as usize;
    let most = lines.len().saturating_sub(height);
    let scroll = (state.panel_scroll as usize).min(most);
    let block = if scroll < most {
        block.title_bottom(
            Line::styled(format!(" {} ", crate::t!("session-page-down")), t.key).right_aligned(),
        )
    } else if scroll > 0 {
        block.title_bottom(
            Line::styled(format!(" {} ", crate::t!("session-page-up")), t.key).right_aligned(),
        )
    } else {
        block
    };
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll as u16, 0)),
        area,
    );
}

fn indicator_block<'a>(
    lines: &mut Vec<Line<'a>>,
    app: &'a App,
    state: &'a FacilitateState,
    width: usize,
) {
    let (t, s) = (&app.theme, &app.symbols);
    let a: &AssessState = &state.assess;
    let rubric = &crate::rubric::shown(&a.assessment.rubric);
    let Some((standard, ind)) = rubric.indicators().nth(a.cursor) else {
        return;
    };
    let position = state
        .covered
        .iter()
        .position(|i| *i == a.cursor)
        .map_or(String::new(), |p| {
            let at = crate::t!("session-position", at = p + 1, total = state.covered.len());
            format!(" · {at}")
        });
    let current = a.assessment.entries.get(a.cursor).and_then(|e| e.choice);
    lines.push(Line::from(vec![
        Span::styled(format!("{} ", ind.id), t.key),
        Span::styled(
            {
                let room = width.saturating_sub(ind.id.len() + 1);
                let title = standard.label(room.saturating_sub(position.chars().count()));
                truncate(&format!("{title}{position}"), room, s.ellipsis)
            },
            t.base,
        ),
    ]));
    for l in wrap(&clean(&ind.text), width) {
        lines.push(Line::styled(l, t.title));
    }
    lines.push(Line::from(vec![
        Span::styled(format!("{} ", crate::t!("session-recorded-label")), t.key),
        Span::styled(
            rubric.choice_label(current).to_string(),
            style_if(current.is_some(), t.full, t.missing),
        ),
        Span::styled(
            format!(
                "   {}",
                crate::t!("session-round", round = state.live.round())
            ),
            t.muted,
        ),
    ]));
    // Who has voted, never what, until the reveal. With many people in the room the
    // useful part is who is still to vote.
    let voters = &state.round.voters;
    let waiting: Vec<String> = state
        .participants
        .iter()
        .filter(|name| !voters.contains(*name))
        .filter(|name| !state.pre_rated.contains(name))
        .map(|name| clean(name))
        .collect();
    let mut count = crate::t!(
        "session-votes-count",
        voted = state.round.voted,
        total = state.participants.len()
    );
    if !state.pre_rated.is_empty() {
        let pre = crate::t!("session-pre-rated", count = state.pre_rated.len());
        count.push_str(&format!(" · {pre}"));
    }
    // Everyone in the room by name, ticked once they have voted ("✓Ana ✓Bo ·Cy"):
    // who, never what (`session::ballot::voters`). When the names do not fit, the
    // useful part: who is still to vote.
    let ticked = state
        .participants
        .iter()
        .map(|name| {
            let mark = if voters.contains(name) { s.full } else { s.dot };
            format!("{mark}{}", clean(name))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let everyone = if waiting.is_empty() && state.round.voted < state.participants.len() {
        crate::t!("session-everyone-has-a-vote")
    } else {
        crate::t!("session-everyone-voted")
    };
    let room = width.saturating_sub(count.chars().count() + 3);
    let rest = if state.participants.is_empty() {
        format!(" · {}", crate::t!("session-nobody-joined"))
    } else if waiting.is_empty() && ticked.chars().count() + everyone.chars().count() + 3 <= room {
        format!(" · {ticked} · {everyone}")
    } else if waiting.is_empty() && state.round.voted < state.participants.len() {
        // Pre-ratings stand in for those who have not voted in the room; saying
        // "everyone has voted" beside "Votes 0/3" read as a contradiction.
        format!(" · {} {}", s.full, crate::t!("session-everyone-has-a-vote"))
    } else if waiting.is_empty() {
        format!(" · {} {}", s.full, crate::t!("session-everyone-voted"))
    } else if ticked.chars().count() <= room {
        format!(" · {ticked}")
    } else {
        let names = waiting.join(", ");
        format!(" · {}", crate::t!("session-waiting-for", names = names))
    };
    let rest = truncate(
        &rest,
        width.saturating_sub(count.chars().count()),
        s.ellipsis,
    );
    lines.push(Line::from(vec![
        Span::styled(count, t.key),
        Span::styled(rest, style_if(waiting.is_empty(), t.full, t.base)),
    ]));
    if state.live.revealed() {
        tally_lines(
            lines,
            &app.theme,
            &app.symbols,
            rubric,
            &state.tally(),
            state.live.plan.consensus,
            width,
            true,
        );
        // Comments in full, without names, in level order (`session::ballot`).
        for v in state.round.room().filter(|v| !v.comment.is_empty()) {
            let label = rubric
                .parse_choice(&v.level)
                .map_or("".into(), |c| rubric.choice_label(Some(c)));
            let text = format!("\"{}\" ({label})", clean(&v.comment));
            for (k, l) in wrap(&text, width.saturating_sub(4)).into_iter().enumerate() {
                let head = if k == 0 {
                    format!("  {} ", s.dot)
                } else {
                    "    ".into()
                };
                lines.push(Line::styled(format!("{head}{l}"), t.base));
            }
        }
    } else if state.round.voted > 0 {
        let key = app.key_name(Ctx::Facilitate, Action::Reveal);
        for l in wrap(&crate::t!("session-votes-hidden", key = key), width) {
            lines.push(Line::styled(l, t.muted));
        }
    }
}

/// The Close segment reads back the next steps: the action steps of the indicators
/// this session decided, with owners and due dates.
fn close_steps<'a>(
    lines: &mut Vec<Line<'a>>,
    app: &'a App,
    state: &'a FacilitateState,
    width: usize,
) {
    let (t, s) = (&app.theme, &app.symbols);
    let steps: Vec<_> = state
        .assess
        .assessment
        .actions
        .iter()
        .filter(|x| state.decided.contains(&x.indicator))
        .collect();
    if steps.is_empty() {
        for l in wrap(&crate::t!("session-no-steps"), width) {
            lines.push(Line::styled(l, t.muted));
        }
        return;
    }
    lines.push(Line::styled(crate::t!("session-next-steps"), t.key));
    for x in steps {
        let who = x
            .owner
            .as_deref()
            .map_or_else(|| crate::t!("session-no-owner"), clean);
        let due = x.due.map_or_else(
            || crate::t!("session-no-date"),
            |d| crate::t!("session-due-by", date = d.to_string()),
        );
        let text = format!("{}: {} ({who}, {due})", x.indicator, clean(&x.step));
        for (k, l) in wrap(&text, width.saturating_sub(2)).into_iter().enumerate() {
            let head = if k == 0 {
                format!("{} ", s.dot)
            } else {
                "  ".into()
            };
            lines.push(Line::styled(format!("{head}{l}"), t.base));
        }
    }
}

/// One bar per level, the spread and the suggested consensus.
#[allow(clippy::too_many_arguments)]
pub(in crate::tui::screens) fn tally_lines<'a>(
    lines: &mut Vec<Line<'a>>,
    t: &Theme,
    s: &Symbols,
    rubric: &Rubric,
    tally: &Tally,
    rule: Consensus,
    width: usize,
    for_facilitator: bool,
) {
    let label_width = rubric.label_width();
    let most = tally.largest();
    let bar_width = width.saturating_sub(label_width + 10).min(30);
    let rows = rubric
        .levels
        .iter()
        .map(|l| l.label.as_str())
        .zip(tally.per_level.iter().copied())
        .chain([("N/A", tally.not_applicable)]);
    for (label, count) in rows {
        let share = f64::from(count) / f64::from(most);
        let suggested = tally
            .suggested
            .map(|c| rubric.choice_label(Some(c)) == label)
            .unwrap_or(false);
        let mark = if suggested { s.pointer } else { " " };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{mark}{label:<label_width$} "),
                style_if(suggested, t.key, t.base),
            ),
            Span::styled(
                bar(share, bar_width, s),
                style_if(count > 0, t.partial, t.muted),
            ),
            Span::styled(format!(" {count}"), t.base),
        ]));
    }
    let spread = tally.spread.map_or("—".to_string(), |d| d.to_string());
    let suggested = rubric.choice_label(tally.suggested);
    let rule_text = rule_text(rule, &suggested);
    let hint = match (for_facilitator, tally.suggested.is_some()) {
        (true, true) => format!(" · {}", crate::t!("session-hint-enter")),
        (true, false) => format!(" · {}", crate::t!("session-hint-type")),
        _ => String::new(),
    };
    let spread_line = crate::t!("session-spread-line", spread = spread, rule = rule_text);
    let spread_line = format!(
        "{spread_line}{}",
        crate::tui::screens::wall::pre_note(tally)
    );
    // The hint gives way first (cut with an ellipsis) when the line is too long.
    let room = width.saturating_sub(spread_line.chars().count());
    let hint = truncate(&hint, room, s.ellipsis);
    lines.push(Line::from(vec![
        Span::styled(spread_line, t.base),
        Span::styled(hint, t.muted),
    ]));
}

/// The plan's rule and the level it suggests: `median Emerging`. Says the plan's
/// rule, so the screen and the norms read out agree.
pub(in crate::tui::screens) fn rule_text(rule: Consensus, suggested: &str) -> String {
    match rule {
        Consensus::Median => crate::t!("session-rule-median", level = suggested),
        Consensus::Lowest => crate::t!("session-rule-lowest", level = suggested),
        Consensus::Facilitator => crate::t!("session-rule-room"),
    }
}

/// The wall screen, as the viewer's: the room sees the same thing either way.
fn present(frame: &mut Frame, app: &App, state: &FacilitateState, area: Rect) {
    let wall = crate::tui::screens::wall::Wall {
        live: &state.live,
        assessment: &state.assess.assessment,
        voted: state.round.voted,
        participants: state.participants.len(),
        tally: state.live.revealed().then(|| state.tally()),
        decided: &state.decided,
    };
    crate::tui::screens::wall::draw(frame, app, &wall, area);
}
