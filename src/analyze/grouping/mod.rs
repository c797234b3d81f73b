//! Groups attributions of the same proposition into claims, without comparing all
//! pairs: an inverted index from content terms (and subject × class-term keys) to
//! attributions proposes candidate pairs (keys shared by too many attributions
//! propose nothing), a similarity decides — the words, or half the words and half
//! the proposition's core (its predicate and object classes and its goal) when
//! the shared core is informative (rare enough in the corpus) — and union–find
//! joins, best pairs first. Conservative: wordings whose numbers, months, negation or
//! legality conflict are never joined (such pairs are returned as contradiction
//! candidates); wordings with different goals ("sent to Russia", "headed for the
//! battlefield") or one conditional are never joined; the fitted model joins no
//! reports more than [`SAME_DAYS`] apart; and two groups join only
//! when a sample of their cross pairs agrees too, so one loose pair cannot chain
//! two claims together.
//!
//! This file holds the index, the judging of candidates in runs (what a
//! wording's comparisons worked out is forgotten after the last run that
//! compares it), the best-first union–find and the cohesion check;
//! `similarity.rs` scores a pair of wordings (and the rarity that weighs their
//! core), `conflicts.rs` says why a like pair may not join (conflicting figures,
//! dates, polarity or legality; one conditional).

mod conflicts;
mod similarity;

pub use conflicts::{conflict, month_name};
pub use similarity::{best_reading, core_similarity, similarity, word_similarity, Rarity};

use std::collections::HashMap;

use rayon::prelude::*;

use super::matching::{Model, Wording};
use super::postings::{gather, sharing};
use super::terms::{is_class, Terms};
use crate::model::{Join, JoinedBy, Stance};
use conflicts::refusal;

/// Terms that index more attributions than this propose no pairs.
const MAX_POSTINGS: usize = 40;

/// Words that index more attributions than this (in a story, or in the
/// corpus) propose no pairs to the model.
const MODEL_POSTINGS: usize = 20;

/// The result of grouping.
pub struct Groups {
    /// Group number of each attribution (dense, in order of first member).
    pub group_of: Vec<usize>,
    /// Number of groups.
    pub n_groups: usize,
    /// Pairs of attributions that are about the same thing but conflict, with why.
    pub conflicts: Vec<(usize, usize, String)>,
    /// The pairs whose joining made the groups, in the order they joined.
    pub joins: Vec<Join>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut y = x;
        while self.0[y] != root {
            let next = self.0[y];
            self.0[y] = root;
            y = next;
        }
        root
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Blocking keys of one wording: the stems of its content words and its
/// figures. Rare keys stay selective; common ones pass their cap and propose
/// nothing.
fn keys<'w>(w: &'w Wording) -> impl Iterator<Item = u64> + 'w {
    w.content_stems.iter().chain(&w.figures).copied()
}

/// The probability two wordings of different stories must reach to be one
/// claim: across stories only strong evidence joins.
const ACROSS_STORIES: f64 = 0.85;

/// Blocking keys of a wording's terms, hashed: each term (`("", term)`), and
/// each subject paired with each class term (`("North Korea", "deploy")`).
fn term_keys(t: &Terms) -> impl Iterator<Item = u64> + '_ {
    let words = t.words.iter().map(|w| key_hash("", w));
    let pairs = t.subjects.iter().take(6).flat_map(move |s| {
        t.words
            .iter()
            .filter(|w| is_class(w))
            .map(move |w| key_hash(s, w))
    });
    words.chain(pairs)
}

