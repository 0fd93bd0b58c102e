//! One function at a time: basic blocks (`cfg`), the stack's abstract state
//! (`stack`), whether the function keeps to its own frame (`own_frame`) and
//! whether a callee keeps the calling convention (`callee_contract`), the
//! `%rsp` writes classified and proven (`findings`); `scan` runs it all over
//! the inputs.

pub mod callee_contract;
pub mod cfg;
pub mod findings;
pub mod own_frame;
pub mod scan;
pub mod stack;
