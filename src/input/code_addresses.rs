//! A code address computed by arithmetic and then used to transfer control:
//! `lea f(%rip),%rax; add $0x13,%rax; call *%rax` (or `(char *)f + off` in C)
//! enters `f` at a place no relocation, symbol or jump names, with a state
//! `f`'s own paths never saw. Every claim rests on code being entered only
//! where the file points (`entries`); this is the part of that premise rspill
//! can check.
//!
//! Within one function: a register loaded with an address of this module's
//! code (RIP-relative `lea`, an immediate, a GOT load, a load of a field of
//! data a relocation fills with one) holds a *code address*;
//! moves carry it. Any other instruction that reads a code address (or a
//! value computed from one) and writes a register leaves a *computed* value
//! there (`add`, `xor`, a `lea` with a displacement or index). A computed value
//! that is called or jumped through (directly, or by the register a retpoline
//! thunk's name says), pushed (for a `ret`, `iret`), stored to memory (where
//! anything may later use it) or in any register when control goes to other
//! code of the module (a call, a tail call, an indirect call, a `ret`, the
//! end of a function falling into the next: that code may call through it)
//! makes the whole module a place entered anywhere.
//! A computed value only tested, as KMSAN's shadow checks of a comparison with
//! a function pointer do (`xor`, `not`, `and`, `je`), enters nothing.
//!
//! Stack slots (`disp(%rbp)`, `disp(%rsp)`) are followed too: unoptimised C
//! keeps a function pointer in one between statements (`p = f; p +=
//! off; p();`). A computed value stored there is a use like any store: a
//! slot may be read back by ways not followed (`movsq`, through %rsp when it
//! was stored through %rbp, through a pointer to it).
//!
//! A second reading (`all_values`, for functions that branch through a
//! register or slot) follows every value, not only code addresses: what a
//! function is handed, loads from memory or gets back from a call is taken
//! as a place code may go (a function pointer), and a value computed by
//! arithmetic from one that is branched through (`mov gp(%rip),%rax; add
//! $0x13,%rax; call *%rax`; a helper adding to the pointer in %rdi before
//! calling it) may be any place too. It follows where the stack is
//! (`StackPlaces`: %rsp's depth below its place at entry, the stack
//! addresses registers and slots hold), so that %rsp written back from a
//! register, as KMSAN's code does, keeps the slots; `BranchesThroughValues`
//! says which functions need it.
//!
//! The first reading follows each piece of code's paths (`first_reading`)
//! and what the module's functions hand one another in registers, as
//! arguments and as results (`across_calls`). A value kept in memory other
//! than a stack slot named by %rbp or %rsp, handed to a function outside the
//! module, or handed to a function of the module through an indirect call,
//! is not seen (README, "How the proof works").

use crate::analysis::stack::{is_cmov, is_zeroing_idiom};
use crate::input::address_order_writes::AddressOrderWrites;
use crate::input::elf::{CodeSection, Module};
use crate::input::first_reading::Held;
use crate::input::frame_written::FrameWritten;
use crate::input::stack_slots::{SlotKey, StackSlots};
use iced_x86::{
    Decoder, DecoderOptions, FlowControl, Instruction, InstructionInfoFactory, Mnemonic, OpAccess,
    OpKind, Register, UsedMemory, UsedRegister,
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
    slots: StackSlots<bool>,
    /// A slot not listed may hold a computed value: one that did was
    /// forgotten (%rsp or %rbp written in a way not followed, or the
    /// slots given up at a place paths reach too often).
    unlisted_computed: bool,
    /// The slots were given up on some path here (`give_up_slots`): a join
    /// takes no slot from another path, only whether one was computed.
    slots_given_up: bool,
    /// Following every value: carriers other than registers and slots that
    /// may hold part of a computed value (blind review 65).
    carriers: Carriers,
    info: InfoMemo,
    /// A computed value used: later instructions need no look.
    seen: bool,
    /// Every value followed (see the module's comment): one of unknown
    /// origin counts as a code address, and only branches use.
    all_values: bool,
    /// The length of the code read (decoded from position 0): a jump to a
    /// place past it leaves the function.
    extent: Option<u64>,
    /// Following every value: where the stack is (`StackPlaces`), so that
    /// %rsp written back from a register (`mov %rsp,%rax` ... `mov
    /// %rax,%rsp`, as KMSAN's code does) keeps the slots where they are.
    stack: StackPlaces,
}

/// Where a computed value may be kept that is neither a general register nor
/// a stack slot.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Carriers {
    /// The carry flag (and the others), set from a computed value: `adc`,
    /// `sbb`, `rcl` take it into what they compute (`bt %rdx,%rax; adc
    /// %rcx,%rcx` copies %rax bit by bit).
    flags: bool,
    /// A register of another kind (debug, control, mask, segment, x87) or
    /// a model-specific one (`wrmsr`, `wrfsbase`, `wrpkru`) given one: what
    /// is read back from any of them may be it.
    elsewhere: bool,
}

/// Places on the stack, as depths below %rsp at the function's entry
/// (`None`: not known), in the reading along paths.
#[derive(Clone, Default, PartialEq, Eq)]
struct StackPlaces {
    rsp: Option<i64>,
    /// The stack address each register holds (`Register::RAX` = 0).
    regs: [Option<i64>; 16],
    /// Slots holding a stack address (`disp(%rsp)`, `disp(%rbp)` as
    /// written, like `CodeAddresses::slots`).
    slots: StackSlots<i64>,
    /// The direction flag (`std`, `cld`): where a string instruction
    /// moves %rdi and %rsi.
    df_set: Option<bool>,
    /// A stack address went where it is not followed (a vector or MMX
    /// register): a write through a register not known to hold one may
    /// reach any slot.
    escaped: bool,
    /// Registers (bit per `Register::RAX` = 0 ...) that may hold a stack
    /// address this reading does not place: one held on one path and not
    /// the same on another (a pointer walking a local array round a loop,
    /// %rbp a frame pointer on one path and `lea 0x10(%rsp),%rbp` on the
    /// other), computed from one (`and $-8,%rcx`, `cmov`), taken from %rsp
    /// where %rsp's place is not known, or loaded from a slot that may hold
    /// one. Memory named through one may be any slot (blind review 63).
    lost_regs: u16,
    /// Slots that may hold such an address (named as `slots` are).
    lost_slots: StackSlots<()>,
    /// Some path here starts at code no path from the function's start
    /// reaches (a static key's target, code after a `ret`), read from the
    /// places at entry: which slot is the return address is not known
    /// there (`CodeAddresses::stack_read`).
    from_unreached: bool,
    /// The bytes of the frame every path here wrote: one no path wrote
    /// holds what earlier calls left (`CodeAddresses::frame_read_unwritten`).
    frame: FrameWritten,
    /// The instruction read bytes of the frame no path wrote (the reading
    /// ends there: `OnPaths::UnwrittenRead`).
    read_unwritten: bool,
    /// A return on some path here goes through a slot that is not its
    /// return address and that no path wrote, or lies in the caller's
    /// frame, or one not placed; in hand-written assembly any slot that is
    /// not the return address (`frame_read_unwritten`).
    returns_unwritten: bool,
    /// A callee was handed a stack address on some path here: any later
    /// callee may write the frame through it (one kept it).
    frame_handed: bool,
    /// A stack address below the slot a callee's return address goes to
    /// went where it is not followed (`hands_below_callee`).
    below_escaped: bool,
    /// Reads of the frame where no path wrote are looked for (the reading
    /// asked without them tells which branch a computed value alone makes).
    follows_frame: bool,
}

/// iced-x86's instruction info for the instruction last asked about: a step
/// asks several questions of one instruction (its stack effect, the slots it
/// reads, the registers it reads), and computing the info anew for each was
/// a twentieth of a build directory's scan. Keyed by the whole instruction
/// and its address (a RIP-relative operand's place depends on it). What it
/// keeps is copied into buffers it reuses: a copy of the info allocates,
/// once per instruction read.
///
/// Made for one piece of code (`for_code`), it holds every instruction's
/// info from the start: the reading along paths reads a block again each
/// time what enters it grows (twice per instruction in a KMSAN build), and
/// the info of an instruction asked about again there was computed again,
/// and the instruction compared whole on every question.
#[derive(Default)]
pub struct InfoMemo {
    factory: Option<InstructionInfoFactory>,
    last: Option<Instruction>,
    info: MemoInfo,
    code: Option<Box<CodeInfos>>,
}

/// The part of iced-x86's `InstructionInfo` the readings ask about.
#[derive(Default)]
struct MemoInfo {
    registers: Vec<UsedRegister>,
    memory: Vec<UsedMemory>,
    /// Each operand's access (`InstructionInfo::op_access`).
    operands: [OpAccess; 5],
}

/// What `InfoMemo::info` answers: a view of the info kept.
#[derive(Clone, Copy)]
pub struct MemoView<'a> {
    registers: &'a [UsedRegister],
    memory: &'a [UsedMemory],
    operands: [OpAccess; 5],
}

impl<'a> MemoView<'a> {
    pub fn used_registers(&self) -> &'a [UsedRegister] {
        self.registers
    }

    pub fn used_memory(&self) -> &'a [UsedMemory] {
        self.memory
    }

    pub fn op0_access(&self) -> OpAccess {
        self.operands[0]
    }

    pub fn op_access(&self, operand: u32) -> OpAccess {
        self.operands
            .get(operand as usize)
            .copied()
            .unwrap_or(OpAccess::None)
    }
}

/// The info of every instruction of one piece of code decoded at address 0
/// (so that an instruction's address is its position), in flat buffers.
struct CodeInfos {
    /// By position: 1 + the index of the instruction starting there in
    /// `entries` (0: none does).
    at: Vec<u32>,
    entries: Vec<CodeInfo>,
    registers: Vec<UsedRegister>,
    memory: Vec<UsedMemory>,
}

struct CodeInfo {
    /// What the instruction is, checked on each question (an instruction
    /// that is not the one decoded there is answered by the factory).
    code: iced_x86::Code,
    len: usize,
    registers: std::ops::Range<usize>,
    memory: std::ops::Range<usize>,
    operands: [OpAccess; 5],
    #[cfg(debug_assertions)]
    ins: Instruction,
}

fn operand_accesses(info: &iced_x86::InstructionInfo) -> [OpAccess; 5] {
    [
        info.op0_access(),
        info.op1_access(),
        info.op2_access(),
        info.op3_access(),
        info.op4_access(),
    ]
}

impl InfoMemo {
    /// A memo holding the info of each of `code`'s instructions (decoded at
    /// address 0 from `len` bytes: each at its position).
    pub fn for_code(code: &[(usize, Instruction)], len: usize) -> InfoMemo {
        let mut factory = InstructionInfoFactory::new();
        let mut infos = CodeInfos {
            at: vec![0; len],
            entries: Vec::with_capacity(code.len()),
            registers: Vec::with_capacity(code.len() * 3),
            memory: Vec::with_capacity(code.len()),
        };
        for (pos, ins) in code {
            if ins.ip() != *pos as u64 || *pos >= len {
                continue;
            }
            let info = factory.info(ins);
            let registers =
                infos.registers.len()..infos.registers.len() + info.used_registers().len();
            infos.registers.extend_from_slice(info.used_registers());
            let memory = infos.memory.len()..infos.memory.len() + info.used_memory().len();
            infos.memory.extend_from_slice(info.used_memory());
            infos.entries.push(CodeInfo {
                code: ins.code(),
                len: ins.len(),
                registers,
                memory,
                operands: operand_accesses(info),
                #[cfg(debug_assertions)]
                ins: *ins,
            });
            infos.at[*pos] = infos.entries.len() as u32;
        }
        InfoMemo {
            factory: Some(factory),
            code: Some(Box::new(infos)),
            ..InfoMemo::default()
        }
    }

    pub fn info(&mut self, ins: &Instruction) -> MemoView<'_> {
        if let Some(infos) = &self.code {
            let held = usize::try_from(ins.ip())
                .ok()
                .and_then(|pos| infos.at.get(pos))
                .and_then(|&k| infos.entries.get((k as usize).checked_sub(1)?))
                .filter(|e| e.code == ins.code() && e.len == ins.len());
            if let Some(e) = held {
                #[cfg(debug_assertions)]
                debug_assert!(e.ins == *ins && e.ins.ip() == ins.ip(), "{ins}");
                return MemoView {
                    registers: &infos.registers[e.registers.clone()],
                    memory: &infos.memory[e.memory.clone()],
                    operands: e.operands,
                };
            }
        }
        let same = self
            .last
            .as_ref()
            .is_some_and(|l| l == ins && l.ip() == ins.ip() && l.len() == ins.len());
        if !same {
            let info = self
                .factory
                .get_or_insert_with(InstructionInfoFactory::new)
                .info(ins);
            let kept = &mut self.info;
            kept.registers.clear();
            kept.registers.extend_from_slice(info.used_registers());
            kept.memory.clear();
            kept.memory.extend_from_slice(info.used_memory());
            kept.operands = operand_accesses(info);
            self.last = Some(*ins);
        }
        MemoView {
            registers: &self.info.registers,
            memory: &self.info.memory,
            operands: self.info.operands,
        }
    }
}

/// A copy of what is held where (the decoder's scratch is not copied).
impl Clone for CodeAddresses {
    fn clone(&self) -> Self {
        CodeAddresses {
            code: self.code,
            computed: self.computed,
            slots: self.slots.clone(),
            unlisted_computed: self.unlisted_computed,
            slots_given_up: self.slots_given_up,
            carriers: self.carriers,
            info: InfoMemo::default(),
            seen: self.seen,
            all_values: self.all_values,
            extent: self.extent,
            stack: self.stack.clone(),
        }
    }
}

/// The largest %rsp displacement of a slot handed to a callee or back to a
/// caller (`plain_slots`): stack arguments and the frame next to them. A
/// bound keeps recursion from handing ever deeper slots round its cycle.
const MAX_HANDED_SLOT: i64 = 256;

/// The largest %rsp displacement a slot is followed at.
const MAX_FRAME: u64 = 1 << 16;

/// Blocks read per block of a function before the reading along paths
/// gives up (and every place counts as a way in).
const MAX_ROUNDS: usize = 64;

/// Paths joined at one place before its slots are given up
/// (`give_up_slots`).
const JOINS_BEFORE_GIVING_UP_SLOTS: u32 = 64;

