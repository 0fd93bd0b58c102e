//! LLVM's own tools as `reduce` runs them: the unit's IR from its compile command,
//! one function extracted (`llvm-extract`), IR compiled to an object (`llc`),
//! versions for the report. The version suffix comes from the compiler that
//! built the object (`clang-19` → `-19`) unless the user chooses one.

use crate::kbuild::compile_command::CompileCommand;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Why an LLVM step failed. Each names the tool and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum LlvmError {
    #[error(
        "{tool} not found on PATH (Debian: apt install {package}; or choose the version with --llvm SUFFIX)"
    )]
    Missing { tool: String, package: String },
    #[error("cannot run {tool}: {source}")]
    Spawn {
        tool: String,
        source: std::io::Error,
    },
    #[error("{tool} failed: {stderr}")]
    Failed { tool: String, stderr: String },
}

/// The three tools of one LLVM version.
#[derive(Clone, Debug)]
pub struct Tools {
    /// `-19`, or empty for unversioned names.
    pub suffix: String,
    pub llc: PathBuf,
    pub extract: PathBuf,
    pub reduce: PathBuf,
}

/// `clang-19` → `-19`; `clang` (or a path to either) → `` — the suffix Debian's
/// versioned LLVM tools carry beside that compiler.
pub fn suffix_of_compiler(compiler: &str) -> String {
    let name = Path::new(compiler)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(compiler);
    name.strip_prefix("clang")
        .filter(|rest| rest.starts_with('-') && rest[1..].bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("")
        .to_string()
}

fn on_path(name: &str) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

impl Tools {
    /// The tools with `suffix`; every missing one is an error naming it.
    pub fn locate(suffix: &str) -> Result<Tools, LlvmError> {
        let package = match suffix.strip_prefix('-') {
            Some(v) => format!("llvm{suffix} (LLVM {v})"),
            None => "llvm".to_string(),
        };
        let find = |base: &str| {
            let tool = format!("{base}{suffix}");
            on_path(&tool).ok_or(LlvmError::Missing {
                tool,
                package: package.clone(),
            })
        };
        Ok(Tools {
            suffix: suffix.to_string(),
            llc: find("llc")?,
            extract: find("llvm-extract")?,
            reduce: find("llvm-reduce")?,
        })
    }

    /// `llc`'s version line (`Debian LLVM version 19.1.7`).
    pub fn version(&self) -> String {
        version_line(&self.llc, "LLVM version")
    }

    /// `llvm-extract --func=FUNCTION`: the function, with the declarations and
    /// globals it refers to, as text IR.
    pub fn extract(&self, unit: &Path, function: &str, out: &Path) -> Result<(), LlvmError> {
        run(
            Command::new(&self.extract)
                .arg(format!("--func={function}"))
                .arg("-S")
                .arg(unit)
                .arg("-o")
                .arg(out),
            &self.extract,
        )
    }

    /// The options `llc` is run with; the IR itself carries the target triple,
    /// features, code model and frame-pointer choice of the original compile.
    pub const LLC_OPTIONS: [&'static str; 2] = ["-O2", "-filetype=obj"];

    /// `llc -O2 -filetype=obj IR -o OBJECT`.
    pub fn llc(&self, ir: &Path, object: &Path) -> Result<(), LlvmError> {
        run(
            Command::new(&self.llc)
                .args(Self::LLC_OPTIONS)
                .arg(ir)
                .arg("-o")
                .arg(object),
            &self.llc,
        )
    }

    /// The `llc` line a compiler developer runs, with file names only.
    pub fn llc_line(&self, ir: &str, object: &str) -> String {
        format!(
            "llc{} {} {ir} -o {object}",
            self.suffix,
            Self::LLC_OPTIONS.join(" ")
        )
    }
}

/// The unit's optimised IR, as the object's own compile command produces it
/// (`-S -emit-llvm` in place of `-c`; the sanitizer passes have run, so the IR
/// is what the backend saw), written to `out`.
pub fn emit_ir(command: &CompileCommand, out: &Path) -> Result<(), LlvmError> {
    compile(command, &["-S", "-emit-llvm"], out)
}

/// The unit compiled again into an object, to compare with the user's.
pub fn rebuild(command: &CompileCommand, out: &Path) -> Result<(), LlvmError> {
    compile(command, &["-c"], out)
}

/// The command with `extra` options writing `out`. Runs in the command's
/// directory; writes nothing there (output and dependency-file options were
/// dropped).
fn compile(command: &CompileCommand, extra: &[&str], out: &Path) -> Result<(), LlvmError> {
    let (program, args) = command
        .args
        .split_first()
        .ok_or_else(|| LlvmError::Failed {
            tool: command.origin.clone(),
            stderr: "empty compile command".into(),
        })?;
    run(
        Command::new(program)
            .current_dir(&command.cwd)
            .args(args)
            .args(extra)
            .arg("-o")
            .arg(out),
        Path::new(program),
    )
}

/// The major version in a version line (`… version 19.1.7 …` → 19).
pub fn major_version(line: &str) -> Option<u32> {
    let after = &line[line.find("version ")? + "version ".len()..];
    after.split(['.', ' ']).next()?.parse().ok()
}

/// The first line of `program --version` that contains `marker`, trimmed; says
/// so when there is none.
pub fn version_line(program: &Path, marker: &str) -> String {
    Command::new(program)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::trim)
                .find(|l| l.contains(marker))
                .map(str::to_string)
        })
        .unwrap_or_else(|| format!("{} (version unknown)", program.display()))
}

