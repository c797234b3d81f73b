//! Groups attributions of the same proposition into claims, without comparing all
//! pairs: an inverted index from content terms (and subject × class-term keys) to
//! attributions proposes candidate pairs (keys shared by too many attributions
//! propose nothing), a similarity decides — the words, or half the words and half
//! the proposition's core (its predicate and object classes and its goal) when
//! the shared core is informative (rare enough in the corpus) — and union–find
//! joins, best pairs first. Conservative: wordings whose numbers, months, negation or
//! legality conflict are never joined (such pairs are returned as contradiction
//! candidates); wordings with different goals ("sent to Russia", "headed for the
//! battlefield") or one conditional are never joined; and two groups join only
//! when a sample of their cross pairs agrees too, so one loose pair cannot chain
//! two claims together.
//!
//! This file holds the index, the best-first union–find and the cohesion check;
//! `similarity.rs` scores a pair of wordings (and the rarity that weighs their
//! core), `conflicts.rs` says why a like pair may not join (conflicting figures,
//! dates, polarity or legality; one conditional).

mod conflicts;
mod similarity;

pub use conflicts::{conflict, month_name};
pub use similarity::{best_reading, core_similarity, similarity, word_similarity, Rarity};

use std::collections::HashMap;

use super::terms::{is_class, Terms};
use crate::model::Stance;
use conflicts::refusal;

/// Terms that index more attributions than this propose no pairs.
const MAX_POSTINGS: usize = 40;

/// The result of grouping.
pub struct Groups {
    /// Group number of each attribution (dense, in order of first member).
    pub group_of: Vec<usize>,
    /// Number of groups.
    pub n_groups: usize,
    /// Pairs of attributions that are about the same thing but conflict, with why.
    pub conflicts: Vec<(usize, usize, String)>,
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

/// Blocking keys of one wording: its terms (`("", term)`), and each subject
/// paired with each class term (`("North Korea", "deploy")`), which stay
/// selective where a bare class term indexes thousands of wordings.
fn keys(t: &Terms) -> impl Iterator<Item = (&str, &str)> {
    let words = t.words.iter().map(|w| ("", w.as_str()));
    let pairs = t.subjects.iter().take(6).flat_map(move |s| {
        t.words
            .iter()
            .filter(|w| is_class(w))
            .map(move |w| (s.as_str(), w.as_str()))
    });
    words.chain(pairs)
}

/// What grouping needs to know of each attribution besides its wording.
pub struct Said<'a> {
    /// Asserted or denied.
    pub stances: &'a [Stance],
    /// Its source (entity index).
    pub sources: &'a [u32],
    /// The day its article was published (days since 1970), when known.
    pub days: &'a [Option<i64>],
}

/// How many days apart two reports may be for their figures to be one claim.
pub const SAME_DAYS: u64 = 3;

/// How many members of each side the cohesion check samples.
const SAMPLE: usize = 6;

/// Groups attributions given their terms, stances and sources.
pub fn group(terms: &[Terms], said: &Said, threshold: f64) -> Groups {
    let n = terms.len();
    let mut postings: HashMap<(&str, &str), Vec<u32>> = HashMap::new();
    for (i, t) in terms.iter().enumerate() {
        let i = i as u32;
        for k in keys(t) {
            let list = postings.entry(k).or_default();
            if list.last() != Some(&i) && list.len() <= MAX_POSTINGS {
                list.push(i);
            }
        }
    }
    let mut candidates: Vec<(u32, u32)> = Vec::new();
    for list in postings.values() {
        if list.len() < 2 || list.len() > MAX_POSTINGS {
            continue;
        }
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                candidates.push((a, b));
            }
        }
    }
    // A pair must share two keys to share two words or a core: count them.
    candidates.sort_unstable();
    let mut shared_twice: Vec<(usize, usize)> = Vec::new();
    for run in candidates.chunk_by(|x, y| x == y) {
        if run.len() >= 2 {
            shared_twice.push((run[0].0 as usize, run[0].1 as usize));
        }
    }
    drop(candidates);
    drop(postings);
    let candidates = shared_twice;
    let rarity = Rarity::of(terms);
    let mut conflicts = Vec::new();
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    for (a, b) in candidates {
        let (sim, ta, tb) = best_reading(&terms[a], &terms[b], &rarity);
        if sim < threshold {
            continue;
        }
        if let Some(why) = refusal((ta, tb), (&terms[a], &terms[b]), said, a, b) {
            conflicts.extend(why.map(|why| (a, b, why)));
            continue;
        }
        scored.push((sim, a, b));
    }
    // Best pairs first; ties in index order, so output is stable.
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut uf = UnionFind((0..n).collect());
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (_, a, b) in scored {
        let (ra, rb) = (uf.find(a), uf.find(b));
        let (left, right) = (&members[ra], &members[rb]);
        if ra == rb || !cohesive(terms, said, &rarity, left, right, threshold) {
            continue;
        }
        uf.union(ra, rb);
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
    }
}

