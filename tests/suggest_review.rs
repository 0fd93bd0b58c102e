//! The blind review of `suggest`'s proofs (tests/suggest_review/, README.md
//! there): 49 statements whose edits were verified in one configuration or
//! translation unit but were wrong in another (an `#ifndef` default
//! overridden elsewhere, a second definition spelled `%:define`, a template
//! taken from a macro parameter, a non-volatile asm, a 32-bit build out of
//! registers, …). `run.sh` applies every draft and has clang-19 render every
//! asm statement in every configuration of the case: none may render
//! differently (WRONG) or fail (BROKEN). Cases 50–65 are the project's own
//! (the i386 register count of frame-address among them); 66–111 are the
//! fourth blind review, of the declared-width rule; 112–114 the fifth (an
//! `ASM_CALL_CONSTRAINT` of two operands in another configuration); 115–122 the
//! sixth (macros defined only under a condition or on the command line), 123–129
//! its re-review (pasted template pieces, matching-constraint macros, names
//! defined outside the tree); 141–148 blind review 104 (`__builtin_LINE()`
//! moved by the edit, compile options that write side files into the tree);
//! 149–152 blind review 112 (identifiers starting with `$`, an `-O0` unit
//! out of registers); 153–158 blind review 118 (response files, `-Wp,-D`,
//! `--define-macro`, reorder at `-O0`).

mod common;
use common::*;
use std::process::Command;

/// Run a review runner with this build's rspill: its summary line, the
/// counts of correct drafts, and the lines naming WRONG or BROKEN ones.
fn run_review(script: &str) -> Option<(String, usize, String)> {
    if require("clang-19", "clang-19").is_none() || require("git", "git").is_none() {
        return None;
    }
    let work = tempfile::tempdir().unwrap();
    let o = Command::new("bash")
        .arg(repo().join(script))
        .env("RSPILL", env!("CARGO_BIN_EXE_rspill"))
        .env("WORK", work.path())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    let summary = out
        .lines()
        .find(|l| l.starts_with("summary: "))
        .unwrap_or_else(|| panic!("no summary:\n{out}\n{}", String::from_utf8_lossy(&o.stderr)))
        .to_string();
    println!("{summary}");
    let correct: usize = summary
        .trim_start_matches("summary: ")
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let bad = out
        .lines()
        .filter(|l| l.contains("WRONG") || l.contains("BROKEN") || l.starts_with("  "))
        .collect::<Vec<_>>()
        .join("\n");
    Some((summary, correct, bad))
}

#[test]
fn no_draft_is_wrong_in_any_configuration_of_the_review_cases() {
    let Some((summary, correct, bad)) = run_review("tests/suggest_review/run.sh") else {
        return;
    };
    assert!(summary.contains(" 0 WRONG, 0 BROKEN"), "{bad}");
    // The correct drafts stay (refusing everything is not the goal).
    assert!(correct >= 78, "{summary}");
}

/// Round 2 of the blind review (tests/suggest_review/round2/REPORT.md):
/// references completed by `__COUNTER__` or `__INCLUDE_LEVEL__`, operand
/// expressions whose macro is chosen by pasting a predefined macro, a
/// redefinition in an `.inc` file. No draft may render differently in any
/// configuration of a case.
#[test]
fn no_draft_is_wrong_in_any_configuration_of_the_second_review() {
    let Some((summary, correct, bad)) = run_review("tests/suggest_review/round2/run.sh") else {
        return;
    };
    assert!(summary.contains(" 0 WRONG, 0 BROKEN"), "{bad}");
    assert!(correct >= 5, "{summary}");
}
