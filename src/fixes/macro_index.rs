//! Every `#define` of a source tree, in every spelling the preprocessor accepts
//! (`#`, `%:`, comments and backslash-newlines between `#` and `define`), and
//! every `-D` of the compile commands in reach: what an operand or template
//! macro may mean in some configuration. A patch must be right in all of
//! them, not only in the one the compiler checks.

use crate::fixes::source::{CONFLICTING_DEFINITIONS, add_definition};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;

/// Macro name (function-like ones as `NAME()`) → body (`(params) body` for
/// function-like ones), or every body when there are several
/// (`source::definitions`).
#[derive(Debug, Default)]
pub struct MacroIndex {
    table: HashMap<String, String>,
    /// Names some `#ifndef NAME` / `#if !defined(NAME)` guards: a default
    /// another header or the command line may override unseen.
    overridable: std::collections::HashSet<String>,
    /// The files read (for finding a macro's uses).
    pub files: Vec<std::path::PathBuf>,
}

/// A preprocessing directive: its name (`define`, `undef`, `ifndef`, …) and
/// the rest of its logical line, comments removed.
#[derive(Debug, PartialEq, Eq)]
pub struct Directive {
    pub name: String,
    pub rest: String,
}

/// The directives of `text` as the preprocessor sees them: backslash-newlines
/// spliced, comments replaced by a space, `%:` read as `#`.
pub fn directives(text: &str) -> Vec<Directive> {
    // Logical lines with comments removed; strings and character literals are
    // kept (a `//` inside a string is not a comment).
    let b = text.as_bytes();
    let mut lines: Vec<String> = Vec::new();
    let mut cur: Vec<u8> = Vec::new();
    let mut i = 0;
    let splice = |b: &[u8], i: usize| -> usize {
        // Length of a backslash-newline (or backslash-CR-LF) at i, else 0.
        if b.get(i) == Some(&b'\\') {
            if b.get(i + 1) == Some(&b'\n') {
                return 2;
            }
            if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                return 3;
            }
        }
        0
    };
    while i < b.len() {
        let s = splice(b, i);
        if s > 0 {
            i += s;
            continue;
        }
        let c = b[i];
        if c == b'\n' {
            lines.push(String::from_utf8_lossy(&cur).into_owned());
            cur.clear();
            i += 1;
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                // A block comment spans lines: the directive line goes on.
                i += 1;
            }
            i += 2;
            cur.push(b' ');
        } else if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                let s = splice(b, i);
                i += if s > 0 { s } else { 1 };
            }
        } else if c == b'"' || c == b'\'' {
            cur.push(c);
            i += 1;
            while i < b.len() && b[i] != c && b[i] != b'\n' {
                let s = splice(b, i);
                if s > 0 {
                    i += s;
                    continue;
                }
                if b[i] == b'\\' && i + 1 < b.len() {
                    cur.push(b[i]);
                    i += 1;
                }
                cur.push(b[i]);
                i += 1;
            }
            if i < b.len() && b[i] == c {
                cur.push(c);
                i += 1;
            }
        } else {
            cur.push(c);
            i += 1;
        }
    }
    lines.push(String::from_utf8_lossy(&cur).into_owned());
    lines
        .into_iter()
        .filter_map(|l| {
            let t = l.trim_start();
            let rest = t.strip_prefix('#').or_else(|| t.strip_prefix("%:"))?;
            let rest = rest.trim_start();
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            Some(Directive {
                rest: rest[name.len()..].to_string(),
                name,
            })
        })
        .collect()
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

impl MacroIndex {
    /// Add every definition of `text` (one file).
    pub fn add_text(&mut self, text: &str) {
        for d in directives(text) {
            match d.name.as_str() {
                "define" => {
                    let rest = d.rest.trim_start();
                    let name = ident(rest);
                    if name.is_empty() {
                        continue;
                    }
                    let body = &rest[name.len()..];
                    // Whitespace is not part of a definition's meaning.
                    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                    if body.starts_with('(') {
                        add_definition(&mut self.table, format!("{name}()"), norm(body));
                    } else {
                        add_definition(&mut self.table, name, norm(body));
                    }
                }
                "ifndef" => {
                    self.overridable.insert(ident(d.rest.trim_start()));
                }
                "if" | "elif" => {
                    // `#if !defined(NAME)` / `#if !defined NAME`
                    let mut r = d.rest.as_str();
                    while let Some(at) = r.find("!") {
                        let after = r[at + 1..].trim_start();
                        if let Some(a) = after.strip_prefix("defined") {
                            let a = a.trim_start().trim_start_matches('(').trim_start();
                            self.overridable.insert(ident(a));
                        }
                        r = &r[at + 1..];
                    }
                }
                _ => {}
            }
        }
    }

