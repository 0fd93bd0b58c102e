//! Function pairing and normalised per-function codegen comparison of two
//! modules: what changed in the generated code, ignoring what does not matter
//! (addresses, zeroed relocation fields, debug info, section order, padding).

use crate::codegen::canonical::{
    AMBIGUOUS, END_POINTER_UNKNOWN, ObjectIndex, PADDING_BYTES, Renames, SameData, canonical_form,
    differ_only_in_end_pointers, same_reached_data,
};
use crate::error::InputError;
use crate::input::discover::discover;
use crate::input::elf::{Function, Module, ModuleKind, load_file_whole};
use crate::x86::decode::{Flow, Insn, decode_function};
use iced_x86::{Formatter, GasFormatter, Mnemonic};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A function's code as comparable lines.
pub struct Normalized {
    /// One line per instruction, trailing padding dropped.
    pub lines: Vec<String>,
    /// Function-relative offset of each line's instruction.
    pub offsets: Vec<u32>,
}

/// Comparable text of every instruction of `f`:
/// - branch targets inside the function become labels `.L<n>`, numbered by the
///   target's rank in address order (an inserted instruction does not renumber
///   the labels of unrelated targets);
/// - calls and jumps out of the function name their target (relocation or symbol);
/// - relocated fields are zero in a `.o`: the relocation (`symbol+addend`) is
///   appended instead; RIP-relative operands are shown relative to %rip, and in
///   linked images resolved to `symbol+offset`;
/// - trailing `int3`/`nop` padding is dropped.
pub fn normalize(module: &Module, f: &Function, fmt: &mut GasFormatter) -> Normalized {
    let insns = decode_function(module, f);
    let mut end = insns.len();
    while end > 0
        && matches!(
            insns[end - 1].ins.mnemonic(),
            Mnemonic::Int3 | Mnemonic::Nop
        )
    {
        end -= 1;
    }
    let insns = &insns[..end];
    let mut targets: Vec<u32> = insns
        .iter()
        .filter_map(|i| match i.flow {
            Flow::Jump(t) | Flow::CondJump(t) => Some(t),
            _ => None,
        })
        .collect();
    targets.sort_unstable();
    targets.dedup();
    let section = &module.sections[f.section];
    let base = module.function_address(f);
    let mut lines = Vec::with_capacity(insns.len());
    let mut text = String::new();
    for ins in insns {
        text.clear();
        match ins.flow {
            Flow::Jump(t) | Flow::CondJump(t) => {
                let label = targets.binary_search(&t).unwrap_or(usize::MAX);
                text.push_str(&format!("{} .L{label}", mnemonic_text(fmt, ins)));
            }
            _ if ins.target_name.is_some() && ins.branches_out() => {
                // A renamed clone is the same callee (pairing matches it too).
                let name = ins.target_name.as_deref().unwrap_or("?");
                let (base, cold) = clone_base(name);
                let cold = if cold { ".cold" } else { "" };
                text.push_str(&format!("{} {base}{cold}", mnemonic_text(fmt, ins)));
            }
            _ => {
                fmt.format(&ins.ins, &mut text);
                let start = f.offset + ins.off as u64;
                let relocs = section.relocs_in(start, start + ins.len as u64);
                if !relocs.is_empty() {
                    for r in relocs {
                        let field = r.offset - start;
                        let target = match r.target_section() {
                            // Layout-dependent addend: say what it reaches. For
                            // PC-relative fields the reached offset is addend +
                            // (instruction end - field).
                            Some(idx) => {
                                let pc_rel = r.r_type == object::elf::R_X86_64_PC32.0
                                    || r.r_type == object::elf::R_X86_64_PLT32.0;
                                let pos = if pc_rel {
                                    r.addend.wrapping_add(ins.len as i64 - field as i64)
                                } else {
                                    r.addend
                                };
                                module.describe_section_target(idx, pos)
                            }
                            None => format!("{}{:+}", r.symbol(), r.addend),
                        };
                        text.push_str(&format!(" <{}@{field}:{target}>", r.r_type));
                    }
                } else if module.kind == ModuleKind::Executable
                    && ins.ins.is_ip_rel_memory_operand()
                {
                    // Linked: the displacement depends on the layout, the symbol
                    // it reaches does not.
                    // iced resolves RIP-relative operands against the decode IP,
                    // which is the function start.
                    let target = base.wrapping_add(ins.ins.memory_displacement64());
                    let shown = match module.symbol_at(target) {
                        Some((name, 0)) => name.to_string(),
                        Some((name, off)) => format!("{name}+{off:#x}"),
                        None => format!("{target:#x}"),
                    };
                    if let Some(p) = text.find("(%rip)") {
                        let start = text[..p].rfind([' ', ',']).map(|i| i + 1).unwrap_or(0);
                        text.replace_range(start..p, &shown);
                    }
                }
            }
        }
        lines.push(text.clone());
    }
    Normalized {
        lines,
        offsets: insns.iter().map(|i| i.off).collect(),
    }
}

