//! Scratch source trees and kbuild builds for `check`: copies of the user's tree
//! (git worktree or hard links, patched files broken out), drafts applied with
//! `git apply`, `make` runs with a timeout, a log each and a kill on Ctrl-C. A build
//! that fails is a result, not an error.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Why a scratch tree or build directory could not be set up. `check` turns
/// the one about applying a draft into that candidate's verdict; the others
/// end the run.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// A helper (git, cp) could not be started.
    #[error("cannot run {tool}: {source}")]
    Spawn {
        tool: &'static str,
        source: std::io::Error,
    },
    /// A helper ran and failed; its stderr says why.
    #[error("{stderr}")]
    Failed { tool: &'static str, stderr: String },
    /// Reading or writing a file of the scratch area.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `git worktree add` failed for this scratch tree.
    #[error("git worktree add {}: {source}", dest.display())]
    Worktree {
        dest: PathBuf,
        source: Box<SetupError>,
    },
}

impl SetupError {
    fn io(path: &Path, source: std::io::Error) -> SetupError {
        SetupError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// How builds are run: kbuild's `LLVM=`, an optional `CC` (a wrapper such as
/// `distcc clang-19` is one make argument, never split by a shell), extra make
/// arguments and the limits.
#[derive(Clone, Debug)]
pub struct Toolchain {
    pub make: String,
    /// `LLVM=` value: `-19` for clang-19, `1` for unversioned tools; empty: none.
    pub llvm: String,
    pub cc: Option<String>,
    pub make_args: Vec<String>,
    /// `-j` of each make.
    pub jobs: usize,
    pub timeout: Duration,
}

/// Name of the build directory inside a scratch tree. Keeping it inside the tree
/// makes kbuild use the relative srctree `..`, so a prepared build directory
/// copied into another scratch tree sees identical command lines and is not
/// rebuilt.
pub fn out_dir_name(config: &str) -> String {
    format!(".rspill-{config}")
}

/// How scratch trees are made from the user's tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TreeKind {
    /// `git worktree add --detach HEAD`: the tree is a git checkout without
    /// uncommitted changes to tracked files.
    GitWorktree,
    /// Every file hard-linked (copied when on another file system); the files a
    /// draft patches are broken out into copies of their own first.
    HardLinks,
}

/// The scratch area of one run: a fresh directory (unique per run, so concurrent
/// runs never meet) and the worktrees registered in the user's repository.
/// Everything is removed on drop unless `keep`.
pub struct Scratch {
    pub root: PathBuf,
    pub keep: bool,
    worktrees: Mutex<Vec<(PathBuf, PathBuf)>>,
}

impl Scratch {
    pub fn create(parent: &Path, keep: bool) -> std::io::Result<Scratch> {
        let dir = tempfile::Builder::new()
            .prefix("rspill-check-")
            .tempdir_in(parent)?;
        Ok(Scratch {
            root: dir.keep(),
            keep,
            worktrees: Mutex::new(Vec::new()),
        })
    }

    /// Remove one tree made by `make_tree` (and its worktree registration).
    pub fn remove_tree(&self, tree: &Path) {
        if self.keep {
            return;
        }
        let registered = {
            let mut w = self.worktrees.lock().unwrap_or_else(|e| e.into_inner());
            let pos = w.iter().position(|(_, t)| t == tree);
            pos.map(|p| w.remove(p))
        };
        if let Some((repo, wt)) = registered {
            remove_worktree(&repo, &wt);
        }
        let _ = std::fs::remove_dir_all(tree);
    }

