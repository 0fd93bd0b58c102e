//! The readings of the ways in that only refuse claims are deferred until a
//! finding could be claimed (`scan_input`): objects built from
//! `tests/deferred_ways_in/cases.S`, truth path by path in its README.

mod common;

/// `(function, restore_redundant, no_claim)` of each finding of `object`.
fn findings(object: &str) -> Vec<(String, bool, Option<String>)> {
    let out = common::rspill()
        .args(["scan", "--no-source", "--format", "json"])
        .arg(common::repo().join("tests/deferred_ways_in").join(object))
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found: Vec<_> = common::findings(&common::json_records(&out))
        .into_iter()
        .map(|f| {
            (
                f["function"].as_str().unwrap().to_string(),
                f["restore_redundant"] == true,
                f["no_claim"].as_str().map(str::to_string),
            )
        })
        .collect();
    // What the first, partial reading says never reaches a report.
    for f in &found {
        assert!(
            !f.2.as_deref().unwrap_or("").contains("were not all read"),
            "{object}: {found:?}"
        );
    }
    found
}

fn of<'a>(
    found: &'a [(String, bool, Option<String>)],
    function: &str,
) -> &'a (String, bool, Option<String>) {
    found
        .iter()
        .find(|f| f.0 == function)
        .unwrap_or_else(|| panic!("no finding in {function}: {found:?}"))
}

#[test]
fn a_realignment_alone_needs_no_reason_for_a_claim_it_cannot_make() {
    let found = findings("realign_jump.o");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        of(&found, "realigned"),
        &("realigned".to_string(), false, None)
    );
}

#[test]
fn a_claim_beside_a_realignment_is_made_from_every_reading() {
    let found = findings("realign_spill.o");
    assert!(of(&found, "spilled").1, "{found:?}");
    assert_eq!(of(&found, "realigned").2, None, "{found:?}");
}

#[test]
fn a_claim_the_deferred_reading_refuses_is_refused() {
    let found = findings("realign_spill_jump.o");
    let spilled = of(&found, "spilled");
    assert!(!spilled.1, "{found:?}");
    assert!(
        spilled.2.as_deref().is_some_and(|why| why
            .contains("computed by arithmetic is branched through")
            && why.contains("computed_jump+0x18")),
        "{found:?}"
    );
    assert_eq!(of(&found, "realigned").2, None, "{found:?}");
}
