//! Blind reviews 63 to 66: a value computed from a code address reaching
//! a stack slot (or register) by a way the reading along paths did not
//! follow, then branched through into the middle of `spilled`. Objects built
//! from `tests/adversarial_review6{3,4,5,6}/*.S`, truth by execution in their
//! READMEs (`adversarial_review63/emulate.py`).
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
        let found = common::findings_no_source(object);
        let spilled = found
            .iter()
            .find(|f| f["function"] == "spilled")
            .unwrap_or_else(|| panic!("{object:?}: no finding in spilled: {found:?}"));
        assert_ne!(
            spilled["restore_redundant"], true,
            "{object:?}: spilled's restore claimed redundant"
        );
        let why = spilled["no_claim"].as_str().unwrap_or_default();
        assert!(
            why.contains("computed by arithmetic is branched through at jumper+"),
            "{object:?}: {why}"
        );
    }
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
