//! Whether a callee this module defines keeps the calling convention a
//! caller's proof relies on across a `call`: it returns to the return address
//! with %rsp where the call left it, with %rbx %rbp %r12-%r15 as they came and
//! DF clear, and touches the caller's stack only through pointers it was
//! handed.
//!
//! The analysis takes that contract for granted of every callee outside the
//! object (bound at link time: rspill cannot read it), unless another input
//! of the scan defines it (also where a weak or COMDAT definition here may
//! lose to it): its code there is then read, hand-written code as this
//! object's would be, compiled code for a way back that surely breaks the
//! contract (`definitely_breaks`; `Join::callee_contracts`: blind reviews
//! 107, 108). A
//! local function is called only from its own object, which may agree on
//! anything: a hand-written one (`ret $8`, `lea -64(%rsp),%rbx; ret`, `pop
//! %rax; pop %rcx; push %rax; ret`) breaks the contract while compiling and
//! linking fine. So a call to one is believed only when its own code shows
//! the contract; otherwise the call makes every register, %rsp and slot of
//! the caller unprovable (`Insn::callee_contract`), and the reason reaches the
//! finding.
//!
//! Shown when the entry-tracking strict analysis of the callee (the values
//! registers came with, followed through the slots they are saved to)
//! converges over a complete control-flow graph and:
//! - every way out is a plain `ret` (or the return thunk) or a tail call to a
//!   function that keeps the contract, with %rsp at the return address, the
//!   callee-saved registers holding their entry values and DF clear;
//! - no access, read or write, lands at or above the return address (reads of
//!   the return address itself excepted) or at a stack address it cannot
//!   bound; no register holds an address at or above it;
//! - the values the caller left in registers that are no arguments (%rbx,
//!   %rbp, %r10-%r15: the caller's %rsp copy may be one) are only moved,
//!   saved and restored, never used, stored elsewhere or passed on;
//! - every function it calls keeps the contract too (indirect calls, global
//!   functions and calls outside the object: the same convention the
//!   caller's own analysis assumes of them).
//!
//! Three strengths (`Contract`): shown whatever the caller handed out (it
//! touches memory only in its own frame or globally and calls only such
//! functions); shown while no pointer into the caller's frame is out (a
//! pointer it writes or reads through, or a callee's, could otherwise reach
//! below the caller's %rsp, where its own saves are); shown only under the
//! in-bounds assumption (the strict analysis loses a save to a store through
//! a pointer after a call). The caller's analyses decide at the call
//! (`Analyzer::relies_on_callee`).

use std::collections::HashMap;

use iced_x86::{InstructionInfoFactory, Mnemonic, OpKind, Register};

use crate::analysis::cfg::Cfg;
use crate::analysis::own_frame::{Leaves, leaves_with};
use crate::analysis::stack::{
    ARGUMENT_REGS, Analyzer, Base, Df, FramePlace, MemoryAccess, Mode, REG_NAMES, RSP, State, Val,
    entry_origin, gpr_full, is_entry_origin,
};
use crate::input::elf::Module;
use crate::x86::decode::{CalleeContract, Flow, Insn, decode_for_analysis};

/// How many calls deep callees of callees are read.
const MAX_DEPTH: u32 = 6;

/// Registers a callee must return as it found them (SysV x86-64).
const CALLEE_SAVED: [usize; 6] = [3, 5, 12, 13, 14, 15];

/// Registers whose entry values a callee may not use: those that carry no
/// argument (what the caller holds there is not the callee's).
const NOT_ARGUMENTS: [usize; 8] = [3, 5, 10, 11, 12, 13, 14, 15];

/// Whether a call may be believed to keep the calling convention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contract {
    /// Outside the object, or an indirect call in disguise: assumed, as of
    /// every callee rspill cannot read.
    Assumed,
    /// Shown strictly; `while_frame_closed`: only on the premise that no
    /// pointer into the caller's frame is out (it touches memory through
    /// pointers, or calls a function that might).
    Kept { while_frame_closed: bool },
    /// Shown only under the in-bounds assumption; why not strictly.
    KeptInBounds(String),
    /// Not shown, and why (`"clob leaves other than by a plain return …"`).
    NotShown(String),
}

