//! A translation unit's compile command (from kbuild's `.NAME.o.cmd`, or stated by
//! the user), run with a source file swapped for an edited copy through clang's
//! virtual file system overlay, so the user's tree is never written.

use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// How one translation unit is compiled.
#[derive(Clone, Debug)]
pub struct CompileCommand {
    /// Where the command runs (kbuild's object tree).
    pub cwd: PathBuf,
    /// Program and arguments, without output and dependency-file options.
    pub args: Vec<String>,
    /// The main source file, absolute.
    pub source: PathBuf,
    /// Every file the compiler opened, absolute (kbuild's `deps_` list; just
    /// the source for a stated command).
    pub deps: Vec<PathBuf>,
    /// Where the command came from, for messages (`mm/.memory.o.cmd`).
    pub origin: String,
}

impl CompileCommand {
    /// The compiler the command runs, past a wrapper (`ccache clang-19`).
    pub fn compiler(&self) -> Option<&str> {
        self.args.iter().map(String::as_str).find(|a| {
            let name = Path::new(a)
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(a);
            !matches!(name, "ccache" | "distcc" | "icecc" | "sccache" | "env") && !a.contains('=')
        })
    }
}

/// The `.NAME.o.cmd` file kbuild writes beside `object`.
pub fn kbuild_cmd_file(object: &Path) -> Option<PathBuf> {
    let name = object.file_name()?.to_str()?;
    Some(object.with_file_name(format!(".{name}.cmd")))
}

/// Options that name outputs or dependency files, or choose the compile step:
/// dropped, and the verifier adds its own. The bool says whether the option
/// takes the next argument.
fn is_output_option(arg: &str) -> Option<bool> {
    match arg {
        "-o" | "-MF" | "-MT" | "-MQ" => Some(true),
        "-c" | "-S" | "-E" | "-MD" | "-MMD" | "-MP" | "-M" | "-MM" => Some(false),
        _ if arg.starts_with("-Wp,-MD,") || arg.starts_with("-Wp,-MMD,") => Some(false),
        _ if arg.starts_with("-o") && arg.len() > 2 => Some(false),
        _ => writes_side_files(arg),
    }
}

/// Options that make the compiler write files of its own beside the object
/// (temporaries, statistics, optimisation records, time traces, compilation
/// database entries), relative to where it runs or to a name they give:
/// the verifier runs the command where the user's tree is, which is never
/// written (blind review 104's `-save-temps=cwd`, `--save-stats=cwd`,
/// `-foptimization-record-file=`, `-ftime-trace=`). None changes the code.
/// The bool says whether the option takes the next argument.
fn writes_side_files(arg: &str) -> Option<bool> {
    const TAKES_NEXT: &[&str] = &["-MJ", "-dumpdir", "-dumpbase", "-dumpbase-ext", "-aux-info"];
    const PREFIXES: &[&str] = &[
        "-save-temps",
        "--save-temps",
        "-save-stats",
        "--save-stats",
        "-fsave-optimization-record",
        "-foptimization-record-file=",
        "-foptimization-record-passes=",
        "-ftime-trace",
        "-fproc-stat-report",
        "-fcrash-diagnostics",
        "-fdump-",
        "-fcallgraph-info",
        "-MJ",
    ];
    if TAKES_NEXT.contains(&arg) {
        Some(true)
    } else if PREFIXES.iter().any(|p| arg.starts_with(p)) {
        Some(false)
    } else {
        None
    }
}

/// Split a shell command line into its first simple command (kbuild appends
/// objtool and other steps after ` ; `).
fn first_command(line: &str) -> Result<Vec<String>, String> {
    let words = shlex::split(line).ok_or("unbalanced quotes in the compile command")?;
    let end = words
        .iter()
        .position(|w| w == ";" || w == "&&" || w == "||")
        .unwrap_or(words.len());
    if end == 0 {
        return Err("empty compile command".into());
    }
    Ok(words[..end].to_vec())
}

/// The value of `NAME := value` lines in a `.cmd` file.
fn cmd_variable<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    text.lines()
        .find(|l| l.starts_with(prefix))
        .and_then(|l| l.split_once(" := "))
        .map(|(_, v)| v)
}