fn run(cmd: &mut Command, tool: &Path) -> Result<(), LlvmError> {
    let tool = tool.display().to_string();
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|source| LlvmError::Spawn {
            tool: tool.clone(),
            source,
        })?;
    if out.status.success() {
        Ok(())
    } else {
        let stderr = String::from_utf8_lossy(&out.stderr);
        // The last lines say what went wrong; a whole compile log is noise.
        let tail: Vec<&str> = stderr.lines().rev().take(12).collect();
        Err(LlvmError::Failed {
            tool,
            stderr: tail.into_iter().rev().collect::<Vec<_>>().join("\n"),
        })
    }
}

/// Size of an IR file: (lines, instructions). An instruction is a line inside a
/// function body that is not a label, a comment or blank.
pub fn ir_size(text: &str) -> (usize, usize) {
    let mut in_body = false;
    let mut instructions = 0;
    for line in text.lines() {
        let t = line.trim();
        if line.starts_with("define ") {
            in_body = true;
        } else if line.starts_with('}') {
            in_body = false;
        } else if in_body && !t.is_empty() && !t.starts_with(';') && !t.ends_with(':') {
            instructions += 1;
        }
    }
    (text.lines().count(), instructions)
}

/// The IR with every `sanitize_memory` function attribute removed: the same
/// instrumented code, compiled as a function KMSAN does not cover (the nearest
/// `llc` gets to a !KMSAN build of the reduced input). An attribute group left
/// empty is invalid IR: it goes, with every reference to it.
pub fn without_sanitize_memory(text: &str) -> String {
    let mut empty_groups = Vec::new();
    let mut lines: Vec<String> = text
        .lines()
        .filter_map(|l| {
            if !(l.starts_with("attributes #") || l.starts_with("define ")) {
                return Some(l.to_string());
            }
            let l = l.replace(" sanitize_memory", "");
            if let Some(group) = l
                .strip_prefix("attributes ")
                .and_then(|r| r.strip_suffix(" = { }"))
            {
                empty_groups.push(group.to_string());
                return None;
            }
            Some(l)
        })
        .collect();
    if !empty_groups.is_empty() {
        for l in &mut lines {
            if l.split(' ').any(|w| empty_groups.iter().any(|g| g == w)) {
                *l = l
                    .split(' ')
                    .filter(|w| !empty_groups.iter().any(|g| g == w))
                    .collect::<Vec<_>>()
                    .join(" ");
            }
        }
    }
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiler_names_give_the_tool_suffix() {
        assert_eq!(suffix_of_compiler("clang-19"), "-19");
        assert_eq!(suffix_of_compiler("/usr/bin/clang-19"), "-19");
        assert_eq!(suffix_of_compiler("clang"), "");
        assert_eq!(suffix_of_compiler("clang-cl"), "");
        assert_eq!(suffix_of_compiler("gcc"), "");
    }

    #[test]
    fn major_versions_are_read_from_version_lines() {
        assert_eq!(
            major_version("Debian clang version 19.1.7 (3~deb12u1)"),
            Some(19)
        );
        assert_eq!(major_version("Debian LLVM version 14.0.6"), Some(14));
        assert_eq!(major_version("no numbers here"), None);
    }

    #[test]
    fn sizes_count_body_instructions_only() {
        let ir = "; c\ndefine void @f() {\nentry:\n  %a = add i32 1, 2\n\n  ret void\n}\nattributes #0 = { nounwind sanitize_memory }\n";
        assert_eq!(ir_size(ir), (8, 2));
        assert_eq!(
            without_sanitize_memory(ir).lines().last(),
            Some("attributes #0 = { nounwind }")
        );
        let alone = "define void @f() #1 {\n  call void @g() #1\n  ret void\n}\nattributes #1 = { sanitize_memory }\nattributes #10 = { nounwind }\n";
        assert_eq!(
            without_sanitize_memory(alone),
            "define void @f() {\n  call void @g()\n  ret void\n}\nattributes #10 = { nounwind }\n"
        );
    }
}