impl Contract {
    /// How much a caller may rely on it: 0 not shown, 1 only under the
    /// in-bounds assumption, 2 while no pointer into the caller's frame is
    /// out, 3 the convention (assumed or shown outright).
    pub fn strength(&self) -> u8 {
        match self {
            Contract::NotShown(_) => 0,
            Contract::KeptInBounds(_) => 1,
            Contract::Kept {
                while_frame_closed: true,
            } => 2,
            Contract::Kept {
                while_frame_closed: false,
            }
            | Contract::Assumed => 3,
        }
    }

    /// What a call instruction to such a callee may rely on.
    pub fn for_call(&self) -> CalleeContract {
        match self {
            Contract::Assumed => CalleeContract::Assumed,
            Contract::Kept {
                while_frame_closed: false,
            } => CalleeContract::ShownAlways,
            Contract::Kept {
                while_frame_closed: true,
            } => CalleeContract::ShownWhileFrameClosed,
            Contract::KeptInBounds(_) => CalleeContract::ShownInBounds,
            Contract::NotShown(_) => CalleeContract::NotShown,
        }
    }
}

/// Answers per function of one module, remembered.
pub struct CalleeContracts<'m> {
    module: &'m Module,
    strict: Analyzer,
    in_bounds: Analyzer,
    /// By index into `module.functions`; `NotShown` while being decided (a
    /// cycle of calls is not followed round).
    known: HashMap<usize, Contract>,
}

