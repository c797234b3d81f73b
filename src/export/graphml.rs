//! `graph.graphml`: the whole graph for Gephi, yEd, Cytoscape and
//! `networkx.read_graphml`, with flat attributes only (strings, numbers,
//! booleans; a list becomes one string joined by `; `), since GraphML readers
//! refuse nested values. Nodes keep their `graph.json` ids; an edge's id is
//! `e` and its position in `graph.json`, so parallel edges stay apart. Keys are
//! `d0`, `d1`, … as networkx writes them; one node or edge per line, no
//! indentation (a third of the bytes were spaces and long key names).
//!
//! Article text is XML-escaped (`xml.rs`) and characters XML 1.0 forbids
//! are dropped, so no text becomes markup. Streamed in parallel batches like
//! `graph.json`: the same bytes at any thread count. Writes only to its sink.

use std::io::{self, Write};

use petgraph::graph::{EdgeIndex, NodeIndex};

use super::batches;
use super::json::{WireEdgeData, WireNode};
use super::node_link::WireTables;
pub use super::xml::escape;
use super::xml::escape_text;

/// Name of the GraphML file.
pub const GRAPHML_FILE: &str = "graph.graphml";

/// The attributes; the key of each is `d` and its position in [`KEYS`].
#[derive(Clone, Copy)]
enum Key {
    Kind,
    Label,
    Name,
    Type,
    Path,
    Publisher,
    Date,
    Title,
    Url,
    Text,
    IndependentSources,
    Attributions,
    Documents,
    Circular,
    Contradicted,
    CredibilityScore,
    CredibilityCode,
    Origins,
    Aliases,
    Affiliation,
    Group,
    Story,
    EdgeKind,
    Attribution,
    Document,
    Quote,
    Reason,
}

/// What each [`Key`] is for, its name and its GraphML type, in `Key` order.
const KEYS: &[(&str, &str, &str)] = &[
    ("node", "kind", "string"),
    ("node", "label", "string"),
    ("node", "name", "string"),
    ("node", "type", "string"),
    ("node", "path", "string"),
    ("node", "publisher", "string"),
    ("node", "date", "string"),
    ("node", "title", "string"),
    ("node", "url", "string"),
    ("node", "text", "string"),
    ("node", "independent_sources", "int"),
    ("node", "attributions", "int"),
    ("node", "documents", "int"),
    ("node", "circular", "boolean"),
    ("node", "contradicted", "boolean"),
    ("node", "credibility_score", "int"),
    ("node", "credibility_code", "string"),
    ("node", "origins", "string"),
    ("node", "aliases", "string"),
    ("node", "affiliation", "string"),
    ("node", "group", "string"),
    ("node", "story", "int"),
    ("edge", "kind", "string"),
    ("edge", "attribution", "string"),
    ("edge", "document", "string"),
    ("edge", "quote", "string"),
    ("edge", "reason", "string"),
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
    for (id, (target, name, kind)) in KEYS.iter().enumerate() {
        head.push_str(&format!(
            "<key id=\"d{id}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>\n"
        ));
    }
    head.push_str("<graph id=\"attrgraph\" edgedefault=\"directed\">\n");
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
    out.write_all(b"</graph>\n</graphml>\n")
}

/// A claim's label for Gephi, yEd and Cytoscape: its text cut to
/// 80 characters (`LABEL_CHARS`), with "…" where it was cut.
pub fn claim_label(text: &str) -> String {
    let (label, cut) = label_cut(text);
    if cut {
        format!("{label}…")
    } else {
        label.to_string()
    }
}

/// The first `LABEL_CHARS` characters of `text`, and whether that cut it.
fn label_cut(text: &str) -> (&str, bool) {
    match text.char_indices().nth(LABEL_CHARS) {
        Some((at, _)) => (&text[..at], true),
        None => (text, false),
    }
}

/// The `<data>` elements of one node or edge, appended to a piece.
struct Data<'p>(&'p mut Vec<u8>);

impl Data<'_> {
    /// Opens `<data key="d{key}">`.
    fn open(&mut self, key: Key) {
        self.0.extend_from_slice(b"<data key=\"d");
        self.0
            .extend_from_slice(itoa::Buffer::new().format(key as u8).as_bytes());
        self.0.extend_from_slice(b"\">");
    }

    /// A text value, escaped.
    fn text(&mut self, key: Key, value: &str) {
        self.open(key);
        escape_text(value, self.0);
        self.0.extend_from_slice(b"</data>");
    }

    /// A value that needs no escaping (numbers, booleans, fixed words).
    fn plain(&mut self, key: Key, value: &[u8]) {
        self.open(key);
        self.0.extend_from_slice(value);
        self.0.extend_from_slice(b"</data>");
    }

    /// A number.
    fn number(&mut self, key: Key, value: impl itoa::Integer) {
        self.plain(key, itoa::Buffer::new().format(value).as_bytes());
    }

    /// A boolean.
    fn boolean(&mut self, key: Key, value: bool) {
        self.plain(key, if value { b"true" } else { b"false" });
    }

    /// Texts joined by `separator`, escaped.
    fn joined<'t>(&mut self, key: Key, items: impl IntoIterator<Item = &'t str>, separator: &str) {
        self.open(key);
        for (position, item) in items.into_iter().enumerate() {
            if position > 0 {
                self.0.extend_from_slice(separator.as_bytes());
            }
            escape_text(item, self.0);
        }
        self.0.extend_from_slice(b"</data>");
    }
}

