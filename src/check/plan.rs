//! What a check builds: the objects (named, plus those whose dependency files
//! include a file a draft changes) and how each configuration is prepared.

use super::{Candidate, Configuration, Request};
use crate::kbuild::build::Step;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Options set for the default KMSAN configuration (defconfig + these).
const KMSAN_OPTIONS: [(&str, Option<&str>); 3] = [
    ("KMSAN", Some("y")),
    ("DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT", Some("y")),
    ("DEBUG_INFO_NONE", None),
];

fn edits(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
        .collect()
}

/// The prepare job of one configuration in the baseline tree.
pub(super) fn prepare_steps(req: &Request, config: Configuration) -> Vec<Step> {
    let mut steps = Vec::new();
    let given = if config == Configuration::Kmsan {
        req.kmsan_config.clone()
    } else {
        req.plain_config.clone().or(req.kmsan_config.clone())
    };
    match given {
        Some(file) => steps.push(Step::UseConfig(file)),
        None => {
            steps.push(Step::Make(vec!["defconfig".into()]));
            steps.push(Step::EditConfig(edits(&KMSAN_OPTIONS)));
        }
    }
    if config == Configuration::Plain && req.plain_config.is_none() {
        steps.push(Step::EditConfig(edits(&[("KMSAN", None)])));
    }
    steps.push(Step::Make(vec!["olddefconfig".into()]));
    steps.push(Step::Make(vec!["prepare".into()]));
    steps
}

/// Objects named by the build's dependency files as including a file a draft
/// changes (`.NAME.o.cmd`: `deps_DIR/NAME.o := ...`), sorted.
pub fn objects_depending_on(build: &Path, files: &[String]) -> Vec<String> {
    let cmd_files: Vec<PathBuf> = walkdir::WalkDir::new(build)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            let n = e.file_name().to_string_lossy();
            e.file_type().is_file() && n.starts_with('.') && n.ends_with(".o.cmd")
        })
        .map(|e| e.into_path())
        .collect();
    let mut found: Vec<String> = cmd_files
        .par_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let rel = p.strip_prefix(build).ok()?;
            let dir = rel.parent().unwrap_or(Path::new(""));
            let name = p.file_name()?.to_string_lossy();
            let object = dir
                .join(name.strip_prefix('.')?.strip_suffix(".cmd")?)
                .to_string_lossy()
                .into_owned();
            if object.ends_with(".mod.o")
                || object.starts_with("scripts/")
                || object.starts_with("tools/")
            {
                return None;
            }
            let deps = text.split_once(":= \\")?.1;
            let hit = deps.lines().any(|l| {
                let dep = l.trim().trim_end_matches('\\').trim();
                files
                    .iter()
                    .any(|f| dep == f || dep.ends_with(&format!("/{f}")))
            });
            hit.then_some(object)
        })
        .collect();
    found.sort();
    found
}

pub(super) struct ObjectPlan {
    pub objects: Vec<String>,
    pub left_out: Vec<String>,
}

pub(super) fn plan_objects(req: &Request, candidates: &[Candidate]) -> ObjectPlan {
    let mut objects: Vec<String> = Vec::new();
    for o in &req.objects {
        if !objects.contains(o) {
            objects.push(o.clone());
        }
    }
    let mut left_out = Vec::new();
    if let Some(build) = &req.deps_build {
        let files: Vec<String> = candidates.iter().flat_map(|c| c.files.clone()).collect();
        for o in objects_depending_on(build, &files) {
            if objects.contains(&o) {
                continue;
            }
            if req.all_objects || objects.len() < req.max_objects.max(req.objects.len()) {
                objects.push(o);
            } else {
                left_out.push(o);
            }
        }
    }
    ObjectPlan { objects, left_out }
}
