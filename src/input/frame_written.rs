//! Which bytes of a function's own frame (between %rsp and its place at
//! entry) every path so far has written, for the reading along paths: a read
//! of a byte no path wrote reads what earlier calls left there, their return
//! addresses among it (`sub $24,%rsp; pop %rax; jmp *%rax` enters the
//! function whose call left one, past that call: blind review 82).
//!
//! Addresses are relative to %rsp at entry (the return address is the 8
//! bytes at 0); the first `TRACKED` bytes below it are kept, a bit each.
//! Bytes below %rsp hold nothing written: any call or interrupt may write
//! there (`forget_below`). A byte deeper than `TRACKED` is never written as
//! far as this knows.

/// How many bytes below %rsp at entry are kept.
pub const TRACKED: i64 = 1024;

const WORDS: usize = (TRACKED / 64) as usize;

/// The bytes written, bit `i` the byte at address `-i - 1`.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct FrameWritten {
    bits: [u64; WORDS],
}

impl FrameWritten {
    /// The bits for addresses `[a, b)`, clipped to those kept: a range of
    /// bit indices `[lo, hi)`.
    fn indices(a: i64, b: i64) -> (usize, usize) {
        let lo = b.min(0).saturating_neg().clamp(0, TRACKED);
        let hi = a.min(0).saturating_neg().clamp(0, TRACKED);
        (lo as usize, hi.max(lo) as usize)
    }

    /// Calls `f` with each word and the mask of bits `[lo, hi)` in it.
    fn words(&mut self, lo: usize, hi: usize, f: impl Fn(&mut u64, u64)) {
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
        self.words(lo, TRACKED as usize, |w, m| *w &= !m);
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
        (lo..hi).all(|i| self.bits[i / 64] & (1 << (i % 64)) != 0)
    }

    /// What every one of two paths wrote.
    pub fn meet(&mut self, other: &FrameWritten) {
        for (mine, theirs) in self.bits.iter_mut().zip(other.bits.iter()) {
            *mine &= theirs;
        }
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
        // Deeper than kept: never written.
        f.write_frame(4096);
        assert!(f.written(-TRACKED, 0));
        assert!(!f.written(-TRACKED - 8, -TRACKED));
        let mut g = FrameWritten::default();
        g.write(-16, -8);
        f.meet(&g);
        assert!(f.written(-16, -8));
        assert!(!f.written(-8, 0));
    }
}
