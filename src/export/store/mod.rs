//! `attrgraph.sqlite`: the output set as an SQLite database (bundled SQLite, so
//! nothing to install) that `attrgraph query`, `sqlite3`, Datasette, DB Browser
//! and pandas read as it is: documents, sources, claims, attributions, relays,
//! contradictions, link tables, indexes for the lookups `query` makes, FTS5
//! full-text search over claim texts and evidence sentences, and the views
//! `corroborated_claims` and `contradictions`. `schema.sql`, `finish.sql` and
//! `fts.sql` hold the SQL; `prepare.rs` makes the rows' strings on a second
//! thread, `rows.rs` inserts them, up to 64 rows of a table a statement
//! (`rows/table.rs`), `side.rs` writes the attributions into a side database
//! on a third, copied in at the end, and `fts.rs` builds the full-text indexes
//! on a fourth.
//!
//! It is written from wire types (what `graph.json` and `attributions.jsonl`
//! hold), so a set read back makes the same database. The same input gives the
//! same bytes at any thread count: one writer a database, rows inserted in
//! graph and file order, the side tables copied in a fixed order, a fixed page
//! size, no journal, no timestamp. The file is handed to the export's flusher
//! once closed, and hashed for the manifest meanwhile (SQLite writes pages, not
//! a stream). Reads nothing but what it is given; prints nothing.

mod content;
mod fts;
mod prepare;
mod rows;
mod side;

use std::fs;
use std::io::{self, Read};
use std::path::Path;
use std::sync::mpsc;

use rusqlite::Connection;

pub use content::content_spans;

use super::flush::{with_flusher, Flusher};
use super::json::{AttributionRecord, GraphMeta, NodeLinkGraph, WireEdge, WireNode};
use super::manifest::{HashingWriter, ManifestFile};
use crate::error::{Error, Result};

/// Name of the database in an output folder.
pub const STORE_FILE: &str = "attrgraph.sqlite";

/// Schema id of the database, in its `meta` table under `schema`.
pub const STORE_SCHEMA: &str = "attrgraph-sqlite/3";

/// The tables, in `schema.sql`.
const SCHEMA_SQL: &str = include_str!("schema.sql");
/// Indexes, the `stories` table and views, in `finish.sql`: made with the
/// tables, so the indexes grow with the rows instead of being sorted at the end.
const FINISH_SQL: &str = include_str!("finish.sql");
/// The `stories` rows, once every row is in, in `stories.sql`.
const STORIES_SQL: &str = include_str!("stories.sql");

/// What goes into the database: the graph's attributes, its nodes in graph
/// order, its edges with their positions in `graph.json` (`asserts` and
/// `denies` edges may be left out: the attributions hold them), and the
/// attribution records in file order.
pub struct StoreInput<N, E, R> {
    /// `graph.json`'s `graph` attributes.
    pub meta: GraphMeta,
    /// Every node, in graph order.
    pub nodes: N,
    /// Edges with their index in `graph.json`.
    pub edges: E,
    /// Every attribution record, in file order.
    pub records: R,
}

/// How the database and its attribution side database are written: one page
/// size (a record copied keeps its cell as it is), no journal, no sync, one
/// writer, an 8 MB page cache (rows go in in key order, so a larger one buys
/// nothing), temporary tables in memory.
const WRITER_PRAGMAS: &str = "PRAGMA page_size = 16384; PRAGMA foreign_keys = OFF;
    PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
    PRAGMA cache_size = -8000; PRAGMA temp_store = MEMORY;";

/// Items per message from the thread making rows to the writer.
const BATCH: usize = 512;
/// Messages in flight: enough to keep the writer fed, few enough to keep
/// memory flat.
const IN_FLIGHT: usize = 16;

