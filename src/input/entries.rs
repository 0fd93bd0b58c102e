//! Ways into a function other than its entry that the file shows: code elsewhere
//! jumping or calling into its middle, the address of a place inside it taken
//! (a relocation, a RIP-relative operand, an immediate of a linked image, a
//! global symbol there). The analysis follows a function's paths from its entry
//! only; a place reached another way holds a state it never saw, so a function
//! with such a place gets no claim (`decode::decode_for_analysis`).
//!
//! Kernel tables whose entries are no way in (unwind and patch-site lists) are
//! skipped by name; the ones rspill models (`__ex_table`, `.altinstructions`,
//! `__jump_table`) are checked where they are read, and here for entries that
//! cross from one function into another.

use super::elf::{Module, ModuleKind};
use iced_x86::{Decoder, DecoderOptions, FlowControl, Instruction, OpKind};
use object::read::elf::{ElfFile64, SectionHeader};
use object::{Endianness, Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// A place inside a function (its address in the module's layout) and what
/// leads there, for the reason shown with "no claim".
pub type InteriorEntry = (u64, Arc<str>);

/// Function extents by start address, for "is this address strictly inside one".
pub struct Extents(Vec<(u64, u64)>);

impl Extents {
    pub fn new(mut starts_and_ends: Vec<(u64, u64)>) -> Extents {
        starts_and_ends.sort_unstable();
        Extents(starts_and_ends)
    }

    /// The extent `[start, end)` that holds `address`.
    pub fn containing(&self, address: u64) -> Option<(u64, u64)> {
        let i = self.0.partition_point(|&(s, _)| s <= address);
        let (s, e) = *self.0.get(i.checked_sub(1)?)?;
        (address < e).then_some((s, e))
    }

    /// The extent `[start, end)` that holds `address` past its first byte.
    fn interior(&self, address: u64) -> Option<(u64, u64)> {
        let i = self.0.partition_point(|&(s, _)| s < address);
        let (s, e) = *self.0.get(i.checked_sub(1)?)?;
        (address > s && address < e).then_some((s, e))
    }
}

/// Sections whose references to code are no way into it, or are modelled
/// where rspill reads them.
fn skipped_section(name: &str) -> bool {
    const PREFIXES: &[&str] = &[".debug", ".discard.", ".note", ".BTF", ".llvm", ".rela", ".comment"];
    const NAMES: &[&str] = &[
        // Modelled: fault fixups, alternatives, static-key targets.
        "__ex_table",
        ".altinstructions",
        "__jump_table",
        // Lists of places the kernel (or objtool, the unwinder) looks at, or
        // patches without changing where control goes.
        ".orc_unwind_ip",
        ".orc_unwind",
        ".orc_header",
        "__bug_table",
        ".static_call_sites",
        ".retpoline_sites",
        ".return_sites",
        ".call_sites",
        "__mcount_loc",
        "__patchable_function_entries",
        ".smp_locks",
        ".ibt_endbr_seal",
        ".cfi_sites",
        ".kcfi_traps",
        ".parainstructions",
        ".eh_frame",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p)) || NAMES.contains(&name)
}

