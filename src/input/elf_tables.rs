//! Consistency of an ELF file's tables (section headers, symbols, relocations),
//! checked before anything is analysed: the things objtool's libelf reading or
//! a linker would refuse, reported as one message each.
//!
//! `object` parses lazily and the loader only reads what it analyses, so without
//! this a corrupted relocation or symbol entry outside the code went unnoticed
//! and a damaged file was scanned as if it were sound. Contents are decoded from
//! bytes (little-endian ELF64 is guaranteed by `elf::check_header`), which needs
//! no alignment: archive members sit at even, not 8-byte, offsets.

use object::Endianness;
use object::elf;
use object::read::elf::{ElfFile64, FileHeader, SectionHeader};
use rayon::prelude::*;

/// Messages kept per file: a badly damaged file is summarised, not listed.
const MAX_MESSAGES: usize = 8;

struct Section<'a> {
    name: String,
    kind: elf::SectionType,
    flags: elf::SectionFlags,
    size: u64,
    link: u32,
    info: u32,
    entsize: u64,
    /// The section's bytes; `None` for SHT_NOBITS/SHT_NULL or when they lie
    /// outside the file (reported).
    contents: Option<&'a [u8]>,
}

impl Section<'_> {
    fn label(&self, index: usize) -> String {
        format!("section [{index}] {}", self.name)
    }
}

impl Section<'_> {
    /// The size of the section's data as relocations see it: for a compressed
    /// section (SHF_COMPRESSED, `-gz`), the size after decompression, from its
    /// Elf64_Chdr (ch_size at offset 8).
    fn data_size(&self) -> u64 {
        if self.flags.0 & elf::SHF_COMPRESSED.0 == 0 {
            return self.size;
        }
        self.contents
            .and_then(|c| c.get(8..16))
            .and_then(|b| b.try_into().ok())
            .map_or(self.size, u64::from_le_bytes)
    }
}

/// Every inconsistency found in `file` (whose bytes are `data`), at most
/// `MAX_MESSAGES` of them plus a count of the rest.
pub fn inconsistencies(file: &ElfFile64<Endianness>, data: &[u8]) -> Vec<String> {
    let endian = file.endian();
    let relocatable = file.elf_header().e_type(endian) == elf::ET_REL;
    let table = file.elf_section_table();
    let sections: Vec<Section> = table
        .iter()
        .map(|sh| {
            let kind = sh.sh_type(endian);
            let (offset, size) = (sh.sh_offset(endian), sh.sh_size(endian));
            let contents = if kind == elf::SHT_NOBITS || kind == elf::SHT_NULL {
                None
            } else {
                usize::try_from(offset)
                    .ok()
                    .zip(usize::try_from(size).ok())
                    .and_then(|(o, s)| data.get(o..o.checked_add(s)?))
            };
            Section {
                name: String::from_utf8_lossy(table.section_name(endian, sh).unwrap_or(b"?"))
                    .into_owned(),
                kind,
                flags: sh.sh_flags(endian),
                size,
                link: sh.sh_link(endian),
                info: sh.sh_info(endian),
                entsize: sh.sh_entsize(endian),
                contents,
            }
        })
        .collect();
    let mut messages = Vec::new();
    check_headers(&sections, data.len(), relocatable, &mut messages);
    let symtab = sections
        .iter()
        .position(|s| s.kind == elf::SHT_SYMTAB)
        .filter(|&i| table_ok(&sections, i));
    let symbols = symtab.map_or(0, |i| sections[i].size / 24);
    if let Some(i) = symtab {
        check_symbols(&sections, i, relocatable, &mut messages);
    }
    // Relocation tables are most of a vmlinux.o with debug info (objtool reads
    // them all too); see `CHUNK_ENTRIES`.
    let relocation_messages: Vec<String> = (0..sections.len())
        .into_par_iter()
        .filter(|&i| matches!(sections[i].kind, elf::SHT_RELA | elf::SHT_REL))
        .filter(|&i| table_ok(&sections, i))
        .filter_map(|i| check_relocations(&sections, i, symtab, symbols, relocatable))
        .collect();
    messages.extend(relocation_messages);
    if messages.len() > MAX_MESSAGES {
        let more = messages.len() - MAX_MESSAGES;
        messages.truncate(MAX_MESSAGES);
        messages.push(format!("… and {more} more inconsistencies"));
    }
    messages
        .into_iter()
        .map(|m| format!("malformed ELF: {m}"))
        .collect()
}

