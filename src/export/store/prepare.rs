//! The Rust side of the rows, made off the writer's thread: turns the wire items
//! into [`Item`]s in the order they are inserted (documents, sources and
//! subjects in graph order, then claims, then edges; records in file order, on
//! the side writer's thread, [`record_item`]), each
//! with the strings its row derives (JSON lists, joined names, a claim's dates,
//! publishers, URL and origin names from the documents and sources met before
//! it, [`Known`]). Pure: it hands each item to `send` and stops when `send`
//! says the writer has gone.

use std::collections::BTreeSet;

use foldhash::HashMap;

use crate::export::json::{
    AttributionRecord, WireContradiction, WireEdge, WireEdgeData, WireJoin, WireNode, WireVia,
};

/// One row to insert, with what it derives.
pub(super) enum Item<S> {
    /// A node at its `node_index`.
    Node(usize, WireNode<S>, Derived),
    /// An edge at its `edge_index`.
    Edge(usize, WireEdge<S>),
    /// An attribution record at its line of `attributions.jsonl`.
    Record(usize, AttributionRecord<S>, RecordStrings),
}

/// What a node's row derives.
pub(super) enum Derived {
    /// Documents and subjects derive nothing.
    Nothing,
    /// A source's `aliases` and `affiliation` as JSON arrays.
    Source {
        /// `aliases` as JSON.
        aliases: String,
        /// `affiliation` as JSON.
        affiliation: String,
    },
    /// A claim's derived columns.
    Claim(Box<ClaimStrings>),
}

/// A claim's columns that come from other nodes or are JSON.
pub(super) struct ClaimStrings {
    /// The `node_index` of each of its sources, deniers, origins and
    /// chokepoints, subjects and documents, in [`ClaimStrings::LISTS`] order
    /// (`None` for an id that names no node).
    pub lists: [Vec<Option<usize>>; 6],
    /// Publishers of its documents, sorted, `; `-joined.
    pub publishers: String,
    /// Earliest date of its documents.
    pub first_date: Option<String>,
    /// Latest date of its documents.
    pub last_date: Option<String>,
    /// URL of its earliest document with one (undated last, then by path).
    pub url: Option<String>,
    /// Names of its origins, `; `-joined.
    pub origin_names: String,
    /// `contradicted_by` as JSON.
    pub contradicted_by_json: String,
    /// `contradictions` as JSON.
    pub contradictions_json: String,
    /// `joins` as JSON.
    pub joins_json: String,
}

impl ClaimStrings {
    /// The lists of [`ClaimStrings::lists`]: the role of each in `claim_sources`,
    /// or the link table it goes to.
    pub const LISTS: [&'static str; 6] = [
        "source",
        "denier",
        "origin",
        "chokepoint",
        "claim_subjects",
        "claim_documents",
    ];
}

/// An attribution row's columns made from lists.
pub(super) struct RecordStrings {
    /// The content spans as JSON, texts left out where `content_text`
    /// tells them (see [`super::content`]).
    pub content_json: String,
    /// The content spans' texts joined by ` … `.
    pub content_text: String,
    /// The relays as JSON.
    pub via_json: String,
    /// The relays' names, `; `-joined.
    pub via_names: String,
}

/// What a claim row takes from other nodes: each document's publisher, date,
/// URL and path, each source's name, and the `node_index` of every node but
/// the claims.
#[derive(Default)]
struct Known {
    documents: HashMap<String, [Option<String>; 4]>,
    names: HashMap<String, String>,
    indexes: HashMap<String, usize>,
}

/// Hands every node and edge to `send`, in insertion order; stops early
/// (false) when `send` returns false.
pub(super) fn produce<S, N, E>(nodes: N, edges: E, send: &mut dyn FnMut(Item<S>) -> bool) -> bool
where
    S: AsRef<str>,
    N: IntoIterator<Item = WireNode<S>>,
    E: IntoIterator<Item = (usize, WireEdge<S>)>,
{
    // Claims last: their rows take dates, publishers, names and node indexes
    // from the other nodes (graph order puts claims after them anyway). In
    // graph order, the claims' key and every link table keyed by claim grow at
    // their end.
    let mut known = Known::default();
    let mut claims = Vec::new();
    for (node_index, node) in nodes.into_iter().enumerate() {
        if matches!(node, WireNode::Claim { .. }) {
            claims.push((node_index, node));
            continue;
        }
        known.indexes.insert(node.id().to_string(), node_index);
        let derived = known.learn(&node);
        if !send(Item::Node(node_index, node, derived)) {
            return false;
        }
    }
    for (node_index, node) in claims {
        let derived = Derived::Claim(Box::new(known.claim(&node)));
        if !send(Item::Node(node_index, node, derived)) {
            return false;
        }
    }
    for (edge_index, edge) in edges {
        // The attributions hold them; left out here as the build leaves them
        // out, so a set read back fills the same batches and the same pages.
        if matches!(
            edge.data,
            WireEdgeData::Asserts(_) | WireEdgeData::Denies(_)
        ) {
            continue;
        }
        if !send(Item::Edge(edge_index, edge)) {
            return false;
        }
    }
    true
}

