//! Golden files for the outputs users and scripts read (tests/golden/): scan
//! text, `--explain`, `--trace`, JSON and SARIF; diff text, JSON and markdown;
//! the three suggest mails; the rewrite and extract reports; the check verdict
//! table as text, markdown and JSON Lines. A changed column,
//! field or word fails here with the difference shown; when the change is
//! meant, `RSPILL_BLESS=1 cargo test --test golden` rewrites the files, and the
//! golden diff is reviewed with the change. Paths of scratch directories and
//! the tool's version are written as placeholders.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn golden_dir() -> PathBuf {
    repo().join("tests/golden")
}

fn blessing() -> bool {
    std::env::var("RSPILL_BLESS").is_ok_and(|v| v == "1")
}

/// Compare `actual` with tests/golden/NAME (or write it when blessing).
fn check(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if blessing() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (RSPILL_BLESS=1 cargo test --test golden writes it)",
            path.display()
        )
    });
    if expected != actual {
        let diff = similar::TextDiff::from_lines(&expected, actual)
            .unified_diff()
            .header("golden", "now")
            .to_string();
        panic!(
            "{name} differs from its golden file (RSPILL_BLESS=1 rewrites it if meant):\n{diff}"
        );
    }
}

/// stdout, then stderr under a marker, then the exit status; scratch paths
/// replaced by their placeholders.
fn run(cmd: &mut Command, replace: &[(&Path, &str)]) -> String {
    let o = cmd.current_dir(repo()).output().unwrap();
    let mut text = String::from_utf8_lossy(&o.stdout).into_owned();
    let err = String::from_utf8_lossy(&o.stderr);
    if !err.is_empty() {
        text.push_str("--- stderr\n");
        text.push_str(&err);
    }
    text.push_str(&format!("--- exit {}\n", o.status.code().unwrap_or(-1)));
    normalize(&text, replace)
}

fn normalize(text: &str, replace: &[(&Path, &str)]) -> String {
    let mut t = text.to_string();
    for (p, with) in replace {
        t = t.replace(&p.display().to_string(), with);
    }
    t.replace(env!("CARGO_PKG_VERSION"), "VERSION")
}

const LOOP: &str = "testdata/c/kmsan_spill_loop.o";

#[test]
fn scan_outputs() {
    let cases: [(&str, &[&str]); 6] = [
        ("scan.txt", &["scan", LOOP]),
        ("scan-explain.txt", &["scan", "--explain", LOOP]),
        ("scan-trace.txt", &["scan", "--trace", "zero_ranges", LOOP]),
        ("scan.json", &["scan", "--format", "json", LOOP]),
        ("scan.sarif", &["scan", "--format", "sarif", LOOP]),
        (
            "scan-kinds-no-source.txt",
            &["scan", "--no-source", "testdata/adversarial/kinds.o"],
        ),
    ];
    for (name, args) in cases {
        check(name, &run(rspill().args(args), &[]));
    }
}

#[test]
fn inventory_outputs() {
    let cases: [(&str, &[&str]); 3] = [
        ("inventory.txt", &["inventory", "testdata/c/"]),
        (
            "inventory.md",
            &["inventory", "--format", "markdown", "testdata/c/"],
        ),
        (
            "inventory.jsonl",
            &["inventory", "--format", "json", "testdata/c/"],
        ),
    ];
    for (name, args) in cases {
        check(name, &run(rspill().args(args), &[]));
    }
}

#[test]
fn diff_outputs() {
    // A pair of our own (tests/golden/src): changed, identical, unknown,
    // only in A, only in B.
    if require("clang-19", "clang-19").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut objects = Vec::new();
    for side in ["a", "b"] {
        let o = dir.path().join(format!("{side}.o"));
        run_ok(
            Command::new("clang-19")
                .args(["--target=x86_64-linux-gnu", "-c"])
                .arg(golden_dir().join(format!("src/diff_{side}.s")))
                .arg("-o")
                .arg(&o),
        );
        objects.push(o);
    }
    for (name, format) in [
        ("diff.txt", "text"),
        ("diff.json", "json"),
        ("diff.md", "markdown"),
    ] {
        check(
            name,
            &run(
                rspill()
                    .args(["diff", "--all", "--format", format])
                    .args(&objects),
                &[(dir.path(), "SCRATCH")],
            ),
        );
    }
    check(
        "diff-show.txt",
        &run(
            rspill().args(["diff", "--show"]).args(&objects),
            &[(dir.path(), "SCRATCH")],
        ),
    );
}

