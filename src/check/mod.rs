//! The `check` command: every draft applied in a scratch copy of the tree, built
//! with a KMSAN and a !KMSAN configuration, re-validated (rspill scan + objtool)
//! and compared with the baseline's !KMSAN code; a verdict table and a
//! recommendation that follows from the measurements.
//! `fix` finds the build directory and tree of objects for scan + suggest +
//! check in one go.

pub mod fix;

use crate::analysis::scan::{ScanOptions, scan_paths};
use crate::codegen::compare::{Status as FnStatus, diff_paths};
use crate::kbuild::build::{self, BuildOutcome, Job, Scratch, Status, Step, Toolchain, TreeKind};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// The two configurations every candidate is built in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Configuration {
    /// With CONFIG_KMSAN: where the construct appears and objtool judges.
    Kmsan,
    /// Without: where a fix must not change the code.
    Plain,
}

impl Configuration {
    pub const BOTH: [Configuration; 2] = [Configuration::Kmsan, Configuration::Plain];

    /// In build directory names, labels and logs.
    pub fn name(self) -> &'static str {
        match self {
            Configuration::Kmsan => "kmsan",
            Configuration::Plain => "plain",
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
    pub max_objects: usize,
    pub all_objects: bool,
    pub toolchain: Toolchain,
    /// Builds run at once (each with `toolchain.jobs`).
    pub parallel: usize,
    pub objtool: Option<PathBuf>,
    pub scratch_parent: PathBuf,
    pub keep: bool,
    pub logs: PathBuf,
    pub interrupt: Arc<AtomicBool>,
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
        let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
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
    /// Findings in the KMSAN objects.
    pub findings: Option<usize>,
    /// Spilled-copy and unprovable restores among them: the construct.
    pub spilled: Option<usize>,
    pub construct_gone: Option<bool>,
    /// objtool's warnings on the KMSAN objects (empty: clean).
    pub objtool: Option<Vec<String>>,
    pub objtool_clean: Option<bool>,
    /// Against the baseline; None for the baseline itself.
    pub codegen: Option<Codegen>,
    /// Options whose KMSAN .config value differs from the baseline's.
    pub config_changes: Vec<String>,
    /// Objects that were not produced or could not be read.
    pub problems: Vec<String>,
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
            findings: None,
            spilled: None,
            construct_gone: None,
            objtool: None,
            objtool_clean: None,
            codegen: None,
            config_changes: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Everything measured says this candidate fixes the build.
    pub fn passes(&self) -> bool {
        self.applies == Some(true)
            && self.kmsan_build.as_ref().is_some_and(BuildOutcome::ok)
            && self.plain_build.as_ref().is_some_and(BuildOutcome::ok)
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

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub tree: PathBuf,
    pub tree_kind: TreeKind,
    pub objects: Vec<String>,
    /// Objects found through dependency files but left out by --max-objects.
    pub objects_left_out: Vec<String>,
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

/// Options set for the default KMSAN configuration (defconfig + these).
const KMSAN_OPTIONS: [(&str, Option<&str>); 3] = [
    ("KMSAN", Some("y")),
    ("DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT", Some("y")),
    ("DEBUG_INFO_NONE", None),
];

fn edits(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
        .collect()
}

/// The prepare job of one configuration in the baseline tree.
fn prepare_steps(req: &Request, config: Configuration) -> Vec<Step> {
    let mut steps = Vec::new();
    let given = if config == Configuration::Kmsan {
        req.kmsan_config.clone()
    } else {
        req.plain_config.clone().or(req.kmsan_config.clone())
    };
    match given {
        Some(file) => steps.push(Step::UseConfig(file)),
        None => {
            steps.push(Step::Make(vec!["defconfig".into()]));
            steps.push(Step::EditConfig(edits(&KMSAN_OPTIONS)));
        }
    }
    if config == Configuration::Plain && req.plain_config.is_none() {
        steps.push(Step::EditConfig(edits(&[("KMSAN", None)])));
    }
    steps.push(Step::Make(vec!["olddefconfig".into()]));
    steps.push(Step::Make(vec!["prepare".into()]));
    steps
}

/// Objects named by the build's dependency files as including a file a draft
/// changes (`.NAME.o.cmd`: `deps_DIR/NAME.o := ...`), sorted.
pub fn objects_depending_on(build: &Path, files: &[String]) -> Vec<String> {
    let cmd_files: Vec<PathBuf> = walkdir::WalkDir::new(build)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            let n = e.file_name().to_string_lossy();
            e.file_type().is_file() && n.starts_with('.') && n.ends_with(".o.cmd")
        })
        .map(|e| e.into_path())
        .collect();
    let mut found: Vec<String> = cmd_files
        .par_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let rel = p.strip_prefix(build).ok()?;
            let dir = rel.parent().unwrap_or(Path::new(""));
            let name = p.file_name()?.to_string_lossy();
            let object = dir
                .join(name.strip_prefix('.')?.strip_suffix(".cmd")?)
                .to_string_lossy()
                .into_owned();
            if object.ends_with(".mod.o")
                || object.starts_with("scripts/")
                || object.starts_with("tools/")
            {
                return None;
            }
            let deps = text.split_once(":= \\")?.1;
            let hit = deps.lines().any(|l| {
                let dep = l.trim().trim_end_matches('\\').trim();
                files
                    .iter()
                    .any(|f| dep == f || dep.ends_with(&format!("/{f}")))
            });
            hit.then_some(object)
        })
        .collect();
    found.sort();
    found
}

