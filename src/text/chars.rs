//! `CharIndex`: byte offsets of one text turned into code-point offsets (what
//! the output contract counts), in a lookup that reads at most one block of
//! bytes; and [`floor_boundary`], where a byte cut may fall. Pure; below every
//! stage, so that resolution and export share it.

/// Bytes per block of a [`CharIndex`]: a lookup counts at most this many.
const BLOCK: usize = 256;

/// Converts byte offsets of one text into code-point offsets.
pub struct CharIndex<'a> {
    text: &'a str,
    /// Code points before each block of [`BLOCK`] bytes, then in all, for
    /// non-ASCII texts; empty for ASCII. A sixty-fourth of the text's size, so
    /// the index of every document can be kept (a one-article corpus of
    /// megabytes would otherwise index its text once per run of records).
    before_block: Vec<usize>,
}

/// A byte that starts a character (not a UTF-8 continuation byte).
fn starts_char(byte: &u8) -> bool {
    (*byte as i8) >= -0x40
}

impl<'a> CharIndex<'a> {
    /// The indexed text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let mut before_block = Vec::new();
        if !text.is_ascii() {
            before_block.reserve(text.len() / BLOCK + 2);
            let mut n_chars = 0;
            for block in text.as_bytes().chunks(BLOCK) {
                before_block.push(n_chars);
                n_chars += block.iter().filter(|b| starts_char(b)).count();
            }
            before_block.push(n_chars);
        }
        CharIndex { text, before_block }
    }

    /// The code-point offset of byte offset `byte` (a char boundary): the
    /// characters that start before it.
    pub fn chars(&self, byte: usize) -> usize {
        if self.before_block.is_empty() {
            return byte;
        }
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let start = block * BLOCK;
        self.before_block[block]
            + self.text.as_bytes()[start..byte]
                .iter()
                .filter(|b| starts_char(b))
                .count()
    }
}

/// The largest character boundary of `s` at or before byte `at` (its length
/// when `at` is past the end): where a cut of at most `at` bytes may fall.
pub fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_falls_on_a_character_boundary() {
        let text = "a€b";
        assert_eq!(floor_boundary(text, 0), 0);
        assert_eq!(floor_boundary(text, 2), 1);
        assert_eq!(floor_boundary(text, 4), 4);
        assert_eq!(floor_boundary(text, 99), text.len());
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let ascii = "Kim said so";
        assert_eq!(CharIndex::new(ascii).chars(4), 4);
        // Long enough to span blocks, with multi-byte characters in each.
        let text = "Zelenskyy’s aide — «quoted» — said 한국어 ".repeat(40);
        let index = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.chars(byte), chars);
        }
        assert_eq!(index.chars(text.len()), text.chars().count());
        assert_eq!(index.text(), text);
    }
}
