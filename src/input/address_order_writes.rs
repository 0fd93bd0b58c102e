//! For the address-order reading (`code_addresses::BranchesThroughValues`):
//! whether some read of a function's frame may find bytes no path wrote,
//! judged in one pass in address order, so that the reading along paths
//! (which tells) runs for such a function even where it branches through
//! nothing.
//!
//! What is written entering an instruction is what the instruction before
//! it leaves (where it falls through) met with what each jump from above
//! to it brings; nothing at the function's start, nor where no path read
//! so far comes (after a `ret` or `jmp`). A read is checked before its own
//! instruction's writes (`xchg %rax,(%rsp)`, `xadd`, `cmpxchg` read first).
//! Below %rsp nothing stays written (a call, an interrupt write there):
//! bytes are forgotten at calls and where %rsp moves up. A jump back to a
//! place must bring at least what was written entering it; one that brings
//! less makes every read a suspect (its loop is not read again).
//!
//! Blind review 87: `sub $16,%rsp; xchg %rax,(%rsp)`, a read before the
//! write that follows it, a write on one path only, each storing a return
//! address an earlier call left to a global another function jumps through.

use super::frame_written::FrameWritten;

/// See the module's comment. Addresses are relative to %rsp at entry.
#[derive(Default)]
pub struct AddressOrderWrites {
    /// Written entering the instruction being read (before its writes).
    written: FrameWritten,
    /// Jumps from above not yet reached: (target, what they bring).
    ahead: Vec<(u64, FrameWritten)>,
    /// What was written entering each place, where it changed: (position,
    /// written), by position.
    entering: Vec<(u64, FrameWritten)>,
    /// This instruction's writes, applied after its reads.
    pending: Vec<(i64, i64)>,
    unwritten_read: bool,
    /// A write of the frame whose place is not known.
    write_unplaced: bool,
}

impl AddressOrderWrites {
    /// The instruction at `pos` is next; `falls_into`: the one before it
    /// goes on to it (the function's first instruction: false).
    pub fn enter(&mut self, pos: u64, falls_into: bool) {
        let mut incoming: Option<FrameWritten> =
            falls_into.then(|| std::mem::take(&mut self.written));
        while let Some(i) = self.ahead.iter().position(|&(t, _)| t == pos) {
            let (_, jumped) = self.ahead.swap_remove(i);
            match &mut incoming {
                Some(w) => w.meet(&jumped),
                None => incoming = Some(jumped),
            }
        }
        self.written = incoming.unwrap_or_default();
        if self.entering.last().is_none_or(|(_, w)| *w != self.written) {
            self.entering.push((pos, self.written.clone()));
        }
    }

    /// The instruction being read reads `[a, b)` of the frame.
    pub fn read(&mut self, a: i64, b: i64) {
        self.unwritten_read |= !self.written.written(a, b);
    }

    /// The instruction being read writes `[a, b)` (after its reads).
    pub fn write(&mut self, a: i64, b: i64) {
        self.pending.push((a, b));
    }

    /// A write through a register that may hold a stack address, or
    /// through %rsp or %rbp at a place not known.
    pub fn unplaced_write(&mut self) {
        self.write_unplaced = true;
    }

    /// A way from the instruction being read (before its writes: a fault's
    /// fixup) to position `t`, behind it or ahead.
    pub fn edge(&mut self, from: u64, t: u64) {
        if t > from {
            self.ahead.push((t, self.written.clone()));
            return;
        }
        let at = self.entering.partition_point(|e| e.0 <= t);
        let there = at.checked_sub(1).map(|i| &self.entering[i].1);
        if there.is_some_and(|there| !self.written.covers(there)) {
            self.unwritten_read = true;
        }
    }

    /// The instruction being read is done: its writes, then (`forget`:
    /// %rsp's depth, where nothing below stays written; None where %rsp's
    /// place is lost) what a call or %rsp moving up forgets.
    pub fn done(&mut self, forget: Option<Option<i64>>) {
        for (a, b) in std::mem::take(&mut self.pending) {
            self.written.write(a, b);
        }
        match forget {
            Some(Some(depth)) => self.written.forget_below(depth),
            Some(None) => self.written = FrameWritten::default(),
            None => {}
        }
    }

    /// Some read may find bytes no path wrote (and no write's place was
    /// lost, which may have written them).
    pub fn may_read_unwritten(&self) -> bool {
        self.unwritten_read && !self.write_unplaced
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 0: write -16, jump ahead to 12; 8: the other path writes
    /// `other`; 12: read -16.
    fn two_paths_then_read(other: (i64, i64)) -> AddressOrderWrites {
        let mut s = AddressOrderWrites::default();
        s.enter(0, false);
        s.write(-16, -8);
        s.done(None);
        s.enter(4, true);
        s.edge(4, 12);
        s.done(None);
        s.enter(8, false);
        s.write(other.0, other.1);
        s.done(None);
        s.enter(12, true);
        s.read(-16, -8);
        s
    }

    #[test]
    fn what_every_way_in_wrote_counts() {
        // The other path writes another slot: not written on every path.
        assert!(two_paths_then_read((-24, -16)).may_read_unwritten());
        // Both write it: written.
        assert!(!two_paths_then_read((-16, -8)).may_read_unwritten());
    }

    #[test]
    fn an_instruction_reads_before_it_writes() {
        // `xchg %rax,(%rsp)` of a slot nothing wrote.
        let mut s = AddressOrderWrites::default();
        s.enter(0, false);
        s.read(-16, -8);
        s.write(-16, -8);
        s.done(None);
        assert!(s.may_read_unwritten());
    }

    #[test]
    fn below_rsp_nothing_stays_written() {
        // `movq $0,-16(%rsp)` below %rsp, then a call, then `sub $16`.
        let mut s = AddressOrderWrites::default();
        s.enter(0, false);
        s.write(-16, -8);
        s.done(None);
        s.enter(8, true);
        s.done(Some(Some(0)));
        s.enter(13, true);
        s.read(-16, -8);
        assert!(s.may_read_unwritten());
    }

    #[test]
    fn a_jump_back_must_bring_what_was_written_where_it_lands() {
        // 0: write -16; 8: (loop) read -16; 12: %rsp up to 0; 16: back
        // to 8, bringing less.
        let mut s = AddressOrderWrites::default();
        s.enter(0, false);
        s.write(-16, -8);
        s.done(None);
        s.enter(8, true);
        s.read(-16, -8);
        s.done(None);
        s.enter(12, true);
        s.done(Some(Some(0)));
        s.enter(16, true);
        assert!(!s.may_read_unwritten());
        s.edge(16, 8);
        assert!(s.may_read_unwritten());
        // Without %rsp moving up it brings as much.
        let mut s = AddressOrderWrites::default();
        s.enter(0, false);
        s.write(-16, -8);
        s.done(None);
        s.enter(8, true);
        s.read(-16, -8);
        s.done(None);
        s.enter(16, true);
        s.edge(16, 8);
        assert!(!s.may_read_unwritten());
    }

    #[test]
    fn a_write_whose_place_is_lost_may_be_any() {
        let mut s = AddressOrderWrites::default();
        s.enter(0, false);
        s.read(-16, -8);
        s.unplaced_write();
        assert!(!s.may_read_unwritten());
    }
}
