//! Output formats: scan results as objtool-style text (with `--explain` listings
//! and `--trace` states), JSON Lines with a stable schema, and SARIF 2.1.0; diff
//! results as text, JSON Lines and markdown.

use crate::analysis::findings::{Finding, Kind, SourceFrame};
use crate::analysis::scan::{FunctionDetail, ScanResult};
use crate::codegen::compare::{DiffResult, FunctionDiff, Status};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// `path: error: rspill: message`, one line per input error (objtool's layout).
pub fn write_errors(err: &mut dyn Write, errors: &[crate::error::InputError]) -> io::Result<()> {
    for e in errors {
        writeln!(err, "{}: error: rspill: {}", e.path, e.message)?;
    }
    Ok(())
}

/// A scan's input errors and the problems found in readable files, in the
/// same layout: on stderr whatever the output format, so that a human running
/// a JSON or SARIF pipeline sees them too.
pub fn write_scan_errors(err: &mut dyn Write, result: &ScanResult) -> io::Result<()> {
    write_errors(err, &result.errors)?;
    for m in &result.modules {
        for p in &m.problems {
            writeln!(err, "{}: error: rspill: {}", m.path, p)?;
        }
    }
    Ok(())
}

/// Counts over a whole run (the JSON `summary` record).
pub fn summary(result: &ScanResult) -> Value {
    let findings: Vec<&Finding> = result.modules.iter().flat_map(|m| &m.findings).collect();
    let mut by_kind = BTreeMap::new();
    for k in Kind::ALL {
        by_kind.insert(k.as_str(), findings.iter().filter(|f| f.kind == k).count());
    }
    json!({
        "type": "summary",
        "files": result.modules.len(),
        "functions": result.modules.iter().map(|m| m.functions).sum::<usize>(),
        "analysed_functions": result.modules.iter().map(|m| m.analysed_functions).sum::<usize>(),
        "instructions": result.modules.iter().map(|m| m.instructions).sum::<usize>(),
        "findings": findings.len(),
        "by_kind": by_kind,
        "redundant": findings.iter().filter(|f| f.restore_redundant).count(),
        "objtool_would_fail": findings.iter().filter(|f| f.objtool_would_fail).count(),
        "errors": result.errors.len(),
        "unconverged_functions": result.modules.iter().map(|m| m.unconverged.len()).sum::<usize>(),
        "problems": result.modules.iter().map(|m| m.problems.len()).sum::<usize>(),
    })
}

/// Exit code: 2 input errors, 1 a finding objtool would reject or an unprovable
/// restore, 0 otherwise.
pub fn exit_code(result: &ScanResult) -> i32 {
    let bad_input =
        !result.errors.is_empty() || result.modules.iter().any(|m| !m.problems.is_empty());
    if bad_input {
        return 2;
    }
    let serious = result
        .modules
        .iter()
        .flat_map(|m| &m.findings)
        .any(|f| f.objtool_would_fail || f.kind.is_serious());
    i32::from(serious)
}

fn frame_text(fr: &SourceFrame) -> String {
    let loc = match (&fr.file, fr.line) {
        (Some(f), Some(l)) => format!("{f}:{l}"),
        (Some(f), None) => f.clone(),
        _ => "??".to_string(),
    };
    match &fr.function {
        Some(func) => format!("{loc} ({func})"),
        None => loc,
    }
}

/// The objtool-style one-liner for a finding.
pub fn finding_line(f: &Finding) -> String {
    let mut tags = Vec::new();
    if f.restore_redundant {
        tags.push("redundant".to_string());
    }
    if f.objtool_would_fail {
        tags.push(match &f.objtool_message {
            Some(m) => format!("objtool fails: {m}"),
            None => "objtool fails".to_string(),
        });
    }
    let tags = if tags.is_empty() {
        String::new()
    } else {
        format!(" [{}]", tags.join("; "))
    };
    format!(
        "{}: warning: rspill: {}+{:#x}: {}: {}{}",
        f.file,
        f.function,
        f.offset,
        f.kind.as_str(),
        f.summary,
        tags
    )
}

