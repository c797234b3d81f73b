//! Graphviz DOT of a node-link graph, built through graphviz-rust's typed AST and
//! printer (never petgraph's `Dot`, whose output may change).
//!
//! graphviz-rust escapes nothing, so every quoted value — label, tooltip, any
//! string that is not a bare identifier — goes through [`quoted`], the one
//! escaping function. Node ids are opaque (`n0`, `n1`, … in node order); article
//! text appears only in escaped labels and tooltips, never in `URL` or `href`
//! (no such attribute is written). Pure: no I/O.

use std::collections::HashMap;

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt,
    Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::cut::{graph_neighbourhood, graph_overview, neighbourhood, overview};
use super::json::{NodeLinkGraph, WireEdgeData, WireNode};
use super::node_link::{edge_kind, WireTables};

/// Above this many nodes a graph is large: [`DotOptions::for_graph`] leaves out
/// subjects and documents, and asserts / denies edges carry no evidence tooltip.
pub const LARGE_GRAPH_NODES: usize = 300;

/// Above this many nodes the whole graph is not drawn: [`DotOptions::for_graph`]
/// draws an overview of the [`OVERVIEW_CLAIMS`] most corroborated and contested
/// claims instead (`attrgraph render --claim ID` draws any one).
pub const OVERVIEW_ABOVE_NODES: usize = 2_000;

/// Claims in an overview.
pub const OVERVIEW_CLAIMS: usize = 30;

/// Longest claim label, in chars, before the ellipsis.
const CLAIM_LABEL_CHARS: usize = 60;
/// Longest source, document or subject label.
const NAME_LABEL_CHARS: usize = 40;
/// Longest edge label (contradiction reasons).
const EDGE_LABEL_CHARS: usize = 40;
/// Longest tooltip.
const TOOLTIP_CHARS: usize = 400;
/// Width of a wrapped label line.
const WRAP_CHARS: usize = 28;

/// What to draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DotOptions {
    /// Draw only the neighbourhood of this claim (a full claim node id).
    pub claim: Option<String>,
    /// Draw subject nodes and `about` edges.
    pub include_subjects: bool,
    /// Draw document nodes and `published` edges.
    pub include_documents: bool,
    /// Draw only the neighbourhoods of this many top claims (see [`overview`]).
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

/// The DOT text of `graph` (or of one claim's neighbourhood), ending in a newline.
/// An unknown `options.claim` gives an empty graph whose label says so.
pub fn to_dot(graph: &NodeLinkGraph, options: &DotOptions) -> String {
    let cut;
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
                &cut
            }
            None => graph,
        },
    };
    print(statements(drawn, options))
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
            let text = to_dot(&part, &whole_part);
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

/// The one escaping function: `text` as a quoted DOT string. Wraps in quotes,
/// escapes `\` and `"`, writes a newline as `\n` (a centred line break) and drops
/// every other control character.
pub fn quoted(text: &str) -> Id {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

/// `text` with whitespace runs collapsed to one space, cut to at most `max_chars`
/// chars (at a char boundary) with an ellipsis when it was longer.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let mut words = text.split_whitespace();
    let mut out = String::new();
    let mut n_chars = 0;
    let mut cut = false;
    if let Some(first) = words.next() {
        for word in std::iter::once(first).chain(words) {
            let sep = usize::from(!out.is_empty());
            let n_word = word.chars().count();
            if n_chars + sep + n_word > max_chars {
                cut = true;
                if out.is_empty() {
                    // One word longer than the limit: cut inside it.
                    out.extend(word.chars().take(max_chars.saturating_sub(1)));
                }
                break;
            }
            if sep == 1 {
                out.push(' ');
            }
            out.push_str(word);
            n_chars += sep + n_word;
        }
    }
    if cut {
        out.push('…');
    }
    out
}

/// `text` broken into lines of about `width` chars at spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut line_chars = 0;
    for word in text.split(' ') {
        let n_word = word.chars().count();
        if line_chars > 0 && line_chars + 1 + n_word > width {
            out.push('\n');
            line_chars = 0;
        } else if line_chars > 0 {
            out.push(' ');
            line_chars += 1;
        }
        out.push_str(word);
        line_chars += n_word;
    }
    out
}

fn attr(name: &str, value: Id) -> Attribute {
    Attribute(Id::Plain(name.to_string()), value)
}

/// A bare identifier or number we write ourselves (shapes, colours, styles).
fn plain(value: &str) -> Id {
    Id::Plain(value.to_string())
}

fn node_id(i: usize) -> NodeId {
    NodeId(Id::Plain(format!("n{i}")), None)
}

/// Fill colour and shape of a source by its kind: people round, bodies square.
fn source_look(source_type: &str) -> (&'static str, &'static str) {
    match source_type {
        "person" => ("ellipse", "lightblue"),
        "unnamed" => ("ellipse", "lightgrey"),
        "organization" => ("box", "wheat"),
        "government" => ("box", "lightsalmon"),
        "media" => ("box", "plum"),
        "publisher" => ("box", "thistle"),
        _ => ("box", "white"),
    }
}

