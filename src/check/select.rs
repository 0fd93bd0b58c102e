//! Which objects a draft can change, so that the !KMSAN comparison builds all
//! of those and no others: an edit confined to an asm statement in one
//! function's body changes only the objects that emit that statement, and
//! those are the objects whose DWARF names the function; any other edit
//! reaches every object that includes the file.

use crate::fixes::macro_index::MacroIndex;
use crate::fixes::source::{Tok, definitions, group_start, identifiers, tokenize};
use crate::kbuild::compile_command::{cmd_files, lexically_normal, listed_deps};
use object::{Object, ObjectSection};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// What one changed file of a draft can reach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reach", rename_all = "snake_case")]
pub enum Reach {
    /// Every edit lies inside asm statements in the bodies of these
    /// functions: only objects that emit their code can change.
    Functions { names: Vec<String> },
    /// Every object that includes the file (why it cannot be narrowed).
    Includers { why: String },
    /// A Kconfig file: no object includes it; the configurations are
    /// compared whole (`check` refuses a !KMSAN .config that changed).
    Configuration,
    /// Neither C nor Kconfig (a Makefile, a script): dependency files do not
    /// record what it changes, so every object of the build.
    Everything { why: String },
}

/// A candidate's selection: what its files reach and which objects that is.
#[derive(Clone, Debug, Serialize)]
pub struct Selection {
    pub candidate: String,
    /// Changed file → what it reaches.
    pub files: Vec<(String, Reach)>,
    /// Objects whose dependency files name a changed file.
    pub includers: usize,
    /// Those objects (every object of the build for `Reach::Everything`):
    /// what `--all-objects` builds.
    #[serde(skip)]
    pub includer_objects: Vec<String>,
    /// Objects whose code the draft can change (a subset of the includers,
    /// or every object for `Reach::Everything`).
    pub selected: Vec<String>,
    /// Selected without their DWARF saying so: no DWARF, unreadable, not in
    /// the build (each with the reason).
    pub unsure: Vec<String>,
}

/// One `@@` hunk: where it starts in the old file and its lines with their
/// mark (' ', '-', '+').
#[derive(Clone, Debug)]
struct Hunk {
    old_start: usize,
    lines: Vec<(u8, String)>,
}

/// The files a patch creates (new, renamed or copied to) and those it
/// removes (deleted or renamed from), from git's extended headers and
/// `/dev/null` sides. Neither is read through dependency files alone: no
/// dependency file names a header that does not exist yet, though it may
/// shadow one of the same name; a removed one changes every includer.
fn created_and_removed(patch: &str) -> (Vec<String>, Vec<String>) {
    let (mut created, mut removed) = (Vec::new(), Vec::new());
    let mut current: Option<(String, String)> = None;
    let mut in_hunk = false;
    for line in patch.lines() {
        if let Some(rest) = line.strip_prefix("diff --git ") {
            in_hunk = false;
            current = rest
                .strip_prefix("a/")
                .and_then(|r| r.split_once(" b/"))
                .map(|(a, b)| (a.to_string(), b.to_string()));
            continue;
        }
        if line.starts_with("@@") {
            in_hunk = true;
        } else if line == "-- " {
            in_hunk = false;
        }
        let Some((a, b)) = &current else { continue };
        if in_hunk {
            continue;
        }
        if line.starts_with("new file mode") || line == "--- /dev/null" {
            created.push(b.clone());
        } else if line.starts_with("deleted file mode") || line == "+++ /dev/null" {
            removed.push(a.clone());
        } else if let Some(from) = line.strip_prefix("rename from ") {
            removed.push(from.to_string());
            created.push(b.clone());
        } else if line.starts_with("copy to ") {
            created.push(b.clone());
        }
    }
    for v in [&mut created, &mut removed] {
        v.sort();
        v.dedup();
    }
    (created, removed)
}

/// The hunks of every file a patch changes, in patch order.
fn file_hunks(patch: &str) -> Vec<(String, Vec<Hunk>)> {
    let mut out: Vec<(String, Vec<Hunk>)> = Vec::new();
    let mut in_hunk = false;
    for line in patch.lines() {
        if let Some(rest) = line.strip_prefix("diff --git ") {
            in_hunk = false;
            if let Some((_, b)) = rest.split_once(" b/") {
                out.push((b.to_string(), Vec::new()));
            }
        } else if let Some(rest) = line.strip_prefix("@@ -") {
            let start = rest
                .split([',', ' '])
                .next()
                .and_then(|s| s.parse::<usize>().ok());
            match (start, out.last_mut()) {
                (Some(s), Some((_, hunks))) => {
                    hunks.push(Hunk {
                        old_start: s,
                        lines: Vec::new(),
                    });
                    in_hunk = true;
                }
                _ => in_hunk = false,
            }
        } else if line == "-- " {
            in_hunk = false;
        } else if in_hunk {
            let mark = line.bytes().next().unwrap_or(b' ');
            if matches!(mark, b' ' | b'-' | b'+') {
                if let Some((_, hunks)) = out.last_mut() {
                    if let Some(h) = hunks.last_mut() {
                        h.lines
                            .push((mark, line.get(1..).unwrap_or("").to_string()));
                    }
                }
            } else if mark != b'\\' {
                in_hunk = false;
            }
        }
    }
    out
}

/// Byte ranges of the preprocessing directives of `text` (logical lines,
/// backslash-newlines joined, whose first character is `#`).
fn directive_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut logical_start: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let first = logical_start.unwrap_or(start);
        if body.ends_with('\\') {
            logical_start = Some(first);
        } else {
            if text[first..end].trim_start().starts_with('#') {
                out.push(first..end);
            }
            logical_start = None;
        }
        start = end;
    }
    out
}

/// A top-level function definition: its name, where its head starts (its
/// first token after the previous top-level `;` or `}`) and the bytes
/// strictly inside its body's braces.
#[derive(Debug)]
struct Definition {
    name: String,
    head: usize,
    body: Range<usize>,
}

/// The top-level function definitions of `text`. Directives are left out of
/// the brace count. None when the braces do not balance.
fn function_bodies(text: &str) -> Option<Vec<Definition>> {
    let directives = directive_ranges(text);
    let in_directive = |p: usize| directives.iter().any(|r| r.contains(&p));
    let toks: Vec<_> = tokenize(text)
        .ok()?
        .into_iter()
        .filter(|t| !in_directive(t.span.start))
        .collect();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut open_at = 0;
    // The first token of the current top-level item: a directive before it
    // (`#ifdef` around the whole function) is outside the definition.
    let mut item_first: Option<usize> = None;
    let mut head = 0;
    for (i, t) in toks.iter().enumerate() {
        if depth == 0 && item_first.is_none() {
            item_first = Some(t.span.start);
        }
        match t.kind {
            Tok::Punct(b'{') => {
                if depth == 0 {
                    open_at = i;
                    head = item_first.unwrap_or(t.span.start);
                }
                depth += 1;
            }
            Tok::Punct(b'}') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    if let Some(name) = definition_name(text, &toks, open_at) {
                        out.push(Definition {
                            name,
                            head,
                            body: toks[open_at].span.end..t.span.start,
                        });
                    }
                    item_first = None;
                }
            }
            Tok::Punct(b';') if depth == 0 => item_first = None,
            _ => {}
        }
    }
    (depth == 0).then_some(out)
}

