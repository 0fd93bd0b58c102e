//! Malformed objects generated at test time from real fixtures: corrupted ELF
//! header, section headers, symbol and relocation entries (sizes and counts that
//! overflow, indices out of range, relocations outside their section) and byte
//! flips. Every run must end with exit status 0, 1 or 2 (never a panic or an
//! abort) under a 2 GiB address-space limit, so that no allocation is sized by
//! an unchecked count. Every corruption that leaves the tables inconsistent
//! must be reported as an error naming the file, exit status 2, by `scan` and
//! by `diff`; the others (an addend, a byte flip, a field the ELF specification
//! leaves free for that section type) describe another valid object.

mod common;
use common::*;
use object::read::elf::{FileHeader, SectionHeader};
use object::{Endianness, elf};
use std::path::Path;
use std::process::Command;

const LIMIT_KB: u64 = 2 * 1024 * 1024;

/// Run `rspill scan` (and `rspill diff` against the fixture) on `path` under the
/// memory limit; the exit statuses.
fn run(path: &Path, fixture: &Path) -> (i32, String, i32) {
    // The path is a positional parameter of the shell, never interpolated.
    let sh = |args: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(format!("ulimit -v {LIMIT_KB}; exec \"$0\" {args}"))
            .arg(env!("CARGO_BIN_EXE_rspill"))
            .arg(path)
            .arg(fixture)
            .output()
            .unwrap()
    };
    let scan = sh("scan --explain --format json \"$1\"");
    let diff = sh("diff --show \"$2\" \"$1\"");
    let err = String::from_utf8_lossy(&scan.stderr).into_owned();
    (
        scan.status.code().unwrap_or(-1),
        err,
        diff.status.code().unwrap_or(-1),
    )
}

struct Layout {
    shoff: usize,
    shnum: usize,
    shentsize: usize,
    /// (offset, size, type, entsize, flags) of each section.
    sections: Vec<(usize, usize, u32, usize, u64)>,
}

fn layout(bytes: &[u8]) -> Layout {
    let hdr = elf::FileHeader64::<Endianness>::parse(bytes).unwrap();
    let e = hdr.endian().unwrap();
    let shdrs = hdr.section_headers(e, bytes).unwrap();
    Layout {
        shoff: hdr.e_shoff(e) as usize,
        shnum: shdrs.len(),
        shentsize: hdr.e_shentsize(e) as usize,
        sections: shdrs
            .iter()
            .map(|s| {
                (
                    s.sh_offset(e) as usize,
                    s.sh_size(e) as usize,
                    s.sh_type(e).0,
                    s.sh_entsize(e) as usize,
                    s.sh_flags(e).0,
                )
            })
            .collect(),
    }
}

fn put(bytes: &mut [u8], at: usize, value: &[u8]) {
    if at + value.len() <= bytes.len() {
        bytes[at..at + value.len()].copy_from_slice(value);
    }
}

/// Section types whose entries rspill reads or checks as tables.
const TABLES: [u32; 6] = [
    elf::SHT_SYMTAB.0,
    elf::SHT_DYNSYM.0,
    elf::SHT_RELA.0,
    elf::SHT_REL.0,
    elf::SHT_SYMTAB_SHNDX.0,
    elf::SHT_GROUP.0,
];

/// One corrupted copy of a fixture.
struct Variant {
    label: String,
    bytes: Vec<u8>,
    /// The tables are inconsistent: an error naming the file, exit 2.
    must_fail: bool,
}