/// Fill colour of a claim by credibility score.
fn claim_fill(score: u8) -> &'static str {
    match score {
        1 | 2 => "palegreen",
        3 => "lightyellow",
        4 | 5 => "mistyrose",
        _ => "white",
    }
}

fn is_drawn(node: &WireNode, options: &DotOptions) -> bool {
    match node {
        WireNode::Document { .. } => options.include_documents,
        WireNode::Subject { .. } => options.include_subjects,
        WireNode::Source { .. } | WireNode::Claim { .. } => true,
    }
}

fn node_attributes(node: &WireNode) -> Vec<Attribute> {
    match node {
        WireNode::Document {
            path,
            publisher,
            date,
            title,
            ..
        } => {
            let mut tooltip = path.clone();
            for field in [title, publisher, date].into_iter().flatten() {
                tooltip.push('\n');
                tooltip.push_str(field);
            }
            let label = title.as_deref().unwrap_or(path);
            vec![
                attr("shape", plain("folder")),
                attr(
                    "label",
                    quoted(&wrap(&shorten(label, NAME_LABEL_CHARS), WRAP_CHARS)),
                ),
                attr("tooltip", quoted(&shorten_lines(&tooltip, TOOLTIP_CHARS))),
                attr("fontsize", plain("9")),
            ]
        }
        WireNode::Source {
            name,
            source_type,
            aliases,
            affiliation,
            ..
        } => {
            let (shape, fill) = source_look(source_type);
            let mut tooltip = format!("{name} ({source_type})");
            if !affiliation.is_empty() {
                tooltip.push_str(&format!("\nmember of: {}", affiliation.join(", ")));
            }
            if !aliases.is_empty() {
                tooltip.push_str(&format!("\nalso: {}", aliases.join(", ")));
            }
            vec![
                attr("shape", plain(shape)),
                attr("style", plain("filled")),
                attr("fillcolor", plain(fill)),
                attr(
                    "label",
                    quoted(&wrap(&shorten(name, NAME_LABEL_CHARS), WRAP_CHARS)),
                ),
                attr("tooltip", quoted(&shorten_lines(&tooltip, TOOLTIP_CHARS))),
            ]
        }
        WireNode::Claim {
            text,
            independent_sources,
            credibility,
            circular,
            ..
        } => {
            let label = format!(
                "{}\n[{independent_sources} independent]",
                wrap(&shorten(text, CLAIM_LABEL_CHARS), WRAP_CHARS)
            );
            let mut tooltip = format!(
                "{}\ncredibility: {} ({}) {}",
                shorten(text, TOOLTIP_CHARS),
                credibility.label,
                credibility.score,
                credibility.reason
            );
            if *circular {
                tooltip.push_str("\ncircular reporting");
            }
            vec![
                attr("shape", plain("note")),
                attr("style", plain("filled")),
                attr("fillcolor", plain(claim_fill(credibility.score))),
                attr("label", quoted(&label)),
                attr(
                    "tooltip",
                    quoted(&shorten_lines(&tooltip, TOOLTIP_CHARS * 2)),
                ),
            ]
        }
        WireNode::Subject { name, .. } => vec![
            attr("shape", plain("box")),
            attr("style", quoted("rounded,filled")),
            attr("fillcolor", plain("grey95")),
            attr("fontsize", plain("8")),
            attr("height", plain("0.2")),
            attr("label", quoted(&shorten(name, NAME_LABEL_CHARS))),
            attr("tooltip", quoted(&shorten(name, TOOLTIP_CHARS))),
        ],
    }
}

/// Each line of `text` shortened on its own, so a tooltip keeps its line breaks.
fn shorten_lines(text: &str, max_chars: usize) -> String {
    text.lines()
        .map(|line| shorten(line, max_chars))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Parallel edges of one kind between two drawn nodes, drawn as one.
struct DrawnEdge<'a> {
    from: usize,
    to: usize,
    data: &'a WireEdgeData,
    count: usize,
}

