//! `vmlinux.o` linked and checked the way kbuild does it for this build
//! (`.vmlinux.o.cmd`): the build's own `vmlinux.a` members, rebuilt objects in
//! their places, relinked with the recorded `ld -r` and run through the recorded
//! objtool command. With CONFIG_X86_KERNEL_IBT (clang's defconfig) this is the
//! only place objtool runs, and the check that fails the user's build.

use object::read::archive::ArchiveFile;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// How one build directory links and validates `vmlinux.o`.
#[derive(Clone, Debug)]
pub struct KbuildLink {
    /// The build directory the recorded commands run in.
    pub build: PathBuf,
    /// `vmlinux.a`'s members in link order, as paths relative to the build
    /// directory (kbuild's thin archives name them so).
    pub members: Vec<String>,
    /// The recorded `ld -r` command, `vmlinux.a` one of its words.
    linker: Vec<String>,
    /// The recorded objtool command, program first.
    objtool: Vec<String>,
}

/// What relinking and objtool said.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct LinkVerdict {
    /// objtool's warning and error lines, as it printed them (`vmlinux.o: ...`).
    pub messages: Vec<String>,
    /// objtool's exit status: non-zero fails the build (kbuild: Error 255).
    pub objtool_status: Option<i32>,
    /// Members taken from the rebuilt objects instead of the build directory.
    pub replaced: usize,
    pub members: usize,
    pub link_seconds: f64,
    pub objtool_seconds: f64,
}

impl LinkVerdict {
    /// The build would get past `vmlinux.o`: objtool exited 0 and said nothing.
    pub fn passes(&self) -> bool {
        self.objtool_status == Some(0) && self.messages.is_empty()
    }
}

