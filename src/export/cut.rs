//! Parts of a graph small enough to draw: the neighbourhood of one claim, or an
//! overview of the most corroborated and contested claims.
//!
//! One cut (`around`) over two graphs: the [`ClaimGraph`] being exported, so
//! that `graph.dot` and `graph.svg` are drawn without building the whole
//! node-link graph, and a [`NodeLinkGraph`] read back from `graph.json`
//! (`attrgraph render --claim`). Both give the same part, since node ids,
//! document paths and attribution ids are unique. Pure: no I/O.

use std::collections::{HashMap, HashSet};

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use crate::graph::{ClaimGraph, Edge, Node};

use super::json::{NodeLinkGraph, WireEdge, WireEdgeData, WireNode};
use super::node_link::{edge_kind, graph_meta, node_kind, WireTables};

/// The part of `graph` around one claim: the claim, its asserting and denying
/// sources, the relays those attributions came through, the bodies the sources
/// belong to (transitively), the documents reporting it and their publishers, the
/// claims contradicting it with the same around them, and the subjects of every
/// claim kept. `None` when no claim has that id. Edges are those of `graph`
/// between kept nodes (relays only for the kept attributions); counts are
/// recomputed.
pub fn neighbourhood(graph: &NodeLinkGraph, claim_id: &str) -> Option<NodeLinkGraph> {
    let center = graph.nodes.iter().position(|node| node.id() == claim_id)?;
    if !matches!(graph.nodes[center], WireNode::Claim { .. }) {
        return None;
    }
    let (nodes, edges) = around(&WireTopology::new(graph), &[center]);
    Some(wire_part(graph, &nodes, &edges))
}

/// An overview of a large graph: the neighbourhoods of at most `max_claims`
/// claims, the most corroborated and the most contested first (claims with
/// one independent source and no contradiction are left out).
pub fn overview(graph: &NodeLinkGraph, max_claims: usize) -> NodeLinkGraph {
    let topology = WireTopology::new(graph);
    let (nodes, edges) = around(&topology, &top_claims(&topology, max_claims));
    wire_part(graph, &nodes, &edges)
}

/// [`neighbourhood`] of the node-link form of `tables.graph`, without building
/// the rest of it.
pub fn graph_neighbourhood(tables: &WireTables, claim_id: &str) -> Option<NodeLinkGraph> {
    let graph = tables.graph;
    let claim = graph
        .corpus
        .claims
        .iter()
        .position(|claim| claim.key == claim_id)?;
    let center = graph.claim_nodes[claim].index();
    let (nodes, edges) = around(&GraphTopology(graph), &[center]);
    Some(tables.part(&nodes, &edges))
}

/// [`overview`] of the node-link form of `tables.graph`, without building the
/// rest of it.
pub fn graph_overview(tables: &WireTables, max_claims: usize) -> NodeLinkGraph {
    let topology = GraphTopology(tables.graph);
    let (nodes, edges) = around(&topology, &top_claims(&topology, max_claims));
    tables.part(&nodes, &edges)
}

/// Index of every node by its id.
pub fn positions(graph: &NodeLinkGraph) -> HashMap<&str, usize> {
    graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (node.id(), i))
        .collect()
}

/// What an edge is to the cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    /// Asserts or denies.
    Evidence,
    Relays,
    MemberOf,
    About,
    Contradicts,
    Published,
}

/// An edge whose ends are both nodes of the graph.
struct CutEdge<'a> {
    tail: usize,
    head: usize,
    link: Link,
    /// The attribution of an asserts, denies or relays edge.
    attribution: Option<&'a str>,
    /// The document an asserts or denies edge was read in, when it is a node.
    document: Option<usize>,
}

