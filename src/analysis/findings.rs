//! Classification of %rsp writes into findings: kind, proven redundancy, delta,
//! loop, sites, and objtool's predicted verdict (from `objtool::model`).

use crate::analysis::cfg::Cfg;
use crate::analysis::stack::{
    Base, LostWhy, RBP, REG_NAMES, RspWrite, RspWriteForm, SiteKind, Val,
};
use crate::objtool::model::{Cause, ObjtoolVerdict};
use crate::x86::decode::Insn;
use serde::{Deserialize, Serialize};

#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The %rsp copy went through a stack slot and the restore is in a loop.
    SpilledRspLoop,
    /// Through a stack slot, not in a loop.
    SpilledRsp,
    /// Registers only.
    RspRegisterChain,
    /// The restored value cannot be proven: a real bug or an unprovable construct.
    RspUnknownRestore,
    /// The value comes from outside this stack frame: a deliberate stack switch.
    RspSwitch,
    /// Realignment or dynamic allocation (`and $-N`, `sub %reg`, or the same
    /// computed in a register), or leaving such a frame: %rsp moves by an amount
    /// not known at build time, by design. Informational.
    RspDynamic,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::SpilledRspLoop => "spilled-rsp-loop",
            Kind::SpilledRsp => "spilled-rsp",
            Kind::RspRegisterChain => "rsp-register-chain",
            Kind::RspUnknownRestore => "rsp-unknown-restore",
            Kind::RspSwitch => "rsp-switch",
            Kind::RspDynamic => "rsp-dynamic",
        }
    }

    /// The copy went through a stack slot: the construct `suggest`'s fixes
    /// are for.
    pub fn is_spilled(self) -> bool {
        matches!(self, Kind::SpilledRsp | Kind::SpilledRspLoop)
    }

    /// What a fix must remove (`check`'s "construct" column): spilled
    /// copies, and restores rspill cannot prove.
    pub fn is_construct(self) -> bool {
        self.is_spilled() || self == Kind::RspUnknownRestore
    }

    /// A finding of this kind fails `scan` (exit 1) whatever objtool says: a
    /// restore that may be a real bug.
    pub fn is_serious(self) -> bool {
        self == Kind::RspUnknownRestore
    }

    pub const ALL: [Kind; 6] = [
        Kind::SpilledRspLoop,
        Kind::SpilledRsp,
        Kind::RspRegisterChain,
        Kind::RspUnknownRestore,
        Kind::RspSwitch,
        Kind::RspDynamic,
    ];
}

/// Function-relative offsets of the construct's parts.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Sites {
    /// Where %rsp was read (`mov %rsp,%reg`, `lea N(%rsp),%reg`, `mov %rsp,slot`).
    pub copy: Vec<u32>,
    /// Register-to-register copies of the value.
    pub moves: Vec<u32>,
    pub spills: Vec<u32>,
    pub reloads: Vec<u32>,
    pub restore: u32,
    /// The last instruction of the block whose edge closes the innermost loop
    /// containing the restore (a jump to `loop_head`, or a fall-through into it).
    pub back_edge: Option<u32>,
    /// First instruction of that loop's head block.
    pub loop_head: Option<u32>,
    /// For `rsp-unknown-restore`: where the value was lost (call, store, merge).
    pub lost_at: Option<u32>,
}

