//! Every source edit proven by the tools that define its meaning: the
//! translation unit is preprocessed before and after the edit with its own
//! compile command, the two token streams must be identical outside asm
//! statements, every changed asm statement is parsed fully expanded (literals
//! concatenated, escapes decoded, macros expanded) and each operand reference
//! of its template — positional, named, `%l` labels, hidden inputs of `"+"`
//! outputs, matching-constraint digits — must denote the same operand as
//! before; then the edited unit is compiled. Anything else is a refusal with
//! the reason.

use crate::fixes::source::{Tok, Token, tokenize};
use crate::kbuild::compile_command::CompileCommand;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// What an edit is allowed to change in a statement's operand lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The outputs are permuted; nothing else moves.
    Reorder,
    /// One output that nothing refers to is removed, and `"r"
    /// (__builtin_frame_address(0))` is appended to the inputs.
    FrameAddress,
}

/// What a successful verification covered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proof {
    /// The compile command used (its `.cmd` file or the stated command).
    pub origin: String,
    /// Changed asm statements in the preprocessed unit (one per expansion).
    pub statements: usize,
    /// Operand references (template and matching constraints) checked.
    pub references: usize,
    /// The most general registers a changed statement needs after the edit.
    pub registers: usize,
    /// The most it may need on i386 besides the frame address, whatever the
    /// operands' types there (a 64-bit unit cannot tell them: `uint64_t` is
    /// `long` on x86-64); see `Expanded::general_registers`.
    pub registers_i386: usize,
    /// The same, counting operands the source declares 4 bytes wide
    /// (`declared_width`) as 64-bit ones too.
    pub registers_i386_undeclared: usize,
    /// The unit is built for 32-bit x86.
    pub bits32: bool,
}

/// The reason given when Ctrl-C stopped a verification.
pub const INTERRUPTED: &str = "interrupted";

/// At most this many translation units are tried for one edit (a header's
/// macro may be expanded in none of the first ones).
pub const MAX_UNITS: usize = 6;

/// Prove an edit of `file` (as each command's compiler opens it: the path
/// whose tail is `rel`) from `old` to `new`, with the first of `commands`
/// whose unit compiles a statement the edit changes.
pub fn prove(
    commands: &[CompileCommand],
    rel: &Path,
    old: &str,
    new: &str,
    change: Change,
    source: &SourceOperands,
    interrupted: &AtomicBool,
) -> Result<Proof, NotProven> {
    let edit = EditFiles::new(rel, old, new, source)?;
    let mut why_not = Vec::new();
    for cmd in commands.iter().take(MAX_UNITS) {
        match edit.try_unit(cmd, change, interrupted)? {
            Ok(p) => return Ok(p),
            Err(Unit::Refuted(e)) => return Err(NotProven::Wrong(e)),
            Err(Unit::Untrusted(e)) => return Err(NotProven::Untrusted(e)),
            Err(Unit::Unusable(e) | Unit::Absent(e)) => why_not.push(e),
        }
    }
    Err(NotProven::Unverifiable(if why_not.is_empty() {
        NO_COMMAND.to_string()
    } else {
        format!("could not verify: {}", why_not.join("; "))
    }))
}

/// The edited file before and after the edit, in a scratch directory the
/// units' compilers read it from.
struct EditFiles<'r> {
    rel: &'r Path,
    /// Operands that take one i386 register (`declared_width`).
    narrow: &'r [String],
    /// Names the statement uses that no file or command rspill read defines.
    unread: &'r [String],
    /// `SourceOperands::open_world`.
    open_world: Option<&'r Path>,
    /// `SourceOperands::reached_names`.
    reached: &'r [String],
    scratch: tempfile::TempDir,
    before: PathBuf,
    after: PathBuf,
}

impl<'r> EditFiles<'r> {
    fn new(
        rel: &'r Path,
        old: &str,
        new: &str,
        source: &'r SourceOperands,
    ) -> Result<Self, NotProven> {
        let scratch = tempfile::Builder::new()
            .prefix("rspill-verify-")
            .tempdir()
            .map_err(|e| {
                NotProven::Unverifiable(format!("cannot make a scratch directory: {e}"))
            })?;
        let name = rel.file_name().unwrap_or(rel.as_os_str());
        let before = scratch.path().join("before").join(name);
        let after = scratch.path().join("after").join(name);
        for (p, t) in [(&before, old), (&after, new)] {
            std::fs::create_dir_all(p.parent().unwrap_or(scratch.path()))
                .and_then(|_| std::fs::write(p, t))
                .map_err(|e| NotProven::Unverifiable(format!("{}: {e}", p.display())))?;
        }
        Ok(EditFiles {
            rel,
            narrow: &source.narrow,
            unread: &source.unread_names,
            open_world: source.open_world.as_deref(),
            reached: &source.reached_names,
            scratch,
            before,
            after,
        })
    }

    /// The edit in one unit; `Err` only when Ctrl-C stopped it (the compiler
    /// dies with us: its failure then says nothing).
    fn try_unit(
        &self,
        cmd: &CompileCommand,
        change: Change,
        interrupted: &AtomicBool,
    ) -> Result<Result<Proof, Unit>, NotProven> {
        let stopped = || {
            interrupted
                .load(Ordering::SeqCst)
                .then(|| NotProven::Unverifiable(INTERRUPTED.into()))
        };
        if let Some(e) = stopped() {
            return Err(e);
        }
        let Some(file) = opened_path(cmd, self.rel) else {
            return Ok(Err(Unit::Unusable(format!(
                "{} does not read {}",
                cmd.origin,
                self.rel.display()
            ))));
        };
        let result = prove_in_unit(cmd, &file, self, change);
        match stopped() {
            Some(e) => Err(e),
            None => Ok(result),
        }
    }
}

/// The frame address forces a frame pointer (and is `%ebp` itself when
/// optimising): a 32-bit build then has six general registers for the rest
/// of the asm. When none of the
/// proofs came from a 32-bit unit and the statement may need more there (every
/// operand 64-bit), or its operand lists hold macros (`opaque`) whose i386
/// expansion rspill has not seen, a 32-bit configuration the statement may also
/// be built in is unchecked (the kernel's x86 headers are built for both): why.
fn unchecked_32bit(proofs: &[Proof], change: Change, source: &SourceOperands) -> Option<String> {
    if change != Change::FrameAddress || proofs.iter().any(|p| p.bits32) {
        return None;
    }
    let need = proofs.iter().map(|p| p.registers_i386).max()?;
    if need > I386_REGISTERS_WITH_FRAME_POINTER {
        Some(format!(
            "after the edit the statement may need {need} general registers on i386 (counting each operand that may take registers as a 64-bit one, two, unless the source declares it narrower in every configuration)"
        ))
    } else if !source.macro_operands.is_empty() {
        Some(format!(
            "its operand and clobber lists use {}, which may expand to other operands or clobbers on i386",
            source.macro_operands.join(", ")
        ))
    } else {
        None
    }
}

/// At most this many 32-bit units are preprocessed to show that none of them
/// compiles the statement.
pub const MAX_32BIT_UNITS: usize = 32;

/// The 32-bit units of `groups` (an i386 build's, the `-m32`/`-m16` ones of an
/// x86-64 build) that read the file, each preprocessed before and after the
/// edit: `Ok(origins)` when there is at least one and none compiles a
/// statement the edit changes (`#ifdef CONFIG_X86_64` code as the real
/// preprocessor sees it), so the 32-bit register limit cannot bite in these
/// builds. A unit that compiles it and verifies would have been a proof.
fn not_compiled_32bit(
    groups: &[Vec<CompileCommand>],
    rel: &Path,
    old: &str,
    new: &str,
    change: Change,
    source: &SourceOperands,
    interrupted: &AtomicBool,
) -> Result<Vec<String>, NotProven> {
    let units: Vec<&CompileCommand> = groups
        .iter()
        .flatten()
        .filter(|c| is_32bit(c) && !is_assembler(c))
        .collect();
    if units.is_empty() {
        return Err(NotProven::Unverifiable(
            "no 32-bit unit of the builds given reads the file".into(),
        ));
    }
    if units.len() > MAX_32BIT_UNITS {
        return Err(NotProven::Unverifiable(format!(
            "{} 32-bit units read the file, more than the {MAX_32BIT_UNITS} rspill preprocesses to show none compiles the statement",
            units.len()
        )));
    }
    // The widths are what a 32-bit unit cannot take on trust: none here.
    let unit_source = SourceOperands {
        narrow: Vec::new(),
        ..source.clone()
    };
    let edit = EditFiles::new(rel, old, new, &unit_source)?;
    let mut origins = Vec::new();
    for cmd in units {
        match edit.try_unit(cmd, change, interrupted)? {
            // Compiled and verified in 32 bits after all: as good.
            Ok(p) => origins.push(format!("{} (compiles it)", p.origin)),
            Err(Unit::Absent(_)) => origins.push(cmd.origin.clone()),
            Err(Unit::Refuted(e)) => {
                return Err(NotProven::Wrong(format!(
                    "in the 32-bit unit of {}: {e}",
                    cmd.origin
                )));
            }
            Err(Unit::Untrusted(e)) => {
                return Err(NotProven::Untrusted(format!(
                    "in the 32-bit unit of {}: {e}",
                    cmd.origin
                )));
            }
            Err(Unit::Unusable(e)) => {
                return Err(NotProven::Unverifiable(format!("could not verify: {e}")));
            }
        }
    }
    Ok(origins)
}

