//! Where the kernel's boot-time patches of an object's code may write: the
//! bytes each table entry lets it write from the site it lists, so that a
//! function whose bytes such a patch reaches from outside it makes no
//! claim — from the previous function's last instruction (an
//! `.altinstructions` site of length 5 at a 1-byte `ret`), or from the end
//! of another section, which the link places right before it (blind
//! reviews 111 and 115).
//!
//! Within a function the tables are read where its code is decoded
//! (`x86::decode`); the bytes before a `.retpoline_sites` place and a
//! sealed `endbr`, and the fields of `Module::patched_fields`, are checked
//! there byte by byte, also from the next function. What is left here: the
//! writes forward from a site outside the function, and any write past its
//! own section's edges, where the bytes are the link's to choose.

use super::elf::{CodeSection, Module, ModuleKind};
use std::sync::Arc;

/// Bytes the kernel may write from a site: `[lo, hi)` as section offsets
/// (`hi` may pass the section's end, `lo` its start).
struct Window {
    lo: i64,
    hi: i64,
    site: u64,
    table: Arc<str>,
    /// Checked byte by byte where the code is decoded, inside a section.
    checked_in_decode: bool,
}

/// How many bytes before a `.retpoline_sites` place the kCFI caller check
/// the kernel may rewrite starts (6.12's `fineibt_caller_size`).
pub const KCFI_CALLER_CHECK: i64 = 14;
/// The hash of the kCFI caller check the kernel reads in `check`, the 14
/// bytes before a `.retpoline_sites` place (6.12's `decode_caller_hash`):
/// `movl $hash,%r10d` (`41 ba`), or the `jmp .+12` (`eb 0c`) of a check
/// `cfi_disable_callers` jumped over. None for other bytes.
pub fn kcfi_caller_hash(check: &[u8]) -> Option<u32> {
    match check {
        [0x41, 0xba, h0, h1, h2, h3, ..] | [0xeb, 0x0c, h0, h1, h2, h3, ..] => {
            Some(u32::from_le_bytes([*h0, *h1, *h2, *h3]))
        }
        _ => None,
    }
}

/// How many bytes before a sealed `endbr` the FineIBT preamble starts.
pub const CFI_PREAMBLE: i64 = 16;
/// The longest write forward from a site: an alternative's length.
pub const LONGEST: u64 = u8::MAX as u64;

/// The most bytes the kernel writes at a `five_byte_sites` site: the
/// instruction it decodes there, at most x86's longest (`windows`).
const LONGEST_INSTRUCTION: u64 = 15;

/// Whether the write at a 5-byte site at `site` of a section of `size`
/// bytes whose functions start at `starts` (sorted) may reach a function
/// from before its start or pass the section's end: the only writes
/// `written_from_before` and `spill` look for. (The kernel's writes inside
/// one function are read where its code is decoded.)
pub fn may_reach_an_edge(site: u64, starts: &[u64], size: u64) -> bool {
    let end = site.saturating_add(LONGEST_INSTRUCTION);
    end > size
        || !between(
            starts,
            |&s| s,
            site.saturating_add(1),
            end.saturating_add(1),
        )
        .is_empty()
}

