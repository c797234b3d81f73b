//! The source-centred question: every source whose name or alias matches, with
//! everything it said and everything it relayed.

use crate::export::json::WireNode;

use super::answers::{NamedRef, RelayedAttribution, SourceAnswer, SourceAttribution};
use super::claims::via_refs;
use super::fold::fold;
use super::Output;

/// Sources whose name or an alias matches `name`: case, diacritics, spaces and
/// punctuation are ignored. Sources matching exactly are returned when there are
/// any, otherwise those containing `name`; each sorted by name then id.
pub fn source(output: &Output, name: &str) -> Vec<SourceAnswer> {
    let wanted = fold(name);
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut exact = Vec::new();
    let mut partial = Vec::new();
    for node in &output.graph.nodes {
        let WireNode::Source { name, aliases, .. } = node else {
            continue;
        };
        let mut best: Option<(bool, &str)> = None;
        for candidate in std::iter::once(name).chain(aliases) {
            let folded = fold(candidate);
            if folded == wanted {
                best = Some((true, candidate));
                break;
            }
            if best.is_none() && folded.contains(&wanted) {
                best = Some((false, candidate));
            }
        }
        match best {
            Some((true, matched)) => exact.push((node, matched)),
            Some((false, matched)) => partial.push((node, matched)),
            None => {}
        }
    }
    let (found, how) = if exact.is_empty() {
        (partial, "substring")
    } else {
        (exact, "exact")
    };
    let mut answers: Vec<SourceAnswer> = found
        .into_iter()
        .filter_map(|(node, matched)| answer(output, node, how, matched))
        .collect();
    answers.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    answers
}

fn answer(output: &Output, node: &WireNode, how: &str, matched: &str) -> Option<SourceAnswer> {
    let WireNode::Source {
        id,
        name,
        source_type,
        aliases,
        affiliation,
        group,
    } = node
    else {
        return None;
    };
    let attributions = output
        .records(output.index.by_source.get(id))
        .map(|record| SourceAttribution {
            attribution: record.id.clone(),
            claim: record.claim.clone(),
            claim_text: output.name_of(&record.claim).to_string(),
            stance: record.stance.clone(),
            quote: record.quote.clone(),
            document: record.document.clone(),
            cue: record.cue.as_ref().map(|cue| cue.text.clone()),
            via: via_refs(record),
            sentence: record.sentence.text.clone(),
        })
        .collect();
    let relayed = output
        .records(output.index.by_relay.get(id))
        .map(|record| RelayedAttribution {
            attribution: record.id.clone(),
            source: record.source.as_ref().map(|s| NamedRef {
                id: s.id.clone(),
                name: s.name.clone(),
            }),
            claim: record.claim.clone(),
            claim_text: output.name_of(&record.claim).to_string(),
            stance: record.stance.clone(),
            document: record.document.clone(),
            sentence: record.sentence.text.clone(),
        })
        .collect();
    Some(SourceAnswer {
        id: id.clone(),
        name: name.clone(),
        source_type: source_type.clone(),
        aliases: aliases.clone(),
        affiliation: affiliation.clone(),
        group: (!group.is_empty() && group != id).then(|| output.named(group)),
        matched: how.to_string(),
        matched_name: matched.to_string(),
        attributions,
        relayed,
    })
}