fn node_xml(tables: &WireTables<'_>, index: NodeIndex, piece: &mut Vec<u8>) {
    let node: WireNode<&str> = tables.node(index);
    piece.extend_from_slice(b"<node id=\"");
    escape(node.id(), piece);
    piece.extend_from_slice(b"\">");
    let mut put = Data(piece);
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
            put.plain(Key::Kind, b"document");
            if let Some(story) = story {
                put.number(Key::Story, *story);
            }
            put.text(Key::Label, title.unwrap_or(path));
            put.text(Key::Path, path);
            for (key, value) in [
                (Key::Publisher, publisher),
                (Key::Date, date),
                (Key::Title, title),
                (Key::Url, url),
            ] {
                if let Some(value) = value {
                    put.text(key, value);
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
            put.plain(Key::Kind, b"source");
            put.text(Key::Label, name);
            put.text(Key::Name, name);
            put.text(Key::Type, source_type);
            put.joined(Key::Aliases, aliases.iter().copied(), "; ");
            put.joined(Key::Affiliation, affiliation.iter().copied(), "; ");
            put.text(Key::Group, group);
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
            put.plain(Key::Kind, b"claim");
            if let Some(story) = story {
                put.number(Key::Story, *story);
            }
            let (label, cut) = label_cut(text);
            put.joined(Key::Label, [label, if cut { "…" } else { "" }], "");
            put.text(Key::Text, text);
            put.number(Key::IndependentSources, *independent_sources);
            put.number(Key::Attributions, *attributions);
            put.number(Key::Documents, documents.len());
            put.boolean(Key::Circular, *circular);
            put.boolean(
                Key::Contradicted,
                !contradicted_by.is_empty() || !deniers.is_empty(),
            );
            put.number(Key::CredibilityScore, credibility.score);
            put.text(Key::CredibilityCode, credibility.code);
            put.joined(Key::Origins, origins.iter().copied(), "; ");
        }
        WireNode::Subject { name, .. } => {
            put.plain(Key::Kind, b"subject");
            put.text(Key::Label, name);
            put.text(Key::Name, name);
        }
    }
    piece.extend_from_slice(b"</node>\n");
}

fn edge_xml(tables: &WireTables<'_>, index: EdgeIndex, piece: &mut Vec<u8>) {
    let edge = tables.edge::<&str>(index);
    piece.extend_from_slice(b"<edge id=\"e");
    piece.extend_from_slice(itoa::Buffer::new().format(index.index()).as_bytes());
    piece.extend_from_slice(b"\" source=\"");
    escape(edge.source, piece);
    piece.extend_from_slice(b"\" target=\"");
    escape(edge.target, piece);
    piece.extend_from_slice(b"\">");
    let mut put = Data(piece);
    match &edge.data {
        WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) => {
            let stance = if matches!(edge.data, WireEdgeData::Asserts(_)) {
                "asserts"
            } else {
                "denies"
            };
            put.plain(Key::EdgeKind, stance.as_bytes());
            put.text(Key::Attribution, evidence.attribution);
            put.text(Key::Document, evidence.document);
            put.text(Key::Quote, evidence.quote);
        }
        WireEdgeData::Relays {
            attribution,
            document,
        } => {
            put.plain(Key::EdgeKind, b"relays");
            put.text(Key::Attribution, attribution);
            put.text(Key::Document, document);
        }
        WireEdgeData::MemberOf {} => put.plain(Key::EdgeKind, b"member_of"),
        WireEdgeData::About {} => put.plain(Key::EdgeKind, b"about"),
        WireEdgeData::Contradicts { reason } => {
            put.plain(Key::EdgeKind, b"contradicts");
            put.text(Key::Reason, reason);
        }
        WireEdgeData::Published {} => put.plain(Key::EdgeKind, b"published"),
    }
    piece.extend_from_slice(b"</edge>\n");
}

#[cfg(test)]
mod tests {
    use super::claim_label;

    #[test]
    fn a_label_is_the_first_80_characters() {
        assert_eq!(claim_label("short"), "short");
        let long = "é".repeat(81);
        assert_eq!(claim_label(&long), format!("{}…", "é".repeat(80)));
        assert_eq!(claim_label(&"é".repeat(80)), "é".repeat(80));
    }
}