/// The words of the commands kbuild recorded for `target` in `.TARGET.cmd`
/// (`savedcmd_TARGET := A ; B`), one list per command. Refused when a command
/// uses shell syntax a plain split would get wrong.
fn recorded_commands(cmd_file: &Path, target: &str) -> Result<Vec<Vec<String>>, String> {
    let text =
        std::fs::read_to_string(cmd_file).map_err(|e| format!("{}: {e}", cmd_file.display()))?;
    let prefix = format!("savedcmd_{target} := ");
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .ok_or_else(|| format!("{}: no `{prefix}` line", cmd_file.display()))?;
    if line.contains(['$', '`', '"', '\'', '|', '>', '<', '&', '(', ')']) {
        return Err(format!(
            "{}: the recorded command uses shell syntax rspill does not rerun: {line}",
            cmd_file.display()
        ));
    }
    Ok(line
        .split(';')
        .map(|c| c.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect())
}

/// The members of a thin archive, in order, relative to its directory.
pub fn thin_archive_members(archive: &Path) -> Result<Vec<String>, String> {
    let data = std::fs::read(archive).map_err(|e| format!("{}: {e}", archive.display()))?;
    let parsed = ArchiveFile::parse(&*data)
        .map_err(|e| format!("{}: not an archive: {e}", archive.display()))?;
    if !parsed.is_thin() {
        return Err(format!(
            "{}: not a thin archive (kbuild makes vmlinux.a with `ar cDPrST`)",
            archive.display()
        ));
    }
    parsed
        .members()
        .map(|m| {
            m.map(|m| String::from_utf8_lossy(m.name()).into_owned())
                .map_err(|e| format!("{}: malformed member: {e}", archive.display()))
        })
        .collect()
}

impl KbuildLink {
    /// How `build` links `vmlinux.o`; None when kbuild does not run objtool on
    /// it (objtool then runs on each object, as before `vmlinux.o` is linked).
    pub fn read(build: &Path) -> Result<Option<KbuildLink>, String> {
        let cmd_file = build.join(".vmlinux.o.cmd");
        if !cmd_file.is_file() {
            return Ok(None);
        }
        let commands = recorded_commands(&cmd_file, "vmlinux.o")?;
        let Some(objtool) = commands
            .iter()
            .find(|c| c[0].ends_with("/objtool") || c[0] == "objtool")
            .cloned()
        else {
            return Ok(None);
        };
        let linker = commands
            .iter()
            .find(|c| c.iter().any(|w| w == "-r") && c.iter().any(|w| w == "vmlinux.a"))
            .cloned()
            .ok_or_else(|| {
                format!(
                    "{}: no `ld -r ... vmlinux.a` command recorded",
                    cmd_file.display()
                )
            })?;
        if objtool.last().map(String::as_str) != Some("vmlinux.o")
            || !linker
                .windows(2)
                .any(|w| w[0] == "-o" && w[1] == "vmlinux.o")
        {
            return Err(format!(
                "{}: the recorded commands do not write and check vmlinux.o",
                cmd_file.display()
            ));
        }
        let members = thin_archive_members(&build.join("vmlinux.a"))?;
        // The commands run in a scratch directory: a relative `--build out`
        // would name nothing there.
        let build = std::path::absolute(build).map_err(|e| format!("{}: {e}", build.display()))?;
        Ok(Some(KbuildLink {
            build,
            members,
            linker,
            objtool,
        }))
    }

    /// objtool's options as recorded (for reports).
    pub fn objtool_options(&self) -> String {
        self.objtool[1..self.objtool.len() - 1].join(" ")
    }

    /// A recorded word that names a file of the build directory, made absolute
    /// (the commands run elsewhere).
    fn absolute(&self, word: &str) -> String {
        if word.starts_with('-') || Path::new(word).is_absolute() {
            return word.to_string();
        }
        let p = self.build.join(word);
        if p.exists() {
            p.display().to_string()
        } else {
            word.to_string()
        }
    }

    /// Is `target` (relative to the build directory) linked into `vmlinux.o`?
    pub fn is_member(&self, target: &str) -> bool {
        self.members.iter().any(|m| m == target)
    }

    /// Whether kbuild ran objtool on object `target` (outside `vmlinux.o`:
    /// a module's object) by itself: its `.cmd` file records the command.
    /// The vDSO, boot code and host programs never go through objtool.
    pub fn objtool_runs_on(&self, target: &str) -> bool {
        let path = Path::new(target);
        let cmd = match (path.parent(), path.file_name()) {
            (Some(dir), Some(name)) => self
                .build
                .join(dir)
                .join(format!(".{}.cmd", name.to_string_lossy())),
            _ => return false,
        };
        std::fs::read_to_string(cmd).is_ok_and(|text| {
            text.lines()
                .find(|l| l.starts_with("savedcmd_"))
                .is_some_and(|l| l.contains("objtool/objtool "))
        })
    }

    /// Link `vmlinux.o` in `workdir` from the build's members with `replaced`
    /// (member → rebuilt object; other entries are ignored) in their places, run objtool on it as kbuild
    /// does, and remove it again. `objtool` overrides the recorded program.
    pub fn validate(
        &self,
        replaced: &BTreeMap<String, PathBuf>,
        workdir: &Path,
        objtool: Option<&Path>,
    ) -> Result<LinkVerdict, String> {
        std::fs::create_dir_all(workdir).map_err(|e| format!("{}: {e}", workdir.display()))?;
        let mut verdict = LinkVerdict {
            members: self.members.len(),
            ..Default::default()
        };
        // A response file keeps ~3,000 paths off the command line.
        let mut list = String::new();
        for m in &self.members {
            let path = match replaced.get(m) {
                Some(p) => {
                    verdict.replaced += 1;
                    p.clone()
                }
                None => self.build.join(m),
            };
            list.push_str(&quote_for_response_file(&path.display().to_string()));
            list.push('\n');
        }
        let rsp = workdir.join("vmlinux.members");
        std::fs::write(&rsp, list).map_err(|e| format!("{}: {e}", rsp.display()))?;
        let output = workdir.join("vmlinux.o");
        let result = self.link_and_check(&rsp, workdir, objtool, &mut verdict);
        let _ = std::fs::remove_file(&output);
        let _ = std::fs::remove_file(&rsp);
        result.map(|()| verdict)
    }

    fn link_and_check(
        &self,
        rsp: &Path,
        workdir: &Path,
        objtool: Option<&Path>,
        verdict: &mut LinkVerdict,
    ) -> Result<(), String> {
        let words: Vec<String> = self
            .linker
            .iter()
            .map(|w| match w.as_str() {
                "vmlinux.a" => format!("@{}", rsp.display()),
                "vmlinux.o" => w.clone(),
                _ => self.absolute(w),
            })
            .collect();
        let t = Instant::now();
        let out = Command::new(&words[0])
            .args(&words[1..])
            .current_dir(workdir)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", words[0]))?;
        verdict.link_seconds = t.elapsed().as_secs_f64();
        if !out.status.success() {
            return Err(format!(
                "relinking vmlinux.o failed ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        let program = match objtool {
            Some(p) => p.to_path_buf(),
            None => PathBuf::from(self.absolute(&self.objtool[0])),
        };
        let t = Instant::now();
        let out = Command::new(&program)
            .env("SRCARCH", "x86")
            .args(&self.objtool[1..])
            .current_dir(workdir)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        verdict.objtool_seconds = t.elapsed().as_secs_f64();
        let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&out.stderr));
        verdict.objtool_status = out.status.code();
        if verdict.objtool_status.is_none() {
            return Err(format!("{} was killed ({})", program.display(), out.status));
        }
        verdict.messages = crate::objtool::run::messages(&text)
            .iter()
            .map(|m| m.line_for("vmlinux.o"))
            .collect();
        Ok(())
    }
}

/// A path as one word of a GNU-style response file.
fn quote_for_response_file(path: &str) -> String {
    if path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+,=:@".contains(c))
    {
        return path.to_string();
    }
    let mut q = String::from("\"");
    for c in path.chars() {
        if c == '"' || c == '\\' {
            q.push('\\');
        }
        q.push(c);
    }
    q.push('"');
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_commands_split_at_semicolons_and_refuse_shell_syntax() {
        let dir = std::env::temp_dir().join(format!("rspill-link-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join(".vmlinux.o.cmd");
        std::fs::write(
            &f,
            "savedcmd_vmlinux.o := ld.lld-19 -m elf_x86_64 -r -o vmlinux.o   --whole-archive vmlinux.a --no-whole-archive --start-group  --end-group  ; ./tools/objtool/objtool --ibt --orc --link vmlinux.o\n\nvmlinux.o: $(wildcard ./tools/objtool/objtool)\n",
        )
        .unwrap();
        let c = recorded_commands(&f, "vmlinux.o").unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0][0], "ld.lld-19");
        assert_eq!(c[1].last().unwrap(), "vmlinux.o");
        std::fs::write(&f, "savedcmd_vmlinux.o := ld -r -o vmlinux.o $$(cat x)\n").unwrap();
        assert!(recorded_commands(&f, "vmlinux.o").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn objtool_runs_on_what_the_cmd_file_records() {
        let dir = std::env::temp_dir().join(format!("rspill-link-cmd-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("drivers/x")).unwrap();
        std::fs::create_dir_all(dir.join("arch/x86/entry/vdso")).unwrap();
        // A module's object: kbuild ran objtool after compiling it.
        std::fs::write(
            dir.join("drivers/x/.m.o.cmd"),
            "savedcmd_drivers/x/m.o := clang-19 -c -o drivers/x/m.o ../drivers/x/m.c ; ./tools/objtool/objtool --orc --module drivers/x/m.o\n",
        )
        .unwrap();
        // The vDSO: compiled, never given to objtool (OBJECT_FILES_NON_STANDARD).
        std::fs::write(
            dir.join("arch/x86/entry/vdso/.vclock_gettime.o.cmd"),
            "savedcmd_arch/x86/entry/vdso/vclock_gettime.o := clang-19 -c -o arch/x86/entry/vdso/vclock_gettime.o x.c\n",
        )
        .unwrap();
        let link = KbuildLink {
            build: dir.clone(),
            members: vec!["mm/memory.o".into()],
            linker: Vec::new(),
            objtool: Vec::new(),
        };
        assert!(link.objtool_runs_on("drivers/x/m.o"));
        assert!(!link.objtool_runs_on("arch/x86/entry/vdso/vclock_gettime.o"));
        // No .cmd file at all: not known to be checked.
        assert!(!link.objtool_runs_on("lib/none.o"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn response_file_words_are_quoted_when_needed() {
        assert_eq!(quote_for_response_file("/a/b-c.o"), "/a/b-c.o");
        assert_eq!(
            quote_for_response_file("/a b/\"x\".o"),
            "\"/a b/\\\"x\\\".o\""
        );
    }
}