impl<'m> CalleeContracts<'m> {
    pub fn new(module: &'m Module) -> CalleeContracts<'m> {
        CalleeContracts {
            module,
            strict: Analyzer::entry_tracking(Mode::Strict),
            in_bounds: Analyzer::entry_tracking(Mode::InBounds),
            known: HashMap::new(),
        }
    }

    /// Whether a direct call (or tail call) naming `name` keeps the contract.
    pub fn call_to(&mut self, name: &str) -> Contract {
        self.named(name, 0)
    }

    fn named(&mut self, name: &str, depth: u32) -> Contract {
        // A static call's trampoline: the kernel rewrites it (and the sites
        // that call it) to reach whatever `static_call_update()` sets. Where
        // this object sets one (it calls `__static_call_update`), that may be
        // a function of its own whose address it takes, as an indirect
        // call's (blind review 120: a local trampoline `jmp good` updated to
        // `bad`, a tail jump to it); otherwise the functions set are other
        // objects', assumed as every callee outside.
        if name.starts_with("__SCT__") && self.module.updates_static_calls() {
            return self.indirect_call();
        }
        // Another input of the scan defines it (and a call binds there, or
        // may), and its code there does not show the convention.
        let elsewhere = self
            .module
            .callee_contracts_elsewhere
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, c)| c.clone());
        let here = self.named_here(name, depth);
        match elsewhere {
            Some(c) if c.strength() < here.strength() => c,
            _ => here,
        }
    }

    /// `named`, as this module's own code shows it.
    fn named_here(&mut self, name: &str, depth: u32) -> Contract {
        // Bound at link time (the analysis's assumption for every callee
        // outside the object), or an indirect call through a retpoline thunk
        // (the same as any indirect call).
        // (A thunk the object defines is read like any function: its name
        // says nothing about what its code does.)
        if self.module.is_undefined(name) {
            return Contract::Assumed;
        }
        let Some(index) = self.module.function_index_called(name) else {
            return Contract::NotShown(format!(
                "the call goes to {name}, not to the start of a function rspill can read"
            ));
        };
        self.at(index, name, depth)
    }

    /// Whether the code of `name` (defined in this module) shows a way back
    /// to its caller that surely breaks the convention a caller's proof
    /// relies on: `ret $N`, %rsp at a known place other than the return
    /// address, or a callee-saved register holding a constant or an
    /// address of its own frame. Only this function's own code is read
    /// (its calls are taken to keep the convention), and what rspill cannot
    /// follow is no break: unlike `call_to`, which shows the convention, this
    /// finds where it is surely broken (for callees in other inputs of a
    /// scan, which a caller otherwise takes to keep it: blind review 107).
    pub fn definitely_breaks(&mut self, name: &str) -> Option<String> {
        let index = self.module.function_index_called(name)?;
        let f = &self.module.functions[index];
        let (insns, _) = decode_for_analysis(self.module, f);
        let cfg = Cfg::build(&insns);
        let analyzer = self.analyzer(Mode::Strict);
        let sol = analyzer.solve(&insns, &cfg);
        if !sol.converged {
            return None;
        }
        let mut found: Option<String> = None;
        analyzer.replay_before(&insns, &cfg, &sol, &|_| true, &mut |_, insn, before| {
            if found.is_none() && !matches!(leaves_with(insn), Leaves::No) {
                found = surely_breaks(insn, before);
            }
        });
        found.map(|why| format!("{name} {why}"))
    }

    /// What an indirect call may rely on: every function of this object whose
    /// address the object takes may be what it reaches, global ones too (a
    /// hand-written global that returns with %rsp lower is reached through a
    /// pointer as easily). The weakest answer.
    pub fn indirect_call(&mut self) -> Contract {
        /// More functions with their address taken than this are not all
        /// read: the indirect call is then not believed.
        const MOST_READ: usize = 64;
        let module = self.module;
        // Code no function symbol starts (an STT_NOTYPE label): not read
        // as a callee.
        if let Some(at) = module.taken_code_no_function_starts() {
            return Contract::NotShown(format!(
                "the object takes the address of code no function symbol starts ({}), which it may reach",
                crate::input::entries::describe(module, at)
            ));
        }
        let taken: Vec<usize> = (0..module.functions.len())
            .filter(|&i| {
                module
                    .address_taken
                    .binary_search(&module.function_address(&module.functions[i]))
                    .is_ok()
            })
            .collect();
        if taken.len() > MOST_READ {
            return Contract::NotShown(format!(
                "the object takes the address of {} of its functions (more than {MOST_READ}: not all read)",
                taken.len()
            ));
        }
        // With FineIBT a kCFI-checked call enters 16 bytes before its
        // target, at the preamble `.cfi_sites` lists; before a function
        // with none lie other bytes (blind review 121: another function's
        // `endbr64; ret $8`).
        if module.has_kcfi_checked_calls() {
            if let Some(name) = module.taken_elsewhere_without_cfi_preamble.first() {
                return Contract::NotShown(format!(
                    "the object's indirect calls are kCFI-checked, which FineIBT rewrites to enter 16 bytes before the function called, and {name} (another input of this scan, whose address the object takes) has no .cfi_sites preamble there"
                ));
            }
            if let Some(&i) = taken
                .iter()
                .find(|&&i| !module.has_cfi_preamble(module.function_address(&module.functions[i])))
            {
                return Contract::NotShown(format!(
                    "the object's indirect calls are kCFI-checked, which FineIBT rewrites to enter 16 bytes before the function called, and {} has no .cfi_sites preamble there",
                    module.functions[i].name
                ));
            }
        }
        let mut weakest = Contract::Assumed;
        for i in taken {
            let name = module.functions[i].name.clone();
            let c = self.at(i, &name, 0);
            if c.strength() < weakest.strength() {
                weakest = c;
            }
        }
        weakest
    }

    /// `named` for the function at `index`.
    fn at(&mut self, index: usize, name: &str, depth: u32) -> Contract {
        if let Some(known) = self.known.get(&index) {
            return known.clone();
        }
        if depth > MAX_DEPTH {
            return Contract::NotShown(format!("{name} is more than {MAX_DEPTH} calls deep"));
        }
        self.known.insert(
            index,
            Contract::NotShown(format!("{name} calls itself, directly or not")),
        );
        let answer = match self.decide(index, depth) {
            c @ (Contract::Assumed | Contract::Kept { .. }) => c,
            Contract::KeptInBounds(why) => Contract::KeptInBounds(format!("{name} {why}")),
            Contract::NotShown(why) => Contract::NotShown(format!("{name} {why}")),
        };
        self.known.insert(index, answer.clone());
        answer
    }

    /// Whether the function's code shows the contract, strictly or under
    /// the in-bounds assumption; else what breaks it (or what keeps rspill
    /// from seeing that it does not).
    fn decide(&mut self, index: usize, depth: u32) -> Contract {
        let f = &self.module.functions[index];
        let (mut insns, incomplete) = decode_for_analysis(self.module, f);
        if let Some(why) = incomplete.first() {
            return Contract::NotShown(format!("has control flow rspill cannot follow ({why})"));
        }
        // Its own direct calls first: one that breaks the contract breaks
        // it for this function too.
        for insn in insns.iter_mut().filter(|i| is_direct_call(i)) {
            let Some(target) = insn.target_name.clone() else {
                if calls_unnamed_code(insn, f.size) {
                    return Contract::NotShown(format!(
                        "calls code at {:#x} that no function symbol starts",
                        insn.ins.near_branch_target()
                    ));
                }
                continue;
            };
            let c = self.named(&target, depth + 1);
            if let Contract::NotShown(why) = &c {
                return Contract::NotShown(format!("calls {target}: {why}"));
            }
            insn.callee_contract = c.for_call();
        }
        let cfg = Cfg::build(&insns);
        let strictly = match self.check(&insns, &cfg, Mode::Strict, depth) {
            Ok(while_frame_closed) => return Contract::Kept { while_frame_closed },
            Err(why) => why,
        };
        match self.check(&insns, &cfg, Mode::InBounds, depth) {
            Ok(_) => Contract::KeptInBounds(strictly),
            Err(why) => Contract::NotShown(why),
        }
    }

    fn analyzer(&mut self, mode: Mode) -> &mut Analyzer {
        match mode {
            Mode::Strict => &mut self.strict,
            Mode::InBounds => &mut self.in_bounds,
        }
    }

    /// `Ok(premise)`: the contract holds in `mode`; `premise`: only while no
    /// pointer into the caller's frame is out (see `Contract::Kept`).
    fn check(&mut self, insns: &[Insn], cfg: &Cfg, mode: Mode, depth: u32) -> Result<bool, String> {
        let defines_return_thunk = self.module.function_called("__x86_return_thunk").is_some();
        let analyzer = self.analyzer(mode);
        let sol = analyzer.solve(insns, cfg);
        if !sol.converged {
            return Err("is too large to analyse within the work budget".to_string());
        }
        if let Some(gap) = cfg
            .gaps(insns, |b| sol.block_in[b].is_some())
            .into_iter()
            .next()
        {
            return Err(format!("has control flow rspill cannot follow ({gap})"));
        }
        let mut first_break: Option<String> = None;
        let mut tail_calls: Vec<(String, State)> = Vec::new();
        // Calls to anything but a function shown to keep the contract
        // whatever was handed out may reach this frame through a pointer.
        let mut premise = insns
            .iter()
            .any(|i| i.flow == Flow::Call && i.callee_contract != CalleeContract::ShownAlways);
        // The first instruction (in the replay's order) that breaks the
        // contract otherwise; a way out that breaks it is told first.
        let mut first_fault: Option<String> = None;
        analyzer.replay_before(insns, cfg, &sol, &|_| true, &mut |an, insn, before| {
            if first_break.is_some() {
                return;
            }
            match exits_keep_contract(insn, before, defines_return_thunk) {
                Err(why) => first_break = Some(why),
                Ok(Some(target)) => tail_calls.push((target, before.clone())),
                Ok(None) => {}
            }
            if first_fault.is_some() {
                return;
            }
            let accesses = an.memory_accesses(before, &insn.ins);
            premise |= accesses.iter().any(|a| a.place == FramePlace::Elsewhere);
            first_fault = Self::touches_only_own_frame(insn, before, &accesses, mode)
                .and_then(|()| uses_no_caller_value(an.info_factory(), insn, before))
                .and_then(|()| Self::touches_no_saved_caller_value(insn, before, &accesses, mode))
                .err();
        });
        if let Some(why) = first_break.or(first_fault) {
            return Err(why);
        }
        for (t, before) in tail_calls {
            let c = self.named(&t, depth + 1);
            premise |= c.for_call() != CalleeContract::ShownAlways;
            if !self.analyzer(mode).relies_on_callee(&before, c.for_call()) {
                return Err(match c {
                    Contract::NotShown(why) | Contract::KeptInBounds(why) => {
                        format!("jumps to {t}: {why}")
                    }
                    Contract::Assumed | Contract::Kept { .. } => format!(
                        "jumps to {t} with a pointer into its frame out, which may reach {t}'s frame"
                    ),
                });
            }
        }
        Ok(premise)
    }

    /// No access at or above the return address (but reading it), none the
    /// analysis cannot place, and no register pointing there.
    fn touches_only_own_frame(
        insn: &Insn,
        before: &State,
        accesses: &[MemoryAccess],
        mode: Mode,
    ) -> Result<(), String> {
        let at = |what: &str| format!("{what} at +{:#x} ({})", insn.off, insn.ins);
        for a in accesses {
            match a.place {
                FramePlace::Elsewhere | FramePlace::Global => {}
                FramePlace::At(Base::Cfa, k) => {
                    let end = k.saturating_add(a.size.max(1));
                    if a.write && end > -8 {
                        return Err(at("writes the caller's stack or its return address"));
                    }
                    if a.read && end > 0 {
                        return Err(at("reads the caller's stack"));
                    }
                    // `call *(%rsp)`: into the caller's code, not a callee.
                    if a.read
                        && end > -8
                        && matches!(
                            insn.ins.flow_control(),
                            iced_x86::FlowControl::IndirectCall
                                | iced_x86::FlowControl::IndirectBranch
                        )
                    {
                        return Err(at("calls or jumps to the address it was called from"));
                    }
                }
                // An index into an object of this frame stays in it (the
                // in-bounds assumption), and such an object ends below the
                // return address.
                FramePlace::Within(Base::Cfa, k) if mode == Mode::InBounds && k < -8 => {}
                // Relative to a realigned or allocated %rsp: how far below
                // the return address is not known.
                FramePlace::At(Base::Anchor(_), _)
                | FramePlace::Within(..)
                | FramePlace::Somewhere => {
                    return Err(at(
                        "accesses the stack where rspill cannot bound the address",
                    ));
                }
            }
        }
        for (r, v) in before.regs.iter().enumerate() {
            if r != RSP && !only_own_frame(v, mode) {
                return Err(at(&format!(
                    "may hold an address at or above its return address in %{}",
                    REG_NAMES[r]
                )));
            }
        }
        Ok(())
    }

    /// A caller's value saved in a slot is read back only whole, by `pop`,
    /// `mov` or `leave`, into a register (where `uses_no_caller_value` follows it).
    fn touches_no_saved_caller_value(
        insn: &Insn,
        before: &State,
        accesses: &[MemoryAccess],
        mode: Mode,
    ) -> Result<(), String> {
        let saved: Vec<(i64, usize)> = before
            .slots
            .iter()
            .filter_map(|(&(b, k), v)| match v {
                Val::Ext(o) if b == Base::Cfa => caller_register(*o).map(|r| (k, r)),
                _ => None,
            })
            .collect();
        if saved.is_empty() {
            return Ok(());
        }
        let ins = &insn.ins;
        let whole_reload = matches!(
            ins.mnemonic(),
            Mnemonic::Pop | Mnemonic::Mov | Mnemonic::Leave
        ) && (ins.mnemonic() == Mnemonic::Leave
            || (ins.op_count() >= 1
                && ins.op0_kind() == OpKind::Register
                && ins.op0_register().is_gpr64()));
        for a in accesses {
            if !a.read {
                continue;
            }
            let hits = |k: i64, size: i64| -> Option<usize> {
                saved
                    .iter()
                    .find(|&&(sk, _)| sk < k.saturating_add(size.max(1)) && sk + 8 > k)
                    .map(|&(_, r)| r)
            };
            let hit = match a.place {
                FramePlace::At(Base::Cfa, k) => hits(k, a.size).filter(|_| {
                    !(whole_reload && a.size == 8 && saved.iter().any(|&(sk, _)| sk == k))
                }),
                // In-bounds: an indexed read stays in the object at its
                // start, and a pointer from elsewhere reaches only objects
                // handed out; register saves are in no object.
                FramePlace::Within(Base::Cfa, k) if mode == Mode::InBounds => {
                    saved.iter().find(|&&(sk, _)| sk == k).map(|&(_, r)| r)
                }
                FramePlace::Elsewhere if mode == Mode::InBounds => saved
                    .iter()
                    .find(|&&(sk, _)| {
                        before.escaped.contains(&(Base::Cfa, sk))
                            || (before.escaped.contains(&(Base::Cfa, i64::MIN))
                                && !before.saves.contains(&(Base::Cfa, sk)))
                    })
                    .map(|&(_, r)| r),
                // Otherwise any slot (a pointer from elsewhere may be this
                // frame's once its address went out).
                FramePlace::Elsewhere if before.escaped_any => Some(saved[0].1),
                FramePlace::Elsewhere | FramePlace::Global => None,
                FramePlace::Within(..)
                | FramePlace::Somewhere
                | FramePlace::At(Base::Anchor(_), _) => Some(saved[0].1),
            };
            if let Some(r) = hit {
                return Err(format!(
                    "reads the caller's %{} from where it saved it other than by restoring it, at +{:#x} ({})",
                    REG_NAMES[r], insn.off, ins
                ));
            }
        }
        Ok(())
    }
}

