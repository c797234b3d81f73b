//! Rows of `attrgraph.sqlite` back into wire types: a claim, source, document or
//! subject row into its [`WireNode`], an attribution row into its
//! [`AttributionRecord`], exactly as `graph.json` and `attributions.jsonl` hold
//! them. Reads through the connection it is given; prints nothing.

use std::collections::HashMap;

use crate::export::{credibility, store};
use rusqlite::{Connection, Row};

use crate::export::json::{AttributionRecord, WireNode, WireSourceRef, WireSpan, WireVia};

type Sql<T> = rusqlite::Result<T>;

/// The columns of a claim row `c` [`claim`] reads, for `SELECT`; its lists
/// come from the link tables ([`claim_lists`]).
pub(super) const CLAIM_COLUMNS: &str = "node_index, id, text, independent_sources, attributions,
    circular, credibility_score, credibility_reason,
    contradicted_by_json, contradictions_json, story, joins_json";

/// The columns of an attribution row [`attribution`] reads, for `SELECT`.
pub(super) const ATTRIBUTION_COLUMNS: &str = "a.position, a.id, a.document, a.source_id,
    a.source_name, a.source_kind, a.mention_start, a.mention_end, a.mention_text, a.cue_start,
    a.cue_end, a.cue_text, a.content_json, a.quote, a.stance, a.via_json, a.claim_id,
    a.sentence_start, a.sentence_end, a.sentence_text, a.content_text";

/// A JSON column that `rows.rs` of the writer filled.
fn json<T: serde::de::DeserializeOwned>(row: &Row<'_>, idx: usize) -> Sql<T> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text).map_err(|err| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(err))
    })
}

/// The content spans of an attribution row: `content_json` at `json_idx`,
/// the texts it leaves out from `content_text` at `text_idx`.
fn content(row: &Row<'_>, json_idx: usize, text_idx: usize) -> Sql<Vec<WireSpan>> {
    let json: String = row.get(json_idx)?;
    let text: String = row.get(text_idx)?;
    store::content_spans(&json, &text).map_err(|err| {
        rusqlite::Error::FromSqlConversionFailure(
            json_idx,
            rusqlite::types::Type::Text,
            Box::new(err),
        )
    })
}

/// A claim row (see [`CLAIM_COLUMNS`]) with its node index; its lists of
/// subjects, sources and documents empty, for [`claim_lists`] to fill.
pub(super) fn claim(row: &Row<'_>) -> Sql<(i64, WireNode)> {
    let independent_sources = row.get(3)?;
    let reason: String = row.get(7)?;
    Ok((
        row.get(0)?,
        WireNode::Claim {
            id: row.get(1)?,
            attribution: None,
            text: row.get(2)?,
            independent_sources,
            attributions: row.get(4)?,
            circular: row.get(5)?,
            credibility: credibility::encode(row.get(6)?, &reason, independent_sources),
            subjects: Vec::new(),
            sources: Vec::new(),
            deniers: Vec::new(),
            origins: Vec::new(),
            chokepoints: Vec::new(),
            contradicted_by: json(row, 8)?,
            contradictions: json(row, 9)?,
            documents: Vec::new(),
            story: row.get(10)?,
            joins: json(row, 11)?,
        },
    ))
}

