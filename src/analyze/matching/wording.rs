//! A wording read for matching: its content words with their stems, rarity
//! and vectors, its figures, names and negation, so that comparing two
//! wordings only walks arrays; what only a comparison in detail reads (every
//! word, the sorted n-grams, the character trigrams, the mean vector) is
//! worked out at its first use, as most wordings are never compared so.

use std::sync::OnceLock;

use super::grams::{trigrams, Grams};
use crate::analyze::semantic::{raw_words, Table, UNKNOWN_IDF};
use crate::text::WordSet;

/// Words too common to say what a wording is about.
static STOP: WordSet = WordSet::new(&[
    "a", "about", "after", "also", "an", "and", "are", "as", "at", "be", "been", "before", "being",
    "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he",
    "her", "his", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "might", "more",
    "most", "my", "of", "on", "only", "or", "our", "out", "over", "she", "should", "so", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "to", "up", "us", "was", "we", "were", "what", "which", "who", "whom", "will", "with", "would",
    "you", "your",
]);

/// The words of a wording read for matching: past these, a long wording
/// (a whole article read as one statement) adds nothing a claim turns on.
pub const MAX_WORDS: usize = 40;

/// One content word: its hash, rarity and vector (normalised, i8 with a
/// scale) when the table knows it.
#[derive(Clone, Debug)]
pub struct ContentWord {
    /// A hash of its lowercase text, to compare words without strings.
    pub key: u64,
    /// Inverse document frequency, in nats.
    pub idf: f32,
    /// Its row in the compiled-in table ([`Table::get_static`]), or
    /// [`UNKNOWN_ROW`]: sixteen bytes a word, as every wording of a corpus is
    /// kept while claims are grouped.
    pub(super) row: u32,
}

/// The row of a word the table does not know.
pub(super) const UNKNOWN_ROW: u32 = u32::MAX;

impl ContentWord {
    /// The table's row and one over its length, if the table knows the word.
    pub fn vector(&self) -> Option<(&'static [i16], f32)> {
        (self.row != UNKNOWN_ROW).then(|| {
            let word = Table::get_static().row(self.row);
            (word.values, word.inverse_norm)
        })
    }

    /// The row's scale (0 when the table does not know the word).
    pub fn scale(&self) -> f32 {
        if self.row == UNKNOWN_ROW {
            0.0
        } else {
            Table::get_static().row(self.row).scale
        }
    }
}

/// A wording prepared for comparison.
#[derive(Clone, Debug, Default)]
pub struct Wording<'t> {
    /// The text it was read from.
    text: &'t str,
    /// How many words it has (at most [`MAX_WORDS`]).
    pub n_words: usize,
    /// The content words (not stopwords, not figures), in order.
    pub content: Vec<ContentWord>,
    /// The content words' stems (hashed), sorted, unique.
    pub content_stems: Vec<u64>,
    /// Figures written in digits (hashed), sorted, unique.
    pub figures: Vec<u64>,
    /// Capitalised words past the first, lowercase (hashed), sorted, unique.
    pub names: Vec<u64>,
    /// Says "not", "no", "never", "-n't" …
    pub negated: bool,
    /// Rarity-weighted mean of the content words' vectors, of unit length
    /// (empty when no word is known): worked out at its first use, as most
    /// wordings are never compared by meaning (see [`Wording::mean`]).
    mean: OnceLock<Box<[f32]>>,
    /// Its words, n-grams and character trigrams, read again from the text
    /// at their first use: most wordings are never compared in detail, and
    /// every wording of a corpus is held while claims are grouped (see
    /// [`Wording::detail`]).
    detail: OnceLock<Box<Detail>>,
    /// A name and nothing said of it: every content word capitalised and
    /// none shaped like a verb ("Soon, Capt. Ron Johnson of the Missouri
    /// State Highway Patrol", "Sen. Joe Manchin"). A title-case headline has
    /// its verb ("Twitter Suspends …", "A Judge Tossed Out …").
    pub name_only: bool,
}

/// A wording's content words (hashed) with their rarity, sorted, unique (see
/// [`Wording::rare`]).
pub struct Rare {
    items: [(u64, f32); MAX_WORDS],
    len: usize,
}

