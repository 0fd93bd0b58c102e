//! A code address computed by arithmetic and then used to transfer control:
//! `lea f(%rip),%rax; add $0x13,%rax; call *%rax` (or `(char *)f + off` in C)
//! enters `f` at a place no relocation, symbol or jump names, with a state
//! `f`'s own paths never saw. Every claim rests on code being entered only
//! where the file points (`entries`); this is the part of that premise rspill
//! can check.
//!
//! Within one function: a register loaded with an address of this module's
//! code (RIP-relative `lea`, an immediate, a GOT load) holds a *code address*;
//! moves carry it. Any other instruction that reads a code address (or a
//! value computed from one) and writes a register leaves a *computed* value
//! there (`add`, `xor`, a `lea` with a displacement or index). A computed value
//! that is called or jumped through (directly, or by the register a retpoline
//! thunk's name says), pushed (for a `ret`, `iret`) or stored to memory (where
//! anything may later use it) makes the whole module a place entered anywhere.
//! A computed value only tested, as KMSAN's shadow checks of a comparison with
//! a function pointer do (`xor`, `not`, `and`, `je`), enters nothing.
//!
//! Stack slots (`disp(%rbp)`, `disp(%rsp)`) are followed too: unoptimised C
//! keeps a function pointer in one between statements (`p = f; p += off;
//! p();`), and a computed value stored there is only a use when it is called
//! through or pushed.
//!
//! It reads each function's instructions in address order, the order
//! `entries::from_code_with` decodes them in: a value carried round a loop's
//! back edge to an instruction above the load, kept in memory other than a
//! stack slot named by %rbp or %rsp, or handed to another function in an
//! argument register, is not seen (README, "What a claim rests on").

use crate::analysis::stack::{is_cmov, is_zeroing_idiom};
use crate::input::elf::{CodeSection, Module};
use iced_x86::{
    FlowControl, Instruction, InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register,
};

/// Registers (bit per full 64-bit register, `Register::RAX` = bit 0), in one
/// function's decode.
#[derive(Default)]
pub struct CodeAddresses {
    /// Holding a code address as it was taken.
    code: u32,
    /// Holding a value computed from one.
    computed: u32,
    /// Stack slots (`disp(%rbp)`, `disp(%rsp)`, as written: %rsp's moves are
    /// not followed) holding a code address (false) or a value computed from
    /// one (true): unoptimised C keeps a function pointer there between
    /// statements.
    slots: Vec<(Register, i64, bool)>,
    info: Option<InstructionInfoFactory>,
    /// A computed value used: later instructions need no look.
    seen: bool,
}

/// Registers a call leaves undefined (SysV): what was there is gone.
const CALL_CLOBBERED: [Register; 9] = [
    Register::RAX,
    Register::RCX,
    Register::RDX,
    Register::RSI,
    Register::RDI,
    Register::R8,
    Register::R9,
    Register::R10,
    Register::R11,
];

/// %rsp is not followed: it holds the stack.
fn bit(r: Register) -> u32 {
    let full = r.full_register();
    if full.is_gpr64() && full != Register::RSP {
        1 << (full as u32 - Register::RAX as u32)
    } else {
        0
    }
}

