//! `rspill reduce` on an object of our own, compiled at test time from
//! `testdata/c/kmsan_spill_loop.c` with a kbuild-style `.cmd` file beside it: the
//! reproducer must be smaller than the input and still interesting when checked
//! independently (llc-19 run here, Debian's objtool, a separate `rspill scan`).
//! Bad inputs are clear errors.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The flags testdata/build.sh compiles the C fixtures with, minus debug info.
const CFLAGS: &str = "--target=x86_64-linux-gnu -O2 -fsanitize=kernel-memory -mno-red-zone -mcmodel=kernel -fno-pic -ffreestanding -fno-builtin -mfunction-return=thunk-extern";

/// The tools, and the fixture compiled into `dir/t.o` with a `.t.o.cmd` as kbuild
/// writes it. None (skipped) when a tool is missing.
fn built(dir: &Path) -> Option<PathBuf> {
    let tools = [
        ("clang-19", "clang-19"),
        ("llc-19", "llc-19"),
        ("llvm-extract-19", "llvm-extract-19"),
        ("llvm-reduce-19", "llvm-reduce-19"),
        ("Debian's objtool", DEBIAN_OBJTOOL),
    ];
    if !tools
        .iter()
        .all(|(what, path)| require(what, path).is_some())
    {
        return None;
    }
    std::fs::copy(
        repo().join("testdata/c/kmsan_spill_loop.c"),
        dir.join("kmsan_spill_loop.c"),
    )
    .unwrap();
    let line = format!("clang-19 -Wp,-MMD,./.t.o.d {CFLAGS} -c -o t.o kmsan_spill_loop.c");
    run_ok(Command::new("sh").current_dir(dir).arg("-c").arg(&line));
    std::fs::write(
        dir.join(".t.o.cmd"),
        format!("savedcmd_t.o := {line}\n\nsource_t.o := kmsan_spill_loop.c\n"),
    )
    .unwrap();
    Some(dir.join("t.o"))
}

fn lines(path: &Path) -> usize {
    std::fs::read_to_string(path).unwrap().lines().count()
}

#[test]
fn the_reproducer_is_smaller_and_still_interesting() {
    let work = tempfile::tempdir().unwrap();
    let Some(object) = built(work.path()) else {
        return;
    };
    let out = work.path().join("repro");
    let o = rspill()
        .args(["reduce", "-j2", "-o"])
        .arg(&out)
        .arg(&object)
        .arg("zero_ranges")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(
        stderr.contains(".t.o.cmd"),
        "the .cmd file is the command: {stderr}"
    );

    let (extracted, reduced) = (out.join("extracted.ll"), out.join("reduced.ll"));
    assert!(
        lines(&reduced) < lines(&extracted),
        "reduced {} lines, extracted {}",
        lines(&reduced),
        lines(&extracted)
    );
    let ir = std::fs::read_to_string(&reduced).unwrap();
    assert!(ir.contains("@llvm.read_register.i64"), "{ir}");
    assert!(
        ir.contains("sanitize_memory"),
        "the attribute is kept: {ir}"
    );
    assert!(!ir.contains("null("), "calls keep their callee: {ir}");

    // Independently: llc-19 here, Debian's objtool and a separate scan.
    let mine = work.path().join("mine.o");
    run_ok(
        Command::new("llc-19")
            .args(["-O2", "-filetype=obj"])
            .arg(&reduced)
            .arg("-o")
            .arg(&mine),
    );
    let messages = objtool_messages(&objtool(Path::new(DEBIAN_OBJTOOL), &mine));
    assert!(
        messages
            .iter()
            .any(|(f, m)| f.starts_with("zero_ranges") && m.contains("undefined stack state")),
        "objtool on llc's output: {messages:?}"
    );
    let records = scan_json(&mine);
    assert!(
        findings(&records)
            .iter()
            .any(|f| f["function"] == "zero_ranges"
                && f["kind"] == "spilled-rsp-loop"
                // As in the original: the no-op is not proven (see the README).
                && f["restore_redundant"] == false),
        "{records:?}"
    );
    let report = std::fs::read_to_string(out.join("REPORT.md")).unwrap();
    for needed in [
        "llc-19 -O2 -filetype=obj reduced.ll -o reduced.o",
        "undefined stack state",
        "sanitize_memory",
        "clang version 19",
    ] {
        assert!(
            report.contains(needed),
            "REPORT.md lacks {needed:?}:\n{report}"
        );
    }
    assert!(!out.join("best.ll").exists(), "scratch of the search left");
}

