//! objtool's verdict: predicted by a model of its stack-state walk (`model`,
//! with objtool's own function lists, `lists`), and the real objtool located
//! and run (`run`).

pub mod lists;
pub mod model;
pub mod profile;
pub mod run;
