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

/// Run objtool on `object`; its combined output, or why it could not run.
pub fn run(objtool: &Path, object: &Path) -> Result<String, String> {
    let out = Command::new(objtool)
        .env("SRCARCH", "x86")
        .args(FLAGS)
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
