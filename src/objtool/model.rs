//! A simulation of objtool's own stack-state model (Debian 6.12.117, which has the
//! "RSP musical chairs" register-copy tracking), to predict where it fails.
//!
//! This deliberately models objtool, not the truth (tools/objtool/check.c,
//! `update_cfi_state()` and `validate_branch()`; arch/x86/decode.c):
//! - paths are walked depth first, a conditional jump's target before its
//!   fall-through, and a static key's target or an `__ex_table` fixup (both
//!   alternatives to objtool) before the instruction itself; every instruction is visited once, and a revisit only compares
//!   the CFA and the callee-saved save slots (`regs[]`), never `vals[]`;
//! - `vals[r]` (register holds CFA+k) is set by `mov %rsp,%r` / `lea N(%rsp),%r`
//!   while the CFA is %rsp-based, copied by `mov %a,%b` (opcode 0x89 only), and
//!   never cleared: not by loads, not by calls;
//! - `mov %r,%rsp` with `vals[r]` unknown makes the CFA undefined; the next
//!   instruction with a stack operation then warns "undefined stack state", and
//!   if none does, ORC generation stops at "unknown CFA base reg -1";
//! - only the first warning per function is printed, and validation of that
//!   function stops there.
//!
//! Before the walk objtool checks every instruction of the object for retpoline
//! and return-thunk builds (`validate_retpoline()`): a `ret`, or an indirect
//! jump or call not annotated `ANNOTATE_RETPOLINE_SAFE`, is the function's first
//! message, and its later stack warnings are not printed (`WARN_INSN` prints one
//! per function) though the walk still runs. ORC generation then meets the
//! instructions in section order and stops at the object's first undefined CFA
//! (`orc_create()`): that instruction's function prints `unknown CFA base reg -1`
//! unless it already warned, and no later function can (`scan` applies this
//! per object, from `ObjtoolVerdict::orc_undefined`).
//!
//! What is not modelled makes the prediction `uncertain` rather than a guess:
//! DRAP (realigned frames through a DRAP register), unwind hints.

use crate::analysis::stack::{RBP, RSP, gpr64};
use crate::x86::decode::{Flow, Insn};
use iced_x86::{Code, Mnemonic, OpKind, Register};

/// objtool's CFA base register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CfaBase {
    Sp,
    Bp,
    /// `CFI_SP_INDIRECT`: the stack swizzle of `call_on_stack()`
    /// (`mov %rsp,(%tos); mov %tos,%rsp`): the CFA is found through (%rsp).
    SpIndirect,
    Undefined,
    /// objtool switched to DRAP mode; not modelled further.
    Drap,
}

/// What objtool knows a register holds (`cfi->vals[]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueBase {
    /// `CFI_CFA`: CFA + k.
    Cfa(i64),
    /// `CFI_SP_INDIRECT`: points at a slot where `mov %rsp,(%reg)` stored %rsp
    /// while the CFA was %rsp + offset.
    SpIndirect(i64),
}

/// A callee-saved register's save slot (`regs[]`): CFA-relative offset.
type SaveSlot = Option<i64>;

#[derive(Clone, Debug, PartialEq)]
pub struct ModelState {
    pub base: CfaBase,
    /// CFA = base + offset.
    pub offset: i64,
    /// CFA - %rsp as objtool counts it.
    pub stack_size: i64,
    /// `vals[]`: registers known to hold CFA + k (or, for the swizzle, to point
    /// at a slot holding the old %rsp).
    pub vals: [Option<ValueBase>; 16],
    /// `regs[]`: where callee-saved registers were saved.
    pub regs: [SaveSlot; 16],
    /// Set by every `lea N(%rsp),%reg` while %rsp-based; decides `and $-N,%rsp`.
    pub drap_reg: Option<usize>,
    /// The %rsp write that made the CFA undefined on this path.
    pub lost_by: Option<u32>,
    /// `std` without `cld` since (objtool's `state.df`).
    pub df: bool,
    /// `stac` without `clac` since (objtool's `state.uaccess`).
    pub uaccess: bool,
}

impl ModelState {
    fn entry() -> Self {
        ModelState {
            base: CfaBase::Sp,
            offset: 8,
            stack_size: 8,
            vals: [None; 16],
            regs: [None; 16],
            drap_reg: None,
            lost_by: None,
            df: false,
            uaccess: false,
        }
    }

    fn modified(&self) -> bool {
        self.base != CfaBase::Sp
            || self.offset != 8
            || self.stack_size != 8
            || self.regs.iter().any(Option::is_some)
    }
}

/// objtool's register numbers match the encoding (and iced's order): ax=0 … r15=15.
fn is_callee_saved(r: usize) -> bool {
    matches!(r, 3 | 5 | 12..=15)
}

fn base_num(b: CfaBase) -> i32 {
    match b {
        CfaBase::Sp => 4,
        CfaBase::Bp => 5,
        CfaBase::SpIndirect => -3,
        CfaBase::Undefined | CfaBase::Drap => -1,
    }
}

/// Which of objtool's passes a message comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cause {
    /// The stack-state walk (`validate_branch()`/`update_cfi_state()`).
    Stack,
    /// `validate_retpoline()`: a naked `ret` or an indirect jump or call.
    Retpoline,
    /// ORC generation (`orc_create()`): `unknown CFA base reg -1`.
    Orc,
    /// Reading the object's tables (`empty alternative entry`).
    Decode,
    /// The walk's flags state: `stac`/`clac` (UACCESS) and `std`/`cld` (DF).
    Uaccess,
}

/// The objtool version whose behaviour the model follows, and whose lists
/// are built in (the JSON names the profile's, `profile::ObjtoolProfile::model`).
pub const MODEL: &str = "debian-6.12.117";

/// A message the model predicts objtool prints (the real ones, parsed, are
/// `objtool::run::ObjtoolMessage`).
#[derive(Clone, Debug, PartialEq)]
pub struct PredictedMessage {
    /// Function-relative offset objtool reports.
    pub off: u32,
    pub message: String,
    /// The %rsp write that lost the CFA, when the complaint follows from one.
    pub caused_by: Option<u32>,
    pub cause: Cause,
    /// The message is about replacement code: objtool names the place
    /// `.altinstr_replacement+0x…` (this offset), not the function.
    pub replacement_offset: Option<u64>,
}

