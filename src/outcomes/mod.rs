//! Outcome data beside implementation: what districts report per school, school year
//! and student group (only aggregates, never a row per student), read from their CSV
//! files, checked, kept, and summarised under declared definitions.

pub mod exchange;
pub mod export;
pub mod headline;
pub mod impact;
pub mod import;
pub mod measures;
pub mod model;
pub mod network;
pub mod scorecard;
pub mod suppress;
pub mod table;
