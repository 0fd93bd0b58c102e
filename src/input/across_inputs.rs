//! Ways into one input's functions that the other inputs of the same scan
//! show. Within one object `entries` reads them; between the objects of a
//! directory scan or the members of one archive only a symbol's name joins
//! them, so a claim about `f` would not see them (a blind review's case:
//! `sub $64,%rsp; jmp f+13` in another member made a "redundant" restore of
//! f's a false claim). Joined here: relocations against a global an input
//! leaves undefined, or defines weak or in a COMDAT group (the link may bind
//! it elsewhere), that name a place past the symbol (`jmp f+13`, `.quad
//! f+13`) or take a function's address; an input with relocations rspill
//! does not read refers to every name it leaves undefined anywhere. For the
//! inputs with claims, an input whose code or data holds an address of
//! their code is read once more, following those addresses only
//! (`Module::code_addresses_of`): if it computes from one (`lea
//! f(%rip),%rax; add $0x13,%rax; jmp *%rax`), the inputs defining them are
//! entered anywhere, as an object is by the same code of its own.

use super::discover::Input;
use super::elf::{CodeAddressesOf, Module, ModuleKind, load_without_code_entries};
use super::entries::{
    ANYWHERE, InteriorEntry, Reference, branch_field, code_address_used_anywhere, code_of_section,
    computed_value_branched_anywhere, hand_written_transfer, held_code_address_changed,
};
use crate::analysis::callee_contract::{CalleeContracts, Contract};
use object::read::elf::{ElfFile64, FileHeader, SectionHeader};
use object::{Endianness, Object, ObjectComdat, ObjectSection, ObjectSymbol};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// The inputs of one scan joined by symbol name (`read`).
pub struct Join {
    /// Per input: the references the others make to its globals.
    references: Vec<FromOtherInputs>,
    /// The inputs whose code or data holds addresses of other inputs' code,
    /// and which.
    holders: Vec<(usize, Vec<Held>)>,
    /// Per input: the names it calls or jumps to that other inputs define in
    /// code (where the call binds, or may: a weak or COMDAT definition of
    /// its own may lose to theirs), with those inputs.
    calls_elsewhere: Vec<Vec<(Box<str>, Vec<usize>)>>,
}

/// An address of another input's code that an input's code or data names
/// (not as a call's or jump's destination).
struct Held {
    name: Box<str>,
    /// Named in code (not in data).
    in_code: bool,
    /// Where: the section's name and ELF index, the offset there.
    section: Box<str>,
    section_index: usize,
    offset: u64,
    /// The other inputs that define the name in code.
    definers: Vec<usize>,
}

/// What the other inputs of a scan say about one input's global symbols.
#[derive(Default, Clone)]
pub struct FromOtherInputs {
    references: Vec<Incoming>,
    /// Another input computes a place from the address of code this one
    /// defines: why (each input once).
    computed: Vec<Arc<str>>,
    /// Names on objtool's noreturn list another input defines in code
    /// (`Module::noreturn_defined_elsewhere`), and those of them whose code
    /// may return (`Module::noreturn_returning_elsewhere`).
    noreturn_defined: Vec<Arc<str>>,
    noreturn_returning: Vec<Arc<str>>,
    /// Callees defined in another input whose code there does not show
    /// the calling convention (`Join::callee_contracts`).
    callee_contracts: CalleesElsewhere,
    /// Functions another input defines, whose address this one takes, with
    /// no `.cfi_sites` preamble before them there
    /// (`Module::taken_elsewhere_without_cfi_preamble`).
    taken_without_cfi_preamble: Vec<Arc<str>>,
    /// How far another input's boot-time patches may write past its own
    /// sections' edges (`boot_patches::Spill`): into whatever the link
    /// places beside them, this input's sections among them.
    neighbour_spill: super::boot_patches::Spill,
}

/// Callees another input defines, by name, with what their code there
/// shows of the calling convention (`Join::callee_contracts`).
pub type CalleesElsewhere = Vec<(Arc<str>, Contract)>;

/// A reference from another input, to a place relative to a global symbol
/// this input defines.
#[derive(Clone)]
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
    /// It lies in a table the kernel patches code from at boot
    /// (`PATCH_TABLES`): the place is written, not only entered.
    patches: bool,
}

/// Tables whose entries name code the kernel (or ftrace) writes over at
/// boot or at run time: an `.altinstructions` site (up to 255 bytes, NOPs
/// after the replacement), a static call or static key site, the
/// retpoline, return and call-thunk sites, a sealed `endbr` and the FineIBT
/// preamble before it, a `.cfi_sites` preamble (16 bytes), a lock prefix,
/// ftrace's call sites and the runtime constants. Within one object they
/// are read where the code is decoded; another input's entry naming this
/// input's code makes the functions whose bytes it may write claimless
/// (blind review 111: an `.altinstructions` site at another input's
/// function entry). Compiled kernel objects list only their own code.
pub const PATCH_TABLES: &[&str] = &[
    ".altinstructions",
    "__jump_table",
    ".static_call_sites",
    ".retpoline_sites",
    ".return_sites",
    ".call_sites",
    ".ibt_endbr_seal",
    ".cfi_sites",
    ".smp_locks",
    "__mcount_loc",
    "__patchable_function_entries",
];

