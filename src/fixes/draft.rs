//! Candidate fixes as git-format-patch mails: one per strategy and site, from the
//! templates in `patches/`, with the prefix, `Fixes:` and `Signed-off-by` taken
//! from the tree's git history and configuration. Reads the tree; never writes it.

use crate::analysis::findings::{Finding, SourceFrame};
use crate::fixes::declared_width::narrow_operands;
use crate::fixes::edit_proof::{SourceOperands, prove_everywhere};
use crate::fixes::macro_index::{LazyTreeIndex, MacroIndex};
use crate::fixes::source::{
    AsmStatement, MacroLookup, apply_edits, enclosing_function, macro_and_users, statement_at,
};
use crate::fixes::strategies::SiteText;
pub use crate::fixes::strategies::Strategy;
use crate::kbuild::compile_command::{CompileCommand, rank_units, units_reading};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;

/// Where a fix must go: the asm statement at a file:line, and why.
#[derive(Clone, Debug)]
pub struct FixSite {
    /// The source file as DWARF names it (absolute path of the build's tree).
    pub file: PathBuf,
    pub line: usize,
    /// The DWARF function of the innermost frame (the one holding the asm).
    pub function: Option<String>,
    /// The finding that led here, when there is one.
    pub finding: Option<Finding>,
}

impl FixSite {
    /// The site of a finding: the innermost DWARF frame of its restore (the asm
    /// statement).
    /// When the restore carries no line, the asm's own call does.
    pub fn from_finding(f: &Finding) -> Option<FixSite> {
        let src = f.source.as_ref()?;
        let restore = src
            .restore
            .first()
            .filter(|fr| fr.line.is_some() && fr.file.is_some());
        let call = src.asm_call.as_ref().and_then(|c| c.frames.first());
        let inner: &SourceFrame = restore.or(call)?;
        Some(FixSite {
            file: PathBuf::from(inner.file.as_ref()?),
            line: inner.line? as usize,
            function: inner.function.clone(),
            finding: Some(f.clone()),
        })
    }
}

/// Where the compile commands that verify source edits come from (besides
/// the `.cmd` file beside a finding's object).
#[derive(Clone, Debug, Default)]
pub struct CompileCommands {
    /// kbuild output directories (one per configuration): units that read
    /// the edited file. An edit must verify in each that compiles it.
    pub build: Vec<PathBuf>,
    /// A command stated by the user, run in the tree.
    pub stated: Option<String>,
}

impl CompileCommands {
    /// Candidate units for an edit of the tree file `rel` at `site`, one group
    /// per configuration (the finding's own unit and a stated command first,
    /// then each build directory's units, most likely first); problems reading
    /// them go to `warnings`.
    fn for_site(
        &self,
        tree: &Path,
        site: &FixSite,
        rel: &Path,
        hints: &[String],
        warnings: &mut Vec<String>,
    ) -> Vec<Vec<CompileCommand>> {
        let mut first = Vec::new();
        if let Some(f) = &site.finding {
            match CompileCommand::from_kbuild(Path::new(&f.file)) {
                Ok(c) => first.push(c),
                Err(e) if self.build.is_empty() && self.stated.is_none() => {
                    warnings.push(format!("no compile command for {}: {e}", f.file))
                }
                Err(_) => {}
            }
        }
        if let Some(line) = &self.stated {
            match CompileCommand::stated(tree, line) {
                Ok(c) => first.push(c),
                Err(e) => warnings.push(format!("--compile: {e}")),
            }
        }
        let mut groups = vec![first];
        for build in &self.build {
            groups.push(rank_units(units_reading(build, rel), rel, hints));
        }
        groups.retain(|g| !g.is_empty());
        groups
    }
}

/// One drafted mail.
#[derive(Clone, Debug)]
pub struct Draft {
    pub strategy: Strategy,
    /// Suggested file name, e.g. `reorder-clear_pages.patch`.
    pub file_name: String,
    pub mail: String,
    /// The file the patch changes, relative to the tree.
    pub path: String,
    /// What a series needs to merge this edit with others of the same file
    /// and prove the merged file again (`series`); None for a per-tree
    /// strategy.
    pub part: Option<std::sync::Arc<SeriesPart>>,
}

