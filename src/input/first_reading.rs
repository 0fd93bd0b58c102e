//! The first reading of `code_addresses` over one piece of code (a
//! function, or code between functions), along its paths: instructions in
//! address order, as `entries::from_code_with` decodes them, each getting
//! what falls through to it joined with what every jump, call, static key,
//! exception fixup, alternative, `.altinstr_aux` block, indirect jump and
//! `ret` of the piece that may go there carries (after a `ret` or `jmp`,
//! only that); what jumps back up carry is read again from there until it
//! grows no more. It notes what the piece hands the module's functions and
//! gets back from them (`across_calls` follows that).

use super::code_addresses::{CodeAddresses, thunk_register, unrelocated_lea};
use super::elf::{CodeSection, Module};
use super::stack_slots::SlotKey;
use iced_x86::{Decoder, DecoderOptions, FlowControl, Instruction, Mnemonic, OpKind};
use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

/// Readings again from the places jumps back up go to (`finish`) before the
/// reading gives up.
pub const MAX_READINGS: usize = 8;

/// Where plain code addresses are, as another function sees them:
/// registers (bit per register, as `CodeAddresses` numbers them) and stack
/// slots (`disp(%rsp)` as that function names them at its entry, or after
/// its call; `disp(%rbp)`).
#[derive(Default, Clone, PartialEq, Eq, Debug)]
pub struct Held {
    pub regs: u32,
    /// Sorted.
    pub slots: Vec<SlotKey>,
}

impl Held {
    pub fn is_empty(&self) -> bool {
        self.regs == 0 && self.slots.is_empty()
    }

    /// Adds what `other` holds; whether that grew.
    pub fn absorb(&mut self, other: &Held) -> bool {
        let before = (self.regs, self.slots.len());
        self.regs |= other.regs;
        self.slots.extend(other.slots.iter().copied());
        self.slots.sort_unstable();
        self.slots.dedup();
        before != (self.regs, self.slots.len())
    }
}

/// What one piece of code hands on in registers and stack slots holding a
/// plain code address.
#[derive(Default, Clone)]
pub struct HandedOn {
    /// At a call or jump to a function of the module (by index): its entry.
    pub hands: Vec<(usize, Held)>,
    /// Functions called (control comes back with what they hand back).
    pub calls: Vec<usize>,
    /// Functions jumped to (a tail call: what they hand back, this does).
    pub tails: Vec<usize>,
    /// At a `ret`, or a jump out of the module (which returns to this
    /// code's caller with every register it keeps), as the caller sees it
    /// after its call.
    pub returns: Held,
}

/// How a reading found a code address used.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Use {
    /// A value computed from one branched through, pushed, stored or handed
    /// on (`CodeAddresses::step`).
    Computed,
    /// One carried into the middle of other code of the module (a jump
    /// there, a static key, a fixup), where it is not followed.
    IntoOtherCode,
    /// One written into the caller's frame (at a `ret`), where the caller
    /// does not follow it.
    IntoCallerFrame,
    /// The loops' readings did not settle (`MAX_READINGS`).
    Unsettled,
}

/// Places in the module's code control may reach other than by a direct
/// jump (the kernel's tables and indirect jumps), gathered once per module
/// for `AddressOrderReading::new`.
pub struct OtherWays {
    /// Places relocations name inside functions (a `switch`'s jump table,
    /// `push $1f`), by address: where an indirect jump, or a `ret` through
    /// a code address, may go.
    named: Vec<u64>,
    /// Places `.altinstr_aux` code jumps back to: (ELF section index,
    /// offset), sorted.
    aux_returns: Vec<(usize, u64)>,
}

impl OtherWays {
    /// The index of the first place named at or after `address`.
    pub fn named_from(&self, address: u64) -> usize {
        self.named.partition_point(|&a| a < address)
    }

    /// The places named from index `first` on, below `end`.
    pub fn named_in(&self, first: usize, end: u64) -> impl Iterator<Item = u64> + '_ {
        self.named[first.min(self.named.len())..]
            .iter()
            .copied()
            .take_while(move |&a| a < end)
    }

    pub fn of(module: &Module) -> Self {
        let mut named: Vec<u64> = module.interior_entries.iter().map(|e| e.at).collect();
        named.sort_unstable();
        named.dedup();
        let mut aux_returns: Vec<(usize, u64)> = module
            .aux_code
            .iter()
            .flat_map(|a| &a.relocs)
            .filter_map(|r| Some((r.target_section()?, r.addend.wrapping_add(4) as u64)))
            .collect();
        aux_returns.sort_unstable();
        aux_returns.dedup();
        OtherWays { named, aux_returns }
    }
}

