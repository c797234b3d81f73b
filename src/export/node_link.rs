//! The graph in networkx node-link form (`graph.json` of the output contract), and
//! the neighbourhood of one claim cut out of it so large graphs stay drawable.
//!
//! Pure: no I/O. Every loop is linear in the graph (plus a sort of the
//! attributions by document); no char index is built twice for a document. Ids
//! are the stable keys of the model, never petgraph indexes.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use petgraph::visit::EdgeRef;

use crate::graph::{ClaimGraph, Edge, Node};
use crate::model::{Corpus, SourceId};

use super::json::{
    GraphMeta, NodeLinkGraph, WireContradiction, WireCredibility, WireEdge, WireEdgeData,
    WireEvidence, WireNode, SCHEMA,
};
use super::records::{document_id, CharIndex};

/// Node kinds, in the order nodes are written.
const NODE_KINDS: [&str; 4] = ["document", "source", "claim", "subject"];

/// Edge kinds of the contract.
const EDGE_KINDS: [&str; 7] = [
    "asserts",
    "denies",
    "relays",
    "member_of",
    "about",
    "contradicts",
    "published",
];

/// The label of an Admiralty credibility score; anything outside 1..=5 cannot be
/// judged.
pub fn credibility_label(score: u8) -> &'static str {
    match score {
        1 => "confirmed",
        2 => "probably true",
        3 => "possibly true",
        4 => "doubtful",
        5 => "improbable",
        _ => "cannot be judged",
    }
}

/// The whole graph in node-link form: nodes in graph order (documents, sources,
/// claims, subjects), edges in petgraph edge order, each edge keyed by the number
/// of earlier edges between the same two nodes.
pub fn node_link(graph: &ClaimGraph) -> NodeLinkGraph {
    let corpus = &graph.corpus;
    let document_ids: Vec<String> = corpus.articles.iter().map(document_id).collect();
    let groups = source_groups(corpus);

    let mut nodes = Vec::with_capacity(graph.graph.node_count());
    for node in graph.graph.node_weights() {
        nodes.push(wire_node(corpus, &document_ids, &groups, *node));
    }

    let mut evidence = evidence(corpus);
    let mut parallel: HashMap<(u32, u32), usize> = HashMap::new();
    let mut edges = Vec::with_capacity(graph.graph.edge_count());
    for edge in graph.graph.edge_references() {
        let pair = (edge.source().index() as u32, edge.target().index() as u32);
        let key = parallel.entry(pair).or_insert(0);
        let data = match edge.weight() {
            Edge::Asserts(i) => WireEdgeData::Asserts(take_evidence(&mut evidence, corpus, *i)),
            Edge::Denies(i) => WireEdgeData::Denies(take_evidence(&mut evidence, corpus, *i)),
            Edge::Relays(i) => {
                let attribution = &corpus.attributions[*i];
                WireEdgeData::Relays {
                    attribution: attribution.id.clone(),
                    document: corpus.articles[attribution.doc].path.clone(),
                }
            }
            Edge::MemberOf => WireEdgeData::MemberOf {},
            Edge::About => WireEdgeData::About {},
            Edge::Contradicts(reason) => WireEdgeData::Contradicts {
                reason: reason.clone(),
            },
            Edge::Published => WireEdgeData::Published {},
        };
        edges.push(WireEdge {
            source: nodes[edge.source().index()].id().to_string(),
            target: nodes[edge.target().index()].id().to_string(),
            key: *key,
            data,
        });
        *key += 1;
    }

    NodeLinkGraph {
        directed: true,
        multigraph: true,
        graph: GraphMeta {
            schema: SCHEMA.to_string(),
            generator: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            counts: counts(&nodes, &edges),
        },
        nodes,
        edges,
    }
}

/// The contract's name of a node's kind.
pub fn node_kind(node: &WireNode) -> &'static str {
    match node {
        WireNode::Document { .. } => "document",
        WireNode::Source { .. } => "source",
        WireNode::Claim { .. } => "claim",
        WireNode::Subject { .. } => "subject",
    }
}

/// The contract's name of an edge's kind.
pub fn edge_kind(data: &WireEdgeData) -> &'static str {
    match data {
        WireEdgeData::Asserts(_) => "asserts",
        WireEdgeData::Denies(_) => "denies",
        WireEdgeData::Relays { .. } => "relays",
        WireEdgeData::MemberOf {} => "member_of",
        WireEdgeData::About {} => "about",
        WireEdgeData::Contradicts { .. } => "contradicts",
        WireEdgeData::Published {} => "published",
    }
}

