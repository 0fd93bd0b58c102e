//! Address → inline chain of file:line from DWARF (gimli/addr2line), innermost
//! first. Relocatable objects have unapplied relocations in their debug sections;
//! they are applied here against the same synthetic section layout as `elf` uses.

use crate::analysis::findings::SourceFrame;
use crate::input::elf::{Module, ModuleKind};
use gimli::{EndianSlice, LittleEndian, RelocateReader};
use object::read::elf::{ElfFile64, Rela as _};
use object::{Endianness, Object, ObjectSection, ObjectSymbol, RelocationTarget};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

/// The relocations of one debug section of a relocatable object, looked up
/// by section offset; `base` is where the reader starts in the section (a
/// reader over one unit's bytes sees offsets from the unit's start).
#[derive(Clone, Debug, Default)]
struct SectionRelocs<'a> {
    table: Arc<RelocTable<'a>>,
    base: usize,
}

/// How a section's relocations are found. A KMSAN `vmlinux.o` has tens of
/// millions of them (ten million in `.debug_str_offsets` alone), and a scan
/// reads the few units its findings point into: the section's own `Elf64_Rela`
/// array, when sorted by offset, is searched in place and each value computed
/// when read; otherwise they are resolved into a map up front.
#[derive(Debug, Default)]
enum RelocTable<'a> {
    #[default]
    None,
    InPlace {
        file: Arc<ElfFile64<'a, Endianness>>,
        rela: &'a [object::elf::Rela64<Endianness>],
        section_bases: &'a HashMap<usize, u64>,
    },
    Resolved(HashMap<usize, u64>),
}

impl SectionRelocs<'_> {
    fn get(&self, offset: usize) -> Option<u64> {
        let offset = offset.checked_add(self.base)?;
        match &*self.table {
            RelocTable::None => None,
            RelocTable::Resolved(values) => values.get(&offset).copied(),
            RelocTable::InPlace {
                file,
                rela,
                section_bases,
            } => {
                let endian = file.endian();
                // The last entry for the offset, as the map keeps.
                let end = rela.partition_point(|r| r.r_offset(endian) <= offset as u64);
                let r = rela[..end].last()?;
                if r.r_offset(endian) != offset as u64 {
                    return None;
                }
                let symbol = r.r_sym(endian, false);
                if symbol == 0 {
                    return None;
                }
                let sym = file
                    .symbol_by_index(object::SymbolIndex(symbol as usize))
                    .ok()?;
                Some(symbol_value(&sym, section_bases).wrapping_add(r.r_addend(endian) as u64))
            }
        }
    }
}

/// A symbol's value in the synthetic layout: allocated sections at their base,
/// debug sections at 0 (DWARF wants section offsets for those).
fn symbol_value(
    sym: &object::read::elf::ElfSymbol64<'_, '_, Endianness>,
    section_bases: &HashMap<usize, u64>,
) -> u64 {
    let base = sym
        .section_index()
        .and_then(|s| section_bases.get(&s.0).copied())
        .unwrap_or(0);
    base.wrapping_add(sym.address())
}

impl gimli::Relocate<usize> for SectionRelocs<'_> {
    fn relocate_address(&self, offset: usize, value: u64) -> gimli::Result<u64> {
        Ok(self.get(offset).unwrap_or(value))
    }

    fn relocate_offset(&self, offset: usize, value: usize) -> gimli::Result<usize> {
        match self.get(offset) {
            Some(v) => usize::try_from(v).map_err(|_| gimli::Error::UnsupportedOffset),
            None => Ok(value),
        }
    }
}

type Reader<'a> = RelocateReader<EndianSlice<'a, LittleEndian>, SectionRelocs<'a>>;

