//! Binary rewriting: every %rsp restore that the analysis proves redundant becomes
//! a NOP of the same length; everything unproven or special is refused, with the
//! reason. The proof is the finding's: on every path the restore stores the value
//! %rsp already holds, and a `mov`/`lea` has no other effect (no flags, no other
//! register), so replacing it with a NOP cannot change behaviour.

use crate::analysis::findings::Kind;
use crate::analysis::scan::{ScanOptions, scan_module};
use crate::input::elf::{Module, ModuleKind};
use crate::x86::decode::decode_function;
use iced_x86::Mnemonic;
use object::read::elf::ElfFile64;
use object::{Endianness, Object, ObjectSection, SectionIndex};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Clone, Debug, Serialize)]
pub struct RestoreSite {
    pub function: String,
    pub section: String,
    /// Function-relative offset of the restore.
    pub offset: u32,
    /// Offset of the restore's first byte in the file.
    pub file_offset: usize,
    pub len: usize,
    pub kind: Kind,
    /// The instruction, AT&T syntax.
    pub text: String,
    /// Why it is not rewritten (None: rewritten).
    pub refused: Option<String>,
}

/// What a rewrite will do.
#[derive(Debug, Default, Serialize)]
pub struct RewritePlan {
    pub rewrite: Vec<RestoreSite>,
    pub refused: Vec<RestoreSite>,
}