/// The name before the parameter list that ends right before the `{` at
/// `brace` (attributes aside), when the block is a function's body.
fn definition_name(
    text: &str,
    toks: &[crate::fixes::source::Token],
    brace: usize,
) -> Option<String> {
    let close = brace.checked_sub(1)?;
    if toks[close].kind != Tok::Punct(b')') {
        return None;
    }
    // Walk back over `(...)` groups (the parameter list, then attributes
    // written after it) to the first one preceded by an identifier that is
    // not an attribute keyword.
    let mut i = close;
    loop {
        i = group_start(toks, i)?;
        let name = toks.get(i.checked_sub(1)?)?;
        if name.kind != Tok::Ident {
            return None;
        }
        let word = &text[name.span.clone()];
        if matches!(word, "__attribute__" | "__attribute" | "__asm__" | "asm") {
            i = i.checked_sub(2)?;
            if toks[i].kind != Tok::Punct(b')') {
                return None;
            }
            continue;
        }
        return Some(word.to_string());
    }
}

/// Byte range of the 1-based `first..first+count` lines of `text`.
fn line_span(text: &str, first: usize, count: usize) -> Option<Range<usize>> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let start = *starts.get(first.checked_sub(1)?)?;
    let end = starts.get(first - 1 + count).copied().unwrap_or(text.len());
    Some(start..end)
}

