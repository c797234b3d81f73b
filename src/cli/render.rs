//! `attrgraph render`: reads `graph.json` from a built output folder (refused
//! when it disagrees with the folder's `manifest.json`), and for a drawing the
//! evidence of its asserts and denies edges from `attributions.jsonl`;
//! optionally cuts out one claim's neighbourhood, and writes it as DOT, SVG or
//! GEXF to stdout or a file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::bail;
use attrgraph::error::Error;
use attrgraph::export::json::{AttributionRecord, NodeLinkGraph, WireNode};
use attrgraph::export::{self, DotOptions};

use super::Outcome;

/// Arguments of `attrgraph render`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The output folder of `attrgraph build` holding graph.json, read (`--out`
    /// is its older name and still works).
    #[arg(long = "from", visible_alias = "out", value_name = "DIR",
          default_value_os_t = super::default_out())]
    from: PathBuf,
    /// Draw only this claim's neighbourhood: its sources, their relays and bodies,
    /// the documents, contradicting claims and subjects. A full claim id
    /// (`claim:…`) or a unique prefix of one, with or without `claim:`.
    #[arg(long, value_name = "ID")]
    claim: Option<String>,
    /// What to write.
    #[arg(long, value_enum, default_value_t = Format::Svg)]
    format: Format,
    /// Write here instead of to stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Output format of `attrgraph render`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// SVG, drawn by Graphviz `dot` or, for small graphs, the built-in layout.
    Svg,
    /// Graphviz DOT text.
    Dot,
    /// GEXF 1.2 for Gephi: every node and edge of the graph (or of the
    /// claim's neighbourhood), with flat attributes; nothing left out.
    Gexf,
}

/// Runs `attrgraph render`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let manifest = export::manifest::check(&args.from)?;
    let path = args.from.join(export::GRAPH_FILE);
    let mut graph = read_graph(&path)?;
    attrgraph::query::check_graph_counts(&args.from, &manifest, &graph)?;
    let records = read_records(&args.from.join(export::ATTRIBUTIONS_FILE))?;
    export::records::complete(&mut graph, &records).map_err(|message| Error::Parse {
        path: path.clone(),
        line: None,
        message,
    })?;
    let mut drawn = match &args.claim {
        Some(wanted) => {
            let id = find_claim(&graph, wanted)
                .map_err(|err| anyhow::anyhow!("{err} in {}", path.display()))?;
            export::neighbourhood(&graph, &id).expect("found claims have a neighbourhood")
        }
        None => graph,
    };
    if args.format != Format::Gexf {
        export::records::fill_evidence(&mut drawn, &records);
    }
    let dot = || export::to_dot(&drawn, &DotOptions::for_graph(&drawn));
    let text = match args.format {
        Format::Gexf => {
            let mut bytes = Vec::new();
            export::gexf::write_gexf(&drawn, &mut bytes)?;
            String::from_utf8(bytes)?
        }
        Format::Dot => dot(),
        Format::Svg => {
            let outcome = export::render_svg(&dot(), &drawn, super::drawer())?;
            if let Some(note) = outcome.note() {
                eprintln!("attrgraph: warning: {note}");
            }
            outcome.svg().to_string()
        }
    };
    match &args.output {
        Some(file) => export::write_atomic(file, &mut |out| out.write_all(text.as_bytes()))?,
        None => super::print_stdout(&text)?,
    }
    Ok(Outcome::Success)
}

fn read_graph(path: &Path) -> anyhow::Result<NodeLinkGraph> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == io::ErrorKind::NotFound => bail!(
            "{} not found; run `attrgraph build` first or point --from at its output folder",
            path.display()
        ),
        Err(source) => {
            return Err(Error::Read {
                path: path.to_path_buf(),
                source,
            }
            .into())
        }
    };
    let graph = serde_json::from_str(&text).map_err(|err| Error::Parse {
        path: path.to_path_buf(),
        line: Some(err.line()),
        message: err.to_string(),
    })?;
    Ok(graph)
}

