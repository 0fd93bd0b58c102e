//! Code that changes a code address held in data in place
//! (`tests/code_held_in_data/`, truth path by path in its README): the
//! object is entered anywhere, and `spilled`'s restore is not claimed; reads,
//! whole constants and stores elsewhere leave the claim.

mod common;

/// `(restore_redundant, no_claim)` of `spilled`'s finding in `object`.
fn spilled(object: &str) -> (bool, String) {
    let path = common::repo().join("tests/code_held_in_data").join(object);
    let f = common::finding_at(&path, "spilled", 0x14);
    (
        f["restore_redundant"] == true,
        f["no_claim"].as_str().unwrap_or("").to_string(),
    )
}

#[test]
fn changing_a_held_code_address_in_place_takes_the_claim() {
    for (object, why) in [
        (
            "arith.o",
            "arithmetic in place on a code address held in data (.data+0x0) at g+0xd",
        ),
        (
            "part.o",
            "a store into part of a code address held in data (.data+0x0) at g+0xd",
        ),
        (
            "store.o",
            "a register stored over a code address held in data (.data+0x0;",
        ),
        (
            "absolute.o",
            "arithmetic in place on a code address held in data (.data+0x0) at g+0xd",
        ),
        (
            "indexed.o",
            "arithmetic in place on a code address held in data (.data+0x0) at g+0xf",
        ),
    ] {
        let (claimed, no_claim) = spilled(object);
        assert!(!claimed, "{object}");
        assert!(no_claim.contains(why), "{object}: {no_claim}");
    }
}

#[test]
fn reads_whole_constants_and_other_data_leave_the_claim() {
    assert_eq!(spilled("control.o"), (true, String::new()));
}
