//! The Python scorer's `SPEECH` pattern: whether a cue holds a speech or report
//! word ("said", "according to", "report…"), matched case-insensitively as
//! Python's `re.I` folds. Words only: no spans, no measures.

use super::word_chars::is_word_char;

/// Cue words matched whole.
const SPEECH_WORDS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "wrote", "writes", "added", "adds",
    "asked", "deny", "denied", "denies",
];

/// Cue words matched as the start of a word (`report\w*`).
const SPEECH_STEMS: &[&str] = &[
    "report",
    "claim",
    "stat",
    "announc",
    "explain",
    "argu",
    "insist",
    "warn",
    "confirm",
    "acknowledg",
    "assert",
    "allege",
    "estimat",
    "predict",
    "note",
    "tweet",
    "recall",
];

/// Whether `c` matches the ASCII lowercase `literal` under Python's `re.I`.
fn folds_to(c: char, literal: char) -> bool {
    c == literal
        || c == literal.to_ascii_uppercase()
        || match literal {
            'i' => c == '\u{130}' || c == '\u{131}',
            'k' => c == '\u{212a}',
            's' => c == '\u{17f}',
            _ => false,
        }
}

fn word_is(word: &[char], literal: &str) -> bool {
    word.len() == literal.chars().count() && word_starts_with(word, literal)
}

fn word_starts_with(word: &[char], literal: &str) -> bool {
    word.len() >= literal.chars().count()
        && word
            .iter()
            .zip(literal.chars())
            .all(|(&c, l)| folds_to(c, l))
}

/// Python's `SPEECH.search(text)` as a predicate: every alternative is a word
/// or a word stem between `\b`s, so it suffices to look at whole words.
pub(crate) fn is_speech(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let word: Vec<bool> = chars.iter().map(|&c| is_word_char(c)).collect();
    let run_end = |start: usize| {
        (start..chars.len())
            .find(|&i| !word[i])
            .unwrap_or(chars.len())
    };
    let mut idx = 0;
    while idx < chars.len() {
        if !word[idx] {
            idx += 1;
            continue;
        }
        let end = run_end(idx);
        let this = &chars[idx..end];
        if SPEECH_WORDS.iter().any(|w| word_is(this, w))
            || SPEECH_STEMS.iter().any(|w| word_starts_with(this, w))
        {
            return true;
        }
        if word_is(this, "according")
            && chars.get(end) == Some(&' ')
            && word.get(end + 1) == Some(&true)
        {
            let next = &chars[end + 1..run_end(end + 1)];
            if word_is(next, "to") {
                return true;
            }
        }
        idx = end;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_speech(text: &str, expect: bool) {
        assert_eq!(is_speech(text), expect, "{text:?}");
    }

    #[test]
    fn speech_cues() {
        for yes in [
            "said",
            "Said",
            "has SAID",
            "according to",
            "reportedly",
            "denies",
            "stated",
            "ſaid",
            "tweeted",
            "said.",
        ] {
            check_speech(yes, true);
        }
        for no in [
            "according  to",
            "according tom",
            "unsaid",
            "saidx",
            "sai",
            "denying",
            "said_",
            "2said",
            "accordingly to",
            "ask",
        ] {
            check_speech(no, false);
        }
    }
}
