//! `attrgraph pairs`: measures claim matching on labelled pairs through the real
//! build path — sentence pairs in the MSRP layout (`--pairs`), each built as two
//! one-sentence articles, or labelled attribution spans of a corpus (`--spans`
//! with `--corpus`), found in one build of it — and prints precision, recall,
//! F1 and accuracy of "same claim". `--features` writes the matcher's features
//! of every pair, for `scripts/matching/fit.py`.

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use anyhow::Context;
use rayon::prelude::*;

use super::{print_stdout, Outcome};
use attrgraph::analyze::matching::features;
use attrgraph::eval::pairs::{self, Measured, Wrap};

/// Arguments of `attrgraph pairs`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Sentence pairs, tab-separated with a header: label, id1, id2, sentence1, sentence2.
    #[arg(long, value_name = "FILE.tsv", conflicts_with = "spans")]
    pairs: Option<PathBuf>,
    /// How each sentence is put in its article.
    #[arg(long, value_enum, default_value = "narrator")]
    wrap: WrapArg,
    /// Labelled attribution spans (eval/events_pairs.tsv layout); needs --corpus.
    #[arg(long, value_name = "FILE.tsv", requires = "corpus")]
    spans: Option<PathBuf>,
    /// The corpus the spans point into.
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Only the pairs of this part of the spans file (e.g. `heldout`).
    #[arg(long, value_name = "PART")]
    part: Option<String>,
    /// Write every pair's label, outcome and features here (tab-separated).
    #[arg(long, value_name = "FILE.tsv")]
    features: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum WrapArg {
    Narrator,
    Said,
}

/// Runs `attrgraph pairs`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let (rows, parts) = if let Some(path) = &args.pairs {
        let text = fs::read_to_string(path)
            .with_context(|| format!("failed to read {}", path.display()))?;
        let wrap = match args.wrap {
            WrapArg::Narrator => Wrap::Narrator,
            WrapArg::Said => Wrap::Said,
        };
        let input: Vec<(bool, String, String)> = text
            .trim_start_matches('\u{feff}')
            .lines()
            .skip(1)
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (f.len() >= 5).then(|| (f[0] == "1", f[3].to_string(), f[4].to_string()))
            })
            .collect();
        let rows: Vec<Measured> = input
            .par_iter()
            .map(|(label, a, b)| pairs::sentence_pair(*label, a, b, wrap))
            .collect();
        let parts = vec![String::new(); rows.len()];
        (rows, parts)
    } else if let (Some(path), Some(corpus)) = (&args.spans, &args.corpus) {
        let text = fs::read_to_string(path)
            .with_context(|| format!("failed to read {}", path.display()))?;
        let mut labelled = pairs::read_span_pairs(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        if let Some(part) = &args.part {
            labelled.retain(|p| &p.part == part);
        }
        let ingested = attrgraph::ingest::read_dir(corpus)?;
        let (graph, _) = attrgraph::build(ingested.articles, &attrgraph::Config::default(), &|| {});
        let records = attrgraph::export::records(&graph);
        let parts = labelled.iter().map(|p| p.part.clone()).collect();
        (pairs::span_pairs(&labelled, &records), parts)
    } else {
        anyhow::bail!("give --pairs FILE, or --spans FILE with --corpus DIR");
    };
    if let Some(out) = &args.features {
        let mut tsv = format!(
            "label\tpart\textracted\tsame\t{}\n",
            features::NAMES.join("\t")
        );
        for (r, part) in rows.iter().zip(&parts) {
            let x: Vec<String> = r.features.iter().map(|v| format!("{v:.6}")).collect();
            let _ = writeln!(
                tsv,
                "{}\t{part}\t{}\t{}\t{}",
                u8::from(r.label),
                u8::from(r.extracted),
                u8::from(r.same),
                x.join("\t")
            );
        }
        fs::write(out, tsv).with_context(|| format!("failed to write {}", out.display()))?;
    }
    let (p, r, f, acc) = pairs::prf(&rows);
    let extracted = rows.iter().filter(|r| r.extracted).count();
    print_stdout(&format!(
        "{} pairs, both sides extracted {extracted}\nsame claim  P {p:.3}  R {r:.3}  F1 {f:.3}  acc {acc:.3}\n",
        rows.len()
    ))?;
    Ok(Outcome::Success)
}
