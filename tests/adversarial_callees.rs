//! Callees of the same object that break the calling convention
//! (`tests/adversarial_callees/`, truth in its README): a restore across a
//! call to one is never claimed, and says which callee and why; a callee whose
//! code keeps the convention keeps the claim.

mod common;

#[test]
fn no_claim_rests_on_a_local_callee_that_breaks_the_convention() {
    let object = common::repo().join("tests/adversarial_callees/callees.o");
    let breaking: &[(&str, u64, &str)] = &[
        ("c_ret8", 0x9, "k_ret8 leaves other than by a plain return"),
        ("c_rbx_lea", 0x9, "k_rbx_lea returns without %rbx"),
        ("c_outer", 0x9, "k_outer calls k_inner_zero"),
        ("c_tail", 0x9, "k_tail jumps to k_tail_target"),
        ("c_above", 0x12, "k_above writes the caller's stack"),
        // Blind review 19: calls whose meaning came from a name, not code.
        (
            "c_thunk_name",
            0x9,
            "__x86_indirect_thunk_rax leaves other than",
        ),
        (
            "c_unsymbolled",
            0x9,
            "goes to code no function symbol starts",
        ),
        ("c_noreturn", 0xf, "panic's code in this object may return"),
        (
            "c_ifunc",
            0x9,
            "not to the start of a function rspill can read",
        ),
    ];
    for &(function, offset, why) in breaking {
        let f = common::finding_at(&object, function, offset);
        let at = format!("{function}+{offset:#x}: {f}");
        assert_eq!(f["restore_redundant"], false, "{at}");
        assert!(f["rsp_delta"].is_null(), "{at}");
        assert!(f["assumed_rsp_delta"].is_null(), "{at}");
        let no_claim = f["no_claim"].as_str().unwrap_or_default();
        assert!(no_claim.contains(why), "{at}");
    }
    // A pointer into the callee's frame-to-be (`through_arg.S`, apart since
    // session 44): the callee may read there what earlier calls left before
    // writing it, and that makes the object entered anywhere.
    let through_arg = common::repo().join("tests/adversarial_callees/through_arg.o");
    let f = common::finding_at(&through_arg, "c_through_arg", 0xe);
    assert_eq!(f["restore_redundant"], false, "{f}");
    assert!(f["rsp_delta"].is_null(), "{f}");
    assert!(
        f["no_claim"].as_str().is_some_and(
            |w| w.contains("an address below %rsp handed to a callee at c_through_arg+0x9")
        ),
        "{f}"
    );
    // Callees that read their own return address (`retaddr.S`): the
    // object is entered anywhere, and that is the reason given.
    let retaddr = common::repo().join("tests/adversarial_callees/retaddr.o");
    for function in ["c_drop_word", "c_call_back"] {
        let f = common::finding_at(&retaddr, function, 0x9);
        assert_eq!(f["restore_redundant"], false, "{f}");
        assert!(f["rsp_delta"].is_null(), "{f}");
        assert!(
            f["no_claim"]
                .as_str()
                .is_some_and(|w| w.contains("the return address read at k_drop_word+0x0")),
            "{f}"
        );
    }
    let thunk = common::repo().join("tests/adversarial_callees/thunk.o");
    let f = common::finding_at(&thunk, "c_thunked", 0x9);
    assert!(
        f["rsp_delta"].is_null() && f["restore_redundant"] == false,
        "{f}"
    );
    assert!(
        f["no_claim"]
            .as_str()
            .is_some_and(|w| w.contains("jumps to __x86_return_thunk")),
        "{f}"
    );
    // Unclaimed for its own reasons already; must stay so.
    let f = common::finding_at(&object, "c_through_rbx", 0x17);
    assert!(
        f["rsp_delta"].is_null() && f["assumed_rsp_delta"].is_null(),
        "{f}"
    );
}

#[test]
fn a_callee_that_keeps_the_convention_keeps_the_claim() {
    let object = common::repo().join("tests/adversarial_callees/callees.o");
    let f = common::finding_at(&object, "c_leaf", 0x9);
    assert_eq!(f["restore_redundant"], true, "{f}");
    // Shown only under the in-bounds assumption: an assumed claim, with why
    // there is no proof.
    let f = common::finding_at(&object, "c_store_after_call", 0x9);
    assert_eq!(f["restore_redundant"], false, "{f}");
    assert_eq!(f["assumed_rsp_delta"], 0, "{f}");
    assert!(
        f["no_claim"]
            .as_str()
            .is_some_and(|w| w.contains("under the in-bounds assumption")),
        "{f}"
    );
}