/// A proven source edit of one statement, as a series merges it.
#[derive(Debug)]
pub struct SeriesPart {
    pub rel: PathBuf,
    /// The file before the edit, and the edit.
    pub old: String,
    pub edits: Vec<crate::fixes::source::Edit>,
    pub change: crate::fixes::edit_proof::Change,
    pub source: SourceOperands,
    /// The units that verified it, by configuration (`prove_everywhere`).
    pub groups: Vec<Vec<CompileCommand>>,
    /// The statement: `clear_pages()`, `the PVOP_CALL() macro`, and its line.
    pub owner: String,
    pub line: usize,
    /// `x86/mm`, from the file's history.
    pub prefix: String,
    pub from: String,
    pub signed_off: Option<String>,
}

/// Everything `suggest` produced for one site.
#[derive(Debug, Default)]
pub struct Suggestion {
    pub drafts: Vec<Draft>,
    /// How each source edit was verified (one line per draft).
    pub verified: Vec<String>,
    /// Strategies that do not apply here, and why.
    pub skipped: Vec<(Strategy, String)>,
    pub warnings: Vec<String>,
}

/// How a mail names the object: by its path in the tree (`mm/memory.o`, the
/// longest trailing part whose `.c` is in `tree`), never by the user's build
/// directory; the file name when no source matches.
pub fn object_in_tree(tree: &Path, object: &Path) -> String {
    let parts: Vec<_> = object.components().collect();
    for skip in 0..parts.len() {
        let rel: PathBuf = parts[skip..].iter().collect();
        if rel.is_relative()
            && rel
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)))
            && tree.join(rel.with_extension("c")).is_file()
        {
            return rel.display().to_string();
        }
    }
    object.file_name().map_or_else(
        || object.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Map a DWARF path (absolute, in the tree the object was built from) onto
/// `tree`: the longest trailing part of the path that names a file in `tree`.
pub fn map_to_tree(tree: &Path, dwarf: &Path) -> Result<PathBuf, String> {
    let parts: Vec<_> = dwarf.components().collect();
    for skip in 0..parts.len() {
        // Only plain names: `./mm/memory.c` is `mm/memory.c` (a mail path `a/./mm`
        // is rejected by git), and `..` would leave the tree.
        let rest = parts[skip..]
            .iter()
            .filter(|c| !matches!(c, std::path::Component::CurDir));
        if rest
            .clone()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            continue;
        }
        let rel: PathBuf = rest.collect();
        if !rel.as_os_str().is_empty() && tree.join(&rel).is_file() {
            // Through a link (kbuild's `O/source` when the build directory is
            // inside the tree), the file's own place in the tree is its name;
            // a link out of the tree is not the tree's file.
            match (tree.join(&rel).canonicalize(), tree.canonicalize()) {
                (Ok(file), Ok(root)) => match file.strip_prefix(&root) {
                    Ok(own) => return Ok(own.to_path_buf()),
                    Err(_) => continue,
                },
                _ => return Ok(rel),
            }
        }
    }
    Err(format!(
        "{} has no counterpart in {} (no file of the tree ends with its path)",
        dwarf.display(),
        tree.display()
    ))
}

fn git(tree: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(tree)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The subject prefix the file's history uses most (`x86/mm`), else one
/// derived from the path.
fn subject_prefix(tree: &Path, path: &str) -> String {
    if let Some(log) = git(tree, &["log", "--format=%s", "-n", "40", "--", path]) {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for subject in log.lines() {
            if let Some((prefix, _)) = subject.rsplit_once(": ") {
                if !prefix.is_empty() && !prefix.contains(' ') && !prefix.starts_with("Merge") {
                    *counts.entry(prefix.to_string()).or_default() += 1;
                }
            }
        }
        if let Some((p, _)) = counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        {
            return p;
        }
    }
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["arch", arch, "Kconfig.debug"] => arch.to_string(),
        ["arch", arch, "include", "asm", ..] => format!("{arch}/asm"),
        ["arch", arch, sub, ..] => format!("{arch}/{sub}"),
        [dir, _, ..] => dir.to_string(),
        _ => path.to_string(),
    }
}

