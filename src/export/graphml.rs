//! `graph.graphml`: the whole graph for Gephi, yEd, Cytoscape and
//! `networkx.read_graphml`, with flat attributes only (strings, numbers,
//! booleans; a list becomes one string joined by `; `), since GraphML readers
//! refuse nested values. Nodes keep their `graph.json` ids; an edge's id is
//! `e` and its position in `graph.json`, so parallel edges stay apart.
//!
//! Article text is XML-escaped by [`escape`] and characters XML 1.0 forbids
//! are dropped, so no text becomes markup. Streamed in parallel batches like
//! `graph.json`: the same bytes at any thread count. Writes only to its sink.

use std::io::{self, Write};

use petgraph::graph::{EdgeIndex, NodeIndex};

use super::batches;
use super::json::{WireEdgeData, WireNode};
use super::node_link::WireTables;

/// Name of the GraphML file.
pub const GRAPHML_FILE: &str = "graph.graphml";

/// Node attributes: name and GraphML type.
const NODE_KEYS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("label", "string"),
    ("name", "string"),
    ("type", "string"),
    ("path", "string"),
    ("publisher", "string"),
    ("date", "string"),
    ("title", "string"),
    ("url", "string"),
    ("text", "string"),
    ("independent_sources", "int"),
    ("attributions", "int"),
    ("documents", "int"),
    ("circular", "boolean"),
    ("contradicted", "boolean"),
    ("credibility_score", "int"),
    ("credibility_label", "string"),
    ("origins", "string"),
    ("aliases", "string"),
    ("affiliation", "string"),
    ("group", "string"),
    ("story", "int"),
];

/// Edge attributes: name and GraphML type.
const EDGE_KEYS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("attribution", "string"),
    ("document", "string"),
    ("cue", "string"),
    ("quote", "string"),
    ("sentence", "string"),
    ("reason", "string"),
];

/// How long a claim's label is; its whole text is in `text`.
const LABEL_CHARS: usize = 80;

/// Writes the whole graph as GraphML.
pub fn write_graphml(tables: &WireTables<'_>, out: &mut dyn Write) -> io::Result<()> {
    let graph = &tables.graph.graph;
    let mut head = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (prefix, target, keys) in [("n", "node", NODE_KEYS), ("e", "edge", EDGE_KEYS)] {
        for (name, kind) in keys {
            head.push_str(&format!(
                "  <key id=\"{prefix}_{name}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>\n"
            ));
        }
    }
    head.push_str("  <graph id=\"attrgraph\" edgedefault=\"directed\">\n");
    out.write_all(head.as_bytes())?;
    batches::write_items(out, graph.node_count(), |run, piece| {
        for i in run {
            node_xml(tables, NodeIndex::new(i), piece);
        }
        Ok(())
    })?;
    batches::write_items(out, graph.edge_count(), |run, piece| {
        for i in run {
            edge_xml(tables, EdgeIndex::new(i), piece);
        }
        Ok(())
    })?;
    out.write_all(b"  </graph>\n</graphml>\n")
}

/// Appends `<data key="{prefix}_{key}">value</data>`.
/// A claim's label for Gephi, yEd and Cytoscape: its text cut to
/// 80 characters (`LABEL_CHARS`), with "…" where it was cut.
pub fn claim_label(text: &str) -> String {
    let mut label: String = text.chars().take(LABEL_CHARS).collect();
    if label.len() < text.len() {
        label.push('…');
    }
    label
}

fn data(piece: &mut Vec<u8>, prefix: &str, key: &str, value: &str) {
    piece.extend_from_slice(format!("      <data key=\"{prefix}_{key}\">").as_bytes());
    escape(value, piece);
    piece.extend_from_slice(b"</data>\n");
}