/// Every corrupted variant of `fixture`.
fn variants(fixture: &[u8]) -> Vec<Variant> {
    let l = layout(fixture);
    let mut out = Vec::new();
    let mut with = |label: String, must_fail: bool, edits: &[(usize, &[u8])]| {
        let mut bytes = fixture.to_vec();
        for (at, value) in edits {
            put(&mut bytes, *at, value);
        }
        out.push(Variant {
            label,
            bytes,
            must_fail,
        });
    };
    let huge64 = u64::MAX.to_le_bytes();
    let big64 = 0x7fff_ffff_ffff_0000u64.to_le_bytes();
    let past_end = (fixture.len() as u64 - 8).to_le_bytes();
    // ELF header: e_shoff, e_shentsize, e_shnum, e_shstrndx, e_phoff, e_phnum.
    with("e_shoff huge".into(), true, &[(0x28, &huge64)]);
    with("e_shoff past end".into(), true, &[(0x28, &past_end)]);
    with("e_shentsize 1".into(), true, &[(0x3a, &1u16.to_le_bytes())]);
    with(
        "e_shnum 0xffff".into(),
        true,
        &[(0x3c, &0xffffu16.to_le_bytes())],
    );
    with(
        "e_shstrndx out of range".into(),
        true,
        &[(0x3e, &0xfff0u16.to_le_bytes())],
    );
    // A relocatable object has no program headers (e_phnum 0), so e_phoff is
    // unused; e_phnum 0xffff is PN_XNUM, the count then being section 0's
    // sh_info, which is 0. Program headers that do exist must lie in the file.
    with("e_phoff huge".into(), false, &[(0x20, &huge64)]);
    with(
        "e_phnum 0xffff".into(),
        false,
        &[(0x38, &0xffffu16.to_le_bytes())],
    );
    with(
        "4 program headers past the end".into(),
        true,
        &[(0x20, &past_end), (0x38, &4u16.to_le_bytes())],
    );
    // Every section header: offset, size, link, info, entsize, type.
    for i in 1..l.shnum {
        let h = l.shoff + i * l.shentsize;
        let (_, _, ty, _, flags) = l.sections[i];
        let has_contents = ty != elf::SHT_NOBITS.0;
        let info_is_index = [
            elf::SHT_REL.0,
            elf::SHT_RELA.0,
            elf::SHT_SYMTAB.0,
            elf::SHT_DYNSYM.0,
            elf::SHT_GROUP.0,
        ]
        .contains(&ty)
            || flags & elf::SHF_INFO_LINK.0 != 0;
        let is_table = TABLES.contains(&ty);
        with(
            format!("section {i} sh_offset huge"),
            has_contents,
            &[(h + 0x18, &big64)],
        );
        with(
            format!("section {i} sh_size huge"),
            has_contents,
            &[(h + 0x20, &huge64)],
        );
        with(
            format!("section {i} sh_size past end"),
            has_contents,
            &[(h + 0x20, &(fixture.len() as u64).to_le_bytes())],
        );
        with(
            format!("section {i} sh_link out of range"),
            true,
            &[(h + 0x28, &0xffffu32.to_le_bytes())],
        );
        with(
            format!("section {i} sh_info out of range"),
            info_is_index,
            &[(h + 0x2c, &0xffff_fff0u32.to_le_bytes())],
        );
        with(
            format!("section {i} sh_entsize 0"),
            is_table,
            &[(h + 0x38, &0u64.to_le_bytes())],
        );
        with(
            format!("section {i} sh_entsize 3"),
            is_table,
            &[(h + 0x38, &3u64.to_le_bytes())],
        );
        with(
            format!("section {i} becomes SHT_RELA"),
            ty != elf::SHT_RELA.0,
            &[(h + 0x4, &elf::SHT_RELA.0.to_le_bytes())],
        );
        with(
            format!("section {i} becomes SHT_SYMTAB"),
            ty != elf::SHT_SYMTAB.0,
            &[(h + 0x4, &elf::SHT_SYMTAB.0.to_le_bytes())],
        );
    }
    // Symbol and relocation entries.
    for (i, &(off, size, ty, ent, _)) in l.sections.iter().enumerate() {
        let ent = ent.max(1);
        let n = (size / ent).min(40);
        if ty == elf::SHT_SYMTAB.0 {
            for k in 1..n {
                let s = off + k * ent;
                // Value and size are checked against the symbol's section.
                let shndx = u16::from_le_bytes([fixture[s + 6], fixture[s + 7]]);
                let in_section = shndx != 0 && shndx < elf::SHN_LORESERVE;
                with(
                    format!("symtab {i} sym {k} st_shndx bad"),
                    true,
                    &[(s + 6, &0xfff0u16.to_le_bytes())],
                );
                with(
                    format!("symtab {i} sym {k} st_value huge"),
                    in_section,
                    &[(s + 8, &huge64)],
                );
                with(
                    format!("symtab {i} sym {k} st_size huge"),
                    in_section,
                    &[(s + 16, &huge64)],
                );
                with(
                    format!("symtab {i} sym {k} st_name bad"),
                    true,
                    &[(s, &0xffff_fff0u32.to_le_bytes())],
                );
            }
        }
        if ty == elf::SHT_RELA.0 {
            for k in 0..n {
                let r = off + k * ent;
                with(
                    format!("rela {i} entry {k} r_offset outside"),
                    true,
                    &[(r, &0x7fff_fff0u64.to_le_bytes())],
                );
                with(
                    format!("rela {i} entry {k} symbol out of range"),
                    true,
                    &[(r + 12, &0x00ff_ffffu32.to_le_bytes())],
                );
                with(
                    format!("rela {i} entry {k} addend extreme"),
                    false,
                    &[(r + 16, &i64::MIN.to_le_bytes())],
                );
            }
        }
    }
    // Deterministic byte flips across the file: anything may come of them,
    // except a panic.
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for k in 0..300 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let at = (x as usize) % fixture.len();
        let mut bytes = fixture.to_vec();
        bytes[at] ^= (x >> 32) as u8 | 1;
        out.push(Variant {
            label: format!("flip {k} at {at:#x}"),
            bytes,
            must_fail: false,
        });
    }
    out
}

