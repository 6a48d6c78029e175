//! Drawing the facilitator's screen and the presentation view for the wall.

use super::assess::{AssessState, Mode};
use super::assess_view::{editor, steps};
use super::facilitate::FacilitateState;
use crate::rubric::Rubric;
use crate::session::Consensus;
use crate::session::agenda::clock;
use crate::session::tally::Tally;
use crate::tui::app::App;
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
        Mode::Editor => editor(frame, app, &state.assess, main),
        Mode::Conflict => super::edits_view::conflict(frame, app, &state.assess, main),
        Mode::Actions | Mode::ActionForm => steps(frame, app, &state.assess, main),
        _ => {}
    }
}

/// `12:05 left`, `paused, 3:10 left`, or `over by 1:20`.
fn timer_text(state: &FacilitateState, now: i64) -> String {
    let remaining = state.live.agenda.remaining(&state.live.plan, now);
    let paused = if state.live.agenda.is_paused() {
        "paused · "
    } else {
        ""
    };
    if remaining >= 0 {
        format!("{paused}{} left", clock(remaining))
    } else {
        format!("{paused}over by {}", clock(-remaining))
    }
}

fn agenda(frame: &mut Frame, app: &App, state: &FacilitateState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let plan = &state.live.plan;
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
        let minutes = format!("{}m", seg.minutes);
        let room = width.saturating_sub(minutes.len() + 3);
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
        lines.push(Line::styled(format!("{mark} partly done"), t.muted));
    }
    let left = state.live.agenda.minutes_after(plan);
    lines.push(Line::styled(format!("{left} min after this one"), t.base));
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("Join code: ", t.key),
        Span::styled(state.live.code.clone(), t.title),
    ]));
    let command = format!("touchstone session join {}", state.live.code);
    if command.chars().count() <= width {
        lines.push(Line::styled(command, t.base));
    }
    lines.push(Line::styled(
        crate::words::count(state.participants.len(), "participant", "participants"),
        t.base,
    ));
    let title = truncate(&format!(" {} ", plan.title), width, s.ellipsis);
    frame.render_widget(Paragraph::new(lines).block(panel(t, s, title, false)), area);
}

fn discussion(frame: &mut Frame, app: &App, state: &FacilitateState, area: Rect) {
    let (t, s) = (&app.theme, &app.symbols);
    let plan = &state.live.plan;
    let Some(segment) = plan.segments.get(state.live.agenda.segment) else {
        return;
    };
    let title = format!(" {} · {} ", segment.title, timer_text(state, app.now));
    let over = state.live.agenda.remaining(plan, app.now) < 0;
    let block = panel(
        t,
        s,
        truncate(&title, area.width.saturating_sub(4) as usize, s.ellipsis),
        state.assess.mode == Mode::Indicator,
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
        None if state.covered.is_empty() => {
            Some("No indicators in this segment: > moves to the next one.")
        }
        None => Some("→ brings up the first indicator of this segment."),
        Some(_) => {
            indicator_block(&mut below, app, state, width);
            None
        }
    };
    if let Some(note) = note {
        below.extend(
            wrap(note, width)
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
            format!(
                "({} earlier: ↑ shows {})",
                crate::words::count(first, "prompt", "prompts"),
                if first == 1 { "it" } else { "them" }
            ),
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
            format!(
                "({hidden} more {}: ↓ shows them)",
                if hidden == 1 { "prompt" } else { "prompts" }
            ),
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
        block.title_bottom(Line::styled(" PgDn: more ", t.key).right_aligned())
    } else if scroll > 0 {
        block.title_bottom(Line::styled(" PgUp: back up ", t.key).right_aligned())
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
            format!(" · {} of {}", p + 1, state.covered.len())
        });
    let current = a.assessment.entries.get(a.cursor).and_then(|e| e.choice);
    lines.push(Line::from(vec![
        Span::styled(format!("{} ", ind.id), t.key),
        Span::styled(
            truncate(
                &format!("{}{position}", standard.title),
                width.saturating_sub(ind.id.len() + 1),
                s.ellipsis,
            ),
            t.base,
        ),
    ]));
    for l in wrap(&clean(&ind.text), width) {
        lines.push(Line::styled(l, t.title));
    }
    lines.push(Line::from(vec![
        Span::styled("Recorded: ", t.key),
        Span::styled(
            rubric.choice_label(current).to_string(),
            style_if(current.is_some(), t.full, t.missing),
        ),
        Span::styled(format!("   round {}", state.live.round), t.muted),
    ]));
    // Who has voted, never what, until the reveal. With many people in the room the
    // useful part is who is still to vote.
    let waiting: Vec<String> = state
        .participants
        .iter()
        .filter(|name| !state.votes.iter().any(|v| &v.participant == *name))
        .filter(|name| !state.pre_rated.contains(name))
        .map(|name| clean(name))
        .collect();
    let mut count = format!("Votes {}/{}", state.votes.len(), state.participants.len());
    if !state.pre_rated.is_empty() {
        count.push_str(&format!(" · {} pre-rated", state.pre_rated.len()));
    }
    let rest = if state.participants.is_empty() {
        " · nobody has joined yet".to_string()
    } else if waiting.is_empty() && state.votes.len() < state.participants.len() {
        // Pre-ratings stand in for those who have not voted in the room; saying
        // "everyone has voted" beside "Votes 0/3" read as a contradiction.
        format!(" · {} everyone has a vote (pre-ratings count)", s.full)
    } else if waiting.is_empty() {
        format!(" · {} everyone has voted", s.full)
    } else {
        format!(" · waiting for: {}", waiting.join(", "))
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
    if state.live.revealed {
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
        // Comments in full, without names: the reveal is anonymous.
        for v in state.votes.iter().filter(|v| !v.comment.is_empty()) {
            let label = rubric
                .parse_choice(&v.level)
                .map_or("", |c| rubric.choice_label(Some(c)));
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
    } else if !state.votes.is_empty() {
        lines.push(Line::styled(
            "Votes are hidden. v reveals them to everyone.",
            t.muted,
        ));
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
        lines.push(Line::styled(
            "No action steps were recorded in this session.",
            t.muted,
        ));
        return;
    }
    lines.push(Line::styled("Our next steps", t.key));
    for x in steps {
        let who = x.owner.as_deref().map_or("no owner yet".to_string(), clean);
        let due = x.due.map_or("no date".to_string(), |d| format!("by {d}"));
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
pub(super) fn tally_lines<'a>(
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
    // Says the plan's rule, so the screen and the norms read out agree.
    let rule_text = match rule {
        Consensus::Median => format!("median {suggested}"),
        Consensus::Lowest => format!("lowest vote {suggested}"),
        Consensus::Facilitator => "the room decides".to_string(),
    };
    let hint = match (for_facilitator, tally.suggested.is_some()) {
        (true, true) => " · Enter records it",
        (true, false) => " · type the level agreed",
        _ => "",
    };
    lines.push(Line::from(vec![
        Span::styled(
            format!(
                "Spread {spread} · {rule_text}{}",
                super::wall::pre_note(tally)
            ),
            t.base,
        ),
        Span::styled(hint, t.muted),
    ]));
}

/// The wall screen, as the viewer's: the room sees the same thing either way.
fn present(frame: &mut Frame, app: &App, state: &FacilitateState, area: Rect) {
    let wall = super::wall::Wall {
        live: &state.live,
        assessment: &state.assess.assessment,
        voted: state.votes.len(),
        participants: state.participants.len(),
        tally: state.live.revealed.then(|| state.tally()),
    };
    super::wall::draw(frame, app, &wall, area);
}