/// What the cut asks of a graph. Nodes and edges are indexes in graph order;
/// only edges whose ends are both nodes are listed.
trait Topology {
    /// The edges leaving `node`.
    fn out_edges(&self, node: usize) -> Vec<usize>;
    /// The edges entering `node`.
    fn in_edges(&self, node: usize) -> Vec<usize>;
    /// One edge.
    fn edge(&self, edge: usize) -> CutEdge<'_>;
    /// Every claim with its independent sources, number of contradicting claims
    /// and attributions.
    fn claims(&self) -> Vec<(usize, usize, usize, usize)>;
    /// The claims listed as contradicting `claim`.
    fn contradicted_by(&self, claim: usize) -> Vec<usize>;
}

/// The claims of an overview: at most `max_claims` with two independent sources
/// or a contradiction, by independent sources, contradictions and attributions
/// (most first), then graph order.
fn top_claims(graph: &impl Topology, max_claims: usize) -> Vec<usize> {
    let mut ranked: Vec<(usize, usize, usize, usize)> = graph
        .claims()
        .into_iter()
        .filter(|&(_, independent, contradicted, _)| independent >= 2 || contradicted > 0)
        .map(|(i, independent, contradicted, attributions)| {
            (independent, contradicted, attributions, i)
        })
        .collect();
    ranked.sort_by(|a, b| (b.0, b.1, b.2, a.3).cmp(&(a.0, a.1, a.2, b.3)));
    ranked.iter().take(max_claims).map(|r| r.3).collect()
}

/// The claims at `centers` with the claims contradicting them, their sources,
/// relays, bodies, documents and subjects: the nodes kept and the edges between
/// them, both in graph order.
fn around(graph: &impl Topology, centers: &[usize]) -> (Vec<usize>, Vec<usize>) {
    // The claims: the centres and those contradicting them, either direction.
    let mut claims = centers.to_vec();
    for &center in centers {
        for i in graph
            .out_edges(center)
            .into_iter()
            .chain(graph.in_edges(center))
        {
            let edge = graph.edge(i);
            if edge.link == Link::Contradicts {
                claims.push(if edge.tail == center {
                    edge.head
                } else {
                    edge.tail
                });
            }
        }
        claims.extend(graph.contradicted_by(center));
    }

    let mut keep: HashSet<usize> = HashSet::new();
    let mut attributions: HashSet<&str> = HashSet::new();
    let mut sources: Vec<usize> = Vec::new();
    for &claim in &claims {
        if !keep.insert(claim) {
            continue;
        }
        for i in graph.in_edges(claim) {
            let edge = graph.edge(i);
            if edge.link != Link::Evidence {
                continue;
            }
            sources.push(edge.tail);
            attributions.extend(edge.attribution);
            if let Some(doc) = edge.document {
                keep.insert(doc);
                for j in graph.out_edges(doc) {
                    let published = graph.edge(j);
                    if published.link == Link::Published {
                        keep.insert(published.head);
                    }
                }
            }
        }
        for i in graph.out_edges(claim) {
            let edge = graph.edge(i);
            if edge.link == Link::About {
                keep.insert(edge.head);
            }
        }
    }
    let is_kept_relay = |edge: &CutEdge| {
        edge.link == Link::Relays
            && edge
                .attribution
                .is_some_and(|attribution| attributions.contains(attribution))
    };
    // Relays of the kept attributions into the sources, and the bodies of every
    // source kept, transitively.
    let mut seen: HashSet<usize> = HashSet::new();
    while let Some(source) = sources.pop() {
        if !seen.insert(source) {
            continue;
        }
        keep.insert(source);
        for i in graph.in_edges(source) {
            let edge = graph.edge(i);
            if is_kept_relay(&edge) {
                sources.push(edge.tail);
            }
        }
        for i in graph.out_edges(source) {
            let edge = graph.edge(i);
            if edge.link == Link::MemberOf {
                sources.push(edge.head);
            }
        }
    }

    let mut nodes: Vec<usize> = keep.iter().copied().collect();
    nodes.sort_unstable();
    let mut edges: Vec<usize> = Vec::new();
    for &node in &nodes {
        for i in graph.out_edges(node) {
            let edge = graph.edge(i);
            if keep.contains(&edge.head) && (edge.link != Link::Relays || is_kept_relay(&edge)) {
                edges.push(i);
            }
        }
    }
    edges.sort_unstable();
    (nodes, edges)
}

