//! The lean reading of a whole image's instructions (`x86::lean`) against
//! iced-x86: every one-byte and 0f opcode with every ModRM byte (and, where a
//! SIB byte follows, every SIB byte for ModRM bytes of each mode), behind
//! every legacy prefix, pairs and threes of them, with and without REX
//! prefixes; each followed by displacement and immediate bytes of either
//! sign (and without a ModRM byte, cut short at every length). Wherever the lean reading takes an encoding, iced-x86 must decode
//! the same instruction and the reading must note the same places
//! (`entries::lean_references_disagree`), and the quick look must find it
//! as harmless as iced-x86's decode says it is
//! (`scan::lean_quick_look_disagrees`). Plus random bytes, and real code:
//! every test object's text read position by position.

use rspill::analysis::scan::lean_quick_look_disagrees;
use rspill::input::entries::lean_references_disagree;
use std::collections::BTreeSet;

/// Encodings tried and those the lean reading took; the disagreements.
#[derive(Default)]
struct Tally {
    tried: u64,
    taken: u64,
    wrong: BTreeSet<String>,
}

impl Tally {
    fn try_bytes(&mut self, bytes: &[u8]) {
        self.tried += 1;
        if rspill::x86::lean::decode(bytes).is_none() {
            return;
        }
        self.taken += 1;
        // Placed where a branch or RIP-relative address lands on both sides
        // of a piece's own extent, and where adding the place wraps.
        let places: [(u64, u64, std::ops::Range<u64>); 3] = [
            (
                0x10,
                0xffff_ffff_8100_0000,
                0xffff_ffff_8100_0000..0xffff_ffff_8100_0040,
            ),
            (0x3, 0x1000, 0x1000..0x1100),
            (0x20, u64::MAX - 0x10, u64::MAX - 0x10..u64::MAX),
        ];
        for (pos, base, own) in places {
            if let Some(why) = lean_references_disagree(bytes, pos, base, &own) {
                self.wrong.insert(why);
            }
        }
        if let Some(why) = lean_quick_look_disagrees(bytes) {
            self.wrong.insert(why);
        }
    }

    /// `encoding` followed by each tail (and, with `cut`, cut short at
    /// every length: where the lean reading takes fewer bytes than iced-x86
    /// reads, a cut one shows it).
    fn try_encoding(&mut self, encoding: &[u8], tails: &[[u8; 12]], cut: bool) {
        let mut bytes = Vec::with_capacity(encoding.len() + 12);
        for tail in tails {
            bytes.clear();
            bytes.extend_from_slice(encoding);
            bytes.extend_from_slice(tail);
            let shortest = if cut {
                encoding.len().saturating_sub(1)
            } else {
                bytes.len()
            };
            for end in shortest..=bytes.len() {
                self.try_bytes(&bytes[..end]);
            }
        }
    }

    fn check(self, what: &str, min_taken: u64) {
        let wrong: Vec<String> = self.wrong.into_iter().collect();
        assert!(
            wrong.is_empty(),
            "{} disagreements, first:\n{}",
            wrong.len(),
            wrong[..wrong.len().min(40)].join("\n")
        );
        eprintln!(
            "{what}: {} encodings tried, {} read lean",
            self.tried, self.taken
        );
        assert!(self.taken >= min_taken, "{} read lean", self.taken);
    }
}

/// The legacy prefixes the lean reading takes (and f2, f0, 67, which it
/// does not: tried so that taking them by mistake shows).
const PREFIXES: [u8; 11] = [
    0x66, 0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65, 0xf3, 0xf2, 0xf0, 0x67,
];

/// Displacement and immediate bytes: small positive, and negative.
const TAILS: [[u8; 12]; 2] = [
    [
        0x10, 0x32, 0x54, 0x06, 0x98, 0xba, 0xdc, 0x0e, 0x21, 0x43, 0x65, 0x07,
    ],
    [
        0xf0, 0xff, 0xff, 0xff, 0x80, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff,
    ],
];