/// The entry size a table section must have, if it is a table.
fn entry_size(kind: elf::SectionType) -> Option<u64> {
    match kind {
        elf::SHT_SYMTAB | elf::SHT_DYNSYM | elf::SHT_RELA => Some(24),
        elf::SHT_REL => Some(16),
        elf::SHT_SYMTAB_SHNDX | elf::SHT_GROUP => Some(4),
        _ => None,
    }
}

/// Whether the table in section `i` can be read entry by entry (its own header
/// problems are reported by `check_headers`).
fn table_ok(sections: &[Section], i: usize) -> bool {
    let s = &sections[i];
    s.contents.is_some()
        && entry_size(s.kind).is_none_or(|e| s.entsize == e && s.size % e == 0)
        && (s.link as usize) < sections.len()
}

fn check_headers(sections: &[Section], len: usize, relocatable: bool, out: &mut Vec<String>) {
    let n = sections.len();
    let symtabs: Vec<usize> = (0..n)
        .filter(|&i| sections[i].kind == elf::SHT_SYMTAB)
        .collect();
    if symtabs.len() > 1 {
        out.push(format!(
            "{} symbol tables (sections {symtabs:?}); an object has one",
            symtabs.len()
        ));
    }
    for (i, s) in sections.iter().enumerate().skip(1) {
        let label = s.label(i);
        if s.kind != elf::SHT_NOBITS && s.kind != elf::SHT_NULL && s.contents.is_none() {
            out.push(format!(
                "{label}: its {:#x} bytes lie outside the file ({len:#x} bytes)",
                s.size
            ));
        }
        if s.link as usize >= n {
            out.push(format!(
                "{label}: sh_link {} is not a section index ({n} sections)",
                s.link
            ));
        }
        if let Some(e) = entry_size(s.kind) {
            if s.entsize != e {
                out.push(format!(
                    "{label}: entry size {} where this table has {e}-byte entries",
                    s.entsize
                ));
            } else if s.size % e != 0 {
                out.push(format!(
                    "{label}: size {:#x} is not a whole number of {e}-byte entries",
                    s.size
                ));
            }
        }
        let link_kind = sections.get(s.link as usize).map(|l| l.kind);
        match s.kind {
            elf::SHT_SYMTAB | elf::SHT_DYNSYM => {
                if link_kind.is_some_and(|k| k != elf::SHT_STRTAB) {
                    out.push(format!("{label}: sh_link {} is not a string table", s.link));
                }
                if s.entsize == 24 && u64::from(s.info) > s.size / 24 {
                    out.push(format!(
                        "{label}: sh_info {} (first global symbol) is past its {} symbols",
                        s.info,
                        s.size / 24
                    ));
                }
            }
            elf::SHT_REL | elf::SHT_RELA | elf::SHT_GROUP | elf::SHT_SYMTAB_SHNDX => {
                // Linked images may carry dynamic relocations without a symbol table.
                let unlinked_ok = !relocatable && s.kind != elf::SHT_GROUP;
                let names_symtab = matches!(link_kind, Some(elf::SHT_SYMTAB | elf::SHT_DYNSYM));
                if !(names_symtab || unlinked_ok && s.link == 0) && (s.link as usize) < n {
                    out.push(format!("{label}: sh_link {} is not a symbol table", s.link));
                }
            }
            _ => {}
        }
        // sh_info names the section relocated (REL/RELA, SHF_INFO_LINK) or a
        // symbol (GROUP); linked images' dynamic relocation tables have 0.
        let info_is_section =
            matches!(s.kind, elf::SHT_REL | elf::SHT_RELA) || s.flags.0 & elf::SHF_INFO_LINK.0 != 0;
        if info_is_section && (s.info as usize >= n || relocatable && s.info == 0) {
            out.push(format!(
                "{label}: sh_info {} is not a section index ({n} sections)",
                s.info
            ));
        }
        if s.kind == elf::SHT_GROUP {
            let symbols = sections
                .get(s.link as usize)
                .filter(|l| l.kind == elf::SHT_SYMTAB)
                .map_or(0, |l| l.size / 24);
            if u64::from(s.info) >= symbols {
                out.push(format!(
                    "{label}: sh_info {} (signature symbol) is not a symbol index",
                    s.info
                ));
            }
        }
    }
}

