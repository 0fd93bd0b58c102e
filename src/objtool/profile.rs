//! Which objtool the verdicts predict: its version's function lists (built in
//! for Debian's 6.12.117, or read from a kernel tree) and the options the build
//! runs it with (`--objtool-args`, as kbuild's `.cmd` files record them).
//!
//! One profile per run: the user's build has one objtool. It is process-wide
//! (`active()`) because its noreturn list also shapes rspill's own control
//! flow (`x86::decode`), far from where the options are parsed.

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

/// What the model is told about objtool.
#[derive(Clone, Debug)]
pub struct ObjtoolProfile {
    /// Names the model in reports: `debian-6.12.117`, or `tree-6.12.118`.
    pub model: String,
    pub noreturn: HashSet<String>,
    pub uaccess_safe: HashSet<String>,
    /// The options predicted for, as given (rspill's own when none were).
    pub args: Vec<String>,
    pub retpoline: bool,
    pub rethunk: bool,
    /// `--orc`: ORC generation runs (and can print `unknown CFA base reg -1`).
    pub orc: bool,
    /// objtool's unreachable-instruction check runs (no `--no-unreachable`).
    pub unreachable_check: bool,
    /// `--module`: `.init.text` is not exempt from the retpoline check, and
    /// a static call's key may be missing.
    pub module: bool,
    /// `--static-call`: the static-call pass runs before ORC generation.
    pub static_call: bool,
    /// `--noinstr`: calls out of noinstr sections are checked during the walk
    /// (not modelled: functions in those sections get no prediction).
    pub noinstr: bool,
    /// Passes that run after the walk and before ORC generation and are not
    /// modelled (`--ibt`, `--unret`, `--sls`): they may print a function's
    /// first line where the model predicts nothing or the ORC line.
    pub later_passes: Vec<String>,
    /// The tree's objtool is another version than the model follows.
    version_mismatch: Option<String>,
    /// The options leave out what the model assumes.
    options_unmodelled: Option<String>,
}

/// The objtool version whose behaviour `model` follows.
const MODELLED_VERSION: (u32, u32) = (6, 12);

impl Default for ObjtoolProfile {
    fn default() -> Self {
        let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
        let mut p = ObjtoolProfile {
            model: super::model::MODEL.to_string(),
            noreturn: list(super::lists::NORETURN),
            uaccess_safe: list(super::lists::UACCESS_SAFE),
            args: Vec::new(),
            retpoline: false,
            rethunk: false,
            orc: false,
            unreachable_check: true,
            noinstr: false,
            module: false,
            static_call: false,
            later_passes: Vec::new(),
            version_mismatch: None,
            options_unmodelled: None,
        };
        p.set_args(&default_args())
            .expect("rspill's own objtool options parse");
        p
    }
}

impl ObjtoolProfile {
    /// Why no prediction holds at all: a tree whose objtool is another
    /// version, options the model does not follow.
    pub fn unmodelled(&self) -> Option<&str> {
        self.version_mismatch
            .as_deref()
            .or(self.options_unmodelled.as_deref())
    }

    pub fn is_noreturn(&self, name: &str) -> bool {
        self.noreturn.contains(name)
    }

    pub fn is_uaccess_safe(&self, name: &str) -> bool {
        self.uaccess_safe.contains(name)
    }

