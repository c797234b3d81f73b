//! The sources an article has named so far (`Known`), and the window of them a
//! mention is resolved against. Pure.
//!
//! A surname, pronoun or description goes to a source met near it; looking
//! further back than [`WINDOW`] bytes would make resolving one article take
//! time growing with the square of its length (every mention against every
//! source before it). No news article is that long (the longest of the
//! 24k-article bench corpus is 36 kB), so for them the window is the whole
//! article and nothing changes.

use super::names::norm_key;
use super::LocalSource;

/// How far (bytes) from a mention the sources it may mean are looked for.
pub(super) const WINDOW: usize = 64 * 1024;

/// A person or body named in the article, with where it was met.
pub(super) struct Known {
    pub(super) source: LocalSource,
    /// Byte offset in the article.
    pub(super) at: usize,
    /// The normalised keys of the first and last words of its name, which a
    /// bare surname or given name is matched against.
    pub(super) first_key: Option<String>,
    pub(super) last_key: Option<String>,
}

impl Known {
    pub(super) fn new(source: LocalSource, at: usize) -> Known {
        let mut words = source.name.split_whitespace();
        let first_key = words.next().map(norm_key);
        let last_key = words
            .next_back()
            .map(norm_key)
            .or_else(|| first_key.clone());
        Known {
            source,
            at,
            first_key,
            last_key,
        }
    }
}

/// The part of `people` (named anywhere, in text order) and of `history`
/// (met so far, in text order) within [`WINDOW`] bytes of `at`.
pub(super) fn near<'a>(
    people: &'a [Known],
    history: &'a [Known],
    at: usize,
) -> (&'a [Known], &'a [Known]) {
    let too_early = |k: &Known| k.at.saturating_add(WINDOW) < at;
    let lo = people.partition_point(too_early);
    let hi = people.partition_point(|k| k.at <= at.saturating_add(WINDOW));
    let people = &people[lo..hi.max(lo)];
    (people, &history[history.partition_point(too_early)..])
}
