//! Blind reviews 63 to 66: a value computed from a code address reaching
//! a stack slot (or register) by a way the reading along paths did not
//! follow, then branched through into the middle of `spilled`. Objects built
//! from `tests/adversarial_review6{3,4,5,6}/*.S`, truth by execution in their
//! READMEs (`adversarial_review63/emulate.py`). And a read of a return
//! address before the branch (`tests/return_address_reads/`, truth path by
//! path in its README), and a read of the frame before anything wrote it
//! (`tests/frame_unwritten/`).
//! Every one got a false claim before; none may.

mod common;

/// Scans every object of `dir` (there must be `expected`) and checks that
/// `spilled`'s restore is refused for the branch through a computed value
/// in `jumper`.
fn no_case_gets_a_claim(dir: &str, expected: usize) {
    let dir = common::repo().join("tests").join(dir);
    let mut objects: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "o"))
        .collect();
    objects.sort();
    assert_eq!(objects.len(), expected, "{objects:?}");
    for object in &objects {
        refused(
            &common::findings_no_source(object),
            "spilled",
            object,
            COMPUTED_BRANCH,
        );
    }
}

/// The reason of a claim refused for `jumper`'s branch through a computed
/// value.
const COMPUTED_BRANCH: &str = "computed by arithmetic is branched through at jumper+";

/// `function`'s restore among `found` (the findings of a scan of `inputs`)
/// is refused, for the reason `because` says.
fn refused(
    found: &[serde_json::Value],
    function: &str,
    inputs: &dyn std::fmt::Debug,
    because: &str,
) {
    let finding = found
        .iter()
        .find(|f| f["function"] == function)
        .unwrap_or_else(|| panic!("{inputs:?}: no finding in {function}: {found:?}"));
    assert_ne!(
        finding["restore_redundant"], true,
        "{inputs:?}: {function}'s restore claimed redundant"
    );
    let why = finding["no_claim"].as_str().unwrap_or_default();
    assert!(why.contains(because), "{inputs:?}: {why}");
}

/// `function`'s restore is an `rsp-unknown-restore`: no value, no claim.
fn unprovable(found: &[serde_json::Value], function: &str, inputs: &dyn std::fmt::Debug) {
    refused(found, function, inputs, "");
    let finding = found.iter().find(|f| f["function"] == function).unwrap();
    assert!(
        finding["rsp_delta"].is_null() && finding["kind"] == "rsp-unknown-restore",
        "{inputs:?}: {finding}"
    );
}

/// `function`'s restore claimed redundant: a control's truth.
fn claimed(found: &[serde_json::Value], function: &str, inputs: &dyn std::fmt::Debug) {
    let finding = found
        .iter()
        .find(|f| f["function"] == function)
        .unwrap_or_else(|| panic!("{inputs:?}: no finding in {function}: {found:?}"));
    assert_eq!(finding["restore_redundant"], true, "{inputs:?}: {finding}");
}

/// The findings of a scan of `inputs` (of `dir`, under `tests/`) together.
fn findings_together(dir: &str, inputs: &[&str]) -> Vec<serde_json::Value> {
    let dir = common::repo().join("tests").join(dir);
    let out = common::rspill()
        .args(["scan", "--no-source", "--format", "json"])
        .args(inputs.iter().map(|i| dir.join(i)))
        .output()
        .unwrap();
    common::json_records(&out)
        .into_iter()
        .filter(|r| r["type"] == "finding")
        .collect()
}

/// Each of `objects` (names in `tests/<dir>/`, without `.o`), scanned
/// alone: `function`'s claim refused, for a reason saying `because`.
fn each_refused(dir: &str, objects: &[&str], function: &str, because: &str) {
    for object in objects {
        let found = findings_together(dir, &[&format!("{object}.o")]);
        refused(&found, function, object, because);
    }
}

/// `tests/return_address_reads/` (session 43): a read of a red zone, or of
/// a return address, before what makes the object (or another input)
/// entered anywhere; `inputs` scanned together.
fn no_claim_past_a_read(inputs: &[&str], because: &str) {
    let found = findings_together("return_address_reads", inputs);
    refused(&found, "spilled", &inputs, because);
}

/// `tests/held_in_data/` (blind review 82): another input loads `victim`'s
/// address from its data and computes from it before branching; or takes it
/// with `lea victim@PLT(%rip)` (a PLT32 relocation was taken for a call's);
/// or adds to it in place (`add %rdi,ptr(%rip); jmp *ptr(%rip)`).
#[test]
fn an_address_held_in_data_is_read_for_what_is_computed_from_it() {
    for case in [
        "data_add",
        "lea_off",
        "push_ret",
        "xmm_add",
        "plt_addr",
        "mem_add_jmp",
    ] {
        let (a, b) = (format!("{case}_a.o"), format!("{case}_b.o"));
        let found = findings_together("held_in_data", &[&a, &b]);
        refused(
            &found,
            "victim",
            &case,
            "another input of this scan, takes the address of victim",
        );
    }
}

/// `tests/frame_unwritten/` (blind review 82, session 44): `jumper` reads
/// its own frame where no path wrote it (a return address `victim`'s call
/// left there) and jumps through it.
#[test]
fn a_value_read_from_the_frame_before_anything_wrote_it_is_no_function_pointer() {
    each_refused(
        "frame_unwritten",
        &[
            "fc_pop_twice",
            "fc_add_rsp_neg",
            "fc_lea_rsp_rsp",
            "fc_xchg_rsp_rax",
            "rbp_frame",
            "one_path",
            "kept_popq_global",
            "kept_stored_global",
            "kept_movsq_global",
            "kept_local_callee",
            "kept_handed_push_ret",
            "review84_f11",
            "review84_f12",
        ],
        "victim",
        "reads its own frame where no path wrote it",
    );
}

/// `tests/frame_unwritten/review84_d10b` (blind review 84): a label of
/// `jumper` it calls reads below `jumper`'s frame through the pointer it
/// was handed.
#[test]
fn a_called_label_reads_through_the_frame_it_is_handed() {
    let found = findings_together("frame_unwritten", &["review84_d10b.o"]);
    refused(
        &found,
        "victim",
        &"review84_d10b",
        "the stack below %rsp read at jumper+",
    );
}

