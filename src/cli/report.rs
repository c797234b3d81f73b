//! `attrgraph report`: writes one self-contained HTML file for a built output
//! folder (atomically) and says where it went.

use std::path::PathBuf;

use attrgraph::export::write_atomic;

use super::Outcome;

/// Arguments of `attrgraph report`.
///
/// Writes one HTML file that opens in any browser from disk, with no network:
/// the claims, searchable and filterable by publisher, date, credibility and
/// contradiction, each with its independent origins, the evidence sentences
/// and the path from the source to each article (linked where the URL is
/// known), contradictions side by side, and its neighbourhood drawn.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  \
    attrgraph report\n  \
    attrgraph report --from output -o report.html\n  \
    xdg-open report.html#q=missile")]
pub struct Args {
    /// The output folder written by `attrgraph build`, read (`--out` is its
    /// older name and still works).
    #[arg(long = "from", visible_alias = "out", value_name = "DIR",
          default_value_os_t = super::default_out())]
    from: PathBuf,
    /// The HTML file to write.
    #[arg(short = 'o', long, value_name = "FILE", default_value = "report.html")]
    output: PathBuf,
}

/// Runs `attrgraph report`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut summary = None;
    write_atomic(&args.output, &mut |out| {
        let written = attrgraph::report::write(&args.from, out).map_err(std::io::Error::other)?;
        summary = Some(written);
        Ok(())
    })?;
    let claims = summary.map_or(0, |s| s.claims);
    eprintln!(
        "attrgraph: wrote {} ({claims} claims)",
        args.output.display()
    );
    Ok(Outcome::Success)
}
