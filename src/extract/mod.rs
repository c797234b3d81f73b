//! Extraction: one article in, its attributions out, in text order. Pure; no I/O.
//!
//! Paragraphs are lines of the body; headings (short lines without final
//! punctuation) are skipped; each paragraph is tokenized with its quotations
//! (`tokens`), its cues are matched (`cues`, `phrases`, `lexicon`), quotations with
//! no cue continue the last speaker, and sentences with no attribution become
//! narrator statements in the publisher's voice.

pub mod cues;
pub mod lexicon;
mod narrator;
pub mod phrases;
pub mod tokens;

use crate::model::{Article, Attribution, ByteSpan, QuoteKind, Stance};
use cues::Found;
use phrases::View;
use tokens::TokKind;

/// Every attribution in `article`, in text order.
pub fn attributions(article: &Article) -> Vec<Attribution> {
    let text = article.text.as_str();
    let mut out: Vec<Attribution> = Vec::new();
    // Index in `out` of the last attribution with a speaker, and its paragraph.
    let mut last_speaker: Option<(usize, usize)> = None;
    for (par_no, (start, end)) in paragraphs(text, article.body).into_iter().enumerate() {
        let p = tokens::paragraph(text, start, end);
        if p.toks.is_empty() {
            continue;
        }
        // Headings carry attributions ("Sanders: …", "Trump Says …") but no
        // narrator statements or continued quotations.
        let heading = is_heading(text, &p);
        let view = View { text, p: &p };
        let mut found = cues::paragraph(&view);
        if heading {
            found.retain(|f| is_headline_cue(&view, f));
        }
        let continued = if heading {
            Vec::new()
        } else {
            continued_quotes(&view, &found)
        };
        // Found attributions and continued quotations, in token order.
        let mut items: Vec<Item> = found
            .iter()
            .map(Item::Found)
            .chain(continued.iter().map(|&q| Item::Continued(q)))
            .collect();
        items.sort_by_key(Item::position);
        // The continued quotations given to a speaker; one with nobody to
        // continue is left to the narrator's rule for quotations.
        let mut attached: Vec<(usize, usize)> = Vec::new();
        for item in items {
            match item {
                Item::Found(f) => {
                    out.push(to_attribution(&view, f));
                    last_speaker = Some((out.len() - 1, par_no));
                }
                Item::Continued(q) => {
                    let Some((prev, prev_par)) = last_speaker else {
                        continue;
                    };
                    if par_no > prev_par + 1 || out[prev].stance != Stance::Asserts {
                        continue;
                    }
                    // The cue of a continued quotation is its opening mark.
                    let mark =
                        q.0.checked_sub(1)
                            .filter(|&m| view.is(m, TokKind::OpenQuote));
                    out.push(Attribution {
                        source: None,
                        cue: mark.map(|m| tok_span(&view, m, m)),
                        content: vec![tok_span(&view, q.0, q.1)],
                        quote: QuoteKind::Direct,
                        stance: Stance::Asserts,
                        via: out[prev].via.clone(),
                        sentence: sentence_around(&view, q.0, q.1),
                        continues: true,
                    });
                    attached.push(q);
                    last_speaker = Some((out.len() - 1, par_no));
                }
            }
        }
        let narrated = if heading {
            Vec::new()
        } else {
            narrator::sentences(&view, &found, &attached)
        };
        for sentence in narrated {
            out.push(Attribution {
                source: None,
                cue: None,
                content: vec![sentence],
                quote: QuoteKind::Narrator,
                stance: Stance::Asserts,
                via: Vec::new(),
                sentence,
                continues: false,
            });
        }
    }
    out.sort_by_key(|a| (a.first_offset(), a.quote == QuoteKind::Narrator));
    out
}

/// An attribution of a paragraph, or a quotation that continues the last speaker.
enum Item<'a> {
    Found(&'a Found),
    Continued((usize, usize)),
}

impl Item<'_> {
    /// The first token, for ordering.
    fn position(&self) -> usize {
        match self {
            Item::Found(f) => f.content.first().map_or(f.cue.0, |c| c.0.min(f.cue.0)),
            Item::Continued(q) => q.0,
        }
    }
}