fn mnemonic_text(fmt: &mut GasFormatter, ins: &Insn) -> String {
    let mut m = String::new();
    fmt.format_mnemonic(&ins.ins, &mut m);
    m
}

/// The formatter normalisation uses (AT&T, RIP-relative operands as displacements).
pub fn formatter() -> GasFormatter {
    crate::x86::decode::gas_formatter(true)
}

/// Outcome for one function (or one side's unpaired function).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Identical,
    Changed,
    OnlyInA,
    OnlyInB,
    /// The function reaches something rspill cannot compare (the note says
    /// what): neither identical nor changed.
    Unknown,
}

#[derive(Clone, Debug, Serialize)]
pub struct FirstDifference {
    /// Index of the first differing instruction (after identical ones).
    pub index: usize,
    pub offset_a: Option<u32>,
    pub offset_b: Option<u32>,
    pub a: Option<String>,
    pub b: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct FunctionDiff {
    #[serde(rename = "type")]
    pub record_type: &'static str,
    pub file: String,
    pub section: String,
    pub function_a: Option<String>,
    pub function_b: Option<String>,
    pub status: Status,
    pub insns_a: Option<usize>,
    pub insns_b: Option<usize>,
    pub size_a: Option<u64>,
    pub size_b: Option<u64>,
    pub first_difference: Option<FirstDifference>,
    /// Unified instruction diff (patience), with `--show`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unified: Option<String>,
    /// Why a function stayed unpaired, when its clone name was ambiguous.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl FunctionDiff {
    /// A record about something other than a paired function (code outside
    /// functions, a data section, the linkage): no instructions, no sizes.
    fn about(
        file: &str,
        section: &str,
        (a, b): (Option<String>, Option<String>),
        status: Status,
        note: String,
    ) -> FunctionDiff {
        FunctionDiff {
            record_type: "function",
            file: file.to_string(),
            section: section.to_string(),
            function_a: a,
            function_b: b,
            status,
            insns_a: None,
            insns_b: None,
            size_a: None,
            size_b: None,
            first_difference: None,
            unified: None,
            note: Some(note),
        }
    }

    pub fn name(&self) -> &str {
        self.function_a
            .as_deref()
            .or(self.function_b.as_deref())
            .unwrap_or("?")
    }

    pub fn size_delta(&self) -> i64 {
        self.size_b.unwrap_or(0) as i64 - self.size_a.unwrap_or(0) as i64
    }
}

/// `foo.constprop.0` → (`foo`, false); `foo.cold.1` → (`foo`, true). Compiler clone
/// suffixes: `.constprop.N`, `.isra.N`, `.part.N`, `.llvm.N`, `.cold[.N]`.
pub fn clone_base(name: &str) -> (&str, bool) {
    let mut parts = name.split('.');
    let base = parts.next().unwrap_or(name);
    let mut cold = false;
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() {
        return (name, false);
    }
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            "constprop" | "isra" | "part" | "llvm" => {
                i += 1;
                if rest
                    .get(i)
                    .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
                {
                    i += 1;
                }
            }
            "cold" => {
                cold = true;
                i += 1;
                if rest
                    .get(i)
                    .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
                {
                    i += 1;
                }
            }
            _ => return (name, false),
        }
    }
    (base, cold)
}

/// Sections the kernel's linker scripts place by their own names, whatever
/// function they hold: `.text.startup` is init text, freed after boot, and
/// `.text.exit` exit text, discarded or freed (`vmlinux.lds.h`: `INIT_TEXT`,
/// `EXIT_TEXT`; blind review 123's `startup` in `.text.startup` against
/// `.text`); the hot, unlikely, unknown and fixup parts are placed apart.
const PLACED_BY_NAME: &[&str] = &[
    ".text.startup",
    ".text.exit",
    ".text.hot",
    ".text.unlikely",
    ".text.unknown",
    ".text.fixup",
];

/// `-ffunction-sections` names a function's section after it: compare such
/// sections by kind (`.text.*`), everything else by name.
fn section_key(section: &str, function: &str) -> String {
    if PLACED_BY_NAME.contains(&section) {
        return section.to_string();
    }
    match section.strip_suffix(function) {
        // `.text.foo` is where `-ffunction-sections` puts `foo` of `.text`.
        Some(".text.") => ".text".to_string(),
        Some(prefix) if prefix.ends_with('.') && prefix.len() > 1 => format!("{prefix}*"),
        _ => section.to_string(),
    }
}

