//! Instruction decoding with iced-x86 into `Insn`s: function-relative offsets,
//! control flow (branch targets inside the function, exits, calls) and the names
//! of call/jump targets from relocations or, in linked images, from symbols.

use crate::input::elf::{Function, Module};
use iced_x86::{
    Code, Decoder, DecoderOptions, FlowControl, Instruction, Mnemonic, OpAccess, OpKind,
};
use std::ops::Range;
use std::sync::Arc;

/// How control leaves an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Falls through to the next instruction.
    Next,
    /// Unconditional jump to a function-relative offset.
    Jump(u32),
    /// Conditional jump: to the offset, or falls through.
    CondJump(u32),
    /// Leaves the function: `ret`, tail call, indirect jump (retpoline builds have
    /// no jump tables), jump to the return thunk.
    Exit,
    /// A call (direct or indirect); execution continues after it.
    Call,
    /// No successor of its own: `ud2`, `int3`, `ud1`, undecodable bytes
    /// (`decode_for_analysis` lets a WARN's `ud2` and an `int3` run on).
    Stop,
}

/// How far a call may rely on its callee keeping the SysV calling convention
/// (%rsp, %rbx %rbp %r12-%r15 and DF as they were, the caller's frame
/// touched only through what it was handed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalleeContract {
    /// Outside the object, or indirect: assumed, as of every such callee.
    Assumed,
    /// In this module; its code shows the contract whatever the caller
    /// handed out (it touches memory only in its own frame or globally, and
    /// calls only such functions).
    ShownAlways,
    /// In this module; its code shows the contract, given that no pointer
    /// into the caller's frame is out at the call (one could reach below
    /// the caller's %rsp, where the callee's frame will be).
    ShownWhileFrameClosed,
    /// In this module; its code shows the contract only under the in-bounds
    /// assumption (`stack::Mode::InBounds`).
    ShownInBounds,
    /// In this module, and not shown: after the call nothing about registers,
    /// %rsp or the frame is known.
    NotShown,
}

/// One decoded instruction.
#[derive(Clone, Debug)]
pub struct Insn {
    /// Offset from the function start.
    pub off: u32,
    pub len: u8,
    pub ins: Instruction,
    pub flow: Flow,
    /// Name of the call or jump target when it is outside the function
    /// (from a relocation, else from the symbol table of a linked image).
    pub target_name: Option<Arc<str>>,
    /// True when a relocation patches this instruction's bytes.
    pub has_reloc: bool,
    /// A static-key site: the function-relative offset the kernel may patch this
    /// instruction into jumping to (an extra successor).
    pub jump_label: Option<u32>,
    /// An `__ex_table` site: a fault here continues at this function-relative
    /// offset (with the state from before the instruction).
    pub ex_fixup: Option<u32>,
    /// The `__ex_table` entry's data word (handler type and register).
    pub ex_data: u32,
    /// An `.altinstructions` site: the replacement codes that may run instead of
    /// the bytes from here start at these (virtual) offsets.
    pub alt_entries: Vec<u32>,
    /// Replacement code only: the original site it replaces.
    pub alt_site: Option<u32>,
    /// Replacement code only: its offset in the replacement section.
    pub alt_section_offset: u64,
    /// Where falling through leads when it is not the next instruction (the
    /// end of a replacement continues after the original bytes).
    pub fallthrough_to: Option<u32>,
    /// A call to a function local to this object: its name says nothing about
    /// what it does (it is not the kernel's function of that name).
    pub callee_is_local: bool,
    /// The callee takes every argument in registers (its DWARF prototype says
    /// so): it owns no stack slot of the caller's.
    pub callee_register_args_only: bool,
    /// What the call may rely on of the callee's calling convention
    /// (`analysis::callee_contract`).
    pub callee_contract: CalleeContract,
    /// A relocation patches the memory operand's displacement (`sym(%reg)`):
    /// the bytes show 0, the linker fills in an address.
    pub disp_relocated: bool,
    /// A call objtool takes as one to a dead end though it comes back: the
    /// callee's code ends in a trap or halt the kernel resumes after
    /// (`CalleeEnd::Resumes`). The objtool model ends the path there; the
    /// analysis follows it.
    pub objtool_dead_end: bool,
    /// A `.static_call_sites` site: the kernel points it at whatever
    /// `static_call_update()` sets, so its callee is any function whose
    /// address is taken, as an indirect call's (blind review 119).
    pub static_call: bool,
}

impl Insn {
    /// An instruction with no kernel-table or replacement facts attached yet.
    fn new(
        off: u32,
        len: u8,
        ins: Instruction,
        flow: Flow,
        target_name: Option<Arc<str>>,
        has_reloc: bool,
    ) -> Insn {
        Insn {
            off,
            len,
            ins,
            flow,
            target_name,
            has_reloc,
            jump_label: None,
            ex_fixup: None,
            ex_data: 0,
            alt_entries: Vec::new(),
            alt_site: None,
            alt_section_offset: 0,
            fallthrough_to: None,
            callee_is_local: false,
            callee_register_args_only: false,
            callee_contract: CalleeContract::Assumed,
            static_call: false,
            disp_relocated: false,
            objtool_dead_end: false,
        }
    }

    pub fn end(&self) -> u32 {
        self.off + self.len as u32
    }

    /// A direct call or jump whose target lies outside the function.
    pub fn branches_out(&self) -> bool {
        matches!(self.flow, Flow::Call | Flow::Exit | Flow::Next)
            && matches!(
                self.ins.op0_kind(),
                OpKind::NearBranch64 | OpKind::NearBranch32
            )
    }
}

/// The AT&T formatter rspill prints with; `rip_relative` shows RIP-relative
/// operands as displacements (layout-independent) rather than addresses.
pub fn gas_formatter(rip_relative: bool) -> iced_x86::GasFormatter {
    let mut fmt = iced_x86::GasFormatter::new();
    let o = iced_x86::Formatter::options_mut(&mut fmt);
    o.set_gas_show_mnemonic_size_suffix(false);
    o.set_hex_prefix("0x");
    o.set_hex_suffix("");
    o.set_uppercase_hex(false);
    o.set_rip_relative_addresses(rip_relative);
    o.set_branch_leading_zeros(false);
    o.set_leading_zeros(false);
    fmt
}

/// Decode a whole function of a module, naming targets from its relocations
/// (relocatable objects) or its symbols (linked images).
pub fn decode_function(module: &Module, func: &Function) -> Vec<Insn> {
    let section = &module.sections[func.section];
    let base = module.function_address(func);
    // The function's relocations, walked with the decode (which asks in
    // increasing order; a binary search per instruction cost more than the
    // decode on KMSAN objects). Asked about an earlier place, it starts over.
    let relocs = section.relocs_in(func.offset, func.offset + func.size);
    let next = std::cell::Cell::new(0usize);
    let mut insns = decode_with(
        module.function_bytes(func),
        &|off, len| {
            let start = func.offset + off as u64;
            let mut i = next.get();
            if i > 0 && relocs[i - 1].offset >= start {
                i = 0;
            }
            while relocs.get(i).is_some_and(|r| r.offset < start) {
                i += 1;
            }
            next.set(i);
            relocs
                .get(i)
                .filter(|r| r.offset < start + len as u64)
                .map(|r| reloc_target_name(r.symbol(), r.addend, r.r_type))
        },
        &|target| {
            let addr = base.wrapping_add(target);
            module.function_at(addr).map(|f| {
                let start = module.function_address(f);
                if addr == start {
                    Arc::from(f.name.as_str())
                } else {
                    Arc::from(format!("{}+{:#x}", f.name, addr - start).as_str())
                }
            })
        },
    );
    // The function's own sites first (a whole image's text has tens of
    // thousands: a search of them all for each instruction cost more than
    // its decode); each site found is then asked as before.
    let sites = places_in(
        &section.jump_labels,
        |&(s, _)| s,
        func.offset,
        func.offset + func.size,
    );
    if !sites.is_empty() {
        for ins in insns.iter_mut() {
            let at = func.offset + ins.off as u64;
            if sites.binary_search_by_key(&at, |&(s, _)| s).is_err() {
                continue;
            }
            if let Some(t) = section.jump_label_target(at) {
                // Only targets inside this function are edges of its CFG.
                if t >= func.offset && t < func.offset + func.size {
                    let t = (t - func.offset) as u32;
                    // A site that is a jump already (arch_static_branch_jump) may
                    // be patched into a NOP: then its alternative is the
                    // fall-through, not the target it jumps to anyway.
                    ins.jump_label = Some(match ins.flow {
                        Flow::Jump(j) if j == t => ins.end(),
                        _ => t,
                    });
                }
            }
        }
    }
    if !section.ex_fixups.is_empty() {
        let (lo, hi) = (func.offset, func.offset + func.size);
        let first = section.ex_fixups.partition_point(|&(s, _, _)| s < lo);
        for &(site, fixup, data) in &section.ex_fixups[first..] {
            if site >= hi {
                break;
            }
            if fixup < lo || fixup >= hi {
                continue;
            }
            let (site, fixup) = ((site - lo) as u32, (fixup - lo) as u32);
            if let Ok(i) = insns.binary_search_by_key(&site, |i| i.off) {
                insns[i].ex_fixup = Some(fixup);
                insns[i].ex_data = data;
            }
        }
    }
    insns
}

