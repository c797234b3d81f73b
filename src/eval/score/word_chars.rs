//! Python's `\w` for one character, as the scorers' Python twins read words.
//! Used by `text.rs` and `speech.rs`, below both.

use std::sync::LazyLock;

use regex::Regex;

/// Python's `\w`: Unicode letters, numbers and `_`.
static WORD_CHAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\p{N}_]$").expect("valid regex"));

/// True for a character Python's `\w` matches.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let mut buf = [0; 4];
    WORD_CHAR.is_match(c.encode_utf8(&mut buf))
}