/// A line longer than this (bytes) is read as several paragraphs. The work on
/// one paragraph grows faster than its length (an unclosed quotation runs to
/// its end, cues are checked against each other), so a scraped page or a
/// transcript on one line would take time growing with its square; no real
/// paragraph comes near this (the longest line of the 24k-article bench corpus
/// is 10 kB).
pub const MAX_PARAGRAPH: usize = 16 * 1024;

/// Byte ranges of the non-empty lines of the body, a line longer than
/// [`MAX_PARAGRAPH`] cut into pieces (see [`cut_long`]).
fn paragraphs(text: &str, body: ByteSpan) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = body.start;
    for (i, byte) in text.as_bytes()[body.start..body.end].iter().enumerate() {
        if *byte == b'\n' {
            let end = body.start + i;
            cut_long(text, start, end, &mut out);
            start = end + 1;
        }
    }
    if start < body.end {
        cut_long(text, start, body.end, &mut out);
    }
    join_split_quotes(text, out)
}

/// How many lines a quotation split across lines may run to.
const QUOTE_LINES: usize = 8;

/// Lines that are one quotation cut at its sentences (one sentence a line, as
/// scraped text often is: `"But it's legitimate …` / `It's totally legitimate
/// …` / `… watch me," Biden answered.`) read as one paragraph: a line that
/// leaves a quotation open, lines without quotation marks, and a line that
/// closes it without opening one first. A quotation that goes on over
/// paragraphs the usual way reopens at each (`"…` / `"…,” he said.`) and is
/// read line by line as before.
fn join_split_quotes(text: &str, lines: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let marks = |k: usize| {
        let line = &text[lines[k].0..lines[k].1];
        let straight = line.matches('"').count();
        let opens = line.matches('“').count();
        let closes = line.matches('”').count();
        (straight, opens, closes, line.trim_start())
    };
    let mut out = Vec::with_capacity(lines.len());
    let mut k = 0;
    while k < lines.len() {
        let (straight, opens, closes, _) = marks(k);
        let mut end = k;
        if straight % 2 == 1 || opens > closes {
            for m in k + 1..lines.len().min(k + QUOTE_LINES) {
                let (s, o, c, line) = marks(m);
                if lines[m].1 - lines[k].0 > MAX_PARAGRAPH || line.starts_with(['"', '“']) {
                    break;
                }
                if s == 0 && o == 0 && c == 0 {
                    continue;
                }
                if s % 2 == 1 || c > o {
                    end = m;
                }
                break;
            }
        }
        out.push((lines[k].0, lines[end].1));
        k = end + 1;
    }
    out
}

/// Pushes the line `text[start..end]` if it is not blank, in pieces of at most
/// [`MAX_PARAGRAPH`] bytes: each cut after the last sentence-final stop
/// followed by a space in the second half of the piece, else at its last space,
/// else at the limit (a character boundary).
fn cut_long(text: &str, mut start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    while end - start > MAX_PARAGRAPH {
        let limit = crate::text::floor_boundary(text, start + MAX_PARAGRAPH);
        let bytes = &text.as_bytes()[start..=limit];
        let half = MAX_PARAGRAPH / 2;
        let after_stop = (half..bytes.len() - 1)
            .rev()
            .find(|&i| matches!(bytes[i], b'.' | b'!' | b'?') && bytes[i + 1].is_ascii_whitespace())
            .map(|i| i + 1);
        let at_space = || {
            (half..bytes.len())
                .rev()
                .find(|&i| bytes[i].is_ascii_whitespace())
        };
        let cut = start + after_stop.or_else(at_space).unwrap_or(limit - start);
        if !text[start..cut].trim().is_empty() {
            out.push((start, cut));
        }
        start = cut;
    }
    if !text[start..end].trim().is_empty() {
        out.push((start, end));
    }
}

