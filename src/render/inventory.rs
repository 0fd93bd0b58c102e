//! `inventory`'s printers: an aligned table, JSON Lines (`statement` records,
//! then `inventory`), markdown.

use crate::inventory::{Inventory, StatementRow};
use serde_json::json;
use std::io::{self, Write};

fn kinds(r: &StatementRow) -> String {
    let k: Vec<String> = r
        .by_kind
        .iter()
        .map(|(k, n)| format!("{} {n}", k.as_str()))
        .collect();
    if k.is_empty() {
        "-".into()
    } else {
        k.join(", ")
    }
}

fn statement(r: &StatementRow) -> String {
    match &r.in_macro {
        Some(m) => format!("{} ({m})", r.statement),
        None => r.statement.clone(),
    }
}

fn totals(inv: &Inventory) -> String {
    let with = inv.rows.iter().filter(|r| r.restores > 0).count();
    let mut s = format!(
        "{} restores from {} statements in {} objects ({} functions analysed)",
        inv.restores(),
        with,
        inv.scan.modules.len(),
        inv.scan
            .modules
            .iter()
            .map(|m| m.analysed_functions)
            .sum::<usize>()
    );
    if let Some(n) = inv.census_statements {
        s += &format!(
            "; source census: {n} ASM_CALL_CONSTRAINT statements, {} with no restore here",
            inv.rows.iter().filter(|r| r.restores == 0).count()
        );
    }
    s
}

pub fn write_text(out: &mut dyn Write, inv: &Inventory) -> io::Result<()> {
    writeln!(
        out,
        "{:<16} {:>8} {:>9} {:>7} {:>9}  statement / kinds",
        "risk", "restores", "redundant", "objtool", "functions"
    )?;
    for r in &inv.rows {
        writeln!(
            out,
            "{:<16} {:>8} {:>9} {:>7} {:>9}  {}",
            r.risk.as_str(),
            r.restores,
            r.redundant,
            r.objtool_visible,
            r.functions.len(),
            statement(r)
        )?;
        if r.restores > 0 {
            writeln!(out, "{:<56}  {}", "", kinds(r))?;
        }
    }
    for p in &inv.census_problems {
        writeln!(out, "census: {p}")?;
    }
    writeln!(out, "rspill inventory: {}", totals(inv))
}

pub fn write_json(out: &mut dyn Write, inv: &Inventory) -> io::Result<()> {
    crate::render::write_error_records(out, &inv.scan.errors)?;
    for r in &inv.rows {
        let mut v = serde_json::to_value(r).unwrap_or_default();
        v["type"] = json!("statement");
        writeln!(out, "{v}")?;
    }
    writeln!(
        out,
        "{}",
        json!({
            "type": "inventory",
            "restores": inv.restores(),
            "statements": inv.rows.iter().filter(|r| r.restores > 0).count(),
            "objects": inv.scan.modules.len(),
            "census_statements": inv.census_statements,
            "census_problems": inv.census_problems,
            "errors": inv.scan.errors.len(),
        })
    )
}

pub fn write_markdown(out: &mut dyn Write, inv: &Inventory) -> io::Result<()> {
    writeln!(
        out,
        "| risk | statement | restores | redundant | objtool | functions | kinds |"
    )?;
    writeln!(out, "|---|---|---:|---:|---:|---:|---|")?;
    for r in &inv.rows {
        writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} | {} |",
            r.risk.as_str(),
            statement(r),
            r.restores,
            r.redundant,
            r.objtool_visible,
            r.functions.len(),
            kinds(r)
        )?;
    }
    writeln!(out, "\n{}.", totals(inv))
}
