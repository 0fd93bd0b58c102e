//! The `fix` command's set-up: from what the user has (objects, a build
//! directory, its `vmlinux.o`/`vmlinux.a`, or the log of the failed build) to
//! the build directory, its source tree and the kbuild targets of the objects
//! whose findings objtool rejects, so that scan + suggest + check run on them.

use crate::analysis::scan::{ScanOptions, scan_paths};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Where an object was built: the kbuild output directory, the source tree it was
/// built from, and the object's target path relative to the output directory.
#[derive(Debug, Clone)]
pub struct BuildLocation {
    pub build: PathBuf,
    pub tree: PathBuf,
    pub targets: Vec<String>,
}

/// The source tree of an O= build: kbuild's `source` symlink, else the
/// `include <tree>/Makefile` line of the generated Makefile.
fn tree_of_build(build: &Path) -> Option<PathBuf> {
    if let Ok(target) = std::fs::read_link(build.join("source")) {
        return build.join(target).canonicalize().ok();
    }
    let makefile = std::fs::read_to_string(build.join("Makefile")).ok()?;
    makefile.lines().find_map(|l| {
        let p = l
            .strip_prefix("include ")?
            .trim()
            .strip_suffix("/Makefile")?;
        Some(PathBuf::from(p))
    })
}

/// The source tree of `build`: `tree` when given, else kbuild's record of it.
fn tree_for(build: &Path, tree: Option<&Path>) -> Result<PathBuf, String> {
    match tree {
        Some(t) => t
            .canonicalize()
            .map_err(|e| format!("{}: {e}", t.display())),
        None => match tree_of_build(build) {
            Some(t) => Ok(t),
            // An in-tree build: the build directory is the tree.
            None if build.join("Kconfig").is_file() => Ok(build.to_path_buf()),
            None => Err(format!(
                "{}: cannot tell which source tree this build is of; give --tree",
                build.display()
            )),
        },
    }
}

/// One thing to fix, and how it was found.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Located {
    /// The kbuild target of the object holding the function (`mm/memory.o`).
    pub object: String,
    pub function: String,
    /// objtool's line (from the log) or rspill's prediction of it.
    pub message: String,
    /// `scan` (rspill found it in the object) or `log:LINE`.
    pub origin: String,
    /// For a log line: does rspill's scan of the object predict this message?
    pub predicted: Option<bool>,
}

/// Where `fix` starts: the build, the objects to fix and why.
#[derive(Debug)]
pub struct FixStart {
    pub location: BuildLocation,
    pub located: Vec<Located>,
    /// Log lines and findings that could not be mapped to an object.
    pub unmapped: Vec<String>,
    /// Objects scanned to find them.
    pub objects_scanned: usize,
}

/// The build directory a log's make ran in: its last `Entering directory`
/// line that names a directory with a `.config`.
fn build_of_log(log: &str) -> Option<PathBuf> {
    log.lines().rev().find_map(|l| {
        let rest = l.split_once("Entering directory ")?.1;
        let dir = rest
            .trim()
            .trim_matches(|c| c == '\'' || c == '`' || c == '"');
        let dir = PathBuf::from(dir);
        dir.join(".config").is_file().then_some(dir)
    })
}

/// The objects linked into `vmlinux.o` (vmlinux.a's members), else every
/// object of the build directory.
fn build_objects(build: &Path) -> Vec<PathBuf> {
    let archive = build.join("vmlinux.a");
    if let Ok(members) = super::link::thin_archive_members(&archive) {
        return members.iter().map(|m| build.join(m)).collect();
    }
    vec![build.to_path_buf()]
}

fn relative_to(build: &Path, display: &str) -> String {
    Path::new(display)
        .strip_prefix(build)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| display.to_string())
}

/// Objects among `objects` that define the function `name`.
fn objects_defining(objects: &[PathBuf], name: &str) -> Vec<PathBuf> {
    use object::{Object, ObjectSymbol, SymbolKind};
    objects
        .par_iter()
        .filter(|p| {
            let Ok(data) = std::fs::read(p) else {
                return false;
            };
            let Ok(file) = object::File::parse(&*data) else {
                return false;
            };
            file.symbols()
                .any(|s| s.kind() == SymbolKind::Text && s.is_definition() && s.name() == Ok(name))
        })
        .cloned()
        .collect()
}

/// `vmlinux.o` or `vmlinux.a`: the whole build, not one object.
fn is_link_stage(path: &Path) -> bool {
    matches!(
        path.file_name().and_then(|n| n.to_str()),
        Some("vmlinux.o" | "vmlinux.a")
    )
}

