//! The wall between indicators: the clock, the segment in large type, what comes next and how to join; in the Close segment, the next steps.

use super::layout::{Piece, lay_out, total};
use super::size::Big;
use super::{Wall, clock_text, join_hint, pause_line};
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::widgets::{clean, truncate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

/// The indicator after `index` in the current segment, as `ID statement`.
pub(super) fn next_indicator(wall: &Wall, index: usize) -> Option<String> {
    let live = wall.live;
    let rubric = &crate::rubric::shown(&wall.assessment.rubric);
    let seg = live.plan.segments.get(live.agenda.segment)?;
    let list = live.covers(seg, rubric);
    let at = list.iter().position(|i| *i == index)?;
    let next = *list.get(at + 1)?;
    rubric
        .indicators()
        .nth(next)
        .map(|(_, ind)| format!("{} {}", ind.id, clean(&ind.text)))
}

/// Between indicators: the clock, the segment in large type, what comes next (in the
/// Close segment, the next steps this session recorded) and how to join, spread down
/// the whole window.
pub(super) fn between(frame: &mut Frame, app: &App, wall: &Wall, body: Rect) {
    let t: &Theme = &app.theme;
    let live = wall.live;
    let ascii = app.symbols.ascii;
    let inner = body.inner(ratatui::layout::Margin::new(1, 0));
    let width = inner.width as usize;
    let clock = clock_text(live, app.now);
    let over = live.agenda.remaining(&live.plan, app.now) < 0;
    let clock_style = if over || live.agenda.is_paused() {
        t.missing
    } else {
        t.title
    };
    let centered = |text: String, style: Style| {
        Line::styled(truncate(&text, width, app.symbols.ellipsis), style).centered()
    };
    let i = live.agenda.segment;
    let plan = crate::session::translation::localized(&live.plan);
    let segment = plan.segments.get(i);
    let title = segment.map(|seg| crate::t!("session-now", title = &seg.title));
    let mut pause = Vec::new();
    if live.agenda.is_paused() {
        pause.push(pause_line(app, width));
    }
    let mut coming = Vec::new();
    let mut steps = Vec::new();
    if let Some(seg) = segment {
        let rubric = &crate::rubric::shown(&wall.assessment.rubric);
        let list = live.covers(seg, rubric);
        if let Some(first) = list.first().and_then(|f| rubric.indicators().nth(*f)) {
            coming.push(centered(
                crate::t!(
                    "session-wall-coming-up",
                    count = list.len(),
                    first = &first.1.id
                ),
                t.base,
            ));
        }
        if seg.kind == crate::session::SegmentKind::Close {
            next_steps(&mut steps, app, wall, width);
        }
    }
    let mut after = Vec::new();
    if let Some(next) = plan.segments.get(i + 1) {
        after.push(centered(
            crate::t!(
                "session-wall-next-segment",
                title = &next.title,
                minutes = next.minutes
            ),
            t.base,
        ));
    }
    let join = [
        centered(join_hint(app, &live.code), t.key),
        centered(
            crate::t!("session-wall-so-far", count = wall.participants),
            t.base,
        ),
    ];
    let build = |clock_size: Big, title_size: Big, steps: &[Line<'static>]| {
        let mut pieces = vec![Piece::Band {
            left: None,
            right: (clock.clone(), clock_style),
            size: clock_size,
        }];
        if !pause.is_empty() {
            pieces.push(Piece::Text(pause.clone()));
        }
        if let Some(title) = &title {
            pieces.push(Piece::sized(title, title_size, t.title, inner.width, true)?);
        }
        for part in [&coming[..], steps, &after[..], &join[..]] {
            if !part.is_empty() {
                pieces.push(Piece::Text(part.to_vec()));
            }
        }
        Some(pieces)
    };
    let clocks: Vec<Big> = Big::sizes(ascii)
        .iter()
        .copied()
        .filter(|b| {
            *b == Big::Plain || clock.chars().count() as u16 * b.cols_per_char() <= inner.width
        })
        .collect();
    let mut chosen = None;
    'search: for &title_size in Big::sizes(ascii) {
        for &clock_size in &clocks {
            if let Some(pieces) = build(clock_size, title_size, &steps)
                && total(&pieces) <= inner.height
            {
                chosen = Some(pieces);
                break 'search;
            }
        }
    }
    // Too many steps for the window: as many as fit, and how many more there are.
    let pieces = chosen.unwrap_or_else(|| {
        let smallest = |k: usize| {
            let mut fewer = steps[..k].to_vec();
            if k < steps.len() {
                let more = steps.len() - k;
                fewer.push(centered(
                    crate::t!("session-wall-more-steps", count = more),
                    t.muted,
                ));
            }
            build(Big::Plain, Big::Plain, &fewer).unwrap_or_default()
        };
        (1..=steps.len())
            .rev()
            .map(smallest)
            .find(|pieces| total(pieces) <= inner.height)
            .unwrap_or_else(|| smallest(steps.len().min(1)))
    });
    lay_out(frame, pieces, inner);
}

/// The Close segment reads back the next steps, as the coach's screen does: the
/// action steps of the indicators this session decided, with owners and due dates.
fn next_steps(lines: &mut Vec<Line<'static>>, app: &App, wall: &Wall, width: usize) {
    let (t, s) = (&app.theme, &app.symbols);
    let steps: Vec<_> = wall
        .assessment
        .actions
        .iter()
        .filter(|x| wall.decided.contains(&x.indicator))
        .collect();
    if steps.is_empty() {
        lines.push(
            Line::styled(
                truncate(&crate::t!("session-no-steps"), width, s.ellipsis),
                t.muted,
            )
            .centered(),
        );
        return;
    }
    lines.push(Line::styled(crate::t!("session-next-steps"), t.key).centered());
    for x in steps {
        let who = x
            .owner
            .as_deref()
            .map_or_else(|| crate::t!("session-no-owner"), clean);
        let due = x.due.map_or_else(
            || crate::t!("session-no-date"),
            |d| crate::t!("session-due-by", date = d.to_string()),
        );
        let text = format!(
            "{} {}: {} ({who}, {due})",
            s.dot,
            x.indicator,
            clean(&x.step)
        );
        lines.push(Line::styled(truncate(&text, width, s.ellipsis), t.base).centered());
    }
}
