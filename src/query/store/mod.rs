//! Answers from `attrgraph.sqlite` (see `export::store`): the manifest is checked,
//! the database opened read-only, and each question reads only the rows it
//! needs — the claims that pass the filters in the order asked (`filters.rs`),
//! the records, sources, bodies and documents the answer looks at
//! (`partial.rs`, rows back into wire types by `rows.rs`) — into a small
//! [`Output`] on which the JSON path's answers run unchanged; `ranking.rs`
//! counts who speaks most in SQL, `stories.rs` lists the stories. So no question reads `graph.json`, and an
//! answer from the store equals the answer from the JSON files. Reads; prints
//! nothing.

mod filters;
mod partial;
mod ranking;
mod rows;
mod stories;

use std::collections::{BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use filters::{Filters, Sort};

use super::{
    claim, claims, contradictions, explain, source, Answer, ClaimLookup, Output, Question,
};
use crate::error::{Error, Result};
use crate::export::json::GraphMeta;
use crate::export::manifest::{self, MANIFEST_FILE};
use crate::export::store::{STORE_FILE, STORE_SCHEMA};
use partial::Part;

/// A built output folder's database, open for questions.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    meta: GraphMeta,
}

impl Store {
    /// Opens the database of the output set in `dir`, after checking the set
    /// against its manifest (files and sizes) and the database's counts
    /// against the manifest's.
    pub fn open(dir: &Path) -> Result<Store> {
        let manifest = manifest::check(dir)?;
        let inconsistent = |message: String| Error::Inconsistent {
            path: dir.to_path_buf(),
            message,
        };
        if !manifest.files.iter().any(|file| file.name == STORE_FILE) {
            return Err(inconsistent(format!(
                "{MANIFEST_FILE} lists no {STORE_FILE} (an older attrgraph wrote it)"
            )));
        }
        let path = dir.join(STORE_FILE);
        let failed = |err: rusqlite::Error| read_error(&path, err);
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(failed)?;
        let meta_value = |key: &str| -> rusqlite::Result<String> {
            conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
                row.get(0)
            })
        };
        let schema = meta_value("schema").map_err(failed)?;
        if schema != STORE_SCHEMA {
            return Err(inconsistent(format!(
                "{STORE_FILE} has schema {schema:?}, this attrgraph reads {STORE_SCHEMA:?}"
            )));
        }
        let counts: std::collections::BTreeMap<String, usize> =
            serde_json::from_str(&meta_value("counts").map_err(failed)?).map_err(|err| {
                inconsistent(format!("{STORE_FILE} has unreadable counts: {err}"))
            })?;
        let meta = GraphMeta {
            schema: meta_value("graph_schema").map_err(failed)?,
            generator: meta_value("generator").map_err(failed)?,
            version: meta_value("version").map_err(failed)?,
            counts,
        };
        let rows = |table: &str| -> rusqlite::Result<usize> {
            conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                row.get(0)
            })
        };
        // Each table counted on its own: SQLite counts a table's entries
        // without reading its rows, where counting a union reads every id.
        let nodes = ["documents", "sources", "claims", "subjects"]
            .into_iter()
            .map(rows)
            .sum::<rusqlite::Result<usize>>()
            .map_err(failed)?;
        manifest::check_count(dir, &manifest, STORE_FILE, "nodes", nodes)?;
        let attributions = rows("attributions").map_err(failed)?;
        manifest::check_count(dir, &manifest, STORE_FILE, "attributions", attributions)?;
        if meta.counts != manifest.counts {
            return Err(inconsistent(format!(
                "the counts in {STORE_FILE} differ from those in {MANIFEST_FILE}"
            )));
        }
        Ok(Store { conn, path, meta })
    }

    /// The open database, for readers with their own SQL (the report).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The path of the database.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Finds a claim by full id or unique prefix, as [`Output::find_claim`].
    pub fn find_claim(&self, query: &str) -> Result<ClaimLookup> {
        let query = query.trim();
        let key = if query.starts_with("claim:") {
            query.to_string()
        } else {
            format!("claim:{query}")
        };
        let ids: Vec<String> = (|| {
            let exact: Option<String> = self
                .conn
                .prepare_cached("SELECT id FROM claims WHERE id = ?1")?
                .query_map([&key], |row| row.get(0))?
                .next()
                .transpose()?;
            if let Some(id) = exact {
                return Ok(vec![id]);
            }
            if query.is_empty() {
                return Ok(Vec::new());
            }
            self.conn
                .prepare_cached(
                    "SELECT id FROM claims WHERE id >= ?1 AND substr(id, 1, length(?1)) = ?1
                     ORDER BY id LIMIT 6",
                )?
                .query_map([&key], |row| row.get(0))?
                .collect()
        })()
        .map_err(|err| read_error(&self.path, err))?;
        Ok(match ids.as_slice() {
            [] => ClaimLookup::Missing,
            [only] => ClaimLookup::Found(only.clone()),
            _ => ClaimLookup::Ambiguous {
                more: ids.len() > 5,
                first: ids.into_iter().take(5).collect(),
            },
        })
    }

    /// Answers a question, listings filtered by `filters`; returns the part of
    /// the set read (for the tables) with the answer.
    pub fn ask(&self, question: &Question, filters: &Filters) -> Result<(Output, Answer)> {
        let lookup = match question {
            Question::Claim { id } | Question::Explain { id } => Some(self.find_claim(id)?),
            _ => None,
        };
        self.answer(question, lookup, filters)
            .map_err(|err| read_error(&self.path, err))
    }

    fn answer(
        &self,
        question: &Question,
        lookup: Option<ClaimLookup>,
        filters: &Filters,
    ) -> rusqlite::Result<(Output, Answer)> {
        let conn = &self.conn;
        match question {
            Question::Claims { min_sources } => {
                let filters = Filters {
                    min_sources: *min_sources,
                    ..filters.clone()
                };
                let ids = filters::claim_ids(conn, &filters)?;
                let rank = ranks(&ids);
                // The listing shows no subjects: their links go unread.
                let part = Part {
                    claims: ids.into_iter().collect(),
                    without_subjects: true,
                    ..Part::default()
                };
                let output = partial::load(conn, &self.meta, part)?;
                let mut rows = claims(&output, 0);
                rows.sort_by_key(|row| rank.get(&row.id).copied());
                Ok((output, Answer::Claims(rows)))
            }
            Question::Contradictions => {
                let limit = filters.limit;
                let filters = Filters {
                    contradicted: true,
                    limit: None,
                    ..filters.clone()
                };
                let ids = filters::claim_ids(conn, &filters)?;
                let rank = ranks(&ids);
                let keys: Vec<&str> = ids.iter().map(String::as_str).collect();
                let partners: Vec<String> = rows::each(
                    conn,
                    "SELECT j.value FROM claims c, json_each(c.contradicted_by_json) j
                         WHERE c.id IN (SELECT value FROM json_each(?1))
                     UNION SELECT other_id FROM contradicts WHERE claim_id IN (SELECT value FROM json_each(?1))
                     UNION SELECT claim_id FROM contradicts WHERE other_id IN (SELECT value FROM json_each(?1))",
                    &keys,
                    |row| row.get(0),
                )?;
                let part = Part {
                    claims: ids.iter().cloned().chain(partners).collect(),
                    ..Part::default()
                };
                let output = partial::load(conn, &self.meta, part)?;
                let mut rows: Vec<_> = contradictions(&output)
                    .into_iter()
                    .filter(|row| {
                        rank.contains_key(&row.claim.id)
                            || row.other.as_ref().is_some_and(|o| rank.contains_key(&o.id))
                    })
                    .collect();
                if filters.sort != Sort::Default {
                    let best = |row: &super::ContradictionRow| {
                        let other = row.other.as_ref().and_then(|o| rank.get(&o.id));
                        rank.get(&row.claim.id)
                            .into_iter()
                            .chain(other)
                            .min()
                            .copied()
                    };
                    rows.sort_by_key(best);
                }
                if let Some(limit) = limit {
                    rows.truncate(limit);
                }
                Ok((output, Answer::Contradictions(rows)))
            }
            Question::Source { name } => {
                let ids = filters::sources_named(conn, name)?;
                let keys: Vec<&str> = ids.iter().map(String::as_str).collect();
                let records = filters::records(
                    conn,
                    "a.rowid IN (SELECT rowid FROM attributions
                                 WHERE source_id IN (SELECT value FROM json_each(?K))
                                 UNION SELECT a2.rowid FROM attribution_via v
                                 JOIN attributions a2 ON a2.id = v.attribution_id
                                 WHERE v.source_id IN (SELECT value FROM json_each(?K)))",
                    &keys,
                    filters,
                )?;
                let part = Part {
                    claims: records.iter().map(|r| r.claim.clone()).collect(),
                    sources: ids.iter().cloned().collect(),
                    records,
                    bodies: false,
                    without_subjects: false,
                };
                let output = partial::load(conn, &self.meta, part)?;
                let mut found = source(&output, name);
                if let Some(limit) = filters.limit {
                    for answer in &mut found {
                        answer.attributions.truncate(limit);
                        answer.relayed.truncate(limit);
                    }
                }
                Ok((output, Answer::Sources(found)))
            }
            Question::Claim { .. } | Question::Explain { .. } => {
                let lookup = lookup.unwrap_or(ClaimLookup::Missing);
                let part = match &lookup {
                    ClaimLookup::Found(id) => self.claim_part(id)?,
                    _ => Part::default(),
                };
                let output = partial::load(conn, &self.meta, part)?;
                let answer = match (question, lookup) {
                    (Question::Claim { .. }, ClaimLookup::Found(id)) => {
                        Answer::Claim(claim(&output, &id))
                    }
                    (Question::Claim { .. }, _) => Answer::Claim(None),
                    (_, ClaimLookup::Found(id)) => Answer::Explain(explain(&output, &id)),
                    _ => Answer::Explain(None),
                };
                Ok((output, answer))
            }
            Question::Sources => {
                let rows = ranking::sources(conn, filters)?;
                let output = partial::load(conn, &self.meta, Part::default())?;
                Ok((output, Answer::SourceRows(rows)))
            }
            Question::Stories => {
                let rows = stories::stories(conn, filters)?;
                let output = partial::load(conn, &self.meta, Part::default())?;
                Ok((output, Answer::Stories(rows)))
            }
        }
    }

    /// One claim, the claims contradicting it, all their records, and every
    /// body above the sources they name.
    fn claim_part(&self, id: &str) -> rusqlite::Result<Part> {
        let partners: Vec<String> = rows::each(
            &self.conn,
            "SELECT j.value FROM claims c, json_each(c.contradicted_by_json) j
                 WHERE c.id IN (SELECT value FROM json_each(?1))
             UNION SELECT other_id FROM contradicts WHERE claim_id IN (SELECT value FROM json_each(?1))
             UNION SELECT claim_id FROM contradicts WHERE other_id IN (SELECT value FROM json_each(?1))",
            &[id],
            |row| row.get(0),
        )?;
        let claims: BTreeSet<String> = std::iter::once(id.to_string()).chain(partners).collect();
        let keys: Vec<&str> = claims.iter().map(String::as_str).collect();
        let records = filters::records(
            &self.conn,
            "a.claim_id IN (SELECT value FROM json_each(?K))",
            &keys,
            &Filters::default(),
        )?;
        Ok(Part {
            claims,
            sources: BTreeSet::new(),
            records,
            bodies: true,
            without_subjects: false,
        })
    }
}

/// The position of each id in a list.
fn ranks(ids: &[String]) -> HashMap<String, usize> {
    ids.iter()
        .enumerate()
        .map(|(rank, id)| (id.clone(), rank))
        .collect()
}

fn read_error(path: &Path, err: rusqlite::Error) -> Error {
    Error::Read {
        path: path.to_path_buf(),
        source: io::Error::other(err),
    }
}
