//! `reduce`'s output: a summary on stdout and `REPORT.md`, written to be pasted
//! into an LLVM issue (versions, the command, expected and actual, rspill's
//! listing of the construct, the reduced IR).

use crate::reduce::ReduceOutcome;
use crate::render::scan::finding_line;
use std::io::{self, Write};

/// Longest reduced IR pasted into the report whole.
const INLINE_IR_LINES: usize = 300;

fn sizes(s: (usize, usize)) -> String {
    format!("{} lines, {} instructions", s.0, s.1)
}

fn unsanitized_verdict(o: &ReduceOutcome) -> String {
    let u = &o.unsanitized;
    if !u.had_attribute {
        return "no experiment: the function has no sanitize_memory attribute".into();
    }
    match &u.findings {
        Err(e) => format!("no experiment: llc rejected the edited IR ({e})"),
        Ok(f) if f.is_empty() => {
            "the construct disappears: no %rsp restore is left in the function".into()
        }
        Ok(f) => {
            let kinds: Vec<String> = f
                .iter()
                .map(|(k, fails)| {
                    format!(
                        "{}{}",
                        k.as_str(),
                        if *fails { " (objtool fails)" } else { "" }
                    )
                })
                .collect();
            format!("the construct is still emitted: {}", kinds.join(", "))
        }
    }
}

/// Why objtool is not part of the test.
fn objtool_left_out(o: &ReduceOutcome) -> &'static str {
    if o.target.objtool_visible {
        "not part of the test (none found, --no-objtool, or it said nothing about the function in the original)"
    } else {
        "not part of the test: the original finding is not one objtool rejects"
    }
}

pub fn write_summary(out: &mut dyn Write, o: &ReduceOutcome) -> io::Result<()> {
    writeln!(
        out,
        "rspill reduce: {} ({}{}) in {}{}",
        o.target.function,
        o.target.kind.as_str(),
        if o.target.objtool_visible {
            ", objtool-visible"
        } else {
            ""
        },
        o.object.display(),
        if o.interrupted {
            " — interrupted, best so far"
        } else {
            ""
        }
    )?;
    writeln!(
        out,
        "  unit {} lines; {} {} -> reduced {} in {:.0} s",
        o.unit_size.0,
        if o.from_whole_unit {
            "whole unit"
        } else {
            "extracted"
        },
        sizes(o.input_size),
        sizes(o.reduced_size),
        o.seconds
    )?;
    writeln!(out, "  {}", o.llc_line)?;
    writeln!(out, "  rspill: {}", finding_line(&o.reduced_finding))?;
    for l in &o.objtool_lines {
        writeln!(out, "  objtool: {l}")?;
    }
    if o.objtool.is_none() {
        writeln!(out, "  objtool: {}", objtool_left_out(o))?;
    }
    writeln!(out, "  sanitize_memory dropped: {}", unsanitized_verdict(o))?;
    writeln!(out, "  wrote {}/: {}", o.out.display(), o.files.join(", "))
}

/// REPORT.md; `listing` is rspill's `--explain` text for the reduced object and
/// `ir` the reduced IR.
pub fn write_report(
    out: &mut dyn Write,
    o: &ReduceOutcome,
    listing: &str,
    ir: &str,
) -> io::Result<()> {
    let f = &o.reduced_finding;
    writeln!(
        out,
        "# [X86] %rsp copied to a register{}, then written back to %rsp ({}): reduced reproducer\n",
        if f.kind.is_spilled() {
            ", spilled to the stack, reloaded"
        } else {
            ""
        },
        f.kind.as_str()
    )?;
    writeln!(
        out,
        "Reduced by `rspill reduce` from `{}` (function `{}`), compiled by its own command (`{}`). Related: llvm/llvm-project#206973.\n",
        o.object.display(),
        o.target.function,
        o.command_origin
    )?;
    writeln!(out, "- compiler: {}", o.compiler_version)?;
    writeln!(out, "- llc: {}", o.llvm_version)?;
    if let Some(t) = &o.objtool {
        writeln!(out, "- objtool: `{}`", t.display())?;
    }
    writeln!(out, "\n## Reproduce\n\n```sh\n{}", o.llc_line)?;
    if let Some(t) = &o.objtool {
        writeln!(
            out,
            "SRCARCH=x86 {} {} reduced.o",
            t.display(),
            crate::objtool::run::FLAGS.join(" ")
        )?;
    }
    writeln!(out, "```\n")?;
    writeln!(
        out,
        "## Expected\n\n%rsp is only written with values objtool's stack validation can follow (adjustments of %rsp itself, or %rbp in a frame-pointer epilogue). A copy of %rsp kept in a register{} and written back is a no-op at best, and objtool cannot always prove it one: {}\n",
        if f.kind.is_spilled() {
            " or a stack slot"
        } else {
            ""
        },
        if o.target.objtool_visible {
            "here it cannot, and the Linux kernel's build fails (`undefined stack state`, `unknown CFA base reg -1`)."
        } else {
            "objtool accepts this instance, but it is the construct that, with another register allocation, fails the Linux kernel's build (`undefined stack state`, `unknown CFA base reg -1`)."
        }
    )?;
    writeln!(out, "## Actual\n")?;
    let here = format!("{}/", o.out.display());
    writeln!(out, "- rspill: `{}`", finding_line(f).replace(&here, ""))?;
    for l in &o.objtool_lines {
        writeln!(out, "- objtool: `{l}`")?;
    }
    if o.objtool.is_none() {
        writeln!(out, "- objtool: {}", objtool_left_out(o))?;
    }
    writeln!(
        out,
        "- with `sanitize_memory` removed from the reduced IR: {}",
        unsanitized_verdict(o)
    )?;
    writeln!(
        out,
        "\n## The construct, as rspill explains it\n\n```text\n{}```\n",
        listing.replace(&here, "")
    )?;
    writeln!(
        out,
        "## Reduction\n\nThe unit's IR ({} lines) from its compile command with `-S -emit-llvm`; {}; `llvm-reduce{}` with `interesting.sh` (llc + rspill{}) as the test: {} in {:.0} s{}.\n",
        o.unit_size.0,
        if o.from_whole_unit {
            "the function extracted alone did not reproduce, so the whole unit was reduced"
                .to_string()
        } else {
            format!(
                "`llvm-extract --func={}`: {}",
                o.target.function,
                sizes(o.input_size)
            )
        },
        o.llc_line
            .split_whitespace()
            .next()
            .and_then(|l| l.strip_prefix("llc"))
            .unwrap_or(""),
        if o.objtool.is_some() {
            " + objtool"
        } else {
            ""
        },
        sizes(o.reduced_size),
        o.seconds,
        if o.interrupted {
            " (interrupted: the best reproducer found until then)"
        } else {
            ""
        }
    )?;
    if ir.lines().count() <= INLINE_IR_LINES {
        writeln!(out, "## reduced.ll\n\n```llvm\n{}```", ir)?;
    } else {
        writeln!(
            out,
            "## reduced.ll\n\n{} lines: attached as `reduced.ll`.",
            ir.lines().count()
        )?;
    }
    Ok(())
}
