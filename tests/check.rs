//! `rspill check` end to end on the mini tree of our own (testdata/minitree: a
//! kbuild-shaped Makefile, the real Kconfig `conf` and `fixdep`, clang-19):
//! scan → suggest → check, every cell of the verdict table compared with an
//! independent run (make, Debian's objtool, `rspill scan`, `rspill diff`); and the
//! user's tree and build directory byte-identical after success, a failing
//! build and Ctrl-C, with the scratch space gone and concurrent runs apart.

mod common;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

struct Setup {
    dir: tempfile::TempDir,
    /// The user's tree (an odd name: spaces, quotes, a command substitution).
    tree: PathBuf,
    /// The user's KMSAN build directory (outside the tree).
    out: PathBuf,
    drafts: Vec<PathBuf>,
}

fn make(tree: &Path, out: &Path, args: &[&str]) {
    run_ok(
        Command::new("make")
            .arg("-s")
            .arg("-C")
            .arg(tree)
            .arg(format!("O={}", out.display()))
            .args(args),
    );
}

/// A KMSAN configuration of `tree` in `out` (defconfig + KMSAN), prepared.
fn configure(tree: &Path, out: &Path, kmsan: bool) {
    make(tree, out, &["defconfig"]);
    if kmsan {
        let cfg = out.join(".config");
        let text = std::fs::read_to_string(&cfg).unwrap();
        std::fs::write(
            &cfg,
            text.replace("# CONFIG_KMSAN is not set", "CONFIG_KMSAN=y"),
        )
        .unwrap();
    }
    make(tree, out, &["olddefconfig"]);
    make(tree, out, &["prepare"]);
}

