//! Every printer: scan, diff, suggest, rewrite and extract reports (`report`),
//! the `check` verdict table (`verdict_table`). Formats what the stages
//! return; calls no analysis.

pub mod report;
pub mod verdict_table;
