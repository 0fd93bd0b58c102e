//! The check pipeline: the request validated, scratch trees made (the baseline's
//! prepared while the candidates' are made and patched), every row built in
//! both configurations, measured, and the report assembled.

use super::measure::{ObjtoolScope, compare_plain, config_changes, validate_kmsan};
use super::plan::{ObjectPlan, plan_objects, prepare_steps};
use super::reuse;
use super::{
    Candidate, CheckError, Codegen, Configuration, Recommendation, Report, Request, Row,
    SelectionOutcome, Timing, recommend,
};
use crate::analysis::findings::Kind;
use crate::kbuild::build::{self, BuildOutcome, Job, Scratch, Step, TreeKind};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

type Progress<'a> = &'a (dyn Fn(&str) + Sync);

/// Run the whole check. Err is a problem with the request or the scratch area
/// (exit 2); failed builds are rows of the report.
pub fn run(req: &Request, progress: Progress) -> Result<Report, CheckError> {
    let start = Instant::now();
    let mut timing = Timing::default();
    let candidates = validate(req)?;
    let plan = plan_objects(req, &candidates, progress);
    let reused = reused_up_to_date(req, &plan, progress)?;
    let session = Session::open(req)?;
    progress(&format!(
        "scratch trees in {} ({})",
        session.scratch.root.display(),
        match session.kind {
            TreeKind::GitWorktree => "git worktrees",
            TreeKind::HardLinks => "hard links",
        }
    ));

    let (mut rows, prepared) = session.prepare(&candidates, progress, &mut timing)?;
    let mut baseline = Row::new("baseline", None);
    let mut warnings = Vec::new();
    match prepared.iter().find(|o| !o.ok()) {
        None => {
            session.check_configurations()?;
            session.check_reused_configurations()?;
            baseline.notes.extend(reused);
            if !session.interrupted() {
                session.build(&mut baseline, &mut rows, &plan, progress, &mut timing);
                session.measure(&mut baseline, &mut rows, &plan, &mut warnings, &mut timing);
                // Trees of rows that never built (did not apply) are still there.
                for row in &rows {
                    session.scratch.remove_tree(&session.tree_of(&row.name));
                }
            }
        }
        Some(failed) => {
            warnings.push(format!(
                "preparing the baseline failed ({}): nothing was built; see {}",
                failed.status.word(),
                failed.log.display()
            ));
            baseline.kmsan_build = prepared.first().cloned();
            baseline.plain_build = prepared.get(1).cloned();
            baseline.gcc_build = prepared.get(2).cloned();
        }
    }

    let was_interrupted = session.interrupted();
    let recommendation = if was_interrupted {
        Recommendation {
            candidate: None,
            reason: "interrupted".into(),
        }
    } else {
        recommend(&baseline, &rows)
    };
    let selections = selection_outcomes(&plan, &rows);
    let kept = req.keep.then(|| session.scratch.root.clone());
    let (kind, logs) = (session.kind, session.logs.clone());
    drop(session);
    timing.total = start.elapsed().as_secs_f64();
    timing.own = (timing.total - timing.prepare - timing.builds - timing.objtool).max(0.0);
    Ok(Report {
        tree: req.tree.clone(),
        tree_kind: kind,
        objects: plan.objects,
        plain_only: plan.plain_only,
        objects_left_out: plan.left_out,
        selections,
        every_includer: plan.every_includer,
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

/// What `run` would build, without building: the objects in both
/// configurations, those !KMSAN only, and each draft's selection.
pub fn plan_only(req: &Request, progress: Progress) -> Result<super::Plan, CheckError> {
    let candidates = validate(req)?;
    let plan = plan_objects(req, &candidates, progress);
    Ok(super::Plan {
        objects: plan.objects,
        plain_only: plan.plain_only,
        left_out: plan.left_out,
        selections: plan.selections,
    })
}

/// Each reused baseline's objects must be what `make` would leave there now
/// (checked before anything is built: a stale build is refused at once). The
/// baseline's notes saying which builds were reused.
fn reused_up_to_date(
    req: &Request,
    plan: &ObjectPlan,
    progress: Progress,
) -> Result<Vec<String>, CheckError> {
    let mut notes = Vec::new();
    for config in [Configuration::Kmsan, Configuration::Plain] {
        let Some(dir) = req.reused_baseline(config) else {
            continue;
        };
        // KMSAN objects come from a KMSAN build's dependency files: each must
        // be there. A !KMSAN build lacks the objects only KMSAN has.
        let (objects, required) = match config {
            Configuration::Kmsan => (plan.objects.clone(), true),
            _ => (plan.all_plain(), false),
        };
        progress(&format!(
            "{config} baseline: is each of {} objects in {} newer than what it was built from?",
            objects.len(),
            dir.display()
        ));
        let stale = reuse::stale_objects(dir, &objects, required);
        if !stale.is_empty() {
            return Err(CheckError::Request(format!(
                "{}: cannot be the {config} baseline: {} (run make there first, or leave out --{config}-baseline)",
                dir.display(),
                reuse::summarize("not up to date", &stale)
            )));
        }
        let present = objects.iter().filter(|o| dir.join(o).is_file()).count();
        notes.push(format!(
            "{config}: the build in {} was reused, not rebuilt ({present} of {} objects there, each newer than what it was built from)",
            dir.display(),
            objects.len()
        ));
    }
    Ok(notes)
}

/// What the request names must be there: a source tree configured with O= (or
/// not at all), objects, configuration files, drafts that are patches.
fn validate(req: &Request) -> Result<Vec<Candidate>, CheckError> {
    let request = |m: String| Err(CheckError::Request(m));
    if !req.tree.join("Makefile").is_file() {
        return request(format!(
            "{}: not a source tree (no Makefile)",
            req.tree.display()
        ));
    }
    if req.tree.join(".config").exists() {
        return request(format!(
            "{}: has a .config, i.e. was configured in place; check builds with O= and kbuild refuses such a tree (build the user's objects with O= instead)",
            req.tree.display()
        ));
    }
    if req.objects.is_empty() {
        return request("no objects to build (--objects)".into());
    }
    if let Some(b) = &req.deps_build {
        if !b.join(".config").is_file() {
            return request(format!(
                "{}: not a kbuild build directory (no .config): --build names an earlier build of the tree",
                b.display()
            ));
        }
    }
    for (config, dir) in [Configuration::Kmsan, Configuration::Plain]
        .into_iter()
        .filter_map(|c| Some((c, req.reused_baseline(c)?)))
    {
        if !dir.join(".config").is_file() {
            return request(format!(
                "{}: not a kbuild build directory (no .config): the {config} baseline must be a build of the unmodified tree",
                dir.display()
            ));
        }
        // Its commands name its own tree: a build of another (a patched copy)
        // would pass every other test and be the wrong reference.
        let source = std::fs::canonicalize(dir.join("source"));
        let tree = std::fs::canonicalize(&req.tree);
        if !matches!((&source, &tree), (Ok(s), Ok(t)) if s == t) {
            return request(format!(
                "{}: cannot be the {config} baseline: it is not a build of {} (its `source` link names {})",
                dir.display(),
                req.tree.display(),
                source.map_or_else(|e| format!("nothing: {e}"), |s| s.display().to_string())
            ));
        }
    }
    for c in [&req.kmsan_config, &req.plain_config].into_iter().flatten() {
        if !c.is_file() {
            return request(format!("{}: no such configuration file", c.display()));
        }
    }
    req.drafts
        .iter()
        .map(|d| {
            Candidate::read(d).map_err(|e| CheckError::Request(format!("{}: {e}", d.display())))
        })
        .collect()
}

/// One run's scratch area and where things go in it. Dropping it removes the
/// scratch area (unless `--keep`).
struct Session<'a> {
    req: &'a Request,
    scratch: Scratch,
    kind: TreeKind,
    logs: PathBuf,
}

impl<'a> Session<'a> {
    fn open(req: &'a Request) -> Result<Session<'a>, CheckError> {
        let io = |path: &Path, what: &str, e: std::io::Error| {
            CheckError::Request(format!("{}: {what}{e}", path.display()))
        };
        std::fs::create_dir_all(&req.logs).map_err(|e| io(&req.logs, "", e))?;
        let logs = req.logs.canonicalize().unwrap_or(req.logs.clone());
        let scratch = Scratch::create(&req.scratch_parent, req.keep)
            .map_err(|e| io(&req.scratch_parent, "cannot create scratch directory: ", e))?;
        Ok(Session {
            req,
            scratch,
            kind: build::tree_kind(&req.tree),
            logs,
        })
    }

    fn interrupted(&self) -> bool {
        self.req.interrupt.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The scratch source tree of a row.
    fn tree_of(&self, row: &str) -> PathBuf {
        self.scratch.root.join(row).join("src")
    }

    /// The baseline build the user gave for `config` (never written).
    fn reused(&self, row: &str, config: Configuration) -> Option<&Path> {
        (row == "baseline")
            .then(|| self.req.reused_baseline(config))
            .flatten()
    }

    /// Where a row's objects of `config` are read: the reused build for the
    /// baseline when the user gave one, else `built_out`.
    fn out_of(&self, row: &str, config: Configuration) -> PathBuf {
        match self.reused(row, config) {
            // Absolute: the relinked vmlinux.o is made in a scratch directory.
            Some(dir) => std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf()),
            None => self.built_out(row, config),
        }
    }

    /// A row's build directory once its builds are done: moved out of its tree
    /// (which is then removed) unless the trees are kept.
    fn built_out(&self, row: &str, config: Configuration) -> PathBuf {
        if self.req.keep {
            self.tree_of(row).join(build::out_dir_name(config.name()))
        } else {
            self.scratch.root.join(row).join(format!("out-{config}"))
        }
    }

    fn log_of(&self, label: &str) -> PathBuf {
        self.logs.join(format!("{label}.log"))
    }

    /// A scratch tree for `row`, with `break_out` files of its own.
    fn make_tree(&self, row: &str, break_out: &[String]) -> Result<PathBuf, build::SetupError> {
        let tree = self.tree_of(row);
        let parent = tree.parent().unwrap_or(&self.scratch.root);
        std::fs::create_dir_all(parent).map_err(|source| build::SetupError::Io {
            path: parent.to_path_buf(),
            source,
        })?;
        self.scratch
            .make_tree(self.kind, &self.req.tree, &tree, break_out)?;
        Ok(tree)
    }

    /// The baseline tree made and both configurations prepared in it, while the
    /// candidates' trees are made and their drafts applied (a draft that does
    /// not apply is its row's verdict). Rows in draft order; prepare outcomes in
    /// `Request::configurations` order.
    fn prepare(
        &self,
        candidates: &[Candidate],
        progress: Progress,
        timing: &mut Timing,
    ) -> Result<(Vec<Row>, Vec<BuildOutcome>), CheckError> {
        let base_tree = self.make_tree("baseline", &[])?;
        let prepare_jobs: Vec<(Job, Configuration)> = self
            .req
            .configurations()
            .into_iter()
            .map(|c| {
                let job = Job {
                    label: label("prepare", c),
                    tree: base_tree.clone(),
                    out: build::out_dir_name(c.name()),
                    steps: prepare_steps(self.req, c),
                    log: self.log_of(&label("prepare", c)),
                };
                (job, c)
            })
            .collect();
        let mut rows: Vec<Row> = candidates
            .iter()
            .map(|c| Row::new(&c.name, Some(c.clone())))
            .collect();
        let (prepared, tree_seconds) = std::thread::scope(|s| {
            let maker = s.spawn(|| {
                let t = Instant::now();
                let made: Vec<Result<(), build::SetupError>> = candidates
                    .iter()
                    .map(|c| {
                        let tree = self.make_tree(&c.name, &c.files)?;
                        build::apply_draft(&tree, &c.draft, &self.scratch.root)
                    })
                    .collect();
                (made, t.elapsed().as_secs_f64())
            });
            let t = Instant::now();
            let prepared = run_jobs(&prepare_jobs, self.req, progress, &|_| {});
            timing.prepare = t.elapsed().as_secs_f64();
            let (made, secs) = maker.join().unwrap_or_else(|_| (Vec::new(), 0.0));
            for (row, m) in rows.iter_mut().zip(made) {
                if let Err(e) = m {
                    row.applies = Some(false);
                    row.apply_error = Some(e.to_string());
                }
            }
            (prepared, secs)
        });
        timing.overlapped_trees += tree_seconds;
        Ok((rows, prepared))
    }

    /// The prepared configurations must be what they claim to be.
    fn check_configurations(&self) -> Result<(), CheckError> {
        let base_tree = self.tree_of("baseline");
        let cfg = |c: Configuration| {
            build::read_config(
                &base_tree
                    .join(build::out_dir_name(c.name()))
                    .join(".config"),
            )
        };
        let wrong = |m: &str| Err(CheckError::Configuration(m.into()));
        if self.req.gcc.is_some() {
            match cfg(Configuration::PlainGcc) {
                Ok(g) if g.get("KMSAN").map(String::as_str) == Some("y") => {
                    return wrong("the !KMSAN gcc configuration has CONFIG_KMSAN=y");
                }
                Ok(g) if g.get("CC_IS_CLANG").map(String::as_str) == Some("y") => {
                    return wrong(
                        "the !KMSAN gcc configuration has CONFIG_CC_IS_CLANG=y (is --gcc a gcc?)",
                    );
                }
                Ok(_) => {}
                Err(e) => {
                    return Err(CheckError::Configuration(format!(
                        "reading the prepared gcc .config: {e}"
                    )));
                }
            }
        }
        match (cfg(Configuration::Kmsan), cfg(Configuration::Plain)) {
            (Ok(k), Ok(p)) => {
                if k.get("KMSAN").map(String::as_str) != Some("y") {
                    return wrong(
                        "the KMSAN configuration has no CONFIG_KMSAN=y after olddefconfig (does the compiler support KMSAN? are its dependencies met?)",
                    );
                }
                if p.get("KMSAN").map(String::as_str) == Some("y") {
                    return wrong("the !KMSAN configuration has CONFIG_KMSAN=y");
                }
                Ok(())
            }
            (Err(e), _) | (_, Err(e)) => Err(CheckError::Configuration(format!(
                "reading the prepared .config: {e}"
            ))),
        }
    }

    /// A reused baseline's `.config` must be the prepared configuration: the
    /// candidates are built with that one.
    fn check_reused_configurations(&self) -> Result<(), CheckError> {
        let base_tree = self.tree_of("baseline");
        for config in self.req.configurations() {
            let Some(dir) = self.reused("baseline", config) else {
                continue;
            };
            let prepared = base_tree
                .join(build::out_dir_name(config.name()))
                .join(".config");
            let differ = reuse::config_differences(&dir.join(".config"), &prepared)
                .map_err(CheckError::Configuration)?;
            if !differ.is_empty() {
                return Err(CheckError::Configuration(format!(
                    "{}: cannot be the {config} baseline: its .config is not the prepared {config} configuration ({}{})",
                    dir.display(),
                    differ[..differ.len().min(5)].join(", "),
                    if differ.len() > 5 {
                        format!(" and {} more", differ.len() - 5)
                    } else {
                        String::new()
                    }
                )));
            }
        }
        Ok(())
    }

    /// Every row that applied gets copies of the prepared build directories and
    /// is built in both configurations, `parallel` builds at once. When both
    /// builds of a row are done, its build directories move out of the tree and
    /// the tree is removed in the background while other builds run: a kernel
    /// tree is ~90,000 links, and removing it is the biggest part of rspill's
    /// own work.
    fn build(
        &self,
        baseline: &mut Row,
        rows: &mut [Row],
        plan: &ObjectPlan,
        progress: Progress,
        timing: &mut Timing,
    ) {
        let configs = self.req.configurations();
        let base_tree = self.tree_of("baseline");
        for row in rows.iter_mut().filter(|r| r.applies == Some(true)) {
            let tree = self.tree_of(&row.name);
            for c in &configs {
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
                    row.problems.push(e.to_string());
                }
            }
        }
        // (row index: 0 = baseline, name, tree), then a job per configuration.
        let names: Vec<(usize, String, PathBuf)> =
            std::iter::once((0, "baseline".to_string(), base_tree))
                .chain(
                    rows.iter()
                        .enumerate()
                        .filter(|(_, r)| r.applies == Some(true) && r.problems.is_empty())
                        .map(|(i, r)| (i + 1, r.name.clone(), self.tree_of(&r.name))),
                )
                .collect();
        let mut jobs = Vec::new();
        let mut owners: Vec<(usize, Configuration)> = Vec::new();
        // Per job, its entry in `names`; per entry, the configurations built.
        let mut slot_of_job: Vec<usize> = Vec::new();
        let mut built_configs: Vec<Vec<Configuration>> = vec![Vec::new(); names.len()];
        for (slot, (i, name, tree)) in names.iter().enumerate() {
            for &c in &configs {
                if let Some(dir) = self.reused(name, c) {
                    let outcome = BuildOutcome {
                        status: build::Status::Ok,
                        seconds: 0.0,
                        log: dir.to_path_buf(),
                    };
                    match c {
                        Configuration::Kmsan => baseline.kmsan_build = Some(outcome),
                        Configuration::Plain => baseline.plain_build = Some(outcome),
                        Configuration::PlainGcc => baseline.gcc_build = Some(outcome),
                    }
                    continue;
                }
                slot_of_job.push(slot);
                built_configs[slot].push(c);
                // Against a reused build, an object kbuild's single target
                // compiles otherwise is compiled with that build's command,
                // unless the draft changes how objects are built.
                let as_recorded = self
                    .req
                    .reused_baseline(c)
                    .filter(|_| *i > 0)
                    .filter(|_| {
                        rows[*i - 1]
                            .candidate
                            .as_ref()
                            .is_none_or(|k| !reuse::changes_build_files(&k.files))
                    })
                    .map(|recorded| Step::CompileAsRecorded {
                        recorded: std::path::absolute(recorded)
                            .unwrap_or_else(|_| recorded.to_path_buf()),
                        objects: match c {
                            Configuration::Kmsan => plan.objects.clone(),
                            _ => plan.plain_in(Some(recorded)),
                        },
                    });
                let job = Job {
                    label: label(name, c),
                    tree: tree.clone(),
                    out: build::out_dir_name(c.name()),
                    steps: [match c {
                        Configuration::Kmsan => Step::Make(plan.objects.clone()),
                        // Every includer is read from the KMSAN build's
                        // `.cmd` files: some are objects only that
                        // configuration builds.
                        Configuration::Plain | Configuration::PlainGcc if plan.every_includer => {
                            Step::MakeEach(plan.plain_in(self.req.reused_baseline(c)))
                        }
                        Configuration::Plain | Configuration::PlainGcc => {
                            Step::Make(plan.plain_in(self.req.reused_baseline(c)))
                        }
                    }]
                    .into_iter()
                    .chain(as_recorded)
                    .collect(),
                    log: self.log_of(&label(name, c)),
                };
                jobs.push((job, c));
                owners.push((*i, c));
            }
        }
        let remaining = Mutex::new(built_configs.iter().map(Vec::len).collect::<Vec<_>>());
        let removal_seconds = Mutex::new(0.0f64);
        let t = Instant::now();
        let finished = std::sync::atomic::AtomicBool::new(false);
        let outcomes = std::thread::scope(|s| {
            s.spawn(|| {
                report_build_progress(
                    &jobs,
                    self.req.toolchain.timeout,
                    t,
                    &finished,
                    &self.req.interrupt,
                    progress,
                )
            });
            let done = |job: usize| {
                let slot = slot_of_job[job];
                let last = {
                    let mut r = remaining.lock().unwrap_or_else(|e| e.into_inner());
                    r[slot] -= 1;
                    r[slot] == 0
                };
                if !last || self.req.keep {
                    return;
                }
                let (_, name, tree) = &names[slot];
                for &c in &built_configs[slot] {
                    let _ = std::fs::rename(
                        tree.join(build::out_dir_name(c.name())),
                        self.built_out(name, c),
                    );
                }
                let (tree, removal_seconds) = (tree.clone(), &removal_seconds);
                // Joined at the end of the scope.
                s.spawn(move || {
                    let t = Instant::now();
                    self.scratch.remove_tree(&tree);
                    *removal_seconds.lock().unwrap_or_else(|e| e.into_inner()) +=
                        t.elapsed().as_secs_f64();
                });
            };
            let outcomes = run_jobs(&jobs, self.req, progress, &done);
            finished.store(true, std::sync::atomic::Ordering::SeqCst);
            outcomes
        });
        timing.builds = t.elapsed().as_secs_f64();
        timing.overlapped_cleanup += *removal_seconds.lock().unwrap_or_else(|e| e.into_inner());
        for ((i, c), o) in owners.into_iter().zip(outcomes) {
            let row = if i == 0 {
                &mut *baseline
            } else {
                &mut rows[i - 1]
            };
            match c {
                Configuration::Kmsan => row.kmsan_build = Some(o),
                Configuration::Plain => row.plain_build = Some(o),
                Configuration::PlainGcc => row.gcc_build = Some(o),
            }
        }
    }

    /// objtool for a row: `--objtool`, else the row's own build's, else one
    /// found on the system.
    fn objtool_for(&self, row: &str) -> Option<PathBuf> {
        let own = self
            .out_of(row, Configuration::Kmsan)
            .join("tools/objtool/objtool");
        self.req
            .objtool
            .clone()
            .or_else(|| own.is_file().then_some(own))
            .or_else(|| crate::objtool::run::locate(None))
    }

    /// Where a row's objtool verdict comes from: its objects, or `vmlinux.o`
    /// relinked in the row's scratch directory.
    fn objtool_scope(&self, row: &str) -> ObjtoolScope<'_> {
        match &self.req.link {
            Some(link) => ObjtoolScope::Vmlinux {
                link,
                workdir: self.scratch.root.join(row).join("vmlinux"),
            },
            None => ObjtoolScope::Objects { kbuild: None },
        }
    }

    /// Against a reused baseline, a row's objects must have been compiled by
    /// the same commands (paths aside): else what differs is not the draft
    /// alone, and the row says so as a problem.
    fn compiled_as_reused(
        &self,
        row: &mut Row,
        config: Configuration,
        out: &Path,
        objects: &[String],
    ) {
        let Some(dir) = self.reused("baseline", config) else {
            return;
        };
        let recompiled = reuse::compiled_as_recorded(out, objects);
        if !recompiled.is_empty() {
            row.notes.push(format!(
                "{} (as kbuild's single target builds an object a parent directory's Makefile lists, in its own directory's context, where it is no kernel object)",
                reuse::summarize(
                    &format!("compiled with the {config} build's own command from {}", dir.display()),
                    &recompiled
                )
            ));
        }
        let differ = reuse::command_differences(dir, out, objects);
        if !differ.is_empty() {
            row.problems.push(format!(
                "{} (the {config} baseline reused from {}): their comparison is not of the draft alone",
                reuse::summarize("compiled by another command than the baseline's", &differ),
                dir.display()
            ));
        }
    }

    /// The baseline first (the reference), then every candidate: KMSAN objects
    /// scanned and objtool'ed, !KMSAN objects and configurations compared.
    fn measure(
        &self,
        baseline: &mut Row,
        rows: &mut [Row],
        plan: &ObjectPlan,
        warnings: &mut Vec<String>,
        timing: &mut Timing,
    ) {
        let base_kmsan = self.out_of("baseline", Configuration::Kmsan);
        if baseline.kmsan_build.as_ref().is_some_and(BuildOutcome::ok) {
            let tool = self.objtool_for("baseline");
            if tool.is_none() {
                warnings.push("no objtool found (--objtool): objtool verdicts left out".into());
            }
            validate_kmsan(
                baseline,
                &base_kmsan,
                &plan.objects,
                tool.as_deref(),
                &self.objtool_scope("baseline"),
                timing,
            );
        }
        for row in rows.iter_mut() {
            if row.kmsan_build.as_ref().is_some_and(BuildOutcome::ok) {
                let tool = self.objtool_for(&row.name);
                let out = self.out_of(&row.name, Configuration::Kmsan);
                row.config_changes =
                    config_changes(&base_kmsan.join(".config"), &out.join(".config"));
                // A configuration change rebuilds every object: relinking a few
                // rebuilt ones with the build's others would mix configurations.
                let scope = if row.config_changes.is_empty() {
                    self.objtool_scope(&row.name)
                } else {
                    if self.req.link.is_some() {
                        row.notes.push(
                            "its KMSAN configuration differs from the build's: objtool was run on its rebuilt objects, not on a relinked vmlinux.o (every object would be rebuilt)".into(),
                        );
                    }
                    ObjtoolScope::Objects {
                        kbuild: self.req.link.as_ref(),
                    }
                };
                validate_kmsan(row, &out, &plan.objects, tool.as_deref(), &scope, timing);
                self.compiled_as_reused(row, Configuration::Kmsan, &out, &plan.objects);
                if baseline.spilled.is_some() {
                    row.construct_gone =
                        Some(construct_gone(&baseline.constructs, &row.constructs));
                }
            }
            for config in [Configuration::Plain, Configuration::PlainGcc] {
                let built = |r: &Row| {
                    match config {
                        Configuration::PlainGcc => r.gcc_build.as_ref(),
                        _ => r.plain_build.as_ref(),
                    }
                    .is_some_and(BuildOutcome::ok)
                };
                if !(built(baseline) && built(row)) {
                    continue;
                }
                let (base, out) = (
                    self.out_of("baseline", config),
                    self.out_of(&row.name, config),
                );
                let label = match config {
                    Configuration::PlainGcc => "!KMSAN gcc",
                    _ => "!KMSAN",
                };
                let objects = plan.plain_in(self.req.reused_baseline(config));
                let codegen = compare_plain(row, &base, &out, &objects, label, timing);
                self.compiled_as_reused(row, config, &out, &objects);
                match config {
                    Configuration::PlainGcc => row.gcc_codegen = Some(codegen),
                    _ => row.codegen = Some(codegen),
                }
                let changes = config_changes(&base.join(".config"), &out.join(".config"));
                if !changes.is_empty() {
                    row.problems.push(format!(
                        "the {label} configuration changed too: {}",
                        changes.join(", ")
                    ));
                }
            }
        }
    }
}

/// Each candidate's selection against what its !KMSAN comparison found: the
/// objects whose code changed, and those of them the selection did not name.
fn selection_outcomes(plan: &ObjectPlan, rows: &[Row]) -> Vec<SelectionOutcome> {
    plan.selections
        .iter()
        .map(|s| {
            // Clang's and gcc's changes alike: the selection must cover both.
            let row = rows.iter().find(|r| r.name == s.candidate);
            let compared: Vec<&Codegen> = row
                .into_iter()
                .flat_map(|r| r.codegen.iter().chain(&r.gcc_codegen))
                .collect();
            let changed_objects = (!compared.is_empty()).then(|| {
                let mut objects: Vec<String> = compared
                    .iter()
                    .flat_map(|c| &c.changed)
                    .map(|f| f.split_once(':').map_or(f.as_str(), |(o, _)| o).to_string())
                    .collect();
                objects.sort();
                objects.dedup();
                objects
            });
            let missed = changed_objects
                .iter()
                .flatten()
                .filter(|o| !s.selected.contains(o))
                .cloned()
                .collect();
            SelectionOutcome {
                built: s
                    .selected
                    .iter()
                    .filter(|o| plan.objects.contains(o))
                    .count(),
                selection: s.clone(),
                changed_objects,
                missed,
            }
        })
        .collect()
}

fn label(row: &str, config: Configuration) -> String {
    format!("{row}-{config}")
}

/// Targets a build log shows compiled so far (kbuild's `  CC      mm/memory.o`
/// and `  AS      …` lines; the tools and `prepare` compile other files). Each
/// target once: a job's later make steps may compile one again.
fn compiled_targets(log: &Path, targets: &std::collections::HashSet<&str>) -> usize {
    std::fs::read_to_string(log).map_or(0, |text| {
        text.lines()
            .filter_map(|l| {
                let mut w = l.split_whitespace();
                matches!(w.next(), Some("CC" | "AS"))
                    .then(|| w.last())
                    .flatten()
                    .filter(|t| targets.contains(t))
            })
            .collect::<std::collections::HashSet<&str>>()
            .len()
    })
}

/// Every 30 s while the builds run: objects compiled of all the builds'
/// targets, elapsed time and an estimate of what remains.
fn report_build_progress(
    jobs: &[(Job, Configuration)],
    timeout: std::time::Duration,
    start: Instant,
    finished: &std::sync::atomic::AtomicBool,
    interrupt: &std::sync::atomic::AtomicBool,
    progress: Progress,
) {
    use std::sync::atomic::Ordering::SeqCst;
    let targets: Vec<std::collections::HashSet<&str>> = jobs
        .iter()
        .map(|(j, _)| {
            j.steps
                .iter()
                .flat_map(|s| match s {
                    Step::Make(targets) | Step::MakeEach(targets) => {
                        targets.iter().map(String::as_str).collect()
                    }
                    _ => Vec::new(),
                })
                .collect()
        })
        .collect();
    let total: usize = targets.iter().map(|t| t.len()).sum();
    let mut ticks = 0u32;
    while !finished.load(SeqCst) && !interrupt.load(SeqCst) {
        std::thread::sleep(std::time::Duration::from_secs(1));
        ticks += 1;
        if ticks % 30 != 0 {
            continue;
        }
        let done: usize = jobs
            .iter()
            .zip(&targets)
            .map(|((j, _), t)| compiled_targets(&j.log, t))
            .sum();
        let elapsed = start.elapsed().as_secs_f64();
        // Targets already up to date compile nothing: the count is a floor.
        let eta = if done > 0 && done < total {
            let left = elapsed * (total - done) as f64 / done as f64;
            // Each make step stops at the timeout: say so while there is
            // time to start again with a larger one.
            let past = if elapsed + left > timeout.as_secs_f64() {
                format!(
                    " (past --timeout {} s: the builds will be stopped; a tree-wide check wants a larger one)",
                    timeout.as_secs()
                )
            } else {
                String::new()
            };
            format!(", about {:.0} min left{past}", left / 60.0)
        } else {
            String::new()
        };
        progress(&format!(
            "builds: {done}/{total} objects compiled, {:.0} min elapsed{eta}",
            elapsed / 60.0
        ));
    }
}

/// Run builds with at most `parallel` at once; outcomes in job order.
fn run_jobs(
    jobs: &[(Job, Configuration)],
    req: &Request,
    progress: Progress,
    done: &(dyn Fn(usize) + Sync),
) -> Vec<BuildOutcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(req.parallel.clamp(1, jobs.len().max(1)))
        .build();
    let run = || {
        jobs.par_iter()
            .enumerate()
            .with_max_len(1)
            .map(|(index, (job, config))| {
                progress(&format!("{}: started", job.label));
                let o = build::run_job(job, &req.toolchain_for(*config), &req.interrupt);
                progress(&format!(
                    "{}: {} ({:.1} s)",
                    job.label,
                    o.status.word(),
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

/// A candidate leaves no construct: no spilled copy, and no unprovable
/// restore the baseline does not have in the same function.
fn construct_gone(baseline: &[String], row: &[String]) -> bool {
    row.iter()
        .all(|c| c.ends_with(Kind::RspUnknownRestore.as_str()) && baseline.iter().any(|b| b == c))
}

#[cfg(test)]
mod tests {
    use super::construct_gone;

    #[test]
    fn a_target_compiled_twice_in_a_log_counts_once() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("job.log");
        std::fs::write(
            &log,
            "  CC      mm/memory.o\n  CC      scripts/mod/empty.o\n  AS      arch/x86/entry/entry_64.o\n  CC      mm/memory.o\n  LD      vmlinux.o\n",
        )
        .unwrap();
        let targets = ["mm/memory.o", "arch/x86/entry/entry_64.o", "kernel/fork.o"]
            .into_iter()
            .collect();
        assert_eq!(super::compiled_targets(&log, &targets), 2);
    }

    #[test]
    fn a_stack_switch_the_baseline_has_is_not_the_construct() {
        let base = vec![
            "arch/x86/entry/entry_64.o: __switch_to_asm: rsp-unknown-restore".to_string(),
            "mm/memory.o: folio_zero_user: spilled-rsp-loop".to_string(),
        ];
        assert!(construct_gone(&base, &base[..1]));
        assert!(construct_gone(&base, &[]));
        // A spilled copy left, even one the baseline had: not gone.
        assert!(!construct_gone(&base, &base[1..]));
        // An unprovable restore the baseline did not have: not gone.
        assert!(!construct_gone(
            &base,
            &["mm/memory.o: folio_zero_user: rsp-unknown-restore".to_string()]
        ));
    }
}
