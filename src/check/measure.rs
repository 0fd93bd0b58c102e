//! Measuring a built row: its KMSAN objects scanned and run through objtool, its
//! !KMSAN objects compared with the baseline's, its configurations compared.

use super::link::KbuildLink;
use super::recommend::plural;
use super::{Codegen, Row, Timing};
use crate::analysis::scan::{ScanOptions, scan_paths};
use crate::codegen::compare::{Status as FnStatus, diff_paths};
use crate::kbuild::build;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Where objtool runs for this build: on each object, or (CONFIG_X86_KERNEL_IBT
/// builds) only on `vmlinux.o`, relinked in `workdir`.
pub(super) enum ObjtoolScope<'a> {
    /// Each object; with the build's link known, only those kbuild gives
    /// objtool (`vmlinux.o`'s members, modules).
    Objects { kbuild: Option<&'a KbuildLink> },
    Vmlinux {
        link: &'a KbuildLink,
        workdir: PathBuf,
    },
}

/// Scan and objtool the KMSAN objects of one row.
pub(super) fn validate_kmsan(
    row: &mut Row,
    out: &Path,
    objects: &[String],
    objtool: Option<&Path>,
    scope: &ObjtoolScope,
    timing: &mut Timing,
) {
    let paths: Vec<PathBuf> = objects.iter().map(|o| out.join(o)).collect();
    let present: Vec<PathBuf> = paths.iter().filter(|p| p.is_file()).cloned().collect();
    for (o, p) in objects.iter().zip(&paths) {
        if !p.is_file() {
            row.problems.push(format!("{o}: not built (KMSAN)"));
        }
    }
    let start = Instant::now();
    let scan = scan_paths(
        &present,
        &ScanOptions {
            source: false,
            ..Default::default()
        },
    );
    timing.own_analysis += start.elapsed().as_secs_f64();
    for e in &scan.errors {
        row.problems.push(e.to_string());
    }
    let findings: Vec<_> = scan.modules.iter().flat_map(|m| &m.findings).collect();
    let spilled = findings.iter().filter(|f| f.kind.is_construct()).count();
    row.findings = Some(findings.len());
    row.spilled = Some(spilled);
    row.construct_gone = Some(spilled == 0);
    // Each by object, function and kind (offsets move with any edit).
    let target_of: BTreeMap<String, &String> = paths
        .iter()
        .zip(objects)
        .map(|(p, o)| (p.display().to_string(), o))
        .collect();
    row.constructs = findings
        .iter()
        .filter(|f| f.kind.is_construct())
        .map(|f| {
            let object = target_of
                .get(&f.file)
                .map_or(f.file.as_str(), |o| o.as_str());
            format!("{object}: {}: {}", f.function, f.kind.as_str())
        })
        .collect();
    row.constructs.sort();
    row.constructs.dedup();
    let Some(tool) = objtool else {
        return;
    };
    let start = Instant::now();
    let mut messages = Vec::new();
    let mut link_passes = true;
    if let ObjtoolScope::Vmlinux { link, workdir } = scope {
        let replaced: BTreeMap<String, PathBuf> = objects
            .iter()
            .zip(&paths)
            // A reused baseline's objects are the build's own members.
            .filter(|(o, p)| p.is_file() && link.is_member(o) && **p != link.build.join(o))
            .map(|(o, p)| (o.clone(), p.clone()))
            .collect();
        match link.validate(&replaced, workdir, Some(tool)) {
            Ok(v) => {
                messages.extend(v.messages.iter().cloned());
                link_passes = v.passes();
                row.link = Some(v);
            }
            Err(e) => {
                row.problems.push(e);
                link_passes = false;
            }
        }
    }
    // Objects outside vmlinux.o are checked one by one where kbuild checks
    // them so (modules); the vDSO and the like kbuild never gives objtool.
    let per_object = |o: &String| match scope {
        ObjtoolScope::Objects { kbuild: None } => true,
        ObjtoolScope::Objects { kbuild: Some(link) } => {
            link.is_member(o) || link.objtool_runs_on(o)
        }
        ObjtoolScope::Vmlinux { link, .. } => !link.is_member(o) && link.objtool_runs_on(o),
    };
    if let ObjtoolScope::Vmlinux { link, .. } | ObjtoolScope::Objects { kbuild: Some(link) } = scope
    {
        let unchecked: Vec<&String> = objects
            .iter()
            .filter(|o| !link.is_member(o) && !link.objtool_runs_on(o))
            .collect();
        if !unchecked.is_empty() {
            row.notes.push(format!(
                "{} rebuilt objects outside vmlinux.o that kbuild does not run objtool on (its .cmd records none) were not given to objtool: {}",
                unchecked.len(),
                unchecked
                    .iter()
                    .map(|o| o.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
        }
    }
    // As kbuild would run it for this configuration.
    let config_flags = crate::objtool::run::config_flags(&out.join(".config"));
    for (o, p) in objects
        .iter()
        .zip(&paths)
        .filter(|(o, p)| p.is_file() && per_object(o))
    {
        match crate::objtool::run::run_with(tool, p, &config_flags) {
            // objtool names the object by the path it was given: make it the target.
            Ok(text) => messages.extend(
                crate::objtool::run::messages(&text)
                    .iter()
                    .map(|m| m.line_for(o)),
            ),
            Err(e) => row.problems.push(e),
        }
    }
    timing.objtool += start.elapsed().as_secs_f64();
    row.objtool_clean = Some(messages.is_empty() && link_passes);
    row.objtool = Some(messages);
}

/// Compare a row's !KMSAN objects with the baseline's (problems go to the row).
pub(super) fn compare_plain(
    row: &mut Row,
    base_out: &Path,
    out: &Path,
    objects: &[String],
    label: &str,
    timing: &mut Timing,
) -> Codegen {
    let start = Instant::now();
    let mut changed = Vec::new();
    let mut compared = 0;
    let mut in_neither = Vec::new();
    for o in objects {
        let (a, b) = (base_out.join(o), out.join(o));
        // Not built in either tree (`make -k`, every includer): an object
        // this configuration does not have.
        if !a.is_file() && !b.is_file() {
            in_neither.push(o.as_str());
            continue;
        }
        if !b.is_file() {
            row.problems.push(format!("{o}: not built ({label})"));
            continue;
        }
        if !a.is_file() {
            continue;
        }
        let d = diff_paths(&a, &b, false);
        for e in &d.errors {
            row.problems.push(e.to_string());
        }
        compared += d.objects_compared;
        changed.extend(
            d.functions
                .iter()
                .filter(|f| f.status != FnStatus::Identical)
                .map(|f| format!("{o}:{}", f.name())),
        );
    }
    if !in_neither.is_empty() {
        const SHOWN: usize = 10;
        let mut note = format!(
            "{} object{} built in neither tree ({label}: not in this configuration): {}",
            in_neither.len(),
            plural(in_neither.len()),
            in_neither[..in_neither.len().min(SHOWN)].join(" ")
        );
        if in_neither.len() > SHOWN {
            note.push_str(&format!(" and {} more", in_neither.len() - SHOWN));
        }
        row.notes.push(note);
    }
    timing.own_analysis += start.elapsed().as_secs_f64();
    Codegen {
        identical: changed.is_empty(),
        changed,
        objects_compared: compared,
    }
}

pub(super) fn config_changes(base: &Path, cand: &Path) -> Vec<String> {
    let (Ok(a), Ok(b)) = (build::read_config(base), build::read_config(cand)) else {
        return Vec::new();
    };
    build::option_differences(&a, &b)
        .into_iter()
        .map(|(k, x, y)| format!("{k} {x}->{y}"))
        .collect()
}