/// The first reading of one piece of code (a function, or code between
/// functions), in address order as `entries::from_code_with` decodes it,
/// along the piece's paths: what each instruction gets is what falls
/// through to it joined with what every jump, call, static key, exception
/// fixup, alternative, `.altinstr_aux` block, indirect jump and `ret` of
/// the piece that may go there carries; after a `ret` or `jmp`, only that.
/// What jumps back up carry is read again from there until it grows no
/// more.
pub struct AddressOrderReading {
    state: CodeAddresses,
    /// `Module::sections` index, and the piece's offset and length there.
    slot: usize,
    lo: u64,
    len: u64,
    /// How the last instruction read goes on, and its position.
    last: Option<(FlowControl, usize)>,
    /// The last instruction was an `iret`, which may return to the next.
    last_iret: bool,
    /// What jumps further down carry to the places they go to, by position,
    /// not reached yet.
    ahead: BTreeMap<u64, CodeAddresses>,
    /// What jumps back up carry to the places they go to (a loop's back
    /// edge), by position: read again from there (`finish`) while that
    /// grows.
    behind: BTreeMap<u64, CodeAddresses>,
    /// Something jumping back up carries grew since the last reading.
    behind_grew: bool,
    /// Reading again from a place a jump back up goes to.
    again: bool,
    /// Ways the kernel goes on elsewhere in the piece than the instruction
    /// says (positions: the site, where it goes): a static key's jump, an
    /// exception's fixup, a jump in an alternative's replacement.
    implicit: Vec<(u64, u64)>,
    /// Sites (positions) of the kernel's ways from this piece into other
    /// code of the module (a static key, a fixup, an alternative's jump).
    leaving: Vec<u64>,
    /// Where the kernel patches code (positions, from..to): a `jmp` there
    /// may be a NOP, falling through.
    patched: Vec<(u64, u64)>,
    /// Places `.altinstr_aux` code jumps back to (positions): a jump into
    /// `.altinstr_aux` may go on at each.
    aux_returns: Vec<u64>,
    /// Places relocations or `lea 1f(%rip)` name in the piece (positions):
    /// an indirect jump may go to each, and to the piece's first byte.
    named: Vec<u64>,
    /// Places an operand of the assembler's names in the piece that
    /// `named` did not list: found after an indirect jump was read, the
    /// piece is read again from its start with them.
    named_late: Vec<u64>,
    /// An indirect jump was read.
    indirect_read: bool,
    /// Where code addresses are at the piece's start.
    entry: Held,
    /// The places after this piece's calls of its own code: a `ret` of
    /// that code goes back to each.
    after_own_calls: Vec<u64>,
    /// The first instruction that uses a code address (its position), and
    /// how.
    pub used_at: Option<(usize, Use)>,
    pub handed_on: HandedOn,
}