    /// Every text file below `tree`, read in parallel.
    pub fn of_tree(tree: &Path) -> MacroIndex {
        Self::of_files(Self::tree_files(tree))
    }

    /// The files of `tree` a tree-wide index reads.
    pub fn tree_files(tree: &Path) -> Vec<std::path::PathBuf> {
        walkdir::WalkDir::new(tree)
            .into_iter()
            .filter_entry(|e| {
                // Not into VCS metadata, nor through links (a build
                // directory's `source` link points back up).
                e.depth() == 0 || !(e.file_name() == ".git" || e.path_is_symlink())
            })
            .filter_map(Result::ok)
            // Any file may be #included (`.inc`, `.def`, `.c`): every regular
            // text file of a reasonable size counts.
            .filter(|e| {
                e.file_type().is_file()
                    && e.metadata().is_ok_and(|m| m.len() <= 8 << 20)
                    && !e.path().extension().is_some_and(|x| {
                        matches!(
                            x.to_str().unwrap_or(""),
                            "o" | "a"
                                | "so"
                                | "ko"
                                | "png"
                                | "jpg"
                                | "gz"
                                | "xz"
                                | "bz2"
                                | "zst"
                                | "pdf"
                                | "bin"
                        )
                    })
            })
            .map(|e| e.into_path())
            .collect()
    }

    /// Every file that the compile commands `units` read (their `deps_`
    /// lists), and their `-D`s: the definitions of the configurations those
    /// units are built in. For a kbuild build directory, all of its units.
    pub fn of_units(units: &[crate::kbuild::compile_command::CompileCommand]) -> MacroIndex {
        let mut files: Vec<std::path::PathBuf> =
            units.iter().flat_map(|u| u.deps.iter().cloned()).collect();
        files.sort();
        files.dedup();
        let mut m = Self::of_files(files);
        for u in units {
            m.add_command_line(&u.args);
        }
        // Every file and every command line of these configurations was read:
        // an `#ifndef` default has no override outside them.
        m.overridable.clear();
        m
    }

    /// The definitions of `files`, read in parallel.
    pub fn of_files(files: Vec<std::path::PathBuf>) -> MacroIndex {
        let parts: Vec<MacroIndex> = files
            .par_chunks(64)
            .map(|chunk| {
                let mut m = MacroIndex::default();
                for f in chunk {
                    if let Ok(bytes) = std::fs::read(f) {
                        // Binary files (a NUL early on) define nothing.
                        if !bytes[..bytes.len().min(4096)].contains(&0) {
                            m.add_text(&String::from_utf8_lossy(&bytes));
                        }
                    }
                }
                m
            })
            .collect();
        let mut out = MacroIndex::default();
        for p in parts {
            out.merge(p);
        }
        out.files = files;
        out
    }

    fn merge(&mut self, other: MacroIndex) {
        for (k, v) in other.table {
            for b in crate::fixes::source::definitions(&v) {
                add_definition(&mut self.table, k.clone(), b.to_string());
            }
        }
        self.overridable.extend(other.overridable);
    }

    /// `-DNAME`, `-DNAME=value`, `-D NAME=value` and `-UNAME` of a command.
    pub fn add_command_line(&mut self, args: &[String]) {
        let mut it = args.iter().peekable();
        while let Some(a) = it.next() {
            let def = match a.as_str() {
                "-D" | "-U" => it.next().map(|v| (a.as_str(), v.as_str())),
                _ if a.starts_with("-D") => Some(("-D", &a[2..])),
                _ if a.starts_with("-U") => Some(("-U", &a[2..])),
                _ => None,
            };
            match def {
                Some(("-D", d)) => {
                    let (name, value) = d.split_once('=').unwrap_or((d, "1"));
                    if name.contains('(') {
                        let (n, rest) = name.split_once('(').unwrap_or((name, ""));
                        add_definition(
                            &mut self.table,
                            format!("{n}()"),
                            format!("({rest} {value}"),
                        );
                    } else {
                        add_definition(&mut self.table, name.to_string(), value.to_string());
                    }
                }
                Some((_, u)) => {
                    self.overridable.insert(u.to_string());
                }
                None => {}
            }
        }
    }

    /// The definitions of `name` (or `NAME()` for function-like ones): one
    /// body, `CONFLICTING_DEFINITIONS` with every body, or None when the tree
    /// never defines it. A name guarded by `#ifndef` somewhere may be
    /// overridden from outside what was read: its bodies are marked so.
    pub fn lookup(&self, name: &str) -> Option<String> {
        let body = self.table.get(name)?;
        let plain = name.trim_end_matches("()");
        if self.overridable.contains(plain) {
            let mut joined = CONFLICTING_DEFINITIONS.to_string();
            for b in crate::fixes::source::definitions(body) {
                joined.push('\u{1}');
                joined.push_str(b);
            }
            // An unseen override: a body no count can be taken from.
            joined.push('\u{1}');
            joined.push_str(UNSEEN_OVERRIDE);
            return Some(joined);
        }
        Some(body.clone())
    }
}

