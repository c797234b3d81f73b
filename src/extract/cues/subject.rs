//! Who a cue credits: the subject left of the cue through adverbs, time
//! expressions, dash parentheticals, relative pronouns, appositives between
//! commas and "citing"; and whether a phrase can be a source at all.

use super::super::lexicon::COLLECTIVE_HEADS;
use super::super::phrases::{classify, View};
use super::super::tokens::TokKind;
use super::mention;
use crate::model::{Mention, MentionForm};
use crate::text::WordSet;

static REASON_HEADS: WordSet = WordSet::new(&[
    "concerns",
    "concern",
    "reasons",
    "reason",
    "need",
    "fears",
    "fear",
    "lack",
    "health",
    "security",
    "pressure",
    "costs",
    "cost",
    "risks",
    "risk",
    "problems",
    "issues",
    "threat",
    "threats",
    "failure",
    "difficulties",
    "uncertainty",
    "violations",
    "progress",
    "changes",
    "lack",
    "absence",
    "success",
    "rise",
    "decline",
    "increase",
    "growth",
    "weakness",
    "riot",
    "attack",
    "attacks",
    "war",
    "election",
    "law",
    "rule",
    "case",
    "incident",
    "shooting",
]);

const MEDIA_WORDS: &[&str] = &[
    "newspaper",
    "agency",
    "news",
    "times",
    "post",
    "journal",
    "reuters",
    "ap",
    "afp",
    "yonhap",
    "tass",
    "ria",
    "interfax",
    "bbc",
    "cnn",
    "nbc",
    "abc",
    "cbs",
    "fox",
    "bloomberg",
    "politico",
    "axios",
    "outlet",
    "paper",
    "magazine",
    "network",
    "broadcaster",
    "tribune",
    "herald",
    "guardian",
    "telegraph",
    "daily",
    "wire",
    "media",
    "television",
    "tv",
    "radio",
    "kcna",
];

/// Prepositions of place, whose object is never a subject.
const LOCATIVES: &[&str] = &[
    "in",
    "at",
    "from",
    "across",
    "near",
    "throughout",
    "inside",
    "outside",
];

/// The subject of a verb at `i`: through adverbs, appositives and "citing".
/// Returns the mention, its token range, and a relay when the subject cites another.
pub(super) fn subject_left(
    view: &View,
    i: usize,
    s: usize,
) -> Option<(Mention, (usize, usize), Option<Mention>)> {
    let mut j = view.skip_left(i.checked_sub(1)?, s)?;
    // "Russian sources on Telegram — the platform used by both sides — claimed".
    if view.is(j, TokKind::Dash) {
        let open = (s..j).rev().find(|&k| view.is(k, TokKind::Dash))?;
        j = view.skip_left(open.checked_sub(1)?, s)?;
    }
    if j < s {
        return None;
    }
    if view.is_word(j) {
        let start = view.np_left(j, s)?;
        let lower = view.lw(start);
        if start == j && matches!(lower.as_ref(), "who" | "which") {
            // Relative clause: the antecedent names the source.
            let mut k = start.checked_sub(1)?;
            while k > s && matches!(view.p.toks[k].kind, TokKind::Comma | TokKind::Dash) {
                k -= 1;
            }
            let a = view.np_left(k, s)?;
            let mut m = mention(view, start, start, None);
            m.text = view.phrase(a, k).to_string();
            m.form = classify(&m.text);
            return Some((m, (start, start), None));
        }
        // "groups in Alabama and Georgia challenged": a place after a
        // preposition is not the subject; the noun it hangs on is.
        let start = start
            .checked_sub(2)
            .filter(|&head| head >= s && view.is_any(head + 1, LOCATIVES) && view.is_word(head))
            .and_then(|head| view.np_left(head, s))
            .unwrap_or(start);
        return Some((mention(view, start, j, None), (start, j), None));
    }
    if view.is(j, TokKind::Comma) {
        return subject_through_commas(view, j, s);
    }
    None
}