impl std::ops::Deref for Rare {
    type Target = [(u64, f32)];

    fn deref(&self) -> &[(u64, f32)] {
        &self.items[..self.len]
    }
}

/// What a comparison in detail reads of a wording.
#[derive(Clone, Debug)]
pub struct Detail {
    /// Every word (lowercase, hashed), in order.
    pub words: Vec<u64>,
    /// Its word and stem n-grams, sorted.
    pub grams: Grams,
    /// Hashes of its lowercase character trigrams, sorted, unique.
    pub trigrams: Vec<u32>,
}

impl Detail {
    /// Reads the words of `text` as [`Wording::of`] does (the same hashes of
    /// the same lowercase words and stems), then their n-grams and the
    /// text's trigrams.
    fn of(text: &str) -> Detail {
        let mut words = Vec::with_capacity(MAX_WORDS);
        let mut stems = [0u64; MAX_WORDS];
        each_word(text, |k, _, low| {
            let (key, stem) = keys(low);
            words.push(key);
            stems[k] = stem;
        });
        words.shrink_to_fit();
        let grams = Grams::of(&stems[..words.len()], &words);
        let mut trigrams = trigrams(text);
        // Kept with the wording: no spare capacity (one slot was given per
        // byte).
        trigrams.shrink_to_fit();
        Detail {
            words,
            grams,
            trigrams,
        }
    }
}

/// True for a word that may be a verb: an auxiliary, "to", a common
/// irregular past, or a word ending as verbs end (-ed, -ing, -s). Names end
/// so too ("Texas"): the test only finds wordings with none at all.
fn verbish(low: &str) -> bool {
    let ending =
        low.len() > 3 && (low.ends_with("ed") || low.ends_with("ing") || low.ends_with('s'));
    ending
        || matches!(
            low,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "to"
                | "said"
                | "says"
                | "say"
                | "met"
                | "won"
                | "lost"
                | "left"
                | "told"
                | "took"
                | "made"
                | "came"
                | "went"
                | "hit"
                | "cut"
                | "set"
                | "led"
                | "sent"
                | "held"
                | "fell"
                | "rose"
                | "shot"
                | "fled"
                | "quit"
                | "beat"
                | "sold"
                | "won't"
                | "dead"
                | "die"
                | "win"
        )
}

/// True for a word too common to say what a wording is about.
pub fn is_stopword(word: &str) -> bool {
    STOP.contains(word)
}

/// The first five characters of a word.
pub fn stem(word: &str) -> String {
    stem_of(word).to_string()
}

/// The first five characters of a word, borrowed.
pub fn stem_of(word: &str) -> &str {
    // Five bytes or fewer are five characters or fewer; five ASCII bytes
    // are five characters, the sixth starting after them.
    let bytes = word.as_bytes();
    if bytes.len() <= 5 {
        return word;
    }
    if bytes[..5].is_ascii() {
        return &word[..5];
    }
    match word.char_indices().nth(5) {
        Some((at, _)) => &word[..at],
        None => word,
    }
}

/// Writes `raw` lowercase into `out`, `’` as `'`: `raw.to_lowercase()`
/// without a new string when `raw` is ASCII.
pub fn lowercase_into(raw: &str, out: &mut String) {
    out.clear();
    if raw.is_ascii() {
        out.push_str(raw);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&raw.to_lowercase().replace('’', "'"));
    }
}

/// True for a word that negates what it governs.
fn is_negation(low: &str) -> bool {
    matches!(
        low,
        "not" | "no" | "never" | "without" | "nor" | "none" | "nobody" | "nothing" | "cannot"
    ) || low.ends_with("n't")
}

/// One word of a wording as [`Wording::of`] reads it, before the lists are
/// laid out.
#[derive(Clone, Copy, Default)]
struct Read {
    key: u64,
    stem: u64,
    digits: bool,
    stop: bool,
    name: bool,
    idf: f32,
    row: u32,
}

