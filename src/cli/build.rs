//! `attrgraph build DIR`: read the articles, run the pipeline, write the output
//! folder. Prints diagnostics and a one-line summary on stderr; a progress bar
//! over extraction and then the stage at work (resolve, analyze, graph,
//! export) only on a terminal and never with `--quiet`. Exits 3 when the output was
//! written without some input (a file or record with an error-level
//! diagnostic), 2 when nothing was written. The output is written beside the
//! output folder and swapped in whole (see `export::staging`); Ctrl-C before
//! the swap leaves the folder as it was (see `interrupt.rs`).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use super::{interrupt, Outcome};
use attrgraph::export::{self, ExportOptions};
use attrgraph::ingest::IngestOptions;
use attrgraph::model::Severity;
use attrgraph::Config;

/// Arguments of `attrgraph build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of articles (.txt and .md with optional YAML front matter, .json, .jsonl),
    /// read recursively.
    pub dir: PathBuf,
    /// Output folder for attributions.jsonl, graph.json, graph.dot and graph.svg.
    #[arg(long, short, default_value = "output")]
    pub out: PathBuf,
    /// TOML file of extra aliases and affiliations
    /// (`[[entity]] name = "…", kind = "…", aliases = […], member_of = "…"`).
    #[arg(long)]
    pub aliases: Option<PathBuf>,
    /// Do not draw graph.svg (the new output has none).
    #[arg(long)]
    pub no_svg: bool,
    /// Print only errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print the time each stage took (wall and CPU), the peak memory by its end, and extraction speed in words per second.
    #[arg(long)]
    pub timings: bool,
    /// Skip any article larger than this (a .txt, .md or .json file, a .jsonl
    /// line), with an error naming it: bytes, or with a unit (`kB`, `MB`, `GB`,
    /// `KiB`, `MiB`, `GiB`).
    #[arg(long, value_name = "SIZE", default_value = "5MB", value_parser = parse_size)]
    pub max_article_bytes: u64,
}

/// A size in bytes: digits, optionally followed by a decimal (`k`, `kB`, `M`,
/// `MB`, `G`, `GB`) or binary (`KiB`, `MiB`, `GiB`) unit.
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("`{text}` is not a size: expected digits, then a unit such as MB"))?;
    let scale: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        other => {
            return Err(format!(
                "unknown size unit `{other}`: use kB, MB, GB, KiB, MiB or GiB"
            ))
        }
    };
    number
        .checked_mul(scale)
        .ok_or_else(|| format!("`{text}` is too large"))
}

/// Turns the arguments into the library's configuration.
pub fn config(aliases: Option<&PathBuf>) -> anyhow::Result<Config> {
    let mut config = Config::default();
    if let Some(path) = aliases {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("failed to read {}", path.display()))?;
        config
            .aliases
            .extend_from_toml(&text)
            .map_err(|e| anyhow::anyhow!("failed to parse {}: {e}", path.display()))?;
    }
    Ok(config)
}

