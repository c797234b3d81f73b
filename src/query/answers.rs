//! The answers of `attrgraph query`: serde types written by `--json` inside
//! `{"version", "query", "results"}`. Like the wire types of the output files,
//! they are a contract: add fields freely, never rename or remove one. They hold
//! ids and names, never model structs or petgraph indexes.

use serde::{Deserialize, Serialize};

use crate::export::json::WireCredibility;

/// A node by id and display name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NamedRef {
    /// Node id in `graph.json`.
    pub id: String,
    /// Canonical name (a source), text (a claim) or path (a document).
    pub name: String,
}

/// One row of `attrgraph query claims`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    /// Claim node id.
    pub id: String,
    /// Representative wording.
    pub text: String,
    /// Independent sources after merging dependent ones.
    pub independent_sources: usize,
    /// Number of attributions.
    pub attributions: usize,
    /// Number of documents reporting it.
    pub documents: usize,
    /// Names of the origins counted as independent.
    pub origins: Vec<String>,
    /// Names of every source asserting it.
    pub sources: Vec<String>,
    /// Names of every source denying it.
    pub deniers: Vec<String>,
    /// Many documents or outlets, one independent source.
    pub circular: bool,
    /// Credibility, with its reason.
    pub credibility: WireCredibility,
    /// Ids of the claims contradicting it.
    pub contradicted_by: Vec<String>,
    /// The publishers of its documents, sorted.
    pub publishers: Vec<String>,
    /// The earliest date of its documents, where known.
    pub first_date: Option<String>,
    /// The latest date of its documents, where known.
    pub last_date: Option<String>,
    /// The URL of its earliest document that has one.
    pub url: Option<String>,
    /// The story most of its documents belong to.
    #[serde(default)]
    pub story: Option<u32>,
}

/// One row of `attrgraph query stories`: articles telling the same news.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryRow {
    /// Story number, as in `graph.json` (`story` of documents and claims).
    pub id: u32,
    /// Number of its articles.
    pub articles: usize,
    /// The publishers of its articles, sorted.
    pub publishers: Vec<String>,
    /// The earliest date of its articles, where known.
    pub first_date: Option<String>,
    /// The latest date of its articles, where known.
    pub last_date: Option<String>,
    /// Path of its first article (stories are numbered in this order).
    pub first_document: String,
    /// Title of its first article, where known.
    pub title: Option<String>,
    /// URL of its first article, where known.
    pub url: Option<String>,
    /// Claims whose story it is.
    pub claims: usize,
    /// Those of them with two or more independent sources.
    pub corroborated_claims: usize,
}

/// One side of a contradiction: a claim and who stands on either side of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimSide {
    /// Claim node id.
    pub id: String,
    /// Representative wording.
    pub text: String,
    /// Names of the sources asserting it.
    pub asserted_by: Vec<String>,
    /// Names of the sources denying it.
    pub denied_by: Vec<String>,
}

/// One row of `attrgraph query contradictions`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContradictionRow {
    /// `contradicts` (two claims conflict) or `denial` (sources deny the claim
    /// itself; `other` is null).
    pub kind: String,
    /// The claim.
    pub claim: ClaimSide,
    /// The claim it conflicts with, for `contradicts`.
    pub other: Option<ClaimSide>,
    /// Why they conflict.
    pub reason: String,
}

/// One attribution a source made, in `attrgraph query source`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceAttribution {
    /// Attribution id.
    pub attribution: String,
    /// Claim node id.
    pub claim: String,
    /// The claim's representative wording.
    pub claim_text: String,
    /// `asserts` or `denies`.
    pub stance: String,
    /// `direct`, `mixed`, `indirect` or `narrator`.
    pub quote: String,
    /// Document path.
    pub document: String,
    /// The cue, as written.
    pub cue: Option<String>,
    /// Relays it reached the document through, outermost first.
    pub via: Vec<NamedRef>,
    /// The evidence sentence.
    pub sentence: String,
}

/// One attribution a source passed on, in `attrgraph query source`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelayedAttribution {
    /// Attribution id.
    pub attribution: String,
    /// Who it credits, when known.
    pub source: Option<NamedRef>,
    /// Claim node id.
    pub claim: String,
    /// The claim's representative wording.
    pub claim_text: String,
    /// `asserts` or `denies`.
    pub stance: String,
    /// Document path.
    pub document: String,
    /// The evidence sentence.
    pub sentence: String,
}