fn prefix_sequences() -> Vec<Vec<u8>> {
    let mut out = vec![vec![]];
    for &a in &PREFIXES {
        out.push(vec![a]);
        for &b in &PREFIXES {
            out.push(vec![a, b]);
        }
    }
    // Three (the lean reading's most) and four (one too many).
    for three in [
        [0x66, 0x66, 0x2e],
        [0x2e, 0x66, 0x66],
        [0x64, 0x66, 0x3e],
        [0x66, 0x65, 0x66],
    ] {
        out.push(three.to_vec());
    }
    out.push(vec![0x66, 0x66, 0x66, 0x2e]);
    out
}

const REXES: [Option<u8>; 10] = [
    None,
    Some(0x40),
    Some(0x41),
    Some(0x42),
    Some(0x44),
    Some(0x48),
    Some(0x49),
    Some(0x4c),
    Some(0x4d),
    Some(0x4f),
];

#[test]
fn every_opcode_and_modrm_behind_every_prefix() {
    let mut tally = Tally::default();
    let mut encoding = Vec::new();
    for prefixes in prefix_sequences() {
        // Every REX behind no prefix or one; W or none behind more.
        let rexes = if prefixes.len() < 2 {
            &REXES[..]
        } else {
            &[None, Some(0x48)][..]
        };
        for &rex in rexes {
            for escape in [None, Some(0x0f)] {
                for op in 0..=255u8 {
                    encoding.clear();
                    encoding.extend_from_slice(&prefixes);
                    encoding.extend(rex);
                    encoding.extend(escape);
                    encoding.push(op);
                    let opcode_len = encoding.len();
                    // Without a ModRM byte (the tail's first byte is one).
                    tally.try_encoding(&encoding, &TAILS, true);
                    for modrm in 0..=255u8 {
                        encoding.truncate(opcode_len);
                        encoding.push(modrm);
                        // Each mode and register with both tails, across
                        // the r/m values.
                        let tail = usize::from(modrm & 1);
                        tally.try_encoding(&encoding, &TAILS[tail..=tail], false);
                    }
                }
            }
        }
    }
    tally.check("prefixes x REX x opcodes x ModRM", 1_000_000);
}

#[test]
fn every_sib_byte() {
    let mut tally = Tally::default();
    for prefixes in [&[][..], &[0x66][..], &[0x2e][..], &[0x65][..]] {
        for rex in REXES {
            for opcode in [
                &[0x8b][..],
                &[0x89],
                &[0x8d],
                &[0x81],
                &[0xc7],
                &[0xff],
                &[0x0f, 0xb6],
                &[0x0f, 0x1f],
                &[0xf7],
                &[0x69],
            ] {
                for modrm in [0x04u8, 0x44, 0x84, 0x0c, 0x14, 0x24, 0x2c, 0x3c] {
                    for sib in 0..=255u8 {
                        let mut encoding = prefixes.to_vec();
                        encoding.extend(rex);
                        encoding.extend_from_slice(opcode);
                        encoding.push(modrm);
                        encoding.push(sib);
                        tally.try_encoding(&encoding, &TAILS[..1], false);
                    }
                }
            }
        }
    }
    tally.check("SIB bytes", 100_000);
}

#[test]
fn random_bytes() {
    // xorshift: the same bytes every run.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut tally = Tally::default();
    let mut bytes = [0u8; 16];
    for _ in 0..400_000 {
        for chunk in bytes.chunks_mut(8) {
            chunk.copy_from_slice(&next().to_le_bytes()[..chunk.len()]);
        }
        // Random bytes rarely start with a prefix: one in four does here.
        if next() % 4 == 0 {
            bytes[0] = PREFIXES[(next() % PREFIXES.len() as u64) as usize];
        }
        tally.try_bytes(&bytes);
    }
    tally.check("random bytes", 20_000);
}

#[test]
fn every_position_of_the_test_objects_code() {
    let mut tally = Tally::default();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "o") {
                files.push(path);
            }
        }
    }
    use object::{Object, ObjectSection};
    for path in &files {
        let Ok(data) = std::fs::read(path) else {
            continue;
        };
        let Ok(file) = object::File::parse(&*data) else {
            continue;
        };
        for section in file
            .sections()
            .filter(|s| s.kind() == object::SectionKind::Text)
        {
            let Ok(code) = section.data() else { continue };
            for at in 0..code.len() {
                tally.try_bytes(&code[at..code.len().min(at + 16)]);
            }
        }
    }
    tally.check(
        &format!("every position of {} test objects' code", files.len()),
        10_000,
    );
}
