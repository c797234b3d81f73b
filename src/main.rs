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
    keep_freed_memory_longer();
    cli::main()
}

/// mimalloc gives memory freed for a while back to the system (a "purge",
/// by default a second after it was freed); a build frees and makes much
/// memory stage after stage, and memory it takes back from the system comes
/// as fresh pages the kernel must fault in and zero. Purging after five
/// seconds instead keeps most of it for reuse: on the bench corpus some 140k
/// page faults became 55–67k, for a peak 3–6% higher (0.76 → 0.78–0.81 GB;
/// never purging at all peaks over 1 GB). The delay runs on the clock, so the
/// gain shrinks on a machine slowed by other work. `MIMALLOC_PURGE_DELAY` in
/// the environment still wins.
#[allow(unsafe_code)]
fn keep_freed_memory_longer() {
    use std::ffi::{c_int, c_long};
    /// `mi_option_purge_delay`, the 16th option of `mi_option_e` in
    /// mimalloc.h (the `mimalloc` crates give it no name).
    const PURGE_DELAY: c_int = 15;
    unsafe extern "C" {
        /// mimalloc's: sets an option unless the environment has.
        fn mi_option_set_default(option: c_int, value: c_long);
    }
    // SAFETY: a C function of the allocator linked in above that stores one
    // number in mimalloc's option table (it checks the index); it takes
    // effect at the next purge and touches no Rust memory.
    unsafe { mi_option_set_default(PURGE_DELAY, 5000) }
}
