//! Offices of a named body, no one's name given: "the RNC chair", "the
//! president-elect of Iran", "a CDC advisory panel". Pure.

use std::ops::Range;

use super::countries::country_of_adjective;
use super::words::is_official_title;

/// An office held in a named body, no one's name given: "RNC chair" or "the
/// president-elect of Iran" → ("RNC", "chair"), ("Iran", "president-elect");
/// also a part of a body before its word ("CDC advisory panel" → ("CDC",
/// "advisory panel")). The office's words are lower-case, the body's
/// capitalised. `words` and `lower` are the phrase's words as written and
/// lower-cased.
pub(super) fn owned_by_body(
    rest: &str,
    words: &[&str],
    lower: &[String],
) -> Option<(String, String)> {
    let is_cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // "the", "one", "two senior": what counts or picks, not the body.
    let start = lower
        .iter()
        .take_while(|w| {
            matches!(
                w.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "one"
                    | "two"
                    | "three"
                    | "several"
                    | "some"
                    | "senior"
                    | "top"
            )
        })
        .count();
    let (words, lower) = (&words[start..], &lower[start..]);
    // Lower-case words ending in an official title, or (`parts`) in a part
    // of a body.
    let office = |range: Range<usize>, parts: bool| {
        let Some(last) = range.end.checked_sub(1).filter(|_| !range.is_empty()) else {
            return false;
        };
        words[range].iter().all(|w| !is_cap(w))
            && (is_official_title(&lower[last]) || parts && is_part_of_body(&lower[last]))
    };
    if let Some(of) = lower.iter().position(|w| w == "of") {
        // "the president-elect of Iran", "the head of the RNC".
        let body_start = of + 1 + usize::from(lower.get(of + 1).is_some_and(|w| w == "the"));
        let body = &words[body_start.min(words.len())..];
        let named = !body.is_empty() && body.iter().all(|w| is_cap(w));
        return (office(0..of, false) && named).then(|| (body.join(" "), lower[..of].join(" ")));
    }
    // "RNC chair", "Homeland Security chief", "CDC advisory panel": a body
    // named by an acronym or two capitalised words. Not a nationality
    // ("Ukrainian intelligence officials" are Ukraine's), nor one word that
    // may only open the sentence ("Federal officials").
    let split = words.iter().rposition(|w| is_cap(w))? + 1;
    let body = &words[..split];
    let acronym = |w: &str| w.chars().filter(char::is_ascii_uppercase).count() >= 2;
    let named = body.len() >= 2 || body.len() == 1 && acronym(body[0]);
    let nationality = country_of_adjective(&body.join(" ")).is_some()
        || body
            .first()
            .is_some_and(|w| country_of_adjective(w).is_some());
    (named && !nationality && office(split..words.len(), true) && !rest.contains(['’', '\'']))
        .then(|| (body.join(" "), lower[split..].join(" ")))
}

/// Words for a part of a body that speaks for it: "the CDC advisory panel",
/// "FDA scientists".
fn is_part_of_body(word: &str) -> bool {
    matches!(
        word,
        "panel"
            | "committee"
            | "board"
            | "council"
            | "advisers"
            | "advisors"
            | "staff"
            | "staffers"
            | "team"
            | "office"
            | "researchers"
            | "scientists"
            | "experts"
    )
}
