//! `rspill fix` on the real kernel: Debian's linux-source-6.12 unpacked at test
//! time with the reproduction of the 2026 `folio_zero_user()` shape applied,
//! defconfig + KMSAN built with clang-19, then `rspill fix out/mm/memory.o`.
//! The baseline must fail objtool, and every cell of the verdict table must
//! agree with an independent run: each draft applied with `git apply`, built by
//! kbuild in build directories of the test's own, checked by Debian's objtool,
//! `rspill scan` and `rspill diff`. The tree and the build directory must be
//! untouched by rspill and its scratch space gone.

mod common;
use common::kernel::*;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Path, size and modification time of every file: a 1.3 GB tree is not
/// content-hashed, but any write to it changes its time.
fn metadata_hash(dir: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut n = 0;
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        let m = e.path().symlink_metadata().unwrap();
        e.path().hash(&mut h);
        m.len().hash(&mut h);
        m.modified().unwrap().hash(&mut h);
        n += 1;
    }
    assert!(n > 1000);
    h.finish()
}

fn objtool_lines(objtool_path: &Path, object: &Path, target: &str) -> Vec<String> {
    objtool_messages(&objtool(objtool_path, object))
        .into_iter()
        .map(|(_, m)| format!("{target}: warning: objtool: {m}"))
        .collect()
}

fn git_apply(src: &Path, draft: &Path, reverse: bool) -> bool {
    let mut c = Command::new("git");
    c.current_dir(src).arg("apply");
    if reverse {
        c.arg("-R");
    }
    c.arg(draft).status().unwrap().success()
}

/// A build directory of the test's own with `config` (KMSAN unset for !KMSAN by
/// the kernel's scripts/config), prepared.
fn own_build(src: &Path, dir: &Path, config: &Path, kmsan: bool) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(config, dir.join(".config")).unwrap();
    if !kmsan {
        run_ok(
            Command::new(src.join("scripts/config"))
                .arg("--file")
                .arg(dir.join(".config"))
                .args(["-d", "KMSAN"]),
        );
    }
    make(src, dir, &["olddefconfig"]);
    make(src, dir, &["prepare"]);
}

/// kbuild with gcc-12 (no LLVM=), as `check` builds its gcc column.
fn make_gcc(src: &Path, out: &Path, args: &[&str]) {
    run_ok(
        Command::new("make")
            .current_dir(src)
            .arg("CC=gcc-12")
            .arg(format!("O={}", out.display()))
            .arg("-j2")
            .args(args),
    );
}