/// `tests/frame_unwritten/review45_stale_*` (blind review 45): `k` reads
/// its frame where no instruction writes and stores the value to a global
/// that `start` jumps through, into `f` past its call.
#[test]
fn a_frame_read_no_instruction_writes_is_followed_in_a_function_without_branches() {
    each_refused(
        "frame_unwritten",
        &[
            "review45_stale_k5",
            "review45_stale_k9",
            "review45_stale_k12",
            "review45_stale_k14",
        ],
        "f",
        "reads its own frame where no path wrote it",
    );
}

/// `tests/review87/` (blind review 87): a frame read the address-order
/// reading took for written (a read-and-write instruction, a write after
/// the read, a write on one path), a BUG with an exception fixup, a BUG
/// another input lists as a WARN.
#[test]
fn review_87_frame_reads_and_traps_that_come_back() {
    each_refused(
        "review87",
        &[
            "xchg_glob",
            "xchg_ret",
            "xadd_glob",
            "xadd_ret",
            "cmpxchg_glob",
            "cmpxchg_ret",
            "rdwr_glob",
            "rdwr_ret",
            "onepath_glob",
            "onepath_ret",
            "bug_extable",
            "bug_extable_pad",
        ],
        "victim",
        "reads its own frame where no path wrote it",
    );
    let together = findings_together("review87", &["xobj_b.o", "xobj_a.o"]);
    refused(
        &together,
        "victim",
        &"xobj_b + xobj_a",
        "reads its own frame where no path wrote it",
    );
    victim_claimed_in("review87", "xobj_a.o");
}

/// `tests/review88/` (blind review 88): `panic` defined by another input
/// in code that returns; `fxsave` leaving its last 48 bytes unwritten; a
/// called label reading its caller's slot no path wrote.
#[test]
fn review_88_a_noreturn_name_that_returns_and_fxsave() {
    let together = findings_together("review88", &["panic_a.o", "panic_b.o"]);
    refused(
        &together,
        "victim",
        &"panic_a + panic_b",
        "reads its own frame where no path wrote it",
    );
    victim_claimed_in("review88", "panic_a.o");
    each_refused(
        "review88",
        &["fxsave", "calllabel"],
        "victim",
        "reads its own frame where no path wrote it",
    );
}

/// `tests/review89/panic_alias*` (blind review 89): a call to `panic`, an
/// alias of this object's code that returns: read past (its `ret` through
/// a slot no path wrote), and a restore reached only past it not claimed.
#[test]
fn a_noreturn_name_aliasing_code_that_returns_makes_no_claim() {
    let found = findings_together("review89", &["panic_alias.o"]);
    refused(
        &found,
        "e7",
        &"panic_alias",
        "goes through a slot other than its return address",
    );
    let found = findings_together("review89", &["panic_alias_direct.o"]);
    refused(
        &found,
        "c_alias",
        &"panic_alias_direct",
        "but panic's code in this object may return",
    );
}

/// `tests/review90/` (blind review 90): `panic` defined by another input
/// in code that returns without a `ret`; the reading goes on past a call
/// to it.
#[test]
fn review_90_a_panic_of_the_scan_is_read_past() {
    for case in ["y_fall", "y_sizeshort", "y_callhelper", "y_extfix"] {
        let found = findings_together("review90", &["p_undef.o", &format!("{case}.o")]);
        refused(
            &found,
            "victim",
            &case,
            "reads its own frame where no path wrote it",
        );
    }
    // The %rsp analysis past a call to `panic` (`x_victim_panic`): it
    // returns through an `__ex_table` fixup, listed in the first section of
    // the name or in a second one (session 46); alone, `panic` is the
    // kernel's and the claim stands.
    victim_claimed_in("review90", "x_victim_panic.o");
    for case in ["y_extfix", "y_extfix_second"] {
        let found = findings_together("review90", &["x_victim_panic.o", &format!("{case}.o")]);
        refused(&found, "victim", &case, "is taken never to return");
    }
}

/// `tests/frame_unwritten/ud2_jumper.inc` (session 45): a `ud2` that
/// `__bug_table` lists as a BUG ends its paths, and the read after it is
/// not on any; one that may be resumed (a WARN, a reachable annotation, a
/// kCFI trap, in any section of its table's name; a second `__bug_table`)
/// does not.
#[test]
fn only_a_bug_that_the_table_shows_ends_a_path() {
    victim_claimed("bug_ud2.o");
    each_refused(
        "frame_unwritten",
        &[
            "warn_ud2",
            "bug_ud2_reachable",
            "bug_ud2_kcfi",
            "bug_ud2_short",
            "bug_ud2_kcfi_second",
            "bug_ud2_second_table",
        ],
        "victim",
        "reads its own frame where no path wrote it",
    );
}

/// `victim`'s restore in `object` of `tests/frame_unwritten/` is claimed
/// redundant (a control: true by execution, `emu.py`).
fn victim_claimed(object: &str) {
    victim_claimed_in("frame_unwritten", object);
}

/// `victim`'s restore in `object` of `tests/<dir>/` is claimed redundant.
fn victim_claimed_in(dir: &str, object: &str) {
    let found = findings_together(dir, &[object]);
    let victim = found
        .iter()
        .find(|f| f["function"] == "victim")
        .expect("a finding in victim");
    assert_eq!(victim["restore_redundant"], true, "{object}: {victim}");
}

/// What a callee handed the slot wrote is read back and jumped through;
/// nothing enters `victim` past its start, and its claim stands.
#[test]
fn a_slot_a_callee_was_handed_is_written() {
    victim_claimed("out_param.o");
}

/// A slot 1.6 KiB below the frame's top, written and read back, is written
/// (blind review 85: past 1 KiB every byte read as unwritten).
#[test]
fn a_deep_slot_written_is_written() {
    victim_claimed("big_frame.o");
}

/// A code address pushed as a stack argument (`push $target`) moves %rsp
/// like any push: the reading along paths had %rsp 8 bytes off after it,
/// and took `pop %rbx` for a read of the return address (no claim for
/// `victim` in the object; nothing enters it past its start).
#[test]
fn a_pushed_code_address_moves_the_stack() {
    victim_claimed("pushed_code_address.o");
}

