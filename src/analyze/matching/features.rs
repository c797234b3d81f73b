//! What the decision sees of a pair of wordings: meaning (vector cosine and a
//! word-by-word alignment), shared words weighted by rarity, shared word runs
//! and n-grams, and what one says that the other does not (words, figures,
//! names, negation). Every feature is symmetric in the pair.

use super::wording::{ContentWord, Wording};

/// The features' names, in order: the columns of `weights.json`.
pub const NAMES: [&str; 28] = [
    "cosine",
    "align_min",
    "align_max",
    "jaccard_idf",
    "overlap_idf",
    "bigram_dice",
    "length_ratio",
    "figures_differ",
    "figures_one_side",
    "names_unshared_share",
    "negation_differs",
    "unaligned_idf_min",
    "unaligned_idf_max",
    "stem1_min",
    "stem1_max",
    "stem2_min",
    "stem2_max",
    "stem3_min",
    "stem3_max",
    "trigram_jaccard",
    "unshared_stems_min",
    "unshared_stems_max",
    "length_difference",
    "figures_unshared",
    "names_unshared",
    "run_of_shorter",
    "run_of_longer",
    "log_shorter",
];

/// How many features there are.
pub const N: usize = NAMES.len();

/// A word aligned with its best match below this is unsaid by the other side.
const ALIGNED: f32 = 0.5;

/// The features of a pair.
pub fn of(a: &Wording, b: &Wording) -> [f64; N] {
    let ((fa, ua), (fb, ub)) = align(&a.content, &b.content);
    let (jaccard, overlap) = idf_overlap(&a.rare, &b.rare);
    let mut grams = [0.0; 6];
    for n in 1..=3 {
        let (x, y) = (
            precision(&a.stems, &b.stems, n),
            precision(&b.stems, &a.stems, n),
        );
        grams[2 * (n - 1)] = x.min(y);
        grams[2 * (n - 1) + 1] = x.max(y);
    }
    let (na, nb) = (a.words.len() as f64, b.words.len() as f64);
    let shared_stems = sorted_shared(&a.content_stems, &b.content_stems) as f64;
    let (sa, sb) = (
        a.content_stems.len() as f64 - shared_stems,
        b.content_stems.len() as f64 - shared_stems,
    );
    let shared_names = sorted_shared(&a.names, &b.names);
    let names_unshared = (a.names.len() + b.names.len() - 2 * shared_names) as f64;
    let names_all = (a.names.len() + b.names.len() - shared_names) as f64;
    let shared_figures = sorted_shared(&a.figures, &b.figures);
    let figures_unshared = (a.figures.len() + b.figures.len() - 2 * shared_figures) as f64;
    let both_figures = !a.figures.is_empty() && !b.figures.is_empty();
    let run = longest_run(&a.words, &b.words) as f64;
    let (short, long) = (na.min(nb), na.max(nb));
    let shared_tri = sorted_shared(&a.trigrams, &b.trigrams) as f64;
    let all_tri = (a.trigrams.len() + b.trigrams.len()) as f64 - shared_tri;
    [
        cosine(a.mean(), b.mean()),
        fa.min(fb),
        fa.max(fb),
        jaccard,
        overlap,
        bigram_dice(&a.words, &b.words),
        ((na + 1.0) / (nb + 1.0)).ln().abs(),
        f64::from(both_figures && figures_unshared > 0.0),
        f64::from(a.figures.is_empty() != b.figures.is_empty()),
        if names_all > 0.0 {
            names_unshared / names_all
        } else {
            0.0
        },
        f64::from(a.negated != b.negated),
        ua.min(ub),
        ua.max(ub),
        grams[0],
        grams[1],
        grams[2],
        grams[3],
        grams[4],
        grams[5],
        if all_tri > 0.0 {
            shared_tri / all_tri
        } else {
            0.0
        },
        sa.min(sb),
        sa.max(sb),
        (na - nb).abs(),
        figures_unshared,
        names_unshared,
        if short > 0.0 { run / short } else { 0.0 },
        if long > 0.0 { run / long } else { 0.0 },
        (1.0 + short).ln(),
    ]
}

/// Cosine of two vectors; 0 when either is zero.
fn cosine(a: &[f32], b: &[f32]) -> f64 {
    let (mut dot, mut na, mut nb) = (0.0f64, 0.0f64, 0.0f64);
    for (x, y) in a.iter().zip(b) {
        dot += f64::from(*x) * f64::from(*y);
        na += f64::from(*x) * f64::from(*x);
        nb += f64::from(*y) * f64::from(*y);
    }
    if na > 0.0 && nb > 0.0 {
        dot / (na * nb).sqrt()
    } else {
        0.0
    }
}

