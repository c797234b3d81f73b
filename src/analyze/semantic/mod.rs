//! Word meaning that ships with the binary: static word vectors distilled from
//! all-MiniLM-L6-v2 (`assets/embeddings.bin`, made by `scripts/embeddings/`,
//! source, licence and hash in `assets/EMBEDDINGS.md`), each with the word's
//! rarity in news (inverse document frequency over the corpora it was made
//! from). Loaded once from bytes compiled in; nothing is read or fetched at run
//! time.
//!
//! [`words`] splits a wording into the lowercase words the table is keyed by;
//! [`Table::get`] looks one up.

use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt};

/// The artifact, compiled in.
static BYTES: &[u8] = include_bytes!("../../../assets/embeddings.bin");

/// The file's first eight bytes.
const MAGIC: &[u8; 8] = b"AGEMB01\0";

/// The IDF given to a word the table does not hold: as rare as its rarest.
pub const UNKNOWN_IDF: f32 = 12.0;

/// Static word vectors with their rarity.
pub struct Table {
    dims: usize,
    index: HashMap<&'static str, u32>,
    scales: Vec<f32>,
    inverse_norms: Vec<f32>,
    idf: Vec<f32>,
    /// The int8 rows widened to 16 bits once at load: dot products of i16
    /// vectorise on every x86-64 (i8 needs SSE4.1 to widen), and are exact.
    values: Vec<i16>,
}

/// One word as the table knows it.
#[derive(Clone, Copy, Debug)]
pub struct Word<'t> {
    /// Quantised components (int8 values, widened); multiply by `scale`.
    pub values: &'t [i16],
    /// The row's scale.
    pub scale: f32,
    /// One over the length of the quantised row (0 for a zero row): a
    /// cosine is the rows' integer dot product times both.
    pub inverse_norm: f32,
    /// Inverse document frequency, in nats.
    pub idf: f32,
}

impl Word<'_> {
    /// Component `k` as a float.
    pub fn at(&self, k: usize) -> f32 {
        f32::from(self.values[k]) * self.scale
    }
}

impl Table {
    /// The table compiled into the binary.
    pub fn get_static() -> &'static Table {
        static TABLE: OnceLock<Table> = OnceLock::new();
        TABLE.get_or_init(|| Table::parse(BYTES).expect("assets/embeddings.bin is well formed"))
    }

    /// Reads the layout written by `scripts/embeddings/generate.py`: magic,
    /// word count and dimensions (u32 little-endian), per word a scale and an
    /// IDF (f32), the words (a length byte and UTF-8), then the int8 rows.
    pub fn parse(bytes: &'static [u8]) -> Option<Table> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let u32_at = |b: &[u8], i: usize| -> Option<u32> {
            Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?))
        };
        let n = u32_at(rest, 0)? as usize;
        let dims = u32_at(rest, 4)? as usize;
        let mut at = 8;
        let mut floats = |count: usize| -> Option<Vec<f32>> {
            let raw = rest.get(at..at + 4 * count)?;
            at += 4 * count;
            Some(
                raw.chunks_exact(4)
                    .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .collect(),
            )
        };
        let scales = floats(n)?;
        let idf = floats(n)?;
        let mut index = HashMap::with_capacity(n);
        for k in 0..n {
            let len = usize::from(*rest.get(at)?);
            let word = std::str::from_utf8(rest.get(at + 1..at + 1 + len)?).ok()?;
            index.insert(word, k as u32);
            at += 1 + len;
        }
        let raw = rest.get(at..at + n * dims)?;
        let inverse_norms = raw
            .chunks_exact(dims.max(1))
            .map(|row| {
                let sq: i32 = row.iter().map(|&v| i32::from(v as i8).pow(2)).sum();
                if sq > 0 {
                    1.0 / (sq as f32).sqrt()
                } else {
                    0.0
                }
            })
            .collect();
        Some(Table {
            dims,
            index,
            scales,
            inverse_norms,
            idf,
            values: raw.iter().map(|&v| i16::from(v as i8)).collect(),
        })
    }

    /// Number of components of a vector.
    pub fn dims(&self) -> usize {
        self.dims
    }

    /// A word (lowercase, as [`words`] gives it), if the table holds it.
    pub fn get(&self, word: &str) -> Option<Word<'_>> {
        self.row_of(word).map(|k| self.row(k))
    }

    /// The row of a word (lowercase, as [`words`] gives it), if the table
    /// holds it: four bytes to keep instead of the word.
    pub fn row_of(&self, word: &str) -> Option<u32> {
        self.index.get(word).copied()
    }

    /// The word at a row [`Table::row_of`] gave.
    pub fn row(&self, k: u32) -> Word<'_> {
        let k = k as usize;
        Word {
            values: &self.values[k * self.dims..(k + 1) * self.dims],
            scale: self.scales[k],
            inverse_norm: self.inverse_norms[k],
            idf: self.idf[k],
        }
    }

    /// How rare a word is in news, in nats; [`UNKNOWN_IDF`] when unseen.
    pub fn idf(&self, word: &str) -> f32 {
        self.get(word).map_or(UNKNOWN_IDF, |w| w.idf)
    }
}

