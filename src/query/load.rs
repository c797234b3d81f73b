//! Reading a built output folder back: `graph.json` whole (its schema must be the
//! one this attrgraph writes), `attributions.jsonl` line by line, then indexed as
//! an [`Output`]. Errors name the file and line; a missing folder or file is a
//! missing build. [`load_checked`] first checks the set against its
//! `manifest.json` (sizes) and then the counts it parsed, so a set left mixed or
//! incomplete is refused. Reads files; prints nothing.

use std::fs;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use super::output::Output;
use crate::error::{Error, Result};
use crate::export::json::{AttributionRecord, NodeLinkGraph, SCHEMA};
use crate::export::manifest::{self, Manifest};

/// Name of the graph file in an output folder.
pub const GRAPH_FILE: &str = "graph.json";
/// Name of the attribution file in an output folder.
pub const ATTRIBUTIONS_FILE: &str = "attributions.jsonl";

/// [`load`], for an output set that agrees with its manifest: every file it
/// lists there with its size, and as many attributions, nodes and edges as it
/// says. Fails with [`Error::Inconsistent`] otherwise.
pub fn load_checked(dir: &Path) -> Result<Output> {
    let manifest = manifest::check(dir)?;
    let (graph, attributions) = read(dir)?;
    check_graph_counts(dir, &manifest, &graph)?;
    manifest::check_count(
        dir,
        &manifest,
        ATTRIBUTIONS_FILE,
        "attributions",
        attributions.len(),
    )?;
    indexed(dir, graph, attributions)
}

/// Checks that `graph` (read from `dir`) has the nodes, edges and counts its
/// manifest says.
pub fn check_graph_counts(dir: &Path, manifest: &Manifest, graph: &NodeLinkGraph) -> Result<()> {
    manifest::check_count(dir, manifest, GRAPH_FILE, "nodes", graph.nodes.len())?;
    manifest::check_count(dir, manifest, GRAPH_FILE, "edges", graph.edges.len())?;
    if graph.graph.counts != manifest.counts {
        return Err(Error::Inconsistent {
            path: dir.to_path_buf(),
            message: format!(
                "the counts in {GRAPH_FILE} differ from those in {}",
                manifest::MANIFEST_FILE
            ),
        });
    }
    Ok(())
}

/// Reads `graph.json` and `attributions.jsonl` from an output folder written by
/// `attrgraph build`, and indexes them, without checking its manifest.
///
/// Errors name the file, and the line for `attributions.jsonl`; a missing folder
/// or file says to run `attrgraph build` first.
pub fn load(dir: &Path) -> Result<Output> {
    let (graph, attributions) = read(dir)?;
    indexed(dir, graph, attributions)
}

/// The graph completed from the records it names (see
/// [`complete`](crate::export::records::complete)), and indexed.
fn indexed(
    dir: &Path,
    mut graph: NodeLinkGraph,
    attributions: Vec<AttributionRecord>,
) -> Result<Output> {
    crate::export::records::complete(&mut graph, &attributions).map_err(|message| {
        Error::Parse {
            path: dir.join(GRAPH_FILE),
            line: None,
            message,
        }
    })?;
    Ok(Output::new(graph, attributions))
}

/// `graph.json` and `attributions.jsonl` as their lines hold them.
fn read(dir: &Path) -> Result<(NodeLinkGraph, Vec<AttributionRecord>)> {
    if !dir.is_dir() {
        return Err(Error::NoOutput {
            path: dir.to_path_buf(),
        });
    }
    let graph_path = dir.join(GRAPH_FILE);
    let bytes = fs::read(&graph_path).map_err(|source| read_error(&graph_path, source))?;
    let graph: NodeLinkGraph = serde_json::from_slice(&bytes).map_err(|err| Error::Parse {
        path: graph_path.clone(),
        line: Some(err.line()),
        message: json_message(&err),
    })?;
    if graph.graph.schema != SCHEMA {
        return Err(Error::Parse {
            path: graph_path,
            line: None,
            message: format!(
                "schema is {:?}, this attrgraph reads {SCHEMA:?}; rebuild with `attrgraph build`",
                graph.graph.schema
            ),
        });
    }
    drop(bytes);

    let records_path = dir.join(ATTRIBUTIONS_FILE);
    let file = fs::File::open(&records_path).map_err(|source| read_error(&records_path, source))?;
    let mut attributions = Vec::new();
    for (line_idx, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|source| Error::Read {
            path: records_path.clone(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let record: AttributionRecord =
            serde_json::from_str(&line).map_err(|err| Error::Parse {
                path: records_path.clone(),
                line: Some(line_idx + 1),
                message: json_message(&err),
            })?;
        attributions.push(record);
    }
    Ok((graph, attributions))
}

/// A missing file is a missing build; anything else is a read error.
fn read_error(path: &Path, source: io::Error) -> Error {
    if source.kind() == io::ErrorKind::NotFound {
        Error::NoOutput {
            path: path.to_path_buf(),
        }
    } else {
        Error::Read {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// serde_json's message without its "at line L column C" suffix, which the
/// error already carries, plus the column.
fn json_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&suffix) {
        Some(message) => format!("{message} (column {})", err.column()),
        None => text,
    }
}
