//! `rspill diff` on real clang-19 objects of our own C (testdata/diff), built at
//! test time: what must compare identical, and what must be found.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Build the fixtures into a scratch directory (None: clang-19 missing, skipped).
fn build() -> Option<(tempfile::TempDir, PathBuf)> {
    require("clang-19", "clang-19")?;
    let dir = tempfile::tempdir().unwrap();
    run_ok(
        std::process::Command::new("bash")
            .arg(repo().join("testdata/diff/build.sh"))
            .arg(dir.path()),
    );
    let p = dir.path().to_path_buf();
    Some((dir, p))
}

fn diff(a: &Path, b: &Path, extra: &[&str]) -> (Option<i32>, Vec<serde_json::Value>) {
    let out = rspill()
        .args(["diff", "--format", "json"])
        .args(extra)
        .arg(a)
        .arg(b)
        .output()
        .unwrap();
    (out.status.code(), json_records(&out))
}

fn functions(records: &[serde_json::Value]) -> Vec<&serde_json::Value> {
    records.iter().filter(|r| r["type"] == "function").collect()
}

#[test]
fn comments_blank_lines_and_reordering_compare_identical() {
    let Some((_dir, d)) = build() else { return };
    for variant in ["comments", "reordered"] {
        let other = d.join(format!("{variant}.o"));
        assert_ne!(
            std::fs::read(d.join("base.o")).unwrap(),
            std::fs::read(&other).unwrap(),
            "{variant}: bytes should differ"
        );
        let (code, records) = diff(&d.join("base.o"), &other, &[]);
        assert_eq!(code, Some(0), "{variant}: {records:?}");
        let summary = records.last().unwrap();
        assert_eq!(summary["identical"], 4, "{variant}");
        assert_eq!(summary["changed"], 0, "{variant}");
    }
}

#[test]
fn a_one_instruction_change_is_reported_in_exactly_that_function() {
    let Some((_dir, d)) = build() else { return };
    let (code, records) = diff(&d.join("base.o"), &d.join("onechange.o"), &[]);
    assert_eq!(code, Some(1));
    let changed = functions(&records);
    assert_eq!(changed.len(), 1, "{changed:?}");
    let f = changed[0];
    assert_eq!(f["function_a"], "classify");
    assert_eq!(f["status"], "changed");
    assert_eq!(f["insns_a"], f["insns_b"]);
    let first = &f["first_difference"];
    assert_eq!(first["a"], "cmp $0x65,%edi");
    assert_eq!(first["b"], "cmp $0x66,%edi");
    assert_eq!(first["offset_a"], first["offset_b"]);
}

#[test]
fn a_renamed_clone_is_paired_and_ambiguous_clones_are_not() {
    let Some((_dir, d)) = build() else { return };
    let (code, records) = diff(&d.join("base.o"), &d.join("renamed.o"), &["--all"]);
    assert_eq!(code, Some(0));
    let clone = functions(&records)
        .into_iter()
        .find(|f| f["function_a"] == "scale.constprop.0")
        .expect("clone listed");
    assert_eq!(clone["function_b"], "scale.constprop.1");
    assert_eq!(clone["status"], "identical");

    let (code, records) = diff(&d.join("base.o"), &d.join("twoclones.o"), &[]);
    assert_eq!(code, Some(1));
    let unpaired: Vec<_> = functions(&records)
        .into_iter()
        .filter(|f| f["note"].as_str().is_some_and(|n| n.contains("ambiguous")))
        .collect();
    assert_eq!(unpaired.len(), 3, "{records:?}");
}

