//! The export stage: writes the output contract (`CONTRACT.md`) for an analysed
//! graph — `attributions.jsonl`, `graph.json`, `attrgraph.sqlite` (`store/`),
//! `graph.graphml`, `claims.csv`, `attributions.csv`, `sources.csv`, `graph.dot`,
//! `graph.svg`, `manifest.json`.
//!
//! One of the three places allowed to touch the world: it writes the whole set
//! (and `manifest.json`) beside the output folder and swaps it in (`staging.rs`),
//! and may run Graphviz. It never prints;
//! what the user should hear comes back in the [`ExportReport`]. The same input
//! gives the same bytes: no timestamps, no hash-map iteration order.

pub mod atomic;
pub mod batches;
pub mod builtin;
pub mod credibility;
pub mod csv;
pub mod cut;
pub mod dot;
pub mod flush;
pub mod gexf;
pub mod graph_json;
pub mod graphml;
pub mod json;
pub mod keys;
pub mod manifest;
pub mod node_link;
pub mod priority;
pub mod records;
pub mod spreadsheets;
pub mod staging;
pub mod store;
pub mod svg;
pub mod svg_legend;
#[cfg(test)]
pub(crate) mod testdata;
pub mod xml;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use petgraph::graph::{EdgeIndex, NodeIndex};

use crate::graph::{ClaimGraph, Edge};

pub use atomic::write_atomic;
pub use cut::{neighbourhood, overview};
pub use dot::{to_dot, DotOptions};
use flush::{with_flusher, Flusher};
pub use graph_json::write_node_link;
use manifest::HashingWriter;
pub use manifest::{Manifest, ManifestFile, MANIFEST_FILE};
pub use node_link::{node_link, WireTables};
pub use records::records;
pub use staging::Staging;
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
    /// Do not draw `graph.svg` at all (the new set has none).
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

/// Writes the output set into `out_dir` as one: every file and the manifest into
/// a fresh folder beside it, then swapped in (see [`Staging`]), so `out_dir`
/// holds the previous set or the new one, whole. When no picture can be drawn,
/// `graph.svg` is a small placeholder saying why and how to get one, so a stale
/// picture never outlives its graph.
pub fn write(out_dir: &Path, graph: &ClaimGraph, options: &ExportOptions) -> Result<ExportReport> {
    let staging = Staging::create(out_dir)?;
    let report = write_staged(&staging, graph, options)?;
    staging.commit()?;
    Ok(report)
}

/// Writes every file of the set into `staging`, [`MANIFEST_FILE`] last; the
/// caller commits. The report names the files as they will be once committed.
pub fn write_staged(
    staging: &Staging,
    graph: &ClaimGraph,
    options: &ExportOptions,
) -> Result<ExportReport> {
    let dir = staging.path();
    let dot_options = options
        .dot
        .clone()
        .unwrap_or_else(|| DotOptions::for_node_count(graph.graph.node_count()));
    // The database on this thread from the start (it is the longest writer
    // and one connection writes it), everything else on a pool whose threads
    // yield to the database's (see [`priority`]): the files do not depend on
    // each other, and the bytes do not depend on the order. Each file is
    // flushed to disk on a thread of its own once written (see [`flush`]),
    // all of them before the manifest is written.
    let tables = WireTables::new(graph);
    let pool = priority::yielding_pool();
    let (store_written, (tables_written, (records_written, (json_written, drawing)))) =
        with_flusher(|flusher| {
            let files = || {
                rayon::join(
                    || write_tables(dir, &tables, flusher),
                    || {
                        rayon::join(
                            || write_records(dir, graph, flusher),
                            || {
                                rayon::join(
                                    || -> Result<_> {
                                        let entry =
                                            write_file(dir, GRAPH_FILE, flusher, &mut |out| {
                                                write_node_link(&tables, out)
                                            })?;
                                        Ok((entry, tables.meta()))
                                    },
                                    || write_drawing(dir, &tables, &dot_options, options, flusher),
                                )
                            },
                        )
                    },
                )
            };
            Ok(std::thread::scope(|scope| {
                let files = scope.spawn(|| match &pool {
                    Some(pool) => pool.install(files),
                    None => files(),
                });
                let store = write_database(dir, &tables, flusher);
                (store, files.join().expect("the file writers do not panic"))
            }))
        })?;
    let (graph_entry, meta) = json_written?;
    let (dot_entry, drawn_svg) = drawing?;
    let mut entries = vec![records_written?, graph_entry, dot_entry, store_written?];
    entries.extend(tables_written?);
    let mut svg_note = None;
    if let Some((svg_entry, note)) = drawn_svg {
        entries.push(svg_entry);
        svg_note = note;
    }
    let written = entries
        .iter()
        .map(|entry| staging.out().join(&entry.name))
        .collect();
    let manifest = Manifest::new(entries, meta.counts);
    with_flusher(|flusher| {
        write_file(dir, MANIFEST_FILE, flusher, &mut |out| {
            serde_json::to_writer_pretty(&mut *out, &manifest)?;
            out.write_all(b"\n")
        })
    })?;
    Ok(ExportReport { written, svg_note })
}

