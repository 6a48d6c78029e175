//! The wall screen: what a room reads from the back. The facilitator's presentation
//! view (`p`) and the viewer (`ssh viewer@`, `session watch`) both draw it. Large
//! type where the window allows, the statement and what each level means, the clock
//! and where the agenda is, how many have voted (never who, never what before the
//! reveal), then the votes as large bars. No key hints, no status line.

use crate::assessment::Assessment;
use crate::rubric::Rubric;
use crate::session::Consensus;
use crate::session::agenda::clock;
use crate::session::tally::Tally;
use crate::store::LiveSession;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::widgets::{clean, truncate, wrap};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use tui_big_text::{BigText, PixelSize};

/// What the wall shows, from whoever draws it.
pub struct Wall<'a> {
    pub live: &'a LiveSession,
    pub assessment: &'a Assessment,
    pub voted: usize,
    pub participants: usize,
    /// The tally, only once the votes are revealed.
    pub tally: Option<Tally>,
}

/// How large the large type is, for this window and symbol set.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Big {
    /// Eight rows a character: only `█`, which `--ascii` draws as `#`.
    Full,
    /// Four rows a character, eight columns wide.
    Half,
    /// Four rows a character, four columns wide.
    Quadrant,
    /// Plain text: an `--ascii` window too small for `Full`.
    Plain,
}

impl Big {
    fn rows(self) -> u16 {
        match self {
            Big::Full => 8,
            Big::Half | Big::Quadrant => 4,
            Big::Plain => 1,
        }
    }

    fn cols_per_char(self) -> u16 {
        match self {
            Big::Full | Big::Half => 8,
            Big::Quadrant => 4,
            Big::Plain => 1,
        }
    }

    /// The largest size that fits `chars` characters in `width` on this window.
    fn choose(ascii: bool, width: u16, height: u16, chars: usize) -> Big {
        let fits = |b: Big| (chars as u16).saturating_mul(b.cols_per_char()) <= width;
        let options: &[Big] = if ascii {
            &[Big::Full]
        } else if height >= 50 {
            &[Big::Full, Big::Half, Big::Quadrant]
        } else {
            &[Big::Half, Big::Quadrant]
        };
        let tall_enough = |b: Big| height >= b.rows() * 4;
        options
            .iter()
            .copied()
            .find(|b| fits(*b) && tall_enough(*b))
            .unwrap_or(if ascii { Big::Plain } else { Big::Quadrant })
    }
}

fn big(frame: &mut Frame, text: &str, style: Style, size: Big, area: Rect) {
    let pixel = match size {
        Big::Full => PixelSize::Full,
        Big::Half => PixelSize::HalfHeight,
        Big::Quadrant => PixelSize::Quadrant,
        Big::Plain => {
            let line = Line::styled(
                text.to_string(),
                style.add_modifier(ratatui::style::Modifier::BOLD),
            );
            frame.render_widget(Paragraph::new(line).centered(), area);
            return;
        }
    };
    let widget = BigText::builder()
        .pixel_size(pixel)
        .style(style)
        .lines(vec![Line::raw(text.to_string())])
        .centered()
        .build();
    frame.render_widget(widget, area);
}

/// `12:05`, `12:05 paused`, or `-1:20` when over time.
fn clock_text(live: &LiveSession, now: i64) -> String {
    clock(live.agenda.remaining(&live.plan, now))
}

/// Draws the wall in the room's language, whoever's screen it is on.
pub fn draw(frame: &mut Frame, app: &App, wall: &Wall, area: Rect) {
    crate::i18n::scoped(wall.live.lang, || paint(frame, app, wall, area));
}

