//! Cues that are not a plain reporting verb: "according to X", "Y cited X as
//! saying", noun cues ("intelligence reports that", "amid reports that") and
//! documents that speak ("the post read").

use super::super::phrases::{is_title_word, View};
use super::super::tokens::TokKind;
use super::content::{adjacent_quote_before, clause_start, forward_clause, quote_after};
use super::subject::subject_left;
use super::{mention, Found};
use crate::model::Stance;

/// "reports that" as a noun ("intelligence reports that", "amid reports that").
pub(super) fn is_noun_reports(view: &View, i: usize, s: usize) -> bool {
    if i == s {
        return true;
    }
    let prev = i - 1;
    if !view.is_word(prev) {
        return true;
    }
    let l = view.lw(prev);
    if matches!(
        l.as_ref(),
        "he" | "she"
            | "it"
            | "they"
            | "newspaper"
            | "agency"
            | "paper"
            | "outlet"
            | "network"
            | "magazine"
            | "also"
    ) {
        return false;
    }
    !view.is_cap(prev) || prev == s && !view.is_any(prev, &["he", "she", "it"])
}

pub(super) fn noun_reports(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    // The source is the phrase ending in "reports".
    let start = view.np_left(i, s).unwrap_or(i);
    let start = if view.is_any(start, &["amid", "there", "were"]) {
        i
    } else {
        start
    };
    let mut content = forward_clause(view, i + 2, e)?;
    // "Reports that troops were heading to Russia raised the alarm …": when the
    // noun opens the sentence, its clause ends where the main verb begins.
    if start == s {
        if let Some(verb) = (content.0 + 2..=content.1).find(|&k| is_main_verb(view, k)) {
            content.1 = verb - 1;
        }
    }
    Some(Found::asserted(
        view,
        (i, i + 1),
        (start, i),
        content,
        (s, e),
    ))
}

/// A past-tense verb right after a noun and before its object: "… Russia
/// raised the alarm", "… claims prompted an inquiry".
fn is_main_verb(view: &View, k: usize) -> bool {
    const COMMON: &[&str] = &[
        "raised",
        "prompted",
        "sparked",
        "led",
        "caused",
        "drew",
        "fueled",
        "triggered",
        "forced",
        "made",
        "put",
        "came",
        "set",
        "spurred",
        "alarmed",
        "worried",
    ];
    let word = view.lw(k);
    let past = COMMON.contains(&word.as_ref());
    let after_noun = view.is_word(k - 1)
        && !view.is_any(
            k - 1,
            &[
                "was", "were", "had", "has", "have", "be", "been", "is", "are", "that", "who",
                "which",
            ],
        );
    let before_object = view.is_any(
        k + 1,
        &[
            "the",
            "a",
            "an",
            "fears",
            "concerns",
            "questions",
            "alarm",
            "speculation",
        ],
    ) || view.is_any(k + 1, &["it", "them", "him", "her"]);
    past && after_noun && before_object
}

/// "the post read: “…”", "“…,” the statement read".
pub(super) fn post_read(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    const HEADS: &[&str] = &[
        "post",
        "message",
        "statement",
        "letter",
        "tweet",
        "note",
        "sign",
        "headline",
        "caption",
        "memo",
        "release",
        "report",
        "banner",
        "leaflet",
    ];
    let end = view.skip_left(i.checked_sub(1)?, s)?;
    if !view.is_any(end, HEADS) {
        return None;
    }
    let start = view.np_left(end, s)?;
    let content = adjacent_quote_before(view, start).or_else(|| quote_after(view, i + 1, e))?;
    Some(Found::asserted(view, (i, i), (start, end), content, (s, e)))
}

/// Participles that say who got hold of a text: "data obtained by NBC News".
const OBTAINED: &[&str] = &["obtained", "received", "reviewed", "seen", "acquired"];