/// What objtool reads about a function besides its bytes.
#[derive(Clone, Debug, Default)]
pub struct FunctionFacts {
    /// Function-relative offsets `ANNOTATE_RETPOLINE_SAFE` names
    /// (`.discard.retpoline_safe`).
    pub retpoline_safe: Vec<u32>,
    /// Function-relative offsets of unwind hints (`.discard.unwind_hints`).
    pub unwind_hints: Vec<u32>,
    /// The function is in `.init.text` of a vmlinux object (not `--module`):
    /// no retpoline check.
    pub init_text: bool,
    /// The function refers to a `.rodata` section through a section symbol:
    /// an indirect jump may be a jump-table jump, which objtool follows.
    pub jump_table_possible: bool,
    /// objtool runs with `--retpoline` / `--rethunk` (kbuild passes them with
    /// CONFIG_MITIGATION_RETPOLINE / _RETHUNK; scan takes them from the
    /// run's `profile`, both by default as `objtool::run::FLAGS`).
    pub retpoline: bool,
    pub rethunk: bool,
    /// Function-relative offsets of `.altinstructions` entries that replace no
    /// bytes (`orig_len` 0): objtool's `empty alternative entry`.
    pub empty_alternatives: Vec<u32>,
    /// The original bytes of every `.altinstructions` entry: (start, end),
    /// function-relative.
    pub alternative_sites: Vec<(u32, u32)>,
    /// The site of every `.altinstructions` entry (one per entry): objtool
    /// walks each replacement, so one rspill's decode did not wire in
    /// (`Insn::alt_entries`) leaves the walk unknown.
    pub alternative_entries: Vec<u32>,
    /// An `__ex_table` fixup of the function that objtool walks but the
    /// decode did not wire in (outside the function, or unreadable).
    pub unwired_fixup: Option<u32>,
    /// `STACK_FRAME_NON_STANDARD`: objtool does not walk the function (only
    /// the retpoline check sees it).
    pub non_standard: bool,
    /// Sites whose original bytes objtool does not walk (`skip_orig`: the
    /// SMAP alternatives under `--uaccess`, POPCNT's).
    pub skip_original: Vec<u32>,
    /// A call without relocation into the function's own code: objtool's
    /// decode stops for the whole object there unless it is annotated.
    pub intra_function_call: bool,
    /// A call into the function's own code annotated (or, in a linked image,
    /// presumably annotated) `ANNOTATE_INTRA_FUNCTION_CALL`: objtool takes it
    /// as a jump (not modelled).
    pub annotated_intra_function_call: bool,
    /// A `.cold` part: objtool walks it only from its parent.
    pub cold_part: bool,
    /// The symbol has no ELF size: objtool warns `missing an ELF size
    /// annotation` and does not walk it.
    pub size_missing: bool,
    /// Why objtool's naming or walk of the function's symbols is not
    /// modelled (overlapping function symbols).
    pub naming_unmodelled: Option<String>,
    /// The function is on objtool's uaccess-safe list (`is_uaccess_safe`):
    /// objtool starts its walk with UACCESS enabled and checks `clac` and
    /// returns differently (not modelled when it changes UACCESS).
    pub uaccess_safe: bool,
    /// The function lies in a section objtool takes for noinstr code
    /// (`.noinstr.text`, `.entry.text`, `.cpuidle.text`, `.text..__x86.*`):
    /// under `--hacks=noinstr` it turns calls to profiling functions there
    /// into NOPs and tail calls into returns.
    pub noinstr_section: bool,
    /// Function-relative offsets `.discard.ignore_alts` names (objtool does
    /// not walk those sites' replacements) and `.discard.reachable` names
    /// (objtool walks on past the dead end before them).
    pub ignore_alts: Vec<u32>,
    pub reachable: Vec<u32>,
}

/// Whether objtool takes `name` for a profiling function
/// (`__sanitizer_cov_*`, `__tsan_func_*`, `__tsan_atomic_signal_fence`).
fn is_profiling_function(name: &str) -> bool {
    name.starts_with("__sanitizer_cov_")
        || name.starts_with("__tsan_func_")
        || name == "__tsan_atomic_signal_fence"
}

/// One `.altinstructions` entry as objtool's alternative handling needs it.
pub struct AltEntry {
    /// Function-relative.
    pub site: u32,
    pub orig_len: u8,
    pub feature: u16,
    pub table_index: usize,
}

/// X86_FEATURE_SMAP and X86_FEATURE_POPCNT (word*32+bit), the two features
/// `arch_handle_alternative()` treats specially.
const FEATURE_SMAP: u16 = 9 * 32 + 20;
const FEATURE_POPCNT: u16 = 4 * 32 + 23;

/// The alternative facts of a function from its `.altinstructions` entries
/// (sorted by site, table order kept within a site), as objtool reads them:
/// consecutive entries for one site share the longest `orig_len`
/// (`arch_handle_alternative()`), a site whose length is 0 is an `empty
/// alternative entry`, and SMAP (objtool runs with `--uaccess`) and POPCNT
/// alternatives skip the original bytes.
pub fn alternative_facts(entries: impl Iterator<Item = AltEntry>) -> FunctionFacts {
    let entries: Vec<AltEntry> = entries.collect();
    let mut facts = FunctionFacts::default();
    let mut run_start = 0;
    for i in 0..=entries.len() {
        let continues = i < entries.len()
            && i > run_start
            && entries[i].site == entries[i - 1].site
            && entries[i].table_index == entries[i - 1].table_index + 1;
        if i > run_start && !continues {
            let run = &entries[run_start..i];
            let site = run[0].site;
            let len = run.iter().map(|e| e.orig_len).max().unwrap_or(0) as u32;
            if len == 0 {
                facts.empty_alternatives.push(site);
            }
            facts.alternative_sites.push((site, site + len));
            run_start = i;
        }
        if i < entries.len() {
            facts.alternative_entries.push(entries[i].site);
        }
        if i < entries.len() && matches!(entries[i].feature, FEATURE_SMAP | FEATURE_POPCNT) {
            facts.skip_original.push(entries[i].site);
        }
    }
    facts
}

/// What the simulated objtool concluded for one function.
#[derive(Clone, Debug, Default)]
pub struct ObjtoolVerdict {
    /// objtool prints at most one message per function.
    pub message: Option<PredictedMessage>,
    /// The first instruction (in address order) objtool's walk leaves with an
    /// undefined CFA: ORC generation stops there, for the whole object.
    pub orc_undefined: Option<u32>,
    /// Why the model does not cover this function (its message is then a guess
    /// and not claimed).
    pub uncertain: Option<String>,
    /// Something in the function makes objtool's decode give up on the whole
    /// object (then no function of it gets a prediction).
    pub fatal: Option<String>,
    /// Some instruction objtool's walk never reaches (other than NOP and int3
    /// padding): objtool's unreachable-instruction check, which runs only when
    /// nothing else in the object warned, may speak about it.
    pub unreachable: bool,
    /// The model state on entry to each visited instruction (for `--trace`).
    pub states: VisitedStates,
}

/// The model state on entry to each instruction the walk visited, the same
/// state stored once for a run of instructions: a walk carries one state
/// along many instructions, and a copy of its 560 bytes per instruction was
/// most of the memory written for a KMSAN `vmlinux.o` (gigabytes, zeroed by
/// the kernel first).
#[derive(Clone, Debug, Default)]
pub struct VisitedStates {
    /// Per instruction, its state's index in `distinct` (`NOT_VISITED`: none).
    at: Vec<u32>,
    distinct: Vec<ModelState>,
}

const NOT_VISITED: u32 = u32::MAX;

impl VisitedStates {
    fn new(instructions: usize) -> VisitedStates {
        VisitedStates {
            at: vec![NOT_VISITED; instructions],
            distinct: Vec::new(),
        }
    }

    /// How many instructions there are (visited or not).
    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// The state on entry to instruction `i`, if the walk visited it.
    pub fn get(&self, i: usize) -> Option<&ModelState> {
        match self.at.get(i) {
            Some(&k) if k != NOT_VISITED => Some(&self.distinct[k as usize]),
            _ => None,
        }
    }

