//! The matcher's fast paths against plain versions on random input: the
//! padded forest walk against the trees, the branch-free merges and the
//! longest shared run against the obvious loops.

use proptest::prelude::*;

use super::features::{idf_overlap, longest_run, sorted_shared, N};
use super::Model;

/// How many items two sorted lists share, stepped by a match on the order.
fn plain_shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The rarity the two sorted, unique lists share, stepped by a match.
fn plain_shared_weight(x: &[(u64, f32)], y: &[(u64, f32)]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0.0f64);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += f64::from(x[i].1);
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// The longest run both lists hold in the same order, from every start.
fn plain_run(a: &[u64], b: &[u64]) -> usize {
    let mut best = 0;
    for i in 0..a.len() {
        for j in 0..b.len() {
            let n = a[i..]
                .iter()
                .zip(&b[j..])
                .take_while(|(x, y)| x == y)
                .count();
            best = best.max(n);
        }
    }
    best
}

/// A sorted list with repeats of small numbers (so that two lists meet).
fn sorted_list() -> impl Strategy<Value = Vec<u64>> {
    proptest::collection::vec(0u64..30, 0..40).prop_map(|mut v| {
        v.sort_unstable();
        v
    })
}

proptest! {
    #[test]
    fn the_forest_walks_as_the_trees_do(
        picks in proptest::collection::vec((0usize..1000, 0usize..3, -1.0f64..1.0), N),
    ) {
        // Each feature a threshold some tree tests it at, nudged, or any value.
        let m = Model::get();
        let thresholds: Vec<(usize, f64)> = m
            .trees
            .iter()
            .flat_map(|t| t.feature.iter().zip(&t.threshold))
            .filter_map(|(&f, &t)| usize::try_from(f).ok().map(|f| (f, t)))
            .collect();
        let mut x = [0.0f64; N];
        for (f, &(at, how, r)) in picks.iter().enumerate() {
            let of_f: Vec<f64> = thresholds.iter().filter(|t| t.0 == f).map(|t| t.1).collect();
            x[f] = match (of_f.is_empty(), how) {
                (false, 0) => of_f[at % of_f.len()],
                (false, 1) => of_f[at % of_f.len()] + r * 1e-6,
                _ => r * 50.0,
            };
        }
        let slow = m.trees.iter().map(|t| t.leaf(&x)).sum::<f64>();
        prop_assert_eq!(m.flat.sum(&x).to_bits(), slow.to_bits());
    }

    #[test]
    fn the_merges_count_what_a_match_counts(a in sorted_list(), b in sorted_list()) {
        prop_assert_eq!(sorted_shared(&a, &b), plain_shared(&a, &b));
        let rare = |v: &[u64]| {
            let mut v: Vec<(u64, f32)> = v.iter().map(|&k| (k, k as f32 * 0.37)).collect();
            v.dedup_by_key(|x| x.0);
            v
        };
        let (x, y) = (rare(&a), rare(&b));
        let (jaccard, _) = idf_overlap(&x, &y);
        let shared = plain_shared_weight(&x, &y);
        let weight = |v: &[(u64, f32)]| v.iter().map(|w| f64::from(w.1)).sum::<f64>();
        let union = weight(&x) + weight(&y) - shared;
        let want = if union > 0.0 { shared / union } else { 0.0 };
        prop_assert_eq!(jaccard.to_bits(), want.to_bits());
    }

    #[test]
    fn the_longest_run_is_the_longest_from_any_start(
        a in proptest::collection::vec(0u64..4, 0..40),
        b in proptest::collection::vec(0u64..4, 0..40),
    ) {
        prop_assert_eq!(longest_run(&a, &b), plain_run(&a, &b));
    }
}
