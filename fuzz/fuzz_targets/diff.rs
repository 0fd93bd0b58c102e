//! Function pairing and normalised comparison of two arbitrary objects (the
//! input is split in two at a position given by its first two bytes).
#![no_main]
use libfuzzer_sys::fuzz_target;
use rspill::codegen::compare::diff_modules;
use rspill::input::elf::{Backing, load};
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let cut = (u16::from_le_bytes([data[0], data[1]]) as usize).min(data.len() - 2) + 2;
    let (a, b) = (&data[2..cut], &data[cut..]);
    let load_one = |bytes: &[u8], name: &str| {
        load(
            name.into(),
            Arc::new(Backing::Owned(bytes.to_vec())),
            0..bytes.len(),
        )
    };
    if let (Ok(ma), Ok(mb)) = (load_one(a, "a.o"), load_one(b, "b.o")) {
        let _ = diff_modules("fuzz", &ma, &mb, true);
    }
});