    /// Every instruction's state from `start` on, in order.
    pub fn from(&self, start: usize) -> impl Iterator<Item = Option<&ModelState>> + '_ {
        (start..self.at.len()).map(|i| self.get(i))
    }

    /// Record `st` as instruction `i`'s (a later visit replaces an earlier).
    fn set(&mut self, i: usize, st: &ModelState) {
        if self.distinct.last() != Some(st) {
            self.distinct.push(st.clone());
        }
        self.at[i] = (self.distinct.len() - 1) as u32;
    }
}

impl ObjtoolVerdict {
    /// The complaint caused by the %rsp write at `restore_off`, if any.
    pub fn failure_caused_by(&self, restore_off: u32) -> Option<&PredictedMessage> {
        // A stack warning at the restore itself (`unsupported stack register
        // modification`) is its own doing too, unless an earlier write had
        // already lost the CFA.
        self.message.as_ref().filter(|m| {
            m.caused_by == Some(restore_off)
                || (m.off == restore_off
                    && m.caused_by.is_none()
                    && m.cause == Cause::Stack
                    && m.replacement_offset.is_none())
        })
    }
}

/// On the noreturn list of the objtool predicted for (`profile::active()`).
pub fn is_noreturn(name: Option<&str>) -> bool {
    name.is_some_and(|n| super::profile::active().is_noreturn(n))
}

/// An encoding objtool's decoder reads otherwise than the CPU: it ignores the
/// address-size prefix (`lea 0(%eax),%rcx` is `lea 0(%rax)` to it) and the
/// operand-size prefix on stack operations (`popw %sp` is `pop %rsp` to it,
/// `pushw` moves %rsp by 8), and knows no XOP, 3DNow! or MVEX encoding.
fn read_otherwise_by_objtool(i: &Insn) -> Option<String> {
    let ins = &i.ins;
    let has_memory = (0..ins.op_count()).any(|k| ins.op_kind(k) == iced_x86::OpKind::Memory);
    let addr32 = has_memory && (ins.memory_base().is_gpr32() || ins.memory_index().is_gpr32());
    let narrow_stack = ins.stack_pointer_increment() % 8 != 0;
    let what = if addr32 {
        "ignores its address-size prefix"
    } else if narrow_stack {
        "ignores its operand-size prefix"
    } else if matches!(
        ins.encoding(),
        iced_x86::EncodingKind::XOP | iced_x86::EncodingKind::D3NOW | iced_x86::EncodingKind::MVEX
    ) {
        // AMD's XOP (8f: `pop` to it) and 3DNow!, Knights Corner's MVEX.
        "does not know its encoding"
    } else {
        return None;
    };
    Some(format!(
        "`{ins}` at +{:#x}: objtool's decoder {what} (not modelled)",
        i.off
    ))
}

/// A jump in replacement code whose destination rspill could not place, or
/// that lands in the middle of one of the function's own instructions.
pub fn replacement_jump_unfindable(i: &Insn, own: &[Insn]) -> bool {
    let own_end = own.last().map_or(0, |l| l.end());
    matches!(
        i.ins.flow_control(),
        iced_x86::FlowControl::UnconditionalBranch | iced_x86::FlowControl::ConditionalBranch
    ) && match i.flow {
        Flow::Jump(t) | Flow::CondJump(t) => {
            t < own_end && own.binary_search_by_key(&t, |o| o.off).is_err()
        }
        _ => i.target_name.is_none(),
    }
}

/// What makes objtool's decode stop for the whole object (it then prints that
/// one line and checks nothing else): an unannotated call into the function's
/// own code, a jump to no instruction boundary of it, a static key on an
/// instruction that is neither a jump nor a NOP, a retpoline-safe annotation on
/// an instruction that is no indirect branch, return or NOP.
fn fatal_decode_error(own: &[Insn], facts: &FunctionFacts) -> Option<String> {
    if facts.intra_function_call {
        return Some(
            "a call into the function's own code (fatal to objtool unless annotated)".to_string(),
        );
    }
    if let Some(bad) = own.iter().find(|i| i.ins.is_invalid()) {
        return Some(format!(
            "bytes at +{:#x} objtool cannot decode (fatal to objtool)",
            bad.off
        ));
    }
    let end = own.last().map_or(0, |i| i.end());
    let starts = |t: u32| own.binary_search_by_key(&t, |i| i.off).is_ok();
    for insn in own {
        if let Flow::Jump(t) | Flow::CondJump(t) = insn.flow {
            if t < end && !starts(t) {
                return Some(format!(
                    "a jump at +{:#x} into the middle of an instruction (fatal to objtool)",
                    insn.off
                ));
            }
        }
        let nop_or_jump = matches!(insn.ins.mnemonic(), Mnemonic::Nop | Mnemonic::Jmp);
        if insn.jump_label.is_some() && !nop_or_jump {
            return Some(format!(
                "a static key on +{:#x}, neither a jump nor a NOP (fatal to objtool)",
                insn.off
            ));
        }
        if facts.retpoline_safe.contains(&insn.off)
            && insn_bytes_kind(&insn.ins).is_none()
            && insn.ins.mnemonic() != Mnemonic::Nop
        {
            return Some(format!(
                "a retpoline-safe annotation on +{:#x}, no indirect branch (fatal to objtool)",
                insn.off
            ));
        }
    }
    None
}

/// `validate_retpoline()` for one function: its first `ret` or indirect jump or
/// call (in address order) that is not annotated retpoline-safe.
fn retpoline_warning(insns: &[Insn], facts: &FunctionFacts) -> Option<PredictedMessage> {
    // The whole check runs only with --retpoline; --rethunk adds returns to it.
    if facts.init_text || !facts.retpoline {
        return None;
    }
    insns.iter().find_map(|insn| {
        if facts.retpoline_safe.contains(&insn.off) {
            return None;
        }
        let b = insn_bytes_kind(&insn.ins)?;
        let is_return = b.starts_with("'naked'");
        if (is_return && !facts.rethunk) || (!is_return && !facts.retpoline) {
            return None;
        }
        Some(PredictedMessage {
            off: insn.off,
            message: b.to_string(),
            caused_by: None,
            cause: Cause::Retpoline,
            replacement_offset: None,
        })
    })
}

/// objtool's INSN_RETURN (0xc2/0xc3), INSN_JUMP_DYNAMIC (0xff /4) and
/// INSN_CALL_DYNAMIC (0xff /2, /3) as `validate_retpoline()` words them.
fn insn_bytes_kind(ins: &iced_x86::Instruction) -> Option<&'static str> {
    match ins.code() {
        Code::Retnq
        | Code::Retnq_imm16
        | Code::Retnd
        | Code::Retnd_imm16
        | Code::Retnw
        | Code::Retnw_imm16 => Some("'naked' return found in MITIGATION_RETHUNK build"),
        // `jmp far` through memory (0xff /5) is a context switch to objtool.
        Code::Jmp_rm64 | Code::Jmp_rm16 | Code::Jmp_rm32 => {
            Some("indirect jump found in MITIGATION_RETPOLINE build")
        }
        // 0xff /3 (far) counts as a dynamic call too.
        Code::Call_rm64
        | Code::Call_rm16
        | Code::Call_rm32
        | Code::Call_m1616
        | Code::Call_m1632
        | Code::Call_m1664 => Some("indirect call found in MITIGATION_RETPOLINE build"),
        _ => None,
    }
}