fn wire_node(
    corpus: &Corpus,
    document_ids: &[String],
    groups: &[SourceId],
    node: Node,
) -> WireNode {
    match node {
        Node::Document(doc) => {
            let article = &corpus.articles[doc];
            WireNode::Document {
                id: document_ids[doc].clone(),
                path: article.path.clone(),
                publisher: article.meta.publisher.clone(),
                date: article.meta.date.clone(),
                title: article.meta.title.clone(),
                url: article.meta.url.clone(),
            }
        }
        Node::Source(id) => {
            let entity = corpus.source(id);
            WireNode::Source {
                id: entity.key.clone(),
                name: entity.name.clone(),
                source_type: entity.kind.as_str().to_string(),
                aliases: entity.aliases.clone(),
                affiliation: entity
                    .affiliation
                    .iter()
                    .map(|body| corpus.source(*body).name.clone())
                    .collect(),
                group: corpus.source(groups[id.0 as usize]).key.clone(),
            }
        }
        Node::Claim(id) => {
            let claim = corpus.claim(id);
            let analysis = &claim.analysis;
            let source_keys =
                |ids: &[SourceId]| ids.iter().map(|s| corpus.source(*s).key.clone()).collect();
            let mut deniers = BTreeSet::new();
            let mut documents = BTreeSet::new();
            for &member in &claim.members {
                let attribution = &corpus.attributions[member];
                documents.insert(attribution.doc);
                if attribution.raw.stance == crate::model::Stance::Denies {
                    deniers.insert(attribution.source);
                }
            }
            let score = if (1..=6).contains(&analysis.credibility) {
                analysis.credibility
            } else {
                6
            };
            WireNode::Claim {
                id: claim.key.clone(),
                text: claim.text.clone(),
                subjects: claim
                    .subjects
                    .iter()
                    .map(|s| corpus.subjects[s.0 as usize].key.clone())
                    .collect(),
                sources: source_keys(&analysis.sources),
                deniers: deniers
                    .iter()
                    .map(|s| corpus.source(*s).key.clone())
                    .collect(),
                independent_sources: analysis.independent_sources,
                origins: source_keys(&analysis.origins),
                chokepoints: source_keys(&analysis.chokepoints),
                circular: analysis.circular,
                contradicted_by: analysis
                    .contradicted_by
                    .iter()
                    .map(|(other, _)| corpus.claim(*other).key.clone())
                    .collect(),
                contradictions: analysis
                    .contradicted_by
                    .iter()
                    .map(|(other, reason)| WireContradiction {
                        claim: corpus.claim(*other).key.clone(),
                        reason: reason.clone(),
                    })
                    .collect(),
                documents: documents
                    .iter()
                    .map(|doc| document_ids[*doc].clone())
                    .collect(),
                attributions: claim.members.len(),
                credibility: WireCredibility {
                    score,
                    label: credibility_label(score).to_string(),
                    reason: analysis.credibility_reason.clone(),
                },
            }
        }
        Node::Subject(id) => {
            let subject = &corpus.subjects[id.0 as usize];
            WireNode::Subject {
                id: subject.key.clone(),
                name: subject.name.clone(),
            }
        }
    }
}

/// The group of every source: the end of its chain of first affiliations. A chain
/// that runs into a cycle ends at the cycle's lowest source id. Memoised, so linear
/// in the number of sources however long the chains.
fn source_groups(corpus: &Corpus) -> Vec<SourceId> {
    const UNKNOWN: u32 = u32::MAX;
    let n_sources = corpus.sources.len();
    let mut group = vec![UNKNOWN; n_sources];
    let mut on_path = vec![false; n_sources];
    let mut path: Vec<usize> = Vec::new();
    for start in 0..n_sources {
        let mut current = start;
        let found = loop {
            if group[current] != UNKNOWN {
                break group[current];
            }
            if on_path[current] {
                let cycle_start = path.iter().position(|&p| p == current).expect("on path");
                break path[cycle_start..]
                    .iter()
                    .copied()
                    .min()
                    .expect("non-empty") as u32;
            }
            on_path[current] = true;
            path.push(current);
            match corpus.sources[current].affiliation.first() {
                Some(body) => current = body.0 as usize,
                None => break current as u32,
            }
        };
        for &p in &path {
            group[p] = found;
            on_path[p] = false;
        }
        path.clear();
    }
    group.into_iter().map(SourceId).collect()
}

