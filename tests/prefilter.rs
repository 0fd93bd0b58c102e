//! The %rsp pre-filter (`may_write_rsp`) over every opcode: each map's every
//! opcode byte with every ModRM byte (legacy maps) or every ModRM byte that can
//! name %rsp (VEX, EVEX, XOP), under the prefixes that change what an opcode
//! is or which register it names. Whatever iced-x86's instruction info says
//! writes %rsp must pass the filter: a function is only ruled out on its bytes
//! when none of its instructions does. The same encodings check the second
//! filter, `may_report_rsp_write`, against what `step` tells.

use iced_x86::{Decoder, DecoderOptions, Instruction, InstructionInfoFactory, OpAccess, Register};
use rspill::analysis::stack::{Analyzer, Mode, RSP, State, Val, may_report_rsp_write};
use rspill::x86::decode::decode_raw;
use std::collections::BTreeSet;

/// Encodings tried so far: how many decoded, how many write %rsp, and the
/// writers the filter let through.
struct Tally {
    info: InstructionInfoFactory,
    ins: Instruction,
    decoded: u64,
    writers: u64,
    missed: BTreeSet<String>,
    /// The analysis, for the second filter: replays step only through blocks
    /// with an instruction `may_report_rsp_write` lets through.
    analyzers: [Analyzer; 2],
    states: [State; 2],
    reported: u64,
}

impl Tally {
    fn new() -> Tally {
        // The state at entry, and one where every other register holds a
        // constant (`add %rax,%rsp` is then a constant adjustment, still told).
        let mut constants = State::entry();
        for (r, v) in constants.regs.iter_mut().enumerate() {
            if r != RSP {
                *v = Val::Const(16);
            }
        }
        Tally {
            info: InstructionInfoFactory::new(),
            ins: Instruction::default(),
            decoded: 0,
            writers: 0,
            missed: BTreeSet::new(),
            analyzers: [Analyzer::new(Mode::Strict), Analyzer::new(Mode::InBounds)],
            states: [State::entry(), constants],
            reported: 0,
        }
    }

    /// `step` tells of a %rsp write only where `may_report_rsp_write` says it
    /// may (the replay of the writes skips the rest).
    fn check_reports(&mut self, bytes: &[u8]) {
        let Some(insn) = decode_raw(bytes).into_iter().next() else {
            return;
        };
        let may = may_report_rsp_write(&insn);
        for analyzer in &mut self.analyzers {
            for state in &self.states {
                let mut told = false;
                analyzer.step(&mut state.clone(), &insn, &mut |_| told = true);
                if told {
                    self.reported += 1;
                    if !may {
                        let ins = &insn.ins;
                        self.missed.insert(format!(
                            "told but not let through: {:?}: {ins} from {:02x?}",
                            ins.code(),
                            bytes
                        ));
                    }
                }
            }
        }
    }

    /// Decode one instruction from `encoding` (padded with zero displacement
    /// and immediate bytes) and check the filter on it.
    fn try_encoding(&mut self, encoding: &[u8]) {
        let mut bytes = [0u8; 24];
        bytes[..encoding.len()].copy_from_slice(encoding);
        Decoder::new(64, &bytes, DecoderOptions::NONE).decode_out(&mut self.ins);
        if self.ins.is_invalid() {
            return;
        }
        self.decoded += 1;
        self.check_reports(&bytes[..self.ins.len()]);
        let writes = self.info.info(&self.ins).used_registers().iter().any(|u| {
            u.register().full_register() == Register::RSP
                && matches!(
                    u.access(),
                    OpAccess::Write
                        | OpAccess::CondWrite
                        | OpAccess::ReadWrite
                        | OpAccess::ReadCondWrite
                )
        });
        if writes {
            self.writers += 1;
            if !rspill::analysis::scan::may_write_rsp(&self.ins) {
                let ins = &self.ins;
                self.missed.insert(format!(
                    "{:?}: {ins} from {:02x?}",
                    ins.code(),
                    &bytes[..ins.len()]
                ));
            }
        }
    }

    fn check(self, what: &str, min_decoded: u64, min_writers: u64) {
        let Tally {
            decoded,
            writers,
            missed,
            reported,
            ..
        } = self;
        let missed: Vec<String> = missed.into_iter().collect();
        assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
        eprintln!(
            "{what}: {decoded} instructions decoded, {writers} write %rsp, {reported} writes told"
        );
        assert!(
            decoded > min_decoded && writers > min_writers && reported > min_writers,
            "{decoded} decoded, {writers} writers, {reported} told"
        );
    }
}

#[test]
fn every_legacy_opcode_and_modrm() {
    let mut tally = Tally::new();
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
    for prefix in prefixes {
        for map in maps {
            for op in 0..=255u8 {
                for modrm in 0..=255u8 {
                    tally.try_encoding(&[prefix, map, &[op, modrm]].concat());
                }
            }
        }
    }
    tally.check("legacy maps", 1_000_000, 10_000);
}

#[test]
fn every_vex_evex_and_xop_opcode() {
    let mut tally = Tally::new();
    // ModRM bytes that name %rsp (reg = 4, or register rm = 4) and one memory form.
    let mut modrms: Vec<u8> = (0..8).map(|rm| 0xe0 | rm).collect();
    modrms.extend((0..8).map(|reg| 0xc4 | (reg << 3)));
    modrms.push(0x04);
    // vvvv is stored inverted: 0b1011 names register 4 (%rsp), 0b1111 none.
    for op in 0..=255u8 {
        for &modrm in &modrms {
            for vvvv in [0b1011u8, 0b1111] {
                for pp in 0..4u8 {
                    for l in 0..2u8 {
                        // Two-byte VEX: R̄ vvvv L pp, map 0F.
                        tally.try_encoding(&[0xc5, 0x80 | (vvvv << 3) | (l << 2) | pp, op, modrm]);
                        for w in 0..2u8 {
                            // Three-byte VEX (maps 0F, 0F38, 0F3A) and XOP (8-10),
                            // R̄ X̄ B̄ set: no register extension.
                            let p2 = (w << 7) | (vvvv << 3) | (l << 2) | pp;
                            for map in [1u8, 2, 3, 8, 9, 10] {
                                let lead = if map >= 8 { 0x8f } else { 0xc4 };
                                tally.try_encoding(&[lead, 0xe0 | map, p2, op, modrm]);
                            }
                            // EVEX (maps 0F, 0F38, 0F3A, MAP5, MAP6): R X B R'
                            // set, V' set, no masking, 128-bit.
                            if l == 0 {
                                let p1 = (w << 7) | (vvvv << 3) | 0x04 | pp;
                                for map in [1u8, 2, 3, 5, 6] {
                                    tally.try_encoding(&[0x62, 0xf0 | map, p1, 0x08, op, modrm]);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    tally.check("VEX, EVEX, XOP", 50_000, 100);
}
