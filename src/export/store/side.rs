//! The attributions (`attributions`, `attribution_via`: most of the database's
//! bytes) written on a thread of their own, into a side database beside the
//! database: the records are made into rows there ([`super::prepare::record_item`]),
//! inserted by the same statements as the other tables, and their indexes
//! ([`SIDE_INDEXES`], the same definitions as `finish.sql`'s) sorted there,
//! while the writer fills the other tables. Once both are done, [`super::copy_in`]
//! moves both tables into the database's empty ones with
//! `INSERT INTO main.t SELECT * FROM side.t`, which SQLite's transfer
//! optimization copies as stored records and index entries, already in order:
//! nothing decoded, nothing sorted again. The rows and indexes are those the
//! writer would have made; only their pages come in another order.
//!
//! The sentences go on to the full-text indexer (`fts.rs`) from here. The side
//! database is a temporary file beside the database, removed when done. Reads
//! nothing else; prints nothing.

use std::path::Path;
use std::sync::mpsc::SyncSender;

use rusqlite::Connection;

use super::fts::{self, Text};
use super::prepare::record_item;
use super::{rows, BATCH, SCHEMA_SQL, WRITER_PRAGMAS};
use crate::export::json::AttributionRecord;

/// The indexes of the side tables, as `finish.sql` defines them (the transfer
/// copies an index only into one of the same definition: a test holds them to
/// `finish.sql`).
pub(super) const SIDE_INDEXES: &[&str] = &[
    "CREATE INDEX attributions_by_claim ON attributions (claim_id, position);",
    "CREATE INDEX attributions_by_source ON attributions (source_id, position);",
    "CREATE INDEX attribution_via_by_source ON attribution_via (source_id);",
];

/// The tables written here, moved into the database by [`super::copy_in`].
pub(super) const SIDE_TABLES: &[&str] = &["attributions", "attribution_via"];

/// Writes every record's rows into a new database at `path` (every table of
/// `schema.sql`, only these filled) and indexes them; hands each sentence to
/// the indexer through `texts`.
pub(super) fn build<S, R>(
    path: &Path,
    records: R,
    texts: SyncSender<Vec<Text<S>>>,
) -> rusqlite::Result<()>
where
    S: AsRef<str> + Clone,
    R: IntoIterator<Item = AttributionRecord<S>>,
{
    let mut conn = Connection::open(path)?;
    // The database's own settings: its page size, so a record copied keeps
    // its cell as it is.
    conn.execute_batch(WRITER_PRAGMAS)?;
    let tx = conn.transaction()?;
    tx.execute_batch(SCHEMA_SQL)?;
    {
        let mut inserts = rows::Inserts::new(&tx)?;
        let mut batch = Vec::with_capacity(BATCH);
        let mut sentences = Vec::with_capacity(BATCH);
        for (position, record) in records.into_iter().enumerate() {
            let item = record_item(position, record);
            sentences.extend(fts::text_of(&item));
            batch.push(item);
            if batch.len() == BATCH {
                inserts.batch(&batch)?;
                batch.clear();
                // The indexer may have gone: it reports why.
                let _ = texts.send(std::mem::replace(&mut sentences, Vec::with_capacity(BATCH)));
            }
        }
        inserts.batch(&batch)?;
        let _ = texts.send(sentences);
    }
    tx.execute_batch(&SIDE_INDEXES.concat())?;
    tx.commit()?;
    conn.close().map_err(|(_, err)| err)
}
