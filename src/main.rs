//! The `attrgraph` binary: parse the command line, run it, map the result to an
//! exit code. Everything else lives in the library and `cli`.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