/// One inline frame: innermost first in a chain.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SourceFrame {
    pub function: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Source {
    /// Inline chain at the restore, innermost (the asm statement) first.
    pub restore: Vec<SourceFrame>,
    /// The call inside the inline asm statement near the restore, when found.
    pub asm_call: Option<AsmCall>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AsmCall {
    pub offset: u32,
    pub callee: Option<String>,
    pub frames: Vec<SourceFrame>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Finding {
    #[serde(rename = "type")]
    pub record_type: String,
    pub file: String,
    pub section: String,
    pub function: String,
    /// Function-relative offset of the restore.
    pub offset: u32,
    /// Address of the restore (real in linked images, synthetic in `.o` files).
    pub address: u64,
    pub kind: Kind,
    pub restore_redundant: bool,
    /// Restored value minus current %rsp, when proven.
    pub rsp_delta: Option<i64>,
    /// Restored value minus current %rsp under `assumptions` (not proven).
    pub assumed_rsp_delta: Option<i64>,
    /// What `assumed_rsp_delta` rests on (e.g. `stack-objects-in-bounds`).
    pub assumptions: Vec<String>,
    /// Why nothing is claimed for this restore (incomplete control flow, …).
    pub no_claim: Option<String>,
    /// The restore is in `.altinstructions` replacement code for the original
    /// instruction at this offset (`offset` is then that site's).
    pub alternative_for: Option<u32>,
    /// For such a restore: its offset in the replacement section.
    pub replacement_offset: Option<u64>,
    pub objtool_would_fail: bool,
    /// What objtool is predicted to print for this function, if it fails here.
    pub objtool_message: Option<String>,
    /// objtool's predicted first message for the whole function, whatever causes
    /// it (`objtool_message` is set only when this restore does).
    pub objtool_prediction: ObjtoolPrediction,
    #[serde(rename = "loop")]
    pub in_loop: bool,
    /// The restore instruction's source operand (`%rcx`, `0x90(%rsp)`).
    pub restored_from: String,
    pub sites: Sites,
    pub summary: String,
    pub source: Option<Source>,
    /// What %rsp becomes is stated (a delta, "leaves the realigned frame"):
    /// something to claim, or to say why not. Not a record field.
    #[serde(skip)]
    pub states_value: bool,
}

impl Finding {
    /// A realignment or alloca that states no value (`and $-32,%rsp`): there
    /// is nothing to claim, so nothing needs the reasons a claim is refused
    /// for (`no_claim`), nor the readings that only find those
    /// (`scan_input`'s deferred ways in).
    pub fn claimless(&self) -> bool {
        self.kind == Kind::RspDynamic && !self.states_value && !self.restore_redundant
    }
}

/// The model's view of the function a finding is in (`objtool::model`).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct ObjtoolPrediction {
    /// The objtool modelled: `debian-6.12.117` (built in) or `tree-X.Y.Z`
    /// (lists read from a kernel tree).
    pub model: String,
    /// `FUNC+0xOFF: TEXT`, the first line objtool prints for the function; None:
    /// it prints nothing for it. Not claimed when `uncertain`.
    pub message: Option<String>,
    pub cause: Option<Cause>,
    /// Why the model does not cover the function (then nothing is claimed).
    pub uncertain: Option<String>,
    /// Why objtool says nothing where the function alone would make it speak
    /// (ORC generation already stopped earlier in the object).
    pub masked_by: Option<String>,
}

impl ObjtoolPrediction {
    /// The line objtool is predicted to print for the function, where the
    /// model covers it, whether or not a %rsp write was found to cause it.
    pub fn certain_message(&self) -> Option<&str> {
        self.message.as_deref().filter(|_| self.uncertain.is_none())
    }

    pub fn of(function: &str, v: &ObjtoolVerdict) -> Self {
        ObjtoolPrediction {
            model: crate::objtool::profile::active().model.clone(),
            message: v.message.as_ref().map(|m| match m.replacement_offset {
                Some(r) => format!(".altinstr_replacement+{r:#x}: {}", m.message),
                None => format!("{function}+{:#x}: {}", m.off, m.message),
            }),
            cause: v.message.as_ref().map(|m| m.cause),
            uncertain: v.uncertain.clone(),
            masked_by: None,
        }
    }
}

/// `+0x10` / `-0x10`.
pub fn fmt_k(k: i64) -> String {
    if k < 0 {
        format!("-{:#x}", k.unsigned_abs())
    } else {
        format!("+{k:#x}")
    }
}

/// Human description of a tracked value, e.g. `CFA-0x98`.
pub fn describe_val(v: &Val) -> String {
    match v {
        Val::Stack {
            base: Base::Cfa, k, ..
        } => format!("CFA{}", fmt_k(*k)),
        Val::Stack {
            base: Base::Anchor(a),
            k,
            ..
        } => format!("ALIGNED@{a:#x}{}", fmt_k(*k)),
        // Lost where %rsp moved past it: no single instruction to name.
        Val::Lost(l) if l.at == crate::analysis::stack::AT_ENTRY => {
            format!("lost ({})", lost_text(l.why))
        }
        Val::Lost(l) => format!("lost ({} at {:#x})", lost_text(l.why), l.at),
        Val::Ext(o) if crate::analysis::stack::is_entry_origin(*o) => {
            "value from entry".to_string()
        }
        Val::Ext(o) if *o == crate::analysis::stack::NO_IDENTITY => "non-stack value".to_string(),
        Val::Ext(o) => format!("non-stack value from {o:#x}"),
        Val::Const(c) => format!("constant {c:#x}"),
    }
}

fn lost_text(w: LostWhy) -> &'static str {
    match w {
        LostWhy::CallClobber => "caller-saved register clobbered by call",
        LostWhy::SlotOverwritten => "stack slot overwritten",
        LostWhy::PathsDisagree => "paths disagree",
        LostWhy::NonConstant => {
            "changed by a non-constant amount or by an instruction not modelled"
        }
        LostWhy::BelowRsp => "kept below %rsp, where an interrupt may overwrite it",
        LostWhy::FromMemory => "loaded from memory that may hold a stack address",
        LostWhy::CalleeContract => {
            "left by a call to a callee not shown to keep the calling convention"
        }
    }
}