/// The evidence of every attribution, computed with one [`CharIndex`] per
/// document: attributions are visited grouped by document whatever their order.
fn evidence(corpus: &Corpus) -> Vec<Option<WireEvidence>> {
    let mut order: Vec<usize> = (0..corpus.attributions.len()).collect();
    order.sort_by_key(|&i| corpus.attributions[i].doc);
    let mut out: Vec<Option<WireEvidence>> = vec![None; corpus.attributions.len()];
    let mut index: Option<(usize, CharIndex)> = None;
    for i in order {
        let attribution = &corpus.attributions[i];
        if index.as_ref().map(|(doc, _)| *doc) != Some(attribution.doc) {
            index = Some((
                attribution.doc,
                CharIndex::new(&corpus.articles[attribution.doc].text),
            ));
        }
        let chars = &index.as_ref().expect("set above").1;
        out[i] = Some(wire_evidence(corpus, i, chars));
    }
    out
}

/// The evidence of attribution `i`, moved out (each attribution has exactly one
/// asserts or denies edge); recomputed should a graph ever hold two.
fn take_evidence(evidence: &mut [Option<WireEvidence>], corpus: &Corpus, i: usize) -> WireEvidence {
    match evidence[i].take() {
        Some(found) => found,
        None => {
            let doc = corpus.attributions[i].doc;
            wire_evidence(corpus, i, &CharIndex::new(&corpus.articles[doc].text))
        }
    }
}

/// The evidence of attribution `i`, given the char index of its article.
fn wire_evidence(corpus: &Corpus, i: usize, chars: &CharIndex) -> WireEvidence {
    let attribution = &corpus.attributions[i];
    let raw = &attribution.raw;
    WireEvidence {
        attribution: attribution.id.clone(),
        document: corpus.articles[attribution.doc].path.clone(),
        cue: raw.cue.map(|c| chars.span(c)),
        content: raw.content.iter().map(|c| chars.span(*c)).collect(),
        quote: raw.quote.as_str().to_string(),
        sentence: (raw.content.as_slice() != [raw.sentence]).then(|| chars.span(raw.sentence)),
    }
}

/// The part of `graph` around one claim: the claim, its asserting and denying
/// sources, the relays those attributions came through, the bodies the sources
/// belong to (transitively), the documents reporting it and their publishers, the
/// claims contradicting it with the same around them, and the subjects of every
/// claim kept. `None` when no claim has that id. Edges are those of `graph`
/// between kept nodes (relays only for the kept attributions); counts are
/// recomputed.
pub fn neighbourhood(graph: &NodeLinkGraph, claim_id: &str) -> Option<NodeLinkGraph> {
    let center = graph.nodes.iter().position(|node| node.id() == claim_id)?;
    if !matches!(graph.nodes[center], WireNode::Claim { .. }) {
        return None;
    }
    Some(around(graph, &[center]))
}

/// An overview of a large graph: the neighbourhoods of at most `max_claims`
/// claims, the most corroborated and the most contested first (claims with
/// one independent source and no contradiction are left out).
pub fn overview(graph: &NodeLinkGraph, max_claims: usize) -> NodeLinkGraph {
    let mut ranked: Vec<(usize, usize, usize, usize)> = graph
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, node)| match node {
            WireNode::Claim {
                independent_sources,
                contradicted_by,
                attributions,
                ..
            } if *independent_sources >= 2 || !contradicted_by.is_empty() => Some((
                *independent_sources,
                contradicted_by.len(),
                *attributions,
                i,
            )),
            _ => None,
        })
        .collect();
    ranked.sort_by(|a, b| (b.0, b.1, b.2, a.3).cmp(&(a.0, a.1, a.2, b.3)));
    let centers: Vec<usize> = ranked.iter().take(max_claims).map(|r| r.3).collect();
    around(graph, &centers)
}

/// Index of every node by its id.
pub fn positions(graph: &NodeLinkGraph) -> HashMap<&str, usize> {
    graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (node.id(), i))
        .collect()
}

