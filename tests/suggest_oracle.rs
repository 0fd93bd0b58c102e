//! The compile-and-compare oracle for `suggest`'s source edits: for every case in
//! tests/suggest_oracle/cases (asm statements written to break the edits, every
//! operand pinned to its own register, immediate or variable), rspill drafts
//! the reorder and frame-address edits with `--compile` in the case's own tree
//! (its file and the headers it names), each draft is applied to a copy and
//! clang-19 renders every asm statement before and after. A draft must apply,
//! compile and render identically; otherwise it must not exist.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every `#APP`…`#NO_APP` block clang-19 renders for `file` (in `dir`).
fn renderings(dir: &Path, file: &str) -> Result<Vec<String>, String> {
    let o = Command::new("clang-19")
        .current_dir(dir)
        .args(["-O2", "-S", "-o", "-", file])
        .output()
        .map_err(|e| e.to_string())?;
    if !o.status.success() {
        return Err(String::from_utf8_lossy(&o.stderr)
            .lines()
            .take(3)
            .collect::<Vec<_>>()
            .join("; "));
    }
    let text = String::from_utf8_lossy(&o.stdout);
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for l in text.lines() {
        match l.trim() {
            "#APP" => cur = Some(String::new()),
            "#NO_APP" => out.extend(cur.take()),
            _ => {
                if let Some(c) = cur.as_mut() {
                    c.push_str(l.trim());
                    c.push('\n');
                }
            }
        }
    }
    Ok(out)
}

#[derive(Debug, Default)]
struct Tally {
    correct: usize,
    refused: usize,
    wrong: Vec<String>,
    broken: Vec<String>,
}

/// A case's own tree: its file and every header of the corpus it names
/// (includes, and the decoys its truth line mentions), transitively. rspill
/// reads every definition in a tree it has no build for, so other cases'
/// definitions must not be in it.
fn case_tree(cases: &Path, case: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    let headers: Vec<String> = std::fs::read_dir(cases)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".h"))
        .collect();
    let mut todo = vec![case.to_string()];
    let mut done: Vec<String> = Vec::new();
    while let Some(f) = todo.pop() {
        if done.contains(&f) {
            continue;
        }
        let bytes = std::fs::read(cases.join(&f)).unwrap();
        std::fs::write(to.join(&f), &bytes).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        todo.extend(
            headers
                .iter()
                .filter(|h| text.contains(h.as_str()))
                .cloned(),
        );
        done.push(f);
    }
}

#[test]
fn every_drafted_edit_renders_every_asm_statement_as_before() {
    if require("clang-19", "clang-19").is_none() {
        return;
    }
    let cases = repo().join("tests/suggest_oracle/cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    files.sort();
    assert!(files.len() >= 60, "{} cases", files.len());
    let scratch = tempfile::tempdir().unwrap();
    let mut tally = Tally::default();
    let mut lines = Vec::new();
    for case in &files {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(case).unwrap();
        let site = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("// site: "))
            .unwrap_or_else(|| panic!("{name}: first line must be `// site: PATH:LINE`"))
            .trim()
            .to_string();
        let tree = scratch.path().join(name.trim_end_matches(".c"));
        case_tree(&cases, &name, &tree);
        let before =
            renderings(&tree, &name).unwrap_or_else(|e| panic!("{name} does not compile: {e}"));
        let out = tree.join("drafts");
        let o = rspill()
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("HOME", &tree)
            .args(["suggest", "--tree"])
            .arg(&tree)
            .args(["--site", &site])
            .args(["--compile", &format!("clang-19 -O2 -c {name}")])
            .args([
                "--strategy",
                "reorder",
                "--strategy",
                "frame-address",
                "--out",
            ])
            .arg(&out)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&o.stderr).into_owned();
        for strategy in ["reorder", "frame-address"] {
            let draft = std::fs::read_dir(&out).ok().and_then(|rd| {
                rd.map(|e| e.unwrap().path()).find(|p| {
                    p.file_name()
                        .unwrap()
                        .to_string_lossy()
                        .starts_with(&format!("{strategy}-"))
                })
            });
            let Some(draft) = draft else {
                let why = said
                    .lines()
                    .find(|l| l.contains(&format!(" {strategy} not drafted: ")))
                    .map(|l| l.split(" not drafted: ").nth(1).unwrap_or(l).to_string())
                    .unwrap_or_else(|| said.lines().last().unwrap_or("").to_string());
                tally.refused += 1;
                lines.push(format!("{name} {strategy}: refused: {why}"));
                continue;
            };
            let edited = scratch
                .path()
                .join(format!("{}-{strategy}", name.trim_end_matches(".c")));
            case_tree(&cases, &name, &edited);
            let apply = Command::new("git")
                .current_dir(&edited)
                .args(["apply", "-p1"])
                .arg(&draft)
                .output()
                .unwrap();
            if !apply.status.success() {
                tally.broken.push(format!(
                    "{name} {strategy}: does not apply: {}",
                    String::from_utf8_lossy(&apply.stderr)
                ));
                continue;
            }
            match renderings(&edited, &name) {
                Err(e) => tally.broken.push(format!("{name} {strategy}: does not compile: {e}")),
                Ok(after) if after == before => {
                    tally.correct += 1;
                    lines.push(format!("{name} {strategy}: correct"));
                }
                Ok(after) => tally.wrong.push(format!(
                    "{name} {strategy}: renders differently:\n  before {before:?}\n  after  {after:?}"
                )),
            }
        }
    }
    for l in &lines {
        println!("{l}");
    }
    println!(
        "suggest oracle: {} cases, {} edits correct, {} refused, {} wrong, {} broken",
        files.len(),
        tally.correct,
        tally.refused,
        tally.wrong.len(),
        tally.broken.len()
    );
    assert!(
        tally.wrong.is_empty() && tally.broken.is_empty(),
        "wrong: {:#?}\nbroken: {:#?}",
        tally.wrong,
        tally.broken
    );
    // Refusing everything is not the goal: the honest cases keep their edits.
    assert!(
        tally.correct >= MIN_CORRECT,
        "only {} correct edits",
        tally.correct
    );
}

/// Correct edits measured (a floor, so that a regression to "refuse more"
/// shows). 131 until session 10; 116 since the i386 budget counts every
/// operand that may take registers as a 64-bit one (this suite builds for
/// x86-64 only, so 15 frame-address edits have no 32-bit unit to verify them);
/// 115 since a file with CRLF line ends is not drafted (`git am` strips the
/// carriage returns and the mail would not apply: case 091's two edits).
const MIN_CORRECT: usize = 115;
