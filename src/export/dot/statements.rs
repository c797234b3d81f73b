//! The statements of a picture in a fixed order: graph defaults, clusters of
//! sources by group, the other nodes, the edges, the legend, then the caption.
//! A node without a drawn edge is left out.

use std::collections::{BTreeSet, HashMap};

use graphviz_rust::dot_structures::{
    Edge as DotEdge, EdgeTy, GraphAttributes, Id, Node as DotNode, Stmt, Subgraph, Vertex,
};

use super::edges::{edge_attributes, DrawnEdge};
use super::legend::legend;
use super::nodes::{is_drawn, node_attributes};
use super::options::{DotOptions, LARGE_GRAPH_NODES};
use super::values::{attr, node_id, plain, quoted, shorten, NAME_LABEL_CHARS};
use crate::export::json::{NodeLinkGraph, WireNode};
use crate::export::node_link::edge_kind;

/// The statements of the picture: defaults, clusters of sources by group, the
/// other nodes, the edges (parallel edges of a kind merged), the legend and
/// the caption, if any.
pub(super) fn statements(
    graph: &NodeLinkGraph,
    options: &DotOptions,
    caption: Option<&str>,
) -> Vec<Stmt> {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", plain("LR")),
            attr("tooltip", quoted("attrgraph")),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![attr("fontsize", plain("10"))])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("fontsize", plain("8"))])),
    ];
    let position = crate::export::cut::positions(graph);
    let shown: Vec<bool> = graph
        .nodes
        .iter()
        .map(|node| is_drawn(node, options))
        .collect();

    // Edges: one per (tail, head, kind), in order of first appearance.
    let mut merged: Vec<DrawnEdge> = Vec::new();
    let mut slot_of: HashMap<(usize, usize, &str), usize> = HashMap::new();
    let mut has_edge = vec![false; graph.nodes.len()];
    for edge in &graph.edges {
        let (Some(&from), Some(&to)) = (
            position.get(edge.source.as_str()),
            position.get(edge.target.as_str()),
        ) else {
            continue;
        };
        if !shown[from] || !shown[to] {
            continue;
        }
        has_edge[from] = true;
        has_edge[to] = true;
        let kind = edge_kind(&edge.data);
        match slot_of.get(&(from, to, kind)) {
            Some(&slot) => merged[slot].count += 1,
            None => {
                slot_of.insert((from, to, kind), merged.len());
                merged.push(DrawnEdge {
                    from,
                    to,
                    data: &edge.data,
                    count: 1,
                });
            }
        }
    }
    // No node stands alone (an outlet box whose documents are not drawn, a
    // document without a publisher), unless nothing is joined at all.
    let joined = has_edge.iter().any(|&edge| edge);
    let drawn: Vec<bool> = (0..graph.nodes.len())
        .map(|i| shown[i] && (has_edge[i] || !joined))
        .collect();
    let dot_node = |i: usize| DotNode::new(node_id(i), node_attributes(&graph.nodes[i]));

    // Sources by group, groups in order of first member.
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        if let WireNode::Source { group, .. } = node {
            if !drawn[i] {
                continue;
            }
            let slot = *group_of.entry(group.as_str()).or_insert_with(|| {
                groups.push((group.as_str(), Vec::new()));
                groups.len() - 1
            });
            groups[slot].1.push(i);
        }
    }
    let mut in_cluster = vec![false; graph.nodes.len()];
    let mut n_clusters = 0;
    for (group, members) in &groups {
        if members.len() < 2 {
            continue;
        }
        let label = match position.get(group).map(|&i| &graph.nodes[i]) {
            Some(WireNode::Source { name, .. }) => name.clone(),
            _ => group.to_string(),
        };
        let mut cluster = vec![
            Stmt::Attribute(attr("label", quoted(&shorten(&label, NAME_LABEL_CHARS)))),
            Stmt::Attribute(attr("style", quoted("rounded,dashed"))),
            Stmt::Attribute(attr("color", plain("grey60"))),
            Stmt::Attribute(attr("fontsize", plain("9"))),
        ];
        for &i in members {
            in_cluster[i] = true;
            cluster.push(Stmt::Node(dot_node(i)));
        }
        stmts.push(Stmt::Subgraph(Subgraph {
            id: Id::Plain(format!("cluster_{n_clusters}")),
            stmts: cluster,
        }));
        n_clusters += 1;
    }
    for i in 0..graph.nodes.len() {
        if drawn[i] && !in_cluster[i] {
            stmts.push(Stmt::Node(dot_node(i)));
        }
    }

    let with_evidence = graph.nodes.len() <= LARGE_GRAPH_NODES;
    for edge in &merged {
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(Vertex::N(node_id(edge.from)), Vertex::N(node_id(edge.to))),
            attributes: edge_attributes(edge, with_evidence),
        }));
    }
    let drawn_nodes: Vec<&WireNode> = (0..graph.nodes.len())
        .filter(|&i| drawn[i])
        .map(|i| &graph.nodes[i])
        .collect();
    let edge_kinds: BTreeSet<&str> = merged.iter().map(|edge| edge_kind(edge.data)).collect();
    stmts.extend(legend(&drawn_nodes, &edge_kinds));
    // Last, so that no cluster takes it for its own label.
    if let Some(caption) = caption {
        stmts.push(Stmt::Attribute(attr("label", quoted(caption))));
        stmts.push(Stmt::Attribute(attr("labelloc", plain("t"))));
        stmts.push(Stmt::Attribute(attr("fontsize", plain("12"))));
    }
    stmts
}
