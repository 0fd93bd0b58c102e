//! The common encodings of compiled x86-64 code, read without iced-x86's full
//! decode: what the reading of a whole linked image asks of each of its
//! millions of instructions (its length, where a direct jump or call goes, a
//! RIP-relative address, an immediate that may be an address, how control
//! goes on). Everything else is `None` and iced-x86 decodes it as before: a
//! prefix or opcode not listed here, bytes that end early, and any
//! instruction that names %rsp as a register (it may write it) or loads
//! %rbp (it may copy %rsp there). So an instruction taken here is one the
//! quick look passes over. `input::entries::lean_references_disagree` and
//! `analysis::scan::lean_quick_look_disagrees` hold each encoding taken to
//! what iced-x86's decode of it gives the reading and the quick look
//! (`tests/lean_decode.rs` tries every opcode with every ModRM byte behind
//! the prefixes taken, and more).

use iced_x86::FlowControl;

/// What the reading needs of one instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lean {
    /// Its length in bytes.
    pub len: u8,
    /// How control goes on after it, as iced-x86 tells it.
    pub flow: FlowControl,
    /// A direct jump's, conditional jump's or call's displacement, from the
    /// end of the instruction.
    pub branch: Option<i32>,
    /// A RIP-relative memory operand's displacement, from the end of the
    /// instruction.
    pub rip_displacement: Option<i32>,
    /// A 32-bit immediate (sign-extended, as iced-x86 gives
    /// `Immediate32to64` and the reading takes `Immediate32`) or a 64-bit
    /// one: in a linked image possibly an absolute address.
    pub wide_immediate: Option<u64>,
}

impl Lean {
    /// A branch's target when the instruction lies at `pos` (decoded at
    /// address 0, as the reading decodes a piece of code).
    pub fn branch_target(&self, pos: u64) -> Option<u64> {
        let end = pos.wrapping_add(u64::from(self.len));
        self.branch.map(|d| end.wrapping_add(d as i64 as u64))
    }

    /// The RIP-relative operand's address when the instruction lies at `pos`.
    pub fn rip_relative_address(&self, pos: u64) -> Option<u64> {
        let end = pos.wrapping_add(u64::from(self.len));
        self.rip_displacement
            .map(|d| end.wrapping_add(d as i64 as u64))
    }
}

/// The most legacy prefixes taken before an instruction (compilers' padding
/// `nopw %cs:0(%rax,%rax,1)` has two or three).
const MAX_PREFIXES: usize = 3;

/// How an opcode's operands are encoded, as far as its length and the
/// places it names go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// No ModRM, no immediate.
    Bare,
    /// ModRM, then this many immediate bytes (`IMM_Z`: 2 or 4 by operand size).
    ModRm(u8),
    /// No ModRM, this many immediate bytes (`IMM_Z`: as above).
    Imm(u8),
    /// A direct branch with this many displacement bytes.
    Branch(u8),
}

/// An immediate of 2 bytes with a 16-bit operand size, else 4.
const IMM_Z: u8 = 0xff;