pub(super) fn according_to(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    let np_start = i + 2;
    let np_end = view
        .np_right(np_start, e)
        .or_else(|| view.np_right_loose(np_start, e))?;
    // "according to a new report": a noun that is also a reporting verb
    // still ends the phrase.
    let np_end = if view.is_any(np_end + 1, &["report", "reports", "reporting"]) {
        np_end + 1
    } else {
        np_end
    };
    // Extend over "from Kyiv", "by the agency" and similar short tails, and
    // over what unnamed sources are familiar with or close to ("two people
    // familiar with the plans", "a person close to the talks").
    let mut np_end = np_end;
    let described = view.is_any(np_end, &["familiar"]) && view.is_any(np_end + 1, &["with"])
        || view.is_any(np_end, &["close"]) && view.is_any(np_end + 1, &["to"]);
    if described && np_end + 2 < e {
        if let Some(x) = view
            .np_right(np_end + 2, e)
            .or_else(|| view.np_right_loose(np_end + 2, e))
        {
            np_end = x;
        }
    } else if view.is_any(np_end + 1, &["from", "by", "of", "on", "in"])
        && np_end + 2 < e
        && (view.is_cap(np_end + 2) || view.is_any(np_end + 2, &["the"]))
    {
        if let Some(x) = view.np_right(np_end + 2, e) {
            np_end = x;
        }
    }
    // "slides obtained by the Washington Post", "CDC data received by NBC
    // News" (the participle may follow a noun past the name): the one who
    // obtained the text passed it on.
    let mut via = Vec::new();
    let mut tail_end = np_end;
    let got = (np_start + 1..=(np_end + 2).min(e))
        .take_while(|&k| k <= np_end || view.is_word(k) && !view.is_cap(k))
        .find(|&k| view.is_any(k, OBTAINED) && view.is_any(k + 1, &["by"]));
    if let Some(k) = got {
        let by = k + 2;
        if by < e && (view.is_cap(by) || view.is_any(by, &["the"])) {
            if let Some(x) = view.np_right(by, e) {
                via.push(mention(view, by, x, None));
                tail_end = tail_end.max(x);
                np_end = np_end.min(k - 1);
            }
        }
    }
    // A possessive pronoun names the source: "their assessments" → "their".
    let (src_a, src_b) = if view.is_any(np_start, &["their", "his", "her", "its"]) {
        (np_start, np_start)
    } else {
        (np_start, np_end)
    };
    let content = if i == s || i > s && view.is(i - 1, TokKind::OpenParen) {
        // "According to X, C."
        let mut k = tail_end + 1;
        if view.is(k, TokKind::Comma) {
            k += 1;
        }
        forward_clause(view, k, e)?
    } else {
        // "C, according to X." or "C according to X."
        let mut b = i - 1;
        if view.is(b, TokKind::Comma) {
            b = b.checked_sub(1)?;
        }
        let a = clause_start(view, s, b);
        if b < a {
            return None;
        }
        (a, b)
    };
    Some(Found {
        cue_tok: i,
        cue: (i, i + 1),
        source: Some(mention(view, src_a, src_b, None)),
        source_toks: Some((src_a, src_b)),
        content: vec![content],
        via,
        stance: Stance::Asserts,
        relays: true,
        speech: true,
        sentence: (s, e),
    })
}

/// "Y cited X as saying (that) C", "Y quoted X as saying C": source X via Y.
pub(super) fn cited_as_saying(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    let limit = (i + 12).min(e);
    let as_tok = (i + 1..limit).find(|&k| {
        view.is_any(k, &["as"]) && view.is_any(k + 1, &["saying", "telling", "writing"])
    })?;
    let src_end = as_tok.checked_sub(1)?;
    let src_start = i + 1;
    if src_end < src_start {
        return None;
    }
    let relay = subject_left(view, i, s)?;
    let mut k = as_tok + 2;
    if view.is_any(k, &["that"]) {
        k += 1;
    }
    let content = quote_after(view, k, e).or_else(|| forward_clause(view, k, e))?;
    Some(Found {
        cue_tok: i,
        cue: (i, as_tok + 1),
        source: Some(mention(view, src_start, src_end, None)),
        source_toks: Some((src_start, src_end)),
        content: vec![content],
        via: vec![relay.0],
        stance: Stance::Asserts,
        relays: false,
        speech: true,
        sentence: (s, e),
    })
}

