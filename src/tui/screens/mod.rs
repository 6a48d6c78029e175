//! One module per screen, plus the overlays.

pub mod assess;
pub mod dialogs;
pub mod facilitate;
pub mod help;
pub mod home;
pub mod network;
pub mod new;
pub mod outcomes;
pub mod participate;
pub mod review;
pub mod sessions;
pub mod summary;
pub mod wall;
pub mod watch;
