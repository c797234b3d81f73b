//! Content spans: the clause after a cue, the fronted clause before ", X said",
//! adjacent quotations, and the time expressions, addressees and places of
//! speech skipped on the way.

use super::super::lexicon::{cue_verb, MONTHS, STATEMENT_NOUNS, WEEKDAYS};
use super::super::phrases::View;
use super::super::tokens::TokKind;
use crate::text::WordSet;

/// Skips time expressions and "in a statement" right of a cue.
pub(super) fn skip_right(view: &View, mut k: usize, e: usize) -> usize {
    loop {
        let start = k;
        if view.is_any(k, &["on", "late", "early"])
            && (view.is_any(k + 1, WEEKDAYS) || view.is_any(k + 1, MONTHS))
        {
            k += 2;
            if view.is_word(k) && view.w(k).chars().all(|c| c.is_ascii_digit()) {
                k += 1;
            }
        } else if view.is_any(k, &["in", "since", "last"]) && view.is_any(k + 1, MONTHS) {
            k += 2;
            if view.is_word(k) && view.w(k).chars().all(|c| c.is_ascii_digit()) {
                k += 1;
            }
        } else if view.is_any(k, WEEKDAYS) {
            k += 1;
        } else if view.is_any(k, &["last", "this", "earlier", "later"])
            && view.is_any(k + 1, &["week", "month", "year", "weekend", "time"])
        {
            k += 2;
        } else if view.is_any(k, &["at"])
            && view.is_any(k + 1, &["the"])
            && view.is_any(k + 2, &["time"])
        {
            k += 3;
        } else if view.is_any(k, &["in", "at", "during"])
            && view.is_any(k + 1, &["a", "an", "the", "his", "her", "their", "its"])
        {
            let head = k + 2;
            let mut h = head;
            while h < e && h < head + 3 && view.is_word(h) && !view.is_any(h, STATEMENT_NOUNS) {
                h += 1;
            }
            if view.is_any(h, STATEMENT_NOUNS) {
                k = h + 1;
                // "… with CNN", "… on Sunday"
                if view.is_any(k, &["with", "to", "on"]) && view.is_cap(k + 1) {
                    k = view.np_right(k + 1, e).map_or(k + 2, |x| x + 1);
                }
            }
        } else if view.is_any(
            k,
            &[
                "also",
                "again",
                "repeatedly",
                "publicly",
                "privately",
                "previously",
                "recently",
                "earlier",
                "later",
                "flatly",
                "then",
            ],
        ) {
            k += 1;
        }
        if k == start || k >= e {
            return k.min(e);
        }
    }
}

/// Prepositions that open where or when a speaker spoke ("from Kyiv", "in
/// Detroit", "after the meeting", "from his hospital bed"); not "by", which
/// opens how a deed was done ("responded by moving …").
const CIRCUMSTANCE: &[&str] = &[
    "from", "in", "at", "on", "inside", "outside", "near", "aboard", "during", "after", "before",
    "over", "within",
];

/// The end of prepositional phrases from `k` that run to the sentence end or
/// to ", citing …" (where `k` then lands on the comma): the circumstances of
/// a speech, not what was said. `None` when a clause follows ("on Tuesday
/// that …", "from the bench, she …") or `k` opens no such phrase.
pub(super) fn circumstance(view: &View, k: usize, e: usize) -> Option<usize> {
    if !view.is_any(k, CIRCUMSTANCE) {
        return None;
    }
    let end = (k..e)
        .find(|&x| !view.is_word(x) && !view.is(x, TokKind::Dash))
        .unwrap_or(e);
    let closes = end == e
        || view.is(end, TokKind::Stop)
        || view.is(end, TokKind::Comma) && view.is_any(end + 1, &["citing"]);
    let clause = (k..end).any(|x| {
        view.is_any(x, &["that", "who", "which", "and", "but"]) || cue_verb(&view.lw(x)).is_some()
    });
    (closes && !clause && end - k <= 8).then_some(end)
}

