//! Strategy `frame-address`: the `ASM_CALL_CONSTRAINT` output is replaced by
//! the input `"r" (__builtin_frame_address(0))`, which makes the function keep
//! a frame pointer instead of tying `%rsp` to the asm.

use super::{FileEdit, FixStrategy, SiteText};
use crate::fixes::edit_proof::Change;
use crate::fixes::source::{
    AsmStatement, Edit, first_numbers, matching_constraint_text, plus_count, renumbering_edits,
    unknown_count,
};

pub struct FrameAddress;

impl FixStrategy for FrameAddress {
    fn name(&self) -> &'static str {
        "frame-address"
    }
    fn summary(&self) -> &'static str {
        "Replace the output with an input \"r\" (__builtin_frame_address(0))"
    }
    fn template(&self) -> &'static str {
        include_str!("../../../patches/frame-address.txt")
    }
    fn edit(&self, site: &SiteText) -> Result<FileEdit, String> {
        Ok(FileEdit {
            path: site.rel.to_string(),
            old: site.text.to_string(),
            edits: frame_address_edits(site.text, site.stmt)?,
        })
    }
    fn proof(&self) -> Option<Change> {
        Some(Change::FrameAddress)
    }
}

/// The input strategy 2 adds instead of the `ASM_CALL_CONSTRAINT` output.
pub const FRAME_ADDRESS_INPUT: &str = "\"r\" (__builtin_frame_address(0))";

/// Strategy 2: drop `ASM_CALL_CONSTRAINT` from the outputs and add the input
/// `"r" (__builtin_frame_address(0))` last; everything renumbered.
pub fn frame_address_edits(text: &str, stmt: &AsmStatement) -> Result<Vec<Edit>, String> {
    if let Some(h) = &stmt.hazard {
        return Err(h.clone());
    }
    // The %rsp output is a side effect the compiler must keep; without it a
    // non-volatile asm whose other outputs are unused may be deleted, and two
    // alike may be merged. (asm goto is volatile; an asm left without
    // outputs is too.)
    let volatile = stmt.is_goto
        || stmt
            .keyword
            .split_whitespace()
            .any(|w| matches!(w, "volatile" | "__volatile__" | "__volatile"));
    if !volatile && stmt.outputs.len() > 1 {
        return Err("the asm is not volatile: without the %rsp output the compiler may delete it when its other outputs are unused, or merge two alike".into());
    }
    let k = stmt.movable_call_constraint()?;
    let first = first_numbers(&stmt.outputs);
    let removed = first[k];
    let n_out = stmt.output_count();
    let n_in: Option<usize> = stmt.inputs.iter().map(|o| o.count).sum();
    // asm goto labels are numbered after every operand, where each "+" output
    // counts twice (its implicit input comes after the inputs). Removing the
    // "+r" output (two numbers) and adding an "r" input (one) moves them down by 1.
    let n_plus = plus_count(&stmt.outputs);
    // Old numbering: outputs, inputs, hidden inputs (one per "+" output, in
    // output order) from `hidden_from`, then labels. The edit takes one output
    // away and appends one input, so the hidden inputs start at the same
    // number; those of "+" outputs before the removed one keep their numbers,
    // the removed one's disappears, later ones and the labels move down by 1.
    let hidden_from = n_out.zip(n_in).map(|(a, b)| a + b);
    let removed_rank = plus_count(&stmt.outputs[..k]);
    let layout = hidden_from.zip(n_plus).zip(removed_rank);
    let stmt_for_errors = stmt.clone();
    let map_all = move |n: usize| -> Result<usize, String> {
        let removed = removed.ok_or_else(|| unknown_count(n, &stmt_for_errors))?;
        if n < removed {
            return Ok(n);
        }
        let ((hidden_from, n_plus), rank) =
            layout.ok_or_else(|| unknown_count(n, &stmt_for_errors))?;
        let removed_hidden = hidden_from + rank;
        if n == removed {
            Err(format!(
                "the statement refers to operand {n}, which the edit removes"
            ))
        } else if n == removed_hidden && n_plus > rank {
            Err(format!(
                "the statement refers to operand {n}, the hidden input of the operand the edit removes"
            ))
        } else if n < removed || (hidden_from..removed_hidden).contains(&n) {
            Ok(n)
        } else {
            Ok(n - 1)
        }
    };
    let mut edits = renumbering_edits(text, stmt, &map_all)?;
    // Remove the operand and one adjacent comma.
    let ops = &stmt.outputs;
    let span = if ops.len() == 1 {
        ops[0].span.clone()
    } else if k + 1 < ops.len() {
        ops[k].span.start..ops[k + 1].span.start
    } else {
        ops[k - 1].span.end..ops[k].span.end
    };
    edits.push(Edit {
        span,
        text: String::new(),
    });
    for op in &stmt.inputs {
        if let Some(t) = matching_constraint_text(op, &map_all)? {
            edits.push(Edit {
                span: op.span.clone(),
                text: t,
            });
        }
    }
    // An input that may expand to nothing, last: `: , "r" (…)` would not
    // compile. (`, ##__VA_ARGS__` swallows its comma when empty.)
    if let Some(last) = stmt.inputs.last() {
        if last.may_be_empty {
            return Err(format!(
                "the inputs end in `{}`, which may expand to nothing: an input appended after it could leave an empty operand",
                last.text
            ));
        }
    }
    match (&stmt.inputs_span, stmt.inputs.last()) {
        (Some(_), Some(last)) => edits.push(Edit {
            span: last.span.end..last.span.end,
            text: format!(", {FRAME_ADDRESS_INPUT}"),
        }),
        (Some(s), None) => edits.push(Edit {
            span: s.clone(),
            text: format!(" {FRAME_ADDRESS_INPUT} "),
        }),
        (None, _) => edits.push(Edit {
            span: stmt.after_outputs..stmt.after_outputs,
            text: format!(" : {FRAME_ADDRESS_INPUT}"),
        }),
    }
    Ok(edits)
}