/// Context a classification needs beyond the %rsp write itself.
pub struct FunctionContext<'a> {
    pub file: &'a str,
    pub section: &'a str,
    pub function: &'a str,
    /// What objtool calls the function in its messages.
    pub objtool_name: &'a str,
    pub address: u64,
    pub insns: &'a [Insn],
    pub cfg: &'a Cfg,
    pub objtool: &'a ObjtoolVerdict,
}

/// Decide whether a %rsp write is a finding, and which.
pub fn classify(
    ctx: &FunctionContext,
    w: &RspWrite,
    rbp_before: &Val,
    restored_from: String,
) -> Option<Finding> {
    match w.form {
        // `leave` and `mov %rbp,%rsp` are the frame-pointer epilogue when
        // %rbp is the frame pointer; with any other %rbp they are restores
        // like the others (a `leave` through a clobbered %rbp returns through
        // whatever it points at).
        RspWriteForm::Leave if is_frame_pointer(ctx, rbp_before) => {
            return None;
        }
        // `mov %rbp,%rsp`, or gcc's `lea -8n(%rbp),%rsp` right before popping
        // the n registers saved below the frame pointer and %rbp itself. Any
        // other displacement (or an index) pops the wrong slots: a restore.
        RspWriteForm::FromReg(RBP)
            if is_frame_pointer(ctx, rbp_before)
                && frame_pointer_epilogue(ctx, w.off, rbp_before, &w.value) =>
        {
            return None;
        }
        _ => {}
    }
    let idx = ctx.insns.binary_search_by_key(&w.off, |i| i.off).ok()?;
    let block = ctx.cfg.block_of[idx];
    let back = ctx.cfg.loop_containing(block);
    let in_loop = back.is_some();
    let back_edge = back.map(|e| ctx.insns[ctx.cfg.blocks[e.from].last].off);
    let loop_head = back.map(|e| ctx.insns[ctx.cfg.blocks[e.head].first].off);

    let mut sites = Sites {
        restore: w.off,
        back_edge,
        loop_head,
        ..Default::default()
    };
    let dynamic = |what: &str| (Kind::RspDynamic, None, what.to_string());
    let (kind, delta, summary) = match (&w.before, &w.value) {
        _ if w.form == RspWriteForm::Dynamic => dynamic(
            "realignment or dynamic allocation: %rsp moves by an amount not known at build time",
        ),
        // Where %rsp itself is not provable (paths disagree at a loop head,
        // one path switched and one did not), a value that is not this
        // frame's is no deliberate switch: on some path it may be a stale or
        // overwritten copy of this frame's %rsp.
        (Val::Lost(l), Val::Ext(_) | Val::Const(_)) => {
            sites.lost_at = Some(l.at);
            (
                Kind::RspUnknownRestore,
                None,
                format!(
                    "sets %rsp to {} where %rsp itself is not provable ({} at {:#x})",
                    describe_val(&w.value),
                    lost_text(l.why),
                    l.at
                ),
            )
        }
        (before, Val::Stack { base, k, prov }) => {
            for s in prov.iter() {
                match s.kind {
                    SiteKind::Copy => sites.copy.push(s.off),
                    SiteKind::Move => sites.moves.push(s.off),
                    SiteKind::Spill => sites.spills.push(s.off),
                    SiteKind::Reload => sites.reloads.push(s.off),
                }
            }
            // Reading the source register at the restore itself is not a move.
            sites.moves.retain(|&o| o != w.off);
            let spilled = !sites.spills.is_empty() || !sites.reloads.is_empty();
            let chain_kind = match (spilled, in_loop) {
                (true, true) => Kind::SpilledRspLoop,
                (true, false) => Kind::SpilledRsp,
                (false, _) => Kind::RspRegisterChain,
            };
            match before {
                Val::Stack {
                    base: bb, k: bk, ..
                } if bb == base => {
                    let d = k - bk;
                    let what = if d == 0 {
                        "restores the value %rsp already holds (no-op)".to_string()
                    } else {
                        format!(
                            "moves %rsp by {} (restored value = %rsp{})",
                            fmt_k(d),
                            fmt_k(d)
                        )
                    };
                    let via = if spilled {
                        "through the stack"
                    } else {
                        "through registers"
                    };
                    (
                        chain_kind,
                        Some(d),
                        format!("%rsp copy carried {via} {what}"),
                    )
                }
                Val::Stack {
                    base: Base::Anchor(_),
                    ..
                } if *base == Base::Cfa => {
                    // Straight into a return, %rsp must point at the return
                    // address (CFA-8): anything else returns through a wrong slot.
                    let next = ctx.insns.get(idx + 1);
                    let returns = next.is_some_and(|n| {
                        n.ins.flow_control() == iced_x86::FlowControl::Return
                            || n.target_name.as_deref() == Some("__x86_return_thunk")
                    });
                    if returns && *k != -8 {
                        sites.lost_at = None;
                        (
                            Kind::RspUnknownRestore,
                            None,
                            format!(
                                "leaves a realigned frame with %rsp = CFA{} right before returning: the return address is at CFA-0x8",
                                fmt_k(*k)
                            ),
                        )
                    } else {
                        dynamic(
                            "leaves a realigned or dynamically allocated frame (the DRAP/alloca epilogue)",
                        )
                    }
                }
                Val::Stack { .. } if matches!(base, Base::Anchor(_)) => {
                    dynamic("moves %rsp into a realigned or dynamically allocated area")
                }
                Val::Stack { .. } => (
                    Kind::RspUnknownRestore,
                    None,
                    "restores a value relative to a different frame base than %rsp's".to_string(),
                ),
                // Back from another stack: informational only if the straight
                // path after it does not return through a wrong slot.
                Val::Ext(_) | Val::Const(_)
                    if *base == Base::Cfa
                        && cfa_at_return(ctx, w.off, *k).is_some_and(|r| r != -8) =>
                {
                    (
                        Kind::RspUnknownRestore,
                        None,
                        format!(
                            "switches back to this function's stack ({}), but returns with %rsp = CFA{}: the return address is at CFA-0x8",
                            describe_val(&w.value),
                            fmt_k(cfa_at_return(ctx, w.off, *k).unwrap_or(0))
                        ),
                    )
                }
                Val::Ext(_) | Val::Const(_) => (
                    Kind::RspSwitch,
                    None,
                    format!(
                        "switches back to this function's stack ({})",
                        describe_val(&w.value)
                    ),
                ),
                Val::Lost(l) => {
                    sites.lost_at = Some(l.at);
                    (
                        Kind::RspUnknownRestore,
                        None,
                        format!(
                            "restores {} but %rsp itself is not provable here ({} at {:#x})",
                            describe_val(&w.value),
                            lost_text(l.why),
                            l.at
                        ),
                    )
                }
            }
        }
        (_, Val::Lost(l)) => {
            sites.lost_at = Some(l.at);
            (
                Kind::RspUnknownRestore,
                None,
                format!(
                    "restored value is not provable: {} at {:#x}",
                    lost_text(l.why),
                    l.at
                ),
            )
        }
        (_, Val::Const(c)) => (
            Kind::RspSwitch,
            None,
            format!("stack switch: %rsp set to the constant {c:#x}"),
        ),
        (before, Val::Ext(o)) => match ext_origin(ctx, *o, before) {
            ExtOrigin::Entry => (
                Kind::RspSwitch,
                None,
                "stack switch: %rsp set from a value the function was entered with".to_string(),
            ),
            ExtOrigin::LoadedFromElsewhere => (
                Kind::RspSwitch,
                None,
                format!("stack switch: %rsp set from a non-stack value from {o:#x}"),
            ),
            ExtOrigin::Unknown(what) => {
                sites.lost_at = Some(*o);
                (
                    Kind::RspUnknownRestore,
                    None,
                    format!("sets %rsp to {what}: no stack pointer rspill knows of"),
                )
            }
        },
    };
    let redundant = delta == Some(0)
        && matches!(
            kind,
            Kind::SpilledRspLoop | Kind::SpilledRsp | Kind::RspRegisterChain
        );
    // Where the model does not cover the function, nothing is claimed.
    let objtool_hit = ctx
        .objtool
        .failure_caused_by(w.off)
        .filter(|_| ctx.objtool.uncertain.is_none());
    Some(Finding {
        record_type: "finding".to_string(),
        file: ctx.file.to_string(),
        section: ctx.section.to_string(),
        function: ctx.function.to_string(),
        offset: w.off,
        address: ctx.address + w.off as u64,
        kind,
        restore_redundant: redundant,
        rsp_delta: delta,
        assumed_rsp_delta: None,
        assumptions: Vec::new(),
        no_claim: None,
        alternative_for: None,
        replacement_offset: None,
        objtool_would_fail: objtool_hit.is_some(),
        objtool_message: objtool_hit
            .map(|m| format!("{}+{:#x}: {}", ctx.objtool_name, m.off, m.message)),
        objtool_prediction: ObjtoolPrediction::of(ctx.objtool_name, ctx.objtool),
        in_loop,
        restored_from,
        sites,
        summary,
        source: None,
        states_value: false,
    })
}

