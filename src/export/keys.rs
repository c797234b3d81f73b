//! What the wire form of a graph numbers once for all its nodes and edges:
//! each edge's key among the parallel edges of its two nodes (networkx's
//! multigraph key), and each source's group (the end of its chain of first
//! affiliations). Pure; linear in the graph.

use petgraph::visit::EdgeRef;

use crate::graph::ClaimGraph;
use crate::model::{Corpus, SourceId};

/// Keys every edge with the number of earlier edges of the same tail and head:
/// one sort of each node's outgoing edges, no hashing.
pub fn edge_keys(graph: &ClaimGraph) -> Vec<u32> {
    let mut keys = vec![0u32; graph.graph.edge_count()];
    let mut outgoing: Vec<(u32, u32)> = Vec::new();
    for node in graph.graph.node_indices() {
        outgoing.clear();
        outgoing.extend(
            graph
                .graph
                .edges(node)
                .map(|edge| (edge.target().index() as u32, edge.id().index() as u32)),
        );
        outgoing.sort_unstable();
        for pair in outgoing.windows(2) {
            if pair[0].0 == pair[1].0 {
                keys[pair[1].1 as usize] = keys[pair[0].1 as usize] + 1;
            }
        }
    }
    keys
}

/// The group of every source: the end of its chain of first affiliations. A chain
/// that runs into a cycle ends at the cycle's lowest source id. Memoised, so linear
/// in the number of sources however long the chains.
pub fn source_groups(corpus: &Corpus) -> Vec<SourceId> {
    const UNKNOWN: u32 = u32::MAX;
    let n_sources = corpus.sources.len();
    let mut group = vec![UNKNOWN; n_sources];
    let mut on_path = vec![false; n_sources];
    let mut path: Vec<usize> = Vec::new();
    for start in 0..n_sources {
        let mut current = start;
        let found = loop {
            if group[current] != UNKNOWN {
                break group[current];
            }
            if on_path[current] {
                let cycle_start = path.iter().position(|&p| p == current).expect("on path");
                break path[cycle_start..]
                    .iter()
                    .copied()
                    .min()
                    .expect("non-empty") as u32;
            }
            on_path[current] = true;
            path.push(current);
            match corpus.sources[current].affiliation.first() {
                Some(body) => current = body.0 as usize,
                None => break current as u32,
            }
        };
        for &p in &path {
            group[p] = found;
            on_path[p] = false;
        }
        path.clear();
    }
    group.into_iter().map(SourceId).collect()
}
