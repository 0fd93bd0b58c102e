//! A function's canonical form: everything that decides what it executes or has
//! patched in, written so that layout does not show. `diff` calls two functions
//! identical only when their canonical forms are equal, and says "unknown" when
//! a function reaches something this module cannot put in such a form.
//!
//! The form of a function in a relocatable object is a list of lines:
//! - `L<n>:` before every instruction something refers to (a branch, a jump
//!   table, a kernel table), so a moved branch target moves a label definition;
//! - every instruction's bytes, prefixes included, with relocated fields and
//!   branch displacements replaced by what they reach; runs of NOPs as one
//!   `nop` (their shape does not change what runs);
//! - for what a relocation reaches: a label inside the function, another
//!   function by name (through the pairing, so renamed clones compare equal and
//!   `foo` vs `foo.constprop.0` do not), read-only data by content (the bytes
//!   the code reads where `address_reads` bounds them; else the string, the
//!   constant, the object, or the whole section), writable data by name (a
//!   bounded read must stay inside it); data a relocation reaches is a place of the data
//!   graph, written `@` in the lines and compared beside them
//!   (`same_reached_data`: both graphs walked in step, one to one);
//! - every entry of a kernel table that patches or redirects the function
//!   (`.altinstructions` with its replacement code, `__ex_table`,
//!   `__jump_table`, `__bug_table`, `.static_call_sites`, and the position
//!   lists `.return_sites`, `.call_sites`, `__mcount_loc`, …), sorted.
//!
//! What cannot be written so (a reference into the middle of an instruction,
//! code past the symbol's end, an unknown table pointing inside the function,
//! data whose extent cannot be bounded) makes the form `Err(reason)`.

use crate::codegen::address_reads::{self, Bounded, Field, Window};
use iced_x86::{Decoder, DecoderOptions, Mnemonic};
use object::{
    Object, ObjectComdat, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget,
    SectionFlags, SectionKind, SymbolKind, SymbolSection,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A kernel table entry's line in a canonical form, the data places it
/// reached, and where an alternative patches and sits in its table.
type TableLine = (String, Vec<DataPlace>, Option<AltPlace>);

/// An assembler temporary label (`.Ltmp12`, `.L__unnamed_3`): local, and
/// numbered by its place in the unit, so its name is not an identity.
fn is_temporary(name: &str) -> bool {
    name.starts_with(".L")
}

/// A NOP whatever mode the bytes run in: no REX byte. `40 90` decodes as one
/// NOP in 64-bit mode but is `inc %eax; nop` in `.code32` code (`startup_32`,
/// the PVH entry), which an x86-64 object may hold and nothing marks.
fn is_plain_nop(ins: &iced_x86::Instruction, bytes: &[u8]) -> bool {
    ins.mnemonic() == Mnemonic::Nop
        && !bytes
            .iter()
            .find(|b| {
                !matches!(
                    b,
                    0x66 | 0x67 | 0x2e | 0x3e | 0x26 | 0x36 | 0x64 | 0x65 | 0xf0 | 0xf2 | 0xf3
                )
            })
            .is_some_and(|b| (0x40..=0x4f).contains(b))
}

/// `is_plain_nop` or `int3`: padding between and after functions.
fn is_padding(ins: &iced_x86::Instruction, bytes: &[u8]) -> bool {
    ins.mnemonic() == Mnemonic::Int3 || is_plain_nop(ins, bytes)
}

/// Whether `bytes`, decoded from their start, are padding and nothing else.
fn only_padding(bytes: &[u8]) -> bool {
    let mut dec = Decoder::new(64, bytes, DecoderOptions::NONE);
    std::iter::from_fn(|| dec.can_decode().then(|| dec.decode())).all(|i| {
        is_padding(
            &i,
            bytes
                .get(i.ip() as usize..i.next_ip() as usize)
                .unwrap_or(&[]),
        )
    })
}

/// Can execution go on to the next instruction after `ins` (the last of a
/// function)? Not after a return, a jump, `int3` or `ud2`; after a call it can
/// (the callee may return), as after any other instruction.
fn can_fall_through(ins: &iced_x86::Instruction) -> bool {
    use iced_x86::FlowControl as F;
    match ins.flow_control() {
        F::Return | F::UnconditionalBranch | F::IndirectBranch | F::Exception => false,
        F::Interrupt => ins.mnemonic() != Mnemonic::Int3,
        _ => !ins.is_invalid(),
    }
}

/// An `.altinstructions` entry: the bytes it patches and its table offset.
#[derive(Clone, Copy, Debug)]
struct AltPlace {
    site: u64,
    len: u64,
    entry: u64,
}

/// Alternatives in the order that decides what runs: the kernel applies
/// entries in table order, so among entries whose patched bytes overlap a later
/// one overrides an earlier one (ALTERNATIVE_2); entries that patch disjoint
/// bytes commute and are ordered by place.
fn alternatives_in_effect_order(mut alts: Vec<TableLine>) -> Vec<TableLine> {
    let place = |t: &TableLine| t.2.map_or((0, 0, 0), |a| (a.site, a.entry, a.len));
    alts.sort_by_key(|t| {
        let (site, entry, _) = place(t);
        (site, entry)
    });
    // Overlapping ranges form one group, keyed by where it starts.
    let mut keyed: Vec<((u64, u64), TableLine)> = Vec::new();
    let (mut group, mut group_end) = (0u64, 0u64);
    for (i, t) in alts.into_iter().enumerate() {
        let (site, entry, len) = place(&t);
        if i == 0 || site >= group_end {
            group = site;
            group_end = site + len.max(1);
        } else {
            group_end = group_end.max(site + len.max(1));
        }
        keyed.push(((group, entry), t));
    }
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, t)| t).collect()
}

/// (target, source) of relative branches, sorted.
type BranchList = Vec<(u64, u64)>;

/// How a code section's instructions use addresses of code: the relocated
/// fields that are a relative branch's displacement, and the places of
/// the section a RIP-relative operand forms an address of without a
/// relocation (`lea f(%rip)` the assembler resolved), with where; sorted.
#[derive(Default)]
struct CodeUses {
    branch_fields: Vec<u64>,
    formed: Vec<(u64, u64)>,
    /// The code sections a function here may enter at a computed place:
    /// one that both forms an address of their code (not as a branch's
    /// destination; its own by `call` to the next instruction too) and
    /// branches indirectly (through a register, memory or a retpoline
    /// thunk), so that `lea f(%rip),%rcx; add $11,%rcx; jmp *%rcx` or
    /// `call 1f; 1: pop %rax; add $(f+6-1b),%rax; jmp *%rax` lands where
    /// f's encodings decide (blind reviews 113, 117).
    entered: Vec<usize>,
}

/// A relocation, resolved to (section index, position it reaches) where it
/// reaches a defined place, or to a symbol name where it does not.
#[derive(Clone, Debug)]
struct Rel {
    offset: u64,
    r_type: u32,
    size: u8,
    /// The symbol as written, for undefined symbols.
    target: Reach,
    /// A defined function symbol the relocation names (`call f1`), with its
    /// value: the callee is that name, whatever other names share the address.
    function: Option<(String, u64)>,
    /// A sized data symbol the relocation names: (value, size).
    object: Option<(u64, u64)>,
    /// The defined weak symbol the relocation names, if it names one: the
    /// link binds it to another object's strong definition where there is
    /// one, while a reference to the same place through a local label or
    /// section symbol always reaches these bytes (blind review 129).
    via_weak: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Reach {
    /// An undefined symbol (another object's) plus addend.
    External(String, i64),
    /// Section index and the symbol value + addend (no PC adjustment yet).
    Place(usize, i64),
}

/// A defined symbol.
#[derive(Clone, Debug)]
struct Sym {
    name: String,
    value: u64,
    size: u64,
    kind: SymbolKind,
    /// Local, global or weak (a weak definition may be replaced at link time).
    binding: &'static str,
}

/// One relocatable object, indexed for canonical forms.
pub struct ObjectIndex {
    bytes: BTreeMap<usize, Vec<u8>>,
    names: HashMap<usize, String>,
    kinds: HashMap<usize, SectionKind>,
    flags: HashMap<usize, u64>,
    entsize: HashMap<usize, u64>,
    /// Section alignment (`sh_addralign`).
    align: HashMap<usize, u64>,
    relocs: Vec<Vec<Rel>>,
    /// Defined, named, non-section symbols per section, sorted by value.
    symbols: HashMap<usize, Vec<Sym>>,
    /// Per section, the largest symbol size (how far back a covering symbol
    /// can start).
    reach: HashMap<usize, u64>,
    /// Per data section, the places code refers to (where relative tables start).
    table_bases: HashMap<usize, BTreeSet<u64>>,
    /// What places outside any one function are, once written (see `Form::cached`).
    /// Valid for one renaming: an index serves one side of one comparison.
    identities: std::cell::RefCell<HashMap<(usize, u64), Result<Shallow, String>>>,
    /// Positions something refers to, per section (relocation targets and
    /// symbol starts): the ends of data extents with no symbol of their own.
    boundaries: HashMap<usize, BTreeSet<u64>>,
    /// The object's linkage: its non-local defined symbols (`linkage`).
    linkage: Vec<String>,
    /// Loaded sections with metadata names (`.note.*`, `.orc_*`): (name,
    /// content as flags, bytes and relocations).
    loaded_metadata: Vec<(String, String)>,
    /// References into sections: target section → (position, referring
    /// section, offset of the relocated field there).
    incoming: HashMap<usize, Vec<(u64, usize, u64)>>,
    /// Per code section, once asked for: (target, source) of every relative
    /// branch the assembler resolved (no relocation), sorted.
    branches: std::cell::RefCell<HashMap<usize, std::rc::Rc<BranchList>>>,
    /// Per code section: what its code uses addresses of code for
    /// (`code_uses`), decoded once.
    code_uses: std::cell::RefCell<HashMap<usize, std::rc::Rc<CodeUses>>>,
    /// `SHF_LINK_ORDER` sections → the section they go (and are discarded)
    /// with (`sh_link`): `__patchable_function_entries` per function.
    links: HashMap<usize, usize>,
    /// How many sections bear each name (`,unique,N` repeats a name).
    name_count: HashMap<String, usize>,
    /// How many symbols defined in code bear each name (two `static`
    /// labels of one name after `ld -r`): such a name alone is no place.
    code_name_count: HashMap<String, usize>,
    /// Places of code whose address the object takes as objtool counts it
    /// when it decides which ENDBRs to seal (`ibt_address_takes`), and by
    /// which objtool.
    /// Keyed by place and whether the reference names a weak symbol.
    ibt_address_taken: IbtAddressTaken,
}

const SHF_ALLOC: u64 = 0x2;
const SHF_EXECINSTR: u64 = 0x4;
const SHF_GROUP: u64 = 0x200;
const SHF_EXCLUDE: u64 = 0x8000_0000;

/// `fineibt_caller_size`: how far before a thunk call FineIBT looks for
/// the kCFI check's hash load.
const FINEIBT_CALLER_SIZE: u64 = 14;

/// `CONFIG_FUNCTION_PADDING_BYTES`: the most bytes before a function
/// call-depth tracking writes its thunk over.
const FUNCTION_PADDING_BYTES: usize = 16;

/// `struct alt_instr` (6.12): s32 orig, s32 repl, u32 flags, u8 orig_len,
/// u8 repl_len.
const ALT_ENTRY_SIZE: u64 = 14;
const ALT_ORIGINAL_LEN_AT: u64 = 12;

const R_PC32: u32 = 2;
const R_PLT32: u32 = 4;
const R_GOTPCREL: u32 = 9;
const R_PC64: u32 = 24;
const R_GOTPCRELX: u32 = 41;
const R_REX_GOTPCRELX: u32 = 42;

fn pc_relative(r_type: u32) -> bool {
    matches!(
        r_type,
        R_PC32 | R_PLT32 | R_GOTPCREL | R_PC64 | R_GOTPCRELX | R_REX_GOTPCRELX
    )
}

/// The sections the kernel's linker scripts throw away by name
/// (`COMMON_DISCARDS`, `module.lds.S`: `*(.discard) *(.discard.*)`): a
/// `.discardx` or `.discard_text` is linked in as an orphan and runs (blind
/// review 98's `discardfn`, `discarddata`).
fn discarded_by_the_kernel(name: &str) -> bool {
    name == ".discard" || name.starts_with(".discard.")
}

/// Sections that never run and are never patched into what runs.
fn is_metadata(name: &str) -> bool {
    name.starts_with(".debug")
        || name.starts_with(".rela")
        || discarded_by_the_kernel(name)
        || name.starts_with(".BTF")
        || name.starts_with(".orc_")
        || name.starts_with(".note")
        || name.starts_with(".llvm")
        || matches!(
            name,
            ".eh_frame" | ".comment" | ".symtab" | ".strtab" | ".shstrtab" | ".group"
        )
}

/// Tables whose entries only list positions (the entry is the position).
const POSITION_TABLES: &[&str] = &[
    ".return_sites",
    ".call_sites",
    ".retpoline_sites",
    ".ibt_endbr_seal",
    ".smp_locks",
    "__mcount_loc",
    "__patchable_function_entries",
    ".kcfi_traps",
    ".static_call_tramp_key",
    // FineIBT rewrites the preamble of each function listed.
    ".cfi_sites",
];

impl ObjectIndex {
    pub fn parse(data: &[u8]) -> Result<ObjectIndex, String> {
        let file =
            object::File::parse(data).map_err(|e| format!("cannot read the ELF file: {e}"))?;
        let mut ix = ObjectIndex {
            bytes: BTreeMap::new(),
            names: HashMap::new(),
            kinds: HashMap::new(),
            flags: HashMap::new(),
            entsize: HashMap::new(),
            align: HashMap::new(),
            relocs: Vec::new(),
            symbols: HashMap::new(),
            reach: HashMap::new(),
            table_bases: HashMap::new(),
            identities: Default::default(),
            boundaries: HashMap::new(),
            linkage: Vec::new(),
            loaded_metadata: Vec::new(),
            incoming: HashMap::new(),
            branches: Default::default(),
            code_uses: Default::default(),
            links: HashMap::new(),
            name_count: HashMap::new(),
            code_name_count: HashMap::new(),
            ibt_address_taken: HashMap::new(),
        };
        for s in file.sections() {
            let i = s.index().0;
            let name = s.name().unwrap_or("").to_string();
            ix.kinds.insert(i, s.kind());
            ix.align.insert(i, s.align().max(1));
            if let SectionFlags::Elf { sh_flags, .. } = s.flags() {
                ix.flags.insert(i, sh_flags.0);
            }
            if let object::File::Elf64(elf) = &file {
                use object::read::elf::SectionHeader;
                if let Ok(shdr) = elf.elf_section_table().section(object::SectionIndex(i)) {
                    ix.entsize.insert(i, shdr.sh_entsize(elf.endian()));
                    // SHF_LINK_ORDER
                    if ix.flags.get(&i).is_some_and(|f| f & 0x80 != 0) {
                        ix.links.insert(i, shdr.sh_link(elf.endian()) as usize);
                    }
                }
            }
            *ix.name_count.entry(name.clone()).or_default() += 1;
            ix.names.insert(i, name.clone());
            if is_metadata(&name) {
                // Never runs: neither its bytes nor its relocations matter to
                // the code. But a section the image loads under such a name
                // is read at run time (`.note.Xen`'s entry point, ORC) and
                // compared as it is.
                let alloc = ix.flags.get(&i).is_some_and(|f| f & 0x2 != 0);
                // The kernel's linker script drops these.
                let dropped = discarded_by_the_kernel(&name)
                    || matches!(
                        name.as_str(),
                        ".eh_frame" | ".note.gnu.property" | ".note.GNU-stack"
                    );
                if alloc && !dropped {
                    ix.loaded_metadata
                        .push(loaded_metadata_line(&file, &s, &name));
                }
                continue;
            }
            let data = if s.kind() == SectionKind::UninitializedData {
                vec![0; s.size() as usize]
            } else {
                s.data().map(<[u8]>::to_vec).unwrap_or_default()
            };
            ix.bytes.insert(i, data);
        }
        // A COMDAT group is linked once across the objects that define it:
        // its signature and members are linkage too.
        for group in file.comdats() {
            let mut members: Vec<String> = group
                .sections()
                .filter_map(|i| file.section_by_index(i).ok())
                .map(|s| s.name().unwrap_or("?").to_string())
                .collect();
            members.sort();
            ix.linkage.push(format!(
                "comdat {} {:?} [{}]",
                group.name().unwrap_or("?"),
                group.kind(),
                members.join(" ")
            ));
        }
        for sym in file.symbols() {
            // What other objects link against: every symbol that is not
            // local, with its ELF type, binding and visibility, where it is
            // defined, and for absolute and common symbols their value and size.
            if !sym.is_local() && !sym.is_undefined() {
                let (st_info, st_other) = match sym.flags() {
                    object::SymbolFlags::Elf { st_info, st_other } => (st_info.0, st_other.0),
                    _ => (0, 0),
                };
                let place = match sym.section() {
                    SymbolSection::Section(sec) => file
                        .section_by_index(sec)
                        .and_then(|s| s.name().map(str::to_string))
                        .unwrap_or_default(),
                    SymbolSection::Absolute => format!("ABS {:#x}", sym.address()),
                    SymbolSection::Common => {
                        format!("COMMON size {:#x} align {:#x}", sym.size(), sym.address())
                    }
                    other => format!("{other:?}"),
                };
                // (Visibility, st_other, does not change a static link.)
                let _ = st_other;
                ix.linkage.push(format!(
                    "{} info {st_info:#x} in {place}",
                    sym.name().unwrap_or("?")
                ));
            }
            let SymbolSection::Section(sec) = sym.section() else {
                continue;
            };
            if sym.kind() == SymbolKind::Section || sym.kind() == SymbolKind::File {
                continue;
            }
            let name = sym.name().unwrap_or("").to_string();
            if name.is_empty() {
                continue;
            }
            ix.boundaries
                .entry(sec.0)
                .or_default()
                .insert(sym.address());
            ix.symbols.entry(sec.0).or_default().push(Sym {
                name,
                value: sym.address(),
                size: sym.size(),
                kind: sym.kind(),
                binding: if sym.is_weak() {
                    "weak"
                } else if sym.is_global() {
                    "global"
                } else {
                    "local"
                },
            });
        }
        for (&sec, v) in ix.symbols.iter_mut() {
            if ix.flags.get(&sec).is_some_and(|f| f & SHF_EXECINSTR != 0) {
                for sym in v.iter() {
                    *ix.code_name_count.entry(sym.name.clone()).or_default() += 1;
                }
            }
            v.sort_by(|a, b| (a.value, &a.name).cmp(&(b.value, &b.name)));
            ix.reach
                .insert(sec, v.iter().map(|s| s.size.max(1)).max().unwrap_or(0));
        }
        for s in file.sections() {
            let i = s.index().0;
            if !ix.bytes.contains_key(&i) {
                continue;
            }
            let mut rels = Vec::new();
            for (offset, r) in s.relocations() {
                if r.has_implicit_addend() {
                    // x86-64 objects use SHT_RELA (the psABI); an SHT_REL
                    // addend is in the patched bytes, which are compared
                    // masked: the place it reaches would go unsaid.
                    return Err(format!(
                        "{} has SHT_REL relocations (addends in the patched bytes), which rspill does not read",
                        s.name().unwrap_or("?")
                    ));
                }
                let r_type = match r.flags() {
                    RelocationFlags::Elf { r_type } => r_type.0,
                    _ => 0,
                };
                // The psABI's width (`object` knows only some types: 0 for
                // R_X86_64_PC64): the bytes the field covers are masked and
                // checked for overlap by it.
                let size = crate::input::elf_tables::relocation_width(r_type)
                    .and_then(|w| u8::try_from(w).ok())
                    .ok_or_else(|| {
                        format!(
                            "{} has a relocation of type {r_type}, which rspill does not know the width of",
                            s.name().unwrap_or("?")
                        )
                    })?;
                let mut function = None;
                let mut object = None;
                let mut via_weak = None;
                let target = match r.target() {
                    // `f@SIZE` (R_X86_64_SIZE32/64): the value is the
                    // symbol's size, not a place.
                    RelocationTarget::Symbol(si) if matches!(r_type, 32 | 33) => {
                        let sym = file
                            .symbol_by_index(si)
                            .map_err(|e| format!("relocation at {offset:#x}: {e}"))?;
                        Reach::External(
                            format!("sizeof:{}={:#x}", sym.name().unwrap_or("?"), sym.size()),
                            r.addend(),
                        )
                    }
                    RelocationTarget::Symbol(si) => {
                        let sym = file
                            .symbol_by_index(si)
                            .map_err(|e| format!("relocation at {offset:#x}: {e}"))?;
                        if sym.kind() == SymbolKind::Data && sym.size() > 0 {
                            object = Some((sym.address(), sym.size()));
                        }
                        if sym.kind() == SymbolKind::Text {
                            function = sym
                                .name()
                                .ok()
                                .filter(|n| !n.is_empty())
                                .map(|n| (n.to_string(), sym.address()));
                        }
                        match sym.section() {
                            SymbolSection::Section(sec) => {
                                if sym.is_weak() && sym.kind() != SymbolKind::Section {
                                    via_weak = Some(sym.name().unwrap_or("?").to_string());
                                }
                                Reach::Place(sec.0, sym.address() as i64 + r.addend())
                            }
                            // An absolute symbol is its value (a local one
                            // is in no linkage record: blind review 105).
                            SymbolSection::Absolute => Reach::External(
                                format!("{}[abs {:#x}]", sym.name().unwrap_or("?"), sym.address()),
                                r.addend(),
                            ),
                            // A common symbol's size and alignment are what the
                            // link allocates: part of what it is.
                            SymbolSection::Common => Reach::External(
                                format!(
                                    "{}[common size {:#x} align {:#x}]",
                                    sym.name().unwrap_or("?"),
                                    sym.size(),
                                    // st_value of a common symbol is its alignment.
                                    sym.address()
                                ),
                                r.addend(),
                            ),
                            // An undefined weak reference may stay 0 where a strong
                            // one fails the link: another reference.
                            _ if sym.is_weak() => Reach::External(
                                format!("{}[weak]", sym.name().unwrap_or("?")),
                                r.addend(),
                            ),
                            _ => Reach::External(sym.name().unwrap_or("?").to_string(), r.addend()),
                        }
                    }
                    RelocationTarget::Section(sec) => Reach::Place(sec.0, r.addend()),
                    _ => Reach::External("?".to_string(), r.addend()),
                };
                rels.push(Rel {
                    offset,
                    r_type,
                    size,
                    target,
                    function,
                    object,
                    via_weak,
                });
            }
            rels.sort_by_key(|r| r.offset);
            overlapping_fields(&rels).map_or(Ok(()), |(x, y)| {
                Err(format!(
                    "relocations at {}+{x:#x} and +{y:#x} patch overlapping bytes: which wins depends on their order",
                    s.name().unwrap_or("?")
                ))
            })?;
            if ix.relocs.len() <= i {
                ix.relocs.resize_with(i + 1, Vec::new);
            }
            ix.relocs[i] = rels;
        }
        // Incoming references and boundaries (what a PC-relative field in code
        // reaches depends on where the instruction ends: resolved when the
        // instruction is decoded; as a boundary the symbol+addend is close enough
        // only for data fields, so code fields are added when known).
        // A PC-relative field in code counts from the end of its instruction,
        // which is not always the field's end (`cmpl $imm, x(%rip)`): decode.
        let mut field_to_end: HashMap<(usize, u64), i64> = HashMap::new();
        for (sec, rels) in ix.relocs.iter().enumerate() {
            if rels.is_empty() || ix.kinds.get(&sec) != Some(&SectionKind::Text) {
                continue;
            }
            let code = ix.section_bytes(sec);
            let mut dec = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
            let mut k = 0;
            while dec.can_decode() && k < rels.len() {
                let ins = dec.decode();
                while k < rels.len() && rels[k].offset < ins.next_ip() {
                    if rels[k].offset >= ins.ip() {
                        field_to_end.insert(
                            (sec, rels[k].offset),
                            (ins.next_ip() - rels[k].offset) as i64,
                        );
                    }
                    k += 1;
                }
            }
        }
        let code_target = |sec: usize, r: &Rel, pos: i64| -> i64 {
            if pc_relative(r.r_type) {
                pos + field_to_end
                    .get(&(sec, r.offset))
                    .copied()
                    .unwrap_or(i64::from(r.size))
            } else {
                pos
            }
        };
        // Where code refers into data: the bases of relative jump tables.
        for (sec, rels) in ix.relocs.iter().enumerate() {
            if ix.kinds.get(&sec) != Some(&SectionKind::Text) {
                continue;
            }
            for r in rels {
                if let Reach::Place(t, pos) = r.target {
                    let pos = code_target(sec, r, pos);
                    if pos >= 0 && ix.kinds.get(&t) != Some(&SectionKind::Text) {
                        ix.table_bases.entry(t).or_default().insert(pos as u64);
                    }
                }
            }
        }
        let mut incoming: HashMap<usize, Vec<(u64, usize, u64)>> = HashMap::new();
        for (sec, rels) in ix.relocs.iter().enumerate() {
            let from_code = ix.kinds.get(&sec) == Some(&SectionKind::Text);
            for r in rels {
                if let Reach::Place(t, pos) = r.target {
                    let pos = if from_code {
                        code_target(sec, r, pos)
                    } else {
                        pos + ix.data_field_adjust(sec, r)
                    };
                    if pos >= 0 {
                        incoming
                            .entry(t)
                            .or_default()
                            .push((pos as u64, sec, r.offset));
                        ix.boundaries.entry(t).or_default().insert(pos as u64);
                    }
                }
            }
        }
        for v in incoming.values_mut() {
            v.sort_unstable();
        }
        ix.incoming = incoming;
        let (taken, elsewhere) = ibt_address_takes(&file, &ix.bytes);
        ix.ibt_address_taken = taken;
        ix.linkage.extend(elsewhere);
        Ok(ix)
    }

