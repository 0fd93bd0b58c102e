//! Ways into a function other than its entry that the file shows: code elsewhere
//! jumping or calling into its middle, the address of a place inside it taken
//! (a relocation, a RIP-relative operand, an immediate or 8-byte pointer of a
//! linked image, a label there), and in hand-written assembly any indirect
//! jump (`ANYWHERE`: label arithmetic names no place). The analysis follows a
//! function's paths from its entry only; a place reached another way holds a
//! state it never saw, so a function with such a place gets no claim
//! (`decode::decode_for_analysis`).
//!
//! Kernel tables whose entries are no way in (unwind and patch-site lists) are
//! skipped by name; the ones rspill models (`__ex_table`, `.altinstructions`,
//! `__jump_table`) are checked where they are read, and here for entries that
//! cross from one function into another.

use super::across_calls;
use super::code_addresses::{self, ReturnAddressRead};
use super::elf::{Module, ModuleKind};
use super::first_reading::{AddressOrderReading, HandedOn, Held, OtherWays, Use};
use iced_x86::{Decoder, DecoderError, DecoderOptions, FlowControl, Instruction, Mnemonic, OpKind};
use object::read::elf::{ElfFile64, SectionHeader};
use object::{Endianness, Object, ObjectSection, ObjectSymbol, RelocationTarget};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// A place inside a function and what leads there.
#[derive(Debug, Clone)]
pub struct InteriorEntry {
    /// The place (its address in the module's layout); `ANYWHERE` for an
    /// indirect jump of hand-written assembly, which may reach any place of
    /// its section.
    pub at: u64,
    /// What leads there, for the reason shown with "no claim".
    pub from: Arc<str>,
    /// Where the reference lies when it is code (the instruction, or the
    /// relocated field), in the same layout: a jump the analysis follows from
    /// the function itself is no way in (`decode`'s `.altinstr_aux` blocks).
    pub origin: Option<u64>,
}

/// How far outside its section a relocation may point and still land in the
/// image's code after the link (1 GiB, the kernel's whole text and data).
const NEAR: u64 = 1 << 30;

/// `InteriorEntry::at` of a jump that may land anywhere in its section.
pub const ANYWHERE: u64 = u64::MAX;

fn entry(at: u64, from: String, origin: Option<u64>) -> InteriorEntry {
    InteriorEntry {
        at,
        from: Arc::from(from),
        origin,
    }
}

/// Function extents by start address, for "is this address strictly inside
/// one", and the `.altinstr_aux` sections, every place of which is noted (a
/// block there is followed as its function's own code only when nothing else
/// leads into it: `decode::follow_aux_blocks`).
pub struct Extents {
    functions: Vec<(u64, u64)>,
    aux: Vec<(u64, u64)>,
    /// The lowest start and highest end of them all (`interior` is asked of
    /// every immediate and branch target of an image; most lie outside).
    span: (u64, u64),
    /// Per page of the span (`PAGE_SHIFT`), how many functions start before
    /// it: a search for an address need only look between its page's count
    /// and the next's. Empty where the span is too wide for a table.
    starts_before_page: Vec<u32>,
}

/// The pages of `Extents::starts_before_page`: 4 KiB.
const PAGE_SHIFT: u32 = 12;

/// The widest span `Extents` keeps a page table for (1M pages, 4 MiB).
const MAX_PAGES: u64 = 1 << 20;

impl Extents {
    pub fn new(mut functions: Vec<(u64, u64)>, aux: Vec<(u64, u64)>) -> Extents {
        functions.sort_unstable();
        let all = || functions.iter().chain(&aux);
        let span = (
            all().map(|e| e.0).min().unwrap_or(u64::MAX),
            all().map(|e| e.1).max().unwrap_or(0),
        );
        let pages = span.1.saturating_sub(span.0) >> PAGE_SHIFT;
        let starts_before_page = if pages < MAX_PAGES && functions.len() < u32::MAX as usize {
            let mut counts = Vec::with_capacity(pages as usize + 2);
            let mut before = 0usize;
            for page in 0..=pages + 1 {
                let page_start = span.0.saturating_add(page << PAGE_SHIFT);
                while functions.get(before).is_some_and(|f| f.0 < page_start) {
                    before += 1;
                }
                counts.push(before as u32);
            }
            counts
        } else {
            Vec::new()
        };
        Extents {
            functions,
            aux,
            span,
            starts_before_page,
        }
    }

    /// The functions among which the first starting after `address` (or
    /// at or after it) is: all of them, or those its page's table allows.
    fn candidates(&self, address: u64) -> (usize, &[(u64, u64)]) {
        let page = address.wrapping_sub(self.span.0) >> PAGE_SHIFT;
        match (
            self.starts_before_page.get(page as usize),
            self.starts_before_page.get(page as usize + 1),
        ) {
            (Some(&lo), Some(&hi)) if address >= self.span.0 => {
                let (lo, hi) = (lo as usize, hi as usize);
                (lo, &self.functions[lo..hi])
            }
            _ => (0, &self.functions[..]),
        }
    }

    /// How many functions start at or before `address` (`strictly`: before).
    fn starting_before(&self, address: u64, strictly: bool) -> usize {
        let (first, among) = self.candidates(address);
        first + among.partition_point(|&(s, _)| if strictly { s < address } else { s <= address })
    }

    /// The function extent `[start, end)` that holds `address`.
    pub fn containing(&self, address: u64) -> Option<(u64, u64)> {
        let i = self.starting_before(address, false);
        let (s, e) = *self.functions.get(i.checked_sub(1)?)?;
        (address < e).then_some((s, e))
    }

    /// The extent `[start, end)` that holds `address` past its first byte, or
    /// the `.altinstr_aux` section that holds it.
    pub(crate) fn interior(&self, address: u64) -> Option<(u64, u64)> {
        if address < self.span.0 || address >= self.span.1 {
            return None;
        }
        if let Some(&a) = self.aux.iter().find(|&&(s, e)| address >= s && address < e) {
            return Some(a);
        }
        let i = self.starting_before(address, true);
        let (s, e) = *self.functions.get(i.checked_sub(1)?)?;
        (address > s && address < e).then_some((s, e))
    }

    /// The start of the first function that starts past `address` and at
    /// most `within` bytes after it.
    pub(crate) fn start_shortly_after(&self, address: u64, within: u64) -> Option<u64> {
        // (Paged, as `interior`: asked of most relocations of a KMSAN
        // `vmlinux.o`, which has `.call_sites`.)
        let i = self.starting_before(address, false);
        let &(s, _) = self.functions.get(i)?;
        (s - address <= within).then_some(s)
    }

    /// Whether a function starts at `address`.
    fn starts_function(&self, address: u64) -> bool {
        self.functions
            .binary_search_by_key(&address, |&(s, _)| s)
            .is_ok()
    }

    /// The lowest and highest address `interior` may answer for.
    fn bounds(&self) -> Option<(u64, u64)> {
        (self.span.0 != u64::MAX).then_some(self.span)
    }
}

/// How the references of a section are read.
#[derive(PartialEq)]
enum Read {
    /// Every relocation is a pointer.
    All,
    /// A list of places the kernel (or objtool, the unwinder) looks at, or
    /// patches without changing where control goes, after checking the bytes
    /// there: its `.long place - .` entries (PC32) are no way in; a relocation
    /// of any other type there is a pointer like any other.
    ListsPlaces,
    /// `__ex_table`: fixups, modelled with the faulting instruction's
    /// function (read below).
    Fixups,
    /// Not read: not loaded, discarded by the kernel's link, patch lists read
    /// by `patched_fields`, or tables modelled where they are read
    /// (`.altinstructions`, `__jump_table`; `__ex_table` is read below).
    Skip,
}

/// Whether the section is loaded at run time (SHF_ALLOC).
fn allocated(section: &object::read::elf::ElfSection64<'_, '_, Endianness>) -> bool {
    section.elf_section_header().sh_flags(Endianness::Little).0 & object::elf::SHF_ALLOC.0 != 0
}

/// `loaded`: code of the module may load from the section
/// (`loaded_lists`): then what it points at is a place code may go, like
/// any pointer's, whatever the kernel does with the list.
fn reading(section: &object::read::elf::ElfSection64<'_, '_, Endianness>, loaded: bool) -> Read {
    let name = section.name().unwrap_or("");
    let allocated = allocated(section);
    if loaded && allocated && !name.starts_with(".discard.") {
        return Read::All;
    }
    if name == "__ex_table" {
        return Read::Fixups;
    }
    const SKIP: &[&str] = &[
        ".altinstructions",
        "__jump_table",
        // ftrace patches a listed site only when it holds the expected call.
        "__mcount_loc",
        "__patchable_function_entries",
        // Boot-time patches (`patched_fields`).
        ".smp_locks",
        ".cfi_sites",
    ];
    const LISTS: &[&str] = &[
        ".orc_unwind_ip",
        ".orc_unwind",
        ".orc_header",
        "__bug_table",
        ".static_call_sites",
        ".retpoline_sites",
        ".return_sites",
        ".call_sites",
        ".ibt_endbr_seal",
        ".kcfi_traps",
        ".eh_frame",
    ];
    if !allocated
        || name.starts_with(".discard.")
        || name.starts_with(RUNTIME_PTR)
        || name.starts_with(RUNTIME_SHIFT)
        || SKIP.contains(&name)
    {
        Read::Skip
    } else if LISTS.contains(&name) {
        Read::ListsPlaces
    } else {
        Read::All
    }
}

/// The sections `reading` does not read as pointers (lists the kernel,
/// ftrace or objtool read, tables modelled where they are read) that the
/// module itself may load from: an allocated section's relocation names
/// them (`mov .Lentry(%rip),%rax` into `__mcount_loc`, then `jmp *%rax`),
/// or a symbol the linker defines for them (`__start___mcount_loc`) is
/// used. Their section indices.
fn loaded_lists(file: &ElfFile64<Endianness>) -> std::collections::HashSet<usize> {
    let mut loaded = std::collections::HashSet::new();
    // What is not loaded at run time is read by no code.
    let lists: HashMap<usize, &str> = file
        .sections()
        .filter(|s| allocated(s) && reading(s, false) != Read::All)
        .filter_map(|s| Some((s.index().0, s.name().ok()?)))
        .collect();
    if lists.is_empty() {
        return loaded;
    }
    // Each symbol: the list it is defined in.
    let mut in_list: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for sym in file.symbols() {
        if let Some(i) = sym.section_index().filter(|i| lists.contains_key(&i.0)) {
            in_list.insert(sym.index().0, i.0);
        } else if sym.is_undefined() {
            let name = sym.name().unwrap_or("");
            let list = name
                .strip_prefix("__start_")
                .or_else(|| name.strip_prefix("__stop_"));
            if let Some(list) = list {
                loaded.extend(lists.iter().filter(|(_, n)| **n == list).map(|(i, _)| *i));
            }
        }
    }
    for section in file.sections() {
        // A list's own entries, and what only the linker and debuggers
        // read, load nothing.
        if lists.contains_key(&section.index().0) || !allocated(&section) {
            continue;
        }
        // In pieces, in parallel: `.rela.text` is most of a KMSAN
        // vmlinux.o's relocations. (A section symbol is a symbol too.)
        let relocations = crate::input::relocations::SectionRelocations::of(file, &section);
        let found: Vec<Vec<usize>> = relocations
            .pieces()
            .into_par_iter()
            .map(|range| {
                let mut found: Vec<usize> = range
                    .filter_map(|i| in_list.get(&relocations.get(i).symbol?.0).copied())
                    .collect();
                found.sort_unstable();
                found.dedup();
                found
            })
            .collect();
        loaded.extend(found.into_iter().flatten());
    }
    loaded
}

/// Sections of a linked image whose bytes are not scanned for pointers.
fn skipped_section(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        ".debug",
        ".discard.",
        ".note",
        ".BTF",
        ".llvm",
        ".rela",
        ".comment",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p))
        || name.starts_with(RUNTIME_PTR)
        || name.starts_with(RUNTIME_SHIFT)
        || [
            "__ex_table",
            ".altinstructions",
            "__jump_table",
            ".orc_unwind_ip",
            ".orc_unwind",
        ]
        .contains(&name)
}