/// `Fixes: <sha12> ("subject")` for the commit that last touched `line`.
fn fixes_tag(tree: &Path, path: &str, line: usize) -> Option<String> {
    let range = format!("{line},{line}");
    let out = git(tree, &["blame", "--porcelain", "-L", &range, "--", path])?;
    let sha = out.split_whitespace().next()?;
    if sha.chars().all(|c| c == '0') {
        return None; // not committed yet
    }
    let summary = out.lines().find_map(|l| l.strip_prefix("summary "))?;
    Some(format!(
        "Fixes: {} (\"{summary}\")",
        &sha[..12.min(sha.len())]
    ))
}

fn identity(tree: &Path) -> Option<String> {
    let name = git(tree, &["config", "user.name"])?.trim().to_string();
    let email = git(tree, &["config", "user.email"])?.trim().to_string();
    (!name.is_empty() && !email.is_empty()).then(|| format!("{name} <{email}>"))
}

/// The finding's construct in a few annotated lines for the mail.
fn construct_text(f: Option<&Finding>) -> String {
    let Some(f) = f else {
        return String::new();
    };
    let list = |v: &[u32]| {
        v.iter()
            .map(|o| format!("+{o:#x}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let s = &f.sites;
    let proof = if f.restore_redundant {
        ", a proven no-op"
    } else {
        ""
    };
    let mut lines = vec![format!(
        "rspill: {} at {}+{:#x}{proof}:",
        f.kind.as_str(),
        f.function,
        f.offset
    )];
    if !s.copy.is_empty() {
        lines.push(format!("  copy of %rsp   {}", list(&s.copy)));
    }
    if !s.spills.is_empty() {
        lines.push(format!("  spill          {}", list(&s.spills)));
    }
    if !s.reloads.is_empty() {
        lines.push(format!("  reload         {}", list(&s.reloads)));
    }
    lines.push(format!(
        "  restore        +{:#x}  mov {},%rsp",
        s.restore, f.restored_from
    ));
    if let Some(b) = s.back_edge {
        lines.push(format!("  back edge      +{b:#x}"));
    }
    lines.join("\n")
}

/// A unified diff of one file (`a/PATH`, `b/PATH`) and its diffstat line.
pub(crate) fn unified(path: &str, old: &str, new: &str) -> (String, usize, usize) {
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Myers)
        .diff_lines(old, new);
    let (mut ins, mut del) = (0, 0);
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Insert => ins += 1,
            similar::ChangeTag::Delete => del += 1,
            similar::ChangeTag::Equal => {}
        }
    }
    let body = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string();
    (format!("diff --git a/{path} b/{path}\n{body}"), ins, del)
}

