//! From what the user names to analysable code: files, archives and build trees
//! found (`discover`), ELF objects and images loaded (`elf`, checked by
//! `elf_tables`, ways into functions found by `entries`), source lines from DWARF (`dwarf`).

pub mod discover;
pub mod dwarf;
pub mod elf;
pub mod elf_tables;
pub mod entries;
