//! The export stage: writes the output contract (`../shared/CONTRACT.md`) for an
//! analysed graph — `attributions.jsonl`, `graph.json`, `graph.dot`, `graph.svg`.
//!
//! One of the three places allowed to touch the world: it creates the output
//! folder, writes every file atomically and may run Graphviz. It never prints;
//! what the user should hear comes back in the [`ExportReport`]. The same input
//! gives the same bytes: no timestamps, no hash-map iteration order.

pub mod atomic;
pub mod batches;
pub mod builtin;
pub mod cut;
pub mod dot;
pub mod graph_json;
pub mod json;
pub mod node_link;
pub mod records;
pub mod svg;
#[cfg(test)]
pub(crate) mod testdata;

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::graph::ClaimGraph;

pub use atomic::write_atomic;
pub use cut::{neighbourhood, overview};
pub use dot::{to_dot, DotOptions};
pub use graph_json::write_node_link;
pub use node_link::{node_link, WireTables};
pub use records::records;
pub use svg::{placeholder_svg, render_svg, Drawer, SvgOutcome};

/// Name of the attribution records file.
pub const ATTRIBUTIONS_FILE: &str = "attributions.jsonl";
/// Name of the node-link graph file.
pub const GRAPH_FILE: &str = "graph.json";
/// Name of the DOT file.
pub const DOT_FILE: &str = "graph.dot";
/// Name of the SVG file.
pub const SVG_FILE: &str = "graph.svg";

/// How to export.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// What `graph.dot` and `graph.svg` draw; `None` picks
    /// [`DotOptions::for_graph`] (subjects and documents left out of large graphs).
    pub dot: Option<DotOptions>,
    /// Do not draw `graph.svg` at all (an existing one is left as it is).
    pub skip_svg: bool,
    /// Who may draw `graph.svg`.
    pub drawer: Drawer,
}

/// What [`write()`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportReport {
    /// The files written, in order.
    pub written: Vec<PathBuf>,
    /// How `graph.svg` came about, when the user should know: Graphviz warnings,
    /// the built-in fallback, or why only a placeholder was written.
    pub svg_note: Option<String>,
}

/// Writes the output files into `out_dir` (created if missing), each atomically.
/// When no picture can be drawn, `graph.svg` is a small placeholder saying why
/// and how to get one, so a stale picture never outlives its graph.
pub fn write(out_dir: &Path, graph: &ClaimGraph, options: &ExportOptions) -> Result<ExportReport> {
    fs::create_dir_all(out_dir).map_err(|source| Error::Write {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let attributions_path = out_dir.join(ATTRIBUTIONS_FILE);
    let graph_path = out_dir.join(GRAPH_FILE);
    let dot_path = out_dir.join(DOT_FILE);
    let dot_options = options
        .dot
        .clone()
        .unwrap_or_else(|| DotOptions::for_node_count(graph.graph.node_count()));
    // The records, the node-link graph and the picture on as many threads: the
    // files do not depend on each other, and the bytes do not depend on the order.
    // The picture is drawn from only the part of the graph it shows.
    let (records_written, (json_written, drawing)) = rayon::join(
        || write_records(&attributions_path, graph),
        || {
            let tables = WireTables::new(graph);
            rayon::join(
                || write_atomic(&graph_path, &mut |out| write_node_link(&tables, out)),
                || -> Result<_> {
                    let (drawn, dot_text) = dot::draw(&tables, &dot_options);
                    write_atomic(&dot_path, &mut |out| out.write_all(dot_text.as_bytes()))?;
                    Ok((!options.skip_svg).then(|| render_svg(&dot_text, &drawn, options.drawer)))
                },
            )
        },
    );
    records_written?;
    json_written?;
    let drawn_svg = drawing?;
    let mut written = vec![attributions_path, graph_path, dot_path];

    let mut svg_note = None;
    if let Some(outcome) = drawn_svg {
        let outcome = outcome?;
        svg_note = outcome.note();
        let path = out_dir.join(SVG_FILE);
        write_atomic(&path, &mut |out| out.write_all(outcome.svg().as_bytes()))?;
        written.push(path);
    }
    Ok(ExportReport { written, svg_note })
}

/// Writes `attributions.jsonl`: one compact record per line, in corpus order,
/// serialised in parallel batches (see [`batches::write_items`]) with one
/// [`records::CharIndex`] per run of attributions of the same document, as in
/// [`records()`].
fn write_records(path: &Path, graph: &ClaimGraph) -> Result<()> {
    let corpus = &graph.corpus;
    write_atomic(path, &mut |out| {
        batches::write_items(out, corpus.attributions.len(), |run, piece| {
            let mut index: Option<(usize, records::CharIndex)> = None;
            for attribution in &corpus.attributions[run] {
                if index.as_ref().map(|(doc, _)| *doc) != Some(attribution.doc) {
                    let text = &corpus.articles[attribution.doc].text;
                    index = Some((attribution.doc, records::CharIndex::new(text)));
                }
                let chars = &index.as_ref().expect("set above").1;
                let record = records::record::<&str>(graph, attribution, chars);
                serde_json::to_writer(&mut *piece, &record)?;
                piece.push(b'\n');
            }
            Ok(())
        })
    })
}

#[cfg(test)]
mod tests;
