//! The terminal UI: one `App` (state and actions), drawn by `ui`, fed by keys that
//! the key map turns into actions. The same App can run over any backend.

pub mod action;
pub mod app;
pub mod capability;
pub mod hits;
pub mod input;
pub mod keymap;
pub mod mouse;
pub mod recovery;
pub mod remap;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod widgets;

pub use app::{App, Options};
pub use terminal::run;
