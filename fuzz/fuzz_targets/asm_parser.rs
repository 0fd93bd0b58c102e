//! The inline asm statement parser and both edits, and the Kconfig edit, on
//! arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rspill::fixes::source::{apply_edits, asm_statements};
use rspill::fixes::strategies::{frame_address_edits, kconfig_frame_pointer_edits, reorder_edits};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lookup = |name: &str| (name == "TWO").then(|| "\"=a\" (x), \"=d\" (y)".to_string());
    if let Ok(stmts) = asm_statements(&text, &lookup) {
        for s in &stmts {
            if let Ok(e) = reorder_edits(&text, s) {
                let _ = apply_edits(&text, e);
            }
            if let Ok(e) = frame_address_edits(&text, s) {
                let _ = apply_edits(&text, e);
            }
        }
    }
    if let Ok(e) = kconfig_frame_pointer_edits(&text) {
        let _ = apply_edits(&text, e);
    }
});
