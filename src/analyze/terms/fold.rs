//! One word folded to its term: lowercased, possessive and punctuation trimmed,
//! stopwords and bare figures dropped, synonyms mapped to their class head
//! ("dispatched" → "deploy"), plurals stemmed. Knows nothing of the words around.

use std::borrow::Cow;
use std::sync::OnceLock;

use foldhash::{HashMap, HashSet};

use crate::analyze::vocabulary::{FOLDS, STOPWORDS, SYNONYMS};

/// `word.to_lowercase()`, borrowed when it is already lowercase ASCII (most
/// words are): no new string per word read.
pub fn lower(word: &str) -> Cow<'_, str> {
    if !word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Borrowed(word)
    } else if word.is_ascii() {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Folds one word to its term, or `None` for a stopword.
pub fn term(word: &str) -> Option<String> {
    static LEXICON: OnceLock<(HashSet<&str>, HashMap<&str, &str>)> = OnceLock::new();
    let (stop, classes) = LEXICON.get_or_init(|| {
        let stop = STOPWORDS.iter().copied().collect();
        let classes = SYNONYMS
            .iter()
            .chain(FOLDS)
            .flat_map(|class| class.iter().map(move |w| (*w, class[0])))
            .collect();
        (stop, classes)
    });
    let mut lower = self::lower(word);
    if lower.contains('’') {
        lower = Cow::Owned(lower.replace('’', "'"));
    }
    let lower = lower
        .trim_end_matches("'s")
        .trim_matches(|c: char| !c.is_alphanumeric());
    if lower.is_empty()
        || stop.contains(lower)
        || lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    if let Some(head) = classes.get(lower) {
        return Some((*head).to_string());
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