/// The lowercase words of a text, split at anything not a letter, digit or
/// apostrophe inside a word, as the table was keyed (`’` is read as `'`).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    raw_words(text).map(|w| {
        if w.is_ascii() {
            w.to_ascii_lowercase()
        } else {
            w.to_lowercase().replace('’', "'")
        }
    })
}

/// The words of a text as [`words`] splits them, in their own case: the runs
/// of letters, digits and apostrophes, apostrophes trimmed from their ends.
/// ASCII bytes are read as they are; only other characters are decoded.
pub fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    // The width of the character at a byte offset, and whether it belongs to
    // a word.
    let read = move |at: usize| -> (bool, usize) {
        let b = bytes[at];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'\'', 1)
        } else {
            let c = text[at..].chars().next().unwrap_or_default();
            (c.is_alphanumeric() || c == '’', c.len_utf8())
        }
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            while at < bytes.len() {
                let (in_word, width) = read(at);
                if !in_word {
                    break;
                }
                at += width;
            }
            let run = &text[start..at];
            if at < bytes.len() {
                // Past the separator that ended the run.
                at += read(at).1;
            }
            let alphanumeric_ends = |r: &[u8]| {
                r.first().is_some_and(u8::is_ascii_alphanumeric)
                    && r.last().is_some_and(u8::is_ascii_alphanumeric)
            };
            let word = if alphanumeric_ends(run.as_bytes()) {
                run
            } else {
                run.trim_matches(|c| c == '\'' || c == '’')
            };
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cosine(a: &str, b: &str) -> f32 {
        let t = Table::get_static();
        let (x, y) = (t.get(a).unwrap(), t.get(b).unwrap());
        let (mut dot, mut nx, mut ny) = (0.0, 0.0, 0.0);
        for k in 0..t.dims() {
            dot += x.at(k) * y.at(k);
            nx += x.at(k) * x.at(k);
            ny += y.at(k) * y.at(k);
        }
        dot / (nx * ny).sqrt()
    }

    #[test]
    fn near_words_are_nearer_than_far_ones() {
        assert!(cosine("died", "dead") > cosine("died", "elected"));
        assert!(cosine("troops", "soldiers") > cosine("troops", "weather"));
    }

    #[test]
    fn rare_words_weigh_more() {
        let t = Table::get_static();
        assert!(t.idf("the") < t.idf("ministry"));
        assert!(t.idf("ministry") < UNKNOWN_IDF);
    }

    /// The words as `str::split` cuts them, to check [`raw_words`] against.
    fn plain_raw_words(text: &str) -> Vec<&str> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn raw_words_are_those_of_a_plain_split() {
        for text in [
            "",
            "'",
            "’’ ''",
            "Kim’s U.S.-backed “plan”, 10,000 troops'",
            "'quoted' ’curly’ don't — ΟΔΟΣ, Ελλάδα; 한국어 x",
            "ab\u{a0}cd\u{2019}",
        ] {
            assert_eq!(
                raw_words(text).collect::<Vec<_>>(),
                plain_raw_words(text),
                "{text}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn raw_words_agree_with_a_plain_split(text in "[a-zA-Z0-9 '’.,;\u{a0}\u{2014}ΣσςΟΔİé한]{0,40}") {
            proptest::prop_assert_eq!(raw_words(&text).collect::<Vec<_>>(), plain_raw_words(&text));
        }
    }

    #[test]
    fn words_are_lowercase_and_split_at_punctuation() {
        let got: Vec<String> = words("Kim’s U.S.-backed “plan”, 10,000 troops").collect();
        assert_eq!(
            got,
            ["kim's", "u", "s", "backed", "plan", "10", "000", "troops"]
        );
    }
}
