//! How far code reads from a data address a relocation gives it: the bytes a
//! relocated `x(%rip)` operand or a `lea x(%rip), %reg` followed through
//! straight-line code can touch, or "escapes" when rspill cannot bound them.
//!
//! `diff` compares the bytes code can read. A read-only place with no symbol
//! of its own (a table behind a local label, a constant) has no size: either
//! the reads from it are bounded here, or the whole section is compared. A
//! place with a symbol must be read inside it: a bounded read outside its
//! object (`lea x; movl 4(%rax)`, `lea arr+12; movl -4(%rax)`) reaches bytes
//! the object's comparison does not cover.
//!
//! The rules are conservative by construction: an address followed into
//! anything not listed here (a call, a branch, a place other code enters, a
//! copy to memory (a copy to another register is followed as the address
//! itself is), an index whose range is not known,
//! a string instruction) escapes, and an escaping address gets the comparison
//! it got before (the whole object, or the whole section when it has none).
//! An index range is known only from the instruction that last wrote the
//! whole register on the straight line (`and $imm`, `movzx`, `mov $imm`);
//! anything else that writes it (`incb %dil`, `addq $4, %rdi`) forgets it.
//! Two assumptions remain: the x86-64 calling convention at `ret` (only
//! `%rax` and `%rdx` carry values back; an address left in a callee-saved
//! register escapes), and that an index of unknown range into a sized object,
//! or an address of it that escapes, stays inside it, as C requires (reads
//! made through the address before it escapes are compared all the same:
//! `Window::EscapesAfter`).

use iced_x86::{
    EncodingKind, Instruction, InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register,
};

/// What a relocated field of an instruction is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The displacement of the memory operand.
    Displacement,
    /// The immediate (`mov $x, %reg`).
    Immediate,
}

/// The bytes read from an address, relative to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bounded {
    /// `[lo, hi)`; empty when the address is never read through.
    pub lo: i64,
    pub hi: i64,
    /// Reads that fault or split a lock unless aligned: (offset, alignment
    /// the instruction needs).
    pub aligned: Vec<(i64, u64)>,
    /// Whether an index register's range is part of the bound (then the
    /// code may read that far, not must: a mask wider than its table).
    pub indexed: bool,
}

/// How code uses an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Window {
    Bounded(Bounded),
    /// The address goes somewhere rspill does not follow.
    Escapes,
    /// It does after these reads through it (which may lie outside its
    /// object: `add $16,%rdx; mov (%rdx),%eax; ret` with the address in
    /// `%rdx`, returned: blind review 105).
    EscapesAfter(Bounded),
}

/// How many instructions an address is followed before it escapes.
const FOLLOW_LIMIT: usize = 64;
/// How many copies deep an address is followed (each copy is followed
/// on its own).
const MAX_COPIES: usize = 4;
/// How far back an index register's range is looked for.
const RANGE_LOOKBACK: usize = 32;

/// Reads through one address as one: the bytes from the lowest to the
/// highest (none read: `[0, 0)`).
fn merged(reads: Vec<Bounded>) -> Bounded {
    Bounded {
        lo: reads.iter().map(|b| b.lo).min().unwrap_or(0),
        hi: reads.iter().map(|b| b.hi).max().unwrap_or(0),
        indexed: reads.iter().any(|b| b.indexed),
        aligned: reads.into_iter().flat_map(|b| b.aligned).collect(),
    }
}

/// The window of an address that escapes after `reads` through it.
fn escaped(reads: Vec<Bounded>) -> Window {
    if reads.is_empty() {
        Window::Escapes
    } else {
        Window::EscapesAfter(merged(reads))
    }
}

