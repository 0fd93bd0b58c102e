//! A build the user already has, taken as one configuration's baseline instead of
//! building the unmodified tree again (a tree-wide check saves a whole kernel
//! build): refused unless its `.config` is the prepared configuration and every
//! object is newer than each file it was built from; after the candidates are
//! built, each compared object must have been compiled by the same command as
//! theirs, or the comparison is not of the draft alone.

use crate::kbuild::build;
use crate::kbuild::compile_command::{CompileCommand, deps_words, kbuild_cmd_file};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

/// At most this many objects named in a message; the rest are counted.
const SHOWN: usize = 5;

/// "a, b, c and 4 more".
fn some_of(items: &[String]) -> String {
    let mut s = items[..items.len().min(SHOWN)].join(", ");
    if items.len() > SHOWN {
        s.push_str(&format!(" and {} more", items.len() - SHOWN));
    }
    s
}

/// Why each of `objects` in `dir` is not what `make` would leave there now:
/// missing (when `required`), without its `.cmd`, or older than a file it was
/// built from (or than a `$(wildcard …)` file kbuild watches that now exists).
/// Empty: every object is up to date. Objects absent from a build of a
/// configuration that does not have them are skipped unless `required`.
pub fn stale_objects(dir: &Path, objects: &[String], required: bool) -> Vec<String> {
    // A kernel build's objects name some 20,000 distinct files: each looked at once.
    let mtimes: Mutex<HashMap<PathBuf, Option<SystemTime>>> = Mutex::new(HashMap::new());
    let mtime = |p: &Path| -> Option<SystemTime> {
        if let Some(t) = mtimes.lock().unwrap_or_else(|e| e.into_inner()).get(p) {
            return *t;
        }
        let t = std::fs::metadata(p).and_then(|m| m.modified()).ok();
        mtimes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(p.to_path_buf(), t);
        t
    };
    let mut stale: Vec<String> = objects
        .par_iter()
        .filter_map(|o| {
            let object = dir.join(o);
            let Some(built) = mtime(&object) else {
                return required.then(|| format!("{o}: not built"));
            };
            let command = match CompileCommand::from_kbuild(&object) {
                Ok(c) => c,
                Err(e) => return Some(format!("{o}: {e}")),
            };
            for dep in &command.deps {
                match mtime(dep) {
                    None => return Some(format!("{o}: {} is gone", dep.display())),
                    Some(t) if t > built => {
                        return Some(format!("{o}: older than {}", dep.display()));
                    }
                    Some(_) => {}
                }
            }
            let text = kbuild_cmd_file(&object)
                .and_then(|c| std::fs::read_to_string(c).ok())
                .unwrap_or_default();
            for watched in wildcard_deps(&text) {
                let path = command.cwd.join(watched);
                if mtime(&path).is_some_and(|t| t > built) {
                    return Some(format!("{o}: older than {}", path.display()));
                }
            }
            None
        })
        .collect();
    stale.sort();
    stale
}

/// The files a `.cmd`'s `deps_` list watches with `$(wildcard FILE)`: absent
/// when the object was built, a reason to rebuild once they exist.
fn wildcard_deps(text: &str) -> Vec<&str> {
    deps_words(text)
        .filter_map(|w| w.strip_prefix("$(wildcard ")?.strip_suffix(')'))
        .collect()
}

/// The reused build's `.config` against the prepared one: the options that
/// differ (empty: the same configuration). Err when either cannot be read.
pub fn config_differences(reused: &Path, prepared: &Path) -> Result<Vec<String>, String> {
    let read = |p: &Path| build::read_config(p).map_err(|e| format!("{}: {e}", p.display()));
    let (a, b) = (read(reused)?, read(prepared)?);
    Ok(build::option_differences(&a, &b)
        .into_iter()
        .map(|(k, x, y)| format!("CONFIG_{k} {x} (reused) vs {y} (prepared)"))
        .collect())
}