/// What the edited statement's source says about its operands in
/// configurations no unit at hand compiles (an i386 build).
#[derive(Clone, Debug, Default)]
pub struct SourceOperands {
    /// Operands written as macros (`AsmStatement::macro_operands`): they may
    /// expand to other operands there.
    pub macro_operands: Vec<String>,
    /// Operands that take one i386 register there
    /// (`declared_width::narrow_operands`).
    pub narrow: Vec<String>,
    /// Names the statement uses (directly or through the macros rspill
    /// read) that no file or command it read defines: plain identifiers or
    /// text to rspill. A unit in which one is a macro took it from outside
    /// what was read (a header outside the tree, `-include`, `-imacros`),
    /// and another configuration's may differ: the edit is refused there.
    pub unread_names: Vec<String>,
    /// The tree, when nothing says which commands build it (a stated
    /// `--compile`): a unit reading headers outside it through its own
    /// include options is then refused, since another configuration's
    /// options may name other files there.
    pub open_world: Option<PathBuf>,
    /// Every name the statement uses, directly or through the macros
    /// rspill read (a superset of `unread_names`): a header outside the
    /// tree that defines one is refused in an open world.
    pub reached_names: Vec<String>,
}

/// Prove an edit in every configuration (`groups`) that compiles the
/// statement: wrong in one is wrong; at least one must compile it.
pub fn prove_everywhere(
    groups: &[Vec<CompileCommand>],
    rel: &Path,
    old: &str,
    new: &str,
    change: Change,
    source: &SourceOperands,
    interrupted: &AtomicBool,
) -> Result<Proofs, NotProven> {
    let mut proofs = Vec::new();
    let mut why_not = Vec::new();
    let configurations = by_configuration(groups, old);
    // At -O0 clang gives an asm statement's register operands registers in
    // operand order: the reordered statement means the same and renders
    // with other registers (blind review 118: 32 of 40 random statements;
    // none at -O1 and above).
    if change == Change::Reorder {
        if let Some(cmd) = configurations.iter().flatten().find(|c| {
            register_options(c)
                .last()
                .is_some_and(|o| o == "optimization -O0")
        }) {
            return Err(NotProven::Wrong(format!(
                "{} compiles the statement at -O0, where clang assigns its operands registers in their order: reordered, it renders with other registers",
                cmd.origin
            )));
        }
    }
    if configurations.len() > MAX_CONFIGURATIONS {
        return Err(NotProven::Unverifiable(format!(
            "the units that read the file come in {} configurations (command-line macros the file names, word size, options that decide registers), more than the {MAX_CONFIGURATIONS} rspill verifies one by one",
            configurations.len()
        )));
    }
    for g in &configurations {
        match prove(g, rel, old, new, change, source, interrupted) {
            Ok(p) => proofs.push(p),
            Err(NotProven::Unverifiable(e)) => why_not.push(e),
            Err(wrong) => return Err(wrong),
        }
    }
    if proofs.is_empty() {
        return Err(NotProven::Unverifiable(if why_not.is_empty() {
            NO_COMMAND.into()
        } else {
            why_not.join("; ")
        }));
    }
    let mut not_compiled = Vec::new();
    let mut narrow_on_i386 = Vec::new();
    if let Some(why) = unchecked_32bit(&proofs, change, source) {
        not_compiled = not_compiled_32bit(groups, rel, old, new, change, source, interrupted).map_err(
            |e| match e {
                NotProven::Wrong(e) => NotProven::Wrong(e),
                NotProven::Untrusted(e) => NotProven::Untrusted(e),
                NotProven::Unverifiable(e) => NotProven::Unverifiable(format!(
                    "{why}, and no 32-bit unit verified it: a 32-bit build with the frame pointer the input forces has {I386_REGISTERS_WITH_FRAME_POINTER} general registers for it ({e}; give an i386 build with --build)"
                )),
            },
        )?;
    } else if change == Change::FrameAddress
        && !proofs.iter().any(|p| p.bits32)
        && proofs
            .iter()
            .any(|p| p.registers_i386_undeclared > I386_REGISTERS_WITH_FRAME_POINTER)
    {
        // The statement fits only because of the declared widths.
        narrow_on_i386 = source.narrow.clone();
    }
    Ok(Proofs {
        units: proofs,
        not_compiled_32bit: not_compiled,
        narrow_on_i386,
    })
}

/// What `prove_everywhere` showed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Proofs {
    /// One proof per configuration that compiles the statement.
    pub units: Vec<Proof>,
    /// When the edited statement needs more registers than a 32-bit build
    /// has: the 32-bit units that read the file and, preprocessed, compile
    /// none of the changed statements.
    pub not_compiled_32bit: Vec<String>,
    /// When the statement fits a 32-bit build's registers only because the
    /// source declares these operands 4 bytes wide in every configuration.
    pub narrow_on_i386: Vec<String>,
}

/// At most this many configurations of the units that read a file are
/// verified one by one.
pub const MAX_CONFIGURATIONS: usize = 16;