/// Fills the lists of claims read by [`claim`] from the link tables: one
/// ordered read of the links by claim index (their primary keys), then one
/// read per node table for the distinct nodes they name, in index order.
/// Without `subjects`, the claims' subjects stay empty and unread.
pub(super) fn claim_lists(
    conn: &Connection,
    claims: &mut [(i64, WireNode)],
    subjects: bool,
) -> Sql<()> {
    let at: HashMap<i64, usize> = claims
        .iter()
        .enumerate()
        .map(|(k, (node_index, _))| (*node_index, k))
        .collect();
    let mut indexes: Vec<i64> = at.keys().copied().collect();
    indexes.sort_unstable();
    // Each row names the list it belongs to; each table is read in its
    // primary key's order, so a list's rows come in order with no sort.
    let mut links: Vec<(i64, String, Option<i64>)> = Vec::new();
    for (wanted, sql) in [
        (
            subjects,
            "SELECT claim_index, 'subject', subject_index FROM claim_subjects
             WHERE claim_index IN (SELECT value FROM json_each(?1)) ORDER BY claim_index, position",
        ),
        (
            true,
            "SELECT claim_index, role, source_index FROM claim_sources
             WHERE claim_index IN (SELECT value FROM json_each(?1))
             ORDER BY claim_index, role, position",
        ),
        (
            true,
            "SELECT claim_index, 'document', document_index FROM claim_documents
             WHERE claim_index IN (SELECT value FROM json_each(?1)) ORDER BY claim_index, position",
        ),
    ] {
        if !wanted {
            continue;
        }
        links.extend(each(conn, sql, &indexes, |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?);
    }
    let ids_of = |table: &str, list: &dyn Fn(&str) -> bool| -> Sql<HashMap<i64, String>> {
        let mut wanted: Vec<i64> = links
            .iter()
            .filter(|(_, name, _)| list(name))
            .filter_map(|(_, _, node)| *node)
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let sql = format!(
            "SELECT node_index, id FROM {table} WHERE node_index IN (SELECT value FROM json_each(?1))"
        );
        Ok(
            each(conn, &sql, &wanted, |row| Ok((row.get(0)?, row.get(1)?)))?
                .into_iter()
                .collect(),
        )
    };
    let subjects_by = ids_of("subjects", &|name| name == "subject")?;
    let documents_by = ids_of("documents", &|name| name == "document")?;
    let sources_by = ids_of("sources", &|name| name != "subject" && name != "document")?;
    for (claim, list, node) in links {
        let Some(WireNode::Claim {
            subjects,
            sources,
            deniers,
            origins,
            chokepoints,
            documents,
            ..
        }) = at.get(&claim).map(|&k| &mut claims[k].1)
        else {
            continue;
        };
        let (list, by) = match list.as_str() {
            "subject" => (subjects, &subjects_by),
            "document" => (documents, &documents_by),
            "source" => (sources, &sources_by),
            "denier" => (deniers, &sources_by),
            "origin" => (origins, &sources_by),
            "chokepoint" => (chokepoints, &sources_by),
            _ => continue,
        };
        if let Some(id) = node.and_then(|node| by.get(&node)) {
            list.push(id.clone());
        }
    }
    Ok(())
}

/// A source row: `node_index, id, name, type, aliases, affiliation, group_id`.
pub(super) fn source(row: &Row<'_>) -> Sql<(i64, WireNode)> {
    Ok((
        row.get(0)?,
        WireNode::Source {
            id: row.get(1)?,
            name: row.get(2)?,
            source_type: row.get(3)?,
            aliases: json(row, 4)?,
            affiliation: json(row, 5)?,
            group: row.get(6)?,
        },
    ))
}

/// A document row: `node_index, id, path, publisher, date, title, url, story`.
pub(super) fn document(row: &Row<'_>) -> Sql<(i64, WireNode)> {
    Ok((
        row.get(0)?,
        WireNode::Document {
            id: row.get(1)?,
            path: row.get(2)?,
            publisher: row.get(3)?,
            date: row.get(4)?,
            title: row.get(5)?,
            url: row.get(6)?,
            story: row.get(7)?,
        },
    ))
}

/// A subject row: `node_index, id, name`.
pub(super) fn subject(row: &Row<'_>) -> Sql<(i64, WireNode)> {
    Ok((
        row.get(0)?,
        WireNode::Subject {
            id: row.get(1)?,
            name: row.get(2)?,
        },
    ))
}

/// An attribution row (see [`ATTRIBUTION_COLUMNS`]) with its position.
pub(super) fn attribution(row: &Row<'_>) -> Sql<(i64, AttributionRecord)> {
    let span = |start: usize, end: usize, text: usize| -> Sql<Option<WireSpan>> {
        let start: Option<usize> = row.get(start)?;
        Ok(match start {
            Some(start) => Some(WireSpan {
                start,
                end: row.get(end)?,
                text: row.get(text)?,
            }),
            None => None,
        })
    };
    let source_id: Option<String> = row.get(3)?;
    let source = match source_id {
        Some(id) => Some(WireSourceRef {
            id,
            name: row.get(4)?,
            kind: row.get(5)?,
            mention: span(6, 7, 8)?,
        }),
        None => None,
    };
    let via: Vec<WireVia> = json(row, 15)?;
    Ok((
        row.get(0)?,
        AttributionRecord {
            id: row.get(1)?,
            document: row.get(2)?,
            source,
            cue: span(9, 10, 11)?,
            content: content(row, 12, 20)?,
            quote: row.get(13)?,
            stance: row.get(14)?,
            via,
            claim: row.get(16)?,
            sentence: span(17, 18, 19)?.expect("sentence_start is NOT NULL"),
        },
    ))
}

/// Rows of `sql` (one parameter: a JSON array of the keys — ids or node
/// indexes — read with `json_each`) mapped by `map`.
pub(super) fn each<K: serde::Serialize, T>(
    conn: &Connection,
    sql: &str,
    keys: &[K],
    map: impl FnMut(&Row<'_>) -> Sql<T>,
) -> Sql<Vec<T>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let keys = serde_json::to_string(keys).expect("keys serialize");
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map([keys], map)?;
    rows.collect()
}
