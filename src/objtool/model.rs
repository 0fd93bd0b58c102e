//! A simulation of objtool's own stack-state model (Debian 6.12.117, which has the
//! "RSP musical chairs" register-copy tracking), to predict where it fails.
//!
//! This deliberately models objtool, not the truth (tools/objtool/check.c,
//! `update_cfi_state()` and `validate_branch()`; arch/x86/decode.c):
//! - paths are walked depth first, a conditional jump's target before its
//!   fall-through; every instruction is visited once, and a revisit only compares
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
//! DRAP (realigned frames through a DRAP register) is not modelled: once objtool
//! would enter DRAP mode the simulation stops predicting for that function.

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

/// A message the model predicts objtool prints (the real ones, parsed, are
/// `objtool::run::ObjtoolMessage`).
#[derive(Clone, Debug, PartialEq)]
pub struct PredictedMessage {
    /// Function-relative offset objtool reports.
    pub off: u32,
    pub message: String,
    /// The %rsp write that lost the CFA, when the complaint follows from one.
    pub caused_by: Option<u32>,
}

/// What the simulated objtool concluded for one function.
#[derive(Clone, Debug, Default)]
pub struct ObjtoolVerdict {
    /// objtool prints at most one message per function.
    pub message: Option<PredictedMessage>,
    /// The model state on entry to each visited instruction (for `--trace`).
    pub states: Vec<Option<ModelState>>,
}

impl ObjtoolVerdict {
    /// The complaint caused by the %rsp write at `restore_off`, if any.
    pub fn failure_caused_by(&self, restore_off: u32) -> Option<&PredictedMessage> {
        self.message
            .as_ref()
            .filter(|m| m.caused_by == Some(restore_off))
    }
}

/// Calls after which objtool ends the path (tools/objtool/noreturns.h, the
/// entries that occur in ordinary kernel code).
const NORETURN: &[&str] = &[
    "__stack_chk_fail",
    "__ubsan_handle_builtin_unreachable",
    "__fortify_panic",
    "__module_put_and_kthread_exit",
    "__reiserfs_panic",
    "__x64_sys_exit",
    "__x64_sys_exit_group",
    "arch_cpu_idle_dead",
    "bch2_trans_in_restart_error",
    "bch2_trans_restart_error",
    "bch2_trans_unlocked_error",
    "cpu_bringup_and_idle",
    "cpu_startup_entry",
    "do_exit",
    "do_group_exit",
    "do_task_dead",
    "ex_handler_msr_mce",
    "hlt_play_dead",
    "hv_ghcb_terminate",
    "kthread_complete_and_exit",
    "kthread_exit",
    "kunit_try_catch_throw",
    "machine_real_restart",
    "make_task_dead",
    "mpt_halt_firmware",
    "nmi_panic_self_stop",
    "panic",
    "panic_smp_self_stop",
    "rest_init",
    "resume_play_dead",
    "rewind_stack_and_make_dead",
    "sev_es_terminate",
    "snp_abort",
    "start_kernel",
    "stop_this_cpu",
    "usercopy_abort",
    "x86_64_start_kernel",
    "x86_64_start_reservations",
    "xen_cpu_bringup_again",
    "xen_start_kernel",
];

pub fn is_noreturn(name: Option<&str>) -> bool {
    name.is_some_and(|n| NORETURN.contains(&n))
}

/// Simulate objtool over one function.
pub fn simulate(insns: &[Insn]) -> ObjtoolVerdict {
    let mut v = ObjtoolVerdict {
        message: None,
        states: vec![None; insns.len()],
    };
    if insns.is_empty() {
        return v;
    }
    let mut sim = Sim {
        insns,
        states: &mut v.states,
    };
    let walked = sim.walk(0, ModelState::entry(), 0);
    v.message = match walked {
        Err(m) => Some(m),
        // No validation warning: ORC generation then meets the first instruction
        // (in address order) whose entry state has an undefined CFA.
        Ok(()) => insns.iter().zip(v.states.iter()).find_map(|(ins, s)| {
            let s = s.as_ref()?;
            (s.base == CfaBase::Undefined).then(|| PredictedMessage {
                off: ins.off,
                message: "unknown CFA base reg -1".to_string(),
                caused_by: s.lost_by,
            })
        }),
    };
    v
}

struct Sim<'a> {
    insns: &'a [Insn],
    states: &'a mut Vec<Option<ModelState>>,
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
    }
}

impl Sim<'_> {
    fn index_of(&self, off: u32) -> Option<usize> {
        self.insns.binary_search_by_key(&off, |i| i.off).ok()
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
            if let Some(seen) = &self.states[i] {
                if seen.base == CfaBase::Drap || st.base == CfaBase::Drap {
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
                return Ok(());
            }
            self.states[i] = Some(st.clone());
            // Static-key targets are alternatives of the site: objtool walks them
            // first, from the state on entry to the site.
            if let Some(ti) = insn.jump_label.and_then(|t| self.index_of(t)) {
                self.walk(ti, st.clone(), depth + 1)?;
            }
            if st.base != CfaBase::Drap {
                apply(insn, &mut st)?;
            }
            if st.base == CfaBase::Drap {
                // Not modelled: stop predicting on this path.
                return Ok(());
            }
            match insn.flow {
                Flow::Exit => {
                    let is_return = insn.ins.mnemonic() == Mnemonic::Ret
                        || insn.target_name.as_deref() == Some("__x86_return_thunk");
                    let dynamic = insn.ins.flow_control() == iced_x86::FlowControl::IndirectBranch
                        || insn
                            .target_name
                            .as_deref()
                            .is_some_and(|n| n.starts_with("__x86_indirect_thunk"));
                    if st.modified() {
                        if is_return {
                            return Err(warn(insn.off, "return with modified stack frame", &st));
                        }
                        if !dynamic {
                            return Err(warn(
                                insn.off,
                                "sibling call from callable instruction with modified stack frame",
                                &st,
                            ));
                        }
                    }
                    return Ok(());
                }
                Flow::Stop => return Ok(()),
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
                    if is_noreturn(insn.target_name.as_deref()) {
                        return Ok(());
                    }
                }
                Flow::Next => {}
            }
            i += 1;
        }
    }
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
                    // mov %rsp,d(%any): only the swizzle form matters, but it is a
                    // stack op (so it reports an undefined state).
                    let base = gpr64(ins.memory_base()).unwrap_or(RSP);
                    let d = if ins.memory_index() == Register::None {
                        disp
                    } else {
                        i64::MIN
                    };
                    return (
                        [
                            Some(Op::Store {
                                src: RSP,
                                base,
                                disp: d,
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
            } else if dst == RSP && src == RBP && !by_reg {
                if let Some(o) = st.regs[RBP] {
                    st.stack_size = -(n + o);
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
