//! From what the user names to analysable code: files, archives and build trees
//! found (`discover`), ELF objects and images loaded (`elf`, checked by
//! `elf_tables`), source lines from DWARF (`dwarf`).

pub mod discover;
pub mod dwarf;
pub mod elf;
pub mod elf_tables;