/// Runs `attrgraph build`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let config = config(args.aliases.as_ref())?;
    interrupt::install()?;
    // Before the work: a folder that may not be replaced is refused at once.
    let staging = export::Staging::create(&args.out)?;
    interrupt::watch_staging(staging.path());
    let mut clock = Timings::new(args.timings);
    let options = IngestOptions {
        max_article_bytes: args.max_article_bytes,
    };
    let ingested = attrgraph::ingest::read_dir_with(&args.dir, &options)?;
    clock.lap("ingest");
    // Files (or `.jsonl` records) left out of the output, each counted once.
    let mut skipped = std::collections::BTreeSet::new();
    for d in &ingested.diagnostics {
        if d.severity == Severity::Error {
            skipped.insert((d.path.clone(), d.line));
        }
        if !args.quiet || d.severity == Severity::Error {
            eprintln!("{d}");
        }
    }
    let n_articles = ingested.articles.len();
    if n_articles == 0 {
        eprintln!(
            "attrgraph: warning: no readable article in {}; nothing written, {} left as it was",
            args.dir.display(),
            args.out.display()
        );
        return Ok(Outcome::Errors);
    }
    let on_terminal = !args.quiet && std::io::stderr().is_terminal();
    let progress = if on_terminal && n_articles > 200 {
        let bar = ProgressBar::new(n_articles as u64);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} extracting {pos}/{len} articles {wide_bar} {eta}",
            )
            .expect("valid template"),
        );
        Some(bar)
    } else {
        None
    };
    // After extraction (or from the start, without the bar): the stage at work.
    let stages = on_terminal.then(|| {
        let spinner = ProgressBar::new_spinner();
        spinner.set_style(
            ProgressStyle::with_template("{spinner} {msg} {elapsed}").expect("valid template"),
        );
        spinner
    });
    if let (Some(spinner), None) = (&stages, &progress) {
        spinner.set_message(format!("extracting {n_articles} articles"));
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    }
    let tick = || {
        if let Some(bar) = &progress {
            bar.inc(1);
        }
    };
    let n_words: usize = if args.timings {
        ingested
            .articles
            .iter()
            .map(|a| a.text[a.body.range()].split_whitespace().count())
            .sum()
    } else {
        0
    };
    let (graph, failures) =
        attrgraph::build_with(ingested.articles, &config, &tick, &mut |stage| {
            if stage == "extract" {
                if let Some(bar) = &progress {
                    bar.finish_and_clear();
                }
            }
            if let Some(spinner) = &stages {
                spinner.set_message(next_stage(stage));
                spinner.enable_steady_tick(std::time::Duration::from_millis(120));
            }
            clock.lap(stage);
        });
    for d in &failures {
        if d.severity == Severity::Error {
            skipped.insert((d.path.clone(), d.line));
        }
        eprintln!("{d}");
    }
    let options = ExportOptions {
        skip_svg: args.no_svg,
        drawer: super::drawer(),
        ..ExportOptions::default()
    };
    let report = export::write_staged(&staging, &graph, &options)
        .and_then(|report| interrupt::swap(|| staging.commit()).map(|()| report))
        .with_context(|| format!("failed to write the output to {}", args.out.display()))?;
    if let Some(spinner) = &stages {
        spinner.finish_and_clear();
    }
    clock.lap("export");
    clock.report(n_words, rayon::current_num_threads());
    if let Some(note) = &report.svg_note {
        if !args.quiet {
            eprintln!("note: {note}");
        }
    }
    if !args.quiet {
        let c = &graph.corpus;
        let corroborated = c
            .claims
            .iter()
            // A claim only denied is not corroborated, however many deny it.
            .filter(|x| x.analysis.independent_sources >= 2 && !x.analysis.sources.is_empty())
            .count();
        let contradictions: usize = c
            .claims
            .iter()
            .map(|x| x.analysis.contradicted_by.len())
            .sum::<usize>()
            / 2;
        eprintln!(
            "built {} articles: {} attributions, {} sources, {} claims ({} with 2+ independent sources), {} contradictions -> {}",
            n_articles,
            c.attributions.len(),
            c.sources.len(),
            c.claims.len(),
            corroborated,
            contradictions,
            args.out.display()
        );
    }
    // The process ends right after: freeing the graph's millions of small
    // allocations one by one would take a fifth of a second on the bench corpus,
    // which the operating system does at once on exit.
    std::mem::forget(graph);
    if skipped.is_empty() {
        return Ok(Outcome::Success);
    }
    let n_skipped = skipped.len();
    eprintln!(
        "attrgraph: {} skipped or read in part (errors above); the output in {} was written without {}",
        if n_skipped == 1 { "1 input file or record was".to_string() } else { format!("{n_skipped} input files or records were") },
        args.out.display(),
        if n_skipped == 1 { "it" } else { "them" },
    );
    Ok(Outcome::Skipped)
}

/// What the build does once `stage` is done, for the progress line.
fn next_stage(stage: &str) -> &'static str {
    match stage {
        "extract" => "resolving sources",
        "resolve" => "grouping claims, counting independent sources",
        "analyze" => "laying out the graph",
        _ => "writing the output (graph.json, attrgraph.sqlite, exports, pictures)",
    }
}

/// Wall and CPU time per stage, and the peak memory by its end, printed on
/// stderr with `--timings`.
struct Timings {
    on: bool,
    last: Instant,
    last_cpu: Option<f64>,
    laps: Vec<Lap>,
}

/// One stage's wall seconds, CPU seconds and peak resident megabytes so far.
type Lap = (&'static str, f64, Option<f64>, Option<u64>);

/// The process's peak resident memory so far in megabytes, from
/// `/proc/self/status` where there is one.
fn peak_megabytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes / 1024)
}

/// The process's CPU time (user and system, every thread) in seconds, from
/// `/proc/self/stat` where there is one.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // The kernel's USER_HZ is 100 on every Linux ABI Rust targets.
    Some(ticks / 100.0)
}

impl Timings {
    fn new(on: bool) -> Self {
        Timings {
            on,
            last: Instant::now(),
            last_cpu: if on { cpu_seconds() } else { None },
            laps: Vec::new(),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        let cpu = if self.on { cpu_seconds() } else { None };
        let used = cpu.zip(self.last_cpu).map(|(c, l)| c - l);
        let peak = if self.on { peak_megabytes() } else { None };
        self.laps
            .push((stage, (now - self.last).as_secs_f64(), used, peak));
        self.last = now;
        self.last_cpu = cpu;
    }

    fn report(&self, n_words: usize, threads: usize) {
        if !self.on {
            return;
        }
        for (stage, seconds, cpu, peak) in &self.laps {
            let cpu = cpu.map_or_else(String::new, |cpu| format!("  cpu {cpu:7.2} s"));
            let peak = peak.map_or_else(String::new, |mb| format!("  peak {mb:5} MB"));
            eprintln!("{stage:>8} {seconds:8.3} s{cpu}{peak}");
        }
        if let Some((_, extract, _, _)) = self.laps.iter().find(|(s, ..)| *s == "extract") {
            let per_core = n_words as f64 / (extract * threads as f64).max(1e-9);
            eprintln!(
                "extraction: {n_words} words, {per_core:.0} words/s per core on {threads} threads"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse_with_units() {
        for (text, expect) in [
            ("5000000", Ok(5_000_000)),
            ("5MB", Ok(5_000_000)),
            ("5 mb", Ok(5_000_000)),
            ("512k", Ok(512_000)),
            ("2MiB", Ok(2 << 20)),
            ("1GB", Ok(1_000_000_000)),
        ] {
            assert_eq!(parse_size(text), expect, "{text}");
        }
        for bad in ["", "MB", "5 parsecs", "-1", "99999999999999999999GB"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }
}
