//! What a picture's colours, shapes and lines mean: one legend box listing
//! only what the picture holds (source kinds, claim credibility fills,
//! documents, subjects, edge kinds), and the caption of an overview that draws
//! fewer claims than the graph has. Every word here is ours, never article
//! text; the legend is an HTML-like label built from fixed strings.

use std::collections::BTreeSet;

use graphviz_rust::dot_structures::{Id, Node as DotNode, NodeId, Stmt, Subgraph};

use super::nodes::{claim_fill, source_look};
use super::values::{attr, plain, quoted};
use crate::export::json::WireNode;

/// Source kinds in legend order.
const SOURCE_KINDS: &[&str] = &[
    "person",
    "unnamed",
    "organization",
    "government",
    "media",
    "publisher",
];

/// Claim fills in legend order: a score standing for its band, and the words.
const CLAIM_BANDS: &[(u8, &str)] = &[
    (1, "claim: confirmed or probably true"),
    (3, "claim: possibly true"),
    (4, "claim: doubtful or improbable"),
    (6, "claim: cannot be judged"),
];

/// Edge kinds in legend order, with their colour and the line they are drawn as.
const EDGE_LOOKS: &[(&str, &str, &str)] = &[
    ("asserts", "forestgreen", "solid: asserts"),
    ("denies", "red", "dashed: denies"),
    ("relays", "steelblue", "dashed: relays"),
    ("contradicts", "red", "bold: contradicts"),
    ("member_of", "grey50", "dotted: member of"),
    ("about", "grey70", "thin: about"),
    ("published", "grey60", "dotted: published by"),
];

/// One line of a legend: a swatch (a fill and shape word, or a coloured arrow
/// for an edge kind) and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Fill colour (a node) or line colour (an edge), a Graphviz/SVG colour name.
    pub(crate) colour: &'static str,
    /// "oval", "box", "note", "folder", or "→" for an edge.
    pub(crate) swatch: &'static str,
    /// What it means.
    pub(crate) words: String,
    /// An edge kind rather than a node.
    pub(crate) is_edge: bool,
}

/// The legend lines for these drawn nodes and edge kinds, in a fixed order.
pub(crate) fn entries<'a>(
    nodes: impl Iterator<Item = &'a WireNode> + Clone,
    edge_kinds: &BTreeSet<&str>,
) -> Vec<Entry> {
    let node = |colour, swatch, words: String| Entry {
        colour,
        swatch,
        words,
        is_edge: false,
    };
    let mut rows = Vec::new();
    let kinds: BTreeSet<&str> = nodes
        .clone()
        .filter_map(|node| match node {
            WireNode::Source { source_type, .. } => Some(source_type.as_str()),
            _ => None,
        })
        .collect();
    for kind in SOURCE_KINDS.iter().filter(|kind| kinds.contains(*kind)) {
        let (shape, fill) = source_look(kind);
        let shape = if shape == "ellipse" { "oval" } else { "box" };
        rows.push(node(fill, shape, format!("source: {kind}")));
    }
    let bands: BTreeSet<&str> = nodes
        .clone()
        .filter_map(|node| match node {
            WireNode::Claim { credibility, .. } => Some(claim_fill(credibility.score)),
            _ => None,
        })
        .collect();
    for (score, words) in CLAIM_BANDS {
        if bands.contains(claim_fill(*score)) {
            rows.push(node(claim_fill(*score), "note", words.to_string()));
        }
    }
    let mut all = nodes.clone();
    if all.any(|node| matches!(node, WireNode::Document { .. })) {
        rows.push(node(
            "white",
            "folder",
            "document (links to the article where known)".to_string(),
        ));
    }
    let mut all = nodes;
    if all.any(|node| matches!(node, WireNode::Subject { .. })) {
        rows.push(node("grey95", "box", "subject".to_string()));
    }
    for (kind, colour, words) in EDGE_LOOKS {
        if edge_kinds.contains(kind) {
            rows.push(Entry {
                colour,
                swatch: "→",
                words: words.to_string(),
                is_edge: true,
            });
        }
    }
    rows
}

/// What "[N independent]" under a claim means.
pub(crate) const COUNT_NOTE: &str = "[N independent]: sources after merging";

