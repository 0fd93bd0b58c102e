//! `rspill suggest` on the mini tree of our own (testdata/minitree), built with
//! clang-19 + KMSAN at test time in a scratch copy: drafts that apply, with the
//! history-derived tags, and clear refusals for malformed or changed sources.
//! Git runs with no system or global configuration, so the machine's does not leak in.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Tree {
    _dir: tempfile::TempDir,
    src: PathBuf,
    object: PathBuf,
}

fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", dir);
    c
}

/// A scratch copy of the mini tree and its KMSAN lib/zero.o.
fn tree() -> Option<Tree> {
    tree_named("tree")
}

/// The same, in a directory called `name` (make itself cannot take spaces in
/// target names, so the build directory is always `out`).
fn tree_named(name: &str) -> Option<Tree> {
    require("clang-19", "clang-19")?;
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join(name);
    copy_minitree(&src);
    run_ok(
        Command::new("make")
            .arg("-s")
            .arg("-C")
            .arg(&src)
            .arg("O=out"),
    );
    let object = src.join("out/lib/zero.o");
    Some(Tree {
        _dir: dir,
        src,
        object,
    })
}

fn suggest_command(tree: &Path, out: &Path, args: &[&str]) -> Command {
    let mut c = rspill();
    c.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", out)
        .arg("suggest")
        .arg("--tree")
        .arg(tree)
        .arg("--out")
        .arg(out)
        .args(args);
    c
}

fn suggest(tree: &Path, out: &Path, args: &[&str]) -> Output {
    suggest_command(tree, out, args).output().unwrap()
}

