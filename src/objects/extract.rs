//! Minimal reproducer objects for bug reports: chosen functions' bytes and
//! relocations, with undefined symbols for everything they reference, emitted as a
//! relocatable ELF object with faerie (the only module that uses faerie).
//!
//! The bytes are copied unchanged except for one thing: a call or jump to code
//! outside the extracted functions that the assembler resolved without a
//! relocation (a static function in the same section) gets its rel32 field zeroed
//! and a PLT32 relocation to the callee instead, so that the small object means
//! the same as the original. objtool and `rspill scan` then see the same
//! instructions at the same offsets.

use crate::input::elf::{Module, ModuleKind};
use crate::x86::decode::decode_function;
use faerie::{ArtifactBuilder, Decl, Link, Reloc};
use std::collections::BTreeSet;
use std::str::FromStr;

/// Build the reproducer for `names`; its ELF bytes, or what is wrong.
pub fn extract(module: &Module, names: &[String], object_name: &str) -> Result<Vec<u8>, String> {
    if module.kind != ModuleKind::Relocatable {
        return Err(
            "extract works on relocatable objects (.o, vmlinux.o), not on linked images".into(),
        );
    }
    let mut funcs = Vec::new();
    for name in names {
        let matching: Vec<_> = module
            .functions
            .iter()
            .filter(|f| &f.name == name)
            .collect();
        match matching.as_slice() {
            [] => return Err(format!("no function named {name}")),
            [f] => funcs.push(*f),
            many => {
                return Err(format!(
                    "{} functions are named {name} (static functions in different units): extract from the unit's own object",
                    many.len()
                ));
            }
        }
    }
    let target =
        target_lexicon::Triple::from_str("x86_64-unknown-linux-gnu").map_err(|e| e.to_string())?;
    let mut obj = ArtifactBuilder::new(target)
        .name(object_name.to_string())
        .finish();
    let defined: BTreeSet<&str> = funcs.iter().map(|f| f.name.as_str()).collect();
    let mut links: Vec<(String, String, u64, u32, i64)> = Vec::new();
    let mut bodies = Vec::new();
    for f in &funcs {
        let mut bytes = module.function_bytes(f).to_vec();
        let section = &module.sections[f.section];
        for r in section.relocs_in(f.offset, f.offset + f.size) {
            links.push((
                f.name.clone(),
                r.symbol().to_string(),
                r.offset - f.offset,
                r.r_type,
                r.addend,
            ));
        }
        for ins in decode_function(module, f) {
            if !ins.branches_out() || ins.has_reloc {
                continue;
            }
            let target = ins.ins.near_branch_target();
            if target < f.size {
                continue;
            }
            // A resolved branch out of the function: make it a relocation.
            if ins.len < 5 {
                return Err(format!(
                    "{}+{:#x}: a short jump leaves the function; it cannot be relocated",
                    f.name, ins.off
                ));
            }
            let addr = module.function_address(f).wrapping_add(target);
            let callee = module.function_at(addr).ok_or_else(|| {
                format!(
                    "{}+{:#x}: branch target {addr:#x} is in no function",
                    f.name, ins.off
                )
            })?;
            let field = ins.off as u64 + ins.len as u64 - 4;
            bytes[field as usize..field as usize + 4].fill(0);
            let into = addr.wrapping_sub(module.function_address(callee));
            links.push((
                f.name.clone(),
                callee.name.clone(),
                field,
                object::elf::R_X86_64_PLT32.0,
                into as i64 - 4,
            ));
        }
        bodies.push((f.name.clone(), bytes));
    }
    for (name, _) in &bodies {
        obj.declare(name, Decl::function().global())
            .map_err(|e| e.to_string())?;
    }
    let imports: BTreeSet<&str> = links
        .iter()
        .map(|l| l.1.as_str())
        .filter(|n| !defined.contains(n))
        .collect();
    // objtool --static-call looks up the key `__SCK__x` of every trampoline
    // `__SCT__x` a function calls; the original object names it, so must we.
    let keys: BTreeSet<String> = imports
        .iter()
        .filter_map(|n| n.strip_prefix("__SCT__"))
        .map(|n| format!("__SCK__{n}"))
        .filter(|k| !imports.contains(k.as_str()))
        .collect();
    for name in imports
        .iter()
        .copied()
        .chain(keys.iter().map(String::as_str))
    {
        obj.declare(name, Decl::function_import())
            .map_err(|e| format!("{name}: {e}"))?;
    }
    for (name, bytes) in bodies {
        obj.define(&name, bytes).map_err(|e| e.to_string())?;
    }
    for (from, to, at, r_type, addend) in &links {
        let addend = i32::try_from(*addend)
            .map_err(|_| format!("{from}+{at:#x}: addend {addend} does not fit"))?;
        obj.link_with(
            Link { from, to, at: *at },
            Reloc::Raw {
                reloc: *r_type,
                addend,
            },
        )
        .map_err(|e| format!("{from}+{at:#x} -> {to}: {e}"))?;
    }
    obj.emit().map_err(|e| e.to_string())
}

