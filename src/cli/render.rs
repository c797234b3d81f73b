//! `attrgraph render`.

use super::Outcome;

/// Arguments of `attrgraph render`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `attrgraph render`.
pub fn run(_args: Args) -> anyhow::Result<Outcome> {
    Ok(Outcome::Success)
}