fn paint(frame: &mut Frame, app: &App, wall: &Wall, area: Rect) {
    let t = &app.theme;
    frame.render_widget(Block::default().style(t.base), area);
    if area.height < 3 || area.width < 10 {
        return;
    }
    let live = wall.live;
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    header(frame, app, wall, head);
    if live.ended {
        let thanks = crate::t!("session-wall-thanks");
        let size = Big::choose(
            app.symbols.ascii,
            body.width,
            body.height,
            thanks.chars().count(),
        );
        let [gap, words, rest] = Layout::vertical([
            Constraint::Length(body.height.saturating_sub(size.rows() + 3) / 2),
            Constraint::Length(size.rows()),
            Constraint::Min(1),
        ])
        .areas(body);
        let _ = gap;
        big(frame, &thanks, t.title, size, words);
        let lines = vec![
            Line::raw(""),
            Line::styled(crate::t!("session-wall-ended"), t.title).centered(),
            Line::styled(crate::t!("session-wall-kept"), t.base).centered(),
        ];
        frame.render_widget(Paragraph::new(lines), rest);
        return;
    }
    let rubric = &crate::rubric::shown(&wall.assessment.rubric);
    let up = live
        .indicator
        .as_deref()
        .and_then(|id| rubric.indicator_index(id))
        .and_then(|i| rubric.indicators().nth(i).map(|x| (i, x)));
    let Some((index, (standard, ind))) = up else {
        return between(frame, app, wall, body);
    };
    // The code and the clock, side by side, as large as the window allows.
    let clock = clock_text(live, app.now);
    let chars = ind.id.chars().count().max(clock.chars().count());
    let size = Big::choose(app.symbols.ascii, body.width / 2, body.height, chars);
    let [band, rest] =
        Layout::vertical([Constraint::Length(size.rows()), Constraint::Min(1)]).areas(body);
    let [id_area, clock_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(band);
    big(frame, &ind.id.to_uppercase(), t.key, size, id_area);
    let over = live.agenda.remaining(&live.plan, app.now) < 0;
    big(
        frame,
        &clock,
        if over || live.agenda.is_paused() {
            t.missing
        } else {
            t.title
        },
        size,
        clock_area,
    );
    let inner = rest.inner(ratatui::layout::Margin::new(1, 0));
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    if live.agenda.is_paused() {
        lines.push(pause_line(app, width));
    }
    lines.push(Line::styled(clean(&standard.title), t.key));
    let statement = clean(&ind.text);
    let recorded = wall.assessment.entries.get(index).and_then(|e| e.choice);
    // What follows the statement, given the rows it may take (bars are drawn thick
    // when there is room).
    let after = |room: u16| -> Vec<Line<'static>> {
        let mut after: Vec<Line> = vec![Line::raw("")];
        match &wall.tally {
            Some(tally) => bars(
                &mut after,
                app,
                rubric,
                tally,
                live.plan.consensus,
                width,
                room,
            ),
            None => {
                levels(
                    &mut after,
                    app,
                    rubric,
                    ind,
                    width,
                    room.saturating_sub(3) as usize,
                );
                after.push(Line::raw(""));
                let voted = crate::t!(
                    "session-wall-voted",
                    voted = wall.voted,
                    total = wall.participants
                );
                after.push(Line::styled(
                    truncate(&voted, width, app.symbols.ellipsis),
                    t.title,
                ));
            }
        }
        if let Some(choice) = recorded {
            after.push(Line::raw(""));
            after.push(Line::styled(
                crate::t!(
                    "session-wall-recorded",
                    level = rubric.choice_label(Some(choice))
                ),
                t.full,
            ));
            if let Some(next) = next_indicator(wall, index) {
                after.push(Line::styled(
                    truncate(
                        &crate::t!("session-wall-next", indicator = next),
                        width,
                        app.symbols.ellipsis,
                    ),
                    t.base,
                ));
            }
        }
        after
    };
    let plain: Vec<Line> = wrap(&statement, width)
        .into_iter()
        .map(|l| Line::styled(l, t.title))
        .collect();
    let room = inner.height.saturating_sub(lines.len() as u16);
    // The statement is large when what follows still fits in full beside it (after
    // the reveal the bars come first, so they are measured thick).
    let per_line = (inner.width / 4) as usize;
    let big_lines = wrap(&statement, per_line.max(1));
    let big_rows = big_lines.len() as u16 * 4;
    let needed = after(room.saturating_sub(plain.len() as u16)).len() as u16;
    let statement_big = !app.symbols.ascii && per_line >= 12 && big_rows + needed <= room;
    let after = if statement_big {
        after(room.saturating_sub(big_rows))
    } else {
        lines.extend(plain);
        after(inner.height.saturating_sub(lines.len() as u16))
    };
    // Draw the text, then the large statement in the rows left for it.
    let head_len = lines.len() as u16;
    let mut all = lines;
    if statement_big {
        all.extend((0..big_rows).map(|_| Line::raw("")));
    }
    all.extend(after);
    frame.render_widget(Paragraph::new(all).style(t.base), inner);
    if statement_big {
        let area = Rect::new(
            inner.x,
            inner.y + head_len,
            inner.width,
            big_rows.min(inner.height.saturating_sub(head_len)),
        );
        let widget = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(t.title)
            .lines(big_lines.into_iter().map(Line::raw).collect::<Vec<_>>())
            .build();
        frame.render_widget(widget, area);
    }
}

