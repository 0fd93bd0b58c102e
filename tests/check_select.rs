//! check's object selection against the compiler: every unit whose code a
//! draft changes must be selected (testdata/select/README.md has the cases).

mod common;

use common::*;
use object::{Object, ObjectSection};
use rspill::check::select::{Reach, build_objects, input_facts, select};
use rspill::fixes::macro_index::MacroIndex;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const UNITS: [&str; 4] = ["folds", "pokes", "branches", "unused"];

/// A draft of `include/sel.h` replacing `old` by `new` on line `line`.
fn draft(line: usize, old: &str, new: &str) -> String {
    format!(
        "diff --git a/include/sel.h b/include/sel.h\n--- a/include/sel.h\n+++ b/include/sel.h\n@@ -{line},1 +{line},1 @@\n-{old}\n+{new}\n-- \ntest\n"
    )
}

/// The tree (`include/sel.h` and the units) and a kbuild-like build directory
/// with each unit's object and `.NAME.o.cmd` naming its dependencies.
fn build(clang: &Path, root: &Path, header: &str) -> (PathBuf, PathBuf) {
    let tree = root.join("tree");
    let out = root.join("out");
    std::fs::create_dir_all(tree.join("include")).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(tree.join("include/sel.h"), header).unwrap();
    for u in UNITS {
        let src = tree.join(format!("{u}.c"));
        std::fs::copy(repo().join(format!("testdata/select/{u}.c")), &src).unwrap();
        run_ok(
            Command::new(clang)
                .args(["-O2", "-g", "-c", "-I"])
                .arg(tree.join("include"))
                .arg(&src)
                .arg("-o")
                .arg(out.join(format!("{u}.o"))),
        );
        std::fs::write(
            out.join(format!(".{u}.o.cmd")),
            format!(
                "cmd_{u}.o := clang-19 -O2 -g -c {u}.c\n\nsource_{u}.o := {src}\n\ndeps_{u}.o := \\\n  {src} \\\n  {hdr} \\\n\n{u}.o: $(deps_{u}.o)\n",
                src = src.display(),
                hdr = tree.join("include/sel.h").display()
            ),
        )
        .unwrap();
    }
    (tree, out)
}

/// The draft to `poke()`'s asm (sel.h line 12) the tests share.
fn poke_draft() -> String {
    draft(
        12,
        "\tasm volatile(\"movl $1, %0\" : \"=m\" (*p));",
        "\tasm volatile(\"movl $2, %0\" : \"=m\" (*p));",
    )
}

fn text_bytes(object: &Path) -> Vec<u8> {
    let data = std::fs::read(object).unwrap();
    let file = object::File::parse(&*data).unwrap();
    file.sections()
        .filter(|s| s.name().is_ok_and(|n| n.starts_with(".text")))
        .flat_map(|s| s.data().unwrap().to_vec())
        .collect()
}

#[test]
fn the_selection_holds_every_unit_whose_code_the_draft_changes() {
    let Some(clang) = require("clang", "clang-19") else {
        return;
    };
    let header = std::fs::read_to_string(repo().join("testdata/select/sel.h")).unwrap();
    let work = tempfile::tempdir().unwrap();
    let (tree, out) = build(&clang, &work.path().join("base"), &header);
    let objects = build_objects(&out);
    assert_eq!(objects.len(), UNITS.len(), "{objects:?}");
    let mut macros = HashMap::new();
    macros.insert(
        "include/sel.h".to_string(),
        MacroIndex::of_files(vec![tree.join("include/sel.h")]),
    );
    let knob = draft(7, "\treturn 1;", "\treturn 2;");
    let poke = poke_draft();
    for (name, patch, from, to, narrowed) in [
        ("knob", &knob, "\treturn 1;", "\treturn 2;", false),
        ("poke", &poke, "movl $1, %0", "movl $2, %0", true),
    ] {
        let facts = input_facts(&out, &objects);
        let s = select(name, patch, &tree, &out, &objects, &facts, &macros);
        assert_eq!(s.includers, UNITS.len(), "{name}");
        match (&s.files[0].1, narrowed) {
            (Reach::Functions { names }, true) => assert_eq!(names, &["poke".to_string()]),
            (Reach::Includers { why }, false) => {
                assert!(why.contains("not inside an asm"), "{name}: {why}")
            }
            (r, _) => panic!("{name}: reach {r:?}"),
        }
        // The truth: every unit compiled again with the edited header.
        let edited = header.replacen(from, to, 1);
        assert_ne!(edited, header);
        let (_, out2) = build(&clang, &work.path().join(name), &edited);
        let changed: Vec<String> = UNITS
            .iter()
            .filter(|u| {
                text_bytes(&out.join(format!("{u}.o"))) != text_bytes(&out2.join(format!("{u}.o")))
            })
            .map(|u| format!("{u}.o"))
            .collect();
        for c in &changed {
            assert!(
                s.selected.contains(c),
                "{name}: {c} changed but was not selected ({:?})",
                s.selected
            );
        }
        if narrowed {
            // Precise too: the units that do not emit poke are left out.
            assert_eq!(changed, ["pokes.o", "branches.o"], "{name}");
            let mut selected = s.selected.clone();
            selected.sort();
            assert_eq!(selected, ["branches.o", "pokes.o"], "{name}");
        } else {
            assert_eq!(changed, ["folds.o"], "{name}: the folded unit changes");
        }
    }
}