/// The source tree a kbuild output directory was built from, as its commands
/// name it: the `source` link kbuild makes in every O= directory (read, not
/// followed: a scratch tree may be gone by now).
fn source_tree_of(out: &Path) -> Option<String> {
    let link = std::fs::read_link(out.join("source")).ok()?;
    Some(link.display().to_string())
}

/// An object's compile command as words to compare across trees: from the
/// compiler on (a ccache or distcc wrapper does not change the output), the
/// source tree's path replaced by `$(srctree)`, and the prefix map rspill's own
/// builds add (`-ffile-prefix-map=TREE=/rspill-tree`) left out.
fn comparable_command(object: &Path, srctree: Option<&str>) -> Result<Vec<String>, String> {
    let command = CompileCommand::from_kbuild(object)?;
    let start = command
        .compiler()
        .and_then(|c| command.args.iter().position(|a| a == c))
        .unwrap_or(0);
    Ok(command.args[start..]
        .iter()
        .map(|w| match srctree {
            Some(s) if !s.is_empty() => tree_named(w, s),
            _ => w.clone(),
        })
        .filter(|w| !(w.starts_with("-ffile-prefix-map=") && w.ends_with("=/rspill-tree")))
        .collect())
}

/// `word` with the source tree `tree` named `$(srctree)` where a path starts
/// with it: at the word's start, after `=`, `,` or a glued `-I`, and followed
/// by `/` or the word's end. A build inside the tree names it `..`
/// (`-I ../arch/x86/kernel/../include/asm/trace`): the `..` inside a path
/// is no tree.
fn tree_named(word: &str, tree: &str) -> String {
    retree(word, tree, "$(srctree)")
}

/// `word` with the source tree `from` replaced by `to` where a path starts
/// with it (`tree_named`'s rule).
fn retree(word: &str, from: &str, to: &str) -> String {
    let tree = from;
    let mut out = String::with_capacity(word.len());
    let mut rest = 0;
    for (at, _) in word.match_indices(tree) {
        if at < rest {
            continue;
        }
        let before = &word[..at];
        let starts_path =
            before.is_empty() || before.ends_with('=') || before.ends_with(',') || before == "-I";
        let after = &word[at + tree.len()..];
        if starts_path && (after.is_empty() || after.starts_with('/')) {
            out.push_str(&word[rest..at]);
            out.push_str(to);
            rest = at + tree.len();
        }
    }
    out.push_str(&word[rest..]);
    out
}

/// The objects of `objects` built in both directories whose compile commands
/// differ once made comparable (`comparable_command`), each with the first
/// word that differs. Objects built in only one of them are left to the
/// comparison, which reports them.
pub fn command_differences(reused: &Path, built: &Path, objects: &[String]) -> Vec<String> {
    let (a_src, b_src) = (source_tree_of(reused), source_tree_of(built));
    let mut differ: Vec<String> = objects
        .par_iter()
        .filter(|o| reused.join(o).is_file() && built.join(o).is_file())
        .filter_map(|o| {
            let a = comparable_command(&reused.join(o), a_src.as_deref());
            let b = comparable_command(&built.join(o), b_src.as_deref());
            match (a, b) {
                (Ok(a), Ok(b)) if a == b => None,
                (Ok(a), Ok(b)) => {
                    let at = a.iter().zip(&b).position(|(x, y)| x != y);
                    let word = |w: &[String], i: Option<usize>| {
                        i.map_or_else(|| w.get(a.len().min(b.len())), |i| w.get(i))
                            .map_or("(nothing)".to_string(), |s| format!("`{s}`"))
                    };
                    Some(format!("{o}: {} vs {}", word(&a, at), word(&b, at)))
                }
                (Err(e), _) | (_, Err(e)) => Some(format!("{o}: {e}")),
            }
        })
        .collect();
    differ.sort();
    differ
}

