//! What a check builds: the objects (named, plus those a draft can change,
//! `select`) and how each configuration is prepared.

use super::select::{self, Selection};
use super::{Candidate, Configuration, Request};
use crate::fixes::macro_index::MacroIndex;
use crate::kbuild::build::Step;
use crate::kbuild::compile_command::units_reading;
use std::collections::HashMap;
use std::path::Path;

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
    if config != Configuration::Kmsan && req.plain_config.is_none() {
        steps.push(Step::EditConfig(edits(&[("KMSAN", None)])));
    }
    steps.push(Step::Make(vec!["olddefconfig".into()]));
    steps.push(Step::Make(vec!["prepare".into()]));
    steps
}

pub(super) struct ObjectPlan {
    /// Built in both configurations: the named objects and the selections.
    pub objects: Vec<String>,
    /// Built !KMSAN only: the other objects including a changed file
    /// (`--all-objects`), to show whether a selection missed one.
    pub plain_only: Vec<String>,
    pub left_out: Vec<String>,
    /// Per candidate: which objects its draft can change.
    pub selections: Vec<Selection>,
    /// Every object including a changed file was built (`--all-objects`):
    /// the comparison then shows whether a selection missed one.
    pub every_includer: bool,
}

/// The named objects, then those the candidates' drafts can change (from the
/// build's dependency files and DWARF, `select`); `--max-objects` caps them.
/// With `--all-objects` every other object that includes a changed file is
/// built !KMSAN too: the comparison then shows whether a selection missed one.
pub(super) fn plan_objects(
    req: &Request,
    candidates: &[Candidate],
    progress: &(dyn Fn(&str) + Sync),
) -> ObjectPlan {
    let mut objects: Vec<String> = Vec::new();
    for o in &req.objects {
        if !objects.contains(o) {
            objects.push(o.clone());
        }
    }
    let mut left_out = Vec::new();
    let mut selections = Vec::new();
    let mut plain_only = Vec::new();
    if let Some(build) = &req.deps_build {
        let all = select::build_objects(build);
        progress("reading what the build's inputs hand the assembler, and `nodebug`");
        let facts = select::input_facts(build, &all);
        // For each changed C file, the definitions of the units that include
        // it: is a changed name, or a name on a changed line, a macro? Only
        // when every includer's compile command could be read: a definition
        // rspill did not see could rename the function or number with
        // __COUNTER__ (no index: no narrowing).
        let mut macros: HashMap<String, MacroIndex> = HashMap::new();
        for f in candidates.iter().flat_map(|c| &c.files) {
            if (f.ends_with(".h") || f.ends_with(".c")) && !macros.contains_key(f) {
                progress(&format!("reading the #defines the units including {f} see"));
                let units = units_reading(build, Path::new(f));
                let real = select::real_path(&req.tree, f);
                let includers = all
                    .iter()
                    .filter(|(_, deps)| {
                        deps.iter()
                            .any(|d| select::names_file(d, f, real.as_deref()))
                    })
                    .count();
                if !units.is_empty() && units.len() >= includers {
                    macros.insert(f.clone(), MacroIndex::of_units(&units));
                }
            }
        }
        let mut pool: Vec<String> = Vec::new();
        let mut includers: Vec<String> = Vec::new();
        for c in candidates {
            // Read as `Candidate::read` read it (it checked it is a patch).
            let draft = std::fs::read(&c.draft)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            let s = select::select(&c.name, &draft, &req.tree, build, &all, &facts, &macros);
            progress(&format!(
                "{}: {} objects include a changed file; {} selected",
                c.name,
                s.includers,
                s.selected.len()
            ));
            pool.extend(s.selected.iter().cloned());
            if req.all_objects {
                includers.extend(s.includer_objects.iter().cloned());
            }
            selections.push(s);
        }
        pool.sort();
        pool.dedup();
        for o in pool {
            if objects.contains(&o) {
                continue;
            }
            match req.max_objects {
                Some(max) if objects.len() >= max.max(req.objects.len()) => left_out.push(o),
                _ => objects.push(o),
            }
        }
        includers.sort();
        includers.dedup();
        plain_only = includers
            .into_iter()
            .filter(|o| !objects.contains(o))
            .collect();
    }
    ObjectPlan {
        objects,
        plain_only,
        left_out,
        selections,
        every_includer: req.all_objects && req.deps_build.is_some(),
    }
}

impl ObjectPlan {
    /// What the !KMSAN builds make and compare.
    pub fn all_plain(&self) -> Vec<String> {
        self.objects
            .iter()
            .chain(&self.plain_only)
            .cloned()
            .collect()
    }

    /// What the !KMSAN builds make and compare when `reused` is the user's
    /// !KMSAN build: the objects it has. The selection comes from the KMSAN
    /// build, whose configuration builds objects the other does not
    /// (`lib/checksum.o`: KMSAN selects GENERIC_CSUM); asked for, kbuild
    /// compiles them anyway and fails.
    pub fn plain_in(&self, reused: Option<&std::path::Path>) -> Vec<String> {
        let mut objects = self.all_plain();
        if let Some(dir) = reused {
            objects.retain(|o| dir.join(o).is_file());
        }
        objects
    }
}

#[cfg(test)]
mod tests {
    use super::ObjectPlan;

    /// A reused !KMSAN build is asked only for the objects it has (kbuild
    /// compiles a KMSAN-only object anyway when named, and fails).
    #[test]
    fn plain_builds_make_only_what_the_reused_build_has() {
        let dir = std::env::temp_dir().join(format!("rspill-plain-in-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("mm")).unwrap();
        std::fs::write(dir.join("mm/memory.o"), b"").unwrap();
        let plan = ObjectPlan {
            objects: vec!["mm/memory.o".into(), "lib/checksum.o".into()],
            plain_only: vec!["kernel/fork.o".into()],
            left_out: Vec::new(),
            selections: Vec::new(),
            every_includer: false,
        };
        assert_eq!(plan.plain_in(Some(&dir)), vec!["mm/memory.o".to_string()]);
        assert_eq!(plan.plain_in(None).len(), 3);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