/// How far before and after a listed place such a patch may write: the
/// FineIBT preamble 16 bytes before a sealed `endbr`, an alternative's
/// site up to 255 bytes long.
pub const PATCH_REACH: (u64, u64) = (
    super::boot_patches::CFI_PREAMBLE as u64,
    super::boot_patches::LONGEST,
);

/// Whether a section of that name lists places the kernel writes over.
fn patches_code(section: &str) -> bool {
    PATCH_TABLES.contains(&section)
        || section.starts_with("runtime_ptr_")
        || section.starts_with("runtime_shift_")
}

/// A reference against an undefined global, as one input shows it (names
/// borrowed from the input's bytes: a KMSAN object has thousands).
struct Outgoing<'a> {
    name: &'a str,
    reference: Option<Reference>,
    taken: bool,
    /// As no call's or jump's destination: code holds the address (`lea
    /// f(%rip),%rax`), or data code may load it from (`.quad f`), and it
    /// may compute from it (`mov ptr(%rip),%rax; add %rdi,%rax; jmp
    /// *%rax`: blind review 82).
    held: bool,
    /// In an executable section.
    in_code: bool,
    /// Where it lies: the section's name and ELF index, the offset there.
    section: &'a str,
    section_index: usize,
    offset: u64,
}

impl Outgoing<'_> {
    /// Where it lies and what it names, for the reason shown with "no claim".
    fn describe(&self, input: &Input) -> String {
        if self.section == UNREAD {
            return format!(
                "{}: its relocations, which rspill does not read, may refer to {} anywhere",
                input.display, self.name
            );
        }
        let named = match self.reference {
            Some(r) if r.offset != 0 => format!("{}{:+#x}", self.name, r.offset),
            Some(_) => self.name.to_string(),
            None => format!(
                "{} at a place rspill does not know (an addend in the patched bytes, or relocations it does not read)",
                self.name
            ),
        };
        format!(
            "{}: {}+{:#x} refers to {named}",
            input.display, self.section, self.offset
        )
    }
}

/// `Outgoing::section` of the names an input's unread relocations may
/// refer to (`elf::unread_relocations`).
const UNREAD: &str = "(relocations not read)";

/// A global or weak symbol an input defines.
struct Definition<'a> {
    name: &'a str,
    /// ELF section, the symbol's value there, the section's size.
    section: usize,
    value: u64,
    section_size: u64,
    /// The section holds code.
    in_code: bool,
    /// A function on objtool's noreturn list (a call to it binds here).
    noreturn_named: bool,
    /// One whose code may return (`may_return`).
    returning_noreturn: bool,
    /// `.cfi_sites` lists a preamble right before it (where FineIBT's
    /// rewritten callers enter).
    cfi_preamble: bool,
}

