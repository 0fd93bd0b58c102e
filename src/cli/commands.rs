//! Each command run with its resolved settings: the library does the work, `render`
//! writes the result, `exit` decides the status. The only place that writes to
//! stdout and stderr.

use crate::cli::exit::{self, ERROR, INTERRUPTED, finish};
use crate::cli::settings::{
    CheckSettings, DiffSettings, ExtractSettings, FixSettings, InventorySettings,
    ReduceTestSettings, RewriteSettings, ScanSettings, Settings, interrupt_flag,
};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub fn run(settings: Settings) -> ExitCode {
    match settings {
        Settings::Scan(s) => scan(s),
        Settings::Diff(s) => diff(s),
        Settings::Rewrite(s) => rewrite(s),
        Settings::Extract(s) => extract(s),
        Settings::Suggest(request) => suggest(&request),
        Settings::Check(s) => check_build(s),
        Settings::Fix(s) => fix(s),
        Settings::Reduce(request) => reduce(&request),
        Settings::Inventory(s) => inventory(&s),
        Settings::ReduceTest(s) => reduce_test(&s),
    }
}

fn scan(s: ScanSettings) -> ExitCode {
    set_jobs(s.jobs);
    if let Err(e) = choose_objtool_profile(s.objtool_args.as_deref(), s.objtool_tree.as_deref()) {
        eprintln!("rspill: {e}");
        return ExitCode::from(exit::ERROR);
    }
    let result = rspill::analysis::scan::scan_paths(&s.paths, &s.options);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = rspill::render::write_scan(
        s.format,
        &mut out,
        &mut std::io::stderr(),
        &result,
        s.dynamic,
    );
    finish(written, &mut out, exit::scan(&result))
}

/// The objtool whose verdict this run predicts (`--objtool-args`,
/// `--objtool-tree`); rspill's defaults when neither is given.
fn choose_objtool_profile(
    args: Option<&str>,
    tree: Option<&std::path::Path>,
) -> Result<(), String> {
    if args.is_none() && tree.is_none() {
        return Ok(());
    }
    let mut profile = rspill::objtool::profile::ObjtoolProfile::default();
    if let Some(tree) = tree {
        profile.read_tree(tree)?;
    }
    if let Some(args) = args {
        profile
            .set_args(&rspill::objtool::profile::split_args(args))
            .map_err(|e| format!("--objtool-args: {e}"))?;
    }
    rspill::objtool::profile::set_active(profile)
}

fn diff(s: DiffSettings) -> ExitCode {
    set_jobs(s.jobs);
    let result = rspill::codegen::compare::diff_paths(&s.a, &s.b, s.show);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written =
        rspill::render::write_diff(s.format, &mut out, &mut std::io::stderr(), &result, s.all);
    finish(written, &mut out, exit::diff(&result))
}

fn rewrite(s: RewriteSettings) -> ExitCode {
    let Some(tool) = rspill::objtool::run::locate(s.objtool.as_deref()) else {
        eprintln!(
            "{}: error: rspill: no objtool found to validate the rewrite (give --objtool PATH or set $OBJTOOL); nothing written",
            s.input.display()
        );
        return ExitCode::from(ERROR);
    };
    match rspill::objects::rewrite::rewrite_file(
        &s.input,
        s.output.as_deref(),
        &s.functions,
        &s.linked_with,
        &tool,
    ) {
        Ok(outcome) => {
            let mut out = std::io::stdout();
            let written = rspill::render::objects::write_rewrite(&mut out, &outcome);
            finish(written, &mut out, exit::rewrite(&outcome))
        }
        Err(e) => {
            eprintln!("{}: error: rspill: {}", e.path, e.message);
            ExitCode::from(ERROR)
        }
    }
}

fn extract(s: ExtractSettings) -> ExitCode {
    let tool = rspill::objtool::run::locate(s.objtool.as_deref());
    match rspill::objects::extract::extract_file(&s.input, &s.functions, &s.output, tool.as_deref())
    {
        Ok(outcome) => {
            let mut out = std::io::stdout();
            finish(
                rspill::render::objects::write_extract(&mut out, &outcome),
                &mut out,
                exit::extract(&outcome),
            )
        }
        Err(e) => {
            eprintln!("{}: error: rspill: {}", e.path, e.message);
            ExitCode::from(ERROR)
        }
    }
}

/// Verifying the edits runs the compiler in scratch directories and writing the
/// mails makes temporary files: Ctrl-C is caught for both, and each stops at the
/// next step with everything removed.
fn suggest_and_write(
    request: &rspill::fixes::suggest::Request,
    interrupt: &Arc<AtomicBool>,
) -> rspill::fixes::suggest::SuggestOutcome {
    let plan = rspill::fixes::suggest::plan(request, interrupt, |m| eprintln!("rspill: {m}"));
    rspill::fixes::suggest::write(request, plan, interrupt)
}

