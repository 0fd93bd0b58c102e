//! From what the user names to analysable code: files, archives and build trees
//! found (`discover`), ELF objects and images loaded (`elf`, checked by
//! `elf_tables`, BUGs' traps by `bug_traps`, ways into functions found by `entries`, arithmetic on
//! code addresses by `code_addresses` (frame reads judged in address order by
//! `address_order_writes`), read along a piece's paths by
//! `first_reading`, relocations read in place by `relocations` and carried from function to function by
//! `across_calls`; references between the inputs of one scan by `across_inputs`), source lines
//! from DWARF (`dwarf`).

pub mod across_calls;
pub mod across_inputs;
pub mod address_order_writes;
pub mod boot_patches;
pub mod bug_traps;
pub mod code_addresses;
pub mod discover;
pub mod dwarf;
pub mod elf;
pub mod elf_tables;
pub mod entries;
pub mod first_reading;
pub mod frame_written;
pub mod relocations;
pub mod stack_slots;
