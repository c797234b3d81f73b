//! A clause cut into tokens at spaces and at the marks that set off a
//! quotation or an aside, each token with the part of the wording it is in:
//! the first reading of [`super::read::of_clause`]. ASCII bytes are read as
//! they are; only other characters are decoded.

/// A clause's tokens (a trailing comma kept), the part of the wording each
/// is in (quotation marks and semicolons part "… is huge” and “could
/// potentially help …"), and the last part's number.
pub(super) fn tokens(text: &str) -> (Vec<&str>, Vec<usize>, usize) {
    // A token and its space take four bytes or more, mostly: room enough
    // without growing.
    let mut raw_tokens: Vec<&str> = Vec::with_capacity(text.len() / 4 + 1);
    let mut part_of: Vec<usize> = Vec::with_capacity(text.len() / 4 + 1);
    let mut part = 0;
    // Each token ends at a delimiter, which is no part of it; ASCII bytes are
    // read as they are, and only other characters are decoded.
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    while at <= bytes.len() {
        let (delimiter, width) = match bytes.get(at) {
            None => (None, 0),
            // Most bytes are ASCII and inside a word: one comparison each.
            Some(&b) if b.is_ascii() && !ASCII_DELIMITERS[usize::from(b)] => {
                at += 1;
                continue;
            }
            Some(&b) if b.is_ascii() => (Some(b as char), 1),
            Some(_) => {
                let c = text[at..].chars().next().unwrap_or_default();
                (Some(c), c.len_utf8())
            }
        };
        if delimiter.is_none_or(is_delimiter) {
            let token = &text[start..at];
            if !token.trim_end_matches(',').is_empty() {
                raw_tokens.push(token);
                part_of.push(part);
            }
            if delimiter.is_some_and(|c| matches!(c, '“' | '”' | '"' | ';')) {
                part += 1;
            }
            start = at + width;
        }
        at += width.max(1);
    }
    (raw_tokens, part_of, part)
}

/// True for a character that ends a token: a space, or a mark that sets off
/// a quotation or an aside.
fn is_delimiter(c: char) -> bool {
    c.is_whitespace() || matches!(c, '“' | '”' | '"' | '(' | ')' | ';' | ':' | '—' | '–')
}

/// [`is_delimiter`] of each ASCII character, looked up by its byte.
static ASCII_DELIMITERS: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        // `char::is_whitespace` in ASCII: tab, line feed, vertical tab, form
        // feed, carriage return and space.
        table[b] = matches!(
            b as u8,
            b'\t'..=b'\r' | b' ' | b'"' | b'(' | b')' | b';' | b':'
        );
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    /// [`super::tokens`] as first written: each character decoded.
    fn plain_tokens(text: &str) -> (Vec<&str>, Vec<usize>, usize) {
        let (mut tokens, mut part_of, mut part, mut start) = (Vec::new(), Vec::new(), 0, 0);
        let ends = text.char_indices().map(|(at, c)| (at, Some(c)));
        for (at, c) in ends.chain([(text.len(), None)]) {
            if c.is_none_or(super::is_delimiter) {
                let token = &text[start..at];
                if !token.trim_end_matches(',').is_empty() {
                    tokens.push(token);
                    part_of.push(part);
                }
                if c.is_some_and(|c| matches!(c, '“' | '”' | '"' | ';')) {
                    part += 1;
                }
                start = at + c.map_or(0, char::len_utf8);
            }
        }
        (tokens, part_of, part)
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_those_of_a_plain_reading(
            text in "[a-zA-Z0-9 ,.'’\"“”():;\t\n\u{b}\u{c}\r\u{85}\u{a0}—–ΟΔΟΣ]{0,40}"
        ) {
            proptest::prop_assert_eq!(super::tokens(&text), plain_tokens(&text));
        }
    }
}