/// A one-file patch's diffstat (`git format-patch`'s two lines).
pub(crate) fn diffstat(path: &str, ins: usize, del: usize) -> String {
    let mut counts = vec!["1 file changed".to_string()];
    if ins > 0 {
        counts.push(plural(ins, "insertion(+)", "insertions(+)"));
    }
    if del > 0 {
        counts.push(plural(del, "deletion(-)", "deletions(-)"));
    }
    format!(
        " {path} | {} {}{}\n {}\n",
        ins + del,
        "+".repeat(ins.min(40)),
        "-".repeat(del.min(40)),
        counts.join(", ")
    )
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Re-wrap prose paragraphs at `width` columns (commit messages: at most 75);
/// indented lines (quoted output, the construct listing) are kept as they are.
pub(crate) fn wrap_prose(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for para in text.trim_end().split("\n\n") {
        if para.lines().any(|l| l.starts_with([' ', '\t'])) {
            out.push(para.to_string());
            continue;
        }
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in para.split_whitespace() {
            if !line.is_empty() && line.len() + 1 + word.len() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            lines.push(line);
        }
        out.push(lines.join("\n"));
    }
    out.join("\n\n")
}

/// Fill a template's `{placeholders}`.
fn fill(template: &str, values: &HashMap<&str, String>) -> String {
    let mut out = template.to_string();
    for (k, v) in values {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Draft every requested strategy for one site.
/// Draft `strategies` for `site`. Every source edit is verified with the
/// preprocessor and compiler (`edit_proof`) through `commands`; one that does
/// not verify is skipped with the reason.
pub fn draft_site(
    tree: &Path,
    site: &FixSite,
    strategies: &[Strategy],
    commands: &CompileCommands,
    macros: &MacroIndex,
    tree_macros: &LazyTreeIndex,
    interrupted: &AtomicBool,
) -> Result<Suggestion, String> {
    let rel = map_to_tree(tree, &site.file)?;
    let rel_s = rel.to_string_lossy().into_owned();
    let text = std::fs::read_to_string(tree.join(&rel))
        .map_err(|e| format!("{}: {e}", tree.join(&rel).display()))?;
    let mut out = Suggestion::default();
    // The units that verify the edits, found first: their command lines'
    // `-D`s are definitions too (a macro the tree defines once may be
    // defined again on some command line).
    let tree_only = |n: &str| macros.lookup(n);
    let first = statement_at(&text, site.line, &tree_only)
        .map_err(|e| format!("{rel_s}:{}: {e}", site.line))?;
    let hints = first
        .in_macro
        .as_ref()
        .map(|m| macro_and_users(&text, m))
        .unwrap_or_default();
    let groups = commands.for_site(tree, site, &rel, &hints, &mut out.warnings);
    let mut command_lines = MacroIndex::default();
    for u in groups.iter().flatten() {
        command_lines.add_command_line(&u.args);
    }
    let lookup = |n: &str| macros.lookup_with(&command_lines, n);
    let mut stmt = statement_at(&text, site.line, &lookup)
        .map_err(|e| format!("{rel_s}:{}: {e}", site.line))?;
    check_same_source(tree, site, &rel, &text, &stmt, &lookup, &mut out)?;
    // A template built from the enclosing macro's parameters is right only if
    // no use of the macro passes an operand reference there.
    if stmt.hazard.is_none() {
        if let Some(m) = stmt.in_macro.clone() {
            stmt.hazard = stmt
                .template_params
                .iter()
                .find_map(|&p| macros.parameter_hazard(&m, p, &lookup));
        }
    }

    let owner = match &stmt.in_macro {
        Some(m) => format!("the {m}() macro"),
        None => enclosing_function(&text, stmt.span.start)
            .map(|f| format!("{f}()"))
            .unwrap_or_else(|| rel_s.clone()),
    };
    let f = site.finding.as_ref();
    let mut values: HashMap<&str, String> = HashMap::new();
    values.insert("statement_owner", owner.clone());
    values.insert(
        "function",
        f.map(|f| f.function.clone())
            .or(site.function.clone())
            .or_else(|| enclosing_function(&text, stmt.span.start))
            .unwrap_or_else(|| "the function".into()),
    );
    values.insert(
        "object",
        f.map(|f| object_in_tree(tree, Path::new(&f.file)))
            .unwrap_or_else(|| "the object".into()),
    );
    values.insert(
        "objtool_message",
        match f {
            Some(f) if f.objtool_would_fail => f.objtool_message.clone().unwrap_or_default(),
            Some(_) => "(objtool happens to accept this build: the path it walks first hides the construct)".into(),
            None => "(the site was named directly with --site: no finding, so no objtool message)".into(),
        },
    );
    values.insert("construct", construct_text(f));
    values.insert(
        "restore_proof",
        match f {
            Some(f) if f.restore_redundant => {
                "The write-back is a no-op: rspill proves the restored value equals %rsp on every path.".into()
            }
            Some(_) => "rspill could not prove the write-back a no-op on every path.".into(),
            None => String::new(),
        },
    );
    values.insert("file", rel_s.clone());
    values.insert("line", stmt.first_line.to_string());
    values.insert(
        "macro_note",
        stmt.in_macro
            .as_ref()
            .map(|m| format!(", in the definition of {m}()"))
            .unwrap_or_default(),
    );
    let author = identity(tree);
    if author.is_none() {
        out.warnings.push(format!(
            "no git user.name/user.email in {}: Signed-off-by left out",
            tree.display()
        ));
    }
    // What the uses of the statement's macro pass it: read by the statement
    // too (`statement_names`).
    let use_arguments = match &stmt.in_macro {
        Some(m) => match macros.argument_identifiers(m) {
            Some(names) => names,
            None => {
                return Err(format!(
                    "{rel_s}:{}: the uses of {m}() pass their arguments on too deeply to check",
                    stmt.first_line
                ));
            }
        },
        None => Vec::new(),
    };
    for &strategy in strategies {
        let how = strategy.get();
        let site_text = SiteText {
            tree,
            rel: &rel_s,
            text: &text,
            stmt: &stmt,
        };
        let (path, old, edits) = match how.edit(&site_text) {
            Ok(e) => (e.path, e.old, e.edits),
            Err(e) => {
                out.skipped.push((strategy, e));
                continue;
            }
        };
        if how.proof().is_some() && path != rel_s {
            // The proof preprocesses the statement's own file.
            out.skipped.push((
                strategy,
                format!("edits {path}, not the statement's file {rel_s}: nothing verifies it"),
            ));
            continue;
        }
        // `git am` takes carriage returns out of a mail's lines: a patch to
        // a CRLF file would not apply (blind review 23).
        if old.contains('\r') {
            out.skipped.push((
                strategy,
                format!("{path} has CRLF line ends, which a patch mail does not keep (git am would not apply it)"),
            ));
            continue;
        }
        let edits_kept = edits.clone();
        let new = apply_edits(&old, edits);
        let mut proven_source = None;
        if let Some(change) = how.proof() {
            let (unread, reached) = statement_names(
                &text,
                &stmt,
                &use_arguments,
                &lookup,
                tree_macros,
                groups.iter().flatten(),
            );
            // A name nothing read defines but the tree's conditionals test
            // is one a configuration's command line may define (`-DZZ=…`),
            // to what rspill cannot see; a kbuild tree's Makefiles say which
            // names its command lines define (`MacroIndex::lookup_with`).
            if macros.is_open_world() {
                let tested = tree_macros.tested_names();
                if let Some(n) = unread.iter().find(|n| tested.contains(*n)) {
                    out.skipped.push((
                        strategy,
                        format!("not verified: the proof cannot be trusted: `{n}`, which the statement reaches, is tested by the tree's #if/#ifdef but defined by nothing rspill read: another configuration's command line may define it (-D{n}=…), to what rspill cannot see"),
                    ));
                    continue;
                }
            }
            let mut source = SourceOperands {
                macro_operands: stmt.macro_operands(),
                narrow: narrow_operands(&text, &stmt, &lookup),
                unread_names: unread,
                open_world: macros.is_open_world().then(|| tree.to_path_buf()),
                reached_names: reached,
            };
            let mut proven =
                prove_everywhere(&groups, &rel, &old, &new, change, &source, interrupted);
            if proven.as_ref().is_ok_and(|p| !p.narrow_on_i386.is_empty()) {
                // The widths held with the definitions of the builds at hand;
                // an i386 configuration may read other files: every
                // definition of the tree must agree.
                let narrow = narrow_operands_everywhere(
                    &text,
                    &stmt,
                    tree_macros,
                    &command_lines,
                    groups.iter().flatten(),
                );
                if narrow != source.narrow {
                    source.narrow = narrow;
                    proven =
                        prove_everywhere(&groups, &rel, &old, &new, change, &source, interrupted);
                }
            }
            match proven {
                Ok(proofs) => {
                    proven_source = Some((change, source.clone()));
                    if !proofs.narrow_on_i386.is_empty() {
                        out.verified.push(format!(
                            "{rel_s}:{}: {}: on i386 {} take one register each (parameters whose declared type, spelled in keywords, is 4 bytes wide there), so the statement fits a 32-bit build's registers",
                            stmt.first_line,
                            strategy.name(),
                            proofs.narrow_on_i386.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                        ));
                    }
                    if !proofs.not_compiled_32bit.is_empty() {
                        out.verified.push(format!(
                            "{rel_s}:{}: {}: the 32-bit units that read the file compile none of the changed statements ({}), so a 32-bit build's register limit does not apply",
                            stmt.first_line,
                            strategy.name(),
                            proofs.not_compiled_32bit.join(", ")
                        ));
                    }
                    for p in proofs.units {
                        out.verified.push(format!(
                            "{rel_s}:{}: {} verified with {}: {} expanded {} and {} operand {} mean what they meant; the edited unit compiles",
                            stmt.first_line,
                            strategy.name(),
                            p.origin,
                            p.statements,
                            if p.statements == 1 { "statement" } else { "statements" },
                            p.references,
                            if p.references == 1 { "reference" } else { "references" },
                        ));
                    }
                }
                Err(e) => {
                    out.skipped.push((strategy, format!("not verified: {e}")));
                    continue;
                }
            }
        }
        let (diff, ins, del) = unified(&path, &old, &new);
        let blame_line = match how.per_tree() {
            Some(_) => None,
            None => stmt
                .outputs
                .iter()
                .find(|o| o.is_call_constraint)
                .map(|o| crate::fixes::source::line_of(&text, o.span.start)),
        };
        let fixes = blame_line.and_then(|l| fixes_tag(tree, &path, l));
        let template = how.template();
        let (head, body) = template.split_once("\n---\n").unwrap_or(("", template));
        let subject_t = head
            .lines()
            .find_map(|l| l.strip_prefix("subject: "))
            .unwrap_or("fix objtool failure");
        let subject = fill(subject_t, &values);
        let prefix = subject_prefix(tree, &path);
        let mut body = wrap_prose(&fill(body, &values), 72);
        body.push('\n');
        let mut tags = Vec::new();
        if let Some(fx) = &fixes {
            tags.push(fx.clone());
        }
        if let Some(a) = &author {
            tags.push(format!("Signed-off-by: {a}"));
        }
        let from = author
            .clone()
            .unwrap_or_else(|| "rspill <rspill@localhost>".to_string());
        let diffstat = diffstat(&path, ins, del);
        let mail = format!(
            "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\nFrom: {from}\nSubject: [PATCH] {prefix}: {subject}\n\n{body}{}{}---\n{diffstat}\n{diff}-- \nrspill {}\n",
            if tags.is_empty() { "" } else { "\n" },
            tags.iter().map(|t| format!("{t}\n")).collect::<String>(),
            env!("CARGO_PKG_VERSION")
        );
        let tag = match how.per_tree() {
            Some(tag) => tag.to_string(),
            None => stmt
                .in_macro
                .clone()
                .or_else(|| enclosing_function(&text, stmt.span.start))
                .unwrap_or_default(),
        };
        let part = proven_source.map(|(change, source)| {
            std::sync::Arc::new(SeriesPart {
                rel: rel.clone(),
                old: old.clone(),
                edits: edits_kept,
                change,
                source,
                groups: groups.clone(),
                owner: owner.clone(),
                line: stmt.first_line,
                prefix: prefix.clone(),
                from: from.clone(),
                signed_off: author.clone(),
            })
        });
        out.drafts.push(Draft {
            strategy,
            file_name: format!("{}-{tag}.patch", strategy.name()),
            mail,
            path,
            part,
        });
    }
    Ok(out)
}

/// `narrow_operands` against every definition a configuration may see: the
/// whole tree's, `command_lines`' and those of every compiler `units` run.
/// None narrow when a compiler cannot say what it defines.
pub fn narrow_operands_everywhere<'c>(
    text: &str,
    stmt: &AsmStatement,
    tree_macros: &LazyTreeIndex,
    command_lines: &MacroIndex,
    units: impl Iterator<Item = &'c CompileCommand>,
) -> Vec<String> {
    let Some(compilers) = compiler_macros(tree_macros, units) else {
        return Vec::new();
    };
    let everywhere = |n: &str| {
        tree_macros
            .get()
            .lookup_with(command_lines, n)
            .or_else(|| compilers.lookup(n))
    };
    narrow_operands(text, stmt, &everywhere)
}

/// The names the statement uses, directly or through the definitions
/// `lookup` knows, that nothing rspill read defines (neither a file, a
/// command line nor a compiler the units run): plain identifiers or text to
/// rspill, unless a unit takes a definition from outside what was read
/// (`SourceOperands::unread_names`). Kconfig's `CONFIG_*` names, defined by
/// the configuration's generated header, are left out in a kbuild tree.
/// `use_arguments`: what the uses of the statement's macro pass it. Also
/// every name reached (known or not), the second list.
pub fn statement_names<'c>(
    text: &str,
    stmt: &AsmStatement,
    use_arguments: &[String],
    lookup: MacroLookup,
    tree_macros: &LazyTreeIndex,
    units: impl Iterator<Item = &'c CompileCommand>,
) -> (Vec<String>, Vec<String>) {
    let compilers = compiler_macros(tree_macros, units);
    let kbuild = tree_macros.tree().join("scripts/Kbuild.include").is_file();
    // A definition that does not tokenize gives its words: more names checked.
    let identifiers = crate::fixes::source::identifiers;
    let mut todo = identifiers(&text[stmt.span.clone()]);
    todo.extend(use_arguments.iter().cloned());
    let mut seen = std::collections::HashSet::new();
    let mut unread = Vec::new();
    while let Some(name) = todo.pop() {
        // A bound on the walk: a statement's macros reach hundreds of names.
        if seen.len() > 20_000 || !seen.insert(name.clone()) {
            continue;
        }
        let mut known = false;
        for key in [name.clone(), format!("{name}()")] {
            if let Some(body) = lookup(&key) {
                known = true;
                for d in crate::fixes::source::definitions(&body) {
                    todo.extend(identifiers(d));
                }
            }
        }
        let by_compiler = compilers
            .as_ref()
            .is_some_and(|c| c.lookup(&name).is_some() || c.lookup(&format!("{name}()")).is_some());
        if !(known || by_compiler || (kbuild && name.starts_with("CONFIG_"))) {
            unread.push(name);
        }
    }
    unread.sort();
    let mut reached: Vec<String> = seen.into_iter().collect();
    reached.sort();
    (unread, reached)
}

/// The definitions of every compiler the units run, or None when one of them
/// cannot say.
fn compiler_macros<'c>(
    tree_macros: &LazyTreeIndex,
    units: impl Iterator<Item = &'c CompileCommand>,
) -> Option<MacroIndex> {
    let mut all = MacroIndex::default();
    let mut seen: Vec<&str> = Vec::new();
    for u in units {
        let cc = u.compiler()?;
        if !seen.contains(&cc) {
            seen.push(cc);
            all.extend(tree_macros.compiler(cc).as_ref().as_ref()?);
        }
    }
    Some(all)
}