/// `a/./b/../c` → `a/c`, without touching the file system (the build's
/// paths may name a tree that is gone).
pub(crate) fn lexically_normal(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

impl CompileCommand {
    /// The command kbuild used for `object`, from the `.cmd` file beside it.
    pub fn from_kbuild(object: &Path) -> Result<CompileCommand, String> {
        let cmd_file = kbuild_cmd_file(object).ok_or("not an object file name")?;
        let text = std::fs::read_to_string(&cmd_file)
            .map_err(|e| format!("{}: {e}", cmd_file.display()))?;
        Self::from_kbuild_text(object, &cmd_file, &text)
    }

    /// The same, from the `.cmd` file's text already read.
    fn from_kbuild_text(
        object: &Path,
        cmd_file: &Path,
        text: &str,
    ) -> Result<CompileCommand, String> {
        let line = cmd_variable(text, "savedcmd_")
            .or_else(|| cmd_variable(text, "cmd_"))
            .ok_or_else(|| format!("{}: no saved command", cmd_file.display()))?;
        // Make's escapes in saved commands.
        let line = line.replace("$$", "$").replace("\\#", "#");
        let words = first_command(&line).map_err(|e| format!("{}: {e}", cmd_file.display()))?;
        // kbuild runs from the object tree: the `-o` path, relative to it,
        // is a tail of the object's own path.
        let object_abs = std::path::absolute(object).map_err(|e| format!("{e}"))?;
        let out_arg = words
            .iter()
            .position(|w| w == "-o")
            .and_then(|i| words.get(i + 1))
            .ok_or_else(|| format!("{}: the command has no -o", cmd_file.display()))?;
        let cwd = if Path::new(out_arg).is_absolute() {
            object_abs.parent().unwrap_or(Path::new("/")).to_path_buf()
        } else {
            let mut dir = object_abs.clone();
            for _ in Path::new(out_arg).components() {
                dir.pop();
            }
            if lexically_normal(&dir.join(out_arg)) != lexically_normal(&object_abs) {
                return Err(format!(
                    "{}: its -o {out_arg} is not this object",
                    cmd_file.display()
                ));
            }
            dir
        };
        let source = cmd_variable(text, "source_")
            .map(|s| s.trim().to_string())
            .or_else(|| words.iter().rev().find(|w| w.ends_with(".c")).cloned())
            .ok_or_else(|| format!("{}: no source file", cmd_file.display()))?;
        let source = lexically_normal(&cwd.join(source));
        let mut deps = vec![source.clone()];
        deps.extend(
            listed_deps(text)
                .into_iter()
                .map(|w| lexically_normal(&cwd.join(w))),
        );
        Ok(CompileCommand {
            cwd,
            args: strip_outputs(&words),
            source,
            deps,
            origin: cmd_file.display().to_string(),
        })
    }

    /// A command the user stated (`--compile 'clang-19 -O2 -c lib/zero.c'`),
    /// run in `cwd`; its source is its last `.c` argument.
    pub fn stated(cwd: &Path, line: &str) -> Result<CompileCommand, String> {
        let words = first_command(line)?;
        let source = words
            .iter()
            .rev()
            .find(|w| w.ends_with(".c"))
            .ok_or_else(|| format!("`{line}`: no .c file in the command"))?;
        let source =
            lexically_normal(&std::path::absolute(cwd.join(source)).map_err(|e| format!("{e}"))?);
        Ok(CompileCommand {
            cwd: cwd.to_path_buf(),
            args: strip_outputs(&words),
            deps: vec![source.clone()],
            source,
            origin: format!("`{line}`"),
        })
    }

    /// Whether the translation unit reads `file` (absolute). A stated command
    /// does not list its headers: it is assumed to, and the comparison of the
    /// preprocessed text tells.
    pub fn reads(&self, file: &Path) -> bool {
        self.deps.len() == 1 || self.deps.iter().any(|d| d == file)
    }

    /// Run the command with `file` (absolute, as the compiler opens it) read
    /// from `replacement`, and `extra` options (`-E`, `-c`) writing `out`.
    /// Returns the compiler's error text on failure.
    pub fn run_with(
        &self,
        scratch: &Path,
        file: &Path,
        replacement: &Path,
        extra: &[&str],
        out: &Path,
    ) -> Result<(), String> {
        let overlay = scratch.join(format!(
            "overlay-{}.yaml",
            replacement
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("x")
        ));
        let dir = file.parent().ok_or("no directory")?;
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or("bad file name")?;
        let yaml = serde_json::json!({
            "version": 0,
            "use-external-names": false,
            "roots": [{
                "name": dir.to_string_lossy(),
                "type": "directory",
                "contents": [{
                    "name": name,
                    "type": "file",
                    "external-contents": replacement.to_string_lossy(),
                }],
            }],
        });
        std::fs::write(&overlay, yaml.to_string())
            .map_err(|e| format!("{}: {e}", overlay.display()))?;
        let mut c = Command::new(&self.args[0]);
        c.current_dir(&self.cwd)
            .args(&self.args[1..])
            .arg("-ivfsoverlay")
            .arg(&overlay)
            .args(extra)
            .arg("-o")
            .arg(out);
        let o = c
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.args[0]))?;
        if o.status.success() {
            Ok(())
        } else {
            let err = String::from_utf8_lossy(&o.stderr);
            let first: Vec<&str> = err
                .lines()
                .filter(|l| l.contains("error"))
                .take(3)
                .collect();
            Err(if first.is_empty() {
                format!("{} exited with {}", self.args[0], o.status)
            } else {
                first.join("; ")
            })
        }
    }
}

