//! Drawing the two views about concurrent edits of an indicator: the choice when a
//! save met someone else's newer change (both texts side by side, or one above the
//! other on narrow windows), and the indicator's history from the event log.

use super::RESOLUTIONS;
use super::{AssessState, Mode, short_time};
use crate::tui::app::App;
use crate::tui::widgets::{clean, panel, style_if, truncate, wrap};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// The note and evidence of one side, wrapped to `width`.
fn side<'a>(
    app: &App,
    note: Option<&str>,
    evidence: Option<&[String]>,
    width: usize,
) -> Vec<Line<'a>> {
    let t = &app.theme;
    let mut lines = Vec::new();
    if let Some(note) = note {
        lines.push(Line::styled(crate::t!("assess-conflict-note"), t.muted));
        if note.is_empty() {
            lines.push(Line::styled(crate::t!("assess-conflict-empty"), t.muted));
        }
        for l in wrap(&clean(note), width) {
            lines.push(Line::styled(l, t.base));
        }
    }
    if let Some(evidence) = evidence {
        lines.push(Line::styled(crate::t!("assess-conflict-evidence"), t.muted));
        if evidence.is_empty() {
            lines.push(Line::styled(crate::t!("assess-conflict-none"), t.muted));
        }
        for item in evidence {
            for (i, l) in wrap(&clean(item), width.saturating_sub(2))
                .into_iter()
                .enumerate()
            {
                let mark = if i == 0 { app.symbols.dot } else { " " };
                lines.push(Line::styled(format!("{mark} {l}"), t.base));
            }
        }
    }
    lines
}

/// At most `height` lines; the last says how many more there are when some are cut
/// (the whole text is kept whatever is chosen; `Esc` shows it in the editor).
fn fit_lines<'a>(app: &App, mut lines: Vec<Line<'a>>, height: u16) -> Vec<Line<'a>> {
    let height = height as usize;
    if lines.len() > height && height > 0 {
        let more = lines.len() - height + 1;
        lines.truncate(height - 1);
        lines.push(Line::styled(
            format!(
                "… {}",
                crate::t!("assess-conflict-more-lines", count = more)
            ),
            app.theme.muted,
        ));
    }
    lines
}

