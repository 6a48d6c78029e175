//! The wall screen: what a room reads from the back. The facilitator's presentation
//! view (`p`) and the viewer (`ssh viewer@`, `session watch`) both draw it. Large
//! type where the window allows, the statement and what each level means, the clock
//! and where the agenda is, how many have voted (never who, never what before the
//! reveal), then the votes as large bars. No key hints, no status line.

use crate::assessment::Assessment;
use crate::session::agenda::clock;
use crate::session::tally::Tally;
use crate::store::LiveSession;
use crate::tui::app::App;
use crate::tui::widgets::{clean, truncate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

mod between;
mod detail;
mod layout;
mod size;

use between::{between, next_indicator};
use detail::Detail;
use layout::{Piece, lay_out, total};
use size::{Big, big};

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

/// `12:05`, `12:05 paused`, or `-1:20` when over time.
pub(super) fn clock_text(live: &LiveSession, now: i64) -> String {
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

pub(super) fn pause_line(app: &App, width: usize) -> Line<'static> {
    let text = crate::t!("session-wall-clock-paused");
    let pad = width.saturating_sub(text.chars().count()) / 2;
    Line::styled(
        format!("{}{text}", " ".repeat(pad)),
        app.theme
            .missing
            .add_modifier(ratatui::style::Modifier::REVERSED),
    )
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
