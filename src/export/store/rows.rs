//! One [`Item`] into its rows: a node into its table and link tables, an edge
//! into `relays`, `memberships`, `contradicts` or `other_edges` (`about` edges are
//! the claims' `claim_subjects` rows), an attribution record into `attributions`
//! and `attribution_via`. Every statement is prepared once ([`Inserts`]); the
//! strings a row derives come made ([`super::prepare`]), so this only binds.

use rusqlite::{params, Connection, Statement};

use crate::export::json::{GraphMeta, WireNode, SCHEMA};

use super::prepare::{Derived, Item};
use super::STORE_SCHEMA;

type Sql = rusqlite::Result<()>;

/// The `meta` table: schemas, generator, version and `graph.json`'s counts.
pub(super) fn meta(conn: &Connection, meta: &GraphMeta) -> Sql {
    let counts = serde_json::to_string(&meta.counts).expect("counts serialize");
    let rows = [
        ("schema", STORE_SCHEMA),
        ("graph_schema", SCHEMA),
        ("generator", meta.generator.as_str()),
        ("version", meta.version.as_str()),
        ("counts", counts.as_str()),
    ];
    let mut insert = conn.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    for (key, value) in rows {
        insert.execute(params![key, value])?;
    }
    Ok(())
}

/// The insert statements, prepared once.
pub(super) struct Inserts<'c> {
    documents: Statement<'c>,
    sources: Statement<'c>,
    source_names: Statement<'c>,
    subjects: Statement<'c>,
    claims: Statement<'c>,
    claim_sources: Statement<'c>,
    claim_subjects: Statement<'c>,
    claim_documents: Statement<'c>,
    claim_contradictions: Statement<'c>,
    relays: Statement<'c>,
    memberships: Statement<'c>,
    contradicts: Statement<'c>,
    contradicted: Statement<'c>,
    other_edges: Statement<'c>,
    attributions: Statement<'c>,
    attribution_via: Statement<'c>,
}

impl<'c> Inserts<'c> {
    /// Prepares every statement on `conn`.
    pub(super) fn new(conn: &'c Connection) -> rusqlite::Result<Self> {
        Ok(Inserts {
            documents: conn.prepare(
                "INSERT INTO documents (id, node_index, path, publisher, date, title, url, story)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?,
            sources: conn.prepare(
                "INSERT INTO sources (id, node_index, name, type, group_id, aliases, affiliation)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?,
            source_names: conn.prepare(
                "INSERT OR IGNORE INTO source_names (source_id, position, name) VALUES (?1, ?2, ?3)",
            )?,
            subjects: conn
                .prepare("INSERT INTO subjects (id, node_index, name) VALUES (?1, ?2, ?3)")?,
            claims: conn.prepare(
                "INSERT INTO claims (id, node_index, text, independent_sources, attributions,
                     documents, circular, contradicted, credibility_score, credibility_label,
                     credibility_reason, origin_names, publishers, first_date, last_date, url,
                     contradicted_by_json, contradictions_json, story)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18, ?19)",
            )?,
            claim_sources: conn.prepare(
                "INSERT INTO claim_sources (claim_index, role, position, source_index)
                 VALUES (?1, ?2, ?3, ?4)",
            )?,
            claim_subjects: conn.prepare(
                "INSERT INTO claim_subjects (claim_index, position, subject_index)
                 VALUES (?1, ?2, ?3)",
            )?,
            claim_documents: conn.prepare(
                "INSERT INTO claim_documents (claim_index, position, document_index)
                 VALUES (?1, ?2, ?3)",
            )?,
            claim_contradictions: conn.prepare(
                "INSERT INTO claim_contradictions (claim_id, position, other_id, reason)
                 VALUES (?1, ?2, ?3, ?4)",
            )?,
            relays: conn.prepare(
                "INSERT INTO relays (edge_index, relay_id, source_id, key, attribution_id, document)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?,
            memberships: conn.prepare(
                "INSERT INTO memberships (edge_index, source_id, body_id, key) VALUES (?1, ?2, ?3, ?4)",
            )?,
            contradicts: conn.prepare(
                "INSERT INTO contradicts (edge_index, claim_id, other_id, key, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?,
            contradicted: conn.prepare("UPDATE claims SET contradicted = 1 WHERE id IN (?1, ?2)")?,
            other_edges: conn.prepare(
                "INSERT INTO other_edges (edge_index, source, target, key, kind)
                 VALUES (?1, ?2, ?3, ?4, 'published')",
            )?,
            attributions: conn.prepare(
                "INSERT INTO attributions (id, position, document, source_id, source_name,
                     source_kind, mention_start, mention_end, mention_text, cue_start, cue_end,
                     cue_text, content_json, content_text, quote, stance, via_json, via_names,
                     claim_id, sentence_start, sentence_end, sentence_text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18, ?19, ?20, ?21, ?22)",
            )?,
            attribution_via: conn.prepare(
                "INSERT OR IGNORE INTO attribution_via (attribution_id, position, source_id, name)
                 VALUES (?1, ?2, ?3, ?4)",
            )?,
        })
    }

    /// Inserts one item's rows.
    pub(super) fn item<S: AsRef<str>>(&mut self, item: &Item<S>) -> Sql {
        match item {
            Item::Node(node_index, node, derived) => self.node(*node_index, node, derived),
            Item::Edge(edge_index, edge) => self.edge(*edge_index, edge),
            Item::Record(position, record, strings) => self.record(*position, record, strings),
        }
    }

    /// A node, at `node_index` in `graph.json`.
    fn node<S: AsRef<str>>(
        &mut self,
        node_index: usize,
        node: &WireNode<S>,
        derived: &Derived,
    ) -> Sql {
        fn opt<S: AsRef<str>>(value: &Option<S>) -> Option<&str> {
            value.as_ref().map(AsRef::as_ref)
        }
        match (node, derived) {
            (
                WireNode::Document {
                    id,
                    path,
                    publisher,
                    date,
                    title,
                    url,
                    story,
                },
                _,
            ) => {
                self.documents.execute(params![
                    id.as_ref(),
                    node_index,
                    path.as_ref(),
                    opt(publisher),
                    opt(date),
                    opt(title),
                    opt(url),
                    story
                ])?;
            }
            (
                WireNode::Source {
                    id,
                    name,
                    source_type,
                    aliases,
                    group,
                    ..
                },
                Derived::Source {
                    aliases: aliases_json,
                    affiliation,
                },
            ) => {
                self.sources.execute(params![
                    id.as_ref(),
                    node_index,
                    name.as_ref(),
                    source_type.as_ref(),
                    group.as_ref(),
                    aliases_json,
                    affiliation
                ])?;
                for (position, alias) in std::iter::once(name).chain(aliases).enumerate() {
                    self.source_names
                        .execute(params![id.as_ref(), position, alias.as_ref()])?;
                }
            }
            (WireNode::Subject { id, name }, _) => {
                self.subjects
                    .execute(params![id.as_ref(), node_index, name.as_ref()])?;
            }
            (WireNode::Claim { .. }, Derived::Claim(strings)) => {
                self.claim(node_index, node, strings)?;
            }
            (WireNode::Source { .. } | WireNode::Claim { .. }, _) => {
                unreachable!("sources and claims come with their strings")
            }
        }
        Ok(())
    }
}

mod claims;
mod records;
