//! Helpers for tests on the real kernel tree: kbuild with clang-19 (LLVM=-19).

use super::*;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn make(src: &Path, out: &Path, args: &[&str]) {
    run_ok(
        Command::new("make")
            .current_dir(src)
            .arg("LLVM=-19")
            .arg(format!("O={}", out.display()))
            .arg("-j2")
            .args(args),
    );
}

/// defconfig + DEBUG_INFO (+ KMSAN + KCOV when `kmsan`), then `make prepare`.
pub fn configure(src: &Path, out: &Path, kmsan: bool) {
    make(src, out, &["defconfig"]);
    let mut opts = vec![
        "-e",
        "DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT",
        "-d",
        "DEBUG_INFO_NONE",
    ];
    if kmsan {
        opts.extend(["-e", "KMSAN", "-e", "KCOV"]);
    }
    run_ok(
        Command::new(src.join("scripts/config"))
            .arg("--file")
            .arg(out.join(".config"))
            .args(&opts),
    );
    make(src, out, &["olddefconfig"]);
    let config = std::fs::read_to_string(out.join(".config")).unwrap();
    let has = |opt: &str| config.lines().any(|l| l == opt);
    assert!(has("CONFIG_DEBUG_INFO=y") && has("CONFIG_UNWINDER_ORC=y"));
    assert_eq!(has("CONFIG_KMSAN=y"), kmsan);
    assert_eq!(has("CONFIG_KCOV=y"), kmsan);
    make(src, out, &["prepare"]);
}

pub fn configure_kmsan(src: &Path, out: &Path) {
    configure(src, out, true);
}

pub fn patch(src: &Path, name: &str, reverse: bool) {
    let mut cmd = Command::new("patch");
    cmd.current_dir(src)
        .args(["-p1", "-s", "-i"])
        .arg(repo().join("testdata/kernel").join(name));
    if reverse {
        cmd.arg("-R");
    }
    run_ok(&mut cmd);
}

/// The tools the kernel tests need and Debian's linux-source-6.12 unpacked into a
/// fresh directory: (the directory, the tree, Debian's objtool). None, with the
/// test skipped, when something is missing (a failure under RSPILL_REQUIRE_TOOLS=1).
pub fn unpacked_kernel(prefix: &str) -> Option<(tempfile::TempDir, PathBuf, PathBuf)> {
    let (Some(_), Some(_), Some(objtool_path), Some(_)) = (
        require("clang-19", "clang-19"),
        require("ld.lld-19", "ld.lld-19"),
        require("Debian's objtool", DEBIAN_OBJTOOL),
        require("Debian's linux-source-6.12", KERNEL_TARBALL),
    ) else {
        return None;
    };
    let work = tempfile::Builder::new().prefix(prefix).tempdir().unwrap();
    run_ok(
        Command::new("tar")
            .arg("-C")
            .arg(work.path())
            .arg("-xf")
            .arg(KERNEL_TARBALL),
    );
    let src = work.path().join("linux-source-6.12");
    Some((work, src, objtool_path))
}