/// Simulate objtool over one function: `insns` are its own bytes followed by
/// its alternatives' replacement code (at virtual offsets past its end; `real`
/// of them are its own).
pub fn simulate(insns: &[Insn], real: usize, facts: &FunctionFacts) -> ObjtoolVerdict {
    let mut v = ObjtoolVerdict {
        message: None,
        orc_undefined: None,
        uncertain: None,
        fatal: None,
        unreachable: false,
        states: VisitedStates::new(insns.len()),
    };
    if real == 0 {
        return v;
    }
    let mut sim = Sim {
        insns,
        real,
        states: &mut v.states,
        visited: vec![0; insns.len()],
        alt_sites: &facts.alternative_sites,
        skip_original: &facts.skip_original,
        group_states: std::collections::HashMap::new(),
        uaccess_safe: facts.uaccess_safe,
        jump_table_possible: facts.jump_table_possible,
        reachable: &facts.reachable,
        drap: false,
        uncertain: None,
    };
    let walked = if facts.non_standard {
        Ok(())
    } else {
        let mut entry = ModelState::entry();
        // validate_symbol(): `state->uaccess = sym->uaccess_safe`.
        entry.uaccess = facts.uaccess_safe;
        sim.walk(0, entry, 0)
    };
    let (drap, walk_uncertain) = (sim.drap, sim.uncertain.take());
    let (own, replacements) = insns.split_at(real);
    v.fatal = fatal_decode_error(own, facts).or_else(|| {
        // A replacement's jump whose destination rspill could not place may
        // be one objtool cannot find either (`can't find jump dest
        // instruction`, fatal).
        replacements
            .iter()
            .find(|i| replacement_jump_unfindable(i, own))
            .map(|i| {
                format!(
                    "a jump in the replacement at .altinstr_replacement+{:#x} to a place rspill cannot locate (may be fatal to objtool)",
                    i.alt_section_offset
                )
            })
    });
    v.uncertain = if facts.size_missing {
        Some(
            "the symbol has no ELF size (objtool: `missing an ELF size annotation`; not modelled)"
                .to_string(),
        )
    } else if let Some(why) = &facts.naming_unmodelled {
        Some(why.clone())
    } else if !facts.unwind_hints.is_empty() {
        Some("the function has unwind hints (not modelled)".to_string())
    } else if drap {
        Some("objtool enters DRAP mode (not modelled)".to_string())
    } else if let Some(f) = &v.fatal {
        Some(f.clone())
    } else if facts.annotated_intra_function_call {
        Some(
            "an annotated intra-function call (objtool takes it as a jump; not modelled)"
                .to_string(),
        )
    } else if facts.cold_part {
        Some("a .cold part (objtool walks it from its parent function; not modelled)".to_string())
    } else if let Some(u) = walk_uncertain {
        Some(u)
    } else if let Some(why) = own.iter().find_map(read_otherwise_by_objtool) {
        Some(why)
    } else if let Some(site) = unwired_alternative(own, facts) {
        if own.binary_search_by_key(&site, |i| i.off).is_err() {
            // `special: can't find orig instruction`.
            v.fatal.get_or_insert_with(|| {
                format!("an alternative at +{site:#x}, which is no instruction (fatal to objtool)")
            });
        }
        Some(format!(
            "objtool walks an alternative at +{site:#x} that rspill does not decode"
        ))
    } else if let Some(site) = facts.unwired_fixup {
        Some(format!(
            "objtool walks the __ex_table fixup of +{site:#x}, which lies outside the function or cannot be read"
        ))
    } else if replacements
        .iter()
        .any(|i| insn_bytes_kind(&i.ins).is_some())
    {
        Some("an alternative's replacement has an indirect branch or return (its retpoline annotations are not read)".to_string())
    } else if v
        .states
        .from(real)
        .flatten()
        .any(|s| s.base == CfaBase::Undefined)
    {
        Some("the CFA is undefined inside an alternative's replacement (ORC over alternatives is not modelled)".to_string())
    } else if facts.noinstr_section
        && own.iter().any(|i| {
            matches!(
                i.ins.flow_control(),
                iced_x86::FlowControl::Call
                    | iced_x86::FlowControl::UnconditionalBranch
                    | iced_x86::FlowControl::ConditionalBranch
            ) && i.target_name.as_deref().is_some_and(is_profiling_function)
        })
    {
        Some("a call to a profiling function in a noinstr section (objtool makes it a NOP, a tail call a return: not modelled)".to_string())
    } else if let Some(&site) = facts.ignore_alts.first() {
        Some(format!(
            "ANNOTATE_IGNORE_ALTERNATIVE at +{site:#x} (objtool does not walk its replacements; not modelled)"
        ))
    } else {
        None
    };
    // ORC generation meets the first instruction (in address order) whose entry
    // state has an undefined CFA, whether or not the function warned.
    let orc = own.iter().zip(v.states.from(0)).find_map(|(ins, s)| {
        let s = s.as_ref()?;
        (s.base == CfaBase::Undefined).then(|| PredictedMessage {
            off: ins.off,
            message: "unknown CFA base reg -1".to_string(),
            caused_by: s.lost_by,
            cause: Cause::Orc,
            replacement_offset: None,
        })
    });
    v.orc_undefined = orc.as_ref().map(|m| m.off);
    // objtool's ORC pass reports an alternative group's errors at the
    // group's first instruction (`orc_create`, the group's flattened CFI).
    if let (None, Some(m)) = (&v.uncertain, &orc) {
        if let Some(&(site, _)) = facts
            .alternative_sites
            .iter()
            .find(|&&(a, b)| m.off > a && m.off < b)
        {
            v.uncertain = Some(format!(
                "the first undefined CFA, +{:#x}, lies inside the alternative at +{site:#x} (objtool reports ORC over an alternative group at its first instruction; not modelled)",
                m.off
            ));
        }
    }
    v.unreachable = !facts.non_standard
        && own.iter().zip(v.states.from(0)).any(|(ins, s)| {
            s.is_none() && !matches!(ins.ins.mnemonic(), Mnemonic::Nop | Mnemonic::Int3)
        });
    // A warning inside replacement code is printed under the replacement
    // section's name (it still counts as the function's one message).
    let walked = walked.err().map(|mut m| {
        if let Some(i) = insns[real..].iter().find(|i| i.off == m.off) {
            m.replacement_offset = Some(i.alt_section_offset);
        }
        m
    });
    // One message per function, the first pass's: reading the tables, the
    // retpoline check, the walk, then ORC (which `scan` keeps only for the
    // object's first undefined CFA).
    let decode = facts
        .empty_alternatives
        .first()
        .map(|&off| PredictedMessage {
            off,
            message: "empty alternative entry".to_string(),
            caused_by: None,
            cause: Cause::Decode,
            replacement_offset: None,
        });
    v.message = decode
        .or_else(|| retpoline_warning(own, facts))
        .or(walked)
        .or(orc);
    v
}

