//! Every fixture in testdata/asm and testdata/c: rspill's findings must match the
//! `expect:` lines in its source, and rspill's objtool prediction must match
//! objtool's real output (recorded next to the object, and re-run live when
//! Debian's objtool is installed).

mod common;
use common::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, PartialEq)]
struct Expect {
    kind: String,
    redundant: bool,
    delta: Option<i64>,
    objtool_fail: bool,
}

/// `expect: FUNC none` or `expect: FUNC kind=K redundant=yes|no delta=N|unknown objtool_fail=yes|no`.
fn expectations(source: &Path) -> BTreeMap<String, Vec<Expect>> {
    let text = std::fs::read_to_string(source).unwrap();
    let mut out: BTreeMap<String, Vec<Expect>> = BTreeMap::new();
    for line in text.lines() {
        let Some((_, rest)) = line.split_once("expect:") else {
            continue;
        };
        let mut words = rest.split_whitespace();
        let func = words.next().expect("function name").to_string();
        let fields: BTreeMap<&str, &str> = words.filter_map(|w| w.split_once('=')).collect();
        let entry = out.entry(func).or_default();
        if fields.is_empty() {
            continue; // `none`
        }
        let delta = match fields["delta"] {
            "unknown" => None,
            d => Some(match d.strip_prefix("0x") {
                Some(h) => i64::from_str_radix(h, 16).unwrap(),
                None => d.parse().unwrap(),
            }),
        };
        entry.push(Expect {
            kind: fields["kind"].to_string(),
            redundant: fields["redundant"] == "yes",
            delta,
            objtool_fail: fields["objtool_fail"] == "yes",
        });
    }
    out
}

fn fixtures() -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for dir in ["testdata/asm", "testdata/c"] {
        for entry in std::fs::read_dir(repo().join(dir)).unwrap() {
            let p = entry.unwrap().path();
            if matches!(p.extension().and_then(|e| e.to_str()), Some("S" | "c")) {
                out.push((p.clone(), p.with_extension("o")));
            }
        }
    }
    out.sort();
    assert!(out.len() >= 10, "fixtures missing: {out:?}");
    out
}

fn scan(object: &Path) -> Vec<serde_json::Value> {
    scan_json(object)
}

#[test]
fn findings_match_the_expectations_in_every_fixture() {
    let mut checked = 0;
    for (source, object) in fixtures() {
        let records = scan(&object);
        let mut got: BTreeMap<String, Vec<Expect>> = BTreeMap::new();
        // Realignments and allocas (`rsp-dynamic`, informational) and restores
        // inside replacement code are reported since the expect: lines were
        // written; they list neither.
        for f in findings(&records)
            .into_iter()
            .filter(|f| f["kind"] != "rsp-dynamic" && f["alternative_for"].is_null())
        {
            got.entry(f["function"].as_str().unwrap().to_string())
                .or_default()
                .push(Expect {
                    kind: f["kind"].as_str().unwrap().to_string(),
                    // The fixtures' `expect:` lines predate the strict/in-bounds
                    // split: they state what holds under C object bounds, so
                    // they are compared with the claim or, failing that, with
                    // the assumed result. Strict claims are held to the truth by
                    // tests/adversarial.rs.
                    redundant: f["restore_redundant"] == true || f["assumed_rsp_delta"] == 0,
                    delta: f["rsp_delta"].as_i64().or(f["assumed_rsp_delta"].as_i64()),
                    objtool_fail: f["objtool_would_fail"] == true,
                });
        }
        let expected = expectations(&source);
        assert!(
            !expected.is_empty(),
            "{} has no expect: lines",
            source.display()
        );
        for (func, want) in &expected {
            let have = got.remove(func).unwrap_or_default();
            assert_eq!(&have, want, "{} {func}", source.display());
            checked += want.len().max(1);
        }
        assert!(
            got.is_empty(),
            "{}: findings without expectations: {got:?}",
            source.display()
        );
    }
    assert!(checked >= 20, "only {checked} expectations checked");
}