/// The look of an edge; `with_evidence` adds the cue and content of asserts and
/// denies edges as tooltips (left out of large graphs, where they would make up
/// most of the file).
fn edge_attributes(edge: &DrawnEdge, with_evidence: bool) -> Vec<Attribute> {
    let times = if edge.count > 1 {
        format!(" x{}", edge.count)
    } else {
        String::new()
    };
    let mut attributes = match edge.data {
        WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) => {
            let is_denial = matches!(edge.data, WireEdgeData::Denies(_));
            let mut attributes = Vec::with_capacity(5);
            if with_evidence {
                let cue = evidence.cue.as_ref().map_or("", |c| c.text.as_str());
                let content: Vec<&str> = evidence.content.iter().map(|c| c.text.as_str()).collect();
                let tooltip = format!(
                    "{} {cue}: {}\n{}{times}",
                    edge_kind(edge.data),
                    content.join(" … "),
                    evidence.document
                );
                attributes.push(attr(
                    "tooltip",
                    quoted(&shorten_lines(&tooltip, TOOLTIP_CHARS)),
                ));
            }
            if is_denial {
                attributes.extend([
                    attr("color", plain("red")),
                    attr("fontcolor", plain("red")),
                    attr("style", plain("dashed")),
                    attr("label", quoted(&format!("denies{times}"))),
                ]);
            } else {
                attributes.push(attr("color", plain("forestgreen")));
                if edge.count > 1 {
                    attributes.push(attr("label", quoted(times.trim())));
                }
            }
            attributes
        }
        WireEdgeData::Relays { document, .. } => vec![
            attr("style", plain("dashed")),
            attr("color", plain("steelblue")),
            attr("label", quoted(&format!("relays{times}"))),
            attr("fontcolor", plain("steelblue")),
            attr(
                "tooltip",
                quoted(&shorten(&format!("relays, in {document}"), TOOLTIP_CHARS)),
            ),
        ],
        WireEdgeData::MemberOf {} => vec![
            attr("style", plain("dotted")),
            attr("color", plain("grey50")),
            attr("tooltip", quoted("member of")),
        ],
        WireEdgeData::About {} => vec![
            attr("color", plain("grey70")),
            attr("arrowsize", plain("0.5")),
            attr("tooltip", quoted("about")),
        ],
        WireEdgeData::Contradicts { reason } => vec![
            attr("color", plain("red")),
            attr("fontcolor", plain("red")),
            attr("style", plain("bold")),
            attr(
                "label",
                quoted(&wrap(&shorten(reason, EDGE_LABEL_CHARS), WRAP_CHARS)),
            ),
            attr(
                "tooltip",
                quoted(&shorten(&format!("contradicts: {reason}"), TOOLTIP_CHARS)),
            ),
        ],
        WireEdgeData::Published {} => vec![
            attr("style", plain("dotted")),
            attr("color", plain("grey60")),
            attr("arrowhead", plain("none")),
            attr("tooltip", quoted("published by")),
        ],
    };
    if edge.count > 1 {
        let width = 1.0 + (edge.count as f64).log2().min(4.0);
        attributes.push(attr("penwidth", plain(&format!("{width:.1}"))));
    }
    attributes
}

/// The statements of the picture: defaults, clusters of sources by group, the
/// other nodes, then the edges (parallel edges of a kind merged).
fn statements(graph: &NodeLinkGraph, options: &DotOptions) -> Vec<Stmt> {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", plain("LR")),
            attr("tooltip", quoted("attrgraph")),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![attr("fontsize", plain("10"))])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("fontsize", plain("8"))])),
    ];
    let position = super::cut::positions(graph);
    let drawn: Vec<bool> = graph
        .nodes
        .iter()
        .map(|node| is_drawn(node, options))
        .collect();
    let dot_node = |i: usize| DotNode::new(node_id(i), node_attributes(&graph.nodes[i]));

    // Sources by group, groups in order of first member.
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        if let WireNode::Source { group, .. } = node {
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

    // Edges: one per (tail, head, kind), in order of first appearance.
    let mut merged: Vec<DrawnEdge> = Vec::new();
    let mut slot_of: HashMap<(usize, usize, &str), usize> = HashMap::new();
    for edge in &graph.edges {
        let (Some(&from), Some(&to)) = (
            position.get(edge.source.as_str()),
            position.get(edge.target.as_str()),
        ) else {
            continue;
        };
        if !drawn[from] || !drawn[to] {
            continue;
        }
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
    let with_evidence = graph.nodes.len() <= LARGE_GRAPH_NODES;
    for edge in &merged {
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(Vertex::N(node_id(edge.from)), Vertex::N(node_id(edge.to))),
            attributes: edge_attributes(edge, with_evidence),
        }));
    }
    stmts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One escaping case: input and the DOT string it must become.
    fn check_quoted(input: &str, expect: &str) {
        assert_eq!(
            quoted(input),
            Id::Escaped(expect.to_string()),
            "quoting {input:?}"
        );
    }

    #[test]
    fn quoting() {
        for (input, expect) in [
            ("plain", r#""plain""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            (r"back\slash", r#""back\\slash""#),
            ("two\nlines", r#""two\nlines""#),
            ("bell\u{7}\r\tgone", r#""bellgone""#),
            ("<b>& ]", r#""<b>& ]""#),
        ] {
            check_quoted(input, expect);
        }
    }

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

    #[test]
    fn shortening() {
        for (input, max, expect) in [
            ("short", 10, "short"),
            ("a  b\n c", 10, "a b c"),
            ("one two three", 9, "one two…"),
            ("ééééé", 3, "éé…"),
            ("", 3, ""),
        ] {
            assert_eq!(shorten(input, max), expect, "shortening {input:?} to {max}");
        }
    }
}