/// The files a `.cmd` file's `deps_` list names, as written (relative to the
/// object tree or absolute); `$(wildcard …)` entries left out.
pub(crate) fn listed_deps(text: &str) -> Vec<&str> {
    deps_words(text).filter(|w| !w.starts_with("$(")).collect()
}

/// Every word of a `.cmd` file's `deps_` list as written (`$(wildcard …)`
/// included).
pub(crate) fn deps_words(text: &str) -> impl Iterator<Item = &str> {
    let block = text.find("\ndeps_").map_or("", |at| &text[at + 1..]);
    block
        .lines()
        .skip(1)
        .map(|l| l.trim().trim_end_matches('\\').trim())
        .take_while(|w| !w.is_empty())
}

/// Every `.NAME.o.cmd` of the kbuild output directory `build`, with the
/// object it describes.
pub(crate) fn cmd_files(build: &Path) -> Vec<(std::path::PathBuf, std::path::PathBuf)> {
    walkdir::WalkDir::new(build)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name.starts_with('.') && name.ends_with(".o.cmd") && e.file_type().is_file()).then(
                || {
                    let object = e.path().with_file_name(&name[1..name.len() - ".cmd".len()]);
                    (object, e.into_path())
                },
            )
        })
        .collect()
}

/// The units of `build` whose `.cmd` text passes `keep`, each file read once.
fn units_where(build: &Path, keep: &dyn Fn(&str) -> bool) -> Vec<CompileCommand> {
    cmd_files(build)
        .into_iter()
        .filter_map(|(object, cmd)| {
            let text = std::fs::read_to_string(&cmd).ok()?;
            keep(&text).then_some(())?;
            CompileCommand::from_kbuild_text(&object, &cmd, &text).ok()
        })
        .collect()
}

/// Every translation unit of the kbuild output directory `build` that reads
/// the tree file `rel` (by the `deps_` lists of its `.cmd` files).
pub fn units_reading(build: &Path, rel: &Path) -> Vec<CompileCommand> {
    // Cheap text test first: most .cmd files do not mention the file's name
    // (its directories may be spelled `asm/./` or `asm/../asm/` there; the
    // deps are compared normalised).
    let needle = rel
        .file_name()
        .map_or_else(|| rel.to_string_lossy(), |n| n.to_string_lossy());
    units_where(build, &|text| text.contains(needle.as_ref()))
        .into_iter()
        .filter(|c| c.deps.iter().any(|d| d.ends_with(rel)))
        .collect()
}

/// Every translation unit of the kbuild output directory `build`.
pub fn all_units(build: &Path) -> Vec<CompileCommand> {
    units_where(build, &|_| true)
}