/// A source matching `attrgraph query source NAME`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceAnswer {
    /// Source node id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `person`, `organization`, `government`, `media`, `unnamed` or `publisher`.
    #[serde(rename = "type")]
    pub source_type: String,
    /// Other names met.
    pub aliases: Vec<String>,
    /// Names of the bodies it belongs to, innermost first.
    pub affiliation: Vec<String>,
    /// The body it is merged into for independence, when not itself.
    pub group: Option<NamedRef>,
    /// `exact` (name or alias equal to the query) or `substring`.
    pub matched: String,
    /// The name or alias that matched.
    pub matched_name: String,
    /// Every attribution crediting it, by document.
    pub attributions: Vec<SourceAttribution>,
    /// Every attribution it relayed, by document.
    pub relayed: Vec<RelayedAttribution>,
}

/// Why two of a claim's wordings were joined into it: the pair judged alike
/// that brought their groups together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JoinReason {
    /// One side of the pair.
    pub a: JoinedWording,
    /// The other side.
    pub b: JoinedWording,
    /// What judged them alike: `words` (the words and the proposition's core
    /// all but coincide) or `model` (the fitted matcher).
    pub by: String,
    /// How alike, 0 to 1: the word similarity or the matcher's probability.
    pub likeness: f32,
    /// Words of meaning both wordings hold (case folded, in the first's order).
    pub shared: Vec<String>,
    /// Whether both documents are of one story; `None` when either has none.
    pub same_story: Option<bool>,
    /// Days between the two documents' dates, when both are dated.
    pub days_apart: Option<i64>,
}

/// One side of a [`JoinReason`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinedWording {
    /// Attribution record id.
    pub attribution: String,
    /// Who said it, by name.
    pub source: Option<String>,
    /// Document path.
    pub document: String,
    /// The wording (its content spans joined by a space).
    pub text: String,
}

/// One attribution of a claim, in `attrgraph query claim`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimAttribution {
    /// Attribution id.
    pub attribution: String,
    /// Who is credited, when known.
    pub source: Option<NamedRef>,
    /// The source's kind, when known.
    pub source_type: Option<String>,
    /// `asserts` or `denies`.
    pub stance: String,
    /// `direct`, `mixed`, `indirect` or `narrator`.
    pub quote: String,
    /// Relays, outermost first.
    pub via: Vec<NamedRef>,
    /// The cue, as written.
    pub cue: Option<String>,
    /// Document path.
    pub document: String,
    /// The evidence sentence.
    pub sentence: String,
}

/// A claim contradicting another, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContradictingClaim {
    /// The other claim's id.
    pub id: String,
    /// Its wording.
    pub text: String,
    /// Why they conflict.
    pub reason: String,
}

/// Everything about one claim, for `attrgraph query claim`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimAnswer {
    /// Claim node id.
    pub id: String,
    /// Representative wording.
    pub text: String,
    /// Names of the subjects it is about.
    pub subjects: Vec<String>,
    /// Independent sources after merging.
    pub independent_sources: usize,
    /// The origins counted.
    pub origins: Vec<NamedRef>,
    /// Every source asserting it.
    pub sources: Vec<NamedRef>,
    /// Every source denying it.
    pub deniers: Vec<NamedRef>,
    /// Sources every path goes through.
    pub chokepoints: Vec<NamedRef>,
    /// Number of documents reporting it.
    pub documents: usize,
    /// Many documents or outlets, one independent source.
    pub circular: bool,
    /// Credibility, with its reason.
    pub credibility: WireCredibility,
    /// Claims contradicting it.
    pub contradicted_by: Vec<ContradictingClaim>,
    /// Every attribution, in file order (by document).
    pub attributions: Vec<ClaimAttribution>,
    /// Why its wordings are one claim: the pairs judged alike, in the order
    /// they joined.
    pub joins: Vec<JoinReason>,
}

/// One hop of an evidence path, from the origin side towards the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathStep {
    /// Where the hop starts.
    pub from: NamedRef,
    /// Where it ends; a document is named by its path.
    pub to: NamedRef,
    /// `relayed_by` (a relay passed it on) or `reported_in` (it reached the
    /// document).
    pub kind: String,
    /// The evidence sentence of the edge.
    pub sentence: String,
}

