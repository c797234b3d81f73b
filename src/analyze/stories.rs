//! Stories: the articles that tell the same news, found before claims are
//! matched so that matching looks inside a story first. Each article is a
//! TF-IDF vector of the stems of its title (counted twice) and opening; its
//! rarest shared stems (names, places, uncommon terms) propose the articles it
//! may share a story with, and two proposed articles published within a few
//! days of each other (undated ones by their words alone) are one story when
//! their vectors' cosine reaches [`SAME_STORY`]. Sub-quadratic: an inverted
//! index of at most 64 articles a stem proposes pairs, and union–find joins them.
//!
//! The threshold is measured on `../shared/corpora/events`, whose folders are
//! its events (`tests/it/quality.rs`): pairs of articles of one folder found in
//! one story, and pairs of one story from one folder.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::analyze::matching::wording::{hash, is_stopword, lowercase_into, stem_of};
use crate::analyze::postings::{gather, sharing};
use crate::analyze::semantic::raw_words;
use crate::model::Article;

/// How many of its rarest words propose an article's story mates.
const SIGNATURE: usize = 20;

/// How many of them two articles must share to be compared.
const SHARED: usize = 2;

/// How much of an article is read (bytes of body).
const OPENING: usize = 3000;

/// A word in more articles than this proposes no pairs.
const MAX_POSTINGS: usize = 64;

/// The cosine of two articles' TF-IDF vectors from which they are one story.
/// On the events corpus's folders (half of them, by the parity of the
/// folder name's CRC-32; the other half reported), 0.30 finds 71% (67%) of
/// the pairs of one event in one story, where sharing four of twenty rare
/// words found 58%, and 45% (36%) of the pairs of one story are of one event,
/// where it was 16% (`stories_find_the_events_of_the_events_corpus`).
pub const SAME_STORY: f32 = 0.30;

/// How many days apart two articles of one story may be: a developing story
/// (troops massing, then deployed; a bill filed, then passed) runs for weeks,
/// and the likeness two articles must reach keeps unrelated news apart.
pub const STORY_DAYS: u64 = 30;

/// The story of each article: dense numbers in order of first article.
pub fn find(articles: &[Article], days: &[Option<i64>]) -> Vec<u32> {
    let n = articles.len();
    // Each article's stems with their hashes and counts: counting and
    // indexing walk integers, not strings.
    let stems: Vec<Vec<(u64, u32)>> = articles.par_iter().map(article_stems).collect();
    // Document frequencies: each article holds a stem once, so a stem's run
    // in the sorted list of all of them is its count, written back to each
    // place the stem stands (`start[i]..start[i + 1]` are article i's).
    let mut start: Vec<usize> = Vec::with_capacity(n + 1);
    start.push(0);
    for k in &stems {
        start.push(start[start.len() - 1] + k.len());
    }
    let mut all: Vec<(u64, u32)> = gather(&stems, |i, k| {
        let at = start[i];
        k.iter()
            .enumerate()
            .map(move |(j, &(key, _))| (key, (at + j) as u32))
    });
    all.par_sort_unstable();
    let mut df_at: Vec<u32> = vec![0; all.len()];
    for run in all.chunk_by(|x, y| x.0 == y.0) {
        for &(_, at) in run {
            df_at[at as usize] = run.len() as u32;
        }
    }
    drop(all);
    // Smoothed as scikit-learn's: a word every article holds still counts
    // once, so two articles of a corpus of two are not alike by nothing.
    let idf = |d: u32| ((n as f32 + 1.0) / (d as f32 + 1.0)).ln() + 1.0;
    // Each article's vector (its stems by hash: one only it holds matches
    // nothing, but makes it less like any other) and its rarest stems that
    // another article holds (ties in hash order).
    let (vectors, signatures): (Vec<Vector>, Vec<Vec<u64>>) = stems
        .par_iter()
        .zip(&start)
        .map(|(s, &at)| {
            let df = &df_at[at..at + s.len()];
            let mut vector: Vector = s
                .iter()
                .zip(df)
                .map(|(&(key, count), &d)| (key, (1.0 + (count as f32).ln()) * idf(d)))
                .collect();
            let norm = vector.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                vector.iter_mut().for_each(|x| x.1 /= norm);
            }
            let mut rare: Vec<(u32, u64)> = s
                .iter()
                .zip(df)
                .filter(|&(_, &d)| d >= 2 && d as usize <= MAX_POSTINGS)
                .map(|(&(key, _), &d)| (d, key))
                .collect();
            rare.sort_unstable();
            let signature = rare.into_iter().take(SIGNATURE).map(|x| x.1).collect();
            (vector, signature)
        })
        .unzip();
    drop(stems);
    let postings: Vec<(u64, u32)> = signatures
        .iter()
        .enumerate()
        .flat_map(|(i, sig)| sig.iter().map(move |&key| (key, i as u32)))
        .collect();
    let pairs = sharing(postings, usize::MAX, SHARED);
    let alike: Vec<bool> = pairs
        .par_iter()
        .map(|&(a, b)| {
            let near = days[a]
                .zip(days[b])
                .is_none_or(|(x, y)| x.abs_diff(y) <= STORY_DAYS);
            near && cosine(&vectors[a], &vectors[b]) >= SAME_STORY
        })
        .collect();
    // Union by the lower root: each story's root is its first article,
    // whatever the order of the pairs.
    let mut parent: Vec<usize> = (0..n).collect();
    for (&(a, b), _) in pairs.iter().zip(&alike).filter(|x| *x.1) {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    }
    // Stories numbered in order of their first article: a flat table by
    // root, as roots are article numbers.
    let mut dense: Vec<u32> = vec![u32::MAX; n];
    let mut next = 0;
    (0..n)
        .map(|i| {
            let r = root(&mut parent, i);
            if dense[r] == u32::MAX {
                dense[r] = next;
                next += 1;
            }
            dense[r]
        })
        .collect()
}

