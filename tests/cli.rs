//! The command line as users meet it: exit codes, the JSON Lines schema, SARIF,
//! `--explain`/`--trace`, archives, and DWARF source chains.

mod common;
use common::*;
use std::path::Path;

fn fixture(rel: &str) -> std::path::PathBuf {
    repo().join("testdata").join(rel)
}

#[test]
fn exit_codes_follow_the_findings() {
    let code = |rel: &str| {
        rspill()
            .arg("scan")
            .arg(fixture(rel))
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(code("asm/negatives.o"), Some(0), "no findings");
    assert_eq!(
        code("asm/regchain.o"),
        Some(0),
        "redundant register chains objtool accepts"
    );
    assert_eq!(code("asm/unknown.o"), Some(1), "unprovable restores");
    assert_eq!(code("asm/spilled_noloop.o"), Some(1), "objtool-visible");
    let usage = rspill().arg("scan").output().unwrap();
    assert_eq!(
        usage.status.code(),
        Some(2),
        "missing PATH is a usage error"
    );
}

#[test]
fn json_records_follow_the_documented_schema() {
    let out = rspill()
        .args(["scan", "--format", "json"])
        .arg(fixture("c/kmsan_spill_loop.o"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let records = json_records(&out);
    let f = findings(&records);
    assert_eq!(f.len(), 1);
    let f = f[0];
    for (field, check) in [
        ("file", f["file"].is_string()),
        ("section", f["section"] == ".text"),
        ("function", f["function"] == "zero_ranges"),
        ("offset", f["offset"].is_u64()),
        ("address", f["address"].is_u64()),
        ("kind", f["kind"].is_string()),
        // The copy sits in a slot while calls that were handed pointers into
        // the frame run: not provable without assuming C object bounds.
        ("restore_redundant", f["restore_redundant"].is_boolean()),
        (
            "rsp_delta",
            f["rsp_delta"].is_null() || f["rsp_delta"].is_i64(),
        ),
        ("assumed_rsp_delta", f.get("assumed_rsp_delta").is_some()),
        ("assumptions", f["assumptions"].is_array()),
        ("no_claim", f.get("no_claim").is_some()),
        ("alternative_for", f.get("alternative_for").is_some()),
        ("objtool_would_fail", f["objtool_would_fail"] == true),
        ("objtool_message", f["objtool_message"].is_string()),
        ("loop", f["loop"] == true),
        ("restored_from", f["restored_from"] == "%rdi"),
        (
            "sites",
            f["sites"]["spills"].is_array() && f["sites"]["restore"] == f["offset"],
        ),
        ("summary", f["summary"].is_string()),
    ] {
        assert!(check, "field {field}: {f}");
    }
    // Source: the innermost frame is the asm statement; its call is named.
    let inner = &f["source"]["restore"][0];
    assert!(
        inner["file"]
            .as_str()
            .unwrap()
            .ends_with("kmsan_spill_loop.c"),
        "{inner}"
    );
    assert_eq!(inner["line"], 57);
    assert_eq!(f["source"]["asm_call"]["callee"], "clear_pages_helper");
    let summary = records.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["findings"], 1);
    assert_eq!(summary["by_kind"].as_object().unwrap().len(), 6);
    assert_eq!(summary["objtool_would_fail"], 1);
}

#[test]
fn sarif_is_version_2_1_0_with_one_result_per_finding() {
    let out = rspill()
        .args(["scan", "--format", "sarif"])
        .arg(fixture("asm/unknown.o"))
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["version"], "2.1.0");
    let run = &doc["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "rspill");
    assert_eq!(run["tool"]["driver"]["rules"].as_array().unwrap().len(), 6);
    let json = rspill()
        .args(["scan", "--format", "json"])
        .arg(fixture("asm/unknown.o"))
        .output()
        .unwrap();
    let n = findings(&json_records(&json)).len();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), n);
    assert!(
        results
            .iter()
            .all(|r| r["ruleId"] == "rsp-unknown-restore" && r["level"] == "error")
    );
}