/// Each group's units split by configuration: units whose command lines
/// define or undefine differently a macro the file's text names (`-DOP_WIDE`
/// on one unit of a build), force-include other files, or build for another
/// word size see the statement differently, and each such set is verified on
/// its own (in rank order, as the group). Macros the file never names
/// (`KBUILD_MODNAME`) do not split. So do the options that decide how many
/// registers the statement's operands can have (`register_options`): an
/// `-O0` unit of a build had no register left for the frame address an
/// `-O2` unit found one for (blind review 112).
fn by_configuration(groups: &[Vec<CompileCommand>], text: &str) -> Vec<Vec<CompileCommand>> {
    let words: std::collections::HashSet<&str> = text
        .split(|c: char| !(crate::fixes::source::ident_char(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let key = |cmd: &CompileCommand| -> Vec<String> {
        let mut k = vec![is_32bit(cmd).to_string()];
        k.extend(register_options(cmd));
        // Macro options in every spelling the driver takes: `-Wp,-DX`,
        // `--define-macro=X` (blind review 118).
        let mut spelled = Vec::new();
        let mut args = cmd.args.iter();
        while let Some(a) = args.next() {
            if let Some(list) = a.strip_prefix("-Wp,") {
                spelled.extend(list.split(',').map(str::to_string));
            } else if let Some(m) = a.strip_prefix("--define-macro") {
                let m = m.strip_prefix('=').map(str::to_string);
                spelled.push(format!(
                    "-D{}",
                    m.or_else(|| args.next().cloned()).unwrap_or_default()
                ));
            } else if let Some(m) = a.strip_prefix("--undefine-macro") {
                let m = m.strip_prefix('=').map(str::to_string);
                spelled.push(format!(
                    "-U{}",
                    m.or_else(|| args.next().cloned()).unwrap_or_default()
                ));
            } else {
                spelled.push(a.clone());
            }
        }
        let mut args = spelled.iter().peekable();
        while let Some(a) = args.next() {
            // Options read from a file: the unit is a configuration of its
            // own, verified by compiling it (blind review 118's `-O0` and
            // `-m32` in `@b.rsp`).
            if a.starts_with('@') {
                k.push(format!("{} {}", cmd.source.display(), a));
                continue;
            }
            let (flag, rest) = match a.as_str() {
                "-D" | "-U" | "-include" => (a.clone(), args.next().cloned().unwrap_or_default()),
                _ if a.starts_with("-D") || a.starts_with("-U") => {
                    (a[..2].to_string(), a[2..].to_string())
                }
                _ => continue,
            };
            let name = rest.split('=').next().unwrap_or("");
            if flag == "-include" || words.contains(name) {
                k.push(format!("{flag}{rest}"));
            }
        }
        k.sort();
        k
    };
    let mut out = Vec::new();
    for g in groups {
        let mut by_key: Vec<(Vec<String>, Vec<CompileCommand>)> = Vec::new();
        // Assembler sources (`.S`, built with `-D__ASSEMBLY__`) compile no C
        // asm statement: not a configuration of one.
        for cmd in g.iter().filter(|c| !is_assembler(c)) {
            let k = key(cmd);
            match by_key.iter_mut().find(|(x, _)| *x == k) {
                Some((_, v)) => v.push(cmd.clone()),
                None => by_key.push((k, vec![cmd.clone()])),
            }
        }
        out.extend(by_key.into_iter().map(|(_, v)| v));
    }
    out
}

/// The options of `cmd` that change which registers an asm statement's
/// operands can get: the optimization level (the last `-O`), the frame
/// pointer, registers reserved or given other roles (`-ffixed-`,
/// `-fcall-used-`, `-fcall-saved-`, `-mregparm`), position independence
/// (`%ebx` on i386) and instrumentation (`-fsanitize=`), as given.
fn register_options(cmd: &CompileCommand) -> Vec<String> {
    let mut out = Vec::new();
    let mut level = None;
    for a in &with_response_files(cmd) {
        if a.starts_with("-O") {
            level = Some(a.clone());
        } else if let Some(n) = a.strip_prefix("--optimize") {
            level = Some(format!("-O{}", n.strip_prefix('=').unwrap_or("1")));
        } else if [
            "-fomit-frame-pointer",
            "-fno-omit-frame-pointer",
            "-momit-leaf-frame-pointer",
            "-mno-omit-leaf-frame-pointer",
            "-fpic",
            "-fPIC",
            "-fpie",
            "-fPIE",
            "-fno-pic",
            "-fno-PIC",
            "-fno-pie",
            "-fno-PIE",
        ]
        .contains(&a.as_str())
            || [
                "-ffixed-",
                "-fcall-used-",
                "-fcall-saved-",
                "-mregparm",
                "-fsanitize",
                "-fno-sanitize",
            ]
            .iter()
            .any(|p| a.starts_with(p))
        {
            out.push(a.clone());
        }
    }
    out.push(format!(
        "optimization {}",
        level.as_deref().unwrap_or("-O0")
    ));
    out
}

/// `cmd`'s arguments with each `@FILE` replaced by the words of that file
/// (read from where the command runs; one level, split at whitespace). One
/// that cannot be read stays, and reads as no option: its unit is a
/// configuration of its own (`by_configuration`) and compiled to verify.
fn with_response_files(cmd: &CompileCommand) -> Vec<String> {
    let mut out = Vec::new();
    for a in &cmd.args {
        match a
            .strip_prefix('@')
            .and_then(|f| std::fs::read_to_string(cmd.cwd.join(f)).ok())
        {
            Some(text) => out.extend(text.split_whitespace().map(str::to_string)),
            None => out.push(a.clone()),
        }
    }
    out
}

/// The start of the reason when the unedited unit's preprocessed text cannot
/// be read as C.
const UNREADABLE_UNIT: &str = "preprocessed unedited unit";

/// Why no unit could be tried.
const NO_COMMAND: &str = "no compile command for a translation unit that reads the file: give --build DIR (the kbuild output directory) or --compile 'CMD'";

/// Why an edit is not proven.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotProven {
    /// The compiler shows the edit is wrong (a reference changes meaning,
    /// code outside asm changes, or the edited unit does not compile).
    Wrong(String),
    /// A unit took something the statement reads from outside what rspill
    /// read: what it shows holds for that unit only, and another
    /// configuration may read something else there.
    Untrusted(String),
    /// No unit could tell: none compiles the statement, or none could be run.
    Unverifiable(String),
}

impl std::fmt::Display for NotProven {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotProven::Wrong(e) => write!(f, "the edit is wrong: {e}"),
            NotProven::Untrusted(e) => write!(f, "the proof cannot be trusted: {e}"),
            NotProven::Unverifiable(e) => f.write_str(e),
        }
    }
}

/// Why a unit gave no proof: the edit is wrong (`Refuted`), or this unit
/// cannot tell (`Unusable`: it does not compile, or does not expand the
/// statement) and another may; `Absent`: the unit preprocesses but compiles
/// no statement the edit changes.
enum Unit {
    Refuted(String),
    /// `NotProven::Untrusted`: no other unit can make up for it.
    Untrusted(String),
    Unusable(String),
    Absent(String),
}

/// The path under which `cmd`'s compiler opens the file `rel` of the tree.
fn opened_path(cmd: &CompileCommand, rel: &Path) -> Option<PathBuf> {
    if cmd.deps.len() == 1 && cmd.source.ends_with(rel) {
        return Some(cmd.source.clone());
    }
    cmd.deps
        .iter()
        .find(|d| d.ends_with(rel))
        .cloned()
        .or_else(|| {
            // A stated command lists only its source: the header is wherever the
            // tree has it, which the preprocessed comparison then shows.
            (cmd.deps.len() == 1).then(|| cmd.cwd.join(rel))
        })
}

fn prove_in_unit(
    cmd: &CompileCommand,
    file: &Path,
    edit: &EditFiles,
    change: Change,
) -> Result<Proof, Unit> {
    let (scratch, before, after) = (edit.scratch.path(), &edit.before, &edit.after);
    let (narrow, unread) = (edit.narrow, edit.unread);
    let before_i = scratch.join("before.i");
    let after_i = scratch.join("after.i");
    if !unread.is_empty() {
        let defines = scratch.join("before.macros");
        preprocess_unedited(cmd, scratch, file, before, &["-E", "-dM"], &defines)?;
        let text = std::fs::read_to_string(&defines)
            .map_err(|e| Unit::Unusable(format!("{}: {e}", defines.display())))?;
        let defined: std::collections::HashSet<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("#define "))
            .map(|l| l.split([' ', '(']).next().unwrap_or(""))
            .collect();
        if let Some(name) = unread.iter().find(|n| defined.contains(n.as_str())) {
            return Err(Unit::Untrusted(format!(
                "`{name}` is a macro in the unit of {}, defined outside the files rspill read (a header outside the tree, -include, -imacros): another configuration may define it otherwise",
                cmd.origin
            )));
        }
    }
    if let Some(tree) = edit.open_world {
        if let Some(why) = outside_reads(cmd, scratch, file, before, tree, edit.reached)? {
            return Err(Unit::Untrusted(format!(
                "in the unit of {}, {why}",
                cmd.origin
            )));
        }
    }
    preprocess_unedited(cmd, scratch, file, before, &["-E"], &before_i)?;
    cmd.run_with(scratch, file, after, &["-E"], &after_i)
        .map_err(|e| Unit::Refuted(format!("the edited file does not preprocess: {e}")))?;
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| Unit::Unusable(format!("{}: {e}", p.display())))
    };
    let (b, a) = (read(&before_i)?, read(&after_i)?);
    if let Some(name) = position_builtin(&b).or_else(|| position_builtin(&a)) {
        return Err(Unit::Untrusted(format!(
            "the unit of {} calls `{name}`, whose value is where the call stands in the source, which the edit moves (blind review 104)",
            cmd.origin
        )));
    }
    // A unit rspill cannot read as C (an assembler file's preprocessed text)
    // says nothing about the edit; one it reads and finds changed refutes it.
    let stats = compare_units(&b, &a, change, narrow).map_err(|e| {
        if e.starts_with(UNREADABLE_UNIT) {
            Unit::Unusable(format!("{} ({})", e, cmd.origin))
        } else {
            Unit::Refuted(e)
        }
    })?;
    if stats.statements == 0 {
        return Err(Unit::Absent(format!(
            "the unit of {} compiles no statement the edit changes",
            cmd.origin
        )));
    }
    let object = scratch.join("after.o");
    if let Err(e) = cmd.run_with(scratch, file, after, &["-c"], &object) {
        let baseline = scratch.join("before.o");
        return Err(
            match cmd.run_with(scratch, file, before, &["-c"], &baseline) {
                Ok(()) => Unit::Refuted(format!("the edited file does not compile: {e}")),
                Err(_) => Unit::Unusable(format!(
                    "the unedited unit does not compile with {}: {e}",
                    cmd.origin
                )),
            },
        );
    }
    // Without optimisation the frame address is copied to a register of its
    // own (clang and gcc at -O0; the default when no -O is given).
    let unoptimised = cmd
        .args
        .iter()
        .rev()
        .find(|a| a.starts_with("-O"))
        .is_none_or(|a| a == "-O0");
    let frame_address_register = usize::from(change == Change::FrameAddress && unoptimised);
    Ok(Proof {
        origin: cmd.origin.clone(),
        statements: stats.statements,
        references: stats.references,
        registers: stats.registers,
        registers_i386: stats.registers_i386 + frame_address_register,
        registers_i386_undeclared: stats.registers_i386_undeclared + frame_address_register,
        bits32: is_32bit(cmd),
    })
}