/// Byte ranges of the inline asm statements of `text`, from the `asm`
/// keyword to the closing parenthesis and its `;` (directives left out), and
/// whether each is volatile (`asm goto` is).
fn asm_spans(text: &str) -> Vec<(Range<usize>, bool)> {
    let directives = directive_ranges(text);
    let toks: Vec<_> = match tokenize(text) {
        Ok(t) => t
            .into_iter()
            .filter(|t| !directives.iter().any(|r| r.contains(&t.span.start)))
            .collect(),
        Err(_) => return Vec::new(),
    };
    let word = |i: usize| &text[toks[i].span.clone()];
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if toks[i].kind != Tok::Ident || !matches!(word(i), "asm" | "__asm__" | "__asm") {
            continue;
        }
        let mut j = i + 1;
        let mut volatile = false;
        while j < toks.len()
            && toks[j].kind == Tok::Ident
            && matches!(
                word(j),
                "volatile" | "__volatile__" | "__volatile" | "goto" | "inline" | "__inline__"
            )
        {
            volatile |= !matches!(word(j), "inline" | "__inline__");
            j += 1;
        }
        if toks.get(j).map(|t| t.kind) != Some(Tok::Punct(b'(')) {
            continue;
        }
        let mut depth = 0usize;
        for k in j..toks.len() {
            match toks[k].kind {
                Tok::Punct(b'(') => depth += 1,
                Tok::Punct(b')') => {
                    depth -= 1;
                    if depth == 0 {
                        // With the statement's `;`.
                        let end = match toks.get(k + 1) {
                            Some(t) if t.kind == Tok::Punct(b';') => t.span.end,
                            _ => toks[k].span.end,
                        };
                        out.push((toks[i].span.start..end, volatile));
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// `span` without the whitespace at its ends.
fn trimmed(text: &str, span: &Range<usize>) -> Range<usize> {
    let s = &text[span.clone()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// The definition whose body holds every byte of `span`, if one does.
fn body_holding<'d>(bodies: &'d [Definition], span: &Range<usize>) -> Option<&'d Definition> {
    bodies
        .iter()
        .find(|d| d.body.start <= span.start && span.end <= d.body.end)
}

/// Why `text` (changed lines) may hold a directive that `directive_ranges`
/// does not see as one (`%:define`, `/**/ #define`: blind review 22), if it
/// may: a `#` or `%:` outside string literals and comments. A line inside an
/// asm statement's parentheses has no business with either.
fn hidden_directive(text: &str) -> Option<String> {
    let Ok(toks) = tokenize(text) else {
        return Some("cannot be read as C tokens".into());
    };
    // A trigraph `??=` is `#` where trigraphs are on (`-trigraphs`, `-std=c11`).
    if text.contains("??=") || text.contains("??/") {
        return Some(
            "holds a trigraph (`??=`, `??/`): a preprocessing directive may start there".into(),
        );
    }
    let hash = toks.iter().enumerate().any(|(k, t)| {
        t.kind == Tok::Punct(b'#')
            || (t.kind == Tok::Punct(b'%')
                && toks.get(k + 1).is_some_and(|n| n.kind == Tok::Punct(b':')))
    });
    hash.then(|| {
        "holds `#` or `%:` outside string literals: a preprocessing directive may start there"
            .into()
    })
}

/// Why a macro reachable from `text`'s identifiers, in any definition the
/// tree has, may change more than its asm statement, if one may: it expands
/// to `__COUNTER__` (which numbers what follows in every unit), pastes
/// tokens (`__COUNT##ER__`), holds `_Pragma`/`__pragma` or an asm label, or
/// tokens that end the statement or the function (`;`, braces, unbalanced
/// parentheses or brackets: blind review 22).
fn macro_hazard(text: &str, macros: &MacroIndex) -> Option<String> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut todo = identifiers(text);
    while let Some(name) = todo.pop() {
        if name == "__COUNTER__" {
            return Some(
                "may expand to __COUNTER__, which numbers what follows in every unit that includes the file"
                    .into(),
            );
        }
        if !seen.insert(name.clone()) {
            continue;
        }
        for key in [name.clone(), format!("{name}()")] {
            let Some(body) = macros.lookup(&key) else {
                continue;
            };
            for b in definitions(&body) {
                if let Some(why) = definition_hazard(b) {
                    return Some(format!("uses macro {name}, {why}"));
                }
                todo.extend(identifiers(b));
            }
        }
    }
    None
}

/// `macro_hazard` for one definition body.
fn definition_hazard(body: &str) -> Option<&'static str> {
    if body.contains("##") || body.contains("%:%:") || body.contains("??=") {
        return Some("which pastes tokens (the pasted name may be __COUNTER__ or any other)");
    }
    let Ok(toks) = tokenize(body) else {
        return Some("whose definition cannot be read as C tokens");
    };
    let mut depth = (0i64, 0i64);
    for t in &toks {
        match t.kind {
            Tok::Ident
                if matches!(
                    &body[t.span.clone()],
                    "_Pragma" | "__pragma" | "asm" | "__asm__" | "__asm"
                ) =>
            {
                return Some("which holds _Pragma or asm, acting beyond the statement");
            }
            Tok::Punct(b';' | b'{' | b'}') => {
                return Some(
                    "which holds `;` or a brace: it may end the statement or the function",
                );
            }
            Tok::Punct(b'(') => depth.0 += 1,
            Tok::Punct(b')') => depth.0 -= 1,
            Tok::Punct(b'[') => depth.1 += 1,
            Tok::Punct(b']') => depth.1 -= 1,
            _ => {}
        }
        if depth.0 < 0 || depth.1 < 0 {
            break;
        }
    }
    (depth != (0, 0)).then_some("whose parentheses or brackets do not balance")
}

/// The names DWARF may give a function defined as `name`: itself, and what
/// an object-like macro of that name stands for when every definition the
/// tree has is one identifier (`#define clear_pages clear_pages`). None when
/// it is a function-like macro, expands to more than a name, or may be
/// overridden from where rspill cannot see.
fn dwarf_names(name: &str, macros: &MacroIndex) -> Option<Vec<String>> {
    if macros.lookup(&format!("{name}()")).is_some() {
        return None;
    }
    let mut names = vec![name.to_string()];
    if let Some(body) = macros.lookup(name) {
        for b in definitions(&body) {
            let ids = identifiers(b);
            if ids.len() != 1 || b.trim() != ids[0] {
                return None;
            }
            if !names.contains(&ids[0]) {
                names.push(ids[0].clone());
            }
        }
    }
    Some(names)
}

/// What the hunks of a C source or header `old` reach: Ok(function names)
/// when every changed line lies inside one function body both before and
/// after, no line moves, no directive changes and no `__COUNTER__` is in
/// reach; Err(why not) otherwise.
fn function_reach(old: &str, hunks: &[Hunk], macros: &MacroIndex) -> Result<Vec<String>, String> {
    // The new text, built hunk by hunk from the old one (checking that the
    // old lines are what the draft says).
    let old_lines: Vec<&str> = old.split('\n').collect();
    let mut new_lines: Vec<String> = Vec::new();
    let mut next = 0usize; // index into old_lines
    // (old first line, old count, new first line, new count) per changed run.
    let mut runs: Vec<(usize, usize, usize, usize)> = Vec::new();
    for h in hunks {
        let first = h.old_start.max(1) - 1;
        if first < next {
            return Err("its hunks overlap".into());
        }
        new_lines.extend(
            old_lines
                .get(next..first)
                .unwrap_or(&[])
                .iter()
                .map(|s| s.to_string()),
        );
        next = first;
        let (minus, plus) = (
            h.lines.iter().filter(|(m, _)| *m == b'-').count(),
            h.lines.iter().filter(|(m, _)| *m == b'+').count(),
        );
        if minus != plus {
            return Err(format!(
                "it moves the lines after line {} ({} removed, {} added): a __LINE__ below may change",
                h.old_start, minus, plus
            ));
        }
        let mut run: Option<(usize, usize, usize, usize)> = None;
        for (mark, text) in &h.lines {
            match mark {
                b' ' | b'-' => {
                    if old_lines.get(next).map(|l| l.trim_end_matches('\r'))
                        != Some(text.trim_end_matches('\r'))
                    {
                        return Err(format!(
                            "it does not apply to the tree's file at line {}",
                            next + 1
                        ));
                    }
                    if *mark == b' ' {
                        new_lines.push(text.clone());
                        if let Some(r) = run.take() {
                            runs.push(r);
                        }
                    } else {
                        let r = run.get_or_insert((next + 1, 0, new_lines.len() + 1, 0));
                        r.1 += 1;
                    }
                    next += 1;
                }
                _ => {
                    new_lines.push(text.clone());
                    let r = run.get_or_insert((next + 1, 0, new_lines.len(), 0));
                    r.3 += 1;
                }
            }
        }
        if let Some(r) = run.take() {
            runs.push(r);
        }
    }
    new_lines.extend(
        old_lines
            .get(next..)
            .unwrap_or(&[])
            .iter()
            .map(|s| s.to_string()),
    );
    let new = new_lines.join("\n");
    let (Some(old_bodies), Some(new_bodies)) = (function_bodies(old), function_bodies(&new)) else {
        return Err("its braces do not balance outside directives".into());
    };
    let (old_dirs, new_dirs) = (directive_ranges(old), directive_ranges(&new));
    let (old_asm, new_asm) = (asm_spans(old), asm_spans(&new));
    let mut names: Vec<String> = Vec::new();
    for (os, oc, ns, nc) in runs {
        let mut holders: Vec<Option<String>> = Vec::new();
        for (text, bodies, dirs, asms, first, count) in [
            (old, &old_bodies, &old_dirs, &old_asm, os, oc),
            (new.as_str(), &new_bodies, &new_dirs, &new_asm, ns, nc),
        ] {
            if count == 0 {
                continue;
            }
            let span = line_span(text, first, count).ok_or("a hunk lies past the file's end")?;
            if dirs
                .iter()
                .any(|d| d.start < span.end && span.start < d.end)
            {
                return Err(format!(
                    "it changes a preprocessing directive near line {first}"
                ));
            }
            if let Some(why) = hidden_directive(&text[span.clone()]) {
                return Err(format!("line {first} {why}"));
            }
            if let Some(why) = macro_hazard(&text[span.clone()], macros) {
                return Err(format!("line {first} {why}"));
            }
            // Only an asm statement is sure to leave its function's name in
            // DWARF wherever it changes code: an asm is never folded away,
            // nor merged (LLVM does not sink or hoist inline asm), while C
            // such as `return 1;` inlined and folded leaves no trace of its
            // function, yet `return 2;` changes the caller.
            let inner = trimmed(text, &span);
            let Some((asm, volatile)) = asms
                .iter()
                .find(|(a, _)| a.start <= inner.start && inner.end <= a.end)
            else {
                return Err(format!(
                    "its change at line {first} is not inside an asm statement (C code inlined and folded leaves no trace in DWARF)"
                ));
            };
            // A non-volatile asm with unused outputs is deleted, hoisted or
            // merged with another: made volatile, given a clobber, it
            // appears where DWARF never named its function.
            if !volatile {
                return Err(format!(
                    "the asm statement at line {first} is not volatile: the compiler may delete, hoist or merge it, leaving no DWARF trace"
                ));
            }
            // What acts on the whole unit from inside the parentheses: a
            // block-scope `asm("label")` declaration, `_Pragma`.
            let changed = &text[inner.clone()];
            let nested_asm = tokenize(changed).ok().is_none_or(|toks| {
                toks.iter().any(|t| {
                    t.kind == Tok::Ident
                        && matches!(&changed[t.span.clone()], "asm" | "__asm__" | "__asm")
                        && inner.start + t.span.start != asm.start
                })
            });
            if nested_asm || changed.contains("_Pragma") || changed.contains("__pragma") {
                return Err(format!(
                    "line {first} holds an asm label or a _Pragma, which act on the whole unit"
                ));
            }
            let Some(def) = body_holding(bodies, &span) else {
                holders.push(None);
                continue;
            };
            // The definition must be one the preprocessor leaves whole: no
            // directive from its head to its closing brace (an `#ifdef` may
            // give it another name or another body), and no `nodebug`.
            if dirs
                .iter()
                .any(|d| d.start < def.body.end && def.head < d.end)
            {
                return Err(format!(
                    "a directive lies inside the definition of {} (it may be another function in another configuration)",
                    def.name
                ));
            }
            if text[def.head..def.body.start].contains("nodebug") {
                return Err(format!(
                    "{} is compiled without debug information",
                    def.name
                ));
            }
            holders.push(Some(def.name.clone()));
        }
        let name = match holders.as_slice() {
            [Some(a)] => a.clone(),
            [Some(a), Some(b)] if a == b => a.clone(),
            _ => {
                return Err(format!(
                    "its change at line {os} is not inside one function's body"
                ));
            }
        };
        let Some(dwarf) = dwarf_names(&name, macros) else {
            return Err(format!(
                "the function at line {os} is named through macro `{name}`: DWARF may call it otherwise"
            ));
        };
        for d in dwarf {
            if !names.contains(&d) {
                names.push(d);
            }
        }
    }
    if names.is_empty() {
        return Err("no changed line found in it".into());
    }
    Ok(names)
}

/// What one changed file reaches, given the baseline tree.
fn file_reach(tree: &Path, file: &str, hunks: &[Hunk], macros: &MacroIndex) -> Reach {
    let base = Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if base.starts_with("Kconfig") {
        return Reach::Configuration;
    }
    if !(file.ends_with(".h") || file.ends_with(".c")) {
        return Reach::Everything {
            why: format!(
                "{file} is neither C nor Kconfig: what it changes is in no dependency file"
            ),
        };
    }
    let text = match std::fs::read(tree.join(file)) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            return Reach::Includers {
                why: format!("{file}: {e}"),
            };
        }
    };
    match function_reach(&text, hunks, macros) {
        Ok(names) => Reach::Functions { names },
        Err(why) => Reach::Includers { why },
    }
}

/// Whether the object's DWARF says anything about these names.
enum Mention {
    Yes,
    No,
    /// Selected anyway: the reason.
    Unsure(String),
}

/// Why kbuild's command for `object` (`DIR/.NAME.o.cmd`) may leave changed
/// code out of the DWARF, if it may: DWARF without inlined scopes
/// (`-gno-inline-line-tables`), options read from files rspill does not
/// open (`@FILE`, `--config`: blind review 21), or `nodebug` on the command
/// line (a `-D` spelling the attribute). Anywhere in the command counts,
/// even when a later option takes it back: more objects, never fewer.
fn command_hides_code(object: &Path) -> Option<&'static str> {
    let (dir, name) = (object.parent()?, object.file_name()?);
    let cmd = dir.join(format!(".{}.cmd", name.to_string_lossy()));
    let text = std::fs::read(cmd).ok()?;
    let has = |needle: &[u8]| memchr::memmem::find(&text, needle).is_some();
    if has(b"-gno-inline-line-tables") {
        return Some("built with -gno-inline-line-tables (its DWARF has no inlined functions)");
    }
    if has(b" @") || has(b"\t@") || has(b"--config") {
        return Some(
            "its compile command reads options from a file (@FILE, --config) rspill does not open",
        );
    }
    if has(b"nodebug") {
        return Some("its compile command names `nodebug`");
    }
    // Trigraphs (`??=define`) are read by the compiler with `-trigraphs` or
    // a strict ISO `-std=`; rspill reads the source without them.
    if enables_trigraphs(&String::from_utf8_lossy(&text)) {
        return Some(
            "its compile command enables trigraphs, which rspill's reading of the source does not translate",
        );
    }
    None
}