impl CodeAddresses {
    /// The next instruction of the function (`off`: its offset in `section`;
    /// `unrelocated_code_place`: its RIP-relative operand is a place in this
    /// module's code no relocation names). True at the first instruction
    /// that transfers control through, pushes or stores a value computed from
    /// a code address.
    pub fn step(
        &mut self,
        module: &Module,
        section: &CodeSection,
        off: u64,
        ins: &Instruction,
        unrelocated_code_place: bool,
    ) -> bool {
        if self.seen {
            return false;
        }
        let loaded = if unrelocated_code_place && ins.mnemonic() == Mnemonic::Lea {
            Some(ins.op0_register())
        } else {
            loads_code_address(module, section, off, ins)
        };
        // `movq $f,-8(%rbp)`, `pushq $f`, `pushq f@GOTPCREL(%rip)`: a code
        // address straight into a slot (`push`: the one at 0(%rsp)).
        if let Some(key) = stores_code_address(module, section, off, ins) {
            self.set_slot(key, Some(false));
            return false;
        }
        // `call 1f; 1: pop %rax`: the return address it pushes is a code
        // address, and nothing returns to take it off. (A relocated call
        // reads as one to the next instruction too: its field is 0.)
        if ins.mnemonic() == Mnemonic::Call
            && ins.op0_kind() == OpKind::NearBranch64
            && ins.near_branch_target() == ins.next_ip()
            && section.relocs_in(off, off + ins.len() as u64).is_empty()
        {
            self.set_slot((Register::RSP, 0), Some(false));
            return false;
        }
        if self.code | self.computed != 0 || !self.slots.is_empty() {
            if self.uses_computed(section, off, ins) {
                self.seen = true;
                return true;
            }
            let reloaded = self.follow_slots(ins);
            self.follow(ins);
            if let Some((r, what)) = reloaded {
                self.set_reg(r, what);
            }
        }
        if let Some(r) = loaded {
            self.set_reg(r, Some(false));
        }
        false
    }

    /// What `r` holds: nothing followed (None), a code address (false) or a
    /// value computed from one (true, which wins where both may be).
    fn held(&self, r: Register) -> Option<bool> {
        (bit(r) & self.computed != 0)
            .then_some(true)
            .or((bit(r) & self.code != 0).then_some(false))
    }

    fn set_reg(&mut self, r: Register, what: Option<bool>) {
        self.code &= !bit(r);
        self.computed &= !bit(r);
        match what {
            Some(true) => self.computed |= bit(r),
            Some(false) => self.code |= bit(r),
            None => {}
        }
    }

    /// Whether anything holds a code address or a value computed from one
    /// (and none was used yet).
    pub fn holds_any(&self) -> bool {
        !self.seen && (self.code | self.computed != 0 || !self.slots.is_empty())
    }

    /// The stack slot a memory operand names, if it is one rspill follows.
    fn slot_of(ins: &Instruction) -> Option<(Register, i64)> {
        (matches!(ins.memory_base(), Register::RSP | Register::RBP)
            && ins.memory_index() == Register::None)
            .then(|| (ins.memory_base(), ins.memory_displacement64() as i64))
    }

    fn slot(&self, key: (Register, i64)) -> Option<bool> {
        self.slots.iter().find(|s| (s.0, s.1) == key).map(|s| s.2)
    }

    fn set_slot(&mut self, key: (Register, i64), what: Option<bool>) {
        self.slots.retain(|s| (s.0, s.1) != key);
        if let Some(computed) = what {
            self.slots.push((key.0, key.1, computed));
        }
    }

    /// What `ins` does to the stack slots followed (with the registers as
    /// they were before it); the register a load from one fills, and with
    /// what (`held`).
    fn follow_slots(&mut self, ins: &Instruction) -> Option<(Register, Option<bool>)> {
        let reg = |i: u32| (ins.op_kind(i) == OpKind::Register).then(|| ins.op_register(i));
        let top = (Register::RSP, 0);
        match ins.mnemonic() {
            // What a push leaves at 0(%rsp) (other %rsp slots are not moved).
            Mnemonic::Push => {
                self.set_slot(top, reg(0).and_then(|r| self.held(r)));
                return None;
            }
            Mnemonic::Pop => {
                let held = self.slot(top);
                self.set_slot(top, None);
                return Some((reg(0)?, held));
            }
            // `xchg %rax,-16(%rbp)`: the two swap.
            Mnemonic::Xchg if ins.op0_kind() == OpKind::Memory => {
                let key = Self::slot_of(ins)?;
                let r = reg(1)?;
                let (in_slot, in_reg) = (self.slot(key), self.held(r));
                self.set_slot(key, in_reg);
                return Some((r, in_slot));
            }
            _ => {}
        }
        if ins.op0_kind() == OpKind::Memory {
            let key = Self::slot_of(ins)?;
            match ins.mnemonic() {
                Mnemonic::Mov | Mnemonic::Movnti => {
                    self.set_slot(key, reg(1).and_then(|r| self.held(r)));
                }
                // Read-modify-write (`addq $0x13,-8(%rbp)`): computed.
                _ => {
                    let info = self
                        .info
                        .get_or_insert_with(InstructionInfoFactory::new)
                        .info(ins);
                    match info.op0_access() {
                        OpAccess::Write => self.set_slot(key, None),
                        OpAccess::Read | OpAccess::CondRead | OpAccess::NoMemAccess => {}
                        _ if self.slot(key).is_some() => self.set_slot(key, Some(true)),
                        _ => {}
                    }
                }
            }
            return None;
        }
        if ins.op1_kind() != OpKind::Memory {
            return None;
        }
        let dest = reg(0)?;
        let held = self.slot(Self::slot_of(ins)?)?;
        // `cmp -0x10(%rbp),%rax` writes no register.
        let info = self
            .info
            .get_or_insert_with(InstructionInfoFactory::new)
            .info(ins);
        if matches!(
            info.op0_access(),
            OpAccess::Read | OpAccess::CondRead | OpAccess::NoMemAccess | OpAccess::None
        ) {
            return None;
        }
        // A load carries what was there; anything else computes
        // (`add -0x10(%rbp),%rax`).
        Some((
            dest,
            Some(held || !matches!(ins.mnemonic(), Mnemonic::Mov | Mnemonic::Movsxd)),
        ))
    }

