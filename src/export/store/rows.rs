//! One wire item into its rows: a node into its table and link tables, an edge
//! into `relays`, `memberships`, `contradicts` or `other_edges` (`about` edges are
//! the claims' `claim_subjects` rows), an attribution
//! record into `attributions` and `attribution_via`. Statements are prepared
//! once per transaction (rusqlite's statement cache). A claim's dates,
//! publishers, first URL and origin names come from the documents and sources
//! met before it ([`Known`]), so claims go in after every other node.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, Transaction};

use crate::export::json::{
    AttributionRecord, GraphMeta, WireContradiction, WireEdge, WireEdgeData, WireNode, WireSpan,
    WireVia, SCHEMA,
};

use super::STORE_SCHEMA;

type Sql = rusqlite::Result<()>;

/// What a claim row takes from other nodes: each document's publisher, date,
/// URL and path, and each source's name.
#[derive(Default)]
pub(super) struct Known {
    documents: HashMap<String, [Option<String>; 4]>,
    names: HashMap<String, String>,
}

/// The `meta` table: schemas, generator, version and `graph.json`'s counts.
pub(super) fn meta(tx: &Transaction<'_>, meta: &GraphMeta) -> Sql {
    let counts = serde_json::to_string(&meta.counts).expect("counts serialize");
    let rows = [
        ("schema", STORE_SCHEMA),
        ("graph_schema", SCHEMA),
        ("generator", meta.generator.as_str()),
        ("version", meta.version.as_str()),
        ("counts", counts.as_str()),
    ];
    let mut insert = tx.prepare_cached("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    for (key, value) in rows {
        insert.execute(params![key, value])?;
    }
    Ok(())
}

/// A node, at `node_index` in `graph.json`; a claim needs the documents and
/// sources it names in `known` first.
pub(super) fn node<S: AsRef<str>>(
    tx: &Transaction<'_>,
    node_index: usize,
    node: &WireNode<S>,
    known: &mut Known,
) -> Sql {
    let opt = |value: &Option<S>| value.as_ref().map(|v| v.as_ref().to_string());
    match node {
        WireNode::Document {
            id,
            path,
            publisher,
            date,
            title,
            url,
            story,
        } => {
            tx.prepare_cached(
                "INSERT INTO documents (id, node_index, path, publisher, date, title, url, story)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                id.as_ref(),
                node_index,
                path.as_ref(),
                opt(publisher),
                opt(date),
                opt(title),
                opt(url),
                story
            ])?;
            known.documents.insert(
                id.as_ref().to_string(),
                [
                    opt(publisher),
                    opt(date),
                    opt(url),
                    Some(path.as_ref().to_string()),
                ],
            );
        }
        WireNode::Source {
            id,
            name,
            source_type,
            aliases,
            affiliation,
            group,
        } => {
            tx.prepare_cached(
                "INSERT INTO sources (id, node_index, name, type, group_id, aliases, affiliation)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                id.as_ref(),
                node_index,
                name.as_ref(),
                source_type.as_ref(),
                group.as_ref(),
                json_list(aliases),
                json_list(affiliation)
            ])?;
            known
                .names
                .insert(id.as_ref().to_string(), name.as_ref().to_string());
            let mut names = tx.prepare_cached(
                "INSERT OR IGNORE INTO source_names (source_id, position, name) VALUES (?1, ?2, ?3)",
            )?;
            for (position, alias) in std::iter::once(name).chain(aliases).enumerate() {
                names.execute(params![id.as_ref(), position, alias.as_ref()])?;
            }
        }
        WireNode::Subject { id, name } => {
            tx.prepare_cached("INSERT INTO subjects (id, node_index, name) VALUES (?1, ?2, ?3)")?
                .execute(params![id.as_ref(), node_index, name.as_ref()])?;
        }
        WireNode::Claim { .. } => claim(tx, node_index, node, known)?,
    }
    Ok(())
}

