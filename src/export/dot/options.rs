//! What to draw of a graph: the whole of it, one claim's neighbourhood or an
//! overview, with or without subjects and documents; large graphs leave out
//! detail by default.

use crate::export::json::NodeLinkGraph;

/// Above this many nodes a graph is large: [`DotOptions::for_graph`] leaves out
/// subjects and documents, and asserts / denies edges carry no evidence tooltip.
pub const LARGE_GRAPH_NODES: usize = 300;

/// Above this many nodes the whole graph is not drawn: [`DotOptions::for_graph`]
/// draws an overview of the [`OVERVIEW_CLAIMS`] most corroborated and contested
/// claims instead (`attrgraph render --claim ID` draws any one).
pub const OVERVIEW_ABOVE_NODES: usize = 2_000;

/// Claims in an overview.
pub const OVERVIEW_CLAIMS: usize = 30;

/// What to draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DotOptions {
    /// Draw only the neighbourhood of this claim (a full claim node id).
    pub claim: Option<String>,
    /// Draw subject nodes and `about` edges.
    pub include_subjects: bool,
    /// Draw document nodes and `published` edges.
    pub include_documents: bool,
    /// Draw only the neighbourhoods of this many top claims (see [`overview`](crate::export::overview)).
    pub overview: Option<usize>,
}

impl Default for DotOptions {
    /// Everything, whole graph.
    fn default() -> Self {
        DotOptions {
            claim: None,
            include_subjects: true,
            include_documents: true,
            overview: None,
        }
    }
}

impl DotOptions {
    /// The whole graph, leaving out subjects and documents when it has more than
    /// [`LARGE_GRAPH_NODES`] nodes so that the picture stays readable.
    pub fn for_graph(graph: &NodeLinkGraph) -> Self {
        Self::for_node_count(graph.nodes.len())
    }

    /// [`DotOptions::for_graph`] of a graph with `n_nodes` nodes.
    pub fn for_node_count(n_nodes: usize) -> Self {
        let is_small = n_nodes <= LARGE_GRAPH_NODES;
        DotOptions {
            claim: None,
            include_subjects: is_small,
            include_documents: is_small,
            overview: (n_nodes > OVERVIEW_ABOVE_NODES).then_some(OVERVIEW_CLAIMS),
        }
    }
}
