//! Ways into one input's functions that the other inputs of the same scan
//! show: a relocation against a global symbol its object leaves undefined,
//! naming a place past the symbol (`jmp f+13`, `.quad f+13`), and a
//! function's address taken there. Within one object `entries` reads such
//! references; between the objects of a directory scan or the members of
//! one archive only the symbol's name joins them, so a claim about `f` would
//! not see them (a blind review's case: `sub $64,%rsp; jmp f+13` in another
//! member made a "redundant" restore of f's a false claim). An input whose
//! code takes the address of another's code is read once more, following
//! those addresses only (`Module::code_addresses_of`): if it computes from
//! one (`lea f(%rip),%rax; add $0x13,%rax; jmp *%rax`), the inputs defining
//! them are entered anywhere, as an object is by the same code of its own.

use super::discover::Input;
use super::elf::{CodeAddressesOf, Module, ModuleKind, load_without_code_entries};
use super::entries::{
    ANYWHERE, InteriorEntry, Reference, branch_field, code_address_used_anywhere,
};
use object::read::elf::{ElfFile64, FileHeader, SectionHeader};
use object::{Endianness, Object, ObjectSection, ObjectSymbol};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// What the other inputs of a scan say about one input's global symbols.
#[derive(Default)]
pub struct FromOtherInputs {
    references: Vec<Incoming>,
    /// Another input computes a place from the address of code this one
    /// defines: why (each input once).
    computed: Vec<Arc<str>>,
}

/// A reference from another input, to a place relative to a global symbol
/// this input defines.
struct Incoming {
    /// The symbol's ELF section in this input, and its value there.
    section: usize,
    value: u64,
    section_size: u64,
    /// The section holds code.
    in_code: bool,
    /// The place past the symbol; None when it is not known (an SHT_REL
    /// relocation's addend is in the bytes it patches).
    reference: Option<Reference>,
    /// Not as a call's or jump's destination: where it is a function's
    /// start, an indirect call may reach that function.
    taken: bool,
    /// Where the reference lies (`input: section+offset`) and what it names.
    from: Arc<str>,
}

/// A reference against an undefined global, as one input shows it (names
/// borrowed from the input's bytes: a KMSAN object has thousands).
struct Outgoing<'a> {
    name: &'a str,
    reference: Option<Reference>,
    taken: bool,
    /// From code, as no call's or jump's destination: code holds the
    /// address (`lea f(%rip),%rax`), and may compute from it.
    held_by_code: bool,
    /// Where it lies: the section's name and ELF index, the offset there.
    section: &'a str,
    section_index: usize,
    offset: u64,
}

impl Outgoing<'_> {
    /// Where it lies and what it names, for the reason shown with "no claim".
    fn describe(&self, input: &Input) -> String {
        let named = match self.reference {
            Some(r) if r.offset != 0 => format!("{}{:+#x}", self.name, r.offset),
            Some(_) => self.name.to_string(),
            None => format!("{} with an addend in its bytes (SHT_REL)", self.name),
        };
        format!(
            "{}: {}+{:#x} refers to {named}",
            input.display, self.section, self.offset
        )
    }
}

/// A global or weak symbol an input defines.
struct Definition<'a> {
    name: &'a str,
    /// ELF section, the symbol's value there, the section's size.
    section: usize,
    value: u64,
    section_size: u64,
    /// The section holds code.
    in_code: bool,
}

