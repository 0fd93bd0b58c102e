//! Locating and running the real objtool on an object, with the flags of an
//! x86 ORC kernel build; its output is data (objtool exits 0 on warnings).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian's objtool (package linux-kbuild-6.12.117+deb12); a wrapper that needs
/// `SRCARCH` to pick `objtool.real-x86`.
pub const DEBIAN_OBJTOOL: &str = "/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool";

/// The flags of an x86 ORC kernel build (scripts/Makefile.lib), without writing.
pub const FLAGS: [&str; 8] = [
    "--hacks=jump_label",
    "--hacks=noinstr",
    "--orc",
    "--retpoline",
    "--rethunk",
    "--static-call",
    "--uaccess",
    "--dry-run",
];

/// The objtool to use: `explicit`, else `$OBJTOOL`, else Debian's, else `objtool`
/// on PATH; None when there is none.
pub fn locate(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("OBJTOOL") {
        return Some(PathBuf::from(p));
    }
    if Path::new(DEBIAN_OBJTOOL).exists() {
        return Some(PathBuf::from(DEBIAN_OBJTOOL));
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("objtool"))
            .find(|p| p.is_file())
    })
}

/// The options kbuild adds to objtool from a build's configuration (`.config`
/// at `config`; none when it cannot be read). `scripts/Makefile.lib`: with
/// CONFIG_KCOV or CONFIG_GCOV_KERNEL `--no-unreachable` (their instrumentation
/// leaves code nothing reaches; without it objtool warns `unreachable
/// instruction` where the build never does).
pub fn config_flags(config: &Path) -> Vec<&'static str> {
    let text = std::fs::read_to_string(config).unwrap_or_default();
    let set = |name: &str| text.lines().any(|l| l.trim() == format!("{name}=y"));
    if set("CONFIG_KCOV") || set("CONFIG_GCOV_KERNEL") {
        vec!["--no-unreachable"]
    } else {
        Vec::new()
    }
}

/// Run objtool on `object`; its combined output, or why it could not run.
pub fn run(objtool: &Path, object: &Path) -> Result<String, String> {
    run_with(objtool, object, &[])
}

/// `run` with options beside rspill's (`config_flags`).
pub fn run_with(objtool: &Path, object: &Path, extra: &[&str]) -> Result<String, String> {
    let out = Command::new(objtool)
        .env("SRCARCH", "x86")
        .args(FLAGS)
        .args(extra)
        .arg(object)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", objtool.display()))?;
    // objtool exits 0 on warnings and non-zero on errors it reports; killed by
    // a signal, it said nothing about the object.
    if out.status.code().is_none() {
        return Err(format!("{} was killed ({})", objtool.display(), out.status));
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    Ok(text)
}

/// One warning or error objtool printed about an object:
/// `OBJECT: warning: objtool: FUNC+0xOFF: TEXT` (or without `+0xOFF`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjtoolMessage {
    /// The object as objtool named it (the path it was given).
    pub object: String,
    /// `warning` or `error`.
    pub severity: String,
    /// What follows `objtool: `: `FUNC+0xOFF: TEXT`.
    pub text: String,
}

impl ObjtoolMessage {
    /// The function the message is about: the text up to `+` or `:`.
    pub fn function(&self) -> &str {
        let end = self.text.find(['+', ':']).unwrap_or(self.text.len());
        &self.text[..end]
    }

    /// The line as objtool printed it, with the object named `object`.
    pub fn line_for(&self, object: &str) -> String {
        format!("{object}: {}: objtool: {}", self.severity, self.text)
    }
}

/// objtool's warnings and errors in `output`, in order; other lines (its
/// usage text, notes) are left out.
pub fn messages(output: &str) -> Vec<ObjtoolMessage> {
    output
        .lines()
        .filter_map(|l| {
            let (head, text) = l.split_once(": objtool: ")?;
            let (object, severity) = head.rsplit_once(": ")?;
            matches!(severity, "warning" | "error").then(|| ObjtoolMessage {
                object: object.to_string(),
                severity: severity.to_string(),
                text: text.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_warnings_and_errors_with_their_function() {
        let out = "mm/memory.o: warning: objtool: folio_zero_user+0x801: undefined stack state\n\
                   vmlinux.o: error: objtool: folio_zero_user+0x801: unknown CFA base reg -1\n\
                   objtool: usage text\n\
                   a b.o: warning: objtool: .text: unexpected end of section\n";
        let m = messages(out);
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].function(), "folio_zero_user");
        assert_eq!(m[1].severity, "error");
        assert_eq!(m[2].object, "a b.o");
        assert_eq!(m[2].function(), ".text");
        assert_eq!(
            m[0].line_for("x.o"),
            "x.o: warning: objtool: folio_zero_user+0x801: undefined stack state"
        );
    }
}