/// A claim node: its row and its link tables.
fn claim<S: AsRef<str>>(
    tx: &Transaction<'_>,
    node_index: usize,
    node: &WireNode<S>,
    known: &Known,
) -> Sql {
    let WireNode::Claim {
        id,
        text,
        subjects,
        sources,
        deniers,
        independent_sources,
        origins,
        chokepoints,
        circular,
        contradicted_by,
        contradictions,
        documents,
        attributions,
        credibility,
        story,
    } = node
    else {
        return Ok(());
    };
    let id = id.as_ref();
    // What its documents tell: publishers (sorted), first and last date, and the
    // URL of the earliest document with one (undated last, then by path).
    let facts: Vec<&[Option<String>; 4]> = documents
        .iter()
        .filter_map(|doc| known.documents.get(doc.as_ref()))
        .collect();
    let publishers: BTreeSet<&str> = facts.iter().filter_map(|f| f[0].as_deref()).collect();
    let publishers = publishers.into_iter().collect::<Vec<_>>().join("; ");
    let dates = || facts.iter().filter_map(|f| f[1].as_deref());
    let url = facts
        .iter()
        .filter(|f| f[2].is_some())
        .min_by_key(|f| (f[1].is_none(), f[1].as_deref(), f[3].as_deref()))
        .and_then(|f| f[2].as_deref());
    let origin_names = origins
        .iter()
        .filter_map(|o| known.names.get(o.as_ref()).map(String::as_str))
        .collect::<Vec<_>>()
        .join("; ");
    let contradictions_json = serde_json::to_string(
        &contradictions
            .iter()
            .map(|c| WireContradiction {
                claim: c.claim.as_ref(),
                reason: c.reason.as_ref(),
            })
            .collect::<Vec<_>>(),
    )
    .expect("contradictions serialize");
    tx.prepare_cached(
        "INSERT INTO claims (id, node_index, text, independent_sources, attributions, documents,
             circular, contradicted, credibility_score, credibility_label, credibility_reason,
             origin_names, publishers, first_date, last_date, url, contradicted_by_json,
             contradictions_json, story)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19)",
    )?
    .execute(params![
        id,
        node_index,
        text.as_ref(),
        independent_sources,
        attributions,
        documents.len(),
        circular,
        !contradicted_by.is_empty() || !deniers.is_empty(),
        credibility.score,
        credibility.label.as_ref(),
        credibility.reason.as_ref(),
        origin_names,
        publishers,
        dates().min(),
        dates().max(),
        url,
        json_list(contradicted_by),
        contradictions_json,
        story,
    ])?;
    let mut link = tx.prepare_cached(
        "INSERT INTO claim_sources (claim_id, role, position, source_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (role, list) in [
        ("source", sources),
        ("denier", deniers),
        ("origin", origins),
        ("chokepoint", chokepoints),
    ] {
        for (position, source) in list.iter().enumerate() {
            link.execute(params![id, role, position, source.as_ref()])?;
        }
    }
    let mut link = tx.prepare_cached(
        "INSERT INTO claim_subjects (claim_id, position, subject_id) VALUES (?1, ?2, ?3)",
    )?;
    for (position, subject) in subjects.iter().enumerate() {
        link.execute(params![id, position, subject.as_ref()])?;
    }
    let mut link = tx.prepare_cached(
        "INSERT INTO claim_documents (claim_id, position, document_id) VALUES (?1, ?2, ?3)",
    )?;
    for (position, document) in documents.iter().enumerate() {
        link.execute(params![id, position, document.as_ref()])?;
    }
    let mut link = tx.prepare_cached(
        "INSERT INTO claim_contradictions (claim_id, position, other_id, reason)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, other) in contradictions.iter().enumerate() {
        link.execute(params![
            id,
            position,
            other.claim.as_ref(),
            other.reason.as_ref()
        ])?;
    }
    Ok(())
}

