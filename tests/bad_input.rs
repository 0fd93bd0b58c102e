//! Bad input: every broken file gets a clear error naming it, exit status 2, no
//! panic, and the other inputs are still scanned. Broken files are generated at
//! test time from committed fixtures.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A good fixture with one objtool-visible finding (spilled_loop.o).
fn good() -> PathBuf {
    repo().join("testdata/asm/spilled_loop.o")
}

fn scan(paths: &[&Path]) -> Output {
    rspill().arg("scan").args(paths).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit 2, one error line naming `bad` that contains `what`, no panic, and the
/// good fixture scanned alongside it.
fn assert_rejected_with_good_scanned(bad: &Path, what: &str) {
    let out = scan(&[bad, &good()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{}: {err}", bad.display());
    assert!(!err.contains("panicked"), "{err}");
    let line = err
        .lines()
        .find(|l| l.starts_with(&format!("{}: error: rspill: ", bad.display())))
        .unwrap_or_else(|| panic!("no error line for {}: {err}", bad.display()));
    assert!(line.contains(what), "{line:?} should say {what:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("spilled_loop.o: warning: rspill: spill_loop"),
        "good file not scanned: {stdout}"
    );
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    assert_rejected_with_good_scanned(&write(dir.path(), "empty.o", b""), "empty file");
}

#[test]
fn non_elf_file() {
    let dir = tempfile::tempdir().unwrap();
    assert_rejected_with_good_scanned(
        &write(dir.path(), "notes.o", b"just some text\n"),
        "not an ELF file",
    );
}

#[test]
fn truncated_at_many_points() {
    let bytes = std::fs::read(good()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for cut in [
        1,
        4,
        16,
        63,
        64,
        100,
        bytes.len() / 3,
        bytes.len() / 2,
        bytes.len() - 64,
        bytes.len() - 1,
    ] {
        let p = write(dir.path(), &format!("cut{cut}.o"), &bytes[..cut]);
        let out = scan(&[&p, &good()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "cut at {cut}: {err}");
        assert!(!err.contains("panicked"), "cut at {cut}: {err}");
        assert!(
            err.contains(&format!("{}: error: rspill: ", p.display())),
            "cut at {cut}: {err}"
        );
    }
}

#[test]
fn thirty_two_bit_object() {
    assert_rejected_with_good_scanned(&repo().join("testdata/bad/i386.o"), "32-bit");
}

/// A kernel build directory holds 32-bit objects (vDSO32, real-mode and boot
/// code): a directory walk passes over them, says how many, and does not fail.
#[test]
fn thirty_two_bit_objects_in_a_directory_are_passed_over() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo().join("testdata/bad/i386.o"),
        dir.path().join("vdso32.o"),
    )
    .unwrap();
    std::fs::copy(good(), dir.path().join("good.o")).unwrap();
    let out = scan(&[dir.path()]);
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("rspill: 1 files"), "{err}");
    assert!(
        err.contains("(1 32-bit objects in directories passed over)"),
        "{err}"
    );
    assert!(!err.contains("vdso32.o"), "{err}");
}

/// `.o` files that are no ELF (LLVM bitcode of an LTO build, an empty
/// file) are passed over in a directory walk, and said so with the first's
/// path (a blind review found them skipped in silence); `diff` of two trees
/// holding them is not "identical": each is an error there.
#[test]
fn non_elf_objects_in_a_directory_are_passed_over_and_named() {
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    for (n, d) in dirs.iter().enumerate() {
        std::fs::copy(good(), d.path().join("good.o")).unwrap();
        // LLVM bitcode's magic, then bytes that differ between the trees.
        write(d.path(), "bitcode.o", &[b'B', b'C', 0xc0, 0xde, n as u8]);
        write(d.path(), "empty.o", b"");
    }
    let out = scan(&[dirs[0].path()]);
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("rspill: 1 files")
            && err.contains(&format!(
                "(2 .o files in directories are no ELF and were passed over, {} the first",
                dirs[0].path().join("bitcode.o").display()
            )),
        "{err}"
    );
    let json = rspill()
        .args(["scan", "--format", "json"])
        .arg(dirs[0].path())
        .output()
        .unwrap();
    let summary = json_records(&json).pop().unwrap();
    assert_eq!(summary["skipped_not_elf"], 2, "{summary}");
    let diff = rspill()
        .arg("diff")
        .arg(dirs[0].path())
        .arg(dirs[1].path())
        .output()
        .unwrap();
    let err = stderr(&diff);
    assert_eq!(diff.status.code(), Some(2), "{err}");
    for name in ["bitcode.o", "empty.o"] {
        assert!(
            err.contains(&format!(
                "{}: error: rspill: not an ELF object",
                dirs[0].path().join(name).display()
            )),
            "{name}: {err}"
        );
    }
}

/// LLVM bitcode under another name than `.o` (a blind review's case:
/// `vmlinux`, `x.bc`) that differs between two trees makes `diff` no
/// "identical": it is linked like an object whatever its name.
#[test]
fn diff_of_directories_with_differing_bitcode_of_any_name_is_not_identical() {
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    for (n, d) in dirs.iter().enumerate() {
        std::fs::copy(good(), d.path().join("good.o")).unwrap();
        write(d.path(), "x.bc", &[b'B', b'C', 0xc0, 0xde, n as u8]);
    }
    let out = rspill()
        .arg("diff")
        .arg(dirs[0].path())
        .arg(dirs[1].path())
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("that may hold code") && err.contains("x.bc"),
        "{err}"
    );
}

