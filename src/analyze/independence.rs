//! Independent sources of a claim: the maximum number of vertex-disjoint paths
//! from its origins to the reader, computed with petgraph's Dinic max-flow on a
//! fresh `DiGraph` (never a `StableGraph` with removed nodes: petgraph 0.8.3's
//! max-flow panics there). Each source is first merged into its outermost body
//! (a spokeswoman into her ministry, the ministry into its government); relays
//! ("Yonhap", "the newspaper citing intelligence sources") are vertices on the
//! path; the article's publisher is not. Vertices are split into in/out halves
//! joined by a unit edge, so flow counts vertex-disjoint paths.

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
    /// Relays that two or more distinct origins reach the reader through.
    pub chokepoints: Vec<SourceId>,
}

/// Counts the independent sources behind a set of paths.
pub fn count(paths: &[Path]) -> Independence {
    if paths.is_empty() {
        return Independence::default();
    }
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
            let e = net.add_edge(source, o_in, 1);
            origin_edges.push((p.origin, e));
        }
        let mut prev = o_out;
        for relay in p.relays.iter().rev() {
            if *relay == p.origin {
                continue;
            }
            let (r_in, r_out) = half(&mut net, *relay);
            if edges.insert((prev, r_in), ()).is_none() {
                net.add_edge(prev, r_in, 1);
            }
            prev = r_out;
        }
        if edges.insert((prev, sink), ()).is_none() {
            net.add_edge(prev, sink, 1);
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
    // Relays shared by paths of different origins.
    let mut reached: BTreeMap<SourceId, Vec<SourceId>> = BTreeMap::new();
    for p in paths {
        for r in &p.relays {
            if *r != p.origin {
                reached.entry(*r).or_default().push(p.origin);
            }
        }
    }
    let chokepoints = reached
        .into_iter()
        .filter(|(_, os)| {
            let mut os = os.clone();
            os.sort();
            os.dedup();
            os.len() >= 2
        })
        .map(|(r, _)| r)
        .collect();
    Independence {
        count: flow as usize,
        origins,
        chokepoints,
    }
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

    fn check(paths: &[Path], expect: usize) {
        assert_eq!(count(paths).count, expect, "{paths:?}");
    }

    #[test]
    fn relays_are_vertices() {
        check(&[], 0);
        check(&[path(1, &[]), path(1, &[])], 1);
        check(&[path(1, &[]), path(2, &[])], 2);
        // Two origins through one relay: one path.
        check(&[path(1, &[9]), path(2, &[9])], 1);
        // One origin relayed by two outlets and stated directly: still one.
        check(&[path(1, &[8]), path(1, &[9]), path(1, &[])], 1);
        check(&[path(1, &[9]), path(2, &[9]), path(3, &[])], 2);
        assert_eq!(
            count(&[path(1, &[9]), path(2, &[9])]).chokepoints,
            vec![SourceId(9)]
        );
    }
}
