//! rspill: find, prove and explain clang's `%rsp` copy/spill/restore constructs that
//! break objtool in x86-64 kernel objects, and draft, verify and check their fixes.
//!
//! The map, in pipeline order (each folder one stage; nothing points up the list
//! but `render`, which only formats what the stages return):
//!
//! | folder | stage |
//! |---|---|
//! | `input/` | files, archives and build trees → ELF objects (`discover`, `elf`, `elf_tables`) and DWARF source chains (`dwarf`) |
//! | `x86/` | instructions (`decode`), the common ones of a whole image read lean (`lean`), and what is known about callees by name (`callees`) |
//! | `analysis/` | per function: blocks (`cfg`), the stack's abstract state (`stack`, `own_frame`), findings and their proofs (`findings`); `scan` runs the pipeline over inputs |
//! | `objtool/` | objtool's verdict: predicted (`model`) and the real one run (`run`) |
//! | `objects/` | object surgery: NOP proven-redundant restores (`rewrite`), minimal reproducers (`extract`) |
//! | `codegen/` | two builds compared function by function (`compare`) in canonical form (`canonical`), data reads bounded (`address_reads`) |
//! | `fixes/` | the fixes: asm statements parsed and edited (`source`, `macro_index`), every edit proven with the preprocessor and compiler (`edit_proof`, `declared_width`), patch mails (`draft`), the `suggest` command (`suggest`) |
//! | `kbuild/` | compile commands from `.cmd` files (`compile_command`), scratch trees and builds (`build`) |
//! | `inventory/` | every restore grouped by the asm statement that causes it, joined with the source census of `ASM_CALL_CONSTRAINT` statements (`census`) |
//! | `reduce/` | the compiler bug's reproducer: a unit's IR from its compile command, `llvm-reduce` with rspill as the interestingness test (`llvm`, `interesting`) |
//! | `check/` | the `check` command (candidates built with and without KMSAN, measured) and `fix`'s set-up (`fix`) |
//! | `render/` | every printer, a file per command (`scan`, `diff`, `suggest`, `objects`, `verdict_table`) |
//!
//! Crate-wide: `error` (typed input errors), `atomic_file` (output files written
//! whole or not at all). The command line (clap arguments, resolved settings,
//! the only writes to stdout/stderr, exit codes) is the binary's `cli/`, beside
//! this library: `main.rs` → `cli::main`.

pub mod analysis;
pub mod atomic_file;
pub mod check;
pub mod codegen;
pub mod error;
pub mod fixes;
pub mod input;
pub mod inventory;
pub mod kbuild;
pub mod objects;
pub mod objtool;
pub mod reduce;
pub mod render;
pub mod x86;

/// Every committed test object (`testdata/`, `tests/`): the inputs the
/// library's own tests check a rule or shortcut over.
#[cfg(test)]
pub(crate) fn committed_test_objects() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    ["testdata", "tests"]
        .iter()
        .flat_map(|dir| walkdir::WalkDir::new(root.join(dir)))
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "o"))
        .collect()
}

/// Pseudo-random numbers for unit tests (xorshift64): the same sequence on
/// every run, no dependency.
#[cfg(test)]
pub(crate) fn test_numbers(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}