/// How the code of a function a call reaches ends (`callee_end`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalleeEnd {
    /// It may come back: a way out, or a function rspill does not read.
    Returns,
    /// Its own bytes have no way out, and nothing runs on past them.
    NeverReturns,
    /// No way out but through its last instruction, a trap or halt the
    /// kernel resumes after (a WARN's `ud2`, `hlt`): execution runs on into
    /// what follows it. objtool, which looks for a return or a sibling
    /// call only, takes it for a dead end.
    Resumes,
}

/// How the function a call naming `name` reaches (in this module, not weak)
/// ends: it never returns where its own bytes have no way out — no return,
/// no jump out of it (tail call, indirect jump, a static-key or
/// exception-table target elsewhere), no replacement code — and its last
/// instruction does not run on into what follows. Calls it makes come back
/// into it. Decided once per function.
pub fn callee_end(module: &Module, name: &str) -> CalleeEnd {
    let Some(index) = module.function_index_called(name) else {
        return CalleeEnd::Returns;
    };
    let func = &module.functions[index];
    if func.weak {
        return CalleeEnd::Returns;
    }
    *module.callee_ends[index].get_or_init(|| {
        let section = &module.sections[func.section];
        let (lo, hi) = (func.offset, func.offset + func.size);
        // Both tables are sorted by site: look at this function's entries only.
        let first_alt = section.alternatives.partition_point(|a| a.site < lo);
        let has_alternatives = section
            .alternatives
            .get(first_alt)
            .is_some_and(|a| a.site < hi);
        let first_fixup = section.ex_fixups.partition_point(|&(s, _, _)| s < lo);
        let fixups_leave = section.ex_fixups[first_fixup..]
            .iter()
            .take_while(|&&(s, _, _)| s < hi)
            .any(|&(_, f, _)| !(f >= lo && f < hi));
        if has_alternatives || fixups_leave {
            return CalleeEnd::Returns;
        }
        // A way out anywhere in the sweep the decode makes (`decode_with`'s
        // `Flow::Exit`: a return, an indirect jump, a jump leaving the
        // function, to the return thunk in a kernel built against retbleed):
        // most callees have one, and need no decode in full (with a name for
        // every call they make).
        let size = func.size;
        let returns = crate::x86::lean::sweep(module.function_bytes(func), |pos, read| {
            use iced_x86::FlowControl;
            let leaves = |flow: FlowControl, near_target: Option<u64>| match flow {
                FlowControl::Return | FlowControl::IndirectBranch => true,
                FlowControl::UnconditionalBranch => near_target.is_none_or(|t| t >= size),
                _ => false,
            };
            let exit = match read {
                crate::x86::lean::Swept::Lean(lean) => {
                    leaves(lean.flow, lean.branch_target(pos as u64))
                }
                // (Bytes that are no instruction end a path: `Flow::Stop`.)
                crate::x86::lean::Swept::Iced(ins) => {
                    !ins.is_invalid()
                        && leaves(
                            ins.flow_control(),
                            matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
                                .then(|| ins.near_branch_target()),
                        )
                }
            };
            if exit {
                std::ops::ControlFlow::Break(())
            } else {
                std::ops::ControlFlow::Continue(())
            }
        });
        if returns.is_some() {
            return CalleeEnd::Returns;
        }
        let insns = decode_function(module, func);
        let Some(last) = insns.last() else {
            return CalleeEnd::Returns;
        };
        // A WARN's `ud2` (one that ends no BUG: `bug_traps`) comes back
        // after itself, as the analysis takes it (`decode_for_analysis`), and
        // so does `hlt` (after the interrupt that wakes it): as the last
        // instruction, into what follows the function (blind review 99's
        // `wv4`, `hv`: a `__builtin_unreachable()` after either).
        let resumes = match last.ins.mnemonic() {
            Mnemonic::Ud2 => !section.bug_ends_at(func.offset + last.off as u64),
            // #BP comes back after the `int3` where a handler takes it
            // (blind review 128's `k3`).
            Mnemonic::Hlt | Mnemonic::Int3 => true,
            _ => false,
        };
        let runs_on = matches!(last.flow, Flow::Next | Flow::Call | Flow::CondJump(_))
            && !(last.flow == Flow::Call
                && crate::objtool::model::is_noreturn(last.target_name.as_deref()));
        let no_way_out = insns.iter().all(|i| {
            i.flow != Flow::Exit
                && !(i.ins.flow_control() == iced_x86::FlowControl::ConditionalBranch
                    && i.flow == Flow::Next)
                && i.jump_label.is_none_or(|t| (t as u64) < func.size)
        });
        match (no_way_out, resumes, runs_on) {
            (true, true, _) => CalleeEnd::Resumes,
            (true, false, false) => CalleeEnd::NeverReturns,
            _ => CalleeEnd::Returns,
        }
    })
}

/// The entries of `list` (sorted by `place`, section offsets) whose place
/// lies in `[lo, hi)`: one function's share of a section's table.
fn places_in<T>(list: &[T], place: impl Fn(&T) -> u64, lo: u64, hi: u64) -> &[T] {
    let list = &list[list.partition_point(|e| place(e) < lo)..];
    &list[..list.partition_point(|e| place(e) < hi)]
}

/// Static-call sites the graph does not show as what the kernel writes
/// there: it patches a 5-byte `call` or `jmp` to the chosen function (or a
/// NOP, or `ret; int3...` for a tail call) over the site, so a site that is
/// not such an instruction (a NOP the kernel turns into a call that clobbers
/// registers, a 1-byte `ret` whose next 4 bytes it overwrites: blind review
/// 93's `s3`, `s5`) is code the function does not show.
fn static_calls_not_modelled(
    section: &crate::input::elf::CodeSection,
    func: &Function,
    insns: &[Insn],
) -> Incomplete {
    let (lo, hi) = (func.offset, func.offset + func.size);
    places_in(&section.static_call_sites, |&s| s, lo, hi)
        .iter()
        .filter(|&&site| {
            let at = (site - lo) as u32;
            let Ok(i) = insns.binary_search_by_key(&at, |i| i.off) else {
                return true;
            };
            let ins = &insns[i].ins;
            !(ins.len() == 5
                && matches!(ins.mnemonic(), Mnemonic::Call | Mnemonic::Jmp)
                && matches!(ins.op0_kind(), OpKind::NearBranch64))
        })
        .map(|&site| {
            format!(
                "the static call site at +{:#x} is not a 5-byte call or jump (the kernel writes one there)",
                site - lo
            )
        })
        .take(1)
        .collect()
}

/// How many bytes before a `.retpoline_sites` place the kernel's kCFI code
/// reads and rewrites (6.12's `fineibt_caller_size`: the caller's hash
/// check).
const KCFI_CALLER_CHECK: u64 = 14;
/// How many bytes before a sealed `endbr` the kernel's `poison_cfi` may
/// write (the `__cfi_` preamble's `endbr` and hash, up to 9 bytes into it).
const CFI_PREAMBLE: u64 = 16;
const CFI_PREAMBLE_WRITTEN: u64 = 11;

/// What the kernel does to an alternative's bytes that their decode does
/// not show (blind review 126): `optimize_nops` takes any opcode `90`
/// behind REX or `66` prefixes for a NOP (`insn_is_nop`), so `49 90`,
/// `xchg %rax,%r8`, becomes one; and the relocation of a replacement's
/// relative jump or call assumes its plain length (5, or 2 for `eb`): a
/// prefixed one (`2e e9`, 6 bytes) lands elsewhere once copied in; and an
/// instruction with more than 4 distinct legacy prefixes, where the
/// kernel's decoder parts from the CPU's (blind review 127).
fn alternative_bytes_not_modelled(original: &[u8], replacement: &[u8]) -> Option<&'static str> {
    for (bytes, replaced) in [(original, false), (replacement, true)] {
        let mut decoder = iced_x86::Decoder::with_ip(64, bytes, 0, iced_x86::DecoderOptions::NONE);
        let mut ins = iced_x86::Instruction::default();
        while decoder.can_decode() {
            let pos = decoder.position();
            decoder.decode_out(&mut ins);
            if ins.is_invalid() {
                break;
            }
            let raw = &bytes[pos..pos + ins.len()];
            // The kernel's decoder (`insn_get_prefixes`) stops at a fifth
            // distinct legacy prefix and reads it as the opcode: its
            // instructions then part from the CPU's, and `optimize_nops`
            // may find a nop inside one (blind review 127).
            let mut distinct: Vec<u8> = Vec::new();
            for &b in raw.iter().take_while(|&&b| {
                matches!(
                    b,
                    0x26 | 0x2e | 0x36 | 0x3e | 0x64 | 0x65 | 0x66 | 0x67 | 0xf0 | 0xf2 | 0xf3
                )
            }) {
                if !distinct.contains(&b) {
                    distinct.push(b);
                }
            }
            if distinct.len() > 4 {
                return Some(
                    "an instruction with more than 4 distinct prefixes, which the kernel's decoder reads otherwise before optimize_nops rewrites what it takes for nops",
                );
            }
            let (prefixes, rest) = raw.split_at(
                raw.iter()
                    .take_while(|&&b| b == 0x66 || (0x40..=0x4f).contains(&b))
                    .count(),
            );
            if rest == [0x90] && ins.mnemonic() != Mnemonic::Nop && !prefixes.is_empty() {
                return Some(
                    "an xchg the kernel's optimize_nops takes for a nop (opcode 90 behind a prefix) and rewrites",
                );
            }
            let plain = match ins.op0_kind() {
                OpKind::NearBranch64 => match ins.mnemonic() {
                    Mnemonic::Jmp | Mnemonic::Call => {
                        (raw[0] == 0xe9 || raw[0] == 0xe8 || raw[0] == 0xeb)
                            && (ins.len() == 5 || ins.len() == 2)
                    }
                    _ => true,
                },
                _ => true,
            };
            if replaced && !plain {
                return Some(
                    "a replacement's jump or call with a prefix, which the kernel's relocation of it takes for the plain 5-byte form",
                );
            }
        }
    }
    None
}