/// One line across the top: where the agenda is, and how to join.
fn header(frame: &mut Frame, app: &App, wall: &Wall, area: Rect) {
    let t = &app.theme;
    let live = wall.live;
    let n = live.plan.segments.len();
    let i = live.agenda.segment;
    let plan = crate::session::translation::localized(&live.plan);
    let segment = plan.segments.get(i).map_or("", |s| s.title.as_str());
    let left = crate::t!(
        "session-wall-segment",
        school = clean(&wall.assessment.meta.school),
        at = i + 1,
        total = n,
        segment = segment
    );
    let extended = match live.agenda.extra / 60 {
        0 => String::new(),
        m if m > 0 => format!("+{m} min · "),
        m => format!("{m} min · "),
    };
    let join = crate::t!("session-wall-join-code", code = &live.code);
    let right = if live.ended {
        String::new()
    } else if live.agenda.is_paused() {
        format!("{} · {extended}{join}", crate::t!("session-wall-paused"))
    } else {
        format!("{extended}{join}")
    };
    let room = (area.width as usize).saturating_sub(right.chars().count() + 2);
    let left = truncate(&left, room, app.symbols.ellipsis);
    let pad = (area.width as usize).saturating_sub(left.chars().count() + right.chars().count());
    let line = Line::from(vec![
        Span::styled(left, t.key),
        Span::raw(" ".repeat(pad)),
        Span::styled(
            right,
            if live.agenda.is_paused() {
                t.missing
            } else {
                t.title
            },
        ),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

fn pause_line(app: &App, width: usize) -> Line<'static> {
    let text = crate::t!("session-wall-clock-paused");
    let pad = width.saturating_sub(text.chars().count()) / 2;
    Line::styled(
        format!("{}{text}", " ".repeat(pad)),
        app.theme
            .missing
            .add_modifier(ratatui::style::Modifier::REVERSED),
    )
}

/// Each level with what it means for this indicator, descriptors wrapped in full when
/// there is room, else one line each.
fn levels<'a>(
    lines: &mut Vec<Line<'a>>,
    app: &App,
    rubric: &Rubric,
    ind: &crate::rubric::Indicator,
    width: usize,
    room: usize,
) {
    let t = &app.theme;
    let label_width = rubric.label_width();
    let indent = label_width + 5;
    let text_width = width.saturating_sub(indent).max(10);
    let descriptor = |i: usize| {
        clean(
            &ind.descriptors
                .get(i)
                .cloned()
                .flatten()
                .unwrap_or_default(),
        )
    };
    let full: usize = (0..rubric.levels.len())
        .map(|i| wrap(&descriptor(i), text_width).len().max(1))
        .sum();
    let in_full = full <= room;
    for (i, level) in rubric.levels.iter().enumerate() {
        let head = format!("{} {:<label_width$}   ", i + 1, level.label);
        let text = descriptor(i);
        let wrapped = if in_full {
            wrap(&text, text_width)
        } else {
            vec![truncate(&text, text_width, app.symbols.ellipsis)]
        };
        for (k, l) in wrapped.into_iter().enumerate() {
            let lead = if k == 0 {
                head.clone()
            } else {
                " ".repeat(indent)
            };
            lines.push(Line::from(vec![
                Span::styled(lead, t.key),
                Span::styled(l, t.base),
            ]));
        }
    }
}

/// The revealed votes: a thick bar per level, the spread and the suggestion.
fn bars<'a>(
    lines: &mut Vec<Line<'a>>,
    app: &App,
    rubric: &Rubric,
    tally: &Tally,
    rule: Consensus,
    width: usize,
    room: u16,
) {
    let (t, s) = (&app.theme, &app.symbols);
    let label_width = rubric.label_width();
    let most = tally.largest();
    let rows = rubric.levels.len() + 1;
    // Two rows a bar when there is room for them and the summary.
    let thick = (rows * 3 + 4) as u16 <= room;
    let bar_width = width.saturating_sub(label_width + 10);
    let entries = rubric
        .levels
        .iter()
        .map(|l| l.label.as_str())
        .zip(tally.per_level.iter().copied())
        .chain([("N/A", tally.not_applicable)]);
    for (label, count) in entries {
        let filled = (count as usize * bar_width).div_ceil(most as usize);
        let chosen = tally
            .suggested
            .is_some_and(|c| rubric.choice_label(Some(c)) == label);
        let mark = if chosen { s.pointer } else { " " };
        let bar = s.bar_full.repeat(filled);
        let style = if count > 0 { t.partial } else { t.muted };
        let line = |first: bool| {
            Line::from(vec![
                Span::styled(
                    if first {
                        format!("{mark} {label:<label_width$} ")
                    } else {
                        " ".repeat(label_width + 3)
                    },
                    if chosen { t.key } else { t.title },
                ),
                Span::styled(bar.clone(), style),
                Span::styled(
                    if first {
                        format!(" {count}")
                    } else {
                        String::new()
                    },
                    t.title,
                ),
            ])
        };
        lines.push(line(true));
        if thick {
            lines.push(line(false));
            lines.push(Line::raw(""));
        }
    }
    let spread = tally.spread.map_or("—".to_string(), |d| {
        crate::t!("session-wall-levels", count = d)
    });
    let suggested = rubric.choice_label(tally.suggested);
    let rule_text = super::facilitate_view::rule_text(rule, &suggested);
    lines.push(Line::styled(
        crate::t!(
            "session-wall-tally",
            votes = tally.votes,
            pre = pre_note(tally),
            spread = spread,
            rule = rule_text
        ),
        t.title,
    ));
}

