//! `reduce`: a minimal LLVM IR reproducer of a finding, for the compiler bug
//! (llvm/llvm-project#206973). The unit's IR comes from the object's own
//! compile command (`llvm`), the function is extracted, and `llvm-reduce` cuts
//! it down with rspill as the interestingness test (`interesting`); the result
//! is checked once more with `llc`, rspill and the real objtool, and compiled
//! again with `sanitize_memory` dropped.

pub mod interesting;
pub mod llvm;

use crate::analysis::findings::{Finding, Kind};
use crate::analysis::scan::{ScanOptions, ScanResult, scan_paths};
use crate::kbuild::compile_command::CompileCommand;
use interesting::{Target, Verdict};
use llvm::{LlvmError, Tools};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub struct Request {
    pub object: PathBuf,
    pub function: String,
    /// Which of the function's findings; default: the most serious.
    pub kind: Option<Kind>,
    /// A compile command run in the current directory, when the object has no
    /// kbuild `.cmd` file.
    pub compile: Option<String>,
    /// LLVM tool suffix (`-19`); default: the compiler's.
    pub llvm: Option<String>,
    pub out: PathBuf,
    /// objtool for the test and the final check; None: rspill's prediction only.
    pub objtool: Option<PathBuf>,
    /// `llvm-reduce -j`.
    pub jobs: usize,
    /// Let the restore's proven redundancy change during reduction.
    pub any_redundancy: bool,
    pub interrupt: Arc<AtomicBool>,
}