/// References to function interiors in a relocatable object's relocations and
/// global symbols. `replacement_owner(section, offset)` names, for a place in
/// `.altinstr_replacement`, the extent of the function whose site it replaces
/// (its branches back into that function are modelled).
pub fn from_relocations(
    file: &ElfFile64<Endianness>,
    bases: &HashMap<usize, u64>,
    extents: &Extents,
    replacement_owner: &dyn Fn(usize, u64) -> Option<(u64, u64)>,
) -> Vec<InteriorEntry> {
    use object::elf::*;
    let mut out = Vec::new();
    for sym in file.symbols() {
        if !(sym.is_global() || sym.is_weak()) || sym.kind() == object::SymbolKind::Text {
            continue;
        }
        let Some(sec) = sym.section_index() else {
            continue;
        };
        let Some(&base) = bases.get(&sec.0) else {
            continue;
        };
        let at = base.wrapping_add(sym.address());
        if extents.interior(at).is_some() {
            out.push((at, Arc::from(format!("the global symbol {}", sym.name().unwrap_or("?")))));
        }
    }
    for section in file.sections() {
        let name = section.name().unwrap_or("?");
        if skipped_section(name) {
            continue;
        }
        let executable = section.kind() == object::SectionKind::Text;
        for (offset, rel) in section.relocations() {
            let RelocationFlags::Elf { r_type } = rel.flags() else {
                continue;
            };
            let (target_section, value) = match rel.target() {
                RelocationTarget::Symbol(i) => match file
                    .symbol_by_index(i)
                    .ok()
                    .and_then(|s| Some((s.section_index()?.0, s.address())))
                {
                    Some(t) => t,
                    None => continue,
                },
                RelocationTarget::Section(i) => (i.0, 0),
                _ => continue,
            };
            let Some(&base) = bases.get(&target_section) else {
                continue;
            };
            let addend = rel.addend() as u64;
            // The place referenced: a rel32 in code ends its field (branches,
            // RIP-relative operands): S + A + 4; a GOT entry holds S; data and
            // absolute fields hold S + A.
            let place = match r_type {
                R_X86_64_PC32 | R_X86_64_PLT32 | R_X86_64_PC64 if executable => {
                    value.wrapping_add(addend).wrapping_add(4)
                }
                R_X86_64_GOTPCREL | R_X86_64_GOTPCRELX | R_X86_64_REX_GOTPCRELX => value,
                _ => value.wrapping_add(addend),
            };
            let at = base.wrapping_add(place);
            let Some(extent) = extents.interior(at) else {
                continue;
            };
            if name == ".altinstr_replacement"
                && replacement_owner(section.index().0, offset) == Some(extent)
            {
                continue;
            }
            out.push((at, Arc::from(format!("{name}+{offset:#x}"))));
        }
    }
    out
}

/// Absolute pointers to function interiors in a linked image's data (no
/// relocations say where pointers are): every 8 bytes of its allocated data,
/// at any alignment, that hold such an address. The kernel's table of ftrace call
/// sites (`__start_mcount_loc`..`__stop_mcount_loc`) names a place in nearly
/// every function and is no way in: skipped.
pub fn from_linked_data(file: &ElfFile64<Endianness>, extents: &Extents) -> Vec<InteriorEntry> {
    let mut skipped: Vec<(u64, u64)> = Vec::new();
    let find = |name: &str| file.symbols().find(|s| s.name() == Ok(name)).map(|s| s.address());
    for (start, stop) in [("__start_mcount_loc", "__stop_mcount_loc")] {
        if let (Some(a), Some(b)) = (find(start), find(stop)) {
            skipped.push((a, b));
        }
    }
    let (Some(&(lowest, _)), Some(highest)) = (extents.0.first(), extents.0.iter().map(|e| e.1).max()) else {
        return Vec::new();
    };
    let sections: Vec<_> = file
        .sections()
        .filter(|s| {
            s.kind() != object::SectionKind::Text
                && s.kind() != object::SectionKind::UninitializedData
                && s.elf_section_header().sh_flags(file.endian()).0 & object::elf::SHF_ALLOC.0 != 0
                && !skipped_section(s.name().unwrap_or(""))
        })
        .collect();
    sections
        .par_iter()
        .flat_map_iter(|section| {
            let mut found = Vec::new();
            let name = section.name().unwrap_or("?");
            let base = section.address();
            if let Ok(data) = section.data() {
                // Every byte offset: packed structures keep pointers unaligned.
                for (i, word) in data.windows(8).enumerate() {
                    let v = u64::from_le_bytes(word.try_into().unwrap_or_default());
                    if v <= lowest || v >= highest || extents.interior(v).is_none() {
                        continue;
                    }
                    let at = base + i as u64;
                    if skipped.iter().any(|&(a, b)| at >= a && at < b) {
                        continue;
                    }
                    found.push((v, Arc::from(format!("a pointer in {name}+{:#x}", at - base))));
                }
            }
            found.into_iter()
        })
        .collect()
}

