//! attrgraph turns a folder of news articles into a source-attribution knowledge
//! graph: who said what, through whom it reached each article, how many independent
//! sources stand behind each claim, and who contradicts it.
//!
//! The pipeline runs one way, one module per stage:
//!
//! 1. [`ingest::read_dir`] reads the folder into [`model::Article`]s (the only stage,
//!    with [`export`] and the CLI, that touches the file system);
//! 2. [`extract::attributions`] finds the attributions of one article (pure, run in
//!    parallel over articles);
//! 3. [`resolve::entities`] resolves every source mention to one entity across
//!    articles;
//! 4. [`analyze::claims`] groups attributions into claims, counts independent
//!    sources and finds contradictions;
//! 5. [`graph::build`] lays the result out as a petgraph graph;
//! 6. [`export::write`] writes `attributions.jsonl`, `graph.json`, `attrgraph.sqlite`,
//!    `graph.graphml`, the CSV tables, `graph.dot` and `graph.svg`; [`query`] answers
//!    questions from a written output folder's database, and [`report`] makes its
//!    HTML report.
//!
//! [`build`] runs stages 2–5.

#![forbid(unsafe_code)]

pub mod analyze;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod query;
pub mod report;
pub mod resolve;
pub mod text;

use rayon::prelude::*;

pub use error::Error;
pub use graph::ClaimGraph;
pub use model::{Article, Diagnostic};

/// What the pure stages need besides the articles.
#[derive(Clone, Debug)]
pub struct Config {
    /// Aliases and affiliations: the built-in table plus the user's file.
    pub aliases: resolve::AliasTable,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            aliases: resolve::AliasTable::builtin(),
        }
    }
}

/// Runs extraction (in parallel), resolution, analysis and graph building.
/// `on_article` is called once per extracted article, for progress reporting.
pub fn build(
    articles: Vec<Article>,
    config: &Config,
    on_article: &(dyn Fn() + Sync),
) -> (ClaimGraph, Vec<Diagnostic>) {
    build_with(articles, config, on_article, &mut |_| {})
}

/// [`build`], calling `on_stage` with each stage's name ("extract", "resolve",
/// "analyze", "graph") as it finishes, for timings and progress.
pub fn build_with(
    articles: Vec<Article>,
    config: &Config,
    on_article: &(dyn Fn() + Sync),
    on_stage: &mut dyn FnMut(&'static str),
) -> (ClaimGraph, Vec<Diagnostic>) {
    let Extracted {
        attributions,
        diagnostics,
    } = extract_all(&articles, on_article);
    on_stage("extract");
    let resolved = resolve::entities(&articles, attributions, &config.aliases);
    on_stage("resolve");
    let corpus = analyze::claims(articles, resolved, &config.aliases);
    on_stage("analyze");
    let graph = graph::build(corpus, &config.aliases);
    on_stage("graph");
    (graph, diagnostics)
}

/// What extraction found in every article, and the articles it could not read.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Attributions per article, in article order.
    pub attributions: Vec<Vec<model::Attribution>>,
    /// An article whose extraction failed (a bug, reported rather than fatal).
    pub diagnostics: Vec<Diagnostic>,
}

/// Extraction over every article, in parallel, in article order. `on_article` is
/// called once per article, for progress reporting. Extraction is pure and
/// should never fail; should a rule still panic on some text, that article
/// yields no attributions and a diagnostic, and the others are built.
pub fn extract_all(articles: &[Article], on_article: &(dyn Fn() + Sync)) -> Extracted {
    let results: Vec<Result<Vec<model::Attribution>, String>> = articles
        .par_iter()
        .map(|article| {
            let found =
                std::panic::catch_unwind(|| extract::attributions(article)).map_err(|cause| {
                    cause
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| cause.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown cause".to_string())
                });
            on_article();
            found
        })
        .collect();
    let mut out = Extracted::default();
    for (article, result) in articles.iter().zip(results) {
        match result {
            Ok(found) => out.attributions.push(found),
            Err(cause) => {
                out.diagnostics.push(Diagnostic {
                    path: article.path.clone(),
                    line: None,
                    severity: model::Severity::Error,
                    message: format!("extraction failed on this article and skipped it (a bug; please report): {cause}"),
                });
                out.attributions.push(Vec::new());
            }
        }
    }
    out
}
