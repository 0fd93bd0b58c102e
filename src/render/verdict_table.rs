//! The `check` report: the verdict table as aligned text, as markdown (for a
//! mail) and as JSON Lines, with the details the table cells stand for.

use crate::check::select::Reach;
use crate::check::{Report, Row};
use crate::kbuild::build::{BuildOutcome, Status};
use serde_json::json;
use std::io::{self, Write};

const HEADER: [&str; 8] = [
    "candidate",
    "applies",
    "KMSAN build",
    "!KMSAN build",
    "construct",
    "objtool (KMSAN)",
    "!KMSAN code",
    "patch",
];

fn build_cell(o: &Option<BuildOutcome>) -> String {
    match o {
        None => "-".into(),
        Some(o) => format!("{} {:.1}s", o.status.word(), o.seconds),
    }
}

/// The header: the gcc column only when gcc built.
fn header(r: &Report) -> Vec<String> {
    let mut h: Vec<String> = HEADER.iter().map(|s| s.to_string()).collect();
    if has_gcc(r) {
        h.push("!KMSAN gcc".into());
    }
    h
}

fn has_gcc(r: &Report) -> bool {
    r.baseline.gcc_build.is_some()
}

/// The gcc cell: the build, and for a candidate its code against the baseline's.
fn gcc_cell(row: &Row, baseline: bool) -> String {
    let Some(b) = &row.gcc_build else {
        return "-".into();
    };
    let build = format!("{} {:.1}s", b.status.word(), b.seconds);
    if baseline {
        return format!("reference, {build}");
    }
    match &row.gcc_codegen {
        None => build,
        Some(c) => format!("{}, {build}", code_words(c)),
    }
}

/// What a comparison found, with its scope: "identical" holds only for the
/// objects compared (the selection, unless every includer was built).
fn code_words(c: &crate::check::Codegen) -> String {
    if c.identical {
        format!("identical in {}", c.objects_compared)
    } else {
        format!(
            "{} function{} changed",
            c.changed.len(),
            if c.changed.len() == 1 { "" } else { "s" }
        )
    }
}

fn cells(row: &Row, baseline: bool, gcc: bool) -> Vec<String> {
    let applies = match row.applies {
        None => "-".to_string(),
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
    };
    let construct = match (row.spilled, row.findings) {
        (Some(0), Some(_)) if baseline => "none".to_string(),
        (Some(0), Some(_)) => "gone".into(),
        // What is left is the baseline's own unprovable restores elsewhere
        // (a stack switch), not the construct.
        (Some(s), Some(_)) if !baseline && row.construct_gone == Some(true) => {
            format!("gone ({s} as before)")
        }
        (Some(s), Some(_)) => format!("{s} spilled"),
        _ => "-".into(),
    };
    let scope = if row.link.is_some() { "vmlinux.o " } else { "" };
    let objtool = match &row.objtool {
        None => "-".to_string(),
        Some(m) if m.is_empty() && row.objtool_clean == Some(true) => format!("{scope}clean"),
        Some(m) if m.is_empty() => format!("{scope}fails"),
        Some(m) => format!(
            "{scope}{} warning{}",
            m.len(),
            if m.len() == 1 { "" } else { "s" }
        ),
    };
    let code = if baseline {
        "reference".to_string()
    } else {
        match &row.codegen {
            None => "-".into(),
            Some(c) => code_words(c),
        }
    };
    let patch = match &row.candidate {
        None => "-".to_string(),
        Some(c) => format!(
            "{} file{} +{}/-{}",
            c.files.len(),
            if c.files.len() == 1 { "" } else { "s" },
            c.added,
            c.removed
        ),
    };
    let mut out = vec![
        row.name.clone(),
        applies,
        build_cell(&row.kmsan_build),
        build_cell(&row.plain_build),
        construct,
        objtool,
        code,
        patch,
    ];
    if gcc {
        out.push(gcc_cell(row, baseline));
    }
    out
}

fn table(r: &Report) -> Vec<Vec<String>> {
    let gcc = has_gcc(r);
    std::iter::once(cells(&r.baseline, true, gcc))
        .chain(r.candidates.iter().map(|c| cells(c, false, gcc)))
        .collect()
}

