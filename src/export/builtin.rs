//! The built-in renderer: the pure-Rust layout-rs, used when Graphviz is not
//! installed (or not wanted). It is only ever handed a graph it can lay out
//! quickly and without panicking.
//!
//! layout-rs 0.1.3 asserts its preconditions (an empty graph panics with
//! "Sorting an empty graph") and its cost grows with the places it lays out:
//! every node, one connector per labelled edge and one per rank a long edge
//! crosses; its edge-crossing optimiser and its self-checks are quadratic or
//! worse in them. So [`draw`] counts those places first ([`places`], the same
//! layering layout-rs computes) and refuses a graph past the limits, turns the
//! self-checks off, runs the optimiser only on small graphs, and still catches
//! a panic (then lays the graph out again without its placement, which can
//! trip its own assertions, and tells the panic hook to keep quiet). The same graph gives the same bytes (its style lines sorted).
//! Pure apart from the `catch_unwind`; the caller writes the SVG.

use std::cell::Cell;
use std::collections::HashMap;

use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

use super::dot::shorten;
use super::json::{NodeLinkGraph, WireEdgeData, WireNode};

/// Graphs with more nodes than this are not drawn by the built-in renderer.
pub const BUILTIN_MAX_NODES: usize = 150;

/// Graphs with more edges than this are not drawn by the built-in renderer.
pub const BUILTIN_MAX_EDGES: usize = 400;

/// Graphs whose layout has more places than this (see [`places`]) are not
/// drawn by the built-in renderer. Measured without the optimiser on one core:
/// 550 places (the graph of `data/`, 144 nodes) 50 ms; random graphs, where
/// long edges abound, 1,150 places 70 ms, 1,450–1,650 places 200–330 ms,
/// 2,000 places 600 ms, 150 nodes and 400 edges 14 s.
pub const BUILTIN_MAX_LOWERED: usize = 1_200;

/// Graphs with at most this many places get layout-rs's edge-crossing
/// optimiser: 300 places take 80 ms with it, the 550 of `data/` 1.3 s.
const OPTIMISE_MAX_PLACES: usize = 250;

/// Font size of every layout-rs text; one size keeps its SVG output deterministic
/// (it emits font classes from a hash map).
const FONT_SIZE: usize = 12;

/// Why the built-in renderer drew nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing to draw.
    Empty,
    /// Past [`BUILTIN_MAX_NODES`], [`BUILTIN_MAX_EDGES`] or [`BUILTIN_MAX_LOWERED`].
    TooLarge {
        /// The places its layout would have.
        lowered: usize,
    },
    /// layout-rs panicked after all (a bug of its own, caught).
    Failed,
}

/// `graph` drawn by layout-rs as an SVG document, or why not.
pub fn draw(graph: &NodeLinkGraph) -> Result<String, Refusal> {
    if graph.nodes.is_empty() {
        return Err(Refusal::Empty);
    }
    let lowered = places(graph);
    if graph.nodes.len() > BUILTIN_MAX_NODES
        || graph.edges.len() > BUILTIN_MAX_EDGES
        || lowered > BUILTIN_MAX_LOWERED
    {
        return Err(Refusal::TooLarge { lowered });
    }
    let optimise = lowered <= OPTIMISE_MAX_PLACES;
    // layout-rs's placement can still trip its own assertions (issue 12: two
    // straightened edges of one rank); then the plain placement, without it.
    LAYING_OUT.set(true);
    let attempt = |place: bool| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            layout_rs_svg(graph, optimise, place)
        }))
    };
    let svg = attempt(true).or_else(|_| attempt(false));
    LAYING_OUT.set(false);
    svg.map_err(|_| Refusal::Failed)
}

thread_local! {
    static LAYING_OUT: Cell<bool> = const { Cell::new(false) };
}

/// True while this thread runs layout-rs inside [`draw`], whose panics are
/// caught and answered: a panic hook may keep quiet about them.
pub fn is_laying_out() -> bool {
    LAYING_OUT.get()
}

/// The places layout-rs lays out for `graph`, found as it finds them: edges
/// taken in order, one that would close a cycle reversed, self-loops aside (two
/// connectors each); one connector per labelled edge; nodes ranked by longest
/// path; one connector per rank an edge skips.
pub fn places(graph: &NodeLinkGraph) -> usize {
    let index: HashMap<&str, usize> = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(at, node)| (node.id(), at))
        .collect();
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); graph.nodes.len()];
    let mut n_self = 0;
    for edge in &graph.edges {
        let (Some(&from), Some(&to)) = (
            index.get(edge.source.as_str()),
            index.get(edge.target.as_str()),
        ) else {
            continue;
        };
        if from == to {
            n_self += 1;
            continue;
        }
        let (from, to) = if reaches(&successors, to, from) {
            (to, from)
        } else {
            (from, to)
        };
        if edge_label(&edge.data).is_empty() {
            successors[from].push(to);
        } else {
            let connector = successors.len();
            successors.push(vec![to]);
            successors[from].push(connector);
        }
    }
    let levels = longest_path_levels(&successors);
    let skipped: usize = successors
        .iter()
        .enumerate()
        .flat_map(|(from, next)| next.iter().map(move |to| (from, *to)))
        .map(|(from, to)| levels[to].saturating_sub(levels[from] + 1))
        .sum();
    successors.len() + skipped + 2 * n_self
}

