//! Documents that speak: "“…,” the post read", "the statement said". A post,
//! statement or letter speaks for whoever put it out, so such a description is
//! resolved to the author named a little earlier in the article ("Ukraine's
//! military intelligence agency sent a direct message …"). Pure.

use crate::extract::phrases::View;
use crate::extract::tokens;

/// Nouns for things a source puts out.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "post",
    "statement",
    "message",
    "letter",
    "release",
    "note",
    "tweet",
    "video",
    "ad",
    "advertisement",
    "memo",
    "leaflet",
    "notice",
    "communique",
    "communiqué",
    "report",
];

const PUTTING_OUT: &[&str] = &[
    "sent",
    "posted",
    "published",
    "issued",
    "released",
    "shared",
    "wrote",
    "tweeted",
    "put",
    "distributed",
    "circulated",
    "aired",
    "dropped",
];

/// Does `phrase` name a document ("the Korean-language post")?
pub fn is_document(phrase: &str) -> bool {
    let head = phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    DOCUMENT_NOUNS.contains(&head.as_str())
}

/// The phrase naming the author of the latest document put out in `text`
/// before byte `before`, looking back at most `window` bytes: the subject of
/// "… sent a direct message", "… issued a statement".
pub fn author_before(text: &str, before: usize, window: usize) -> Option<String> {
    let mut start = before.saturating_sub(window);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let p = tokens::paragraph(text, start, before);
    let view = View { text, p: &p };
    let n = p.toks.len();
    // The latest verb of putting out followed, within a few words, by a document noun.
    let verb = (0..n).rev().find(|&i| {
        view.is_any(i, PUTTING_OUT)
            && (i + 1..(i + 8).min(n)).any(|k| view.is_any(k, DOCUMENT_NOUNS))
    })?;
    let end = view.skip_left(verb.checked_sub(1)?, 0)?;
    let first = view.np_left(end, 0)?;
    Some(view.phrase(first, end).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: Option<&str>) {
        assert_eq!(
            author_before(text, text.len(), 600).as_deref(),
            expect,
            "{text}"
        );
    }

    #[test]
    fn the_author_of_the_latest_document() {
        check("On Monday, Ukraine’s military intelligence agency sent a direct message to the troops. ", Some("Ukraine’s military intelligence agency"));
        check(
            "The ministry issued a short statement on Friday. ",
            Some("The ministry"),
        );
        check("The troops crossed the border. ", None);
    }
}