/// An article's TF-IDF weights by stem hash, sorted by hash, of unit length.
type Vector = Vec<(u64, f32)>;

/// The cosine of two unit vectors sorted by key: a merge of the two lists.
fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The story most of a claim's documents belong to, ties to the lowest story:
/// one number however its reports spread.
pub fn main_story(docs: impl IntoIterator<Item = usize>, story_of_doc: &[u32]) -> u32 {
    let docs: BTreeSet<usize> = docs.into_iter().collect();
    let mut counts: BTreeMap<u32, usize> = Default::default();
    for doc in docs {
        *counts.entry(story_of_doc[doc]).or_default() += 1;
    }
    // Highest count first; among equals, the lowest story (the map's order).
    let mut best: Option<(u32, usize)> = None;
    for (story, n) in counts {
        if best.is_none_or(|(_, most)| n > most) {
            best = Some((story, n));
        }
    }
    best.map_or(0, |(story, _)| story)
}

fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// The content stems of an article's title (counted twice: it names the
/// news) and opening, each as its hash with its count, sorted by hash.
fn article_stems(article: &Article) -> Vec<(u64, u32)> {
    let body = &article.text[article.body.start..article.body.end];
    let cut = crate::text::floor_boundary(body, OPENING);
    let title = article.meta.title.as_deref().unwrap_or("");
    // Each word lowercased into one buffer (as `semantic::words` gives it).
    let mut low = String::new();
    let mut keys: Vec<u64> = Vec::new();
    let words = raw_words(title)
        .chain(raw_words(title))
        .chain(raw_words(&body[..cut]));
    for raw in words {
        lowercase_into(raw, &mut low);
        let w = low.as_str();
        // More than two characters: more than eight bytes always are, two
        // bytes or fewer never. Stopwords are six bytes at most (a test of
        // `wording` says so): a longer word is not looked up.
        let long_enough = w.len() > 8 || w.len() > 2 && w.chars().count() > 2;
        if long_enough
            && !(w.len() <= 6 && is_stopword(w))
            && !w.chars().all(|c| c.is_ascii_digit())
        {
            keys.push(hash(stem_of(w)));
        }
    }
    keys.sort_unstable();
    keys.chunk_by(|x, y| x == y)
        .map(|run| (run[0], run.len() as u32))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleMeta, ByteSpan};

    fn article(path: &str, text: &str) -> Article {
        Article {
            path: path.into(),
            text: text.into(),
            body: ByteSpan::new(0, text.len()),
            meta: ArticleMeta::default(),
        }
    }

    #[test]
    fn a_claim_takes_the_story_of_most_of_its_documents_ties_to_the_lowest() {
        let story_of_doc = [0, 1, 1, 2, 2];
        // Documents counted once however often they report it.
        assert_eq!(main_story([0, 0, 0, 1, 2], &story_of_doc), 1);
        assert_eq!(main_story([1, 3], &story_of_doc), 1);
        assert_eq!(main_story([4, 3, 0], &story_of_doc), 2);
        assert_eq!(main_story([4], &story_of_doc), 2);
    }

    #[test]
    fn articles_sharing_rare_words_are_one_story() {
        let warner = "Former Virginia senator John Warner, who chaired the Armed Services committee, died at his Alexandria home";
        let other = "Daily Covid cases fell below thirty thousand for the first time since June, health officials reported";
        let mut articles = vec![
            article("a.txt", warner),
            article("b.txt", &format!("{warner}, his chief of staff said")),
            article("c.txt", other),
            article("d.txt", &format!("Officials said {other}")),
        ];
        articles.push(article("e.txt", "The weather was mild"));
        let days = vec![Some(1), Some(2), Some(1), Some(40), None];
        let stories = find(&articles, &days);
        assert_eq!(stories[0], stories[1]);
        assert_ne!(stories[0], stories[2]);
        // Too far apart in time for one story.
        assert_ne!(stories[2], stories[3]);
        assert_ne!(stories[4], stories[0]);
    }
}
