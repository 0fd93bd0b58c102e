//! The `rspill` binary: everything is in `cli/`.

mod cli;

// The analysis allocates many small, short-lived states (per-instruction
// register maps, per-function graphs) from every core: mimalloc's per-thread
// heaps cost a fraction of glibc malloc's locking and fragmentation there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (the `mi_option_e` enumeration of the
/// v3 sources the crate builds; its Rust bindings name no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // Memory freed stays with the process instead of going back to the
    // system 10 ms later (mimalloc's default): a scan allocates and frees
    // per object and per function, and every page given back comes back
    // zeroed by the kernel at its next fault (a tenth of a build
    // directory's scan was system time, most of it that). The peak is
    // what it was: freed memory is reused, not added to.
    // SAFETY: sets one of mimalloc's options, which it reads at each purge.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    cli::main()
}
