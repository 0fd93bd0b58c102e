//! What a kernel-CI-style report says besides the verdict table: the tree and
//! its commit, the configuration, the compilers, how objtool runs, the exact
//! commands that reproduce the failure, and ready tags for the fix's mail.

use super::fix::{BuildLocation, Located};
use super::link::KbuildLink;
use super::{Report, Request};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The bug the construct is reported as, upstream.
pub const COMPILER_BUG: &str = "https://github.com/llvm/llvm-project/issues/206973";

/// Options whose values decide whether the construct appears and how objtool
/// runs: the report states each one's value.
const DECISIVE_OPTIONS: [&str; 13] = [
    "KMSAN",
    "KCOV",
    "KASAN",
    "DEBUG_INFO_DWARF5",
    "DEBUG_INFO_DWARF4",
    "DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT",
    "FRAME_POINTER",
    "UNWINDER_ORC",
    "UNWINDER_FRAME_POINTER",
    "X86_KERNEL_IBT",
    "OBJTOOL_WERROR",
    "MITIGATION_RETHUNK",
    "CC_VERSION_TEXT",
];

#[derive(Clone, Debug, Serialize)]
pub struct CiContext {
    pub tree: PathBuf,
    /// `6.12.118` from the tree's Makefile, and the build's kernel.release.
    pub version: String,
    /// `SHA ("subject")` when the tree is a git checkout.
    pub commit: Option<String>,
    pub build: PathBuf,
    /// `CONFIG_X=value` (or `# CONFIG_X is not set`) for the decisive options.
    pub config: Vec<String>,
    /// What the build's configuration changed from `make defconfig` of the
    /// same tree and compiler (`KMSAN n->y`), or why that is unknown.
    pub changed_from_defconfig: Result<Vec<String>, String>,
    /// The compiler that built it (`CONFIG_CC_VERSION_TEXT`) and gcc's
    /// version when a gcc column was built.
    pub compilers: Vec<String>,
    /// How the build runs objtool.
    pub objtool: String,
    /// The failure as the build printed it (or as rspill predicts it).
    pub findings: Vec<String>,
    /// Shell commands that rebuild the failure from the tree and the config.
    pub reproduce: Vec<String>,
    /// `Reported-by:`, `Fixes:` and `Link:` lines for the recommended mail.
    pub tags: Vec<String>,
}

fn first_line(mut c: Command) -> Option<String> {
    let o = c.output().ok()?;
    o.status.success().then_some(())?;
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    text.lines()
        .next()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
}

fn git(tree: &Path, args: &[&str]) -> Option<String> {
    let mut c = Command::new("git");
    c.arg("-C").arg(tree).args(args);
    first_line(c)
}

/// `VERSION.PATCHLEVEL.SUBLEVEL[EXTRAVERSION]` of a kernel Makefile.
fn makefile_version(tree: &Path) -> Option<String> {
    let text = std::fs::read_to_string(tree.join("Makefile")).ok()?;
    let get = |key: &str| {
        text.lines().find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == key).then(|| v.trim().to_string())
        })
    };
    Some(format!(
        "{}.{}.{}{}",
        get("VERSION")?,
        get("PATCHLEVEL")?,
        get("SUBLEVEL")?,
        get("EXTRAVERSION").unwrap_or_default()
    ))
}

/// What `build`'s `.config` changed from `make defconfig` of `tree` with the
/// same compiler: the options whose lines differ between the two configs'
/// `savedefconfig` (the minimal form: an option follows from the others
/// there only when it is left out), each with its value in the full configs
/// (`n` for not set). Worked in a scratch output directory; the build
/// directory is only read.
fn changed_from_defconfig(tree: &Path, build: &Path, req: &Request) -> Result<Vec<String>, String> {
    let scratch = tempfile::Builder::new()
        .prefix("rspill-defconfig-")
        .tempdir()
        .map_err(|e| format!("a scratch directory: {e}"))?;
    let out = scratch.path();
    let make = |targets: &[&str]| -> Result<(), String> {
        let mut tc = req.toolchain.clone();
        tc.jobs = 1;
        let targets: Vec<String> = targets.iter().map(|t| t.to_string()).collect();
        let o = crate::kbuild::build::make_command(&tc, tree, &out.display().to_string(), &targets)
            .output()
            .map_err(|e| format!("make: {e}"))?;
        if o.status.success() {
            Ok(())
        } else {
            let err = String::from_utf8_lossy(&o.stderr);
            Err(format!(
                "`make {}` failed: {}",
                targets.join(" "),
                err.lines().last().unwrap_or("")
            ))
        }
    };
    let read =
        |name: &str| std::fs::read_to_string(out.join(name)).map_err(|e| format!("{name}: {e}"));
    std::fs::copy(build.join(".config"), out.join(".config"))
        .map_err(|e| format!("{}: {e}", build.join(".config").display()))?;
    make(&["savedefconfig"])?;
    let theirs_minimal = read("defconfig")?;
    let theirs = read(".config")?;
    make(&["defconfig"])?;
    make(&["savedefconfig"])?;
    let base_minimal = read("defconfig")?;
    let base = read(".config")?;
    // `CONFIG_X=v` or `# CONFIG_X is not set` → (X, v or n).
    let options = |text: &str| -> std::collections::BTreeMap<String, String> {
        text.lines()
            .filter_map(|l| {
                if let Some((k, v)) = l.strip_prefix("CONFIG_").and_then(|r| r.split_once('=')) {
                    Some((k.to_string(), v.to_string()))
                } else {
                    l.strip_prefix("# CONFIG_")
                        .and_then(|r| r.strip_suffix(" is not set"))
                        .map(|k| (k.to_string(), "n".to_string()))
                }
            })
            .collect()
    };
    let (tm, bm) = (options(&theirs_minimal), options(&base_minimal));
    let (tf, bf) = (options(&theirs), options(&base));
    let mut names: Vec<&String> = tm.keys().chain(bm.keys()).collect();
    names.sort();
    names.dedup();
    let n = "n".to_string();
    Ok(names
        .into_iter()
        .filter(|k| tm.get(*k) != bm.get(*k))
        .filter_map(|k| {
            let (was, now) = (bf.get(k).unwrap_or(&n), tf.get(k).unwrap_or(&n));
            (was != now).then(|| format!("{k} {was}->{now}"))
        })
        .collect())
}

