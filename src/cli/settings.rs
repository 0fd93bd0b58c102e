//! Arguments resolved once into what each command runs with: defaults filled in,
//! requests built, thread counts split. Commands never look at clap's structures.

use crate::cli::args::{CheckOptions, Command};
use rspill::analysis::scan::ScanOptions;
use rspill::render::{CheckFormat, DiffFormat, ScanFormat};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// One command, ready to run.
pub enum Settings {
    Scan(ScanSettings),
    Diff(DiffSettings),
    Rewrite(RewriteSettings),
    Extract(ExtractSettings),
    Suggest(rspill::fixes::suggest::Request),
    Check(CheckSettings),
    Fix(FixSettings),
    Reduce(rspill::reduce::Request),
    Inventory(InventorySettings),
    ReduceTest(ReduceTestSettings),
}

pub struct InventorySettings {
    pub paths: Vec<PathBuf>,
    pub tree: Option<PathBuf>,
    pub format: rspill::render::InventoryFormat,
    pub jobs: Option<usize>,
}

/// One run of the interestingness test inside llvm-reduce.
pub struct ReduceTestSettings {
    pub target: rspill::reduce::interesting::Target,
    pub llvm: String,
    pub objtool: Option<PathBuf>,
    pub best: Option<PathBuf>,
    pub ir: PathBuf,
}

pub struct ScanSettings {
    pub paths: Vec<PathBuf>,
    pub options: ScanOptions,
    pub format: ScanFormat,
    /// List `rsp-dynamic` findings in text output too.
    pub dynamic: bool,
    pub jobs: Option<usize>,
    /// The objtool whose verdict is predicted: its options, its tree.
    pub objtool_args: Option<String>,
    pub objtool_tree: Option<PathBuf>,
}

pub struct DiffSettings {
    pub a: PathBuf,
    pub b: PathBuf,
    pub show: bool,
    /// List identical functions too.
    pub all: bool,
    pub format: DiffFormat,
    pub jobs: Option<usize>,
}

pub struct RewriteSettings {
    pub input: PathBuf,
    /// `None`: in place (the original kept as IN.orig).
    pub output: Option<PathBuf>,
    pub functions: Vec<String>,
    /// What IN is linked with, for the proof (`--linked-with`).
    pub linked_with: Vec<PathBuf>,
    /// As given; located (or refused) when the command runs.
    pub objtool: Option<PathBuf>,
}

pub struct ExtractSettings {
    pub input: PathBuf,
    pub functions: Vec<String>,
    pub output: PathBuf,
    pub objtool: Option<PathBuf>,
}

pub struct CheckSettings {
    pub request: rspill::check::Request,
    pub format: CheckFormat,
    /// No progress lines on stderr.
    pub quiet: bool,
    /// Print the selection and build nothing (`--plan`).
    pub plan_only: bool,
}

/// `fix` resolves in two steps: the build directory is located first (which can
/// fail), then `check`'s request is completed from it with `CheckOptions::resolve`.
pub struct FixSettings {
    /// Objects, a build directory, or its vmlinux.o/vmlinux.a.
    pub inputs: Vec<PathBuf>,
    pub log: Option<PathBuf>,
    /// Stop after the drafts.
    pub no_check: bool,
    pub tree: Option<PathBuf>,
    pub drafts: PathBuf,
    /// The kernel-CI-style report's file (`.md`: markdown).
    pub report: Option<PathBuf>,
    pub check: CheckOptions,
}

