//! Object surgery: proven-redundant restores NOPed in place (`rewrite`) and
//! minimal reproducer objects cut out (`extract`).

pub mod code_references;
pub mod extract;
pub mod rewrite;