/// A %rsp write the analysis could not reach: an unprovable restore.
pub fn unanalysed(ctx: &FunctionContext, ins: &Insn, why: &str) -> Finding {
    Finding {
        record_type: "finding".to_string(),
        file: ctx.file.to_string(),
        section: ctx.section.to_string(),
        function: ctx.function.to_string(),
        offset: ins.off,
        address: ctx.address + ins.off as u64,
        kind: Kind::RspUnknownRestore,
        restore_redundant: false,
        rsp_delta: None,
        assumed_rsp_delta: None,
        assumptions: Vec::new(),
        no_claim: Some(why.to_string()),
        alternative_for: None,
        replacement_offset: None,
        objtool_would_fail: false,
        objtool_message: None,
        objtool_prediction: ObjtoolPrediction::of(ctx.objtool_name, ctx.objtool),
        in_loop: false,
        restored_from: "?".to_string(),
        sites: Sites {
            restore: ins.off,
            ..Default::default()
        },
        summary: format!("%rsp write not analysed: {why}"),
        source: None,
        states_value: false,
    }
}

/// %rbp is the frame pointer when it holds CFA-16 (after `push %rbp; mov %rsp,%rbp`)
/// or a realigned-frame address (DRAP), and did not come back from a stack slot.
/// Where a value from outside the analysis (`Val::Ext`) came from, for telling
/// a stack switch from a broken restore.
enum ExtOrigin {
    /// An argument or other register the function was entered with
    /// (`call_on_stack` hands the new stack in a register).
    Entry,
    /// Loaded from memory outside this frame (per-cpu, a global, through a
    /// pointer) or from a stack already switched to, or computed from such a
    /// value: a stack kept there.
    LoadedFromElsewhere,
    /// Made by an instruction that is no load (`rdtsc`, `mul`, `cpuid`), or
    /// read from a slot of this frame rspill does not track (never written,
    /// or overwritten): nothing says it is a stack.
    Unknown(String),
}