/// Read every input's references against the globals it leaves undefined
/// and the globals it defines; for each input, the references the others
/// make to its globals (in the inputs' order). A single input, or inputs
/// none of which is a relocatable object, need nothing.
pub fn read(inputs: &[Input]) -> Join {
    if inputs.len() < 2 {
        return Join {
            references: inputs.iter().map(|_| FromOtherInputs::default()).collect(),
            holders: Vec::new(),
            calls_elsewhere: inputs.iter().map(|_| Vec::new()).collect(),
        };
    }
    let definitions: Vec<Vec<Definition>> = inputs.par_iter().map(definitions).collect();
    let mut definers: FxHashMap<&str, Vec<(usize, &Definition)>> = FxHashMap::default();
    for (i, defined) in definitions.iter().enumerate() {
        for d in defined {
            definers.entry(d.name).or_default().push((i, d));
        }
    }
    // A reference matters where another input defines its name in code, or
    // where it lands outside the definition's section (a way in anywhere):
    // the rest (most: data) is not kept.
    let matters = |i: usize, name: &str, reference: Option<Reference>| {
        definers.get(name).is_some_and(|ds| {
            ds.iter().any(|&(d, def)| {
                d != i
                    && (def.in_code
                        || reference.is_none_or(|r| {
                            r.place_in_section(def.value, def.section_size).is_none()
                        }))
            })
        })
    };
    let shown: Vec<(Vec<Outgoing>, &Vec<Definition>, Vec<&str>)> = inputs
        .par_iter()
        .enumerate()
        .map(|(i, input)| {
            let wanted = |name: &str, reference: Option<Reference>| matters(i, name, reference);
            let (outgoing, called) = references(input, &wanted);
            (outgoing, &definitions[i], called)
        })
        .collect();
    let mut by_name: FxHashMap<&str, Vec<(usize, &Outgoing)>> = FxHashMap::default();
    for (i, (outgoing, _, _)) in shown.iter().enumerate() {
        for o in outgoing {
            by_name.entry(o.name).or_default().push((i, o));
        }
    }
    // Which inputs define each name in code.
    let mut code_of: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, (_, defined, _)) in shown.iter().enumerate() {
        for d in defined.iter().filter(|d| d.in_code) {
            code_of.entry(d.name).or_default().push(i);
        }
    }
    // The inputs whose code or data holds addresses of other inputs' code: read
    // later, for the inputs with claims (`Join::computed_from`).
    let defined_elsewhere = |name: &str, i: usize| {
        code_of
            .get(name)
            .is_some_and(|definers| definers.iter().any(|&d| d != i))
    };
    let mut holders = Vec::new();
    for (i, (outgoing, _, _)) in shown.iter().enumerate() {
        let held: Vec<Held> = outgoing
            .iter()
            .filter(|o| o.held && defined_elsewhere(o.name, i))
            .map(|o| Held {
                name: Box::from(o.name),
                in_code: o.in_code,
                section: Box::from(o.section),
                section_index: o.section_index,
                offset: o.offset,
                definers: code_of[o.name]
                    .iter()
                    .copied()
                    .filter(|&d| d != i)
                    .collect(),
            })
            .collect();
        if !held.is_empty() {
            holders.push((i, held));
        }
    }
    // The names each input calls or jumps to that others define in code.
    let calls_elsewhere = shown
        .iter()
        .enumerate()
        .map(|(i, (_, _, called))| {
            called
                .iter()
                .filter_map(|&name| {
                    let definers: Vec<usize> = code_of
                        .get(name)
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|&d| d != i)
                        .collect();
                    (!definers.is_empty()).then(|| (Box::from(name), definers))
                })
                .collect()
        })
        .collect();
    // A function the kernel never returns from, defined by an input of the
    // scan (the one a call binds to), and whether its code may return.
    let definers_of = |which: fn(&Definition) -> bool| {
        let mut by_name: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (i, (_, defined, _)) in shown.iter().enumerate() {
            for d in defined.iter().filter(|d| which(d)) {
                by_name.entry(d.name).or_default().push(i);
            }
        }
        by_name
            .into_iter()
            .map(|(name, definers)| (Arc::<str>::from(name), definers))
            .collect::<Vec<_>>()
    };
    let noreturn_defined = definers_of(|d| d.noreturn_named);
    let noreturn_returning = definers_of(|d| d.returning_noreturn);
    let elsewhere = |names: &[(Arc<str>, Vec<usize>)], input: usize| -> Vec<Arc<str>> {
        names
            .iter()
            .filter(|(_, definers)| definers.iter().any(|&d| d != input))
            .map(|(name, _)| name.clone())
            .collect()
    };
    // The code another input defines without a `.cfi_sites` preamble, by
    // name (FineIBT enters 16 bytes before a kCFI-checked call's target:
    // blind review 122).
    let mut without_preamble: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (d, (_, defined, _)) in shown.iter().enumerate() {
        for def in defined
            .iter()
            .filter(|def| def.in_code && !def.cfi_preamble)
        {
            without_preamble.entry(def.name).or_default().push(d);
        }
    }
    let taken_without_cfi_preamble = |i: usize| -> Vec<Arc<str>> {
        let mut names: Vec<Arc<str>> = shown[i]
            .0
            .iter()
            .filter(|o| o.taken)
            .filter(|o| {
                without_preamble
                    .get(o.name)
                    .is_some_and(|ds| ds.iter().any(|&d| d != i))
            })
            .map(|o| Arc::from(o.name))
            .collect();
        names.sort();
        names.dedup();
        names
    };
    let references = shown
        .iter()
        .enumerate()
        .map(|(definer, (_, defined, _))| FromOtherInputs {
            taken_without_cfi_preamble: taken_without_cfi_preamble(definer),
            noreturn_defined: elsewhere(&noreturn_defined, definer),
            noreturn_returning: elsewhere(&noreturn_returning, definer),
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
                            patches: patches_code(o.section),
                        })
                })
                .collect(),
            computed: Vec::new(),
            callee_contracts: Vec::new(),
            neighbour_spill: Default::default(),
        })
        .collect();
    Join {
        references,
        holders,
        calls_elsewhere,
    }
}

impl Join {
    /// What the other inputs say about input `i`'s globals, but for
    /// computing from its code's addresses (`computed_from`).
    pub fn references(&self, i: usize) -> &FromOtherInputs {
        &self.references[i]
    }