/// True when `to` is reachable from `from`.
fn reaches(successors: &[Vec<usize>], from: usize, to: usize) -> bool {
    let mut seen = vec![false; successors.len()];
    let mut stack = vec![from];
    while let Some(at) = stack.pop() {
        if at == to {
            return true;
        }
        if !std::mem::replace(&mut seen[at], true) {
            stack.extend(&successors[at]);
        }
    }
    false
}

/// The rank of every node of a DAG: 0 for a node without predecessors, else
/// one more than its highest predecessor.
fn longest_path_levels(successors: &[Vec<usize>]) -> Vec<usize> {
    let mut n_preds = vec![0usize; successors.len()];
    for next in successors {
        for &to in next {
            n_preds[to] += 1;
        }
    }
    let mut ready: Vec<usize> = (0..successors.len())
        .filter(|&at| n_preds[at] == 0)
        .collect();
    let mut levels = vec![0usize; successors.len()];
    while let Some(at) = ready.pop() {
        for &to in &successors[at] {
            levels[to] = levels[to].max(levels[at] + 1);
            n_preds[to] -= 1;
            if n_preds[to] == 0 {
                ready.push(to);
            }
        }
    }
    levels
}

/// The text shown on an edge: a connector place of its own when not empty.
fn edge_label(data: &WireEdgeData) -> String {
    match data {
        WireEdgeData::Denies(_) => "denies".to_string(),
        WireEdgeData::Relays { .. } => "relays".to_string(),
        WireEdgeData::Contradicts { reason } => layout_text(&shorten(reason, 30)),
        _ => String::new(),
    }
}

