//! kbuild as rspill drives it: a unit's compile command from its `.cmd` file
//! (`compile_command`), scratch trees and builds (`build`).

pub mod build;
pub mod compile_command;