const RUNTIME_PTR: &str = "runtime_ptr_";
const RUNTIME_SHIFT: &str = "runtime_shift_";

/// Bytes the kernel rewrites at boot, listed as `.long place - .`: the
/// fields of `runtime_const_ptr()` and `runtime_const_shift_right_32()`
/// (`runtime_ptr_SYM`, 8 bytes; `runtime_shift_SYM`, 1), the lock prefixes a
/// uniprocessor boot turns into `ds` (`.smp_locks`, 1 byte if it is 0xf0) and
/// the FineIBT preambles (`.cfi_sites`, 16 bytes): each place's address in the
/// module's layout and its table, sorted (`patch_width`).
/// How many bytes the kernel writes at a place of `table` (`patched_fields`).
pub fn patch_width(table: &str) -> u64 {
    if table.starts_with(RUNTIME_SHIFT) || table == ".smp_locks" {
        1
    } else if table == ".cfi_sites" {
        16
    } else {
        8
    }
}

pub fn patched_fields(
    file: &ElfFile64<Endianness>,
    kind: ModuleKind,
    bases: &HashMap<usize, u64>,
) -> Vec<(u64, Arc<str>)> {
    let mut out = Vec::new();
    for section in file.sections() {
        let Ok(name) = section.name() else { continue };
        if !(name.starts_with(RUNTIME_PTR)
            || name.starts_with(RUNTIME_SHIFT)
            || name == ".smp_locks"
            || name == ".cfi_sites")
        {
            continue;
        }
        let table: Arc<str> = Arc::from(name);
        match kind {
            ModuleKind::Relocatable => {
                for (_, rel) in section.relocations() {
                    // `.long place - .`: the place is S + A.
                    if let Some((sec, place)) = super::elf::relocation_target(file, &rel) {
                        if let Some(&base) = bases.get(&sec) {
                            out.push((base.wrapping_add(place), table.clone()));
                        }
                    }
                }
            }
            ModuleKind::Executable => {
                let data = section.data().unwrap_or(&[]);
                for (i, word) in data.chunks_exact(4).enumerate() {
                    let rel = i32::from_le_bytes(word.try_into().unwrap_or_default()) as i64;
                    let at = section.address().wrapping_add(4 * i as u64);
                    out.push((at.wrapping_add(rel as u64), table.clone()));
                }
            }
        }
    }
    out.sort();
    out
}

/// Labels inside functions: a global one may be jumped to from anywhere
/// (another object, a module linking against the image), a local one from
/// this object's code, also through arithmetic the assembler resolves
/// (`$(label - k)`, `.long label - .`) and leaves no relocation for. Compiled
/// code has none: its labels are `.L` ones, not in the symbol table.
pub fn from_symbols(
    file: &ElfFile64<Endianness>,
    kind: ModuleKind,
    bases: &HashMap<usize, u64>,
    extents: &Extents,
) -> Vec<InteriorEntry> {
    let mut out = Vec::new();
    for sym in file.symbols() {
        // Function symbols too: one that starts inside another function (an
        // overlapping STT_FUNC, an IFUNC, one skipped for its bad size) is a
        // name a caller can reach that function's middle by.
        if matches!(
            sym.kind(),
            object::SymbolKind::Section | object::SymbolKind::File
        ) {
            continue;
        }
        let Some(sec) = sym.section_index() else {
            continue;
        };
        let at = match kind {
            ModuleKind::Relocatable => match bases.get(&sec.0) {
                Some(&base) => base.wrapping_add(sym.address()),
                None => continue,
            },
            ModuleKind::Executable => sym.address(),
        };
        if extents.interior(at).is_some() {
            let scope = if sym.is_global() || sym.is_weak() {
                "global"
            } else {
                "local"
            };
            let name = sym.name().unwrap_or("?");
            out.push(entry(at, format!("the {scope} symbol {name}"), None));
        }
    }
    out
}

/// What a relocation refers to, relative to its symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reference {
    /// The place referenced, past the symbol's value: a rel32 in code ends
    /// its field (branches, RIP-relative operands): S + A + 4; a GOT entry
    /// holds S; data and absolute fields hold S + A.
    pub offset: i64,
    /// A rel32 in code is S + A + 4 only without a trailing immediate (up to
    /// 8 bytes more): out of the section only if all are.
    slack: u8,
}

impl Reference {
    pub fn read(r_type: object::elf::RelocationType, executable: bool, addend: i64) -> Reference {
        use object::elf::*;
        let pc_relative = matches!(r_type, R_X86_64_PC32 | R_X86_64_PLT32 | R_X86_64_PC64);
        let offset = match r_type {
            _ if executable && pc_relative => addend.wrapping_add(4),
            R_X86_64_GOTPCREL | R_X86_64_GOTPCRELX | R_X86_64_REX_GOTPCRELX => 0,
            _ => addend,
        };
        let slack = if executable && pc_relative { 8 } else { 0 };
        Reference { offset, slack }
    }

    /// The place referenced, for a symbol at `value` of a section of
    /// `section_size` bytes; None when it lies near the section but outside
    /// it, before or past it: where the link puts the next section decides
    /// what it points at. Far outside (the kernel's `sym + 0x80000000`, a
    /// physical address from __START_KERNEL_map) is address arithmetic, no
    /// place in the image: returned, and no function holds it.
    pub fn place_in_section(self, value: u64, section_size: u64) -> Option<u64> {
        let place = value.wrapping_add(self.offset as u64);
        let with_slack = place.wrapping_add(u64::from(self.slack)) as i64;
        let below = with_slack < 0 && with_slack > -(NEAR as i64);
        let above = place as i64 > section_size as i64
            && (place as i64) < section_size as i64 + NEAR as i64;
        (!(below || above)).then_some(place)
    }
}

/// Whether a section holds code, and its bytes if so (for `branch_field`).
pub fn code_of_section<'d>(
    section: &object::read::elf::ElfSection64<'d, '_, Endianness>,
) -> (bool, &'d [u8]) {
    let executable = section.kind() == object::SectionKind::Text;
    let code = if executable {
        section.data().unwrap_or_default()
    } else {
        &[]
    };
    (executable, code)
}

/// Whether the relocation at `offset` of code section bytes `code` is a
/// call's or jump's rel32 (`e8`/`e9`/`0f 8x` before the field): a branch's
/// destination, not an address taken. A PLT32 one too only there: `lea
/// f@PLT(%rip),%rax` takes the address (blind review 82).
pub fn branch_field(code: &[u8], offset: u64, r_type: object::elf::RelocationType) -> bool {
    use object::elf::*;
    let at = offset as usize;
    matches!(r_type, R_X86_64_PLT32 | R_X86_64_PC32)
        && ((at >= 1 && matches!(code.get(at - 1), Some(0xe8 | 0xe9)))
            || (at >= 2
                && code.get(at - 2) == Some(&0x0f)
                && code.get(at - 1).is_some_and(|b| b & 0xf0 == 0x80)))
}

/// References to function interiors in a relocatable object's relocations. `replacement_owner(section, offset)` names, for a place in
/// `.altinstr_replacement`, the extent of the function whose site it replaces
/// (its branches back into that function are modelled).
/// Also the function starts whose address is taken (a relocation there that
/// is no call's or jump's destination): an indirect call may reach them.
pub fn from_relocations(
    file: &ElfFile64<Endianness>,
    bases: &HashMap<usize, u64>,
    extents: &Extents,
    replacement_owner: &(dyn Fn(usize, u64) -> Option<(u64, u64)> + Sync),
) -> (Vec<InteriorEntry>, Vec<u64>, Vec<(usize, u64)>) {
    use object::elf::*;
    let mut out = Vec::new();
    let mut address_taken = Vec::new();
    let mut code_held = Vec::new();
    // `__ex_table` entries (site, fixup, data: 12 bytes): a fixup is modelled
    // with its site's function; a site outside every function's code (an
    // `.altinstr_aux` block), or in another section than its fixup (a `.cold`
    // part's fault fixed up back in its function: blind review 92's `t9b`),
    // makes its fixup a way in. Each field: whether it lies in a function's
    // code, and its section.
    let mut ex_sites: HashMap<u64, (bool, usize)> = HashMap::new();
    let mut ex_fixups: Vec<(u64, u64, usize, String)> = Vec::new();
    let loaded = loaded_lists(file);
    let call_padding_rewritten = file.sections().any(|s| s.name() == Ok(".call_sites"));
    // Each placed section's base, size and whether it is code, by ELF
    // index: asked for every relocation (millions in a KMSAN vmlinux.o).
    let mut placed: Vec<Option<(u64, u64, bool)>> = Vec::new();
    for s in file.sections() {
        let Some(&base) = bases.get(&s.index().0) else {
            continue;
        };
        if placed.len() <= s.index().0 {
            placed.resize(s.index().0 + 1, None);
        }
        placed[s.index().0] = Some((base, s.size(), s.kind() == object::SectionKind::Text));
    }
    /// What one piece of a section's relocations shows, in their order.
    #[derive(Default)]
    struct Found {
        entries: Vec<InteriorEntry>,
        address_taken: Vec<u64>,
        ex_sites: Vec<(u64, (bool, usize))>,
        ex_fixups: Vec<(u64, u64, usize, String)>,
        /// 8-byte fields of data that hold a code address (section, offset).
        code_held: Vec<(usize, u64)>,
    }
    for section in file.sections() {
        let name = section.name().unwrap_or("?");
        let read = reading(&section, loaded.contains(&section.index().0));
        if read == Read::Skip {
            continue;
        }
        let (executable, code) = code_of_section(&section);
        let relocations = crate::input::relocations::SectionRelocations::of(file, &section);
        // One relocation's part in what the section shows.
        let one = |found: &mut Found, raw: crate::input::relocations::Raw| {
            let (offset, r_type) = (raw.offset, RelocationType(raw.r_type));
            if read == Read::ListsPlaces && r_type == R_X86_64_PC32 {
                return;
            }
            // A size, not an address.
            if matches!(r_type, R_X86_64_SIZE32 | R_X86_64_SIZE64) {
                return;
            }
            if raw.implicit_addend {
                // SHT_REL: the addend is in the patched bytes (x86-64 objects
                // use SHT_RELA; a REL section is read as pointing anywhere).
                let from =
                    format!("a SHT_REL relocation at {name}+{offset:#x} (its addend is not read)");
                found.entries.push(entry(ANYWHERE, from, None));
                return;
            }
            let Some((target_section, value)) = raw.symbol.and_then(|i| {
                let s = file.symbol_by_index(i).ok()?;
                Some((s.section_index()?.0, s.address()))
            }) else {
                return;
            };
            let Some(&Some((base, target_size, target_code))) = placed.get(target_section) else {
                return;
            };
            if !executable
                && target_code
                && matches!(r_type, R_X86_64_64 | R_X86_64_32 | R_X86_64_32S)
            {
                found.code_held.push((section.index().0, offset));
            }
            let reference = Reference::read(r_type, executable, raw.addend);
            let Some(place) = reference.place_in_section(value, target_size) else {
                let from =
                    format!("a relocation at {name}+{offset:#x} that points outside its section");
                found.entries.push(entry(ANYWHERE, from, None));
                return;
            };
            let at = base.wrapping_add(place);
            // Read as fixups unless the module's own code loads the table
            // (then its places are pointers like any other's).
            if read == Read::Fixups {
                let field = offset % 12;
                if field == 0 {
                    found.ex_sites.push((
                        offset - field,
                        (extents.containing(at).is_some(), target_section),
                    ));
                } else if field == 4 {
                    found.ex_fixups.push((
                        offset - field,
                        at,
                        target_section,
                        format!("the __ex_table entry at {name}+{offset:#x}"),
                    ));
                }
                return;
            }
            // A function's start, or code no function covers (an
            // STT_NOTYPE label, `SYM_CODE`): an indirect call may reach it.
            // (Most relocations in code are calls: asked first.)
            if !(executable && branch_field(code, offset, r_type))
                && (extents.starts_function(at)
                    || (target_code && place < target_size && extents.containing(at).is_none()))
            {
                found.address_taken.push(at);
            }
            let Some(extent) = extents.interior(at) else {
                // Into the padding call depth tracking rewrites (`note_interior`).
                if call_padding_rewritten && target_code && extents.containing(at).is_none() {
                    if let Some(start) = extents.start_shortly_after(at, CALL_PADDING) {
                        let from = format!(
                            "{name}+{offset:#x} into the 16 bytes before a function (which call depth tracking rewrites)"
                        );
                        found.entries.push(entry(start + 1, from, None));
                    }
                }
                return;
            };
            if name == ".altinstr_replacement"
                && replacement_owner(section.index().0, offset) == Some(extent)
            {
                return;
            }
            let origin = executable
                .then(|| bases.get(&section.index().0).map(|b| b + offset))
                .flatten();
            found
                .entries
                .push(entry(at, format!("{name}+{offset:#x}"), origin));
        };
        // In pieces, in parallel (a KMSAN vmlinux.o's `.rela.text` has
        // millions), then in their order.
        let pieces: Vec<Found> = relocations
            .pieces()
            .into_par_iter()
            .map(|range| {
                let mut found = Found::default();
                for i in range {
                    one(&mut found, relocations.get(i));
                }
                found
            })
            .collect();
        for found in pieces {
            out.extend(found.entries);
            address_taken.extend(found.address_taken);
            ex_sites.extend(found.ex_sites);
            ex_fixups.extend(found.ex_fixups);
            code_held.extend(found.code_held);
        }
    }
    for (entry_at, fixup, fixup_section, from) in ex_fixups {
        if ex_sites.get(&entry_at) != Some(&(true, fixup_section))
            && extents.interior(fixup).is_some()
        {
            out.push(entry(fixup, from, None));
        }
    }
    address_taken.sort_unstable();
    address_taken.dedup();
    (out, address_taken, code_held)
}

