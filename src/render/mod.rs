//! Every printer, one file per command: `scan`, `diff`, `suggest`, `objects`
//! (rewrite and extract), the `check` verdict table (`verdict_table`); the
//! format enums and their dispatch here. Formats what the stages return; calls
//! no analysis, decides no exit code (`cli::exit` does).

pub mod ci_report;
pub mod diff;
pub mod fix;
pub mod inventory;
pub mod objects;
pub mod reduce;
pub mod scan;
pub mod suggest;
pub mod verdict_table;

use crate::analysis::scan::ScanResult;
use crate::check::Report;
use crate::codegen::compare::DiffResult;
use std::io::{self, Write};

/// `scan --format`. A new format is a variant here, its writer in `scan`
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
        ScanFormat::Text => return scan::write_text(out, err, result, dynamic),
        ScanFormat::Json => scan::write_json(out, result),
        ScanFormat::Sarif => scan::write_sarif(out, result),
    };
    let _ = scan::write_errors(err, result);
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
        DiffFormat::Text => return diff::write_text(out, err, result, all),
        DiffFormat::Json => diff::write_json(out, result, all),
        DiffFormat::Markdown => diff::write_markdown(out, result),
    };
    let _ = write_errors(err, &result.errors);
    written
}

/// `inventory --format`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum InventoryFormat {
    /// An aligned table, most risky statements first, then totals
    Text,
    /// JSON Lines: a `statement` record per row, then `inventory`
    Json,
    /// A markdown table, for a mail or a cover letter
    Markdown,
}

/// An inventory in `format`; input errors on `err`.
pub fn write_inventory(
    format: InventoryFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
    inv: &crate::inventory::Inventory,
) -> io::Result<()> {
    let _ = scan::write_errors(err, &inv.scan);
    match format {
        InventoryFormat::Text => inventory::write_text(out, inv),
        InventoryFormat::Json => inventory::write_json(out, inv),
        InventoryFormat::Markdown => inventory::write_markdown(out, inv),
    }
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

/// Input errors as JSON Lines `error` records (scan's and diff's JSON).
pub fn write_error_records(
    out: &mut dyn Write,
    errors: &[crate::error::InputError],
) -> io::Result<()> {
    for e in errors {
        writeln!(
            out,
            "{}",
            serde_json::json!({"type": "error", "file": e.path, "message": e.message})
        )?;
    }
    Ok(())
}

/// `path: error: rspill: message`, one line per input error (objtool's layout).
pub fn write_errors(err: &mut dyn Write, errors: &[crate::error::InputError]) -> io::Result<()> {
    for e in errors {
        writeln!(err, "{}: error: rspill: {}", e.path, e.message)?;
    }
    Ok(())
}
