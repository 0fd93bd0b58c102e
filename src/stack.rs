//! Abstract interpretation of one function's stack: for every general register and
//! every 8-byte stack slot, "holds CFA+k" (with the copy/spill/reload sites that
//! carried the value there) or not provable; joined at merge points to a fixed point.
//!
//! The reference point is the CFA (the value of %rsp before the `call` that entered
//! the function, so %rsp = CFA-8 at entry). Realignment (`and $-N,%rsp`) and allocas
//! (`sub %reg,%rsp`) start a new *anchor*: values and slots are then tracked relative
//! to the anchor, which is how DRAP frames and dynamic allocations stay provable.

use crate::cfg::Cfg;
use crate::decode::{Flow, Insn};
use iced_x86::{InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub const RAX: usize = 0;
pub const RSP: usize = 4;
pub const RBP: usize = 5;

/// SysV x86-64: a `call` may clobber these (rax rcx rdx rsi rdi r8-r11).
pub const CALLER_SAVED: [usize; 9] = [0, 1, 2, 6, 7, 8, 9, 10, 11];

pub const REG_NAMES: [&str; 16] = [
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15",
];

/// Index 0..16 of a 64-bit general register (iced orders RAX..R15 like the encoding).
pub fn gpr64(r: Register) -> Option<usize> {
    if r.is_gpr64() {
        Some(r as usize - Register::RAX as usize)
    } else {
        None
    }
}

/// Index of the 64-bit register that contains `r` (eax → rax), if it is a GPR.
pub fn gpr_full(r: Register) -> Option<usize> {
    if r.is_gpr() {
        gpr64(r.full_register())
    } else {
        None
    }
}

/// What an instruction did with a stack-derived value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SiteKind {
    /// %rsp (or an address computed from it) read into a register or stored.
    Copy,
    /// Register-to-register copy of a stack-derived value.
    Move,
    /// Stored to a stack slot.
    Spill,
    /// Loaded back from a stack slot.
    Reload,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Site {
    pub off: u32,
    pub kind: SiteKind,
}

/// The sites a value went through, sorted and deduplicated (union over paths).
pub type Prov = Rc<[Site]>;

const MAX_PROV: usize = 64;

fn prov_push(p: &Prov, site: Site) -> Prov {
    if p.contains(&site) {
        return p.clone();
    }
    let mut v: Vec<Site> = p.to_vec();
    if v.len() < MAX_PROV {
        let at = v.partition_point(|s| *s < site);
        v.insert(at, site);
    }
    v.into()
}

fn prov_union(a: &Prov, b: &Prov) -> Prov {
    if Rc::ptr_eq(a, b) || a[..] == b[..] {
        return a.clone();
    }
    let mut v: Vec<Site> = a.iter().chain(b.iter()).copied().collect();
    v.sort_unstable();
    v.dedup();
    v.truncate(MAX_PROV);
    v.into()
}

/// What stack addresses are relative to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Base {
    Cfa,
    /// The value of %rsp right after the realignment/alloca at this offset.
    Anchor(u32),
}

/// Why a stack-derived value can no longer be proven.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LostWhy {
    /// Held in a caller-saved register across this call.
    CallClobber,
    /// Its stack slot was overwritten by this store (or a call that had the slot's address).
    SlotOverwritten,
    /// Paths that meet here disagree about the value.
    PathsDisagree,
    /// Changed by a non-constant amount here.
    NonConstant,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lost {
    pub why: LostWhy,
    /// Offset of the instruction (or merge point) responsible.
    pub at: u32,
}

/// Entry marker for `Val::Ext` values that were already there when the function began.
pub const AT_ENTRY: u32 = u32::MAX;

#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    /// base + k, proven on all paths.
    Stack { base: Base, k: i64, prov: Prov },
    /// Derived from the stack pointer on some path, but not provable here.
    Lost(Lost),
    /// Not derived from this function's stack (argument, global, return value);
    /// the offset says where it came from (`AT_ENTRY` for arguments).
    Ext(u32),
    /// A known constant (`mov $imm,%reg`, `xor %reg,%reg`): gives string
    /// instructions (`rep stos`) their length.
    Const(i64),
}

impl Val {
    pub fn cfa(k: i64) -> Val {
        Val::Stack {
            base: Base::Cfa,
            k,
            prov: Rc::from([]),
        }
    }

    pub fn stack_k(&self) -> Option<(Base, i64)> {
        match self {
            Val::Stack { base, k, .. } => Some((*base, *k)),
            _ => None,
        }
    }

    fn is_stack_derived(&self) -> bool {
        !matches!(self, Val::Ext(_) | Val::Const(_))
    }

    fn offset_by(&self, d: i64) -> Val {
        match self {
            Val::Stack { base, k, prov } => Val::Stack {
                base: *base,
                k: k.wrapping_add(d),
                prov: prov.clone(),
            },
            Val::Const(c) => Val::Const(c.wrapping_add(d)),
            v => v.clone(),
        }
    }

    fn with_site(&self, site: Site) -> Val {
        match self {
            Val::Stack { base, k, prov } => Val::Stack {
                base: *base,
                k: *k,
                prov: prov_push(prov, site),
            },
            v => v.clone(),
        }
    }