/// Why the unit may read, in another configuration, something rspill cannot
/// see that changes what the statement means, if it may (only with a stated
/// `--compile`, outside a kbuild tree; blind reviews 21b and 22):
/// - its command takes options or headers from where rspill does not follow
///   them (`@FILE`, `--config`, `-Xclang`, `-Wp,`, `-ivfsoverlay`,
///   `-include-pch`, `-resource-dir`, an `env VAR=` prefix), or rspill's own
///   environment names include directories (`CPATH`, `C_INCLUDE_PATH`);
/// - it names a directory or file outside the tree with an include option
///   (`-I`, `-isystem`, `-include`, `--sysroot`, …), even one it reads
///   nothing from: another configuration may name another with a header
///   in it;
/// - it reads a header outside the tree (however reached: a relative or
///   absolute `#include`, a computed one) that is not in the compiler's own
///   search directories;
/// - a header it reads from the compiler's own directories defines or
///   undefines one of `names`, the names the statement reaches;
/// - a file of the tree it reads may read a header rspill cannot see in
///   another configuration (`include_hazard`), or its compiler is a script.
fn outside_reads(
    cmd: &CompileCommand,
    scratch: &Path,
    file: &Path,
    before: &Path,
    tree: &Path,
    names: &[String],
) -> Result<Option<String>, Unit> {
    const OPAQUE: [&str; 8] = [
        "--config",
        "-Xclang",
        "-Xpreprocessor",
        "-Wp,",
        "-ivfsoverlay",
        "-include-pch",
        "-resource-dir",
        "-fmodule",
    ];
    let tree = tree.canonicalize().unwrap_or_else(|_| tree.to_path_buf());
    let compiler = cmd.compiler().unwrap_or(&cmd.args[0]);
    let at = cmd.args.iter().position(|a| a == compiler).unwrap_or(0);
    if at > 0 {
        return Ok(Some(format!(
            "its command runs the compiler through `{}`, which may set its environment",
            cmd.args[..at].join(" ")
        )));
    }
    if is_script(compiler, &cmd.cwd) {
        return Ok(Some(format!(
            "its compiler `{compiler}` is a script, whose environment and options rspill cannot see"
        )));
    }
    for var in [
        "CPATH",
        "C_INCLUDE_PATH",
        "CPLUS_INCLUDE_PATH",
        "OBJC_INCLUDE_PATH",
    ] {
        if std::env::var_os(var).is_some_and(|v| !v.is_empty()) {
            return Ok(Some(format!(
                "{var} is set: the compiler searches directories no command line names"
            )));
        }
    }
    let mut args = cmd.args.iter().skip(at + 1).peekable();
    while let Some(a) = args.next() {
        if a.starts_with('@') || OPAQUE.iter().any(|o| a.starts_with(o)) {
            return Ok(Some(format!(
                "its command has `{a}`, which reads options or headers rspill does not follow"
            )));
        }
        // Every include option: `-I`, `-i…`, `-F`, `--include…`, `--sysroot`.
        let include = ["-I", "-i", "-F", "--include", "--sysroot"]
            .iter()
            .any(|p| a.starts_with(p));
        if !include {
            continue;
        }
        let joined = [
            "-I",
            "-F",
            "-i",
            "--include-directory",
            "--sysroot",
            "--include",
        ]
        .iter()
        .filter_map(|p| a.strip_prefix(p))
        .map(|v| v.trim_start_matches(['=', ' ']))
        // `-isystem DIR`: the option's own name is letters only.
        .find(|v| !v.is_empty() && !v.chars().all(|c| c.is_ascii_alphabetic() || c == '-'));
        let value = match joined {
            Some(v) => v.to_string(),
            None => match args.next() {
                Some(v) => v.clone(),
                None => continue,
            },
        };
        let path = cmd.cwd.join(&value);
        let path = path.canonicalize().unwrap_or(path);
        // One of the compiler's own directories (`-nostdinc -isystem
        // $(clang -print-file-name=include)`, as kbuild does) is the same
        // for every configuration.
        let own = compiler_search_dirs(compiler).contains(&path);
        if !path.starts_with(&tree) && !own {
            return Ok(Some(format!(
                "its command names {value} with `{a}`, outside the tree: another configuration may name another place there, with headers rspill cannot see"
            )));
        }
    }
    let deps = scratch.join("before.deps");
    preprocess_unedited(cmd, scratch, file, before, &["-M"], &deps)?;
    let text = std::fs::read_to_string(&deps)
        .map_err(|e| Unit::Unusable(format!("{}: {e}", deps.display())))?;
    let system = compiler_search_dirs(compiler);
    for dep in make_rule_prerequisites(&text) {
        let dep = dep.as_str();
        let path = cmd.cwd.join(dep);
        let Ok(path) = path.canonicalize() else {
            return Ok(Some(format!("it reads {dep}, which rspill cannot resolve")));
        };
        if path.starts_with(&tree) {
            let Ok(bytes) = std::fs::read(&path) else {
                return Ok(Some(format!("it reads {dep}, which rspill cannot read")));
            };
            if let Some(why) = include_hazard(&path, &String::from_utf8_lossy(&bytes), &tree) {
                return Ok(Some(format!("it reads {dep}, which {why}")));
            }
            continue;
        }
        if !system.iter().any(|d| path.starts_with(d)) {
            return Ok(Some(format!(
                "it reads {dep}, outside the tree and the compiler's own directories: what that file defines in another configuration is unseen"
            )));
        }
        let Ok(bytes) = std::fs::read(&path) else {
            return Ok(Some(format!("it reads {dep}, which rspill cannot read")));
        };
        let text = String::from_utf8_lossy(&bytes);
        if let Some(d) = crate::fixes::macro_index::directives(&text)
            .iter()
            .find(|d| {
                matches!(d.name.as_str(), "define" | "undef")
                    && names.iter().any(|n| {
                        d.rest
                            .trim_start()
                            .split(|c: char| !(crate::fixes::source::ident_char(c)))
                            .next()
                            == Some(n.as_str())
                    })
            })
        {
            return Ok(Some(format!(
                "it reads {dep}, which has `#{} {}`: a name the statement uses, defined there as another configuration may choose",
                d.name,
                d.rest.trim()
            )));
        }
    }
    Ok(None)
}

/// The prerequisites of the one rule a compiler's `-M` writes, unescaped
/// (`\ ` is a space in a name, `$$` a `$`; backslash-newlines join lines).
fn make_rule_prerequisites(text: &str) -> Vec<String> {
    let text = text.replace("\\\r\n", " ").replace("\\\n", " ");
    // The target ends at the first `: ` (a name's own colon is escaped).
    let Some(at) = text.find(": ") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text[at + 2..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| *n == ' ' || *n == '#') => {
                cur.push(chars.next().unwrap_or(' '));
            }
            '$' if chars.peek() == Some(&'$') => {
                chars.next();
                cur.push('$');
            }
            c if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Why an in-tree file the unit reads may make another configuration read
/// a header rspill cannot see, if it may (blind review 23): an `#include`
/// whose operand is computed (`#include HDR`), `#include_next`, a test with
/// `__has_include`, or an `#include` of a path outside the tree (under any
/// condition: another configuration may take that branch).
fn include_hazard(path: &Path, text: &str, tree: &Path) -> Option<String> {
    for d in crate::fixes::macro_index::directives(text) {
        let rest = d.rest.trim();
        match d.name.as_str() {
            "include" | "import" => {
                let target = rest
                    .strip_prefix('"')
                    .and_then(|r| r.split_once('"'))
                    .or_else(|| rest.strip_prefix('<').and_then(|r| r.split_once('>')))
                    .map(|(t, _)| t);
                let Some(target) = target else {
                    return Some(format!(
                        "has `#{} {rest}`, a computed include: another configuration may name a file outside the tree",
                        d.name
                    ));
                };
                let outside = target.starts_with('/') || {
                    let from = path.parent().unwrap_or(Path::new(""));
                    let joined =
                        crate::kbuild::compile_command::lexically_normal(&from.join(target));
                    target.split('/').any(|c| c == "..") && !joined.starts_with(tree)
                };
                if outside {
                    return Some(format!(
                        "has `#{} {rest}`, a file outside the tree (in some configuration)",
                        d.name
                    ));
                }
            }
            // `#define HI(x) __has_include(x)`, then `#if HI(<cfg.h>)`.
            "define" if rest.contains("__has_include") => {
                return Some(format!(
                    "defines `{rest}`, a `__has_include` test: another configuration's search path may hold that header"
                ));
            }
            "include_next" => {
                return Some(format!(
                    "has `#include_next {rest}`: what follows on another configuration's search path is unseen"
                ));
            }
            "if" | "elif" | "ifdef" | "ifndef" | "elifdef" | "elifndef"
                if rest.contains("__has_include") =>
            {
                return Some(format!(
                    "tests `{rest}`: another configuration's search path may hold that header"
                ));
            }
            _ => {}
        }
    }
    None
}

/// Whether `compiler` (as the command names it, run in `cwd`) is a script:
/// a wrapper whose environment and options rspill cannot see.
fn is_script(compiler: &str, cwd: &Path) -> bool {
    let path = if compiler.contains('/') {
        Some(cwd.join(compiler))
    } else {
        std::env::var_os("PATH").and_then(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join(compiler))
                .find(|c| c.is_file())
        })
    };
    path.and_then(|p| {
        use std::io::Read;
        let mut head = [0u8; 2];
        std::fs::File::open(p).ok()?.read_exact(&mut head).ok()?;
        Some(&head == b"#!")
    })
    .unwrap_or(false)
}