#[test]
fn rewrite_and_extract_reports() {
    let Some(objtool) = require("objtool", DEBIAN_OBJTOOL) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.o");
    let report = run(
        rspill()
            .args(["rewrite", "testdata/asm/rewrite_special.o"])
            .arg("--objtool")
            .arg(&objtool)
            .arg("-o")
            .arg(&out),
        &[(dir.path(), "SCRATCH"), (&objtool, "OBJTOOL")],
    );
    check("rewrite.txt", &report);
    let report = run(
        rspill()
            .args(["extract", LOOP, "zero_ranges"])
            .arg("--objtool")
            .arg(&objtool)
            .arg("-o")
            .arg(&out),
        &[(dir.path(), "SCRATCH"), (&objtool, "OBJTOOL")],
    );
    check("extract.txt", &report);
}

#[test]
fn suggest_mails() {
    if require("clang-19", "clang-19").is_none() || require("git", "git").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("tree");
    copy_minitree(&src);
    run_ok(
        Command::new("make")
            .args(["-s", "-C"])
            .arg(&src)
            .arg("O=out"),
    );
    let drafts = dir.path().join("drafts");
    let report = run(
        rspill()
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("HOME", dir.path())
            .arg("suggest")
            .arg("--tree")
            .arg(&src)
            .arg("--out")
            .arg(&drafts)
            .arg("--all-findings")
            .arg(src.join("out/lib/zero.o")),
        &[(dir.path(), "SCRATCH")],
    );
    check("suggest.txt", &report);
    let mut mails: Vec<PathBuf> = std::fs::read_dir(&drafts)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    mails.sort();
    assert_eq!(mails.len(), 3, "{report}");
    for m in mails {
        let text = std::fs::read_to_string(&m).unwrap();
        let name = format!("suggest-{}", m.file_name().unwrap().to_string_lossy());
        check(&name, &normalize(&text, &[(dir.path(), "SCRATCH")]));
    }
}