impl Settings {
    pub fn resolve(command: Command) -> Settings {
        match command {
            Command::Scan {
                paths,
                format,
                explain,
                trace,
                no_source,
                objtool_args,
                objtool_tree,
                dynamic,
                jobs,
            } => Settings::Scan(ScanSettings {
                paths,
                options: ScanOptions {
                    explain,
                    trace,
                    source: !no_source,
                },
                format,
                dynamic,
                jobs,
                objtool_args,
                objtool_tree,
            }),
            Command::Diff {
                a,
                b,
                show,
                all,
                format,
                jobs,
            } => Settings::Diff(DiffSettings {
                a,
                b,
                show,
                all,
                format,
                jobs,
            }),
            Command::Rewrite {
                input,
                output,
                in_place: _,
                functions,
                linked_with,
                objtool,
            } => Settings::Rewrite(RewriteSettings {
                input,
                output,
                functions,
                linked_with,
                objtool,
            }),
            Command::Extract {
                input,
                functions,
                output,
                objtool,
            } => Settings::Extract(ExtractSettings {
                input,
                functions,
                output,
                objtool,
            }),
            Command::Suggest {
                tree,
                objects,
                findings,
                site,
                out,
                strategies,
                all_findings,
                build,
                compile,
                series,
                every_statement,
            } => Settings::Suggest(rspill::fixes::suggest::Request {
                // Absolute: the compile commands run in the tree, and the
                // overlay that swaps an edited header in names it by a path
                // that must mean the same there (a relative --tree made every
                // header edit unverifiable).
                tree: std::path::absolute(&tree).unwrap_or(tree),
                objects,
                findings_file: findings,
                site,
                out,
                strategies,
                all_findings,
                commands: rspill::fixes::draft::CompileCommands {
                    build,
                    stated: compile,
                },
                series,
                every_statement,
            }),
            Command::Check {
                tree,
                objects,
                build,
                drafts,
                opts,
            } => Settings::Check(opts.resolve(tree, objects, drafts, build, interrupt_flag())),
            Command::Fix {
                inputs,
                log,
                no_check,
                tree,
                drafts,
                report,
                opts,
            } => Settings::Fix(FixSettings {
                inputs,
                log,
                no_check,
                tree,
                drafts,
                report,
                check: opts,
            }),
            Command::Inventory {
                paths,
                tree,
                format,
                jobs,
            } => Settings::Inventory(InventorySettings {
                paths,
                tree,
                format,
                jobs,
            }),
            Command::Reduce {
                object,
                function,
                kind,
                out,
                compile,
                llvm,
                objtool,
                no_objtool,
                any_redundancy,
                jobs,
            } => Settings::Reduce(rspill::reduce::Request {
                any_redundancy,
                out: out.unwrap_or_else(|| PathBuf::from(format!("rspill-reduce-{function}"))),
                object,
                function,
                kind,
                compile,
                llvm,
                objtool: if no_objtool {
                    None
                } else {
                    rspill::objtool::run::locate(objtool.as_deref())
                },
                jobs: jobs
                    .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
                interrupt: interrupt_flag(),
            }),
            Command::ReduceTest {
                function,
                kind,
                llvm,
                restored_from,
                in_loop,
                redundant,
                copied,
                reads_rsp,
                objtool_visible,
                objtool_text,
                keep_attributes,
                objtool,
                best,
                ir,
            } => Settings::ReduceTest(ReduceTestSettings {
                target: rspill::reduce::interesting::Target {
                    function,
                    kind,
                    in_loop,
                    restored_from,
                    redundant,
                    copied,
                    objtool_visible,
                    objtool_text,
                    reads_rsp,
                    keep_attributes,
                },
                llvm,
                objtool,
                best,
                ir,
            }),
        }
    }
}

/// gcc-12 (Debian 12's), else gcc, when on the PATH.
fn installed_gcc() -> Option<String> {
    let path = std::env::var_os("PATH")?;
    ["gcc-12", "gcc"]
        .into_iter()
        .find(|name| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()))
        .map(str::to_string)
}

impl CheckOptions {
    /// `check`'s request: jobs split between the builds that run at once, the
    /// scratch parent and the log directory chosen.
    pub fn resolve(
        self,
        tree: PathBuf,
        objects: Vec<String>,
        drafts: Vec<PathBuf>,
        deps_build: Option<PathBuf>,
        interrupt: Arc<AtomicBool>,
    ) -> CheckSettings {
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let jobs = self.jobs.unwrap_or(cpus).max(1);
        let parallel = self.parallel.unwrap_or(jobs).max(1);
        let scratch = self.scratch.unwrap_or_else(std::env::temp_dir);
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let logs = self
            .logs
            .unwrap_or_else(|| scratch.join(format!("rspill-logs-{stamp}-{}", std::process::id())));
        let request = rspill::check::Request {
            tree,
            objects,
            drafts,
            kmsan_config: self.kmsan_config,
            plain_config: self.plain_config,
            deps_build,
            kmsan_baseline: self.kmsan_baseline,
            plain_baseline: self.plain_baseline,
            max_objects: self.max_objects,
            all_objects: self.all_objects,
            toolchain: rspill::kbuild::build::Toolchain {
                make: self.make,
                llvm: self.llvm,
                cc: self.cc,
                make_args: self.make_args,
                jobs: (jobs / parallel).max(1),
                timeout: std::time::Duration::from_secs(self.timeout),
            },
            gcc: if self.no_gcc {
                None
            } else {
                self.gcc.or_else(installed_gcc)
            },
            parallel,
            objtool: self.objtool,
            link: None,
            scratch_parent: scratch,
            keep: self.keep,
            logs,
            interrupt,
        };
        CheckSettings {
            request,
            format: self.format,
            quiet: self.quiet,
            plan_only: self.plan,
        }
    }
}

/// Ctrl-C (and SIGTERM) only raise a flag: running builds are stopped and the
/// scratch space removed before rspill exits with 130.
pub fn interrupt_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let f = flag.clone();
    if let Err(e) = ctrlc::set_handler(move || f.store(true, std::sync::atomic::Ordering::SeqCst)) {
        eprintln!(
            "rspill: warning: cannot catch Ctrl-C ({e}); an interrupt may leave scratch files"
        );
    }
    flag
}