/// Findings as objtool-style lines; realignments and allocas (`rsp-dynamic`)
/// only with `dynamic` (they are counted either way).
pub fn write_text(
    out: &mut dyn Write,
    err: &mut dyn Write,
    result: &ScanResult,
    dynamic: bool,
) -> io::Result<()> {
    write_scan_errors(err, result)?;
    for m in &result.modules {
        for func in &m.unconverged {
            writeln!(
                err,
                "{}: warning: rspill: {func}: analysis stopped at its work budget; findings there may be incomplete",
                m.path
            )?;
        }
        for f in &m.findings {
            if f.kind == Kind::RspDynamic && !dynamic {
                continue;
            }
            writeln!(out, "{}", finding_line(f))?;
            if let Some(src) = &f.source {
                if let Some(inner) = src.restore.first() {
                    writeln!(out, "    source: {}", frame_text(inner))?;
                    for fr in &src.restore[1..] {
                        writeln!(out, "      inlined into: {}", frame_text(fr))?;
                    }
                }
            }
        }
        for d in &m.details {
            write_detail(out, d, &m.findings)?;
        }
    }
    let s = summary(result);
    let hidden = if dynamic {
        String::new()
    } else {
        let n = result
            .modules
            .iter()
            .flat_map(|m| &m.findings)
            .filter(|f| f.kind == Kind::RspDynamic)
            .count();
        if n == 0 {
            String::new()
        } else {
            format!(" ({n} realignments/allocas not listed: --dynamic)")
        }
    };
    writeln!(
        err,
        "rspill: {} files, {} functions ({} analysed), {} findings ({} objtool-visible, {} redundant), {} errors{hidden}",
        s["files"],
        s["functions"],
        s["analysed_functions"],
        s["findings"],
        s["objtool_would_fail"],
        s["redundant"],
        s["errors"].as_u64().unwrap_or(0) + s["problems"].as_u64().unwrap_or(0),
    )?;
    Ok(())
}

fn write_detail(out: &mut dyn Write, d: &FunctionDetail, findings: &[Finding]) -> io::Result<()> {
    let heading = if d.trace { "trace" } else { "explain" };
    writeln!(out)?;
    writeln!(out, "{heading}: {} {} ({})", d.file, d.function, d.section)?;
    for f in findings
        .iter()
        .filter(|f| f.function == d.function && !d.trace)
    {
        let s = &f.sites;
        let list = |v: &[u32]| {
            v.iter()
                .map(|o| format!("{o:#x}"))
                .collect::<Vec<_>>()
                .join(",")
        };
        writeln!(
            out,
            "  finding +{:#x} {}: copy [{}] moves [{}] spills [{}] reloads [{}] restore {:#x}{}",
            f.offset,
            f.kind.as_str(),
            list(&s.copy),
            list(&s.moves),
            list(&s.spills),
            list(&s.reloads),
            s.restore,
            match (s.back_edge, s.loop_head) {
                (Some(b), Some(h)) => format!(" back-edge {b:#x} -> loop head {h:#x}"),
                _ => String::new(),
            }
        )?;
        if let Some(src) = &f.source {
            for (i, fr) in src.restore.iter().enumerate() {
                let label = if i == 0 {
                    "asm statement"
                } else {
                    "inlined into"
                };
                writeln!(out, "    {label}: {}", frame_text(fr))?;
            }
            if let Some(call) = &src.asm_call {
                writeln!(
                    out,
                    "    asm call at +{:#x}{}: {}",
                    call.offset,
                    call.callee
                        .as_ref()
                        .map(|c| format!(" ({c})"))
                        .unwrap_or_default(),
                    call.frames.first().map(frame_text).unwrap_or_default()
                )?;
            }
        }
    }
    for l in &d.lines {
        let marks = if l.marks.is_empty() {
            String::new()
        } else {
            format!("<{}>", l.marks.join(","))
        };
        let target = l
            .target
            .as_ref()
            .map(|t| format!(" <{t}>"))
            .unwrap_or_default();
        let mut text = format!(
            "  {:>6x}: {:<40}",
            l.offset,
            format!("{}{}", l.text, target)
        );
        if !marks.is_empty() {
            text.push_str(&format!(" {marks:<18}"));
        }
        if let Some(c) = &l.objtool_cfa {
            text.push_str(&format!(" objtool cfa={c}"));
        }
        if !l.values.is_empty() {
            text.push_str(&format!(" # {}", l.values.join(", ")));
        }
        writeln!(out, "{}", text.trim_end())?;
    }
    Ok(())
}

