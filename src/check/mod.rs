//! The `check` command: every draft applied in a scratch copy of the tree, built
//! with a KMSAN and a !KMSAN configuration, re-validated (rspill scan + objtool)
//! and compared with the baseline's !KMSAN code; a verdict table and a
//! recommendation that follows from the measurements.
//!
//! In pipeline order: `plan` (which objects, how each configuration is
//! prepared), `run` (scratch trees, prepare, builds), `measure` (scan and
//! objtool on KMSAN objects, !KMSAN code against the baseline's), `recommend`
//! (the verdict). `fix` finds the build directory and tree of objects for scan +
//! suggest + check in one go.

pub mod ci;
pub mod fix;
pub mod link;
mod measure;
mod plan;
mod recommend;
pub mod reuse;
mod run;
pub mod select;

pub use recommend::{nothing_to_fix, recommend};
pub use run::{plan_only, run};

use crate::kbuild::build::{BuildOutcome, SetupError, Toolchain, TreeKind};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// Why `check` could not run at all (exit 2). Failed builds, drafts that do not
/// apply and objtool failures are rows of the report, not errors.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The request names something missing or unusable (tree, objects,
    /// configuration files, drafts).
    #[error("{0}")]
    Request(String),
    /// The scratch area or a scratch tree could not be made.
    #[error(transparent)]
    Setup(#[from] SetupError),
    /// A prepared configuration is not what it claims to be (KMSAN on, or off).
    #[error("{0}")]
    Configuration(String),
}

/// The two configurations every candidate is built in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Configuration {
    /// With CONFIG_KMSAN: where the construct appears and objtool judges.
    Kmsan,
    /// Without: where a fix must not change the code.
    Plain,
    /// Without KMSAN, built by gcc: the headers a fix edits are built by gcc
    /// too (most distributions ship gcc-built kernels).
    PlainGcc,
}

impl Configuration {
    /// In build directory names, labels and logs.
    pub fn name(self) -> &'static str {
        match self {
            Configuration::Kmsan => "kmsan",
            Configuration::Plain => "plain",
            Configuration::PlainGcc => "plain-gcc",
        }
    }
}

impl std::fmt::Display for Configuration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

pub struct Request {
    pub tree: PathBuf,
    /// kbuild targets relative to the build directory (`mm/memory.o`).
    pub objects: Vec<String>,
    pub drafts: Vec<PathBuf>,
    /// A full .config with KMSAN; default: defconfig + KMSAN + DEBUG_INFO.
    pub kmsan_config: Option<PathBuf>,
    /// A full .config without KMSAN; default: the KMSAN config with KMSAN unset.
    pub plain_config: Option<PathBuf>,
    /// A build directory of the tree whose `.*.o.cmd` files name more objects.
    pub deps_build: Option<PathBuf>,
    /// A KMSAN build of the unmodified tree taken as the baseline instead of
    /// building it (`reuse`).
    pub kmsan_baseline: Option<PathBuf>,
    /// The same for the !KMSAN configuration.
    pub plain_baseline: Option<PathBuf>,
    /// A cap on the objects built (the named ones always count).
    pub max_objects: Option<usize>,
    pub all_objects: bool,
    pub toolchain: Toolchain,
    /// gcc's command for the !KMSAN gcc builds (`gcc-12`, `ccache gcc-12`);
    /// None: no gcc column.
    pub gcc: Option<String>,
    /// Builds run at once (each with `toolchain.jobs`).
    pub parallel: usize,
    pub objtool: Option<PathBuf>,
    /// How the user's build links and checks `vmlinux.o`: when set, objtool's
    /// verdict comes from `vmlinux.o` relinked with the rebuilt objects.
    pub link: Option<link::KbuildLink>,
    pub scratch_parent: PathBuf,
    pub keep: bool,
    pub logs: PathBuf,
    pub interrupt: Arc<AtomicBool>,
}

