//! ELF loading: x86-64 objects and linked images as owned, analysis-ready data
//! (code sections, function symbols with inferred sizes, relocations by offset).
//!
//! Relocatable objects have no addresses, so every allocated section gets a
//! synthetic base address (`RELOCATABLE_BASE` onwards, laid out like a linker
//! would). Function addresses and the relocated DWARF (see `dwarf`) use the same
//! layout, which keeps `.text`, `.init.text`, `.noinstr.text`… from colliding.

use crate::error::InputError;
use object::read::elf::{ElfFile64, FileHeader, SectionHeader, Sym};
use object::{
    Endianness, Object, ObjectSection, ObjectSymbol, RelocationTarget, SectionIndex, SymbolIndex,
    SymbolKind,
};
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// Where synthetic section addresses of relocatable objects start. Non-zero because
/// DWARF consumers treat address 0 as a discarded-code tombstone.
pub const RELOCATABLE_BASE: u64 = 0x1000_0000;

/// The bytes of one input file (memory-mapped or read), shared by archive members.
pub enum Backing {
    Mapped(memmap2::Mmap),
    Owned(Vec<u8>),
}

impl Backing {
    pub fn bytes(&self) -> &[u8] {
        match self {
            Backing::Mapped(m) => m,
            Backing::Owned(v) => v,
        }
    }

    /// Map a file read-only; empty files cannot be mapped, so they are read.
    pub fn open(path: &Path) -> Result<Arc<Backing>, InputError> {
        let file = std::fs::File::open(path).map_err(|e| InputError::io(path, e))?;
        let len = file.metadata().map_err(|e| InputError::io(path, e))?.len();
        if len == 0 {
            return Ok(Arc::new(Backing::Owned(Vec::new())));
        }
        // SAFETY: the map is read-only; rspill never writes the inputs, and a file
        // truncated under us by another process is the documented risk of mmap.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| InputError::io(path, e))?;
        Ok(Arc::new(Backing::Mapped(map)))
    }

    /// Drop this process's pages of `range` (file offsets), read whole once
    /// and not needed again (a KMSAN vmlinux.o's relocation sections, 400 MB
    /// of them, read into the module or checked sorted): the resident size
    /// is what users measure, and what other work needs. Any page read again
    /// comes back from the page cache.
    pub fn release(&self, range: Range<usize>) {
        let Backing::Mapped(map) = self else { return };
        const PAGE: usize = 4096;
        let start = range.start.div_ceil(PAGE) * PAGE;
        let end = (range.end.min(map.len()) / PAGE) * PAGE;
        if start >= end {
            return;
        }
        // SAFETY: the map is private and read-only, nothing ever writes it:
        // MADV_DONTNEED only unmaps its pages, and a later read faults in
        // the same bytes from the file (the documented risk of mmap, a
        // file changed under us, is the same before and after).
        let _ = unsafe {
            map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, start, end - start)
        };
    }
}

/// What kind of ELF file a module is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ModuleKind {
    Relocatable,
    Executable,
}

/// A relocation applied to a code section, resolved to a symbol name.
#[derive(Clone, Debug)]
pub struct Reloc {
    /// Offset in the section.
    pub offset: u64,
    pub addend: i64,
    /// Raw ELF relocation type (R_X86_64_*).
    pub r_type: u32,
    /// Shared by the relocations naming one symbol: a KMSAN `vmlinux.o` has
    /// three million in `.text` against a few thousand symbols (32 bytes a
    /// relocation, not 56: less memory to fault in).
    symbol: Arc<RelocSymbol>,
}

/// What a relocation names.
#[derive(Debug)]
struct RelocSymbol {
    name: Arc<str>,
    /// For a section symbol: the ELF index of that section.
    target_section: Option<usize>,
}

impl Reloc {
    pub fn new(
        offset: u64,
        symbol: Arc<str>,
        addend: i64,
        r_type: u32,
        target_section: Option<usize>,
    ) -> Reloc {
        Reloc {
            offset,
            addend,
            r_type,
            symbol: Arc::new(RelocSymbol {
                name: symbol,
                target_section,
            }),
        }
    }

    /// The symbol's name (a section symbol's: its section's).
    pub fn symbol(&self) -> &Arc<str> {
        &self.symbol.name
    }

    /// Where the memory operand it relocates names, relative to its symbol,
    /// for the instruction at `off` (`len` bytes). RIP-relative (`rip`), the
    /// field holds S + A - P, read from the instruction's end, P + (len -
    /// field); otherwise S + A.
    pub fn operand_from_symbol(&self, off: u64, len: u64, rip: bool) -> i64 {
        if rip {
            self.addend
                .wrapping_add(len.wrapping_sub(self.offset.wrapping_sub(off)) as i64)
        } else {
            self.addend
        }
    }

    /// For relocations against a section symbol: the ELF index of that
    /// section. Their addends depend on the section's layout, so comparisons
    /// resolve them through `Module::describe_section_target`.
    pub fn target_section(&self) -> Option<usize> {
        self.symbol.target_section
    }
}

/// What a section-relative relocation can reach: the section's symbols, and its
/// strings when it is a merged-string section (`.rodata.str1.1`).
#[derive(Debug, Default)]
pub struct TargetSection {
    pub name: String,
    /// Sorted by offset.
    pub symbols: Vec<(u64, Arc<str>)>,
    /// File range of a SHF_STRINGS section.
    pub strings: Option<Range<usize>>,
    /// SHF_EXECINSTR: objtool decodes it.
    pub executable: bool,
}

/// An executable section that holds at least one function.
#[derive(Debug)]
pub struct CodeSection {
    pub name: String,
    /// Index of the section in the ELF section table.
    pub elf_index: usize,
    /// Address of the section's first byte (real, or synthetic for `.o`).
    pub base: u64,
    /// Range of the section's bytes inside the module's bytes.
    pub file_range: Range<usize>,
    /// Sorted by offset.
    pub relocs: Vec<Reloc>,
    /// Where each 64-byte page of the section starts in `relocs` (one entry
    /// per page and one past the last): `relocs_in` searches one page's
    /// relocations, not the millions of a KMSAN `vmlinux.o`'s text, and is
    /// called for most instructions read.
    reloc_pages: Vec<u32>,
    /// Static-key (jump label) sites: (site offset, target offset), sorted. The
    /// kernel patches the site's NOP into a jump to the target at run time, so
    /// the target is a successor of the site (objtool walks it too).
    pub jump_labels: Vec<(u64, u64)>,
    /// `__ex_table` entries inside this section: (faulting instruction, fixup,
    /// data), sorted. A fault at the instruction continues at the fixup after
    /// the handler named by data (type in bits 0-7, register in 8-11) ran.
    pub ex_fixups: Vec<(u64, u64, u32)>,
    /// The same entries as (fixup, faulting instruction), sorted by fixup.
    pub ex_fixups_by_target: Vec<(u64, u64)>,
    /// `.altinstructions` entries whose original bytes lie in this section,
    /// sorted by site.
    pub alternatives: Vec<Alternative>,
    /// Static-call sites (`.static_call_sites`, relocatable objects), as
    /// section offsets, sorted: the kernel writes a 5-byte `call`, `jmp`,
    /// NOP or `ret; int3...` at each, whatever the bytes there are.
    pub static_call_sites: Vec<u64>,
    /// Indirect calls and jumps through a retpoline thunk
    /// (`.retpoline_sites`) and sealed `endbr`s (`.ibt_endbr_seal`),
    /// relocatable objects, as section offsets, sorted: the kernel rewrites
    /// bytes before them at boot (`decode::boot_rewrites_not_modelled`).
    pub retpoline_sites: Vec<u64>,
    pub endbr_seals: Vec<u64>,
    /// Sites of `.return_sites` and `.call_sites` and of ftrace's lists
    /// (`__mcount_loc`, `__patchable_function_entries`), relocatable objects,
    /// as section offsets with the table, sorted: the kernel may write 5
    /// bytes at each (`boot_patches`). Only those whose write may reach past
    /// a function's start or the section's end
    /// (`boot_patches::may_reach_an_edge`): the rest are read where the
    /// function holding them is decoded, and a KMSAN vmlinux.o lists three
    /// million calls.
    pub five_byte_sites: Vec<(u64, &'static str)>,
    /// Of those sites, the ones whose write the decode does not model, with
    /// why, sorted (`decode::boot_rewrites_not_modelled`): a `.call_sites`
    /// call that is not a plain 5-byte `call` (the kernel writes one over
    /// it: the rest of the old instruction runs), and an ftrace site not at
    /// a function's entry (where the graph tracer takes the word at %rsp
    /// for the return address and rewrites it).
    pub rewrites_not_modelled: Vec<(u64, &'static str)>,
    /// Kernel tables that could not be read whole (then the control flow of
    /// every function here may be incomplete).
    pub table_problems: Vec<String>,
    /// objtool's annotations in relocatable objects, as section offsets,
    /// sorted: `ANNOTATE_RETPOLINE_SAFE` (`.discard.retpoline_safe`), unwind
    /// hints (`.discard.unwind_hints`) and the functions objtool does not
    /// validate (`STACK_FRAME_NON_STANDARD`,
    /// `.discard.func_stack_frame_non_standard`).
    pub retpoline_safe: Vec<u64>,
    pub unwind_hints: Vec<u64>,
    pub non_standard: Vec<u64>,
    /// Calls annotated `ANNOTATE_INTRA_FUNCTION_CALL`
    /// (`.discard.intra_function_calls`): objtool takes them as jumps.
    pub intra_function_calls: Vec<u64>,
    /// Alternative sites objtool does not walk the replacements of
    /// (`ANNOTATE_IGNORE_ALTERNATIVE`, `.discard.ignore_alts`), and the
    /// instructions after which objtool's walk goes on past a dead end
    /// (`ANNOTATE_REACHABLE`, `.discard.reachable`: a WARN's `ud2`): the
    /// objtool model does not follow either (blind review 114).
    pub ignore_alts: Vec<u64>,
    pub reachable: Vec<u64>,
    /// The offsets of BUGs' `ud2`s, sorted: traps the kernel does not come
    /// back from (`bug_traps`; none known in a linked image).
    pub bug_ends: Vec<u64>,
}

/// One `.altinstructions` entry: on some CPUs the kernel copies `replacement`
/// over the `orig_len` bytes at `site` (padding with NOPs) before it runs.
#[derive(Debug, Clone)]
pub struct Alternative {
    /// Section offset of the original instruction(s).
    pub site: u64,
    pub orig_len: u8,
    pub replacement: Vec<u8>,
    /// Names of relocation targets in the replacement, by offset inside it.
    pub names: Vec<(u32, Arc<str>)>,
    /// The same relocations' widths in bytes (None: a type rspill does not
    /// know), by offset inside the replacement.
    pub reloc_widths: Vec<(u32, Option<u64>)>,
    /// Relocated branch targets in the replacement: (offset of the relocated
    /// field inside it, ELF section index, section offset the branch reaches).
    pub branch_targets: Vec<(u32, usize, u64)>,
    /// Offset of the replacement in its section (`.altinstr_replacement`).
    pub section_offset: u64,
    /// Address of the replacement (linked images, where branches in it are
    /// relative to where it lies and the kernel adjusts them when patching).
    pub address: Option<u64>,
    /// The entry could not be read completely (replacement outside its section).
    pub unreadable: bool,
    /// The CPU feature the kernel patches on (`cpuid`, the low 16 bits at +8).
    pub feature: u16,
    /// The entry's position in `.altinstructions` (entries for one site keep
    /// the table's order; objtool reads consecutive ones as one group).
    pub table_index: usize,
}

impl CodeSection {
    /// Jump-label target of a site at section offset `site`.
    pub fn jump_label_target(&self, site: u64) -> Option<u64> {
        let i = self
            .jump_labels
            .binary_search_by_key(&site, |&(s, _)| s)
            .ok()?;
        Some(self.jump_labels[i].1)
    }

    /// Whether the `ud2` at section offset `off` is a BUG's, which the
    /// kernel does not come back from (`bug_traps`).
    pub fn bug_ends_at(&self, off: u64) -> bool {
        self.bug_ends.binary_search(&off).is_ok()
    }

    /// Relocations that patch bytes in `[start, end)` (section offsets).
    pub fn relocs_in(&self, start: u64, end: u64) -> &[Reloc] {
        &self.relocs[paged_range(&self.relocs, &self.reloc_pages, start, end)]
    }
}

/// `relocs_between` with `pages` (`reloc_pages` of `relocs`): the start is
/// searched among the relocations of its own page only.
fn paged_range(relocs: &[Reloc], pages: &[u32], start: u64, end: u64) -> Range<usize> {
    let page = (start >> RELOC_PAGE_SHIFT) as usize;
    let (Some(&first), Some(&last)) = (pages.get(page), pages.get(page + 1)) else {
        return relocs_between(relocs, start, end);
    };
    // Relocations before `start` are those of earlier pages and some of this one.
    let lo = first as usize
        + relocs[first as usize..last as usize].partition_point(|r| r.offset < start);
    lo..lo + count_before(&relocs[lo..], end)
}

/// 64-byte pages: KMSAN code has a relocation every few instructions, and
/// `relocs_in` is asked for most instructions read, several times; a
/// smaller page leaves a handful to search (a 100 MB text's index: 6 MB).
const RELOC_PAGE_SHIFT: u32 = 6;

/// `CodeSection::reloc_pages` of relocations sorted by offset in a section
/// of `size` bytes.
fn reloc_pages(relocs: &[Reloc], size: u64) -> Vec<u32> {
    // A linked image's code has none: no index.
    if relocs.is_empty() {
        return Vec::new();
    }
    let pages = (size >> RELOC_PAGE_SHIFT) as usize + 1;
    let mut out = Vec::with_capacity(pages + 1);
    let mut i = 0;
    for page in 0..=pages as u64 {
        let start = page << RELOC_PAGE_SHIFT;
        while i < relocs.len() && relocs[i].offset < start {
            i += 1;
        }
        out.push(u32::try_from(i).unwrap_or(u32::MAX));
    }
    // More relocations than an index holds: searched whole instead.
    if relocs.len() >= u32::MAX as usize {
        out.clear();
    }
    out
}

/// Where the relocations (sorted by offset) that patch `[start, end)` lie.
/// The end is found from the start in growing steps: most ranges are one
/// instruction, and a KMSAN vmlinux.o's text has millions of relocations that
/// a second search over all of them would walk.
fn relocs_between(relocs: &[Reloc], start: u64, end: u64) -> Range<usize> {
    let lo = relocs.partition_point(|r| r.offset < start);
    lo..lo + count_before(&relocs[lo..], end)
}

/// How many of `relocs` (sorted) lie before `end`, searched from the start in
/// growing steps.
fn count_before(relocs: &[Reloc], end: u64) -> usize {
    let mut bound = 1;
    while bound < relocs.len() && relocs[bound - 1].offset < end {
        bound *= 2;
    }
    // Past `bound - 1` every offset is at least `end` (or nothing is left).
    relocs[..bound.min(relocs.len())].partition_point(|r| r.offset < end)
}

/// A function symbol (STT_FUNC) with its extent.
#[derive(Debug, Clone)]
pub struct Function {
    pub name: String,
    /// Index into `Module::sections`.
    pub section: usize,
    /// Offset of the first byte in its section.
    pub offset: u64,
    pub size: u64,
    /// True when the ELF size was 0 and the size was inferred from the next symbol.
    pub size_inferred: bool,
    /// A global (or weak) symbol; local functions may reuse any name.
    pub global: bool,
    /// A weak symbol: a strong definition elsewhere may replace it at link time.
    pub weak: bool,
    /// Other function symbols at the same address (`SYM_FUNC_ALIAS`, `.set`),
    /// sorted: names of this code too.
    pub aliases: Vec<String>,
    /// The name objtool prints for this code, where it is not `name`.
    pub objtool_name: ObjtoolName,
}

/// Which of the function symbols at one address objtool names in its
/// messages: the first sized one in the symbol table (its symbol tree keeps
/// equal starts in the order it read them), where rspill keeps another
/// (sized, global, alphabetically first: blind review 106).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ObjtoolName {
    /// The function's own `name`.
    #[default]
    Own,
    /// An alias's.
    Alias(Box<str>),
    /// Sized symbols of different sizes: which one objtool finds at a
    /// place depends on the place (not modelled).
    SizesDiffer,
}

/// A problem with one part of an otherwise readable file; reported, the rest is analysed.
#[derive(Debug, Clone)]
pub struct ModuleProblem {
    pub message: String,
}

/// Functions by name without copying 100k names: keyed by the name's hash,
/// the entry's name compared on lookup. The few hashes two functions share (a
/// name defined twice, or a collision) are kept by name.
pub struct NameIndex {
    by_hash: FxHashMap<u64, u32>,
    /// Names whose hash is shared: the one function of that name (`None`
    /// when defined more than once), and whether any of them is local.
    shared: HashMap<String, (Option<u32>, bool)>,
}

/// From how many functions on `load` builds the `NameIndex` at once (a
/// whole image's), not on first use.
const EAGER_NAME_INDEX: usize = 4096;

/// A `by_hash` entry that two functions share.
const NAME_SHARED: u32 = u32::MAX;

fn name_hash(name: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(name)
}

impl NameIndex {
    fn new(functions: &[Function]) -> NameIndex {
        let mut by_hash: FxHashMap<u64, u32> =
            FxHashMap::with_capacity_and_hasher(functions.len(), Default::default());
        for (i, f) in functions.iter().enumerate() {
            by_hash
                .entry(name_hash(&f.name))
                .and_modify(|e| *e = NAME_SHARED)
                .or_insert(i as u32);
        }
        let mut shared: HashMap<String, (Option<u32>, bool)> = HashMap::new();
        for (i, f) in functions.iter().enumerate() {
            if by_hash.get(&name_hash(&f.name)) == Some(&NAME_SHARED) {
                shared
                    .entry(f.name.clone())
                    .and_modify(|e| *e = (None, e.1 || !f.global))
                    .or_insert((Some(i as u32), !f.global));
            }
        }
        NameIndex { by_hash, shared }
    }