    /// Whether `ins` transfers control through, pushes or stores a computed
    /// value, or moves it where rspill does not follow it (a vector
    /// register).
    fn uses_computed(&mut self, section: &CodeSection, off: u64, ins: &Instruction) -> bool {
        let computed = |r: Register| bit(r) & self.computed != 0;
        let register_operand =
            |i: u32| ins.op_kind(i) == OpKind::Register && computed(ins.op_register(i));
        // `call *-8(%rbp)`, `push -8(%rbp)` of a computed slot.
        let computed_slot = ins.op0_kind() == OpKind::Memory
            && Self::slot_of(ins).and_then(|k| self.slot(k)) == Some(true);
        match ins.flow_control() {
            FlowControl::IndirectBranch | FlowControl::IndirectCall => {
                return register_operand(0) || computed_slot;
            }
            // `push %rax; addq $0x10,(%rsp); ret`. (A computed value
            // returned in %rax is not followed into the caller: KMSAN
            // returns the shadow of comparisons with function pointers.)
            FlowControl::Return => return self.slot((Register::RSP, 0)) == Some(true),
            FlowControl::Call | FlowControl::UnconditionalBranch => {
                // `__x86_indirect_thunk_r11` jumps through %r11.
                return section
                    .relocs_in(off, off + ins.len() as u64)
                    .iter()
                    .filter_map(|r| thunk_register(&r.symbol))
                    .any(computed);
            }
            _ => {}
        }
        let stored = match ins.mnemonic() {
            Mnemonic::Push => register_operand(0) || computed_slot,
            // A store of it (or of part of it) to memory other than a stack
            // slot followed (an unoptimised C local: followed there).
            _ if ins.op0_kind() == OpKind::Memory => {
                (1..ins.op_count()).any(register_operand)
                    && !(matches!(ins.mnemonic(), Mnemonic::Mov | Mnemonic::Movnti)
                        && Self::slot_of(ins).is_some())
            }
            // `xchg %rax,(%rdi)` stores too.
            Mnemonic::Xchg | Mnemonic::Xadd | Mnemonic::Cmpxchg
                if ins.op1_kind() == OpKind::Memory =>
            {
                register_operand(0)
            }
            _ => false,
        };
        if stored {
            return true;
        }
        let computed_bits = self.computed;
        if computed_bits == 0 {
            return false;
        }
        let info = self
            .info
            .get_or_insert_with(InstructionInfoFactory::new)
            .info(ins);
        let reads = info.used_registers().iter().any(|u| {
            bit(u.register()) & computed_bits != 0
                && !matches!(u.access(), OpAccess::Write | OpAccess::CondWrite)
        });
        reads
            && info.used_registers().iter().any(|u| {
                (u.register().is_vector_register() || u.register().is_mm() || u.register().is_k())
                    && !matches!(u.access(), OpAccess::Read | OpAccess::CondRead)
            })
    }

