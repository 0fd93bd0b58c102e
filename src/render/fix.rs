//! `fix`'s first lines: which findings (or log lines) it is going to fix, and
//! the object each came from.

use crate::check::fix::FixStart;
use std::io::{self, Write};

pub fn write_fix_start(out: &mut dyn Write, start: &FixStart) -> io::Result<()> {
    let b = &start.location;
    writeln!(
        out,
        "rspill: build {} (tree {}); {} object{} scanned",
        b.build.display(),
        b.tree.display(),
        start.objects_scanned,
        if start.objects_scanned == 1 { "" } else { "s" }
    )?;
    for l in &start.located {
        let prediction = match l.predicted {
            None => String::new(),
            Some(true) => " (rspill's scan predicts this line)".into(),
            Some(false) => " (rspill's scan does not predict this line)".into(),
        };
        writeln!(
            out,
            "rspill: {} -> {}: {}{prediction}",
            l.origin, l.object, l.message
        )?;
    }
    for u in &start.unmapped {
        writeln!(out, "rspill: warning: {u}")?;
    }
    Ok(())
}
