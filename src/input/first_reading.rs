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
use iced_x86::{Decoder, DecoderOptions, FlowControl, Instruction, Mnemonic, OpKind};
use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

/// Readings again from the places jumps back up go to (`finish`) before the
/// reading gives up.
const MAX_READINGS: usize = 8;

/// What one piece of code hands on in registers holding a plain code
/// address (bit per register, as `CodeAddresses` numbers them).
#[derive(Default, Clone)]
pub struct HandedOn {
    /// At a call or jump to a function of the module (by index): its entry.
    pub hands: Vec<(usize, u32)>,
    /// Functions called (control comes back with what they hand back).
    pub calls: Vec<usize>,
    /// Functions jumped to (a tail call: what they hand back, this does).
    pub tails: Vec<usize>,
    /// At a `ret`, or a jump out of the module (which returns to this
    /// code's caller with every register it keeps).
    pub returns: u32,
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
    pub fn of(module: &Module) -> Self {
        let mut named: Vec<u64> = module.interior_entries.iter().map(|e| e.at).collect();
        named.sort_unstable();
        named.dedup();
        let mut aux_returns: Vec<(usize, u64)> = module
            .aux_code
            .iter()
            .flat_map(|a| &a.relocs)
            .filter_map(|r| Some((r.target_section?, r.addend.wrapping_add(4) as u64)))
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
    /// The registers holding a code address at the piece's start.
    entry: u32,
    /// The places after this piece's calls of its own code: a `ret` of
    /// that code goes back to each.
    after_own_calls: Vec<u64>,
    /// The position of the first instruction that uses a computed code
    /// address (`CodeAddresses::step`).
    pub used_at: Option<usize>,
    pub handed_on: HandedOn,
}

impl AddressOrderReading {
    /// A reading of `len` bytes at offset `lo` of section `slot`, entered
    /// with code addresses in the `handed` registers.
    pub fn new(
        module: &Module,
        ways: &OtherWays,
        slot: usize,
        lo: u64,
        len: u64,
        handed: u32,
    ) -> Self {
        let mut state = CodeAddresses::handed(handed);
        state.within(len);
        let section = &module.sections[slot];
        let here = lo..lo + len;
        // Each table is sorted by site.
        let mut implicit: Vec<(u64, u64)> = Vec::new();
        let first = section.jump_labels.partition_point(|j| j.0 < lo);
        implicit.extend(
            section.jump_labels[first..]
                .iter()
                .take_while(|j| j.0 < here.end)
                .copied(),
        );
        let first = section.ex_fixups.partition_point(|e| e.0 < lo);
        implicit.extend(
            section.ex_fixups[first..]
                .iter()
                .take_while(|e| e.0 < here.end)
                .map(|&(fault, fixup, _)| (fault, fixup)),
        );
        let first = section.alternatives.partition_point(|a| a.site < lo);
        for a in section.alternatives[first..]
            .iter()
            .take_while(|a| a.site < here.end)
        {
            implicit.extend(
                a.branch_targets
                    .iter()
                    .filter(|&&(_, elf, _)| elf == section.elf_index)
                    .map(|&(_, _, target)| (a.site, target)),
            );
        }
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
        let first = ways.named.partition_point(|&a| a < start);
        let named = ways.named[first..]
            .iter()
            .take_while(|&&a| a < start.wrapping_add(len))
            .map(|&a| a - start)
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
            aux_returns,
            named,
            named_late: Vec::new(),
            indirect_read: false,
            entry: handed,
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
        returned: &dyn Fn(usize) -> u32,
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
        let relocs = section.relocs_in(off, off + ins.len() as u64);
        let plain = self.state.plain();
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
        let through_thunk = direct && relocs.iter().any(|r| thunk_register(&r.symbol).is_some());
        let to_aux = direct
            && relocs.iter().any(|r| {
                module
                    .aux_code
                    .iter()
                    .any(|a| r.target_section == Some(a.elf_index))
            });
        let leaves = callee.is_none()
            && inside.is_none()
            && (matches!(flow, FlowControl::Return | FlowControl::IndirectBranch)
                || (flow != FlowControl::Call && direct && !to_aux));
        let on = &mut self.handed_on;
        if let Some(g) = callee {
            if plain != 0 {
                on.hands.push((g, plain));
            }
            if flow == FlowControl::Call {
                on.calls.push(g);
            } else {
                on.tails.push(g);
            }
        } else if leaves {
            // A jump out (to code outside the module, or through a pointer)
            // returns to this code's caller through the code it reaches.
            on.returns |= plain;
        }
        // Whether a `ret` here may go to a place in this piece: its return
        // address is a code address (`push $1f; ret`).
        let returns_inside = flow == FlowControl::Return && self.state.top_is_code_address();
        if self.state.step(
            module,
            section,
            off,
            ins,
            unrelocated_lea(section, off, ins),
        ) {
            self.used_at.get_or_insert(pos);
        }
        if let (FlowControl::Call, Some(g)) = (flow, callee) {
            self.state.add_plain(returned(g));
        }
        let pos = pos as u64;
        let end = pos + ins.len() as u64;
        // `lea 1f(%rip),%rax` (the assembler's): a place an indirect jump
        // may go to.
        if relocs.is_empty() && ins.is_ip_rel_memory_operand() {
            let at = ins.ip_rel_memory_address();
            if at < self.len && !self.named.contains(&at) && !self.named_late.contains(&at) {
                self.named_late.push(at);
            }
        }
        // A call of the piece's first byte is the function called again
        // (`across_calls`: what it is handed).
        if let Some(target) = inside.filter(|&t| !(flow == FlowControl::Call && t == 0)) {
            self.carry(pos, target);
            if flow == FlowControl::Call && end < self.len && !self.after_own_calls.contains(&end) {
                self.after_own_calls.push(end);
            }
        }
        let first = self.implicit.partition_point(|&(site, _)| site < pos);
        for i in first..self.implicit.len() {
            let (site, target) = self.implicit[i];
            if site >= end {
                break;
            }
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
        // next instruction) go on.
        let ended = self.last.is_some_and(|(flow, _)| {
            matches!(
                flow,
                FlowControl::UnconditionalBranch | FlowControl::IndirectBranch
            ) || (flow == FlowControl::Return && !self.last_iret)
        });
        if ended {
            self.state.take_values(CodeAddresses::handed(0));
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
        returned: &dyn Fn(usize) -> u32,
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
            self.state.take_values(CodeAddresses::handed(self.entry));
            let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
            let mut ins = Instruction::default();
            while decoder.can_decode() {
                let pos = decoder.position();
                decoder.decode_out(&mut ins);
                if !ins.is_invalid() {
                    self.instruction(module, section, pos, &ins, returned);
                }
            }
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
                self.used_at = Some(head as usize);
                break;
            }
            self.behind_grew = false;
            self.again = true;
            self.state.take_values(start.clone());
            self.last = None;
            let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
            // `head` starts an instruction: a position the decoder accepts
            // (a jump into one's middle is read as going on at the next).
            if decoder.set_position(head as usize).is_err() {
                break;
            }
            // Positions are addresses from 0: a branch's target is one.
            decoder.set_ip(head);
            let mut ins = Instruction::default();
            while decoder.can_decode() {
                let pos = decoder.position();
                decoder.decode_out(&mut ins);
                if !ins.is_invalid() {
                    self.instruction(module, section, pos, &ins, returned);
                }
            }
            self.fall_off(module);
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
            self.used_at.get_or_insert(pos);
        }
        let plain = self.state.plain();
        if let Some(g) = function_starting_at(module, self.slot, self.lo + self.len) {
            if plain != 0 {
                self.handed_on.hands.push((g, plain));
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
                match r.target_section {
                    None => {
                        let f = &module.functions[module.function_index_called(&r.symbol)?];
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

/// Whether control does not go on to the next instruction.
fn ends_path(flow: FlowControl) -> bool {
    matches!(
        flow,
        FlowControl::Return
            | FlowControl::UnconditionalBranch
            | FlowControl::IndirectBranch
            | FlowControl::Exception
            | FlowControl::Interrupt
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
