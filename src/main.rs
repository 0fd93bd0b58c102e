//! The `rspill` command line: argument parsing, output selection and exit codes.

use clap::{Parser, Subcommand, ValueEnum};
use rspill::report;
use rspill::scan::{ScanOptions, scan_paths};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "rspill",
    version,
    about = "Find, prove and explain clang's %rsp copy/spill/restore constructs that break objtool",
    long_about = "rspill analyses x86-64 kernel objects for the construct clang emits with KMSAN: \
%rsp copied into a register, spilled to the stack, reloaded and written back to %rsp. \
It proves whether each %rsp restore is a harmless no-op or a real bug, predicts objtool's \
verdict, and points at the inline asm statement in the source."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// objtool-style lines: `file.o: warning: rspill: func+0xOFF: kind: summary`
    Text,
    /// JSON Lines: one `finding`/`error`/`listing`/`trace` record per line, then `summary`
    Json,
    /// SARIF 2.1.0, for CI code scanning
    Sarif,
}

#[derive(Subcommand)]
enum Command {
    /// Find %rsp copy/spill/restore constructs and classify every %rsp restore.
    #[command(after_help = "\
Kinds:
  spilled-rsp-loop     %rsp copy went through a stack slot; the restore is in a loop
  spilled-rsp          through a stack slot, no loop
  rsp-register-chain   through registers only
  rsp-unknown-restore  the restored value cannot be proven (slot overwritten, copy in a
                       caller-saved register across a call, paths disagree): a real bug
  rsp-switch           value from outside the frame: a deliberate stack switch

Exit status: 0 nothing objtool would reject and nothing unprovable; 1 a finding objtool
would reject, or an rsp-unknown-restore; 2 an input could not be read (others still scanned).

Examples:
  rspill scan out/mm/memory.o
  rspill scan --explain out/mm/memory.o
  rspill scan --format json out/mm/ > findings.jsonl
  rspill scan --trace folio_zero_user out/mm/memory.o")]
    Scan {
        /// Objects, vmlinux.o, linked vmlinux, archives (thin built-in.a too) or
        /// directories (every *.o below, except vmlinux.o and *.mod.o).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Add an annotated listing of each function with findings: sites marked,
        /// tracked values shown, source chain.
        #[arg(long)]
        explain: bool,
        /// Print every instruction of FUNC with the stack-derived values held after
        /// it and objtool's modelled CFA on entry to it.
        #[arg(long, value_name = "FUNC")]
        trace: Option<String>,
        /// Do not read DWARF for source locations.
        #[arg(long)]
        no_source: bool,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
    },
    /// Compare the generated code of two objects or two build trees, function by function.
    #[command(after_help = "\
Code is compared after normalisation: addresses are function-relative, branch targets
inside a function become labels, operands with relocations compare as symbol+addend,
RIP-relative operands of linked images as the symbol they reach, trailing padding is
ignored. Debug info, line numbers and section order never count as a change.
Functions are paired by section and name, then by name with compiler clone suffixes
(.constprop.N .isra.N .part.N .llvm.N .cold) removed when that pairing is unambiguous.
The __pfx_* padding symbols objtool adds in front of functions are not compared.

Exit status: 0 identical, 1 different, 2 an input could not be read.

Examples:
  rspill diff before/mm/memory.o after/mm/memory.o
  rspill diff --show before/mm/memory.o after/mm/memory.o
  rspill diff --format markdown out-base/ out-patched/")]
    Diff {
        /// The reference object or build directory.
        #[arg(value_name = "A")]
        a: PathBuf,
        /// The object or build directory compared with A (directories: objects
        /// paired by relative path).
        #[arg(value_name = "B")]
        b: PathBuf,
        /// Print a unified instruction diff of every changed function.
        #[arg(long)]
        show: bool,
        /// Also list identical functions.
        #[arg(long)]
        all: bool,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
    },
    /// Replace every proven-redundant %rsp restore of an object with a NOP of the same length.
    #[command(after_help = "\
Only restores that `scan` proves redundant (on every path they store the value %rsp
already holds) and that are a plain mov/lea are rewritten; a NOP then cannot change
behaviour. Refused, with the reason: anything not proven, instructions a relocation
patches, sites in alternatives, in special sections or referenced from them.
The result is re-scanned, and objtool runs on input and output when available.
Use it to unblock a build or a test boot, or as a proof; it is not a fix to ship.

Exit status: 0 everything rewritten and re-validated; 1 something refused, a rewritten
site still found by the re-scan, or objtool still failing afterwards; 2 an error.

Examples:
  rspill rewrite mm/memory.o -o /tmp/memory.o
  rspill rewrite --in-place --function folio_zero_user mm/memory.o")]
    Rewrite {
        /// The object (.o or vmlinux.o).
        #[arg(value_name = "IN")]
        input: PathBuf,
        /// Where to write the rewritten object.
        #[arg(
            short,
            long,
            value_name = "OUT",
            required_unless_present = "in_place",
            conflicts_with = "in_place"
        )]
        output: Option<PathBuf>,
        /// Rewrite IN itself, keeping the original as IN.orig.
        #[arg(long)]
        in_place: bool,
        /// Only rewrite restores in this function (repeatable).
        #[arg(long = "function", value_name = "FUNC")]
        functions: Vec<String>,
        /// The objtool to validate with (default: $OBJTOOL, Debian's, or PATH).
        #[arg(long, value_name = "PATH")]
        objtool: Option<PathBuf>,
    },
    /// Draft the candidate source fixes for findings as git-am-ready patch mails.
    #[command(after_help = "\
