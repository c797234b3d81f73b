//! `attrgraph eval`.

use super::Outcome;

/// Arguments of `attrgraph eval`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `attrgraph eval`.
pub fn run(_args: Args) -> anyhow::Result<Outcome> {
    Ok(Outcome::Success)
}