    /// `Some(Some(i))`: the one function called `name`; `Some(None)`: defined
    /// more than once; `None`: no function has that name.
    fn get(&self, functions: &[Function], name: &str) -> Option<Option<usize>> {
        match self.by_hash.get(&name_hash(name)) {
            Some(&NAME_SHARED) => self.shared.get(name).map(|e| e.0.map(|i| i as usize)),
            Some(&i) if functions[i as usize].name == name => Some(Some(i as usize)),
            _ => None,
        }
    }

    /// Whether a function called `name` is local (not global).
    fn has_local(&self, functions: &[Function], name: &str) -> bool {
        match self.by_hash.get(&name_hash(name)) {
            Some(&NAME_SHARED) => self.shared.get(name).is_some_and(|e| e.1),
            Some(&i) => functions[i as usize].name == name && !functions[i as usize].global,
            None => false,
        }
    }
}

/// One loaded ELF file (or archive member).
pub struct Module {
    /// Display path: `dir/file.o`, or `lib.a(member.o)` for archive members.
    pub path: String,
    pub kind: ModuleKind,
    backing: Arc<Backing>,
    range: Range<usize>,
    pub sections: Vec<CodeSection>,
    /// Sorted by (section, offset).
    pub functions: Vec<Function>,
    /// Problems with parts of the file (reported; the rest is analysed).
    pub problems: Vec<ModuleProblem>,
    /// Synthetic or real base address per ELF section index (allocated sections only).
    pub section_bases: HashMap<usize, u64>,
    /// (address, index into `functions`), sorted: names call targets in linked images.
    functions_by_address: Vec<(u64, usize)>,
    /// The same addresses as a set: whether a call's destination starts a
    /// function is asked of every call of a whole image.
    function_starts: rustc_hash::FxHashSet<u64>,
    /// Every named symbol of a linked image by address (data too), sorted: names
    /// the targets of RIP-relative operands. Empty for relocatable objects.
    /// Built at first use: `diff` names targets with it, `scan` never does
    /// (a whole image's 190k names cost a tenth of its scan).
    symbols_by_address: std::sync::OnceLock<Vec<(u64, Arc<str>)>>,
    /// Sections that section-symbol relocations of code reach, by ELF index.
    target_sections: FxHashMap<usize, TargetSection>,
    /// Names of undefined symbols: a call naming one binds at link time,
    /// possibly not to a local function that has the same name.
    undefined_names: rustc_hash::FxHashSet<String>,
    /// Names of the other symbols defined in code (labels, `SYM_CODE_START`'s
    /// STT_NOTYPE): a call or jump to one goes to this module's code.
    code_labels: rustc_hash::FxHashSet<String>,
    /// What in the symbol table makes objtool's decode give up on the whole
    /// object (an STT_FUNC at the end of its section, a `.cold` part without
    /// its parent).
    pub objtool_fatal: Option<String>,
    /// A section with more than one relocation section: objtool keeps the
    /// last it reads, rspill reads them all, so what objtool sees of the
    /// code differs (a blind review's case).
    pub objtool_reads_fewer_relocations: Option<String>,
    /// A static-call trampoline without its key: objtool's static-call pass
    /// (vmlinux objects) fails there, before ORC generation.
    pub static_call_key_missing: Option<String>,
    /// Index into `functions` by name (and which names are local), built on
    /// first use.
    functions_by_name: std::sync::OnceLock<NameIndex>,
    /// Per function: how its code ends for a call (`decode::callee_end`),
    /// decided on first use.
    pub callee_ends: Vec<std::sync::OnceLock<crate::x86::decode::CalleeEnd>>,
    /// Places inside functions reached other than from their own code, by
    /// address, sorted (`entries`).
    pub interior_entries: Vec<crate::input::entries::InteriorEntry>,
    /// `.altinstr_aux` code (`static_cpu_has`'s test-and-jump blocks).
    pub aux_code: Vec<AuxCode>,
    /// Instruction fields the kernel patches at boot, by address, sorted
    /// (`entries::patched_fields`).
    pub patched_fields: Vec<(u64, Arc<str>)>,
    /// Function starts whose address a relocation takes (not as a call's or
    /// jump's destination), sorted: an indirect call may reach them. Also
    /// places of code no function symbol starts (STT_NOTYPE labels).
    pub address_taken: Vec<u64>,
    /// The first of `address_taken` no function starts at, found on first
    /// use (`taken_code_no_function_starts`).
    taken_elsewhere: std::sync::OnceLock<Option<u64>>,
    /// Why the ways into this module's code are known only under the
    /// in-bounds assumption (`stack-objects-in-bounds`): code reads the
    /// stack through an index, which reaches a return address only out of
    /// its object. A claim is then an assumed no-op (`entries`).
    pub ways_in_in_bounds: Option<Arc<str>>,
    /// The ways in that only find the module entered anywhere were not read
    /// (`entries::Readings::WithoutAnywhere`): no claim can be made.
    pub ways_in_deferred: bool,
    /// The object has `.call_sites` (call depth tracking rewrites the
    /// padding before called functions: `entries::note_interior`).
    pub call_padding_rewritten: bool,
    /// Addresses of the fields of data that hold a code address (an
    /// R_X86_64_64, 32 or 32S relocation against code), sorted: code that
    /// changes one in place makes the object entered anywhere (`entries`).
    pub code_held: Vec<u64>,
    /// The symbols defined in the sections holding those fields, by name:
    /// their address (None: the name is defined more than once there).
    pub code_held_symbols: HashMap<String, Option<u64>>,
    /// The ELF indices of the sections holding those fields.
    pub code_held_sections: HashSet<usize>,
    /// A relocatable object with no compiler's name in `.comment`: assembled
    /// from hand-written assembly, where label arithmetic may form addresses
    /// inside functions without leaving a relocation.
    pub hand_written: bool,
    /// Whose code addresses the first reading of `code_addresses` follows.
    pub code_addresses_of: CodeAddressesOf,
    /// Names on objtool's noreturn list that another input of the scan
    /// defines in code (blind review 88's `panic` that returns): the
    /// reading along paths goes on past a call to one.
    pub noreturn_defined_elsewhere: Vec<Arc<str>>,
    /// Those of them whose code may return (`across_inputs::may_return`):
    /// a claim across a call to one, taken never to return as objtool
    /// takes it, is withdrawn.
    pub noreturn_returning_elsewhere: Vec<Arc<str>>,
    /// Callees defined in another input of the scan (the definition a call
    /// binds to, or may: a weak or COMDAT one here may lose to it) whose
    /// code there does not show the calling convention, with what it shows
    /// (`across_inputs::Join::callee_contracts`; blind review 107).
    pub callee_contracts_elsewhere: super::across_inputs::CalleesElsewhere,
    /// Places of this module's code that a table of another input of the
    /// scan lists for the kernel to patch at boot (`.altinstructions`,
    /// `.cfi_sites`, ...), sorted, with where the entry lies: the functions
    /// whose bytes such a patch may write make no claim
    /// (`across_inputs::PATCH_TABLES`; blind review 111).
    pub patched_elsewhere: Vec<(u64, Arc<str>)>,
    /// Functions of other inputs of the scan whose address this module
    /// takes and before which `.cfi_sites` lists no preamble: where an
    /// indirect call of kCFI-checked code may enter with FineIBT
    /// (`CalleeContracts::indirect_call`; blind review 122).
    pub taken_elsewhere_without_cfi_preamble: Vec<Arc<str>>,
    /// How far the boot-time patches of this input and of the others of
    /// the scan may write past their sections' edges: a function that
    /// near its own section's start or end may be written once linked
    /// (`boot_patches`; blind review 115).
    pub neighbour_spill: super::boot_patches::Spill,
}

/// Whose code addresses `code_addresses`' first reading follows: this
/// module's own, or (`across_inputs`) those of the globals it leaves
/// undefined that other inputs of a scan define in code, and only those.
#[derive(Debug, Default)]
pub enum CodeAddressesOf {
    #[default]
    ThisModule,
    OtherInputs(rustc_hash::FxHashSet<Box<str>>),
}

/// A code section with no functions whose blocks a function jumps to and
/// comes back from: `.altinstr_aux`.
#[derive(Debug)]
pub struct AuxCode {
    pub elf_index: usize,
    /// Address of its first byte (real, or synthetic for `.o`).
    pub base: u64,
    /// Range of its bytes inside the module's bytes.
    pub file_range: Range<usize>,
    /// Sorted by offset (relocatable objects).
    pub relocs: Vec<Reloc>,
}

impl Module {
    /// Drop this process's pages of `bytes`, a part of the module's file
    /// read whole once and not needed again (`Backing::release`).
    pub fn release(&self, bytes: &[u8]) {
        let all = self.backing.bytes();
        let start = (bytes.as_ptr() as usize).wrapping_sub(all.as_ptr() as usize);
        if start <= all.len() && bytes.len() <= all.len() - start {
            self.backing.release(start..start + bytes.len());
        }
    }

    pub fn bytes(&self) -> &[u8] {
        &self.backing.bytes()[self.range.clone()]
    }

    pub fn function_bytes(&self, f: &Function) -> &[u8] {
        let sec = &self.sections[f.section];
        let start = sec.file_range.start + f.offset as usize;
        &self.bytes()[start..start + f.size as usize]
    }

    /// The function of this module `name` names: its own name, or an alias
    /// (`.set panic, foo`: blind review 89), which calls do not resolve.
    pub fn function_or_alias(&self, name: &str) -> Option<&Function> {
        self.function_called(name).or_else(|| {
            self.functions
                .iter()
                .find(|f| f.aliases.iter().any(|a| a == name))
        })
    }

    /// Whether a function local to this module is called `name` (a call to it
    /// is not a call to the kernel's global function of that name).
    pub fn has_local_function(&self, name: &str) -> bool {
        self.name_index().has_local(&self.functions, name)
    }

    fn name_index(&self) -> &NameIndex {
        self.functions_by_name
            .get_or_init(|| NameIndex::new(&self.functions))
    }

