//! Answers questions over a built output folder: reads `graph.json` and
//! `attributions.jsonl` back (never rebuilds), indexes them once, and answers
//! which claims are corroborated, what contradicts what, what a source said,
//! and why a claim counts the sources it counts.
//!
//! Every answer is a serde type of [`answers`] (never a model struct or a petgraph
//! index), rendered as a table by [`table`] or as one JSON document by
//! [`to_json`]. Outputs can hold tens of thousands of documents, so every
//! question is linear or `n log n` in the size of the output; none looks at all
//! pairs. This module reads files but prints nothing: the CLI does.

pub mod answers;
mod claims;
mod explain;
mod fold;
mod source;
pub mod table;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::fs;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::export::json::{AttributionRecord, NodeLinkGraph, WireEdge, WireNode, SCHEMA};

pub use answers::*;
pub use claims::{claim, claims, contradictions};
pub use explain::explain;
pub use source::source;

/// Name of the graph file in an output folder.
pub const GRAPH_FILE: &str = "graph.json";
/// Name of the attribution file in an output folder.
pub const ATTRIBUTIONS_FILE: &str = "attributions.jsonl";

/// A built output folder, read back and indexed for questions.
#[derive(Debug)]
pub struct Output {
    graph: NodeLinkGraph,
    attributions: Vec<AttributionRecord>,
    index: Index,
}

/// Lookups built once when the output is read.
#[derive(Debug, Default)]
struct Index {
    /// Node position by node id.
    node_by_id: HashMap<String, usize>,
    /// Document node position by document path.
    document_by_path: HashMap<String, usize>,
    /// Edge positions by tail node id.
    edges_from: HashMap<String, Vec<usize>>,
    /// Edge positions by head node id.
    edges_to: HashMap<String, Vec<usize>>,
    /// Attribution positions by claim id, in file order.
    by_claim: HashMap<String, Vec<usize>>,
    /// Attribution positions by credited source id, in file order.
    by_source: HashMap<String, Vec<usize>>,
    /// Attribution positions by relaying source id, in file order.
    by_relay: HashMap<String, Vec<usize>>,
    /// Every claim id, sorted, for prefix lookup.
    claim_ids: Vec<String>,
    /// Length in bytes of the shortest unique prefix of each claim id.
    short_len: HashMap<String, usize>,
}

