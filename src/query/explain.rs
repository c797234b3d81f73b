//! The "why" of a claim: the corroboration paths from each origin counted, through
//! the relays, to the documents, each hop with its evidence sentence; the sources
//! merged into each origin; chokepoints and circular reporting in a sentence; the
//! contradictions with the sentences on both sides; and the credibility.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::export::json::{AttributionRecord, WireEdgeData, WireNode};

use super::answers::{
    ContradictionPath, EvidencePath, Explanation, MergedSource, NamedRef, OriginPaths, PathStep,
    SideEvidence,
};
use super::claims::{contradicting, distinct_names, names, refs};
use super::{ClaimLookup, Output};

/// How deep a `member_of` chain is followed from a source to its origin.
const MAX_MEMBER_DEPTH: usize = 8;

/// Explains one claim, by full id or unique prefix; `None` when no claim or
/// several match.
pub fn explain(output: &Output, id: &str) -> Option<Explanation> {
    let ClaimLookup::Found(id) = output.find_claim(id) else {
        return None;
    };
    let view = output.claim_view(&id)?;
    let records: Vec<&AttributionRecord> =
        output.records(output.index.by_claim.get(view.id)).collect();

    let origin_pos: HashMap<&str, usize> = view
        .origins
        .iter()
        .enumerate()
        .map(|(pos, origin)| (origin.as_str(), pos))
        .collect();
    let mut origins: Vec<OriginPaths> = view
        .origins
        .iter()
        .map(|origin| OriginPaths {
            origin: output.named(origin),
            source_type: source_type(output, origin),
            merged: Vec::new(),
            paths: Vec::new(),
        })
        .collect();
    let mut merged_seen: HashSet<(usize, &str)> = HashSet::new();
    let mut uncounted = Vec::new();
    let mut denials = Vec::new();
    for record in &records {
        let path = evidence_path(output, record);
        match record.stance.as_str() {
            "asserts" => {}
            "denies" => {
                denials.push(path);
                continue;
            }
            _ => {
                uncounted.push(path);
                continue;
            }
        }
        let Some(pos) = origin_of(output, record, &origin_pos) else {
            uncounted.push(path);
            continue;
        };
        if let Some(source) = &record.source {
            let origin = &view.origins[pos];
            if source.id != *origin && merged_seen.insert((pos, &source.id)) {
                origins[pos].merged.push(MergedSource {
                    source: NamedRef {
                        id: source.id.clone(),
                        name: source.name.clone(),
                    },
                    member_of: member_chain(output, &source.id, origin),
                });
            }
        }
        origins[pos].paths.push(path);
    }
    for origin in &mut origins {
        origin.merged.sort_by(|a, b| a.source.cmp(&b.source));
    }

    let contradictions: Vec<ContradictionPath> = contradicting(output, &view)
        .into_iter()
        .map(|other| ContradictionPath {
            this_side: records.iter().map(|record| side_evidence(record)).collect(),
            other_side: output
                .records(output.index.by_claim.get(&other.id))
                .map(side_evidence)
                .collect(),
            claim: NamedRef {
                id: other.id,
                name: other.text,
            },
            reason: other.reason,
        })
        .collect();

    let documents = if view.documents.is_empty() {
        records
            .iter()
            .map(|record| record.document.as_str())
            .collect::<HashSet<_>>()
            .len()
    } else {
        view.documents.len()
    };
    let mut summary = origin_sentence(
        documents,
        view.independent_sources,
        &names(output, view.origins),
    );
    if view.circular {
        summary.push_str(" Circular reporting: the documents repeat one origin, so they do not corroborate each other.");
    }
    // A chokepoint that is an origin is already named by "all trace back to".
    let chokepoints: Vec<String> = view
        .chokepoints
        .iter()
        .filter(|id| !view.origins.contains(id))
        .map(|id| output.name_of(id).to_string())
        .collect();
    if !chokepoints.is_empty() {
        summary.push_str(&format!(
            " Every path passes through {}.",
            join_names(&chokepoints)
        ));
    }
    if !view.deniers.is_empty() {
        summary.push_str(&format!(
            " Denied by {}.",
            join_names(&distinct_names(output, view.deniers))
        ));
    }
    if !contradictions.is_empty() {
        summary.push_str(&format!(
            " Contradicted by {}.",
            count(contradictions.len(), "claim", "claims")
        ));
    }

    Some(Explanation {
        claim: NamedRef {
            id: view.id.to_string(),
            name: view.text.to_string(),
        },
        summary,
        independent_sources: view.independent_sources,
        documents,
        attributions: view.attributions.max(records.len()),
        circular: view.circular,
        chokepoints: refs(output, view.chokepoints),
        origins,
        uncounted,
        denials,
        contradictions,
        joins: super::joins::joins(output, &view),
        credibility: view.credibility.clone(),
    })
}

/// "6 documents, 1 independent source: all trace back to the Ministry of Defense."
fn origin_sentence(documents: usize, independent: usize, origins: &[String]) -> String {
    let head = format!(
        "{}, {}",
        count(documents, "document", "documents"),
        count(independent, "independent source", "independent sources")
    );
    match (independent, origins) {
        (0, _) | (_, []) => format!("{head}."),
        (1, _) if documents > 1 => format!("{head}: all trace back to {}.", join_names(origins)),
        _ => format!("{head}: {}.", join_names(origins)),
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        _ => format!("{n} {many}"),
    }
}

