//! The integration tests, in one binary: linking SQLite, russh, tokio and ratatui once
//! instead of once per file is most of what `cargo test` used to spend its time on.
//! Nothing here changes the process's environment: what the code under test would read
//! from it (such as the folder of session plans) is passed in, so the modules' tests
//! run side by side.

mod common;
mod snapshot;

mod architecture;
mod board_report;
mod bundled_content;
mod cli_completions;
mod cli_lang;
mod cli_polish;
mod cli_walk;
mod concurrent_edits;
mod figures;
mod files;
mod fixtures_rejected;
mod hardening;
mod home_list;
mod import_integrity;
mod live;
mod minutes_kept;
mod mixed_room;
mod mouse;
mod nothing_lost;
mod outcome_screens;
mod outcomes;
mod paper;
mod paper_csv;
mod plain_lead;
mod plain_mode;
mod plan_translations;
mod prerate_close;
mod prerate_plan;
mod prerating;
mod privacy_every_door;
mod read_only;
mod readme;
mod remapped_hints;
mod report_html;
mod rollup_network;
mod rubric_translations;
mod rule_aloud;
mod scoring;
mod scoring_rule;
mod secret_ballot;
mod serve;
mod serve_hardening;
mod serve_lang;
mod session_cli;
mod session_snapshots;
mod session_workshop;
mod settings;
mod similarity;
mod smaller;
mod spanish_everywhere;
mod spanish_glossary;
mod spanish_keys;
mod spanish_plain;
mod spanish_reports;
mod spanish_screens;
mod spanish_sessions;
mod spanish_translation_checks;
mod store;
mod submit;
mod suppression_everywhere;
mod text_policy;
mod tui_keys;
mod tui_pty;
mod tui_snapshots;
mod two_languages;
mod viewer_follows;