/// Why the kernel's write at a site of `table` (a 5-byte list) at `site`
/// of `code`, whose functions start at `starts` (sorted), is not what the
/// decode reads there, if it is not:
/// - a `.call_sites` call other than a plain `e8 rel32`: with call depth
///   tracking the kernel writes a 5-byte `call` over whatever call decodes
///   there (`callthunks.c` `patch_call`: `cs call` is 6 bytes, and its last
///   byte then runs with what follows; blind review 125);
/// - a `.return_sites` site with a static call trampoline's `ud1` 5 bytes
///   on (blind review 126);
/// - an ftrace site (`__mcount_loc`, `__patchable_function_entries`) other
///   than at a function's entry or right after its `endbr64`: the tracer's
///   call there takes the word at %rsp for the return address and the
///   graph tracer rewrites it (`prepare_ftrace_return`; blind review 125's
///   `push %rsp` before the site).
pub fn rewrite_not_modelled(
    table: &str,
    code: &[u8],
    site: u64,
    starts: &[u64],
) -> Option<&'static str> {
    let at = site as usize;
    match table {
        ".call_sites" if code.get(at) != Some(&0xe8) => Some(
            "a .call_sites call that is not a plain 5-byte call, which the kernel's call-depth rewrite replaces with one (the rest of the old instruction then runs)",
        ),
        // `apply_returns` takes a site followed by `ud1 %esp,%ecx` at +5
        // for a static call's trampoline and writes a 5-byte `jmp` there
        // (`__static_call_fixup`), whatever instruction the site holds.
        ".return_sites" if code.get(at + 5..at + 8) == Some(&[0x0f, 0xb9, 0xcc][..]) => Some(
            "a .return_sites site the kernel takes for a static call's trampoline (ud1 %esp,%ecx 5 bytes on), where it writes a 5-byte jmp over what follows the return",
        ),
        "__mcount_loc" | "__patchable_function_entries" => {
            let entry = starts.binary_search(&site).is_ok()
                || (site >= 4
                    && starts.binary_search(&(site - 4)).is_ok()
                    && code.get(at - 4..at) == Some(&[0xf3, 0x0f, 0x1e, 0xfa][..]));
            (!entry).then_some(
                "an ftrace site after the function's entry: the tracer's call there takes the word at %rsp for the return address, and the graph tracer rewrites it",
            )
        }
        _ => None,
    }
}

/// The entries of the sorted `list` whose place lies in `[from, to)`.
fn between<T>(list: &[T], place: impl Fn(&T) -> u64, from: u64, to: u64) -> &[T] {
    let list = &list[list.partition_point(|e| place(e) < from)..];
    &list[..list.partition_point(|e| place(e) < to)]
}

/// The length of the instruction at `site` of `code`, if one decodes there.
fn instruction_length(code: &[u8], site: u64) -> Option<i64> {
    let bytes = code.get(site as usize..)?;
    let ins = iced_x86::Decoder::with_ip(64, bytes, 0, iced_x86::DecoderOptions::NONE).decode();
    (!ins.is_invalid()).then(|| ins.len() as i64)
}

/// The windows of the sites in `[from, to)` of code section `section`.
fn windows(module: &Module, section: &CodeSection, from: u64, to: u64) -> Vec<Window> {
    let code = module
        .bytes()
        .get(section.file_range.clone())
        .unwrap_or(&[]);
    let mut out = Vec::new();
    let mut push = |site: u64, lo: i64, hi: i64, table: &str, checked_in_decode| {
        out.push(Window {
            lo: site as i64 + lo,
            hi: site as i64 + hi,
            site,
            table: Arc::from(table),
            checked_in_decode,
        })
    };
    for a in between(&section.alternatives, |a| a.site, from, to) {
        push(a.site, 0, i64::from(a.orig_len), ".altinstructions", false);
    }
    // The length of the instruction the kernel decodes at a site (it writes
    // that many bytes at a retpoline or return site, 6 over a static call's
    // conditional jump); bytes that do not decode there, as long as any.
    let decoded = |site: u64| instruction_length(code, site).unwrap_or(LONGEST_INSTRUCTION as i64);
    for &site in between(&section.static_call_sites, |&s| s, from, to) {
        push(site, 0, decoded(site).max(5), ".static_call_sites", false);
    }
    // A jump label's site is written as long as the instruction there (2
    // or 5 bytes, checked first); one the section's end cuts, 5.
    for &(site, _) in between(&section.jump_labels, |&(s, _)| s, from, to) {
        let len = instruction_length(code, site).unwrap_or(5);
        push(site, 0, len, "__jump_table", false);
    }
    for &(site, table) in between(&section.five_byte_sites, |&(s, _)| s, from, to) {
        push(site, 0, decoded(site).max(5), table, false);
    }
    for &site in between(&section.retpoline_sites, |&s| s, from, to) {
        push(site, -KCFI_CALLER_CHECK, 0, ".retpoline_sites", true);
        push(site, 0, decoded(site).max(5), ".retpoline_sites", false);
    }
    for &site in between(&section.endbr_seals, |&s| s, from, to) {
        push(site, -CFI_PREAMBLE, 4, ".ibt_endbr_seal", true);
    }
    // (Module-wide addresses: those of this section's bytes only.)
    let base = section.base;
    let to = to.min(section.file_range.len() as u64);
    for (at, table) in between(
        &module.patched_fields,
        |p| p.0,
        base.saturating_add(from),
        base.saturating_add(to),
    ) {
        let width = crate::input::entries::patch_width(table) as i64;
        push(at - base, 0, width, table, true);
    }
    out
}

