//! The command line: clap definitions, dispatch to one module per subcommand, and
//! the mapping of results to exit codes (0 ok, 1 a query matched nothing, 2 error
//! and nothing written, 3 output written but some input skipped, 130
//! interrupted).
//! The only code that prints or reads the environment or the terminal.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod build;
mod docs;
mod eval;
mod interrupt;
mod pairs;
mod query;
mod render;
mod report;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Turn a folder of news articles into a source-attribution knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "attrgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read a folder of articles and write the attribution graph.
    Build(build::Args),
    /// Ask a built output folder which claims are corroborated, contradicted, by whom.
    Query(query::Args),
    /// Score extraction against brat-standoff gold (PolNeAR layout).
    Eval(eval::Args),
    /// Measure claim matching on labelled pairs (sentence pairs or attribution spans).
    Pairs(pairs::Args),
    /// Draw one claim's neighbourhood, or the whole graph, from a built output folder.
    Render(render::Args),
    /// Write one self-contained HTML report of a built output folder.
    Report(report::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(docs::CompletionsArgs),
    /// Print the man page (roff).
    Man(docs::ManArgs),
}

/// What a subcommand reports when it ran to its end.
pub enum Outcome {
    /// Done, exit 0.
    Success,
    /// A query matched nothing, exit 1.
    NoMatch,
    /// Nothing written because of the input (no readable article), exit 2; the
    /// reason was printed.
    Errors,
    /// The output was written, but some input files or records were skipped,
    /// exit 3; the diagnostics and a summary line were printed.
    Skipped,
}

/// Keeps the panic hook quiet about panics inside layout-rs, which the built-in
/// renderer catches and answers (another layout, or a note in the SVG);
/// every other panic is reported as before.
fn quiet_about_layout_panics() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !attrgraph::export::builtin::is_laying_out() {
            report(info);
        }
    }));
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    quiet_about_layout_panics();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Query(args) => query::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Pairs(args) => pairs::run(args),
        Command::Render(args) => render::run(args),
        Command::Report(args) => report::run(args),
        Command::Completions(args) => docs::completions(args),
        Command::Man(args) => docs::man(args),
    };
    // A build interrupted while writing exits 130 from the handler, never
    // with the error its writers met when their folder was removed.
    interrupt::settle();
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::NoMatch) => ExitCode::from(1),
        Ok(Outcome::Errors) => ExitCode::from(2),
        Ok(Outcome::Skipped) => ExitCode::from(3),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("attrgraph: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Writes `text` to stdout, treating a closed pipe as success.
pub fn print_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Who may draw SVG: the built-in layout only when `ATTRGRAPH_NO_GRAPHVIZ` is
/// set to anything but `0` or nothing (for tests, and machines whose Graphviz
/// misbehaves), else Graphviz when installed.
pub fn drawer() -> attrgraph::export::Drawer {
    match std::env::var_os("ATTRGRAPH_NO_GRAPHVIZ") {
        Some(value) if !value.is_empty() && value != "0" => attrgraph::export::Drawer::BuiltIn,
        _ => attrgraph::export::Drawer::Any,
    }
}

/// Where build output goes when `--out` is not given.
pub fn default_out() -> PathBuf {
    PathBuf::from("output")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
