//! Whether a function's own code keeps to its own frame (writes nothing above
//! its return address, hands no pointer there to anyone), decided from its
//! instructions: what a callee run on another stack by `call_on_stack` must
//! do when no DWARF prototype says how many arguments it takes (a clang
//! `vmlinux.o` is usually built without debug info).
//!
//! `Keeps` only when the in-bounds analysis of the callee has a complete
//! control-flow graph and, at every instruction, every stack address it holds
//! or writes is known to lie below its CFA (the caller's %rsp at the call,
//! where `call_on_stack` keeps the saved %rsp). Tail calls hand the caller's
//! stack on: their targets must keep to it too. `WritesAbove` when some
//! instruction writes at a known address at or above the CFA (a DWARF
//! prototype saying otherwise is then not believed); `Unknown` otherwise.

use std::collections::HashMap;

use crate::analysis::cfg::Cfg;
use crate::analysis::stack::{Analyzer, Base, Mode, RSP, Val, WriteReach};
use crate::input::elf::Module;
use crate::x86::decode::{Flow, Insn, decode_for_analysis};

/// How many tail calls deep a callee's code is followed.
const MAX_TAIL_DEPTH: u32 = 4;

/// What a function's code does to the stack above its frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnFrameVerdict {
    Keeps,
    WritesAbove,
    Unknown,
}
use OwnFrameVerdict::*;

/// Answers per function of one module, remembered.
pub struct OwnFrame<'m> {
    module: &'m Module,
    analyzer: Analyzer,
    /// By index into `module.functions`; `Unknown` while being decided (a
    /// cycle of tail calls is not followed round).
    known: HashMap<usize, OwnFrameVerdict>,
}

impl<'m> OwnFrame<'m> {
    pub fn new(module: &'m Module) -> OwnFrame<'m> {
        OwnFrame {
            module,
            analyzer: Analyzer::new(Mode::InBounds),
            known: HashMap::new(),
        }
    }

    /// What the function a call naming `name` reaches does above its frame.
    pub fn callee(&mut self, name: &str) -> OwnFrameVerdict {
        self.named(name, 0)
    }

    fn named(&mut self, name: &str, depth: u32) -> OwnFrameVerdict {
        if depth > MAX_TAIL_DEPTH {
            return Unknown;
        }
        // A weak definition may be replaced at link time by code not seen here.
        let Some(f) = self.module.function_called(name).filter(|f| !f.weak) else {
            return Unknown;
        };
        let index = self
            .module
            .functions
            .iter()
            .position(|g| std::ptr::eq(g, f))
            .expect("function_called returns one of the module's functions");
        if let Some(&known) = self.known.get(&index) {
            return known;
        }
        self.known.insert(index, Unknown);
        let answer = self.decide(index, depth);
        self.known.insert(index, answer);
        answer
    }

    fn decide(&mut self, index: usize, depth: u32) -> OwnFrameVerdict {
        let f = &self.module.functions[index];
        let (insns, incomplete) = decode_for_analysis(self.module, f);
        if !incomplete.is_empty() {
            return Unknown;
        }
        let cfg = Cfg::build(&insns);
        let sol = self.analyzer.solve(&insns, &cfg);
        if !sol.converged || !cfg.gaps(&insns, |b| sol.block_in[b].is_some()).is_empty() {
            return Unknown;
        }
        let mut keeps = true;
        let mut tail_calls: Vec<String> = Vec::new();
        let mut states: Vec<(usize, crate::analysis::stack::State)> = Vec::new();
        self.analyzer
            .replay(&insns, &cfg, &sol, &mut |insn, before, _, write| {
                // A %rsp write other than by a constant (`leave`, `mov
                // %rbp,%rsp`) must land in this frame, at a known place.
                let rsp_kept = write
                    .is_none_or(|w| matches!(w.value.stack_k(), Some((Base::Cfa, k)) if k <= -8));
                if !rsp_kept || !holds_only_own_frame(before) {
                    keeps = false;
                }
                match leaves_with(insn) {
                    Leaves::No => {}
                    Leaves::Returns => keeps &= at_return_address(before),
                    Leaves::TailCall(name) => {
                        keeps &= at_return_address(before);
                        tail_calls.push(name);
                    }
                    Leaves::Unknown => keeps = false,
                }
                if let Ok(i) = insns.binary_search_by_key(&insn.off, |i| i.off) {
                    states.push((i, before.clone()));
                }
            });
        // Memory writes, with the state before each instruction (reads above
        // the frame leave the caller's stack as it was).
        let mut writes_above = false;
        for (i, before) in &states {
            match self.analyzer.frame_write_reach(before, &insns[*i].ins) {
                WriteReach::Nothing => {}
                WriteReach::Below(end) if end <= 0 => {}
                WriteReach::Below(_) => writes_above = true,
                WriteReach::Unbounded => keeps = false,
            }
        }
        if writes_above {
            return WritesAbove;
        }
        tail_calls.sort_unstable();
        tail_calls.dedup();
        let mut verdict = if keeps { Keeps } else { Unknown };
        for t in &tail_calls {
            match self.named(t, depth + 1) {
                WritesAbove => return WritesAbove,
                Unknown => verdict = Unknown,
                Keeps => {}
            }
        }
        verdict
    }
}

/// Whether every register holds either no stack address or one known to lie
/// below the CFA (a pointer at or above it could reach the caller's stack).
fn holds_only_own_frame(state: &crate::analysis::stack::State) -> bool {
    state.regs.iter().all(|v| match v {
        Val::Ext(_) | Val::Const(_) => true,
        Val::Stack { base, k, .. } => *base == Base::Cfa && *k < 0,
        // A value that can only be a pointer already handed out was checked
        // when it was one; an index into an object of this frame stays in it
        // (the in-bounds assumption), and such an object ends below the
        // return address.
        Val::Lost(l) => {
            !l.may_point_into_frame() || matches!(l.object, Some((Base::Cfa, k)) if k < -8)
        }
    })
}

/// %rsp at the return address, as `ret` and a tail call need it.
fn at_return_address(state: &crate::analysis::stack::State) -> bool {
    state.regs[RSP].stack_k() == Some((Base::Cfa, -8))
}

pub(crate) enum Leaves {
    No,
    Returns,
    TailCall(String),
    Unknown,
}

/// How an instruction leaves the function, if it does.
pub(crate) fn leaves_with(insn: &Insn) -> Leaves {
    use iced_x86::FlowControl;
    match insn.ins.flow_control() {
        // `ret $N`, `retf`, `iret` leave %rsp elsewhere than a plain return.
        FlowControl::Return
            if insn.ins.mnemonic() == iced_x86::Mnemonic::Ret && insn.ins.op_count() == 0 =>
        {
            Leaves::Returns
        }
        FlowControl::Return => Leaves::Unknown,
        FlowControl::IndirectBranch => Leaves::Unknown,
        FlowControl::UnconditionalBranch | FlowControl::ConditionalBranch
            if matches!(insn.flow, Flow::Exit | Flow::Next) =>
        {
            match insn.target_name.as_deref() {
                Some("__x86_return_thunk") => Leaves::Returns,
                Some(n) if n.starts_with("__x86_indirect_thunk") => Leaves::Unknown,
                Some(n) => Leaves::TailCall(n.to_string()),
                None => Leaves::Unknown,
            }
        }
        _ => Leaves::No,
    }
}
