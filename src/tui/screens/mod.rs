//! One module per screen, plus the overlays.

pub mod assess;
mod assess_view;
pub mod dialogs;
mod edits_view;
pub mod facilitate;
mod facilitate_view;
pub mod help;
pub mod home;
pub mod network;
pub mod new;
pub mod outcomes;
mod panels_view;
pub mod participate;
mod participate_view;
pub mod review;
pub mod sessions;
pub mod summary;
pub mod wall;
pub mod watch;