/// Someone else's change and this user's text, and the three ways out.
pub fn conflict(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    let Some(choice) = state.conflict() else {
        return;
    };
    let (t, s) = (&app.theme, &app.symbols);
    frame.render_widget(Clear, area);
    let who = clean(&choice.theirs.actor);
    let title = format!(
        " {} ",
        crate::t!("assess-conflict-title", id = &choice.id, name = &who)
    );
    let block = panel(
        t,
        s,
        truncate(&title, area.width.saturating_sub(4) as usize, s.ellipsis),
        true,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let more = match choice.theirs.changes {
        0 | 1 => String::new(),
        n => crate::t!("assess-conflict-changes", count = n),
    };
    let header = crate::t!(
        "assess-conflict-header",
        name = &who,
        parts = super::parts_words(&choice.mine),
        id = &choice.id,
        time = short_time(&choice.theirs.at),
        more = more
    );
    let header: Vec<Line> = wrap(&header, width)
        .into_iter()
        .map(|l| Line::styled(l, t.base))
        .collect();
    let header_height = header.len().min(3) as u16;
    let [top, texts, choices] = Layout::vertical([
        Constraint::Length(header_height + 1),
        Constraint::Min(3),
        Constraint::Length(RESOLUTIONS.len() as u16),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(header), top);
    let now = &choice.theirs.now;
    let theirs_note = choice.mine.note.as_ref().map(|_| now.note.as_str());
    let theirs_evidence = choice.mine.evidence.as_ref().map(|_| &now.evidence[..]);
    let halves: [Rect; 2] = if width >= 70 {
        Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas::<3>(texts)
        .into_iter()
        .step_by(2)
        .collect::<Vec<_>>()
        .try_into()
        .unwrap_or([texts, texts])
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(texts)
    };
    let heading = |text: String, rect: Rect| {
        Line::styled(truncate(&text, rect.width as usize, s.ellipsis), t.title)
    };
    let mut left = vec![heading(
        crate::t!("assess-conflict-theirs", name = &who),
        halves[0],
    )];
    left.extend(side(
        app,
        theirs_note,
        theirs_evidence,
        halves[0].width as usize,
    ));
    let mut right = vec![heading(crate::t!("assess-conflict-yours"), halves[1])];
    right.extend(side(
        app,
        choice.mine.note.as_deref(),
        choice.mine.evidence.as_deref(),
        halves[1].width as usize,
    ));
    frame.render_widget(
        Paragraph::new(fit_lines(app, left, halves[0].height)),
        halves[0],
    );
    frame.render_widget(
        Paragraph::new(fit_lines(app, right, halves[1].height)),
        halves[1],
    );
    let labels = [
        ("m", crate::t!("assess-conflict-keep-mine")),
        ("t", crate::t!("assess-conflict-take-theirs")),
        ("b", crate::t!("assess-conflict-keep-both")),
    ];
    let lines: Vec<Line> = labels
        .iter()
        .enumerate()
        .map(|(i, (key, label))| {
            let on = i == choice.selected;
            let pointer = if on { s.pointer } else { " " };
            Line::from(vec![
                Span::styled(format!("{pointer} {key}  "), t.key),
                Span::styled(
                    truncate(label, width.saturating_sub(5), s.ellipsis),
                    style_if(on, t.selected, t.base),
                ),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), choices);
}

/// A note on one line for the history: line breaks shown as " / ".
fn one_line(text: &str) -> String {
    if text.is_empty() {
        crate::t!("assess-history-empty")
    } else {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        clean(&lines.join(" / "))
    }
}

/// What differs between two notes, each on one line: the text both share at the
/// start and end is shown as "…", so an addition reads as one.
fn differing(old: &str, new: &str) -> (String, String) {
    if old.is_empty() || new.is_empty() {
        return (one_line(old), one_line(new));
    }
    let start = old
        .char_indices()
        .zip(new.chars())
        .find(|((_, a), b)| a != b)
        .map_or(old.len().min(new.len()), |((i, _), _)| i);
    let start = (0..=start)
        .rev()
        .find(|&i| new.is_char_boundary(i) && old.is_char_boundary(i))
        .unwrap_or(0);
    let (old_rest, new_rest) = (&old[start..], &new[start..]);
    let shared_end = old_rest
        .chars()
        .rev()
        .zip(new_rest.chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    let part = |rest: &str| {
        let middle = &rest[..rest.len() - shared_end];
        let before = if start > 0 { "…" } else { "" };
        let after = if shared_end > 0 { "…" } else { "" };
        if middle.is_empty() {
            format!("{before}{}{after}", crate::t!("assess-history-nothing"))
        } else {
            format!("{before}{}{after}", one_line(middle))
        }
    };
    (part(old_rest), part(new_rest))
}

/// Who changed the current indicator, when, and from what to what; newest first.
pub fn history(frame: &mut Frame, app: &App, state: &AssessState, area: Rect) {
    let Mode::History { entries, scroll } = &state.mode else {
        return;
    };
    let (t, s) = (&app.theme, &app.symbols);
    frame.render_widget(Clear, area);
    let title = format!(
        " {} ",
        crate::t!("assess-history-title", id = state.indicator_id())
    );
    let block = panel(
        t,
        s,
        truncate(&title, area.width.saturating_sub(4) as usize, s.ellipsis),
        true,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    if entries.is_empty() {
        lines.push(Line::styled(crate::t!("assess-history-none"), t.muted));
    }
    let half = width.saturating_sub(14) / 2;
    let (rating, note, evidence) = (
        crate::t!("assess-history-rating"),
        crate::t!("assess-history-note"),
        crate::t!("assess-history-evidence"),
    );
    // The words' column: 9 wide in English, one past the longest word in others.
    let what_width = [&rating, &note, &evidence]
        .iter()
        .map(|w| w.width() + 1)
        .max()
        .unwrap_or(0)
        .max(9);
    let change = |what: &str, old: String, new: String| {
        let text = format!(
            "  {what:<what_width$}{} {} {}",
            truncate(&old, half.max(8), s.ellipsis),
            s.arrow,
            new
        );
        Line::styled(truncate(&text, width, s.ellipsis), t.base)
    };
    for entry in entries {
        lines.push(Line::from(vec![
            Span::styled(short_time(&entry.at), t.muted),
            Span::styled(format!("  {}", clean(&entry.actor)), t.title),
        ]));
        if let Some((old, new)) = &entry.level {
            lines.push(change(
                &rating,
                state.level_label(old.as_deref()),
                state.level_label(new.as_deref()),
            ));
        }
        if let Some((old, new)) = &entry.note {
            let (old, new) = differing(old, new);
            lines.push(change(&note, old, new));
        }
        if let Some((old, new)) = &entry.evidence {
            let added: Vec<String> = new
                .iter()
                .filter(|e| !old.contains(e))
                .map(|e| format!("+ {}", clean(e)))
                .collect();
            let removed: Vec<String> = old
                .iter()
                .filter(|e| !new.contains(e))
                .map(|e| format!("- {}", clean(e)))
                .collect();
            let summary = if added.is_empty() && removed.is_empty() {
                crate::t!("assess-history-reordered")
            } else {
                removed
                    .into_iter()
                    .chain(added)
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            lines.push(Line::styled(
                truncate(
                    &format!("  {evidence:<what_width$}{summary}"),
                    width,
                    s.ellipsis,
                ),
                t.base,
            ));
        }
        if let Some(added) = &entry.evidence_added {
            lines.push(Line::styled(
                truncate(
                    &format!("  {evidence:<what_width$}+ {}", clean(added)),
                    width,
                    s.ellipsis,
                ),
                t.base,
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines).scroll((*scroll, 0)), inner);
}
