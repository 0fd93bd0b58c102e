//! The interestingness test `llvm-reduce` runs on every candidate: the IR is
//! compiled with `llc` and is interesting when the finding is still there — the
//! same function, the same kind, still objtool-visible if it was, and (with an
//! objtool) objtool still printing the original message for the function. Calls
//! must keep a named callee, so the result stays readable.

use crate::analysis::findings::{Finding, Kind};
use crate::reduce::llvm::{LlvmError, Tools};
use std::path::{Path, PathBuf};

/// Where a restore takes the value it writes to %rsp from, as a class: a
/// reduction that turns a register restore into a constant one is another bug.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum RestoredFrom {
    Register,
    Memory,
    Other,
}

impl RestoredFrom {
    /// From a finding's `restored_from` (`%rcx`, `0x20(%rsp)`, `(%rsp)`, `?`).
    pub fn of(restored_from: &str) -> RestoredFrom {
        if restored_from.starts_with('%') {
            RestoredFrom::Register
        } else if restored_from.contains('(') || restored_from.ends_with("memory") {
            RestoredFrom::Memory
        } else {
            RestoredFrom::Other
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RestoredFrom::Register => "register",
            RestoredFrom::Memory => "memory",
            RestoredFrom::Other => "other",
        }
    }
}

/// What must survive reduction: the finding's kind and shape (in a loop or
/// not, where the restored value comes from, whether a copy of %rsp is seen),
/// objtool's verdict, and the attributes the report experiments with.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Target {
    pub function: String,
    pub kind: Kind,
    pub in_loop: bool,
    pub restored_from: RestoredFrom,
    /// The original shows where %rsp was copied: so must the reduction.
    pub copied: bool,
    /// rspill predicts objtool fails on it (required when the original did).
    pub objtool_visible: bool,
    /// The restore must stay proven redundant (a no-op), or stay not proven:
    /// a no-op turned into a real miscompile is another bug. None: either.
    pub redundant: Option<bool>,
    /// objtool's message for the function without `FUNC+0xOFF: `
    /// (`undefined stack state`); None when objtool is not part of the test.
    pub objtool_text: Option<String>,
    /// The IR must still read %rsp with `llvm.read_register` (as the
    /// original does through `current_stack_pointer`): a reduction that feeds
    /// the asm's `{rsp}` operand from elsewhere lost the construct's origin.
    pub reads_rsp: bool,
    /// Function attributes that must stay (`sanitize_memory`: the report then
    /// compiles the result without it, and that experiment needs it there).
    pub keep_attributes: Vec<String>,
}

/// Why a candidate is or is not interesting.
pub enum Verdict {
    /// The finding (the first that matches) and objtool's lines for the object.
    Interesting {
        finding: Box<Finding>,
        objtool: Vec<String>,
    },
    Not(String),
}

/// objtool's text for a message about `function`, without the location.
pub fn objtool_text_for(output: &str, function: &str) -> Option<String> {
    crate::objtool::run::messages(output)
        .into_iter()
        .find(|m| m.function() == function)
        .map(|m| {
            m.text
                .split_once(": ")
                .map_or(m.text.clone(), |(_, t)| t.to_string())
        })
}

/// Whether the IR reads %rsp and uses what it read: a call of
/// `llvm.read_register` whose result is named again on another line (a dead
/// read is what a reducer leaves when it feeds the asm from elsewhere), and the
/// metadata string naming `rsp`.
pub fn reads_rsp(ir: &str) -> bool {
    if !ir.contains("!{!\"rsp\"}") {
        return false;
    }
    let is_name = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '$' | '-');
    let used = |name: &str, def_line: usize| {
        ir.lines().enumerate().any(|(i, l)| {
            i != def_line
                && l.match_indices(name)
                    .any(|(at, _)| !l[at + name.len()..].starts_with(is_name))
        })
    };
    ir.lines().enumerate().any(|(i, l)| {
        let Some((lhs, rhs)) = l.split_once(" = ") else {
            return false;
        };
        let name = lhs.trim();
        name.starts_with('%') && rhs.contains("@llvm.read_register.") && used(name, i)
    })
}

/// A call whose callee the reducer replaced by a constant (`call void null()`):
/// legal IR, but it no longer says what was called.
pub fn has_anonymous_call(ir: &str) -> bool {
    ir.lines().any(|l| {
        (l.contains(" call ") || l.contains(" invoke ") || l.trim_start().starts_with("call "))
            && ["null(", "undef(", "poison(", "inttoptr ("]
                .iter()
                .any(|c| l.contains(c))
    })
}