    /// The value as %rsp itself holds it: no provenance (a copy starts afresh).
    fn as_rsp(&self) -> Val {
        match self {
            Val::Stack { base, k, .. } => Val::Stack {
                base: *base,
                k: *k,
                prov: Rc::from([]),
            },
            v => v.clone(),
        }
    }

    /// Least upper bound of two paths' values at merge point `at`.
    fn join(&self, other: &Val, at: u32) -> Val {
        match (self, other) {
            (
                Val::Stack {
                    base: b1,
                    k: k1,
                    prov: p1,
                },
                Val::Stack {
                    base: b2,
                    k: k2,
                    prov: p2,
                },
            ) if b1 == b2 && k1 == k2 => Val::Stack {
                base: *b1,
                k: *k1,
                prov: prov_union(p1, p2),
            },
            (Val::Lost(a), Val::Lost(b)) => Val::Lost(*a.min(b)),
            (Val::Lost(a), _) | (_, Val::Lost(a)) => Val::Lost(*a),
            (Val::Ext(a), Val::Ext(b)) => Val::Ext(*a.min(b)),
            (Val::Const(a), Val::Const(b)) if a == b => Val::Const(*a),
            (Val::Ext(_) | Val::Const(_), Val::Ext(_) | Val::Const(_)) => Val::Ext(at),
            _ => Val::Lost(Lost {
                why: LostWhy::PathsDisagree,
                at,
            }),
        }
    }
}

/// The abstract state before or after an instruction.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub regs: [Val; 16],
    /// 8-byte slots holding stack-derived values (absent = holds something else).
    pub slots: BTreeMap<(Base, i64), Val>,
    /// Slots whose address was computed into a register (`lea`): a callee or a store
    /// through an unknown pointer may write them.
    pub escaped: BTreeSet<(Base, i64)>,
}

impl State {
    pub fn entry() -> State {
        let mut regs: [Val; 16] = std::array::from_fn(|_| Val::Ext(AT_ENTRY));
        // The `call` that entered pushed the return address: %rsp = CFA-8.
        regs[RSP] = Val::cfa(-8);
        State {
            regs,
            slots: BTreeMap::new(),
            escaped: BTreeSet::new(),
        }
    }

    /// Join `other` into `self` at merge point `at`; true when `self` changed.
    pub fn join_from(&mut self, other: &State, at: u32) -> bool {
        let mut changed = false;
        for (mine, theirs) in self.regs.iter_mut().zip(other.regs.iter()) {
            let j = mine.join(theirs, at);
            if j != *mine {
                *mine = j;
                changed = true;
            }
        }
        let keys: BTreeSet<(Base, i64)> = self
            .slots
            .keys()
            .chain(other.slots.keys())
            .copied()
            .collect();
        for key in keys {
            let absent = Val::Ext(AT_ENTRY);
            let a = self.slots.get(&key).unwrap_or(&absent);
            let b = other.slots.get(&key).unwrap_or(&absent);
            let j = a.join(b, at);
            let j_opt = j.is_stack_derived().then_some(j);
            if self.slots.get(&key) != j_opt.as_ref() {
                changed = true;
                match j_opt {
                    Some(v) => {
                        self.slots.insert(key, v);
                    }
                    None => {
                        self.slots.remove(&key);
                    }
                }
            }
        }
        for e in &other.escaped {
            changed |= self.escaped.insert(*e);
        }
        changed
    }

    pub fn rsp(&self) -> &Val {
        &self.regs[RSP]
    }
}

/// Where a memory operand points.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Addr {
    /// Exactly base+k.
    Stack(Base, i64),
    /// base+k or anywhere above (indexed access into a stack object).
    StackFrom(Base, i64),
    /// A stack address that cannot be proven (base register lost).
    StackUnknown,
    /// Through a pointer from elsewhere: may alias escaped slots.
    Pointer,
    /// RIP-relative, absolute or segment-based (per-cpu): never this stack frame.
    Global,
}

/// A write to %rsp other than push/pop/call/ret/`add`/`sub` of a constant.
#[derive(Clone, Debug)]
pub struct RspWrite {
    pub off: u32,
    pub form: RspWriteForm,
    /// %rsp before the instruction.
    pub before: Val,
    /// The value written to %rsp.
    pub value: Val,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RspWriteForm {
    /// `leave`.
    Leave,
    /// `mov %reg,%rsp`, `lea N(%reg),%rsp`, `xchg`, `cmov`: from this register.
    FromReg(usize),
    /// `mov mem,%rsp`, `pop %rsp`.
    FromMem,
    /// `and $-N,%rsp` or `sub %reg,%rsp` / `add %reg,%rsp`: realignment or alloca.
    Dynamic,
    /// Anything else that writes %rsp (an unusual instruction).
    Other,
}

/// Per-function analysis context.
pub struct Analyzer {
    info: InstructionInfoFactory,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            info: InstructionInfoFactory::new(),
        }
    }
}

/// Called by `Analyzer::replay` with an instruction, the states before and after
/// it, and the %rsp write it makes.
pub type ReplayVisitor<'a> = dyn FnMut(&Insn, &State, &State, Option<&RspWrite>) + 'a;