/// The compiler's own include search directories (`-E -v` with no option),
/// canonical; read once per compiler. Empty when it cannot say: every
/// header outside the tree is then unseen.
fn compiler_search_dirs(compiler: &str) -> Vec<PathBuf> {
    static DIRS: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<String, Vec<PathBuf>>>,
    > = std::sync::OnceLock::new();
    let cache = DIRS.get_or_init(Default::default);
    if let Some(d) = cache.lock().ok().and_then(|c| c.get(compiler).cloned()) {
        return d;
    }
    let dirs: Vec<PathBuf> = std::process::Command::new(compiler)
        .args(["-E", "-v", "-x", "c", "/dev/null", "-o", "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .ok()
        .map(|o| {
            let err = String::from_utf8_lossy(&o.stderr).into_owned();
            err.lines()
                .skip_while(|l| !l.starts_with("#include <...> search starts here:"))
                .skip(1)
                .take_while(|l| !l.starts_with("End of search list."))
                .filter_map(|l| Path::new(l.trim()).canonicalize().ok())
                .collect()
        })
        .unwrap_or_default();
    if let Ok(mut c) = cache.lock() {
        c.insert(compiler.to_string(), dirs.clone());
    }
    dirs
}

/// An operand identity (`Expanded::output_id`, `input_id`) as a message
/// shows it: `output "=m" (g1)`, with `[name]` when it has one and which of
/// several identical operands it is only when there are several.
fn shown_operand(id: &str) -> String {
    let (body, nth) = match id.rsplit_once(" #") {
        Some((b, n)) if n.chars().all(|c| c.is_ascii_digit()) => {
            (b, n.parse::<usize>().unwrap_or(0))
        }
        _ => (id, 0),
    };
    let mut words = body.splitn(2, ' ');
    let kind = words.next().unwrap_or("");
    let rest = words.next().unwrap_or("");
    let (name, rest) = match rest.split_once(' ') {
        Some((n, r)) if !n.is_empty() && !n.starts_with('"') => (format!(" [{n}]"), r),
        _ => (String::new(), rest.trim_start()),
    };
    let which = if nth > 0 {
        format!(" (the {} of that spelling)", nth + 1)
    } else {
        String::new()
    };
    format!("{kind}{name} {rest}{which}")
}

/// Run the unedited unit with `extra` options into `out`; a failure says
/// the unit cannot be used (not that the edit is wrong).
fn preprocess_unedited(
    cmd: &CompileCommand,
    scratch: &Path,
    file: &Path,
    before: &Path,
    extra: &[&str],
    out: &Path,
) -> Result<(), Unit> {
    cmd.run_with(scratch, file, before, extra, out)
        .map_err(|e| {
            Unit::Unusable(format!(
                "the unedited unit does not preprocess with {}: {e}",
                cmd.origin
            ))
        })
}

/// The unit is an assembler source (`.S`).
fn is_assembler(cmd: &CompileCommand) -> bool {
    cmd.source.extension().is_some_and(|e| e == "S")
        || cmd.args.iter().any(|a| a == "-D__ASSEMBLY__")
}

/// The unit is compiled for 32-bit (or 16-bit) x86: an i386 build, or the
/// vDSO, real-mode and boot code of an x86-64 build.
fn is_32bit(cmd: &CompileCommand) -> bool {
    cmd.args.iter().any(|a| {
        a == "-m32" || a == "-m16" || a.starts_with("--target=i") || a.starts_with("-march=i")
    })
}

/// What a comparison of two preprocessed units checked.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub statements: usize,
    pub references: usize,
    pub registers: usize,
    pub registers_i386: usize,
    pub registers_i386_undeclared: usize,
}

/// Tokens of preprocessed text; line markers and pragmas (lines starting
/// with `#`) are left out.
fn unit_tokens(text: &str) -> Result<(String, Vec<Token>), String> {
    let code: String = text
        .split_inclusive('\n')
        .map(|l| {
            if l.trim_start().starts_with('#') {
                "\n"
            } else {
                l
            }
        })
        .collect();
    let toks = tokenize(&code)?;
    Ok((code, toks))
}

const ASM_WORDS: [&str; 3] = ["asm", "__asm__", "__asm"];
const QUALIFIER_WORDS: [&str; 8] = [
    "volatile",
    "__volatile__",
    "__volatile",
    "inline",
    "__inline__",
    "__inline",
    "goto",
    "asm_inline",
];

/// If an asm statement starts at `toks[i]`: the index of its `(` and one past
/// its `)`.
fn asm_at(code: &str, toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let word = |t: &Token| &code[t.span.clone()];
    if toks[i].kind != Tok::Ident || !ASM_WORDS.contains(&word(&toks[i])) {
        return None;
    }
    let mut j = i + 1;
    while j < toks.len() && toks[j].kind == Tok::Ident && QUALIFIER_WORDS.contains(&word(&toks[j]))
    {
        j += 1;
    }
    if toks.get(j)?.kind != Tok::Punct(b'(') {
        return None;
    }
    let mut depth = 0usize;
    for (k, t) in toks.iter().enumerate().skip(j) {
        match t.kind {
            Tok::Punct(b'(') => depth += 1,
            Tok::Punct(b')') => {
                depth -= 1;
                if depth == 0 {
                    return Some((j, k + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// A compiler builtin in a preprocessed unit whose value is its own place
/// in the source (`__builtin_LINE()`, `__builtin_COLUMN()`): the
/// preprocessor leaves it as it is, so the token streams compare equal
/// while an edit that moves text changes what it gives, in an operand
/// (`slot[__builtin_LINE()]`) or in any later statement.
fn position_builtin(unit: &str) -> Option<&'static str> {
    [
        "__builtin_LINE",
        "__builtin_COLUMN",
        "__builtin_source_location",
    ]
    .into_iter()
    .find(|name| unit.contains(name))
}

/// Compare two preprocessed units: identical outside asm statements, and every
/// changed statement a meaning-preserving `change` of its counterpart; the
/// operands `narrow` names take one register on i386 (`declared_width`).
pub fn compare_units(
    before: &str,
    after: &str,
    change: Change,
    narrow: &[String],
) -> Result<Stats, String> {
    let (bc, bt) = unit_tokens(before).map_err(|e| format!("{UNREADABLE_UNIT}: {e}"))?;
    let (ac, at) = unit_tokens(after).map_err(|e| format!("preprocessed edited unit: {e}"))?;
    let mut stats = Stats::default();
    let (mut i, mut j) = (0, 0);
    let text = |c: &str, t: &Token| c[t.span.clone()].to_string();
    while i < bt.len() && j < at.len() {
        match (asm_at(&bc, &bt, i), asm_at(&ac, &at, j)) {
            (Some((bo, be)), Some((ao, ae))) => {
                let same = be - i == ae - j
                    && bt[i..be]
                        .iter()
                        .zip(&at[j..ae])
                        .all(|(x, y)| bc[x.span.clone()] == ac[y.span.clone()]);
                if !same {
                    let b = Expanded::parse(&bc, &bt[i..bo], &bt[bo..be])
                        .map_err(|e| format!("the unedited statement: {e}"))?;
                    let a = Expanded::parse(&ac, &at[j..ao], &at[ao..ae])
                        .map_err(|e| format!("the edited statement: {e}"))?;
                    stats.references += same_meaning(&b, &a, change)?;
                    stats.statements += 1;
                    stats.registers = stats.registers.max(a.general_registers(None));
                    stats.registers_i386 =
                        stats.registers_i386.max(a.general_registers(Some(narrow)));
                    stats.registers_i386_undeclared = stats
                        .registers_i386_undeclared
                        .max(a.general_registers(Some(&[])));
                }
                i = be;
                j = ae;
            }
            _ => {
                if bc[bt[i].span.clone()] != ac[at[j].span.clone()] {
                    let context: Vec<String> = at[j..(j + 8).min(at.len())]
                        .iter()
                        .map(|t| text(&ac, t))
                        .collect();
                    return Err(format!(
                        "the edit changes code outside asm statements (at `{}`)",
                        context.join(" ")
                    ));
                }
                i += 1;
                j += 1;
            }
        }
    }
    if i < bt.len() || j < at.len() {
        return Err(
            "the edit changes code outside asm statements (the units differ in length)".into(),
        );
    }
    Ok(stats)
}

/// One operand of an expanded statement.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Operand {
    name: Option<String>,
    constraint: String,
    expr: String,
}

/// A fully expanded asm statement.
#[derive(Debug)]
struct Expanded {
    qualifiers: Vec<String>,
    template: Vec<u8>,
    outputs: Vec<Operand>,
    inputs: Vec<Operand>,
    clobbers: Vec<Vec<u8>>,
    labels: Vec<String>,
    /// Number of colon-separated sections (a basic asm has one).
    sections: usize,
}

/// The bytes of a string literal token, escapes decoded.
fn literal_bytes(lit: &str) -> Result<Vec<u8>, String> {
    let inner = lit
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .ok_or_else(|| format!("`{lit}` is not a plain string literal"))?;
    let b = inner.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = *b.get(i).ok_or("a literal ends in a backslash")?;
        i += 1;
        match c {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'\\' | b'"' | b'\'' | b'?' => out.push(c),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(u8::try_from(v).map_err(|_| "octal escape out of range")?);
            }
            b'x' => {
                let start = i;
                while b.get(i).is_some_and(u8::is_ascii_hexdigit) {
                    i += 1;
                }
                let v = u32::from_str_radix(&inner[start..i], 16)
                    .map_err(|_| "bad hex escape".to_string())?;
                out.push(u8::try_from(v).map_err(|_| "hex escape out of range")?);
            }
            _ => return Err(format!("unknown escape `\\{}`", c as char)),
        }
    }
    Ok(out)
}

/// Concatenated string literals: the whole token run must be literals.
fn literals(code: &str, toks: &[Token]) -> Result<Vec<u8>, String> {
    if toks.is_empty() {
        return Err("a string literal is missing".into());
    }
    let mut out = Vec::new();
    for t in toks {
        if t.kind != Tok::Str {
            return Err(format!(
                "`{}` where a string literal belongs",
                &code[t.span.clone()]
            ));
        }
        out.extend(literal_bytes(&code[t.span.clone()])?);
    }
    Ok(out)
}

/// A token run split at `sep` outside parentheses, brackets and braces.
fn split_top_level(toks: &[Token], sep: u8) -> Vec<&[Token]> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            Tok::Punct(b'(' | b'[' | b'{') => depth += 1,
            Tok::Punct(b')' | b']' | b'}') => depth = depth.saturating_sub(1),
            Tok::Punct(c) if c == sep && depth == 0 => {
                out.push(&toks[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    out.push(&toks[start..]);
    out
}

/// Depth-0 comma-separated items of a token run (none for an empty run).
fn split_commas(toks: &[Token]) -> Vec<&[Token]> {
    if toks.is_empty() {
        return Vec::new();
    }
    split_top_level(toks, b',')
}

impl Expanded {
    /// `head` is the keyword and qualifiers, `body` the parenthesised rest.
    fn parse(code: &str, head: &[Token], body: &[Token]) -> Result<Expanded, String> {
        let word = |t: &Token| code[t.span.clone()].to_string();
        let inner = &body[1..body.len() - 1];
        let sections = split_top_level(inner, b':');
        if sections.len() > 5 {
            return Err("more than four colons".into());
        }
        let operands = |toks: &[Token]| -> Result<Vec<Operand>, String> {
            let mut v = Vec::new();
            for item in split_commas(toks) {
                if item.is_empty() {
                    return Err("an empty operand".into());
                }
                let mut k = 0;
                let mut name = None;
                if item[0].kind == Tok::Punct(b'[') {
                    if item.len() < 3 || item[2].kind != Tok::Punct(b']') {
                        return Err("a malformed operand name".into());
                    }
                    name = Some(word(&item[1]));
                    k = 3;
                }
                let open = item[k..]
                    .iter()
                    .position(|t| t.kind == Tok::Punct(b'('))
                    .map(|p| p + k)
                    .ok_or("an operand without an expression")?;
                if item.last().map(|t| t.kind) != Some(Tok::Punct(b')')) {
                    return Err("an operand that does not end in its expression".into());
                }
                let constraint =
                    String::from_utf8_lossy(&literals(code, &item[k..open])?).into_owned();
                let expr: Vec<String> = item[open + 1..item.len() - 1].iter().map(word).collect();
                v.push(Operand {
                    name,
                    constraint,
                    expr: expr.join(" "),
                });
            }
            Ok(v)
        };
        let template = literals(code, sections[0])?;
        let outputs = sections
            .get(1)
            .map(|s| operands(s))
            .transpose()?
            .unwrap_or_default();
        let inputs = sections
            .get(2)
            .map(|s| operands(s))
            .transpose()?
            .unwrap_or_default();
        let clobbers = sections
            .get(3)
            .map(|s| {
                split_commas(s)
                    .into_iter()
                    .map(|c| literals(code, c))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        let labels = sections
            .get(4)
            .map(|s| {
                split_commas(s)
                    .into_iter()
                    .map(|l| match l {
                        [t] if t.kind == Tok::Ident => Ok(word(t)),
                        _ => Err("a goto label that is not a name".to_string()),
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        Ok(Expanded {
            qualifiers: head.iter().map(word).collect(),
            template,
            outputs,
            inputs,
            clobbers,
            labels,
            sections: sections.len(),
        })
    }

    fn plus_outputs(&self) -> Vec<usize> {
        (0..self.outputs.len())
            .filter(|&i| self.outputs[i].constraint.starts_with('+'))
            .collect()
    }

    /// A layout-independent identity of output `i`: its text and which
    /// occurrence of that text it is.
    fn output_id(&self, i: usize) -> String {
        let o = &self.outputs[i];
        let nth = self.outputs[..i].iter().filter(|p| *p == o).count();
        format!(
            "output {} \"{}\" ({}) #{nth}",
            o.name.as_deref().unwrap_or(""),
            o.constraint,
            o.expr
        )
    }

    /// Input `j`'s identity, its matching-constraint digits replaced by the
    /// identity of the output they name.
    fn input_id(&self, j: usize) -> Result<String, String> {
        let o = &self.inputs[j];
        let c = self.resolve_constraint(&o.constraint)?;
        let nth = self.inputs[..j].iter().filter(|p| *p == o).count();
        Ok(format!(
            "input {} \"{c}\" ({}) #{nth}",
            o.name.as_deref().unwrap_or(""),
            o.expr
        ))
    }

    fn resolve_constraint(&self, c: &str) -> Result<String, String> {
        let mut out = String::new();
        let b = c.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // x86's two-letter constraints (`Yz`, `Y2`): the second letter is
            // part of the name, not a matching operand number.
            if b[i] == b'Y' && i + 1 < b.len() {
                out.push_str(&c[i..i + 2]);
                i += 2;
                continue;
            }
            if b[i].is_ascii_digit() {
                let s = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                let n: usize = c[s..i].parse().map_err(|_| "bad matching constraint")?;
                if n >= self.outputs.len() {
                    return Err(format!("matching constraint \"{n}\" names no output"));
                }
                out.push_str(&format!("{{{}}}", self.output_id(n)));
            } else {
                out.push(b[i] as char);
                i += 1;
            }
        }
        Ok(out)
    }

    /// The operand that reference `n` (positional) denotes.
    fn positional(&self, n: usize) -> Result<String, String> {
        let (o, i) = (self.outputs.len(), self.inputs.len());
        let plus = self.plus_outputs();
        if n < o {
            Ok(self.output_id(n))
        } else if n < o + i {
            self.input_id(n - o)
        } else if n < o + i + plus.len() {
            Ok(format!(
                "hidden input of {}",
                self.output_id(plus[n - o - i])
            ))
        } else if n < o + i + plus.len() + self.labels.len() {
            Ok(format!("label {}", self.labels[n - o - i - plus.len()]))
        } else {
            Err(format!("operand {n} does not exist"))
        }
    }

    fn named(&self, name: &str) -> Result<String, String> {
        if let Some(k) = self
            .outputs
            .iter()
            .position(|o| o.name.as_deref() == Some(name))
        {
            return Ok(self.output_id(k));
        }
        if let Some(k) = self
            .inputs
            .iter()
            .position(|o| o.name.as_deref() == Some(name))
        {
            return self.input_id(k);
        }
        if self.labels.iter().any(|l| l == name) {
            return Ok(format!("label {name}"));
        }
        Err(format!("%[{name}] names no operand"))
    }

    /// The template as literal pieces and references resolved to operands.
    fn template_pieces(&self) -> Result<Vec<Piece>, String> {
        let b = &self.template;
        let mut out = Vec::new();
        let mut lit = Vec::new();
        let mut i = 0;
        // A basic asm (no colons) has no operand references: `%` is literal.
        if self.sections == 1 {
            return Ok(vec![Piece::Text(b.clone())]);
        }
        while i < b.len() {
            if b[i] != b'%' {
                lit.push(b[i]);
                i += 1;
                continue;
            }
            let c = *b.get(i + 1).ok_or("the template ends in `%`")?;
            if matches!(c, b'%' | b'=' | b'{' | b'|' | b'}') {
                lit.extend([b'%', c]);
                i += 2;
                continue;
            }
            let mut k = i + 1;
            let mut modifier = None;
            if c.is_ascii_alphabetic() {
                modifier = Some(c);
                k += 1;
            }
            let target = match b.get(k) {
                Some(d) if d.is_ascii_digit() => {
                    let s = k;
                    while b.get(k).is_some_and(u8::is_ascii_digit) {
                        k += 1;
                    }
                    let n: usize = std::str::from_utf8(&b[s..k])
                        .ok()
                        .and_then(|s| s.parse().ok())
                        .ok_or("bad operand number")?;
                    self.positional(n)?
                }
                Some(b'[') => {
                    let end = b[k..]
                        .iter()
                        .position(|&x| x == b']')
                        .ok_or("unterminated %[name]")?;
                    let name = String::from_utf8_lossy(&b[k + 1..k + end]).into_owned();
                    k += end + 1;
                    self.named(&name)?
                }
                _ => {
                    return Err(format!(
                        "the template has a `%` escape the verifier does not know (`%{}`)",
                        String::from_utf8_lossy(&b[i + 1..(i + 3).min(b.len())])
                    ));
                }
            };
            if !lit.is_empty() {
                out.push(Piece::Text(std::mem::take(&mut lit)));
            }
            out.push(Piece::Ref { modifier, target });
            i = k;
        }
        if !lit.is_empty() {
            out.push(Piece::Text(lit));
        }
        Ok(out)
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Piece {
    Text(Vec<u8>),
    Ref {
        modifier: Option<u8>,
        target: String,
    },
}

/// General registers an i386 function with a frame pointer can give an asm
/// besides the frame address (`%ebp`).
pub const I386_REGISTERS_WITH_FRAME_POINTER: usize = 6;

impl Expanded {
    /// General registers the statement needs at least: operands whose every
    /// alternative is a general register class (a matching constraint reuses
    /// its output's), and clobbered general registers. With `i386`, at most
    /// on i386 whatever the operands' types, besides the frame address: every
    /// operand that may take registers takes two (a 64-bit value in `"r"`, a
    /// base and an index for `"m"`), but integer literals that fit 31 bits
    /// (an `int` or `long` everywhere), memory operands whose address has
    /// no index (`*p`, `s->f`: one base register) and the identifiers `i386`
    /// names (parameters the source declares 4 bytes wide there) take one.
    fn general_registers(&self, i386: Option<&[String]>) -> usize {
        let frame_address = frame_address_operand().expr;
        let needs = |o: &Operand| -> usize {
            let c: String = o
                .constraint
                .chars()
                .filter(|ch| !"=+&%".contains(*ch))
                .collect();
            if c.is_empty() || c.chars().all(|ch| ch.is_ascii_digit()) {
                0
            } else if c.chars().all(|ch| "inEFsIeZ".contains(ch)) {
                // Immediates.
                0
            } else if c.chars().all(|ch| "xvyt".contains(ch)) {
                // SSE, MMX and x87 registers.
                0
            } else if i386.is_none() {
                // Counted so as not to fall short: `A` is a pair (edx:eax),
                // a memory operand needs an address register, a mixed
                // constraint (`rm`, `g`, `ri`) may take one, `X` none.
                if c.contains('A') {
                    2
                } else if c == "X" {
                    0
                } else {
                    1
                }
            } else if o.expr == frame_address {
                // It is %ebp itself at -O1 and above (clang and gcc): see
                // `prove_in_unit` for -O0.
                0
            } else if small_integer_literal(&o.expr)
                || (c.chars().all(|ch| "moV<>".contains(ch)) && unindexed_address(&o.expr))
                || i386.is_some_and(|narrow| narrow.contains(&o.expr))
            {
                1
            } else {
                2
            }
        };
        let operands: usize = self.outputs.iter().chain(&self.inputs).map(needs).sum();
        let clobbered = self
            .clobbers
            .iter()
            .filter(|c| {
                let name = String::from_utf8_lossy(c);
                // GNU C also takes register numbers (`"1"` is %edx on i386).
                is_general_register(&name)
                    || (!name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()))
            })
            .count();
        operands + clobbered
    }

    /// Whether a clobber names the frame pointer register.
    fn clobbers_frame_pointer(&self) -> bool {
        self.clobbers.iter().any(|c| {
            matches!(
                String::from_utf8_lossy(c).trim_start_matches('%'),
                "bp" | "ebp" | "rbp" | "bpl"
            )
        })
    }
}

/// A general register's name in a clobber list, any width (`%al`, `bx`, `rsi`).
fn is_general_register(clobber: &str) -> bool {
    matches!(
        clobber.trim_start_matches('%'),
        "al" | "ah"
            | "ax"
            | "eax"
            | "rax"
            | "bl"
            | "bh"
            | "bx"
            | "ebx"
            | "rbx"
            | "cl"
            | "ch"
            | "cx"
            | "ecx"
            | "rcx"
            | "dl"
            | "dh"
            | "dx"
            | "edx"
            | "rdx"
            | "sil"
            | "si"
            | "esi"
            | "rsi"
            | "dil"
            | "di"
            | "edi"
            | "rdi"
            | "bpl"
            | "bp"
            | "ebp"
            | "rbp"
    )
}

/// An integer literal below 2^31, without suffix or with `u`, `l`, `ul`: an
/// `int` or `long` (4 bytes on i386) on every target.
fn small_integer_literal(expr: &str) -> bool {
    let lower = expr.trim().to_ascii_lowercase();
    let e = lower.trim_end_matches(['u', 'l']);
    let suffix = &lower[e.len()..];
    if !matches!(suffix, "" | "u" | "l" | "ul" | "lu") {
        return false;
    }
    let value = if let Some(hex) = e.strip_prefix("0x").or_else(|| e.strip_prefix("0X")) {
        u64::from_str_radix(hex, 16).ok()
    } else if e.len() > 1 && e.starts_with('0') {
        u64::from_str_radix(&e[1..], 8).ok()
    } else {
        e.parse::<u64>().ok()
    };
    value.is_some_and(|v| v < 1 << 31)
}

/// A memory operand's address computed without an index or arithmetic (`*p`,
/// `s->f`, `x`, `*(long *)p`): one base register at most.
fn unindexed_address(expr: &str) -> bool {
    let e = expr.replace("->", "").replace("- >", "");
    !e.contains(['[', '+', '-', ','])
}

/// The operand list `"r" (__builtin_frame_address(0))` the frame-address edit adds.
fn frame_address_operand() -> Operand {
    Operand {
        name: None,
        constraint: "r".into(),
        expr: "__builtin_frame_address ( 0 )".into(),
    }
}

/// Check that `a` is `change` applied to `b` and that every reference means
/// what it meant; returns the number of references checked.
fn same_meaning(b: &Expanded, a: &Expanded, change: Change) -> Result<usize, String> {
    let show = |o: &Operand| format!("\"{}\" ({})", o.constraint, o.expr);
    if b.qualifiers != a.qualifiers || b.clobbers != a.clobbers || b.labels != a.labels {
        return Err("the edit changes the statement's qualifiers, clobbers or labels".into());
    }
    if b.sections != a.sections && !(change == Change::FrameAddress && a.sections > b.sections) {
        return Err("the edit changes the statement's sections".into());
    }
    if change == Change::FrameAddress && a.clobbers_frame_pointer() {
        return Err(
            "the statement clobbers the frame pointer register, which the frame pointer the frame address input forces must keep (the code after it would read the frame through a clobbered register)"
                .into(),
        );
    }
    let outputs_b: Vec<String> = (0..b.outputs.len()).map(|i| b.output_id(i)).collect();
    let outputs_a: Vec<String> = (0..a.outputs.len()).map(|i| a.output_id(i)).collect();
    let mut removed = None;
    match change {
        Change::Reorder => {
            let (mut x, mut y) = (outputs_b.clone(), outputs_a.clone());
            x.sort();
            y.sort();
            if x != y || b.inputs.len() != a.inputs.len() {
                return Err("the reordered statement does not have the same operands".into());
            }
        }
        Change::FrameAddress => {
            let r = (0..outputs_b.len())
                .find(|&r| {
                    let mut rest = outputs_b.clone();
                    rest.remove(r);
                    rest == outputs_a
                })
                .ok_or("the edited statement's outputs are not the original's minus one")?;
            if a.inputs.len() != b.inputs.len() + 1
                || a.inputs.last() != Some(&frame_address_operand())
            {
                return Err("the edited statement does not end its inputs with \"r\" (__builtin_frame_address(0))".into());
            }
            removed = Some(b.output_id(r));
        }
    }
    let mut checked = 0;
    for j in 0..b.inputs.len() {
        let (x, y) = (b.input_id(j)?, a.input_id(j)?);
        if x != y {
            return Err(format!(
                "input {j} {} means {x} before the edit and {y} after",
                show(&b.inputs[j])
            ));
        }
        if let Some(r) = &removed {
            if x.contains(&format!("{{{r}}}")) {
                return Err(format!(
                    "input {} matches the output the edit removes",
                    show(&b.inputs[j])
                ));
            }
        }
        checked += usize::from(b.inputs[j].constraint.bytes().any(|c| c.is_ascii_digit()));
    }
    let (pb, pa) = (b.template_pieces()?, a.template_pieces()?);
    if pb.len() != pa.len() {
        return Err("the edited template has different text".into());
    }
    for (x, y) in pb.iter().zip(&pa) {
        match (x, y) {
            (Piece::Text(s), Piece::Text(t)) if s == t => {}
            (
                Piece::Ref {
                    modifier: m,
                    target: s,
                },
                Piece::Ref {
                    modifier: n,
                    target: t,
                },
            ) if m == n => {
                if s != t {
                    return Err(format!(
                        "a template reference means {} before the edit and {} after",
                        shown_operand(s),
                        shown_operand(t)
                    ));
                }
                if let Some(r) = &removed {
                    if s.contains(r.as_str()) {
                        return Err(format!(
                            "the template refers to {}, which the edit removes",
                            shown_operand(s)
                        ));
                    }
                }
                checked += 1;
            }
            _ => return Err("the edited template has different text".into()),
        }
    }
    Ok(checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(stmt: &str) -> String {
        format!("# 1 \"t.c\"\nint f(int x) {{\n{stmt};\nreturn x; }}\n")
    }

    #[test]
    fn reorder_with_renumbered_references_is_the_same_statement() {
        // Operands: 0 x, 1 sp, 2 "i", 3 "0"(x), 4 hidden x, 5 hidden sp, 6 label:
        // hidden inputs follow the outputs' order, so they move too.
        let b = unit(
            r#"asm goto("call f # %0 %1 %c2 %3 %4 %l6" : "+c" (x), "+r" (sp) : "i" (4), "0" (x) : "memory" : out)"#,
        );
        let a = unit(
            r#"asm goto("call f # %1 %0 %c2 %3 %5 %l6" : "+r" (sp), "+c" (x) : "i" (4), "1" (x) : "memory" : out)"#,
        );
        assert_eq!(
            compare_units(&b, &a, Change::Reorder, &[]),
            Ok(Stats {
                statements: 1,
                references: 7,
                registers: 2,
                registers_i386: 4,
                registers_i386_undeclared: 4
            })
        );
        let hidden_kept = unit(
            r#"asm goto("call f # %1 %0 %c2 %3 %4 %l6" : "+r" (sp), "+c" (x) : "i" (4), "1" (x) : "memory" : out)"#,
        );
        assert!(compare_units(&b, &hidden_kept, Change::Reorder, &[]).is_err());
        // A reference left pointing at the old number now names another operand.
        let wrong = unit(
            r#"asm goto("call f # %0 %0 %c2 %3 %5 %l6" : "+r" (sp), "+c" (x) : "i" (4), "1" (x) : "memory" : out)"#,
        );
        assert!(compare_units(&b, &wrong, Change::Reorder, &[]).is_err());
        // A matching constraint left alone now matches the other output.
        let wrong = unit(
            r#"asm goto("call f # %1 %0 %c2 %3 %5 %l6" : "+r" (sp), "+c" (x) : "i" (4), "0" (x) : "memory" : out)"#,
        );
        assert!(compare_units(&b, &wrong, Change::Reorder, &[]).is_err());
    }

    #[test]
    fn hidden_inputs_and_labels_move_when_an_output_is_removed() {
        // Operands: 0 "+c"(x), 1 "+r"(sp), 2 "i"(4), 3 hidden x, 4 hidden sp, 5 label.
        let b = unit(r#"asm goto("call f # %0 %3 %l5" : "+c" (x), "+r" (sp) : "i" (4) : : out)"#);
        // After: 0 "+c"(x), 1 "i"(4), 2 frame, 3 hidden x, 4 label.
        let a = unit(
            r#"asm goto("call f # %0 %3 %l4" : "+c" (x) : "i" (4), "r" (__builtin_frame_address(0)) : : out)"#,
        );
        assert_eq!(
            compare_units(&b, &a, Change::FrameAddress, &[]),
            Ok(Stats {
                statements: 1,
                references: 3,
                registers: 2,
                registers_i386: 2,
                registers_i386_undeclared: 2
            })
        );
        // `x` declared 4 bytes wide in every configuration: one register.
        assert_eq!(
            compare_units(&b, &a, Change::FrameAddress, &["x".into()]),
            Ok(Stats {
                statements: 1,
                references: 3,
                registers: 2,
                registers_i386: 1,
                registers_i386_undeclared: 2
            })
        );
        let refers = unit(r#"asm goto("call f # %1" : "+c" (x), "+r" (sp) : "i" (4) : : out)"#);
        let gone = unit(
            r#"asm goto("call f # %1" : "+c" (x) : "i" (4), "r" (__builtin_frame_address(0)) : : out)"#,
        );
        assert!(compare_units(&refers, &gone, Change::FrameAddress, &[]).is_err());
    }

    #[test]
    fn literals_are_concatenated_and_decoded_before_references_are_read() {
        // "%" "1" "0" is %10; "\045" is '%'.
        let b = unit(
            r#"asm("%" "1" "\0610" : "=r"(a),"=r"(b),"=r"(c),"=r"(d),"=r"(e),"=r"(f),"=r"(g),"=r"(h),"=r"(i),"=r"(j),"+r"(sp))"#,
        );
        let a = unit(
            r#"asm("%" "1" "\0610" : "+r"(sp),"=r"(a),"=r"(b),"=r"(c),"=r"(d),"=r"(e),"=r"(f),"=r"(g),"=r"(h),"=r"(i),"=r"(j))"#,
        );
        // %11 before is out of range, %1 then %10 ("\061" is '1'): a wrong edit.
        assert!(compare_units(&b, &a, Change::Reorder, &[]).is_err());
    }

    #[test]
    fn escaped_percent_text_is_not_a_reference_and_must_not_change() {
        // `"%" "%2"` (a stringified `%2` after a `%`) is the text %2: an edit
        // that renumbers it changes the template, not a reference.
        let b = unit(r#"asm("mov %2, %0 # %" "%2" : "+a"(a), "+r"(sp), "=c"(b))"#);
        let renumbered = unit(
            r#"asm("mov %1, %0 # %" "%1" : "+a"(a), "=c"(b) : "r" (__builtin_frame_address(0)))"#,
        );
        assert!(compare_units(&b, &renumbered, Change::FrameAddress, &[]).is_err());
        let kept = unit(
            r#"asm("mov %1, %0 # %" "%2" : "+a"(a), "=c"(b) : "r" (__builtin_frame_address(0)))"#,
        );
        assert!(compare_units(&b, &kept, Change::FrameAddress, &[]).is_ok());
    }

    #[test]
    fn dependency_names_with_spaces_are_read_whole() {
        assert_eq!(
            make_rule_prerequisites("a.o: sp\\ ace.c inc/x.h \\\n /usr/include/$$y.h\n"),
            ["sp ace.c", "inc/x.h", "/usr/include/$y.h"]
        );
    }

    #[test]
    fn operands_are_shown_as_written() {
        assert_eq!(
            shown_operand("output  \"=m\" (g1) #0"),
            "output \"=m\" (g1)"
        );
        assert_eq!(
            shown_operand("input x \"r\" (v) #1"),
            "input [x] \"r\" (v) (the 2 of that spelling)"
        );
    }

    #[test]
    fn code_outside_asm_must_not_change() {
        let b = unit(r#"asm("nop" : "+r"(x), "+r"(sp))"#);
        let a = unit(r#"asm("nop" : "+r"(sp), "+r"(x)); x++"#);
        assert!(
            compare_units(&b, &a, Change::Reorder, &[])
                .unwrap_err()
                .contains("outside")
        );
        assert_eq!(
            compare_units(&b, &b, Change::Reorder, &[]),
            Ok(Stats::default())
        );
    }
}
