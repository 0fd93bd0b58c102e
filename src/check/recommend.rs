//! The recommendation: the passing candidate with identical !KMSAN code (clang,
//! then gcc),
//! preferring a source change to a configuration change, then the smaller patch.

use super::{Recommendation, Row};

/// The baseline passes objtool and has no spilled %rsp copy.
pub fn nothing_to_fix(baseline: &Row) -> bool {
    baseline.objtool_clean == Some(true) && baseline.spilled == Some(0)
}

/// The recommendation from the measured rows: among candidates that pass, the one
/// with !KMSAN code identical to the baseline first, then a source change over a
/// configuration change (it stays local to the statement), then the smaller patch.
pub fn recommend(baseline: &Row, rows: &[Row]) -> Recommendation {
    if nothing_to_fix(baseline) {
        return Recommendation {
            candidate: None,
            reason: "nothing to fix: the baseline passes objtool and has no spilled %rsp copy"
                .into(),
        };
    }
    let mut passing: Vec<&Row> = rows.iter().filter(|r| r.passes()).collect();
    passing.sort_by_key(|r| {
        let c = r.candidate.as_ref();
        (
            r.codegen.as_ref().map_or(usize::MAX, |c| c.changed.len()),
            r.gcc_codegen.as_ref().map_or(0, |c| c.changed.len()),
            !r.config_changes.is_empty(),
            c.map_or(usize::MAX, |c| c.added + c.removed),
            r.name.clone(),
        )
    });
    match passing.first() {
        Some(best) => {
            let c = best.codegen.as_ref();
            let code = match c {
                Some(c) if c.identical => format!(
                    "!KMSAN code identical to the baseline in the {} object{} compared",
                    c.objects_compared,
                    plural(c.objects_compared)
                ),
                Some(c) => format!(
                    "!KMSAN code changes in {} function{} (the fewest)",
                    c.changed.len(),
                    plural(c.changed.len())
                ),
                None => String::new(),
            };
            let gcc = match &best.gcc_codegen {
                Some(g) if g.identical => format!(", with gcc too ({})", g.objects_compared),
                Some(g) => format!(
                    ", with gcc {} function{} change",
                    g.changed.len(),
                    plural(g.changed.len())
                ),
                None => String::new(),
            };
            let size = best
                .candidate
                .as_ref()
                .map(|c| format!("+{}/-{}", c.added, c.removed))
                .unwrap_or_default();
            let scope = if best.config_changes.is_empty() {
                "a source change".to_string()
            } else {
                format!(
                    "a configuration change ({} option{} differ)",
                    best.config_changes.len(),
                    plural(best.config_changes.len())
                )
            };
            let others = passing.len() - 1;
            Recommendation {
                candidate: Some(best.name.clone()),
                reason: format!(
                    "objtool clean with KMSAN, no spilled %rsp copy left; {code}{gcc}; {scope} of {size} lines{}",
                    if others > 0 {
                        format!("; {others} other candidate{} also pass{}", plural(others), if others == 1 { "es" } else { "" })
                    } else {
                        String::new()
                    }
                ),
            }
        }
        None => Recommendation {
            candidate: None,
            reason: "no candidate passes: send the reproducer (rspill extract) with a compiler bug report"
                .into(),
        },
    }
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