fn ext_origin(ctx: &FunctionContext, o: u32, before: &Val) -> ExtOrigin {
    use iced_x86::{Mnemonic, OpKind, Register};
    if crate::analysis::stack::is_entry_origin(o) {
        return ExtOrigin::Entry;
    }
    let Ok(i) = ctx.insns.binary_search_by_key(&o, |x| x.off) else {
        return ExtOrigin::Unknown(format!("a value made at {o:#x}"));
    };
    let ins = &ctx.insns[i].ins;
    let text = {
        use iced_x86::Formatter;
        let mut out = String::new();
        crate::x86::decode::gas_formatter(false).format(ins, &mut out);
        out
    };
    // Instructions whose result is a number, never a pointer handed on: a
    // %rsp copy they overwrite is lost, not switched.
    let makes_a_number = matches!(
        ins.mnemonic(),
        Mnemonic::Rdtsc
            | Mnemonic::Rdtscp
            | Mnemonic::Rdpid
            | Mnemonic::Rdrand
            | Mnemonic::Rdseed
            | Mnemonic::Rdmsr
            | Mnemonic::Rdpmc
            | Mnemonic::Xgetbv
            | Mnemonic::Cpuid
            | Mnemonic::Mul
            | Mnemonic::Div
            | Mnemonic::Idiv
            | Mnemonic::Cqo
            | Mnemonic::Cdq
            | Mnemonic::Cwd
            | Mnemonic::Cdqe
            | Mnemonic::Cwde
            | Mnemonic::Cbw
            | Mnemonic::Lahf
            | Mnemonic::Lodsb
            | Mnemonic::Lodsw
            | Mnemonic::Lodsd
            | Mnemonic::Lodsq
            | Mnemonic::Popcnt
            | Mnemonic::Lzcnt
            | Mnemonic::Tzcnt
    ) || (ins.mnemonic() == Mnemonic::Imul && ins.op_count() == 1);
    if makes_a_number {
        return ExtOrigin::Unknown(format!("the result of `{text}` at {o:#x}"));
    }
    let implicit_stack_load = matches!(ins.mnemonic(), Mnemonic::Pop | Mnemonic::Leave);
    let explicit_load = (0..ins.op_count()).any(|k| ins.op_kind(k) == OpKind::Memory)
        && ins.mnemonic() != Mnemonic::Lea;
    let frame_based = implicit_stack_load
        || (explicit_load
            && matches!(
                ins.memory_base(),
                Register::RSP | Register::RBP | Register::ESP | Register::EBP
            ));
    // From this frame (as %rsp still is before the write): a slot rspill does
    // not track (never written, or overwritten).
    if frame_based && matches!(before, Val::Stack { .. }) {
        return ExtOrigin::Unknown(format!(
            "a value `{text}` at {o:#x} read from this frame, from a slot rspill does not track (never written, or overwritten)"
        ));
    }
    // Loaded from elsewhere (per-cpu, a global, through a pointer), or
    // computed from such a value (`lea 0x1000(%rax),%rsp`).
    ExtOrigin::LoadedFromElsewhere
}