    /// Of the inputs `wanted` (those with claims), the ones whose code's
    /// address another input takes and computes from, with what to scan
    /// them again with: each holder of their addresses is read following
    /// those addresses only (`Module::code_addresses_of`); where one
    /// computes from them, every input defining them is entered anywhere,
    /// as an object is by the same code of its own.
    pub fn computed_from(
        &self,
        inputs: &[Input],
        wanted: &[usize],
    ) -> Vec<(usize, FromOtherInputs)> {
        let wanted: FxHashSet<usize> = wanted.iter().copied().collect();
        let relevant: Vec<&(usize, Vec<Held>)> = self
            .holders
            .iter()
            .filter(|(_, held)| {
                held.iter()
                    .any(|h| h.definers.iter().any(|d| wanted.contains(d)))
            })
            .collect();
        let computing: Vec<(usize, String)> = relevant
            .into_par_iter()
            .filter_map(|(i, held)| Some((*i, computes(&inputs[*i], held)?)))
            .collect();
        let mut computed: FxHashMap<usize, Vec<Arc<str>>> = FxHashMap::default();
        for (i, why) in computing {
            let held = &self.holders.iter().find(|h| h.0 == i).expect("a holder").1;
            let mut names: Vec<&str> = held.iter().map(|h| &*h.name).collect();
            names.sort_unstable();
            names.dedup();
            let why: Arc<str> = Arc::from(format!(
                "{}, another input of this scan, takes the address of {}: {why}",
                inputs[i].display,
                names.join(", ")
            ));
            let mut definers: Vec<usize> = held
                .iter()
                .flat_map(|h| h.definers.iter().copied())
                .filter(|d| wanted.contains(d))
                .collect();
            definers.sort_unstable();
            definers.dedup();
            for d in definers {
                computed.entry(d).or_default().push(why.clone());
            }
        }
        let mut out: Vec<(usize, FromOtherInputs)> = computed
            .into_iter()
            .map(|(d, computed)| {
                let mut again = self.references[d].clone();
                again.computed = computed;
                (d, again)
            })
            .collect();
        out.sort_unstable_by_key(|(d, _)| *d);
        out
    }
}

/// Whether the code of `name` (a function of `module`) goes on to other
/// code: a call, or a way out other than a return (a tail call, an
/// indirect jump). Where it does, what it reaches is not read here.
fn calls_onward(module: &Module, name: &str) -> bool {
    let Some(index) = module.function_index_called(name) else {
        return true;
    };
    let (insns, _) = crate::x86::decode::decode_for_analysis(module, &module.functions[index]);
    insns.iter().any(|i| {
        i.flow == crate::x86::decode::Flow::Call
            || (i.flow == crate::x86::decode::Flow::Exit
                && !matches!(i.ins.mnemonic(), iced_x86::Mnemonic::Ret)
                && i.target_name.as_deref() != Some("__x86_return_thunk"))
    })
}

/// Why another input's patch table may write the compiled function `name`
/// of `module` at boot (`Module::patched_elsewhere`): its code then is not
/// the compiler's alone.
fn patched_by_others(module: &Module, name: &str) -> Option<String> {
    let f = &module.functions[module.function_index_called(name)?];
    crate::x86::decode::patched_by_other_inputs(module, f)
        .into_iter()
        .next()
        .or_else(|| {
            // Or the call-depth thunk written over nops of its own, before
            // a place some object calls (blind reviews 121, 122, 124).
            let section = &module.sections[f.section];
            crate::input::boot_patches::call_thunk_written(
                module,
                section,
                f.offset,
                f.offset + f.size,
            )
        })
        .map(|why| format!("{name}: {why}"))
}

