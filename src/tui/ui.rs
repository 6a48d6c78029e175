//! Draws the whole app from `&App`: the frame (title, status, keys), the current
//! screen and any overlay. Drawing never changes state and never touches the disk.

use super::app::{App, Overlay, Screen, StatusKind};
use super::keymap;
use super::screens;
use super::widgets::{clean, truncate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Draws `app` in its own language (`App::lang`), whatever the thread's.
pub fn draw(frame: &mut Frame, app: &App) {
    crate::i18n::scoped(app.lang(), || paint(frame, app))
}

fn paint(frame: &mut Frame, app: &App) {
    // The screens note what they draw where, for the mouse (see `hits`).
    app.hits.borrow_mut().clear();
    let area = frame.area();
    frame.render_widget(Block::default().style(app.theme.base), area);
    // The wall screen is the whole window at any size: no title, keys or status.
    let wall = match &app.screen {
        Screen::Watch(_) => true,
        Screen::Facilitate(state) => state.presenting,
        _ => false,
    };
    if wall {
        match &app.screen {
            Screen::Watch(state) => screens::watch::draw(frame, app, state, area),
            Screen::Facilitate(state) => screens::facilitate::draw(frame, app, state, area),
            _ => {}
        }
        if let Some(Overlay::Help { ctx, scroll, .. }) = &app.overlay {
            screens::help::draw(frame, app, *ctx, *scroll, area, "1-7");
        }
        ascii_only(frame, app);
        return;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, app, area);
        return;
    }
    let [title, body, status, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_title(frame, app, title);
    match &app.screen {
        Screen::Home => screens::home::draw(frame, app, body),
        Screen::New(form) => screens::new::draw(frame, app, form, body),
        Screen::Assess(state) => screens::assess::draw(frame, app, state, body),
        Screen::Facilitate(state) => screens::facilitate::draw(frame, app, state, body),
        Screen::Participate(state) => screens::participate::draw(frame, app, state, body),
        Screen::Network(state) => screens::network::draw(frame, app, state, body),
        Screen::Watch(state) => screens::watch::draw(frame, app, state, body),
        Screen::Outcomes(state) => screens::outcomes::draw(frame, app, state, body),
    }
    draw_status(frame, app, status);
    let ctx = app.ctx();
    // The digit keys go as far as this rubric's levels.
    let digits = match &app.screen {
        Screen::Assess(state) => format!("1-{}", state.assessment.rubric.levels.len()),
        Screen::Facilitate(state) => format!("1-{}", state.assess.assessment.rubric.levels.len()),
        Screen::Participate(state) => format!("1-{}", state.assessment.rubric.levels.len()),
        _ => "1-7".to_string(),
    };
    // Labels as the settings' key remaps make them; words in this thread's language.
    // A viewer's footer offers only what a viewer may do.
    let may =
        |b: &keymap::Binding| !app.read_only || super::capability::viewer_may(ctx, Some(b.action));
    let line = footer_for(
        &app.theme,
        &app.keys,
        ctx,
        &digits,
        keys.width as usize,
        app.symbols.ellipsis,
        &may,
    );
    frame.render_widget(Paragraph::new(line), keys);
    match &app.overlay {
        Some(Overlay::Help { ctx, scroll, .. }) => {
            screens::help::draw(frame, app, *ctx, *scroll, body, &digits)
        }
        Some(Overlay::ConfirmDelete { label, .. }) => {
            screens::dialogs::confirm(frame, app, label, body)
        }
        Some(Overlay::ConfirmReplace { path, .. }) => {
            screens::dialogs::confirm_replace(frame, app, path, body)
        }
        Some(Overlay::Prompt { kind, input }) => {
            screens::dialogs::prompt(frame, app, kind, input, body)
        }
        Some(Overlay::ConfirmEnd) => screens::dialogs::confirm_end(frame, app, body),
        Some(Overlay::ConfirmDiscard) => screens::dialogs::confirm_discard(frame, app, body),
        Some(Overlay::ConfirmSubmit { unrated, .. }) => {
            screens::dialogs::confirm_submit(frame, app, unrated, body)
        }
        Some(Overlay::ConfirmLeave { undecided }) => {
            screens::dialogs::confirm_leave(frame, app, *undecided, body)
        }
        Some(Overlay::ChoosePlan {
            plans,
            selected,
            filter,
            filtering,
            prerate,
            ..
        }) => screens::dialogs::choose_plan(
            frame,
            app,
            plans,
            *selected,
            (filter, *filtering),
            *prerate,
            body,
        ),
        None => {}
    }
    ascii_only(frame, app);
}

/// The footer of `ctx`, from the key map: labels as the settings' key remaps make
/// them (`digits` for the rating keys), words in this thread's language. When `width`
/// is too narrow (a Spanish footer is longer), the screen's least important keys go
/// first and `?` says "more" ([`keymap::footer_ranked`]).
pub fn footer(
    theme: &super::theme::Theme,
    remap: &super::remap::Remap,
    ctx: keymap::Ctx,
    digits: &str,
    width: usize,
    ellipsis: &str,
) -> Line<'static> {
    footer_for(theme, remap, ctx, digits, width, ellipsis, &|_| true)
}