/// The `that` after a short prepositional phrase of place or time from `k`
/// ("said in Leeds that …", "told reporters at the White House that …"):
/// where the content's complement starts. `None` when `k` opens no such
/// phrase, a comma, a verb of speech or more than six words come first, or
/// the `that` is the phrase's own determiner ("at that stage") or relative
/// pronoun ("in a ruling that could …": a verb follows it, not a subject).
pub(super) fn that_after_circumstance(view: &View, k: usize, e: usize) -> Option<usize> {
    if !view.is_any(k, CIRCUMSTANCE) || !view.is_word(k + 1) {
        return None;
    }
    // A `that` right after the preposition is a determiner ("at that stage").
    (k + 2..e.min(k + 8))
        .take_while(|&x| view.is_word(x) && cue_verb(&view.lw(x)).is_none())
        .find(|&x| view.is_any(x, &["that"]))
        .filter(|&that| !view.is_any(that + 1, AUXILIARIES))
}

/// Verbs that follow a relative `that` where a complement clause would have
/// its subject; also the verbs that tell a new clause after a denied object.
pub(super) const AUXILIARIES: &[&str] = &[
    "could", "would", "will", "can", "may", "might", "should", "must", "is", "was", "are", "were",
    "has", "had", "have", "does", "did",
];

/// The quotation closing right before token `at` ("“…,” he said"; also "“…”, he said").
pub(super) fn adjacent_quote_before(view: &View, at: usize) -> Option<(usize, usize)> {
    let mut k = at.checked_sub(1)?;
    if view.is(k, TokKind::Comma) {
        k = k.checked_sub(1)?;
    }
    if !view.is(k, TokKind::CloseQuote) {
        return None;
    }
    let q = view.p.quote_closing_at(k)?;
    if names_a_work(view, q.open) {
        return None;
    }
    interior(view, q.first_inside(), Some(k))
}

/// Words that name a work or a programme right before its title in quotation
/// marks: "the CBS program “Face the Nation,” Santorum said" quotes a title,
/// not what Santorum said.
static WORKS: WordSet = WordSet::new(&[
    "program",
    "programme",
    "show",
    "series",
    "book",
    "film",
    "movie",
    "documentary",
    "song",
    "album",
    "podcast",
    "episode",
    "segment",
    "column",
    "op-ed",
    "editorial",
    "essay",
    "headline",
    "titled",
    "entitled",
    "dubbed",
    "memoir",
    "novel",
    "hashtag",
    "slogan",
]);

/// True when the quotation opening at `open` is a title: the word before it
/// names a work.
fn names_a_work(view: &View, open: usize) -> bool {
    open.checked_sub(1).is_some_and(|k| view.is_in(k, &WORKS))
}

/// The quotation opening at token `k`, when it runs to the end of its sentence
/// or beyond: its interior.
pub(super) fn quote_after(view: &View, k: usize, e: usize) -> Option<(usize, usize)> {
    if !view.is(k, TokKind::OpenQuote) {
        return None;
    }
    let q = view.p.quote_opening_at(k)?;
    // Only a quotation that ends the sentence is the whole content; otherwise the
    // quotation is part of a mixed clause.
    if let Some(c) = q.close {
        let mut rest = c + 1;
        while rest < e && matches!(view.p.toks[rest].kind, TokKind::Stop | TokKind::CloseParen) {
            rest += 1;
        }
        if rest < e && c < e {
            return None;
        }
    }
    interior(view, q.first_inside(), q.close)
}

pub(super) fn interior(view: &View, first: usize, close: Option<usize>) -> Option<(usize, usize)> {
    let a = first;
    let mut b = close.unwrap_or(view.p.toks.len()).checked_sub(1)?;
    while b > a && view.is(b, TokKind::Comma) {
        b -= 1;
    }
    (b >= a).then_some((a, b))
}