/// Reads one instruction from the start of `bytes`, or None where iced-x86
/// must (see the module's comment).
pub fn decode(bytes: &[u8]) -> Option<Lean> {
    // Padding, read first: `nop` and `int3` are one byte whatever follows.
    match bytes.first() {
        Some(0x90) => return Some(plain(1, FlowControl::Next)),
        Some(0xcc) => return Some(plain(1, FlowControl::Interrupt)),
        _ => {}
    }
    let mut at = 0usize;
    let mut operand_16 = false;
    let mut repeat = false;
    loop {
        match *bytes.get(at)? {
            0x66 => operand_16 = true,
            // Segments change no length and no place named RIP-relative.
            0x26 | 0x2e | 0x36 | 0x3e | 0x64 | 0x65 => {}
            0xf3 => repeat = true,
            _ => break,
        }
        at += 1;
        if at > MAX_PREFIXES {
            return None;
        }
    }
    let prefixed = at > 0;
    let rex = match *bytes.get(at)? {
        b @ 0x40..=0x4f => {
            at += 1;
            b
        }
        _ => 0,
    };
    let (w, r, b) = (rex & 8 != 0, (rex >> 2) & 1, rex & 1);
    let op = *bytes.get(at)?;
    at += 1;
    if repeat {
        // `pause` and `endbr64` only: with f3 other opcodes are other
        // instructions.
        return match (op, bytes.get(at..at + 2)) {
            (0x90, _) if at == 2 && rex == 0 => Some(plain(2, FlowControl::Next)),
            (0x0f, Some([0x1e, 0xfa])) if at == 2 && rex == 0 => Some(plain(4, FlowControl::Next)),
            _ => None,
        };
    }
    // A register coded in the opcode's low bits.
    let opcode_register = (op & 7) | (b << 3);
    // The second opcode byte after 0f (0 for a one-byte opcode).
    let mut op2 = 0u8;
    let (form, flow) = if op == 0x0f {
        op2 = *bytes.get(at)?;
        at += 1;
        match op2 {
            0x0b => (Form::Bare, FlowControl::Exception),
            0x1f => (Form::ModRm(0), FlowControl::Next),
            0x40..=0x4f
            | 0x90..=0x9f
            | 0xa3
            | 0xa5
            | 0xab
            | 0xad
            | 0xaf
            | 0xb3
            | 0xb6
            | 0xb7
            | 0xbb
            | 0xbe
            | 0xbf => (Form::ModRm(0), FlowControl::Next),
            0xa4 | 0xac => (Form::ModRm(1), FlowControl::Next),
            0xba => (Form::ModRm(1), FlowControl::Next),
            0x80..=0x8f if !prefixed => (Form::Branch(4), FlowControl::ConditionalBranch),
            _ => return None,
        }
    } else {
        match op {
            0x00..=0x3f => match op & 7 {
                0..=3 => (Form::ModRm(0), FlowControl::Next),
                4 => (Form::Imm(1), FlowControl::Next),
                5 => (Form::Imm(IMM_Z), FlowControl::Next),
                _ => return None,
            },
            0x50..=0x5f if opcode_register != 4 && !operand_16 => (Form::Bare, FlowControl::Next),
            0x63 | 0x84..=0x8b | 0x8d => (Form::ModRm(0), FlowControl::Next),
            0x68 if !operand_16 => (Form::Imm(4), FlowControl::Next),
            0x69 | 0x81 => (Form::ModRm(IMM_Z), FlowControl::Next),
            0x6a if !operand_16 => (Form::Imm(1), FlowControl::Next),
            0x6b | 0x80 | 0x83 | 0xc0 | 0xc1 => (Form::ModRm(1), FlowControl::Next),
            0x70..=0x7f if !prefixed && rex == 0 => {
                (Form::Branch(1), FlowControl::ConditionalBranch)
            }
            0x90 if !operand_16 => (Form::Bare, FlowControl::Next),
            0x91..=0x97 if opcode_register != 4 => (Form::Bare, FlowControl::Next),
            0x98 | 0x99 => (Form::Bare, FlowControl::Next),
            0xa8 => (Form::Imm(1), FlowControl::Next),
            0xa9 => (Form::Imm(IMM_Z), FlowControl::Next),
            0xb0..=0xb7 if opcode_register != 4 => (Form::Imm(1), FlowControl::Next),
            0xb8..=0xbf if opcode_register != 4 => {
                let len = if w {
                    8
                } else if operand_16 {
                    2
                } else {
                    4
                };
                (Form::Imm(len), FlowControl::Next)
            }
            0xc3 if !prefixed && rex == 0 => (Form::Bare, FlowControl::Return),
            0xc6 => (Form::ModRm(1), FlowControl::Next),
            0xc7 => (Form::ModRm(IMM_Z), FlowControl::Next),
            0xcc if !prefixed && rex == 0 => (Form::Bare, FlowControl::Interrupt),
            0xd0..=0xd3 | 0xf6 | 0xf7 | 0xfe | 0xff => (Form::ModRm(0), FlowControl::Next),
            0xe8 if !prefixed => (Form::Branch(4), FlowControl::Call),
            0xe9 if !prefixed => (Form::Branch(4), FlowControl::UnconditionalBranch),
            0xeb if !prefixed => (Form::Branch(1), FlowControl::UnconditionalBranch),
            _ => return None,
        }
    };
    let imm_z = if operand_16 && !w { 2 } else { 4 };
    let (mut immediate, mut flow) = (0u8, flow);
    let mut rip_displacement = None;
    match form {
        Form::Bare => {}
        Form::Imm(n) => immediate = if n == IMM_Z { imm_z } else { n },
        Form::Branch(n) => {
            let field = bytes.get(at..at + n as usize)?;
            let displacement = match n {
                1 => field[0] as i8 as i32,
                _ => i32::from_le_bytes(field.try_into().ok()?),
            };
            at += n as usize;
            return finish(bytes, at, flow, Some(displacement), None, None);
        }
        Form::ModRm(n) => {
            let modrm = *bytes.get(at)?;
            at += 1;
            let (mode, reg, rm) = (modrm >> 6, ((modrm >> 3) & 7) | (r << 3), modrm & 7);
            // %rsp named as a register (read or written: `mov %rsp,%rbp`
            // copies it); %rbp loaded (`mov 8(%rsp),%rbp` counts as a copy).
            if reg == 4 || (mode == 3 && (rm | (b << 3)) == 4) {
                return None;
            }
            if matches!(op, 0x8b | 0x8d) && reg == 5 {
                return None;
            }
            let group = (modrm >> 3) & 7;
            // The opcode's own rules for its ModRM: which /digit is which
            // instruction, which take memory only.
            let two_byte = op == 0x0f;
            immediate = if n == IMM_Z { imm_z } else { n };
            match (two_byte, op, op2) {
                (false, 0x8d, _) if mode == 3 => return None,
                (false, 0x8c | 0x8e, _) => return None,
                (false, 0xc6 | 0xc7, _) if group != 0 => return None,
                (false, 0xf6, _) => immediate = if group < 2 { 1 } else { 0 },
                (false, 0xf7, _) => immediate = if group < 2 { imm_z } else { 0 },
                (false, 0xfe, _) if group > 1 => return None,
                (false, 0xff, _) => match group {
                    0 | 1 => {}
                    2 if !operand_16 => flow = FlowControl::IndirectCall,
                    4 if !operand_16 => flow = FlowControl::IndirectBranch,
                    _ => return None,
                },
                (true, _, 0x1f) if group != 0 => return None,
                (true, _, 0xba) if group < 4 => return None,
                _ => {}
            }
            if mode != 3 {
                let mut base = rm;
                if rm == 4 {
                    base = *bytes.get(at)? & 7;
                    at += 1;
                }
                let displacement = match mode {
                    0 if rm == 5 => {
                        let field = bytes.get(at..at + 4)?;
                        rip_displacement = Some(i32::from_le_bytes(field.try_into().ok()?));
                        4
                    }
                    0 if base == 5 => 4,
                    0 => 0,
                    1 => 1,
                    _ => 4,
                };
                at += displacement;
            }
        }
    }
    let wide = match immediate {
        4 => {
            let field = bytes.get(at..at + 4)?;
            Some(i32::from_le_bytes(field.try_into().ok()?) as i64 as u64)
        }
        8 => Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?)),
        _ => None,
    };
    at += immediate as usize;
    finish(bytes, at, flow, None, rip_displacement, wide)
}

