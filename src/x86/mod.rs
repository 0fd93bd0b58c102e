//! x86-64 as rspill reads it: instructions decoded with iced-x86 (`decode`) and
//! what is known about callees by name (`callees`).

pub mod callees;
pub mod decode;
