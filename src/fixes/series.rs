//! Tree-wide fixes: one strategy's proven drafts merged into a `git
//! format-patch` series, one patch per file, behind a cover letter that
//! carries the inventory table. A file with several statements is proven
//! again as merged, in the units that verified each of them.

use crate::fixes::draft::{Draft, SeriesPart, Strategy, diffstat, plural, unified, wrap_prose};
use crate::fixes::edit_proof::{SourceOperands, prove_everywhere};
use crate::fixes::source::apply_edits;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// What `series` made of the drafts.
#[derive(Debug, Default)]
pub struct Series {
    /// The cover letter first, then one patch per file, numbered.
    pub mails: Vec<Draft>,
    /// Files left out, with why (their merged edit did not verify).
    pub refused: Vec<String>,
    /// How each merged file was verified.
    pub verified: Vec<String>,
}

/// One file's patch before numbering.
struct FilePatch {
    path: String,
    subject: String,
    body: String,
    diff: String,
    ins: usize,
    del: usize,
    from: String,
    signed_off: Option<String>,
    statements: usize,
}

/// Merge `drafts` (one strategy's, any number of sites) into a series.
/// `table` is the inventory (or census) table for the cover letter, `why`
/// says where the sites came from.
pub fn series(
    strategy: Strategy,
    drafts: Vec<Draft>,
    table: &str,
    why: &str,
    not_drafted: &[String],
    interrupted: &AtomicBool,
) -> Series {
    let mut out = Series::default();
    let mut by_file: BTreeMap<String, Vec<Draft>> = BTreeMap::new();
    for d in drafts.into_iter().filter(|d| d.strategy == strategy) {
        by_file.entry(d.path.clone()).or_default().push(d);
    }
    let mut patches = Vec::new();
    for (path, drafts) in by_file {
        let parts: Vec<Arc<SeriesPart>> = drafts.iter().filter_map(|d| d.part.clone()).collect();
        if parts.len() != drafts.len() {
            // A per-tree change (Kconfig): one draft stands for every site.
            if let Some(d) = drafts.into_iter().next() {
                patches.push(Err(d));
            }
            continue;
        }
        match merge_file(&path, &parts, interrupted) {
            Ok((patch, verified)) => {
                out.verified.extend(verified);
                patches.push(Ok(patch));
            }
            Err(e) => out.refused.push(format!("{path}: {e}")),
        }
    }
    let n = patches.len();
    if n == 0 {
        return out;
    }
    let mut total = (0, 0, 0);
    let mut listed = Vec::new();
    let mut numbered = Vec::new();
    for (i, p) in patches.into_iter().enumerate() {
        let k = i + 1;
        match p {
            Ok(p) => {
                total = (total.0 + 1, total.1 + p.ins, total.2 + p.del);
                listed.push(format!(
                    "  {k:>2}/{n}  {}  ({})",
                    p.path,
                    plural(p.statements, "statement", "statements")
                ));
                numbered.push(Draft {
                    strategy,
                    file_name: format!("{k:04}-{}.patch", file_slug(&p.path)),
                    mail: file_mail(&p, k, n),
                    path: p.path.clone(),
                    part: None,
                });
            }
            Err(d) => {
                listed.push(format!("  {k:>2}/{n}  {}  (configuration)", d.path));
                numbered.push(Draft {
                    file_name: format!("{k:04}-{}.patch", file_slug(&d.path)),
                    mail: d.mail.replacen(
                        "Subject: [PATCH] ",
                        &format!("Subject: [PATCH {k}/{n}] "),
                        1,
                    ),
                    ..d
                });
            }
        }
    }
    let from = numbered
        .iter()
        .find_map(|d| {
            d.mail
                .lines()
                .find_map(|l| l.strip_prefix("From: "))
                .map(str::to_string)
        })
        .unwrap_or_else(|| "rspill <rspill@localhost>".into());
    let mut body = wrap_prose(
        &format!(
            "With CONFIG_KMSAN=y, clang copies %rsp into a register for the \"+r\" (current_stack_pointer) output that ASM_CALL_CONSTRAINT adds to inline asm, spills the copy and writes it back to %rsp; objtool cannot follow %rsp through memory and fails the build where that happens (llvm/llvm-project#206973). This series applies one fix, \"{}\" ({}), to {}.\n\nEvery edit was proven before it was drafted: each changed file preprocessed before and after with the compile commands of the units that read it, nothing outside the asm statements changes, every operand reference names the operand it named, and the edited units compile. A file with several statements was proven again as merged.\n",
            strategy.name(),
            strategy.get().summary(),
            why
        ),
        72,
    );
    body.push_str("\n\n");
    for line in table.trim_end().lines() {
        body.push_str(&format!("  {line}\n").replace("  \n", "\n"));
    }
    body.push_str("\nThe series:\n\n");
    body.push_str(&listed.join("\n"));
    body.push('\n');
    if !out.refused.is_empty() {
        body.push_str("\nNot in the series (the merged edit did not verify):\n\n");
        for r in &out.refused {
            body.push_str(&format!("  {r}\n"));
        }
    }
    if !not_drafted.is_empty() {
        body.push_str("\nStatements not drafted (each with why):\n\n");
        for r in not_drafted {
            body.push_str(&format!("  {r}\n"));
        }
    }
    body.push_str("\nCheck it with `rspill check --tree SRC --objects ... 00*.patch` (each patch on its own) or as one: `git am` the series and compare builds.\n");
    let cover = format!(
        "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\nFrom: {from}\nSubject: [PATCH 0/{n}] x86: {} tree-wide\n\n{body}\n---\n {} changed, {}, {}\n\n-- \nrspill {}\n",
        lower_first(strategy.get().summary()),
        plural(total.0, "file", "files"),
        plural(total.1, "insertion(+)", "insertions(+)"),
        plural(total.2, "deletion(-)", "deletions(-)"),
        env!("CARGO_PKG_VERSION")
    );
    out.mails.push(Draft {
        strategy,
        file_name: "0000-cover-letter.patch".into(),
        mail: cover,
        path: "(cover letter)".into(),
        part: None,
    });
    out.mails.extend(numbered);
    out
}

