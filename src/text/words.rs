//! Word-level helpers below every stage: [`WordSet`], a fixed word list looked
//! up by hash instead of by scanning it, and [`lower`], a word's lowercase
//! that allocates only when the word has an uppercase letter. Pure; depends on
//! nothing else in the crate.

use std::borrow::Cow;
use std::ops::Deref;
use std::sync::OnceLock;

use foldhash::HashSet;

/// A fixed list of words, read as a slice (in its order) or asked whether it
/// holds a word, which hashes the word once instead of comparing it with
/// every entry. The set is built on first use.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    /// A set over `words`, built when first asked.
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// True when the list holds `word` exactly (case-sensitive, as a slice's
    /// `contains` would say).
    pub fn contains<S: AsRef<str> + ?Sized>(&self, word: &S) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word.as_ref())
    }

    /// True when the list holds the lowercase of `word` ([`lower`]). A short
    /// ASCII word is lowercased on the stack, so asking allocates nothing.
    pub fn contains_lower(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        if word.is_ascii() && word.len() <= buf.len() {
            let buf = &mut buf[..word.len()];
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            return std::str::from_utf8(buf).is_ok_and(|l| self.contains(l));
        }
        self.contains(lower(word).as_ref())
    }
}

impl Deref for WordSet {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words
    }
}

impl std::fmt::Debug for WordSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.words).finish()
    }
}

/// `word.to_lowercase()`, borrowed when the word has no uppercase letter
/// (most words of running text), so that reading it allocates nothing.
pub fn lower(word: &str) -> Cow<'_, str> {
    // One pass over the bytes settles the common case: ASCII, no capital.
    if !word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        return Cow::Borrowed(word);
    }
    let unchanged = if word.is_ascii() {
        false
    } else {
        // Outside ASCII, lowercasing may change a letter that is not
        // uppercase (final sigma, title case): compare the result instead.
        return match word.to_lowercase() {
            low if low == word => Cow::Borrowed(word),
            low => Cow::Owned(low),
        };
    };
    if unchanged {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_ascii_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["mr.", "president", "spokeswoman"]);

    #[test]
    fn a_set_holds_its_words_and_reads_as_its_list() {
        assert!(SET.contains("president"));
        assert!(SET.contains(&"mr.".to_string()));
        assert!(!SET.contains("President"));
        assert!(!SET.contains("presiden"));
        assert_eq!(SET.len(), 3);
        assert_eq!(SET[2], "spokeswoman");
        assert!(SET.contains_lower("PRESIDENT") && SET.contains_lower("Mr."));
        assert!(!SET.contains_lower("Presiden") && !SET.contains_lower(""));
        let long = format!("{}President", " ".repeat(40));
        assert!(!SET.contains_lower(&long));
        // Outside ASCII the word is lowercased as `lower` does: the Kelvin sign.
        assert!(SET.contains_lower("SPO\u{212A}ESWOMAN"));
    }

    #[test]
    fn lower_borrows_lowercase_words_and_agrees_with_to_lowercase() {
        assert!(matches!(lower("troops"), Cow::Borrowed(_)));
        assert!(matches!(lower("déjà"), Cow::Borrowed(_)));
        for w in [
            "Troops",
            "NATO",
            "ΟΔΟΣ",
            "Straße",
            "İstanbul",
            "ǅemal",
            "x",
            "",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
        }
    }
}