/// The make arguments that select the build's compiler (`LLVM=-19`).
fn make_toolchain(req: &Request) -> String {
    let mut parts = Vec::new();
    if !req.toolchain.llvm.is_empty() {
        parts.push(format!("LLVM={}", req.toolchain.llvm));
    }
    if let Some(cc) = &req.toolchain.cc {
        parts.push(format!("CC=\"{cc}\""));
    }
    parts.join(" ")
}

/// Everything the report states besides the measurements.
pub fn gather(
    location: &BuildLocation,
    located: &[Located],
    req: &Request,
    link: Option<&KbuildLink>,
    report: &Report,
) -> CiContext {
    let tree = &location.tree;
    let build = &location.build;
    let release = std::fs::read_to_string(build.join("include/config/kernel.release"))
        .ok()
        .map(|s| s.trim().to_string());
    let version = match (makefile_version(tree), release) {
        (Some(v), Some(r)) if r != v => format!("{v} (kernel.release {r})"),
        (Some(v), _) => v,
        (None, Some(r)) => r,
        (None, None) => "unknown".into(),
    };
    let commit = git(tree, &["rev-parse", "--show-toplevel"])
        .filter(|top| Path::new(top).canonicalize().ok() == tree.canonicalize().ok())
        .and_then(|_| git(tree, &["log", "-1", "--format=%H (\"%s\")"]));
    let config_map = crate::kbuild::build::read_config(&build.join(".config")).unwrap_or_default();
    let config: Vec<String> = DECISIVE_OPTIONS
        .iter()
        .map(|k| match config_map.get(*k) {
            Some(v) => format!("CONFIG_{k}={v}"),
            None => format!("# CONFIG_{k} is not set"),
        })
        .collect();
    let changed_from_defconfig = changed_from_defconfig(tree, build, req);
    let mut compilers = vec![
        config_map
            .get("CC_VERSION_TEXT")
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_else(|| "unknown (no CONFIG_CC_VERSION_TEXT)".into()),
    ];
    if let Some(gcc) = &req.gcc {
        // Past a wrapper (`ccache gcc-12`): the compiler is the last word.
        let program = gcc.split_whitespace().last().unwrap_or(gcc);
        let mut c = Command::new(program);
        c.arg("--version");
        compilers.push(first_line(c).unwrap_or_else(|| format!("{gcc} (version unknown)")));
    }
    let objtool = match link {
        Some(l) => format!(
            "on vmlinux.o after `ld -r` of {} members: objtool {}",
            l.members.len(),
            l.objtool_options()
        ),
        None => "on each object, as kbuild's per-object rule runs it".into(),
    };
    let findings = located
        .iter()
        .map(|l| format!("{} ({}, from {})", l.message, l.object, l.origin))
        .collect();
    let make = format!("make -C {} O=BUILD {}", tree.display(), make_toolchain(req));
    let reproduce = vec![
        format!(
            "mkdir -p BUILD && cp {} BUILD/.config",
            build.join(".config").display()
        ),
        format!("{make} olddefconfig"),
        format!("{make} -j$(nproc) vmlinux 2>&1 | tee build.log"),
        "rspill fix BUILD    # or: rspill fix --log build.log".to_string(),
    ];
    let mut tags = Vec::new();
    match (
        git(tree, &["config", "user.name"]),
        git(tree, &["config", "user.email"]),
    ) {
        (Some(n), Some(e)) => tags.push(format!("Reported-by: {n} <{e}>")),
        _ => tags.push(
            "Reported-by: NAME <EMAIL>  # git config user.name/user.email are not set".into(),
        ),
    }
    let recommended = report.recommendation.candidate.as_ref().and_then(|name| {
        report
            .candidates
            .iter()
            .find(|r| &r.name == name)
            .and_then(|r| r.candidate.as_ref())
    });
    let fixes: Vec<String> = recommended
        .and_then(|c| std::fs::read_to_string(&c.draft).ok())
        .map(|mail| {
            mail.lines()
                .filter(|l| l.starts_with("Fixes:"))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    if fixes.is_empty() {
        tags.push(format!(
            "Fixes: (none found: {} has no git history to blame; name the commit that added the statement)",
            tree.display()
        ));
    } else {
        tags.extend(fixes);
    }
    tags.push(format!("Link: {COMPILER_BUG}"));
    CiContext {
        tree: tree.clone(),
        version,
        commit,
        build: build.clone(),
        config,
        changed_from_defconfig,
        compilers,
        objtool,
        findings,
        reproduce,
        tags,
    }
}
