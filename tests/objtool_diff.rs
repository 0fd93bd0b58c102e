//! Issue #14's differential test, bounded: random functions from the oracle's
//! generator assembled by clang-19, run through Debian's objtool and through
//! `rspill scan`; for every function rspill analyses, the first line objtool
//! prints for it must be the one rspill's model predicts (text and offset), or
//! the model must say it is uncertain. The long run is
//! `tests/objtool_diff/objtool_diff.py --rspill target/release/rspill --count 20000`.

mod common;

use std::process::Command;

/// `objtool_diff.py ARGS` against Debian's objtool: its whole output, its
/// summary line and whether it exited 0; None when a tool is missing (skipped).
fn objtool_diff(args: &[&str]) -> Option<(String, String, bool)> {
    let python = common::require("python3", "python3")?;
    common::require("clang-19", "clang-19")?;
    let objtool = common::require(
        "objtool (linux-kbuild-6.12.117+deb12)",
        rspill::objtool::run::DEBIAN_OBJTOOL,
    )?;
    let out = Command::new(python)
        .arg(common::repo().join("tests/objtool_diff/objtool_diff.py"))
        .args(["--rspill", env!("CARGO_BIN_EXE_rspill")])
        .arg("--objtool")
        .arg(&objtool)
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    println!("{text}");
    let last = text
        .lines()
        .rev()
        .find(|l| l.starts_with("objtool-diff: "))
        .unwrap_or_else(|| {
            panic!(
                "no summary line:\n{text}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
        .to_string();
    Some((text, last, out.status.success()))
}

#[test]
fn objtool_prints_what_the_model_predicts_on_generated_functions() {
    let Some((text, last, success)) = objtool_diff(&[
        "--count",
        "400",
        "--seconds",
        "120",
        "--jobs",
        "2",
        "--seed",
        "1",
    ]) else {
        return;
    };
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
    assert!(success, "{text}");
}

/// The hand-written cases of `tests/objtool_diff/cases`: what objtool walks
/// beyond the functions that write %rsp (a lost %rbp frame, unwind hints, fatal
/// decode errors), what rspill's decode leaves out (an alternative at the
/// entry, a symbol without size), objtool's rules found by blind review
/// (indirect sibling calls, `{dynamic}` thunk calls, noreturn for global
/// callees only, no ORC for `.altinstr_aux`) and the build's objtool options
/// (`--no-unreachable`, `--ibt`, `--noinstr`, `--module`, `--stackval`, no
/// `--orc`, no `--retpoline`). Each function must be claimed and agree, or be
/// uncertain, as its `# want:` line says.
#[test]
fn objtool_prints_what_the_model_predicts_on_the_hand_written_cases() {
    let cases_dir = common::repo().join("tests/objtool_diff/cases");
    let Some((text, last, success)) =
        objtool_diff(&["--cases", cases_dir.to_str().unwrap(), "--jobs", "2"])
    else {
        return;
    };
    let cases = std::fs::read_dir(&cases_dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("S".as_ref()))
        .count();
    assert!(cases >= 33, "only {cases} cases");
    assert!(
        last.starts_with(&format!("objtool-diff: {cases} files,")),
        "{last}"
    );
    assert!(last.contains(" 0 disagree,"), "{text}");
    assert!(success, "{text}");
}