/// `tests/held_in_data/s_*` (blind review 82, session 44): `jumper` loads
/// `victim`'s address from its own object's data (`mov ptr(%rip),%rax`,
/// `push ptr(%rip)`), computes from it and keeps the result where the
/// readings do not follow it (a global, `rep stos`, returned, handed to a
/// tail call) before jumping through it (or not).
#[test]
fn an_address_loaded_from_the_objects_own_data_is_a_code_address() {
    each_refused(
        "held_in_data",
        &[
            "s_pop_mem_slot",
            "s_push_mem_pop",
            "s_rep_stos",
            "s_store_bss",
            "s_store_ext",
            "s_store_jmpmem",
            "s_store_reload",
            "s_store_ret",
            "s_store_stackcall",
            "s_cmov",
            "s_add_mem",
        ],
        "victim",
        "a code address computed by arithmetic is branched through, pushed or stored at jumper+",
    );
}

/// `tests/return_address_reads/handed_below_stack.o` (blind review 82): a
/// callee handed an address below %rsp reads the return address `victim`'s
/// call left there and jumps through it.
#[test]
fn an_address_below_the_stack_handed_to_a_callee_is_a_read_there() {
    // The second hands it to a function of its own and leaves by a jump:
    // nothing else in `jumper` asked for the reading along paths.
    for object in [
        "handed_below_stack.o",
        "handed_below_stack_tail.o",
        "handed_below_r10.o",
        "handed_below_global.o",
        "handed_below_xmm.o",
        "handed_below_indirect.o",
    ] {
        let found = findings_together("return_address_reads", &[object]);
        refused(
            &found,
            "victim",
            &object,
            "an address below %rsp handed to a callee at jumper+",
        );
    }
}

/// `tests/return_elsewhere/` (blind review 84): `jumper` returns through
/// a slot of its frame no path wrote, where `victim`'s call left its return
/// address.
#[test]
fn a_return_through_a_slot_no_path_wrote_is_a_way_in() {
    each_refused(
        "return_elsewhere",
        &[
            "sub_ret",
            "ret_imm",
            "sub_reg_ret",
            "partly_written",
            "rsp_from_reg",
            "sub_ret_hand_written",
        ],
        "victim",
        "goes through a slot other than its return address",
    );
}

/// `tests/hand_written_transfers/` (blind review 86): in hand-written
/// assembly a return where %rsp is not back at its place at entry, or a
/// frame read after a callee was handed a stack address.
#[test]
fn hand_written_returns_and_frames_promise_nothing() {
    for (case, because) in [
        (
            "push_ret",
            "goes through a slot other than its return address",
        ),
        ("handed_frame", "reads its own frame where no path wrote it"),
        ("call_through_global", "is branched through at jumper+"),
    ] {
        let found = findings_together("hand_written_transfers", &[&format!("{case}.o")]);
        refused(&found, "victim", &case, because);
    }
}

/// A userland function's read of its red zone (passed over as its own
/// local), then the branch: the reading along paths stopped at the read.
#[test]
fn a_red_zone_read_hides_no_branch_after_it() {
    no_claim_past_a_read(&["red_zone.o"], COMPUTED_BRANCH);
}

/// Another input reads its own return address, then branches through a
/// value computed from `spilled`'s address: asked whether it computes from
/// `spilled`'s, the reading stopped at the read.
#[test]
fn another_inputs_return_address_read_hides_no_branch_after_it() {
    no_claim_past_a_read(&["across_a.o", "across_b.o"], COMPUTED_BRANCH);
}

/// A userland function's read of its red zone, then of its own return
/// address: the reading in address order looked at the first read only.
#[test]
fn a_red_zone_read_hides_no_return_address_read_after_it() {
    no_claim_past_a_read(
        &["red_zone_leak.o"],
        "the return address read at leaker+0xb otherwise than by returning",
    );
}

/// A stack address in a register the reading no longer placed, a vector
/// store's upper half, `lodsq`, `bts` with a register bit offset, the ITS
/// thunks.
#[test]
fn no_case_of_review_63_gets_a_claim() {
    no_case_gets_a_claim("adversarial_review63", 19);
}

/// A stack address copied by anything but a whole `mov` (part-writes, x87,
/// `movups`, `movs`, `pop` to memory, `cmpxchg`, `xadd`, `xchg`, `or`), a
/// branch target read through an index, slots named through %rbp and %rsp
/// after a realignment or an alloca.
#[test]
fn no_case_of_review_64_gets_a_claim() {
    no_case_gets_a_claim("adversarial_review64", 25);
}

/// Registers of other kinds and model-specific ones, the carry flag, a store
/// no operand names, an address cut to 32 bits, `sysret`/`sysexit`.
#[test]
fn no_case_of_review_65_gets_a_claim() {
    no_case_gets_a_claim("adversarial_review65", 13);
}

/// What a read-modify-write of a slot hands back (`xadd`, a failing
/// `cmpxchg`, `cmpxchg8b`, `cmpxchg16b`), flags set from a computed value read
/// by `cmov`.
#[test]
fn no_case_of_review_66_gets_a_claim() {
    no_case_gets_a_claim("adversarial_review66", 9);
}

/// `tests/review92/` (blind review 92): a static key's site or an
/// exception's fault in another section than its target (a `.cold` part's
/// edge back into its function), an entry in a second `__jump_table`
/// section, two targets for one site: each edge is read, or the claim
/// refused.
#[test]
fn patched_in_edges_from_other_sections_and_tables_are_read() {
    each_refused(
        "review92",
        &["key_other_section", "cold_key_back"],
        "victim",
        "(in another section)",
    );
    each_refused(
        "review92",
        &["cold_fixup_back"],
        "victim",
        "the __ex_table entry at __ex_table+0x4",
    );
    each_refused(
        "review92",
        &["one_site_two_targets", "one_site_two_targets_reversed"],
        "victim",
        "has more than one target in __jump_table",
    );
    each_refused(
        "review92",
        &["second_ex_table"],
        "victim",
        "the object has more than one __ex_table section",
    );
    // The second table's edge is read: the paths into the restore disagree.
    let found = findings_together("review92", &["second_jump_table.o"]);
    let victim = found.iter().find(|f| f["function"] == "victim").unwrap();
    assert_ne!(victim["restore_redundant"], true, "{victim}");
    assert!(
        victim["summary"]
            .as_str()
            .unwrap()
            .contains("paths disagree"),
        "{victim}"
    );
}