#[test]
fn a_build_directory_that_is_none_is_an_error_not_an_empty_selection() {
    let work = tempfile::tempdir().unwrap();
    let tree = work.path().join("tree");
    std::fs::create_dir_all(tree.join("include")).unwrap();
    std::fs::write(tree.join("Makefile"), "# test\n").unwrap();
    std::fs::write(tree.join("include/sel.h"), "int x;\n").unwrap();
    let draft = work.path().join("d.patch");
    std::fs::write(&draft, draft_bytes()).unwrap();
    let empty = work.path().join("out");
    std::fs::create_dir_all(&empty).unwrap();
    let o = rspill()
        .args(["check", "--plan", "--tree"])
        .arg(&tree)
        .args(["--objects", "a.o", "--build"])
        .arg(&empty)
        .arg(&draft)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("not a kbuild build directory"), "{err}");
}

fn draft_bytes() -> Vec<u8> {
    b"diff --git a/include/sel.h b/include/sel.h\n--- a/include/sel.h\n+++ b/include/sel.h\n@@ -1,1 +1,2 @@\n int x;\n+int y;\n".to_vec()
}

/// Blind review 20: a unit that reaches the header through a symlinked
/// include directory has the symlink's path in its dependency file; the edit
/// of the real file reaches it all the same (the truth: its code changes).
#[test]
fn a_header_reached_through_a_symlinked_directory_is_included() {
    let Some(clang) = require("clang", "clang-19") else {
        return;
    };
    let header = std::fs::read_to_string(repo().join("testdata/select/sel.h")).unwrap();
    let work = tempfile::tempdir().unwrap();
    let (tree, out) = build(&clang, &work.path().join("base"), &header);
    std::os::unix::fs::symlink("include", tree.join("linked")).unwrap();
    let cmd = out.join(".folds.o.cmd");
    let text = std::fs::read_to_string(&cmd).unwrap();
    let via_link = text.replace("/include/sel.h", "/linked/sel.h");
    assert_ne!(via_link, text);
    std::fs::write(&cmd, via_link).unwrap();
    let objects = build_objects(&out);
    let knob = draft(7, "\treturn 1;", "\treturn 2;");
    let facts = input_facts(&out, &objects);
    let s = select(
        "knob",
        &knob,
        &tree,
        &out,
        &objects,
        &facts,
        &HashMap::new(),
    );
    assert_eq!(s.includers, UNITS.len(), "{:?}", s.selected);
    assert!(
        s.selected.contains(&"folds.o".to_string()),
        "{:?}",
        s.selected
    );
    // The truth: folds.o, built through the link, changes with the edit.
    let edited = header.replacen("\treturn 1;", "\treturn 2;", 1);
    let compile = |dir: &str, o: &Path| {
        run_ok(
            Command::new(&clang)
                .args(["-O2", "-g", "-c", "-I"])
                .arg(tree.join(dir))
                .arg(tree.join("folds.c"))
                .arg("-o")
                .arg(o),
        )
    };
    let before = work.path().join("before.o");
    compile("linked", &before);
    std::fs::write(tree.join("include/sel.h"), edited).unwrap();
    let after = work.path().join("after.o");
    compile("linked", &after);
    assert_ne!(text_bytes(&before), text_bytes(&after));
}

/// Blind review 20: DWARF that names a unit's functions but not what was
/// inlined into them — clang's `-gno-inline-line-tables`, and GNU as writing
/// DWARF for a unit gcc compiled `-g0` — must not count as "does not emit
/// the function". branches.o inlines `poke` (the first test's truth), so
/// rebuilt either way it must stay selected, with the reason.
#[test]
fn dwarf_without_inlined_scopes_does_not_rule_an_object_out() {
    let Some(clang) = require("clang", "clang-19") else {
        return;
    };
    let header = std::fs::read_to_string(repo().join("testdata/select/sel.h")).unwrap();
    let poke = poke_draft();
    let gcc = require("gcc", "gcc-12");
    let mut variants = vec![(
        clang.clone(),
        "-g -gno-inline-line-tables",
        "-gno-inline-line-tables",
    )];
    if let Some(gcc) = &gcc {
        variants.push((
            gcc.clone(),
            "-g0 -Wa,--gdwarf-5",
            "written by the assembler",
        ));
    }
    for (cc, flags, why) in variants {
        let work = tempfile::tempdir().unwrap();
        let (tree, out) = build(&clang, work.path(), &header);
        let object = out.join("branches.o");
        run_ok(
            Command::new(&cc)
                .arg("-O2")
                .args(flags.split(' '))
                .arg("-c")
                .arg("-I")
                .arg(tree.join("include"))
                .arg(tree.join("branches.c"))
                .arg("-o")
                .arg(&object),
        );
        let cmd = out.join(".branches.o.cmd");
        let text = std::fs::read_to_string(&cmd).unwrap();
        std::fs::write(&cmd, text.replacen(" -g ", &format!(" {flags} "), 1)).unwrap();
        // The premise: this DWARF does not name poke.
        let data = std::fs::read(&object).unwrap();
        assert!(memchr::memmem::find(&data, b"poke\0").is_none(), "{flags}");
        let mut macros = HashMap::new();
        macros.insert(
            "include/sel.h".to_string(),
            MacroIndex::of_files(vec![tree.join("include/sel.h")]),
        );
        let objects = build_objects(&out);
        let facts = input_facts(&out, &objects);
        let s = select("poke", &poke, &tree, &out, &objects, &facts, &macros);
        assert!(
            matches!(&s.files[0].1, Reach::Functions { .. }),
            "{:?}",
            s.files
        );
        assert!(
            s.selected.contains(&"branches.o".to_string()),
            "{flags}: {:?}",
            s.selected
        );
        assert!(
            s.unsure
                .iter()
                .any(|u| u.starts_with("branches.o") && u.contains(why)),
            "{flags}: {:?}",
            s.unsure
        );
    }
}

