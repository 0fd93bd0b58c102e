//! The `suggest` command: collect sites (from objects, a findings file or a
//! file:line), draft every strategy for each, and write the mails into the
//! output directory. The source tree is only read.

use crate::analysis::findings::Finding;
use crate::analysis::scan::{ScanOptions, scan_paths};
use crate::error::InputError;
use crate::fixes::draft::{CompileCommands, Draft, FixSite, Strategy, draft_site, plural};
use crate::fixes::macro_index::{LazyTreeIndex, MacroIndex};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct Request {
    pub tree: PathBuf,
    pub objects: Vec<PathBuf>,
    pub findings_file: Option<PathBuf>,
    pub site: Option<String>,
    pub out: PathBuf,
    pub strategies: Vec<Strategy>,
    pub all_findings: bool,
    /// Where compile commands for verifying edits come from.
    pub commands: CompileCommands,
    /// One strategy's drafts merged into a series (`series`).
    pub series: bool,
    /// Every census statement is a site (`inventory::census`).
    pub every_statement: bool,
}

#[derive(Debug, Default)]
pub struct SuggestOutcome {
    /// (path written, draft).
    pub written: Vec<(PathBuf, Draft)>,
    pub skipped: Vec<String>,
    /// How each source edit was verified.
    pub verified: Vec<String>,
    pub warnings: Vec<String>,
    pub errors: Vec<InputError>,
    /// Findings that needed no fix (shown as context).
    pub sites: usize,
    /// Drafts made (written or not).
    pub drafted: usize,
    /// Ctrl-C (or SIGTERM) arrived while drafts were being written: the ones
    /// in `written` are complete, the rest were not started.
    pub interrupted: bool,
}

/// Drafts made in memory, not written yet. Making them only reads the tree
/// and the objects, so an interrupt before `write` needs no clean-up at all;
/// that is why the two are separate steps (the caller catches Ctrl-C only
/// around `write`, and an interrupted scan of a big vmlinux.o stops at once).
pub struct SuggestPlan {
    pub outcome: SuggestOutcome,
    drafts: Vec<Draft>,
}

fn wanted(f: &Finding, all: bool) -> bool {
    f.objtool_would_fail || (all && f.kind.is_spilled())
}

/// Sites to draft for, deduplicated by file:line (several restores of one
/// inlined statement need one fix).
fn collect_sites(req: &Request, outcome: &mut SuggestOutcome) -> Vec<FixSite> {
    let mut findings: Vec<Finding> = Vec::new();
    if !req.objects.is_empty() {
        let result = scan_paths(
            &req.objects,
            &ScanOptions {
                source: true,
                ..Default::default()
            },
        );
        outcome.errors.extend(result.errors);
        for m in result.modules {
            findings.extend(m.findings);
        }
    }
    if let Some(file) = &req.findings_file {
        match std::fs::read_to_string(file) {
            Ok(text) => {
                for (n, line) in text.lines().enumerate() {
                    let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                        outcome.errors.push(InputError::new(
                            file.display().to_string(),
                            format!("line {}: not JSON", n + 1),
                        ));
                        continue;
                    };
                    if v["type"] != "finding" {
                        continue;
                    }
                    match serde_json::from_value::<Finding>(v) {
                        Ok(f) => findings.push(f),
                        Err(e) => outcome.errors.push(InputError::new(
                            file.display().to_string(),
                            format!("line {}: {e}", n + 1),
                        )),
                    }
                }
            }
            Err(e) => outcome.errors.push(InputError::io(file, e)),
        }
    }
    let mut sites: Vec<FixSite> = Vec::new();
    for f in findings.iter().filter(|f| wanted(f, req.all_findings)) {
        match FixSite::from_finding(f) {
            Some(s) => {
                if !sites.iter().any(|x| x.file == s.file && x.line == s.line) {
                    sites.push(s);
                }
            }
            None => outcome.errors.push(InputError::new(
                &f.file,
                format!(
                    "{}+{:#x}: no DWARF source line for the restore (build with CONFIG_DEBUG_INFO)",
                    f.function, f.offset
                ),
            )),
        }
    }
    if !findings.is_empty() && sites.is_empty() && outcome.errors.is_empty() {
        outcome.warnings.push(format!(
            "{} findings, none that objtool would reject{}: nothing to draft",
            findings.len(),
            if req.all_findings {
                " or that is spilled"
            } else {
                " (see --all-findings)"
            }
        ));
    }
    if req.every_statement {
        let (statements, problems) = crate::inventory::census::asm_call_statements(&req.tree);
        for p in problems {
            outcome.warnings.push(format!("census: {p}"));
        }
        if statements.is_empty() {
            outcome.errors.push(InputError::new(
                req.tree.display().to_string(),
                "--every-statement: no asm statement in arch/x86 names ASM_CALL_CONSTRAINT",
            ));
        }
        for st in statements {
            let file = req.tree.join(&st.file);
            if !sites
                .iter()
                .any(|x| x.file == file && x.line == st.first_line)
            {
                sites.push(FixSite {
                    file,
                    line: st.first_line,
                    function: None,
                    finding: None,
                });
            }
        }
    }
    if let Some(spec) = &req.site {
        match spec
            .rsplit_once(':')
            .and_then(|(f, l)| Some((f, l.parse::<usize>().ok()?)))
        {
            Some((file, line)) => {
                let p = PathBuf::from(file);
                sites.push(FixSite {
                    file: if p.is_absolute() { p } else { req.tree.join(p) },
                    line,
                    function: None,
                    finding: None,
                });
            }
            None => outcome.errors.push(InputError::new(
                spec,
                "--site wants FILE:LINE, e.g. arch/x86/include/asm/page_64.h:74",
            )),
        }
    }
    sites
}