/// What `rspill extract` made, compared with the original.
#[derive(Debug)]
pub struct ExtractOutcome {
    pub output: String,
    pub size_in: u64,
    pub size_out: u64,
    /// Findings in the chosen functions, in the input and in the reproducer.
    pub findings_in: Vec<crate::analysis::findings::Finding>,
    pub findings_out: Vec<crate::analysis::findings::Finding>,
    pub objtool_in: Option<String>,
    pub objtool_out: Option<String>,
    /// The input's sections whose relocations name the chosen functions'
    /// code (the kernel's tables: `__jump_table`, `__ex_table`,
    /// `.altinstructions`...), which the reproducer does not carry, each with
    /// how many such relocations.
    pub tables_left_out: Vec<(String, usize)>,
    /// Where the reproducer reports otherwise than the input (a finding's
    /// verdict, objtool's warnings in the chosen functions): it does not
    /// reproduce, and says so (blind review 100: a static key left out made
    /// an unproven restore a proven no-op).
    pub differences: Vec<String>,
}

/// What of a finding the reproducer must report as the input does.
fn verdict(f: &crate::analysis::findings::Finding) -> String {
    format!(
        "{}+{:#x} {} redundant={} delta={:?} objtool_fails={}",
        f.function,
        f.offset,
        f.kind.as_str(),
        f.restore_redundant,
        f.rsp_delta,
        f.objtool_would_fail
    )
}

/// objtool's warnings in the chosen functions, without the file's name.
fn objtool_lines(output: &str, names: &[String]) -> Vec<String> {
    let mut lines: Vec<String> = output
        .lines()
        .filter_map(|l| l.split_once("objtool: ").map(|(_, rest)| rest))
        .filter(|rest| {
            let function = rest.split(['+', ':', '(']).next().unwrap_or_default();
            names.iter().any(|n| n == function)
        })
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

/// The sections of `module`'s file (other than code, debug information and
/// unwind tables) whose relocations point into the chosen functions' bytes
/// (`code_references`), each with how many do.
fn tables_naming(module: &Module, names: &[String]) -> Vec<(String, usize)> {
    let Ok(refs) = super::code_references::special_refs(module) else {
        return Vec::new();
    };
    let chosen: Vec<(usize, u64, u64)> = module
        .functions
        .iter()
        .filter(|f| names.contains(&f.name))
        .map(|f| {
            (
                module.sections[f.section].elf_index,
                f.offset,
                f.offset + f.size,
            )
        })
        .collect();
    let mut out: Vec<(String, usize)> = Vec::new();
    for (sec, range, table) in &refs.ranges {
        if table.starts_with(".eh_frame")
            || !chosen
                .iter()
                .any(|&(s, lo, hi)| s == *sec && range.start >= lo && range.start < hi)
        {
            continue;
        }
        match out.iter_mut().find(|(name, _)| name == table) {
            Some((_, n)) => *n += 1,
            None => out.push((table.clone(), 1)),
        }
    }
    out
}

/// Extract `names` from `input` into `output`, then scan both and run objtool on
/// both when `objtool` is given.
pub fn extract_file(
    input: &std::path::Path,
    names: &[String],
    output: &std::path::Path,
    objtool: Option<&std::path::Path>,
) -> Result<ExtractOutcome, crate::error::InputError> {
    use crate::analysis::scan::{ScanOptions, scan_module};
    use crate::error::InputError;
    use crate::input::elf::{Backing, load, load_file_whole};
    let shown = input.display().to_string();
    let module = load_file_whole(input)?;
    let size_in = module.bytes().len() as u64;
    let object_name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = extract(&module, names, &object_name).map_err(|e| InputError::new(&shown, e))?;
    crate::atomic_file::write_atomic(output, &bytes).map_err(|e| InputError::io(output, e))?;
    let keep = |fs: Vec<crate::analysis::findings::Finding>| {
        fs.into_iter()
            .filter(|f| names.contains(&f.function))
            .collect()
    };
    let findings_in: Vec<crate::analysis::findings::Finding> =
        keep(scan_module(&module, &ScanOptions::default()).findings);
    let out_shown = output.display().to_string();
    let small = load(
        out_shown.clone(),
        std::sync::Arc::new(Backing::Owned(bytes.clone())),
        0..bytes.len(),
    )?;
    let findings_out: Vec<crate::analysis::findings::Finding> =
        keep(scan_module(&small, &ScanOptions::default()).findings);
    let (objtool_in, objtool_out) = match objtool {
        Some(tool) => (
            Some(crate::objtool::run::run(tool, input).unwrap_or_else(|e| e)),
            Some(crate::objtool::run::run(tool, output).unwrap_or_else(|e| e)),
        ),
        None => (None, None),
    };
    let mut differences = Vec::new();
    let (mut verdicts_in, mut verdicts_out): (Vec<String>, Vec<String>) = (
        findings_in.iter().map(verdict).collect(),
        findings_out.iter().map(verdict).collect(),
    );
    verdicts_in.sort();
    verdicts_out.sort();
    if verdicts_in != verdicts_out {
        differences.push(format!(
            "findings: input [{}], reproducer [{}]",
            verdicts_in.join("; "),
            verdicts_out.join("; ")
        ));
    }
    if let (Some(a), Some(b)) = (&objtool_in, &objtool_out) {
        let (a, b) = (objtool_lines(a, names), objtool_lines(b, names));
        if a != b {
            differences.push(format!(
                "objtool: input [{}], reproducer [{}]",
                a.join("; "),
                b.join("; ")
            ));
        }
    }
    Ok(ExtractOutcome {
        output: out_shown,
        size_in,
        size_out: bytes.len() as u64,
        findings_in,
        findings_out,
        objtool_in,
        objtool_out,
        tables_left_out: tables_naming(&module, names),
        differences,
    })
}
