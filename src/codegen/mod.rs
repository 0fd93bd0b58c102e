//! Two builds compared function by function (`compare`), each function in a
//! canonical form of what it executes (`canonical`), with the data it reads
//! bounded (`address_reads`).

pub mod address_reads;
pub mod canonical;
pub mod compare;