/// Reads `graph.json` and `attributions.jsonl` from an output folder written by
/// `attrgraph build`, and indexes them.
///
/// Errors name the file, and the line for `attributions.jsonl`; a missing folder
/// or file says to run `attrgraph build` first.
pub fn load(dir: &Path) -> Result<Output> {
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
    Ok(Output::new(graph, attributions))
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

impl Output {
    /// Indexes a graph and its attribution records (as [`load`] does after reading).
    pub fn new(graph: NodeLinkGraph, attributions: Vec<AttributionRecord>) -> Output {
        let mut index = Index::default();
        for (node_idx, node) in graph.nodes.iter().enumerate() {
            index.node_by_id.insert(node.id().to_string(), node_idx);
            match node {
                WireNode::Document { path, .. } => {
                    index.document_by_path.insert(path.clone(), node_idx);
                }
                WireNode::Claim { id, .. } => index.claim_ids.push(id.clone()),
                _ => {}
            }
        }
        for (edge_idx, edge) in graph.edges.iter().enumerate() {
            index
                .edges_from
                .entry(edge.source.clone())
                .or_default()
                .push(edge_idx);
            index
                .edges_to
                .entry(edge.target.clone())
                .or_default()
                .push(edge_idx);
        }
        for (record_idx, record) in attributions.iter().enumerate() {
            index
                .by_claim
                .entry(record.claim.clone())
                .or_default()
                .push(record_idx);
            if let Some(source) = &record.source {
                index
                    .by_source
                    .entry(source.id.clone())
                    .or_default()
                    .push(record_idx);
            }
            for relay in &record.via {
                let relayed = index.by_relay.entry(relay.id.clone()).or_default();
                // A relay named twice in one chain relays the attribution once.
                if relayed.last() != Some(&record_idx) {
                    relayed.push(record_idx);
                }
            }
        }
        index.claim_ids.sort();
        index.claim_ids.dedup();
        index.short_len = short_prefixes(&index.claim_ids);
        Output {
            graph,
            attributions,
            index,
        }
    }

    /// The graph as read.
    pub fn graph(&self) -> &NodeLinkGraph {
        &self.graph
    }

    /// The attribution records as read, in file order.
    pub fn attributions(&self) -> &[AttributionRecord] {
        &self.attributions
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&WireNode> {
        self.index
            .node_by_id
            .get(id)
            .map(|&node_idx| &self.graph.nodes[node_idx])
    }

    /// The display name of a node: a source's or subject's name, a claim's text, a
    /// document's path; the id itself when the node is unknown.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        match self.node(id) {
            Some(WireNode::Source { name, .. } | WireNode::Subject { name, .. }) => name,
            Some(WireNode::Claim { text, .. }) => text,
            Some(WireNode::Document { path, .. }) => path,
            None => id,
        }
    }

    /// The claim id as short as it can be while staying a unique prefix (at least
    /// eight characters after `claim:`), for tables.
    pub fn short_claim_id<'a>(&self, id: &'a str) -> &'a str {
        match self.index.short_len.get(id) {
            Some(&len) if len < id.len() => &id[..len],
            _ => id,
        }
    }

    /// Finds a claim by its full id (`claim:…`) or a prefix of it, with or
    /// without the `claim:` part.
    pub fn find_claim(&self, query: &str) -> ClaimLookup {
        let query = query.trim();
        let key = if query.starts_with("claim:") {
            query.to_string()
        } else {
            format!("claim:{query}")
        };
        if self.index.short_len.contains_key(&key) {
            return ClaimLookup::Found(key);
        }
        if query.is_empty() {
            return ClaimLookup::Missing;
        }
        let ids = &self.index.claim_ids;
        let first = ids.partition_point(|id| id.as_str() < key.as_str());
        let matching: Vec<&String> = ids[first..]
            .iter()
            .take_while(|id| id.starts_with(&key))
            .take(MAX_AMBIGUOUS + 1)
            .collect();
        match matching.as_slice() {
            [] => ClaimLookup::Missing,
            [only] => ClaimLookup::Found((*only).clone()),
            _ => ClaimLookup::Ambiguous {
                more: matching.len() > MAX_AMBIGUOUS,
                first: matching.into_iter().take(MAX_AMBIGUOUS).cloned().collect(),
            },
        }
    }

    fn edges_from(&self, id: &str) -> impl Iterator<Item = &WireEdge> {
        self.index
            .edges_from
            .get(id)
            .into_iter()
            .flatten()
            .map(|&edge_idx| &self.graph.edges[edge_idx])
    }

    fn edges_to(&self, id: &str) -> impl Iterator<Item = &WireEdge> {
        self.index
            .edges_to
            .get(id)
            .into_iter()
            .flatten()
            .map(|&edge_idx| &self.graph.edges[edge_idx])
    }

    fn records<'a>(
        &'a self,
        positions: Option<&'a Vec<usize>>,
    ) -> impl Iterator<Item = &'a AttributionRecord> + 'a {
        positions
            .into_iter()
            .flatten()
            .map(|&record_idx| &self.attributions[record_idx])
    }

    /// The claim node with this exact id, as a view of its fields.
    fn claim_view(&self, id: &str) -> Option<ClaimView<'_>> {
        match self.node(id)? {
            WireNode::Claim {
                id,
                text,
                subjects,
                sources,
                deniers,
                independent_sources,
                origins,
                chokepoints,
                circular,
                contradicted_by,
                contradictions,
                documents,
                attributions,
                credibility,
            } => Some(ClaimView {
                id,
                text,
                subjects,
                sources,
                deniers,
                independent_sources: *independent_sources,
                origins,
                chokepoints,
                circular: *circular,
                contradicted_by,
                contradictions,
                documents,
                attributions: *attributions,
                credibility,
            }),
            _ => None,
        }
    }

    /// A named reference to a node.
    fn named(&self, id: &str) -> NamedRef {
        NamedRef {
            id: id.to_string(),
            name: self.name_of(id).to_string(),
        }
    }

    /// The publisher of a document, by its path.
    fn publisher_of(&self, path: &str) -> Option<String> {
        let node_idx = self.index.document_by_path.get(path)?;
        match &self.graph.nodes[*node_idx] {
            WireNode::Document { publisher, .. } => publisher.clone(),
            _ => None,
        }
    }
}

/// How many candidates an ambiguous claim prefix lists.
const MAX_AMBIGUOUS: usize = 5;

/// Shortest unique prefix length of each id of a sorted, deduplicated list, at
/// least `claim:` and eight more characters.
fn short_prefixes(sorted_ids: &[String]) -> HashMap<String, usize> {
    fn common(a: &str, b: &str) -> usize {
        a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
    }
    let min_len = "claim:".len() + 8;
    let mut lengths = HashMap::with_capacity(sorted_ids.len());
    for (pos, id) in sorted_ids.iter().enumerate() {
        let before = pos
            .checked_sub(1)
            .map_or(0, |prev| common(&sorted_ids[prev], id));
        let after = sorted_ids.get(pos + 1).map_or(0, |next| common(next, id));
        let mut len = (before.max(after) + 1).max(min_len).min(id.len());
        while !id.is_char_boundary(len) {
            len += 1;
        }
        lengths.insert(id.clone(), len);
    }
    lengths
}

