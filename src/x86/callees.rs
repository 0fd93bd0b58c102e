//! What rspill knows about callees by name: how many register arguments they take
//! and whether they write memory through them. This refines the SysV contract the
//! stack analysis assumes of every call (a callee may write what it is handed);
//! every entry is a fact about the kernel's own prototypes and runtime.

/// A known callee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalleeSummary {
    /// Register arguments it takes (SysV order: rdi rsi rdx rcx r8 r9).
    pub args: u8,
    /// What memory it may write of what it is handed.
    pub writes: Writes,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writes {
    /// Nothing its pointer arguments point to (and it keeps none of them).
    Nothing,
    /// Exactly `%rdx` bytes from `%rdi`, and it returns `%rdi` (memset, memcpy,
    /// memmove: C semantics); it keeps no pointer.
    DestLen,
}

const fn reads(args: u8) -> CalleeSummary {
    CalleeSummary {
        args,
        writes: Writes::Nothing,
    }
}

const fn dest_len() -> CalleeSummary {
    CalleeSummary {
        args: 3,
        writes: Writes::DestLen,
    }
}

/// The KMSAN runtime (mm/kmsan/instrumentation.c, mm/kmsan/hooks.c; the hooks'
/// prototypes in include/linux/kmsan.h and kmsan-checks.h), the
/// KCOV/sanitizer-coverage hooks (kernel/kcov.c) and the C library's memory
/// functions the compiler calls. KMSAN's functions read or write shadow and
/// origin memory, a separate mapping, never the memory their pointer arguments
/// name, except the mem* wrappers, which are memset/memcpy/memmove. Also the
/// kernel's assembly callees of inline asm that only touch per-cpu memory
/// (`this_cpu_cmpxchg16b_emu`: %gs-relative, arch/x86/lib/cmpxchg16b_emu.S).
const KNOWN: &[(&str, CalleeSummary)] = &[
    ("__memcpy", dest_len()),
    ("__memmove", dest_len()),
    ("__memset", dest_len()),
    ("__msan_chain_origin", reads(1)),
    ("__msan_get_context_state", reads(0)),
    ("__msan_instrument_asm_store", reads(2)),
    ("__msan_memcpy", dest_len()),
    ("__msan_memmove", dest_len()),
    ("__msan_memset", dest_len()),
    ("__msan_metadata_ptr_for_load_1", reads(1)),
    ("__msan_metadata_ptr_for_load_2", reads(1)),
    ("__msan_metadata_ptr_for_load_4", reads(1)),
    ("__msan_metadata_ptr_for_load_8", reads(1)),
    ("__msan_metadata_ptr_for_load_n", reads(2)),
    ("__msan_metadata_ptr_for_store_1", reads(1)),
    ("__msan_metadata_ptr_for_store_2", reads(1)),
    ("__msan_metadata_ptr_for_store_4", reads(1)),
    ("__msan_metadata_ptr_for_store_8", reads(1)),
    ("__msan_metadata_ptr_for_store_n", reads(2)),
    ("__msan_poison_alloca", reads(3)),
    ("__msan_unpoison_alloca", reads(2)),
    ("__msan_warning", reads(1)),
    ("__sanitizer_cov_trace_cmp1", reads(2)),
    ("__sanitizer_cov_trace_cmp2", reads(2)),
    ("__sanitizer_cov_trace_cmp4", reads(2)),
    ("__sanitizer_cov_trace_cmp8", reads(2)),
    ("__sanitizer_cov_trace_const_cmp1", reads(2)),
    ("__sanitizer_cov_trace_const_cmp2", reads(2)),
    ("__sanitizer_cov_trace_const_cmp4", reads(2)),
    ("__sanitizer_cov_trace_const_cmp8", reads(2)),
    ("__sanitizer_cov_trace_pc", reads(0)),
    ("__sanitizer_cov_trace_switch", reads(2)),
    ("kmsan_alloc_page", reads(3)),
    ("kmsan_check_memory", reads(2)),
    ("kmsan_copy_page_meta", reads(2)),
    ("kmsan_copy_to_user", reads(4)),
    ("kmsan_disable_current", reads(0)),
    ("kmsan_enable_current", reads(0)),
    ("kmsan_free_page", reads(2)),
    ("kmsan_handle_dma", reads(4)),
    ("kmsan_handle_dma_sg", reads(4)),
    ("kmsan_handle_urb", reads(2)),
    ("kmsan_iounmap_page_range", reads(2)),
    ("kmsan_kfree_large", reads(1)),
    ("kmsan_kmalloc_large", reads(3)),
    ("kmsan_memmove", reads(3)),
    ("kmsan_poison_memory", reads(3)),
    ("kmsan_slab_alloc", reads(3)),
    ("kmsan_slab_free", reads(2)),
    ("kmsan_task_create", reads(1)),
    ("kmsan_task_exit", reads(1)),
    ("kmsan_unpoison_entry_regs", reads(1)),
    ("kmsan_unpoison_memory", reads(2)),
    ("kmsan_vunmap_range_noflush", reads(2)),
    ("memcpy", dest_len()),
    ("memmove", dest_len()),
    ("memset", dest_len()),
    ("this_cpu_cmpxchg16b_emu", reads(5)),
];

/// The summary of the callee named `name` (a relocation target, `sym` or
/// `sym+0xN`: only exact names count).
pub fn summary(name: Option<&str>) -> Option<CalleeSummary> {
    let name = name?;
    KNOWN
        .binary_search_by_key(&name, |(n, _)| n)
        .ok()
        .map(|i| KNOWN[i].1)
}

/// The SysV callee-saved registers that a kernel assembly callee named `name`
/// is documented to change. `__put_user_*` (arch/x86/lib/putuser.S:
/// "Clobbers: %ebx needed for task pointer") is called only from inline asm
/// that lists %ebx as clobbered.
pub fn clobbers_callee_saved(name: Option<&str>) -> &'static [iced_x86::Register] {
    match name {
        Some(n) if n.starts_with("__put_user_") => &[iced_x86::Register::RBX],
        _ => &[],
    }
}

/// Whether `name` is one of the kernel's assembly callees whose calling
/// convention its source documents (arch/x86/lib/getuser.S, putuser.S,
/// copy_user_64.S, clear_page_64.S: each returns to its caller with %rsp
/// where the call left it, the callee-saved registers kept but for those
/// `clobbers_callee_saved` lists, through exception fixups rspill does not
/// follow into, and writes only the user memory or the page it is handed). A caller takes the convention of them by name, as of the
/// `summary` names, wherever they are defined: the stated contract for
/// callees in other inputs of a scan (`across_inputs::Join::callee_contracts`).
pub fn documented_convention(name: &str) -> bool {
    summary(Some(name)).is_some()
        || name.starts_with("__get_user_")
        || name.starts_with("__put_user_")
        || matches!(
            name,
            "rep_movs_alternative"
                | "rep_stos_alternative"
                | "clear_page_orig"
                | "clear_page_rep"
                | "clear_page_erms"
        )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_is_sorted_for_binary_search() {
        assert!(super::KNOWN.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