/// The fixed point: the state at the entry of every block reached from the entry.
pub struct Solution {
    pub block_in: Vec<Option<State>>,
    /// False when the work budget ran out before the fixed point: the states
    /// (and so the findings) may be incomplete.
    pub converged: bool,
}

impl Analyzer {
    /// Run to a fixed point over the CFG.
    pub fn solve(&mut self, insns: &[Insn], cfg: &Cfg) -> Solution {
        let nb = cfg.blocks.len();
        let mut block_in: Vec<Option<State>> = vec![None; nb];
        if nb == 0 {
            return Solution {
                block_in,
                converged: true,
            };
        }
        block_in[0] = Some(State::entry());
        let mut rpo_pos = vec![usize::MAX; nb];
        for (i, &b) in cfg.rpo.iter().enumerate() {
            rpo_pos[b] = i;
        }
        let mut work: BTreeSet<usize> = BTreeSet::new();
        work.insert(0);
        // Each block's state can only rise in a lattice of finite height, but cap the
        // work anyway so that a pathological function cannot stall a whole scan.
        let mut budget = 64 * nb + 1024;
        while let Some(&pos) = work.first() {
            if budget == 0 {
                break;
            }
            budget -= 1;
            work.remove(&pos);
            let b = cfg.rpo[pos];
            let Some(mut state) = block_in[b].clone() else {
                continue;
            };
            let block = &cfg.blocks[b];
            for ins in &insns[block.first..=block.last] {
                self.step(&mut state, ins, &mut |_| {});
            }
            for &s in &block.succs {
                let merge_off = insns[cfg.blocks[s].first].off;
                let changed = match &mut block_in[s] {
                    slot @ None => {
                        *slot = Some(state.clone());
                        true
                    }
                    Some(existing) => existing.join_from(&state, merge_off),
                };
                if changed && rpo_pos[s] != usize::MAX {
                    work.insert(rpo_pos[s]);
                }
            }
        }
        Solution {
            block_in,
            converged: work.is_empty(),
        }
    }

    /// Replay every reached block from its fixed-point entry state, calling `visit`
    /// with each instruction, the states before and after it, and its %rsp write.
    pub fn replay(&mut self, insns: &[Insn], cfg: &Cfg, sol: &Solution, visit: &mut ReplayVisitor) {
        for (b, block) in cfg.blocks.iter().enumerate() {
            let Some(mut state) = sol.block_in[b].clone() else {
                continue;
            };
            for ins in &insns[block.first..=block.last] {
                let before = state.clone();
                let mut write = None;
                self.step(&mut state, ins, &mut |w| write = Some(w));
                visit(ins, &before, &state, write.as_ref());
            }
        }
    }

    /// Where a memory operand points, from the state before the instruction.
    fn addr(state: &State, ins: &iced_x86::Instruction) -> Addr {
        if ins.segment_prefix() == Register::GS || ins.segment_prefix() == Register::FS {
            return Addr::Global;
        }
        let base = ins.memory_base();
        if base == Register::None {
            // (,%idx,s): a stack address in the index register is still one.
            return match gpr64(ins.memory_index()).map(|i| &state.regs[i]) {
                Some(Val::Stack { .. } | Val::Lost(_)) => Addr::StackUnknown,
                Some(_) => Addr::Pointer,
                None => Addr::Global,
            };
        }
        if base == Register::RIP || base == Register::EIP {
            return Addr::Global;
        }
        let Some(b) = gpr64(base) else {
            return Addr::Pointer;
        };
        let disp = ins.memory_displacement64() as i64;
        match &state.regs[b] {
            Val::Stack { base, k, .. } => {
                if ins.memory_index() == Register::None {
                    Addr::Stack(*base, k.wrapping_add(disp))
                } else {
                    Addr::StackFrom(*base, k.wrapping_add(disp))
                }
            }
            Val::Lost(_) => Addr::StackUnknown,
            Val::Ext(_) | Val::Const(_) => Addr::Pointer,
        }
    }

    fn load(state: &State, addr: Addr, size: usize, off: u32) -> Val {
        match addr {
            Addr::Stack(b, k) if size == 8 => match state.slots.get(&(b, k)) {
                Some(v) => v.with_site(Site {
                    off,
                    kind: SiteKind::Reload,
                }),
                None => Val::Ext(off),
            },
            _ => Val::Ext(off),
        }
    }

