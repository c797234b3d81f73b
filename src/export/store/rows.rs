//! One [`Item`] into its rows: a node into its table and link tables, an edge
//! into `relays`, `memberships`, `contradicts` or `other_edges` (`about` edges are
//! the claims' `claim_subjects` rows), an attribution record into `attributions`
//! and `attribution_via`. Every statement is prepared once ([`Inserts`]) and
//! inserts many rows (`table.rs`); the strings a row derives come made
//! ([`super::prepare`]), so this only binds.

use rusqlite::types::ToSqlOutput;
use rusqlite::{params, Connection, Statement};

use crate::export::json::{GraphMeta, WireNode, SCHEMA};

use super::prepare::{Derived, Item};
use super::STORE_SCHEMA;
use table::{int, opt_int, opt_text, text, Table, Values};

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

/// The tables rows go to, each with its pending rows at the same index of
/// [`Pending`].
#[derive(Clone, Copy)]
pub(super) enum To {
    Documents,
    Sources,
    SourceNames,
    Subjects,
    Claims,
    ClaimSources,
    ClaimSubjects,
    ClaimDocuments,
    ClaimContradictions,
    Relays,
    Memberships,
    Contradicts,
    OtherEdges,
    Attributions,
    AttributionVia,
}

/// The insert of each table of [`To`], in its order: `INSERT` head and row.
const TABLES: [(&str, &str); 15] = [
    (
        "INSERT OR FAIL INTO documents (id, node_index, path, publisher, date, title, url, story)",
        "(?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO sources (id, node_index, name, type, group_id, aliases, affiliation)",
        "(?, ?, ?, ?, ?, ?, ?)",
    ),
    (
        "INSERT OR IGNORE INTO source_names (source_id, position, name)",
        "(?, ?, ?)",
    ),
    ("INSERT OR FAIL INTO subjects (id, node_index, name)", "(?, ?, ?)"),
    (
        "INSERT OR FAIL INTO claims (id, node_index, text, independent_sources, attributions,
             documents, circular, contradicted, credibility_score, credibility_label,
             credibility_reason, origin_names, publishers, first_date, last_date, url,
             contradicted_by_json, contradictions_json, story, joins_json)",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO claim_sources (claim_index, role, position, source_index)",
        "(?, ?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO claim_subjects (claim_index, position, subject_index)",
        "(?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO claim_documents (claim_index, position, document_index)",
        "(?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO claim_contradictions (claim_id, position, other_id, reason)",
        "(?, ?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO relays (edge_index, relay_id, source_id, key, attribution_id, document)",
        "(?, ?, ?, ?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO memberships (edge_index, source_id, body_id, key)",
        "(?, ?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO contradicts (edge_index, claim_id, other_id, key, reason)",
        "(?, ?, ?, ?, ?)",
    ),
    (
        "INSERT OR FAIL INTO other_edges (edge_index, source, target, key, kind)",
        "(?, ?, ?, ?, 'published')",
    ),
    (
        "INSERT OR FAIL INTO attributions (id, position, document, source_id, source_name,
             source_kind, mention_start, mention_end, mention_text, cue_start, cue_end,
             cue_text, content_json, content_text, quote, stance, via_json, via_names,
             claim_id, sentence_start, sentence_end, sentence_text)",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    (
        "INSERT OR IGNORE INTO attribution_via (attribution_id, position, source_id, name)",
        "(?, ?, ?, ?)",
    ),
];

/// The rows of a batch waiting for their statement, one buffer a table.
type Pending<'a> = [Values<'a>; TABLES.len()];

/// The insert statements, prepared once.
pub(super) struct Inserts<'c> {
    /// Each table of [`To`], in its order.
    tables: Vec<Table<'c>>,
    /// Marks both claims of a `contradicts` edge.
    contradicted: Statement<'c>,
}

impl<'c> Inserts<'c> {
    /// Prepares every statement on `conn`.
    pub(super) fn new(conn: &'c Connection) -> rusqlite::Result<Self> {
        Ok(Inserts {
            tables: TABLES
                .iter()
                .map(|(insert, row)| Table::new(conn, insert, row))
                .collect::<rusqlite::Result<_>>()?,
            contradicted: conn
                .prepare("UPDATE claims SET contradicted = 1 WHERE id IN (?1, ?2)")?,
        })
    }

    /// Inserts the rows of a batch of items, in order.
    pub(super) fn batch<S: AsRef<str>>(&mut self, items: &[Item<S>]) -> Sql {
        let mut pending: Pending<'_> = Default::default();
        for item in items {
            match item {
                Item::Node(node_index, node, derived) => {
                    self.node(&mut pending, *node_index, node, derived)?
                }
                Item::Edge(edge_index, edge) => self.edge(&mut pending, *edge_index, edge)?,
                Item::Record(position, record, strings) => {
                    self.record(&mut pending, *position, record, strings)?
                }
            }
        }
        for (table, values) in self.tables.iter_mut().zip(&mut pending) {
            table.insert_all(values)?;
        }
        Ok(())
    }

    /// Adds a row to `to`, inserting its pending rows once there are enough.
    fn row<'a, const N: usize>(
        &mut self,
        pending: &mut Pending<'a>,
        to: To,
        values: [ToSqlOutput<'a>; N],
    ) -> Sql {
        let buffer = &mut pending[to as usize];
        buffer.extend(values);
        self.tables[to as usize].insert_full(buffer)
    }

    /// Inserts every row pending for `to` now.
    fn insert_pending(&mut self, pending: &mut Pending<'_>, to: To) -> Sql {
        self.tables[to as usize].insert_all(&mut pending[to as usize])
    }

    /// A node, at `node_index` in `graph.json`.
    fn node<'a, S: AsRef<str>>(
        &mut self,
        pending: &mut Pending<'a>,
        node_index: usize,
        node: &'a WireNode<S>,
        derived: &'a Derived,
    ) -> Sql {
        fn opt<S: AsRef<str>>(value: &Option<S>) -> ToSqlOutput<'_> {
            opt_text(value.as_ref().map(AsRef::as_ref))
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
            ) => self.row(
                pending,
                To::Documents,
                [
                    text(id.as_ref()),
                    int(node_index),
                    text(path.as_ref()),
                    opt(publisher),
                    opt(date),
                    opt(title),
                    opt(url),
                    opt_int(*story),
                ],
            ),
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
                self.row(
                    pending,
                    To::Sources,
                    [
                        text(id.as_ref()),
                        int(node_index),
                        text(name.as_ref()),
                        text(source_type.as_ref()),
                        text(group.as_ref()),
                        text(aliases_json),
                        text(affiliation),
                    ],
                )?;
                for (position, alias) in std::iter::once(name).chain(aliases).enumerate() {
                    self.row(
                        pending,
                        To::SourceNames,
                        [text(id.as_ref()), int(position), text(alias.as_ref())],
                    )?;
                }
                Ok(())
            }
            (WireNode::Subject { id, name }, _) => self.row(
                pending,
                To::Subjects,
                [text(id.as_ref()), int(node_index), text(name.as_ref())],
            ),
            (WireNode::Claim { .. }, Derived::Claim(strings)) => {
                self.claim(pending, node_index, node, strings)
            }
            (WireNode::Source { .. } | WireNode::Claim { .. }, _) => {
                unreachable!("sources and claims come with their strings")
            }
        }
    }
}

mod claims;
mod records;
mod table;
