//! Wire types of the output contract (`../shared/CONTRACT.md`): attribution
//! records, the node-link graph, and the query answers. These, never model structs
//! or petgraph indexes, are what is written and read back; renaming a field is a
//! breaking change that bumps [`SCHEMA`].
//!
//! The text fields have the type `S`, `String` unless said otherwise: what is read
//! back owns its text, while export writes `&str` borrowed from the corpus, so
//! that streaming a record or an edge copies no string. Both serialise to the
//! same bytes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Schema id written into `graph.json`.
pub const SCHEMA: &str = "attrgraph/3";

/// A span in code points from the start of the file, with its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireSpan<S = String> {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Exactly the slice.
    pub text: S,
}

/// Who an attribution credits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireSourceRef<S = String> {
    /// Node id of the source in `graph.json`.
    pub id: S,
    /// Canonical name.
    pub name: S,
    /// `person`, `organization`, `government`, `media`, `unnamed` or `publisher`.
    pub kind: S,
    /// The phrase naming the source in this sentence, or null when from context.
    pub mention: Option<WireSpan<S>>,
}

/// A relay of an attribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireVia<S = String> {
    /// Node id of the relaying source.
    pub id: S,
    /// Its canonical name.
    pub name: S,
}

/// One line of `attributions.jsonl`. Its `sentence` is left out of the line
/// when the content is one span, the whole sentence (the publisher's own
/// voice, mostly), and read back from that span.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "RecordLine<S>")]
#[serde(bound(deserialize = "S: Deserialize<'de> + Clone"))]
pub struct AttributionRecord<S = String> {
    /// Stable id.
    pub id: S,
    /// Document path relative to the input folder.
    pub document: S,
    /// Who is credited.
    pub source: Option<WireSourceRef<S>>,
    /// The cue.
    pub cue: Option<WireSpan<S>>,
    /// What is attributed.
    pub content: Vec<WireSpan<S>>,
    /// `direct`, `mixed`, `indirect` or `narrator`.
    pub quote: S,
    /// `asserts` or `denies`.
    pub stance: S,
    /// Relays, outermost first.
    pub via: Vec<WireVia<S>>,
    /// Claim node id.
    pub claim: S,
    /// The evidence sentence the attribution was read from.
    pub sentence: WireSpan<S>,
}

impl<S: AsRef<str>> AttributionRecord<S> {
    /// The wording: its content spans' texts joined by a space (how analysis
    /// words an attribution).
    pub fn content_text(&self) -> String {
        let parts: Vec<&str> = self.content.iter().map(|span| span.text.as_ref()).collect();
        parts.join(" ")
    }
}

/// An [`AttributionRecord`] as its line holds it: the sentence only when it
/// is not the one content span.
#[derive(Deserialize)]
// `default` needs no `S: Default` (a None), whatever serde guesses.
#[serde(bound(deserialize = "S: Deserialize<'de>"))]
struct RecordLine<S> {
    id: S,
    document: S,
    source: Option<WireSourceRef<S>>,
    cue: Option<WireSpan<S>>,
    content: Vec<WireSpan<S>>,
    quote: S,
    stance: S,
    via: Vec<WireVia<S>>,
    claim: S,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    sentence: Option<WireSpan<S>>,
}

impl<S: Serialize + PartialEq> Serialize for AttributionRecord<S> {
    fn serialize<Z: serde::Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        /// The fields borrowed, in the order of the line.
        #[derive(Serialize)]
        struct Borrowed<'r, S> {
            id: &'r S,
            document: &'r S,
            source: &'r Option<WireSourceRef<S>>,
            cue: &'r Option<WireSpan<S>>,
            content: &'r [WireSpan<S>],
            quote: &'r S,
            stance: &'r S,
            via: &'r [WireVia<S>],
            claim: &'r S,
            #[serde(skip_serializing_if = "Option::is_none")]
            sentence: Option<&'r WireSpan<S>>,
        }
        let whole = self.content.len() == 1 && self.content[0] == self.sentence;
        Borrowed {
            id: &self.id,
            document: &self.document,
            source: &self.source,
            cue: &self.cue,
            content: &self.content,
            quote: &self.quote,
            stance: &self.stance,
            via: &self.via,
            claim: &self.claim,
            sentence: (!whole).then_some(&self.sentence),
        }
        .serialize(serializer)
    }
}

