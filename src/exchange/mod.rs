//! Exchange with the world outside the database: the TOML assessment format (export
//! and import) and the report renderers.

pub mod batch;
pub mod export;
pub mod import;
pub mod report;

pub use export::to_toml;
pub use import::{Resolver, parse_assessment};

/// The `format` line of an exported assessment.
pub const FORMAT: &str = "touchstone-assessment";
pub const FORMAT_VERSION: i64 = 1;
