//! Integration tests: one binary, one module per area. Tests that read
//! `../shared/` or need Graphviz skip where those are absent, with a `SKIPPED`
//! notice written to the real stderr (libtest captures `eprintln!`, not that),
//! except under `CI=true`, where they fail.

// Tests print notices when they skip.
#![allow(clippy::print_stderr)]

mod cli;
mod docs;
mod eval;
mod exports;
mod fuzz;
mod independence;
mod interrupted;
mod pipeline;
mod quality;
mod query;
mod rendering;
mod report;
mod store;
mod support;
mod voices;
