//! Independent sources of a claim: the maximum number of vertex-disjoint paths
//! from its origins to the reader, computed with petgraph's Dinic max-flow on a
//! fresh `DiGraph` (never a `StableGraph` with removed nodes: petgraph 0.8.3's
//! max-flow panics there). Each source is first merged into its outermost body
//! (a spokeswoman into her ministry, the ministry into its government); relays
//! ("Yonhap", "the newspaper citing intelligence sources") are vertices on the
//! path; the article's publisher is not. Vertices are split into in/out halves
//! joined by a unit edge, so flow counts vertex-disjoint paths; every other edge
//! is uncuttable, so the saturated split edges leaving the part of the residual
//! graph reachable from the source are a minimum vertex cut: the chokepoints.

use std::collections::BTreeMap;

use petgraph::algo::dinics;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::SourceId;

/// One attribution path: the origin's merged body and the relays' bodies,
/// outermost relay first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    /// Merged origin.
    pub origin: SourceId,
    /// Merged relays, outermost first.
    pub relays: Vec<SourceId>,
}

/// What the flow found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Independence {
    /// Number of vertex-disjoint paths.
    pub count: usize,
    /// The origins whose paths carry flow, sorted.
    pub origins: Vec<SourceId>,
    /// A minimum vertex cut between the origins and the reader: as many sources
    /// as there are independent paths, through which every path passes.
    pub chokepoints: Vec<SourceId>,
}

/// Counts the independent sources behind a set of paths.
pub fn count(paths: &[Path]) -> Independence {
    match paths {
        [] => Independence::default(),
        // One path (most claims): one independent source, its origin, which
        // is also the first vertex every path passes, as the flow finds.
        [only] => Independence {
            count: 1,
            origins: vec![only.origin],
            chokepoints: vec![only.origin],
        },
        _ => flow(paths),
    }
}

/// [`count`] by max-flow on the split-vertex network of `paths` (not empty).
fn flow(paths: &[Path]) -> Independence {
    // Edges other than the split ones can carry every path at once.
    let wide = paths.len() as u32 + 1;
    let mut net: DiGraph<(), u32> = DiGraph::new();
    let source = net.add_node(());
    let sink = net.add_node(());
    // Split vertex per entity: (in, out).
    let mut halves: BTreeMap<SourceId, (NodeIndex, NodeIndex)> = BTreeMap::new();
    let mut half = |net: &mut DiGraph<(), u32>, id: SourceId| {
        *halves.entry(id).or_insert_with(|| {
            let a = net.add_node(());
            let b = net.add_node(());
            net.add_edge(a, b, 1);
            (a, b)
        })
    };
    let mut edges: BTreeMap<(NodeIndex, NodeIndex), ()> = BTreeMap::new();
    let mut origin_edges: Vec<(SourceId, petgraph::graph::EdgeIndex)> = Vec::new();
    for p in paths {
        let (o_in, o_out) = half(&mut net, p.origin);
        if edges.insert((source, o_in), ()).is_none() {
            let e = net.add_edge(source, o_in, wide);
            origin_edges.push((p.origin, e));
        }
        let mut prev = o_out;
        for relay in p.relays.iter().rev() {
            if *relay == p.origin {
                continue;
            }
            let (r_in, r_out) = half(&mut net, *relay);
            if edges.insert((prev, r_in), ()).is_none() {
                net.add_edge(prev, r_in, wide);
            }
            prev = r_out;
        }
        if edges.insert((prev, sink), ()).is_none() {
            net.add_edge(prev, sink, wide);
        }
    }
    let (flow, per_edge) = dinics(&net, source, sink);
    let mut origins: Vec<SourceId> = origin_edges
        .iter()
        .filter(|(_, e)| per_edge[e.index()] > 0)
        .map(|(o, _)| *o)
        .collect();
    origins.sort();
    origins.dedup();
    let reachable = residual_reach(&net, &per_edge, source);
    let mut chokepoints: Vec<SourceId> = halves
        .iter()
        .filter(|(_, (a, b))| reachable[a.index()] && !reachable[b.index()])
        .map(|(id, _)| *id)
        .collect();
    chokepoints.sort();
    Independence {
        count: flow as usize,
        origins,
        chokepoints,
    }
}

/// Nodes reachable from `start` in the residual graph of a flow.
fn residual_reach(net: &DiGraph<(), u32>, flow: &[u32], start: NodeIndex) -> Vec<bool> {
    use petgraph::visit::EdgeRef;
    let mut seen = vec![false; net.node_count()];
    let mut stack = vec![start];
    seen[start.index()] = true;
    while let Some(node) = stack.pop() {
        let forward = net
            .edges_directed(node, petgraph::Direction::Outgoing)
            .filter(|e| flow[e.id().index()] < *e.weight())
            .map(|e| e.target());
        let backward = net
            .edges_directed(node, petgraph::Direction::Incoming)
            .filter(|e| flow[e.id().index()] > 0)
            .map(|e| e.source());
        let next: Vec<NodeIndex> = forward.chain(backward).collect();
        for n in next {
            if !seen[n.index()] {
                seen[n.index()] = true;
                stack.push(n);
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(origin: u32, relays: &[u32]) -> Path {
        Path {
            origin: SourceId(origin),
            relays: relays.iter().map(|&r| SourceId(r)).collect(),
        }
    }

    /// `expect` is the count of independent sources and the chokepoints.
    fn check(paths: &[Path], expect: (usize, &[u32])) {
        let got = count(paths);
        let cut: Vec<u32> = got.chokepoints.iter().map(|s| s.0).collect();
        assert_eq!((got.count, cut.as_slice()), expect, "{paths:?}");
    }

    #[test]
    fn relays_are_vertices() {
        check(&[], (0, &[]));
        check(&[path(1, &[]), path(1, &[])], (1, &[1]));
        check(&[path(1, &[]), path(2, &[])], (2, &[1, 2]));
        // Two origins through one relay: one path, the relay is the cut.
        check(&[path(1, &[9]), path(2, &[9])], (1, &[9]));
        // One origin relayed by two outlets and stated directly: still one.
        check(&[path(1, &[8]), path(1, &[9]), path(1, &[])], (1, &[1]));
        check(&[path(1, &[9]), path(2, &[9]), path(3, &[])], (2, &[3, 9]));
    }

    #[test]
    fn one_path_counts_as_the_flow_counts_it() {
        for one in [
            path(1, &[]),
            path(1, &[9]),
            path(1, &[7, 9]),
            path(1, &[1, 9]),
            path(1, &[9, 9]),
        ] {
            let paths = [one];
            assert_eq!(count(&paths), flow(&paths), "{paths:?}");
        }
    }

    #[test]
    fn chokepoints_are_a_minimum_vertex_cut() {
        // Six outlets relaying one briefing: the briefing is the cut, not the outlets.
        let relayed: Vec<Path> = (10..16).map(|outlet| path(1, &[outlet])).collect();
        check(&relayed, (1, &[1]));
        // Three ministries whose words all reach the reader through one agency,
        // which a fourth source bypasses.
        check(
            &[path(1, &[7, 9]), path(2, &[9]), path(3, &[9]), path(4, &[])],
            (2, &[4, 9]),
        );
    }
}