    /// What to add to S+A to get the place a PC-relative field in data reaches.
    /// Kernel tables write `.long target - .`: the field itself is the base
    /// (S+A). A clang jump table writes `.long .LBB - .LJTI`: the base is the
    /// table's start, which code refers to, and S+A is the target plus the
    /// field's distance from it. The base is the nearest place at or before the
    /// field that code refers to, or the field.
    fn data_field_adjust(&self, sec: usize, r: &Rel) -> i64 {
        if !pc_relative(r.r_type) {
            return 0;
        }
        match self
            .table_bases
            .get(&sec)
            .and_then(|b| b.range(..=r.offset).next_back())
        {
            Some(&base) => -((r.offset - base) as i64),
            None => 0,
        }
    }

    /// A section's name, by ELF index.
    pub fn name(&self, sec: usize) -> &str {
        self.names.get(&sec).map_or("?", String::as_str)
    }

    fn is_code(&self, sec: usize) -> bool {
        self.flags.get(&sec).is_some_and(|f| f & 0x4 != 0)
    }

    /// Writable at run time (`.data.rel.ro` is written only by the loader).
    fn is_writable(&self, sec: usize) -> bool {
        self.flags.get(&sec).is_some_and(|f| f & 0x1 != 0)
            && !self.name(sec).starts_with(".data.rel.ro")
    }

    fn section_bytes(&self, sec: usize) -> &[u8] {
        self.bytes.get(&sec).map_or(&[], Vec::as_slice)
    }

    fn relocs_in(&self, sec: usize, start: u64, end: u64) -> &[Rel] {
        let Some(v) = self.relocs.get(sec) else {
            return &[];
        };
        let lo = v.partition_point(|r| r.offset < start);
        let hi = v.partition_point(|r| r.offset < end);
        &v[lo..hi]
    }

    /// A relocation whose field lies partly inside `[start, end)` of `sec`
    /// and partly outside: it patches bytes of the range that the range's
    /// own relocations do not show (a field starting in one replacement
    /// and ending in the next, or in the function before).
    fn relocation_across(&self, sec: usize, start: u64, end: u64) -> Option<&Rel> {
        // A field is at most 16 bytes (`relocation_width`: R_X86_64_TLSDESC):
        // only one starting less than that before an edge can cross it.
        let across = |edge: u64| {
            self.relocs_in(sec, edge.saturating_sub(16), edge)
                .iter()
                .find(|r| r.offset + u64::from(r.size) > edge)
        };
        across(start).or_else(|| across(end))
    }

    /// A kernel table's entry naming a place in `[start, end)` of code
    /// section `sec`: (table, place). A function's form lists the entries
    /// on its own code (`table_lines`); code it reaches outside itself is
    /// compared as bytes, and an entry there is not. `counted` picks the
    /// tables that count.
    fn table_entry_in(
        &self,
        sec: usize,
        start: u64,
        end: u64,
        counted: impl Fn(&str) -> bool,
    ) -> Option<(&str, u64)> {
        let inc = self.incoming.get(&sec)?;
        let lo = inc.partition_point(|&(p, _, _)| p < start);
        inc[lo..]
            .iter()
            .take_while(|&&(p, _, _)| p < end)
            .map(|&(p, from, _)| (self.name(from), p))
            .find(|&(table, _)| is_kernel_table(table) && counted(table))
    }

    /// A kernel table entry that patches bytes of code section `sec` lying
    /// partly inside `[start, end)` and partly outside: (table, site,
    /// length). What it patches in at boot belongs to neither side alone.
    fn patch_across(&self, sec: usize, start: u64, end: u64) -> Option<(&str, u64, u64)> {
        let inc = self.incoming.get(&sec)?;
        // A patched range is at most 255 bytes long (an alternative's u8).
        let lo = inc.partition_point(|&(p, _, _)| p < start.saturating_sub(255));
        inc[lo..]
            .iter()
            .take_while(|&&(p, _, _)| p < end)
            .filter_map(|&(site, from, field)| {
                let len = self.patched_length(sec, site, from, field)?;
                Some((self.name(from), site, len))
            })
            .find(|&(_, site, len)| {
                let inside = start <= site && site + len <= end;
                let overlaps = site < end && site + len > start;
                overlaps && !inside
            })
    }

    /// How many bytes at `site` of code section `sec` the kernel may rewrite
    /// for the table entry whose field at `field` of section `from` names
    /// it; None when that field names no patched site (a jump label's
    /// target, a table that is only read).
    fn patched_length(&self, sec: usize, site: u64, from: usize, field: u64) -> Option<u64> {
        // The instruction at the site, which the kernel rewrites whole.
        let insn = || -> u64 {
            let code = self.section_bytes(sec);
            let bytes = code.get(site as usize..).unwrap_or(&[]);
            let bytes = &bytes[..bytes.len().min(15)];
            let ins = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE).decode();
            if ins.is_invalid() {
                0
            } else {
                ins.len() as u64
            }
        };
        match self.name(from) {
            ".altinstructions" if field % ALT_ENTRY_SIZE == 0 => self
                .section_bytes(from)
                .get((field + ALT_ORIGINAL_LEN_AT) as usize)
                .map(|&len| u64::from(len)),
            // A 2- or 5-byte jump or NOP.
            "__jump_table" if field % 16 == 0 => Some(insn().max(2)),
            // A call or jump, and the `call __fentry__` (5 bytes).
            ".static_call_sites" if field % 8 == 0 => Some(insn().max(5)),
            "__mcount_loc" => Some(insn().max(5)),
            // `jmp __x86_return_thunk`, a call, a call through a thunk.
            ".return_sites" | ".call_sites" | ".retpoline_sites" => Some(insn().max(5)),
            ".ibt_endbr_seal" => Some(insn().max(4)),
            // The lock prefix.
            ".smp_locks" => Some(1),
            _ => None,
        }
    }

    /// The function (or code symbol) of section `sec` that covers `pos`: a
    /// function starting there, else the first function covering it, else any
    /// symbol starting there.
    fn code_symbol_at(&self, sec: usize, pos: u64) -> Option<&Sym> {
        let is_fn = |s: &Sym| s.kind == SymbolKind::Text && !s.name.starts_with("__pfx_");
        let hi = self.symbols.get(&sec)?.partition_point(|s| s.value <= pos);
        self.function_symbols_at(sec, pos)
            .next()
            .or_else(|| self.first_covering(sec, hi, pos, is_fn, 1))
            .or_else(|| self.symbols_at(sec, pos).first())
    }

    /// Every symbol of `sec` whose value is `pos` (sorted by name).
    fn symbols_at(&self, sec: usize, pos: u64) -> &[Sym] {
        let syms = self.symbols.get(&sec).map_or(&[][..], Vec::as_slice);
        &syms[syms.partition_point(|s| s.value < pos)..syms.partition_point(|s| s.value <= pos)]
    }

    /// The function symbols (not `__pfx_`) that start at `pos` of `sec`.
    fn function_symbols_at(&self, sec: usize, pos: u64) -> impl Iterator<Item = &Sym> {
        self.symbols_at(sec, pos)
            .iter()
            .filter(|s| s.kind == SymbolKind::Text && !s.name.starts_with("__pfx_"))
    }

    /// In a section of merged strings, the string `pos` lies in: `[start,
    /// end)` with its terminator, and where its characters end (cut at the
    /// section's end).
    fn string_at(&self, sec: usize, pos: u64) -> Option<(u64, u64, u64)> {
        if self.flags.get(&sec).is_none_or(|f| f & 0x20 == 0) {
            return None;
        }
        let data = self.section_bytes(sec);
        let w = self.entsize.get(&sec).copied().unwrap_or(0).max(1) as usize;
        let pos = pos as usize;
        if pos >= data.len() {
            return None;
        }
        let zero_at = |i: usize| data[i..(i + w).min(data.len())].iter().all(|&c| c == 0);
        let aligned = pos - pos % w;
        let mut start = aligned;
        while start >= w && !zero_at(start - w) {
            start -= w;
        }
        let mut end = aligned;
        while end < data.len() && !zero_at(end) {
            end += w;
        }
        Some((
            start as u64,
            end.min(data.len()) as u64,
            (end + w).min(data.len()) as u64,
        ))
    }

    /// A sized data object of `sec` that ends exactly at `pos` (one past its
    /// end), when it starts before `pos`.
    fn object_ending_at(&self, sec: usize, pos: u64) -> Option<&Sym> {
        let syms = self.symbols.get(&sec)?;
        let reach = self.reach.get(&sec).copied().unwrap_or(0);
        syms[..syms.partition_point(|s| s.value < pos)]
            .iter()
            .rev()
            .take_while(|s| s.value.saturating_add(reach) >= pos)
            .find(|s| s.size > 0 && s.value + s.size == pos && s.kind != SymbolKind::Text)
    }

    /// The relative branches of code section `sec`, decoded once, as (target,
    /// source) sorted: where other functions of the section jump in without
    /// a relocation saying so.
    fn branches_in(&self, sec: usize) -> std::rc::Rc<BranchList> {
        if let Some(b) = self.branches.borrow().get(&sec) {
            return b.clone();
        }
        let mut out = Vec::new();
        let mut dec = Decoder::with_ip(64, self.section_bytes(sec), 0, DecoderOptions::NONE);
        while dec.can_decode() {
            let ins = dec.decode();
            if is_relative_branch(&ins) {
                out.push((ins.near_branch_target(), ins.ip()));
            }
        }
        out.sort_unstable();
        let out = std::rc::Rc::new(out);
        self.branches.borrow_mut().insert(sec, out.clone());
        out
    }

    /// What code section `sec`'s instructions use code addresses for
    /// (`CodeUses`), decoding each function symbol from its start and the
    /// section from its first byte (what either decode finds counts).
    fn code_uses(&self, sec: usize) -> std::rc::Rc<CodeUses> {
        if let Some(u) = self.code_uses.borrow().get(&sec) {
            return u.clone();
        }
        let code = self.section_bytes(sec);
        let mut uses = CodeUses::default();
        let mut starts: Vec<(u64, u64)> = vec![(0, code.len() as u64)];
        starts.extend(
            self.symbols
                .get(&sec)
                .into_iter()
                .flatten()
                .filter(|s| s.kind == SymbolKind::Text && s.size > 0)
                .map(|s| (s.value, s.value.saturating_add(s.size))),
        );
        for (lo, hi) in starts {
            let Some(bytes) = code.get(lo as usize..(hi as usize).min(code.len())) else {
                continue;
            };
            let mut dec = Decoder::with_ip(64, bytes, lo, DecoderOptions::NONE);
            // Of this decode: the code sections it forms addresses of, and
            // whether it branches indirectly.
            let (mut forms, mut indirect) = (Vec::new(), false);
            while dec.can_decode() {
                let ins = dec.decode();
                let relocs = self.relocs_in(sec, ins.ip(), ins.next_ip());
                if matches!(
                    ins.flow_control(),
                    iced_x86::FlowControl::IndirectBranch | iced_x86::FlowControl::IndirectCall
                ) || relocs.iter().any(reaches_indirect_thunk)
                {
                    indirect = true;
                }
                if is_relative_branch(&ins) {
                    let width = branch_displacement_width(&ins) as u64;
                    uses.branch_fields.push(ins.next_ip() - width);
                    // `call 1f; 1:` pushes its own address.
                    if relocs.is_empty()
                        && ins.mnemonic() == Mnemonic::Call
                        && ins.near_branch_target() == ins.next_ip()
                    {
                        forms.push(sec);
                    }
                } else if ins.is_ip_rel_memory_operand() && relocs.is_empty() {
                    // (A relocated one is in `incoming`.)
                    uses.formed.push((ins.ip_rel_memory_address(), ins.ip()));
                    forms.push(sec);
                }
                if !is_relative_branch(&ins) {
                    forms.extend(relocs.iter().filter_map(|r| match r.target {
                        Reach::Place(t, _) if self.is_code(t) => Some(t),
                        _ => None,
                    }));
                }
            }
            if indirect {
                uses.entered.extend(forms);
            }
        }
        uses.entered.sort_unstable();
        uses.entered.dedup();
        uses.branch_fields.sort_unstable();
        uses.branch_fields.dedup();
        uses.formed.sort_unstable();
        uses.formed.dedup();
        let uses = std::rc::Rc::new(uses);
        self.code_uses.borrow_mut().insert(sec, uses.clone());
        uses
    }

    /// Whether some function of the object may enter code section `sec` at
    /// a place it computes (`CodeUses::entered`): then every function there
    /// keeps every byte.
    fn entered_at_computed_places(&self, sec: usize) -> bool {
        let code: Vec<usize> = self
            .kinds
            .iter()
            .filter(|(_, k)| **k == SectionKind::Text)
            .map(|(&i, _)| i)
            .collect();
        code.into_iter()
            .any(|from| self.code_uses(from).entered.contains(&sec))
    }

    /// The entry size of a section of merged constants.
    fn constant_entry(&self, sec: usize) -> Option<u64> {
        let merged = self.flags.get(&sec).is_some_and(|f| f & 0x10 != 0);
        self.entsize.get(&sec).copied().filter(|&e| merged && e > 0)
    }

