//! The adversarial review of callee prototypes (`tests/adversarial_prototypes/`,
//! written blind to the code; FINDINGS.md has every case, the truth path by path
//! and its execution in Unicorn). Each row below was a false claim when DWARF
//! prototypes were believed in the strict analysis: a `switches back to this
//! function's stack` or `restore_redundant: true` whose execution shows another
//! %rsp. None may be a claim: no redundant restore, no delta, and a switch back
//! only with its assumptions stated.

mod common;

use std::process::Command;

const FALSE_CLAIMS: &[(&str, &str, u64)] = &[
    ("reach.o", "on_clobber_global", 0x1b),
    ("reach.o", "on_ptr_arg", 0x1e),
    ("reach.o", "on_nested", 0x1b),
    ("percpu.o", "on_irq_clobber", 0x37),
    ("percpu.o", "on_irq_nest", 0x37),
    ("reach.o", "on_above_ra", 0x1b),
    ("gcc_conv.o", "on_msabi_addr", 0x12),
    ("msinl_gcc.o", "on_ms_plain", 0x12),
    ("msinl_gcc.o", "on_ms_inl", 0x12),
    ("gcc_mabi_ms.o", "on_home", 0x14),
    ("ifunc_gcc.o", "on_ifunc", 0x12),
    ("ldr/ab.o", "on_foo", 0x18),
    ("ldr/ab_thinlto.o", "on_foo", 0x18),
    ("ldr/weak.o", "on_weak", 0x18),
    ("mismatch.o", "on_naked", 0x18),
    ("lowpc_gcc_edited.o", "on_evl", 0x12),
    ("ns_run_gcc.o", "run_naked_w_0", 0xe),
    ("ns_run_gcc.o", "run_ms_home_0", 0xe),
    ("ns_run_gcc.o", "run_ms_home2_8", 0x17),
    ("ns_ifunc.o", "run_ifunc", 0xe),
    ("ldr/ab_run.o", "run_foo", 0xe),
    ("ldr/weak_run.o", "run_hook", 0xe),
];

#[test]
fn no_claim_rests_on_a_callee_prototype() {
    let dir = common::repo().join("tests/adversarial_prototypes");
    for &(object, function, offset) in FALSE_CLAIMS {
        let finding = common::finding_at(&dir.join(object), function, offset);
        let at = format!("{object} {function}+{offset:#x}: {finding}");
        assert_eq!(finding["restore_redundant"], false, "{at}");
        assert!(finding["rsp_delta"].is_null(), "{at}");
        let summary = finding["summary"].as_str().unwrap_or_default();
        if summary.contains("switches back") {
            let assumptions = finding["assumptions"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            assert!(assumptions.iter().any(|a| a == "callee-prototypes"), "{at}");
        }
    }
}

/// Callees whose DWARF prototype takes only register arguments but whose code
/// writes above its frame (the cell `call_on_stack` saved %rsp in): a naked
/// function, gcc `ms_abi` bodies storing into their home area, a hand-edited
/// DWARF, a store to `__builtin_frame_address(0)[2]`. Each was a "switches
/// back" under `callee-prototypes` before the callee's own code was read;
/// execution (FINDINGS.md) loads another %rsp. The code decides over the
/// prototype: no switch back.
const BODY_WRITES_ABOVE_ITS_FRAME: &[(&str, &str, u64)] = &[
    ("adversarial_prototypes/mismatch.o", "on_naked", 0x18),
    ("adversarial_prototypes/reach.o", "on_above_ra", 0x1b),
    ("adversarial_prototypes/gcc_conv.o", "on_msabi_addr", 0x12),
    ("adversarial_prototypes/gcc_mabi_ms.o", "on_home", 0x14),
    ("adversarial_prototypes/msinl_gcc.o", "on_ms_plain", 0x12),
    ("adversarial_prototypes/msinl_gcc.o", "on_ms_inl", 0x12),
    ("adversarial_prototypes/lowpc_gcc_edited.o", "on_evl", 0x12),
    ("adversarial_review/sw2.o", "sw_frame", 0x16),
];

#[test]
fn a_callee_whose_code_writes_above_its_frame_is_no_switch_back() {
    let dir = common::repo().join("tests");
    for &(object, function, offset) in BODY_WRITES_ABOVE_ITS_FRAME {
        let finding = common::finding_at(&dir.join(object), function, offset);
        let at = format!("{object} {function}+{offset:#x}: {finding}");
        assert_eq!(finding["kind"], "rsp-unknown-restore", "{at}");
    }
}

/// Compressed debug sections (`-gz`): relocations address the decompressed
/// bytes, so they are no evidence of a malformed file.
#[test]
fn compressed_debug_sections_are_not_malformed() {
    let object = common::repo().join("tests/adversarial_prototypes/dbg__g__gz.o");
    let out = Command::new(env!("CARGO_BIN_EXE_rspill"))
        .args(["scan", "--no-source", "--format", "json"])
        .arg(&object)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("\"type\":\"error\""), "{text}");
    assert_ne!(out.status.code(), Some(2), "{text}");
}