#[test]
fn explain_and_trace_show_sites_values_and_objtool_state() {
    let out = rspill()
        .args(["scan", "--explain"])
        .arg(fixture("asm/spilled_noloop.o"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("<copy,spill>") || text.contains("<spill>"),
        "{text}"
    );
    assert!(
        text.contains("<reload>") && text.contains("<restore>"),
        "{text}"
    );
    assert!(text.contains("= CFA-0x"), "{text}");

    let out = rspill()
        .args(["scan", "--trace", "spill_one_slot"])
        .arg(fixture("asm/spilled_noloop.o"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("trace: "), "{text}");
    assert!(text.contains("objtool cfa=rsp+0x8"), "entry state: {text}");
    assert!(
        text.contains("objtool cfa=undefined"),
        "after the restore: {text}"
    );
}

#[test]
fn archives_regular_and_thin() {
    let Some(ar) = require("llvm-ar-19", "llvm-ar-19") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for name in ["spilled_noloop.o", "regchain.o"] {
        std::fs::copy(fixture(&format!("asm/{name}")), dir.path().join(name)).unwrap();
    }
    let scan_count = |archive: &Path| {
        let records = scan_json(archive);
        (
            records.last().unwrap()["files"].as_u64().unwrap(),
            findings(&records).len(),
        )
    };
    for (flags, name) in [("rc", "lib.a"), ("rcT", "built-in.a")] {
        run_ok(
            std::process::Command::new(&ar)
                .current_dir(dir.path())
                .args([flags, name, "spilled_noloop.o", "regchain.o"]),
        );
        assert_eq!(scan_count(&dir.path().join(name)), (2, 4), "{name}");
    }
}

#[test]
fn odd_paths_work_in_every_command() {
    // Spaces, quotes, a semicolon and command substitutions in directory and
    // file names: every path is an argv element or a file name, never shell.
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("a b 'q' \"d\" $(touch PWNED)");
    std::fs::create_dir(&dir).unwrap();
    let loop_o = dir.join("x y;$(touch PWNED2).o");
    let noloop_o = dir.join("`touch PWNED3` n.o");
    std::fs::copy(fixture("c/kmsan_spill_loop.o"), &loop_o).unwrap();
    // Restores proven redundant without assumptions, so rewrite does them all.
    std::fs::copy(fixture("asm/spilled_loop.o"), &noloop_o).unwrap();
    let run = |args: &[&std::ffi::OsStr]| {
        let o = rspill().args(args).output().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        (o.status.code(), text)
    };
    let os = |p: &Path| p.as_os_str().to_owned();

    let (code, text) = run(&["scan".as_ref(), &os(&loop_o)]);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains(&*loop_o.to_string_lossy()), "{text}");
    assert!(text.contains("zero_ranges+0x"), "{text}");
    // A directory argument finds both objects.
    let (code, text) = run(&[
        "scan".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        &os(&dir),
    ]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("\"files\":2") || text.contains("\"files\": 2"),
        "{text}"
    );

    let (code, text) = run(&["diff".as_ref(), &os(&loop_o), &os(&loop_o)]);
    assert_eq!(code, Some(0), "{text}");

    let rewritten = dir.join("out $(touch PWNED4).o");
    let (code, text) = run(&[
        "rewrite".as_ref(),
        &os(&noloop_o),
        "-o".as_ref(),
        &os(&rewritten),
    ]);
    assert_eq!(code, Some(0), "{text}");
    assert!(rewritten.is_file());
    let (code, text) = run(&["rewrite".as_ref(), "--in-place".as_ref(), &os(&noloop_o)]);
    assert_eq!(code, Some(0), "{text}");
    assert_eq!(
        std::fs::read(&noloop_o).unwrap(),
        std::fs::read(&rewritten).unwrap()
    );
    assert!(dir.join("`touch PWNED3` n.o.orig").is_file());

    let small = dir.join("small 'r' $(touch PWNED5).o");
    let (code, text) = run(&[
        "extract".as_ref(),
        &os(&loop_o),
        "zero_ranges".as_ref(),
        "-o".as_ref(),
        &os(&small),
    ]);
    assert_eq!(code, Some(0), "{text}");
    let (code, text) = run(&["scan".as_ref(), &os(&small)]);
    assert_eq!(code, Some(1), "the reproducer keeps the finding: {text}");

    for n in ["PWNED", "PWNED2", "PWNED3", "PWNED4", "PWNED5"] {
        assert!(!dir.join(n).exists() && !top.path().join(n).exists() && !Path::new(n).exists());
    }
}

/// `inventory --tree`: files named relative to the tree, the source census of
/// its arch/x86 joined (statements with no restore listed, macros named).
#[test]
fn inventory_joins_the_source_census() {
    let tree = tempfile::tempdir().unwrap();
    let t = tree.path();
    std::fs::create_dir_all(t.join("arch/x86/include/asm")).unwrap();
    std::fs::write(
        t.join("arch/x86/include/asm/calls.h"),
        "#define ASM_CALL_CONSTRAINT \"+r\" (current_stack_pointer)\n\
         #define call_thing(x)\t\t\t\t\\\n\
         \tasm volatile(\"call thing\"\t\t\t\\\n\
         \t\t     : \"+a\" (x), ASM_CALL_CONSTRAINT)\n\
         static inline void plain(long x)\n{\n\
         \tasm volatile(\"call other\" : \"+D\" (x), ASM_CALL_CONSTRAINT);\n}\n",
    )
    .unwrap();
    std::fs::copy(
        fixture("c/kmsan_spill_loop.c"),
        t.join("kmsan_spill_loop.c"),
    )
    .unwrap();
    let o = rspill()
        .args(["inventory", "--format", "json", "--tree"])
        .arg(t)
        .arg(fixture("c/kmsan_spill_loop.o"))
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let records = json_records(&o);
    let rows: Vec<&serde_json::Value> = records
        .iter()
        .filter(|r| r["type"] == "statement")
        .collect();
    let row = |label: &str| {
        rows.iter()
            .find(|r| r["statement"] == label)
            .unwrap_or_else(|| panic!("no row {label}: {rows:?}"))
    };
    let found = row("kmsan_spill_loop.c:57");
    assert_eq!(found["risk"], "objtool-visible");
    assert_eq!(found["restores"], 1);
    assert_eq!(found["in_census"], false);
    let in_macro = row("arch/x86/include/asm/calls.h:3");
    assert_eq!(in_macro["in_macro"], "call_thing");
    assert_eq!(in_macro["risk"], "no-copy");
    assert_eq!(row("arch/x86/include/asm/calls.h:7")["in_census"], true);
    let summary = records.iter().find(|r| r["type"] == "inventory").unwrap();
    assert_eq!(summary["census_statements"], 2);
}