/// Every definition of a whole tree, read the first time a claim needs it
/// (seconds on a kernel tree): what a configuration no build at hand shows
/// (an i386 one) may define. With it, the compilers' own definitions: their
/// headers (`stdint.h`, `stdarg.h`) and what they predefine for x86-64 and
/// for i386 (`i386`, `__ILP32__`).
pub struct LazyTreeIndex {
    tree: std::path::PathBuf,
    /// Told when the tree is read (it takes seconds on a kernel tree).
    progress: fn(&str),
    index: std::sync::OnceLock<MacroIndex>,
    compilers: std::sync::Mutex<HashMap<String, std::sync::Arc<Option<MacroIndex>>>>,
}

impl LazyTreeIndex {
    pub fn new(tree: &Path, progress: fn(&str)) -> Self {
        LazyTreeIndex {
            tree: tree.to_path_buf(),
            progress,
            index: std::sync::OnceLock::new(),
            compilers: Default::default(),
        }
    }

    pub fn get(&self) -> &MacroIndex {
        self.index.get_or_init(|| {
            (self.progress)(&format!(
                "reading every #define of {} (what another configuration may define)",
                self.tree.display()
            ));
            MacroIndex::of_tree(&self.tree)
        })
    }

    /// The definitions of `compiler` (read once), or None when it does not
    /// run: then nothing may be claimed that needs them.
    pub fn compiler(&self, compiler: &str) -> std::sync::Arc<Option<MacroIndex>> {
        let mut cache = self.compilers.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(compiler.to_string())
            .or_insert_with(|| std::sync::Arc::new(MacroIndex::of_compiler(compiler).ok()))
            .clone()
    }
}

impl MacroIndex {
    /// A compiler's own definitions: every `#define` of its header directory
    /// (`-print-file-name=include`, which clang and gcc both answer) and the
    /// macros it predefines for x86-64 and for i386.
    pub fn of_compiler(compiler: &str) -> Result<MacroIndex, String> {
        let run = |args: &[&str]| -> Result<String, String> {
            let o = std::process::Command::new(compiler)
                .args(args)
                .stdin(std::process::Stdio::null())
                .output()
                .map_err(|e| format!("{compiler}: {e}"))?;
            if !o.status.success() {
                return Err(format!("{compiler} {}: failed", args.join(" ")));
            }
            Ok(String::from_utf8_lossy(&o.stdout).into_owned())
        };
        let include = std::path::PathBuf::from(run(&["-print-file-name=include"])?.trim());
        if !include.is_dir() {
            return Err(format!(
                "{compiler}: no header directory at {}",
                include.display()
            ));
        }
        let files = walkdir::WalkDir::new(&include)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        let mut m = MacroIndex::of_files(files);
        for target in [&[][..], &["-m32"][..]] {
            let mut args = target.to_vec();
            args.extend(["-dM", "-E", "-x", "c", "/dev/null"]);
            m.add_text(&run(&args)?);
        }
        Ok(m)
    }

    /// Add `other`'s definitions.
    pub fn extend(&mut self, other: &MacroIndex) {
        for (k, v) in &other.table {
            for b in crate::fixes::source::definitions(v) {
                add_definition(&mut self.table, k.clone(), b.to_string());
            }
        }
        self.overridable.extend(other.overridable.iter().cloned());
    }
}

impl MacroIndex {
    /// `lookup`, with the definitions of `extra` (command lines) added.
    pub fn lookup_with(&self, extra: &MacroIndex, name: &str) -> Option<String> {
        match (self.lookup(name), extra.lookup(name)) {
            (a, None) => a,
            (None, b) => b,
            (Some(a), Some(b)) => {
                let mut t = HashMap::new();
                for d in crate::fixes::source::definitions(&a)
                    .into_iter()
                    .chain(crate::fixes::source::definitions(&b))
                {
                    add_definition(&mut t, String::new(), d.to_string());
                }
                t.remove("")
            }
        }
    }
}

impl MacroIndex {
    /// Why parameter `index` of macro `name` may carry an operand reference
    /// into a template at some use, if it may: every use of `name` in the files
    /// read is looked at (a use inside another macro passing its own
    /// parameter is followed to that macro's uses). The argument must hold no
    /// literal or macro that may build a positional reference.
    pub fn parameter_hazard(
        &self,
        name: &str,
        (index, stringified): (usize, bool),
        macros: crate::fixes::source::MacroLookup,
    ) -> Option<String> {
        self.parameter_hazard_at(name, index, stringified, macros, 0, &mut Vec::new())
    }

