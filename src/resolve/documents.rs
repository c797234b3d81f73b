//! Documents that speak: "“…,” the post read", "the statement said". A post,
//! statement or letter speaks for whoever put it out, so such a description is
//! resolved to the author named a little earlier in the article ("Ukraine's
//! military intelligence agency sent a direct message …"). Records speak for
//! whoever keeps them: "official FBI statistics", "the CDC's data", "new
//! figures released Monday by the F.B.I." are the FBI's and the CDC's word,
//! one origin with everything else those bodies say. Pure.

use crate::extract::lexicon::{EVIDENCE_NOUNS, MONTHS, WEEKDAYS};
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

/// Words before a record's head that describe it rather than name its keeper.
const RECORD_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "new",
    "official",
    "latest",
    "preliminary",
    "recent",
    "final",
    "internal",
    "its",
    "their",
    "his",
    "her",
    "annual",
    "monthly",
    "weekly",
    "quarterly",
    "fresh",
    "updated",
    "revised",
    "provisional",
    "early",
    "separate",
    "confidential",
    "public",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "some",
    "many",
    "several",
    "countless",
    "numerous",
    "multiple",
    "other",
    "two",
    "three",
    "previous",
    "earlier",
    "later",
    "first",
];

/// Verbs that tie a record to its keeper after it ("figures released Monday by
/// the FBI"); "obtained by" and "received by" name who holds a copy, not who made it.
const KEEPING: &[&str] = &[
    "released",
    "published",
    "compiled",
    "collected",
    "issued",
    "kept",
    "gathered",
    "provided",
    "prepared",
    "produced",
];

/// "for", "of", "and", "&": words inside a body's name ("Centers for Disease
/// Control and Prevention").
fn is_joiner(w: &str) -> bool {
    matches!(w, "for" | "of" | "and" | "&")
}

/// The body that keeps the record or document `phrase` names — inside it
/// ("official FBI statistics", "the CDC's data", "a Gallup poll") or in
/// `after`, the text right after it ("new figures released Monday by the
/// F.B.I.", "data from the Labor Department") — or `None` when it names none.
pub fn keeper_of_record(phrase: &str, after: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (head, before) = words.split_last()?;
    // A capital head is part of a name ("the Kyiv Post", "the Drudge Report").
    if head.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let head = head
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if !EVIDENCE_NOUNS.contains(&head.as_str())
        && !DOCUMENT_NOUNS.contains(&head.as_str())
        && !matches!(head.as_str(), "statistics" | "tally" | "count" | "records")
    {
        return None;
    }
    // Inside: the words before the head, less what describes it; a keeper
    // is named, so it holds a capital.
    let keeper: Vec<&str> = before
        .iter()
        .skip_while(|w| RECORD_WORDS.contains(&w.to_lowercase().as_str()))
        .copied()
        .collect();
    if !keeper.is_empty() {
        let name = keeper.join(" ");
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .or_else(|| name.strip_suffix('\''))
            .or_else(|| name.strip_suffix('’'))
            .unwrap_or(&name);
        // Each piece capitalised: "Post-ABC" names, "Korean-language" describes.
        let named = keeper.iter().all(|w| {
            w.split('-')
                .all(|piece| piece.chars().next().is_some_and(char::is_uppercase))
                || is_joiner(w)
                || *w == "on"
        });
        // A day or a month dates a record ("Monday's report"), it keeps none.
        let dated = keeper.iter().any(|w| {
            let w = w.trim_end_matches(['\'', '’', 's']).to_lowercase();
            WEEKDAYS.contains(&w.as_str()) || MONTHS.contains(&w.as_str())
        });
        return (named && !dated && !name.is_empty()).then(|| name.to_string());
    }
    // After: "from/by/of the X", perhaps behind a verb of keeping and a few
    // words ("released Monday by the F.B.I.").
    let mut rest = after.split_whitespace().peekable();
    if rest
        .peek()
        .is_some_and(|w| KEEPING.contains(&w.to_lowercase().as_str()))
    {
        rest.next();
        let mut skipped = 0;
        while rest
            .peek()
            .is_some_and(|w| !matches!(w.to_lowercase().as_str(), "by" | "from"))
        {
            rest.next();
            skipped += 1;
            if skipped > 3 {
                return None;
            }
        }
        rest.next()?;
    } else if !rest
        .next()
        .is_some_and(|w| matches!(w, "from" | "by" | "of"))
    {
        return None;
    }
    let mut name: Vec<&str> = Vec::new();
    for w in rest {
        // A comma, a colon or a full stop ends the name; the dots of an
        // abbreviation ("F.B.I.") are its own.
        let bare = w.trim_end_matches([',', ';', ':', ')']);
        let abbreviation = bare.ends_with('.') && bare[..bare.len() - 1].contains('.');
        let word = if abbreviation {
            bare
        } else {
            bare.trim_end_matches('.')
        };
        if name.is_empty() && word.eq_ignore_ascii_case("the") {
            continue;
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if !(capital || !name.is_empty() && is_joiner(word)) {
            break;
        }
        name.push(word);
        if word.len() < w.len() {
            break;
        }
    }
    while name.last().is_some_and(|w| is_joiner(w)) {
        name.pop();
    }
    (!name.is_empty()).then(|| name.join(" "))
}

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

    #[test]
    fn a_record_speaks_for_its_keeper() {
        let keeper = |phrase: &str, after: &str| keeper_of_record(phrase, after);
        assert_eq!(
            keeper("official FBI statistics", " released Monday."),
            Some("FBI".into())
        );
        assert_eq!(keeper("The CDC's data", " show"), Some("CDC".into()));
        assert_eq!(
            keeper(
                "Centers for Disease Control and Prevention data",
                " received by NBC News"
            ),
            Some("Centers for Disease Control and Prevention".into())
        );
        assert_eq!(keeper("A Gallup poll", " found"), Some("Gallup".into()));
        assert_eq!(
            keeper(
                "new figures",
                " released Monday by the F.B.I., with some cities"
            ),
            Some("F.B.I.".into())
        );
        assert_eq!(
            keeper("data", " from the Labor Department showed"),
            Some("Labor Department".into())
        );
        // Who holds a copy is not who keeps the record; a day dates it; a
        // person or body that is not a record keeps nothing.
        assert_eq!(keeper("new data", " obtained by the Post"), None);
        assert_eq!(keeper("Monday's report", " said"), None);
        assert_eq!(keeper("the data", " show a rise"), None);
        assert_eq!(keeper("the Pentagon", " said"), None);
        assert_eq!(keeper("recent polls", ", which"), None);
        assert_eq!(keeper("The Kyiv Post", " reported"), None);
        assert_eq!(keeper("the Korean-language post", " read"), None);
        assert_eq!(keeper("Countless studies", " show"), None);
        assert_eq!(keeper("Post-ABC poll", " found"), Some("Post-ABC".into()));
        assert_eq!(
            keeper("Federal Election Commission data", " show"),
            Some("Federal Election Commission".into())
        );
    }
}