impl Request {
    /// The build taken as the baseline of `config`, if the user gave one.
    pub fn reused_baseline(&self, config: Configuration) -> Option<&Path> {
        match config {
            Configuration::Kmsan => self.kmsan_baseline.as_deref(),
            Configuration::Plain => self.plain_baseline.as_deref(),
            Configuration::PlainGcc => None,
        }
    }

    /// The configurations every row is built in: KMSAN and !KMSAN with the
    /// request's toolchain, and !KMSAN with gcc when asked.
    pub fn configurations(&self) -> Vec<Configuration> {
        let mut out = vec![Configuration::Kmsan, Configuration::Plain];
        if self.gcc.is_some() {
            out.push(Configuration::PlainGcc);
        }
        out
    }

    /// How a configuration is built: gcc's without LLVM=.
    pub fn toolchain_for(&self, config: Configuration) -> Toolchain {
        match (config, &self.gcc) {
            (Configuration::PlainGcc, Some(gcc)) => Toolchain {
                llvm: String::new(),
                cc: Some(gcc.clone()),
                ..self.toolchain.clone()
            },
            _ => self.toolchain.clone(),
        }
    }
}

/// A draft as read from its mail.
#[derive(Clone, Debug, Serialize)]
pub struct Candidate {
    pub name: String,
    pub draft: PathBuf,
    /// The strategy when the file name says it (`reorder-...`).
    pub strategy: Option<String>,
    pub files: Vec<String>,
    pub added: usize,
    pub removed: usize,
}

impl Candidate {
    pub fn read(path: &Path) -> Result<Candidate, String> {
        // A patch of a Latin-1 file is no UTF-8: read it as bytes.
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&bytes);
        let mut files: Vec<String> = Vec::new();
        let (mut added, mut removed) = (0, 0);
        let mut in_hunk = false;
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("diff --git ") {
                in_hunk = false;
                // `a/X b/X`: the b side (the file as it will be).
                if let Some((_, b)) = rest.split_once(" b/") {
                    files.push(b.to_string());
                }
            } else if line.starts_with("@@") {
                in_hunk = true;
            } else if line == "-- " {
                // The signature separator ends the patch.
                in_hunk = false;
            } else if in_hunk {
                if line.starts_with('+') {
                    added += 1;
                } else if line.starts_with('-') {
                    removed += 1;
                }
            }
        }
        if files.is_empty() {
            return Err("no `diff --git` in it: not a patch".into());
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let strategy = crate::fixes::strategies::Strategy::ALL
            .iter()
            .map(|s| s.name())
            .find(|s| name.starts_with(&format!("{s}-")) || name == *s)
            .map(str::to_string);
        Ok(Candidate {
            name,
            // git apply runs in the scratch tree: the path must not be relative.
            draft: std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
            strategy,
            files,
            added,
            removed,
        })
    }
}

/// !KMSAN code of a candidate compared with the baseline's.
#[derive(Clone, Debug, Serialize)]
pub struct Codegen {
    pub identical: bool,
    /// Functions that changed (or appeared/disappeared), `object:function`.
    pub changed: Vec<String>,
    pub objects_compared: usize,
}