fn setup(tree_name: &str) -> Option<Setup> {
    require("clang-19", "clang-19")?;
    require(
        "Debian's kconfig and fixdep",
        "/usr/lib/linux-kbuild-6.12.117+deb12/scripts/kconfig/conf",
    )?;
    let dir = tempfile::tempdir().unwrap();
    // make cannot build in a directory whose name has spaces; the user's
    // objects come from a plainly named copy, and DWARF paths are mapped onto
    // the odd tree by suggest. check builds in scratch trees of its own.
    let build_src = dir.path().join("build-src");
    copy_minitree(&build_src);
    let out = dir.path().join("out-kmsan");
    configure(&build_src, &out, true);
    make(&build_src, &out, &["lib/zero.o"]);
    let tree = dir.path().join(tree_name);
    run_ok(Command::new("cp").arg("-a").arg(&build_src).arg(&tree));
    let drafts_dir = dir.path().join("drafts 'd' $(touch PWNED)");
    let o = rspill()
        .args(["suggest", "--all-findings", "--tree"])
        .arg(&tree)
        .arg("--out")
        .arg(&drafts_dir)
        .arg(out.join("lib/zero.o"))
        .output()
        .unwrap();
    assert!(
        o.status.code() == Some(0) && drafts_dir.is_dir(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let mut drafts: Vec<PathBuf> = std::fs::read_dir(&drafts_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    drafts.sort();
    assert_eq!(drafts.len(), 3, "{drafts:?}");
    Some(Setup {
        dir,
        tree,
        out,
        drafts,
    })
}

/// `rspill check --format json` with scratch and logs in `work`.
fn check_cmd(s: &Setup, work: &Path, drafts: &[PathBuf]) -> Command {
    let mut c = rspill();
    // The mini tree's Makefile is clang's alone: no gcc column.
    c.args(["check", "-q", "--no-gcc", "--format", "json", "--tree"])
        .arg(&s.tree)
        .args(["--objects", "lib/zero.o", "--kmsan-config"])
        .arg(s.out.join(".config"))
        .arg("--build")
        .arg(&s.out)
        .arg("--scratch")
        .arg(work.join("scratch"))
        .arg("--logs")
        .arg(work.join("logs"))
        .args(drafts);
    std::fs::create_dir_all(work.join("scratch")).unwrap();
    c
}

fn rows(o: &Output) -> (Vec<Value>, Value) {
    let recs = json_records(o);
    let rows: Vec<Value> = recs
        .iter()
        .filter(|r| r["type"] == "row")
        .cloned()
        .collect();
    let summary = recs
        .iter()
        .find(|r| r["type"] == "check")
        .cloned()
        .unwrap_or_else(|| panic!("no check record: {}", String::from_utf8_lossy(&o.stderr)));
    (rows, summary)
}

fn assert_scratch_empty(work: &Path) {
    let left: Vec<_> = std::fs::read_dir(work.join("scratch"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(left.is_empty(), "scratch left behind: {left:?}");
}

/// The independent measurement of one row: the draft applied to a fresh copy of
/// the tree with `git apply`, built by make, checked by Debian's objtool and
/// `rspill scan`, and its !KMSAN object compared by `rspill diff`.
struct Measured {
    objtool: Vec<String>,
    spilled: usize,
    plain: PathBuf,
}

fn measure(s: &Setup, name: &str, draft: Option<&Path>, objtool_path: &Path) -> Measured {
    let work = s.dir.path().join(format!("independent-{name}"));
    let src = work.join("src");
    std::fs::create_dir_all(&work).unwrap();
    run_ok(
        Command::new("cp")
            .arg("-a")
            .arg(s.dir.path().join("build-src"))
            .arg(&src),
    );
    if let Some(d) = draft {
        run_ok(Command::new("git").current_dir(&src).arg("apply").arg(d));
    }
    let kmsan = work.join("kmsan");
    std::fs::create_dir_all(&kmsan).unwrap();
    std::fs::copy(s.out.join(".config"), kmsan.join(".config")).unwrap();
    make(&src, &kmsan, &["olddefconfig"]);
    make(&src, &kmsan, &["lib/zero.o"]);
    let object = kmsan.join("lib/zero.o");
    let objtool = objtool_messages(&objtool(objtool_path, &object))
        .into_iter()
        .map(|(_, m)| m)
        .collect();
    let spilled = spilled_count(&object);
    let plain = work.join("plain");
    std::fs::create_dir_all(&plain).unwrap();
    let text = std::fs::read_to_string(s.out.join(".config")).unwrap();
    std::fs::write(
        plain.join(".config"),
        text.replace("CONFIG_KMSAN=y", "# CONFIG_KMSAN is not set"),
    )
    .unwrap();
    make(&src, &plain, &["olddefconfig"]);
    make(&src, &plain, &["lib/zero.o"]);
    Measured {
        objtool,
        spilled,
        plain: plain.join("lib/zero.o"),
    }
}

#[test]
fn scan_suggest_check_on_the_mini_tree_agrees_with_independent_runs() {
    let Some(objtool_path) = require("Debian's objtool", DEBIAN_OBJTOOL) else {
        return;
    };
    let Some(s) = setup("my tree 'q' $(touch PWNED)") else {
        return;
    };
    let (tree_before, out_before) = (tree_hash(&s.tree), tree_hash(&s.out));
    let work = s.dir.path().join("work");
    let o = check_cmd(&s, &work, &s.drafts).output().unwrap();
    let (rows, summary) = rows(&o);
    eprintln!("{}", String::from_utf8_lossy(&o.stdout));
    assert_eq!(summary["tree_kind"], "hard-links");
    assert_eq!(summary["objects"], serde_json::json!(["lib/zero.o"]));
    assert_eq!(rows.len(), 4);

    let base = measure(&s, "baseline", None, &objtool_path);
    let baseline = &rows[0];
    assert_eq!(baseline["baseline"], true);
    assert_eq!(baseline["kmsan_build"]["status"], "ok");
    assert_eq!(baseline["plain_build"]["status"], "ok");
    let msgs = |r: &Value| -> Vec<String> {
        r["objtool"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                m.as_str()
                    .unwrap()
                    .split_once("objtool: ")
                    .unwrap()
                    .1
                    .to_string()
            })
            .collect()
    };
    assert_eq!(msgs(baseline), base.objtool);
    assert_eq!(baseline["spilled"].as_u64().unwrap() as usize, base.spilled);
    assert!(base.spilled > 0, "the mini tree has the construct");

    let mut passing = Vec::new();
    for row in &rows[1..] {
        let draft = PathBuf::from(row["candidate"]["draft"].as_str().unwrap());
        let name = row["name"].as_str().unwrap();
        assert_eq!(row["applies"], true, "{row}");
        assert_eq!(row["kmsan_build"]["status"], "ok", "{row}");
        assert_eq!(row["plain_build"]["status"], "ok", "{row}");
        let m = measure(&s, name, Some(&draft), &objtool_path);
        assert_eq!(msgs(row), m.objtool, "{name}: objtool");
        assert_eq!(row["objtool_clean"], m.objtool.is_empty(), "{name}");
        assert_eq!(
            row["spilled"].as_u64().unwrap() as usize,
            m.spilled,
            "{name}: spilled"
        );
        assert_eq!(row["construct_gone"], m.spilled == 0, "{name}");
        let changed: Vec<String> = row["codegen"]["changed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            changed,
            diff_changed(&base.plain, &m.plain, "lib/zero.o"),
            "{name}: !KMSAN code"
        );
        assert_eq!(row["codegen"]["identical"], changed.is_empty());
        if row["passes"] == true {
            passing.push((
                name.to_string(),
                changed.len(),
                row["config_changes"].as_array().unwrap().len(),
            ));
        }
        if name.starts_with("frame-pointer") {
            let cc: Vec<&str> = row["config_changes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            assert!(
                cc.contains(&"UNWINDER_ORC y->n") && cc.contains(&"FRAME_POINTER n->y"),
                "{cc:?}"
            );
        }
    }
    // The recommendation follows from the rows: the passing candidate with the
    // fewest changed functions, a source change before a configuration change.
    passing.sort_by_key(|(n, changed, config)| (*changed, *config > 0, n.clone()));
    let expected = passing.first().map(|p| p.0.clone());
    assert_eq!(
        summary["recommendation"]["candidate"]
            .as_str()
            .map(str::to_string),
        expected
    );
    assert_eq!(
        o.status.code(),
        Some(if expected.is_some() { 0 } else { 1 })
    );

    assert_eq!(
        tree_hash(&s.tree),
        tree_before,
        "the tree must be untouched"
    );
    assert_eq!(
        tree_hash(&s.out),
        out_before,
        "the build directory must be untouched"
    );
    assert_scratch_empty(&work);
    let parent = s.tree.parent().unwrap();
    assert!(!parent.join("PWNED").exists() && !Path::new("PWNED").exists());
    // A log per build.
    assert_eq!(
        std::fs::read_dir(work.join("logs")).unwrap().count(),
        2 + 4 * 2
    );
}

fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.org");
    c
}

#[test]
fn a_git_tree_is_checked_in_worktrees_and_two_runs_do_not_collide() {
    let Some(s) = setup("git tree") else {
        return;
    };
    run_ok(git(&s.tree).args(["init", "-q"]));
    run_ok(git(&s.tree).args(["add", "-A"]));
    run_ok(git(&s.tree).args(["commit", "-qm", "mini tree"]));
    let before = tree_hash(&s.tree);
    let (w1, w2) = (s.dir.path().join("w1"), s.dir.path().join("w2"));
    let mut a = check_cmd(&s, &w1, &s.drafts);
    let mut b = check_cmd(&s, &w2, &s.drafts);
    let (ca, cb) = (
        a.stdout(Stdio::piped()).spawn().unwrap(),
        b.stdout(Stdio::piped()).spawn().unwrap(),
    );
    let (oa, ob) = (
        ca.wait_with_output().unwrap(),
        cb.wait_with_output().unwrap(),
    );
    let ((ra, sa), (rb, sb)) = (rows(&oa), rows(&ob));
    assert_eq!(sa["tree_kind"], "git-worktree");
    assert_eq!(oa.status.code(), ob.status.code());
    let verdict = |rows: &[Value]| -> Vec<(Value, Value, Value, Value)> {
        rows.iter()
            .map(|r| {
                (
                    r["name"].clone(),
                    r["objtool"].clone(),
                    r["spilled"].clone(),
                    r["codegen"].clone(),
                )
            })
            .collect()
    };
    assert_eq!(verdict(&ra), verdict(&rb));
    assert_eq!(sa["recommendation"], sb["recommendation"]);
    let list = git(&s.tree).args(["worktree", "list"]).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&list.stdout).lines().count(),
        1,
        "worktrees left registered: {}",
        String::from_utf8_lossy(&list.stdout)
    );
    assert_eq!(
        tree_hash(&s.tree),
        before,
        "tree and .git must be as before"
    );
    assert_scratch_empty(&w1);
    assert_scratch_empty(&w2);
}

#[test]
fn a_failing_build_is_a_verdict_with_its_log_tail() {
    let Some(s) = setup("tree") else {
        return;
    };
    let broken = s.dir.path().join("broken.patch");
    std::fs::write(
        &broken,
        "diff --git a/lib/zero.c b/lib/zero.c\n--- a/lib/zero.c\n+++ b/lib/zero.c\n@@ -1,2 +1,3 @@\n // SPDX-License-Identifier: GPL-2.0\n+#error rspill-broken-draft\n /* rspill test tree: clear ranges in chunks, rescheduling between chunks. */\n",
    )
    .unwrap();
    let stale = s.dir.path().join("stale.patch");
    std::fs::write(
        &stale,
        "diff --git a/lib/zero.c b/lib/zero.c\n--- a/lib/zero.c\n+++ b/lib/zero.c\n@@ -1,2 +1,2 @@\n-// not what the file says\n+// anything\n /* rspill test tree: clear ranges in chunks, rescheduling between chunks. */\n",
    )
    .unwrap();
    let (tree_before, out_before) = (tree_hash(&s.tree), tree_hash(&s.out));
    let work = s.dir.path().join("work");
    let o = check_cmd(&s, &work, &[broken, stale]).output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let (rows, summary) = rows(&o);
    let broken = rows.iter().find(|r| r["name"] == "broken").unwrap();
    assert_eq!(broken["applies"], true);
    assert_eq!(broken["kmsan_build"]["status"], "failed");
    assert!(
        broken["kmsan_build"]["tail"]
            .as_str()
            .unwrap()
            .contains("rspill-broken-draft")
    );
    assert_eq!(broken["passes"], false);
    let stale = rows.iter().find(|r| r["name"] == "stale").unwrap();
    assert_eq!(stale["applies"], false);
    assert!(
        stale["apply_error"]
            .as_str()
            .unwrap()
            .contains("patch does not apply"),
        "{stale}"
    );
    assert!(summary["recommendation"]["candidate"].is_null());
    assert_eq!(tree_hash(&s.tree), tree_before);
    assert_eq!(tree_hash(&s.out), out_before);
    assert_scratch_empty(&work);
}

#[test]
fn ctrl_c_stops_the_builds_and_removes_the_scratch_space() {
    let Some(s) = setup("tree") else {
        return;
    };
    // A make that takes its time: the interrupt comes while it runs.
    let slow = s.dir.path().join("slow make");
    std::fs::write(&slow, "#!/bin/sh\nsleep 97.25\nexec make \"$@\"\n").unwrap();
    run_ok(Command::new("chmod").arg("755").arg(&slow));
    let (tree_before, out_before) = (tree_hash(&s.tree), tree_hash(&s.out));
    let work = s.dir.path().join("work");
    let mut cmd = check_cmd(&s, &work, &s.drafts);
    cmd.arg("--make").arg(&slow);
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(2));
    run_ok(Command::new("kill").arg("-INT").arg(child.id().to_string()));
    let start = Instant::now();
    let status = child.wait().unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "stopping took {:?}",
        start.elapsed()
    );
    assert_eq!(status.code(), Some(130));
    let sleeping = Command::new("pgrep")
        .args(["-f", "sleep 97.25"])
        .output()
        .unwrap();
    assert!(sleeping.stdout.is_empty(), "builds left running");
    assert_eq!(tree_hash(&s.tree), tree_before);
    assert_eq!(tree_hash(&s.out), out_before);
    assert_scratch_empty(&work);
}
