//! `claims.csv`, `attributions.csv` and `sources.csv`: one row per claim,
//! attribution and source, flat columns (lists joined by `; `), for
//! spreadsheets and pandas. Claims come most corroborated first, so the top
//! rows are the claims with several independent sources; attributions in file
//! order; sources in graph order. Cells go through `csv.rs` (quoting, no
//! formulas). Writes only to its sink.

use std::collections::HashMap;
use std::io::{self, Write};

use petgraph::graph::NodeIndex;

use super::csv::{list, row};
use super::json::WireNode;
use super::node_link::WireTables;
use super::records::{self, CharIndex};
use crate::graph::Node;

/// Name of the claims table.
pub const CLAIMS_CSV: &str = "claims.csv";
/// Name of the attributions table.
pub const ATTRIBUTIONS_CSV: &str = "attributions.csv";
/// Name of the sources table.
pub const SOURCES_CSV: &str = "sources.csv";

/// The columns of `claims.csv`.
pub const CLAIM_COLUMNS: &[&str] = &[
    "id",
    "text",
    "independent_sources",
    "origins",
    "sources",
    "deniers",
    "attributions",
    "documents",
    "circular",
    "contradicted_by",
    "credibility_score",
    "credibility_label",
    "credibility_reason",
    "subjects",
    "story",
];
/// The columns of `attributions.csv`.
pub const ATTRIBUTION_COLUMNS: &[&str] = &[
    "id",
    "document",
    "source_id",
    "source",
    "source_kind",
    "cue",
    "quote",
    "stance",
    "via",
    "claim",
    "content",
    "sentence",
    "sentence_start",
    "sentence_end",
];
/// The columns of `sources.csv`.
pub const SOURCE_COLUMNS: &[&str] = &[
    "id",
    "name",
    "type",
    "aliases",
    "affiliation",
    "group",
    "attributions",
];

/// Writes `claims.csv`.
pub fn write_claims(tables: &WireTables<'_>, out: &mut dyn Write) -> io::Result<()> {
    let graph = tables.graph;
    let corpus = &graph.corpus;
    let names: HashMap<&str, &str> = corpus
        .sources
        .iter()
        .map(|s| (s.key.as_str(), s.name.as_str()))
        .chain(
            corpus
                .subjects
                .iter()
                .map(|s| (s.key.as_str(), s.name.as_str())),
        )
        .collect();
    let named = |ids: &[&str]| -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|id| names.get(id).copied().unwrap_or(id).to_string())
            .collect();
        list(&names)
    };
    let mut claims: Vec<WireNode<&str>> = graph
        .claim_nodes
        .iter()
        .map(|&index| tables.node(index))
        .collect();
    let key = |node: &WireNode<&str>| match node {
        WireNode::Claim {
            independent_sources,
            attributions,
            ..
        } => (*independent_sources, *attributions),
        _ => (0, 0),
    };
    claims.sort_by(|a, b| key(b).cmp(&key(a)).then_with(|| a.id().cmp(b.id())));
    let mut text = String::new();
    row(&mut text, CLAIM_COLUMNS);
    for node in &claims {
        if let WireNode::Claim {
            id,
            text: wording,
            subjects,
            sources,
            deniers,
            independent_sources,
            origins,
            circular,
            contradicted_by,
            documents,
            attributions,
            credibility,
            story,
            ..
        } = node
        {
            row(
                &mut text,
                &[
                    id.to_string(),
                    wording.to_string(),
                    independent_sources.to_string(),
                    named(origins),
                    named(sources),
                    named(deniers),
                    attributions.to_string(),
                    documents.len().to_string(),
                    circular.to_string(),
                    list(contradicted_by),
                    credibility.score.to_string(),
                    credibility.label.to_string(),
                    credibility.reason.to_string(),
                    named(subjects),
                    story.map(|s| s.to_string()).unwrap_or_default(),
                ],
            );
        }
    }
    out.write_all(text.as_bytes())
}

/// Writes `attributions.csv`, serialised in parallel batches.
pub fn write_attributions(tables: &WireTables<'_>, out: &mut dyn Write) -> io::Result<()> {
    let graph = tables.graph;
    let corpus = &graph.corpus;
    let mut header = String::new();
    row(&mut header, ATTRIBUTION_COLUMNS);
    out.write_all(header.as_bytes())?;
    super::batches::write_items(out, corpus.attributions.len(), |run, piece| {
        let mut index: Option<(usize, CharIndex)> = None;
        let mut text = String::new();
        for attribution in &corpus.attributions[run] {
            if index.as_ref().map(|(doc, _)| *doc) != Some(attribution.doc) {
                let article = &corpus.articles[attribution.doc].text;
                index = Some((attribution.doc, CharIndex::new(article)));
            }
            let chars = &index.as_ref().expect("set above").1;
            let record = records::record::<&str>(graph, attribution, chars);
            let source = record.source.as_ref();
            let via: Vec<&str> = record.via.iter().map(|v| v.name).collect();
            let content: Vec<&str> = record.content.iter().map(|c| c.text).collect();
            row(
                &mut text,
                &[
                    record.id,
                    record.document,
                    source.map_or("", |s| s.id),
                    source.map_or("", |s| s.name),
                    source.map_or("", |s| s.kind),
                    record.cue.as_ref().map_or("", |c| c.text),
                    record.quote,
                    record.stance,
                    &list(&via),
                    record.claim,
                    &content.join(" … "),
                    record.sentence.text,
                    &record.sentence.start.to_string(),
                    &record.sentence.end.to_string(),
                ],
            );
        }
        piece.extend_from_slice(text.as_bytes());
        Ok(())
    })
}

/// Writes `sources.csv`, with how many attributions credit each source.
pub fn write_sources(tables: &WireTables<'_>, out: &mut dyn Write) -> io::Result<()> {
    let graph = tables.graph;
    let mut credited = vec![0usize; graph.corpus.sources.len()];
    for attribution in &graph.corpus.attributions {
        credited[attribution.source.0 as usize] += 1;
    }
    let mut text = String::new();
    row(&mut text, SOURCE_COLUMNS);
    for index in graph.graph.node_indices() {
        let Node::Source(source_id) = graph.graph[index] else {
            continue;
        };
        if let WireNode::Source {
            id,
            name,
            source_type,
            aliases,
            affiliation,
            group,
        } = tables.node::<&str>(NodeIndex::new(index.index()))
        {
            row(
                &mut text,
                &[
                    id.to_string(),
                    name.to_string(),
                    source_type.to_string(),
                    list(&aliases),
                    list(&affiliation),
                    group.to_string(),
                    credited[source_id.0 as usize].to_string(),
                ],
            );
        }
    }
    out.write_all(text.as_bytes())
}
