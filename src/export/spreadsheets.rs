//! `claims.csv`, `attributions.csv` and `sources.csv`: one row per claim,
//! attribution and source, flat columns (lists joined by `; `), for
//! spreadsheets and pandas. Claims come most corroborated first, so the top
//! rows are the claims with several independent sources; attributions in file
//! order; sources in graph order. Cells go through `csv.rs` (quoting, no
//! formulas). Writes only to its sink.

use std::io::{self, Write};

use petgraph::graph::NodeIndex;

use super::csv::{row, Cells};
use super::json::WireNode;
use super::node_link::WireTables;
use super::records::{self, CharIndex};
use crate::graph::Node;
use crate::model::{ClaimId, SourceId, Stance};

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

/// Writes `claims.csv`, serialised in parallel batches once sorted. The sort
/// reads only each claim's key (independent sources, attributions, id), and
/// each claim's wire form is made in its batch, on the thread writing it.
pub fn write_claims(tables: &WireTables<'_>, out: &mut dyn Write) -> io::Result<()> {
    let corpus = &tables.graph.corpus;
    let source_name = |id: &SourceId| corpus.source(*id).name.as_str();
    // Most independent sources first, then most attributions, then by id: the
    // ids are unique, so the order is total and an unstable sort gives it.
    let mut order: Vec<(usize, usize, &str, usize)> = corpus
        .claims
        .iter()
        .enumerate()
        .map(|(i, claim)| {
            let n = claim.analysis.independent_sources;
            (n, claim.members.len(), claim.key.as_str(), i)
        })
        .collect();
    order.sort_unstable_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)).then_with(|| a.2.cmp(b.2)));
    let mut header = String::new();
    row(&mut header, CLAIM_COLUMNS);
    out.write_all(header.as_bytes())?;
    super::batches::write_items(out, order.len(), |run, piece| {
        let mut text = String::new();
        let (mut deniers, mut documents) = (Vec::new(), Vec::new());
        for &(_, _, _, i) in &order[run] {
            let claim = &corpus.claims[i];
            let analysis = &claim.analysis;
            // Who denies it, and its documents: each once, in id order (as
            // in `graph.json`).
            deniers.clear();
            documents.clear();
            for &member in &claim.members {
                let attribution = &corpus.attributions[member];
                documents.push(attribution.doc);
                if attribution.raw.stance == Stance::Denies {
                    deniers.push(attribution.source);
                }
            }
            deniers.sort_unstable();
            deniers.dedup();
            documents.sort_unstable();
            documents.dedup();
            let credibility = tables.credibility(ClaimId(i as u32));
            let n = analysis.independent_sources;
            let mut cells = Cells::new(&mut text);
            cells
                .cell(&claim.key)
                .cell(&claim.text)
                .number(n)
                .list(analysis.origins.iter().map(source_name))
                .list(analysis.sources.iter().map(source_name))
                .list(deniers.iter().map(source_name))
                .number(claim.members.len())
                .number(documents.len())
                .cell(if analysis.circular { "true" } else { "false" })
                .list(
                    analysis
                        .contradicted_by
                        .iter()
                        .map(|(other, _)| corpus.claim(*other).key.as_str()),
                )
                .number(credibility.score)
                .cell(credibility.label())
                .cell(&credibility.reason(n))
                .list(
                    claim
                        .subjects
                        .iter()
                        .map(|s| corpus.subjects[s.0 as usize].name.as_str()),
                )
                .number(analysis.story);
            cells.end();
        }
        piece.extend_from_slice(text.as_bytes());
        Ok(())
    })
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
            let mut content = String::new();
            for (position, span) in record.content.iter().enumerate() {
                if position > 0 {
                    content.push_str(" … ");
                }
                content.push_str(span.text);
            }
            let mut cells = Cells::new(&mut text);
            cells
                .cell(record.id)
                .cell(record.document)
                .cell(source.map_or("", |s| s.id))
                .cell(source.map_or("", |s| s.name))
                .cell(source.map_or("", |s| s.kind))
                .cell(record.cue.as_ref().map_or("", |c| c.text))
                .cell(record.quote)
                .cell(record.stance)
                .list(record.via.iter().map(|v| v.name))
                .cell(record.claim)
                .cell(&content)
                .cell(record.sentence.text)
                .number(record.sentence.start)
                .number(record.sentence.end);
            cells.end();
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
            let mut cells = Cells::new(&mut text);
            cells
                .cell(id)
                .cell(name)
                .cell(source_type)
                .list(aliases.iter().copied())
                .list(affiliation.iter().copied())
                .cell(group)
                .number(credited[source_id.0 as usize]);
            cells.end();
        }
    }
    out.write_all(text.as_bytes())
}
