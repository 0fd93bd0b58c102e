//! objtool's verdict: predicted by a model of its stack-state walk (`model`),
//! and the real objtool located and run (`run`).

pub mod model;
pub mod run;
