//! Issue #14's differential test, bounded: random functions from the oracle's
//! generator assembled by clang-19, run through Debian's objtool and through
//! `rspill scan`; for every function rspill analyses, the first line objtool
//! prints for it must be the one rspill's model predicts (text and offset), or
//! the model must say it is uncertain. The long run is
//! `tests/objtool_diff/objtool_diff.py --rspill target/release/rspill --count 20000`.

mod common;

use std::process::Command;

#[test]
fn objtool_prints_what_the_model_predicts_on_generated_functions() {
    let Some(python) = common::require("python3", "python3") else {
        return;
    };
    if common::require("clang-19", "clang-19").is_none() {
        return;
    }
    let Some(objtool) = common::require(
        "objtool (linux-kbuild-6.12.117+deb12)",
        rspill::objtool::run::DEBIAN_OBJTOOL,
    ) else {
        return;
    };
    let out = Command::new(python)
        .arg(common::repo().join("tests/objtool_diff/objtool_diff.py"))
        .args(["--rspill", env!("CARGO_BIN_EXE_rspill")])
        .arg("--objtool")
        .arg(&objtool)
        .args([
            "--count",
            "400",
            "--seconds",
            "120",
            "--jobs",
            "2",
            "--seed",
            "1",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text
        .lines()
        .rev()
        .find(|l| l.starts_with("objtool-diff: "))
        .unwrap_or_else(|| {
            panic!(
                "no summary line:\n{text}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    println!("{text}");
    // The run must have compared something: a generator or harness that stops
    // producing analysed functions would otherwise pass.
    let compared: usize = last
        .split(", ")
        .find_map(|p| p.strip_suffix(" functions compared"))
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(
        compared >= 200,
        "only {compared} functions compared: {last}"
    );
    assert!(last.contains(" 0 disagree,"), "{text}");
    assert!(last.ends_with(" 0 would_fail inconsistent"), "{text}");
    assert!(out.status.success(), "{text}");
}

/// The hand-written cases of `tests/objtool_diff/cases`: what objtool walks
/// beyond the functions that write %rsp (a lost %rbp frame, unwind hints, fatal
/// decode errors), what rspill's decode leaves out (an alternative at the
/// entry, a symbol without size), and the build's objtool options
/// (`--no-unreachable`, `--ibt`, `--noinstr`, no `--orc`). Each function must
/// be claimed and agree, or be uncertain, as its `# want:` line says.
#[test]
fn objtool_prints_what_the_model_predicts_on_the_hand_written_cases() {
    let Some(python) = common::require("python3", "python3") else {
        return;
    };
    if common::require("clang-19", "clang-19").is_none() {
        return;
    }
    let Some(objtool) = common::require(
        "objtool (linux-kbuild-6.12.117+deb12)",
        rspill::objtool::run::DEBIAN_OBJTOOL,
    ) else {
        return;
    };
    let out = Command::new(python)
        .arg(common::repo().join("tests/objtool_diff/objtool_diff.py"))
        .args(["--rspill", env!("CARGO_BIN_EXE_rspill")])
        .arg("--objtool")
        .arg(&objtool)
        .arg("--cases")
        .arg(common::repo().join("tests/objtool_diff/cases"))
        .args(["--jobs", "2"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    let last = text
        .lines()
        .rev()
        .find(|l| l.starts_with("objtool-diff: "))
        .unwrap_or_else(|| panic!("no summary line:\n{text}"));
    let cases = std::fs::read_dir(common::repo().join("tests/objtool_diff/cases"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("S".as_ref()))
        .count();
    assert!(cases >= 11, "only {cases} cases");
    assert!(
        last.starts_with(&format!("objtool-diff: {cases} files,")),
        "{last}"
    );
    assert!(last.contains(" 0 disagree,"), "{text}");
    assert!(out.status.success(), "{text}");
}
