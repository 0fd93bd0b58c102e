//! What rspill knows about callees by name: how many register arguments they take
//! and whether they write memory through them. This refines the SysV contract the
//! stack analysis assumes of every call (a callee may write what it is handed);
//! every entry is a fact about the kernel's own prototypes and runtime.

/// A known callee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalleeSummary {
    /// Register arguments it takes (SysV order: rdi rsi rdx rcx r8 r9).
    pub args: u8,
    /// Whether it may write memory its pointer arguments point to.
    pub writes_through_args: bool,
}

const fn reads(args: u8) -> CalleeSummary {
    CalleeSummary {
        args,
        writes_through_args: false,
    }
}

const fn writes(args: u8) -> CalleeSummary {
    CalleeSummary {
        args,
        writes_through_args: true,
    }
}

/// The KMSAN runtime (mm/kmsan/instrumentation.c, mm/kmsan/hooks.c) and the
/// KCOV/sanitizer-coverage hooks (kernel/kcov.c): the calls instrumentation adds.
/// KMSAN's functions read or write shadow and origin memory, a separate mapping,
/// never the memory their pointer arguments name, except the mem* wrappers.
const KNOWN: &[(&str, CalleeSummary)] = &[
    ("__msan_chain_origin", reads(1)),
    ("__msan_get_context_state", reads(0)),
    ("__msan_instrument_asm_store", reads(2)),
    ("__msan_memcpy", writes(3)),
    ("__msan_memmove", writes(3)),
    ("__msan_memset", writes(3)),
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
    ("kmsan_unpoison_memory", reads(2)),
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_is_sorted_for_binary_search() {
        assert!(super::KNOWN.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
