//! The `crosscheck` binary: parse flags, run, map the outcome to an exit
//! code. Everything else lives in the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = crosscheck::cli::Cli::parse();
    crosscheck::app::run(cli)
}
