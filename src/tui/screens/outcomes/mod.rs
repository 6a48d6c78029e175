//! A school's outcome data on the screens: its trends (shown on its summary) and the
//! outcomes screen for typing figures in.

pub mod entry;
pub mod trends;
mod view;

pub use entry::{Back, OutcomesState};
pub use view::draw;
