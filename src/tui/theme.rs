//! Colours and symbols. Meaning is never carried by colour alone: every state also
//! has a mark or a word, so the monochrome theme and `NO_COLOR` lose nothing.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    Default,
    /// White and yellow on black, for projectors in bright rooms.
    HighContrast,
    Monochrome,
}

impl ThemeName {
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Default => ThemeName::HighContrast,
            ThemeName::HighContrast => ThemeName::Monochrome,
            ThemeName::Monochrome => ThemeName::Default,
        }
    }

    /// The theme's name as people read it, in this thread's language.
    pub fn label(self) -> String {
        match self {
            ThemeName::Default => crate::t!("common-theme-default"),
            ThemeName::HighContrast => crate::t!("common-theme-high-contrast"),
            ThemeName::Monochrome => crate::t!("common-theme-monochrome"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Theme {
    pub name: ThemeName,
    pub base: Style,
    pub title: Style,
    pub muted: Style,
    pub border: Style,
    pub focus_border: Style,
    pub selected: Style,
    pub full: Style,
    pub partial: Style,
    pub missing: Style,
    pub error: Style,
    pub saved: Style,
    pub key: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let plain = Style::default();
        let bold = plain.add_modifier(Modifier::BOLD);
        match name {
            ThemeName::Default => Theme {
                name,
                base: plain,
                title: bold.fg(Color::Cyan),
                muted: plain.fg(Color::Gray),
                border: plain.fg(Color::DarkGray),
                focus_border: plain.fg(Color::Cyan),
                selected: bold.fg(Color::Black).bg(Color::Cyan),
                full: bold.fg(Color::Green),
                partial: plain.fg(Color::Yellow),
                missing: plain.fg(Color::Red),
                error: bold.fg(Color::Red),
                saved: plain.fg(Color::Green),
                key: bold.fg(Color::Cyan),
            },
            ThemeName::HighContrast => Theme {
                name,
                base: plain.fg(Color::White).bg(Color::Black),
                title: bold.fg(Color::Yellow).bg(Color::Black),
                muted: plain.fg(Color::White).bg(Color::Black),
                border: plain.fg(Color::White).bg(Color::Black),
                focus_border: bold.fg(Color::Yellow).bg(Color::Black),
                selected: bold.fg(Color::Black).bg(Color::Yellow),
                full: bold.fg(Color::LightGreen).bg(Color::Black),
                partial: bold.fg(Color::Yellow).bg(Color::Black),
                missing: bold.fg(Color::LightRed).bg(Color::Black),
                error: bold.fg(Color::Black).bg(Color::LightRed),
                saved: bold.fg(Color::LightGreen).bg(Color::Black),
                key: bold.fg(Color::Yellow).bg(Color::Black),
            },
            ThemeName::Monochrome => Theme {
                name,
                base: plain,
                title: bold,
                muted: plain.add_modifier(Modifier::DIM),
                border: plain,
                focus_border: bold,
                selected: plain.add_modifier(Modifier::REVERSED),
                full: bold,
                partial: plain,
                missing: plain.add_modifier(Modifier::UNDERLINED),
                error: bold.add_modifier(Modifier::REVERSED),
                saved: bold,
                key: bold,
            },
        }
    }

    /// The theme to start with: monochrome when `NO_COLOR` is set (no-color.org).
    pub fn initial(requested: Option<ThemeName>) -> ThemeName {
        match requested {
            Some(name) => name,
            None if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
                ThemeName::Monochrome
            }
            None => ThemeName::Default,
        }
    }
}

/// Marks drawn on screen, in Unicode or plain ASCII (`--ascii`).
#[derive(Debug, Clone, Copy)]
pub struct Symbols {
    pub ascii: bool,
    pub full: &'static str,
    pub not_full: &'static str,
    pub na: &'static str,
    pub unrated: &'static str,
    pub pointer: &'static str,
    pub chosen: &'static str,
    pub bar_full: &'static str,
    pub bar_empty: &'static str,
    pub ellipsis: &'static str,
    pub arrow: &'static str,
    pub dot: &'static str,
    pub border: border::Set<'static>,
}

const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Symbols {
    /// The mark of a standard: fully implemented, not yet, or not applicable.
    pub fn standard_mark(&self, figures: &crate::score::StandardScore) -> &'static str {
        if !figures.applicable {
            self.na
        } else if figures.fully_implemented {
            self.full
        } else {
            self.not_full
        }
    }

    pub fn new(ascii: bool) -> Symbols {
        if ascii {
            Symbols {
                ascii: true,
                full: "[x]",
                not_full: "[ ]",
                na: "n/a",
                unrated: " ? ",
                pointer: ">",
                chosen: "*",
                bar_full: "#",
                bar_empty: ".",
                ellipsis: "~",
                arrow: "->",
                dot: "-",
                border: ASCII_BORDER,
            }
        } else {
            Symbols {
                ascii: false,
                full: "✓",
                not_full: "·",
                na: "–",
                unrated: "?",
                pointer: "▸",
                chosen: "●",
                bar_full: "█",
                bar_empty: "░",
                ellipsis: "…",
                arrow: "→",
                dot: "·",
                border: border::ROUNDED,
            }
        }
    }
}

/// Plain-ASCII stand-ins for the punctuation the screens use, applied to the whole
/// frame in `--ascii` mode (user text is left as it is).
pub fn ascii_fallback(c: &str) -> Option<&'static str> {
    Some(match c {
        "·" | "–" | "—" => "-",
        "→" | "▸" => ">",
        "←" => "<",
        "↑" => "^",
        "↓" => "v",
        "…" => "~",
        "×" => "x",
        "✓" => "x",
        "●" => "*",
        "█" => "#",
        "░" => ".",
        _ => return None,
    })
}