/// Writes the database at `path` (which must not exist) and returns its
/// manifest entry, the file handed to `flusher`. The rows' strings are made
/// on a second thread (`prepare.rs`) and handed over in batches, in insertion
/// order; one connection writes them.
pub fn write_store<S, N, E, R>(
    path: &Path,
    input: StoreInput<N, E, R>,
    flusher: &Flusher,
) -> Result<ManifestFile>
where
    S: AsRef<str> + Clone + Send,
    N: IntoIterator<Item = WireNode<S>> + Send,
    E: IntoIterator<Item = (usize, WireEdge<S>)> + Send,
    R: IntoIterator<Item = AttributionRecord<S>> + Send,
{
    let failed = |err: rusqlite::Error| Error::Write {
        path: path.to_path_buf(),
        source: io::Error::other(err),
    };
    let mut conn = Connection::open(path).map_err(failed)?;
    conn.execute_batch(WRITER_PRAGMAS).map_err(failed)?;
    // The side databases of the full-text indexes and of the attributions,
    // beside the database (so on the same disk) and gone when this returns.
    let side_file = |prefix: &str| {
        tempfile::Builder::new()
            .prefix(prefix)
            .tempfile_in(path.parent().unwrap_or(Path::new(".")))
            .map_err(|source| Error::Write {
                path: path.to_path_buf(),
                source,
            })
    };
    let fts_side = side_file(".fts-")?;
    let rows_side = side_file(".rows-")?;
    let tx = conn.transaction().map_err(failed)?;
    // Every table, index and view first, in the order of the files (that of
    // `sqlite_master`); the attribution tables stay empty until the copy.
    for sql in [SCHEMA_SQL, FINISH_SQL, fts::FTS_SQL] {
        tx.execute_batch(sql).map_err(failed)?;
    }
    rows::meta(&tx, &input.meta).map_err(failed)?;
    let StoreInput {
        nodes,
        edges,
        records,
        ..
    } = input;
    let (send, receive) = mpsc::sync_channel::<Vec<prepare::Item<S>>>(IN_FLIGHT);
    let (send_texts, receive_texts) = mpsc::sync_channel::<Vec<fts::Text<S>>>(IN_FLIGHT);
    let (written, attributed, indexed) = std::thread::scope(|scope| {
        let indexing = scope.spawn(|| fts::build(fts_side.path(), receive_texts));
        let send_sentences = send_texts.clone();
        let attributing = scope.spawn(|| side::build(rows_side.path(), records, send_sentences));
        scope.spawn(move || {
            let mut batch = Vec::with_capacity(BATCH);
            let mut texts = Vec::with_capacity(BATCH);
            let mut push = |item: prepare::Item<S>| {
                if let Some(text) = fts::text_of(&item) {
                    texts.push(text);
                    if texts.len() == BATCH {
                        // The indexer may have gone: it reports why.
                        let _ = send_texts.send(std::mem::take(&mut texts));
                    }
                }
                batch.push(item);
                batch.len() < BATCH
                    || send
                        .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                        .is_ok()
            };
            if prepare::produce(nodes, edges, &mut push) && !batch.is_empty() {
                // The writer may have gone: it reports why.
                let _ = send.send(batch);
            }
            let _ = send_texts.send(texts);
        });
        // The receiver goes with this closure, so a writer that fails stops the
        // thread making rows at its next batch.
        let written = (|| {
            let mut inserts = rows::Inserts::new(&tx)?;
            for batch in receive {
                inserts.batch(&batch)?;
            }
            Ok(())
        })();
        let attributed = attributing.join().expect("the side writer does not panic");
        let indexed = indexing.join().expect("the indexer does not panic");
        (written, attributed, indexed)
    });
    written.map_err(failed)?;
    attributed.map_err(failed)?;
    indexed.map_err(failed)?;
    tx.execute_batch(STORIES_SQL).map_err(failed)?;
    tx.commit().map_err(failed)?;
    copy_in(&conn, rows_side.path(), side::SIDE_TABLES).map_err(failed)?;
    copy_in(&conn, fts_side.path(), fts::SHADOWS).map_err(failed)?;
    conn.close().map_err(|(_, err)| failed(err))?;
    drop(fts_side);
    drop(rows_side);
    // Handed to the flusher before it is hashed: its writeback goes on while
    // it is read back from the page cache, not after.
    let write_failed = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    flusher.flush(
        path.to_path_buf(),
        fs::File::open(path).map_err(write_failed)?,
    );
    hash_file(path, STORE_FILE).map_err(write_failed)
}

/// Writes the database of a set read back (`graph.json` and
/// `attributions.jsonl`): the same bytes as the build that wrote them.
pub fn write_from_wire(
    path: &Path,
    graph: &NodeLinkGraph,
    records: &[AttributionRecord],
) -> Result<ManifestFile> {
    with_flusher(|flusher| {
        write_store(
            path,
            StoreInput {
                meta: graph.graph.clone(),
                nodes: graph.nodes.iter().cloned(),
                edges: graph.edges.iter().cloned().enumerate(),
                records: records.iter().cloned(),
            },
            flusher,
        )
    })
}

/// Replaces `tables` of `conn` with those of the side database at `path`,
/// in one transaction (no other may be open on `conn`). Each destination is
/// emptied first (the FTS5 tables hold a configuration row of their own) and
/// filled by `INSERT … SELECT *`, which SQLite's transfer optimization copies
/// as stored records and index entries where the definitions match.
fn copy_in(conn: &Connection, path: &Path, tables: &[&str]) -> rusqlite::Result<()> {
    let path = path
        .to_str()
        .ok_or_else(|| rusqlite::Error::InvalidPath(path.to_path_buf()))?;
    conn.execute("ATTACH DATABASE ?1 AS side", [path])?;
    let mut sql = String::from("BEGIN;");
    for table in tables {
        sql.push_str(&format!(
            "DELETE FROM main.{table}; INSERT INTO main.{table} SELECT * FROM side.{table};"
        ));
    }
    sql.push_str("COMMIT;");
    let copied = conn.execute_batch(&sql);
    conn.execute("DETACH DATABASE side", [])?;
    copied
}

/// Hashes a closed file for the manifest.
fn hash_file(path: &Path, name: &str) -> io::Result<ManifestFile> {
    let mut file = fs::File::open(path)?;
    let mut hashing = HashingWriter::new(io::sink());
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        io::Write::write_all(&mut hashing, &buffer[..n])?;
    }
    Ok(hashing.finish(name).0)
}

#[cfg(test)]
mod tests;