pub fn write_json(out: &mut dyn Write, result: &ScanResult) -> io::Result<()> {
    for e in &result.errors {
        writeln!(
            out,
            "{}",
            json!({"type": "error", "file": e.path, "message": e.message})
        )?;
    }
    for m in &result.modules {
        for p in &m.problems {
            writeln!(
                out,
                "{}",
                json!({"type": "error", "file": m.path, "message": p})
            )?;
        }
        for f in &m.findings {
            writeln!(
                out,
                "{}",
                serde_json::to_string(f).map_err(io::Error::other)?
            )?;
        }
        for d in &m.details {
            let mut v = serde_json::to_value(d).map_err(io::Error::other)?;
            v["type"] = json!(if d.trace { "trace" } else { "listing" });
            writeln!(out, "{v}")?;
        }
    }
    writeln!(out, "{}", summary(result))?;
    Ok(())
}

pub fn write_sarif(out: &mut dyn Write, result: &ScanResult) -> io::Result<()> {
    let rules: Vec<Value> = Kind::ALL
        .iter()
        .map(|k| {
            let text = match k {
                Kind::SpilledRspLoop => "A copy of %rsp passes through a stack slot and is written back to %rsp inside a loop.",
                Kind::SpilledRsp => "A copy of %rsp passes through a stack slot and is written back to %rsp.",
                Kind::RspRegisterChain => "A copy of %rsp passes through registers and is written back to %rsp.",
                Kind::RspUnknownRestore => "%rsp is written with a value that cannot be proven to be a stack address of this frame.",
                Kind::RspSwitch => "%rsp is switched to or from a stack outside this frame.",
                Kind::RspDynamic => "%rsp is realigned or moved by a dynamic allocation (or back from one).",
            };
            json!({"id": k.as_str(), "shortDescription": {"text": text}})
        })
        .collect();
    let mut results = Vec::new();
    for m in &result.modules {
        for f in &m.findings {
            let level = if f.kind == Kind::RspUnknownRestore || f.objtool_would_fail {
                "error"
            } else if matches!(f.kind, Kind::RspSwitch | Kind::RspDynamic) || f.restore_redundant {
                "note"
            } else {
                "warning"
            };
            let mut locations = Vec::new();
            let src = f.source.as_ref().and_then(|s| s.restore.first());
            match src {
                Some(SourceFrame { file: Some(file), line: Some(line), .. }) => locations.push(json!({
                    "physicalLocation": {
                        "artifactLocation": {"uri": file},
                        "region": {"startLine": line}
                    },
                    "logicalLocations": [{"fullyQualifiedName": format!("{}+{:#x}", f.function, f.offset), "kind": "function"}]
                })),
                _ => locations.push(json!({
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.file},
                        "address": {"absoluteAddress": f.address, "relativeAddress": f.offset}
                    },
                    "logicalLocations": [{"fullyQualifiedName": format!("{}+{:#x}", f.function, f.offset), "kind": "function"}]
                })),
            }
            results.push(json!({
                "ruleId": f.kind.as_str(),
                "level": level,
                "message": {"text": format!("{}+{:#x} in {}: {}", f.function, f.offset, f.file, f.summary)},
                "locations": locations,
                "properties": {
                    "object": f.file,
                    "section": f.section,
                    "restore_redundant": f.restore_redundant,
                    "rsp_delta": f.rsp_delta,
                    "objtool_would_fail": f.objtool_would_fail,
                    "loop": f.in_loop
                }
            }));
        }
    }
    let notifications: Vec<Value> = result
        .errors
        .iter()
        .map(|e| json!({"level": "error", "message": {"text": format!("{}: {}", e.path, e.message)}}))
        .chain(result.modules.iter().flat_map(|m| {
            m.problems
                .iter()
                .map(move |p| json!({"level": "error", "message": {"text": format!("{}: {}", m.path, p)}}))
        }))
        .collect();
    let doc = json!({
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "rspill",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules
            }},
            "invocations": [{"executionSuccessful": result.errors.is_empty(), "toolExecutionNotifications": notifications}],
            "results": results
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