/// The names more than one function of the object has.
fn ambiguous_names(funcs: &[Function]) -> HashSet<&str> {
    let mut seen = HashSet::new();
    funcs
        .iter()
        .filter(|f| !seen.insert(f.name.as_str()))
        .map(|f| f.name.as_str())
        .collect()
}

/// Pairing keys of one side's functions: index → (section key, name or
/// `name#n`).
type Keys = HashMap<usize, (String, String)>;

/// How each side names its functions in canonical forms: a name more than
/// one function has (statics of different units after `ld -r`) by its pairing
/// key (`helper#2@.text`), and A's functions as B knows them (a call to a
/// renamed clone is the same call).
fn function_identities(
    (a, funcs_a, keys_a): (&Module, &[Function], &Keys),
    (b, funcs_b, keys_b): (&Module, &[Function], &Keys),
    pairs: &[(Option<usize>, Option<usize>, Option<String>)],
) -> (Renames, Renames) {
    let (amb_a, amb_b) = (ambiguous_names(funcs_a), ambiguous_names(funcs_b));
    let identity = |funcs: &[Function], keys: &Keys, amb: &HashSet<&str>, i: usize| {
        let f = &funcs[i];
        match keys.get(&i) {
            Some((sec, key)) if amb.contains(f.name.as_str()) => format!("{key}@{sec}"),
            _ => f.name.clone(),
        }
    };
    let by_place = |m: &Module, funcs: &[Function], keys: &Keys, amb: &HashSet<&str>| {
        let mut out: HashMap<(usize, u64), Vec<(String, String)>> = HashMap::new();
        for (i, f) in funcs.iter().enumerate() {
            if amb.contains(f.name.as_str()) {
                let sec = m.section_elf_index(f.section).unwrap_or(0);
                out.entry((sec, f.offset))
                    .or_default()
                    .push((f.name.clone(), identity(funcs, keys, amb, i)));
            }
        }
        out
    };
    let to_b = pairs
        .iter()
        .filter_map(|(ia, ib, _)| {
            Some((
                identity(funcs_a, keys_a, &amb_a, (*ia)?),
                identity(funcs_b, keys_b, &amb_b, (*ib)?),
            ))
        })
        .collect();
    (
        Renames {
            to_b,
            by_place: by_place(a, funcs_a, keys_a, &amb_a),
        },
        Renames {
            to_b: HashMap::new(),
            by_place: by_place(b, funcs_b, keys_b, &amb_b),
        },
    )
}