/// Whether a command line turns trigraphs on: `-trigraphs`, `-ansi` or a
/// strict ISO `-std=` (`c11`, `iso9899:2011`), as whole options — the
/// kernel's `-Wno-trigraphs` and `-std=gnu11` do not.
fn enables_trigraphs(command: &str) -> bool {
    command.split_whitespace().any(|a| {
        let a = a.trim_matches(|c| c == '\'' || c == '"');
        a == "-trigraphs"
            || a == "-ansi"
            || a.strip_prefix("-std=").is_some_and(|s| {
                s.starts_with("iso9899") || (s.starts_with('c') && !s.starts_with("c++"))
            })
    })
}

/// What the files a build's objects read say beyond their dependency
/// lists: read once per build, for every object (blind review 21).
#[derive(Debug, Default)]
pub struct InputFacts {
    /// Object → a file it reads that names `nodebug` / `__nodebug__` (a
    /// function compiled without debug information, through a macro or an
    /// earlier declaration, may hold changed code its DWARF does not show).
    nodebug: HashMap<String, PathBuf>,
    /// Object → the names its inputs hand to the assembler's `.incbin` and
    /// `.include` (files a dependency list does not record).
    assembler_reads: HashMap<String, Vec<String>>,
}

/// `InputFacts` of `objects` (as `build_objects` gives them), each distinct
/// file read once.
pub fn input_facts(build: &Path, objects: &[(String, Vec<PathBuf>)]) -> InputFacts {
    let distinct: HashSet<&PathBuf> = objects.iter().flat_map(|(_, deps)| deps).collect();
    let per_file: HashMap<&PathBuf, (bool, Vec<String>)> = distinct
        .into_par_iter()
        .filter_map(|d| {
            let text = std::fs::read(build.join(d)).ok()?;
            let facts = (names_nodebug(&text), assembler_file_names(&text));
            (facts.0 || !facts.1.is_empty()).then_some((d, facts))
        })
        .collect();
    let mut out = InputFacts::default();
    for (object, deps) in objects {
        for d in deps {
            if let Some((nodebug, names)) = per_file.get(d) {
                if *nodebug {
                    out.nodebug
                        .entry(object.clone())
                        .or_insert_with(|| d.clone());
                }
                if !names.is_empty() {
                    out.assembler_reads
                        .entry(object.clone())
                        .or_default()
                        .extend(names.iter().cloned());
                }
            }
        }
    }
    out
}

/// Whether `text` holds the identifier `nodebug` or `__nodebug__` (not a
/// longer identifier such as `__phys_addr_nodebug`).
fn names_nodebug(text: &[u8]) -> bool {
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    [&b"nodebug"[..], b"__nodebug__"].iter().any(|needle| {
        memchr::memmem::find_iter(text, needle).any(|at| {
            let end = at + needle.len();
            (at == 0 || !ident(text[at - 1])) && text.get(end).is_none_or(|&b| !ident(b))
        })
    })
}

/// Stands for "any file": a name handed to the assembler that rspill cannot
/// read (built by an assembler macro's arguments, by joining C string
/// literals, or a macro name; blind review 22).
const ANY_FILE: &str = "*";

