//! Stack slots named `disp(%base)` and what each holds, kept sorted by name so
//! that looking one up, and joining two paths' slots, costs a binary search
//! rather than a walk: KMSAN functions follow thousands of slots over
//! thousands of blocks, and linear look-ups made the reading along paths
//! quadratic (54 s of a `vmlinux.o` scan's 58).

use iced_x86::Register;

/// A slot's name: the register the memory operand goes through and its
/// displacement.
pub type SlotKey = (Register, i64);

/// Slots and what each holds (`T`), at most one entry per name, ascending
/// by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackSlots<T> {
    sorted: Vec<(Register, i64, T)>,
}

impl<T> Default for StackSlots<T> {
    fn default() -> Self {
        StackSlots { sorted: Vec::new() }
    }
}

impl<T: Copy + PartialEq> StackSlots<T> {
    fn find(&self, key: SlotKey) -> Result<usize, usize> {
        self.sorted.binary_search_by(|s| (s.0, s.1).cmp(&key))
    }

    /// What the slot named `key` holds, if it is listed.
    pub fn get(&self, key: SlotKey) -> Option<T> {
        self.find(key).ok().map(|i| self.sorted[i].2)
    }

    pub fn contains_key(&self, key: SlotKey) -> bool {
        self.find(key).is_ok()
    }

    /// The slot named `key` holds `what` (replacing what it held).
    pub fn insert(&mut self, key: SlotKey, what: T) {
        match self.find(key) {
            Ok(i) => self.sorted[i].2 = what,
            Err(i) => self.sorted.insert(i, (key.0, key.1, what)),
        }
    }

    pub fn remove(&mut self, key: SlotKey) {
        if let Ok(i) = self.find(key) {
            self.sorted.remove(i);
        }
    }

    /// Keeps the slots `keep` says (order is kept: the list stays sorted).
    pub fn retain(&mut self, keep: impl FnMut(&(Register, i64, T)) -> bool) {
        self.sorted.retain(keep);
    }