/// What [`write_drawing`] wrote: `graph.dot`'s entry, and `graph.svg`'s with
/// its note unless the options skip it.
type Drawing = (ManifestFile, Option<(ManifestFile, Option<String>)>);

/// Writes `graph.dot` and, unless the options skip it, `graph.svg`: drawn
/// from only the part of the graph the picture shows.
fn write_drawing(
    dir: &Path,
    tables: &WireTables<'_>,
    dot_options: &DotOptions,
    options: &ExportOptions,
    flusher: &Flusher,
) -> Result<Drawing> {
    let (drawn, dot_text) = dot::draw(tables, dot_options);
    let dot_entry = write_file(dir, DOT_FILE, flusher, &mut |out| {
        out.write_all(dot_text.as_bytes())
    })?;
    if options.skip_svg {
        return Ok((dot_entry, None));
    }
    let outcome = render_svg(&dot_text, &drawn, options.drawer)?;
    let svg_entry = write_file(dir, SVG_FILE, flusher, &mut |out| {
        out.write_all(outcome.svg().as_bytes())
    })?;
    Ok((dot_entry, Some((svg_entry, outcome.note()))))
}

/// Writes `dir/name` with what `fill` writes, hands it to `flusher`, and
/// returns its manifest entry.
fn write_file(
    dir: &Path,
    name: &str,
    flusher: &Flusher,
    fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<ManifestFile> {
    let path = dir.join(name);
    let written = (|| {
        let file = fs::File::create(&path)?;
        let mut out = BufWriter::with_capacity(1 << 16, HashingWriter::new(file));
        fill(&mut out)?;
        let (entry, file) = out
            .into_inner()
            .map_err(|err| err.into_error())?
            .finish(name);
        Ok((entry, file))
    })();
    let (entry, file) = written.map_err(|source| Error::Write {
        path: path.clone(),
        source,
    })?;
    flusher.flush(path, file);
    Ok(entry)
}

/// Writes `attributions.jsonl`: one compact record per line, in corpus order,
/// serialised in parallel batches (see [`batches::write_items`]) with one
/// [`records::CharIndex`] per document, shared by the batches, as in
/// [`records()`].
fn write_records(dir: &Path, graph: &ClaimGraph, flusher: &Flusher) -> Result<ManifestFile> {
    let corpus = &graph.corpus;
    write_file(dir, ATTRIBUTIONS_FILE, flusher, &mut |out| {
        let chars = records::DocChars::new(corpus);
        batches::write_items(out, corpus.attributions.len(), |run, piece| {
            for attribution in &corpus.attributions[run] {
                let record = records::record::<&str>(graph, attribution, chars.of(attribution.doc));
                serde_json::to_writer(&mut *piece, &record)?;
                piece.push(b'\n');
            }
            Ok(())
        })
    })
}

/// Writes the files for other tools, in parallel: `graph.graphml` and the
/// three CSV tables.
fn write_tables(
    dir: &Path,
    tables: &WireTables<'_>,
    flusher: &Flusher,
) -> Result<Vec<ManifestFile>> {
    use rayon::prelude::*;
    type Writer = fn(&WireTables<'_>, &mut dyn Write) -> io::Result<()>;
    let writers: [(&str, Writer); 4] = [
        (graphml::GRAPHML_FILE, graphml::write_graphml),
        (spreadsheets::CLAIMS_CSV, spreadsheets::write_claims),
        (
            spreadsheets::ATTRIBUTIONS_CSV,
            spreadsheets::write_attributions,
        ),
        (spreadsheets::SOURCES_CSV, spreadsheets::write_sources),
    ];
    writers
        .par_iter()
        .map(|(name, writer)| write_file(dir, name, flusher, &mut |out| writer(tables, out)))
        .collect()
}

/// Writes `attrgraph.sqlite` from the wire form of every node, every edge but
/// `asserts` and `denies` (the attributions hold them) and every record.
fn write_database(dir: &Path, tables: &WireTables<'_>, flusher: &Flusher) -> Result<ManifestFile> {
    let graph = tables.graph;
    let corpus = &graph.corpus;
    let nodes = (0..graph.graph.node_count()).map(|i| tables.node::<&str>(NodeIndex::new(i)));
    let edges = (0..graph.graph.edge_count())
        .filter(|&i| {
            !matches!(
                graph.graph[EdgeIndex::new(i)],
                Edge::Asserts(_) | Edge::Denies(_)
            )
        })
        .map(move |i| (i, tables.edge::<&str>(EdgeIndex::new(i))));
    let mut index: Option<(usize, records::CharIndex)> = None;
    let records = corpus.attributions.iter().map(move |attribution| {
        if index.as_ref().map(|(doc, _)| *doc) != Some(attribution.doc) {
            let text = &corpus.articles[attribution.doc].text;
            index = Some((attribution.doc, records::CharIndex::new(text)));
        }
        let chars = &index.as_ref().expect("set above").1;
        records::record::<&str>(graph, attribution, chars)
    });
    store::write_store(
        &dir.join(store::STORE_FILE),
        store::StoreInput {
            meta: tables.meta(),
            nodes,
            edges,
            records,
        },
        flusher,
    )
}

#[cfg(test)]
mod tests;
