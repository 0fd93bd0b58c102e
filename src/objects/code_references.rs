//! What the sections other than code say of code places: every relocation
//! from a table (`__ex_table`, `.altinstructions`, static calls, return
//! sites …) into code, read once for `rewrite`, which refuses the places, and
//! `extract`, which lists the tables its reproducer does not carry.

use crate::input::elf::{Module, relocation_target};
use object::read::elf::ElfFile64;
use object::{Endianness, Object, ObjectSection};
use std::ops::Range;

/// Code ranges the kernel patches or looks up at run time: the original
/// instructions of every `.altinstructions` entry, and every address other
/// special sections refer to (exception tables, static calls, return sites …).
pub struct SpecialRefs {
    /// (ELF section index of the code, byte range, what refers to it).
    pub ranges: Vec<(usize, Range<u64>, String)>,
}

/// Size of `struct alt_instr` in 6.12 (arch/x86/include/asm/alternative.h):
/// s32 instr_offset, s32 repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen.
const ALT_INSTR_SIZE: u64 = 14;
const ALT_INSTRLEN_AT: u64 = 12;

pub fn special_refs(module: &Module) -> Result<SpecialRefs, String> {
    let file = ElfFile64::<Endianness>::parse(module.bytes()).map_err(|e| e.to_string())?;
    let mut ranges = Vec::new();
    for section in file.sections() {
        let name = section.name().unwrap_or("");
        if section.kind() == object::SectionKind::Text
            || name.starts_with(".debug")
            || name.starts_with(".rela")
        {
            continue;
        }
        let data = section.data().unwrap_or(&[]);
        for (offset, rel) in section.relocations() {
            let Some((target_section, target)) = relocation_target(&file, &rel) else {
                continue;
            };
            let mut len = 1;
            if name == ".altinstructions" && offset % ALT_INSTR_SIZE == 0 {
                // The original instructions this entry may patch.
                len = data
                    .get((offset + ALT_INSTRLEN_AT) as usize)
                    .copied()
                    .unwrap_or(1)
                    .max(1) as u64;
            }
            ranges.push((
                target_section,
                target..target.saturating_add(len),
                name.to_string(),
            ));
        }
    }
    Ok(SpecialRefs { ranges })
}
