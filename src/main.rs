//! The `attrgraph` binary: parse the command line, run it, map the result to an
//! exit code. Everything else lives in the library and `cli`.

mod cli;

use std::process::ExitCode;

/// mimalloc: most of a build's time is small strings and vectors made and
/// dropped on two threads, which it serves faster than the system allocator
/// (see `benches/end_to_end.sh` and the CHANGELOG for the measure). Its
/// `override` feature makes it the C allocator too: the bundled SQLite's
/// millions of allocations in the store writer go to it, not to glibc's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
