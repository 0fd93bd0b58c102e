//! The objtool a prediction is for (issue #14): lists read from a kernel tree
//! (`--objtool-tree`), options as the build passes them (`--objtool-args`), and
//! the model named in the JSON.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;

/// Makefile and objtool's list files of Debian's linux-source-6.12, unpacked
/// into `dest` (tar still reads the whole archive).
fn debian_tree_lists(dest: &Path) -> Option<std::path::PathBuf> {
    require("Debian's linux-source-6.12", KERNEL_TARBALL)?;
    run_ok(
        Command::new("tar")
            .arg("-C")
            .arg(dest)
            .arg("-xf")
            .arg(KERNEL_TARBALL)
            .args([
                "linux-source-6.12/Makefile",
                "linux-source-6.12/tools/objtool/noreturns.h",
                "linux-source-6.12/tools/objtool/check.c",
            ]),
    );
    Some(dest.join("linux-source-6.12"))
}

fn predictions(extra: &[&str], object: &Path) -> Vec<serde_json::Value> {
    let out = rspill()
        .args(["scan", "--format", "json", "--no-source"])
        .args(extra)
        .arg(object)
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    findings(&json_records(&out))
        .into_iter()
        .map(|f| f["objtool_prediction"].clone())
        .collect()
}

/// Debian's linux-source-6.12 is a later point release than the built-in
/// lists' objtool (6.12.117): its lists hold every built-in name, and a name
/// only the tree has ends the walk at its call only when the tree is given
/// (`rust_helper_BUG`, once thought to be 6.12.118's, is in the 6.12.117
/// binary's list too: blind review 106).
#[test]
fn a_trees_objtool_lists_are_the_ones_predicted_for() {
    let scratch = tempfile::tempdir().unwrap();
    let Some(tree) = debian_tree_lists(scratch.path()) else {
        return;
    };
    let Some(_) = require("clang-19", "clang-19") else {
        return;
    };
    let mut from_tree = rspill::objtool::profile::ObjtoolProfile::default();
    from_tree.read_tree(&tree).unwrap();
    let built_in = rspill::objtool::profile::ObjtoolProfile::default();
    assert!(from_tree.noreturn.is_superset(&built_in.noreturn));
    assert!(from_tree.uaccess_safe.is_superset(&built_in.uaccess_safe));
    assert!(
        from_tree.model.starts_with("tree-6.12."),
        "{}",
        from_tree.model
    );
    assert!(from_tree.unmodelled().is_none());
    let tree_arg = ["--objtool-tree", tree.to_str().unwrap()];

    // The same predictions, under the tree's name, where the lists agree.
    let object = repo().join("testdata/asm/objtool_noreturn.o");
    let default = predictions(&[], &object);
    let with_tree = predictions(&tree_arg, &object);
    assert!(!default.is_empty());
    assert_eq!(default.len(), with_tree.len());
    for (a, b) in default.iter().zip(&with_tree) {
        assert_eq!(a["model"], "debian-6.12.117");
        assert_eq!(b["model"].as_str(), Some(from_tree.model.as_str()));
        for field in ["message", "cause", "uncertain", "masked_by"] {
            assert_eq!(a[field], b[field], "{field}");
        }
    }

    // A call to a function only the tree's list calls noreturn.
    let mut only_tree: Vec<&String> = from_tree.noreturn.difference(&built_in.noreturn).collect();
    only_tree.sort();
    let Some(name) = only_tree.first() else {
        println!("the tree's noreturn list is the built-in one: nothing more to show");
        return;
    };
    let source = scratch.path().join("call.S");
    std::fs::write(
        &source,
        format!(
            "\t.text\n\t.globl f\n\t.type f,@function\nf:\n\tpushq %rbx\n\tmovq %rdi, %rsp\n\tcall {name}\n\tpopq %rbx\n\tjmp __x86_return_thunk\n\t.size f, .-f\n"
        ),
    )
    .unwrap();
    let object = scratch.path().join("call.o");
    run_ok(
        Command::new("clang-19")
            .args(["--target=x86_64-linux-gnu", "-c"])
            .arg(&source)
            .arg("-o")
            .arg(&object),
    );
    let default = predictions(&[], &object);
    let with_tree = predictions(&tree_arg, &object);
    assert_eq!(
        default[0]["message"], "f+0x9: undefined stack state",
        "{name}"
    );
    assert_eq!(
        with_tree[0]["message"], "f+0x4: unknown CFA base reg -1",
        "{name}"
    );
}