    pub fn iter(&self) -> impl Iterator<Item = &(Register, i64, T)> {
        self.sorted.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    pub fn clear(&mut self) {
        self.sorted.clear();
    }

    /// Every slot named through `base` named `by` bytes higher (%rsp moved
    /// down by a push). Displacements wrap as the machine's addresses do,
    /// which may reorder them: the list is sorted again when it did.
    pub fn shift(&mut self, base: Register, by: i64) {
        let mut wrapped = false;
        for s in self.sorted.iter_mut().filter(|s| s.0 == base) {
            let (moved, overflow) = s.1.overflowing_add(by);
            s.1 = moved;
            wrapped |= overflow;
        }
        if wrapped {
            self.sorted.sort_by_key(|s| (s.0, s.1));
        }
    }

    /// `mov %rsp,%rbp`: each slot named through %rsp is named through %rbp
    /// too, holding the same (those named through %rbp before are gone).
    pub fn copy_rsp_to_rbp(&mut self) {
        self.sorted.retain(|s| s.0 != Register::RBP);
        let copies: Vec<_> = self
            .sorted
            .iter()
            .filter(|s| s.0 == Register::RSP)
            .map(|s| (Register::RBP, s.1, s.2))
            .collect();
        self.sorted.extend(copies);
        self.sorted.sort_by_key(|s| (s.0, s.1));
    }

    /// Keeps only the slots `other` lists holding the same.
    pub fn keep_common(&mut self, other: &StackSlots<T>) {
        self.sorted
            .retain(|s| other.get((s.0, s.1)).is_some_and(|v| v == s.2));
    }
    /// Takes in what `other` (another path) lists, in one walk of both
    /// lists: for each of its slots, `take(mine, theirs)` says what the
    /// slot holds now (`mine`: what this list has, if it lists it), `None`
    /// for no change. Returns the names that changed, ascending.
    pub fn join_from(
        &mut self,
        other: &StackSlots<T>,
        mut take: impl FnMut(Option<T>, T) -> Option<T>,
    ) -> Vec<SlotKey> {
        let mut changed = Vec::new();
        if other.sorted.is_empty() {
            return changed;
        }
        let mut joined = Vec::with_capacity(self.sorted.len().max(other.sorted.len()));
        let (mut i, mut j) = (0, 0);
        while i < self.sorted.len() || j < other.sorted.len() {
            let mine = self.sorted.get(i).map(|s| (s.0, s.1));
            let theirs = other.sorted.get(j).map(|s| (s.0, s.1));
            match (mine, theirs) {
                (Some(a), Some(b)) if a == b => {
                    let now = take(Some(self.sorted[i].2), other.sorted[j].2);
                    if let Some(v) = now {
                        changed.push(a);
                        joined.push((a.0, a.1, v));
                    } else {
                        joined.push(self.sorted[i]);
                    }
                    i += 1;
                    j += 1;
                }
                (Some(a), Some(b)) if a < b => {
                    joined.push(self.sorted[i]);
                    i += 1;
                }
                (Some(_), None) => {
                    joined.push(self.sorted[i]);
                    i += 1;
                }
                (_, Some(b)) => {
                    if let Some(v) = take(None, other.sorted[j].2) {
                        changed.push(b);
                        joined.push((b.0, b.1, v));
                    }
                    j += 1;
                }
                (None, None) => unreachable!("the loop runs while one list has more"),
            }
        }
        self.sorted = joined;
        changed
    }

    /// Drops the slots named in `keys` (ascending).
    pub fn remove_all(&mut self, keys: &[SlotKey]) {
        if !keys.is_empty() {
            self.sorted
                .retain(|s| keys.binary_search(&(s.0, s.1)).is_err());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_sorted_through_every_change() {
        let mut s = StackSlots::default();
        for d in [16, -8, 0, 8, i64::MAX - 4] {
            s.insert((Register::RSP, d), d);
        }
        s.insert((Register::RBP, -16), 1);
        s.insert((Register::RSP, 8), 80);
        assert_eq!(s.get((Register::RSP, 8)), Some(80));
        assert_eq!(s.iter().count(), 6);
        // A push: every %rsp slot 8 higher, the largest wrapping round.
        s.shift(Register::RSP, 8);
        assert_eq!(s.get((Register::RSP, 16)), Some(80));
        assert_eq!(s.get((Register::RSP, i64::MIN + 3)), Some(i64::MAX - 4));
        assert_eq!(s.get((Register::RBP, -16)), Some(1));
        s.copy_rsp_to_rbp();
        assert_eq!(s.get((Register::RBP, -16)), None);
        assert_eq!(s.get((Register::RBP, 16)), Some(80));
        let keys: Vec<_> = s.iter().map(|e| (e.0, e.1)).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        s.remove((Register::RSP, 16));
        assert!(!s.contains_key((Register::RSP, 16)));
        let mut other = StackSlots::default();
        other.insert((Register::RBP, 16), 80);
        other.insert((Register::RSP, 0), 99);
        s.keep_common(&other);
        assert_eq!(s.iter().count(), 1);
        assert_eq!(s.get((Register::RBP, 16)), Some(80));
    }

    #[test]
    fn join_takes_what_the_rule_says_in_one_walk() {
        let mut mine = StackSlots::default();
        for (d, v) in [(0, false), (8, true), (24, false)] {
            mine.insert((Register::RSP, d), v);
        }
        let mut theirs = StackSlots::default();
        for (d, v) in [(-8, true), (0, true), (8, false), (16, false), (24, false)] {
            theirs.insert((Register::RSP, d), v);
        }
        // A slot holds a computed value (true) when either path's does.
        let changed = mine.join_from(&theirs, |m, t| match m {
            Some(m) if m >= t => None,
            _ => Some(t),
        });
        assert_eq!(
            changed,
            vec![(Register::RSP, -8), (Register::RSP, 0), (Register::RSP, 16)]
        );
        let all: Vec<_> = mine.iter().copied().collect();
        assert_eq!(
            all,
            vec![
                (Register::RSP, -8, true),
                (Register::RSP, 0, true),
                (Register::RSP, 8, true),
                (Register::RSP, 16, false),
                (Register::RSP, 24, false)
            ]
        );
        mine.remove_all(&changed);
        assert_eq!(mine.iter().count(), 2);
    }
}