impl AddressOrderReading {
    /// A reading of `len` bytes at offset `lo` of section `slot`, entered
    /// with code addresses where `handed` says.
    pub fn new(
        module: &Module,
        ways: &OtherWays,
        slot: usize,
        lo: u64,
        len: u64,
        handed: &Held,
    ) -> Self {
        let mut state = CodeAddresses::handed(handed);
        state.within(len);
        let section = &module.sections[slot];
        let here = lo..lo + len;
        // Each table is sorted by site: this piece's entries of each.
        let labels = {
            let first = section.jump_labels.partition_point(|j| j.0 < lo);
            let rest = &section.jump_labels[first..];
            &rest[..rest.partition_point(|j| j.0 < here.end)]
        };
        let alternatives = {
            let first = section.alternatives.partition_point(|a| a.site < lo);
            let rest = &section.alternatives[first..];
            &rest[..rest.partition_point(|a| a.site < here.end)]
        };
        let mut implicit: Vec<(u64, u64)> = labels.to_vec();
        let first = section.ex_fixups.partition_point(|e| e.0 < lo);
        implicit.extend(
            section.ex_fixups[first..]
                .iter()
                .take_while(|e| e.0 < here.end)
                .map(|&(fault, fixup, _)| (fault, fixup)),
        );
        // Code the kernel patches: a static key's site (a `jmp` patched
        // into a NOP, or the other way) and an alternative's bytes.
        let mut patched: Vec<(u64, u64)> =
            labels.iter().map(|j| (j.0 - lo, j.0 - lo + 1)).collect();
        // Sites whose ways go to other code of the module: what is held
        // there is not followed (a place inside another function is no
        // entry `across_calls` hands to).
        let mut leaving: Vec<u64> = Vec::new();
        for a in alternatives {
            patched.push((a.site - lo, a.site - lo + u64::from(a.orig_len.max(1))));
            // A replacement that moves no value (NOPs, nothing, a jump; one
            // that does is a use where a code address is held) goes on
            // after the original's bytes with what the site was handed.
            if a.orig_len > 0 {
                implicit.push((a.site, a.site + u64::from(a.orig_len)));
            }
            for &(_, elf, target) in &a.branch_targets {
                if elf == section.elf_index {
                    implicit.push((a.site, target));
                } else {
                    leaving.push(a.site - lo);
                }
            }
        }
        leaving.extend(
            implicit
                .iter()
                .filter(|(_, target)| !here.contains(target))
                .map(|&(site, _)| site - lo),
        );
        leaving.sort_unstable();
        leaving.dedup();
        implicit.retain(|(_, target)| here.contains(target));
        for edge in &mut implicit {
            *edge = (edge.0 - lo, edge.1 - lo);
        }
        implicit.sort_unstable();
        let first = ways
            .aux_returns
            .partition_point(|&r| r < (section.elf_index, lo));
        let aux_returns = ways.aux_returns[first..]
            .iter()
            .take_while(|&&(elf, off)| elf == section.elf_index && off < here.end)
            .map(|&(_, off)| off - lo)
            .collect();
        let start = section.base.wrapping_add(lo);
        let named = ways
            .named_in(ways.named_from(start), start.wrapping_add(len))
            .map(|a| a - start)
            .collect();
        AddressOrderReading {
            state,
            slot,
            lo,
            len,
            last: None,
            last_iret: false,
            ahead: Default::default(),
            behind: Default::default(),
            behind_grew: false,
            again: false,
            implicit,
            leaving,
            patched,
            aux_returns,
            named,
            named_late: Vec::new(),
            indirect_read: false,
            entry: handed.clone(),
            after_own_calls: Vec::new(),
            used_at: None,
            handed_on: HandedOn::default(),
        }
    }