impl Join {
    /// Of the inputs `wanted` (those with claims), the ones that call a
    /// function another input defines whose code there does not keep the
    /// calling convention, with why: scanned again with it
    /// (`Module::callee_contracts_elsewhere`; blind reviews 107, 108).
    /// Hand-written code is read as an object's own functions are (the
    /// convention must show); compiled code keeps it by the compiled-code
    /// contract unless its code surely breaks it (`ret $8`, %rsp moved, %rbx
    /// replaced: `CalleeContracts::definitely_breaks`; read strictly,
    /// compiled callees would take 239 of a KMSAN build directory's 313
    /// claims). The kernel's callees known by name (`x86::callees::
    /// documented_convention`) and the thunks are taken as documented.
    /// Each defining input is read once, for the names wanted of it.
    pub fn callee_contracts(
        &self,
        inputs: &[Input],
        wanted: &[usize],
    ) -> Vec<(usize, CalleesElsewhere)> {
        let mut asked: FxHashMap<usize, FxHashSet<&str>> = FxHashMap::default();
        for &i in wanted {
            for (name, definers) in &self.calls_elsewhere[i] {
                // Known by name, or read as an indirect branch or a
                // return wherever it is called (the retpoline and return
                // thunks).
                if crate::x86::callees::documented_convention(name)
                    || name.starts_with("__x86_indirect_")
                    || &**name == "__x86_return_thunk"
                {
                    continue;
                }
                for &d in definers {
                    asked.entry(d).or_default().insert(name);
                }
            }
        }
        let mut asked: Vec<(usize, Vec<&str>)> = asked
            .into_iter()
            .map(|(d, names)| {
                let mut names: Vec<&str> = names.into_iter().collect();
                names.sort_unstable();
                (d, names)
            })
            .collect();
        asked.sort_unstable_by_key(|(d, _)| *d);
        // A place of one input's code another input's patch table writes
        // (none in a kernel build: compiled objects list their own code).
        // A callee elsewhere whose code goes on to other code may reach it
        // through a chain of calls across inputs, which is not followed
        // (blind review 120: b's compiled `helper` calls c's `helper2`,
        // which d's `.altinstructions` rewrites into `xor %ebx,%ebx`).
        let patched_across: Option<String> =
            self.references.iter().enumerate().find_map(|(d, r)| {
                r.references
                    .iter()
                    .find(|x| x.patches && x.in_code)
                    .map(|x| format!("{}, in {}", x.from, inputs[d].display))
            });
        let shown: FxHashMap<(usize, &str), Contract> = asked
            .par_iter()
            .flat_map_iter(|(d, names)| {
                let input = &inputs[*d];
                let mut module = load_without_code_entries(
                    input.display.clone(),
                    input.backing.clone(),
                    input.range.clone(),
                );
                // What the other inputs do with its code (a third input's
                // patch table writing the callee: blind review 119) counts
                // for its callees as for its own claims.
                if let Ok(module) = &mut module {
                    self.references[*d].apply(module);
                }
                let answers: Vec<((usize, &str), Contract)> = match &module {
                    // Not read: taken to keep the convention, as every
                    // callee rspill cannot read is.
                    Err(_) => Vec::new(),
                    // Hand-written code is read as an object's own
                    // functions are: the convention must show. Compiled
                    // code keeps it (the compiled-code contract) unless its
                    // code surely breaks it.
                    Ok(module) => {
                        let mut contracts = CalleeContracts::new(module);
                        names
                            .iter()
                            .map(|&n| {
                                // A name with no function symbol there (a
                                // label of top-level asm) is no compiled
                                // function's: the convention must show
                                // (blind review 108's NOTYPE `ret $8`).
                                let c = if module.hand_written
                                    || module.function_index_called(n).is_none()
                                {
                                    contracts.call_to(n)
                                } else if let Some(why) = patched_by_others(module, n) {
                                    Contract::NotShown(why)
                                } else if let Some(why) = contracts.definitely_breaks(n) {
                                    Contract::NotShown(why)
                                } else {
                                    Contract::Assumed
                                };
                                let c = match &patched_across {
                                    Some(patched)
                                        if c.strength() > 0 && calls_onward(module, n) =>
                                    {
                                        Contract::NotShown(format!(
                                            "{n} calls on, and chains of calls across inputs are not followed while another input's patch table writes code of the scan at boot ({patched})"
                                        ))
                                    }
                                    _ => c,
                                };
                                ((*d, n), c)
                            })
                            .collect()
                    }
                };
                // Its pages are not kept resident (hundreds of inputs are
                // read so): a later scan of it reads them again.
                drop(module);
                input.backing.release(input.range.clone());
                answers
            })
            .collect();
        let mut out = Vec::new();
        for &i in wanted {
            let mut weak: CalleesElsewhere = Vec::new();
            for (name, definers) in &self.calls_elsewhere[i] {
                // The weakest of the definitions a call may bind to.
                let weakest = definers
                    .iter()
                    .filter_map(|&d| Some((d, shown.get(&(d, &**name))?)))
                    .min_by_key(|(_, c)| c.strength());
                if let Some((d, c)) =
                    weakest.filter(|(_, c)| c.strength() < Contract::Assumed.strength())
                {
                    let elsewhere = |why: &str| {
                        format!(
                            "in {}, another input of this scan: {why}",
                            inputs[d].display
                        )
                    };
                    let c = match c {
                        Contract::NotShown(why) => Contract::NotShown(elsewhere(why)),
                        Contract::KeptInBounds(why) => Contract::KeptInBounds(elsewhere(why)),
                        other => other.clone(),
                    };
                    weak.push((Arc::from(&**name), c));
                }
            }
            if !weak.is_empty() {
                out.push((i, weak));
            }
        }
        out
    }
}

impl FromOtherInputs {
    /// These, with `callee_contracts` too.
    pub fn with_callee_contracts(mut self, contracts: CalleesElsewhere) -> Self {
        self.callee_contracts = contracts;
        self
    }

    pub fn with_neighbour_spill(mut self, spill: super::boot_patches::Spill) -> Self {
        self.neighbour_spill = spill;
        self
    }
}