/// `xs` sorted, without repeats, in a list of its own length.
fn sorted_unique(xs: &mut [u64]) -> Vec<u64> {
    xs.sort_unstable();
    let n_unique = xs
        .iter()
        .enumerate()
        .filter(|&(k, x)| k == 0 || xs[k - 1] != *x)
        .count();
    let mut out = Vec::with_capacity(n_unique);
    for (k, &x) in xs.iter().enumerate() {
        if k == 0 || xs[k - 1] != x {
            out.push(x);
        }
    }
    out
}

impl<'t> Wording<'t> {
    /// The content words (hashed) with their rarity, sorted, unique: sorted
    /// from [`Wording::content`] at each call (a few words on the stack), as
    /// every wording is held while claims are grouped and few are compared.
    pub fn rare(&self) -> Rare {
        let mut rare = Rare {
            items: [(0, 0.0); MAX_WORDS],
            len: 0,
        };
        let n = self.content.len();
        for (slot, c) in rare.items.iter_mut().zip(&self.content) {
            *slot = (c.key, c.idf);
        }
        let items = &mut rare.items[..n];
        // One word has one rarity: which of its repeats is kept is the same.
        items.sort_unstable_by_key(|x| x.0);
        let mut len = 0;
        for k in 0..n {
            if k == 0 || items[k - 1].0 != items[k].0 {
                items[len] = items[k];
                len += 1;
            }
        }
        rare.len = len;
        rare
    }

    /// Forgets what its first comparisons worked out (its mean vector, words,
    /// n-grams and trigrams): worked out again should it be compared again.
    pub fn forget_details(&mut self) {
        self.mean = OnceLock::new();
        self.detail = OnceLock::new();
    }

    /// Its words, n-grams and character trigrams, read at the first call.
    pub fn detail(&self) -> &Detail {
        self.detail.get_or_init(|| Box::new(Detail::of(self.text)))
    }

    /// Cosine of the two wordings' mean vectors: a cheap first look.
    pub fn cosine(&self, other: &Wording) -> f32 {
        self.mean()
            .iter()
            .zip(other.mean())
            .map(|(x, y)| x * y)
            .sum()
    }

    /// Rarity-weighted mean of the content words' vectors, of unit length;
    /// empty when the table knows none of them, which compares as the zero
    /// vector does (a cosine of 0). Summed in the words' order, so the same
    /// floats whenever it is worked out.
    pub fn mean(&self) -> &[f32] {
        self.mean.get_or_init(|| {
            let dims = self
                .content
                .iter()
                .find_map(ContentWord::vector)
                .map(|v| v.0.len());
            let Some(dims) = dims else {
                return Box::default();
            };
            let mut mean = vec![0.0f32; dims];
            for c in &self.content {
                if let Some((values, _)) = c.vector() {
                    let scale = c.scale();
                    for (slot, &v) in mean.iter_mut().zip(values) {
                        *slot += c.idf * (f32::from(v) * scale);
                    }
                }
            }
            let norm = mean.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                mean.iter_mut().for_each(|x| *x /= norm);
            }
            mean.into_boxed_slice()
        })
    }

    /// Reads `text` against the word table compiled in.
    pub fn of(text: &'t str) -> Wording<'t> {
        let table = Table::get_static();
        // Each word read into a fixed array first, so that every list is
        // then laid out at its own length: every wording of the corpus is
        // kept while claims are grouped, with no spare capacity.
        let mut read = [Read::default(); MAX_WORDS];
        let mut n = 0;
        let mut negated = false;
        // Whether a content word is lowercase, or any word may be a verb.
        let mut said_of = false;
        each_word(text, |k, raw, low| {
            let digits = low.bytes().any(|c| c.is_ascii_digit());
            negated |= is_negation(low);
            let stop = is_stopword(low);
            let first_upper = match raw.as_bytes()[0] {
                b if b.is_ascii() => b.is_ascii_uppercase(),
                _ => raw.chars().next().is_some_and(char::is_uppercase),
            };
            said_of = said_of || !stop && !digits && !first_upper || verbish(low);
            let (idf, row) = if digits || stop {
                (0.0, UNKNOWN_ROW)
            } else {
                let row = table.row_of(low);
                (
                    row.map_or(UNKNOWN_IDF, |k| table.row(k).idf),
                    row.unwrap_or(UNKNOWN_ROW),
                )
            };
            let (key, stem) = keys(low);
            read[k] = Read {
                key,
                stem,
                digits,
                stop,
                name: k > 0 && !stop && first_upper,
                idf,
                row,
            };
            n = k + 1;
        });
        let read = &read[..n];
        let is_content = |r: &&Read| !r.digits && !r.stop;
        let mut content = Vec::with_capacity(read.iter().filter(is_content).count());
        content.extend(read.iter().filter(is_content).map(|r| ContentWord {
            key: r.key,
            idf: r.idf,
            row: r.row,
        }));
        let mut buffer = [0u64; MAX_WORDS];
        let mut pick = |keep: fn(&Read) -> Option<u64>| {
            let mut m = 0;
            for x in read.iter().filter_map(keep) {
                buffer[m] = x;
                m += 1;
            }
            sorted_unique(&mut buffer[..m])
        };
        let content_stems = pick(|r| (!r.digits && !r.stop).then_some(r.stem));
        let figures = pick(|r| r.digits.then_some(r.key));
        let names = pick(|r| r.name.then_some(r.key));
        Wording {
            text,
            n_words: n,
            content,
            content_stems,
            figures,
            names,
            negated,
            name_only: n > 0 && !said_of,
            ..Wording::default()
        }
    }
}

