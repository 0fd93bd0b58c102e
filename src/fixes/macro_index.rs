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
    /// Names with a definition outside every conditional group (a header's
    /// own include guard aside), and names with one inside such a group.
    /// A name defined only conditionally is undefined in the configurations
    /// where no group applies, and there a `-D` or a header outside what was
    /// read may define it (blind review 21).
    defined_unconditionally: std::collections::HashSet<String>,
    defined_conditionally: std::collections::HashSet<String>,
    /// Names some `#undef` removes: undefined from there on.
    undefined: std::collections::HashSet<String>,
    /// Which definitions from outside what was read are possible:
    /// `Open` for a tree whose build is unknown, `Kbuild` for a kernel tree
    /// (compile commands come from its Makefiles: a name they never mention
    /// is no `-D`), `Closed` when every file and command of the
    /// configurations was read (`of_units`).
    world: World,
    /// The files read (for finding a macro's uses).
    pub files: Vec<std::path::PathBuf>,
}

/// One open `#if` group while a file's directives are read: which names
/// each of its branches defines (directly, or in every branch of a nested
/// group with an `#else`).
struct Group {
    /// This branch is `#if 0`: never compiled.
    dead: bool,
    /// Names every finished branch defines (None: no branch finished yet).
    every_branch: Option<std::collections::HashSet<String>>,
    this_branch: std::collections::HashSet<String>,
    /// The branch after an `#else`: the branches cover every configuration.
    has_else: bool,
}

impl Group {
    fn open(dead: bool) -> Group {
        Group {
            dead,
            every_branch: None,
            this_branch: Default::default(),
            has_else: false,
        }
    }

    fn define(&mut self, name: String) {
        self.this_branch.insert(name);
    }

    fn finish_branch(&mut self) {
        // A never-compiled branch constrains nothing.
        if self.dead {
            return;
        }
        let this = std::mem::take(&mut self.this_branch);
        self.every_branch = Some(match self.every_branch.take() {
            None => this,
            Some(all) => all.intersection(&this).cloned().collect(),
        });
    }

    fn next_branch(&mut self, is_else: bool) {
        self.finish_branch();
        self.dead = false;
        self.has_else |= is_else;
    }

    /// The names defined in every configuration that reaches the group.
    fn close(mut self) -> std::collections::HashSet<String> {
        self.finish_branch();
        if self.has_else {
            self.every_branch.unwrap_or_default()
        } else {
            Default::default()
        }
    }
}

/// What may define a macro beyond the files and commands an index read.
#[derive(Debug, Default)]
enum World {
    #[default]
    Open,
    /// A kbuild tree: every word of its Makefiles, Kbuild files and `*.mk`.
    Kbuild(std::collections::HashSet<String>),
    Closed,
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
                .take_while(|c| crate::fixes::source::ident_char(*c))
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
        .take_while(|c| crate::fixes::source::ident_char(*c))
        .collect()
}

