//! `attrgraph completions SHELL` and `attrgraph man`: shell completions
//! (clap_complete) and the man page (clap_mangen, roff), both made from the
//! clap definitions so they never drift from `--help`. Write to stdout.

use std::io::Write;

use clap::CommandFactory;

use super::{Cli, Outcome};

/// Arguments of `attrgraph completions`.
///
/// Prints a completion script for SHELL to stdout. Bash:
/// `attrgraph completions bash > ~/.local/share/bash-completion/completions/attrgraph`;
/// zsh: into a folder of `$fpath` as `_attrgraph`; fish:
/// `~/.config/fish/completions/attrgraph.fish`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Arguments of `attrgraph man`.
///
/// Prints the man page (roff) to stdout:
/// `attrgraph man > ~/.local/share/man/man1/attrgraph.1`, then `man attrgraph`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {}

/// Runs `attrgraph completions`.
pub fn completions(args: CompletionsArgs) -> anyhow::Result<Outcome> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "attrgraph", &mut script);
    write_stdout(&script)
}

/// Runs `attrgraph man`: the page of `attrgraph` with a section per
/// subcommand.
pub fn man(_args: ManArgs) -> anyhow::Result<Outcome> {
    let command = Cli::command();
    let mut page = Vec::new();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    man.render_subcommands_section(&mut page)?;
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        let name = sub.get_name().to_string();
        let mut section = Vec::new();
        clap_mangen::Man::new(sub.clone().bin_name(format!("attrgraph {name}")))
            .render_synopsis_section(&mut section)?;
        let text = String::from_utf8_lossy(&section).replace(
            ".SH SYNOPSIS",
            &format!(".SH \"ATTRGRAPH {}\"", name.to_uppercase()),
        );
        page.extend_from_slice(text.as_bytes());
        let mut options = Vec::new();
        clap_mangen::Man::new(sub.clone()).render_options_section(&mut options)?;
        let text = String::from_utf8_lossy(&options).replace(".SH OPTIONS", ".SS Options");
        page.extend_from_slice(text.as_bytes());
    }
    man.render_version_section(&mut page)?;
    write_stdout(&page)
}

fn write_stdout(bytes: &[u8]) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(Outcome::Success)
}