/// The claims at `centers` with the claims contradicting them, their sources,
/// relays, bodies, documents and subjects.
fn around(graph: &NodeLinkGraph, centers: &[usize]) -> NodeLinkGraph {
    let position = positions(graph);
    let document_at: HashMap<&str, usize> = graph
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, node)| match node {
            WireNode::Document { path, .. } => Some((path.as_str(), i)),
            _ => None,
        })
        .collect();
    // Endpoints of every edge whose endpoints both exist, and adjacency lists.
    let endpoints: Vec<Option<(usize, usize)>> = graph
        .edges
        .iter()
        .map(|edge| {
            Some((
                *position.get(edge.source.as_str())?,
                *position.get(edge.target.as_str())?,
            ))
        })
        .collect();
    let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); graph.nodes.len()];
    let mut in_edges: Vec<Vec<usize>> = vec![Vec::new(); graph.nodes.len()];
    for (i, ends) in endpoints.iter().enumerate() {
        if let Some((from, to)) = ends {
            out_edges[*from].push(i);
            in_edges[*to].push(i);
        }
    }
    let tail = |i: usize| endpoints[i].expect("indexed edge").0;
    let head = |i: usize| endpoints[i].expect("indexed edge").1;

    // The claims: the centres and those contradicting them, either direction.
    let mut claims = centers.to_vec();
    for &center in centers {
        for &i in out_edges[center].iter().chain(&in_edges[center]) {
            if matches!(graph.edges[i].data, WireEdgeData::Contradicts { .. }) {
                claims.push(if tail(i) == center { head(i) } else { tail(i) });
            }
        }
        if let WireNode::Claim {
            contradicted_by, ..
        } = &graph.nodes[center]
        {
            claims.extend(
                contradicted_by
                    .iter()
                    .filter_map(|id| position.get(id.as_str()).copied()),
            );
        }
    }

    let mut keep: HashSet<usize> = HashSet::new();
    let mut attributions: HashSet<&str> = HashSet::new();
    let mut sources: Vec<usize> = Vec::new();
    for &claim in &claims {
        if !keep.insert(claim) {
            continue;
        }
        for &i in &in_edges[claim] {
            if let WireEdgeData::Asserts(evidence) | WireEdgeData::Denies(evidence) =
                &graph.edges[i].data
            {
                sources.push(tail(i));
                attributions.insert(evidence.attribution.as_str());
                if let Some(&doc) = document_at.get(evidence.document.as_str()) {
                    keep.insert(doc);
                    for &j in &out_edges[doc] {
                        if matches!(graph.edges[j].data, WireEdgeData::Published {}) {
                            keep.insert(head(j));
                        }
                    }
                }
            }
        }
        for &i in &out_edges[claim] {
            if matches!(graph.edges[i].data, WireEdgeData::About {}) {
                keep.insert(head(i));
            }
        }
    }
    let is_kept_relay = |data: &WireEdgeData| match data {
        WireEdgeData::Relays { attribution, .. } => attributions.contains(attribution.as_str()),
        _ => false,
    };
    // Relays of the kept attributions into the sources, and the bodies of every
    // source kept, transitively.
    let mut seen: HashSet<usize> = HashSet::new();
    while let Some(source) = sources.pop() {
        if !seen.insert(source) {
            continue;
        }
        keep.insert(source);
        for &i in &in_edges[source] {
            if is_kept_relay(&graph.edges[i].data) {
                sources.push(tail(i));
            }
        }
        for &i in &out_edges[source] {
            if matches!(graph.edges[i].data, WireEdgeData::MemberOf {}) {
                sources.push(head(i));
            }
        }
    }

    let nodes: Vec<WireNode> = graph
        .nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, node)| node.clone())
        .collect();
    let edges: Vec<WireEdge> = graph
        .edges
        .iter()
        .zip(&endpoints)
        .filter(|(edge, ends)| match ends {
            Some((from, to)) => {
                keep.contains(from)
                    && keep.contains(to)
                    && (!matches!(edge.data, WireEdgeData::Relays { .. })
                        || is_kept_relay(&edge.data))
            }
            None => false,
        })
        .map(|(edge, _)| edge.clone())
        .collect();
    NodeLinkGraph {
        directed: graph.directed,
        multigraph: graph.multigraph,
        graph: GraphMeta {
            counts: counts(&nodes, &edges),
            ..graph.graph.clone()
        },
        nodes,
        edges,
    }
}

/// Node and edge counts, in total and by kind (every kind present, zero or not),
/// plus `documents` (document nodes) and `attributions` (asserts and denies edges).
fn counts(nodes: &[WireNode], edges: &[WireEdge]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    counts.insert("nodes".to_string(), nodes.len());
    counts.insert("edges".to_string(), edges.len());
    for kind in NODE_KINDS {
        counts.insert(format!("{kind}_nodes"), 0);
    }
    for kind in EDGE_KINDS {
        counts.insert(format!("{kind}_edges"), 0);
    }
    let mut n_documents = 0;
    for node in nodes {
        *counts
            .entry(format!("{}_nodes", node_kind(node)))
            .or_insert(0) += 1;
        n_documents += usize::from(matches!(node, WireNode::Document { .. }));
    }
    let mut n_attributions = 0;
    for edge in edges {
        *counts
            .entry(format!("{}_edges", edge_kind(&edge.data)))
            .or_insert(0) += 1;
        n_attributions += usize::from(matches!(
            edge.data,
            WireEdgeData::Asserts(_) | WireEdgeData::Denies(_)
        ));
    }
    counts.insert("documents".to_string(), n_documents);
    counts.insert("attributions".to_string(), n_attributions);
    counts
}
