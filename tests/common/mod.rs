//! Shared helpers of the integration tests: the binary, real tools (skipped with a
//! reason when missing, a failure under RSPILL_REQUIRE_TOOLS=1) and objtool runs.
#![allow(dead_code)]

pub mod kernel;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const DEBIAN_OBJTOOL: &str = rspill::objtool::run::DEBIAN_OBJTOOL;
pub const KERNEL_TARBALL: &str = "/usr/src/linux-source-6.12.tar.xz";

pub fn rspill() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rspill"))
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch copy of the mini tree of our own (testdata/minitree) at `dest`.
pub fn copy_minitree(dest: &Path) {
    run_ok(
        Command::new("cp")
            .arg("-a")
            .arg(repo().join("testdata/minitree"))
            .arg(dest),
    );
}

fn tools_required() -> bool {
    std::env::var("RSPILL_REQUIRE_TOOLS").is_ok_and(|v| v == "1")
}

/// `Some(path)` when the tool exists. Otherwise the test is skipped with the
/// reason printed, or fails when RSPILL_REQUIRE_TOOLS=1 (CI).
pub fn require(what: &str, path: &str) -> Option<PathBuf> {
    let found = if path.contains('/') {
        Path::new(path).exists().then(|| PathBuf::from(path))
    } else {
        std::env::var_os("PATH").and_then(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join(path))
                .find(|c| c.exists())
        })
    };
    if found.is_none() {
        if tools_required() {
            panic!("{what} ({path}) is required (RSPILL_REQUIRE_TOOLS=1) but missing");
        }
        eprintln!("skipping: {what} ({path}) not installed");
    }
    found
}

/// Debian's objtool with the flags of an x86 ORC build (BRIEF §2); its output.
pub fn objtool(objtool: &Path, object: &Path) -> String {
    rspill::objtool::run::run(objtool, object).expect("run objtool")
}

/// `(func, "func+0xOFF: message")` for every objtool warning/error line, sorted.
pub fn objtool_messages(output: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = rspill::objtool::run::messages(output)
        .into_iter()
        .map(|m| (m.function().to_string(), m.text))
        .collect();
    v.sort();
    v
}

pub fn json_records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

pub fn findings(records: &[serde_json::Value]) -> Vec<&serde_json::Value> {
    records.iter().filter(|r| r["type"] == "finding").collect()
}

/// The findings of `rspill scan --no-source` on `object` (what the
/// adversarial suites check: no DWARF needed), as owned JSON records.
pub fn findings_no_source(object: &Path) -> Vec<serde_json::Value> {
    let out = rspill()
        .args(["scan", "--no-source", "--format", "json"])
        .arg(object)
        .output()
        .unwrap();
    json_records(&out)
        .into_iter()
        .filter(|r| r["type"] == "finding")
        .collect()
}

/// The finding at `function+offset` of `object` (panics when there is none).
pub fn finding_at(object: &Path, function: &str, offset: u64) -> serde_json::Value {
    findings_no_source(object)
        .into_iter()
        .find(|r| r["function"] == function && r["offset"] == offset)
        .unwrap_or_else(|| panic!("{}: no finding at {function}+{offset:#x}", object.display()))
}

pub fn run_ok(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `(function, "func+0xOFF: message")` that rspill predicts objtool prints,
/// sorted, in the same form as `objtool_messages`.
pub fn predicted_objtool(records: &[serde_json::Value]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = findings(records)
        .iter()
        .filter(|f| f["objtool_would_fail"] == true)
        .map(|f| {
            (
                f["function"].as_str().unwrap().to_string(),
                f["objtool_message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Per function rspill analyses (it has findings): the first line rspill's
/// model says objtool prints for it (`objtool_prediction.message`), None for
/// "nothing"; functions the model is uncertain about are left out.
pub fn predicted_first_lines(
    records: &[serde_json::Value],
) -> std::collections::BTreeMap<String, Option<String>> {
    let mut m = std::collections::BTreeMap::new();
    let mut uncertain = std::collections::BTreeSet::new();
    for f in findings(records) {
        let name = f["function"].as_str().unwrap().to_string();
        let p = &f["objtool_prediction"];
        if !p["uncertain"].is_null() {
            uncertain.insert(name.clone());
        }
        m.insert(name, p["message"].as_str().map(str::to_string));
    }
    m.retain(|k, _| !uncertain.contains(k));
    m
}

/// The first line objtool printed for each function it names.
pub fn first_lines(output: &str) -> std::collections::BTreeMap<String, String> {
    let mut m = std::collections::BTreeMap::new();
    for msg in rspill::objtool::run::messages(output) {
        m.entry(msg.function().to_string()).or_insert(msg.text);
    }
    m
}

/// `rspill scan --format json PATH`'s records; the input must be readable.
pub fn scan_json(path: &Path) -> Vec<serde_json::Value> {
    let out = rspill()
        .args(["scan", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    json_records(&out)
}

/// Hash of every file below `dir`: relative path, bytes and modification time,
/// for "byte-identical and untouched".
pub fn tree_hash(dir: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut files: Vec<PathBuf> = walk(dir);
    files.sort();
    for f in files {
        f.strip_prefix(dir).unwrap().hash(&mut h);
        match std::fs::read_link(&f) {
            Ok(target) => target.hash(&mut h),
            Err(_) => std::fs::read(&f).unwrap().hash(&mut h),
        }
        std::fs::symlink_metadata(&f)
            .unwrap()
            .modified()
            .unwrap()
            .hash(&mut h);
    }
    h.finish()
}

/// Every file below `dir` (directories and symlinks to directories descended).
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        // Links are listed, not followed (kbuild's O/source points back up).
        if p.is_dir() && !p.is_symlink() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Spilled-copy and unprovable restores among `rspill scan`'s findings in
/// `object`: what `check` counts as the construct.
pub fn spilled_count(object: &Path) -> usize {
    findings(&scan_json(object))
        .iter()
        .filter(|f| {
            ["spilled-rsp", "spilled-rsp-loop", "rsp-unknown-restore"]
                .contains(&f["kind"].as_str().unwrap())
        })
        .count()
}

/// `target:function` for every function an independent `rspill diff` of `a`
/// and `b` reports as not identical.
pub fn diff_changed(a: &Path, b: &Path, target: &str) -> Vec<String> {
    let o = rspill()
        .args(["diff", "--format", "json"])
        .arg(a)
        .arg(b)
        .output()
        .unwrap();
    json_records(&o)
        .iter()
        .filter(|r| r["type"] == "function" && r["status"] != "identical")
        .map(|r| {
            format!(
                "{target}:{}",
                r["function_a"]
                    .as_str()
                    .or(r["function_b"].as_str())
                    .unwrap()
            )
        })
        .collect()
}
