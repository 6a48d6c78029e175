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
    /// The indicators this session has decided (the Close segment reads back their
    /// action steps, as the coach's screen does).
    pub decided: &'a [String],
}

/// How large the large type is, for this window and symbol set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Big {
    /// Eight rows a character: only `█`, which `--ascii` draws as `#`.
    Full,
    /// Four rows a character, eight columns wide.
    Half,
    /// Four rows a character, four columns wide.
    Quadrant,
    /// Plain text.
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

    /// The sizes this symbol set can draw, largest first, plain text last: `--ascii`
    /// has only `#` blocks (`Full`).
    fn sizes(ascii: bool) -> &'static [Big] {
        if ascii {
            &[Big::Full, Big::Plain]
        } else {
            &[Big::Full, Big::Half, Big::Quadrant, Big::Plain]
        }
    }

    /// The largest size that fits `chars` characters in `width` on this window.
    fn choose(ascii: bool, width: u16, height: u16, chars: usize) -> Big {
        let fits = |b: Big| (chars as u16).saturating_mul(b.cols_per_char()) <= width;
        let tall_enough = |b: Big| height >= b.rows() * 4;
        Big::sizes(ascii)
            .iter()
            .copied()
            .find(|b| *b == Big::Plain || (fits(*b) && tall_enough(*b)))
            .unwrap_or(Big::Plain)
    }

    /// `text` wrapped for this size across `width` columns, if it reads there: large
    /// type needs at least a dozen characters a line (and never splits a word).
    fn wrap(self, text: &str, width: u16) -> Option<Vec<String>> {
        let per_line = (width / self.cols_per_char()) as usize;
        if self != Big::Plain && per_line < 12 {
            return None;
        }
        let lines = wrap(text, per_line.max(1));
        let split_word = text
            .split_whitespace()
            .any(|w| w.chars().count() > per_line);
        (self == Big::Plain || !split_word).then_some(lines)
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

/// One part of the wall, top to bottom; the rows left over are shared out between
/// the parts, so the whole window is used.
#[derive(Clone)]
enum Piece {
    /// The indicator's code and the clock side by side (or the clock alone).
    Band {
        left: Option<(String, Style)>,
        right: (String, Style),
        size: Big,
    },
    /// Lines of normal text.
    Text(Vec<Line<'static>>),
    /// Lines in large type, left-aligned (or centered).
    Large {
        lines: Vec<String>,
        size: Big,
        style: Style,
        centered: bool,
    },
}

impl Piece {
    fn rows(&self) -> u16 {
        match self {
            Piece::Band { size, .. } => size.rows(),
            Piece::Text(lines) => lines.len() as u16,
            Piece::Large { lines, size, .. } => lines.len() as u16 * size.rows(),
        }
    }

    /// `text` in large type at `size`, or as wrapped plain lines; `None` if it does
    /// not read at this size in `width`.
    fn sized(text: &str, size: Big, style: Style, width: u16, centered: bool) -> Option<Piece> {
        let lines = size.wrap(text, width)?;
        Some(if size == Big::Plain {
            Piece::Text(
                lines
                    .into_iter()
                    .map(|l| {
                        let line = Line::styled(l, style);
                        if centered { line.centered() } else { line }
                    })
                    .collect(),
            )
        } else {
            Piece::Large {
                lines,
                size,
                style,
                centered,
            }
        })
    }
}

fn total(pieces: &[Piece]) -> u16 {
    pieces.iter().map(Piece::rows).sum()
}

/// Draws `pieces` down `area`, the spare rows shared out evenly between them (none
/// above the first); what does not fit is cut at the bottom.
fn lay_out(frame: &mut Frame, pieces: Vec<Piece>, area: Rect) {
    let used = total(&pieces);
    let gaps = pieces.len().saturating_sub(1) as u16;
    let spare = area.height.saturating_sub(used);
    let (each, extra) = spare
        .checked_div(gaps)
        .map_or((0, 0), |each| (each, spare % gaps));
    let mut y = area.y;
    let bottom = area.y + area.height;
    for (i, piece) in pieces.into_iter().enumerate() {
        if y >= bottom {
            break;
        }
        let rows = piece.rows().min(bottom - y);
        let at = Rect::new(area.x, y, area.width, rows);
        match piece {
            Piece::Band { left, right, size } => {
                let (text, style) = right;
                match left {
                    Some((id, id_style)) => {
                        let [a, b] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
                            .areas(at);
                        big(frame, &id, id_style, size, a);
                        big(frame, &text, style, size, b);
                    }
                    None => big(frame, &text, style, size, at),
                }
            }
            Piece::Text(lines) => frame.render_widget(Paragraph::new(lines), at),
            Piece::Large {
                lines,
                size,
                style,
                centered,
            } => {
                let pixel = match size {
                    Big::Full => PixelSize::Full,
                    Big::Half => PixelSize::HalfHeight,
                    _ => PixelSize::Quadrant,
                };
                let mut builder = BigText::builder();
                builder
                    .pixel_size(pixel)
                    .style(style)
                    .lines(lines.into_iter().map(Line::raw).collect::<Vec<_>>());
                if centered {
                    builder.centered();
                }
                let widget = builder.build();
                frame.render_widget(widget, at);
            }
        }
        y = y.saturating_add(rows);
        if (i as u16) < gaps {
            y = y.saturating_add(each + u16::from((i as u16) < extra));
        }
    }
}

/// `12:05`, `12:05 paused`, or `-1:20` when over time.
fn clock_text(live: &LiveSession, now: i64) -> String {
    clock(live.agenda.remaining(&live.plan, now))
}

/// How the room joins, for the wall's hint: over `touchstone serve` the SSH command
/// (at the address this screen's own connection came in on), else the local command.
pub fn join_hint(app: &App, code: &str) -> String {
    match app.served_at {
        Some(addr) => {
            let port = if addr.port() == 22 {
                String::new()
            } else {
                format!("-p {} ", addr.port())
            };
            let command = format!(
                "ssh {port}{code}.{}@{}",
                crate::t!("session-wall-your-name"),
                addr.ip().to_canonical()
            );
            crate::t!("session-wall-join-ssh", command = command)
        }
        None => crate::t!("session-wall-join", code = code),
    }
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
    if live.ended() {
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
    let inner = body.inner(ratatui::layout::Margin::new(1, 0));
    let width = inner.width as usize;
    let clock = clock_text(live, app.now);
    let clock_style = if live.agenda.remaining(&live.plan, app.now) < 0 || live.agenda.is_paused() {
        t.missing
    } else {
        t.title
    };
    let code = ind.id.to_uppercase();
    let chars = code.chars().count().max(clock.chars().count());
    let ascii = app.symbols.ascii;
    // The band sizes that fit across half the window, largest first.
    let bands: Vec<Big> = Big::sizes(ascii)
        .iter()
        .copied()
        .filter(|b| *b == Big::Plain || (chars as u16) * b.cols_per_char() <= body.width / 2)
        .collect();
    let band = |size: Big| Piece::Band {
        left: Some((code.clone(), t.key)),
        right: (clock.clone(), clock_style),
        size,
    };
    // What comes before the statement and after it, at normal size.
    let mut before: Vec<Line<'static>> = Vec::new();
    if live.agenda.is_paused() {
        before.push(pause_line(app, width));
    }
    before.push(Line::styled(
        truncate(&clean(&standard.title), width, app.symbols.ellipsis),
        t.key,
    ));
    let statement = clean(&ind.text);
    let mut closing: Vec<Line<'static>> = Vec::new();
    if wall.tally.is_none() {
        let voted = crate::t!(
            "session-wall-voted",
            voted = wall.voted,
            total = wall.participants
        );
        closing.push(Line::styled(
            truncate(&voted, width, app.symbols.ellipsis),
            t.title,
        ));
    }
    if let Some(choice) = wall.assessment.entries.get(index).and_then(|e| e.choice) {
        closing.push(Line::styled(
            truncate(
                &crate::t!(
                    "session-wall-recorded",
                    level = rubric.choice_label(Some(choice))
                ),
                width,
                app.symbols.ellipsis,
            ),
            t.full,
        ));
        if let Some(next) = next_indicator(wall, index) {
            closing.push(Line::styled(
                truncate(
                    &crate::t!("session-wall-next", indicator = next),
                    width,
                    app.symbols.ellipsis,
                ),
                t.base,
            ));
        }
    }
    // The largest layout that fits, trying first what the room reads: the levels
    // (or after the reveal, the bars), then the statement, then the clock.
    let details: Vec<Detail> = match &wall.tally {
        Some(_) => vec![Detail::Bars(3), Detail::Bars(2), Detail::Bars(1)],
        None if ascii => vec![
            Detail::Levels(Big::Full),
            Detail::Levels(Big::Plain),
            Detail::Short,
        ],
        None => vec![
            Detail::Levels(Big::Half),
            Detail::Levels(Big::Quadrant),
            Detail::Levels(Big::Plain),
            Detail::Short,
        ],
    };
    let mut chosen: Option<Vec<Piece>> = None;
    // Levels in large type come first, even if the clock then shrinks to a line;
    // otherwise the clock stays large where anything can be, and only a window too
    // small for that draws it as text.
    let large_bands: Vec<Big> = bands.iter().copied().filter(|b| *b != Big::Plain).collect();
    let large_levels = |d: &&Detail| matches!(d, Detail::Levels(l) if *l != Big::Plain);
    let tries: Vec<(&[Big], &Detail)> = details
        .iter()
        .filter(large_levels)
        .map(|d| (&bands[..], d))
        .chain(details.iter().map(|d| (&large_bands[..], d)))
        .chain(details.iter().map(|d| (&[Big::Plain][..], d)))
        .collect();
    'search: for (pass, detail) in tries {
        for &size in Big::sizes(ascii) {
            // The statement is never smaller than the levels under it.
            if let Detail::Levels(l) = detail
                && l.rows() > size.rows()
            {
                continue;
            }
            let Some(stated) = Piece::sized(&statement, size, t.title, inner.width, false) else {
                continue;
            };
            let Some(below) = detail.pieces(app, wall, rubric, ind, inner.width) else {
                continue;
            };
            for &b in pass.iter() {
                let mut pieces = vec![band(b), Piece::Text(before.clone()), stated.clone()];
                pieces.extend(below.iter().cloned());
                if !closing.is_empty() {
                    pieces.push(Piece::Text(closing.clone()));
                }
                if total(&pieces) <= inner.height {
                    chosen = Some(pieces);
                    break 'search;
                }
            }
        }
    }
    // Nothing fits in full: the smallest, cut at the bottom.
    let pieces = chosen.unwrap_or_else(|| {
        let mut pieces = vec![band(Big::Plain), Piece::Text(before.clone())];
        if let Some(stated) = Piece::sized(&statement, Big::Plain, t.title, inner.width, false) {
            pieces.push(stated);
        }
        let last = details.last().copied().unwrap_or(Detail::Short);
        if let Some(below) = last.pieces(app, wall, rubric, ind, inner.width) {
            pieces.extend(below);
        }
        pieces.push(Piece::Text(closing.clone()));
        pieces
    });
    lay_out(frame, pieces, inner);
}

/// What is shown under the statement, at one size.
#[derive(Clone, Copy, Debug)]
enum Detail {
    /// Every level with its descriptor, at this size (plain: wrapped in full).
    Levels(Big),
    /// One line a level, cut to the width.
    Short,
    /// The revealed bars, this many rows a level.
    Bars(u16),
}

impl Detail {
    fn pieces(
        self,
        app: &App,
        wall: &Wall,
        rubric: &Rubric,
        ind: &crate::rubric::Indicator,
        width: u16,
    ) -> Option<Vec<Piece>> {
        let t = &app.theme;
        let descriptor = |i: usize| {
            clean(
                &ind.descriptors
                    .get(i)
                    .cloned()
                    .flatten()
                    .unwrap_or_default(),
            )
        };
        let mut out = Vec::new();
        match self {
            Detail::Levels(size) if size != Big::Plain => {
                for (i, level) in rubric.levels.iter().enumerate() {
                    let text = format!("{} {}: {}", i + 1, level.label, descriptor(i));
                    let lines = size.wrap(&text, width)?;
                    out.push(Piece::Large {
                        lines,
                        size,
                        style: t.base,
                        centered: false,
                    });
                }
            }
            Detail::Levels(_) | Detail::Short => {
                let mut lines = Vec::new();
                levels(
                    &mut lines,
                    app,
                    rubric,
                    ind,
                    width as usize,
                    matches!(self, Detail::Levels(_)),
                );
                // A level's lines stay together; the spare rows go between levels.
                let mut level: Vec<Line<'static>> = Vec::new();
                for line in lines {
                    let starts = line
                        .spans
                        .first()
                        .is_some_and(|s| s.content.starts_with(|c: char| c.is_ascii_digit()));
                    if starts && !level.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut level)));
                    }
                    level.push(line);
                }
                if !level.is_empty() {
                    out.push(Piece::Text(level));
                }
            }
            Detail::Bars(rows) => {
                let tally = wall.tally.as_ref()?;
                let mut lines = Vec::new();
                bars(
                    &mut lines,
                    app,
                    rubric,
                    tally,
                    wall.live.plan.consensus,
                    width as usize,
                    rows,
                );
                out.push(Piece::Text(lines));
            }
        }
        Some(out)
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
    let right = if live.ended() {
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

/// Each level with what it means for this indicator, descriptors wrapped in full
/// (`in_full`), else one line each.
fn levels<'a>(
    lines: &mut Vec<Line<'a>>,
    app: &App,
    rubric: &Rubric,
    ind: &crate::rubric::Indicator,
    width: usize,
    in_full: bool,
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

/// The revealed votes: a bar per level (`rows` rows each, at most 3), the spread and
/// the suggestion.
fn bars<'a>(
    lines: &mut Vec<Line<'a>>,
    app: &App,
    rubric: &Rubric,
    tally: &Tally,
    rule: Consensus,
    width: usize,
    rows: u16,
) {
    let (t, s) = (&app.theme, &app.symbols);
    let label_width = rubric.label_width();
    let most = tally.largest();
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
        // Thick bars where the window has the rows: two a bar, then a blank one.
        if rows >= 2 {
            lines.push(line(false));
        }
        if rows >= 3 {
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

/// Between indicators: the clock, the segment in large type, what comes next (in the
/// Close segment, the next steps this session recorded) and how to join, spread down
/// the whole window.
fn between(frame: &mut Frame, app: &App, wall: &Wall, body: Rect) {
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