/// The legend of the drawn nodes and edge kinds, as a cluster holding one
/// plain node; `None` when nothing is drawn.
pub(super) fn legend(nodes: &[&WireNode], edge_kinds: &BTreeSet<&str>) -> Option<Stmt> {
    if nodes.is_empty() {
        return None;
    }
    let mut rows: Vec<String> = entries(nodes.iter().copied(), edge_kinds)
        .iter()
        .map(|entry| {
            let Entry {
                colour,
                swatch,
                words,
                ..
            } = entry;
            if entry.is_edge {
                format!(
                    "<tr><td><font color=\"{colour}\">&#8594;</font></td><td align=\"left\"><font color=\"{colour}\">{words}</font></td></tr>"
                )
            } else {
                format!(
                    "<tr><td bgcolor=\"{colour}\">{swatch}</td><td align=\"left\">{words}</td></tr>"
                )
            }
        })
        .collect();
    rows.push(format!(
        "<tr><td colspan=\"2\" align=\"left\">{COUNT_NOTE}</td></tr>"
    ));
    let table = format!(
        "<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">{}</table>>",
        rows.concat()
    );
    let node = DotNode::new(
        NodeId(Id::Plain("legend".to_string()), None),
        vec![
            attr("shape", plain("plaintext")),
            attr("fontsize", plain("9")),
            attr("label", Id::Html(table)),
        ],
    );
    Some(Stmt::Subgraph(Subgraph {
        id: Id::Plain("cluster_legend".to_string()),
        stmts: vec![
            Stmt::Attribute(attr("label", quoted("legend"))),
            Stmt::Attribute(attr("style", quoted("rounded"))),
            Stmt::Attribute(attr("color", plain("grey80"))),
            Stmt::Attribute(attr("fontsize", plain("9"))),
            Stmt::Node(node),
        ],
    }))
}

/// The caption of an overview drawing `shown` of `total` claims; `None` when
/// it draws them all.
pub(crate) fn caption(shown: usize, total: usize) -> Option<String> {
    (shown < total).then(|| {
        format!(
            "showing {shown} of {total} claims: the most corroborated and contested \
             (attrgraph render --claim ID draws any one)"
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::export::dot::{to_dot, DotOptions};
    use crate::export::json::{NodeLinkGraph, WireNode};
    use crate::export::node_link;
    use crate::export::testdata::sample_graph;

    fn sample() -> NodeLinkGraph {
        node_link(&sample_graph())
    }

    /// The DOT of the sample whose first document has `url`.
    fn dot_with_url(url: &str) -> String {
        let mut wire = sample();
        for node in &mut wire.nodes {
            if let WireNode::Document { url: slot, .. } = node {
                *slot = Some(url.to_string());
                break;
            }
        }
        to_dot(&wire, &DotOptions::default())
    }

    #[test]
    fn every_picture_has_a_legend_of_what_it_draws() {
        let text = to_dot(&sample(), &DotOptions::default());
        graphviz_rust::parse(&text).unwrap();
        for expect in [
            "subgraph cluster_legend",
            "source: person",
            "source: government",
            "dashed: denies",
            "bold: contradicts",
        ] {
            assert!(text.contains(expect), "{expect:?} not in\n{text}");
        }
        // Only what is drawn: no subjects, no `about` line.
        let text = to_dot(
            &sample(),
            &DotOptions {
                include_subjects: false,
                ..DotOptions::default()
            },
        );
        assert!(!text.contains("thin: about") && !text.contains(">subject<"));
    }

    #[test]
    fn an_overview_of_fewer_claims_says_how_many_it_shows() {
        let overview = |n| DotOptions {
            overview: Some(n),
            ..DotOptions::default()
        };
        // The top claim and the claim contradicting it.
        let text = to_dot(&sample(), &overview(1));
        assert!(text.contains("label=\"showing 2 of 3 claims"), "{text}");
        assert!(text.contains("labelloc=t"));
        // Claims of one source that nothing contradicts are left out of any
        // overview, and the caption says so.
        assert!(to_dot(&sample(), &overview(30)).contains("showing 2 of 3 claims"));
        assert!(!to_dot(&sample(), &DotOptions::default()).contains("showing"));
    }

    #[test]
    fn no_node_is_drawn_without_an_edge() {
        let options = DotOptions {
            include_documents: false,
            include_subjects: false,
            overview: Some(1),
            ..DotOptions::default()
        };
        let text = to_dot(&sample(), &options);
        let ids: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|line| line.starts_with('n') && line.contains('['))
            .filter_map(|line| line.split(['[', ' ']).next())
            .filter(|id| !id.contains("->") && id[1..].bytes().all(|b| b.is_ascii_digit()))
            .collect();
        assert!(!ids.is_empty(), "{text}");
        for id in ids {
            let joined = text.lines().any(|line| {
                line.contains("->")
                    && line
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|word| word == id)
            });
            assert!(joined, "{id} has no edge in\n{text}");
        }
    }

    #[test]
    fn documents_link_only_to_plain_http_addresses() {
        let good = "https://example.org/news/a?b=1&c=2#top";
        let text = dot_with_url(good);
        assert!(text.contains(&format!("URL=\"{good}\"")), "{text}");
        graphviz_rust::parse(&text).unwrap();
        for hostile in [
            "javascript:alert(1)",
            "https://x.org/\"onmouseover=alert(1)",
            "https://x.org/<script>",
            "https://x.org/a b",
            "https://x.org/\\\"]; n0 [URL=\"javascript:x",
            "https://x.org/\u{202e}evil",
            "data:text/html,<b>",
            "http://x.org/\n]",
        ] {
            let text = dot_with_url(hostile);
            assert!(!text.contains("URL="), "{hostile:?} linked:\n{text}");
            graphviz_rust::parse(&text).unwrap();
        }
    }
}