/// The file names `text` hands to the assembler's `.incbin` / `.include`
/// (in an assembler source, or in a C string: `\"` quotes) and to `#embed`,
/// as written; `ANY_FILE` for one that cannot be read as a whole literal.
fn assembler_file_names(text: &[u8]) -> Vec<String> {
    // Backslash-newlines spliced (`#em\` + `bed`), and the directives found
    // in any case (LLVM's assembler takes `.INCBIN`; blind review 23).
    let spliced;
    let text = if memchr::memmem::find(text, b"\\\n").is_some() {
        spliced = String::from_utf8_lossy(text)
            .replace("\\\n", "")
            .replace("\\\r\n", "")
            .into_bytes();
        &spliced[..]
    } else {
        text
    };
    let lower = text.to_ascii_lowercase();
    let mut names = Vec::new();
    // `%:embed` and `??=embed` are `#embed`.
    for directive in [
        &b".incbin"[..],
        b".include",
        b"#embed",
        b"%:embed",
        b"??=embed",
    ] {
        for at in memchr::memmem::find_iter(&lower, directive) {
            let rest = &text[at + directive.len()..];
            let blanks = rest
                .iter()
                .take_while(|b| **b == b' ' || **b == b'\t')
                .count();
            if blanks == 0 {
                continue; // `.includes`, `#embedded`: another word
            }
            // An assembler file `.include "…"`d is in no dependency list,
            // and what it reads (`.incbin`) neither: any file. (`.include
            // <…>` is no assembler syntax: x86's nospec-branch.h has it in a
            // comment.)
            if directive == b".include" {
                let r = &text[at + directive.len() + blanks..];
                if r.starts_with(b"\"") || r.starts_with(b"\\\"") {
                    names.push(ANY_FILE.into());
                }
                continue;
            }
            let rest = &rest[blanks..];
            // In a C string the name is quoted `\"…\"`; in an assembler
            // source (or `#embed`) `"…"`; `#embed` also takes `<…>`.
            let (escaped, rest) = match rest.strip_prefix(b"\\\"") {
                Some(r) => (true, r),
                None => match rest.strip_prefix(b"\"") {
                    Some(r) => (false, r),
                    None if directive.ends_with(b"embed") => match rest.strip_prefix(b"<") {
                        Some(r) => {
                            let name: Vec<u8> = r
                                .iter()
                                .take_while(|b| !matches!(b, b'>' | b'\n'))
                                .copied()
                                .collect();
                            names.push(String::from_utf8_lossy(&name).into_owned());
                            continue;
                        }
                        None => {
                            names.push(ANY_FILE.into());
                            continue;
                        }
                    },
                    // A macro (`.incbin INITRD`) or an assembler macro's
                    // argument (`.incbin \a`): any file.
                    None if rest
                        .first()
                        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_' || *b == b'\\') =>
                    {
                        names.push(ANY_FILE.into());
                        continue;
                    }
                    None => continue,
                },
            };
            let len = rest
                .iter()
                .take_while(|b| !matches!(b, b'"' | b'\\' | b'\n'))
                .count();
            let (name, end) = (&rest[..len], &rest[len..]);
            // Whole only when closed as it was opened: `\"` after `\"`, `"`
            // after `"`; a `\` in an assembler source is a macro argument,
            // a bare `"` in a C string the end of one literal of several.
            let whole = if escaped {
                end.starts_with(b"\\\"")
            } else {
                end.starts_with(b"\"")
            };
            names.push(if whole && !name.is_empty() {
                String::from_utf8_lossy(name).into_owned()
            } else {
                ANY_FILE.into()
            });
        }
    }
    names
}

/// Does `object` (a build's relocatable object) carry any of `names` in its
/// DWARF strings? Any occurrence of the name followed by a NUL counts, also
/// as the tail of a longer string: more objects, never fewer.
fn mentions(object: &Path, names: &[String], nodebug: Option<&Path>) -> Mention {
    if let Some(file) = nodebug {
        return Mention::Unsure(format!(
            "it reads {}, which names `nodebug`: a function compiled without debug information may hold the changed code",
            file.display()
        ));
    }
    let file = match std::fs::File::open(object) {
        Ok(f) => f,
        Err(e) => return Mention::Unsure(format!("not in the build ({e})")),
    };
    // SAFETY: a build output read while no build runs in that directory.
    let map = match unsafe { memmap2::Mmap::map(&file) } {
        Ok(m) => m,
        Err(e) => return Mention::Unsure(format!("cannot be read ({e})")),
    };
    let elf = match object::File::parse(&*map) {
        Ok(f) => f,
        Err(e) => return Mention::Unsure(format!("no ELF object ({e})")),
    };
    if elf.section_by_name(".debug_info").is_none() {
        return Mention::Unsure("no DWARF".into());
    }
    // Every NUL-terminated string of the DWARF string section and of the
    // unit data (short names may be inline there): a name counts also as the
    // tail of a longer string.
    let mut strings: Vec<std::borrow::Cow<[u8]>> = Vec::new();
    for name in [".debug_str", ".debug_info"] {
        if let Some(section) = elf.section_by_name(name) {
            match section.uncompressed_data() {
                Ok(data) => strings.push(data),
                Err(e) => return Mention::Unsure(format!("{name} cannot be read ({e})")),
            }
        }
    }
    let has = |name: &str| {
        let mut needle = name.as_bytes().to_vec();
        needle.push(0);
        strings
            .iter()
            .any(|d| memchr::memmem::find(d, &needle).is_some())
    };
    if strings
        .iter()
        .any(|d| memchr::memmem::find(d, b".dwo\0").is_some())
    {
        return Mention::Unsure("split DWARF (the names are in a .dwo file)".into());
    }
    // GNU as writes DWARF for a unit compiled without it (`-g0
    // -Wa,--gdwarf-5`): a childless entry per function, nothing of what was
    // inlined into them (blind review 20).
    if strings
        .iter()
        .any(|d| memchr::memmem::find(d, b"GNU AS ").is_some())
    {
        return Mention::Unsure(
            "its DWARF was written by the assembler (it names functions, not what was inlined into them)"
                .into(),
        );
    }
    // Clang's `-gno-inline-line-tables` leaves inlined code out of the DWARF
    // (no inlined scopes), and the DWARF does not record the option: the
    // compile command does (blind review 20).
    if let Some(why) = command_hides_code(object) {
        return Mention::Unsure(why.into());
    }
    // The DWARF must describe the object's code: every function it defines
    // is named there. A function compiled `nodebug`, an object whose DWARF
    // the assembler wrote, or one built without inline information could
    // hold the changed code without naming it.
    use object::ObjectSymbol;
    let described = |sym: &object::Symbol| {
        let Ok(n) = sym.name() else { return true };
        // Compiler-made symbols DWARF does not name: split parts
        // (`f.cold`, `f.isra.0`), kCFI and patchable-prefix labels.
        n.contains('.') || n.starts_with("__cfi_") || n.starts_with("__pfx_") || has(n)
    };
    if let Some(sym) = elf.symbols().find(|sym| {
        sym.kind() == object::SymbolKind::Text && sym.is_definition() && !described(sym)
    }) {
        return Mention::Unsure(format!(
            "its DWARF does not name its function {}",
            sym.name().unwrap_or("?")
        ));
    }
    if names.iter().any(|n| has(n)) {
        Mention::Yes
    } else {
        Mention::No
    }
}