/// Whether `function`'s definition carries `attribute`, inline or through an
/// attribute group (`define ... @f(...) #0` and `attributes #0 = { ... }`).
pub fn function_has_attribute(ir: &str, function: &str, attribute: &str) -> bool {
    let head = format!("@{function}(");
    let quoted = format!("@\"{function}\"(");
    let Some(define) = ir
        .lines()
        .find(|l| l.starts_with("define ") && (l.contains(&head) || l.contains(&quoted)))
    else {
        return false;
    };
    let has = |list: &str| list.split_whitespace().any(|w| w == attribute);
    // What follows the parameter list: inline attributes and `#N` groups.
    let tail = define.rsplit_once(')').map_or("", |(_, t)| t);
    if has(tail) {
        return true;
    }
    tail.split_whitespace()
        .filter(|w| w.starts_with('#'))
        .any(|group| {
            let prefix = format!("attributes {group} = {{");
            ir.lines()
                .find_map(|l| l.strip_prefix(&prefix))
                .is_some_and(|body| has(body.trim_end_matches('}')))
        })
}

impl Target {
    /// The target as the finding `f` defines it.
    pub fn of(f: &Finding) -> Target {
        Target {
            function: f.function.clone(),
            kind: f.kind,
            in_loop: f.in_loop,
            restored_from: RestoredFrom::of(&f.restored_from),
            copied: !f.sites.copy.is_empty(),
            objtool_visible: f.objtool_would_fail,
            redundant: Some(f.restore_redundant),
            objtool_text: None,
            reads_rsp: false,
            keep_attributes: Vec::new(),
        }
    }

    /// Whether `f` is the same finding in kind and shape.
    pub fn matches(&self, f: &Finding) -> bool {
        f.function == self.function
            && f.kind == self.kind
            && f.in_loop == self.in_loop
            && RestoredFrom::of(&f.restored_from) == self.restored_from
            && (!self.copied || !f.sites.copy.is_empty())
            && (!self.objtool_visible || f.objtool_would_fail)
            && self.redundant.is_none_or(|r| r == f.restore_redundant)
    }

    /// Judge `ir` (compiled to `object`). Err only when a tool cannot run at
    /// all; a candidate `llc` rejects is just not interesting.
    pub fn judge(
        &self,
        tools: &Tools,
        objtool: Option<&Path>,
        ir: &Path,
        object: &Path,
    ) -> Result<Verdict, LlvmError> {
        let text = std::fs::read_to_string(ir).unwrap_or_default();
        if has_anonymous_call(&text) {
            return Ok(Verdict::Not("a call lost its callee".into()));
        }
        if self.reads_rsp && !reads_rsp(&text) {
            return Ok(Verdict::Not(
                "%rsp is no longer read (llvm.read_register)".into(),
            ));
        }
        if let Some(a) = self
            .keep_attributes
            .iter()
            .find(|a| !function_has_attribute(&text, &self.function, a))
        {
            return Ok(Verdict::Not(format!(
                "{} lost its {a} attribute",
                self.function
            )));
        }
        match tools.llc(ir, object) {
            Ok(()) => {}
            Err(LlvmError::Failed { stderr, .. }) => {
                return Ok(Verdict::Not(format!("llc failed: {stderr}")));
            }
            Err(e) => return Err(e),
        }
        self.judge_object(objtool, object)
    }

    /// Judge an object already built.
    pub fn judge_object(
        &self,
        objtool: Option<&Path>,
        object: &Path,
    ) -> Result<Verdict, LlvmError> {
        let scan = crate::analysis::scan::scan_paths(
            &[object.to_path_buf()],
            &crate::analysis::scan::ScanOptions::default(),
        );
        if let Some(e) = scan.errors.first() {
            return Ok(Verdict::Not(format!("rspill cannot read the object: {e}")));
        }
        let finding = scan
            .modules
            .iter()
            .flat_map(|m| &m.findings)
            .find(|f| self.matches(f))
            .cloned();
        let Some(finding) = finding else {
            return Ok(Verdict::Not(format!(
                "no {}{}{} finding in {} {} restoring from {}{}",
                if self.objtool_visible {
                    "objtool-visible "
                } else {
                    ""
                },
                match self.redundant {
                    Some(true) => "redundant ",
                    Some(false) => "unproven ",
                    None => "",
                },
                self.kind.as_str(),
                if self.in_loop {
                    "in a loop"
                } else {
                    "outside loops"
                },
                self.function,
                self.restored_from.as_str(),
                if self.copied {
                    " with the copy seen"
                } else {
                    ""
                }
            )));
        };
        let mut lines = Vec::new();
        if let (Some(want), Some(tool)) = (&self.objtool_text, objtool) {
            let output = crate::objtool::run::run(tool, object).map_err(|e| LlvmError::Failed {
                tool: tool.display().to_string(),
                stderr: e,
            })?;
            let got = objtool_text_for(&output, &self.function);
            if got.as_deref() != Some(want.as_str()) {
                return Ok(Verdict::Not(format!(
                    "objtool says {:?} about {}, not {want:?}",
                    got.unwrap_or_else(|| "nothing".into()),
                    self.function
                )));
            }
            lines = crate::objtool::run::messages(&output)
                .iter()
                .map(|m| m.line_for(&object.display().to_string()))
                .collect();
        }
        Ok(Verdict::Interesting {
            finding: Box::new(finding),
            objtool: lines,
        })
    }