/// What the objects `others` (files, archives, directories) say about the
/// globals of the object `path`, as a scan of them all would: for
/// `rewrite --linked-with`. An unreadable one is an error (what it does is
/// not known).
pub fn from_linked(
    path: &std::path::Path,
    others: &[std::path::PathBuf],
) -> Result<FromOtherInputs, crate::error::InputError> {
    let mut paths = vec![path.to_path_buf()];
    paths.extend(others.iter().cloned());
    let found = super::discover::discover(&paths);
    if let Some(e) = found.errors.into_iter().next() {
        return Err(e);
    }
    // What an input rspill cannot read does with IN's functions is not
    // known (LLVM bitcode is linked all the same): no proof without it.
    let unread = found.skipped_not_elf.first().cloned().or_else(|| {
        found
            .inputs
            .iter()
            .find(|i| relocatable(i).is_none())
            .map(|i| i.display.clone())
    });
    if let Some(path) = unread {
        return Err(crate::error::InputError::new(
            path,
            "not an x86-64 relocatable ELF object (LLVM bitcode of an LTO build?): what it does with the rewritten object's functions is not known; nothing written",
        ));
    }
    let shown = path.display().to_string();
    let same_file = |display: &str| {
        display == shown || std::fs::canonicalize(display).ok() == std::fs::canonicalize(path).ok()
    };
    // The object once (a directory it is linked with may hold it too).
    let mut inputs: Vec<Input> = Vec::new();
    let mut own = None;
    for input in found.inputs {
        if same_file(&input.display) {
            if own.is_some() {
                continue;
            }
            own = Some(inputs.len());
        }
        inputs.push(input);
    }
    let Some(own) = own else {
        return Err(crate::error::InputError::new(
            &shown,
            "not found among the inputs with --linked-with",
        ));
    };
    let join = read(&inputs);
    Ok(join
        .computed_from(&inputs, &[own])
        .into_iter()
        .next()
        .map_or_else(|| join.references(own).clone(), |(_, with)| with))
}

/// Whether `input` computes from the addresses of other inputs' code it
/// holds (`held`): what it does, or None.
fn computes(input: &Input, held: &[Held]) -> Option<String> {
    let names: FxHashSet<Box<str>> = held.iter().map(|h| h.name.clone()).collect();
    let Ok(mut module) = load_without_code_entries(
        input.display.clone(),
        input.backing.clone(),
        input.range.clone(),
    ) else {
        // Not loaded, not read: what it does with the address is not known.
        return Some("it could not be read".to_string());
    };
    // Code in a section no function symbol starts is not read
    // (`entries::from_unread_code`): there, naming code is a use.
    let read_sections: FxHashSet<usize> = module.sections.iter().map(|s| s.elf_index).collect();
    if let Some(h) = held
        .iter()
        .find(|h| h.in_code && !read_sections.contains(&h.section_index))
    {
        return Some(format!(
            "its code at {}+{:#x}, in a section no function symbol starts, names {} (such code is not read)",
            h.section, h.offset, h.name
        ));
    }
    module.code_addresses_of = CodeAddressesOf::OtherInputs(names);
    // The fields of its data holding them are read as a module's own are
    // (`mov ptr(%rip),%rax` loads a code address; `add %rdi,ptr(%rip)`
    // changes one in place: blind review 82); its own functions' are not
    // these inputs' concern.
    module.set_code_held(
        held.iter()
            .filter(|h| !h.in_code)
            .map(|h| (h.section_index, h.offset))
            .collect(),
    );
    // Both readings, as within one object: the first follows these
    // addresses from where they are taken; the second every value, through
    // what the first does not follow (a vector register, an add into
    // memory) to a branch. And hand-written assembly's computed transfers,
    // which within one object make it entered anywhere.
    // Hand-written assembly's computed transfers count where its code names
    // an address (label arithmetic from it needs no relocation); one its
    // data holds reaches code through a load, which the readings follow.
    code_address_used_anywhere(&module)
        .or_else(|| computed_value_branched_anywhere(&module))
        .or_else(|| held_code_address_changed(&module))
        .or_else(|| {
            held.iter()
                .any(|h| h.in_code)
                .then(|| hand_written_transfer(&module))
                .flatten()
        })
}

/// The global and weak symbols one input defines (none for a linked
/// image, whose references are resolved, or an input that does not parse:
/// loading it reports why).
fn definitions(input: &Input) -> Vec<Definition<'_>> {
    let Some(file) = relocatable(input) else {
        return Vec::new();
    };
    // The places `.cfi_sites` lists (`.long place - .`: S + A).
    let preambles: FxHashSet<(usize, u64)> = file
        .sections()
        .filter(|s| s.name() == Ok(".cfi_sites"))
        .flat_map(|s| s.relocations().collect::<Vec<_>>())
        .filter_map(|(_, rel)| crate::input::elf::relocation_target(&file, &rel))
        .collect();
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
        let in_code = in_section.kind() == object::SectionKind::Text;
        let noreturn_named = in_code && crate::objtool::model::is_noreturn(Some(name));
        let returning_noreturn =
            noreturn_named && may_return(&file, &in_section, sym.address(), sym.size());
        defined.push(Definition {
            name,
            section: section.0,
            value: sym.address(),
            section_size: in_section.size(),
            in_code,
            noreturn_named,
            returning_noreturn,
            cfi_preamble: preambles.contains(&(
                section.0,
                sym.address()
                    .wrapping_sub(super::boot_patches::CFI_PREAMBLE as u64),
            )),
        });
    }
    // Not all inputs' symbol tables at once (`references` reads them again).
    input.backing.release(input.range.clone());
    defined
}