/// The nodes and edges at these indexes of `graph`, with their counts.
fn wire_part(graph: &NodeLinkGraph, nodes: &[usize], edges: &[usize]) -> NodeLinkGraph {
    let nodes: Vec<WireNode> = nodes.iter().map(|&i| graph.nodes[i].clone()).collect();
    let edges: Vec<WireEdge> = edges.iter().map(|&i| graph.edges[i].clone()).collect();
    NodeLinkGraph {
        directed: graph.directed,
        multigraph: graph.multigraph,
        graph: super::json::GraphMeta {
            counts: graph_meta(
                nodes.iter().map(node_kind),
                edges.iter().map(|edge| edge_kind(&edge.data)),
            )
            .counts,
            ..graph.graph.clone()
        },
        nodes,
        edges,
    }
}

/// A node-link graph, with its edges' ends looked up by id.
struct WireTopology<'a> {
    graph: &'a NodeLinkGraph,
    position: HashMap<&'a str, usize>,
    document_at: HashMap<&'a str, usize>,
    /// Tail and head of every edge whose ends both exist.
    endpoints: Vec<Option<(usize, usize)>>,
    out_edges: Vec<Vec<usize>>,
    in_edges: Vec<Vec<usize>>,
}

impl<'a> WireTopology<'a> {
    fn new(graph: &'a NodeLinkGraph) -> Self {
        let position = positions(graph);
        let document_at: HashMap<&str, usize> = graph
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(i, node)| match node {
                WireNode::Document { path, .. } => Some((path.as_str(), i)),
                _ => None,
            })
            .collect();
        let endpoints: Vec<Option<(usize, usize)>> = graph
            .edges
            .iter()
            .map(|edge| {
                Some((
                    *position.get(edge.source.as_str())?,
                    *position.get(edge.target.as_str())?,
                ))
            })
            .collect();
        let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); graph.nodes.len()];
        let mut in_edges: Vec<Vec<usize>> = vec![Vec::new(); graph.nodes.len()];
        for (i, ends) in endpoints.iter().enumerate() {
            if let Some((from, to)) = ends {
                out_edges[*from].push(i);
                in_edges[*to].push(i);
            }
        }
        WireTopology {
            graph,
            position,
            document_at,
            endpoints,
            out_edges,
            in_edges,
        }
    }
}

