//! Streams `graph.json`: the node-link graph is written in batches of nodes and
//! edges, each made and serialised and dropped, so the whole graph never sits in
//! memory as wire types.
//!
//! The bytes are exactly those of `serde_json::to_writer` on the
//! [`NodeLinkGraph`](super::json::NodeLinkGraph) that
//! [`node_link`](super::node_link::node_link) builds (checked by a test), plus a
//! final newline. Writes only to the sink it is given.

use std::io::{self, Write};

use petgraph::graph::{EdgeIndex, NodeIndex};

use super::batches::write_items;
use super::node_link::WireTables;

/// Writes the whole graph of `tables` as compact node-link JSON and a newline,
/// nodes and edges serialised in parallel (see [`write_items`]).
pub fn write_node_link(tables: &WireTables, out: &mut dyn Write) -> io::Result<()> {
    let graph = &tables.graph.graph;
    // The fields in the order of `NodeLinkGraph`.
    out.write_all(br#"{"directed":true,"multigraph":true,"graph":"#)?;
    serde_json::to_writer(&mut *out, &tables.meta())?;
    out.write_all(br#","nodes":["#)?;
    write_items(out, graph.node_count(), |run, piece| {
        for i in run {
            if i > 0 {
                piece.push(b',');
            }
            serde_json::to_writer(&mut *piece, &tables.written_node::<&str>(NodeIndex::new(i)))?;
        }
        Ok(())
    })?;
    out.write_all(br#"],"edges":["#)?;
    write_items(out, graph.edge_count(), |run, piece| {
        for i in run {
            if i > 0 {
                piece.push(b',');
            }
            let edge = tables.edge::<&str>(EdgeIndex::new(i));
            serde_json::to_writer(&mut *piece, &edge)?;
        }
        Ok(())
    })?;
    out.write_all(b"]}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata::{corpus_with_parallel_edges, sample_graph};
    use crate::graph::ClaimGraph;

    /// The streamed bytes must be those of the node-link graph serialised whole.
    fn check(graph: &ClaimGraph) {
        let mut streamed = Vec::new();
        write_node_link(&WireTables::new(graph), &mut streamed).expect("write to a vec");
        let mut whole = serde_json::to_vec(&WireTables::new(graph).written()).expect("serialize");
        whole.push(b'\n');
        assert_eq!(
            String::from_utf8(streamed).expect("utf-8"),
            String::from_utf8(whole).expect("utf-8")
        );
    }

    #[test]
    fn streams_the_bytes_of_the_whole_graph() {
        check(&sample_graph());
        let aliases = crate::resolve::AliasTable::builtin();
        check(&crate::graph::build(Default::default(), &aliases));
        // Parallel edges, with keys above zero.
        let corpus = corpus_with_parallel_edges();
        check(&crate::graph::build(corpus, &aliases));
    }
}
