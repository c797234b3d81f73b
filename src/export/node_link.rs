//! The graph in networkx node-link form (`graph.json` of the output contract),
//! one node or edge at a time: [`WireTables`] holds what every node and edge
//! needs, so that `graph.json` can be streamed ([`super::graph_json`]) and a part
//! of the graph drawn ([`super::cut`]) without building the whole node-link graph.
//!
//! Pure: no I/O. The tables are built in time linear in the graph; ids are the
//! stable keys of the model, never petgraph indexes.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::{EdgeIndex, NodeIndex};

use crate::graph::{ClaimGraph, Edge, Node};
use crate::model::{ClaimId, JoinedBy, SourceId, Stance};

use super::credibility;
use super::json::{
    GraphMeta, NodeLinkGraph, WireContradiction, WireCredibilityCode, WireEdge, WireEdgeData,
    WireEvidence, WireJoin, WireNode, SCHEMA,
};
use super::keys::{edge_keys, source_groups};
use super::records::{document_id, CharIndex, Spans};

/// Node kinds, in the order nodes are written.
const NODE_KINDS: [&str; 4] = ["document", "source", "claim", "subject"];

/// Edge kinds of the contract.
const EDGE_KINDS: [&str; 7] = [
    "asserts",
    "denies",
    "relays",
    "member_of",
    "about",
    "contradicts",
    "published",
];

/// The whole graph in node-link form: nodes in graph order (documents, sources,
/// claims, subjects), edges in petgraph edge order, each edge keyed by the number
/// of earlier edges between the same two nodes. `graph.json` is streamed instead
/// (see [`super::graph_json::write_node_link`]); this is for small graphs and tests.
pub fn node_link(graph: &ClaimGraph) -> NodeLinkGraph {
    WireTables::new(graph).whole()
}

/// The contract's name of a node's kind.
pub fn node_kind(node: &WireNode) -> &'static str {
    match node {
        WireNode::Document { .. } => "document",
        WireNode::Source { .. } => "source",
        WireNode::Claim { .. } => "claim",
        WireNode::Subject { .. } => "subject",
    }
}

/// The contract's name of an edge's kind.
pub fn edge_kind(data: &WireEdgeData) -> &'static str {
    match data {
        WireEdgeData::Asserts(_) => "asserts",
        WireEdgeData::Denies(_) => "denies",
        WireEdgeData::Relays { .. } => "relays",
        WireEdgeData::MemberOf {} => "member_of",
        WireEdgeData::About {} => "about",
        WireEdgeData::Contradicts { .. } => "contradicts",
        WireEdgeData::Published {} => "published",
    }
}

/// The graph attributes of a node-link graph with nodes and edges of these kinds.
pub fn graph_meta<'k>(
    node_kinds: impl Iterator<Item = &'k str>,
    edge_kinds: impl Iterator<Item = &'k str>,
) -> GraphMeta {
    GraphMeta {
        schema: SCHEMA.to_string(),
        generator: env!("CARGO_PKG_NAME").to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        counts: counts(node_kinds, edge_kinds),
    }
}

/// Node and edge counts, in total and by kind (every kind present, zero or not),
/// plus `documents` (document nodes) and `attributions` (asserts and denies
/// edges), from the kind of every node and edge.
pub fn counts<'k>(
    node_kinds: impl Iterator<Item = &'k str>,
    edge_kinds: impl Iterator<Item = &'k str>,
) -> BTreeMap<String, usize> {
    let mut by_node_kind = [0usize; NODE_KINDS.len()];
    let mut n_nodes = 0;
    for kind in node_kinds {
        n_nodes += 1;
        if let Some(at) = NODE_KINDS.iter().position(|k| *k == kind) {
            by_node_kind[at] += 1;
        }
    }
    let mut by_edge_kind = [0usize; EDGE_KINDS.len()];
    let mut n_edges = 0;
    for kind in edge_kinds {
        n_edges += 1;
        if let Some(at) = EDGE_KINDS.iter().position(|k| *k == kind) {
            by_edge_kind[at] += 1;
        }
    }
    let mut counts = BTreeMap::new();
    counts.insert("nodes".to_string(), n_nodes);
    counts.insert("edges".to_string(), n_edges);
    for (kind, n) in NODE_KINDS.iter().zip(by_node_kind) {
        counts.insert(format!("{kind}_nodes"), n);
    }
    for (kind, n) in EDGE_KINDS.iter().zip(by_edge_kind) {
        counts.insert(format!("{kind}_edges"), n);
    }
    counts.insert("documents".to_string(), by_node_kind[0]);
    counts.insert(
        "attributions".to_string(),
        by_edge_kind[0] + by_edge_kind[1],
    );
    counts
}