struct ObjectPlan {
    objects: Vec<String>,
    left_out: Vec<String>,
}

fn plan_objects(req: &Request, candidates: &[Candidate]) -> ObjectPlan {
    let mut objects: Vec<String> = Vec::new();
    for o in &req.objects {
        if !objects.contains(o) {
            objects.push(o.clone());
        }
    }
    let mut left_out = Vec::new();
    if let Some(build) = &req.deps_build {
        let files: Vec<String> = candidates.iter().flat_map(|c| c.files.clone()).collect();
        for o in objects_depending_on(build, &files) {
            if objects.contains(&o) {
                continue;
            }
            if req.all_objects || objects.len() < req.max_objects.max(req.objects.len()) {
                objects.push(o);
            } else {
                left_out.push(o);
            }
        }
    }
    ObjectPlan { objects, left_out }
}

fn label(row: &str, config: Configuration) -> String {
    format!("{row}-{config}")
}

/// Run builds with at most `parallel` at once; outcomes in job order.
fn run_jobs(
    jobs: &[Job],
    req: &Request,
    progress: &(dyn Fn(&str) + Sync),
    done: &(dyn Fn(usize) + Sync),
) -> Vec<BuildOutcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(req.parallel.clamp(1, jobs.len().max(1)))
        .build();
    let run = || {
        jobs.par_iter()
            .enumerate()
            .with_max_len(1)
            .map(|(index, job)| {
                progress(&format!("{}: started", job.label));
                let o = build::run_job(job, &req.toolchain, &req.interrupt);
                progress(&format!(
                    "{}: {} ({:.1} s)",
                    job.label,
                    status_word(&o.status),
                    o.seconds
                ));
                done(index);
                o
            })
            .collect()
    };
    match pool {
        Ok(p) => p.install(run),
        Err(_) => run(),
    }
}

pub fn status_word(s: &Status) -> &'static str {
    match s {
        Status::Ok => "ok",
        Status::Failed { .. } => "failed",
        Status::TimedOut { .. } => "timed out",
        Status::Interrupted => "interrupted",
    }
}

fn interrupted(req: &Request) -> bool {
    req.interrupt.load(std::sync::atomic::Ordering::SeqCst)
}

