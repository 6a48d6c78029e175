//! One module per screen, plus the overlays.

pub mod assess;
mod assess_view;
pub mod dialogs;
pub mod help;
pub mod home;
pub mod new;
pub mod review;
pub mod summary;