/// What the cells summarise: apply errors, failed builds with their log tails,
/// objtool's messages, changed functions, configuration changes.
fn details(r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for row in std::iter::once(&r.baseline).chain(&r.candidates) {
        let n = &row.name;
        if let Some(e) = &row.apply_error {
            out.push(format!("{n}: does not apply: {e}"));
        }
        for (which, b) in [
            ("KMSAN", &row.kmsan_build),
            ("!KMSAN", &row.plain_build),
            ("!KMSAN gcc", &row.gcc_build),
        ] {
            let Some(b) = b else { continue };
            match &b.status {
                Status::Ok | Status::Interrupted => {}
                Status::Failed { step, code, tail } => {
                    out.push(format!(
                        "{n}: {which} build failed in `{step}`{} (log {}):",
                        code.map(|c| format!(" with status {c}"))
                            .unwrap_or_default(),
                        b.log.display()
                    ));
                    out.extend(tail.lines().map(|l| format!("    {l}")));
                }
                Status::TimedOut { step, seconds } => out.push(format!(
                    "{n}: {which} build `{step}` stopped after the {seconds} s timeout (log {})",
                    b.log.display()
                )),
            }
        }
        if let Some(l) = &row.link {
            out.push(format!(
                "{n}: vmlinux.o relinked as the build links it ({} of {} members rebuilt; ld {:.1} s, objtool {:.1} s, objtool exit status {})",
                l.replaced,
                l.members,
                l.link_seconds,
                l.objtool_seconds,
                l.objtool_status
                    .map_or_else(|| "none".to_string(), |s| s.to_string())
            ));
        }
        for m in row.objtool.iter().flatten() {
            out.push(format!("{n}: objtool: {m}"));
        }
        for (which, c) in [("!KMSAN", &row.codegen), ("!KMSAN gcc", &row.gcc_codegen)] {
            if let Some(c) = c {
                if !c.changed.is_empty() {
                    out.push(format!(
                        "{n}: {which} code changed in {}",
                        c.changed.join(", ")
                    ));
                }
            }
        }
        if !row.config_changes.is_empty() {
            out.push(format!(
                "{n}: KMSAN .config: {}",
                row.config_changes.join(", ")
            ));
        }
        for note in &row.notes {
            out.push(format!("{n}: note: {note}"));
        }
        for p in &row.problems {
            out.push(format!("{n}: {p}"));
        }
    }
    out
}

fn objects_line(r: &Report) -> String {
    const SHOWN: usize = 20;
    let mut s = format!("objects: {} built", r.objects.len());
    let listed: Vec<&str> = r.objects.iter().take(SHOWN).map(String::as_str).collect();
    s.push_str(&format!(" ({}", listed.join(" ")));
    if r.objects.len() > SHOWN {
        s.push_str(&format!(" and {} more", r.objects.len() - SHOWN));
    }
    s.push(')');
    if !r.plain_only.is_empty() {
        s.push_str(&format!(
            "; {} more !KMSAN only (every object including a changed file, --all-objects)",
            r.plain_only.len()
        ));
    }
    if !r.objects_left_out.is_empty() {
        s.push_str(&format!(
            "; {} more the drafts can change were left out by --max-objects",
            r.objects_left_out.len()
        ));
    }
    s
}

/// What one changed file reaches, in words.
fn reach_words(file: &str, reach: &Reach) -> String {
    match reach {
        Reach::Functions { names } => format!("{file}: inside {}()", names.join("(), ")),
        Reach::Includers { why } => format!("{file}: every includer ({why})"),
        Reach::Configuration => format!("{file}: Kconfig (the .config is compared)"),
        Reach::Everything { why } => format!("{file}: every object ({why})"),
    }
}

/// `selection: NAME: what each file reaches; N objects include a changed
/// file, M selected (K without DWARF proof)`.
fn selection_words(s: &crate::check::select::Selection) -> String {
    let reach: Vec<String> = s.files.iter().map(|(f, x)| reach_words(f, x)).collect();
    format!(
        "selection: {}: {}; {} objects include a changed file, {} selected ({} without DWARF proof)",
        s.candidate,
        reach.join("; "),
        s.includers,
        s.selected.len(),
        s.unsure.len()
    )
}

/// Per candidate: what its draft reaches, how many objects include the
/// changed files, how many the selection named and built, how many changed.
fn selection_lines(r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for s in &r.selections {
        let mut line = format!("{}, {} built", selection_words(&s.selection), s.built);
        match &s.changed_objects {
            None => line.push_str("; !KMSAN code not compared"),
            Some(c) => line.push_str(&format!(
                "; !KMSAN code changed in {} object{}{}",
                c.len(),
                if c.len() == 1 { "" } else { "s" },
                if c.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", c.join(" "))
                }
            )),
        }
        if !s.missed.is_empty() {
            line.push_str(&format!(
                "; THE SELECTION MISSED {}: {}",
                s.missed.len(),
                s.missed.join(" ")
            ));
        } else if r.every_includer && s.changed_objects.is_some() {
            line.push_str("; every includer built: the selection missed none");
        }
        out.push(line);
    }
    out
}

