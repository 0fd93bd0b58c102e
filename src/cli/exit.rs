//! Exit codes, all in one place, and the last flush of output. Every command's
//! status is decided here from what it returned.
//!
//! The convention: 0 nothing to act on (or done), 1 something the user must act on
//! (a finding objtool rejects, a difference, a refusal, no passing candidate),
//! 2 an input or set-up error (other inputs still processed), 130 interrupted.

use rspill::analysis::scan::ScanResult;
use rspill::codegen::compare::DiffResult;
use rspill::fixes::suggest::SuggestOutcome;
use rspill::objects::rewrite::RewriteOutcome;
use std::io::Write;
use std::process::ExitCode;

pub const ERROR: u8 = 2;
pub const INTERRUPTED: u8 = 130;

/// `scan`: 2 input errors, 1 a finding objtool would reject (objtool is
/// predicted to warn in its function, whatever the model ties the line to)
/// or a restore not proven (`rsp-unknown-restore`, or no claim made), 0
/// otherwise.
pub fn scan(result: &ScanResult) -> u8 {
    if bad_input(result) {
        return ERROR;
    }
    let serious = result.modules.iter().flat_map(|m| &m.findings).any(|f| {
        f.objtool_would_fail
            || f.objtool_prediction.certain_message().is_some()
            || f.kind.is_serious()
            // A realignment or alloca states no value: its `no_claim` withdraws nothing.
            || (f.no_claim.is_some() && f.kind != rspill::analysis::findings::Kind::RspDynamic)
    });
    u8::from(serious)
}

/// `extract`: 1 where the reproducer reports otherwise than the input (it
/// does not reproduce), 0 where it reports the same.
pub fn extract(outcome: &rspill::objects::extract::ExtractOutcome) -> u8 {
    u8::from(!outcome.differences.is_empty())
}

/// `diff`: 2 input errors, 1 different, 0 identical.
pub fn diff(result: &DiffResult) -> u8 {
    if !result.errors.is_empty() {
        ERROR
    } else {
        u8::from(!result.identical())
    }
}

/// `rewrite`: 1 when something was refused, a rewritten site is still found by
/// the re-scan, or objtool still fails afterwards; the proof promised otherwise.
pub fn rewrite(outcome: &RewriteOutcome) -> u8 {
    let objtool_fails = outcome
        .objtool_after
        .as_deref()
        .is_some_and(|t| !rspill::objtool::run::messages(t).is_empty());
    u8::from(
        !outcome.plan.refused.is_empty()
            || outcome.neutralised() != outcome.plan.rewrite.len()
            || objtool_fails,
    )
}

/// `suggest`: 130 interrupted, 2 a site could not be drafted, 1 there were sites
/// but no strategy applied, 0 otherwise.
pub fn suggest(o: &SuggestOutcome) -> u8 {
    if o.interrupted {
        INTERRUPTED
    } else if !o.errors.is_empty() {
        ERROR
    } else {
        u8::from(o.sites > 0 && o.written.is_empty())
    }
}

/// `check` and `fix`: 0 a candidate is recommended (or nothing needed fixing),
/// 1 none passes, 130 interrupted.
pub fn check(r: &rspill::check::Report) -> u8 {
    if r.interrupted {
        INTERRUPTED
    } else {
        u8::from(
            r.recommendation.candidate.is_none() && !rspill::check::nothing_to_fix(&r.baseline),
        )
    }
}

/// `inventory`: 2 input errors, else 0 (a report, not a verdict).
pub fn inventory(inv: &rspill::inventory::Inventory) -> u8 {
    if bad_input(&inv.scan) { ERROR } else { 0 }
}

/// An input could not be read, or a readable one has problems: both scan-based
/// commands say so with 2.
fn bad_input(result: &ScanResult) -> bool {
    !result.errors.is_empty() || result.modules.iter().any(|m| !m.problems.is_empty())
}

/// `reduce`: 0 a reproducer written, 130 interrupted (the best so far written).
pub fn reduce(o: &rspill::reduce::ReduceOutcome) -> u8 {
    if o.interrupted { INTERRUPTED } else { 0 }
}

/// Flush buffered output and exit with `code`; a closed pipe (`| head`) is not
/// an error, any other write error is.
pub fn finish(written: std::io::Result<()>, out: &mut dyn Write, code: u8) -> ExitCode {
    if let Err(e) = written.and_then(|()| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("rspill: error writing output: {e}");
            return ExitCode::from(ERROR);
        }
    }
    ExitCode::from(code)
}