/// The window of the relocated `field` of `insns[at]`. `is_label(ip)` tells
/// whether anything else can jump to `ip` (the straight line ends there).
pub fn window(
    insns: &[Instruction],
    at: usize,
    field: Field,
    is_label: &dyn Fn(u64) -> bool,
) -> Window {
    let ins = &insns[at];
    let mut facts = Facts {
        insns,
        is_label,
        info: InstructionInfoFactory::new(),
    };
    match field {
        Field::Displacement => {
            if !only_plain_memory(ins) {
                return Window::Escapes;
            }
            if ins.mnemonic() == Mnemonic::Lea {
                if ins.memory_base() != Register::RIP && ins.memory_base() != Register::None {
                    return Window::Escapes;
                }
                // The address itself, in a register: follow it.
                let r = ins.op0_register();
                if !r.is_gpr64() || ins.memory_index() != Register::None {
                    return Window::Escapes;
                }
                return facts.follow(at, r);
            }
            match facts.access(at, 0, true) {
                Some(b) => Window::Bounded(b),
                None => Window::Escapes,
            }
        }
        Field::Immediate => {
            // `movq $x, %reg` (sign-extended 32-bit) or `movabs $x, %reg`.
            let is_mov = matches!(
                ins.code(),
                iced_x86::Code::Mov_rm64_imm32 | iced_x86::Code::Mov_r64_imm64
            );
            if !is_mov || ins.op0_kind() != OpKind::Register {
                return Window::Escapes;
            }
            facts.follow(at, ins.op0_register())
        }
    }
}

/// Whether every memory operand of `ins` is an ordinary one (not the implicit
/// `%rsi`/`%rdi` of string instructions, not `xlat`, not a vector index).
fn only_plain_memory(ins: &Instruction) -> bool {
    !ins.is_string_instruction()
        && !ins.is_vsib()
        && ins.mnemonic() != Mnemonic::Xlatb
        && (0..ins.op_count()).all(|i| {
            let kind = ins.op_kind(i);
            matches!(
                kind,
                OpKind::Register | OpKind::Memory | OpKind::Immediate8_2nd
            ) || is_immediate(kind)
        })
}

struct Facts<'a> {
    insns: &'a [Instruction],
    is_label: &'a dyn Fn(u64) -> bool,
    info: InstructionInfoFactory,
}