Sites come from objects (scanned with DWARF; findings objtool would reject, or all
spilled ones with --all-findings), from `rspill scan --format json` output, or are
named directly. DWARF names files by the absolute path of the tree the object was
built from; they are mapped onto --tree by their path relative to it, and a file
that differs from what the object was built from in the statement's lines is
refused. One mail per strategy and site is written to --out; the tree is only read
(git log for the subject prefix, git blame for Fixes:, git config for Signed-off-by).

Strategies:
  reorder         ASM_CALL_CONSTRAINT first among the outputs (operands renumbered)
  frame-address   the output replaced by the input \"r\" (__builtin_frame_address(0))
  frame-pointer   arch/x86/Kconfig.debug: KMSAN builds use UNWINDER_FRAME_POINTER

Exit status: 0 drafts written (or nothing to draft), 1 sites found but no strategy
applies, 2 a site could not be drafted (the others still are).

Examples:
  rspill suggest --tree ~/linux out/mm/memory.o
  rspill scan --format json out/mm/ > f.jsonl && rspill suggest --tree ~/linux --findings f.jsonl
  rspill suggest --tree ~/linux --site arch/x86/include/asm/page_64.h:74")]
    Suggest {
        /// The kernel source tree to draft against (never modified).
        #[arg(long, value_name = "SRC")]
        tree: PathBuf,
        /// Objects to scan for findings.
        #[arg(value_name = "OBJECT", required_unless_present_any = ["findings", "site"])]
        objects: Vec<PathBuf>,
        /// Findings from `rspill scan --format json`.
        #[arg(long, value_name = "FILE.json", conflicts_with_all = ["objects", "site"])]
        findings: Option<PathBuf>,
        /// An asm statement named directly (path relative to SRC, or absolute).
        #[arg(long, value_name = "FILE:LINE", conflicts_with = "objects")]
        site: Option<String>,
        /// Where to write the mails.
        #[arg(long, value_name = "DIR", default_value = "rspill-drafts")]
        out: PathBuf,
        /// Strategies to draft (repeatable; default all three).
        #[arg(long = "strategy", value_enum)]
        strategies: Vec<rspill::draft::Strategy>,
        /// Draft for every spilled construct, not only those objtool rejects.
        #[arg(long)]
        all_findings: bool,
    },
    /// Cut a minimal relocatable object holding just the given functions, for bug reports.
    #[command(after_help = "\
The functions' bytes and relocations are copied unchanged, with undefined symbols for
everything they reference, so objtool and `rspill scan` report the same findings at
the same offsets as on the original. Branches the assembler resolved to code outside
the chosen functions become relocations.

Example:
  rspill extract mm/memory.o folio_zero_user -o folio_zero_user.o")]
    Extract {
        /// The object (.o or vmlinux.o).
        #[arg(value_name = "IN")]
        input: PathBuf,
        /// Functions to keep.
        #[arg(value_name = "FUNC", required = true)]
        functions: Vec<String>,
        /// The reproducer to write.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// The objtool to compare with (default: $OBJTOOL, Debian's, or PATH).
        #[arg(long, value_name = "PATH")]
        objtool: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    /// One line per function that differs, then a summary
    Text,
    /// JSON Lines: `function`/`object`/`error` records, then `summary`
    Json,
    /// A markdown table of the differences, for mail
    Markdown,
}