/// A content word as alignment reads it: its key, and its table row with one
/// over the row's length.
type Read = (u64, Option<(&'static [i16], f32)>);

/// Cosine of two words: 1 when spelled alike, their vectors' otherwise.
fn word_cosine(a: &Read, b: &Read) -> f32 {
    if a.0 == b.0 {
        return 1.0;
    }
    let (Some((x, nx)), Some((y, ny))) = (a.1, b.1) else {
        return 0.0;
    };
    let dot: i32 = x
        .iter()
        .zip(y)
        .map(|(&p, &q)| i32::from(p) * i32::from(q))
        .sum();
    dot as f32 * nx * ny
}

/// How much of each side (by rarity) finds a close word on the other, and
/// the rarity of what does not: `(a in b, b in a)`. Each pair of words is
/// compared once.
fn align(a: &[ContentWord], b: &[ContentWord]) -> ((f64, f64), (f64, f64)) {
    if a.is_empty() || b.is_empty() {
        return ((0.0, 0.0), (0.0, 0.0));
    }
    let mut best_a = vec![0.0f32; a.len()];
    let mut best_b = vec![0.0f32; b.len()];
    let read = |words: &[ContentWord]| -> Vec<Read> {
        words.iter().map(|w| (w.key, w.vector())).collect()
    };
    let (ra, rb) = (read(a), read(b));
    for (i, w) in ra.iter().enumerate() {
        for (j, v) in rb.iter().enumerate() {
            let c = word_cosine(w, v);
            best_a[i] = best_a[i].max(c);
            best_b[j] = best_b[j].max(c);
        }
    }
    (coverage(a, &best_a), coverage(b, &best_b))
}

/// The rarity-weighted share of `words` whose best match is `best`, and the
/// rarity of those left unaligned.
fn coverage(words: &[ContentWord], best: &[f32]) -> (f64, f64) {
    let (mut covered, mut total, mut unaligned) = (0.0f64, 0.0f64, 0.0f64);
    for (w, &best) in words.iter().zip(best) {
        covered += f64::from(best * w.idf);
        total += f64::from(w.idf);
        if best < ALIGNED {
            unaligned += f64::from(w.idf);
        }
    }
    (if total > 0.0 { covered / total } else { 0.0 }, unaligned)
}

/// Rarity-weighted Jaccard and overlap coefficient of the content words
/// (each side sorted by text, unique).
pub fn idf_overlap(x: &[(u64, f32)], y: &[(u64, f32)]) -> (f64, f64) {
    let weight = |v: &[(u64, f32)]| v.iter().map(|w| f64::from(w.1)).sum::<f64>();
    let (wx, wy) = (weight(x), weight(y));
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
    let union = wx + wy - shared;
    let jaccard = if union > 0.0 { shared / union } else { 0.0 };
    let smaller = wx.min(wy);
    (jaccard, if smaller > 0.0 { shared / smaller } else { 0.0 })
}

/// The share of `a`'s n-grams (clipped counts) found in `b`.
fn precision(a: &[u64], b: &[u64], n: usize) -> f64 {
    if a.len() < n || b.len() < n {
        return 0.0;
    }
    let mut theirs: Vec<&[u64]> = b.windows(n).collect();
    theirs.sort_unstable();
    let mut used = vec![false; theirs.len()];
    let mut hits = 0usize;
    for g in a.windows(n) {
        if let Ok(mut k) = theirs.binary_search(&g) {
            while k > 0 && theirs[k - 1] == g {
                k -= 1;
            }
            while k < theirs.len() && theirs[k] == g && used[k] {
                k += 1;
            }
            if k < theirs.len() && theirs[k] == g {
                used[k] = true;
                hits += 1;
            }
        }
    }
    hits as f64 / (a.len() - n + 1) as f64
}

/// Dice coefficient of the two wordings' sets of word bigrams.
fn bigram_dice(a: &[u64], b: &[u64]) -> f64 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    2.0 * sorted_shared(&x, &y) as f64 / (x.len() + y.len()) as f64
}

/// A wording's word bigrams, sorted, unique.
fn bigrams(w: &[u64]) -> Vec<(u64, u64)> {
    let mut v: Vec<(u64, u64)> = w.windows(2).map(|p| (p[0], p[1])).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The longest run of words both wordings hold in the same order.
fn longest_run(a: &[u64], b: &[u64]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    let mut best = 0;
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// How many items two sorted, unique lists share.
pub fn sorted_shared<T: Ord>(a: &[T], b: &[T]) -> usize {
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