    /// The sized data object of section `sec` covering `pos`.
    fn data_symbol_at(&self, sec: usize, pos: u64) -> Option<&Sym> {
        let hi = self.symbols.get(&sec)?.partition_point(|s| s.value <= pos);
        self.first_covering(sec, hi, pos, |s| s.size > 0, 0)
    }

    /// Among `syms[..hi]` (sorted by value, all at or before `pos`), the one
    /// with the lowest value that `keep` accepts and whose extent (at least
    /// `min_size` bytes) covers `pos`. Scans back only as far as the largest
    /// symbol could reach.
    fn first_covering(
        &self,
        sec: usize,
        hi: usize,
        pos: u64,
        keep: impl Fn(&Sym) -> bool,
        min_size: u64,
    ) -> Option<&Sym> {
        let syms = self.symbols.get(&sec)?;
        let reach = self.reach.get(&sec).copied().unwrap_or(0);
        let mut best = None;
        for s in syms[..hi].iter().rev() {
            if s.value.saturating_add(reach) <= pos {
                break;
            }
            if keep(s) && pos < s.value + s.size.max(min_size) {
                best = Some(s);
            }
        }
        best
    }
}

/// How one side names its functions in a form: a function whose name more
/// than one function of the object has (static functions of different units
/// after `ld -r`) by its pairing identity (`name@section#n`), and A's
/// functions as B knows them (the pairing: a call to a renamed clone is the
/// same call).
#[derive(Default)]
pub struct Renames {
    /// A's identity → B's (empty for B).
    pub to_b: HashMap<String, String>,
    /// (ELF section index, address) → (name, identity), for ambiguous
    /// names only.
    pub by_place: HashMap<(usize, u64), Vec<(String, String)>>,
}

impl Renames {
    /// Whether the pairing names this symbol (a function whose name other
    /// functions of the object have).
    fn pairs(&self, sec: usize, s: &Sym) -> bool {
        self.by_place
            .get(&(sec, s.value))
            .is_some_and(|v| v.iter().any(|(n, _)| n == &s.name))
    }

    fn identity<'s>(&'s self, sec: usize, s: &'s Sym) -> &'s str {
        let id = self
            .by_place
            .get(&(sec, s.value))
            .and_then(|v| v.iter().find(|(n, _)| n == &s.name))
            .map_or(&s.name, |(_, id)| id);
        self.to_b.get(id).unwrap_or(id)
    }
}

/// Marks a name that more than one section of the object answers to
/// (same name, same symbols or bytes): what refers to it cannot be compared.
pub const AMBIGUOUS: &str = "<ambiguous>";

/// How many unsymbolled code places one name may reach through before the
/// comparison gives up ("unknown").
const MAX_NAMING_DEPTH: usize = 32;

thread_local! {
    /// The unsymbolled code places being named on this thread, outermost
    /// first (`code_place_name` reaches other places through relocations).
    static NAMING: std::cell::RefCell<Vec<(usize, u64)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// One place on `NAMING`, taken off when dropped (also on a panic).
struct NamingPlace;

impl NamingPlace {
    /// Refused with the mark the place's name ends in: `[named above]`
    /// when it is being named already, `AMBIGUOUS` when the chain is too long.
    fn enter(sec: usize, pos: u64) -> Result<NamingPlace, &'static str> {
        NAMING.with(|n| {
            let mut n = n.borrow_mut();
            if n.contains(&(sec, pos)) {
                return Err("[named above]");
            }
            if n.len() >= MAX_NAMING_DEPTH {
                return Err(AMBIGUOUS);
            }
            n.push((sec, pos));
            Ok(NamingPlace)
        })
    }
}

impl Drop for NamingPlace {
    fn drop(&mut self) {
        NAMING.with(|n| {
            n.borrow_mut().pop();
        });
    }
}

/// Marks a piece of code outside functions that is only padding (NOPs,
/// `int3`) under a symbol: equal, it is not code to call "unknown".
pub const PADDING_BYTES: &str = "padding-bytes ";

/// Marks the object a reference reaches only if it is a one-past-the-end
/// pointer (see `Form::reach_rel`).
pub const END_OF: &str = "|end-of:";

/// Whether two forms differ, and only in where one-past-the-end pointers may
/// point: what rspill cannot decide.
pub fn differ_only_in_end_pointers<'s>(
    a: impl IntoIterator<Item = &'s String>,
    b: impl IntoIterator<Item = &'s String>,
) -> bool {
    let strip = |t: &str| -> String {
        let mut out = String::new();
        let mut rest = t;
        while let Some(i) = rest.find(END_OF) {
            out.push_str(&rest[..i]);
            rest = rest[i + END_OF.len()..]
                .strip_prefix('@')
                .unwrap_or(&rest[i + END_OF.len()..]);
        }
        out.push_str(rest);
        out
    };
    let (a, b): (Vec<&String>, Vec<&String>) = (a.into_iter().collect(), b.into_iter().collect());
    a != b && a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| strip(x) == strip(y))
}

/// Why forms that differ only in end pointers are "unknown".
pub const END_POINTER_UNKNOWN: &str = "a pointer to where one object ends and the next starts (`arr + N` or the next object) is one past the end of an object on one side only, or of different objects: code walking back from it reads different bytes, code reading forward the same; rspill cannot tell which";

/// For each of the `count` places a form's texts reach (each written `@`,
/// in order), whether it is reached as the object a possible end pointer
/// ends (`|end-of:@`). A relocation note's own `@<field>:` is followed by a
/// digit; a place's `@` never is. All `false` if the count does not match.
fn end_pointer_edges(texts: &[String], count: usize) -> Vec<bool> {
    let mut edges = Vec::with_capacity(count);
    for t in texts {
        let b = t.as_bytes();
        for (i, _) in t.match_indices('@') {
            if b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            edges.push(t[..i].ends_with(END_OF));
        }
    }
    if edges.len() != count {
        return vec![false; count];
    }
    edges
}

/// A place in a data section (section index, offset).
pub type DataPlace = (usize, u64);

/// What one place is, written without layout and without what it refers to
/// in other data (written `@`): those places, in order, follow.
type Shallow = (String, Vec<DataPlace>);

/// A function's canonical form, and what it needs to compare the data it
/// reaches beyond the first level.
pub struct FunctionForm<'a> {
    pub lines: Vec<String>,
    /// Data places the lines refer to through other data (`@`), in order.
    pub reached: Vec<DataPlace>,
    form: Form<'a>,
}

impl FunctionForm<'_> {
    /// The form of a data place in this function's context (a place inside
    /// the function is a label), and the places it refers to in turn.
    fn node(&self, place: DataPlace) -> Result<Shallow, String> {
        let f = &self.form;
        let before = f.reached.borrow().len();
        let text = f.data_form(place.0, place.1);
        let children = f.reached.borrow_mut().split_off(before);
        Ok((text?, children))
    }
}

/// The pairing of data places of A and B that every comparison so far has
/// verified: one to one, so that a place reached as two different places
/// (the same content twice, compared by address) is not taken for the same.
#[derive(Default)]
pub struct SameData {
    a_to_b: HashMap<DataPlace, DataPlace>,
    b_to_a: HashMap<DataPlace, DataPlace>,
    /// Who relied on each pair (by A's place): the functions called
    /// identical through it.
    users: HashMap<DataPlace, Vec<usize>>,
    /// Pairs a function needed that contradict the pairing (A's place, B's
    /// place): the functions relying on the pairs they contradict cannot be
    /// called identical either.
    conflicts: Vec<(DataPlace, DataPlace)>,
}

impl SameData {
    /// The functions whose "identical" rests on a pairing another function
    /// contradicts: each with one place of the contradiction, for the reason.
    pub fn contradicted(&self) -> Vec<(usize, DataPlace)> {
        let mut out = Vec::new();
        for &(pa, pb) in &self.conflicts {
            for place in [Some(pa), self.b_to_a.get(&pb).copied()]
                .into_iter()
                .flatten()
            {
                for &u in self.users.get(&place).map_or(&[][..], Vec::as_slice) {
                    out.push((u, place));
                }
            }
        }
        out
    }
}

/// Whether the data two functions with equal lines reach is the same: the
/// two data graphs walked in step from the places the lines refer to (`@`),
/// every pair of places written alike, and the pairing one to one with what
/// earlier functions verified (a pair met again, in a cycle or from another
/// function, is not walked twice). `Ok(None)` when the same (the pairs are
/// kept); otherwise the first two forms that differ (nothing is kept).
pub fn same_reached_data(
    a: &FunctionForm,
    b: &FunctionForm,
    pairing: &mut SameData,
    user: usize,
) -> Result<Option<(String, String)>, String> {
    if a.reached.len() != b.reached.len() {
        return Ok(Some((
            format!("data: {} places reached", a.reached.len()),
            format!("data: {} places reached", b.reached.len()),
        )));
    }
    // Whether each place is reached only through a possible end pointer:
    // differences there are "unknown".
    let root_edges = end_pointer_edges(&a.lines, a.reached.len());
    let mut todo: Vec<(DataPlace, DataPlace, bool)> = a
        .reached
        .iter()
        .copied()
        .zip(b.reached.iter().copied())
        .zip(root_edges)
        .map(|((pa, pb), e)| (pa, pb, e))
        .rev()
        .collect();
    let mut added: Vec<(DataPlace, DataPlace)> = Vec::new();
    let mut relied: Vec<DataPlace> = Vec::new();
    let outcome = (|| {
        while let Some((pa, pb, uncertain)) = todo.pop() {
            match (pairing.a_to_b.get(&pa), pairing.b_to_a.get(&pb)) {
                (Some(&x), Some(&y)) if x == pb && y == pa => {
                    relied.push(pa);
                    continue;
                }
                (None, None) => {}
                _ => {
                    // Written differently is a plain change; written alike, it
                    // is the same content at an address paired elsewhere.
                    let (ta, _) = a.node(pa).map_err(|e| format!("A: {e}"))?;
                    let (tb, _) = b.node(pb).map_err(|e| format!("B: {e}"))?;
                    if ta != tb {
                        if uncertain {
                            return Err(END_POINTER_UNKNOWN.to_string());
                        }
                        return Ok(Some((format!("data: {ta}"), format!("data: {tb}"))));
                    }
                    pairing.conflicts.push((pa, pb));
                    let (na, nb) = (a.form.ix.name(pa.0), b.form.ix.name(pb.0));
                    let elsewhere = match (pairing.a_to_b.get(&pa), pairing.b_to_a.get(&pb)) {
                        (Some(x), _) => {
                            format!(
                                "A's {na}+{:#x} with B's {}+{:#x}",
                                pa.1,
                                b.form.ix.name(x.0),
                                x.1
                            )
                        }
                        (_, Some(y)) => {
                            format!(
                                "B's {nb}+{:#x} with A's {}+{:#x}",
                                pb.1,
                                a.form.ix.name(y.0),
                                y.1
                            )
                        }
                        _ => String::new(),
                    };
                    return Err(format!(
                        "it reaches A's {na}+{:#x} where B has {nb}+{:#x}, alike, but other code pairs {elsewhere}: rspill cannot tell which variable or object is which",
                        pa.1, pb.1
                    ));
                }
            }
            pairing.a_to_b.insert(pa, pb);
            pairing.b_to_a.insert(pb, pa);
            added.push((pa, pb));
            let (ta, ca) = a.node(pa).map_err(|e| format!("A: {e}"))?;
            let (tb, cb) = b.node(pb).map_err(|e| format!("B: {e}"))?;
            if ta != tb || ca.len() != cb.len() {
                if uncertain || differ_only_in_end_pointers([&ta], [&tb]) {
                    return Err(END_POINTER_UNKNOWN.to_string());
                }
                return Ok(Some((format!("data: {ta}"), format!("data: {tb}"))));
            }
            let edges = end_pointer_edges(std::slice::from_ref(&ta), ca.len());
            todo.extend(
                ca.into_iter()
                    .zip(cb)
                    .zip(edges)
                    .map(|((x, y), e)| (x, y, e || uncertain))
                    .rev(),
            );
        }
        Ok(None)
    })();
    if matches!(outcome, Ok(None)) {
        for pa in added.iter().map(|p| p.0).chain(relied) {
            pairing.users.entry(pa).or_default().push(user);
        }
    } else {
        for (pa, pb) in added {
            pairing.a_to_b.remove(&pa);
            pairing.b_to_a.remove(&pb);
        }
    }
    outcome
}

/// Building one function's form.
struct Form<'a> {
    ix: &'a ObjectIndex,
    renames: &'a Renames,
    /// The function: section, [start, end).
    sec: usize,
    start: u64,
    end: u64,
    /// Label number of every referred-to position inside the function.
    labels: BTreeMap<u64, usize>,
    /// Set when a place resolved to one of this function's labels: what was
    /// being written depends on the function, and is not cached.
    used_labels: std::cell::Cell<bool>,
    /// Data places referred to from data written so far (`@`), in order.
    reached: std::cell::RefCell<Vec<DataPlace>>,
}

/// The canonical form of the function `name` at `[start, start+size)` of
/// section `sec` (ELF index) of `ix`.
pub fn canonical_form<'a>(
    ix: &'a ObjectIndex,
    renames: &'a Renames,
    sec: usize,
    start: u64,
    size: u64,
) -> Result<FunctionForm<'a>, String> {
    let mut form = Form {
        ix,
        renames,
        sec,
        start,
        end: start + size,
        labels: BTreeMap::new(),
        used_labels: std::cell::Cell::new(false),
        reached: Default::default(),
    };
    let lines = form.build()?;
    let reached = form.reached.take();
    Ok(FunctionForm {
        lines,
        reached,
        form,
    })
}

