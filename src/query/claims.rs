//! The claim-centred questions: which claims have several independent sources,
//! what contradicts what, and every attribution of one claim.

use std::collections::{BTreeSet, HashSet};

use crate::export::json::{AttributionRecord, WireEdgeData, WireNode};

use super::answers::{
    ClaimAnswer, ClaimAttribution, ClaimRow, ClaimSide, ContradictingClaim, ContradictionRow,
    NamedRef,
};
use super::output::ClaimView;
use super::{ClaimLookup, Output};

/// Claims with at least `min_sources` independent sources, most independent
/// sources first, then most attributions, then by id.
pub fn claims(output: &Output, min_sources: usize) -> Vec<ClaimRow> {
    let mut rows: Vec<ClaimRow> = output
        .graph
        .nodes
        .iter()
        .filter_map(|node| output.claim_view(node.id()))
        .filter(|view| view.independent_sources >= min_sources)
        .map(|view| (documents_of(output, view.documents), view))
        .map(|(facts, view)| ClaimRow {
            id: view.id.to_string(),
            text: view.text.to_string(),
            independent_sources: view.independent_sources,
            attributions: view.attributions,
            documents: view.documents.len(),
            origins: names(output, view.origins),
            sources: names(output, view.sources),
            deniers: names(output, view.deniers),
            circular: view.circular,
            credibility: view.credibility.clone(),
            contradicted_by: view.contradicted_by.to_vec(),
            publishers: facts.publishers,
            first_date: facts.first_date,
            last_date: facts.last_date,
            url: facts.url,
            story: view.story,
        })
        .collect();
    rows.sort_by(|a, b| {
        b.independent_sources
            .cmp(&a.independent_sources)
            .then(b.attributions.cmp(&a.attributions))
            .then_with(|| a.id.cmp(&b.id))
    });
    rows
}

/// The publishers, dates and first URL of a claim's documents.
struct DocumentFacts {
    publishers: Vec<String>,
    first_date: Option<String>,
    last_date: Option<String>,
    url: Option<String>,
}

/// What a claim's documents tell: publishers (sorted), first and last date,
/// and the URL of the earliest document that has one (undated ones last).
fn documents_of(output: &Output, documents: &[String]) -> DocumentFacts {
    let mut publishers = BTreeSet::new();
    let mut dated: Vec<(Option<&str>, &str, Option<&str>)> = Vec::new();
    for id in documents {
        if let Some(WireNode::Document {
            path,
            publisher,
            date,
            url,
            ..
        }) = output.node(id)
        {
            publishers.extend(publisher.iter().cloned());
            dated.push((date.as_deref(), path, url.as_deref()));
        }
    }
    dated.sort_by_key(|(date, path, _)| (date.is_none(), *date, *path));
    let dates = || dated.iter().filter_map(|(date, _, _)| *date);
    DocumentFacts {
        publishers: publishers.into_iter().collect(),
        first_date: dates().min().map(str::to_string),
        last_date: dates().max().map(str::to_string),
        url: dated.iter().find_map(|(_, _, url)| url.map(str::to_string)),
    }
}

/// Every pair of contradicting claims (one row per `contradicts` edge, or per
/// pair a claim lists in `contradicted_by` without an edge), then every claim
/// some source denies; each sorted by claim id.
pub fn contradictions(output: &Output) -> Vec<ContradictionRow> {
    let mut rows = Vec::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut push_pair = |rows: &mut Vec<ContradictionRow>, a: &str, b: &str, reason: &str| {
        let pair = if a <= b { (a, b) } else { (b, a) };
        if a != b && seen.insert((pair.0.to_string(), pair.1.to_string())) {
            rows.push(ContradictionRow {
                kind: "contradicts".to_string(),
                claim: side(output, pair.0),
                other: Some(side(output, pair.1)),
                reason: reason.to_string(),
            });
        }
    };
    for edge in &output.graph.edges {
        if let WireEdgeData::Contradicts { reason } = &edge.data {
            push_pair(&mut rows, &edge.source, &edge.target, reason);
        }
    }
    for node in &output.graph.nodes {
        let Some(view) = output.claim_view(node.id()) else {
            continue;
        };
        for other in view.contradicted_by {
            push_pair(
                &mut rows,
                view.id,
                other,
                reason_between(output, &view, other).as_str(),
            );
        }
        if !view.deniers.is_empty() {
            rows.push(ContradictionRow {
                kind: "denial".to_string(),
                claim: side(output, view.id),
                other: None,
                reason: format!(
                    "denied by {}",
                    distinct_names(output, view.deniers).join(", ")
                ),
            });
        }
    }
    // Conflicting claims first, then denials; each by claim id.
    let key = |row: &ContradictionRow| {
        (
            row.other.is_none(),
            row.claim.id.clone(),
            row.other.as_ref().map(|o| o.id.clone()),
        )
    };
    rows.sort_by_cached_key(key);
    rows
}