/// One row of the table: the baseline or a candidate.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Candidate>,
    /// None for the baseline.
    pub applies: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apply_error: Option<String>,
    pub kmsan_build: Option<BuildOutcome>,
    pub plain_build: Option<BuildOutcome>,
    /// The !KMSAN gcc build, when gcc is in the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gcc_build: Option<BuildOutcome>,
    /// Findings in the KMSAN objects.
    pub findings: Option<usize>,
    /// Spilled-copy and unprovable restores among them: the construct.
    pub spilled: Option<usize>,
    /// Against the baseline for a candidate: no spilled copy left, and no
    /// unprovable restore but those the baseline has in the same function
    /// (`__switch_to_asm` switching stacks is no construct to fix).
    pub construct_gone: Option<bool>,
    /// The construct's restores as `object: function: kind`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub constructs: Vec<String>,
    /// objtool's warnings on the KMSAN objects, or on the relinked `vmlinux.o`
    /// (empty: clean).
    pub objtool: Option<Vec<String>>,
    /// `vmlinux.o` relinked as the user's build links it, when objtool runs there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<link::LinkVerdict>,
    pub objtool_clean: Option<bool>,
    /// Against the baseline; None for the baseline itself.
    pub codegen: Option<Codegen>,
    /// gcc's !KMSAN code against the baseline's; None for the baseline or
    /// without gcc.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gcc_codegen: Option<Codegen>,
    /// Options whose KMSAN .config value differs from the baseline's.
    pub config_changes: Vec<String>,
    /// Objects that were not produced or could not be read.
    pub problems: Vec<String>,
    /// How a measurement was made differently from the rest (not a failure).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Row {
    /// A row before anything is measured.
    pub fn new(name: &str, candidate: Option<Candidate>) -> Row {
        Row {
            name: name.to_string(),
            applies: candidate.as_ref().map(|_| true),
            candidate,
            apply_error: None,
            kmsan_build: None,
            plain_build: None,
            gcc_build: None,
            findings: None,
            spilled: None,
            construct_gone: None,
            constructs: Vec::new(),
            objtool: None,
            link: None,
            objtool_clean: None,
            codegen: None,
            gcc_codegen: None,
            config_changes: Vec::new(),
            problems: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Everything measured says this candidate fixes the build.
    pub fn passes(&self) -> bool {
        self.applies == Some(true)
            && self.kmsan_build.as_ref().is_some_and(BuildOutcome::ok)
            && self.plain_build.as_ref().is_some_and(BuildOutcome::ok)
            && self.gcc_build.as_ref().is_none_or(BuildOutcome::ok)
            && self.objtool_clean == Some(true)
            && self.construct_gone == Some(true)
            && self.problems.is_empty()
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Recommendation {
    pub candidate: Option<String>,
    pub reason: String,
}

/// Wall-clock split of a run: `prepare` + `builds` + `objtool` + `own` = `total`.
/// `own` is the wall time in which rspill alone worked (the baseline tree, copies
/// of prepared build directories, scanning, diffing, the last clean-up). Its work
/// done while builds ran (candidate trees made during prepare, trees removed
/// during builds) is listed apart as `overlapped_*`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Timing {
    pub total: f64,
    pub prepare: f64,
    pub builds: f64,
    pub objtool: f64,
    pub own: f64,
    /// Scanning and diffing (part of `own`).
    pub own_analysis: f64,
    pub overlapped_trees: f64,
    pub overlapped_cleanup: f64,
}

/// What a check would build (`check --plan`).
#[derive(Clone, Debug, Serialize)]
pub struct Plan {
    pub objects: Vec<String>,
    pub plain_only: Vec<String>,
    pub left_out: Vec<String>,
    pub selections: Vec<select::Selection>,
}

/// A candidate's selection and what its !KMSAN comparison found.
#[derive(Clone, Debug, Serialize)]
pub struct SelectionOutcome {
    #[serde(flatten)]
    pub selection: select::Selection,
    /// Of the selected objects, how many were built (`--max-objects` may cap).
    pub built: usize,
    /// Objects whose !KMSAN code changed, with clang or gcc (None: not
    /// compared).
    pub changed_objects: Option<Vec<String>>,
    /// Changed objects the selection did not name: a selection that missed.
    pub missed: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub tree: PathBuf,
    pub tree_kind: TreeKind,
    pub objects: Vec<String>,
    /// Built !KMSAN only: every other object including a changed file
    /// (--all-objects).
    pub plain_only: Vec<String>,
    /// Objects a draft can change but left out by --max-objects.
    pub objects_left_out: Vec<String>,
    /// Per candidate: which objects its draft can change, and how the
    /// comparison bore that out.
    pub selections: Vec<SelectionOutcome>,
    /// Every object that includes a changed file was built (--all-objects).
    pub every_includer: bool,
    pub baseline: Row,
    pub candidates: Vec<Row>,
    pub recommendation: Recommendation,
    pub timing: Timing,
    pub logs: PathBuf,
    /// The scratch directory, when --keep kept it.
    pub kept: Option<PathBuf>,
    pub interrupted: bool,
    pub warnings: Vec<String>,
}
