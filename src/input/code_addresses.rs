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
//! It reads each function's instructions in address order, the order
//! `entries::from_code_with` decodes them in: a value carried round a loop's
//! back edge to an instruction above the load, changed in memory, or handed to
//! another function in an argument register, is not seen (README, "What a
//! claim rests on").

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
        if self.code | self.computed != 0 {
            if self.computed != 0 && self.uses_computed(section, off, ins) {
                self.seen = true;
                return true;
            }
            self.follow(ins);
        }
        if let Some(r) = loaded {
            self.computed &= !bit(r);
            self.code |= bit(r);
        }
        false
    }

    /// Whether `ins` transfers control through, pushes or stores a computed
    /// value, or moves it where rspill does not follow it (a vector
    /// register).
    fn uses_computed(&mut self, section: &CodeSection, off: u64, ins: &Instruction) -> bool {
        let computed = |r: Register| bit(r) & self.computed != 0;
        let register_operand =
            |i: u32| ins.op_kind(i) == OpKind::Register && computed(ins.op_register(i));
        match ins.flow_control() {
            FlowControl::IndirectBranch | FlowControl::IndirectCall => {
                return register_operand(0);
            }
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
            Mnemonic::Push => register_operand(0),
            // A store of it (or of part of it) to memory.
            _ if ins.op0_kind() == OpKind::Memory => (1..ins.op_count()).any(register_operand),
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
        let set = |this: &mut Self, dest: Register, code: bool, computed: bool| {
            this.code &= !bit(dest);
            this.computed &= !bit(dest);
            if code {
                this.code |= bit(dest);
            }
            if computed {
                this.computed |= bit(dest);
            }
        };
        match ins.mnemonic() {
            // A move carries what was there; `lea 0(%rax),%rcx` is one.
            Mnemonic::Mov | Mnemonic::Movsxd
                if reg(0).is_some() && ins.op1_kind() != OpKind::Memory =>
            {
                let dest = reg(0).unwrap_or_default();
                let from = reg(1).map_or(0, bit);
                set(self, dest, from & self.code != 0, from & self.computed != 0);
                return;
            }
            Mnemonic::Lea if reg(0).is_some() => {
                let dest = reg(0).unwrap_or_default();
                let from = bit(ins.memory_base()) | bit(ins.memory_index());
                let plain =
                    ins.memory_index() == Register::None && ins.memory_displacement64() == 0;
                let (code, computed) = if from & held == 0 {
                    (false, false)
                } else if plain {
                    (from & self.code != 0, from & self.computed != 0)
                } else {
                    (false, true)
                };
                set(self, dest, code, computed);
                return;
            }
            // `xor %eax,%eax`: a zero, whatever was there.
            Mnemonic::Xor | Mnemonic::Sub
                if ins.op_count() == 2 && reg(0).is_some() && reg(0) == reg(1) =>
            {
                let dest = reg(0).unwrap_or_default();
                set(self, dest, false, false);
                return;
            }
            Mnemonic::Xchg => {
                if let (Some(a), Some(b)) = (reg(0), reg(1)) {
                    let (ca, cb) = (self.code & bit(a) != 0, self.code & bit(b) != 0);
                    let (xa, xb) = (self.computed & bit(a) != 0, self.computed & bit(b) != 0);
                    set(self, a, cb, xb);
                    set(self, b, ca, xa);
                    return;
                }
            }
            m if is_cmov(m) => {
                // Either value may be there.
                if let (Some(dest), Some(src)) = (reg(0), reg(1)) {
                    if self.code & bit(src) != 0 {
                        self.code |= bit(dest);
                    }
                    if self.computed & bit(src) != 0 {
                        self.computed |= bit(dest);
                    }
                }
                return;
            }
            Mnemonic::Call => {
                for r in CALL_CLOBBERED {
                    set(self, r, false, false);
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
                self.code &= !bit(r);
                self.computed |= bit(r);
            } else if matches!(access, OpAccess::Write) {
                set(self, r, false, false);
            }
        }
        // A load into a register (`mov (%rsi),%rcx`): neither.
        if ins.mnemonic() == Mnemonic::Mov {
            if let Some(dest) = reg(0) {
                set(self, dest, false, false);
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