/// Counts over a diff (the JSON `summary` record of `rspill diff`).
pub fn diff_summary(result: &DiffResult) -> Value {
    let count = |s: Status| result.functions.iter().filter(|f| f.status == s).count();
    json!({
        "type": "summary",
        "objects_compared": result.objects_compared,
        "objects_only_in_a": result.only_in_a.len(),
        "objects_only_in_b": result.only_in_b.len(),
        "functions": result.functions.len(),
        "identical": count(Status::Identical),
        "changed": count(Status::Changed),
        "only_in_a": count(Status::OnlyInA),
        "only_in_b": count(Status::OnlyInB),
        "unknown": count(Status::Unknown),
        "size_delta": result.functions.iter().map(FunctionDiff::size_delta).sum::<i64>(),
        "errors": result.errors.len(),
    })
}

/// Exit code of `rspill diff`: 2 input errors, 1 different, 0 identical.
pub fn diff_exit_code(result: &DiffResult) -> i32 {
    if !result.errors.is_empty() {
        2
    } else if result.identical() {
        0
    } else {
        1
    }
}

fn diff_line(f: &FunctionDiff) -> String {
    let status = match f.status {
        Status::Identical => "identical".to_string(),
        Status::OnlyInA => "only in A".to_string(),
        Status::OnlyInB => "only in B".to_string(),
        Status::Unknown => format!("unknown: {}", f.note.as_deref().unwrap_or("?")),
        Status::Changed => {
            let mut s = format!(
                "changed: {} -> {} instructions, size {:+}",
                f.insns_a.unwrap_or(0),
                f.insns_b.unwrap_or(0),
                f.size_delta()
            );
            if let Some(d) = &f.first_difference {
                let (a, b) = (
                    d.a.as_deref().unwrap_or("(end)"),
                    d.b.as_deref().unwrap_or("(end)"),
                );
                match (d.offset_a, d.offset_b) {
                    // Equal instructions: the difference is in the canonical
                    // form (a label's place, data, a kernel table).
                    (None, None) => s.push_str(&format!(
                        "; first difference in the canonical form, line {} (A `{a}`, B `{b}`)",
                        d.index
                    )),
                    (oa, ob) => {
                        let off = |o: Option<u32>| {
                            o.map(|o| format!("+{o:#x}"))
                                .unwrap_or_else(|| "end".into())
                        };
                        s.push_str(&format!(
                            "; first difference at instruction {} (A {} `{a}`, B {} `{b}`)",
                            d.index,
                            off(oa),
                            off(ob)
                        ));
                    }
                }
            }
            s
        }
    };
    let names = match (&f.function_a, &f.function_b) {
        (Some(a), Some(b)) if a != b => format!("{a} ~ {b}"),
        _ => f.name().to_string(),
    };
    // An unknown's note is its reason, already in the status.
    let note = match f.status {
        Status::Unknown => String::new(),
        _ => f
            .note
            .as_ref()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default(),
    };
    format!("{}: {} ({}): {status}{note}", f.file, names, f.section)
}