/// Compare every function of `a` with its partner in `b`.
pub fn diff_modules(file: &str, a: &Module, b: &Module, show: bool) -> Vec<FunctionDiff> {
    // (section kind, name, ordinal): static functions of different units may
    // share a name in vmlinux.o; the n-th pairs with the n-th.
    // Every name of the code: an alias (`SYM_FUNC_ALIAS`) is compared as a
    // function of its own, so that a name moved to other code is a change of
    // that name only.
    let named = |m: &Module| -> Vec<Function> {
        m.functions
            .iter()
            .flat_map(|f| {
                std::iter::once(f.clone()).chain(f.aliases.iter().map(|n| Function {
                    name: n.clone(),
                    aliases: Vec::new(),
                    ..f.clone()
                }))
            })
            .collect()
    };
    let (funcs_a, funcs_b) = (named(a), named(b));
    let keyed = |m: &Module, funcs: &[Function]| -> BTreeMap<(String, String), usize> {
        let mut seen: HashMap<(String, String), usize> = HashMap::new();
        funcs
            .iter()
            .enumerate()
            // `__pfx_*` symbols are the padding objtool's --prefix adds in front
            // of functions when kbuild runs it per object: not compiler output.
            .filter(|(_, f)| !f.name.starts_with("__pfx_"))
            .map(|(i, f)| {
                let sec = section_key(&m.sections[f.section].name, &f.name);
                let n = seen.entry((sec.clone(), f.name.clone())).or_default();
                *n += 1;
                let name = if *n == 1 {
                    f.name.clone()
                } else {
                    format!("{}#{}", f.name, n)
                };
                ((sec, name), i)
            })
            .collect()
    };
    let mut left = keyed(a, &funcs_a);
    let mut right = keyed(b, &funcs_b);
    let key_of = |k: &BTreeMap<(String, String), usize>| -> Keys {
        k.iter().map(|(key, &i)| (i, key.clone())).collect()
    };
    let (keys_a, keys_b) = (key_of(&left), key_of(&right));
    // Exact names first.
    let mut pairs: Vec<(Option<usize>, Option<usize>, Option<String>)> = Vec::new();
    let exact: Vec<(String, String)> = left
        .keys()
        .filter(|k| right.contains_key(*k))
        .cloned()
        .collect();
    for k in exact {
        pairs.push((left.remove(&k), right.remove(&k), None));
    }
    // Then clone names, only where the pairing is unambiguous on both sides.
    let group = |m: &BTreeMap<(String, String), usize>| {
        let mut g: HashMap<(String, String, bool), Vec<(String, usize)>> = HashMap::new();
        for ((sec, name), &i) in m {
            let (base, cold) = clone_base(name);
            g.entry((sec.clone(), base.to_string(), cold))
                .or_default()
                .push((name.clone(), i));
        }
        g
    };
    let (ga, gb) = (group(&left), group(&right));
    let mut keys: Vec<&(String, String, bool)> =
        ga.keys().filter(|k| gb.contains_key(*k)).collect();
    keys.sort();
    for k in keys {
        let (va, vb) = (&ga[k], &gb[k]);
        if va.len() == 1 && vb.len() == 1 {
            left.remove(&(k.0.clone(), va[0].0.clone()));
            right.remove(&(k.0.clone(), vb[0].0.clone()));
            pairs.push((Some(va[0].1), Some(vb[0].1), None));
        } else {
            let names = |v: &Vec<(String, usize)>| {
                v.iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let note = format!(
                "clones not paired (ambiguous): A has {}, B has {}",
                names(va),
                names(vb)
            );
            for (n, i) in va {
                left.remove(&(k.0.clone(), n.clone()));
                pairs.push((Some(*i), None, Some(note.clone())));
            }
            for (n, i) in vb {
                right.remove(&(k.0.clone(), n.clone()));
                pairs.push((None, Some(*i), Some(note.clone())));
            }
        }
    }
    pairs.extend(left.into_values().map(|i| (Some(i), None, None)));
    pairs.extend(right.into_values().map(|i| (None, Some(i), None)));

    let ctx = match (a.kind, b.kind) {
        _ if a.path == b.path || a.bytes() == b.bytes() => Canonical::SameFile,
        (ModuleKind::Relocatable, ModuleKind::Relocatable) => {
            match (ObjectIndex::parse(a.bytes()), ObjectIndex::parse(b.bytes())) {
                (Ok(ia), Ok(ib)) if ia.runtime_content() == ib.runtime_content() => {
                    Canonical::SameFile
                }
                (Ok(ia), Ok(ib)) => {
                    let names = function_identities(
                        (a, &funcs_a, &keys_a),
                        (b, &funcs_b, &keys_b),
                        &pairs,
                    );
                    Canonical::Relocatable(Box::new((ia, ib)), Box::new(names), Default::default())
                }
                (Err(e), _) | (_, Err(e)) => Canonical::Unavailable(e),
            }
        }
        _ => Canonical::Unavailable(
            "linked images: rspill compares their instructions, not yet the data and kernel tables they reach"
                .to_string(),
        ),
    };
    let mut fmt = formatter();
    let mut out: Vec<FunctionDiff> = pairs
        .into_iter()
        .enumerate()
        .map(|(id, (ia, ib, note))| {
            let fa = ia.map(|i| &funcs_a[i]);
            let fb = ib.map(|i| &funcs_b[i]);
            compare(file, (a, fa), (b, fb), (&ctx, id), show, note, &mut fmt)
        })
        .collect();
    // A function's "identical" rests on the pairing of the data places it
    // reaches; where another function needed a contradicting pair, neither
    // pairing can be trusted.
    if let Canonical::Relocatable(ix, _, same_data) = &ctx {
        for (id, (sec, pos)) in same_data.borrow().contradicted() {
            let d = &mut out[id];
            if d.status == Status::Identical {
                d.status = Status::Unknown;
                d.note = Some(format!(
                    "the data it reaches ({}+{pos:#x}) is paired with B's differently by another function",
                    ix.0.name(sec)
                ));
            }
        }
    }
    out.extend(code_outside_functions(file, a, b, &ctx));
    if let Canonical::Relocatable(ix, names, _) = &ctx {
        out.extend(data_differences(
            file,
            ix.0.data_sections(&names.0),
            ix.1.data_sections(&names.1),
        ));
        if let Some(first) = linkage_difference(&ix.0.linkage(), &ix.1.linkage()) {
            out.push(FunctionDiff::about(
                file,
                ".symtab",
                (Some("<symbols>".into()), Some("<symbols>".into())),
                Status::Changed,
                format!(
                    "the symbols other objects link against differ (type, binding, visibility, section, absolute value or common size), or the addresses of other objects' code it takes where objtool looks for them to keep an ENDBR: {first}"
                ),
            ));
        }
    }
    out.sort_by(|x, y| (&x.section, x.name(), x.status).cmp(&(&y.section, y.name(), y.status)));
    out
}

/// Equal canonical forms (`Ok(None)`), the two that differ, or why there are none.
type Decided = Result<Option<(Vec<String>, Vec<String>)>, String>;

/// What decides "identical" for a pair of modules.
enum Canonical {
    /// Relocatable objects: canonical forms (see `canonical`), how each
    /// side names its functions, and the pairs of data places already found
    /// the same.
    Relocatable(
        Box<(ObjectIndex, ObjectIndex)>,
        Box<(Renames, Renames)>,
        Box<std::cell::RefCell<SameData>>,
    ),
    /// The same bytes on both sides, or the same run-time content (sections
    /// that run or are patched in, their relocations and symbols): everything
    /// is identical.
    SameFile,
    /// No canonical forms: equal instructions give "unknown", for this reason.
    Unavailable(String),
}

fn compare(
    file: &str,
    (a, fa): (&Module, Option<&Function>),
    (b, fb): (&Module, Option<&Function>),
    (ctx, id): (&Canonical, usize),
    show: bool,
    note: Option<String>,
    fmt: &mut GasFormatter,
) -> FunctionDiff {
    let section = match (fa, fb) {
        (Some(f), _) => a.sections[f.section].name.clone(),
        (None, Some(f)) => b.sections[f.section].name.clone(),
        (None, None) => String::new(),
    };
    let mut d = FunctionDiff {
        record_type: "function",
        file: file.to_string(),
        section,
        function_a: fa.map(|f| f.name.clone()),
        function_b: fb.map(|f| f.name.clone()),
        status: Status::Identical,
        insns_a: None,
        insns_b: None,
        size_a: fa.map(|f| f.size),
        size_b: fb.map(|f| f.size),
        first_difference: None,
        unified: None,
        note,
    };
    let (fa, fb) = match (fa, fb) {
        (Some(x), Some(y)) => (x, y),
        (Some(_), None) => {
            d.status = Status::OnlyInA;
            return d;
        }
        _ => {
            d.status = Status::OnlyInB;
            return d;
        }
    };
    // The decision: canonical forms where there are some.
    let decided: Decided = match ctx {
        Canonical::SameFile => Ok(None),
        Canonical::Unavailable(why) => Err(why.clone()),
        Canonical::Relocatable(ix, names, same_data) => {
            let sec = |m: &Module, f: &Function| m.section_elf_index(f.section).unwrap_or(0);
            match (
                canonical_form(&ix.0, &names.0, sec(a, fa), fa.offset, fa.size),
                canonical_form(&ix.1, &names.1, sec(b, fb), fb.offset, fb.size),
            ) {
                (Ok(x), Ok(y)) if x.lines == y.lines => {
                    // Equal lines: then the data reached through data.
                    match same_reached_data(&x, &y, &mut same_data.borrow_mut(), id) {
                        Ok(None) => Ok(None),
                        Ok(Some((da, db))) => {
                            let mut la = x.lines.clone();
                            let mut lb = y.lines.clone();
                            la.push(da);
                            lb.push(db);
                            Ok(Some((la, lb)))
                        }
                        Err(e) => Err(e),
                    }
                }
                (Ok(x), Ok(y)) if differ_only_in_end_pointers(&x.lines, &y.lines) => {
                    Err(END_POINTER_UNKNOWN.to_string())
                }
                (Ok(x), Ok(y)) => Ok(Some((x.lines, y.lines))),
                (Err(e), _) => Err(format!("A: {e}")),
                (_, Err(e)) => Err(format!("B: {e}")),
            }
        }
    };
    if matches!(decided, Ok(None)) {
        return d;
    }
    let na = normalize(a, fa, fmt);
    let nb = normalize(b, fb, fmt);
    d.insns_a = Some(na.lines.len());
    d.insns_b = Some(nb.lines.len());
    if na.lines == nb.lines {
        match decided {
            Err(why) => {
                d.status = Status::Unknown;
                d.note = Some(why);
            }
            Ok(Some((x, y))) => {
                // Same instructions, different data, tables or label places.
                d.status = Status::Changed;
                let index = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
                d.first_difference = Some(FirstDifference {
                    index,
                    offset_a: None,
                    offset_b: None,
                    a: x.get(index).cloned(),
                    b: y.get(index).cloned(),
                });
            }
            Ok(None) => {}
        }
        return d;
    }
    d.status = Status::Changed;
    let index = na
        .lines
        .iter()
        .zip(&nb.lines)
        .take_while(|(x, y)| x == y)
        .count();
    d.first_difference = Some(FirstDifference {
        index,
        offset_a: na.offsets.get(index).copied(),
        offset_b: nb.offsets.get(index).copied(),
        a: na.lines.get(index).cloned(),
        b: nb.lines.get(index).cloned(),
    });
    if show {
        let la: Vec<&str> = na.lines.iter().map(String::as_str).collect();
        let lb: Vec<&str> = nb.lines.iter().map(String::as_str).collect();
        let diff = similar::TextDiff::configure()
            .algorithm(similar::Algorithm::Patience)
            .diff_slices(&la, &lb);
        let header_a = format!("a/{}", fa.name);
        let header_b = format!("b/{}", fb.name);
        let mut text = String::new();
        for hunk in diff
            .unified_diff()
            .context_radius(3)
            .header(&header_a, &header_b)
            .iter_hunks()
        {
            text.push_str(&hunk.to_string());
        }
        d.unified = Some(format!("--- {header_a}\n+++ {header_b}\n{text}"));
    }
    d
}

/// Code outside every function symbol (`SYM_CODE` entry points with
/// `STT_NOTYPE`, out-of-line code with only a local label): not paired with
/// anything, so compared per section as a whole. Padding (NOPs, `int3`) is
/// not code. Equal outside code still gets "unknown": it is compared as bytes
/// and relocations only, not through its data and tables.
fn code_outside_functions(
    file: &str,
    a: &Module,
    b: &Module,
    ctx: &Canonical,
) -> Vec<FunctionDiff> {
    if matches!(ctx, Canonical::SameFile) {
        return Vec::new();
    }
    let outside = |m: &Module| -> BTreeMap<(String, String), Vec<String>> {
        // Symbol values are section offsets only in relocatable objects; a
        // linked image's code is compared by its instructions alone.
        if m.kind != ModuleKind::Relocatable {
            return BTreeMap::new();
        }
        ObjectIndex::parse(m.bytes())
            .map(|ix| ix.code_outside_functions())
            .unwrap_or_default()
    };
    // The comparison's own indexes where it has them (relocatable objects).
    let (oa, ob) = match ctx {
        Canonical::Relocatable(ix, _, _) => {
            (ix.0.code_outside_functions(), ix.1.code_outside_functions())
        }
        _ => (outside(a), outside(b)),
    };
    let mut names: Vec<&(String, String)> = oa.keys().chain(ob.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter_map(|key| {
            let (sec, name) = key;
            let (x, y) = (oa.get(key), ob.get(key));
            let only_padding = |v: Option<&Vec<String>>| {
                v.is_some_and(|l| l.iter().all(|t| t.starts_with(PADDING_BYTES)))
            };
            if x == y && only_padding(x) {
                return None;
            }
            let (status, note) = if x == y {
                (
                    Status::Unknown,
                    "code outside function symbols: equal as bytes and relocations, not compared through its data and tables",
                )
            } else {
                (Status::Changed, "code outside function symbols differs")
            };
            Some(FunctionDiff::about(
                file,
                sec,
                (x.map(|_| name.clone()), y.map(|_| name.clone())),
                status,
                note.to_string(),
            ))
        })
        .collect()
}

/// The first difference between two objects' linkage (`ObjectIndex::linkage`):
/// a symbol both define differently, or one side only (a global function
/// turned local is paired as a function and identical there: only here does
/// it show).
fn linkage_difference(a: &[String], b: &[String]) -> Option<String> {
    let by_name = |l: &[String]| -> BTreeMap<String, Vec<String>> {
        let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for e in l {
            let name = e.split(' ').next().unwrap_or("").to_string();
            m.entry(name).or_default().push(e.clone());
        }
        m
    };
    let (ma, mb) = (by_name(a), by_name(b));
    let mut names: Vec<&String> = ma.keys().chain(mb.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .find_map(|n| match (ma.get(n), mb.get(n)) {
            (Some(x), Some(y)) if x == y => None,
            (x, y) => {
                let show = |v: Option<&Vec<String>>| {
                    v.map_or("none".to_string(), |v| format!("`{}`", v.join("; ")))
                };
                Some(format!("A {}, B {}", show(x), show(y)))
            }
        })
}

/// Data sections (not code, not metadata) whose run-time content differs:
/// a change of the object even where no compared function reads it (an
/// initialiser, a boot-time list, bytes past a symbol whose address escapes).
/// Whether a data section's record names a section it cannot tell apart.
fn ambiguous(lines: Option<&Vec<String>>) -> bool {
    lines.is_some_and(|l| l.iter().any(|t| t.contains(AMBIGUOUS)))
}

fn data_differences(
    file: &str,
    a: BTreeMap<String, Vec<String>>,
    b: BTreeMap<String, Vec<String>>,
) -> Vec<FunctionDiff> {
    let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|n| a.get(*n) != b.get(*n) || ambiguous(a.get(*n)) || ambiguous(b.get(*n)))
        .map(|n| {
            let (x, y) = (a.get(n), b.get(n));
            let (status, note) = match (x, y) {
                (Some(_), None) => (Status::OnlyInA, "data section only in A".to_string()),
                _ if ambiguous(x) || ambiguous(y) => (
                    Status::Unknown,
                    "data section: it refers to a section whose name other sections with the same symbols or bytes share; rspill cannot tell which".to_string(),
                ),
                (Some(x), Some(y)) => {
                    let what = if x[0] != y[0] { "contents" } else { "symbols" };
                    (
                        Status::Changed,
                        format!("data section: its {what} differ (code that reads it may still compare identical)"),
                    )
                }
                (None, _) => (Status::OnlyInB, "data section only in B".to_string()),
            };
            let label = format!("<data {n}>");
            FunctionDiff::about(
                file,
                n,
                (x.map(|_| label.clone()), y.map(|_| label.clone())),
                status,
                note,
            )
        })
        .collect()
}

/// One pair of inputs compared (or one side missing).
#[derive(Debug, Default)]
pub struct DiffResult {
    pub functions: Vec<FunctionDiff>,
    /// Objects present on one side only (relative paths in build-tree mode).
    pub only_in_a: Vec<String>,
    pub only_in_b: Vec<String>,
    pub objects_compared: usize,
    pub errors: Vec<InputError>,
}

impl DiffResult {
    pub fn identical(&self) -> bool {
        self.only_in_a.is_empty()
            && self.only_in_b.is_empty()
            && self.functions.iter().all(|f| f.status == Status::Identical)
    }
}

/// Compare two objects, or two build trees (objects paired by relative path).
pub fn diff_paths(a: &Path, b: &Path, show: bool) -> DiffResult {
    let mut result = DiffResult::default();
    let (a_dir, b_dir) = (a.is_dir(), b.is_dir());
    if a_dir != b_dir {
        result.errors.push(InputError::new(
            b.display().to_string(),
            format!(
                "cannot compare a {} with a {}",
                kind_word(a_dir),
                kind_word(b_dir)
            ),
        ));
        return result;
    }
    let pairs: Vec<(String, Option<PathBuf>, Option<PathBuf>)> = if a_dir {
        let la = relative_objects(a, &mut result.errors);
        let lb = relative_objects(b, &mut result.errors);
        let walked: BTreeSet<&String> = la.keys().chain(lb.keys()).collect();
        result
            .errors
            .extend(differing_files_not_compared(a, b, &walked));
        let mut names: Vec<&String> = la.keys().chain(lb.keys()).collect();
        names.sort();
        names.dedup();
        names
            .into_iter()
            .map(|n| (n.clone(), la.get(n).cloned(), lb.get(n).cloned()))
            .collect()
    } else {
        vec![(
            a.display().to_string(),
            Some(a.to_path_buf()),
            Some(b.to_path_buf()),
        )]
    };
    let compared: Vec<Result<Vec<FunctionDiff>, InputError>> = pairs
        .par_iter()
        .filter_map(|(name, pa, pb)| {
            let (pa, pb) = (pa.as_ref()?, pb.as_ref()?);
            Some(
                load_file_whole(pa)
                    .and_then(|ma| Ok((ma, load_file_whole(pb)?)))
                    .map(|(ma, mb)| diff_modules(name, &ma, &mb, show)),
            )
        })
        .collect();
    for (name, pa, pb) in &pairs {
        match (pa, pb) {
            (Some(_), None) => result.only_in_a.push(name.clone()),
            (None, Some(_)) => result.only_in_b.push(name.clone()),
            _ => result.objects_compared += 1,
        }
    }
    for c in compared {
        match c {
            Ok(f) => result.functions.extend(f),
            Err(e) => {
                result.objects_compared -= 1;
                result.errors.push(e)
            }
        }
    }
    result
}

/// Could this file hold code the walk does not compare? Objects it passes over
/// (`vmlinux.o`, `*.mod.o`, LLVM bitcode of an LTO build), modules, archives
/// with members of their own, and any other ELF file (a linked `vmlinux`).
fn may_hold_code(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if name.ends_with(".o") || name.ends_with(".ko") {
        return true;
    }
    let mut head = [0u8; 8];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    // A thin archive only names objects (compared where they lie). LLVM
    // bitcode (raw, or in its wrapper) is linked like an object whatever
    // its name.
    [
        &b"\x7fELF"[..],
        b"!<arch>\n",
        b"BC\xc0\xde",
        b"\xde\xc0\x17\x0b",
    ]
    .iter()
    .any(|magic| head[..n].starts_with(magic))
}

fn same_bytes(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (a.metadata(), b.metadata()) else {
        return false;
    };
    ma.len() == mb.len() && matches!((std::fs::read(a), std::fs::read(b)), (Ok(x), Ok(y)) if x == y)
}

/// Files below the two trees the walk did not compare and that may hold code,
/// where the trees differ (in bytes, or the file is on one side only): an
/// "identical" could not cover them, so they are an error, named.
fn differing_files_not_compared(
    a: &Path,
    b: &Path,
    walked: &BTreeSet<&String>,
) -> Option<InputError> {
    // Symbolic links are followed here (the walk does not): a linked object
    // or directory is content of the tree like any other. Loops are errors
    // walkdir reports and skips.
    let files = |dir: &Path| -> BTreeMap<String, PathBuf> {
        walkdir::WalkDir::new(dir)
            .follow_links(true)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .filter_map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(dir)
                    .ok()?
                    .to_string_lossy()
                    .into_owned();
                (!walked.contains(&rel)).then(|| (rel, e.into_path()))
            })
            .collect()
    };
    let (fa, fb) = (files(a), files(b));
    let mut names: Vec<&String> = fa.keys().chain(fb.keys()).collect();
    names.sort();
    names.dedup();
    let differing: Vec<&String> = names
        .into_par_iter()
        .filter(|n| match (fa.get(*n), fb.get(*n)) {
            (Some(x), Some(y)) => (may_hold_code(x) || may_hold_code(y)) && !same_bytes(x, y),
            (Some(x), None) | (None, Some(x)) => may_hold_code(x),
            (None, None) => false,
        })
        .collect();
    if differing.is_empty() {
        return None;
    }
    let shown: Vec<&str> = differing.iter().take(8).map(|s| s.as_str()).collect();
    Some(InputError::new(
        b.display().to_string(),
        format!(
            "not compared, and different between the trees: {} file{} that may hold code (link-stage files, modules, archives, LLVM bitcode, linked images, files behind symbolic links; compare them by name): {}{}",
            differing.len(),
            if differing.len() == 1 { "" } else { "s" },
            shown.join(", "),
            if differing.len() > shown.len() {
                ", ..."
            } else {
                ""
            }
        ),
    ))
}

