//! Which `ud2`s of a relocatable kernel object are BUGs: traps after which
//! the kernel never comes back (`__bug_table`, read conservatively).
//!
//! The kernel's `#UD` handler (x86 `handle_bug`, 6.x) resumes after a
//! `ud2` only when `report_bug` finds a `__bug_table` entry for it with
//! `BUGFLAG_WARNING` set (a WARN), or when a kCFI check's trap
//! (`.kcfi_traps`) is only warned about; otherwise the task dies. A BUG's
//! `ud2` thus ends every path through it, as objtool takes it; the code
//! after it is another path's (often a cold block another jump reaches).
//!
//! Only what is understood ends a path: the table must have the layout of
//! `CONFIG_DEBUG_BUGVERBOSE` (12-byte entries, `bug_addr` relocated into
//! code at +0 and the file name at +4, flags at +10) in one `__bug_table`
//! section (with two, the link decides which entry the kernel finds
//! first); every entry naming
//! the `ud2` must lack `BUGFLAG_WARNING`; and nothing that makes a trap
//! resumable names it or the instruction after it (`.kcfi_traps`,
//! objtool's reachable annotations `.discard.reachable` and
//! `.discard.annotate_insn`, every section of each name). Any other `ud2`
//! is taken to go on.
//! A linked image's table is not read (its `ud2`s all go on); a trap
//! another input of the scan names (its table may list it as a WARN, and
//! the kernel takes the first entry it finds) goes on too
//! (`across_inputs`). A BUG with an `__ex_table` entry still goes on at
//! its fixup, which `do_error_trap` applies before it kills the task (the
//! reading along paths keeps that edge).

use super::elf::{ModuleKind, relocation_target};
use object::read::elf::ElfFile64;
use object::{Endianness, Object, ObjectSection};
use rustc_hash::FxHashSet;

/// `sizeof(struct bug_entry)` with `CONFIG_DEBUG_BUGVERBOSE` and relative
/// pointers: s32 bug_addr, s32 file, u16 line, u16 flags.
const VERBOSE_ENTRY: u64 = 12;
/// Where the flags are in such an entry.
const FLAGS_AT: u64 = 10;
/// `BUGFLAG_WARNING`: the handler resumes after the trap.
const BUGFLAG_WARNING: u16 = 1 << 0;

/// Tables whose entries make a trap at (or just before) the place they
/// name resumable, or may: a trap they name is never taken to end a path.
const RESUMABLE: &[&str] = &[
    ".kcfi_traps",
    ".discard.reachable",
    ".discard.annotate_insn",
];

/// For each code section (`elf_index`: their ELF indexes, in order), the
/// sorted offsets of the BUGs' `ud2`s there (a `ud2` is still to be found
/// at each: the caller checks the instruction).
pub fn bug_ends(
    file: &ElfFile64<Endianness>,
    kind: ModuleKind,
    elf_index: &[usize],
) -> Vec<Vec<u64>> {
    let mut ends = vec![Vec::new(); elf_index.len()];
    if kind != ModuleKind::Relocatable {
        return ends;
    }
    // The kernel finds a trap's first entry in the linked table: with two
    // sections of the name, which comes first is the link's to say.
    let mut tables = file.sections().filter(|s| s.name() == Ok("__bug_table"));
    let (Some(table), None) = (tables.next(), tables.next()) else {
        return ends;
    };
    let Ok(data) = table.data() else {
        return ends;
    };
    let slot_of = |sec: usize| elf_index.iter().position(|&i| i == sec);
    let entries = data.len() as u64 / VERBOSE_ENTRY;
    if data.len() as u64 % VERBOSE_ENTRY != 0 || entries == 0 {
        return ends;
    }
    // Each entry's relocations, by entry: exactly one at +0 into code and
    // one at +4 (the file name) for the layout to be the verbose one.
    let mut addr: Vec<Option<(usize, u64)>> = vec![None; entries as usize];
    let mut file_name = vec![false; entries as usize];
    for (offset, rel) in table.relocations() {
        let (entry, field) = (offset / VERBOSE_ENTRY, offset % VERBOSE_ENTRY);
        if entry >= entries || rel.size() != 32 {
            return ends;
        }
        match field {
            0 if addr[entry as usize].is_none() => {
                let Some((sec, off)) = relocation_target(file, &rel) else {
                    return ends;
                };
                let Some(slot) = slot_of(sec) else {
                    return ends;
                };
                addr[entry as usize] = Some((slot, off));
            }
            4 if !file_name[entry as usize] => file_name[entry as usize] = true,
            _ => return ends,
        }
    }
    if addr.iter().any(Option::is_none) || file_name.iter().any(|f| !f) {
        return ends;
    }
    let mut warned: FxHashSet<(usize, u64)> = FxHashSet::default();
    let mut bugs: Vec<(usize, u64)> = Vec::new();
    for (e, at) in addr.iter().enumerate() {
        let Some(at) = *at else { continue };
        let f = e as u64 * VERBOSE_ENTRY + FLAGS_AT;
        let flags = u16::from_le_bytes([data[f as usize], data[f as usize + 1]]);
        if flags & BUGFLAG_WARNING != 0 {
            warned.insert(at);
        } else {
            bugs.push(at);
        }
    }
    // What makes a trap resumable names the trap (`.kcfi_traps`) or the
    // instruction after it (a WARN's `ANNOTATE_REACHABLE`, `ud2` + 2).
    let mut resumable: FxHashSet<(usize, u64)> = FxHashSet::default();
    // Every section of each name (a second `.kcfi_traps` names traps too).
    for t in file
        .sections()
        .filter(|s| s.name().is_ok_and(|n| RESUMABLE.contains(&n)))
    {
        for (_, rel) in t.relocations() {
            if let Some((sec, off)) = relocation_target(file, &rel) {
                if let Some(slot) = slot_of(sec) {
                    resumable.insert((slot, off));
                }
            }
        }
    }
    for (slot, off) in bugs {
        let resumes = warned.contains(&(slot, off))
            || resumable.contains(&(slot, off))
            || resumable.contains(&(slot, off.wrapping_add(2)));
        if !resumes {
            ends[slot].push(off);
        }
    }
    for e in ends.iter_mut() {
        e.sort_unstable();
        e.dedup();
    }
    ends
}