/// Every object of a build directory with a `.NAME.o.cmd`, and for each the
/// dependencies its `deps_` list names, lexically normalised (`asm/../asm/`
/// spellings occur), each followed by its real path when that differs (a
/// header reached through a symlinked directory or a symlink is the file it
/// resolves to: an edit of that file reaches the object); kernel objects
/// only: not `scripts/`, `tools/`, nor `.mod.o`.
pub fn build_objects(build: &Path) -> Vec<(String, Vec<PathBuf>)> {
    let mut found = listed_objects(build);
    // Each distinct dependency resolved once (a kernel build names some
    // 20,000 files across its 3,000 objects).
    let distinct: HashSet<&PathBuf> = found.iter().flat_map(|(_, deps)| deps).collect();
    let real: HashMap<PathBuf, PathBuf> = distinct
        .into_par_iter()
        .filter_map(|d| {
            let r = std::fs::canonicalize(build.join(d)).ok()?;
            (r != *d).then(|| (d.clone(), r))
        })
        .collect();
    for (_, deps) in &mut found {
        let resolved: Vec<PathBuf> = deps.iter().filter_map(|d| real.get(d).cloned()).collect();
        deps.extend(resolved);
    }
    found
}

/// `build_objects` before symlinks are resolved: the `deps_` lists as written.
fn listed_objects(build: &Path) -> Vec<(String, Vec<PathBuf>)> {
    let mut found: Vec<(String, Vec<PathBuf>)> = cmd_files(build)
        .par_iter()
        .filter_map(|(object, cmd)| {
            let object = object
                .strip_prefix(build)
                .ok()?
                .to_string_lossy()
                .into_owned();
            if object.ends_with(".mod.o")
                || object.starts_with("scripts/")
                || object.starts_with("tools/")
            {
                return None;
            }
            let text = std::fs::read_to_string(cmd).ok()?;
            let deps = listed_deps(&text)
                .into_iter()
                .map(|d| lexically_normal(Path::new(d)))
                .collect();
            Some((object, deps))
        })
        .collect();
    found.sort();
    found
}

/// Whether dependency `dep` (as `build_objects` gives it) is `file` (a path
/// relative to the tree): by its spelling, or by the real path of the tree's
/// file (`real`, from `real_path`) when a symlink stands between them.
pub(crate) fn names_file(dep: &Path, file: &str, real: Option<&Path>) -> bool {
    dep.ends_with(file) || real.is_some_and(|r| r == dep)
}

/// The real path of `file` in `tree`, when it exists (a file a draft
/// creates has none).
pub(crate) fn real_path(tree: &Path, file: &str) -> Option<PathBuf> {
    std::fs::canonicalize(tree.join(file)).ok()
}

