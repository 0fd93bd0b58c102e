//! Address → inline chain of file:line from DWARF (gimli/addr2line), innermost
//! first. Relocatable objects have unapplied relocations in their debug sections;
//! they are applied here against the same synthetic section layout as `elf` uses.

use crate::analysis::findings::SourceFrame;
use crate::input::elf::{Module, ModuleKind};
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
        Self::load_only(module, &ALL_SECTIONS, &[])
    }

    /// What prototypes need: no location lists (large, and for relocatable
    /// objects many relocations to resolve).
    pub fn load_for_prototypes(module: &'a Module) -> Result<Option<DwarfSections<'a>>, String> {
        use gimli::SectionId::*;
        Self::load_only(
            module,
            &[
                DebugAbbrev,
                DebugAddr,
                DebugAranges,
                DebugInfo,
                DebugLineStr,
                DebugRanges,
                DebugRngLists,
                // Reading a unit reads its line program's header, which has no
                // relocated fields: the section without its relocations (the
                // line program's addresses are not read).
                DebugLine,
            ],
            // No names: .debug_str_offsets of a KMSAN vmlinux.o alone has ten
            // million relocations.
            &[DebugLine],
        )
    }

    fn load_only(
        module: &'a Module,
        ids: &[gimli::SectionId],
        unrelocated: &[gimli::SectionId],
    ) -> Result<Option<DwarfSections<'a>>, String> {
        let file = ElfFile64::<Endianness>::parse(module.bytes()).map_err(|e| e.to_string())?;
        if file.section_by_name(".debug_info").is_none() {
            return Ok(None);
        }
        let relocatable = module.kind == ModuleKind::Relocatable;
        let mut sections = Vec::new();
        for &id in ids {
            let Some(section) = file.section_by_name(id.name()) else {
                continue;
            };
            let data = section
                .uncompressed_data()
                .map_err(|e| format!("{}: {e}", id.name()))?;
            let relocs = if relocatable && !unrelocated.contains(&id) {
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

impl<'a> DwarfSections<'a> {
    /// The sections as gimli reads them (relocations applied on the fly).
    fn dwarf<'s>(&'s self) -> Result<gimli::Dwarf<Reader<'s>>, String> {
        let sections = self;
        let load = |id: gimli::SectionId| -> Result<Reader<'s>, gimli::Error> {
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
        gimli::Dwarf::load(load).map_err(|e| format!("reading DWARF: {e}"))
    }
}

impl<'a> DwarfIndex<'a> {
    pub fn new(sections: &'a DwarfSections<'_>) -> Result<DwarfIndex<'a>, String> {
        let ctx = addr2line::Context::from_dwarf(sections.dwarf()?)
            .map_err(|e| format!("reading DWARF: {e}"))?;
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

/// Function prototypes from DWARF, looked up by code address without building
/// addr2line's whole-image index: the unit through `.debug_aranges` where it
/// covers the address, else through each unit's ranges (units parsed once, on
/// first use).
pub struct Prototypes<'a> {
    dwarf: gimli::Dwarf<Reader<'a>>,
    /// (range, unit offset in .debug_info), sorted by range start.
    ranges: std::cell::OnceCell<Vec<(u64, u64, gimli::DebugInfoOffset)>>,
    /// Per unit, parsed once: the unit and where each of its top-level
    /// subprograms starts (several callees often share a unit, and walking a
    /// kernel unit's top-level entries is the cost).
    units: std::cell::RefCell<HashMap<gimli::DebugInfoOffset, std::rc::Rc<UnitSubprograms<'a>>>>,
}

/// A unit and its top-level subprograms by `DW_AT_low_pc`.
struct UnitSubprograms<'a> {
    unit: gimli::Unit<Reader<'a>>,
    by_address: HashMap<u64, gimli::UnitOffset>,
}