/// Whether the function at `value` (`size` bytes) of a relocatable
/// object's code section, named on objtool's noreturn list, may come back
/// to its caller, as far as its own bytes show: a `ret`, an indirect jump
/// or call, a jump out of its bytes or one a relocation patches other than
/// to a name on the list, a call to a label of its own, an exception-table
/// entry in it, a last instruction that runs on past its end, or bytes not
/// read whole. (A call elsewhere is taken to come back into it, as rspill
/// takes calls to keep the convention: a callee that pops its return
/// address, blind review 90's `y_callhelper`, is not seen.)
fn may_return(
    file: &ElfFile64<'_, Endianness>,
    section: &object::read::elf::ElfSection64<'_, '_, Endianness>,
    value: u64,
    size: u64,
) -> bool {
    let Some(code) = section
        .data()
        .ok()
        .and_then(|d| d.get(value as usize..value.checked_add(size)? as usize))
        .filter(|c| !c.is_empty())
    else {
        return true;
    };
    let end = value + size;
    // The relocations patching it, by offset from its start: to a name on
    // objtool's noreturn list (trusted within the definer: `panic` ends in
    // `call vpanic`, `__stack_chk_fail` in `call panic`), or not.
    let relocated: Vec<(u64, bool)> = section
        .relocations()
        .filter(|(off, _)| (value..end).contains(off))
        .map(|(off, rel)| {
            let kernel_noreturn = match rel.target() {
                object::RelocationTarget::Symbol(i) => file.symbol_by_index(i).is_ok_and(|s| {
                    s.name()
                        .is_ok_and(|n| crate::objtool::model::is_noreturn(Some(n)))
                }),
                _ => false,
            };
            (off - value, kernel_noreturn)
        })
        .collect();
    // (Every section of the name: the kernel's link joins them.)
    let in_ex_table = file
        .sections()
        .filter(|t| t.name() == Ok("__ex_table"))
        .any(|t| {
            t.relocations().any(|(_, rel)| {
                super::elf::relocation_target(file, &rel).is_some_and(|(sec, off)| {
                    sec == section.index().0 && (value..end).contains(&off)
                })
            })
        });
    if in_ex_table {
        return true;
    }
    let patched = |ins: &iced_x86::Instruction| {
        relocated
            .iter()
            .filter(|&&(r, _)| (ins.ip()..ins.next_ip()).contains(&r))
            .map(|&(_, kernel_noreturn)| kernel_noreturn)
            .collect::<Vec<bool>>()
    };
    let mut last = None;
    let mut decoder = iced_x86::Decoder::with_ip(64, code, 0, iced_x86::DecoderOptions::NONE);
    for ins in decoder.iter() {
        use iced_x86::FlowControl;
        let leaves = match ins.flow_control() {
            _ if ins.is_invalid() => true,
            FlowControl::Return | FlowControl::IndirectBranch | FlowControl::IndirectCall => true,
            // A jump to a name on the list (a tail call to `panic`) does
            // not come back either.
            FlowControl::UnconditionalBranch | FlowControl::ConditionalBranch => {
                let to = patched(&ins);
                if to.is_empty() {
                    ins.near_branch_target() >= size
                } else {
                    to.iter().any(|&kernel_noreturn| !kernel_noreturn)
                }
            }
            // A call comes back into it, as rspill takes calls to keep the
            // convention (one to a label of its own is code it does not
            // read as a callee).
            FlowControl::Call => patched(&ins).is_empty(),
            _ => false,
        };
        if leaves {
            return true;
        }
        last = Some(ins);
    }
    // Its last instruction runs on past its end (a `nop` before what the
    // symbol's size leaves out: blind review 90) unless it transfers
    // control: a jump (checked above), a call, a trap.
    last.is_none_or(|l| {
        matches!(
            l.flow_control(),
            iced_x86::FlowControl::Next | iced_x86::FlowControl::ConditionalBranch
        )
    })
}

/// The input, parsed, if it is a relocatable object.
fn relocatable(input: &Input) -> Option<ElfFile64<'_, Endianness>> {
    let data = input.backing.bytes().get(input.range.clone())?;
    let file = ElfFile64::<Endianness>::parse(data).ok()?;
    (file.elf_header().e_type(file.endian()) == object::elf::ET_REL).then_some(file)
}

