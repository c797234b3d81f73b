//! GEXF 1.2 of a node-link graph (the whole of `graph.json` or one claim's
//! neighbourhood), for Gephi: every node and edge with flat attributes (kind,
//! source type, counts, credibility, story, publisher, date, URL; an edge's
//! kind, attribution, document and reason), labels for display. Written on
//! demand by `attrgraph render --format gexf`, not by every build. Article text
//! goes only into escaped attribute values (`graphml::escape`). Pure apart from
//! the writer it is given.

use std::io::{self, Write};

use super::graphml::{claim_label, escape};
use super::json::{NodeLinkGraph, WireEdgeData, WireNode};
use super::node_link::edge_kind;

/// Node attributes: title and GEXF type, in `id` order.
const NODE_ATTRIBUTES: &[(&str, &str)] = &[
    ("kind", "string"),
    ("type", "string"),
    ("text", "string"),
    ("path", "string"),
    ("publisher", "string"),
    ("date", "string"),
    ("url", "string"),
    ("independent_sources", "integer"),
    ("attributions", "integer"),
    ("credibility_score", "integer"),
    ("credibility_label", "string"),
    ("contradicted", "boolean"),
    ("story", "integer"),
    ("group", "string"),
];

/// Edge attributes: title and GEXF type, in `id` order.
const EDGE_ATTRIBUTES: &[(&str, &str)] = &[
    ("kind", "string"),
    ("attribution", "string"),
    ("document", "string"),
    ("reason", "string"),
];

/// Writes `graph` as GEXF 1.2.
pub fn write_gexf(graph: &NodeLinkGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut text: Vec<u8> = Vec::with_capacity(1 << 16);
    text.extend_from_slice(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
          <gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n\
          <meta><creator>attrgraph</creator><description>source-attribution graph</description></meta>\n\
          <graph defaultedgetype=\"directed\" mode=\"static\">\n",
    );
    for (class, attributes) in [("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)] {
        text.extend_from_slice(format!("<attributes class=\"{class}\">\n").as_bytes());
        for (id, (title, kind)) in attributes.iter().enumerate() {
            text.extend_from_slice(
                format!("<attribute id=\"{id}\" title=\"{title}\" type=\"{kind}\"/>\n").as_bytes(),
            );
        }
        text.extend_from_slice(b"</attributes>\n");
    }
    text.extend_from_slice(b"<nodes>\n");
    for node in &graph.nodes {
        node_xml(node, &mut text);
        if text.len() > 1 << 20 {
            out.write_all(&text)?;
            text.clear();
        }
    }
    text.extend_from_slice(b"</nodes>\n<edges>\n");
    for (index, edge) in graph.edges.iter().enumerate() {
        text.extend_from_slice(format!("<edge id=\"{index}\" source=\"").as_bytes());
        escape(&edge.source, &mut text);
        text.extend_from_slice(b"\" target=\"");
        escape(&edge.target, &mut text);
        text.extend_from_slice(b"\" label=\"");
        let kind = edge_kind(&edge.data);
        escape(kind, &mut text);
        text.extend_from_slice(b"\"><attvalues>");
        let mut values: Vec<(usize, &str)> = vec![(0, kind)];
        match &edge.data {
            WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) => {
                values.push((1, &evidence.attribution));
                values.push((2, &evidence.document));
            }
            WireEdgeData::Relays {
                attribution,
                document,
            } => {
                values.push((1, attribution));
                values.push((2, document));
            }
            WireEdgeData::Contradicts { reason } => values.push((3, reason)),
            _ => {}
        }
        attvalues(&values, &mut text);
        text.extend_from_slice(b"</attvalues></edge>\n");
        if text.len() > 1 << 20 {
            out.write_all(&text)?;
            text.clear();
        }
    }
    text.extend_from_slice(b"</edges>\n</graph>\n</gexf>\n");
    out.write_all(&text)
}

fn attvalues(values: &[(usize, &str)], text: &mut Vec<u8>) {
    for (id, value) in values {
        text.extend_from_slice(format!("<attvalue for=\"{id}\" value=\"").as_bytes());
        escape(value, text);
        text.extend_from_slice(b"\"/>");
    }
}

fn node_xml(node: &WireNode, text: &mut Vec<u8>) {
    let (label, mut values): (String, Vec<(usize, String)>) = match node {
        WireNode::Document {
            path,
            publisher,
            date,
            title,
            url,
            story,
            ..
        } => {
            let mut values = vec![(0, "document".to_string()), (3, path.clone())];
            for (id, value) in [(4, publisher), (5, date), (6, url)] {
                if let Some(value) = value {
                    values.push((id, value.clone()));
                }
            }
            values.extend(story.map(|story| (12, story.to_string())));
            (title.clone().unwrap_or_else(|| path.clone()), values)
        }
        WireNode::Source {
            name,
            source_type,
            group,
            ..
        } => (
            name.clone(),
            vec![
                (0, "source".to_string()),
                (1, source_type.clone()),
                (13, group.clone()),
            ],
        ),
        WireNode::Claim {
            text: wording,
            independent_sources,
            attributions,
            credibility,
            contradicted_by,
            deniers,
            story,
            ..
        } => {
            let label = claim_label(wording);
            let contradicted = !contradicted_by.is_empty() || !deniers.is_empty();
            let mut values = vec![
                (0, "claim".to_string()),
                (2, wording.clone()),
                (7, independent_sources.to_string()),
                (8, attributions.to_string()),
                (9, credibility.score.to_string()),
                (10, credibility.label().to_string()),
                (11, contradicted.to_string()),
            ];
            values.extend(story.map(|story| (12, story.to_string())));
            (label, values)
        }
        WireNode::Subject { name, .. } => (name.clone(), vec![(0, "subject".to_string())]),
    };
    values.sort_by_key(|(id, _)| *id);
    text.extend_from_slice(b"<node id=\"");
    escape(node.id(), text);
    text.extend_from_slice(b"\" label=\"");
    escape(&label, text);
    text.extend_from_slice(b"\"><attvalues>");
    let borrowed: Vec<(usize, &str)> = values.iter().map(|(id, v)| (*id, v.as_str())).collect();
    attvalues(&borrowed, text);
    text.extend_from_slice(b"</attvalues></node>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::node_link;
    use crate::export::testdata::sample_graph;

    #[test]
    fn gexf_holds_every_node_and_edge_with_markup_escaped() {
        let wire = node_link(&sample_graph());
        let mut out = Vec::new();
        write_gexf(&wire, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let document = roxmltree::Document::parse(&text).unwrap();
        let count = |tag: &str| {
            document
                .descendants()
                .filter(|n| n.has_tag_name(tag))
                .count()
        };
        assert_eq!(count("node"), wire.nodes.len());
        assert_eq!(count("edge"), wire.edges.len());
        // The sample's claim text holds `"front" \ <b>&`: text, never markup.
        assert!(text.contains("&lt;b&gt;&amp;"), "escaped text missing");
        assert!(!text.contains("<b>"));
        let claim = document
            .descendants()
            .find(|n| n.attribute("id") == Some("claim:troops-moved-north"))
            .unwrap();
        assert!(claim.attribute("label").unwrap().contains("<b>&"));
    }
}