/// Scan and objtool the KMSAN objects of one row.
fn validate_kmsan(
    row: &mut Row,
    out: &Path,
    objects: &[String],
    objtool: Option<&Path>,
    timing: &mut Timing,
) {
    let paths: Vec<PathBuf> = objects.iter().map(|o| out.join(o)).collect();
    let present: Vec<PathBuf> = paths.iter().filter(|p| p.is_file()).cloned().collect();
    for (o, p) in objects.iter().zip(&paths) {
        if !p.is_file() {
            row.problems.push(format!("{o}: not built (KMSAN)"));
        }
    }
    let start = Instant::now();
    let scan = scan_paths(
        &present,
        &ScanOptions {
            source: false,
            ..Default::default()
        },
    );
    timing.own_analysis += start.elapsed().as_secs_f64();
    for e in &scan.errors {
        row.problems.push(e.to_string());
    }
    let findings: Vec<_> = scan.modules.iter().flat_map(|m| &m.findings).collect();
    let spilled = findings.iter().filter(|f| f.kind.is_construct()).count();
    row.findings = Some(findings.len());
    row.spilled = Some(spilled);
    row.construct_gone = Some(spilled == 0);
    let Some(tool) = objtool else {
        return;
    };
    let start = Instant::now();
    let mut messages = Vec::new();
    for (o, p) in objects.iter().zip(&paths).filter(|(_, p)| p.is_file()) {
        match crate::objtool::run::run(tool, p) {
            // objtool names the object by the path it was given: make it the target.
            Ok(text) => messages.extend(
                crate::objtool::run::messages(&text)
                    .iter()
                    .map(|m| m.line_for(o)),
            ),
            Err(e) => row.problems.push(e),
        }
    }
    timing.objtool += start.elapsed().as_secs_f64();
    row.objtool_clean = Some(messages.is_empty());
    row.objtool = Some(messages);
}

/// Compare a row's !KMSAN objects with the baseline's.
fn compare_plain(
    row: &mut Row,
    base_out: &Path,
    out: &Path,
    objects: &[String],
    timing: &mut Timing,
) {
    let start = Instant::now();
    let mut changed = Vec::new();
    let mut compared = 0;
    for o in objects {
        let (a, b) = (base_out.join(o), out.join(o));
        if !b.is_file() {
            row.problems.push(format!("{o}: not built (!KMSAN)"));
            continue;
        }
        if !a.is_file() {
            continue;
        }
        let d = diff_paths(&a, &b, false);
        for e in &d.errors {
            row.problems.push(e.to_string());
        }
        compared += d.objects_compared;
        changed.extend(
            d.functions
                .iter()
                .filter(|f| f.status != FnStatus::Identical)
                .map(|f| format!("{o}:{}", f.name())),
        );
    }
    timing.own_analysis += start.elapsed().as_secs_f64();
    row.codegen = Some(Codegen {
        identical: changed.is_empty(),
        changed,
        objects_compared: compared,
    });
}

fn config_changes(base: &Path, cand: &Path) -> Vec<String> {
    let (Ok(a), Ok(b)) = (build::read_config(base), build::read_config(cand)) else {
        return Vec::new();
    };
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| {
            let v = |m: &std::collections::BTreeMap<String, String>| {
                m.get(k).cloned().unwrap_or_else(|| "n".into())
            };
            format!("{k} {}->{}", v(&a), v(&b))
        })
        .collect()
}

/// The baseline passes objtool and has no spilled %rsp copy.
pub fn nothing_to_fix(baseline: &Row) -> bool {
    baseline.objtool_clean == Some(true) && baseline.spilled == Some(0)
}