/// Whether a draft changing `files` changes how objects are built (a
/// Makefile, Kbuild or Kconfig file, a `.mk` include, `scripts/`): its
/// objects' commands may then rightly differ from a reused build's.
pub fn changes_build_files(files: &[String]) -> bool {
    files.iter().any(|f| {
        let name = f.rsplit('/').next().unwrap_or(f);
        name.starts_with("Makefile")
            || name.starts_with("Kbuild")
            || name.starts_with("Kconfig")
            || name.ends_with(".mk")
            || f.starts_with("scripts/")
    })
}

/// What marks a `.cmd` file `compile_as_recorded` wrote (a make comment).
pub const COMPILED_AS_RECORDED: &str = "# rspill: compiled with the reused build's own command";

/// For `build::Step::CompileAsRecorded`: each of `objects` that `built`
/// (an output directory whose source tree still exists) compiled by
/// another command than `recorded` did, once made comparable, compiled
/// again in `built` with `recorded`'s command, its source tree replaced by
/// `built`'s; its `.cmd` then records that command, marked
/// (`COMPILED_AS_RECORDED`). What failed, by object (commands and their
/// output go to `log`).
pub fn compile_as_recorded(
    recorded: &Path,
    built: &Path,
    objects: &[String],
    log: &std::fs::File,
) -> Vec<String> {
    use std::io::Write;
    let (Some(from), Some(to)) = (source_tree_of(recorded), source_tree_of(built)) else {
        return Vec::new();
    };
    let mut failures = Vec::new();
    for o in objects {
        if !(recorded.join(o).is_file() && built.join(o).is_file()) {
            continue;
        }
        let (Ok(a), Ok(b)) = (
            comparable_command(&recorded.join(o), Some(&from)),
            comparable_command(&built.join(o), Some(&to)),
        ) else {
            continue;
        };
        if a == b {
            continue;
        }
        let command = match CompileCommand::from_kbuild(&recorded.join(o)) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{o}: {e}"));
                continue;
            }
        };
        let args: Vec<String> = command.args.iter().map(|w| retree(w, &from, &to)).collect();
        let Some((program, rest)) = args.split_first() else {
            continue;
        };
        let mut to_log = log;
        // `args` come without `-c` and the output options.
        let _ = writeln!(
            to_log,
            "# in {}: {} -c -o {o}",
            built.display(),
            args.join(" ")
        );
        let ran = std::process::Command::new(program)
            .args(rest)
            .arg("-c")
            .arg("-o")
            .arg(o)
            .current_dir(built)
            .stdin(std::process::Stdio::null())
            .stdout(
                log.try_clone()
                    .map_or(std::process::Stdio::null(), Into::into),
            )
            .stderr(
                log.try_clone()
                    .map_or(std::process::Stdio::null(), Into::into),
            )
            .status();
        match ran {
            Ok(status) if status.success() => {}
            Ok(status) => {
                failures.push(format!("{o}: {program} exited with {status}"));
                continue;
            }
            Err(e) => {
                failures.push(format!("{o}: cannot run {program}: {e}"));
                continue;
            }
        }
        // The command as make would save it: each word quoted for the
        // shell, `$` escaped for make.
        let quoted: Vec<String> = args
            .iter()
            .chain(["-c".to_string(), "-o".to_string(), o.clone()].iter())
            .map(|w| format!("'{}'", w.replace('\'', "'\\''").replace('$', "$$")))
            .collect();
        let text = format!(
            "{COMPILED_AS_RECORDED}\nsavedcmd_{o} := {}\n\nsource_{o} := {}\n",
            quoted.join(" "),
            retree(&command.source.display().to_string(), &from, &to)
        );
        if let Some(cmd) = kbuild_cmd_file(&built.join(o)) {
            if let Err(e) = std::fs::write(&cmd, text) {
                failures.push(format!("{}: {e}", cmd.display()));
            }
        }
    }
    failures
}

/// The objects of `objects` whose `.cmd` in `built` `compile_as_recorded`
/// wrote.
pub fn compiled_as_recorded(built: &Path, objects: &[String]) -> Vec<String> {
    objects
        .iter()
        .filter(|o| {
            kbuild_cmd_file(&built.join(o))
                .and_then(|c| std::fs::read_to_string(c).ok())
                .is_some_and(|t| t.starts_with(COMPILED_AS_RECORDED))
        })
        .cloned()
        .collect()
}

