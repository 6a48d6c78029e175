//! What a read-only App (a viewer: `ssh viewer@`, `session watch`) may do. Checked in
//! `App::apply`, so every door (keys, mouse, SSH, a local terminal) gets the same rule.

use super::action::Action;
use super::keymap::Ctx;

/// Said when a viewer presses a key that would change something (English, for
/// callers without the remaps; the screens say [`read_only_hint`]).
pub const READ_ONLY: &str =
    "This is a read-only view: ↑/↓ move, s summary, N network, ? help, q quit";

/// Said when a viewer presses a key that would change something: in this thread's
/// language, naming the keys as the settings' `[keys]` table remaps them.
pub fn read_only_hint(keys: &super::remap::Remap) -> String {
    crate::t!(
        "common-read-only",
        summary = keys.key_name(Ctx::Home, Action::Summary),
        network = keys.key_name(Ctx::Home, Action::Network),
        help = keys.key_name(Ctx::Global, Action::Help),
        quit = keys.key_name(Ctx::Home, Action::Quit)
    )
}

/// A viewer's refusal: what a read-only view may do, with the keys in effect.
pub fn refusal(keys: &super::remap::Remap) -> crate::error::Error {
    crate::error::Error::Refused(crate::error::Refused {
        role: crate::error::Role::Viewer,
        message: read_only_hint(keys),
    })
}

/// Look around the assessments, the network and a summary, follow a session's wall
/// screen, open help, filter, switch theme, quit. Nothing that writes.
pub fn viewer_may(ctx: Ctx, action: Option<Action>) -> bool {
    let looking = matches!(
        action,
        Some(
            Action::Quit
                | Action::Back
                | Action::Help
                | Action::CycleTheme
                | Action::SwitchLanguage
        )
    );
    match ctx {
        // Typing a filter or reading help changes nothing.
        Ctx::Help | Ctx::Filter => true,
        Ctx::Home | Ctx::Network => {
            looking
                || matches!(
                    action,
                    Some(
                        Action::Up
                            | Action::Down
                            | Action::PageUp
                            | Action::PageDown
                            | Action::Top
                            | Action::Bottom
                            | Action::Network
                            | Action::Filter
                            | Action::Sort
                            | Action::SortBack
                            | Action::NextIndicator
                            | Action::PrevIndicator
                    )
                )
                // An assessment's summary opens read-only from the list.
                || (ctx == Ctx::Home && action == Some(Action::Summary))
        }
        Ctx::Summary | Ctx::Watch => looking || matches!(action, Some(Action::Up | Action::Down)),
        // Anywhere else (a viewer should never get there), only leaving.
        _ => matches!(action, Some(Action::Quit | Action::Back | Action::Cancel)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viewers_look_but_never_write() {
        assert!(viewer_may(Ctx::Home, Some(Action::Summary)));
        assert!(viewer_may(Ctx::Summary, Some(Action::Back)));
        assert!(!viewer_may(Ctx::Summary, Some(Action::Select)));
        assert!(!viewer_may(Ctx::Summary, Some(Action::Review)));
        assert!(viewer_may(Ctx::Watch, Some(Action::Quit)));
        assert!(!viewer_may(Ctx::Watch, Some(Action::Reveal)));
        assert!(!viewer_may(Ctx::Facilitate, Some(Action::Reveal)));
        assert!(!viewer_may(Ctx::Participate, Some(Action::Rate(1))));
        // The network's sort goes both ways for a viewer too.
        assert!(viewer_may(Ctx::Network, Some(Action::Sort)));
        assert!(viewer_may(Ctx::Network, Some(Action::SortBack)));
        // Reading in one's own language changes nothing stored.
        assert!(viewer_may(Ctx::Watch, Some(Action::SwitchLanguage)));
    }
}