/// A register value that cannot reach the caller's stack or the return
/// address: not a stack address, or one below the return address.
fn only_own_frame(v: &Val, mode: Mode) -> bool {
    match v {
        Val::Ext(_) | Val::Const(_) => true,
        Val::Stack { base, k, .. } => *base == Base::Cfa && *k < -8,
        // A value rspill lost track of that may be a pointer into the frame
        // could be one above it; under the in-bounds assumption, an index
        // into one object stays in it.
        Val::Lost(l) => {
            !l.may_point_into_frame()
                || (mode == Mode::InBounds && matches!(l.object, Some((Base::Cfa, k)) if k < -8))
        }
    }
}

/// Values the caller left in registers that are no arguments are only
/// moved (`mov %rbx,%rax`), saved (`push`, `mov` to a slot of its own
/// frame) or left alone: used as an address, in arithmetic, stored
/// elsewhere or passed to a callee, they could reach the caller's frame.
fn uses_no_caller_value(
    info: &mut InstructionInfoFactory,
    insn: &Insn,
    before: &State,
) -> Result<(), String> {
    let ins = &insn.ins;
    let at = At(insn);
    if insn.flow == Flow::Call {
        let callee = insn.target_name.as_deref().unwrap_or("an indirect callee");
        passes_no_caller_value(before, callee, &at)?;
    }
    let holds_caller_value = |r: Register| {
        gpr_full(r).and_then(|f| match before.regs[f] {
            Val::Ext(o) => caller_register(o),
            _ => None,
        })
    };
    let info = info.info(ins);
    // Registers that form an address (implicit ones too: `leave`'s %rbp).
    let mut addressing: Vec<Register> = vec![ins.memory_base(), ins.memory_index()];
    for m in info.used_memory() {
        addressing.push(m.base());
        addressing.push(m.index());
    }
    if let Some(c) = addressing.into_iter().find_map(holds_caller_value) {
        return Err(format!(
            "uses the caller's %{} as an address {at}",
            REG_NAMES[c]
        ));
    }
    // The one data read allowed: the source of a whole 64-bit move or push.
    let source = match ins.mnemonic() {
        Mnemonic::Push if ins.op_count() == 1 && ins.op0_kind() == OpKind::Register => {
            Some(ins.op0_register())
        }
        Mnemonic::Mov
            if ins.op_count() == 2
                && ins.op1_kind() == OpKind::Register
                && (ins.op0_kind() == OpKind::Register && ins.op0_register().is_gpr64()
                    || ins.op0_kind() == OpKind::Memory && stack_based(before, ins)) =>
        {
            Some(ins.op1_register())
        }
        _ => None,
    }
    .filter(|r| r.is_gpr64());
    for u in info.used_registers() {
        let reads = matches!(
            u.access(),
            iced_x86::OpAccess::Read
                | iced_x86::OpAccess::CondRead
                | iced_x86::OpAccess::ReadWrite
                | iced_x86::OpAccess::ReadCondWrite
        );
        if !reads || Some(u.register()) == source {
            continue;
        }
        if let Some(c) = holds_caller_value(u.register()) {
            return Err(format!("uses the caller's %{} {at}", REG_NAMES[c]));
        }
    }
    Ok(())
}