/// References to function interiors in a linked image outside its functions'
/// code: from code no function symbol covers, and absolute pointers in its
/// data (no relocations say where pointers are): every 8 bytes of its allocated data,
/// at any alignment, that hold such an address. The kernel's table of ftrace call
/// sites (`__start_mcount_loc`..`__stop_mcount_loc`) names a place in nearly
/// every function and is no way in: skipped.
pub fn from_linked_image(
    file: &ElfFile64<Endianness>,
    extents: &Extents,
    with_functions: &[usize],
    mcount_loc: Option<(u64, u64)>,
) -> Vec<InteriorEntry> {
    let Some((lowest, highest)) = extents.bounds() else {
        return Vec::new();
    };
    // Code outside any function (`.altinstr_aux`, hand-written entry code):
    // its jumps back into functions carry no relocation here.
    let code_out: Vec<InteriorEntry> = file
        .sections()
        .filter(|s| {
            s.kind() == object::SectionKind::Text
                && !with_functions.contains(&s.index().0)
                && s.name() != Ok(".altinstr_replacement")
        })
        .flat_map(|section| {
            let name = section.name().unwrap_or("?").to_string();
            let base = section.address();
            let data = section.data().unwrap_or(&[]);
            let own = base..base + data.len() as u64;
            let mut found = Vec::new();
            for ins in Decoder::with_ip(64, data, base, DecoderOptions::NONE).iter() {
                references(&ins, 0, &own, true, &mut |t, what| {
                    if extents.interior(t).is_some() {
                        let from = format!("{what} at {name}+{:#x}", ins.ip() - base);
                        found.push(entry(t, from, Some(ins.ip())));
                    }
                });
            }
            found
        })
        .collect();
    let sections: Vec<_> = file
        .sections()
        .filter(|s| {
            s.kind() != object::SectionKind::Text
                && s.kind() != object::SectionKind::UninitializedData
                && s.elf_section_header().sh_flags(file.endian()).0 & object::elf::SHF_ALLOC.0 != 0
                && !skipped_section(s.name().unwrap_or(""))
        })
        .collect();
    // Pieces of about a megabyte, each with the 7 bytes after it (a pointer
    // may start in its last bytes): a kernel's data is a few sections of
    // very different sizes.
    const PIECE: usize = 1 << 20;
    let pieces: Vec<(&str, u64, &[u8], usize)> = sections
        .iter()
        .filter_map(|section| {
            Some((
                section.name().unwrap_or("?"),
                section.address(),
                section.data().ok()?,
            ))
        })
        .flat_map(|(name, base, data)| {
            (0..data.len())
                .step_by(PIECE)
                .map(move |start| (name, base, data, start))
        })
        .collect();
    pieces
        .par_iter()
        .flat_map_iter(|&(name, base, data, start)| {
            let mut found = Vec::new();
            let piece = &data[start..data.len().min(start + PIECE + 7)];
            let mut look = |i: usize| {
                let Some(word) = piece.get(i..i + 8) else {
                    return;
                };
                let v = u64::from_le_bytes(word.try_into().unwrap_or_default());
                if v <= lowest || v >= highest || extents.interior(v).is_none() {
                    return;
                }
                let at = base + (start + i) as u64;
                if mcount_loc.is_some_and(|(a, b)| at >= a && at < b) {
                    return;
                }
                found.push(entry(
                    v,
                    format!("a pointer in {name}+{:#x}", at - base),
                    None,
                ));
            };
            // Every byte offset: packed structures keep pointers unaligned.
            let starts = piece.len().saturating_sub(7).min(PIECE);
            let (top_lo, top_hi) = ((lowest >> 56) as u8, (highest >> 56) as u8);
            if top_lo == top_hi && top_lo != 0 {
                // All code lies under one top byte (a kernel's 0xff): only
                // the places where the word's last byte is that one.
                for last in memchr::memchr_iter(top_lo, &piece[7.min(piece.len())..]) {
                    if last < starts {
                        look(last);
                    }
                }
            } else {
                for i in 0..starts {
                    look(i);
                }
            }
            found.into_iter()
        })
        .chain(code_out.into_par_iter())
        .chain(ex_table_fixups(file, extents).into_par_iter())
        .collect()
}

/// The `__ex_table` fixups of a linked image that are ways in, as
/// `from_relocations` finds them in an object: a fixup is modelled with its
/// faulting instruction's function only where that instruction lies in the
/// same section (`elf::attach_kernel_tables`); one whose site is elsewhere
/// (another section, data, no section) continues at a place no path of the
/// fixup's function leads to (blind review 97's `j2`). Entries are
/// `.long site - .; .long fixup - .; .long data`.
fn ex_table_fixups(file: &ElfFile64<Endianness>, extents: &Extents) -> Vec<InteriorEntry> {
    // Every allocated section's address range, to tell which holds a place.
    let placed: Vec<(u64, u64, usize)> = file
        .sections()
        .filter(|s| {
            s.elf_section_header().sh_flags(file.endian()).0 & object::elf::SHF_ALLOC.0 != 0
        })
        .map(|s| {
            (
                s.address(),
                s.address().saturating_add(s.size()),
                s.index().0,
            )
        })
        .collect();
    let section_of = |at: u64| {
        placed
            .iter()
            .find(|&&(lo, hi, _)| at >= lo && at < hi)
            .map(|p| p.2)
    };
    let mut found = Vec::new();
    for table in file.sections().filter(|s| s.name() == Ok("__ex_table")) {
        let Ok(data) = table.data() else { continue };
        let base = table.address();
        let field = |at: usize| -> Option<u64> {
            let v = i32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?);
            Some(base.wrapping_add(at as u64).wrapping_add(v as i64 as u64))
        };
        for at in (0..data.len()).step_by(12) {
            let (Some(site), Some(fixup)) = (field(at), field(at + 4)) else {
                continue;
            };
            let modelled =
                extents.containing(site).is_some() && section_of(site) == section_of(fixup);
            if !modelled && extents.interior(fixup).is_some() {
                let from = format!("the __ex_table entry at __ex_table+{:#x}", at + 4);
                found.push(entry(fixup, from, None));
            }
        }
    }
    found
}

/// A computation over each function's own instructions, run in the decode
/// `from_code_with` makes of them anyway: a whole image's code is then decoded
/// once (scan's quick look at every function rides along).
pub trait FunctionPass {
    type Out: Send;
    /// Before the first instruction of function `function` (its index).
    fn start(&mut self, function: usize);
    /// The function's instructions in order, decoded at function-relative
    /// addresses as `x86::decode::instructions` decodes them; an undecodable
    /// one is the last the pass is shown.
    fn instruction(&mut self, pos: u32, ins: &Instruction);
    /// An instruction read lean (`x86::lean`: the pass is shown no
    /// iced-x86 decode of it): whether the pass took it. Where it did not,
    /// the instruction is decoded and shown to `instruction`, as if this had
    /// not been asked.
    fn lean_instruction(&mut self, _pos: u32, _lean: &crate::x86::lean::Lean) -> bool {
        false
    }
    /// After the function's last instruction shown.
    fn finish(&mut self) -> Self::Out;
}

/// No computation beside the entries.
struct NoPass;

impl FunctionPass for NoPass {
    type Out = ();
    fn start(&mut self, _: usize) {}
    fn instruction(&mut self, _: u32, _: &Instruction) {}
    fn lean_instruction(&mut self, _: u32, _: &crate::x86::lean::Lean) -> bool {
        true
    }
    fn finish(&mut self) {}
}

/// References to function interiors in the module's code: direct jumps and
/// calls from other code, RIP-relative addresses of other code, a linked
/// image's immediates (`push $label; ret`), static-key and alternative
/// branches that cross into another function.
pub fn from_code(module: &Module) -> CodeReferences {
    from_code_with(module, Readings::All, || NoPass).0
}

/// Which ways in `from_code_with` reads.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Readings {
    /// All of them.
    All,
    /// All but those that only find the module entered anywhere (a code
    /// address or a value computed from one used, a return address read,
    /// a jump into an instruction's middle, what functions hand each other):
    /// those refuse every claim and change nothing else, and are most of the
    /// cost. The caller marks the module (`Module::ways_in_deferred`), so that
    /// nothing is claimed from what is read.
    WithoutAnywhere,
}

/// What decoding every function shows about the ways into functions.
pub struct CodeReferences {
    /// Places inside functions reached from elsewhere (`ANYWHERE` too).
    pub entries: Vec<InteriorEntry>,
    /// The first read of the stack through an index (`(%rsp,%rcx,8)`), as
    /// said in a claim's reason: only out of its object does it reach a
    /// return address (`Module::ways_in_in_bounds`).
    pub in_bounds: Option<String>,
    /// Function starts whose address code takes without a relocation.
    pub address_taken: Vec<u64>,
}

/// Every byte of each code section: functions (with their index), and the
/// code between them.
fn pieces(module: &Module) -> Vec<across_calls::Piece> {
    // At most a gap before each function and one after each section's last.
    let mut pieces = Vec::with_capacity(2 * module.functions.len() + module.sections.len());
    for (slot, section) in module.sections.iter().enumerate() {
        let mut at = 0u64;
        let len = section.file_range.len() as u64;
        let first = module.functions.partition_point(|f| f.section < slot);
        for (index, f) in module.functions[first..]
            .iter()
            .enumerate()
            .take_while(|(_, f)| f.section == slot)
        {
            if f.offset > at {
                pieces.push((slot, at, f.offset, None));
            }
            pieces.push((slot, f.offset, f.offset + f.size, Some(first + index)));
            at = at.max(f.offset + f.size);
        }
        if at < len {
            pieces.push((slot, at, len, None));
        }
    }
    pieces
}

/// Every valid instruction of `bytes` as the decoder reads them from
/// position 0, with its position (the readings of `code_address_used_anywhere`
/// and `computed_value_branched_anywhere`, as `from_code_with` feeds its own).
fn each_instruction(bytes: &[u8], mut f: impl FnMut(usize, &Instruction)) {
    let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    let mut ins = Instruction::default();
    while decoder.can_decode() {
        let pos = decoder.position();
        decoder.decode_out(&mut ins);
        if !ins.is_invalid() {
            f(pos, &ins);
        }
    }
}

