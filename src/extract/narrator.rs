//! Statements in the publisher's own voice: the sentences, or the part of a
//! sentence before its first attribution, that no one is credited with, less
//! boilerplate and descriptive relative clauses. Pure.

use super::cues::Found;
use super::lexicon;
use super::phrases::View;
use super::tok_span;
use super::tokens::TokKind;
use crate::model::ByteSpan;

const BOILERPLATE: &[&str] = &[
    "click here",
    "comment policy",
    "subscribe",
    "newsletter",
    "can be reached",
    "@",
    "all rights reserved",
    "sign up",
    "follow us",
    "read more",
    "copyright",
    "this story",
    "contributed to this report",
];

/// Sentences in the publisher's own voice: no cue, not inside any content, not
/// quoted, not boilerplate, at least five words.
pub(super) fn sentences(
    view: &View,
    found: &[Found],
    continued: &[(usize, usize)],
) -> Vec<ByteSpan> {
    let mut out = Vec::new();
    for &(s, e) in &view.p.sentences {
        if continued.iter().any(|&(a, b)| a < e && b >= s) {
            continue;
        }
        // The publisher speaks up to the first attribution of the sentence:
        // "Putin and Kim signed a partnership in July, though its scope is
        // unclear: Mr. Kim called it an “alliance”" states the signing itself.
        let first_attributed = found
            .iter()
            .filter(|f| f.sentence.0 < e && f.sentence.1 > s)
            .flat_map(|f| {
                f.content
                    .iter()
                    .map(|c| c.0)
                    .chain([f.cue.0])
                    .chain(f.source_toks.map(|t| t.0))
            })
            .filter(|&k| k >= s && k < e)
            .min();
        let end = match first_attributed {
            None => e,
            // Only a clause closed by punctuation before the attribution.
            Some(k) => match (s..k).rev().find(|&x| {
                matches!(
                    view.p.toks[x].kind,
                    TokKind::Colon | TokKind::Semi | TokKind::Dash
                )
            }) {
                Some(boundary) => boundary,
                None => continue,
            },
        };
        if (s..end).any(|k| found.iter().any(|f| f.content_holds(k))) {
            continue;
        }
        let words = (s..end).filter(|&k| view.is_word(k)).count();
        let quoted = (s..end)
            .filter(|&k| view.is_word(k) && view.p.toks[k].quoted)
            .count();
        // A quotation is its speaker's; with no speaker anywhere in the
        // article, the publisher stands behind it alone.
        if words < 5 || quoted * 2 > words && !found.is_empty() {
            continue;
        }
        let span = tok_span(view, s, e - 1);
        let sentence = span.slice(view.text).to_lowercase();
        if BOILERPLATE.iter().any(|b| sentence.contains(b)) || sentence.ends_with('?') {
            continue;
        }
        // A relative clause describes; the statement ends before it ("signed a
        // pact that calls for …"). Not a clause set off by commas that the
        // sentence goes on after ("Mr. Cowan, 43, who is known as Mo, is …"),
        // and not the object of a verb ("the court ruled that immigrants …").
        let parenthetical = |k: usize| {
            (k + 1..end).any(|x| {
                view.is(x, TokKind::Comma)
                    && view.is_word(x + 1)
                    && !view.is_cap(x + 1)
                    && (view.is_any(
                        x + 1,
                        &[
                            "is", "was", "are", "were", "has", "have", "had", "will", "would",
                        ],
                    ) || view.lw(x + 1).ends_with('s') && !view.lw(x + 1).ends_with("ss"))
            })
        };
        let past_verb = |k: usize| {
            let w = view.lw(k);
            w.len() > 4 && w.ends_with("ed") && !matches!(w.as_ref(), "speed" | "breed" | "greed")
        };
        // "In the 11th Congressional District, which stretches …, Turner is
        // locked …": before the clause stands no statement, only a noun
        // phrase, so the sentence is kept whole.
        let noun_phrase_only = |k: usize| {
            !(s..k).any(|x| {
                view.is_any(
                    x,
                    &[
                        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can",
                        "could", "did", "does", "do", "may", "might",
                    ],
                ) || past_verb(x)
                    || lexicon::cue_verb(&view.lw(x)).is_some()
            })
        };
        let relative = (s + 3..end).find(|&k| {
            view.is_any(k, &["that", "which", "who"])
                && !view.p.toks[k].quoted
                && (view.is(k - 1, TokKind::Comma) && !parenthetical(k) && !noun_phrase_only(k)
                    || view.is_word(k - 1)
                        && !view.is_cap(k - 1)
                        && !past_verb(k - 1)
                        && view.is_word(k + 1)
                        && view.lw(k + 1).ends_with('s'))
        });
        let b = view.trim_end(
            s,
            relative.unwrap_or(end) - 1,
            &[
                TokKind::Stop,
                TokKind::CloseQuote,
                TokKind::CloseParen,
                TokKind::Comma,
            ],
        );
        out.push(tok_span(view, s, b));
    }
    out
}
