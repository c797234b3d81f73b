//! Who speaks most, over a whole output read from the JSON files: the same
//! rows `attrgraph query sources` counts in SQL from the store (`store/ranking.rs`),
//! without filters — the check that both count alike.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::export::json::WireNode;

use super::answers::{NamedCount, SourceRow};
use super::Output;

/// Sources by attributions crediting them, then name and id.
pub fn sources(output: &Output) -> Vec<SourceRow> {
    #[derive(Default)]
    struct Tally<'a> {
        attributions: usize,
        denials: usize,
        claims: BTreeSet<&'a str>,
        documents: BTreeSet<&'a str>,
        dates: Vec<&'a str>,
        publishers: BTreeMap<&'a str, usize>,
    }
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut relayed: HashMap<&str, usize> = HashMap::new();
    for record in output.attributions() {
        let mut relays: Vec<&str> = record.via.iter().map(|via| via.id.as_str()).collect();
        relays.sort_unstable();
        relays.dedup();
        for relay in relays {
            *relayed.entry(relay).or_default() += 1;
        }
        let Some(source) = &record.source else {
            continue;
        };
        let tally = tallies.entry(&source.id).or_default();
        tally.attributions += 1;
        tally.denials += usize::from(record.stance == "denies");
        tally.claims.insert(&record.claim);
        tally.documents.insert(&record.document);
        if let Some(&node_idx) = output.index.document_by_path.get(&record.document) {
            if let WireNode::Document {
                publisher, date, ..
            } = &output.graph.nodes[node_idx]
            {
                tally.dates.extend(date.as_deref());
                if let Some(publisher) = publisher {
                    *tally.publishers.entry(publisher).or_default() += 1;
                }
            }
        }
    }
    let mut rows: Vec<SourceRow> = tallies
        .into_iter()
        .filter_map(|(id, tally)| {
            let WireNode::Source {
                name, source_type, ..
            } = output.node(id)?
            else {
                return None;
            };
            let mut publishers: Vec<NamedCount> = tally
                .publishers
                .into_iter()
                .map(|(name, count)| NamedCount {
                    name: name.to_string(),
                    count,
                })
                .collect();
            publishers.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
            publishers.truncate(3);
            Some(SourceRow {
                id: id.to_string(),
                name: name.clone(),
                source_type: source_type.clone(),
                attributions: tally.attributions,
                claims: tally.claims.len(),
                denials: tally.denials,
                documents: tally.documents.len(),
                first_date: tally.dates.iter().min().map(|d| d.to_string()),
                last_date: tally.dates.iter().max().map(|d| d.to_string()),
                relayed: relayed.get(id).copied().unwrap_or(0),
                publishers,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.attributions
            .cmp(&a.attributions)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    rows
}