    fn parameter_hazard_at(
        &self,
        name: &str,
        index: usize,
        stringified: bool,
        macros: crate::fixes::source::MacroLookup,
        depth: usize,
        seen: &mut Vec<(String, usize)>,
    ) -> Option<String> {
        if seen.iter().any(|(n, i)| n == name && *i == index) {
            return None;
        }
        seen.push((name.to_string(), index));
        if depth > 6 {
            return Some(format!(
                "the uses of {name} pass its arguments on too deeply to check"
            ));
        }
        let variadic = macros(&format!("{name}()")).is_some_and(|d| {
            crate::fixes::source::definitions(&d).iter().any(|d| {
                d.split_once(')')
                    .map(|(p, _)| {
                        p.split(',').count() == index + 1 && p.trim_end().ends_with("...")
                    })
                    .unwrap_or(false)
            })
        });
        for file in &self.files {
            let Ok(bytes) = std::fs::read(file) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes);
            if !text.contains(name) {
                continue;
            }
            for (at, args) in crate::fixes::source::invocations(&text, name) {
                let shown = format!(
                    "{}:{}",
                    file.display(),
                    crate::fixes::source::line_of(&text, at)
                );
                let Some(arg) = (if variadic {
                    args.get(index..).map(|a| a.join(", "))
                } else {
                    args.get(index).cloned()
                }) else {
                    continue;
                };
                let enclosing = crate::fixes::source::enclosing_define_params(&text, at);
                let params: Vec<String> = enclosing
                    .as_ref()
                    .map(|(_, p)| p.clone())
                    .unwrap_or_default();
                if stringified {
                    // `#p` spells the argument as written, unexpanded: only a
                    // `%` in it could make a reference, or an outer
                    // parameter's argument passed through.
                    if arg.contains('%') {
                        return Some(format!(
                            "the use of {name} at {shown} passes `{arg}`, stringified into the template"
                        ));
                    }
                    if let Some((outer, outer_params)) = &enclosing {
                        if let Some(p) = outer_params.iter().position(|p| *p == arg) {
                            if let Some(why) =
                                self.parameter_hazard_at(outer, p, true, macros, depth + 1, seen)
                            {
                                return Some(why);
                            }
                        }
                    }
                    continue;
                }
                let Ok(toks) = crate::fixes::source::tokenize(&arg) else {
                    return Some(format!(
                        "the use of {name} at {shown} passes text rspill cannot read"
                    ));
                };
                match crate::fixes::source::template_params(&arg, &toks, &params, macros, false) {
                    Err(why) => return Some(format!("the use of {name} at {shown}: {why}")),
                    Ok(passed) => {
                        if let Some((outer, _)) = &enclosing {
                            for (p, s) in passed {
                                if let Some(why) =
                                    self.parameter_hazard_at(outer, p, s, macros, depth + 1, seen)
                                {
                                    return Some(why);
                                }
                            }
                        }
                    }
                }
            }
        }
        None
    }
}

/// The stand-in body of an override rspill cannot see (`#ifndef` defaults):
/// never counts as operands.
pub const UNSEEN_OVERRIDE: &str = "\u{2}an override rspill cannot see";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_a_definition_is_seen() {
        let mut m = MacroIndex::default();
        m.add_text("#define A 1\n%:define B 2\n#/* c */define C 3\n# \\\ndefine D 4\n  #  define E(x) x, x\n\"#define NOT 5\"\n// #define NOT2 6\n/* #define NOT3 7 */\n");
        for (n, b) in [
            ("A", "1"),
            ("B", "2"),
            ("C", "3"),
            ("D", "4"),
            ("E()", "(x) x, x"),
        ] {
            assert_eq!(m.lookup(n).as_deref(), Some(b), "{n}");
        }
        assert!(
            m.lookup("NOT").is_none() && m.lookup("NOT2").is_none() && m.lookup("NOT3").is_none()
        );
        m.add_text("#define A 2\n#ifndef F\n#define F 1\n#endif\n");
        assert_eq!(
            crate::fixes::source::definitions(&m.lookup("A").unwrap()),
            ["1", "2"]
        );
        assert!(
            crate::fixes::source::definitions(&m.lookup("F").unwrap()).contains(&UNSEEN_OVERRIDE)
        );
        m.add_command_line(&["-DB=9".to_string(), "-D".to_string(), "G".to_string()]);
        assert_eq!(
            crate::fixes::source::definitions(&m.lookup("B").unwrap()),
            ["2", "9"]
        );
        assert_eq!(m.lookup("G").as_deref(), Some("1"));
    }
}