fn timing_line(r: &Report) -> String {
    let t = &r.timing;
    let pct = |x: f64| {
        if t.total > 0.0 {
            100.0 * x / t.total
        } else {
            0.0
        }
    };
    format!(
        "time: {:.1} s wall = prepare {:.1} s + builds {:.1} s + objtool {:.1} s + rspill alone {:.1} s ({:.1}%; scan/diff {:.2} s); rspill work overlapped with builds: trees {:.1} s, clean-up {:.1} s",
        t.total,
        t.prepare,
        t.builds,
        t.objtool,
        t.own,
        pct(t.own),
        t.own_analysis,
        t.overlapped_trees,
        t.overlapped_cleanup
    )
}

fn recommendation_line(r: &Report) -> String {
    match &r.recommendation.candidate {
        Some(c) => format!("recommendation: {c}: {}", r.recommendation.reason),
        None => format!("recommendation: none: {}", r.recommendation.reason),
    }
}

pub fn write_text(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    let rows = table(r);
    let head = header(r);
    let mut width: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, c) in width.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        cells
            .iter()
            .zip(&width)
            .map(|(c, &w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(&head))?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    writeln!(out)?;
    for d in details(r) {
        writeln!(out, "{d}")?;
    }
    writeln!(out, "{}", objects_line(r))?;
    for l in selection_lines(r) {
        writeln!(out, "{l}")?;
    }
    writeln!(out, "logs: {}", r.logs.display())?;
    if let Some(k) = &r.kept {
        writeln!(out, "scratch kept: {}", k.display())?;
    }
    writeln!(out, "{}", timing_line(r))?;
    writeln!(out, "{}", recommendation_line(r))
}

pub fn write_markdown(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    let head = header(r);
    writeln!(out, "| {} |", head.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(head.len()))?;
    for row in table(r) {
        let escaped: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
        writeln!(out, "| {} |", escaped.join(" | "))?;
    }
    writeln!(out)?;
    let d = details(r);
    if !d.is_empty() {
        writeln!(out, "```")?;
        for l in d {
            writeln!(out, "{l}")?;
        }
        writeln!(out, "```")?;
        writeln!(out)?;
    }
    writeln!(out, "{}  ", objects_line(r))?;
    for l in selection_lines(r) {
        writeln!(out, "{l}  ")?;
    }
    writeln!(out, "{}  ", timing_line(r))?;
    writeln!(out, "**{}**", recommendation_line(r))
}

/// JSON Lines: a `row` record per table row (baseline first), then `check`
/// (objects, timing, recommendation).
pub fn write_json(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    for (row, baseline) in
        std::iter::once((&r.baseline, true)).chain(r.candidates.iter().map(|c| (c, false)))
    {
        let mut v = serde_json::to_value(row).map_err(io::Error::other)?;
        v["type"] = json!("row");
        v["baseline"] = json!(baseline);
        v["passes"] = json!(!baseline && row.passes());
        writeln!(out, "{v}")?;
    }
    let summary = json!({
        "type": "check",
        "tree": r.tree,
        "tree_kind": r.tree_kind,
        "objects": r.objects,
        "objects_left_out": r.objects_left_out,
        "plain_only": r.plain_only,
        "selections": r.selections,
        "every_includer": r.every_includer,
        "recommendation": r.recommendation,
        "timing": r.timing,
        "logs": r.logs,
        "kept": r.kept,
        "interrupted": r.interrupted,
        "warnings": r.warnings,
    });
    writeln!(out, "{summary}")
}

/// `check --plan`: each draft's selection and the objects that would be built;
/// JSON: one `selection` record per draft, then a `plan` record.
pub fn write_plan(out: &mut dyn Write, plan: &crate::check::Plan, json: bool) -> io::Result<()> {
    if json {
        for s in &plan.selections {
            let mut v = serde_json::to_value(s).map_err(io::Error::other)?;
            v["type"] = json!("selection");
            writeln!(out, "{v}")?;
        }
        let v = json!({
            "type": "plan",
            "objects": plan.objects,
            "plain_only": plan.plain_only,
            "left_out": plan.left_out,
        });
        return writeln!(out, "{v}");
    }
    for s in &plan.selections {
        writeln!(out, "{}", selection_words(s))?;
        for o in &s.selected {
            writeln!(out, "  {o}")?;
        }
    }
    writeln!(
        out,
        "would build: {} objects in every configuration, {} more !KMSAN only, {} left out by --max-objects",
        plan.objects.len(),
        plan.plain_only.len(),
        plan.left_out.len()
    )
}