/// Everything about one claim, by full id or unique prefix; `None` when no claim
/// or several match.
pub fn claim(output: &Output, id: &str) -> Option<ClaimAnswer> {
    let ClaimLookup::Found(id) = output.find_claim(id) else {
        return None;
    };
    let view = output.claim_view(&id)?;
    let attributions = output
        .records(output.index.by_claim.get(view.id))
        .map(|record| ClaimAttribution {
            attribution: record.id.clone(),
            source: record.source.as_ref().map(|s| NamedRef {
                id: s.id.clone(),
                name: s.name.clone(),
            }),
            source_type: record.source.as_ref().map(|s| s.kind.clone()),
            stance: record.stance.clone(),
            quote: record.quote.clone(),
            via: via_refs(record),
            cue: record.cue.as_ref().map(|cue| cue.text.clone()),
            document: record.document.clone(),
            sentence: record.sentence.text.clone(),
        })
        .collect();
    Some(ClaimAnswer {
        id: view.id.to_string(),
        text: view.text.to_string(),
        subjects: names(output, view.subjects),
        independent_sources: view.independent_sources,
        origins: refs(output, view.origins),
        sources: refs(output, view.sources),
        deniers: refs(output, view.deniers),
        chokepoints: refs(output, view.chokepoints),
        documents: view.documents.len(),
        circular: view.circular,
        credibility: view.credibility.clone(),
        contradicted_by: contradicting(output, &view),
        attributions,
        joins: super::joins::joins(output, &view),
    })
}

/// The claims contradicting a claim, with reasons: its `contradicted_by` list
/// and the `contradicts` edges either way, by id.
pub(super) fn contradicting(output: &Output, view: &ClaimView<'_>) -> Vec<ContradictingClaim> {
    let mut others: Vec<(&str, String)> = Vec::new();
    for edge in output.edges_from(view.id).chain(output.edges_to(view.id)) {
        if let WireEdgeData::Contradicts { reason } = &edge.data {
            let other = if edge.source == view.id {
                &edge.target
            } else {
                &edge.source
            };
            others.push((other, reason.clone()));
        }
    }
    for other in view.contradicted_by {
        others.push((other, reason_between(output, view, other)));
    }
    others.sort_by(|a, b| a.0.cmp(b.0));
    // Keep the first reason given for each claim, preferring a non-empty one.
    others.dedup_by(|later, first| {
        if later.0 == first.0 && first.1.is_empty() {
            std::mem::swap(&mut first.1, &mut later.1);
        }
        later.0 == first.0
    });
    others
        .into_iter()
        .filter(|(other, _)| *other != view.id)
        .map(|(other, reason)| ContradictingClaim {
            id: other.to_string(),
            text: output.name_of(other).to_string(),
            reason,
        })
        .collect()
}

/// The reason a claim gives for conflicting with `other`, from its
/// `contradictions` list or the other claim's.
fn reason_between(output: &Output, view: &ClaimView<'_>, other: &str) -> String {
    let own = view.contradictions.iter().find(|c| c.claim == other);
    let theirs = || match output.node(other) {
        Some(WireNode::Claim { contradictions, .. }) => contradictions
            .iter()
            .find(|c| c.claim == view.id)
            .map(|c| c.reason.clone()),
        _ => None,
    };
    own.map(|c| c.reason.clone())
        .or_else(theirs)
        .unwrap_or_default()
}

/// One claim with who asserts and who denies it.
fn side(output: &Output, id: &str) -> ClaimSide {
    let (asserted_by, denied_by) = match output.claim_view(id) {
        Some(view) => (
            distinct_names(output, view.sources),
            distinct_names(output, view.deniers),
        ),
        None => (Vec::new(), Vec::new()),
    };
    ClaimSide {
        id: id.to_string(),
        text: output.name_of(id).to_string(),
        asserted_by,
        denied_by,
    }
}

/// Display names of node ids, in the given order.
pub(super) fn names(output: &Output, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| output.name_of(id).to_string())
        .collect()
}

/// Display names of node ids, in the given order, each once: who stands on a
/// side, where two sources of one name ("the senator's office" of an article
/// and of its copy) read as one.
pub(super) fn distinct_names(output: &Output, ids: &[String]) -> Vec<String> {
    let mut seen = Vec::new();
    for name in names(output, ids) {
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen
}

/// Named references to node ids, in the given order.
pub(super) fn refs(output: &Output, ids: &[String]) -> Vec<NamedRef> {
    ids.iter().map(|id| output.named(id)).collect()
}

/// The relays of an attribution, outermost first.
pub(super) fn via_refs(record: &AttributionRecord) -> Vec<NamedRef> {
    record
        .via
        .iter()
        .map(|via| NamedRef {
            id: via.id.clone(),
            name: via.name.clone(),
        })
        .collect()
}