/// Where a break of the contract is, as its reason ends (`at +0x1c (mov
/// %rax,%rsp)`): written only for a reason given (these checks ask of every
/// instruction of every callee read, and an instruction's text costs more
/// than the checks).
struct At<'a>(&'a Insn);

impl std::fmt::Display for At<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at +{:#x} ({})", self.0.off, self.0.ins)
    }
}

/// At a way out of the function: %rsp at the return address, callee-saved
/// registers as they came, DF clear. A tail call gives its target.
fn exits_keep_contract(
    insn: &Insn,
    before: &State,
    defines_return_thunk: bool,
) -> Result<Option<String>, String> {
    let at = At(insn);
    let target = match leaves_with(insn) {
        Leaves::No => return Ok(None),
        // The return thunk stands for `ret` only where the object does not
        // define it: there its code runs (a tail call to it).
        Leaves::Returns
            if defines_return_thunk && insn.ins.flow_control() != iced_x86::FlowControl::Return =>
        {
            Some("__x86_return_thunk".to_string())
        }
        Leaves::Returns => None,
        Leaves::TailCall(name) => {
            passes_no_caller_value(before, &name, &at)?;
            Some(name)
        }
        Leaves::Unknown => return Err(format!("leaves other than by a plain return {at}")),
    };
    match before.regs[RSP].stack_k() {
        Some((Base::Cfa, -8)) => {}
        Some((Base::Cfa, k)) => {
            return Err(format!(
                "returns with %rsp {} bytes from where the call left it {at}",
                k + 8
            ));
        }
        _ => return Err(format!("returns with %rsp not provably restored {at}")),
    }
    for r in CALLEE_SAVED {
        if before.regs[r] != Val::Ext(entry_origin(r)) {
            return Err(format!(
                "returns without %{} provably as it came {at}",
                REG_NAMES[r]
            ));
        }
    }
    if before.df != Df::Clear {
        return Err(format!("may return with the direction flag set {at}"));
    }
    Ok(target)
}