#[test]
fn build_trees_pair_objects_by_relative_path() {
    let Some((_dir, d)) = build() else { return };
    let trees = tempfile::tempdir().unwrap();
    let (a, b) = (trees.path().join("a"), trees.path().join("b"));
    for (tree, files) in [
        (
            &a,
            [("mm/x.o", "base"), ("mm/y.o", "base"), ("only_a.o", "base")],
        ),
        (
            &b,
            [
                ("mm/x.o", "reordered"),
                ("mm/y.o", "onechange"),
                ("only_b.o", "base"),
            ],
        ),
    ] {
        for (rel, src) in files {
            let dest = tree.join(rel);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(d.join(format!("{src}.o")), dest).unwrap();
        }
    }
    let (code, records) = diff(&a, &b, &[]);
    assert_eq!(code, Some(1));
    let summary = records.last().unwrap();
    assert_eq!(summary["objects_compared"], 2);
    assert_eq!(summary["objects_only_in_a"], 1);
    assert_eq!(summary["objects_only_in_b"], 1);
    assert_eq!(summary["changed"], 1);
    let changed = functions(&records);
    assert_eq!(changed[0]["file"], "mm/y.o");

    let md = rspill()
        .args(["diff", "--format", "markdown"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&md.stdout);
    assert!(
        text.contains("| `mm/y.o` | `classify` | changed |"),
        "{text}"
    );
}

#[test]
fn show_prints_a_unified_instruction_diff() {
    let Some((_dir, d)) = build() else { return };
    let out = rspill()
        .args(["diff", "--show"])
        .arg(d.join("base.o"))
        .arg(d.join("onechange.o"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("--- a/classify") && text.contains("+++ b/classify"),
        "{text}"
    );
    assert!(
        text.contains("-cmp $0x65,%edi") && text.contains("+cmp $0x66,%edi"),
        "{text}"
    );
}

#[test]
fn bad_inputs_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.o");
    std::fs::write(&junk, b"not elf").unwrap();
    let good = repo().join("testdata/asm/regchain.o");
    let (code, _) = diff(&good, &junk, &[]);
    assert_eq!(code, Some(2));
    let (code, _) = diff(&good, dir.path(), &[]);
    assert_eq!(code, Some(2), "a file against a directory");
}

/// Linked executables (found by the fifth diff review: a panic on symbol
/// values that are addresses): every function is compared by instructions
/// alone, so none is called identical, and nothing panics.
#[test]
fn linked_executables_are_unknown_not_a_panic() {
    if require("clang-19", "clang-19").is_none() || require("ld.lld-19", "ld.lld-19").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, value) in [("a", 1), ("b", 2)] {
        let src = dir.path().join(format!("{name}.s"));
        std::fs::write(
            &src,
            format!(
                ".text\n.globl _start\n.type _start,@function\n_start:\n\tleaq tbl(%rip), %rax\n\tmovl 4(%rax), %eax\n\tret\n.size _start, .-_start\n.section .rodata\ntbl: .long 0, {value}\n"
            ),
        )
        .unwrap();
        run_ok(
            std::process::Command::new("clang-19")
                .args([
                    "--target=x86_64-linux-gnu",
                    "-nostdlib",
                    "-static",
                    "-fuse-ld=lld-19",
                    "-o",
                ])
                .arg(dir.path().join(name))
                .arg(&src),
        );
    }
    let (code, records) = diff(&dir.path().join("a"), &dir.path().join("b"), &[]);
    assert!(matches!(code, Some(0 | 1)), "exit {code:?}");
    let fns = functions(&records);
    assert!(!fns.is_empty());
    assert!(fns.iter().all(|f| f["status"] != "identical"), "{fns:?}");
}

/// A directory comparison covers every file that may hold code: link-stage
/// files (`vmlinux.o`, `*.mod.o`), modules, regular archives, LLVM bitcode and
/// linked images the walk passes over are an error (exit 2, named) where the
/// trees differ in them, and nothing where they are the same bytes.
#[test]
fn files_the_walk_passes_over_are_named_when_they_differ() {
    let Some((_dir, d)) = build() else { return };
    let trees = tempfile::tempdir().unwrap();
    let (a, b) = (trees.path().join("a"), trees.path().join("b"));
    let put = |tree: &Path, rel: &str, bytes: &[u8]| {
        let dest = tree.join(rel);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(dest, bytes).unwrap();
    };
    let base = std::fs::read(d.join("base.o")).unwrap();
    let onechange = std::fs::read(d.join("onechange.o")).unwrap();
    for tree in [&a, &b] {
        put(tree, "mm/x.o", &base);
        // The same bytes on both sides: nothing to say.
        put(tree, "vmlinux.o", &base);
        put(tree, "drivers/m.ko", &base);
        put(tree, "README", b"text");
    }
    let (code, records) = diff(&a, &b, &[]);
    assert_eq!(code, Some(0), "{records:?}");

    // Each kind the walk passes over, different in B.
    for (rel, bytes) in [
        ("vmlinux.o", &onechange[..]),
        ("drivers/m.ko", &onechange[..]),
        ("drivers/m.mod.o", &onechange[..]),
        ("lib/lib.a", b"!<arch>\n"),
        ("lto/bitcode.o", b"BC\xc0\xde\x35\x14\x00\x00"),
        ("vmlinux", &onechange[..]),
    ] {
        let b2 = trees.path().join(format!("b-{}", rel.replace('/', "-")));
        let copy = Command::new("cp")
            .arg("-a")
            .arg(&b)
            .arg(&b2)
            .status()
            .unwrap();
        assert!(copy.success());
        put(&b2, rel, bytes);
        let out = rspill().arg("diff").arg(&a).arg(&b2).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{rel}: {err}");
        assert!(
            err.contains("not compared, and different between the trees: 1 file")
                && err.contains(rel),
            "{rel}: {err}"
        );
    }
    // A README that differs is not code.
    put(&b, "README", b"other text");
    let (code, _) = diff(&a, &b, &[]);
    assert_eq!(code, Some(0));
}

