//! What the decision sees of a pair of wordings: meaning (vector cosine and a
//! word-by-word alignment), shared words weighted by rarity, shared word runs
//! and n-grams, and what one says that the other does not (words, figures,
//! names, negation). Every feature is symmetric in the pair.

use super::wording::{ContentWord, Wording, MAX_WORDS, UNKNOWN_ROW};

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
    with_overlap(a, b, idf_overlap(&a.rare(), &b.rare()))
}

/// [`of`] given the pair's [`idf_overlap`] (Jaccard, overlap), which the
/// model's first look has already worked out.
pub fn with_overlap(a: &Wording, b: &Wording, (jaccard, overlap): (f64, f64)) -> [f64; N] {
    let ((fa, ua), (fb, ub)) = align(&a.content, &b.content);
    let (da, db) = (a.detail(), b.detail());
    let (ga, gb) = (&da.grams, &db.grams);
    let mut grams = [0.0; 6];
    // A shared n-gram holds a shared (n-1)-gram: once none is shared, no
    // longer one is either.
    let mut shared = sorted_shared(&ga.stems1, &gb.stems1);
    for n in 1..=3 {
        if n == 2 && shared > 0 {
            shared = sorted_shared(&ga.stems2, &gb.stems2);
        } else if n == 3 && shared > 0 {
            shared = sorted_shared(&ga.stems3, &gb.stems3);
        }
        let (x, y) = (
            precision(shared, a.n_words, b.n_words, n),
            precision(shared, b.n_words, a.n_words, n),
        );
        grams[2 * (n - 1)] = x.min(y);
        grams[2 * (n - 1) + 1] = x.max(y);
    }
    let (na, nb) = (a.n_words as f64, b.n_words as f64);
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
    let run = longest_run(&da.words, &db.words) as f64;
    let (short, long) = (na.min(nb), na.max(nb));
    let (ta, tb) = (&da.trigrams, &db.trigrams);
    let shared_tri = sorted_shared(ta, tb) as f64;
    let all_tri = (ta.len() + tb.len()) as f64 - shared_tri;
    [
        cosine(a.mean(), b.mean()),
        fa.min(fb),
        fa.max(fb),
        jaccard,
        overlap,
        bigram_dice(&ga.bigrams, &gb.bigrams),
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

/// A content word as alignment reads it: its key, its table row (or
/// [`UNKNOWN_ROW`]), the row's values and one over their length, read once
/// a pair.
#[derive(Clone, Copy)]
struct Read {
    key: u64,
    row: u32,
    inverse_norm: f32,
    values: &'static [i16],
}

/// Cosine of two words: 1 when spelled alike, their vectors' otherwise (0
/// when the table does not know either).
#[inline(always)]
fn word_cosine(a: &Read, b: &Read, dots: &mut Dots) -> f32 {
    if a.key == b.key {
        return 1.0;
    }
    if a.row == UNKNOWN_ROW || b.row == UNKNOWN_ROW {
        return 0.0;
    }
    let work = || dot(a.values, b.values);
    dots.get(a.row, b.row, work) as f32 * a.inverse_norm * b.inverse_norm
}

/// Log2 of how many integer dot products of table rows [`Dots`] keeps.
const KEPT_BITS: u32 = 16;

/// How many integer dot products of table rows [`Dots`] keeps.
const KEPT_DOTS: usize = 1 << KEPT_BITS;

/// Dot products of pairs of table rows lately worked out, one slot per hash
/// of the pair: words of one story meet again and again across its pairs, and
/// a slot read costs less than two rows. A dot product is exact and the same
/// whichever way round, so what is kept is what would be worked out.
struct Dots(Vec<(u64, i32)>);

/// The tag of a slot no pair has filled (rows are below `u32::MAX`).
const EMPTY: u64 = u64::MAX;

impl Dots {
    /// The dot product of rows `p` and `q`, from its slot or `work` it out.
    #[inline(always)]
    fn get(&mut self, p: u32, q: u32, work: impl FnOnce() -> i32) -> i32 {
        let tag = (u64::from(p.min(q)) << 32) | u64::from(p.max(q));
        let at = (tag.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - KEPT_BITS)) as usize;
        let slot = &mut self.0[at];
        if slot.0 != tag {
            *slot = (tag, work());
        }
        slot.1
    }
}

thread_local! {
    /// Each thread's kept dot products.
    static DOTS: std::cell::RefCell<Dots> =
        std::cell::RefCell::new(Dots(vec![(EMPTY, 0); KEPT_DOTS]));
}

/// Lanes of the integer dot product: thirty-two 32-bit sums the compiler
/// keeps in vector registers (four multiply-adds of eight pairs a step, where
/// sixteen lanes took two a step and twice the loop's own work).
const LANES: usize = 32;

/// The dot product of two integer rows of one length, summed in lanes
/// (integer sums are exact in any order).
fn dot(x: &[i16], y: &[i16]) -> i32 {
    let mut lanes = [0i32; LANES];
    let (xs, ys) = (x.chunks_exact(LANES), y.chunks_exact(LANES));
    let tail: i32 = xs
        .remainder()
        .iter()
        .zip(ys.remainder())
        .map(|(&p, &q)| i32::from(p) * i32::from(q))
        .sum();
    for (p, q) in xs.zip(ys) {
        for k in 0..LANES {
            lanes[k] += i32::from(p[k]) * i32::from(q[k]);
        }
    }
    lanes.iter().sum::<i32>() + tail
}

/// How much of each side (by rarity) finds a close word on the other, and
/// the rarity of what does not: `(a in b, b in a)`. Each pair of words is
/// compared once.
fn align(a: &[ContentWord], b: &[ContentWord]) -> ((f64, f64), (f64, f64)) {
    if a.is_empty() || b.is_empty() {
        return ((0.0, 0.0), (0.0, 0.0));
    }
    let (a, b) = (&a[..a.len().min(MAX_WORDS)], &b[..b.len().min(MAX_WORDS)]);
    let read = |words: &[ContentWord], out: &mut [Read; MAX_WORDS]| {
        for (slot, w) in out.iter_mut().zip(words) {
            let (values, inverse_norm) = w.vector().unwrap_or((&[], 0.0));
            *slot = Read {
                key: w.key,
                row: w.row,
                inverse_norm,
                values,
            };
        }
    };
    let blank = Read {
        key: 0,
        row: UNKNOWN_ROW,
        inverse_norm: 0.0,
        values: &[],
    };
    let (mut ra, mut rb) = ([blank; MAX_WORDS], [blank; MAX_WORDS]);
    read(a, &mut ra);
    read(b, &mut rb);
    let (ra, rb) = (&ra[..a.len()], &rb[..b.len()]);
    let mut best_a = [0.0f32; MAX_WORDS];
    let mut best_b = [0.0f32; MAX_WORDS];
    // Each best kept as a running maximum: cosines are never NaN nor -0, so
    // the maximum is the same in any order.
    DOTS.with_borrow_mut(|dots| {
        for (w, best_w) in ra.iter().zip(best_a.iter_mut()) {
            let mut best = 0.0f32;
            for (v, best_v) in rb.iter().zip(best_b.iter_mut()) {
                let c = word_cosine(w, v, dots);
                best = best.max(c);
                *best_v = best_v.max(c);
            }
            *best_w = best;
        }
    });
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
    // Stepped without branches on the comparison, which no predictor
    // guesses; adding 0 leaves the sum as it was (it is never -0).
    while i < x.len() && j < y.len() {
        let (p, q) = (x[i].0, y[j].0);
        shared += if p == q { f64::from(x[i].1) } else { 0.0 };
        i += usize::from(p <= q);
        j += usize::from(q <= p);
    }
    let union = wx + wy - shared;
    let jaccard = if union > 0.0 { shared / union } else { 0.0 };
    let smaller = wx.min(wy);
    (jaccard, if smaller > 0.0 { shared / smaller } else { 0.0 })
}

/// The share of the `len_a - n + 1` n-grams of a list of `len_a` words found
/// in one of `len_b` words, given how many they share (each counted as often
/// as both hold it).
fn precision(shared: usize, len_a: usize, len_b: usize, n: usize) -> f64 {
    if len_a < n || len_b < n {
        return 0.0;
    }
    shared as f64 / (len_a - n + 1) as f64
}

/// Dice coefficient of two sorted, unique sets of word bigrams.
fn bigram_dice(x: &[u64], y: &[u64]) -> f64 {
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    2.0 * sorted_shared(x, y) as f64 / (x.len() + y.len()) as f64
}

/// The longest run of words both wordings hold in the same order.
pub fn longest_run(a: &[u64], b: &[u64]) -> usize {
    let b = &b[..b.len().min(MAX_WORDS)];
    // Runs are at most `MAX_WORDS` long: bytes, so the rows clear cheaply.
    let (mut prev, mut cur) = ([0u8; MAX_WORDS + 1], [0u8; MAX_WORDS + 1]);
    let mut best = 0u8;
    for x in &a[..a.len().min(MAX_WORDS)] {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    usize::from(best)
}

/// How many items two sorted, unique lists share (with repeats, how many
/// pairs of equal items one walk matches: the smaller count of each item).
pub fn sorted_shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    // Stepped without branches on the comparison, which no predictor
    // guesses: the smaller side moves on, both when equal.
    while i < a.len() && j < b.len() {
        let order = a[i].cmp(&b[j]);
        n += usize::from(order.is_eq());
        i += usize::from(order.is_le());
        j += usize::from(order.is_ge());
    }
    n
}