/// The recommendation from the measured rows: among candidates that pass, the one
/// with !KMSAN code identical to the baseline first, then a source change over a
/// configuration change (it stays local to the statement), then the smaller patch.
pub fn recommend(baseline: &Row, rows: &[Row]) -> Recommendation {
    if nothing_to_fix(baseline) {
        return Recommendation {
            candidate: None,
            reason: "nothing to fix: the baseline passes objtool and has no spilled %rsp copy"
                .into(),
        };
    }
    let mut passing: Vec<&Row> = rows.iter().filter(|r| r.passes()).collect();
    passing.sort_by_key(|r| {
        let c = r.candidate.as_ref();
        (
            r.codegen.as_ref().map_or(usize::MAX, |c| c.changed.len()),
            !r.config_changes.is_empty(),
            c.map_or(usize::MAX, |c| c.added + c.removed),
            r.name.clone(),
        )
    });
    match passing.first() {
        Some(best) => {
            let c = best.codegen.as_ref();
            let code = match c {
                Some(c) if c.identical => format!(
                    "!KMSAN code identical to the baseline ({} object{})",
                    c.objects_compared,
                    plural(c.objects_compared)
                ),
                Some(c) => format!(
                    "!KMSAN code changes in {} function{} (the fewest)",
                    c.changed.len(),
                    plural(c.changed.len())
                ),
                None => String::new(),
            };
            let size = best
                .candidate
                .as_ref()
                .map(|c| format!("+{}/-{}", c.added, c.removed))
                .unwrap_or_default();
            let scope = if best.config_changes.is_empty() {
                "a source change".to_string()
            } else {
                format!(
                    "a configuration change ({} option{} differ)",
                    best.config_changes.len(),
                    plural(best.config_changes.len())
                )
            };
            let others = passing.len() - 1;
            Recommendation {
                candidate: Some(best.name.clone()),
                reason: format!(
                    "objtool clean with KMSAN, no spilled %rsp copy left; {code}; {scope} of {size} lines{}",
                    if others > 0 {
                        format!("; {others} other candidate{} also pass{}", plural(others), if others == 1 { "es" } else { "" })
                    } else {
                        String::new()
                    }
                ),
            }
        }
        None => Recommendation {
            candidate: None,
            reason: "no candidate passes: send the reproducer (rspill extract) with a compiler bug report"
                .into(),
        },
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Run the whole check. Err is a problem with the request itself (exit 2); failed
/// builds are rows of the report.
pub fn run(req: &Request, progress: &(dyn Fn(&str) + Sync)) -> Result<Report, String> {
    let start = Instant::now();
    let mut timing = Timing::default();
    if !req.tree.join("Makefile").is_file() {
        return Err(format!(
            "{}: not a source tree (no Makefile)",
            req.tree.display()
        ));
    }
    if req.tree.join(".config").exists() {
        return Err(format!(
            "{}: has a .config, i.e. was configured in place; check builds with O= and kbuild refuses such a tree (build the user's objects with O= instead)",
            req.tree.display()
        ));
    }
    if req.objects.is_empty() {
        return Err("no objects to build (--objects)".into());
    }
    for c in [&req.kmsan_config, &req.plain_config].into_iter().flatten() {
        if !c.is_file() {
            return Err(format!("{}: no such configuration file", c.display()));
        }
    }
    let mut candidates = Vec::new();
    for d in &req.drafts {
        candidates.push(Candidate::read(d).map_err(|e| format!("{}: {e}", d.display()))?);
    }
    let plan = plan_objects(req, &candidates);
    std::fs::create_dir_all(&req.logs).map_err(|e| format!("{}: {e}", req.logs.display()))?;
    let logs = req.logs.canonicalize().unwrap_or(req.logs.clone());
    let scratch = Scratch::create(&req.scratch_parent, req.keep).map_err(|e| {
        format!(
            "{}: cannot create scratch directory: {e}",
            req.scratch_parent.display()
        )
    })?;
    let kind = build::tree_kind(&req.tree);
    let mut warnings = Vec::new();

    // Trees: the baseline first (prepare needs it), candidates while it prepares.
    let tree_of = |name: &str| scratch.root.join(name).join("src");
    let base_tree = tree_of("baseline");
    std::fs::create_dir_all(base_tree.parent().unwrap_or(&scratch.root))
        .map_err(|e| e.to_string())?;
    scratch.make_tree(kind, &req.tree, &base_tree, &[])?;
    progress(&format!(
        "scratch trees in {} ({})",
        scratch.root.display(),
        match kind {
            TreeKind::GitWorktree => "git worktrees",
            TreeKind::HardLinks => "hard links",
        }
    ));

    let configs = Configuration::BOTH;
    let prepare_jobs: Vec<Job> = configs
        .iter()
        .map(|c| Job {
            label: label("prepare", *c),
            tree: base_tree.clone(),
            out: build::out_dir_name(c.name()),
            steps: prepare_steps(req, *c),
            log: logs.join(format!("{}.log", label("prepare", *c))),
        })
        .collect();
    let mut rows: Vec<Row> = candidates
        .iter()
        .map(|c| Row::new(&c.name, Some(c.clone())))
        .collect();
    let (prepared, tree_seconds) = std::thread::scope(|s| {
        let maker = s.spawn(|| {
            let t = Instant::now();
            let made: Vec<Result<(), String>> = candidates
                .iter()
                .map(|c| {
                    let tree = tree_of(&c.name);
                    std::fs::create_dir_all(tree.parent().unwrap_or(&scratch.root))
                        .map_err(|e| e.to_string())?;
                    scratch.make_tree(kind, &req.tree, &tree, &c.files)?;
                    build::apply_draft(&tree, &c.draft, &scratch.root)
                })
                .collect();
            (made, t.elapsed().as_secs_f64())
        });
        let t = Instant::now();
        let prepared = run_jobs(&prepare_jobs, req, progress, &|_| {});
        timing.prepare = t.elapsed().as_secs_f64();
        let (made, secs) = maker.join().unwrap_or_else(|_| (Vec::new(), 0.0));
        for (row, m) in rows.iter_mut().zip(made) {
            if let Err(e) = m {
                row.applies = Some(false);
                row.apply_error = Some(e);
            }
        }
        (prepared, secs)
    });
    timing.overlapped_trees += tree_seconds;

    let mut baseline = Row::new("baseline", None);
    let prepare_failed: Option<&BuildOutcome> = prepared.iter().find(|o| !o.ok());
    if prepare_failed.is_none() {
        // The configurations must be what they claim to be.
        let cfg = |c: Configuration| {
            build::read_config(
                &base_tree
                    .join(build::out_dir_name(c.name()))
                    .join(".config"),
            )
        };
        match (cfg(Configuration::Kmsan), cfg(Configuration::Plain)) {
            (Ok(k), Ok(p)) => {
                if k.get("KMSAN").map(String::as_str) != Some("y") {
                    return Err("the KMSAN configuration has no CONFIG_KMSAN=y after olddefconfig (does the compiler support KMSAN? are its dependencies met?)".into());
                }
                if p.get("KMSAN").map(String::as_str) == Some("y") {
                    return Err("the !KMSAN configuration has CONFIG_KMSAN=y".into());
                }
            }
            (Err(e), _) | (_, Err(e)) => return Err(format!("reading the prepared .config: {e}")),
        }
    }

    let mut build_seconds = 0.0;
    if prepare_failed.is_none() && !interrupted(req) {
        // Each applied candidate gets copies of the prepared build directories.
        for row in rows.iter_mut().filter(|r| r.applies == Some(true)) {
            let tree = tree_of(&row.name);
            for c in configs {
                let out = build::out_dir_name(c.name());
                if let Err(e) = build::copy_build_dir(&base_tree.join(&out), &tree.join(&out)) {
                    row.problems
                        .push(format!("copying the prepared build directory: {e}"));
                }
            }
            // The draft was applied while the baseline prepared: its files must
            // be newer than the copied build directory, or make sees nothing to
            // redo (a Kconfig change would not even reach the .config).
            if let Some(c) = &row.candidate {
                if let Err(e) = build::touch(&tree, &c.files) {
                    row.problems.push(e);
                }
            }
        }
        let mut jobs = Vec::new();
        let mut owners: Vec<(usize, Configuration)> = Vec::new(); // (row index; 0 = baseline, config)
        let names: Vec<(usize, String, PathBuf)> =
            std::iter::once((0, "baseline".to_string(), base_tree.clone()))
                .chain(
                    rows.iter()
                        .enumerate()
                        .filter(|(_, r)| r.applies == Some(true) && r.problems.is_empty())
                        .map(|(i, r)| (i + 1, r.name.clone(), tree_of(&r.name))),
                )
                .collect();
        for (i, name, tree) in &names {
            for c in configs {
                jobs.push(Job {
                    label: label(name, c),
                    tree: tree.clone(),
                    out: build::out_dir_name(c.name()),
                    steps: vec![Step::Make(plan.objects.clone())],
                    log: logs.join(format!("{}.log", label(name, c))),
                });
                owners.push((*i, c));
            }
        }
        // When both builds of a row are done, its build directories move out of
        // the tree and the tree is removed in the background, while other builds
        // run: a kernel tree is ~90,000 links, and removing it is the biggest part
        // of rspill's own work.
        let out_of = |name: &str, config: Configuration| {
            if req.keep {
                tree_of(name).join(build::out_dir_name(config.name()))
            } else {
                scratch.root.join(name).join(format!("out-{config}"))
            }
        };
        let remaining = std::sync::Mutex::new(vec![configs.len(); names.len()]);
        let removal_cell = std::sync::Mutex::new(0.0f64);
        let (removal_seconds, scratch_ref) = (&removal_cell, &scratch);
        let t = Instant::now();
        let outcomes = std::thread::scope(|s| {
            let done = |job: usize| {
                let slot = job / configs.len();
                let last = {
                    let mut r = remaining.lock().unwrap_or_else(|e| e.into_inner());
                    r[slot] -= 1;
                    r[slot] == 0
                };
                if !last || req.keep {
                    return;
                }
                let (_, name, tree) = &names[slot];
                for c in configs {
                    let _ =
                        std::fs::rename(tree.join(build::out_dir_name(c.name())), out_of(name, c));
                }
                let tree = tree.clone();
                // Joined at the end of the scope.
                s.spawn(move || {
                    let t = Instant::now();
                    scratch_ref.remove_tree(&tree);
                    *removal_seconds.lock().unwrap_or_else(|e| e.into_inner()) +=
                        t.elapsed().as_secs_f64();
                });
            };
            run_jobs(&jobs, req, progress, &done)
        });
        build_seconds = t.elapsed().as_secs_f64();
        timing.overlapped_cleanup += *removal_cell.lock().unwrap_or_else(|e| e.into_inner());
        for ((i, c), o) in owners.into_iter().zip(outcomes) {
            let row = if i == 0 {
                &mut baseline
            } else {
                &mut rows[i - 1]
            };
            if c == Configuration::Kmsan {
                row.kmsan_build = Some(o);
            } else {
                row.plain_build = Some(o);
            }
        }
        // Measure: baseline first (the reference), then every candidate.
        let objtool_for = |name: &str| {
            let own = out_of(name, Configuration::Kmsan).join("tools/objtool/objtool");
            req.objtool
                .clone()
                .or_else(|| own.is_file().then_some(own))
                .or_else(|| crate::objtool::run::locate(None))
        };
        let base_kmsan = out_of("baseline", Configuration::Kmsan);
        let base_plain = out_of("baseline", Configuration::Plain);
        if baseline.kmsan_build.as_ref().is_some_and(BuildOutcome::ok) {
            let tool = objtool_for("baseline");
            if tool.is_none() {
                warnings.push("no objtool found (--objtool): objtool verdicts left out".into());
            }
            validate_kmsan(
                &mut baseline,
                &base_kmsan,
                &plan.objects,
                tool.as_deref(),
                &mut timing,
            );
        }
        for row in rows.iter_mut() {
            if row.kmsan_build.as_ref().is_some_and(BuildOutcome::ok) {
                let tool = objtool_for(&row.name);
                let out = out_of(&row.name, Configuration::Kmsan);
                validate_kmsan(row, &out, &plan.objects, tool.as_deref(), &mut timing);
                row.config_changes =
                    config_changes(&base_kmsan.join(".config"), &out.join(".config"));
            }
            if row.plain_build.as_ref().is_some_and(BuildOutcome::ok)
                && baseline.plain_build.as_ref().is_some_and(BuildOutcome::ok)
            {
                let out = out_of(&row.name, Configuration::Plain);
                compare_plain(row, &base_plain, &out, &plan.objects, &mut timing);
                let plain_changes =
                    config_changes(&base_plain.join(".config"), &out.join(".config"));
                if !plain_changes.is_empty() {
                    row.problems.push(format!(
                        "the !KMSAN configuration changed too: {}",
                        plain_changes.join(", ")
                    ));
                }
            }
        }
        // Trees of rows that never built (did not apply) are still there.
        for row in &rows {
            scratch.remove_tree(&tree_of(&row.name));
        }
    } else if let Some(failed) = prepare_failed {
        baseline.kmsan_build = prepared.first().cloned();
        baseline.plain_build = prepared.get(1).cloned();
        warnings.push(format!(
            "preparing the baseline failed ({}): nothing was built; see {}",
            status_word(&failed.status),
            failed.log.display()
        ));
    }
    let was_interrupted = interrupted(req);
    let recommendation = if was_interrupted {
        Recommendation {
            candidate: None,
            reason: "interrupted".into(),
        }
    } else {
        recommend(&baseline, &rows)
    };
    let kept = req.keep.then(|| scratch.root.clone());
    drop(scratch);
    timing.builds = build_seconds;
    timing.total = start.elapsed().as_secs_f64();
    timing.own = (timing.total - timing.prepare - timing.builds - timing.objtool).max(0.0);
    Ok(Report {
        tree: req.tree.clone(),
        tree_kind: kind,
        objects: plan.objects,
        objects_left_out: plan.left_out,
        baseline,
        candidates: rows,
        recommendation,
        timing,
        logs,
        kept,
        interrupted: was_interrupted,
        warnings,
    })
}

/// Default per-build timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(3600);