/// Where the first reading of code addresses (`code_addresses`; only its
/// part in `from_code`) finds one used: branched through, pushed or stored
/// after arithmetic, carried into other code, in any piece of a relocatable
/// module's code or from function to function. What it says, for the first
/// such place; None if there is none. With `Module::code_addresses_of` set
/// to other inputs' names, this is whether the module computes a place in
/// their code (`across_inputs`).
pub fn code_address_used_anywhere(module: &Module) -> Option<String> {
    if module.kind == ModuleKind::Executable {
        return None;
    }
    let pieces = pieces(module);
    let other_ways = OtherWays::of(module);
    let read: Vec<(Option<String>, Option<HandedOn>)> = pieces
        .par_iter()
        .map(|&(slot, lo, hi, _)| {
            let section = &module.sections[slot];
            let bytes = &module.bytes()[section.file_range.clone()][lo as usize..hi as usize];
            let mut reading =
                AddressOrderReading::new(module, &other_ways, slot, lo, hi - lo, &Held::default());
            each_instruction(bytes, |pos, ins| {
                reading.instruction(module, section, pos, ins, &|_| Held::default())
            });
            reading.finish(module, section, bytes, &|_| Held::default());
            let used = reading.used_at.map(|(pos, how)| {
                let ip = section.base.wrapping_add(lo + pos as u64);
                code_address_used(module, ip, how).from.to_string()
            });
            (used, Some(reading.handed_on))
        })
        .collect();
    let (used, handed_on): (Vec<_>, Vec<_>) = read.into_iter().unzip();
    if let Some(first) = used.into_iter().flatten().next() {
        return Some(first);
    }
    across_calls::across_calls(module, &pieces, handed_on)
        .into_iter()
        .next()
        .map(|(piece, pos, how)| {
            let (slot, lo, ..) = pieces[piece];
            let ip = module.sections[slot].base.wrapping_add(lo + pos as u64);
            code_address_used(module, ip, how).from.to_string()
        })
}

/// Where a piece of the module's code branches through a value computed by
/// arithmetic (the reading that follows every value,
/// `code_addresses::computed_branch_on_paths`, which `from_code` runs for
/// the functions `BranchesThroughValues` wants it for): what it says, for
/// the first such piece; None if there is none. It catches what the first
/// reading does not follow (a code address moved through a vector register
/// or added into memory before the branch); for `across_inputs`.
pub fn computed_value_branched_anywhere(module: &Module) -> Option<String> {
    if module.kind == ModuleKind::Executable {
        return None;
    }
    pieces(module)
        .par_iter()
        .find_map_first(|&(slot, lo, hi, _)| {
            let section = &module.sections[slot];
            let bytes = &module.bytes()[section.file_range.clone()][lo as usize..hi as usize];
            let start = section.base.wrapping_add(lo);
            let mut wanted = code_addresses::BranchesThroughValues::default();
            each_instruction(bytes, |pos, ins| {
                wanted.note(section, lo + pos as u64, pos as u64, ins)
            });
            if !wanted.wanted() {
                return None;
            }
            // Only branches are asked about here: a read of a return
            // address (which makes this module entered anywhere, not
            // another) must not end the reading before one.
            match code_addresses::computed_branch_on_paths(module, section, bytes, lo, |_| false)? {
                found @ (code_addresses::OnPaths::Branch(_)
                | code_addresses::OnPaths::UnwrittenRead(_)
                | code_addresses::OnPaths::ReturnElsewhere(_)) => {
                    branch_on_paths_entry(module, start, &found).map(|e| e.from.to_string())
                }
                code_addresses::OnPaths::GaveUp => Some(format!(
                    "{} has paths too many to follow for values branched through",
                    describe(module, start)
                )),
                code_addresses::OnPaths::ReturnAddress(..) => None,
            }
        })
}

/// In hand-written assembly, the first transfer of control through a
/// computed place (an indirect jump or call, a `ret` after a push; label
/// arithmetic may have made it, with no relocation): what it is and where.
/// `from_code` makes the object entered anywhere there; for
/// `across_inputs`, it may go anywhere an address the code holds leads.
pub fn hand_written_transfer(module: &Module) -> Option<String> {
    if !module.hand_written {
        return None;
    }
    pieces(module).iter().find_map(|&(slot, lo, hi, _)| {
        let section = &module.sections[slot];
        let bytes = &module.bytes()[section.file_range.clone()][lo as usize..hi as usize];
        let start = section.base.wrapping_add(lo);
        Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE)
            .iter()
            .find_map(|ins| {
                let what = computed_transfer(section, lo + ins.ip(), &ins)?;
                Some(format!(
                    "{what} in hand-written assembly at {}",
                    describe(module, start.wrapping_add(ins.ip()))
                ))
            })
    })
}

