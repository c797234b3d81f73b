//! `attrgraph build`.

use super::Outcome;

/// Arguments of `attrgraph build`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `attrgraph build`.
pub fn run(_args: Args) -> anyhow::Result<Outcome> {
    Ok(Outcome::Success)
}
