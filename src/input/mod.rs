//! From what the user names to analysable code: files, archives and build trees
//! found (`discover`), ELF objects and images loaded (`elf`, checked by
//! `elf_tables`, ways into functions found by `entries`, arithmetic on
//! code addresses by `code_addresses`), source lines from DWARF (`dwarf`).

pub mod code_addresses;
pub mod discover;
pub mod dwarf;
pub mod elf;
pub mod elf_tables;
pub mod entries;
pub mod stack_slots;