impl Topology for WireTopology<'_> {
    fn out_edges(&self, node: usize) -> Vec<usize> {
        self.out_edges[node].clone()
    }

    fn in_edges(&self, node: usize) -> Vec<usize> {
        self.in_edges[node].clone()
    }

    fn edge(&self, edge: usize) -> CutEdge<'_> {
        let (tail, head) = self.endpoints[edge].expect("an edge with both ends");
        let (link, attribution, document) = match &self.graph.edges[edge].data {
            WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) => (
                Link::Evidence,
                Some(evidence.attribution.as_str()),
                self.document_at.get(evidence.document.as_str()).copied(),
            ),
            WireEdgeData::Relays { attribution, .. } => {
                (Link::Relays, Some(attribution.as_str()), None)
            }
            WireEdgeData::MemberOf {} => (Link::MemberOf, None, None),
            WireEdgeData::About {} => (Link::About, None, None),
            WireEdgeData::Contradicts { .. } => (Link::Contradicts, None, None),
            WireEdgeData::Published {} => (Link::Published, None, None),
        };
        CutEdge {
            tail,
            head,
            link,
            attribution,
            document,
        }
    }

    fn claims(&self) -> Vec<(usize, usize, usize, usize)> {
        let nodes = self.graph.nodes.iter().enumerate();
        nodes
            .filter_map(|(i, node)| match node {
                WireNode::Claim {
                    independent_sources,
                    contradicted_by,
                    attributions,
                    ..
                } => Some((
                    i,
                    *independent_sources,
                    contradicted_by.len(),
                    *attributions,
                )),
                _ => None,
            })
            .collect()
    }

    fn contradicted_by(&self, claim: usize) -> Vec<usize> {
        match &self.graph.nodes[claim] {
            WireNode::Claim {
                contradicted_by, ..
            } => contradicted_by
                .iter()
                .filter_map(|id| self.position.get(id.as_str()).copied())
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The graph being exported, through petgraph's own adjacency.
struct GraphTopology<'a>(&'a ClaimGraph);

impl Topology for GraphTopology<'_> {
    fn out_edges(&self, node: usize) -> Vec<usize> {
        let edges = self.0.graph.edges(NodeIndex::new(node));
        edges.map(|edge| edge.id().index()).collect()
    }

    fn in_edges(&self, node: usize) -> Vec<usize> {
        let edges = self
            .0
            .graph
            .edges_directed(NodeIndex::new(node), Direction::Incoming);
        edges.map(|edge| edge.id().index()).collect()
    }

    fn edge(&self, edge: usize) -> CutEdge<'_> {
        let ClaimGraph { corpus, graph, .. } = self.0;
        let index = EdgeIndex::new(edge);
        let (tail, head) = graph.edge_endpoints(index).expect("an edge of this graph");
        let (link, attribution) = match &graph[index] {
            Edge::Asserts(i) | Edge::Denies(i) => (Link::Evidence, Some(*i)),
            Edge::Relays(i) => (Link::Relays, Some(*i)),
            Edge::MemberOf => (Link::MemberOf, None),
            Edge::About => (Link::About, None),
            Edge::Contradicts(_) => (Link::Contradicts, None),
            Edge::Published => (Link::Published, None),
        };
        let attribution = attribution.map(|i| &corpus.attributions[i]);
        CutEdge {
            tail: tail.index(),
            head: head.index(),
            link,
            attribution: attribution.map(|a| a.id.as_str()),
            document: attribution
                .filter(|_| link == Link::Evidence)
                .map(|a| self.0.document_nodes[a.doc].index()),
        }
    }

    fn claims(&self) -> Vec<(usize, usize, usize, usize)> {
        let ClaimGraph {
            corpus,
            claim_nodes,
            ..
        } = self.0;
        corpus
            .claims
            .iter()
            .zip(claim_nodes)
            .map(|(claim, node)| {
                (
                    node.index(),
                    claim.analysis.independent_sources,
                    claim.analysis.contradicted_by.len(),
                    claim.members.len(),
                )
            })
            .collect()
    }

    fn contradicted_by(&self, claim: usize) -> Vec<usize> {
        match self.0.graph[NodeIndex::new(claim)] {
            Node::Claim(id) => self
                .0
                .corpus
                .claim(id)
                .analysis
                .contradicted_by
                .iter()
                .map(|(other, _)| self.0.claim_nodes[other.0 as usize].index())
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::node_link::node_link;
    use crate::export::testdata::sample_graph;

    #[test]
    fn the_claim_graph_and_its_node_link_form_cut_alike() {
        let graph = sample_graph();
        let tables = WireTables::new(&graph);
        let wire = node_link(&graph);
        let mut ids: Vec<&str> = graph.corpus.claims.iter().map(|c| c.key.as_str()).collect();
        ids.extend(["claim:nope", "src:yonhap", "doc:a/kim.txt"]);
        for id in ids {
            assert_eq!(
                graph_neighbourhood(&tables, id),
                neighbourhood(&wire, id),
                "neighbourhood of {id}"
            );
        }
        for max_claims in 0..=4 {
            assert_eq!(
                graph_overview(&tables, max_claims),
                overview(&wire, max_claims),
                "overview of {max_claims}"
            );
        }
    }
}