/// Read every input's references against the globals it leaves undefined
/// and the globals it defines; for each input, the references the others
/// make to its globals (in the inputs' order). A single input, or inputs
/// none of which is a relocatable object, need nothing.
pub fn read(inputs: &[Input]) -> Vec<FromOtherInputs> {
    if inputs.len() < 2 {
        return inputs.iter().map(|_| FromOtherInputs::default()).collect();
    }
    let shown: Vec<(Vec<Outgoing>, Vec<Definition>)> =
        inputs.par_iter().map(references_and_definitions).collect();
    let mut by_name: FxHashMap<&str, Vec<(usize, &Outgoing)>> = FxHashMap::default();
    for (i, (outgoing, _)) in shown.iter().enumerate() {
        for o in outgoing {
            by_name.entry(o.name).or_default().push((i, o));
        }
    }
    // Which inputs define each name in code.
    let mut code_of: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, (_, defined)) in shown.iter().enumerate() {
        for d in defined.iter().filter(|d| d.in_code) {
            code_of.entry(d.name).or_default().push(i);
        }
    }
    // The inputs whose code holds addresses of other inputs' code, read
    // following those only: where one computes from them, the inputs that
    // define them are entered anywhere.
    let defined_elsewhere = |name: &str, i: usize| {
        code_of
            .get(name)
            .is_some_and(|definers| definers.iter().any(|&d| d != i))
    };
    let holding: Vec<(usize, Vec<&Outgoing>)> = shown
        .iter()
        .enumerate()
        .filter_map(|(i, (outgoing, _))| {
            let held: Vec<&Outgoing> = outgoing
                .iter()
                .filter(|o| o.held_by_code && defined_elsewhere(o.name, i))
                .collect();
            (!held.is_empty()).then_some((i, held))
        })
        .collect();
    let computing: Vec<(usize, FxHashSet<Box<str>>, String)> = holding
        .into_par_iter()
        .filter_map(|(i, held)| {
            let input = &inputs[i];
            let names: FxHashSet<Box<str>> = held.iter().map(|o| Box::from(o.name)).collect();
            let Ok(mut module) = load_without_code_entries(
                input.display.clone(),
                input.backing.clone(),
                input.range.clone(),
            ) else {
                // Not loaded, not read: what it does with the address is
                // not known.
                return Some((i, names, "it could not be read".to_string()));
            };
            // Code in a section no function symbol starts is not read
            // (`entries::from_unread_code`): there, naming code is a use.
            let read_sections: FxHashSet<usize> =
                module.sections.iter().map(|s| s.elf_index).collect();
            if let Some(o) = held.iter().find(|o| !read_sections.contains(&o.section_index)) {
                let why = format!(
                    "its code at {}+{:#x}, in a section no function symbol starts, names {} (such code is not read)",
                    o.section, o.offset, o.name
                );
                return Some((i, names, why));
            }
            module.code_addresses_of = CodeAddressesOf::OtherInputs(names);
            let why = code_address_used_anywhere(&module)?;
            let CodeAddressesOf::OtherInputs(names) = std::mem::take(&mut module.code_addresses_of)
            else {
                return None;
            };
            Some((i, names, why))
        })
        .collect();
    let mut computed: Vec<Vec<Arc<str>>> = inputs.iter().map(|_| Vec::new()).collect();
    for (i, names, why) in computing {
        let mut names: Vec<&str> = names.iter().map(|n| &**n).collect();
        names.sort_unstable();
        let why: Arc<str> = Arc::from(format!(
            "{}, another input of this scan, takes the address of {}: {why}",
            inputs[i].display,
            names.join(", ")
        ));
        let mut definers: Vec<usize> = names
            .iter()
            .flat_map(|n| code_of.get(n).into_iter().flatten().copied())
            .filter(|&d| d != i)
            .collect();
        definers.sort_unstable();
        definers.dedup();
        for d in definers {
            computed[d].push(why.clone());
        }
    }
    shown
        .iter()
        .zip(computed)
        .enumerate()
        .map(|(definer, ((_, defined), computed))| FromOtherInputs {
            references: defined
                .iter()
                .flat_map(|d| {
                    by_name
                        .get(d.name)
                        .into_iter()
                        .flatten()
                        .filter(move |&&(i, _)| i != definer)
                        .map(|&(i, o)| Incoming {
                            section: d.section,
                            value: d.value,
                            section_size: d.section_size,
                            in_code: d.in_code,
                            reference: o.reference,
                            taken: o.taken,
                            from: Arc::from(o.describe(&inputs[i])),
                        })
                })
                .collect(),
            computed,
        })
        .collect()
}