/// FNV-1a of a (subject, term) key, a zero byte between them: sorting and
/// comparing keys walks integers, not strings.
fn key_hash(subject: &str, term: &str) -> u64 {
    subject
        .bytes()
        .chain(std::iter::once(0))
        .chain(term.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// What grouping needs to know of each attribution besides its wording.
pub struct Said<'a> {
    /// Asserted or denied.
    pub stances: &'a [Stance],
    /// Its source (entity index).
    pub sources: &'a [u32],
    /// The day its article was published (days since 1970), when known.
    pub days: &'a [Option<i64>],
    /// The story its article belongs to.
    pub stories: &'a [u32],
    /// Its article.
    pub docs: &'a [usize],
}

/// How many days apart two reports may be for their figures to be one claim.
pub const SAME_DAYS: u64 = 3;

/// A candidate pair judged: how alike and by what, or why it may not join
/// (with a reason when the two conflict).
type Judged = Result<(f64, JoinedBy), Option<String>>;

/// How many members of each side the cohesion check samples.
const SAMPLE: usize = 6;

/// Groups attributions given their terms, stances and sources.
pub fn group(terms: &[Terms], wordings: &mut [Wording], said: &Said) -> Groups {
    let n = terms.len();
    // Pairs that share two keys inside one story, and pairs of any stories
    // that share two keys rare in the whole corpus; each index built when
    // its pairs are drawn, and gone after (every wording's keys, three times
    // over, are much of the memory a build holds).
    let inside: Vec<((u32, u64), u32)> = gather(wordings, |i, w| {
        keys(w).map(move |k| ((said.stories[i], k), i as u32))
    });
    // The model judges wordings of different articles only: it was fitted on
    // wordings of different outlets, and inside one article it joins
    // sentences on one topic. The words judge the pairs of the terms index.
    let mut by_model = sharing(inside, MODEL_POSTINGS, 2);
    let across: Vec<(u64, u32)> = gather(wordings, |i, w| keys(w).map(move |k| (k, i as u32)));
    by_model.extend(sharing(across, MODEL_POSTINGS, 2));
    by_model.retain(|&(a, b)| said.docs[a] != said.docs[b]);
    by_model.par_sort_unstable();
    by_model.dedup();
    // And, as before the model, pairs sharing two terms or subject × class keys.
    let terms_index: Vec<(u64, u32)> =
        gather(terms, |i, t| term_keys(t).map(move |k| (k, i as u32)));
    let by_words = sharing(terms_index, MAX_POSTINGS, 2);
    // Each pair once, with which index proposed it.
    let mut candidates: Vec<(usize, usize, bool, bool)> = by_model
        .par_iter()
        .map(|&(a, b)| (a, b, by_words.binary_search(&(a, b)).is_ok(), true))
        .collect();
    candidates.par_extend(
        by_words
            .par_iter()
            .filter(|p| by_model.binary_search(p).is_err())
            .map(|&(a, b)| (a, b, true, false)),
    );
    // In story order: a story's wordings meet again and again across its
    // pairs, so their details and the rows their words read stay in cache
    // and are forgotten sooner. The order judged in is not the order joined
    // in (best likeness first), so it changes no claim.
    candidates.par_sort_unstable_by_key(|&(a, b, _, _)| (said.stories[a], a, b));
    drop((by_model, by_words));
    let rarity = Rarity::of(terms);
    let model = Model::get();
    // Judged in parallel, in runs of candidates: the likeness of a pair that
    // may join, or why not. A wording's details (its mean vector, words,
    // n-grams and trigrams, worked out at its first comparison) are
    // forgotten after the run that compares it last: they are most of what
    // grouping holds, and few wordings are compared far apart.
    let mut last_run = vec![usize::MAX; n];
    for (k, &(a, b, _, _)) in candidates.iter().enumerate() {
        last_run[a] = k / RUN;
        last_run[b] = k / RUN;
    }
    let mut forget: Vec<Vec<usize>> = vec![Vec::new(); candidates.len().div_ceil(RUN)];
    for (w, &run) in last_run.iter().enumerate() {
        if run != usize::MAX {
            forget[run].push(w);
        }
    }
    let mut judged: Vec<(usize, usize, Judged)> = Vec::new();
    for (run, chunk) in candidates.chunks(RUN).enumerate() {
        let judge = Judge {
            terms,
            wordings,
            said,
            rarity: &rarity,
            model,
        };
        judged.par_extend(chunk.par_iter().filter_map(|c| judge.pair(c)));
        for &w in &forget[run] {
            wordings[w].forget_details();
        }
    }
    let mut conflicts = Vec::new();
    let mut scored: Vec<(f64, usize, usize, JoinedBy)> = Vec::new();
    for (a, b, outcome) in judged {
        match outcome {
            Ok((score, by)) => scored.push((score, a, b, by)),
            Err(why) => conflicts.extend(why.map(|why| (a, b, why))),
        }
    }
    // Best pairs first; ties in index order, so output is stable.
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut uf = UnionFind((0..n).collect());
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut joins = Vec::new();
    for (likeness, a, b, by) in scored {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            continue;
        }
        // Two lone members are the pair just judged: its one cross pair
        // was not refused, and its likeness met the bar (words at least
        // `SAME_CLAIM`, or the model at least its threshold for wordings of
        // different articles), which is above what cohesion asks.
        let (left, right) = (&members[ra], &members[rb]);
        let lone = left.len() == 1 && right.len() == 1;
        if !lone && !cohesive(terms, wordings, said, &rarity, left, right) {
            continue;
        }
        uf.union(ra, rb);
        joins.push(Join {
            a,
            b,
            by,
            likeness: likeness as f32,
        });
        let root = uf.find(ra);
        let other = if root == ra { rb } else { ra };
        let moved = std::mem::take(&mut members[other]);
        members[root].extend(moved);
    }
    conflicts.sort_by_key(|x| (x.0, x.1));
    conflicts.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    let mut dense: HashMap<usize, usize> = HashMap::new();
    let mut group_of = Vec::with_capacity(n);
    for i in 0..n {
        let root = uf.find(i);
        let next = dense.len();
        group_of.push(*dense.entry(root).or_insert(next));
    }
    Groups {
        n_groups: dense.len(),
        group_of,
        conflicts,
        joins,
    }
}

/// Candidate pairs judged in one run (see [`group`]).
const RUN: usize = 4096;