/// The selection of one candidate: its changed files' reach, the build's
/// objects that include them, and of those the ones whose DWARF names a
/// changed function (or all of them, when the reach is not narrower).
pub fn select(
    candidate: &str,
    draft: &str,
    tree: &Path,
    build: &Path,
    objects: &[(String, Vec<PathBuf>)],
    facts: &InputFacts,
    macros: &HashMap<String, MacroIndex>,
) -> Selection {
    let mut hunks = file_hunks(draft);
    let (created, removed) = created_and_removed(draft);
    for gone in &removed {
        if !hunks.iter().any(|(f, _)| f == gone) {
            hunks.push((gone.clone(), Vec::new()));
        }
    }
    let mut files = Vec::new();
    let mut includers: HashSet<&str> = HashSet::new();
    let mut wanted: HashMap<&str, Vec<String>> = HashMap::new();
    let mut everything = false;
    for (file, hs) in &hunks {
        let reach = if created.contains(file) {
            Reach::Everything {
                why: format!(
                    "the draft creates {file}: a new file may shadow another of its name on an include path, and no dependency file names it"
                ),
            }
        } else if removed.contains(file) {
            Reach::Includers {
                why: format!("the draft removes {file} (or renames it)"),
            }
        } else {
            match macros.get(file) {
                Some(m) => file_reach(tree, file, hs, m),
                None if file.ends_with(".h") || file.ends_with(".c") => Reach::Includers {
                    why: format!(
                        "the compile commands of the objects including {file} could not all be read: a #define rspill did not see could rename the function or number with __COUNTER__"
                    ),
                },
                None => file_reach(tree, file, hs, &MacroIndex::default()),
            }
        };
        let real = real_path(tree, file);
        let base = Path::new(file).file_name();
        for (object, deps) in objects {
            // A file the assembler reads (`.incbin "x.h"`) is in no
            // dependency list: any object whose inputs name a file of that
            // name may read it, and all of it may change.
            let by_assembler = facts.assembler_reads.get(object).is_some_and(|names| {
                names
                    .iter()
                    .any(|n| n == ANY_FILE || Path::new(n).file_name() == base)
            });
            if by_assembler || deps.iter().any(|d| names_file(d, file, real.as_deref())) {
                includers.insert(object);
                let names = wanted.entry(object).or_default();
                match &reach {
                    Reach::Functions { names: n } if !by_assembler => {
                        names.extend(n.iter().cloned())
                    }
                    // Every includer: an empty name list means "all".
                    _ => names.push(String::new()),
                }
            }
        }
        everything |= matches!(reach, Reach::Everything { .. });
        files.push((file.clone(), reach));
    }
    let decided: Vec<(String, Option<Mention>)> = objects
        .par_iter()
        .filter_map(|(object, _)| {
            if everything {
                return Some((object.clone(), None));
            }
            let names = wanted.get(object.as_str())?;
            if names.iter().any(String::is_empty) {
                return Some((object.clone(), None));
            }
            let nodebug = facts.nodebug.get(object.as_str()).map(PathBuf::as_path);
            Some((
                object.clone(),
                Some(mentions(&build.join(object), names, nodebug)),
            ))
        })
        .collect();
    let mut selected = Vec::new();
    let mut unsure = Vec::new();
    for (object, mention) in decided {
        match mention {
            None | Some(Mention::Yes) => selected.push(object),
            Some(Mention::No) => {}
            Some(Mention::Unsure(why)) => {
                unsure.push(format!("{object}: {why}"));
                selected.push(object);
            }
        }
    }
    let includer_objects: Vec<String> = objects
        .iter()
        .filter(|(o, _)| everything || includers.contains(o.as_str()))
        .map(|(o, _)| o.clone())
        .collect();
    Selection {
        candidate: candidate.to_string(),
        files,
        includers: includers.len(),
        includer_objects,
        selected,
        unsure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "#ifndef X_H\n#define X_H\n#define clear_pages clear_pages\nstatic inline void clear_pages(void *p, long n)\n{\n\tasm volatile(\"rep stosb\"\n\t\t: \"+c\" (n), \"+D\" (p)\n\t\t: \"a\" (0));\n}\n#define WIPE(p) clear_pages(p, 8)\nstatic inline int other(void) { return 1; }\n#endif\n";

    fn patch(hunk: &str) -> String {
        format!("diff --git a/x.h b/x.h\n--- a/x.h\n+++ b/x.h\n{hunk}-- \nrspill\n")
    }

    fn reach(hunk: &str) -> Result<Vec<String>, String> {
        let mut macros = MacroIndex::default();
        macros.add_text(HEADER);
        macros.add_text("#define __UNIQUE(x) x ## __COUNTER__\n");
        let hunks = file_hunks(&patch(hunk));
        function_reach(HEADER, &hunks[0].1, &macros)
    }

    /// Blind review 20: a header the draft creates can shadow another of its
    /// name, which the includers' dependency files name instead; a renamed
    /// one leaves its old includers without it.
    #[test]
    fn created_renamed_and_removed_files_reach_beyond_their_dependency_files() {
        let created = "diff --git a/inc/x.h b/inc/x.h\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/inc/x.h\n@@ -0,0 +1 @@\n+int x;\n";
        assert_eq!(
            created_and_removed(created),
            (vec!["inc/x.h".to_string()], vec![])
        );
        let renamed = "diff --git a/old.h b/new.h\nsimilarity index 100%\nrename from old.h\nrename to new.h\n";
        assert_eq!(
            created_and_removed(renamed),
            (vec!["new.h".to_string()], vec!["old.h".to_string()])
        );
        let deleted = "diff --git a/y.h b/y.h\ndeleted file mode 100644\n--- a/y.h\n+++ /dev/null\n@@ -1 +0,0 @@\n-int y;\n";
        assert_eq!(
            created_and_removed(deleted),
            (vec![], vec!["y.h".to_string()])
        );
        // A hunk line that looks like a header is content.
        let edit = "diff --git a/z.h b/z.h\n--- a/z.h\n+++ b/z.h\n@@ -1,2 +1,2 @@\n--- /dev/null\n-new file mode\n+int z;\n";
        assert_eq!(created_and_removed(edit), (vec![], vec![]));
        // The selection: a created file reaches every object, with why.
        let work = tempfile::tempdir().unwrap();
        let objects = vec![
            ("a.o".to_string(), vec![PathBuf::from("/t/inc/other.h")]),
            ("b.o".to_string(), vec![PathBuf::from("/t/old.h")]),
        ];
        let s = select(
            "c",
            created,
            work.path(),
            work.path(),
            &objects,
            &InputFacts::default(),
            &HashMap::new(),
        );
        assert_eq!(s.selected, ["a.o", "b.o"]);
        assert!(matches!(&s.files[0].1, Reach::Everything { why } if why.contains("shadow")));
        let s = select(
            "r",
            renamed,
            work.path(),
            work.path(),
            &objects,
            &InputFacts::default(),
            &HashMap::new(),
        );
        assert_eq!(s.selected, ["a.o", "b.o"]);
        assert!(
            s.files
                .iter()
                .any(|(f, r)| f == "old.h" && matches!(r, Reach::Includers { .. }))
        );
    }

    #[test]
    fn an_operand_change_inside_the_body_reaches_the_function_by_its_dwarf_name() {
        let r = reach(
            "@@ -7,2 +7,2 @@\n-\t\t: \"+c\" (n), \"+D\" (p)\n-\t\t: \"a\" (0));\n+\t\t: \"+c\" (n), \"+D\" (p)\n+\t\t: \"a\" (0), \"r\" (__builtin_frame_address(0)));\n",
        );
        assert_eq!(r, Ok(vec!["clear_pages".to_string()]));
    }

    #[test]
    fn edits_that_reach_every_includer_say_why() {
        // A macro body.
        let e = reach("@@ -10,1 +10,1 @@\n-#define WIPE(p) clear_pages(p, 8)\n+#define WIPE(p) clear_pages(p, 16)\n").unwrap_err();
        assert!(e.contains("directive"), "{e}");
        // Lines that move.
        let e =
            reach("@@ -7,1 +7,2 @@\n \t\t: \"+c\" (n), \"+D\" (p)\n+\t\t/* more */\n").unwrap_err();
        assert!(e.contains("moves"), "{e}");
        // The body's closing brace.
        let e = reach("@@ -9,1 +9,1 @@\n-}\n+}   int g;\n").unwrap_err();
        assert!(e.contains("not inside"), "{e}");
        // The signature.
        let e = reach("@@ -4,1 +4,1 @@\n-static inline void clear_pages(void *p, long n)\n+static inline void clear_pages(void *p, int n)\n").unwrap_err();
        assert!(e.contains("not inside"), "{e}");
        // A macro that numbers with __COUNTER__.
        let e = reach("@@ -8,1 +8,1 @@\n-\t\t: \"a\" (0));\n+\t\t: \"a\" (__UNIQUE(z)));\n")
            .unwrap_err();
        assert!(e.contains("__COUNTER__"), "{e}");
        // C outside the asm statement: inlined and folded, it leaves no
        // DWARF trace (`return 1;` → `return 2;`).
        let e = reach("@@ -5,1 +5,1 @@\n-{\n+{ int unused = 1;\n").unwrap_err();
        assert!(e.contains("not inside an asm"), "{e}");
        // A draft that does not match the file.
        let e = reach("@@ -8,1 +8,1 @@\n-\t\t: \"a\" (1));\n+\t\t: \"a\" (0));\n").unwrap_err();
        assert!(e.contains("does not apply"), "{e}");
    }

    #[test]
    fn a_function_named_through_a_function_like_macro_is_not_narrowed() {
        let text = "#define DEFINE_F(n) int n(void)\nDEFINE_F(f)\n{\n\tasm volatile(\"nop\");\n}\n";
        let mut macros = MacroIndex::default();
        macros.add_text(text);
        let hunks = file_hunks(&patch(
            "@@ -4,1 +4,1 @@\n-\tasm volatile(\"nop\");\n+\tasm volatile(\"pause\");\n",
        ));
        let e = function_reach(text, &hunks[0].1, &macros).unwrap_err();
        assert!(e.contains("macro `DEFINE_F`"), "{e}");
    }

    /// The definition rules blind review 20 broke, each now refused.
    #[test]
    fn definitions_the_preprocessor_or_the_optimiser_may_change_are_not_narrowed() {
        let refuse = |text: &str, old: &str, new: &str, want: &str| {
            let line = text.lines().position(|l| l == old).unwrap() + 1;
            let patch = patch(&format!("@@ -{line},1 +{line},1 @@\n-{old}\n+{new}\n"));
            let hunks = file_hunks(&patch);
            let e = function_reach(text, &hunks[0].1, &MacroIndex::default()).unwrap_err();
            assert!(e.contains(want), "{e}");
        };
        // A non-volatile asm with an unused output: deleted until the edit
        // makes it volatile.
        refuse(
            "static inline long sp(void)\n{\n\tlong v;\n\tasm(\"mov %%rsp,%0\" : \"=r\" (v));\n\treturn v;\n}\n",
            "\tasm(\"mov %%rsp,%0\" : \"=r\" (v));",
            "\tasm volatile(\"mov %%rsp,%0\" : \"=r\" (v));",
            "not volatile",
        );
        // An asm label declared inside an operand names a symbol for the
        // whole unit.
        refuse(
            "static inline void t(void)\n{\n\tasm volatile(\"# %0\" :: \"r\" (({ extern int x asm(\"v1\"); x; })));\n}\n",
            "\tasm volatile(\"# %0\" :: \"r\" (({ extern int x asm(\"v1\"); x; })));",
            "\tasm volatile(\"# %0\" :: \"r\" (({ extern int x asm(\"v2\"); x; })));",
            "asm label",
        );
        // `#ifdef` choosing the function's name.
        refuse(
            "#ifdef FAST\nstatic inline void fast(int *p)\n#else\nstatic inline void slow(int *p)\n#endif\n{\n\tasm volatile(\"incl %0\" : \"+m\" (*p));\n}\n",
            "\tasm volatile(\"incl %0\" : \"+m\" (*p));",
            "\tasm volatile(\"decl %0\" : \"+m\" (*p));",
            "directive lies inside",
        );
        // A function DWARF never names.
        refuse(
            "static inline __attribute__((nodebug)) void b(int *p)\n{\n\tasm volatile(\"incl %0\" : \"+m\" (*p));\n}\n",
            "\tasm volatile(\"incl %0\" : \"+m\" (*p));",
            "\tasm volatile(\"decl %0\" : \"+m\" (*p));",
            "without debug information",
        );
    }

    /// Blind review 22: what the preprocessor makes of changed lines inside
    /// an asm statement — a directive spelled `%:define` or after a comment,
    /// a macro holding `_Pragma`, tokens that close the function, or a
    /// pasted `__COUNTER__` — reaches beyond the statement.
    #[test]
    fn directives_and_macros_the_text_hides_are_not_narrowed() {
        let text = "#define OPT_OFF _Pragma(\"clang optimize off\")\n#define SPLIT ::: \"memory\"); return x; } static int bar(int x) { asm volatile(\"nop\"\n#define ID(a) a\n#define NEXT ID(__COUNT##ER__)\n#define NEXT2 ID(__COUNT%:%:ER__)\n#define OPS \"+r\" (x)\nstatic inline int foo(int x)\n{\n\tasm volatile(\"nop\"\n\t\t/* a */\n\t\t: : : \"memory\");\n\treturn x;\n}\n";
        let mut macros = MacroIndex::default();
        macros.add_text(text);
        let reach = |new: &str| {
            let line = text.lines().position(|l| l == "\t\t/* a */").unwrap() + 1;
            let patch = patch(&format!(
                "@@ -{line},1 +{line},1 @@\n-\t\t/* a */\n+{new}\n"
            ));
            function_reach(text, &file_hunks(&patch)[0].1, &macros)
        };
        for (new, want) in [
            ("%:define MULT 5", "`#` or `%:`"),
            ("/**/ #define MULT 5", "`#` or `%:`"),
            ("OPT_OFF", "_Pragma"),
            ("SPLIT", "uses macro SPLIT"),
            ("\t\t: \"i\" (NEXT)", "pastes tokens"),
            ("\t\t: \"i\" (NEXT2)", "pastes tokens"),
            ("??=define MULT 5", "trigraph"),
        ] {
            let e = reach(new).unwrap_err();
            assert!(e.contains(want), "{new}: {e}");
        }
        // An operand macro of balanced tokens is still narrowed.
        assert_eq!(reach("\t\t: OPS").unwrap(), ["foo"]);
    }

    #[test]
    fn trigraph_options_are_whole_options() {
        assert!(enables_trigraphs("clang -O2 -trigraphs -c a.c"));
        assert!(enables_trigraphs("clang -std=c11 -c a.c"));
        assert!(enables_trigraphs("gcc -std=iso9899:1999 -c a.c"));
        // The kernel's flags: the session-22 kernel run found every object
        // "unsure" when `-Wno-trigraphs` matched as a substring.
        assert!(!enables_trigraphs(
            "clang-19 -Wno-trigraphs -std=gnu11 -fno-strict-aliasing -c mm/memory.c"
        ));
    }

    #[test]
    fn inputs_naming_nodebug_or_assembler_files_are_found() {
        assert!(names_nodebug(b"#define ND __attribute__((nodebug))\n"));
        assert!(names_nodebug(b"void f(void) __attribute__((__nodebug__));"));
        // A longer identifier is another name.
        assert!(!names_nodebug(
            b"unsigned long __phys_addr_nodebug(unsigned long x);"
        ));
        assert!(!names_nodebug(b"nodebugging"));
        assert_eq!(
            assembler_file_names(
                b"asm(\".incbin \\\"cfg.h\\\"\");\n\t.include \"macros.h\"\n.incbin x\n"
            ),
            ["cfg.h", "*", "*"]
        );
        // Names rspill cannot read whole are any file (blind review 22): C
        // literals joined, an assembler macro's arguments; `#embed` counts;
        // `.include <…>` in a comment and longer words do not.
        assert_eq!(
            assembler_file_names(b"\".incbin \\\"../x\" \".h\\\"\\n\""),
            ["*"]
        );
        assert_eq!(
            assembler_file_names(b".macro b a, c\n.incbin \"\\a\\c\"\n"),
            ["*"]
        );
        assert_eq!(
            assembler_file_names(b"#embed \"x.h\"\n#embed <y.h>\n"),
            ["x.h", "y.h"]
        );
        // Blind review 23: any case, spliced, digraph and trigraph spellings.
        assert_eq!(
            assembler_file_names(
                b".INCBIN \"a.h\"\n#em\\\nbed \"b.h\"\n%:embed \"c.h\"\n??=embed \"d.h\"\n"
            ),
            ["a.h", "b.h", "c.h", "d.h"]
        );
        assert!(assembler_file_names(b"/* asm(\".include <asm/n.h>\") */ .includes").is_empty());

        // The selection: an object whose input hands a changed file's name
        // to the assembler includes it (all of it), and one that reads a
        // `nodebug` file is unsure.
        let work = tempfile::tempdir().unwrap();
        let dir = work.path();
        std::fs::write(dir.join("x.h"), HEADER).unwrap();
        std::fs::write(dir.join("blob.c"), "asm(\".incbin \\\"x.h\\\"\");\n").unwrap();
        std::fs::write(dir.join("nd.h"), "#define ND __attribute__((nodebug))\n").unwrap();
        let objects = vec![
            ("blob.o".to_string(), vec![dir.join("blob.c")]),
            ("nd.o".to_string(), vec![dir.join("nd.h"), dir.join("x.h")]),
            ("other.o".to_string(), vec![dir.join("nd.h")]),
        ];
        let facts = input_facts(dir, &objects);
        let draft = patch(
            "@@ -7,2 +7,2 @@\n \t\t: \"+c\" (n), \"+D\" (p)\n-\t\t: \"a\" (0));\n+\t\t: \"a\" (1));\n",
        );
        let macros = HashMap::from([("x.h".to_string(), MacroIndex::default())]);
        let s = select("c", &draft, dir, dir, &objects, &facts, &macros);
        assert!(matches!(&s.files[0].1, Reach::Functions { .. }));
        assert_eq!(s.selected, ["blob.o", "nd.o"]);
        assert!(
            s.unsure
                .iter()
                .any(|u| u.starts_with("nd.o") && u.contains("nodebug"))
        );
    }

    #[test]
    fn attributes_after_the_parameters_are_skipped() {
        let text = "static void g(int x) __attribute__((noinline))\n{\n\tx++;\n}\n";
        assert_eq!(
            function_bodies(text).unwrap()[0].name,
            "g",
            "{:?}",
            function_bodies(text)
        );
    }
}
