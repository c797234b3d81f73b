//! Number: whether a head noun is plural ("the officials") and whether a
//! source is a group ("Senate Democrats") or one person, as a pronoun or "the
//! spokeswoman" may mean. Pure.

use crate::extract::lexicon::COLLECTIVE_HEADS;
use crate::model::SourceKind;
use crate::resolve::LocalSource;

/// Is this lower-case head noun plural ("officials", "countries", "people")?
pub(in crate::resolve) fn is_plural_noun(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people",
        "police",
        "men",
        "women",
        "children",
        "media",
        "folks",
        "personnel",
    ];
    const SINGULAR: &[&str] = &[
        "news",
        "press",
        "congress",
        "status",
        "campus",
        "series",
        "species",
        "means",
        "politics",
        "economics",
        "physics",
        "gas",
        "bus",
        "census",
        "consensus",
        "his",
        "this",
        "its",
        "us",
    ];
    // "the country’s" is one country.
    if word.ends_with("’s") || word.ends_with("'s") {
        return false;
    }
    let w = word.trim_end_matches(['’', '\'']);
    if IRREGULAR.contains(&w) {
        return true;
    }
    w.len() > 3
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !SINGULAR.contains(&w)
}

/// A source that is a group though read as a person ("Senate Democrats",
/// "Republicans"): its last word is a plural collective noun.
pub(in crate::resolve) fn is_plural_source(source: &LocalSource) -> bool {
    let last = source
        .name
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    is_plural_noun(&last) && COLLECTIVE_HEADS.contains(&last.as_str())
}

/// One person, as a pronoun or "the spokeswoman" may refer to: a person
/// source that is not a group.
pub(in crate::resolve) fn is_single_person(source: &LocalSource) -> bool {
    source.kind == SourceKind::Person && !is_plural_source(source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_heads() {
        for w in ["officials", "countries", "senators", "people", "allies’"] {
            assert!(is_plural_noun(w), "{w}");
        }
        for w in [
            "news",
            "congress",
            "country’s",
            "analysis",
            "status",
            "minister",
        ] {
            assert!(!is_plural_noun(w), "{w}");
        }
    }
}