/// What every node and edge of one graph needs in its wire form, computed once.
pub struct WireTables<'a> {
    /// The graph written.
    pub graph: &'a ClaimGraph,
    /// Node id of every document.
    document_ids: Vec<String>,
    /// The group of every source (see [`source_groups`]).
    groups: Vec<SourceId>,
    /// Key of every edge among the edges joining the same two nodes.
    edge_keys: Vec<u32>,
    /// The credibility of every claim, by claim id.
    credibility: Vec<WireCredibilityCode<&'a str>>,
}

impl<'a> WireTables<'a> {
    /// The tables of `graph`.
    pub fn new(graph: &'a ClaimGraph) -> Self {
        WireTables {
            graph,
            document_ids: graph.corpus.articles.iter().map(document_id).collect(),
            groups: source_groups(&graph.corpus),
            edge_keys: edge_keys(graph),
            credibility: credibility::of_claims(&graph.corpus),
        }
    }

    /// The credibility of claim `id` in wire form.
    pub fn credibility(&self, id: ClaimId) -> &WireCredibilityCode<&'a str> {
        &self.credibility[id.0 as usize]
    }

    /// The graph attributes of the whole graph.
    pub fn meta(&self) -> GraphMeta {
        let graph = &self.graph.graph;
        graph_meta(
            graph.node_weights().map(Node::kind),
            graph.edge_weights().map(Edge::kind),
        )
    }

    /// The whole graph in node-link form (see [`node_link`]).
    pub fn whole(&self) -> NodeLinkGraph {
        let nodes: Vec<usize> = (0..self.graph.graph.node_count()).collect();
        let edges: Vec<usize> = (0..self.graph.graph.edge_count()).collect();
        self.part(&nodes, &edges)
    }

    /// The nodes at `nodes` and the edges at `edges` (petgraph indexes, in the
    /// order given) as a node-link graph, with their counts.
    pub fn part(&self, nodes: &[usize], edges: &[usize]) -> NodeLinkGraph {
        let nodes: Vec<WireNode> = nodes
            .iter()
            .map(|&i| self.node(NodeIndex::new(i)))
            .collect();
        let edges: Vec<WireEdge> = edges
            .iter()
            .map(|&i| self.drawn_edge(EdgeIndex::new(i)))
            .collect();
        NodeLinkGraph {
            directed: true,
            multigraph: true,
            graph: graph_meta(
                nodes.iter().map(node_kind),
                edges.iter().map(|edge| edge_kind(&edge.data)),
            ),
            nodes,
            edges,
        }
    }

    /// The node id of a node.
    pub fn node_id(&self, index: NodeIndex) -> &str {
        let corpus = &self.graph.corpus;
        match self.graph.graph[index] {
            Node::Document(doc) => &self.document_ids[doc],
            Node::Source(id) => &corpus.source(id).key,
            Node::Claim(id) => &corpus.claim(id).key,
            Node::Subject(id) => &corpus.subjects[id.0 as usize].key,
        }
    }

    /// A node in wire form, its text owned (`String`) or borrowed from the
    /// graph and the tables (`&str`).
    pub fn node<'t, S: From<&'t str>>(&'t self, index: NodeIndex) -> WireNode<S> {
        let corpus = &self.graph.corpus;
        let text = |text: &'t String| S::from(text.as_str());
        match self.graph.graph[index] {
            Node::Document(doc) => {
                let article = &corpus.articles[doc];
                let meta = &article.meta;
                WireNode::Document {
                    id: text(&self.document_ids[doc]),
                    path: text(&article.path),
                    publisher: meta.publisher.as_ref().map(text),
                    date: meta.date.as_ref().map(text),
                    title: meta.title.as_ref().map(text),
                    url: meta.url.as_ref().map(text),
                    story: corpus.stories.get(doc).copied(),
                }
            }
            Node::Source(id) => {
                let entity = corpus.source(id);
                WireNode::Source {
                    id: text(&entity.key),
                    name: text(&entity.name),
                    source_type: S::from(entity.kind.as_str()),
                    aliases: entity.aliases.iter().map(text).collect(),
                    affiliation: entity
                        .affiliation
                        .iter()
                        .map(|body| text(&corpus.source(*body).name))
                        .collect(),
                    group: text(&corpus.source(self.groups[id.0 as usize]).key),
                }
            }
            Node::Claim(id) => self.claim_node(id, false),
            Node::Subject(id) => {
                let subject = &corpus.subjects[id.0 as usize];
                WireNode::Subject {
                    id: text(&subject.key),
                    name: text(&subject.name),
                }
            }
        }
    }

    /// A node as `graph.json` holds it: a claim of one attribution names its
    /// record and leaves out what the record and the `about` edges hold (see
    /// [`WireNode::Claim`]); other nodes as [`Self::node`] gives them.
    pub fn written_node<'t, S: From<&'t str>>(&'t self, index: NodeIndex) -> WireNode<S> {
        match self.graph.graph[index] {
            Node::Claim(id) => self.claim_node(id, true),
            _ => self.node(index),
        }
    }

    /// The graph as `graph.json` holds it (see [`Self::written_node`]).
    pub fn written(&self) -> NodeLinkGraph {
        let graph = &self.graph.graph;
        NodeLinkGraph {
            directed: true,
            multigraph: true,
            graph: self.meta(),
            nodes: (0..graph.node_count())
                .map(|i| self.written_node(NodeIndex::new(i)))
                .collect(),
            edges: (0..graph.edge_count())
                .map(|i| self.edge(EdgeIndex::new(i)))
                .collect(),
        }
    }

    /// A claim in wire form, whole or (`written`) as `graph.json` holds it.
    fn claim_node<'t, S: From<&'t str>>(&'t self, id: ClaimId, written: bool) -> WireNode<S> {
        let corpus = &self.graph.corpus;
        let claim = corpus.claim(id);
        let analysis = &claim.analysis;
        // Left out only what reading puts back as it was: the wording of a
        // claim of one attribution is its content's spans joined by a space
        // (how analysis words it), its source, document and subjects are the
        // record's and the `about` edges'; origins are left out when they are
        // the sources, so a claim with sources and no origins is written whole.
        let shortened = written
            && claim.members.len() == 1
            && (analysis.sources.is_empty() || !analysis.origins.is_empty());
        let origins_shown = !shortened || analysis.origins != analysis.sources;
        let source_key = |id: &SourceId| S::from(corpus.source(*id).key.as_str());
        let claim_key = |id: &ClaimId| S::from(corpus.claim(*id).key.as_str());
        let mut deniers = BTreeSet::new();
        let mut documents = BTreeSet::new();
        for &member in &claim.members {
            let attribution = &corpus.attributions[member];
            documents.insert(attribution.doc);
            if attribution.raw.stance == Stance::Denies {
                deniers.insert(attribution.source);
            }
        }
        let known = &self.credibility[id.0 as usize];
        let credibility = WireCredibilityCode {
            score: known.score,
            code: S::from(known.code),
            against: known.against,
            reason: known.reason.map(S::from),
        };
        WireNode::Claim {
            id: S::from(claim.key.as_str()),
            attribution: match claim.members[..] {
                [member] => Some(S::from(corpus.attributions[member].id.as_str())),
                _ => None,
            },
            text: S::from(if shortened { "" } else { claim.text.as_str() }),
            subjects: claim
                .subjects
                .iter()
                .filter(|_| !shortened)
                .map(|s| S::from(corpus.subjects[s.0 as usize].key.as_str()))
                .collect(),
            sources: analysis
                .sources
                .iter()
                .filter(|_| !shortened)
                .map(source_key)
                .collect(),
            deniers: deniers
                .iter()
                .filter(|_| !shortened)
                .map(source_key)
                .collect(),
            independent_sources: analysis.independent_sources,
            origins: analysis
                .origins
                .iter()
                .filter(|_| origins_shown)
                .map(source_key)
                .collect(),
            chokepoints: analysis.chokepoints.iter().map(source_key).collect(),
            circular: analysis.circular,
            contradicted_by: analysis
                .contradicted_by
                .iter()
                .map(|(other, _)| claim_key(other))
                .collect(),
            contradictions: analysis
                .contradicted_by
                .iter()
                .map(|(other, reason)| WireContradiction {
                    claim: claim_key(other),
                    reason: S::from(reason.as_str()),
                })
                .collect(),
            joins: claim
                .joins
                .iter()
                .map(|join| WireJoin {
                    a: S::from(corpus.attributions[join.a].id.as_str()),
                    b: S::from(corpus.attributions[join.b].id.as_str()),
                    by: S::from(match join.by {
                        JoinedBy::Words => "words",
                        JoinedBy::Model => "model",
                    }),
                    // Two decimals, so the number reads the same in every file.
                    likeness: (join.likeness * 100.0).round() / 100.0,
                })
                .collect(),
            documents: documents
                .iter()
                .filter(|_| !shortened)
                .map(|doc| S::from(self.document_ids[*doc].as_str()))
                .collect(),
            attributions: claim.members.len(),
            credibility,
            story: Some(analysis.story),
        }
    }

    /// An edge in wire form, its text owned (`String`) or borrowed (`&str`).
    pub fn edge<'t, S: From<&'t str>>(&'t self, index: EdgeIndex) -> WireEdge<S> {
        let corpus = &self.graph.corpus;
        let (from, to) = self
            .graph
            .graph
            .edge_endpoints(index)
            .expect("an edge of this graph");
        let data = match &self.graph.graph[index] {
            Edge::Asserts(i) => WireEdgeData::Asserts(self.evidence(*i)),
            Edge::Denies(i) => WireEdgeData::Denies(self.evidence(*i)),
            Edge::Relays(i) => {
                let attribution = &corpus.attributions[*i];
                WireEdgeData::Relays {
                    attribution: S::from(attribution.id.as_str()),
                    document: S::from(corpus.articles[attribution.doc].path.as_str()),
                }
            }
            Edge::MemberOf => WireEdgeData::MemberOf {},
            Edge::About => WireEdgeData::About {},
            Edge::Contradicts(reason) => WireEdgeData::Contradicts {
                reason: S::from(reason.as_str()),
            },
            Edge::Published => WireEdgeData::Published {},
        };
        WireEdge {
            source: S::from(self.node_id(from)),
            target: S::from(self.node_id(to)),
            key: self.edge_keys[index.index()] as usize,
            data,
        }
    }

    /// An edge in wire form with its evidence spans (the record's cue and
    /// content), for drawing.
    pub fn drawn_edge(&self, index: EdgeIndex) -> WireEdge {
        let mut edge: WireEdge = self.edge(index);
        if let Edge::Asserts(i) | Edge::Denies(i) = self.graph.graph[index] {
            if let WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) = &mut edge.data
            {
                let attribution = &self.graph.corpus.attributions[i];
                let chars = CharIndex::new(&self.graph.corpus.articles[attribution.doc].text);
                let raw = &attribution.raw;
                evidence.cue = raw.cue.map(|c| chars.span(c));
                evidence.content = raw.content.iter().map(|c| chars.span(*c)).collect();
            }
        }
        edge
    }

    /// The evidence of attribution `i`: its record's id, document and quote
    /// kind (its spans are in the record).
    fn evidence<'t, S: From<&'t str>>(&'t self, i: usize) -> WireEvidence<S> {
        let corpus = &self.graph.corpus;
        let attribution = &corpus.attributions[i];
        WireEvidence {
            attribution: S::from(attribution.id.as_str()),
            document: S::from(corpus.articles[attribution.doc].path.as_str()),
            quote: S::from(attribution.raw.quote.as_str()),
            cue: None,
            content: Vec::new(),
        }
    }
}