/// Blind review 21: what a unit's dependency list and DWARF do not show.
/// `hidden.c` hands `include/sel.h` to the assembler (`.incbin`, which no
/// dependency file records, the name joined from two C literals: review 22),
/// and `quiet.c` calls `poke` from a function compiled `nodebug` through a
/// macro, with a struct member of the same name so that the name is in its
/// DWARF strings. Both objects' bytes change with
/// the poke edit (the truth, compiled both ways); both must be selected.
#[test]
fn inputs_the_dependency_lists_and_dwarf_do_not_show_are_selected() {
    let Some(clang) = require("clang", "clang-19") else {
        return;
    };
    let header = std::fs::read_to_string(repo().join("testdata/select/sel.h")).unwrap();
    let poke = poke_draft();
    let units = [
        (
            "hidden",
            // The name in two C literals (blind review 22): any file.
            "asm(\".pushsection .rodata\\n.incbin \\\"include/sel\" \".h\\\"\\n.popsection\");\nint hidden;\n",
            false,
        ),
        (
            "quiet",
            "#include \"sel.h\"\n#define QUIET __attribute__((nodebug, noinline))\nstruct names { int pokes_here; };\nstruct names pokes;\nQUIET void pokes_here(int *p) { poke(p); }\n",
            true,
        ),
    ];
    let compile = |tree: &Path, out: &Path| {
        for (u, text, _) in units {
            std::fs::write(tree.join(format!("{u}.c")), text).unwrap();
            run_ok(
                Command::new(&clang)
                    .current_dir(tree)
                    .args(["-O2", "-g", "-c", "-I", "include"])
                    .arg(format!("{u}.c"))
                    .arg("-o")
                    .arg(out.join(format!("{u}.o"))),
            );
        }
    };
    let work = tempfile::tempdir().unwrap();
    let (tree, out) = build(&clang, &work.path().join("base"), &header);
    compile(&tree, &out);
    for (u, _, includes) in units {
        // The dependency list as clang's -MD writes it: `.incbin` is not there.
        let src = tree.join(format!("{u}.c"));
        let hdr = tree.join("include/sel.h");
        let deps = if includes {
            format!("  {} \\\n  {} \\\n", src.display(), hdr.display())
        } else {
            format!("  {} \\\n", src.display())
        };
        std::fs::write(
            out.join(format!(".{u}.o.cmd")),
            format!("cmd_{u}.o := clang-19 -O2 -g -c {u}.c\n\ndeps_{u}.o := \\\n{deps}\n"),
        )
        .unwrap();
    }
    // The premises: quiet.o's DWARF strings hold the caller's name but not
    // poke's.
    let quiet = std::fs::read(out.join("quiet.o")).unwrap();
    assert!(memchr::memmem::find(&quiet, b"pokes_here\0").is_some());
    assert!(memchr::memmem::find(&quiet, b"poke\0").is_none());
    // The truth.
    let (tree2, out2) = build(
        &clang,
        &work.path().join("edited"),
        &header.replacen("movl $1, %0", "movl $2, %0", 1),
    );
    compile(&tree2, &out2);
    for u in ["hidden.o", "quiet.o"] {
        assert_ne!(
            std::fs::read(out.join(u)).unwrap(),
            std::fs::read(out2.join(u)).unwrap(),
            "{u} must change with the edit"
        );
    }
    let objects = build_objects(&out);
    let facts = input_facts(&out, &objects);
    let mut macros = HashMap::new();
    macros.insert(
        "include/sel.h".to_string(),
        MacroIndex::of_files(vec![tree.join("include/sel.h")]),
    );
    let s = select("poke", &poke, &tree, &out, &objects, &facts, &macros);
    assert!(matches!(&s.files[0].1, Reach::Functions { .. }));
    for u in ["hidden.o", "quiet.o"] {
        assert!(s.selected.contains(&u.to_string()), "{u}: {:?}", s.selected);
    }
    assert!(
        s.unsure
            .iter()
            .any(|u| u.starts_with("quiet.o") && u.contains("nodebug")),
        "{:?}",
        s.unsure
    );
}
