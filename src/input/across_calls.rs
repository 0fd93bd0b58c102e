//! Code addresses the module's functions hand one another: the first reading
//! of `code_addresses` (address order, one piece of code at a time) carried
//! across calls, so that arithmetic on a code address in a function that
//! did not take it is seen. `f: lea g(%rip),%rdi; call h` hands `h` a code
//! address in %rdi (`h: add $5,%rdi; call k`, and `k` calls through it);
//! `h: lea g(%rip),%rax; ret` hands one back to every caller of `h` (`f:
//! call h; add $5,%rax; call k`).
//!
//! Each piece is read once (`first_reading::AddressOrderReading`, inside
//! `entries::from_code_with`'s decode), noting the plain code addresses in
//! registers where it calls or jumps to a function of the module, where it
//! returns or leaves, and which functions it calls. `across_calls` then
//! reads again, until nothing grows, every function handed a code address
//! (from its entry with those registers holding one) and every piece that
//! calls a function handing one back (those registers holding one after the
//! call). What a function is handed or hands back is the union over its
//! callers and its returns: more registers holding a code address only make
//! more values computed, never fewer.

use super::elf::Module;
use super::first_reading::{AddressOrderReading, HandedOn, Held, OtherWays, Use};

/// One piece of code: `Module::sections` index, offsets `lo..hi` there, the
/// function it is (if one).
pub type Piece = (usize, u64, u64, Option<usize>);

/// Reads again, until nothing grows, each function handed a code address
/// and each piece calling a function that hands one back (`first`: each
/// piece's first reading, `None` where it was not read). The pieces whose
/// reading then uses a code address: where, and how.
pub fn across_calls(
    module: &Module,
    pieces: &[Piece],
    first: Vec<Option<HandedOn>>,
) -> Vec<(usize, usize, Use)> {
    let functions = module.functions.len();
    let mut grow = Growth {
        piece_of: vec![None; functions],
        handed: vec![Held::default(); functions],
        returns: vec![Held::default(); functions],
        callers: vec![Vec::new(); functions],
        tail_callers: vec![Vec::new(); functions],
        queued: vec![false; pieces.len()],
        work: Vec::new(),
    };
    for (p, piece) in pieces.iter().enumerate() {
        if let Some(f) = piece.3 {
            grow.piece_of[f] = Some(p);
        }
    }
    let first: Vec<HandedOn> = first.into_iter().map(Option::unwrap_or_default).collect();
    for (p, on) in first.iter().enumerate() {
        for &g in &on.calls {
            grow.callers[g].push(p);
        }
        if let Some(f) = pieces[p].3 {
            for &g in &on.tails {
                grow.tail_callers[g].push(f);
            }
        }
    }
    for list in grow.callers.iter_mut().chain(grow.tail_callers.iter_mut()) {
        list.sort_unstable();
        list.dedup();
    }
    for (p, on) in first.iter().enumerate() {
        grow.note(pieces[p].3, on);
    }
    let ways = OtherWays::of(module);
    let mut used = Vec::new();
    while let Some(p) = grow.work.pop() {
        grow.queued[p] = false;
        let (slot, lo, hi, function) = pieces[p];
        let section = &module.sections[slot];
        let bytes = &module.bytes()[section.file_range.clone()][lo as usize..hi as usize];
        let entry = function.map_or_else(Held::default, |f| grow.handed[f].clone());
        let mut reading = AddressOrderReading::new(module, &ways, slot, lo, hi - lo, &entry);
        let returns = &grow.returns;
        let returned = |g: usize| returns[g].clone();
        reading.read_from(module, section, bytes, 0, &returned);
        reading.finish(module, section, bytes, &returned);
        if let Some((pos, how)) = reading.used_at {
            used.push((p, pos, how));
        }
        grow.note(function, &reading.handed_on);
    }
    used.sort_unstable();
    used.dedup_by_key(|u| u.0);
    used
}

/// What functions are handed and hand back so far, and the pieces to read
/// again.
struct Growth {
    /// The piece each function is.
    piece_of: Vec<Option<usize>>,
    /// Where code addresses are at a function's entry.
    handed: Vec<Held>,
    /// Where a function may hand back code addresses (as its callers see
    /// them after the call).
    returns: Vec<Held>,
    /// The pieces calling each function.
    callers: Vec<Vec<usize>>,
    /// The functions jumping to each function.
    tail_callers: Vec<Vec<usize>>,
    queued: Vec<bool>,
    work: Vec<usize>,
}

impl Growth {
    fn queue(&mut self, p: usize) {
        if !self.queued[p] {
            self.queued[p] = true;
            self.work.push(p);
        }
    }

    /// What a reading of a piece (function `function`, if one) found.
    fn note(&mut self, function: Option<usize>, on: &HandedOn) {
        if let Some(f) = function {
            self.raise(f, &on.returns);
        }
        for (g, held) in &on.hands {
            if self.handed[*g].absorb(held) {
                if let Some(q) = self.piece_of[*g] {
                    self.queue(q);
                }
            }
        }
    }

    /// What function `f` hands back grows by `held`: so does what each
    /// function jumping to it does, and each piece calling one of them
    /// reads again.
    fn raise(&mut self, f: usize, held: &Held) {
        let mut grown = vec![(f, held.clone())];
        while let Some((f, held)) = grown.pop() {
            if !self.returns[f].absorb(&held) {
                continue;
            }
            for i in 0..self.callers[f].len() {
                self.queue(self.callers[f][i]);
            }
            for &h in &self.tail_callers[f] {
                grown.push((h, self.returns[f].clone()));
            }
        }
    }
}
