//! Input discovery: files, archives (regular and kbuild's thin `built-in.a`) and
//! directories (recursive) become a sorted list of ELF images to load.

use crate::error::InputError;
use crate::input::elf::Backing;
use object::read::archive::ArchiveFile;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One ELF image to analyse: a file, or a member of an archive.
#[derive(Clone)]
pub struct Input {
    pub display: String,
    pub backing: Arc<Backing>,
    pub range: Range<usize>,
}

fn is_archive(data: &[u8]) -> bool {
    data.starts_with(b"!<arch>\n") || data.starts_with(b"!<thin>\n")
}

/// Should a file met during a directory walk be scanned? Relocatable objects
/// only; the link-stage aggregates repeat code that the walk already sees in the
/// individual objects, so they are scanned only when named explicitly.
fn wanted_in_walk(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.ends_with(".o") && name != "vmlinux.o" && !name.ends_with(".mod.o")
}

/// What the command line's paths expand to.
pub struct Discovery {
    pub inputs: Vec<Input>,
    /// Per path; the rest is still returned.
    pub errors: Vec<InputError>,
    /// 32-bit objects met in directory walks (a kernel build's vDSO32,
    /// real-mode and boot code): not x86-64 code, passed over. Named on the
    /// command line they are an error.
    pub skipped_32bit: usize,
    /// `.o` files met in directory walks that are no ELF (LLVM bitcode of
    /// an LTO build, an empty or stray file): passed over, named here. On
    /// the command line they are an error.
    pub skipped_not_elf: Vec<String>,
}

/// Expand the command line's paths.
pub fn discover(paths: &[PathBuf]) -> Discovery {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let mut skipped_32bit = 0;
    let mut skipped_not_elf = Vec::new();
    for path in paths {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(InputError::io(path, e));
                continue;
            }
        };
        if meta.is_dir() {
            let walker = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .follow_links(false);
            for entry in walker {
                let entry = match entry {
                    Ok(e) => e,
                    Err(e) => {
                        let p = e
                            .path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|| path.display().to_string());
                        errors.push(InputError::new(p, e.to_string()));
                        continue;
                    }
                };
                if !entry.file_type().is_file() || !wanted_in_walk(entry.path()) {
                    continue;
                }
                match Backing::open(entry.path()) {
                    // Non-ELF files (LLVM bitcode, stray data) are skipped in walks.
                    Ok(b) if b.bytes().get(..5) == Some(b"\x7fELF\x01") => skipped_32bit += 1,
                    Ok(b) if crate::input::elf::looks_like_elf(b.bytes()) => {
                        let len = b.bytes().len();
                        inputs.push(Input {
                            display: entry.path().display().to_string(),
                            backing: b,
                            range: 0..len,
                        });
                    }
                    Ok(_) => skipped_not_elf.push(entry.path().display().to_string()),
                    Err(e) => errors.push(e),
                }
            }
        } else {
            match Backing::open(path) {
                Ok(b) if is_archive(b.bytes()) => expand_archive(path, b, &mut inputs, &mut errors),
                Ok(b) => {
                    let len = b.bytes().len();
                    inputs.push(Input {
                        display: path.display().to_string(),
                        backing: b,
                        range: 0..len,
                    });
                }
                Err(e) => errors.push(e),
            }
        }
    }
    inputs.sort_by(|a, b| a.display.cmp(&b.display));
    Discovery {
        inputs,
        errors,
        skipped_32bit,
        skipped_not_elf,
    }
}

fn expand_archive(
    path: &Path,
    backing: Arc<Backing>,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<InputError>,
) {
    let shown = path.display().to_string();
    let archive = match ArchiveFile::parse(backing.bytes()) {
        Ok(a) => a,
        Err(e) => {
            errors.push(InputError::new(&shown, format!("malformed archive: {e}")));
            return;
        }
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    for member in archive.members() {
        let member = match member {
            Ok(m) => m,
            Err(e) => {
                errors.push(InputError::new(
                    &shown,
                    format!("malformed archive member: {e}"),
                ));
                return;
            }
        };
        let name = String::from_utf8_lossy(member.name()).into_owned();
        let display = format!("{shown}({name})");
        if member.is_thin() {
            // kbuild's thin archives name members relative to the archive's
            // directory (`ar cDPrST`); absolute names are taken as they are.
            let mut candidate = PathBuf::from(&name);
            if candidate.is_relative() {
                candidate = dir.join(&name);
            }
            match Backing::open(&candidate) {
                Ok(b) => {
                    let len = b.bytes().len();
                    inputs.push(Input {
                        display: candidate.display().to_string(),
                        backing: b,
                        range: 0..len,
                    });
                }
                Err(e) => errors.push(InputError::new(
                    &display,
                    format!("thin archive member not readable: {}", e.message),
                )),
            }
        } else {
            let (start, size) = member.file_range();
            let range = start as usize..(start.saturating_add(size)) as usize;
            if range.end > backing.bytes().len() {
                errors.push(InputError::new(
                    &display,
                    "member extends past the end of the archive",
                ));
                continue;
            }
            inputs.push(Input {
                display,
                backing: backing.clone(),
                range,
            });
        }
    }
}
