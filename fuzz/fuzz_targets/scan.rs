//! Object parsing + scan (with DWARF sources and listings) on arbitrary bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rspill::input::elf::{Backing, load};
use rspill::analysis::scan::{ScanOptions, scan_module};
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let backing = Arc::new(Backing::Owned(data.to_vec()));
    if let Ok(module) = load("fuzz.o".into(), backing, 0..data.len()) {
        let opts = ScanOptions {
            explain: true,
            source: true,
            trace: module.functions.first().map(|f| f.name.clone()),
        };
        let _ = scan_module(&module, &opts);
    }
});