    /// The function a call or jump naming `name` reaches in this module: the
    /// one function of that name (a name defined twice means nothing), or, for
    /// a static callee reached through a section symbol, the one starting at
    /// `section+0xOFF`. A name that is also an undefined symbol (a local
    /// function and the global it is not, after `ld -r`) means nothing.
    pub fn function_called(&self, name: &str) -> Option<&Function> {
        self.function_index_called(name).map(|i| &self.functions[i])
    }

    /// Whether this module sets static calls (`static_call_update()` calls
    /// `__static_call_update`): their trampolines may then reach its own
    /// functions.
    pub fn updates_static_calls(&self) -> bool {
        const UPDATE: &str = "__static_call_update";
        self.is_undefined(UPDATE) || self.function_index_called(UPDATE).is_some()
    }

    /// Whether an indirect call here is checked by kCFI before a
    /// `.retpoline_sites` site (`movl $hash,%r10d` 14 bytes before it, or
    /// the `jmp .+12` a disabled check starts with):
    /// with FineIBT the kernel rewrites the check to call 16 bytes before
    /// the target, at its `.cfi_sites` preamble (`alternative.c`,
    /// `cfi_rewrite_callers`, `decode_caller_hash`).
    pub fn has_kcfi_checked_calls(&self) -> bool {
        self.sections.iter().any(|s| {
            let code = self.bytes().get(s.file_range.clone()).unwrap_or(&[]);
            s.retpoline_sites.iter().any(|&p| {
                let at =
                    p.wrapping_sub(crate::input::boot_patches::KCFI_CALLER_CHECK as u64) as usize;
                code.get(at..)
                    .and_then(crate::input::boot_patches::kcfi_caller_hash)
                    .is_some()
            })
        })
    }

    /// Whether `.cfi_sites` lists a preamble right before the function at
    /// `address` (the 16 bytes FineIBT rewrites and enters).
    pub fn has_cfi_preamble(&self, address: u64) -> bool {
        let at = address.wrapping_sub(crate::input::boot_patches::CFI_PREAMBLE as u64);
        let first = self.patched_fields.partition_point(|p| p.0 < at);
        self.patched_fields[first..]
            .iter()
            .take_while(|p| p.0 == at)
            .any(|p| &*p.1 == ".cfi_sites")
    }

    /// Whether `name` is an undefined symbol of this module (bound at link time).
    pub fn is_undefined(&self, name: &str) -> bool {
        self.undefined_names.contains(name)
    }

    /// `function_called`, as an index into `functions`.
    pub fn function_index_called(&self, name: &str) -> Option<usize> {
        if self.undefined_names.contains(name) {
            return None;
        }
        let found = self.name_index().get(&self.functions, name);
        match found {
            Some(found) => found,
            None => {
                let (section, off) = name.rsplit_once('+')?;
                let off = u64::from_str_radix(off.strip_prefix("0x")?, 16).ok()?;
                // Sorted by (section, offset): a binary search per section of
                // that name (a linked image names many calls `sym+0xN`).
                (0..self.sections.len())
                    .filter(|&slot| self.sections[slot].name == section)
                    .find_map(|slot| {
                        let i = self
                            .functions
                            .partition_point(|f| (f.section, f.offset) < (slot, off));
                        self.functions
                            .get(i)
                            .is_some_and(|f| f.section == slot && f.offset == off)
                            .then_some(i)
                    })
            }
        }
    }

    /// Whether a relocation names this module's code: one of its functions,
    /// or a place in one of its executable sections.
    pub fn reloc_reaches_code(&self, r: &Reloc) -> bool {
        match r.target_section() {
            Some(index) => self
                .target_sections
                .get(&index)
                .is_some_and(|t| t.executable),
            None => {
                self.function_index_called(r.symbol()).is_some()
                    || self.code_labels.contains(&**r.symbol())
            }
        }
    }

    /// Whether `r` names a code address the first reading of
    /// `code_addresses` follows (`Module::code_addresses_of`).
    pub fn reloc_names_followed_code(&self, r: &Reloc) -> bool {
        match &self.code_addresses_of {
            CodeAddressesOf::ThisModule => self.reloc_reaches_code(r),
            CodeAddressesOf::OtherInputs(names) => {
                r.target_section().is_none() && names.contains(&**r.symbol())
            }
        }
    }

    /// Whether this module's own code addresses are followed (those no
    /// relocation names too: `lea 1f(%rip)`, `call 1f; 1: pop`).
    pub fn follows_own_code_addresses(&self) -> bool {
        matches!(self.code_addresses_of, CodeAddressesOf::ThisModule)
    }

    /// The first address the module takes of code no function symbol
    /// starts at (an STT_NOTYPE label): an indirect call may reach it.
    pub fn taken_code_no_function_starts(&self) -> Option<u64> {
        *self.taken_elsewhere.get_or_init(|| {
            self.address_taken.iter().copied().find(|&at| {
                self.function_at(at)
                    .is_none_or(|f| self.function_address(f) != at)
            })
        })
    }

    /// ELF section index of code section `slot`.
    pub fn section_elf_index(&self, slot: usize) -> Option<usize> {
        self.sections.get(slot).map(|s| s.elf_index)
    }

    pub fn function_address(&self, f: &Function) -> u64 {
        self.sections[f.section].base.wrapping_add(f.offset)
    }

    /// The function containing `address`, if any (for naming call targets in
    /// linked images, where calls carry no relocation).
    /// What offset `pos` of section `index` is, independent of the section's
    /// layout: `"string"` in merged-string sections, else `symbol+0xN`, else
    /// `section+0xN`.
    pub fn describe_section_target(&self, index: usize, pos: i64) -> String {
        let Some(t) = self.target_sections.get(&index) else {
            return format!("section{index}{pos:+#x}");
        };
        if let (Some(range), Ok(p)) = (&t.strings, usize::try_from(pos)) {
            if let Some(bytes) = self.bytes().get(range.clone()).and_then(|b| b.get(p..)) {
                let end = bytes
                    .iter()
                    .position(|&c| c == 0)
                    .unwrap_or(bytes.len())
                    .min(48);
                return format!("{:?}", String::from_utf8_lossy(&bytes[..end]));
            }
        }
        let idx = t.symbols.partition_point(|(o, _)| (*o as i64) <= pos);
        match idx.checked_sub(1).map(|i| &t.symbols[i]) {
            Some((o, name)) if pos as u64 == *o => name.to_string(),
            Some((o, name)) => format!("{name}+{:#x}", (pos as u64).wrapping_sub(*o)),
            None => format!("{}{pos:+#x}", t.name),
        }
    }

    /// Where the memory operand relocated by `r` lies, `from_symbol` bytes
    /// past its symbol, when that is in data holding code addresses
    /// (`code_held_sections`): `Some(None)` where the name is defined more
    /// than once there (taken to be any field); `None` elsewhere.
    pub fn code_held_place(&self, r: &Reloc, from_symbol: i64) -> Option<Option<u64>> {
        let symbol = match r.target_section() {
            Some(idx) if self.code_held_sections.contains(&idx) => {
                self.section_bases.get(&idx).copied()
            }
            Some(_) => return None,
            None => *self.code_held_symbols.get(&**r.symbol())?,
        };
        Some(symbol.map(|s| s.wrapping_add(from_symbol as u64)))
    }

    /// The fields of data holding code addresses are `fields` (ELF section
    /// index, offset) only: those holding the other inputs' functions'
    /// addresses `across_inputs` reads this module for (a load of one is a
    /// code address, a change in place a use), not its own.
    pub fn set_code_held(&mut self, fields: Vec<(usize, u64)>) {
        let Ok(file) = ElfFile64::<Endianness>::parse(self.bytes()) else {
            return;
        };
        (
            self.code_held,
            self.code_held_symbols,
            self.code_held_sections,
        ) = code_held_places(&file, &self.section_bases, fields);
    }

    /// How many fields holding a code address (`code_held`, taken as 8
    /// bytes each) the `width` bytes at `place` touch.
    pub fn code_held_touched(&self, place: u64, width: u64) -> usize {
        let first = self
            .code_held
            .partition_point(|&p| p.wrapping_add(8) <= place);
        self.code_held[first..]
            .iter()
            .take_while(|&&p| p < place.wrapping_add(width))
            .count()
    }

    /// Whether the section with ELF index `index` is executable, when
    /// relocations reach it.
    pub fn target_section_executable(&self, index: usize) -> bool {
        self.target_sections
            .get(&index)
            .is_some_and(|t| t.executable)
    }

    /// Whether the section with ELF index `index` holds functions.
    pub fn section_has_functions(&self, index: usize) -> bool {
        self.sections.iter().any(|s| s.elf_index == index)
    }

    /// The name of the section with ELF index `index`, when relocations reach it.
    pub fn target_section_name(&self, index: usize) -> Option<&str> {
        self.target_sections.get(&index).map(|t| t.name.as_str())
    }

    /// The symbol at or before `address` in a linked image, and the distance.
    pub fn symbol_at(&self, address: u64) -> Option<(&str, u64)> {
        let symbols = self.symbols_by_address.get_or_init(|| match self.kind {
            ModuleKind::Executable => ElfFile64::<Endianness>::parse(self.bytes())
                .map(|file| symbols_by_address(&file))
                .unwrap_or_default(),
            ModuleKind::Relocatable => Vec::new(),
        });
        let idx = symbols.partition_point(|(a, _)| *a <= address);
        let (start, name) = symbols.get(idx.checked_sub(1)?)?;
        Some((name, address.wrapping_sub(*start)))
    }

    /// Whether a function symbol starts at `offset` of the section with ELF
    /// index `elf_index`.
    pub fn function_starts_at(&self, elf_index: usize, offset: u64) -> bool {
        self.sections
            .iter()
            .find(|s| s.elf_index == elf_index)
            .is_some_and(|s| self.function_starts.contains(&s.base.wrapping_add(offset)))
    }

    /// The addresses in `[lo, hi)` where a function symbol starts, in order.
    pub fn function_starts_between(&self, lo: u64, hi: u64) -> impl Iterator<Item = u64> + '_ {
        let first = self.functions_by_address.partition_point(|&(a, _)| a < lo);
        self.functions_by_address[first..]
            .iter()
            .map(|&(a, _)| a)
            .take_while(move |&a| a < hi)
    }

    pub fn function_at(&self, address: u64) -> Option<&Function> {
        let idx = self
            .functions_by_address
            .partition_point(|&(a, _)| a <= address);
        let (start, fi) = *self.functions_by_address.get(idx.checked_sub(1)?)?;
        let f = &self.functions[fi];
        (address < start.saturating_add(f.size.max(1))).then_some(f)
    }
}

impl Module {
    /// Add the ways in that decoding the code found (`entries::from_code`)
    /// to those the tables and relocations gave: the complete list, by place.
    pub fn add_code_entries(&mut self, found: crate::input::entries::CodeReferences) {
        if self.ways_in_in_bounds.is_none() {
            self.ways_in_in_bounds = found.in_bounds.map(Arc::from);
        }
        self.add_entries(found.entries, found.address_taken);
    }

    /// Add ways into functions and function starts whose address is taken,
    /// found after loading (in the module's code, in other inputs).
    pub fn add_entries(
        &mut self,
        entries: Vec<crate::input::entries::InteriorEntry>,
        address_taken: Vec<u64>,
    ) {
        self.address_taken.extend(address_taken);
        self.address_taken.sort_unstable();
        self.address_taken.dedup();
        self.taken_elsewhere = std::sync::OnceLock::new();
        let all = &mut self.interior_entries;
        all.extend(entries);
        all.sort_by_key(|e| (e.at, e.origin));
        all.dedup_by_key(|e| (e.at, e.origin));
    }

    fn build_address_index(&mut self) {
        let mut idx: Vec<(u64, usize)> = self
            .functions
            .iter()
            .enumerate()
            .map(|(i, f)| (self.sections[f.section].base.wrapping_add(f.offset), i))
            .collect();
        idx.sort_unstable();
        self.function_starts = idx.iter().map(|&(a, _)| a).collect();
        self.functions_by_address = idx;
    }
}

/// Check the ELF header before handing the file to `object`, so that the common
/// wrong inputs get a precise message instead of a parser error.
fn check_header(path: &str, data: &[u8]) -> Result<(), InputError> {
    if data.is_empty() {
        return Err(InputError::new(path, "empty file"));
    }
    if data.len() < 4 || &data[..4] != b"\x7fELF" {
        return Err(InputError::new(path, "not an ELF file"));
    }
    if data.len() < 64 {
        return Err(InputError::new(
            path,
            format!("truncated ELF header ({} bytes)", data.len()),
        ));
    }
    if data[4] != 2 {
        let class = if data[4] == 1 {
            "32-bit (ELFCLASS32)"
        } else {
            "of unknown class"
        };
        return Err(InputError::new(
            path,
            format!("{class} ELF file: rspill analyses x86-64 (ELFCLASS64) objects only"),
        ));
    }
    if data[5] != 1 {
        return Err(InputError::new(path, "big-endian ELF file: not x86-64"));
    }
    let machine = u16::from_le_bytes([data[18], data[19]]);
    if machine != object::elf::EM_X86_64.0 {
        let name = match machine {
            183 => "AArch64".to_string(),
            3 => "i386".to_string(),
            243 => "RISC-V".to_string(),
            40 => "ARM".to_string(),
            21 => "PowerPC64".to_string(),
            22 => "s390".to_string(),
            m => format!("e_machine {m}"),
        };
        return Err(InputError::new(
            path,
            format!("ELF machine is {name}: rspill analyses x86-64 objects only"),
        ));
    }
    Ok(())
}

/// Map and parse the ELF file at `path` (display name: the path as given).
pub fn load_file(path: &Path) -> Result<Module, InputError> {
    let backing = Backing::open(path)?;
    let len = backing.bytes().len();
    load(path.display().to_string(), backing, 0..len)
}