/// Refuse when the tree's file is not what the object was built from, in the
/// lines that matter: the statement must look the same in the build's own copy
/// of the file (when that still exists), and must sit in the function DWARF
/// names.
fn check_same_source(
    tree: &Path,
    site: &FixSite,
    rel: &Path,
    text: &str,
    stmt: &AsmStatement,
    lookup: crate::fixes::source::MacroLookup,
    out: &mut Suggestion,
) -> Result<(), String> {
    let shown = format!("{}:{}", rel.display(), site.line);
    let in_tree = tree.join(rel);
    let same_file = site.file.canonicalize().ok() == in_tree.canonicalize().ok();
    if !same_file {
        if let Ok(original) = std::fs::read_to_string(&site.file) {
            let built = statement_at(&original, site.line, lookup).map_err(|e| {
                format!(
                    "{shown}: the file differs from the one the object was built from ({}): {e}",
                    site.file.display()
                )
            })?;
            if original[built.span.clone()] != text[stmt.span.clone()] {
                return Err(format!(
                    "{shown}: the asm statement differs from the one the object was built from ({}, lines {}-{})",
                    site.file.display(),
                    built.first_line,
                    built.last_line
                ));
            }
        } else {
            out.warnings.push(format!(
                "{}: the build's copy of the file is gone; trusting that {} matches it",
                site.file.display(),
                in_tree.display()
            ));
        }
    }
    if stmt.in_macro.is_none() {
        if let (Some(want), Some(have)) =
            (&site.function, enclosing_function(text, stmt.span.start))
        {
            if want != &have {
                return Err(format!(
                    "{shown}: DWARF puts the asm in {want}(), but in this file the statement is in {have}(): the file changed since the object was built"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::map_to_tree;
    use std::path::Path;

    #[test]
    fn tree_paths_are_plain_names() {
        let tree = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tree.path().join("mm")).unwrap();
        std::fs::write(tree.path().join("mm/memory.c"), "").unwrap();
        for dwarf in [
            "./mm/memory.c",
            "/build/linux/mm/memory.c",
            "/build/linux/./mm/memory.c",
            "mm/memory.c",
        ] {
            assert_eq!(
                map_to_tree(tree.path(), Path::new(dwarf)).unwrap(),
                Path::new("mm/memory.c"),
                "{dwarf}"
            );
        }
        assert_eq!(
            super::object_in_tree(tree.path(), Path::new("/home/u/out/mm/memory.o")),
            "mm/memory.o"
        );
        assert_eq!(
            super::object_in_tree(tree.path(), Path::new("/home/u/out/fs/other.o")),
            "other.o"
        );
        // `..` would leave the tree: only the part after it is a candidate.
        assert_eq!(
            map_to_tree(&tree.path().join("mm"), Path::new("../x/memory.c")).unwrap(),
            Path::new("memory.c")
        );
    }
}