impl Form<'_> {
    fn inside(&self, pos: u64) -> bool {
        self.start <= pos && pos < self.end
    }

    fn build(&mut self) -> Result<Vec<String>, String> {
        let code = self.ix.section_bytes(self.sec);
        let bytes = code
            .get(self.start as usize..self.end as usize)
            .ok_or("the function's bytes lie outside its section")?;
        if let Some(r) = self.ix.relocation_across(self.sec, self.start, self.end) {
            return Err(format!(
                "a relocated field at {} ({} bytes) crosses the function's edge: what it patches in is not the function's alone",
                from_start(r.offset, self.start),
                r.size
            ));
        }
        if let Some((table, site, len)) = self.ix.patch_across(self.sec, self.start, self.end) {
            return Err(format!(
                "a {table} entry patches {len} bytes at {}, across the function's edge: what runs there is not the function's alone",
                from_start(site, self.start)
            ));
        }
        // Decode once to learn instruction boundaries and in-function branches.
        let mut insns = Vec::new();
        let mut dec = Decoder::with_ip(64, bytes, self.start, DecoderOptions::NONE);
        while dec.can_decode() {
            let ins = dec.decode();
            insns.push(ins);
        }
        // An instruction the symbol's size cuts (`movl $imm32` whose last
        // bytes are the next symbol's): what it does depends on bytes the
        // function's form does not hold (blind review 113).
        if let Some(last) = insns.last() {
            let rest = code.get(last.ip() as usize..).unwrap_or(&[]);
            let whole = Decoder::with_ip(64, rest, last.ip(), DecoderOptions::NONE).decode();
            if !whole.is_invalid() && whole.next_ip() > self.end {
                return Err(format!(
                    "the instruction at {} runs {} bytes past the function's end (its symbol's size cuts it): what it does depends on bytes that are not the function's",
                    from_start(last.ip(), self.start),
                    whole.next_ip() - self.end
                ));
            }
        }
        let raw_of = |i: &iced_x86::Instruction| -> &[u8] {
            code.get(i.ip() as usize..i.next_ip() as usize)
                .unwrap_or(&[])
        };
        // Trailing NOPs are padding: what ends the flow is before them. A
        // last instruction a kernel table patches (an alternative turning
        // `ret` into a NOP, a jump label's NOP form) may fall through once
        // patched: what follows counts then too.
        let patched = |i: &iced_x86::Instruction| {
            self.ix.incoming.get(&self.sec).is_some_and(|inc| {
                let lo = inc.partition_point(|&(p, _, _)| p < i.ip());
                inc[lo..]
                    .iter()
                    .take_while(|&&(p, _, _)| p < i.next_ip())
                    // Only these replace an instruction by one that may run
                    // on: return, retpoline and static-call sites become
                    // returns and jumps, `__mcount_loc` sites are calls.
                    .any(|&(_, from, _)| {
                        matches!(self.ix.name(from), ".altinstructions" | "__jump_table")
                    })
            })
        };
        // A WARN's `ud2` resumes after itself (`handle_bug`), into what
        // follows (blind review 117).
        let runs_on = |i: &iced_x86::Instruction| {
            can_fall_through(i) || patched(i) || i.mnemonic() == Mnemonic::Ud2
        };
        let falls_through = match insns.iter().rposition(|i| !is_plain_nop(i, raw_of(i))) {
            None => !insns.is_empty(),
            // So does an `int3` whose #BP a handler takes (a die notifier,
            // a kprobe, kgdb: blind review 128), where anything reaches the
            // trailing run of them: the instruction before runs on, or a
            // branch or a table entry leads into it. (`ret; int3` is
            // straight-line-speculation padding nothing reaches.)
            Some(k) if insns[k].mnemonic() == Mnemonic::Int3 => {
                let first = insns[..k]
                    .iter()
                    .rposition(|i| i.mnemonic() != Mnemonic::Int3 && !is_plain_nop(i, raw_of(i)))
                    .map_or(0, |j| j + 1);
                let run = insns[first].ip()..insns[k].next_ip();
                let before_runs_on = first.checked_sub(1).is_none_or(|j| runs_on(&insns[j]));
                // (A relocated branch's target is its relocation's: among
                // the incoming references.)
                let branched_into = insns.iter().any(|i| {
                    is_relative_branch(i)
                        && run.contains(&i.near_branch_target())
                        && self.ix.relocs_in(self.sec, i.ip(), i.next_ip()).is_empty()
                });
                let referenced = self.ix.incoming.get(&self.sec).is_some_and(|inc| {
                    let lo = inc.partition_point(|&(p, _, _)| p < run.start);
                    inc.get(lo).is_some_and(|&(p, _, _)| p < run.end)
                });
                before_runs_on || branched_into || referenced
            }
            Some(k) => runs_on(&insns[k]),
        };
        let inner_symbols = self.inner_symbol_lines(&insns);
        // Each instruction's relocations, in one pass over both sorted lists.
        let own = self.ix.relocs_in(self.sec, self.start, self.end);
        let mut spans: HashMap<u64, (usize, usize)> = HashMap::new();
        let mut at = 0;
        for ins in &insns {
            while at < own.len() && own[at].offset < ins.ip() {
                at += 1;
            }
            let lo = at;
            while at < own.len() && own[at].offset < ins.next_ip() {
                at += 1;
            }
            if at > lo {
                spans.insert(ins.ip(), (lo, at));
            }
        }
        let relocs_of = |ins: &iced_x86::Instruction| -> &[Rel] {
            match spans.get(&ins.ip()) {
                Some(&(lo, hi)) => &own[lo..hi],
                None => &[],
            }
        };
        let boundaries: BTreeSet<u64> = insns.iter().map(|i| i.ip()).collect();
        let mut targets: BTreeSet<u64> = BTreeSet::new();
        for ins in &insns {
            if ins.is_invalid() {
                continue;
            }
            if is_relative_branch(ins) && relocs_of(ins).is_empty() {
                let t = ins.near_branch_target();
                if self.inside(t) {
                    targets.insert(t);
                } else if t >= self.end
                    && self
                        .ix
                        .code_symbol_at(self.sec, t)
                        .is_none_or(|s| s.value != t)
                {
                    return Err(format!(
                        "a branch at +{:#x} reaches code past the end of the symbol ({:+#x}) that no symbol names",
                        ins.ip() - self.start,
                        t as i64 - self.start as i64
                    ));
                }
            }
            // `lea 0(%rip)` of `_THIS_IP_` in a linked object: a same-section
            // reference with the relocation resolved away. A label where it
            // lands on an instruction; a read of the function's own bytes
            // elsewhere is refused when it is rendered.
            if ins.is_ip_rel_memory_operand() && relocs_of(ins).is_empty() {
                let t = ins.ip_rel_memory_address();
                if self.inside(t) && boundaries.contains(&t) {
                    targets.insert(t);
                }
            }
            // Relocated branches and references to this function's own section.
            for r in relocs_of(ins) {
                if let Reach::Place(t, pos) = r.target {
                    if t == self.sec {
                        let pos = if pc_relative(r.r_type) {
                            pos + (ins.next_ip() - r.offset) as i64
                        } else {
                            pos
                        };
                        if pos >= 0 && self.inside(pos as u64) {
                            targets.insert(pos as u64);
                        }
                    }
                }
            }
        }
        // References from elsewhere (tables, jump tables, other functions).
        if let Some(inc) = self.ix.incoming.get(&self.sec) {
            let lo = inc.partition_point(|&(p, _, _)| p < self.start);
            for &(pos, from, field) in &inc[lo..] {
                if pos >= self.end {
                    break;
                }
                if self.ix.is_code(from) {
                    // Other functions only name this one (this function's own
                    // fields are resolved above); out-of-line code with no
                    // symbol (`.altinstr_aux`) jumps back in: a label.
                    if self.ix.code_symbol_at(from, field).is_none() && boundaries.contains(&pos) {
                        targets.insert(pos);
                    }
                    continue;
                }
                if is_metadata(self.ix.name(from)) {
                    continue;
                }
                if is_field_patch_table(self.ix.name(from)) {
                    // Patches a field inside an instruction (listed in the tables).
                    continue;
                }
                if !boundaries.contains(&pos) {
                    return Err(format!(
                        "{} refers into the middle of an instruction at +{:#x}",
                        self.ix.name(from),
                        pos - self.start
                    ));
                }
                targets.insert(pos);
            }
        }
        for t in &targets {
            if !boundaries.contains(t) {
                return Err(format!(
                    "a jump lands inside an instruction at +{:#x} (overlapping code)",
                    t - self.start
                ));
            }
        }
        self.labels = targets.iter().enumerate().map(|(i, &t)| (t, i)).collect();

        // The kernel reads the bytes and lengths of instructions its tables
        // name (`decode_bug()` wants `ud2` unprefixed, a jump label is 2 or 5
        // bytes, an alternative's length is recorded): in a function any
        // table refers into, every prefix counts.
        // So does code that forms addresses of its own code (`call 1f; 1:
        // pop %rcx`, `lea 1b(%rip)`, `lea f(%rip)`, a relocated call to a
        // label inside it): distances between them read every NOP's length,
        // branch width and prefix (blind reviews 105, 109).
        let forms_own_addresses = insns
            .iter()
            .any(|i| self.forms_own_address(i, relocs_of(i)));
        let tables_refer_in = forms_own_addresses
            || self.ix.incoming.get(&self.sec).is_some_and(|inc| {
                let lo = inc.partition_point(|&(p, _, _)| p < self.start);
                inc[lo..]
                    .iter()
                    .take_while(|&&(p, _, _)| p < self.end)
                    .any(|&(_, from, _)| !self.ix.is_code(from))
            });
        // (The place of an address formed elsewhere is in the forming
        // instruction's line, with its alignment: `code_alignment`.)
        let section_alignment_read = tables_refer_in;
        // objtool lists every call and jump through an indirect-branch thunk
        // in `.retpoline_sites`, and FineIBT reads the kCFI check's hash
        // back from a fixed distance before it (`fineibt_caller_size`): in
        // an object objtool has not run on yet (IBT and LTO builds run it on
        // `vmlinux.o`), no table shows that (blind review 135).
        let thunk_branches: Vec<u64> = insns
            .iter()
            .filter(|i| {
                matches!(
                    i.flow_control(),
                    iced_x86::FlowControl::Call
                        | iced_x86::FlowControl::UnconditionalBranch
                        | iced_x86::FlowControl::ConditionalBranch
                ) && relocs_of(i).iter().any(reaches_indirect_thunk)
            })
            .map(|i| i.ip())
            .collect();
        // (Or one right after the function: FineIBT reads back into it.)
        let thunk_call_after = self
            .ix
            .relocs_in(self.sec, self.end, self.end + FINEIBT_CALLER_SIZE + 2)
            .iter()
            .any(reaches_indirect_thunk);
        let through_thunks = !thunk_branches.is_empty() || thunk_call_after;
        let tables_refer_in = tables_refer_in
            || through_thunks
            || self.formed_elsewhere()
            || self.ix.entered_at_computed_places(self.sec);
        let mut lines = Vec::new();
        // A code section that is not loaded, not executable, writable or
        // dropped by the link (SHF_EXCLUDE) is another function at run time;
        // the usual `ax` (with or without a COMDAT group) goes unsaid.
        let flags = self.ix.flags.get(&self.sec).copied().unwrap_or(0);
        if flags & !SHF_GROUP != SHF_ALLOC | SHF_EXECINSTR {
            lines.push(format!("section flags {flags:#x}"));
        }
        // The kernel patches the sites its tables list by where they fall in
        // a cache line, which the section's alignment bounds (blind review
        // 105: `.text` aligned 64 or 4, the same bytes at offset 0); where in
        // the section the function lies is layout, as a jump table's or a
        // return site's entries do not care. An address of code formed
        // (`lea g(%rip); and $63`) carries the section's alignment and the
        // place's offset modulo it (`code_alignment`): its bits are read.
        if section_alignment_read {
            let align = self.ix.align.get(&self.sec).copied().unwrap_or(1);
            lines.push(format!("section aligned {align}"));
        }
        if let Some(pfx) = self.prefix_line()? {
            lines.push(pfx);
        }
        // FineIBT reads a kCFI caller's hash back from a thunk call, across
        // the function's start where the call lies near it: those bytes
        // before the function, as they are (blind review 143's `TF`).
        if let Some(&first) = thunk_branches.first() {
            if first < self.start + FINEIBT_CALLER_SIZE {
                let code = self.ix.section_bytes(self.sec);
                let from = first.saturating_sub(FINEIBT_CALLER_SIZE);
                let before = code.get(from as usize..self.start as usize).unwrap_or(&[]);
                lines.push(format!(
                    "bytes before, which FineIBT reads back from a thunk call: {}{}",
                    hex(before),
                    if first < FINEIBT_CALLER_SIZE {
                        " from the section's start"
                    } else {
                        ""
                    }
                ));
            }
        }
        // Whether objtool keeps its ENDBR or seals it (`ibt_address_takes`).
        if insns
            .first()
            .is_some_and(|i| i.mnemonic() == Mnemonic::Endbr64)
        {
            // Through a weak name, the link may bind the reference to
            // another object's definition, and this ENDBR is not kept by it
            // (blind review 143).
            for weak in [false, true] {
                let how = if weak { " through a weak name" } else { "" };
                match self.ix.ibt_address_taken.get(&(self.sec, self.start, weak)) {
                    Some(IbtKeep::Always) => {
                        lines.push(format!("endbr kept: the object takes its address{how}"))
                    }
                    Some(IbtKeep::Only612) => lines.push(format!(
                        "endbr kept by 6.12's objtool only: the object takes its address{how} in a section later ones pass over"
                    )),
                    None => {}
                }
            }
        }
        // Padding after the last instruction that cannot fall through, with
        // nothing referring into it, never runs: not part of the form. (Where
        // a kernel table patches that instruction, it may run on: into the
        // padding, whose `int3`s and `nop`s then differ: c20_05.)
        let body = insns
            .iter()
            .rposition(|i| !is_padding(i, raw_of(i)))
            .map_or(0, |i| i + 1);
        let padding_start = match (insns.get(body), body.checked_sub(1).map(|i| &insns[i])) {
            (Some(first), Some(last))
                if matches!(
                    last.flow_control(),
                    iced_x86::FlowControl::Return
                        | iced_x86::FlowControl::UnconditionalBranch
                        | iced_x86::FlowControl::IndirectBranch
                ) && self.labels.range(first.ip()..).next().is_none()
                    && !last.is_invalid()
                    && !patched(last) =>
            {
                first.ip()
            }
            _ => u64::MAX,
        };
        let mut in_nop_run = false;
        // Where else code may come in from (a cold part jumping back, a call
        // or a second symbol into the middle): no straight line runs across.
        let entries = self.entries();
        let is_label = |ip: u64| self.labels.contains_key(&ip) || entries.contains(&ip);
        for (k, ins) in insns.iter().enumerate() {
            let pos = ins.ip();
            if pos >= padding_start {
                break;
            }
            if let Some(l) = self.labels.get(&pos) {
                lines.push(format!("L{l}:"));
                in_nop_run = false;
            }
            let len = ins.len();
            let raw = &bytes[(pos - self.start) as usize..(pos - self.start) as usize + len];
            if ins.is_invalid() {
                if let Some(r) = relocs_of(ins).first() {
                    // Its bytes are not an instruction: what the field
                    // reaches would go unsaid.
                    return Err(format!(
                        "a relocated field at +{:#x} in bytes that decode as no instruction",
                        r.offset - self.start
                    ));
                }
                lines.push(format!("bytes {}", hex(raw)));
                in_nop_run = false;
                continue;
            }
            let relocs = relocs_of(ins);
            // A NOP a kernel table may patch (a jump label, an alternative's
            // padding) is as long as it is.
            // (At the entry, the NOP's shape is read: `66 0f 1f 00` is a
            // sealed ENDBR to `is_endbr()`, another 4-byte NOP is not.)
            if is_plain_nop(ins, raw_of(ins))
                && relocs.is_empty()
                && !tables_refer_in
                && pos != self.start
            {
                if !in_nop_run {
                    lines.push("nop".to_string());
                }
                in_nop_run = true;
                continue;
            }
            in_nop_run = false;
            if relocs.is_empty() && !ins.is_ip_rel_memory_operand() && !is_relative_branch(ins) {
                // Most instructions: their bytes say everything, but for
                // prefixes the processor ignores.
                lines.push(hex(&if tables_refer_in {
                    raw.to_vec()
                } else {
                    without_ignored_prefixes(ins, raw)
                }));
                continue;
            }
            let (mut masked, mut notes) = relocated_fields(ins, raw, relocs, |r, adjust| {
                let branch = is_relative_branch(ins);
                // Reads made through an address before it escapes: compared
                // besides the object (they may lie outside it).
                let mut read_before_escaping = String::new();
                if let (false, Reach::Place(t, _)) = (branch, &r.target) {
                    if !self.ix.is_code(*t) {
                        match self.window_of(&insns, k, raw, r, &is_label) {
                            Window::Bounded(b) => {
                                if let Some(text) = self.bounded_read(ins, r, adjust, &b)? {
                                    return Ok(text);
                                }
                            }
                            Window::EscapesAfter(b) => {
                                if let Some(text) = self.bounded_read(ins, r, adjust, &b)? {
                                    read_before_escaping = format!("|then escapes:{text}");
                                }
                            }
                            Window::Escapes => {}
                        }
                    }
                }
                if let (true, Reach::Place(t, p)) = (branch, &r.target) {
                    let at = (p + adjust).max(0) as u64;
                    if !(*t == self.sec && self.inside(at)) {
                        self.not_into_another_function(ins, *t, at)?;
                    }
                }
                // A branch past the start of a name this object does not
                // define (`jmp f+6`): the middle of code this comparison does
                // not see, whose layout decides where it lands (blind review
                // 117).
                if let (true, Reach::External(name, addend)) = (branch, &r.target) {
                    let at = addend + adjust;
                    if at != 0 {
                        return Err(format!(
                            "+{:#x} branches to {name}{at:+#x}, inside code another object defines: rspill compares functions from their entries",
                            ins.ip() - self.start
                        ));
                    }
                }
                self.within_object(ins, r, adjust)?;
                let reached = self.reach_rel(r, adjust, 0, branch)?;
                match (branch, &r.target) {
                    (false, Reach::Place(t, p)) if self.ix.is_code(*t) => {
                        let at = (p + adjust).max(0) as u64;
                        // Code read through a register (`lea h(%rip),%rax;
                        // movl 4(%rax),%eax`): the bytes read, where the reads
                        // are bounded.
                        let through = match self.window_of(&insns, k, raw, r, &is_label) {
                            Window::Bounded(b) if b.lo < b.hi => {
                                let code = self.ix.section_bytes(*t);
                                let lo = (at as i64 + b.lo).max(0) as usize;
                                let hi = ((at as i64 + b.hi).max(0) as usize).min(code.len());
                                format!(
                                    "[reads{:+}..{:+} {}]",
                                    b.lo,
                                    b.hi,
                                    hex(code.get(lo..hi).unwrap_or(&[]))
                                )
                            }
                            _ => String::new(),
                        };
                        Ok(format!(
                            "{reached}{}{through}|aligned {}",
                            self.code_bytes_used(ins, *t, at),
                            self.code_alignment(*t, at)
                        ))
                    }
                    _ => Ok(format!("{reached}{read_before_escaping}")),
                }
            })?;
            if relocs.is_empty() && ins.is_ip_rel_memory_operand() {
                // Assembled against a symbol of the same section: no relocation,
                // the displacement is layout. Say what it reaches instead.
                let co = dec_offsets(raw, pos);
                if co.has_displacement() {
                    for m in masked
                        .iter_mut()
                        .skip(co.displacement_offset())
                        .take(co.displacement_size())
                    {
                        *m = None;
                    }
                }
                let t = ins.ip_rel_memory_address();
                notes.push(format!(
                    "rip:{}{}|aligned {}",
                    self.place(self.sec, t, 0)?,
                    self.code_bytes_used(ins, self.sec, t),
                    self.code_alignment(self.sec, t)
                ));
            }
            if relocs.is_empty() && is_relative_branch(ins) {
                // A short and a near form of one branch are the same branch:
                // written as its prefixes, its mnemonic and where it goes.
                let width = branch_displacement_width(ins);
                let opcode = if raw.len() >= width + 2 && raw[raw.len() - width - 2] == 0x0f {
                    2
                } else {
                    1
                };
                let prefixes = &raw[..raw.len().saturating_sub(width + opcode)];
                // A direct call's too: objtool lists every one in
                // `.call_sites` (in IBT and LTO builds only at `vmlinux.o`),
                // and call-depth tracking writes a 5-byte call over it
                // (`patch_call`), leaving a prefixed call's last byte
                // behind (blind review 137).
                let prefixes =
                    &if tables_refer_in || ins.flow_control() == iced_x86::FlowControl::Call {
                        prefixes.to_vec()
                    } else {
                        without_ignored_prefixes(ins, prefixes)
                    };
                let t = ins.near_branch_target();
                let to = match self.labels.get(&t) {
                    Some(l) => format!("L{l}"),
                    None => {
                        self.not_into_another_function(ins, self.sec, t)?;
                        self.code_identity(self.sec, t)?
                    }
                };
                // Where a kernel table refers into the function, distances
                // are read (FineIBT finds the kCFI hash load 14 bytes before
                // the call): the branch's width too.
                let width = if tables_refer_in {
                    format!("/{}", raw.len())
                } else {
                    String::new()
                };
                lines.push(format!(
                    "{}{:?}{width} ->{to}",
                    hex(prefixes),
                    ins.mnemonic()
                ));
                continue;
            }
            let text = masked_hex(&masked);
            lines.push(line(text, &notes));
        }
        // Falling off the end runs what follows: padding, then the next
        // function. Either differing changes what runs.
        if falls_through {
            lines.push(self.fall_through_line()?);
        }
        lines.extend(inner_symbols);
        // Table entries are a set: sorted, each with the data places it
        // reaches (entries written alike pair in any order that verifies).
        // Except alternatives: applied in table order, a later entry for the
        // same bytes overrides an earlier one (ALTERNATIVE_2), so they come
        // last, in the order of the table.
        let (alts, mut tables): (Vec<TableLine>, Vec<TableLine>) =
            self.table_lines()?.into_iter().partition(|t| t.2.is_some());
        tables.sort_by(|x, y| x.0.cmp(&y.0));
        for (text, places, _) in &tables {
            lines.push(text.clone());
            self.reached.borrow_mut().extend(places.iter().cloned());
        }
        for (text, places, _) in alternatives_in_effect_order(alts) {
            lines.push(text);
            self.reached.borrow_mut().extend(places);
        }
        Ok(lines)
    }

    /// A branch to the middle of another function (a `.cold` part jumping
    /// back, a jump past another function's entry) runs that function's code
    /// from a place its own comparison did not start from: unknown.
    fn not_into_another_function(
        &self,
        ins: &iced_x86::Instruction,
        sec: usize,
        t: u64,
    ) -> Result<(), String> {
        // A function of its own starts there: its comparison covers it.
        if !self.ix.is_code(sec) || self.ix.function_symbols_at(sec, t).any(|s| s.size > 0) {
            return Ok(());
        }
        let syms = self.ix.symbols.get(&sec).map_or(&[][..], Vec::as_slice);
        let hi = syms.partition_point(|s| s.value < t);
        let is_fn = |s: &Sym| s.kind == SymbolKind::Text && !s.name.starts_with("__pfx_");
        match self.ix.first_covering(sec, hi, t, is_fn, 1) {
            Some(s) => Err(format!(
                "+{:#x} branches into the middle of {} (+{:#x}): rspill compares functions from their entries",
                ins.ip() - self.start,
                s.name,
                t - s.value
            )),
            _ => Ok(()),
        }
    }

    /// Every place inside the function (past its start) that anything but
    /// metadata refers to, and every symbol inside it.
    fn entries(&self) -> BTreeSet<u64> {
        let mut out = BTreeSet::new();
        if let Some(inc) = self.ix.incoming.get(&self.sec) {
            let lo = inc.partition_point(|&(p, _, _)| p <= self.start);
            for &(pos, from, _) in &inc[lo..] {
                if pos >= self.end {
                    break;
                }
                if !is_metadata(self.ix.name(from)) {
                    out.insert(pos);
                }
            }
        }
        let syms = self
            .ix
            .symbols
            .get(&self.sec)
            .map_or(&[][..], Vec::as_slice);
        let lo = syms.partition_point(|s| s.value <= self.start);
        let hi = syms.partition_point(|s| s.value < self.end);
        out.extend(syms[lo..hi].iter().map(|s| s.value));
        // Jumps from elsewhere in the section the assembler resolved.
        let branches = self.ix.branches_in(self.sec);
        let lo = branches.partition_point(|&(t, _)| t <= self.start);
        for &(t, from) in &branches[lo..] {
            if t >= self.end {
                break;
            }
            if !self.inside(from) {
                out.insert(t);
            }
        }
        out
    }

    /// The `__pfx_<name>` padding objtool or the compiler put before the function
    /// (kCFI hashes live there), as raw bytes.
    fn prefix_line(&self) -> Result<Option<String>, String> {
        let Some(syms) = self.ix.symbols.get(&self.sec) else {
            return Ok(None);
        };
        // Symbols are sorted by value: look back only as far as the largest
        // symbol of the section reaches.
        let reach = self.ix.reach.get(&self.sec).copied().unwrap_or(0);
        let hi = syms.partition_point(|s| s.value < self.start);
        let Some(p) = syms[..hi]
            .iter()
            .rev()
            .take_while(|s| s.value.saturating_add(reach) >= self.start)
            .find(|s| s.name.starts_with("__pfx_") && s.value + s.size == self.start && s.size > 0)
        else {
            return Ok(self.unnamed_padding_line());
        };
        let code = self.ix.section_bytes(self.sec);
        let raw = code
            .get(p.value as usize..self.start as usize)
            .ok_or("the prefix lies outside its section")?;
        // As the bytes are: call-depth tracking patches its thunk in only
        // over single-byte NOPs (`callthunks.c`), so two NOP shapes differ.
        Ok(Some(format!("prefix {}", hex(raw))))
    }

    /// The single-byte NOPs right before the function where no `__pfx_`
    /// symbol names them: call-depth tracking patches its accounting thunk
    /// over the bytes before a call's destination when they are all `0x90`
    /// (`callthunks.c`, `patch_dest`), whether or not a symbol names them —
    /// and with IBT or LTO objtool adds `__pfx_` only at `vmlinux.o` (blind
    /// review 133). What decides is whether the run reaches the thunk's
    /// size (`SHORTEST_CALL_THUNK` and up, at most the 16 bytes of
    /// `CONFIG_FUNCTION_PADDING_BYTES`): a shorter run is written as one
    /// (alignment padding that moves is no change), and a run that reaches
    /// the section's start goes on in bytes the link places there, which
    /// are not known here.
    fn unnamed_padding_line(&self) -> Option<String> {
        let code = self.ix.section_bytes(self.sec);
        let before = code.get(..self.start as usize)?;
        let run = before
            .iter()
            .rev()
            .take(FUNCTION_PADDING_BYTES)
            .take_while(|&&b| b == 0x90)
            .count();
        // (With none, what the link places before the section is all there
        // is: not known here, on either side.)
        let at_edge = run == before.len() && run < FUNCTION_PADDING_BYTES && run > 0;
        if run < crate::input::boot_patches::SHORTEST_CALL_THUNK && !at_edge {
            return None;
        }
        Some(format!(
            "padding before: {run} single-byte nops{}",
            if at_edge {
                " from the section's start"
            } else {
                ""
            }
        ))
    }

    /// What relocation `r` reaches: the function a call or jump names, by
    /// that name (what runs is that name's code, whatever other names the
    /// address has); everything else as `reach` (an address taken is every
    /// name it has: code may compare it with another).
    fn reach_rel(
        &self,
        r: &Rel,
        adjust: i64,
        depth: usize,
        branch: bool,
    ) -> Result<String, String> {
        Ok(format!(
            "{}{}",
            weak_mark(r),
            self.reach_rel_unmarked(r, adjust, depth, branch)?
        ))
    }

    fn reach_rel_unmarked(
        &self,
        r: &Rel,
        adjust: i64,
        depth: usize,
        branch: bool,
    ) -> Result<String, String> {
        if let (true, Some((name, value)), Reach::Place(sec, pos)) =
            (branch, &r.function, &r.target)
        {
            let at = pos + adjust;
            let in_self = *sec == self.sec && at >= 0 && self.inside(at as u64);
            if at == *value as i64 && !in_self {
                if let Some(s) = self
                    .ix
                    .function_symbols_at(*sec, *value)
                    .find(|s| &s.name == name)
                {
                    return Ok(self.function_name(*sec, s));
                }
            }
        }
        let reached = self.reach(&r.target, adjust, depth)?;
        // `arr+12` (one past the end, walked back from) or `x-4`: the
        // place is outside the object the relocation names, and code may
        // read that object from there: it is reached too.
        if let (Some((value, size)), Reach::Place(sec, pos)) = (r.object, &r.target) {
            let at = pos + adjust;
            if (at < value as i64 || at >= (value + size) as i64) && !self.ix.is_code(*sec) {
                return Ok(format!("{reached}|of:{}", self.place(*sec, value, depth)?));
            }
        }
        // `.rodata+12` where `arr` ends and `other` starts is either: the
        // object ending there is reached too, marked (`END_OF`) so that the
        // difference the ambiguity alone makes is "unknown", not "changed".
        if let (None, Reach::Place(sec, pos)) = (r.object, &r.target) {
            let at = pos + adjust;
            if at > 0 && !self.ix.is_code(*sec) {
                if let Some(prev) = self.ix.object_ending_at(*sec, at as u64) {
                    let prev = prev.value;
                    return Ok(format!(
                        "{reached}{END_OF}{}",
                        self.place(*sec, prev, depth)?
                    ));
                }
            }
        }
        Ok(reached)
    }

    /// How far the instruction `insns[k]` (bytes `raw`) reads from the address
    /// relocation `r` gives it.
    fn window_of(
        &self,
        insns: &[iced_x86::Instruction],
        k: usize,
        raw: &[u8],
        r: &Rel,
        is_label: &dyn Fn(u64) -> bool,
    ) -> Window {
        let ins = &insns[k];
        let co = dec_offsets(raw, ins.ip());
        let field = (r.offset - ins.ip()) as usize;
        let kind = if co.has_displacement() && field == co.displacement_offset() {
            Field::Displacement
        } else if co.has_immediate() && field == co.immediate_offset() {
            Field::Immediate
        } else {
            return Window::Escapes;
        };
        address_reads::window(insns, k, kind, is_label)
    }

    /// What a relocation reaches when the code reads only `b` from it (see
    /// `address_reads`): read-only data as the bytes read, writable data by
    /// its identity; the read must stay inside the object the place lies in
    /// (or the one the relocation names), the string, the constant, or the
    /// section, and an access that needs alignment says how aligned it is.
    /// `None` when an indexed read's bound is wider than that: the index
    /// then stays inside, as for an index of unknown range.
    fn bounded_read(
        &self,
        ins: &iced_x86::Instruction,
        r: &Rel,
        adjust: i64,
        b: &Bounded,
    ) -> Result<Option<String>, String> {
        let Reach::Place(sec, pos) = r.target else {
            return Ok(None);
        };
        let at = pos + adjust;
        let name = self.ix.name(sec);
        if at < 0 {
            return Err(format!("a reference before the start of {name}"));
        }
        let (lo, hi) = (at.saturating_add(b.lo), at.saturating_add(b.hi));
        let inside = |start: u64, end: u64| lo >= start as i64 && hi <= end as i64;
        let len = self.ix.section_bytes(sec).len() as u64;
        let in_extent = if lo == hi || r.object.is_some_and(|(v, s)| inside(v, v + s)) {
            // Nothing read, or inside the object the relocation names
            // (`arr+12` read back from).
            true
        } else if let Some(s) = self.ix.data_symbol_at(sec, at as u64) {
            inside(s.value, s.value + s.size)
        } else if let Some((start, _, end)) = self.ix.string_at(sec, at as u64) {
            inside(start, end)
        } else if let Some(e) = self.ix.constant_entry(sec) {
            let start = at as u64 - at as u64 % e;
            inside(start, start + e)
        } else {
            inside(0, len)
        };
        // A read past the object (an index mask wider than the array, a
        // constant index past its end) reaches its neighbours: in plain
        // read-only data, those bytes are what is compared; past a merged
        // string or constant, or among variables, what lies there is the
        // link's choice or another variable's identity: unknown.
        let merged = self.ix.flags.get(&sec).is_some_and(|f| f & 0x30 != 0);
        if !in_extent && (merged || self.ix.is_writable(sec) || !inside(0, len)) {
            return Err(format!(
                "+{:#x} {} bytes [{lo:#x}, {hi:#x}) of {name} from {name}+{at:#x}, outside what the place lies in: the bytes around it are not compared",
                ins.ip() - self.start,
                if b.indexed { "may read" } else { "reads" }
            ));
        }
        let mut text = if lo == hi {
            // The address is formed and never read through or passed on.
            "unread".to_string()
        } else if self.ix.is_writable(sec) {
            // By identity; the read stays inside it.
            format!("{}{}", weak_mark(r), self.reach(&r.target, adjust, 0)?)
        } else {
            // Widen to whole relocated fields the read overlaps.
            let rels = self
                .ix
                .relocs_in(sec, (lo as u64).saturating_sub(8), hi as u64);
            let lo = rels
                .iter()
                .filter(|f| f.offset < lo as u64 && f.offset + u64::from(f.size) > lo as u64)
                .map(|f| f.offset)
                .min()
                .unwrap_or(lo as u64);
            format!(
                "{}[{}..{}]:{{{}}}",
                section_kind(name),
                b.lo,
                b.hi,
                self.data_text(sec, lo, hi as u64, 0)?
            )
        };
        for &(off, need) in &b.aligned {
            let place = at.saturating_add(off).max(0) as u64;
            let sec_align = self.ix.align.get(&sec).copied().unwrap_or(1);
            let guaranteed = if place == 0 {
                sec_align
            } else {
                sec_align.min(1 << place.trailing_zeros())
            };
            text.push_str(&format!("|align{off:+}:{}", guaranteed.min(need)));
        }
        Ok(Some(text))
    }

    /// A load or store through a relocated `x(%rip)` must stay inside the
    /// object it lands in: only that object's bytes are compared (an 8-byte
    /// load of a 4-byte variable reads its neighbour).
    fn within_object(
        &self,
        ins: &iced_x86::Instruction,
        r: &Rel,
        adjust: i64,
    ) -> Result<(), String> {
        let width = ins.memory_size().size() as u64;
        if !ins.is_ip_rel_memory_operand() || width == 0 {
            return Ok(());
        }
        let Reach::Place(sec, pos) = r.target else {
            return Ok(());
        };
        let at = pos + adjust;
        if at < 0 || self.ix.is_code(sec) {
            return Ok(());
        }
        let at = at as u64;
        match self.ix.data_symbol_at(sec, at) {
            Some(s) if at + width > s.value + s.size => Err(format!(
                "+{:#x} accesses {width} bytes at {}+{:#x}, past the end of {} ({} bytes): the bytes after it are not compared",
                ins.ip() - self.start,
                self.ix.name(sec),
                at,
                s.name,
                s.size
            )),
            _ => Ok(()),
        }
    }

    /// A function symbol of section `sec` by its paired name, weak marked.
    fn function_name(&self, sec: usize, s: &Sym) -> String {
        let name = self.ix.symbol_identity(sec, s, self.renames);
        // A weak definition is what runs only if the link finds no other.
        let weak = if s.binding == "weak" { "[weak]" } else { "" };
        format!("fn:{name}{weak}")
    }

    /// What a relocation reaches, written without layout.
    fn reach(&self, target: &Reach, adjust: i64, depth: usize) -> Result<String, String> {
        match target {
            // `@` marks places in the form (see `end_pointer_edges`).
            Reach::External(name, addend) => Ok(format!(
                "{}{:+}",
                self.ix.external_name(name).replace('@', "%40"),
                addend + adjust
            )),
            Reach::Place(sec, pos) => {
                let pos = pos + adjust;
                if pos < 0 {
                    return Err(format!(
                        "a reference before the start of {}",
                        self.ix.name(*sec)
                    ));
                }
                self.place(*sec, pos as u64, depth)
            }
        }
    }

    fn place(&self, sec: usize, pos: u64, depth: usize) -> Result<String, String> {
        if sec == self.sec && self.inside(pos) {
            self.used_labels.set(true);
            return match self.labels.get(&pos) {
                Some(l) => Ok(format!("L{l}")),
                None => Err(format!(
                    "a reference to +{:#x} inside the function that is no instruction start",
                    pos - self.start
                )),
            };
        }
        if self.ix.is_code(sec) {
            return self.cached(sec, pos, depth, || self.code_identity(sec, pos));
        }
        // Data: a place of the data graph, compared beside the lines (data
        // refers to data in cycles and long chains; see `same_reached_data`).
        self.reached.borrow_mut().push((sec, pos));
        Ok("@".to_string())
    }

    /// What the data at `pos` of `sec` is, its references to other data
    /// written `@` (and added to `reached`).
    fn data_form(&self, sec: usize, pos: u64) -> Result<String, String> {
        self.cached(sec, pos, 0, || self.data_identity(sec, pos, 0))
    }

    /// What `place` says of (sec, pos) at the top level, from the object's cache
    /// when it did not depend on this function (its labels).
    fn cached(
        &self,
        sec: usize,
        pos: u64,
        depth: usize,
        compute: impl FnOnce() -> Result<String, String>,
    ) -> Result<String, String> {
        if depth > 0 {
            return compute();
        }
        if let Some(v) = self.ix.identities.borrow().get(&(sec, pos)) {
            return v.clone().map(|(text, children)| {
                self.reached.borrow_mut().extend(children);
                text
            });
        }
        let outer = self.used_labels.replace(false);
        let before = self.reached.borrow().len();
        let v = compute();
        let local = self.used_labels.get();
        self.used_labels.set(outer || local);
        if !local {
            let children = self.reached.borrow()[before..].to_vec();
            self.ix
                .identities
                .borrow_mut()
                .insert((sec, pos), v.clone().map(|t| (t, children)));
        }
        v
    }

    /// Another piece of code: the function there, by its paired name; code with
    /// no symbol (`.altinstr_aux`) by its instructions.
    /// Global symbols inside the function other than its names
    /// (`SYM_INNER_LABEL`, asm labels): another object may jump to them, so where each sits, by
    /// instruction number, is part of what the function is.
    fn inner_symbol_lines(&self, insns: &[iced_x86::Instruction]) -> Vec<String> {
        let syms = self
            .ix
            .symbols
            .get(&self.sec)
            .map_or(&[][..], Vec::as_slice);
        let lo = syms.partition_point(|s| s.value < self.start);
        let hi = syms.partition_point(|s| s.value < self.end);
        let mut out: Vec<String> = syms[lo..hi]
            .iter()
            .filter(|s| !(s.value == self.start && s.kind == SymbolKind::Text))
            .filter(|s| !s.name.is_empty() && !s.name.starts_with("__pfx_"))
            // A local symbol is reached only through this object's
            // relocations, which the form compares already.
            .filter(|s| s.binding != "local")
            .map(|s| {
                let k = insns.partition_point(|i| i.next_ip() <= s.value);
                let within = insns.get(k).map_or(0, |i| s.value - i.ip());
                format!(
                    "inner symbol {} {:?} {} at insn {k}+{within}",
                    s.name, s.kind, s.binding
                )
            })
            .collect();
        out.sort();
        out
    }

    /// What runs after the function's last instruction when it does not end
    /// the flow: the bytes up to the next symbol (as they are: a NOP and an
    /// `int3` are not the same there) and that symbol's code, or the end of
    /// the section.
    fn fall_through_line(&self) -> Result<String, String> {
        let code = self.ix.section_bytes(self.sec);
        let end_of_section = code.len() as u64;
        let syms = self
            .ix
            .symbols
            .get(&self.sec)
            .map_or(&[][..], Vec::as_slice);
        // Assembler temporaries (`.Ltmp12`, kept for `__patchable_function_entries`)
        // are renumbered by any change elsewhere: not a place's name.
        let next = syms[syms.partition_point(|s| s.value < self.end)..]
            .iter()
            .find(|s| !is_temporary(&s.name))
            .map(|s| s.value)
            .filter(|&v| v < end_of_section);
        let stop = next.unwrap_or(end_of_section);
        let gap = code.get(self.end as usize..stop as usize).unwrap_or(&[]);
        if !self.ix.relocs_in(self.sec, self.end, stop).is_empty() {
            return Err("it runs on past its end into bytes with relocations".into());
        }
        // (The padding `__patchable_function_entries` names is the next
        // function's prefix, compared in that function's form.)
        if let Some((table, at)) = self.ix.table_entry_in(self.sec, self.end, stop, |table| {
            table != "__patchable_function_entries"
        }) {
            return Err(format!(
                "it runs on past its end into bytes a {table} entry names ({})",
                from_start(at, self.start)
            ));
        }
        let into = match next {
            Some(v) => self.code_identity(self.sec, v)?,
            None => "the section's end".into(),
        };
        Ok(format!("falls through {} into {into}", hex(gap)))
    }

    fn code_identity(&self, sec: usize, pos: u64) -> Result<String, String> {
        self.code_identity_at(sec, pos, 0)
    }

    fn code_identity_at(&self, sec: usize, pos: u64, depth: usize) -> Result<String, String> {
        if self.ix.symbols.get(&sec).is_none_or(Vec::is_empty) && depth < 2 {
            return self.out_of_line(sec, pos, depth);
        }
        // A place where functions start: every name it has (an alias moved
        // to other code is then a different place).
        let mut names: Vec<String> = self
            .ix
            .function_symbols_at(sec, pos)
            .map(|s| self.function_name(sec, s))
            .collect();
        if !names.is_empty() {
            names.sort();
            return Ok(names.join("="));
        }
        match self.ix.code_symbol_at(sec, pos) {
            // An assembler temporary kept for a GOT reference names nothing:
            // what is there is (the bytes up to the next place, as out of line
            // code: `int3` and `nop` padding read as data differ).
            Some(s) if is_temporary(&s.name) => {
                if depth < 2 {
                    self.out_of_line(sec, pos, depth)
                } else {
                    Err(format!(
                        "a reference to code at an assembler label ({}+{pos:#x}) too deep to follow",
                        self.ix.name(sec)
                    ))
                }
            }
            // A label that is no function (`SYM_CODE`, a local label on
            // out-of-line code): what runs there runs for the code that
            // jumps to it (and back), compared here, as code with no
            // symbol is.
            Some(s) if s.kind != SymbolKind::Text => {
                if depth >= 2 {
                    return Err(format!(
                        "a reference to code at a label ({}) too deep to follow",
                        s.name
                    ));
                }
                Ok(format!(
                    "{}+{:#x}={}",
                    self.function_name(sec, s),
                    pos - s.value,
                    self.out_of_line(sec, pos, depth)?
                ))
            }
            Some(s) => Ok(format!(
                "{}+{:#x}{}",
                self.function_name(sec, s),
                pos - s.value,
                self.inner_place_bytes(sec, s, pos)
            )),
            None => Err(format!(
                "a reference to code outside any symbol ({}+{pos:#x})",
                self.ix.name(sec)
            )),
        }
    }

    /// How a place `pos` of code section `sec` lies once linked: the
    /// section's alignment and the place's offset modulo it (what code
    /// reading an address's low bits, or the kernel choosing a thunk by
    /// cache-line half, sees).
    fn code_alignment(&self, sec: usize, pos: u64) -> String {
        let align = self.ix.align.get(&sec).copied().unwrap_or(1).max(1);
        format!("{align}+{}", pos % align)
    }

    /// Whether code outside the function forms an address of its code (a
    /// relocated or assembler-resolved `lea f(%rip)`, `mov $f`, anything
    /// but a branch to it): the address may be computed from and entered
    /// anywhere (`lea f(%rip),%rcx; add $11,%rcx; jmp *%rcx`, blind review
    /// 113), so every byte counts, as where a table refers in.
    fn formed_elsewhere(&self) -> bool {
        let outside = |from: usize, at: u64| from != self.sec || !self.inside(at);
        let by_relocation = self.ix.incoming.get(&self.sec).is_some_and(|inc| {
            let lo = inc.partition_point(|&(p, _, _)| p < self.start);
            inc[lo..]
                .iter()
                .take_while(|&&(p, _, _)| p < self.end)
                .any(|&(_, from, field)| {
                    self.ix.is_code(from)
                        && outside(from, field)
                        && !is_metadata(self.ix.name(from))
                        && self
                            .ix
                            .code_uses(from)
                            .branch_fields
                            .binary_search(&field)
                            .is_err()
                })
        });
        by_relocation || {
            let uses = self.ix.code_uses(self.sec);
            let lo = uses.formed.partition_point(|&(p, _)| p < self.start);
            uses.formed[lo..]
                .iter()
                .take_while(|&&(p, _)| p < self.end)
                .any(|&(_, from)| outside(self.sec, from))
        }
    }

    /// Whether `ins` (with `relocs`, its relocations) forms an address of
    /// this function's own code: a call (relocated or not) to a place
    /// inside it, pushing the return address; a `lea` or load of a place
    /// inside it, the start too, RIP-relative or relocated.
    fn forms_own_address(&self, ins: &iced_x86::Instruction, relocs: &[Rel]) -> bool {
        let own = |at: i64| at >= self.start as i64 && at < self.end as i64;
        if ins.mnemonic() == Mnemonic::Call && is_relative_branch(ins) && relocs.is_empty() {
            return own(ins.near_branch_target() as i64);
        }
        if relocs.is_empty() {
            return ins.is_ip_rel_memory_operand() && own(ins.ip_rel_memory_address() as i64);
        }
        let branch = is_relative_branch(ins);
        if branch && ins.mnemonic() != Mnemonic::Call {
            return false;
        }
        relocs.iter().any(|r| match r.target {
            Reach::Place(t, p) if t == self.sec => {
                let adjust = if pc_relative(r.r_type) {
                    (ins.next_ip() - r.offset) as i64
                } else {
                    0
                };
                own(p + adjust)
            }
            _ => false,
        })
    }

    /// What an instruction that is no branch uses of code at `pos` of `sec`
    /// beyond its name: a load reads the bytes themselves (`is_endbr()`
    /// reading a function's entry); an address of this function's own code
    /// (`lea 1f`) the bytes from there to the end, which its labels leave
    /// out. An address inside another function carries its bytes in its
    /// name already (`inner_place_bytes`).
    fn code_bytes_used(&self, ins: &iced_x86::Instruction, sec: usize, pos: u64) -> String {
        let code = self.ix.section_bytes(sec);
        let is_load = ins.is_ip_rel_memory_operand()
            && ins.mnemonic() != Mnemonic::Lea
            && ins.memory_size().size() > 0;
        let end = if is_load {
            pos + ins.memory_size().size() as u64
        } else if sec == self.sec && self.inside(pos) && pos > self.start {
            // An address of this function's own code, formed (`lea 1f`,
            // `_THIS_IP_`): code may read from it; the label alone leaves
            // out encodings (a NOP's shape, a branch's width).
            self.end
        } else {
            // Another function's: its place carries the bytes already
            // (`inner_place_bytes`).
            return String::new();
        };
        let bytes = code
            .get(pos as usize..(end as usize).min(code.len()))
            .unwrap_or(&[]);
        format!(
            "[{} {}]",
            if is_load { "reads" } else { "from" },
            hex(bytes)
        )
    }

    /// A place inside function `s` other than its start, for what reaches it
    /// from elsewhere (replacement code, a fixup, a table, another function):
    /// in its trailing padding, that padding and what follows
    /// (`padding_tail`); else the bytes that run from there to the end of
    /// the function: where `f+0x10` lands depends on encodings
    /// `f`'s own form leaves out (a short or near `jne`).
    fn inner_place_bytes(&self, sec: usize, s: &Sym, pos: u64) -> String {
        let end = s.value + s.size;
        if pos == s.value || pos >= end {
            return String::new();
        }
        let tail = self.padding_tail(sec, s, pos);
        if !tail.is_empty() {
            return tail;
        }
        let code = self.ix.section_bytes(sec);
        let bytes = code
            .get(pos as usize..(end as usize).min(code.len()))
            .unwrap_or(&[]);
        format!("[runs {}]", hex(bytes))
    }

    /// A place in a function's trailing padding (which its form leaves out)
    /// is what lies there: the bytes to the symbol's end, and the function
    /// code running on from there reaches. Elsewhere in a function: nothing
    /// (its form holds that code). `pos` lies inside `s`, past its start.
    fn padding_tail(&self, sec: usize, s: &Sym, pos: u64) -> String {
        let end = s.value + s.size;
        let code = self.ix.section_bytes(sec);
        let Some(tail) = code.get(pos as usize..end as usize) else {
            return String::new();
        };
        if !only_padding(tail) {
            return String::new();
        }
        let mut next: Vec<String> = self
            .ix
            .function_symbols_at(sec, end)
            .map(|n| self.function_name(sec, n))
            .collect();
        next.sort();
        format!("[padding {} then {}]", hex(tail), next.join("="))
    }

    /// Code in a section without symbols, from `pos` to the next place anything
    /// refers to: its instructions, with what they reach.
    fn out_of_line(&self, sec: usize, pos: u64, depth: usize) -> Result<String, String> {
        let data = self.ix.section_bytes(sec);
        let end = self
            .ix
            .boundaries
            .get(&sec)
            .and_then(|b| b.range(pos + 1..).next().copied())
            .unwrap_or(data.len() as u64)
            .min(pos + 256);
        let bytes = data
            .get(pos as usize..end as usize)
            .ok_or("out-of-line code past its section's end")?;
        if let Some((table, at)) = self.ix.table_entry_in(sec, pos, end, |_| true) {
            return Err(format!(
                "a {table} entry names out-of-line code at {}+{at:#x}, which is compared as bytes",
                self.ix.name(sec)
            ));
        }
        let mut lines = Vec::new();
        let mut dec = Decoder::with_ip(64, bytes, pos, DecoderOptions::NONE);
        let mut runs_on = true;
        while dec.can_decode() {
            let ins = dec.decode();
            // (Bytes cut at `end` decode as nothing: they run on too.)
            runs_on = can_fall_through(&ins) || ins.is_invalid();
            let raw = &bytes[(ins.ip() - pos) as usize..(ins.next_ip() - pos) as usize];
            let relocs = self.ix.relocs_in(sec, ins.ip(), ins.next_ip());
            let (mut masked, mut notes) = relocated_fields(&ins, raw, relocs, |r, adjust| {
                let reached = match &r.target {
                    Reach::Place(t, p) if self.ix.is_code(*t) && *t != self.sec => {
                        self.code_identity_at(*t, (p + adjust).max(0) as u64, depth + 1)
                    }
                    other => self.reach(other, adjust, depth + 1),
                }?;
                Ok(format!("{}{reached}", weak_mark(r)))
            })?;
            if relocs.is_empty() && is_relative_branch(&ins) {
                let t = ins.near_branch_target();
                if !(pos..end).contains(&t) {
                    return Err(format!(
                        "out-of-line code at {}+{pos:#x} branches where rspill cannot follow",
                        self.ix.name(sec)
                    ));
                }
                let width = branch_displacement_width(&ins);
                for m in masked.iter_mut().rev().take(width) {
                    *m = None;
                }
                notes.push(format!("->+{:#x}", t - pos));
            }
            let text = masked_hex(&masked);
            lines.push(line(text, &notes));
        }
        // What runs next when it runs on past the bytes written here: the
        // place there (a chain too long to follow is "unknown").
        let then = if runs_on && end < data.len() as u64 {
            format!(" then {}", self.code_identity_at(sec, end, depth + 1)?)
        } else {
            String::new()
        };
        Ok(format!(
            "ool:{}{{{}}}{then}",
            section_kind(self.ix.name(sec)),
            lines.join("; ")
        ))
    }

    /// Data: by content when read-only, by name when writable.
    fn data_identity(&self, sec: usize, pos: u64, depth: usize) -> Result<String, String> {
        let name = self.ix.name(sec);
        if self.ix.is_writable(sec) {
            return Ok(match self.ix.data_symbol_at(sec, pos) {
                // A variable by name, its section (`.data..once`, per-cpu,
                // `.init.data`, `ro_after_init` mean different lifetimes and
                // rules) and its initial value (what it holds until written),
                // with what its relocated fields reach (a function pointer).
                // A static (local) variable has no name outside the object:
                // which one it is, is the one-to-one pairing of places
                // (gcc's `done.0`/`done.1` renumbered are the same pair of
                // flags); global names on its storage are its identity.
                Some(s) => format!(
                    "var:{}@{name}={}+{:#x}",
                    self.linkage_names(sec, s.value),
                    self.data_text(sec, s.value, s.value + s.size, depth)?,
                    pos - s.value
                ),
                // Without a symbol, which variable it is shows only in the
                // layout: the place, the section's initial contents, and who
                // refers where into it (so a function switching to another
                // variable, or two variables swapping places, is a change).
                None => format!(
                    "var:{name}+{pos:#x}={}#refs={}",
                    self.section_text(sec, depth)?,
                    self.references_into(sec)
                ),
            });
        }
        let flags = self.ix.flags.get(&sec).copied().unwrap_or(0);
        let data = self.ix.section_bytes(sec);
        let kind = section_kind(name);
        // Merged strings: the whole string the place lies in (code may read
        // before the place it names), in characters of the section's entry
        // size (`.rodata.str2.2`: a 16-bit zero ends it), and where in it.
        let entsize = self.ix.entsize.get(&sec).copied().unwrap_or(0);
        if flags & 0x20 != 0 {
            let w = entsize.max(1);
            if pos as usize >= data.len() {
                return Err("a string past its section's end".into());
            }
            let (start, chars_end, _) = self.ix.string_at(sec, pos).unwrap_or((pos, pos, pos));
            let text = &data[start as usize..chars_end as usize];
            return Ok(format!("str{w}:{}+{:#x}", hex(text), pos - start));
        }
        // A section that holds one string and nothing else is what a merged
        // string is: those bytes, with what lies around them up to the link
        // (`.rodata` vs `.rodata.str1.1`).
        if section_kind(name) == ".rodata"
            && data.len() > 1
            && data.iter().position(|&c| c == 0) == Some(data.len() - 1)
            && self.ix.relocs.get(sec).is_none_or(Vec::is_empty)
            && self.ix.data_symbol_at(sec, pos).is_none()
        {
            return Ok(format!("str1:{}+{pos:#x}", hex(&data[..data.len() - 1])));
        }
        // Merged constants: one entry.
        if flags & 0x10 != 0 && entsize > 0 {
            // The entry from `pos`, cut at the section's end (a reference may
            // point past the last entry's start: then it is the bytes left).
            let e = data
                .get(pos as usize..((pos + entsize) as usize).min(data.len()))
                .ok_or("a constant past its section's end")?;
            return Ok(format!("const:{}", hex(e)));
        }
        match self.ix.data_symbol_at(sec, pos) {
            Some(s) => {
                let text = self.data_text(sec, s.value, s.value + s.size, depth)?;
                Ok(format!("{kind}:{{{text}}}+{:#x}", pos - s.value))
            }
            // No object says how far a read from here goes (a wider load, an
            // index, a table): the whole section, and where in it.
            None => Ok(format!(
                "{kind}:{{{}}}+{pos:#x}",
                self.section_text(sec, depth)?
            )),
        }
    }

    /// The global and weak names of the storage at `value` of `sec`, sorted
    /// (`static` when it has none).
    fn linkage_names(&self, sec: usize, value: u64) -> String {
        let mut names: Vec<String> = self
            .ix
            .symbols_at(sec, value)
            .iter()
            .filter(|s| s.binding != "local")
            .map(|s| format!("{}[{}]", s.name, s.binding))
            .collect();
        if names.is_empty() {
            return "static".to_string();
        }
        names.sort();
        names.join("=")
    }

    /// A whole data section's bytes and what its relocations reach.
    fn section_text(&self, sec: usize, depth: usize) -> Result<String, String> {
        let len = self.ix.section_bytes(sec).len() as u64;
        self.data_text(sec, 0, len, depth)
    }

    /// Bytes `[lo, hi)` of data section `sec`, relocated fields replaced by what
    /// they reach (other data, in this section or another, as a place of the
    /// data graph: `@`).
    fn data_text(&self, sec: usize, lo: u64, hi: u64, depth: usize) -> Result<String, String> {
        let name = self.ix.name(sec);
        let content = self
            .ix
            .section_bytes(sec)
            .get(lo as usize..hi as usize)
            .ok_or_else(|| format!("data past the end of {name}"))?;
        let mut text = String::new();
        let mut at = lo;
        for r in self.ix.relocs_in(sec, lo, hi) {
            text.push_str(&hex(
                &content[(at - lo) as usize..(r.offset.max(at) - lo) as usize]
            ));
            let adjust = self.ix.data_field_adjust(sec, r);
            // Data here and elsewhere alike is a place of the data graph.
            let reached = self.reach_rel(r, adjust, depth + 1, false)?;
            text.push_str(&format!("[{}:{reached}]", r.r_type));
            at = (r.offset + u64::from(r.size)).min(hi);
        }
        text.push_str(&hex(&content[(at - lo) as usize..]));
        Ok(text)
    }

    /// Who refers where into section `sec`: every reference's place, and the
    /// function (by paired name) or data section it comes from.
    fn references_into(&self, sec: usize) -> String {
        let mut refs: Vec<String> = self
            .ix
            .incoming
            .get(&sec)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&(pos, from, field)| {
                let who = if self.ix.is_code(from) {
                    match self.ix.code_symbol_at(from, field) {
                        Some(s) => self.ix.symbol_identity(from, s, self.renames),
                        None => format!("{}{field:+#x}", self.ix.name(from)),
                    }
                } else {
                    format!("{}{field:+#x}", self.ix.name(from))
                };
                format!("{pos:#x}<{who}")
            })
            .collect();
        refs.sort();
        refs.join(",")
    }

    /// Kernel tables that patch or redirect the function.
    /// Each entry's line, the data places it reached and, for an alternative,
    /// its place in `.altinstructions` (the kernel applies them in table order).
    fn table_lines(&self) -> Result<Vec<TableLine>, String> {
        let mut out = Vec::new();
        let mut alt_at: HashMap<usize, AltPlace> = HashMap::new();
        let Some(inc) = self.ix.incoming.get(&self.sec) else {
            return Ok(Vec::new());
        };
        let lo = inc.partition_point(|&(p, _, _)| p < self.start);
        // The data places each entry's line reached (at most one line per entry).
        let mark = self.reached.borrow().len();
        let mut places: Vec<Vec<DataPlace>> = Vec::new();
        let mut close_entry = |out: &Vec<String>| {
            let new = self.reached.borrow_mut().split_off(mark);
            if out.len() > places.len() {
                places.push(new);
            }
        };
        let mut same_place: HashMap<(usize, u64), usize> = HashMap::new();
        for &(pos, from, field) in &inc[lo..] {
            close_entry(&out);
            if pos >= self.end {
                break;
            }
            let table = self.ix.name(from);
            if self.ix.is_code(from) || is_metadata(table) {
                continue;
            }
            // A table the image does not load, or the link drops, patches
            // nothing: said on each of its entries.
            let table_flags = self.ix.flags.get(&from).copied().unwrap_or(0);
            let dropped = if table_flags & SHF_ALLOC == 0 || table_flags & SHF_EXCLUDE != 0 {
                format!(" [{table} flags {table_flags:#x}: not in the image]")
            } else {
                String::new()
            };
            let before = out.len();
            let label = self
                .labels
                .get(&pos)
                .map_or("?".to_string(), |l| format!("L{l}"));
            let entry = |size: u64| -> Option<(u64, &[u8])> {
                let data = self.ix.section_bytes(from);
                let start = field - field % size;
                Some((start, data.get(start as usize..(start + size) as usize)?))
            };
            let field_text = |entry_start: u64, off: u64| -> Result<String, String> {
                // The relocation's type too: the kernel reads these fields
                // as self-relative offsets; an absolute one is another place.
                match self
                    .ix
                    .relocs_in(from, entry_start + off, entry_start + off + 1)
                    .first()
                {
                    Some(r) => Ok(format!("{}:{}", r.r_type, self.reach_rel(r, 0, 0, false)?)),
                    None => Ok("none".to_string()),
                }
            };
            match table {
                ".altinstructions" => {
                    let (e, b) =
                        entry(ALT_ENTRY_SIZE).ok_or("a truncated .altinstructions entry")?;
                    if field != e {
                        continue;
                    }
                    let flags = u32::from_le_bytes(b[8..12].try_into().unwrap_or_default());
                    let (orig, repl) = (b[12], b[13]);
                    let replacement = match self.ix.relocs_in(from, e + 4, e + 5).first() {
                        Some(Rel {
                            target: Reach::Place(rs, rp),
                            ..
                        }) if *rp >= 0 => self.replacement(*rs, *rp as u64, u64::from(repl))?,
                        _ => return Err("an .altinstructions entry without its replacement".into()),
                    };
                    alt_at.insert(
                        out.len(),
                        AltPlace {
                            site: pos,
                            len: u64::from(orig),
                            entry: e,
                        },
                    );
                    out.push(format!(
                        "alt {label} flags={flags:#x} len={orig}/{repl} [{}]",
                        replacement.join("; ")
                    ));
                }
                "__ex_table" => {
                    let (e, b) = entry(12).ok_or("a truncated __ex_table entry")?;
                    let data = u32::from_le_bytes(b[8..12].try_into().unwrap_or_default());
                    out.push(format!(
                        "ex insn={} fixup={} data={data:#x}",
                        field_text(e, 0)?,
                        field_text(e, 4)?
                    ));
                }
                "__jump_table" => {
                    let (e, _) = entry(16).ok_or("a truncated __jump_table entry")?;
                    out.push(format!(
                        "jump_label code={} target={} key={}",
                        field_text(e, 0)?,
                        field_text(e, 4)?,
                        field_text(e, 8)?
                    ));
                }
                ".static_call_sites" => {
                    let (e, _) = entry(8).ok_or("a truncated .static_call_sites entry")?;
                    out.push(format!(
                        "static_call {} key={}",
                        field_text(e, 0)?,
                        field_text(e, 4)?
                    ));
                }
                "__bug_table" => {
                    // Up to the next entry's address field (12 or 8 bytes, by config).
                    let data = self.ix.section_bytes(from);
                    let next = self
                        .ix
                        .relocs
                        .get(from)
                        .and_then(|v| {
                            v.iter().find(|r| {
                                r.offset > field
                                    && matches!(r.target, Reach::Place(t, _) if self.ix.is_code(t))
                            })
                        })
                        .map_or(data.len() as u64, |r| r.offset);
                    // CONFIG_DEBUG_BUGVERBOSE's entry (s32 addr, s32 file, u16
                    // line, u16 flags): the line number only labels the report,
                    // as line numbers do everywhere else in the comparison.
                    let relocs = self.ix.relocs_in(from, field + 4, next);
                    let verbose = next == field + 12
                        && relocs.len() == 1
                        && relocs[0].offset == field + 4
                        && relocs[0].size == 4;
                    let data: Vec<u8> = if verbose {
                        let mut d = data.to_vec();
                        for b in d.iter_mut().skip(field as usize + 8).take(2) {
                            *b = 0;
                        }
                        d
                    } else {
                        data.to_vec()
                    };
                    let mut text = String::new();
                    let mut at = field + 4;
                    for r in relocs {
                        text.push_str(&hex(data
                            .get(at as usize..r.offset as usize)
                            .unwrap_or(&[])));
                        text.push_str(&format!("[{}]", self.reach_rel(r, 0, 0, false)?));
                        at = r.offset + u64::from(r.size);
                    }
                    text.push_str(&hex(data.get(at as usize..next as usize).unwrap_or(&[])));
                    out.push(format!("bug {label} {text}"));
                }
                // A link-order table's entry goes with the section it names.
                t if POSITION_TABLES.contains(&t) => match self.ix.links.get(&from) {
                    Some(&linked) => out.push(format!(
                        "{t} {label} with:{}",
                        self.ix.section_tag(linked, self.renames)
                    )),
                    None => out.push(format!("{t} {label}")),
                },
                t if is_field_patch_table(t) => {
                    // The instruction containing the patched field, and where in it.
                    // (Before the first label: counted from the start.)
                    let after = self
                        .labels
                        .range(..=pos)
                        .next_back()
                        .map_or("start".to_string(), |(_, &l)| format!("L{l}"));
                    out.push(format!("{t} insn-after-{after}+{:#x}", pos - self.start));
                }
                // Data that points at the function's start names it (function
                // pointers, ops tables); data that points inside it is read by
                // code that reads the data (jump tables), compared there.
                t if t.starts_with(".rodata") || t.starts_with(".data") => {}
                // So do the kernel's tables of functions to call. Another
                // table may patch the bytes it names, the start too
                // (`.parainstructions`: blind review 98), which would run
                // other code under the same bytes.
                t if pos == self.start && lists_functions_to_call(t) => {}
                t => {
                    return Err(format!(
                        "{t} refers to +{:#x} and rspill does not know that table's format (the kernel may patch code from it)",
                        pos - self.start
                    ));
                }
            }
            if out.len() > before {
                let entry = out.last_mut().expect("an entry was just written");
                // The type of the field that names this place: the kernel
                // reads it as an offset from itself (or as an address);
                // another type is another place.
                if let Some(r) = self.ix.relocs_in(from, field, field + 1).first() {
                    entry.push_str(&format!(" rt:{}", r.r_type));
                }
                entry.push_str(&dropped);
                // Entries of one table for the same place keep their order:
                // the kernel takes the first match (`find_bug`).
                let n = same_place.entry((from, pos)).or_insert(0);
                if *n > 0 {
                    entry.push_str(&format!(" then#{n}"));
                }
                *n += 1;
            }
        }
        close_entry(&out);
        Ok(out
            .into_iter()
            .zip(places)
            .enumerate()
            .map(|(i, (text, places))| (text, places, alt_at.get(&i).copied()))
            .collect())
    }

    /// Replacement code of an alternative, decoded, with its relocations.
    fn replacement(&self, sec: usize, pos: u64, len: u64) -> Result<Vec<String>, String> {
        let data = self.ix.section_bytes(sec);
        let bytes = data
            .get(pos as usize..(pos + len) as usize)
            .ok_or("an alternative's replacement past its section's end")?;
        if let Some(r) = self.ix.relocation_across(sec, pos, pos + len) {
            return Err(format!(
                "a relocated field at {}{:+#x} ({} bytes) crosses the edge of an alternative's replacement",
                self.ix.name(sec),
                r.offset,
                r.size
            ));
        }
        let mut out = Vec::new();
        let mut dec = Decoder::with_ip(64, bytes, pos, DecoderOptions::NONE);
        while dec.can_decode() {
            let ins = dec.decode();
            let raw = &bytes[(ins.ip() - pos) as usize..(ins.next_ip() - pos) as usize];
            let relocs = self.ix.relocs_in(sec, ins.ip(), ins.next_ip());
            if relocs.is_empty()
                && is_relative_branch(&ins)
                && !(pos..pos + len).contains(&ins.near_branch_target())
            {
                // Its target's bytes are not the replacement's (the kernel
                // keeps such a jump's target where it is, in the replacement
                // section, even right after the replacement).
                return Err(format!(
                    "a branch in an alternative's replacement at {}{:+#x} leaves it with no relocation",
                    self.ix.name(sec),
                    ins.ip()
                ));
            }
            let (masked, notes) = relocated_fields(&ins, raw, relocs, |r, adjust| {
                self.reach_rel(r, adjust, 0, is_relative_branch(&ins))
            })?;
            let text = masked_hex(&masked);
            out.push(line(text, &notes));
        }
        Ok(out)
    }
}