/// Every definition an edit must be right for, read once for all sites: with
/// kbuild build directories (--build, or the one a finding's object was built
/// in), every file their units read and every -D of their commands; with
/// only a stated command, whose headers are unknown, the whole tree.
fn macro_universe(req: &Request, sites: &[FixSite]) -> MacroIndex {
    let mut builds: Vec<PathBuf> = req.commands.build.clone();
    for s in sites {
        if let Some(b) = s.finding.as_ref().and_then(|f| {
            crate::kbuild::compile_command::build_dir_of(std::path::Path::new(&f.file))
        }) {
            if !builds.contains(&b) {
                builds.push(b);
            }
        }
    }
    if builds.is_empty() || req.commands.stated.is_some() {
        return MacroIndex::of_tree(&req.tree);
    }
    let units: Vec<_> = builds
        .iter()
        .flat_map(|b| crate::kbuild::compile_command::all_units(b))
        .collect();
    if units.is_empty() {
        return MacroIndex::of_tree(&req.tree);
    }
    MacroIndex::of_units(&units)
}

/// Scan, collect sites and draft every strategy, without writing anything.
/// `progress` hears of slow steps.
pub fn plan(req: &Request, interrupted: &AtomicBool, progress: fn(&str)) -> SuggestPlan {
    let mut outcome = SuggestOutcome::default();
    if !req.tree.is_dir() {
        outcome.errors.push(InputError::new(
            req.tree.display().to_string(),
            "--tree is not a directory",
        ));
        return SuggestPlan {
            outcome,
            drafts: Vec::new(),
        };
    }
    if req.series && req.strategies.len() != 1 {
        outcome.errors.push(InputError::new(
            "--series",
            "a series applies one strategy: name it with --strategy (e.g. --strategy reorder)",
        ));
        return SuggestPlan {
            outcome,
            drafts: Vec::new(),
        };
    }
    let sites = collect_sites(req, &mut outcome);
    outcome.sites = sites.len();
    let strategies: Vec<Strategy> = if req.strategies.is_empty() {
        Strategy::ALL.to_vec()
    } else {
        req.strategies.clone()
    };
    let mut drafts: Vec<Draft> = Vec::new();
    let mut per_tree_done: Vec<Strategy> = Vec::new();
    let macros = if sites.is_empty() {
        MacroIndex::default()
    } else {
        macro_universe(req, &sites)
    };
    let tree_macros = LazyTreeIndex::new(&req.tree, progress);
    for site in &sites {
        if interrupted.load(Ordering::SeqCst) {
            outcome.interrupted = true;
            break;
        }
        // A configuration change is the same for every site: drafted once.
        let these: Vec<Strategy> = strategies
            .iter()
            .copied()
            .filter(|s| s.get().per_tree().is_none() || !per_tree_done.contains(s))
            .collect();
        match draft_site(
            &req.tree,
            site,
            &these,
            &req.commands,
            &macros,
            &tree_macros,
            interrupted,
        ) {
            Ok(s) => {
                outcome.verified.extend(s.verified);
                per_tree_done.extend(
                    s.drafts
                        .iter()
                        .map(|d| d.strategy)
                        .filter(|st| st.get().per_tree().is_some()),
                );
                drafts.extend(s.drafts);
                outcome.warnings.extend(s.warnings);
                outcome
                    .skipped
                    .extend(s.skipped.into_iter().map(|(st, why)| {
                        format!(
                            "{}:{}: {} not drafted: {why}",
                            site.file.display(),
                            site.line,
                            st.name()
                        )
                    }));
            }
            Err(e) => outcome
                .errors
                .push(InputError::new(site.file.display().to_string(), e)),
        }
    }
    if req.series && !outcome.interrupted {
        progress("merging the drafts into a series, one patch per file");
        let drafts_made = std::mem::take(&mut drafts);
        let made = drafts_made.len();
        let not_drafted: Vec<String> = outcome
            .skipped
            .iter()
            .map(|s| s.replace(&format!("{}/", req.tree.display()), ""))
            .collect();
        let series = crate::fixes::series::series(
            strategies[0],
            drafts_made,
            &series_table(req),
            &series_why(req, made),
            &not_drafted,
            interrupted,
        );
        outcome.verified.extend(series.verified);
        outcome
            .skipped
            .extend(series.refused.into_iter().map(|r| format!("series: {r}")));
        drafts = series.mails;
    }
    outcome.drafted = drafts.len();
    SuggestPlan { outcome, drafts }
}

