//! The fixes: inline asm statements found, parsed and edited (`source`, with
//! every definition of the tree in `macro_index`), each edit proven with the
//! preprocessor and compiler (`edit_proof`, `declared_width`), written as patch
//! mails (`draft`) by the `suggest` command (`suggest`), or merged into a
//! tree-wide series (`series`); one file per fix strategy in `strategies`.

pub mod declared_width;
pub mod draft;
pub mod edit_proof;
pub mod macro_index;
pub mod series;
pub mod source;
pub mod strategies;
pub mod suggest;
