//! `scan`'s printers: objtool-style text (with `--explain` listings and `--trace`
//! states), JSON Lines with a stable schema, SARIF 2.1.0.

use crate::analysis::findings::{Finding, Kind, SourceFrame};
use crate::analysis::scan::{FunctionDetail, ScanResult};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// A scan's input errors and the problems found in readable files, in the
/// same layout: on stderr whatever the output format, so that a human running
/// a JSON or SARIF pipeline sees them too.
pub fn write_errors(err: &mut dyn Write, result: &ScanResult) -> io::Result<()> {
    crate::render::write_errors(err, &result.errors)?;
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
        "unanalysed_rsp_writes": result.modules.iter().map(|m| m.unanalysed.len()).sum::<usize>(),
        "problems": result.modules.iter().map(|m| m.problems.len()).sum::<usize>(),
        "skipped_32bit": result.skipped_32bit,
        "skipped_not_elf": result.skipped_not_elf.len(),
    })
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
    } else if let Some(m) = f.objtool_prediction.certain_message() {
        // The model predicts the line but does not tie it to this write.
        tags.push(format!("objtool warns in this function: {m}"));
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
    write_errors(err, result)?;
    for m in &result.modules {
        for func in &m.unconverged {
            writeln!(
                err,
                "{}: warning: rspill: {func}: analysis stopped at its work budget; findings there may be incomplete",
                m.path
            )?;
        }
        if let Some(first) = m.unanalysed.first() {
            let more = match m.unanalysed.len() - 1 {
                0 => String::new(),
                n => format!(" (and {n} more)"),
            };
            writeln!(
                err,
                "{}: warning: rspill: {}+{:#x}: `{}` writes %rsp in code no function symbol covers{more}: not analysed (rspill follows functions' paths; objtool checks it where a path leads there)",
                m.path, first.section, first.offset, first.instruction
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
    let mut skipped = match result.skipped_32bit {
        0 => String::new(),
        n => format!(" ({n} 32-bit objects in directories passed over)"),
    };
    if let Some(first) = result.skipped_not_elf.first() {
        skipped.push_str(&format!(
            " ({} .o files in directories are no ELF and were passed over, {first} the first: LLVM bitcode of an LTO build, or not objects)",
            result.skipped_not_elf.len()
        ));
    }
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
    let unanalysed = match s["unanalysed_rsp_writes"].as_u64().unwrap_or(0) {
        0 => String::new(),
        n => format!(", {n} %rsp writes outside functions not analysed"),
    };
    writeln!(
        err,
        "rspill: {} files, {} functions ({} analysed), {} findings ({} objtool-visible, {} redundant), {} errors{unanalysed}{hidden}{skipped}",
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
    crate::render::write_error_records(out, &result.errors)?;
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
        for u in &m.unanalysed {
            let mut v = serde_json::to_value(u).map_err(io::Error::other)?;
            v["type"] = json!("unanalysed");
            v["file"] = json!(m.path);
            writeln!(out, "{v}")?;
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
        // Writes of %rsp the analysis does not reach: named, not results.
        .chain(result.modules.iter().flat_map(|m| {
            m.unanalysed.iter().map(move |u| json!({"level": "warning", "message": {"text": format!(
                "{}: {}+{:#x}: `{}` writes %rsp in code no function symbol covers: not analysed",
                m.path, u.section, u.offset, u.instruction
            )}}))
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
