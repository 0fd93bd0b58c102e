//! `fix` starting from what a failed build leaves, and `vmlinux.o` relinked and
//! checked the way kbuild records it, on a build directory of the test's own:
//! two committed KMSAN fixtures as the members of a thin `vmlinux.a`, a
//! `.vmlinux.o.cmd` with kbuild's vmlinux.o objtool options, the real ld.lld-19
//! and Debian's objtool.

mod common;
use common::*;
use rspill::check::link::KbuildLink;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// kbuild's objtool options for vmlinux.o in a CONFIG_X86_KERNEL_IBT build
/// (scripts/Makefile.vmlinux_o, 6.12 defconfig with clang).
const VMLINUX_OBJTOOL_OPTIONS: &str = "--hacks=jump_label --hacks=noinstr --hacks=skylake --ibt --orc --retpoline --rethunk --static-call --uaccess --prefix=16 --noinstr --unret --link";

const FAILING_LINE: &str = "vmlinux.o: warning: objtool: zero_ranges+0x190: undefined stack state";

struct MiniBuild {
    dir: PathBuf,
}

impl Drop for MiniBuild {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A directory shaped like a kbuild build: `.config`, members a.o (a
/// fixture objtool rejects) and b.o, a thin vmlinux.a, the recorded commands.
fn mini_build(name: &str) -> Option<MiniBuild> {
    let objtool = require("Debian's objtool", DEBIAN_OBJTOOL)?;
    require("ld.lld-19", "ld.lld-19")?;
    let ar = require("llvm-ar-19", "llvm-ar-19")?;
    let dir = std::env::temp_dir().join(format!("rspill-fix-start-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let build = MiniBuild { dir: dir.clone() };
    let c = repo().join("testdata/c");
    std::fs::copy(c.join("kmsan_spill_loop.o"), dir.join("a.o")).unwrap();
    std::fs::copy(c.join("kmsan_chain.o"), dir.join("sub/b.o")).unwrap();
    std::fs::write(dir.join(".config"), "CONFIG_KMSAN=y\n").unwrap();
    run_ok(
        Command::new(ar)
            .current_dir(&dir)
            .args(["cDPrST", "vmlinux.a", "a.o", "sub/b.o"]),
    );
    std::fs::write(
        dir.join(".vmlinux.o.cmd"),
        format!(
            "savedcmd_vmlinux.o := ld.lld-19 -m elf_x86_64 -z noexecstack -r -o vmlinux.o   --whole-archive vmlinux.a --no-whole-archive --start-group  --end-group  ; {} {VMLINUX_OBJTOOL_OPTIONS} vmlinux.o\n\nvmlinux.o: $(wildcard ./tools/objtool/objtool)\n",
            objtool.display()
        ),
    )
    .unwrap();
    Some(build)
}

fn clean_object(dest: &Path) -> Option<()> {
    let clang = require("clang-19", "clang-19")?;
    run_ok(
        Command::new(clang)
            .args([
                "--target=x86_64-linux-gnu",
                "-c",
                "-O2",
                "-mno-red-zone",
                "-mcmodel=kernel",
                "-fno-pic",
                "-mfunction-return=thunk-extern",
                "-fno-asynchronous-unwind-tables",
                "-o",
            ])
            .arg(dest)
            .arg(repo().join("testdata/link/clean.c")),
    );
    Some(())
}

fn files_of(dir: &Path) -> Vec<(PathBuf, u64)> {
    walk(dir)
        .into_iter()
        .map(|p| {
            let len = p.metadata().unwrap().len();
            (p, len)
        })
        .collect()
}

#[test]
fn vmlinux_o_relinked_as_recorded_fails_like_the_build_and_passes_with_a_fixed_member() {
    let Some(build) = mini_build("link") else {
        return;
    };
    let link = KbuildLink::read(&build.dir)
        .expect("the recorded commands are read")
        .expect("objtool runs on vmlinux.o");
    assert_eq!(link.members, ["a.o", "sub/b.o"]);
    assert_eq!(link.objtool_options(), VMLINUX_OBJTOOL_OPTIONS);
    let before = files_of(&build.dir);
    let work = build.dir.with_extension("work");

    // As the build links it: objtool's own line, as kbuild would print it.
    let v = link.validate(&BTreeMap::new(), &work, None).unwrap();
    assert_eq!(v.messages, [FAILING_LINE]);
    assert_eq!(v.replaced, 0);
    assert_eq!(v.members, 2);
    assert!(!v.passes());

    // The build named relative to the current directory (`--build out`): the
    // recorded commands run in the scratch directory, where that names nothing.
    let cwd = std::env::current_dir().unwrap();
    let up: PathBuf = cwd.components().skip(1).map(|_| "..").collect();
    let relative = up.join(build.dir.strip_prefix("/").unwrap());
    let from_relative = KbuildLink::read(&relative).unwrap().unwrap();
    // Deeper than the current directory: `../..` from there is not the root.
    let deep = work.join("a/b/c/d/e/f");
    let v = from_relative
        .validate(&BTreeMap::new(), &deep, None)
        .unwrap();
    assert_eq!(v.messages, [FAILING_LINE]);
    std::fs::remove_dir_all(work.join("a")).unwrap();

    // The failing member replaced by an object objtool accepts.
    let rebuilt = work.join("rebuilt-a.o");
    std::fs::create_dir_all(&work).unwrap();
    if clean_object(&rebuilt).is_none() {
        return;
    }
    let replaced = BTreeMap::from([
        ("a.o".to_string(), rebuilt.clone()),
        // Not a member (a module object): ignored by the link.
        ("drivers/x.o".to_string(), rebuilt.clone()),
    ]);
    let v = link.validate(&replaced, &work, None).unwrap();
    assert_eq!(v.replaced, 1);
    assert!(v.messages.is_empty(), "{:?}", v.messages);
    assert_eq!(v.objtool_status, Some(0));
    assert!(v.passes());

    // The relinked vmlinux.o is scratch: gone; the build directory untouched.
    assert!(!work.join("vmlinux.o").exists());
    assert_eq!(files_of(&build.dir), before);
    std::fs::remove_dir_all(&work).unwrap();
}

#[test]
fn a_build_without_objtool_on_vmlinux_o_is_checked_per_object_and_odd_records_are_refused() {
    let dir = std::env::temp_dir().join(format!("rspill-fix-start-odd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // No .vmlinux.o.cmd: objtool runs per object.
    assert!(KbuildLink::read(&dir).unwrap().is_none());
    // Linked without objtool (a build without CONFIG_OBJTOOL on vmlinux.o).
    std::fs::write(
        dir.join(".vmlinux.o.cmd"),
        "savedcmd_vmlinux.o := ld -r -o vmlinux.o --whole-archive vmlinux.a\n",
    )
    .unwrap();
    assert!(KbuildLink::read(&dir).unwrap().is_none());
    // objtool recorded but vmlinux.a missing: an error naming the file.
    std::fs::write(
        dir.join(".vmlinux.o.cmd"),
        "savedcmd_vmlinux.o := ld -r -o vmlinux.o --whole-archive vmlinux.a ; ./tools/objtool/objtool --orc --link vmlinux.o\n",
    )
    .unwrap();
    let e = KbuildLink::read(&dir).unwrap_err();
    assert!(e.contains("vmlinux.a"), "{e}");
    // Shell syntax in the record: not rerun.
    std::fs::write(
        dir.join(".vmlinux.o.cmd"),
        "savedcmd_vmlinux.o := ld -r -o vmlinux.o $$(cat list) ; ./tools/objtool/objtool --link vmlinux.o\n",
    )
    .unwrap();
    let e = KbuildLink::read(&dir).unwrap_err();
    assert!(e.contains("shell syntax"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

fn stderr_of(args: &[&str], cwd: &Path) -> (String, Option<i32>) {
    let out = rspill().current_dir(cwd).args(args).output().unwrap();
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn fix_starts_from_the_build_directory_or_the_failed_build_log() {
    let Some(build) = mini_build("start") else {
        return;
    };
    // A tree for the build (kbuild's `source` link); the fixtures' asm
    // statements are not in it, so no draft can be written: only where the
    // findings come from is asserted here.
    let tree = build.dir.with_extension("tree");
    std::fs::create_dir_all(&tree).unwrap();
    std::os::unix::fs::symlink(&tree, build.dir.join("source")).unwrap();
    let b = build.dir.display().to_string();
    let drafts = build.dir.with_extension("drafts");
    let d = drafts.display().to_string();

    // The build directory: vmlinux.a's members are scanned.
    let (err, _) = stderr_of(&["fix", "--no-check", "--drafts", &d, &b], &tree);
    assert!(err.contains("2 objects scanned"), "{err}");
    assert!(
        err.contains("scan -> a.o: zero_ranges+0x190: undefined stack state"),
        "{err}"
    );
    assert!(!err.contains("sub/b.o:"), "{err}");
    // Its vmlinux.o means the same.
    let (err2, _) = stderr_of(
        &[
            "fix",
            "--no-check",
            "--drafts",
            &d,
            &format!("{b}/vmlinux.o"),
        ],
        &tree,
    );
    assert!(err2.contains("scan -> a.o:"), "{err2}");

    // The log of the failed build: the build directory from make's
    // `Entering directory`, the function mapped to the member defining it.
    let log = build.dir.with_extension("log");
    std::fs::write(
        &log,
        format!(
            "make[1]: Entering directory '{b}'\n  LD      vmlinux.o\n{FAILING_LINE}\nvmlinux.o: error: objtool: zero_ranges+0x190: unknown CFA base reg -1\nvmlinux.o: warning: objtool: nowhere_defined+0x4: undefined stack state\nmake[2]: *** [scripts/Makefile.vmlinux_o:62: vmlinux.o] Error 255\n"
        ),
    )
    .unwrap();
    let l = log.display().to_string();
    let (err, _) = stderr_of(&["fix", "--no-check", "--drafts", &d, "--log", &l], &tree);
    assert!(
        err.contains(&format!(
            "log:3 -> a.o: {FAILING_LINE} (rspill's scan predicts this line)"
        )),
        "{err}"
    );
    // The follow-up line of the same function is not a second finding.
    assert!(!err.contains("log:4"), "{err}");
    assert!(
        err.contains("log line 5: vmlinux.o: warning: objtool: nowhere_defined+0x4: undefined stack state: no object of"),
        "{err}"
    );

    // A log that does not say where it ran, alone: a clear error.
    let bare = build.dir.with_extension("bare.log");
    std::fs::write(&bare, format!("{FAILING_LINE}\n")).unwrap();
    let (err, code) = stderr_of(
        &["fix", "--no-check", "--log", &bare.display().to_string()],
        &tree,
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("Entering directory"), "{err}");
    // ... and with the build directory named it works.
    let (err, _) = stderr_of(
        &[
            "fix",
            "--no-check",
            "--drafts",
            &d,
            "--log",
            &bare.display().to_string(),
            &b,
        ],
        &tree,
    );
    assert!(err.contains("log:1 -> a.o:"), "{err}");

    for p in [&tree, &drafts] {
        let _ = std::fs::remove_dir_all(p);
    }
    for p in [&log, &bare] {
        let _ = std::fs::remove_file(p);
    }
}