/// The functions objtool names in `objtool_output`, with their first lines, are
/// exactly those rspill predicts a line for, with those lines.
fn assert_predicted(object: &Path, objtool_output: &str) {
    let predicted: BTreeMap<String, String> = predicted_first_lines(&scan(object))
        .into_iter()
        .filter_map(|(function, line)| Some((function, line?)))
        .collect();
    assert_eq!(
        predicted,
        first_lines(objtool_output),
        "{}",
        object.display()
    );
}

/// Issue #14: for every function rspill analyses, the first line objtool prints
/// for it (whatever its cause: retpoline, UACCESS, DF, stack, ORC) is the one
/// the model predicts, or nothing when it predicts nothing; and objtool names
/// no function rspill analyses without predicting it.
#[test]
fn every_analysed_functions_first_objtool_line_is_predicted() {
    let mut compared = 0;
    for (source, object) in fixtures() {
        let recorded = std::fs::read_to_string(source.with_extension("objtool.txt")).unwrap();
        let first = first_lines(&recorded);
        let predicted = predicted_first_lines(&scan(&object));
        for (function, want) in &predicted {
            assert_eq!(
                first.get(function),
                want.as_ref(),
                "{} {function}",
                source.display()
            );
            compared += 1;
        }
        for function in first.keys() {
            assert!(
                predicted.contains_key(function),
                "{}: objtool names {function}, which rspill does not predict",
                source.display()
            );
        }
    }
    assert!(compared >= 40, "only {compared} functions compared");
}

#[test]
fn objtool_predictions_match_the_recorded_objtool_output() {
    for (source, object) in fixtures() {
        let recorded = std::fs::read_to_string(source.with_extension("objtool.txt")).unwrap();
        assert_predicted(&object, &recorded);
    }
}

#[test]
fn objtool_predictions_match_a_live_objtool_run() {
    let Some(objtool_path) = require("Debian's objtool", DEBIAN_OBJTOOL) else {
        return;
    };
    for (source, object) in fixtures() {
        let live = objtool(&objtool_path, &object);
        assert_predicted(&object, &live);
        let recorded = std::fs::read_to_string(source.with_extension("objtool.txt")).unwrap();
        assert_eq!(
            objtool_messages(&recorded),
            objtool_messages(&live),
            "{}: recorded output is stale",
            source.display()
        );
    }
}

/// The committed objects are exactly what testdata/build.sh makes from the
/// committed sources with clang-19 (run in a scratch copy; the checkout is not
/// touched), and build.sh's own objtool consistency check passes.
#[test]
fn fixtures_rebuild_byte_identically_from_source() {
    let (Some(_), Some(_), Some(_)) = (
        require("clang-19", "clang-19"),
        require("llvm-strip-19", "llvm-strip-19"),
        require("Debian's objtool", DEBIAN_OBJTOOL),
    ) else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let copy = scratch.path().join("testdata");
    run_ok(
        std::process::Command::new("cp")
            .arg("-a")
            .arg(repo().join("testdata"))
            .arg(&copy),
    );
    let objects: Vec<PathBuf> = ["asm", "c", "bad"]
        .iter()
        .flat_map(|d| {
            std::fs::read_dir(copy.join(d))
                .unwrap()
                .map(|e| e.unwrap().path())
        })
        .filter(|p| p.extension().is_some_and(|e| e == "o"))
        .collect();
    for o in &objects {
        std::fs::remove_file(o).unwrap();
    }
    run_ok(std::process::Command::new("bash").arg(copy.join("build.sh")));
    assert!(objects.len() >= 15);
    for o in &objects {
        let rel = o.strip_prefix(&copy).unwrap();
        let committed = std::fs::read(repo().join("testdata").join(rel)).unwrap();
        assert!(
            std::fs::read(o).unwrap() == committed,
            "{} differs when rebuilt",
            rel.display()
        );
    }
}
