//! The interestingness test `llvm-reduce` runs on every candidate: the IR is
//! compiled with `llc` and is interesting when the finding is still there — the
//! same function, the same kind, still objtool-visible if it was, and (with an
//! objtool) objtool still printing the original message for the function. Calls
//! must keep a named callee, so the result stays readable.

use crate::analysis::findings::{Finding, Kind};
use crate::reduce::llvm::{LlvmError, Tools};
use std::path::{Path, PathBuf};

/// What must survive reduction.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Target {
    pub function: String,
    pub kind: Kind,
    /// rspill predicts objtool fails on it (required when the original did).
    pub objtool_visible: bool,
    /// objtool's message for the function without `FUNC+0xOFF: `
    /// (`undefined stack state`); None when objtool is not part of the test.
    pub objtool_text: Option<String>,
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
            .find(|f| {
                f.function == self.function
                    && f.kind == self.kind
                    && (!self.objtool_visible || f.objtool_would_fail)
            })
            .cloned();
        let Some(finding) = finding else {
            return Ok(Verdict::Not(format!(
                "no {}{} finding in {}",
                if self.objtool_visible {
                    "objtool-visible "
                } else {
                    ""
                },
                self.kind.as_str(),
                self.function
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
            "--llvm".into(),
            tools.suffix.clone(),
            "--best".into(),
            best.display().to_string(),
        ];
        if self.objtool_visible {
            args.push("--objtool-visible".into());
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