/// Every proven edit of one file merged, and the merged file proven in the
/// units that verified each statement (one edit alone was proven as it is).
fn merge_file(
    path: &str,
    parts: &[Arc<SeriesPart>],
    interrupted: &AtomicBool,
) -> Result<(FilePatch, Vec<String>), String> {
    let first = &parts[0];
    // The same statement drafted from several sites: once.
    let mut unique: Vec<&Arc<SeriesPart>> = Vec::new();
    for p in parts {
        if p.old != first.old {
            return Err("the file was read differently for two of its statements".into());
        }
        if !unique.iter().any(|u| u.line == p.line) {
            unique.push(p);
        }
    }
    let mut edits: Vec<crate::fixes::source::Edit> = unique
        .iter()
        .flat_map(|p| p.edits.iter().cloned())
        .collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    if edits.windows(2).any(|w| w[0].span.end > w[1].span.start) {
        return Err("the edits of two of its statements overlap".into());
    }
    let new = apply_edits(&first.old, edits);
    let mut verified = Vec::new();
    if unique.len() > 1 {
        let source = SourceOperands {
            macro_operands: merged(unique.iter().map(|p| &p.source.macro_operands)),
            // Each statement's narrow operands are its own: none is assumed
            // narrow in the merged proof (more registers counted, never fewer).
            narrow: Vec::new(),
            unread_names: merged(unique.iter().map(|p| &p.source.unread_names)),
            open_world: first.source.open_world.clone(),
            reached_names: merged(unique.iter().map(|p| &p.source.reached_names)),
        };
        for p in &unique {
            let proofs = prove_everywhere(
                &p.groups,
                &p.rel,
                &first.old,
                &new,
                first.change,
                &source,
                interrupted,
            )
            .map_err(|e| format!("merged with the file's other statements, not verified: {e}"))?;
            for u in proofs.units {
                verified.push(format!(
                    "{path}: merged ({}) verified with {}: {} expanded {}, {} operand {}",
                    plural(unique.len(), "statement", "statements"),
                    u.origin,
                    u.statements,
                    if u.statements == 1 {
                        "statement"
                    } else {
                        "statements"
                    },
                    u.references,
                    if u.references == 1 {
                        "reference"
                    } else {
                        "references"
                    },
                ));
            }
        }
    }
    let (diff, ins, del) = unified(path, &first.old, &new);
    let owners: Vec<String> = unique
        .iter()
        .map(|p| format!("  {} (line {})", p.owner, p.line))
        .collect();
    let subject = match unique.as_slice() {
        [one] => format!(
            "{}: {} in {}",
            first.prefix,
            short_subject(first.change),
            one.owner
        ),
        many => format!(
            "{}: {} in {} asm statements",
            first.prefix,
            short_subject(first.change),
            many.len()
        ),
    };
    let body = format!(
        "{}\n\n{}\n\n{}\n",
        wrap_prose(
            &format!(
                "Apply the fix of this series (see the cover letter) to the inline asm that names ASM_CALL_CONSTRAINT in {}:",
                if unique.len() == 1 {
                    "this statement".to_string()
                } else {
                    format!("these {} statements", unique.len())
                }
            ),
            72
        ),
        owners.join("\n"),
        wrap_prose(
            "rspill checked with the preprocessor and the compiler, in the units that read the file, that every operand reference still names the same operand, that nothing outside the asm statements changes and that the edited units compile.",
            72
        )
    );
    Ok((
        FilePatch {
            path: path.to_string(),
            subject,
            body,
            diff,
            ins,
            del,
            from: first.from.clone(),
            signed_off: first.signed_off.clone(),
            statements: unique.len(),
        },
        verified,
    ))
}

/// `Move …` → `move …`.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The union of the lists, sorted.
fn merged<'a>(lists: impl Iterator<Item = &'a Vec<String>>) -> Vec<String> {
    let mut all: Vec<String> = lists.flatten().cloned().collect();
    all.sort();
    all.dedup();
    all
}

fn short_subject(change: crate::fixes::edit_proof::Change) -> &'static str {
    match change {
        crate::fixes::edit_proof::Change::Reorder => "move ASM_CALL_CONSTRAINT first",
        crate::fixes::edit_proof::Change::FrameAddress => {
            "pass the frame address instead of ASM_CALL_CONSTRAINT"
        }
    }
}

/// `arch/x86/include/asm/page_64.h` → `page_64.h`-based file name part.
fn file_slug(path: &str) -> String {
    path.rsplit('/')
        .next()
        .unwrap_or(path)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

fn file_mail(p: &FilePatch, k: usize, n: usize) -> String {
    let mut tags = String::new();
    if let Some(a) = &p.signed_off {
        tags = format!("\nSigned-off-by: {a}\n");
    }
    format!(
        "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\nFrom: {}\nSubject: [PATCH {k}/{n}] {}\n\n{}{tags}---\n{}\n{}-- \nrspill {}\n",
        p.from,
        p.subject,
        p.body,
        diffstat(&p.path, p.ins, p.del),
        p.diff,
        env!("CARGO_PKG_VERSION")
    )
}