impl<S: Clone> TryFrom<RecordLine<S>> for AttributionRecord<S> {
    type Error = &'static str;

    fn try_from(line: RecordLine<S>) -> Result<Self, Self::Error> {
        let sentence = match (line.sentence, line.content.as_slice()) {
            (Some(sentence), _) => sentence,
            (None, [whole]) => whole.clone(),
            (None, _) => return Err("no `sentence`, and not one content span to be it"),
        };
        Ok(AttributionRecord {
            id: line.id,
            document: line.document,
            source: line.source,
            cue: line.cue,
            content: line.content,
            quote: line.quote,
            stance: line.stance,
            via: line.via,
            claim: line.claim,
            sentence,
        })
    }
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
pub struct WireCredibility<S = String> {
    /// 1 (confirmed by independent sources) … 6 (cannot be judged).
    pub score: u8,
    /// "confirmed", "probably true", "possibly true", "doubtful", "improbable",
    /// "cannot be judged".
    pub label: S,
    /// Why.
    pub reason: S,
}

/// A claim's credibility in `graph.json`: the score and a code for the reason
/// (see [`super::credibility`]; the wording of each code is in `CONTRACT.md`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
// `default` needs no `S: Default` (a None), whatever serde guesses.
#[serde(bound(deserialize = "S: Deserialize<'de>"))]
pub struct WireCredibilityCode<S = String> {
    /// 1 (confirmed by independent sources) … 6 (cannot be judged).
    pub score: u8,
    /// Why, as a code: `one-source`, `publisher-only`, … or `other`.
    pub code: S,
    /// The independent sources of the strongest claim contradicting it, for
    /// the `contested-*` codes.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub against: Option<usize>,
    /// The reason in words, for the code `other` only.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reason: Option<S>,
}

/// A claim that contradicts another, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireContradiction<S = String> {
    /// The other claim's node id.
    pub claim: S,
    /// Why they conflict.
    pub reason: S,
}

/// Two attributions of a claim judged to state it alike, which joined their
/// groups: why the claim's wordings are one claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireJoin<S = String> {
    /// One attribution record's id.
    pub a: S,
    /// The other's.
    pub b: S,
    /// What judged them alike: `words` (words and the proposition's core all
    /// but coincide) or `model` (the fitted matcher).
    pub by: S,
    /// How alike, 0 to 1, to two decimals: the word similarity or the
    /// matcher's probability.
    pub likeness: f32,
}