pub fn write_diff_text(
    out: &mut dyn Write,
    err: &mut dyn Write,
    result: &DiffResult,
    all: bool,
) -> io::Result<()> {
    write_errors(err, &result.errors)?;
    for o in &result.only_in_a {
        writeln!(out, "{o}: object only in A")?;
    }
    for o in &result.only_in_b {
        writeln!(out, "{o}: object only in B")?;
    }
    for f in &result.functions {
        if f.status != Status::Identical || all {
            writeln!(out, "{}", diff_line(f))?;
        }
        if let Some(u) = &f.unified {
            write!(out, "{u}")?;
        }
    }
    let s = diff_summary(result);
    writeln!(
        out,
        "rspill diff: {} objects compared ({} only in A, {} only in B); {} functions: {} identical, {} changed, {} only in A, {} only in B; size delta {:+}",
        s["objects_compared"],
        s["objects_only_in_a"],
        s["objects_only_in_b"],
        s["functions"],
        s["identical"],
        s["changed"],
        s["only_in_a"],
        s["only_in_b"],
        s["size_delta"].as_i64().unwrap_or(0)
    )
}

pub fn write_diff_json(out: &mut dyn Write, result: &DiffResult, all: bool) -> io::Result<()> {
    for e in &result.errors {
        writeln!(
            out,
            "{}",
            json!({"type": "error", "file": e.path, "message": e.message})
        )?;
    }
    for (side, list) in [("a", &result.only_in_a), ("b", &result.only_in_b)] {
        for o in list {
            writeln!(
                out,
                "{}",
                json!({"type": "object", "file": o, "only_in": side})
            )?;
        }
    }
    for f in &result.functions {
        if f.status != Status::Identical || all {
            writeln!(
                out,
                "{}",
                serde_json::to_string(f).map_err(io::Error::other)?
            )?;
        }
    }
    writeln!(out, "{}", diff_summary(result))
}

pub fn write_diff_markdown(out: &mut dyn Write, result: &DiffResult) -> io::Result<()> {
    let s = diff_summary(result);
    writeln!(
        out,
        "| object | function | status | instructions | size | first difference or reason |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for o in &result.only_in_a {
        writeln!(out, "| `{o}` | | object only in A | | | |")?;
    }
    for o in &result.only_in_b {
        writeln!(out, "| `{o}` | | object only in B | | | |")?;
    }
    for f in result
        .functions
        .iter()
        .filter(|f| f.status != Status::Identical)
    {
        let status = match f.status {
            Status::Changed => "changed",
            Status::OnlyInA => "only in A",
            Status::OnlyInB => "only in B",
            Status::Unknown => "unknown",
            Status::Identical => "identical",
        };
        let insns = match (f.insns_a, f.insns_b) {
            (Some(a), Some(b)) => format!("{a} → {b}"),
            _ => String::new(),
        };
        let first = f
            .first_difference
            .as_ref()
            .map(|d| {
                format!(
                    "#{}: `{}` → `{}`",
                    d.index,
                    d.a.as_deref().unwrap_or(""),
                    d.b.as_deref().unwrap_or("")
                )
            })
            // An unknown's reason: why no claim was made.
            .or_else(|| {
                (f.status == Status::Unknown)
                    .then(|| f.note.as_deref().unwrap_or("").replace('|', "\\|"))
            })
            .unwrap_or_default();
        writeln!(
            out,
            "| `{}` | `{}` | {status} | {insns} | {:+} | {first} |",
            f.file,
            f.name(),
            f.size_delta()
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} objects, {} functions: **{} identical, {} changed**, {} only in A, {} only in B; size delta {:+} bytes.",
        s["objects_compared"],
        s["functions"],
        s["identical"],
        s["changed"],
        s["only_in_a"],
        s["only_in_b"],
        s["size_delta"].as_i64().unwrap_or(0)
    )
}

/// Every line objtool printed about the object: its warnings and errors
/// (`objtool::messages`) and anything else it said (a failure to read the
/// object is not "clean").
fn objtool_lines(output: &str) -> Vec<&str> {
    output.lines().filter(|l| l.contains("objtool:")).collect()
}