    /// A store of `size` bytes of `val` (None: something not stack-derived).
    fn store(state: &mut State, addr: Addr, size: usize, val: Option<Val>, off: u32) {
        let overwritten = Val::Lost(Lost {
            why: LostWhy::SlotOverwritten,
            at: off,
        });
        match addr {
            // A store of unknown extent (xsave: memory size 0) may cover anything above.
            Addr::Stack(b, k) if size == 0 => {
                let hit: Vec<(Base, i64)> = state
                    .slots
                    .range((b, k.saturating_sub(7))..=(b, i64::MAX))
                    .map(|(key, _)| *key)
                    .collect();
                for key in hit {
                    state.slots.insert(key, overwritten.clone());
                }
            }
            Addr::Stack(b, k) => {
                let size = size as i64;
                let lo = k.saturating_sub(7);
                let hi = k.saturating_add(size);
                let hit: Vec<(Base, i64)> = state
                    .slots
                    .range((b, lo)..(b, hi))
                    .map(|(key, _)| *key)
                    .collect();
                for key in hit {
                    if key != (b, k) || size != 8 {
                        state.slots.insert(key, overwritten.clone());
                    }
                }
                if size == 8 {
                    let held_proven = matches!(state.slots.get(&(b, k)), Some(Val::Stack { .. }));
                    match val {
                        // Overwriting a proven value with an unprovable one: the
                        // store is what destroyed it.
                        Some(Val::Lost(_)) if held_proven => {
                            state.slots.insert((b, k), overwritten);
                        }
                        Some(v) if v.is_stack_derived() => {
                            state.slots.insert((b, k), v);
                        }
                        _ => {
                            // A slot that held a stack-derived value and now holds
                            // something else: remember that it was overwritten.
                            if state.slots.contains_key(&(b, k)) {
                                state.slots.insert((b, k), overwritten);
                            }
                        }
                    }
                }
            }
            Addr::StackFrom(b, k) => {
                // An indexed store or a string store of unknown length. C keeps it
                // inside the object its base addresses, and slots that hold stack
                // addresses (spills, saved registers) are objects of their own, so
                // only a tracked slot at the start itself is hit.
                Self::store(state, Addr::Stack(b, k), size.max(1), None, off);
            }
            Addr::StackUnknown | Addr::Pointer | Addr::Global
                if val.as_ref().is_some_and(|v| v.stack_k().is_some()) =>
            {
                // A stack address stored outside the tracked slots escapes (and
                // the store may itself hit an escaped slot).
                if let Some(key) = val.as_ref().and_then(Val::stack_k) {
                    state.escaped.insert(key);
                }
                if addr != Addr::Global {
                    let esc: Vec<(Base, i64)> = state.escaped.iter().copied().collect();
                    for key in esc {
                        if state.slots.contains_key(&key) {
                            state.slots.insert(key, overwritten.clone());
                        }
                    }
                }
            }
            Addr::StackUnknown | Addr::Pointer => {
                // Could be any slot whose address escaped.
                let esc: Vec<(Base, i64)> = state.escaped.iter().copied().collect();
                for key in esc {
                    if state.slots.contains_key(&key) {
                        state.slots.insert(key, overwritten.clone());
                    }
                }
            }
            Addr::Global => {}
        }
    }

    fn set_reg(state: &mut State, r: usize, v: Val) {
        if r == RSP {
            // Below %rsp nothing survives: the kernel has no red zone, and an
            // interrupt may use the stack at any instruction.
            if let Some((b, k)) = v.stack_k() {
                state.slots.retain(|(sb, sk), _| *sb != b || *sk >= k);
            }
            state.regs[r] = v.as_rsp();
        } else {
            state.regs[r] = v;
        }
    }

    /// Read register `r` as a source operand: reading %rsp starts a copy.
    fn read_reg(state: &State, r: usize, off: u32) -> Val {
        if r == RSP {
            state.regs[RSP].as_rsp().with_site(Site {
                off,
                kind: SiteKind::Copy,
            })
        } else {
            state.regs[r].with_site(Site {
                off,
                kind: SiteKind::Move,
            })
        }
    }

    /// The value a store of register `r` writes: a spill (and a copy, for %rsp).
    fn spill_value(state: &State, r: usize, off: u32) -> Val {
        let v = if r == RSP {
            Self::read_reg(state, RSP, off)
        } else {
            state.regs[r].clone()
        };
        v.with_site(Site {
            off,
            kind: SiteKind::Spill,
        })
    }

    /// Start a new anchor at `off`: forget slots and values of an older instance of it.
    fn new_anchor(state: &mut State, off: u32) -> Val {
        let base = Base::Anchor(off);
        state.slots.retain(|(b, _), _| *b != base);
        state.escaped.retain(|(b, _)| *b != base);
        for r in state.regs.iter_mut() {
            if matches!(r, Val::Stack { base: b, .. } if *b == base) {
                *r = Val::Lost(Lost {
                    why: LostWhy::NonConstant,
                    at: off,
                });
            }
        }
        Val::Stack {
            base,
            k: 0,
            prov: Rc::from([]),
        }
    }