/// The cover letter's table: the inventory of the objects given (the
/// statements behind their restores, and the census), else the census alone.
fn series_table(req: &Request) -> String {
    let inventory = crate::inventory::build(&req.objects, Some(&req.tree));
    let mut text = Vec::new();
    match crate::render::inventory::write_text(&mut text, &inventory) {
        Ok(()) => String::from_utf8_lossy(&text).into_owned(),
        Err(e) => format!("(no inventory table: {e})"),
    }
}

/// What the series covers, for its cover letter.
fn series_why(req: &Request, drafts: usize) -> String {
    let which = if req.every_statement {
        "every inline asm statement of arch/x86 that names ASM_CALL_CONSTRAINT"
    } else if req.all_findings {
        "every statement behind a spilled %rsp restore in the objects given"
    } else {
        "every statement behind a restore objtool rejects in the objects given"
    };
    format!("{which} ({} proven)", plural(drafts, "edit", "edits"))
}

/// Write the planned drafts into `req.out`, each atomically (a reader, or a
/// concurrent run writing the same name, never sees half a mail). When
/// `interrupted` is raised, the draft being written is finished and no further
/// one is started.
pub fn write(req: &Request, plan: SuggestPlan, interrupted: &AtomicBool) -> SuggestOutcome {
    let SuggestPlan {
        mut outcome,
        drafts,
    } = plan;
    if drafts.is_empty() {
        return outcome;
    }
    if interrupted.load(Ordering::SeqCst) {
        outcome.interrupted = true;
        return outcome;
    }
    if let Err(e) = std::fs::create_dir_all(&req.out) {
        outcome.errors.push(InputError::io(&req.out, e));
        return outcome;
    }
    let mut used: Vec<String> = Vec::new();
    for d in drafts {
        if interrupted.load(Ordering::SeqCst) {
            outcome.interrupted = true;
            break;
        }
        let mut name = d.file_name.clone();
        let mut n = 2;
        while used.contains(&name) {
            name = d.file_name.replace(".patch", &format!("-{n}.patch"));
            n += 1;
        }
        used.push(name.clone());
        let path = req.out.join(&name);
        match crate::atomic_file::write_atomic(&path, d.mail.as_bytes()) {
            Ok(()) => outcome.written.push((path, d)),
            Err(e) => outcome.errors.push(InputError::io(&path, e)),
        }
    }
    // An interrupt during the last write still counts: the user asked to stop.
    outcome.interrupted |= interrupted.load(Ordering::SeqCst);
    outcome
}