/// A direct call (`e8`), whatever its prefixes: what `call_get_dest`
/// takes for a call.
fn is_direct_call_insn(ins: &iced_x86::Instruction) -> bool {
    matches!(
        ins.op0_kind(),
        OpKind::NearBranch64 | OpKind::NearBranch32 | OpKind::NearBranch16
    )
}

/// Bytes of this function the kernel may rewrite at boot from the lists
/// objtool makes, when the function is not the code those rewrites expect
/// (blind review 94):
/// - `.ibt_endbr_seal`: `poison_endbr` writes a 4-byte NOP over `endbr`
///   bytes wherever they are (inside an immediate too), and with
///   `CONFIG_FINEIBT` `poison_cfi` zeroes the hash of the 16-byte
///   preamble before it (and may poison an `endbr` there): bytes of this
///   function when no preamble is there.
/// - `.retpoline_sites`: the 14 bytes before a thunk call that start with
///   `mov $hash,%r10d` (`41 ba`) or `jmp.d8 +12` are taken as kCFI's
///   caller check, jumped over (`cfi_disable_callers`), given another hash
///   or rewritten whole (FineIBT): harmless only when they are that check
///   (`mov $h,%r10d; add d(%r11),%r10d; je +2; ud2`) of this function.
/// - The 5-byte lists' sites whose write the decode does not read
///   (`CodeSection::rewrites_not_modelled`), and a direct call of another
///   length than 5 at an `.altinstructions` site (blind review 125).
fn boot_rewrites_not_modelled(
    module: &Module,
    section: &crate::input::elf::CodeSection,
    func: &Function,
    insns: &[Insn],
) -> Incomplete {
    let (lo, hi) = (func.offset, func.offset + func.size);
    let code = &module.bytes()[section.file_range.clone()];
    let bytes_at = |at: u64, len: u64| code.get(at as usize..(at + len) as usize);
    let instruction_at = |at: u64| {
        (at >= lo && at < hi)
            .then(|| {
                insns
                    .binary_search_by_key(&((at - lo) as u32), |i| i.off)
                    .ok()
            })
            .flatten()
            .map(|i| &insns[i])
    };
    let mut out = Incomplete::new();
    // A write at a site the decode reads as it is (`boot_patches::
    // rewrite_not_modelled`), and a call at an `.altinstructions` site
    // other than a plain 5-byte one, which the call-depth rewrite replaces
    // with one (`callthunks.c` `patch_alt_call_sites`: blind review 125).
    if let Some(&(site, why)) = places_in(&section.rewrites_not_modelled, |p| p.0, lo, hi).first() {
        out.push(format!("+{:#x}: {why}", site - lo));
    }
    for a in places_in(&section.alternatives, |a| a.site, lo, hi) {
        let original = bytes_at(a.site, u64::from(a.orig_len).min(hi - a.site)).unwrap_or(&[]);
        if let Some(why) = alternative_bytes_not_modelled(original, &a.replacement) {
            out.push(format!(
                "the .altinstructions site at +{:#x}: {why}",
                a.site - lo
            ));
            break;
        }
        if let Some(i) = instruction_at(a.site) {
            if i.ins.mnemonic() == Mnemonic::Call && i.ins.len() != 5 && is_direct_call_insn(&i.ins)
            {
                out.push(format!(
                    "+{:#x}: an .altinstructions site's call of {} bytes, which the kernel's call-depth rewrite replaces with a 5-byte call (the rest of the old instruction then runs)",
                    a.site - lo,
                    i.ins.len()
                ));
                break;
            }
        }
    }
    for &place in places_in(&section.endbr_seals, |&p| p, lo, hi + CFI_PREAMBLE) {
        let is_endbr =
            bytes_at(place, 4).is_some_and(|b| matches!(b, [0xf3, 0x0f, 0x1e, 0xfa | 0xfb]));
        let sealed_own = place < hi
            && is_endbr
            && !instruction_at(place)
                .is_some_and(|i| matches!(i.ins.mnemonic(), Mnemonic::Endbr64 | Mnemonic::Endbr32));
        let preamble = place.saturating_sub(CFI_PREAMBLE)
            ..place.saturating_sub(CFI_PREAMBLE - CFI_PREAMBLE_WRITTEN);
        if sealed_own || (preamble.start < hi && preamble.end > lo) {
            out.push(format!(
                "the kernel seals the endbr at {}{:+#x} (.ibt_endbr_seal) by writing over bytes of this function",
                func.name,
                place as i64 - lo as i64
            ));
            break;
        }
    }
    for &site in places_in(&section.retpoline_sites, |&s| s, lo, hi + KCFI_CALLER_CHECK) {
        let Some(check) = site
            .checked_sub(KCFI_CALLER_CHECK)
            .and_then(|at| bytes_at(at, KCFI_CALLER_CHECK).map(|b| (at, b)))
        else {
            continue;
        };
        let (at, b) = check;
        if at >= hi {
            continue;
        }
        let rewritten =
            crate::input::boot_patches::kcfi_caller_hash(b).is_some_and(|hash| hash != 0);
        if !rewritten {
            continue;
        }
        // FineIBT writes other instructions over the 14 bytes: no jump of
        // the function may land inside them (the check's own `je` lands
        // on the call), nor a static key or fixup.
        let inside = |t: u64| t > at && t < site;
        // The site must be what the check guards: a call or jump through
        // the `%r11` thunk (FineIBT moves `%r11` 16 bytes down: blind review
        // 95's `cfi4`, a `mov %r11,%rsp` at the site).
        let through_r11 = instruction_at(site).is_some_and(|i| {
            matches!(i.flow, Flow::Call | Flow::Exit)
                && i.target_name.as_deref().is_some_and(|n| {
                    crate::input::code_addresses::thunk_register(n) == Some(iced_x86::Register::R11)
                })
        });
        let the_check = b[0] == 0x41
            && b[6..9] == [0x45, 0x03, 0x53]
            && b[10..14] == [0x74, 0x02, 0x0f, 0x0b]
            && at >= lo
            && site < hi
            && through_r11
            && instruction_at(at).is_some()
            && !insns.iter().any(|i| match i.flow {
                Flow::Jump(t) | Flow::CondJump(t) => inside(lo + u64::from(t)),
                _ => false,
            })
            && !section.jump_labels.iter().any(|&(_, t)| inside(t))
            && !section.ex_fixups.iter().any(|&(_, t, _)| inside(t));
        if !the_check {
            out.push(format!(
                "the kernel may rewrite the 14 bytes before the retpoline site at {}{:+#x} (kCFI's caller check, .retpoline_sites), which are not that check",
                func.name,
                site as i64 - lo as i64
            ));
            break;
        }
    }
    out
}

/// `.altinstructions` entries whose original bytes overlap another's without
/// being the same bytes: the kernel applies them one after the other, and
/// what the second writes into the first's replacement is code no entry has
/// (blind review 93's `a2`: `lea 8(%rsp),%rsp` out of two harmless ones).
/// Entries for the same bytes (`ALTERNATIVE_2`) each write all of them.
fn overlapping_alternatives(
    section: &crate::input::elf::CodeSection,
    func: &Function,
) -> Incomplete {
    let (lo, hi) = (func.offset, func.offset + func.size);
    let alts = places_in(&section.alternatives, |a| a.site, lo, hi);
    // The furthest-reaching range so far: one that starts inside it and is
    // not the same range overlaps it.
    let mut reach: Option<(u64, u64)> = None;
    for a in alts {
        let range = (a.site, a.site + u64::from(a.orig_len));
        if let Some((start, end)) = reach {
            if range.0 < end && range != (start, end) {
                return vec![format!(
                    "the .altinstructions sites at +{:#x} and +{:#x} overlap (the kernel applies one over the other)",
                    start - lo,
                    range.0 - lo
                )];
            }
        }
        if reach.is_none_or(|(_, end)| range.1 > end) {
            reach = Some(range);
        }
    }
    Vec::new()
}