impl Facts<'_> {
    /// The bytes the memory operand of `insns[at]` reads, `base` bytes past
    /// the address (what the base register or the relocation holds, plus
    /// the displacement for a register base).
    /// With `base_is_index`, a base register adds to the address like an
    /// index (`tab(%rdi)`: the relocation is the address).
    fn access(&mut self, at: usize, base: i64, base_is_index: bool) -> Option<Bounded> {
        let ins = self.insns[at];
        let width = ins.memory_size().size() as i64;
        // `bt %reg, mem` addresses bits past the operand; an access of no
        // known width (`xsave`'s is the CPU's choice) is not bounded.
        let bit_offset = matches!(
            ins.mnemonic(),
            Mnemonic::Bt | Mnemonic::Bts | Mnemonic::Btr | Mnemonic::Btc
        ) && ins.op1_kind() == OpKind::Register;
        if width == 0 || bit_offset || !only_plain_memory(&ins) {
            return None;
        }
        // (A `%gs:`/`%fs:` override reads the per-cpu or per-thread copy
        // of the section's layout: the same bounds.)
        let need = alignment_needed(&ins);
        // The registers added to the address, with their scales.
        let mut added = Vec::new();
        if base_is_index && !matches!(ins.memory_base(), Register::None | Register::RIP) {
            added.push((ins.memory_base(), 1i64));
        }
        if ins.memory_index() != Register::None {
            added.push((ins.memory_index(), i64::from(ins.memory_index_scale())));
        }
        if need.is_some() && !added.is_empty() {
            return None;
        }
        // Saturating: a bound past any section is as good as unbounded.
        let (mut lo, mut hi) = (base, base.saturating_add(width));
        for (reg, scale) in &added {
            let (min, max) = self.range_before(at, *reg)?;
            lo = lo.saturating_add(min.saturating_mul(*scale));
            hi = hi.saturating_add(max.saturating_mul(*scale));
        }
        Some(Bounded {
            lo,
            hi,
            aligned: need.map(|n| (base, n)).into_iter().collect(),
            indexed: !added.is_empty(),
        })
    }

    /// Follow the address in `reg` (a 64-bit register) from after
    /// `insns[from]` until it dies.
    fn follow(&mut self, from: usize, reg: Register) -> Window {
        self.follow_from(from, reg, 0, 0)
    }

    /// `follow`, the register holding the address plus `offset`; `copies`
    /// deep in copies of it (`mov %rcx,%rdx`, each followed on its own:
    /// `add $16,%rdx` moves the copy out of the object: blind review 105).
    fn follow_from(
        &mut self,
        from: usize,
        reg: Register,
        mut offset: i64,
        copies: usize,
    ) -> Window {
        let mut reads: Vec<Bounded> = Vec::new();
        let done = |reads: Vec<Bounded>| Window::Bounded(merged(reads));
        for at in from + 1..self.insns.len().min(from + 1 + FOLLOW_LIMIT) {
            let ins = self.insns[at];
            if (self.is_label)(ins.ip()) || ins.is_invalid() {
                return escaped(reads);
            }
            match ins.flow_control() {
                iced_x86::FlowControl::Next => {}
                iced_x86::FlowControl::Return => {
                    let returned_or_restored = matches!(
                        reg,
                        Register::RAX
                            | Register::RDX
                            | Register::RBX
                            | Register::RBP
                            | Register::RSP
                            | Register::R12
                            | Register::R13
                            | Register::R14
                            | Register::R15
                    );
                    return if returned_or_restored {
                        escaped(reads)
                    } else {
                        done(reads)
                    };
                }
                _ => return escaped(reads),
            }
            let (reads_reg, writes_whole, writes_part) = self.uses(&ins, reg);
            if !reads_reg {
                if writes_whole {
                    return done(reads);
                }
                if writes_part {
                    return escaped(reads);
                }
                continue;
            }
            // `mov %reg, %other`: the copy is followed too, from here.
            if ins.code() == iced_x86::Code::Mov_r64_rm64
                || ins.code() == iced_x86::Code::Mov_rm64_r64
            {
                let (to, of) = (ins.op0_register(), ins.op1_register());
                if ins.op0_kind() == OpKind::Register
                    && ins.op1_kind() == OpKind::Register
                    && of == reg
                    && to != reg
                    && to != Register::RSP
                    && copies < MAX_COPIES
                {
                    match self.follow_from(at, to, offset, copies + 1) {
                        Window::Bounded(b) => {
                            if b.lo < b.hi || !b.aligned.is_empty() {
                                reads.push(b);
                            }
                        }
                        Window::EscapesAfter(b) => {
                            reads.push(b);
                            return escaped(reads);
                        }
                        Window::Escapes => return escaped(reads),
                    }
                    continue;
                }
            }
            // `lea d(%reg), %reg`, `add/sub $imm, %reg`: the address moves.
            if ins.mnemonic() == Mnemonic::Lea
                && ins.op0_register() == reg
                && ins.memory_base() == reg
                && ins.memory_index() == Register::None
            {
                offset = offset.saturating_add(ins.memory_displacement64() as i64);
                continue;
            }
            if matches!(ins.mnemonic(), Mnemonic::Add | Mnemonic::Sub)
                && ins.op0_kind() == OpKind::Register
                && ins.op0_register() == reg
                && is_immediate(ins.op1_kind())
            {
                let imm = ins.immediate(1) as i64;
                offset = if ins.mnemonic() == Mnemonic::Add {
                    offset.saturating_add(imm)
                } else {
                    offset.saturating_sub(imm)
                };
                continue;
            }
            // A read through the address: the base of a memory operand and
            // nothing else.
            let info = self.info.info(&ins);
            let as_operand = (0..ins.op_count()).any(|i| {
                ins.op_kind(i) == OpKind::Register
                    && ins.op_register(i).full_register() == reg
                    && !matches!(info.op_access(i), OpAccess::Write | OpAccess::None)
            });
            if ins.mnemonic() == Mnemonic::Lea
                || as_operand
                || ins.memory_base() != reg
                || ins.memory_index().full_register() == reg
                || implicit_use(&ins, reg)
            {
                return escaped(reads);
            }
            let disp = ins.memory_displacement64() as i64;
            match self.access(at, offset.saturating_add(disp), false) {
                Some(b) => reads.push(b),
                None => return escaped(reads),
            }
            if writes_whole {
                return done(reads);
            }
        }
        escaped(reads)
    }

    /// Whether `ins` reads `reg` (any part), writes all of it (64 or
    /// zero-extending 32 bits), or writes part of it.
    fn uses(&mut self, ins: &Instruction, reg: Register) -> (bool, bool, bool) {
        let (mut reads, mut whole, mut part) = (false, false, false);
        for u in self.info.info(ins).used_registers() {
            if u.register().full_register() != reg {
                continue;
            }
            let all = u.register().is_gpr64() || u.register().is_gpr32();
            match u.access() {
                OpAccess::Write => {
                    whole |= all;
                    part |= !all;
                }
                // `incb %dil`, `addq $4, %rdi`: read and written.
                OpAccess::ReadWrite => {
                    reads = true;
                    whole |= all;
                    part |= !all;
                }
                // Written or not: what it holds after is not known.
                OpAccess::CondWrite => part = true,
                OpAccess::ReadCondWrite => {
                    reads = true;
                    part = true;
                }
                OpAccess::None | OpAccess::NoMemAccess => {}
                _ => reads = true,
            }
        }
        (reads, whole, part)
    }

    /// The range of the value of `index` (a register) just before
    /// `insns[at]`: from the last instruction that wrote it on the straight
    /// line, when that is `and $imm`, `movzx` or `mov $imm`.
    fn range_before(&mut self, at: usize, index: Register) -> Option<(i64, i64)> {
        let reg = index.full_register();
        if !index.is_gpr64() {
            return None;
        }
        if (self.is_label)(self.insns[at].ip()) {
            return None;
        }
        for k in (at.saturating_sub(RANGE_LOOKBACK)..at).rev() {
            let ins = self.insns[k];
            if ins.flow_control() != iced_x86::FlowControl::Next
                && ins.flow_control() != iced_x86::FlowControl::ConditionalBranch
            {
                return None;
            }
            let (_, whole, part) = self.uses(&ins, reg);
            if part {
                return None;
            }
            if whole {
                return bound_written(&ins, reg);
            }
            if (self.is_label)(ins.ip()) {
                return None;
            }
        }
        None
    }
}