/// Each of the first [`MAX_WORDS`] words of `text` with its position, in its
/// own case and lowercase: how [`Wording::of`] and [`Detail::of`] both read a
/// wording, so that they hash the same words. One buffer serves every word's
/// lowercase form (most words are ASCII and need no new string).
fn each_word(text: &str, mut f: impl FnMut(usize, &str, &str)) {
    let mut low = String::new();
    for (k, raw) in raw_words(text).take(MAX_WORDS).enumerate() {
        lowercase_into(raw, &mut low);
        f(k, raw, &low);
    }
}

/// A lowercase word's hash and its stem's.
fn keys(low: &str) -> (u64, u64) {
    (hash(low), hash(stem_of(low)))
}

/// FNV-1a of a word.
pub fn hash(word: &str) -> u64 {
    crate::text::fnv::fnv1a_64(word.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_short() {
        assert!(STOP.iter().all(|w| w.len() <= 6 && is_stopword(w)));
        assert!(!is_stopword("senate") && !is_stopword("whose"));
    }

    #[test]
    fn words_lowercase_as_the_standard_library_lowercases_them() {
        let mut out = String::new();
        for raw in ["Senate", "ΟΔΟΣ", "don’t", "İstanbul", "abc"] {
            lowercase_into(raw, &mut out);
            assert_eq!(out, raw.to_lowercase().replace('’', "'"));
        }
        assert_eq!(stem_of("Ελλάδα"), "Ελλάδ");
    }

    #[test]
    fn a_name_with_nothing_said_of_it_is_told_from_a_headline() {
        for name in [
            "Soon, Capt. Ron Johnson of the Missouri State Highway Patrol",
            "Sen. Joe Manchin",
        ] {
            assert!(Wording::of(name).name_only, "{name}");
        }
        for said in [
            "Twitter Suspends Trump’s New Account For Trying To Evade The Ban",
            "A Judge Tossed Out California’s Assault Weapons Ban",
            "America Rising, a conservative political action committee",
            "I feel badly for General Flynn",
        ] {
            assert!(!Wording::of(said).name_only, "{said}");
        }
    }

    #[test]
    fn the_detail_reads_the_words_the_wording_counted() {
        let long = "word ".repeat(MAX_WORDS + 5);
        for text in ["", "Kim’s U.S.-backed “plan”, 10,000 troops", long.as_str()] {
            let w = Wording::of(text);
            assert_eq!(w.detail().words.len(), w.n_words, "{text:?}");
        }
        // Its first word is a content word: both read it to the same hash.
        let w = Wording::of("Kim’s troops crossed");
        assert_eq!(w.detail().words[0], w.content[0].key);
    }

    #[test]
    fn a_short_word_is_its_own_stem() {
        assert_eq!(stem_of("war"), "war");
    }
}