/// A jump, static-key target or fixup of the function that lands inside an
/// `.altinstructions` site's bytes, past its first: the kernel rewrites
/// them whether or not the feature is set (`optimize_nops` merges a run of
/// NOPs into one long NOP), or puts the replacement's instructions there,
/// whose boundaries are others (blind review 116).
fn entered_inside_alternatives(
    section: &crate::input::elf::CodeSection,
    func: &Function,
    insns: &[Insn],
) -> Incomplete {
    let (lo, hi) = (func.offset, func.offset + func.size);
    let sites: Vec<(u32, u32)> = places_in(&section.alternatives, |a| a.site, lo, hi)
        .iter()
        .map(|a| {
            (
                (a.site - lo) as u32,
                (a.site - lo) as u32 + u32::from(a.orig_len),
            )
        })
        .collect();
    if sites.is_empty() {
        return Vec::new();
    }
    insns
        .iter()
        .take_while(|i| i.alt_site.is_none())
        .flat_map(|i| {
            let branch = match i.flow {
                Flow::Jump(t) | Flow::CondJump(t) => Some(t),
                _ => None,
            };
            branch.into_iter().chain(i.jump_label).chain(i.ex_fixup)
        })
        .find_map(|t| {
            sites
                .iter()
                .find(|&&(a, b)| t > a && t < b)
                .map(|&(a, _)| {
                    format!(
                        "+{t:#x} is reached inside the .altinstructions site at +{a:#x}, whose bytes the kernel rewrites (NOPs merged, or the replacement's)"
                    )
                })
        })
        .into_iter()
        .collect()
}

/// A place another input of the scan lists for the kernel to patch
/// (`Module::patched_elsewhere`) whose patch may write this function's
/// bytes: what it writes is not read, nor whether it is checked first.
pub fn patched_by_other_inputs(module: &Module, func: &Function) -> Incomplete {
    use crate::input::across_inputs::PATCH_REACH;
    let start = module.function_address(func);
    let (before, after) = PATCH_REACH;
    let lo = start.saturating_sub(after);
    let first = module.patched_elsewhere.partition_point(|p| p.0 <= lo);
    module.patched_elsewhere[first..]
        .iter()
        .take_while(|p| p.0 < start + func.size + before)
        .take(1)
        .map(|(at, from)| {
            let (sign, off) = if *at < start { ('-', start - at) } else { ('+', at - start) };
            format!(
                "{from}: the kernel patches {}{sign}{off:#x} at boot, which may write this function's bytes (another input's table, not read)",
                func.name,
            )
        })
        .collect()
}

/// A boot-time patch whose site lies before the function and whose bytes
/// reach into it (an `.altinstructions` site at the previous function's
/// 1-byte `ret` padded to 5 bytes with NOPs), or one that writes past a
/// section's edges where the link may place this function
/// (`boot_patches`; blind reviews 111 and 115).
fn written_from_outside(
    module: &Module,
    section: &crate::input::elf::CodeSection,
    func: &Function,
) -> Incomplete {
    use crate::input::boot_patches::{at_the_edges, call_thunk_written, written_from_before};
    let (lo, hi) = (func.offset, func.offset + func.size);
    written_from_before(module, section, lo, hi)
        .or_else(|| {
            at_the_edges(
                &module.neighbour_spill,
                lo,
                hi,
                section.file_range.len() as u64,
            )
        })
        .or_else(|| call_thunk_written(module, section, lo, hi))
        .into_iter()
        .collect()
}

/// Ways into the function's code that its control-flow graph does not have
/// (found by the fifth scan review, each a false "no-op" before): a call to
/// its own code (a subroutine whose `ret` comes back elsewhere), the address
/// of its own code taken (`lea 1f(%rip)` then a retpoline jump or `push; ret`
/// returns there), instructions that transfer control on their own (`xbegin`
/// aborts to its label, `iret` to a pushed address), and another function
/// symbol inside it (its entry).
fn unmodelled_entries(module: &Module, func: &Function, insns: &[Insn]) -> Incomplete {
    let mut out = Incomplete::new();
    let inside = |t: u64| t < func.size;
    for i in insns.iter().take_while(|i| i.alt_site.is_none()) {
        let ins = &i.ins;
        if i.flow == Flow::Call
            && !i.has_reloc
            && matches!(ins.op0_kind(), iced_x86::OpKind::NearBranch64)
            && inside(ins.near_branch_target())
        {
            out.push(format!(
                "+{:#x} calls its own code at +{:#x} (a subroutine whose return rspill does not model)",
                i.off,
                ins.near_branch_target()
            ));
        } else if ins.is_ip_rel_memory_operand()
            && !i.has_reloc
            && inside(ins.ip_rel_memory_address())
        {
            out.push(format!(
                "+{:#x} takes the address of its own code +{:#x} (a jump or return may come back there)",
                i.off,
                ins.ip_rel_memory_address()
            ));
        } else if matches!(
            ins.mnemonic(),
            Mnemonic::Xbegin
                | Mnemonic::Iret
                | Mnemonic::Iretd
                | Mnemonic::Iretq
                | Mnemonic::Sysret
                | Mnemonic::Sysretq
                | Mnemonic::Sysexit
                | Mnemonic::Sysexitq
                | Mnemonic::Uiret
        ) {
            out.push(format!(
                "+{:#x}: {} transfers control in a way rspill does not model",
                i.off,
                format!("{:?}", ins.mnemonic()).to_lowercase()
            ));
        }
    }
    let (lo, hi) = (func.offset, func.offset + func.size);
    // `functions` is sorted by (section, offset): look at the ones after `lo`
    // only (a whole image has 100k functions, and every analysed one asks).
    let first = module
        .functions
        .partition_point(|o| (o.section, o.offset) <= (func.section, lo));
    for other in module.functions[first..]
        .iter()
        .take_while(|o| o.section == func.section && o.offset < hi)
    {
        out.push(format!(
            "{} starts inside it at +{:#x} (another entry)",
            other.name,
            other.offset - lo
        ));
    }
    out
}

/// Places inside the function that something other than its own code leads
/// to (`input::entries`): paths start there in a state the analysis never saw.
/// References from `followed` (code the analysis walks as the function's own)
/// are not ways in.
fn entries_from_elsewhere(module: &Module, func: &Function, followed: &[Range<u64>]) -> Incomplete {
    const SHOWN: usize = 3;
    let start = module.function_address(func);
    let end = start.saturating_add(func.size);
    let entries = &module.interior_entries;
    let first = entries.partition_point(|e| e.at <= start);
    let mut inside: Vec<_> = entries[first..]
        .iter()
        .take_while(|e| e.at < end)
        .filter(|e| {
            !e.origin
                .is_some_and(|o| followed.iter().any(|r| r.contains(&o)))
        })
        .collect();
    inside.dedup_by_key(|e| e.at);
    let mut out: Incomplete = inside
        .iter()
        .take(SHOWN)
        .map(|e| {
            format!(
                "+{:#x} is reached from outside its code ({}): paths entering there are not followed",
                e.at - start,
                e.from
            )
        })
        .collect();
    if inside.len() > SHOWN {
        out.push(format!(
            "{} more places inside it are reached from outside its code",
            inside.len() - SHOWN
        ));
    }
    // An indirect jump of hand-written assembly elsewhere in the object (one
    // in the function itself already has targets rspill does not know).
    let first = entries.partition_point(|e| e.at < crate::input::entries::ANYWHERE);
    if let Some(e) = entries[first..]
        .iter()
        .find(|e| !e.origin.is_some_and(|o| (start..end).contains(&o)))
    {
        out.push(format!("{} may lead anywhere in the object", e.from));
    }
    out
}