/// `load_file`, refusing a file with any problem: for the commands whose result
/// would be wrong on a partly readable file (diff, rewrite, extract), unlike
/// scan, which reports the problems and analyses the rest.
pub fn load_file_whole(path: &Path) -> Result<Module, InputError> {
    let module = load_file(path)?;
    match module.problems.as_slice() {
        [] => Ok(module),
        [only] => Err(InputError::new(&module.path, only.message.clone())),
        [first, rest @ ..] => Err(InputError::new(
            &module.path,
            format!("{} (and {} more problems)", first.message, rest.len()),
        )),
    }
}

/// Parse one ELF file (or archive member) into a `Module`: its function symbols
/// per code section, each code section with its relocations and the kernel's
/// tables about it, and the indexes the analyses look things up in.
pub fn load(
    path: String,
    backing: Arc<Backing>,
    range: Range<usize>,
) -> Result<Module, InputError> {
    let mut module = load_without_code_entries(path, backing, range)?;
    let found = crate::input::entries::from_code(&module);
    module.add_code_entries(found);
    Ok(module)
}

/// `load`, leaving out the ways into functions that only decoding their code
/// shows (`entries::from_code_with`): for scan, which decodes every function
/// anyway and adds them (`Module::add_code_entries`) before analysing any.
pub fn load_without_code_entries(
    path: String,
    backing: Arc<Backing>,
    range: Range<usize>,
) -> Result<Module, InputError> {
    let data = backing
        .bytes()
        .get(range.clone())
        .ok_or_else(|| InputError::new(&path, "member lies outside the archive"))?;
    check_header(&path, data)?;
    let file = ElfFile64::<Endianness>::parse(data)
        .map_err(|e| InputError::new(&path, format!("malformed ELF: {e}")))?;
    let kind = module_kind(&file, &path)?;
    let section_bases = layout_sections(&file, kind);
    let mut problems: Vec<ModuleProblem> = crate::input::elf_tables::inconsistencies(&file, data)
        .into_iter()
        .map(|message| ModuleProblem { message })
        .collect();
    let symbols = SymbolTable::read(&file, kind, &mut problems).ok_or_else(|| {
        InputError::new(
            &path,
            "no symbol table: rspill needs function symbols (the file looks stripped)",
        )
    })?;

    let mut code_section_elf_index: Vec<usize> = Vec::new();
    let mut sections = Vec::new();
    let mcount_loc = symbols.mcount_loc;
    let mut per_section = symbols.functions;
    let mut functions = Vec::with_capacity(per_section.values().map(Vec::len).sum());
    let mut sec_keys: Vec<usize> = per_section.keys().copied().collect();
    sec_keys.sort_unstable();
    for sec_idx in sec_keys {
        let syms = per_section.remove(&sec_idx).unwrap_or_default();
        let Ok(section) = file.section_by_index(SectionIndex(sec_idx)) else {
            continue;
        };
        let slot = sections.len();
        let Some((mut code, found)) = code_section(&file, &section, syms, slot, &mut problems)
        else {
            continue;
        };
        code.base = *section_bases.get(&sec_idx).unwrap_or(&0);
        functions.extend(found);
        sections.push(code);
        code_section_elf_index.push(sec_idx);
    }
    // Per code section, its functions' offsets, sorted (which boot-time
    // patch sites may write into a function from before it).
    let mut function_starts: Vec<Vec<u64>> = vec![Vec::new(); sections.len()];
    for f in &functions {
        function_starts[f.section].push(f.offset);
    }
    for starts in &mut function_starts {
        starts.sort_unstable();
    }
    // A whole image's function names are indexed while the rest of it loads
    // (on the core that work leaves idle): the analysis asks the index at
    // every call, and built there on first use it held a core for as long.
    let (
        name_index,
        (target_sections, aux_code, extents, (relocated_entries, address_taken, code_held)),
    ) = rayon::join(
        || (functions.len() >= EAGER_NAME_INDEX).then(|| NameIndex::new(&functions)),
        || {
            let sections = &mut sections;
            let jumps_across = attach_jump_labels(
                &file,
                kind,
                sections,
                &code_section_elf_index,
                &section_bases,
            );
            attach_kernel_tables(
                &file,
                kind,
                sections,
                &code_section_elf_index,
                &section_bases,
                &function_starts,
            );
            attach_objtool_annotations(&file, kind, sections, &code_section_elf_index);
            let bug_ends = super::bug_traps::bug_ends(&file, kind, &code_section_elf_index);
            for (s, ends) in sections.iter_mut().zip(bug_ends) {
                s.bug_ends = ends;
            }
            let target_sections = target_sections(&file, sections);
            let aux_code: Vec<AuxCode> = file
                .sections()
                .filter(|s| s.name() == Ok(".altinstr_aux"))
                .filter_map(|s| {
                    let (off, size) = s.file_range()?;
                    let end = off
                        .checked_add(size)
                        .filter(|&e| e as usize <= data.len())?;
                    let mut relocs = match kind {
                        ModuleKind::Relocatable => section_relocs(&file, &s).ok()?,
                        ModuleKind::Executable => Vec::new(),
                    };
                    relocs.sort_by_key(|r| r.offset);
                    Some(AuxCode {
                        elf_index: s.index().0,
                        base: *section_bases.get(&s.index().0)?,
                        file_range: off as usize..end as usize,
                        relocs,
                    })
                })
                .collect();
            let extents = crate::input::entries::Extents::new(
                functions
                    .iter()
                    .map(|f: &Function| {
                        let start = sections[f.section].base.wrapping_add(f.offset);
                        (start, start.saturating_add(f.size))
                    })
                    .collect(),
                aux_code
                    .iter()
                    .map(|a| (a.base, a.base + a.file_range.len() as u64))
                    .collect(),
            );
            let (relocated_entries, address_taken, code_held) = match kind {
                ModuleKind::Relocatable => {
                    // The function whose alternative a place in `.altinstr_replacement`
                    // is: (replacement start, end, the function's extent), sorted.
                    let mut replacements: Vec<(u64, u64, (u64, u64))> = sections
                        .iter()
                        .flat_map(|s| {
                            let extents = &extents;
                            s.alternatives.iter().filter_map(move |a| {
                                let owner = extents.containing(s.base.wrapping_add(a.site))?;
                                let end = a.section_offset + a.replacement.len() as u64;
                                Some((a.section_offset, end, owner))
                            })
                        })
                        .collect();
                    replacements.sort_unstable();
                    let replacement_owner = |_: usize, offset: u64| {
                        let i = replacements.partition_point(|r| r.0 <= offset);
                        replacements[..i]
                            .iter()
                            .rev()
                            .take_while(|r| r.0 == replacements[i - 1].0)
                            .find(|r| offset < r.1)
                            .map(|r| r.2)
                    };
                    crate::input::entries::from_relocations(
                        &file,
                        &section_bases,
                        &extents,
                        &replacement_owner,
                    )
                }
                // (No claim in a linked image rests on its callees' addresses: see
                // `NO_HIDDEN_ENTRIES_ASSUMPTION`.)
                ModuleKind::Executable => (
                    crate::input::entries::from_linked_image(
                        &file,
                        &extents,
                        &code_section_elf_index,
                        mcount_loc,
                    ),
                    Vec::new(),
                    Vec::new(),
                ),
            };
            let mut relocated_entries = relocated_entries;
            relocated_entries.extend(jumps_across.into_iter().filter_map(|jump| {
                let from = Arc::from(format!(
                    "the static key at {}+{:#x} (in another section)",
                    jump.site.0, jump.site.1
                ));
                match jump.target {
                    Some(at) => {
                        extents
                            .interior(at)
                            .map(|_| crate::input::entries::InteriorEntry {
                                at,
                                from,
                                origin: None,
                            })
                    }
                    None => Some(crate::input::entries::InteriorEntry {
                        at: crate::input::entries::ANYWHERE,
                        from,
                        origin: None,
                    }),
                }
            }));
            (
                target_sections,
                aux_code,
                extents,
                (relocated_entries, address_taken, code_held),
            )
        },
    );
    let (code_held, code_held_symbols, code_held_sections) =
        code_held_places(&file, &section_bases, code_held);
    let patched_fields = crate::input::entries::patched_fields(&file, kind, &section_bases);
    let hand_written = kind == ModuleKind::Relocatable
        && !file
            .section_by_name(".comment")
            .and_then(|c| c.data().ok())
            .is_some_and(|d| {
                let text = String::from_utf8_lossy(d);
                text.contains("clang version") || text.contains("GCC:")
            });
    let mut relocated_entries = relocated_entries;
    // A boot-time patch of code outside every function (alternative
    // replacements, `.altinstr_aux`), which the analysis takes in as part of
    // a function: not followed there, so anywhere in the object is suspect.
    for (at, table) in &patched_fields {
        let in_code = file.sections().any(|s| {
            s.kind() == object::SectionKind::Text
                && section_bases
                    .get(&s.index().0)
                    .is_some_and(|&b| *at >= b && *at < b + s.size())
        });
        if in_code && extents.containing(*at).is_none() && &**table != ".smp_locks" {
            relocated_entries.push(crate::input::entries::InteriorEntry {
                at: crate::input::entries::ANYWHERE,
                from: Arc::from(format!(
                    "a boot-time patch of {table} in code outside every function"
                )),
                origin: None,
            });
        }
    }
    if kind == ModuleKind::Relocatable {
        relocated_entries.extend(crate::input::entries::from_unread_code(
            &file,
            &code_section_elf_index,
        ));
    }
    // The kernel copies a replacement whole over its site: one longer than
    // the bytes it replaces writes over the code after them, which no
    // function's reading has.
    for (section, a) in sections
        .iter()
        .flat_map(|s| s.alternatives.iter().map(move |a| (s, a)))
    {
        if a.replacement.len() > usize::from(a.orig_len) {
            relocated_entries.push(crate::input::entries::InteriorEntry {
                at: crate::input::entries::ANYWHERE,
                from: Arc::from(format!(
                    "the alternative at {}+{:#x} is {} bytes over {} (it writes over the code after its site)",
                    section.name,
                    a.site,
                    a.replacement.len(),
                    a.orig_len
                )),
                origin: None,
            });
        }
    }
    relocated_entries.extend(crate::input::entries::from_symbols(
        &file,
        kind,
        &section_bases,
        &extents,
    ));
    let callee_ends = (0..functions.len())
        .map(|_| std::sync::OnceLock::new())
        .collect();
    let tables_fatal = special_tables_fatal(&file, kind);
    // Relocations rspill does not read: anywhere may be entered, and
    // objtool (which reads them) sees other code than rspill.
    let unread = (kind == ModuleKind::Relocatable)
        .then(|| unread_relocations(&file))
        .flatten();
    if let Some(why) = &unread {
        relocated_entries.push(crate::input::entries::InteriorEntry {
            at: crate::input::entries::ANYWHERE,
            from: Arc::from(why.as_str()),
            origin: None,
        });
    }
    let objtool_reads_fewer_relocations = relocation_sections_shared(&file, kind).or(unread);
    // The relocations of allocated sections are read: the module holds
    // what it needs of them.
    let read_whole: Vec<Range<usize>> = file
        .sections()
        .filter(|s| {
            let header = s.elf_section_header();
            matches!(
                header.sh_type(file.endian()),
                object::elf::SHT_RELA | object::elf::SHT_REL
            ) && file
                .section_by_index(SectionIndex(header.sh_info(file.endian()) as usize))
                .is_ok_and(|target| {
                    target.elf_section_header().sh_flags(file.endian()).0 & object::elf::SHF_ALLOC.0
                        != 0
                })
        })
        .filter_map(|s| {
            let (off, size) = s.file_range()?;
            let start = range.start.checked_add(usize::try_from(off).ok()?)?;
            Some(start..start.checked_add(usize::try_from(size).ok()?)?)
        })
        .collect();
    let call_padding_rewritten =
        kind == ModuleKind::Relocatable && file.sections().any(|s| s.name() == Ok(".call_sites"));
    let mut module = Module {
        path,
        kind,
        backing,
        range,
        sections,
        functions,
        problems,
        section_bases,
        functions_by_address: Vec::new(),
        function_starts: Default::default(),
        symbols_by_address: std::sync::OnceLock::new(),
        target_sections,
        undefined_names: symbols.undefined_names,
        code_labels: symbols.code_labels,
        objtool_fatal: symbols.objtool_fatal.or(tables_fatal),
        objtool_reads_fewer_relocations,
        static_call_key_missing: symbols.static_call_key_missing,
        functions_by_name: match name_index {
            Some(index) => std::sync::OnceLock::from(index),
            None => std::sync::OnceLock::new(),
        },
        callee_ends,
        interior_entries: Vec::new(),
        aux_code,
        patched_fields,
        hand_written,
        ways_in_in_bounds: None,
        ways_in_deferred: false,
        call_padding_rewritten,
        code_held,
        code_held_symbols,
        code_held_sections,
        address_taken,
        taken_elsewhere: std::sync::OnceLock::new(),
        code_addresses_of: CodeAddressesOf::ThisModule,
        noreturn_defined_elsewhere: Vec::new(),
        noreturn_returning_elsewhere: Vec::new(),
        callee_contracts_elsewhere: Vec::new(),
        patched_elsewhere: Vec::new(),
        taken_elsewhere_without_cfi_preamble: Vec::new(),
        neighbour_spill: Default::default(),
    };
    module.build_address_index();
    // Sorted by place, as every look-up of them searches (a module read
    // only for its callees' code gets no other entries that would sort them).
    module.add_entries(relocated_entries, Vec::new());
    module.neighbour_spill = super::boot_patches::spill(&module);
    for range in read_whole {
        module.backing.release(range);
    }
    Ok(module)
}

fn module_kind(file: &ElfFile64<Endianness>, path: &str) -> Result<ModuleKind, InputError> {
    match file.elf_header().e_type(file.endian()).0 {
        t if t == object::elf::ET_REL.0 => Ok(ModuleKind::Relocatable),
        t if t == object::elf::ET_EXEC.0 || t == object::elf::ET_DYN.0 => {
            Ok(ModuleKind::Executable)
        }
        t => Err(InputError::new(
            path,
            format!("ELF type {t} is neither a relocatable object nor an executable"),
        )),
    }
}