    /// The transfer function of one instruction. `on_rsp_write` is told about every
    /// write to %rsp that is not a constant adjustment.
    pub fn step(&mut self, state: &mut State, insn: &Insn, on_rsp_write: &mut dyn FnMut(RspWrite)) {
        let ins = &insn.ins;
        let off = insn.off;
        let op_reg = |i: u32| gpr64(ins.op_register(i));
        let mut rsp_write = |form: RspWriteForm, before: Val, value: Val| {
            on_rsp_write(RspWrite {
                off,
                form,
                before,
                value,
            })
        };
        match ins.mnemonic() {
            Mnemonic::Mov if ins.op_count() == 2 => {
                match (ins.op0_kind(), ins.op1_kind()) {
                    (OpKind::Register, OpKind::Register) => {
                        if let (Some(d), Some(s)) = (op_reg(0), op_reg(1)) {
                            let v = Self::read_reg(state, s, off);
                            if d == RSP {
                                rsp_write(
                                    RspWriteForm::FromReg(s),
                                    state.regs[RSP].clone(),
                                    v.clone(),
                                );
                            }
                            Self::set_reg(state, d, v);
                            return;
                        }
                    }
                    (OpKind::Register, OpKind::Memory) => {
                        if let Some(d) = op_reg(0) {
                            let a = Self::addr(state, ins);
                            let v = Self::load(state, a, ins.memory_size().size(), off);
                            if d == RSP {
                                rsp_write(
                                    RspWriteForm::FromMem,
                                    state.regs[RSP].clone(),
                                    v.clone(),
                                );
                            }
                            Self::set_reg(state, d, v);
                            return;
                        }
                    }
                    (OpKind::Memory, OpKind::Register) => {
                        let a = Self::addr(state, ins);
                        let v = op_reg(1).map(|s| Self::spill_value(state, s, off));
                        Self::store(state, a, ins.memory_size().size(), v, off);
                        return;
                    }
                    (OpKind::Memory, _) => {
                        let a = Self::addr(state, ins);
                        Self::store(state, a, ins.memory_size().size(), None, off);
                        return;
                    }
                    (
                        OpKind::Register,
                        OpKind::Immediate32to64 | OpKind::Immediate64 | OpKind::Immediate32,
                    ) if ins.op0_register().is_gpr64() || ins.op0_register().is_gpr32() => {
                        if let Some(d) = gpr_full(ins.op0_register()) {
                            // A 32-bit move zero-extends; iced already extends the
                            // 64-bit forms' immediates.
                            let imm = if ins.op0_register().is_gpr32() {
                                ins.immediate(1) as u32 as i64
                            } else {
                                ins.immediate(1) as i64
                            };
                            if d == RSP {
                                rsp_write(
                                    RspWriteForm::Other,
                                    state.regs[RSP].clone(),
                                    Val::Const(imm),
                                );
                            }
                            Self::set_reg(state, d, Val::Const(imm));
                            return;
                        }
                    }
                    _ => {}
                }
            }
            Mnemonic::Lea => {
                if let Some(d) = op_reg(0) {
                    let v = self.lea_value(state, ins, off);
                    if let Some((b, k)) = v.stack_k() {
                        if d != RSP {
                            state.escaped.insert((b, k));
                        }
                    }
                    if d == RSP {
                        let src = gpr64(ins.memory_base());
                        if src == Some(RSP) && ins.memory_index() == Register::None {
                            // lea N(%rsp),%rsp: a constant adjustment.
                            Self::set_reg(state, RSP, v);
                            return;
                        }
                        let form = src
                            .map(RspWriteForm::FromReg)
                            .unwrap_or(RspWriteForm::Other);
                        rsp_write(form, state.regs[RSP].clone(), v.clone());
                    }
                    Self::set_reg(state, d, v);
                    return;
                }
            }
            Mnemonic::Pushfq | Mnemonic::Pushf => {
                let new_rsp = state.regs[RSP].offset_by(ins.stack_pointer_increment() as i64);
                Self::set_reg(state, RSP, new_rsp.clone());
                if let Some((b, k)) = new_rsp.stack_k() {
                    Self::store(state, Addr::Stack(b, k), 8, None, off);
                }
                return;
            }
            Mnemonic::Popfq | Mnemonic::Popf => {
                let after = state.regs[RSP].offset_by(ins.stack_pointer_increment() as i64);
                Self::set_reg(state, RSP, after);
                return;
            }
            Mnemonic::Push => {
                let v = match ins.op0_kind() {
                    OpKind::Register => op_reg(0).map(|s| Self::spill_value(state, s, off)),
                    OpKind::Memory => {
                        let a = Self::addr(state, ins);
                        Some(
                            Self::load(
                                state,
                                a,
                                ins.stack_pointer_increment().unsigned_abs() as usize,
                                off,
                            )
                            .with_site(Site {
                                off,
                                kind: SiteKind::Spill,
                            }),
                        )
                    }
                    _ => None,
                };
                let new_rsp = state.regs[RSP].offset_by(ins.stack_pointer_increment() as i64);
                Self::set_reg(state, RSP, new_rsp.clone());
                let a = match new_rsp.stack_k() {
                    Some((b, k)) => Addr::Stack(b, k),
                    None => Addr::StackUnknown,
                };
                Self::store(
                    state,
                    a,
                    ins.stack_pointer_increment().unsigned_abs() as usize,
                    v,
                    off,
                );
                return;
            }
            Mnemonic::Pop => {
                let a = match state.regs[RSP].stack_k() {
                    Some((b, k)) => Addr::Stack(b, k),
                    None => Addr::StackUnknown,
                };
                let v = Self::load(
                    state,
                    a,
                    ins.stack_pointer_increment().unsigned_abs() as usize,
                    off,
                );
                let after = state.regs[RSP].offset_by(ins.stack_pointer_increment() as i64);
                Self::set_reg(state, RSP, after);
                match ins.op0_kind() {
                    OpKind::Register => {
                        if let Some(d) = op_reg(0) {
                            if d == RSP {
                                rsp_write(
                                    RspWriteForm::FromMem,
                                    state.regs[RSP].clone(),
                                    v.clone(),
                                );
                            }
                            Self::set_reg(state, d, v);
                        }
                    }
                    OpKind::Memory => {
                        let a = Self::addr(state, ins);
                        Self::store(state, a, 8, Some(v), off);
                    }
                    _ => {}
                }
                return;
            }
            Mnemonic::Add | Mnemonic::Sub if ins.op0_kind() == OpKind::Register => {
                if let Some(d) = op_reg(0) {
                    let sign = if ins.mnemonic() == Mnemonic::Add {
                        1
                    } else {
                        -1
                    };
                    match ins.op1_kind() {
                        OpKind::Immediate8to64
                        | OpKind::Immediate32to64
                        | OpKind::Immediate8
                        | OpKind::Immediate32 => {
                            let imm = ins.immediate(1) as i64;
                            let v = state.regs[d].offset_by(sign * imm);
                            Self::set_reg(state, d, v);
                            return;
                        }
                        _ if d == RSP => {
                            // sub %reg,%rsp: an alloca (or add: its release).
                            let v = Self::new_anchor(state, off);
                            rsp_write(RspWriteForm::Dynamic, state.regs[RSP].clone(), v.clone());
                            Self::set_reg(state, RSP, v);
                            return;
                        }
                        OpKind::Register if sign < 0 && state.regs[d].stack_k().is_some() => {
                            // sub %reg,%rX of a stack address: an alloca computed in a
                            // register first (clang does this for KMSAN's varargs copy).
                            let v = Self::new_anchor(state, off);
                            state.regs[d] = v;
                            return;
                        }
                        _ => {}
                    }
                }
            }
            // Aligning a stack address held in another register (the alloca of
            // randomize_kstack_offset: mov %rsp,%rax; sub %rcx,%rax; and $-16,%rax)
            // gives another dynamically placed stack address.
            Mnemonic::And
                if ins.op0_kind() == OpKind::Register
                    && matches!(
                        ins.op1_kind(),
                        OpKind::Immediate8to64 | OpKind::Immediate32to64
                    )
                    && op_reg(0).is_some_and(|r| r != RSP && state.regs[r].stack_k().is_some()) =>
            {
                if let Some(d) = op_reg(0) {
                    let v = Self::new_anchor(state, off);
                    state.regs[d] = v;
                }
                return;
            }
            Mnemonic::And if ins.op0_kind() == OpKind::Register && op_reg(0) == Some(RSP) => {
                let v = Self::new_anchor(state, off);
                rsp_write(RspWriteForm::Dynamic, state.regs[RSP].clone(), v.clone());
                Self::set_reg(state, RSP, v);
                return;
            }
            Mnemonic::Leave => {
                // mov %rbp,%rsp; pop %rbp
                let v = state.regs[RBP].offset_by(0);
                rsp_write(RspWriteForm::Leave, state.regs[RSP].clone(), v.clone());
                Self::set_reg(state, RSP, v);
                let a = match state.regs[RSP].stack_k() {
                    Some((b, k)) => Addr::Stack(b, k),
                    None => Addr::StackUnknown,
                };
                let rbp = Self::load(state, a, 8, off);
                state.regs[RBP] = rbp;
                let after = state.regs[RSP].offset_by(8);
                Self::set_reg(state, RSP, after);
                return;
            }
            Mnemonic::Xchg
                if ins.op0_kind() == OpKind::Register && ins.op1_kind() == OpKind::Register =>
            {
                if let (Some(a), Some(b)) = (op_reg(0), op_reg(1)) {
                    let va = Self::read_reg(state, a, off);
                    let vb = Self::read_reg(state, b, off);
                    if a == RSP {
                        rsp_write(
                            RspWriteForm::FromReg(b),
                            state.regs[RSP].clone(),
                            vb.clone(),
                        );
                    }
                    if b == RSP {
                        rsp_write(
                            RspWriteForm::FromReg(a),
                            state.regs[RSP].clone(),
                            va.clone(),
                        );
                    }
                    Self::set_reg(state, a, vb);
                    Self::set_reg(state, b, va);
                    return;
                }
            }
            _ => {}
        }

        if insn.flow == Flow::Call {
            self.call(state, off);
            return;
        }
        if matches!(insn.flow, Flow::Exit | Flow::Stop) {
            // The path ends here: what `ret`/`iret`/`jmp` do to %rsp is the caller's.
            return;
        }
        if ins.mnemonic() == Mnemonic::Cmovo || is_cmov(ins.mnemonic()) {
            if let Some(d) = op_reg(0) {
                let src = match ins.op1_kind() {
                    OpKind::Register => op_reg(1).map(|s| Self::read_reg(state, s, off)),
                    OpKind::Memory => {
                        let a = Self::addr(state, ins);
                        Some(Self::load(state, a, ins.memory_size().size(), off))
                    }
                    _ => None,
                };
                let src = src.unwrap_or(Val::Ext(off));
                let v = state.regs[d].join(&src, off);
                if d == RSP {
                    let form = op_reg(1)
                        .map(RspWriteForm::FromReg)
                        .unwrap_or(RspWriteForm::FromMem);
                    rsp_write(form, state.regs[RSP].clone(), v.clone());
                }
                Self::set_reg(state, d, v);
                return;
            }
        }
        self.generic(state, insn, &mut rsp_write);
    }

