//! The source side of the inventory: every inline asm statement of a tree's
//! arch/x86 that names `ASM_CALL_CONSTRAINT`, with its file, lines and the
//! macro it is defined in. Parsed without expanding anything: only where the
//! statements are is needed here.

use crate::fixes::source::asm_statements;
use std::path::{Path, PathBuf};

/// One `ASM_CALL_CONSTRAINT` statement in the source.
#[derive(Clone, Debug, serde::Serialize)]
pub struct CensusStatement {
    /// Relative to the tree.
    pub file: PathBuf,
    pub first_line: usize,
    pub last_line: usize,
    /// The `#define` the statement is written in.
    pub in_macro: Option<String>,
}

/// The census of `tree`'s arch/x86 (`.c` and `.h` files), in file order; files
/// that do not parse are listed with the reason.
pub fn asm_call_statements(tree: &Path) -> (Vec<CensusStatement>, Vec<String>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let none = |_: &str| None;
    for entry in walkdir::WalkDir::new(tree.join("arch/x86"))
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if !matches!(path.extension().and_then(|x| x.to_str()), Some("c" | "h")) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        if !text.contains("ASM_CALL_CONSTRAINT") {
            continue;
        }
        let rel = path.strip_prefix(tree).unwrap_or(path).to_path_buf();
        match asm_statements(&text, &none) {
            Ok(statements) => found.extend(
                statements
                    .into_iter()
                    .filter(|s| text[s.span.clone()].contains("ASM_CALL_CONSTRAINT"))
                    .map(|s| CensusStatement {
                        file: rel.clone(),
                        first_line: s.first_line,
                        last_line: s.last_line,
                        in_macro: s.in_macro,
                    }),
            ),
            Err(e) => problems.push(format!("{}: {e}", rel.display())),
        }
    }
    (found, problems)
}