/// True when two groups may join: no sampled cross pair is refused and the
/// sampled cross pairs are, on average, alike enough.
fn cohesive(
    terms: &[Terms],
    said: &Said,
    rarity: &Rarity,
    left: &[usize],
    right: &[usize],
    threshold: f64,
) -> bool {
    let (mut sum, mut n) = (0.0, 0usize);
    for &a in left.iter().take(SAMPLE) {
        for &b in right.iter().take(SAMPLE) {
            let (sim, ta, tb) = best_reading(&terms[a], &terms[b], rarity);
            if refusal((ta, tb), (&terms[a], &terms[b]), said, a, b).is_some() {
                return false;
            }
            sum += sim;
            n += 1;
        }
    }
    n == 0 || sum / n as f64 >= COHESION * threshold
}

/// The share of the join threshold the mean cross-pair similarity must reach.
const COHESION: f64 = 0.75;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::terms;
    use crate::resolve::AliasTable;

    /// `wordings` are (source, text); `expect` the group of each wording and the
    /// contradiction candidates, each with a word of its reason.
    pub(super) fn check(
        wordings: &[(u32, &str)],
        expect: &[usize],
        expect_conflicts: &[(usize, usize, &str)],
    ) {
        check_dated(
            wordings,
            &vec![None; wordings.len()],
            expect,
            expect_conflicts,
        );
    }

    /// [`check`], each wording published on its day.
    pub(super) fn check_dated(
        wordings: &[(u32, &str)],
        days: &[Option<i64>],
        expect: &[usize],
        expect_conflicts: &[(usize, usize, &str)],
    ) {
        let table = AliasTable::builtin();
        let terms: Vec<Terms> = wordings.iter().map(|(_, w)| terms::of(w, &table)).collect();
        let stances = vec![Stance::Asserts; wordings.len()];
        let sources: Vec<u32> = wordings.iter().map(|(s, _)| *s).collect();
        let said = Said {
            stances: &stances,
            sources: &sources,
            days,
        };
        let groups = group(&terms, &said, 0.6);
        assert_eq!(groups.group_of, expect, "{wordings:?}");
        let got: Vec<(usize, usize)> = groups.conflicts.iter().map(|(a, b, _)| (*a, *b)).collect();
        let want: Vec<(usize, usize)> = expect_conflicts.iter().map(|(a, b, _)| (*a, *b)).collect();
        assert_eq!(got, want, "{:?}", groups.conflicts);
        for ((_, _, why), (_, _, word)) in groups.conflicts.iter().zip(expect_conflicts) {
            assert!(why.contains(word), "{why}");
        }
    }

    #[test]
    fn a_shared_core_does_not_join_wordings_that_share_no_words() {
        // Each holds a movement and a death somewhere, nothing else in common;
        // the others make those classes rare enough for a core to count.
        let mut wordings = vec![
            (1, "the Senate bill would gut asylum laws for children sent from Central America and ban detention of minors who died in custody"),
            (2, "the Senate passed a gun package that would raise the purchase age for rifles after shooters sent threats and nine people died"),
        ];
        let others = [
            "the Senate weather was cold in March",
            "the Senate budget grew by a third",
            "the Senate library opened a new wing",
            "the Senate cafeteria changed its menu",
            "the Senate clerk retired after decades",
            "the Senate garden was replanted",
            "the Senate printer broke again",
            "the Senate choir sang at noon",
        ];
        wordings.extend(others.iter().enumerate().map(|(k, w)| (10 + k as u32, *w)));
        let expect: Vec<usize> = (0..wordings.len()).collect();
        check(&wordings, &expect, &[]);
    }

    #[test]
    fn a_clause_does_not_join_a_wording_whose_whole_has_the_other_polarity() {
        check(
            &[
                (1, "North Korean troops do not speak the language or know the terrain around the villages near the border, but they have been trained by Russian officers for weeks"),
                (2, "North Korean troops reached the front lines by train from the far east, and they have been trained by Russian officers for weeks"),
            ],
            &[0, 1],
            &[],
        );
    }

    #[test]
    fn paraphrases_are_one_claim() {
        check(
            &[
                (1, "North Korea has sent 10,000 troops to Russia"),
                (2, "Pyongyang dispatched thousands of soldiers to Russia"),
                (3, "North Korean military personnel were deployed to Russia"),
                (4, "the weather in Moscow was cold"),
            ],
            &[0, 0, 0, 1],
            &[],
        );
    }

    #[test]
    fn a_wording_of_two_clauses_joins_a_claim_about_either() {
        check(
            &[
                (1, "North Korean troops do not have actual combat experience yet"),
                (2, "North Korean troops do not have interoperability experience, but they can use liaison teams to overcome that"),
                (3, "North Korean troops do not speak Russian and they lack the experience of modern warfare"),
                // The same clause, asserted: not the same claim.
                (4, "North Korean troops have combat experience, but they lack equipment"),
            ],
            &[0, 0, 0, 1],
            &[(1, 3, "polarity")],
        );
    }

    #[test]
    fn different_goals_are_different_claims() {
        check(
            &[
                (1, "North Korean troops were sent to Russia"),
                (2, "North Korean troops were headed for the battlefield"),
                (3, "North Korean troops were deployed in the Kursk region"),
            ],
            &[0, 1, 2],
            &[],
        );
    }
}
