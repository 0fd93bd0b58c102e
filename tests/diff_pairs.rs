//! The adversarial diff suite (`testdata/diff_pairs/`): pairs of objects from
//! hand-written assembly and C, the truth ("does this function run differently,
//! or have different code or data patched in?") reasoned per pair in
//! `truth.tsv`. `rspill diff` must never call a changed function identical.

mod common;

use std::process::Command;

#[test]
fn no_false_identical_on_the_diff_pair_suite() {
    let Some(python) = common::require("python3", "/usr/bin/python3") else {
        return;
    };
    if common::require("clang-19", "/usr/bin/clang-19").is_none() {
        return;
    }
    let dir = common::repo().join("testdata/diff_pairs");
    let out_dir = tempfile::tempdir().unwrap();
    let build = Command::new("bash")
        .arg(dir.join("build.sh"))
        .arg(out_dir.path())
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "build.sh failed:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let out = Command::new(python)
        .arg(dir.join("compare.py"))
        .arg(env!("CARGO_BIN_EXE_rspill"))
        .arg(out_dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let totals = text
        .lines()
        .rev()
        .find(|l| l.starts_with("pairs "))
        .unwrap_or_else(|| panic!("no totals in:\n{text}"));
    println!("{totals}");
    let field = |name: &str| -> usize {
        let words: Vec<&str> = totals.split_whitespace().collect();
        words
            .iter()
            .position(|w| *w == name)
            .and_then(|i| words.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no `{name}` in {totals}"))
    };
    assert!(field("pairs") >= 300, "{totals}");
    assert_eq!(field("false_identical"), 0, "{text}");
    // Every truth row has its record (object-level data records included).
    assert_eq!(field("missing"), 0, "{text}");
    // Layout alone is never a change.
    assert_eq!(field("false_changed"), 0, "{text}");
}