fn le16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn le32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap_or_default())
}

fn le64(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or_default())
}

/// Reserved symbol section indices that are not sections (SHN_ABS, SHN_COMMON,
/// and the processor- and OS-specific ranges).
fn reserved_index_ok(shndx: u16) -> bool {
    shndx == elf::SHN_ABS.0 || shndx == elf::SHN_COMMON.0 || (0xff00..=0xff3f).contains(&shndx)
}

fn check_symbols(sections: &[Section], symtab: usize, relocatable: bool, out: &mut Vec<String>) {
    let s = &sections[symtab];
    let Some(bytes) = s.contents else { return };
    let strings = sections
        .get(s.link as usize)
        .filter(|l| l.kind == elf::SHT_STRTAB)
        .and_then(|l| l.contents)
        .unwrap_or(&[]);
    let extended = sections
        .iter()
        .enumerate()
        .find(|(i, x)| {
            x.kind == elf::SHT_SYMTAB_SHNDX && x.link as usize == symtab && table_ok(sections, *i)
        })
        .and_then(|(_, x)| x.contents);
    // ` (name)` for messages; section symbols have none.
    let name_of = |st_name: u32| -> String {
        strings
            .get(st_name as usize..)
            .map(|t| {
                let end = t.iter().position(|&c| c == 0).unwrap_or(t.len()).min(64);
                String::from_utf8_lossy(&t[..end]).into_owned()
            })
            .filter(|n| !n.is_empty())
            .map_or_else(String::new, |n| format!(" ({n})"))
    };
    let count = bytes.len() / 24;
    let mut first: Option<String> = None;
    let mut bad = 0usize;
    for k in 1..count {
        let e = &bytes[k * 24..k * 24 + 24];
        let (st_name, st_shndx) = (le32(e, 0), le16(e, 6));
        let (value, size) = (le64(e, 8), le64(e, 16));
        let problem = if st_name as usize >= strings.len().max(1) {
            Some(format!(
                "symbol {k}: name offset {st_name:#x} is outside the string table ({:#x} bytes)",
                strings.len()
            ))
        } else {
            let index = if st_shndx == elf::SHN_XINDEX.0 {
                extended
                    .filter(|x| x.len() >= (k + 1) * 4)
                    .map(|x| le32(x, k * 4) as usize)
            } else if st_shndx < elf::SHN_LORESERVE {
                Some(st_shndx as usize)
            } else {
                None
            };
            match index {
                None if st_shndx == elf::SHN_XINDEX.0 => Some(format!(
                    "symbol {k}{}: extended section index without an SHT_SYMTAB_SHNDX entry",
                    name_of(st_name)
                )),
                None if !reserved_index_ok(st_shndx) => Some(format!(
                    "symbol {k}{}: section index {st_shndx:#x} is neither a section nor a reserved index",
                    name_of(st_name)
                )),
                None | Some(0) => None,
                Some(i) if i >= sections.len() => Some(format!(
                    "symbol {k}{}: section index {i} does not exist ({} sections)",
                    name_of(st_name),
                    sections.len()
                )),
                // Values are section offsets only in relocatable objects.
                Some(i)
                    if relocatable
                        && value
                            .checked_add(size)
                            .is_none_or(|end| end > sections[i].size) =>
                {
                    Some(format!(
                        "symbol {k}{}: {value:#x}+{size:#x} lies outside {} (size {:#x})",
                        name_of(st_name),
                        sections[i].name,
                        sections[i].size
                    ))
                }
                Some(_) => None,
            }
        };
        if let Some(p) = problem {
            bad += 1;
            first.get_or_insert(p);
        }
    }
    if let Some(p) = first {
        out.push(summarise(p, bad, "symbols"));
    }
}

fn summarise(first: String, bad: usize, what: &str) -> String {
    if bad > 1 {
        format!("{first} ({} more {what} like it)", bad - 1)
    } else {
        first
    }
}

/// How many bytes an x86-64 relocation type patches (1 for unknown types: the
/// offset must at least lie inside the section).
fn patched_bytes(r_type: u32) -> u64 {
    relocation_width(r_type).unwrap_or(1)
}

