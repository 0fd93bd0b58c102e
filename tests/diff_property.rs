//! The diff property test (`tests/diff_property/property.py`, written blind to
//! the code): generated assembly files, semantics-preserving variants (every
//! function must stay identical, else a false "changed") and meaning-changing
//! mutations (the mutated function must not be identical). A bounded run here;
//! `property.py --seconds 600` is the long one.

mod common;

use std::process::Command;

#[test]
fn no_mutation_is_called_identical() {
    let Some(python) = common::require("python3", "/usr/bin/python3") else {
        return;
    };
    if common::require("clang-19", "/usr/bin/clang-19").is_none() {
        return;
    }
    let script = common::repo().join("tests/diff_property/property.py");
    let out = Command::new(python)
        .arg(script)
        .args(["--count", "12", "--seed", "1", "--jobs", "2", "--rspill"])
        .arg(env!("CARGO_BIN_EXE_rspill"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let totals = text
        .lines()
        .rev()
        .find(|l| l.starts_with("files "))
        .unwrap_or_else(|| {
            panic!(
                "no totals in:\n{text}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
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
    assert!(field("variants") >= 300, "{totals}");
    assert_eq!(field("false_identical"), 0, "{text}");
}