/// `static_cpu_has()`: the function jumps to a block in `.altinstr_aux` that
/// tests a CPU feature bit in memory and jumps back to one of two labels in
/// the function. A block that writes nothing (no register, no memory; flags
/// only) and ends in at most one conditional and one unconditional jump back
/// into the function is followed as the jump's own two-way branch: the state
/// reaches both labels unchanged. Returns the blocks followed (their code is
/// then no way in from outside).
fn follow_aux_blocks(module: &Module, func: &Function, insns: &mut [Insn]) -> Vec<Range<u64>> {
    let mut followed = Vec::new();
    if module.aux_code.is_empty() {
        return followed;
    }
    let section = &module.sections[func.section];
    let func_address = module.function_address(func);
    let linked = module.kind == crate::input::elf::ModuleKind::Executable;
    let mut info = iced_x86::InstructionInfoFactory::new();
    for i in insns.iter_mut().take_while(|i| i.alt_site.is_none()) {
        if i.flow != Flow::Exit
            || i.ins.flow_control() != FlowControl::UnconditionalBranch
            || !matches!(
                i.ins.op0_kind(),
                OpKind::NearBranch64 | OpKind::NearBranch32
            )
        {
            continue;
        }
        // Where the jump lands in which aux section.
        let site = func.offset + i.off as u64;
        let landing = if linked {
            let t = func_address.wrapping_add(i.ins.near_branch_target());
            module
                .aux_code
                .iter()
                .find(|a| t >= a.base && t - a.base < a.file_range.len() as u64)
                .map(|a| (a, t - a.base))
        } else {
            section
                .relocs_in(site, site + i.len as u64)
                .iter()
                .find_map(|r| {
                    let a = module
                        .aux_code
                        .iter()
                        .find(|a| Some(a.elf_index) == r.target_section())?;
                    Some((a, r.addend.wrapping_add(4) as u64))
                })
        };
        let Some((aux, at)) = landing else { continue };
        let Some(bytes) = module.bytes()[aux.file_range.clone()].get(at as usize..) else {
            continue;
        };
        let mut decoder =
            iced_x86::Decoder::with_ip(64, bytes, aux.base + at, DecoderOptions::NONE);
        let mut targets = Vec::new();
        let mut block_end = None;
        for ins in decoder.iter().take(8) {
            let field = ins.ip() - aux.base;
            // Where a jump of the block lands in the function, if it does.
            let back = || -> Option<u32> {
                if linked {
                    let t = ins.near_branch_target().checked_sub(func_address)?;
                    return (t < func.size).then_some(t as u32);
                }
                let first = aux.relocs.partition_point(|r| r.offset < field);
                let r = aux
                    .relocs
                    .get(first)
                    .filter(|r| r.offset < field + ins.len() as u64)?;
                let t = match r.target_section() {
                    Some(s) if Some(s) == module.section_elf_index(func.section) => {
                        (r.addend.wrapping_add(4) as u64).checked_sub(func.offset)?
                    }
                    Some(_) => return None,
                    None if **r.symbol() == *func.name => r.addend.wrapping_add(4) as u64,
                    None => return None,
                };
                (t < func.size).then_some(t as u32)
            };
            match ins.flow_control() {
                FlowControl::ConditionalBranch if targets.is_empty() => match back() {
                    Some(t) => targets.push(t),
                    None => break,
                },
                FlowControl::UnconditionalBranch => {
                    if let Some(t) = back() {
                        targets.push(t);
                        block_end = Some(ins.next_ip());
                    }
                    break;
                }
                FlowControl::Next if !ins.is_invalid() => {
                    let used = info.info(&ins);
                    let writes = used.used_registers().iter().any(|u| {
                        matches!(
                            u.access(),
                            OpAccess::Write
                                | OpAccess::CondWrite
                                | OpAccess::ReadWrite
                                | OpAccess::ReadCondWrite
                        )
                    }) || used.used_memory().iter().any(|m| {
                        matches!(
                            m.access(),
                            OpAccess::Write
                                | OpAccess::CondWrite
                                | OpAccess::ReadWrite
                                | OpAccess::ReadCondWrite
                        )
                    });
                    // Flags are not part of the analysis' state.
                    if writes {
                        break;
                    }
                }
                _ => break,
            }
        }
        let Some(end) = block_end else { continue };
        // Only this function may lead into the block: a jump from elsewhere
        // would come back into this function through it.
        let (block, own) = (aux.base + at..end, func_address..func_address + func.size);
        let entries = &module.interior_entries;
        let first = entries.partition_point(|e| e.at < block.start);
        let only_ours = entries[first..]
            .iter()
            .take_while(|e| e.at < block.end)
            .all(|e| e.origin.is_some_and(|o| own.contains(&o)));
        if !only_ours {
            continue;
        }
        match targets[..] {
            [t] => i.flow = Flow::Jump(t),
            [t, other] => {
                i.flow = Flow::CondJump(t);
                i.fallthrough_to = Some(other);
            }
            _ => continue,
        }
        followed.push(block);
    }
    followed
}

/// Operands the linker fills in, which the bytes show as 0: where the analysis
/// would read that 0 as a number, nothing can be claimed. Allowed: call
/// targets, jumps to another function or an undefined symbol (leaving the
/// function), RIP-relative addresses (globals), `mov $sym,%reg` and stores of
/// `$sym` (an unknown value, not one derived from the stack). Not: a
/// relocated immediate in arithmetic (`sub $size,%rsp`), a relocated jump to a
/// label or into the function itself (the path comes back in where the bytes
/// do not say). A relocated displacement from a register (`sym(%reg)`) is
/// marked on the instruction: the analysis refuses it when the register holds
/// a stack address (`sym` may then name any slot).
fn relocated_operands(module: &Module, func: &Function, insns: &mut [Insn]) -> Incomplete {
    let mut out = Incomplete::new();
    let section = &module.sections[func.section];
    for i in insns.iter_mut().take_while(|i| i.alt_site.is_none()) {
        if !i.has_reloc || i.flow == Flow::Call {
            continue;
        }
        let site = func.offset + i.off as u64;
        let end = site + i.len as u64;
        let first = section.relocs.partition_point(|r| r.offset < site);
        for r in section.relocs[first..]
            .iter()
            .take_while(|r| r.offset < end)
        {
            let problem = match relocated_operand(&i.ins, (r.offset - site) as usize, i.len) {
                RelocatedOperand::Branch => jump_target_unknown(module, func, r),
                RelocatedOperand::Immediate { harmless } => (!harmless)
                    .then(|| "a relocated immediate, a number only the linker knows".to_string()),
                RelocatedOperand::Displacement { from_register } => {
                    i.disp_relocated |= from_register;
                    None
                }
            };
            if let Some(what) = problem {
                let sign = if r.addend < 0 { "-" } else { "+" };
                out.push(format!(
                    "+{:#x} has {what} ({}{sign}{:#x})",
                    i.off,
                    r.symbol(),
                    r.addend.unsigned_abs()
                ));
                break;
            }
        }
    }
    out
}

/// Which operand of `ins` (`len` bytes) a relocation at byte `at` patches.
enum RelocatedOperand {
    /// A branch's target.
    Branch,
    /// An immediate; `harmless` where the analysis models the value as unknown
    /// (`mov`, a store or push: not derived from the stack either way), only
    /// compares it, or never reads it (shift counts: a shifted stack address is
    /// no longer one the analysis knows, whatever the count).
    Immediate { harmless: bool },
    /// A memory operand's displacement; `from_register` unless RIP-relative
    /// or absolute (a global's address either way).
    Displacement { from_register: bool },
}

fn relocated_operand(ins: &Instruction, at: usize, len: u8) -> RelocatedOperand {
    use iced_x86::{Mnemonic::*, OpKind, Register};
    let imm_size = (0..ins.op_count())
        .map(|n| match ins.op_kind(n) {
            OpKind::Immediate8 | OpKind::Immediate8to16 | OpKind::Immediate8to32 => 1,
            OpKind::Immediate8to64 | OpKind::Immediate8_2nd => 1,
            OpKind::Immediate16 => 2,
            OpKind::Immediate32 | OpKind::Immediate32to64 => 4,
            OpKind::Immediate64 => 8,
            _ => 0,
        })
        .sum::<usize>();
    if matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32) {
        RelocatedOperand::Branch
    } else if imm_size > 0 && at >= len as usize - imm_size {
        RelocatedOperand::Immediate {
            harmless: matches!(
                ins.mnemonic(),
                Mov | Cmp | Test | Push | Bt | Shl | Shr | Sar
            ) || ins.op0_kind() == OpKind::Memory,
        }
    } else {
        RelocatedOperand::Displacement {
            from_register: (0..ins.op_count()).any(|n| ins.op_kind(n) == OpKind::Memory)
                && ins.memory_base() != Register::RIP
                && (ins.memory_base() != Register::None || ins.memory_index() != Register::None),
        }
    }
}

/// Who writes bytes over code: the linker (a relocation of this type) or
/// the kernel at boot (the places of this table).
enum Writer<'a> {
    Linker(u32),
    Kernel(&'a str),
}

/// Relocation types the linker may relax by rewriting more than the field
/// (`R_X86_64_GOTPCRELX`, `R_X86_64_REX_GOTPCRELX`).
const RELAXED: [u32; 2] = [41, 42];

/// Direct calls and jumps whose displacement a relocation of another kind
/// than PC-relative (`R_X86_64_PC32`, `PLT32`) fills: the field then holds
/// `S + A`, and the branch goes to the next instruction plus that, not to
/// the symbol it names (blind review 102's `z13`: `.reloc ., R_X86_64_32S,
/// __sanitizer_cov_trace_pc` on a call, read as that known callee).
fn branches_relocated_absolute(module: &Module, func: &Function, insns: &[Insn]) -> Incomplete {
    let section = &module.sections[func.section];
    let mut out = Incomplete::new();
    for i in insns.iter().filter(|i| i.alt_site.is_none()) {
        if !matches!(
            i.ins.op0_kind(),
            OpKind::NearBranch64 | OpKind::NearBranch32
        ) || !i.has_reloc
        {
            continue;
        }
        let at = func.offset + i.off as u64;
        let absolute = section.relocs_in(at, at + i.len as u64).iter().find(|r| {
            r.r_type != object::elf::R_X86_64_PC32.0 && r.r_type != object::elf::R_X86_64_PLT32.0
        });
        if let Some(r) = absolute {
            out.push(format!(
                "the branch at +{:#x} has a relocation of type {} on its displacement: it goes to the next instruction plus the address of {}, not to it",
                i.off,
                r.r_type,
                r.symbol()
            ));
            break;
        }
    }
    out
}

/// Thread-local relocation types, whose code sequences the linker rewrites
/// (`TLSGD`, `TLSLD`, `DTPOFF32`, `GOTTPOFF`, `TPOFF32`, `GOTPC32_TLSDESC`,
/// `TLSDESC_CALL`): the kernel has none, no claim where they are.
const THREAD_LOCAL: [u32; 7] = [19, 20, 21, 22, 23, 34, 35];