    /// A scratch copy of `src` at `dest` (below `root`), with `break_out` (paths
    /// relative to the tree) given files of their own.
    pub fn make_tree(
        &self,
        kind: TreeKind,
        src: &Path,
        dest: &Path,
        break_out: &[String],
    ) -> Result<(), SetupError> {
        match kind {
            TreeKind::GitWorktree => {
                let _lock = lock_worktrees(src);
                run_tool(
                    git(src)
                        .args(["worktree", "add", "--detach", "--quiet"])
                        .arg(dest)
                        .arg("HEAD"),
                    "git",
                )
                .map_err(|e| SetupError::Worktree {
                    dest: dest.to_path_buf(),
                    source: Box::new(e),
                })?;
                self.worktrees
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((src.to_path_buf(), dest.to_path_buf()));
                Ok(())
            }
            TreeKind::HardLinks => {
                link_tree(src, dest)?;
                for rel in break_out {
                    let path = dest.join(rel);
                    break_link(&path).map_err(|e| SetupError::io(&path, e))?;
                }
                Ok(())
            }
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if self.keep {
            return;
        }
        let worktrees =
            std::mem::take(&mut *self.worktrees.lock().unwrap_or_else(|e| e.into_inner()));
        for (repo, wt) in worktrees {
            remove_worktree(&repo, &wt);
        }
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Run a helper tool (`what` names it in messages); its stderr is the error.
fn run_tool(cmd: &mut Command, tool: &'static str) -> Result<(), SetupError> {
    let out = cmd
        .output()
        .map_err(|source| SetupError::Spawn { tool, source })?;
    if out.status.success() {
        Ok(())
    } else {
        Err(SetupError::Failed {
            tool,
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        })
    }
}

fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C").arg(dir);
    c
}

/// Held while rspill adds, removes or prunes the worktrees of one
/// repository: git's `worktree add` and `worktree prune` race between
/// processes (a second `check` of the same tree failed with `failed to read
/// .git/worktrees/src3/commondir` while the first was adding or pruning its
/// own). An advisory lock on the repository's common git directory, nothing
/// written into it; released when dropped. Without the directory (git too
/// old to say it, an interrupted wait) the operation runs unlocked, as before.
struct WorktreeLock {
    _dir: Option<File>,
}

fn lock_worktrees(repo: &Path) -> WorktreeLock {
    let common = git(repo)
        .args(["rev-parse", "--path-format=absolute", "--git-common-dir"])
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    let dir = common.and_then(|d| File::open(d).ok());
    if let Some(d) = &dir {
        use std::os::fd::AsRawFd;
        // SAFETY: flock on a descriptor `d` owns and keeps open; the lock
        // goes when it is closed.
        unsafe {
            libc::flock(d.as_raw_fd(), libc::LOCK_EX);
        }
    }
    WorktreeLock { _dir: dir }
}

fn remove_worktree(repo: &Path, wt: &Path) {
    let _lock = lock_worktrees(repo);
    let _ = git(repo)
        .args(["worktree", "remove", "--force", "--force"])
        .arg(wt)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    // A worktree directory already gone leaves a stale entry; prune drops it.
    if wt.exists() {
        let _ = std::fs::remove_dir_all(wt);
    }
    let _ = git(repo)
        .args(["worktree", "prune"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Worktrees only carry committed content: a tree with uncommitted changes to
/// tracked files (what the user's objects were built from) is hard-linked instead.
pub fn tree_kind(src: &Path) -> TreeKind {
    let top = git(src)
        .args(["rev-parse", "--show-toplevel"])
        .stderr(Stdio::null())
        .output();
    let is_top = match (top, src.canonicalize()) {
        (Ok(o), Ok(canon)) if o.status.success() => {
            Path::new(String::from_utf8_lossy(&o.stdout).trim()) == canon
        }
        _ => false,
    };
    if !is_top {
        return TreeKind::HardLinks;
    }
    let status = git(src)
        .args(["status", "--porcelain", "--untracked-files=no"])
        .stderr(Stdio::null())
        .output();
    match status {
        Ok(o) if o.status.success() && o.stdout.is_empty() => TreeKind::GitWorktree,
        _ => TreeKind::HardLinks,
    }
}

/// Mirror `src` into `dest` with hard links (`.git` left out: builds and `git
/// apply` must not see the user's repository). Falls back to copying when the
/// scratch directory is on another file system.
fn link_tree(src: &Path, dest: &Path) -> Result<(), SetupError> {
    let mut cross_device = false;
    for entry in walkdir::WalkDir::new(src)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| !(e.depth() == 1 && e.file_name() == ".git"))
    {
        let entry = entry.map_err(|e| SetupError::io(src, e.into()))?;
        // WalkDir yields paths below `src` only.
        let rel = entry.path().strip_prefix(src).unwrap_or(entry.path());
        let target = dest.join(rel);
        let ft = entry.file_type();
        let result = if ft.is_dir() {
            std::fs::create_dir_all(&target)
        } else if ft.is_symlink() {
            std::fs::read_link(entry.path()).and_then(|to| std::os::unix::fs::symlink(to, &target))
        } else if cross_device {
            copy_file(entry.path(), &target)
        } else {
            match std::fs::hard_link(entry.path(), &target) {
                Err(e) if e.raw_os_error() == Some(libc::EXDEV) => {
                    cross_device = true;
                    copy_file(entry.path(), &target)
                }
                other => other,
            }
        };
        result.map_err(|e| SetupError::io(&target, e))?;
    }
    Ok(())
}

/// A copy that keeps the modification time: make compares it with the prepared
/// build directory's.
fn copy_file(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::copy(from, to)?;
    let mtime = std::fs::metadata(from)?.modified()?;
    File::options().write(true).open(to)?.set_modified(mtime)
}

/// Give a hard-linked file an inode of its own, so writing it cannot reach the
/// user's file.
fn break_link(path: &Path) -> std::io::Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => m,
        // New files, or a path that is not a plain file: nothing shared.
        _ => return Ok(()),
    };
    let mut data = Vec::new();
    File::open(path)?.read_to_end(&mut data)?;
    std::fs::remove_file(path)?;
    std::fs::write(path, &data)?;
    std::fs::set_permissions(path, meta.permissions())
}

/// Apply a draft mail to a scratch tree. `GIT_CEILING_DIRECTORIES` keeps git from
/// finding a repository above the scratch directory and applying relative to it.
pub fn apply_draft(tree: &Path, draft: &Path, scratch_root: &Path) -> Result<(), SetupError> {
    let ceiling = scratch_root.parent().unwrap_or(scratch_root);
    run_tool(
        Command::new("git")
            .current_dir(tree)
            .env("GIT_CEILING_DIRECTORIES", ceiling)
            .args(["apply", "--whitespace=nowarn"])
            .arg(draft),
        "git apply",
    )
}

/// Set the modification time of `files` (relative to `tree`) to now.
pub fn touch(tree: &Path, files: &[String]) -> Result<(), SetupError> {
    let now = std::time::SystemTime::now();
    for f in files {
        let p = tree.join(f);
        if p.is_file() {
            File::options()
                .write(true)
                .open(&p)
                .and_then(|h| h.set_modified(now))
                .map_err(|e| SetupError::io(&p, e))?;
        }
    }
    Ok(())
}

/// Copy a prepared build directory, keeping modification times and symlinks.
pub fn copy_build_dir(from: &Path, to: &Path) -> Result<(), SetupError> {
    run_tool(
        Command::new("cp")
            .args(["-a", "--reflink=auto"])
            .arg(from)
            .arg(to),
        "cp",
    )
}

/// One thing a build job does, in order.
#[derive(Clone, Debug)]
pub enum Step {
    /// `make` with these targets (and the toolchain's arguments).
    Make(Vec<String>),
    /// `make -k` with these targets: one the configuration does not build
    /// (an object only KMSAN's configuration has, `lib/checksum.o` with
    /// GENERIC_CSUM) fails alone; whether each was built is read afterwards.
    MakeEach(Vec<String>),
    /// Copy a configuration file to `O/.config`.
    UseConfig(PathBuf),
    /// Set (`Some("y")`) or unset (`None`) options in `O/.config`.
    EditConfig(Vec<(String, Option<String>)>),
    /// Each of these objects the make steps compiled by another command
    /// than the build in `recorded` (the same configuration, reused)
    /// compiled it with, compiled again with that build's own command
    /// pointed at this tree (`check::reuse::compile_as_recorded`): kbuild's
    /// single target builds an object a parent directory's Makefile lists
    /// (`bridge/panel.o` in `drivers/gpu/drm/Makefile`) in its own
    /// directory's context, where it is no kernel object.
    CompileAsRecorded {
        recorded: PathBuf,
        objects: Vec<String>,
    },
}

/// A sequence of steps in one tree and build directory, with one log.
#[derive(Clone, Debug)]
pub struct Job {
    pub label: String,
    pub tree: PathBuf,
    /// Build directory name, relative to the tree.
    pub out: String,
    pub steps: Vec<Step>,
    pub log: PathBuf,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    Ok,
    Failed {
        step: String,
        code: Option<i32>,
        tail: String,
    },
    TimedOut {
        step: String,
        seconds: u64,
    },
    Interrupted,
}

impl Status {
    /// One word, for progress lines and the verdict table.
    pub fn word(&self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Failed { .. } => "failed",
            Status::TimedOut { .. } => "timed out",
            Status::Interrupted => "interrupted",
        }
    }
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct BuildOutcome {
    #[serde(flatten)]
    pub status: Status,
    pub seconds: f64,
    pub log: PathBuf,
}

impl BuildOutcome {
    pub fn ok(&self) -> bool {
        self.status == Status::Ok
    }
}

/// The `make` command for a job: `make -C TREE O=OUT LLVM=... [CC=...] -jN ARGS...`.
/// Every value is its own argument: nothing goes through a shell.
pub fn make_command(tc: &Toolchain, tree: &Path, out: &str, targets: &[String]) -> Command {
    let mut c = Command::new(&tc.make);
    c.arg("-C").arg(tree).arg(format!("O={out}"));
    if !tc.llvm.is_empty() {
        c.arg(format!("LLVM={}", tc.llvm));
    }
    if let Some(cc) = &tc.cc {
        c.arg(format!("CC={cc}"));
    }
    c.arg(format!("-j{}", tc.jobs.max(1)));
    // Every scratch tree lies elsewhere, and the path reaches the output
    // through debug info: the vDSO's build ID (a hash of the unstripped
    // image) is embedded in `vdso-image-*.o`, so two trees' !KMSAN objects
    // would differ there though no code does. One fixed name for all trees
    // (the user's own KCFLAGS/KAFLAGS, given later, win). kbuild's recipes
    // pass the flags through a shell: only a path of plain characters.
    let path = tree.display().to_string();
    let plain = |ch: char| ch.is_ascii_alphanumeric() || "/._+-".contains(ch);
    if path.chars().all(plain) {
        let map = format!("-ffile-prefix-map={path}=/rspill-tree");
        c.arg(format!("KCFLAGS={map}"))
            .arg(format!("KAFLAGS={map}"));
    }
    // The banner (`init/version-timestamp.o`, linked into vmlinux) holds the
    // build's date, user, host and number: two trees built minutes apart
    // differ there though no code does (an every-includer check named it a
    // changed object the selection missed). One fixed value for all trees,
    // unless the user set one.
    for (name, value) in REPRODUCIBLE_BANNER {
        if std::env::var_os(name).is_none() {
            c.env(name, value);
        }
    }
    c.args(&tc.make_args).args(targets);
    c
}

/// kbuild's variables for what the version banner records, fixed.
const REPRODUCIBLE_BANNER: [(&str, &str); 4] = [
    ("KBUILD_BUILD_TIMESTAMP", "Thu Jan  1 00:00:00 UTC 1970"),
    ("KBUILD_BUILD_USER", "rspill"),
    ("KBUILD_BUILD_HOST", "rspill"),
    ("KBUILD_BUILD_VERSION", "1"),
];

/// Run one job to its end, a timeout or an interrupt.
pub fn run_job(job: &Job, tc: &Toolchain, interrupt: &AtomicBool) -> BuildOutcome {
    let start = Instant::now();
    let status = run_steps(job, tc, interrupt);
    BuildOutcome {
        status,
        seconds: start.elapsed().as_secs_f64(),
        log: job.log.clone(),
    }
}

fn run_steps(job: &Job, tc: &Toolchain, interrupt: &AtomicBool) -> Status {
    let out_dir = job.tree.join(&job.out);
    let failed = |step: &str, why: String| Status::Failed {
        step: step.to_string(),
        code: None,
        tail: why,
    };
    let log = match File::create(&job.log) {
        Ok(f) => f,
        Err(e) => return failed("log", format!("{}: {e}", job.log.display())),
    };
    for step in &job.steps {
        if interrupt.load(Ordering::SeqCst) {
            return Status::Interrupted;
        }
        match step {
            Step::UseConfig(from) => {
                let to = out_dir.join(".config");
                if let Err(e) = std::fs::create_dir_all(&out_dir)
                    .and_then(|_| std::fs::copy(from, &to).map(|_| ()))
                {
                    return failed("config", format!("{}: {e}", from.display()));
                }
            }
            Step::EditConfig(edits) => {
                let path = out_dir.join(".config");
                if let Err(e) = edit_config(&path, edits) {
                    return failed("config", format!("{}: {e}", path.display()));
                }
            }
            Step::CompileAsRecorded { recorded, objects } => {
                let failures =
                    crate::check::reuse::compile_as_recorded(recorded, &out_dir, objects, &log);
                if !failures.is_empty() {
                    return failed("compile as recorded", failures.join("; "));
                }
            }
            Step::Make(targets) | Step::MakeEach(targets) => {
                let keep_going = matches!(step, Step::MakeEach(_));
                let name = make_step_name(targets);
                let mut cmd = make_command(tc, &job.tree, &job.out, targets);
                if keep_going {
                    cmd.arg("-k");
                }
                let (Ok(o), Ok(e)) = (log.try_clone(), log.try_clone()) else {
                    return failed(&name, "cannot share the log file".into());
                };
                use std::io::Write;
                let _ = writeln!(&log, "# {:?}", cmd);
                cmd.stdin(Stdio::null()).stdout(o).stderr(e);
                // A process group of its own: a timeout or Ctrl-C stops make and
                // every compiler it started.
                cmd.process_group(0);
                let child = match cmd.spawn() {
                    Ok(c) => c,
                    Err(e) => return failed(&name, format!("cannot run {}: {e}", tc.make)),
                };
                match wait(child, tc.timeout, interrupt) {
                    Waited::Exited(0) => {}
                    Waited::Exited(_) if keep_going => {}
                    Waited::Exited(code) => {
                        return Status::Failed {
                            step: name,
                            code: Some(code),
                            tail: tail(&job.log, 15),
                        };
                    }
                    Waited::Signalled => {
                        return Status::Failed {
                            step: name,
                            code: None,
                            tail: tail(&job.log, 15),
                        };
                    }
                    Waited::TimedOut => {
                        return Status::TimedOut {
                            step: name,
                            seconds: tc.timeout.as_secs(),
                        };
                    }
                    Waited::Interrupted => return Status::Interrupted,
                }
            }
        }
    }
    Status::Ok
}

/// How a make step is named in verdicts: its first targets, then how many
/// more (a tree-wide check makes some 3,000 at once).
fn make_step_name(targets: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut name = format!("make {}", targets[..targets.len().min(SHOWN)].join(" "));
    if targets.len() > SHOWN {
        name.push_str(&format!(" and {} more targets", targets.len() - SHOWN));
    }
    name
}

enum Waited {
    Exited(i32),
    Signalled,
    TimedOut,
    Interrupted,
}

fn wait(mut child: Child, timeout: Duration, interrupt: &AtomicBool) -> Waited {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(st)) => {
                return st.code().map_or(Waited::Signalled, Waited::Exited);
            }
            Ok(None) => {}
            Err(_) => return Waited::Signalled,
        }
        let stop = if interrupt.load(Ordering::SeqCst) {
            Some(Waited::Interrupted)
        } else if start.elapsed() > timeout {
            Some(Waited::TimedOut)
        } else {
            None
        };
        if let Some(why) = stop {
            kill_group(&mut child);
            return why;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// SIGTERM to the whole group, SIGKILL to what is left after a grace period.
fn kill_group(child: &mut Child) {
    let pgid = child.id() as libc::pid_t;
    // SAFETY: kill(2) with a negative pid signals that process group; the group
    // is the child's own (process_group(0)), so nothing else is hit.
    unsafe { libc::kill(-pgid, libc::SIGTERM) };
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(3) {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: as above.
    unsafe { libc::kill(-pgid, libc::SIGKILL) };
    let _ = child.wait();
}

/// The last `n` lines of a log.
pub fn tail(log: &Path, n: usize) -> String {
    let Ok(f) = File::open(log) else {
        return String::new();
    };
    let lines: Vec<String> = BufReader::new(f).lines().map_while(Result::ok).collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// Set or unset options in a kconfig file: existing `CONFIG_X=...` and
/// `# CONFIG_X is not set` lines are dropped, the new value appended (olddefconfig
/// then resolves dependencies).
pub fn edit_config(path: &Path, edits: &[(String, Option<String>)]) -> std::io::Result<()> {
    let text = std::fs::read_to_string(path)?;
    let mut out: Vec<String> = text
        .lines()
        .filter(|l| {
            !edits.iter().any(|(name, _)| {
                l.starts_with(&format!("CONFIG_{name}="))
                    || *l == format!("# CONFIG_{name} is not set")
            })
        })
        .map(str::to_string)
        .collect();
    for (name, value) in edits {
        out.push(match value {
            Some(v) => format!("CONFIG_{name}={v}"),
            None => format!("# CONFIG_{name} is not set"),
        });
    }
    std::fs::write(path, out.join("\n") + "\n")
}

/// `CONFIG_X=value` pairs of a kconfig file (unset options are absent).
pub fn read_config(path: &Path) -> std::io::Result<std::collections::BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .filter_map(|l| l.strip_prefix("CONFIG_")?.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect())
}

/// The options whose values differ between two configurations read by
/// `read_config`, in name order: (name, first's value, second's), an option
/// one of them does not set reading `n`.
pub fn option_differences(
    a: &std::collections::BTreeMap<String, String>,
    b: &std::collections::BTreeMap<String, String>,
) -> Vec<(String, String, String)> {
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let value = |m: &std::collections::BTreeMap<String, String>, k: &String| {
        m.get(k).cloned().unwrap_or_else(|| "n".into())
    };
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| (k.clone(), value(a, k), value(b, k)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_of_many_targets_names_a_few() {
        let t: Vec<String> = (0..3000).map(|i| format!("d/o{i}.o")).collect();
        assert_eq!(
            make_step_name(&t),
            "make d/o0.o d/o1.o d/o2.o d/o3.o d/o4.o and 2995 more targets"
        );
        assert_eq!(make_step_name(&t[..2]), "make d/o0.o d/o1.o");
    }

    #[test]
    fn every_tree_builds_the_same_banner() {
        let tc = Toolchain {
            make: "make".into(),
            llvm: "-19".into(),
            cc: None,
            make_args: Vec::new(),
            jobs: 1,
            timeout: Duration::from_secs(1),
        };
        let c = make_command(&tc, Path::new("/tmp/a"), "out", &[]);
        let envs: Vec<_> = c.get_envs().collect();
        for (name, value) in REPRODUCIBLE_BANNER {
            if std::env::var_os(name).is_none() {
                assert!(
                    envs.contains(&(
                        std::ffi::OsStr::new(name),
                        Some(std::ffi::OsStr::new(value))
                    )),
                    "{name} not fixed"
                );
            }
        }
    }

    #[test]
    fn config_edits_replace_set_and_unset_lines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(".config");
        std::fs::write(&p, "CONFIG_A=y\n# CONFIG_KMSAN is not set\nCONFIG_B=m\n").unwrap();
        edit_config(
            &p,
            &[("KMSAN".into(), Some("y".into())), ("A".into(), None)],
        )
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "CONFIG_B=m\nCONFIG_KMSAN=y\n# CONFIG_A is not set\n"
        );
        let c = read_config(&p).unwrap();
        assert_eq!(c.get("KMSAN").map(String::as_str), Some("y"));
        assert!(!c.contains_key("A"));
    }

    #[test]
    fn a_broken_out_file_no_longer_shares_its_inode() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::write(&a, "x").unwrap();
        std::fs::hard_link(&a, &b).unwrap();
        break_link(&b).unwrap();
        std::fs::write(&b, "y").unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "x");
        assert_ne!(
            std::fs::metadata(&a).unwrap().ino(),
            std::fs::metadata(&b).unwrap().ino()
        );
    }
}
