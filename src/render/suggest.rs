//! `suggest`'s report: drafts written on stdout; errors, refusals and how each
//! edit was verified on stderr.

use crate::render::write_errors;
use std::io::{self, Write};

pub fn write(
    out: &mut dyn Write,
    err: &mut dyn Write,
    o: &crate::fixes::suggest::SuggestOutcome,
) -> io::Result<()> {
    write_errors(err, &o.errors)?;
    for w in &o.warnings {
        writeln!(err, "rspill: warning: {w}")?;
    }
    for s in &o.skipped {
        writeln!(err, "rspill: {s}")?;
    }
    for v in &o.verified {
        writeln!(err, "rspill: {v}")?;
    }
    for (path, d) in &o.written {
        writeln!(
            out,
            "wrote {} ({}: {})",
            path.display(),
            d.strategy.name(),
            d.path
        )?;
    }
    if o.interrupted {
        writeln!(
            err,
            "rspill: interrupted: {} of {} drafts written (each one complete), the rest not started",
            o.written.len(),
            o.drafted
        )?;
    }
    writeln!(
        out,
        "rspill suggest: {} sites, {} drafts written, {} errors",
        o.sites,
        o.written.len(),
        o.errors.len()
    )
}
