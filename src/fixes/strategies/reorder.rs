//! Strategy `reorder`: `ASM_CALL_CONSTRAINT` becomes the first output, every
//! positional reference and matching constraint renumbered.

use super::{FileEdit, FixStrategy, SiteText};
use crate::fixes::edit_proof::Change;
use crate::fixes::source::{
    AsmStatement, Edit, first_numbers, matching_constraint_text, plus_count, renumbering_edits,
    unknown_count,
};

pub struct Reorder;

impl FixStrategy for Reorder {
    fn name(&self) -> &'static str {
        "reorder"
    }
    fn summary(&self) -> &'static str {
        "Move ASM_CALL_CONSTRAINT first among the outputs"
    }
    fn template(&self) -> &'static str {
        include_str!("../../../patches/reorder.txt")
    }
    fn edit(&self, site: &SiteText) -> Result<FileEdit, String> {
        Ok(FileEdit {
            path: site.rel.to_string(),
            old: site.text.to_string(),
            edits: reorder_edits(site.text, site.stmt)?,
        })
    }
    fn proof(&self) -> Option<Change> {
        Some(Change::Reorder)
    }
}

/// Strategy 1: `ASM_CALL_CONSTRAINT` becomes the first output; positional
/// references and matching constraints are renumbered.
pub fn reorder_edits(text: &str, stmt: &AsmStatement) -> Result<Vec<Edit>, String> {
    if let Some(h) = &stmt.hazard {
        return Err(h.clone());
    }
    let k = stmt.movable_call_constraint()?;
    if k == 0 {
        return Err("ASM_CALL_CONSTRAINT is already the first output".into());
    }
    let first = first_numbers(&stmt.outputs);
    let moved = first[k];
    // The hidden inputs of "+" outputs follow the inputs in output order, so
    // moving the "+r" first moves its hidden input first among them too.
    let n_in: Option<usize> = stmt.inputs.iter().map(|o| o.count).sum();
    let n_out = stmt.output_count();
    let hidden_from = n_out.zip(n_in).map(|(a, b)| a + b);
    let hidden = hidden_from
        .zip(plus_count(&stmt.outputs))
        .zip(plus_count(&stmt.outputs[..k]))
        .map(|((from, n), before)| (from, from + n, from + before));
    let stmt_for_errors = stmt.clone();
    let map = move |n: usize| -> Result<usize, String> {
        let moved = moved.ok_or_else(|| unknown_count(n, &stmt_for_errors))?;
        Ok(if n == moved {
            0
        } else if n < moved {
            n + 1
        } else {
            match hidden {
                Some((from, end, moved_hidden)) if (from..end).contains(&n) => {
                    if n == moved_hidden {
                        from
                    } else if n < moved_hidden {
                        n + 1
                    } else {
                        n
                    }
                }
                // Outputs after it, inputs, labels: their numbers stay.
                Some(_) => n,
                // Where the hidden inputs are is unknown: only a later output
                // is known to keep its number.
                None if n_out.is_some_and(|o| n < o) => n,
                None => return Err(unknown_count(n, &stmt_for_errors)),
            }
        })
    };
    let mut edits = renumbering_edits(text, stmt, &map)?;
    // Permute operand texts within their slots, keeping separators and layout.
    let order: Vec<usize> = std::iter::once(k)
        .chain((0..stmt.outputs.len()).filter(|&i| i != k))
        .collect();
    for (slot, &from) in order.iter().enumerate() {
        if slot != from {
            edits.push(Edit {
                span: stmt.outputs[slot].span.clone(),
                text: stmt.outputs[from].text.clone(),
            });
        }
    }
    for op in &stmt.inputs {
        if let Some(t) = matching_constraint_text(op, &map)? {
            edits.push(Edit {
                span: op.span.clone(),
                text: t,
            });
        }
    }
    Ok(edits)
}
