//! Strategy `frame-pointer`: KMSAN builds use the frame-pointer unwinder
//! (arch/x86/Kconfig.debug), so the functions that copy `%rsp` keep `%rbp` as
//! objtool's CFA base. One draft for every site.

use super::{FileEdit, FixStrategy, SiteText};
use crate::fixes::edit_proof::Change;
use crate::fixes::source::Edit;

pub struct FramePointer;

/// The file the strategy edits.
const KCONFIG: &str = "arch/x86/Kconfig.debug";

impl FixStrategy for FramePointer {
    fn name(&self) -> &'static str {
        "frame-pointer"
    }
    fn summary(&self) -> &'static str {
        "Make KMSAN builds use the frame pointer unwinder (arch/x86/Kconfig.debug)"
    }
    fn template(&self) -> &'static str {
        include_str!("../../../patches/frame-pointer.txt")
    }
    fn edit(&self, site: &SiteText) -> Result<FileEdit, String> {
        let old = std::fs::read_to_string(site.tree.join(KCONFIG))
            .map_err(|e| format!("{KCONFIG}: {e}"))?;
        Ok(FileEdit {
            path: KCONFIG.to_string(),
            edits: kconfig_frame_pointer_edits(&old)?,
            old,
        })
    }
    fn proof(&self) -> Option<Change> {
        None
    }
    fn per_tree(&self) -> Option<&'static str> {
        Some("kmsan")
    }
}

/// Strategy 3, in arch/x86/Kconfig.debug: KMSAN builds cannot choose the ORC
/// unwinder (`depends on !KMSAN`), so the unwinder choice falls to frame
/// pointers, which a `default UNWINDER_FRAME_POINTER if KMSAN` makes explicit.
/// FRAME_POINTER itself is only reachable through UNWINDER_FRAME_POINTER's
/// `select` on x86, so a bare `select FRAME_POINTER` would not do.
pub fn kconfig_frame_pointer_edits(text: &str) -> Result<Vec<Edit>, String> {
    let lines: Vec<(usize, &str)> = {
        let mut v = Vec::new();
        let mut pos = 0;
        for l in text.split_inclusive('\n') {
            v.push((pos, l));
            pos += l.len();
        }
        v
    };
    let is = |l: &str, kw: &str| l.trim_start().starts_with(kw);
    // The choice block that contains `config UNWINDER_ORC`.
    let orc = lines
        .iter()
        .position(|(_, l)| l.trim() == "config UNWINDER_ORC")
        .ok_or("no `config UNWINDER_ORC` in the file")?;
    let choice = lines[..orc]
        .iter()
        .rposition(|(_, l)| l.trim() == "choice")
        .ok_or("`config UNWINDER_ORC` is not inside a `choice` block")?;
    if lines[choice..orc]
        .iter()
        .any(|(_, l)| l.trim() == "endchoice")
    {
        return Err("`config UNWINDER_ORC` is not inside the preceding `choice` block".into());
    }
    let first_default = lines[choice..orc]
        .iter()
        .position(|(_, l)| is(l, "default"))
        .map(|p| p + choice)
        .ok_or("the unwinder choice has no `default` line")?;
    let indent: String = lines[first_default]
        .1
        .chars()
        .take_while(|c| c.is_whitespace())
        .collect();
    let mut edits = vec![Edit {
        span: lines[first_default].0..lines[first_default].0,
        text: format!("{indent}default UNWINDER_FRAME_POINTER if KMSAN\n"),
    }];
    // In the UNWINDER_ORC entry: after its `depends on` line (or its prompt).
    let entry_end = lines[orc + 1..]
        .iter()
        .position(|(_, l)| is(l, "config ") || is(l, "endchoice") || is(l, "help"))
        .map(|p| p + orc + 1)
        .unwrap_or(lines.len());
    let anchor = lines[orc + 1..entry_end]
        .iter()
        .rposition(|(_, l)| is(l, "depends on") || is(l, "bool") || is(l, "prompt"))
        .map(|p| p + orc + 1)
        .ok_or("`config UNWINDER_ORC` has no prompt or `depends on` line")?;
    let indent: String = lines[anchor]
        .1
        .chars()
        .take_while(|c| c.is_whitespace())
        .collect();
    let at = lines[anchor].0 + lines[anchor].1.len();
    edits.push(Edit {
        span: at..at,
        text: format!("{indent}depends on !KMSAN\n"),
    });
    Ok(edits)
}