/// How many bytes an x86-64 relocation type patches; None for a type this
/// table does not know.
pub fn relocation_width(r_type: u32) -> Option<u64> {
    Some(match elf::RelocationType(r_type) {
        elf::R_X86_64_NONE | elf::R_X86_64_TLSDESC_CALL => 0,
        elf::R_X86_64_8 | elf::R_X86_64_PC8 => 1,
        elf::R_X86_64_16 | elf::R_X86_64_PC16 => 2,
        elf::R_X86_64_64
        | elf::R_X86_64_PC64
        | elf::R_X86_64_GLOB_DAT
        | elf::R_X86_64_JUMP_SLOT
        | elf::R_X86_64_RELATIVE
        | elf::R_X86_64_DTPMOD64
        | elf::R_X86_64_DTPOFF64
        | elf::R_X86_64_TPOFF64
        | elf::R_X86_64_GOTOFF64
        | elf::R_X86_64_GOT64
        | elf::R_X86_64_GOTPCREL64
        | elf::R_X86_64_GOTPC64
        | elf::R_X86_64_GOTPLT64
        | elf::R_X86_64_PLTOFF64
        | elf::R_X86_64_SIZE64
        | elf::R_X86_64_IRELATIVE
        | elf::R_X86_64_RELATIVE64 => 8,
        elf::R_X86_64_TLSDESC => 16,
        elf::R_X86_64_COPY => 0,
        t if t.0 <= elf::R_X86_64_REX_GOTPCRELX.0 => 4,
        _ => return None,
    })
}

/// What is wrong with one relocation entry.
enum BadRelocation {
    Symbol(u64),
    Outside { offset: u64, r_type: u32 },
}

/// Entries per parallel task: .rela.debug_info of a vmlinux.o has millions.
const CHUNK_ENTRIES: usize = 1 << 16;

/// The first bad entry of relocation table `i` (and how many more), if any.
fn check_relocations(
    sections: &[Section],
    i: usize,
    symtab: Option<usize>,
    symbols: u64,
    relocatable: bool,
) -> Option<String> {
    let s = &sections[i];
    let bytes = s.contents?;
    let entry = s.entsize as usize;
    // Symbol indices are checked against the table the section links to; only
    // the object's symbol table is read (dynamic ones are not analysed).
    let symbols = (Some(s.link as usize) == symtab).then_some(symbols);
    // Offsets are section offsets only in relocatable objects.
    let target = sections
        .get(s.info as usize)
        .filter(|_| s.info != 0 && relocatable);
    let check = |e: &[u8]| -> Option<BadRelocation> {
        let (offset, info) = (le64(e, 0), le64(e, 8));
        let (sym, r_type) = (info >> 32, info as u32);
        if symbols.is_some_and(|n| sym >= n) {
            return Some(BadRelocation::Symbol(sym));
        }
        let end = offset.checked_add(patched_bytes(r_type));
        target
            .filter(|t| end.is_none_or(|end| end > t.data_size()))
            .map(|_| BadRelocation::Outside { offset, r_type })
    };
    let (first, bad) = bytes
        .par_chunks(entry * CHUNK_ENTRIES)
        .enumerate()
        .map(|(c, chunk)| {
            let mut first = None;
            let mut bad = 0usize;
            for (k, e) in chunk.chunks_exact(entry).enumerate() {
                if let Some(b) = check(e) {
                    bad += 1;
                    first.get_or_insert((c * CHUNK_ENTRIES + k, b));
                }
            }
            (first, bad)
        })
        .reduce(
            || (None, 0),
            |(fa, na), (fb, nb)| {
                let first = match (fa, fb) {
                    (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
                    (a, b) => a.or(b),
                };
                (first, na + nb)
            },
        );
    let (j, what) = first?;
    let message = match what {
        BadRelocation::Symbol(sym) => format!(
            "{}: relocation {j} names symbol {sym}, the symbol table has {}",
            s.label(i),
            symbols.unwrap_or(0)
        ),
        BadRelocation::Outside { offset, r_type } => {
            let t = target.expect("only reported with a target");
            format!(
                "{}: relocation {j} (type {r_type}) at {offset:#x} lies outside {} (size {:#x})",
                s.label(i),
                t.name,
                t.data_size()
            )
        }
    };
    Some(summarise(message, bad, "relocations"))
}
