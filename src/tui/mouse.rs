//! The mouse: a click selects a list row (a second click on it opens it), rates at a
//! level or moves to a standard; the wheel scrolls lists one row per notch. Each does
//! what pressing the key for it does, through the same gate (so a read-only SSH viewer
//! cannot rate by clicking) and the same handler (so a rating is logged and can be
//! undone). Where the spot is comes from the hit map of the last frame.

use super::action::Action;
use super::app::{App, Screen};
use super::hits::Target;
use super::keymap::{self, Ctx};
use super::screens::assess::Mode;
use ratatui::crossterm::event::{KeyCode, KeyEvent, MouseButton, MouseEvent, MouseEventKind};

impl App {
    /// Handles one mouse event; returns whether the last frame's hit map still says
    /// what is where (nothing moved on screen).
    pub(super) fn mouse(
        &mut self,
        mouse: MouseEvent,
        gate: &mut dyn FnMut(&mut App, &KeyEvent) -> bool,
    ) -> bool {
        let ctx = self.ctx();
        let action = match mouse.kind {
            MouseEventKind::ScrollUp => Action::Up,
            MouseEventKind::ScrollDown => Action::Down,
            MouseEventKind::Down(MouseButton::Left) => return self.click(ctx, mouse, gate),
            _ => return true,
        };
        // Only lists scroll; in an editor, a form or a dialog the wheel does nothing.
        if matches!(
            ctx,
            Ctx::Home | Ctx::Filter | Ctx::Network | Ctx::Review | Ctx::Help | Ctx::Details
        ) {
            self.press(ctx, action, gate);
            return false;
        }
        true
    }

    fn click(
        &mut self,
        ctx: Ctx,
        mouse: MouseEvent,
        gate: &mut dyn FnMut(&mut App, &KeyEvent) -> bool,
    ) -> bool {
        // With a dialog, an editor or a panel open, what is behind it is not clickable
        // (`ctx` says so: only these places have clickable things in front).
        if self.overlay.is_some()
            || !matches!(ctx, Ctx::Home | Ctx::Network | Ctx::Review | Ctx::Assess)
        {
            return true;
        }
        let Some(target) = self.hits.borrow().at(mouse.column, mouse.row) else {
            return true;
        };
        match (target, &mut self.screen) {
            (Target::Row(i), Screen::Home) if ctx == Ctx::Home => {
                if self.home.selected != i {
                    self.home.selected = i;
                    return true;
                }
            }
            (Target::Row(i), Screen::Network(state)) => {
                if state.selected != i {
                    state.selected = i;
                    return true;
                }
            }
            (Target::Row(i), Screen::Assess(state)) if matches!(state.mode, Mode::Review) => {
                if state.review != i {
                    state.review = i;
                    return true;
                }
            }
            (Target::Level(level), Screen::Assess(state))
                if matches!(state.mode, Mode::Indicator) =>
            {
                self.press(ctx, Action::Rate(level), gate);
                return false;
            }
            (Target::Standard(target), Screen::Assess(state))
                if matches!(state.mode, Mode::Indicator) =>
            {
                let (current, _) = state.position();
                let action = if target > current {
                    Action::NextStandard
                } else {
                    Action::PrevStandard
                };
                for _ in 0..target.abs_diff(current) {
                    self.press(ctx, action, gate);
                }
                return false;
            }
            _ => return true,
        }
        // A second click on the selected row opens it.
        self.press(ctx, Action::Select, gate);
        false
    }

    /// Does what pressing the key for `action` in `ctx` does, gate included; nothing
    /// when no key does it there.
    fn press(
        &mut self,
        ctx: Ctx,
        action: Action,
        gate: &mut dyn FnMut(&mut App, &KeyEvent) -> bool,
    ) {
        if let Some(key) = self.key_for(ctx, action)
            && gate(self, &key)
        {
            self.handle_key(key);
        }
    }

    /// A key that means `action` in `ctx`, with the settings' remaps applied.
    fn key_for(&self, ctx: Ctx, action: Action) -> Option<KeyEvent> {
        let digit = match action {
            Action::Rate(i) => u32::try_from(i + 1)
                .ok()
                .and_then(|d| char::from_digit(d, 10))
                .map(|c| KeyEvent::from(KeyCode::Char(c))),
            _ => None,
        };
        let bound = keymap::BINDINGS
            .iter()
            .filter(|b| b.ctx == ctx || b.ctx == Ctx::Global)
            .flat_map(|b| self.keys.keys(b).into_owned())
            .map(|k| KeyEvent::new(k.code, k.mods));
        digit
            .into_iter()
            .chain(bound)
            .find(|k| self.keys.resolve(ctx, k) == Some(action))
    }
}