/// A short line without final punctuation: "Diplomatic Action", "‘Fair Game’".
fn is_heading(text: &str, p: &tokens::Paragraph) -> bool {
    let words = p.toks.iter().filter(|t| t.kind == TokKind::Word).count();
    if words > 12 {
        return false;
    }
    let last = p.toks.iter().rev().find(|t| {
        !matches!(
            t.kind,
            TokKind::CloseQuote | TokKind::Other | TokKind::CloseParen
        )
    });
    match last {
        Some(t) => {
            !(t.kind == TokKind::Stop || t.kind == TokKind::Colon)
                || words <= 3 && !text[t.start..t.end].starts_with(['.', '!', '?'])
        }
        None => true,
    }
}

/// Verbs that credit a speaker in a headline. A headline's words are clipped
/// and often title case, so any other cue word there is more likely a noun or
/// an event ("Jobless Claims Fall", "Newsom recall officially triggered", "CDC
/// updates guidance, recommends …") than someone speaking.
const HEADLINE_VERBS: &[&str] = &[
    "say", "tell", "deny", "warn", "insist", "urge", "admit", "confirm", "vow", "reject",
    "dispute", "refute", "dismiss", "predict", "reveal",
];

/// True when a cue found in a headline is one a headline really credits
/// with: a speech verb of [`HEADLINE_VERBS`], a colon ("Sanders: …"), or a
/// phrase such as "according to".
fn is_headline_cue(view: &View, f: &Found) -> bool {
    if !view.is_word(f.cue_tok) {
        return true;
    }
    let word = view.lw(f.cue_tok);
    match lexicon::cue_verb(&word) {
        Some((verb, _)) => HEADLINE_VERBS.contains(&verb.lemma),
        None => word == "according",
    }
}

/// Quotations that stand as whole sentences with no cue of their own: the last
/// speaker goes on.
fn continued_quotes(view: &View, found: &[Found]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for q in &view.p.quotes {
        if q.opened_before {
            continue;
        }
        let open = q.open;
        let covered = found.iter().any(|f| {
            f.content_holds(open + 1) || f.cue.0 > open && q.close.is_some_and(|c| f.cue.0 < c)
        });
        if covered {
            continue;
        }
        let (s, e) = view.p.sentence_of(open);
        if s != open && !(s + 1 == open && view.is(s, TokKind::Other)) {
            continue;
        }
        // After the closing mark only final punctuation may follow, up to the
        // end of the sentence the quotation ends in.
        let ends_alone = match q.close {
            None => true,
            Some(c) => {
                let (_, ce) = view.p.sentence_of(c);
                let _ = e;
                (c + 1..ce).all(|k| {
                    matches!(
                        view.p.toks[k].kind,
                        TokKind::Stop | TokKind::CloseParen | TokKind::Other
                    )
                })
            }
        };
        if !ends_alone {
            continue;
        }
        let a = open + 1;
        let mut b = q.close.unwrap_or(view.p.toks.len()).saturating_sub(1);
        while b > a && view.is(b, TokKind::Comma) {
            b -= 1;
        }
        if b > a {
            out.push((a, b));
        }
    }
    out
}

fn tok_span(view: &View, a: usize, b: usize) -> ByteSpan {
    ByteSpan::new(view.p.toks[a].start, view.p.toks[b].end)
}

/// The sentences that hold tokens `a..=b`.
fn sentence_around(view: &View, a: usize, b: usize) -> ByteSpan {
    let (s, _) = view.p.sentence_of(a);
    let (_, e) = view.p.sentence_of(b);
    let s = s.min(a);
    let e = e.max(b + 1);
    tok_span(view, s, e - 1)
}

fn to_attribution(view: &View, f: &Found) -> Attribution {
    let mut lo = f.cue.0;
    let mut hi = f.cue.1;
    for &(a, b) in &f.content {
        lo = lo.min(a);
        hi = hi.max(b);
    }
    if let Some((a, b)) = f.source_toks {
        lo = lo.min(a);
        hi = hi.max(b);
    }
    Attribution {
        source: f.source.clone(),
        cue: Some(tok_span(view, f.cue.0, f.cue.1)),
        content: f
            .content
            .iter()
            .map(|&(a, b)| tok_span(view, a, b))
            .collect(),
        quote: cues::quote_kind(view, &f.content),
        stance: f.stance,
        via: f.via.clone(),
        sentence: sentence_around(view, lo, hi),
        continues: false,
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_sources;
