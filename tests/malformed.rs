//! Malformed objects generated at test time from real fixtures: corrupted ELF
//! header, section headers, symbol and relocation entries (sizes and counts that
//! overflow, indices out of range, relocations outside their section) and byte
//! flips. Every run must end with exit status 0, 1 or 2 (never a panic or an
//! abort) under a 2 GiB address-space limit, so that no allocation is sized by
//! an unchecked count; header corruptions must be reported naming the file.

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
    /// (offset, size, type, entsize) of each section's contents.
    sections: Vec<(usize, usize, u32, usize)>,
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

/// Every corrupted variant of `fixture`: (label, bytes).
fn variants(fixture: &[u8]) -> Vec<(String, Vec<u8>)> {
    let l = layout(fixture);
    let mut out = Vec::new();
    let mut with = |label: String, at: usize, value: &[u8]| {
        let mut b = fixture.to_vec();
        put(&mut b, at, value);
        out.push((label, b));
    };
    let huge64 = u64::MAX.to_le_bytes();
    let big64 = 0x7fff_ffff_ffff_0000u64.to_le_bytes();
    // ELF header: e_shoff, e_shentsize, e_shnum, e_shstrndx, e_phoff, e_phnum.
    with("e_shoff huge".into(), 0x28, &huge64);
    with(
        "e_shoff past end".into(),
        0x28,
        &(fixture.len() as u64 - 8).to_le_bytes(),
    );
    with("e_shentsize 1".into(), 0x3a, &1u16.to_le_bytes());
    with("e_shnum 0xffff".into(), 0x3c, &0xffffu16.to_le_bytes());
    with(
        "e_shstrndx out of range".into(),
        0x3e,
        &0xfff0u16.to_le_bytes(),
    );
    with("e_phoff huge".into(), 0x20, &huge64);
    with("e_phnum 0xffff".into(), 0x38, &0xffffu16.to_le_bytes());
    // Every section header: offset, size, link, info, entsize, type.
    for i in 1..l.shnum {
        let h = l.shoff + i * l.shentsize;
        with(format!("section {i} sh_offset huge"), h + 0x18, &big64);
        with(format!("section {i} sh_size huge"), h + 0x20, &huge64);
        with(
            format!("section {i} sh_size past end"),
            h + 0x20,
            &(fixture.len() as u64).to_le_bytes(),
        );
        with(
            format!("section {i} sh_link out of range"),
            h + 0x28,
            &0xffffu32.to_le_bytes(),
        );
        with(
            format!("section {i} sh_info out of range"),
            h + 0x2c,
            &0xffff_fff0u32.to_le_bytes(),
        );
        with(
            format!("section {i} sh_entsize 0"),
            h + 0x38,
            &0u64.to_le_bytes(),
        );
        with(
            format!("section {i} sh_entsize 3"),
            h + 0x38,
            &3u64.to_le_bytes(),
        );
        with(
            format!("section {i} becomes SHT_RELA"),
            h + 0x4,
            &elf::SHT_RELA.0.to_le_bytes(),
        );
        with(
            format!("section {i} becomes SHT_SYMTAB"),
            h + 0x4,
            &elf::SHT_SYMTAB.0.to_le_bytes(),
        );
    }
    // Symbol and relocation entries.
    for (i, &(off, size, ty, ent)) in l.sections.iter().enumerate() {
        let ent = ent.max(1);
        let n = (size / ent).min(40);
        if ty == elf::SHT_SYMTAB.0 {
            for k in 1..n {
                let s = off + k * ent;
                with(
                    format!("symtab {i} sym {k} st_shndx bad"),
                    s + 6,
                    &0xfff0u16.to_le_bytes(),
                );
                with(format!("symtab {i} sym {k} st_value huge"), s + 8, &huge64);
                with(format!("symtab {i} sym {k} st_size huge"), s + 16, &huge64);
                with(
                    format!("symtab {i} sym {k} st_name bad"),
                    s,
                    &0xffff_fff0u32.to_le_bytes(),
                );
            }
        }
        if ty == elf::SHT_RELA.0 {
            for k in 0..n {
                let r = off + k * ent;
                with(
                    format!("rela {i} entry {k} r_offset outside"),
                    r,
                    &0x7fff_fff0u64.to_le_bytes(),
                );
                with(
                    format!("rela {i} entry {k} symbol out of range"),
                    r + 12,
                    &0x00ff_ffffu32.to_le_bytes(),
                );
                with(
                    format!("rela {i} entry {k} addend extreme"),
                    r + 16,
                    &i64::MIN.to_le_bytes(),
                );
            }
        }
    }
    // Deterministic byte flips across the file.
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for k in 0..300 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let at = (x as usize) % fixture.len();
        let mut b = fixture.to_vec();
        b[at] ^= (x >> 32) as u8 | 1;
        out.push((format!("flip {k} at {at:#x}"), b));
    }
    out
}

fn check_fixture(rel: &str) -> usize {
    let fixture_path = repo().join(rel);
    let fixture = std::fs::read(&fixture_path).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad object.o");
    let mut n = 0;
    for (label, bytes) in variants(&fixture) {
        std::fs::write(&path, &bytes).unwrap();
        let (scan, err, diff) = run(&path, &fixture_path);
        assert!(
            matches!(scan, 0..=2),
            "{rel}: {label}: scan exit {scan}: {err}"
        );
        assert!(matches!(diff, 0..=2), "{rel}: {label}: diff exit {diff}");
        assert!(!err.contains("panicked"), "{rel}: {label}: {err}");
        if label.starts_with("e_sh") {
            assert_eq!(scan, 2, "{rel}: {label} must be an input error: {err}");
            assert!(
                err.contains("bad object.o: error: rspill: "),
                "{rel}: {label}: {err}"
            );
        }
        n += 1;
    }
    n
}

#[test]
fn corrupted_hand_written_object() {
    assert!(check_fixture("testdata/asm/spilled_loop.o") > 300);
}

#[test]
fn corrupted_clang_object_with_dwarf_and_relocations() {
    assert!(check_fixture("testdata/c/kmsan_spill_loop.o") > 500);
}