/// `tests/review93/` (blind review 93): two alternatives whose sites
/// overlap, a static-call site that is a NOP or a `ret` (the kernel writes
/// a 5-byte instruction over each); without its `.static_call_sites` entry
/// the `ret` site is a no-op claimed (true by execution).
#[test]
fn code_the_kernel_writes_over_overlapping_or_static_call_sites_is_not_claimed() {
    each_refused(
        "review93",
        &["overlapping_alternatives"],
        "victim",
        "overlap (the kernel applies one over the other)",
    );
    each_refused(
        "review93",
        &["static_call_nop", "static_call_ret"],
        "victim",
        "is not a 5-byte call or jump",
    );
    victim_claimed_in("review93", "static_call_ret_untabled.o");
}

/// `tests/review94/` (blind review 94): an `.ibt_endbr_seal` entry at
/// `endbr` bytes inside an immediate, or whose preamble the kernel zeroes
/// lies in code; 14 bytes before a `.retpoline_sites` call that the kernel
/// takes as kCFI's caller check without being it. The check itself is a
/// control, claimed (true by execution).
#[test]
fn bytes_the_kernel_rewrites_from_objtools_lists_are_not_claimed() {
    each_refused(
        "review94",
        &["endbr_in_immediate", "cfi_preamble_over_code"],
        "victim",
        "(.ibt_endbr_seal) by writing over bytes of this function",
    );
    each_refused(
        "review94",
        &[
            "kcfi_check_jumped_over",
            "kcfi_hash_used",
            "kcfi_check_entered",
        ],
        "victim",
        "(kCFI's caller check, .retpoline_sites), which are not that check",
    );
    victim_claimed_in("review94", "kcfi_caller_check.o");
}

/// `tests/review95/` (blind review 95): a `.smp_locks` entry at a `0x3e`
/// byte, a kCFI caller check before a retpoline place that is no call
/// through the `%r11` thunk, a jump into the padding call depth tracking
/// rewrites.
#[test]
fn more_bytes_the_kernel_rewrites_are_not_claimed() {
    for (objects, because) in [
        (
            &["smp_lock_ds_byte"][..],
            "the boot-time patch of .smp_locks writes 1 bytes",
        ),
        (
            &["kcfi_check_site_not_a_call", "kcfi_check_site_rbx"][..],
            "(kCFI's caller check, .retpoline_sites), which are not that check",
        ),
        (
            &["call_padding_entered", "call_padding_entered_relocated"][..],
            "which call depth tracking rewrites",
        ),
    ] {
        each_refused("review95", objects, "B", because);
    }
}

/// `tests/review97/` (blind review 97): in a linked image, an `__ex_table`
/// fixup whose faulting instruction lies in no code, or in another section,
/// is a way into the function it lands in (the result there was an assumed
/// no-op that a fault breaks); the control, victim alone, keeps its assumed
/// no-op.
#[test]
fn ex_table_fixups_from_elsewhere_are_ways_in_in_linked_images() {
    let Some(linker) = common::require("LLVM's linker", "ld.lld-19") else {
        return;
    };
    let dir = common::repo().join("tests/review97");
    let scratch = tempfile::tempdir().unwrap();
    for case in ["ex_site_in_data", "ex_site_other_section", "control"] {
        let image = scratch.path().join(format!("{case}.img"));
        common::run_ok(
            std::process::Command::new(&linker)
                .arg("-o")
                .arg(&image)
                .arg(dir.join(format!("{case}.o"))),
        );
        let finding = common::finding_at(&image, "victim", 9);
        assert_ne!(finding["restore_redundant"], true, "{case}: {finding}");
        if case == "control" {
            assert_eq!(finding["assumed_rsp_delta"], 0, "{case}: {finding}");
        } else {
            assert!(finding["assumed_rsp_delta"].is_null(), "{case}: {finding}");
            let why = finding["no_claim"].as_str().unwrap_or_default();
            assert!(
                why.contains("the __ex_table entry at __ex_table+0x4"),
                "{case}: {why}"
            );
        }
    }
}

/// `tests/review99/` (blind review 99): a callee whose code ends in a trap or
/// halt the kernel resumes after (a WARN's `ud2`, `hlt`) runs on into what
/// follows it and comes back, and a `hlt` inside a function is a path that
/// goes on: the restore after them is refused (paths disagree), while objtool,
/// which takes such a callee for a dead end, is still predicted to pass. The
/// control, a BUG's `ud2`, never returns: its caller's restore is claimed.
#[test]
fn traps_and_halts_the_kernel_resumes_after_are_paths_that_go_on() {
    for (object, function) in [
        ("warn_then_unreachable", "c1"),
        ("hlt_then_unreachable", "h1"),
        ("hlt_mid_path", "victim"),
    ] {
        let found = findings_together("review99", &[&format!("{object}.o")]);
        let finding = found
            .iter()
            .find(|f| f["function"] == function)
            .unwrap_or_else(|| panic!("{object}: no finding in {function}: {found:?}"));
        assert_ne!(finding["restore_redundant"], true, "{object}: {finding}");
        assert!(finding["rsp_delta"].is_null(), "{object}: {finding}");
        let summary = finding["summary"].as_str().unwrap_or_default();
        assert!(summary.contains("paths disagree"), "{object}: {summary}");
        assert_eq!(finding["objtool_would_fail"], false, "{object}: {finding}");
    }
    let found = findings_together("review99", &["bug_then_unreachable.o"]);
    let control = found.iter().find(|f| f["function"] == "c1").unwrap();
    assert_eq!(control["restore_redundant"], true, "{control}");
}

/// `tests/review100/` (blind review 100): a spill slot at or above the CFA,
/// or relative to an alloca's anchor (above the CFA where the size is
/// negative), may lie in the caller's frame, whose address the caller may
/// have handed out:
/// a store through an argument pointer may overwrite it (refused; under the
/// in-bounds assumption the no-op is still reported). The control, the same
/// store over a spill in the function's own fresh frame, is claimed.
#[test]
fn spills_into_the_callers_frame_are_overwritten_through_its_pointers() {
    for object in ["spill_above_store.o", "spill_above_alloca.o"] {
        let found = findings_together("review100", &[object]);
        let finding = found
            .iter()
            .find(|f| f["function"] == "victim" && f["kind"] == "spilled-rsp")
            .unwrap_or_else(|| panic!("{object}: {found:?}"));
        assert_ne!(finding["restore_redundant"], true, "{object}: {finding}");
        assert!(finding["rsp_delta"].is_null(), "{object}: {finding}");
        assert_eq!(finding["assumed_rsp_delta"], 0, "{object}: {finding}");
    }
    let found = findings_together("review100", &["own_frame_control.o"]);
    let control = found.iter().find(|f| f["function"] == "victim").unwrap();
    assert_eq!(control["restore_redundant"], true, "{control}");
}