/// A tree whose objtool is another version (given directly or as a build
/// directory's `source`): its lists are read, and no prediction is claimed
/// (the model follows 6.12's behaviour).
#[test]
fn another_versions_tree_makes_every_prediction_uncertain() {
    let scratch = tempfile::tempdir().unwrap();
    let tree = scratch.path();
    std::fs::create_dir_all(tree.join("tools/objtool")).unwrap();
    std::fs::write(
        tree.join("Makefile"),
        "VERSION = 6\nPATCHLEVEL = 6\nSUBLEVEL = 0\n",
    )
    .unwrap();
    std::fs::write(tree.join("tools/objtool/noreturns.h"), "NORETURN(panic)\n").unwrap();
    std::fs::write(
        tree.join("tools/objtool/check.c"),
        "static const char *uaccess_safe_builtin[] = {\n\t\"kasan_report\",\n\tNULL\n};\n",
    )
    .unwrap();
    // A kbuild output directory names its tree through `source`.
    let build = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(tree, build.path().join("source")).unwrap();
    std::fs::write(build.path().join("Makefile"), "# kbuild's stub\n").unwrap();
    let object = repo().join("testdata/asm/objtool_orc_per_object.o");
    for dir in [tree, build.path()] {
        let got = predictions(&["--objtool-tree", dir.to_str().unwrap()], &object);
        assert!(!got.is_empty());
        for p in &got {
            assert_eq!(p["model"], "tree-6.6.0");
            assert!(
                p["uncertain"].as_str().unwrap().contains("objtool is 6.6"),
                "{p}"
            );
        }
    }
}

/// Options objtool itself refuses, or does not have, are errors naming them.
#[test]
fn bad_objtool_options_are_refused_with_the_reason() {
    let object = repo().join("testdata/asm/objtool_orc_per_object.o");
    for (args, says) in [
        ("--orc --uaccess --frobnicate", "--frobnicate"),
        ("--orc --uaccess --ibt", "--ibt without --link"),
    ] {
        let out = rspill()
            .args(["scan", "--objtool-args", args])
            .arg(&object)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{err}");
    }
    let out = rspill()
        .args(["scan", "--objtool-tree", "/nonexistent-tree"])
        .arg(&object)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent-tree/Makefile"));
}

/// Issue #16: scan leaves objtool's walk of a function that only sets up a
/// frame pointer until a finding's undefined CFA wants it. frame_lost (no
/// finding) is where objtool's ORC generation stops; orc_late's line is then
/// masked, as the recorded and a live objtool run show.
#[test]
fn objtool_predictions_follow_a_frame_pointer_function_left_unwalked() {
    let p = assert_orc_line_not_predicted(
        "tests/scan_shortcuts/orc_after_frame_pointer",
        "orc_late",
        (
            "masked_by",
            "ORC generation stops earlier in the object, at frame_lost+0x7",
        ),
        "frame_lost+0x7",
    );
    assert!(p["message"].is_null() && p["uncertain"].is_null(), "{p}");
}

/// A function whose last instruction may go on past its bytes (its symbol
/// is short): objtool walks on into code no symbol covers, and ORC
/// generation stops there (`.text+0x1a`), before restored_late. The model
/// does not follow that: restored_late's line is uncertain, not predicted.
#[test]
fn a_function_running_off_its_symbol_makes_later_orc_lines_uncertain() {
    assert_orc_line_not_predicted(
        "tests/scan_shortcuts/runs_off_its_symbol",
        "restored_late",
        (
            "uncertain",
            "ORC generation may stop earlier in the object, at short_sym, where the model is uncertain",
        ),
        ".text+0x1a",
    );
}