/// The KMSAN .config with KMSAN unset, configured and prepared for gcc.
fn own_gcc_build(src: &Path, dir: &Path, config: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(config, dir.join(".config")).unwrap();
    run_ok(
        Command::new(src.join("scripts/config"))
            .arg("--file")
            .arg(dir.join(".config"))
            .args(["-d", "KMSAN"]),
    );
    make_gcc(src, dir, &["olddefconfig"]);
    make_gcc(src, dir, &["prepare"]);
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn fix_on_the_reproduction_agrees_with_independent_objtool_and_diff_runs() {
    let Some((work, src, objtool_path)) = unpacked_kernel("rspill-kernel-fix-") else {
        return;
    };
    let w = work.path();
    patch(&src, "folio-zero-user-2026.patch", false);
    let out = w.join("out-kmsan");
    configure_kmsan(&src, &out);
    make(&src, &out, &["mm/memory.o"]);
    let baseline_objtool = objtool_lines(&objtool_path, &out.join("mm/memory.o"), "mm/memory.o");
    assert!(
        baseline_objtool
            .iter()
            .any(|m| m.contains("folio_zero_user+") && m.contains("undefined stack state")),
        "the baseline must fail objtool: {baseline_objtool:?}"
    );

    let (src_before, out_before) = (metadata_hash(&src), tree_hash(&out));
    let scratch = w.join("scratch");
    std::fs::create_dir_all(&scratch).unwrap();
    let drafts = w.join("drafts");
    let o = rspill()
        .args(["fix", "-q", "-j2", "--format", "json", "--drafts"])
        .arg(&drafts)
        .arg("--scratch")
        .arg(&scratch)
        .arg("--logs")
        .arg(w.join("logs"))
        .arg("--report")
        .arg(w.join("report.txt"))
        .arg(out.join("mm/memory.o"))
        .output()
        .unwrap();
    let records = json_records(&o);
    for r in &records {
        eprintln!("{r}");
    }
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        metadata_hash(&src),
        src_before,
        "the tree must be untouched"
    );
    assert_eq!(
        tree_hash(&out),
        out_before,
        "the build directory must be untouched"
    );
    assert_eq!(
        std::fs::read_dir(&scratch).unwrap().count(),
        0,
        "scratch left behind"
    );

    // The kernel-CI report names what `configure` changed from defconfig
    // (KMSAN, KCOV and the DWARF choice), from the configs' savedefconfig.
    let report = std::fs::read_to_string(w.join("report.txt")).unwrap();
    let changed = report
        .lines()
        .find(|l| l.starts_with("changed "))
        .unwrap_or_else(|| panic!("{report}"));
    for option in [
        "KMSAN n->y",
        "KCOV n->y",
        "DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT n->y",
    ] {
        assert!(changed.contains(option), "{changed}");
    }

    let rows: Vec<&Value> = records.iter().filter(|r| r["type"] == "row").collect();
    let summary = records.iter().find(|r| r["type"] == "check").unwrap();
    let objects = strs(&summary["objects"]);
    assert_eq!(objects[0], "mm/memory.o");
    assert_eq!(rows.len(), 4, "baseline and three strategies");

    // Independent builds: the user's KMSAN .config, and it with KMSAN unset.
    let own_kmsan = w.join("own-kmsan");
    let own_plain = w.join("own-plain");
    own_build(&src, &own_kmsan, &out.join(".config"), true);
    own_build(&src, &own_plain, &out.join(".config"), false);
    // The gcc column, when gcc-12 is there (CI installs it).
    let own_gcc = require("gcc", "gcc-12").map(|_| {
        let d = w.join("own-gcc");
        own_gcc_build(&src, &d, &out.join(".config"));
        d
    });
    assert_eq!(
        rows[0]["gcc_build"]["status"].as_str(),
        own_gcc.as_ref().map(|_| "ok"),
        "a gcc column exactly when gcc-12 is installed"
    );
    // The selection names the object the finding is in.
    let selections = summary["selections"].as_array().unwrap();
    assert!(
        selections
            .iter()
            .filter(|s| s["files"][0][1]["reach"] == "functions")
            .all(|s| strs(&s["selected"]).contains(&"mm/memory.o".to_string())),
        "{selections:?}"
    );
    let objs: Vec<&str> = objects.iter().map(String::as_str).collect();
    // Also each construct as `object: function: kind` (independently of the
    // row's own list).
    let measure = |label: &str| -> (Vec<String>, usize, PathBuf, Vec<String>) {
        make(&src, &own_kmsan, &objs);
        make(&src, &own_plain, &objs);
        if let Some(g) = &own_gcc {
            make_gcc(&src, g, &objs);
        }
        let mut messages = Vec::new();
        let mut spill = 0;
        let mut constructs = Vec::new();
        let keep = w.join(format!("plain-{label}"));
        for obj in &objects {
            let k = own_kmsan.join(obj);
            messages.extend(objtool_lines(&objtool_path, &k, obj));
            spill += spilled_count(&k);
            for f in findings(&scan_json(&k)) {
                let kind = f["kind"].as_str().unwrap_or_default();
                if ["spilled-rsp", "spilled-rsp-loop", "rsp-unknown-restore"].contains(&kind) {
                    constructs.push(format!(
                        "{obj}: {}: {kind}",
                        f["function"].as_str().unwrap_or_default()
                    ));
                }
            }
            let p = keep.join(obj);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::copy(own_plain.join(obj), &p).unwrap();
            if let Some(g) = &own_gcc {
                let p = keep.join("gcc").join(obj);
                std::fs::create_dir_all(p.parent().unwrap()).unwrap();
                std::fs::copy(g.join(obj), &p).unwrap();
            }
        }
        messages.sort();
        (messages, spill, keep, constructs)
    };
    let sorted = |v: &Value| {
        let mut s = strs(v);
        s.sort();
        s
    };

    let (base_msgs, base_spilled, base_plain, base_constructs) = measure("baseline");
    let baseline = rows[0];
    assert_eq!(sorted(&baseline["objtool"]), base_msgs);
    assert_eq!(baseline["spilled"].as_u64().unwrap() as usize, base_spilled);
    assert!(!base_msgs.is_empty());

    // The Kconfig candidate last: it reconfigures the shared build directories.
    let mut candidates: Vec<&Value> = rows[1..].to_vec();
    candidates.sort_by_key(|r| r["name"].as_str().unwrap().starts_with("frame-pointer"));
    let mut passing = Vec::new();
    for row in candidates {
        let name = row["name"].as_str().unwrap();
        let draft = PathBuf::from(row["candidate"]["draft"].as_str().unwrap());
        assert!(
            git_apply(&src, &draft, false),
            "{name} applies independently"
        );
        assert_eq!(row["applies"], true);
        let (msgs, spill, plain, constructs) = measure(name);
        assert!(git_apply(&src, &draft, true));
        assert_eq!(row["kmsan_build"]["status"], "ok", "{name}");
        assert_eq!(row["plain_build"]["status"], "ok", "{name}");
        assert_eq!(sorted(&row["objtool"]), msgs, "{name}: objtool");
        assert_eq!(row["objtool_clean"], msgs.is_empty(), "{name}");
        assert_eq!(
            row["spilled"].as_u64().unwrap() as usize,
            spill,
            "{name}: spilled"
        );
        // Gone: no spilled copy left, and no unprovable restore the baseline
        // does not have in the same function (one it has, e.g. across a
        // local callee rspill cannot read, is not the construct).
        let gone = constructs
            .iter()
            .all(|c| c.ends_with("rsp-unknown-restore") && base_constructs.contains(c));
        assert_eq!(row["construct_gone"], gone, "{name}");
        let mut changed = Vec::new();
        for obj in &objects {
            changed.extend(diff_changed(&base_plain.join(obj), &plain.join(obj), obj));
        }
        assert_eq!(
            strs(&row["codegen"]["changed"]),
            changed,
            "{name}: !KMSAN code"
        );
        let mut gcc_changed = Vec::new();
        if own_gcc.is_some() {
            assert_eq!(row["gcc_build"]["status"], "ok", "{name}: gcc");
            for obj in &objects {
                gcc_changed.extend(diff_changed(
                    &base_plain.join("gcc").join(obj),
                    &plain.join("gcc").join(obj),
                    obj,
                ));
            }
            assert_eq!(
                strs(&row["gcc_codegen"]["changed"]),
                gcc_changed,
                "{name}: !KMSAN gcc code"
            );
        }
        if row["passes"] == true {
            passing.push((
                name.to_string(),
                changed.len(),
                gcc_changed.len(),
                !row["config_changes"].as_array().unwrap().is_empty(),
                row["candidate"]["added"].as_u64().unwrap()
                    + row["candidate"]["removed"].as_u64().unwrap(),
            ));
        }
    }
    // The recommendation follows from the rows.
    passing
        .sort_by_key(|(n, changed, gcc, config, size)| (*changed, *gcc, *config, *size, n.clone()));
    assert_eq!(
        summary["recommendation"]["candidate"].as_str(),
        passing.first().map(|p| p.0.as_str()),
        "{passing:?}"
    );
    let t = &summary["timing"];
    eprintln!(
        "rspill fix: total {:.1} s, prepare {:.1} s, builds {:.1} s, objtool {:.1} s, rspill alone {:.1} s",
        t["total"].as_f64().unwrap(),
        t["prepare"].as_f64().unwrap(),
        t["builds"].as_f64().unwrap(),
        t["objtool"].as_f64().unwrap(),
        t["own"].as_f64().unwrap()
    );

    fix_from_the_build_directory_validates_on_vmlinux_o(w, &out, &objtool_path);
}