/// The indicator after `index` in the current segment, as `ID statement`.
fn next_indicator(wall: &Wall, index: usize) -> Option<String> {
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

/// Between indicators: the clock, the segment, what comes next, and how to join.
fn between(frame: &mut Frame, app: &App, wall: &Wall, body: Rect) {
    let t: &Theme = &app.theme;
    let live = wall.live;
    let clock = clock_text(live, app.now);
    let size = Big::choose(
        app.symbols.ascii,
        body.width,
        body.height,
        clock.chars().count(),
    );
    let [band, rest] =
        Layout::vertical([Constraint::Length(size.rows()), Constraint::Min(1)]).areas(body);
    let over = live.agenda.remaining(&live.plan, app.now) < 0;
    big(
        frame,
        &clock,
        if over || live.agenda.is_paused() {
            t.missing
        } else {
            t.title
        },
        size,
        band,
    );
    let inner = rest.inner(ratatui::layout::Margin::new(1, 1));
    let width = inner.width as usize;
    let mut lines = Vec::new();
    if live.agenda.is_paused() {
        lines.push(pause_line(app, width));
        lines.push(Line::raw(""));
    }
    let i = live.agenda.segment;
    let plan = crate::session::translation::localized(&live.plan);
    if let Some(seg) = plan.segments.get(i) {
        lines.push(Line::styled(crate::t!("session-now", title = &seg.title), t.title).centered());
        let rubric = &crate::rubric::shown(&wall.assessment.rubric);
        let list = live.covers(seg, rubric);
        if let Some(first) = list.first().and_then(|f| rubric.indicators().nth(*f)) {
            lines.push(
                Line::styled(
                    crate::t!(
                        "session-wall-coming-up",
                        count = list.len(),
                        first = &first.1.id
                    ),
                    t.base,
                )
                .centered(),
            );
        }
    }
    if let Some(next) = plan.segments.get(i + 1) {
        lines.push(Line::raw(""));
        lines.push(
            Line::styled(
                crate::t!(
                    "session-wall-next-segment",
                    title = &next.title,
                    minutes = next.minutes
                ),
                t.base,
            )
            .centered(),
        );
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(crate::t!("session-wall-join", code = &live.code), t.key).centered());
    lines.push(
        Line::styled(
            crate::t!("session-wall-so-far", count = wall.participants),
            t.base,
        )
        .centered(),
    );
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            if text.chars().count() > width {
                let style = l.spans.first().map_or(t.base, |s| s.style);
                Line::styled(truncate(&text, width, app.symbols.ellipsis), style)
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// ` (2 pre-ratings)` when the tally counts some, else nothing.
pub(super) fn pre_note(tally: &crate::session::tally::Tally) -> String {
    if tally.pre == 0 {
        String::new()
    } else {
        format!(
            " {}",
            crate::t!("session-pre-ratings-note", count = tally.pre)
        )
    }
}