/// `tests/review101/` (blind review 101): a frame pointer reaches every
/// unknown callee (`__builtin_frame_address(1)`), which may write the frame
/// through it: a spill slot below it is no proof across the call (under C's
/// bounds, assumed, the no-op stands). The control, the same spill with no
/// frame pointer, is claimed.
#[test]
fn a_frame_pointer_hands_the_frame_to_callees() {
    let found = findings_together(
        "review101",
        &["frame_pointer_victim.o", "frame_address_callee.o"],
    );
    let finding = found.iter().find(|f| f["function"] == "victim").unwrap();
    assert_ne!(finding["restore_redundant"], true, "{finding}");
    assert!(finding["rsp_delta"].is_null(), "{finding}");
    assert_eq!(finding["assumed_rsp_delta"], 0, "{finding}");
    let found = findings_together(
        "review101",
        &["no_frame_pointer_control.o", "frame_address_callee.o"],
    );
    let control = found.iter().find(|f| f["function"] == "victim").unwrap();
    assert_eq!(control["restore_redundant"], true, "{control}");
}

/// `tests/review102/` (blind review 102): a call whose displacement carries
/// an absolute relocation goes to the next instruction plus the symbol's
/// address, not to the (known) symbol: no claim; the same call relocated
/// PC-relative, as the assembler writes it, is claimed.
#[test]
fn branches_relocated_absolute_go_elsewhere() {
    let found = findings_together("review102", &["call_field_absolute.o"]);
    let finding = found.iter().find(|f| f["function"] == "victim").unwrap();
    assert_ne!(finding["restore_redundant"], true, "{finding}");
    let why = finding["no_claim"].as_str().unwrap_or_default();
    assert!(
        why.contains("has a relocation of type 11 on its displacement"),
        "{why}"
    );
    let found = findings_together("review102", &["call_field_pc_relative_control.o"]);
    let control = found.iter().find(|f| f["function"] == "victim").unwrap();
    assert_eq!(control["restore_redundant"], true, "{control}");
}

/// `tests/review107/` (blind reviews 107, 108): a hand-written callee
/// another input of the scan defines is read as the caller's own functions
/// are (also where a weak or COMDAT definition of the caller's own loses to
/// it at link time), and one whose code does not show the convention makes
/// the claims across the call unprovable, saying where; a compiled one
/// (its `.comment` names clang) does only where its code surely breaks it.
/// A plain return is the control.
#[test]
fn callees_in_other_inputs_that_break_the_convention_refuse_claims() {
    for (inputs, breaks) in [
        (
            ["victim.o", "callee_ret_imm.o"],
            "leaves other than by a plain return at +0x0 (ret $8)",
        ),
        (
            ["victim.o", "callee_pushes_twice.o"],
            "returns with %rsp -8 bytes",
        ),
        (
            ["victim.o", "callee_jumps_back_lower.o"],
            "has control flow rspill cannot follow",
        ),
        (
            ["victim.o", "callee_clears_rbx.o"],
            "returns without %rbx provably as it came",
        ),
        (["weak_helper_victim.o", "callee_ret_imm.o"], "(ret $8)"),
        (["comdat_ret_imm.o", "comdat_helper_victim.o"], "(ret $8)"),
        (
            ["victim.o", "callee_ret_imm_compiled.o"],
            "returns with `ret $8`",
        ),
        (
            ["victim.o", "callee_clears_rbx_compiled.o"],
            "leaves with %rbx holding a value of its own",
        ),
        (
            ["victim.o", "callee_notype_ret_imm_compiled.o"],
            "not to the start of a function rspill can read",
        ),
    ] {
        let found = findings_together("review107", &inputs);
        let finding = found.iter().find(|f| f["function"] == "victim").unwrap();
        assert_ne!(finding["restore_redundant"], true, "{inputs:?}: {finding}");
        let why = finding["no_claim"].as_str().unwrap_or_default();
        assert!(
            why.contains("another input of this scan") && why.contains(breaks),
            "{inputs:?}: {why}"
        );
    }
    let found = findings_together("review107", &["victim.o", "callee_plain_ret.o"]);
    let control = found.iter().find(|f| f["function"] == "victim").unwrap();
    assert_eq!(control["restore_redundant"], true, "{control}");
}

/// `tests/review111/` (blind review 111): a boot-time patch that writes a
/// function's bytes from a site outside its own reading: another input's
/// `.altinstructions` or `.cfi_sites` entry at its entry, an
/// `.altinstructions` site (or a static call tail site) at the previous
/// function's end whose length reaches into it. Each refuses the claim,
/// saying which patch; a site that ends where the function starts does not.
#[test]
fn patches_that_write_a_function_from_outside_it_refuse_its_claims() {
    for (inputs, because) in [
        (
            &["victim.o", "alt_at_entry_elsewhere.o"][..],
            "alt_at_entry_elsewhere.o: .altinstructions+0x0 refers to victim: the kernel patches victim+0x0 at boot",
        ),
        (
            &["cfi_victim.o", "cfi_site_elsewhere.o"][..],
            "cfi_site_elsewhere.o: .cfi_sites+0x0 refers to victim: the kernel patches victim+0x0 at boot",
        ),
        (
            &["alt_runs_into_next.o"][..],
            "the kernel's patch of the .altinstructions site at -0x1 (before the function) may write 5 bytes",
        ),
        (
            &["prev_victim.o", "alt_runs_into_next_elsewhere.o"][..],
            "refers to prev+0x2: the kernel patches victim-0x1 at boot",
        ),
        (
            &["static_call_runs_into_next.o"][..],
            "the kernel's patch of the .static_call_sites site at -0x1 (before the function) may write 5 bytes",
        ),
        // Conservative: the entry's length is not read across inputs.
        (
            &["prev_victim.o", "alt_in_other_function_elsewhere.o"][..],
            "refers to prev: the kernel patches victim-0x3 at boot",
        ),
    ] {
        let found = findings_together("review111", inputs);
        let finding = found.iter().find(|f| f["function"] == "victim").unwrap();
        assert_ne!(finding["restore_redundant"], true, "{inputs:?}: {finding}");
        let why = finding["no_claim"].as_str().unwrap_or_default();
        assert!(why.contains(because), "{inputs:?}: {why}");
    }
    for inputs in [
        &["alt_ends_at_next.o"][..],
        &["victim.o"][..],
        &["prev_victim.o"][..],
    ] {
        let found = findings_together("review111", inputs);
        let control = found.iter().find(|f| f["function"] == "victim").unwrap();
        assert_eq!(control["restore_redundant"], true, "{inputs:?}: {control}");
    }
}

