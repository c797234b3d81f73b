//! The full-text indexes (`claims_fts`, `sentences_fts`), built on a thread of
//! their own beside the rows: a side database gets the claim texts and evidence
//! sentences under the rowids the rows will have, builds both FTS5 indexes
//! (`fts.sql`, then `rebuild`), and the finished indexes are copied into the
//! database's own FTS5 tables (same definitions, same SQLite) once its rows are
//! in. The index bytes are those a `rebuild` in the database itself makes; only
//! the writer's thread no longer spends its time on them.
//!
//! The side database is a temporary file beside the database, removed when
//! done. Reads nothing else; prints nothing.

use std::path::Path;
use std::sync::mpsc::Receiver;

use rusqlite::{params, Connection};

use super::prepare::Item;
use crate::export::json::WireNode;

/// The FTS5 tables, empty (the same in the database and the side database).
pub(super) const FTS_SQL: &str = include_str!("fts.sql");

/// The tables FTS5 keeps an index in, in each FTS5 table: the index blocks,
/// the segment index and the configuration (`columnsize = 0` keeps no sizes).
pub(super) const SHADOWS: &[&str] = &[
    "claims_fts_data",
    "claims_fts_idx",
    "claims_fts_config",
    "sentences_fts_data",
    "sentences_fts_idx",
    "sentences_fts_config",
];

/// A text to index, under the rowid of its row: borrowed like the items'
/// (`&str` from the graph), so nothing is copied for the indexer.
pub(super) enum Text<S> {
    /// A claim's text, at its `claims` rowid (its `node_index`).
    Claim(i64, S),
    /// An attribution's sentence, at its `attributions` rowid.
    Sentence(i64, S),
}

/// The text `item` puts in an index, if any.
pub(super) fn text_of<S: AsRef<str> + Clone>(item: &Item<S>) -> Option<Text<S>> {
    match item {
        Item::Node(node_index, WireNode::Claim { text, .. }, _) => {
            Some(Text::Claim(*node_index as i64, text.clone()))
        }
        Item::Record(position, record, _) => Some(Text::Sentence(
            record_rowid(*position),
            record.sentence.text.clone(),
        )),
        Item::Node(..) | Item::Edge(..) => None,
    }
}

/// Builds both indexes in a new database at `path` from the texts received,
/// once the sender is gone.
pub(super) fn build<S: AsRef<str>>(
    path: &Path,
    texts: Receiver<Vec<Text<S>>>,
) -> rusqlite::Result<()> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
         PRAGMA cache_size = -4096; PRAGMA temp_store = MEMORY;",
    )?;
    let tx = conn.transaction()?;
    // Contentless here (the texts go straight into the token hash, not into a
    // table read back by `rebuild`): the same index, flushed at the same points.
    tx.execute_batch(
        &FTS_SQL
            .replace(
                "content = 'claims', content_rowid = 'rowid'",
                "content = ''",
            )
            .replace(
                "content = 'attributions', content_rowid = 'rowid'",
                "content = ''",
            ),
    )?;
    {
        let mut claims = tx.prepare("INSERT INTO claims_fts (rowid, text) VALUES (?1, ?2)")?;
        let mut sentences =
            tx.prepare("INSERT INTO sentences_fts (rowid, sentence_text) VALUES (?1, ?2)")?;
        for batch in texts {
            for text in &batch {
                match text {
                    Text::Claim(rowid, text) => claims.execute(params![rowid, text.as_ref()])?,
                    Text::Sentence(rowid, text) => {
                        sentences.execute(params![rowid, text.as_ref()])?
                    }
                };
            }
        }
    }
    tx.commit()?;
    conn.close().map_err(|(_, err)| err)
}

/// The `attributions` rowid of the record at `position` in the file: its
/// `position` (the table's `INTEGER PRIMARY KEY`).
pub(super) fn record_rowid(position: usize) -> i64 {
    position as i64
}
