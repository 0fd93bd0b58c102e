//! References between the inputs of one scan (`tests/across_inputs/`, truth
//! in its README): a place inside a function that another object of the
//! scan names (`jmp f+0xf`, `.quad f+0xf`, a label plus an addend), computes
//! from f's address, or an indirect call that may reach a function only
//! another object takes the address of, takes the claim away; addresses
//! only called through or handed on leave it.

mod common;

use std::path::PathBuf;

fn case(name: &str) -> PathBuf {
    common::repo().join("tests/across_inputs").join(name)
}

/// `(function, restore_redundant, no_claim)` of every finding of one scan of
/// `inputs` (files named in `tests/across_inputs/`), in the scan's order.
fn claims(inputs: &[&str]) -> Vec<(String, bool, String)> {
    claims_with(inputs, false)
}

/// `claims`, where an input may be malformed (exit status 2) when
/// `malformed`.
fn claims_with(inputs: &[&str], malformed: bool) -> Vec<(String, bool, String)> {
    let out = common::rspill()
        .args(["scan", "--no-source", "--format", "json"])
        .args(inputs.iter().map(|i| case(i)))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code() == Some(2),
        malformed,
        "{inputs:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    common::findings(&common::json_records(&out))
        .into_iter()
        .map(|f| {
            (
                f["function"].as_str().unwrap().to_string(),
                f["restore_redundant"] == true,
                f["no_claim"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn claim_of<'a>(found: &'a [(String, bool, String)], function: &str) -> &'a (String, bool, String) {
    found
        .iter()
        .find(|f| f.0 == function)
        .unwrap_or_else(|| panic!("no finding in {function}: {found:?}"))
}

const DEFINED: [&str; 4] = ["jumped_into", "pointed_into", "labelled", "untouched"];

#[test]
fn alone_each_restore_is_claimed() {
    // What this object alone shows (the premise of every case below).
    let alone = claims(&["defines.o"]);
    for function in DEFINED {
        assert!(claim_of(&alone, function).1, "{function}: {alone:?}");
    }
    assert!(claim_of(&claims(&["indirect.o"]), "calls_through").1);
}

#[test]
fn a_place_another_input_names_inside_a_function_takes_its_claim_away() {
    // Two objects named, and the same two as members of one archive.
    for inputs in [&["defines.o", "refers.o"][..], &["both.a"][..]] {
        let found = claims(inputs);
        for (function, named) in [
            ("jumped_into", "refers to jumped_into+0xf"),
            ("pointed_into", "refers to pointed_into+0xf"),
            ("labelled", "refers to at_start+0xf"),
        ] {
            let (_, redundant, why) = claim_of(&found, function);
            assert!(!redundant, "{inputs:?} {function}: claimed");
            assert!(
                why.contains("+0xf is reached from outside its code")
                    && why.contains(named)
                    && why.contains("another input of this scan"),
                "{inputs:?} {function}: {why}"
            );
        }
        // Nothing names a place inside it.
        assert!(claim_of(&found, "untouched").1, "{inputs:?}: {found:?}");
    }
}

#[test]
fn a_place_another_input_computes_from_a_functions_address_takes_every_claim_away() {
    for other in [
        "computes.o",
        "hands_on.o",
        "computes_untyped.o",
        "through_vector.o",
    ] {
        let found = claims(&["defines.o", other]);
        for function in DEFINED {
            let (_, redundant, why) = claim_of(&found, function);
            assert!(!redundant, "{other} {function}: claimed");
            assert!(
                why.contains(&format!(
                    "{}, another input of this scan, takes the address of untouched: ",
                    case(other).display()
                )) && why.contains("may lead anywhere in the object"),
                "{other} {function}: {why}"
            );
        }
    }
}

#[test]
fn a_weak_definitions_reference_is_one_to_the_strong_definition_too() {
    // weak_refers.o's `jmp jumped_into+0xf` is relocated against its own
    // weak jumped_into; the link binds it to defines.o's strong one.
    let found = claims(&["defines.o", "weak_refers.o"]);
    let (_, redundant, why) = claim_of(&found, "jumped_into");
    assert!(
        !redundant && why.contains("refers to jumped_into+0xf"),
        "{why}"
    );
    for function in ["pointed_into", "labelled", "untouched"] {
        assert!(claim_of(&found, function).1, "{function}: {found:?}");
    }
}

#[test]
fn a_comdat_groups_reference_is_one_to_the_kept_group_too() {
    assert!(claim_of(&claims(&["comdat_defines.o"]), "grouped").1);
    let found = claims(&["comdat_defines.o", "comdat_refers.o"]);
    let (_, redundant, why) = claim_of(&found, "grouped");
    assert!(!redundant && why.contains("refers to grouped+0xf"), "{why}");
}

#[test]
fn relocations_rspill_does_not_read_take_the_claims_of_their_object_away() {
    // refers.o with its .rela.text's sh_link 0 (unlink_relocations.py):
    // ld.lld and objtool read it anyway.
    // Within one object: defines.o so changed.
    let alone = claims_with(&["defines_unread.o"], true);
    assert_eq!(alone.len(), 4, "{alone:?}");
    for (function, redundant, why) in &alone {
        assert!(
            !redundant
                && why.contains(".rela.text names section 0 for its symbols, not the symbol table"),
            "{function}: {why}"
        );
    }
    let found = claims_with(&["refers_unread.o", "defines.o"], true);
    assert_eq!(found.len(), 4, "{found:?}");
    for (function, redundant, why) in &found {
        assert!(
            !redundant
                && why.contains(&format!(
                    "{}: its relocations, which rspill does not read, may refer to",
                    case("refers_unread.o").display()
                )),
            "{function}: {why}"
        );
    }
}

#[test]
fn addresses_another_input_only_calls_through_or_hands_on_leave_the_claims() {
    let found = claims(&["defines.o", "holds.o"]);
    for function in DEFINED {
        let (_, redundant, why) = claim_of(&found, function);
        assert!(redundant, "{function}: {why}");
    }
}

#[test]
fn an_indirect_call_may_reach_a_function_another_input_takes_the_address_of() {
    // `.quad ret8`, and `.quad calls_through-0x10`, which is ret8 too.
    for pointer in ["pointer.o", "pointer_by_offset.o"] {
        let found = claims(&["indirect.o", pointer]);
        let (_, redundant, why) = claim_of(&found, "calls_through");
        assert!(!redundant, "{pointer}: claimed");
        assert!(
            why.contains("the indirect call at +0xb may reach a function of the object whose address is taken: ret8 leaves other than by a plain return"),
            "{pointer}: {why}"
        );
    }
}

#[test]
fn an_indirect_call_may_reach_code_no_function_symbol_starts() {
    // Within one object (a blind review's case from before the join).
    let found = claims(&["indirect_untyped.o"]);
    let (_, redundant, why) = claim_of(&found, "calls_through_untyped");
    assert!(!redundant, "claimed");
    assert!(
        why.contains("the object takes the address of code no function symbol starts (.text+0x0)"),
        "{why}"
    );
}

/// `rewrite --linked-with`: the proof sees the objects IN is linked with, as
/// a scan of them together does; without it, IN alone (the same NOPs as
/// `scan defines.o` claims).
#[test]
fn rewrite_sees_the_objects_it_is_linked_with() {
    let Some(tool) = common::require("Debian's objtool", common::DEBIAN_OBJTOOL) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let rewrite = |with: &[&str], out: &str| {
        let mut cmd = common::rspill();
        cmd.arg("rewrite").arg(case("defines.o")).arg("-o");
        cmd.arg(dir.path().join(out)).arg("--objtool").arg(&tool);
        for w in with {
            cmd.arg("--linked-with").arg(case(w));
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
    };
    let alone = rewrite(&[], "alone.o");
    assert_eq!(alone.matches(": rewritten: ").count(), 4, "{alone}");
    let linked = rewrite(&["refers.o"], "linked.o");
    assert!(
        linked.contains("rewritten: untouched+0x14")
            && linked.matches(": rewritten: ").count() == 1
            && linked.contains("refused: jumped_into+0x14")
            && linked.contains("refused: pointed_into+0x14")
            && linked.contains("refused: labelled+0x14"),
        "{linked}"
    );
    let computed = rewrite(&["computes.o"], "computed.o");
    assert_eq!(computed.matches(": rewritten: ").count(), 0, "{computed}");
    // An object it cannot read (LLVM bitcode is linked all the same): no
    // proof, nothing written.
    let bitcode = dir.path().join("bitcode.o");
    std::fs::write(&bitcode, [b'B', b'C', 0xc0, 0xde]).unwrap();
    let out = common::rspill()
        .arg("rewrite")
        .arg(case("defines.o"))
        .arg("-o")
        .arg(dir.path().join("refused.o"))
        .arg("--objtool")
        .arg(&tool)
        .arg("--linked-with")
        .arg(&bitcode)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("not an x86-64 relocatable ELF object") && err.contains("nothing written"),
        "{err}"
    );
    assert!(!dir.path().join("refused.o").exists());
}
