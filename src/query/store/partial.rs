//! The part of a built set a question needs, read from `attrgraph.sqlite` into an
//! [`Output`]: the claims asked about, the attribution records given, and every
//! node and edge the answers look at — the sources, groups and bodies named
//! (with the `member_of` chains above them when asked), documents, subjects,
//! and the `contradicts` edges between loaded claims — in `graph.json`'s order.
//! The existing answers then run on it unchanged, so an answer from the store
//! equals the answer from the JSON files. Reads; prints nothing.

use std::collections::{BTreeSet, HashMap};

use rusqlite::Connection;

use super::rows::{self, each, CLAIM_COLUMNS};
use crate::export::json::{AttributionRecord, NodeLinkGraph, WireEdge, WireEdgeData, WireNode};
use crate::query::claim_ids::short_len;
use crate::query::output::Output;

type Sql<T> = rusqlite::Result<T>;

/// What to read.
#[derive(Default)]
pub(super) struct Part {
    /// Claim ids.
    pub(super) claims: BTreeSet<String>,
    /// Source ids, beyond those the claims and records name.
    pub(super) sources: BTreeSet<String>,
    /// Attribution records, in file order.
    pub(super) records: Vec<AttributionRecord>,
    /// Follow `member_of` edges up from every source read.
    pub(super) bodies: bool,
    /// Leave the claims' subjects (their links and subject nodes) unread: for
    /// answers that show none, such as the claims listing.
    pub(super) without_subjects: bool,
}

/// Reads `part` into an output, with the short claim ids of the whole set.
pub(super) fn load(
    conn: &Connection,
    meta: &crate::export::json::GraphMeta,
    part: Part,
) -> Sql<Output> {
    let Part {
        claims,
        mut sources,
        records,
        bodies,
        without_subjects,
    } = part;
    let mut nodes: Vec<(i64, WireNode)> = Vec::new();
    let claim_keys: Vec<&str> = claims.iter().map(String::as_str).collect();
    let mut claim_nodes = each(
        conn,
        &format!(
            "SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.id IN (SELECT value FROM json_each(?1))"
        ),
        &claim_keys,
        rows::claim,
    )?;
    rows::claim_lists(conn, &mut claim_nodes, !without_subjects)?;
    let mut subjects: BTreeSet<String> = BTreeSet::new();
    // Tables show the claims named as contradicting by their short ids too.
    let mut named_claims: BTreeSet<String> = claims.clone();
    let mut document_ids: BTreeSet<String> = BTreeSet::new();
    for (_, node) in &claim_nodes {
        if let WireNode::Claim {
            subjects: about,
            sources: asserting,
            deniers,
            origins,
            chokepoints,
            documents,
            contradicted_by,
            contradictions,
            ..
        } = node
        {
            named_claims.extend(contradicted_by.iter().cloned());
            named_claims.extend(contradictions.iter().map(|c| c.claim.clone()));
            subjects.extend(about.iter().cloned());
            for list in [asserting, deniers, origins, chokepoints] {
                sources.extend(list.iter().cloned());
            }
            document_ids.extend(documents.iter().cloned());
        }
    }
    let mut paths: BTreeSet<&str> = BTreeSet::new();
    for record in &records {
        if let Some(source) = &record.source {
            sources.insert(source.id.clone());
        }
        sources.extend(record.via.iter().map(|via| via.id.clone()));
        paths.insert(&record.document);
    }
    nodes.extend(claim_nodes);

    // Sources, their groups, and (when asked) every body above them.
    let source_keys: Vec<&str> = sources.iter().map(String::as_str).collect();
    let mut wanted: BTreeSet<String> = if bodies {
        each(
            conn,
            "WITH RECURSIVE up(id) AS (SELECT value FROM json_each(?1)
                 UNION SELECT m.body_id FROM memberships m JOIN up ON m.source_id = up.id)
             SELECT id FROM up",
            &source_keys,
            |row| row.get(0),
        )?
        .into_iter()
        .collect()
    } else {
        sources.clone()
    };
    let groups: Vec<String> = {
        let keys: Vec<&str> = wanted.iter().map(String::as_str).collect();
        each(
            conn,
            "SELECT DISTINCT group_id FROM sources WHERE id IN (SELECT value FROM json_each(?1))",
            &keys,
            |row| row.get(0),
        )?
    };
    wanted.extend(groups);
    let keys: Vec<&str> = wanted.iter().map(String::as_str).collect();
    nodes.extend(each(
        conn,
        "SELECT node_index, id, name, type, aliases, affiliation, group_id FROM sources
         WHERE id IN (SELECT value FROM json_each(?1))",
        &keys,
        rows::source,
    )?);
    let mut edges: Vec<(i64, WireEdge)> = Vec::new();
    if bodies {
        edges.extend(each(
            conn,
            "SELECT edge_index, source_id, body_id, key FROM memberships
             WHERE source_id IN (SELECT value FROM json_each(?1))
               AND body_id IN (SELECT value FROM json_each(?1))",
            &keys,
            |row| {
                Ok((
                    row.get(0)?,
                    WireEdge {
                        source: row.get(1)?,
                        target: row.get(2)?,
                        key: row.get(3)?,
                        data: WireEdgeData::MemberOf {},
                    },
                ))
            },
        )?);
    }
    edges.extend(each(
        conn,
        "SELECT edge_index, claim_id, other_id, key, reason FROM contradicts
         WHERE claim_id IN (SELECT value FROM json_each(?1))
           AND other_id IN (SELECT value FROM json_each(?1))",
        &claim_keys,
        |row| {
            Ok((
                row.get(0)?,
                WireEdge {
                    source: row.get(1)?,
                    target: row.get(2)?,
                    key: row.get(3)?,
                    data: WireEdgeData::Contradicts {
                        reason: row.get(4)?,
                    },
                },
            ))
        },
    )?);

    // Documents by id (the claims') and by path (the records').
    let document_keys: Vec<&str> = document_ids.iter().map(String::as_str).collect();
    let path_keys: Vec<&str> = paths.into_iter().collect();
    let mut documents = each(
        conn,
        "SELECT node_index, id, path, publisher, date, title, url, story FROM documents
         WHERE id IN (SELECT value FROM json_each(?1))",
        &document_keys,
        rows::document,
    )?;
    documents.extend(each(
        conn,
        "SELECT node_index, id, path, publisher, date, title, url, story FROM documents
         WHERE path IN (SELECT value FROM json_each(?1))",
        &path_keys,
        rows::document,
    )?);
    nodes.extend(documents);
    let subject_keys: Vec<&str> = subjects.iter().map(String::as_str).collect();
    nodes.extend(each(
        conn,
        "SELECT node_index, id, name FROM subjects WHERE id IN (SELECT value FROM json_each(?1))",
        &subject_keys,
        rows::subject,
    )?);

    nodes.sort_by_key(|(node_index, _)| *node_index);
    nodes.dedup_by_key(|(node_index, _)| *node_index);
    edges.sort_by_key(|(edge_index, _)| *edge_index);
    let graph = NodeLinkGraph {
        directed: true,
        multigraph: true,
        graph: meta.clone(),
        nodes: nodes.into_iter().map(|(_, node)| node).collect(),
        edges: edges.into_iter().map(|(_, edge)| edge).collect(),
    };
    let named_keys: Vec<&str> = named_claims.iter().map(String::as_str).collect();
    let short = short_lengths(conn, &named_keys)?;
    Ok(Output::new(graph, records).with_short_lengths(short))
}