/// Text handed to layout-rs: control characters dropped. Its SVG backend
/// escapes `&`, `<`, `>`, `"` and `'` itself (layout-rs 0.1.3, checked by the
/// well-formedness test), so escaping here too would show `&amp;` in the picture.
fn layout_text(text: &str) -> String {
    text.chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

fn look(line: &str, fill: &str) -> StyleAttr {
    StyleAttr::new(Color::fast(line), 1, Some(Color::fast(fill)), 0, FONT_SIZE)
}

/// The graph drawn by layout-rs, from the node-link graph itself (not the DOT
/// text): sources, claims, documents and subjects, every edge kind. `optimise`
/// runs its edge-crossing optimiser, quadratic in the places laid out.
/// `place`: layout-rs's placement (Brandes–Köpf and edge straightening) after
/// the plain one.
fn layout_rs_svg(graph: &NodeLinkGraph, optimise: bool, place: bool) -> String {
    let orientation = Orientation::TopToBottom;
    let mut visual = VisualGraph::new(orientation);
    // Its self-checks walk the whole graph after every edge (cubic time: a
    // second on 150 nodes); the graph handed over is well formed by construction.
    visual.dag.set_validate(false);
    let mut handles = HashMap::new();
    for node in &graph.nodes {
        let (shape, fill) = match node {
            WireNode::Document { path, title, .. } => (
                ShapeKind::new_box(&layout_text(&shorten(title.as_deref().unwrap_or(path), 30))),
                "white",
            ),
            WireNode::Source {
                name, source_type, ..
            } => {
                let label = layout_text(&shorten(name, 30));
                match source_type.as_str() {
                    "person" | "unnamed" => (ShapeKind::new_circle(&label), "lightblue"),
                    _ => (ShapeKind::new_box(&label), "wheat"),
                }
            }
            WireNode::Claim {
                text,
                sources,
                deniers,
                independent_sources,
                ..
            } => {
                let label = format!(
                    "{}\n{}",
                    layout_text(&shorten(text, 40)),
                    super::dot::count_label(sources.len(), deniers.len(), *independent_sources)
                );
                (ShapeKind::new_box(&label), "lightyellow")
            }
            WireNode::Subject { name, .. } => (
                ShapeKind::new_box(&layout_text(&shorten(name, 30))),
                "white",
            ),
        };
        let size = get_shape_size(orientation, &shape, FONT_SIZE, false);
        let element = Element::create(shape, look("black", fill), orientation, size);
        handles.insert(node.id(), visual.add_node(element));
    }
    for edge in &graph.edges {
        let (Some(&from), Some(&to)) = (
            handles.get(edge.source.as_str()),
            handles.get(edge.target.as_str()),
        ) else {
            continue;
        };
        let (line, colour) = match &edge.data {
            WireEdgeData::Asserts(_) => (LineStyleKind::Normal, "green"),
            WireEdgeData::Denies(_) | WireEdgeData::Contradicts { .. } => {
                (LineStyleKind::Dashed, "red")
            }
            WireEdgeData::Relays { .. } => (LineStyleKind::Dashed, "blue"),
            WireEdgeData::MemberOf {} | WireEdgeData::About {} | WireEdgeData::Published {} => {
                (LineStyleKind::Dotted, "gray")
            }
        };
        let label = edge_label(&edge.data);
        let arrow = Arrow::new(
            LineEndKind::None,
            LineEndKind::Arrow,
            line,
            &label,
            &look(colour, "white"),
            &None,
            &None,
        );
        visual.add_edge(arrow, from, to);
    }
    let mut writer = SVGWriter::new();
    visual.do_it(false, !optimise, !place, &mut writer);
    sorted_styles(writer.finalize())
}

/// The SVG with the lines of its `<style>` block sorted: layout-rs writes its
/// font classes in hash-map order, and the same graph must give the same bytes.
fn sorted_styles(svg: String) -> String {
    let (Some(start), Some(end)) = (svg.find("<style>\n"), svg.find("</style>")) else {
        return svg;
    };
    let start = start + "<style>\n".len();
    if start > end {
        return svg;
    }
    let mut lines: Vec<&str> = svg[start..end].lines().collect();
    lines.sort_unstable();
    let mut sorted = String::with_capacity(svg.len());
    sorted.push_str(&svg[..start]);
    for line in lines {
        sorted.push_str(line);
        sorted.push('\n');
    }
    sorted.push_str(&svg[end..]);
    sorted
}

#[cfg(test)]
pub(crate) fn layout_rs_for_test(graph: &NodeLinkGraph) -> String {
    layout_rs_svg(graph, true, true)
}

#[cfg(test)]
pub(crate) use tests::random_graph as random_graph_for_test;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::json::{GraphMeta, WireEdge};

    /// `n_nodes` subjects joined by `n_edges` pseudo-random edges, every third a
    /// labelled contradiction: long edges and cycles abound.
    pub(crate) fn random_graph(n_nodes: usize, n_edges: usize) -> NodeLinkGraph {
        let mut seed = 12_345u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        let nodes = (0..n_nodes)
            .map(|at| WireNode::Subject {
                id: format!("s{at}"),
                name: format!("subject {at}"),
            })
            .collect();
        let edges = (0..n_edges)
            .map(|key| WireEdge {
                source: format!("s{}", next() % n_nodes),
                target: format!("s{}", next() % n_nodes),
                key,
                data: if key % 3 == 0 {
                    WireEdgeData::Contradicts {
                        reason: "dates".to_string(),
                    }
                } else {
                    WireEdgeData::About {}
                },
            })
            .collect();
        NodeLinkGraph {
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                schema: String::new(),
                generator: String::new(),
                version: String::new(),
                counts: Default::default(),
            },
            nodes,
            edges,
        }
    }

    #[test]
    fn places_count_connectors_of_labels_and_long_edges() {
        // a → b → c plus a labelled a → c: 3 nodes, 1 label connector, and the
        // labelled edge spans two ranks already (a 0, connector 1, c 2).
        let mut graph = random_graph(3, 0);
        for (key, (from, to, data)) in [
            ("s0", "s1", WireEdgeData::About {}),
            ("s1", "s2", WireEdgeData::About {}),
            (
                "s0",
                "s2",
                WireEdgeData::Contradicts {
                    reason: "why".to_string(),
                },
            ),
            ("s2", "s2", WireEdgeData::About {}),
        ]
        .into_iter()
        .enumerate()
        {
            graph.edges.push(WireEdge {
                source: from.to_string(),
                target: to.to_string(),
                key,
                data,
            });
        }
        assert_eq!(places(&graph), 3 + 1 + 2);
        // An unlabelled a → c would skip rank 1: one connector.
        graph.edges[2].data = WireEdgeData::About {};
        assert_eq!(places(&graph), 3 + 1 + 2);
    }

    /// Issue 12: the built-in renderer refuses what would take it seconds
    /// (by size, before any layout), and draws nothing for nothing.
    #[test]
    fn large_or_empty_graphs_are_refused() {
        for (n_nodes, n_edges) in [(151, 10), (100, 401), (150, 274), (150, 400)] {
            let refused = draw(&random_graph(n_nodes, n_edges));
            assert!(
                matches!(refused, Err(Refusal::TooLarge { .. })),
                "{n_nodes} nodes, {n_edges} edges: {refused:?}"
            );
        }
        assert_eq!(draw(&random_graph(0, 0)), Err(Refusal::Empty));
        let small = draw(&random_graph(30, 40)).expect("drawn");
        assert!(small.contains("<svg"), "{small}");
    }
}