/// How a way out of a function (`insn`, with the state before it) surely
/// breaks the calling convention (`CalleeContracts::definitely_breaks`).
fn surely_breaks(insn: &Insn, before: &State) -> Option<String> {
    let at = At(insn);
    let ins = &insn.ins;
    if ins.mnemonic() == Mnemonic::Ret && ins.op_count() > 0 && ins.immediate16() != 0 {
        return Some(format!(
            "returns with `ret ${}`, leaving %rsp that many bytes above where the call left it {at}",
            ins.immediate16()
        ));
    }
    if let Some((Base::Cfa, k)) = before.regs[RSP].stack_k() {
        if k != -8 {
            return Some(format!(
                "leaves with %rsp {} bytes from where the call left it {at}",
                k + 8
            ));
        }
    }
    CALLEE_SAVED.iter().find_map(|&r| {
        matches!(before.regs[r], Val::Const(_) | Val::Stack { .. }).then(|| {
            format!(
                "leaves with %{} holding a value of its own, not its caller's {at}",
                REG_NAMES[r]
            )
        })
    })
}

/// Whether the code of the function a call naming `name` reaches (defined in
/// this module) has a way back to its caller: a return, a jump out of it
/// (tail call, indirect jump, the return thunk), an exception-table fixup or
/// a replacement that leaves, or a last instruction running on into what
/// follows. Paths into calls taken never to return (by name or by code) end.
pub fn code_may_return(module: &Module, name: &str) -> bool {
    let Some(f) = module.function_or_alias(name) else {
        return true;
    };
    let (insns, incomplete) = decode_for_analysis(module, f);
    if !incomplete.is_empty() {
        return true;
    }
    let (lo, hi) = (0u64, f.size);
    let leaves = |t: u32| !(lo..hi).contains(&(t as u64));
    insns.iter().any(|i| {
        matches!(
            i.ins.flow_control(),
            iced_x86::FlowControl::Return | iced_x86::FlowControl::IndirectBranch
        ) || i.flow == Flow::Exit
            || i.ex_fixup
                .is_some_and(|t| leaves(t) && i.alt_site.is_none())
            || i.jump_label.is_some_and(leaves)
    }) || insns
        .iter()
        .rfind(|i| i.alt_site.is_none())
        .is_none_or(|last| {
            matches!(last.flow, Flow::Next | Flow::CondJump(_))
                || (last.flow == Flow::Call && last.fallthrough_to.is_none())
        })
}