/// A write from a site before the function (in its section) that reaches
/// its bytes: why it makes no claim.
pub fn written_from_before(
    module: &Module,
    section: &CodeSection,
    lo: u64,
    hi: u64,
) -> Option<String> {
    windows(module, section, lo.saturating_sub(LONGEST), lo)
        .into_iter()
        .filter(|w| !w.checked_in_decode)
        .find(|w| w.hi > lo as i64 && w.lo < hi as i64)
        .map(|w| {
            format!(
                "the kernel's patch of the {} site at -{:#x} (before the function) may write {} bytes, over this function's first {:#x}",
                w.table,
                lo - w.site,
                w.hi - w.lo,
                w.hi - lo as i64
            )
        })
}

/// How far the patches of a relocatable object's own tables may write
/// past the end of a code section (into the start of what the link places
/// after it) and before the start of one (into the end of what it places
/// before), with where.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spill {
    pub forward: u64,
    pub backward: u64,
    pub why: Option<Arc<str>>,
}

impl Spill {
    /// The larger of the two in each direction.
    pub fn max(&self, other: &Spill) -> Spill {
        Spill {
            forward: self.forward.max(other.forward),
            backward: self.backward.max(other.backward),
            why: self.why.clone().or_else(|| other.why.clone()),
        }
    }

    pub fn is_none(&self) -> bool {
        self.forward == 0 && self.backward == 0
    }
}

/// The fewest bytes the kernel's call-depth thunk takes: 6.12's
/// `INCREMENT_CALL_DEPTH`, `sarq $5, %gs:pcpu_hot+X86_call_depth(%rip)`
/// (`SKL_TMPL_SIZE`, 9; more with `CALL_THUNKS_DEBUG`).
pub const SHORTEST_CALL_THUNK: usize = 9;

/// Whether the kernel's call-depth accounting may write a call thunk over
/// bytes of the function at `[lo, hi)` of `section`: with call depth
/// tracking, every call listed in `.call_sites` (of any object), an
/// `.altinstructions` call and a static call are sent to a thunk written
/// over the bytes right before the place called, wherever that is, when
/// they are all `nop`s (`callthunks.c`, `patch_dest`). Rather than every
/// place a call may go (blind reviews 122 and 124: `hm1+1`, named by a
/// relocation, by the assembler alone, or computed and set as a static
/// call), the bytes it may be written over: a run of at least
/// `SHORTEST_CALL_THUNK` `nop`s, and, in a relocatable object, any run of
/// `nop`s at the section's start or end (the link puts another section's
/// bytes next to it). A function with bytes in such a run may be rewritten
/// (blind review 121: a compiled `hm1`, one `nop` after 8 of padding,
/// becomes the thunk's last byte, an `add $imm32` that swallows its
/// `ret`). Compiled code ends before the padding the compiler puts before
/// the next function.
pub fn call_thunk_written(
    module: &Module,
    section: &CodeSection,
    lo: u64,
    hi: u64,
) -> Option<String> {
    let code = module.bytes().get(section.file_range.clone())?;
    let (lo, hi) = ((lo as usize).min(code.len()), (hi as usize).min(code.len()));
    let nop = |i: usize| code.get(i) == Some(&0x90);
    // A run of `SHORTEST_CALL_THUNK` nops that shares a byte with the
    // function: the windows starting up to that many bytes before it.
    let from = lo.saturating_sub(SHORTEST_CALL_THUNK - 1);
    if let Some(q) = (from..hi).find(|&q| (q..q + SHORTEST_CALL_THUNK).all(nop)) {
        let at = if q < lo {
            format!("-{:#x}", lo - q)
        } else {
            format!("+{:#x}", q - lo)
        };
        return Some(format!(
            "the kernel's call-depth accounting may write its call thunk over the run of nops at {at} (callthunks.c patch_dest writes it before a place called wherever {SHORTEST_CALL_THUNK} nops precede it), which shares bytes with this function"
        ));
    }
    if module.kind != ModuleKind::Relocatable || lo >= hi {
        return None;
    }
    // Runs at the section's edges, which the link may lengthen.
    let leading = code.iter().take_while(|&&b| b == 0x90).count();
    let trailing = code.iter().rev().take_while(|&&b| b == 0x90).count();
    let at_start = lo < leading;
    let at_end = hi > code.len() - trailing;
    (at_start || at_end).then(|| {
        format!(
            "the nops at its section's {} are this function's, and the link may put more nops and a place called next to them: the kernel's call-depth accounting may write its call thunk over them (callthunks.c patch_dest)",
            if at_start { "start" } else { "end" }
        )
    })
}