/// `from_code`, and what `pass` computes for each function over the same
/// decode, by function index (None for a function no piece was: none, as
/// functions are grouped by section).
pub fn from_code_with<P: FunctionPass>(
    module: &Module,
    readings: Readings,
    new_pass: impl Fn() -> P + Sync + Send,
) -> (CodeReferences, Vec<Option<P::Out>>) {
    let mut extents_list = Vec::with_capacity(module.functions.len());
    for f in &module.functions {
        let start = module.function_address(f);
        extents_list.push((start, start.saturating_add(f.size)));
    }
    let aux = module
        .aux_code
        .iter()
        .map(|a| (a.base, a.base + a.file_range.len() as u64))
        .collect();
    let mut extents_list_sorted: Vec<u64> = extents_list.iter().map(|e| e.0).collect();
    extents_list_sorted.sort_unstable();
    let extents = Extents::new(extents_list, aux);
    let linked = module.kind == ModuleKind::Executable;
    let pieces = pieces(module);
    // Per piece: the entries found, what its first reading of code
    // addresses hands other functions, a function's index with its
    // result, and where it reads the stack through an index.
    type Piece<Out> = (
        Vec<InteriorEntry>,
        Vec<u64>,
        // Boxed: a linked image has none, and its pieces (two per function
        // with the padding between) are kept until all are read.
        Option<Box<HandedOn>>,
        Option<(usize, Out)>,
        Option<u64>,
    );
    // The lowest piece that found a way in anywhere with no origin (a value
    // computed and used, paths too many): another piece's would be one more
    // entry of the same place and origin, sorted after it and dropped
    // (`Module::add_code_entries` keeps one), so the readings that only find
    // those are skipped in pieces after it. On a KMSAN vmlinux.o the first
    // comes early, and they are most of the work.
    let anywhere_from = AtomicUsize::new(usize::MAX);
    let x87 = X87Addresses::default();
    let other_ways = OtherWays::of(module);
    let decoded: Vec<Piece<P::Out>> = pieces
        .par_iter()
        .enumerate()
        .map_init(&new_pass, |pass, (piece, &(slot, lo, hi, function))| {
            let moot = || {
                readings == Readings::WithoutAnywhere
                    || anywhere_from.load(Ordering::Relaxed) < piece
            };
            let section = &module.sections[slot];
            let bytes = &module.bytes()[section.file_range.clone()][lo as usize..hi as usize];
            // A linked image's code without relocations: the common
            // encodings are read lean (`x86::lean`), the rest by iced-x86.
            let lean_reading = linked && section.relocs.is_empty();
            // Padding between functions of only `nop`s and `int3`s (a
            // kernel's, before every function: half the instructions of
            // its text) is one-byte instructions that name no place, run
            // into nothing and are cut off by nothing: it has nothing to
            // read.
            if lean_reading && function.is_none() && bytes.iter().all(|&b| matches!(b, 0x90 | 0xcc)) {
                return (Vec::new(), Vec::new(), None, None, None);
            }
            let start = section.base.wrapping_add(lo);
            let end = section.base.wrapping_add(hi);
            let mut found = Vec::new();
            // Function-relative addresses, as the pass wants them; references
            // are placed by adding `start` (`at_address` where that is not
            // the same as decoding there).
            let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
            let mut ins = Instruction::default();
            let mut shown = function.is_some();
            // Functions starting inside this one (a symbol inside another's
            // extent): an instruction decoded across such a start ends in
            // that function's middle.
            let starts_inside: Vec<u64> = {
                let first = extents_list_sorted.partition_point(|&a| a <= start);
                extents_list_sorted[first..]
                    .iter()
                    .take_while(|&&a| a < end)
                    .copied()
                    .collect()
            };
            // An instruction cut off by the end of this code (its bytes go on
            // into the next function's): its position.
            let mut cut_off: Option<usize> = None;
            // Where the decoder read an instruction, and where the piece's
            // own direct jumps and calls go in it (positions).
            let mut boundaries: Vec<u32> = Vec::new();
            let mut targets: Vec<u64> = Vec::new();
            // Only asked of a relocatable module's code (below): growing them
            // for every piece of a whole image cost a tenth of its reading.
            let want_boundaries = !linked;
            if let Some(index) = function {
                pass.start(index);
            }
            // Made where first wanted: never in a linked image, nor in the
            // pieces after one found a way in anywhere (a twentieth of a
            // whole image's decode, made for nothing).
            let mut first_reading: Option<AddressOrderReading> = None;
            let new_reading = || AddressOrderReading::new(module, &other_ways, slot, lo, hi - lo, &Held::default());
            // For the few instructions `changes_held_code_address` asks about.
            let mut info = None;
            let mut branches_through_values = code_addresses::BranchesThroughValues::default();
            let mut taken = Vec::new();
            let mut next = 0usize;
            while next < bytes.len() {
                let pos = next;
                if lean_reading {
                    if let Some(lean) = crate::x86::lean::decode(&bytes[pos..]) {
                        if !shown || pass.lean_instruction(pos as u32, &lean) {
                            next += usize::from(lean.len);
                            let ip = start.wrapping_add(pos as u64);
                            let end_ip = ip.wrapping_add(u64::from(lean.len));
                            if runs_over_a_start(&starts_inside, ip, end_ip) {
                                found.push(runs_into(module, ip, end_ip));
                            }
                            lean_references(&lean, pos as u64, start, &(start..end), &mut |t, what| {
                                note_interior(module, &extents, &mut found, t, what, ip)
                            });
                            continue;
                        }
                    }
                }
                // Where the lean reading left the decoder behind (the IP is
                // the position: the piece is decoded at address 0).
                if decoder.position() != pos {
                    if decoder.set_position(pos).is_err() {
                        break;
                    }
                    decoder.set_ip(pos as u64);
                }
                decoder.decode_out(&mut ins);
                next = decoder.position();
                if shown {
                    pass.instruction(pos as u32, &ins);
                    shown = !ins.is_invalid();
                }
                if want_boundaries {
                    boundaries.push(pos as u32);
                }
                if ins.is_invalid() {
                    if decoder.last_error() == DecoderError::NoMoreBytes {
                        cut_off = Some(pos);
                    }
                    continue;
                }
                let ip = start.wrapping_add(pos as u64);
                if want_boundaries
                    && matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32 | OpKind::NearBranch16)
                    && ins.near_branch_target() < hi - lo
                    && section.relocs_in(lo + pos as u64, lo + (pos + ins.len()) as u64).is_empty()
                {
                    targets.push(ins.near_branch_target());
                }
                let end_ip = ip.wrapping_add(ins.len() as u64);
                if runs_over_a_start(&starts_inside, ip, end_ip) {
                    found.push(runs_into(module, ip, end_ip));
                }
                if module.hand_written {
                    if let Some(what) = computed_transfer(section, lo + pos as u64, &ins) {
                        // Where it goes is computed: in hand-written assembly
                        // possibly from label arithmetic that names no place.
                        let from = format!(
                            "{what} in hand-written assembly at {} (label arithmetic leaves no relocation)",
                            describe(module, ip)
                        );
                        // An indirect jump's own function already has
                        // targets rspill does not know; a thunk's jump (a
                        // tail call to rspill) may come back into it too.
                        let origin = (ins.flow_control() == FlowControl::IndirectBranch).then_some(ip);
                        found.push(entry(ANYWHERE, from, origin));
                    }
                }
                // A jump or call the assembler resolved to a place outside
                // its own section (`.byte 0xe9; .long -10`): where it lands
                // is up to the linker's layout.
                if !linked && matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32) {
                    let off = lo + pos as u64;
                    let target = lo.wrapping_add(ins.near_branch_target());
                    let section_len = section.file_range.len() as u64;
                    if target >= section_len && section.relocs_in(off, off + ins.len() as u64).is_empty() {
                        found.push(entry(
                            ANYWHERE,
                            format!(
                                "a jump without a relocation leaves its section at {} (where it lands is the linker's layout)",
                                describe(module, ip)
                            ),
                            None,
                        ));
                    }
                }
                let off = lo + pos as u64;
                if !linked {
                    // `syscall` leaves the address of the next instruction
                    // in %rcx, a place no relocation names.
                    if ins.mnemonic() == Mnemonic::Syscall {
                        let from = format!(
                            "the address after the syscall at {}, which it leaves in %rcx",
                            describe(module, ip)
                        );
                        found.push(entry(ip.wrapping_add(ins.len() as u64), from, None));
                    }
                    x87.note(ip, &ins, &bytes[pos..]);
                    let displacement_at = relocatable_displacement_at(module, &decoder, &ins);
                    if let Some(what) = changes_held_code_address(module, section, off, &ins, displacement_at, &mut info) {
                        found.push(entry(ANYWHERE, format!("{what} at {}", describe(module, ip)), None));
                    }
                }
                if !linked && !moot() {
                    first_reading.get_or_insert_with(new_reading).instruction(module, section, pos, &ins, &|_| Held::default());
                    branches_through_values.note(section, off, pos as u64, &ins);
                }
                let mut note = |t: u64, what: &str| {
                    // A function's address taken without a relocation (a
                    // `lea` in the same section): an indirect call may
                    // reach it.
                    if !linked
                        && what == TAKEN
                        && extents.starts_function(t)
                        && section
                            .relocs_in(ip - section.base, ip - section.base + ins.len() as u64)
                            .is_empty()
                    {
                        taken.push(t);
                    }
                    // A relocated field reads as 0 here: the relocation says more.
                    let off = ip - section.base;
                    if !linked && !section.relocs_in(off, off + ins.len() as u64).is_empty() {
                        return;
                    }
                    note_interior(module, &extents, &mut found, t, what, ip);
                };
                match at_address(&ins, &bytes[pos..], ip) {
                    Some(placed) => references(&placed, 0, &(start..end), linked, &mut note),
                    None => references(&ins, start, &(start..end), linked, &mut note),
                }
            }
            // Decoded with the bytes after this code: where it ends is a
            // place in the next code no symbol names (`48 b8` before `g`
            // makes a `movabs` whose immediate is g's first 8 bytes, and
            // g+8 comes next; a `call` so cut returns there).
            if let Some(pos) = cut_off {
                let section_bytes = &module.bytes()[section.file_range.clone()];
                let from = (lo as usize).saturating_add(pos);
                let upto = from.saturating_add(15).min(section_bytes.len());
                let ip = start.wrapping_add(pos as u64);
                let mut decoder = Decoder::with_ip(
                    64,
                    section_bytes.get(from..upto).unwrap_or_default(),
                    ip,
                    DecoderOptions::NONE,
                );
                let whole = decoder.decode();
                if !whole.is_invalid() && whole.next_ip() > end {
                    found.push(runs_into(module, ip, whole.next_ip()));
                } else if !linked && decoder.last_error() == DecoderError::NoMoreBytes {
                    // Cut off by the end of its section: it goes on in
                    // whatever section the linker puts next.
                    let from = format!(
                        "the instruction at {} runs past the end of its section (where it ends is the linker's layout)",
                        describe(module, ip)
                    );
                    found.push(entry(ANYWHERE, from, None));
                }
            }
            // Falling off the end, loops' back edges (`AddressOrderReading::finish`).
            let mut handed_on = None;
            if !linked && !moot() {
                let mut first_reading = first_reading.take().unwrap_or_else(new_reading);
                first_reading.finish(module, section, bytes, &|_| Held::default());
                if let Some((pos, how)) = first_reading.used_at {
                    found.push(code_address_used(module, start.wrapping_add(pos as u64), how));
                }
                handed_on = Some(Box::new(first_reading.handed_on));
            }
            let mut indexed = branches_through_values.indexed_read.map(|pos| start.wrapping_add(pos));
            // A function keeping locals below %rsp reads what it wrote there.
            let red_zone = branches_through_values.writes_below_stack;
            if let Some((pos, how)) = branches_through_values.return_address_read(red_zone) {
                found.push(return_address_read(module, start.wrapping_add(pos), how));
            }
            // A branch through a value, or a `ret` that may not read the
            // return address it was handed (`BranchesThroughValues`): is what
            // it goes through computed by arithmetic from anything (a pointer
            // loaded, passed, returned; the return address itself)?
            if branches_through_values.wanted() && !oracle_starts_only() && !moot() {
                // A function keeping locals below %rsp reads what it wrote
                // there: such a read is passed over (below), and must not
                // end the reading before a computed branch.
                let ends_reading = |how| !(red_zone && how == ReturnAddressRead::BelowStack);
                match code_addresses::computed_branch_on_paths(module, section, bytes, lo, ends_reading) {
                    Some(
                        branch @ (code_addresses::OnPaths::Branch(_)
                        | code_addresses::OnPaths::UnwrittenRead(_)
                        | code_addresses::OnPaths::ReturnElsewhere(_)),
                    ) => found.extend(branch_on_paths_entry(module, start, &branch)),
                    Some(code_addresses::OnPaths::ReturnAddress(pos, ReturnAddressRead::Indexed)) => {
                        indexed = indexed.or(Some(start.wrapping_add(pos as u64)));
                    }
                    Some(code_addresses::OnPaths::ReturnAddress(_, ReturnAddressRead::BelowStack)) if red_zone => {}
                    Some(code_addresses::OnPaths::ReturnAddress(pos, how)) => {
                        found.push(return_address_read(module, start.wrapping_add(pos as u64), how))
                    }
                    Some(code_addresses::OnPaths::GaveUp) => {
                        let from = format!(
                            "{} has paths too many to follow for values branched through",
                            describe(module, start)
                        );
                        found.push(entry(ANYWHERE, from, None));
                    }
                    None => {}
                }
            }
            // A jump, call or relocation into the middle of an instruction as
            // this code decodes: the bytes there decode to other
            // instructions (`jmp 1f+2` into a `movabs` whose immediate is
            // `e9 rel32`, a jump to g+5), which nothing here reads.
            if !linked && !moot() {
                let first = other_ways.named_from(start);
                let named = other_ways.named_in(first, end).map(|a| a - start);
                let inside = targets.iter().copied().chain(named).find(|&t| {
                    u32::try_from(t).map_or(true, |t| boundaries.binary_search(&t).is_err())
                });
                if let Some(t) = inside {
                    let from = format!(
                        "{} is jumped to or named in the middle of an instruction (the code decoded from there is not read)",
                        describe(module, start.wrapping_add(t))
                    );
                    found.push(entry(ANYWHERE, from, None));
                }
            }
            if found.iter().any(|e| e.at == ANYWHERE && e.origin.is_none()) {
                anywhere_from.fetch_min(piece, Ordering::Relaxed);
            }
            let out = function.map(|index| (index, pass.finish()));
            (found, taken, handed_on, out, indexed)
        })
        .collect();
    let mut out = Vec::new();
    let mut address_taken = Vec::new();
    let mut outs: Vec<Option<P::Out>> = (0..module.functions.len()).map(|_| None).collect();
    // Only the relocatable module's reading across calls wants these.
    let mut handed_on = Vec::with_capacity(if linked { 0 } else { decoded.len() });
    let mut in_bounds = None;
    for (found, taken, handed, function, indexed) in decoded {
        // Compiled code reads the stack by index to read an array, which C
        // keeps in its object (and initialised: README, "Return
        // addresses"); hand-written code may index anywhere.
        if in_bounds.is_none() && module.hand_written {
            in_bounds = indexed.map(|ip| {
                format!(
                    "the stack read through an index at {} stays in its object",
                    describe(module, ip)
                )
            });
        }
        out.extend(found);
        address_taken.extend(taken);
        if !linked {
            handed_on.push(handed.map(|h| *h));
        }
        if let Some((index, o)) = function {
            outs[index] = Some(o);
        }
    }
    // Code patched in runs x87 instructions as much as the code it
    // replaces.
    if !linked {
        for section in &module.sections {
            for a in &section.alternatives {
                let site = section.base.wrapping_add(a.site);
                let mut decoder = Decoder::with_ip(64, &a.replacement, site, DecoderOptions::NONE);
                while decoder.can_decode() {
                    let pos = decoder.position();
                    let ins = decoder.decode();
                    if ins.is_invalid() {
                        break;
                    }
                    x87.note(site, &ins, &a.replacement[pos..]);
                }
            }
        }
    }
    // `EX_TYPE_BPF` (7): `ex_handler_bpf` continues at the faulting site
    // plus the fixup field's low byte, not where the field points.
    if !linked {
        let bpf = module.sections.iter().find_map(|section| {
            let e = section.ex_fixups.iter().find(|e| e.2 & 0xff == 7)?;
            Some(section.base.wrapping_add(e.0))
        });
        if let Some(site) = bpf {
            let from = format!(
                "the __ex_table entry of type EX_TYPE_BPF for {} (its handler goes on at the faulting instruction plus the fixup field's low byte, a place no relocation names)",
                describe(module, site)
            );
            out.push(entry(ANYWHERE, from, None));
        }
    }
    if let Some(e) = x87.entry(module) {
        out.push(e);
    }
    // Code addresses handed from function to function (`across_calls`);
    // moot where the module is entered anywhere already.
    if !linked && readings == Readings::All && anywhere_from.load(Ordering::Relaxed) == usize::MAX {
        for (piece, pos, how) in across_calls::across_calls(module, &pieces, handed_on) {
            let (slot, lo, ..) = pieces[piece];
            let ip = module.sections[slot].base.wrapping_add(lo + pos as u64);
            out.push(code_address_used(module, ip, how));
        }
    }
    // Jumps inside `.altinstr_aux` (the assembler resolves them, no
    // relocation says so): a block entered from another block is not one
    // function's own.
    for a in &module.aux_code {
        let bytes = &module.bytes()[a.file_range.clone()];
        for ins in Decoder::with_ip(64, bytes, a.base, DecoderOptions::NONE).iter() {
            let off = ins.ip() - a.base;
            if let Some(what) = module
                .hand_written
                .then(|| computed_transfer_in(&a.relocs, off, &ins))
                .flatten()
            {
                let from = format!(
                    "{what} in hand-written assembly at .altinstr_aux+{off:#x} (label arithmetic leaves no relocation)"
                );
                out.push(entry(ANYWHERE, from, Some(ins.ip())));
            }
            let t = ins.near_branch_target();
            if matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
                && t >= a.base
                && t < a.base + bytes.len() as u64
                && (linked
                    || a.relocs.iter().all(|r| {
                        r.offset < ins.ip() - a.base || r.offset >= ins.next_ip() - a.base
                    }))
            {
                out.push(entry(
                    t,
                    format!("a jump at .altinstr_aux+{:#x}", ins.ip() - a.base),
                    Some(ins.ip()),
                ));
            }
        }
    }
    // Static-key and alternative branches: modelled within one function, a way
    // in when they cross from another.
    for section in &module.sections {
        let of = |off: u64| extents.interior(section.base.wrapping_add(off));
        let owner = |off: u64| extents.containing(section.base.wrapping_add(off));
        for &(site, target) in &section.jump_labels {
            if let Some(e) = of(target) {
                if owner(site) != Some(e) {
                    out.push(entry(
                        section.base.wrapping_add(target),
                        format!(
                            "the static key at {}",
                            describe(module, section.base.wrapping_add(site))
                        ),
                        None,
                    ));
                }
            }
        }
        if linked {
            for alt in &section.alternatives {
                let Some(address) = alt.address else { continue };
                let mut decoder =
                    Decoder::with_ip(64, &alt.replacement, address, DecoderOptions::NONE);
                for ins in decoder.iter() {
                    let direct =
                        matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32);
                    if let Some(e) = direct
                        .then(|| extents.interior(ins.near_branch_target()))
                        .flatten()
                    {
                        if owner(alt.site) != Some(e) {
                            out.push(entry(
                                ins.near_branch_target(),
                                format!(
                                    "the .altinstructions replacement for {}",
                                    describe(module, section.base.wrapping_add(alt.site))
                                ),
                                None,
                            ));
                        }
                    }
                }
            }
        }
    }
    address_taken.sort_unstable();
    address_taken.dedup();
    (
        CodeReferences {
            entries: out,
            in_bounds,
            address_taken,
        },
        outs,
    )
}

