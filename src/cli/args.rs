//! The command line as clap reads it: every command, option and help text. Nothing
//! here is decided; `settings` resolves these into what the commands run with.

use clap::{Parser, Subcommand};
use rspill::render::{CheckFormat, DiffFormat, ScanFormat};
use std::path::PathBuf;

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
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Find %rsp copy/spill/restore constructs and classify every %rsp restore.
    #[command(after_help = "\
Kinds:
  spilled-rsp-loop     %rsp copy went through a stack slot; the restore is in a loop
  spilled-rsp          through a stack slot, no loop
  rsp-register-chain   through registers only
  rsp-unknown-restore  the restored value cannot be proven (slot overwritten, copy in a
                       caller-saved register across a call, paths disagree): a real bug
  rsp-switch           value from outside the frame: a deliberate stack switch

Exit status: 0 nothing objtool would reject and nothing unprovable; 1 a finding in a function
objtool is predicted to warn about, an rsp-unknown-restore or a restore with no claim; 2 an
input could not be read (others still scanned).

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
        format: ScanFormat,
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
        /// The options the build runs objtool with, for its predicted verdict
        /// (as a `.cmd` file or `make V=1` shows them; a leading objtool
        /// program and a trailing object are ignored). Default: an x86 ORC
        /// build's without KCOV (`--hacks=jump_label --hacks=noinstr --orc
        /// --retpoline --rethunk --static-call --uaccess`). With KCOV or GCOV
        /// kbuild adds `--no-unreachable`; IBT builds run objtool only on
        /// vmlinux.o, adding `--ibt --noinstr --unret --link`.
        #[arg(long, value_name = "ARGS", allow_hyphen_values = true)]
        objtool_args: Option<String>,
        /// Read objtool's noreturn and uaccess-safe lists from this kernel tree
        /// (`tools/objtool/`), or from the tree of this build directory (its
        /// `source` link), instead of the built-in 6.12.117 ones; a tree of
        /// another version than 6.12 makes every prediction uncertain.
        #[arg(long, value_name = "DIR")]
        objtool_tree: Option<PathBuf>,
        /// Also list realignments and allocas (`rsp-dynamic`, informational;
        /// hundreds in a whole vmlinux) in text output. JSON and SARIF always
        /// list them.
        #[arg(long)]
        dynamic: bool,
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
behaviour (unless code reads its own instruction bytes through a pointer it computed:
the stated limit, README). Refused, with the reason: anything not proven, instructions
a relocation patches, sites in alternatives, in special sections or referenced from them.
The result is re-scanned, and objtool runs on input and output; without a working
objtool nothing is written (exit 2): an unvalidated rewrite is never reported as done.
Use it to unblock a build or a test boot, or as a proof; it is not a fix to ship.

Exit status: 0 everything rewritten and re-validated; 1 something refused, a rewritten
site still found by the re-scan, or objtool still failing afterwards; 2 an error.

Examples:
  rspill rewrite mm/memory.o -o /tmp/memory.o
  rspill rewrite --in-place --function folio_zero_user mm/memory.o
  rspill rewrite mm/memory.o --linked-with mm/ -o /tmp/memory.o")]
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
        /// An object, archive or directory IN is linked with (repeatable): the
        /// proof then sees what its code does with IN's functions (a jump into
        /// one's middle, its address taken or computed from), as `scan` of them
        /// together does. Without it, the proof sees IN only.
        #[arg(long = "linked-with", value_name = "PATH")]
        linked_with: Vec<PathBuf>,
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
Each mail is written atomically (temporary file + rename): concurrent runs into one
--out directory and Ctrl-C never leave half a mail or a temporary file behind.

