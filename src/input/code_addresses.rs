//! Arithmetic on the address of this module's code: `lea f(%rip),%rax; add
//! $0x13,%rax; call *%rax` (or `(char *)f + off` in C) enters `f` at a place
//! no relocation, symbol or jump names, with a state `f`'s own paths never
//! saw. Every claim rests on code being entered only where the file points
//! (`entries`); this is the part of that premise rspill can check: within one
//! function, a register loaded with a code address of this module (RIP-relative
//! `lea`, an immediate, a GOT load) may be moved, stored, compared, pushed and
//! called or jumped through, and nothing else. Anything else done with it —
//! add, or, a `lea` with a displacement or index, a move into a vector
//! register — makes the whole module a place entered anywhere.
//!
//! It reads each function's instructions in address order, the order
//! `entries::from_code_with` decodes them in: a value carried round a loop's
//! back edge to an instruction above the load, or through memory or another
//! function, is not seen (README, "What a claim rests on").

use crate::input::elf::{CodeSection, Module};
use iced_x86::{Instruction, InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register};

/// Registers (bit per full 64-bit register, `Register::RAX` = bit 0) holding a
/// code address, in one function's decode.
#[derive(Default)]
pub struct CodeAddresses {
    regs: u32,
    info: Option<InstructionInfoFactory>,
    /// Arithmetic seen: later instructions need no look.
    seen: bool,
}

/// Registers a call leaves undefined (SysV): a code address there is gone.
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

fn bit(r: Register) -> u32 {
    let full = r.full_register();
    if full.is_gpr64() {
        1 << (full as u32 - Register::RAX as u32)
    } else {
        0
    }
}

impl CodeAddresses {
    /// The next instruction of the function (`off`: its offset in `section`;
    /// `unrelocated_code_place`: its RIP-relative operand is a place in this
    /// module's code no relocation names). True at the first instruction
    /// that computes with a code address.
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
        if self.regs != 0 {
            if self.computes(ins) {
                self.seen = true;
                return true;
            }
            self.follow(ins);
        }
        if let Some(r) = loaded {
            self.regs |= bit(r);
        }
        false
    }

    /// Whether `ins` does anything with a code address but move, store,
    /// compare, push or branch through it.
    fn computes(&mut self, ins: &Instruction) -> bool {
        let regs = self.regs;
        let holds = |r: Register| bit(r) & regs != 0;
        match ins.mnemonic() {
            Mnemonic::Mov
            | Mnemonic::Push
            | Mnemonic::Cmp
            | Mnemonic::Test
            | Mnemonic::Call
            | Mnemonic::Jmp
            | Mnemonic::Xchg
            | Mnemonic::Movsxd
            | Mnemonic::Nop => false,
            m if is_cmov(m) => false,
            // `lea 0(%rax),%rcx` copies; a displacement or an index adds.
            Mnemonic::Lea => {
                (holds(ins.memory_base()) || holds(ins.memory_index()))
                    && (ins.memory_index() != Register::None || ins.memory_displacement64() != 0)
            }
            // `xor %eax,%eax`: a zero, whatever was there.
            Mnemonic::Xor | Mnemonic::Sub
                if ins.op_count() == 2
                    && ins.op0_kind() == OpKind::Register
                    && ins.op1_kind() == OpKind::Register
                    && ins.op0_register() == ins.op1_register() =>
            {
                false
            }
            _ => {
                // Any register read but as a memory operand's address (that
                // reads or writes the code's bytes, no new address); a
                // register only written (`pop`, `setcc`) loses the address.
                let info = self
                    .info
                    .get_or_insert_with(InstructionInfoFactory::new)
                    .info(ins);
                let (base, index) = (ins.memory_base(), ins.memory_index());
                info.used_registers().iter().any(|u| {
                    holds(u.register())
                        && u.register().full_register() != base.full_register()
                        && u.register().full_register() != index.full_register()
                        && !matches!(
                            u.access(),
                            OpAccess::Write | OpAccess::CondWrite | OpAccess::NoMemAccess
                        )
                })
            }
        }
    }

    /// What `ins` (which computes nothing with a code address) leaves where.
    fn follow(&mut self, ins: &Instruction) {
        let reg = |i: u32| (ins.op_kind(i) == OpKind::Register).then(|| ins.op_register(i));
        match ins.mnemonic() {
            Mnemonic::Mov | Mnemonic::Movsxd | Mnemonic::Lea => {
                if let Some(dest) = reg(0) {
                    let from = match ins.mnemonic() {
                        Mnemonic::Lea => bit(ins.memory_base()) | bit(ins.memory_index()),
                        _ => reg(1).map_or(0, bit),
                    };
                    let held = from & self.regs != 0;
                    self.regs &= !bit(dest);
                    if held {
                        self.regs |= bit(dest);
                    }
                }
                return;
            }
            Mnemonic::Xchg => {
                if let (Some(a), Some(b)) = (reg(0), reg(1)) {
                    let (ha, hb) = (self.regs & bit(a) != 0, self.regs & bit(b) != 0);
                    self.regs &= !(bit(a) | bit(b));
                    if ha {
                        self.regs |= bit(b);
                    }
                    if hb {
                        self.regs |= bit(a);
                    }
                    return;
                }
            }
            m if is_cmov(m) => {
                // Either value may be there: the address stays if it was
                // either's.
                if let (Some(dest), Some(src)) = (reg(0), reg(1)) {
                    if self.regs & bit(src) != 0 {
                        self.regs |= bit(dest);
                    }
                }
                return;
            }
            Mnemonic::Xor | Mnemonic::Sub
                if ins.op_count() == 2 && reg(0).is_some() && reg(0) == reg(1) =>
            {
                self.regs &= !reg(0).map_or(0, bit);
                return;
            }
            Mnemonic::Call => {
                for r in CALL_CLOBBERED {
                    self.regs &= !bit(r);
                }
            }
            _ => {}
        }
        let info = self
            .info
            .get_or_insert_with(InstructionInfoFactory::new)
            .info(ins);
        for u in info.used_registers() {
            if u.access() == OpAccess::Write {
                self.regs &= !bit(u.register());
            }
        }
    }
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