/// "Sanders: Brexit’s message could draw Trump support", "PENCE: Well, …": a
/// name and a colon open a headline or a transcript line.
pub(super) fn colon_headline(view: &View, s: usize, e: usize) -> Option<Found> {
    let colon = (s..(s + 6).min(e)).find(|&k| view.is(k, TokKind::Colon))?;
    if colon == s || !(s..colon).all(|k| view.is_cap(k) && !view.p.toks[k].quoted) {
        return None;
    }
    // Shouting labels ("BUSTED:") name no source; nor does a label that is
    // no name ("Claim:", "Origins:", "The Latest:", "Details:"): a speaker's
    // label is a title and a name ("Mayor Price:"), or a word the article
    // uses as a name elsewhere, capitalised inside a sentence ("Sanders:"
    // over "…, Sen. Bernie Sanders said").
    let shouting = (s..colon).all(|k| view.w(k).chars().all(|c| !c.is_lowercase()));
    if shouting && colon == s + 1 {
        return None;
    }
    let titled = colon >= s + 2 && is_title_word(&view.lw(s));
    // "Poll:", "Report:", "Study:" — a text that speaks, the one label
    // headlines credit without a name.
    let text_speaks = view.is_any(
        colon - 1,
        &["poll", "polls", "report", "reports", "study", "survey"],
    );
    if !titled
        && !text_speaks
        && !named_elsewhere(view.text, view.w(colon - 1), view.p.toks[s].start)
    {
        return None;
    }
    let mut a = colon + 1;
    while a < e && matches!(view.p.toks[a].kind, TokKind::OpenQuote | TokKind::Other) {
        a += 1;
    }
    let mut b = e.checked_sub(1)?;
    while b > a
        && matches!(
            view.p.toks[b].kind,
            TokKind::Stop | TokKind::CloseQuote | TokKind::Other
        )
    {
        b -= 1;
    }
    if (a..=b).filter(|&k| view.is_word(k)).count() < 3 {
        return None;
    }
    Some(Found::asserted(
        view,
        (colon, colon),
        (s, colon - 1),
        (a, b),
        (s, e),
    ))
}

/// "“…” ― Edwin G. Monroy": a quotation signed with a dash and a name.
pub(super) fn signed_quotes(view: &View, found: &[Found]) -> Vec<Found> {
    let mut out = Vec::new();
    for q in &view.p.quotes {
        let Some(close) = q.close else { continue };
        let dash = close + 1;
        let is_dash =
            view.is(dash, TokKind::Dash) || view.is(dash, TokKind::Other) && view.w(dash) == "―";
        if !is_dash || !view.is_cap(dash + 1) || found.iter().any(|f| f.content_holds(close - 1)) {
            continue;
        }
        let mut end = dash + 1;
        while end + 1 < view.p.toks.len() && view.is_word(end + 1) && end < dash + 6 {
            end += 1;
        }
        if !(dash + 1..=end).all(|k| view.is_cap(k)) || close < q.first_inside() + 1 {
            continue;
        }
        let (s, e) = view.p.sentence_of(close);
        out.push(Found::asserted(
            view,
            (dash, dash),
            (dash + 1, end),
            (q.first_inside(), close - 1),
            (s.min(q.open), e.max(end + 1)),
        ));
    }
    out
}