/// The registers a call hands its arguments in (SysV).
const ARGUMENTS: [Register; 6] = [
    Register::RDI,
    Register::RSI,
    Register::RDX,
    Register::RCX,
    Register::R8,
    Register::R9,
];

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
    /// The reading that follows every value: what the function is handed
    /// (every register but %rsp) may be a code address.
    pub fn all_values() -> Self {
        CodeAddresses {
            code: !bit(Register::RSP) & 0xffff,
            all_values: true,
            stack: StackPlaces {
                rsp: Some(0),
                df_set: Some(false),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    /// The first reading from a function's entry, where the module's code
    /// hands it code addresses (`across_calls`).
    pub fn handed(handed: &Held) -> Self {
        let mut state = CodeAddresses {
            code: handed.regs & !bit(Register::RSP),
            ..Default::default()
        };
        for &key in &handed.slots {
            state.slots.insert(key, false);
        }
        state
    }

    /// The slots holding a plain code address, `disp(%rsp)` named as %rsp
    /// `by` bytes lower names them (`disp(%rbp)` as they are).
    pub fn plain_slots(&self, by: i64) -> Vec<SlotKey> {
        if self.seen {
            return Vec::new();
        }
        let mut slots: Vec<SlotKey> = self
            .slots
            .iter()
            .filter(|&&(base, disp, computed)| !computed && (base == Register::RBP || disp >= 0))
            .map(|&(base, disp, _)| match base {
                Register::RSP => (base, disp.wrapping_add(by)),
                _ => (base, disp),
            })
            .filter(|&(base, disp)| base == Register::RBP || (0..=MAX_HANDED_SLOT).contains(&disp))
            .collect();
        slots.sort_unstable();
        slots
    }

    /// Where a function called here finds code addresses at its entry: the
    /// registers, the slots above %rsp (8 further up, past the return
    /// address: stack arguments, the caller's frame), %rbp's.
    pub fn held_for_callee(&self) -> Held {
        Held {
            regs: self.plain(),
            slots: self.plain_slots(8),
        }
    }

    /// What the caller finds after its call when this returns here: the
    /// registers. (A code address written into the caller's frame is a use,
    /// `written_into_caller_frame`: a callee's slots would reach every
    /// caller, at places that are other variables of theirs.)
    pub fn held_for_caller(&self) -> Held {
        Held {
            regs: self.plain(),
            slots: Vec::new(),
        }
    }

    /// Whether a slot of the caller's frame (past the return address) holds
    /// a plain code address it was not handed (`entry`) at a `ret`.
    pub fn written_into_caller_frame(&self, entry: &Held) -> bool {
        !self.seen
            && self.slots.iter().any(|&(base, disp, computed)| {
                !computed
                    && base == Register::RSP
                    && disp >= 8
                    && entry.slots.binary_search(&(base, disp)).is_err()
            })
    }

    /// Whether a value computed from a code address is in the caller's
    /// frame at a `ret` (past the return address, or named by %rbp), or may
    /// be in a slot not listed.
    pub fn caller_frame_computed(&self) -> bool {
        !self.seen
            && (self.unlisted_computed
                || self.slots.iter().any(|&(base, disp, computed)| {
                    computed && (base == Register::RBP || disp >= 8)
                }))
    }

    /// The registers holding a code address as it was taken (none once a
    /// computed one was used: the module is entered anywhere anyway).
    pub fn plain(&self) -> u32 {
        if self.seen {
            0
        } else {
            self.code & !self.computed
        }
    }

    /// Whether the slot a `ret` returns through holds a code address.
    pub fn top_is_code_address(&self) -> bool {
        self.slot((Register::RSP, 0)).is_some()
    }

    /// A callee handed back code addresses (a computed value stays one).
    pub fn add_plain(&mut self, returned: &Held) {
        self.code |= returned.regs & !self.computed & !bit(Register::RSP);
        for &key in &returned.slots {
            if self.slots.get(key).is_none() {
                self.slots.insert(key, false);
            }
        }
    }

    /// What `other` (the only paths into a place) holds, as this reading
    /// goes on there.
    pub fn take_values(&mut self, other: Self) {
        let info = std::mem::take(&mut self.info);
        let (seen, extent) = (self.seen, self.extent);
        *self = other;
        self.info = info;
        self.seen |= seen;
        self.extent = extent;
    }

    /// What may be held where on some path into a place (`self`) joined
    /// with what `other` (another path) holds; whether that changed.
    pub fn join(&mut self, other: &Self) -> bool {
        let before = (
            self.code,
            self.computed,
            self.unlisted_computed,
            self.slots_given_up,
        );
        let carriers_before = self.carriers;
        self.carriers.flags |= other.carriers.flags;
        self.carriers.elsewhere |= other.carriers.elsewhere;
        let carriers_changed = self.carriers != carriers_before;
        self.code |= other.code;
        self.computed |= other.computed;
        self.unlisted_computed |= other.unlisted_computed;
        let stack_changed = self.stack.meet(&other.stack) || carriers_changed;
        if other.slots_given_up {
            self.give_up_slots();
        }
        if self.slots_given_up {
            self.unlisted_computed |= other.slots.iter().any(|s| s.2);
            return stack_changed
                || before
                    != (
                        self.code,
                        self.computed,
                        self.unlisted_computed,
                        self.slots_given_up,
                    );
        }
        let changed = stack_changed
            || before
                != (
                    self.code,
                    self.computed,
                    self.unlisted_computed,
                    self.slots_given_up,
                );
        // A slot holds a computed value when it may on either path; one
        // this path does not list holds one when `unlisted_computed` says.
        let unlisted = self.unlisted_computed.then_some(true);
        let taken = self
            .slots
            .join_from(&other.slots, |mine, theirs| match mine.or(unlisted) {
                Some(mine) if mine >= theirs => None,
                _ => Some(theirs),
            });
        // As `set_slot`: a slot written holds no stack address followed.
        self.stack.slots.remove_all(&taken);
        // A slot this path lists as holding a code address and the other
        // does not list holds a computed value there when the other's
        // unlisted slots may: the join must say so whichever path came
        // first (kept as it was, the answer depended on the order the
        // paths were read in, and one order missed a computed value).
        let mut upgraded = false;
        if other.unlisted_computed {
            let only_here: Vec<SlotKey> = self
                .slots
                .iter()
                .filter(|s| !s.2 && !other.slots.contains_key((s.0, s.1)))
                .map(|s| (s.0, s.1))
                .collect();
            upgraded = !only_here.is_empty();
            for key in only_here {
                self.slots.insert(key, true);
            }
        }
        changed || !taken.is_empty() || upgraded
    }

    /// What a register holds after a value of unknown origin (a load, a
    /// call's result) is put there.
    fn unknown(&self) -> Option<bool> {
        self.all_values.then_some(false)
    }

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
        let unrelocated_code_place = unrelocated_code_place && module.follows_own_code_addresses();
        let loaded = if unrelocated_code_place && ins.mnemonic() == Mnemonic::Lea {
            Some(ins.op0_register())
        } else {
            loads_code_address(module, section, off, ins)
                .or_else(|| loads_held_code_address(module, section, off, ins))
        };
        // `movq $f,-8(%rbp)`, `pushq $f`, `pushq f@GOTPCREL(%rip)`: a code
        // address straight into a slot (`push`: the one at 0(%rsp)), once
        // the store is followed as any (%rsp moved by the push, the bytes
        // of the frame written).
        let code_address_stored = stores_code_address(module, section, off, ins);
        // `call 1f; 1: pop %rax`: the return address it pushes is a code
        // address, and nothing returns to take it off. (A relocated call
        // reads as one to the next instruction too: its field is 0.)
        if module.follows_own_code_addresses()
            && ins.mnemonic() == Mnemonic::Call
            && ins.op0_kind() == OpKind::NearBranch64
            && ins.near_branch_target() == ins.next_ip()
            && section.relocs_in(off, off + ins.len() as u64).is_empty()
        {
            self.set_slot((Register::RSP, 0), Some(false));
            return false;
        }
        // Code patched in over this place (an alternative) or jumped to in
        // `.altinstr_aux` is not read here: a code address in a register
        // may be moved by arithmetic there (`lea g(%rip),%rbx`, then `add
        // $5,%rbx` in the replacement, then `push %rbx; ret`).
        if !self.all_values
            && self.code | self.computed != 0
            && enters_unread_code(module, section, off, ins)
        {
            self.seen = true;
            return true;
        }
        if self.all_values || self.code | self.computed != 0 || !self.slots.is_empty() {
            // A read of the frame where no path wrote (a return through
            // such a slot too) may take a return address an earlier call
            // left there: wherever the value goes next (branched through,
            // stored, returned, handed to a callee: blind reviews 84, 86),
            // it may lead anywhere. Compiled code reads such bytes only on
            // paths it does not take (a variable set under the same
            // condition it is read under): two claims of a KMSAN build
            // directory's 318, once a BUG's `ud2` ends its paths.
            if self.frame_read_unwritten(ins, module.hand_written)
                || self.uses_computed(module, section, off, ins)
            {
                self.seen = true;
                return true;
            }
            // A callee handed the address of the return slot (or above it)
            // may write anything there (`mov %rsp,%rdi; call bump`); one
            // handed an address below %rsp, its own return slot (`lea
            // -8(%rsp),%rdi; call bump`).
            if self.all_values && ins.flow_control() == FlowControl::Call {
                // The slot the call pushes its return address into.
                let below = |d: i64| {
                    self.stack
                        .rsp
                        .is_some_and(|rsp| d > rsp && d <= rsp.wrapping_add(8))
                };
                let handed_top = self
                    .stack
                    .regs
                    .iter()
                    .any(|v| v.is_some_and(|d| d <= 0 || below(d)));
                match self.stack.rsp {
                    Some(rsp) if handed_top => self.set_slot((Register::RSP, rsp), Some(true)),
                    None if handed_top => self.every_slot_computed(),
                    _ => {}
                }
                // A callee handed a stack address (in an argument register,
                // in a slot, or gone where it is not followed), and any
                // after it, may write the frame: what is read after is
                // taken to be what it wrote (compiled code's out-parameters;
                // one that kept the address may write later).
                // (Compiled code's contract: hand-written code makes no such
                // promise, blind review 86.)
                let handed = ARGUMENTS
                    .iter()
                    .any(|&r| self.stack.value(r).is_some() || self.stack.lost(r))
                    || !self.stack.slots.is_empty()
                    || !self.stack.lost_slots.is_empty()
                    || self.stack.escaped;
                self.stack.frame_handed |= handed && !module.hand_written;
                if let Some(rsp) = self.stack.rsp.filter(|_| self.stack.frame_handed) {
                    self.stack.frame.write_frame(rsp);
                }
            }
            let stack_step = self
                .all_values
                .then(|| self.stack.before(ins, &mut self.info));
            if let Some(by) = stack_step.as_ref().and_then(|s| s.rsp_moved_by) {
                self.move_stack(by);
            }
            let rsp_followed = stack_step
                .as_ref()
                .is_some_and(|s| s.rsp_moved_by.is_some());
            // %rbp about to change (`pop %rbp` in an epilogue): its slots,
            // where both registers' places are known, are %rsp's.
            if stack_step
                .as_ref()
                .is_some_and(|s| s.regs.writes(Register::RBP))
                && ins.memory_base() != Register::RBP
                // `leave` reads 0(%rbp) itself.
                && !matches!(ins.mnemonic(), Mnemonic::Leave | Mnemonic::Enter)
            {
                self.rebase_rbp_slots();
            }
            let reloaded = self.follow_slots(ins, rsp_followed);
            self.follow(ins);
            if let Some((r, what)) = reloaded {
                self.set_reg(r, what);
            }
            if let Some(step) = stack_step {
                self.stack.after(step);
            }
        }
        if let Some(r) = loaded {
            self.set_reg(r, Some(false));
        }
        // `add ptr(%rip),%rax`, `cmovz ptr(%rip),%rax`: a held code address
        // taken into arithmetic or a choice (blind review 84) leaves a
        // computed value where the register is written.
        if loaded.is_none()
            // (`lea ptr(%rip)` takes the field's address, reading nothing.)
            && !matches!(ins.mnemonic(), Mnemonic::Mov | Mnemonic::Push | Mnemonic::Lea)
            && ins.op0_kind() == OpKind::Register
            && ins.op0_register().full_register().is_gpr64()
            && (1..ins.op_count()).any(|i| ins.op_kind(i) == OpKind::Memory)
            && self.writes_op0(ins)
            && reads_held_code_address(module, section, off, ins)
        {
            self.set_reg(ins.op0_register(), Some(true));
        }
        if let Some(key) = code_address_stored {
            self.set_slot(key, Some(false));
        }
        false
    }

    /// Following every value: whether `ins` reads the slot the return
    /// address was handed in (by anything but a return), the stack below
    /// %rsp, or the stack through an index, as `BranchesThroughValues`
    /// does in address order, here along paths and through every register
    /// that holds a stack address (after KMSAN's `mov %rax,%rsp`, through
    /// `mov %rsp,%rcx; mov -0x20(%rcx)`, `lodsq`).
    pub fn stack_read(&mut self, ins: &Instruction) -> Option<ReturnAddressRead> {
        if !self.all_values || self.stack.from_unreached || reads_nothing_out(ins) {
            return None;
        }
        // A callee handed an address below %rsp, under the slot its own
        // return address goes to (`lea -24(%rsp),%rdi; call helper`; in any
        // register, a slot, a global or %xmm0: blind review 84), reads there
        // what earlier calls left: no compiled code hands one.
        if matches!(
            ins.flow_control(),
            FlowControl::Call | FlowControl::IndirectCall
        ) && self.stack.hands_below_callee()
        {
            return Some(ReturnAddressRead::HandedBelowStack);
        }
        let mut found = None;
        for m in self.info.info(ins).used_memory() {
            if !reads(m.access()) || found.is_some_and(|f| f != ReturnAddressRead::Indexed) {
                continue;
            }
            let base = m.base().full_register();
            let depth = if base == Register::RSP {
                self.stack.rsp
            } else if base.is_gpr64() {
                self.stack.value(base)
            } else {
                None
            };
            // Through a pointer not known to hold a stack address: the
            // stated limit (memory named through other pointers); through
            // one holding a stack address not placed, as through an index.
            if base != Register::RSP && depth.is_none() {
                if self.stack.lost(base) {
                    found = found.or(Some(ReturnAddressRead::Indexed));
                }
                continue;
            }
            if m.index() != Register::None {
                found = found.or(Some(ReturnAddressRead::Indexed));
                continue;
            }
            // %rsp's place not known on some path here: not placed (the
            // proof's stated limit; README, "Return addresses").
            let Some(depth) = depth else {
                continue;
            };
            let at = (m.displacement() as i64).wrapping_sub(depth);
            // gcc's DRAP prologue (`lea 8(%rsp),%r10; and $-16,%rsp; push
            // -8(%r10)`) copies the return address into the realigned
            // frame for unwinders; that copy is not followed (README).
            let drap_copy =
                ins.mnemonic() == Mnemonic::Push && !matches!(base, Register::RSP | Register::RBP);
            match stack_place_read(at, m.memory_size().size(), self.stack.rsp) {
                Some(ReturnAddressRead::Own) if drap_copy => {}
                Some(how) => found = Some(how),
                None => {}
            }
        }
        found
    }

    /// Following every value: whether `ins` reads the function's own frame
    /// (between %rsp and its place at entry) where some path wrote nothing:
    /// it reads what earlier calls left there, their return addresses among
    /// it (`sub $24,%rsp; pop %rax; jmp *%rax`: blind review 82), a value
    /// `unwritten_read_kept` takes as computed (branched through, a way in
    /// anywhere). Reads below %rsp, of the return address and through an
    /// index are `stack_read`'s.
    fn frame_read_unwritten(&mut self, ins: &Instruction, hand_written: bool) -> bool {
        if !self.all_values || !self.stack.follows_frame || self.stack.from_unreached {
            return false;
        }
        // A return goes where the bytes at %rsp say: the return address
        // only where %rsp is back at its place at entry. Elsewhere they are
        // a slot of the frame no path wrote (`sub $16,%rsp; ret`), its
        // caller's frame, or not known (`sub %rdi,%rsp; ret`: blind review
        // 84); a slot written is followed as any (`push %rax; ret`), but in
        // hand-written assembly, where what was written may come from
        // memory the reading does not follow, it is as computed as an
        // indirect jump (blind review 86).
        if ins.flow_control() == FlowControl::Return {
            let unwritten = match self.stack.rsp {
                Some(0) => false,
                Some(d) if d > 0 && !hand_written => {
                    let at = d.wrapping_neg();
                    let size = self
                        .info
                        .info(ins)
                        .used_memory()
                        .iter()
                        .map(|m| m.memory_size().size() as i64)
                        .sum::<i64>()
                        .max(8);
                    !self.stack.frame.written(at, at.saturating_add(size))
                }
                _ => true,
            };
            self.stack.returns_unwritten |= unwritten;
            return unwritten;
        }
        if reads_nothing_out(ins) {
            return false;
        }
        let Some(rsp) = self.stack.rsp else {
            return false;
        };
        let stack = &self.stack;
        let unwritten = self.info.info(ins).used_memory().iter().any(|m| {
            let base = m.base().full_register();
            let depth = if base.is_gpr64() {
                stack.value(base)
            } else {
                None
            };
            let (true, Register::None, Some(depth)) = (reads(m.access()), m.index(), depth) else {
                return false;
            };
            let at = (m.displacement() as i64).wrapping_sub(depth);
            let size = (m.memory_size().size() as i64).max(1);
            at >= rsp.wrapping_neg() && !stack.frame.written(at, at.saturating_add(size))
        });
        self.stack.read_unwritten |= unwritten;
        unwritten
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
        !self.seen
            && (self.code | self.computed != 0 || !self.slots.is_empty() || self.unlisted_computed)
    }

    /// The stack slot a memory operand names, if it is one rspill follows.
    fn slot_of(ins: &Instruction) -> Option<(Register, i64)> {
        (matches!(ins.memory_base(), Register::RSP | Register::RBP)
            && ins.memory_index() == Register::None)
            .then(|| (ins.memory_base(), ins.memory_displacement64() as i64))
    }

    /// The slot a memory operand names, as followed: following every value
    /// with %rsp's place known, memory named through any register holding a
    /// known stack address (%rbp as a frame pointer, `mov %rsp,%rax; mov
    /// %rcx,(%rax)`) is named through %rsp, so that one slot has one name.
    fn key_of(&self, ins: &Instruction) -> Option<(Register, i64)> {
        if !self.all_values {
            return Self::slot_of(ins);
        }
        let base = ins.memory_base();
        let disp = ins.memory_displacement64() as i64;
        if ins.memory_index() != Register::None || base == Register::RSP {
            return Self::slot_of(ins);
        }
        // %rbp holding a stack address not placed: its slots are not where
        // they were named.
        if self.stack.lost(base) {
            return None;
        }
        match (self.stack.rsp, self.stack.value(base)) {
            (Some(rsp), Some(at)) => Some((Register::RSP, rsp.wrapping_sub(at).wrapping_add(disp))),
            _ => Self::slot_of(ins),
        }
    }

    /// Following every value: whether a write through `ins`'s memory
    /// operand may reach a stack slot no key names (through a stack
    /// address with %rsp's place not known, or with an index).
    fn writes_stack_unnamed(&self, ins: &Instruction) -> bool {
        let base = ins.memory_base();
        let through_stack = self.stack.value(base).is_some()
            || (matches!(base, Register::RSP | Register::RBP)
                && ins.memory_index() != Register::None);
        // A stack address escaped (any pointer may be one), or one this
        // reading does not place (`StackPlaces::lost_regs`).
        let through_any = (self.stack.value(base).is_none() && self.stack.through_lost(base))
            // `8(%esp)`: an address cut to 32 bits, any slot where the stack
            // lies low.
            || base.is_gpr32();
        self.all_values
            && (through_any
                || (through_stack
                    && self
                        .key_of(ins)
                        .is_none_or(|_| ins.memory_index() != Register::None)))
    }

    /// What the memory operand of `ins` holds, read as a slot: the slot its
    /// key names, or (no key names it: an index, a stack address not placed)
    /// computed where any slot may be.
    fn memory_held(&self, ins: &Instruction) -> Option<bool> {
        match self.key_of(ins) {
            Some(key) => self.slot(key),
            None => (self.reads_any_slot(ins) && self.any_slot_computed()).then_some(true),
        }
    }

    /// Whether the memory operand `ins` reads (first operand or second) may
    /// hold a computed value in any of the slots it covers.
    fn memory_operand_computed(&mut self, ins: &Instruction) -> bool {
        let reads_memory = (0..ins.op_count()).any(|i| ins.op_kind(i) == OpKind::Memory)
            && self
                .info
                .info(ins)
                .used_memory()
                .iter()
                .any(|m| reads(m.access()));
        if !reads_memory || ins.mnemonic() == Mnemonic::Lea {
            return false;
        }
        match self.key_of(ins) {
            Some(key) => {
                let size = (ins.memory_size().size() as i64).max(8);
                (0..size)
                    .step_by(8)
                    .any(|k| self.slot((key.0, key.1.wrapping_add(k))) == Some(true))
            }
            None => self.reads_any_slot(ins) && self.any_slot_computed(),
        }
    }

    /// Whether some slot may hold a computed value.
    fn any_slot_computed(&self) -> bool {
        self.unlisted_computed || self.slots.iter().any(|s| s.2)
    }

    /// Following every value: whether `ins`'s memory operand, which no slot
    /// key names, may read any slot (through %rsp or %rbp with an index,
    /// through a register holding a stack address, or through any pointer
    /// once a stack address went where it is not followed).
    fn reads_any_slot(&self, ins: &Instruction) -> bool {
        self.all_values
            && !ins.is_ip_rel_memory_operand()
            && self.stack.may_name_any_slot(ins.memory_base())
    }

    /// Any slot may now hold a computed value.
    fn every_slot_computed(&mut self) {
        self.unplace_stack_slots();
        self.slots.clear();
        self.unlisted_computed = true;
    }

    /// The slots holding a stack address may hold it still or not (written
    /// over through a pointer, or no longer followed), under the same names:
    /// not placed (`StackPlaces::lost_slots`), rather than forgotten.
    fn unplace_stack_slots(&mut self) {
        let stack = &mut self.stack;
        for s in stack.slots.iter() {
            stack.lost_slots.insert((s.0, s.1), ());
        }
        stack.slots.clear();
    }

    /// %rsp moved down by `by` bytes (a push: 8): what a slot holds stays,
    /// at a displacement `by` higher.
    fn move_stack(&mut self, by: i64) {
        self.slots.shift(Register::RSP, by);
        self.stack.slots.shift(Register::RSP, by);
        self.stack.lost_slots.shift(Register::RSP, by);
        if self
            .stack
            .lost_slots
            .iter()
            .any(|s| s.0 == Register::RSP && s.1.unsigned_abs() > MAX_FRAME)
        {
            self.stack.escaped = true;
            self.stack
                .lost_slots
                .retain(|s| s.0 != Register::RSP || s.1.unsigned_abs() <= MAX_FRAME);
        }
        self.stack
            .slots
            .retain(|s| s.0 != Register::RSP || s.1.unsigned_abs() <= MAX_FRAME);
        // A frame is smaller than this: a slot moved past it (pushes round a
        // loop, read along paths that do not pair them) is no frame's, and
        // the displacements a function can reach stay finite.
        let mut computed = false;
        self.slots.retain(|s| {
            let past = s.0 == Register::RSP && s.1.unsigned_abs() > MAX_FRAME;
            computed |= past && s.2;
            !past
        });
        self.unlisted_computed |= computed;
    }

    /// The slots named through %rbp named through %rsp instead (both
    /// places known): what they hold stays followed when %rbp changes.
    /// Where one was named both ways, the stronger stays.
    fn rebase_rbp_slots(&mut self) {
        let (Some(rsp), Some(rbp)) = (self.stack.rsp, self.stack.value(Register::RBP)) else {
            return;
        };
        let to_rsp = |disp: i64| rsp.wrapping_sub(rbp).wrapping_add(disp);
        let moved: Vec<_> = self
            .slots
            .iter()
            .filter(|s| s.0 == Register::RBP)
            .map(|s| (to_rsp(s.1), s.2))
            .collect();
        self.slots.retain(|s| s.0 != Register::RBP);
        for (disp, computed) in moved {
            let key = (Register::RSP, disp);
            let there = self.slots.get(key);
            self.set_slot(key, Some(computed || there == Some(true)));
        }
        let moved: Vec<_> = self
            .stack
            .slots
            .iter()
            .filter(|s| s.0 == Register::RBP)
            .map(|s| (to_rsp(s.1), s.2))
            .collect();
        self.stack.slots.retain(|s| s.0 != Register::RBP);
        for (disp, value) in moved {
            match self.stack.slot((Register::RSP, disp)) {
                None if !self.slots.contains_key((Register::RSP, disp)) => {
                    self.stack.slots.insert((Register::RSP, disp), value)
                }
                Some(v) if v == value => {}
                // Named both ways with different stack places: neither.
                _ => self.stack.slots.remove((Register::RSP, disp)),
            }
        }
    }

    fn slot(&self, key: (Register, i64)) -> Option<bool> {
        let own = self
            .slots
            .get(key)
            .or(self.unlisted_computed.then_some(true));
        // After a realignment or an alloca (%rsp's place not known, %rbp
        // still a frame pointer) a slot named through one of them may be
        // one named through the other: it may hold what any of those holds
        // (blind review 64).
        let other = match key.0 {
            Register::RSP => Register::RBP,
            Register::RBP => Register::RSP,
            _ => return own,
        };
        let unrelated = self.all_values
            && self.stack.rsp.is_none()
            && self.stack.value(Register::RBP).is_some();
        if own != Some(true) && unrelated && self.slots.iter().any(|s| s.0 == other && s.2) {
            return Some(true);
        }
        own
    }

    /// Slots no longer followed (those `forget` says): one that held a
    /// computed value leaves every slot not listed possibly computed.
    fn forget_slots(&mut self, forget: impl Fn(Register) -> bool) {
        // A stack address kept in a slot that can no longer be named may
        // still be read (through another name): not placed, anywhere.
        let unnamed = self.stack.slots.iter().any(|s| forget(s.0))
            || self.stack.lost_slots.iter().any(|s| forget(s.0));
        self.stack.escaped |= unnamed;
        self.stack.lost_slots.retain(|s| !forget(s.0));
        self.stack.slots.retain(|s| !forget(s.0));
        let mut computed = false;
        self.slots.retain(|s| {
            computed |= forget(s.0) && s.2;
            !forget(s.0)
        });
        self.unlisted_computed |= computed;
    }

    /// %rbp is written: its slots are no longer followed. Following every
    /// value, %rbp not shown to hold a stack address (a register like any
    /// other in code without frame pointers) named memory elsewhere, whose
    /// values are not followed once the pointer is gone (module comment):
    /// dropping them leaves no stack slot possibly computed.
    fn forget_rbp_slots(&mut self) {
        if self.all_values
            && self.stack.value(Register::RBP).is_none()
            && !self.stack.lost(Register::RBP)
        {
            self.slots.retain(|s| s.0 != Register::RBP);
            self.stack.slots.retain(|s| s.0 != Register::RBP);
        } else {
            self.forget_slots(|base| base == Register::RBP);
        }
    }

    /// Paths reach a place too often (slots moved by pushes round a cycle
    /// that does not pop them: a tail jump read as a fall-through): no slot
    /// is followed there or after it, only whether one may be computed.
    /// What is kept is a finite lattice, so the reading along paths ends.
    fn give_up_slots(&mut self) {
        self.unplace_stack_slots();
        self.unlisted_computed |= self.slots.iter().any(|s| s.2);
        self.slots.clear();
        self.slots_given_up = true;
    }

    fn set_slot(&mut self, key: (Register, i64), what: Option<bool>) {
        self.slots.remove(key);
        self.stack.slots.remove(key);
        if let Some(computed) = what {
            self.slots.insert(key, computed);
        }
    }

    /// What `ins` does to the stack slots followed (with the registers as
    /// they were before it); the register a load from one fills, and with
    /// what (`held`).
    /// `rsp_followed`: %rsp's move was followed already (`StackPlaces`).
    fn follow_slots(
        &mut self,
        ins: &Instruction,
        rsp_followed: bool,
    ) -> Option<(Register, Option<bool>)> {
        let reg = |i: u32| (ins.op_kind(i) == OpKind::Register).then(|| ins.op_register(i));
        let top = (Register::RSP, 0);
        // %rsp-relative slots move with %rsp: by a push, a pop, `add`/`sub`
        // of an immediate. Written otherwise (`mov %rbp,%rsp`) what they
        // were is unknown; %rbp written is no frame pointer any more
        // (`mov (%r12),%rbp; lock subq $1,0(%rbp)` changes no stack slot).
        // `xchg %rax,%rsp` may name %rsp second.
        let rsp_second = ins.mnemonic() == Mnemonic::Xchg
            && ins.op1_kind() == OpKind::Register
            && ins.op1_register().full_register() == Register::RSP;
        // `iretq` pops %rip, %cs, the flags, %rsp and %ss: %rsp is what the
        // frame said (`sync_core` returns to the next instruction with it).
        let iret = matches!(
            ins.mnemonic(),
            Mnemonic::Iretq | Mnemonic::Iretd | Mnemonic::Iret
        );
        if (rsp_second || iret) && !rsp_followed {
            self.forget_slots(|base| base == Register::RSP);
        }
        if ins.op0_kind() == OpKind::Register {
            match ins.op0_register().full_register() {
                Register::RSP => match (ins.mnemonic(), ins.try_immediate(1).ok()) {
                    _ if rsp_followed => {}
                    (Mnemonic::Add, Some(imm)) => self.move_stack((imm as i64).wrapping_neg()),
                    (Mnemonic::Sub, Some(imm)) => self.move_stack(imm as i64),
                    _ => self.forget_slots(|base| base == Register::RSP),
                },
                // `mov %rsp,%rbp`: what %rsp's slots hold, %rbp's hold.
                Register::RBP
                    if ins.mnemonic() == Mnemonic::Mov
                        && ins.op1_kind() == OpKind::Register
                        && ins.op1_register() == Register::RSP =>
                {
                    self.forget_rbp_slots();
                    self.slots.copy_rsp_to_rbp();
                }
                Register::RBP if self.all_values => self.forget_rbp_slots(),
                _ => {}
            }
        }
        // `pushw`, `push %ax`, `popw`, `pushf`: %rsp moves by 2, and slots
        // are 8 bytes apart: any may now be part of another (rspill's own
        // code never does this; compilers do not).
        if matches!(
            ins.mnemonic(),
            Mnemonic::Push | Mnemonic::Pop | Mnemonic::Pushf | Mnemonic::Popf
        ) && ins.stack_pointer_increment().abs() != 8
        {
            if !self.slots.is_empty() {
                self.every_slot_computed();
            }
            self.move_stack(-i64::from(ins.stack_pointer_increment()));
            return None;
        }
        // A write through %rsp or %rbp that covers part of a slot named at
        // another displacement (`addq $0x5000000,-3(%rsp)` adds 5 to the
        // byte at 0(%rsp)): what the slot holds is computed from it.
        if ins.op0_kind() == OpKind::Memory && !self.slots.is_empty() && self.writes_op0(ins) {
            if let Some((base, at)) = self.key_of(ins) {
                let size = match ins.memory_size().size() {
                    0 => MAX_FRAME as i64,
                    n => n as i64,
                };
                let overlapped: Vec<(Register, i64)> = self
                    .slots
                    .iter()
                    .filter(|&&(b, k, _)| {
                        b == base && k != at && k < at.wrapping_add(size) && at < k.wrapping_add(8)
                    })
                    .map(|&(b, k, _)| (b, k))
                    .collect();
                for key in overlapped {
                    self.set_slot(key, Some(true));
                }
            }
        }
        match ins.mnemonic() {
            Mnemonic::Push => {
                let what = match ins.op0_kind() {
                    OpKind::Register => self.held(ins.op0_register()),
                    OpKind::Memory => self.memory_held(ins),
                    _ => None,
                };
                self.move_stack(8);
                self.set_slot(top, what);
                return None;
            }
            // The flags pushed and popped (`pushf; pop %rax` saves them):
            // no code address, but the stack moves.
            Mnemonic::Pushfq => {
                self.move_stack(8);
                self.set_slot(top, None);
                return None;
            }
            Mnemonic::Popfq => {
                self.set_slot(top, None);
                self.move_stack(-8);
                return None;
            }
            Mnemonic::Pop => {
                let held = self.slot(top).or(self.unknown());
                // Named through another register than %rsp: as %rsp was.
                let pre_pop = (ins.op0_kind() == OpKind::Memory
                    && ins.memory_base() != Register::RSP)
                    .then(|| self.key_of(ins))
                    .flatten();
                let unnamed = ins.op0_kind() == OpKind::Memory && self.writes_stack_unnamed(ins);
                self.set_slot(top, None);
                self.move_stack(-8);
                if ins.op0_kind() == OpKind::Memory {
                    if unnamed {
                        self.every_slot_computed();
                    }
                    let key = match pre_pop {
                        Some((Register::RSP, d)) => Some((Register::RSP, d.wrapping_sub(8))),
                        Some(k) => Some(k),
                        None => Self::slot_of(ins),
                    };
                    if let Some(key) = key {
                        self.set_slot(key, held);
                    }
                    return None;
                }
                return Some((reg(0)?, held));
            }
            // `leave`: %rsp = %rbp + 8, %rbp = what 0(%rbp) held.
            Mnemonic::Leave => {
                let held = self.slot((Register::RBP, 0)).or(self.unknown());
                self.forget_slots(|_| true);
                return Some((Register::RBP, held));
            }
            // `enter $N,$0`: push %rbp; mov %rsp,%rbp; sub $N,%rsp.
            Mnemonic::Enter => {
                let held = self.held(Register::RBP);
                self.forget_slots(|_| true);
                self.set_slot(top, held);
                self.set_slot((Register::RBP, 0), held);
                return Some((Register::RBP, self.unknown()));
            }
            // `xchg %rax,-16(%rbp)`: the two swap.
            Mnemonic::Xchg if ins.op0_kind() == OpKind::Memory => {
                let r = reg(1)?;
                let (in_slot, in_reg) = (self.memory_held(ins).or(self.unknown()), self.held(r));
                if self.writes_stack_unnamed(ins) && in_reg == Some(true) {
                    self.every_slot_computed();
                }
                if let Some(key) = self.key_of(ins) {
                    self.set_slot(key, in_reg);
                }
                return Some((r, in_slot));
            }
            _ => {}
        }
        // `stosq`, `movsq` (through %rdi): following every value, into a
        // slot named through %rdi's stack address, computed (with `rep`,
        // or %rsp's place not known: any slot).
        if self.all_values
            && ins.is_string_instruction()
            && matches!(ins.op0_kind(), OpKind::MemoryESRDI | OpKind::MemoryESEDI)
        {
            let rep = ins.has_rep_prefix() || ins.has_repne_prefix();
            match (self.stack.rsp, self.stack.value(Register::RDI)) {
                (_, Some(_)) if rep => self.every_slot_computed(),
                (Some(rsp), Some(at)) => {
                    self.set_slot((Register::RSP, rsp.wrapping_sub(at)), Some(true))
                }
                (None, Some(_)) => self.every_slot_computed(),
                (_, None) if self.stack.escaped => self.every_slot_computed(),
                _ => {}
            }
            return None;
        }
        // `bts %rcx,(%rsp)`: a register bit offset reaches any byte.
        let bit_offset_anywhere = matches!(
            ins.mnemonic(),
            Mnemonic::Bts | Mnemonic::Btr | Mnemonic::Btc
        ) && ins.op0_kind() == OpKind::Memory
            && ins.op_count() > 1
            && ins.op1_kind() == OpKind::Register;
        if self.all_values && bit_offset_anywhere {
            self.every_slot_computed();
            return None;
        }
        if ins.op0_kind() == OpKind::Memory {
            // A whole 8-byte copy of a register or constant puts there what
            // a slot not listed holds already (a value of unknown origin,
            // or one the register holds): only a computed value, or what a
            // part-write, arithmetic or a vector store leaves, makes any
            // slot it may reach computed.
            let plain_copy = matches!(ins.mnemonic(), Mnemonic::Mov | Mnemonic::Movnti)
                && ins.memory_size().size() == 8
                && (ins.op1_kind() != OpKind::Register
                    || self.held(ins.op1_register()) != Some(true));
            if self.writes_stack_unnamed(ins) && !(self.all_values && plain_copy) {
                self.every_slot_computed();
            }
            let key = self.key_of(ins)?;
            // A write wider than a slot (`movups %xmm0,(%rsp)`) covers the
            // slots after it too: what a vector store leaves is computed.
            let size = ins.memory_size().size() as i64;
            if self.all_values && size > 8 {
                for k in (8..size).step_by(8) {
                    self.set_slot((key.0, key.1.wrapping_add(k)), Some(true));
                }
            }
            match ins.mnemonic() {
                // Part of a slot written (`movb $0x11,(%rsp)`) keeps the
                // rest of what was there: computed from it.
                Mnemonic::Mov | Mnemonic::Movnti if ins.memory_size().size() < 8 => {
                    if self.all_values || self.slot(key).is_some() {
                        self.set_slot(key, Some(true));
                    }
                }
                Mnemonic::Mov | Mnemonic::Movnti => {
                    self.set_slot(key, reg(1).and_then(|r| self.held(r)));
                }
                // Read-modify-write (`addq $0x13,-8(%rbp)`): computed.
                _ => {
                    let info = self.info.info(ins);
                    match info.op0_access() {
                        // Following every value: what a vector, x87 or
                        // `movbe` store leaves is not followed: computed.
                        OpAccess::Write if self.all_values => self.set_slot(key, Some(true)),
                        OpAccess::Write => self.set_slot(key, None),
                        OpAccess::Read | OpAccess::CondRead | OpAccess::NoMemAccess => {}
                        _ if self.all_values || self.slot(key).is_some() => {
                            self.set_slot(key, Some(true))
                        }
                        _ => {}
                    }
                }
            }
            return None;
        }
        // A store no operand names (`maskmovdqu` through %rdi, `xsave`):
        // where it may reach a slot, what it leaves there is computed.
        if self.all_values
            && !matches!(
                ins.mnemonic(),
                Mnemonic::Push
                    | Mnemonic::Pop
                    | Mnemonic::Call
                    | Mnemonic::Enter
                    | Mnemonic::Leave
                    | Mnemonic::Pushfq
                    | Mnemonic::Popfq
            )
            && !ins.is_string_instruction()
        {
            let info = self.info.info(ins);
            let stores_implicitly = info
                .used_memory()
                .iter()
                .any(|m| writes(m.access()) && self.stack.may_name_any_slot(m.base()));
            if stores_implicitly {
                self.every_slot_computed();
                return None;
            }
        }
        // `lodsq` loads from %rsi, a slot where it holds a stack address.
        if self.all_values
            && matches!(
                ins.mnemonic(),
                Mnemonic::Lodsq | Mnemonic::Lodsd | Mnemonic::Lodsw | Mnemonic::Lodsb
            )
        {
            let held = match (self.stack.rsp, self.stack.value(Register::RSI)) {
                (Some(rsp), Some(at)) => self.slot((Register::RSP, rsp.wrapping_sub(at))),
                (_, Some(_)) => self.any_slot_computed().then_some(true),
                _ if self.stack.escaped => self.any_slot_computed().then_some(true),
                _ => None,
            };
            let whole = ins.mnemonic() == Mnemonic::Lodsq;
            let held = held.map(|computed| computed || !whole).or(self.unknown());
            return Some((Register::RAX, held));
        }
        // `lea 0x80(%rsp),%rax` reads no slot: it takes an address.
        if ins.op1_kind() != OpKind::Memory || ins.mnemonic() == Mnemonic::Lea {
            return None;
        }
        let dest = reg(0)?;
        // Through a pointer to a slot no key names (an index, a stack
        // address no longer followed): what any slot holds.
        let held = match self.key_of(ins) {
            Some(key) => self.slot(key)?,
            None if self.reads_any_slot(ins) && self.any_slot_computed() => true,
            None => return None,
        };
        // `cmp -0x10(%rbp),%rax` writes no register.
        let info = self.info.info(ins);
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
    fn uses_computed(
        &mut self,
        module: &Module,
        section: &CodeSection,
        off: u64,
        ins: &Instruction,
    ) -> bool {
        let computed = |r: Register| bit(r) & self.computed != 0;
        let register_operand =
            |i: u32| ins.op_kind(i) == OpKind::Register && computed(ins.op_register(i));
        // `call *-8(%rbp)`, `push -8(%rbp)` of a computed slot.
        let computed_slot = ins.op0_kind() == OpKind::Memory && self.memory_held(ins) == Some(true);
        // `sysretq` goes on at %rcx, `sysexitq` at %rdx.
        match ins.mnemonic() {
            Mnemonic::Sysretq | Mnemonic::Sysret => {
                return computed(Register::RCX);
            }
            Mnemonic::Sysexitq | Mnemonic::Sysexit => {
                return computed(Register::RDX);
            }
            _ => {}
        }
        match ins.flow_control() {
            FlowControl::IndirectBranch | FlowControl::IndirectCall => {
                return register_operand(0) || computed_slot || self.hands_on();
            }
            // `push %rax; addq $0x10,(%rsp); ret`; or one in a register
            // handed back to a caller, which may be in the module.
            FlowControl::Return => {
                return self.slot((Register::RSP, 0)) == Some(true) || self.hands_on();
            }
            FlowControl::Call
            | FlowControl::UnconditionalBranch
            | FlowControl::ConditionalBranch => {
                let relocs = section.relocs_in(off, off + ins.len() as u64);
                // `__x86_indirect_thunk_r11` jumps through %r11.
                if relocs
                    .iter()
                    .filter_map(|r| thunk_register(r.symbol()))
                    .any(computed)
                {
                    return true;
                }
                // Every register is handed on where control goes to other
                // code: a call of this module's code (resolved by the
                // assembler, or relocated to it), and any jump out of the
                // function (relocated, or past its end), wherever it goes:
                // a function outside keeps %rbx and the like and returns to
                // this function's caller with them (`jmp ext` is a `ret`
                // through ext). A call outside the module is assumed to
                // keep the convention, as objtool does: KMSAN's shadow of a
                // comparison with a function pointer is often still in %rcx
                // at the next `call __sanitizer_cov_trace_pc`.
                let call = ins.flow_control() == FlowControl::Call;
                let leaves = if relocs.is_empty() {
                    call || self.extent.is_some_and(|len| {
                        matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
                            && ins.near_branch_target() >= len
                    })
                } else {
                    !call || relocs.iter().any(|r| module.reloc_reaches_code(r))
                };
                return leaves && self.hands_on();
            }
            _ => {}
        }
        // Following every value, only branches use one: values of unknown
        // origin are stored and pushed all the time.
        if self.all_values {
            return false;
        }
        let stored = match ins.mnemonic() {
            Mnemonic::Push => register_operand(0) || computed_slot,
            // `stosq` stores %rax.
            Mnemonic::Stosq | Mnemonic::Stosd => computed(Register::RAX),
            // A store of it (or of part of it) to memory, a stack slot too;
            // or arithmetic on a slot holding a code address
            // (`addq $0x13,-8(%rbp)`).
            _ if ins.op0_kind() == OpKind::Memory => {
                (1..ins.op_count()).any(register_operand)
                    || (!matches!(ins.mnemonic(), Mnemonic::Mov | Mnemonic::Movnti)
                        && self.key_of(ins).is_some_and(|k| self.slot(k).is_some())
                        && self.modifies_op0(ins))
            }
            // `xchg %rax,(%rdi)` stores too.
            Mnemonic::Xchg | Mnemonic::Xadd | Mnemonic::Cmpxchg
                if ins.op1_kind() == OpKind::Memory =>
            {
                register_operand(0)
            }
            // Into the FS/GS base, an MSR, an extended control register or
            // a VMCS field: where other code reads it back (`wrfsbase
            // %rax` ... `rdfsbase %rax; call *%rax`).
            Mnemonic::Wrfsbase | Mnemonic::Wrgsbase | Mnemonic::Vmwrite => {
                (0..ins.op_count()).any(register_operand)
            }
            Mnemonic::Wrmsr | Mnemonic::Wrmsrns | Mnemonic::Xsetbv => {
                computed(Register::RAX) || computed(Register::RDX)
            }
            // PKRU holds %eax's 32 bits (a code address below 4 GiB).
            Mnemonic::Wrpkru => computed(Register::RAX),
            // An interrupt's handler, and an enclave's exit (`enclu`'s
            // EEXIT jumps to %rbx), get every register.
            Mnemonic::Int
            | Mnemonic::Int1
            | Mnemonic::Int3
            | Mnemonic::Into
            | Mnemonic::Enclu
            | Mnemonic::Encls
            | Mnemonic::Enclv => self.hands_on(),
            // Into a control or debug register (`mov %rax,%cr2`).
            Mnemonic::Mov
                if ins.op0_kind() == OpKind::Register
                    && (ins.op0_register().is_cr() || ins.op0_register().is_dr()) =>
            {
                register_operand(1)
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
        let info = self.info.info(ins);
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

    /// Notes what `ins` puts into the carriers (`Carriers`), from the
    /// registers as they are before it.
    fn carriers_written(&mut self, ins: &Instruction) {
        let computed = self.computed;
        let info = self.info.info(ins);
        let reads_computed = info.used_registers().iter().any(|u| {
            reads(u.access())
                && bit(u.register()) & computed != 0
                && u.register().full_register() != ins.memory_base().full_register()
                && u.register().full_register() != ins.memory_index().full_register()
        });
        let to_other_register = info.used_registers().iter().any(|u| {
            let r = u.register();
            writes(u.access())
                && !r.full_register().is_gpr64()
                && !r.is_vector_register()
                && !r.is_mm()
                && !matches!(r, Register::RIP | Register::EIP)
        });
        let to_model_register = matches!(
            ins.mnemonic(),
            Mnemonic::Wrmsr
                | Mnemonic::Wrfsbase
                | Mnemonic::Wrgsbase
                | Mnemonic::Wrpkru
                | Mnemonic::Xsetbv
                | Mnemonic::Wrmsrns
                | Mnemonic::Wrmsrlist
        );
        if reads_computed && (to_other_register || to_model_register) {
            self.carriers.elsewhere = true;
        }
        // The flags written: from a computed value, or not (those it does
        // not write may still be).
        let modified = ins.rflags_modified();
        if modified != 0 {
            use iced_x86::RflagsBits;
            const ARITHMETIC: u32 = RflagsBits::OF
                | RflagsBits::SF
                | RflagsBits::ZF
                | RflagsBits::AF
                | RflagsBits::CF
                | RflagsBits::PF;
            let kept = self.carriers.flags
                && (ins.rflags_read() != 0 || modified & ARITHMETIC != ARITHMETIC);
            self.carriers.flags = reads_computed || kept;
        }
    }

    /// Whether `ins` takes a carrier into what it writes: the carry flag into
    /// `adc`, `sbb`, `rcl`, `rcr`, `adcx`, `adox`; another kind of register,
    /// or a model-specific one, into a general register.
    fn carriers_read(&mut self, ins: &Instruction) -> bool {
        let flags = self.carriers.flags
            && (matches!(
                ins.mnemonic(),
                Mnemonic::Adc
                    | Mnemonic::Sbb
                    | Mnemonic::Rcl
                    | Mnemonic::Rcr
                    | Mnemonic::Adcx
                    | Mnemonic::Adox
            ) || is_cmov(ins.mnemonic()));
        if flags {
            return true;
        }
        if !self.carriers.elsewhere {
            return false;
        }
        let from_model_register = matches!(
            ins.mnemonic(),
            Mnemonic::Rdmsr
                | Mnemonic::Rdfsbase
                | Mnemonic::Rdgsbase
                | Mnemonic::Rdpkru
                | Mnemonic::Xgetbv
                | Mnemonic::Rdmsrlist
        );
        let info = self.info.info(ins);
        from_model_register
            || info.used_registers().iter().any(|u| {
                let r = u.register();
                reads(u.access())
                    && !r.full_register().is_gpr64()
                    && !r.is_vector_register()
                    && !r.is_mm()
                    && !matches!(r, Register::RIP | Register::EIP)
            })
    }

    /// Whether a code address computed by arithmetic is in a register where
    /// control goes to other code of the module (a call, a tail call, an
    /// indirect call that may reach a local function): that code may call or
    /// jump through it (`call k` with k doing `call *%rax`), a use as a
    /// store is. Following every value, values of unknown origin are handed
    /// on all the time: not there (what a function branches through is read
    /// in that function, from what it is handed).
    fn hands_on(&self) -> bool {
        !self.all_values && self.computed != 0
    }

    /// Whether the end of the code read hands a computed code address on
    /// (falling into the code after it) that no instruction used yet.
    pub fn hands_on_at_end(&self) -> bool {
        !self.seen && self.hands_on()
    }

    /// The code read is `len` bytes from position 0: a jump past it leaves.
    pub fn within(&mut self, len: u64) {
        self.extent = Some(len);
    }

    /// How `ins` accesses its first operand.
    fn op0_access(&mut self, ins: &Instruction) -> OpAccess {
        self.info.info(ins).op0_access()
    }

    /// Whether `ins` writes its first operand (`mov`, `add`, not `cmp`).
    fn writes_op0(&mut self, ins: &Instruction) -> bool {
        matches!(
            self.op0_access(ins),
            OpAccess::Write | OpAccess::CondWrite | OpAccess::ReadWrite | OpAccess::ReadCondWrite
        )
    }

    /// Whether `ins` computes its first operand from what was there (`add`,
    /// not `cmp`, `pop`, `setcc`).
    fn modifies_op0(&mut self, ins: &Instruction) -> bool {
        matches!(
            self.op0_access(ins),
            OpAccess::ReadWrite | OpAccess::ReadCondWrite
        )
    }

    /// What `ins` leaves in which register.
    fn follow(&mut self, ins: &Instruction) {
        // Read before this instruction's own writes to the carriers.
        let from_carrier = self.all_values && self.carriers_read(ins);
        if self.all_values {
            self.carriers_written(ins);
        }
        let reg = |i: u32| (ins.op_kind(i) == OpKind::Register).then(|| ins.op_register(i));
        let held = self.code | self.computed;
        // An 8- or 16-bit register written (`mov $0x11,%al`) keeps the rest
        // of what was there: computed from it.
        if let Some(r) = reg(0).filter(|r| r.is_gpr8() || r.is_gpr16()) {
            if !matches!(
                ins.mnemonic(),
                Mnemonic::Cmp | Mnemonic::Test | Mnemonic::Bt | Mnemonic::Push
            ) {
                let before = self.held(r);
                // `xchg %cl,%al`, `xadd %cl,%al` write the second register
                // too (its low bits from the first); `cmpxchg` may write %al.
                let second = match ins.mnemonic() {
                    Mnemonic::Xchg | Mnemonic::Xadd => reg(1),
                    Mnemonic::Cmpxchg => Some(Register::RAX),
                    _ => None,
                };
                let other = second.and_then(|o| self.held(o));
                let whole =
                    (self.all_values || before.is_some() || other.is_some()).then_some(true);
                self.set_reg(r, whole);
                if let Some(o) = second {
                    let whole = (self.all_values || before.is_some() || self.held(o).is_some())
                        .then_some(true);
                    self.set_reg(o, whole);
                }
                return;
            }
        }
        match ins.mnemonic() {
            // A move carries what was there; `lea 0(%rax),%rcx` is one.
            Mnemonic::Mov | Mnemonic::Movsxd
                if reg(0).is_some() && ins.op1_kind() != OpKind::Memory =>
            {
                let dest = reg(0).unwrap_or_default();
                let from = if from_carrier {
                    Some(true)
                } else {
                    reg(1).and_then(|r| self.held(r))
                };
                self.set_reg(dest, from);
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
            // `movzbl %r14b,%r14d`: a value below 65536, under any place code
            // is mapped at (`vm.mmap_min_addr`; the kernel's text is at the
            // top), whatever the byte was. (A callee-saved register is
            // handed a caller's code address, `across_calls`, and the callee
            // saves it, `mov %gs:x,%r14b`, `movzbl %r14b,%r14d`.)
            Mnemonic::Movzx if !self.all_values && reg(0).is_some() => {
                self.set_reg(reg(0).unwrap_or_default(), None);
                return;
            }
            // `xor %r12,%r13` or `sub %r12,%r13` of two code addresses
            // (KMSAN's shadow of `c ? f : g`): their difference, a number
            // that moves with no layout. Stored, it enables nothing that
            // storing the two addresses (no use) and a constant does not:
            // where it meets a code address again, the result is computed.
            Mnemonic::Xor | Mnemonic::Sub
                if !self.all_values
                    && reg(0).is_some_and(|r| r.is_gpr64())
                    && reg(1).is_some_and(|r| r.is_gpr64())
                    && reg(0).and_then(|r| self.held(r)) == Some(false)
                    && reg(1).and_then(|r| self.held(r)) == Some(false) =>
            {
                self.set_reg(reg(0).unwrap_or_default(), None);
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
                // Either value may be there: the stronger stays; which one,
                // from flags a computed value set, is a computed choice
                // (`bt $i,%rax; cmovc %r8,%rdx` copies a bit: blind review 66).
                if let (Some(dest), Some(src)) = (reg(0), reg(1)) {
                    let chosen = if from_carrier {
                        Some(true)
                    } else {
                        self.held(dest).max(self.held(src))
                    };
                    self.set_reg(dest, chosen);
                }
                return;
            }
            Mnemonic::Call => {
                // A callee may hand back what it was handed (`mov %rdi,%rax;
                // ret`): following every value, a computed argument may come
                // back in %rax or %rdx.
                let handed =
                    self.all_values && CALL_CLOBBERED.iter().any(|&r| self.held(r) == Some(true));
                for r in CALL_CLOBBERED {
                    self.set_reg(r, self.unknown());
                }
                if handed {
                    self.set_reg(Register::RAX, Some(true));
                    self.set_reg(Register::RDX, Some(true));
                }
            }
            _ => {}
        }
        // Anything else: what it writes is computed if it read a code address
        // or a computed value (other than as a memory operand's address: that
        // reads the code's bytes), else neither.
        let (base, index) = (
            ins.memory_base().full_register(),
            ins.memory_index().full_register(),
        );
        // What a read-modify-write hands back from memory (`xadd
        // %rcx,8(%rsp)`, a failing `cmpxchg`/`cmpxchg16b`): what the slots
        // it covers hold (blind review 66).
        let from_memory = self.all_values && self.memory_operand_computed(ins);
        let info = self.info.info(ins);
        let reads_held = from_memory
            || info.used_registers().iter().any(|u| {
                let r = u.register();
                let read = !matches!(
                    u.access(),
                    OpAccess::Write | OpAccess::CondWrite | OpAccess::NoMemAccess
                );
                // Following every value: one out of a vector or MMX register
                // (`movq %xmm0,%rax` after `paddq`) is computed.
                let vector = self.all_values && (r.is_vector_register() || r.is_mm());
                read && (vector
                    || (bit(r) & held != 0
                        && r.full_register() != base
                        && r.full_register() != index))
            })
            || from_carrier;
        let written: Vec<(Register, OpAccess)> = info
            .used_registers()
            .iter()
            .filter(|u| writes(u.access()))
            .map(|u| (u.register(), u.access()))
            .collect();
        for (r, access) in written {
            if bit(r) == 0 {
                continue;
            }
            if reads_held {
                self.set_reg(r, Some(true));
            } else if matches!(access, OpAccess::Write) {
                self.set_reg(r, self.unknown());
            }
        }
        // A load into a register (`mov (%rsi),%rcx`): neither (following
        // every value: one of unknown origin).
        if ins.mnemonic() == Mnemonic::Mov {
            if let Some(dest) = reg(0) {
                self.set_reg(dest, self.unknown());
            }
        }
    }
}

/// What one instruction does to the stack places (`StackPlaces::before`),
/// applied once the slots were followed (`StackPlaces::after`).
struct StackStep {
    /// %rsp moved down by this many bytes, known (`mov %rax,%rsp` of a
    /// stack address, `lea -8(%rsp),%rsp`): its slots move, not forgotten.
    rsp_moved_by: Option<i64>,
    rsp: Option<i64>,
    /// Registers written, with the stack address they now hold.
    regs: RegWrites,
    /// A slot now holding a stack address.
    store: Option<((Register, i64), i64)>,
    /// `mov %rsp,%rbp`: %rsp's slots are %rbp's.
    frame_pointer_set: bool,
    df_set: Option<bool>,
    /// Registers written (a mask), and those that may now hold a stack
    /// address not placed (`StackPlaces::lost_regs`).
    written_regs: u16,
    lost_regs: u16,
    /// Slots now holding such an address.
    lost_stores: Vec<(Register, i64)>,
    /// A call: its return address is written below %rsp.
    call: bool,
}

/// The general registers other than %rsp an instruction writes (`StackStep`),
/// each with the stack address it holds after it, if one is known: a later
/// word on a register replaces an earlier one (`before` says "none" of each
/// register written, then what some hold). A bit per register and an array:
/// a list of them grew on most steps of the reading along paths (a call
/// writes nine).
#[derive(Clone, Copy, Default)]
struct RegWrites {
    written: u16,
    placed: u16,
    depths: [i64; 16],
}

impl RegWrites {
    /// `r` holds the stack address `depth` after the instruction (`None`:
    /// none known); %rsp and other registers are not noted.
    fn set(&mut self, r: Register, depth: Option<i64>) {
        let Some(i) = gpr_index(r) else {
            return;
        };
        self.written |= 1 << i;
        match depth {
            Some(d) => {
                self.placed |= 1 << i;
                self.depths[i] = d;
            }
            None => self.placed &= !(1 << i),
        }
    }

    fn writes(&self, r: Register) -> bool {
        gpr_index(r).is_some_and(|i| self.written & (1 << i) != 0)
    }

    /// The stack address `r` holds after the instruction, if it writes
    /// `r` and one is known.
    fn depth(&self, r: Register) -> Option<i64> {
        self.depth_at(gpr_index(r)?)
    }

    /// `depth` of the register at `gpr_index` `i`.
    fn depth_at(&self, i: usize) -> Option<i64> {
        (self.placed & (1 << i) != 0).then(|| self.depths[i])
    }
}

/// Whether `ins` reads memory only as the kernel's full barrier does
/// (`lock addl $0,-4(%rsp)`, `smp_mb()`: below %rsp, the bytes written
/// back as they were, the flags of the high half of whatever is there), or
/// returns: every other read of the return slot or of the stack below
/// %rsp may take a return address somewhere (a load, a push, `fild`,
/// `mul`, flags tested bit by bit).
fn reads_nothing_out(ins: &Instruction) -> bool {
    ins.flow_control() == FlowControl::Return
        || (ins.has_lock_prefix()
            && matches!(ins.mnemonic(), Mnemonic::Add | Mnemonic::Or)
            && ins.op0_kind() == OpKind::Memory
            && ins.try_immediate(1).is_ok_and(|i| i == 0))
}

/// What a read of `size` bytes (0: not known) at `at`, relative to %rsp at
/// entry, reads with %rsp `rsp` deep: the return address's slot (the 8
/// bytes at 0), the stack below %rsp, or neither.
fn stack_place_read(at: i64, size: usize, rsp: Option<i64>) -> Option<ReturnAddressRead> {
    let size = (size as i64).max(1);
    if at < 8 && at.saturating_add(size) > 0 {
        Some(ReturnAddressRead::Own)
    } else if rsp.is_some_and(|d| at < d.wrapping_neg()) {
        Some(ReturnAddressRead::BelowStack)
    } else {
        None
    }
}

fn reads(access: OpAccess) -> bool {
    matches!(
        access,
        OpAccess::Read | OpAccess::CondRead | OpAccess::ReadWrite | OpAccess::ReadCondWrite
    )
}

/// Whether an operand accessed so is written (wholly, partly or maybe).
fn writes(access: OpAccess) -> bool {
    matches!(
        access,
        OpAccess::Write | OpAccess::CondWrite | OpAccess::ReadWrite | OpAccess::ReadCondWrite
    )
}

/// The index of a 64-bit general register other than %rsp in
/// `StackPlaces::regs`.
fn gpr_index(r: Register) -> Option<usize> {
    (r.is_gpr64() && r != Register::RSP).then(|| r as usize - Register::RAX as usize)
}

impl StackPlaces {
    /// What holds on every one of two paths (`self` the place's); whether
    /// that changed it.
    fn meet(&mut self, other: &StackPlaces) -> bool {
        let before = self.clone();
        if self.rsp != other.rsp {
            self.rsp = None;
        }
        // A stack address held on one path and not the same on the other
        // is one this reading no longer places (`lost_regs`).
        for (i, (mine, theirs)) in self.regs.iter_mut().zip(other.regs.iter()).enumerate() {
            if mine != theirs {
                if mine.is_some() || theirs.is_some() {
                    self.lost_regs |= 1 << i;
                }
                *mine = None;
            }
        }
        self.lost_regs |= other.lost_regs;
        for s in self.slots.iter().chain(other.slots.iter()) {
            if self.slots.get((s.0, s.1)) != other.slots.get((s.0, s.1)) {
                self.lost_slots.insert((s.0, s.1), ());
            }
        }
        for s in other.lost_slots.iter() {
            self.lost_slots.insert((s.0, s.1), ());
        }
        self.slots.keep_common(&other.slots);
        if self.df_set != other.df_set {
            self.df_set = None;
        }
        self.escaped |= other.escaped;
        self.from_unreached |= other.from_unreached;
        self.frame.meet(&other.frame);
        self.read_unwritten |= other.read_unwritten;
        self.returns_unwritten |= other.returns_unwritten;
        self.frame_handed |= other.frame_handed;
        self.below_escaped |= other.below_escaped;
        *self != before
    }

    /// Whether `r` holds a stack address below the slot a callee's return
    /// address goes to (deeper than 8 bytes under %rsp).
    fn below_callee(&self, r: Register) -> bool {
        r != Register::RSP && self.value(r).is_some_and(|d| self.deeper_than_callee(d))
    }

    /// Whether the stack address `depth` bytes below %rsp at entry is
    /// below the slot a callee's return address goes to.
    fn deeper_than_callee(&self, depth: i64) -> bool {
        self.rsp.is_some_and(|rsp| depth > rsp.saturating_add(8))
    }

    /// Whether a callee may be handed a stack address below the slot its
    /// return address goes to: in a register, a slot, or gone where it is
    /// not followed.
    fn hands_below_callee(&self) -> bool {
        self.below_escaped
            || self
                .regs
                .iter()
                .flatten()
                .any(|&d| self.deeper_than_callee(d))
            || self.slots.iter().any(|s| self.deeper_than_callee(s.2))
    }

    /// Whether `r` may hold a stack address this reading does not place.
    fn lost(&self, r: Register) -> bool {
        gpr_index(r.full_register()).is_some_and(|i| self.lost_regs & (1 << i) != 0)
            && r.full_register() != Register::RSP
    }

    /// Whether memory named through `base` (as the instruction names it)
    /// may be any slot: %rsp or %rbp, a register holding a stack address,
    /// placed or not, or an address cut to 32 bits (`8(%esp)`).
    fn may_name_any_slot(&self, base: Register) -> bool {
        let full = base.full_register();
        matches!(full, Register::RSP | Register::RBP)
            || self.value(full).is_some()
            || self.through_lost(full)
            || base.is_gpr32()
    }

    /// Whether memory named through `base` may be a slot no key names.
    fn through_lost(&self, base: Register) -> bool {
        self.lost(base) || (self.escaped && base.is_gpr64() && base != Register::RSP)
    }

    /// The stack address `r` holds (%rsp: itself).
    fn value(&self, r: Register) -> Option<i64> {
        if r == Register::RSP {
            return self.rsp;
        }
        self.regs[gpr_index(r)?]
    }

    fn slot(&self, key: (Register, i64)) -> Option<i64> {
        self.slots.get(key)
    }

    /// Depth below %rsp at entry of `disp(%base)`.
    fn depth_of(&self, base: Register, disp: i64) -> Option<i64> {
        self.value(base).map(|d| d.wrapping_sub(disp))
    }

    /// Drops the slots a write of `size` bytes (0: not known) at
    /// `disp(%base)` may reach.
    /// `surely`: how many of them the write surely writes whenever the
    /// instruction runs (none for `cmpxchg`'s, `cmov`'s:
    /// `surely_written_bytes`).
    fn written(&mut self, base: Register, disp: i64, size: usize, surely: Option<i64>) {
        let size = if size == 0 {
            MAX_FRAME as i64
        } else {
            size as i64
        };
        let at = self.depth_of(base, disp);
        if let (Some(depth), Some(bytes)) = (at, surely) {
            let from = depth.wrapping_neg();
            self.frame.write(from, from.saturating_add(bytes));
        }
        let overlaps = |a: i64, b: i64| {
            // [a, a+size) against the slot's 8 bytes at b, as addresses.
            a < b.saturating_add(8) && b < a.saturating_add(size)
        };
        let covers = |a: i64, b: i64| {
            surely.is_some_and(|n| a <= b && b.saturating_add(8) <= a.saturating_add(n))
        };
        // Whether the write may reach the slot, and whether it surely
        // overwrites all of it (then what it held is gone).
        let reach = |this: &Self, key: (Register, i64)| -> (bool, bool) {
            if key.0 == base {
                return (overlaps(disp, key.1), covers(disp, key.1));
            }
            match (at, this.depth_of(key.0, key.1)) {
                // Depths grow downwards: the address is -depth.
                (Some(a), Some(b)) => (overlaps(-a, -b), covers(-a, -b)),
                _ => (true, false),
            }
        };
        let hit: Vec<((Register, i64), bool)> = self
            .slots
            .iter()
            .filter_map(|s| {
                let (reached, whole) = reach(self, (s.0, s.1));
                reached.then_some(((s.0, s.1), whole))
            })
            .collect();
        for (key, whole) in hit {
            self.slots.remove(key);
            // Written over in part, or maybe not at all: what it held may
            // still be there, not placed.
            if !whole {
                self.lost_slots.insert(key, ());
            }
        }
        let gone: Vec<(Register, i64)> = self
            .lost_slots
            .iter()
            .filter(|s| reach(self, (s.0, s.1)).1)
            .map(|s| (s.0, s.1))
            .collect();
        for key in gone {
            self.lost_slots.remove(key);
        }
    }

    /// What `ins` will do, read before the slots are followed.
    fn before(&mut self, ins: &Instruction, factory: &mut InfoMemo) -> StackStep {
        let reg = |i: u32| {
            (ins.op_count() > i && ins.op_kind(i) == OpKind::Register).then(|| ins.op_register(i))
        };
        let slot_key = || {
            (matches!(ins.memory_base(), Register::RSP | Register::RBP)
                && ins.memory_index() == Register::None)
                .then(|| (ins.memory_base(), ins.memory_displacement64() as i64))
        };
        let mem8 = |i: u32| {
            ins.op_count() > i && ins.op_kind(i) == OpKind::Memory && ins.memory_size().size() == 8
        };
        // The stack address the instruction's result is, read first: a
        // write below may drop the slot it comes from (`xchg`).
        let imm = ins.try_immediate(1).ok().map(|i| i as i64);
        let result = match ins.mnemonic() {
            Mnemonic::Mov if reg(1).is_some() => reg(1).and_then(|r| self.value(r)),
            Mnemonic::Mov | Mnemonic::Xchg if mem8(1) => slot_key().and_then(|k| self.slot(k)),
            Mnemonic::Lea if ins.memory_index() == Register::None => self
                .value(ins.memory_base())
                .map(|d| d.wrapping_sub(ins.memory_displacement64() as i64)),
            Mnemonic::Add if reg(1).is_none() => reg(0)
                .and_then(|r| self.value(r))
                .zip(imm)
                .map(|(d, i)| d.wrapping_sub(i)),
            Mnemonic::Sub if reg(1).is_none() => reg(0)
                .and_then(|r| self.value(r))
                .zip(imm)
                .map(|(d, i)| d.wrapping_add(i)),
            Mnemonic::Pop => self.slot((Register::RSP, 0)),
            _ => None,
        };
        let info = factory.info(ins);
        // Read before the slots this instruction writes are dropped.
        let reads_stack_slot = self.reads_slot_holding_stack_address(ins, info);
        let mut step = StackStep {
            rsp_moved_by: None,
            rsp: self.rsp,
            regs: RegWrites::default(),
            store: None,
            frame_pointer_set: false,
            df_set: self.df_set,
            written_regs: 0,
            lost_regs: 0,
            lost_stores: Vec::new(),
            call: ins.flow_control() == FlowControl::Call,
        };
        // Every register written holds no known stack address, unless
        // said below.
        let mut rsp_written = false;
        let mut rbp_written = false;
        for u in info.used_registers().iter().filter(|u| writes(u.access())) {
            let full = u.register().full_register();
            rsp_written |= full == Register::RSP;
            rbp_written |= full == Register::RBP;
            if gpr_index(full).is_some() {
                step.regs.set(full, None);
            }
        }
        // A store of a stack address to a slot (before the slots a write
        // reaches are dropped: its key is as %rsp is now).
        let stored_reg = match ins.mnemonic() {
            Mnemonic::Mov | Mnemonic::Xchg if mem8(0) => reg(1),
            _ => None,
        };
        if let (Some(key), Some(value)) = (
            slot_key().filter(|_| stored_reg.is_some()),
            stored_reg.and_then(|r| self.value(r)),
        ) {
            step.store = Some((key, value));
        }
        // A stack address stored where no slot of %rsp or %rbp names it
        // (through a pointer, to a global): not followed from there.
        if stored_reg.is_some_and(|r| self.value(r).is_some() || self.lost(r))
            && slot_key().is_none()
        {
            self.escaped = true;
        }
        // One below the slot a callee's return address goes to, gone where
        // it is not followed (a global, a vector register): a later callee
        // may read there (`CodeAddresses::stack_read`).
        let below = |r: Register| self.below_callee(r);
        self.below_escaped |= (stored_reg.is_some_and(below) && slot_key().is_none())
            || (info
                .used_registers()
                .iter()
                .any(|u| reads(u.access()) && below(u.register().full_register()))
                && info.used_registers().iter().any(|u| {
                    (u.register().is_vector_register() || u.register().is_mm())
                        && writes(u.access())
                }));
        if let Some(key) = slot_key().filter(|_| stored_reg.is_some_and(|r| self.lost(r))) {
            step.lost_stores.push(key);
        }
        // `movq %rsp,%xmm0`: a stack address where it is not followed.
        let (base, index) = (
            ins.memory_base().full_register(),
            ins.memory_index().full_register(),
        );
        let reads_stack_value = info.used_registers().iter().any(|u| {
            let r = u.register().full_register();
            matches!(
                u.access(),
                OpAccess::Read | OpAccess::CondRead | OpAccess::ReadWrite
            ) && r != base
                && r != index
                && (r == Register::RSP || self.value(r).is_some())
        });
        let writes_vector = info.used_registers().iter().any(|u| {
            (u.register().is_vector_register() || u.register().is_mm()) && writes(u.access())
        });
        self.escaped |= reads_stack_value && writes_vector;
        let mut pointer_write = false;
        for m in info.used_memory().iter().filter(|m| writes(m.access())) {
            let base = m.base().full_register();
            match base {
                Register::RSP | Register::RBP
                    if m.index() == Register::None && !m.base().is_gpr32() =>
                {
                    self.written(
                        base,
                        m.displacement() as i64,
                        m.memory_size().size(),
                        matches!(m.access(), OpAccess::Write | OpAccess::ReadWrite)
                            .then(|| surely_written_bytes(ins, m))
                            .flatten(),
                    )
                }
                // Through a pointer to the stack (or with an index, or an
                // address cut to 32 bits): any slot; the bytes a placed one
                // names are written all the same.
                _ if self.value(base).is_some()
                    || matches!(base, Register::RSP | Register::RBP)
                    || self.through_lost(base) =>
                {
                    pointer_write = true;
                    let surely = matches!(m.access(), OpAccess::Write | OpAccess::ReadWrite)
                        .then(|| surely_written_bytes(ins, m))
                        .flatten();
                    if let (Some(depth), Some(size)) = (
                        self.depth_of(base, m.displacement() as i64)
                            .filter(|_| m.index() == Register::None && !m.base().is_gpr32()),
                        surely,
                    ) {
                        let from = depth.wrapping_neg();
                        self.frame.write(from, from.saturating_add(size));
                    }
                }
                _ => {}
            }
        }
        if pointer_write {
            // What they held may be there still: not placed any more.
            for s in self.slots.iter() {
                self.lost_slots.insert((s.0, s.1), ());
            }
            self.slots.clear();
        }
        let op0_full = reg(0).filter(|r| r.is_gpr64());
        // `xchg %rax,%rsp`, either way round: the other register.
        let rsp_swapped = match (ins.mnemonic(), reg(0), reg(1)) {
            (Mnemonic::Xchg, Some(Register::RSP), Some(r))
            | (Mnemonic::Xchg, Some(r), Some(Register::RSP))
                if r.is_gpr64() =>
            {
                Some(r)
            }
            _ => None,
        };
        match ins.mnemonic() {
            Mnemonic::Push => {
                let pushed = match ins.op0_kind() {
                    OpKind::Register if ins.op0_register().is_gpr64() => {
                        self.value(ins.op0_register())
                    }
                    OpKind::Memory if mem8(0) => slot_key().and_then(|k| self.slot(k)),
                    _ => None,
                };
                if let Some(v) = pushed {
                    // Where the push puts it, as %rsp will be.
                    step.store = Some(((Register::RSP, 0), v));
                }
                let pushed_lost = match ins.op0_kind() {
                    OpKind::Register => self.lost(ins.op0_register()),
                    OpKind::Memory if mem8(0) => {
                        slot_key().is_some_and(|k| self.lost_slots.contains_key(k))
                    }
                    _ => false,
                };
                if pushed_lost {
                    step.lost_stores.push((Register::RSP, 0));
                }
            }
            Mnemonic::Xchg if rsp_swapped.is_some() => {}
            Mnemonic::Xchg if reg(0).is_some() && reg(1).is_some() => {
                let (a, b) = (ins.op0_register(), ins.op1_register());
                if a.is_gpr64() && b.is_gpr64() {
                    step.regs.set(a.full_register(), self.value(b));
                    step.regs.set(b.full_register(), self.value(a));
                }
            }
            Mnemonic::Xchg if mem8(0) && reg(1).is_some_and(|r| r.is_gpr64()) => {
                step.regs
                    .set(ins.op1_register(), slot_key().and_then(|k| self.slot(k)));
            }
            Mnemonic::Xchg if mem8(1) => {
                if let Some(r) = op0_full {
                    step.regs.set(r, result);
                    if let (Some(k), Some(v)) = (slot_key(), self.value(r)) {
                        step.store = Some((k, v));
                    }
                }
            }
            Mnemonic::Std => step.df_set = Some(true),
            Mnemonic::Cld => step.df_set = Some(false),
            // A callee leaves what the calling convention lets it change
            // (the direction flag too, as far as this reading goes).
            Mnemonic::Call => {
                step.df_set = None;
                for r in CALL_CLOBBERED {
                    step.regs.set(r, None);
                }
            }
            Mnemonic::Popf | Mnemonic::Popfq => step.df_set = None,
            // `movsq` without `rep` moves %rdi (and %rsi) by 8, down if
            // the direction flag is set.
            m if ins.is_string_instruction()
                && !ins.has_rep_prefix()
                && !ins.has_repne_prefix() =>
            {
                let size = ins.memory_size().size() as i64;
                let by = self.df_set.map(|down| if down { size } else { -size });
                let _ = m;
                for r in [Register::RDI, Register::RSI] {
                    if step.regs.writes(r) {
                        let moved = self.value(r).zip(by).map(|(d, b)| d.wrapping_add(b));
                        step.regs.set(r, moved);
                    }
                }
            }
            _ => {
                if let Some(r) = op0_full.filter(|&r| r != Register::RSP) {
                    step.regs.set(r, result);
                }
            }
        }
        // %rsp: where `Depths` says, or where a register or slot said the
        // stack was.
        let depths = Depths {
            rsp: self.rsp,
            rbp: self.value(Register::RBP),
        }
        .after(ins, rsp_written, rbp_written);
        step.rsp = depths.rsp;
        if rsp_written && (reg(0) == Some(Register::RSP) || rsp_swapped.is_some()) {
            let from = match ins.mnemonic() {
                Mnemonic::Mov | Mnemonic::Lea | Mnemonic::Pop => result,
                Mnemonic::Xchg => rsp_swapped.and_then(|r| self.value(r)),
                _ => None,
            };
            if from.is_some() && depths.rsp.is_none() {
                step.rsp = from;
            }
            step.rsp_moved_by = match (ins.mnemonic(), self.rsp, step.rsp) {
                // `lea -8(%rsp),%rsp` moves by its displacement, wherever
                // the stack was.
                (Mnemonic::Lea, _, _)
                    if ins.memory_base() == Register::RSP
                        && ins.memory_index() == Register::None =>
                {
                    Some((ins.memory_displacement64() as i64).wrapping_neg())
                }
                (Mnemonic::Mov | Mnemonic::Lea | Mnemonic::Xchg, Some(a), Some(b))
                    if from.is_some() =>
                {
                    Some(b.wrapping_sub(a))
                }
                _ => None,
            };
            if let Some(r) = rsp_swapped {
                step.regs.set(r.full_register(), self.rsp);
            }
        }
        // Any other instruction that reads a stack address (from a register,
        // or from a slot that may hold one) and writes memory or a register
        // not followed (`movl %ebx,0x10(%rsp)`, `fildll`, `movups`, `movsq`,
        // `pop 0x20(%rsp)`, `xadd`, `cmpxchg`, `or %rbx,0x20(%rsp)`): what it
        // writes may hold one this reading does not place (blind review 64).
        let reads_stack_value = self.reads_stack_address(ins, info);
        let exact_store = (matches!(ins.mnemonic(), Mnemonic::Mov | Mnemonic::Xchg)
            && mem8(0)
            && stored_reg.is_some())
            || (ins.mnemonic() == Mnemonic::Push && (reg(0).is_some() || mem8(0)));
        if !exact_store && (reads_stack_value || reads_stack_slot) {
            for m in info.used_memory().iter().filter(|m| writes(m.access())) {
                let base = m.base().full_register();
                if matches!(base, Register::RSP | Register::RBP)
                    && m.index() == Register::None
                    && !self.lost(base)
                    && !m.base().is_gpr32()
                {
                    // Named as %rsp is after the instruction (`pop
                    // 0x20(%rsp)` writes where 0x20(%rsp) is once popped).
                    let moved = if base == Register::RSP {
                        i64::from(ins.stack_pointer_increment())
                    } else {
                        0
                    };
                    let disp = (m.displacement() as i64).wrapping_sub(moved);
                    let size = (m.memory_size().size() as i64).max(1);
                    // Every 8 bytes of it, and the slot it starts in.
                    let mut k = 0;
                    while k < size {
                        step.lost_stores.push((base, disp.wrapping_add(k)));
                        k += 8;
                    }
                } else {
                    self.escaped = true;
                }
            }
            // x87 loads (`fildll`) push onto a register stack iced-x86
            // does not list.
            let writes_elsewhere = ins.fpu_stack_increment_info().increment() != 0
                || info.used_registers().iter().any(|u| {
                    writes(u.access())
                        && !u.register().full_register().is_gpr64()
                        && !matches!(u.register(), Register::RIP | Register::EIP)
                });
            self.escaped |= writes_elsewhere;
        }
        let loaded_lost = (reads_stack_slot
            && !(matches!(ins.mnemonic(), Mnemonic::Mov | Mnemonic::Xchg)
                && mem8(1)
                && slot_key().is_some()))
            || match ins.mnemonic() {
                Mnemonic::Xchg if mem8(0) => {
                    slot_key().is_some_and(|k| self.lost_slots.contains_key(k))
                }
                Mnemonic::Mov | Mnemonic::Xchg if mem8(1) => match slot_key() {
                    Some(k) => self.lost_slots.contains_key(k),
                    // Through a pointer that may name a slot no key names.
                    None => {
                        (self.value(base).is_some() || self.through_lost(base))
                            && !(self.slots.is_empty() && self.lost_slots.is_empty())
                    }
                },
                Mnemonic::Pop => self.lost_slots.contains_key((Register::RSP, 0)),
                _ => false,
            };
        (step.written_regs, step.lost_regs) =
            self.lost_after(ins, info, step.regs, reads_stack_value || loaded_lost);
        if rbp_written {
            let rbp = depths.rbp.or_else(|| step.regs.depth(Register::RBP));
            step.regs.set(Register::RBP, rbp);
            step.frame_pointer_set = ins.mnemonic() == Mnemonic::Mov
                && reg(0) == Some(Register::RBP)
                && reg(1) == Some(Register::RSP);
        }
        step
    }

    /// Whether `ins` reads a stack address as a value (not as the address
    /// of its memory operand): an explicit register operand holding one
    /// (%rsp too, but not its implicit use by push, pop, call), an implicit
    /// one, or the address `lea` computes from one.
    fn reads_stack_address(&self, ins: &Instruction, info: MemoView) -> bool {
        if is_zeroing_idiom(ins) {
            return false;
        }
        let holds = |r: Register| {
            let r = r.full_register();
            r.is_gpr64() && (r == Register::RSP || self.value(r).is_some() || self.lost(r))
        };
        let explicit = (0..ins.op_count()).any(|i| {
            ins.op_kind(i) == OpKind::Register
                && reads(info.op_access(i))
                && holds(ins.op_register(i))
        });
        let lea_of_stack = ins.mnemonic() == Mnemonic::Lea
            && (holds(ins.memory_base()) || holds(ins.memory_index()));
        let implicit = info.used_registers().iter().any(|u| {
            reads(u.access())
                && u.register().full_register() != Register::RSP
                && holds(u.register())
                && ins.memory_base().full_register() != u.register().full_register()
                && ins.memory_index().full_register() != u.register().full_register()
        });
        explicit || lea_of_stack || implicit
    }

    /// Whether `ins` reads memory that may be a slot holding a stack
    /// address (placed or not): one named at a displacement of %rsp or %rbp
    /// that covers such a slot, or, named otherwise through a stack address
    /// (an index, one not placed), any while some slot holds one.
    fn reads_slot_holding_stack_address(&self, ins: &Instruction, info: MemoView) -> bool {
        let any = !(self.slots.is_empty() && self.lost_slots.is_empty());
        if !any || ins.mnemonic() == Mnemonic::Lea {
            return false;
        }
        info.used_memory()
            .iter()
            .filter(|m| reads(m.access()))
            .any(|m| {
                let base = m.base().full_register();
                let size = (m.memory_size().size() as i64).max(1);
                if matches!(base, Register::RSP | Register::RBP)
                    && m.index() == Register::None
                    && !self.lost(base)
                {
                    let disp = m.displacement() as i64;
                    let covers = |s: &(Register, i64)| {
                        s.0 == base && s.1 < disp.wrapping_add(size) && disp < s.1.wrapping_add(8)
                    };
                    self.slots.iter().any(|s| covers(&(s.0, s.1)))
                        || self.lost_slots.iter().any(|s| covers(&(s.0, s.1)))
                } else {
                    matches!(base, Register::RSP | Register::RBP)
                        || self.value(base).is_some()
                        || self.through_lost(base)
                }
            })
    }

    /// The registers `ins` writes (`written`, a mask) and those of them that
    /// may now hold a stack address this reading does not place
    /// (`lost_regs`; `regs`: what `before` says each register it writes
    /// holds after it): one computed from a stack address (`and $-8,%rcx`,
    /// `or $8,%rcx`, `cmovne %r9,%r8`, `lea (%rcx,%rdx)`, `movl %ecx,%edx`,
    /// `lea 8(%rsp),%rax` where %rsp's place is not known), written in part
    /// or only on some paths (`mov %ax,%r8w`, `cmov`), or loaded from a slot
    /// that may hold one (`reads_stack_address`: `reads_stack_address`, or
    /// such a load). Overwriting a register whole (a load, a constant, a
    /// zeroing idiom, a call's clobbers) places it.
    fn lost_after(
        &self,
        ins: &Instruction,
        info: MemoView,
        regs: RegWrites,
        reads_stack_address: bool,
    ) -> (u16, u16) {
        let (mut written, mut lost) = (0u16, 0u16);
        for u in info.used_registers() {
            let full = u.register().full_register();
            let Some(i) = gpr_index(full).filter(|_| full != Register::RSP) else {
                continue;
            };
            if !writes(u.access()) {
                continue;
            }
            // A string instruction moves %rdi and %rsi along: what they
            // point at stays as placed (or not) as it was.
            if ins.is_string_instruction() && matches!(full, Register::RDI | Register::RSI) {
                continue;
            }
            written |= 1 << i;
            if regs.depth(full).is_some() {
                continue;
            }
            // A 32-bit write replaces the whole register; 8 and 16 bits keep
            // the rest of what was there.
            let partial = u.register().size() < 4;
            let conditional = !matches!(u.access(), OpAccess::Write);
            let had = self.value(full).is_some() || self.lost(full);
            if reads_stack_address || (had && (partial || conditional)) {
                lost |= 1 << i;
            }
        }
        (written, lost)
    }

    /// Applies what `before` read, once the slots moved and were written.
    fn after(&mut self, step: StackStep) {
        // Below %rsp nothing stays written where a call wrote its return
        // address there or %rsp moved up past what was written (a later call
        // or interrupt writes there): the frame reads it unwritten when
        // %rsp comes down again. (A push writes just above where %rsp
        // goes.)
        let moved_up = match (self.rsp, step.rsp) {
            (Some(before), Some(after)) => after < before,
            (None, Some(_)) => true,
            _ => false,
        };
        self.rsp = step.rsp;
        if let Some(depth) = self.rsp.filter(|_| moved_up || step.call) {
            self.frame.forget_below(depth);
        }
        self.df_set = step.df_set;
        for i in 0..self.regs.len() {
            if step.regs.written & (1 << i) != 0 {
                self.regs[i] = step.regs.depth_at(i);
            }
        }
        self.lost_regs = (self.lost_regs & !step.written_regs) | step.lost_regs;
        if step.frame_pointer_set {
            self.slots.copy_rsp_to_rbp();
            self.lost_slots.copy_rsp_to_rbp();
        }
        if let Some((key, value)) = step.store {
            self.slots.insert(key, value);
            self.lost_slots.remove(key);
        }
        for key in step.lost_stores {
            self.lost_slots.insert(key, ());
        }
    }
}

/// A `lea` without a relocation: the assembler resolved a place in this same
/// code section (a function, or a table between functions), a code address
/// all the same.
pub fn unrelocated_lea(section: &CodeSection, off: u64, ins: &Instruction) -> bool {
    ins.mnemonic() == Mnemonic::Lea
        && ins.is_ip_rel_memory_operand()
        && section.relocs_in(off, off + ins.len() as u64).is_empty()
}

/// How many bytes a write to memory `m` by `ins` surely writes from its
/// start whenever it runs: `fxsave` leaves bytes 464 to 511 as they were
/// (blind review 88), the `xsave` family writes what its mask and the
/// processor choose (none taken); any other, its operand's size.
fn surely_written_bytes(ins: &Instruction, m: &iced_x86::UsedMemory) -> Option<i64> {
    match ins.mnemonic() {
        Mnemonic::Fxsave | Mnemonic::Fxsave64 => Some(464),
        Mnemonic::Xsave
        | Mnemonic::Xsave64
        | Mnemonic::Xsaveopt
        | Mnemonic::Xsaveopt64
        | Mnemonic::Xsavec
        | Mnemonic::Xsavec64
        | Mnemonic::Xsaves
        | Mnemonic::Xsaves64 => None,
        _ => Some((m.memory_size().size() as i64).max(1)),
    }
}

/// What the reading along paths found.
pub enum OnPaths {
    /// The position of an instruction that branches through a computed value.
    Branch(usize),
    /// The position of an instruction that reads bytes of the function's
    /// frame no path wrote (`CodeAddresses::frame_read_unwritten`): what it
    /// reads may be a return address an earlier call left there.
    UnwrittenRead(usize),
    /// A return through a slot that is not the return address: one of the
    /// frame no path wrote, the caller's frame, or one where %rsp's place
    /// is not known (`sub $16,%rsp; ret`: blind review 84).
    ReturnElsewhere(usize),
    /// The position of an instruction that reads a return address
    /// (`CodeAddresses::stack_read`).
    ReturnAddress(usize, ReturnAddressRead),
    /// Paths too many to follow (`MAX_ROUNDS`): nothing shown.
    GaveUp,
}

/// Following every value (`CodeAddresses::all_values`) along each path of
/// one function's code (`bytes`, at offset `lo` of `section`): an
/// instruction that branches through a value computed by arithmetic on
/// some path to it. Paths are the function's own jumps and fall-throughs
/// (a call falls through; an indirect jump's targets are not followed).
///
/// A read of a return address ends the reading where `ends_reading` says
/// the caller takes it as found (a way in anywhere: a branch after it would
/// add nothing); any other is passed over and the reading goes on to the
/// branches (one the caller passes over would otherwise hide a computed
/// branch after it: a userland function's read of its red zone, or any read
/// for a caller that asks about branches only). A read through an index is
/// noted and the reading goes on.
pub fn computed_branch_on_paths(
    module: &Module,
    section: &CodeSection,
    bytes: &[u8],
    lo: u64,
    ends_reading: impl Fn(ReturnAddressRead) -> bool,
) -> Option<OnPaths> {
    let found = branch_on_paths(module, section, bytes, lo, &ends_reading, true);
    let Some(OnPaths::UnwrittenRead(_) | OnPaths::ReturnElsewhere(_)) = found else {
        return found;
    };
    // A function that reads its frame where no path wrote may branch
    // through a computed value too (the slot returned through may hold
    // one): where the reading that does not look at the frame finds a
    // branch (or a return address read), that is what is told.
    match branch_on_paths(module, section, bytes, lo, &ends_reading, false) {
        Some(OnPaths::ReturnAddress(_, ReturnAddressRead::Indexed) | OnPaths::GaveUp) | None => {
            found
        }
        other => other,
    }
}

/// `computed_branch_on_paths`, looking for reads of the frame where no path
/// wrote (`follows_frame`) or not.
fn branch_on_paths(
    module: &Module,
    section: &CodeSection,
    bytes: &[u8],
    lo: u64,
    ends_reading: &dyn Fn(ReturnAddressRead) -> bool,
    follows_frame: bool,
) -> Option<OnPaths> {
    let mut code: Vec<(usize, Instruction)> = Vec::new();
    let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    while decoder.can_decode() {
        let pos = decoder.position();
        let ins = decoder.decode();
        if !ins.is_invalid() {
            code.push((pos, ins));
        }
    }
    // With the decoder's ip at 0, a near branch's target is a position.
    let index_of = |target: u64| code.binary_search_by_key(&(target as usize), |c| c.0).ok();
    // A relocated jump reads as one to the next instruction (its field is
    // 0). One to a place outside this module (`jmp __x86_return_thunk`, a
    // tail call) leaves the function, and so does one that names another
    // function's first byte by its symbol (`jmp kfree` in a linked
    // vmlinux.o: a way back into this function would be an entry of its
    // own, `entries`); one to its own first byte starts it again. Any other
    // to this module's code is taken as the next instruction, as decoded (a
    // path more only makes more values computed).
    let leaves = |i: usize| {
        let (pos, ins) = &code[i];
        let off = lo + *pos as u64;
        let relocs = section.relocs_in(off, off + ins.len() as u64);
        !relocs.is_empty()
            && relocs.iter().all(|r| {
                !module.reloc_reaches_code(r)
                    || jump_names_function(
                        module,
                        section,
                        off,
                        ins,
                        r,
                        lo..lo + bytes.len() as u64,
                    ) == Some(false)
            })
    };
    // A relocated jump to this function's own first byte goes there.
    let restarts = |i: usize| {
        let (pos, ins) = &code[i];
        let off = lo + *pos as u64;
        let relocs = section.relocs_in(off, off + ins.len() as u64);
        relocs.len() == 1
            && jump_names_function(
                module,
                section,
                off,
                ins,
                &relocs[0],
                lo..lo + bytes.len() as u64,
            ) == Some(true)
    };
    // `call __stack_chk_fail`, `call panic` (the kernel's: on objtool's
    // list of functions that never return, left undefined by this object
    // and defined by no other input of the scan, which may define one that
    // returns: blind reviews 88, 90) do not come back: the code after them
    // belongs to other paths.
    let no_return = |i: usize| {
        let (pos, ins) = &code[i];
        let off = lo + *pos as u64;
        ins.flow_control() == FlowControl::Call
            && section
                .relocs_in(off, off + ins.len() as u64)
                .iter()
                .any(|r| {
                    let name = &**r.symbol();
                    !module.reloc_reaches_code(r)
                        && (name == "__stack_chk_fail"
                            || (crate::objtool::model::is_noreturn(Some(name))
                                && module.is_undefined(name)
                                && !module
                                    .noreturn_defined_elsewhere
                                    .iter()
                                    .any(|n| &**n == name)))
                })
    };
    // A faulting instruction's exception fixup in this code.
    let fixup = |i: usize| {
        let off = lo + code[i].0 as u64;
        let first = section.ex_fixups.partition_point(|e| e.0 < off);
        section.ex_fixups[first..]
            .iter()
            .take_while(|e| e.0 == off)
            .find_map(|e| index_of(e.1.checked_sub(lo)?))
    };
    let successor_of = |i: usize| -> (Option<usize>, Option<usize>) {
        let ins = &code[i].1;
        let next = (i + 1 < code.len()).then_some(i + 1);
        let target = || index_of(ins.near_branch_target());
        match ins.flow_control() {
            // A WARN's `ud2` goes on at the next instruction; a BUG's
            // never comes back (`bug_traps`: only where the table says so)
            // but to an exception fixup (`do_error_trap` looks for one
            // before it kills the task: blind review 87's `bug_extable`).
            FlowControl::Exception
                if ins.mnemonic() == Mnemonic::Ud2
                    && !section.bug_ends_at(lo + code[i].0 as u64) =>
            {
                (next, fixup(i))
            }
            FlowControl::ConditionalBranch if restarts(i) => (next, Some(0)),
            FlowControl::ConditionalBranch => (next, target()),
            FlowControl::UnconditionalBranch if leaves(i) => (None, None),
            FlowControl::UnconditionalBranch if restarts(i) => (None, Some(0)),
            FlowControl::UnconditionalBranch => (None, target()),
            // A trap, or a fault of a return or jump, goes on at its
            // fixup where `__ex_table` names one.
            FlowControl::Return | FlowControl::IndirectBranch | FlowControl::Exception => {
                (None, fixup(i))
            }
            _ if no_return(i) => (None, None),
            _ => (next, fixup(i)),
        }
    };
    // Once per instruction: blocks are read again and again, and whether a
    // jump leaves looks at relocations.
    let successors: Vec<(Option<usize>, Option<usize>)> =
        (0..code.len()).map(successor_of).collect();
    let successors = |i: usize| successors[i];
    let mut starts = vec![false; code.len()];
    if let Some(first) = starts.first_mut() {
        *first = true;
    }
    for i in 0..code.len() {
        if let (fall, Some(t)) = successors(i) {
            starts[t] = true;
            if let Some(f) = fall {
                starts[f] = true;
            }
        }
        if successors(i).0.is_none() && i + 1 < code.len() {
            starts[i + 1] = true;
        }
    }
    // A call to a place in this code (`call lget`, no relocation; not to
    // the next instruction, `call 1f; 1:`) goes there with its return
    // address pushed, as well as on to the next instruction: the called
    // code reads the caller's frame as the caller left it (blind review
    // 84's `f07`: `lget: sub $8,%rsp; mov (%rsp),%rax` reads the return
    // address of an earlier call; blind review 88's `calllabel`: `call 1f`
    // to code reading `8(%rsp)`, a slot of the caller no path wrote).
    let called: Vec<Option<usize>> = (0..code.len())
        .map(|i| {
            let (pos, ins) = &code[i];
            let off = lo + *pos as u64;
            (ins.flow_control() == FlowControl::Call
                && ins.op0_kind() == OpKind::NearBranch64
                && ins.near_branch_target() != ins.next_ip()
                && section.relocs_in(off, off + ins.len() as u64).is_empty())
            .then(|| index_of(ins.near_branch_target()))
            .flatten()
            // (A call to the function's own start is a new activation:
            // its frame starts there.)
            .filter(|&t| t != 0)
        })
        .collect();
    for &t in called.iter().flatten() {
        starts[t] = true;
    }
    // What paths bring to each place, boxed: only block starts hold one, and
    // a state is hundreds of bytes (a function of 10k instructions would
    // otherwise fault in megabytes per reading).
    let mut entering: Vec<Option<Box<CodeAddresses>>> = vec![None; code.len()];
    let mut joins = vec![0u32; code.len()];
    // Blocks to read again, lowest first: compiled code mostly jumps
    // forward, so in address order most blocks have what every path
    // brings them when they are read (last in, first out read a KMSAN
    // build's blocks 3 times each; this, 1.8).
    let mut work = std::collections::BinaryHeap::new();
    let mut queued = vec![false; code.len()];
    let mut factory = InfoMemo::for_code(&code, bytes.len());
    // Code no path from the function's start reaches (after a `ret`, a
    // label only another function jumps to) is read too, from what a
    // function is handed: once the paths are done, from the first such
    // block on.
    let mut unreached = 0;
    // The first read of the stack through an index.
    let mut indexed = None;
    let mut rounds = 0usize;
    let budget = MAX_ROUNDS * starts.iter().filter(|&&s| s).count().max(1);
    // The return address a call to a place in this code pushes.
    // (`push $0`: 68 00 00 00 00.)
    let pushed_return_address =
        Decoder::with_ip(64, &[0x68, 0, 0, 0, 0], 0, DecoderOptions::NONE).decode();
    loop {
        rounds += 1;
        if rounds > budget {
            return Some(OnPaths::GaveUp);
        }
        let next = work.pop().map(|std::cmp::Reverse(i)| {
            queued[i] = false;
            i
        });
        let Some(start) = next.or_else(|| {
            while unreached < code.len() && !(starts[unreached] && entering[unreached].is_none()) {
                unreached += 1;
            }
            (unreached < code.len()).then(|| {
                let mut state = CodeAddresses::all_values();
                state.stack.follows_frame = follows_frame;
                // The function's start is where the reading begins.
                state.stack.from_unreached = unreached != 0;
                entering[unreached] = Some(Box::new(state));
                unreached
            })
        }) else {
            break;
        };
        let Some(mut state) = entering[start].as_deref().cloned() else {
            continue;
        };
        state.info = std::mem::take(&mut factory);
        let mut i = start;
        loop {
            let (pos, ins) = &code[i];
            let off = lo + *pos as u64;
            match state.stack_read(ins) {
                // Only under the in-bounds assumption: the reading goes on.
                Some(ReturnAddressRead::Indexed) => indexed = indexed.or(Some(*pos)),
                Some(how) if ends_reading(how) => return Some(OnPaths::ReturnAddress(*pos, how)),
                Some(_) | None => {}
            }
            // Into the called code: the state before the call, its return
            // address pushed.
            if let Some(t) = called[i] {
                let mut callee = state.clone();
                if callee.step(module, section, off, &pushed_return_address, false) {
                    return Some(OnPaths::Branch(*pos));
                }
                flow_into(
                    t,
                    &callee,
                    &mut entering,
                    &mut joins,
                    &mut queued,
                    &mut work,
                );
            }
            if state.step(
                module,
                section,
                off,
                ins,
                unrelocated_lea(section, off, ins),
            ) {
                return Some(if state.stack.returns_unwritten {
                    OnPaths::ReturnElsewhere(*pos)
                } else if state.stack.read_unwritten {
                    OnPaths::UnwrittenRead(*pos)
                } else {
                    OnPaths::Branch(*pos)
                });
            }
            let (fall, target) = successors(i);
            match (fall, target) {
                (Some(f), None) if !starts[f] => i = f,
                _ => {
                    for s in [fall, target].into_iter().flatten() {
                        flow_into(s, &state, &mut entering, &mut joins, &mut queued, &mut work);
                    }
                    break;
                }
            }
        }
        factory = std::mem::take(&mut state.info);
    }
    indexed.map(|pos| OnPaths::ReturnAddress(pos, ReturnAddressRead::Indexed))
}

/// What a path brings to place `s` of the reading along paths
/// (`branch_on_paths`): joined with what it holds, and `s` queued to be
/// read again where that changed.
fn flow_into(
    s: usize,
    state: &CodeAddresses,
    entering: &mut [Option<Box<CodeAddresses>>],
    joins: &mut [u32],
    queued: &mut [bool],
    work: &mut std::collections::BinaryHeap<std::cmp::Reverse<usize>>,
) {
    let changed = match &mut entering[s] {
        Some(there) => {
            joins[s] += 1;
            // Giving up changes what the place holds: read it again.
            let gave_up = joins[s] > JOINS_BEFORE_GIVING_UP_SLOTS && !there.slots_given_up;
            if gave_up {
                there.give_up_slots();
            }
            there.join(state) || gave_up
        }
        empty => {
            *empty = Some(Box::new(state.clone()));
            true
        }
    };
    if changed && !queued[s] {
        queued[s] = true;
        work.push(std::cmp::Reverse(s));
    }
}

/// Whether a function needs the reading that follows every value
/// (`computed_branch_on_paths`), noted instruction by instruction in address
/// order: it goes where a register or memory says (an indirect call or jump,
/// a call or jump to a retpoline thunk), or it returns through a slot it may
/// have written: a `ret` with %rsp not where it was at entry (`push %rax;
/// ret`), or after a write that may reach the return address's own slot
/// (`mov %rax,0x60(%rsp)` under `sub $0x60,%rsp`).
///
/// %rsp's depth below its place at entry (and %rbp's, from `mov %rsp,%rbp`)
/// is followed along the address order: a jump's target takes the depth the
/// jump had, code after a `ret` or `jmp` that no jump names has none known,
/// and a jump back to a place read with another depth makes the function
/// wanted. Where a depth is not known, any write through that register may
/// reach the return slot.
#[derive(Default)]
pub struct BranchesThroughValues {
    through: bool,
    returns: bool,
    /// A `ret` where %rsp may not be where it was at entry.
    returns_elsewhere: bool,
    /// A write that may reach the slot the return address was handed in.
    return_slot_written: bool,
    /// A jump back to a place read with another depth.
    depth_unsure: bool,
    /// The first read (position) of the return address by anything but a
    /// return through it (`mov (%rsp),%rax` at entry,
    /// `__builtin_return_address(0)`), or of the stack below %rsp, where
    /// earlier calls left theirs (`ReturnAddressRead`).
    first_read: Option<(u64, ReturnAddressRead)>,
    /// The first read of the return address itself: after a read below
    /// %rsp, which a function keeping locals there passes over
    /// (`return_address_read`), it is still looked for.
    first_own_read: Option<u64>,
    /// The first read of the stack through an index (`(%rsp,%rcx,8)`):
    /// it reaches a return address only out of its object.
    pub indexed_read: Option<u64>,
    /// A write below %rsp: the function keeps locals there (userland's red
    /// zone; never the kernel's code), and its reads there are taken to
    /// read what it wrote (README, "Return addresses").
    pub writes_below_stack: bool,
    /// Reads this address-order reading cannot place: through %rsp at a
    /// depth not known; through %rbp at a depth not known, or through
    /// another register (either may hold a copy of %rsp where a stack
    /// address is taken, `stack_address_taken`). The reading along paths
    /// places them (`CodeAddresses::stack_read`).
    rsp_read_unplaced: bool,
    pointer_read: bool,
    /// A stack address taken into a register (`mov %rsp,%rax`, `lea
    /// 8(%rsp),%rdi`, %rbp copied while a frame pointer): memory named
    /// through it may be the return slot.
    stack_address_taken: bool,
    /// An address below %rsp taken into a register (`lea -24(%rsp),%rdi`):
    /// handed to a callee, it is a read there (`CodeAddresses::stack_read`).
    below_stack_address_taken: bool,
    /// Whether some read of the frame may find bytes no path wrote,
    /// judged in address order (`AddressOrderWrites`).
    frame_writes: AddressOrderWrites,
    /// What is known at the next instruction; `None` once the address order
    /// left every path (after a `ret` or `jmp`).
    at: Option<Depths>,
    /// Depths jumps take to places further down, by position.
    ahead: Vec<(u64, Depths)>,
    /// Depths each place was read with (positions ascending), for jumps back.
    read: Vec<(u64, Depths)>,
    info: Option<InstructionInfoFactory>,
}

/// How code gets hold of a return address: a place in the middle of the
/// calling function that no relocation names, which the readings of code
/// addresses do not follow once it is in a register (every indirect
/// branch is taken to go where the module points). Any return point of a
/// call may then be entered from code that kept it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnAddressRead {
    /// The slot a function's return address was handed in, read otherwise
    /// than by a return.
    Own,
    /// Memory below %rsp: return addresses of calls made before.
    BelowStack,
    /// The stack through an index (`(%rsp,%rcx,8)`): any of it.
    Indexed,
    /// An address below %rsp handed to a callee, which may read there.
    HandedBelowStack,
}

/// %rsp's and %rbp's depth below %rsp at entry (`None`: not known).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct Depths {
    rsp: Option<i64>,
    rbp: Option<i64>,
}

impl Depths {
    /// What holds on every one of two paths.
    fn meet(self, other: Depths) -> Depths {
        Depths {
            rsp: self.rsp.filter(|_| self.rsp == other.rsp),
            rbp: self.rbp.filter(|_| self.rbp == other.rbp),
        }
    }

    /// Whether a write of `size` bytes (0: not known) at `disp(%base)` may
    /// reach the return address's slot (the 8 bytes at %rsp on entry).
    fn may_reach_return_slot(&self, base: Register, disp: i64, size: usize) -> bool {
        let depth = match base {
            Register::RSP => self.rsp,
            Register::RBP => self.rbp,
            _ => return false,
        };
        let Some(depth) = depth else {
            return true;
        };
        // Relative to %rsp at entry.
        let at = disp.wrapping_sub(depth);
        size == 0 || (at < 8 && at.saturating_add(size as i64) > 0)
    }

    /// The depths after `ins` (`rsp_written`, `rbp_written`: it writes
    /// that register, implicitly too). A call comes back with %rsp where it
    /// was.
    fn after(self, ins: &Instruction, rsp_written: bool, rbp_written: bool) -> Depths {
        let mut next = self;
        let op0 = (ins.op0_kind() == OpKind::Register).then(|| ins.op0_register());
        let op1 =
            (ins.op_count() > 1 && ins.op1_kind() == OpKind::Register).then(|| ins.op1_register());
        match ins.mnemonic() {
            Mnemonic::Call => return self,
            Mnemonic::Push
            | Mnemonic::Pushf
            | Mnemonic::Pushfq
            | Mnemonic::Pop
            | Mnemonic::Popf
            | Mnemonic::Popfq => {
                next.rsp = self.rsp.map(|d| d - ins.stack_pointer_increment() as i64);
                if ins.mnemonic() == Mnemonic::Pop {
                    match op0.map(|r| r.full_register()) {
                        Some(Register::RSP) => next.rsp = None,
                        Some(Register::RBP) => next.rbp = None,
                        _ => {}
                    }
                }
                return next;
            }
            // `leave`: %rsp = %rbp + 8, %rbp what was at 0(%rbp).
            Mnemonic::Leave => {
                next.rsp = self.rbp.map(|d| d - 8);
                next.rbp = None;
                return next;
            }
            // `enter $N,$0`: push %rbp; mov %rsp,%rbp; sub $N,%rsp.
            Mnemonic::Enter => {
                let level = ins.try_immediate(1).unwrap_or(1);
                let size = ins.try_immediate(0).unwrap_or(0) as i64;
                next.rbp = self.rsp.map(|d| d + 8).filter(|_| level == 0);
                next.rsp = next.rbp.map(|d| d + size);
                return next;
            }
            // `xchg %rsp,%rbp`: the two swap.
            Mnemonic::Xchg
                if matches!(
                    (op0, op1),
                    (Some(Register::RSP), Some(Register::RBP))
                        | (Some(Register::RBP), Some(Register::RSP))
                ) =>
            {
                return Depths {
                    rsp: self.rbp,
                    rbp: self.rsp,
                };
            }
            _ => {}
        }
        if rsp_written {
            let imm = || ins.try_immediate(1).ok().map(|i| i as i64);
            next.rsp = match (ins.mnemonic(), op0, op1) {
                (Mnemonic::Add, Some(Register::RSP), None) => {
                    imm().and_then(|i| self.rsp.map(|d| d - i))
                }
                (Mnemonic::Sub, Some(Register::RSP), None) => {
                    imm().and_then(|i| self.rsp.map(|d| d + i))
                }
                (Mnemonic::Mov, Some(Register::RSP), Some(Register::RBP)) => self.rbp,
                (Mnemonic::Lea, Some(Register::RSP), None)
                    if ins.memory_index() == Register::None =>
                {
                    let disp = ins.memory_displacement64() as i64;
                    match ins.memory_base() {
                        Register::RSP => self.rsp.map(|d| d - disp),
                        Register::RBP => self.rbp.map(|d| d - disp),
                        _ => None,
                    }
                }
                _ => None,
            };
        }
        if rbp_written {
            next.rbp = match (ins.mnemonic(), op0, op1) {
                (Mnemonic::Mov, Some(Register::RBP), Some(Register::RSP)) => self.rsp,
                _ => None,
            };
        }
        next
    }
}

impl BranchesThroughValues {
    /// The reads of `ins` at `pos` with the depths `here`: the return
    /// slot's, the stack's below %rsp, through an index, or not placed.
    fn place_reads(
        &mut self,
        here: Depths,
        pos: u64,
        ins: &Instruction,
        info: &iced_x86::InstructionInfo,
    ) {
        if self.first_own_read.is_some() || reads_nothing_out(ins) {
            return;
        }
        // After the first read, only a read of the return address itself is
        // looked for (nothing else changes from there on).
        let only_own = self.first_read.is_some();
        {
            for m in info.used_memory().iter().filter(|m| reads(m.access())) {
                let base = m.base().full_register();
                // `mov (%rsp,%rcx,8),%rax`: anywhere in the stack.
                if m.index() != Register::None {
                    if only_own {
                        continue;
                    }
                    // %rbp a frame pointer; otherwise a register like any.
                    if base == Register::RSP || (base == Register::RBP && here.rbp.is_some()) {
                        self.indexed_read = self.indexed_read.or(Some(pos));
                    } else {
                        self.pointer_read = true;
                    }
                    continue;
                }
                // Through another register: a copy of %rsp, maybe.
                if !matches!(base, Register::RSP | Register::RBP) {
                    if !only_own {
                        self.pointer_read = true;
                    }
                    continue;
                }
                let disp = m.displacement() as i64;
                let at = match base {
                    Register::RSP => here.rsp.map(|d| disp.wrapping_sub(d)),
                    Register::RBP => here.rbp.map(|d| disp.wrapping_sub(d)),
                    _ => None,
                };
                let Some(at) = at else {
                    if only_own {
                        continue;
                    }
                    if base == Register::RSP {
                        self.rsp_read_unplaced = true;
                    } else {
                        self.pointer_read = true;
                    }
                    continue;
                };
                let size = (m.memory_size().size() as i64).max(1);
                if here.rsp.is_some_and(|d| at >= d.wrapping_neg()) && at < 0 {
                    self.frame_writes.read(at, at.saturating_add(size));
                }
                if let Some(how) = stack_place_read(at, m.memory_size().size(), here.rsp) {
                    if !only_own {
                        self.first_read = Some((pos, how));
                    }
                    if how == ReturnAddressRead::Own {
                        self.first_own_read = self.first_own_read.or(Some(pos));
                    }
                }
            }
        }
    }

    /// Notes a write of `ins` to memory `m` for `frame_writes`.
    fn note_frame_write(&mut self, here: Depths, ins: &Instruction, m: &iced_x86::UsedMemory) {
        let base = m.base().full_register();
        // A call's return address is what a read of bytes no path wrote
        // may find, not a write of the frame.
        if ins.flow_control() == FlowControl::Call {
            return;
        }
        let depth = match base {
            Register::RSP => here.rsp,
            Register::RBP => here.rbp,
            // Through a register that may hold a stack address.
            _ => {
                if self.stack_address_taken {
                    self.frame_writes.unplaced_write();
                }
                return;
            }
        };
        // Only what is surely written counts (not `cmpxchg`'s, `cmov`'s, nor
        // what `xsave` may leave).
        let Some(size) = matches!(m.access(), OpAccess::Write | OpAccess::ReadWrite)
            .then(|| surely_written_bytes(ins, m))
            .flatten()
        else {
            return;
        };
        match depth.filter(|_| m.index() == Register::None) {
            // `push`'s operand is at its displacement from %rsp before it.
            Some(d) => {
                let at = (m.displacement() as i64).wrapping_sub(d);
                self.frame_writes.write(at, at.saturating_add(size));
            }
            None => self.frame_writes.unplaced_write(),
        }
    }

    /// A read of the frame at a known depth that may find bytes no path
    /// wrote (`AddressOrderWrites`): it may read a return address an
    /// earlier call left there, on some path. The reading along paths tells,
    /// and follows where the value goes (stored to a global that another
    /// function jumps through: blind review 45's `stale_k5`, blind review
    /// 87's `xchg_glob`, `rdwr_glob`, `onepath_glob`).
    fn may_read_frame_unwritten(&self) -> bool {
        self.frame_writes.may_read_unwritten() && !self.stack_address_taken
    }

    /// A way from `pos` to position `t` with the depths `with`.
    fn edge(&mut self, pos: u64, t: u64, with: Depths) {
        self.frame_writes.edge(pos, t);
        if t > pos {
            self.ahead.push((t, with));
        } else if let Ok(i) = self.read.binary_search_by_key(&t, |r| r.0) {
            self.depth_unsure |= self.read[i].1 != with;
        } else {
            // Into the middle of an instruction read: nothing known.
            self.depth_unsure = true;
        }
    }

    /// The next instruction, at position `pos` of the function's code (the
    /// decoder's ip at 0, so near branch targets are positions).
    pub fn note(&mut self, section: &CodeSection, off: u64, pos: u64, ins: &Instruction) {
        let start = Depths {
            rsp: Some(0),
            rbp: None,
        };
        let mut at = if pos == 0 {
            Some(self.at.unwrap_or(start))
        } else {
            self.at
        };
        self.frame_writes.enter(pos, pos != 0 && self.at.is_some());
        // Jumps from above that land here.
        while let Some(i) = self.ahead.iter().position(|&(t, _)| t == pos) {
            let (_, jumped) = self.ahead.swap_remove(i);
            at = Some(at.map_or(jumped, |a| a.meet(jumped)));
        }
        // Reached by no path read so far (after a `ret`, a jump table's
        // target): nothing known.
        let here = at.unwrap_or_default();
        self.read.push((pos, here));
        let mut factory = self.info.take().unwrap_or_else(InstructionInfoFactory::new);
        let info = factory.info(ins);
        // `pop 8(%rsp)` writes through %rsp as it is after the pop: any
        // instruction that moves %rsp and writes through it counts.
        let moves_stack = ins.stack_pointer_increment() != 0;
        for m in info.used_memory().iter().filter(|m| writes(m.access())) {
            let base = m.base().full_register();
            self.note_frame_write(here, ins, m);
            if m.index() == Register::None && !moves_stack {
                let at = match base {
                    Register::RSP => here.rsp.map(|d| (m.displacement() as i64).wrapping_sub(d)),
                    Register::RBP => here.rbp.map(|d| (m.displacement() as i64).wrapping_sub(d)),
                    _ => None,
                };
                self.writes_below_stack |=
                    at.is_some_and(|at| here.rsp.is_some_and(|d| at < d.wrapping_neg()));
            }
            self.return_slot_written |= if m.index() != Register::None
                || (moves_stack && base == Register::RSP && ins.op0_kind() == OpKind::Memory)
            {
                matches!(base, Register::RSP | Register::RBP)
            } else {
                here.may_reach_return_slot(base, m.displacement() as i64, m.memory_size().size())
            };
        }
        // Reads where both depths are known: the return slot is 8 bytes at
        // 0 relative to %rsp at entry; the stack below %rsp (no red zone
        // in the kernel) holds what earlier calls pushed. Where a depth is
        // not known (after KMSAN's `mov %rax,%rsp`), or the base may be a
        // copy of %rsp, the reading along paths places the read
        // (`wanted`, `CodeAddresses::stack_read`).
        self.place_reads(here, pos, ins, info);
        // Code patched in over this place runs with its depths: its reads
        // count as this place's (`mov (%rsp),%rax` in a replacement).
        let lo = off - pos;
        let alternatives = {
            let first = section.alternatives.partition_point(|a| a.site < off);
            section.alternatives[first..]
                .iter()
                .take_while(|a| a.site == off)
        };
        let mut edges: Vec<u64> = Vec::new();
        for a in alternatives {
            let mut decoder = Decoder::with_ip(64, &a.replacement, 0, DecoderOptions::NONE);
            let mut replaced = InstructionInfoFactory::new();
            while decoder.can_decode() {
                let r = decoder.decode();
                if r.is_invalid() {
                    break;
                }
                self.place_reads(here, pos, &r, replaced.info(&r));
            }
            edges.extend(
                a.branch_targets
                    .iter()
                    .filter(|&&(_, elf, _)| elf == section.elf_index)
                    .map(|&(_, _, t)| t),
            );
        }
        // Where the kernel sends this place's control otherwise: a static
        // key's target, an exception's fixup (with %rsp as it was here).
        let first = section.jump_labels.partition_point(|j| j.0 < off);
        edges.extend(
            section.jump_labels[first..]
                .iter()
                .take_while(|j| j.0 == off)
                .map(|j| j.1),
        );
        for target in edges {
            if let Some(t) = target.checked_sub(lo) {
                self.edge(pos, t, here);
            }
        }
        // The handler moves %rsp for two types (6.12's `ex_handler_*`):
        // `EX_TYPE_POP_REG` up a word, `EX_TYPE_ERETU` down one.
        let first = section.ex_fixups.partition_point(|e| e.0 < off);
        for &(_, fixup, data) in section.ex_fixups[first..].iter().take_while(|e| e.0 == off) {
            let moved = match data & 0xff {
                16 => -8,
                21 => 8,
                _ => 0,
            };
            let with = Depths {
                rsp: here.rsp.map(|d| d + moved),
                rbp: here.rbp,
            };
            if let Some(t) = fixup.checked_sub(lo) {
                self.edge(pos, t, with);
            }
        }
        let written = |r: Register| {
            info.used_registers()
                .iter()
                .any(|u| u.register().full_register() == r && writes(u.access()))
        };
        let after = here.after(ins, written(Register::RSP), written(Register::RBP));
        let source = |r: Register| {
            (1..ins.op_count()).any(|i| {
                ins.op_kind(i) == OpKind::Register && ins.op_register(i).full_register() == r
            }) || (matches!(ins.mnemonic(), Mnemonic::Push | Mnemonic::Xchg)
                && ins.op0_kind() == OpKind::Register
                && ins.op0_register().full_register() == r)
        };
        self.below_stack_address_taken |= ins.mnemonic() == Mnemonic::Lea
            && ins.memory_base() == Register::RSP
            && ins.memory_index() == Register::None
            && (ins.memory_displacement64() as i64) < 0
            && ins.op0_register().full_register() != Register::RSP;
        self.stack_address_taken |= source(Register::RSP)
            || (source(Register::RBP) && here.rbp.is_some())
            || (ins.mnemonic() == Mnemonic::Lea
                && matches!(ins.memory_base(), Register::RSP | Register::RBP)
                && ins.op0_register().full_register() != Register::RSP);
        // A relocated jump's field reads as 0 (the next instruction): where
        // it goes is not this code.
        // (Asked of direct branches only: most instructions are none.)
        let target = (matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
            && section.relocs_in(off, off + ins.len() as u64).is_empty())
        .then(|| ins.near_branch_target());
        self.info = Some(factory);
        self.at = Some(after);
        // This instruction's writes of the frame are done; below %rsp
        // nothing stays written: where %rsp moves up, at a call (its
        // return address).
        self.frame_writes.done(match (here.rsp, after.rsp) {
            (_, None) => Some(None),
            (Some(h), Some(a)) if a < h => Some(Some(a)),
            (h, _) if ins.flow_control() == FlowControl::Call => Some(h),
            _ => None,
        });
        match (ins.mnemonic(), ins.flow_control()) {
            (_, FlowControl::IndirectBranch) => {
                self.through = true;
                self.at = None;
            }
            (_, FlowControl::IndirectCall) => self.through = true,
            (_, FlowControl::Return) => {
                self.returns = true;
                self.returns_elsewhere |= here.rsp != Some(0);
                self.at = None;
            }
            (_, FlowControl::ConditionalBranch) => {
                if let Some(t) = target {
                    self.edge(pos, t, after);
                }
            }
            (_, FlowControl::Call | FlowControl::UnconditionalBranch) => {
                self.through |= section
                    .relocs_in(off, off + ins.len() as u64)
                    .iter()
                    .any(|r| thunk_register(r.symbol()).is_some());
                if ins.flow_control() == FlowControl::UnconditionalBranch {
                    if let Some(t) = target {
                        self.edge(pos, t, after);
                    }
                    self.at = None;
                }
            }
            // A WARN's `ud2` goes on at the next instruction (the kernel's
            // `__bug_table`), and so do `int3` and `int N` once handled
            // (blind review 128); `ud0`/`ud1` do not come back here.
            (Mnemonic::Ud2, _) | (_, FlowControl::Interrupt) => {}
            (_, FlowControl::Exception) => self.at = None,
            _ => {}
        }
    }

    /// The first read of a return address (or of the stack below %rsp) the
    /// caller takes as one: in a function keeping locals below %rsp
    /// (`red_zone`, `writes_below_stack`), a read there is its own, and the
    /// first read of the return address itself counts (one after a read of
    /// the red zone was passed over: a false claim before).
    pub fn return_address_read(&self, red_zone: bool) -> Option<(u64, ReturnAddressRead)> {
        match self.first_read {
            Some((_, ReturnAddressRead::BelowStack)) if red_zone => {
                self.first_own_read.map(|pos| (pos, ReturnAddressRead::Own))
            }
            read => read,
        }
    }

    pub fn wanted(&self) -> bool {
        self.through
            || self.may_read_frame_unwritten()
            || self.rsp_read_unplaced
            || self.below_stack_address_taken
            || (self.stack_address_taken && self.pointer_read)
            || (self.returns
                && (self.returns_elsewhere
                    || self.return_slot_written
                    || self.depth_unsure
                    || self.stack_address_taken))
    }
}

/// Where a relocated `jmp rel32` (or `jcc rel32`) goes when its relocation names a function's
/// first byte by the function's own symbol (`jmp kfree`: a tail call, to a
/// function of this module in a linked `vmlinux.o`, or to a static function
/// of the object): `Some(true)` the first byte of the function being read
/// (`this`, offsets in `section`), `Some(false)` another function's (the jump
/// leaves this one as a `ret` would: nothing comes back to the next
/// instruction, so taking it as the successor would carry this function's
/// epilogue into code that other paths reach). `None` when the relocation is
/// anything else: against a section, not the displacement field, an addend
/// that points elsewhere, a name several functions share, or a place inside
/// this function.
fn jump_names_function(
    module: &Module,
    section: &CodeSection,
    off: u64,
    ins: &Instruction,
    r: &super::elf::Reloc,
    this: std::ops::Range<u64>,
) -> Option<bool> {
    use object::elf::{R_X86_64_PC32, R_X86_64_PLT32};
    let field = off + ins.len() as u64 - 4;
    let branch = matches!(
        ins.flow_control(),
        FlowControl::UnconditionalBranch | FlowControl::ConditionalBranch
    ) && matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
        && ins.len() >= 5;
    // rel32 = S + A - P, and the jump lands at P + 4 + rel32: S itself
    // when A = -4.
    if !branch
        || r.offset != field
        || r.addend != -4
        || r.target_section().is_some()
        || !matches!(r.r_type, t if t == R_X86_64_PC32.0 || t == R_X86_64_PLT32.0)
    {
        return None;
    }
    let f = &module.functions[module.function_index_called(r.symbol())?];
    let same_section = module.section_elf_index(f.section) == Some(section.elf_index);
    if same_section && f.offset == this.start {
        Some(true)
    } else if same_section && this.contains(&f.offset) {
        None
    } else {
        Some(false)
    }
}

/// Whether `ins` (at `off` in `section`) is where an alternative's
/// replacement is patched in, or jumps to `.altinstr_aux`: code the
/// address-order reading does not read.
/// Only code that may move a value counts: a `static_cpu_has` block that
/// tests a bit and jumps back, or a replacement of `clac`/`lfence`, writes
/// no register and no memory.
fn enters_unread_code(module: &Module, section: &CodeSection, off: u64, ins: &Instruction) -> bool {
    let end = off + ins.len() as u64;
    // Sorted by site; a site covers at most 255 bytes.
    let alts = &section.alternatives;
    let first = alts.partition_point(|a| a.site + 255 < off);
    let patched = alts[first..]
        .iter()
        .take_while(|a| a.site < end)
        .any(|a| a.site + u64::from(a.orig_len.max(1)) > off && may_move_values(&a.replacement));
    patched
        || (matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
            && section.relocs_in(off, end).iter().any(|r| {
                module.aux_code.iter().any(|a| {
                    r.target_section() == Some(a.elf_index)
                        && may_move_values(&module.bytes()[a.file_range.clone()])
                })
            }))
}

/// Whether any instruction of `code` writes a general register or memory,
/// or transfers control other than by a direct jump (a call, a return, an
/// indirect branch), or does not decode.
fn may_move_values(code: &[u8]) -> bool {
    let mut info = InstructionInfoFactory::new();
    Decoder::with_ip(64, code, 0, DecoderOptions::NONE)
        .iter()
        .any(|ins| {
            if ins.is_invalid()
                || hands_to_system(&ins)
                || !matches!(
                    ins.flow_control(),
                    FlowControl::Next
                        | FlowControl::ConditionalBranch
                        | FlowControl::UnconditionalBranch
                )
            {
                return true;
            }
            let i = info.info(&ins);
            i.used_registers().iter().any(|u| {
                u.register().is_gpr() && !matches!(u.access(), OpAccess::Read | OpAccess::CondRead)
            }) || i.used_memory().iter().any(|m| {
                !matches!(
                    m.access(),
                    OpAccess::Read | OpAccess::CondRead | OpAccess::NoMemAccess
                )
            })
        })
}

/// Whether `ins` puts register values where other code reads them back or
/// goes on with them (an MSR, XCR0, PKRU, the FS/GS base, a VMCS field, a
/// control or debug register; an interrupt's handler, an enclave's exit).
fn hands_to_system(ins: &Instruction) -> bool {
    matches!(
        ins.mnemonic(),
        Mnemonic::Wrfsbase
            | Mnemonic::Wrgsbase
            | Mnemonic::Vmwrite
            | Mnemonic::Wrmsr
            | Mnemonic::Wrmsrns
            | Mnemonic::Xsetbv
            | Mnemonic::Wrpkru
            | Mnemonic::Int
            | Mnemonic::Int1
            | Mnemonic::Int3
            | Mnemonic::Into
            | Mnemonic::Enclu
            | Mnemonic::Encls
            | Mnemonic::Enclv
    ) || (ins.mnemonic() == Mnemonic::Mov
        && ins.op0_kind() == OpKind::Register
        && (ins.op0_register().is_cr() || ins.op0_register().is_dr()))
}

/// The register a retpoline thunk's name says it jumps through.
pub(crate) fn thunk_register(symbol: &str) -> Option<Register> {
    let name = [
        "__x86_indirect_thunk_",
        "__x86_indirect_call_thunk_",
        "__x86_indirect_jump_thunk_",
        // Indirect Target Selection's thunks (6.12's `retpoline.S`).
        "__x86_indirect_its_thunk_",
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
        // `push fptr` (the kernel code model): only a held field's.
        (Mnemonic::Push, OpKind::Memory) => ((Register::RSP, 0), [u32::MAX; 3]),
        _ => return None,
    };
    let named = section
        .relocs_in(off, off + ins.len() as u64)
        .iter()
        .any(|r| wanted.contains(&r.r_type) && module.reloc_names_followed_code(r));
    // `pushq fptr(%rip)` of a field holding a code address.
    let held =
        ins.op0_kind() == OpKind::Memory && reads_held_code_address(module, section, off, ins);
    (named || held).then_some(key)
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
        .any(|r| wanted.contains(&r.r_type) && module.reloc_names_followed_code(r))
        .then(|| ins.op0_register())
}

/// `mov fptr(%rip),%rax` (or the kernel code model's `mov fptr,%rax`) of a
/// field of data the module's relocations fill with a code address
/// (`Module::code_held`): what it loads is a code address, as a `lea`'s is
/// (`ptr: .quad victim`; `mov ptr(%rip),%rax; add %rdi,%rax` then stored,
/// returned or handed on: blind review 82).
fn loads_held_code_address(
    module: &Module,
    section: &CodeSection,
    off: u64,
    ins: &Instruction,
) -> Option<Register> {
    (ins.mnemonic() == Mnemonic::Mov
        && ins.op_count() == 2
        && ins.op0_kind() == OpKind::Register
        && ins.op1_kind() == OpKind::Memory
        && reads_held_code_address(module, section, off, ins))
    .then(|| ins.op0_register())
}

/// Whether the memory operand of `ins` (RIP-relative, or absolute as the
/// kernel code model's, no register added) names a field of data holding a
/// code address (`Module::code_held`; a name defined more than once there
/// is taken to).
fn reads_held_code_address(
    module: &Module,
    section: &CodeSection,
    off: u64,
    ins: &Instruction,
) -> bool {
    let rip = ins.is_ip_rel_memory_operand();
    if module.code_held.is_empty()
        || ins.memory_index() != Register::None
        || (!rip && ins.memory_base() != Register::None)
    {
        return false;
    }
    use object::elf::{R_X86_64_32, R_X86_64_32S, R_X86_64_PC32, R_X86_64_PLT32};
    let len = ins.len() as u64;
    let Some(r) = section.relocs_in(off, off + len).iter().find(|r| {
        if rip {
            [R_X86_64_PC32.0, R_X86_64_PLT32.0].contains(&r.r_type)
        } else {
            [R_X86_64_32.0, R_X86_64_32S.0].contains(&r.r_type)
        }
    }) else {
        return false;
    };
    let from_symbol = r.operand_from_symbol(off, len, rip);
    let width = (ins.memory_size().size() as u64).max(1);
    match module.code_held_place(r, from_symbol) {
        None => false,
        Some(Some(place)) => module.code_held_touched(place, width) > 0,
        Some(None) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A memo made for one piece of code answers as the factory does for
    /// each of its instructions, asked in any order and again; one not
    /// decoded there (another instruction at no instruction's start, or
    /// past the end) is answered by the factory too.
    #[test]
    fn code_memo_answers_as_the_factory() {
        let mut next = crate::test_numbers(0x51ed_270b_2773_5b3d);
        let mut fresh = InstructionInfoFactory::new();
        let mut compared = 0;
        for _ in 0..300 {
            let bytes: Vec<u8> = (0..200).map(|_| next() as u8).collect();
            let mut decoder = Decoder::with_ip(64, &bytes, 0, DecoderOptions::NONE);
            let mut code = Vec::new();
            while decoder.can_decode() {
                let pos = decoder.position();
                let ins = decoder.decode();
                if !ins.is_invalid() {
                    code.push((pos, ins));
                }
            }
            let mut memo = InfoMemo::for_code(&code, bytes.len());
            let mut asked: Vec<Instruction> = code.iter().map(|c| c.1).collect();
            // Not an instruction of the code: decoded from inside one, and
            // the code's own bytes placed past its end.
            for (pos, _) in code.iter().filter(|c| c.1.len() > 1).take(3) {
                let mut inside =
                    Decoder::with_ip(64, &bytes[pos + 1..], *pos as u64 + 1, DecoderOptions::NONE);
                asked.push(inside.decode());
                let mut beyond = Decoder::with_ip(
                    64,
                    &bytes[*pos..],
                    bytes.len() as u64 + *pos as u64,
                    DecoderOptions::NONE,
                );
                asked.push(beyond.decode());
            }
            for round in 0..3 {
                for k in 0..asked.len() {
                    let ins = asked[(k * 7 + round) % asked.len()];
                    if ins.is_invalid() {
                        continue;
                    }
                    let want = fresh.info(&ins).clone();
                    let got = memo.info(&ins);
                    assert_eq!(
                        format!("{:?}", got.used_registers()),
                        format!("{:?}", want.used_registers()),
                        "{ins} at {:#x}",
                        ins.ip()
                    );
                    assert_eq!(
                        format!("{:?}", got.used_memory()),
                        format!("{:?}", want.used_memory()),
                        "{ins} at {:#x}",
                        ins.ip()
                    );
                    for op in 0..ins.op_count() {
                        assert_eq!(got.op_access(op), want.op_access(op), "{ins}");
                    }
                    compared += 1;
                }
            }
        }
        assert!(compared > 20_000, "{compared} compared");
    }

    /// The memo answers as the factory does, for instructions asked again
    /// in a row, after others, and the same bytes at another address (a
    /// RIP-relative operand's place moves with it).
    #[test]
    fn info_memo_answers_as_the_factory() {
        let mut next = crate::test_numbers(0x9e37_79b9_7f4a_7c15);
        let mut memo = InfoMemo::default();
        let mut fresh = InstructionInfoFactory::new();
        let mut compared = 0;
        let mut rip_relative = 0;
        for round in 0..4000 {
            let bytes: Vec<u8> = (0..15).map(|_| next() as u8).collect();
            // RIP-relative `mov 0x10(%rip),%rax` every few rounds.
            let bytes = if round % 7 == 0 {
                vec![0x48, 0x8b, 0x05, 0x10, 0, 0, 0]
            } else {
                bytes
            };
            for ip in [0x1000u64, 0x1000, 0x2000] {
                let mut decoder = Decoder::with_ip(64, &bytes, ip, DecoderOptions::NONE);
                let ins = decoder.decode();
                if ins.is_invalid() {
                    continue;
                }
                rip_relative += usize::from(ins.is_ip_rel_memory_operand());
                let want = fresh.info(&ins).clone();
                let got = memo.info(&ins);
                assert_eq!(
                    format!("{:?}", got.used_registers()),
                    format!("{:?}", want.used_registers()),
                    "{ins} at {ip:#x}"
                );
                assert_eq!(
                    format!("{:?}", got.used_memory()),
                    format!("{:?}", want.used_memory()),
                    "{ins} at {ip:#x}"
                );
                assert_eq!(got.op0_access(), want.op0_access(), "{ins} at {ip:#x}");
                compared += 1;
            }
        }
        assert!(
            compared > 5000 && rip_relative > 500,
            "{compared} compared, {rip_relative} RIP-relative"
        );
    }
}
