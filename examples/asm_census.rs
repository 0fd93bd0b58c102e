//! Parse every inline asm statement that uses ASM_CALL_CONSTRAINT in a kernel
//! tree's arch/x86, apply both per-statement edits in memory, and report counts;
//! with `--write-reorder DIR` / `--write-frame-address DIR`, write the edited
//! files into DIR (a copy of the tree, or an empty directory for the edited
//! files alone; for compile checks); with `--verify BUILD` (a configured kbuild
//! output directory of TREE), prove every edit with the preprocessor and
//! compiler (rspill::fixes::edit_proof), one statement at a time, and write
//! only the edits that verify.
//!
//!   cargo run --release --example asm_census -- TREE [--verify BUILD[,BUILD...]] [--write-STRATEGY DIR]...

use rspill::fixes::declared_width::narrow_operands;
use rspill::fixes::draft::{narrow_operands_everywhere, statement_names};
use rspill::fixes::edit_proof::{Change, SourceOperands, prove_everywhere};
use rspill::fixes::macro_index::{LazyTreeIndex, MacroIndex};
use rspill::fixes::source::{apply_edits, asm_statements};
use rspill::fixes::strategies::{frame_address_edits, reorder_edits};
use rspill::kbuild::compile_command::{CompileCommand, rank_units, units_reading};
use std::collections::HashMap;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tree = PathBuf::from(&args[0]);
    // --verify BUILD[,BUILD...]: units of every build are candidates (a
    // statement compiled only in some configuration needs that build).
    let mut verify: Option<Vec<PathBuf>> = None;
    let mut write = Vec::new();
    for pair in args[1..].chunks(2) {
        match pair {
            [flag, builds] if flag == "--verify" => {
                verify = Some(builds.split(',').map(PathBuf::from).collect());
            }
            [flag, dir] if flag.starts_with("--write-") => {
                write.push((
                    flag.trim_start_matches("--write-").to_string(),
                    PathBuf::from(dir),
                ));
            }
            _ => panic!(
                "usage: asm_census TREE [--verify BUILD[,BUILD...]] [--write-STRATEGY DIR]..."
            ),
        }
    }
    let never = std::sync::atomic::AtomicBool::new(false);
    let mut units: HashMap<(PathBuf, PathBuf), Vec<CompileCommand>> = HashMap::new();
    let (mut verified, mut refused) = (0, 0);
    // Every definition the builds' units read and every -D of their commands
    // (without builds, the whole tree): an operand count holds only if all of
    // them agree.
    let all: Vec<CompileCommand> = verify
        .iter()
        .flatten()
        .flat_map(|b| rspill::kbuild::compile_command::all_units(b))
        .collect();
    let index = if all.is_empty() {
        MacroIndex::of_tree(&tree)
    } else {
        MacroIndex::of_units(&all)
    };
    let command_lines = MacroIndex::default();
    let tree_macros = LazyTreeIndex::new(&tree, |m| eprintln!("asm_census: {m}"));
    let lookup = |n: &str| index.lookup_with(&command_lines, n);
    let mut files = Vec::new();
    for e in walkdir::WalkDir::new(tree.join("arch/x86")).sort_by_file_name() {
        let e = e.unwrap();
        let p = e.path();
        if matches!(p.extension().and_then(|x| x.to_str()), Some("c" | "h")) {
            if let Ok(t) = std::fs::read_to_string(p) {
                if t.contains("ASM_CALL_CONSTRAINT") {
                    files.push((p.to_path_buf(), t));
                }
            }
        }
    }
    let (mut stmts, mut parsed, mut reorder_ok, mut fa_ok, mut already_first, mut in_macro) =
        (0, 0, 0, 0, 0, 0);
    let mut failures = Vec::new();
    for (path, text) in &files {
        let rel = path.strip_prefix(&tree).unwrap().display().to_string();
        let mut statements = match asm_statements(text, &lookup) {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{rel}: {e}"));
                continue;
            }
        };
        let mut edits_r = Vec::new();
        let mut edits_f = Vec::new();
        for s in statements
            .iter_mut()
            .filter(|s| text[s.span.clone()].contains("ASM_CALL_CONSTRAINT"))
        {
            if s.hazard.is_none() {
                if let Some(m) = s.in_macro.clone() {
                    s.hazard = s
                        .template_params
                        .iter()
                        .find_map(|&p| index.parameter_hazard(&m, p, &lookup));
                }
            }
            let s = &*s;
            stmts += 1;
            parsed += 1;
            in_macro += s.in_macro.is_some() as usize;
            // Whether the edits may be written: verified, or not asked to be.
            let mut check = |change: Change, edits: &[rspill::fixes::source::Edit]| -> bool {
                let Some(builds) = &verify else { return true };
                let rel_path = PathBuf::from(&rel);
                // One build at a time: its likeliest units first, then the next
                // build's (a statement compiled only in one configuration).
                let hints = s
                    .in_macro
                    .as_ref()
                    .map(|m| rspill::fixes::source::macro_and_users(text, m))
                    .unwrap_or_default();
                let new = apply_edits(text, edits.to_vec());
                // Every build that compiles the statement must verify it (a
                // register more may not fit on i386); one wrong is wrong.
                let groups: Vec<Vec<CompileCommand>> = builds
                    .iter()
                    .map(|build| {
                        let all = units
                            .entry((build.clone(), rel_path.clone()))
                            .or_insert_with(|| units_reading(build, &rel_path));
                        rank_units(all.clone(), &rel_path, &hints)
                    })
                    .collect();
                let use_arguments: Vec<String> = s
                    .in_macro
                    .as_ref()
                    .and_then(|m| index.argument_identifiers(m))
                    .unwrap_or_default();
                let (unread, reached) = statement_names(
                    text,
                    s,
                    &use_arguments,
                    &lookup,
                    &tree_macros,
                    groups.iter().flatten(),
                );
                let mut source = SourceOperands {
                    macro_operands: s.macro_operands(),
                    narrow: narrow_operands(text, s, &lookup),
                    unread_names: unread,
                    open_world: None,
                    reached_names: reached,
                };
                let mut proven =
                    prove_everywhere(&groups, &rel_path, text, &new, change, &source, &never);
                if proven.as_ref().is_ok_and(|p| !p.narrow_on_i386.is_empty()) {
                    // As `rspill suggest` does: every definition of the tree
                    // must agree on the widths.
                    let narrow = narrow_operands_everywhere(
                        text,
                        s,
                        &tree_macros,
                        &command_lines,
                        groups.iter().flatten(),
                    );
                    if narrow != source.narrow {
                        source.narrow = narrow;
                        proven = prove_everywhere(
                            &groups, &rel_path, text, &new, change, &source, &never,
                        );
                    }
                }
                let proofs = match proven {
                    Ok(p) => p,
                    Err(e) => {
                        refused += 1;
                        println!("REFUSED {rel}:{} {change:?}: {e}", s.first_line);
                        return false;
                    }
                };
                verified += 1;
                if !proofs.narrow_on_i386.is_empty() {
                    println!(
                        "VERIFIED {rel}:{} {change:?}: declared 4 bytes wide on i386: {}",
                        s.first_line,
                        proofs.narrow_on_i386.join(", ")
                    );
                }
                if !proofs.not_compiled_32bit.is_empty() {
                    println!(
                        "VERIFIED {rel}:{} {change:?}: not compiled by the 32-bit units {}",
                        s.first_line,
                        proofs.not_compiled_32bit.join(", ")
                    );
                }
                for p in proofs.units {
                    println!(
                        "VERIFIED {rel}:{} {change:?}: {} statements, {} references, with {}",
                        s.first_line, p.statements, p.references, p.origin
                    );
                }
                true
            };
            match reorder_edits(text, s) {
                Ok(e) => {
                    reorder_ok += 1;
                    if check(Change::Reorder, &e) {
                        edits_r.extend(e);
                    }
                }
                Err(e) if e.contains("already the first") => already_first += 1,
                Err(e) => failures.push(format!("{rel}:{}: reorder: {e}", s.first_line)),
            }
            match frame_address_edits(text, s) {
                Ok(e) => {
                    fa_ok += 1;
                    if check(Change::FrameAddress, &e) {
                        edits_f.extend(e);
                    }
                }
                Err(e) => failures.push(format!("{rel}:{}: frame-address: {e}", s.first_line)),
            }
        }
        for (strategy, dir) in &write {
            let edits = if strategy == "reorder" {
                edits_r.clone()
            } else {
                edits_f.clone()
            };
            if !edits.is_empty() {
                let dest = dir.join(&rel);
                // DIR is a copy of the tree, or an empty directory that
                // receives only the edited files.
                if let Some(parent) = dest.parent() {
                    std::fs::create_dir_all(parent).unwrap();
                }
                std::fs::write(&dest, apply_edits(text, edits)).unwrap();
                println!("edited {rel}");
            }
        }
    }
    println!(
        "files {}, statements with ASM_CALL_CONSTRAINT {stmts}, parsed {parsed}, in macros {in_macro}, reorder edits {reorder_ok} (+{already_first} already first), frame-address edits {fa_ok}, failures {}",
        files.len(),
        failures.len()
    );
    for f in failures {
        println!("FAIL {f}");
    }
    if verify.is_some() {
        println!("verification: {verified} edits verified, {refused} refused");
    }
}