/// An edge at `edge_index` in `graph.json`; `asserts` and `denies` edges are
/// the attributions and are not stored again.
pub(super) fn edge<S: AsRef<str>>(
    tx: &Transaction<'_>,
    edge_index: usize,
    edge: &WireEdge<S>,
) -> Sql {
    let (source, target) = (edge.source.as_ref(), edge.target.as_ref());
    match &edge.data {
        WireEdgeData::Asserts(_) | WireEdgeData::Denies(_) => {}
        WireEdgeData::Relays {
            attribution,
            document,
        } => {
            tx.prepare_cached(
                "INSERT INTO relays (edge_index, relay_id, source_id, key, attribution_id, document)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                edge_index,
                source,
                target,
                edge.key,
                attribution.as_ref(),
                document.as_ref()
            ])?;
        }
        WireEdgeData::MemberOf {} => {
            tx.prepare_cached(
                "INSERT INTO memberships (edge_index, source_id, body_id, key) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![edge_index, source, target, edge.key])?;
        }
        WireEdgeData::Contradicts { reason } => {
            tx.prepare_cached(
                "INSERT INTO contradicts (edge_index, claim_id, other_id, key, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                edge_index,
                source,
                target,
                edge.key,
                reason.as_ref()
            ])?;
            tx.prepare_cached("UPDATE claims SET contradicted = 1 WHERE id IN (?1, ?2)")?
                .execute(params![source, target])?;
        }
        // A claim's subjects are its `claim_subjects` rows already.
        WireEdgeData::About {} => {}
        WireEdgeData::Published {} => {
            tx.prepare_cached(
                "INSERT INTO other_edges (edge_index, source, target, key, kind)
                 VALUES (?1, ?2, ?3, ?4, 'published')",
            )?
            .execute(params![edge_index, source, target, edge.key])?;
        }
    }
    Ok(())
}

/// An attribution record, at `position` in `attributions.jsonl`.
pub(super) fn attribution<S: AsRef<str>>(
    tx: &Transaction<'_>,
    position: usize,
    record: &AttributionRecord<S>,
) -> Sql {
    let source = record.source.as_ref();
    let mention = source.and_then(|s| s.mention.as_ref());
    let cue = record.cue.as_ref();
    let content_text = record
        .content
        .iter()
        .map(|span| span.text.as_ref())
        .collect::<Vec<_>>()
        .join(" … ");
    let via_names = record
        .via
        .iter()
        .map(|via| via.name.as_ref())
        .collect::<Vec<_>>()
        .join("; ");
    let via_json = serde_json::to_string(
        &record
            .via
            .iter()
            .map(|via| WireVia {
                id: via.id.as_ref(),
                name: via.name.as_ref(),
            })
            .collect::<Vec<_>>(),
    )
    .expect("via serializes");
    tx.prepare_cached(
        "INSERT INTO attributions (id, position, document, source_id, source_name, source_kind,
             mention_start, mention_end, mention_text, cue_start, cue_end, cue_text,
             content_json, content_text, quote, stance, via_json, via_names, claim_id,
             sentence_start, sentence_end, sentence_text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19, ?20, ?21, ?22)",
    )?
    .execute(params![
        record.id.as_ref(),
        position,
        record.document.as_ref(),
        source.map(|s| s.id.as_ref()),
        source.map(|s| s.name.as_ref()),
        source.map(|s| s.kind.as_ref()),
        mention.map(|m| m.start),
        mention.map(|m| m.end),
        mention.map(|m| m.text.as_ref()),
        cue.map(|c| c.start),
        cue.map(|c| c.end),
        cue.map(|c| c.text.as_ref()),
        spans_json(&record.content),
        content_text,
        record.quote.as_ref(),
        record.stance.as_ref(),
        via_json,
        via_names,
        record.claim.as_ref(),
        record.sentence.start,
        record.sentence.end,
        record.sentence.text.as_ref(),
    ])?;
    let mut via = tx.prepare_cached(
        "INSERT OR IGNORE INTO attribution_via (attribution_id, position, source_id, name)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, relay) in record.via.iter().enumerate() {
        via.execute(params![
            record.id.as_ref(),
            position,
            relay.id.as_ref(),
            relay.name.as_ref()
        ])?;
    }
    Ok(())
}

/// A list of strings as a JSON array.
fn json_list<S: AsRef<str>>(items: &[S]) -> String {
    serde_json::to_string(&items.iter().map(AsRef::as_ref).collect::<Vec<_>>())
        .expect("strings serialize")
}

/// Spans as a JSON array of `{"start", "end", "text"}`.
fn spans_json<S: AsRef<str>>(spans: &[WireSpan<S>]) -> String {
    serde_json::to_string(
        &spans
            .iter()
            .map(|s| WireSpan {
                start: s.start,
                end: s.end,
                text: s.text.as_ref(),
            })
            .collect::<Vec<_>>(),
    )
    .expect("spans serialize")
}