/// Bytes the linker or the kernel writes over the function's code must be an
/// instruction's immediate, branch offset or displacement, whole: a write that
/// covers an opcode or ModRM byte, or runs past its field into the next
/// instruction, makes other instructions than the bytes show. Relocations (by
/// their type's width) and boot-time patches (`runtime_ptr_*`: 8 bytes,
/// `runtime_shift_*`: 1) are checked, also those that start before the
/// function and reach into it.
fn patches_off_their_fields(module: &Module, func: &Function, insns: &[Insn]) -> Incomplete {
    let mut out = Incomplete::new();
    let section = &module.sections[func.section];
    let bytes = module.function_bytes(func);
    let start = module.function_address(func);
    // (offset in the function, width, what writes there)
    let mut writes: Vec<(i64, Option<u64>, Writer)> = Vec::new();
    let lo = func.offset.saturating_sub(16);
    let first = section.relocs.partition_point(|r| r.offset < lo);
    for r in section.relocs[first..]
        .iter()
        .take_while(|r| r.offset < func.offset + func.size)
    {
        let width = crate::input::elf_tables::relocation_width(r.r_type);
        writes.push((
            r.offset as i64 - func.offset as i64,
            width,
            Writer::Linker(r.r_type),
        ));
    }
    let first = module
        .patched_fields
        .partition_point(|p| p.0 < start.saturating_sub(16));
    for (at, table) in module.patched_fields[first..]
        .iter()
        .take_while(|p| p.0 < start + func.size)
    {
        writes.push((
            *at as i64 - start as i64,
            Some(crate::input::entries::patch_width(table)),
            Writer::Kernel(table),
        ));
    }
    // The function's own instructions (replacements follow them), by offset.
    let own = insns.partition_point(|i| i.alt_site.is_none());
    for (at, width, what) in writes {
        if width == Some(0) && !matches!(what, Writer::Linker(t) if THREAD_LOCAL.contains(&t)) {
            continue;
        }
        // A marker (width 0) still names the instruction it stands on.
        let end = width.map(|w| at + w.max(1) as i64);
        if end.is_some_and(|e| e <= 0) {
            continue;
        }
        let holder = insns[..own]
            .partition_point(|i| i.off as i64 <= at)
            .checked_sub(1)
            .map(|n| &insns[n])
            .filter(|i| at >= 0 && at < i.end() as i64);
        let fits = holder.is_some_and(|i| {
            let raw = &bytes[i.off as usize..i.end() as usize];
            let field = (at - i.off as i64) as usize;
            match what {
                // The linker relaxes these by rewriting the instruction around
                // the field (a GOT load into `lea`): only the RIP-relative
                // displacement it expects is safe.
                Writer::Linker(t) if RELAXED.contains(&t) => {
                    i.ins.is_ip_rel_memory_operand() && writes_one_field(raw, field, width)
                }
                Writer::Linker(t) if THREAD_LOCAL.contains(&t) => false,
                // A uniprocessor boot turns a listed 0xf0 into 0x3e: harmless
                // on a lock prefix, a different instruction anywhere else;
                // CPU hotplug turns a listed 0x3e back into 0xf0 (blind
                // review 95's `sl4`: `sub $0x3e,%rsp` made `sub $-16,%rsp`),
                // which compiled code never lists.
                Writer::Kernel(".smp_locks") => match raw[field] {
                    0xf0 => field == 0 && i.ins.has_lock_prefix(),
                    0x3e => false,
                    _ => true,
                },
                _ => writes_one_field(raw, field, width),
            }
        });
        // A field inside an alternative's site is written over what stands
        // there once alternatives are applied, a replacement's bytes too:
        // `alternatives_smp_unlock` (a uniprocessor boot, after
        // `apply_alternatives`) turns a listed byte that is then 0xf0 into
        // 0x3e, a replacement's displacement byte as well (blind review
        // 136); a runtime constant's field is written over a replacement.
        let over_a_replacement = match what {
            Writer::Kernel(table) => {
                let place = func.offset as i64 + at;
                let first = section
                    .alternatives
                    .partition_point(|a| (a.site as i64) + 255 < place);
                section.alternatives[first..]
                    .iter()
                    .take_while(|a| (a.site as i64) <= place)
                    .filter(|a| place < a.site as i64 + i64::from(a.orig_len))
                    .any(|a| {
                        // (A listed byte anywhere in the site: the kernel
                        // tests the bytes it wrote there, after relocating
                        // the replacement's branches, shortening its jumps
                        // and padding it with a jump over NOPs: blind
                        // review 141.)
                        let k = (place - a.site as i64) as usize;
                        table == ".smp_locks" || k < a.replacement.len()
                    })
                    // A static key's site, which the kernel rewrites as a
                    // jump or a NOP (blind review 141's `jl2`).
                    || (table == ".smp_locks"
                        && section
                            .jump_labels
                            .iter()
                            .any(|&(site, _)| (site as i64..site as i64 + 5).contains(&place)))
            }
            Writer::Linker(_) => false,
        };
        if over_a_replacement {
            out.push(format!(
                "the boot-time patch of {} writes at {}{:#x}, inside an alternative's or a static key's site, over what the kernel puts there",
                match what {
                    Writer::Kernel(table) => table,
                    Writer::Linker(_) => "",
                },
                if at < 0 { "-" } else { "+" },
                at.unsigned_abs()
            ));
            continue;
        }
        if !fits {
            let what = match what {
                Writer::Linker(t) => format!("a relocation (type {t})"),
                Writer::Kernel(table) => format!("the boot-time patch of {table}"),
            };
            out.push(format!(
                "{what} writes {} at {}{:#x}, not an instruction's immediate or displacement",
                width.map_or("an unknown number of bytes".to_string(), |w| format!(
                    "{w} bytes"
                )),
                if at < 0 { "-" } else { "+" },
                at.unsigned_abs()
            ));
        }
    }
    out
}

/// Whether `width` bytes written at `field` of the instruction `raw` are
/// exactly its immediate, second immediate, branch offset or displacement.
fn writes_one_field(raw: &[u8], field: usize, width: Option<u64>) -> bool {
    let mut d = Decoder::with_ip(64, raw, 0, DecoderOptions::NONE);
    let ins = d.decode();
    let co = d.get_constant_offsets(&ins);
    let w = width.unwrap_or(u64::MAX) as usize;
    (co.has_immediate() && co.immediate_offset() == field && co.immediate_size() == w)
        || (co.has_immediate2() && co.immediate_offset2() == field && co.immediate_size2() == w)
        || (co.has_displacement()
            && co.displacement_offset() == field
            && co.displacement_size() == w)
}

/// Operands the kernel patches at boot (`runtime_const_ptr()` and kin): the
/// bytes hold a placeholder, like a relocated field's 0, and the same rules
/// apply. A moved immediate becomes an unknown value (`has_reloc`).
fn patched_operands(module: &Module, func: &Function, insns: &mut [Insn]) -> Incomplete {
    let mut out = Incomplete::new();
    if module.patched_fields.is_empty() {
        return out;
    }
    let start = module.function_address(func);
    for i in insns.iter_mut().take_while(|i| i.alt_site.is_none()) {
        let at = start + i.off as u64;
        let first = module.patched_fields.partition_point(|p| p.0 < at);
        for (field, table) in module.patched_fields[first..]
            .iter()
            .take_while(|p| p.0 < at + i.len as u64)
        {
            // Lock prefixes and FineIBT preambles change no operand
            // (`patches_off_their_fields` checks where they lie).
            if !table.starts_with("runtime_") {
                continue;
            }
            let problem = match relocated_operand(&i.ins, (field - at) as usize, i.len) {
                RelocatedOperand::Immediate { harmless: true } => {
                    i.has_reloc = true;
                    None
                }
                RelocatedOperand::Displacement { from_register } => {
                    i.disp_relocated |= from_register;
                    None
                }
                _ => Some(format!(
                    "+{:#x} has an operand the kernel patches at boot ({table})",
                    i.off
                )),
            };
            out.extend(problem);
        }
    }
    out
}

/// Why a relocated jump's target is not known to lie outside the function, if
/// it is not: a label (not a function), the function's own section position
/// inside it.
fn jump_target_unknown(
    module: &Module,
    func: &Function,
    r: &crate::input::elf::Reloc,
) -> Option<String> {
    // rel32 at the end of the instruction: the target is S + A + 4.
    let section_offset = r.addend.wrapping_add(4);
    if let Some(index) = r.target_section() {
        let own = module.section_elf_index(func.section) == Some(index);
        let inside = section_offset >= func.offset as i64
            && section_offset < (func.offset + func.size) as i64;
        return (own && inside).then(|| "a relocated jump back into its own code".to_string());
    }
    if module.is_undefined(r.symbol()) {
        return None;
    }
    match module.function_called(r.symbol()) {
        Some(g) if (g.section, g.offset) == (func.section, func.offset) && section_offset != 0 => {
            Some("a relocated jump back into its own code".to_string())
        }
        Some(_) => None,
        // A label: one inside this function is a way in found by
        // `input::entries` (every non-function symbol inside a function is);
        // anywhere else the jump leaves (`jmp __x86_return_thunk` in
        // vmlinux.o, where the thunk is a label of the same object).
        None => None,
    }
}