impl<'a> Prototypes<'a> {
    pub fn new(sections: &'a DwarfSections<'_>) -> Result<Prototypes<'a>, String> {
        Ok(Prototypes {
            dwarf: sections.dwarf()?,
            ranges: std::cell::OnceCell::new(),
            units: std::cell::RefCell::new(HashMap::new()),
        })
    }

    fn unit_ranges(&self) -> &[(u64, u64, gimli::DebugInfoOffset)] {
        self.ranges.get_or_init(|| {
            let mut out = Vec::new();
            let mut covered = std::collections::HashSet::new();
            let mut headers = self.dwarf.debug_aranges.headers();
            while let Ok(Some(h)) = headers.next() {
                let mut entries = h.entries();
                while let Ok(Some(e)) = entries.next() {
                    let r = e.range();
                    if r.end > r.begin {
                        out.push((r.begin, r.end, h.debug_info_offset()));
                        covered.insert(h.debug_info_offset());
                    }
                }
            }
            // Units .debug_aranges does not list (clang emits none by default).
            let mut units = self.dwarf.units();
            while let Ok(Some(h)) = units.next() {
                let Some(off) = h.offset().to_debug_info_offset(&h) else {
                    continue;
                };
                if covered.contains(&off) {
                    continue;
                }
                let Ok(unit) = self.dwarf.unit(h) else {
                    continue;
                };
                let Ok(mut rs) = self.dwarf.unit_ranges(&unit) else {
                    continue;
                };
                while let Ok(Some(r)) = rs.next() {
                    if r.end > r.begin {
                        out.push((r.begin, r.end, off));
                    }
                }
            }
            out.sort_unstable_by_key(|r| (r.0, r.1));
            out
        })
    }

    /// The units whose ranges contain `address`, each with its subprograms.
    fn units_at(&self, address: u64) -> Vec<std::rc::Rc<UnitSubprograms<'a>>> {
        let ranges = self.unit_ranges();
        let mut offsets: Vec<gimli::DebugInfoOffset> = ranges
            .iter()
            .filter(|&&(b, e, _)| b <= address && address < e)
            .map(|r| r.2)
            .collect();
        offsets.dedup();
        offsets
            .into_iter()
            .filter_map(|o| {
                if let Some(u) = self.units.borrow().get(&o) {
                    return Some(u.clone());
                }
                let h = self.dwarf.debug_info.header_from_offset(o).ok()?;
                let unit = self.dwarf.unit(h).ok()?;
                let by_address = top_level_subprograms(gimli::UnitRef::new(&self.dwarf, &unit));
                let parsed = std::rc::Rc::new(UnitSubprograms { unit, by_address });
                self.units.borrow_mut().insert(o, parsed.clone());
                Some(parsed)
            })
            .collect()
    }

    /// Whether the function whose code starts at `address` takes every argument
    /// in registers, by its DWARF prototype (SysV x86-64: at most six
    /// integer-class argument registers' worth of scalars, no aggregate
    /// argument or return value, not variadic). False whenever DWARF cannot
    /// tell: no subprogram there, a type rspill does not classify, a reference
    /// into another unit.
    pub fn register_args_only(&self, address: u64) -> bool {
        self.prototype_slots(address)
            .is_some_and(|slots| slots <= 6)
    }

    /// Argument registers the prototype needs, if it needs only registers.
    fn prototype_slots(&self, address: u64) -> Option<u32> {
        self.units_at(address).iter().find_map(|u| {
            let found = *u.by_address.get(&address)?;
            prototype_slots_in(gimli::UnitRef::new(&self.dwarf, &u.unit), found)
        })
    }
}

