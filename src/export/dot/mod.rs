//! Graphviz DOT of a node-link graph, built through graphviz-rust's typed AST and
//! printer (never petgraph's `Dot`, whose output may change).
//!
//! graphviz-rust escapes nothing, so every quoted value — label, tooltip, any
//! string that is not a bare identifier — goes through [`quoted`], the one
//! escaping function. Node ids are opaque (`n0`, `n1`, … in node order); article
//! text appears only in escaped labels and tooltips; the one `URL` written is
//! a document's own `url`, only when it is a plain http(s) address (see
//! `nodes.rs`), and quoted like any value. Every picture has a legend of what it
//! holds, an overview a caption saying how many claims it shows. Pure: no I/O.
//!
//! This file holds the entry points, [`to_dot`] and [`draw`]; `options.rs`
//! says what to draw ([`DotOptions`]), `values.rs` makes every DOT value (the
//! escaping function, labels cut to size), `nodes.rs` and `edges.rs` give the
//! look of each node and edge, `legend.rs` the legend and caption, and
//! `statements.rs` lays out the whole picture.

mod edges;
pub(crate) mod legend;
mod nodes;
mod options;
mod statements;
mod values;

use graphviz_rust::dot_structures::{Graph, GraphAttributes, Id, Stmt};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

pub(crate) use nodes::count_label;
pub use options::{DotOptions, LARGE_GRAPH_NODES, OVERVIEW_ABOVE_NODES, OVERVIEW_CLAIMS};
pub use values::{quoted, shorten};

use super::cut::{graph_neighbourhood, graph_overview, neighbourhood, overview};
use super::json::{NodeLinkGraph, WireNode};
use super::node_link::WireTables;
use statements::statements;
use values::attr;

/// The DOT text of `graph` (or of one claim's neighbourhood), ending in a newline.
/// An unknown `options.claim` gives an empty graph whose label says so.
pub fn to_dot(graph: &NodeLinkGraph, options: &DotOptions) -> String {
    let cut;
    let mut caption = None;
    let drawn = match &options.claim {
        Some(claim) => match neighbourhood(graph, claim) {
            Some(found) => {
                cut = found;
                &cut
            }
            None => {
                let note = format!("no claim {claim}");
                let empty = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![attr(
                    "label",
                    quoted(&note),
                )]))];
                return print(empty);
            }
        },
        None => match options.overview {
            Some(max_claims) => {
                cut = overview(graph, max_claims);
                caption = legend::caption(n_claims(&cut), n_claims(graph));
                &cut
            }
            None => graph,
        },
    };
    print(statements(drawn, options, caption.as_deref()))
}

/// The claims of a graph.
fn n_claims(graph: &NodeLinkGraph) -> usize {
    graph
        .nodes
        .iter()
        .filter(|node| matches!(node, WireNode::Claim { .. }))
        .count()
}

/// What `options` draws of the graph of `tables` — one claim's neighbourhood, an
/// overview, or the whole graph (also when the claim is unknown) — in node-link
/// form, with its DOT text: the same text as [`to_dot`] on the whole node-link
/// graph, which is built only when the whole graph is drawn.
pub fn draw(tables: &WireTables, options: &DotOptions) -> (NodeLinkGraph, String) {
    let part = match (&options.claim, options.overview) {
        (Some(claim), _) => graph_neighbourhood(tables, claim),
        (None, Some(max_claims)) => Some(graph_overview(tables, max_claims)),
        (None, None) => None,
    };
    match part {
        Some(part) => {
            let whole_part = DotOptions {
                claim: None,
                overview: None,
                ..options.clone()
            };
            let caption = match options.overview {
                Some(_) if options.claim.is_none() => {
                    legend::caption(n_claims(&part), tables.graph.claim_nodes.len())
                }
                _ => None,
            };
            let text = print(statements(&part, &whole_part, caption.as_deref()));
            (part, text)
        }
        None => {
            let whole = tables.whole();
            let text = to_dot(&whole, options);
            (whole, text)
        }
    }
}

fn print(stmts: Vec<Stmt>) -> String {
    let graph = Graph::DiGraph {
        id: Id::Plain("attrgraph".to_string()),
        strict: false,
        stmts,
    };
    let mut text = graph.print(&mut PrinterContext::default());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawing_the_claim_graph_gives_the_dot_of_its_node_link_form() {
        let graph = crate::export::testdata::sample_graph();
        let tables = WireTables::new(&graph);
        let wire = crate::export::node_link(&graph);
        let claim = |id: &str| DotOptions {
            claim: Some(id.to_string()),
            ..DotOptions::default()
        };
        for options in [
            DotOptions::default(),
            DotOptions::for_node_count(100_000),
            claim("claim:troops-moved-north"),
            claim("claim:nope"),
            DotOptions {
                overview: Some(1),
                include_subjects: false,
                ..DotOptions::default()
            },
        ] {
            let (drawn, text) = draw(&tables, &options);
            assert_eq!(text, to_dot(&wire, &options), "{options:?}");
            let expect = match (&options.claim, options.overview) {
                (Some(id), _) => neighbourhood(&wire, id).unwrap_or_else(|| wire.clone()),
                (None, Some(max_claims)) => overview(&wire, max_claims),
                (None, None) => wire.clone(),
            };
            assert_eq!(drawn, expect, "{options:?}");
        }
    }
}
