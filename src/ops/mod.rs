//! The operations layer: every change a user makes, for every front end. Each
//! operation checks what may be done (role, phase, read-only) in one place and
//! returns a typed outcome or refusal the front end words or shows.
//!
//! - [`fields`]: the checks of typed fields the command line and the screens share
//!   (dates, a new assessment);
//! - [`session`]: coaching sessions — start, pre-rate, join (the one `Seat`), vote,
//!   reveal, new round, decide, pause, move, end;
//! - [`assessment`]: rating, notes, evidence, action steps, submit, reopen, undo/redo.

#![deny(missing_docs)]

pub mod assessment;
pub mod fields;
pub mod session;

pub use fields::{CheckedNew, Door, Field, NewFields, check_new, date, date_arg};