/// One input's references against globals another input may define (those
/// that name a place past the symbol, or do not call or jump to it) that
/// `wanted` keeps.
fn references<'a>(
    input: &'a Input,
    wanted: &dyn Fn(&str, Option<Reference>) -> bool,
) -> (Vec<Outgoing<'a>>, Vec<&'a str>) {
    let Some(file) = relocatable(input) else {
        return (Vec::new(), Vec::new());
    };
    // Relocations not read (`elf::unread_relocations`): any global the
    // input leaves undefined or may bind elsewhere is named at a place not
    // known.
    if super::elf::unread_relocations(&file).is_some() {
        let outgoing: Vec<Outgoing<'a>> = file
            .symbols()
            .filter(|sym| sym.is_undefined() && sym.is_global() || sym.is_weak())
            .filter_map(|sym| {
                let name = sym.name().ok().filter(|n| !n.is_empty())?;
                wanted(name, None).then_some(Outgoing {
                    name,
                    reference: None,
                    taken: true,
                    held: false,
                    in_code: false,
                    section: UNREAD,
                    section_index: 0,
                    offset: 0,
                })
            })
            .collect();
        input.backing.release(input.range.clone());
        // Any of them may be called.
        let called = outgoing.iter().map(|o| o.name).collect();
        return (outgoing, called);
    }
    // Sections of COMDAT groups: one group of a name is kept by the link.
    let in_comdat: FxHashSet<usize> = file
        .comdats()
        .flat_map(|c| c.sections().map(|s| s.0).collect::<Vec<_>>())
        .collect();
    let mut outgoing = Vec::new();
    let mut called: Vec<&str> = Vec::new();
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
        let (executable, code) = code_of_section(&section);
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
            // An undefined global, or one this input defines weak or in a
            // COMDAT group: the link may bind the name to another input's
            // definition (it keeps one group of a name). (A strong
            // definition binds its own references: two strong ones do not
            // link.)
            let replaceable = sym.is_weak()
                || (sym.is_global()
                    && sym
                        .section_index()
                        .is_some_and(|i| in_comdat.contains(&i.0)));
            if !(sym.is_undefined() && sym.is_global() || replaceable) {
                continue;
            }
            let reference =
                (!raw.implicit_addend).then(|| Reference::read(r_type, executable, raw.addend));
            let branch = executable && branch_field(code, raw.offset, r_type);
            let taken = !branch;
            let held = !branch;
            // A call or jump to the symbol itself is its entry, which every
            // claim already starts from; what it calls is noted (its code
            // may break the calling convention).
            if reference.is_some_and(|r| r.offset == 0) && branch {
                if let Ok(symbol) = sym.name() {
                    if wanted(symbol, reference) && !called.contains(&symbol) {
                        called.push(symbol);
                    }
                }
                continue;
            }
            if !seen.insert((sym.index().0, reference, taken, held)) {
                continue;
            }
            let Ok(symbol) = sym.name() else { continue };
            if !wanted(symbol, reference) {
                continue;
            }
            outgoing.push(Outgoing {
                name: symbol,
                reference,
                taken,
                held,
                in_code: executable,
                section: name,
                section_index: section.index().0,
                offset: raw.offset,
            });
        }
    }
    // Its pages are read again when it is scanned, one input at a time:
    // not all inputs' at once (a build directory is gigabytes).
    input.backing.release(input.range.clone());
    // Branches off their symbol's start are calls too.
    for o in outgoing.iter().filter(|o| !o.taken) {
        if !called.contains(&o.name) {
            called.push(o.name);
        }
    }
    (outgoing, called)
}

impl FromOtherInputs {
    /// Add to `module` (this input, loaded) the ways into its functions and
    /// the addresses taken that the other inputs show.
    pub fn apply(&self, module: &mut Module) {
        module
            .noreturn_defined_elsewhere
            .clone_from(&self.noreturn_defined);
        module
            .noreturn_returning_elsewhere
            .clone_from(&self.noreturn_returning);
        module
            .callee_contracts_elsewhere
            .clone_from(&self.callee_contracts);
        module
            .taken_elsewhere_without_cfi_preamble
            .clone_from(&self.taken_without_cfi_preamble);
        module.patched_elsewhere.clear();
        module.neighbour_spill = module.neighbour_spill.max(&self.neighbour_spill);
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
            // A BUG's `ud2` another input names (its `__bug_table` may hold
            // a WARN's entry for it, found first: blind review 87) may be
            // resumed.
            if let Some(code) = module
                .sections
                .iter_mut()
                .find(|s| s.elf_index == r.section)
            {
                code.bug_ends.retain(|&b| b != place);
            }
            let at = base.wrapping_add(place);
            if r.patches {
                module.patched_elsewhere.push((at, r.from.clone()));
            }
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
        module.patched_elsewhere.sort();
        module.add_entries(entries, taken);
    }
}