/// `tests/review115/` (blind review 115): boot-time patches that write past
/// their section's edges into what the link places beside it (the next
/// function section, the next object), and a `.return_sites` entry that
/// writes 5 bytes at a 1-byte `ret` before the next function. Each claim
/// is refused, saying which patch; a site whose write stays in its section
/// does not refuse, nor does an input scanned without the one that spills.
#[test]
fn patches_that_write_past_their_section_refuse_the_claims_at_its_edges() {
    for (inputs, function, because) in [
        (
            &["sc_sect.o"][..],
            "B",
            "the .static_call_sites site at .text.A+0x1 may write 4 bytes past the end of the section",
        ),
        (
            &["alt_sect.o"][..],
            "B",
            "the .altinstructions site at .text.A+0x1 may write 4 bytes past the end of the section",
        ),
        (
            &["cfi_sect.o"][..],
            "B",
            "the .cfi_sites site at .text.A+0x2 may write 11 bytes past the end of the section",
        ),
        (
            &["kcfi_sect.o"][..],
            "A",
            "the .retpoline_sites site at .text.B+0x0 may write 14 bytes before the start of the section",
        ),
        (
            &["retsite.o"][..],
            "B",
            "the .return_sites site at -0x1 (before the function) may write 5 bytes",
        ),
        (
            &["xo_X.o", "xo_Y2.o"][..],
            "B",
            "xo_X.o: the kernel's patch of the __jump_table site at .text+0x7b may write 4 bytes past the end",
        ),
        (
            &["xo_Y.o"][..],
            "B",
            "the nops at its section's start are this function's",
        ),
    ] {
        let found = findings_together("review115", inputs);
        let finding = found.iter().find(|f| f["function"] == function).unwrap();
        assert_ne!(finding["restore_redundant"], true, "{inputs:?}: {finding}");
        let why = finding["no_claim"].as_str().unwrap_or_default();
        assert!(why.contains(because), "{inputs:?}: {why}");
    }
    for inputs in [&["static_call_ends_in_section.o"][..], &["xo_Y2.o"][..]] {
        let found = findings_together("review115", inputs);
        let control = found.iter().find(|f| f["function"] == "B").unwrap();
        assert_eq!(control["restore_redundant"], true, "{inputs:?}: {control}");
    }
}

/// `tests/review116/` (blind review 116): a static call or retpoline site
/// whose instruction is a 6-byte conditional jump reaching the next
/// function, an `__ex_table` entry the replacement of an alternative
/// matches, and jumps into an alternative site's bytes. No claim (neither
/// `restore_redundant` nor `rsp_delta`) is made; each says why, or (the
/// fixup) the restore is no longer provable.
#[test]
fn patches_and_entries_inside_alternative_bytes_refuse_claims() {
    for (object, because) in [
        (
            "sc_jcc6.o",
            "the .static_call_sites site at -0x5 (before the function) may write 6 bytes",
        ),
        (
            "retpo_jcc6.o",
            "the .retpoline_sites site at -0x5 (before the function) may write 6 bytes",
        ),
        (
            "alt_optnops_inner.o",
            "is reached inside the .altinstructions site at +0x7",
        ),
        (
            "alt_optnops.o",
            "is reached inside the .altinstructions site at +0x9",
        ),
        (
            "alt_midsite.o",
            "is reached inside the .altinstructions site at +0x9",
        ),
        ("ex_altrepl.o", ""),
    ] {
        let found = findings_together("review116", &[object]);
        let finding = found.iter().find(|f| f["function"] == "victim").unwrap();
        assert_ne!(finding["restore_redundant"], true, "{object}: {finding}");
        assert!(finding["rsp_delta"].is_null(), "{object}: {finding}");
        let why = finding["no_claim"].as_str().unwrap_or_default();
        assert!(why.contains(because), "{object}: {why}");
    }
    let fixup = findings_together("review116", &["ex_altrepl.o"]);
    assert_eq!(fixup[0]["kind"], "rsp-unknown-restore", "{}", fixup[0]);
}

/// `tests/review119/` (blind review 119): a replacement's jump into its
/// own NOP run (merged by `optimize_nops`), static calls retargeted by
/// `static_call_update()`, and a callee in another input that a third
/// input's `.altinstructions` or `__jump_table` entry rewrites. Each
/// claim is refused, saying why; the caller with the callee alone keeps
/// its claim.
#[test]
fn mechanisms_combined_refuse_claims() {
    for (inputs, because) in [
        (
            &["optnops_repl.o"][..],
            "jumps into a run of NOPs, which the kernel merges into one",
        ),
        (
            &["sc_tramp.o"][..],
            "bad returns without %rbx provably as it came",
        ),
        (
            &["sc_tramp_hw.o"][..],
            "bad returns without %rbx provably as it came",
        ),
        (
            &["sc_same.o"][..],
            "bad returns without %rbx provably as it came",
        ),
        (
            &["sc_same_hw.o"][..],
            "bad returns without %rbx provably as it came",
        ),
        (
            &["calt_a.o", "third_bh.o", "third_c.o"][..],
            "third_c.o: .altinstructions+0x0 refers to helper",
        ),
        (
            &["calt_a.o", "third_b.o", "third_c.o"][..],
            "third_c.o: .altinstructions+0x0 refers to helper: the kernel patches helper+0x0 at boot",
        ),
        (
            &["calt_a.o", "third_jt_bh.o", "third_jt_c.o"][..],
            "third_jt_c.o: __jump_table+0x0 refers to",
        ),
        (
            &["calt_a.o", "third_jt_b.o", "third_jt_c.o"][..],
            "third_jt_c.o: __jump_table+0x0 refers to helper: the kernel patches helper+0x0 at boot",
        ),
    ] {
        let found = findings_together("review119", inputs);
        let finding = found.iter().find(|f| f["function"] == "victim").unwrap();
        assert_ne!(finding["restore_redundant"], true, "{inputs:?}: {finding}");
        let why = finding["no_claim"].as_str().unwrap_or_default();
        assert!(why.contains(because), "{inputs:?}: {why}");
    }
    let found = findings_together("review119", &["calt_a.o", "third_b.o"]);
    let control = found.iter().find(|f| f["function"] == "victim").unwrap();
    assert_eq!(control["restore_redundant"], true, "{control}");
}