    /// Predict for objtool run with `args` (its options, without the object):
    /// they replace rspill's own. An option objtool does not have is an error;
    /// one whose effect the model does not follow makes the predictions it
    /// could change uncertain.
    pub fn set_args(&mut self, args: &[String]) -> Result<(), String> {
        let (mut uaccess, mut stackval) = (false, false);
        self.retpoline = false;
        self.rethunk = false;
        self.orc = false;
        self.unreachable_check = true;
        self.noinstr = false;
        self.module = false;
        self.static_call = false;
        self.later_passes.clear();
        for a in args {
            match a.as_str() {
                "--retpoline" => self.retpoline = true,
                "--rethunk" => self.rethunk = true,
                "--orc" => self.orc = true,
                "--stackval" => stackval = true,
                "--module" => self.module = true,
                "--static-call" => self.static_call = true,
                "--uaccess" => uaccess = true,
                "--no-unreachable" => self.unreachable_check = false,
                "--noinstr" => self.noinstr = true,
                "--ibt" | "--unret" | "--sls" => self.later_passes.push(a.clone()),
                // Sections written after the checks; no warning of their own
                // that could come first.
                "--mcount" | "--mnop" | "--cfi" | "--link" | "--dry-run" | "--hacks=jump_label"
                | "--hacks=noinstr" | "--hacks=skylake" => {}
                _ if a.starts_with("--prefix=") => {}
                _ => {
                    return Err(format!(
                        "unknown objtool option `{a}` (options kbuild passes: --orc --stackval --uaccess --retpoline --rethunk --no-unreachable --noinstr --ibt --unret --sls --static-call --mcount --mnop --cfi --prefix=N --hacks=… --module --link)"
                    ));
                }
            }
        }
        // objtool's own refusals (builtin-check.c).
        let has = |o: &str| args.iter().any(|a| a == o);
        for (option, needs) in [
            ("--noinstr", "--link"),
            ("--ibt", "--link"),
            ("--unret", "--link"),
            ("--unret", "--rethunk"),
            ("--mnop", "--mcount"),
        ] {
            if has(option) && !has(needs) {
                return Err(format!("objtool refuses {option} without {needs}"));
            }
        }
        self.args = args.to_vec();
        self.options_unmodelled = if !uaccess {
            Some("objtool without --uaccess is not modelled".to_string())
        } else if stackval {
            // A frame-pointer build's checks: `call without frame pointer
            // save/setup`, `BP used as a scratch register`.
            Some("objtool --stackval's frame-pointer checks are not modelled".to_string())
        } else {
            None
        };
        Ok(())
    }

    /// The function lists of the objtool in kernel tree `tree`, or in the tree
    /// a kbuild output directory's `source` link points at
    /// (`tools/objtool/noreturns.h`, `check.c`'s `uaccess_safe_builtin[]`),
    /// options unchanged. A tree of another version than the model follows
    /// makes every prediction uncertain.
    pub fn read_tree(&mut self, tree: &Path) -> Result<(), String> {
        // A kbuild output directory (`make O=`) points at its tree.
        let source = tree.join("source");
        let tree = if !tree.join("tools/objtool/noreturns.h").is_file() && source.is_dir() {
            source.as_path()
        } else {
            tree
        };
        let read = |rel: &str| {
            let p = tree.join(rel);
            std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
        };
        let makefile = read("Makefile")?;
        let field = |name: &str| -> Option<u32> {
            makefile.lines().find_map(|l| {
                let (k, v) = l.split_once('=')?;
                (k.trim() == name).then(|| v.trim().parse().ok())?
            })
        };
        let (Some(version), Some(patchlevel)) = (field("VERSION"), field("PATCHLEVEL")) else {
            return Err(format!(
                "{}: no VERSION/PATCHLEVEL: not a kernel tree",
                tree.join("Makefile").display()
            ));
        };
        let sublevel = field("SUBLEVEL").unwrap_or(0);
        let noreturns = read("tools/objtool/noreturns.h")?;
        let noreturn: HashSet<String> = noreturns
            .lines()
            .filter_map(|l| l.trim().strip_prefix("NORETURN(")?.strip_suffix(')'))
            .map(str::to_string)
            .collect();
        let check = read("tools/objtool/check.c")?;
        let uaccess_safe = uaccess_safe_builtin(&check).ok_or_else(|| {
            format!(
                "{}: no uaccess_safe_builtin[] list",
                tree.join("tools/objtool/check.c").display()
            )
        })?;
        if noreturn.is_empty() {
            return Err(format!(
                "{}: no NORETURN() entries",
                tree.join("tools/objtool/noreturns.h").display()
            ));
        }
        self.noreturn = noreturn;
        self.uaccess_safe = uaccess_safe;
        self.model = format!("tree-{version}.{patchlevel}.{sublevel}");
        if (version, patchlevel) != MODELLED_VERSION {
            self.version_mismatch = Some(format!(
                "the tree's objtool is {version}.{patchlevel}; the model follows objtool {}.{}",
                MODELLED_VERSION.0, MODELLED_VERSION.1
            ));
        }
        Ok(())
    }
}

