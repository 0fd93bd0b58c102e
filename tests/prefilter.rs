//! The %rsp pre-filter (`may_write_rsp`) over every opcode: each map's every
//! opcode byte with every ModRM byte that can name %rsp (or, for the legacy
//! maps, every ModRM byte), under the prefixes that change what an opcode is or
//! which register it names. Whatever iced-x86's instruction info says writes
//! %rsp must pass the filter; a function is only ruled out on its bytes when
//! none of its instructions does.

use iced_x86::{Decoder, DecoderOptions, Instruction, InstructionInfoFactory, OpAccess, Register};

/// Decode `bytes` (one instruction, padded) and check the filter on it.
/// Returns whether it decoded and whether it writes %rsp.
fn check(
    info: &mut InstructionInfoFactory,
    bytes: &[u8],
    ins: &mut Instruction,
    missed: &mut std::collections::BTreeSet<String>,
) -> (bool, bool) {
    let mut decoder = Decoder::new(64, bytes, DecoderOptions::NONE);
    decoder.decode_out(ins);
    if ins.is_invalid() {
        return (false, false);
    }
    let writes = info.info(ins).used_registers().iter().any(|u| {
        u.register().full_register() == Register::RSP
            && matches!(
                u.access(),
                OpAccess::Write
                    | OpAccess::CondWrite
                    | OpAccess::ReadWrite
                    | OpAccess::ReadCondWrite
            )
    });
    if writes && !rspill::analysis::scan::may_write_rsp(ins) {
        missed.insert(format!(
            "{:?}: {ins} from {:02x?}",
            ins.code(),
            &bytes[..ins.len()]
        ));
    }
    (true, writes)
}

/// ModRM bytes that name %rsp (reg = 4 or register rm = 4) and one memory form.
fn rsp_modrms() -> Vec<u8> {
    let mut out: Vec<u8> = (0..8).map(|rm| 0xe0 | rm).collect();
    out.extend((0..8).map(|reg| 0xc4 | (reg << 3)));
    out.push(0x04); // [sib]: a memory operand
    out
}

#[test]
fn every_legacy_opcode_and_modrm() {
    let mut info = InstructionInfoFactory::new();
    let mut ins = Instruction::default();
    // REX: none, empty (spl instead of ah), W; R and B would name r12, not rsp.
    let prefixes: [&[u8]; 12] = [
        &[],
        &[0x40],
        &[0x48],
        &[0x66],
        &[0x66, 0x48],
        &[0xf2],
        &[0xf2, 0x48],
        &[0xf3],
        &[0xf3, 0x48],
        &[0xf0],
        &[0xf0, 0x48],
        &[0x66, 0x40],
    ];
    let maps: [&[u8]; 4] = [&[], &[0x0f], &[0x0f, 0x38], &[0x0f, 0x3a]];
    let (mut decoded, mut writers) = (0u64, 0u64);
    let mut missed = std::collections::BTreeSet::new();
    let mut bytes = Vec::with_capacity(32);
    for prefix in prefixes {
        for map in maps {
            for op in 0..=255u8 {
                for modrm in 0..=255u8 {
                    bytes.clear();
                    bytes.extend_from_slice(prefix);
                    bytes.extend_from_slice(map);
                    bytes.push(op);
                    bytes.push(modrm);
                    bytes.extend_from_slice(&[0; 12]);
                    let (ok, w) = check(&mut info, &bytes, &mut ins, &mut missed);
                    decoded += ok as u64;
                    writers += w as u64;
                }
            }
        }
    }
    assert!(
        missed.is_empty(),
        "missed:\n{}",
        missed.into_iter().collect::<Vec<_>>().join("\n")
    );
    eprintln!("legacy maps: {decoded} instructions decoded, {writers} write %rsp");
    assert!(
        decoded > 1_000_000 && writers > 10_000,
        "{decoded} decoded, {writers} writers"
    );
}

#[test]
fn every_vex_evex_and_xop_opcode() {
    let mut info = InstructionInfoFactory::new();
    let mut ins = Instruction::default();
    let modrms = rsp_modrms();
    let (mut decoded, mut writers) = (0u64, 0u64);
    let mut missed = std::collections::BTreeSet::new();
    let mut bytes = Vec::with_capacity(32);
    // vvvv is stored inverted: 0b1011 names register 4 (%rsp), 0b1111 none.
    let vvvvs = [0b1011u8, 0b1111];
    for op in 0..=255u8 {
        for &modrm in &modrms {
            for &vvvv in &vvvvs {
                for pp in 0..4u8 {
                    for l in 0..2u8 {
                        // Two-byte VEX: R̄ vvvv L pp, map 0F.
                        bytes.clear();
                        bytes.extend_from_slice(&[
                            0xc5,
                            0x80 | (vvvv << 3) | (l << 2) | pp,
                            op,
                            modrm,
                        ]);
                        bytes.extend_from_slice(&[0; 12]);
                        let (ok, w) = check(&mut info, &bytes, &mut ins, &mut missed);
                        decoded += ok as u64;
                        writers += w as u64;
                        for w_bit in 0..2u8 {
                            let p2 = (w_bit << 7) | (vvvv << 3) | (l << 2) | pp;
                            // Three-byte VEX (maps 0F, 0F38, 0F3A) and XOP (8-10),
                            // R̄ X̄ B̄ set: no register extension.
                            for map in [1u8, 2, 3, 8, 9, 10] {
                                let lead = if map >= 8 { 0x8f } else { 0xc4 };
                                bytes.clear();
                                bytes.extend_from_slice(&[lead, 0xe0 | map, p2, op, modrm]);
                                bytes.extend_from_slice(&[0; 12]);
                                let (ok, w) = check(&mut info, &bytes, &mut ins, &mut missed);
                                decoded += ok as u64;
                                writers += w as u64;
                            }
                            // EVEX (maps 0F, 0F38, 0F3A, MAP5, MAP6): R X B R' set,
                            // V' set, no masking.
                            if l == 0 {
                                for map in [1u8, 2, 3, 5, 6] {
                                    let p1 = (w_bit << 7) | (vvvv << 3) | 0x04 | pp;
                                    bytes.clear();
                                    bytes.extend_from_slice(&[
                                        0x62,
                                        0xf0 | map,
                                        p1,
                                        0x08,
                                        op,
                                        modrm,
                                    ]);
                                    bytes.extend_from_slice(&[0; 12]);
                                    let (ok, w) = check(&mut info, &bytes, &mut ins, &mut missed);
                                    decoded += ok as u64;
                                    writers += w as u64;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(
        missed.is_empty(),
        "missed:\n{}",
        missed.into_iter().collect::<Vec<_>>().join("\n")
    );
    eprintln!("VEX, EVEX, XOP: {decoded} instructions decoded, {writers} write %rsp");
    assert!(
        decoded > 50_000 && writers > 100,
        "{decoded} decoded, {writers} writers"
    );
}
