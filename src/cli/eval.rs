//! `attrgraph eval`: extracts attributions from a gold split's texts (or reads
//! them from `--pred`), scores them against the split's brat gold and prints the
//! scores as a table or, with `--json`, as one JSON object. Diagnostics and
//! mismatched spans go to stderr.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;

use super::{print_stdout, Outcome};
use attrgraph::eval;
use attrgraph::export::json::AttributionRecord;
use attrgraph::model::Severity;

/// Arguments of `attrgraph eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold split folder: `text/<doc>.txt` and `attributions/<doc>_<annotator>.ann`.
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,
    /// Score this attributions.jsonl instead of extracting from the texts.
    #[arg(long, value_name = "FILE.jsonl", conflicts_with = "out")]
    pred: Option<PathBuf>,
    /// Also write the predictions to OUTDIR/attributions.jsonl.
    #[arg(long, value_name = "OUTDIR")]
    out: Option<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
}

/// Runs `attrgraph eval`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let gold = eval::read_gold(&args.gold).context("failed to read the gold")?;
    let mut had_errors = false;
    let predictions = match &args.pred {
        Some(path) => eval::read_predictions(path)?,
        None => {
            let ingested = attrgraph::ingest::read_dir(&args.gold.join("text"))?;
            for diagnostic in &ingested.diagnostics {
                eprintln!("{diagnostic}");
                had_errors |= diagnostic.severity == Severity::Error;
            }
            let (graph, failures) =
                attrgraph::build(ingested.articles, &attrgraph::Config::default(), &|| {});
            for d in &failures {
                eprintln!("{d}");
            }
            attrgraph::export::records(&graph)
        }
    };
    if let Some(out) = &args.out {
        write_jsonl(out, &predictions)?;
    }
    let scores = eval::score(&gold, &predictions);
    for mismatch in &scores.span_mismatch_examples {
        eprintln!("{mismatch}");
    }
    let report = if args.json {
        let mut line = serde_json::to_string(&scores)?;
        line.push('\n');
        line
    } else {
        scores.to_string()
    };
    print_stdout(&report)?;
    Ok(if had_errors {
        Outcome::Errors
    } else {
        Outcome::Success
    })
}

/// Writes `OUTDIR/attributions.jsonl`, one compact record per line.
fn write_jsonl(out: &std::path::Path, records: &[AttributionRecord]) -> anyhow::Result<()> {
    fs::create_dir_all(out).with_context(|| format!("failed to create {}", out.display()))?;
    let path = out.join("attributions.jsonl");
    let write = || -> std::io::Result<()> {
        let mut file = BufWriter::new(File::create(&path)?);
        for record in records {
            serde_json::to_writer(&mut file, record)?;
            file.write_all(b"\n")?;
        }
        file.flush()
    };
    write().with_context(|| format!("failed to write {}", path.display()))
}