/// The kbuild output directory an object was built in: the nearest ancestor
/// holding a `.config`.
pub fn build_dir_of(object: &Path) -> Option<std::path::PathBuf> {
    std::path::absolute(object)
        .ok()?
        .ancestors()
        .skip(1)
        .find(|d| d.join(".config").is_file())
        .map(Path::to_path_buf)
}

/// The units most likely to compile a statement first: the one whose source is
/// `rel` itself, then those whose source mentions one of `hints` (the macro
/// holding the statement and the macros that use it), in their order.
pub fn rank_units(
    mut units: Vec<CompileCommand>,
    rel: &Path,
    hints: &[String],
) -> Vec<CompileCommand> {
    let score = |c: &CompileCommand| -> u8 {
        if c.source.ends_with(rel) {
            return 0;
        }
        let mentions = std::fs::read_to_string(&c.source)
            .map(|t| hints.iter().any(|h| t.contains(h.as_str())))
            .unwrap_or(false);
        if mentions { 1 } else { 2 }
    };
    let mut scored: Vec<(u8, CompileCommand)> = units.drain(..).map(|c| (score(&c), c)).collect();
    scored.sort_by_key(|(s, _)| *s);
    scored.into_iter().map(|(_, c)| c).collect()
}

fn strip_outputs(words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut skip_next = false;
    for w in words {
        if skip_next {
            skip_next = false;
            continue;
        }
        match is_output_option(w) {
            Some(takes_next) => skip_next = takes_next,
            None => out.push(w.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_writing_side_files_are_dropped_with_their_arguments() {
        let words: Vec<String> = [
            "clang-19",
            "-O2",
            "-save-temps=cwd",
            "--save-stats=cwd",
            "-fsave-optimization-record",
            "-foptimization-record-file=rec.yaml",
            "-ftime-trace=trace.json",
            "-MJ",
            "db.json",
            "-dumpdir",
            "dumps/",
            "-fstack-protector",
            "-c",
            "a.c",
            "-o",
            "a.o",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        assert_eq!(
            strip_outputs(&words),
            ["clang-19", "-O2", "-fstack-protector", "a.c"]
        );
    }

    #[test]
    fn kbuild_command_is_read_with_its_object_tree_and_deps() {
        let dir = tempfile::tempdir().unwrap();
        let obj = dir.path().join("out/mm/memory.o");
        std::fs::create_dir_all(obj.parent().unwrap()).unwrap();
        std::fs::write(
            dir.path().join("out/mm/.memory.o.cmd"),
            "savedcmd_mm/memory.o := clang-19 -Wp,-MMD,mm/.memory.o.d -nostdinc -DX='\"a b\"' -D'Y=\\#' -c -o mm/memory.o ../src/mm/memory.c   ; ./tools/objtool/objtool --x mm/memory.o\n\nsource_mm/memory.o := ../src/mm/memory.c\n\ndeps_mm/memory.o := \\\n    $(wildcard include/config/X) \\\n  ../src/include/a.h \\\n  /abs/b.h \\\n\nmm/memory.o: $(deps_mm/memory.o)\n",
        )
        .unwrap();
        let c = CompileCommand::from_kbuild(&obj).unwrap();
        assert_eq!(c.cwd, dir.path().join("out"));
        assert_eq!(
            c.args,
            [
                "clang-19",
                "-nostdinc",
                "-DX=\"a b\"",
                "-DY=#",
                "../src/mm/memory.c"
            ]
        );
        assert_eq!(c.source, dir.path().join("src/mm/memory.c"));
        assert_eq!(
            c.deps,
            [
                dir.path().join("src/mm/memory.c"),
                dir.path().join("src/include/a.h"),
                PathBuf::from("/abs/b.h")
            ]
        );
        // An object whose .cmd names another output is refused.
        let other = dir.path().join("out/x/memory.o");
        std::fs::create_dir_all(other.parent().unwrap()).unwrap();
        std::fs::copy(
            dir.path().join("out/mm/.memory.o.cmd"),
            dir.path().join("out/x/.memory.o.cmd"),
        )
        .unwrap();
        assert!(CompileCommand::from_kbuild(&other).is_err());
    }
}