fn set_jobs(jobs: Option<usize>) {
    if let Some(j) = jobs {
        // Only fails if a pool exists already, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global();
    }
}

/// Flush buffered output; a closed pipe (`| head`) is not an error.
fn finish(written: std::io::Result<()>, out: &mut dyn Write, code: i32) -> ExitCode {
    if let Err(e) = written.and_then(|_| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("rspill: error writing output: {e}");
            return ExitCode::from(2);
        }
    }
    ExitCode::from(code as u8)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Suggest {
            tree,
            objects,
            findings,
            site,
            out,
            strategies,
            all_findings,
        } => {
            let request = rspill::suggest::Request {
                tree,
                objects,
                findings_file: findings,
                site,
                out,
                strategies,
                all_findings,
            };
            let result = rspill::suggest::run(&request);
            let mut stdout = std::io::stdout();
            let code = report::suggest_exit_code(&result);
            let mut err = std::io::stderr();
            finish(
                report::write_suggest(&mut stdout, &mut err, &result),
                &mut stdout,
                code,
            )
        }
        Command::Rewrite {
            input,
            output,
            in_place: _,
            functions,
            objtool,
        } => {
            let tool = rspill::objtool::locate(objtool.as_deref());
            match rspill::rewrite::rewrite_file(
                &input,
                output.as_deref(),
                &functions,
                tool.as_deref(),
            ) {
                Ok(outcome) => {
                    let mut out = std::io::stdout();
                    // 1 also when the result is not what the proof promised.
                    let objtool_fails = outcome.objtool_after.as_deref().is_some_and(|t| {
                        t.contains("warning: objtool:") || t.contains("error: objtool:")
                    });
                    let code = i32::from(
                        !outcome.plan.refused.is_empty()
                            || outcome.neutralised() != outcome.plan.rewrite.len()
                            || objtool_fails,
                    );
                    finish(report::write_rewrite(&mut out, &outcome), &mut out, code)
                }
                Err(e) => {
                    eprintln!("{}: error: rspill: {}", e.path, e.message);
                    ExitCode::from(2)
                }
            }
        }
        Command::Extract {
            input,
            functions,
            output,
            objtool,
        } => {
            let tool = rspill::objtool::locate(objtool.as_deref());
            match rspill::extract::extract_file(&input, &functions, &output, tool.as_deref()) {
                Ok(outcome) => {
                    let mut out = std::io::stdout();
                    finish(report::write_extract(&mut out, &outcome), &mut out, 0)
                }
                Err(e) => {
                    eprintln!("{}: error: rspill: {}", e.path, e.message);
                    ExitCode::from(2)
                }
            }
        }
        Command::Diff {
            a,
            b,
            show,
            all,
            format,
            jobs,
        } => {
            set_jobs(jobs);
            let result = rspill::codegen::diff_paths(&a, &b, show);
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut err = std::io::stderr();
            let written = match format {
                DiffFormat::Text => report::write_diff_text(&mut out, &mut err, &result, all),
                DiffFormat::Json => report::write_diff_json(&mut out, &result, all),
                DiffFormat::Markdown => report::write_diff_markdown(&mut out, &result),
            };
            if !matches!(format, DiffFormat::Text) {
                let _ = report::write_errors(&mut err, &result.errors);
            }
            finish(written, &mut out, report::diff_exit_code(&result))
        }
        Command::Scan {
            paths,
            format,
            explain,
            trace,
            no_source,
            jobs,
        } => {
            if let Some(j) = jobs {
                // Only fails if a pool exists already, which cannot happen here.
                let _ = rayon::ThreadPoolBuilder::new()
                    .num_threads(j.max(1))
                    .build_global();
            }
            let opts = ScanOptions {
                explain,
                trace,
                source: !no_source,
            };
            let result = scan_paths(&paths, &opts);
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut err = std::io::stderr();
            let written = match format {
                Format::Text => report::write_text(&mut out, &mut err, &result),
                Format::Json => report::write_json(&mut out, &result),
                Format::Sarif => report::write_sarif(&mut out, &result),
            };
            if !matches!(format, Format::Text) {
                let _ = report::write_errors(&mut err, &result.errors);
            }
            finish(written, &mut out, report::exit_code(&result))
        }
    }
}