fn kind_word(dir: bool) -> &'static str {
    if dir { "directory" } else { "file" }
}

/// Objects below `dir` (the scan walk's rules) by path relative to `dir`.
fn relative_objects(dir: &Path, errors: &mut Vec<InputError>) -> BTreeMap<String, PathBuf> {
    let found = discover(&[dir.to_path_buf()]);
    errors.extend(found.errors);
    // The walk passes over 32-bit objects; a comparison that left them out
    // could call trees identical that are not: say so, as an error.
    if found.skipped_32bit > 0 {
        errors.push(InputError::new(
            dir.display().to_string(),
            format!(
                "{} 32-bit objects (vDSO32, real-mode, boot code) are not compared: rspill reads x86-64 only",
                found.skipped_32bit
            ),
        ));
    }
    // Nor are `.o` files that are no ELF (LLVM bitcode): their code is not
    // read, so the trees may differ there.
    for path in &found.skipped_not_elf {
        errors.push(InputError::new(
            path.clone(),
            "not an ELF object (LLVM bitcode of an LTO build?): not compared",
        ));
    }
    found
        .inputs
        .into_iter()
        .filter_map(|i| {
            let p = PathBuf::from(&i.display);
            let rel = p.strip_prefix(dir).ok()?.to_string_lossy().into_owned();
            Some((rel, p))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::clone_base;

    #[test]
    fn clone_suffixes_are_stripped_and_cold_parts_kept_apart() {
        assert_eq!(clone_base("foo.constprop.0"), ("foo", false));
        assert_eq!(clone_base("foo.isra.3"), ("foo", false));
        assert_eq!(clone_base("foo.part.0.constprop.1"), ("foo", false));
        assert_eq!(clone_base("foo.llvm.1234567"), ("foo", false));
        assert_eq!(clone_base("foo.cold"), ("foo", true));
        assert_eq!(clone_base("foo.constprop.0.cold.2"), ("foo", true));
        assert_eq!(clone_base("foo"), ("foo", false));
        // Not a compiler suffix: left alone.
        assert_eq!(clone_base("foo.bar"), ("foo.bar", false));
        assert_eq!(clone_base("__pfx_foo"), ("__pfx_foo", false));
    }
}