    fn lea_value(&self, state: &State, ins: &iced_x86::Instruction, off: u32) -> Val {
        let base = ins.memory_base();
        let Some(b) = gpr64(base) else {
            return Val::Ext(off);
        };
        let disp = ins.memory_displacement64() as i64;
        let bv = Self::read_reg(state, b, off);
        if ins.memory_index() != Register::None {
            return if bv.is_stack_derived() {
                Val::Lost(Lost {
                    why: LostWhy::NonConstant,
                    at: off,
                })
            } else {
                Val::Ext(off)
            };
        }
        bv.offset_by(disp)
    }

    /// A call: the callee may clobber caller-saved registers, its own frame below
    /// %rsp, and any slot whose address escaped.
    fn call(&mut self, state: &mut State, off: u32) {
        // Stack addresses handed to the callee (argument registers, and %rax,
        // which inline asm calls may take) escape: it may write those slots.
        for r in [7usize, 6, 2, 1, 8, 9, RAX] {
            if let Some(key) = state.regs[r].stack_k() {
                state.escaped.insert(key);
            }
        }
        for &r in &CALLER_SAVED {
            state.regs[r] = match &state.regs[r] {
                Val::Ext(_) | Val::Const(_) => Val::Ext(off),
                _ => Val::Lost(Lost {
                    why: LostWhy::CallClobber,
                    at: off,
                }),
            };
        }
        if let Some((b, k)) = state.regs[RSP].stack_k() {
            // The return address and the callee's frame live below %rsp.
            state.slots.retain(|(sb, sk), _| *sb != b || *sk >= k);
        }
        let clobbered = Val::Lost(Lost {
            why: LostWhy::SlotOverwritten,
            at: off,
        });
        let esc: Vec<(Base, i64)> = state.escaped.iter().copied().collect();
        for key in esc {
            if state.slots.contains_key(&key) {
                state.slots.insert(key, clobbered.clone());
            }
        }
    }