/// The string literals of `static const char *uaccess_safe_builtin[] = { … };`.
fn uaccess_safe_builtin(check_c: &str) -> Option<HashSet<String>> {
    let start = check_c.find("uaccess_safe_builtin[]")?;
    let body = &check_c[start..];
    let body = &body[body.find('{')? + 1..body.find("};")?];
    Some(
        body.lines()
            .map(|l| l.split("/*").next().unwrap_or(""))
            .flat_map(|l| l.split('"').skip(1).step_by(2))
            .map(str::to_string)
            .collect(),
    )
}

/// rspill's own objtool options when the build's are not given: `run::FLAGS`
/// (those of an x86 ORC kernel build without KCOV) without `--dry-run`.
pub fn default_args() -> Vec<String> {
    super::run::FLAGS
        .iter()
        .filter(|f| **f != "--dry-run")
        .map(|s| s.to_string())
        .collect()
}

static ACTIVE: OnceLock<ObjtoolProfile> = OnceLock::new();

/// The profile of this run (rspill's defaults unless `set_active` was called).
pub fn active() -> &'static ObjtoolProfile {
    ACTIVE.get_or_init(ObjtoolProfile::default)
}

/// Make `profile` the run's; an error when one is already in use.
pub fn set_active(profile: ObjtoolProfile) -> Result<(), String> {
    ACTIVE
        .set(profile)
        .map_err(|_| "the objtool profile was already chosen for this run".to_string())
}

/// Split an `--objtool-args` value (as a `.cmd` file or `make V=1` shows it;
/// a leading objtool program and a trailing object are dropped).
pub fn split_args(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    if words.first().is_some_and(|w| !w.starts_with('-')) {
        words.remove(0);
    }
    if words.last().is_some_and(|w| !w.starts_with('-')) {
        words.pop();
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_rspills_own_options() {
        let p = ObjtoolProfile::default();
        assert!(p.retpoline && p.rethunk && p.orc && p.unreachable_check);
        assert!(p.unmodelled().is_none() && p.later_passes.is_empty());
        assert!(p.is_noreturn("panic") && !p.is_noreturn("resume_play_dead"));
        assert!(p.is_uaccess_safe("kasan_check_range"));
    }

    #[test]
    fn kbuild_vmlinux_o_options() {
        let mut p = ObjtoolProfile::default();
        let args = split_args(
            "./tools/objtool/objtool --hacks=jump_label --hacks=noinstr --hacks=skylake --ibt --orc --retpoline --rethunk --static-call --uaccess --no-unreachable --prefix=16 --noinstr --unret --link vmlinux.o",
        );
        p.set_args(&args).unwrap();
        assert!(!p.unreachable_check && p.noinstr && p.orc);
        assert_eq!(p.later_passes, ["--ibt", "--unret"]);
        assert!(p.unmodelled().is_none());
        assert!(p.set_args(&["--frobnicate".to_string()]).is_err());
        p.set_args(&["--stackval".to_string()]).unwrap();
        assert!(p.unmodelled().is_some(), "no --uaccess: not modelled");
        p.set_args(&["--stackval".to_string(), "--uaccess".to_string()])
            .unwrap();
        assert!(
            p.unmodelled().is_some(),
            "frame-pointer checks: not modelled"
        );
        p.set_args(&["--uaccess".to_string()]).unwrap();
        assert!(p.unmodelled().is_none() && !p.orc);
    }

    #[test]
    fn uaccess_list_literals() {
        let src = "static const char *uaccess_safe_builtin[] = {\n\t/* KASAN */\n\t\"kasan_report\",\n\t\"a\", \"b\",\n\tNULL\n};\n";
        let l = uaccess_safe_builtin(src).unwrap();
        assert_eq!(l.len(), 3);
        assert!(l.contains("kasan_report") && l.contains("b"));
    }
}
