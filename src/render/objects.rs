//! `rewrite`'s and `extract`'s reports: what was changed or cut, re-scanned, and
//! what objtool said before and after.

use crate::render::scan::finding_line;
use std::io::{self, Write};

/// Every line objtool printed about the object: its warnings and errors
/// (`objtool::messages`) and anything else it said (a failure to read the
/// object is not "clean").
fn objtool_lines(output: &str) -> Vec<&str> {
    output.lines().filter(|l| l.contains("objtool:")).collect()
}

fn write_objtool(out: &mut dyn Write, label: &str, output: &Option<String>) -> io::Result<()> {
    match output {
        None => writeln!(
            out,
            "objtool ({label}): not run (no objtool found; set OBJTOOL or --objtool)"
        ),
        Some(text) => {
            let lines = objtool_lines(text);
            if lines.is_empty() {
                writeln!(out, "objtool ({label}): clean")
            } else {
                writeln!(out, "objtool ({label}):")?;
                for l in lines {
                    writeln!(out, "  {l}")?;
                }
                Ok(())
            }
        }
    }
}

pub fn write_rewrite(
    out: &mut dyn Write,
    o: &crate::objects::rewrite::RewriteOutcome,
) -> io::Result<()> {
    for s in &o.plan.rewrite {
        writeln!(
            out,
            "{}: rewritten: {}+{:#x}: `{}` -> {}-byte nop ({}, proven redundant)",
            o.input,
            s.function,
            s.offset,
            s.text,
            s.len,
            s.kind.as_str()
        )?;
    }
    for s in &o.plan.refused {
        writeln!(
            out,
            "{}: refused: {}+{:#x}: `{}`: {}",
            o.input,
            s.function,
            s.offset,
            s.text,
            s.refused.as_deref().unwrap_or("")
        )?;
    }
    match &o.backup {
        Some(b) => writeln!(out, "wrote {} in place (original kept as {b})", o.output)?,
        None => writeln!(out, "wrote {}", o.output)?,
    }
    writeln!(
        out,
        "re-scan of {}: {} of {} rewritten restores neutralised; {} findings remain ({} objtool-visible)",
        o.output,
        o.neutralised(),
        o.plan.rewrite.len(),
        o.rescan.len(),
        o.rescan.iter().filter(|f| f.objtool_would_fail).count()
    )?;
    for f in &o.rescan {
        writeln!(out, "  {}", finding_line(f))?;
    }
    write_objtool(out, "before", &o.objtool_before)?;
    write_objtool(out, "after", &o.objtool_after)
}

pub fn write_extract(
    out: &mut dyn Write,
    o: &crate::objects::extract::ExtractOutcome,
) -> io::Result<()> {
    writeln!(
        out,
        "wrote {}: {} bytes ({:.2}% of the input's {} bytes)",
        o.output,
        o.size_out,
        o.size_out as f64 * 100.0 / o.size_in.max(1) as f64,
        o.size_in
    )?;
    for (label, fs) in [("input", &o.findings_in), ("reproducer", &o.findings_out)] {
        writeln!(out, "findings in the {label}: {}", fs.len())?;
        for f in fs {
            writeln!(out, "  {}", finding_line(f))?;
        }
    }
    write_objtool(out, "input", &o.objtool_in)?;
    write_objtool(out, "reproducer", &o.objtool_out)?;
    if !o.tables_left_out.is_empty() {
        let tables: Vec<String> = o
            .tables_left_out
            .iter()
            .map(|(name, n)| format!("{name} ({n} relocation{})", if *n == 1 { "" } else { "s" }))
            .collect();
        writeln!(
            out,
            "not carried into the reproducer: the input's {} naming these functions' code",
            tables.join(", ")
        )?;
    }
    if o.differences.is_empty() {
        writeln!(out, "the reproducer reports what the input reports")
    } else {
        writeln!(out, "the reproducer does NOT reproduce the input:")?;
        for d in &o.differences {
            writeln!(out, "  {d}")?;
        }
        Ok(())
    }
}