    /// Every instruction without a precise rule: registers it writes hold something
    /// not provable, memory it writes is overwritten.
    fn generic(
        &mut self,
        state: &mut State,
        insn: &Insn,
        rsp_write: &mut dyn FnMut(RspWriteForm, Val, Val),
    ) {
        let ins = &insn.ins;
        let off = insn.off;
        let info = self.info.info(ins);
        // A written register holds something stack-derived but unprovable when the
        // instruction computed it from a stack-derived register operand (address
        // registers of memory operands do not count: a load yields memory contents).
        let mut reads_stack = false;
        for i in 0..ins.op_count().min(5) {
            if ins.op_kind(i) != OpKind::Register {
                continue;
            }
            let Some(r) = gpr_full(ins.op_register(i)) else {
                continue;
            };
            if r != RSP
                && matches!(
                    info.op_access(i),
                    OpAccess::Read
                        | OpAccess::CondRead
                        | OpAccess::ReadWrite
                        | OpAccess::ReadCondWrite
                )
                && state.regs[r].is_stack_derived()
            {
                reads_stack = true;
            }
        }
        if is_zeroing_idiom(ins) {
            reads_stack = false;
        }
        let mut writes: [bool; 16] = [false; 16];
        for u in info.used_registers() {
            let Some(r) = gpr_full(u.register()) else {
                continue;
            };
            if matches!(
                u.access(),
                OpAccess::Write
                    | OpAccess::CondWrite
                    | OpAccess::ReadWrite
                    | OpAccess::ReadCondWrite
            ) {
                writes[r] = true;
            }
        }
        let mut stores = Vec::new();
        for m in info.used_memory() {
            if matches!(
                m.access(),
                OpAccess::Write
                    | OpAccess::CondWrite
                    | OpAccess::ReadWrite
                    | OpAccess::ReadCondWrite
            ) {
                let mut addr = if m.segment() == Register::GS || m.segment() == Register::FS {
                    Addr::Global
                } else {
                    match gpr64(m.base()) {
                        None => match gpr64(m.index()).map(|i| &state.regs[i]) {
                            Some(Val::Stack { .. } | Val::Lost(_)) => Addr::StackUnknown,
                            Some(_) => Addr::Pointer,
                            None => Addr::Global,
                        },
                        Some(b) => match &state.regs[b] {
                            Val::Stack { base, k, .. } => {
                                let k = k.wrapping_add(m.displacement() as i64);
                                if m.index() != Register::None {
                                    Addr::StackFrom(*base, k)
                                } else {
                                    Addr::Stack(*base, k)
                                }
                            }
                            Val::Lost(_) => Addr::StackUnknown,
                            Val::Ext(_) | Val::Const(_) => Addr::Pointer,
                        },
                    }
                };
                // iced gives rep-prefixed string operations an unknown (0) memory size:
                // the element size is the instruction's own operand size.
                let mut size = match m.memory_size().size() {
                    0 => ins.memory_size().size(),
                    n => n,
                };
                if ins.has_rep_prefix() || ins.has_repe_prefix() || ins.has_repne_prefix() {
                    // A string store covers %rcx elements upwards (the kernel runs
                    // with DF clear); without a known count, everything above.
                    match (&state.regs[1], addr) {
                        (Val::Const(n), _) if (0..1 << 20).contains(n) => size *= *n as usize,
                        (_, Addr::Stack(b, k)) => addr = Addr::StackFrom(b, k),
                        _ => {}
                    }
                }
                stores.push((addr, size));
            }
        }
        for (addr, size) in stores {
            Self::store(state, addr, size, None, off);
        }
        let zeroed = if is_zeroing_idiom(ins) {
            gpr_full(ins.op0_register())
        } else {
            None
        };
        for (r, &w) in writes.iter().enumerate() {
            if !w {
                continue;
            }
            let v = if zeroed == Some(r) {
                Val::Const(0)
            } else if reads_stack {
                Val::Lost(Lost {
                    why: LostWhy::NonConstant,
                    at: off,
                })
            } else {
                Val::Ext(off)
            };
            if r == RSP {
                // `xor %esp,%esp` is a constant, `mov %eax,%esp` a value from
                // elsewhere; only arithmetic on a stack value stays stack-derived.
                let v = match v {
                    Val::Const(_) | Val::Lost(_) => v,
                    _ if state.regs[RSP].is_stack_derived()
                        && !ins.op1_kind().eq(&OpKind::Register) =>
                    {
                        Val::Lost(Lost {
                            why: LostWhy::NonConstant,
                            at: off,
                        })
                    }
                    other => other,
                };
                rsp_write(RspWriteForm::Other, state.regs[RSP].clone(), v.clone());
                Self::set_reg(state, RSP, v);
            } else {
                state.regs[r] = v;
            }
        }
    }
}

