//! The real kernel: Debian's linux-source-6.12 unpacked at test time, built with
//! clang-19 (defconfig + KMSAN + KCOV + DEBUG_INFO), checked by Debian's objtool.
//! rspill's predictions must agree with objtool object by object, unmodified and
//! with the reproduction of the 2026 `clear_pages()`/`folio_zero_user()` shape.

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

fn make(src: &Path, out: &Path, args: &[&str]) {
    run_ok(
        Command::new("make")
            .current_dir(src)
            .arg("LLVM=-19")
            .arg(format!("O={}", out.display()))
            .arg("-j2")
            .args(args),
    );
}

fn configure_kmsan(src: &Path, out: &Path) {
    make(src, out, &["defconfig"]);
    run_ok(
        Command::new(src.join("scripts/config"))
            .arg("--file")
            .arg(out.join(".config"))
            .args([
                "-e",
                "KMSAN",
                "-e",
                "KCOV",
                "-e",
                "DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT",
                "-d",
                "DEBUG_INFO_NONE",
            ]),
    );
    make(src, out, &["olddefconfig"]);
    let config = std::fs::read_to_string(out.join(".config")).unwrap();
    for opt in [
        "CONFIG_KMSAN=y",
        "CONFIG_KCOV=y",
        "CONFIG_DEBUG_INFO=y",
        "CONFIG_UNWINDER_ORC=y",
    ] {
        assert!(
            config.lines().any(|l| l == opt),
            "{opt} missing from the KMSAN config"
        );
    }
    make(src, out, &["prepare"]);
}

/// Every function objtool complains about is predicted with the same message, and
/// nothing else is predicted to fail.
fn assert_predictions_match(objtool_path: &Path, object: &Path) -> Vec<serde_json::Value> {
    let actual = objtool_messages(&objtool(objtool_path, object));
    let records = scan_json(object);
    let predicted = predicted_objtool(&records);
    assert_eq!(
        predicted,
        actual,
        "{}: rspill's prediction vs objtool",
        object.display()
    );
    records
}

#[test]
fn kmsan_mm_predictions_agree_with_objtool_and_the_reproduction_is_found() {
    let (Some(_), Some(_), Some(objtool_path), Some(_)) = (
        require("clang-19", "clang-19"),
        require("ld.lld-19", "ld.lld-19"),
        require("Debian's objtool", DEBIAN_OBJTOOL),
        require("Debian's linux-source-6.12", KERNEL_TARBALL),
    ) else {
        return;
    };
    let work = tempfile::Builder::new()
        .prefix("rspill-kernel-")
        .tempdir()
        .unwrap();
    run_ok(
        Command::new("tar")
            .arg("-C")
            .arg(work.path())
            .arg("-xf")
            .arg(KERNEL_TARBALL),
    );
    let src = work.path().join("linux-source-6.12");

    // Unmodified tree: every mm/*.o, objtool clean and predicted clean.
    let out = work.path().join("out-kmsan");
    configure_kmsan(&src, &out);
    make(&src, &out, &["mm/"]);
    let mut objects: Vec<_> = std::fs::read_dir(out.join("mm"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "o"))
        .collect();
    objects.sort();
    assert!(objects.len() > 50, "only {} objects in mm/", objects.len());
    for object in &objects {
        let records = assert_predictions_match(&objtool_path, object);
        for f in findings(&records) {
            assert_ne!(
                f["kind"], "rsp-unknown-restore",
                "unmodified 6.12 has no unprovable restore: {f}"
            );
        }
    }

    // The reproduction: folio_zero_user fails objtool, rspill says why and where.
    run_ok(
        Command::new("patch")
            .current_dir(&src)
            .args(["-p1", "-i"])
            .arg(repo().join("testdata/kernel/folio-zero-user-2026.patch")),
    );
    let out = work.path().join("out-repro");
    configure_kmsan(&src, &out);
    make(&src, &out, &["mm/memory.o"]);
    let memory_o = out.join("mm/memory.o");
    let objtool_out = objtool(&objtool_path, &memory_o);
    assert!(
        objtool_out.contains("folio_zero_user+") && objtool_out.contains("undefined stack state"),
        "the reproduction must fail objtool: {objtool_out}"
    );
    let records = assert_predictions_match(&objtool_path, &memory_o);
    let culprit = findings(&records)
        .into_iter()
        .find(|f| f["function"] == "folio_zero_user" && f["objtool_would_fail"] == true)
        .expect("a folio_zero_user finding objtool rejects");
    assert_eq!(culprit["kind"], "spilled-rsp-loop", "{culprit}");
    assert_eq!(culprit["restore_redundant"], true);
    assert_eq!(culprit["rsp_delta"], 0);
    let inner = &culprit["source"]["restore"][0];
    assert!(
        inner["file"]
            .as_str()
            .unwrap()
            .ends_with("arch/x86/include/asm/page_64.h")
            && inner["function"] == "clear_pages",
        "innermost frame must be the asm statement in clear_pages(): {inner}"
    );
    let chain = culprit["source"]["restore"].as_array().unwrap();
    assert_eq!(chain.last().unwrap()["function"], "folio_zero_user");
    assert!(
        culprit["source"]["asm_call"]["callee"]
            .as_str()
            .is_some_and(|c| c.starts_with("clear_pages"))
    );
}