    /// What `ins` leaves in which register.
    fn follow(&mut self, ins: &Instruction) {
        let reg = |i: u32| (ins.op_kind(i) == OpKind::Register).then(|| ins.op_register(i));
        let held = self.code | self.computed;
        match ins.mnemonic() {
            // A move carries what was there; `lea 0(%rax),%rcx` is one.
            Mnemonic::Mov | Mnemonic::Movsxd
                if reg(0).is_some() && ins.op1_kind() != OpKind::Memory =>
            {
                let dest = reg(0).unwrap_or_default();
                self.set_reg(dest, reg(1).and_then(|r| self.held(r)));
                return;
            }
            Mnemonic::Lea if reg(0).is_some() => {
                let dest = reg(0).unwrap_or_default();
                let from = self
                    .held(ins.memory_base())
                    .max(self.held(ins.memory_index()));
                let plain =
                    ins.memory_index() == Register::None && ins.memory_displacement64() == 0;
                self.set_reg(dest, if plain { from } else { from.map(|_| true) });
                return;
            }
            // `xor %eax,%eax`: a zero, whatever was there.
            _ if is_zeroing_idiom(ins) => {
                self.set_reg(reg(0).unwrap_or_default(), None);
                return;
            }
            Mnemonic::Xchg => {
                if let (Some(a), Some(b)) = (reg(0), reg(1)) {
                    let (ha, hb) = (self.held(a), self.held(b));
                    self.set_reg(a, hb);
                    self.set_reg(b, ha);
                    return;
                }
            }
            m if is_cmov(m) => {
                // Either value may be there: the stronger stays.
                if let (Some(dest), Some(src)) = (reg(0), reg(1)) {
                    self.set_reg(dest, self.held(dest).max(self.held(src)));
                }
                return;
            }
            Mnemonic::Call => {
                for r in CALL_CLOBBERED {
                    self.set_reg(r, None);
                }
            }
            _ => {}
        }
        // Anything else: what it writes is computed if it read a code address
        // or a computed value (other than as a memory operand's address: that
        // reads the code's bytes), else neither.
        let info = self
            .info
            .get_or_insert_with(InstructionInfoFactory::new)
            .info(ins);
        let (base, index) = (
            ins.memory_base().full_register(),
            ins.memory_index().full_register(),
        );
        let reads_held = info.used_registers().iter().any(|u| {
            bit(u.register()) & held != 0
                && u.register().full_register() != base
                && u.register().full_register() != index
                && !matches!(
                    u.access(),
                    OpAccess::Write | OpAccess::CondWrite | OpAccess::NoMemAccess
                )
        });
        let written: Vec<(Register, OpAccess)> = info
            .used_registers()
            .iter()
            .filter(|u| {
                matches!(
                    u.access(),
                    OpAccess::Write
                        | OpAccess::CondWrite
                        | OpAccess::ReadWrite
                        | OpAccess::ReadCondWrite
                )
            })
            .map(|u| (u.register(), u.access()))
            .collect();
        for (r, access) in written {
            if bit(r) == 0 {
                continue;
            }
            if reads_held {
                self.set_reg(r, Some(true));
            } else if matches!(access, OpAccess::Write) {
                self.set_reg(r, None);
            }
        }
        // A load into a register (`mov (%rsi),%rcx`): neither.
        if ins.mnemonic() == Mnemonic::Mov {
            if let Some(dest) = reg(0) {
                self.set_reg(dest, None);
            }
        }
    }
}