/// "X, a spokesman, said", "The newspaper, citing intelligence sources, said",
/// "However, Mr. Collins, author of …, said". A dash ends the clause, as after
/// a dateline ("NEW YORK, Feb 26 - Magma Copper Co, a unit of …, said").
pub(super) fn subject_through_commas(
    view: &View,
    comma: usize,
    s: usize,
) -> Option<(Mention, (usize, usize), Option<Mention>)> {
    // Segments between commas, right to left, back to the clause start.
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut end = comma.checked_sub(1)?;
    let mut k = end;
    loop {
        let boundary = k < s
            || matches!(
                view.p.toks[k].kind,
                TokKind::Comma
                    | TokKind::Semi
                    | TokKind::Colon
                    | TokKind::Dash
                    | TokKind::CloseQuote
                    | TokKind::OpenQuote
            )
            || view.p.toks[k].quoted;
        if boundary {
            if end > k {
                segments.push((k + 1, end));
            }
            if k < s || !view.is(k, TokKind::Comma) || segments.len() >= 5 {
                break;
            }
            end = k.checked_sub(1)?;
            if k == 0 {
                break;
            }
            k -= 1;
            continue;
        }
        if k == 0 {
            segments.push((0, end));
            break;
        }
        k -= 1;
    }
    segments.reverse();
    let mut relay = None;
    let mut subject: Option<(usize, usize)> = None;
    let mut cited: Option<(usize, usize)> = None;
    for &(a, b) in &segments {
        if view.is_any(a, &["citing"]) {
            if let Some(x) = view
                .np_right(a + 1, b + 1)
                .or_else(|| view.np_right_loose(a + 1, b + 1))
            {
                cited = Some((a + 1, x));
            }
            continue;
        }
        if subject.is_none() {
            if is_opener(view, a, b) {
                continue;
            }
            // The first segment that is a noun phrase from end to end; a fronted
            // clause before it is content, not subject.
            if view.np_left(b, a) == Some(a) {
                subject = Some((a, b));
            }
        }
    }
    let (a, b) = subject?;
    let apposition: Vec<&str> = segments
        .iter()
        .filter(|&&(x, _)| x > b && !view.is_any(x, &["citing"]))
        .map(|&(x, y)| view.phrase(x, y))
        .collect();
    let appositive = (!apposition.is_empty()).then(|| apposition.join(", "));
    if let Some((ca, cb)) = cited {
        if is_source_like(view, ca, cb) {
            relay = Some(mention(view, a, b, appositive.clone()));
            return Some((mention(view, ca, cb, None), (ca, cb), relay));
        }
    }
    Some((mention(view, a, b, appositive), (a, b), relay))
}

/// "However", "Last month", "In Washington", "On Tuesday": openers, not subjects.
/// A word shaped like an -ing participle ("Explaining", "citing"), not a
/// short word that only ends so ("king", "thing", "During" is a preposition).
fn is_participle(view: &View, k: usize) -> bool {
    let w = view.lw(k);
    view.is_word(k)
        && w.len() > 5
        && w.ends_with("ing")
        && !matches!(
            w.as_ref(),
            "during"
                | "according"
                | "regarding"
                | "including"
                | "following"
                | "beijing"
                | "morning"
                | "evening"
        )
}

pub(super) fn is_opener(view: &View, a: usize, b: usize) -> bool {
    let first = view.lw(a);
    // "Explaining their decision in a note on Monday, …": words only, so
    // that "Driving the news: the committee's chair, …" is no opener.
    if is_participle(view, a) && a < b && (a..=b).all(|k| view.is_word(k)) {
        return true;
    }
    if a == b
        && matches!(
            first.as_ref(),
            "however"
                | "meanwhile"
                | "still"
                | "instead"
                | "separately"
                | "later"
                | "earlier"
                | "yet"
                | "indeed"
                | "also"
                | "now"
                | "then"
                | "but"
                | "and"
        )
    {
        return true;
    }
    if matches!(
        first.as_ref(),
        "in" | "on"
            | "at"
            | "last"
            | "earlier"
            | "later"
            | "this"
            | "during"
            | "after"
            | "before"
            | "since"
            | "by"
            | "for"
            | "with"
            | "as"
            | "when"
            | "while"
            | "if"
            | "although"
            | "though"
            | "despite"
            | "speaking"
            | "asked"
    ) {
        return true;
    }
    view.skip_left(b, a).is_none_or(|x| x < a)
}

pub(super) fn is_source_like(view: &View, a: usize, b: usize) -> bool {
    let head = view.lw(b);
    // "citing concerns over …", "citing the 1969 riot": a reason, not a source.
    let first_noun = (a..=b)
        .find(|&k| {
            !view.is_any(k, super::super::lexicon::DETERMINERS)
                && !view.is_any(
                    k,
                    &[
                        "growing", "serious", "security", "safety", "health", "new", "recent",
                    ],
                )
        })
        .map(|k| view.lw(k))
        .unwrap_or_default();
    if REASON_HEADS.contains(&head.as_ref())
        || REASON_HEADS.contains(&first_noun.as_ref())
        || view.w(a).starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    view.is_cap(b)
        || COLLECTIVE_HEADS.contains(&head.as_ref())
        || (a..=b).any(|k| view.is_cap(k) && k > a)
}