/// A direct call whose destination lies outside the function and carries no
/// function's name (no relocation to a function symbol, no STT_FUNC symbol
/// starting there): code rspill does not read as a callee.
pub fn calls_unnamed_code(insn: &Insn, function_size: u64) -> bool {
    is_direct_call(insn)
        && insn.target_name.is_none()
        && !(0..function_size).contains(&insn.ins.near_branch_target())
}

/// A call through a register or memory, or through a retpoline thunk
/// outside the object (which jumps through its register).
pub fn is_indirect_call(insn: &Insn, module: &Module) -> bool {
    insn.flow == Flow::Call
        && (!is_direct_call(insn)
            || insn.static_call
            || insn.target_name.as_deref().is_some_and(|n| {
                (n.starts_with("__x86_indirect_thunk_")
                    || n.starts_with("__x86_indirect_call_thunk_"))
                    && module.is_undefined(n)
            }))
}

/// A call with its destination in the instruction (not through a register
/// or memory: those are indirect, assumed like every callee outside).
pub fn is_direct_call(insn: &Insn) -> bool {
    insn.flow == Flow::Call
        && matches!(
            insn.ins.op0_kind(),
            OpKind::NearBranch64 | OpKind::NearBranch32 | OpKind::NearBranch16
        )
}

/// No argument register of a call holds a value the caller left in a
/// register that is no argument.
fn passes_no_caller_value(before: &State, callee: &str, at: &At) -> Result<(), String> {
    for r in ARGUMENT_REGS {
        if let Val::Ext(o) = before.regs[r] {
            if let Some(c) = caller_register(o) {
                return Err(format!(
                    "passes the caller's %{} to {callee} in %{} {at}",
                    REG_NAMES[c], REG_NAMES[r]
                ));
            }
        }
    }
    Ok(())
}

/// The caller's non-argument register an entry origin stands for.
fn caller_register(o: u32) -> Option<usize> {
    if !is_entry_origin(o) {
        return None;
    }
    let r = (o - entry_origin(0)) as usize;
    NOT_ARGUMENTS.contains(&r).then_some(r)
}

/// Whether the memory operand's base is a known address in this frame.
fn stack_based(before: &State, ins: &iced_x86::Instruction) -> bool {
    gpr_full(ins.memory_base()).is_some_and(|b| before.regs[b].stack_k().is_some())
        && ins.memory_index() == Register::None
}