/// A function symbol as the symbol table gives it.
struct FunctionSymbol {
    /// Offset in its section (ET_REL symbol values are offsets, others addresses).
    offset: u64,
    /// `st_size`; 0 when the assembler was not told.
    size: u64,
    name: String,
    global: bool,
    weak: bool,
}

/// What `load` needs from the symbol table.
struct SymbolTable {
    /// Function symbols by the ELF index of their section.
    functions: rustc_hash::FxHashMap<usize, Vec<FunctionSymbol>>,
    /// Names of undefined symbols (calls to them leave the object).
    undefined_names: rustc_hash::FxHashSet<String>,
    /// Names of symbols other than functions defined in code sections.
    code_labels: rustc_hash::FxHashSet<String>,
    /// What in the symbol table makes objtool give up on the object.
    objtool_fatal: Option<String>,
    /// A static-call trampoline (`__SCT__x`) without its key (`__SCK__x`).
    static_call_key_missing: Option<String>,
    /// Where the kernel's table of ftrace call sites lies (`MCOUNT_LOC`).
    mcount_loc: Option<(u64, u64)>,
}

/// The symbols around the kernel's table of ftrace call sites, which names a
/// place in nearly every function and is no way in
/// (`entries::from_linked_image`).
const MCOUNT_LOC: (&str, &str) = ("__start_mcount_loc", "__stop_mcount_loc");

/// What one stretch of the symbol table holds (`SymbolTable::read` reads a
/// whole image's in two, at once).
#[derive(Default)]
struct SymbolsPart<'data> {
    functions: rustc_hash::FxHashMap<usize, Vec<FunctionSymbol>>,
    undefined_names: rustc_hash::FxHashSet<String>,
    code_labels: rustc_hash::FxHashSet<String>,
    objtool_fatal: Option<String>,
    problems: Vec<ModuleProblem>,
    /// Every name, for objtool's look-ups by name (a `.cold` part's parent,
    /// a static call's key): listed, not hashed (`SymbolTable::read` looks
    /// up a few thousand names, where hashing a whole image's 190k cost a
    /// fifth of reading its symbols).
    names: Vec<&'data str>,
    mcount_start: Option<u64>,
    mcount_stop: Option<u64>,
}

impl<'data> SymbolsPart<'data> {
    fn read(
        file: &ElfFile64<'data, Endianness>,
        kind: ModuleKind,
        symbols: std::ops::Range<usize>,
    ) -> SymbolsPart<'data> {
        let mut part = SymbolsPart {
            names: Vec::with_capacity(symbols.len()),
            ..Default::default()
        };
        for index in symbols {
            let Ok(sym) = file.symbol_by_index(object::SymbolIndex(index)) else {
                continue;
            };
            let name = sym.name();
            let symbol_kind = sym.kind();
            let undefined = sym.is_undefined();
            if let Ok(n) = name {
                part.names.push(n);
                if n == MCOUNT_LOC.0 {
                    part.mcount_start.get_or_insert(sym.address());
                } else if n == MCOUNT_LOC.1 {
                    part.mcount_stop.get_or_insert(sym.address());
                }
            }
            let section = sym
                .section_index()
                .and_then(|i| file.section_by_index(i).ok());
            if symbol_kind == SymbolKind::Text && !undefined {
                let end_of_section = section.as_ref().is_some_and(|s| {
                    let offset = match kind {
                        ModuleKind::Relocatable => sym.address(),
                        ModuleKind::Executable => sym.address().wrapping_sub(s.address()),
                    };
                    offset == s.size()
                });
                if end_of_section && part.objtool_fatal.is_none() {
                    part.objtool_fatal = Some(format!(
                        "{}: an STT_FUNC symbol at the end of its section",
                        name.unwrap_or("?")
                    ));
                }
            }
            if undefined {
                if let Ok(n) = name {
                    part.undefined_names.insert(n.to_string());
                }
                continue;
            }
            // An IFUNC names its resolver, not the code a call to it runs
            // (chosen at load time); objtool takes only STT_FUNC either.
            if symbol_kind != SymbolKind::Text
                || sym.elf_symbol().st_type() == object::elf::STT_GNU_IFUNC
            {
                let in_code = section
                    .as_ref()
                    .is_some_and(|s| s.kind() == object::SectionKind::Text);
                let named = !matches!(symbol_kind, SymbolKind::Section | SymbolKind::File);
                if let (true, true, Ok(n)) = (in_code, named, name) {
                    if !n.is_empty() {
                        part.code_labels.insert(n.to_string());
                    }
                }
                continue;
            }
            let Some(sec_idx) = sym.section_index() else {
                continue;
            };
            let Some(section) = section else {
                part.problems.push(ModuleProblem {
                    message: format!(
                        "symbol {} refers to section index {} which does not exist",
                        name.unwrap_or("?"),
                        sec_idx.0
                    ),
                });
                continue;
            };
            let name = match name {
                Ok(n) if !n.is_empty() => n.to_string(),
                _ => continue,
            };
            let offset = match kind {
                ModuleKind::Relocatable => sym.address(),
                ModuleKind::Executable => sym.address().wrapping_sub(section.address()),
            };
            part.functions
                .entry(sec_idx.0)
                .or_default()
                .push(FunctionSymbol {
                    offset,
                    size: sym.elf_symbol().st_size(file.endian()),
                    name,
                    global: sym.is_global(),
                    weak: sym.is_weak(),
                });
        }
        part
    }

    /// This part followed by `later`, as one read of both would be.
    fn then(mut self, later: SymbolsPart<'data>) -> SymbolsPart<'data> {
        for (section, symbols) in later.functions {
            self.functions.entry(section).or_default().extend(symbols);
        }
        self.undefined_names.extend(later.undefined_names);
        self.code_labels.extend(later.code_labels);
        self.objtool_fatal = self.objtool_fatal.or(later.objtool_fatal);
        self.problems.extend(later.problems);
        self.mcount_start = self.mcount_start.or(later.mcount_start);
        self.mcount_stop = self.mcount_stop.or(later.mcount_stop);
        // (`names` stay apart: `SymbolTable::read` asks both parts.)
        self
    }
}

impl SymbolTable {
    /// None when there is no symbol table at all (a stripped file).
    fn read(
        file: &ElfFile64<Endianness>,
        kind: ModuleKind,
        problems: &mut Vec<ModuleProblem>,
    ) -> Option<SymbolTable> {
        // Index 0 is the null symbol.
        let count = file.elf_symbol_table().len();
        if count <= 1 {
            return None;
        }
        // A whole image's hundreds of thousands of symbols in two halves at
        // once (the other core is idle while a module loads).
        let (first, mut later) = if count > 20_000 {
            let middle = 1 + (count - 1) / 2;
            rayon::join(
                || SymbolsPart::read(file, kind, 1..middle),
                || SymbolsPart::read(file, kind, middle..count),
            )
        } else {
            (
                SymbolsPart::read(file, kind, 1..count),
                SymbolsPart::default(),
            )
        };
        let later_names = std::mem::take(&mut later.names);
        let part = first.then(later);
        let all_names = || part.names.iter().chain(&later_names).copied();
        problems.extend(part.problems);
        let mut table = SymbolTable {
            functions: part.functions,
            undefined_names: part.undefined_names,
            code_labels: part.code_labels,
            objtool_fatal: part.objtool_fatal,
            static_call_key_missing: None,
            mcount_loc: part.mcount_start.zip(part.mcount_stop),
        };
        // elf.c's read_symbols(): `X.cold` needs a symbol `X` (each `.cold`
        // part with the name it needs).
        let cold = memchr::memmem::Finder::new(".cold");
        let cold_parts: Vec<(&str, &str)> = if table.objtool_fatal.is_none() {
            table
                .functions
                .values()
                .flatten()
                .filter_map(|f| Some((f.name.as_str(), &f.name[..cold.find(f.name.as_bytes())?])))
                .collect()
        } else {
            Vec::new()
        };
        // A static call's trampoline `__SCT__x` needs its key `__SCK__x`.
        let keys: Vec<(&str, String)> = all_names()
            .filter_map(|n| n.strip_prefix("__SCT__"))
            .map(|key| (key, format!("__SCK__{key}")))
            .collect();
        let present = names_present(
            all_names(),
            cold_parts
                .iter()
                .map(|(_, parent)| *parent)
                .chain(keys.iter().map(|(_, key)| key.as_str())),
        );
        // The first by name, not by hash order: the same message every run.
        if table.objtool_fatal.is_none() {
            table.objtool_fatal = cold_parts
                .iter()
                .filter(|(_, parent)| !present.contains(parent))
                .map(|(name, _)| *name)
                .min()
                .map(|name| format!("{name}: a .cold part without its parent function"));
        }
        let key_missing = keys
            .iter()
            .filter(|(_, key)| !present.contains(key.as_str()))
            .map(|(trampoline_key, _)| *trampoline_key)
            .min()
            .map(|key| format!("__SCK__{key}"));
        table.static_call_key_missing = key_missing;
        Some(table)
    }
}

/// Which of `wanted` are among `names`: one pass over the names, each looked
/// up in a set of the wanted ones only (a whole image has 190k names and asks
/// for a few thousand).
fn names_present<'n>(
    names: impl Iterator<Item = &'n str>,
    wanted: impl Iterator<Item = &'n str>,
) -> rustc_hash::FxHashSet<&'n str> {
    let wanted: rustc_hash::FxHashSet<&str> = wanted.collect();
    if wanted.is_empty() {
        return wanted;
    }
    // Most names are ruled out by their length alone.
    let mut lengths = [false; 256];
    for w in &wanted {
        lengths[w.len().min(255)] = true;
    }
    names
        .filter(|n| lengths[n.len().min(255)])
        .filter_map(|n| wanted.get(n).copied())
        .collect()
}

/// One section with function symbols: its functions (aliases merged, sizes
/// inferred where missing, symbols outside the section reported and skipped)
/// and its relocations. None when no function is left or the section has no
/// bytes in the file. `base` is left 0 for the caller.
fn code_section(
    file: &ElfFile64<Endianness>,
    section: &object::read::elf::ElfSection64<'_, '_, Endianness>,
    syms: Vec<FunctionSymbol>,
    slot: usize,
    problems: &mut Vec<ModuleProblem>,
) -> Option<(CodeSection, Vec<Function>)> {
    let name = section.name().unwrap_or("?").to_string();
    if section.elf_section_header().sh_type(file.endian()) == object::elf::SHT_NOBITS {
        return None;
    }
    let (file_off, sec_size) = section.file_range()?;
    let file_end = file_off
        .checked_add(sec_size)
        .filter(|&e| e as usize <= file.data().len());
    let Some(file_end) = file_end else {
        problems.push(ModuleProblem {
            message: format!("section {name} extends past the end of the file"),
        });
        return None;
    };
    let (mut syms, naming) = sorted_for_aliases_naming(syms);
    let objtool_name_at = |offset: u64| {
        naming
            .binary_search_by_key(&offset, |n| n.0)
            .map_or(ObjtoolName::Own, |i| naming[i].1.clone())
    };
    let mut functions = Vec::with_capacity(syms.len());
    let mut group = 0;
    while group < syms.len() {
        // The symbols at this one's offset: the first is kept, the others
        // are its aliases (their names move into it).
        let offset = syms[group].offset;
        let end = end_of_same_offset(&syms, group);
        let aliases: Vec<String> = syms[group + 1..end]
            .iter_mut()
            .map(|s| std::mem::take(&mut s.name))
            .collect();
        let next = syms.get(end).map_or(sec_size, |s| s.offset);
        let sym = &mut syms[group];
        group = end;
        // Each symbol's name moves into its function (a whole image has a
        // hundred thousand).
        let fname = std::mem::take(&mut sym.name);
        let FunctionSymbol { size, .. } = *sym;
        // A zero-size symbol at the very end (`.size f,0` after the last
        // instruction) is valid ELF with no code: nothing to analyse.
        if offset == sec_size && size == 0 {
            continue;
        }
        if offset >= sec_size {
            problems.push(ModuleProblem {
                message: format!(
                    "function {fname} at offset {offset:#x} lies past the end of section {name} (size {sec_size:#x}); skipped"
                ),
            });
            continue;
        }
        let (size, inferred) = if size == 0 {
            (next.min(sec_size) - offset, true)
        } else {
            (size, false)
        };
        if offset.checked_add(size).is_none_or(|e| e > sec_size) {
            problems.push(ModuleProblem {
                message: format!(
                    "function {fname} ({offset:#x}+{size:#x}) extends past the end of section {name} (size {sec_size:#x}); skipped"
                ),
            });
            continue;
        }
        if size == 0 {
            continue;
        }
        functions.push(Function {
            name: fname,
            section: slot,
            offset,
            size,
            size_inferred: inferred,
            global: sym.global,
            weak: sym.weak,
            aliases,
            objtool_name: objtool_name_at(offset),
        });
    }
    if functions.is_empty() {
        return None;
    }
    let relocs = section_relocs(file, section).unwrap_or_else(|msg| {
        problems.push(ModuleProblem {
            message: format!("relocations of {name}: {msg}"),
        });
        Vec::new()
    });
    // Sorted by offset: any outside the section are the last.
    let mut relocs = relocs;
    let inside = relocs.partition_point(|r| r.offset < sec_size);
    for r in relocs.drain(inside..) {
        problems.push(ModuleProblem {
            message: format!(
                "relocation at {:#x} lies outside section {name} (size {sec_size:#x}); ignored",
                r.offset
            ),
        });
    }
    let code = CodeSection {
        name,
        elf_index: section.index().0,
        base: 0,
        file_range: file_off as usize..file_end as usize,
        reloc_pages: reloc_pages(&relocs, sec_size),
        relocs,
        jump_labels: Vec::new(),
        ex_fixups: Vec::new(),
        ex_fixups_by_target: Vec::new(),
        alternatives: Vec::new(),
        static_call_sites: Vec::new(),
        retpoline_sites: Vec::new(),
        endbr_seals: Vec::new(),
        five_byte_sites: Vec::new(),
        rewrites_not_modelled: Vec::new(),
        table_problems: Vec::new(),
        retpoline_safe: Vec::new(),
        unwind_hints: Vec::new(),
        non_standard: Vec::new(),
        intra_function_calls: Vec::new(),
        ignore_alts: Vec::new(),
        reachable: Vec::new(),
        bug_ends: Vec::new(),
    };
    Some((code, functions))
}

