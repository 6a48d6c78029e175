//! The snapshot format of the screen tests (`tui_snapshots`, `session_snapshots`):
//! a frame drawn on ratatui's `TestBackend`, written as the screen's text (one quoted
//! line per row), then the runs of cells whose style is not the screen's most common
//! one, so a change of colour shows up as well as a change of text. Also the key
//! presses both drive the app with.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};
use std::collections::HashMap;
use std::fmt::Write as _;
use touchstone::tui::App;

pub fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Ctrl and `c`.
pub fn ctrl(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

/// Types `chars`, capitals with Shift as a terminal reports them.
pub fn keys(app: &mut App, chars: &str) {
    for c in chars.chars() {
        let mods = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        app.handle_key(KeyEvent::new(KeyCode::Char(c), mods));
    }
}

/// Draws `app` on a `width` x `height` test terminal.
pub fn render(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| touchstone::tui::ui::draw(frame, app))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// The text of `app` drawn at `width` x `height`, row by row, without styles.
pub fn screen_text(app: &App, width: u16, height: u16) -> String {
    cells_text(&render(app, width, height))
}

/// The text of a drawn screen, row by row (each cell's symbol), without styles.
pub fn cells_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

type Look = (Color, Color, Modifier);

fn look(buffer: &Buffer, x: u16, y: u16) -> Look {
    let cell = &buffer[(x, y)];
    (cell.fg, cell.bg, cell.modifier)
}

fn describe((fg, bg, modifier): Look, base: Look) -> String {
    let mut parts = Vec::new();
    if fg != Color::Reset || base.0 != Color::Reset {
        parts.push(format!("fg={fg:?}"));
    }
    if bg != Color::Reset || base.1 != Color::Reset {
        parts.push(format!("bg={bg:?}"));
    }
    parts.extend(modifier.iter_names().map(|(name, _)| format!("+{name}")));
    if parts.is_empty() {
        "plain".to_string()
    } else {
        parts.join(" ")
    }
}

/// The screen as text (one quoted line per row, wide characters once, the temporary
/// database folder neutralised), then every run of cells whose style differs from the
/// most common style on the screen.
pub fn serialize(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut counts: HashMap<Look, usize> = HashMap::new();
    let mut order: Vec<Look> = Vec::new();
    for y in 0..area.height {
        for x in 0..area.width {
            let l = look(buffer, x, y);
            let n = counts.entry(l).or_insert(0);
            if *n == 0 {
                order.push(l);
            }
            *n += 1;
        }
    }
    // Ties go to the style met first, so the choice never depends on hashing.
    let base = order
        .iter()
        .copied()
        .max_by(|a, b| counts[a].cmp(&counts[b]).then(std::cmp::Ordering::Greater))
        .unwrap_or((Color::Reset, Color::Reset, Modifier::empty()));

    let mut out = format!(
        "{}x{}, most common style: {}\n",
        area.width,
        area.height,
        describe(base, base)
    );
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in 0..area.width {
            let symbol = buffer[(x, y)].symbol();
            if skip == 0 {
                line.push_str(symbol);
            }
            skip = skip
                .max(unicode_width::UnicodeWidthStr::width(symbol))
                .saturating_sub(1);
        }
        let _ = writeln!(out, "{y:>2} \"{}\"", neutral(&line));
    }
    out.push_str("-- styles other than the most common --\n");
    for y in 0..area.height {
        let mut runs = Vec::new();
        let mut x = 0;
        while x < area.width {
            let l = look(buffer, x, y);
            let start = x;
            while x < area.width && look(buffer, x, y) == l {
                x += 1;
            }
            if l != base {
                let cols = if x - 1 == start {
                    format!("c{start}")
                } else {
                    format!("c{start}-{}", x - 1)
                };
                runs.push(format!("{cols} {}", describe(l, base)));
            }
        }
        if !runs.is_empty() {
            let _ = writeln!(out, "r{y} {}", runs.join(" | "));
        }
    }
    out
}

/// Replaces what differs between machines: the temporary database folder, which the
/// home screen's welcome panel always cuts (see `tui_snapshots::database`). The line
/// keeps its width. Lines without it are left as they are.
fn neutral(line: &str) -> String {
    const LABEL: &str = "Database: ";
    const PLACEHOLDER: &str = "[temporary folder]";
    let Some(at) = line.find(LABEL) else {
        return line.to_string();
    };
    let from = at + LABEL.len();
    let end = line[from..].find('…').map_or(line.len(), |i| from + i);
    let hidden = line[from..end].chars().count();
    let filler = ".".repeat(hidden.saturating_sub(PLACEHOLDER.chars().count()));
    format!("{}{PLACEHOLDER}{filler}{}", &line[..from], &line[end..])
}