/// Whether the instruction at `[ip, end)` runs over one of `starts` (sorted:
/// the functions starting inside the piece), ending in its middle.
fn runs_over_a_start(starts: &[u64], ip: u64, end: u64) -> bool {
    let i = starts.partition_point(|&a| a <= ip);
    starts.get(i).is_some_and(|&a| a < end)
}

/// A way into the middle of a function at `t`, found in the instruction at
/// `ip`: `what` it is (nothing where `t` is no function's interior).
fn note_interior(
    module: &Module,
    extents: &Extents,
    found: &mut Vec<InteriorEntry>,
    t: u64,
    what: &str,
    ip: u64,
) {
    if extents.interior(t).is_none() {
        // Call depth tracking (`.call_sites`) writes its accounting over
        // the 16 bytes of padding before a called function: a jump into
        // them runs into the function through other instructions than
        // the NOPs read (blind review 95's `ct3`).
        // (Padding is in no function: a call to a function's start is not
        // into it.)
        if module.call_padding_rewritten && extents.containing(t).is_none() {
            if let Some(start) = extents.start_shortly_after(t, CALL_PADDING) {
                let from = format!(
                    "{what} at {} into the 16 bytes before {} (which call depth tracking rewrites)",
                    describe(module, ip),
                    describe(module, start)
                );
                found.push(entry(start + 1, from, Some(ip)));
            }
        }
        return;
    }
    let from = format!("{what} at {}", describe(module, ip));
    found.push(entry(t, from, Some(ip)));
}

/// The bytes before a function that call depth tracking may write over
/// (6.12's `x86_call_depth_emit_accounting` into the padding).
const CALL_PADDING: u64 = 16;

/// `references` of an instruction read lean at `pos` of code decoded at
/// `base`-relative addresses, in the same order: a direct branch's target,
/// else a RIP-relative address, then an immediate (the reading is of a
/// linked image).
fn lean_references(
    lean: &crate::x86::lean::Lean,
    pos: u64,
    base: u64,
    own: &std::ops::Range<u64>,
    note: &mut dyn FnMut(u64, &'static str),
) {
    if let Some(t) = lean.branch_target(pos) {
        let t = base.wrapping_add(t);
        if !own.contains(&t) {
            note(t, "a jump or call");
        }
        return;
    }
    if let Some(t) = lean.rip_relative_address(pos) {
        let t = base.wrapping_add(t);
        if !own.contains(&t) {
            note(t, TAKEN);
        }
    }
    if let Some(imm) = lean.wide_immediate {
        note(imm, IMMEDIATE);
    }
}

/// Whether the lean reading of the instruction at the start of `bytes`
/// (`x86::lean`) notes what `references` notes of iced-x86's decode of it,
/// placed at `pos` of code at `base` whose own extent is `own`, and finds the
/// same length and branch target: None where it agrees or reads nothing
/// lean, else what differs.
pub fn lean_references_disagree(
    bytes: &[u8],
    pos: u64,
    base: u64,
    own: &std::ops::Range<u64>,
) -> Option<String> {
    let lean = crate::x86::lean::decode(bytes)?;
    let mut decoder = Decoder::with_ip(64, bytes, pos, DecoderOptions::NONE);
    let ins = decoder.decode();
    let shown = || {
        format!(
            "{ins} ({:?}) from {:02x?}, lean {lean:?}",
            ins.code(),
            &bytes[..usize::from(lean.len).min(bytes.len())]
        )
    };
    if ins.is_invalid() || ins.len() != usize::from(lean.len) {
        return Some(format!("length: {}", shown()));
    }
    let iced_target = matches!(
        ins.op0_kind(),
        OpKind::NearBranch64 | OpKind::NearBranch32 | OpKind::NearBranch16
    )
    .then(|| ins.near_branch_target());
    if iced_target != lean.branch_target(pos) {
        return Some(format!("branch target: {}", shown()));
    }
    let (mut by_iced, mut by_lean) = (Vec::new(), Vec::new());
    let placed = at_address(&ins, bytes, base.wrapping_add(pos));
    // As the reading calls it: decoded at `pos`, which the piece's own
    // decode at 0 reaches by adding `pos` to every place.
    match &placed {
        Some(placed) => references(placed, 0, own, true, &mut |t, w| by_iced.push((t, w))),
        None => references(&ins, base, own, true, &mut |t, w| by_iced.push((t, w))),
    }
    lean_references(&lean, pos, base, own, &mut |t, w| by_lean.push((t, w)));
    (by_iced != by_lean)
        .then(|| format!("references {by_iced:x?} / lean {by_lean:x?}: {}", shown()))
}

/// `ins`, decoded at function-relative addresses, decoded again at `ip` when
/// its referenced places are not those relative ones plus where it lies: a
/// 32- or 16-bit branch target or an `%eip`-relative address wraps at its
/// width (rare; 64-bit ones wrap as the addition does). None when they are.
fn at_address(ins: &Instruction, bytes: &[u8], ip: u64) -> Option<Instruction> {
    let narrow_branch = matches!(ins.op0_kind(), OpKind::NearBranch32 | OpKind::NearBranch16);
    let narrow_address =
        ins.is_ip_rel_memory_operand() && ins.memory_base() != iced_x86::Register::RIP;
    (narrow_branch || narrow_address)
        .then(|| Decoder::with_ip(64, bytes, ip, DecoderOptions::NONE).decode())
}

/// The places an instruction decoded at `base`-relative addresses refers to
/// that may be ways into code, each handed to `note`: a direct jump's or call's target, a RIP-relative address,
/// and in a linked image an immediate (an absolute address there). Places in
/// `own` (the code being decoded, whose own jumps are its control flow) are
/// left out, except immediates. Called for every instruction of an image:
/// allocates nothing.
fn references(
    ins: &Instruction,
    base: u64,
    own: &std::ops::Range<u64>,
    linked: bool,
    note: &mut dyn FnMut(u64, &'static str),
) {
    let op0 = ins.op0_kind();
    if matches!(op0, OpKind::NearBranch64 | OpKind::NearBranch32) {
        let t = base.wrapping_add(ins.near_branch_target());
        if !own.contains(&t)
            && matches!(
                ins.flow_control(),
                FlowControl::UnconditionalBranch
                    | FlowControl::ConditionalBranch
                    | FlowControl::Call
                    // An aborted transaction goes to `xbegin`'s target.
                    | FlowControl::XbeginXabortXend
            )
        {
            note(t, "a jump or call");
        }
        return;
    }
    if ins.is_ip_rel_memory_operand() {
        let t = base.wrapping_add(ins.ip_rel_memory_address());
        if !own.contains(&t) {
            note(t, TAKEN);
        }
    }
    if linked {
        for n in 0..ins.op_count() {
            let imm = match ins.op_kind(n) {
                OpKind::Immediate32 => ins.immediate(n) as u32 as i32 as i64 as u64,
                OpKind::Immediate32to64 | OpKind::Immediate64 => ins.immediate(n),
                _ => continue,
            };
            note(imm, IMMEDIATE);
        }
    }
}

/// Code rspill does not read as any function's: a section no function
/// symbol starts (hand-written assembly's STT_NOTYPE code, `SYM_CODE_START`)
/// may form and use a way into any function, so it is one anywhere.
/// Alternative replacements and `.altinstr_aux` are read where they are
/// patched in or jumped to, as the function's own code; what that reading
/// does not look for is a code address taken there (`lea g(%rip),%rax; add
/// $5,%rax; jmp *%rax` as a replacement): such an instruction is a way in
/// anywhere too. Direct calls and jumps there are the modelled part.
pub fn from_unread_code(
    file: &ElfFile64<Endianness>,
    code_sections: &[usize],
) -> Vec<InteriorEntry> {
    let mut out = Vec::new();
    for s in file.sections() {
        if s.kind() != object::SectionKind::Text
            || s.size() == 0
            || code_sections.contains(&s.index().0)
        {
            continue;
        }
        let name = s.name().unwrap_or("?");
        if !matches!(name, ".altinstr_replacement" | ".altinstr_aux") {
            out.push(entry(
                ANYWHERE,
                format!("code in {name} is not read (no function symbol starts there)"),
                None,
            ));
            continue;
        }
        let code = s.data().unwrap_or_default();
        // Offsets of relocations that name code (a symbol or section in an
        // executable section).
        let to_code: Vec<u64> = s
            .relocations()
            .filter(|(_, rel)| {
                let section = match rel.target() {
                    RelocationTarget::Symbol(i) => {
                        file.symbol_by_index(i).ok().and_then(|y| y.section_index())
                    }
                    RelocationTarget::Section(i) => Some(i),
                    _ => None,
                };
                section
                    .and_then(|i| file.section_by_index(i).ok())
                    .is_some_and(|t| t.kind() == object::SectionKind::Text)
            })
            .map(|(offset, _)| offset)
            .collect();
        let mut all: Vec<u64> = s.relocations().map(|(offset, _)| offset).collect();
        all.sort_unstable();
        let mut to_code = to_code;
        to_code.sort_unstable();
        // Whether a sorted list of offsets has one in [from, to).
        let any_in = |list: &[u64], from: u64, to: u64| {
            list.get(list.partition_point(|&o| o < from))
                .is_some_and(|&o| o < to)
        };
        for ins in Decoder::with_ip(64, code, 0, DecoderOptions::NONE).iter() {
            let direct_branch =
                matches!(
                    ins.flow_control(),
                    FlowControl::Call
                        | FlowControl::UnconditionalBranch
                        | FlowControl::ConditionalBranch
                ) && matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32);
            if direct_branch || ins.is_invalid() {
                continue;
            }
            let (from, to) = (ins.ip(), ins.next_ip());
            let names_code = any_in(&to_code, from, to)
                // Resolved by the assembler: a place in this section.
                || (ins.is_ip_rel_memory_operand() && !any_in(&all, from, to));
            if names_code {
                out.push(entry(
                    ANYWHERE,
                    format!("{name}+{from:#x} takes a code address (code there is read only where it is used)"),
                    None,
                ));
                break;
            }
        }
    }
    out
}

/// The way in at `next` that an instruction at `ip` decoded across the start
/// of the code `next` lies in makes: its end (a fall-through, a call's
/// return) is a place no symbol or relocation names.
fn runs_into(module: &Module, ip: u64, next: u64) -> InteriorEntry {
    let from = format!(
        "the instruction at {} runs across the start of other code and ends at {}",
        describe(module, ip),
        describe(module, next)
    );
    entry(next, from, Some(ip))
}

/// The way in anywhere that a code address used at `ip` makes (the
/// function there may enter itself too: no origin spares it).
/// A return address read (`BranchesThroughValues`): any return point of
/// a call may then be entered by code that kept it.
fn return_address_read(module: &Module, ip: u64, how: ReturnAddressRead) -> InteriorEntry {
    let at = describe(module, ip);
    let from = match how {
        ReturnAddressRead::Own => format!(
            "the return address read at {at} otherwise than by returning (`__builtin_return_address(0)`; code that keeps it can enter a call's return point)"
        ),
        ReturnAddressRead::Indexed => format!(
            "the stack read through an index at {at} (out of its object it may reach the return address, or below %rsp)"
        ),
        ReturnAddressRead::HandedBelowStack => format!(
            "an address below %rsp handed to a callee at {at} (earlier calls left their return addresses there; code can enter a call's return point through one)"
        ),
        ReturnAddressRead::BelowStack => format!(
            "the stack below %rsp read at {at} (earlier calls left their return addresses there; code can enter a call's return point through one)"
        ),
    };
    entry(ANYWHERE, from, None)
}

/// The x87 unit records the address of the last x87 instruction it ran (a
/// place in the middle of a function), and `fnstenv`, `fnsave`, `fxsave`
/// and `xsave` store it to memory: with both in the module, code may load
/// it and jump there. The first of each (addresses; `u64::MAX`: none).
struct X87Addresses {
    recorded: AtomicU64,
    stored: AtomicU64,
}

impl Default for X87Addresses {
    fn default() -> Self {
        X87Addresses {
            recorded: AtomicU64::new(u64::MAX),
            stored: AtomicU64::new(u64::MAX),
        }
    }
}

/// Whether an instruction of this mnemonic may be one `X87Addresses::note`
/// marks: a store of the x87 state, or one of an escape opcode (d8-df)
/// after any of the prefixes `note` passes over. Built by decoding every
/// escape opcode with every ModRM byte behind each prefix that may change
/// an instruction's form (the mnemonics an escape opcode decodes to; the
/// test below tries every prefix `note` passes over, singly and in
/// pairs): `note` asks of every instruction of a whole image, and all but
/// a handful are none of these.
fn may_note_x87(mnemonic: iced_x86::Mnemonic) -> bool {
    static TABLE: std::sync::LazyLock<Vec<bool>> = std::sync::LazyLock::new(|| {
        let mut table = vec![false; iced_x86::Mnemonic::values().count()];
        for m in X87_STATE_STORES {
            table[m as usize] = true;
        }
        for prefix in X87_FORM_PREFIXES {
            for opcode in 0xd8u8..=0xdf {
                for modrm in 0..=0xffu8 {
                    let mut bytes = prefix.to_vec();
                    // A SIB byte and a 4-byte displacement: whatever the
                    // ModRM byte asks for is there.
                    bytes.extend_from_slice(&[opcode, modrm, 0x24, 0, 0, 0, 0]);
                    let ins = Decoder::new(64, &bytes, DecoderOptions::NONE).decode();
                    if !ins.is_invalid() {
                        table[ins.mnemonic() as usize] = true;
                    }
                }
            }
        }
        table
    });
    TABLE[mnemonic as usize]
}

/// The bytes `X87Addresses::note` passes over to find an instruction's
/// opcode: segment overrides, REX, operand and address size, `lock`, the
/// repeat prefixes.
const PREFIXES_BEFORE_AN_OPCODE: [u8; 27] = [
    0x26, 0x2e, 0x36, 0x3e, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b,
    0x4c, 0x4d, 0x4e, 0x4f, 0x64, 0x65, 0x66, 0x67, 0xf0, 0xf2, 0xf3,
];

/// The prefixes before an escape opcode that may change what iced-x86
/// decodes (operand and address size, REX.W, the repeat prefixes).
const X87_FORM_PREFIXES: [&[u8]; 6] = [&[], &[0x66], &[0x67], &[0x48], &[0xf2], &[0xf3]];

/// The instructions that store the x87 state (with the last instruction's
/// address) to memory.
const X87_STATE_STORES: [iced_x86::Mnemonic; 14] = {
    use iced_x86::Mnemonic as M;
    [
        M::Fnstenv,
        M::Fstenv,
        M::Fnsave,
        M::Fsave,
        M::Fxsave,
        M::Fxsave64,
        M::Xsave,
        M::Xsave64,
        M::Xsaveopt,
        M::Xsaveopt64,
        M::Xsavec,
        M::Xsavec64,
        M::Xsaves,
        M::Xsaves64,
    ]
};

impl X87Addresses {
    /// `bytes`: the instruction's own, first.
    fn note(&self, ip: u64, ins: &Instruction, bytes: &[u8]) {
        use iced_x86::Mnemonic as M;
        if !may_note_x87(ins.mnemonic()) {
            return;
        }
        if X87_STATE_STORES.contains(&ins.mnemonic()) {
            self.stored.fetch_min(ip, Ordering::Relaxed);
            return;
        }
        // The escape opcodes d8-df; the control instructions (Intel SDM
        // 8.1.8) leave the recorded address as it was.
        let opcode = bytes
            .iter()
            .take(ins.len())
            .find(|b| !PREFIXES_BEFORE_AN_OPCODE.contains(b));
        let escape = opcode.is_some_and(|b| (0xd8..=0xdf).contains(b));
        let control = matches!(
            ins.mnemonic(),
            M::Fldenv
                | M::Fldcw
                | M::Fnstcw
                | M::Fstcw
                | M::Fnstsw
                | M::Fstsw
                | M::Fnclex
                | M::Fclex
                | M::Fninit
                | M::Finit
                | M::Frstor
        );
        if escape && !control {
            self.recorded.fetch_min(ip, Ordering::Relaxed);
        }
    }

    fn entry(&self, module: &Module) -> Option<InteriorEntry> {
        let (recorded, stored) = (
            self.recorded.load(Ordering::Relaxed),
            self.stored.load(Ordering::Relaxed),
        );
        (recorded != u64::MAX && stored != u64::MAX).then(|| {
            let from = format!(
                "the x87 state stored at {} (it holds the address of the last x87 instruction run, such as the one at {}; code can load it and jump there)",
                describe(module, stored),
                describe(module, recorded)
            );
            entry(ANYWHERE, from, None)
        })
    }
}

fn code_address_used(module: &Module, ip: u64, how: Use) -> InteriorEntry {
    let at = describe(module, ip);
    let from = match how {
        Use::Computed => format!(
            "a code address computed by arithmetic is branched through, pushed or stored at {at} (`lea f(%rip),%rax; add $N,%rax; call *%rax` reaches a place no relocation names)"
        ),
        Use::IntoOtherCode => format!(
            "a code address is carried into the middle of other code at {at}, where rspill does not follow it (arithmetic there may make a place no relocation names)"
        ),
        Use::IntoCallerFrame => format!(
            "a code address is written into the caller's frame before the return at {at}, where rspill does not follow it"
        ),
        Use::Unsettled => format!(
            "the loops at {at} were read {} times and what they carry still grew (code addresses in them are not followed to the end)",
            crate::input::first_reading::MAX_READINGS
        ),
    };
    entry(ANYWHERE, from, None)
}

/// The way in anywhere a branch the reading along paths found makes, with
/// the code's start `start`: through a value computed by arithmetic from one
/// rspill does not know (a pointer loaded, passed in, returned); through
/// one that may be read from the function's own frame before anything
/// wrote it there, where earlier calls left their return addresses (blind
/// review 82, `tests/frame_unwritten/`); or a return through a slot other
/// than its return address (blind review 84, `tests/return_elsewhere/`).
/// None for what is no branch.
fn branch_on_paths_entry(
    module: &Module,
    start: u64,
    found: &code_addresses::OnPaths,
) -> Option<InteriorEntry> {
    use code_addresses::OnPaths;
    let at = |pos: usize| describe(module, start.wrapping_add(pos as u64));
    let from = match *found {
        OnPaths::Branch(pos) => format!(
            "a value computed by arithmetic is branched through at {} (rspill cannot show it is no function pointer moved by `add $N` to a place no relocation names)",
            at(pos)
        ),
        OnPaths::UnwrittenRead(pos) => format!(
            "{} reads its own frame where no path wrote it (earlier calls leave their return addresses there: where the value goes is not followed)",
            at(pos)
        ),
        OnPaths::ReturnElsewhere(pos) => format!(
            "the return at {} goes through a slot other than its return address (one no path wrote, where earlier calls leave theirs, its caller's frame, %rsp's place not known, or any in hand-written assembly)",
            at(pos)
        ),
        OnPaths::ReturnAddress(..) | OnPaths::GaveUp => return None,
    };
    Some(entry(ANYWHERE, from, None))
}

/// What `references` calls a RIP-relative operand's place.
const TAKEN: &str = "an address taken";
/// What an immediate that may be an address is called in a reason.
const IMMEDIATE: &str = "an address as an immediate";

/// A jump to a computed place, and what it is: an indirect jump, or a jump
/// to a retpoline thunk (`__x86_indirect_thunk_*` jumps through its
/// register). In hand-written assembly its target may come from label
/// arithmetic that leaves no relocation (a table of `.long .Lx - .Ltable`).
/// (Calls and returns go where code put an address: one computed from a code
/// address, or read where no path wrote, is what `code_addresses` looks for;
/// in hand-written assembly any return where %rsp is not back at its place
/// at entry.)
fn computed_transfer(
    section: &super::elf::CodeSection,
    off: u64,
    ins: &Instruction,
) -> Option<&'static str> {
    computed_transfer_in(section.relocs_in(off, off + ins.len() as u64), off, ins)
}