impl ObjectIndex {
    /// Everything of the object that can matter at run time, with section
    /// indices replaced by names: the non-metadata sections (name, flags,
    /// bytes, relocations) and the symbols defined in them. Two objects with
    /// equal contents run alike whatever their debug info (the common case of
    /// a source change that only moved lines).
    pub fn runtime_content(&self) -> Vec<String> {
        let mut out = Vec::new();
        // Sections that share a name (`,unique,N`) by their rank among
        // them: equal contents then mean the same section for the same
        // reference (a call into the other `.text.h` is another call). A
        // permutation of such sections compares unequal here and is left
        // to the full comparison.
        let rank = self.ranked_section_names();
        let ranked = |s: usize| rank.get(&s).map_or("?", String::as_str);
        let target = |r: &Rel| ranked_target(r, &rank);
        for (&sec, data) in &self.bytes {
            // The alignment too: an aligned access (`movaps`) relies on it;
            // and the section a link-order section goes with.
            let mut line = format!(
                "{} {:#x} align {:#x} entsize {:#x} link {} {}",
                ranked(sec),
                self.flags.get(&sec).copied().unwrap_or(0),
                self.align.get(&sec).copied().unwrap_or(1),
                self.entsize.get(&sec).copied().unwrap_or(0),
                self.links.get(&sec).map_or("-", |&l| ranked(l)),
                hex(data)
            );
            for r in self.relocs.get(sec).map_or(&[][..], Vec::as_slice) {
                line.push_str(&format!(" @{:#x}:{}:{}", r.offset, r.r_type, target(r)));
            }
            out.push(line);
            for s in self.symbols.get(&sec).map_or(&[][..], Vec::as_slice) {
                out.push(format!(
                    "sym {} {} {:#x} {:#x} {:?} {}",
                    s.name,
                    ranked(sec),
                    s.value,
                    s.size,
                    s.kind,
                    s.binding
                ));
            }
        }
        out.extend(self.linkage.iter().map(|l| format!("link {l}")));
        out.extend(
            self.loaded_metadata
                .iter()
                .map(|(n, t)| format!("loaded {n} {t}")),
        );
        // What keeps an ENDBR from being sealed, from sections not compared
        // above too (`ibt_address_takes`).
        out.extend(
            self.ibt_address_taken
                .iter()
                .map(|(&(sec, at, weak), keep)| {
                    format!(
                        "ibt address taken {}+{at:#x} weak {weak} {keep:?}",
                        ranked(sec)
                    )
                }),
        );
        out.sort();
        out
    }