pub(super) fn is_media(view: &View, toks: Option<(usize, usize)>) -> bool {
    toks.is_some_and(|(a, b)| (a..=b).any(|k| view.is_any(k, MEDIA_WORDS)))
}

pub(super) fn is_clause_start(view: &View, k: usize) -> bool {
    view.is_any(
        k,
        &[
            "he", "she", "they", "it", "we", "i", "you", "there", "this", "the", "a", "an", "his",
            "her", "their", "its", "our",
        ],
    ) || view.is_cap(k)
}

pub(super) fn plausible_source(view: &View, m: &Mention, toks: Option<(usize, usize)>) -> bool {
    let Some((a, b)) = toks else { return true };
    if b < a || b - a > 14 {
        return false;
    }
    match m.form {
        MentionForm::Pronoun => !view.is_any(a, &["that", "you", "them", "him", "us", "me"]),
        MentionForm::Name => true,
        MentionForm::Description | MentionForm::Collective => {
            let head = view.lw(b);
            // People named by what they do: "forecasters", "economists", "residents".
            let agent_plural = ["ers", "ists", "ians", "ants", "ents", "ors"]
                .iter()
                .any(|x| head.ends_with(x))
                && head.len() > 5;
            // An unnamed source is named by its head noun: "officials", "the
            // newspaper", "forecasters" — not "initial jobless" or "the current".
            let determined = a < b
                && view.is_any(
                    a,
                    &[
                        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                        "their", "our", "both", "all", "some", "many", "most", "several", "two",
                        "three", "four", "five",
                    ],
                );
            // "At least 21,000 said": a count of people.
            let counted = view.w(b).starts_with(|c: char| c.is_ascii_digit());
            if !agent_plural
                && !determined
                && !counted
                && !super::super::lexicon::COLLECTIVE_HEADS.contains(&head.as_ref())
                && !super::super::lexicon::DESCRIPTION_HEADS.contains(&head.as_ref())
            {
                return false;
            }
            head.len() > 2 && !head.ends_with("ing") && !view.p.toks[a..=b].iter().any(|t| t.quoted)
        }
    }
}

/// The subject of a sentence: the noun phrase it opens with, after an opener
/// ("Meanwhile,", "On Tuesday,", "In a statement,"), if it ends before `limit`.
pub(super) fn sentence_subject(
    view: &View,
    s: usize,
    limit: usize,
) -> Option<(Mention, (usize, usize))> {
    let mut a = s;
    while a < limit
        && matches!(
            view.p.toks[a].kind,
            TokKind::OpenQuote | TokKind::Dash | TokKind::Other
        )
    {
        a += 1;
    }
    // Skip an opener phrase closed by a comma within the first few tokens; a
    // participial opener ("Asked why he was confident … by CNN's Kaitlan
    // Collins, Mr Biden responded") may run longer.
    // So may any opener led by an -ing participle ("Explaining their decision
    // in a lengthy note on Monday, the Holy See … said").
    let participial = (view.is_any(
        a,
        &["asked", "pressed", "questioned", "speaking", "interviewed"],
    ) || is_participle(view, a))
        && a + 1 < limit
        && view.is_word(a + 1)
        && !view.is_cap(a + 1);
    let reach = if participial { 40 } else { 8 };
    let opener_start = a;
    if let Some(comma) = (a..(a + reach).min(limit)).find(|&k| view.is(k, TokKind::Comma)) {
        if comma > a && is_opener(view, a, comma - 1) {
            a = comma + 1;
        }
    }
    if a >= limit || view.p.toks[a].quoted || participial && a == opener_start {
        return None;
    }
    let mut end = view.np_right(a, limit)?;
    // "Secretary of the Interior Ryan Zinke …": the "of" phrase of a title,
    // and the name after it, are the subject too.
    if view.is_any(end + 1, &["of"]) {
        let k = end + 2 + usize::from(view.is_any(end + 2, &["the"]));
        if k < limit && view.is_cap(k) {
            if let Some(longer) = view.np_right(k, limit) {
                end = longer;
            }
        }
    }
    let m = mention(view, a, end, None);
    plausible_source(view, &m, Some((a, end))).then_some((m, (a, end)))
}
