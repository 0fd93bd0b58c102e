//! Which bytes of a function's own frame (between %rsp and its place at
//! entry) every path so far has written, for the reading along paths: a read
//! of a byte no path wrote reads what earlier calls left there, their return
//! addresses among it (`sub $24,%rsp; pop %rax; jmp *%rax` enters the
//! function whose call left one, past that call: blind review 82).
//!
//! Addresses are relative to %rsp at entry (the return address is the 8
//! bytes at 0); the first `TRACKED` bytes below it are kept, a bit each, in
//! as many words as the deepest byte written needs (a frame of 1.6 KiB with
//! a function pointer in it is compiled C: blind review 85). Bytes below
//! %rsp hold nothing written: a call or interrupt may write there
//! (`forget_below`). A byte deeper than `TRACKED` is never written as far
//! as this knows.

/// How many bytes below %rsp at entry are kept (a frame is smaller).
pub const TRACKED: i64 = 1 << 16;

/// The bytes written, bit `i` the byte at address `-i - 1`; words past the
/// end are zero, and the last word is never zero.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FrameWritten {
    bits: Vec<u64>,
}

impl FrameWritten {
    /// The bits for addresses `[a, b)`, clipped to those kept: a range of
    /// bit indices `[lo, hi)`.
    fn indices(a: i64, b: i64) -> (usize, usize) {
        let lo = b.min(0).saturating_neg().clamp(0, TRACKED);
        let hi = a.min(0).saturating_neg().clamp(0, TRACKED);
        (lo as usize, hi.max(lo) as usize)
    }

    /// Calls `f` with each word and the mask of bits `[lo, hi)` in it (the
    /// words there, grown to hold them).
    fn words(&mut self, lo: usize, hi: usize, f: impl Fn(&mut u64, u64)) {
        if hi > lo && self.bits.len() < hi.div_ceil(64) {
            self.bits.resize(hi.div_ceil(64), 0);
        }
        let mut i = lo;
        while i < hi {
            let word = i / 64;
            let end = hi.min((word + 1) * 64);
            let width = end - i;
            let mask = if width == 64 {
                u64::MAX
            } else {
                ((1u64 << width) - 1) << (i % 64)
            };
            f(&mut self.bits[word], mask);
            i = end;
        }
        self.trim();
    }

    /// Drops the zero words at the end (two equal sets are equal vectors).
    fn trim(&mut self) {
        while self.bits.last() == Some(&0) {
            self.bits.pop();
        }
    }

    /// The bytes at addresses `[a, b)` were written.
    pub fn write(&mut self, a: i64, b: i64) {
        let (lo, hi) = Self::indices(a, b);
        self.words(lo, hi, |w, m| *w |= m);
    }

    /// Everything between %rsp, `depth` bytes below its place at entry, and
    /// that place counts as written (a callee was handed a stack address:
    /// compiled code writes what it hands a pointer to before reading it).
    pub fn write_frame(&mut self, depth: i64) {
        self.write(depth.saturating_neg(), 0);
    }

    /// %rsp is `depth` bytes below its place at entry: below it, nothing
    /// stays written.
    pub fn forget_below(&mut self, depth: i64) {
        let lo = depth.clamp(0, TRACKED) as usize;
        let hi = self.bits.len() * 64;
        if lo < hi {
            self.words(lo, hi, |w, m| *w &= !m);
        }
    }

    /// Whether every byte of the frame in `[a, b)` was written (bytes at or
    /// above the return address are not the frame's).
    pub fn written(&self, a: i64, b: i64) -> bool {
        let b = b.min(0);
        if a >= b {
            return true;
        }
        if a < -TRACKED {
            return false;
        }
        let (lo, hi) = Self::indices(a, b);
        (lo..hi).all(|i| {
            self.bits
                .get(i / 64)
                .is_some_and(|w| w & (1 << (i % 64)) != 0)
        })
    }

    /// Whether every byte `other` has written is written here too.
    pub fn covers(&self, other: &FrameWritten) -> bool {
        other.bits.len() <= self.bits.len()
            && other
                .bits
                .iter()
                .zip(self.bits.iter())
                .all(|(theirs, mine)| theirs & !mine == 0)
    }

    /// What every one of two paths wrote.
    pub fn meet(&mut self, other: &FrameWritten) {
        self.bits.truncate(other.bits.len());
        for (mine, theirs) in self.bits.iter_mut().zip(other.bits.iter()) {
            *mine &= theirs;
        }
        self.trim();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_written_are_known_and_forgotten_below_rsp() {
        let mut f = FrameWritten::default();
        assert!(!f.written(-8, 0));
        // `push %rbx` at entry.
        f.write(-8, 0);
        assert!(f.written(-8, 0));
        assert!(f.written(-4, 0));
        assert!(!f.written(-16, -4));
        // A part of a slot.
        f.write(-20, -16);
        assert!(f.written(-20, -16));
        assert!(!f.written(-24, -16));
        // The return address and above are not the frame's.
        assert!(f.written(0, 8));
        assert!(f.written(-8, 16));
        // A word boundary (bit 63/64) and a whole word.
        f.write(-200, -60);
        assert!(f.written(-200, -60));
        assert!(!f.written(-201, -60));
        // %rsp back up to 16 below its place at entry.
        f.forget_below(16);
        assert!(f.written(-8, 0));
        assert!(!f.written(-20, -16));
        assert!(!f.written(-200, -60));
        // A frame of 4 KiB (blind review 85: past 1 KiB was never written).
        f.write_frame(4096);
        assert!(f.written(-4096, -1024));
        assert!(!f.written(-4104, -4096));
        // The deepest kept, and deeper.
        f.write_frame(TRACKED);
        assert!(f.written(-TRACKED, 0));
        assert!(!f.written(-TRACKED - 8, -TRACKED));
        // Forgotten below %rsp, the words no longer needed dropped.
        let mut h = f.clone();
        h.forget_below(64);
        assert!(h.written(-64, 0) && !h.written(-72, -64));
        let mut e = FrameWritten::default();
        e.write(-64, 0);
        assert!(h == e, "equal sets are equal");
        let mut g = FrameWritten::default();
        g.write(-16, -8);
        assert!(f.covers(&g) && !g.covers(&f) && g.covers(&FrameWritten::default()));
        f.meet(&g);
        assert!(f.written(-16, -8));
        assert!(!f.written(-8, 0));
    }
}