fn reduce_error(args: &[&str], dir: &Path) -> String {
    let o = rspill()
        .current_dir(dir)
        .arg("reduce")
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(2), "{args:?}: {stderr}");
    stderr
}

#[test]
fn bad_inputs_are_clear_errors() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let Some(object) = built(dir) else {
        return;
    };
    let obj = object.to_str().unwrap();
    // A function without findings (with a stated command), and one that is not there.
    std::fs::write(
        dir.join("plain.c"),
        "long plain(long x) { return x * 3; }\n",
    )
    .unwrap();
    let compile = format!("clang-19 {CFLAGS} -c plain.c -o plain.o");
    run_ok(Command::new("sh").current_dir(dir).arg("-c").arg(&compile));
    let e = reduce_error(&["--compile", &compile, "plain.o", "plain", "-o", "a"], dir);
    assert!(e.contains("plain has no finding"), "{e}");
    let e = reduce_error(&[obj, "no_such_function", "-o", "b"], dir);
    assert!(e.contains("no function no_such_function"), "{e}");
    // No .cmd file and no --compile.
    std::fs::copy(&object, dir.join("u.o")).unwrap();
    let e = reduce_error(&["u.o", "zero_ranges", "-o", "c"], dir);
    assert!(
        e.contains("no compile command") && e.contains("--compile"),
        "{e}"
    );
    // LLVM tools of a version that is not installed.
    let e = reduce_error(&[obj, "zero_ranges", "--llvm", "-99", "-o", "d"], dir);
    assert!(e.contains("llc-99 not found"), "{e}");
    // A non-empty output directory is not overwritten.
    std::fs::create_dir(dir.join("full")).unwrap();
    std::fs::write(dir.join("full/keep"), "x").unwrap();
    let e = reduce_error(&[obj, "zero_ranges", "-o", "full"], dir);
    assert!(e.contains("not empty"), "{e}");
    assert_eq!(std::fs::read_to_string(dir.join("full/keep")).unwrap(), "x");
    // Not an object; a directory.
    let e = reduce_error(&["kmsan_spill_loop.c", "zero_ranges", "-o", "e"], dir);
    assert!(e.contains("kmsan_spill_loop.c"), "{e}");
    let e = reduce_error(&[".", "zero_ranges", "-o", "f"], dir);
    assert!(e.contains("not a file"), "{e}");
    // An objtool that cannot run is an error, not silently left out.
    let e = reduce_error(
        &[
            obj,
            "zero_ranges",
            "--objtool",
            "/nonexistent/objtool",
            "-o",
            "g",
        ],
        dir,
    );
    assert!(e.contains("objtool cannot run"), "{e}");
    // A .cmd file whose command does not rebuild the object: the source
    // changed since (one more store).
    let other = dir.join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::copy(&object, other.join("t.o")).unwrap();
    let source = std::fs::read_to_string(dir.join("kmsan_spill_loop.c")).unwrap();
    let edited = source.replace("\tstats[2] = mix;", "\tstats[2] = mix;\n\tstats[3] = left;");
    assert_ne!(source, edited);
    std::fs::write(other.join("kmsan_spill_loop.c"), edited).unwrap();
    std::fs::copy(dir.join(".t.o.cmd"), other.join(".t.o.cmd")).unwrap();
    let e = reduce_error(&["other/t.o", "zero_ranges", "-o", "h"], dir);
    assert!(e.contains("does not rebuild it"), "{e}");
    // No output directory is left behind by a failed run.
    for d in ["a", "b", "c", "d", "e", "f", "g", "h"] {
        assert!(!dir.join(d).exists(), "{d} left behind");
    }
}