/// The instruction that ends at `at`, if iced-x86 would read it whole (at
/// most 15 bytes, all present).
fn finish(
    bytes: &[u8],
    at: usize,
    flow: FlowControl,
    branch: Option<i32>,
    rip_displacement: Option<i32>,
    wide_immediate: Option<u64>,
) -> Option<Lean> {
    (at <= 15 && at <= bytes.len()).then_some(Lean {
        len: at as u8,
        flow,
        branch,
        rip_displacement,
        wide_immediate,
    })
}

fn plain(len: u8, flow: FlowControl) -> Lean {
    Lean {
        len,
        flow,
        branch: None,
        rip_displacement: None,
        wide_immediate: None,
    }
}

/// One instruction of a sweep (`sweep`): read lean, or by iced-x86 (then
/// possibly invalid: bytes that are no instruction).
pub enum Swept<'a> {
    Lean(Lean),
    Iced(&'a iced_x86::Instruction),
}

/// The instructions of `bytes` in the linear sweep `decode::instructions`
/// makes (one byte on past bytes that are no instruction), each read lean
/// where it can be and by iced-x86 otherwise, handed to `visit` with its
/// position until it breaks; but not the one-byte `nop`s and `int3`s of
/// padding (a kernel's text ends in a megabyte of them). The positions are
/// the same as iced-x86's alone gives: an instruction read lean is as long
/// as iced-x86 reads it (`tests/lean_decode.rs`).
pub fn sweep<B>(
    bytes: &[u8],
    mut visit: impl FnMut(usize, Swept<'_>) -> std::ops::ControlFlow<B>,
) -> Option<B> {
    let mut decoder = iced_x86::Decoder::new(64, bytes, iced_x86::DecoderOptions::NONE);
    let mut ins = iced_x86::Instruction::default();
    let mut pos = 0usize;
    while pos < bytes.len() {
        let padding = bytes[pos..]
            .iter()
            .take_while(|&&b| matches!(b, 0x90 | 0xcc))
            .count();
        if padding > 0 {
            pos += padding;
            continue;
        }
        let at = pos;
        let seen = if let Some(lean) = decode(&bytes[pos..]) {
            pos += usize::from(lean.len);
            visit(at, Swept::Lean(lean))
        } else {
            // (`pos` is below the length: in range.)
            let _ = decoder.set_position(pos);
            decoder.set_ip(pos as u64);
            decoder.decode_out(&mut ins);
            pos += if ins.is_invalid() { 1 } else { ins.len() };
            visit(at, Swept::Iced(&ins))
        };
        if let std::ops::ControlFlow::Break(b) = seen {
            return Some(b);
        }
    }
    None
}