    /// The instruction at position `pos` of the piece; `returned(g)`: the
    /// registers function `g` may hand back a code address in.
    pub fn instruction(
        &mut self,
        module: &Module,
        section: &CodeSection,
        pos: usize,
        ins: &Instruction,
        returned: &dyn Fn(usize) -> Held,
    ) {
        let flow = ins.flow_control();
        self.arrive(pos as u64);
        self.last = Some((flow, pos));
        self.last_iret = matches!(
            ins.mnemonic(),
            Mnemonic::Iret | Mnemonic::Iretd | Mnemonic::Iretq
        );
        let direct = matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32);
        let off = self.lo + pos as u64;
        // Asked about direct branches and RIP-relative operands only (most
        // instructions are neither).
        let relocs = if direct || ins.is_ip_rel_memory_operand() {
            section.relocs_in(off, off + ins.len() as u64)
        } else {
            &[]
        };
        let plain = self.state.plain();
        let handed = self.state.held_for_callee();
        // Where a direct branch goes in this piece: the assembler's (a
        // relocated one reads as one to the next instruction), or its
        // relocation's.
        let inside = if !direct {
            None
        } else if relocs.is_empty() {
            Some(ins.near_branch_target()).filter(|&t| t < self.len)
        } else {
            self.relocated_place(module, section, off, ins)
        };
        let callee = (direct
            && matches!(
                flow,
                FlowControl::Call
                    | FlowControl::UnconditionalBranch
                    | FlowControl::ConditionalBranch
            ))
        .then(|| self.local_function(module, section, off, ins))
        .flatten();
        let through_thunk = direct && relocs.iter().any(|r| thunk_register(r.symbol()).is_some());
        let to_aux = direct
            && relocs.iter().any(|r| {
                module
                    .aux_code
                    .iter()
                    .any(|a| r.target_section() == Some(a.elf_index))
            });
        let leaves = callee.is_none()
            && inside.is_none()
            && (matches!(flow, FlowControl::Return | FlowControl::IndirectBranch)
                || (flow != FlowControl::Call && direct && !to_aux));
        // A `ret` or jump out with a computed value in the caller's frame.
        if leaves || flow == FlowControl::Return {
            if self.state.caller_frame_computed() {
                self.used_at.get_or_insert((pos, Use::Computed));
            } else if self.state.written_into_caller_frame(&self.entry) {
                self.used_at.get_or_insert((pos, Use::IntoCallerFrame));
            }
        }
        let on = &mut self.handed_on;
        if let Some(g) = callee {
            if !handed.is_empty() {
                on.hands.push((g, handed));
            }
            if flow == FlowControl::Call {
                on.calls.push(g);
            } else {
                on.tails.push(g);
            }
        } else if leaves {
            // A jump out (to code outside the module, or through a pointer)
            // returns to this code's caller through the code it reaches.
            on.returns.absorb(&self.state.held_for_caller());
        }
        // A jump into the middle of other code of the module, by the
        // instruction or by the kernel's tables: what it is handed there is
        // not followed, so a code address held is a use.
        let into_other_code = direct
            && callee.is_none()
            && inside.is_none()
            && !to_aux
            && !through_thunk
            && (relocs.is_empty() || relocs.iter().any(|r| module.reloc_reaches_code(r)));
        let end = pos as u64 + ins.len() as u64;
        let first = self.leaving.partition_point(|&site| site < pos as u64);
        let kernel_leaves = self.leaving.get(first).is_some_and(|&site| site < end);
        if (into_other_code && plain != 0) || (kernel_leaves && self.state.holds_any()) {
            self.used_at.get_or_insert((pos, Use::IntoOtherCode));
        }
        // Whether a `ret` here may go to a place in this piece: its return
        // address is a code address (`push $1f; ret`).
        let returns_inside = flow == FlowControl::Return && self.state.top_is_code_address();
        // The kernel's ways on from this instruction (a static key, an
        // exception's fixup, an alternative's replacement, which replaces
        // it) and a call of this piece's own code go on with what it was
        // handed, not what it leaves (a faulting load writes nothing; a call
        // keeps every register for its callee).
        let first = self
            .implicit
            .partition_point(|&(site, _)| site < pos as u64);
        for i in first..self.implicit.len() {
            let (site, target) = self.implicit[i];
            if site >= end {
                break;
            }
            self.carry(pos as u64, target);
        }
        let own_call = inside.filter(|&t| flow == FlowControl::Call && t != 0);
        if let Some(target) = own_call {
            self.carry(pos as u64, target);
            if end < self.len && !self.after_own_calls.contains(&end) {
                self.after_own_calls.push(end);
            }
        }
        if self.state.step(
            module,
            section,
            off,
            ins,
            unrelocated_lea(section, off, ins),
        ) {
            self.used_at.get_or_insert((pos, Use::Computed));
        }
        if let (FlowControl::Call, Some(g)) = (flow, callee) {
            self.state.add_plain(&returned(g));
        }
        let pos = pos as u64;
        // `lea 1f(%rip),%rax` (the assembler's): a place an indirect jump
        // may go to.
        if relocs.is_empty() && ins.is_ip_rel_memory_operand() {
            let at = ins.ip_rel_memory_address();
            if at < self.len && !self.named.contains(&at) && !self.named_late.contains(&at) {
                self.named_late.push(at);
            }
        }
        // A jump (after `loop` counts down): where it goes. A call of the
        // piece's first byte is the function called again (`across_calls`:
        // what it is handed).
        if let Some(target) = inside.filter(|_| flow != FlowControl::Call) {
            self.carry(pos, target);
        }
        if to_aux {
            for i in 0..self.aux_returns.len() {
                self.carry(pos, self.aux_returns[i]);
            }
        }
        // An indirect call is taken to call a function's first byte, as
        // compiled code does: what it is handed is not followed (the
        // module's functions whose address is taken are not known here).
        let indirect_jump =
            flow == FlowControl::IndirectBranch || (through_thunk && flow != FlowControl::Call);
        if indirect_jump || returns_inside {
            self.indirect_read = true;
            for i in 0..self.named.len() {
                self.carry(pos, self.named[i]);
            }
            self.carry(pos, 0);
        }
        if flow == FlowControl::Return {
            for i in 0..self.after_own_calls.len() {
                self.carry(pos, self.after_own_calls[i]);
            }
        }
    }

    /// What the state at `pos` is gets to position `target` too: further
    /// down when the reading gets there, back up when it reads again.
    fn carry(&mut self, pos: u64, target: u64) {
        // Nothing held is what a place gets anyway (`arrive`).
        if !self.state.holds_any() {
            return;
        }
        let carried = self.state.clone();
        let back = target <= pos;
        let places = if back {
            &mut self.behind
        } else {
            &mut self.ahead
        };
        let grew = match places.entry(target) {
            Entry::Occupied(mut there) => there.get_mut().join(&carried),
            Entry::Vacant(there) => {
                there.insert(carried);
                true
            }
        };
        self.behind_grew |= back && grew;
    }

    /// The reading reaches position `pos`: what jumps carried to it (or
    /// into the instruction before it) gets there too; after a `ret` or
    /// `jmp`, only that: nothing else goes there.
    fn arrive(&mut self, pos: u64) {
        let mut carried: Vec<CodeAddresses> = Vec::new();
        if self
            .ahead
            .first_key_value()
            .is_some_and(|(&at, _)| at <= pos)
        {
            let later = self.ahead.split_off(&(pos + 1));
            carried.extend(std::mem::replace(&mut self.ahead, later).into_values());
        }
        if self.again {
            // From after the instruction before (a jump back into its
            // middle goes on here).
            let from = self.last.map_or(pos, |(_, at)| at as u64 + 1);
            carried.extend(self.behind.range(from..=pos).map(|(_, s)| s.clone()));
        }
        // `ud2` (a WARN), `int3` and `iretq` (`sync_core` returns to the
        // next instruction) go on, and so does code the kernel patches (a
        // static key's `jmp` made a NOP).
        let ended = self.last.is_some_and(|(flow, at)| {
            (matches!(
                flow,
                FlowControl::UnconditionalBranch | FlowControl::IndirectBranch
            ) || (flow == FlowControl::Return && !self.last_iret))
                && !self
                    .patched
                    .iter()
                    .any(|&(from, to)| (from..to).contains(&(at as u64)))
        });
        if ended {
            self.state
                .take_values(CodeAddresses::handed(&Held::default()));
        }
        for state in carried {
            self.state.join(&state);
        }
    }

    /// The end of the piece (`bytes`): code that does not end in a jump or
    /// return falls into the function after it with every register; and
    /// what jumps back up carry is read again, from the lowest place one
    /// goes to, until it grows no more (`MAX_READINGS`: then taken as a use,
    /// the reading shows nothing).
    pub fn finish(
        &mut self,
        module: &Module,
        section: &CodeSection,
        bytes: &[u8],
        returned: &dyn Fn(usize) -> Held,
    ) {
        self.fall_off(module);
        // Places found named after an indirect jump was read: from the
        // start again, with them (once: the second reading knows them all).
        if self.indirect_read && !self.named_late.is_empty() {
            let late = std::mem::take(&mut self.named_late);
            self.named.extend(late);
            self.named.sort_unstable();
            self.named.dedup();
            self.ahead.clear();
            self.behind.clear();
            self.behind_grew = false;
            self.again = false;
            self.last = None;
            self.last_iret = false;
            self.state.take_values(CodeAddresses::handed(&self.entry));
            self.read_from(module, section, bytes, 0, returned);
            self.named_late.clear();
            self.fall_off(module);
        }
        let mut readings = 0;
        while self.behind_grew && self.used_at.is_none() {
            let Some((&head, start)) = self.behind.first_key_value() else {
                break;
            };
            readings += 1;
            if readings > MAX_READINGS {
                self.used_at = Some((head as usize, Use::Unsettled));
                break;
            }
            self.behind_grew = false;
            self.again = true;
            self.state.take_values(start.clone());
            self.last = None;
            self.read_from(module, section, bytes, head as usize, returned);
            self.fall_off(module);
        }
    }

    /// Reads `bytes` (the piece) from position `from` to its end.
    pub fn read_from(
        &mut self,
        module: &Module,
        section: &CodeSection,
        bytes: &[u8],
        from: usize,
        returned: &dyn Fn(usize) -> Held,
    ) {
        let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
        // A jump into an instruction's middle is read from there (its own
        // decoding); positions are addresses from 0, a branch's target one.
        if decoder.set_position(from).is_err() {
            return;
        }
        decoder.set_ip(from as u64);
        let mut ins = Instruction::default();
        while decoder.can_decode() {
            let pos = decoder.position();
            decoder.decode_out(&mut ins);
            if !ins.is_invalid() {
                self.instruction(module, section, pos, &ins, returned);
            }
        }
    }

    /// The last instruction read does not end a path: control falls into the
    /// code after the piece with every register.
    fn fall_off(&mut self, module: &Module) {
        let Some((flow, pos)) = self.last else { return };
        if ends_path(flow) {
            return;
        }
        if self.state.hands_on_at_end() {
            self.used_at.get_or_insert((pos, Use::Computed));
        }
        // Falling in is no call: the slots stay where they are.
        let handed = Held {
            regs: self.state.plain(),
            slots: self.state.plain_slots(0),
        };
        if let Some(g) = function_starting_at(module, self.slot, self.lo + self.len) {
            if !handed.is_empty() {
                self.handed_on.hands.push((g, handed));
            }
            self.handed_on.tails.push(g);
        }
    }

    /// The position in this piece a relocated direct branch at `off` goes
    /// to (its section's symbol plus an offset here, or a symbol here).
    fn relocated_place(
        &self,
        module: &Module,
        section: &CodeSection,
        off: u64,
        ins: &Instruction,
    ) -> Option<u64> {
        let (slot, at) = self.relocated_target(module, section, off, ins)?;
        (slot == self.slot && (self.lo..self.lo + self.len).contains(&at)).then(|| at - self.lo)
    }

    /// Where a relocated direct branch at `off` goes: (`Module::sections`
    /// index, offset), by its section's symbol plus the addend, or by a
    /// function's symbol.
    fn relocated_target(
        &self,
        module: &Module,
        section: &CodeSection,
        off: u64,
        ins: &Instruction,
    ) -> Option<(usize, u64)> {
        use object::elf::{R_X86_64_PC32, R_X86_64_PLT32};
        let end = off + ins.len() as u64;
        match section.relocs_in(off, end) {
            [r] if r.offset + 4 == end
                && (r.r_type == R_X86_64_PC32.0 || r.r_type == R_X86_64_PLT32.0) =>
            {
                match r.target_section() {
                    None => {
                        let f = &module.functions[module.function_index_called(r.symbol())?];
                        let at = f.offset.wrapping_add(r.addend.wrapping_add(4) as u64);
                        Some((f.section, at))
                    }
                    Some(elf) => Some((
                        module.sections.iter().position(|s| s.elf_index == elf)?,
                        r.addend.wrapping_add(4) as u64,
                    )),
                }
            }
            _ => None,
        }
    }

    /// The function of the module whose first byte a direct call or jump at
    /// `off` goes to (not a jump inside this piece): by its relocation (a
    /// function's symbol, or its section's symbol plus its offset), or, with
    /// none, where the assembler resolved it in this section.
    fn local_function(
        &self,
        module: &Module,
        section: &CodeSection,
        off: u64,
        ins: &Instruction,
    ) -> Option<usize> {
        let end = off + ins.len() as u64;
        let (slot, at) = if section.relocs_in(off, end).is_empty() {
            let at = self.lo.wrapping_add(ins.near_branch_target());
            let inside = (self.lo..self.lo + self.len).contains(&at);
            if inside && ins.flow_control() != FlowControl::Call {
                return None;
            }
            (self.slot, at)
        } else {
            self.relocated_target(module, section, off, ins)?
        };
        function_starting_at(module, slot, at)
    }
}

/// Whether control does not go on to the next instruction. An interrupt
/// (`int3`, `int N`) does, once its handler returns (blind review 128).
fn ends_path(flow: FlowControl) -> bool {
    matches!(
        flow,
        FlowControl::Return
            | FlowControl::UnconditionalBranch
            | FlowControl::IndirectBranch
            | FlowControl::Exception
    )
}

/// The function whose first byte is offset `at` of section `slot`.
fn function_starting_at(module: &Module, slot: usize, at: u64) -> Option<usize> {
    let i = module
        .functions
        .partition_point(|f| (f.section, f.offset) < (slot, at));
    module
        .functions
        .get(i)
        .is_some_and(|f| f.section == slot && f.offset == at)
        .then_some(i)
}