/// Recommended multi-byte NOPs (Intel SDM vol. 2B, "NOP"), by length.
const NOPS: [&[u8]; 9] = [
    &[0x90],
    &[0x66, 0x90],
    &[0x0f, 0x1f, 0x00],
    &[0x0f, 0x1f, 0x40, 0x00],
    &[0x0f, 0x1f, 0x44, 0x00, 0x00],
    &[0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
    &[0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
    &[0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    &[0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
];

/// A NOP sequence of exactly `len` bytes (one instruction up to 9 bytes).
pub fn nop(len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let mut left = len;
    while left > 0 {
        let n = left.min(NOPS.len());
        out.extend_from_slice(NOPS[n - 1]);
        left -= n;
    }
    out
}

/// Sections whose code may be rewritten: ordinary text sections. Alternatives
/// replacements, exception fixups and entry code are patched or special-cased by
/// the kernel at run time.
fn ordinary_text(section: &str) -> bool {
    let special =
        section.starts_with(".altinstr") || section == ".fixup" || section == ".entry.text";
    !special && (section == ".text" || section.starts_with(".text.") || section.ends_with(".text"))
}

/// Decide, for every finding in `module` (optionally only in `only` functions),
/// whether its restore is rewritten or refused.
pub fn plan(module: &Module, only: &[String]) -> Result<RewritePlan, String> {
    if module.kind != ModuleKind::Relocatable {
        return Err(
            "rewrite works on relocatable objects (.o, vmlinux.o), not on linked images".into(),
        );
    }
    // A misspelt --function would otherwise rewrite nothing and succeed.
    if let Some(name) = only.iter().find(|name| {
        !module
            .functions
            .iter()
            .any(|f| &f.name == *name || f.aliases.iter().any(|a| a == *name))
    }) {
        return Err(format!("no function named {name}"));
    }
    let scan = scan_module(module, &ScanOptions::default());
    let refs = super::code_references::special_refs(module)?;
    // ELF section index of every code section, by name.
    let file = ElfFile64::<Endianness>::parse(module.bytes()).map_err(|e| e.to_string())?;
    let mut elf_index: HashMap<&str, SectionIndex> = HashMap::new();
    for s in file.sections() {
        if let Ok(n) = s.name() {
            elf_index.insert(n, s.index());
        }
    }
    let mut plan = RewritePlan::default();
    let mut fmt = crate::codegen::compare::formatter();
    for finding in &scan.findings {
        if !only.is_empty() && !only.contains(&finding.function) {
            continue;
        }
        // Realignments and allocas move %rsp by design: nothing to rewrite.
        if finding.kind == crate::analysis::findings::Kind::RspDynamic {
            continue;
        }
        // By address, never by name: static functions share names in vmlinux.o.
        let start = finding.address - finding.offset as u64;
        let Some(func) = module.functions.iter().find(|f| {
            module.function_address(f) == start
                && module.sections[f.section].name == finding.section
        }) else {
            continue;
        };
        let section = &module.sections[func.section];
        let insns = decode_function(module, func);
        let Some(ins) = insns.iter().find(|i| i.off == finding.offset) else {
            continue;
        };
        let mut text = String::new();
        iced_x86::Formatter::format(&mut fmt, &ins.ins, &mut text);
        let start = func.offset + ins.off as u64;
        let mut site = RestoreSite {
            function: func.name.clone(),
            section: section.name.clone(),
            offset: ins.off,
            file_offset: section.file_range.start + start as usize,
            len: ins.len as usize,
            kind: finding.kind,
            text,
            refused: None,
        };
        let elf_sec = elf_index.get(section.name.as_str()).map(|i| i.0);
        let touching = refs.ranges.iter().find(|(sec, r, _)| {
            Some(*sec) == elf_sec && r.start < start + ins.len as u64 && start < r.end
        });
        site.refused = if let Some(alt) = finding.alternative_for {
            Some(format!(
                "in the .altinstructions replacement for +{alt:#x}, not in the function's own bytes"
            ))
        } else if !finding.restore_redundant {
            let delta = match (finding.rsp_delta, finding.assumed_rsp_delta) {
                (Some(d), _) => format!(", delta {}", crate::analysis::findings::fmt_k(d)),
                (None, Some(d)) => format!(
                    ", delta {} only assuming {}",
                    crate::analysis::findings::fmt_k(d),
                    finding.assumptions.join(", ")
                ),
                (None, None) => String::new(),
            };
            Some(format!(
                "not proven redundant ({}{delta})",
                finding.kind.as_str()
            ))
        } else if !matches!(ins.ins.mnemonic(), Mnemonic::Mov | Mnemonic::Lea)
            || ins.ins.op0_register() != iced_x86::Register::RSP
        {
            Some(format!("`{}` is not a plain mov/lea into %rsp", site.text))
        } else if ins.has_reloc {
            Some("a relocation patches this instruction".into())
        } else if !ordinary_text(&section.name) {
            Some(format!("in special section {}", section.name))
        } else if let Some((_, _, from)) = touching {
            if from == ".altinstructions" {
                Some("inside an alternatives site (.altinstructions patches it at boot)".into())
            } else {
                Some(format!("its address is referenced from {from}"))
            }
        } else {
            None
        };
        if site.refused.is_some() {
            plan.refused.push(site);
        } else {
            plan.rewrite.push(site);
        }
    }
    Ok(plan)
}

/// The module's bytes with every planned site replaced by a NOP.
pub fn apply(module: &Module, plan: &RewritePlan) -> Vec<u8> {
    let mut bytes = module.bytes().to_vec();
    for site in &plan.rewrite {
        bytes[site.file_offset..site.file_offset + site.len].copy_from_slice(&nop(site.len));
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::nop;
    use crate::x86::decode::decode_raw;
    use iced_x86::Mnemonic;

    #[test]
    fn nops_of_every_length_decode_as_exactly_that_many_nop_bytes() {
        for len in 1..=20 {
            let bytes = nop(len);
            assert_eq!(bytes.len(), len);
            let insns = decode_raw(&bytes);
            assert!(
                insns.iter().all(|i| i.ins.mnemonic() == Mnemonic::Nop),
                "len {len}"
            );
            assert_eq!(insns.iter().map(|i| i.len as usize).sum::<usize>(), len);
        }
    }
}

/// What `rspill rewrite` did, re-validated.
#[derive(Debug)]
pub struct RewriteOutcome {
    pub input: String,
    pub output: String,
    /// `IN.orig` with `--in-place`.
    pub backup: Option<String>,
    pub plan: RewritePlan,
    /// Findings of the rewritten object.
    pub rescan: Vec<crate::analysis::findings::Finding>,
    /// Objtool's output on the input and on the output (None: no objtool).
    pub objtool_before: Option<String>,
    pub objtool_after: Option<String>,
}

impl RewriteOutcome {
    /// Rewritten sites at which the re-scan finds no restore any more.
    pub fn neutralised(&self) -> usize {
        self.plan
            .rewrite
            .iter()
            .filter(|s| {
                !self
                    .rescan
                    .iter()
                    .any(|f| f.function == s.function && f.offset == s.offset)
            })
            .count()
    }
}

/// Rewrite `input` into `output` (or in place, keeping `input.orig`), then
/// re-scan the result and run objtool on both when `objtool` is given.
pub fn rewrite_file(
    input: &std::path::Path,
    output: Option<&std::path::Path>,
    only: &[String],
    linked_with: &[std::path::PathBuf],
    objtool: &std::path::Path,
) -> Result<RewriteOutcome, crate::error::InputError> {
    use crate::error::InputError;
    use crate::input::elf::load_file_whole;
    let shown = input.display().to_string();
    let mut module = load_file_whole(input)?;
    // What the objects it is linked with do with its functions.
    if !linked_with.is_empty() {
        crate::input::across_inputs::from_linked(input, linked_with)?.apply(&mut module);
    }
    // "Re-validated" is a claim: without a working objtool nothing is written.
    let objtool_before = crate::objtool::run::run(objtool, input).map_err(|e| {
        InputError::new(
            &shown,
            format!("cannot validate the rewrite: {e}; nothing written"),
        )
    })?;
    let plan = plan(&module, only).map_err(|e| InputError::new(&shown, e))?;
    let bytes = apply(&module, &plan);
    drop(module);
    let (out_path, backup) = match output {
        Some(o) => {
            if o.canonicalize().ok() == input.canonicalize().ok() {
                return Err(InputError::new(
                    &shown,
                    "output is the input: use --in-place to rewrite it",
                ));
            }
            (o.to_path_buf(), None)
        }
        None => {
            let mut b = input.as_os_str().to_owned();
            b.push(".orig");
            let b = std::path::PathBuf::from(b);
            if b.exists() {
                return Err(InputError::new(
                    &shown,
                    format!("{} exists already; move it away first", b.display()),
                ));
            }
            std::fs::copy(input, &b).map_err(|e| InputError::io(&b, e))?;
            (input.to_path_buf(), Some(b))
        }
    };
    crate::atomic_file::write_atomic(&out_path, &bytes)
        .map_err(|e| InputError::io(&out_path, e))?;
    let out_shown = out_path.display().to_string();
    let mut written = load_file_whole(&out_path)?;
    if !linked_with.is_empty() {
        crate::input::across_inputs::from_linked(&out_path, linked_with)?.apply(&mut written);
    }
    let rescan = scan_module(&written, &ScanOptions::default()).findings;
    drop(written);
    let original = backup.clone().unwrap_or_else(|| input.to_path_buf());
    let _ = &original;
    let objtool_after = match crate::objtool::run::run(objtool, &out_path) {
        Ok(t) => t,
        Err(e) => {
            // Undo: the output was never validated.
            match &backup {
                Some(b) => {
                    let _ = std::fs::rename(b, &out_path);
                }
                None => {
                    let _ = std::fs::remove_file(&out_path);
                }
            }
            return Err(InputError::new(
                &out_shown,
                format!("cannot validate the rewrite: {e}; output removed"),
            ));
        }
    };
    let (objtool_before, objtool_after) = (Some(objtool_before), Some(objtool_after));
    Ok(RewriteOutcome {
        input: shown,
        output: out_shown,
        backup: backup.map(|b| b.display().to_string()),
        plan,
        rescan,
        objtool_before,
        objtool_after,
    })
}