/// "A", "A and B", "A, B and C".
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The origin an asserting attribution is counted under: its source, the
/// source's group, a body it is a member of, or a relay (innermost first).
fn origin_of(
    output: &Output,
    record: &AttributionRecord,
    origin_pos: &HashMap<&str, usize>,
) -> Option<usize> {
    let mut candidates: Vec<&str> = Vec::new();
    if let Some(source) = &record.source {
        candidates.push(&source.id);
        if let Some(WireNode::Source { group, .. }) = output.node(&source.id) {
            candidates.push(group);
        }
    }
    if let Some(&pos) = candidates.iter().find_map(|id| origin_pos.get(id)) {
        return Some(pos);
    }
    if let Some(source) = &record.source {
        let bodies = member_bodies(output, &source.id);
        if let Some(&pos) = bodies.iter().find_map(|(body, _)| origin_pos.get(body)) {
            return Some(pos);
        }
    }
    record.via.iter().rev().find_map(|relay| {
        let group = match output.node(&relay.id) {
            Some(WireNode::Source { group, .. }) => Some(group.as_str()),
            _ => None,
        };
        origin_pos
            .get(relay.id.as_str())
            .or_else(|| group.and_then(|g| origin_pos.get(g)))
            .copied()
    })
}

/// Every body reachable from a source through `member_of` edges, breadth first,
/// each with the body it was reached from.
fn member_bodies<'a>(output: &'a Output, source: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut reached: Vec<(&str, &str)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::from([source]);
    let mut queue: VecDeque<(&str, usize)> = VecDeque::from([(source, 0)]);
    while let Some((node, depth)) = queue.pop_front() {
        if depth >= MAX_MEMBER_DEPTH {
            continue;
        }
        for edge in output.edges_from(node) {
            if matches!(edge.data, WireEdgeData::MemberOf {}) && seen.insert(&edge.target) {
                reached.push((&edge.target, node));
                queue.push_back((&edge.target, depth + 1));
            }
        }
    }
    reached
}

/// The bodies from a source up to its origin through `member_of` edges,
/// innermost first; just the origin when no such chain is in the graph (the
/// source's `group` merged it).
fn member_chain(output: &Output, source: &str, origin: &str) -> Vec<NamedRef> {
    let bodies = member_bodies(output, source);
    let parent: HashMap<&str, &str> = bodies.iter().copied().collect();
    if !parent.contains_key(origin) {
        return vec![output.named(origin)];
    }
    let mut chain = vec![output.named(origin)];
    let mut node = origin;
    while let Some(&from) = parent.get(node) {
        if from == source {
            break;
        }
        chain.push(output.named(from));
        node = from;
    }
    chain.reverse();
    chain
}

/// An attribution traced from its source through its relays to its document.
fn evidence_path(output: &Output, record: &AttributionRecord) -> EvidencePath {
    let publisher = output.publisher_of(&record.document);
    let speaker = match &record.source {
        Some(source) => NamedRef {
            id: source.id.clone(),
            name: source.name.clone(),
        },
        None => NamedRef {
            id: String::new(),
            name: publisher.clone().map_or_else(
                || "(unattributed)".to_string(),
                |p| format!("{p} (narrator)"),
            ),
        },
    };
    let document_id = output
        .index
        .document_by_path
        .get(&record.document)
        .map_or_else(
            || record.document.clone(),
            |&node_idx| output.graph.nodes[node_idx].id().to_string(),
        );
    let mut chain = vec![speaker];
    chain.extend(record.via.iter().rev().map(|relay| NamedRef {
        id: relay.id.clone(),
        name: relay.name.clone(),
    }));
    chain.push(NamedRef {
        id: document_id,
        name: record.document.clone(),
    });
    let steps = chain
        .windows(2)
        .enumerate()
        .map(|(hop, pair)| PathStep {
            from: pair[0].clone(),
            to: pair[1].clone(),
            kind: if hop + 2 == chain.len() {
                "reported_in"
            } else {
                "relayed_by"
            }
            .to_string(),
            sentence: record.sentence.text.clone(),
        })
        .collect();
    EvidencePath {
        attribution: record.id.clone(),
        stance: record.stance.clone(),
        quote: record.quote.clone(),
        document: record.document.clone(),
        publisher,
        cue: record.cue.as_ref().map(|cue| cue.text.clone()),
        chain,
        steps,
        sentence: record.sentence.text.clone(),
    }
}

fn side_evidence(record: &AttributionRecord) -> SideEvidence {
    SideEvidence {
        attribution: record.id.clone(),
        source: record.source.as_ref().map(|s| NamedRef {
            id: s.id.clone(),
            name: s.name.clone(),
        }),
        stance: record.stance.clone(),
        document: record.document.clone(),
        sentence: record.sentence.text.clone(),
    }
}

fn source_type(output: &Output, id: &str) -> Option<String> {
    match output.node(id) {
        Some(WireNode::Source { source_type, .. }) => Some(source_type.clone()),
        _ => None,
    }
}