/// One input's references against the globals it leaves undefined (those
/// that name a place past the symbol, or take its address) and the globals
/// it defines. An input that does not parse gives nothing here (loading it
/// reports why).
fn references_and_definitions(input: &Input) -> (Vec<Outgoing<'_>>, Vec<Definition<'_>>) {
    let Some(data) = input.backing.bytes().get(input.range.clone()) else {
        return Default::default();
    };
    let Ok(file) = ElfFile64::<Endianness>::parse(data) else {
        return Default::default();
    };
    // A linked image's references are resolved: nothing joins it to others.
    if file.elf_header().e_type(file.endian()) != object::elf::ET_REL {
        return Default::default();
    }
    let mut defined = Vec::new();
    for sym in file.symbols() {
        if !(sym.is_global() || sym.is_weak())
            || matches!(
                sym.kind(),
                object::SymbolKind::Section | object::SymbolKind::File
            )
        {
            continue;
        }
        let (Some(section), Ok(name)) = (sym.section_index(), sym.name()) else {
            continue;
        };
        let Ok(in_section) = file.section_by_index(section) else {
            continue;
        };
        defined.push(Definition {
            name,
            section: section.0,
            value: sym.address(),
            section_size: in_section.size(),
            in_code: in_section.kind() == object::SectionKind::Text,
        });
    }
    let mut outgoing = Vec::new();
    for section in file.sections() {
        let header = section.elf_section_header();
        let name = section.name().unwrap_or("?");
        // What is not loaded at run time, or is discarded by the kernel's
        // link, leads nowhere.
        if header.sh_flags(file.endian()).0 & object::elf::SHF_ALLOC.0 == 0
            || name.starts_with(".discard.")
        {
            continue;
        }
        let executable = section.kind() == object::SectionKind::Text;
        let code = if executable {
            section.data().unwrap_or_default()
        } else {
            &[]
        };
        let relocations = super::relocations::SectionRelocations::of(&file, &section);
        // Each symbol, place and kind once per input.
        let mut seen: FxHashSet<(usize, Option<Reference>, bool, bool)> = FxHashSet::default();
        for i in 0..relocations.len() {
            let raw = relocations.get(i);
            let r_type = object::elf::RelocationType(raw.r_type);
            if matches!(
                r_type,
                object::elf::R_X86_64_SIZE32 | object::elf::R_X86_64_SIZE64
            ) {
                continue;
            }
            let Some(sym) = raw.symbol.and_then(|s| file.symbol_by_index(s).ok()) else {
                continue;
            };
            // An undefined global, or one this input defines weak: the
            // link may bind the name to another input's definition. (A
            // strong definition binds its own references: two strong ones
            // do not link.)
            if !(sym.is_undefined() && sym.is_global() || sym.is_weak()) {
                continue;
            }
            let reference =
                (!raw.implicit_addend).then(|| Reference::read(r_type, executable, raw.addend));
            let branch = executable && branch_field(code, raw.offset, r_type);
            let taken = !branch;
            let held_by_code = executable && !branch;
            // A call or jump to the symbol itself is its entry, which every
            // claim already starts from.
            if reference.is_some_and(|r| r.offset == 0) && branch {
                continue;
            }
            if !seen.insert((sym.index().0, reference, taken, held_by_code)) {
                continue;
            }
            let Ok(symbol) = sym.name() else { continue };
            outgoing.push(Outgoing {
                name: symbol,
                reference,
                taken,
                held_by_code,
                section: name,
                section_index: section.index().0,
                offset: raw.offset,
            });
        }
    }
    // Its pages are read again when it is scanned, one input at a time:
    // not all inputs' at once (a build directory is gigabytes).
    input.backing.release(input.range.clone());
    (outgoing, defined)
}

impl FromOtherInputs {
    /// Add to `module` (this input, loaded) the ways into its functions and
    /// the addresses taken that the other inputs show.
    pub fn apply(&self, module: &mut Module) {
        if (self.references.is_empty() && self.computed.is_empty())
            || module.kind != ModuleKind::Relocatable
        {
            return;
        }
        let mut entries: Vec<InteriorEntry> = self
            .computed
            .iter()
            .map(|why| InteriorEntry {
                at: ANYWHERE,
                from: why.clone(),
                origin: None,
            })
            .collect();
        let mut taken = Vec::new();
        for r in &self.references {
            let Some(&base) = module.section_bases.get(&r.section) else {
                continue;
            };
            let place = r
                .reference
                .and_then(|reference| reference.place_in_section(r.value, r.section_size));
            let Some(place) = place else {
                // No place known, or one near the section but outside it:
                // where the link puts the next section decides.
                entries.push(InteriorEntry {
                    at: ANYWHERE,
                    from: Arc::from(format!(
                        "{} (another input of this scan; where it lands is not known)",
                        r.from
                    )),
                    origin: None,
                });
                continue;
            };
            let at = base.wrapping_add(place);
            let in_aux = module
                .aux_code
                .iter()
                .any(|a| (a.base..a.base + a.file_range.len() as u64).contains(&at));
            let start = module.function_at(at).map(|f| module.function_address(f));
            if start.is_some_and(|s| s < at) || in_aux {
                entries.push(InteriorEntry {
                    at,
                    from: Arc::from(format!("{}, another input of this scan", r.from)),
                    origin: None,
                });
            } else if r.taken
                && (start == Some(at) || (start.is_none() && r.in_code && place < r.section_size))
            {
                // A function's start (at any offset from the symbol named:
                // `.quad g-0x10` may be f), or code no function covers (an
                // STT_NOTYPE label): an indirect call may reach it.
                taken.push(at);
            }
        }
        module.add_entries(entries, taken);
    }
}