/// A `fallthrough_to` that leads nowhere (after a call that does not return).
pub const NO_FALLTHROUGH: u32 = u32::MAX;

/// What makes a function's control flow not fully known to rspill.
pub type Incomplete = Vec<String>;

/// Decode a function for the stack analysis: its own instructions, then the
/// `.altinstructions` replacements of its sites as extra instructions at
/// virtual offsets past its end, wired in as alternatives of the original bytes.
/// Also returns why the control flow may be incomplete (then no claims).
pub fn decode_for_analysis(module: &Module, func: &Function) -> (Vec<Insn>, Incomplete) {
    let mut insns = decode_function(module, func);
    let mut incomplete = Incomplete::new();
    // A call to a function that never returns ends the path (objtool's list of
    // them; the kernel's __noreturn functions).
    for i in insns.iter_mut() {
        i.callee_is_local = i.flow == Flow::Call
            && i.target_name
                .as_deref()
                .is_some_and(|n| module.has_local_function(n));
        if i.flow == Flow::Call
            && !i.callee_is_local
            && crate::objtool::model::is_noreturn(i.target_name.as_deref())
        {
            i.fallthrough_to = Some(NO_FALLTHROUGH);
        }
        // WARN() is a `ud2` whose trap handler resumes after it (objtool knows
        // from an annotation; without reading __bug_table, assume every ud2 may).
        // So is an `int3` (#BP) that a die notifier, kprobe or kgdb handles:
        // the kernel's `int3_selftest` on every boot, clang's
        // `__builtin_debugtrap()` (blind review 128).
        if resumed_trap(i) {
            i.fallthrough_to = Some(i.end());
        }
    }
    // A call to a function of this module whose code has no way out does not
    // return either (`sysvec_reboot`'s `call stop_this_cpu`; objtool finds
    // local noreturn functions the same way).
    for i in insns.iter_mut() {
        if i.flow == Flow::Call && i.fallthrough_to.is_none() {
            if let Some(name) = i.target_name.as_deref() {
                match callee_end(module, name) {
                    CalleeEnd::NeverReturns => i.fallthrough_to = Some(NO_FALLTHROUGH),
                    CalleeEnd::Resumes => i.objtool_dead_end = true,
                    CalleeEnd::Returns => {}
                }
            }
        }
    }
    let section = &module.sections[func.section];
    incomplete.extend(section.table_problems.iter().cloned());
    // A site with several targets (`__jump_table` entries for one site): the
    // graph has one edge per site.
    let (lo, hi) = (func.offset, func.offset + func.size);
    let sites = places_in(&section.jump_labels, |&(s, _)| s, lo, hi);
    if let Some(pair) = sites.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        incomplete.push(format!(
            "the static key site at +{:#x} has more than one target in __jump_table",
            pair[0].0 - lo
        ));
    }
    for &site in places_in(&section.static_call_sites, |&s| s, lo, hi) {
        let at = (site - lo) as u32;
        if let Ok(i) = insns.binary_search_by_key(&at, |i| i.off) {
            insns[i].static_call = true;
        }
    }
    incomplete.extend(static_calls_not_modelled(section, func, &insns));
    incomplete.extend(overlapping_alternatives(section, func));
    incomplete.extend(entered_inside_alternatives(section, func, &insns));
    incomplete.extend(patched_by_other_inputs(module, func));
    incomplete.extend(written_from_outside(module, section, func));
    incomplete.extend(boot_rewrites_not_modelled(module, section, func, &insns));
    incomplete.extend(unmodelled_entries(module, func, &insns));
    incomplete.extend(patches_off_their_fields(module, func, &insns));
    incomplete.extend(branches_relocated_absolute(module, func, &insns));
    incomplete.extend(relocated_operands(module, func, &mut insns));
    incomplete.extend(patched_operands(module, func, &mut insns));
    let followed = follow_aux_blocks(module, func, &mut insns);
    incomplete.extend(entries_from_elsewhere(module, func, &followed));
    if module.ways_in_deferred {
        incomplete.push(
            "the ways into the object's functions that only its code shows were not all read"
                .to_string(),
        );
    }
    let (lo, hi) = (func.offset, func.offset + func.size);
    let sites = section.ex_fixups.partition_point(|&(s, _, _)| s < lo);
    for &(site, fixup, _) in section.ex_fixups[sites..].iter().take_while(|e| e.0 < hi) {
        if fixup == crate::input::elf::UNKNOWN_FIXUP {
            incomplete.push(format!(
                "the __ex_table entry for +{:#x} has no fixup address",
                site - lo
            ));
        } else if fixup == crate::input::elf::FOREIGN_FIXUP {
            incomplete.push(format!(
                "the __ex_table fixup for +{:#x} lies in another section",
                site - lo
            ));
        } else if !(fixup >= lo && fixup < hi) {
            incomplete.push(format!(
                "the __ex_table fixup for +{:#x} lies outside the function",
                site - lo
            ));
        }
    }
    let targets = section
        .ex_fixups_by_target
        .partition_point(|&(f, _)| f < lo);
    for &(fixup, site) in section.ex_fixups_by_target[targets..]
        .iter()
        .take_while(|e| e.0 < hi)
    {
        if !(site >= lo && site < hi) {
            incomplete.push(format!(
                "+{:#x} is the __ex_table fixup of an instruction outside the function",
                fixup - lo
            ));
        }
    }
    let first_alt = section.alternatives.partition_point(|a| a.site < lo);
    let alts: Vec<_> = section.alternatives[first_alt..]
        .iter()
        .take_while(|a| a.site < hi)
        .collect();
    let mut next_virtual = (func.size as u32).wrapping_add(0x1f) & !0xf;
    for alt in alts {
        let site = (alt.site - lo) as u32;
        let end = site + alt.orig_len as u32;
        if alt.unreadable {
            incomplete.push(format!(
                "the .altinstructions replacement for +{site:#x} could not be read"
            ));
            continue;
        }
        let Ok(site_idx) = insns.binary_search_by_key(&site, |i| i.off) else {
            incomplete.push(format!(
                "the .altinstructions site +{site:#x} is not an instruction boundary"
            ));
            continue;
        };
        if end as u64 != func.size && insns.binary_search_by_key(&end, |i| i.off).is_err() {
            incomplete.push(format!(
                "the .altinstructions site +{site:#x} ends inside an instruction"
            ));
            continue;
        }
        if site == 0 {
            incomplete.push("an .altinstructions site is the function's entry".to_string());
            continue;
        }
        let names = &alt.names;
        // An empty replacement NOPs the original bytes out.
        let bytes: &[u8] = if alt.replacement.is_empty() {
            &[0x90]
        } else {
            &alt.replacement
        };
        let mut repl = decode_with(
            bytes,
            &|off, len| {
                names
                    .iter()
                    .find(|(o, _)| *o >= off && *o < off + len as u32)
                    .map(|(_, n)| n.clone())
            },
            &|_| None,
        );
        let base = next_virtual;
        let func_sec = module.section_elf_index(func.section);
        for r in repl.iter_mut() {
            r.alt_site = Some(site);
            r.alt_section_offset = alt.section_offset + r.off as u64;
            // The kernel finds a fault's fixup by its address: a replacement
            // instruction at the address an `__ex_table` entry names has it
            // (blind review 116: an entry naming a NOP of the original bytes,
            // where the replacement loads).
            let at = lo + u64::from(site) + u64::from(r.off);
            let first = section.ex_fixups.partition_point(|&(s, _, _)| s < at);
            if let Some(&(_, fixup, data)) = section.ex_fixups.get(first).filter(|e| e.0 == at) {
                if fixup >= lo && fixup < hi {
                    r.ex_fixup = Some((fixup - lo) as u32);
                    r.ex_data = data;
                } else {
                    incomplete.push(format!(
                        "the replacement for +{site:#x} has an __ex_table entry whose fixup lies outside the function"
                    ));
                }
            }
            match r.flow {
                Flow::Jump(t) => r.flow = Flow::Jump(t + base),
                Flow::CondJump(t) => r.flow = Flow::CondJump(t + base),
                _ => {}
            }
            // A branch out of the replacement: where it lands in the function
            // (from its relocation, or in a linked image from where the
            // replacement lies; the kernel keeps the absolute target).
            let is_branch = matches!(
                r.ins.flow_control(),
                FlowControl::UnconditionalBranch | FlowControl::ConditionalBranch
            );
            let (roff, rend) = (r.off, r.off + r.len as u32);
            if is_branch && !matches!(r.flow, Flow::Jump(_) | Flow::CondJump(_)) {
                let landing = match alt.address {
                    Some(a) => {
                        let abs = a.wrapping_add(r.ins.near_branch_target());
                        let fstart = module.function_address(func);
                        (abs >= fstart && abs < fstart + func.size).then(|| abs - fstart)
                    }
                    None => alt
                        .branch_targets
                        .iter()
                        .find(|(o, sec, _)| *o >= roff && *o < rend && Some(*sec) == func_sec)
                        .and_then(|&(_, _, t)| (t >= lo && t < hi).then(|| t - lo)),
                };
                if let Some(t) = landing {
                    let t = t as u32;
                    r.flow = if r.ins.flow_control() == FlowControl::ConditionalBranch {
                        Flow::CondJump(t)
                    } else {
                        Flow::Jump(t)
                    };
                }
            }
            // The replacement's own relocations (an object's; a linked
            // image's replacement bytes hold the linker's values): the same
            // rules as the original code's, branches aside (placed above).
            for (at, _) in names.iter().filter(|(o, _)| *o >= roff && *o < rend) {
                match relocated_operand(&r.ins, (at - roff) as usize, r.len) {
                    RelocatedOperand::Branch => {}
                    RelocatedOperand::Immediate { harmless: true } => {}
                    RelocatedOperand::Immediate { harmless: false } => incomplete.push(format!(
                        "the .altinstructions replacement for +{site:#x} has a relocated immediate, a number only the linker knows"
                    )),
                    RelocatedOperand::Displacement { from_register } => {
                        r.disp_relocated |= from_register
                    }
                }
            }
            // The replacement's relocations must each write one field whole.
            for &(at, width) in alt
                .reloc_widths
                .iter()
                .filter(|(o, _)| *o >= roff && *o < rend)
            {
                let raw = &bytes[roff as usize..rend as usize];
                if width != Some(0) && !writes_one_field(raw, (at - roff) as usize, width) {
                    incomplete.push(format!(
                        "a relocation in the .altinstructions replacement for +{site:#x} writes more than one operand field"
                    ));
                }
            }
            r.off += base;
            let leaves = matches!(
                r.ins.flow_control(),
                FlowControl::UnconditionalBranch
                    | FlowControl::ConditionalBranch
                    | FlowControl::IndirectBranch
            ) && !matches!(r.flow, Flow::Jump(_) | Flow::CondJump(_));
            if leaves || r.ins.code() == Code::INVALID {
                incomplete.push(format!(
                    "the .altinstructions replacement for +{site:#x} jumps to a place rspill cannot locate or does not decode"
                ));
            }
        }
        // A WARN's `ud2` and an `int3` run on in a replacement as in the
        // function's own code (blind review 141).
        let count = repl.len();
        for (k, r) in repl.iter_mut().enumerate() {
            if resumed_trap(r) && k + 1 < count {
                r.fallthrough_to = Some(r.end());
            }
        }
        if let Some(last) = repl.last_mut() {
            if matches!(last.flow, Flow::Next | Flow::Call | Flow::CondJump(_))
                || resumed_trap(last)
            {
                last.fallthrough_to = Some(end);
            }
        }
        insns[site_idx].alt_entries.push(base);
        next_virtual = (base + bytes.len() as u32 + 0x1f) & !0xf;
        insns.extend(repl);
    }
    incomplete.extend(jumps_into_replacement_nop_runs(&insns));
    (insns, incomplete)
}