/// The records of `attributions.jsonl`, whose cue and content the evidence
/// tooltips of asserts and denies edges show (`graph.json` names the record).
fn read_records(path: &Path) -> anyhow::Result<Vec<AttributionRecord>> {
    let file = fs::File::open(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut records = Vec::new();
    for (at, line) in io::BufRead::lines(io::BufReader::new(file)).enumerate() {
        let line = line.map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let record = serde_json::from_str(&line).map_err(|err| Error::Parse {
            path: path.to_path_buf(),
            line: Some(at + 1),
            message: err.to_string(),
        })?;
        records.push(record);
    }
    Ok(records)
}

/// The id of the one claim `wanted` names: the full id, or a unique prefix of
/// one with or without the `claim:` part.
fn find_claim(graph: &NodeLinkGraph, wanted: &str) -> anyhow::Result<String> {
    let claims = || {
        graph.nodes.iter().filter_map(|node| match node {
            WireNode::Claim { id, .. } => Some(id.as_str()),
            _ => None,
        })
    };
    let prefix = if wanted.starts_with("claim:") {
        wanted.to_string()
    } else {
        format!("claim:{wanted}")
    };
    if let Some(id) = claims().find(|id| *id == prefix) {
        return Ok(id.to_string());
    }
    let found: Vec<&str> = claims().filter(|id| id.starts_with(&prefix)).collect();
    match found.as_slice() {
        [id] => Ok(id.to_string()),
        [] => bail!("no claim `{wanted}`"),
        [first, second, rest @ ..] => {
            let more = if rest.is_empty() {
                String::new()
            } else {
                format!(" and {} more", rest.len())
            };
            bail!("claim `{wanted}` is ambiguous: it matches {first}, {second}{more}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use attrgraph::export::json::GraphMeta;

    fn claim(id: &str) -> WireNode {
        WireNode::Claim {
            id: id.to_string(),
            attribution: None,
            text: String::new(),
            subjects: Vec::new(),
            sources: Vec::new(),
            deniers: Vec::new(),
            independent_sources: 0,
            origins: Vec::new(),
            chokepoints: Vec::new(),
            circular: false,
            contradicted_by: Vec::new(),
            contradictions: Vec::new(),
            joins: Vec::new(),
            documents: Vec::new(),
            attributions: 0,
            credibility: attrgraph::export::credibility::encode(
                6,
                "no source asserts it; it is only denied",
                0,
            ),
            story: None,
        }
    }

    fn graph(ids: &[&str]) -> NodeLinkGraph {
        NodeLinkGraph {
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                schema: String::new(),
                generator: String::new(),
                version: String::new(),
                counts: Default::default(),
            },
            nodes: ids.iter().map(|id| claim(id)).collect(),
            edges: Vec::new(),
        }
    }

    /// One lookup: what is asked, and the id found or the start of the error.
    fn check(wanted: &str, expect: Result<&str, &str>) {
        let graph = graph(&[
            "claim:troops-moved",
            "claim:troops-left",
            "claim:no",
            "claim:no-troops",
        ]);
        match (find_claim(&graph, wanted), expect) {
            (Ok(id), Ok(expect)) => assert_eq!(id, expect, "{wanted}"),
            (Err(err), Err(expect)) => {
                assert!(err.to_string().starts_with(expect), "{wanted}: {err}")
            }
            (got, expect) => panic!("{wanted}: got {got:?}, expected {expect:?}"),
        }
    }

    #[test]
    fn claim_lookup() {
        for (wanted, expect) in [
            ("claim:troops-moved", Ok("claim:troops-moved")),
            ("troops-m", Ok("claim:troops-moved")),
            ("claim:troops-l", Ok("claim:troops-left")),
            ("no", Ok("claim:no")),
            ("claim:no", Ok("claim:no")),
            ("no-", Ok("claim:no-troops")),
            (
                "troops",
                Err(
                    "claim `troops` is ambiguous: it matches claim:troops-moved, claim:troops-left",
                ),
            ),
            ("nothing", Err("no claim `nothing`")),
            ("src:x", Err("no claim `src:x`")),
        ] {
            check(wanted, expect);
        }
    }
}