/// The first alternative site whose table entries are not all wired in as
/// replacements of the instruction there (the decode leaves out what it cannot
/// place: a site at the function's entry or off an instruction boundary).
fn unwired_alternative(own: &[Insn], facts: &FunctionFacts) -> Option<u32> {
    let mut sites = facts.alternative_entries.clone();
    sites.sort_unstable();
    sites.chunk_by(|a, b| a == b).find_map(|run| {
        let site = run[0];
        let wired = own
            .binary_search_by_key(&site, |i| i.off)
            .map_or(0, |i| own[i].alt_entries.len());
        (wired != run.len()).then_some(site)
    })
}

/// On objtool's uaccess-safe list: may be called with UACCESS enabled, and
/// starts its own walk with UACCESS enabled.
pub fn is_uaccess_safe(name: &str) -> bool {
    super::profile::active().is_uaccess_safe(name)
}

struct Sim<'a> {
    /// The function's own instructions, then its replacement code.
    insns: &'a [Insn],
    /// How many of `insns` are the function's own.
    real: usize,
    states: &'a mut VisitedStates,
    /// objtool's `visited` bits: walked with UACCESS off (1) / on (2).
    visited: Vec<u8>,
    /// Alternative sites (start, end of the original bytes) and those whose
    /// original objtool skips.
    alt_sites: &'a [(u32, u32)],
    skip_original: &'a [u32],
    /// The first state at each (site, byte offset inside the group).
    group_states: std::collections::HashMap<(u32, u32), ModelState>,
    uaccess_safe: bool,
    jump_table_possible: bool,
    /// Where `ANNOTATE_REACHABLE` names the instruction after a dead end
    /// (`FunctionFacts::reachable`).
    reachable: &'a [u32],
    /// Some path entered DRAP mode (not modelled).
    drap: bool,
    /// Some path met something else not modelled.
    uncertain: Option<String>,
}

fn warn(off: u32, message: impl Into<String>, st: &ModelState) -> PredictedMessage {
    PredictedMessage {
        off,
        message: message.into(),
        caused_by: if st.base == CfaBase::Undefined {
            st.lost_by
        } else {
            None
        },
        cause: Cause::Stack,
        replacement_offset: None,
    }
}

/// objtool's `cficmp()`: the whole CFI state (not the flags).
fn same_cfi(a: &ModelState, b: &ModelState) -> bool {
    a.base == b.base
        && a.offset == b.offset
        && a.stack_size == b.stack_size
        && a.regs == b.regs
        && a.vals == b.vals
        && a.drap_reg == b.drap_reg
}

impl Sim<'_> {
    fn index_of(&self, off: u32) -> Option<usize> {
        self.insns.binary_search_by_key(&off, |i| i.off).ok()
    }

    /// `propagate_alt_cfi()`: objtool keeps one CFI per byte of an alternative
    /// group and warns when another path brings a different one. Not modelled
    /// beyond noticing it: true (and the function uncertain) on a conflict.
    fn layout_conflict(&mut self, key: (u32, u32), st: &ModelState) -> bool {
        match self.group_states.get(&key) {
            Some(first) if !same_cfi(first, st) => {
                self.uncertain.get_or_insert_with(|| {
                    format!(
                        "objtool finds a stack layout conflict in the alternative at +{:#x} (not modelled)",
                        key.0
                    )
                });
                true
            }
            Some(_) => false,
            None => {
                self.group_states.insert(key, st.clone());
                false
            }
        }
    }

    /// The alternative group instruction `i` belongs to, and its byte offset
    /// inside the group: (site, offset).
    fn group_byte(&self, i: usize) -> Option<(u32, u32)> {
        let insn = &self.insns[i];
        if i < self.real {
            let &(a, _) = self
                .alt_sites
                .iter()
                .find(|&&(a, b)| insn.off >= a && insn.off < b)?;
            return Some((a, insn.off - a));
        }
        let site = insn.alt_site?;
        let entry = self.insns[self.index_of(site)?]
            .alt_entries
            .iter()
            .copied()
            .filter(|&e| e <= insn.off)
            .max()?;
        Some((site, insn.off - entry))
    }

    /// `validate_branch()`: walk from instruction `i` until the path ends.
    fn walk(
        &mut self,
        mut i: usize,
        mut st: ModelState,
        depth: u32,
    ) -> Result<(), PredictedMessage> {
        // objtool recurses per branch; bound ours so hostile input cannot overflow.
        if depth > 2048 {
            return Ok(());
        }
        loop {
            let Some(insn) = self.insns.get(i) else {
                return Ok(());
            };
            let visit_bit = 1u8 << u8::from(st.uaccess);
            if let Some(seen) = self.states.get(i) {
                if seen.base == CfaBase::Drap || st.base == CfaBase::Drap {
                    self.drap = true;
                    return Ok(());
                }
                if seen.base != st.base || seen.offset != st.offset {
                    let (so, to) = (
                        if seen.base == CfaBase::Undefined {
                            0
                        } else {
                            seen.offset
                        },
                        if st.base == CfaBase::Undefined {
                            0
                        } else {
                            st.offset
                        },
                    );
                    let m = format!(
                        "stack state mismatch: cfa1={}{:+} cfa2={}{:+}",
                        base_num(seen.base),
                        so,
                        base_num(st.base),
                        to
                    );
                    let mut w = warn(insn.off, m, &st);
                    w.caused_by = w.caused_by.or(seen.lost_by);
                    return Err(w);
                }
                if let Some(r) = (0..16).find(|&r| seen.regs[r] != st.regs[r]) {
                    let show = |s: SaveSlot| match s {
                        Some(o) => format!("-2{o:+}"),
                        None => "-1+0".to_string(),
                    };
                    return Err(warn(
                        insn.off,
                        format!(
                            "stack state mismatch: reg1[{r}]={} reg2[{r}]={}",
                            show(seen.regs[r]),
                            show(st.regs[r])
                        ),
                        &st,
                    ));
                }
                // A path with the other UACCESS state walks on (objtool keeps
                // one visited bit per state).
                if self.visited[i] & visit_bit != 0 {
                    return Ok(());
                }
            }
            self.visited[i] |= visit_bit;
            self.states.set(i, &st);
            // Alternatives of this instruction, walked first from the state on
            // entry, in objtool's order (it prepends each table entry it reads,
            // tables read .altinstructions, __jump_table, __ex_table): an
            // `__ex_table` fixup, a static key's target, then the replacements,
            // the last entry first.
            let alternatives = insn
                .ex_fixup
                .into_iter()
                .chain(insn.jump_label)
                .chain(insn.alt_entries.iter().rev().copied());
            if let Some(key) = self.group_byte(i) {
                if self.layout_conflict(key, &st) {
                    return Ok(());
                }
            }
            for t in alternatives.collect::<Vec<_>>() {
                // An empty replacement continues after the original bytes.
                let start = self.index_of(t).or_else(|| {
                    let &(_, end) = self.alt_sites.iter().find(|&&(a, _)| a == insn.off)?;
                    insn.alt_entries
                        .contains(&t)
                        .then(|| self.index_of(end))
                        .flatten()
                });
                if let Some(ti) = start {
                    self.walk(ti, st.clone(), depth + 1)?;
                }
            }
            if self.skip_original.contains(&insn.off) {
                return Ok(());
            }
            if st.base != CfaBase::Drap {
                apply(insn, &mut st)?;
            }
            if st.base == CfaBase::Drap {
                // Not modelled: stop predicting on this path.
                self.drap = true;
                return Ok(());
            }
            self.flags(insn, &mut st)?;
            // Inside a function objtool reads `iret` as sync_core()'s
            // IRET-to-self (`add $40,%rsp`, see `decode_ops`): it falls through.
            // (`hlt` is no dead end to objtool either: `Flow::Next` already.)
            let flow = if matches!(
                insn.ins.mnemonic(),
                Mnemonic::Iretq | Mnemonic::Iretd | Mnemonic::Iret
            ) {
                Flow::Next
            } else {
                insn.flow
            };
            match flow {
                Flow::Exit => {
                    self.leave(insn, &st)?;
                    return Ok(());
                }
                // A conditional jump out of the function: objtool checks it as
                // a sibling call (and as a return when it goes to the return
                // thunk, which ends the path there), then falls through.
                Flow::Next
                    if insn.ins.flow_control() == iced_x86::FlowControl::ConditionalBranch
                        && insn.target_name.is_some() =>
                {
                    self.leave(insn, &st)?;
                    if insn.target_name.as_deref() == Some("__x86_return_thunk") {
                        return Ok(());
                    }
                }
                // A dead end `ANNOTATE_REACHABLE` names the instruction after
                // (a WARN's `ud2`): objtool's `add_dead_ends` clears it, and
                // the walk goes on there (blind review 114).
                Flow::Stop => {
                    if i + 1 < self.real && self.reachable.contains(&insn.end()) {
                        i += 1;
                        continue;
                    }
                    return Ok(());
                }
                Flow::Jump(t) => {
                    let Some(ti) = self.index_of(t) else {
                        return Ok(());
                    };
                    i = ti;
                    continue;
                }
                Flow::CondJump(t) => {
                    if let Some(ti) = self.index_of(t) {
                        self.walk(ti, st.clone(), depth + 1)?;
                    }
                }
                Flow::Call => {
                    let name = insn.target_name.as_deref();
                    if name.is_some_and(|n| n.starts_with("_R")) {
                        self.uncertain.get_or_insert_with(|| {
                            "a call to a Rust function (objtool's Rust noreturn heuristics are not modelled)".to_string()
                        });
                    }
                    self.call_flags(insn, &st)?;
                    // A noreturn callee (objtool's list for global and weak
                    // symbols, a local dead end) is `fallthrough_to:
                    // NO_FALLTHROUGH` from the decode, which ends the path below;
                    // one objtool takes for a dead end though the kernel comes
                    // back from it ends objtool's path here.
                    if insn.objtool_dead_end {
                        return Ok(());
                    }
                    // Whether objtool walks on past a noreturn call the
                    // annotation names the instruction after: not modelled.
                    if insn.fallthrough_to == Some(crate::x86::decode::NO_FALLTHROUGH)
                        && self.reachable.contains(&insn.end())
                    {
                        self.uncertain.get_or_insert_with(|| {
                            format!(
                                "ANNOTATE_REACHABLE after the noreturn call at +{:#x} (not modelled)",
                                insn.off
                            )
                        });
                    }
                }
                Flow::Next => {}
            }
            // The end of a replacement continues after the original bytes; the
            // end of the function's own bytes ends the path.
            // A replacement shorter than the original ends in objtool's filler
            // NOP, one more byte of the group with the state after it.
            if i >= self.real && insn.fallthrough_to.is_some() {
                if let Some((site, at)) = self.group_byte(i) {
                    let filler = at + u32::from(insn.len);
                    let original = self.alt_sites.iter().find(|&&(a, _)| a == site);
                    if original.is_some_and(|&(a, b)| filler < b - a)
                        && self.layout_conflict((site, filler), &st)
                    {
                        return Ok(());
                    }
                }
            }
            i = match insn.fallthrough_to {
                Some(t) => match self.index_of(t) {
                    Some(ti) => ti,
                    None => return Ok(()),
                },
                None if i + 1 == self.real => {
                    // objtool warns `falls through to next function` or
                    // `unexpected end of section` here (not modelled).
                    self.uncertain.get_or_insert_with(|| {
                        "a path runs off the end of the function's bytes (not modelled)".to_string()
                    });
                    return Ok(());
                }
                None => i + 1,
            };
        }
    }
}