/// A borrowed view of the fields of a claim node.
struct ClaimView<'a> {
    id: &'a str,
    text: &'a str,
    subjects: &'a [String],
    sources: &'a [String],
    deniers: &'a [String],
    independent_sources: usize,
    origins: &'a [String],
    chokepoints: &'a [String],
    circular: bool,
    contradicted_by: &'a [String],
    contradictions: &'a [crate::export::json::WireContradiction],
    documents: &'a [String],
    attributions: usize,
    credibility: &'a crate::export::json::WireCredibility,
}

/// The result of looking a claim up by id or prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClaimLookup {
    /// Exactly one claim: its full id.
    Found(String),
    /// Several claims start with the prefix.
    Ambiguous {
        /// The first few of their ids, sorted.
        first: Vec<String>,
        /// True when more claims match than `first` lists.
        more: bool,
    },
    /// No claim has this id or prefix.
    Missing,
}

/// A question `attrgraph query` can answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// Claims with at least this many independent sources.
    Claims {
        /// The least number of independent sources.
        min_sources: usize,
    },
    /// Every contradiction and denial.
    Contradictions,
    /// What a source said and relayed.
    Source {
        /// Name or alias, matched loosely.
        name: String,
    },
    /// Every attribution of one claim.
    Claim {
        /// Full id or unique prefix.
        id: String,
    },
    /// Why a claim counts its sources, and what contradicts it.
    Explain {
        /// Full id or unique prefix.
        id: String,
    },
}

impl Question {
    /// The question as it would be typed after `attrgraph query`, echoed in JSON.
    pub fn describe(&self) -> String {
        match self {
            Question::Claims { min_sources } => format!("claims --min-sources {min_sources}"),
            Question::Contradictions => "contradictions".to_string(),
            Question::Source { name } => format!("source {name}"),
            Question::Claim { id } => format!("claim {id}"),
            Question::Explain { id } => format!("explain {id}"),
        }
    }
}

/// The answer to a [`Question`].
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Answer to [`Question::Claims`].
    Claims(Vec<ClaimRow>),
    /// Answer to [`Question::Contradictions`].
    Contradictions(Vec<ContradictionRow>),
    /// Answer to [`Question::Source`].
    Sources(Vec<SourceAnswer>),
    /// Answer to [`Question::Claim`].
    Claim(Option<ClaimAnswer>),
    /// Answer to [`Question::Explain`].
    Explain(Option<Explanation>),
}

impl Answer {
    /// True when nothing matched (the CLI exits 1).
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Claims(rows) => rows.is_empty(),
            Answer::Contradictions(rows) => rows.is_empty(),
            Answer::Sources(found) => found.is_empty(),
            Answer::Claim(found) => found.is_none(),
            Answer::Explain(found) => found.is_none(),
        }
    }
}

/// Answers a question.
pub fn ask(output: &Output, question: &Question) -> Answer {
    match question {
        Question::Claims { min_sources } => Answer::Claims(claims(output, *min_sources)),
        Question::Contradictions => Answer::Contradictions(contradictions(output)),
        Question::Source { name } => Answer::Sources(source(output, name)),
        Question::Claim { id } => Answer::Claim(claim(output, id)),
        Question::Explain { id } => Answer::Explain(explain(output, id)),
    }
}

/// The JSON document `--json` prints: `{"version", "query", "results"}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response<T> {
    /// Schema of the answer, [`SCHEMA`].
    pub version: String,
    /// The question, as typed after `attrgraph query`.
    pub query: String,
    /// The answers, in a deterministic order; one element for `claim` and
    /// `explain`, none when nothing matched.
    pub results: Vec<T>,
}

/// Renders an answer as one pretty-printed JSON document, ending in a newline.
pub fn to_json(question: &Question, answer: &Answer) -> String {
    fn render<T: Serialize>(question: &Question, results: Vec<T>) -> String {
        let response = Response {
            version: SCHEMA.to_string(),
            query: question.describe(),
            results,
        };
        let mut text = serde_json::to_string_pretty(&response).expect("answers serialize");
        text.push('\n');
        text
    }
    match answer {
        Answer::Claims(rows) => render(question, rows.iter().collect()),
        Answer::Contradictions(rows) => render(question, rows.iter().collect()),
        Answer::Sources(found) => render(question, found.iter().collect()),
        Answer::Claim(found) => render(question, found.iter().collect()),
        Answer::Explain(found) => render(question, found.iter().collect()),
    }
}