/// kbuild's vmlinux.o objtool options with CONFIG_X86_KERNEL_IBT (6.12).
const VMLINUX_OBJTOOL: &str = "--hacks=jump_label --hacks=noinstr --hacks=skylake --ibt --orc --retpoline --rethunk --static-call --uaccess --prefix=16 --noinstr --unret --link";

/// The link stage of an IBT build, made in the test's build directory (a
/// thin vmlinux.a whose one member is mm/memory.o, `.vmlinux.o.cmd` as
/// kbuild writes it), then `rspill fix OUT`: the finding is found by scanning
/// vmlinux.a's members, and objtool's verdict for every row comes from
/// vmlinux.o relinked with the row's rebuilt mm/memory.o. The baseline's
/// lines must be those of the same link and objtool run by hand.
fn fix_from_the_build_directory_validates_on_vmlinux_o(w: &Path, out: &Path, objtool_path: &Path) {
    let Some(ar) = require("llvm-ar-19", "llvm-ar-19") else {
        return;
    };
    run_ok(
        Command::new(ar)
            .current_dir(out)
            .args(["cDPrST", "vmlinux.a", "mm/memory.o"]),
    );
    std::fs::write(
        out.join(".vmlinux.o.cmd"),
        format!(
            "savedcmd_vmlinux.o := ld.lld-19 -m elf_x86_64 -z noexecstack -r -o vmlinux.o   --whole-archive vmlinux.a --no-whole-archive --start-group  --end-group  ; ./tools/objtool/objtool {VMLINUX_OBJTOOL} vmlinux.o\n"
        ),
    )
    .unwrap();
    // By hand: the same link and objtool run.
    let by_hand = w.join("by-hand");
    std::fs::create_dir_all(&by_hand).unwrap();
    run_ok(
        Command::new("ld.lld-19")
            .current_dir(&by_hand)
            .args([
                "-m",
                "elf_x86_64",
                "-z",
                "noexecstack",
                "-r",
                "-o",
                "vmlinux.o",
                "--whole-archive",
            ])
            .arg(out.join("mm/memory.o")),
    );
    let tool = out.join("tools/objtool/objtool");
    let tool = if tool.is_file() {
        tool
    } else {
        objtool_path.to_path_buf()
    };
    let o = Command::new(&tool)
        .current_dir(&by_hand)
        .env("SRCARCH", "x86")
        .args(VMLINUX_OBJTOOL.split(' '))
        .arg("vmlinux.o")
        .output()
        .unwrap();
    let expected: Vec<String> = rspill::objtool::run::messages(&format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    ))
    .iter()
    .map(|m| m.line_for("vmlinux.o"))
    .collect();
    assert!(
        expected
            .iter()
            .any(|l| l.contains("folio_zero_user+") && l.contains("undefined stack state")),
        "vmlinux.o of the reproduction fails objtool: {expected:?}"
    );

    let out_before = tree_hash(out);
    let scratch = w.join("scratch2");
    std::fs::create_dir_all(&scratch).unwrap();
    let o = rspill()
        .args(["fix", "-q", "-j2", "--format", "json", "--drafts"])
        .arg(w.join("drafts2"))
        .arg("--scratch")
        .arg(&scratch)
        .arg("--logs")
        .arg(w.join("logs2"))
        .arg(out)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("scan -> mm/memory.o: folio_zero_user+") && err.contains("1 object scanned"),
        "{err}"
    );
    assert!(
        err.contains("objtool runs on vmlinux.o in this build (1 members)"),
        "{err}"
    );
    assert_eq!(
        tree_hash(out),
        out_before,
        "the build directory must be untouched"
    );
    assert_eq!(
        std::fs::read_dir(&scratch).unwrap().count(),
        0,
        "scratch left behind"
    );
    let records = json_records(&o);
    let rows: Vec<&Value> = records.iter().filter(|r| r["type"] == "row").collect();
    assert_eq!(rows.len(), 4, "baseline and three strategies");
    let baseline = rows[0];
    assert_eq!(
        strs(&baseline["objtool"]),
        expected,
        "baseline: objtool on vmlinux.o"
    );
    assert_eq!(baseline["link"]["replaced"], 1);
    assert_eq!(baseline["objtool_clean"], false);
    for row in &rows[1..] {
        let name = row["name"].as_str().unwrap();
        if row["config_changes"].as_array().unwrap().is_empty() {
            // Relinked with its own rebuilt mm/memory.o.
            assert_eq!(row["link"]["replaced"], 1, "{name}");
            assert_eq!(
                row["objtool_clean"],
                strs(&row["objtool"]).is_empty() && row["link"]["objtool_status"] == 0,
                "{name}"
            );
        } else {
            // A configuration change: per object, said so.
            assert!(row["link"].is_null(), "{name}");
            assert!(
                strs(&row["notes"])
                    .iter()
                    .any(|n| n.contains("configuration differs")),
                "{name}: {row}"
            );
        }
    }
    let reorder = rows
        .iter()
        .find(|r| r["name"].as_str().unwrap().starts_with("reorder"))
        .unwrap();
    assert_eq!(
        reorder["objtool_clean"], true,
        "reorder passes on vmlinux.o: {reorder}"
    );
}
