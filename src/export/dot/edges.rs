//! The look of each edge: parallel edges of one kind drawn as one with a
//! count, colour and style by kind, and the evidence tooltips of asserts and
//! denies edges.

use graphviz_rust::dot_structures::Attribute;

use super::values::{
    attr, plain, quoted, shorten, shorten_lines, wrap, EDGE_LABEL_CHARS, TOOLTIP_CHARS, WRAP_CHARS,
};
use crate::export::json::WireEdgeData;
use crate::export::node_link::edge_kind;

/// Parallel edges of one kind between two drawn nodes, drawn as one.
pub(super) struct DrawnEdge<'a> {
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) data: &'a WireEdgeData,
    pub(super) count: usize,
}

/// The look of an edge; `with_evidence` adds the cue and content of asserts and
/// denies edges as tooltips (left out of large graphs, where they would make up
/// most of the file).
pub(super) fn edge_attributes(edge: &DrawnEdge, with_evidence: bool) -> Vec<Attribute> {
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