/// References to function interiors in the module's code: direct jumps and
/// calls from other code, RIP-relative addresses of other code, a linked
/// image's immediates (`push $label; ret`), static-key and alternative
/// branches that cross into another function.
pub fn from_code(module: &Module) -> Vec<InteriorEntry> {
    let mut extents_list = Vec::with_capacity(module.functions.len());
    for f in &module.functions {
        let start = module.function_address(f);
        extents_list.push((start, start.saturating_add(f.size)));
    }
    let extents = Extents::new(extents_list);
    let linked = module.kind == ModuleKind::Executable;
    // Every byte of each code section: functions, and the code between them.
    let mut pieces: Vec<(usize, u64, u64)> = Vec::new();
    for (slot, section) in module.sections.iter().enumerate() {
        let mut at = 0u64;
        let len = section.file_range.len() as u64;
        let first = module.functions.partition_point(|f| f.section < slot);
        for f in module.functions[first..].iter().take_while(|f| f.section == slot) {
            if f.offset > at {
                pieces.push((slot, at, f.offset));
            }
            pieces.push((slot, f.offset, f.offset + f.size));
            at = at.max(f.offset + f.size);
        }
        if at < len {
            pieces.push((slot, at, len));
        }
    }
    let mut out: Vec<InteriorEntry> = pieces
        .par_iter()
        .flat_map_iter(|&(slot, lo, hi)| {
            let section = &module.sections[slot];
            let bytes = &module.bytes()[section.file_range.clone()][lo as usize..hi as usize];
            let start = section.base.wrapping_add(lo);
            let end = section.base.wrapping_add(hi);
            let mut found = Vec::new();
            let mut decoder = Decoder::with_ip(64, bytes, start, DecoderOptions::NONE);
            let mut ins = Instruction::default();
            while decoder.can_decode() {
                decoder.decode_out(&mut ins);
                if ins.is_invalid() {
                    continue;
                }
                let off = ins.ip() - section.base;
                // A relocated field reads as 0 here: the relocation says more.
                if !linked && !section.relocs_in(off, off + ins.len() as u64).is_empty() {
                    continue;
                }
                let own = |t: u64| t >= start && t < end;
                let mut note = |t: u64, what: &str| {
                    if extents.interior(t).is_some() {
                        found.push((t, Arc::from(format!("{what} at {}", describe(module, ins.ip())))));
                    }
                };
                let direct = matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
                    && matches!(
                        ins.flow_control(),
                        FlowControl::UnconditionalBranch | FlowControl::ConditionalBranch | FlowControl::Call
                    );
                if direct && !own(ins.near_branch_target()) {
                    note(ins.near_branch_target(), "a jump or call");
                }
                if ins.is_ip_rel_memory_operand() && !own(ins.ip_rel_memory_address()) {
                    note(ins.ip_rel_memory_address(), "an address taken");
                }
                if linked {
                    for n in 0..ins.op_count() {
                        if matches!(
                            ins.op_kind(n),
                            OpKind::Immediate32to64 | OpKind::Immediate64 | OpKind::Immediate32
                        ) {
                            let imm = match ins.op_kind(n) {
                                OpKind::Immediate32 => ins.immediate(n) as u32 as i32 as i64 as u64,
                                _ => ins.immediate(n),
                            };
                            note(imm, "an address as an immediate");
                        }
                    }
                }
            }
            found.into_iter()
        })
        .collect();
    // Static-key and alternative branches: modelled within one function, a way
    // in when they cross from another.
    for section in &module.sections {
        let of = |off: u64| extents.interior(section.base.wrapping_add(off));
        let owner = |off: u64| extents.containing(section.base.wrapping_add(off));
        for &(site, target) in &section.jump_labels {
            if let Some(e) = of(target) {
                if owner(site) != Some(e) {
                    out.push((
                        section.base.wrapping_add(target),
                        Arc::from(format!("the static key at {}", describe(module, section.base.wrapping_add(site)))),
                    ));
                }
            }
        }
        if linked {
            for alt in &section.alternatives {
                let Some(address) = alt.address else { continue };
                let mut decoder = Decoder::with_ip(64, &alt.replacement, address, DecoderOptions::NONE);
                for ins in decoder.iter() {
                    let direct = matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32);
                    if let Some(e) = direct.then(|| extents.interior(ins.near_branch_target())).flatten() {
                        if owner(alt.site) != Some(e) {
                            out.push((
                                ins.near_branch_target(),
                                Arc::from(format!(
                                    "the .altinstructions replacement for {}",
                                    describe(module, section.base.wrapping_add(alt.site))
                                )),
                            ));
                        }
                    }
                }
            }
        }
    }
    out
}

/// `function+0xN`, or `section+0xN` outside any function.
fn describe(module: &Module, address: u64) -> String {
    if let Some(f) = module.function_at(address) {
        return format!("{}+{:#x}", f.name, address - module.function_address(f));
    }
    match module
        .sections
        .iter()
        .find(|s| address >= s.base && address - s.base < s.file_range.len() as u64)
    {
        Some(s) => format!("{}+{:#x}", s.name, address - s.base),
        None => format!("{address:#x}"),
    }
}