/// Objects and directories behind symbolic links (which the walk does not
/// follow) are compared as bytes: different, they are an error.
#[test]
fn objects_behind_symbolic_links_are_not_left_out() {
    let Some((_dir, d)) = build() else { return };
    let trees = tempfile::tempdir().unwrap();
    let t = trees.path();
    for (tree, target) in [("a", "base.o"), ("b", "onechange.o")] {
        std::fs::create_dir_all(t.join(tree).join("sub")).unwrap();
        std::fs::copy(d.join("base.o"), t.join(tree).join("same.o")).unwrap();
        std::os::unix::fs::symlink(d.join(target), t.join(tree).join("x.o")).unwrap();
        let dir = t.join(format!("{tree}-dir"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(d.join(target), dir.join("m.o")).unwrap();
        std::os::unix::fs::symlink(&dir, t.join(tree).join("sub/linked")).unwrap();
    }
    let out = rspill()
        .arg("diff")
        .arg(t.join("a"))
        .arg(t.join("b"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("2 files") && err.contains("x.o") && err.contains("sub/linked/m.o"),
        "{err}"
    );
}

/// Blind review 58 (`tests/diff_cycle/README.md`): a replacement whose `jmp`
/// is relocated against a place in itself made naming that place recurse
/// until the stack overflowed. Now: no crash, f not identical, each object
/// identical to itself.
#[test]
fn a_replacement_that_jumps_into_itself_is_no_crash() {
    if require("clang-19", "clang-19").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let object = |target: u32| {
        let out = dir.path().join(format!("t{target}.o"));
        run_ok(
            Command::new("clang-19")
                .arg("-c")
                .arg(format!("-DTARGET={target}"))
                .arg(repo().join("tests/diff_cycle/self_jump.S"))
                .arg("-o")
                .arg(&out),
        );
        out
    };
    let (t0, t5) = (object(0), object(5));
    for (a, b) in [(&t0, &t5), (&t5, &t0)] {
        let (code, records) = diff(a, b, &[]);
        assert_eq!(code, Some(1), "{records:?}");
        let f = functions(&records)
            .into_iter()
            .find(|r| r["function_a"] == "f")
            .cloned();
        assert!(f.is_some_and(|f| f["status"] != "identical"), "{records:?}");
    }
    for t in [&t0, &t5] {
        let (code, records) = diff(t, t, &[]);
        assert_eq!(code, Some(0), "{records:?}");
    }
}

/// An object taking the address of another object's function only where
/// objtool looks for it to keep an ENDBR (`IBT_NOSEAL(f)` in a file that
/// does not define f): its functions are the same, the difference is in
/// its linkage record (blind review 140).
#[test]
fn an_address_taken_for_ibt_of_another_objects_function_is_compared() {
    if require("clang-19", "clang-19").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let object = |noseal: bool| {
        let out = dir.path().join(format!("n{noseal}.o"));
        let mut c = Command::new("clang-19");
        c.args(["--target=x86_64-linux-gnu", "-c"]);
        if noseal {
            c.arg("-DNOSEAL");
        }
        run_ok(
            c.arg(repo().join("tests/diff_ibt/noseal_elsewhere.S"))
                .arg("-o")
                .arg(&out),
        );
        out
    };
    let (with, without) = (object(true), object(false));
    let (code, records) = diff(&with, &without, &["--all"]);
    assert_eq!(code, Some(1), "{records:?}");
    assert!(
        records.iter().any(|r| r["function_a"] == "<symbols>"
            && r["status"] == "changed"
            && r.to_string().contains("ibt: takes the address of f+0")),
        "{records:?}"
    );
    let (code, records) = diff(&with, &with, &[]);
    assert_eq!(code, Some(0), "{records:?}");
}