/// A trap the kernel may resume after (a WARN's `ud2`, an `int3` whose #BP
/// a handler takes): it runs on to the next instruction.
fn resumed_trap(i: &Insn) -> bool {
    i.flow == Flow::Stop && matches!(i.ins.mnemonic(), Mnemonic::Ud2 | Mnemonic::Int3)
}

/// A jump of replacement code to a NOP that follows another: the kernel
/// merges a run of NOPs into one long NOP when it copies the replacement in
/// (`optimize_nops`), so the jump lands inside it (blind review 119).
fn jumps_into_replacement_nop_runs(insns: &[Insn]) -> Option<String> {
    let is_nop = |i: &Insn| matches!(i.ins.mnemonic(), Mnemonic::Nop);
    insns
        .iter()
        .filter(|i| i.alt_site.is_some())
        .filter_map(|i| match i.flow {
            Flow::Jump(t) | Flow::CondJump(t) => Some((i, t)),
            _ => None,
        })
        .find_map(|(i, t)| {
            let j = insns.binary_search_by_key(&t, |x| x.off).ok()?;
            let after_nop = j > 0 && is_nop(&insns[j - 1]) && insns[j - 1].end() == t;
            (insns[j].alt_site.is_some() && is_nop(&insns[j]) && after_nop).then(|| {
                format!(
                    "the .altinstructions replacement for +{:#x} jumps into a run of NOPs, which the kernel merges into one",
                    i.alt_site.unwrap_or_default()
                )
            })
        })
}

/// The decoder's walk over `bytes`: each instruction with its offset, an
/// undecodable byte as one invalid instruction after which decoding resumes at
/// the next byte (as `decode_with` does).
pub fn instructions(bytes: &[u8]) -> impl Iterator<Item = (u32, Instruction)> + '_ {
    let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    std::iter::from_fn(move || {
        if !decoder.can_decode() {
            return None;
        }
        let pos = decoder.position();
        let ins = decoder.decode();
        if ins.is_invalid() {
            if decoder.set_position(pos + 1).is_err() {
                // Past the end: nothing more to decode.
                let _ = decoder.set_position(bytes.len());
            }
            decoder.set_ip((pos + 1) as u64);
        }
        Some((pos as u32, ins))
    })
}

/// Decode bytes that carry no relocations and no symbols (unit tests, fuzzing).
pub fn decode_raw(bytes: &[u8]) -> Vec<Insn> {
    decode_with(bytes, &|_, _| None, &|_| None)
}

/// The one decoding loop. `reloc_name(off, len)` names the target of a relocation
/// patching the instruction's bytes; `symbol_name(target)` names a function-relative
/// target outside the function from the symbol table. Undecodable bytes become a
/// single `Stop` instruction of length 1 so that decoding resynchronises.
fn decode_with(
    bytes: &[u8],
    reloc_name: &dyn Fn(u32, u8) -> Option<Arc<str>>,
    symbol_name: &dyn Fn(u64) -> Option<Arc<str>>,
) -> Vec<Insn> {
    let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    let mut out = Vec::with_capacity(bytes.len() / 4 + 1);
    let mut ins = Instruction::default();
    let size = bytes.len() as u64;
    while decoder.can_decode() {
        let pos = decoder.position();
        decoder.decode_out(&mut ins);
        let off = pos as u32;
        if ins.code() == Code::INVALID {
            out.push(Insn::new(off, 1, ins, Flow::Stop, None, false));
            if decoder.set_position(pos + 1).is_err() {
                break;
            }
            decoder.set_ip((pos + 1) as u64);
            continue;
        }
        let len = ins.len() as u8;
        let reloc = reloc_name(off, len);
        let has_reloc = reloc.is_some();
        let is_near_branch = matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32);
        let (flow, target_name) = match ins.flow_control() {
            FlowControl::Next | FlowControl::XbeginXabortXend => (Flow::Next, None),
            FlowControl::Return => (Flow::Exit, None),
            FlowControl::Call | FlowControl::IndirectCall => {
                let name = reloc.clone().or_else(|| {
                    (is_near_branch && !has_reloc)
                        .then(|| symbol_name(ins.near_branch_target()))
                        .flatten()
                });
                (Flow::Call, name)
            }
            FlowControl::UnconditionalBranch | FlowControl::ConditionalBranch => {
                let cond = ins.flow_control() == FlowControl::ConditionalBranch;
                let target = ins.near_branch_target();
                if has_reloc || !is_near_branch || target >= size {
                    // Leaves the function (tail call, jump to a .cold part or the
                    // return thunk). A conditional one also falls through.
                    let name = reloc.clone().or_else(|| {
                        (is_near_branch && !has_reloc)
                            .then(|| symbol_name(target))
                            .flatten()
                    });
                    (if cond { Flow::Next } else { Flow::Exit }, name)
                } else if cond {
                    (Flow::CondJump(target as u32), None)
                } else {
                    (Flow::Jump(target as u32), None)
                }
            }
            FlowControl::IndirectBranch => (Flow::Exit, reloc.clone()),
            FlowControl::Interrupt | FlowControl::Exception => {
                // int3/ud2/ud1 end a path; `int N`, `syscall` and the like return.
                match ins.mnemonic() {
                    Mnemonic::Int3 | Mnemonic::Ud2 | Mnemonic::Ud1 | Mnemonic::Ud0 => {
                        (Flow::Stop, None)
                    }
                    _ => (Flow::Next, None),
                }
            }
        };
        // (`hlt` is `Flow::Next`, as iced-x86 tells: an interrupt or NMI
        // wakes it, and its handler's `iret` comes back after it; blind
        // review 99's `hltmid`, `hv`. objtool reads it so too.)
        out.push(Insn::new(off, len, ins, flow, target_name, has_reloc));
    }
    out
}

/// `sym` for the usual PC-relative call addend of -4, else `sym+0xN` / `sym-0xN`.
pub fn reloc_target_name(symbol: &Arc<str>, addend: i64, r_type: u32) -> Arc<str> {
    let pc_relative = matches!(
        r_type,
        t if t == object::elf::R_X86_64_PC32.0 || t == object::elf::R_X86_64_PLT32.0
    );
    let off = if pc_relative {
        addend.wrapping_add(4)
    } else {
        addend
    };
    match off {
        // The relocation's own name, shared (a KMSAN object relocates every
        // other instruction).
        0 => symbol.clone(),
        o if o > 0 => Arc::from(format!("{symbol}+{o:#x}").as_str()),
        o => Arc::from(format!("{symbol}-{:#x}", o.unsigned_abs()).as_str()),
    }
}
