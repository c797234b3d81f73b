//! Writes a long run of serialised items — records, nodes, edges — with every core
//! helping: the items are serialised in batches, each batch in parallel pieces,
//! while the batch before is written. The bytes are those of a plain loop, in
//! the same order; at most two batches are in memory.
//!
//! Writes only to the sink it is given.

use std::io::{self, Write};
use std::ops::Range;

use rayon::prelude::*;

/// Items per batch: a megabyte or two of JSON. Six files are written at once,
/// each with two batches in memory: on the bench corpus batches of 8,192 items
/// held some 24 MB more at the export's peak (642 against 618 MB).
const BATCH_ITEMS: usize = 1 << 11;

/// Items per piece serialised on one thread.
const PIECE_ITEMS: usize = 1 << 9;

/// Writes items `0..n_items` to `out`, `serialise` appending the bytes of a run
/// of them (separators included) to a buffer.
pub fn write_items<F>(out: &mut dyn Write, n_items: usize, serialise: F) -> io::Result<()>
where
    F: Fn(Range<usize>, &mut Vec<u8>) -> io::Result<()> + Sync,
{
    // Two sets of buffers take turns: one being written, one being filled.
    let mut ready: Vec<Vec<u8>> = Vec::new();
    let mut spare: Vec<Vec<u8>> = Vec::new();
    let mut start = 0;
    while start < n_items || !ready.is_empty() {
        let end = (start + BATCH_ITEMS).min(n_items);
        let mut next: io::Result<Vec<Vec<u8>>> = Ok(Vec::new());
        // The writer stays on this thread; the next batch goes to the pool.
        let written = rayon::in_place_scope(|scope| {
            if start < end {
                let next = &mut next;
                let serialise = &serialise;
                let buffers = std::mem::take(&mut spare);
                scope.spawn(move |_| *next = serialise_batch(start..end, buffers, serialise));
            }
            ready.iter().try_for_each(|piece| out.write_all(piece))
        });
        written?;
        spare = std::mem::replace(&mut ready, next?);
        start = end;
    }
    Ok(())
}

/// The pieces of one batch, serialised in parallel into `buffers` (emptied
/// first; more are made if there are too few), in order.
fn serialise_batch<F>(
    batch: Range<usize>,
    mut buffers: Vec<Vec<u8>>,
    serialise: &F,
) -> io::Result<Vec<Vec<u8>>>
where
    F: Fn(Range<usize>, &mut Vec<u8>) -> io::Result<()> + Sync,
{
    let n_pieces = batch.len().div_ceil(PIECE_ITEMS);
    buffers.resize_with(n_pieces, Vec::new);
    buffers
        .into_par_iter()
        .enumerate()
        .map(|(k, mut piece)| {
            piece.clear();
            let start = batch.start + k * PIECE_ITEMS;
            serialise(start..(start + PIECE_ITEMS).min(batch.end), &mut piece)?;
            Ok(piece)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(n_items: usize) {
        let mut out = Vec::new();
        write_items(&mut out, n_items, |run, piece| {
            for i in run {
                writeln!(piece, "{i}")?;
            }
            Ok(())
        })
        .expect("write to a vec");
        let expect: String = (0..n_items).map(|i| format!("{i}\n")).collect();
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            expect,
            "{n_items} items"
        );
    }

    #[test]
    fn writes_every_item_in_order() {
        for n_items in [0, 1, PIECE_ITEMS + 1, BATCH_ITEMS, 2 * BATCH_ITEMS + 7] {
            check(n_items);
        }
    }

    #[test]
    fn a_failing_item_fails_the_write() {
        let result = write_items(&mut Vec::new(), 3 * BATCH_ITEMS, |run, _| {
            if run.contains(&(BATCH_ITEMS + 5)) {
                return Err(io::Error::other("bad item"));
            }
            Ok(())
        });
        assert_eq!(result.expect_err("fails").to_string(), "bad item");
    }
}
