//! Golden files for the outputs users and scripts read (tests/golden/): scan
//! text, `--explain`, `--trace`, JSON and SARIF; diff text, JSON and markdown;
//! the three suggest mails; the rewrite and extract reports. A changed column,
//! field or word fails here with the difference shown; when the change is
//! meant, `RSPILL_BLESS=1 cargo test --test golden` rewrites the files, and the
//! golden diff is reviewed with the change. Paths of scratch directories and
//! the tool's version are written as placeholders.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn golden_dir() -> PathBuf {
    repo().join("tests/golden")
}

fn blessing() -> bool {
    std::env::var("RSPILL_BLESS").is_ok_and(|v| v == "1")
}

/// Compare `actual` with tests/golden/NAME (or write it when blessing).
fn check(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if blessing() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (RSPILL_BLESS=1 cargo test --test golden writes it)",
            path.display()
        )
    });
    if expected != actual {
        let diff = similar::TextDiff::from_lines(&expected, actual)
            .unified_diff()
            .header("golden", "now")
            .to_string();
        panic!(
            "{name} differs from its golden file (RSPILL_BLESS=1 rewrites it if meant):\n{diff}"
        );
    }
}

/// stdout, then stderr under a marker, then the exit status; scratch paths
/// replaced by their placeholders.
fn run(cmd: &mut Command, replace: &[(&Path, &str)]) -> String {
    let o = cmd.current_dir(repo()).output().unwrap();
    let mut text = String::from_utf8_lossy(&o.stdout).into_owned();
    let err = String::from_utf8_lossy(&o.stderr);
    if !err.is_empty() {
        text.push_str("--- stderr\n");
        text.push_str(&err);
    }
    text.push_str(&format!("--- exit {}\n", o.status.code().unwrap_or(-1)));
    normalize(&text, replace)
}

fn normalize(text: &str, replace: &[(&Path, &str)]) -> String {
    let mut t = text.to_string();
    for (p, with) in replace {
        t = t.replace(&p.display().to_string(), with);
    }
    t.replace(env!("CARGO_PKG_VERSION"), "VERSION")
}

const LOOP: &str = "testdata/c/kmsan_spill_loop.o";

#[test]
fn scan_outputs() {
    let cases: [(&str, &[&str]); 6] = [
        ("scan.txt", &["scan", LOOP]),
        ("scan-explain.txt", &["scan", "--explain", LOOP]),
        ("scan-trace.txt", &["scan", "--trace", "zero_ranges", LOOP]),
        ("scan.json", &["scan", "--format", "json", LOOP]),
        ("scan.sarif", &["scan", "--format", "sarif", LOOP]),
        (
            "scan-kinds-no-source.txt",
            &["scan", "--no-source", "testdata/adversarial/kinds.o"],
        ),
    ];
    for (name, args) in cases {
        check(name, &run(rspill().args(args), &[]));
    }
}

#[test]
fn diff_outputs() {
    // A pair of our own (tests/golden/src): changed, identical, unknown,
    // only in A, only in B.
    if require("clang-19", "clang-19").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut objects = Vec::new();
    for side in ["a", "b"] {
        let o = dir.path().join(format!("{side}.o"));
        run_ok(
            Command::new("clang-19")
                .args(["--target=x86_64-linux-gnu", "-c"])
                .arg(golden_dir().join(format!("src/diff_{side}.s")))
                .arg("-o")
                .arg(&o),
        );
        objects.push(o);
    }
    for (name, format) in [
        ("diff.txt", "text"),
        ("diff.json", "json"),
        ("diff.md", "markdown"),
    ] {
        check(
            name,
            &run(
                rspill()
                    .args(["diff", "--all", "--format", format])
                    .args(&objects),
                &[(dir.path(), "SCRATCH")],
            ),
        );
    }
    check(
        "diff-show.txt",
        &run(
            rspill().args(["diff", "--show"]).args(&objects),
            &[(dir.path(), "SCRATCH")],
        ),
    );
}

#[test]
fn rewrite_and_extract_reports() {
    let Some(objtool) = require("objtool", DEBIAN_OBJTOOL) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.o");
    let report = run(
        rspill()
            .args(["rewrite", "testdata/asm/rewrite_special.o"])
            .arg("--objtool")
            .arg(&objtool)
            .arg("-o")
            .arg(&out),
        &[(dir.path(), "SCRATCH"), (&objtool, "OBJTOOL")],
    );
    check("rewrite.txt", &report);
    let report = run(
        rspill()
            .args(["extract", LOOP, "zero_ranges"])
            .arg("--objtool")
            .arg(&objtool)
            .arg("-o")
            .arg(&out),
        &[(dir.path(), "SCRATCH"), (&objtool, "OBJTOOL")],
    );
    check("extract.txt", &report);
}

#[test]
fn suggest_mails() {
    if require("clang-19", "clang-19").is_none() || require("git", "git").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("tree");
    copy_minitree(&src);
    run_ok(
        Command::new("make")
            .args(["-s", "-C"])
            .arg(&src)
            .arg("O=out"),
    );
    let drafts = dir.path().join("drafts");
    let report = run(
        rspill()
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("HOME", dir.path())
            .arg("suggest")
            .arg("--tree")
            .arg(&src)
            .arg("--out")
            .arg(&drafts)
            .arg("--all-findings")
            .arg(src.join("out/lib/zero.o")),
        &[(dir.path(), "SCRATCH")],
    );
    check("suggest.txt", &report);
    let mut mails: Vec<PathBuf> = std::fs::read_dir(&drafts)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    mails.sort();
    assert_eq!(mails.len(), 3, "{report}");
    for m in mails {
        let text = std::fs::read_to_string(&m).unwrap();
        let name = format!("suggest-{}", m.file_name().unwrap().to_string_lossy());
        check(&name, &normalize(&text, &[(dir.path(), "SCRATCH")]));
    }
}