/// Why there is no reproducer.
#[derive(Debug, thiserror::Error)]
pub enum ReduceError {
    /// The object, the function or the command is not usable.
    #[error("{path}: {message}")]
    Input { path: String, message: String },
    #[error(transparent)]
    Llvm(#[from] LlvmError),
    /// `llc` on the extracted function (and on the whole unit) does not give
    /// the finding back: nothing to reduce from.
    #[error("{0}")]
    NotReproduced(String),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("interrupted before llvm-reduce started; nothing written to {0}")]
    Interrupted(String),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ReduceError + '_ {
    move |source| ReduceError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// IR sizes: (lines, instructions).
pub type Size = (usize, usize);

/// The reduced IR compiled as a function KMSAN does not cover.
pub struct Unsanitized {
    /// Whether the reduced function had the attribute to drop at all.
    pub had_attribute: bool,
    /// The function's findings: (kind, objtool would fail); Err: why the
    /// experiment could not be made (llc rejected the edited IR).
    pub findings: Result<Vec<(Kind, bool)>, String>,
    pub objtool: Vec<String>,
}

pub struct ReduceOutcome {
    pub target: Target,
    /// The finding in the original object.
    pub original: Finding,
    pub object: PathBuf,
    /// Where the compile command came from (`mm/.memory.o.cmd`).
    pub command_origin: String,
    pub compiler_version: String,
    pub llvm_version: String,
    pub unit_size: Size,
    /// What reduction started from: the extracted function, or the whole unit
    /// when the function alone did not reproduce.
    pub input_size: Size,
    pub from_whole_unit: bool,
    pub reduced_size: Size,
    pub seconds: f64,
    pub llc_line: String,
    /// The finding in `reduced.o`.
    pub reduced_finding: Finding,
    /// objtool's lines on `reduced.o` (empty without an objtool).
    pub objtool_lines: Vec<String>,
    pub objtool: Option<PathBuf>,
    pub unsanitized: Unsanitized,
    /// `reduced.o` scanned with listings, for the report.
    pub explained: ScanResult,
    /// Ctrl-C: the result is the best interesting file found so far.
    pub interrupted: bool,
    pub out: PathBuf,
    pub files: Vec<String>,
}

type Progress<'a> = &'a dyn Fn(&str);

/// The output directory while `run` works: removed on the way out unless the
/// run got as far as a reproducer (`keep`), when rspill made it.
struct OutDir {
    path: PathBuf,
    made: bool,
    keep: bool,
}

impl Drop for OutDir {
    fn drop(&mut self) {
        if self.made && !self.keep {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

pub fn run(req: &Request, progress: Progress) -> Result<ReduceOutcome, ReduceError> {
    let start = Instant::now();
    let object_name = req.object.display().to_string();
    let input = |message: String| ReduceError::Input {
        path: object_name.clone(),
        message,
    };
    let (original, objtool_text) = pick_finding(req)?;
    if original.kind == Kind::RspSwitch {
        return Err(input(format!(
            "{}: the finding is an rsp-switch, a deliberate stack switch the source asks for: not a compiler bug to reduce",
            req.function
        )));
    }
    // Absolute: llvm-reduce runs the test from its own directory.
    let out = std::path::absolute(&req.out).map_err(io(&req.out))?;
    let mut out_dir = OutDir {
        made: prepare_out_dir(&out)?,
        path: out.clone(),
        keep: false,
    };
    let command = match &req.compile {
        Some(line) => {
            let cwd = std::env::current_dir().map_err(io(Path::new(".")))?;
            CompileCommand::stated(&cwd, line).map_err(input)?
        }
        None => CompileCommand::from_kbuild(&req.object).map_err(|e| {
            input(format!(
                "no compile command ({e}); give --compile 'CMD' (run in the current directory)"
            ))
        })?,
    };
    let compiler = command.compiler().unwrap_or("clang").to_string();
    let suffix = req
        .llvm
        .clone()
        .unwrap_or_else(|| llvm::suffix_of_compiler(&compiler));
    let tools = Tools::locate(&suffix)?;
    let compiler_version = llvm::version_line(Path::new(&compiler), "version");
    let llvm_version = tools.version();
    if let (Some(c), Some(l)) = (
        llvm::major_version(&compiler_version),
        llvm::major_version(&llvm_version),
    ) {
        if c != l {
            return Err(input(format!(
                "the object was built by {compiler} (LLVM {c}) but llc{} is LLVM {l}: choose the tools with --llvm",
                tools.suffix
            )));
        }
    }
    let mut target = Target {
        objtool_text: objtool_text.filter(|_| original.objtool_would_fail),
        ..Target::of(&original)
    };
    if req.any_redundancy {
        target.redundant = None;
    }
    let objtool = target.objtool_text.as_ref().and(req.objtool.as_deref());

    let scratch = tempfile::Builder::new()
        .prefix("rspill-reduce-")
        .tempdir()
        .map_err(io(&std::env::temp_dir()))?;
    let unit = scratch.path().join("unit.ll");
    // The command must rebuild the object as it is: a stale .cmd, another
    // source or other flags would reduce a different function.
    progress(&format!("rebuilding the unit with {}", command.origin));
    let rebuilt = scratch.path().join("rebuilt.o");
    llvm::rebuild(&command, &rebuilt)?;
    same_function(&req.object, &rebuilt, &req.function, &command.origin)?;
    progress("emitting the unit's IR (-S -emit-llvm)");
    llvm::emit_ir(&command, &unit)?;
    let unit_text = std::fs::read_to_string(&unit).map_err(io(&unit))?;
    let unit_size = llvm::ir_size(&unit_text);
    drop(unit_text);

    let (input_ir, from_whole_unit) = starting_point(
        &target,
        &tools,
        objtool,
        &unit,
        &out,
        scratch.path(),
        progress,
    )?;
    let input_text = std::fs::read_to_string(&input_ir).map_err(io(&input_ir))?;
    let input_size = llvm::ir_size(&input_text);
    target.reads_rsp = interesting::reads_rsp(&input_text);
    if !target.reads_rsp {
        return Err(ReduceError::NotReproduced(format!(
            "the IR never reads %rsp (no live llvm.read_register of rsp, i.e. no `current_stack_pointer` operand): the finding does not come from the construct this command reduces for the compiler bug; {} is written by the code itself",
            req.function
        )));
    }
    if interesting::function_has_attribute(&input_text, &target.function, "sanitize_memory") {
        target.keep_attributes.push("sanitize_memory".into());
    }
    drop(input_text);
    if req.interrupt.load(Ordering::SeqCst) {
        return Err(ReduceError::Interrupted(out.display().to_string()));
    }

    // llvm-reduce with `rspill reduce-test` as the test; every interesting
    // candidate smaller than the best so far is kept in best.ll.
    let best = out.join("best.ll");
    std::fs::copy(&input_ir, &best).map_err(io(&best))?;
    let script = out.join("interesting.sh");
    write_test_script(&script, &target.test_args(&tools, objtool, &best))?;
    progress(&format!(
        "llvm-reduce{}: {} lines, {} instructions to start from; the test is {}",
        tools.suffix,
        input_size.0,
        input_size.1,
        script.display()
    ));
    let reduced_tmp = scratch.path().join("reduced.ll");
    let log = out.join("llvm-reduce.log");
    let finished = run_llvm_reduce(
        &tools,
        req,
        &script,
        &input_ir,
        &reduced_tmp,
        &log,
        &best,
        start,
        progress,
    )?;
    let reduced = out.join("reduced.ll");
    let source = if finished { &reduced_tmp } else { &best };
    std::fs::copy(source, &reduced).map_err(io(&reduced))?;
    let _ = std::fs::remove_file(&best);
    let _ = std::fs::remove_file(best.with_extension("lock"));
    if finished {
        let emptied = empty_asm_templates(&target, &tools, objtool, &reduced, scratch.path())?;
        if emptied > 0 {
            progress(&format!(
                "{emptied} inline asm template(s) emptied (the operands and constraints are what matters)"
            ));
        }
    }

    // The result checked once more, as a compiler developer will run it.
    let reduced_obj = out.join("reduced.o");
    let (reduced_finding, objtool_lines) =
        match target.judge(&tools, objtool, &reduced, &reduced_obj)? {
            Verdict::Interesting { finding, objtool } => (*finding, objtool),
            Verdict::Not(why) => {
                return Err(ReduceError::NotReproduced(format!(
                    "the reduced IR no longer reproduces ({why}); see {}",
                    log.display()
                )));
            }
        };
    let objtool_lines = objtool_lines
        .into_iter()
        .map(|l| l.replace(&reduced_obj.display().to_string(), "reduced.o"))
        .collect();
    let unsanitized = without_sanitize_memory(&tools, req, &out, &reduced, &target.function)?;
    let explained = scan_paths(
        &[reduced_obj],
        &ScanOptions {
            explain: true,
            trace: None,
            source: false,
        },
    );
    out_dir.keep = true;
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .map_err(io(&out))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    files.sort();
    Ok(ReduceOutcome {
        llc_line: tools.llc_line("reduced.ll", "reduced.o"),
        llvm_version,
        compiler_version,
        target,
        original,
        object: req.object.clone(),
        command_origin: command.origin,
        unit_size,
        input_size,
        from_whole_unit,
        reduced_size: llvm::ir_size(&std::fs::read_to_string(&reduced).map_err(io(&reduced))?),
        seconds: start.elapsed().as_secs_f64(),
        reduced_finding,
        objtool_lines,
        objtool: objtool.map(Path::to_path_buf),
        unsanitized,
        explained,
        interrupted: !finished,
        out,
        files,
    })
}

/// What reduction starts from: the function extracted alone, or the whole
/// unit when the function alone does not give the finding back (true).
fn starting_point(
    target: &Target,
    tools: &Tools,
    objtool: Option<&Path>,
    unit: &Path,
    out: &Path,
    scratch: &Path,
    progress: Progress,
) -> Result<(PathBuf, bool), ReduceError> {
    let extracted = out.join("extracted.ll");
    let extracted_verdict = match tools.extract(unit, &target.function, &extracted) {
        Ok(()) => target.judge(tools, objtool, &extracted, &scratch.join("x.o"))?,
        Err(LlvmError::Failed { stderr, .. }) => Verdict::Not(format!("llvm-extract: {stderr}")),
        Err(e) => return Err(e.into()),
    };
    let why = match extracted_verdict {
        Verdict::Interesting { .. } => return Ok((extracted, false)),
        Verdict::Not(why) => why,
    };
    progress(&format!(
        "the extracted function alone does not reproduce ({why}); reducing the whole unit"
    ));
    let _ = std::fs::remove_file(&extracted);
    match target.judge(tools, objtool, unit, &scratch.join("u.o"))? {
        Verdict::Interesting { .. } => Ok((unit.to_path_buf(), true)),
        Verdict::Not(why_unit) => Err(ReduceError::NotReproduced(format!(
            "llc{} does not give the finding back: the extracted function: {why}; the whole unit: {why_unit}",
            tools.suffix
        ))),
    }
}

/// The output directory: new, or empty. True when rspill made it.
fn prepare_out_dir(out: &Path) -> Result<bool, ReduceError> {
    if out.exists() {
        let empty = std::fs::read_dir(out).map_err(io(out))?.next().is_none();
        if !empty {
            return Err(ReduceError::Input {
                path: out.display().to_string(),
                message: "exists and is not empty (choose another --out)".into(),
            });
        }
        return Ok(false);
    }
    std::fs::create_dir_all(out).map_err(io(out))?;
    Ok(true)
}

/// `function` must compile to the same code in `rebuilt` as in `object`.
fn same_function(
    object: &Path,
    rebuilt: &Path,
    function: &str,
    origin: &str,
) -> Result<(), ReduceError> {
    let diff = crate::codegen::compare::diff_paths(object, rebuilt, false);
    let status = diff
        .functions
        .iter()
        .find(|f| f.function_a.as_deref() == Some(function))
        .map(|f| f.status);
    match status {
        Some(crate::codegen::compare::Status::Identical) => Ok(()),
        other => Err(ReduceError::Input {
            path: object.display().to_string(),
            message: format!(
                "{origin} does not rebuild it: {function} compiles to {} (a stale .cmd file, another source or other flags; give the right one with --compile)",
                match other {
                    Some(crate::codegen::compare::Status::OnlyInA) | None => "nothing".to_string(),
                    Some(s) => format!("{} code", format!("{s:?}").to_lowercase()),
                }
            ),
        }),
    }
}

/// The function's finding to reduce for (the requested kind, else the most
/// serious: objtool-visible, unprovable, spilled, then the first), and objtool's
/// message about the function in the original object.
fn pick_finding(req: &Request) -> Result<(Finding, Option<String>), ReduceError> {
    let path = req.object.display().to_string();
    let input = |message: String| ReduceError::Input {
        path: path.clone(),
        message,
    };
    if !req.object.is_file() {
        return Err(input(
            "not a file: give the object (.o) the function is in".into(),
        ));
    }
    let scan = scan_paths(
        std::slice::from_ref(&req.object),
        &ScanOptions {
            source: true,
            ..Default::default()
        },
    );
    if let Some(e) = scan.errors.first() {
        return Err(input(e.message.clone()));
    }
    let module = scan
        .modules
        .first()
        .ok_or_else(|| input("no object in it".into()))?;
    let mut findings: Vec<&Finding> = module
        .findings
        .iter()
        .filter(|f| f.function == req.function && f.kind != Kind::RspDynamic)
        .collect();
    if findings.is_empty() {
        let exists = crate::input::elf::load_file(&req.object).is_ok_and(|m| {
            m.functions
                .iter()
                .any(|f| f.name == req.function || f.aliases.contains(&req.function))
        });
        return Err(input(if exists {
            format!("{} has no finding: nothing to reduce", req.function)
        } else {
            format!("no function {} in it", req.function)
        }));
    }
    if let Some(kind) = req.kind {
        let present: Vec<&str> = findings.iter().map(|f| f.kind.as_str()).collect();
        findings.retain(|f| f.kind == kind);
        if findings.is_empty() {
            return Err(input(format!(
                "{} has no {} finding (it has: {})",
                req.function,
                kind.as_str(),
                present.join(", ")
            )));
        }
    }
    findings.sort_by_key(|f| {
        (
            !f.objtool_would_fail,
            !f.kind.is_serious(),
            !f.kind.is_spilled(),
            f.offset,
        )
    });
    let original = findings[0].clone();
    let objtool_text = match req.objtool.as_deref() {
        Some(tool) => {
            let out =
                crate::objtool::run::run(tool, &req.object).map_err(|e| ReduceError::Input {
                    path: tool.display().to_string(),
                    message: format!(
                        "objtool cannot run ({e}); give another with --objtool, or --no-objtool"
                    ),
                })?;
            interesting::objtool_text_for(&out, &req.function)
        }
        None => None,
    };
    Ok((original, objtool_text))
}

fn write_test_script(script: &Path, args: &[String]) -> Result<(), ReduceError> {
    use std::os::unix::fs::PermissionsExt;
    let exe = std::env::current_exe().map_err(io(Path::new("rspill")))?;
    let quoted: Vec<String> = std::iter::once(exe.display().to_string())
        .chain(args.iter().cloned())
        .map(|a| shlex::try_quote(&a).map_or(a.clone(), |q| q.into_owned()))
        .collect();
    let text = format!(
        "#!/bin/sh\n# The interestingness test rspill gave llvm-reduce: exit 0 when llc still\n# turns the IR file \"$1\" into the finding.\nexec {} \"$@\"\n",
        quoted.join(" ")
    );
    std::fs::write(script, text).map_err(io(script))?;
    std::fs::set_permissions(script, std::fs::Permissions::from_mode(0o755)).map_err(io(script))
}

/// llvm-reduce until it finishes (true) or Ctrl-C (false: `best` holds the
/// result). Progress every few seconds from the size of `best`.
#[allow(clippy::too_many_arguments)]
fn run_llvm_reduce(
    tools: &Tools,
    req: &Request,
    script: &Path,
    input: &Path,
    output: &Path,
    log: &Path,
    best: &Path,
    start: Instant,
    progress: Progress,
) -> Result<bool, ReduceError> {
    use std::os::unix::process::CommandExt;
    let log_file = std::fs::File::create(log).map_err(io(log))?;
    let log_err = log_file.try_clone().map_err(io(log))?;
    let mut child = Command::new(&tools.reduce)
        .arg(format!("--test={}", script.display()))
        .arg(format!("-j={}", req.jobs.max(1)))
        .arg("-o")
        .arg(output)
        .arg(input)
        .current_dir(output.parent().unwrap_or(Path::new("/")))
        // Its temporary candidates (and the tests' objects beside them) go
        // into the scratch directory, removed even when llvm-reduce is killed.
        .env("TMPDIR", output.parent().unwrap_or(Path::new("/")))
        .stdin(Stdio::null())
        .stdout(log_file)
        .stderr(log_err)
        .process_group(0)
        .spawn()
        .map_err(|source| LlvmError::Spawn {
            tool: tools.reduce.display().to_string(),
            source,
        })?;
    let mut last_size = (0, 0);
    let mut last_report = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(true),
            Ok(Some(status)) => {
                return Err(LlvmError::Failed {
                    tool: tools.reduce.display().to_string(),
                    stderr: format!("{status}; see {}", log.display()),
                }
                .into());
            }
            Ok(None) => {}
            Err(e) => return Err(io(log)(e)),
        }
        if req.interrupt.load(Ordering::SeqCst) {
            // The whole group: llvm-reduce and the tests it is running.
            // SAFETY: signalling a process group we created.
            unsafe {
                libc::kill(-(child.id() as i32), libc::SIGKILL);
            }
            let _ = child.wait();
            progress("interrupted: keeping the best reproducer found so far");
            return Ok(false);
        }
        if last_report.elapsed() >= Duration::from_secs(5) {
            last_report = Instant::now();
            let size = llvm::ir_size(&std::fs::read_to_string(best).unwrap_or_default());
            if size != last_size {
                last_size = size;
                let (lines, instructions) = size;
                progress(&format!(
                    "{:.0} s: best so far {lines} lines, {instructions} instructions",
                    start.elapsed().as_secs_f64()
                ));
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Inline asm templates are opaque to `llvm-reduce` and can be long (kernel
/// ALTERNATIVE blocks): each is replaced by `""` when the result is still
/// interesting, so the constraints that cause the construct stand out. Returns
/// how many were emptied; `ir` is rewritten in place.
fn empty_asm_templates(
    target: &Target,
    tools: &Tools,
    objtool: Option<&Path>,
    ir: &Path,
    scratch: &Path,
) -> Result<usize, ReduceError> {
    let mut text = std::fs::read_to_string(ir).map_err(io(ir))?;
    let mut emptied = 0;
    let mut from = 0;
    while let Some(at) = text[from..].find(" asm sideeffect \"").map(|i| from + i) {
        let start = at + " asm sideeffect \"".len();
        // IR string literals escape `"` as \22: the next quote ends it.
        let Some(len) = text[start..].find('"') else {
            break;
        };
        from = start;
        if len == 0 {
            continue;
        }
        let candidate = format!("{}{}", &text[..start], &text[start + len..]);
        let try_ir = scratch.join("asm.ll");
        std::fs::write(&try_ir, &candidate).map_err(io(&try_ir))?;
        if let Verdict::Interesting { .. } =
            target.judge(tools, objtool, &try_ir, &scratch.join("asm.o"))?
        {
            text = candidate;
            emptied += 1;
        }
    }
    if emptied > 0 {
        std::fs::write(ir, &text).map_err(io(ir))?;
    }
    Ok(emptied)
}

/// `reduced.ll` with `sanitize_memory` dropped, compiled and scanned: does the
/// construct disappear?
fn without_sanitize_memory(
    tools: &Tools,
    req: &Request,
    out: &Path,
    reduced: &Path,
    function: &str,
) -> Result<Unsanitized, ReduceError> {
    let text = std::fs::read_to_string(reduced).map_err(io(reduced))?;
    let had_attribute = interesting::function_has_attribute(&text, function, "sanitize_memory");
    let ir = out.join("reduced-no-sanitize-memory.ll");
    std::fs::write(&ir, llvm::without_sanitize_memory(&text)).map_err(io(&ir))?;
    let obj = out.join("reduced-no-sanitize-memory.o");
    if let Err(e) = tools.llc(&ir, &obj) {
        return Ok(Unsanitized {
            had_attribute,
            findings: Err(e.to_string()),
            objtool: Vec::new(),
        });
    }
    let scan = scan_paths(std::slice::from_ref(&obj), &ScanOptions::default());
    let findings = scan
        .modules
        .iter()
        .flat_map(|m| &m.findings)
        .filter(|f| f.function == function && f.kind != Kind::RspDynamic)
        .map(|f| (f.kind, f.objtool_would_fail))
        .collect();
    let objtool = req
        .objtool
        .as_deref()
        .and_then(|t| crate::objtool::run::run(t, &obj).ok())
        .map(|out| {
            crate::objtool::run::messages(&out)
                .iter()
                .map(|m| m.line_for("reduced-no-sanitize-memory.o"))
                .collect()
        })
        .unwrap_or_default();
    Ok(Unsanitized {
        had_attribute,
        findings: Ok(findings),
        objtool,
    })
}
