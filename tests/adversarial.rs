//! The adversarial restore suite (`testdata/adversarial/`): hand-written objects
//! built to provoke false claims, the truth worked out per path in `truth.tsv`.
//! rspill must make no false `restore_redundant`, no wrong `rsp_delta`, report
//! every restore, and never call a broken restore a stack switch.

mod common;

use std::process::Command;

#[test]
fn no_false_claim_on_the_adversarial_suite() {
    let Some(python) = common::require("python3", "/usr/bin/python3") else {
        return;
    };
    let dir = common::repo().join("testdata/adversarial");
    let out = Command::new(python)
        .arg("compare.py")
        .arg(env!("CARGO_BIN_EXE_rspill"))
        .current_dir(&dir)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let total = |label: &str| -> usize {
        text.lines()
            .find_map(|l| l.strip_prefix(label))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no `{label}` line in:\n{text}"))
    };
    println!(
        "{}",
        text.lines().rev().take(9).collect::<Vec<_>>().join("\n")
    );
    assert!(total("restores:") >= 60, "{text}");
    for label in [
        "false redundant:",
        "wrong delta:",
        "unreported:",
        "broken called switch:",
        "broken called epilogue:",
    ] {
        assert_eq!(total(label), 0, "{label}\n{text}");
    }
    assert!(out.status.success(), "{text}");
}