/// A section's function symbols in the order that picks which of several
/// at one address is kept (`code_section`): a sized, global, then
/// alphabetically first name; symbols equal in all of these stay in table
/// order (what a stable sort by offset, sized, global and name gives).
///
/// Sorted by offset and position in the table (a whole image's hundred
/// thousand symbols: moving 16-byte keys, not the symbols, costs a tenth of
/// that sort), then each offset's aliases, in table order, by the rest.
#[cfg(test)]
fn sorted_for_aliases(syms: Vec<FunctionSymbol>) -> Vec<FunctionSymbol> {
    sorted_for_aliases_naming(syms).0
}

/// `sorted_for_aliases`, with objtool's name for each offset where it is
/// not the kept symbol's (`ObjtoolName`), by offset.
fn sorted_for_aliases_naming(
    syms: Vec<FunctionSymbol>,
) -> (Vec<FunctionSymbol>, Vec<(u64, ObjtoolName)>) {
    let mut order: Vec<(u64, usize)> = syms
        .iter()
        .enumerate()
        .map(|(i, s)| (s.offset, i))
        .collect();
    order.sort_unstable();
    let mut by_position: Vec<Option<FunctionSymbol>> = syms.into_iter().map(Some).collect();
    let mut syms: Vec<FunctionSymbol> = order
        .iter()
        .filter_map(|&(_, i)| by_position[i].take())
        .collect();
    let mut naming = Vec::new();
    let mut group = 0;
    while group < syms.len() {
        let end = end_of_same_offset(&syms, group);
        // In table order here: the first sized one is objtool's.
        let sized = || syms[group..end].iter().filter(|s| s.size != 0);
        let objtool_first = sized().next().map(|s| s.name.clone());
        let sizes_differ = sized().any(|s| Some(s.size) != sized().next().map(|f| f.size));
        syms[group..end].sort_by(alias_preference);
        if sizes_differ {
            naming.push((syms[group].offset, ObjtoolName::SizesDiffer));
        } else if let Some(first) = objtool_first.filter(|n| *n != syms[group].name) {
            naming.push((syms[group].offset, ObjtoolName::Alias(first.into())));
        }
        group = end;
    }
    (syms, naming)
}

/// The end of the run of symbols at `syms[start]`'s offset (`syms` sorted by
/// offset). Counted, not searched for: a binary search over the rest of a
/// whole image's hundred thousand symbols at each of them cost more than
/// sorting them.
fn end_of_same_offset(syms: &[FunctionSymbol], start: usize) -> usize {
    let offset = syms[start].offset;
    start
        + syms[start..]
            .iter()
            .take_while(|s| s.offset == offset)
            .count()
}

/// Of two symbols at one address, which is kept: sized, global, then the
/// alphabetically first name.
fn alias_preference(a: &FunctionSymbol, b: &FunctionSymbol) -> std::cmp::Ordering {
    (b.size != 0)
        .cmp(&(a.size != 0))
        .then(b.global.cmp(&a.global))
        .then(a.name.cmp(&b.name))
}

/// Every named symbol of a linked image by address (one per address): what a
/// RIP-relative operand reaches.
fn symbols_by_address(file: &ElfFile64<Endianness>) -> Vec<(u64, Arc<str>)> {
    let mut syms: Vec<(u64, Arc<str>)> = file
        .symbols()
        .filter(|s| {
            s.section_index().is_some()
                && !matches!(s.kind(), SymbolKind::Section | SymbolKind::File)
        })
        .filter_map(|s| {
            s.name()
                .ok()
                .filter(|n| !n.is_empty())
                .map(|n| (s.address(), Arc::from(n)))
        })
        .collect();
    syms.sort_unstable();
    syms.dedup_by_key(|s| s.0);
    syms
}

/// Real addresses for linked images; for relocatable objects a linker-like layout
/// of the allocated sections so that every section gets distinct addresses.
/// `Module::code_held`, `code_held_symbols` and `code_held_sections` from the fields
/// `entries::from_relocations` found (section, offset).
fn code_held_places(
    file: &ElfFile64<Endianness>,
    bases: &HashMap<usize, u64>,
    fields: Vec<(usize, u64)>,
) -> (Vec<u64>, HashMap<String, Option<u64>>, HashSet<usize>) {
    let mut held: Vec<u64> = fields
        .iter()
        .filter_map(|&(section, offset)| Some(bases.get(&section)?.wrapping_add(offset)))
        .collect();
    held.sort_unstable();
    held.dedup();
    let sections: HashSet<usize> = fields.iter().map(|f| f.0).collect();
    let mut symbols: HashMap<String, Option<u64>> = HashMap::new();
    for s in file.symbols() {
        let Some(index) = s.section_index().filter(|i| sections.contains(&i.0)) else {
            continue;
        };
        let (Ok(name), Some(base)) = (s.name(), bases.get(&index.0)) else {
            continue;
        };
        if name.is_empty() {
            continue;
        }
        let address = base.wrapping_add(s.address());
        symbols
            .entry(name.to_string())
            .and_modify(|a| {
                if *a != Some(address) {
                    *a = None;
                }
            })
            .or_insert(Some(address));
    }
    (held, symbols, sections)
}

fn layout_sections(file: &ElfFile64<Endianness>, kind: ModuleKind) -> HashMap<usize, u64> {
    let endian = file.endian();
    let mut bases = HashMap::new();
    let mut next = RELOCATABLE_BASE;
    for section in file.sections() {
        let shdr = section.elf_section_header();
        if shdr.sh_flags(endian).0 & object::elf::SHF_ALLOC.0 == 0 {
            continue;
        }
        match kind {
            ModuleKind::Executable => {
                bases.insert(section.index().0, section.address());
            }
            ModuleKind::Relocatable => {
                let align = shdr.sh_addralign(endian).clamp(1, 1 << 12);
                next = next.div_ceil(align) * align;
                bases.insert(section.index().0, next);
                next = next
                    .saturating_add(shdr.sh_size(endian).min(1 << 40))
                    .saturating_add(16);
            }
        }
    }
    bases
}

/// A code section's relocations, sorted by offset, each with its symbol's
/// name (a section symbol's: the section's) and, for a section symbol, the
/// section it names.
fn section_relocs(
    file: &ElfFile64<Endianness>,
    section: &object::read::elf::ElfSection64<Endianness>,
) -> Result<Vec<Reloc>, String> {
    let relocations = crate::input::relocations::SectionRelocations::of(file, section);
    let section_name = |idx: SectionIndex| -> Arc<str> {
        file.section_by_index(idx)
            .ok()
            .and_then(|s| s.name().ok().map(Arc::from))
            .unwrap_or_else(|| Arc::from("?"))
    };
    // Each symbol's name and section, read once per piece of the work: a
    // KMSAN vmlinux.o has millions of relocations against a few thousand
    // symbols (the instrumentation's calls), and a name allocated per
    // relocation cost more than the rest of reading them.
    type Known = FxHashMap<usize, Option<Arc<RelocSymbol>>>;
    let resolve = |known: &mut Known, idx: SymbolIndex| {
        known
            .entry(idx.0)
            .or_insert_with(|| {
                let sym = file.symbol_by_index(idx).ok()?;
                let n = sym.name().unwrap_or("");
                // Section symbols: name them after the section.
                let name = match (n.is_empty(), sym.section_index()) {
                    (false, _) => Arc::from(n),
                    (true, Some(s)) => section_name(s),
                    (true, None) => Arc::from("?"),
                };
                let target_section = sym
                    .section_index()
                    .filter(|_| sym.kind() == SymbolKind::Section)
                    .map(|s| s.0);
                Some(Arc::new(RelocSymbol {
                    name,
                    target_section,
                }))
            })
            .clone()
    };
    // What a relocation without a usable symbol names (one per piece).
    let unknown = |known: &mut Known| {
        let question = || {
            Arc::new(RelocSymbol {
                name: Arc::from("?"),
                target_section: None,
            })
        };
        known
            .entry(usize::MAX)
            .or_insert_with(|| Some(question()))
            .clone()
            .unwrap_or_else(question)
    };
    // The first relocation naming a symbol the table lacks.
    let missing = std::sync::atomic::AtomicUsize::new(usize::MAX);
    let mut out: Vec<Reloc> = relocations.map(Known::default, |known, (i, raw)| {
        let symbol = match raw.symbol {
            Some(idx) => resolve(known, idx).unwrap_or_else(|| {
                missing.fetch_min(i, std::sync::atomic::Ordering::Relaxed);
                unknown(known)
            }),
            None => unknown(known),
        };
        Reloc {
            offset: raw.offset,
            addend: raw.addend,
            r_type: raw.r_type,
            symbol,
        }
    });
    if let Some(r) = out.get(missing.into_inner()) {
        return Err(format!(
            "relocation at {:#x} names a missing symbol",
            r.offset
        ));
    }
    // Assemblers and `ld -r` write them sorted; a stable sort otherwise.
    if !out.is_sorted_by_key(|r| r.offset) {
        out.sort_by_key(|r| r.offset);
    }
    Ok(out)
}

/// What in the tables objtool reads as special sections (`__ex_table`,
/// `.altinstructions`, `__jump_table`) makes it give up on a relocatable
/// object before any check: a size that is no whole number of entries
/// (`size not a multiple of 12`), an entry whose site field has no
/// relocation (`can't find orig reloc`). Blind review, 2026-12-05.
fn special_tables_fatal(file: &ElfFile64<Endianness>, kind: ModuleKind) -> Option<String> {
    if kind != ModuleKind::Relocatable {
        return None;
    }
    for (name, entry) in [
        ("__ex_table", EX_ENTRY_SIZE),
        (".altinstructions", ALT_ENTRY_SIZE),
        ("__jump_table", JUMP_ENTRY_SIZE),
    ] {
        let Some(table) = file.section_by_name(name) else {
            continue;
        };
        let size = table.size();
        if size % entry != 0 {
            return Some(format!("{name} size not a multiple of {entry}"));
        }
        let relocations = crate::input::relocations::SectionRelocations::of(file, &table);
        let mut fields: Vec<u64> = (0..relocations.len())
            .map(|i| relocations.get(i).offset)
            .collect();
        fields.sort_unstable();
        if let Some(at) = (0..size / entry)
            .map(|e| e * entry)
            .find(|at| fields.binary_search(at).is_err())
        {
            return Some(format!("{name}+{at:#x}: can't find orig reloc"));
        }
    }
    None
}

/// The first relocation section of a relocatable object, for an allocated
/// section, that rspill does not read: its `sh_link` names no symbol table
/// (or another than the one `object` reads), or it is of a kind `object`
/// does not read (LLVM's compact `SHT_CREL`). The linker and objtool read
/// such relocations (they ignore `sh_link`): where they point is not known
/// here.
pub(crate) fn unread_relocations(file: &ElfFile64<Endianness>) -> Option<String> {
    const SHT_CREL: u32 = 0x4000_0014;
    let endian = file.endian();
    let symtab = file
        .sections()
        .find(|s| s.elf_section_header().sh_type(endian) == object::elf::SHT_SYMTAB)
        .map(|s| s.index().0);
    for s in file.sections() {
        let header = s.elf_section_header();
        let kind = header.sh_type(endian);
        let crel = kind.0 == SHT_CREL || s.name().is_ok_and(|n| n.starts_with(".crel"));
        if !(crel || matches!(kind, object::elf::SHT_RELA | object::elf::SHT_REL)) {
            continue;
        }
        let allocated = file
            .section_by_index(SectionIndex(header.sh_info(endian) as usize))
            .is_ok_and(|t| {
                t.elf_section_header().sh_flags(endian).0 & object::elf::SHF_ALLOC.0 != 0
            });
        if !allocated {
            continue;
        }
        let name = s.name().unwrap_or("?");
        if crel {
            return Some(format!(
                "{name} holds compact relocations (SHT_CREL), which rspill does not read"
            ));
        }
        if kind == object::elf::SHT_REL {
            // x86-64 objects use SHT_RELA (the psABI); the tables' places
            // would be read without the addends the patched bytes hold.
            return Some(format!(
                "an SHT_REL relocation section ({name}: addends in the patched bytes, not read)"
            ));
        }
        if Some(header.sh_link(endian) as usize) != symtab {
            return Some(format!(
                "{name} names section {} for its symbols, not the symbol table: rspill does not read it",
                header.sh_link(endian)
            ));
        }
    }
    None
}

/// The first section of a relocatable object that more than one
/// relocation section applies to: objtool (6.12's `read_relocs`) keeps one
/// per section, the last; rspill reads them all.
fn relocation_sections_shared(file: &ElfFile64<Endianness>, kind: ModuleKind) -> Option<String> {
    if kind != ModuleKind::Relocatable {
        return None;
    }
    let mut count: HashMap<u32, usize> = HashMap::new();
    for s in file.sections() {
        let header = s.elf_section_header();
        if matches!(
            header.sh_type(file.endian()),
            object::elf::SHT_RELA | object::elf::SHT_REL
        ) {
            *count.entry(header.sh_info(file.endian())).or_default() += 1;
        }
    }
    let (target, n) = count.into_iter().filter(|&(_, n)| n > 1).min()?;
    let name = file
        .section_by_index(SectionIndex(target as usize))
        .ok()
        .and_then(|s| s.name().ok().map(str::to_string))
        .unwrap_or_else(|| format!("section {target}"));
    Some(format!(
        "{name} has {n} relocation sections, and objtool reads only the last"
    ))
}

/// Size of `struct jump_entry` on x86-64: s32 code, s32 target, long key.
const JUMP_ENTRY_SIZE: u64 = 16;