/// The files of a drafts directory by name, with their bytes.
fn draft_contents(out: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    drafts(out)
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

fn drafts(out: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(out)
        .map(|r| r.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn three_drafts_that_apply_and_a_reorder_that_only_reorders() {
    let Some(t) = tree() else { return };
    let out = t.src.join("drafts");
    let o = suggest(
        &t.src,
        &out,
        &["--all-findings", t.object.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        text(&o).contains("Signed-off-by left out"),
        "no git identity: {}",
        text(&o)
    );
    let files = drafts(&out);
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into())
        .collect();
    assert_eq!(
        names,
        [
            "frame-address-clear_chunk.patch",
            "frame-pointer-kmsan.patch",
            "reorder-clear_chunk.patch"
        ]
    );
    for f in &files {
        let check = git(&t.src)
            .args(["apply", "--check", "-p1"])
            .arg(f)
            .output()
            .unwrap();
        assert!(check.status.success(), "{}: {}", f.display(), text(&check));
        let mail = std::fs::read_to_string(f).unwrap();
        assert!(mail.starts_with("From 0000000000000000000000000000000000000000 "));
        assert!(mail.contains("\nSubject: [PATCH] "));
        assert!(!mail.contains("Signed-off-by"));
        assert!(
            mail.contains("zero_ranges_counted+0x"),
            "the finding is described"
        );
    }
    // The reorder changes exactly the operand order of one line.
    let mail = std::fs::read_to_string(&files[2]).unwrap();
    let diff = &mail[mail.find("\ndiff --git").unwrap()..mail.rfind("\n-- \n").unwrap()];
    let minus: Vec<&str> = diff
        .lines()
        .filter(|l| l.starts_with('-') && !l.starts_with("---"))
        .collect();
    let plus: Vec<&str> = diff
        .lines()
        .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
        .collect();
    assert_eq!((minus.len(), plus.len()), (1, 1), "{mail}");
    let ops = |l: &str| {
        let mut v: Vec<String> = l[1..]
            .trim()
            .trim_start_matches(':')
            .split(',')
            .map(|s| s.trim().to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(ops(minus[0]), ops(plus[0]));
    assert!(
        plus[0]
            .trim_start_matches('+')
            .trim()
            .starts_with(": ASM_CALL_CONSTRAINT,"),
        "{}",
        plus[0]
    );
    // The source tree was only read.
    assert!(git(&t.src).args(["diff", "--quiet"]).status().is_ok());
}

#[test]
fn history_gives_the_prefix_fixes_and_signed_off_by() {
    let Some(t) = tree() else { return };
    run_ok(git(&t.src).args(["init", "-q"]));
    run_ok(git(&t.src).args(["config", "user.name", "Ann Dev"]));
    run_ok(git(&t.src).args(["config", "user.email", "ann@localhost"]));
    // History: the statement first had the constraint first; a later commit moved it last.
    let header = t.src.join("include/asm/clear.h");
    let now = std::fs::read_to_string(&header).unwrap();
    let before = now.replace(
        ": \"+c\" (len), \"+D\" (p), \"+m\" (*count), ASM_CALL_CONSTRAINT",
        ": ASM_CALL_CONSTRAINT, \"+c\" (len), \"+D\" (p), \"+m\" (*count)",
    );
    std::fs::write(&header, &before).unwrap();
    run_ok(git(&t.src).args(["add", "-A"]));
    run_ok(git(&t.src).args(["commit", "-qm", "x86/clear: add clear_chunk()"]));
    std::fs::write(&header, &now).unwrap();
    run_ok(git(&t.src).args(["commit", "-qam", "x86/clear: count the cleared bytes"]));
    let out = tempfile::tempdir().unwrap();
    let o = suggest(
        &t.src,
        out.path(),
        &[
            "--all-findings",
            "--strategy",
            "reorder",
            t.object.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let mail = std::fs::read_to_string(out.path().join("reorder-clear_chunk.patch")).unwrap();
    let sha = String::from_utf8(
        git(&t.src)
            .args(["rev-parse", "--short=12", "HEAD"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        mail.contains(
            "Subject: [PATCH] x86/clear: move ASM_CALL_CONSTRAINT first in clear_chunk()"
        ),
        "{mail}"
    );
    assert!(
        mail.contains(&format!(
            "Fixes: {} (\"x86/clear: count the cleared bytes\")",
            sha.trim()
        )),
        "{mail}"
    );
    assert!(
        mail.contains("Signed-off-by: Ann Dev <ann@localhost>"),
        "{mail}"
    );
    assert!(mail.contains("From: Ann Dev <ann@localhost>"));
    // git am takes it.
    run_ok(
        git(&t.src)
            .args(["am", "-q"])
            .arg(out.path().join("reorder-clear_chunk.patch")),
    );
}

#[test]
fn nothing_to_draft_when_objtool_accepts_everything() {
    let Some(t) = tree() else { return };
    let out = t.src.join("drafts");
    let o = suggest(&t.src, &out, &[t.object.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        text(&o).contains("none that objtool would reject"),
        "{}",
        text(&o)
    );
    assert!(drafts(&out).is_empty());
}

#[test]
fn malformed_or_changed_sources_are_refused_without_drafts() {
    let Some(t) = tree() else { return };
    let refuse = |tree: &Path, args: &[&str], why: &str| {
        let out = tempfile::tempdir().unwrap();
        let o = suggest(tree, out.path(), args);
        assert_eq!(o.status.code(), Some(2), "{why}: {}", text(&o));
        assert!(text(&o).contains(why), "expected {why:?} in {}", text(&o));
        assert!(
            drafts(out.path()).is_empty(),
            "{why}: no draft may be written"
        );
    };
    let object = t.object.to_str().unwrap();
    // No asm at the named line.
    refuse(
        &t.src,
        &["--site", "include/asm/clear.h:3"],
        "no inline asm statement at line 3",
    );
    refuse(
        &t.src,
        &["--site", "include/asm/clear.h:999"],
        "has no line 999",
    );

    // Another copy of the tree whose statement is broken or different.
    let other = t.src.parent().unwrap().join("other");
    let copy = || {
        let _ = std::fs::remove_dir_all(&other);
        run_ok(Command::new("cp").arg("-a").arg(&t.src).arg(&other));
    };
    let header = other.join("include/asm/clear.h");
    copy();
    let s = std::fs::read_to_string(&header).unwrap();
    std::fs::write(&header, s.replace("\"r11\");", "\"r11\";")).unwrap();
    refuse(
        &other,
        &["--all-findings", object],
        "unbalanced parentheses",
    );

    copy();
    let s = std::fs::read_to_string(&header).unwrap();
    std::fs::write(&header, s.replace("\"+D\" (p)", "\"+S\" (p)")).unwrap();
    refuse(
        &other,
        &["--all-findings", object],
        "differs from the one the object was built from",
    );

    // The build's own copy is gone and the file has moved on: lines shifted.
    copy();
    let s = std::fs::read_to_string(&header).unwrap();
    std::fs::write(
        &header,
        s.replace(
            "#include <asm/asm.h>\n",
            "#include <asm/asm.h>\n\n/* moved */\n\n\n\n\n",
        ),
    )
    .unwrap();
    let object_copy = t.src.parent().unwrap().join("zero.o");
    std::fs::copy(&t.object, &object_copy).unwrap();
    std::fs::remove_dir_all(&t.src).unwrap();
    refuse(
        &other,
        &["--all-findings", object_copy.to_str().unwrap()],
        "no inline asm statement at line",
    );
}

#[test]
fn the_tree_is_never_modified_and_odd_paths_are_not_interpolated() {
    // A tree path with spaces, quotes and a command substitution in it.
    let Some(t) = tree_named("my tree 'q' $(touch PWNED)") else {
        return;
    };
    let (src, object) = (t.src.clone(), t.object.clone());
    let dir = t.src.parent().unwrap().to_path_buf();
    let before = tree_hash(&src);
    let out = dir.join("drafts $(touch PWNED2)");
    let o = suggest(&src, &out, &["--all-findings", object.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(drafts(&out).len(), 3);
    // A failing run leaves the tree alone too.
    let o = suggest(&src, &out, &["--site", "lib/zero.c:1"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        tree_hash(&src),
        before,
        "the source tree must be byte-identical"
    );
    assert!(!dir.join("PWNED").exists() && !Path::new("PWNED").exists());
    assert!(!dir.join("PWNED2").exists() && !Path::new("PWNED2").exists());
}

#[test]
fn ctrl_c_at_any_moment_leaves_the_tree_alone_and_no_half_mails() {
    use std::os::unix::process::ExitStatusExt;
    use std::time::Instant;
    let Some(t) = tree() else { return };
    let object = t.object.to_str().unwrap();
    let dir = t.src.parent().unwrap().to_path_buf();
    // The mini tree's build directory `out` is inside it: one hash covers both.
    let before = tree_hash(&t.src);
    let started = Instant::now();
    let o = suggest(&t.src, &dir.join("reference"), &["--all-findings", object]);
    let whole_run = started.elapsed();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let reference = draft_contents(&dir.join("reference"));
    assert_eq!(reference.len(), 3);

    // SIGINT at 40 moments spread over 1.3 runs: before Ctrl-C is caught
    // (scan and drafting only read, so the default action may kill), while
    // the mails are written (caught: finish the one in hand, exit 130), after.
    let mut tally: std::collections::BTreeMap<&str, usize> = Default::default();
    for i in 0..40u32 {
        let out = dir.join(format!("drafts-{i}"));
        // Its own TMPDIR, to see that nothing is left there either.
        let tmp = dir.join(format!("tmp-{i}"));
        std::fs::create_dir(&tmp).unwrap();
        let child = suggest_command(&t.src, &out, &["--all-findings", object])
            .env("TMPDIR", &tmp)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(whole_run * i / 30);
        // SAFETY: kill(2) on our own child's pid, which it cannot have reused
        // before we wait for it.
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
        let o = child.wait_with_output().unwrap();
        let found = draft_contents(&out);
        let outcome = match (o.status.code(), o.status.signal()) {
            (Some(0), _) => {
                assert_eq!(found, reference, "run {i} finished: every mail");
                "finished"
            }
            (Some(130), _) => {
                assert!(text(&o).contains("interrupted:"), "{}", text(&o));
                "interrupted while writing"
            }
            (None, Some(libc::SIGINT)) => {
                assert!(found.is_empty(), "run {i} killed before writing");
                "killed before writing"
            }
            other => panic!("run {i}: unexpected end {other:?}: {}", text(&o)),
        };
        *tally.entry(outcome).or_default() += 1;
        // Whatever the moment: only complete mails, no temporary files.
        for (name, bytes) in &found {
            assert_eq!(
                reference.get(name),
                Some(bytes),
                "run {i} ({outcome}): {name} is not a complete draft"
            );
        }
        assert_eq!(tree_hash(&t.src), before, "run {i}: the tree was touched");
        let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().collect();
        assert!(left.is_empty(), "run {i}: left {left:?} in TMPDIR");
    }
    eprintln!("whole run {whole_run:?}; outcomes: {tally:?}");
    assert!(
        tally.get("finished").copied().unwrap_or(0) < 40,
        "no run was interrupted: {tally:?}"
    );
}

#[test]
fn concurrent_runs_on_one_tree_do_not_collide() {
    let Some(t) = tree() else { return };
    let object = t.object.to_str().unwrap();
    let dir = t.src.parent().unwrap().to_path_buf();
    let before = tree_hash(&t.src);
    let o = suggest(&t.src, &dir.join("reference"), &["--all-findings", object]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let reference = draft_contents(&dir.join("reference"));
    // Six at once: two into directories of their own, four into one shared.
    let outs = ["own-a", "own-b", "shared", "shared", "shared", "shared"];
    let children: Vec<_> = outs
        .iter()
        .map(|name| {
            suggest_command(&t.src, &dir.join(name), &["--all-findings", object])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    }
    for name in ["own-a", "own-b", "shared"] {
        assert_eq!(
            draft_contents(&dir.join(name)),
            reference,
            "{name}: exactly the three complete mails, nothing else"
        );
    }
    assert_eq!(tree_hash(&t.src), before);
}

/// `--every-statement --series`: the census's three statements, two in one
/// header, become a cover letter and one patch per file; the header's two
/// edits are proven again merged; `git am` takes the series and the unit's
/// asm is what it was (the reorder changes no instruction).
#[test]
fn a_tree_wide_series_has_one_patch_per_file_and_applies() {
    if require("clang-19", "clang-19").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("tree");
    let copy = |to: &Path| {
        for f in ["arch/x86/include/asm/a.h", "arch/x86/t.c"] {
            std::fs::create_dir_all(to.join(f).parent().unwrap()).unwrap();
            std::fs::copy(repo().join("testdata/series").join(f), to.join(f)).unwrap();
        }
    };
    copy(&src);
    for args in [
        &["init", "-q", "."][..],
        &["add", "-A"],
        &[
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@example.org",
            "commit",
            "-qm",
            "base",
        ],
    ] {
        run_ok(git(&src).args(args));
    }
    let compile = "clang-19 -O2 -c arch/x86/t.c -I arch/x86/include";
    let out = dir.path().join("series");
    let o = rspill()
        .arg("suggest")
        .arg("--tree")
        .arg(&src)
        .args(["--every-statement", "--series", "--strategy", "reorder"])
        .args(["--compile", compile, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    let mut mails: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    mails.sort();
    assert_eq!(
        mails,
        [
            "0000-cover-letter.patch",
            "0001-a-h.patch",
            "0002-t-c.patch"
        ]
    );
    let cover = std::fs::read_to_string(out.join(&mails[0])).unwrap();
    assert!(cover.contains("Subject: [PATCH 0/2] "), "{cover}");
    assert!(
        cover.contains("3 ASM_CALL_CONSTRAINT statements"),
        "{cover}"
    );
    let header = std::fs::read_to_string(out.join(&mails[1])).unwrap();
    assert!(header.contains("Subject: [PATCH 1/2] "), "{header}");
    assert!(header.contains("in 2 asm statements"), "{header}");
    assert!(
        stderr.contains("arch/x86/include/asm/a.h: merged (2 statements) verified with"),
        "{stderr}"
    );
    // The truth: the series applies, and the unit's asm is what it was.
    let before = dir.path().join("before.s");
    let after = dir.path().join("after.s");
    let asm = |tree: &Path, s: &Path| {
        run_ok(
            Command::new("clang-19")
                .current_dir(tree)
                .args(["-O2", "-S", "arch/x86/t.c", "-I", "arch/x86/include", "-o"])
                .arg(s),
        )
    };
    asm(&src, &before);
    let mut am = git(&src);
    am.args([
        "-c",
        "user.name=T",
        "-c",
        "user.email=t@example.org",
        "am",
        "-q",
    ]);
    for m in &mails[1..] {
        am.arg(out.join(m));
    }
    run_ok(&mut am);
    asm(&src, &after);
    let text = |p: &Path| std::fs::read_to_string(p).unwrap();
    assert_ne!(
        text(&src.join("arch/x86/include/asm/a.h")),
        std::fs::read_to_string(repo().join("testdata/series/arch/x86/include/asm/a.h")).unwrap()
    );
    assert_eq!(text(&before), text(&after));
    // One strategy per series.
    let o = rspill()
        .arg("suggest")
        .arg("--tree")
        .arg(&src)
        .args([
            "--every-statement",
            "--series",
            "--compile",
            compile,
            "--out",
        ])
        .arg(dir.path().join("two"))
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("a series applies one strategy"));
}