/// The record at `position` in the file, with its strings.
pub(super) fn record_item<S: AsRef<str>>(position: usize, record: AttributionRecord<S>) -> Item<S> {
    let strings = record_strings(&record);
    Item::Record(position, record, strings)
}

impl Known {
    /// Notes what claims take from a document or source and returns what its
    /// row derives.
    fn learn<S: AsRef<str>>(&mut self, node: &WireNode<S>) -> Derived {
        let opt = |value: &Option<S>| value.as_ref().map(|v| v.as_ref().to_string());
        match node {
            WireNode::Document {
                id,
                path,
                publisher,
                date,
                url,
                ..
            } => {
                let facts = [
                    opt(publisher),
                    opt(date),
                    opt(url),
                    Some(path.as_ref().to_string()),
                ];
                self.documents.insert(id.as_ref().to_string(), facts);
                Derived::Nothing
            }
            WireNode::Source {
                id,
                name,
                aliases,
                affiliation,
                ..
            } => {
                self.names
                    .insert(id.as_ref().to_string(), name.as_ref().to_string());
                Derived::Source {
                    aliases: json_list(aliases),
                    affiliation: json_list(affiliation),
                }
            }
            WireNode::Subject { .. } | WireNode::Claim { .. } => Derived::Nothing,
        }
    }

    /// A claim's derived columns.
    fn claim<S: AsRef<str>>(&self, node: &WireNode<S>) -> ClaimStrings {
        let WireNode::Claim {
            documents,
            origins,
            contradicted_by,
            contradictions,
            joins,
            sources,
            deniers,
            chokepoints,
            subjects,
            ..
        } = node
        else {
            unreachable!("only claims are given");
        };
        // What its documents tell: publishers (sorted), first and last date, and
        // the URL of the earliest document with one (undated last, then by path).
        let facts: Vec<&[Option<String>; 4]> = documents
            .iter()
            .filter_map(|doc| self.documents.get(doc.as_ref()))
            .collect();
        let publishers: BTreeSet<&str> = facts.iter().filter_map(|f| f[0].as_deref()).collect();
        let dates = || facts.iter().filter_map(|f| f[1].as_deref());
        let url = facts
            .iter()
            .filter(|f| f[2].is_some())
            .min_by_key(|f| (f[1].is_none(), f[1].as_deref(), f[3].as_deref()))
            .and_then(|f| f[2].clone());
        let origin_names = origins
            .iter()
            .filter_map(|o| self.names.get(o.as_ref()).map(String::as_str))
            .collect::<Vec<_>>()
            .join("; ");
        let contradictions_json = serde_json::to_string(
            &contradictions
                .iter()
                .map(|c| WireContradiction {
                    claim: c.claim.as_ref(),
                    reason: c.reason.as_ref(),
                })
                .collect::<Vec<_>>(),
        )
        .expect("contradictions serialize");
        let joins_json = serde_json::to_string(
            &joins
                .iter()
                .map(|j| WireJoin {
                    a: j.a.as_ref(),
                    b: j.b.as_ref(),
                    by: j.by.as_ref(),
                    likeness: j.likeness,
                })
                .collect::<Vec<_>>(),
        )
        .expect("joins serialize");
        let indexes = |ids: &[S]| -> Vec<Option<usize>> {
            ids.iter()
                .map(|id| self.indexes.get(id.as_ref()).copied())
                .collect()
        };
        ClaimStrings {
            lists: [
                indexes(sources),
                indexes(deniers),
                indexes(origins),
                indexes(chokepoints),
                indexes(subjects),
                indexes(documents),
            ],
            publishers: publishers.into_iter().collect::<Vec<_>>().join("; "),
            first_date: dates().min().map(str::to_string),
            last_date: dates().max().map(str::to_string),
            url,
            origin_names,
            contradicted_by_json: json_list(contradicted_by),
            contradictions_json,
            joins_json,
        }
    }
}

/// An attribution row's list columns.
fn record_strings<S: AsRef<str>>(record: &AttributionRecord<S>) -> RecordStrings {
    let content_text = record
        .content
        .iter()
        .map(|span| span.text.as_ref())
        .collect::<Vec<_>>()
        .join(super::content::SEPARATOR);
    let via_names = record
        .via
        .iter()
        .map(|via| via.name.as_ref())
        .collect::<Vec<_>>()
        .join("; ");
    let via_json = serde_json::to_string(
        &record
            .via
            .iter()
            .map(|via| WireVia {
                id: via.id.as_ref(),
                name: via.name.as_ref(),
            })
            .collect::<Vec<_>>(),
    )
    .expect("via serializes");
    RecordStrings {
        content_json: super::content::content_json(&record.content),
        content_text,
        via_json,
        via_names,
    }
}

/// A list of strings as a JSON array.
fn json_list<S: AsRef<str>>(items: &[S]) -> String {
    serde_json::to_string(&items.iter().map(AsRef::as_ref).collect::<Vec<_>>())
        .expect("strings serialize")
}