    /// An undefined symbol's name in forms; one that is also a section's
    /// name (`.text`) is marked, so that it never reads as that section.
    fn external_name<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        if self.name_count.contains_key(name) {
            format!("{name}[undefined symbol]").into()
        } else {
            name.into()
        }
    }

    /// A code symbol's name in forms: as `renames` pairs it, and where another
    /// symbol defined in code bears the same name and the pairing does not
    /// tell them apart (labels rather than functions), with its section and
    /// its rank among its namesakes there.
    fn symbol_identity(&self, sec: usize, s: &Sym, renames: &Renames) -> String {
        let id = renames.identity(sec, s);
        if renames.pairs(sec, s) || self.code_name_count.get(&s.name).is_none_or(|&n| n <= 1) {
            return id.to_string();
        }
        let rank = self.symbols.get(&sec).map_or(0, |v| {
            v.iter()
                .filter(|t| t.name == s.name && t.value < s.value)
                .count()
        });
        format!("{id}@{}#{rank}", self.section_tag(sec, renames))
    }

    /// A place in code for data that points there: the symbol it lies in and
    /// the offset, never an assembler temporary (renumbered by any change);
    /// before a function (its patchable prefix) by that function, negative.
    /// Outside every symbol, the bytes from `pos` to the symbol after it are
    /// part of the name: a patchable prefix's bytes are what ftrace patches,
    /// padding reached through a label is what runs.
    fn code_place_name(&self, sec: usize, pos: u64, renames: &Renames) -> String {
        if let Some(s) = self
            .code_symbol_at(sec, pos)
            .filter(|s| !is_temporary(&s.name))
        {
            return format!(
                "{}{:+#x}",
                self.symbol_identity(sec, s, renames),
                pos - s.value
            );
        }
        let code = self.section_bytes(sec);
        let syms = self.symbols.get(&sec).map_or(&[][..], Vec::as_slice);
        match syms[syms.partition_point(|s| s.value < pos)..]
            .iter()
            .find(|s| !is_temporary(&s.name))
            .filter(|s| s.value - pos <= 64)
        {
            Some(s) => format!(
                "{}-{:#x}[{}]",
                self.symbol_identity(sec, s, renames),
                s.value - pos,
                hex(code.get(pos as usize..s.value as usize).unwrap_or(&[]))
            ),
            None => {
                // A relocation here may reach back into a place being named
                // (a replacement's `jmp` to itself or its own end): named by
                // its position, its content is in the name it is inside. A
                // chain too long to follow makes the comparison "unknown".
                let _naming = match NamingPlace::enter(sec, pos) {
                    Ok(naming) => naming,
                    Err(mark) => {
                        return format!("{}{pos:+#x}{mark}", self.section_tag(sec, renames));
                    }
                };
                let end = self
                    .boundaries
                    .get(&sec)
                    .and_then(|b| b.range(pos + 1..).next().copied())
                    .unwrap_or(code.len() as u64)
                    .min(pos + 64);
                let relocs: Vec<String> = self
                    .relocs_in(sec, pos, end)
                    .iter()
                    .map(|r| self.shallow_target(r, renames))
                    .collect();
                format!(
                    "{}{pos:+#x}[{}{}]",
                    self.section_tag(sec, renames),
                    hex(code.get(pos as usize..end as usize).unwrap_or(&[])),
                    relocs.join("")
                )
            }
        }
    }

    /// A section by name, and where other sections share the name
    /// (`,unique,N`) by what tells it from them: the symbols defined in it,
    /// else its bytes and what its relocations name. Siblings that cannot be
    /// told apart so are marked `AMBIGUOUS` (the comparison says "unknown").
    fn section_tag(&self, sec: usize, renames: &Renames) -> String {
        let name = self.name(sec);
        if self.name_count.get(name).copied().unwrap_or(1) <= 1 {
            return name.to_string();
        }
        let tag = |i: usize| -> String {
            let mut syms: Vec<&str> = self
                .symbols
                .get(&i)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .filter(|s| !is_temporary(&s.name))
                .map(|s| renames.identity(i, s))
                .collect();
            syms.sort_unstable();
            if !syms.is_empty() {
                return format!("{name}{{{}}}", syms.join(","));
            }
            let relocs: Vec<String> = self
                .relocs
                .get(i)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|r| match &r.target {
                    Reach::External(n, a) => format!(
                        "@{:#x}:{}:{}{a:+}",
                        r.offset,
                        r.r_type,
                        self.external_name(n)
                    ),
                    Reach::Place(t, p) => format!(
                        "@{:#x}:{}:{}{}{p:+}",
                        r.offset,
                        r.r_type,
                        weak_mark(r),
                        self.name(*t)
                    ),
                })
                .collect();
            format!(
                "{name}{{{}{}}}",
                hex(self.section_bytes(i)),
                relocs.join("")
            )
        };
        let own = tag(sec);
        let twin = self
            .names
            .iter()
            .any(|(&i, n)| i != sec && n == name && tag(i) == own);
        if twin {
            format!("{own}{AMBIGUOUS}")
        } else {
            own
        }
    }

    /// What a relocation of data or of code outside functions reaches,
    /// without following it: an external symbol, a place in code by
    /// `code_place_name`, a place in data by its section's tag and offset.
    fn shallow_target(&self, r: &Rel, renames: &Renames) -> String {
        let reached = match &r.target {
            Reach::External(n, a) => format!("{}{a:+}", self.external_name(n)),
            Reach::Place(t, p) if self.is_code(*t) && *p >= 0 => {
                self.code_place_name(*t, *p as u64, renames)
            }
            Reach::Place(t, p) => format!("{}{p:+#x}", self.section_tag(*t, renames)),
        };
        format!("[{}:{}{reached}]", r.r_type, weak_mark(r))
    }

    /// The symbols other objects bind to, sorted: a function turned local or
    /// into an IFUNC, an absolute constant, a common symbol's size.
    pub fn linkage(&self) -> Vec<String> {
        let mut l = self.linkage.clone();
        l.sort();
        l
    }

    /// Every section that is neither code nor metadata, as it is at run time:
    /// flags, alignment, size, the bytes with relocated fields written as what
    /// they reach (code by the function it lies in and the offset there, so
    /// that layout does not show; data by section and offset), and the symbols
    /// defined in it. Function comparisons see only the data their code reads;
    /// this sees the rest (initialisers, tables of other subsystems, boot-time
    /// lists such as initcalls, data whose address escapes). Keyed by section
    /// name (`#n` for repeats). `__bug_table` line numbers are masked, as line
    /// numbers are everywhere in the comparison. Entries of the kernel tables
    /// that land inside a function are left to that function's form (where a
    /// changed function already says so); the rest are compared here.
    pub fn data_sections(&self, renames: &Renames) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (&sec, data) in &self.bytes {
            let flags = self.flags.get(&sec).copied().unwrap_or(0);
            // Allocated (SHF_ALLOC) and not code.
            if flags & 0x2 == 0 || self.is_code(sec) {
                continue;
            }
            let name = self.name(sec);
            let relocs = self.relocs.get(sec).map_or(&[][..], Vec::as_slice);
            let mut bytes = data.clone();
            // Only where every 12-byte entry has its two pointers where the
            // verbose layout puts them (+0 code, +4 file name): another layout's
            // bytes are not masked.
            let verbose_bugs = name == "__bug_table"
                && bytes.len() % 12 == 0
                && relocs.len() == bytes.len() / 6
                && relocs
                    .iter()
                    .enumerate()
                    .all(|(i, r)| r.offset as usize == (i / 2) * 12 + (i % 2) * 4 && r.size == 4);
            if verbose_bugs {
                // CONFIG_DEBUG_BUGVERBOSE: s32 addr, s32 file, u16 line, u16 flags.
                for entry in bytes.chunks_mut(12) {
                    entry[8] = 0;
                    entry[9] = 0;
                }
            }
            let syms = self.symbols.get(&sec).map_or(&[][..], Vec::as_slice);
            if bytes.is_empty() && syms.is_empty() {
                // An empty .data/.bss some assemblers always emit.
                continue;
            }
            let head = format!(
                "flags {flags:#x} align {:#x} entsize {:#x} size {:#x}",
                self.align.get(&sec).copied().unwrap_or(1),
                self.entsize.get(&sec).copied().unwrap_or(0),
                bytes.len()
            );
            // Kernel tables whose entries the kernel sorts or applies per site
            // are sets of entries (the order of alternatives for one site is
            // in the function's form); anything else is one run of bytes.
            let table = table_entry_size(name).filter(|e| bytes.len() % e == 0);
            let entry = table.unwrap_or(bytes.len().max(1));
            let mut entries: Vec<String> = Vec::new();
            let mut rel = relocs.iter().peekable();
            for (k, chunk) in bytes.chunks(entry).enumerate() {
                let base = k * entry;
                let mut text = String::new();
                let mut at = 0usize;
                // A table entry that lands inside a function is part of that
                // function's form (`table_lines`), compared there.
                let mut in_a_function = false;
                while let Some(r) = rel.next_if(|r| (r.offset as usize) < base + chunk.len()) {
                    if let Reach::Place(t, p) = r.target {
                        let landing = p + self.data_field_adjust(sec, r);
                        in_a_function |= landing >= 0
                            && self.is_code(t)
                            && self
                                .code_symbol_at(t, landing as u64)
                                .is_some_and(|s| s.size > 0 && (landing as u64) < s.value + s.size);
                    }
                    let off = (r.offset as usize).saturating_sub(base).min(chunk.len());
                    text.push_str(&hex(chunk.get(at.min(off)..off).unwrap_or(&[])));
                    text.push_str(&self.shallow_target(r, renames));
                    at = off + usize::from(r.size);
                }
                text.push_str(&hex(chunk.get(at.min(chunk.len())..).unwrap_or(&[])));
                if !(table.is_some() && in_a_function) {
                    entries.push(text);
                }
            }
            // A link-order section goes with the section it names (kept or
            // discarded with it, placed in its order): its entries say which.
            if let Some(&linked) = self.links.get(&sec) {
                let with = format!("with:{} ", self.section_tag(linked, renames));
                for e in &mut entries {
                    e.insert_str(0, &with);
                }
            }
            // Relocations past the bytes (a malformed object): still content.
            entries.extend(rel.map(|r| format!("@{:#x}:{}", r.offset, r.r_type)));
            if table.is_some() {
                entries.sort();
            }
            if table.is_some() {
                // Kernel tables may come as one section per function
                // (`__patchable_function_entries`): one set per name.
                tables.entry(name.to_string()).or_default().extend(entries);
                continue;
            }
            let text = format!("{head} {}", entries.join(" "));
            let mut lines = vec![text];
            for s in syms {
                lines.push(format!(
                    "sym {} {:#x} {:#x} {:?} {}",
                    s.name, s.value, s.size, s.kind, s.binding
                ));
            }
            let mut key = name.to_string();
            let mut n = 1;
            while out.contains_key(&key) {
                n += 1;
                key = format!("{name}#{n}");
            }
            out.insert(key, lines);
        }
        for (name, mut entries) in tables {
            entries.sort();
            out.insert(name, vec![format!("table {}", entries.join(" "))]);
        }
        for (name, text) in &self.loaded_metadata {
            let mut key = name.clone();
            let mut n = 1;
            while out.contains_key(&key) {
                n += 1;
                key = format!("{name}#{n}");
            }
            out.insert(key, vec![text.clone()]);
        }
        out
    }

    /// Per code section and entry symbol (an `STT_NOTYPE` label, or
    /// `ANONYMOUS_CODE`): the code outside every sized function symbol,
    /// padding (NOPs, `int3`) left out, as bytes and relocations.
    pub fn code_outside_functions(&self) -> BTreeMap<(String, String), Vec<String>> {
        let mut out: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
        // Targets by section name, not ELF index: a section added or
        // removed elsewhere renumbers the rest.
        let rank = self.ranked_section_names();
        for (&sec, data) in &self.bytes {
            // Replacement and fallback code is compared through the functions
            // whose tables and jumps reach it.
            if !self.is_code(sec)
                || matches!(self.name(sec), ".altinstr_replacement" | ".altinstr_aux")
            {
                continue;
            }
            let mut covered: Vec<(u64, u64)> = self
                .symbols
                .get(&sec)
                .map(|v| {
                    // Clamped to the section: a symbol past its end (a
                    // malformed object) covers nothing there.
                    v.iter()
                        .filter(|s| s.kind == SymbolKind::Text && s.size > 0)
                        .map(|s| {
                            let end = data.len() as u64;
                            (s.value.min(end), s.value.saturating_add(s.size).min(end))
                        })
                        .collect()
                })
                .unwrap_or_default();
            covered.sort_unstable();
            let mut gaps = Vec::new();
            let mut at = 0;
            for (s, e) in covered {
                if s > at {
                    gaps.push((at, s));
                }
                at = at.max(e);
            }
            if at < data.len() as u64 {
                gaps.push((at, data.len() as u64));
            }
            // Each piece named by the symbol (an `STT_NOTYPE` entry point)
            // that starts it, if any.
            let syms = self.symbols.get(&sec).map_or(&[][..], Vec::as_slice);
            let mut pieces: Vec<(u64, u64, String)> = Vec::new();
            for (s, e) in gaps {
                // The symbols in [s, e), sorted by value.
                let inside = &syms
                    [syms.partition_point(|y| y.value < s)..syms.partition_point(|y| y.value < e)];
                let mut start = s;
                let mut name = inside
                    .iter()
                    .find(|y| y.value == s && !y.name.starts_with("__pfx_"))
                    .map_or_else(|| ANONYMOUS_CODE.to_string(), |y| y.name.clone());
                for sym in inside
                    .iter()
                    .filter(|y| y.value > s && !y.name.starts_with("__pfx_"))
                {
                    if sym.value > start {
                        pieces.push((start, sym.value, name.clone()));
                    }
                    start = sym.value;
                    name = sym.name.clone();
                }
                pieces.push((start, e, name));
            }
            for (s, e, name) in pieces {
                let gap = &data[s as usize..e as usize];
                let padding = only_padding(gap);
                // Padding no symbol names never runs unless a function runs
                // on into it (compared in that function's form). Named, the
                // bytes may be read as data: compared as they are.
                let data_name = syms.iter().any(|y| {
                    y.name == name
                        && y.value >= s
                        && y.value < e
                        && (y.binding != "local" || y.kind == SymbolKind::Data)
                });
                if padding && !data_name {
                    continue;
                }
                let mut text = if padding {
                    format!("{PADDING_BYTES}{}", hex(gap))
                } else {
                    hex(gap)
                };
                for r in self.relocs_in(sec, s, e) {
                    text.push_str(&format!(
                        " @{}:{}:{}",
                        r.offset - s,
                        r.r_type,
                        ranked_target(r, &rank)
                    ));
                }
                out.entry((self.name(sec).to_string(), name))
                    .or_default()
                    .push(text);
            }
        }
        out
    }

    /// Every section's name with its rank among the sections of that name
    /// (`.text#1`, `.text.h#2` of `,unique,N` repeats), by ELF index.
    fn ranked_section_names(&self) -> HashMap<usize, String> {
        let mut rank: HashMap<usize, String> = HashMap::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut indices: Vec<usize> = self.names.keys().copied().collect();
        indices.sort_unstable();
        for i in indices {
            let name = self.name(i);
            let k = seen.entry(name).or_default();
            *k += 1;
            rank.insert(i, format!("{name}#{k}"));
        }
        rank
    }
}