/// A node of `graph.json`.
// Claims are most nodes of a big graph (168k of 252k on the bench corpus):
// boxing their variant would add an allocation to each to save bytes on the rest.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[serde(bound(
    serialize = "S: Serialize + AsRef<str>",
    deserialize = "S: Deserialize<'de> + Default"
))]
pub enum WireNode<S = String> {
    /// An article.
    Document {
        /// Node id.
        id: S,
        /// Path relative to the input folder.
        path: S,
        /// Outlet, where known.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        publisher: Option<S>,
        /// Date, where known.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        date: Option<S>,
        /// Title, where known.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        title: Option<S>,
        /// URL, where known.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        url: Option<S>,
        /// The story it belongs to: articles telling the same news, numbered
        /// from 0 in order of each story's first article.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        story: Option<u32>,
    },
    /// A source.
    Source {
        /// Node id.
        id: S,
        /// Canonical name.
        name: S,
        /// Kind of source.
        #[serde(rename = "type")]
        source_type: S,
        /// Other names met.
        aliases: Vec<S>,
        /// Names of the bodies it belongs to, innermost first.
        affiliation: Vec<S>,
        /// Node id of the outermost body it is merged into for independence.
        group: S,
    },
    /// A claim. Empty lists and a false `circular` are left out of the line.
    /// A claim of one attribution names its record in `attribution` and
    /// leaves out what that record and the `about` edges hold: its `text`,
    /// `sources` or `deniers`, `documents`, `subjects`, and `origins` when
    /// they are its sources; [`complete`](super::records::complete) puts them
    /// back on reading.
    Claim {
        /// Node id.
        id: S,
        /// Id of the one attribution record of a claim of one attribution.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        attribution: Option<S>,
        /// Representative wording.
        #[serde(skip_serializing_if = "is_blank", default)]
        text: S,
        /// Subject node ids.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        subjects: Vec<S>,
        /// Source node ids asserting it.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        sources: Vec<S>,
        /// Source node ids denying it.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        deniers: Vec<S>,
        /// Independent sources after merging.
        independent_sources: usize,
        /// The origins counted (merged bodies), node ids.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        origins: Vec<S>,
        /// Minimum vertex cut when it is smaller than the number of outlets.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        chokepoints: Vec<S>,
        /// Many documents or outlets, one independent source.
        #[serde(skip_serializing_if = "is_false", default)]
        circular: bool,
        /// Claim node ids contradicting it.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        contradicted_by: Vec<S>,
        /// Contradictions with reasons.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        contradictions: Vec<WireContradiction<S>>,
        /// The pairs of its attributions whose joining made it one claim.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        joins: Vec<WireJoin<S>>,
        /// Documents reporting it.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        documents: Vec<S>,
        /// Number of attributions.
        attributions: usize,
        /// Credibility: score and reason code.
        credibility: WireCredibilityCode<S>,
        /// The story most of its documents belong to (ties to the lowest).
        #[serde(skip_serializing_if = "Option::is_none", default)]
        story: Option<u32>,
    },
    /// A subject.
    Subject {
        /// Node id.
        id: S,
        /// Display name.
        name: S,
    },
}

/// A text left out of a line: empty.
fn is_blank<S: AsRef<str>>(text: &S) -> bool {
    text.as_ref().is_empty()
}

/// A flag left out of a line: false.
fn is_false(flag: &bool) -> bool {
    !flag
}

impl<S: AsRef<str>> WireNode<S> {
    /// The node id.
    pub fn id(&self) -> &str {
        match self {
            WireNode::Document { id, .. }
            | WireNode::Source { id, .. }
            | WireNode::Claim { id, .. }
            | WireNode::Subject { id, .. } => id.as_ref(),
        }
    }
}

/// An edge of `graph.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "S: Deserialize<'de> + Default"))]
pub struct WireEdge<S = String> {
    /// Tail node id.
    pub source: S,
    /// Head node id.
    pub target: S,
    /// Key among parallel edges (0, 1, …).
    pub key: usize,
    /// The edge kind and its fields.
    #[serde(flatten)]
    pub data: WireEdgeData<S>,
}

/// Kind-specific edge fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[serde(bound(deserialize = "S: Deserialize<'de> + Default"))]
pub enum WireEdgeData<S = String> {
    /// Source asserts claim.
    Asserts(WireEvidence<S>),
    /// Source denies claim.
    Denies(WireEvidence<S>),
    /// Relay passed on what the source said.
    Relays {
        /// Attribution id.
        attribution: S,
        /// Document.
        document: S,
    },
    /// Member of a body.
    MemberOf {},
    /// Claim about subject.
    About {},
    /// Claim contradicts claim.
    Contradicts {
        /// Why.
        reason: S,
    },
    /// Document published by source.
    Published {},
}

/// What an asserts / denies edge carries: the attribution record it stands
/// for (in `attributions.jsonl`, with its cue, content and sentence), where,
/// and how it was quoted.
///
/// `document`, `cue` and `content` are not written to `graph.json`: they are
/// the record's, kept here for the evidence tooltips of a drawing, and empty
/// when read back until filled from the records (see
/// [`complete`](super::records::complete) and
/// [`fill_evidence`](super::records::fill_evidence)).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "S: Deserialize<'de> + Default"))]
pub struct WireEvidence<S = String> {
    /// Attribution id.
    pub attribution: S,
    /// Document.
    #[serde(skip_serializing, default)]
    pub document: S,
    /// Quote kind.
    pub quote: S,
    /// The record's cue span, for drawing only.
    #[serde(skip)]
    pub cue: Option<WireSpan<S>>,
    /// The record's content spans, for drawing only.
    #[serde(skip)]
    pub content: Vec<WireSpan<S>>,
}