    /// The arguments of `rspill reduce-test` that rebuild this target.
    pub fn test_args(&self, tools: &Tools, objtool: Option<&Path>, best: &Path) -> Vec<String> {
        let mut args = vec![
            "reduce-test".to_string(),
            "--function".into(),
            self.function.clone(),
            "--kind".into(),
            self.kind.as_str().into(),
            "--restored-from".into(),
            self.restored_from.as_str().into(),
            "--llvm".into(),
            tools.suffix.clone(),
            "--best".into(),
            best.display().to_string(),
        ];
        if self.objtool_visible {
            args.push("--objtool-visible".into());
        }
        if self.in_loop {
            args.push("--in-loop".into());
        }
        if let Some(r) = self.redundant {
            args.extend(["--redundant".into(), r.to_string()]);
        }
        if self.copied {
            args.push("--copied".into());
        }
        if self.reads_rsp {
            args.push("--reads-rsp".into());
        }
        for a in &self.keep_attributes {
            args.extend(["--keep-attribute".into(), a.clone()]);
        }
        if let (Some(text), Some(tool)) = (&self.objtool_text, objtool) {
            args.extend([
                "--objtool-text".into(),
                text.clone(),
                "--objtool".into(),
                tool.display().to_string(),
            ]);
        }
        args
    }
}

/// Keep `candidate` as the best so far when it is smaller than what `best`
/// holds. Concurrent tests (`llvm-reduce -j`) take a lock; the copy lands by
/// rename, so `best` is always a whole interesting file — what Ctrl-C leaves.
pub fn keep_if_smaller(candidate: &Path, best: &Path) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let lock = std::fs::File::create(best.with_extension("lock"))?;
    // SAFETY: flock on a descriptor we own; released when `lock` is closed.
    unsafe {
        libc::flock(lock.as_raw_fd(), libc::LOCK_EX);
    }
    let new = std::fs::metadata(candidate)?.len();
    let old = std::fs::metadata(best).map_or(u64::MAX, |m| m.len());
    if new < old {
        let tmp: PathBuf = best.with_extension(format!("tmp{}", std::process::id()));
        std::fs::copy(candidate, &tmp)?;
        std::fs::rename(&tmp, best)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dead_read_of_rsp_does_not_count() {
        let live = "  %2 = tail call i64 @llvm.read_register.i64(metadata !0)\n  %4 = call i64 asm \"\", \"={rsp},{rsp}\"(i64 %2)\n!0 = !{!\"rsp\"}\n";
        assert!(reads_rsp(live));
        let dead = live.replace("(i64 %2)", "(i64 %1)");
        assert!(!reads_rsp(&dead));
        let prefix = live.replace("(i64 %2)", "(i64 %20)");
        assert!(!reads_rsp(&prefix), "%20 is not a use of %2");
        assert!(!reads_rsp(&live.replace("!{!\"rsp\"}", "!{!\"rbp\"}")));
    }

    #[test]
    fn restore_sources_are_classed() {
        assert_eq!(RestoredFrom::of("%rcx"), RestoredFrom::Register);
        assert_eq!(RestoredFrom::of("0xb0(%rsp)"), RestoredFrom::Memory);
        assert_eq!(RestoredFrom::of("(%rsp)"), RestoredFrom::Memory);
        assert_eq!(
            RestoredFrom::of("rip-relative memory"),
            RestoredFrom::Memory
        );
        assert_eq!(RestoredFrom::of("?"), RestoredFrom::Other);
    }

    #[test]
    fn calls_through_constants_are_not_kept() {
        assert!(has_anonymous_call("  call void null()"));
        assert!(has_anonymous_call("  %3 = call i64 null(ptr %1)"));
        assert!(!has_anonymous_call("  call void @__msan_warning(i32 0)"));
        assert!(!has_anonymous_call("  store ptr null, ptr %a"));
    }

    #[test]
    fn attributes_are_found_inline_and_in_groups() {
        let ir = "define void @f(i64 %a) #0 {\n}\ndefine void @g() sanitize_memory {\n}\nattributes #0 = { nounwind sanitize_memory }\nattributes #1 = { nounwind }\n";
        assert!(function_has_attribute(ir, "f", "sanitize_memory"));
        assert!(function_has_attribute(ir, "g", "sanitize_memory"));
        assert!(!function_has_attribute(ir, "h", "sanitize_memory"));
        let no = ir.replace("nounwind sanitize_memory", "nounwind");
        assert!(!function_has_attribute(&no, "f", "sanitize_memory"));
    }

    #[test]
    fn objtool_text_drops_the_location() {
        let out = "t.o: warning: objtool: zero_ranges+0x190: undefined stack state\n";
        assert_eq!(
            objtool_text_for(out, "zero_ranges").as_deref(),
            Some("undefined stack state")
        );
        assert_eq!(objtool_text_for(out, "other"), None);
    }
}