fn flag_warn(off: u32, message: impl Into<String>) -> PredictedMessage {
    PredictedMessage {
        off,
        message: message.into(),
        caused_by: None,
        cause: Cause::Uaccess,
        replacement_offset: None,
    }
}

impl Sim<'_> {
    /// `validate_branch()`'s INSN_STAC/CLAC/STD/CLD and context-switch cases,
    /// after the instruction's stack ops.
    fn flags(&mut self, insn: &Insn, st: &mut ModelState) -> Result<(), PredictedMessage> {
        let off = insn.off;
        match insn.ins.mnemonic() {
            Mnemonic::Stac | Mnemonic::Clac if self.uaccess_safe => {
                self.uncertain.get_or_insert_with(|| {
                    "a UACCESS change in a function on objtool's uaccess-safe list (not modelled)"
                        .to_string()
                });
                return Ok(());
            }
            Mnemonic::Stac => set_flag(&mut st.uaccess, true, off, "recursive UACCESS enable")?,
            Mnemonic::Clac => set_flag(&mut st.uaccess, false, off, "redundant UACCESS disable")?,
            Mnemonic::Std => set_flag(&mut st.df, true, off, "recursive STD")?,
            Mnemonic::Cld => set_flag(&mut st.df, false, off, "redundant CLD")?,
            Mnemonic::Syscall
            | Mnemonic::Sysret
            | Mnemonic::Sysretq
            | Mnemonic::Sysenter
            | Mnemonic::Sysexit
            | Mnemonic::Sysexitq
            | Mnemonic::Retf
            | Mnemonic::Eretu
            | Mnemonic::Erets
            | Mnemonic::Jmp
                if insn.ins.mnemonic() != Mnemonic::Jmp || is_far_jump(insn.ins.code()) =>
            {
                return Err(PredictedMessage {
                    off,
                    message: "unsupported instruction in callable function".to_string(),
                    caused_by: None,
                    cause: Cause::Decode,
                    replacement_offset: None,
                });
            }
            _ => {}
        }
        Ok(())
    }

    /// `validate_return()` (UACCESS, DF, then the frame) for a return, or
    /// `validate_sibling_call()` for a jump out of the function.
    fn leave(&mut self, insn: &Insn, st: &ModelState) -> Result<(), PredictedMessage> {
        let is_return = insn.ins.mnemonic() == Mnemonic::Ret
            || insn.target_name.as_deref() == Some("__x86_return_thunk");
        let dynamic = insn.ins.flow_control() == iced_x86::FlowControl::IndirectBranch
            || insn.target_name.as_deref().is_some_and(is_retpoline_thunk);
        // A direct jump out of the function is a sibling call to objtool only
        // when it reaches the start of another function that is not this
        // one's `.cold` part: a relocation naming the symbol does, a section
        // symbol plus offset or an offset into a symbol may not (objtool then
        // walks on into that code; not modelled).
        let plain_symbol =
            |n: &str| !n.starts_with('.') && !n.contains('+') && !n.contains(".cold");
        if !is_return && !dynamic && !insn.target_name.as_deref().is_some_and(plain_symbol) {
            self.uncertain.get_or_insert_with(|| {
                format!(
                    "a jump at +{:#x} into other code that objtool may walk as this function's (not modelled)",
                    insn.off
                )
            });
            return Ok(());
        }
        if dynamic && self.jump_table_possible {
            // objtool follows a jump table's entries instead (not modelled).
            self.uncertain.get_or_insert_with(|| {
                "an indirect jump in a function that may have a jump table (not modelled)"
                    .to_string()
            });
            return Ok(());
        }
        if is_return && st.uaccess && !self.uaccess_safe {
            return Err(flag_warn(insn.off, "return with UACCESS enabled"));
        }
        if is_return && !st.uaccess && self.uaccess_safe {
            return Err(flag_warn(
                insn.off,
                "return with UACCESS disabled from a UACCESS-safe function",
            ));
        }
        if is_return && st.df {
            return Err(flag_warn(insn.off, "return with DF set"));
        }
        if st.modified() {
            if is_return {
                return Err(warn(insn.off, "return with modified stack frame", st));
            }
            return Err(warn(
                insn.off,
                "sibling call from callable instruction with modified stack frame",
                st,
            ));
        }
        if !is_return {
            // validate_sibling_call() ends in validate_call().
            self.call_flags(insn, st)?;
        }
        Ok(())
    }

    /// `validate_call()`: a call (or sibling call) with UACCESS enabled or DF set.
    fn call_flags(&mut self, insn: &Insn, st: &ModelState) -> Result<(), PredictedMessage> {
        let name = match insn.target_name.as_deref() {
            // objtool makes calls and jumps to a retpoline thunk dynamic.
            Some(n) if is_retpoline_thunk(n) => "{dynamic}".to_string(),
            Some(n) => n.to_string(),
            None if matches!(insn.ins.op0_kind(), OpKind::NearBranch64) => {
                // A direct call inside the object without a symbol name here.
                if st.uaccess || st.df {
                    self.uncertain
                        .get_or_insert_with(|| "a call whose callee has no name here".to_string());
                }
                return Ok(());
            }
            None => "{dynamic}".to_string(),
        };
        if st.uaccess && !is_uaccess_safe(&name) {
            return Err(flag_warn(
                insn.off,
                format!("call to {name}() with UACCESS enabled"),
            ));
        }
        if st.df {
            return Err(flag_warn(insn.off, format!("call to {name}() with DF set")));
        }
        Ok(())
    }
}

