//! Address → inline chain of file:line from DWARF (gimli/addr2line), innermost
//! first. Relocatable objects have unapplied relocations in their debug sections;
//! they are applied here against the same synthetic section layout as `elf` uses.

use crate::elf::{Module, ModuleKind};
use crate::findings::SourceFrame;
use gimli::{EndianSlice, LittleEndian, RelocateReader};
use object::read::elf::ElfFile64;
use object::{Endianness, Object, ObjectSection, ObjectSymbol, RelocationTarget};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

/// Resolved relocation values of one debug section, by section offset.
#[derive(Clone, Debug, Default)]
struct SectionRelocs(Arc<HashMap<usize, u64>>);

impl gimli::Relocate<usize> for SectionRelocs {
    fn relocate_address(&self, offset: usize, value: u64) -> gimli::Result<u64> {
        Ok(self.0.get(&offset).copied().unwrap_or(value))
    }

    fn relocate_offset(&self, offset: usize, value: usize) -> gimli::Result<usize> {
        match self.0.get(&offset) {
            Some(&v) => usize::try_from(v).map_err(|_| gimli::Error::UnsupportedOffset),
            None => Ok(value),
        }
    }
}

type Reader<'a> = RelocateReader<EndianSlice<'a, LittleEndian>, SectionRelocs>;

/// The raw debug sections of a module: borrowed from the file's mapping, or
/// decompressed (SHF_COMPRESSED) into owned buffers. Kept apart from the index so
/// that the index can borrow it without copying hundreds of megabytes.
pub struct DwarfSections<'a> {
    sections: Vec<(gimli::SectionId, Cow<'a, [u8]>, SectionRelocs)>,
}

impl<'a> DwarfSections<'a> {
    /// `Ok(None)` when the module has no DWARF.
    pub fn load(module: &'a Module) -> Result<Option<DwarfSections<'a>>, String> {
        let file = ElfFile64::<Endianness>::parse(module.bytes()).map_err(|e| e.to_string())?;
        if file.section_by_name(".debug_info").is_none() {
            return Ok(None);
        }
        let relocatable = module.kind == ModuleKind::Relocatable;
        let mut sections = Vec::new();
        for id in ALL_SECTIONS {
            let Some(section) = file.section_by_name(id.name()) else {
                continue;
            };
            let data = section
                .uncompressed_data()
                .map_err(|e| format!("{}: {e}", id.name()))?;
            let relocs = if relocatable {
                resolve_relocs(&file, &section, module)
            } else {
                HashMap::new()
            };
            sections.push((id, data, SectionRelocs(Arc::new(relocs))));
        }
        Ok(Some(DwarfSections { sections }))
    }
}

const ALL_SECTIONS: [gimli::SectionId; 13] = [
    gimli::SectionId::DebugAbbrev,
    gimli::SectionId::DebugAddr,
    gimli::SectionId::DebugAranges,
    gimli::SectionId::DebugInfo,
    gimli::SectionId::DebugLine,
    gimli::SectionId::DebugLineStr,
    gimli::SectionId::DebugLoc,
    gimli::SectionId::DebugLocLists,
    gimli::SectionId::DebugRanges,
    gimli::SectionId::DebugRngLists,
    gimli::SectionId::DebugStr,
    gimli::SectionId::DebugStrOffsets,
    gimli::SectionId::DebugTypes,
];

/// DWARF line and inline information of one module.
pub struct DwarfIndex<'a> {
    ctx: addr2line::Context<Reader<'a>>,
}

impl<'a> DwarfIndex<'a> {
    pub fn new(sections: &'a DwarfSections<'_>) -> Result<DwarfIndex<'a>, String> {
        let load = |id: gimli::SectionId| -> Result<Reader<'a>, gimli::Error> {
            Ok(
                match sections.sections.iter().find(|(sid, _, _)| *sid == id) {
                    Some((_, data, relocs)) => {
                        RelocateReader::new(EndianSlice::new(data, LittleEndian), relocs.clone())
                    }
                    None => RelocateReader::new(
                        EndianSlice::new(&[], LittleEndian),
                        SectionRelocs::default(),
                    ),
                },
            )
        };
        let dwarf = gimli::Dwarf::load(load).map_err(|e| format!("reading DWARF: {e}"))?;
        let ctx =
            addr2line::Context::from_dwarf(dwarf).map_err(|e| format!("reading DWARF: {e}"))?;
        Ok(DwarfIndex { ctx })
    }

    /// Inline chain at `address`, innermost frame first; empty when DWARF has nothing.
    pub fn frames(&self, address: u64) -> Vec<SourceFrame> {
        let mut out = Vec::new();
        let Ok(mut iter) = self.ctx.find_frames(address).skip_all_loads() else {
            return out;
        };
        while let Ok(Some(frame)) = iter.next() {
            let function = frame
                .function
                .as_ref()
                .and_then(|f| f.raw_name().ok().map(|n| n.into_owned()));
            let (file, line, column) = match frame.location {
                Some(loc) => (loc.file.map(str::to_string), loc.line, loc.column),
                None => (None, None, None),
            };
            out.push(SourceFrame {
                function,
                file,
                line,
                column,
            });
            if out.len() > 64 {
                break;
            }
        }
        out
    }
}

/// Absolute relocation values for a debug section of a relocatable object:
/// symbol value plus addend, with allocated sections at their synthetic base and
/// debug sections at 0 (DWARF wants section offsets for those).
fn resolve_relocs(
    file: &ElfFile64<Endianness>,
    section: &object::read::elf::ElfSection64<Endianness>,
    module: &Module,
) -> HashMap<usize, u64> {
    let mut out = HashMap::new();
    for (offset, rel) in section.relocations() {
        let target = match rel.target() {
            RelocationTarget::Symbol(idx) => file.symbol_by_index(idx).ok().map(|sym| {
                let base = sym
                    .section_index()
                    .and_then(|s| module.section_bases.get(&s.0).copied())
                    .unwrap_or(0);
                base.wrapping_add(sym.address())
            }),
            RelocationTarget::Section(idx) => {
                Some(module.section_bases.get(&idx.0).copied().unwrap_or(0))
            }
            _ => None,
        };
        if let (Some(t), Ok(off)) = (target, usize::try_from(offset)) {
            out.insert(off, t.wrapping_add(rel.addend() as u64));
        }
    }
    out
}