fn node_xml(tables: &WireTables<'_>, index: NodeIndex, piece: &mut Vec<u8>) {
    let node: WireNode<&str> = tables.node(index);
    piece.extend_from_slice(b"    <node id=\"");
    escape(node.id(), piece);
    piece.extend_from_slice(b"\">\n");
    let mut put = |key: &str, value: &str| data(piece, "n", key, value);
    match &node {
        WireNode::Document {
            path,
            publisher,
            date,
            title,
            url,
            story,
            ..
        } => {
            put("kind", "document");
            if let Some(story) = story {
                put("story", &story.to_string());
            }
            put("label", title.unwrap_or(path));
            put("path", path);
            for (key, value) in [
                ("publisher", publisher),
                ("date", date),
                ("title", title),
                ("url", url),
            ] {
                if let Some(value) = value {
                    put(key, value);
                }
            }
        }
        WireNode::Source {
            name,
            source_type,
            aliases,
            affiliation,
            group,
            ..
        } => {
            put("kind", "source");
            put("label", name);
            put("name", name);
            put("type", source_type);
            put("aliases", &aliases.join("; "));
            put("affiliation", &affiliation.join("; "));
            put("group", group);
        }
        WireNode::Claim {
            text,
            independent_sources,
            attributions,
            documents,
            circular,
            contradicted_by,
            deniers,
            credibility,
            origins,
            story,
            ..
        } => {
            put("kind", "claim");
            if let Some(story) = story {
                put("story", &story.to_string());
            }
            put("label", &claim_label(text));
            put("text", text);
            put("independent_sources", &independent_sources.to_string());
            put("attributions", &attributions.to_string());
            put("documents", &documents.len().to_string());
            put("circular", if *circular { "true" } else { "false" });
            let contradicted = !contradicted_by.is_empty() || !deniers.is_empty();
            put("contradicted", if contradicted { "true" } else { "false" });
            put("credibility_score", &credibility.score.to_string());
            put("credibility_label", credibility.label);
            put("origins", &origins.join("; "));
        }
        WireNode::Subject { name, .. } => {
            put("kind", "subject");
            put("label", name);
            put("name", name);
        }
    }
    piece.extend_from_slice(b"    </node>\n");
}

fn edge_xml(tables: &WireTables<'_>, index: EdgeIndex, piece: &mut Vec<u8>) {
    let edge = tables.edge::<&str>(index);
    piece.extend_from_slice(format!("    <edge id=\"e{}\" source=\"", index.index()).as_bytes());
    escape(edge.source, piece);
    piece.extend_from_slice(b"\" target=\"");
    escape(edge.target, piece);
    piece.extend_from_slice(b"\">\n");
    let mut put = |key: &str, value: &str| data(piece, "e", key, value);
    match &edge.data {
        WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) => {
            let stance = if matches!(edge.data, WireEdgeData::Asserts(_)) {
                "asserts"
            } else {
                "denies"
            };
            put("kind", stance);
            put("attribution", evidence.attribution);
            put("document", evidence.document);
            if let Some(cue) = &evidence.cue {
                put("cue", cue.text);
            }
            put("quote", evidence.quote);
            let sentence = match &evidence.sentence {
                Some(sentence) => sentence.text.to_string(),
                None => evidence
                    .content
                    .iter()
                    .map(|span| span.text)
                    .collect::<Vec<_>>()
                    .join(" … "),
            };
            put("sentence", &sentence);
        }
        WireEdgeData::Relays {
            attribution,
            document,
        } => {
            put("kind", "relays");
            put("attribution", attribution);
            put("document", document);
        }
        WireEdgeData::MemberOf {} => put("kind", "member_of"),
        WireEdgeData::About {} => put("kind", "about"),
        WireEdgeData::Contradicts { reason } => {
            put("kind", "contradicts");
            put("reason", reason);
        }
        WireEdgeData::Published {} => put("kind", "published"),
    }
    piece.extend_from_slice(b"    </edge>\n");
}

/// Appends `text` XML-escaped (for element text and attribute values alike),
/// dropping characters XML 1.0 does not allow.
pub fn escape(text: &str, out: &mut Vec<u8>) {
    // Runs of characters that need nothing are copied whole.
    let mut run = 0;
    for (at, ch) in text.char_indices() {
        let replacement: &[u8] = match ch {
            '&' => b"&amp;",
            '<' => b"&lt;",
            '>' => b"&gt;",
            '"' => b"&quot;",
            '\'' => b"&apos;",
            '\r' => b"&#13;",
            '\n' => b"&#10;",
            '\t' => b"&#9;",
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => b"",
            _ => continue,
        };
        out.extend_from_slice(&text.as_bytes()[run..at]);
        out.extend_from_slice(replacement);
        run = at + ch.len_utf8();
    }
    out.extend_from_slice(&text.as_bytes()[run..]);
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        let check = |text: &str, expected: &str| {
            let mut out = Vec::new();
            escape(text, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), expected, "{text:?}");
        };
        check(
            "<b>x</b> & \"y\"",
            "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;",
        );
        check("a\u{0}b\u{1b}[31mc\u{ffff}", "ab[31mc");
        check("line\r\nnext", "line&#13;&#10;next");
        check("Kim Yong-hyun’s", "Kim Yong-hyun’s");
    }
}