impl MacroIndex {
    /// Add every definition of `text` (one file).
    pub fn add_text(&mut self, text: &str) {
        let all = directives(text);
        // `#ifndef G` `#define G` first and `#endif` last: the include
        // guard, which does not make the file's definitions conditional.
        let guarded = matches!(
            (all.first(), all.get(1), all.last()),
            (Some(a), Some(b), Some(z))
                if a.name == "ifndef"
                    && b.name == "define"
                    && !ident(a.rest.trim_start()).is_empty()
                    && ident(a.rest.trim_start()) == ident(b.rest.trim_start())
                    && z.name == "endif"
        );
        let mut groups: Vec<Group> = Vec::new();
        // Top-level `#undef`s no later top-level definition has settled.
        let mut pending_undef = std::collections::HashSet::new();
        for d in all {
            match d.name.as_str() {
                "if" | "ifdef" | "ifndef" => groups.push(Group::open(d.rest.trim() == "0")),
                "else" | "elif" | "elifdef" | "elifndef" => {
                    if let Some(g) = groups.last_mut() {
                        g.next_branch(d.name == "else");
                    }
                }
                "endif" => {
                    // Names every branch of a group with an `#else` defines
                    // are defined wherever the group is.
                    let covered = groups.pop().map(Group::close).unwrap_or_default();
                    let nested = groups.len() > usize::from(guarded);
                    for name in covered {
                        match groups.last_mut() {
                            Some(outer) if nested => outer.define(name),
                            _ => {
                                self.defined_unconditionally.insert(name);
                            }
                        }
                    }
                }
                "undef" => {
                    // Undefined from here on: where no later definition
                    // applies, something unread may define it. At the top
                    // level, a later top-level definition in the file
                    // settles it again (`#undef X` / `#define X ...`).
                    let name = ident(d.rest.trim_start());
                    if groups.len() > usize::from(guarded) {
                        self.undefined.insert(name);
                    } else {
                        pending_undef.insert(name);
                    }
                }
                _ => {}
            }
            match d.name.as_str() {
                "define" => {
                    let rest = d.rest.trim_start();
                    let name = ident(rest);
                    if name.is_empty() {
                        continue;
                    }
                    // Never compiled: not a definition of any configuration.
                    if groups.iter().any(|g| g.dead) {
                        continue;
                    }
                    if groups.len() > usize::from(guarded) {
                        self.defined_conditionally.insert(name.clone());
                        if let Some(g) = groups.last_mut() {
                            g.define(name.clone());
                        }
                    } else {
                        pending_undef.remove(&name);
                        self.defined_unconditionally.insert(name.clone());
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
        self.undefined.extend(pending_undef);
    }

    /// Every text file below `tree`, read in parallel.
    pub fn of_tree(tree: &Path) -> MacroIndex {
        let files = Self::tree_files(tree);
        let build_files: Vec<std::path::PathBuf> = files
            .iter()
            .filter(|f| {
                let n = f
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                n.starts_with("Makefile") || n.starts_with("Kbuild") || n.ends_with(".mk")
            })
            .cloned()
            .collect();
        let mut index = Self::of_files(files);
        if tree.join("scripts/Kbuild.include").is_file() {
            let words = build_files
                .par_iter()
                .map(|f| {
                    let text = std::fs::read(f).unwrap_or_default();
                    String::from_utf8_lossy(&text)
                        .split(|c: char| !(crate::fixes::source::ident_char(c)))
                        .filter(|w| !w.is_empty())
                        // `-DNAME`, `-UNAME`: the name without the option
                        // letter too (a word more never hides a -D).
                        .flat_map(|w| {
                            let bare = w.strip_prefix(['D', 'U']).filter(|b| !b.is_empty());
                            std::iter::once(w.to_string()).chain(bare.map(str::to_string))
                        })
                        .collect::<std::collections::HashSet<String>>()
                })
                .reduce(std::collections::HashSet::new, |mut a, b| {
                    a.extend(b);
                    a
                });
            index.world = World::Kbuild(words);
        }
        index
    }

    /// Whether a definition from outside what was read may give `name`
    /// (plain, without `()`) a meaning: a `-D` or a header rspill did not
    /// read, in a configuration where no definition it read applies.
    fn may_be_defined_unseen(&self, name: &str) -> bool {
        match &self.world {
            World::Closed => false,
            World::Kbuild(words) => words.contains(name),
            World::Open => true,
        }
    }

    /// Whether nothing says which commands build the tree (neither a kbuild
    /// tree nor the units of a build directory were read).
    pub fn is_open_world(&self) -> bool {
        matches!(self.world, World::Open)
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
        m.world = World::Closed;
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
        self.defined_unconditionally
            .extend(other.defined_unconditionally);
        self.defined_conditionally
            .extend(other.defined_conditionally);
        self.undefined.extend(other.undefined);
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
        let only_conditional = ((self.defined_conditionally.contains(plain)
            && !self.defined_unconditionally.contains(plain))
            || self.undefined.contains(plain))
            && self.may_be_defined_unseen(plain);
        if self.overridable.contains(plain) {
            return Some(with_unseen(body, UNSEEN_OVERRIDE));
        }
        if only_conditional {
            return Some(with_unseen(body, UNSEEN_WHERE_UNDEFINED));
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
    tested: std::sync::OnceLock<std::collections::HashSet<String>>,
}

impl LazyTreeIndex {
    pub fn new(tree: &Path, progress: fn(&str)) -> Self {
        LazyTreeIndex {
            tree: tree.to_path_buf(),
            progress,
            index: std::sync::OnceLock::new(),
            compilers: Default::default(),
            tested: std::sync::OnceLock::new(),
        }
    }

    /// Every name the tree's conditionals test (`#if`, `#ifdef`, `#elif`,
    /// …): names a configuration's command line may define (blind review
    /// 24), read once.
    pub fn tested_names(&self) -> &std::collections::HashSet<String> {
        self.tested.get_or_init(|| {
            use rayon::prelude::*;
            MacroIndex::tree_files(&self.tree)
                .par_iter()
                .flat_map_iter(|f| {
                    let text = std::fs::read(f)
                        .map(|b| String::from_utf8_lossy(&b).into_owned())
                        .unwrap_or_default();
                    if !text.contains("if") {
                        return Vec::new();
                    }
                    directives(&text)
                        .into_iter()
                        .filter(|d| {
                            matches!(
                                d.name.as_str(),
                                "if" | "ifdef" | "ifndef" | "elif" | "elifdef" | "elifndef"
                            )
                        })
                        .flat_map(|d| crate::fixes::source::identifiers(&d.rest))
                        .filter(|n| n != "defined")
                        .collect::<Vec<_>>()
                })
                .collect()
        })
    }

    /// The tree this index reads.
    pub fn tree(&self) -> &Path {
        &self.tree
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
        self.defined_unconditionally
            .extend(other.defined_unconditionally.iter().cloned());
        self.defined_conditionally
            .extend(other.defined_conditionally.iter().cloned());
        self.undefined.extend(other.undefined.iter().cloned());
    }
}

impl MacroIndex {
    /// `lookup`, with the definitions of `extra` (command lines) added.
    pub fn lookup_with(&self, extra: &MacroIndex, name: &str) -> Option<String> {
        match (self.lookup(name), extra.lookup(name)) {
            (a, None) => a,
            // Only a command line defines it: another build's command may
            // define it otherwise, unless every command was read.
            (None, Some(b)) if self.may_be_defined_unseen(name.trim_end_matches("()")) => {
                Some(with_unseen(&b, UNSEEN_OVERRIDE))
            }
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
                // `DO(TPL_##n)` inside a caller macro: the pasted name is a
                // macro rspill never looks up (blind review 21).
                if arg.contains("##") {
                    return Some(format!(
                        "the use of {name} at {shown} passes `{arg}`, a pasted name whose definitions are not known"
                    ));
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

impl MacroIndex {
    /// The identifiers every use of macro `name` in the files read passes
    /// as arguments (a use inside another macro passing its own parameter is
    /// followed to that macro's uses): names the statement in `name`'s
    /// definition reads as well as its own (`DO(PRE)` hands it `PRE`, which
    /// a unit may take from a header outside the tree; blind review 21b).
    /// None when the uses nest too deeply to follow.
    pub fn argument_identifiers(&self, name: &str) -> Option<Vec<String>> {
        let mut names = Vec::new();
        let mut todo = vec![(name.to_string(), 0usize)];
        let mut seen = std::collections::HashSet::new();
        while let Some((m, depth)) = todo.pop() {
            if !seen.insert(m.clone()) {
                continue;
            }
            if depth > 6 {
                return None;
            }
            for file in &self.files {
                let Ok(bytes) = std::fs::read(file) else {
                    continue;
                };
                let text = String::from_utf8_lossy(&bytes);
                if !text.contains(m.as_str()) {
                    continue;
                }
                for (at, args) in crate::fixes::source::invocations(&text, &m) {
                    let enclosing = crate::fixes::source::enclosing_define_params(&text, at);
                    for arg in &args {
                        for id in crate::fixes::source::identifiers(arg) {
                            match &enclosing {
                                // The enclosing macro's parameter: what its
                                // own uses pass.
                                Some((outer, params)) if params.contains(&id) => {
                                    todo.push((outer.clone(), depth + 1))
                                }
                                _ => names.push(id),
                            }
                        }
                    }
                }
            }
        }
        names.sort();
        names.dedup();
        Some(names)
    }
}

/// `body`'s definitions and `unseen`, one no count can be taken from: a
/// definition from outside what was read.
fn with_unseen(body: &str, unseen: &str) -> String {
    let mut joined = CONFLICTING_DEFINITIONS.to_string();
    for b in crate::fixes::source::definitions(body) {
        joined.push('\u{1}');
        joined.push_str(b);
    }
    joined.push('\u{1}');
    joined.push_str(unseen);
    joined
}

/// The stand-in body of an override rspill cannot see (`#ifndef` defaults,
/// names only a command line defines): never counts as operands.
pub const UNSEEN_OVERRIDE: &str = "\u{2}an override rspill cannot see";

/// The definition of a name every definition rspill read of which is
/// conditional, in a configuration where none applies. Where a macro must
/// be one (a whole operand, a template piece) that configuration takes it
/// from something rspill did not read; inside an operand's expression the
/// name may as well be a plain identifier there, like any other.
pub const UNSEEN_WHERE_UNDEFINED: &str =
    "\u{2}a definition rspill cannot see, where none it read applies";

/// Whether a definition (one of `source::definitions`) is one rspill cannot
/// see: an override or one where none it read applies.
pub fn is_unseen(definition: &str) -> bool {
    definition == UNSEEN_OVERRIDE || definition == UNSEEN_WHERE_UNDEFINED
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blind review 21: a name defined only under a condition is undefined
    /// where the condition fails, and there a `-D` or an unread header may
    /// define it (as two operands). Covered: both branches of an `#else`,
    /// an include guard, `#if 0` (never compiled). A kbuild tree's commands
    /// come from its Makefiles: a name they never mention is no `-D`.
    #[test]
    fn names_defined_only_under_a_condition_may_be_defined_unseen() {
        let unseen = |m: &MacroIndex, n: &str| {
            m.lookup(n).is_some_and(|b| {
                crate::fixes::source::definitions(&b).contains(&UNSEEN_WHERE_UNDEFINED)
            })
        };
        let mut m = MacroIndex::default();
        m.add_text(concat!(
            "#ifndef H_H\n#define H_H\n",
            "#define PLAIN 1\n",
            "#ifdef CONFIG_X\n#define ONLY_X 1\n#endif\n",
            "#ifdef CONFIG_Y\n#define BOTH 1\n#elif defined(Z)\n#define BOTH 2\n#else\n#define BOTH 3\n#endif\n",
            "#ifdef A\n# ifdef B\n#  define NESTED 1\n# else\n#  define NESTED 2\n# endif\n#else\n#define NESTED 3\n#endif\n",
            "#ifdef A\n# ifdef B\n#  define HALF 1\n# endif\n#else\n#define HALF 3\n#endif\n",
            "#if 0\n#define DEAD 1\n#else\n#define ALIVE 1\n#endif\n",
            "#define GONE 1\n#ifdef CONFIG_X\n#undef GONE\n#endif\n",
            "#define BACK 1\n#undef BACK\n#define BACK 2\n#define LEFT 1\n#undef LEFT\n",
            "#endif\n",
        ));
        for n in ["PLAIN", "BOTH", "NESTED", "ALIVE", "BACK"] {
            assert!(!unseen(&m, n), "{n}");
        }
        for n in ["ONLY_X", "HALF", "GONE", "LEFT"] {
            assert!(unseen(&m, n), "{n}");
        }
        assert!(m.lookup("DEAD").is_none());
        // Not a guard when something follows its #endif.
        let mut m = MacroIndex::default();
        m.add_text("#ifndef G\n#define G\n#define IN_G 1\n#endif\nint x;\n#define AFTER 1\n");
        assert!(unseen(&m, "IN_G") && !unseen(&m, "AFTER"));
        // Only a command line: another build's may differ.
        let mut cmd = MacroIndex::default();
        cmd.add_command_line(&["-DOUTS=\"=a\" (r)".to_string()]);
        let has_override = |b: Option<String>| {
            b.is_some_and(|b| crate::fixes::source::definitions(&b).contains(&UNSEEN_OVERRIDE))
        };
        assert!(has_override(m.lookup_with(&cmd, "OUTS")));
        // A kbuild tree: closed for names its Makefiles never mention.
        let tree = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tree.path().join("scripts")).unwrap();
        std::fs::write(tree.path().join("scripts/Kbuild.include"), "# kbuild\n").unwrap();
        std::fs::write(tree.path().join("Makefile"), "KBUILD_CFLAGS += -DMADE=1\n").unwrap();
        std::fs::write(
            tree.path().join("h.h"),
            "#ifdef __KERNEL__\n#define ACC \"+r\" (sp)\n#define MADE 2\n#endif\n",
        )
        .unwrap();
        let k = MacroIndex::of_tree(tree.path());
        assert!(!unseen(&k, "ACC") && unseen(&k, "MADE"));
        assert!(!has_override(k.lookup_with(&cmd, "OUTS")));
    }

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
