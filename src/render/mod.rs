//! Every printer: scan, diff, suggest, rewrite and extract reports (`report`),
//! the `check` verdict table (`verdict_table`). Formats what the stages
//! return; calls no analysis.

pub mod report;
pub mod verdict_table;

use crate::analysis::scan::ScanResult;
use crate::check::Report;
use crate::codegen::compare::DiffResult;
use std::io::{self, Write};

/// `scan --format`. A new format is a variant here, its writer in `report`
/// and a golden file.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ScanFormat {
    /// objtool-style lines: `file.o: warning: rspill: func+0xOFF: kind: summary`
    Text,
    /// JSON Lines: one `finding`/`error`/`listing`/`trace` record per line, then `summary`
    Json,
    /// SARIF 2.1.0, for CI code scanning
    Sarif,
}

/// A scan's result in `format` on `out`; input errors on `err` (the text
/// format puts them first, the others after).
pub fn write_scan(
    format: ScanFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
    result: &ScanResult,
    dynamic: bool,
) -> io::Result<()> {
    let written = match format {
        ScanFormat::Text => return report::write_text(out, err, result, dynamic),
        ScanFormat::Json => report::write_json(out, result),
        ScanFormat::Sarif => report::write_sarif(out, result),
    };
    let _ = report::write_scan_errors(err, result);
    written
}

/// `diff --format`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum DiffFormat {
    /// One line per function that differs, then a summary
    Text,
    /// JSON Lines: `function`/`object`/`error` records, then `summary`
    Json,
    /// A markdown table of the differences, for mail
    Markdown,
}

/// A diff's result in `format` on `out`; input errors on `err`.
pub fn write_diff(
    format: DiffFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
    result: &DiffResult,
    all: bool,
) -> io::Result<()> {
    let written = match format {
        DiffFormat::Text => return report::write_diff_text(out, err, result, all),
        DiffFormat::Json => report::write_diff_json(out, result, all),
        DiffFormat::Markdown => report::write_diff_markdown(out, result),
    };
    let _ = report::write_errors(err, &result.errors);
    written
}

/// `check --format`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum CheckFormat {
    /// An aligned table, details, timing and the recommendation
    Text,
    /// The table as markdown, for a mail or a review
    Markdown,
    /// JSON Lines: a `row` record per table row, then `check`
    Json,
}

/// The verdict table in `format`.
pub fn write_check(format: CheckFormat, out: &mut dyn Write, report: &Report) -> io::Result<()> {
    match format {
        CheckFormat::Text => verdict_table::write_text(out, report),
        CheckFormat::Markdown => verdict_table::write_markdown(out, report),
        CheckFormat::Json => verdict_table::write_json(out, report),
    }
}