#[allow(non_upper_case_globals)] // gimli's DW_* constants, matched as patterns
fn prototype_slots_in(unit: gimli::UnitRef<Reader<'_>>, found: gimli::UnitOffset) -> Option<u32> {
    {
        use gimli::constants::*;
        // The prototype: the abstract instance or declaration it refers to.
        let mut decl = found;
        for _ in 0..4 {
            let e = unit.entry(decl).ok()?;
            match e
                .attr_value(DW_AT_abstract_origin)
                .or_else(|| e.attr_value(DW_AT_specification))
            {
                Some(gimli::AttributeValue::UnitRef(o)) => decl = o,
                Some(_) => return None,
                None => break,
            }
        }
        // Another calling convention (ms_abi: the callee owns 32 bytes of home
        // space above its return address) on either DIE: the rule is SysV's.
        for off in [found, decl] {
            let e = unit.entry(off).ok()?;
            match e.attr_value(DW_AT_calling_convention) {
                None | Some(gimli::AttributeValue::CallingConvention(DW_CC_normal)) => {}
                Some(_) => return None,
            }
        }
        let d = unit.entry(decl).ok()?;
        if let Some(t) = d.attr_value(DW_AT_type) {
            // An aggregate return value may come back through memory the
            // caller passes: only scalars.
            scalar_slots(&unit, t)?;
        }
        let mut slots = 0;
        let mut params = unit.entries_at_offset(decl).ok()?;
        let top = params.next_dfs().ok()??.depth();
        while let Ok(Some(e)) = params.next_dfs() {
            if e.depth() <= top {
                break;
            }
            if e.depth() != top + 1 {
                continue;
            }
            match e.tag() {
                DW_TAG_formal_parameter => slots += scalar_slots(&unit, e.attr_value(DW_AT_type)?)?,
                // Variadic: may take anything on the stack.
                DW_TAG_unspecified_parameters => return None,
                _ => {}
            }
        }
        Some(slots)
    }
}

/// Where each top-level subprogram of `unit` starts (C functions are children
/// of the unit: walk those, skipping subtrees).
#[allow(non_upper_case_globals)]
fn top_level_subprograms(unit: gimli::UnitRef<Reader<'_>>) -> HashMap<u64, gimli::UnitOffset> {
    use gimli::constants::*;
    let mut out = HashMap::new();
    let Ok(mut tree) = unit.entries_tree(None) else {
        return out;
    };
    let Ok(root) = tree.root() else {
        return out;
    };
    let mut children = root.children();
    while let Ok(Some(child)) = children.next() {
        let e = child.entry();
        if e.tag() != DW_TAG_subprogram {
            continue;
        }
        if let Some(pc) = e
            .attr_value(DW_AT_low_pc)
            .and_then(|v| unit.attr_address(v).ok().flatten())
        {
            out.entry(pc).or_insert(e.offset());
        }
    }
    out
}

/// Integer registers a scalar of this type takes (None: an aggregate, a
/// floating-point type, or a type rspill does not follow).
#[allow(non_upper_case_globals)]
fn scalar_slots(
    unit: &gimli::UnitRef<Reader<'_>>,
    ty: gimli::AttributeValue<Reader<'_>>,
) -> Option<u32> {
    use gimli::constants::*;
    let mut ty = ty;
    for _ in 0..16 {
        let gimli::AttributeValue::UnitRef(o) = ty else {
            return None;
        };
        let e = unit.entry(o).ok()?;
        let size = e.attr_value(DW_AT_byte_size).and_then(|v| v.udata_value());
        match e.tag() {
            DW_TAG_typedef | DW_TAG_const_type | DW_TAG_volatile_type | DW_TAG_restrict_type
            | DW_TAG_atomic_type => ty = e.attr_value(DW_AT_type)?,
            DW_TAG_pointer_type | DW_TAG_reference_type | DW_TAG_rvalue_reference_type => {
                return Some(1);
            }
            DW_TAG_enumeration_type if size.is_some_and(|s| s <= 8) => return Some(1),
            DW_TAG_base_type => {
                let enc = e.attr_value(DW_AT_encoding);
                let float = matches!(
                    enc,
                    Some(gimli::AttributeValue::Encoding(
                        DW_ATE_float | DW_ATE_complex_float | DW_ATE_decimal_float
                    ))
                );
                return match size {
                    _ if float => None,
                    Some(s) if s <= 8 => Some(1),
                    Some(16) => Some(2),
                    _ => None,
                };
            }
            _ => return None,
        }
    }
    None
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