/// Where %rsp (CFA+k after the write at `off`) stands at the return the
/// straight path after it reaches through pops and constant adjustments; None
/// when the path does anything else first.
fn cfa_at_return(ctx: &FunctionContext, off: u32, k: i64) -> Option<i64> {
    let at = ctx.insns.partition_point(|i| i.off <= off);
    let mut k = k;
    let mut info = iced_x86::InstructionInfoFactory::new();
    for i in &ctx.insns[at..] {
        let ins = &i.ins;
        if ins.flow_control() == iced_x86::FlowControl::Return
            || i.target_name.as_deref() == Some("__x86_return_thunk")
        {
            return Some(k);
        }
        if ins.flow_control() != iced_x86::FlowControl::Next {
            return None;
        }
        let rsp_dest = ins.op_count() > 0
            && ins.op0_kind() == iced_x86::OpKind::Register
            && ins.op0_register() == iced_x86::Register::RSP;
        match ins.mnemonic() {
            // `pop %rsp` and `mov …,%rsp` are other writes.
            iced_x86::Mnemonic::Pop | iced_x86::Mnemonic::Push if !rsp_dest => {
                k += ins.stack_pointer_increment() as i64
            }
            _ if crate::analysis::scan::may_write_rsp(ins) => {
                if crate::analysis::stack::writes_rsp_non_constant(&mut info, ins) {
                    return None;
                }
                match ins.mnemonic() {
                    iced_x86::Mnemonic::Add if rsp_dest => k += ins.immediate(1) as i64,
                    iced_x86::Mnemonic::Sub if rsp_dest => k -= ins.immediate(1) as i64,
                    iced_x86::Mnemonic::Lea
                        if rsp_dest
                            && ins.memory_base() == iced_x86::Register::RSP
                            && ins.memory_index() == iced_x86::Register::None =>
                    {
                        k += ins.memory_displacement64() as i64
                    }
                    _ if ins.stack_pointer_increment() != 0 && !rsp_dest => {
                        k += ins.stack_pointer_increment() as i64
                    }
                    // Some other constant change of %rsp: not followed.
                    _ => return None,
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether a write of %rsp from the frame pointer at `off` leaves %rsp where
/// the epilogue that follows expects it: at %rbp, or 8n below it when n pops
/// of registers come before `pop %rbp` (or `leave`) on the straight path.
fn frame_pointer_epilogue(ctx: &FunctionContext, off: u32, rbp: &Val, value: &Val) -> bool {
    let d = match (value.stack_k(), rbp.stack_k()) {
        (Some((vb, vk)), Some((rb, rk))) if vb == rb => vk - rk,
        _ => return false,
    };
    if d == 0 {
        return true;
    }
    let at = ctx.insns.partition_point(|i| i.off <= off);
    let mut pops = 0i64;
    let mut info = iced_x86::InstructionInfoFactory::new();
    for i in &ctx.insns[at..] {
        let ins = &i.ins;
        let reg = ins.op0_register();
        match ins.mnemonic() {
            iced_x86::Mnemonic::Pop
                if ins.op0_kind() == iced_x86::OpKind::Register && reg.is_gpr64() =>
            {
                if reg == iced_x86::Register::RBP {
                    return d == -8 * pops;
                }
                if reg == iced_x86::Register::RSP {
                    return false;
                }
                pops += 1;
            }
            iced_x86::Mnemonic::Leave => return d == -8 * pops,
            // Anything else that moves %rsp, or leaves the straight path, ends
            // the epilogue without the frame pointer popped.
            _ if crate::analysis::scan::may_write_rsp(ins)
                && crate::analysis::stack::writes_rsp_non_constant(&mut info, ins)
                || ins.flow_control() != iced_x86::FlowControl::Next
                || ins.stack_pointer_increment() != 0 =>
            {
                return false;
            }
            _ => {}
        }
    }
    false
}

fn is_frame_pointer(ctx: &FunctionContext, rbp: &Val) -> bool {
    match rbp {
        Val::Stack {
            base: Base::Cfa,
            k: -16,
            prov,
        } => !prov
            .iter()
            .any(|s| matches!(s.kind, SiteKind::Spill | SiteKind::Reload)),
        // A realigned (DRAP) frame's %rbp is its frame pointer when it was
        // made by `mov %rsp,%rbp` right after `push %rbp`: the slot it points
        // at is the pushed %rbp. `and $-16,%rsp; mov %rsp,%rbp` makes no
        // frame pointer (its `leave` pops whatever lies there).
        Val::Stack {
            base: Base::Anchor(_),
            prov,
            ..
        } => {
            let mut copies = prov.iter().filter(|s| s.kind == SiteKind::Copy);
            let only_copy = match (copies.next(), copies.next()) {
                (Some(c), None) => Some(c.off),
                _ => None,
            };
            !prov.iter().any(|s| !matches!(s.kind, SiteKind::Copy))
                && only_copy.is_some_and(|c| {
                    let at = ctx.insns.partition_point(|i| i.off < c);
                    let is_copy = ctx.insns.get(at).is_some_and(|i| {
                        i.ins.mnemonic() == iced_x86::Mnemonic::Mov
                            && i.ins.op0_register() == iced_x86::Register::RBP
                            && i.ins.op1_register() == iced_x86::Register::RSP
                    });
                    let after_push = at > 0
                        && ctx.insns[at - 1].ins.mnemonic() == iced_x86::Mnemonic::Push
                        && ctx.insns[at - 1].ins.op0_register() == iced_x86::Register::RBP;
                    is_copy && after_push
                })
        }
        _ => false,
    }
}

/// Name of the register or the memory operand a restore reads.
pub fn restored_from(ins: &iced_x86::Instruction, form: RspWriteForm) -> String {
    match form {
        RspWriteForm::FromReg(r) => format!("%{}", REG_NAMES[r]),
        RspWriteForm::FromMem if ins.mnemonic() == iced_x86::Mnemonic::Pop => "(%rsp)".to_string(),
        RspWriteForm::FromMem => {
            let base = crate::analysis::stack::gpr64(ins.memory_base()).map(|r| REG_NAMES[r]);
            let disp = ins.memory_displacement64() as i64;
            match base {
                Some(b) if disp == 0 => format!("(%{b})"),
                Some(b) if disp < 0 => format!("-{:#x}(%{b})", disp.unsigned_abs()),
                Some(b) => format!("{disp:#x}(%{b})"),
                None if ins.memory_base() == iced_x86::Register::RIP => {
                    "rip-relative memory".to_string()
                }
                None => "absolute memory".to_string(),
            }
        }
        _ => "?".to_string(),
    }
}