/// `computed_transfer`, given the relocations that patch the instruction.
fn computed_transfer_in(
    relocs: &[super::elf::Reloc],
    off: u64,
    ins: &Instruction,
) -> Option<&'static str> {
    if ins.flow_control() == FlowControl::IndirectBranch {
        return Some("an indirect jump");
    }
    // (Calls are not, yet: an indirect call in hand-written code reaches a
    // function's start, as in compiled code, and what it calls through is
    // what the readings follow; blind review 86's calls through memory they
    // do not follow are open, `tests/review86_open/`.)
    if ins.mnemonic() != iced_x86::Mnemonic::Jmp {
        return None;
    }
    let end = off + ins.len() as u64;
    relocs
        .iter()
        .filter(|r| r.offset >= off && r.offset < end)
        .any(|r| r.symbol().starts_with("__x86_indirect_"))
        .then_some("a jump through a retpoline thunk")
}

/// `function+0xN`, else `section+0xN` (code sections the module reads), else the address.
pub fn describe(module: &Module, address: u64) -> String {
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

/// A write through an operand that names data holding a code address
/// (`Module::code_held`: `fptr: .quad f`; by a relocated displacement,
/// RIP-relative or absolute, with any registers added) other than storing
/// a constant over exactly one whole field: arithmetic in place (`addq
/// $16,fptr(%rip)`), a narrower or straddling store, or a register stored
/// over it (which may hold a value computed from the address: the reading
/// along paths does not follow what memory other than the stack holds). A
/// branch through the place then goes where no relocation says (blind
/// reviews 55 and 56). What it is, if so. (Through a pointer register
/// alone, or data of another input: not seen, README.)
fn changes_held_code_address(
    module: &Module,
    section: &crate::input::elf::CodeSection,
    off: u64,
    ins: &Instruction,
    displacement_at: Option<u64>,
    info: &mut Option<iced_x86::InstructionInfoFactory>,
) -> Option<String> {
    if module.code_held.is_empty() || ins.op0_kind() != OpKind::Memory {
        return None;
    }
    // The relocated displacement: PC-relative in `fptr(%rip)`; absolute
    // otherwise (the kernel code model's `fptr` and `table(,%rcx,8)`,
    // R_X86_64_32S or 32; a `movabs`'s 64; TLS's TPOFF32), whatever
    // registers are added to it.
    let rip = ins.is_ip_rel_memory_operand();
    let len = ins.len() as u64;
    // The displacement's own field (a relocated immediate is a value stored,
    // `movq $ops,0x70(%r14)`).
    let field = displacement_at?;
    let r = section.relocs_in(off, off + len).iter().find(|r| {
        r.offset == off + field
            && if rip {
                matches!(r.r_type, 2 | 4)
            } else {
                matches!(r.r_type, 1 | 10 | 11 | 23)
            }
    })?;
    let width = (ins.memory_size().size() as u64).max(1);
    let from_symbol = r.operand_from_symbol(off, len, rip);
    // Where the field is, if in data holding code addresses (or ambiguous:
    // then taken to be).
    let held = module.code_held_place(r, from_symbol)?;
    let named = format!("{}{:+#x}", r.symbol(), from_symbol);
    let registers_added = !rip
        && (ins.memory_base() != iced_x86::Register::None
            || ins.memory_index() != iced_x86::Register::None);
    // The place written, when it is known (no register added).
    let place = held.filter(|_| !registers_added);
    // Fields are taken as 8 bytes (4-byte ones too: more is touched, not less).
    let touched = |place: u64| module.code_held_touched(place, width);
    let touches = match place {
        Some(place) => touched(place) > 0,
        // A register added: any field of the section; or a name defined
        // twice there.
        None => true,
    };
    if !touches {
        return None;
    }
    let access = info
        .get_or_insert_with(iced_x86::InstructionInfoFactory::new)
        .info(ins)
        .op0_access();
    // A constant over exactly one whole field (`movq $0,fptr(%rip)`); one
    // straddling fields sets part of each.
    let whole_constant = width == 8
        && ins.mnemonic() == Mnemonic::Mov
        && matches!(
            ins.op1_kind(),
            OpKind::Immediate32to64 | OpKind::Immediate32
        )
        && place.is_some_and(|p| module.code_held.binary_search(&p).is_ok() && touched(p) == 1);
    use iced_x86::OpAccess;
    match access {
        OpAccess::Read | OpAccess::CondRead | OpAccess::NoMemAccess | OpAccess::None => None,
        _ if whole_constant => None,
        OpAccess::Write | OpAccess::CondWrite if width < 8 => Some(format!(
            "a store into part of a code address held in data ({named})"
        )),
        OpAccess::Write | OpAccess::CondWrite => Some(format!(
            "a register stored over a code address held in data ({named}; it may be computed from one)"
        )),
        _ => Some(format!(
            "arithmetic in place on a code address held in data ({named})"
        )),
    }
}

/// Where the displacement of `ins`'s memory operand (its first) is, as the
/// decoder read it, when the module holds code addresses in data: only for
/// one a relocation may fill in (it reads as 0, or as the next instruction
/// RIP-relative; a disp8 is none).
fn relocatable_displacement_at(
    module: &Module,
    decoder: &Decoder,
    ins: &Instruction,
) -> Option<u64> {
    let relocatable = if ins.is_ip_rel_memory_operand() {
        ins.memory_displacement64() == ins.next_ip()
    } else {
        ins.memory_displacement64() == 0 && ins.memory_displ_size() >= 4
    };
    (!module.code_held.is_empty() && ins.op0_kind() == OpKind::Memory && relocatable)
        .then(|| decoder.get_constant_offsets(ins))
        .filter(|o| o.has_displacement())
        .map(|o| o.displacement_offset() as u64)
}

/// The first instruction of the module's code that changes a field of data
/// holding a code address in place (`changes_held_code_address`: `add
/// %rdi,fptr(%rip)`), as `from_code` reads each: for another input holding
/// the addresses (`across_inputs`).
pub fn held_code_address_changed(module: &Module) -> Option<String> {
    if module.code_held.is_empty() {
        return None;
    }
    let mut info = None;
    pieces(module).iter().find_map(|&(slot, lo, hi, _)| {
        let section = &module.sections[slot];
        let bytes = &module.bytes()[section.file_range.clone()][lo as usize..hi as usize];
        let start = section.base.wrapping_add(lo);
        let mut decoder = Decoder::with_ip(64, bytes, start, DecoderOptions::NONE);
        let mut ins = Instruction::default();
        while decoder.can_decode() {
            let pos = decoder.position();
            decoder.decode_out(&mut ins);
            if ins.is_invalid() {
                continue;
            }
            let displacement_at = relocatable_displacement_at(module, &decoder, &ins);
            let off = lo + pos as u64;
            if let Some(what) =
                changes_held_code_address(module, section, off, &ins, displacement_at, &mut info)
            {
                return Some(format!("{what} at {}", describe(module, ins.ip())));
            }
        }
        None
    })
}

/// `RSPILL_ORACLE_STARTS_ONLY` set: the concrete-execution oracle
/// (tests/oracle) enters each function at its start and nowhere else, so the
/// reading that guards against other ways in (`computed_branch_on_paths`,
/// refusing whole objects whose functions set %rsp to places it cannot
/// follow, as the oracle's generated functions do) checks nothing it
/// executes and would hide the claims it does check. Not for users.
fn oracle_starts_only() -> bool {
    static SET: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SET.get_or_init(|| std::env::var_os("RSPILL_ORACLE_STARTS_ONLY").is_some())
}

#[cfg(test)]
mod tests {
    /// The page table gives what a search of every function gives, at
    /// every address around every start and end and across pages.
    #[test]
    fn extents_by_page_answer_as_a_full_search() {
        let functions = vec![
            (0x1000, 0x1010),
            (0x1010, 0x1fff),
            (0x2000, 0x2000),
            (0x2ffe, 0x5000),
            (0x3000, 0x3004),
            (0x9000, 0x9100),
            (0x9100, 0x9200),
        ];
        let paged = super::Extents::new(functions.clone(), vec![(0x8000, 0x8010)]);
        assert!(!paged.starts_before_page.is_empty());
        let full = super::Extents {
            starts_before_page: Vec::new(),
            ..super::Extents::new(functions.clone(), vec![(0x8000, 0x8010)])
        };
        let mut addresses: Vec<u64> = vec![0, 1, u64::MAX, 0xfff, 0x10000];
        for &(s, e) in &functions {
            for a in [s, e] {
                addresses.extend(a.saturating_sub(2)..a.saturating_add(3));
            }
        }
        addresses.extend((0..0xa000u64).step_by(0x7f));
        for a in addresses {
            assert_eq!(paged.containing(a), full.containing(a), "{a:#x}");
            assert_eq!(paged.interior(a), full.interior(a), "{a:#x}");
        }
    }

    /// The same on random layouts: functions of every size (empty, within
    /// a page, across many), overlapping and nested, with pages and long
    /// stretches of no code between them, asked at random addresses and
    /// around every start and end.
    #[test]
    fn extents_by_page_answer_as_a_full_search_on_random_layouts() {
        let mut next = crate::test_numbers(0x0e47_e475_9a6e_5eed);
        for round in 0..200 {
            let mut functions = Vec::new();
            let mut at = 0x40_0000u64 + next() % 0x3000;
            for _ in 0..(next() % 60) {
                at += [0, 1, 0x10, 0x800, 0x1000, 0x5000, 0x20_0000][(next() % 7) as usize];
                let size = [0, 1, 15, 0xfff, 0x1000, 0x1001, 0x3456][(next() % 7) as usize];
                functions.push((at, at + size));
                // Sometimes the next starts inside this one.
                if next() % 4 != 0 {
                    at += size;
                }
            }
            let aux = if round % 3 == 0 {
                vec![(at + 0x100, at + 0x180)]
            } else {
                Vec::new()
            };
            let paged = super::Extents::new(functions.clone(), aux.clone());
            let full = super::Extents {
                starts_before_page: Vec::new(),
                ..super::Extents::new(functions.clone(), aux)
            };
            let mut addresses: Vec<u64> = (0..300)
                .map(|_| 0x40_0000 + next() % (at - 0x3f_0000 + 0x1000))
                .collect();
            for &(s, e) in &functions {
                for a in [s, e] {
                    addresses.extend(a.saturating_sub(2)..a.saturating_add(3));
                }
            }
            for a in addresses {
                assert_eq!(paged.interior(a), full.interior(a), "round {round}: {a:#x}");
                assert_eq!(
                    paged.containing(a),
                    full.containing(a),
                    "round {round}: {a:#x}"
                );
            }
        }
    }

    use super::*;

    /// `may_note_x87` lets through every instruction `X87Addresses::note`
    /// would mark: every escape opcode with every ModRM byte, behind every
    /// prefix `note` passes over, alone and in pairs (what the table is
    /// built from is a subset: any mnemonic it missed fails here).
    #[test]
    fn the_x87_fast_test_misses_no_escape_opcode() {
        let mut prefixes: Vec<Vec<u8>> = vec![Vec::new()];
        for a in PREFIXES_BEFORE_AN_OPCODE {
            prefixes.push(vec![a]);
            for b in PREFIXES_BEFORE_AN_OPCODE {
                prefixes.push(vec![a, b]);
            }
        }
        let mut decoded = 0;
        for prefix in &prefixes {
            for opcode in 0xd8u8..=0xdf {
                for modrm in 0..=0xffu8 {
                    let mut bytes = prefix.clone();
                    bytes.extend_from_slice(&[opcode, modrm, 0x24, 0, 0, 0, 0]);
                    let ins = Decoder::new(64, &bytes, DecoderOptions::NONE).decode();
                    if ins.is_invalid() {
                        continue;
                    }
                    decoded += 1;
                    assert!(
                        may_note_x87(ins.mnemonic()),
                        "{bytes:02x?} decodes to {:?}, which the fast test rejects",
                        ins.mnemonic()
                    );
                }
            }
        }
        assert!(
            decoded > 500_000,
            "only {decoded} escape-opcode encodings decoded"
        );
        for m in X87_STATE_STORES {
            assert!(may_note_x87(m));
        }
        // And it rejects what it is there to reject.
        for bytes in [&[0x48, 0x89, 0xc4][..], &[0xe8, 0, 0, 0, 0], &[0x0f, 0x0b]] {
            let ins = Decoder::new(64, bytes, DecoderOptions::NONE).decode();
            assert!(!may_note_x87(ins.mnemonic()), "{bytes:02x?}");
        }
    }

    /// What `references` notes for the instruction at `pos` of `bytes`,
    /// decoded where it lies (`ip`).
    fn noted_at_address(bytes: &[u8], pos: usize, ip: u64) -> Vec<(u64, &'static str)> {
        let ins = Decoder::with_ip(64, &bytes[pos..], ip, DecoderOptions::NONE).decode();
        let mut noted = Vec::new();
        references(&ins, 0, &(0..0), true, &mut |t, what| noted.push((t, what)));
        noted
    }

    /// The rule `from_code_with` rests on: an instruction decoded at
    /// piece-relative addresses refers to the same places, once placed by
    /// `at_address` or by adding the piece's start, as decoded where it lies
    /// — over random bytes (every branch and RIP/EIP-relative form shows up)
    /// and starts near the kernel's, near 0 and near the top of the address
    /// space (where 64-bit additions wrap and narrow ones truncate).
    #[test]
    fn relative_decode_places_references_as_the_absolute_one() {
        let mut next = crate::test_numbers(0x9e37_79b9_7f4a_7c15u64);
        let bytes: Vec<u8> = (0..1 << 20).map(|_| next() as u8).collect();
        let starts = [
            0xffff_ffff_8100_0000u64,
            0xffff_ffff_ffff_f000,
            0x7fff_fff0,
            0xffff_fff0,
            0x10,
            next(),
            next(),
        ];
        let (mut checked, mut placed_again) = (0, 0);
        for &start in &starts {
            let mut decoder = Decoder::with_ip(64, &bytes, 0, DecoderOptions::NONE);
            let mut ins = Instruction::default();
            while decoder.can_decode() {
                let pos = decoder.position();
                decoder.decode_out(&mut ins);
                if ins.is_invalid() {
                    continue;
                }
                let ip = start.wrapping_add(pos as u64);
                let mut noted = Vec::new();
                let mut note = |t: u64, what: &'static str| noted.push((t, what));
                match at_address(&ins, &bytes[pos..], ip) {
                    Some(placed) => {
                        placed_again += 1;
                        references(&placed, 0, &(0..0), true, &mut note)
                    }
                    None => references(&ins, start, &(0..0), true, &mut note),
                }
                assert_eq!(
                    noted,
                    noted_at_address(&bytes, pos, ip),
                    "{ins} at {ip:#x} (start {start:#x})"
                );
                checked += 1;
            }
        }
        assert!(
            checked > 1_000_000 && placed_again > 100,
            "{checked} {placed_again}"
        );
    }
}