Every reorder and frame-address edit is proven before it is drafted: the unit that
contains the statement is preprocessed with its own compile command before and
after the edit (the edited file swapped in with clang's -ivfsoverlay), nothing
outside asm statements may change, every reference of every changed statement,
fully expanded, must name the same operand, and the edited unit must compile.
Compile commands come from the kbuild .cmd file beside a finding's object, from
--build DIR (units whose dependencies include the file), or from --compile. An
edit that does not verify is not drafted; stderr says why, or how each was verified.

Strategies:
  reorder         ASM_CALL_CONSTRAINT first among the outputs (operands renumbered)
  frame-address   the output replaced by the input \"r\" (__builtin_frame_address(0))
  frame-pointer   arch/x86/Kconfig.debug: KMSAN builds use UNWINDER_FRAME_POINTER

Exit status: 0 drafts written (or nothing to draft), 1 sites found but no strategy
applies, 2 a site could not be drafted (the others still are), 130 interrupted
(the mails already written are complete).

Examples:
  rspill suggest --tree ~/linux out/mm/memory.o
  rspill scan --format json out/mm/ > f.jsonl && rspill suggest --tree ~/linux --findings f.jsonl
  rspill suggest --tree ~/linux --build ~/linux/out --site arch/x86/include/asm/page_64.h:74
  rspill suggest --tree . --compile 'clang-19 -O2 -c t.c' --site t.c:12")]
    Suggest {
        /// The kernel source tree to draft against (never modified).
        #[arg(long, value_name = "SRC")]
        tree: PathBuf,
        /// Objects to scan for findings.
        #[arg(value_name = "OBJECT", required_unless_present_any = ["findings", "site", "every_statement"])]
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
        /// Strategies to draft (repeatable; default: all of them).
        #[arg(long = "strategy", value_enum)]
        strategies: Vec<rspill::fixes::strategies::Strategy>,
        /// Draft for every spilled construct, not only those objtool rejects.
        #[arg(long)]
        all_findings: bool,
        /// A kbuild output directory (O=) whose `.cmd` files give compile
        /// commands that verify each edit (needed for --site and --findings when
        /// the objects' own `.cmd` files are not beside them). Repeatable, one
        /// per configuration: an edit must verify in every one that compiles it.
        #[arg(long, value_name = "DIR")]
        build: Vec<PathBuf>,
        /// A compile command, run in SRC, whose translation unit contains the
        /// statement (e.g. 'clang-19 -O2 -c lib/zero.c'): used to verify edits
        /// when there is no kbuild build.
        #[arg(long, value_name = "CMD")]
        compile: Option<String>,
        /// Merge the drafts of one strategy (--strategy) into a `git
        /// format-patch` series: one patch per file, each file with several
        /// statements proven again as merged, and a cover letter carrying the
        /// inventory table of the OBJECTs (or the tree's census).
        #[arg(long)]
        series: bool,
        /// Draft for every statement of the tree's arch/x86 that names
        /// ASM_CALL_CONSTRAINT (the census), not only those behind findings.
        #[arg(long)]
        every_statement: bool,
    },
    /// Build every draft in a scratch copy of the tree, with and without KMSAN, and
    /// decide from the measurements.
    #[command(after_help = "\
For the baseline and each DRAFT (a mail from `rspill suggest`, or any git patch):
  - a scratch copy of SRC: a git worktree when SRC is a clean git checkout, else
    hard links with the files the draft changes broken out; SRC itself is never
    written, and the scratch directory is removed at the end, also on failure and
    Ctrl-C (--keep keeps it);
  - the draft applied with `git apply` (a draft that does not apply is a verdict);
  - kbuild: `make -C TREE O=.rspill-kmsan LLVM=-19 OBJECTS`, and the same with the
    !KMSAN configuration; `make prepare` runs once per configuration and the
    prepared build directory is copied into every candidate's tree;
  - KMSAN objects: `rspill scan` (the construct: spilled %rsp copies left) and
    objtool (the build's own tools/objtool/objtool, or --objtool);
  - !KMSAN objects: compared with the baseline's function by function (`rspill diff`).
A failed or timed-out build is a verdict with its log tail. The recommendation is
the passing candidate with identical !KMSAN code, preferring a source change over a
configuration change, then the smaller patch.

Configurations: --kmsan-config (a full .config; default: defconfig + KMSAN +
DEBUG_INFO) and --plain-config (default: the KMSAN configuration with KMSAN unset),
each completed with `make olddefconfig`.

Exit status: 0 a candidate is recommended (or the baseline needs no fix), 1 no
candidate passes, 2 a usage or set-up error, 130 interrupted.

Examples:
  rspill check --tree ~/linux --objects mm/memory.o rspill-drafts/*.patch
  rspill check --tree ~/linux --objects mm/memory.o --kmsan-config kmsan.config \\
      --build ~/out-kmsan --format markdown rspill-drafts/*.patch
  rspill check --tree ~/linux --objects mm/memory.o --cc 'distcc clang-19' -j 32 d.patch")]
    Check {
        /// The kernel source tree (never modified).
        #[arg(long, value_name = "SRC")]
        tree: PathBuf,
        /// Objects to build and compare, as kbuild targets (comma-separated or
        /// repeated): mm/memory.o,mm/gup.o
        #[arg(long, value_name = "LIST", value_delimiter = ',', required = true)]
        objects: Vec<String>,
        /// A build directory of SRC (earlier build): objects whose `.*.o.cmd`
        /// dependencies include a file a draft changes are compared too.
        #[arg(long, value_name = "DIR")]
        build: Option<PathBuf>,
        /// The patch mails to try.
        #[arg(value_name = "DRAFT", required = true)]
        drafts: Vec<PathBuf>,
        #[command(flatten)]
        opts: CheckOptions,
    },
    /// scan + suggest + check in one go, from a failed KMSAN build: its directory, its log or objects.
    #[command(after_help = "\
Start from what the failed build left:
  rspill fix OUT                    every object linked into vmlinux.o (vmlinux.a's
                                    members; else every object of OUT) is scanned and
                                    the findings objtool rejects are fixed
  rspill fix --log build.log        objtool's lines in the log (`vmlinux.o: error:
                                    objtool: folio_zero_user+0x801: ...`) are mapped to
                                    the objects defining those functions; the build
                                    directory is the one make entered
  rspill fix OUT/mm/memory.o        just these objects
OUT/vmlinux.o and OUT/vmlinux.a mean OUT. Each finding is printed with the object it
came from (and, for a log line, whether rspill's scan predicts it).

The build directory's .config is the KMSAN configuration, and its kbuild `source`
link (or --tree) names the tree. The candidate fixes are drafted into --drafts and
checked as `rspill check` does (see `rspill check --help`), with one difference:
when the build runs objtool on vmlinux.o (CONFIG_X86_KERNEL_IBT, clang's defconfig:
`.vmlinux.o.cmd` records it), objtool's verdict comes from vmlinux.o relinked the
way the build links it — the build's own vmlinux.a members with the rebuilt objects
in their places, the recorded `ld -r`, objtool with the recorded options — so the
verdict is \"the build that failed now passes\", with objtool's own lines.

Exit status: as `rspill check`; 0 also when there is nothing to fix.

Examples:
  rspill fix ~/out-kmsan
  rspill fix --log build.log
  rspill fix --no-check ~/out-kmsan/vmlinux.o
  rspill fix ~/out-kmsan --report report.md")]
    Fix {
        /// Objects of a KMSAN kbuild build directory, the directory itself, or its vmlinux.o/vmlinux.a.
        #[arg(value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// The failed build's log: objtool's lines name the functions to fix.
        #[arg(long, value_name = "FILE")]
        log: Option<PathBuf>,
        /// Locate the findings and write the drafts; build and check nothing.
        #[arg(long)]
        no_check: bool,
        /// The source tree (default: the build directory's `source` link).
        #[arg(long, value_name = "SRC")]
        tree: Option<PathBuf>,
        /// Where to write the drafted mails.
        #[arg(long, value_name = "DIR", default_value = "rspill-drafts")]
        drafts: PathBuf,
        /// Also write the run as kernel CI reports a failure (tree, commit, config,
        /// compilers, reproduce commands, objtool before/after, the verdict table,
        /// Reported-by/Fixes/Link tags): markdown when FILE ends in .md, else text.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        #[command(flatten)]
        opts: CheckOptions,
    },
    /// Cut a minimal relocatable object holding just the given functions, for bug reports.
    #[command(after_help = "\
The functions' bytes and relocations are copied unchanged, with undefined symbols for
everything they reference, so objtool and `rspill scan` report the same findings at
the same offsets as on the original. Branches the assembler resolved to code outside
the chosen functions become relocations. The kernel's tables naming the functions'
code (`__jump_table`, `__ex_table`, `.altinstructions`...) are not carried: they are
listed, and both objects are scanned (and checked by objtool) to tell whether the
reproducer still reports what the input reports.

Exit status: 0 the reproducer reports the same findings (and objtool the same
warnings in those functions); 1 it does not (printed: what differs); 2 an error.

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
    /// Every %rsp restore grouped by the inline asm statement that causes it, ranked by risk.
    #[command(after_help = "\
Inputs are scanned as `rspill scan` does, with DWARF. Each restore is attributed to
the inline asm statement of its innermost source frame (the asm's call when found,
else the restore's). With --tree, files are named relative to the tree, and the
source census of the tree's arch/x86 (every ASM_CALL_CONSTRAINT statement, found by
parsing, macros named) is joined: a statement inside a census statement takes its
first line, and census statements that cause no restore in these objects are listed
as no-copy.

Risk, most first: unprovable (an rsp-unknown-restore) > objtool-visible (the build
fails) > spilled (a register allocation away from failing) > register-chain > other
(stack switches) > no-copy.

Exit status: 0 the inventory was written, 2 an input could not be read (the others
are still counted).

Examples:
  rspill inventory --tree ~/linux out/mm/
  rspill inventory --format markdown --tree ~/linux out/vmlinux.o > inventory.md")]
    Inventory {
        /// Objects, vmlinux.o, archives or directories (as for `scan`).
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// The source tree the objects were built from: names files relative
        /// to it and joins the source census.
        #[arg(long, value_name = "SRC")]
        tree: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: rspill::render::InventoryFormat,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
    },
    /// Cut a finding's function down to a minimal LLVM IR reproducer (for the compiler bug).
    #[command(after_help = "\
The unit's IR comes from the object's own compile command (kbuild's .NAME.o.cmd beside
it, or --compile) with -S -emit-llvm in place of -c; the function is extracted with
llvm-extract and cut down by llvm-reduce, with rspill as the interestingness test: llc
must still turn the IR into a finding of the same kind in the same function, still one
objtool rejects if the original was, and objtool (when found) must still print the
original's message for it. Calls must keep a named callee. The LLVM tools carry the
compiler's version suffix (clang-19 -> llc-19, llvm-extract-19, llvm-reduce-19) unless
--llvm says otherwise.

Written to --out: reduced.ll and reduced.o, extracted.ll (the starting point),
interesting.sh (the test, to run again by hand), reduced-no-sanitize-memory.ll/.o (the
same IR compiled without the sanitize_memory attribute), llvm-reduce.log and REPORT.md
(versions, the llc line, expected and actual, rspill's listing: ready for an LLVM issue).
Progress on stderr. Ctrl-C stops llvm-reduce and keeps the best reproducer found so far.

Exit status: 0 a reproducer written; 2 an error (no finding in the function, no compile
command, LLVM tools missing, the finding not reproduced by llc); 130 interrupted.

Examples:
  rspill reduce out/mm/memory.o folio_zero_user
  rspill reduce --kind rsp-register-chain --out slab-repro out/mm/slub.o kmem_cache_free
  rspill reduce --compile 'clang-19 -O2 -fsanitize=kernel-memory -c t.c' t.o f")]
    Reduce {
        /// The object the finding is in.
        #[arg(value_name = "OBJECT")]
        object: PathBuf,
        /// The function.
        #[arg(value_name = "FUNC")]
        function: String,
        /// Which of the function's findings (default: the most serious).
        #[arg(long, value_enum)]
        kind: Option<rspill::analysis::findings::Kind>,
        /// The output directory (new or empty; default: rspill-reduce-FUNC).
        #[arg(long, short, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The compile command, run in the current directory, when the object
        /// has no kbuild .cmd file.
        #[arg(long, value_name = "CMD")]
        compile: Option<String>,
        /// Suffix of the LLVM tools (`-19`; `` for unversioned), default: the compiler's.
        #[arg(long, value_name = "SUFFIX", allow_hyphen_values = true)]
        llvm: Option<String>,
        /// objtool for the test and the final check (default: $OBJTOOL, Debian's, or PATH).
        #[arg(long, value_name = "PATH")]
        objtool: Option<PathBuf>,
        /// Leave objtool out of the test (rspill's prediction only).
        #[arg(long)]
        no_objtool: bool,
        /// Let the restore's proven redundancy change (by default a proven
        /// no-op must stay one, and a restore not proven must stay unproven).
        #[arg(long)]
        any_redundancy: bool,
        /// llvm-reduce threads (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
    },
    /// The interestingness test `reduce` gives llvm-reduce (exit 0: interesting).
    #[command(hide = true)]
    ReduceTest {
        #[arg(long)]
        function: String,
        #[arg(long, value_enum)]
        kind: rspill::analysis::findings::Kind,
        #[arg(long, allow_hyphen_values = true)]
        llvm: String,
        #[arg(long, value_enum)]
        restored_from: rspill::reduce::interesting::RestoredFrom,
        #[arg(long)]
        in_loop: bool,
        #[arg(long)]
        redundant: Option<bool>,
        #[arg(long)]
        copied: bool,
        #[arg(long)]
        reads_rsp: bool,
        #[arg(long)]
        objtool_visible: bool,
        #[arg(long)]
        objtool_text: Option<String>,
        #[arg(long = "keep-attribute")]
        keep_attributes: Vec<String>,
        #[arg(long)]
        objtool: Option<PathBuf>,
        /// Where the smallest interesting file so far is kept.
        #[arg(long)]
        best: Option<PathBuf>,
        /// The candidate IR file.
        ir: PathBuf,
    },
}

/// Options `check` and `fix` share: configurations, toolchain, scheduling, scratch space.
#[derive(clap::Args)]
pub struct CheckOptions {
    /// The KMSAN configuration (a full .config).
    #[arg(long, value_name = "FILE")]
    pub kmsan_config: Option<PathBuf>,
    /// The !KMSAN configuration (a full .config).
    #[arg(long, value_name = "FILE")]
    pub plain_config: Option<PathBuf>,
    /// A KMSAN build of the unmodified tree (usually --build, the user's own)
    /// taken as the baseline instead of building it again. Refused unless its
    /// .config is the prepared KMSAN configuration and every object is newer
    /// than each file it was built from; a candidate object compiled by another
    /// command than the baseline's is a problem of its row.
    #[arg(long, value_name = "DIR")]
    pub kmsan_baseline: Option<PathBuf>,
    /// The same for !KMSAN: a build of the unmodified tree with the !KMSAN
    /// configuration.
    #[arg(long, value_name = "DIR")]
    pub plain_baseline: Option<PathBuf>,
    /// At most this many objects in all (the named ones always count); the rest
    /// of the selection is listed as left out. Default: no cap.
    #[arg(long, value_name = "N")]
    pub max_objects: Option<usize>,
    /// Build every object that includes a changed file, not only those the
    /// selection names (an edit inside one function's body selects the objects
    /// whose DWARF names the function): slow, and it shows whether the selection
    /// missed an object whose !KMSAN code changed.
    #[arg(long)]
    pub all_objects: bool,
    /// kbuild's LLVM= (`-19` for clang-19, `1` for unversioned tools, `` for none).
    #[arg(
        long,
        value_name = "SUFFIX",
        default_value = "-19",
        allow_hyphen_values = true
    )]
    pub llvm: String,
    /// gcc for a third configuration, !KMSAN built by gcc (the headers a fix
    /// edits are built by gcc too): a command such as `gcc-12` or `ccache gcc-12`.
    /// Default: gcc-12, else gcc, when installed.
    #[arg(long, value_name = "CC", conflicts_with = "no_gcc")]
    pub gcc: Option<String>,
    /// No gcc configuration.
    #[arg(long)]
    pub no_gcc: bool,
    /// kbuild's CC=, e.g. a wrapper: --cc 'distcc clang-19' (passed to make as one
    /// argument).
    #[arg(long, value_name = "CC")]
    pub cc: Option<String>,
    /// An extra make argument (repeatable): --make-arg KCFLAGS=-g1
    #[arg(long = "make-arg", value_name = "ARG", allow_hyphen_values = true)]
    pub make_args: Vec<String>,
    /// The make to run.
    #[arg(long, value_name = "MAKE", default_value = "make")]
    pub make: String,
    /// Jobs in all (default: the number of CPUs); split between the builds that run at once.
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Builds at once (default: as many as the jobs allow, one job each).
    #[arg(long, value_name = "N")]
    pub parallel: Option<usize>,
    /// Stop a build (make step) after this many seconds; it becomes a verdict.
    #[arg(long, value_name = "SECONDS", default_value_t = 3600)]
    pub timeout: u64,
    /// objtool to validate with (default: the build's own tools/objtool/objtool).
    #[arg(long, value_name = "PATH")]
    pub objtool: Option<PathBuf>,
    /// Where to make the scratch directory (default: $TMPDIR or /tmp; hard links
    /// need the tree's file system, elsewhere files are copied).
    #[arg(long, value_name = "DIR")]
    pub scratch: Option<PathBuf>,
    /// Keep the scratch trees and build directories.
    #[arg(long)]
    pub keep: bool,
    /// Print which objects each draft can change (the selection) and build
    /// nothing.
    #[arg(long)]
    pub plan: bool,
    /// Where to keep a log per build (default: a new rspill-logs-* directory next
    /// to the scratch directory).
    #[arg(long, value_name = "DIR")]
    pub logs: Option<PathBuf>,
    /// Output format of the verdict table.
    #[arg(long, value_enum, default_value = "text")]
    pub format: CheckFormat,
    /// No progress lines on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}
