//! Pairs of items that share several keys, drawn from an inverted index
//! without comparing all pairs: what claim grouping proposes to its judges
//! (attributions sharing two words) and what ties articles into stories
//! (articles sharing four rare words). The lists of entries that go into an
//! index and the pairs that come out are gathered in parallel and copied into
//! one vector in parallel ([`gather()`], [`concat()`]): no thread copies and
//! faults in a whole list alone.

use rayon::prelude::*;

/// Every item's outputs, in item order: what
/// `items.par_iter().enumerate().flat_map_iter(outputs).collect()` gives,
/// made in parallel runs of items and copied into place in parallel.
pub fn gather<'a, S, T, I>(
    items: &'a [S],
    outputs: impl Fn(usize, &'a S) -> I + Sync + Send,
) -> Vec<T>
where
    S: Sync,
    T: Copy + Default + Send + Sync,
    I: Iterator<Item = T>,
{
    let runs: Vec<Vec<T>> = items
        .par_iter()
        .enumerate()
        .fold(Vec::new, |mut run, (i, item)| {
            run.extend(outputs(i, item));
            run
        })
        .collect();
    concat(runs)
}

/// `parts` one after the other in one vector, copied in parallel into a
/// vector made zeroed (so its pages are first touched by the copying threads).
pub fn concat<T: Copy + Default + Send + Sync>(parts: Vec<Vec<T>>) -> Vec<T> {
    let total = parts.iter().map(Vec::len).sum();
    let mut out = vec![T::default(); total];
    let mut rest = out.as_mut_slice();
    let mut slots = Vec::with_capacity(parts.len());
    for part in &parts {
        let (slot, tail) = rest.split_at_mut(part.len());
        slots.push(slot);
        rest = tail;
    }
    slots
        .into_par_iter()
        .zip(parts.par_iter())
        .for_each(|(slot, part)| slot.copy_from_slice(part));
    out
}

/// The pairs of items that share `least` keys or more, each key held by at
/// most `cap` items (a commoner key proposes nothing), sorted. `entries` are
/// (key, item) in any order. Each item gathers the later items of its keys'
/// lists and counts them in a small sorted run of its own, in parallel: no
/// list of every pair is ever held.
pub fn sharing<K: Ord + Send + Sync>(
    mut entries: Vec<(K, u32)>,
    cap: usize,
    least: usize,
) -> Vec<(usize, usize)> {
    entries.par_sort_unstable();
    entries.dedup();
    // Each key's items, ascending, each once.
    let lists: Vec<&[(K, u32)]> = entries
        .par_chunk_by(|x, y| x.0 == y.0)
        .filter(|list| (2..=cap).contains(&list.len()))
        .collect();
    let n = entries.iter().map(|e| e.1 as usize + 1).max().unwrap_or(0);
    // Where each item stands in the lists (list, position), grouped by item:
    // `places[start[a]..start[a + 1]]` are a's.
    let mut start = vec![0usize; n + 1];
    for list in &lists {
        for e in list.iter() {
            start[e.1 as usize + 1] += 1;
        }
    }
    for a in 0..n {
        start[a + 1] += start[a];
    }
    let mut places = vec![(0u32, 0u32); start[n]];
    let mut next = start.clone();
    for (at, list) in lists.iter().enumerate() {
        for (pos, e) in list.iter().enumerate() {
            let slot = &mut next[e.1 as usize];
            places[*slot] = (at as u32, pos as u32);
            *slot += 1;
        }
    }
    let runs: Vec<Vec<(usize, usize)>> = (0..n)
        .into_par_iter()
        .fold(
            || (Vec::new(), Vec::new()),
            |(mut pairs, mut later): (Vec<(usize, usize)>, Vec<u32>), a| {
                later.clear();
                for &(at, pos) in &places[start[a]..start[a + 1]] {
                    later.extend(lists[at as usize][pos as usize + 1..].iter().map(|e| e.1));
                }
                later.sort_unstable();
                pairs.extend(
                    later
                        .chunk_by(|x, y| x == y)
                        .filter(|run| run.len() >= least)
                        .map(|run| (a, run[0] as usize)),
                );
                (pairs, later)
            },
        )
        .map(|(pairs, _)| pairs)
        .collect();
    concat(runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The pairs drawn from the index are the pairs a look at every
        /// pair finds: sharing `least` keys or more, counting only keys of
        /// at most `cap` items, each pair once, in order.
        #[test]
        fn the_index_finds_what_every_pair_finds(
            entries in proptest::collection::vec((0u8..12, 0u32..30), 0..120),
            cap in 2usize..8,
            least in 1usize..4,
        ) {
            let mut keys: Vec<Vec<u8>> = vec![Vec::new(); 30];
            for &(k, a) in &entries {
                keys[a as usize].push(k);
            }
            let size = |k: u8| {
                let mut holders: Vec<u32> =
                    entries.iter().filter(|e| e.0 == k).map(|e| e.1).collect();
                holders.sort_unstable();
                holders.dedup();
                holders.len()
            };
            let mut want = Vec::new();
            for a in 0..30usize {
                for b in a + 1..30 {
                    let mut shared: Vec<u8> = keys[a]
                        .iter()
                        .filter(|k| keys[b].contains(k) && size(**k) <= cap)
                        .copied()
                        .collect();
                    shared.sort_unstable();
                    shared.dedup();
                    if shared.len() >= least {
                        want.push((a, b));
                    }
                }
            }
            proptest::prop_assert_eq!(sharing(entries, cap, least), want);
        }

        #[test]
        fn gather_gives_what_a_flat_map_gives(
            items in proptest::collection::vec(proptest::collection::vec(0u64..9, 0..6), 0..300),
        ) {
            let want: Vec<(u64, u32)> = items
                .iter()
                .enumerate()
                .flat_map(|(i, keys)| keys.iter().map(move |&k| (k, i as u32)))
                .collect();
            let got = gather(&items, |i, keys| keys.iter().map(move |&k| (k, i as u32)));
            proptest::prop_assert_eq!(got, want);
        }
    }
}