fn write_objtool(out: &mut dyn Write, label: &str, output: &Option<String>) -> io::Result<()> {
    match output {
        None => writeln!(
            out,
            "objtool ({label}): not run (no objtool found; set OBJTOOL or --objtool)"
        ),
        Some(text) => {
            let lines = objtool_lines(text);
            if lines.is_empty() {
                writeln!(out, "objtool ({label}): clean")
            } else {
                writeln!(out, "objtool ({label}):")?;
                for l in lines {
                    writeln!(out, "  {l}")?;
                }
                Ok(())
            }
        }
    }
}

pub fn write_rewrite(
    out: &mut dyn Write,
    o: &crate::objects::rewrite::RewriteOutcome,
) -> io::Result<()> {
    for s in &o.plan.rewrite {
        writeln!(
            out,
            "{}: rewritten: {}+{:#x}: `{}` -> {}-byte nop ({}, proven redundant)",
            o.input,
            s.function,
            s.offset,
            s.text,
            s.len,
            s.kind.as_str()
        )?;
    }
    for s in &o.plan.refused {
        writeln!(
            out,
            "{}: refused: {}+{:#x}: `{}`: {}",
            o.input,
            s.function,
            s.offset,
            s.text,
            s.refused.as_deref().unwrap_or("")
        )?;
    }
    match &o.backup {
        Some(b) => writeln!(out, "wrote {} in place (original kept as {b})", o.output)?,
        None => writeln!(out, "wrote {}", o.output)?,
    }
    writeln!(
        out,
        "re-scan of {}: {} of {} rewritten restores neutralised; {} findings remain ({} objtool-visible)",
        o.output,
        o.neutralised(),
        o.plan.rewrite.len(),
        o.rescan.len(),
        o.rescan.iter().filter(|f| f.objtool_would_fail).count()
    )?;
    for f in &o.rescan {
        writeln!(out, "  {}", finding_line(f))?;
    }
    write_objtool(out, "before", &o.objtool_before)?;
    write_objtool(out, "after", &o.objtool_after)
}

pub fn write_extract(
    out: &mut dyn Write,
    o: &crate::objects::extract::ExtractOutcome,
) -> io::Result<()> {
    writeln!(
        out,
        "wrote {}: {} bytes ({:.2}% of the input's {} bytes)",
        o.output,
        o.size_out,
        o.size_out as f64 * 100.0 / o.size_in.max(1) as f64,
        o.size_in
    )?;
    for (label, fs) in [("input", &o.findings_in), ("reproducer", &o.findings_out)] {
        writeln!(out, "findings in the {label}: {}", fs.len())?;
        for f in fs {
            writeln!(out, "  {}", finding_line(f))?;
        }
    }
    write_objtool(out, "input", &o.objtool_in)?;
    write_objtool(out, "reproducer", &o.objtool_out)
}

/// 2 a site could not be drafted; 1 there were sites but no strategy applied.
pub fn suggest_exit_code(o: &crate::fixes::suggest::SuggestOutcome) -> i32 {
    if o.interrupted {
        130
    } else if !o.errors.is_empty() {
        2
    } else if o.sites > 0 && o.written.is_empty() {
        1
    } else {
        0
    }
}

pub fn write_suggest(
    out: &mut dyn Write,
    err: &mut dyn Write,
    o: &crate::fixes::suggest::SuggestOutcome,
) -> io::Result<()> {
    write_errors(err, &o.errors)?;
    for w in &o.warnings {
        writeln!(err, "rspill: warning: {w}")?;
    }
    for s in &o.skipped {
        writeln!(err, "rspill: {s}")?;
    }
    for v in &o.verified {
        writeln!(err, "rspill: {v}")?;
    }
    for (path, d) in &o.written {
        writeln!(
            out,
            "wrote {} ({}: {})",
            path.display(),
            d.strategy.name(),
            d.path
        )?;
    }
    if o.interrupted {
        writeln!(
            err,
            "rspill: interrupted: {} of {} drafts written (each one complete), the rest not started",
            o.written.len(),
            o.drafted
        )?;
    }
    writeln!(
        out,
        "rspill suggest: {} sites, {} drafts written, {} errors",
        o.sites,
        o.written.len(),
        o.errors.len()
    )
}