/// What judging a candidate pair reads.
struct Judge<'a, 'w> {
    terms: &'a [Terms],
    wordings: &'a [Wording<'w>],
    said: &'a Said<'a>,
    rarity: &'a Rarity,
    model: &'a Model,
}

impl Judge<'_, '_> {
    /// The likeness of a candidate pair that may join, or why it may not;
    /// `None` when it is neither alike enough nor in conflict.
    fn pair(
        &self,
        &(a, b, words, by_model): &(usize, usize, bool, bool),
    ) -> Option<(usize, usize, Judged)> {
        let Judge {
            terms,
            wordings,
            said,
            rarity,
            model,
        } = *self;
        if said.docs[a] != said.docs[b] && (says_little(&wordings[a]) || says_little(&wordings[b]))
        {
            return None;
        }
        // The readings that match best (clauses or wholes), once. Across
        // stories the words alone must all but coincide: shared class
        // terms say two wordings are on one topic, and unrelated news
        // shares topics ("troops", "border", "vaccine").
        let reading = words.then(|| best_reading(&terms[a], &terms[b], rarity));
        let sim = reading.as_ref().map_or(0.0, |r| r.0);
        let sim = if said.stories[a] != said.stories[b] && sim < WORDS_ACROSS_STORIES {
            sim.min(SAME_CLAIM / 2.0)
        } else {
            sim
        };
        // The model does not join reports days apart: of the labelled
        // pairs a build may join (eval/events_boundary.tsv), 5 of 124
        // more than three days apart state one claim, 406 of 644 within
        // three days. Their words still may.
        let p = if sim < SAME_CLAIM && by_model && !days_apart(said, a, b) {
            model.probability(&wordings[a], &wordings[b])
        } else {
            0.0
        };
        let bar = if said.stories[a] == said.stories[b] {
            model.threshold
        } else {
            model.threshold.max(ACROSS_STORIES)
        };
        if sim < SAME_CLAIM && p < bar {
            return None;
        }
        // The readings that match best are what a refusal looks at,
        // whoever proposed the pair.
        let (_, ta, tb) = reading.unwrap_or_else(|| best_reading(&terms[a], &terms[b], rarity));
        Some(
            match refusal((ta, tb), (&terms[a], &terms[b]), said, a, b) {
                Some(why) => (a, b, Err(why)),
                None if sim >= SAME_CLAIM => (a, b, Ok((sim, JoinedBy::Words))),
                None => (a, b, Ok((p, JoinedBy::Model))),
            },
        )
    }
}

/// True when the two reports' articles are dated more than [`SAME_DAYS`] apart.
fn days_apart(said: &Said, a: usize, b: usize) -> bool {
    said.days[a]
        .zip(said.days[b])
        .is_some_and(|(x, y)| x.abs_diff(y) > SAME_DAYS)
}

/// Fewer words of meaning than this (content words and figures) say too little
/// to be recognised in another article: "I don't think that's okay", "the
/// trade deal", "the Obama agenda" name no proposition of their own.
const LEAST_WORDS: usize = 3;

/// True when a wording says too little to join one of another article: a
/// few words, or a name with nothing said of it (see [`Wording::name_only`]).
fn says_little(w: &Wording) -> bool {
    w.content.len() + w.figures.len() < LEAST_WORDS || w.name_only
}

/// True when two groups may join: no sampled cross pair is refused, and the
/// sampled cross pairs are alike enough in words on average, or each likely
/// enough to be one claim by the model.
fn cohesive(
    terms: &[Terms],
    wordings: &[Wording],
    said: &Said,
    rarity: &Rarity,
    left: &[usize],
    right: &[usize],
) -> bool {
    let (mut sum, mut n) = (0.0, 0usize);
    let pairs = || {
        left.iter()
            .take(SAMPLE)
            .flat_map(|&a| right.iter().take(SAMPLE).map(move |&b| (a, b)))
    };
    for (a, b) in pairs() {
        let (sim, ta, tb) = best_reading(&terms[a], &terms[b], rarity);
        if refusal((ta, tb), (&terms[a], &terms[b]), said, a, b).is_some() {
            return false;
        }
        sum += sim;
        n += 1;
    }
    if n == 0 || sum / n as f64 >= COHESION * SAME_CLAIM {
        return true;
    }
    let model = Model::get();
    let bar = MODEL_COHESION * model.threshold;
    pairs().all(|(a, b)| {
        said.docs[a] != said.docs[b]
            && !days_apart(said, a, b)
            && model.probability(&wordings[a], &wordings[b]) >= bar
    })
}

/// The share of the join threshold the mean cross-pair word similarity must reach.
const COHESION: f64 = 0.75;

/// The share of the model's threshold every sampled cross pair must reach.
const MODEL_COHESION: f64 = 0.9;

/// How alike two wordings' words must be to count as one claim without the model.
pub const SAME_CLAIM: f64 = 0.6;

/// How alike the words of wordings of two stories must be to join without the
/// model: all but the same sentence.
const WORDS_ACROSS_STORIES: f64 = 0.9;

#[cfg(test)]
mod tests;