/// Run every variant; (variants, how many had to fail).
fn check_fixture(rel: &str) -> (usize, usize) {
    let fixture_path = repo().join(rel);
    let fixture = std::fs::read(&fixture_path).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad object.o");
    let (mut n, mut failing) = (0, 0);
    for v in variants(&fixture) {
        let label = &v.label;
        std::fs::write(&path, &v.bytes).unwrap();
        let (scan, err, diff) = run(&path, &fixture_path);
        assert!(
            matches!(scan, 0..=2),
            "{rel}: {label}: scan exit {scan}: {err}"
        );
        assert!(matches!(diff, 0..=2), "{rel}: {label}: diff exit {diff}");
        assert!(!err.contains("panicked"), "{rel}: {label}: {err}");
        if v.must_fail {
            assert_eq!(scan, 2, "{rel}: {label} must be an input error: {err}");
            assert_eq!(diff, 2, "{rel}: {label}: diff must refuse it too");
            assert!(
                err.contains("bad object.o: error: rspill: "),
                "{rel}: {label}: {err}"
            );
            failing += 1;
        }
        n += 1;
    }
    eprintln!("{rel}: {n} variants, {failing} with inconsistent tables (all refused)");
    (n, failing)
}

#[test]
fn corrupted_hand_written_object() {
    let (n, failing) = check_fixture("testdata/asm/spilled_loop.o");
    assert!(n > 300 && failing > 50, "{n} variants, {failing} failing");
}

#[test]
fn corrupted_clang_object_with_dwarf_and_relocations() {
    let (n, failing) = check_fixture("testdata/c/kmsan_spill_loop.o");
    assert!(n > 500 && failing > 300, "{n} variants, {failing} failing");
}

/// An SHT_REL table (addends in the patched bytes; x86-64 objects use RELA,
/// and no rspill reader takes addends from the bytes): its entries would be
/// read at the wrong places, so no finding of the object is claimed.
/// Session 36's build still claimed `extable_restore`'s restore redundant
/// with `.rela.altinstructions` turned into SHT_REL.
#[test]
fn sht_rel_tables_make_no_claim() {
    let Some(python) = require("python3", "/usr/bin/python3") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let object = dir.path().join("rewrite_special.o");
    std::fs::copy(repo().join("testdata/asm/rewrite_special.o"), &object).unwrap();
    let redundant = |records: &[serde_json::Value]| {
        findings(records)
            .iter()
            .filter(|f| f["restore_redundant"] == true)
            .count()
    };
    assert!(
        redundant(&scan_json(&object)) > 0,
        "the fixture has a claim to lose"
    );
    run_ok(
        Command::new(python)
            .arg(repo().join("testdata/diff_pairs/tools/elfedit.py"))
            .arg(&object)
            .args(["torel", ".rela.altinstructions"]),
    );
    let records = scan_json(&object);
    assert_eq!(redundant(&records), 0, "{records:#?}");
    for f in findings(&records) {
        let why = f["no_claim"].as_str().unwrap_or_default();
        assert!(why.contains("SHT_REL"), "{f:#}");
    }
}
