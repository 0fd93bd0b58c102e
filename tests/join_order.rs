//! A join of two paths, one listing a stack slot as holding a code address
//! and one whose unlisted slots may hold a computed value, says "computed"
//! whichever path the reading along paths meets first: objects built from
//! `tests/join_order/cases.S`, truth path by path in its README.

mod common;

/// `(restore_redundant, no_claim)` of `spilled`'s finding in `object`.
fn spilled(object: &str) -> (bool, Option<String>) {
    let found = common::findings_no_source(&common::repo().join("tests/join_order").join(object));
    let f = found
        .iter()
        .find(|f| f["function"] == "spilled")
        .unwrap_or_else(|| panic!("{object}: no finding in spilled: {found:?}"));
    (
        f["restore_redundant"] == true,
        f["no_claim"].as_str().map(str::to_string),
    )
}

fn refused_for_the_computed_branch(object: &str) {
    let (claimed, why) = spilled(object);
    assert!(!claimed, "{object}: spilled's restore claimed redundant");
    assert!(
        why.as_deref()
            .is_some_and(|w| w.contains("computed by arithmetic is branched through")
                && w.contains("joined_jump+0x27")),
        "{object}: {why:?}"
    );
}

#[test]
fn the_plain_path_first_in_address_order() {
    refused_for_the_computed_branch("plain_first.o");
}

#[test]
fn the_computed_path_first_in_address_order() {
    refused_for_the_computed_branch("computed_first.o");
}