/// The range an instruction that writes all of `reg` leaves in it, when it
/// is one of the bounding forms.
fn bound_written(ins: &Instruction, reg: Register) -> Option<(i64, i64)> {
    if ins.op0_kind() != OpKind::Register || ins.op0_register().full_register() != reg {
        return None;
    }
    let dest = ins.op0_register();
    match ins.mnemonic() {
        // `and $imm, %r32` zero-extends; `and $imm, %r64` with a positive
        // (sign-extended) immediate clears the sign.
        Mnemonic::And if is_immediate(ins.op1_kind()) => {
            let imm = if dest.is_gpr32() {
                ins.immediate(1) & 0xffff_ffff
            } else {
                ins.immediate(1)
            } as i64;
            (imm >= 0).then_some((0, imm))
        }
        Mnemonic::Movzx => {
            let bits = if ins.op1_kind() == OpKind::Register {
                ins.op1_register().size() * 8
            } else {
                ins.memory_size().size() * 8
            };
            (bits <= 16).then(|| (0, (1i64 << bits) - 1))
        }
        Mnemonic::Mov if is_immediate(ins.op1_kind()) => {
            let v = if dest.is_gpr32() {
                ins.immediate(1) & 0xffff_ffff
            } else {
                ins.immediate(1)
            } as i64;
            Some((v, v))
        }
        _ => None,
    }
}

fn is_immediate(kind: OpKind) -> bool {
    matches!(
        kind,
        OpKind::Immediate8
            | OpKind::Immediate16
            | OpKind::Immediate32
            | OpKind::Immediate64
            | OpKind::Immediate8to16
            | OpKind::Immediate8to32
            | OpKind::Immediate8to64
            | OpKind::Immediate32to64
    )
}

/// Whether `ins` reads `reg` other than through its explicit operands
/// (`mul`'s `%rax`, `cmpxchg`'s `%rax`, `cpuid`): an address read so escapes.
fn implicit_use(ins: &Instruction, reg: Register) -> bool {
    let mut info = InstructionInfoFactory::new();
    let explicit_base = ins.memory_base() == reg;
    let reads = info
        .info(ins)
        .used_registers()
        .iter()
        .filter(|u| {
            u.register().full_register() == reg
                && !matches!(u.access(), OpAccess::Write | OpAccess::None)
        })
        .count();
    // The memory base counts once.
    reads > usize::from(explicit_base)
}

