//! Issue #14's whole-build table: for every x86-64 object below a kbuild output
//! directory (and any object named after it, such as `vmlinux.o`), the messages
//! objtool prints (Debian's objtool with the options the build runs it with:
//! for `vmlinux.o` those recorded in `.vmlinux.o.cmd`, for single objects
//! rspill's flags, `objtool::run::FLAGS`, and those kbuild adds for the build's
//! `.config`, `objtool::run::config_flags`) against the ones `rspill scan`
//! predicts for the same options (`objtool::profile`) (each analysed function's first line,
//! `objtool_prediction`), object by object and function by function. Prints the totals, the messages by kind, and every disagreement.
//! Exit status 1 when any object disagrees.
//!
//!   cargo run --release --example objtool_agreement -- BUILD_DIR
//!   cargo run --release --example objtool_agreement -- BUILD_DIR BUILD_DIR/vmlinux.o

use rayon::prelude::*;
use rspill::analysis::scan::{ScanOptions, scan_paths};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// One object's two sides: `(function, "func+0xOFF: message")`, sorted.
struct Compared {
    path: String,
    functions: usize,
    objtool: BTreeSet<(String, String)>,
    predicted: BTreeSet<(String, String)>,
    /// Functions the model does not cover.
    uncertain: BTreeSet<String>,
    /// Functions with a claimed prediction (a line, or nothing).
    claimed: BTreeSet<String>,
    problem: Option<String>,
}

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if args.is_empty() {
        eprintln!("usage: objtool_agreement BUILD_DIR [OBJECT...]");
        std::process::exit(2);
    }
    let Some(objtool) = rspill::objtool::run::locate(None) else {
        eprintln!("objtool not found (linux-kbuild-6.12.117+deb12)");
        std::process::exit(2);
    };
    // objtool as kbuild runs it for this build (`--no-unreachable` with KCOV):
    // the build's `.config`, beside the directory or archive given first.
    let build = if args[0].is_dir() {
        args[0].clone()
    } else {
        args[0].parent().map(PathBuf::from).unwrap_or_default()
    };
    // Objects named after the build directory are compared instead of the
    // whole build; a `vmlinux*.o` (vmlinux.o, or a copy taken before objtool
    // rewrote it) with the options recorded for vmlinux.o.
    let inputs = if args.len() > 1 {
        &args[1..]
    } else {
        &args[..1]
    };
    let vmlinux_o = inputs.iter().all(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("vmlinux") && n.ends_with(".o"))
    });
    let options: Vec<String> = match rspill::check::link::KbuildLink::read(&build) {
        Ok(Some(link)) if vmlinux_o => {
            rspill::objtool::profile::split_args(&link.objtool_options())
        }
        _ => {
            let mut options = rspill::objtool::profile::default_args();
            options.extend(
                rspill::objtool::run::config_flags(&build.join(".config"))
                    .iter()
                    .map(|s| s.to_string()),
            );
            options
        }
    };
    eprintln!("objtool {}", options.join(" "));
    let mut profile = rspill::objtool::profile::ObjtoolProfile::default();
    if let Err(e) = profile.set_args(&options) {
        eprintln!("{e}");
        std::process::exit(2);
    }
    rspill::objtool::profile::set_active(profile).unwrap();
    let found = rspill::input::discover::discover(inputs);
    let paths: Vec<String> = found.inputs.iter().map(|i| i.display.clone()).collect();
    eprintln!(
        "{} objects ({} 32-bit passed over, {} unreadable)",
        paths.len(),
        found.skipped_32bit,
        found.errors.len()
    );
    let opts = ScanOptions {
        explain: false,
        trace: None,
        source: false,
    };
    let compared: Vec<Compared> = paths
        .par_iter()
        .map(|path| {
            let object = PathBuf::from(path);
            let mut c = Compared {
                path: path.clone(),
                functions: 0,
                objtool: BTreeSet::new(),
                predicted: BTreeSet::new(),
                uncertain: BTreeSet::new(),
                claimed: BTreeSet::new(),
                problem: None,
            };
            let run = std::process::Command::new(&objtool)
                .env("SRCARCH", "x86")
                .args(&options)
                .arg("--dry-run")
                .arg(&object)
                .output()
                .map_err(|e| e.to_string())
                .map(|o| {
                    String::from_utf8_lossy(&o.stdout).into_owned()
                        + &String::from_utf8_lossy(&o.stderr)
                });
            match run {
                Ok(out) => {
                    c.objtool = rspill::objtool::run::messages(&out)
                        .into_iter()
                        .map(|m| (m.function().to_string(), m.text))
                        .collect()
                }
                Err(e) => c.problem = Some(e),
            }
            let scan = scan_paths(&[object], &opts);
            if let Some(e) = scan.errors.first() {
                c.problem = Some(e.to_string());
            }
            // The model's first line for every function it analyses, whatever
            // its cause; a function it is uncertain about claims nothing (and
            // objtool's line for it, if any, is then a disagreement too).
            for m in &scan.modules {
                c.functions += m.functions;
                for f in &m.findings {
                    let p = &f.objtool_prediction;
                    if p.uncertain.is_some() {
                        c.uncertain.insert(f.function.clone());
                    } else {
                        c.claimed.insert(f.function.clone());
                        if let Some(message) = &p.message {
                            c.predicted.insert((f.function.clone(), message.clone()));
                        }
                    }
                }
            }
            c
        })
        .collect();

    let mut kinds: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let kind_of = |text: &str| -> String {
        let rest = text.split_once(": ").map_or(text, |(_, r)| r);
        rest.split(" at ").next().unwrap_or(rest).to_string()
    };
    let (mut disagreeing, mut functions, mut problems) = (0, 0, 0);
    let (mut objtool_total, mut predicted_total, mut uncertain_total) = (0, 0, 0);
    let mut claimed_total = 0;
    for c in &compared {
        functions += c.functions;
        objtool_total += c.objtool.len();
        predicted_total += c.predicted.len();
        uncertain_total += c.uncertain.len();
        claimed_total += c.claimed.difference(&c.uncertain).count();
        for u in &c.uncertain {
            println!("UNCERTAIN {}: {u}", c.path);
        }
        for (_, m) in &c.objtool {
            kinds.entry(kind_of(m)).or_default().0 += 1;
        }
        for (_, m) in &c.predicted {
            kinds.entry(kind_of(m)).or_default().1 += 1;
        }
        if let Some(p) = &c.problem {
            problems += 1;
            println!("PROBLEM {}: {p}", c.path);
        }
        if c.objtool != c.predicted {
            disagreeing += 1;
            println!("DISAGREE {}", c.path);
            for (_, m) in c.objtool.difference(&c.predicted) {
                println!("  objtool only: {m}");
            }
            for (_, m) in c.predicted.difference(&c.objtool) {
                println!("  rspill only:  {m}");
            }
        }
    }
    println!(
        "objects {}, functions {}, objtool messages {}, predicted {}, functions claimed {}, uncertain functions {}, objects agreeing {}, disagreeing {}, problems {}",
        compared.len(),
        functions,
        objtool_total,
        predicted_total,
        claimed_total,
        uncertain_total,
        compared.len() - disagreeing,
        disagreeing,
        problems
    );
    println!("| message | objtool | predicted |");
    println!("|---|---|---|");
    for (k, (o, p)) in &kinds {
        println!("| {k} | {o} | {p} |");
    }
    std::process::exit(i32::from(disagreeing > 0));
}