/// objtool walks code no function symbol covers when `__ex_table` or
/// `__jump_table` leads there, and ORC generation may stop in it before a
/// later finding's line (tests/objtool_outside_functions/README.md): that
/// line is uncertain, naming the code.
#[test]
fn orc_lines_after_code_outside_functions_are_uncertain() {
    for (case, function, code, stop) in [
        (
            "fixup_outside_functions",
            "spills_late",
            ".text+0xa",
            ".text+0xd",
        ),
        (
            "key_target_outside_functions",
            "switch_late",
            ".text+0xc",
            ".text+0xf",
        ),
    ] {
        assert_orc_line_not_predicted(
            &format!("tests/objtool_outside_functions/{case}"),
            function,
            (
                "uncertain",
                &format!(
                    "ORC generation may stop earlier in the object, at {code} (code no function symbol covers), where the model is uncertain"
                ),
            ),
            stop,
        );
    }
}

/// Restores of %rsp in code no function symbol covers are neither findings
/// nor claims (the analysis follows functions' paths); they are listed as
/// not analysed, where objtool (recorded and live) warns in that code.
#[test]
fn rsp_writes_outside_functions_are_listed_as_not_analysed() {
    let case = "tests/objtool_outside_functions/restores_outside_functions";
    let object = repo().join(format!("{case}.o"));
    let got = scan_json(&object);
    assert!(findings(&got).is_empty(), "{got:?}");
    let listed: Vec<(String, u64, String)> = got
        .iter()
        .filter(|r| r["type"] == "unanalysed")
        .map(|r| {
            (
                r["section"].as_str().unwrap().to_string(),
                r["offset"].as_u64().unwrap(),
                r["instruction"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        (".text".to_string(), 0x12, "mov %rcx,%rsp".to_string()),
        (
            ".text.unlikely".to_string(),
            0x5,
            "mov %rcx,%rsp".to_string(),
        ),
    ];
    assert_eq!(listed, want);
    let summary = got.last().unwrap();
    assert_eq!(summary["unanalysed_rsp_writes"], 2, "{summary}");
    let recorded = std::fs::read_to_string(repo().join(format!("{case}.objtool.txt"))).unwrap();
    assert!(
        recorded.contains(".text+0x15: unknown CFA base reg -1"),
        "{recorded}"
    );
    assert_live_objtool_prints(&object, &recorded, case);
    // In SARIF, as notifications.
    let sarif = rspill()
        .args(["scan", "--format", "sarif"])
        .arg(&object)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let notes = &doc["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes.as_array().map(Vec::len), Some(2), "{doc}");
    assert!(
        notes[0]["message"]["text"]
            .as_str()
            .unwrap()
            .ends_with(".text+0x12: `mov %rcx,%rsp` writes %rsp in code no function symbol covers: not analysed"),
        "{notes}"
    );
    // On stderr, in the text output.
    let out = rspill().arg("scan").arg(&object).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(".text+0x12: `mov %rcx,%rsp` writes %rsp in code no function symbol covers (and 1 more): not analysed")
            && err.contains("2 %rsp writes outside functions not analysed"),
        "{err}"
    );
}

/// The one finding in `function` of the test object `case` (`case.o`, its
/// objtool output recorded in `case.objtool.txt`, paths from the repository):
/// its prediction's `field` says `want` and no failure is predicted; the
/// recorded and a live objtool run print `stop: unknown CFA base reg -1` and
/// nothing of `function`. Returns the prediction.
fn assert_orc_line_not_predicted(
    case: &str,
    function: &str,
    (field, want): (&str, &str),
    stop: &str,
) -> serde_json::Value {
    let object = repo().join(format!("{case}.o"));
    let got = scan_json(&object);
    let found: Vec<_> = findings(&got)
        .into_iter()
        .filter(|f| f["function"] == function)
        .collect();
    assert_eq!(found.len(), 1, "{case}: {got:?}");
    let p = found[0]["objtool_prediction"].clone();
    assert_eq!(p[field], want, "{case}: {p}");
    assert_eq!(found[0]["objtool_would_fail"], false, "{case}");
    let recorded = std::fs::read_to_string(repo().join(format!("{case}.objtool.txt"))).unwrap();
    assert!(
        recorded.contains(&format!("{stop}: unknown CFA base reg -1"))
            && !recorded.contains(function),
        "{case}: {recorded}"
    );
    assert_live_objtool_prints(&object, &recorded, case);
    p
}

/// objtool gives up on an object whose `__ex_table` is no whole number of
/// entries or has an entry without a relocation, before printing anything of
/// its functions (tests/objtool_special_tables/README.md): no prediction.
#[test]
fn objtool_giving_up_on_a_special_section_or_reading_other_relocations_makes_predictions_uncertain()
{
    for (case, why) in [
        (
            "entry_without_relocation",
            "__ex_table+0x0: can't find orig reloc",
        ),
        ("table_size", "__ex_table size not a multiple of 12"),
        (
            "two_relocation_sections",
            ".text has 2 relocation sections, and objtool reads only the last",
        ),
    ] {
        let case = format!("tests/objtool_special_tables/{case}");
        let object = repo().join(format!("{case}.o"));
        let got = scan_json(&object);
        let found = findings(&got);
        assert_eq!(found.len(), 1, "{case}: {got:?}");
        let uncertain = found[0]["objtool_prediction"]["uncertain"]
            .as_str()
            .unwrap();
        assert_eq!(found[0]["objtool_would_fail"], false, "{case}");
        let recorded = std::fs::read_to_string(repo().join(format!("{case}.objtool.txt"))).unwrap();
        if case.ends_with("two_relocation_sections") {
            // objtool goes on, over other code than rspill reads.
            assert_eq!(uncertain, why, "{case}");
            assert_eq!(
                objtool_messages(&recorded),
                [(
                    "spill_once".to_string(),
                    "spill_once+0xc: unannotated intra-function call".to_string()
                )],
                "{case}"
            );
            let predicted = found[0]["objtool_prediction"]["message"].as_str().unwrap();
            assert!(!recorded.contains(predicted), "{case}: {predicted}");
        } else {
            assert_eq!(
                uncertain,
                format!("objtool may give up on the whole object: {why}"),
                "{case}"
            );
            assert!(
                recorded.contains(why) && !recorded.contains("spill_once"),
                "{case}: {recorded}"
            );
        }
        assert_live_objtool_prints(&object, &recorded, &case);
    }
}

/// objtool gives up on an object with a `.cold` part whose parent it lacks,
/// and its static-call pass fails on a trampoline whose key it lacks, before
/// it prints the lines of any function (tests/objtool_special_tables/): the
/// prediction says which name is missing; a `.cold` part or trampoline whose
/// name is there changes nothing.
#[test]
fn objtool_missing_a_symbol_by_name_makes_predictions_uncertain() {
    for (case, function, recorded_why, why) in [
        (
            "cold_without_parent",
            "spill_once",
            "helper.cold(): can't find parent function",
            "objtool may give up on the whole object: helper.cold: a .cold part without its parent function",
        ),
        (
            "static_call_without_key",
            "switch_stack",
            "can't find static_call_key symbol: __SCK__tick",
            "objtool's static-call pass, before ORC generation, finds no __SCK__tick (not modelled)",
        ),
    ] {
        let case = format!("tests/objtool_special_tables/{case}");
        let object = repo().join(format!("{case}.o"));
        let got = scan_json(&object);
        let found = findings(&got);
        assert_eq!(found.len(), 1, "{case}: {got:?}");
        assert_eq!(found[0]["function"], function, "{case}");
        assert_eq!(found[0]["objtool_prediction"]["uncertain"], why, "{case}");
        assert_eq!(found[0]["objtool_would_fail"], false, "{case}");
        let recorded = std::fs::read_to_string(repo().join(format!("{case}.objtool.txt"))).unwrap();
        assert!(
            recorded.contains(recorded_why) && !recorded.contains(function),
            "{case}: {recorded}"
        );
        assert_live_objtool_prints(&object, &recorded, &case);
    }
}

/// Debian's objtool, run on `object` now (when it is installed), prints the
/// messages `recorded` holds.
fn assert_live_objtool_prints(object: &Path, recorded: &str, case: &str) {
    if let Some(objtool_path) = require("Debian's objtool", DEBIAN_OBJTOOL) {
        let live = objtool(&objtool_path, object);
        assert_eq!(
            objtool_messages(&live),
            objtool_messages(recorded),
            "{case}"
        );
    }
}
