//! `attrgraph query`.

use super::Outcome;

/// Arguments of `attrgraph query`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `attrgraph query`.
pub fn run(_args: Args) -> anyhow::Result<Outcome> {
    Ok(Outcome::Success)
}
