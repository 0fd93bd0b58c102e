//! x86-64 as rspill reads it: instructions decoded with iced-x86 (`decode`) and
//! what is known about callees by name (`callees`); the common encodings of
//! a whole image read without the full decode (`lean`).

pub mod callees;
pub mod decode;
pub mod lean;
