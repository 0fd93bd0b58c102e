//! `fix --report`: the whole run as kernel CI reports a build failure — tree,
//! commit, configuration, compilers, how objtool runs, the reproduce commands,
//! objtool's lines before and after, the verdict table and ready tags — as
//! text or markdown.

use crate::check::Report;
use crate::check::ci::CiContext;
use std::io::{self, Write};

/// objtool's lines of a row, or "clean" / "not run".
fn objtool_lines(row: &crate::check::Row) -> Vec<String> {
    match (&row.objtool, row.objtool_clean) {
        (None, _) => vec!["(not run)".into()],
        (Some(m), Some(true)) if m.is_empty() => vec!["(clean: no warning)".into()],
        (Some(m), _) if m.is_empty() => vec!["(objtool failed without a warning)".into()],
        (Some(m), _) => m.clone(),
    }
}

/// The row the recommendation names.
fn recommended(r: &Report) -> Option<&crate::check::Row> {
    let name = r.recommendation.candidate.as_ref()?;
    r.candidates.iter().find(|c| &c.name == name)
}

/// What the configuration changed from defconfig, in one line.
fn changed_words(c: &CiContext) -> String {
    match &c.changed_from_defconfig {
        Ok(v) if v.is_empty() => "nothing (the build's .config is make defconfig's)".into(),
        Ok(v) => format!("{} ({} options)", v.join(", "), v.len()),
        Err(why) => format!("unknown ({why})"),
    }
}

fn facts(c: &CiContext) -> Vec<(&'static str, String)> {
    vec![
        (
            "tree",
            format!(
                "{} ({}{})",
                c.tree.display(),
                c.version,
                c.commit.as_ref().map_or_else(
                    || ", not a git checkout".to_string(),
                    |s| format!(", commit {s}")
                )
            ),
        ),
        ("build", c.build.display().to_string()),
        ("compilers", c.compilers.join("; ")),
        ("objtool", c.objtool.clone()),
    ]
}

pub fn write_text(out: &mut dyn Write, c: &CiContext, r: &Report) -> io::Result<()> {
    writeln!(out, "rspill fix report")?;
    writeln!(out, "=================")?;
    for (k, v) in facts(c) {
        writeln!(out, "{k:<10} {v}")?;
    }
    writeln!(out, "config     {}", c.config.join(" "))?;
    writeln!(out, "changed    {}", changed_words(c))?;
    writeln!(out, "\nThe failure:")?;
    for f in &c.findings {
        writeln!(out, "  {f}")?;
    }
    writeln!(out, "\nReproduce:")?;
    for l in &c.reproduce {
        writeln!(out, "  {l}")?;
    }
    writeln!(out, "\nobjtool before (baseline):")?;
    for l in objtool_lines(&r.baseline) {
        writeln!(out, "  {l}")?;
    }
    if let Some(row) = recommended(r) {
        writeln!(out, "objtool after ({}):", row.name)?;
        for l in objtool_lines(row) {
            writeln!(out, "  {l}")?;
        }
    }
    writeln!(out, "\nVerdict:\n")?;
    super::verdict_table::write_text(out, r)?;
    writeln!(out, "\nTags for the recommended mail:")?;
    for t in &c.tags {
        writeln!(out, "  {t}")?;
    }
    Ok(())
}

pub fn write_markdown(out: &mut dyn Write, c: &CiContext, r: &Report) -> io::Result<()> {
    writeln!(out, "# rspill fix report\n")?;
    for (k, v) in facts(c) {
        writeln!(out, "- **{k}**: {}", v.replace('|', "\\|"))?;
    }
    writeln!(out, "- **config**: `{}`", c.config.join("` `"))?;
    writeln!(out, "- **changed from defconfig**: {}", changed_words(c))?;
    writeln!(out, "\n## The failure\n\n```")?;
    for f in &c.findings {
        writeln!(out, "{f}")?;
    }
    writeln!(out, "```\n\n## Reproduce\n\n```sh")?;
    for l in &c.reproduce {
        writeln!(out, "{l}")?;
    }
    writeln!(
        out,
        "```\n\n## objtool before and after\n\nBaseline:\n\n```"
    )?;
    for l in objtool_lines(&r.baseline) {
        writeln!(out, "{l}")?;
    }
    writeln!(out, "```")?;
    if let Some(row) = recommended(r) {
        writeln!(out, "\nWith {}:\n\n```", row.name)?;
        for l in objtool_lines(row) {
            writeln!(out, "{l}")?;
        }
        writeln!(out, "```")?;
    }
    writeln!(out, "\n## Verdict\n")?;
    super::verdict_table::write_markdown(out, r)?;
    writeln!(out, "\n## Tags for the recommended mail\n\n```")?;
    for t in &c.tags {
        writeln!(out, "{t}")?;
    }
    writeln!(out, "```")
}