/// `tests/review120/` (blind review 120): an object that sets a static
/// call (`__static_call_update`) to a function of its own, reached through
/// a tail jump to the trampoline or through its own trampoline: the claim
/// across the call is refused, naming the function it may reach.
#[test]
fn static_calls_the_object_updates_reach_its_address_taken_functions() {
    for object in ["tail_static_call.o", "trampoline_update.o"] {
        let found = findings_together("review120", &[object]);
        let finding = found.iter().find(|f| f["function"] == "victim").unwrap();
        assert_ne!(finding["restore_redundant"], true, "{object}: {finding}");
        let why = finding["no_claim"].as_str().unwrap_or_default();
        assert!(
            why.contains("bad returns without %rbx provably as it came"),
            "{object}: {why}"
        );
    }
}

/// `tests/review120/chain_*` (blind review 120): a callee in another input
/// (`helper`, compiled) keeps the convention only as long as what it calls
/// does, and a fourth input's `.altinstructions` rewrites that (`helper2`
/// becomes `xor %ebx,%ebx`): while any input's table patches another's
/// code, a callee elsewhere that calls on is not believed. Without the
/// patch the claim stands.
#[test]
fn callees_elsewhere_that_call_on_are_not_believed_while_inputs_patch_each_other() {
    for inputs in [
        &["chain_a.o", "chain_b.o", "chain_c.o", "chain_d.o"][..],
        &["chain_a.o", "chain_tail_b.o", "chain_c.o", "chain_d.o"][..],
        &["chain_a.o", "chain_b_both.o", "chain_d.o"][..],
    ] {
        let found = findings_together("review120", inputs);
        refused(
            &found,
            "victim",
            &inputs,
            "helper calls on, and chains of calls across inputs are not followed",
        );
        refused(
            &found,
            "victim",
            &inputs,
            "chain_d.o: .altinstructions+0x0 refers to helper2",
        );
    }
    for inputs in [
        &["chain_a.o", "chain_b.o", "chain_c.o"][..],
        &["chain_a.o", "chain_b_both.o"][..],
    ] {
        claimed(&findings_together("review120", inputs), "victim", &inputs);
    }
}

/// `tests/review121/` (blind review 121): the call-depth thunk the kernel
/// writes into the `nop`s before a called function, over a compiled
/// callee in another input; a kCFI-checked indirect call that FineIBT
/// sends 16 bytes before a target with no `.cfi_sites` preamble. Each
/// control (no `nop`s before `h`; the preamble there) keeps its claim.
#[test]
fn bytes_the_kernel_writes_from_a_call_or_its_check_refuse_claims() {
    let callthunk = ["callthunk_g.o", "callthunk_h.o", "callthunk_caller.o"];
    refused(
        &findings_together("review121", &callthunk),
        "g",
        &callthunk,
        "hm1: the kernel's call-depth accounting may write its call thunk over the run of nops at -0x8",
    );
    refused(
        &findings_together("review121", &["fineibt.o"]),
        "v",
        &"fineibt.o",
        "FineIBT rewrites to enter 16 bytes before the function called, and t has no .cfi_sites preamble there",
    );
    let control = ["callthunk_g.o", "callthunk_h_ret.o", "callthunk_caller.o"];
    claimed(&findings_together("review121", &control), "g", &control);
    claimed(
        &findings_together("review121", &["fineibt_preamble.o"]),
        "v",
        &"fineibt_preamble.o",
    );
}

/// `tests/review122/` (blind review 122): the call-depth thunk the kernel
/// writes before a place inside a function that a call reaches (from
/// `.call_sites`, an `.altinstructions` site, a static call), over the
/// first byte of a compiled callee in another input. Without the call
/// there, the claim stands.
#[test]
fn the_call_thunk_before_a_place_inside_a_callee_refuses_claims() {
    for caller in [
        "thunk_call_site.o",
        "thunk_alt_call.o",
        "thunk_static_call.o",
    ] {
        let inputs = ["thunk_g.o", "thunk_h.o", caller];
        refused(
            &findings_together("review122", &inputs),
            "g",
            &inputs,
            "hm1: the kernel's call-depth accounting may write its call thunk over the run of nops at -0x8",
        );
    }
    // Whatever calls hm1+1: the nops before it (review 124's assembler-
    // resolved call and computed static call need no call in the scan).
    let alone = ["thunk_g.o", "thunk_h.o"];
    refused(
        &findings_together("review122", &alone),
        "g",
        &alone,
        "hm1: the kernel's call-depth accounting may write its call thunk over the run of nops at -0x8",
    );
    // 8 nops before hm1+1: shorter than any thunk.
    let control = ["thunk_g.o", "thunk_h_short.o"];
    claimed(&findings_together("review122", &control), "g", &control);
}

/// `tests/review122/fineibt_*` (blind review 122): a kCFI-checked indirect
/// call to another input's function without a `.cfi_sites` preamble, which
/// FineIBT enters 16 bytes early. With the preamble, or with the target
/// outside the scan, the claim stands.
#[test]
fn fineibt_calls_to_other_inputs_functions_without_a_preamble_are_not_believed() {
    let inputs = ["fineibt_caller.o", "fineibt_target.o"];
    refused(
        &findings_together("review122", &inputs),
        "v",
        &inputs,
        "t (another input of this scan, whose address the object takes) has no .cfi_sites preamble there",
    );
    for control in [
        &["fineibt_caller.o", "fineibt_target_preamble.o"][..],
        &["fineibt_caller.o"][..],
    ] {
        claimed(&findings_together("review122", control), "v", &control);
    }
}

/// `tests/review124/` (blind review 124): the call-depth thunk before
/// `hm1+1`, called by an assembler-resolved `.call_sites` call or through a
/// static call set to a computed address: the rule reads the nops it may
/// be written over, not the places calls go.
#[test]
fn the_call_thunk_is_refused_wherever_the_call_comes_from() {
    for inputs in [
        &["review122/thunk_g.o", "review124/resolved_call.o"][..],
        &[
            "review122/thunk_g.o",
            "review122/thunk_h.o",
            "review124/computed_static_call.o",
        ][..],
    ] {
        refused(
            &findings_together(".", inputs),
            "g",
            &inputs,
            "hm1: the kernel's call-depth accounting may write its call thunk over the run of nops at -0x8",
        );
    }
}