/// The register a retpoline thunk's name says it jumps through.
fn thunk_register(symbol: &str) -> Option<Register> {
    let name = [
        "__x86_indirect_thunk_",
        "__x86_indirect_call_thunk_",
        "__x86_indirect_jump_thunk_",
    ]
    .iter()
    .find_map(|p| symbol.strip_prefix(p))?;
    const NAMES: [(&str, Register); 16] = [
        ("rax", Register::RAX),
        ("rcx", Register::RCX),
        ("rdx", Register::RDX),
        ("rbx", Register::RBX),
        ("rsp", Register::RSP),
        ("rbp", Register::RBP),
        ("rsi", Register::RSI),
        ("rdi", Register::RDI),
        ("r8", Register::R8),
        ("r9", Register::R9),
        ("r10", Register::R10),
        ("r11", Register::R11),
        ("r12", Register::R12),
        ("r13", Register::R13),
        ("r14", Register::R14),
        ("r15", Register::R15),
    ];
    NAMES.iter().find(|(n, _)| *n == name).map(|&(_, r)| r)
}

/// The stack slot `ins` stores an address of this module's code into: `mov
/// $X` to a slot, `push $X`, `push X@GOTPCREL(%rip)`.
fn stores_code_address(
    module: &Module,
    section: &CodeSection,
    off: u64,
    ins: &Instruction,
) -> Option<(Register, i64)> {
    use object::elf::{
        R_X86_64_32, R_X86_64_32S, R_X86_64_GOTPCREL, R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX,
    };
    let (key, wanted): ((Register, i64), [u32; 3]) = match (ins.mnemonic(), ins.op0_kind()) {
        (Mnemonic::Mov, OpKind::Memory)
            if matches!(
                ins.op1_kind(),
                OpKind::Immediate32 | OpKind::Immediate32to64
            ) =>
        {
            (
                CodeAddresses::slot_of(ins)?,
                [R_X86_64_32.0, R_X86_64_32S.0, R_X86_64_32S.0],
            )
        }
        (Mnemonic::Push, OpKind::Immediate32to64 | OpKind::Immediate8to64) => (
            (Register::RSP, 0),
            [R_X86_64_32.0, R_X86_64_32S.0, R_X86_64_32S.0],
        ),
        (Mnemonic::Push, OpKind::Memory) if ins.memory_base() == Register::RIP => (
            (Register::RSP, 0),
            [
                R_X86_64_GOTPCREL.0,
                R_X86_64_GOTPCRELX.0,
                R_X86_64_REX_GOTPCRELX.0,
            ],
        ),
        _ => return None,
    };
    section
        .relocs_in(off, off + ins.len() as u64)
        .iter()
        .any(|r| wanted.contains(&r.r_type) && module.reloc_reaches_code(r))
        .then_some(key)
}

/// The register `ins` loads with the address of this module's code: `lea
/// X(%rip)`, `mov $X` / `movabs $X`, or a load of X's GOT entry, X a function
/// of this module or a place in an executable section of it.
fn loads_code_address(
    module: &Module,
    section: &CodeSection,
    off: u64,
    ins: &Instruction,
) -> Option<Register> {
    use object::elf::{
        R_X86_64_32, R_X86_64_32S, R_X86_64_64, R_X86_64_GOTPCREL, R_X86_64_GOTPCRELX,
        R_X86_64_PC32, R_X86_64_PC64, R_X86_64_PLT32, R_X86_64_REX_GOTPCRELX,
    };
    if ins.op_count() < 2 || ins.op0_kind() != OpKind::Register {
        return None;
    }
    let wanted: [u32; 3] = match (ins.mnemonic(), ins.op1_kind()) {
        (Mnemonic::Lea, OpKind::Memory) if ins.memory_base() == Register::RIP => {
            [R_X86_64_PC32.0, R_X86_64_PLT32.0, R_X86_64_PC64.0]
        }
        (Mnemonic::Mov, OpKind::Memory) if ins.memory_base() == Register::RIP => [
            R_X86_64_GOTPCREL.0,
            R_X86_64_GOTPCRELX.0,
            R_X86_64_REX_GOTPCRELX.0,
        ],
        (Mnemonic::Mov, OpKind::Immediate32 | OpKind::Immediate32to64 | OpKind::Immediate64) => {
            [R_X86_64_32.0, R_X86_64_32S.0, R_X86_64_64.0]
        }
        _ => return None,
    };
    section
        .relocs_in(off, off + ins.len() as u64)
        .iter()
        .any(|r| wanted.contains(&r.r_type) && module.reloc_reaches_code(r))
        .then(|| ins.op0_register())
}