/// One message for a list of objects: "N objects …: a, b and 3 more".
pub fn summarize(what: &str, items: &[String]) -> String {
    format!(
        "{} object{} {what}: {}",
        items.len(),
        if items.len() == 1 { "" } else { "s" },
        some_of(items)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::time::Duration;

    /// A kbuild-like output directory: `source` naming the tree, one object
    /// with its `.cmd` (the command, the source, its deps).
    fn build(dir: &Path, tree: &Path, compiler: &str, extra: &str) {
        fs::create_dir_all(dir.join("mm")).unwrap();
        fs::create_dir_all(tree.join("mm")).unwrap();
        fs::create_dir_all(tree.join("include")).unwrap();
        fs::write(tree.join("mm/a.c"), "int a;\n").unwrap();
        fs::write(tree.join("include/h.h"), "\n").unwrap();
        std::os::unix::fs::symlink(tree, dir.join("source")).unwrap();
        let t = tree.display();
        fs::write(
            dir.join("mm/.a.o.cmd"),
            format!(
                "savedcmd_mm/a.o := {compiler} -Wp,-MMD,mm/.a.o.d -I{t}/include -O2 {extra} -c -o mm/a.o {t}/mm/a.c\n\n\
                 source_mm/a.o := {t}/mm/a.c\n\n\
                 deps_mm/a.o := \\\n  {t}/include/h.h \\\n  $(wildcard include/config/FOO) \\\n\n\
                 mm/a.o: $(deps_mm/a.o)\n"
            ),
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(20));
        fs::write(dir.join("mm/a.o"), "object").unwrap();
    }

    #[test]
    fn an_object_older_than_a_header_or_a_watched_file_is_stale() {
        let d = tempfile::tempdir().unwrap();
        let (out, tree) = (d.path().join("out"), d.path().join("src"));
        build(&out, &tree, "clang-19", "");
        let objects = vec!["mm/a.o".to_string(), "mm/b.o".to_string()];
        // b.o is not in this build: only a required list says so.
        assert!(stale_objects(&out, &objects, false).is_empty());
        assert_eq!(stale_objects(&out, &objects, true), ["mm/b.o: not built"]);
        std::thread::sleep(Duration::from_millis(20));
        fs::create_dir_all(out.join("include/config")).unwrap();
        fs::write(out.join("include/config/FOO"), "").unwrap();
        let s = stale_objects(&out, &objects[..1], true);
        assert_eq!(s.len(), 1);
        assert!(s[0].contains("include/config/FOO"), "{s:?}");
        fs::remove_file(out.join("include/config/FOO")).unwrap();
        fs::write(tree.join("include/h.h"), "#define X\n").unwrap();
        let s = stale_objects(&out, &objects[..1], true);
        assert!(
            s[0].contains("older than") && s[0].ends_with("h.h"),
            "{s:?}"
        );
        fs::remove_file(tree.join("include/h.h")).unwrap();
        assert!(stale_objects(&out, &objects[..1], true)[0].contains("is gone"));
    }

    #[test]
    fn commands_compare_across_trees_and_wrappers_but_not_across_flags() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path();
        build(&p.join("user"), &p.join("tree"), "ccache clang-19", "");
        let map = format!(
            "-ffile-prefix-map={}=/rspill-tree",
            p.join("scratch").display()
        );
        build(&p.join("cand"), &p.join("scratch"), "clang-19", &map);
        build(&p.join("other"), &p.join("scratch2"), "clang-19", "-g1");
        let objects = vec!["mm/a.o".to_string()];
        assert!(command_differences(&p.join("user"), &p.join("cand"), &objects).is_empty());
        let d = command_differences(&p.join("user"), &p.join("other"), &objects);
        assert_eq!(d, ["mm/a.o: `$(srctree)/mm/a.c` vs `-g1`"], "{d:?}");
    }

    /// An object compiled by another command than the reused build's (as
    /// kbuild's single target compiles `bridge/panel.o` out of its
    /// Makefile's context) is compiled again with the reused build's
    /// command, pointed at this tree, and its `.cmd` says so; a draft's
    /// Makefile edit is not overridden (`changes_build_files`).
    #[test]
    fn an_object_compiled_otherwise_is_compiled_as_recorded() {
        if std::process::Command::new("clang-19")
            .arg("--version")
            .output()
            .is_err()
        {
            assert!(
                std::env::var_os("RSPILL_REQUIRE_TOOLS").is_none(),
                "clang-19 is required"
            );
            return;
        }
        let d = tempfile::tempdir().unwrap();
        let p = d.path();
        build(&p.join("user"), &p.join("tree"), "clang-19", "-DWHICH=1");
        build(&p.join("cand"), &p.join("scratch"), "clang-19", "-DWHICH=2");
        // Only the recorded command compiles this source, and only from
        // the candidate's tree (the user's tree has no mm/a.c any more).
        fs::write(
            p.join("scratch/mm/a.c"),
            "#if WHICH != 1\n#error not the recorded command\n#endif\nint a;\n",
        )
        .unwrap();
        fs::remove_file(p.join("tree/mm/a.c")).unwrap();
        let objects = vec!["mm/a.o".to_string()];
        assert_eq!(
            command_differences(&p.join("user"), &p.join("cand"), &objects).len(),
            1
        );
        let log = fs::File::create(p.join("log")).unwrap();
        let failed = compile_as_recorded(&p.join("user"), &p.join("cand"), &objects, &log);
        let logged = fs::read_to_string(p.join("log")).unwrap();
        assert!(failed.is_empty(), "{failed:?} {logged}");
        assert!(
            command_differences(&p.join("user"), &p.join("cand"), &objects).is_empty(),
            "{}",
            fs::read_to_string(p.join("cand/mm/.a.o.cmd")).unwrap()
        );
        assert_eq!(compiled_as_recorded(&p.join("cand"), &objects), objects);
        assert_ne!(fs::read(p.join("cand/mm/a.o")).unwrap(), b"object");
        assert!(changes_build_files(&["drivers/gpu/drm/Makefile".into()]));
        assert!(changes_build_files(&["arch/x86/Kconfig.debug".into()]));
        assert!(!changes_build_files(&[
            "arch/x86/include/asm/page_64.h".into()
        ]));
    }

    /// A build inside the tree names it `..`; the `..` inside a path stays.
    #[test]
    fn the_tree_is_named_where_a_path_starts_with_it() {
        let word = "/tmp/k2/linux-source-6.12/arch/x86/kernel/../include/asm/trace";
        let inside = "../arch/x86/kernel/../include/asm/trace";
        assert_eq!(
            tree_named(word, "/tmp/k2/linux-source-6.12"),
            tree_named(inside, "..")
        );
        assert_eq!(tree_named("-I../include", ".."), "-I$(srctree)/include");
        assert_eq!(
            tree_named("-fmacro-prefix-map=../=", ".."),
            "-fmacro-prefix-map=$(srctree)/="
        );
        assert_eq!(tree_named("../..", ".."), "$(srctree)/..");
    }

    #[test]
    fn configurations_differ_by_option() {
        let d = tempfile::tempdir().unwrap();
        let (a, b) = (d.path().join("a"), d.path().join("b"));
        fs::write(&a, "CONFIG_KMSAN=y\nCONFIG_X=1\n").unwrap();
        fs::write(&b, "CONFIG_KMSAN=y\n# CONFIG_X is not set\n").unwrap();
        assert_eq!(
            config_differences(&a, &b).unwrap(),
            ["CONFIG_X 1 (reused) vs n (prepared)"]
        );
        assert!(config_differences(&a, &a).unwrap().is_empty());
        assert!(config_differences(&a, &d.path().join("none")).is_err());
    }
}
