//! `diff`'s printers: text (with `--show`'s instruction diffs), JSON Lines,
//! markdown.

use crate::codegen::compare::{DiffResult, FunctionDiff, Status};
use crate::render::write_errors;
use serde_json::{Value, json};
use std::io::{self, Write};

/// Counts over a diff (the JSON `summary` record of `rspill diff`).
pub fn summary(result: &DiffResult) -> Value {
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

pub fn write_text(
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
    let s = summary(result);
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

pub fn write_json(out: &mut dyn Write, result: &DiffResult, all: bool) -> io::Result<()> {
    crate::render::write_error_records(out, &result.errors)?;
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
    writeln!(out, "{}", summary(result))
}

pub fn write_markdown(out: &mut dyn Write, result: &DiffResult) -> io::Result<()> {
    let s = summary(result);
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