/// `diff` of two build directories does not leave 32-bit objects out
/// silently: two trees that differ only there are not "identical".
#[test]
fn diff_of_directories_with_32_bit_objects_says_they_were_not_compared() {
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    for d in &dirs {
        std::fs::copy(
            repo().join("testdata/bad/i386.o"),
            d.path().join("vdso32.o"),
        )
        .unwrap();
        std::fs::copy(good(), d.path().join("good.o")).unwrap();
    }
    let out = rspill()
        .arg("diff")
        .arg(dirs[0].path())
        .arg(dirs[1].path())
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("1 32-bit objects (vDSO32, real-mode, boot code) are not compared"),
        "{err}"
    );
}

#[test]
fn aarch64_object() {
    assert_rejected_with_good_scanned(&repo().join("testdata/bad/aarch64.o"), "AArch64");
}

#[test]
fn stripped_object() {
    assert_rejected_with_good_scanned(
        &repo().join("testdata/bad/x86_64_stripped.o"),
        "no symbol table",
    );
}

/// Rewrite the first STT_FUNC symbol's value (and size) so that it lies past the
/// end of its section: that function is reported and skipped, the rest scanned.
#[test]
fn symbol_past_section_end() {
    use object::{Object, ObjectSection, ObjectSymbol, SymbolKind};
    let source = repo().join("testdata/asm/unknown.o");
    let mut bytes = std::fs::read(&source).unwrap();
    let file = object::File::parse(&*bytes).unwrap();
    let symtab = file.section_by_name(".symtab").unwrap();
    let (symtab_off, _) = symtab.file_range().unwrap();
    let victim = file
        .symbols()
        .find(|s| s.kind() == SymbolKind::Text && s.size() > 0)
        .unwrap();
    let name = victim.name().unwrap().to_string();
    let entry = symtab_off as usize + victim.index().0 * 24;
    drop(file);
    // Elf64_Sym: st_name(4) st_info(1) st_other(1) st_shndx(2) st_value(8) st_size(8)
    bytes[entry + 8..entry + 16].copy_from_slice(&0x10_0000u64.to_le_bytes());
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "past_end.o", &bytes);
    let out = scan(&[&bad]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!(
            "{}: error: rspill: function {name}",
            bad.display()
        )),
        "{err}"
    );
    assert!(err.contains("past the end of section"), "{err}");
    // The file's other functions are still analysed.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("past_end.o: warning: rspill:"), "{stdout}");
    assert!(!stdout.contains(&format!("{name}+")), "{stdout}");
}

#[test]
fn missing_path() {
    let out = scan(&[Path::new("/nonexistent/rspill/input.o"), &good()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("/nonexistent/rspill/input.o: error: rspill: "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn mixed_directory() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub dir");
    std::fs::create_dir(&sub).unwrap();
    std::fs::copy(good(), sub.join("good.o")).unwrap();
    std::fs::copy(
        repo().join("testdata/bad/aarch64.o"),
        dir.path().join("arm.o"),
    )
    .unwrap();
    let bytes = std::fs::read(good()).unwrap();
    write(dir.path(), "truncated.o", &bytes[..bytes.len() / 2]);
    write(dir.path(), "README", b"not an object, skipped in a walk\n");
    write(
        dir.path(),
        "bitcode.o",
        b"BC\xc0\xde not ELF: skipped in a walk",
    );
    let out = rspill()
        .args(["scan", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let records = json_records(&out);
    let errors: Vec<&str> = records
        .iter()
        .filter(|r| r["type"] == "error")
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors.iter().any(|f| f.ends_with("arm.o"))
            && errors.iter().any(|f| f.ends_with("truncated.o"))
    );
    assert!(
        findings(&records)
            .iter()
            .any(|f| f["file"].as_str().unwrap().ends_with("sub dir/good.o"))
    );
    let summary = records.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["files"], 1);
    assert_eq!(summary["errors"], 2);
}
