//! One word folded to its term: lowercased, possessive and punctuation trimmed,
//! stopwords and bare figures dropped, synonyms mapped to their class head
//! ("dispatched" → "deploy"), plurals stemmed. Knows nothing of the words around.
//!
//! [`fold`] borrows the term from the word (or from the class head) whenever it
//! can, so that reading a clause allocates only for the few words whose term is
//! spelled differently ("supplies" → "supply", "don’t" → "don't").

use std::borrow::Cow;
use std::sync::OnceLock;

use foldhash::HashMap;

use crate::analyze::vocabulary::{FOLDS, STOPWORDS, SYNONYMS};

pub use crate::text::lower;

/// Each synonym and fold with the head of its class, and each stopword with
/// none: one lookup says both (a stopword in a class is still a stopword).
static KNOWN: OnceLock<HashMap<&str, Option<&str>>> = OnceLock::new();

/// Folds one word to its term, or `None` for a stopword.
pub fn term(word: &str) -> Option<String> {
    of_word(word).map(Cow::into_owned)
}

/// [`term`], borrowed from `word` when the term is spelled as part of it.
pub(super) fn of_word(word: &str) -> Option<Cow<'_, str>> {
    match lower(word) {
        Cow::Borrowed(lower) => fold(lower),
        Cow::Owned(lower) => fold(&lower).map(|t| Cow::Owned(t.into_owned())),
    }
}

/// [`term`] of a word already lowercase (as [`lower`] gives it), borrowed from
/// it (or from the class head) when the term is spelled as part of it.
pub(super) fn fold(lower: &str) -> Option<Cow<'_, str>> {
    let known = KNOWN.get_or_init(|| {
        let classes = SYNONYMS
            .iter()
            .chain(FOLDS)
            .flat_map(|class| class.iter().map(move |w| (*w, Some(class[0]))));
        let stopwords = STOPWORDS.iter().map(|w| (*w, None));
        // Later entries win: stopwords over classes.
        classes.chain(stopwords).collect()
    });
    if !lower.is_ascii() && lower.contains('’') {
        // Read with straight apostrophes; the term then owns its text.
        let straight = lower.replace('’', "'");
        return fold(&straight).map(|t| Cow::Owned(t.into_owned()));
    }
    // `trim_end_matches("'s")`, without a string searcher set up per word.
    let mut lower: &str = lower;
    while let Some(rest) = lower.strip_suffix("'s") {
        lower = rest;
    }
    let lower = trim_non_alphanumeric(lower);
    let head = known.get(lower).copied();
    if lower.is_empty()
        || head == Some(None)
        || lower
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    if let Some(Some(head)) = head {
        return Some(Cow::Borrowed(head));
    }
    if let Some(s) = lower.strip_suffix("ies") {
        return Some(Cow::Owned(format!("{s}y")));
    }
    let stem = lower
        .strip_suffix('s')
        .filter(|s| s.len() > 3 && !s.ends_with('s'));
    Some(Cow::Borrowed(stem.unwrap_or(lower)))
}

/// `word.trim_matches(|c: char| !c.is_alphanumeric())`, reading bytes while
/// the ends are ASCII.
fn trim_non_alphanumeric(word: &str) -> &str {
    let bytes = word.as_bytes();
    let mut start = 0;
    while start < bytes.len() && bytes[start].is_ascii() && !bytes[start].is_ascii_alphanumeric() {
        start += 1;
    }
    let mut end = bytes.len();
    while end > start && bytes[end - 1].is_ascii() && !bytes[end - 1].is_ascii_alphanumeric() {
        end -= 1;
    }
    let word = &word[start..end];
    if word.is_ascii() {
        word
    } else {
        word.trim_matches(|c: char| !c.is_alphanumeric())
    }
}