/// One attribution traced from its source to its document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidencePath {
    /// Attribution id.
    pub attribution: String,
    /// `asserts` or `denies`.
    pub stance: String,
    /// `direct`, `mixed`, `indirect` or `narrator`.
    pub quote: String,
    /// Document path.
    pub document: String,
    /// The document's publisher, where known.
    pub publisher: Option<String>,
    /// The cue, as written.
    pub cue: Option<String>,
    /// The nodes passed, source first, then relays innermost first, then the
    /// document.
    pub chain: Vec<NamedRef>,
    /// The hops between them, each with its evidence sentence.
    pub steps: Vec<PathStep>,
    /// The evidence sentence.
    pub sentence: String,
}

/// A source merged into an origin, with the `member_of` chain that merges it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergedSource {
    /// The source.
    pub source: NamedRef,
    /// The bodies from the source up to the origin, innermost first.
    pub member_of: Vec<NamedRef>,
}

/// One independent origin of a claim and the paths from it to the documents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OriginPaths {
    /// The origin counted.
    pub origin: NamedRef,
    /// Its kind, when known.
    pub source_type: Option<String>,
    /// Other sources of the claim merged into it.
    pub merged: Vec<MergedSource>,
    /// Every attribution through which it reached a document.
    pub paths: Vec<EvidencePath>,
}

/// What one attribution of a claim says, for the sides of a contradiction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SideEvidence {
    /// Attribution id.
    pub attribution: String,
    /// Who is credited, when known.
    pub source: Option<NamedRef>,
    /// `asserts` or `denies`.
    pub stance: String,
    /// Document path.
    pub document: String,
    /// The evidence sentence.
    pub sentence: String,
}

/// A claim contradicting the explained one, with the sentences on both sides.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContradictionPath {
    /// The contradicting claim.
    pub claim: NamedRef,
    /// Why they conflict.
    pub reason: String,
    /// Attributions of the explained claim.
    pub this_side: Vec<SideEvidence>,
    /// Attributions of the contradicting claim.
    pub other_side: Vec<SideEvidence>,
}

/// Why a claim counts the sources it counts, for `attrgraph query explain`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// The claim.
    pub claim: NamedRef,
    /// One or two sentences: documents, independent sources, where they trace
    /// back to, chokepoints, denials and contradictions.
    pub summary: String,
    /// Independent sources after merging.
    pub independent_sources: usize,
    /// Number of documents reporting it.
    pub documents: usize,
    /// Number of attributions.
    pub attributions: usize,
    /// Many documents or outlets, one independent source.
    pub circular: bool,
    /// Sources every path goes through.
    pub chokepoints: Vec<NamedRef>,
    /// The corroboration paths, one entry per origin counted.
    pub origins: Vec<OriginPaths>,
    /// Asserting attributions whose source traces to no counted origin.
    pub uncounted: Vec<EvidencePath>,
    /// Attributions denying the claim.
    pub denials: Vec<EvidencePath>,
    /// The claims contradicting it.
    pub contradictions: Vec<ContradictionPath>,
    /// Why its wordings are one claim: the pairs judged alike.
    pub joins: Vec<JoinReason>,
    /// Credibility, with its reason.
    pub credibility: WireCredibility,
}

/// A name with how many times it was met.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedCount {
    /// The name.
    pub name: String,
    /// How many.
    pub count: usize,
}

/// One row of `attrgraph query sources`: who speaks most, and for whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRow {
    /// Source node id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Kind of source.
    #[serde(rename = "type")]
    pub source_type: String,
    /// Attributions crediting it.
    pub attributions: usize,
    /// Distinct claims it asserts or denies.
    pub claims: usize,
    /// Attributions in which it denies.
    pub denials: usize,
    /// Documents quoting it.
    pub documents: usize,
    /// Earliest date of those documents, where known.
    pub first_date: Option<String>,
    /// Latest date of those documents, where known.
    pub last_date: Option<String>,
    /// Attributions it relayed for others.
    pub relayed: usize,
    /// The outlets quoting it most, with how often.
    pub publishers: Vec<NamedCount>,
}
