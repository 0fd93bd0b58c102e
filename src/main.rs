//! The `rspill` binary: everything is in `cli/`.

mod cli;

// The analysis allocates many small, short-lived states (per-instruction
// register maps, per-function graphs) from every core: mimalloc's per-thread
// heaps cost a fraction of glibc malloc's locking and fragmentation there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
