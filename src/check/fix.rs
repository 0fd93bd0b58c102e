//! The `fix` command's set-up: from objects in a kbuild build directory to the
//! build directory, its source tree and the objects' kbuild targets, so that
//! scan + suggest + check run on what the user already has.

use std::path::{Path, PathBuf};

/// Where an object was built: the kbuild output directory, the source tree it was
/// built from, and the object's target path relative to the output directory.
#[derive(Debug, Clone)]
pub struct BuildLocation {
    pub build: PathBuf,
    pub tree: PathBuf,
    pub targets: Vec<String>,
}

/// The source tree of an O= build: kbuild's `source` symlink, else the
/// `include <tree>/Makefile` line of the generated Makefile.
fn tree_of_build(build: &Path) -> Option<PathBuf> {
    if let Ok(target) = std::fs::read_link(build.join("source")) {
        return build.join(target).canonicalize().ok();
    }
    let makefile = std::fs::read_to_string(build.join("Makefile")).ok()?;
    makefile.lines().find_map(|l| {
        let p = l
            .strip_prefix("include ")?
            .trim()
            .strip_suffix("/Makefile")?;
        Some(PathBuf::from(p))
    })
}

pub fn locate(objects: &[PathBuf], tree: Option<&Path>) -> Result<BuildLocation, String> {
    let first = objects.first().ok_or("no objects given")?;
    let canon = |p: &Path| {
        p.canonicalize()
            .map_err(|e| format!("{}: {e}", p.display()))
    };
    let first = canon(first)?;
    let build = crate::kbuild::compile_command::build_dir_of(&first).ok_or_else(|| {
        format!(
            "{}: not inside a kbuild build directory (no parent directory with a .config)",
            first.display()
        )
    })?;
    let mut targets = Vec::new();
    for o in objects {
        let c = canon(o)?;
        let rel = c.strip_prefix(&build).map_err(|_| {
            format!(
                "{}: not in the build directory {} of the first object",
                o.display(),
                build.display()
            )
        })?;
        targets.push(rel.to_string_lossy().into_owned());
    }
    let tree = match tree {
        Some(t) => canon(t)?,
        None => match tree_of_build(&build) {
            Some(t) => t,
            // An in-tree build: the build directory is the tree.
            None if build.join("Kconfig").is_file() => build.clone(),
            None => {
                return Err(format!(
                    "{}: cannot tell which source tree this build is of; give --tree",
                    build.display()
                ));
            }
        },
    };
    Ok(BuildLocation {
        build,
        tree,
        targets,
    })
}
