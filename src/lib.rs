//! rspill: find, prove and explain clang's `%rsp` copy/spill/restore constructs that
//! break objtool in x86-64 kernel objects.
//!
//! Pipeline (one module per arrow): `inputs` → `elf` (+ `elf_tables`) → `decode` → `cfg` → `stack`
//! (+ `objtool_model`) → `findings` (+ `dwarf`) → `report`; `scan` orchestrates.
//! `codegen` pairs the functions of two objects or build trees and compares them
//! (`canonical_code`, which bounds data reads with `address_reads`);
//! `rewrite` NOPs proven-redundant restores; `extract` cuts minimal reproducers;
//! `source` parses and edits inline asm statements and Kconfig, `draft` turns the
//! edits into patch mails for `suggest`; `check` builds every draft in scratch trees
//! (`build`) and tabulates the measurements (`verdict_table`); `fix` finds the
//! build directory and tree of objects for scan + suggest + check in one go.

pub mod address_reads;
pub mod atomic_file;
pub mod build;
pub mod callees;
pub mod canonical_code;
pub mod cfg;
pub mod check;
pub mod codegen;
pub mod compile_command;
pub mod declared_width;
pub mod decode;
pub mod draft;
pub mod dwarf;
pub mod edit_proof;
pub mod elf;
pub mod elf_tables;
pub mod error;
pub mod extract;
pub mod findings;
pub mod fix;
pub mod inputs;
pub mod macro_index;
pub mod objtool;
pub mod objtool_model;
pub mod own_frame;
pub mod report;
pub mod rewrite;
pub mod scan;
pub mod source;
pub mod stack;
pub mod suggest;
pub mod verdict_table;