/// Where a relocation of a table points: (ELF section index, symbol value +
/// addend). Relocations against undefined or absolute symbols point nowhere.
pub(crate) fn relocation_target(
    file: &ElfFile64<Endianness>,
    rel: &object::Relocation,
) -> Option<(usize, u64)> {
    let (sec, value) = match rel.target() {
        RelocationTarget::Symbol(i) => file
            .symbol_by_index(i)
            .ok()
            .and_then(|sym| Some((sym.section_index()?.0, sym.address())))?,
        RelocationTarget::Section(i) => (i.0, 0),
        _ => return None,
    };
    Some((sec, value.wrapping_add(rel.addend() as u64)))
}

/// Read `__jump_table` into each code section's jump-label edges. In relocatable
/// objects the entries' `code` and `target` fields are relocations; in linked
/// images they are offsets relative to the field itself. Every section of the
/// name is read (the kernel's link puts them all in one table: blind review
/// 92's `t6`, an entry in a second one), and every target of a site (two
/// entries for one site with two targets: its `t11`). Returned: the entries
/// whose target lies in another section than their site (a `.cold` part's
/// static key back into its function: its `t8c`), each a way into the code it
/// targets (`JumpIntoOtherSection`), which no section's own edges show.
fn attach_jump_labels(
    file: &ElfFile64<Endianness>,
    kind: ModuleKind,
    sections: &mut [CodeSection],
    elf_index: &[usize],
    bases: &HashMap<usize, u64>,
) -> Vec<JumpIntoOtherSection> {
    let mut tables: Vec<TableFields> = file
        .sections()
        .filter(|s| s.name() == Ok("__jump_table"))
        .filter_map(|table| TableFields::new(file, kind, &table, bases, Some(elf_index)))
        .collect();
    // A linked vmlinux keeps the table inside a data section, between the
    // linker script's `__start___jump_table` and `__stop___jump_table`.
    if tables.is_empty() && kind == ModuleKind::Executable {
        tables.extend(TableFields::between_symbols(
            file,
            "__start___jump_table",
            "__stop___jump_table",
            bases,
            elf_index,
        ));
    }
    if tables
        .iter()
        .any(|fields| fields.data.len() as u64 % JUMP_ENTRY_SIZE != 0)
    {
        for s in sections.iter_mut() {
            s.table_problems.push(format!(
                "__jump_table is not a whole number of {JUMP_ENTRY_SIZE}-byte entries (another kernel's layout?)"
            ));
        }
        return Vec::new();
    }
    let mut across = Vec::new();
    for fields in &tables {
        let entries = fields.data.len() as u64 / JUMP_ENTRY_SIZE;
        for e in 0..entries {
            let (Some((cs, code)), Some((ts, target))) = (
                fields.field(e * JUMP_ENTRY_SIZE),
                fields.field(e * JUMP_ENTRY_SIZE + 4),
            ) else {
                continue;
            };
            if cs != ts {
                across.push(JumpIntoOtherSection {
                    site: (
                        file.section_by_index(SectionIndex(cs))
                            .and_then(|s| s.name().map(str::to_string))
                            .unwrap_or_else(|_| format!("section {cs}")),
                        code,
                    ),
                    target: bases.get(&ts).map(|b| b.wrapping_add(target)),
                });
                continue;
            }
            if let Some(slot) = elf_index.iter().position(|&i| i == cs) {
                sections[slot].jump_labels.push((code, target));
            }
        }
    }
    for s in sections.iter_mut() {
        s.jump_labels.sort_unstable();
        // One site may have several targets: each is kept.
        s.jump_labels.dedup();
    }
    across
}

/// A static key's jump whose target lies in another section than its site
/// (`attach_jump_labels`).
struct JumpIntoOtherSection {
    /// The site: its section's name and offset, for the reason shown.
    site: (String, u64),
    /// The target's address in the module's layout (None: its section is
    /// not placed).
    target: Option<u64>,
}

/// Read objtool's annotation tables (relocatable objects only: the link
/// discards them): every relocation in them names an annotated instruction.
fn attach_objtool_annotations(
    file: &ElfFile64<Endianness>,
    kind: ModuleKind,
    sections: &mut [CodeSection],
    elf_index: &[usize],
) {
    if kind != ModuleKind::Relocatable {
        return;
    }
    for name in [
        ".discard.retpoline_safe",
        ".discard.unwind_hints",
        ".discard.func_stack_frame_non_standard",
        ".discard.intra_function_calls",
        ".discard.ignore_alts",
        ".discard.reachable",
    ] {
        let Some(table) = file.section_by_name(name) else {
            continue;
        };
        for (_, rel) in table.relocations() {
            let Some((sec, off)) = relocation_target(file, &rel) else {
                continue;
            };
            if let Some(slot) = elf_index.iter().position(|&i| i == sec) {
                let s = &mut sections[slot];
                match name {
                    ".discard.retpoline_safe" => s.retpoline_safe.push(off),
                    ".discard.unwind_hints" => s.unwind_hints.push(off),
                    ".discard.intra_function_calls" => s.intra_function_calls.push(off),
                    ".discard.ignore_alts" => s.ignore_alts.push(off),
                    ".discard.reachable" => s.reachable.push(off),
                    _ => s.non_standard.push(off),
                }
            }
        }
    }
    for s in sections.iter_mut() {
        s.retpoline_safe.sort_unstable();
        s.unwind_hints.sort_unstable();
        s.non_standard.sort_unstable();
        s.intra_function_calls.sort_unstable();
        s.ignore_alts.sort_unstable();
        s.reachable.sort_unstable();
    }
}

/// Symbols and strings of the sections that section-symbol relocations reach.
/// Where the 32-bit field at `off` of a kernel table points: (ELF section
/// index, offset in it). In relocatable objects the field is a relocation; in
/// linked images it is an offset relative to the field itself.
struct TableFields<'a> {
    base: u64,
    data: &'a [u8],
    relocated: HashMap<u64, (usize, u64)>,
    /// (ELF index, address, size) of allocated sections, for linked images.
    sections: Vec<(usize, u64, u64)>,
    executable: bool,
}

impl<'a> TableFields<'a> {
    /// `only`: in linked images, the sections a field may point into (None:
    /// every allocated section).
    fn new(
        file: &'a ElfFile64<'a, Endianness>,
        kind: ModuleKind,
        table: &object::read::elf::ElfSection64<'a, 'a, Endianness>,
        bases: &HashMap<usize, u64>,
        only: Option<&[usize]>,
    ) -> Option<TableFields<'a>> {
        let data = table.data().ok()?;
        let mut relocated = HashMap::new();
        if kind == ModuleKind::Relocatable {
            for (offset, rel) in table.relocations() {
                if let Some(target) = relocation_target(file, &rel) {
                    relocated.insert(offset, target);
                }
            }
        }
        let sections = placed_sections(file, bases, only);
        Some(TableFields {
            base: table.address(),
            data,
            relocated,
            sections,
            executable: kind == ModuleKind::Executable,
        })
    }

    /// A linked image's table that has no section of its own: the bytes from
    /// symbol `start` to symbol `stop`, fields pointing into the sections `only`.
    fn between_symbols(
        file: &'a ElfFile64<'a, Endianness>,
        start: &str,
        stop: &str,
        bases: &HashMap<usize, u64>,
        only: &[usize],
    ) -> Option<TableFields<'a>> {
        // Linker-script boundary symbols have no size; checking that first
        // spares reading the names of a whole image's sized symbols.
        let endian = file.endian();
        let table = file.elf_symbol_table();
        let (mut lo, mut hi) = (None, None);
        for sym in table.symbols() {
            if sym.st_size(endian) != 0 || sym.st_shndx(endian) == object::elf::SHN_UNDEF {
                continue;
            }
            match table.symbol_name(endian, sym) {
                Ok(n) if n == start.as_bytes() => lo = Some(sym.st_value(endian)),
                Ok(n) if n == stop.as_bytes() => hi = Some(sym.st_value(endian)),
                _ => {}
            }
        }
        let (lo, hi) = (lo?, hi?);
        let holder = file.sections().find(|s| {
            s.address() <= lo && hi <= s.address().saturating_add(s.size()) && lo <= hi
        })?;
        let bytes = holder.data().ok()?;
        let from = (lo - holder.address()) as usize;
        let data = bytes.get(from..from + (hi - lo) as usize)?;
        let sections = placed_sections(file, bases, Some(only));
        Some(TableFields {
            base: lo,
            data,
            relocated: HashMap::new(),
            sections,
            executable: true,
        })
    }

    fn field(&self, off: u64) -> Option<(usize, u64)> {
        if !self.executable {
            return self.relocated.get(&off).copied();
        }
        let b = self.data.get(off as usize..off as usize + 4)?;
        let rel = i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64;
        let addr = self.base.wrapping_add(off).wrapping_add(rel as u64);
        self.sections
            .iter()
            .find(|&&(_, a, size)| addr >= a && addr < a.saturating_add(size))
            .map(|&(i, a, _)| (i, addr - a))
    }

    fn byte(&self, off: u64) -> Option<u8> {
        self.data.get(off as usize).copied()
    }
}

/// (ELF index, address, size) of the placed sections (those in `only`, if given),
/// sorted: where a linked image's table fields may point.
fn placed_sections(
    file: &ElfFile64<Endianness>,
    bases: &HashMap<usize, u64>,
    only: Option<&[usize]>,
) -> Vec<(usize, u64, u64)> {
    let mut sections: Vec<(usize, u64, u64)> = bases
        .iter()
        .filter(|(i, _)| only.is_none_or(|o| o.contains(i)))
        .map(|(&i, &a)| {
            let size = file
                .section_by_index(SectionIndex(i))
                .map(|s| s.size())
                .unwrap_or(0);
            (i, a, size)
        })
        .collect();
    sections.sort_unstable();
    sections
}

/// `ex_fixups` fixup of an entry whose fixup is not a code address.
pub const UNKNOWN_FIXUP: u64 = u64::MAX;
/// `ex_fixups` fixup of an entry whose fixup lies in another section.
pub const FOREIGN_FIXUP: u64 = u64::MAX - 1;

/// Which list of places a table is (`attach_kernel_tables`).
#[derive(Clone, Copy)]
enum PlaceList {
    Retpoline,
    EndbrSeal,
}

/// Size of `struct static_call_site` (s32 addr, s32 key).
const STATIC_CALL_SITE_SIZE: u64 = 8;
/// Size of `struct exception_table_entry` (s32 insn, s32 fixup, s32 data).
const EX_ENTRY_SIZE: u64 = 12;
/// Size of the packed `struct alt_instr` of 6.x kernels: s32 instr_offset,
/// s32 repl_offset, u32 ft_flags, u8 instrlen, u8 replacementlen.
const ALT_ENTRY_SIZE: u64 = 14;