/// The `check` verdict table in its three formats, from a report with every
/// kind of row (a pass, a fix that changes !KMSAN code, a failed build, a
/// draft that does not apply): what a kernel build produces takes minutes,
/// so the report is written out here with its figures.
#[test]
fn verdict_tables() {
    use rspill::check::select::{Reach, Selection};
    use rspill::check::{
        Candidate, Codegen, Recommendation, Report, Row, SelectionOutcome, Timing,
    };
    use rspill::kbuild::build::{BuildOutcome, Status, TreeKind};
    use rspill::render::verdict_table::{write_json, write_markdown, write_text};
    let ok = |seconds: f64, log: &str| {
        Some(BuildOutcome {
            status: Status::Ok,
            seconds,
            log: PathBuf::from(format!("/logs/{log}.log")),
        })
    };
    let candidate = |name: &str, strategy: &str, files: &[&str], added, removed| Candidate {
        name: name.into(),
        draft: PathBuf::from(format!("/drafts/{name}.patch")),
        strategy: Some(strategy.into()),
        files: files.iter().map(|f| f.to_string()).collect(),
        added,
        removed,
    };
    let row = Row::new;
    let mut baseline = row("baseline", None);
    baseline.kmsan_build = ok(41.2, "baseline-kmsan");
    baseline.plain_build = ok(38.9, "baseline-plain");
    baseline.findings = Some(3);
    baseline.spilled = Some(2);
    baseline.objtool = Some(vec![
        "mm/memory.o: warning: objtool: folio_zero_user+0x801: undefined stack state".into(),
    ]);
    baseline.objtool_clean = Some(false);
    baseline.gcc_build = ok(52.0, "baseline-plain-gcc");

    let page = ["arch/x86/include/asm/page_64.h"];
    let mut reorder = row(
        "reorder-clear_page",
        Some(candidate("reorder-clear_page", "reorder", &page, 3, 3)),
    );
    reorder.kmsan_build = ok(12.5, "reorder-kmsan");
    reorder.plain_build = ok(11.0, "reorder-plain");
    reorder.findings = Some(1);
    reorder.spilled = Some(0);
    reorder.construct_gone = Some(true);
    reorder.objtool = Some(Vec::new());
    reorder.objtool_clean = Some(true);
    reorder.codegen = Some(Codegen {
        identical: true,
        changed: Vec::new(),
        objects_compared: 16,
    });
    reorder.gcc_build = ok(14.0, "reorder-plain-gcc");
    reorder.gcc_codegen = Some(Codegen {
        identical: true,
        changed: Vec::new(),
        objects_compared: 16,
    });

    let mut frame = row(
        "frame-address-clear_page",
        Some(candidate(
            "frame-address-clear_page",
            "frame-address",
            &page,
            2,
            1,
        )),
    );
    frame.kmsan_build = ok(12.9, "frame-address-kmsan");
    frame.plain_build = ok(11.4, "frame-address-plain");
    frame.findings = Some(1);
    frame.spilled = Some(0);
    frame.construct_gone = Some(true);
    frame.objtool = Some(Vec::new());
    frame.objtool_clean = Some(true);
    frame.codegen = Some(Codegen {
        identical: false,
        changed: vec![
            "mm/memory.o:do_wp_page".into(),
            "mm/memory.o:folio_zero_user".into(),
        ],
        objects_compared: 16,
    });
    frame.gcc_build = ok(14.2, "frame-address-plain-gcc");
    frame.gcc_codegen = Some(Codegen {
        identical: false,
        changed: vec!["mm/memory.o:folio_zero_user".into()],
        objects_compared: 16,
    });

    let mut pointer = row(
        "frame-pointer-kmsan",
        Some(candidate(
            "frame-pointer-kmsan",
            "frame-pointer",
            &["arch/x86/Kconfig.debug"],
            1,
            0,
        )),
    );
    pointer.kmsan_build = Some(BuildOutcome {
        status: Status::Failed {
            step: "make mm/memory.o".into(),
            code: Some(2),
            tail: "mm/memory.c:1: error: something went wrong".into(),
        },
        seconds: 3.0,
        log: PathBuf::from("/logs/frame-pointer-kmsan.log"),
    });
    pointer.config_changes = vec!["FRAME_POINTER n->y".into(), "UNWINDER_ORC y->n".into()];

    let mut stale = row(
        "reorder-old",
        Some(candidate("reorder-old", "reorder", &["mm/old.c"], 1, 1)),
    );
    stale.applies = Some(false);
    stale.apply_error = Some("error: patch failed: mm/old.c:10".into());

    let selection =
        |candidate: &str, reach: Reach, changed: Option<Vec<&str>>, missed: Vec<&str>| {
            SelectionOutcome {
                selection: Selection {
                    candidate: candidate.into(),
                    files: vec![(page[0].to_string(), reach)],
                    includers: 2786,
                    includer_objects: Vec::new(),
                    selected: vec!["mm/gup.o".into(), "mm/memory.o".into()],
                    unsure: vec!["mm/gup.o: no DWARF".into()],
                },
                built: 1,
                changed_objects: changed.map(|c| c.into_iter().map(String::from).collect()),
                missed: missed.into_iter().map(String::from).collect(),
            }
        };
    let clear_page = || Reach::Functions {
        names: vec!["clear_page".into()],
    };
    let report = Report {
        tree: PathBuf::from("/src/linux"),
        tree_kind: TreeKind::GitWorktree,
        objects: vec!["mm/memory.o".into()],
        objects_left_out: vec!["mm/gup.o".into()],
        plain_only: vec!["mm/filemap.o".into()],
        selections: vec![
            selection("reorder-clear_page", clear_page(), Some(vec![]), vec![]),
            selection(
                "frame-address-clear_page",
                clear_page(),
                Some(vec!["mm/memory.o"]),
                vec![],
            ),
            selection(
                "reorder-old",
                Reach::Includers {
                    why: "it moves the lines after line 10 (1 removed, 2 added): a __LINE__ below may change".into(),
                },
                None,
                vec![],
            ),
            selection(
                "missed-example",
                clear_page(),
                Some(vec!["mm/filemap.o"]),
                vec!["mm/filemap.o"],
            ),
        ],
        every_includer: true,
        baseline,
        candidates: vec![reorder, frame, pointer, stale],
        recommendation: Recommendation {
            candidate: Some("reorder-clear_page".into()),
            reason: "passes with identical !KMSAN code".into(),
        },
        timing: Timing {
            total: 120.0,
            prepare: 40.0,
            builds: 70.0,
            objtool: 2.0,
            own: 8.0,
            own_analysis: 1.5,
            overlapped_trees: 0.5,
            overlapped_cleanup: 0.25,
        },
        logs: PathBuf::from("/logs"),
        kept: None,
        interrupted: false,
        warnings: vec!["mm/gup.o left out by --max-objects 1".into()],
    };
    for (name, write) in [
        (
            "check.txt",
            write_text as fn(&mut dyn std::io::Write, &Report) -> std::io::Result<()>,
        ),
        ("check.md", write_markdown),
        ("check.jsonl", write_json),
    ] {
        let mut out = Vec::new();
        write(&mut out, &report).unwrap();
        check(name, &String::from_utf8(out).unwrap());
    }
}