/// The raw debug sections of a module: borrowed from the file's mapping, or
/// decompressed (SHF_COMPRESSED) into owned buffers. Kept apart from the index so
/// that the index can borrow it without copying hundreds of megabytes.
pub struct DwarfSections<'a> {
    sections: Vec<(gimli::SectionId, Cow<'a, [u8]>, SectionRelocs<'a>)>,
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
        let file =
            Arc::new(ElfFile64::<Endianness>::parse(module.bytes()).map_err(|e| e.to_string())?);
        let relocatable = (module.kind == ModuleKind::Relocatable).then_some(module);
        Self::load_from(file, relocatable, ids, unrelocated)
    }

    /// The sections `ids` of `file`, those not in `unrelocated` with the
    /// relocations of `relocatable` (None: a linked image's, which have none).
    fn load_from(
        file: Arc<ElfFile64<'a, Endianness>>,
        relocatable: Option<&'a Module>,
        ids: &[gimli::SectionId],
        unrelocated: &[gimli::SectionId],
    ) -> Result<Option<DwarfSections<'a>>, String> {
        if file.section_by_name(".debug_info").is_none() {
            return Ok(None);
        }
        let mut sections = Vec::new();
        for &id in ids {
            let Some(section) = file.section_by_name(id.name()) else {
                continue;
            };
            let data = section
                .uncompressed_data()
                .map_err(|e| format!("{}: {e}", id.name()))?;
            let table = match relocatable {
                Some(module) if !unrelocated.contains(&id) => reloc_table(&file, &section, module),
                _ => RelocTable::None,
            };
            sections.push((
                id,
                data,
                SectionRelocs {
                    table: Arc::new(table),
                    base: 0,
                },
            ));
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

impl<'a> DwarfSections<'a> {
    /// One section's bytes and relocations, if the module has it.
    fn section(&self, id: gimli::SectionId) -> Option<(&[u8], &SectionRelocs<'a>)> {
        self.sections
            .iter()
            .find(|(sid, _, _)| *sid == id)
            .map(|(_, data, relocs)| (&data[..], relocs))
    }

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

/// DWARF line and inline information of one module, read per unit: finding
/// the unit of an address costs `.debug_aranges` (or each unit's first entry),
/// and only the units that findings point into are parsed (a whole image has
/// thousands; a scan has a few dozen findings that want source lines).
pub struct DwarfIndex<'a> {
    sections: &'a DwarfSections<'a>,
    dwarf: gimli::Dwarf<Reader<'a>>,
    ranges: UnitRanges,
}

impl<'a> DwarfIndex<'a> {
    /// `ranges`: what `linked_image_unit_ranges` read of the same file
    /// (None: read them now).
    pub fn new(
        sections: &'a DwarfSections<'a>,
        ranges: Option<UnitRanges>,
    ) -> Result<DwarfIndex<'a>, String> {
        let dwarf = sections.dwarf()?;
        let ranges = ranges.unwrap_or_else(|| UnitRanges::new(&dwarf));
        Ok(DwarfIndex {
            sections,
            dwarf,
            ranges,
        })
    }

    /// Inline chain at each address, innermost frame first (empty when DWARF
    /// has nothing): the units in parallel, each parsed once.
    pub fn frames_at(&self, addresses: &[u64]) -> HashMap<u64, Vec<SourceFrame>> {
        use rayon::prelude::*;
        // One unit: read alone. Several (overlapping ranges): the whole-module
        // context decides, as addr2line does. None: no source line (code
        // without DWARF, such as most assembly; building the whole context to
        // find nothing would cost what reading per unit saves).
        let mut by_unit: HashMap<Option<gimli::DebugInfoOffset>, Vec<u64>> = HashMap::new();
        let mut out = HashMap::new();
        for &a in addresses {
            let units = self.ranges.units_at(a);
            let key = match units.as_slice() {
                [] => {
                    out.insert(a, Vec::new());
                    continue;
                }
                [one] => Some(*one),
                _ => None,
            };
            by_unit.entry(key).or_default().push(a);
        }
        let groups: Vec<_> = by_unit.into_iter().collect();
        let found: Vec<(u64, Vec<SourceFrame>)> = groups
            .into_par_iter()
            .flat_map_iter(|(unit, addresses)| {
                let ctx = unit.and_then(|u| self.unit_context(u)).or_else(|| {
                    let whole = self.sections.dwarf().ok()?;
                    addr2line::Context::from_dwarf(whole).ok()
                });
                addresses
                    .into_iter()
                    .map(|a| {
                        let frames = ctx.as_ref().map(|c| frames_in(c, a)).unwrap_or_default();
                        (a, frames)
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        out.extend(found);
        out
    }

    /// An addr2line context over one unit's bytes: gimli reads the unit from
    /// a reader that starts at it (relocations shifted to match). None when
    /// the unit refers outside itself by section offset (`DW_FORM_ref_addr`
    /// and kin), which only the whole section resolves.
    fn unit_context(&self, unit: gimli::DebugInfoOffset) -> Option<addr2line::Context<Reader<'a>>> {
        let header = self.dwarf.debug_info.header_from_offset(unit).ok()?;
        if refers_by_section_offset(&self.dwarf.debug_abbrev, header.debug_abbrev_offset()) {
            return None;
        }
        let (data, relocs) = self.sections.section(gimli::SectionId::DebugInfo)?;
        let start = unit.0;
        let end = start.checked_add(header.length_including_self())?;
        let bytes = data.get(start..end)?;
        let mut dwarf = self.sections.dwarf().ok()?;
        dwarf.debug_info = gimli::DebugInfo::from(RelocateReader::new(
            EndianSlice::new(bytes, LittleEndian),
            SectionRelocs {
                table: relocs.table.clone(),
                base: start,
            },
        ));
        // Its offsets name units of the whole section.
        dwarf.debug_aranges = gimli::DebugAranges::from(RelocateReader::new(
            EndianSlice::new(&[], LittleEndian),
            SectionRelocs::default(),
        ));
        addr2line::Context::from_dwarf(dwarf).ok()
    }
}

/// Whether a unit's entries may refer to other entries by section offset
/// (read from its abbreviation table; true when the table cannot be read).
#[allow(non_upper_case_globals)] // gimli's DW_* constants, matched as patterns
fn refers_by_section_offset(
    debug_abbrev: &gimli::DebugAbbrev<Reader<'_>>,
    offset: gimli::DebugAbbrevOffset,
) -> bool {
    use gimli::constants::*;
    use gimli::{Reader as _, Section as _};
    let mut r = debug_abbrev.reader().clone();
    let mut walk = || -> gimli::Result<bool> {
        r.skip(offset.0)?;
        // code, tag, children flag, then (attribute, form[, value]) pairs up to
        // (0, 0); a code of 0 ends the table.
        while r.read_uleb128()? != 0 {
            r.read_uleb128()?;
            r.read_u8()?;
            loop {
                let (name, form) = (r.read_uleb128()?, r.read_uleb128()?);
                if name == 0 && form == 0 {
                    break;
                }
                let form = gimli::DwForm(form as u16);
                if matches!(
                    form,
                    DW_FORM_ref_addr | DW_FORM_GNU_ref_alt | DW_FORM_ref_sup4 | DW_FORM_ref_sup8
                ) {
                    return Ok(true);
                }
                if form == DW_FORM_implicit_const {
                    r.read_sleb128()?;
                }
            }
        }
        Ok(false)
    };
    walk().unwrap_or(true)
}

fn frames_in(ctx: &addr2line::Context<Reader<'_>>, address: u64) -> Vec<SourceFrame> {
    let mut out = Vec::new();
    let Ok(mut iter) = ctx.find_frames(address).skip_all_loads() else {
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

/// Which unit covers which addresses: `.debug_aranges` where it lists the
/// unit, else the unit's own ranges (clang emits no `.debug_aranges` by
/// default). Sorted by range start.
pub struct UnitRanges(Vec<(u64, u64, gimli::DebugInfoOffset)>);

/// The `UnitRanges` of a linked image (ET_EXEC or ET_DYN) whose code
/// sections hold more than `min_code_bytes`, read from its bytes alone,
/// before (and while) it is loaded: a whole image's take tens of
/// milliseconds of page faults through its unit headers, and loading leaves
/// a core idle for longer. None for anything else, a file whose DWARF is
/// compressed (it would be inflated twice) or unreadable (the index reads
/// it again, and says why).
pub fn linked_image_unit_ranges(data: &[u8], min_code_bytes: u64) -> Option<UnitRanges> {
    use object::elf::{ET_DYN, ET_EXEC, SHF_EXECINSTR};
    use object::read::elf::{FileHeader, SectionHeader};
    // A relocatable object (most inputs) is told by its header's e_type
    // (little-endian, at 16) without parsing the file.
    if data.get(16..18) == Some(&object::elf::ET_REL.0.to_le_bytes()) {
        return None;
    }
    let file = ElfFile64::<Endianness>::parse(data).ok()?;
    let endian = file.endian();
    let e_type = file.elf_header().e_type(endian).0;
    if e_type != ET_EXEC.0 && e_type != ET_DYN.0 {
        return None;
    }
    let code_bytes: u64 = file
        .sections()
        .filter(|s| s.elf_section_header().sh_flags(endian).0 & SHF_EXECINSTR.0 != 0)
        .map(|s| s.size())
        .sum();
    let compressed = file.sections().any(|s| {
        s.name()
            .is_ok_and(|n| n.starts_with(".debug") || n.starts_with(".zdebug"))
            && s.compressed_file_range()
                .is_ok_and(|r| r.format != object::CompressionFormat::None)
    });
    if code_bytes <= min_code_bytes || compressed {
        return None;
    }
    let sections = DwarfSections::load_from(Arc::new(file), None, &ALL_SECTIONS, &[]).ok()??;
    Some(UnitRanges::new(&sections.dwarf().ok()?))
}

/// What `Dwarf::unit_ranges` reads of a unit (the bases its root's address
/// and range forms index from, and its low PC), without what `Dwarf::unit`
/// reads besides: the unit's name, directory and line program header, whose
/// file tables were most of this index's cost on a whole image without
/// `.debug_aranges` (clang's: every unit is asked). The bases as gimli's
/// `Unit::new_with_abbreviations` sets them.
fn unit_for_ranges<'a>(
    dwarf: &gimli::Dwarf<Reader<'a>>,
    header: gimli::UnitHeader<Reader<'a>>,
) -> gimli::Result<gimli::Unit<Reader<'a>>> {
    use gimli::{AttributeValue, constants};
    let encoding = header.encoding();
    let mut unit = gimli::Unit {
        abbreviations: dwarf.abbreviations(&header)?,
        name: None,
        comp_dir: None,
        low_pc: 0,
        str_offsets_base: gimli::DebugStrOffsetsBase::default_for_encoding_and_file(
            encoding,
            dwarf.file_type,
        ),
        addr_base: gimli::DebugAddrBase(0),
        loclists_base: gimli::DebugLocListsBase::default_for_encoding_and_file(
            encoding,
            dwarf.file_type,
        ),
        rnglists_base: gimli::DebugRngListsBase::default_for_encoding_and_file(
            encoding,
            dwarf.file_type,
        ),
        line_program: None,
        dwo_id: match header.type_() {
            gimli::UnitType::Skeleton(id) | gimli::UnitType::SplitCompilation(id) => Some(id),
            _ => None,
        },
        header,
    };
    let mut low_pc = None;
    {
        let mut cursor = unit.header.entries(&unit.abbreviations);
        cursor.next_dfs()?;
        let root = cursor.current().ok_or(gimli::Error::MissingUnitDie)?;
        for attr in root.attrs() {
            match (attr.name(), attr.value()) {
                (constants::DW_AT_low_pc, value) => low_pc = Some(value),
                (constants::DW_AT_str_offsets_base, AttributeValue::DebugStrOffsetsBase(b)) => {
                    unit.str_offsets_base = b
                }
                (
                    constants::DW_AT_addr_base | constants::DW_AT_GNU_addr_base,
                    AttributeValue::DebugAddrBase(b),
                ) => unit.addr_base = b,
                (constants::DW_AT_loclists_base, AttributeValue::DebugLocListsBase(b)) => {
                    unit.loclists_base = b
                }
                (
                    constants::DW_AT_rnglists_base | constants::DW_AT_GNU_ranges_base,
                    AttributeValue::DebugRngListsBase(b),
                ) => unit.rnglists_base = b,
                _ => {}
            }
        }
    }
    if let Some(value) = low_pc {
        if let Some(address) = dwarf.attr_address(&unit, value)? {
            unit.low_pc = address;
        }
    }
    Ok(unit)
}

impl UnitRanges {
    fn new(dwarf: &gimli::Dwarf<Reader<'_>>) -> UnitRanges {
        let mut out = Vec::new();
        let mut covered = std::collections::HashSet::new();
        let mut headers = dwarf.debug_aranges.headers();
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
        let mut units = dwarf.units();
        while let Ok(Some(h)) = units.next() {
            let Some(off) = h.offset().to_debug_info_offset(&h) else {
                continue;
            };
            if covered.contains(&off) {
                continue;
            }
            let Ok(unit) = unit_for_ranges(dwarf, h) else {
                continue;
            };
            let Ok(mut rs) = dwarf.unit_ranges(&unit) else {
                continue;
            };
            while let Ok(Some(r)) = rs.next() {
                if r.end > r.begin {
                    out.push((r.begin, r.end, off));
                }
            }
        }
        out.sort_unstable_by_key(|r| (r.0, r.1));
        UnitRanges(out)
    }

    /// The units whose ranges contain `address`, each once.
    fn units_at(&self, address: u64) -> Vec<gimli::DebugInfoOffset> {
        let mut offsets: Vec<gimli::DebugInfoOffset> = self
            .0
            .iter()
            .take_while(|r| r.0 <= address)
            .filter(|r| address < r.1)
            .map(|r| r.2)
            .collect();
        offsets.sort_unstable_by_key(|o| o.0);
        offsets.dedup();
        offsets
    }
}

/// Function prototypes from DWARF, looked up by code address without building
/// addr2line's whole-image index: the unit through `.debug_aranges` where it
/// covers the address, else through each unit's ranges (units parsed once, on
/// first use).
pub struct Prototypes<'a> {
    dwarf: gimli::Dwarf<Reader<'a>>,
    /// Which unit covers which addresses, found on first use.
    ranges: std::cell::OnceCell<UnitRanges>,
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

    fn unit_ranges(&self) -> &UnitRanges {
        self.ranges.get_or_init(|| UnitRanges::new(&self.dwarf))
    }

    /// The units whose ranges contain `address`, each with its subprograms.
    fn units_at(&self, address: u64) -> Vec<std::rc::Rc<UnitSubprograms<'a>>> {
        self.unit_ranges()
            .units_at(address)
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

/// A debug section's relocations: searched in place when its `Elf64_Rela`
/// array is sorted by offset (what assemblers and `ld -r` write), else
/// resolved into a map.
fn reloc_table<'a>(
    file: &Arc<ElfFile64<'a, Endianness>>,
    section: &object::read::elf::ElfSection64<'a, '_, Endianness>,
    module: &'a Module,
) -> RelocTable<'a> {
    let endian = file.endian();
    match section.elf_linked_rela() {
        Ok([]) if section.elf_linked_rel().is_ok_and(|r| r.is_empty()) => RelocTable::None,
        Ok(rela) if !rela.is_empty() && rela.is_sorted_by_key(|r| r.r_offset(endian)) => {
            // Checking the order read the whole array (a KMSAN vmlinux.o's
            // `.rela.debug_str_offsets` is 240 MB); look-ups read a few pages.
            module.release(object::pod::bytes_of_slice(rela));
            RelocTable::InPlace {
                file: file.clone(),
                rela,
                section_bases: &module.section_bases,
            }
        }
        _ => RelocTable::Resolved(resolve_relocs(file, section, module)),
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
            RelocationTarget::Symbol(idx) => file
                .symbol_by_index(idx)
                .ok()
                .map(|sym| symbol_value(&sym, &module.section_bases)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn abbrev_reader(bytes: &[u8]) -> gimli::DebugAbbrev<Reader<'_>> {
        gimli::DebugAbbrev::from(RelocateReader::new(
            EndianSlice::new(bytes, LittleEndian),
            SectionRelocs::default(),
        ))
    }

    /// A unit is read alone only when no entry refers outside it by section
    /// offset; a table that cannot be read counts as one that does.
    #[test]
    fn section_offset_references_are_found_in_the_abbreviation_table() {
        use gimli::constants::*;
        let table = |form: DwForm| {
            vec![
                1, // code 1
                DW_TAG_compile_unit.0 as u8,
                1, // has children
                DW_AT_name.0 as u8,
                DW_FORM_string.0 as u8,
                0,
                0,
                2, // code 2
                DW_TAG_subprogram.0 as u8,
                0,
                DW_AT_abstract_origin.0 as u8,
                form.0 as u8,
                0,
                0,
                0, // end of table
            ]
        };
        let start = gimli::DebugAbbrevOffset(0);
        assert!(!refers_by_section_offset(
            &abbrev_reader(&table(DW_FORM_ref4)),
            start
        ));
        assert!(refers_by_section_offset(
            &abbrev_reader(&table(DW_FORM_ref_addr)),
            start
        ));
        let mut truncated = table(DW_FORM_ref4);
        truncated.truncate(9);
        assert!(refers_by_section_offset(&abbrev_reader(&truncated), start));
    }

    /// Relocations searched in place give, at every relocated offset of every
    /// debug section, the value the resolved map gives.
    #[test]
    fn relocations_in_place_agree_with_the_resolved_map() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/c/kmsan_spill_loop.o");
        let module = crate::input::elf::load_file(&path).unwrap();
        let file = Arc::new(ElfFile64::<Endianness>::parse(module.bytes()).unwrap());
        let mut checked = 0;
        for id in ALL_SECTIONS {
            let Some(section) = file.section_by_name(id.name()) else {
                continue;
            };
            let table = reloc_table(&file, &section, &module);
            let resolved = resolve_relocs(&file, &section, &module);
            if !resolved.is_empty() {
                assert!(matches!(table, RelocTable::InPlace { .. }), "{}", id.name());
            }
            let relocs = SectionRelocs {
                table: Arc::new(table),
                base: 0,
            };
            for (offset, _) in section.relocations() {
                let offset = offset as usize;
                assert_eq!(relocs.get(offset), resolved.get(&offset).copied());
                checked += 1;
            }
            // A reader over part of the section sees the same values.
            if let Some(&offset) = resolved.keys().max() {
                let shifted = SectionRelocs {
                    table: relocs.table.clone(),
                    base: 4,
                };
                assert_eq!(shifted.get(offset - 4), resolved.get(&offset).copied());
            }
        }
        assert!(checked > 20, "only {checked} relocations checked");
    }
}