/// The clause from `k` to the end of the sentence, stopping before ", according
/// to", ", amid", "; " and a trailing ", X said".
pub(super) fn forward_clause(view: &View, k: usize, e: usize) -> Option<(usize, usize)> {
    // Inside a parenthetical opened by a dash, the content ends at the closing dash.
    let s = view.p.sentence_of(k.min(e.saturating_sub(1))).0;
    let stop_at_dash = (s..k).filter(|&x| view.is(x, TokKind::Dash)).count() % 2 == 1;
    let mut end = e;
    let mut x = k;
    while x < e {
        let t = view.p.toks[x];
        if !t.quoted {
            if t.kind == TokKind::Semi {
                end = x;
                break;
            }
            // "…, while saying …", "…, leading officials to …", "… and argued …":
            // a participle or a coordinated verb starts a clause of its own.
            if x > k && ends_clause(view, x) {
                end = x;
                break;
            }
            if t.kind == TokKind::Dash && stop_at_dash {
                end = x;
                break;
            }
            if t.kind == TokKind::Comma
                && view.is_any(
                    x + 1,
                    &[
                        "according",
                        "amid",
                        "citing",
                        "officials",
                        "said",
                        "says",
                        "he",
                        "she",
                    ],
                )
            {
                let next = view.lw(x + 1);
                let tail_is_cue = match next.as_ref() {
                    "he" | "she" | "officials" => {
                        view.is_any(x + 2, &["said", "says", "added", "told", "wrote", "noted"])
                    }
                    "said" | "says" => true,
                    _ => true,
                };
                if tail_is_cue {
                    end = x;
                    break;
                }
            }
        }
        x += 1;
    }
    let b = view.trim_end(
        k,
        end.checked_sub(1)?,
        &[
            TokKind::Stop,
            TokKind::Comma,
            TokKind::CloseParen,
            TokKind::Dash,
        ],
    );
    let words = (k..=b).filter(|&w| view.is_word(w)).count();
    (b >= k && (words >= 2 || words == 1 && view.is_any(k, &["yes", "no"]))).then_some((k, b))
}

/// The clause before ", X said" when the source phrase at `subject_start` follows a
/// comma: from the clause start to just before that comma.
pub(super) fn fronted_clause(
    view: &View,
    s: usize,
    subject_start: usize,
) -> Option<(usize, usize)> {
    let comma = subject_start.checked_sub(1)?;
    if comma < s || !view.is(comma, TokKind::Comma) {
        return None;
    }
    let b = comma.checked_sub(1)?;
    let a = clause_start(view, s, b);
    let words = (a..=b).filter(|&w| view.is_word(w)).count();
    (b >= a && words >= 2 && !only_adverbial(view, a, b)).then_some((a, b))
}

/// Is the clause from `a` to `b` only an adverbial one, with no main clause
/// after it: "But when the final draft was sent to him, he dismissed them"
/// says when, not what. ("When the war ends, the economy will recover, he
/// said" goes on after a comma: a statement.)
fn only_adverbial(view: &View, a: usize, b: usize) -> bool {
    const SUBORDINATORS: &[&str] = &[
        "when", "whenever", "while", "after", "before", "because", "although", "though", "if",
        "unless", "since", "once", "until", "as",
    ];
    let first = if view.is_any(a, &["but", "and", "so", "yet"]) {
        a + 1
    } else {
        a
    };
    view.is_any(first, SUBORDINATORS)
        && !view.p.toks[first].quoted
        && !(first..=b).any(|x| view.is(x, TokKind::Comma))
}

/// Where the clause ending at `b` starts: the sentence start, skipping an
/// opening quotation mark.
pub(super) fn clause_start(view: &View, s: usize, b: usize) -> usize {
    let mut a = s;
    // A clause after a semicolon.
    for x in (s..b).rev() {
        if view.is(x, TokKind::Semi) && !view.p.toks[x].quoted {
            a = x + 1;
            break;
        }
    }
    while a < b
        && matches!(
            view.p.toks[a].kind,
            TokKind::OpenQuote | TokKind::Dash | TokKind::Other
        )
    {
        a += 1;
    }
    a
}

/// Does a new clause start at token `x` inside a content: a participle after a
/// comma or "while", or a reporting verb coordinated with "and" / "but"?
fn ends_clause(view: &View, x: usize) -> bool {
    const PARTICIPLES: &[&str] = &[
        "leading",
        "prompting",
        "sparking",
        "raising",
        "drawing",
        "making",
        "tweeting",
        "prompting",
        "forcing",
        "pointing",
    ];
    let word = view.lw(x);
    let after_comma = x > 0 && view.is(x - 1, TokKind::Comma);
    if word == "while" {
        return view.is_word(x + 1)
            && view.lw(x + 1).ends_with("ing")
            && cue_verb(&view.lw(x + 1)).is_some();
    }
    if after_comma
        && word.ends_with("ing")
        && (cue_verb(&word).is_some() || PARTICIPLES.contains(&word.as_ref()))
    {
        return true;
    }
    if matches!(word.as_ref(), "and" | "but") && view.is_word(x + 1) {
        let next = view.lw(x + 1);
        let finite = next.ends_with("ed")
            || next.ends_with('s')
            || matches!(
                next.as_ref(),
                "said" | "told" | "wrote" | "called" | "thought"
            );
        return finite && (cue_verb(&next).is_some() || next == "called" || next == "implied");
    }
    false
}