/// objtool's `arch_is_retpoline()`: a call or jump to it is an indirect one.
pub fn is_retpoline_thunk(name: &str) -> bool {
    name.starts_with("__x86_indirect_") || name.starts_with("__pi___x86_indirect_")
}

/// `stac`/`clac`/`std`/`cld`: setting a flag objtool tracks to the value it
/// already has is the warning.
fn set_flag(flag: &mut bool, to: bool, off: u32, warning: &str) -> Result<(), PredictedMessage> {
    if *flag == to {
        return Err(flag_warn(off, warning));
    }
    *flag = to;
    Ok(())
}

fn is_far_jump(code: Code) -> bool {
    matches!(code, Code::Jmp_m1616 | Code::Jmp_m1632 | Code::Jmp_m1664)
}

/// objtool's `stack_op`s, as arch/x86/decode.c derives them.
#[derive(Clone, Copy, Debug)]
enum Op {
    /// `mov %src,%dst` (0x89), `lea (%src),%dst`, and `leave`'s first half.
    Reg { src: usize, dst: usize },
    /// `add/sub $imm,%rsp`, `lea N(%src),%dst`, `add/sub %reg,%rsp` (0x01/0x29).
    Add {
        src: usize,
        dst: usize,
        off: i64,
        by_reg: bool,
    },
    /// `and $imm,%dst`.
    And { dst: usize },
    /// `pop %reg`.
    Pop { dst: usize },
    /// `pop mem`, `popf`.
    PopMem,
    /// `mov d(%rsp|%rbp),%dst`.
    Load { base: usize, disp: i64, dst: usize },
    /// `push %reg` (`src` = register), `push mem/imm`, `pushf`.
    Push { src: Option<usize> },
    /// `mov %src,d(%base)`.
    Store { src: usize, base: usize, disp: i64 },
}

/// `arch_decode_instruction()`'s stack ops (at most two, for `leave`).
fn decode_ops(ins: &iced_x86::Instruction) -> ([Option<Op>; 2], bool) {
    let reg = |i: u32| gpr64(ins.op_register(i));
    let mem_base = || {
        let b = gpr64(ins.memory_base())?;
        (ins.memory_index() == Register::None && (b == RSP || b == RBP)).then_some(b)
    };
    let disp = ins.memory_displacement64() as i64;
    let one = |op: Option<Op>| ([op, None], op.is_some());
    match ins.code() {
        Code::Push_r64 | Code::Push_r16 => one(reg(0).map(|r| Op::Push { src: Some(r) })),
        Code::Pushq_imm8
        | Code::Pushq_imm32
        | Code::Push_rm64
        | Code::Pushq_FS
        | Code::Pushq_GS
        | Code::Pushfq => one(Some(Op::Push { src: None })),
        Code::Pop_r64 | Code::Pop_r16 => one(reg(0).map(|r| Op::Pop { dst: r })),
        // In a function objtool reads `iret` as sync_core()'s IRET-to-self:
        // `add $40,%rsp`.
        Code::Iretq | Code::Iretd | Code::Iretw => one(Some(Op::Add {
            src: RSP,
            dst: RSP,
            off: 40,
            by_reg: false,
        })),
        Code::Pop_rm64 | Code::Popq_FS | Code::Popq_GS | Code::Popfq => one(Some(Op::PopMem)),
        Code::Leaveq => (
            [
                Some(Op::Reg { src: RBP, dst: RSP }),
                Some(Op::Pop { dst: RBP }),
            ],
            true,
        ),
        Code::Add_rm64_imm8 | Code::Add_rm64_imm32 | Code::Sub_rm64_imm8 | Code::Sub_rm64_imm32
            if ins.op0_kind() == OpKind::Register && reg(0) == Some(RSP) =>
        {
            let imm = ins.immediate(1) as i64;
            let off = if matches!(ins.code(), Code::Add_rm64_imm8 | Code::Add_rm64_imm32) {
                imm
            } else {
                -imm
            };
            one(Some(Op::Add {
                src: RSP,
                dst: RSP,
                off,
                by_reg: false,
            }))
        }
        Code::And_rm64_imm8 | Code::And_rm64_imm32
            if ins.op0_kind() == OpKind::Register && reg(0) == Some(RSP) =>
        {
            one(Some(Op::And { dst: RSP }))
        }
        Code::Add_rm64_r64 | Code::Sub_rm64_r64
            if ins.op0_kind() == OpKind::Register && reg(0) == Some(RSP) =>
        {
            one(reg(1).map(|s| Op::Add {
                src: s,
                dst: RSP,
                off: 0,
                by_reg: true,
            }))
        }
        Code::Lea_r64_m => {
            let (Some(dst), Some(src)) = (reg(0), gpr64(ins.memory_base())) else {
                return ([None, None], false);
            };
            if ins.memory_index() != Register::None {
                return ([None, None], false);
            }
            if disp == 0 {
                one(Some(Op::Reg { src, dst }))
            } else {
                one(Some(Op::Add {
                    src,
                    dst,
                    off: disp,
                    by_reg: false,
                }))
            }
        }
        Code::Mov_rm64_r64 => match ins.op0_kind() {
            OpKind::Register => match (reg(1), reg(0)) {
                (Some(src), Some(dst)) => one(Some(Op::Reg { src, dst })),
                _ => ([None, None], false),
            },
            OpKind::Memory => {
                let src = reg(1);
                if src == Some(RSP) {
                    // mov %rsp,d(%reg): only the swizzle form matters, but it is a
                    // stack op (so it reports an undefined state). objtool's
                    // decoder skips RIP-relative and indexed forms: no op at all.
                    let Some(base) = gpr64(ins.memory_base()) else {
                        return ([None, None], false);
                    };
                    if ins.memory_index() != Register::None {
                        return ([None, None], false);
                    }
                    return (
                        [
                            Some(Op::Store {
                                src: RSP,
                                base,
                                disp,
                            }),
                            None,
                        ],
                        true,
                    );
                }
                match (src, mem_base()) {
                    (Some(src), Some(base)) => one(Some(Op::Store { src, base, disp })),
                    _ => ([None, None], false),
                }
            }
            _ => ([None, None], false),
        },
        Code::Mov_r64_rm64 if ins.op1_kind() == OpKind::Memory => match (reg(0), mem_base()) {
            (Some(dst), Some(base)) => one(Some(Op::Load { base, disp, dst })),
            _ => ([None, None], false),
        },
        _ => ([None, None], false),
    }
}