/// The alignment an access needs to be what it is: SSE's aligned moves and
/// 16-byte legacy-SSE operands fault when misaligned; a locked access split
/// over cache lines traps with split-lock detection; `cmpxchg16b`,
/// `fxsave` and `xsave` fault.
fn alignment_needed(ins: &Instruction) -> Option<u64> {
    let size = ins.memory_size().size() as u64;
    use Mnemonic::*;
    match ins.mnemonic() {
        Movaps | Movapd | Movdqa | Movntps | Movntpd | Movntdq | Movntdqa | Vmovaps | Vmovapd
        | Vmovdqa | Vmovdqa32 | Vmovdqa64 | Vmovntps | Vmovntpd | Vmovntdq | Vmovntdqa => {
            Some(size)
        }
        Cmpxchg16b | Fxsave | Fxsave64 | Fxrstor | Fxrstor64 => Some(16),
        Xsave | Xsave64 | Xsaveopt | Xsaveopt64 | Xsavec | Xsavec64 | Xsaves | Xsaves64
        | Xrstor | Xrstor64 | Xrstors | Xrstors64 => Some(64),
        Movups | Movupd | Movdqu | Lddqu => None,
        _ if ins.encoding() == EncodingKind::Legacy
            && size == 16
            && (0..ins.op_count())
                .any(|i| ins.op_kind(i) == OpKind::Register && ins.op_register(i).is_xmm()) =>
        {
            Some(16)
        }
        _ if ins.has_lock_prefix() || ins.mnemonic() == Xchg => Some(size),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced_x86::{Decoder, DecoderOptions};

    fn decode(bytes: &[u8]) -> Vec<Instruction> {
        let mut d = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
        let mut v = Vec::new();
        while d.can_decode() {
            v.push(d.decode());
        }
        v
    }

    fn no_labels(_: u64) -> bool {
        false
    }

    #[test]
    fn masked_index_bounds_a_table_read() {
        // andl $7,%edi; leaq 0(%rip),%rcx; movl (%rcx,%rdi,4),%eax; ret
        let insns = decode(&[
            0x83, 0xe7, 0x07, 0x48, 0x8d, 0x0d, 0, 0, 0, 0, 0x8b, 0x04, 0xb9, 0xc3,
        ]);
        let w = window(&insns, 1, Field::Displacement, &no_labels);
        assert_eq!(
            w,
            Window::Bounded(Bounded {
                lo: 0,
                hi: 32,
                aligned: vec![],
                indexed: true
            })
        );
    }

    #[test]
    fn a_join_between_mask_and_read_loses_the_range() {
        let insns = decode(&[
            0x83, 0xe7, 0x07, 0x48, 0x8d, 0x0d, 0, 0, 0, 0, 0x8b, 0x04, 0xb9, 0xc3,
        ]);
        // Something jumps to the lea: the read at 10 is on the straight line
        // from it, but the mask is not.
        let w = window(&insns, 1, Field::Displacement, &|ip| ip == 3);
        assert_eq!(w, Window::Escapes);
    }

    #[test]
    fn an_address_returned_escapes() {
        // leaq 0(%rip),%rax; ret
        let insns = decode(&[0x48, 0x8d, 0x05, 0, 0, 0, 0, 0xc3]);
        assert_eq!(
            window(&insns, 0, Field::Displacement, &no_labels),
            Window::Escapes
        );
    }

    #[test]
    fn a_displacement_through_the_register_counts() {
        // leaq 0(%rip),%rax; movl 4(%rax),%eax; ret
        let insns = decode(&[0x48, 0x8d, 0x05, 0, 0, 0, 0, 0x8b, 0x40, 0x04, 0xc3]);
        assert_eq!(
            window(&insns, 0, Field::Displacement, &no_labels),
            Window::Bounded(Bounded {
                lo: 4,
                hi: 8,
                aligned: vec![],
                indexed: false
            })
        );
    }

    #[test]
    fn an_address_passed_to_a_call_escapes() {
        // leaq 0(%rip),%rdi; call 0; ret
        let insns = decode(&[0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0xe8, 0, 0, 0, 0, 0xc3]);
        assert_eq!(
            window(&insns, 0, Field::Displacement, &no_labels),
            Window::Escapes
        );
    }
}
