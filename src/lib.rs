//! Touchstone: self-assessment of community schools against the standards, stored
//! locally in SQLite, exchanged as TOML, and rolled up across a network.
//!
//! Dependencies point one way: `rubric` and `score` know nothing of storage or the
//! terminal; `store` and `exchange` build on them; `cli` ties everything together.

pub mod assessment;
pub mod cli;
pub mod demo;
pub mod diag;
pub mod error;
pub mod exchange;
pub mod i18n;
pub mod names;
pub mod ops;
pub mod outcomes;
pub mod paths;
pub mod plain;
#[deny(missing_docs)]
pub mod rubric;
pub mod schools;
#[deny(missing_docs)]
pub mod score;
pub mod serve;
pub mod session;
pub mod settings;
#[deny(missing_docs)]
pub mod store;
pub mod suggest;
pub mod text;
pub mod tui;