/// A relocation target by ranked section name (`ObjectIndex::ranked_section_names`),
/// its kind marked: an undefined symbol named `.text#1` is not a place.
fn ranked_target(r: &Rel, rank: &HashMap<usize, String>) -> String {
    match &r.target {
        Reach::External(n, a) => format!("undefined:{n}{a:+}"),
        Reach::Place(s, p) => format!(
            "{}section:{}{p:+}",
            weak_mark(r),
            rank.get(s).map_or("?", String::as_str)
        ),
    }
}

/// Places of code whose address is taken as objtool counts it for IBT:
/// (section, offset, through a weak name) → by which objtool.
type IbtAddressTaken = HashMap<(usize, u64, bool), IbtKeep>;

/// Which objtool keeps an ENDBR a reference reaches (`ibt_address_takes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum IbtKeep {
    /// A reference from a section every objtool counts.
    Always,
    /// Only from sections 6.12's objtool counts and later ones pass over
    /// (`.llvm_bb_addr_map`, `__tracepoints`, ...: blind review 140).
    Only612,
}

/// The places of code whose address `file` takes as objtool counts it when
/// it decides which ENDBRs to seal (`validate_ibt`, run on `vmlinux.o` in
/// IBT builds: an ENDBR no counted reference reaches is listed in
/// `.ibt_endbr_seal` and NOPed at boot, and an indirect call to it then
/// takes #CP). Counted: the relocations of every section that is not code
/// and not one of those objtool knows refer to code without meaning to
/// branch there — `.discard.ibt_endbr_noseal` (`IBT_NOSEAL`), `.eh_frame`
/// and sections that are not loaded included, which `diff` does not
/// otherwise compare (blind review 139) — and those of code instructions
/// other than branches (`lea f(%rip)`, `mov $f`), a PC-relative one
/// reaching symbol + addend + 4, as objtool reads it. Second, as linkage
/// lines: such references to other objects' symbols from the sections
/// `loaded` does not hold (an `IBT_NOSEAL("f")` in another file than f's:
/// blind review 140), which nothing else compares.
fn ibt_address_takes(
    file: &object::File,
    loaded: &BTreeMap<usize, Vec<u8>>,
) -> (IbtAddressTaken, Vec<String>) {
    // 6.12's `validate_ibt` skip list.
    const NOT_COUNTED: [&str; 14] = [
        ".altinstructions",
        ".ibt_endbr_seal",
        ".orc_unwind_ip",
        ".parainstructions",
        ".retpoline_sites",
        ".smp_locks",
        ".static_call_sites",
        "_error_injection_whitelist",
        "_kprobe_blacklist",
        "__bug_table",
        "__ex_table",
        "__jump_table",
        "__mcount_loc",
        ".kcfi_traps",
    ];
    // What later objtools pass over as well.
    const NOT_COUNTED_LATER: [&str; 6] = [
        ".llvm.call-graph-profile",
        ".llvm_bb_addr_map",
        "__tracepoints",
        ".return_sites",
        ".call_sites",
        "__klp_funcs",
    ];
    let counted = |name: &str| {
        !((name.starts_with(".discard") && name != ".discard.ibt_endbr_noseal")
            || name.starts_with(".debug")
            || NOT_COUNTED.contains(&name)
            || name.contains("__patchable_function_entries"))
    };
    let pc_relative = |r: &object::Relocation| {
        matches!(
            r.flags(),
            RelocationFlags::Elf { r_type } if r_type == object::elf::R_X86_64_PC32
                || r_type == object::elf::R_X86_64_PLT32
        )
    };
    let mut taken = IbtAddressTaken::new();
    let mut elsewhere = Vec::new();
    for s in file.sections() {
        let name = s.name().unwrap_or("");
        let code = match s.flags() {
            SectionFlags::Elf { sh_flags, .. } => sh_flags.0 & SHF_EXECINSTR != 0,
            _ => false,
        };
        if !code && !counted(name) {
            continue;
        }
        let keep = if NOT_COUNTED_LATER.contains(&name) {
            IbtKeep::Only612
        } else {
            IbtKeep::Always
        };
        let compared_elsewhere = code || loaded.contains_key(&s.index().0);
        let mut relocations: Vec<(u64, object::Relocation)> = s.relocations().collect();
        if code {
            relocations.sort_by_key(|(offset, _)| *offset);
            let loads = address_loads(s.data().unwrap_or_default(), &relocations);
            relocations = relocations
                .into_iter()
                .zip(loads)
                .filter_map(|(r, load)| load.then_some(r))
                .collect();
        }
        for (_, r) in relocations {
            let adjust = if code && pc_relative(&r) { 4 } else { 0 };
            let (sec, value, weak) = match r.target() {
                RelocationTarget::Symbol(si) => match file.symbol_by_index(si) {
                    Ok(sym) => match sym.section() {
                        SymbolSection::Section(sec) => (
                            sec.0,
                            sym.address() as i64,
                            sym.is_weak() && sym.kind() != SymbolKind::Section,
                        ),
                        SymbolSection::Undefined if !compared_elsewhere => {
                            elsewhere.push(format!(
                                "ibt: takes the address of {}{:+} in {name} ({keep:?})",
                                sym.name().unwrap_or("?"),
                                r.addend() + adjust
                            ));
                            continue;
                        }
                        _ => continue,
                    },
                    Err(_) => continue,
                },
                RelocationTarget::Section(sec) => (sec.0, 0, false),
                _ => continue,
            };
            let at = value + r.addend() + adjust;
            if at >= 0 {
                let k = taken.entry((sec, at as u64, weak)).or_insert(keep);
                *k = (*k).min(keep);
            }
        }
    }
    (taken, elsewhere)
}

