//! The command line: clap's arguments (`args`) resolved once into each command's
//! settings (`settings`), the commands run (`commands`), exit codes decided
//! (`exit`). Only this layer touches stdout, stderr and exit codes.

mod args;
mod commands;
mod exit;
mod settings;

use clap::Parser;
use std::process::ExitCode;

pub fn main() -> ExitCode {
    let cli = args::Cli::parse();
    commands::run(settings::Settings::resolve(cli.command))
}
