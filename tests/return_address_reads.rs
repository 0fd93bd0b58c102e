//! A read of a return address (or of a red zone) before a branch through a
//! computed value: the reading along paths must go on to the branch where
//! the read itself takes no claim away. Objects built from
//! `tests/return_address_reads/*.S`, the truth path by path in its README.
//! Both got a false "redundant" before.

mod common;

/// `spilled`'s restore in the first input of `inputs` (scanned together) is
/// not claimed, for the branch at `jumper+`.
fn spilled_not_claimed(inputs: &[&str]) {
    let dir = common::repo().join("tests/return_address_reads");
    let out = common::rspill()
        .args(["scan", "--no-source", "--format", "json"])
        .args(inputs.iter().map(|i| dir.join(i)))
        .output()
        .unwrap();
    let records = common::json_records(&out);
    let spilled = common::findings(&records)
        .into_iter()
        .find(|f| f["function"] == "spilled")
        .unwrap_or_else(|| panic!("{inputs:?}: no finding in spilled: {records:?}"))
        .clone();
    assert_ne!(
        spilled["restore_redundant"], true,
        "{inputs:?}: spilled's restore claimed redundant: {spilled}"
    );
    let why = spilled["no_claim"].as_str().unwrap_or_default();
    assert!(
        why.contains("computed by arithmetic is branched through at jumper+"),
        "{inputs:?}: {why}"
    );
}

/// A userland function's read of its red zone, then the branch.
#[test]
fn a_red_zone_read_hides_no_branch_after_it() {
    spilled_not_claimed(&["red_zone.o"]);
}

/// Another input reads its own return address, then branches through a
/// value computed from `spilled`'s address.
#[test]
fn another_inputs_return_address_read_hides_no_branch_after_it() {
    spilled_not_claimed(&["across_a.o", "across_b.o"]);
}
