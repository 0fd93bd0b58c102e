//! `inventory`: every %rsp restore of the inputs grouped by the inline asm
//! statement that causes it (DWARF: the innermost frame of the asm's call, else
//! of the restore), ranked by risk; with the tree, joined with the source census
//! (`census`) so that every `ASM_CALL_CONSTRAINT` statement appears, also those
//! that cause no copy in this build.

pub mod census;

use crate::analysis::findings::{Finding, Kind};
use crate::analysis::scan::{ScanOptions, ScanResult, scan_paths};
use census::CensusStatement;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// How much a statement's restores should worry a kernel developer, most first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Risk {
    /// A restore rspill cannot prove: a real bug or an unprovable construct.
    Unprovable,
    /// objtool rejects it: the build fails.
    ObjtoolVisible,
    /// A spilled copy objtool happens to accept: a register allocation away
    /// from a failed build.
    Spilled,
    /// Copies through registers only.
    RegisterChain,
    /// Stack switches and other restores.
    Other,
    /// In the source census, no restore in these objects.
    NoCopy,
}

impl Risk {
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::Unprovable => "unprovable",
            Risk::ObjtoolVisible => "objtool-visible",
            Risk::Spilled => "spilled",
            Risk::RegisterChain => "register-chain",
            Risk::Other => "other",
            Risk::NoCopy => "no-copy",
        }
    }
}

/// One inline asm statement and the restores it causes.
#[derive(Clone, Debug, Serialize)]
pub struct StatementRow {
    /// `FILE:LINE` (tree-relative when the tree is known), or `(no source)`.
    pub statement: String,
    /// The `#define` the statement is written in (from the census).
    pub in_macro: Option<String>,
    pub risk: Risk,
    /// `object:function`, sorted.
    pub functions: BTreeSet<String>,
    pub restores: usize,
    pub by_kind: BTreeMap<Kind, usize>,
    pub redundant: usize,
    pub objtool_visible: usize,
    /// Whether the source census lists it (None without a tree).
    pub in_census: Option<bool>,
}

pub struct Inventory {
    /// Most risky first, then most restores.
    pub rows: Vec<StatementRow>,
    pub scan: ScanResult,
    pub census_statements: Option<usize>,
    /// Census files that did not parse.
    pub census_problems: Vec<String>,
}

impl Inventory {
    pub fn restores(&self) -> usize {
        self.rows.iter().map(|r| r.restores).sum()
    }
}

/// The restores that count: every finding but realignments and allocas.
fn counts(f: &Finding) -> bool {
    f.kind != Kind::RspDynamic
}

/// Where the statement behind a finding is, as DWARF names it: the asm's call,
/// else the restore's innermost frame.
fn statement_place(f: &Finding) -> Option<(String, u32)> {
    let source = f.source.as_ref()?;
    let frames = source
        .asm_call
        .as_ref()
        .map(|c| &c.frames)
        .filter(|fr| fr.first().is_some_and(|f| f.line.is_some()))
        .unwrap_or(&source.restore);
    let inner = frames.first()?;
    Some((inner.file.clone()?, inner.line?))
}

pub fn build(paths: &[PathBuf], tree: Option<&Path>) -> Inventory {
    let scan = scan_paths(
        paths,
        &ScanOptions {
            source: true,
            ..Default::default()
        },
    );
    let (census, census_problems) = match tree {
        Some(t) => {
            let (c, p) = census::asm_call_statements(t);
            (Some(c), p)
        }
        None => (None, Vec::new()),
    };
    let mut rows: BTreeMap<String, StatementRow> = BTreeMap::new();
    let new_row =
        |statement: String, in_macro: Option<String>, in_census: Option<bool>| StatementRow {
            statement,
            in_macro,
            risk: Risk::NoCopy,
            functions: BTreeSet::new(),
            restores: 0,
            by_kind: BTreeMap::new(),
            redundant: 0,
            objtool_visible: 0,
            in_census,
        };
    for m in &scan.modules {
        for f in m.findings.iter().filter(|f| counts(f)) {
            let (label, census_hit) = match statement_place(f) {
                Some((file, line)) => place_label(&file, line, tree, census.as_deref()),
                None => ("(no source)".to_string(), None),
            };
            let row = rows.entry(label.clone()).or_insert_with(|| {
                new_row(
                    label,
                    census_hit.and_then(|c| c.in_macro.clone()),
                    census.as_ref().map(|_| census_hit.is_some()),
                )
            });
            row.functions.insert(format!("{}:{}", m.path, f.function));
            row.restores += 1;
            *row.by_kind.entry(f.kind).or_default() += 1;
            row.redundant += usize::from(f.restore_redundant);
            row.objtool_visible += usize::from(f.objtool_would_fail);
        }
    }
    for row in rows.values_mut() {
        row.risk = if row.by_kind.contains_key(&Kind::RspUnknownRestore) {
            Risk::Unprovable
        } else if row.objtool_visible > 0 {
            Risk::ObjtoolVisible
        } else if row.by_kind.keys().any(|k| k.is_spilled()) {
            Risk::Spilled
        } else if row.by_kind.contains_key(&Kind::RspRegisterChain) {
            Risk::RegisterChain
        } else {
            Risk::Other
        };
    }
    if let Some(census) = &census {
        for s in census {
            let label = format!("{}:{}", s.file.display(), s.first_line);
            rows.entry(label.clone())
                .or_insert_with(|| new_row(label, s.in_macro.clone(), Some(true)));
        }
    }
    let mut rows: Vec<StatementRow> = rows.into_values().collect();
    rows.sort_by(|a, b| {
        a.risk
            .cmp(&b.risk)
            .then(b.restores.cmp(&a.restores))
            .then(a.statement.cmp(&b.statement))
    });
    Inventory {
        rows,
        scan,
        census_statements: census.as_ref().map(Vec::len),
        census_problems,
    }
}

/// The row label of a DWARF place: with the tree, tree-relative, and the
/// census statement's first line when the place is inside one.
fn place_label<'c>(
    file: &str,
    line: u32,
    tree: Option<&Path>,
    census: Option<&'c [CensusStatement]>,
) -> (String, Option<&'c CensusStatement>) {
    let Some(tree) = tree else {
        return (format!("{file}:{line}"), None);
    };
    let Ok(rel) = crate::fixes::draft::map_to_tree(tree, Path::new(file)) else {
        return (format!("{file}:{line}"), None);
    };
    let line = line as usize;
    let hit = census.and_then(|c| {
        c.iter()
            .find(|s| s.file == rel && (s.first_line..=s.last_line).contains(&line))
    });
    match hit {
        Some(s) => (format!("{}:{}", s.file.display(), s.first_line), Some(s)),
        None => (format!("{}:{line}", rel.display()), None),
    }
}