/// [`footer`] with only the bindings `may` allows (a viewer's footer).
fn footer_for(
    theme: &super::theme::Theme,
    remap: &super::remap::Remap,
    ctx: keymap::Ctx,
    digits: &str,
    width: usize,
    ellipsis: &str,
    may: &dyn Fn(&keymap::Binding) -> bool,
) -> Line<'static> {
    let ranked = keymap::footer_ranked(ctx);
    let labels: Vec<(std::borrow::Cow<str>, String, usize, bool)> = ranked
        .iter()
        .filter(|(b, _)| may(b))
        .map(|(b, rank)| {
            (
                if b.label == "1-7" {
                    digits.into()
                } else {
                    remap.label(b)
                },
                b.footer_text(),
                *rank,
                b.action == super::action::Action::Help,
            )
        })
        .collect();
    let more = crate::t!("keys-footer-more");
    let hints = labels
        .iter()
        .map(|(k, w, rank, more)| super::widgets::Hint {
            key: k.as_ref(),
            word: w.as_str(),
            rank: *rank,
            more: *more,
        })
        .collect();
    let line = super::widgets::footer_line(theme, hints, &more, width, ellipsis);
    Line::from(
        line.spans
            .into_iter()
            .map(|span| Span::styled(span.content.into_owned(), span.style))
            .collect::<Vec<_>>(),
    )
}

/// With `--ascii`, the glyphs the screens drew are replaced by plain characters.
fn ascii_only(frame: &mut Frame, app: &App) {
    if app.symbols.ascii {
        let buffer = frame.buffer_mut();
        for cell in buffer.content.iter_mut() {
            if let Some(plain) = super::theme::ascii_fallback(cell.symbol()) {
                cell.set_symbol(plain);
            }
        }
    }
}

fn draw_title(frame: &mut Frame, app: &App, area: Rect) {
    let left = match &app.screen {
        Screen::Home => crate::t!("common-bar-home"),
        Screen::New(_) => crate::t!("common-bar-new"),
        Screen::Assess(state) => {
            let m = &state.assessment.meta;
            format!(
                "{} · {} · {}",
                clean(&m.school),
                m.date,
                crate::rubric::shown(&state.assessment.rubric).title
            )
        }
        Screen::Facilitate(state) => session_bar(
            &state.live,
            &state.assess.assessment.meta.school,
            &crate::session::translation::localized(&state.live.plan).title,
        ),
        Screen::Participate(state) => session_bar(
            &state.live,
            &state.assessment.meta.school,
            &crate::session::translation::localized(&state.live.plan).title,
        ),
        Screen::Network(_) => crate::t!("common-bar-network"),
        Screen::Outcomes(state) => {
            crate::t!("outcome-screens-bar", school = clean(&state.school_name))
        }
        Screen::Watch(state) => crate::t!(
            "common-bar-watch",
            code = &state.live.code,
            school = clean(&state.assessment.meta.school)
        ),
    };
    let right = crate::t!(
        "common-bar-right",
        theme = app.theme.name.label(),
        help = app.key_name(keymap::Ctx::Global, super::action::Action::Help)
    );
    let room = (area.width as usize).saturating_sub(right.chars().count() + 2);
    let left = truncate(&left, room, app.symbols.ellipsis);
    let pad = (area.width as usize).saturating_sub(left.chars().count() + right.chars().count());
    let line = Line::from(vec![
        Span::styled(left, app.theme.title),
        Span::raw(" ".repeat(pad)),
        Span::styled(right, app.theme.muted),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The title bar of a session: its code (or that it ended), the school, the plan.
fn session_bar(live: &crate::store::LiveSession, school: &str, plan: &str) -> String {
    let code = if live.ended() {
        crate::t!("common-bar-session-ended")
    } else {
        live.code.clone()
    };
    crate::t!(
        "common-bar-session",
        code = code,
        school = clean(school),
        plan = plan
    )
}

fn draw_status(frame: &mut Frame, app: &App, area: Rect) {
    let Some(status) = &app.status else { return };
    let (mark, style) = match status.kind {
        StatusKind::Info => ("", app.theme.muted),
        StatusKind::Saved => (app.symbols.full, app.theme.saved),
        StatusKind::Error => ("!", app.theme.error),
    };
    let text = if mark.is_empty() {
        clean(&status.text)
    } else {
        format!("{mark} {}", clean(&status.text))
    };
    let text = truncate(&text, area.width as usize, app.symbols.ellipsis);
    frame.render_widget(Paragraph::new(Span::styled(text, style)), area);
}

fn too_small(frame: &mut Frame, app: &App, area: Rect) {
    let text = format!(
        "{}\n{}",
        crate::t!(
            "common-too-small",
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT,
            width = area.width,
            height = area.height
        ),
        crate::t!("common-too-small-what-to-do")
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(app.theme.base)
            .wrap(Wrap { trim: true }),
        area,
    );
}