/// Read `__ex_table` and `.altinstructions` into each code section: the control
/// flow the code's own bytes do not show.
fn attach_kernel_tables(
    file: &ElfFile64<Endianness>,
    kind: ModuleKind,
    sections: &mut [CodeSection],
    elf_index: &[usize],
    bases: &HashMap<usize, u64>,
    function_starts: &[Vec<u64>],
) {
    let slot_of = |sec: usize| elf_index.iter().position(|&i| i == sec);
    // Only the first section of each name is read here (as objtool reads
    // them); the kernel's link joins them all: another one's entries would
    // be edges nobody read.
    for name in ["__ex_table", ".altinstructions"] {
        if file.sections().filter(|s| s.name() == Ok(name)).count() > 1 {
            for s in sections.iter_mut() {
                s.table_problems.push(format!(
                    "the object has more than one {name} section (rspill reads the first)"
                ));
            }
        }
    }
    // A table whose size is not a whole number of entries is of another layout
    // (another kernel version) or damaged: nothing read from it can be trusted.
    for (name, entry) in [
        ("__ex_table", EX_ENTRY_SIZE),
        (".altinstructions", ALT_ENTRY_SIZE),
        ("__jump_table", JUMP_ENTRY_SIZE),
    ] {
        if let Some(table) = file.section_by_name(name) {
            let unreadable = match table.data() {
                Ok(d) => d.len() as u64 % entry != 0,
                Err(_) => true,
            };
            if unreadable {
                for s in sections.iter_mut() {
                    s.table_problems.push(format!(
                        "{name} is not a whole number of {entry}-byte entries (another kernel's layout?)"
                    ));
                }
            }
        }
    }
    // `.static_call_sites` (`struct static_call_site`: s32 addr, s32 key with
    // flags in its low bits): every section of the name.
    for table in file
        .sections()
        .filter(|s| kind == ModuleKind::Relocatable && s.name() == Ok(".static_call_sites"))
    {
        let Some(fields) = TableFields::new(file, kind, &table, bases, None) else {
            continue;
        };
        for e in 0..fields.data.len() as u64 / STATIC_CALL_SITE_SIZE {
            if let Some((sec, site)) = fields.field(e * STATIC_CALL_SITE_SIZE) {
                if let Some(slot) = slot_of(sec) {
                    sections[slot].static_call_sites.push(site);
                }
            }
        }
    }
    // Lists of `.long place - .` (every section of each name).
    for (name, list) in [
        (".retpoline_sites", PlaceList::Retpoline),
        (".ibt_endbr_seal", PlaceList::EndbrSeal),
    ] {
        for table in file
            .sections()
            .filter(|s| kind == ModuleKind::Relocatable && s.name() == Ok(name))
        {
            let Some(fields) = TableFields::new(file, kind, &table, bases, None) else {
                continue;
            };
            for e in 0..fields.data.len() as u64 / 4 {
                if let Some((sec, place)) = fields.field(e * 4) {
                    if let Some(slot) = slot_of(sec) {
                        match list {
                            PlaceList::Retpoline => sections[slot].retpoline_sites.push(place),
                            PlaceList::EndbrSeal => sections[slot].endbr_seals.push(place),
                        }
                    }
                }
            }
        }
    }
    // Sites the kernel writes 5 bytes at: `.long place - .` lists and
    // ftrace's `.quad place` ones (every section of each name).
    for name in [
        ".return_sites",
        ".call_sites",
        "__mcount_loc",
        "__patchable_function_entries",
    ] {
        for table in file
            .sections()
            .filter(|s| kind == ModuleKind::Relocatable && s.name() == Ok(name))
        {
            for (_, rel) in table.relocations() {
                if let Some((sec, place)) = relocation_target(file, &rel) {
                    if let Some(slot) = slot_of(sec) {
                        let code = file
                            .data()
                            .get(sections[slot].file_range.clone())
                            .unwrap_or(&[]);
                        if let Some(why) = super::boot_patches::rewrite_not_modelled(
                            name,
                            code,
                            place,
                            &function_starts[slot],
                        ) {
                            sections[slot].rewrites_not_modelled.push((place, why));
                        }
                        let size = sections[slot].file_range.len() as u64;
                        if super::boot_patches::may_reach_an_edge(
                            place,
                            &function_starts[slot],
                            size,
                        ) {
                            sections[slot].five_byte_sites.push((place, name));
                        }
                    }
                }
            }
        }
    }
    for s in sections.iter_mut() {
        for list in [
            &mut s.static_call_sites,
            &mut s.retpoline_sites,
            &mut s.endbr_seals,
        ] {
            list.sort_unstable();
            list.dedup();
        }
        s.five_byte_sites.sort_unstable();
        s.five_byte_sites.dedup();
        s.rewrites_not_modelled.sort_unstable();
        s.rewrites_not_modelled.dedup();
    }
    if let Some(table) = file.section_by_name("__ex_table") {
        if let Some(fields) = TableFields::new(file, kind, &table, bases, None) {
            let entries = fields.data.len() as u64 / EX_ENTRY_SIZE;
            for e in 0..entries {
                let Some((is, insn)) = fields.field(e * EX_ENTRY_SIZE) else {
                    continue;
                };
                // A fixup that is not a place in the code (EX_TYPE_BPF keeps data
                // there): the fault continues somewhere rspill cannot tell.
                let (fs, fixup) = fields
                    .field(e * EX_ENTRY_SIZE + 4)
                    .unwrap_or((is, UNKNOWN_FIXUP));
                let data = (0..4)
                    .map(|i| fields.byte(e * EX_ENTRY_SIZE + 8 + i).unwrap_or(0))
                    .rev()
                    .fold(0u32, |acc, b| acc << 8 | b as u32);
                // A fixup in another section (an old kernel's `.fixup`) is
                // code outside every function that may come back anywhere.
                let fixup = if is == fs { fixup } else { FOREIGN_FIXUP };
                if let Some(slot) = slot_of(is) {
                    sections[slot].ex_fixups.push((insn, fixup, data));
                }
            }
        }
    }
    if let Some(table) = file.section_by_name(".altinstructions") {
        // Read once per replacement section, not once per entry (a KMSAN
        // vmlinux.o has thousands of entries over one section).
        let mut replacement_relocs: HashMap<usize, ReplacementRelocs> = HashMap::new();
        if let Some(fields) = TableFields::new(file, kind, &table, bases, None) {
            let entries = fields.data.len() as u64 / ALT_ENTRY_SIZE;
            for e in 0..entries {
                let at = e * ALT_ENTRY_SIZE;
                let Some((os, site)) = fields.field(at) else {
                    continue;
                };
                let Some(slot) = slot_of(os) else { continue };
                let (Some(orig_len), Some(repl_len)) = (fields.byte(at + 12), fields.byte(at + 13))
                else {
                    continue;
                };
                let feature = u16::from_le_bytes([
                    fields.byte(at + 8).unwrap_or(0),
                    fields.byte(at + 9).unwrap_or(0),
                ]);
                let mut alt = Alternative {
                    site,
                    orig_len,
                    replacement: Vec::new(),
                    names: Vec::new(),
                    reloc_widths: Vec::new(),
                    branch_targets: Vec::new(),
                    section_offset: 0,
                    address: None,
                    unreadable: true,
                    feature,
                    table_index: e as usize,
                };
                if let Some((rs, roff)) = fields.field(at + 4) {
                    if let Ok(rsec) = file.section_by_index(SectionIndex(rs)) {
                        if let Ok(rdata) = rsec.data() {
                            let end = roff.saturating_add(repl_len as u64);
                            if let Some(bytes) = rdata.get(roff as usize..end as usize) {
                                alt.replacement = bytes.to_vec();
                                alt.section_offset = roff;
                                alt.unreadable = false;
                                if kind == ModuleKind::Executable {
                                    alt.address = Some(rsec.address().wrapping_add(roff));
                                } else {
                                    let relocs = replacement_relocs
                                        .entry(rs)
                                        .or_insert_with(|| ReplacementRelocs::read(file, &rsec));
                                    relocs.attach(&mut alt, roff, end);
                                }
                            }
                        }
                    }
                }
                sections[slot].alternatives.push(alt);
            }
        }
    }
    for s in sections.iter_mut() {
        s.ex_fixups.sort_unstable();
        s.ex_fixups.dedup();
        s.ex_fixups_by_target = s.ex_fixups.iter().map(|&(i, f, _)| (f, i)).collect();
        s.ex_fixups_by_target.sort_unstable();
        // Stable: one site's entries stay in table order.
        s.alternatives.sort_by_key(|a| a.site);
    }
}

/// The relocations of a relocatable object's replacement section, read once
/// for all the alternatives whose code it holds.
struct ReplacementRelocs {
    /// Branch fields: (offset, place in the relocation table, target's
    /// section and value), sorted by offset, then table place.
    targets: Vec<(u64, usize, (usize, u64))>,
    /// Every relocation, sorted by offset (`section_relocs`); none when they
    /// cannot be read.
    relocs: Vec<Reloc>,
}

impl ReplacementRelocs {
    fn read(
        file: &ElfFile64<Endianness>,
        section: &object::read::elf::ElfSection64<Endianness>,
    ) -> ReplacementRelocs {
        let mut targets: Vec<(u64, usize, (usize, u64))> = section
            .relocations()
            .enumerate()
            .filter_map(|(i, (at, rel))| Some((at, i, relocation_target(file, &rel)?)))
            .collect();
        targets.sort_unstable_by_key(|&(at, i, _)| (at, i));
        ReplacementRelocs {
            targets,
            relocs: section_relocs(file, section).unwrap_or_default(),
        }
    }

    /// Give `alt` what lies in its replacement's bytes `[start, end)`: branch
    /// targets in table order, relocation widths and names in offset order.
    fn attach(&self, alt: &mut Alternative, start: u64, end: u64) {
        let lo = self.targets.partition_point(|t| t.0 < start);
        let hi = self.targets.partition_point(|t| t.0 < end);
        let mut inside = self.targets[lo..hi].to_vec();
        inside.sort_unstable_by_key(|&(_, i, _)| i);
        for (at, _, (sec, value)) in inside {
            // A rel32 branch field ends its instruction: target = S + A + 4.
            alt.branch_targets
                .push(((at - start) as u32, sec, value.wrapping_add(4)));
        }
        for r in &self.relocs[relocs_between(&self.relocs, start, end)] {
            let at = (r.offset - start) as u32;
            alt.reloc_widths
                .push((at, crate::input::elf_tables::relocation_width(r.r_type)));
            alt.names.push((
                at,
                crate::x86::decode::reloc_target_name(r.symbol(), r.addend, r.r_type),
            ));
        }
    }
}

fn target_sections(
    file: &ElfFile64<Endianness>,
    sections: &[CodeSection],
) -> FxHashMap<usize, TargetSection> {
    let endian = file.endian();
    let mut out: FxHashMap<usize, TargetSection> = FxHashMap::default();
    for r in sections.iter().flat_map(|s| &s.relocs) {
        if let Some(idx) = r.target_section() {
            out.entry(idx).or_default();
        }
    }
    if out.is_empty() {
        return out;
    }
    for (&idx, t) in out.iter_mut() {
        if let Ok(section) = file.section_by_index(SectionIndex(idx)) {
            t.name = section.name().unwrap_or("?").to_string();
            let shdr = section.elf_section_header();
            t.executable = shdr.sh_flags(endian).0 & object::elf::SHF_EXECINSTR.0 != 0;
            if shdr.sh_flags(endian).0 & object::elf::SHF_STRINGS.0 != 0 {
                t.strings = section.file_range().and_then(|(o, n)| {
                    Some(usize::try_from(o).ok()?..usize::try_from(o.checked_add(n)?).ok()?)
                });
            }
        }
    }
    for sym in file.symbols() {
        let Some(idx) = sym.section_index() else {
            continue;
        };
        let Some(t) = out.get_mut(&idx.0) else {
            continue;
        };
        if matches!(
            sym.kind(),
            SymbolKind::Text | SymbolKind::Data | SymbolKind::Unknown
        ) {
            if let Ok(n) = sym.name() {
                if !n.is_empty() {
                    t.symbols.push((sym.address(), Arc::from(n)));
                }
            }
        }
    }
    for t in out.values_mut() {
        t.symbols.sort_unstable();
        t.symbols.dedup_by_key(|s| s.0);
    }
    out
}

/// Read an ELF file's `e_machine`-independent header bits; used by input discovery
/// to decide whether a file found in a directory walk is an object at all.
pub fn looks_like_elf(data: &[u8]) -> bool {
    data.len() >= 4 && &data[..4] == b"\x7fELF"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `relocs_between` is the range two full searches give, for ranges of
    /// every length (empty, one instruction, whole functions, past the end)
    /// over offsets with repeats and gaps.
    /// And so is `paged_range`'s, with the page index, for offsets over
    /// several pages and past the section's end.
    #[test]
    fn relocation_range_is_found_from_its_start() {
        let mut next = crate::test_numbers(0x2545_f491_4f6c_dd1du64);
        for len in [0usize, 1, 2, 3, 7, 64, 1000, 5000] {
            let mut offsets: Vec<u64> = (0..len).map(|_| next() % 13000).collect();
            offsets.sort_unstable();
            let relocs: Vec<Reloc> = offsets
                .iter()
                .map(|&offset| Reloc::new(offset, Arc::from("s"), 0, 0, None))
                .collect();
            let pages = reloc_pages(&relocs, 13000);
            for _ in 0..4000 {
                let start = next() % 17000;
                let end = start + [0, 1, 5, 15, 300, 4000, 9000][(next() % 7) as usize];
                let lo = relocs.partition_point(|r| r.offset < start);
                let hi = relocs.partition_point(|r| r.offset < end);
                assert_eq!(relocs_between(&relocs, start, end), lo..hi.max(lo));
                assert_eq!(paged_range(&relocs, &pages, start, end), lo..hi.max(lo));
            }
        }
    }

    fn function(name: &str, global: bool) -> Function {
        Function {
            name: name.to_string(),
            section: 0,
            offset: 0,
            size: 1,
            size_inferred: false,
            global,
            weak: false,
            aliases: Vec::new(),
            objtool_name: ObjtoolName::Own,
        }
    }

    /// `sorted_for_aliases` gives what a stable sort by offset and
    /// `alias_preference` gives, on tables with many symbols at one address
    /// (sized or not, global or not, equal names) that differ in what the
    /// order does not look at (size, weak): any instability shows.
    #[test]
    fn alias_order_is_the_stable_sorts() {
        let mut next = crate::test_numbers(0x61a5_0dd5_5e7e_c0de);
        for len in [0usize, 1, 2, 3, 10, 100, 2000] {
            for spread in [1u64, 3, 50, 1 << 40] {
                let syms: Vec<FunctionSymbol> = (0..len)
                    .map(|_| FunctionSymbol {
                        offset: next() % spread,
                        size: [0, 0, 4, 9][(next() % 4) as usize],
                        name: ["f", "g", "F", "f.cold", "_f"][(next() % 5) as usize].to_string(),
                        global: next() % 2 == 0,
                        weak: next() % 2 == 0,
                    })
                    .collect();
                let key = |s: &FunctionSymbol| (s.offset, s.size, s.name.clone(), s.global, s.weak);
                let mut reference: Vec<&FunctionSymbol> = syms.iter().collect();
                reference.sort_by(|a, b| a.offset.cmp(&b.offset).then(alias_preference(a, b)));
                let expected: Vec<_> = reference.into_iter().map(key).collect();
                let got: Vec<_> = sorted_for_aliases(syms).iter().map(key).collect();
                assert_eq!(got, expected, "{len} symbols over {spread} offsets");
            }
        }
    }

    /// `names_present` finds exactly the wanted names that are among the
    /// names: the empty name, names of one length, names longer than its
    /// table of lengths.
    #[test]
    fn names_present_is_the_intersection() {
        let long_a = "a".repeat(300);
        let long_b = "a".repeat(301);
        let names = ["", "f", "g", "helper", long_a.as_str(), "__SCK__x"];
        for wanted in [
            vec![],
            vec![""],
            vec!["f", "h", "helper", "helpe"],
            vec![long_a.as_str(), long_b.as_str(), "__SCK__y", "__SCK__x"],
        ] {
            let got = names_present(names.iter().copied(), wanted.iter().copied());
            let expected: rustc_hash::FxHashSet<&str> = wanted
                .iter()
                .copied()
                .filter(|w| names.contains(w))
                .collect();
            assert_eq!(got, expected, "{wanted:?}");
        }
        assert!(names_present(["f"].into_iter(), [""].into_iter()).is_empty());
    }

    /// A name defined once is found; twice, it means nothing; a local
    /// definition beside a global one still makes the name local.
    #[test]
    fn name_index_finds_unique_names_only() {
        let functions = vec![
            function("once", true),
            function("twice", true),
            function("twice", false),
            function("local", false),
        ];
        let index = NameIndex::new(&functions);
        assert_eq!(index.get(&functions, "once"), Some(Some(0)));
        assert_eq!(index.get(&functions, "twice"), Some(None));
        assert_eq!(index.get(&functions, "local"), Some(Some(3)));
        assert_eq!(index.get(&functions, "absent"), None);
        assert!(!index.has_local(&functions, "once"));
        assert!(index.has_local(&functions, "twice"));
        assert!(index.has_local(&functions, "local"));
        assert!(!index.has_local(&functions, "absent"));
    }
}