/// "Obama called the holiday “a celebration …”", "called Clinton a “champion”",
/// "called for an investigation", "called on Congress to act".
pub(super) fn called(
    view: &View,
    i: usize,
    s: usize,
    e: usize,
    earlier: &[Found],
) -> Option<Found> {
    let prev = i.checked_sub(1).filter(|&p| p >= s);
    let prev_lower = prev.map(|p| view.lw(p)).unwrap_or_default();
    if matches!(
        prev_lower.as_ref(),
        "was" | "were" | "is" | "are" | "be" | "been" | "being" | "so" | "to" | "a" | "the"
    ) || view.is_any(i + 1, &["off", "up", "in", "back", "out", "it", "me", "a"])
        && !view.is_any(i + 1, &["it"])
    {
        return None;
    }
    let gerund = view.lw(i).ends_with("ing");
    let (source, source_toks) = if gerund {
        if !prev.is_some_and(|p| view.is(p, TokKind::Comma)) {
            return None;
        }
        match earlier
            .last()
            .and_then(|f| f.source.clone().map(|m| (m, f.source_toks)))
        {
            Some(x) => x,
            None => {
                let (m, t) = super::subject::sentence_subject(view, s, i)?;
                (m, Some(t))
            }
        }
    } else {
        let (m, t, _) = subject_left(view, i, s)?;
        (m, Some(t))
    };
    let (cue_end, content) = if view.is_any(i + 1, &["for", "on"]) {
        (i + 1, forward_clause(view, i + 2, e)?)
    } else {
        let object_ok = view.is_cap(i + 1)
            || view.is_any(
                i + 1,
                &[
                    "him", "her", "them", "it", "this", "that", "the", "his", "their", "its",
                ],
            );
        let clause = forward_clause(view, i + 1, e)?;
        let has_quote = (clause.0..=clause.1).any(|k| view.p.toks[k].quoted);
        let has_predicate =
            (clause.0 + 1..=clause.1.min(clause.0 + 6)).any(|k| view.is_any(k, &["a", "an"]));
        if !object_ok || !(has_quote || has_predicate) {
            return None;
        }
        // The name given ends with its quotation: "called it an “alliance,”".
        let last_close = (clause.0..=clause.1)
            .rev()
            .find(|&k| view.is(k, TokKind::CloseQuote));
        (i, (clause.0, last_close.unwrap_or(clause.1)))
    };
    if !super::subject::plausible_source(view, &source, source_toks) {
        return None;
    }
    Some(Found {
        cue_tok: i,
        cue: (i, cue_end),
        source: Some(source),
        source_toks,
        content: vec![content],
        via: Vec::new(),
        stance: Stance::Asserts,
        relays: false,
        speech: true,
        sentence: (s, e),
    })
}

/// "In a Washington Post-ABC News poll, 75 percent of Republicans said …": a
/// finding introduced by the study it comes from.
pub(super) fn in_study(view: &View, i: usize, s: usize, e: usize) -> Option<Found> {
    const STUDIES: &[&str] = &[
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "census",
        "audit",
    ];
    if i != s
        || !view.is_any(
            i + 1,
            &[
                "a", "an", "the", "his", "her", "their", "its", "this", "that", "one", "another",
            ],
        )
    {
        return None;
    }
    let comma = (i + 2..(i + 14).min(e)).find(|&k| view.is(k, TokKind::Comma))?;
    (i + 2..comma).find(|&k| view.is_any(k, STUDIES))?;
    let content = forward_clause(view, comma + 1, e)?;
    Some(Found::asserted(
        view,
        (i, i),
        (i + 1, comma - 1),
        content,
        (s, e),
    ))
}

/// True when `word` stands in `text`, away from `label_at`, as a name: whole,
/// capitalised as written, after a word or a comma (not opening a sentence,
/// a line or a quotation, where any word has a capital).
fn named_elsewhere(text: &str, word: &str, label_at: usize) -> bool {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    text.match_indices(word).any(|(at, _)| {
        let whole = !text[at + word.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
            && !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        let before = text[..at].trim_end_matches([' ', '\t']);
        let inside = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',');
        at != label_at && whole && inside
    })
}
