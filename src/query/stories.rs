//! The stories of a whole output read from the JSON files: the same rows
//! `attrgraph query stories` reads from the store's `stories` table
//! (`store/stories.rs`), without filters — the check that both agree.

use std::collections::{BTreeMap, BTreeSet};

use crate::export::json::WireNode;

use super::answers::StoryRow;
use super::Output;

/// Every story, most articles first, then most corroborated claims, then by
/// number.
pub fn stories(output: &Output) -> Vec<StoryRow> {
    #[derive(Default)]
    struct Tally<'a> {
        articles: usize,
        publishers: BTreeSet<&'a str>,
        dates: Vec<&'a str>,
        first: Option<(&'a str, Option<&'a str>, Option<&'a str>)>,
        claims: usize,
        corroborated: usize,
    }
    let mut tallies: BTreeMap<u32, Tally> = BTreeMap::new();
    for node in &output.graph.nodes {
        match node {
            WireNode::Document {
                path,
                publisher,
                date,
                title,
                url,
                story: Some(story),
                ..
            } => {
                let tally = tallies.entry(*story).or_default();
                tally.articles += 1;
                tally.publishers.extend(publisher.as_deref());
                tally.dates.extend(date.as_deref());
                tally
                    .first
                    .get_or_insert((path, title.as_deref(), url.as_deref()));
            }
            WireNode::Claim {
                independent_sources,
                story: Some(story),
                ..
            } => {
                let tally = tallies.entry(*story).or_default();
                tally.claims += 1;
                tally.corroborated += usize::from(*independent_sources >= 2);
            }
            _ => {}
        }
    }
    let mut rows: Vec<StoryRow> = tallies
        .into_iter()
        .filter_map(|(id, tally)| {
            let (path, title, url) = tally.first?;
            Some(StoryRow {
                id,
                articles: tally.articles,
                publishers: tally.publishers.iter().map(|p| p.to_string()).collect(),
                first_date: tally.dates.iter().min().map(|d| d.to_string()),
                last_date: tally.dates.iter().max().map(|d| d.to_string()),
                first_document: path.to_string(),
                title: title.map(str::to_string),
                url: url.map(str::to_string),
                claims: tally.claims,
                corroborated_claims: tally.corroborated,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then(b.corroborated_claims.cmp(&a.corroborated_claims))
            .then(a.id.cmp(&b.id))
    });
    rows
}