/// `tests/review125/` (blind review 125): an ftrace site past a function's
/// entry, where the graph tracer rewrites the word at %rsp; a 6-byte `cs
/// call` the call-depth rewrite replaces with a 5-byte one, listed in
/// `.call_sites` or at an `.altinstructions` site. The ftrace site at the
/// entry keeps its claim.
#[test]
fn kernel_writes_the_decode_reads_as_they_were_refuse_claims() {
    for (inputs, function, because) in [
        (
            &["ftrace_inside.o"][..],
            "victim",
            "+0x1: an ftrace site after the function's entry",
        ),
        (
            &["cs_call.o", "cs_call_callee.o"][..],
            "g",
            "+0x4: a .call_sites call that is not a plain 5-byte call",
        ),
        (
            &["cs_call_alt.o", "cs_call_callee.o"][..],
            "g2",
            "+0x4: an .altinstructions site's call of 6 bytes",
        ),
    ] {
        refused(
            &findings_together("review125", inputs),
            function,
            &inputs,
            because,
        );
    }
    claimed(
        &findings_together("review125", &["ftrace_entry.o"]),
        "victim",
        &"ftrace_entry.o",
    );
}

/// `tests/review126/` (blind review 126): bytes the kernel rewrites other
/// than as they decode: `49 90` in an alternative (a nop to
/// `optimize_nops`), a `.return_sites` `ret` followed by a static call
/// trampoline's `ud1`, a prefixed jump in a replacement. `66 90` keeps its
/// claim.
#[test]
fn bytes_the_kernel_reads_otherwise_refuse_claims() {
    for (object, because) in [
        (
            "rex_xchg.o",
            "an xchg the kernel's optimize_nops takes for a nop",
        ),
        (
            "return_site_ud1.o",
            "a .return_sites site the kernel takes for a static call's trampoline",
        ),
        (
            "cs_jmp_replacement.o",
            "a replacement's jump or call with a prefix",
        ),
    ] {
        refused(
            &findings_together("review126", &[object]),
            "victim",
            &object,
            because,
        );
    }
    claimed(
        &findings_together("review126", &["nop_66.o"]),
        "victim",
        &"nop_66.o",
    );
}

/// `tests/review127/` (blind review 127): more than 4 distinct prefixes at
/// an alternative's site or in its replacement, where the kernel's decoder
/// parts from the CPU's before `optimize_nops`. Four keep the claim.
#[test]
fn prefixes_the_kernels_decoder_reads_otherwise_refuse_claims() {
    for object in ["five_prefixes.o", "five_prefixes_replacement.o"] {
        refused(
            &findings_together("review127", &[object]),
            "victim",
            &object,
            "an instruction with more than 4 distinct prefixes",
        );
    }
    claimed(
        &findings_together("review127", &["four_prefixes.o"]),
        "victim",
        &"four_prefixes.o",
    );
}

/// `tests/review128/` (blind review 128): the kernel resumes after an
/// `int3` whose #BP a handler takes (`int3_selftest` on every boot, kgdb,
/// kprobes), so the path goes on past it, and past a call to a function
/// whose code ends in one; the handler's use of the stack is not modelled.
#[test]
fn an_int3_is_resumed_after() {
    for object in ["int3_on_path.o", "int3_selftest.o", "int3_callee.o"] {
        unprovable(
            &findings_together("review128", &[object]),
            "victim",
            &object,
        );
    }
    claimed(
        &findings_together("review128", &["no_int3.o"]),
        "victim",
        &"no_int3.o",
    );
}

/// `tests/review131/` (blind review 131): a far call pushes CS with the
/// return address, and a conventional callee's near `ret` leaves it: no
/// claim across one. A near call through the same pointer keeps the claim.
#[test]
fn a_far_call_is_not_modelled() {
    for inputs in [
        &["far_call.o"][..],
        &["far_call_elsewhere.o", "far_callee.o"],
    ] {
        unprovable(&findings_together("review131", inputs), "victim", &inputs);
    }
    claimed(
        &findings_together("review131", &["near_call.o"]),
        "victim",
        &"near_call.o",
    );
}

/// `tests/review136/` (blind review 136): a uniprocessor boot writes 0x3e
/// over a listed `.smp_locks` byte that is 0xf0 after alternatives are
/// applied, a replacement's byte too. The control's replacement holds
/// another byte there.
#[test]
fn a_lock_byte_a_replacement_supplies_refuses_claims() {
    refused(
        &findings_together("review136", &["lock_in_replacement.o"]),
        "victim",
        &"lock_in_replacement.o",
        "inside an alternative's or a static key's site",
    );
    claimed(
        &findings_together("review136", &["lock_outside_the_site.o"]),
        "victim",
        &"lock_outside_the_site.o",
    );
}

/// `tests/review141/` (blind review 141): an `int3` in a replacement runs
/// on; a trap resumed as a function's last instruction falls past its end;
/// a `.smp_locks` entry inside an alternative's or a static key's site,
/// where the kernel writes its own bytes first.
#[test]
fn traps_in_replacements_and_lock_bytes_in_patched_sites_refuse_claims() {
    unprovable(
        &findings_together("review141", &["int3_in_replacement.o"]),
        "f",
        &"int3_in_replacement.o",
    );
    claimed(
        &findings_together("review141", &["no_int3_in_replacement.o"]),
        "f",
        &"no_int3_in_replacement.o",
    );
    unprovable(
        &findings_together("review141", &["callee_ends_in_int3.o"]),
        "f",
        &"callee_ends_in_int3.o",
    );
    for object in [
        "lock_under_shortened_jump.o",
        "lock_under_padding_jump.o",
        "lock_in_static_key_site.o",
    ] {
        refused(
            &findings_together("review141", &[object]),
            "f",
            &object,
            "inside an alternative's or a static key's site",
        );
    }
}

/// `tests/review142/` (blind review 142): a callee's last site replaced by
/// an `int3`, after which the kernel resumes into the bytes past the
/// callee. Replaced by a `ret`, the claim stands.
#[test]
fn a_replacement_trap_ending_a_callee_falls_past_it() {
    unprovable(
        &findings_together("review142", &["callee_last_site_int3.o"]),
        "f",
        &"callee_last_site_int3.o",
    );
    claimed(
        &findings_together("review142", &["callee_last_site_ret.o"]),
        "f",
        &"callee_last_site_ret.o",
    );
}
