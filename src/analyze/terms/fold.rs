//! One word folded to its term: lowercased, possessive and punctuation trimmed,
//! stopwords and bare figures dropped, synonyms mapped to their class head
//! ("dispatched" → "deploy"), plurals stemmed. Knows nothing of the words around.

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
    of_lowercase(self::lower(word))
}

/// [`term`] of a word already lowercase (as [`lower`] gives it).
pub(super) fn of_lowercase(mut lower: Cow<str>) -> Option<String> {
    let known = KNOWN.get_or_init(|| {
        let classes = SYNONYMS
            .iter()
            .chain(FOLDS)
            .flat_map(|class| class.iter().map(move |w| (*w, Some(class[0]))));
        let stopwords = STOPWORDS.iter().map(|w| (*w, None));
        // Later entries win: stopwords over classes.
        classes.chain(stopwords).collect()
    });
    if lower.contains('’') {
        lower = Cow::Owned(lower.replace('’', "'"));
    }
    // `trim_end_matches("'s")`, without a string searcher set up per word.
    let mut lower: &str = &lower;
    while let Some(rest) = lower.strip_suffix("'s") {
        lower = rest;
    }
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
    let head = known.get(lower).copied();
    if lower.is_empty()
        || head == Some(None)
        || lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    if let Some(Some(head)) = head {
        return Some(head.to_string());
    }
    let stem = lower
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| {
            lower
                .strip_suffix('s')
                .filter(|s| s.len() > 3 && !s.ends_with('s'))
                .map(str::to_string)
        });
    Some(stem.unwrap_or_else(|| lower.to_string()))
}
