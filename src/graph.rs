//! The attribution graph over petgraph: documents, sources, claims and subjects as
//! nodes; who asserts or denies what, who relays whom, who belongs to whom, what a
//! claim is about and which claims contradict which as edges.
//!
//! Pure: built from an analysed [`Corpus`], in a fixed order, so the same input
//! always gives the same node and edge indexes.

use std::collections::HashMap;

use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{ClaimId, Corpus, SourceId, Stance, SubjectId};

/// A node of the attribution graph; the payload is an index into the corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    /// An article (index into `Corpus::articles`).
    Document(usize),
    /// A resolved source.
    Source(SourceId),
    /// A claim.
    Claim(ClaimId),
    /// A subject.
    Subject(SubjectId),
}

impl Node {
    /// The contract's name of the node kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Node::Document(_) => "document",
            Node::Source(_) => "source",
            Node::Claim(_) => "claim",
            Node::Subject(_) => "subject",
        }
    }
}

/// An edge of the attribution graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edge {
    /// Source → claim, one per attribution (index into `Corpus::attributions`).
    Asserts(usize),
    /// Source → claim, one per denying attribution.
    Denies(usize),
    /// Relay → source: the first passed on what the second said, in that attribution.
    Relays(usize),
    /// Member → body.
    MemberOf,
    /// Claim → subject.
    About,
    /// Claim → claim, with the reason.
    Contradicts(String),
    /// Document → its publisher source.
    Published,
}

impl Edge {
    /// The contract's name of the edge kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Edge::Asserts(_) => "asserts",
            Edge::Denies(_) => "denies",
            Edge::Relays(_) => "relays",
            Edge::MemberOf => "member_of",
            Edge::About => "about",
            Edge::Contradicts(_) => "contradicts",
            Edge::Published => "published",
        }
    }
}

/// The corpus and the graph over it.
#[derive(Debug)]
pub struct ClaimGraph {
    /// What the nodes and edges point into.
    pub corpus: Corpus,
    /// The graph.
    pub graph: DiGraph<Node, Edge>,
    /// Node of each document.
    pub document_nodes: Vec<NodeIndex>,
    /// Node of each source.
    pub source_nodes: Vec<NodeIndex>,
    /// Node of each claim.
    pub claim_nodes: Vec<NodeIndex>,
    /// Node of each subject.
    pub subject_nodes: Vec<NodeIndex>,
}

/// Builds the graph: nodes in corpus order (documents, sources, claims, subjects),
/// then edges in attribution order, then affiliation, subject and contradiction edges.
pub fn build(corpus: Corpus, aliases: &crate::resolve::AliasTable) -> ClaimGraph {
    let mut graph = DiGraph::with_capacity(n_nodes(&corpus), max_edges(&corpus));
    let document_nodes: Vec<_> = (0..corpus.articles.len())
        .map(|i| graph.add_node(Node::Document(i)))
        .collect();
    let source_nodes: Vec<_> = (0..corpus.sources.len())
        .map(|i| graph.add_node(Node::Source(SourceId(i as u32))))
        .collect();
    let claim_nodes: Vec<_> = (0..corpus.claims.len())
        .map(|i| graph.add_node(Node::Claim(ClaimId(i as u32))))
        .collect();
    let subject_nodes: Vec<_> = (0..corpus.subjects.len())
        .map(|i| graph.add_node(Node::Subject(SubjectId(i as u32))))
        .collect();

    let by_key: HashMap<&str, usize> = corpus
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.key.as_str(), i))
        .collect();
    for (doc, article) in corpus.articles.iter().enumerate() {
        let key = crate::resolve::publisher_key(article, aliases);
        if let Some(&i) = by_key.get(key.as_str()) {
            graph.add_edge(document_nodes[doc], source_nodes[i], Edge::Published);
        }
    }
    for (i, attribution) in corpus.attributions.iter().enumerate() {
        let from = source_nodes[attribution.source.0 as usize];
        let to = claim_nodes[attribution.claim.0 as usize];
        let edge = match attribution.raw.stance {
            Stance::Asserts => Edge::Asserts(i),
            Stance::Denies => Edge::Denies(i),
        };
        graph.add_edge(from, to, edge);
        // Relay chain: the outermost relay passed on what the next one said, down
        // to the source.
        let chain = attribution.via.iter().chain([&attribution.source]);
        for (relay, next) in chain.clone().zip(chain.skip(1)) {
            if relay != next {
                graph.add_edge(
                    source_nodes[relay.0 as usize],
                    source_nodes[next.0 as usize],
                    Edge::Relays(i),
                );
            }
        }
    }
    for (i, source) in corpus.sources.iter().enumerate() {
        for body in &source.affiliation {
            graph.add_edge(
                source_nodes[i],
                source_nodes[body.0 as usize],
                Edge::MemberOf,
            );
        }
    }
    for (i, claim) in corpus.claims.iter().enumerate() {
        for subject in &claim.subjects {
            graph.add_edge(
                claim_nodes[i],
                subject_nodes[subject.0 as usize],
                Edge::About,
            );
        }
    }
    for (i, claim) in corpus.claims.iter().enumerate() {
        for (other, reason) in &claim.analysis.contradicted_by {
            // One edge per pair: from the lower id to the higher.
            if (i as u32) < other.0 {
                graph.add_edge(
                    claim_nodes[i],
                    claim_nodes[other.0 as usize],
                    Edge::Contradicts(reason.clone()),
                );
            }
        }
    }
    ClaimGraph {
        corpus,
        graph,
        document_nodes,
        source_nodes,
        claim_nodes,
        subject_nodes,
    }
}

/// The number of nodes [`build`] makes.
fn n_nodes(corpus: &Corpus) -> usize {
    corpus.articles.len() + corpus.sources.len() + corpus.claims.len() + corpus.subjects.len()
}

/// At least the number of edges [`build`] makes, so that they are never moved.
fn max_edges(corpus: &Corpus) -> usize {
    let n_attribution_edges: usize = corpus.attributions.iter().map(|a| 1 + a.via.len()).sum();
    let n_member_edges: usize = corpus.sources.iter().map(|s| s.affiliation.len()).sum();
    let n_claim_edges: usize = corpus
        .claims
        .iter()
        .map(|c| c.subjects.len() + c.analysis.contradicted_by.len())
        .sum();
    corpus.articles.len() + n_attribution_edges + n_member_edges + n_claim_edges
}