fn suggest(request: &rspill::fixes::suggest::Request) -> ExitCode {
    let outcome = suggest_and_write(request, &interrupt_flag());
    let mut stdout = std::io::stdout();
    let written = rspill::render::suggest::write(&mut stdout, &mut std::io::stderr(), &outcome);
    finish(written, &mut stdout, exit::suggest(&outcome))
}

/// How the build links and checks `vmlinux.o`, said on stderr.
fn read_link(build: &std::path::Path) -> Result<Option<rspill::check::link::KbuildLink>, ExitCode> {
    let link = rspill::check::link::KbuildLink::read(build).map_err(|e| {
        eprintln!("rspill: error: {e}");
        ExitCode::from(ERROR)
    })?;
    match &link {
        Some(l) => eprintln!(
            "rspill: objtool runs on vmlinux.o in this build ({} members): each row relinks it with its rebuilt objects and runs objtool {}",
            l.members.len(),
            l.objtool_options()
        ),
        None => eprintln!("rspill: objtool runs on each object in this build"),
    }
    Ok(link)
}

/// `check`: when --kmsan-config is the --build directory's own .config, the
/// rebuilt objects are that build's objects in another version, and objtool's
/// verdict comes from the build's `vmlinux.o` relinked with them, as `fix` does
/// (with CONFIG_X86_KERNEL_IBT objtool runs nowhere else). With another
/// configuration the build's other objects would not match: objects are judged
/// one by one.
fn check_build(mut s: CheckSettings) -> ExitCode {
    let own_config = |build: &std::path::Path, config: &std::path::Path| {
        let (a, b) = (std::fs::read(build.join(".config")), std::fs::read(config));
        matches!((a, b), (Ok(a), Ok(b)) if a == b)
    };
    if let (Some(build), Some(config)) = (&s.request.deps_build, &s.request.kmsan_config) {
        if own_config(build, config) && !s.plan_only {
            match read_link(build) {
                Ok(link) => s.request.link = link,
                Err(code) => return code,
            }
        }
    }
    check(&s, None)
}

/// A report written once the check has run (`fix --report`).
type AfterCheck<'a> = &'a dyn Fn(&rspill::check::Report) -> Result<(), String>;

fn check(s: &CheckSettings, after: Option<AfterCheck>) -> ExitCode {
    let progress = |m: &str| {
        if !s.quiet {
            eprintln!("rspill: {m}");
        }
    };
    if s.plan_only {
        return match rspill::check::plan_only(&s.request, &progress) {
            Ok(plan) => {
                let mut out = std::io::stdout();
                let json = matches!(s.format, rspill::render::CheckFormat::Json);
                let written = rspill::render::verdict_table::write_plan(&mut out, &plan, json);
                finish(written, &mut out, 0)
            }
            Err(e) => {
                eprintln!("rspill: error: {e}");
                ExitCode::from(ERROR)
            }
        };
    }
    match rspill::check::run(&s.request, &progress) {
        Ok(report) => {
            for w in &report.warnings {
                eprintln!("rspill: warning: {w}");
            }
            if let Some(after) = after {
                if let Err(e) = after(&report) {
                    eprintln!("rspill: error: {e}");
                    return ExitCode::from(ERROR);
                }
            }
            let mut out = std::io::stdout();
            let written = rspill::render::write_check(s.format, &mut out, &report);
            finish(written, &mut out, exit::check(&report))
        }
        Err(e) => {
            eprintln!("rspill: error: {e}");
            let interrupted = s.request.interrupt.load(Ordering::SeqCst);
            ExitCode::from(if interrupted { INTERRUPTED } else { ERROR })
        }
    }
}