/// `update_cfi_state()` for one instruction's ops.
fn apply(insn: &Insn, st: &mut ModelState) -> Result<(), PredictedMessage> {
    let (ops, any) = decode_ops(&insn.ins);
    if !any {
        return Ok(());
    }
    for op in ops.into_iter().flatten() {
        if st.base == CfaBase::Undefined {
            return Err(warn(insn.off, "undefined stack state", st));
        }
        update(insn.off, op, st)?;
        if st.base == CfaBase::Drap {
            return Ok(());
        }
    }
    Ok(())
}

fn update(off: u32, op: Op, st: &mut ModelState) -> Result<(), PredictedMessage> {
    let sp_based = st.base == CfaBase::Sp;
    let cfa_base_reg = match st.base {
        CfaBase::Sp => Some(RSP),
        CfaBase::Bp => Some(RBP),
        _ => None,
    };
    match op {
        Op::Reg { src, dst } => {
            if src == RSP && dst == RBP && sp_based && st.regs[RBP] == Some(-st.offset) {
                // mov %rsp,%rbp after push %rbp: frame pointer set up.
                st.base = CfaBase::Bp;
            } else if src == RSP && sp_based {
                st.vals[dst] = Some(ValueBase::Cfa(-st.stack_size));
            } else if src == RBP && dst == RSP && st.base == CfaBase::Bp {
                if let Some(o) = st.regs[RBP] {
                    st.stack_size = -o;
                }
            } else if Some(dst) == cfa_base_reg {
                match st.vals[src] {
                    Some(ValueBase::Cfa(k)) if sp_based => {
                        st.offset = -k;
                        st.stack_size = st.offset;
                    }
                    Some(ValueBase::SpIndirect(o)) if sp_based && o == st.offset => {
                        st.base = CfaBase::SpIndirect;
                    }
                    _ => {
                        st.base = CfaBase::Undefined;
                        st.offset = 0;
                        st.lost_by = Some(off);
                    }
                }
            } else if dst == RSP && st.vals[src] == Some(ValueBase::SpIndirect(st.offset)) {
                st.stack_size += 8;
            } else if let Some(ValueBase::Cfa(k)) = st.vals[src] {
                st.vals[dst] = Some(ValueBase::Cfa(k));
            }
        }
        Op::Add {
            src,
            dst,
            off: n,
            by_reg,
        } => {
            if src == RSP && dst == RSP && !by_reg {
                st.stack_size -= n;
                if sp_based {
                    st.offset -= n;
                }
            } else if dst == RSP && src == RBP {
                // `lea d(%rbp),%rsp`, and `add %rbp,%rsp` alike (objtool's op
                // carries no register/immediate distinction, and an unsaved
                // %rbp's slot reads as offset 0).
                if !(st.base == CfaBase::Bp && st.offset == 0) {
                    st.stack_size = -(n + st.regs[RBP].unwrap_or(0));
                }
            } else if src == RSP && sp_based && !by_reg {
                st.drap_reg = Some(dst);
                st.vals[dst] = Some(ValueBase::Cfa(-st.stack_size + n));
            } else if Some(dst) == cfa_base_reg {
                return Err(warn(off, "unsupported stack register modification", st));
            }
        }
        Op::And { dst } => {
            let bad = dst != RSP
                || (st.drap_reg.is_some() && st.base != CfaBase::Sp)
                || (st.drap_reg.is_none() && st.base != CfaBase::Bp);
            if bad {
                return Err(warn(off, "unsupported stack pointer realignment", st));
            }
            if st.drap_reg.is_some() {
                st.base = CfaBase::Drap;
            }
        }
        Op::Pop { dst } => {
            if dst == RSP && st.base == CfaBase::SpIndirect {
                // pop %rsp ends the swizzle.
                st.base = CfaBase::Sp;
                return Ok(());
            }
            if Some(dst) == cfa_base_reg && st.base == CfaBase::Bp {
                st.base = CfaBase::Sp;
            }
            if st.regs[dst].is_some_and(|o| st.stack_size == -o) {
                st.regs[dst] = None;
            }
            st.stack_size -= 8;
            if st.base == CfaBase::Sp {
                st.offset -= 8;
            }
        }
        Op::PopMem => {
            st.stack_size -= 8;
            if sp_based {
                st.offset -= 8;
            }
        }
        Op::Load { base, disp, dst } => {
            if dst == RBP && st.base == CfaBase::Bp {
                st.base = CfaBase::Sp;
                st.offset = st.stack_size;
            }
            if let Some(o) = st.regs[dst] {
                let via_cfa_base = Some(base) == cfa_base_reg && disp == o + st.offset;
                let via_sp = base == RSP && disp == o + st.stack_size;
                if via_cfa_base || via_sp {
                    st.regs[dst] = None;
                }
            }
        }
        Op::Push { src } => {
            st.stack_size += 8;
            if sp_based {
                st.offset += 8;
            }
            if let Some(r) = src {
                save_reg(st, r, -st.stack_size);
            }
        }
        Op::Store { src, base, disp } => {
            if src == RSP {
                if disp == 0 && base != RSP {
                    // mov %rsp,(%reg): the swizzle's set-up.
                    st.vals[base] = Some(ValueBase::SpIndirect(st.offset));
                }
                return Ok(());
            }
            if Some(base) == cfa_base_reg {
                save_reg(st, src, disp - st.offset);
            } else if base == RSP {
                save_reg(st, src, disp - st.stack_size);
            }
        }
    }
    Ok(())
}

fn save_reg(st: &mut ModelState, r: usize, cfa_off: i64) {
    if is_callee_saved(r) && st.regs[r].is_none() {
        st.regs[r] = Some(cfa_off);
    }
}
