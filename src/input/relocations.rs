//! A section's relocations read where they lie, in parallel: a KMSAN
//! `vmlinux.o` has three million in `.rela.text` alone (a call to the
//! instrumentation every few instructions), which `object`'s iterator reads
//! one by one and which every reader here reads whole.

use object::read::elf::{ElfFile64, ElfSection64, Rela};
use object::{Endianness, ObjectSection, RelocationFlags, RelocationTarget, SymbolIndex};
use rayon::prelude::*;
use std::ops::Range;

/// One relocation as the ELF entry says it.
#[derive(Clone, Copy, Debug)]
pub struct Raw {
    /// Offset in the section it patches.
    pub offset: u64,
    /// R_X86_64_*.
    pub r_type: u32,
    /// The symbol it names; None for symbol 0 (an absolute value).
    pub symbol: Option<SymbolIndex>,
    pub addend: i64,
    /// SHT_REL: the addend is in the patched bytes, not read here.
    pub implicit_addend: bool,
}

/// The relocations that apply to one section, in file order.
pub struct SectionRelocations<'d> {
    /// The one SHT_RELA section's entries, read in place.
    rela: &'d [object::elf::Rela64<Endianness>],
    /// Otherwise (SHT_REL, several relocation sections): as `object` reads them.
    other: Vec<Raw>,
    endian: Endianness,
}

/// Relocations per piece of parallel work: large enough that a piece's
/// own look-up caches pay, small enough to keep both cores busy.
const PIECE: usize = 1 << 15;

impl<'d> SectionRelocations<'d> {
    pub fn of(
        file: &ElfFile64<'d, Endianness>,
        section: &ElfSection64<'d, '_, Endianness>,
    ) -> Self {
        let endian = file.endian();
        match section.elf_linked_rela() {
            Ok(rela) if section.elf_linked_rel().is_ok_and(|r| r.is_empty()) => {
                SectionRelocations {
                    rela,
                    other: Vec::new(),
                    endian,
                }
            }
            _ => SectionRelocations {
                rela: &[],
                other: section
                    .relocations()
                    .map(|(offset, rel)| Raw {
                        offset,
                        r_type: match rel.flags() {
                            RelocationFlags::Elf { r_type } => r_type.0,
                            _ => 0,
                        },
                        symbol: match rel.target() {
                            RelocationTarget::Symbol(i) => Some(i),
                            _ => None,
                        },
                        addend: rel.addend(),
                        implicit_addend: rel.has_implicit_addend(),
                    })
                    .collect(),
                endian,
            },
        }
    }

    pub fn len(&self) -> usize {
        self.rela.len() + self.other.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`th relocation (`i < len()`).
    pub fn get(&self, i: usize) -> Raw {
        match self.rela.get(i) {
            Some(r) => {
                let sym = r.r_sym(self.endian, false);
                Raw {
                    offset: r.r_offset(self.endian),
                    r_type: r.r_type(self.endian, false).0,
                    // As `object` reads them: symbol 0 is no symbol.
                    symbol: (sym != 0).then_some(SymbolIndex(sym as usize)),
                    addend: r.r_addend(self.endian),
                    implicit_addend: false,
                }
            }
            None => self.other[i - self.rela.len()],
        }
    }

    /// Index ranges that cover every relocation in order, one per piece of
    /// parallel work.
    pub fn pieces(&self) -> Vec<Range<usize>> {
        (0..self.len())
            .step_by(PIECE)
            .map(|lo| lo..(lo + PIECE).min(self.len()))
            .collect()
    }

    /// `read` of every relocation (with its index), in file order, computed
    /// in parallel; each piece of the work gets its own `cache` (`new_cache`).
    pub fn map<T, C>(
        &self,
        new_cache: impl Fn() -> C + Sync + Send,
        read: impl Fn(&mut C, (usize, Raw)) -> T + Sync + Send,
    ) -> Vec<T>
    where
        T: Send,
    {
        let mut out = Vec::with_capacity(self.len());
        (0..self.len())
            .into_par_iter()
            .with_min_len(PIECE)
            .map_init(new_cache, |cache, i| read(cache, (i, self.get(i))))
            .collect_into_vec(&mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use object::Object;

    /// Read in place or by `object`, every relocation of every section of
    /// every committed test object is the same.
    #[test]
    fn in_place_reading_is_objects_reading() {
        let mut compared = 0;
        for path in crate::committed_test_objects() {
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            let Ok(file) = ElfFile64::<Endianness>::parse(&*data) else {
                continue;
            };
            for section in file.sections() {
                let fast = SectionRelocations::of(&file, &section);
                let slow: Vec<_> = section.relocations().collect();
                assert_eq!(fast.len(), slow.len(), "{}", path.display());
                for (i, (offset, rel)) in slow.into_iter().enumerate() {
                    let raw = fast.get(i);
                    let target = match rel.target() {
                        RelocationTarget::Symbol(s) => Some(s),
                        _ => None,
                    };
                    let r_type = match rel.flags() {
                        RelocationFlags::Elf { r_type } => r_type.0,
                        _ => 0,
                    };
                    assert_eq!(
                        (
                            raw.offset,
                            raw.r_type,
                            raw.symbol,
                            raw.addend,
                            raw.implicit_addend
                        ),
                        (
                            offset,
                            r_type,
                            target,
                            rel.addend(),
                            rel.has_implicit_addend()
                        ),
                        "{}",
                        path.display()
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 5_000, "{compared}");
    }
}