/// scan + suggest + check: the build directory located from the objects, the
/// drafts written (their report on stderr), then checked.
fn fix(s: FixSettings) -> ExitCode {
    let start = match rspill::check::fix::start(&s.inputs, s.log.as_deref(), s.tree.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("rspill: error: {e}");
            return ExitCode::from(ERROR);
        }
    };
    let _ = rspill::render::fix::write_fix_start(&mut std::io::stderr(), &start);
    let location = start.location.clone();
    let location_for_report = start.location.clone();
    if location.targets.is_empty() {
        if !start.unmapped.is_empty() {
            eprintln!("rspill: error: no objtool line of the log could be mapped to an object");
            return ExitCode::from(ERROR);
        }
        println!("rspill fix: nothing to fix: no finding that objtool would reject");
        return ExitCode::SUCCESS;
    }
    let suggest_request = rspill::fixes::suggest::Request {
        tree: location.tree.clone(),
        objects: location
            .targets
            .iter()
            .map(|t| location.build.join(t))
            .collect(),
        findings_file: None,
        site: None,
        out: s.drafts,
        strategies: Vec::new(),
        all_findings: false,
        commands: rspill::fixes::draft::CompileCommands {
            build: vec![location.build.clone()],
            stated: None,
        },
        series: false,
        every_statement: false,
    };
    let interrupt = interrupt_flag();
    let suggested = suggest_and_write(&suggest_request, &interrupt);
    let _ =
        rspill::render::suggest::write(&mut std::io::stderr(), &mut std::io::stderr(), &suggested);
    if suggested.interrupted {
        return ExitCode::from(INTERRUPTED);
    }
    if !suggested.errors.is_empty() {
        return ExitCode::from(ERROR);
    }
    if suggested.written.is_empty() {
        println!("rspill fix: nothing to fix: no finding that objtool would reject");
        return ExitCode::SUCCESS;
    }
    if s.no_check {
        return ExitCode::SUCCESS;
    }
    let link = match read_link(&location.build) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let mut opts = s.check;
    if opts.kmsan_config.is_none() {
        opts.kmsan_config = Some(location.build.join(".config"));
    }
    let drafts = suggested.written.iter().map(|(p, _)| p.clone()).collect();
    let mut settings = opts.resolve(
        location.tree,
        location.targets,
        drafts,
        Some(location.build),
        interrupt,
    );
    settings.request.link = link;
    let Some(path) = s.report else {
        return check(&settings, None);
    };
    let request = &settings.request;
    let write_report = |report: &rspill::check::Report| {
        let context = rspill::check::ci::gather(
            &location_for_report,
            &start.located,
            request,
            request.link.as_ref(),
            report,
        );
        let mut text = Vec::new();
        let markdown = path.extension().is_some_and(|e| e == "md");
        let written = if markdown {
            rspill::render::ci_report::write_markdown(&mut text, &context, report)
        } else {
            rspill::render::ci_report::write_text(&mut text, &context, report)
        };
        written
            .map_err(|e| e.to_string())
            .and_then(|()| {
                rspill::atomic_file::write_atomic(&path, &text).map_err(|e| e.to_string())
            })
            .map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!("rspill: report written to {}", path.display());
        Ok(())
    };
    check(&settings, Some(&write_report))
}

fn set_jobs(jobs: Option<usize>) {
    if let Some(j) = jobs {
        // Only fails if a pool exists already, which cannot happen here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global();
    }
}

fn inventory(s: &InventorySettings) -> ExitCode {
    set_jobs(s.jobs);
    let inv = rspill::inventory::build(&s.paths, s.tree.as_deref());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = rspill::render::write_inventory(s.format, &mut out, &mut std::io::stderr(), &inv);
    finish(written, &mut out, exit::inventory(&inv))
}

/// reduce: the reproducer written to its directory with REPORT.md; the summary on
/// stdout, progress on stderr.
fn reduce(request: &rspill::reduce::Request) -> ExitCode {
    let progress = |m: &str| eprintln!("rspill: reduce: {m}");
    let mut outcome = match rspill::reduce::run(request, &progress) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("rspill: error: {e}");
            let interrupted = matches!(e, rspill::reduce::ReduceError::Interrupted(_));
            return ExitCode::from(if interrupted { INTERRUPTED } else { ERROR });
        }
    };
    let mut listing = Vec::new();
    let _ = rspill::render::scan::write_text(
        &mut listing,
        &mut std::io::sink(),
        &outcome.explained,
        false,
    );
    let ir = std::fs::read_to_string(outcome.out.join("reduced.ll")).unwrap_or_default();
    let mut report = Vec::new();
    let path = outcome.out.join("REPORT.md");
    let written = rspill::render::reduce::write_report(
        &mut report,
        &outcome,
        &String::from_utf8_lossy(&listing),
        &ir,
    )
    .and_then(|()| rspill::atomic_file::write_atomic(&path, &report));
    if let Err(e) = written {
        eprintln!("{}: error: rspill: {e}", path.display());
        return ExitCode::from(ERROR);
    }
    outcome.files.push("REPORT.md".into());
    outcome.files.sort();
    let mut out = std::io::stdout();
    let written = rspill::render::reduce::write_summary(&mut out, &outcome);
    finish(written, &mut out, exit::reduce(&outcome))
}

/// One interestingness test for llvm-reduce: 0 interesting, 1 not. The object
/// is built beside the candidate (llvm-reduce's temporary file) and removed.
fn reduce_test(s: &ReduceTestSettings) -> ExitCode {
    let Ok(tools) = rspill::reduce::llvm::Tools::locate(&s.llvm) else {
        return ExitCode::from(ERROR);
    };
    let object = s.ir.with_extension("rspill.o");
    let verdict = s.target.judge(&tools, s.objtool.as_deref(), &s.ir, &object);
    let _ = std::fs::remove_file(&object);
    match verdict {
        Ok(rspill::reduce::interesting::Verdict::Interesting { .. }) => {
            if let Some(best) = &s.best {
                let _ = rspill::reduce::interesting::keep_if_smaller(&s.ir, best);
            }
            ExitCode::SUCCESS
        }
        Ok(rspill::reduce::interesting::Verdict::Not(_)) => ExitCode::from(1),
        Err(e) => {
            eprintln!("rspill: reduce-test: {e}");
            ExitCode::from(ERROR)
        }
    }
}
