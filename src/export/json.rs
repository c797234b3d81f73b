//! Wire types of the output contract (`../shared/CONTRACT.md`): attribution
//! records, the node-link graph, and the query answers. These, never model structs
//! or petgraph indexes, are what is written and read back; renaming a field is a
//! breaking change that bumps [`SCHEMA`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Schema id written into `graph.json`.
pub const SCHEMA: &str = "attrgraph/1";

/// A span in code points from the start of the file, with its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Exactly the slice.
    pub text: String,
}

/// Who an attribution credits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireSourceRef {
    /// Node id of the source in `graph.json`.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `person`, `organization`, `government`, `media`, `unnamed` or `publisher`.
    pub kind: String,
    /// The phrase naming the source in this sentence, or null when from context.
    pub mention: Option<WireSpan>,
}

/// A relay of an attribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireVia {
    /// Node id of the relaying source.
    pub id: String,
    /// Its canonical name.
    pub name: String,
}

/// One line of `attributions.jsonl`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttributionRecord {
    /// Stable id.
    pub id: String,
    /// Document path relative to the input folder.
    pub document: String,
    /// Who is credited.
    pub source: Option<WireSourceRef>,
    /// The cue.
    pub cue: Option<WireSpan>,
    /// What is attributed.
    pub content: Vec<WireSpan>,
    /// `direct`, `mixed`, `indirect` or `narrator`.
    pub quote: String,
    /// `asserts` or `denies`.
    pub stance: String,
    /// Relays, outermost first.
    pub via: Vec<WireVia>,
    /// Claim node id.
    pub claim: String,
    /// The evidence sentence the attribution was read from.
    pub sentence: WireSpan,
}

/// `graph.json`: networkx node-link form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NodeLinkGraph {
    /// Always true.
    pub directed: bool,
    /// Always true (several attributions may join the same source and claim).
    pub multigraph: bool,
    /// Graph attributes.
    pub graph: GraphMeta,
    /// Nodes, in a stable order.
    pub nodes: Vec<WireNode>,
    /// Edges, in a stable order.
    pub edges: Vec<WireEdge>,
}

/// Graph-level attributes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GraphMeta {
    /// [`SCHEMA`].
    pub schema: String,
    /// "attrgraph".
    pub generator: String,
    /// The generator's version.
    pub version: String,
    /// Node and edge counts by kind, and documents / attributions.
    pub counts: BTreeMap<String, usize>,
}

/// Admiralty-scale credibility of a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireCredibility {
    /// 1 (confirmed by independent sources) … 6 (cannot be judged).
    pub score: u8,
    /// "confirmed", "probably true", "possibly true", "doubtful", "improbable",
    /// "cannot be judged".
    pub label: String,
    /// Why.
    pub reason: String,
}

/// A claim that contradicts another, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireContradiction {
    /// The other claim's node id.
    pub claim: String,
    /// Why they conflict.
    pub reason: String,
}

/// A node of `graph.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WireNode {
    /// An article.
    Document {
        /// Node id.
        id: String,
        /// Path relative to the input folder.
        path: String,
        /// Outlet, where known.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        publisher: Option<String>,
        /// Date, where known.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        date: Option<String>,
        /// Title, where known.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        title: Option<String>,
        /// URL, where known.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        url: Option<String>,
    },
    /// A source.
    Source {
        /// Node id.
        id: String,
        /// Canonical name.
        name: String,
        /// Kind of source.
        #[serde(rename = "type")]
        source_type: String,
        /// Other names met.
        aliases: Vec<String>,
        /// Names of the bodies it belongs to, innermost first.
        affiliation: Vec<String>,
        /// Node id of the outermost body it is merged into for independence.
        group: String,
    },
    /// A claim.
    Claim {
        /// Node id.
        id: String,
        /// Representative wording.
        text: String,
        /// Subject node ids.
        subjects: Vec<String>,
        /// Source node ids asserting it.
        sources: Vec<String>,
        /// Source node ids denying it.
        #[serde(default)]
        deniers: Vec<String>,
        /// Independent sources after merging.
        independent_sources: usize,
        /// The origins counted (merged bodies), node ids.
        origins: Vec<String>,
        /// Minimum vertex cut when it is smaller than the number of outlets.
        #[serde(default)]
        chokepoints: Vec<String>,
        /// Many documents or outlets, one independent source.
        #[serde(default)]
        circular: bool,
        /// Claim node ids contradicting it.
        contradicted_by: Vec<String>,
        /// Contradictions with reasons.
        #[serde(default)]
        contradictions: Vec<WireContradiction>,
        /// Documents reporting it.
        documents: Vec<String>,
        /// Number of attributions.
        attributions: usize,
        /// Credibility.
        credibility: WireCredibility,
    },
    /// A subject.
    Subject {
        /// Node id.
        id: String,
        /// Display name.
        name: String,
    },
}

impl WireNode {
    /// The node id.
    pub fn id(&self) -> &str {
        match self {
            WireNode::Document { id, .. }
            | WireNode::Source { id, .. }
            | WireNode::Claim { id, .. }
            | WireNode::Subject { id, .. } => id,
        }
    }
}

/// An edge of `graph.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireEdge {
    /// Tail node id.
    pub source: String,
    /// Head node id.
    pub target: String,
    /// Key among parallel edges (0, 1, …).
    pub key: usize,
    /// The edge kind and its fields.
    #[serde(flatten)]
    pub data: WireEdgeData,
}

/// Kind-specific edge fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WireEdgeData {
    /// Source asserts claim.
    Asserts(WireEvidence),
    /// Source denies claim.
    Denies(WireEvidence),
    /// Relay passed on what the source said.
    Relays {
        /// Attribution id.
        attribution: String,
        /// Document.
        document: String,
    },
    /// Member of a body.
    MemberOf {},
    /// Claim about subject.
    About {},
    /// Claim contradicts claim.
    Contradicts {
        /// Why.
        reason: String,
    },
    /// Document published by source.
    Published {},
}

/// The evidence an asserts / denies edge carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireEvidence {
    /// Attribution id.
    pub attribution: String,
    /// Document.
    pub document: String,
    /// Cue span.
    pub cue: Option<WireSpan>,
    /// Content spans.
    pub content: Vec<WireSpan>,
    /// Quote kind.
    pub quote: String,
    /// The evidence sentence, when it is more than the one content span (the
    /// attribution record always has it).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sentence: Option<WireSpan>,
}