/// The short id length of each claim among all the claims of the set: by its
/// neighbours in id order, looked up one by one for a few claims, read in one
/// ordered pass for many.
fn short_lengths(conn: &Connection, claims: &[&str]) -> Sql<HashMap<String, usize>> {
    let mut lengths = HashMap::with_capacity(claims.len());
    if claims.len() <= 20_000 {
        // One statement: each claim with its neighbours, two index probes each.
        let rows = each(
            conn,
            "SELECT j.value, (SELECT max(id) FROM claims WHERE id < j.value),
                    (SELECT min(id) FROM claims WHERE id > j.value)
             FROM json_each(?1) j",
            claims,
            |row| {
                let id: String = row.get(0)?;
                let prev: Option<String> = row.get(1)?;
                let next: Option<String> = row.get(2)?;
                let len = short_len(prev.as_deref(), &id, next.as_deref());
                Ok((id, len))
            },
        )?;
        lengths.extend(rows);
        return Ok(lengths);
    }
    let wanted: BTreeSet<&str> = claims.iter().copied().collect();
    let mut statement = conn.prepare_cached("SELECT id FROM claims ORDER BY id")?;
    let ids: Vec<String> = statement
        .query_map([], |row| row.get(0))?
        .collect::<Sql<_>>()?;
    for (pos, id) in ids.iter().enumerate() {
        if wanted.contains(id.as_str()) {
            let prev = pos.checked_sub(1).map(|p| ids[p].as_str());
            let next = ids.get(pos + 1).map(String::as_str);
            lengths.insert(id.clone(), short_len(prev, id, next));
        }
    }
    Ok(lengths)
}