/// For each of `relocations` (sorted by offset) of `code`, whether its
/// field lies in an instruction that is no branch, call, return or nop
/// (objtool's `validate_ibt_insn` looks only at those), decoding the
/// section once from its start.
fn address_loads(code: &[u8], relocations: &[(u64, object::Relocation)]) -> Vec<bool> {
    let mut out = Vec::with_capacity(relocations.len());
    let mut dec = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut ins = iced_x86::Instruction::default();
    for &(offset, _) in relocations {
        while dec.can_decode() && ins.next_ip() <= offset {
            dec.decode_out(&mut ins);
        }
        out.push(
            ins.ip() <= offset
                && offset < ins.next_ip()
                && ins.flow_control() == iced_x86::FlowControl::Next
                // objtool's decoder types `0f 0d` (prefetch, prefetchw)
                // as a NOP too (blind review 143).
                && !matches!(
                    ins.mnemonic(),
                    Mnemonic::Nop | Mnemonic::Prefetch | Mnemonic::Prefetchw | Mnemonic::Prefetchwt1
                ),
        );
    }
    out
}

/// Whether relocation `r` names an indirect-branch thunk
/// (`__x86_indirect_thunk_*` and its kin), which jumps through a register.
fn reaches_indirect_thunk(r: &Rel) -> bool {
    matches!(&r.target, Reach::External(n, _) if n.starts_with("__x86_indirect_"))
}

/// `weak:NAME=>` before what a relocation through a defined weak symbol
/// reaches: the link may bind it to another object's definition, so it is
/// not the same reference as one to the same place through a local label
/// or a section symbol (blind review 129: `call f` vs `call .Lf`, `.quad f`
/// vs `.quad .text`).
fn weak_mark(r: &Rel) -> String {
    r.via_weak
        .as_ref()
        .map_or_else(String::new, |n| format!("weak:{}=>", n.replace('@', "%40")))
}

/// The name of code outside function symbols that no symbol starts.
pub const ANONYMOUS_CODE: &str = "(code outside function symbols)";

/// Tables of fields patched inside instructions at boot (`runtime_const_ptr`,
/// `runtime_const_shift_right_32`): entries point into an instruction.
/// A loaded section with a metadata name, as it is: flags, size, bytes and
/// each relocation (offset, type, target symbol or section, addend).
fn loaded_metadata_line(file: &object::File, s: &object::Section, name: &str) -> (String, String) {
    let flags = match s.flags() {
        SectionFlags::Elf { sh_flags, .. } => sh_flags.0,
        _ => 0,
    };
    let bytes = s.data().unwrap_or_default();
    let mut text = format!("flags {flags:#x} size {:#x} {}", s.size(), hex(bytes));
    for (offset, r) in s.relocations() {
        let r_type = match r.flags() {
            RelocationFlags::Elf { r_type } => r_type.0,
            _ => 0,
        };
        let target = match r.target() {
            RelocationTarget::Symbol(si) => file
                .symbol_by_index(si)
                .map(|sym| match (sym.kind(), sym.section()) {
                    (SymbolKind::Section, SymbolSection::Section(sec)) => file
                        .section_by_index(sec)
                        .and_then(|x| x.name().map(str::to_string))
                        .unwrap_or_default(),
                    _ => sym.name().unwrap_or("?").to_string(),
                })
                .unwrap_or_else(|_| "?".into()),
            _ => "?".into(),
        };
        text.push_str(&format!(" @{offset:#x}:{r_type}:{target}{:+}", r.addend()));
    }
    (name.to_string(), text)
}

/// The entry size of a kernel table whose entries are independent (sorted,
/// or applied per site), for x86-64 6.x.
fn table_entry_size(name: &str) -> Option<usize> {
    match name {
        ".altinstructions" => Some(ALT_ENTRY_SIZE as usize),
        "__ex_table" | "__bug_table" => Some(12),
        "__jump_table" => Some(16),
        ".static_call_sites" => Some(8),
        ".return_sites" | ".call_sites" | ".retpoline_sites" | ".ibt_endbr_seal" | ".smp_locks"
        | ".kcfi_traps" => Some(4),
        "__mcount_loc" | "__patchable_function_entries" => Some(8),
        _ => None,
    }
}

/// Tables the kernel reads to patch, redirect or handle code (those
/// `Form::table_lines` lists).
fn is_kernel_table(name: &str) -> bool {
    matches!(
        name,
        ".altinstructions" | "__ex_table" | "__jump_table" | ".static_call_sites" | "__bug_table"
    ) || POSITION_TABLES.contains(&name)
        || is_field_patch_table(name)
}

/// Sections the kernel reads only as pointers to functions it calls
/// (initcalls, exported symbols, module parameters, tracepoints, PCI
/// fixups, `__setup` handlers, ...): what they name runs as it is. Any
/// other table naming a function's start may patch it (`diff` then calls
/// the function `unknown`). Those of a 6.12 x86-64 build.
fn lists_functions_to_call(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        ".init.",
        ".exit.",
        ".ref.",
        ".initcall",
        ".exitcall",
        ".con_initcall",
        ".export_symbol",
        "___ksymtab",
        "__ksymtab",
        ".pci_fixup",
        "__dyndbg",
        "__tracepoint",
    ];
    const NAMES: &[&str] = &[
        "__param",
        "__modver",
        "_ftrace_events",
        "_ftrace_eval_map",
        "_kprobe_blacklist",
        "_error_injection_whitelist",
        ".x86_cpu_dev.init",
        ".lsm_info.init",
        ".early_lsm_info.init",
        "__earlycon_table",
        "__governor_thermal_table",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p)) || NAMES.contains(&name)
}

fn is_field_patch_table(name: &str) -> bool {
    name.starts_with("runtime_ptr_") || name.starts_with("runtime_shift_")
}

/// `.rodata.str1.1` and `.rodata.foo` read alike; the kind is what matters.
fn section_kind(name: &str) -> &str {
    if name.starts_with(".rodata") {
        ".rodata"
    } else if name.starts_with(".data") {
        ".data"
    } else {
        name
    }
}

/// An instruction's bytes with its relocated fields masked, and what each
/// field reaches (`reach_of(relocation, PC adjustment)`).
fn relocated_fields(
    ins: &iced_x86::Instruction,
    raw: &[u8],
    relocs: &[Rel],
    mut reach_of: impl FnMut(&Rel, i64) -> Result<String, String>,
) -> Result<(Vec<Option<u8>>, Vec<String>), String> {
    let mut masked: Vec<Option<u8>> = raw.iter().map(|&b| Some(b)).collect();
    let mut notes = Vec::new();
    for r in relocs {
        let field = (r.offset - ins.ip()) as usize;
        if field + usize::from(r.size) > raw.len() {
            // It patches the next instruction's bytes too.
            return Err(format!(
                "a relocated field at {:#x} runs past the end of its instruction",
                r.offset
            ));
        }
        for m in masked.iter_mut().skip(field).take(r.size as usize) {
            *m = None;
        }
        // A PC-relative field counts from the end of its instruction.
        let adjust = if pc_relative(r.r_type) {
            (ins.next_ip() - r.offset) as i64
        } else {
            0
        };
        notes.push(format!("@{field}:{}:{}", r.r_type, reach_of(r, adjust)?));
    }
    Ok((masked, notes))
}

/// Where an instruction's displacement and immediates lie in its bytes.
fn dec_offsets(raw: &[u8], ip: u64) -> iced_x86::ConstantOffsets {
    let mut d = Decoder::with_ip(64, raw, ip, DecoderOptions::NONE);
    let ins = d.decode();
    d.get_constant_offsets(&ins)
}

fn is_relative_branch(ins: &iced_x86::Instruction) -> bool {
    matches!(
        ins.op0_kind(),
        iced_x86::OpKind::NearBranch16
            | iced_x86::OpKind::NearBranch32
            | iced_x86::OpKind::NearBranch64
    )
}

/// Width of a relative branch's displacement, which ends the instruction.
fn branch_displacement_width(ins: &iced_x86::Instruction) -> usize {
    let code = format!("{:?}", ins.code());
    if code.contains("rel8") {
        1
    } else if code.contains("rel16") {
        2
    } else {
        4
    }
}

/// Two relocations (by offset, sorted) at different offsets whose fields
/// overlap: the link applies them in table order, the later one winning the
/// shared bytes, and the comparison reads them by place. (Several at one
/// offset are compared in their order.)
fn overlapping_fields(rels: &[Rel]) -> Option<(u64, u64)> {
    let mut reach: Option<(u64, u64)> = None; // (offset reaching furthest, its end)
    for r in rels {
        if let Some((at, end)) = reach {
            if r.offset != at && r.offset < end {
                return Some((at, r.offset));
            }
        }
        let r_end = r.offset + u64::from(r.size);
        if reach.is_none_or(|(_, end)| r_end > end) {
            reach = Some((r.offset, r_end));
        }
    }
    None
}

/// `at` as an offset from `start`, signed: `+0x4`, `-0x5`.
fn from_start(at: u64, start: u64) -> String {
    if at >= start {
        format!("+{:#x}", at - start)
    } else {
        format!("-{:#x}", start - at)
    }
}

fn hex(b: &[u8]) -> String {
    let mut s = String::with_capacity(2 * b.len());
    for &x in b {
        push_hex(&mut s, x);
    }
    s
}

fn push_hex(s: &mut String, x: u8) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    s.push(DIGITS[usize::from(x >> 4)] as char);
    s.push(DIGITS[usize::from(x & 15)] as char);
}

/// Instruction bytes, `..` for a field that is replaced by what it reaches.
fn masked_hex(masked: &[Option<u8>]) -> String {
    let mut s = String::with_capacity(2 * masked.len() + 16);
    for b in masked {
        match b {
            Some(x) => push_hex(&mut s, *x),
            None => s.push_str(".."),
        }
    }
    s
}

/// One line of a form: the bytes, then what their fields reach.
fn line(mut text: String, notes: &[String]) -> String {
    for n in notes {
        text.push(' ');
        text.push_str(n);
    }
    text
}

/// An instruction's bytes without the legacy prefixes that change nothing it
/// does in 64-bit mode: the CS, DS, ES and SS segment overrides (ignored for
/// addressing; on a conditional branch a static-prediction hint), except DS
/// on an indirect branch or call, where it is CET's `notrack`; and REP on a
/// `ret` (`rep ret`, an old AMD predictor idiom). Everything else stays, and
/// so does every prefix of the instructions the kernel decodes by their bytes
/// (`ud0`/`ud1`/`ud2` traps, `endbr` landing pads).
fn without_ignored_prefixes(ins: &iced_x86::Instruction, raw: &[u8]) -> Vec<u8> {
    use iced_x86::FlowControl;
    if matches!(
        ins.mnemonic(),
        Mnemonic::Ud0 | Mnemonic::Ud1 | Mnemonic::Ud2 | Mnemonic::Endbr32 | Mnemonic::Endbr64
    ) {
        return raw.to_vec();
    }
    let indirect = matches!(
        ins.flow_control(),
        FlowControl::IndirectBranch | FlowControl::IndirectCall
    );
    let legacy = |b: u8| {
        matches!(
            b,
            0xf0 | 0xf2 | 0xf3 | 0x2e | 0x36 | 0x3e | 0x26 | 0x64 | 0x65 | 0x66 | 0x67
        )
    };
    let n = raw.iter().take_while(|&&b| legacy(b)).count();
    // With an FS or GS override among them, the segment prefix that counts
    // is the processor's choice (the last one, on some): every prefix is
    // kept (blind review 109's `65 3e 8b 07`).
    if raw[..n].iter().any(|&b| matches!(b, 0x64 | 0x65)) {
        return raw.to_vec();
    }
    let mut out: Vec<u8> = raw[..n]
        .iter()
        .copied()
        .filter(|&b| match b {
            0x2e | 0x36 | 0x26 => false,
            0x3e => indirect,
            0xf3 => ins.mnemonic() != Mnemonic::Ret,
            _ => true,
        })
        .collect();
    out.extend_from_slice(&raw[n..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_widths_come_from_the_encoding() {
        for (bytes, width) in [
            (&[0x74u8, 0x02][..], 1),
            (&[0x0f, 0x84, 0, 0, 0, 0][..], 4),
            (&[0x66, 0x0f, 0x84, 0, 0, 0, 0][..], 4),
            (&[0xe8, 0, 0, 0, 0][..], 4),
            (&[0xeb, 0xfe][..], 1),
        ] {
            let mut d = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
            let ins = d.decode();
            assert!(is_relative_branch(&ins), "{bytes:x?}");
            assert_eq!(branch_displacement_width(&ins), width, "{bytes:x?}");
        }
    }
}