/// `xor %eax,%eax` / `sub %eax,%eax`: reads its operand by encoding only.
fn is_zeroing_idiom(ins: &iced_x86::Instruction) -> bool {
    // Only 32- and 64-bit forms clear the whole register (`xor %cl,%cl` does not).
    (ins.op0_register().is_gpr32() || ins.op0_register().is_gpr64())
        && matches!(
            ins.mnemonic(),
            Mnemonic::Xor | Mnemonic::Sub | Mnemonic::Sbb
        )
        && ins.op_count() == 2
        && ins.op0_kind() == OpKind::Register
        && ins.op1_kind() == OpKind::Register
        && ins.op0_register() == ins.op1_register()
        && ins.mnemonic() != Mnemonic::Sbb
}

fn is_cmov(m: Mnemonic) -> bool {
    matches!(
        m,
        Mnemonic::Cmova
            | Mnemonic::Cmovae
            | Mnemonic::Cmovb
            | Mnemonic::Cmovbe
            | Mnemonic::Cmove
            | Mnemonic::Cmovg
            | Mnemonic::Cmovge
            | Mnemonic::Cmovl
            | Mnemonic::Cmovle
            | Mnemonic::Cmovne
            | Mnemonic::Cmovno
            | Mnemonic::Cmovnp
            | Mnemonic::Cmovns
            | Mnemonic::Cmovo
            | Mnemonic::Cmovp
            | Mnemonic::Cmovs
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stack(k: i64, sites: &[Site]) -> Val {
        Val::Stack {
            base: Base::Cfa,
            k,
            prov: sites.to_vec().into(),
        }
    }

    const COPY: Site = Site {
        off: 1,
        kind: SiteKind::Copy,
    };
    const RELOAD: Site = Site {
        off: 9,
        kind: SiteKind::Reload,
    };

    #[test]
    fn equal_values_join_to_the_union_of_their_sites() {
        let j = stack(-0x98, &[COPY]).join(&stack(-0x98, &[RELOAD]), 0x40);
        assert_eq!(j, stack(-0x98, &[COPY, RELOAD]));
    }

    #[test]
    fn different_offsets_or_origins_disagree_at_the_merge_point() {
        let lost = Val::Lost(Lost {
            why: LostWhy::PathsDisagree,
            at: 0x40,
        });
        assert_eq!(stack(-0x98, &[]).join(&stack(-0x90, &[]), 0x40), lost);
        assert_eq!(stack(-0x98, &[]).join(&Val::Ext(3), 0x40), lost);
        assert_eq!(Val::Ext(3).join(&stack(-0x98, &[]), 0x40), lost);
    }

    #[test]
    fn lost_values_stay_lost_with_their_first_reason() {
        let clobber = Val::Lost(Lost {
            why: LostWhy::CallClobber,
            at: 7,
        });
        assert_eq!(clobber.join(&stack(-8, &[]), 0x40), clobber);
        assert_eq!(stack(-8, &[]).join(&clobber, 0x40), clobber);
    }

    #[test]
    fn constants_join_only_when_equal() {
        assert_eq!(Val::Const(4).join(&Val::Const(4), 1), Val::Const(4));
        assert_eq!(Val::Const(4).join(&Val::Const(5), 1), Val::Ext(1));
    }

    #[test]
    fn state_join_reports_change_and_drops_non_stack_slots() {
        let mut a = State::entry();
        a.slots.insert((Base::Cfa, -0x20), stack(-0x30, &[COPY]));
        let b = State::entry();
        assert!(a.join_from(&b, 0x10));
        assert_eq!(
            a.slots.get(&(Base::Cfa, -0x20)),
            Some(&Val::Lost(Lost {
                why: LostWhy::PathsDisagree,
                at: 0x10
            }))
        );
        assert!(!a.clone().join_from(&a, 0x10));
    }
}
