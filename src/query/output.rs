//! A built output folder in memory: the graph and attribution records as read,
//! and the lookups built once over them (nodes by id, edges by end, records by
//! claim, source and relay) that keep every question linear, and claims found
//! by their short ids (the prefixes of `claim_ids.rs`). No file access, no
//! questions answered here.

use std::collections::HashMap;

use super::answers::NamedRef;
use super::claim_ids::{short_prefixes, ClaimLookup, MAX_AMBIGUOUS};
use crate::export::json::{AttributionRecord, NodeLinkGraph, WireCredibility, WireEdge, WireNode};

/// A built output folder, read back and indexed for questions.
#[derive(Debug)]
pub struct Output {
    pub(super) graph: NodeLinkGraph,
    pub(super) attributions: Vec<AttributionRecord>,
    pub(super) index: Index,
}

/// Lookups built once when the output is read.
#[derive(Debug, Default)]
pub(super) struct Index {
    /// Node position by node id.
    pub(super) node_by_id: HashMap<String, usize>,
    /// Document node position by document path.
    pub(super) document_by_path: HashMap<String, usize>,
    /// Edge positions by tail node id.
    pub(super) edges_from: HashMap<String, Vec<usize>>,
    /// Edge positions by head node id.
    pub(super) edges_to: HashMap<String, Vec<usize>>,
    /// Attribution positions by claim id, in file order.
    pub(super) by_claim: HashMap<String, Vec<usize>>,
    /// Attribution positions by credited source id, in file order.
    pub(super) by_source: HashMap<String, Vec<usize>>,
    /// Attribution positions by relaying source id, in file order.
    pub(super) by_relay: HashMap<String, Vec<usize>>,
    /// Every claim id, sorted, for prefix lookup.
    pub(super) claim_ids: Vec<String>,
    /// Length in bytes of the shortest unique prefix of each claim id.
    pub(super) short_len: HashMap<String, usize>,
}

impl Output {
    /// Indexes a graph and its attribution records (as [`load`](super::load) does after reading).
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

    /// The same output with the short claim ids of a larger set it was cut
    /// from (the store's), so tables show the ids the whole set would.
    pub(super) fn with_short_lengths(mut self, short_len: HashMap<String, usize>) -> Output {
        self.index.short_len = short_len;
        self
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

    pub(super) fn edges_from(&self, id: &str) -> impl Iterator<Item = &WireEdge> {
        self.index
            .edges_from
            .get(id)
            .into_iter()
            .flatten()
            .map(|&edge_idx| &self.graph.edges[edge_idx])
    }

    pub(super) fn edges_to(&self, id: &str) -> impl Iterator<Item = &WireEdge> {
        self.index
            .edges_to
            .get(id)
            .into_iter()
            .flatten()
            .map(|&edge_idx| &self.graph.edges[edge_idx])
    }

    pub(super) fn records<'a>(
        &'a self,
        positions: Option<&'a Vec<usize>>,
    ) -> impl Iterator<Item = &'a AttributionRecord> + 'a {
        positions
            .into_iter()
            .flatten()
            .map(|&record_idx| &self.attributions[record_idx])
    }

    /// The claim node with this exact id, as a view of its fields.
    pub(super) fn claim_view(&self, id: &str) -> Option<ClaimView<'_>> {
        match self.node(id)? {
            WireNode::Claim {
                id,
                attribution: _,
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
                joins,
                documents,
                attributions,
                credibility,
                story,
            } => Some(ClaimView {
                joins,
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
                credibility: WireCredibility {
                    score: credibility.score,
                    label: credibility.label().to_string(),
                    reason: credibility.reason(*independent_sources),
                },
                story: *story,
            }),
            _ => None,
        }
    }

    /// A named reference to a node.
    pub(super) fn named(&self, id: &str) -> NamedRef {
        NamedRef {
            id: id.to_string(),
            name: self.name_of(id).to_string(),
        }
    }

    /// The publisher of a document, by its path.
    pub(super) fn publisher_of(&self, path: &str) -> Option<String> {
        let node_idx = self.index.document_by_path.get(path)?;
        match &self.graph.nodes[*node_idx] {
            WireNode::Document { publisher, .. } => publisher.clone(),
            _ => None,
        }
    }
}

/// A borrowed view of the fields of a claim node.
pub(super) struct ClaimView<'a> {
    pub(super) id: &'a str,
    pub(super) text: &'a str,
    pub(super) subjects: &'a [String],
    pub(super) sources: &'a [String],
    pub(super) deniers: &'a [String],
    pub(super) independent_sources: usize,
    pub(super) origins: &'a [String],
    pub(super) chokepoints: &'a [String],
    pub(super) circular: bool,
    pub(super) contradicted_by: &'a [String],
    pub(super) contradictions: &'a [crate::export::json::WireContradiction],
    /// The pairs of its attributions whose joining made it one claim.
    pub(super) joins: &'a [crate::export::json::WireJoin],
    pub(super) documents: &'a [String],
    pub(super) attributions: usize,
    /// Score, label and reason in words (`graph.json` holds a code).
    pub(super) credibility: WireCredibility,
    pub(super) story: Option<u32>,
}

impl Output {
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
}