/// `module`'s own `Spill` (none for a linked image, whose sections are
/// laid out and read as one).
pub fn spill(module: &Module) -> Spill {
    let mut out = Spill::default();
    if module.kind != ModuleKind::Relocatable {
        return out;
    }
    for section in &module.sections {
        let size = section.file_range.len() as u64;
        // Only sites near the edges write past them.
        let near = windows(module, section, 0, CFI_PREAMBLE as u64)
            .into_iter()
            .chain(windows(
                module,
                section,
                size.saturating_sub(LONGEST).max(CFI_PREAMBLE as u64),
                u64::MAX,
            ));
        let size = size as i64;
        for w in near {
            let (forward, backward) = ((w.hi - size).max(0) as u64, (-w.lo).max(0) as u64);
            if forward > out.forward || backward > out.backward {
                out.forward = out.forward.max(forward);
                out.backward = out.backward.max(backward);
                out.why = Some(Arc::from(format!(
                    "{}: the kernel's patch of the {} site at {}+{:#x} may write {} bytes {} the section",
                    module.path,
                    w.table,
                    section.name,
                    w.site,
                    if forward > 0 { forward } else { backward },
                    if forward > 0 {
                        "past the end of"
                    } else {
                        "before the start of"
                    },
                )));
            }
        }
    }
    out
}

/// Whether a function at `[lo, hi)` of a section of `size` bytes lies where
/// a patch that writes past a section's edges (`spill`: this input's or
/// another's of the scan) may land once linked: why it makes no claim.
pub fn at_the_edges(spill: &Spill, lo: u64, hi: u64, size: u64) -> Option<String> {
    let why = spill.why.as_deref()?;
    let near_start = lo < spill.forward;
    let near_end = size.saturating_sub(hi) < spill.backward;
    (near_start || near_end).then(|| {
        format!(
            "{why}, which the link fills with another section's bytes: this function's {} may be among them",
            if near_start { "first bytes" } else { "last bytes" }
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 5-byte site is kept when its longest write (15 bytes) may pass a
    /// function's start or the section's end, and only then: the site just
    /// before a start, 14 bytes before it, one at the start itself (its write
    /// is inside that function, read where it is decoded), 15 before it.
    #[test]
    fn a_site_is_kept_when_its_write_may_reach_a_start_or_the_end() {
        let starts = [0x10, 0x40];
        let size = 0x100;
        assert!(may_reach_an_edge(0x0f, &starts, size));
        assert!(may_reach_an_edge(0x10 - 14, &starts, size));
        assert!(
            may_reach_an_edge(0x10 - 15, &starts, size),
            "15 bytes from 0x1 end at 0x10"
        );
        assert!(!may_reach_an_edge(0x10 - 16, &starts, size));
        assert!(!may_reach_an_edge(0x10, &starts, size));
        assert!(!may_reach_an_edge(0x20, &starts, size));
        assert!(may_reach_an_edge(0x3a, &starts, size));
        // Near the section's end: the write may pass it (`spill`).
        assert!(may_reach_an_edge(size - 14, &starts, size));
        assert!(may_reach_an_edge(size - 1, &starts, size));
        assert!(
            !may_reach_an_edge(size - 15, &starts, size),
            "15 bytes from it end at the end"
        );
        // No functions: only the end counts.
        assert!(!may_reach_an_edge(0, &[], size));
    }
}