/// From the command line's inputs and log to the objects to fix.
pub fn start(
    inputs: &[PathBuf],
    log: Option<&Path>,
    tree: Option<&Path>,
) -> Result<FixStart, String> {
    let log_text = match log {
        Some(l) => Some(std::fs::read(l).map_err(|e| format!("{}: {e}", l.display()))?),
        None => None,
    };
    let log_text = log_text.map(|t| String::from_utf8_lossy(&t).into_owned());
    // The build directory: the first input's, else the one the log's make entered.
    let build = match inputs.first() {
        Some(first) if first.is_dir() => {
            let b = first
                .canonicalize()
                .map_err(|e| format!("{}: {e}", first.display()))?;
            if !b.join(".config").is_file() {
                return Err(format!(
                    "{}: not a kbuild build directory (no .config)",
                    first.display()
                ));
            }
            b
        }
        Some(first) => {
            let c = if is_link_stage(first) && !first.exists() {
                std::path::absolute(first).map_err(|e| format!("{}: {e}", first.display()))?
            } else {
                first
                    .canonicalize()
                    .map_err(|e| format!("{}: {e}", first.display()))?
            };
            crate::kbuild::compile_command::build_dir_of(&c).ok_or_else(|| {
                format!(
                    "{}: not inside a kbuild build directory (no parent directory with a .config)",
                    first.display()
                )
            })?
        }
        None => {
            let (Some(l), Some(text)) = (log, &log_text) else {
                return Err("nothing to fix: give objects, a build directory, or --log".into());
            };
            build_of_log(text).ok_or_else(|| {
                format!(
                    "{}: the log does not say where the build ran (no `Entering directory` line naming a build directory): give the build directory too",
                    l.display()
                )
            })?
        }
    };
    let tree = tree_for(&build, tree)?;
    let mut named = Vec::new();
    let mut whole_build = false;
    for i in inputs {
        let c = match i.canonicalize() {
            Ok(c) => c,
            // kbuild deletes the vmlinux.o objtool failed on: it stands for its
            // build directory all the same.
            Err(_)
                if is_link_stage(i) && i.parent().is_some_and(|p| p.join(".config").is_file()) =>
            {
                build.clone()
            }
            Err(e) => return Err(format!("{}: {e}", i.display())),
        };
        if !c.starts_with(&build) {
            return Err(format!(
                "{}: not in the build directory {}",
                i.display(),
                build.display()
            ));
        }
        if c == build || is_link_stage(&c) {
            whole_build = true;
        } else {
            named.push(relative_to(&build, &c.to_string_lossy()));
        }
    }
    let mut located = Vec::new();
    let mut unmapped = Vec::new();
    let mut objects_scanned = 0;
    let opts = ScanOptions {
        source: false,
        ..Default::default()
    };
    if let Some(text) = &log_text {
        let everything = build_objects(&build);
        let members: Vec<PathBuf> = if everything.len() == 1 && everything[0] == build {
            crate::input::discover::discover(&everything)
                .inputs
                .iter()
                .map(|i| PathBuf::from(&i.display))
                .collect()
        } else {
            everything
        };
        let mut seen = std::collections::HashSet::new();
        for (n, line) in text.lines().enumerate() {
            let Some(m) = crate::objtool::run::messages(line).into_iter().next() else {
                continue;
            };
            // objtool's later lines for a function (`unknown CFA base reg -1`
            // after `undefined stack state`) follow from its first.
            let function = m.function().to_string();
            if !seen.insert((m.object.clone(), function.clone())) {
                continue;
            }
            let objects: Vec<PathBuf> = if m.object.ends_with("vmlinux.o") {
                objects_defining(&members, &function)
            } else {
                let p = build.join(&m.object);
                if p.is_file() { vec![p] } else { Vec::new() }
            };
            if objects.is_empty() {
                unmapped.push(format!(
                    "log line {}: {line}: no object of {} defines {function}",
                    n + 1,
                    build.display()
                ));
                continue;
            }
            let scanned = scan_paths(&objects, &opts);
            objects_scanned += objects.len();
            for o in &objects {
                let predicted = scanned
                    .modules
                    .iter()
                    .filter(|s| Path::new(&s.path) == o.as_path())
                    .flat_map(|s| &s.findings)
                    .any(|f| f.objtool_message.as_deref() == Some(m.text.as_str()));
                located.push(Located {
                    object: relative_to(&build, &o.to_string_lossy()),
                    function: function.clone(),
                    message: line.trim().to_string(),
                    origin: format!("log:{}", n + 1),
                    predicted: Some(predicted),
                });
            }
        }
    }
    if whole_build || (log_text.is_none() && named.is_empty()) {
        let objects = build_objects(&build);
        let scanned = scan_paths(&objects, &opts);
        objects_scanned += scanned.modules.len();
        for m in &scanned.modules {
            for f in m.findings.iter().filter(|f| f.objtool_would_fail) {
                let object = relative_to(&build, &m.path);
                if located
                    .iter()
                    .any(|l| l.object == object && l.function == f.function)
                {
                    continue;
                }
                located.push(Located {
                    object,
                    function: f.function.clone(),
                    message: f.objtool_message.clone().unwrap_or_default(),
                    origin: "scan".into(),
                    predicted: None,
                });
            }
        }
    }
    let mut targets: Vec<String> = named;
    for l in &located {
        if !targets.contains(&l.object) {
            targets.push(l.object.clone());
        }
    }
    Ok(FixStart {
        location: BuildLocation {
            build,
            tree,
            targets,
        },
        located,
        unmapped,
        objects_scanned,
    })
}
